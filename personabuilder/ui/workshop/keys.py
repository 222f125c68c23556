"""The workshop's keyboard: one table of keys, shared by the projection and presenter windows."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from personabuilder.model import CaptureKind
from personabuilder.ui.workshop.controller import WorkshopController

Key = Qt.Key

# Digits as the keys of the top row give them without Shift on QWERTY (1..9) and AZERTY
# (& é " ' ( - è _ ç), and with Shift on QWERTY (! @ # $ % ^ & * (). Plain number = add,
# Shift+number = take away, whatever the layout.
_PLAIN_DIGITS = {getattr(Key, f"Key_{n}"): n for n in range(1, 10)} | {
    Key.Key_Ampersand: 1,
    Key.Key_Eacute: 2,
    Key.Key_QuoteDbl: 3,
    Key.Key_Apostrophe: 4,
    Key.Key_ParenLeft: 5,
    Key.Key_Minus: 6,
    Key.Key_Egrave: 7,
    Key.Key_Underscore: 8,
    Key.Key_Ccedilla: 9,
}
_SHIFTED_DIGITS = {getattr(Key, f"Key_{n}"): n for n in range(1, 10)} | {
    Key.Key_Exclam: 1,
    Key.Key_At: 2,
    Key.Key_NumberSign: 3,
    Key.Key_Dollar: 4,
    Key.Key_Percent: 5,
    Key.Key_AsciiCircum: 6,
    Key.Key_Ampersand: 7,
    Key.Key_Asterisk: 8,
    Key.Key_ParenLeft: 9,
}
_CAPTURE_KEYS = {
    Key.Key_P: CaptureKind.PAIN_POINT,
    Key.Key_I: CaptureKind.IDEA,
    Key.Key_Q: CaptureKind.QUESTION,
    Key.Key_K: CaptureKind.PARKING,
}


def number_of(event: QKeyEvent) -> tuple[int, bool] | None:
    """The number 1..9 a key press means, and whether Shift was held; None for other keys."""
    mods = event.modifiers()
    shifted = bool(mods & Qt.KeyboardModifier.ShiftModifier)
    if mods & Qt.KeyboardModifier.KeypadModifier:
        n = _PLAIN_DIGITS.get(Key(event.key()))
        return None if n is None or event.key() > Key.Key_9 else (n, False)
    table = _SHIFTED_DIGITS if shifted else _PLAIN_DIGITS
    n = table.get(Key(event.key()))
    return None if n is None else (n, shifted)


def key_help() -> tuple[tuple[str, str], ...]:
    """(keys, what they do) for the presenter view and the projection's hint line."""
    return (
        (
            QCoreApplication.translate("WorkshopKeys", "Left / Right"),
            QCoreApplication.translate("WorkshopKeys", "previous / next stage"),
        ),
        (
            QCoreApplication.translate("WorkshopKeys", "Shift+Down / Shift+Up"),
            QCoreApplication.translate("WorkshopKeys", "next / previous page of a long stage"),
        ),
        (
            QCoreApplication.translate("WorkshopKeys", "Home / End"),
            QCoreApplication.translate("WorkshopKeys", "first / last stage"),
        ),
        ("P", QCoreApplication.translate("WorkshopKeys", "capture a pain point")),
        ("I", QCoreApplication.translate("WorkshopKeys", "capture an idea")),
        ("Q", QCoreApplication.translate("WorkshopKeys", "capture a question")),
        ("K", QCoreApplication.translate("WorkshopKeys", "park an item")),
        (
            QCoreApplication.translate("WorkshopKeys", "1 to 9, Tab"),
            QCoreApplication.translate("WorkshopKeys", "choose a persona"),
        ),
        (
            QCoreApplication.translate("WorkshopKeys", "Up / Down"),
            QCoreApplication.translate("WorkshopKeys", "raise / lower their emotion score"),
        ),
        (
            QCoreApplication.translate("WorkshopKeys", "V, then 1 to 9"),
            QCoreApplication.translate(
                "WorkshopKeys", "vote for an idea (Shift takes a vote away)"
            ),
        ),
        ("O", QCoreApplication.translate("WorkshopKeys", "overview of the whole map")),
        (
            QCoreApplication.translate("WorkshopKeys", "Ctrl+Z / Ctrl+Shift+Z"),
            QCoreApplication.translate("WorkshopKeys", "undo / redo"),
        ),
        (
            QCoreApplication.translate("WorkshopKeys", "Ctrl+= / Ctrl+-"),
            QCoreApplication.translate("WorkshopKeys", "zoom"),
        ),
        ("T", QCoreApplication.translate("WorkshopKeys", "light / dark theme")),
        ("B", QCoreApplication.translate("WorkshopKeys", "break: pause the timers")),
        ("F11", QCoreApplication.translate("WorkshopKeys", "full screen")),
        ("Esc", QCoreApplication.translate("WorkshopKeys", "leave the workshop")),
    )


def handle_key(ctrl: WorkshopController, event: QKeyEvent) -> bool:
    """Acts on a key press of workshop mode; False when the key means nothing here."""
    key = event.key()
    mods = event.modifiers()
    ctrl_held = bool(mods & Qt.KeyboardModifier.ControlModifier)
    shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
    if event.matches(QKeySequence.StandardKey.Undo):
        ctrl.undo()
        return True
    if event.matches(QKeySequence.StandardKey.Redo) or (ctrl_held and shift and key == Key.Key_Z):
        ctrl.redo()
        return True
    if event.matches(QKeySequence.StandardKey.ZoomIn) or (
        ctrl_held and key in (Key.Key_Equal, Key.Key_Plus)
    ):
        ctrl.zoom_in()
        return True
    if event.matches(QKeySequence.StandardKey.ZoomOut) or (ctrl_held and key == Key.Key_Minus):
        ctrl.zoom_out()
        return True
    if ctrl_held and key == Key.Key_0:
        ctrl.set_zoom(1.0)
        return True
    if ctrl_held or mods & Qt.KeyboardModifier.AltModifier:
        return False
    if key == Key.Key_Escape:
        if ctrl.vote_mode:
            ctrl.set_vote_mode(False)
        elif ctrl.overview:
            ctrl.toggle_overview()
        else:
            ctrl.leave()
        return True
    number = number_of(event)
    if number is not None and ctrl.vote_mode:
        n, take_away = number
        ctrl.vote(n, -1 if take_away else 1)
        return True
    if number is not None and not number[1]:
        ctrl.select_persona(number[0] - 1)
        return True
    walk: dict[Key, Callable[[], None]] = {
        Key.Key_Right: lambda: ctrl.step(1),
        Key.Key_Left: lambda: ctrl.step(-1),
        # Presentation clickers send Page Down / Page Up: the stage's pages, then the stages.
        Key.Key_PageDown: ctrl.forward,
        Key.Key_PageUp: ctrl.backward,
        Key.Key_Home: lambda: ctrl.go_to(0),
        Key.Key_End: lambda: ctrl.go_to(len(ctrl.stages) - 1),
    }
    if key in walk:
        walk[Key(key)]()
        return True
    if key in (Key.Key_Up, Key.Key_Down):
        if shift:
            ctrl.turn_page(-1 if key == Key.Key_Up else 1)
        else:
            ctrl.change_emotion(1 if key == Key.Key_Up else -1)
        return True
    if key in (Key.Key_Tab, Key.Key_Backtab):
        ctrl.cycle_persona(-1 if key == Key.Key_Backtab or shift else 1)
        return True
    if key in _CAPTURE_KEYS and not shift:
        ctrl.request_capture(_CAPTURE_KEYS[Key(key)])
        return True
    simple = {
        Key.Key_V: lambda: ctrl.set_vote_mode(not ctrl.vote_mode),
        Key.Key_O: ctrl.toggle_overview,
        Key.Key_T: ctrl.toggle_theme,
        Key.Key_B: ctrl.toggle_pause,
    }
    if key in simple and not shift:
        simple[Key(key)]()
        return True
    return False
