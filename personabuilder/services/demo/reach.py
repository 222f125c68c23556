"""How many accounts reached each stage of the demo's SaaS journey, month by month.

Numbers only (no sentences): both languages chart the same funnel. Oldest month first.
"""

_RANGES = {
    "awareness": (3800, 5200),
    "consideration": (1100, 1450),
    "trial": (480, 620),
    "purchase": (120, 180),
    "onboarding": (115, 172),
    "adoption": (100, 150),
    "expansion": (80, 130),
    "renewal": (70, 118),
    "advocacy": (18, 35),
}
# A steady climb with the small ups and downs real months have.
_WIGGLE = (0.0, 0.03, -0.02, 0.01, 0.04, -0.01, 0.02, -0.03, 0.01, 0.03, -0.01, 0.0)


def _months(first: int, last: int) -> list[float]:
    steps = len(_WIGGLE) - 1
    return [
        float(round((first + (last - first) * i / steps) * (1 + _WIGGLE[i])))
        for i in range(len(_WIGGLE))
    ]


REACH: dict[str, list[float]] = {stage: _months(*span) for stage, span in _RANGES.items()}
# Targets a tenth above the latest month, rounded to tens: growth the team is asked for.
TARGETS: dict[str, float] = {
    stage: float(round(values[-1] * 1.1 / 10) * 10) for stage, values in REACH.items()
}
