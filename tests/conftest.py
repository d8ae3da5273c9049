"""Shared fixtures: every test gets its own database file under tmp_path; Qt runs offscreen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANGUAGE", "de")

from datetime import date
from pathlib import Path

import pytest

from lotsendesk.domain.lotse_record import LotseData, RolleAb
from lotsendesk.domain.people import Rolle
from lotsendesk.services.database import Database, open_database


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data folder."""
    monkeypatch.setenv("LOTSENDESK_DATA_DIR", str(tmp_path / "userdata"))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path):
    """Window geometry, column widths and the last import folder go to QSettings: never the real ones."""
    from PySide6.QtCore import QSettings, QStandardPaths

    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "test.sqlite")
    yield database
    database.close()


def add_lotse(db: Database, nr: str, nachname: str, vorname: str = "", **kwargs) -> int:
    """A Lots*in with sensible defaults for tests."""
    from lotsendesk.services.lotsen import create_lotse

    kwargs.setdefault("eintritt", date(2024, 1, 1))
    kwargs.setdefault("rollen", (RolleAb(Rolle.LOTSIN),))
    return create_lotse(db, LotseData(nr=nr, nachname=nachname, vorname=vorname, **kwargs))
