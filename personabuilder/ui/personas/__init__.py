"""Persona gallery, editor and their undoable commands."""
