"""Saving a list for Excel or LibreOffice, the same way on every page: choose where (Excel workbook or CSV), write
it (a long list shows progress and can be cancelled), then offer to open the file.

``choose_export_path`` and ``ask_to_open`` are module functions so tests can answer them; a page calls
``export_with_dialog`` with a function that writes the file through the export services.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from lotsendesk.services.errors import ServiceError
from lotsendesk.services.exports import ExportCancelled, ExportResult, Progress
from lotsendesk.ui.i18n import localized

_FOLDER_KEY = "export/folder"
PROGRESS_FROM = 5000  # rows: a shorter list is written before a progress dialog could even appear


def _filters() -> tuple[str, str]:
    return QCoreApplication.translate("ExportDialog", "Excel-Arbeitsmappe (*.xlsx)"), QCoreApplication.translate(
        "ExportDialog", "CSV für Excel (*.csv)"
    )


def _remembered_folder() -> str:
    if QCoreApplication.organizationName():  # only the real program remembers (tests keep their settings clean)
        folder = QSettings().value(_FOLDER_KEY)
        if folder and Path(str(folder)).is_dir():
            return str(folder)
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def choose_export_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    """Where to save the list, as .xlsx (offered first) or .csv; None when the user cancels. A name typed without
    extension gets the one of the chosen file type."""
    xlsx, csv = _filters()
    selected = csv if suggested_name.lower().endswith(".csv") else xlsx
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Exportieren"),
        str(Path(_remembered_folder()) / suggested_name),
        f"{xlsx};;{csv}",
        selected,
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
    if QCoreApplication.organizationName():
        QSettings().setValue(_FOLDER_KEY, str(path.parent))
    return path


def ask_to_open(parent: QWidget | None, title: str, text: str) -> bool:
    """Say what was saved and ask whether to open it now."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate("ExportDialog", "Möchten Sie die Datei jetzt öffnen?"))
    open_button = box.addButton(QCoreApplication.translate("ExportDialog", "Öffnen"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("ExportDialog", "Schließen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    return box.clickedButton() is open_button


def open_file(parent: QWidget | None, title: str, path: Path) -> None:
    """Open the file in the program the system uses for it (Excel, LibreOffice); else say where it is."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "ExportDialog",
                "Die Datei kann hier nicht geöffnet werden (kein Programm für diesen Dateityp?). Sie liegt unter:\n%1",
            ).replace("%1", str(path)),
        )


def export_with_dialog(
    parent: QWidget,
    title: str,
    suggested_name: str,
    write: Callable[[Path, Progress], ExportResult],
    describe: Callable[[ExportResult], str],
    rows: int = 0,
) -> ExportResult | None:
    """Ask where, write with ``write(path, progress)``, report with ``describe(result)`` and offer to open the
    file. ``rows`` (the number of records) decides whether a progress dialog is worth showing. Returns what was
    written, or None when the user cancelled or the file could not be written (a message said why)."""
    path = choose_export_path(parent, suggested_name)
    if path is None:
        return None
    dialog: QProgressDialog | None = None
    if rows >= PROGRESS_FROM:
        dialog = QProgressDialog(
            QCoreApplication.translate("ExportDialog", "Die Liste wird gespeichert …"),
            QCoreApplication.translate("ExportDialog", "Abbrechen"),
            0,
            rows,
            parent,
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)

    def progress(done: int) -> bool:
        if dialog is None:
            return True
        dialog.setValue(done)  # a modal progress dialog processes events: the Abbrechen button works
        return not dialog.wasCanceled()

    result: ExportResult | None = None
    failure: ServiceError | None = None
    if dialog is None:  # a short list: a busy cursor for the moment it takes
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = write(path, progress)
    except ExportCancelled:
        pass  # nothing written, an existing file unchanged: nothing to say
    except ServiceError as error:
        failure = error
    finally:
        if dialog is None:
            QApplication.restoreOverrideCursor()
        else:
            dialog.close()
            dialog.deleteLater()
    if failure is not None:
        QMessageBox.warning(parent, title, localized(failure.message))
    if result is not None and ask_to_open(parent, title, describe(result)):
        open_file(parent, title, result.path)
    return result
