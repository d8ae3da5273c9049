"""The Berichte page: pick a document and what it covers, see its pages, save, open or print it.

The documents: Verwendungsnachweis (an Entwurf to look at, or issued as a numbered version that is stored
unchanged and can be marked as sent), the Quittungen of a payout run (issued on first print), Stundennachweis,
Jahresbescheinigung, Freibetragserklärung and Einsatzbestätigung; and of a course (Qualifizierung): the
Teilnehmendenliste (Vorlage or with attendance), the Teilnahmebescheinigungen and the course's
Verwendungsnachweis (issued and marked as sent like the year's). Each is written by its service into a
temporary file that the preview shows; "Speichern unter…" copies it.
"""

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStandardPaths, Qt, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.dates import format_date
from lotsendesk.services.auszahlungen import list_runs
from lotsendesk.services.dokumente import (
    IssuedDocument,
    issue_receipts_of_run,
    issue_verwendungsnachweis,
    mark_sent,
    verwendungsnachweise,
    write_documents,
)
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import list_years
from lotsendesk.services.jahresbescheinigung import write_jahresbescheinigungen
from lotsendesk.services.kurs_dokumente import (
    issue_kurs_verwendungsnachweis,
    kurs_verwendungsnachweise,
    write_kurs_verwendungsnachweis,
    write_teilnahmebescheinigungen,
    write_teilnehmendenliste,
)
from lotsendesk.services.kurse import get_course, list_courses
from lotsendesk.services.lotsen import list_lotse_refs
from lotsendesk.services.personen_dokumente import (
    write_einsatzbestaetigung,
    write_freibetragserklaerungen,
    write_stundennachweis,
)
from lotsendesk.services.verwendungsnachweis import write_verwendungsnachweis
from lotsendesk.ui.ask import confirm
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.page import Page
from lotsendesk.ui.pdf_preview import PdfPreview, print_pdf

KINDS = (
    "verwendungsnachweis",
    "quittungen",
    "stundennachweis",
    "jahresbescheinigung",
    "freibetragserklaerung",
    "einsatzbestaetigung",
    "teilnehmendenliste",
    "teilnahmebescheinigungen",
    "kurs_verwendungsnachweis",
)
VERSIONED_KINDS = ("verwendungsnachweis", "kurs_verwendungsnachweis")  # issued Fassungen, marked as sent
ALL = ""  # the "alle Lots*innen" entry of a person box


def choose_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save a PDF (a module function, so tests can answer it)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BerichtePage", "Dokument speichern"),
        str(Path(folder) / suggested),
        QCoreApplication.translate("BerichtePage", "PDF-Dateien (*.pdf)"),
    )
    if not name:
        return None
    return Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")


def ask_sent_date(parent: QWidget, default: date) -> date | None:
    """The day a Verwendungsnachweis went out (a module function, so tests can answer it)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("BerichtePage", "Als versandt vermerken"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(
        QLabel(
            QCoreApplication.translate(
                "BerichtePage",
                "An welchem Tag ging diese Fassung an das Regierungspräsidium? Das Datum lässt sich danach nicht "
                "mehr ändern.",
            )
        )
    )
    edit = QDateEdit(QDate(default.year, default.month, default.day))
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    form = QFormLayout()
    form.addRow(QCoreApplication.translate("BerichtePage", "Versandt am:"), edit)
    layout.addLayout(form)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


@dataclass(frozen=True)
class Made:
    """A document written into the preview folder."""

    path: Path
    summary: str  # what it holds, for the status line


class BerichtePage(Page):
    def __init__(self, db, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(db, undo_stack, parent)
        self._today = date.today  # tests may replace it
        self._folder = QTemporaryDir()
        self._made: Made | None = None
        self._course_titles: dict[int, str] = {}
        self.set_header(
            self.tr("Berichte"),
            self.tr(
                "Verwendungsnachweis, Quittungen, Stundennachweise, Bescheinigungen, Erklärungen und die Unterlagen "
                "der Qualifizierungen als PDF – ansehen, speichern, drucken."
            ),
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_choice())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 800])
        self.layout_.addWidget(splitter, 1)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.reload()

    # building ----------------------------------------------------------------------------------
    def _build_choice(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 8, 0)
        form = QFormLayout()
        self.kind_box = QComboBox()
        labels = {
            "verwendungsnachweis": self.tr("Verwendungsnachweis"),
            "quittungen": self.tr("Quittungen eines Auszahlungslaufs"),
            "stundennachweis": self.tr("Stundennachweis"),
            "jahresbescheinigung": self.tr("Jahresbescheinigung"),
            "freibetragserklaerung": self.tr("Freibetragserklärung"),
            "einsatzbestaetigung": self.tr("Einsatzbestätigung"),
            "teilnehmendenliste": self.tr("Teilnehmendenliste (Vorlage / mit Anwesenheit)"),
            "teilnahmebescheinigungen": self.tr("Teilnahmebescheinigungen"),
            "kurs_verwendungsnachweis": self.tr("Verwendungsnachweis Qualifizierung"),
        }
        for kind in KINDS:
            self.kind_box.addItem(labels[kind], kind)
        self.kind_box.setAccessibleName(self.tr("Dokument"))
        form.addRow(self.tr("&Dokument:"), self.kind_box)
        layout.addLayout(form)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("hint")
        layout.addWidget(self.explanation)

        self.options = QStackedWidget()
        self.options.addWidget(self._vn_options())
        self.options.addWidget(self._run_options())
        self.options.addWidget(self._hours_options())
        self.options.addWidget(self._year_person_options("certificate"))
        self.options.addWidget(self._year_person_options("freibetrag"))
        self.options.addWidget(self._confirmation_options())
        self.options.addWidget(self._course_list_options())
        self.options.addWidget(self._course_certificate_options())
        self.options.addWidget(self._course_vn_options())
        # only as tall as the chosen document's options: the button follows them directly
        self.options.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.options)
        self.make_button = QPushButton(self.tr("&Vorschau erstellen"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_preview)
        layout.addWidget(self.make_button)
        self.vn_group = self._vn_versions()
        layout.addWidget(self.vn_group, 1)
        layout.addStretch(0)
        return panel

    def _vn_options(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.vn_year = QComboBox()
        self.vn_year.setAccessibleName(self.tr("Förderjahr"))
        self.vn_year.currentIndexChanged.connect(self._load_versions)
        form.addRow(self.tr("Förderjahr:"), self.vn_year)
        self.angaben_button = QPushButton(self.tr("&Angaben und Sachbericht…"))
        self.angaben_button.clicked.connect(self.edit_angaben)
        form.addRow("", self.angaben_button)
        self.issue_button = QPushButton(self.tr("Fassung &ausstellen…"))
        self.issue_button.setToolTip(
            self.tr(
                "Speichert den Verwendungsnachweis so, wie er jetzt ist, als neue Fassung mit Prüfsumme. "
                "Die Vorschau ist bis dahin ein Entwurf."
            )
        )
        self.issue_button.clicked.connect(self.issue_vn)
        form.addRow("", self.issue_button)
        return box

    def _run_options(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.run_box = QComboBox()
        self.run_box.setAccessibleName(self.tr("Auszahlungslauf"))
        form.addRow(self.tr("Auszahlungslauf:"), self.run_box)
        return box

    def _person_box(self, with_all: bool) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("Lots*in"))
        box.setProperty("with_all", with_all)
        return box

    def _hours_options(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.hours_person = self._person_box(True)
        form.addRow(self.tr("Lots*in:"), self.hours_person)
        self.hours_span = QComboBox()
        self.hours_span.addItem(self.tr("Monat"), "monat")
        self.hours_span.addItem(self.tr("Quartal"), "quartal")
        self.hours_span.addItem(self.tr("Jahr"), "jahr")
        self.hours_span.setAccessibleName(self.tr("Zeitraum"))
        form.addRow(self.tr("Zeitraum:"), self.hours_span)
        self.hours_part = QComboBox()
        self.hours_part.setAccessibleName(self.tr("Monat oder Quartal"))
        form.addRow("", self.hours_part)
        self.hours_year = self._year_spin()
        form.addRow(self.tr("Jahr:"), self.hours_year)
        self.hours_span.currentIndexChanged.connect(self._fill_parts)
        return box

    def _year_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(2015, 2100)
        spin.setValue(self._today().year)
        spin.setAccessibleName(self.tr("Jahr"))
        return spin

    def _year_person_options(self, which: str) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        year, person = self._year_spin(), self._person_box(True)
        label = self.tr("Kalenderjahr der Zahlung:") if which == "certificate" else self.tr("Jahr:")
        form.addRow(label, year)
        form.addRow(self.tr("Lots*in:"), person)
        if which == "certificate":
            self.certificate_year, self.certificate_person = year, person
        else:
            self.freibetrag_year, self.freibetrag_person = year, person
        return box

    def _confirmation_options(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.confirmation_person = self._person_box(False)
        form.addRow(self.tr("Lots*in:"), self.confirmation_person)
        self.confirmation_whole = QCheckBox(self.tr("die ganze Zeit des Engagements"))
        self.confirmation_whole.setChecked(True)
        form.addRow("", self.confirmation_whole)
        self.confirmation_year = self._year_spin()
        self.confirmation_year.setEnabled(False)
        self.confirmation_whole.toggled.connect(lambda whole: self.confirmation_year.setEnabled(not whole))
        form.addRow(self.tr("sonst nur das Jahr:"), self.confirmation_year)
        return box

    def _course_box(self) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("Kurs"))
        box.setMinimumContentsLength(24)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return box

    def _course_list_options(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.list_course = self._course_box()
        form.addRow(self.tr("Kurs:"), self.list_course)
        self.list_vorlage = QRadioButton(self.tr("Vorlage mit leeren Feldern zum Unterschreiben"))
        self.list_anwesenheit = QRadioButton(self.tr("mit der abgehakten Anwesenheit"))
        self.list_vorlage.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.list_vorlage)
        group.addButton(self.list_anwesenheit)
        form.addRow(self.tr("Fassung:"), self.list_vorlage)
        form.addRow("", self.list_anwesenheit)
        self.list_course.currentIndexChanged.connect(self._list_course_changed)
        return box

    def _course_certificate_options(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.certificates_course = self._course_box()
        form.addRow(self.tr("Kurs:"), self.certificates_course)
        self.certificates_who = QComboBox()
        self.certificates_who.setAccessibleName(self.tr("Für wen"))
        form.addRow(self.tr("Für:"), self.certificates_who)
        self.certificates_course.currentIndexChanged.connect(self._fill_certificate_people)
        return box

    def _course_vn_options(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.kvn_course = self._course_box()
        self.kvn_course.currentIndexChanged.connect(self._load_versions)
        form.addRow(self.tr("Kurs:"), self.kvn_course)
        self.kvn_sachbericht_button = QPushButton(self.tr("&Sachbericht…"))
        self.kvn_sachbericht_button.clicked.connect(self.edit_course_sachbericht)
        form.addRow("", self.kvn_sachbericht_button)
        self.kvn_issue_button = QPushButton(self.tr("Fassung &ausstellen…"))
        self.kvn_issue_button.setToolTip(
            self.tr(
                "Speichert den Verwendungsnachweis des Kurses so, wie er jetzt ist, als neue Fassung mit "
                "Prüfsumme. Die Vorschau ist bis dahin ein Entwurf."
            )
        )
        self.kvn_issue_button.clicked.connect(self.issue_course_vn)
        form.addRow("", self.kvn_issue_button)
        return box

    def _vn_versions(self) -> QGroupBox:
        group = QGroupBox(self.tr("Ausgestellte Fassungen"))
        layout = QVBoxLayout(group)
        self.versions = QTableWidget(0, 4)
        self.versions.setHorizontalHeaderLabels(
            [self.tr("Fassung"), self.tr("Ausgestellt am"), self.tr("Versandt am"), self.tr("Prüfsumme")]
        )
        self.versions.verticalHeader().setVisible(False)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.versions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the checksum is cut, its tooltip is whole
        self.versions.setAccessibleName(self.tr("Ausgestellte Fassungen"))
        self.versions.itemSelectionChanged.connect(self._version_selected)
        self.versions.doubleClicked.connect(lambda *_: self.show_version())
        layout.addWidget(self.versions)
        buttons = QHBoxLayout()
        self.show_version_button = QPushButton(self.tr("Anzeigen"))
        self.show_version_button.clicked.connect(self.show_version)
        self.sent_button = QPushButton(self.tr("Als &versandt vermerken…"))
        self.sent_button.clicked.connect(self.mark_version_sent)
        buttons.addWidget(self.show_version_button)
        buttons.addWidget(self.sent_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._versions: list[IssuedDocument] = []
        return group

    def _build_preview(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        self.preview = PdfPreview()
        layout.addWidget(self.preview, 1)
        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("&Speichern unter…"))
        self.save_button.clicked.connect(self.save)
        self.open_button = QPushButton(self.tr("Ö&ffnen"))
        self.open_button.setToolTip(self.tr("Im PDF-Programm des Computers öffnen"))
        self.open_button.clicked.connect(self.open_external)
        self.print_button = QPushButton(self.tr("&Drucken…"))
        self.print_button.clicked.connect(self.print_document)
        for button in (self.save_button, self.open_button, self.print_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        return panel

    # data --------------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            years = [y.jahr for y in list_years(self.db)]
            runs = list_runs(self.db)
            people = list_lotse_refs(self.db)
        except ServiceError as error:
            self.preview.show_message(localized(error.message))
            return
        today = self._today()
        _refill(self.vn_year, [(str(y), y) for y in sorted(years, reverse=True)], _vn_default(years, today))
        _refill(
            self.run_box,
            [
                (
                    self.tr("Nr. %1 – bezahlt am %2 (%3 Auszahlungen, Förderjahr %4)")
                    .replace("%1", str(run.id))
                    .replace("%2", format_date(run.bezahlt_am))
                    .replace("%3", str(run.anzahl))
                    .replace("%4", str(run.foerderjahr)),
                    run.id,
                )
                for run in runs
            ],
        )
        try:
            courses = list_courses(self.db)
        except ServiceError:
            courses = []
        self._course_titles = {c.id: c.titel for c in courses}
        course_entries = [(_course_text(c.titel, c.von, c.bis), c.id) for c in courses]
        for box in (self.list_course, self.certificates_course, self.kvn_course):
            _refill(box, course_entries)
        self._list_course_changed()
        self._fill_certificate_people()
        entries = [(f"{p.name} ({p.nr})", p.nr) for p in people]
        for box in (self.hours_person, self.certificate_person, self.freibetrag_person, self.confirmation_person):
            everybody = [(self.tr("alle Lots*innen"), ALL)] if box.property("with_all") else []
            _refill(box, everybody + entries)
        if self.hours_part.count() == 0:
            self._fill_parts()
        self._kind_changed()

    def _fill_parts(self) -> None:
        span = self.hours_span.currentData()
        month = self._today().month
        self.hours_part.clear()
        if span == "monat":
            for number in range(1, 13):
                self.hours_part.addItem(QLocale().standaloneMonthName(number), number)
            self.hours_part.setCurrentIndex(month - 1)
        elif span == "quartal":
            for quarter in range(1, 5):
                self.hours_part.addItem(self.tr("%1. Quartal").replace("%1", str(quarter)), quarter)
            self.hours_part.setCurrentIndex((month - 1) // 3)
        self.hours_part.setEnabled(span != "jahr")

    def _kind_changed(self) -> None:
        kind = self.kind_box.currentData()
        self.options.setCurrentIndex(KINDS.index(kind))
        for index in range(self.options.count()):  # a stack is as tall as its tallest page unless told otherwise
            shown = index == self.options.currentIndex()
            vertical = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            self.options.widget(index).setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.options.updateGeometry()
        self.vn_group.setVisible(kind in VERSIONED_KINDS)
        texts = {
            "verwendungsnachweis": self.tr(
                "Zahlenmäßiger Nachweis, Detailangaben je Lots*in, Belegliste, Sachbericht und Bestätigungen. "
                "Die Vorschau ist ein Entwurf; eingereicht wird eine ausgestellte Fassung."
            ),
            "quittungen": self.tr(
                "Je Auszahlung eine Quittung. Beim ersten Erstellen werden sie ausgestellt und danach immer "
                "unverändert wiedergegeben – auch wenn sich eine Anschrift ändert."
            ),
            "stundennachweis": self.tr(
                "Jeder Einsatz im Zeitraum mit Summe und abrechenbaren Stunden, zum Unterschreiben durch die "
                "Lots*in und die koordinierende Person."
            ),
            "jahresbescheinigung": self.tr(
                "Die im Kalenderjahr gezahlten Beträge mit Monat der Zahlung – für Finanzamt und Jobcenter."
            ),
            "freibetragserklaerung": self.tr(
                "Vorausgefüllte Erklärung zum Übungsleiterfreibetrag (§ 3 Nr. 26 EStG) zum Unterschreiben."
            ),
            "einsatzbestaetigung": self.tr(
                "Bestätigung über das ehrenamtliche Engagement mit Zeitraum, Stunden und Tätigkeiten – z. B. für "
                "die Ehrenamtskarte oder eine Bewerbung."
            ),
            "teilnehmendenliste": self.tr(
                "Teilnehmendenliste zum Formblatt 2 C: vor dem Kurs mit leeren Feldern zum Unterschreiben je "
                "Termin, danach mit der abgehakten Anwesenheit – für Antrag und Verwendungsnachweis."
            ),
            "teilnahmebescheinigungen": self.tr(
                "Eine Bescheinigung je Person, die die Mindestanwesenheit erreicht hat – bei der "
                "Basisqualifizierung mit ausgestelltem Zertifikat als Zertifikat."
            ),
            "kurs_verwendungsnachweis": self.tr(
                "Zahlenmäßiger Nachweis des Kurses mit Belegliste, Sachbericht und Bestätigungen; fällig drei "
                "Monate nach dem letzten Termin. Die Vorschau ist ein Entwurf; eingereicht wird eine ausgestellte "
                "Fassung."
            ),
        }
        self.explanation.setText(texts[kind])
        if kind in VERSIONED_KINDS:
            self._load_versions()
        self._set_made(None)

    def show_course_document(self, kind: str, kurs_id: int) -> None:
        """Preselect a course document and its course (from the Qualifizierungen page)."""
        index = self.kind_box.findData(kind)
        if index < 0:
            return
        self.kind_box.setCurrentIndex(index)
        box = {
            "teilnehmendenliste": self.list_course,
            "teilnahmebescheinigungen": self.certificates_course,
            "kurs_verwendungsnachweis": self.kvn_course,
        }[kind]
        position = box.findData(kurs_id)
        if position >= 0:
            box.setCurrentIndex(position)
        self.kind_box.setFocus()

    def _list_course_changed(self) -> None:
        """The Vorlage before the course, the list with attendance once any is ticked."""
        kurs_id = self.list_course.currentData()
        if kurs_id is None:
            return
        try:
            recorded = get_course(self.db, kurs_id, today=self._today()).attendance_recorded
        except ServiceError:
            return
        (self.list_anwesenheit if recorded else self.list_vorlage).setChecked(True)

    def _fill_certificate_people(self) -> None:
        kurs_id = self.certificates_course.currentData()
        entries: list[tuple[str, object]] = [(self.tr("alle mit ausreichender Anwesenheit"), None)]
        if kurs_id is not None:
            try:
                detail = get_course(self.db, kurs_id, today=self._today())
            except ServiceError:
                detail = None
            if detail is not None:
                entries += [(p.name, p.id) for p in detail.teilnehmende if p.ausreichend]
        _refill(self.certificates_who, entries)

    # making documents --------------------------------------------------------------------------
    def make_preview(self) -> None:
        makers: dict[str, Callable[[], Made | None]] = {
            "verwendungsnachweis": self._make_vn_draft,
            "quittungen": self._make_receipts,
            "stundennachweis": self._make_hours,
            "jahresbescheinigung": self._make_certificates,
            "freibetragserklaerung": self._make_freibetrag,
            "einsatzbestaetigung": self._make_confirmation,
            "teilnehmendenliste": self._make_course_list,
            "teilnahmebescheinigungen": self._make_course_certificates,
            "kurs_verwendungsnachweis": self._make_course_vn_draft,
        }
        self._run(makers[self.kind_box.currentData()])

    def _run(self, maker: Callable[[], Made | None]) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = maker()
        except ServiceError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Berichte"), localized(error.message))
            return
        QGuiApplication.restoreOverrideCursor()
        if made is not None:
            self._set_made(made)

    def _target(self, name: str) -> Path:
        return Path(self._folder.path()) / name

    def _make_vn_draft(self) -> Made | None:
        jahr = self.vn_year.currentData()
        if jahr is None:
            return self._nothing(self.tr("Es ist noch kein Förderjahr angelegt."))
        path = self._target(f"Verwendungsnachweis {jahr} Entwurf.pdf")
        write_verwendungsnachweis(self.db, jahr, path, entwurf=True, created=self._today())
        return Made(path, self.tr("Entwurf des Verwendungsnachweises %1").replace("%1", str(jahr)))

    def _make_receipts(self) -> Made | None:
        run = self.run_box.currentData()
        if run is None:
            return self._nothing(self.tr("Es gibt noch keinen Auszahlungslauf."))
        documents = issue_receipts_of_run(self.db, run, today=self._today())
        path = self._target(f"Quittungen Auszahlungslauf {run}.pdf")
        write_documents(self.db, documents, path)
        summary = (
            self.tr("%1 Quittungen (%2 bis %3)")
            .replace("%1", str(len(documents)))
            .replace("%2", documents[0].nummer)
            .replace("%3", documents[-1].nummer)
        )
        return Made(path, summary)

    def _period(self) -> tuple[date, date, str]:
        """First and last day of the chosen month, quarter or year, and its name in the UI language."""
        year, span, part = self.hours_year.value(), self.hours_span.currentData(), self.hours_part.currentData()
        if span == "monat":
            start = date(year, part, 1)
            end = date(year + (part == 12), part % 12 + 1, 1)
            return start, date.fromordinal(end.toordinal() - 1), f"{self.hours_part.currentText()} {year}"
        if span == "quartal":
            start = date(year, 3 * part - 2, 1)
            end = date(year + (part == 4), (3 * part) % 12 + 1, 1)
            label = self.tr("%1. Quartal %2").replace("%1", str(part)).replace("%2", str(year))
            return start, date.fromordinal(end.toordinal() - 1), label
        return date(year, 1, 1), date(year, 12, 31), str(year)

    def _make_hours(self) -> Made | None:
        von, bis, label = self._period()
        nr = self.hours_person.currentData() or None
        path = self._target(f"Stundennachweis {label}{' ' + nr if nr else ''}.pdf")
        count = write_stundennachweis(self.db, nr, von, bis, path)
        if count == 1:
            return Made(path, self.tr("Stundennachweis %1 für 1 Lots*in").replace("%1", label))
        return Made(
            path, self.tr("Stundennachweis %1 für %2 Lots*innen").replace("%1", label).replace("%2", str(count))
        )

    def _make_certificates(self) -> Made | None:
        year, nr = self.certificate_year.value(), self.certificate_person.currentData() or None
        path = self._target(f"Jahresbescheinigung {year}{' ' + nr if nr else ''}.pdf")
        certificates = write_jahresbescheinigungen(self.db, year, nr, path)
        return Made(
            path,
            self.tr("%1 Jahresbescheinigungen für %2").replace("%1", str(len(certificates))).replace("%2", str(year)),
        )

    def _make_freibetrag(self) -> Made | None:
        year, nr = self.freibetrag_year.value(), self.freibetrag_person.currentData() or None
        path = self._target(f"Freibetragserklärung {year}{' ' + nr if nr else ''}.pdf")
        count = write_freibetragserklaerungen(self.db, year, nr, path)
        return Made(
            path, self.tr("%1 Freibetragserklärungen für %2").replace("%1", str(count)).replace("%2", str(year))
        )

    def _make_confirmation(self) -> Made | None:
        nr = self.confirmation_person.currentData()
        if not nr:
            return self._nothing(self.tr("Es ist noch keine Lots*in angelegt."))
        von = bis = None
        if not self.confirmation_whole.isChecked():
            year = self.confirmation_year.value()
            von, bis = date(year, 1, 1), date(year, 12, 31)
        path = self._target(f"Einsatzbestätigung {nr}.pdf")
        write_einsatzbestaetigung(self.db, nr, von, bis, path)
        return Made(path, self.tr("Einsatzbestätigung für %1").replace("%1", self.confirmation_person.currentText()))

    def _course(self, box: QComboBox) -> tuple[int, str] | None:
        kurs_id = box.currentData()
        if kurs_id is None:
            self._nothing(self.tr("Es ist noch kein Kurs angelegt (Seite „Qualifizierungen“)."))
            return None
        return kurs_id, self._course_titles.get(kurs_id, box.currentText())

    def _make_course_list(self) -> Made | None:
        chosen = self._course(self.list_course)
        if chosen is None:
            return None
        kurs_id, name = chosen
        mit = self.list_anwesenheit.isChecked()
        path = self._target(_file_name("Teilnehmendenliste", name) + ".pdf")
        write_teilnehmendenliste(self.db, kurs_id, path, mit, today=self._today())
        text = (
            self.tr("Teilnehmendenliste „%1“ mit Anwesenheit") if mit else self.tr("Teilnehmendenliste „%1“ (Vorlage)")
        )
        return Made(path, text.replace("%1", name))

    def _make_course_certificates(self) -> Made | None:
        chosen = self._course(self.certificates_course)
        if chosen is None:
            return None
        kurs_id, name = chosen
        teilnahme = self.certificates_who.currentData()
        path = self._target(_file_name("Teilnahmebescheinigungen", name) + ".pdf")
        count = write_teilnahmebescheinigungen(
            self.db, kurs_id, path, [teilnahme] if teilnahme is not None else None, today=self._today()
        )
        if count == 1:
            return Made(path, self.tr("1 Teilnahmebescheinigung zu „%1“").replace("%1", name))
        return Made(path, self.tr("%1 Teilnahmebescheinigungen zu „%2“").replace("%1", str(count)).replace("%2", name))

    def _make_course_vn_draft(self) -> Made | None:
        chosen = self._course(self.kvn_course)
        if chosen is None:
            return None
        kurs_id, name = chosen
        path = self._target(_file_name("Verwendungsnachweis", name) + " Entwurf.pdf")
        write_kurs_verwendungsnachweis(self.db, kurs_id, path, entwurf=True, today=self._today())
        return Made(path, self.tr("Entwurf des Verwendungsnachweises zu „%1“").replace("%1", name))

    def _nothing(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Berichte"), text)
        return None

    def _set_made(self, made: Made | None) -> None:
        self._made = made
        for button in (self.save_button, self.open_button, self.print_button):
            button.setEnabled(made is not None)
        if made is None:
            self.preview.show_message(self.tr("Wählen Sie links ein Dokument und „Vorschau erstellen“."))
            self.status.clear()
            return
        pages = self.preview.show_pdf(made.path)
        page_word = self.tr("1 Seite") if pages == 1 else self.tr("%1 Seiten").replace("%1", str(pages))
        self.status.setText(f"{made.summary} · {page_word}")

    # the Verwendungsnachweis -------------------------------------------------------------------
    def edit_angaben(self) -> None:
        from lotsendesk.ui.vn_angaben_dialog import VnAngabenDialog

        jahr = self.vn_year.currentData()
        if jahr is None:
            self._nothing(self.tr("Es ist noch kein Förderjahr angelegt."))
            return
        try:
            dialog = VnAngabenDialog(self.db, jahr, self)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Berichte"), localized(error.message))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(self._make_vn_draft)

    def issue_vn(self) -> None:
        jahr = self.vn_year.currentData()
        if jahr is None:
            self._nothing(self.tr("Es ist noch kein Förderjahr angelegt."))
            return
        question = self.tr(
            "Den Verwendungsnachweis %1 jetzt ausstellen? Er wird als Fassung mit Prüfsumme gespeichert und "
            "bleibt unverändert; spätere Änderungen ergeben eine neue Fassung."
        ).replace("%1", str(jahr))
        self._issue_version(question, lambda: issue_verwendungsnachweis(self.db, jahr, today=self._today()))

    def edit_course_sachbericht(self) -> None:
        from lotsendesk.services.kurse import update_course
        from lotsendesk.ui.kurs_dialog import SachberichtDialog
        from lotsendesk.ui.undo import push_done

        kurs_id = self.kvn_course.currentData()
        if kurs_id is None:
            self._nothing(self.tr("Es ist noch kein Kurs angelegt (Seite „Qualifizierungen“)."))
            return
        try:
            dialog = SachberichtDialog(self.db, kurs_id, self)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Berichte"), localized(error.message))
            return
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changed() or dialog.after is None:
            return
        before, after = dialog.before, dialog.after
        push_done(
            self.undo_stack,
            self.tr("Sachbericht zu „%1“ bearbeiten").replace("%1", after.titel),
            lambda: update_course(self.db, kurs_id, before),
            lambda: update_course(self.db, kurs_id, after),
            self,
        )
        self.data_changed.emit()
        self._run(self._make_course_vn_draft)

    def issue_course_vn(self) -> None:
        chosen = self._course(self.kvn_course)
        if chosen is None:
            return
        kurs_id, name = chosen
        question = self.tr(
            "Den Verwendungsnachweis zu „%1“ jetzt ausstellen? Er wird als Fassung mit Prüfsumme gespeichert und "
            "bleibt unverändert; spätere Änderungen ergeben eine neue Fassung."
        ).replace("%1", name)
        self._issue_version(question, lambda: issue_kurs_verwendungsnachweis(self.db, kurs_id, today=self._today()))

    def _issue_version(self, question: str, issue: Callable[[], tuple[IssuedDocument, bool]]) -> None:
        """Ask, issue a Fassung (of the year or a course) and show it; say so when nothing changed since the last."""
        if not confirm(self, self.tr("Fassung ausstellen"), question):
            return
        outcome: list[tuple[IssuedDocument, bool]] = []

        def make() -> Made:
            document, new = issue()
            outcome.append((document, new))
            return self._stored(document)

        self._run(make)
        if not outcome:
            return
        document, new = outcome[0]
        self._load_versions()
        if not new:
            QMessageBox.information(
                self,
                self.tr("Fassung ausstellen"),
                self.tr("Seit Fassung %1 hat sich nichts geändert; es bleibt bei dieser Fassung.").replace(
                    "%1", str(document.version)
                ),
            )

    def _stored(self, document: IssuedDocument) -> Made:
        path = self._target(f"{document.title}.pdf".replace(",", ""))
        write_documents(self.db, [document], path)
        return Made(path, document.title)

    def _load_versions(self) -> None:
        try:
            if self.kind_box.currentData() == "kurs_verwendungsnachweis":
                kurs_id = self.kvn_course.currentData()
                self._versions = kurs_verwendungsnachweise(self.db, kurs_id) if kurs_id is not None else []
            else:
                jahr = self.vn_year.currentData()
                self._versions = verwendungsnachweise(self.db, jahr) if jahr is not None else []
        except ServiceError:
            self._versions = []
        self.versions.setRowCount(len(self._versions))
        for row, document in enumerate(self._versions):
            values = (
                str(document.version),
                format_date(document.erstellt_am.date()),
                format_date(document.versandt_am) if document.versandt_am else "–",
                document.sha256[:12] + "…",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3:
                    item.setToolTip(self.tr("SHA-256: %1").replace("%1", document.sha256))
                self.versions.setItem(row, column, item)
        self._version_selected()

    def selected_version(self) -> IssuedDocument | None:
        rows = {index.row() for index in self.versions.selectedIndexes()}
        return self._versions[rows.pop()] if len(rows) == 1 else None

    def _version_selected(self) -> None:
        document = self.selected_version()
        self.show_version_button.setEnabled(document is not None)
        self.sent_button.setEnabled(document is not None and document.versandt_am is None)

    def show_version(self) -> None:
        document = self.selected_version()
        if document is not None:
            self._run(lambda: self._stored(document))

    def mark_version_sent(self) -> None:
        document = self.selected_version()
        if document is None:
            return
        day = ask_sent_date(self, self._today())
        if day is None:
            return
        try:
            mark_sent(self.db, document.id, day, today=self._today())
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Als versandt vermerken"), localized(error.message))
            return
        self._load_versions()
        self.data_changed.emit()  # the deadline in the Prüfhinweise is done

    # the made document -------------------------------------------------------------------------
    def save_current(self) -> None:
        """Strg+S (main window): „Speichern unter…“ of the previewed document."""
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> None:
        if self._made is None:
            return
        target = choose_save_path(self, self._made.path.name)
        if target is None:
            return
        try:
            shutil.copyfile(self._made.path, target)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Dokument speichern"),
                self.tr("Die Datei „%1“ konnte nicht geschrieben werden (%2).")
                .replace("%1", target.name)
                .replace("%2", error.strerror or str(error)),
            )
            return
        self.status.setText(self.tr("Gespeichert unter %1").replace("%1", str(target)))

    def open_external(self) -> None:
        if self._made is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._made.path))):
            QMessageBox.information(
                self,
                self.tr("Öffnen"),
                self.tr("Kein PDF-Programm gefunden. Die Datei liegt unter:\n%1").replace("%1", str(self._made.path)),
            )

    def print_document(self) -> None:
        if self._made is not None:
            print_pdf(self, self._made.path)


def _refill(box: QComboBox, entries: list[tuple[str, object]], preferred: object = None) -> None:
    """Replace the entries of ``box``, keeping the chosen one when it is still there."""
    keep = box.currentData() if box.count() else preferred
    box.blockSignals(True)
    box.clear()
    for text, value in entries:
        box.addItem(text, value)
    index = box.findData(keep)
    box.setCurrentIndex(index if index >= 0 else (0 if entries else -1))
    box.blockSignals(False)


def _course_text(titel: str, von: date | None, bis: date | None) -> str:
    """``Basisqualifizierung Frühjahr (01.03.2025 – 15.03.2025)``."""
    if von is None or bis is None:
        return titel
    span = format_date(von) if von == bis else f"{format_date(von)} – {format_date(bis)}"
    return f"{titel} ({span})"


def _file_name(kind: str, course: str) -> str:
    """A file name without characters Windows refuses."""
    cleaned = "".join(" " if ch in '<>:"/\\|?*' else ch for ch in course)
    return " ".join(f"{kind} {cleaned}".split())[:120]


def _vn_default(years: list[int], today: date) -> int | None:
    """The Förderjahr whose Verwendungsnachweis is next: the newest year before this one, else the newest."""
    earlier = [y for y in years if y < today.year]
    if earlier:
        return max(earlier)
    return max(years) if years else None
