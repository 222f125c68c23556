"""Colour contrast as WCAG 2 measures it, to check that text stays readable in every theme."""

from PySide6.QtGui import QColor

# WCAG 2.1 level AA for body text.
AA_TEXT = 4.5


def relative_luminance(colour: QColor) -> float:
    """The relative luminance of an sRGB colour (0 for black, 1 for white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(text: QColor, ground: QColor, minimum: float = AA_TEXT) -> bool:
    """True when ``text`` on ``ground`` reaches ``minimum`` (AA for body text by default)."""
    return contrast_ratio(text, ground) >= minimum
