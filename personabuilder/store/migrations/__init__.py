"""Alembic migrations of the workspace schema (run through store.migrate, never at import)."""
