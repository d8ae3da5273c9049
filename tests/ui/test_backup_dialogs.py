"""The Sicherung dialogs: save a copy, restore with a preview and a question, choose the folder, back up on close."""

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lotsendesk.services.backup import backup_folder, create_backup, describe_backup
from lotsendesk.services.database import open_database
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.lotsen import list_lotsen
from lotsendesk.ui import backup_dialogs as module
from lotsendesk.ui.backup_dialogs import (
    BackupSettingsDialog,
    backup_on_close,
    create_backup_dialog,
    last_backup_text,
    restore_backup_dialog,
)
from tests.conftest import add_lotse


@pytest.fixture
def told(monkeypatch):
    """What the message boxes said: (kind, text)."""
    messages: list[tuple[str, str]] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda _p, _t, text, *a, _name=name, **k: messages.append((_name, text)) or QMessageBox.StandardButton.Ok,
        )
    return messages


@pytest.fixture
def asked(monkeypatch):
    """The questions asked; answer with ``asked.answer`` (Yes by default)."""

    class Questions(list):
        answer = QMessageBox.StandardButton.Yes

    questions = Questions()

    def question(_parent, _title, text, *_args, **_kwargs):
        questions.append(text)
        return questions.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def _names(path: Path) -> list[str]:
    db = open_database(path)
    try:
        return sorted(row.nachname for row in list_lotsen(db))
    finally:
        db.close()


# --- Sicherung erstellen… -------------------------------------------------------------------------------------
def test_create_saves_a_checked_copy_where_the_user_chooses(qtbot, db, tmp_path, monkeypatch, told) -> None:
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    target = tmp_path / "stick" / "meine-sicherung.sqlite"
    target.parent.mkdir()
    suggested = []
    monkeypatch.setattr(module, "choose_backup_target", lambda parent, path: suggested.append(path) or target)
    assert create_backup_dialog(None, db) is True
    assert describe_backup(target).lotsen == 1
    assert suggested[0].name.startswith("test-Sicherung-") and suggested[0].suffix == ".sqlite"
    assert told == [
        (
            "information",
            f"Die Sicherung „{target}“ wurde gespeichert und geprüft.\n\nInhalt: 1 Lots*in, 0 Einsätze, 0 Auszahlungen",
        )
    ]
    create_backup_dialog(None, db)  # the next time it suggests the folder used last
    assert suggested[1].parent == target.parent


def test_create_cancelled_writes_nothing(qtbot, db, tmp_path, monkeypatch, told) -> None:
    monkeypatch.setattr(module, "choose_backup_target", lambda parent, path: None)
    assert create_backup_dialog(None, db) is False
    assert told == []
    assert [p.name for p in tmp_path.rglob("*.sqlite")] == ["test.sqlite"]


def test_create_into_a_pulled_stick_says_so(qtbot, db, tmp_path, monkeypatch, told) -> None:
    monkeypatch.setattr(module, "choose_backup_target", lambda parent, path: tmp_path / "USB" / "s.sqlite")
    assert create_backup_dialog(None, db) is False
    assert told == [
        (
            "warning",
            f"Der Ordner „{tmp_path / 'USB'}“ ist nicht erreichbar (ist der USB-Stick eingesteckt?). "
            "Es wurde nichts geschrieben.",
        )
    ]


# --- Sicherung wiederherstellen… ------------------------------------------------------------------------------
@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, Path]:
    """A closed database with three Lots*innen and a Sicherung of it when it had two."""
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    add_lotse(db, "2", "Петренко", "Ольга")
    backup = create_backup(db, tmp_path / "sicherung.sqlite", now=datetime(2026, 11, 30, 17, 45))
    add_lotse(db, "3", "Nguyễn", "Thị Hương")
    db.close()
    return path, backup.path


def test_restore_shows_the_preview_backs_up_and_replaces(qtbot, saved, monkeypatch, told, asked) -> None:
    path, source = saved
    db = open_database(path)  # as the window has it open
    monkeypatch.setattr(module, "choose_backup_source", lambda parent, folder: source)
    closed = []

    def close() -> None:
        assert asked, "the database is closed only after the user said yes"
        db.close()
        closed.append(True)

    assert restore_backup_dialog(None, path, close) == path
    assert closed == [True]
    (question,) = asked
    assert question.startswith("Die Sicherung „sicherung.sqlite“ enthält:\n\nStand: 30.11.2026, 17:45 Uhr\n")
    assert "Gespeichert mit LotsenDesk " in question and "(Datenbankstand " in question
    assert "Inhalt: 2 Lots*innen, 0 Einsätze, 0 Auszahlungen" in question
    assert f"Der jetzige Stand wird vorher im Ordner „{path.parent / 'Sicherungen'}“ gesichert." in question
    assert question.endswith("Wiederherstellen?")
    assert _names(path) == ["Yılmaz", "Петренко"]
    (kind, text), *_ = told
    assert kind == "information" and text.startswith("Die Sicherung wurde wiederhergestellt: 2 Lots*innen")
    previous = next((path.parent / "Sicherungen").glob("verein-vor-Wiederherstellung-*.sqlite"))
    assert f"Der vorherige Stand ist gesichert in „{previous}“." in text
    assert describe_backup(previous).lotsen == 3


def test_restore_answered_no_changes_nothing(qtbot, saved, monkeypatch, told, asked) -> None:
    path, source = saved
    before = path.read_bytes()
    monkeypatch.setattr(module, "choose_backup_source", lambda parent, folder: source)
    asked.answer = QMessageBox.StandardButton.Cancel
    closed = []
    assert restore_backup_dialog(None, path, lambda: closed.append(True)) is None
    assert len(asked) == 1 and closed == [] and told == []
    assert path.read_bytes() == before
    assert not (path.parent / "Sicherungen").exists()


def test_restore_refuses_a_damaged_file_before_asking(qtbot, saved, monkeypatch, told, asked) -> None:
    path, source = saved
    bad = source.with_name("halb.sqlite")
    bad.write_bytes(source.read_bytes()[:5000])
    monkeypatch.setattr(module, "choose_backup_source", lambda parent, folder: bad)
    assert restore_backup_dialog(None, path, lambda: pytest.fail("must not close")) is None
    assert asked == []
    assert told == [
        (
            "warning",
            "Die Sicherung „halb.sqlite“ ist beschädigt (unvollständig kopiert?) und kann nicht verwendet werden.",
        )
    ]


def test_restore_failing_after_the_yes_leaves_the_old_file(qtbot, saved, monkeypatch, told, asked) -> None:
    path, source = saved
    before = path.read_bytes()
    monkeypatch.setattr(module, "choose_backup_source", lambda parent, folder: source)

    def vanished(db_path, chosen, **_kwargs):
        raise ServiceError("Die Sicherung ist nicht mehr erreichbar (wurde der USB-Stick entfernt?).")

    monkeypatch.setattr(module, "restore_backup", vanished)
    closed = []
    assert restore_backup_dialog(None, path, lambda: closed.append(True)) is None
    assert closed == [True]  # the window must open the (unchanged) file again
    assert told == [("warning", "Die Sicherung ist nicht mehr erreichbar (wurde der USB-Stick entfernt?).")]
    assert path.read_bytes() == before


def test_restore_cancelled_in_the_file_chooser(qtbot, saved, monkeypatch, told, asked) -> None:
    path, _source = saved
    monkeypatch.setattr(module, "choose_backup_source", lambda parent, folder: None)
    assert restore_backup_dialog(None, path) is None
    assert asked == [] and told == []


# --- the backup folder ----------------------------------------------------------------------------------------
def test_settings_choose_a_folder_and_back_to_the_default(qtbot, db, tmp_path, monkeypatch, told) -> None:
    stick = tmp_path / "USB"
    stick.mkdir()
    dialog = BackupSettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.folder_edit.text() == str(tmp_path / "Sicherungen")
    assert dialog.last_label.text() == "Noch keine Sicherung"
    monkeypatch.setattr(module, "choose_backup_folder", lambda parent, current: stick)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_edit.text() == str(stick)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen == stick
    assert backup_folder(db) == stick

    dialog = BackupSettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.folder_edit.text() == str(stick)
    qtbot.mouseClick(dialog.default_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert backup_folder(db) == tmp_path / "Sicherungen"
    assert told == []


def test_settings_refuse_a_folder_that_is_gone(qtbot, db, tmp_path, monkeypatch, told) -> None:
    dialog = BackupSettingsDialog(db)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(module, "choose_backup_folder", lambda parent, current: tmp_path / "weg")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert dialog.chosen is None and dialog.result() != dialog.DialogCode.Accepted
    assert told and "ist nicht erreichbar" in told[0][1]
    assert backup_folder(db) == tmp_path / "Sicherungen"


def test_settings_dialog_function_returns_none_when_cancelled(qtbot, db, monkeypatch) -> None:
    monkeypatch.setattr(BackupSettingsDialog, "exec", lambda self: BackupSettingsDialog.DialogCode.Rejected)
    assert module.backup_settings_dialog(None, db) is None


# --- on close -------------------------------------------------------------------------------------------------
def test_backup_on_close_once_a_day(qtbot, db, tmp_path) -> None:
    add_lotse(db, "1", "A")
    text = backup_on_close(db, now=datetime(2026, 12, 1, 18, 3))
    target = tmp_path / "Sicherungen" / "test-2026-12-01.sqlite"
    assert text == f"Sicherung angelegt: {target} (1 Lots*in, 0 Einsätze, 0 Auszahlungen)."
    assert text.failed is False
    assert backup_on_close(db, now=datetime(2026, 12, 1, 22, 0)) is None
    assert last_backup_text(db) == "Letzte Sicherung: 01.12.2026, 18:03"
    for day in range(2, 10):
        text = backup_on_close(db, now=datetime(2026, 12, day, 18, 0))
    assert text.endswith("Eine ältere Sicherung wurde gelöscht.")  # from the 8th day on: the week keeps a newer one


def test_backup_on_close_never_raises(qtbot, db, tmp_path, monkeypatch) -> None:
    stick = tmp_path / "USB"
    stick.mkdir()
    module.set_backup_folder(db, stick)
    stick.rmdir()
    text = backup_on_close(db, now=datetime(2026, 12, 1, 18, 3))
    assert text == (
        f"Die automatische Sicherung wurde nicht angelegt: Der Ordner „{stick}“ ist nicht erreichbar "
        "(ist der USB-Stick eingesteckt?). Es wurde nichts geschrieben."
    )
    assert text.failed is True

    def broken(*_args, **_kwargs):
        raise RuntimeError("unerwartet")

    monkeypatch.setattr(module, "automatic_backup", broken)
    text = backup_on_close(db)
    assert text == (
        "Die automatische Sicherung ist fehlgeschlagen. Ihre Daten in der Datenbank sind davon nicht betroffen."
    )
    assert text.failed is True


# --- encrypted Sicherungen ------------------------------------------------------------------------------------
def test_create_encrypted_asks_for_a_password_and_restore_asks_again(qtbot, tmp_path, monkeypatch, told, asked):
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    target = tmp_path / "stick" / "s.sqlite.enc"
    target.parent.mkdir()
    monkeypatch.setattr(module, "choose_backup_target", lambda parent, suggested: target)
    passwords: list[bool] = []
    monkeypatch.setattr(module, "ask_password", lambda parent, confirm: passwords.append(confirm) or "geheim")
    assert create_backup_dialog(None, db) is True
    assert passwords == [True]
    assert "Yılmaz".encode() not in target.read_bytes()
    assert describe_backup(target, password="geheim").lotsen == 1
    add_lotse(db, "2", "Neu")
    db.close()

    monkeypatch.setattr(module, "choose_backup_source", lambda parent, folder: target)
    assert restore_backup_dialog(None, path) == path
    assert passwords == [True, False] and len(asked) == 1
    assert _names(path) == ["Yılmaz"]


def test_encrypted_cancel_or_wrong_password_changes_nothing(qtbot, tmp_path, monkeypatch, told, asked):
    path = tmp_path / "verein.sqlite"
    db = open_database(path)
    add_lotse(db, "1", "Yılmaz")
    target = tmp_path / "s.sqlite.enc"
    monkeypatch.setattr(module, "choose_backup_target", lambda parent, suggested: target)
    monkeypatch.setattr(module, "ask_password", lambda parent, confirm: None)
    assert create_backup_dialog(None, db) is False
    assert not target.exists() and told == []
    create_backup(db, target, password="richtig")
    db.close()
    before = path.read_bytes()

    monkeypatch.setattr(module, "choose_backup_source", lambda parent, folder: target)
    assert restore_backup_dialog(None, path, lambda: pytest.fail("must not close")) is None  # cancelled
    monkeypatch.setattr(module, "ask_password", lambda parent, confirm: "falsch")
    assert restore_backup_dialog(None, path, lambda: pytest.fail("must not close")) is None
    assert asked == []
    assert told == [("warning", "Das Kennwort passt nicht zu dieser Sicherung.")]
    assert path.read_bytes() == before


def test_ask_password_confirms_and_repeats_on_mismatch(qtbot, monkeypatch, told) -> None:
    from PySide6.QtWidgets import QInputDialog

    answers = iter([("a", True), ("b", True), ("c", True), ("c", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    assert module.ask_password(None, True) == "c"
    assert told == [("warning", "Die beiden Kennwörter stimmen nicht überein. Bitte noch einmal.")]
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("", False))
    assert module.ask_password(None, False) is None
