"""The Qualifizierungen page: plan a course, take attendance, issue certificates, account for it.

Above: the courses. Below, for the selected course, four tabs: Termine; Teilnehmende und Anwesenheit (a grid with
a box per Termin – a tick is stored at once); Kosten (Belege with their own numbers); Abrechnung (maximum grant
written out, fundable and non-fundable costs, result, deadline of the Verwendungsnachweis, warnings, and the way
to the course's documents on the Berichte page). Every change goes on the undo stack; what removes something
asks first and says what goes with it.
"""

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.deadlines import days_left
from lotsendesk.domain.formatting import format_money, format_number
from lotsendesk.domain.lotse_record import LotseData
from lotsendesk.domain.qualifizierung import KursArt
from lotsendesk.services import kurse
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.lotsen import create_lotse, delete_lotse
from lotsendesk.services.pruefhinweise import tage_text
from lotsendesk.ui.ask import confirm
from lotsendesk.ui.externe_qualifikation_dialog import ExterneQualifikationDialog
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.icons import set_icon
from lotsendesk.ui.kosten_dialog import KostenDialog
from lotsendesk.ui.kurs_dialog import KursDialog, SachberichtDialog
from lotsendesk.ui.kurse_models import (
    ART,
    K_BELEG,
    K_BETRAG,
    K_DATUM,
    K_EMPFAENGER,
    K_FOERDERFAEHIG,
    K_GRUND,
    K_KATEGORIE,
    KOSTEN,
    T_DATUM,
    T_THEMA,
    T_UE,
    T_ZEIT,
    TEILNEHMENDE,
    TITEL,
    UE,
    ZEITRAUM,
    KostenModel,
    KurseModel,
    TermineModel,
    art_label,
    schwere_label,
)
from lotsendesk.ui.lotse_dialog import set_muted
from lotsendesk.ui.page import Page
from lotsendesk.ui.tables import record_table
from lotsendesk.ui.teilnahme_dialogs import LotsePickerDialog, NeuePersonDialog, ZertifikatDialog
from lotsendesk.ui.teilnahme_model import NAME, CenteredCheckDelegate, TeilnahmeModel
from lotsendesk.ui.termin_dialog import TerminDialog
from lotsendesk.ui.undo import push_done
from lotsendesk.ui.value_grid import value_grid, vertical_scroll

TAB_TERMINE, TAB_TEILNEHMENDE, TAB_KOSTEN, TAB_ABRECHNUNG = range(4)
_SETTINGS_HEADER = "kurse_page/header"
# the documents of a course on the Berichte page (kind keys of berichte_page.KINDS)
DOC_TEILNEHMENDENLISTE = "teilnehmendenliste"
DOC_BESCHEINIGUNGEN = "teilnahmebescheinigungen"
DOC_VERWENDUNGSNACHWEIS = "kurs_verwendungsnachweis"


class KursePage(Page):
    open_document = Signal(str, int)  # a kind of the Berichte page and the course it is for

    def __init__(self, db, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(db, undo_stack, parent)
        self._today = date.today  # tests may replace it
        self.detail: kurse.KursDetail | None = None
        self._rows: list[kurse.KursRow] = []
        self.set_header(
            self.tr("Qualifizierungen"),
            self.tr(
                "Kurse planen, Anwesenheit abhaken, Zertifikate ausstellen und den Kurs abrechnen. Mit dem "
                "Zertifikat der Basisqualifizierung sind die Stunden einer Lots*in abrechenbar."
            ),
        )
        self.extern_button = QPushButton(self.tr("Extern qualifiziert…"))
        self.extern_button.setAutoDefault(False)
        self.extern_button.setToolTip(
            self.tr("Lots*innen, die ihre Basisqualifizierung bei einem anderen Träger gemacht haben")
        )
        self.extern_button.clicked.connect(self.edit_external)
        self.new_button = QPushButton(self.tr("Neuer Kurs…"))
        self.new_button.setObjectName("primary")
        set_icon(self.new_button, "course")
        self.new_button.setDefault(True)
        self.new_button.setAccessibleName(self.tr("Neuen Kurs anlegen"))
        self.new_button.clicked.connect(self.add_course)
        self.actions_layout.addWidget(self.extern_button, 0, Qt.AlignmentFlag.AlignTop)
        self.actions_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_courses())
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([165, 485])

        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self._build_empty())
        self.layout_.addWidget(self.stack, 1)
        self.remember_header(self.table, _SETTINGS_HEADER, self._header_restored)
        self._update_buttons()

    # building ----------------------------------------------------------------------------------
    def _build_empty(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(160, 40, 160, 40)  # short lines read better than one across the screen
        layout.addStretch(1)
        self.empty_label = QLabel(
            self.tr(
                "Noch keine Qualifizierung erfasst.\n\nNur qualifizierte Lots*innen dürfen abgerechnet werden: Die "
                "Basisqualifizierung (20 bis 36 UE) ist die Voraussetzung; Vertiefungsseminare und "
                "Reflexionsgespräche kommen später dazu. Gefördert werden sie mit höchstens Teilnehmende × UE × "
                "Satz (meist 12,50 €).\n\nLegen Sie mit „Neuer Kurs…“ den ersten Kurs an; danach tragen Sie Termine "
                "und Teilnehmende ein, haken die Anwesenheit ab und stellen die Zertifikate aus."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)
        self.empty_new_button = QPushButton(self.tr("Neuer Kurs…"))
        self.empty_new_button.setAutoDefault(False)
        self.empty_new_button.clicked.connect(self.add_course)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_new_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return box

    def _build_courses(self) -> QWidget:
        self.model = KurseModel(self)
        self.table = record_table(self.model, self.tr("Liste der Kurse"))
        self._set_course_widths()
        self.table.horizontalHeader().setSortIndicator(ZEITRAUM, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.count_label = QLabel()
        set_muted(self.count_label)
        self.edit_button = QPushButton(self.tr("Bearbeiten…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Löschen"))
        self.delete_button.setToolTip(
            self.tr("Nur Kurse ohne Kosten, ohne ausgestellte Zertifikate und ohne ausgestellten Verwendungsnachweis.")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for button in (self.edit_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(6)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return box

    def _set_course_widths(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        header.setStretchLastSection(False)
        for column, sample in (
            (ART, "Entlastendes ReflexionsgesprächMM"),
            (ZEITRAUM, "00.00.0000 – 00.00.0000MM"),
            (UE, "UEMMM"),
            (TEILNEHMENDE, "Teilnehmende / geplantMM"),
            (KOSTEN, "10.000,00 €MMM"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample))
        header.setSectionResizeMode(TITEL, QHeaderView.ResizeMode.Stretch)

    def _header_restored(self) -> None:
        self.table.horizontalHeader().setSectionResizeMode(TITEL, QHeaderView.ResizeMode.Stretch)

    def _build_detail(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        self.course_label = QLabel()
        self.course_label.setObjectName("kurs_titel")
        self.course_label.setWordWrap(True)
        self.course_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.course_label)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_termine(), self.tr("Termine"))
        self.tabs.addTab(self._build_teilnehmende(), self.tr("Teilnehmende und Anwesenheit"))
        self.tabs.addTab(self._build_kosten(), self.tr("Kosten"))
        self.tabs.addTab(self._build_abrechnung(), self.tr("Abrechnung"))
        layout.addWidget(self.tabs, 1)
        return box

    def _bar(self, label: QLabel, buttons: list[QPushButton]) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(label, 1)
        for button in buttons:
            button.setAutoDefault(False)
            bar.addWidget(button)
        return bar

    def _build_termine(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.termine_model = TermineModel(self)
        self.termine_table = record_table(self.termine_model, self.tr("Termine des Kurses"))
        header = self.termine_table.horizontalHeader()
        metrics = self.fontMetrics()
        for column, sample in ((T_DATUM, "00.00.0000MMM"), (T_ZEIT, "00:00 – 00:00MMM"), (T_UE, "UEMMMM")):
            header.resizeSection(column, metrics.horizontalAdvance(sample))
        header.setSectionResizeMode(T_THEMA, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(T_DATUM, Qt.SortOrder.AscendingOrder)
        self.termine_table.setSortingEnabled(True)
        self.termine_table.doubleClicked.connect(lambda _index: self.edit_termin())
        self.termine_table.activated.connect(lambda _index: self.edit_termin())
        self.termine_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.termine_empty = QLabel(
            self.tr(
                "Noch keine Termine. Tragen Sie die Kurstage mit ihren UE ein – daraus ergeben sich Zeitraum, "
                "UE-Summe, Höchstbetrag und die Spalten der Anwesenheitsliste."
            )
        )
        self.termine_empty.setWordWrap(True)
        self.termine_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.termine_stack = QStackedWidget()
        self.termine_stack.addWidget(self.termine_table)
        self.termine_stack.addWidget(self.termine_empty)
        self.termine_sum = QLabel()
        self.termine_sum.setObjectName("termine_sum")
        self.add_termin_button = QPushButton(self.tr("Termin hinzufügen…"))
        self.add_termin_button.clicked.connect(self.add_termin)
        self.edit_termin_button = QPushButton(self.tr("Bearbeiten…"))
        self.edit_termin_button.clicked.connect(self.edit_termin)
        self.delete_termin_button = QPushButton(self.tr("Löschen"))
        self.delete_termin_button.clicked.connect(self.delete_termin)
        layout.addWidget(self.termine_stack, 1)
        layout.addLayout(
            self._bar(self.termine_sum, [self.add_termin_button, self.edit_termin_button, self.delete_termin_button])
        )
        return box

    def _build_teilnehmende(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.teilnahme_model = TeilnahmeModel(self)
        self.teilnahme_model.on_toggle = self.set_attendance
        self.grid = QTableView()
        self.grid.setModel(self.teilnahme_model)
        self.grid.setItemDelegate(CenteredCheckDelegate(self.grid))
        self.grid.setAccessibleName(self.tr("Teilnehmende und Anwesenheit je Termin"))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setAlternatingRowColors(True)
        self.grid.setWordWrap(False)
        self.grid.verticalHeader().hide()
        header = self.grid.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.teilnahme_model.modelReset.connect(self._size_grid)
        self.teilnehmende_empty = QLabel()
        self.teilnehmende_empty.setWordWrap(True)
        self.teilnehmende_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.teilnehmende_stack = QStackedWidget()
        self.teilnehmende_stack.addWidget(self.grid)
        self.teilnehmende_stack.addWidget(self.teilnehmende_empty)
        self.teilnehmende_sum = QLabel()
        self.teilnehmende_sum.setWordWrap(True)
        self.teilnehmende_sum.setObjectName("teilnehmende_sum")
        self.add_person_button = QPushButton(self.tr("Lots*in hinzufügen…"))
        self.add_person_button.clicked.connect(self.add_participants)
        self.new_person_button = QPushButton(self.tr("Neue Person…"))
        self.new_person_button.setToolTip(
            self.tr("Jemand, der noch nicht bei den Lots*innen steht: wird „in Qualifizierung“ angelegt")
        )
        self.new_person_button.clicked.connect(self.add_new_person)
        self.remove_person_button = QPushButton(self.tr("Entfernen"))
        self.remove_person_button.clicked.connect(self.remove_participant)
        self.certificate_button = QPushButton(self.tr("Zertifikat ausstellen…"))
        self.certificate_button.clicked.connect(self.issue_certificate)
        self.revoke_button = QPushButton(self.tr("Zertifikat zurücknehmen"))
        self.revoke_button.clicked.connect(self.revoke_certificate)
        self.all_certificates_button = QPushButton(self.tr("Alle Zertifikate…"))
        self.all_certificates_button.setToolTip(
            self.tr("Zertifikate für alle, die die Mindestanwesenheit erreicht und noch keines haben")
        )
        self.all_certificates_button.clicked.connect(self.issue_all_certificates)
        layout.addWidget(self.teilnehmende_stack, 1)
        layout.addLayout(
            self._bar(
                self.teilnehmende_sum,
                [
                    self.add_person_button,
                    self.new_person_button,
                    self.remove_person_button,
                    self.certificate_button,
                    self.all_certificates_button,
                    self.revoke_button,
                ],
            )
        )
        return box

    def _build_kosten(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.kosten_model = KostenModel(self)
        self.kosten_table = record_table(self.kosten_model, self.tr("Kosten des Kurses"))
        header = self.kosten_table.horizontalHeader()
        metrics = self.fontMetrics()
        for column, sample in (
            (K_BELEG, "K0000-000MM"),
            (K_DATUM, "00.00.0000MM"),
            (K_KATEGORIE, "Material und SachkostenMM"),
            (K_EMPFAENGER, "M" * 16),
            (K_FOERDERFAEHIG, "förderfähigMM"),
            (K_BETRAG, "10.000,00 €MM"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample))
        header.setSectionResizeMode(K_GRUND, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(K_BELEG, Qt.SortOrder.AscendingOrder)
        self.kosten_table.setSortingEnabled(True)
        self.kosten_table.doubleClicked.connect(lambda _index: self.edit_cost())
        self.kosten_table.activated.connect(lambda _index: self.edit_cost())
        self.kosten_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.kosten_empty = QLabel(
            self.tr(
                "Noch keine Kosten erfasst. Jede Rechnung oder Zahlung (Honorar, Raum, Material, Verpflegung) "
                "bekommt eine eigene Beleg-Nr. wie K2025-001 – schreiben Sie sie auf den Papierbeleg."
            )
        )
        self.kosten_empty.setWordWrap(True)
        self.kosten_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kosten_stack = QStackedWidget()
        self.kosten_stack.addWidget(self.kosten_table)
        self.kosten_stack.addWidget(self.kosten_empty)
        self.kosten_sum = QLabel()
        self.kosten_sum.setWordWrap(True)
        self.kosten_sum.setObjectName("kosten_sum")
        self.add_cost_button = QPushButton(self.tr("Kosten erfassen…"))
        self.add_cost_button.clicked.connect(self.add_cost)
        self.edit_cost_button = QPushButton(self.tr("Berichtigen…"))
        self.edit_cost_button.clicked.connect(self.edit_cost)
        self.delete_cost_button = QPushButton(self.tr("Löschen"))
        self.delete_cost_button.setToolTip(
            self.tr("Nur der zuletzt erfasste Beleg eines Jahres, damit die Nummern lückenlos bleiben.")
        )
        self.delete_cost_button.clicked.connect(self.delete_cost)
        layout.addWidget(self.kosten_stack, 1)
        layout.addLayout(
            self._bar(self.kosten_sum, [self.add_cost_button, self.edit_cost_button, self.delete_cost_button])
        )
        return box

    def _build_abrechnung(self) -> QWidget:
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(4, 4, 4, 4)
        columns.setSpacing(12)

        figures = QGroupBox(self.tr("Zahlen"))
        self.values: dict[str, QLabel] = {}
        grid = value_grid(
            figures,
            (
                ("hoechstbetrag_geplant", self.tr("Höchstbetrag geplant")),
                ("hoechstbetrag", self.tr("Höchstbetrag tatsächlich")),
                ("kosten", self.tr("Kosten gesamt")),
                ("foerderfaehig", self.tr("davon förderfähig")),
                ("nicht_foerderfaehig", self.tr("nicht förderfähig")),
                ("bewilligt", self.tr("Bewilligt")),
                ("erhalten", self.tr("Erhalten")),
                ("ergebnis", self.tr("Ergebnis")),
                ("frist", self.tr("Verwendungsnachweis bis")),
            ),
            self.values,
        )
        grid.setRowStretch(grid.rowCount(), 1)

        right = QVBoxLayout()
        right.setSpacing(10)
        checks = QGroupBox(self.tr("Prüfung"))
        checks_layout = QVBoxLayout(checks)
        self.warnings_list = QListWidget()
        self.warnings_list.setAccessibleName(self.tr("Hinweise zum Kurs"))
        self.warnings_list.setWordWrap(True)
        self.warnings_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.warnings_list.setFrameShape(QFrame.Shape.NoFrame)
        self.warnings_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        checks_layout.addWidget(self.warnings_list)
        right.addWidget(checks, 1)

        docs = QGroupBox(self.tr("Dokumente"))
        docs_layout = QVBoxLayout(docs)
        self.sachbericht_label = QLabel()
        self.sachbericht_label.setWordWrap(True)
        self.sachbericht_label.setObjectName("sachbericht")
        self.sachbericht_button = QPushButton(self.tr("Sachbericht bearbeiten…"))
        self.sachbericht_button.clicked.connect(self.edit_sachbericht)
        self.list_button = QPushButton(self.tr("Teilnehmendenliste…"))
        self.list_button.setToolTip(
            self.tr("Auf der Seite „Berichte“: vor dem Kurs zum Unterschreiben, danach mit Anwesenheit")
        )
        self.list_button.clicked.connect(lambda: self._open_document(DOC_TEILNEHMENDENLISTE))
        self.certificates_button = QPushButton(self.tr("Bescheinigungen…"))
        self.certificates_button.setToolTip(self.tr("Auf der Seite „Berichte“: eine Teilnahmebescheinigung je Person"))
        self.certificates_button.clicked.connect(lambda: self._open_document(DOC_BESCHEINIGUNGEN))
        self.vn_button = QPushButton(self.tr("Verwendungsnachweis…"))
        self.vn_button.setToolTip(
            self.tr("Auf der Seite „Berichte“: Entwurf ansehen, Fassung ausstellen, als versandt vermerken")
        )
        self.vn_button.clicked.connect(lambda: self._open_document(DOC_VERWENDUNGSNACHWEIS))
        docs_layout.addWidget(self.sachbericht_label)
        sachbericht_row = QHBoxLayout()
        sachbericht_row.addWidget(self.sachbericht_button)
        sachbericht_row.addStretch(1)
        docs_layout.addLayout(sachbericht_row)
        doc_row = QHBoxLayout()
        for button in (self.list_button, self.certificates_button, self.vn_button):
            button.setAutoDefault(False)
            doc_row.addWidget(button)
        doc_row.addStretch(1)
        docs_layout.addLayout(doc_row)
        self.sachbericht_button.setAutoDefault(False)
        right.addWidget(docs)

        columns.addWidget(figures, 5)
        columns.addLayout(right, 6)
        return vertical_scroll(content)

    # loading -----------------------------------------------------------------------------------
    def reload(self) -> None:
        shown = self.detail.id if self.detail else None
        try:
            self._rows = kurse.list_courses(self.db)
        except ServiceError as error:
            self._rows = []
            QMessageBox.warning(self, self.tr("Qualifizierungen"), localized(error.message))
        self.model.set_rows(self._rows)
        self.stack.setCurrentIndex(0 if self._rows else 1)
        self._update_count()
        if not self._rows:
            self.detail = None
            self._fill_detail()
            return
        if shown is None or not self.select_id(shown, reload_detail=False):
            self.table.selectRow(0)
        self._show_detail(force=True)

    def _update_count(self) -> None:
        count = len(self._rows)
        if count == 1:
            self.count_label.setText(self.tr("1 Kurs"))
        else:
            self.count_label.setText(self.tr("%1 Kurse").replace("%1", format_number(Decimal(count), 0)))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select_id(self, kurs_id: int, reload_detail: bool = True) -> bool:
        """Select a course (e.g. opened from a Prüfhinweis); False if there is no such course."""
        position = self.model.row_of_id(kurs_id)
        if position < 0:
            return False
        self.table.selectRow(position)
        self.table.scrollTo(self.model.index(position, 0))
        if reload_detail:
            self._show_detail(force=True)
        return True

    def _show_detail(self, force: bool = False) -> None:
        kurs_id = self.selected_id()
        if not force and self.detail is not None and self.detail.id == kurs_id:
            return
        self.detail = None
        if kurs_id is not None:
            try:
                self.detail = kurse.get_course(self.db, kurs_id, today=self._today())
            except ServiceError as error:
                QMessageBox.warning(self, self.tr("Qualifizierungen"), localized(error.message))
        self._fill_detail()

    def _refresh_detail(self) -> None:
        """After a change inside the course: the same course, fresh figures; the list's counts too."""
        self.reload()
        self.data_changed.emit()

    def _fill_detail(self) -> None:
        detail = self.detail
        self.tabs.setEnabled(detail is not None)
        self._fill_course_label(detail)
        self.termine_model.set_rows(list(detail.termine) if detail else [])
        self.kosten_model.set_rows(list(detail.kosten) if detail else [])
        self.teilnahme_model.set_detail(detail)
        self._fill_termine(detail)
        self._fill_teilnehmende(detail)
        self._fill_kosten(detail)
        self._fill_abrechnung(detail)
        self._update_buttons()

    def _fill_course_label(self, detail: kurse.KursDetail | None) -> None:
        if detail is None:
            self.course_label.clear()
            return
        data = detail.data
        parts = [f"<b>{_html(data.titel)}</b>", _html(art_label(data.art))]
        if data.extern:
            parts.append(_html(self.tr("Veranstalter: %1").replace("%1", data.veranstalter)))
        place = data.ort
        if data.online:
            place = self.tr("online") if not place else self.tr("%1 und online").replace("%1", place)
        if place:
            parts.append(_html(place))
        if data.referenten:
            parts.append(_html(self.tr("Referent*innen: %1").replace("%1", data.referenten)))
        self.course_label.setText(" · ".join(parts))

    def _fill_termine(self, detail: kurse.KursDetail | None) -> None:
        termine = detail.termine if detail else ()
        self.termine_stack.setCurrentIndex(0 if termine else 1)
        if not termine:
            self.termine_sum.clear()
            return
        count = len(termine)
        text = (
            self.tr("Summe: %1 UE an 1 Termin")
            if count == 1
            else self.tr("Summe: %1 UE an %2 Terminen").replace("%2", format_number(Decimal(count), 0))
        )
        self.termine_sum.setText(text.replace("%1", format_number(Decimal(detail.ue), 0)))

    def _fill_teilnehmende(self, detail: kurse.KursDetail | None) -> None:
        people = detail.teilnehmende if detail else ()
        if not people:
            self.teilnehmende_empty.setText(
                self.tr(
                    "Noch niemand auf der Teilnehmendenliste. Fügen Sie Lots*innen hinzu oder legen Sie neue "
                    "Personen an – danach haken Sie hier je Termin die Anwesenheit ab."
                )
            )
            self.teilnehmende_stack.setCurrentIndex(1)
            self.teilnehmende_sum.clear()
            return
        self.teilnehmende_stack.setCurrentIndex(0)
        parts = [
            self.tr("1 Teilnehmende*r")
            if len(people) == 1
            else self.tr("%1 Teilnehmende").replace("%1", format_number(Decimal(len(people)), 0))
        ]
        if detail.termine:
            enough = sum(1 for p in people if p.ausreichend)
            parts.append(
                self.tr("%1 mit mindestens %2 % Anwesenheit")
                .replace("%1", format_number(Decimal(enough), 0))
                .replace("%2", str(detail.data.mindestanwesenheit))
            )
        else:
            parts.append(self.tr("Anwesenheit abhaken, sobald Termine eingetragen sind"))
        issued = sum(1 for p in people if p.zertifikat_am)
        parts.append(
            self.tr("1 Zertifikat ausgestellt")
            if issued == 1
            else self.tr("%1 Zertifikate ausgestellt").replace("%1", format_number(Decimal(issued), 0))
        )
        self.teilnehmende_sum.setText(" · ".join(parts))

    def _size_grid(self) -> None:
        header = self.grid.horizontalHeader()
        metrics = self.grid.fontMetrics()
        model = self.teilnahme_model
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME, metrics.horizontalAdvance("M" * 18))
        for column in range(1, model.besucht_column):
            text = str(model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, metrics.horizontalAdvance(text) + 24)
        header.resizeSection(model.besucht_column, metrics.horizontalAdvance("UE besucht") + 28)
        header.resizeSection(model.prozent_column, metrics.horizontalAdvance("100,0 % – unter 80 %") + 24)
        header.resizeSection(model.zertifikat_column, metrics.horizontalAdvance("00.00.0000") + 28)

    def _fill_kosten(self, detail: kurse.KursDetail | None) -> None:
        kosten = detail.kosten if detail else ()
        self.kosten_stack.setCurrentIndex(0 if kosten else 1)
        if not kosten or detail is None:
            self.kosten_sum.clear()
            return
        split = detail.split
        self.kosten_sum.setText(
            self.tr("Kosten gesamt: %1 · förderfähig: %2 · nicht förderfähig: %3")
            .replace("%1", format_money(split.gesamt))
            .replace("%2", format_money(split.foerderfaehig))
            .replace("%3", format_money(split.nicht_foerderfaehig))
        )

    def formula(self, teilnehmende: int, ue: int, satz: Decimal, betrag: Decimal) -> str:
        """``3 Teilnehmende × 24 UE × 12,50 € = 900,00 €``."""
        people = (
            self.tr("1 Teilnehmende*r")
            if teilnehmende == 1
            else self.tr("%1 Teilnehmende").replace("%1", format_number(Decimal(teilnehmende), 0))
        )
        return (
            self.tr("%1 × %2 UE × %3 = %4")
            .replace("%1", people)
            .replace("%2", format_number(Decimal(ue), 0))
            .replace("%3", format_money(satz))
            .replace("%4", format_money(betrag))
        )

    def _fill_abrechnung(self, detail: kurse.KursDetail | None) -> None:
        v = self.values
        self.warnings_list.clear()
        if detail is None:
            for label in v.values():
                label.clear()
            self.sachbericht_label.clear()
            return
        data, split = detail.data, detail.split
        v["hoechstbetrag_geplant"].setText(
            self.formula(data.geplante_teilnehmende, detail.ue, data.satz_ue, detail.hoechstbetrag_geplant)
        )
        actual = self.formula(detail.teilnehmende_ist, detail.ue, data.satz_ue, split.hoechstbetrag)
        if detail.attendance_recorded:
            actual += "\n" + self.tr("gezählt: wer an mindestens einem Termin anwesend war")
        else:
            actual += "\n" + self.tr("gezählt: alle auf der Liste (noch keine Anwesenheit abgehakt)")
        v["hoechstbetrag"].setText(actual)
        v["kosten"].setText(format_money(split.gesamt))
        fundable = format_money(split.foerderfaehig)
        if split.foerderfaehig < split.foerderfaehig_kosten:
            fundable = (
                self.tr("%1 (förderfähige Belege: %2, begrenzt auf Höchstbetrag bzw. Bewilligung)")
                .replace("%1", fundable)
                .replace("%2", format_money(split.foerderfaehig_kosten))
            )
        v["foerderfaehig"].setText(fundable)
        v["nicht_foerderfaehig"].setText(
            self.tr("%1 (trägt der Träger)").replace("%1", format_money(split.nicht_foerderfaehig))
            if split.nicht_foerderfaehig
            else format_money(split.nicht_foerderfaehig)
        )
        v["bewilligt"].setText(
            format_money(data.bewilligt) if data.bewilligt else self.tr("– noch nicht eingetragen –")
        )
        if data.erhalten_am:
            v["erhalten"].setText(
                self.tr("%1 am %2")
                .replace("%1", format_money(data.erhalten))
                .replace("%2", format_date(data.erhalten_am))
            )
        else:
            v["erhalten"].setText(format_money(data.erhalten))
        v["ergebnis"].setText(localized(kurse.result_text(detail)))
        v["frist"].setText(self._frist_text(detail))
        self._fill_warnings(detail)
        if data.sachbericht:
            text = " ".join(data.sachbericht.split())
            preview = text if len(text) <= 140 else text[:140].rstrip() + " …"
            self.sachbericht_label.setText(self.tr("Sachbericht: %1").replace("%1", preview))
        else:
            self.sachbericht_label.setText(
                self.tr("Sachbericht: noch nicht geschrieben – er gehört in den Verwendungsnachweis.")
            )

    def _frist_text(self, detail: kurse.KursDetail) -> str:
        due = detail.frist
        if due is None:
            return self.tr("drei Monate nach dem letzten Termin (noch keine Termine)")
        try:
            sent = kurse.sent_courses(self.db).get(detail.id)
        except ServiceError:
            sent = None
        if sent:
            return self.tr("bis %1 – versandt am %2").replace("%1", format_date(due)).replace("%2", format_date(sent))
        rest = localized(tage_text(days_left(due, self._today())))
        return self.tr("bis %1 (%2)").replace("%1", format_date(due)).replace("%2", rest)

    def _fill_warnings(self, detail: kurse.KursDetail) -> None:
        style = self.style()
        icons = {
            "fehler": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warnung": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "info": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        if not detail.warnungen:
            item = QListWidgetItem(
                icons["info"], self.tr("Keine Hinweise: Umfang, Teilnahme und Kosten sind in Ordnung.")
            )
            self.warnings_list.addItem(item)
            return
        for warning in detail.warnungen:
            text = f"{schwere_label(warning.schwere)}: {localized(warning.text)}"
            item = QListWidgetItem(icons.get(warning.schwere, icons["info"]), text)
            item.setData(Qt.ItemDataRole.UserRole, warning.schwere)
            self.warnings_list.addItem(item)

    def _update_buttons(self) -> None:
        detail = self.detail
        has = detail is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.edit_termin_button.setEnabled(has and self.selected_termin() is not None)
        self.delete_termin_button.setEnabled(has and self.selected_termin() is not None)
        self.add_termin_button.setEnabled(has)
        person = self.selected_person()
        self.add_person_button.setEnabled(has)
        self.new_person_button.setEnabled(has)
        self.remove_person_button.setEnabled(person is not None and person.zertifikat_am is None)
        self.certificate_button.setEnabled(person is not None and person.zertifikat_am is None)
        self.revoke_button.setEnabled(person is not None and person.zertifikat_am is not None)
        due = [p for p in detail.teilnehmende if p.ausreichend and p.zertifikat_am is None] if detail else []
        self.all_certificates_button.setEnabled(bool(due))
        self.add_cost_button.setEnabled(has)
        self.edit_cost_button.setEnabled(self.selected_cost() is not None)
        self.delete_cost_button.setEnabled(self.selected_cost() is not None)
        for button in (self.sachbericht_button, self.list_button, self.certificates_button, self.vn_button):
            button.setEnabled(has)

    # selection inside the course ---------------------------------------------------------------
    def selected_termin(self) -> kurse.TerminRow | None:
        rows = self.termine_table.selectionModel().selectedRows()
        return self.termine_model.row_at(rows[0].row()) if rows else None

    def selected_person(self) -> kurse.TeilnehmerRow | None:
        rows = self.grid.selectionModel().selectedRows()
        if rows:
            return self.teilnahme_model.row_at(rows[0].row())
        return None

    def select_person(self, teilnahme_id: int) -> None:
        position = self.teilnahme_model.row_of_id(teilnahme_id)
        if position >= 0:
            self.grid.selectRow(position)

    def selected_cost(self) -> kurse.KostenRow | None:
        rows = self.kosten_table.selectionModel().selectedRows()
        return self.kosten_model.row_at(rows[0].row()) if rows else None

    def _warn(self, title: str, error: ServiceError) -> None:
        QMessageBox.warning(self, title, localized(error.message))

    # courses -----------------------------------------------------------------------------------
    def add_course(self) -> None:
        try:
            dialog = KursDialog(self.db, None, self)
        except ServiceError as error:
            self._warn(self.tr("Neuer Kurs"), error)
            return
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.kurs_id is None:
            return
        kurs_id = dialog.kurs_id
        snapshot = kurse.get_course(self.db, kurs_id)
        push_done(
            self.undo_stack,
            self.tr("Kurs „%1“ anlegen").replace("%1", snapshot.data.titel),
            lambda: kurse.delete_course(self.db, kurs_id),
            lambda: kurse.restore_course(self.db, snapshot),
            self,
        )
        self.detail = None
        self.reload()
        self.select_id(kurs_id)
        self.tabs.setCurrentIndex(TAB_TERMINE)
        self.data_changed.emit()

    def edit_selected(self) -> None:
        kurs_id = self.selected_id()
        if kurs_id is None:
            return
        try:
            dialog = KursDialog(self.db, kurs_id, self)
        except ServiceError as error:
            self._warn(self.tr("Kurs bearbeiten"), error)
            self.reload()
            return
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changed():
            return
        self._push_course_update(kurs_id, dialog.before, dialog.after, self.tr("Kurs „%1“ bearbeiten"))

    def _push_course_update(self, kurs_id: int, before, after, text: str) -> None:
        push_done(
            self.undo_stack,
            text.replace("%1", after.titel),
            lambda: kurse.update_course(self.db, kurs_id, before),
            lambda: kurse.update_course(self.db, kurs_id, after),
            self,
        )
        self._refresh_detail()

    # Called by the main window's Bearbeiten menu (Strg+N, Entf).
    def new_record(self) -> None:
        self.add_course()

    def delete_selection(self) -> None:
        """Entf deletes what is selected in the list that has the focus: a Termin, a Beleg, or the course."""
        if self.termine_table.hasFocus():
            self.delete_termin()
        elif self.kosten_table.hasFocus():
            self.delete_cost()
        elif self.table.hasFocus() or self.delete_button.hasFocus():
            self.delete_selected()

    def delete_selected(self) -> None:
        detail = self.detail
        if detail is None:
            return
        question = self.tr("Den Kurs „%1“ löschen?").replace("%1", detail.data.titel)
        consequences = []
        if detail.termine:
            consequences.append(
                self.tr("1 Termin")
                if len(detail.termine) == 1
                else self.tr("%1 Termine").replace("%1", str(len(detail.termine)))
            )
        if detail.teilnehmende:
            consequences.append(
                self.tr("die Teilnehmendenliste mit 1 Person")
                if len(detail.teilnehmende) == 1
                else self.tr("die Teilnehmendenliste mit %1 Personen").replace("%1", str(len(detail.teilnehmende)))
            )
        if detail.attendance_recorded:
            consequences.append(self.tr("die abgehakte Anwesenheit"))
        if consequences:
            question += "\n\n" + self.tr("Mit ihm werden gelöscht: %1.").replace("%1", ", ".join(consequences))
            question += " " + self.tr("Die Lots*innen selbst bleiben gespeichert.")
        question += "\n\n" + self.tr("Mit Bearbeiten → Rückgängig (Strg+Z) lässt sich das zurücknehmen.")
        if not confirm(self, self.tr("Kurs löschen"), question):
            return
        try:
            kurse.delete_course(self.db, detail.id)
        except ServiceError as error:
            self._warn(self.tr("Kurs löschen"), error)
            return
        kurs_id = detail.id
        push_done(
            self.undo_stack,
            self.tr("Kurs „%1“ löschen").replace("%1", detail.data.titel),
            lambda: kurse.restore_course(self.db, detail),
            lambda: kurse.delete_course(self.db, kurs_id),
            self,
        )
        self.detail = None
        self.reload()
        self.data_changed.emit()

    def edit_sachbericht(self) -> None:
        if self.detail is None:
            return
        kurs_id = self.detail.id
        try:
            dialog = SachberichtDialog(self.db, kurs_id, self)
        except ServiceError as error:
            self._warn(self.tr("Sachbericht"), error)
            return
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changed():
            return
        self._push_course_update(kurs_id, dialog.before, dialog.after, self.tr("Sachbericht zu „%1“ bearbeiten"))

    def edit_external(self) -> None:
        dialog = ExterneQualifikationDialog(self.db, self.undo_stack, self, today=self._today())
        dialog.exec()
        if dialog.changed:
            self._refresh_detail()

    # Termine -----------------------------------------------------------------------------------
    def add_termin(self) -> None:
        detail = self.detail
        if detail is None:
            return
        suggestion = None
        if detail.termine:
            last = max(detail.termine, key=lambda t: t.data.datum).data
            suggestion = kurse.TerminData(last.datum + timedelta(days=7), last.ue, last.beginn, last.ende)
        dialog = TerminDialog(self.db, detail.id, None, self, suggestion=suggestion)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.termin_id is None or dialog.after is None:
            return
        kurs_id, row = detail.id, kurse.TerminRow(dialog.termin_id, dialog.after)
        push_done(
            self.undo_stack,
            self.tr("Termin am %1 hinzufügen").replace("%1", format_date(row.data.datum)),
            lambda: kurse.delete_termin(self.db, row.id),
            lambda: kurse.restore_termin(self.db, kurs_id, row),
            self,
        )
        self._refresh_detail()

    def edit_termin(self) -> None:
        detail, termin = self.detail, self.selected_termin()
        if detail is None or termin is None:
            return
        dialog = TerminDialog(self.db, detail.id, termin, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changed() or dialog.after is None:
            return
        before, after, termin_id = dialog.before, dialog.after, termin.id
        push_done(
            self.undo_stack,
            self.tr("Termin am %1 bearbeiten").replace("%1", format_date(after.datum)),
            lambda: kurse.update_termin(self.db, termin_id, before),
            lambda: kurse.update_termin(self.db, termin_id, after),
            self,
        )
        self._refresh_detail()

    def delete_termin(self) -> None:
        detail, termin = self.detail, self.selected_termin()
        if detail is None or termin is None:
            return
        present = [p.id for p in detail.teilnehmende if termin.id in p.anwesend]
        question = self.tr("Den Termin am %1 (%2 UE) löschen?").replace("%1", format_date(termin.data.datum))
        question = question.replace("%2", str(termin.data.ue))
        if present:
            question += "\n\n" + (
                self.tr("1 Häkchen in der Anwesenheitsliste geht damit verloren.")
                if len(present) == 1
                else self.tr("%1 Häkchen in der Anwesenheitsliste gehen damit verloren.").replace(
                    "%1", str(len(present))
                )
            )
        question += "\n\n" + self.tr("Mit Bearbeiten → Rückgängig (Strg+Z) lässt sich das zurücknehmen.")
        if not confirm(self, self.tr("Termin löschen"), question):
            return
        try:
            kurse.delete_termin(self.db, termin.id)
        except ServiceError as error:
            self._warn(self.tr("Termin löschen"), error)
            return
        kurs_id = detail.id
        push_done(
            self.undo_stack,
            self.tr("Termin am %1 löschen").replace("%1", format_date(termin.data.datum)),
            lambda: kurse.restore_termin(self.db, kurs_id, termin, present),
            lambda: kurse.delete_termin(self.db, termin.id),
            self,
        )
        self._refresh_detail()

    # participants ------------------------------------------------------------------------------
    def add_participants(self) -> None:
        detail = self.detail
        if detail is None:
            return
        try:
            dialog = LotsePickerDialog(self.db, {p.lotse_id for p in detail.teilnehmende}, self)
        except ServiceError as error:
            self._warn(self.tr("Lots*in hinzufügen"), error)
            return
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen:
            return
        kurs_id, added = detail.id, []
        for lotse_id in dialog.chosen:
            try:
                added.append(kurse.add_participant(self.db, kurs_id, lotse_id))
            except ServiceError as error:
                self._warn(self.tr("Lots*in hinzufügen"), error)
        if not added:
            return
        fresh = kurse.get_course(self.db, kurs_id, today=self._today())
        rows = [p for p in fresh.teilnehmende if p.id in added]

        def undo() -> None:
            for row in rows:
                kurse.remove_participant(self.db, row.id)

        def redo() -> None:
            for row in rows:
                kurse.restore_participant(self.db, kurs_id, row)

        text = (
            self.tr("%1 auf die Teilnehmendenliste setzen").replace("%1", rows[0].name)
            if len(rows) == 1
            else self.tr("%1 Personen auf die Teilnehmendenliste setzen").replace("%1", str(len(rows)))
        )
        push_done(self.undo_stack, text, undo, redo, self)
        self._refresh_detail()
        self.tabs.setCurrentIndex(TAB_TEILNEHMENDE)
        self.select_person(rows[0].id)

    def add_new_person(self) -> None:
        detail = self.detail
        if detail is None:
            return
        try:
            dialog = NeuePersonDialog(self.db, detail.id, self)
        except ServiceError as error:
            self._warn(self.tr("Neue Person"), error)
            return
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.teilnahme_id is None:
            return
        kurs_id, lotse_id, data = detail.id, dialog.lotse_id, dialog.data
        fresh = kurse.get_course(self.db, kurs_id, today=self._today())
        row = next(p for p in fresh.teilnehmende if p.id == dialog.teilnahme_id)
        assert lotse_id is not None and isinstance(data, LotseData)

        def undo() -> None:
            kurse.remove_participant(self.db, row.id)
            delete_lotse(self.db, lotse_id)

        def redo() -> None:
            create_lotse(self.db, data, lotse_id=lotse_id)
            kurse.restore_participant(self.db, kurs_id, row)

        push_done(
            self.undo_stack,
            self.tr("%1 neu anlegen und auf die Teilnehmendenliste setzen").replace("%1", row.name),
            undo,
            redo,
            self,
        )
        self._refresh_detail()
        self.tabs.setCurrentIndex(TAB_TEILNEHMENDE)
        self.select_person(row.id)

    def remove_participant(self) -> None:
        detail, person = self.detail, self.selected_person()
        if detail is None or person is None:
            return
        question = self.tr("%1 von der Teilnehmendenliste nehmen?").replace("%1", person.name)
        if person.anwesend:
            question += " " + self.tr("Die abgehakte Anwesenheit (%1 von %2 UE) geht damit verloren.").replace(
                "%1", str(person.ue_besucht)
            ).replace("%2", str(detail.ue))
        question += "\n\n" + self.tr(
            "Die Person bleibt bei den Lots*innen gespeichert. Mit Strg+Z lässt sich das zurücknehmen."
        )
        if not confirm(self, self.tr("Von der Liste nehmen"), question):
            return
        try:
            kurse.remove_participant(self.db, person.id)
        except ServiceError as error:
            self._warn(self.tr("Von der Liste nehmen"), error)
            return
        kurs_id = detail.id
        push_done(
            self.undo_stack,
            self.tr("%1 von der Teilnehmendenliste nehmen").replace("%1", person.name),
            lambda: kurse.restore_participant(self.db, kurs_id, person),
            lambda: kurse.remove_participant(self.db, person.id),
            self,
        )
        self._refresh_detail()

    def set_attendance(self, teilnahme_id: int, termin_id: int, present: bool) -> bool:
        """A tick in the grid: stored at once, one step on the undo stack."""
        detail = self.detail
        if detail is None:
            return False
        try:
            kurse.set_attendance(self.db, teilnahme_id, termin_id, present)
        except ServiceError as error:
            self._warn(self.tr("Anwesenheit"), error)
            return False
        person = next((p.name for p in detail.teilnehmende if p.id == teilnahme_id), "")
        termin = next((t for t in detail.termine if t.id == termin_id), None)
        day = format_date(termin.data.datum) if termin else ""
        text = self.tr("%1 am %2 als anwesend abhaken") if present else self.tr("Anwesenheit von %1 am %2 entfernen")
        push_done(
            self.undo_stack,
            text.replace("%1", person).replace("%2", day),
            lambda: kurse.set_attendance(self.db, teilnahme_id, termin_id, not present),
            lambda: kurse.set_attendance(self.db, teilnahme_id, termin_id, present),
            self,
        )
        # the same grid with fresh numbers: cells change in place, the keyboard stays on the cell
        self._show_detail(force=True)
        self.data_changed.emit()
        return True

    def issue_certificate(self) -> None:
        detail, person = self.detail, self.selected_person()
        if detail is None or person is None:
            return
        dialog = ZertifikatDialog(self.db, person, detail, self, today=self._today())
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.am is None:
            return
        am, teilnahme_id = dialog.am, person.id
        push_done(
            self.undo_stack,
            self.tr("Zertifikat für %1 ausstellen").replace("%1", person.name),
            lambda: kurse.revoke_certificate(self.db, teilnahme_id),
            lambda: kurse.issue_certificate(self.db, teilnahme_id, am),
            self,
        )
        self._refresh_detail()
        self.select_person(teilnahme_id)

    def issue_all_certificates(self) -> None:
        detail = self.detail
        if detail is None:
            return
        dialog = ZertifikatDialog(self.db, None, detail, self, today=self._today())
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.issued:
            return
        am, issued, kurs_id = dialog.am, list(dialog.issued), detail.id

        def undo() -> None:
            for teilnahme_id in issued:
                kurse.revoke_certificate(self.db, teilnahme_id)

        push_done(
            self.undo_stack,
            self.tr("%1 Zertifikate ausstellen").replace("%1", str(len(issued))),
            undo,
            lambda: kurse.issue_certificates(self.db, kurs_id, am, only=issued),
            self,
        )
        self._refresh_detail()

    def revoke_certificate(self) -> None:
        detail, person = self.detail, self.selected_person()
        if detail is None or person is None or person.zertifikat_am is None:
            return
        am = person.zertifikat_am
        question = (
            self.tr("Das Zertifikat von %1 vom %2 zurücknehmen?")
            .replace("%1", person.name)
            .replace("%2", format_date(am))
        )
        if detail.data.art is KursArt.BASIS:
            question += " " + self.tr(
                "Hat es „Qualifiziert am“ gesetzt, gilt wieder das Datum davor (oder keines) – Stunden ab dem "
                "Zertifikat sind dann nicht mehr abrechenbar."
            )
        if not confirm(self, self.tr("Zertifikat zurücknehmen"), question):
            return
        try:
            kurse.revoke_certificate(self.db, person.id)
        except ServiceError as error:
            self._warn(self.tr("Zertifikat zurücknehmen"), error)
            return
        teilnahme_id = person.id
        push_done(
            self.undo_stack,
            self.tr("Zertifikat von %1 zurücknehmen").replace("%1", person.name),
            lambda: kurse.issue_certificate(self.db, teilnahme_id, am),
            lambda: kurse.revoke_certificate(self.db, teilnahme_id),
            self,
        )
        self._refresh_detail()
        self.select_person(teilnahme_id)

    # costs -------------------------------------------------------------------------------------
    def add_cost(self) -> None:
        detail = self.detail
        if detail is None:
            return
        dialog = KostenDialog(self.db, detail.id, None, self, today=self._today())
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.row is None:
            return
        kurs_id, row = detail.id, dialog.row
        push_done(
            self.undo_stack,
            self.tr("Beleg %1 erfassen").replace("%1", row.beleg_nr),
            lambda: kurse.delete_cost(self.db, row.id),
            lambda: kurse.restore_cost(self.db, kurs_id, row),
            self,
        )
        self._refresh_detail()

    def edit_cost(self) -> None:
        detail, cost = self.detail, self.selected_cost()
        if detail is None or cost is None:
            return
        dialog = KostenDialog(self.db, detail.id, cost, self, today=self._today())
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changed() or dialog.row is None:
            return
        before, after, kosten_id = cost.data, dialog.row.data, cost.id
        push_done(
            self.undo_stack,
            self.tr("Beleg %1 berichtigen").replace("%1", cost.beleg_nr),
            lambda: kurse.update_cost(self.db, kosten_id, before),
            lambda: kurse.update_cost(self.db, kosten_id, after),
            self,
        )
        self._refresh_detail()

    def delete_cost(self) -> None:
        detail, cost = self.detail, self.selected_cost()
        if detail is None or cost is None:
            return
        question = (
            self.tr("Den Beleg %1 über %2 (%3) löschen?")
            .replace("%1", cost.beleg_nr)
            .replace("%2", format_money(cost.data.betrag))
            .replace("%3", cost.data.empfaenger)
        )
        question += "\n\n" + self.tr("Mit Bearbeiten → Rückgängig (Strg+Z) lässt sich das zurücknehmen.")
        if not confirm(self, self.tr("Beleg löschen"), question):
            return
        try:
            kurse.delete_cost(self.db, cost.id)
        except ServiceError as error:
            self._warn(self.tr("Beleg löschen"), error)
            return
        kurs_id = detail.id
        push_done(
            self.undo_stack,
            self.tr("Beleg %1 löschen").replace("%1", cost.beleg_nr),
            lambda: kurse.restore_cost(self.db, kurs_id, cost),
            lambda: kurse.delete_cost(self.db, cost.id),
            self,
        )
        self._refresh_detail()

    # documents ---------------------------------------------------------------------------------
    def _open_document(self, kind: str) -> None:
        if self.detail is not None:
            self.open_document.emit(kind, self.detail.id)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
