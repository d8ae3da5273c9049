"""Lots*innen qualified elsewhere (domain.md §6 item 14): the Basisqualifizierung of another organiser, with
date and note, is the basis of their Qualifiziert-am date. The dialog lists every such record ("Entfernen") and
enters new ones; each change goes on the undo stack."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.dates import format_date
from lotsendesk.services import kurse
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.lotsen import get_lotse, list_lotse_refs, update_lotse
from lotsendesk.ui.ask import confirm
from lotsendesk.ui.foerderjahr_dialog import FormDialog
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.lotse_dialog import set_muted
from lotsendesk.ui.rollen_editor import date_line_edit
from lotsendesk.ui.undo import push_done

NR, NAME, VERANSTALTER, DATUM, NOTIZ = range(5)


class ExterneQualifikationDialog(FormDialog):
    """After closing: ``changed`` says whether anything was stored (the page reloads then)."""

    FIELD_ORDER = ("lotse", "veranstalter", "datum", "notiz")

    def __init__(self, db, undo_stack: QUndoStack, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.changed = False
        self._today = today or date.today()
        self._rows: list[kurse.ExterneQualifikationRow] = []
        self.setWindowTitle(self.tr("Extern qualifizierte Lots*innen"))
        intro = QLabel(
            self.tr(
                "Wer die Basisqualifizierung bei einem anderen Träger gemacht hat, wird hier eingetragen. Das Datum "
                "gilt als „Qualifiziert am“: Stunden ab diesem Tag sind abrechenbar. Bitte den Nachweis (Zertifikat) "
                "zu den Unterlagen nehmen."
            )
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nr."), self.tr("Name"), self.tr("Veranstalter"), self.tr("Datum"), self.tr("Notiz")]
        )
        self.table.setAccessibleName(self.tr("Extern qualifizierte Lots*innen"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTIZ, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr("Noch niemand als extern qualifiziert eingetragen."))
        set_muted(self.empty_label)
        self.remove_button = QPushButton(self.tr("Entfernen"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(
            self.tr("Den Eintrag löschen; „Qualifiziert am“ fällt dann auf ein eigenes Zertifikat zurück oder weg.")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        below = QHBoxLayout()
        below.addWidget(self.empty_label)
        below.addStretch(1)
        below.addWidget(self.remove_button)

        self.lotse_combo = QComboBox()
        self.lotse_combo.setEditable(True)
        self.lotse_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.lotse_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.lotse_combo.lineEdit().setPlaceholderText(self.tr("Nr. oder Name eintippen …"))
        for ref in list_lotse_refs(db):
            self.lotse_combo.addItem(f"{ref.nr} – {ref.name}", ref.id)
        self.lotse_combo.setCurrentIndex(-1)
        self.veranstalter_edit = QLineEdit()
        self.veranstalter_edit.setMaxLength(200)
        self.veranstalter_edit.setPlaceholderText(self.tr("z. B. Caritasverband Darmstadt"))
        self.datum_edit = date_line_edit(self.tr("Datum des Abschlusses"))
        self.notiz_edit = QLineEdit()
        self.notiz_edit.setPlaceholderText(self.tr("z. B. Zertifikat liegt in der Akte"))
        self.add_button = QPushButton(self.tr("Eintragen"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        new_box = QGroupBox(self.tr("Neu eintragen"))
        form = self._form(new_box)
        self._add_row(form, self.tr("Lots*in *"), self.lotse_combo, "lotse")
        self._add_row(form, self.tr("Veranstalter *"), self.veranstalter_edit, "veranstalter")
        self._add_row(form, self.tr("Abgeschlossen am *"), self.datum_edit, "datum")
        self._add_row(form, self.tr("Notiz"), self.notiz_edit, "notiz")
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        new_box.layout().addLayout(add_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addWidget(new_box)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.datum_edit.editingFinished.connect(lambda: self._date_left(self.datum_edit, "datum"))
        self.veranstalter_edit.returnPressed.connect(self.add)
        self.notiz_edit.returnPressed.connect(self.add)
        self._load()
        self.resize(720, max(self.sizeHint().height(), 560))
        self.lotse_combo.setFocus()

    # list --------------------------------------------------------------------------------------
    def _load(self) -> None:
        self._rows = kurse.list_external_qualifications(self.db)
        self.table.setRowCount(len(self._rows))
        for row, record in enumerate(self._rows):
            values = (record.nr, record.name, record.veranstalter, format_date(record.datum), record.notiz)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == NOTIZ and value:
                    item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self._rows))
        self.empty_label.setVisible(not self._rows)
        self._update_buttons()

    def selected(self) -> kurse.ExterneQualifikationRow | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self._rows[rows.pop()] if len(rows) == 1 else None

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def choose_lotse(self, lotse_id: int) -> None:
        self.lotse_combo.setCurrentIndex(self.lotse_combo.findData(lotse_id))

    def _chosen_lotse(self) -> int | None:
        text = self.lotse_combo.currentText().strip()
        index = self.lotse_combo.findText(text)
        if index >= 0:
            return self.lotse_combo.itemData(index)
        return None

    # changes -----------------------------------------------------------------------------------
    def add(self) -> None:
        errors: dict[str, str] = {}
        lotse_id = self._chosen_lotse()
        if lotse_id is None:
            errors["lotse"] = self.tr("Bitte eine Lots*in aus der Liste wählen.")
        datum = self._read_required_date(self.datum_edit, "datum", errors, self._today)
        if not self.veranstalter_edit.text().strip():
            errors["veranstalter"] = self.tr("Bitte angeben, wer die Qualifizierung durchgeführt hat.")
        if errors or lotse_id is None or datum is None:
            self.show_errors(errors)
            return
        veranstalter, notiz = self.veranstalter_edit.text().strip(), self.notiz_edit.text().strip()
        try:
            person_before = get_lotse(self.db, lotse_id)
            record_before = kurse.external_qualification(self.db, lotse_id)
            kurse.set_external_qualification(self.db, lotse_id, veranstalter, datum, notiz)
        except InputErrors as error:
            self.show_errors(error.by_field())
            return
        except ServiceError as error:
            self.show_errors({"": error.message})
            return
        self.clear_errors()

        def undo() -> None:
            if record_before is None:
                kurse.remove_external_qualification(self.db, lotse_id)
            else:
                kurse.set_external_qualification(
                    self.db, lotse_id, record_before.veranstalter, record_before.datum, record_before.notiz
                )
            update_lotse(self.db, lotse_id, person_before)

        push_done(
            self.undo_stack,
            self.tr("Externe Qualifizierung von %1 eintragen").replace("%1", self.lotse_combo.currentText()),
            undo,
            lambda: kurse.set_external_qualification(self.db, lotse_id, veranstalter, datum, notiz),
            self.parentWidget(),
        )
        self.changed = True
        for edit in (self.veranstalter_edit, self.datum_edit, self.notiz_edit):
            edit.clear()
        self.lotse_combo.setCurrentIndex(-1)
        self._load()

    def remove_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        question = (
            self.tr(
                "Den Eintrag „extern qualifiziert“ von %1 (%2, %3) entfernen?\n\n„Qualifiziert am“ gilt dann nur "
                "noch, wenn ein eigenes Zertifikat es belegt. Mit Strg+Z lässt sich das zurücknehmen."
            )
            .replace("%1", record.name)
            .replace("%2", record.veranstalter)
            .replace("%3", format_date(record.datum))
        )
        if not confirm(self, self.tr("Eintrag entfernen"), question):
            return
        try:
            person_before = get_lotse(self.db, record.lotse_id)
            kurse.remove_external_qualification(self.db, record.lotse_id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Eintrag entfernen"), localized(error.message))
            return

        def undo() -> None:
            kurse.set_external_qualification(self.db, record.lotse_id, record.veranstalter, record.datum, record.notiz)
            update_lotse(self.db, record.lotse_id, person_before)

        push_done(
            self.undo_stack,
            self.tr("Externe Qualifizierung von %1 entfernen").replace("%1", record.name),
            undo,
            lambda: kurse.remove_external_qualification(self.db, record.lotse_id),
            self.parentWidget(),
        )
        self.changed = True
        self._load()
