"""The front door in real processes: --version, --self-test on an empty, a demo and a foreign database."""

from pathlib import Path

from lotsendesk import __version__
from tests.test_cli import lotsendesk


def test_version(tmp_path):
    result = lotsendesk(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"LotsenDesk {__version__}"


def test_self_test_on_a_new_empty_database(tmp_path):
    db = tmp_path / "neu.sqlite"
    result = lotsendesk(tmp_path, "--db", str(db), "--self-test")
    assert result.returncode == 0, result.stderr
    assert "Seite lotsen:" in result.stdout
    assert "Seite einsaetze:" in result.stdout
    assert "Selbsttest bestanden." in result.stdout
    assert db.exists()


def test_self_test_on_the_demo(tmp_path):
    result = lotsendesk(tmp_path, "--demo", "--self-test")
    assert result.returncode == 0, result.stderr
    assert "Selbsttest bestanden." in result.stdout
    assert (tmp_path / "userdata" / "demo.sqlite").exists()


def test_self_test_reports_a_foreign_file_in_german_and_exits_1(tmp_path):
    foreign = tmp_path / "brief.sqlite"
    foreign.write_text("Sehr geehrte Damen und Herren", encoding="utf-8")
    result = lotsendesk(tmp_path, "--db", str(foreign), "--self-test")
    assert result.returncode == 1
    assert "„brief.sqlite“ ist keine LotsenDesk-Datenbank" in result.stderr
    assert "Traceback" not in result.stderr
    assert foreign.read_text(encoding="utf-8") == "Sehr geehrte Damen und Herren"


def test_gui_without_a_screen_says_so_instead_of_crashing(tmp_path, monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    result = lotsendesk(tmp_path, "--db", str(tmp_path / "x.sqlite"))
    assert result.returncode == 2
    assert "grafische Oberfläche" in result.stderr
    assert not Path(tmp_path / "x.sqlite").exists()
