"""PersonaBuilder: offline studio for SaaS buyer personas and customer journey maps."""

__version__ = "0.1.0"
