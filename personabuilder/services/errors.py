"""Errors the services raise for bad input; the message names the problem."""


class ValidationError(ValueError):
    """Input that breaks a rule of the model; nothing was written."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(LookupError):
    """The object a call names does not exist (any more)."""
