"""The persona card: the one-pager's layout as Qt rich text, in the colours of the theme.

A header band in the archetype's colour (avatar, archetype, name, role, quote), the facts
on a tinted panel, the bio, the lists in two columns and chips for channels, tools, tags
and journey maps, as the PDF one-pager has them. Every colour is chosen against what it is
drawn on so that text reaches 4.5:1 in light and dark palettes alike.
"""

import base64
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPainterPath, QPalette

from personabuilder.services.readmodels import PersonaData, PersonaDetail
from personabuilder.ui.common.avatar import ARCHETYPE_COLOURS, initials
from personabuilder.ui.common.labels import archetype_label
from personabuilder.ui.personas.colours import band_colour, mix, readable

WHITE = QColor("#ffffff")
# The card's own margin, and the width assumed before the card has been laid out.
MARGIN = 28
DEFAULT_WIDTH = 900
AVATAR = 112
RING = 4


def quoted(text: str) -> str:
    """``text`` between the quotation marks of the language (with French spacing)."""
    return QCoreApplication.translate("PersonaCard", "“%1”").replace("%1", text)


def score_dots(value: int) -> str:
    """A 1-5 score as five dots, filled up to the value (3 -> "●●●○○")."""
    value = max(0, min(5, value))
    return "●" * value + "○" * (5 - value)


# -- pictures ---------------------------------------------------------------------------------


def avatar_image(data: PersonaData, side: int) -> QImage:
    """A round picture of the persona: the photo, or initials on the archetype's colour."""
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    circle = QPainterPath()
    circle.addEllipse(QRectF(0, 0, side, side))
    photo = QImage.fromData(data.photo) if data.photo else QImage()
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
    )
    if not photo.isNull():
        scaled = photo.scaled(
            side,
            side,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter.setClipPath(circle)
        painter.drawImage((side - scaled.width()) // 2, (side - scaled.height()) // 2, scaled)
    else:
        painter.fillPath(circle, QColor(ARCHETYPE_COLOURS[data.archetype]))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, int(side * 0.38)))
        painter.setFont(font)
        painter.setPen(WHITE)
        painter.drawText(
            QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, initials(data.name) or "?"
        )
    painter.end()
    return image


def _ringed(image: QImage, ring: int) -> QImage:
    """The round picture inside a white ring, so that it stands out on the coloured band."""
    side = image.width() + 2 * ring
    out = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    circle = QPainterPath()
    circle.addEllipse(QRectF(0, 0, side, side))
    painter.fillPath(circle, WHITE)
    painter.drawImage(ring, ring, image)
    painter.end()
    return out


def _data_url(image: QImage) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs ask for bytes, but PySide6 only accepts the format as a str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode("ascii")


# -- colours ----------------------------------------------------------------------------------


class CardColours:
    """Every colour of a card, each text colour fitted to the ground it is drawn on."""

    def __init__(self, colour: QColor, palette: QPalette) -> None:
        self.page = palette.color(QPalette.ColorRole.Base)
        self.text = readable(palette.color(QPalette.ColorRole.Text), self.page)
        self.band = band_colour(colour, WHITE)
        self.band_text = WHITE
        # The archetype's pill on the band: the band's colour on white.
        self.pill = WHITE
        self.pill_text = self.band
        self.accent = readable(colour, self.page)
        self.panel = mix(self.page, colour, 0.1)
        self.panel_text = readable(self.text, self.panel)
        self.muted = readable(mix(self.text, self.page, 0.32), self.panel)
        self.panel_accent = readable(colour, self.panel)
        self.rule = mix(self.page, self.accent, 0.45)
        self.chip = mix(self.page, colour, 0.16)
        self.chip_text = readable(self.text, self.chip)


def _hex(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


# -- blocks -----------------------------------------------------------------------------------


def _spacer(height: int) -> str:
    # Qt's rich text drops a paragraph's top margin after a table: an empty line does it.
    return f"<p style='margin:0px; font-size:{height}px;'>&nbsp;</p>"


def _heading(title: str, c: CardColours, top: int = 16) -> str:
    """A section title over a thin rule in the accent colour."""
    return (
        _spacer(top)
        + "<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom:6px; "
        "border-collapse:collapse;'><tr>"
        f"<td style='padding-bottom:3px; border-bottom-style:solid; border-bottom-width:2px; "
        f"border-bottom-color:{_hex(c.rule)}; font-weight:700; font-size:small; "
        f"color:{_hex(c.accent)}; background-color:{_hex(c.page)};'>"
        f"{escape(title.upper())}</td></tr></table>"
    )


def _list(title: str, items: tuple[str, ...], c: CardColours) -> str:
    entries = [item for item in items if item.strip()]
    if not entries:
        return ""
    body = "".join(
        f"<li style='margin-bottom:3px; color:{_hex(c.text)};'>{escape(item)}</li>"
        for item in entries
    )
    return (
        _heading(title, c)
        + f"<ul style='margin-top:0px; margin-left:0px; -qt-list-indent:1;'>{body}</ul>"
    )


def _chip_rows(labels: list[str], font: QFont, width: int) -> list[list[str]]:
    """The chips laid in rows no wider than ``width``, as they read left to right."""
    metrics = QFontMetrics(font)
    rows: list[list[str]] = [[]]
    used = 0
    for label in labels:
        chip = metrics.horizontalAdvance(label) + 2 * 8 + 6
        if rows[-1] and used + chip > width:
            rows.append([])
            used = 0
        rows[-1].append(label)
        used += chip
    return rows


def _strip(title: str, labels: list[str], c: CardColours, font: QFont, width: int) -> str:
    """A titled line of chips (channels, tools, tags, journey maps)."""
    labels = [label for label in labels if label.strip()]
    if not labels:
        return ""
    label_width = 150
    rows = []
    for row in _chip_rows(labels, font, max(120, width - label_width)):
        cells = "".join(
            f"<td bgcolor='{_hex(c.chip)}' style='color:{_hex(c.chip_text)}; "
            f"padding:3px 8px 3px 8px;'>{escape(label)}</td>"
            for label in row
        )
        rows.append(
            f"<table cellspacing='4' cellpadding='0' style='margin:0px;'><tr>{cells}</tr></table>"
        )
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:4px;'><tr>"
        f"<td width='{label_width}' valign='middle' style='padding-top:6px; "
        f"color:{_hex(c.accent)}; background-color:{_hex(c.page)}; font-weight:700; "
        f"font-size:small;'>{escape(title.upper())}</td>"
        f"<td valign='top'>{''.join(rows)}</td></tr></table>"
    )


def _balanced(sections: list[str], weights: list[int]) -> tuple[list[str], list[str]]:
    """Splits sections, kept in order, into two columns of about the same length."""
    if not sections:
        return [], []
    total = sum(weights)
    best, cut = total, len(sections)
    running = 0
    for i, weight in enumerate(weights):
        running += weight
        gap = abs(total - 2 * running)
        if gap < best:
            best, cut = gap, i + 1
    return sections[:cut], sections[cut:]


def _labels() -> dict[str, str]:
    return {
        "company": QCoreApplication.translate("PersonaCard", "Company"),
        "company_size": QCoreApplication.translate("PersonaCard", "Company size"),
        "industry": QCoreApplication.translate("PersonaCard", "Industry"),
        "age_band": QCoreApplication.translate("PersonaCard", "Age band"),
        "location": QCoreApplication.translate("PersonaCard", "Location"),
        "tech": QCoreApplication.translate("PersonaCard", "Tech savviness"),
        "influence": QCoreApplication.translate("PersonaCard", "Influence on the decision"),
        "about": QCoreApplication.translate("PersonaCard", "About"),
        "goals": QCoreApplication.translate("PersonaCard", "Goals"),
        "pain_points": QCoreApplication.translate("PersonaCard", "Pain points"),
        "motivations": QCoreApplication.translate("PersonaCard", "Motivations"),
        "objections": QCoreApplication.translate("PersonaCard", "Objections"),
        "decision_criteria": QCoreApplication.translate("PersonaCard", "Decision criteria"),
        "channels": QCoreApplication.translate("PersonaCard", "Preferred channels"),
        "tools": QCoreApplication.translate("PersonaCard", "Tools"),
        "tags": QCoreApplication.translate("PersonaCard", "Tags"),
        "journeys": QCoreApplication.translate("PersonaCard", "Journey maps"),
    }


_avatar_urls: dict[tuple[str, str, int], str] = {}


def _avatar_url(d: PersonaData) -> str:
    # The card is laid out again on every resize: its picture is encoded once.
    key = (d.name, d.archetype.value, hash(d.photo) if d.photo else 0)
    url = _avatar_urls.get(key)
    if url is None:
        if len(_avatar_urls) > 16:
            _avatar_urls.clear()
        url = _avatar_urls[key] = _data_url(_ringed(avatar_image(d, AVATAR * 2), RING * 2))
    return url


def _header(d: PersonaData, c: CardColours) -> str:
    avatar = _avatar_url(d)
    side = AVATAR + 2 * RING
    ink = _hex(c.band_text)
    ground = f"background-color:{_hex(c.band)};"
    label = archetype_label(d.archetype, d.custom_archetype)
    role = ", ".join(escape(p) for p in (d.job_title.strip(), d.company.strip()) if p)
    lines = [
        "<table cellspacing='0' cellpadding='0' style='margin-bottom:6px;'><tr>"
        f"<td bgcolor='{_hex(c.pill)}' style='color:{_hex(c.pill_text)}; font-weight:700; "
        f"font-size:small; padding:2px 8px 2px 8px;'>{escape(label)}</td></tr></table>",
        f"<p style='margin:0px; font-size:xx-large; font-weight:700; color:{ink}; {ground}'>"
        f"{escape(d.name)}</p>",
    ]
    if role:
        lines.append(
            f"<p style='margin-top:2px; margin-bottom:0px; font-size:large; color:{ink}; "
            f"{ground}'>{role}</p>"
        )
    if d.quote.strip():
        quote = escape(quoted(" ".join(d.quote.split())))
        lines.append(
            f"<p style='margin-top:12px; margin-bottom:0px; font-size:large; "
            f"font-style:italic; color:{ink}; {ground}'>{quote}</p>"
        )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='0' bgcolor='{_hex(c.band)}'><tr>"
        f"<td width='{side + 2 * 22}' valign='middle' style='padding:22px;'>"
        f"<img src='{avatar}' width='{side}' height='{side}'></td>"
        f"<td valign='middle' style='padding:22px 24px 22px 0px;'>{''.join(lines)}</td>"
        "</tr></table>"
    )


def _facts(d: PersonaData, c: CardColours, labels: dict[str, str]) -> str:
    facts = [
        (labels[key], escape(value.strip()))
        for key, value in (
            ("company", d.company),
            ("company_size", d.company_size),
            ("industry", d.industry),
            ("age_band", d.age_band),
            ("location", d.location),
        )
        if value.strip()
    ]
    for key, score in (("tech", d.tech_savviness), ("influence", d.influence)):
        dots = (
            f"<span style='color:{_hex(c.panel_accent)}; background-color:{_hex(c.panel)};'>"
            f"{score_dots(score)}</span> {score}/5"
        )
        facts.append((labels[key], dots))
    columns = 4
    cells = []
    for label, value in facts:
        cells.append(
            f"<td width='25%' valign='top' style='padding:6px 10px 6px 10px;'>"
            f"<p style='margin:0px; font-size:small; font-weight:700; color:{_hex(c.muted)}; "
            f"background-color:{_hex(c.panel)};'>{escape(label.upper())}</p>"
            f"<p style='margin:0px; font-weight:600; color:{_hex(c.panel_text)}; "
            f"background-color:{_hex(c.panel)};'>{value}</p></td>"
        )
    while len(cells) % columns:
        cells.append("<td width='25%'></td>")
    rows = "".join(
        "<tr>" + "".join(cells[i : i + columns]) + "</tr>" for i in range(0, len(cells), columns)
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='0' bgcolor='{_hex(c.panel)}' "
        f"style='margin-top:14px;'>{rows}</table>"
    )


def card_html(
    persona: PersonaDetail,
    palette: QPalette,
    width: int = DEFAULT_WIDTH,
    font: QFont | None = None,
) -> str:
    """The persona laid out as its one-page card for ``palette`` (all user text escaped)."""
    d = persona.data
    c = CardColours(QColor(ARCHETYPE_COLOURS[d.archetype]), palette)
    font = QFont(font) if font is not None else QFont()
    labels = _labels()
    parts = [
        f"<div style='color:{_hex(c.text)}; background-color:{_hex(c.page)};'>",
        _header(d, c),
        _facts(d, c, labels),
    ]
    if d.bio.strip():
        paragraphs = [p.strip() for p in d.bio.split("\n") if p.strip()]
        parts.append(_heading(labels["about"], c, top=20))
        parts.extend(
            f"<p style='margin-top:0px; margin-bottom:6px; color:{_hex(c.text)}; "
            f"background-color:{_hex(c.page)};'>{escape(p)}</p>"
            for p in paragraphs
        )
    keys = ("goals", "pain_points", "motivations", "objections", "decision_criteria")
    shown = [k for k in keys if any(item.strip() for item in getattr(d, k))]
    blocks = [_list(labels[k], getattr(d, k), c) for k in shown]
    weights = [2 + len(getattr(d, k)) for k in shown]
    left, right = _balanced(blocks, weights)
    if blocks:
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:4px;'><tr>"
            f"<td width='50%' valign='top' style='padding-right:14px;'>{''.join(left)}</td>"
            f"<td width='50%' valign='top' style='padding-left:14px;'>{''.join(right)}</td>"
            "</tr></table>"
        )
    inner = max(200, width - 2 * MARGIN)
    strips = [
        _strip(labels["channels"], list(d.channels), c, font, inner),
        _strip(labels["tools"], list(d.tools), c, font, inner),
        _strip(labels["tags"], list(d.tags), c, font, inner),
        _strip(labels["journeys"], [title for _id, title in persona.journeys], c, font, inner),
    ]
    strips = [s for s in strips if s]
    if strips:
        parts.append(
            _spacer(16)
            + "<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom:6px; "
            "border-collapse:collapse;'><tr><td style='border-top-style:solid; "
            f"border-top-width:2px; border-top-color:{_hex(c.rule)}; font-size:2px;'>"
            "&nbsp;</td></tr></table>"
        )
        parts.extend(strips)
    parts.append("</div>")
    return "".join(parts)
