"""Edit › Preferences: language, theme, default paper, branding defaults, backups, folders.

Preferences live in QSettings (per user, not in a workspace); the language applies at the
next start, everything else at once.
"""

from dataclasses import dataclass, fields, replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyleFactory,
    QWidget,
)

from personabuilder.ui.common.colour_button import ColourButton

LANGUAGES = ("system", "en", "fr")
THEMES = ("system", "light", "dark")
PAPERS = ("A3", "A4", "A2", "A1", "A0")


@dataclass(frozen=True)
class Preferences:
    """The user's choices that outlive any one workspace."""

    language: str = "system"
    theme: str = "system"
    paper: str = "A3"
    company: str = ""  # branding given to new workspaces
    accent: str = "#0072B2"
    backups: int = 10  # automatic backups kept per workspace
    workspaces_folder: str = ""  # where New and Open start ("" = home folder)


def load_preferences(settings: QSettings) -> Preferences:
    """The stored preferences, with defaults for anything missing or out of range."""
    defaults = Preferences()
    values = {}
    for f in fields(Preferences):
        raw = settings.value(f"preferences/{f.name}", getattr(defaults, f.name))
        values[f.name] = raw
    try:
        backups = int(str(values["backups"]))
    except (TypeError, ValueError):
        backups = defaults.backups
    prefs = Preferences(
        language=str(values["language"]) if values["language"] in LANGUAGES else "system",
        theme=str(values["theme"]) if values["theme"] in THEMES else "system",
        paper=str(values["paper"]) if values["paper"] in PAPERS else "A3",
        company=str(values["company"] or "")[:200],
        accent=str(values["accent"]) if QColor.isValidColorName(str(values["accent"])) else "",
        backups=max(1, min(100, backups)),
        workspaces_folder=str(values["workspaces_folder"] or ""),
    )
    return prefs if prefs.accent else replace(prefs, accent=defaults.accent)


def save_preferences(settings: QSettings, prefs: Preferences) -> None:
    """Stores the preferences."""
    for f in fields(Preferences):
        settings.setValue(f"preferences/{f.name}", getattr(prefs, f.name))
    settings.sync()


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (text contrast at least 7:1 on its background)."""
    palette = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d31"), QColor("#e8e8e8")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, window)
        palette.setColor(group, QPalette.ColorRole.WindowText, text)
        palette.setColor(group, QPalette.ColorRole.Base, base)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#26282c"))
        palette.setColor(group, QPalette.ColorRole.Text, text)
        palette.setColor(group, QPalette.ColorRole.Button, window)
        palette.setColor(group, QPalette.ColorRole.ButtonText, text)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, base)
        palette.setColor(group, QPalette.ColorRole.ToolTipText, text)
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#1f5f99"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#8cc4f2"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#a0a0a0"))
    # Disabled widgets keep dark grounds (Qt's defaults would turn them light grey).
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.Base, QColor("#26282c")),
        (QPalette.ColorRole.Button, window),
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, colour)
    disabled = QColor("#9a9a9a")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, theme: str) -> str:
    """Applies light, dark or the system's scheme; returns the scheme in effect."""
    hints = QGuiApplication.styleHints()
    scheme = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)  # Qt 6.8+: the platform follows where it can
    dark = hints.colorScheme() == Qt.ColorScheme.Dark if theme == "system" else theme == "dark"
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return "dark" if dark else "light"


class PreferencesDialog(QDialog):
    """Edits the preferences."""

    def __init__(self, parent: QWidget, prefs: Preferences) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        for key, text in (
            ("system", self.tr("As the system")),
            ("en", "English"),
            ("fr", "Français"),
        ):
            self.language.addItem(text, key)
        self.theme = QComboBox()
        for key, text in (
            ("system", self.tr("As the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, key)
        self.paper = QComboBox()
        for size in PAPERS:
            self.paper.addItem(size, size)
        self.company = QLineEdit(prefs.company)
        self.company.setMaxLength(200)
        self.accent = ColourButton(prefs.accent, self.tr("Accent colour for new workspaces"))
        self.backups = QSpinBox()
        self.backups.setRange(1, 100)
        self.backups.setValue(prefs.backups)
        self.folder = QLineEdit(prefs.workspaces_folder)
        self.folder.setPlaceholderText(str(Path.home()))
        browse = QPushButton(self.tr("Choose..."))
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        for box, value in (
            (self.language, prefs.language),
            (self.theme, prefs.theme),
            (self.paper, prefs.paper),
        ):
            box.setCurrentIndex(max(box.findData(value), 0))
        note = QLabel(self.tr("A new language applies the next time PersonaBuilder starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(note)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Default poster paper:"), self.paper)
        form.addRow(self.tr("Company name for new workspaces:"), self.company)
        form.addRow(self.tr("Accent colour for new workspaces:"), self.accent)
        form.addRow(self.tr("Automatic backups kept per workspace:"), self.backups)
        form.addRow(self.tr("Workspaces folder:"), folder_row)
        form.addRow(buttons)

    @Slot()
    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Workspaces Folder"))
        if chosen:
            self.folder.setText(chosen)

    def result_preferences(self) -> Preferences:
        """The preferences as chosen."""
        return Preferences(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            paper=str(self.paper.currentData()),
            company=self.company.text().strip(),
            accent=self.accent.colour().upper(),
            backups=self.backups.value(),
            workspaces_folder=self.folder.text().strip(),
        )


def ask_preferences(parent: QWidget, prefs: Preferences) -> Preferences | None:
    """Shows the preferences; the new ones, or None when cancelled (tests replace this)."""
    dialog = PreferencesDialog(parent, prefs)
    return dialog.result_preferences() if dialog.exec() == QDialog.DialogCode.Accepted else None
