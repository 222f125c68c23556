"""Colours that stay readable: WCAG contrast, and archetype colours fitted to a background."""

from PySide6.QtGui import QColor

# WCAG 2 level AA for body text.
MIN_CONTRAST = 4.5


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """The WCAG relative luminance of an opaque colour, 0 (black) to 1 (white)."""
    r, g, b = (_channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, 1 to 21."""
    a, b = luminance(first), luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` moved ``amount`` (0 to 1) of the way towards ``second``."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def is_dark(background: QColor) -> bool:
    """Whether light text reads better than dark text on ``background``."""
    return contrast(QColor("#ffffff"), background) > contrast(QColor("#000000"), background)


def readable(colour: QColor, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """``colour``, lightened or darkened just enough to reach ``minimum`` on ``background``."""
    if contrast(colour, background) >= minimum:
        return QColor(colour)
    target = QColor("#ffffff") if is_dark(background) else QColor("#000000")
    # Twenty small steps towards white or black keep the hue recognisable.
    for step in range(1, 21):
        candidate = mix(colour, target, step / 20)
        if contrast(candidate, background) >= minimum:
            return candidate
    return target


def band_colour(colour: QColor, ink: QColor = QColor("#ffffff")) -> QColor:  # noqa: B008
    """A ground close to ``colour`` on which ``ink`` (white by default) reaches 4.5:1."""
    if contrast(ink, colour) >= MIN_CONTRAST:
        return QColor(colour)
    target = QColor("#000000") if luminance(ink) > 0.5 else QColor("#ffffff")
    for step in range(1, 21):
        candidate = mix(colour, target, step / 20)
        if contrast(ink, candidate) >= MIN_CONTRAST:
            return candidate
    return target
