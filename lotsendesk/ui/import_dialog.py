"""Datei → Importieren: pick a CSV file, import it all or nothing, show every error line or the summary,
and put the import on the undo stack (Ctrl+Z removes exactly what it added)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.importer import ImportResult, import_file, reapply_import, revert_import
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.undo import push_done

_LAST_DIR_KEY = "import/last_dir"


def choose_file(parent: QWidget, kind: str) -> Path | None:
    """Ask for the CSV file (a module-level function so tests can replace the modal file dialog)."""
    if kind == "lotsen":
        title = QCoreApplication.translate("ImportDialog", "Lots*innen importieren – CSV-Datei wählen")
    else:
        title = QCoreApplication.translate("ImportDialog", "Einsätze importieren – CSV-Datei wählen")
    filters = QCoreApplication.translate("ImportDialog", "CSV-Dateien (*.csv *.txt);;Alle Dateien (*)")
    settings = QSettings()
    start = str(settings.value(_LAST_DIR_KEY, str(Path.home())))
    name, _selected = QFileDialog.getOpenFileName(parent, title, start, filters)
    if not name:
        return None
    settings.setValue(_LAST_DIR_KEY, str(Path(name).parent))  # the next import starts in the same folder
    return Path(name)


def run_import_dialog(parent: QWidget, db: Database, kind: str, undo_stack: QUndoStack) -> bool:
    """The whole import flow; True if something was imported (the caller then reloads its pages)."""
    path = choose_file(parent, kind)
    if path is None:
        return False
    title = QCoreApplication.translate("ImportDialog", "Import")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # 10,000 rows take about a second
    try:
        result = import_file(db, kind, path)
    except ServiceError as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, title, localized(error.message))
        return False
    QApplication.restoreOverrideCursor()
    if result.errors:
        ImportErrorsDialog(result, parent).exec()
        return False
    push_done(
        undo_stack,
        _undo_text(result),
        lambda: revert_import(db, result),
        lambda: reapply_import(db, result),
        parent,
    )
    QMessageBox.information(parent, title, _success_text(result))
    return True


def _undo_text(result: ImportResult) -> str:
    """What Bearbeiten → Rückgängig names: "Import „einsaetze.csv“"."""
    return QCoreApplication.translate("ImportDialog", "Import „%1“").replace("%1", result.filename)


def _success_text(result: ImportResult) -> str:
    hint = QCoreApplication.translate(
        "ImportDialog", "Mit Bearbeiten → Rückgängig (Strg+Z) können Sie den Import wieder entfernen."
    )
    return f"{localized(result.summary())}\n\n{hint}"


class ImportErrorsDialog(QDialog):
    """Every bad row of a refused file, in a list the user can scroll, select and copy."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import nicht möglich"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        count = len(result.errors)
        if count == 1:
            text = self.tr("Nichts wurde importiert. In „%1“ gibt es 1 Fehler.")
        else:
            text = self.tr("Nichts wurde importiert. In „%1“ gibt es %2 Fehler.").replace("%2", str(count))
        text = text.replace("%1", result.filename)
        advice = self.tr("Bitte korrigieren Sie die Datei und importieren Sie sie dann noch einmal.")
        self.message_label = QLabel(f"{text} {advice}")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.errors_edit = QPlainTextEdit("\n".join(localized(error) for error in result.errors))
        self.errors_edit.setReadOnly(True)
        self.errors_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout.addWidget(self.errors_edit, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy_button = buttons.addButton(self.tr("Liste kopieren"), QDialogButtonBox.ButtonRole.ActionRole)
        copy_button.clicked.connect(self.copy_errors)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_errors(self) -> None:
        """Into the clipboard, e.g. to paste into an e-mail to whoever made the file."""
        QGuiApplication.clipboard().setText(self.errors_edit.toPlainText())
