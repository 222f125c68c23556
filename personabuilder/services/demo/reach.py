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
# Targets the latest months reach (rounded down to tens): the funnel is the one part of
# the demo that is on track, so the health chart shows all three statuses.
TARGETS: dict[str, float] = {
    stage: float(int(values[-1] * 0.97 / 10) * 10) for stage, values in REACH.items()
}
