"""Datei → Stundenzettel erstellen / Stundenzettel einlesen: the timesheet round trip.

``create_timesheets`` asks for a month or quarter and whether to write one workbook (a sheet per Lots*in) or a
file per Lots*in, then for the target, writes and offers to open it. ``import_timesheets`` asks for one or more
filled-in .xlsx files, imports each all or nothing, lists per file what was imported or every error by sheet and
row, and puts the imports on the undo stack (Ctrl+Z removes exactly what they added).

The file choosers, the question "open it now?" and opening a file are module-level functions, so tests can
replace the modal dialogs.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.formatting import format_hours
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.importer import reapply_import, revert_import
from lotsendesk.services.stundenzettel import (
    TimesheetImport,
    import_stundenzettel,
    write_stundenzettel,
    write_stundenzettel_je_person,
)
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.undo import push_done

_LAST_DIR_KEY = "stundenzettel/last_dir"


# --- modal helpers tests replace -----------------------------------------------------------------------------
def _start_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(QSettings().value(_LAST_DIR_KEY, documents or str(Path.home())))


def _remember(folder: Path) -> None:
    QSettings().setValue(_LAST_DIR_KEY, str(folder))


def choose_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save the workbook."""
    name, _selected = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("StundenzettelDialog", "Stundenzettel speichern"),
        str(Path(_start_folder()) / suggested),
        QCoreApplication.translate("StundenzettelDialog", "Excel-Arbeitsmappen (*.xlsx)"),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
    _remember(path.parent)
    return path


def choose_folder(parent: QWidget) -> Path | None:
    """The folder that gets one file per Lots*in."""
    name = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("StundenzettelDialog", "Ordner für die Stundenzettel wählen"),
        _start_folder(),
    )
    if not name:
        return None
    _remember(Path(name))
    return Path(name)


def choose_files(parent: QWidget) -> list[Path]:
    """The filled-in workbooks (one or several)."""
    names, _selected = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("StundenzettelDialog", "Ausgefüllte Stundenzettel einlesen – Dateien wählen"),
        _start_folder(),
        QCoreApplication.translate("StundenzettelDialog", "Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)"),
    )
    if names:
        _remember(Path(names[0]).parent)
    return [Path(name) for name in names]


def ask_open(parent: QWidget, title: str, text: str) -> bool:
    """ "… gespeichert. Jetzt öffnen?" – True for Öffnen."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent)
    open_button = box.addButton(
        QCoreApplication.translate("StundenzettelDialog", "Öffnen"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(open_button)
    box.exec()
    return box.clickedButton() is open_button


def open_path(path: Path) -> bool:
    """Open a file in its program (Excel, LibreOffice) or a folder in the file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# --- create --------------------------------------------------------------------------------------------------
class CreateTimesheetsDialog(QDialog):
    """Month or quarter, year, and one workbook or a file per Lots*in."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self.setWindowTitle(self.tr("Stundenzettel erstellen"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Leere Stundenzettel als Excel-Datei zum Ausfüllen: ein Blatt je aktive*r Lots*in mit Name, Nr., "
                "Zeitraum und den bis zur Höchstgrenze noch freien Stunden; die Tätigkeiten stehen als Auswahlliste "
                "bereit. Ausgefüllt zurück? Datei → Stundenzettel einlesen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.span_box = QComboBox()
        self.span_box.addItem(self.tr("Monat"), "monat")
        self.span_box.addItem(self.tr("Quartal"), "quartal")
        self.span_box.setAccessibleName(self.tr("Zeitraum"))
        self.part_box = QComboBox()
        self.part_box.setAccessibleName(self.tr("Monat oder Quartal"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2015, 2100)
        self.year_spin.setValue(self._today.year)
        self.year_spin.setAccessibleName(self.tr("Jahr"))
        period = QHBoxLayout()
        period.addWidget(self.span_box)
        period.addWidget(self.part_box, 1)
        period.addWidget(self.year_spin)
        form.addRow(self.tr("Zeitraum:"), period)

        self.one_file = QRadioButton(self.tr("eine Datei mit einem Blatt je Lots*in"))
        self.per_person_files = QRadioButton(self.tr("eine Datei je Lots*in (Ordner wählen)"))
        self.one_file.setChecked(True)
        self._files_group = QButtonGroup(self)
        self._files_group.addButton(self.one_file)
        self._files_group.addButton(self.per_person_files)
        files = QVBoxLayout()
        files.addWidget(self.one_file)
        files.addWidget(self.per_person_files)
        form.addRow(self.tr("Dateien:"), files)
        layout.addLayout(form)
        layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Erstellen …"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.span_box.currentIndexChanged.connect(self._fill_parts)
        self._fill_parts()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _fill_parts(self) -> None:
        month = self._today.month
        self.part_box.clear()
        if self.span_box.currentData() == "monat":
            for number in range(1, 13):
                self.part_box.addItem(QLocale().standaloneMonthName(number), number)
            self.part_box.setCurrentIndex(month - 1)
        else:
            for quarter in range(1, 5):
                self.part_box.addItem(self.tr("%1. Quartal").replace("%1", str(quarter)), quarter)
            self.part_box.setCurrentIndex((month - 1) // 3)

    def period(self) -> tuple[date, date, str]:
        """First and last day of the chosen month or quarter, and its name for the file name."""
        year, part = self.year_spin.value(), self.part_box.currentData()
        if self.span_box.currentData() == "monat":
            first_month, last_month = part, part
            label = f"{self.part_box.currentText()} {year}"
        else:
            first_month, last_month = 3 * part - 2, 3 * part
            label = self.tr("%1. Quartal %2").replace("%1", str(part)).replace("%2", str(year))
        end = date(year + (last_month == 12), last_month % 12 + 1, 1)
        return date(year, first_month, 1), date.fromordinal(end.toordinal() - 1), label

    def per_person(self) -> bool:
        return self.per_person_files.isChecked()


def create_timesheets(parent: QWidget, db: Database, today: date | None = None) -> bool:
    """The whole flow; True if files were written."""
    dialog = CreateTimesheetsDialog(parent, today)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    von, bis, label = dialog.period()
    title = QCoreApplication.translate("StundenzettelDialog", "Stundenzettel erstellen")
    if dialog.per_person():
        folder = choose_folder(parent)
        if folder is None:
            return False
        try:
            files = _busy(lambda: write_stundenzettel_je_person(db, von, bis, folder))
        except ServiceError as error:
            QMessageBox.warning(parent, title, localized(error.message))
            return False
        text = (
            QCoreApplication.translate(
                "StundenzettelDialog", "%1 Stundenzettel (%2) im Ordner „%3“ gespeichert, eine Datei je Lots*in."
            )
            .replace("%1", str(len(files)))
            .replace("%2", label)
            .replace("%3", str(folder))
        )
        if ask_open(
            parent, title, text + "\n\n" + QCoreApplication.translate("StundenzettelDialog", "Den Ordner jetzt öffnen?")
        ):
            open_path(folder)
        return True
    path = choose_save_path(parent, f"Stundenzettel {label}.xlsx")
    if path is None:
        return False
    try:
        count = _busy(lambda: write_stundenzettel(db, von, bis, path))
    except ServiceError as error:
        QMessageBox.warning(parent, title, localized(error.message))
        return False
    if count == 1:
        text = QCoreApplication.translate("StundenzettelDialog", "„%1“ gespeichert: Stundenzettel %2 für 1 Lots*in.")
    else:
        text = QCoreApplication.translate(
            "StundenzettelDialog", "„%1“ gespeichert: Stundenzettel %2 mit einem Blatt je Lots*in (%3 Blätter)."
        ).replace("%3", str(count))
    text = text.replace("%1", path.name).replace("%2", label)
    if ask_open(
        parent, title, text + "\n\n" + QCoreApplication.translate("StundenzettelDialog", "Die Datei jetzt öffnen?")
    ):
        open_path(path)
    return True


def _busy(work):
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    finally:
        QApplication.restoreOverrideCursor()


# --- import --------------------------------------------------------------------------------------------------
def import_timesheets(parent: QWidget, db: Database, undo_stack: QUndoStack, today: date | None = None) -> bool:
    """The whole flow; True if at least one file was imported (the caller then reloads its pages)."""
    paths = choose_files(parent)
    if not paths:
        return False
    outcomes = _busy(lambda: import_stundenzettel(db, paths, today=today))
    done = [outcome for outcome in outcomes if outcome.imported]
    if len(done) > 1:
        undo_stack.beginMacro(
            QCoreApplication.translate("StundenzettelDialog", "Stundenzettel-Import (%1 Dateien)").replace(
                "%1", str(len(done))
            )
        )
    for outcome in done:
        result = outcome.result
        push_done(
            undo_stack,
            QCoreApplication.translate("StundenzettelDialog", "Stundenzettel-Import „%1“").replace(
                "%1", outcome.path.name
            ),
            lambda result=result: revert_import(db, result),
            lambda result=result: reapply_import(db, result),
            parent,
        )
    if len(done) > 1:
        undo_stack.endMacro()
    TimesheetImportDialog(outcomes, parent).exec()
    return bool(done)


class TimesheetImportDialog(QDialog):
    """Per file: imported (with the Einsätze per sheet) or not (with every error by sheet and row)."""

    def __init__(self, outcomes: list[TimesheetImport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stundenzettel einlesen"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        done = sum(1 for outcome in outcomes if outcome.imported)
        if len(outcomes) == 1:
            headline = self.tr("Die Datei wurde importiert.") if done else self.tr("Die Datei wurde nicht importiert.")
        else:
            headline = (
                self.tr("%1 von %2 Dateien wurden importiert.")
                .replace("%1", str(done))
                .replace("%2", str(len(outcomes)))
            )
        hints = []
        if done:
            hints.append(self.tr("Mit Bearbeiten → Rückgängig (Strg+Z) lässt sich der Import wieder entfernen."))
        if done < len(outcomes):
            hints.append(
                self.tr(
                    "Aus einer Datei mit Fehlern wurde nichts übernommen: bitte die genannten Zeilen korrigieren und "
                    "die Datei noch einmal einlesen."
                )
            )
        self.message_label = QLabel(" ".join([headline, *hints]))
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        for outcome in outcomes:
            self.tree.addTopLevelItem(self._file_item(outcome))
        self.tree.expandAll()
        layout.addWidget(self.tree, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy_button = buttons.addButton(self.tr("Liste kopieren"), QDialogButtonBox.ButtonRole.ActionRole)
        copy_button.clicked.connect(self.copy_list)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _file_item(self, outcome: TimesheetImport) -> QTreeWidgetItem:
        status = self.tr("importiert") if outcome.imported else self.tr("nicht importiert")
        item = QTreeWidgetItem([f"{outcome.path.name} – {status}"])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setForeground(0, QBrush(QColor("#1e6b30" if outcome.imported else "#a61b1b")))  # the word says it too
        item.setToolTip(0, str(outcome.path))
        children = [localized(outcome.summary())]
        if outcome.imported:
            for sheet in outcome.sheets:
                count = (
                    self.tr("1 Einsatz") if sheet.rows == 1 else self.tr("%1 Einsätze").replace("%1", str(sheet.rows))
                )
                children.append(
                    self.tr("Blatt „%1“: %2, %3 Stunden")
                    .replace("%1", sheet.title)
                    .replace("%2", count)
                    .replace("%3", format_hours(sheet.minutes))
                )
        elif outcome.result is not None:
            children += [localized(error) for error in outcome.errors]
        for text in children:
            child = QTreeWidgetItem([text])
            child.setToolTip(0, text)
            item.addChild(child)
        return item

    def lines(self) -> list[str]:
        """The list as text: each file, then its lines indented."""
        result = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            result.append(item.text(0))
            result += [f"  {item.child(row).text(0)}" for row in range(item.childCount())]
        return result

    def copy_list(self) -> None:
        """Into the clipboard, e.g. to send the errors to the Lots*in."""
        QGuiApplication.clipboard().setText("\n".join(self.lines()))
