"""Preferences: stored per user, applied at once (theme, backups) or at the next start."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from personabuilder.ui.shell import preferences
from personabuilder.ui.shell.main_window import MainWindow
from personabuilder.ui.shell.preferences import (
    Preferences,
    PreferencesDialog,
    apply_theme,
    dark_palette,
    load_preferences,
    save_preferences,
)

from .conftest import Answers


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_round_trip_and_bad_values_fall_back(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    assert load_preferences(settings) == Preferences()
    chosen = Preferences("fr", "dark", "A2", "Atelier & Fils", "#D55E00", 25, str(tmp_path))
    save_preferences(settings, chosen)
    again = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    assert load_preferences(again) == chosen
    for key, value in (("language", "de"), ("theme", "neon"), ("backups", "lots"), ("accent", "x")):
        again.setValue(f"preferences/{key}", value)
    fallback = load_preferences(again)
    assert (fallback.language, fallback.theme, fallback.backups, fallback.accent) == (
        "system",
        "system",
        10,
        "#0072B2",
    )


def test_dark_palette_text_is_readable() -> None:
    palette = dark_palette()
    roles = QPalette.ColorRole
    for text, ground in (
        (roles.WindowText, roles.Window),
        (roles.Text, roles.Base),
        (roles.ButtonText, roles.Button),
        (roles.HighlightedText, roles.Highlight),
        (roles.ToolTipText, roles.ToolTipBase),
    ):
        assert _contrast(palette.color(text), palette.color(ground)) >= 4.5, text


def test_theme_applies_and_comes_back(qapp: QApplication) -> None:
    before = qapp.palette()
    style = qapp.style().name()
    try:
        assert apply_theme(qapp, "dark") == "dark"
        assert qapp.palette().color(QPalette.ColorRole.Window) == QColor("#2b2d31")
        assert apply_theme(qapp, "light") == "light"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    finally:
        qapp.setStyle(style)
        qapp.setPalette(before)


def test_edit_preferences_saves_and_announces(
    window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    chosen = Preferences(paper="A4", backups=3, company="Atelier")
    monkeypatch.setattr(preferences, "ask_preferences", lambda _parent, prefs: chosen)
    monkeypatch.setattr(preferences, "apply_theme", lambda app, theme: "light")
    seen: list[object] = []
    window.preferences_changed.connect(seen.append)
    window.actions_by_id["preferences"].trigger()
    assert load_preferences(settings) == chosen
    assert seen == [chosen]


def test_new_workspace_takes_the_default_branding(
    window: MainWindow, settings: QSettings, tmp_path: Path, answers: Answers
) -> None:
    save_preferences(settings, Preferences(company="Atelier Conseil", accent="#009E73"))
    from personabuilder.ui.common import dialogs

    target = tmp_path / "Client B.pbw"
    original = dialogs.ask_save_path
    dialogs.ask_save_path = lambda *_a: target  # type: ignore[assignment]
    try:
        window.actions_by_id["new"].trigger()
    finally:
        dialogs.ask_save_path = original
    assert window.session is not None
    branding = window.session.services.branding.get()
    assert (branding.company, branding.accent) == ("Atelier Conseil", "#009E73")


def test_dialog_reads_what_it_shows(qapp: QApplication) -> None:
    prefs = Preferences("en", "light", "A4", "Co", "#123456", 7, "")
    dialog = PreferencesDialog(None, prefs)  # type: ignore[arg-type]
    assert dialog.result_preferences() == prefs
    dialog.deleteLater()


def test_disabled_widgets_stay_dark_and_legible() -> None:
    palette = dark_palette()
    disabled = QPalette.ColorGroup.Disabled
    base = palette.color(disabled, QPalette.ColorRole.Base)
    assert base.lightness() < 60
    assert _contrast(palette.color(disabled, QPalette.ColorRole.Text), base) >= 4.5


def test_the_export_dialog_starts_on_the_preferred_poster_paper(
    window: MainWindow,
    settings: QSettings,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    from personabuilder.ui.deliverables import export_dialog

    path = tmp_path / "demo.pbw"
    shutil.copyfile(demo_file, path)
    assert window.open_workspace(path)
    save_preferences(settings, Preferences(paper="A2"))
    shown: list[str] = []
    monkeypatch.setattr(
        export_dialog.ExportDialog, "exec", lambda self: shown.append(self.paper.currentData())
    )
    window.actions_by_id["export"].trigger()
    assert shown == ["A2"]


def test_the_accent_colour_is_picked_not_typed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from personabuilder.ui.common import colour_button

    answers: list[str | None] = [None, "#009e73"]
    monkeypatch.setattr(colour_button, "ask_colour", lambda *_args: answers.pop(0))
    dialog = PreferencesDialog(None, Preferences(accent="#0072B2"))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert isinstance(dialog.accent, colour_button.ColourButton)
    qtbot.mouseClick(dialog.accent, Qt.MouseButton.LeftButton)  # cancelled: nothing changes
    assert dialog.result_preferences().accent == "#0072B2"
    qtbot.mouseClick(dialog.accent, Qt.MouseButton.LeftButton)
    assert dialog.result_preferences().accent == "#009E73"
    dialog.accent.set_colour("not a colour")
    assert dialog.result_preferences().accent == "#009E73"
