"""The Datei menu's Stundenzettel and Sicherung entries, the daily Sicherung on close, and reopening after a
restore."""

from datetime import date

import pytest

from lotsendesk.services.backup import list_backups
from lotsendesk.services.lotsen import list_lotse_refs
from lotsendesk.ui import backup_dialogs, stundenzettel_dialog
from lotsendesk.ui.main_window import MainWindow
from tests.conftest import add_lotse


@pytest.fixture
def window(qtbot, db):
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    return win


def test_timesheet_entries_call_the_dialogs(window, monkeypatch):
    calls = []
    monkeypatch.setattr(stundenzettel_dialog, "create_timesheets", lambda parent, db: calls.append("create") or True)
    monkeypatch.setattr(
        stundenzettel_dialog, "import_timesheets", lambda parent, db, stack: calls.append("import") or True
    )
    window.create_timesheets_action.trigger()
    window.import_timesheets_action.trigger()
    assert calls == ["create", "import"]


def test_closing_makes_the_daily_backup_and_the_status_bar_tells(qtbot, db, tmp_path):
    add_lotse(db, "1", "Yılmaz", "Şükrü")
    win = MainWindow(db)
    qtbot.addWidget(win)
    assert win.backup_label.text() == backup_dialogs.last_backup_text(db)
    win.close()
    backups = list_backups(tmp_path / "Sicherungen")
    assert len(backups) == 1 and backups[0].path.name.endswith(f"{date.today().isoformat()}.sqlite")


def test_a_restore_reopens_the_database_and_rebuilds_the_pages(window, db, monkeypatch):
    from lotsendesk.services.backup import create_backup

    backup = db.path.with_name("stand.sqlite")
    create_backup(db, backup)
    add_lotse(db, "2", "Петренко", "Ольга")
    window.show_page("lotsen")
    old_page = window.lotsen_page
    assert old_page.model.rowCount() == 2

    def restore(parent, path, close):
        close()
        backup_path = path.with_name("stand.sqlite")
        path.write_bytes(backup_path.read_bytes())  # what the service does, without its checks
        return path

    monkeypatch.setattr(backup_dialogs, "restore_backup_dialog", restore)
    window.restore_action.trigger()
    assert window.db is not db
    assert [ref.nr for ref in list_lotse_refs(window.db)] == ["1"]
    window.show_page("lotsen")
    assert window.lotsen_page is not old_page and window.lotsen_page.model.rowCount() == 1
    window.db.close()


def test_the_edit_menu_opens_the_protokoll(window, monkeypatch):
    from lotsendesk.ui.protokoll_dialog import ProtokollDialog

    shown = []
    monkeypatch.setattr(ProtokollDialog, "exec", lambda dialog: shown.append(dialog.windowTitle()) or 0)
    window.protokoll_action.trigger()
    assert shown == ["Protokoll"]
