"""CSV import of metric values into a journey map: read, match to the map, preview, apply.

Reading and matching write nothing; ``apply`` writes every value of a plan in one
transaction. The command line imports all or nothing; the app shows the problem rows in
its preview and lets the user import the others.
"""

import os
import stat
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from personabuilder.analytics.periods import period_start
from personabuilder.services.errors import ValidationError
from personabuilder.services.metrics import MetricsService
from personabuilder.services.metrics_csv import (
    MAX_BYTES,
    Issue,
    Reading,
    Record,
    fold_name,
    read_metrics_csv,
)
from personabuilder.services.readmodels import JourneyDetail, MetricView

_fold = fold_name


def read_csv_file(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file to import, refused before any read when it is too big or no file.

    A FIFO, a device such as /dev/zero or a directory would block or never end; a file over
    the limit would be read into memory only to be refused.
    """
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise ValidationError("file", f"{path} is not a regular file.")
    if info.st_size > max_bytes:
        size, limit = info.st_size / 2**20, max_bytes / 2**20
        raise ValidationError("file", f"{path} is {size:.1f} MB; the limit is {limit:.0f} MB.")
    # O_NONBLOCK: should the path have been swapped for a FIFO since stat, open does not hang.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as stream:
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValidationError("file", f"{path.name} grew past the limit while it was read.")
    return data


@dataclass(frozen=True)
class PlannedValue:
    """A record of the file matched to a metric of the map, with what it replaces."""

    record: Record
    metric: MetricView
    stage: str
    period: date  # the start of the metric's period holding the record's date
    previous: float | None


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do: values to set, and every problem found (nothing written)."""

    reading: Reading
    values: tuple[PlannedValue, ...]
    problems: tuple[Issue, ...]

    @property
    def ok(self) -> bool:
        """True when the plan can be applied: values to set and no error."""
        return bool(self.values) and not self.problems

    @property
    def undecided(self) -> tuple[Issue, ...]:
        """What the user must say before the file can be read (date order, decimal sign ...)."""
        return self.reading.undecided

    def changes(self) -> dict[uuid.UUID, dict[date, float | None]]:
        """The values to set, by metric and period start."""
        out: dict[uuid.UUID, dict[date, float | None]] = {}
        for planned in self.values:
            out.setdefault(planned.metric.id, {})[planned.period] = planned.record.value
        return out


def plan_import(detail: JourneyDetail, data: bytes, **overrides: Any) -> ImportPlan:
    """Reads ``data`` and matches each row to a metric of the map (``overrides``: see reader)."""
    stage_names = {s.id: s.name for s in detail.stages}
    reading = read_metrics_csv(
        data,
        known_metrics=[m.name for m in detail.metrics],
        known_stages=list(stage_names.values()),
        **overrides,
    )
    by_name: dict[str, list[MetricView]] = {}
    for metric in detail.metrics:
        by_name.setdefault(_fold(metric.name), []).append(metric)
    problems = list(reading.errors)
    planned: list[PlannedValue] = []
    seen: dict[tuple[uuid.UUID, date], int] = {}
    for record in reading.records:
        candidates = by_name.get(_fold(record.metric), [])
        if record.stage is not None:
            candidates = [
                m for m in candidates if _fold(stage_names[m.stage_id]) == _fold(record.stage)
            ]
        if not candidates:
            if record.stage is not None and by_name.get(_fold(record.metric)):
                problems.append(
                    Issue(
                        record.line,
                        None,
                        "metric_not_on_stage",
                        (("value", record.metric), ("stage", record.stage)),
                    )
                )
            elif not any(p.line == record.line and p.code == "unknown_metric" for p in problems):
                problems.append(
                    Issue(record.line, None, "unknown_metric", (("value", record.metric),))
                )
            continue
        if len(candidates) > 1:
            problems.append(
                Issue(record.line, None, "ambiguous_metric", (("value", record.metric),))
            )
            continue
        metric = candidates[0]
        refused = _mismatch(record, metric)
        if refused is not None:
            problems.append(refused)
            continue
        start = period_start(record.period, metric.granularity)
        if (metric.id, start) in seen:
            first = str(seen[metric.id, start])
            problems.append(Issue(record.line, None, "duplicate", (("first", first),)))
            continue
        seen[metric.id, start] = record.line
        planned.append(
            PlannedValue(
                record, metric, stage_names[metric.stage_id], start, dict(metric.values).get(start)
            )
        )
    problems.sort(key=lambda p: p.line)
    return ImportPlan(reading, tuple(planned), tuple(problems))


def _mismatch(record: Record, metric: MetricView) -> Issue | None:
    """Why a value cannot go into a metric as written: another kind of period, or unit."""
    if record.granularity is not None and record.granularity != metric.granularity:
        # A quarter is never spread over its months, nor a week squeezed into one.
        params = (
            ("written", record.granularity.value),
            ("metric", metric.name),
            ("expected", metric.granularity.value),
        )
        return Issue(record.line, None, "wrong_granularity", params)
    if record.unit is not None and record.unit != metric.unit:
        params = (
            ("written_unit", record.unit.value),
            ("metric", metric.name),
            ("expected_unit", metric.unit.value),
        )
        return Issue(record.line, None, "wrong_unit", params)
    return None


def apply(
    metrics: MetricsService, plan: ImportPlan, *, skip_problem_rows: bool = False
) -> dict[uuid.UUID, dict[date, float | None]]:
    """Writes the plan's values in one transaction; returns the earlier values (for undo).

    With problems in the file nothing is written, unless the user saw them in the preview
    and chose to import the rows that could be read (``skip_problem_rows``).
    """
    if plan.undecided:
        raise ValidationError("file", "How to read the file is not decided; nothing was imported.")
    if plan.problems and not skip_problem_rows:
        raise ValidationError("file", "The file has problems; nothing was imported.")
    if not plan.values:
        raise ValidationError("file", "The file holds no value to import.")
    return metrics.set_many(plan.changes())
