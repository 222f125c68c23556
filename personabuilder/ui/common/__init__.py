"""Pieces every part of the window uses: undo sessions, message boxes, labels, avatars."""
