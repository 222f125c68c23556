"""The metrics tab of a journey map: KPIs per stage, their values per period, and charts."""

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from personabuilder.model import Direction, Granularity, MetricUnit
from personabuilder.services.readmodels import JourneyDetail, MetricView
from personabuilder.services.typed_numbers import (
    NumberError,
    Problem,
    column_notation,
    column_style,
    edit_text,
    read_in,
    read_number,
)
from personabuilder.ui.common import dialogs
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.common.labels import (
    STATUS_MARKS,
    direction_label,
    granularity_label,
    status_label,
    ui_language,
    unit_label,
)
from personabuilder.ui.metrics import commands as mc

ID_ROLE = Qt.ItemDataRole.UserRole
PERIOD_ROLE = Qt.ItemDataRole.UserRole + 1
# A value cell shows the value rounded with its unit; its editor opens on every digit.
EDIT_ROLE = Qt.ItemDataRole.UserRole + 2
SCREEN_DPI = 80
# The metric names' column keeps room for about this many characters ("Accounts reaching
# the stage", "Customer acquisition cost") before the chart gets the rest of the page.
NAME_CHARS = 30
# Share of the page the metrics table takes at first, at most (the chart gets the rest).
TABLE_SHARE = (0.3, 0.5)
# -- typed and pasted numbers and periods ------------------------------------------------

_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# Amounts are shown in euros (charts.numbers' default, written "€"); another currency sign
# is refused.
CURRENCY = "EUR"


def number_problem(error: NumberError, lang: str, unit: MetricUnit | None) -> tuple[str, str]:
    """What is wrong with a typed or pasted number, and what it could mean, to show the user."""
    problem = error.problem
    if problem is Problem.WRONG_NOTATION:
        if lang == "fr":
            message = QCoreApplication.translate(
                "MetricsPanel",
                "“%1” is not a number in French notation, where a space groups thousands "
                "(46 900) and a comma starts the decimals (46,9).",
            )
        else:
            message = QCoreApplication.translate(
                "MetricsPanel",
                "“%1” is not a number in English notation, where a comma groups thousands "
                "(46,900) and a point starts the decimals (46.9).",
            )
    elif problem is Problem.BAD_GROUPS:
        message = QCoreApplication.translate(
            "MetricsPanel", "“%1” is not a number: its digits are grouped other than by thousands."
        )
    elif problem is Problem.OTHER_UNIT:
        message = (
            QCoreApplication.translate(
                "MetricsPanel", "“%1” is marked “%2” (%3), but this metric is in %4."
            )
            .replace("%4", unit_label(unit) if unit else "")
            .replace("%3", unit_label(error.sign_unit) if error.sign_unit else "")
            .replace("%2", error.sign)
        )
    elif problem is Problem.OTHER_CURRENCY:
        from personabuilder.charts.numbers import currency_sign

        message = (
            QCoreApplication.translate(
                "MetricsPanel", "“%1” is in another currency (%2) than this metric’s amounts (%3)."
            )
            .replace("%3", currency_sign(CURRENCY))
            .replace("%2", error.sign)
        )
    elif problem is Problem.TOO_LARGE:
        message = QCoreApplication.translate("MetricsPanel", "“%1” is too large to be stored.")
    else:
        message = QCoreApplication.translate("MetricsPanel", "“%1” is not a number.")
    readings = [edit_text(r, lang) for r in error.readings]
    if len(readings) == 1:
        detail = QCoreApplication.translate(
            "MetricsPanel", "Did you mean %1? Type it that way to store it."
        ).replace("%1", readings[0])
    elif len(readings) > 1:
        detail = (
            QCoreApplication.translate(
                "MetricsPanel", "It could mean %1 or %2, so it was not read."
            )
            .replace("%2", readings[1])
            .replace("%1", readings[0])
        )
    else:
        detail = ""
    return message.replace("%1", error.text.strip()), detail


def parse_period(text: str) -> date | None:
    """A period start as pasted: ISO date, ISO month (2025-03) or DD/MM/YYYY."""
    text = text.strip()
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    match = _ISO_MONTH.match(text)
    if match:
        year, month = (int(g) for g in match.groups())
        return date(year, month, 1) if 1 <= month <= 12 else None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


@dataclass(frozen=True)
class PasteProblem:
    """A pasted line that cannot be stored: its number (1-based), text, and why."""

    line: int
    text: str
    error: NumberError | None = None  # None: the period is missing or unreadable


@dataclass(frozen=True)
class PastePlan:
    """What a paste would set, or why it cannot yet.

    ``problems`` lists unreadable lines; ``mixed`` two lines (number, cell) whose decimal
    signs differ; ``ambiguous`` a cell that reads two ways, when the user must say how.
    Values are only set when all three are empty.
    """

    values: dict[date, float | None]
    problems: tuple[PasteProblem, ...] = ()
    mixed: tuple[tuple[int, str], tuple[int, str]] | None = None
    ambiguous: str = ""


def _readable(cell: str, unit: MetricUnit | None) -> NumberError | None:
    """None when ``cell`` is a number with one decimal sign or the other; else why not."""
    first: NumberError | None = None
    for decimal_comma in (False, True):
        try:
            read_in(cell, column_notation(decimal_comma), unit, CURRENCY)
        except NumberError as exc:
            first = first or exc
        else:
            return None
    return first


def plan_paste(
    text: str,
    periods: list[date],
    lang: str = "en",
    unit: MetricUnit | None = None,
    decimal_comma: bool | None = None,
) -> PastePlan:
    """Reads pasted cells: "period<TAB>value" lines, or values filling ``periods`` in order.

    The value column is read as a whole: its cells decide the decimal sign, or
    ``decimal_comma`` when the user was asked.
    """
    lines = [ln for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]
    rows: list[tuple[int, str, date | None, str]] = []
    for number, line in enumerate(lines, start=1):
        cells = [c.strip() for c in re.split(r"\t|;", line)]
        if len(cells) >= 2:
            rows.append((number, line, parse_period(cells[0]), cells[1]))
        else:
            period = periods[number - 1] if number <= len(periods) else None
            rows.append((number, line, period, cells[0]))
    problems: list[PasteProblem] = []
    for number, line, period, cell in rows:
        error = _readable(cell, unit) if cell else None
        if period is None or error is not None:
            problems.append(PasteProblem(number, line, error))
    if problems:
        return PastePlan({}, tuple(problems))
    filled = [(number, cell) for number, _, _, cell in rows if cell]
    if decimal_comma is None:
        style = column_style([cell for _, cell in filled])
        if style.mixed is not None:
            return PastePlan({}, mixed=(filled[style.mixed[0]], filled[style.mixed[1]]))
        if style.ambiguous:
            return PastePlan({}, ambiguous=style.ambiguous)
        # Without a decimal sign in any cell, both notations read the same.
        decimal_comma = style.decimal_comma if style.decimal_comma is not None else lang == "fr"
    notation = column_notation(decimal_comma)
    values: dict[date, float | None] = {}
    for number, line, period, cell in rows:
        assert period is not None
        try:
            values[period] = read_in(cell, notation, unit, CURRENCY) if cell else None
        except NumberError as exc:
            problems.append(PasteProblem(number, line, exc))
    return PastePlan({} if problems else values, tuple(problems))


def ask_decimal_comma(parent: QWidget, sample: str, lang: str) -> bool | None:
    """Asks whether pasted numbers such as ``sample`` have a decimal comma; None cancels.

    Asked once per paste, before anything is stored (tests replace this).
    """
    comma = "," in sample
    as_decimal = edit_text(read_in(sample, column_notation(comma)), lang)
    as_groups = edit_text(read_in(sample, column_notation(not comma)), lang)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MetricsPanel", "Read the Pasted Numbers"))
    box.setText(
        QCoreApplication.translate(
            "MetricsPanel", "The pasted numbers can be read two ways: “%1” could be %2 or %3."
        )
        .replace("%3", as_groups)
        .replace("%2", as_decimal)
        .replace("%1", sample)
    )
    box.setInformativeText(
        QCoreApplication.translate("MetricsPanel", "Nothing is stored until you choose.")
    )
    if comma:
        decimal_text, groups_text = (
            QCoreApplication.translate("MetricsPanel", "Comma Is the Decimal Sign"),
            QCoreApplication.translate("MetricsPanel", "Comma Groups Thousands"),
        )
    else:
        decimal_text, groups_text = (
            QCoreApplication.translate("MetricsPanel", "Point Is the Decimal Sign"),
            QCoreApplication.translate("MetricsPanel", "Point Groups Thousands"),
        )
    decimal = box.addButton(f"{decimal_text} ({as_decimal})", QMessageBox.ButtonRole.AcceptRole)
    groups = box.addButton(f"{groups_text} ({as_groups})", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is decimal:
        return comma
    if box.clickedButton() is groups:
        return not comma
    return None


# -- the metric dialog -------------------------------------------------------------------


class MetricDialog(QDialog):
    """Name (or catalogue pick), unit, direction, target and period length of a metric.

    A new metric is added to a stage: given ``stages`` (id, name), the dialog names the
    stage in its title and offers a chooser, preselected with ``stage_id``.
    """

    def __init__(
        self,
        parent: QWidget,
        lang: str,
        stage_key: str | None,
        metric: MetricView | None,
        stages: Sequence[tuple[uuid.UUID, str]] = (),
        stage_id: uuid.UUID | None = None,
    ):
        super().__init__(parent)
        from personabuilder.services.metric_catalogue import CATALOGUE

        self.lang = lang
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        for key, stage_name in stages if metric is None else ():
            self.stage.addItem(stage_name, str(key))
        if stage_id is not None:
            self.stage.setCurrentIndex(max(self.stage.findData(str(stage_id)), 0))
        self.stage.currentIndexChanged.connect(self._on_stage_current_index_changed)
        self._on_stage_current_index_changed()
        if metric is not None:
            self.setWindowTitle(self.tr("Edit Metric"))
        self.catalogue = QComboBox()
        self.catalogue.addItem(self.tr("Custom metric"), "")
        entries = sorted(CATALOGUE, key=lambda m: (m.stage != stage_key, m.name(lang).casefold()))
        for entry in entries:
            self.catalogue.addItem(entry.name(lang), entry.key)
        self.catalogue.currentIndexChanged.connect(self._on_catalogue_current_index_changed)
        # What the metric measures, apart from its name: analytics read metrics by kind.
        self.kind = QComboBox()
        self.kind.addItem(self.tr("None"), "")
        for entry in sorted(CATALOGUE, key=lambda m: m.name(lang).casefold()):
            self.kind.addItem(entry.name(lang), entry.key)
        if metric is not None and metric.catalogue_key:
            index = self.kind.findData(metric.catalogue_key)
            if index < 0:
                # A kind this version does not know (a newer file): keep it as it is.
                self.kind.addItem(metric.catalogue_key, metric.catalogue_key)
                index = self.kind.count() - 1
            self.kind.setCurrentIndex(index)
        self.kind.setToolTip(
            self.tr(
                "What the metric measures, whatever its name: analytics such as the funnel, "
                "churn or LTV:CAC read metrics of their kind."
            )
        )
        self.name = QLineEdit(metric.name if metric else "")
        self.name.setMaxLength(200)
        self.unit = QComboBox()
        for unit in MetricUnit:
            self.unit.addItem(unit_label(unit), unit.value)
        self.direction = QComboBox()
        for direction in Direction:
            self.direction.addItem(direction_label(direction), direction.value)
        self.granularity = QComboBox()
        for granularity in Granularity:
            self.granularity.addItem(granularity_label(granularity), granularity.value)
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("none"))
        if metric is not None:
            self.unit.setCurrentIndex(self.unit.findData(metric.unit.value))
            self.direction.setCurrentIndex(self.direction.findData(metric.direction.value))
            self.granularity.setCurrentIndex(self.granularity.findData(metric.granularity.value))
            if metric.values:
                # Values are dated by period: a month's figure is no quarter's (nor the reverse).
                self.granularity.setEnabled(False)
                self.granularity.setToolTip(
                    self.tr(
                        "The period length of a metric with values cannot change: "
                        "its values were recorded for these periods."
                    )
                )
            if metric.target is not None:
                self.target.setText(edit_text(metric.target, lang))
        else:
            self.granularity.setCurrentIndex(self.granularity.findData(Granularity.MONTH.value))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if self.stage.count():
            form.addRow(self.tr("Stage:"), self.stage)
        if metric is None:
            form.addRow(self.tr("From the catalogue:"), self.catalogue)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Direction:"), self.direction)
        form.addRow(self.tr("Target:"), self.target)
        form.addRow(self.tr("Periods:"), self.granularity)
        form.addRow(self.problem)
        form.addRow(buttons)

    @Slot()
    def _on_stage_current_index_changed(self) -> None:
        """The title of a new metric's dialog names the stage it is added to."""
        if self.stage.count():
            self.setWindowTitle(
                self.tr("Add Metric to “%1”").replace("%1", self.stage.currentText())
            )
        else:
            self.setWindowTitle(self.tr("Add Metric"))

    def stage_id(self) -> uuid.UUID | None:
        """The stage chosen for a new metric (None when editing one)."""
        raw = self.stage.currentData()
        return uuid.UUID(raw) if raw else None

    @Slot(int)
    def _on_catalogue_current_index_changed(self, index: int) -> None:
        from personabuilder.services.metric_catalogue import catalogue_entry

        entry = catalogue_entry(self.catalogue.itemData(index) or "")
        self.kind.setCurrentIndex(max(self.kind.findData(entry.key if entry else ""), 0))
        if entry is not None:
            self.name.setText(entry.name(self.lang))
            self.unit.setCurrentIndex(self.unit.findData(entry.unit.value))
            self.direction.setCurrentIndex(self.direction.findData(entry.direction.value))

    def _target(self) -> float | None:
        """The target as typed, in the UI language and the chosen unit; raises NumberError."""
        text = self.target.text().strip()
        if not text:
            return None
        return read_number(text, self.lang, MetricUnit(self.unit.currentData()), CURRENCY)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("A metric needs a name."))
            return
        try:
            self._target()
        except NumberError as exc:
            message, detail = number_problem(exc, self.lang, MetricUnit(self.unit.currentData()))
            self.problem.setText(f"{message} {detail}".strip())
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        """The fields as chosen (name, unit, direction, target, granularity, catalogue_key)."""
        return {
            "name": self.name.text().strip(),
            "unit": MetricUnit(self.unit.currentData()),
            "direction": Direction(self.direction.currentData()),
            "target": self._target(),
            "granularity": Granularity(self.granularity.currentData()),
            "catalogue_key": self.kind.currentData() or "",
        }


def ask_metric(
    parent: QWidget,
    lang: str,
    stage_key: str | None,
    metric: MetricView | None,
    stages: Sequence[tuple[uuid.UUID, str]] = (),
    stage_id: uuid.UUID | None = None,
) -> dict[str, Any] | None:
    """Asks for a metric's fields; None when cancelled (tests replace this).

    For a new metric, the answer holds the chosen stage under ``"stage_id"`` as well.
    """
    dialog = MetricDialog(parent, lang, stage_key, metric, stages, stage_id)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    fields = dialog.values()
    if metric is None and dialog.stage_id() is not None:
        fields["stage_id"] = dialog.stage_id()
    return fields


def ask_image_path(parent: QWidget, suggested: str) -> Path | None:
    """Asks where to save a chart (PNG or SVG); None when cancelled (tests replace this)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MetricsPanel", "Export Chart"),
        suggested,
        QCoreApplication.translate("MetricsPanel", "PNG image (*.png);;SVG drawing (*.svg)"),
    )
    return Path(name) if name else None


# -- the add button ------------------------------------------------------------------------


class _NamingButton(QPushButton):
    """A button whose text names something ("Add Metric to “%1”..."), the name ending in
    "…" when the button is given less room than the whole text needs."""

    def __init__(self, template: str, short: str) -> None:
        super().__init__(short)
        self._template = template
        self._short = short
        self._name = ""
        # A push button never shrinks below its text by default; this one cuts the name.
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def set_name(self, name: str) -> None:
        """Names ``name`` in the text (``short`` alone when there is no name)."""
        self._name = name
        self.updateGeometry()
        self._fit()

    def _named(self, name: str) -> str:
        # "Purchase & activation": an ampersand in a name is no shortcut letter.
        return self._template.replace("%1", name.replace("&", "&&"))

    def _full(self) -> str:
        return self._named(self._name) if self._name else self._short

    def _padding(self) -> int:
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:
        """Qt override: room for the whole text, whatever is shown now."""
        hint = super().sizeHint()
        hint.setWidth(self._padding() + self.fontMetrics().horizontalAdvance(self._full()))
        return hint

    def minimumSizeHint(self) -> QSize:
        """Qt override: room for the short text; the name is cut before it."""
        hint = super().minimumSizeHint()
        hint.setWidth(self._padding() + self.fontMetrics().horizontalAdvance(self._short))
        return hint

    def resizeEvent(self, event: Any) -> None:
        """Qt override: the name is cut to the button's new width."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        full = self._full()
        room = self.width() - self._padding()
        if metrics.horizontalAdvance(full) <= room or not self._name:
            text = full
        else:
            frame = metrics.horizontalAdvance(self._named(""))
            name = metrics.elidedText(self._name, Qt.TextElideMode.ElideRight, room - frame)
            # Less than a few letters says nothing: the short text then, the tooltip names it.
            text = self._named(name) if len(name) > 3 else self._short
        if text != self.text():
            self.setText(text)


# -- the values table ------------------------------------------------------------------------


class _ValuesTable(QTableWidget):
    """Period and value rows; reports Delete and paste so the panel makes undo steps."""

    paste_requested = Signal(str)
    clear_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt override: Ctrl+V pastes cells from a spreadsheet, Delete clears values."""
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit(QGuiApplication.clipboard().text())
            return
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.clear_requested.emit()
            return
        super().keyPressEvent(event)


class _ValueDelegate(QStyledItemDelegate):
    """Opens a value's editor on the full value, as spreadsheets do, not on the rounded text.

    What is typed goes to the panel, not into the cell: typing the rounded text a cell
    already shows must still store it, and the cell would not report an unchanged text.
    """

    value_typed = Signal(int, str)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Qt override: the editor starts from the value's edit text when it has one."""
        full = index.data(EDIT_ROLE)
        if isinstance(editor, QLineEdit) and isinstance(full, str):
            editor.setText(full)
            return
        super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Qt override: reports the typed text; the panel reads it and stores the value."""
        if isinstance(editor, QLineEdit):
            self.value_typed.emit(index.row(), editor.text())
            return
        super().setModelData(editor, model, index)


# -- the charts' data ---------------------------------------------------------------------


def _inches(figure: Any) -> tuple[float, float]:
    """A figure's size in inches, rounded: the size its chart was laid out for."""
    width, height = figure.get_size_inches()
    return round(float(width), 1), round(float(height), 1)


def is_empty(figure: Any) -> bool:
    """Whether a chart figure shows its empty state (a message, no axes drawn)."""
    return not any(ax.axison for ax in figure.axes)


# -- the panel ---------------------------------------------------------------------------


class MetricsPanel(QWidget):
    """Stages and their metrics, the selected metric's values, and a chart of the map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: EditSession | None = None
        self._detail: JourneyDetail | None = None
        self._metric_id: uuid.UUID | None = None
        self._filling = False
        self.lang = ui_language()

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Stage / metric"), self.tr("Latest"), self.tr("Target"), self.tr("Status")]
        )
        self.tree.setAccessibleName(self.tr("Stage metrics"))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Long names end in "…" (their tooltip gives them whole), never cut mid-letter.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column in (1, 2, 3):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_metric())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        self.add_button = _NamingButton(self.tr("Add Metric to “%1”..."), self.tr("Add Metric..."))
        for key, text, handler in (
            ("add", "", self.add_metric),
            ("edit", self.tr("Edit..."), self.edit_metric),
            ("delete", self.tr("Delete"), self.delete_metric),
            ("import", self.tr("Import CSV..."), self.import_csv),
        ):
            button = self.add_button if key == "add" else QPushButton(text)
            button.clicked.connect(handler)
            row.addWidget(button)
            self.buttons[key] = button
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(row)

        self.values = _ValuesTable(0, 2)
        self.values.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Value")])
        self.values.setAccessibleName(self.tr("Values per period"))
        self.values.setTabKeyNavigation(False)  # arrows between cells; Tab leaves the table
        self._edit_triggers = self.values.editTriggers()
        self.values.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.values.verticalHeader().hide()
        delegate = _ValueDelegate(self.values)
        delegate.value_typed.connect(self._on_delegate_value_typed)
        self.values.setItemDelegateForColumn(1, delegate)
        self.values.itemChanged.connect(self._on_values_item_changed)
        self.values.paste_requested.connect(self.paste)
        self.values.clear_requested.connect(self._on_values_clear_requested)
        self.values_caption = QLabel()
        self.values_caption.setWordWrap(True)
        values_box = QWidget()
        values_layout = QVBoxLayout(values_box)
        values_layout.setContentsMargins(0, 0, 0, 0)
        values_layout.addWidget(self.values_caption)
        values_layout.addWidget(self.values, 1)

        self.chart_choice = QComboBox()
        self.chart_choice.setAccessibleName(self.tr("Chart"))
        # Its longest entry must not hold the chart side wide and squeeze the names' column.
        self.chart_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chart_choice.setMinimumContentsLength(16)
        for key, text in (
            ("trend", self.tr("Trend of the selected metric")),
            ("health", self.tr("Stage health")),
            ("funnel", self.tr("Funnel across stages")),
            ("target", self.tr("Actual vs target (unit of the selected metric)")),
            ("emotion", self.tr("Emotion curves")),
            ("cohort", self.tr("Cohort retention")),
        ):
            self.chart_choice.addItem(text, key)
        self.chart_choice.currentIndexChanged.connect(lambda _i: self.redraw())
        self.chart_choice.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.export_button = QPushButton(self.tr("Export Chart..."))
        self.export_button.clicked.connect(self.export_chart)
        self.cohort_button = QPushButton(self.tr("Load Cohort CSV..."))
        self.cohort_button.setToolTip(
            self.tr("A table of cohort, period offset and retained count (or rate)")
        )
        self.cohort_button.clicked.connect(self.load_cohorts)
        chart_bar = QHBoxLayout()
        chart_bar.addWidget(self.chart_choice, 1)
        chart_bar.addWidget(self.cohort_button)
        chart_bar.addWidget(self.export_button)
        self.chart_box = QVBoxLayout()
        self.chart_box.addLayout(chart_bar)
        chart_widget = QWidget()
        chart_widget.setLayout(self.chart_box)
        self._canvas: Any = None
        self._charts: dict[str, Any] = {}
        self._canvases: dict[str, Any] = {}
        self.chart_stack = QStackedWidget()
        self.chart_box.addWidget(self.chart_stack, 1)
        # Under a chart that has nothing to show, the buttons that give it something.
        self.empty_actions = QWidget()
        empty_row = QHBoxLayout(self.empty_actions)
        empty_row.setContentsMargins(0, 0, 0, 0)
        empty_row.addStretch(1)
        self.empty_buttons: dict[str, QPushButton] = {}
        for key, text, handler in (
            ("type", self.tr("Type Values"), self.type_values),
            ("import", self.tr("Import CSV..."), self.import_csv),
            ("add", self.tr("Add Metric..."), self.add_metric),
            ("edit", self.tr("Edit Metric..."), self.edit_metric),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            empty_row.addWidget(button)
            self.empty_buttons[key] = button
        empty_row.addStretch(1)
        self.empty_actions.hide()
        self.chart_box.addWidget(self.empty_actions)
        # Palette changes come in bursts (one per widget); the charts follow once.
        self._theme_timer = QTimer(self)
        self._theme_timer.setSingleShot(True)
        self._theme_timer.setInterval(0)
        self._theme_timer.timeout.connect(self._on_theme_timer_timeout)
        # Charts place their texts for the figure's size: once resizing stops, the chart
        # on screen is built again for its new size.
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)
        self._resize_timer.timeout.connect(self._on_resize_timer_timeout)
        self._fitted: dict[str, tuple[float, float]] = {}
        # The page is shared between table and chart until the user moves the divider.
        self._user_split = False
        self._share_timer = QTimer(self)
        self._share_timer.setSingleShot(True)
        self._share_timer.setInterval(0)
        self._share_timer.timeout.connect(self.share_page)

        # Metrics and their values on the left; the chart gets the whole right-hand side.
        left_split = QSplitter(Qt.Orientation.Vertical)
        left_split.addWidget(left)
        left_split.addWidget(values_box)
        left_split.setStretchFactor(0, 3)
        left_split.setStretchFactor(1, 2)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left_split)
        splitter.addWidget(chart_widget)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.splitterMoved.connect(self._on_splitter_splitter_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_buttons()

    # Inputs ------------------------------------------------------------------------------

    def set_session(self, session: EditSession | None) -> None:
        """Edits through ``session``."""
        self._session = session
        self.values.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if self.read_only else self._edit_triggers
        )
        self.set_detail(None)

    @property
    def read_only(self) -> bool:
        """True when the session may not change the workspace: metrics are for reading."""
        return self._session is not None and self._session.read_only

    def set_detail(self, detail: JourneyDetail | None) -> None:
        """Shows a new state of the map (the page reads it once per change)."""
        other_map = detail is None or self._detail is None or detail.id != self._detail.id
        if other_map:
            self._metric_id = None
        self._detail = detail
        self._fill_tree()
        self._fill_values()
        self._update_buttons()
        if self.isVisible():
            if other_map:
                # Shared again for this map's names and figures; an edit keeps the divider
                # still, so the chart does not change width as values are typed.
                self._share_timer.start()
            self.redraw()  # else drawn when shown

    def showEvent(self, event: Any) -> None:
        """Qt override: charts are drawn when first seen, not while the tab is hidden."""
        super().showEvent(event)
        self._share_timer.start()
        self.redraw()

    def resizeEvent(self, event: Any) -> None:
        """Qt override: the table keeps room for its names as the page changes size."""
        super().resizeEvent(event)
        self._share_timer.start()

    @Slot(int, int)
    def _on_splitter_splitter_moved(self, _pos: int, _index: int) -> None:
        self._user_split = True

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: the charts follow the window's palette (light or dark theme)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._theme_timer.start()

    @Slot()
    def _on_theme_timer_timeout(self) -> None:
        if self.isVisible() and self._charts:
            self.redraw()

    def chart_theme(self) -> Any:
        """The charts' palette for the window's: dark on a dark window, else light."""
        from personabuilder.charts import style

        window = self.palette().color(QPalette.ColorRole.Window)
        return style.DARK if window.lightness() < 128 else style.LIGHT

    def name_width(self) -> int:
        """The width the metric names' column asks for: about ``NAME_CHARS`` characters."""
        metrics = self.tree.fontMetrics()
        # A metric sits one level down: its stage's indentation and the tree's own.
        return metrics.averageCharWidth() * NAME_CHARS + 2 * self.tree.indentation()

    def share_page(self) -> None:
        """Shares the page between the metrics table and the chart.

        The table gets room for the metric names and its other columns (within
        ``TABLE_SHARE`` of the page), the chart the rest; then both grow as the page does.
        """
        total = sum(self.splitter.sizes())
        if total <= 0 or self._user_split:
            return
        header = self.tree.header()
        others = sum(
            max(header.sectionSize(column), header.sectionSizeHint(column))
            for column in range(1, self.tree.columnCount())
        )
        frame = 2 * self.tree.frameWidth() + self.tree.verticalScrollBar().sizeHint().width()
        wanted = self.name_width() + others + frame
        low, high = (int(total * share) for share in TABLE_SHARE)
        left = min(max(wanted, low), high)
        self.splitter.setSizes([left, total - left])

    @property
    def current_metric(self) -> MetricView | None:
        """The metric selected in the tree."""
        if self._detail is None or self._metric_id is None:
            return None
        return next((m for m in self._detail.metrics if m.id == self._metric_id), None)

    def select_metric(self, metric_id: uuid.UUID) -> None:
        """Selects a metric in the tree."""
        for i in range(self.tree.topLevelItemCount()):
            stage_item = self.tree.topLevelItem(i)
            for j in range(stage_item.childCount() if stage_item else 0):
                child = stage_item.child(j) if stage_item else None
                if child is not None and child.data(0, ID_ROLE) == str(metric_id):
                    self.tree.setCurrentItem(child)
                    return

    def _format(self, value: float | None, unit: MetricUnit) -> str:
        from personabuilder.charts.numbers import format_number

        return format_number(value, unit, self.lang)

    def _fill_tree(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        current: QTreeWidgetItem | None = None
        if self._detail is not None:
            # Imported with the first map shown: the ORM must not load before the first list.
            from personabuilder.services.chart_data import latest_value, metric_status

            for stage in self._detail.stages:
                stage_item = QTreeWidgetItem([stage.name])
                stage_item.setData(0, ID_ROLE, "")
                stage_item.setData(0, PERIOD_ROLE, str(stage.id))
                font = stage_item.font(0)
                font.setBold(True)
                stage_item.setFont(0, font)
                stage_item.setToolTip(0, stage.name)
                self.tree.addTopLevelItem(stage_item)
                # A stage's name has no figures beside it: it may take the whole row.
                stage_item.setFirstColumnSpanned(True)
                for m in (m for m in self._detail.metrics if m.stage_id == stage.id):
                    status = metric_status(m).value
                    child = QTreeWidgetItem(
                        [
                            m.name,
                            self._format(latest_value(m), m.unit),
                            self._format(m.target, m.unit) if m.target is not None else "",
                            f"{STATUS_MARKS[status]} {status_label(status)}",
                        ]
                    )
                    child.setData(0, ID_ROLE, str(m.id))
                    child.setToolTip(
                        0, f"{m.name} · {unit_label(m.unit)} · {direction_label(m.direction)}"
                    )
                    stage_item.addChild(child)
                    if m.id == self._metric_id:
                        current = child
            self.tree.expandAll()
        if current is not None:
            self.tree.setCurrentItem(current)
        elif self._metric_id is not None:
            self._metric_id = None
        self.tree.blockSignals(False)

    def _periods(self, metric: MetricView) -> list[date]:
        from personabuilder.analytics.periods import next_period, period_start

        periods = [d for d, _ in metric.values]
        last = periods[-1] if periods else period_start(date.today(), metric.granularity)
        # One empty row after the newest period, to type the next value in.
        return [*periods, next_period(last, metric.granularity) if periods else last]

    def _fill_values(self) -> None:
        from personabuilder.charts.numbers import format_period

        self._filling = True
        metric = self.current_metric
        self.values.setRowCount(0)
        if metric is None:
            self.values_caption.setText(self.tr("Select a metric to see and edit its values."))
        else:
            # A read-only workspace's caption names the metric without inviting an edit.
            caption = (
                "%1 · %2"
                if self.read_only
                else self.tr(
                    "%1 · %2 · type a value, paste cells from a spreadsheet (Ctrl+V), "
                    "Delete clears."
                )
            )
            self.values_caption.setText(
                caption.replace("%1", metric.name).replace("%2", unit_label(metric.unit))
            )
            stored = dict(metric.values)
            for row, period in enumerate(self._periods(metric)):
                self.values.insertRow(row)
                label = QTableWidgetItem(format_period(period, metric.granularity, self.lang))
                label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
                label.setData(PERIOD_ROLE, period.isoformat())
                cell = QTableWidgetItem()
                if self.read_only:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                cell.setData(PERIOD_ROLE, period.isoformat())
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._show_value(cell, stored.get(period), metric.unit)
                self.values.setItem(row, 0, label)
                self.values.setItem(row, 1, cell)
        self._filling = False

    def _show_value(self, cell: QTableWidgetItem, value: float | None, unit: MetricUnit) -> None:
        """Shows a value rounded with its unit; its editor and tooltip hold every digit."""
        filling, self._filling = self._filling, True
        shown = "" if value is None else self._format(value, unit)
        full = "" if value is None else edit_text(value, self.lang)
        cell.setText(shown)
        cell.setData(EDIT_ROLE, full)
        try:
            rounded = value is not None and read_number(shown, self.lang, unit, CURRENCY) != value
        except NumberError:  # not expected for a finite value; then the tooltip says it all
            rounded = True
        cell.setToolTip(self.tr("Exact value: %1").replace("%1", full) if rounded else "")
        self._filling = filling

    def _update_buttons(self) -> None:
        has_map = self._session is not None and self._detail is not None
        self.buttons["add"].setEnabled(has_map and bool(self._detail and self._detail.stages))
        stage = self._stage_name()
        self.add_button.set_name(stage)
        adds = self.tr("Adds a metric to “%1”.").replace("%1", stage) if stage else ""
        for button in (self.buttons["add"], self.empty_buttons["add"]):
            button.setToolTip(adds)
            button.setAccessibleDescription(adds)
        self.buttons["edit"].setEnabled(self.current_metric is not None)
        self.buttons["delete"].setEnabled(self.current_metric is not None)
        self.buttons["import"].setEnabled(has_map)
        self.export_button.setEnabled(has_map)
        self.cohort_button.setVisible(
            self.chart_choice.currentData() == "cohort" and not self.read_only
        )
        self.cohort_button.setEnabled(has_map)
        for key in ("add", "edit", "delete", "import"):
            # The metrics and their charts stay; what would change them goes.
            self.buttons[key].setVisible(not self.read_only)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        raw = current.data(0, ID_ROLE) if current is not None else ""
        self._metric_id = uuid.UUID(raw) if raw else None
        self._fill_values()
        self._update_buttons()
        if self.chart_choice.currentData() in ("trend", "target"):
            self.redraw()

    # Commands ----------------------------------------------------------------------------

    def _push(self, command: Any) -> None:
        if self._session is not None:
            self._session.undo_stack.push(command)

    def _stage_id(self) -> uuid.UUID | None:
        """The stage a new metric goes to: the selected one (or its metric's), else the first."""
        item = self.tree.currentItem()
        if item is None:
            return self._detail.stages[0].id if self._detail and self._detail.stages else None
        top = item.parent() or item
        return uuid.UUID(top.data(0, PERIOD_ROLE))

    def _stage_name(self) -> str:
        stage_id = self._stage_id()
        stages = self._detail.stages if self._detail is not None else ()
        return next((stage.name for stage in stages if stage.id == stage_id), "")

    @Slot()
    def add_metric(self) -> None:
        """Adds a metric (from the catalogue or custom) to the selected stage."""
        stage_id = self._stage_id()
        if self._session is None or self._detail is None or stage_id is None or self.read_only:
            return
        from personabuilder.services.metrics import MetricDraft

        stages = [(stage.id, stage.name) for stage in self._detail.stages]
        fields = ask_metric(self, self.lang, None, None, stages, stage_id)
        if fields is None:
            return
        stage_id = fields.pop("stage_id", stage_id)
        command = mc.add_metric(self._session, self._detail.id, stage_id, MetricDraft(**fields))
        self._push(command)
        if command.error is None:
            self._metric_id = command.metric_id  # type: ignore[attr-defined]
            self.select_metric(command.metric_id)  # type: ignore[attr-defined]

    @Slot()
    def edit_metric(self) -> None:
        """Changes the selected metric's name, unit, direction, target or periods."""
        metric = self.current_metric
        if self._session is None or self._detail is None or metric is None or self.read_only:
            return
        fields = ask_metric(self, self.lang, None, metric)
        if fields is None:
            return
        changed = {k: v for k, v in fields.items() if getattr(metric, k) != v}
        if changed:
            self._push(
                mc.update_metric(
                    self._session, self._detail.id, metric.id, base=metric.base, **changed
                )
            )

    @Slot()
    def delete_metric(self) -> None:
        """Deletes the selected metric and its values (undoable)."""
        metric = self.current_metric
        if self.read_only:
            return
        if self._session is not None and self._detail is not None and metric is not None:
            self._push(mc.delete_metric(self._session, self._detail.id, metric.id))

    def _set(self, values: dict[date, float | None], text: str | None = None) -> None:
        metric = self.current_metric
        if self._session is None or self._detail is None or metric is None or not values:
            return
        if self.read_only:
            return
        self._push(
            mc.set_values(
                self._session,
                self._detail.id,
                {metric.id: values},
                text,
                base={metric.id: metric.values_base},
            )
        )

    @Slot(QTableWidgetItem)
    def _on_values_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == 1:
            self._apply_typed(item, item.text())

    @Slot(int, str)
    def _on_delegate_value_typed(self, row: int, text: str) -> None:
        item = self.values.item(row, 1)
        if item is not None:
            self._apply_typed(item, text)

    def _apply_typed(self, item: QTableWidgetItem, typed: str) -> None:
        """Stores a typed value (one undo step), or says why it is not read and keeps the cell."""
        metric = self.current_metric
        if metric is None or self.read_only:
            return
        period = date.fromisoformat(item.data(PERIOD_ROLE))
        before = dict(metric.values).get(period)
        text = typed.strip()
        try:
            value = read_number(text, self.lang, metric.unit, CURRENCY) if text else None
        except NumberError as exc:
            self._show_value(item, before, metric.unit)
            message, detail = number_problem(exc, self.lang, metric.unit)
            dialogs.warn(
                self,
                self.tr("Not a Number"),
                message,
                "\n".join(filter(None, [detail, self.tr("The value was not changed.")])),
            )
            return
        if value == before:
            # Typed back as it was (or the editor closed unchanged): no undo step.
            self._show_value(item, before, metric.unit)
            return
        self._set({period: value})

    @Slot()
    def _on_values_clear_requested(self) -> None:
        rows = {i.row() for i in self.values.selectedItems()}
        items = [self.values.item(r, 1) for r in rows]
        periods = [date.fromisoformat(i.data(PERIOD_ROLE)) for i in items if i is not None]
        self._set(dict.fromkeys(periods), self.tr("Clear values"))

    @Slot(str)
    def paste(self, text: str) -> None:
        """Sets values from pasted spreadsheet cells, in one undo step."""
        metric = self.current_metric
        if metric is None or not text.strip() or self.read_only:
            return
        start = self.values.currentRow() if self.values.currentRow() >= 0 else 0
        periods = self._periods(metric)[start:]
        from personabuilder.analytics.periods import next_period

        while len(periods) < text.count("\n") + 1:
            periods.append(next_period(periods[-1], metric.granularity))
        plan = plan_paste(text, periods, self.lang, metric.unit)
        if plan.ambiguous:
            # Asked once for the whole paste, before anything is stored.
            decimal_comma = ask_decimal_comma(self, plan.ambiguous, self.lang)
            if decimal_comma is None:
                return
            plan = plan_paste(text, periods, self.lang, metric.unit, decimal_comma)
        if plan.mixed is not None:
            (first_line, first), (second_line, second) = plan.mixed
            dialogs.warn(
                self,
                self.tr("Nothing Pasted"),
                self.tr(
                    "The pasted numbers mix a decimal comma (line %1: “%2”) and a decimal "
                    "point (line %3: “%4”), so they cannot be read together."
                )
                .replace("%4", second)
                .replace("%3", str(second_line))
                .replace("%2", first)
                .replace("%1", str(first_line)),
            )
            return
        if plan.problems:
            listing = "\n".join(self._paste_problem(p, metric.unit) for p in plan.problems[:20])
            dialogs.warn(
                self,
                self.tr("Nothing Pasted"),
                self.tr("These pasted lines are not a value or a period and a value:"),
                listing,
            )
            return
        self._set(plan.values, self.tr("Paste values"))

    def _paste_problem(self, problem: PasteProblem, unit: MetricUnit) -> str:
        """One line of the list of pasted lines that cannot be stored."""
        if problem.error is None:
            reason = problem.text
        else:
            message, detail = number_problem(problem.error, self.lang, unit)
            reason = f"{message} {detail}".strip()
        return self.tr("Line %1: %2").replace("%2", reason).replace("%1", str(problem.line))

    @Slot()
    def import_csv(self) -> None:
        """Imports metric values from a CSV file, after a preview (set by the import dialog)."""
        if self._session is None or self._detail is None or self.read_only:
            return
        from personabuilder.ui.metrics.csv_import import run_import

        run_import(self, self._session, self._detail.id)

    @Slot()
    def load_cohorts(self) -> None:
        """Reads a cohort CSV and keeps its table with the map (one undo step)."""
        if self._session is None or self._detail is None or self.read_only:
            return
        from personabuilder.ui.metrics.csv_import import ask_csv_path

        path = ask_csv_path(self)
        if path is None:
            return
        from personabuilder.services.metrics import CohortRow
        from personabuilder.services.metrics_csv import read_cohort_csv

        try:
            reading = read_cohort_csv(path.read_bytes())
        except OSError as exc:
            dialogs.warn(
                self,
                self.tr("Cohort Table Not Loaded"),
                self.tr("The file %1 could not be read.").replace("%1", path.name),
                exc.strerror or str(exc),
            )
            return
        if reading.errors or not reading.records:
            problems = reading.errors or reading.issues
            listing = "\n".join(
                self.tr("Line %1: %2")
                .replace("%1", str(p.line))
                .replace("%2", p.message(self.lang))
                if p.line
                else p.message(self.lang)
                for p in problems[:20]
            )
            dialogs.warn(
                self,
                self.tr("Cohort Table Not Loaded"),
                self.tr("%1 has rows that cannot be read; nothing was loaded.").replace(
                    "%1", path.name
                ),
                listing,
            )
            return
        rows = tuple(
            CohortRow(r.cohort, r.offset, r.retained, r.unit is MetricUnit.PERCENT)
            for r in reading.records
        )
        self._push(mc.set_cohorts(self._session, self._detail.id, rows))

    # Charts ------------------------------------------------------------------------------

    def _chart_for(self, key: str) -> tuple[Callable[..., Any], Any] | None:
        """The chart class and data of chart ``key``; None without a map."""
        from personabuilder.services import chart_data as cd

        detail = self._detail
        if detail is None:
            return None
        metric = self.current_metric
        if key == "trend":
            from personabuilder.charts.data import TrendData
            from personabuilder.charts.trend import TrendChart

            if metric is None:
                # No metric chosen: the chart says to choose one (not another metric's trend).
                return TrendChart, TrendData(
                    "", MetricUnit.COUNT, Direction.HIGHER_IS_BETTER, None, ()
                )
            return TrendChart, cd.trend_data(metric)
        if key == "health":
            from personabuilder.charts.health import StageHealthChart

            return StageHealthChart, cd.health_data(detail)
        if key == "funnel":
            from personabuilder.charts.funnel import FunnelChart

            return FunnelChart, cd.funnel_data(detail)
        if key == "target":
            from personabuilder.charts.targets import ActualTargetChart

            unit = metric.unit if metric else MetricUnit.PERCENT
            direction = metric.direction if metric else Direction.HIGHER_IS_BETTER
            label = f"{unit_label(unit)} · {direction_label(direction)}"
            return ActualTargetChart, cd.actual_target_data(detail, unit, direction, label)
        if key == "cohort":
            from personabuilder.charts.cohort import CohortChart
            from personabuilder.charts.data import CohortData

            assert self._session is not None
            rows = self._session.services.metrics.cohorts(detail.id)
            if not rows:
                # The chart says what to load; the cohort button beside it loads it.
                return CohortChart, CohortData((), (), (), Granularity.MONTH)
            return CohortChart, cd.cohort_data(rows, self.lang)
        from personabuilder.charts.emotion import EmotionChart

        return EmotionChart, cd.emotion_data(detail, title=detail.title)

    @Slot()
    def redraw(self) -> None:
        """Draws the chosen chart of the map (updated in place when only values changed).

        Drawing stays on the GUI thread: an edit patches the kept figure and the canvas
        redraws it from cached layout and text bitmaps (benchmarks/charts.py, tens of ms).
        """
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        key = str(self.chart_choice.currentData())
        found = self._chart_for(key)
        if found is None:
            # No map: the trend's own empty state.
            from personabuilder.charts.data import TrendData
            from personabuilder.charts.trend import TrendChart

            key = "trend"
            empty = TrendData("", MetricUnit.COUNT, Direction.HIGHER_IS_BETTER, None, ())
            found = (TrendChart, empty)
        kind, data = found
        theme = self.chart_theme()
        chart = self._charts.get(key)
        if chart is None:
            # One chart and one canvas per kind, kept: an edit patches the figure in place.
            chart = self._charts[key] = kind(
                data, lang=self.lang, theme=theme, size=self._chart_size()
            )
            # On screen, chart text matches the window's; exports keep their print size.
            chart.figure.set_dpi(SCREEN_DPI)
            canvas = FigureCanvasQTAgg(chart.figure)  # type: ignore[no-untyped-call]
            canvas.setMinimumHeight(220)
            canvas.mpl_connect("resize_event", lambda _event: self._resize_timer.start())
            self._canvases[key] = canvas
            self.chart_stack.addWidget(canvas)
            self._fitted[key] = _inches(chart.figure)
        elif self._fitted.get(key) != _inches(chart.figure):
            chart = self._rebuilt(key, data, theme)
        else:
            if chart.theme != theme:
                chart.set_theme(theme)
            chart.update(data)
        canvas = self._canvases[key]
        canvas.setAccessibleName(self.chart_choice.currentText())
        self.chart_stack.setCurrentWidget(canvas)
        self._canvas = canvas
        self._show_empty_actions(key, data, is_empty(chart.figure))
        canvas.draw_idle()

    def _chart_size(self) -> tuple[float, float] | None:
        """The size (inches) a new chart is built for: the room it gets on screen."""
        width, height = self.chart_stack.width(), self.chart_stack.height()
        if width < 200 or height < 150:
            return None  # not laid out yet: the default size, fitted once shown
        return width / SCREEN_DPI, height / SCREEN_DPI

    def _rebuilt(self, key: str, data: Any, theme: Any) -> Any:
        """Chart ``key`` built again in its figure, for the figure's size (same canvas)."""
        old = self._charts[key]
        chart = self._charts[key] = type(old)(data, lang=self.lang, figure=old.figure, theme=theme)
        self._fitted[key] = _inches(chart.figure)
        return chart

    @Slot()
    def _on_resize_timer_timeout(self) -> None:
        key = str(self.chart_choice.currentData())
        chart = self._charts.get(key)
        if chart is None or self._fitted.get(key) == _inches(chart.figure):
            return
        self._rebuilt(key, chart.data, chart.theme)
        self._canvases[key].draw_idle()

    def _show_empty_actions(self, key: str, data: Any, empty: bool) -> None:
        """Under an empty chart, the buttons that fill it (the chart says what to do)."""
        shown: set[str] = set()
        has_map = self._session is not None and self._detail is not None
        if empty and has_map and not self.read_only:
            metric = self.current_metric
            if key == "trend" and metric is not None:
                shown = {"type", "import"}
            elif key == "health" or (key == "funnel" and not data.stages):
                shown = {"add"}
            elif key == "target" and not data.rows:
                shown = {"edit"} if metric is not None else {"add"}
            elif key in ("funnel", "target"):
                shown = {"import"}
        for name, button in self.empty_buttons.items():
            button.setVisible(name in shown)
        self.empty_actions.setVisible(bool(shown))

    @Slot()
    def type_values(self) -> None:
        """Starts typing the selected metric's first missing value in the values table."""
        if self.current_metric is None or self.values.rowCount() == 0 or self.read_only:
            return
        row = next(
            (
                r
                for r in range(self.values.rowCount())
                if not (item := self.values.item(r, 1)) or not item.text()
            ),
            0,
        )
        self.values.setFocus(Qt.FocusReason.OtherFocusReason)
        self.values.setCurrentCell(row, 1)
        item = self.values.item(row, 1)
        if item is not None:
            self.values.editItem(item)

    @property
    def figure(self) -> Any:
        """The figure on screen (None before the first draw)."""
        return None if self._canvas is None else self._canvas.figure

    @Slot()
    def export_chart(self) -> None:
        """Saves the chart on screen as PNG or SVG, in the documents' light colours."""
        if self._canvas is None:
            self.redraw()
        path = ask_image_path(self, self.chart_choice.currentText() + ".png")
        if path is None:
            return
        from personabuilder.charts import style
        from personabuilder.charts.base import ImageFormat, save_figure

        fmt: ImageFormat = "svg" if path.suffix.lower() == ".svg" else "png"
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + ".png")
        figure = self._canvas.figure
        chart = self._charts.get(str(self.chart_choice.currentData()))
        if chart is not None and chart.figure is figure and chart.theme != style.LIGHT:
            # A chart goes into slides and reports: on a dark screen it is drawn again in
            # the documents' colours, at the size it has on screen.
            width, height = figure.get_size_inches()
            figure = type(chart)(
                chart.data, lang=self.lang, size=(float(width), float(height))
            ).figure
            figure.set_dpi(SCREEN_DPI)
        try:
            save_figure(figure, path, fmt)
        except OSError as exc:
            dialogs.warn(
                self,
                self.tr("Chart Not Saved"),
                self.tr("The chart could not be written to %1.").replace("%1", str(path)),
                exc.strerror or str(exc),
            )
