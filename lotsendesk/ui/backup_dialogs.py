"""Sicherungen in the GUI: „Sicherung erstellen…“, „Sicherung wiederherstellen…“, the backup folder, and the
automatic Sicherung when the window closes.

Entry points for the main window (Datei menu and close):

- ``create_backup_dialog(parent, db) -> bool``: save-as dialog, then the checked copy.
- ``restore_backup_dialog(parent, db_path, close_database) -> Path | None``: choose a file, show what it holds,
  ask; ``close_database`` is called right before the file is replaced (the file can only be replaced while no
  connection is open). Whenever it was called, the window must open ``db_path`` again – the restored file if the
  result is the path, the unchanged old one if it is ``None``.
- ``backup_settings_dialog(parent, db) -> Path | None``: choose the backup folder.
- ``backup_on_close(db) -> BackupStatus | None``: the daily Sicherung and its rotation; a status text (a ``str``
  whose ``failed`` says whether it is a failure message; never an exception), or ``None`` if today's Sicherung
  exists already.

Encryption: choosing the file type „Mit Kennwort verschlüsselte Sicherung (*.sqlite.enc)“ (or a name ending in
``.enc``) in the save dialog adds the step „Mit Kennwort verschlüsseln“: ``ask_password`` asks for it twice.
Restoring an encrypted Sicherung asks for its password. The automatic Sicherungen are not encrypted.

The file choosers and ``ask_password`` are module functions so tests can answer them.
"""

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.services.backup import (
    ENCRYPTED_SUFFIX,
    SUFFIX,
    automatic_backup,
    backup_folder,
    backup_folder_of_file,
    create_backup,
    default_backup_folder,
    describe_backup,
    format_time,
    is_encrypted,
    last_backup_time,
    restore_backup,
    set_backup_folder,
)
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError
from lotsendesk.ui.i18n import localized

_LAST_FOLDER = "backup/last_folder"  # QSettings: where the user saved a Sicherung by hand last time


def _filter() -> str:
    return QCoreApplication.translate("Sicherung", "LotsenDesk-Sicherung (*.sqlite);;Alle Dateien (*)")


def _encrypted_filter() -> str:
    return QCoreApplication.translate("Sicherung", "Mit Kennwort verschlüsselte Sicherung (*.sqlite.enc)")


def _is_encrypted_name(path: Path) -> bool:
    return path.name.lower().endswith(".enc")


# --- choosers (module functions: tests replace them) ----------------------------------------------------------
def choose_backup_target(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save a Sicherung by hand."""
    encrypted = _encrypted_filter()
    name, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Sicherung", "Sicherung erstellen"),
        str(suggested),
        _filter() + ";;" + encrypted,
    )
    if not name:
        return None
    path = Path(name)
    if chosen_filter == encrypted and not _is_encrypted_name(path):
        return Path(name + ".enc") if path.suffix.lower() == SUFFIX else Path(name + ENCRYPTED_SUFFIX)
    return path if path.suffix else Path(name + SUFFIX)


def choose_backup_source(parent: QWidget | None, folder: Path) -> Path | None:
    """Which Sicherung to restore."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Sicherung", "Sicherung wiederherstellen"),
        str(folder),
        _filter() + ";;" + _encrypted_filter(),
    )
    return Path(name) if name else None


def ask_password(parent: QWidget | None, confirm: bool) -> str | None:
    """The password of an encrypted Sicherung (``confirm``: asked twice, for a new one); ``None`` if cancelled."""
    title = QCoreApplication.translate("Sicherung", "Mit Kennwort verschlüsseln")
    while True:
        password, ok = QInputDialog.getText(
            parent,
            title,
            QCoreApplication.translate("Sicherung", "Kennwort der Sicherung:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        if not password:
            QMessageBox.warning(parent, title, QCoreApplication.translate("Sicherung", "Bitte ein Kennwort eingeben."))
            continue
        if not confirm:
            return password
        again, ok = QInputDialog.getText(
            parent,
            title,
            QCoreApplication.translate("Sicherung", "Kennwort wiederholen:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        if again == password:
            return password
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("Sicherung", "Die beiden Kennwörter stimmen nicht überein. Bitte noch einmal."),
        )


def choose_backup_folder(parent: QWidget | None, current: Path) -> Path | None:
    """The folder for the automatic Sicherungen."""
    name = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Sicherung", "Ordner für Sicherungen wählen"), str(current)
    )
    return Path(name) if name else None


class _WaitCursor:
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc) -> None:
        QGuiApplication.restoreOverrideCursor()


# --- Sicherung erstellen… -------------------------------------------------------------------------------------
def create_backup_dialog(parent: QWidget | None, db: Database) -> bool:
    """Save a checked copy of the database where the user chooses; True if it was written."""
    title = QCoreApplication.translate("Sicherung", "Sicherung erstellen")
    remembered = QSettings().value(_LAST_FOLDER, "", type=str)
    folder = Path(remembered) if remembered and Path(remembered).is_dir() else _existing_backup_folder(db)
    suggested = folder / f"{db.path.stem}-Sicherung-{date.today().isoformat()}{SUFFIX}"
    target = choose_backup_target(parent, suggested)
    if target is None:
        return False
    password = None
    if _is_encrypted_name(target):
        password = ask_password(parent, True)
        if password is None:
            return False
    try:
        with _WaitCursor():
            info = create_backup(db, target, password=password)
    except ServiceError as error:
        QMessageBox.warning(parent, title, localized(error.message))
        return False
    QSettings().setValue(_LAST_FOLDER, str(target.parent))
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate("Sicherung", "Die Sicherung „%1“ wurde gespeichert und geprüft.\n\nInhalt: %2")
        .replace("%1", str(target))
        .replace("%2", localized(info.counts())),
    )
    return True


def _existing_backup_folder(db: Database) -> Path:
    try:
        folder = backup_folder(db)
    except ServiceError:
        folder = default_backup_folder(db.path)
    return folder if folder.is_dir() else db.path.parent


# --- Sicherung wiederherstellen… ------------------------------------------------------------------------------
def restore_question(info_text: str, source: Path, folder: Path) -> str:
    """The preview and the question, as the message box shows them."""
    return (
        QCoreApplication.translate("Sicherung", "Die Sicherung „%1“ enthält:").replace("%1", source.name)
        + "\n\n"
        + info_text
        + "\n\n"
        + QCoreApplication.translate(
            "Sicherung",
            "Sie ersetzt alle jetzigen Daten. Der jetzige Stand wird vorher im Ordner „%1“ gesichert.\n\n"
            "Wiederherstellen?",
        ).replace("%1", str(folder))
    )


def restore_backup_dialog(
    parent: QWidget | None, db_path: Path, close_database: Callable[[], None] | None = None
) -> Path | None:
    """Choose a Sicherung, show what it holds, ask, back up the current state, replace the database file.
    Returns ``db_path`` after a restore (to be opened again), ``None`` if nothing was replaced."""
    title = QCoreApplication.translate("Sicherung", "Sicherung wiederherstellen")
    db_path = Path(db_path)
    folder = backup_folder_of_file(db_path)
    source = choose_backup_source(parent, folder if folder.is_dir() else db_path.parent)
    if source is None:
        return None
    password = None
    if is_encrypted(source):
        password = ask_password(parent, False)
        if password is None:
            return None
    try:
        with _WaitCursor():
            info = describe_backup(source, password=password)
    except ServiceError as error:
        QMessageBox.warning(parent, title, localized(error.message))
        return None
    answer = QMessageBox.question(
        parent,
        title,
        restore_question(localized(info.preview()), source, folder),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    if close_database is not None:
        close_database()
    try:
        with _WaitCursor():
            result = restore_backup(db_path, source, password=password)
    except ServiceError as error:
        QMessageBox.warning(parent, title, localized(error.message))
        return None
    text = QCoreApplication.translate("Sicherung", "Die Sicherung wurde wiederhergestellt: %1.").replace(
        "%1", localized(info.counts())
    )
    if result.previous is not None:
        text += "\n\n" + QCoreApplication.translate("Sicherung", "Der vorherige Stand ist gesichert in „%1“.").replace(
            "%1", str(result.previous)
        )
    QMessageBox.information(parent, title, text)
    return db_path


# --- the backup folder ----------------------------------------------------------------------------------------
class BackupSettingsDialog(QDialog):
    """Where the automatic Sicherungen go; ``chosen`` is the folder in effect after OK."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.chosen: Path | None = None
        self._folder = backup_folder(db)
        self.setWindowTitle(self.tr("Sicherungen"))
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr(
                "Beim Beenden legt LotsenDesk einmal am Tag eine Sicherung an und prüft sie. Aufbewahrt werden die "
                "Sicherungen der letzten 7 Tage, je eine der letzten 4 Wochen und der letzten 12 Monate. Vor jedem "
                "Update wird ebenfalls gesichert. Ein Ordner auf einem USB-Stick schützt auch vor einem Defekt "
                "des Computers."
            )
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Ordner:")))
        self.folder_edit = QLineEdit(str(self._folder))
        self.folder_edit.setReadOnly(True)
        row.addWidget(self.folder_edit, 1)
        self.change_button = QPushButton(self.tr("Ändern…"))
        self.change_button.clicked.connect(self._change)
        row.addWidget(self.change_button)
        self.default_button = QPushButton(self.tr("Standard"))
        self.default_button.setToolTip(self.tr("Der Ordner „Sicherungen“ neben der Datenbank"))
        self.default_button.clicked.connect(self._default)
        row.addWidget(self.default_button)
        layout.addLayout(row)
        self.last_label = QLabel(last_backup_text(db))
        layout.addWidget(self.last_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 620), self.sizeHint().height())

    def folder(self) -> Path:
        return self._folder

    def _show(self, folder: Path) -> None:
        self._folder = folder
        self.folder_edit.setText(str(folder))

    def _change(self) -> None:
        start = self._folder if self._folder.is_dir() else self.db.path.parent
        chosen = choose_backup_folder(self, start)
        if chosen is not None:
            self._show(chosen)

    def _default(self) -> None:
        self._show(default_backup_folder(self.db.path))

    def accept(self) -> None:
        default = default_backup_folder(self.db.path)
        try:
            self.chosen = set_backup_folder(self.db, None if self._folder == default else self._folder)
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), localized(error.message))
            return
        super().accept()


def backup_settings_dialog(parent: QWidget | None, db: Database) -> Path | None:
    """Let the user choose the backup folder; the folder in effect after OK, ``None`` if cancelled."""
    dialog = BackupSettingsDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen


# --- on close and in the status bar ---------------------------------------------------------------------------
class BackupStatus(str):
    """What ``backup_on_close`` says: the text, and ``failed`` – True if no Sicherung was made (then the window
    should show the text in a message box, since the user would not see a status bar any more)."""

    failed: bool

    def __new__(cls, text: str, failed: bool = False) -> "BackupStatus":
        self = super().__new__(cls, text)
        self.failed = failed
        return self


def backup_on_close(db: Database, now: datetime | None = None) -> BackupStatus | None:
    """The automatic Sicherung (at most one a day) and the rotation. Returns what happened as a sentence for the
    user (``.failed`` tells a failure), or ``None`` if today's Sicherung exists already. Never raises."""
    try:
        made = automatic_backup(db, now=now)
    except ServiceError as error:
        text = QCoreApplication.translate("Sicherung", "Die automatische Sicherung wurde nicht angelegt: %1").replace(
            "%1", localized(error.message)
        )
        return BackupStatus(text, failed=True)
    except Exception:  # never stop the window from closing; the data in the database are not affected
        text = QCoreApplication.translate(
            "Sicherung",
            "Die automatische Sicherung ist fehlgeschlagen. Ihre Daten in der Datenbank sind davon nicht betroffen.",
        )
        return BackupStatus(text, failed=True)
    if made is None:
        return None
    text = (
        QCoreApplication.translate("Sicherung", "Sicherung angelegt: %1 (%2).")
        .replace("%1", str(made.info.path))
        .replace("%2", localized(made.info.counts()))
    )
    if len(made.removed) == 1:
        text += " " + QCoreApplication.translate("Sicherung", "Eine ältere Sicherung wurde gelöscht.")
    elif made.removed:
        text += " " + QCoreApplication.translate("Sicherung", "%1 ältere Sicherungen wurden gelöscht.").replace(
            "%1", str(len(made.removed))
        )
    return BackupStatus(text)


def last_backup_text(db: Database) -> str:
    """``Letzte Sicherung: 01.12.2026, 18:03`` for the status bar."""
    try:
        last = last_backup_time(db)
    except ServiceError:
        last = None
    if last is None:
        return QCoreApplication.translate("Sicherung", "Noch keine Sicherung")
    return QCoreApplication.translate("Sicherung", "Letzte Sicherung: %1").replace("%1", format_time(last))
