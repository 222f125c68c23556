"""The app tells, in one sentence in its own language, what it did with a foreign -wal."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from personabuilder import app as pbapp
from tests.integration.test_wal_trust import _foreign_wal


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    pbapp._install_translator(qapp, "fr")
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def foreign_wal_beside(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Clients.pbw"
    shutil.copyfile(demo_file, path)
    Path(f"{path}-wal").write_bytes(_foreign_wal(tmp_path / "other"))
    return path


def _open(path: Path) -> list[tuple[str, str]]:
    told: list[tuple[str, str]] = []
    gateway = pbapp.StoreGateway()
    gateway.notify = lambda text, detail: told.append((text, detail))
    gateway.open(path).close()
    return told


def test_the_set_aside_is_told_in_french_in_one_sentence(
    french: None, foreign_wal_beside: Path
) -> None:
    before = foreign_wal_beside.read_bytes()
    [(text, detail)] = _open(foreign_wal_beside)
    assert text.startswith("Un fichier journal laissé à côté de «\u00a0Clients.pbw\u00a0»")
    assert "la base de données d’une autre application" in text
    assert "Clients.pbw-wal.set-aside-" in text
    assert "\n" not in text
    assert text.endswith("laissé tel quel.")  # one sentence, ending with its full stop
    assert detail == ""  # no English detail under a French sentence
    assert foreign_wal_beside.read_bytes() == before


def test_the_set_aside_is_told_in_english(foreign_wal_beside: Path) -> None:
    [(text, detail)] = _open(foreign_wal_beside)
    assert "did not belong to it (it would make the file another application's database)" in text
    assert detail == ""
