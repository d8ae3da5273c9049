"""Starting the GUI: QApplication, language, database, main window – and the --self-test run."""

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from lotsendesk import STARTED, __version__
from lotsendesk.paths import default_db_path, demo_db_path
from lotsendesk.services.errors import ServiceError
from lotsendesk.ui.i18n import install_translators, localized, ui_language

# One calm accent colour for the one primary action of each page (ux.md); everything else stays native.
STYLE = """
QPushButton#primary { background: #1f5f8b; color: white; border: 1px solid #174a6d; border-radius: 3px;
                      padding: 5px 16px; font-weight: bold; }
QPushButton#primary:hover { background: #26709f; }
QPushButton#primary:focus { border: 2px solid #f2b134; }
QPushButton#primary:disabled { background: #9bb3c4; }
"""


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LotsenDesk")
    app.setOrganizationName("LotsenDesk")
    app.setApplicationVersion(__version__)
    install_translators(app, ui_language())
    app.setStyleSheet(STYLE)
    return app  # type: ignore[return-value]


def _headless_linux() -> bool:
    no_screen = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return sys.platform.startswith("linux") and no_screen and not os.environ.get("QT_QPA_PLATFORM")


def run_gui(db_path: Path | None = None, demo: bool = False, self_test: bool = False) -> int:
    started = STARTED
    if _headless_linux():
        if not self_test:  # Qt would abort with a core dump; say what is wrong instead
            print("LotsenDesk braucht eine grafische Oberfläche (kein Bildschirm gefunden).", file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the self-test must run on machines without a screen
    app = make_app()
    from lotsendesk.services.database import open_database

    try:
        if demo:
            from lotsendesk.services.demo import create_demo_database

            path = db_path or demo_db_path()
            create_demo_database(path)
            db = open_database(path)
        elif self_test:
            db = open_database(db_path or default_db_path(), create_folder=db_path is None)
        else:
            db = _open_asking(db_path or default_db_path(), create_folder=db_path is None)
            if db is None:  # the user declined to take over, to look or to restore
                return 1
    except ServiceError as error:
        if self_test:
            print(f"Selbsttest fehlgeschlagen: {localized(error.message)}", file=sys.stderr)
        else:
            QMessageBox.critical(None, QCoreApplication.translate("app", "LotsenDesk"), localized(error.message))
        return 1

    from lotsendesk.ui.main_window import MainWindow

    if not self_test:
        sys.excepthook = _friendly_excepthook
    window = None
    try:
        window = MainWindow(db, demo=demo)
        window.show()
        if self_test:
            return _self_test(app, window, started)
        if not demo and not db.read_only:  # a brand-new database: the first-start assistant, once the window shows

            def first_start() -> None:
                from lotsendesk.ui.erststart_wizard import offer_first_start

                nonlocal window
                window = offer_first_start(window)  # the demo window, if the demo was chosen

            QTimer.singleShot(0, first_start)
        return app.exec()
    finally:
        (window.db if window is not None else db).close()  # after a restore the window has reopened it


def _open_asking(path: Path, create_folder: bool):
    """open_database with the questions only a person can answer: take over a stale lock, look at a file someone
    else has open ("Nur ansehen"), restore the newest good Sicherung of a damaged file. None: declined."""
    from lotsendesk.services.backup import format_time
    from lotsendesk.services.database import (
        DamagedError,
        LockedError,
        open_database,
        restore_damaged,
        take_over_question,
    )

    title = QCoreApplication.translate("app", "LotsenDesk")
    try:
        return open_database(path, create_folder=create_folder)
    except LockedError as error:
        if error.owner.stale():
            answer = QMessageBox.question(None, title, localized(take_over_question(error.owner)))
            return open_database(path, take_over=True) if answer == QMessageBox.StandardButton.Yes else None
        box = QMessageBox(QMessageBox.Icon.Warning, title, localized(error.message))
        look = box.addButton(QCoreApplication.translate("app", "Nur ansehen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(look)
        box.exec()
        return open_database(path, read_only=True) if box.clickedButton() is look else None
    except DamagedError as error:
        if error.backup is None:
            raise
        question = (
            QCoreApplication.translate(
                "app",
                "Die Datenbank ist beschädigt (%1). Neueste gute Sicherung: %2 („%3“). Wiederherstellen?\n\n"
                "Die beschädigte Datei wird nicht gelöscht, sondern daneben aufbewahrt.",
            )
            .replace("%1", error.finding[:200])
            .replace("%2", format_time(error.backup.created))
            .replace("%3", error.backup.path.name)
        )
        if QMessageBox.question(None, title, question) != QMessageBox.StandardButton.Yes:
            return None
        aside = restore_damaged(error.path, error.backup.path)
        QMessageBox.information(
            None,
            title,
            QCoreApplication.translate("app", "Wiederhergestellt. Die beschädigte Datei liegt unter %1.").replace(
                "%1", str(aside)
            ),
        )
        return open_database(path)


def _friendly_excepthook(exc_type, exc, tb) -> None:
    """Never a traceback in front of a user: a German message, the details in a log file for support."""
    import traceback
    from datetime import datetime

    from lotsendesk.paths import data_dir

    log = data_dir() / "fehlerprotokoll.txt"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now():%d.%m.%Y %H:%M:%S} LotsenDesk {__version__}\n")
            handle.write("".join(traceback.format_exception(exc_type, exc, tb)))
    except OSError:
        pass
    traceback.print_exception(exc_type, exc, tb)
    QMessageBox.critical(
        None,
        QCoreApplication.translate("app", "LotsenDesk"),
        QCoreApplication.translate(
            "app",
            "Ein unerwarteter Fehler ist aufgetreten; die letzte Aktion wurde möglicherweise nicht ausgeführt. "
            "Ihre gespeicherten Daten sind nicht betroffen.\n\nEinzelheiten stehen in %1.",
        ).replace("%1", str(log)),
    )


def _self_test(app: QApplication, window, started: float) -> int:
    """Visit every page with its data loaded; print how long each took. Non-zero exit on any error."""
    failures: list[str] = []
    original_hook = sys.excepthook

    def hook(exc_type, exc, tb):
        failures.append(f"{exc_type.__name__}: {exc}")
        original_hook(exc_type, exc, tb)

    sys.excepthook = hook
    app.processEvents()
    print(f"Start bis Fenster bereit: {time.perf_counter() - started:.3f} s")
    try:
        from lotsendesk.ui.main_window import PAGE_KEYS

        for key in PAGE_KEYS:
            t0 = time.perf_counter()
            window.show_page_reloaded(key)
            app.processEvents()
            print(f"Seite {key}: {time.perf_counter() - t0:.3f} s")
    except Exception as error:  # the self-test reports any failure instead of dying
        failures.append(f"{type(error).__name__}: {error}")
    finally:
        sys.excepthook = original_hook
    QTimer.singleShot(0, window.close)
    app.processEvents()
    window.close()
    if failures:
        print("Selbsttest fehlgeschlagen:", *failures, sep="\n  ", file=sys.stderr)
        return 1
    print("Selbsttest bestanden.")
    return 0
