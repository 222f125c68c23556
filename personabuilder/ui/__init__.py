"""The Qt user interface: the only package besides app.py that imports PySide6."""
