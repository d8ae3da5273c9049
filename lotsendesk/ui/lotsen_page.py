"""The Lots*innen page: who is in the project, in which role, since when qualified, how many hours so far."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.formatting import format_hours, format_number
from lotsendesk.domain.lotse_record import LotseData
from lotsendesk.domain.people import Status, display_name, sort_key
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.exports import ExportResult, export_lotsen
from lotsendesk.services.lotsen import (
    LotseRow,
    create_lotse,
    delete_lotse,
    einsatz_count,
    get_lotse,
    list_lotsen,
    update_lotse,
)
from lotsendesk.ui.ask import confirm
from lotsendesk.ui.export_dialog import export_with_dialog
from lotsendesk.ui.flow_layout import flow_widget
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.icons import set_icon
from lotsendesk.ui.lotse_dialog import LotseDialog, set_muted
from lotsendesk.ui.lotse_jahr_panel import LotseJahrPanel
from lotsendesk.ui.lotsen_model import (
    AUSTRITT,
    EINSAETZE,
    EINTRITT,
    NAME,
    NR,
    QUALIFIZIERT,
    ROLLE,
    STATUS,
    STUNDEN,
    LotsenModel,
)
from lotsendesk.ui.page import Page
from lotsendesk.ui.tables import record_table
from lotsendesk.ui.undo import push_done

# The status filter's choices (stored as item data).
SHOW_CURRENT, SHOW_ALL, SHOW_FORMER = "aktuell", "alle", "ausgeschieden"

_SETTINGS_HEADER = "lotsen_page/header"
_SETTINGS_SHOW = "lotsen_page/filter/anzeigen"  # the search text is not kept: it may hold a name


def _folded(text: str) -> str:
    """Case and accents do not matter when searching: "sukru" finds Şükrü."""
    return sort_key(text)[0]


class LotsenPage(Page):
    def __init__(self, db, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(db, undo_stack, parent)
        self._all_rows: list[LotseRow] = []
        self._today = date.today  # tests may replace it
        self.set_header(
            self.tr("Lots*innen"),
            self.tr(
                "Alle Lots*innen des Projekts mit Rolle, Qualifizierung und den bisher erfassten Stunden. "
                "Doppelklick öffnet eine Person zum Bearbeiten."
            ),
        )
        self.new_button = QPushButton(self.tr("Neue*r Lots*in"))
        self.new_button.setObjectName("primary")
        set_icon(self.new_button, "people")
        self.new_button.setDefault(True)
        self.new_button.setAccessibleName(self.tr("Neue*r Lots*in anlegen"))
        self.new_button.clicked.connect(self.add_lotse)
        self.actions_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)

        # filter row
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Suchen nach Nr., Name oder Sprache …"))
        self.search_edit.setAccessibleName(self.tr("Lots*innen suchen"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Aktive und pausierte"), SHOW_CURRENT)
        self.status_filter.addItem(self.tr("Alle"), SHOW_ALL)
        self.status_filter.addItem(self.tr("Ausgeschiedene"), SHOW_FORMER)
        self.status_filter.setAccessibleName(self.tr("Welche Lots*innen anzeigen"))
        # the last choice (only in the real program, where an organisation name is set; tests keep the default)
        if QCoreApplication.organizationName():
            stored = self.status_filter.findData(QSettings().value(_SETTINGS_SHOW))
            self.status_filter.setCurrentIndex(max(0, stored))
            self.status_filter.currentIndexChanged.connect(
                lambda _i: QSettings().setValue(_SETTINGS_SHOW, self.status_filter.currentData())
            )
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        status_label = QLabel(self.tr("Anzeigen:"))
        status_label.setBuddy(self.status_filter)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_edit, 2)
        filters.addSpacing(12)
        filters.addWidget(status_label)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        self.export_button = QPushButton(self.tr("Exportieren…"))
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip(
            self.tr("Die angezeigten Lots*innen mit Kontaktdaten und IBAN als Excel- oder CSV-Datei speichern")
        )
        self.export_button.clicked.connect(self.export)
        filters.addWidget(self.export_button)
        self.layout_.addLayout(filters)

        # table, or the empty state that explains what to do
        self.model = LotsenModel(self)
        self.table = record_table(self.model, self.tr("Liste der Lots*innen"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        self._set_column_widths()
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_details())

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setContentsMargins(40, 40, 40, 40)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        # below the table: the count, and what can be done with the selected person
        self.count_label = QLabel()
        set_muted(self.count_label)
        self.edit_button = QPushButton(self.tr("Bearbeiten…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.deactivate_button = QPushButton(self.tr("Deaktivieren"))
        self.deactivate_button.setToolTip(
            self.tr("Status auf „ausgeschieden“ setzen; die Person und ihre Einsätze bleiben gespeichert.")
        )
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.delete_button = QPushButton(self.tr("Löschen"))
        self.delete_button.setToolTip(self.tr("Nur für Personen ohne erfasste Einsätze (Entf-Taste)."))
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button = QPushButton(self.tr("Verlauf…"))
        self.history_button.setToolTip(self.tr("Alle Änderungen an dieser Person: wann, wer, was (Protokoll)."))
        self.history_button.clicked.connect(self.show_history)
        # data protection (DSGVO Art. 15, 17): Auskunft, Anonymisieren after the retention, who is due
        self.auskunft_button = QPushButton(self.tr("Auskunft…"))
        self.auskunft_button.setToolTip(self.tr("Alles über diese Person als PDF oder JSON (Art. 15 DSGVO)."))
        self.auskunft_button.clicked.connect(self.auskunft_selected)
        self.anonymise_button = QPushButton(self.tr("Anonymisieren…"))
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.faellig_button = QPushButton(self.tr("Zur Löschung fällig…"))
        self.faellig_button.setToolTip(self.tr("Ausgeschiedene Lots*innen, deren Aufbewahrungsfrist abgelaufen ist."))
        self.faellig_button.clicked.connect(self.show_faellig)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        row_buttons = [
            self.faellig_button,
            self.auskunft_button,
            self.anonymise_button,
            self.history_button,
            self.edit_button,
            self.deactivate_button,
            self.delete_button,
        ]
        for button in row_buttons:
            button.setAutoDefault(False)
        bottom.addWidget(flow_widget(row_buttons), 1)  # seven buttons: a second line where the window is narrow

        # the table above, the selected person's year below (the table keeps the full width: no side panel)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.setSpacing(8)
        upper_layout.addWidget(self.stack, 1)
        upper_layout.addLayout(bottom)
        self.details = LotseJahrPanel(db, undo_stack)
        self.details._today = lambda: self._today()
        self.details.changed.connect(self.data_changed.emit)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.layout_.addWidget(self.splitter, 1)

        self.remember_header(self.table, _SETTINGS_HEADER, self._header_restored)
        self._update_buttons()

    # loading and filtering ---------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_row()
        try:
            self._all_rows = list_lotsen(self.db)
        except ServiceError as error:
            self._all_rows = []
            QMessageBox.warning(self, self.tr("Lots*innen"), localized(error.message))
        self._apply_filter(keep_id=selected.id if selected else None)
        self.details.reload()

    def _apply_filter(self, *_args, keep_id: int | None = None) -> None:
        if keep_id is None:
            selected = self.selected_row()
            keep_id = selected.id if selected else None
        needle = _folded(self.search_edit.text().strip())
        show = self.status_filter.currentData()
        rows = []
        for row in self._all_rows:
            if show == SHOW_CURRENT and row.status is Status.AUSGESCHIEDEN:
                continue
            if show == SHOW_FORMER and row.status is not Status.AUSGESCHIEDEN:
                continue
            if needle:
                haystack = _folded(
                    f"{row.nr} {row.nachname}, {row.vorname} {row.vorname} {row.nachname} {row.sprachen}"
                )
                if needle not in haystack:
                    continue
            rows.append(row)
        self.model.set_rows(rows)
        if keep_id is not None:
            self.select_id(keep_id)
        self._update_empty_state(rows)
        self._update_count(rows)
        self._update_buttons()
        selected = self.selected_row()
        if (selected.id if selected else None) != self.details.lotse_id:
            self._show_details()

    def _update_empty_state(self, rows: list[LotseRow]) -> None:
        if rows:
            self.stack.setCurrentWidget(self.table)
            return
        if not self._all_rows:
            text = self.tr(
                "Noch keine Lots*innen erfasst. Legen Sie mit „Neue*r Lots*in“ die erste Person an – oder "
                "importieren Sie eine Liste (Datei → Lots*innen importieren…)."
            )
        elif self.search_edit.text().strip():
            text = self.tr(
                "Kein*e Lots*in passt zu „%1“. Prüfen Sie die Schreibweise oder wählen Sie bei „Anzeigen“ „Alle“."
            ).replace("%1", self.search_edit.text().strip())
        elif self.status_filter.currentData() == SHOW_FORMER:
            text = self.tr("Es ist noch niemand ausgeschieden.")
        else:
            text = self.tr(
                "Alle Lots*innen sind ausgeschieden. Wählen Sie bei „Anzeigen“ „Alle“, um sie zu sehen, "
                "oder legen Sie mit „Neue*r Lots*in“ eine neue Person an."
            )
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def _update_count(self, rows: list[LotseRow]) -> None:
        shown, total = len(rows), len(self._all_rows)
        if not total:
            self.count_label.clear()
            return
        if shown == 1:
            count = self.tr("1 Lots*in")
        else:
            count = self.tr("%1 Lots*innen").replace("%1", format_number(Decimal(shown), 0))
        if shown != total:
            count = self.tr("%1 (von %2)").replace("%1", count).replace("%2", format_number(Decimal(total), 0))
        einsaetze = sum(r.einsaetze for r in rows)
        minutes = sum(r.minuten for r in rows)
        text = (
            (self.tr("%1 · 1 Einsatz · %3 Stunden") if einsaetze == 1 else self.tr("%1 · %2 Einsätze · %3 Stunden"))
            .replace("%1", count)
            .replace("%2", format_number(Decimal(einsaetze), 0))
            .replace("%3", format_hours(minutes))
        )
        self.count_label.setText(text)

    # selection ---------------------------------------------------------------------------------
    def selected_row(self) -> LotseRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_id(self, lotse_id: int) -> bool:
        row = self.model.row_of_id(lotse_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def _show_details(self) -> None:
        row = self.selected_row()
        self.details.show_person(row.id if row else None, self.details.current_year())

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(row is not None and row.status is not Status.AUSGESCHIEDEN)
        self.delete_button.setEnabled(row is not None)
        self.history_button.setEnabled(row is not None)
        self.auskunft_button.setEnabled(row is not None)
        self._update_anonymise_button(row)
        self.export_button.setEnabled(self.model.record_count() > 0)

    def _update_anonymise_button(self, row: LotseRow | None) -> None:
        """Enabled only when the selected person may be anonymised; otherwise the tooltip says why."""
        from lotsendesk.services.aufbewahrung import anonymise_refusal, retention

        reason = self.tr("Bitte eine Person auswählen.")
        if row is not None:
            try:
                refusal = anonymise_refusal(retention(self.db, row.id, date.today()), date.today())
            except ServiceError as error:
                refusal = error.message
            reason = localized(refusal) if refusal is not None else ""
        self.anonymise_button.setEnabled(not reason)
        self.anonymise_button.setToolTip(
            reason
            or self.tr("Name, Kontaktdaten, IBAN, Anschrift, Notizen und Bemerkungen entfernen; die Zahlen bleiben.")
        )

    def auskunft_selected(self) -> None:
        from lotsendesk.services.auskunft import write_auskunft
        from lotsendesk.ui import datenschutz_dialogs

        row = self.selected_row()
        if row is None:
            return
        path = datenschutz_dialogs.ask_auskunft_path(self, f"Auskunft-Lotsin-{row.nr}.pdf")
        if path is None:
            return
        try:
            write_auskunft(self.db, row.id, path)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Auskunft"), localized(error.message))

    def anonymise_selected(self) -> None:
        from lotsendesk.services.aufbewahrung import anonymise

        row = self.selected_row()
        if row is None:
            return
        question = self.tr(
            "%1 anonymisieren?\n\nName, Kontaktdaten, IBAN, Anschrift, Sprachen, Notizen und die Bemerkungen der "
            "Einsätze werden endgültig entfernt (auch aus dem Protokoll); der Name wird durch die Nr. ersetzt. "
            "Einsätze und Auszahlungen bleiben mit ihren Zahlen. Das lässt sich nicht rückgängig machen."
        ).replace("%1", row.name)
        if not confirm(self, self.tr("Anonymisieren"), question):
            return
        try:
            anonymise(self.db, row.id, date.today())
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Anonymisieren"), localized(error.message))
            return
        self.undo_stack.clear()  # an undo of an earlier edit would bring the removed data back
        self._after_edit(row.id, show_person=True)

    def show_faellig(self) -> None:
        from lotsendesk.services.aufbewahrung import due_for_deletion
        from lotsendesk.ui.datenschutz_dialogs import FaelligDialog

        FaelligDialog(due_for_deletion(self.db, date.today()), self).exec()

    def show_history(self) -> None:
        from lotsendesk.ui.protokoll_dialog import VerlaufDialog

        row = self.selected_row()
        if row is not None:
            VerlaufDialog(self.db, "lotse", row.id, row.name, self).exec()

    # export ------------------------------------------------------------------------------------
    def export(self) -> None:
        """Save the Lots*innen the table shows (this search, this status filter, this order)."""
        ids = [row.id for row in self.model.rows()]
        if not ids:
            return
        name = self.tr("Lotsinnen %1").replace("%1", self._today().isoformat()) + ".xlsx"
        export_with_dialog(
            self,
            self.tr("Lots*innen exportieren"),
            name,
            lambda path, progress: export_lotsen(self.db, path, None, ids, progress),
            self._export_done,
            len(ids),
        )

    def _export_done(self, result: ExportResult) -> str:
        text = (
            self.tr("1 Lots*in gespeichert in „%2“.")
            if result.rows == 1
            else self.tr("%1 Lots*innen gespeichert in „%2“.")
        )
        text = text.replace("%1", format_number(Decimal(result.rows), 0)).replace("%2", result.path.name)
        return text + " " + self.tr("Die Datei enthält Anschriften und Bankverbindungen: bitte vertraulich behandeln.")

    # actions -----------------------------------------------------------------------------------
    def add_lotse(self) -> None:
        try:
            dialog = LotseDialog(self.db, None, self)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Neue*r Lots*in"), localized(error.message))
            return
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_id is None:
            return
        lotse_id, data = dialog.saved_id, dialog.after
        name = display_name(data.nachname, data.vorname)
        push_done(
            self.undo_stack,
            self.tr("Lots*in %1 anlegen").replace("%1", name),
            lambda: delete_lotse(self.db, lotse_id),
            lambda: create_lotse(self.db, data, lotse_id=lotse_id),
            self,
        )
        self._after_edit(lotse_id, show_person=True)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            dialog = LotseDialog(self.db, row.id, self)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Lots*in bearbeiten"), localized(error.message))
            self.reload()
            return
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changed():
            return
        self._push_update(row.id, dialog.before, dialog.after, self.tr("Lots*in %1 bearbeiten"))
        self._after_edit(row.id, show_person=True)

    def deactivate_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.status is Status.AUSGESCHIEDEN:
            return
        try:
            before = get_lotse(self.db, row.id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Deaktivieren"), localized(error.message))
            self.reload()
            return
        today = self._today()
        after = replace(before, status=Status.AUSGESCHIEDEN, austritt=before.austritt or today)
        if before.austritt:
            austritt_text = self.tr("Der Austritt bleibt am %1.").replace("%1", format_date(before.austritt))
        else:
            austritt_text = self.tr(
                "Als Austritt wird heute, der %1, eingetragen; gilt ein anderes Datum, ändern Sie es danach "
                "mit „Bearbeiten…“."
            ).replace("%1", format_date(today))
        question = (
            self.tr(
                "%1 deaktivieren?\n\nDer Status wird „ausgeschieden“. %2 Die Person und ihre bisherigen Einsätze "
                "bleiben gespeichert; neue Einsätze nach dem Austritt werden nicht mehr angenommen."
            )
            .replace("%1", row.name)
            .replace("%2", austritt_text)
        )
        if not confirm(
            self,
            self.tr("Lots*in deaktivieren"),
            question,
        ):
            return
        try:
            update_lotse(self.db, row.id, after)
            after = get_lotse(self.db, row.id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Lots*in deaktivieren"), localized(error.message))
            return
        self._push_update(row.id, before, after, self.tr("Lots*in %1 deaktivieren"))
        self._after_edit(row.id, show_person=False)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            has_einsaetze = einsatz_count(self.db, row.id) > 0
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Lots*in löschen"), localized(error.message))
            return
        # With Einsätze the service refuses and says why (and what to do instead); asking first would be pointless.
        if not has_einsaetze:
            question = self.tr(
                "%1 löschen?\n\nAlle Angaben zu dieser Person (Anschrift, IBAN, Rollen, Notizen) werden gelöscht; "
                "Einsätze hat sie keine. Mit Bearbeiten → Rückgängig (Strg+Z) lässt sich das zurücknehmen."
            ).replace("%1", row.name)
            if not confirm(
                self,
                self.tr("Lots*in löschen"),
                question,
            ):
                return
        try:
            data = delete_lotse(self.db, row.id)
        except ServiceError as error:
            QMessageBox.information(self, self.tr("Lots*in löschen"), localized(error.message))
            self.reload()
            return
        lotse_id = row.id
        push_done(
            self.undo_stack,
            self.tr("Lots*in %1 löschen").replace("%1", row.name),
            lambda: create_lotse(self.db, data, lotse_id=lotse_id),
            lambda: delete_lotse(self.db, lotse_id),
            self,
        )
        self._after_edit(None, show_person=False)

    def _push_update(self, lotse_id: int, before: LotseData, after: LotseData, text: str) -> None:
        name = display_name(after.nachname, after.vorname)
        push_done(
            self.undo_stack,
            text.replace("%1", name),
            lambda: update_lotse(self.db, lotse_id, before),
            lambda: update_lotse(self.db, lotse_id, after),
            self,
        )

    def _after_edit(self, lotse_id: int | None, show_person: bool) -> None:
        """Reload, keep the edited person in view (widening the filter if needed), tell the other pages."""
        self.reload()
        if lotse_id is not None and not self.select_id(lotse_id) and show_person:
            self.search_edit.clear()
            if self.model.row_of_id(lotse_id) < 0:
                self.status_filter.setCurrentIndex(self.status_filter.findData(SHOW_ALL))
            self.select_id(lotse_id)
        self.data_changed.emit()

    # keyboard ----------------------------------------------------------------------------------
    # Called by the main window's Bearbeiten menu (Strg+N, Strg+F, Entf).
    def new_record(self) -> None:
        self.add_lotse()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def delete_selection(self) -> None:
        focus = self.focusWidget()
        if focus is not None and self.details.isAncestorOf(focus):
            return  # Entf in the person's year below the list must not offer to delete the person
        self.delete_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if key == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # layout ------------------------------------------------------------------------------------
    def _set_column_widths(self) -> None:
        """Start widths that fit 1366 px minus the sidebar; Name takes what is left over."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        pad = 24

        def width(*samples: str) -> int:
            return max(metrics.horizontalAdvance(s) for s in samples) + pad

        widths = {
            NR: width("0000", QCoreApplication.translate("LotsenModel", "Nr.")),
            ROLLE: width(
                QCoreApplication.translate("LotsenModel", "%1 seit %2")
                .replace("%1", QCoreApplication.translate("Lotsen", "koordinierende*r Lots*in"))
                .replace("%2", "00.00.0000")
            ),
            QUALIFIZIERT: width(
                QCoreApplication.translate("LotsenModel", "nicht qualifiziert"),
                QCoreApplication.translate("LotsenModel", "Qualifiziert am"),
            ),
            EINTRITT: width("00.00.0000", QCoreApplication.translate("LotsenModel", "Eintritt")),
            AUSTRITT: width("00.00.0000", QCoreApplication.translate("LotsenModel", "Austritt")),
            STATUS: width(
                QCoreApplication.translate("Lotsen", "ausgeschieden"),
                QCoreApplication.translate("LotsenModel", "Status"),
            ),
            EINSAETZE: width("0.000", QCoreApplication.translate("LotsenModel", "Einsätze")),
            STUNDEN: width("0.000,00", QCoreApplication.translate("LotsenModel", "Stunden")),
        }
        for column, value in widths.items():
            header.resizeSection(column, value)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)

    def _header_restored(self) -> None:
        """The stored state brings widths and sort order; how the header looks is decided here."""
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
