"""The French translation: complete, in step with the code, and written in French typography."""

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from personabuilder.ui.shell.main_window import action_table

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "personabuilder_fr.ts"
QT_TOOLS = Path(sys.executable).parent
NO_BREAK_SPACES = "\u00a0\u202f"

Key = tuple[str, str, str]  # context, source, disambiguation


@dataclass(frozen=True)
class Message:
    """One <message> of a .ts file."""

    context: str
    source: str
    comment: str
    numerus: bool
    state: str  # the translation's type attribute: "" when finished
    forms: tuple[str, ...]

    @property
    def key(self) -> Key:
        """What Qt looks a translation up by."""
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> list[Message]:
    """Every message of a .ts file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: a message without <translation>"
            forms = [f.text or "" for f in translation.iter("numerusform")]
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    state=translation.get("type", ""),
                    forms=tuple(forms) if forms else (translation.text or "",),
                )
            )
    return messages


def ui_sources() -> list[str]:
    """The files `make update-translations` hands to lupdate, relative to the repository."""
    ui = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "personabuilder/ui").rglob("*.py"))
    return ["personabuilder/app.py", *ui]


def qt_tool(name: str) -> str:
    """A Qt tool installed with PySide6, next to this interpreter."""
    tool = QT_TOOLS / name
    if not tool.exists():
        pytest.fail(f"{name} is missing next to {Path(sys.executable).name}: reinstall PySide6")
    return str(tool)


def describe(key: Key) -> str:
    """A message key as a developer would search for it in the code."""
    context, source, comment = key
    return f"{context!r}, {source!r}" + (f" ({comment!r})" if comment else "")


@pytest.fixture(scope="module")
def committed() -> list[Message]:
    """The messages of the committed French .ts."""
    return read_ts(TS_FILE)


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """The French .ts as lupdate makes it from today's code (translations carried over)."""
    ts = tmp_path_factory.mktemp("lupdate") / TS_FILE.name
    shutil.copyfile(TS_FILE, ts)
    subprocess.run(
        [qt_tool("pyside6-lupdate"), "-silent", *ui_sources(), "-no-obsolete", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=60,
    )
    return read_ts(ts)


@pytest.fixture(scope="module")
def translator(tmp_path_factory: pytest.TempPathFactory) -> QTranslator:
    """The compiled French translation, loaded."""
    qm = tmp_path_factory.mktemp("lrelease") / "personabuilder_fr.qm"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(TS_FILE), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    loaded = QTranslator()
    assert loaded.load(str(qm)), f"Qt cannot load {qm.name}"
    return loaded


def test_every_message_is_translated(committed: list[Message]) -> None:
    untranslated = [
        describe(m.key) for m in committed if m.state or not all(f.strip() for f in m.forms)
    ]
    assert committed
    assert untranslated == [], "unfinished, obsolete or empty French translations"


def test_plural_messages_have_both_french_forms(committed: list[Message]) -> None:
    plurals = [m for m in committed if m.numerus]
    wrong = [describe(m.key) for m in plurals if len(m.forms) != 2]
    assert wrong == [], "French has two plural forms (n ≤ 1 and n ≥ 2)"


def test_translation_is_up_to_date_with_the_code(
    committed: list[Message], refreshed: list[Message]
) -> None:
    in_code = {m.key for m in refreshed}
    in_file = {m.key for m in committed}
    missing = sorted(in_code - in_file)
    extra = sorted(in_file - in_code)
    report = [f"  new in the code, not in the .ts: {describe(k)}" for k in missing]
    report += [f"  in the .ts, gone from the code: {describe(k)}" for k in extra]
    assert not report, (
        f"{TS_FILE.name} does not match the code:\n"
        + "\n".join(report)
        + "\nRun `make update-translations`, then translate the new entries. (If an entry "
        "listed as gone is still called in the code, lupdate cannot see that call: see "
        "test_lupdate_sees_every_translate_call.)"
    )


class _TranslateCalls(ast.NodeVisitor):
    """Finds the translate() and self.tr() calls of a module whose texts are literals."""

    def __init__(self) -> None:
        self.found: list[tuple[Key, int]] = []
        self._aliases: set[str] = set()
        self._classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        if _is_translate(node.value):
            self._aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        texts = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        func = node.func
        if _is_translate(func) or (isinstance(func, ast.Name) and func.id in self._aliases):
            if len(texts) >= 2 and isinstance(texts[0], str) and isinstance(texts[1], str):
                comment = texts[2] if len(texts) > 2 and isinstance(texts[2], str) else ""
                self.found.append(((texts[0], texts[1], comment), node.lineno))
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            and self._classes
            and texts
            and isinstance(texts[0], str)
        ):
            comment = texts[1] if len(texts) > 1 and isinstance(texts[1], str) else ""
            self.found.append(((self._classes[-1], texts[0], comment), node.lineno))
        self.generic_visit(node)


def _is_translate(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and isinstance(node.value, ast.Name)
        and node.value.id == "QCoreApplication"
    )


def test_lupdate_sees_every_translate_call(refreshed: list[Message]) -> None:
    extracted = {m.key for m in refreshed}
    unseen = []
    for source in ui_sources():
        calls = _TranslateCalls()
        calls.visit(ast.parse((ROOT / source).read_text("utf-8")))
        unseen += [
            f"  {source}:{line}: {describe(k)}" for k, line in calls.found if k not in extracted
        ]
    assert unseen == [], (
        "lupdate cannot see these calls, so `make update-translations` drops their French:\n"
        + "\n".join(unseen)
        + "\nCall QCoreApplication.translate(...) by that name (lupdate does not follow "
        "aliases such as `tr = QCoreApplication.translate`) and outside f-strings."
    )


PLACEHOLDER = re.compile(r"%(?:\d+|n)")
HTML_TAG = re.compile(r"<[^>]*>")
HTML_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
URL = re.compile(r"\b[a-z][\w+.-]*://\S+")


def mnemonics(text: str) -> int:
    """How many shortcut ampersands a label has (`&&` is a literal ampersand)."""
    text = HTML_ENTITY.sub("", text).replace("&&", "")
    return len(re.findall(r"&(?=\w)", text))


def test_placeholders_and_mnemonics_are_kept(committed: list[Message]) -> None:
    wrong = []
    for m in committed:
        for form in m.forms:
            if Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(m.source)):
                wrong.append(f"{describe(m.key)}: placeholders differ in {form!r}")
            if mnemonics(form) != mnemonics(m.source):
                wrong.append(f"{describe(m.key)}: shortcut '&' count differs in {form!r}")
    assert wrong == []


def typography_errors(text: str) -> list[str]:
    """What breaks French typography in the visible text of a translation."""
    visible = URL.sub("", HTML_TAG.sub("", text))
    errors = []
    if "..." in visible:
        errors.append("'...' instead of '…'")
    for match in re.finditer(r"[:;!?]", visible):
        before = visible[match.start() - 1] if match.start() else ""
        if before == " " or before.isalpha():
            errors.append(f"no no-break space before {match.group()!r}")
    if re.search(f"«[^{NO_BREAK_SPACES}]", visible) or re.search(f"[^{NO_BREAK_SPACES}]»", visible):
        errors.append("no no-break space inside « »")
    return errors


def test_translations_follow_french_typography(committed: list[Message]) -> None:
    wrong = [
        f"{describe(m.key)}: {error} in {form!r}"
        for m in committed
        for form in m.forms
        for error in typography_errors(form)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nom\u00a0:", []),
        ("Titre\u202f?", []),
        ("<p style='color: red'>Prêt\u00a0!</p>", []),
        ("Voir https://example.org/a?b=1", []),
        ("Espaces (*.pbw);;Tous les fichiers (*)", []),
        ("Nom :", ["no no-break space before ':'"]),
        ("Nom:", ["no no-break space before ':'"]),
        ("Ouvrir...", ["'...' instead of '…'"]),
        ("« %1 »", ["no no-break space inside « »"]),
    ],
)
def test_typography_check(text: str, expected: list[str]) -> None:
    assert typography_errors(text) == expected


def test_menu_shortcut_letters_are_unique(translator: QTranslator) -> None:
    def french(source: str) -> str:
        # Falls back to the text itself if a translator is already installed in the app.
        return translator.translate("MainWindow", source) or source

    bar = ("&File", "&Edit", "&View", "&Persona", "&Journey", "&Help")
    menus: dict[str, list[str]] = {"menu bar": [french(t) for t in bar]}
    for spec in action_table():
        source = {"undo": "&Undo", "redo": "&Redo"}.get(spec.id, spec.text)
        menus.setdefault(spec.menu, []).append(french(source))
    clashes = []
    for menu, labels in menus.items():
        letters = Counter(
            m.group(1).casefold()
            for label in labels
            if (m := re.search(r"&(\w)", label.replace("&&", "")))
        )
        clashes += [f"{menu}: '{k}' in {labels}" for k, n in letters.items() if n > 1]
    assert clashes == []


def test_compiled_translation_loads_in_qt(translator: QTranslator) -> None:
    assert translator.translate("MainWindow", "&File") == "&Fichier"
    assert translator.translate("Commands", "Rename journey map") == "Renommer le parcours"
    assert translator.translate("SidebarModel", "Journey maps (%n)", "", 2) == "Parcours (%n)"


def test_english_catalogue_gives_every_plural_its_two_forms() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(TS_FILE.with_name("personabuilder_en.ts")).getroot()
    messages = root.findall(".//message[@numerus='yes']")
    assert messages, "the English catalogue holds the plural forms"
    for message in messages:
        forms = [f.text or "" for f in message.findall("./translation/numerusform")]
        assert len(forms) == 2
        assert all("%n" in form for form in forms), message.findtext("source")
