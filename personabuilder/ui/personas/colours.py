"""Colours that stay readable: WCAG contrast, and archetype colours fitted to a background."""

from PySide6.QtGui import QColor

# WCAG's measures are the shared ones of ui/common/contrast.py, under the names this module
# has always offered.
from personabuilder.ui.common.contrast import AA_TEXT as MIN_CONTRAST
from personabuilder.ui.common.contrast import contrast_ratio as contrast
from personabuilder.ui.common.contrast import relative_luminance as luminance

__all__ = ["MIN_CONTRAST", "band_colour", "contrast", "is_dark", "luminance", "mix", "readable"]


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
