"""The workshop summary PDF and the report's workshop outcomes, read back from real PDFs."""

import datetime
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from personabuilder.export import deliverables
from personabuilder.export.pdf import ExportError
from personabuilder.model import CaptureKind
from personabuilder.services import Services
from personabuilder.store import Workspace
from tests.tools import program


@pytest.fixture
def services(demo_workspace: Workspace) -> Services:
    """Services on a private copy of the demo workspace, with one workshop held."""
    services = Services.bind(demo_workspace)
    journey = services.listing.journeys()[0]
    detail = services.journeys.get(journey.id)
    session = services.workshop.start(journey.id, "Kick-off", datetime.date(2026, 11, 20))
    trial = detail.stages[2].id
    low = services.workshop.capture(session, trial, CaptureKind.IDEA, "Day-3 check-in call")
    high = services.workshop.capture(session, trial, CaptureKind.IDEA, "Guided sample import")
    services.workshop.vote(high, 3)
    services.workshop.vote(low, 1)
    services.workshop.capture(session, trial, CaptureKind.QUESTION, "Who owns the trial?")
    services.workshop.change_emotion(session, trial, detail.personas[0].id, (1, None))
    return services


def _text(path: Path) -> str:
    return subprocess.run(
        [program("pdftotext"), "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_summary_ranks_ideas_and_lists_emotion_changes(services: Services, tmp_path: Path) -> None:
    journey = services.listing.journeys()[0]
    target = tmp_path / "summary.pdf"
    pages = deliverables.workshop_summary(services, journey.id, target, lang="fr")
    assert pages == len(PdfReader(target).pages)
    text = _text(target)
    assert "Synthèse d’atelier" in text
    assert text.index("Guided sample import") < text.index("Day-3 check-in call")
    assert "Who owns the trial?" in text
    assert "Changements d’émotion" in text
    assert "→ +1" in text
    assert PdfReader(target).metadata.title.startswith("Synthèse d’atelier")  # type: ignore[union-attr]


def test_report_carries_the_same_outcomes(services: Services, tmp_path: Path) -> None:
    from personabuilder.export.context import outcomes_from_workshop

    target = tmp_path / "report.pdf"
    deliverables.full_report(services, target, outcomes=outcomes_from_workshop(services))
    text = _text(target)
    assert "Workshop outcomes" in text
    assert "Emotion changes" in text


def test_no_workshop_no_summary(demo_workspace: Workspace, tmp_path: Path) -> None:
    services = Services.bind(demo_workspace)
    journey = services.listing.journeys()[1]
    with pytest.raises(ExportError, match="No workshop has been held"):
        deliverables.workshop_summary(services, journey.id, tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_poster_and_report_take_items_added_from_a_workshop(
    services: Services, tmp_path: Path
) -> None:
    journey = services.listing.journeys()[0]
    (session,) = services.workshop.sessions(journey.id)
    added = services.workshop.add_to_map(session.id)
    assert added.count == 2
    detail = services.journeys.get(journey.id)
    assert sum("workshop" in i for c in detail.cells for i in c.items) == 2
    poster = tmp_path / "poster.pdf"
    assert deliverables.journey_poster(services, journey.id, poster) >= 1
    text = " ".join(_text(poster).split())
    assert "Guided sample import" in text
    report = tmp_path / "report.pdf"
    deliverables.full_report(services, report)
    assert "Guided sample import" in " ".join(_text(report).split())
