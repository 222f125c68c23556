"""Builds a large, deterministic workspace through the services, for benchmarks.

``python -m benchmarks.generate OUT.pbw [--small] [--force]``
"""

import argparse
import random
import struct
import sys
import time
import uuid
import zlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from personabuilder.model import Archetype, Direction, Evidence, LaneKind, MetricUnit
from personabuilder.services import Services
from personabuilder.services.readmodels import (
    CellSpec,
    JourneySpec,
    LaneSpec,
    MetricSpec,
    PersonaData,
    StageSpec,
)
from personabuilder.store import Workspace

# Bump whenever the generated content changes, so cached copies are rebuilt.
VERSION = 1

PERSONA_BATCH = 1_000
METRICS_PER_JOURNEY = 4
# Metric periods end here rather than today, so the same seed always gives the same file.
LAST_PERIOD = date(2026, 10, 1)

SMALL = {"personas": 200, "journeys": 20, "values_total": 2_000}

_FIRST = (
    "Amelia",
    "Bruno",
    "Chloé",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hugo",
    "Ines",
    "Jonas",
    "Kenji",
    "Laila",
    "Marco",
    "Nadia",
    "Oscar",
    "Priya",
    "Quentin",
    "Rosa",
    "Samir",
    "Tessa",
    "Ulrich",
    "Vera",
    "William",
    "Ximena",
    "Yusuf",
    "Zoé",
)
_LAST = (
    "Adler",
    "Bianchi",
    "Castro",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Garnier",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lambert",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petit",
    "Quinn",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Urbain",
    "Vidal",
    "Weber",
    "Zhang",
)
_COMPANY_A = (
    "North",
    "Blue",
    "Bright",
    "Clear",
    "Deep",
    "Swift",
    "Open",
    "Prime",
    "Silver",
    "True",
    "Urban",
    "Vivid",
    "Stone",
    "Cedar",
)
_COMPANY_B = (
    "Ledger",
    "Metrics",
    "Cloud",
    "Works",
    "Labs",
    "Systems",
    "Logistics",
    "Health",
    "Retail",
    "Analytics",
)
_COMPANY_C = ("Inc.", "GmbH", "SAS", "Ltd", "Group", "Co.")
_SIZES = ("1-10", "11-50", "51-200", "201-500", "501-1,000", "1,001-5,000", "5,000+")
_INDUSTRIES = (
    "Fintech",
    "Healthcare",
    "Logistics",
    "Retail",
    "Manufacturing",
    "Education",
    "Public sector",
    "Insurance",
    "Media",
    "Telecoms",
)
_AGE_BANDS = ("25-34", "35-44", "45-54", "55-64")
_CITIES = (
    "Lyon, France",
    "Berlin, Germany",
    "Austin, USA",
    "Toronto, Canada",
    "Milan, Italy",
    "Leeds, UK",
    "Osaka, Japan",
    "Porto, Portugal",
    "Montréal, Canada",
    "Sydney, Australia",
)
_TITLES = {
    Archetype.EXECUTIVE_SPONSOR: ("VP Operations", "Chief Revenue Officer", "CFO", "COO"),
    Archetype.TECHNICAL_EVALUATOR: ("IT Architect", "Head of Platform", "Security Lead"),
    Archetype.END_USER_CHAMPION: ("Team Lead", "Operations Analyst", "Project Manager"),
    Archetype.CUSTOM: ("Procurement Officer", "Consultant", "Legal Counsel"),
}
_SUBJECTS = (
    "The team",
    "Our buyer",
    "The finance lead",
    "Every new user",
    "The champion",
    "Procurement",
    "The admin",
    "The board",
)
_VERBS = (
    "needs",
    "expects",
    "struggles to find",
    "asks about",
    "compares",
    "wants to automate",
    "doubts",
    "values",
)
_OBJECTS = (
    "a clear return on investment",
    "single sign-on",
    "month-end reporting",
    "a faster onboarding",
    "data residency in the EU",
    "fewer manual exports",
    "predictable pricing",
    "an audit trail",
    "a working integration with the CRM",
    "proof from a similar customer",
)
_QUALIFIERS = (
    "before the renewal",
    "within the first week",
    "without extra headcount",
    "across three regions",
    "during the trial",
    "by the end of the quarter",
    "",
)
_CHANNELS = ("LinkedIn", "Webinars", "Peer referrals", "Analyst reports", "Email", "Events")
_TOOLS = ("Excel", "Salesforce", "Slack", "Jira", "HubSpot", "Power BI", "Notion", "SAP")
_TAGS = ("enterprise", "mid-market", "emea", "na", "priority", "churn-risk", "expansion")
_STAGES = (
    "Awareness",
    "Consideration",
    "Evaluation",
    "Purchase",
    "Onboarding",
    "Adoption",
    "Expansion",
    "Renewal",
    "Advocacy",
)
_LANE_NAMES = {
    LaneKind.TEXT: "Customer actions",
    LaneKind.TOUCHPOINTS: "Touchpoints",
    LaneKind.EMOTION: "Emotions",
    LaneKind.PAIN_POINTS: "Pain points",
    LaneKind.OPPORTUNITIES: "Opportunities",
    LaneKind.METRICS: "Metrics",
    LaneKind.BACKSTAGE: "Backstage",
}
_SEGMENTS = ("Enterprise", "Mid-market", "SMB", "Partner", "Public sector", "Self-serve")
_MOTIONS = ("onboarding", "renewal", "expansion", "trial", "migration", "evaluation")
_METRICS = (
    ("Trial sign-ups", MetricUnit.COUNT, Direction.HIGHER_IS_BETTER, 400.0),
    ("Trial to paid", MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER, 25.0),
    ("Time to first value", MetricUnit.DAYS, Direction.LOWER_IS_BETTER, 7.0),
    ("CAC", MetricUnit.CURRENCY, Direction.LOWER_IS_BETTER, 1_200.0),
    ("NPS", MetricUnit.SCORE, Direction.HIGHER_IS_BETTER, 40.0),
    ("Logo churn", MetricUnit.PERCENT, Direction.LOWER_IS_BETTER, 2.0),
)
_COLOURS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1")


def _sentence(rng: random.Random) -> str:
    qualifier = rng.choice(_QUALIFIERS)
    words = [rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS)]
    if qualifier:
        words.append(qualifier)
    return " ".join(words) + "."


def _sentences(rng: random.Random, low: int, high: int) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(low, high)))


def _phrases(rng: random.Random, low: int, high: int) -> tuple[str, ...]:
    return tuple(
        f"{rng.choice(_OBJECTS).capitalize()} {rng.choice(_QUALIFIERS)}".strip()
        for _ in range(rng.randint(low, high))
    )


def _png(rng: random.Random) -> bytes:
    """A small 64x64 avatar of coloured 8x8 blocks (a stand-in for a persona photo)."""
    size, block = 64, 8
    colours = [bytes(rng.randrange(256) for _ in range(3)) for _ in range((size // block) ** 2)]
    rows = []
    for y in range(size):
        blocks = colours[(y // block) * (size // block) : (y // block + 1) * (size // block)]
        rows.append(b"\x00" + b"".join(c * block for c in blocks))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def _persona(rng: random.Random, index: int) -> PersonaData:
    archetype = list(Archetype)[index % len(Archetype)]
    return PersonaData(
        name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        archetype=archetype,
        # Filled for every archetype, as it stays after a user switches away from "custom".
        custom_archetype=f"{rng.choice(_SEGMENTS)} {rng.choice(('buyer', 'influencer', 'user'))}",
        job_title=rng.choice(_TITLES[archetype]),
        company=f"{rng.choice(_COMPANY_A)}{rng.choice(_COMPANY_B)} {rng.choice(_COMPANY_C)}",
        company_size=f"{rng.choice(_SIZES)} employees",
        industry=rng.choice(_INDUSTRIES),
        age_band=rng.choice(_AGE_BANDS),
        location=rng.choice(_CITIES),
        quote=_sentence(rng),
        bio=_sentences(rng, 3, 6),
        goals=_phrases(rng, 2, 5),
        pain_points=_phrases(rng, 2, 5),
        motivations=_phrases(rng, 1, 4),
        objections=_phrases(rng, 1, 4),
        decision_criteria=_phrases(rng, 2, 4),
        channels=tuple(rng.sample(_CHANNELS, rng.randint(1, 3))),
        tools=tuple(rng.sample(_TOOLS, rng.randint(2, 4))),
        tags=tuple(rng.sample(_TAGS, rng.randint(1, 3))),
        tech_savviness=rng.randint(1, 5),
        influence=rng.randint(1, 5),
        photo=_png(rng),
        photo_mime="image/png",
    )


def _months(count: int) -> list[date]:
    """First days of ``count`` consecutive months ending with LAST_PERIOD, oldest first."""
    year, month = LAST_PERIOD.year, LAST_PERIOD.month
    out: list[date] = []
    for _ in range(count):
        out.append(date(year, month, 1))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return out[::-1]


def _split(total: int, parts: int) -> list[int]:
    """``total`` spread over ``parts`` as evenly as whole numbers allow."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _cell(rng: random.Random, kind: LaneKind) -> CellSpec:
    items: tuple[dict[str, object], ...] = ()
    if kind is LaneKind.PAIN_POINTS:
        items = tuple({"text": p, "severity": rng.randint(1, 5)} for p in _phrases(rng, 1, 3))
    elif kind is LaneKind.OPPORTUNITIES:
        items = tuple(
            {"text": p, "impact": rng.randint(1, 5), "effort": rng.randint(1, 5)}
            for p in _phrases(rng, 1, 3)
        )
    elif kind is LaneKind.TOUCHPOINTS:
        items = tuple({"text": c} for c in rng.sample(_CHANNELS, rng.randint(1, 3)))
    evidence = rng.choice((None, *Evidence))
    return CellSpec(text=_sentences(rng, 1, 2), items=items, evidence=evidence)


def _journey(
    rng: random.Random, index: int, persona_ids: Sequence[uuid.UUID], n_values: int
) -> JourneySpec:
    # Every lane kind once, plus a second text lane.
    lanes = (
        LaneSpec(LaneKind.TEXT, "Customer goals"),
        *(LaneSpec(kind, _LANE_NAMES[kind]) for kind in LaneKind),
    )
    stages = tuple(
        StageSpec(
            name=name,
            description=_sentence(rng),
            colour=rng.choice(_COLOURS),
            # Renewal loops back to adoption on some maps: the lifecycle is not a line.
            loop_to=5 if name == "Renewal" and rng.random() < 0.3 else None,
        )
        for name in _STAGES
    )
    linked = tuple(rng.sample(list(persona_ids), min(len(persona_ids), rng.randint(1, 3))))
    emotions: dict[tuple[int, uuid.UUID], tuple[int | None, int | None]] = {
        (si, pid): (rng.randint(-2, 2), rng.choice((None, rng.randint(-2, 2))))
        for pid in linked
        for si in range(len(stages))
    }
    metric_stages = rng.sample(range(len(stages)), METRICS_PER_JOURNEY)
    metrics = []
    for position, count in enumerate(_split(n_values, METRICS_PER_JOURNEY)):
        name, unit, direction, target = _METRICS[(index + position) % len(_METRICS)]
        metrics.append(
            MetricSpec(
                stage=metric_stages[position],
                name=name,
                unit=unit,
                direction=direction,
                target=target,
                values=tuple(
                    (month, round(target * rng.uniform(0.5, 1.5), 2)) for month in _months(count)
                ),
            )
        )
    return JourneySpec(
        title=f"{rng.choice(_SEGMENTS)} {rng.choice(_MOTIONS)} journey #{index + 1}",
        description=_sentences(rng, 2, 4),
        persona_ids=linked,
        stages=stages,
        lanes=lanes,
        cells={
            (si, li): _cell(rng, lane.kind)
            for si in range(len(stages))
            for li, lane in enumerate(lanes)
        },
        emotions=emotions,
        metrics=tuple(metrics),
    )


def generate_large(
    path: Path,
    *,
    personas: int = 10_000,
    journeys: int = 1_000,
    values_total: int = 100_000,
    seed: int = 0,
    overwrite: bool = False,
) -> None:
    """Creates a workspace at ``path`` with many personas, journey maps and metric values."""
    if values_total and not journeys:
        raise ValueError("metric values need at least one journey map to live on")
    rng = random.Random(seed)

    def populate(ws: Workspace) -> None:
        services = Services.bind(ws)
        persona_ids: list[uuid.UUID] = []
        for start in range(0, personas, PERSONA_BATCH):
            batch = [_persona(rng, i) for i in range(start, min(start + PERSONA_BATCH, personas))]
            persona_ids.extend(services.personas.create_many(batch))
        for index, n_values in enumerate(_split(values_total, journeys) if journeys else []):
            services.journeys.create(_journey(rng, index, persona_ids, n_values))

    Workspace.create(Path(path), overwrite=overwrite, populate=populate).close()


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: generates a workspace and says how long it took."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate", description="Generate a large workspace."
    )
    parser.add_argument("out", type=Path, help="workspace file to create (*.pbw)")
    parser.add_argument(
        "--small",
        action="store_true",
        help="{personas} personas, {journeys} journeys, {values_total} values".format(**SMALL),
    )
    parser.add_argument("--force", action="store_true", help="replace an existing workspace")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    sizes = SMALL if args.small else {}
    if args.out.exists() and not args.force:
        print(f"{args.out} already exists (use --force to replace it)", file=sys.stderr)
        return 1
    started = time.perf_counter()
    generate_large(args.out, seed=args.seed, overwrite=args.force, **sizes)
    elapsed = time.perf_counter() - started
    size_mb = args.out.stat().st_size / 1e6
    print(f"generated {args.out} in {elapsed:.1f} s ({size_mb:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
