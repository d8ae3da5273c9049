"""The frozen PyInstaller bundle (build.spec) as a user gets it: its self-test, an old database brought up to date
(the Alembic scripts are data files in the bundle), a PDF with embedded fonts, an Excel export, a SEPA file.

Runs when ``LOTSENDESK_BUNDLE`` names the bundle folder (CI: a missing or broken bundle fails), or when
``dist/LotsenDesk`` exists and is newer than the sources; otherwise the bundle tests skip with the reason.
Build first: ``uv run pyinstaller build.spec --noconfirm``.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from lotsendesk.db import migrate

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_0001 = Path(__file__).parent / "fixtures" / "lotsendesk-0001.sqlite"
LAST_YEAR = date.today().year - 1  # the demo's complete Förderjahr


def _executable(folder: Path) -> Path:
    """Windows has a windowed LotsenDesk.exe and LotsenDesk-Konsole.exe for the command line; Linux one program."""
    for name in ("LotsenDesk-Konsole.exe", "LotsenDesk.exe", "LotsenDesk"):
        if (folder / name).is_file():
            return folder / name
    return folder / "LotsenDesk"


def _newest_source() -> float:
    sources = [ROOT / "build.spec", *(ROOT / "lotsendesk").rglob("*.py"), *(ROOT / "resources").rglob("*")]
    sources += (ROOT / "translations").glob("*.qm")
    return max(path.stat().st_mtime for path in sources if path.is_file())


def _find_bundle() -> Path:
    asked = os.environ.get("LOTSENDESK_BUNDLE")
    if asked:  # asked for: never skip – a missing bundle is a failure
        exe = _executable(Path(asked).resolve())
        assert exe.is_file(), f"LOTSENDESK_BUNDLE={asked}: kein Programm {exe.name} darin"
        return exe
    exe = _executable(ROOT / "dist" / "LotsenDesk")
    if not exe.is_file():
        pytest.skip("kein Programmpaket gebaut (uv run pyinstaller build.spec; oder LOTSENDESK_BUNDLE=Ordner)")
    if exe.stat().st_mtime < _newest_source():
        pytest.skip("dist/LotsenDesk ist älter als die Quellen – neu bauen: uv run pyinstaller build.spec --noconfirm")
    return exe


needs_bundle = pytest.mark.bundle  # select or deselect with -m bundle / -m "not bundle"


@pytest.fixture(scope="module")
def bundle() -> Path:
    return _find_bundle()


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One user data folder for the module: the demo database is created once and shared."""
    return tmp_path_factory.mktemp("bundle-userdata")


def run(bundle: Path, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "LOTSENDESK_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        "LANGUAGE": "de",
    }
    return subprocess.run(
        [str(bundle), *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=180, check=False
    )


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


@needs_bundle
def test_bundle_self_test_passes_with_all_program_files(bundle, data_dir, tmp_path):
    result = run(bundle, data_dir, "--self-test", "--db", str(tmp_path / "neu.sqlite"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Seite einsaetze:" in result.stdout
    assert "Selbsttest bestanden." in result.stdout
    assert "Programmdateien vollständig" in result.stdout
    assert f"Datenbank-Migrationen bis {migrate.HEAD_REVISION}" in result.stdout
    assert "Übersetzungen" in result.stdout and "SEPA-Schema pain.001.001.09" in result.stdout


@needs_bundle
def test_bundle_opens_a_real_window_under_xvfb(bundle, data_dir, tmp_path):
    """The bundle with the real X11 platform plugin (xcb, as on a Linux desktop), not just offscreen."""
    if sys.platform != "linux":
        pytest.skip("Xvfb gibt es nur unter Linux")
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb ist nicht installiert (apt-get install xvfb)")
    display = f":{400 + os.getpid() % 400}"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
    try:
        env = {
            **os.environ,
            "LOTSENDESK_DATA_DIR": str(data_dir),
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": display,
            "PYTHONIOENCODING": "utf-8",
        }
        result = None
        for _attempt in range(20):  # the server needs a moment before it accepts clients
            result = subprocess.run(
                [str(bundle), "--self-test", "--db", str(tmp_path / "x11.sqlite")],
                capture_output=True,
                text=True,
                encoding="utf-8",
                env=env,
                timeout=180,
                check=False,
            )
            if "could not connect to display" not in result.stderr:
                break
            time.sleep(0.25)
        assert result is not None and result.returncode == 0, result.stdout + result.stderr
        assert "Selbsttest bestanden." in result.stdout
    finally:
        server.terminate()
        server.wait(timeout=10)


@needs_bundle
def test_bundle_version_is_the_package_version(bundle, data_dir):
    from lotsendesk import __version__

    result = run(bundle, data_dir, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"LotsenDesk {__version__}"


@needs_bundle
def test_bundle_updates_a_0001_database_after_backing_it_up(bundle, data_dir, tmp_path):
    old = tmp_path / "verein.sqlite"
    shutil.copyfile(FIXTURE_0001, old)
    assert _revision(old) == "0001"

    result = run(bundle, data_dir, "--db", str(old), "export", "lotsen", "-o", str(tmp_path / "lotsen.csv"))

    assert result.returncode == 0, result.stdout + result.stderr
    assert _revision(old) == migrate.HEAD_REVISION
    backup = tmp_path / "Sicherungen" / f"verein-vor-Update-0001-auf-{migrate.HEAD_REVISION}.sqlite"
    assert backup.is_file(), sorted(p.name for p in tmp_path.rglob("*"))
    assert _revision(backup) == "0001"  # the Sicherung is the file as it was
    exported = (tmp_path / "lotsen.csv").read_text(encoding="utf-8-sig")
    with sqlite3.connect(FIXTURE_0001) as connection:
        names = [row[0] for row in connection.execute("SELECT nachname FROM lotse")]
    assert names and all(name in exported for name in names)  # the people survived the update


@needs_bundle
def test_bundle_writes_a_pdf_with_embedded_dejavu(bundle, data_dir, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "vn.pdf"
    args = ("--demo", "report", "verwendungsnachweis", "--year", str(LAST_YEAR), "--entwurf", "-o", str(out))
    result = run(bundle, data_dir, *args)

    assert result.returncode == 0, result.stdout + result.stderr
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    assert "Verwendungsnachweis" in reader.pages[0].extract_text()
    fonts = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts[str(font["/BaseFont"])] = embedded
    assert fonts and all(fonts.values()), fonts  # no Helvetica or other font left to the viewer
    assert {name.split("+")[-1] for name in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}


@needs_bundle
def test_bundle_exports_an_excel_workbook(bundle, data_dir, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "lotsen.xlsx"
    result = run(bundle, data_dir, "--demo", "export", "lotsen", "--format", "xlsx", "-o", str(out))

    assert result.returncode == 0, result.stdout + result.stderr
    sheet = load_workbook(out).active
    assert sheet.max_row > 5
    assert "Nachname" in [cell.value for cell in sheet[1]]


@needs_bundle
def test_bundle_writes_a_sepa_file_that_the_schema_accepts(bundle, data_dir, tmp_path):
    import sepaxml
    import xmlschema

    out = tmp_path / "sepa.xml"
    result = run(bundle, data_dir, "--demo", "payout", "sepa", "--run", "1", "-o", str(out))

    assert result.returncode == 0, result.stdout + result.stderr
    schema = xmlschema.XMLSchema(str(Path(sepaxml.__file__).parent / "schemas" / "pain.001.001.09.xsd"))
    schema.validate(str(out))  # checked here again, outside the bundle
    assert "<CdtTrfTxInf>" in out.read_text(encoding="utf-8")


# Without a bundle: the program-file check itself.


def test_program_file_check_passes_in_the_source_tree(capsys):
    from lotsendesk.selfcheck import check_program_files

    assert check_program_files() == 0, capsys.readouterr().err
    assert "Programmdateien vollständig" in capsys.readouterr().out


def test_program_file_check_names_missing_migrations(tmp_path, monkeypatch, capsys):
    from lotsendesk.selfcheck import check_program_files

    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", tmp_path / "fehlt")
    assert check_program_files() == 1
    err = capsys.readouterr().err
    assert "Programmdateien unvollständig – Selbsttest fehlgeschlagen" in err
    assert "Datenbank-Migrationen" in err
    assert "Traceback" not in err


@needs_bundle
@pytest.mark.skipif(sys.platform != "win32", reason="LotsenDesk-Konsole.exe gibt es nur unter Windows")
def test_windows_bundle_has_a_console_program(bundle):
    assert (bundle.parent / "LotsenDesk.exe").is_file()
    assert (bundle.parent / "LotsenDesk-Konsole.exe").is_file()
