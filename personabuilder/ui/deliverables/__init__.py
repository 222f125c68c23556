"""Exporting deliverables: the export dialog and its preview."""
