"""Counted words of workshop mode ("1 idea", "2 ideas"), for the views and the controller."""

from PySide6.QtCore import QObject

from personabuilder.model import CaptureKind


class WorkshopCounts(QObject):
    """Counted words of the workshop views ("1 idea", "2 ideas").

    Plural forms need ``self.tr`` in a QObject: lupdate reads only those as plurals.
    """

    def kind(self, kind: CaptureKind, count: int) -> str:
        """ "2 ideas", "1 pain point"…"""
        if kind is CaptureKind.PAIN_POINT:
            return self.tr("%n pain point(s)", "", count)
        if kind is CaptureKind.IDEA:
            return self.tr("%n idea(s)", "", count)
        if kind is CaptureKind.QUESTION:
            return self.tr("%n question(s)", "", count)
        return self.tr("%n parked item(s)", "", count)

    def votes(self, count: int) -> str:
        """ "1 vote", "3 votes"."""
        return self.tr("%n vote(s)", "", count)

    def earlier(self, count: int) -> str:
        """ "2 earlier items"."""
        return self.tr("%n earlier item(s)", "", count)


_COUNTS: WorkshopCounts | None = None


def counts() -> WorkshopCounts:
    """The one object that words counts (made on first use, after the translators)."""
    global _COUNTS
    if _COUNTS is None:
        _COUNTS = WorkshopCounts()
    return _COUNTS


def count_label(kind: CaptureKind, count: int) -> str:
    """ "2 ideas", "1 pain point"…"""
    return counts().kind(kind, count)
