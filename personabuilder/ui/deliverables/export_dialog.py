"""Export from the app (deliverable, format, content, paper or image width, template, preview,
progress) and the workspace branding every deliverable carries.

A journey map also exports as a PNG or SVG image (export/map_image.py) and as a Mermaid
diagram (export/mermaid.py); a map, personas and the report as a PowerPoint deck
(export/pptx.py); everything as a PDF."""

import logging
import shutil
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from personabuilder.system import scratch_folder
from personabuilder.ui.common.colour_button import ColourButton
from personabuilder.ui.common.commands import EditSession, ServiceCommand
from personabuilder.ui.deliverables.template_watch import TemplateWatcher

KINDS = ("poster", "persona", "report", "workshop")
# The formats each deliverable exports to, the first the default.
FORMATS: dict[str, tuple[str, ...]] = {
    "poster": ("pdf", "png", "svg", "pptx", "mmd"),
    "persona": ("pdf", "pptx"),
    "report": ("pdf", "pptx"),
    "workshop": ("pdf",),
}
IMAGE_FORMATS = ("png", "svg")
# Width of the image a map's preview is drawn at (shown 440 px wide, sharp on a HiDPI screen).
_PREVIEW_IMAGE_PX = 1320
# Most pages the preview draws.
PREVIEW_PAGES = 40
# Width pages are drawn at for the preview; an own template followed beside its editor is drawn
# wider, so its text stays legible when the author gives the preview the room.
_PAGE_PX = 440
_FOLLOWED_PAGE_PX = 880
_log = logging.getLogger(__name__)


def ui_language() -> str:
    """The language the app speaks: the deliverables' default."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


# -- branding ------------------------------------------------------------------------------


def ask_logo_path(parent: QWidget) -> Path | None:
    """Asks for a logo image; None when cancelled (tests replace this)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Branding", "Choose a Logo"),
        "",
        QCoreApplication.translate("Branding", "Images (*.png *.jpg *.jpeg *.webp)"),
    )
    return Path(name) if name else None


def logo_problem_text(code: str) -> str:
    """Why the workspace's stored logo is left out of the deliverables, and what to do."""
    translate = QCoreApplication.translate
    why = {
        "not_base64": translate("Branding", "The workspace's stored logo is damaged"),
        "not_png": translate("Branding", "The workspace's stored logo is not a PNG image"),
        "too_large": translate(
            "Branding", "The workspace's stored logo is too large (over 40 megapixels or 30 MB)"
        ),
        "damaged": translate("Branding", "The workspace's stored logo cannot be read"),
    }.get(code)
    if why is None:
        return ""
    sentence = QCoreApplication.translate(
        "Branding", "%1: it is left out of the deliverables. Choose it again under Branding."
    )
    return sentence.replace("%1", why)


class BrandingDialog(QDialog):
    """Company name, accent colour and logo shown on every deliverable."""

    def __init__(self, parent: QWidget, branding: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workspace Branding"))
        self.company = QLineEdit(branding.company)
        self.company.setMaxLength(200)
        self.logo: bytes | None = branding.logo_png
        self.logo_problem: str = getattr(branding, "logo_problem", "")
        self.accent_button = ColourButton(branding.accent, self.tr("Accent colour"))
        self.logo_view = QLabel()
        self.logo_view.setMinimumSize(240, 80)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("Choose Logo..."))
        choose.clicked.connect(self._on_choose_clicked)
        clear = QPushButton(self.tr("Remove Logo"))
        clear.clicked.connect(self._on_clear_clicked)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_view, 1)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(choose)
        logo_buttons.addWidget(clear)
        logo_row.addLayout(logo_buttons)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Company name:"), self.company)
        form.addRow(self.tr("Accent colour:"), self.accent_button)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.problem)
        form.addRow(buttons)
        self._show()

    def _show(self) -> None:
        if self.logo:
            image = QImage.fromData(self.logo)
            self.logo_view.setPixmap(
                QPixmap.fromImage(image).scaled(
                    240,
                    80,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_view.setPixmap(QPixmap())
            problem = logo_problem_text(self.logo_problem)
            self.logo_view.setWordWrap(bool(problem))
            self.logo_view.setText(problem or self.tr("No logo"))

    @Slot()
    def _on_choose_clicked(self) -> None:
        path = ask_logo_path(self)
        if path is None:
            return
        from personabuilder.services.branding import logo_from_image
        from personabuilder.services.errors import ValidationError

        try:
            self.logo = logo_from_image(path.read_bytes())
        except (OSError, ValidationError) as exc:
            self.problem.setText(
                self.tr("%1 cannot be used as a logo: %2")
                .replace("%1", path.name)
                .replace("%2", str(exc.strerror if isinstance(exc, OSError) else exc))
            )
            return
        self.problem.clear()
        self._show()

    @Slot()
    def _on_clear_clicked(self) -> None:
        self.logo = None
        self._show()

    def result_branding(self) -> Any:
        """The branding as chosen."""
        from personabuilder.services.branding import Branding

        return Branding(self.company.text().strip(), self.accent_button.colour(), self.logo)


def ask_branding(parent: QWidget, branding: Any) -> Any | None:
    """Asks for the workspace branding; None when cancelled (tests replace this)."""
    dialog = BrandingDialog(parent, branding)
    return dialog.result_branding() if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_branding(parent: QWidget, session: EditSession) -> None:
    """File › Workspace Branding: one undoable step."""
    services = session.services
    chosen = ask_branding(parent, services.branding.get())
    if chosen is None or chosen == services.branding.get():
        return
    state: dict[str, Any] = {}

    def apply(forward: bool) -> None:
        if forward:
            state["before"] = services.branding.set(chosen)
        else:
            services.branding.set(state["before"])

    session.undo_stack.push(
        ServiceCommand(session, QCoreApplication.translate("Commands", "Change branding"), apply)
    )


# -- export --------------------------------------------------------------------------------


class _Exporter(QObject):
    """Runs one export on a worker thread; reports progress and the outcome."""

    progressed = Signal(str, float)
    finished = Signal(object)  # page count, or the exception that stopped the export

    def __init__(self, work: Callable[..., int]) -> None:
        super().__init__()
        self._work = work
        self.cancel = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result: object = self._work(
                progress=lambda stage, fraction: self.progressed.emit(stage, fraction),
                cancelled=self.cancel.is_set,
            )
        except Exception as exc:  # noqa: BLE001 - shown to the user on the GUI thread
            result = exc
        self.finished.emit(result)


class _Previewer(_Exporter):
    """Runs a preview on a worker thread: each page image is sent as soon as it is drawn."""

    page_ready = Signal(int, bytes)  # page index, PNG

    @Slot()
    def run(self) -> None:
        try:
            result: object = self._work(
                progress=lambda stage, fraction: self.progressed.emit(stage, fraction),
                cancelled=self.cancel.is_set,
                page=lambda index, png: self.page_ready.emit(index, png),
            )
        except Exception as exc:  # noqa: BLE001 - shown to the user on the GUI thread
            result = exc
        self.finished.emit(result)


class _FitSignals(QObject):
    """Carries a poster plan from the worker thread that worked it out to the dialog."""

    planned = Signal(int, str, object)  # request number, paper, the plan or an exception


# Threads of previews and exports whose dialog was closed before they ended: kept until they
# end (a QThread destroyed while running takes the application down).
_ORPHANS: set[QThread] = set()
# Their workers, held until then too: one let go before it started would be deleted by Python
# while its thread is about to run it.
_ORPHAN_WORKERS: dict[QThread, "_Exporter"] = {}


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Asks where to save the PDF; None when cancelled (tests replace this)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Export PDF"),
        suggested,
        QCoreApplication.translate("ExportDialog", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def format_names() -> dict[str, str]:
    """Each export format's name in the user's language."""
    translate = QCoreApplication.translate
    return {
        "pdf": translate("ExportDialog", "PDF document"),
        "png": translate("ExportDialog", "PNG image"),
        "svg": translate("ExportDialog", "SVG image"),
        "pptx": translate("ExportDialog", "PowerPoint deck"),
        "mmd": translate("ExportDialog", "Mermaid diagram"),
    }


def ask_export_path(parent: QWidget, suggested: str, fmt: str) -> Path | None:
    """Asks where to save an export of format ``fmt``; None when cancelled (tests replace this)."""
    if fmt == "pdf":
        return ask_pdf_path(parent, suggested)
    translate = QCoreApplication.translate
    filters = {
        "png": translate("ExportDialog", "PNG images (*.png)"),
        "svg": translate("ExportDialog", "SVG images (*.svg)"),
        "pptx": translate("ExportDialog", "PowerPoint decks (*.pptx)"),
        "mmd": translate("ExportDialog", "Mermaid diagrams (*.mmd)"),
    }
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("ExportDialog", "Export"), suggested, filters[fmt]
    )
    if not name:
        return None
    path = Path(name)
    suffix = "." + fmt
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_template_path(parent: QWidget) -> Path | None:
    """Asks for a template file of the user's; None when cancelled (tests replace this)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Choose a Template"),
        "",
        QCoreApplication.translate("ExportDialog", "Templates (*.html.j2 *.html *.j2)"),
    )
    return Path(name) if name else None


class ExportDialog(QDialog):
    """What to export, how, a preview of the pages, and the export itself off the GUI thread."""

    exported = Signal(object)  # the path written
    page_shown = Signal(int)  # a preview page's index, each time its image is shown

    def __init__(
        self,
        parent: QWidget,
        session: EditSession,
        *,
        kind: str = "poster",
        journey_id: uuid.UUID | None = None,
        persona_id: uuid.UUID | None = None,
        paper: str = "A3",
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export"))
        services = session.services
        self.kind_group = QButtonGroup(self)
        # Two by two, so the options fit beside the preview in half a small screen.
        kinds = QGridLayout()
        for i, (key, text) in enumerate(
            (
                ("poster", self.tr("Journey map poster")),
                ("persona", self.tr("Persona one-pagers")),
                ("report", self.tr("Full report")),
                ("workshop", self.tr("Workshop summary")),
            )
        ):
            button = QRadioButton(text)
            button.setProperty("kind", key)
            self.kind_group.addButton(button, i)
            kinds.addWidget(button, i // 2, i % 2)
        self.maps = QListWidget()
        self.maps.setAccessibleName(self.tr("Journey maps"))
        for journey in services.listing.journeys():
            item = QListWidgetItem(journey.title)
            item.setData(Qt.ItemDataRole.UserRole, str(journey.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked
                if journey_id in (None, journey.id)
                else Qt.CheckState.Unchecked
            )
            self.maps.addItem(item)
        self.personas = QListWidget()
        self.personas.setAccessibleName(self.tr("Personas"))
        for persona in services.listing.personas():
            item = QListWidgetItem(persona.name)
            item.setData(Qt.ItemDataRole.UserRole, str(persona.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked
                if persona_id in (None, persona.id)
                else Qt.CheckState.Unchecked
            )
            self.personas.addItem(item)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.image_width = QSpinBox()
        self.image_width.setRange(600, 12000)
        self.image_width.setSingleStep(100)
        self.image_width.setValue(3000)
        self.image_width.setSuffix(self.tr(" px"))
        self.image_width.setAccessibleName(self.tr("Image width"))
        self.image_width.setToolTip(
            self.tr("3000 px is sharp on a 4K screen; the height follows the map.")
        )
        self.paper = QComboBox()
        for size in ("A3", "A4", "A2", "A1", "A0"):
            self.paper.addItem(size, size)
        self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))
        # How the poster prints on the paper chosen, known before exporting.
        self.fit = QLabel()
        self.fit.setWordWrap(True)
        self.fit.setTextFormat(Qt.TextFormat.RichText)
        self.fit.linkActivated.connect(self._on_paper_link)
        self.fit.setAccessibleName(self.tr("How the poster prints"))
        # Plans worked out on a worker thread come back through these signals; only the
        # newest request's plan is shown. The signals' object is held by each worker too,
        # so a plan that comes back after the dialog closed goes nowhere.
        self._fit_request = 0
        self._fit_signals = _FitSignals()
        self._fit_signals.planned.connect(self._show_fit)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        # The workspace's own language first: a French workspace gives French labels
        # around its French content, whatever language the app speaks.
        default = services.workspace.language() or ui_language()
        self.language.setCurrentIndex(self.language.findData(default))
        self.template = QComboBox()
        self.template.addItem(self.tr("Built-in"), "")
        self.template.addItem(self.tr("Your own template file..."), "choose")
        self.template.activated.connect(self._on_template_activated)
        self.user_template: Path | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        # A stored logo that cannot be used is said before exporting, not only in a log.
        self.notice = QLabel(logo_problem_text(services.branding.get().logo_problem))
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #a33b00")
        self.notice.setVisible(bool(self.notice.text()))
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.hide()
        self.pages = QVBoxLayout()
        pages_widget = self.pages_widget = QWidget()
        pages_widget.setLayout(self.pages)
        self.preview = QScrollArea()
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(pages_widget)
        self.preview.setMinimumWidth(280)
        # A user's template is followed: each save re-renders the preview (see template_watch).
        self.watcher = TemplateWatcher(self)
        self.watcher.changed.connect(self._on_watcher_changed)
        self.preview_state = QLabel()
        self.preview_state.setWordWrap(True)
        self.preview_state.setStyleSheet("color: palette(placeholder-text)")
        self.preview_state.hide()
        # The template's own error (file, line, name), selectable to copy; no box at each save.
        self.template_error = QLabel()
        self.template_error.setWordWrap(True)
        self.template_error.setTextFormat(Qt.TextFormat.PlainText)
        self.template_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.template_error.setStyleSheet(
            "color: #b00020; background: #fdecee; border: 1px solid #b00020; padding: 6px"
        )
        self.template_error.setAccessibleName(self.tr("Template error"))
        self.template_error.hide()
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.show_preview)
        self.export_button = QPushButton(self.tr("Export..."))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        form = QFormLayout()
        form.addRow(self.tr("Deliverable:"), kinds)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Image width:"), self.image_width)
        form.addRow(self.tr("Journey maps:"), self.maps)
        form.addRow(self.tr("Personas:"), self.personas)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow("", self.fit)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Template:"), self.template)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        left = QVBoxLayout()
        left.addLayout(form, 1)
        left.addWidget(self.notice)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.preview_state)
        right.addWidget(self.template_error)
        right.addWidget(self.preview, 1)
        # A splitter: an author keeping the dialog beside an editor gives the preview the room.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        options = QWidget()
        options.setLayout(left)
        left.setContentsMargins(0, 0, 6, 0)
        # The options scroll rather than hold the dialog wide: dragged narrow, the preview
        # gets the room.
        options_area = QScrollArea()
        options_area.setWidgetResizable(True)
        options_area.setFrameShape(QScrollArea.Shape.NoFrame)
        options_area.setWidget(options)
        options_area.setMinimumWidth(200)
        previews = QWidget()
        previews.setLayout(right)
        self.splitter.addWidget(options_area)
        self.splitter.addWidget(previews)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # Status and buttons under both columns: always in sight, however the room is split.
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.resize(1100, 700)
        self._page_images: list[QImage] = []
        self._thread: QThread | None = None
        self._exporter: _Exporter | None = None
        self._on_done: Callable[[object], None] | None = None
        self._preview_file: Path | None = None
        self._preview_dir: Path | None = None
        self._previews = 0
        # A save came while a preview or an export ran: one more preview once it ends.
        self._refresh_pending = False
        # The running preview follows a save: quiet, over the old pages.
        self._quiet = False
        self.finished.connect(self._remove_previews)
        # Closed: no layout process stands by any more (see _update_standby).
        self._closed = False
        self.finished.connect(self._on_finished)
        self._page_labels: list[QLabel] = []
        # Where the running or last preview writes the whole deliverable.
        self.preview_target: Path | None = None
        self.kind_group.idToggled.connect(lambda _i, _c: self._update())
        self.format.currentIndexChanged.connect(lambda _i: self._update_format())
        self.paper.currentIndexChanged.connect(lambda _i: self._update_fit())
        self.language.currentIndexChanged.connect(lambda _i: self._update_fit())
        self.maps.itemChanged.connect(lambda _item: self._update_fit())
        self.personas.itemChanged.connect(lambda _item: self._update_standby())
        self.template.currentIndexChanged.connect(lambda _i: self._update_standby())
        self.kind_group.button(KINDS.index(kind)).setChecked(True)
        self._update()
        # Pages follow the preview's width (see eventFilter).
        self.preview.viewport().installEventFilter(self)

    # Choices -----------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        """The deliverable chosen: poster, persona or report."""
        return KINDS[max(self.kind_group.checkedId(), 0)]

    def _checked(self, listing: QListWidget) -> list[uuid.UUID]:
        return [
            uuid.UUID(listing.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked
        ]

    @property
    def export_format(self) -> str:
        """The format chosen: pdf, png, svg or mmd."""
        return str(self.format.currentData() or "pdf")

    def set_format(self, fmt: str) -> None:
        """Chooses format ``fmt`` when the deliverable has it."""
        index = self.format.findData(fmt)
        if index >= 0:
            self.format.setCurrentIndex(index)

    def _update(self) -> None:
        kind = self.kind
        self.maps.setEnabled(kind in ("poster", "report", "workshop"))
        self.personas.setEnabled(kind in ("persona", "report"))
        current = self.export_format
        names = format_names()
        self.format.blockSignals(True)
        self.format.clear()
        for fmt in FORMATS[kind]:
            self.format.addItem(names[fmt], fmt)
        self.format.setCurrentIndex(max(self.format.findData(current), 0))
        self.format.blockSignals(False)
        self.format.setEnabled(self.format.count() > 1)
        self._update_format()

    def _update_format(self) -> None:
        fmt = self.export_format
        self.paper.setEnabled(self.kind == "poster" and fmt == "pdf")
        self.template.setEnabled(fmt == "pdf")
        self.image_width.setEnabled(fmt == "png")
        self.preview_button.setEnabled(self._can_preview())
        self._update_fit()
        self._update_standby()

    def _update_standby(self) -> None:
        """While the user chooses, keeps started the layout processes that one-pagers of many
        personas are laid out in (``export.parallel.stand_by``): the export then lays out at
        once instead of waiting a second for them to start. Nothing while an export runs."""
        if self._thread is not None or self._closed:
            return
        from personabuilder.export import deliverables, parallel

        parts = 0
        if (
            self.kind == "persona"
            and self.export_format == "pdf"
            and not self.template.currentData()
        ):
            parts = deliverables.onepager_parts(len(self._checked(self.personas)))
        parallel.stand_by(parts if parts > 1 else 0)

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        from personabuilder.export import parallel

        self._closed = True
        parallel.stand_down()

    def _can_preview(self) -> bool:
        return self._thread is None and self.export_format not in ("mmd", "pptx")

    def _update_fit(self) -> None:
        """Says how the chosen map prints on the chosen paper: one sheet at what text size,
        or tiled over how many sheets, and which paper holds it on one. The map is read here;
        the plan is worked out on a worker thread (``_show_fit`` shows it), since measuring
        a long word may load WeasyPrint, a second the window must not freeze for."""
        self._fit_request += 1
        maps = self._checked(self.maps)
        if self.kind != "poster" or len(maps) != 1 or self.export_format != "pdf":
            self.fit.clear()
            self.fit.hide()
            return
        from personabuilder.export import deliverables

        paper = self.paper.currentData()
        try:
            plan_for = deliverables.poster_planner(
                self.session.services, maps[0], self.language.currentData()
            )
        except Exception as exc:  # noqa: BLE001 - the export itself reports the cause
            self._show_fit(self._fit_request, paper, exc)
            return
        request, signals = self._fit_request, self._fit_signals

        def plan() -> None:
            try:
                result: object = plan_for(paper)
            except Exception as exc:  # noqa: BLE001 - shown on the GUI thread
                result = exc
            signals.planned.emit(request, paper, result)

        threading.Thread(target=plan, name="personabuilder-poster-plan").start()

    @Slot(int, str, object)
    def _show_fit(self, request: int, paper: str, plan: Any) -> None:
        """Shows the plan of fit request ``request`` unless a newer one was made since."""
        if request != self._fit_request:
            return
        if isinstance(plan, Exception):
            self.fit.setText(self.tr("Cannot work out the layout: %1").replace("%1", str(plan)))
            self.fit.show()
            return
        size = QLocale().toString(plan.font_pt, "f", 2 if plan.font_pt % 0.5 else 1)
        if plan.sheets == 1:
            text = self.tr("Prints on one %1 sheet, text at %2 pt.").replace("%1", paper)
            self.fit.setText(text.replace("%2", size))
        else:
            text = self.tr(
                "Too large for one %1 sheet with text at 7.5 pt or more: tiled over %2 sheets "
                "(%3 across, %4 down) at %5 pt, with marks to assemble them."
            )
            for key, value in (
                ("%1", paper),
                ("%2", str(plan.sheets)),
                ("%3", str(plan.columns)),
                ("%4", str(plan.rows)),
                ("%5", size),
            ):
                text = text.replace(key, value)
            if plan.one_sheet_paper:
                bigger = plan.one_sheet_paper
                link = self.tr('%1 holds it on one sheet: <a href="%1">use %1</a>.')
                text += " " + link.replace("%1", bigger)
            else:
                text += " " + self.tr("No paper up to A0 holds it on one sheet.")
            self.fit.setText(text)
        self.fit.show()

    @Slot(str)
    def _on_paper_link(self, paper: str) -> None:
        index = self.paper.findData(paper)
        if index >= 0:
            self.paper.setCurrentIndex(index)

    @Slot(int)
    def _on_template_activated(self, index: int) -> None:
        choice = self.template.itemData(index)
        if choice == "user" and self.user_template is not None:
            self._follow_template()
            return
        if choice != "choose":
            self._unfollow_template()
            return
        path = ask_template_path(self)
        if path is None:
            self.template.setCurrentIndex(0)
            self._unfollow_template()
            return
        self.user_template = path
        label = self.tr("Your template: %1").replace("%1", path.name)
        if self.template.count() > 2:
            self.template.setItemText(2, label)
        else:
            self.template.addItem(label, "user")
        self.template.setCurrentIndex(2)
        self._follow_template()

    @property
    def following(self) -> bool:
        """True while the preview follows the user's template file (PDF, own template)."""
        return (
            self.user_template is not None
            and self.template.currentData() == "user"
            and self.export_format == "pdf"
        )

    def _follow_template(self) -> None:
        """Previews the user's template at once and again each time its folder's files change."""
        assert self.user_template is not None
        self.watcher.watch(self.user_template.parent)
        self.template_error.hide()
        self.preview_state.setText(
            self.tr("Following %1: the preview updates each time you save it.").replace(
                "%1", self.user_template.name
            )
        )
        self.preview_state.show()
        # Beside an editor on half a small screen, the followed preview takes most of the room.
        total = sum(self.splitter.sizes())
        if total < 900:
            self.splitter.setSizes([total * 2 // 5, total - total * 2 // 5])
        if self.busy:
            self._refresh_pending = True
            if isinstance(self._exporter, _Previewer):
                self._exporter.cancel.set()
            return
        self.show_preview()

    def _unfollow_template(self) -> None:
        self.user_template = None
        self.watcher.stop()
        self._refresh_pending = False
        self.preview_state.hide()
        self.template_error.hide()
        self.pages_widget.setEnabled(True)

    @Slot()
    def _on_watcher_changed(self) -> None:
        """A template file was saved: the preview is made again; a running one gives way."""
        if not self.following:
            return
        if self.busy:
            # An export the user asked for runs to its end; a preview is replaced.
            self._refresh_pending = True
            if isinstance(self._exporter, _Previewer):
                self._exporter.cancel.set()
            return
        self.show_preview(refresh=True)

    def problem(self) -> str | None:
        """What stops the export as chosen, in words; None when it can run."""
        maps, personas = self._checked(self.maps), self._checked(self.personas)
        if self.kind == "poster" and len(maps) != 1:
            return self.tr("Tick the one journey map the poster shows.")
        if self.kind == "workshop" and len(maps) != 1:
            return self.tr("Tick the one journey map whose workshops to summarise.")
        if self.kind == "persona" and not personas:
            return self.tr("Tick at least one persona.")
        if self.kind == "report" and not (maps or personas):
            return self.tr("Tick the journey maps and personas the report covers.")
        return None

    def _map_work(self, target: Path, fmt: str, width: int) -> Callable[..., int]:
        """Writes the ticked map to ``target`` as an image or a Mermaid diagram (one "page")."""
        services = self.session.services
        journey_id, lang = self._checked(self.maps)[0], self.language.currentData()

        def work(*, progress: Callable[[str, float], None], cancelled: Callable[[], bool]) -> int:
            from personabuilder.export.pdf import ExportCancelled

            progress("layout", 0.2)
            if fmt == "mmd":
                from personabuilder.export.mermaid import journey_to_mermaid

                text = journey_to_mermaid(services.journeys.get(journey_id), lang)
                data = text.encode("utf-8")
            elif fmt == "svg":
                from personabuilder.export.map_image import map_svg_text

                data = map_svg_text(services, journey_id, width=width, lang=lang).encode("utf-8")
            else:
                from personabuilder.export.map_image import map_png_bytes

                data = map_png_bytes(services, journey_id, width=width, lang=lang)
            if cancelled():
                raise ExportCancelled
            progress("write", 0.9)
            target.write_bytes(data)
            return 1

        return work

    def _deck_work(self, target: Path) -> Callable[..., int]:
        """Writes the chosen deliverable as a PowerPoint deck; its slide count."""
        services = self.session.services
        maps, personas = self._checked(self.maps), self._checked(self.personas)
        kind, lang = self.kind, self.language.currentData()

        def work(**callbacks: Any) -> int:
            from personabuilder.export.pptx import write_deck

            if kind == "poster":
                return write_deck(services, target, journey_id=maps[0], lang=lang, **callbacks)
            if kind == "persona":
                return write_deck(services, target, persona_ids=personas, lang=lang, **callbacks)
            # The deck of the report covers the whole workspace, as its command line does.
            return write_deck(services, target, report=True, lang=lang, **callbacks)

        return work

    def _work(self, target: Path) -> Callable[..., int]:
        from personabuilder.export import deliverables

        if self.export_format == "pptx":
            return self._deck_work(target)
        if self.export_format != "pdf":
            return self._map_work(target, self.export_format, self.image_width.value())
        services = self.session.services
        options: dict[str, Any] = {"lang": self.language.currentData()}
        if self.user_template is not None and self.template.currentData() == "user":
            options["template_folder"] = self.user_template.parent
            options["template"] = self.user_template.name
        maps, personas = self._checked(self.maps), self._checked(self.personas)
        kind, paper = self.kind, self.paper.currentData()

        def work(**callbacks: Any) -> int:
            if kind == "poster":
                return deliverables.journey_poster(
                    services, maps[0], target, paper=paper, **options, **callbacks
                )
            if kind == "persona":
                return deliverables.persona_onepager(
                    services, personas, target, **options, **callbacks
                )
            if kind == "workshop":
                return deliverables.workshop_summary(
                    services, maps[0], target, **options, **callbacks
                )
            from personabuilder.export.context import outcomes_from_workshop

            return deliverables.full_report(
                services,
                target,
                journey_ids=maps,
                persona_ids=personas,
                outcomes=outcomes_from_workshop(services, maps),
                **options,
                **callbacks,
            )

        return work

    def suggested_name(self) -> str:
        """A file name for the PDF from what is exported."""
        services = self.session.services
        if self.kind == "poster" and self._checked(self.maps):
            wanted = self._checked(self.maps)[0]
            name = next(j.title for j in services.listing.journeys() if j.id == wanted)
        elif self.kind == "persona" and len(self._checked(self.personas)) == 1:
            wanted = self._checked(self.personas)[0]
            name = next(p.name for p in services.listing.personas() if p.id == wanted)
        else:
            name = self.tr("Report")
        return "".join(c for c in name if c not in '\\/:*?"<>|').strip() + "." + self.export_format

    # Running -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while an export or a preview runs."""
        return self._thread is not None

    def _run(
        self,
        target: Path,
        done: Callable[[object], None],
        worker: _Exporter | None = None,
        *,
        quiet: bool = False,
    ) -> None:
        problem = self.problem()
        if problem is not None:
            self.status.setText(problem)
            return
        self._quiet = quiet
        self._exporter = worker if worker is not None else _Exporter(self._work(target))
        self._thread = QThread(self)
        self._exporter.moveToThread(self._thread)
        self._thread.started.connect(self._exporter.run)
        self._exporter.progressed.connect(self._on_exporter_progressed)
        self._exporter.finished.connect(self._on_exporter_finished)
        self._on_done = done
        for button in (self.preview_button, self.export_button):
            button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        if not quiet:
            self.bar.setValue(0)
            self.bar.show()
            self.status.setText(self.tr("Preparing..."))
        self._thread.start()

    @Slot(str, float)
    def _on_exporter_progressed(self, stage: str, fraction: float) -> None:
        if self._quiet:
            return
        self.bar.setValue(round(fraction * 100))
        writing = self.tr("Writing the PDF...") if self.export_format == "pdf" else ""
        self.status.setText(
            {
                "layout": self.tr("Laying out pages..."),
                "slides": self.tr("Making the slides..."),
                "write": writing,
            }.get(stage, self.tr("Preparing..."))
            or self.tr("Writing the file...")
        )

    @Slot(object)
    def _on_exporter_finished(self, result: object) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self._thread = None
        self._exporter = None
        self.bar.hide()
        for button in (self.preview_button, self.export_button):
            button.setEnabled(True)
        self.preview_button.setEnabled(self._can_preview())
        self.cancel_button.setText(self.tr("Close"))
        done, self._on_done = self._on_done, None
        if done is not None:
            done(result)
        self._update_standby()  # the export took those standing by: others for the next
        if self._refresh_pending and self._thread is None:
            self._refresh_pending = False
            if self.following:
                self.show_preview(refresh=True)

    def _failed(self, result: object) -> bool:
        from personabuilder.export.pdf import ExportCancelled, ExportError

        if isinstance(result, ExportCancelled):
            self.status.setText(self.tr("Export cancelled; nothing was written."))
            return True
        if isinstance(result, BaseException):
            detail = (
                result.message(ui_language())
                if isinstance(result, ExportError)
                else str(result) or type(result).__name__
            )
            self.status.setText(self.tr("The export failed: %1").replace("%1", detail))
            return True
        return False

    def _first_page_work(self) -> Callable[[Callable[[], bool]], bytes] | None:
        """A quick PDF whose first page is the deliverable's (see deliverables.first_page),
        or None when the deliverable itself comes as quickly (a poster, a user's template)."""
        from personabuilder.export import deliverables

        if self.user_template is not None and self.template.currentData() == "user":
            return None
        services = self.session.services
        maps, personas = self._checked(self.maps), self._checked(self.personas)
        kind, lang = self.kind, self.language.currentData()
        if kind == "poster" or (kind == "persona" and len(personas) < 2):
            return None

        def work(cancelled: Callable[[], bool]) -> bytes:
            if kind == "persona":
                return deliverables.first_page(
                    "persona", services, persona_ids=personas, lang=lang, cancelled=cancelled
                )
            if kind == "workshop":
                return deliverables.first_page(
                    "workshop", services, journey_ids=maps, lang=lang, cancelled=cancelled
                )
            from personabuilder.export.context import outcomes_from_workshop

            return deliverables.first_page(
                "report",
                services,
                journey_ids=maps,
                persona_ids=personas,
                outcomes=outcomes_from_workshop(services, maps),
                lang=lang,
                cancelled=cancelled,
            )

        return work

    def _preview_work(self, target: Path) -> Callable[..., int]:
        """The preview: the first page at once, then the deliverable, page by page."""
        from personabuilder.export.pdf import ExportCancelled
        from personabuilder.export.preview import iter_page_images

        if self.export_format in IMAGE_FORMATS:
            return self._image_preview_work()
        export, quick = self._work(target), self._first_page_work()
        width = _FOLLOWED_PAGE_PX if self.following else _PAGE_PX

        def work(
            *,
            progress: Callable[[str, float], None],
            cancelled: Callable[[], bool],
            page: Callable[[int, bytes], None],
        ) -> int:
            if quick is not None:
                try:
                    for index, png in iter_page_images(quick(cancelled), width=_PAGE_PX, limit=1):
                        page(index, png)
                except ExportCancelled:
                    raise
                except Exception:  # noqa: BLE001 - the whole deliverable still shows, or says why
                    _log.warning("the quick first page of the preview failed", exc_info=True)
            pages = export(progress=progress, cancelled=cancelled)
            for index, png in iter_page_images(
                target, width=width, limit=PREVIEW_PAGES, cancelled=cancelled
            ):
                page(index, png)
            if cancelled():
                raise ExportCancelled
            return pages

        return work

    def _image_preview_work(self) -> Callable[..., int]:
        """The map's image as its preview: one picture, drawn at a modest width."""
        services = self.session.services
        journey_id, lang = self._checked(self.maps)[0], self.language.currentData()

        def work(
            *,
            progress: Callable[[str, float], None],
            cancelled: Callable[[], bool],
            page: Callable[[int, bytes], None],
        ) -> int:
            from personabuilder.export.map_image import map_png_bytes

            progress("layout", 0.2)
            png = map_png_bytes(services, journey_id, width=_PREVIEW_IMAGE_PX, lang=lang)
            if not cancelled():
                page(0, png)
            return 1

        return work

    @Slot()
    def show_preview(self, refresh: bool = False) -> None:
        """Shows the deliverable's pages: the first as soon as it is laid out on its own, the
        rest as they are drawn from the whole deliverable (written to a temporary file).

        ``refresh``: the user's template was saved; the old pages stay, with a quiet
        "Updating…", until the new ones replace them."""
        if self.problem() is not None:
            self.status.setText(self.problem() or "")
            return
        # One folder for the dialog's previews, removed when the dialog closes. An app killed
        # with the dialog open leaves it: the next preview, in any run, removes it then.
        if self._preview_dir is None:
            folder = self._preview_dir = scratch_folder("preview")
            # Gone with the dialog too, should it be deleted without being closed, and with
            # the app, should it quit with the dialog open (nothing deletes the dialog then).
            self.destroyed.connect(lambda *_a: shutil.rmtree(folder, ignore_errors=True))
            application = QCoreApplication.instance()
            if application is not None:
                application.aboutToQuit.connect(self._remove_previews)
        self._previews += 1
        folder = self._preview_dir
        target = self.preview_target = folder / f"preview-{self._previews}.pdf"

        following = self.following

        def done(result: object) -> None:
            from personabuilder.export.pdf import ExportCancelled, ExportError

            if following and isinstance(result, ExportCancelled) and self._refresh_pending:
                return  # a newer save replaces this preview
            if following and isinstance(result, ExportError) and result.code != "cancelled":
                self._show_template_error(result.message(ui_language()))
                return
            if self._failed(result):
                return
            self._preview_file = target
            pages = int(result)  # type: ignore[call-overload]
            self._trim_pages(min(pages, PREVIEW_PAGES))
            if self.export_format in IMAGE_FORMATS:
                self.status.setText(self.tr("Preview: the whole map as one image."))
            else:
                self.status.setText(self.tr("Preview: %n page(s).", "", pages))
            if following:
                self.template_error.hide()
                self.pages_widget.setEnabled(True)
                self.preview_state.setText(
                    self.tr("Following %1: the preview updates each time you save it.").replace(
                        "%1", self.user_template.name if self.user_template else ""
                    )
                )

        if refresh and self._page_labels:
            self.preview_state.setText(self.tr("Updating…"))
        else:
            self._clear_pages()
        worker = _Previewer(self._preview_work(target))
        worker.page_ready.connect(self._on_previewer_page_ready)
        self._run(target, done, worker, quiet=refresh)

    def _show_template_error(self, message: str) -> None:
        """Shows what is wrong in the user's template above its last good preview (greyed)."""
        self.template_error.setText(message)
        self.template_error.show()
        self.pages_widget.setEnabled(False)
        self.preview_state.setText(
            self.tr("The preview shows the last version that worked; save a fix to update it.")
            if self._page_labels
            else self.tr("Save a fix to see the preview.")
        )
        self.status.setText(self.tr("The template has an error (shown beside)."))

    def _trim_pages(self, count: int) -> None:
        """Drops the page images past ``count`` (left from a longer earlier preview)."""
        while len(self._page_labels) > count:
            label = self._page_labels.pop()
            self._page_images.pop()
            self.pages.removeWidget(label)
            label.deleteLater()

    @Slot()
    def _remove_previews(self) -> None:
        """Removes the preview PDFs with their folder and stops following a template (the
        dialog is closed)."""
        self.watcher.stop()
        self._refresh_pending = False
        if self._preview_dir is not None:
            shutil.rmtree(self._preview_dir, ignore_errors=True)
            self._preview_dir = None
            self._preview_file = None

    def _clear_pages(self) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self._page_labels = []
        self._page_images = []
        self.pages.addStretch(1)

    @Slot(int, bytes)
    def _on_previewer_page_ready(self, index: int, png: bytes) -> None:
        """Shows page ``index`` (replacing the quick first page when the real one comes)."""
        image = QImage.fromData(png)
        while len(self._page_labels) <= index:
            label = QLabel()
            label.setStyleSheet("border: 1px solid #888; background: white")
            label.setAccessibleName(
                self.tr("Page %1").replace("%1", str(len(self._page_labels) + 1))
            )
            # Before the stretch that keeps the pages at the top.
            self.pages.insertWidget(len(self._page_labels), label)
            self._page_labels.append(label)
            self._page_images.append(QImage())
        self._page_images[index] = image
        self._page_labels[index].setPixmap(self._fitted(image))
        self.page_shown.emit(index)

    def _fitted(self, image: QImage) -> QPixmap:
        """``image`` as wide as the preview shows pages: its viewport, at most as drawn."""
        room = max(self.preview.viewport().width() - 24, 200)
        if image.width() > room:
            image = image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
        return QPixmap.fromImage(image)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: the pages are drawn again to the preview's new width."""
        if watched is self.preview.viewport() and event.type() == QEvent.Type.Resize:
            for label, image in zip(self._page_labels, self._page_images, strict=True):
                if not image.isNull():
                    label.setPixmap(self._fitted(image))
        return super().eventFilter(watched, event)

    def _show_pages(self, pdf: Path) -> None:
        """Shows every page of ``pdf`` at once (a PDF already written)."""
        from personabuilder.export.preview import iter_page_images

        self._clear_pages()
        for index, png in iter_page_images(pdf, width=_PAGE_PX, limit=PREVIEW_PAGES):
            self._on_previewer_page_ready(index, png)

    @property
    def preview_pdf(self) -> Path | None:
        """The PDF the pages shown were drawn from (the last preview that worked)."""
        return self._preview_file

    @property
    def page_previews(self) -> int:
        """How many page images the preview shows."""
        return sum(
            1
            for i in range(self.pages.count())
            if (item := self.pages.itemAt(i)) is not None and isinstance(item.widget(), QLabel)
        )

    @Slot()
    def export(self) -> None:
        """Asks where, then writes the file off the GUI thread."""
        if self.problem() is not None:
            self.status.setText(self.problem() or "")
            return
        fmt = self.export_format
        target = ask_export_path(self, self.suggested_name(), fmt)
        if target is None:
            return

        def done(result: object) -> None:
            if self._failed(result):
                return
            pages = int(result)  # type: ignore[call-overload]
            if fmt == "pdf":
                text = self.tr("Saved %1 (%n page(s)).", "", pages)
            elif fmt == "pptx":
                text = self.tr("Saved %1 (%n slide(s)).", "", pages)
            else:
                text = self.tr("Saved %1.")
            self.status.setText(text.replace("%1", str(target)))
            self.exported.emit(target)

        self._run(target, done)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._exporter is not None:
            self._exporter.cancel.set()
            self.status.setText(self.tr("Cancelling..."))
        else:
            self.reject()

    def reject(self) -> None:
        """Qt override: closing while an export or preview runs cancels it, without waiting
        for it: the worker stops at its next step and its thread is let go then."""
        self.watcher.stop()
        self._refresh_pending = False
        exporter, thread = self._exporter, self._thread
        if exporter is not None and thread is not None:
            exporter.cancel.set()
            exporter.progressed.disconnect(self._on_exporter_progressed)
            exporter.finished.disconnect(self._on_exporter_finished)
            if isinstance(exporter, _Previewer):
                exporter.page_ready.disconnect(self._on_previewer_page_ready)
            exporter.finished.connect(thread.quit)
            thread.setParent(None)
            _ORPHANS.add(thread)
            _ORPHAN_WORKERS[thread] = exporter

            def let_go() -> None:
                _ORPHANS.discard(thread)
                _ORPHAN_WORKERS.pop(thread, None)

            thread.finished.connect(let_go)
            self._exporter = self._thread = None
            self._on_done = None
            self.bar.hide()
            for button in (self.preview_button, self.export_button):
                button.setEnabled(True)
            self.cancel_button.setText(self.tr("Close"))
        super().reject()


def open_export(
    parent: QWidget,
    session: EditSession,
    *,
    kind: str = "poster",
    journey_id: uuid.UUID | None = None,
    persona_id: uuid.UUID | None = None,
    paper: str = "A3",
) -> ExportDialog:
    """Shows the export dialog (modal) and returns it; ``paper``: the poster's to start with."""
    dialog = ExportDialog(
        parent, session, kind=kind, journey_id=journey_id, persona_id=persona_id, paper=paper
    )
    dialog.exec()
    return dialog
