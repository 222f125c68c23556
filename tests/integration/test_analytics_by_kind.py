"""Analytics read metrics by kind (catalogue key): the same workspace gives the same figures
whatever the metrics are called and whichever language the content is written in."""

import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from personabuilder import cli
from personabuilder.export import deliverables
from personabuilder.export.context import analytics_context, labels_for
from personabuilder.model import MetricUnit
from personabuilder.services import Services
from personabuilder.services.chart_data import funnel_data, key_figures
from personabuilder.services.demo import get_demo
from personabuilder.services.metrics import MetricDraft
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.services.starter import build_demo
from personabuilder.store import Workspace
from tests.conftest import DEMO_DAY
from tests.tools import program

JOURNEY, LIFECYCLE = 0, 1  # the demo's two maps, in the order of its content


@pytest.fixture(scope="module")
def fr_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace in French, built once; copy it before changing it."""
    path = tmp_path_factory.mktemp("demo_fr") / "demo-fr.pbw"
    Workspace.create(
        path, populate=lambda ws: build_demo(Services.bind(ws), "fr", today=DEMO_DAY)
    ).close()
    return path


@pytest.fixture
def fr_demo(fr_demo_file: Path, tmp_path: Path) -> Iterator[Services]:
    copy = tmp_path / "demo-fr.pbw"
    copy.write_bytes(fr_demo_file.read_bytes())
    ws = Workspace.open(copy)
    yield Services.bind(ws)
    ws.close()


@pytest.fixture
def en_demo(demo_workspace: Workspace) -> Services:
    return Services.bind(demo_workspace)


def _maps(services: Services, lang: str) -> list[JourneyDetail]:
    """The demo's maps in the order of its content (titles differ by language)."""
    by_title = {j.title: j.id for j in services.listing.journeys()}
    return [services.journeys.get(by_title[seed["title"]]) for seed in get_demo(lang)["journeys"]]


def _figures(detail: JourneyDetail) -> dict[str, Any]:
    """Every key figure's value (not the metrics it came from, whose names differ)."""
    figures = key_figures(detail)
    values: dict[str, Any] = {
        name: getattr(figures, name).value
        for name in (
            "trial_to_paid",
            "overall_conversion",
            "cac",
            "ltv",
            "ltv_to_cac",
            "cac_payback",
            "churn",
            "nrr",
        )
    }
    values["funnel"] = [asdict(step) for step in figures.funnel]
    values["reached"] = funnel_data(detail).values
    return values


def test_demo_metrics_carry_the_same_kinds_in_both_languages() -> None:
    en, fr = get_demo("en"), get_demo("fr")
    for en_map, fr_map in zip(en["journeys"], fr["journeys"], strict=True):
        en_kinds = [m.get("catalogue_key", "") for m in en_map["metrics"]]
        assert en_kinds == [m.get("catalogue_key", "") for m in fr_map["metrics"]]
    journey_kinds = {m.get("catalogue_key") for m in en["journeys"][JOURNEY]["metrics"]}
    assert {"trial_to_paid", "cac", "churn_rate", "nrr", "arpu"} <= journey_kinds
    lifecycle_kinds = {m.get("catalogue_key") for m in en["journeys"][LIFECYCLE]["metrics"]}
    assert {"cac", "clv", "churn_rate"} <= lifecycle_kinds


def test_the_demo_gives_the_same_figures_in_english_and_french(
    en_demo: Services, fr_demo: Services
) -> None:
    en_maps, fr_maps = _maps(en_demo, "en"), _maps(fr_demo, "fr")
    for en_map, fr_map in zip(en_maps, fr_maps, strict=True):
        assert _figures(en_map) == _figures(fr_map)
    journey = key_figures(fr_maps[JOURNEY])
    assert journey.trial_to_paid.value == 21.4
    assert journey.churn.value == 1.8
    assert journey.nrr.value == 106.7
    assert journey.cac.value == 10250
    assert len(journey.funnel) == 8  # nine stages counted, eight steps
    # No gross margin in the demo: no payback (never one computed on revenue alone).
    assert journey.cac_payback.value is None
    lifecycle = key_figures(fr_maps[LIFECYCLE])
    assert lifecycle.ltv_to_cac.value == pytest.approx(55900 / 10600)
    assert lifecycle.churn.value == 1.8


def test_the_french_report_shows_the_figures_the_english_one_does(
    en_demo: Services, fr_demo: Services
) -> None:
    en_map, fr_map = _maps(en_demo, "en")[JOURNEY], _maps(fr_demo, "fr")[JOURNEY]
    en_text = analytics_context(en_map, labels_for("en"), "en", charts=False)
    fr_text = analytics_context(fr_map, labels_for("fr"), "fr", charts=False)
    nb, thin = "\u00a0", "\u202f"
    assert [f["value"] for f in en_text["figures"]] == [
        "21.4%",
        "0.7%",
        "€10,250",
        "n/a",
        "n/a",
        "1.8%",
        "106.7%",
    ]
    assert [f["value"] for f in fr_text["figures"]] == [
        f"21,4{nb}%",
        f"0,7{nb}%",
        f"10{thin}250{nb}€",
        "n.d.",
        "n.d.",
        f"1,8{nb}%",
        f"106,7{nb}%",
    ]
    fr_lifecycle = _maps(fr_demo, "fr")[LIFECYCLE]
    lifecycle = analytics_context(fr_lifecycle, labels_for("fr"), "fr", charts=False)
    ratio = next(f for f in lifecycle["figures"] if f["label"] == "LTV:CAC")
    assert ratio["value"] == "5,3"
    assert ratio["source"] == "Valeur vie client (CLTV) / Coût d’acquisition client (CAC)"


def test_renaming_metrics_changes_no_figure(fr_demo: Services) -> None:
    before = [_figures(m) for m in _maps(fr_demo, "fr")]
    for detail in _maps(fr_demo, "fr"):
        for i, metric in enumerate(detail.metrics):
            fr_demo.metrics.update(metric.id, name=f"Indicateur n° {i} / KPI {i}")
    assert [_figures(m) for m in _maps(fr_demo, "fr")] == before


def test_a_metric_named_like_a_catalogue_one_but_without_its_kind_does_not_count(
    en_demo: Services,
) -> None:
    detail = _maps(en_demo, "en")[JOURNEY]
    trial = next(m for m in detail.metrics if m.catalogue_key == "trial_to_paid")
    en_demo.metrics.update(trial.id, catalogue_key="")
    assert key_figures(_maps(en_demo, "en")[JOURNEY]).trial_to_paid.value is None


def _add(services: Services, stage_id: uuid.UUID, draft: MetricDraft, value: float) -> uuid.UUID:
    metric_id = services.metrics.add(stage_id, draft)
    services.metrics.set_values(metric_id, {date(2026, 10, 1): value})
    return metric_id


def test_a_custom_metric_given_a_kind_counts(fr_demo: Services) -> None:
    detail = _maps(fr_demo, "fr")[JOURNEY]
    assert key_figures(detail).cac_payback.value is None
    margin = _add(
        fr_demo, detail.stages[3].id, MetricDraft("Marge (perso)", MetricUnit.PERCENT), 80.0
    )
    # A custom metric without a kind is not read...
    assert key_figures(_maps(fr_demo, "fr")[JOURNEY]).cac_payback.value is None
    # ...given the gross margin kind, the CAC payback is computed from it.
    fr_demo.metrics.update(margin, catalogue_key="gross_margin")
    figures = key_figures(_maps(fr_demo, "fr")[JOURNEY])
    assert figures.cac_payback.value == pytest.approx(10250 / (1368 * 0.8))
    assert [m.name for m in figures.cac_payback.sources][-1] == "Marge (perso)"
    # Taking the kind away takes the figure away.
    fr_demo.metrics.update(margin, catalogue_key="")
    assert key_figures(_maps(fr_demo, "fr")[JOURNEY]).cac_payback.value is None


def test_the_lifecycle_funnel_uses_only_accounts_reaching_the_stage(fr_demo: Services) -> None:
    lifecycle = _maps(fr_demo, "fr")[LIFECYCLE]
    # Brand mentions and demo requests are counts, but not of accounts reaching a stage.
    assert funnel_data(lifecycle).stages == ()
    assert key_figures(lifecycle).funnel == ()
    text = analytics_context(lifecycle, labels_for("fr"), "fr", charts=False)
    assert text["funnel"] == []
    overall = next(
        f for f in text["figures"] if f["label"] == labels_for("fr")["overall_conversion"]
    )
    assert overall["value"] == "n.d."
    first, third = lifecycle.stages[0], lifecycle.stages[2]
    for stage, reached in ((first, 400.0), (third, 100.0)):
        metric = _add(fr_demo, stage.id, MetricDraft("Clients", MetricUnit.COUNT), reached)
        fr_demo.metrics.update(metric, catalogue_key="stage_reach")
    after = _maps(fr_demo, "fr")[LIFECYCLE]
    assert funnel_data(after).stages == (first.name, third.name)
    assert [step.conversion for step in key_figures(after).funnel] == [25.0]


def _pdf_text(pdf: Path) -> str:
    out = subprocess.run(
        [program("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        check=True,
        text=True,
    )
    return out.stdout


def test_a_french_workspace_exports_in_french_without_lang(
    fr_demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # a machine in English
    out = tmp_path / "rapport.pdf"
    assert cli.main(["export", str(fr_demo_file), "--report", "-o", str(out)]) == 0
    text = _pdf_text(out)
    assert "Chiffres clés" in text
    assert "Key figures" not in text
    # --lang still chooses.
    english = tmp_path / "report.pdf"
    assert (
        cli.main(["export", str(fr_demo_file), "--report", "-o", str(english), "--lang", "en"]) == 0
    )
    assert "Key figures" in _pdf_text(english)


def test_the_export_language_defaults_to_the_workspace_language(
    fr_demo: Services, en_demo: Services, services: Services
) -> None:
    assert fr_demo.workspace.language() == "fr"
    assert en_demo.workspace.language() == "en"
    assert services.workspace.language() == ""
    assert deliverables.export_language(fr_demo, None) == "fr"
    assert deliverables.export_language(fr_demo, "en") == "en"
    assert deliverables.export_language(services, None) == "en"
    persona = fr_demo.listing.personas()[0].id
    assert 'lang="fr"' in deliverables.build_html("persona", fr_demo, persona_ids=[persona])
