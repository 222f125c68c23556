"""Read-only summaries of a persona and of a journey map, as escaped rich text."""

import uuid
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from personabuilder.model import Evidence, LaneKind, MetricUnit
from personabuilder.services.readmodels import JourneyDetail, MetricView
from personabuilder.ui.common.labels import lane_kind_label


def _para(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def format_metric_value(metric: MetricView, value: float | None, locale: QLocale) -> str:
    """A metric value in the locale's format with its unit."""
    if value is None:
        return "–"
    number = locale.toString(value, "f", 0 if float(value).is_integer() else 1)
    if metric.unit is MetricUnit.PERCENT:
        # French sets a narrow no-break space before % and the currency sign.
        return f"{number}\u202f%" if locale.language() == QLocale.Language.French else f"{number}%"
    if metric.unit is MetricUnit.CURRENCY:
        return f"{number}\u202f€" if locale.language() == QLocale.Language.French else f"€{number}"
    if metric.unit is MetricUnit.DAYS:
        return QCoreApplication.translate("Summary", "%1 days").replace("%1", number)
    return number


_EVIDENCE = {
    Evidence.ASSUMPTION: "◌",
    Evidence.PARTLY_BACKED: "◐",
    Evidence.RESEARCH_BACKED: "●",
}


# Compare view: cells that differ from a snapshot (colour-blind-safe light tints).
HIGHLIGHTS = {"added": "#cfe8d7", "changed": "#fbe3b0", "removed": "#f3c6c6"}


def journey_html(
    journey: JourneyDetail,
    locale: QLocale | None = None,
    highlight: dict[tuple[uuid.UUID, uuid.UUID], str] | None = None,
) -> str:
    """The journey map as a compact grid of stages and lanes, with loops and metrics.

    ``highlight`` tints cells by (stage id, lane id) with a HIGHLIGHTS key.
    """
    highlight = highlight or {}
    locale = locale or QLocale()
    stage_names = {st.id: st.name for st in journey.stages}
    parts = [f"<h1>{escape(journey.title)}</h1>"]
    if journey.description:
        parts.append(f"<p>{_para(journey.description)}</p>")
    if journey.personas:
        names = ", ".join(escape(p.name) for p in journey.personas)
        label = QCoreApplication.translate("Summary", "Personas:")
        parts.append(f"<p><b>{escape(label)}</b> {names}</p>")
    counts = QCoreApplication.translate("Summary", "%1 stages · %2 lanes · %3 metrics")
    counts = (
        counts.replace("%1", str(len(journey.stages)))
        .replace("%2", str(len(journey.lanes)))
        .replace("%3", str(len(journey.metrics)))
    )
    legend = " · ".join(
        f"{mark} {escape(label)}"
        for mark, label in (
            (_EVIDENCE[Evidence.ASSUMPTION], QCoreApplication.translate("Summary", "assumption")),
            (
                _EVIDENCE[Evidence.PARTLY_BACKED],
                QCoreApplication.translate("Summary", "partly backed"),
            ),
            (
                _EVIDENCE[Evidence.RESEARCH_BACKED],
                QCoreApplication.translate("Summary", "research-backed"),
            ),
        )
    )
    parts.append(f"<p>{escape(counts)}<br><small>{legend}</small></p>")
    loops_to = escape(QCoreApplication.translate("Summary", "loops to"))
    head = "".join(
        f"<th bgcolor='{escape(st.colour or '#e8e8e8')}'>{escape(st.name)}"
        + (
            f"<br><small>↺ {loops_to} {escape(stage_names[st.loop_to_id])}</small>"
            if st.loop_to_id in stage_names
            else ""
        )
        + "</th>"
        for st in journey.stages
    )
    rows = [f"<tr><th></th>{head}</tr>"]
    metrics_by_stage: dict[object, list[MetricView]] = {}
    for m in journey.metrics:
        metrics_by_stage.setdefault(m.stage_id, []).append(m)
    scores = {(e.stage_id, e.persona_id): e.as_is for e in journey.emotions}
    for lane in journey.lanes:
        cells: list[tuple[str, str]] = []
        for st in journey.stages:
            tint = HIGHLIGHTS.get(highlight.get((st.id, lane.id), ""), "")
            if lane.kind is LaneKind.METRICS:
                lines = [
                    f"{escape(m.name)}: {escape(format_metric_value(m, m.latest, locale))}"
                    for m in metrics_by_stage.get(st.id, [])
                ]
                cells.append(("<br>".join(lines), tint))
                continue
            cell = journey.cell(st.id, lane.id)
            content = []
            if lane.kind is LaneKind.EMOTION:
                content += [
                    f"{escape(p.name)}: {scores[(st.id, p.id)]:+d}"
                    for p in journey.personas
                    if scores.get((st.id, p.id)) is not None
                ]
            if cell is not None:
                if cell.text:
                    content.append(_para(cell.text))
                content += [f"• {escape(str(item.get('text', '')))}" for item in cell.items]
                if cell.evidence is not None:
                    content.append(f"<small>{_EVIDENCE[cell.evidence]}</small>")
            cells.append(("<br>".join(content), tint))
        kind = lane_kind_label(lane.kind)
        label = escape(lane.name)
        if kind.casefold() != lane.name.casefold():
            label += f"<br><small>{escape(kind)}</small>"
        row = "".join(
            f"<td valign='top' bgcolor='{tint}'>{c}</td>" if tint else f"<td valign='top'>{c}</td>"
            for c, tint in cells
        )
        rows.append(f"<tr><th align='left' valign='top'>{label}</th>{row}</tr>")
    parts.append(
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        + "".join(rows)
        + "</table>"
    )
    return "".join(parts)
