"""CSV import of metric values with a preview: how the file was read, what will change, and
every row that cannot be read. Nothing is written until the user confirms; then one undo step.
"""

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from personabuilder.services.errors import ValidationError
from personabuilder.services.metrics_csv import MAX_BYTES, Layout, Role
from personabuilder.services.metrics_import import ImportPlan, plan_import, read_csv_file
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.ui.common import dialogs
from personabuilder.ui.common.commands import EditSession, read_only_hint
from personabuilder.ui.common.labels import ui_language
from personabuilder.ui.metrics import commands as mc

LARGE_FILE = 2_000_000  # bytes; bigger files are read on a worker thread with a progress box


def role_label(role: Role) -> str:
    """What a column holds, as the preview names it."""
    return {
        Role.METRIC: QCoreApplication.translate("MetricsImport", "Metric"),
        Role.STAGE: QCoreApplication.translate("MetricsImport", "Stage"),
        Role.PERIOD: QCoreApplication.translate("MetricsImport", "Period"),
        Role.VALUE: QCoreApplication.translate("MetricsImport", "Value"),
        Role.UNIT: QCoreApplication.translate("MetricsImport", "Unit"),
        Role.IGNORE: QCoreApplication.translate("MetricsImport", "Ignore"),
    }[role]


def ask_csv_path(parent: QWidget) -> Path | None:
    """Asks for the CSV file to import; None when cancelled (tests replace this)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MetricsImport", "Import Metric Values"),
        "",
        QCoreApplication.translate(
            "MetricsImport", "Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)"
        ),
    )
    return Path(name) if name else None


class _Planner(QObject):
    """Reads and matches a file on a worker thread."""

    planned = Signal(object)  # ImportPlan, or the exception that stopped it

    def __init__(self, work: Callable[[], ImportPlan]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result: object = self._work()
        except Exception as exc:  # noqa: BLE001 - reported to the user on the GUI thread
            result = exc
        self.planned.emit(result)


def plan_in_background(parent: QWidget, work: Callable[[], ImportPlan]) -> ImportPlan | None:
    """Runs ``work`` off the GUI thread behind a cancellable progress box; None if cancelled."""
    box = QProgressDialog(
        QCoreApplication.translate("MetricsImport", "Reading the file..."),
        QCoreApplication.translate("MetricsImport", "Cancel"),
        0,
        0,
        parent,
    )
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setMinimumDuration(300)
    thread = QThread()
    planner = _Planner(work)
    planner.moveToThread(thread)
    outcome: list[object] = []

    def finished(result: object) -> None:
        outcome.append(result)
        box.reset()

    planner.planned.connect(finished)
    thread.started.connect(planner.run)
    thread.start()
    box.exec()
    thread.quit()
    thread.wait()
    if not outcome:
        return None  # cancelled: the result, when it comes, is dropped
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    assert isinstance(result, ImportPlan)
    return result


# An open question: amber reads as "to do" in the light and dark themes alike, and the
# banner's dark text on light amber keeps 4.5:1 contrast whatever the palette.
_QUESTION_BOX = "QComboBox { border: 2px solid #b45309; border-radius: 3px; padding: 1px 4px; }"
_QUESTION_BANNER = (
    "QLabel { background: #fef3c7; color: #451a03; border: 1px solid #b45309; "
    "border-radius: 4px; padding: 6px 8px; }"
)


class ImportPreview(QDialog):
    """Shows how a file was read and what an import would change; nothing is written here."""

    def __init__(
        self,
        parent: QWidget,
        detail: JourneyDetail,
        data: bytes,
        name: str,
        plan: ImportPlan | None = None,
    ) -> None:
        super().__init__(parent)
        self.detail = detail
        self.data = data
        self.lang = ui_language()
        self.setWindowTitle(self.tr("Import Metric Values: %1").replace("%1", name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.layout_box = QComboBox()
        self.layout_box.addItem(self.tr("One row per value (metric, stage, period, value)"), "long")
        self.layout_box.addItem(self.tr("One column per period"), "wide")
        # The first item of each box stands for "not decided": the file could not tell, and
        # nothing is read until the user picks one of the others.
        self.decimal_box = QComboBox()
        self.decimal_box.addItem(self.tr("Choose: the file does not tell"), "")
        self.decimal_box.addItem(self.tr("Decimal point (1,234.5)"), "point")
        self.decimal_box.addItem(self.tr("Decimal comma (1 234,5)"), "comma")
        self.day_box = QComboBox()
        self.day_box.addItem(self.tr("Choose: the file does not tell"), "")
        self.day_box.addItem(self.tr("Day first (31/12/2025)"), "dmy")
        self.day_box.addItem(self.tr("Month first (12/31/2025)"), "mdy")
        self.value_box = QComboBox()
        self.value_box.setAccessibleName(self.tr("Column holding the values"))
        self.detected = QLabel()
        settings = QFormLayout()
        settings.addRow(self.tr("Layout:"), self.layout_box)
        settings.addRow(self.tr("Numbers:"), self.decimal_box)
        settings.addRow(self.tr("Dates:"), self.day_box)
        settings.addRow(self.tr("Values:"), self.value_box)
        settings.addRow(self.detected)
        self._roles_chosen = False  # the user changed a column's role: read with those roles
        self._value_chosen = False  # the user picked the value column in its box
        self.columns = QTableWidget(1, 0)
        self.columns.setAccessibleName(self.tr("How each column was understood"))
        self.columns.verticalHeader().hide()
        self.columns.setMaximumHeight(90)
        understood = QGroupBox(self.tr("How the file was read (change anything that is wrong)"))
        understood_layout = QVBoxLayout(understood)
        understood_layout.addLayout(settings)
        understood_layout.addWidget(self.columns)

        self.values = QTableWidget(0, 6)
        self.values.setAccessibleName(self.tr("Values to import"))
        self.values.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Stage"),
                self.tr("Metric"),
                self.tr("Period"),
                self.tr("New value"),
                self.tr("Current value"),
            ]
        )
        self.problems = QTableWidget(0, 2)
        self.problems.setAccessibleName(self.tr("Rows that cannot be imported"))
        self.problems.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Problem")])
        for table in (self.values, self.problems):
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.ResizeToContents
            )
        self.problems_title = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton()
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lists = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Values to import")))
        left.addWidget(self.values)
        right = QVBoxLayout()
        right.addWidget(self.problems_title)
        right.addWidget(self.problems)
        lists.addLayout(left, 3)
        lists.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(understood)
        layout.addLayout(lists, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 680)
        self.plan: ImportPlan = plan or plan_import(detail, data)
        self._show_plan()
        for box in (self.layout_box, self.decimal_box, self.day_box):
            box.currentIndexChanged.connect(lambda _i: self.reread())
        self.value_box.currentIndexChanged.connect(lambda _i: self._value_picked())

    def _role_boxes(self) -> list[QComboBox]:
        boxes = []
        for column in range(self.columns.columnCount()):
            widget = self.columns.cellWidget(0, column)
            if isinstance(widget, QComboBox):
                boxes.append(widget)
        return boxes

    def set_role(self, column: int, role: Role) -> None:
        """Changes what one column holds and reads the file again."""
        self._role_boxes()[column].setCurrentIndex(list(Role).index(role))

    def _role_chosen(self) -> None:
        self._roles_chosen, self._value_chosen = True, False
        self.reread()

    def _value_picked(self) -> None:
        self._value_chosen = True
        self.reread()

    def choose(self, box: QComboBox, data: str | int) -> None:
        """Picks the item of a settings box holding ``data`` (reads the file again)."""
        box.setCurrentIndex(box.findData(data))

    @Slot()
    def reread(self) -> None:
        """Reads the file again with the settings and column roles as chosen."""
        roles = [Role(box.currentData()) for box in self._role_boxes()]
        layout = Layout(self.layout_box.currentData())
        same_columns = len(roles) == len(self.plan.reading.headers)
        keep_roles = self._roles_chosen and same_columns and layout is self.plan.reading.layout
        decimal, dates = self.decimal_box.currentData(), self.day_box.currentData()
        value = self.value_box.currentData()
        overrides = {
            "layout": layout,
            "roles": roles if keep_roles else None,
            "decimal_comma": {"comma": True, "point": False}.get(decimal),
            "day_first": {"dmy": True, "mdy": False}.get(dates),
            "value_column": value if self._value_chosen and value >= 0 else None,
            "header_line": self.plan.reading.header_line or None,
        }

        def work() -> ImportPlan:
            return plan_import(self.detail, self.data, **overrides)

        plan = plan_in_background(self, work) if len(self.data) > LARGE_FILE else work()
        if plan is not None:
            self.plan = plan
        self._show_plan()

    def _show_plan(self) -> None:
        from personabuilder.charts.numbers import format_number, format_period

        plan, reading = self.plan, self.plan.reading
        self.value_box.blockSignals(True)
        self.value_box.clear()
        self.value_box.addItem(self.tr("Choose the column of values"), -1)
        for column, header in enumerate(reading.headers):
            self.value_box.addItem(
                header or self.tr("Column %1").replace("%1", str(column + 1)), column
            )
        self.value_box.setEnabled(reading.layout is Layout.LONG and bool(reading.headers))
        self.value_box.blockSignals(False)
        value_column = reading.value_column
        for box, value in (
            (self.layout_box, reading.layout.value),
            (self.decimal_box, {True: "comma", False: "point", None: ""}[reading.decimal_comma]),
            (self.day_box, {True: "dmy", False: "mdy", None: ""}[reading.day_first]),
            (self.value_box, -1 if value_column is None else value_column),
        ):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(value))
            box.blockSignals(False)
        delimiter = {",": ",", ";": ";", "\t": self.tr("tab")}.get(
            reading.delimiter, reading.delimiter
        )
        self.detected.setText(
            self.tr("Encoding %1 · separator %2 · header on line %3")
            .replace("%1", reading.encoding)
            .replace("%2", delimiter)
            .replace("%3", str(reading.header_line))
        )
        self.columns.setColumnCount(len(reading.headers))
        self.columns.setHorizontalHeaderLabels(list(reading.headers))
        for column, role in enumerate(reading.roles):
            box = QComboBox()
            for each in Role:
                box.addItem(role_label(each), each.value)
            box.setCurrentIndex(list(Role).index(role))
            box.currentIndexChanged.connect(lambda _i: self._role_chosen())
            self.columns.setCellWidget(0, column, box)

        self.values.setRowCount(len(plan.values))
        for row, planned in enumerate(plan.values):
            metric = planned.metric
            cells = [
                str(planned.record.line),
                planned.stage,
                metric.name,
                format_period(planned.period, metric.granularity, self.lang),
                format_number(planned.record.value, metric.unit, self.lang),
                format_number(planned.previous, metric.unit, self.lang)
                if planned.previous is not None
                else "",
            ]
            for column, text in enumerate(cells):
                self.values.setItem(row, column, QTableWidgetItem(text))
        self.problems.setRowCount(len(plan.problems))
        for row, problem in enumerate(plan.problems):
            line = str(problem.line) if problem.line else self.tr("file")
            self.problems.setItem(row, 0, QTableWidgetItem(line))
            self.problems.setItem(row, 1, QTableWidgetItem(problem.message(self.lang)))
        if plan.undecided:
            self.problems_title.setText(
                self.tr("%n question(s) to answer first", "", len(plan.undecided))
            )
        else:
            self.problems_title.setText(
                self.tr("%n row(s) cannot be imported", "", len(plan.problems))
            )
        # What the file could not tell stands out, in the box that settles it and above.
        for box, open_question in (
            (self.decimal_box, reading.decimal_comma is None),
            (self.day_box, reading.day_first is None),
            (self.value_box, value_column is None and bool(reading.value_columns)),
        ):
            box.setStyleSheet(_QUESTION_BOX if open_question else "")
        self.summary.setStyleSheet(_QUESTION_BANNER if plan.undecided else "")
        count = len(plan.values)
        metrics = len({p.metric.id for p in plan.values})
        amounts = (
            self.tr("%1 for %2")
            .replace("%1", self.tr("%n value(s)", "", count))
            .replace("%2", self.tr("%n metric(s)", "", metrics))
        )
        if plan.undecided:
            self.summary.setText(
                self.tr(
                    "The file does not tell how to read it: choose below what the rows on the "
                    "right ask. Nothing is imported until then."
                )
            )
        elif not count:
            self.summary.setText(self.tr("Nothing in this file can be imported into this map."))
        elif plan.problems:
            self.summary.setText(
                self.tr("To import: %1. The rows listed on the right will be left out.").replace(
                    "%1", amounts
                )
            )
        else:
            self.summary.setText(self.tr("To import: %1.").replace("%1", amounts))
        self.import_button.setText(self.tr("Import %n Value(s)", "", count))
        self.import_button.setEnabled(count > 0)


def ask_import(
    parent: QWidget,
    detail: JourneyDetail,
    data: bytes,
    name: str,
    plan: ImportPlan | None = None,
) -> ImportPlan | None:
    """Shows the preview; the plan the user confirmed, or None (tests replace this)."""
    preview = ImportPreview(parent, detail, data, name, plan)
    return preview.plan if preview.exec() == QDialog.DialogCode.Accepted else None


def run_import(parent: QWidget, session: EditSession, journey_id: uuid.UUID) -> bool:
    """File › preview › one undoable step; True when values were imported."""
    if session.read_only:
        # Refused before a file is chosen and read: nothing could be kept of it.
        dialogs.warn(
            parent,
            QCoreApplication.translate("MetricsImport", "Import Not Possible"),
            read_only_hint(),
        )
        return False
    path = ask_csv_path(parent)
    if path is None:
        return False
    title = QCoreApplication.translate("MetricsImport", "Import Failed")
    try:
        data = read_csv_file(path)  # refuses a FIFO, a device or an oversized file unread
    except ValidationError as exc:
        text = QCoreApplication.translate(
            "MetricsImport", "The file %1 cannot be imported: it is no regular file, or over %2 MB."
        )
        limit = str(MAX_BYTES // 2**20)
        dialogs.warn(parent, title, text.replace("%1", path.name).replace("%2", limit), str(exc))
        return False
    except OSError as exc:
        dialogs.warn(
            parent,
            title,
            QCoreApplication.translate("MetricsImport", "The file %1 could not be read.").replace(
                "%1", path.name
            ),
            exc.strerror or str(exc),
        )
        return False
    detail = session.services.journeys.get(journey_id)
    first = None
    if len(data) > LARGE_FILE:
        # A big file is read behind a progress box, off the GUI thread.
        first = plan_in_background(parent, lambda: plan_import(detail, data))
        if first is None:
            return False
    plan = ask_import(parent, detail, data, path.name, first)
    if plan is None or not plan.values:
        return False
    if session.before_import is not None:
        try:
            session.before_import()
        except Exception as exc:  # noqa: BLE001 - no backup, no import: say why
            dialogs.warn(
                parent,
                title,
                QCoreApplication.translate(
                    "MetricsImport", "No backup could be made, so nothing was imported."
                ),
                str(exc),
            )
            return False
    command = mc.set_values(
        session,
        journey_id,
        plan.changes(),
        QCoreApplication.translate("MetricsImport", "Import %1").replace("%1", path.name),
    )
    session.undo_stack.push(command)
    return command.error is None
