"""Tick formatter writing axis numbers in the UI language, with as few decimals as needed."""

import math
from collections.abc import Sequence

from matplotlib.ticker import Formatter

from personabuilder.charts.digits import format_digits, format_number, with_unit
from personabuilder.model import MetricUnit

_MOST_PLACES = 4


def places_for(locs: Sequence[float]) -> int:
    """The fewest decimals (up to 4) that write every tick location exactly."""
    finite = [loc for loc in locs if math.isfinite(loc)]
    for places in range(_MOST_PLACES):
        scale = 10**places
        if all(abs(loc * scale - round(loc * scale)) < 1e-6 * max(1.0, abs(loc)) for loc in finite):
            return places
    return _MOST_PLACES


class AxisFormatter(Formatter):
    """Writes ticks in a language; percent ticks carry "%", other units live in the label."""

    def __init__(
        self,
        unit: MetricUnit | None = None,
        lang: str = "en",
        currency: str = "EUR",
        decimals: int | None = None,
    ) -> None:
        self.unit = unit
        self.lang = lang
        self.currency = currency
        self.decimals = decimals
        self._places = 0 if decimals is None else decimals

    def set_locs(self, locs: list[float]) -> None:
        """Chooses the decimals for the ticks about to be drawn."""
        super().set_locs(locs)
        if self.decimals is None:
            self._places = places_for(locs)

    def __call__(self, x: float, pos: int | None = None) -> str:
        """One tick label."""
        digits = format_digits(x, self.lang, self._places)
        if self.unit is MetricUnit.PERCENT:
            return with_unit(digits, self.unit, self.lang)
        return digits

    def format_data_short(self, value: float) -> str:
        """The value under the mouse pointer, with its unit."""
        return format_number(value, self.unit, self.lang, self.currency)
