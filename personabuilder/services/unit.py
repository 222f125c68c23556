"""The unit-of-work the services are given: transactions and read snapshots on a workspace."""

from contextlib import AbstractContextManager
from typing import Protocol

from sqlmodel import Session


class UnitOfWork(Protocol):
    """What a service needs from the store: a write transaction and a read snapshot."""

    def transaction(self) -> AbstractContextManager[Session]:
        """A session committed at the end of the block, rolled back on error."""
        ...

    def reading(self) -> AbstractContextManager[Session]:
        """A session for reads only."""
        ...
