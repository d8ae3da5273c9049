"""Datei → Importieren: a list of Lots*innen or Einsätze from a CSV file or an Excel workbook, in three steps.

1. Spalten zuordnen – the first rows of the file (the sheet chosen in a workbook), the heading row found
   ("Kopfzeile in Zeile 3"), and above each column a combo box saying which field it fills (guessed from the
   headings, or remembered from the last file with the same headings). "Weiter" checks every row (a dry run).
2. Prüfung – every error by line, with the row's values; nothing can be imported while there are errors (fix
   the mapping with "Zurück", or the file and "Erneut prüfen"). The bad rows are also marked in step 1's
   preview. "Importieren" stores the whole file in one transaction (all or nothing) and puts it on the undo
   stack (Bearbeiten → Rückgängig removes exactly what it added).
3. Importiert – how many rows were added, updated or left unchanged.

``choose_file`` is a module-level function so tests can replace the modal file dialog.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lotsendesk.domain.formatting import format_hours
from lotsendesk.domain.messages import Msg
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.importer import (
    FIELDS,
    REQUIRED,
    ImportCancelled,
    ImportResult,
    Preview,
    field_label,
    import_file,
    preview_file,
    reapply_import,
    revert_import,
)
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.lotse_dialog import ERROR_STYLE, set_muted
from lotsendesk.ui.undo import push_done

_LAST_DIR_KEY = "import/last_dir"
PAGE_MAPPING, PAGE_CHECK, PAGE_DONE = range(3)
ERROR_ROW_COLOUR = QColor("#fde2e4")  # a light red behind rows with errors (with a ⚠ in the row header)
ERROR_TEXT_COLOUR = QColor("#b00020")
SHOWN_ERRORS = 500  # rows in the error table; "Liste kopieren" copies all


def choose_file(parent: QWidget | None, kind: str) -> Path | None:
    """Ask for the file (a module-level function so tests can replace the modal file dialog)."""
    if kind == "lotsen":
        title = QCoreApplication.translate("ImportWizard", "Lots*innen importieren – Datei wählen")
    else:
        title = QCoreApplication.translate("ImportWizard", "Einsätze importieren – Datei wählen")
    filters = QCoreApplication.translate(
        "ImportWizard",
        "Listen (*.xlsx *.xlsm *.csv *.txt);;Excel-Arbeitsmappen (*.xlsx *.xlsm);;CSV-Dateien (*.csv *.txt);;"
        "Alle Dateien (*)",
    )
    settings = QSettings()
    start = str(settings.value(_LAST_DIR_KEY, str(Path.home())))
    name, _selected = QFileDialog.getOpenFileName(parent, title, start, filters)
    if not name:
        return None
    settings.setValue(_LAST_DIR_KEY, str(Path(name).parent))  # the next import starts in the same folder
    return Path(name)


def run_import_dialog(parent: QWidget | None, db: Database, kind: str, undo_stack: QUndoStack) -> bool:
    """The whole import flow; True if something was imported (the caller then reloads its pages)."""
    path = choose_file(parent, kind)
    if path is None:
        return False
    wizard = ImportWizard(db, kind, path, undo_stack, parent)
    wizard.exec()
    return wizard.result_of_import is not None


def undo_text(result: ImportResult) -> str:
    """What Bearbeiten → Rückgängig names: "Import „einsaetze.xlsx“"."""
    return QCoreApplication.translate("ImportWizard", "Import „%1“").replace("%1", result.filename)


def error_line(message: str) -> tuple[str, str]:
    """A row error ``Zeile 7: …`` as its line and its message, the message in the UI language."""
    if isinstance(message, Msg) and message.template == "Zeile {zeile}: {meldung}":
        return str(message.params["zeile"]), localized(message.params["meldung"])
    return "", localized(message)


class _Progress:
    """Shown while a big file is read (the service calls this every 2,000 rows); "Abbrechen" stops the import."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int | None) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog(self._parent)
            self.dialog.setWindowTitle(QCoreApplication.translate("ImportWizard", "Import"))
            self.dialog.setCancelButtonText(QCoreApplication.translate("ImportWizard", "Abbrechen"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
        self.dialog.setMaximum(total or 0)  # 0: a busy bar when the file does not say how many rows it has
        self.dialog.setValue(min(done, total) if total else 0)
        self.dialog.setLabelText(
            QCoreApplication.translate("ImportWizard", "Zeile %1 wird gelesen …").replace(
                "%1", f"{done:,}".replace(",", ".")
            )
        )
        self.dialog.show()
        QApplication.processEvents()
        if self.dialog.wasCanceled():
            raise ImportCancelled

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


class ImportWizard(QWizard):
    """``ImportWizard(db, kind, path, undo_stack)``; after ``exec()``, ``result_of_import`` is the stored import
    (None when nothing was imported)."""

    def __init__(
        self, db: Database, kind: str, path: Path, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.path = Path(path)
        self.undo_stack = undo_stack
        self.check_result: ImportResult | None = None  # the last dry run
        self.result_of_import: ImportResult | None = None
        if kind == "lotsen":
            self.setWindowTitle(self.tr("Lots*innen importieren"))
        else:
            self.setWindowTitle(self.tr("Einsätze importieren"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        self.setPage(PAGE_MAPPING, self.mapping_page)
        self.setPage(PAGE_CHECK, self.check_page)
        self.setPage(PAGE_DONE, self.done_page)
        self.setStartId(PAGE_MAPPING)
        self.resize(1100, 660)
        self.mapping_page.load(self.path)

    # the service calls, with a wait cursor and the progress dialog -------------------------------------------
    def run(self, dry_run: bool) -> ImportResult:
        """``import_file`` with the page's file, sheet and mapping; raises ServiceError."""
        progress = _Progress(self)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # 10,000 rows take about a second
        try:
            return import_file(
                self.db,
                self.kind,
                self.path,
                dry_run=dry_run,
                sheet=self.mapping_page.sheet(),
                mapping=self.mapping_page.mapping(),
                progress=progress,
            )
        finally:
            progress.close()
            QApplication.restoreOverrideCursor()

    def check(self) -> bool:
        """The dry run; False (with the reason on the mapping page) if the file cannot be checked at all."""
        try:
            self.check_result = self.run(dry_run=True)
        except ServiceError as error:
            self.check_result = None
            self.mapping_page.tell(localized(error.message))
            self.mapping_page.mark_errors(None)
            return False
        self.mapping_page.tell("")
        self.mapping_page.mark_errors(self.check_result)
        return True

    def store(self) -> bool:
        """The real import, pushed on the undo stack; False (with the reason on the check page) if refused."""
        try:
            result = self.run(dry_run=False)
        except ServiceError as error:
            self.check_page.tell(localized(error.message))
            return False
        if result.errors:  # the data changed since the check (e.g. a person was removed): show the new errors
            self.check_result = result
            self.mapping_page.mark_errors(result)
            self.check_page.show_result(result)
            return False
        self.result_of_import = result
        push_done(
            self.undo_stack,
            undo_text(result),
            lambda: revert_import(self.db, result),
            lambda: reapply_import(self.db, result),
            self.parentWidget(),
        )
        return True


# --- step 1: the file and its columns ---------------------------------------------------------------------------
class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.preview: Preview | None = None
        self.combos: list[QComboBox] = []
        self._lines: list[int] = []  # the file's line / Excel row of each preview row
        self._error_lines: dict[int, list[str]] = {}
        self.setTitle(self.tr("Schritt 1 von 3: Spalten zuordnen"))
        self.setSubTitle(
            self.tr(
                "Wählen Sie über jeder Spalte, was sie enthält. Spalten mit „nicht importieren“ werden übergangen. "
                "Pflichtangaben sind mit * markiert."
            )
        )

        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_button = QPushButton(self.tr("Andere Datei…"))
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self.choose_other_file)
        self.sheet_label = QLabel(self.tr("Tabellenblatt:"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Tabellenblatt"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.sheet_combo.activated.connect(lambda _i: self.load(self._wizard.path, self.sheet_combo.currentText()))
        self.header_label = QLabel()
        set_muted(self.header_label)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Datei:")))
        top.addWidget(self.file_label, 1)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_combo)
        top.addSpacing(12)
        top.addWidget(self.file_button)

        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Vorschau der Datei mit der Zuordnung der Spalten"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setHighlightSections(False)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.header_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.message_label)

    # loading ----------------------------------------------------------------------------------------------------
    def choose_other_file(self) -> None:
        path = choose_file(self, self._wizard.kind)
        if path is not None:
            self._wizard.path = path
            self.load(path)

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Show the top of ``path`` (``sheet`` of a workbook); a file that cannot be read says why."""
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self._error_lines = {}
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = preview_file(self._wizard.db, self._wizard.kind, path, sheet=sheet)
        except ServiceError as error:
            self.preview = None
            self.tell(localized(error.message))
        else:
            self.tell("")
        finally:
            QApplication.restoreOverrideCursor()
        self._fill()
        self.completeChanged.emit()

    def reload(self) -> None:
        """Read the file again; the columns keep their fields if the headings are still the same."""
        before, header = self.mapping(), self.preview.header if self.preview is not None else None
        self.load(self._wizard.path, self.sheet())
        if before is not None and self.preview is not None and self.preview.header == header:
            for column, combo in enumerate(self.combos):
                field = next((name for name, index in before.items() if index == column), None)
                combo.setCurrentIndex(max(0, combo.findData(field)))
            self._update()
            self.completeChanged.emit()

    def _fill(self) -> None:
        preview = self.preview
        self.combos = []
        self._lines = []
        self.table.clear()
        has_sheets = preview is not None and preview.format == "xlsx"
        self.sheet_label.setVisible(has_sheets)
        self.sheet_combo.setVisible(has_sheets)
        if preview is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.header_label.setText("")
            self.status_label.setText("")
            return
        self.sheet_combo.clear()
        self.sheet_combo.addItems(preview.sheets)
        if preview.sheet is not None:
            self.sheet_combo.setCurrentText(preview.sheet)
        self.header_label.setText(
            self.tr("Kopfzeile in Zeile %1 · Vorschau der ersten %2 Datenzeilen")
            .replace("%1", str(preview.header_line))
            .replace("%2", str(len(preview.rows)))
        )
        columns = preview.columns
        self.table.setColumnCount(columns)
        self.table.setRowCount(1 + len(preview.rows))
        by_column = {index: name for name, index in preview.mapping.items()}
        headers = []
        for column in range(columns):
            title = preview.header[column] if column < len(preview.header) else ""
            headers.append(title or self.tr("(Spalte %1)").replace("%1", str(column + 1)))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderItem(0, QTableWidgetItem(self.tr("Import als")))
        for column in range(columns):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Inhalt der Spalte „%1“").replace("%1", headers[column]))
            combo.addItem(self.tr("– nicht importieren –"), None)
            for name in FIELDS[self._wizard.kind]:
                label = localized(field_label(name))
                combo.addItem(f"{label} *" if name in REQUIRED[self._wizard.kind] else label, name)
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(column))))
            combo.activated.connect(lambda _i, c=column: self._combo_changed(c))
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row, (line, cells) in enumerate(preview.rows, start=1):
            self._lines.append(line)
            self.table.setVerticalHeaderItem(row, QTableWidgetItem(str(line)))
            for column in range(columns):
                item = QTableWidgetItem(cells[column].replace("\n", " ⏎ ") if column < len(cells) else "")
                item.setToolTip(cells[column] if column < len(cells) and len(cells[column]) > 30 else "")
                self.table.setItem(row, column, item)
        self.table.resizeRowToContents(0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        for column in range(columns):
            widest = max(
                [metrics.horizontalAdvance(headers[column])]
                + [
                    metrics.horizontalAdvance(self.table.item(r, column).text())
                    for r in range(1, self.table.rowCount())
                ]
            )
            header.resizeSection(column, min(max(self.combos[column].sizeHint().width() + 8, widest + 24), 320))
        self._update()

    # the mapping --------------------------------------------------------------------------------------------------
    def _combo_changed(self, column: int) -> None:
        """A field fills one column: choosing it here takes it away from the column that had it."""
        chosen = self.combos[column].currentData()
        if chosen is not None:
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == chosen:
                    combo.setCurrentIndex(0)
        self._update()
        self.completeChanged.emit()

    def set_column(self, column: int, field: str | None) -> None:
        """Choose what ``column`` contains, as a click in its combo box would (for tests and keyboard users)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field))
        combo.activated.emit(combo.currentIndex())

    def mapping(self) -> dict[str, int] | None:
        """field → column as chosen; None before a file could be read."""
        if self.preview is None:
            return None
        return {combo.currentData(): column for column, combo in enumerate(self.combos) if combo.currentData()}

    def sheet(self) -> str | None:
        return self.preview.sheet if self.preview is not None else None

    def missing(self) -> list[str]:
        mapping = self.mapping() or {}
        return [name for name in REQUIRED[self._wizard.kind] if name not in mapping]

    def _update(self) -> None:
        """Grey out the columns that are not imported; say what is still missing."""
        mapping = self.mapping() or {}
        used = set(mapping.values())
        muted = QBrush(self.palette().color(self.palette().ColorGroup.Disabled, self.palette().ColorRole.Text))
        for row, line in enumerate(self._lines, start=1):
            problems = self._error_lines.get(line)
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                item.setForeground(QBrush() if column in used else muted)
                item.setBackground(QBrush(ERROR_ROW_COLOUR) if problems else QBrush())
                if problems:
                    item.setToolTip("\n".join(problems))
            self.table.verticalHeaderItem(row).setText(f"⚠ {line}" if problems else str(line))
        missing = [localized(field_label(name)) for name in self.missing()]
        if self.preview is None:
            text = ""
        elif missing:
            text = self.tr("Noch nicht zugeordnet: %1. Bitte über der passenden Spalte auswählen.").replace(
                "%1", ", ".join(f"„{name}“" for name in missing)
            )
        elif self.preview.remembered:
            text = self.tr("Die Zuordnung ist die vom letzten Import einer Datei mit diesen Spaltennamen.")
        else:
            text = self.tr(
                "Alle Pflichtangaben sind zugeordnet. „Weiter“ prüft jede Zeile; gespeichert wird noch nichts."
            )
        if self._error_lines and text:
            text += " " + self.tr(
                "Zeilen mit ⚠ hatten bei der letzten Prüfung Fehler; zeigen Sie mit der Maus darauf, um sie zu lesen."
            )
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if missing else "")

    def mark_errors(self, result: ImportResult | None) -> None:
        """Mark the preview's rows the last check found errors in (with the messages as tooltips)."""
        self._error_lines = {}
        for message in result.errors if result is not None else []:
            line, text = error_line(message)
            if line:
                self._error_lines.setdefault(int(line), []).append(text)
        self._update()

    def tell(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # QWizardPage ---------------------------------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return self.preview is not None and not self.missing()

    def validatePage(self) -> bool:
        return self._wizard.check()


# --- step 2: the check -------------------------------------------------------------------------------------------
class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Schritt 2 von 3: Prüfung"))
        self.setSubTitle(self.tr("Jede Zeile wurde geprüft. Importiert wird nur die ganze Datei – oder nichts."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Importieren"))

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Fehler der Datei nach Zeilen"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # a long message wraps in its row
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setHighlightSections(False)
        self.more_label = QLabel()
        set_muted(self.more_label)
        self.copy_button = QPushButton(self.tr("Liste kopieren"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_errors)
        self.recheck_button = QPushButton(self.tr("Erneut prüfen"))
        self.recheck_button.setAutoDefault(False)
        self.recheck_button.setToolTip(
            self.tr("Die Datei noch einmal lesen, z. B. nachdem Sie sie in Excel korrigiert haben.")
        )
        self.recheck_button.clicked.connect(self.recheck)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.filler = QWidget()  # keeps the text at the top when there is no table
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        buttons = QHBoxLayout()
        buttons.addWidget(self.more_label)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.recheck_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.filler, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)

    def initializePage(self) -> None:
        self.tell("")
        if self._wizard.check_result is not None:
            self.show_result(self._wizard.check_result)

    def show_result(self, result: ImportResult) -> None:
        errors = result.errors
        has_errors = bool(errors)
        for widget in (self.table, self.copy_button, self.more_label):
            widget.setVisible(has_errors)
        self.filler.setVisible(not has_errors)
        if not has_errors:
            self.summary_label.setStyleSheet("")
            self.summary_label.setText(localized(result.summary()))
            self.advice_label.setText(
                self.tr(
                    "„Importieren“ speichert alles in einem Schritt. Danach können Sie den Import mit "
                    "Bearbeiten → Rückgängig (Strg+Z) wieder entfernen."
                )
            )
            self.completeChanged.emit()
            return
        if len(errors) == 1:
            text = self.tr("In „%1“ gibt es 1 Fehler. Es wird nichts importiert, solange Fehler bestehen.")
        else:
            text = self.tr("In „%1“ gibt es %2 Fehler. Es wird nichts importiert, solange Fehler bestehen.")
        text = text.replace("%1", result.filename).replace("%2", f"{len(errors):,}".replace(",", "."))
        advice = self.tr(
            "Stimmt eine Zuordnung nicht, gehen Sie „Zurück“. Ist die Datei falsch, korrigieren Sie sie, speichern "
            "sie und klicken „Erneut prüfen“."
        )
        self.summary_label.setStyleSheet(ERROR_STYLE)
        self.summary_label.setText(text)
        self.advice_label.setText(advice)
        self._fill_table(result)
        self.completeChanged.emit()

    def _fill_table(self, result: ImportResult) -> None:
        fields = [name for name in FIELDS[self._wizard.kind] if name in result.mapping]
        headers = [self.tr("Zeile"), *(localized(field_label(name)) for name in fields), self.tr("Fehler")]
        shown = result.errors[:SHOWN_ERRORS]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(shown))
        self.table.setHorizontalHeaderLabels(headers)
        for row, message in enumerate(shown):
            line, text = error_line(message)
            cells = result.error_rows.get(int(line), []) if line else []
            values = [line, *(self._cell(cells, result.mapping[name]) for name in fields), text]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == len(values) - 1:
                    item.setForeground(QBrush(ERROR_TEXT_COLOUR))
                    item.setToolTip(value)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for column in range(len(headers) - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, 180))
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        if len(result.errors) > SHOWN_ERRORS:
            self.more_label.setText(
                self.tr("Gezeigt werden die ersten %1 von %2 Fehlern; „Liste kopieren“ kopiert alle.")
                .replace("%1", str(SHOWN_ERRORS))
                .replace("%2", f"{len(result.errors):,}".replace(",", "."))
            )
        else:
            self.more_label.setText("")

    @staticmethod
    def _cell(cells: list[str], index: int) -> str:
        return cells[index].replace("\n", " ⏎ ") if index < len(cells) else ""

    def error_text(self) -> str:
        """Every error of the last check, one per line, as "Liste kopieren" copies them."""
        result = self._wizard.check_result
        return "\n".join(localized(message) for message in result.errors) if result is not None else ""

    def copy_errors(self) -> None:
        """Into the clipboard, e.g. to paste into an e-mail to whoever made the file."""
        QGuiApplication.clipboard().setText(self.error_text())

    def recheck(self) -> None:
        """Read the file again (the user may have corrected it) with the same mapping, and check it again."""
        self.tell("")
        self._wizard.mapping_page.reload()
        if self._wizard.check():
            self.show_result(self._wizard.check_result)
        else:
            self.tell(self._wizard.mapping_page.message_label.text())

    def tell(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def isComplete(self) -> bool:
        result = self._wizard.check_result
        return result is not None and not result.errors

    def validatePage(self) -> bool:
        return self._wizard.store()


# --- step 3: done -------------------------------------------------------------------------------------------------
class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Schritt 3 von 3: Importiert"))
        self.setSubTitle(self.tr("Die Datei ist gespeichert."))
        self.setFinalPage(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.hint_label = QLabel(
            self.tr("Mit Bearbeiten → Rückgängig (Strg+Z) können Sie den Import wieder entfernen.")
        )
        self.hint_label.setWordWrap(True)
        set_muted(self.hint_label)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.summary_label)
        layout.addLayout(self.form)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self._wizard.result_of_import
        if result is None:
            return
        self.summary_label.setText(localized(result.summary()))
        while self.form.rowCount():
            self.form.removeRow(0)
        if result.kind == "lotsen":
            rows = [
                (self.tr("Neu angelegt:"), str(result.created)),
                (self.tr("Aktualisiert:"), str(result.updated)),
                (self.tr("Unverändert (übersprungen):"), str(result.unchanged)),
            ]
        else:
            rows = [
                (self.tr("Neue Einsätze:"), str(result.created)),
                (self.tr("Stunden zusammen:"), format_hours(result.minutes)),
                (self.tr("Neue Tätigkeiten:"), ", ".join(result.new_taetigkeiten) or self.tr("keine")),
            ]
        if result.sheet:
            rows.insert(0, (self.tr("Tabellenblatt:"), result.sheet))
        for label, value in rows:
            field = QLabel(value)
            field.setObjectName("summary_value")
            self.form.addRow(label, field)

    def values(self) -> dict[str, str]:
        """What the summary form shows, label → value (for tests)."""
        found = {}
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            found[label.text()] = field.text()
        return found
