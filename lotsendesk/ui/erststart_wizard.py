"""The first-start assistant: shown when the program opens a database nobody has started to fill (no Träger name,
no Förderjahr, no Lots*in) – never for the demo, the self-test or a file opened only to look at.

Willkommen (set up your own Träger, or look at the demo first) → Träger → erstes Förderjahr → Fertig. Nothing
is stored before „Fertig“, and then all at once (services.erststart.einrichten): cancelling at any step leaves
the database empty, and the assistant is offered again on the next start.
"""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lotsendesk.domain.amounts import parse_amount
from lotsendesk.domain.formatting import format_number
from lotsendesk.services.database import Database
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.erststart import einrichten, is_new_database
from lotsendesk.services.foerderjahre import FoerderjahrData
from lotsendesk.services.traeger import TraegerData, check_traeger
from lotsendesk.ui.form_rows import FormRows
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.rollen_editor import date_line_edit
from lotsendesk.ui.traeger_form import einwohner_spin, rechtsform_combo, rechtsform_label

DEMO, EINGERICHTET = "demo", "eingerichtet"
PAGE_WILLKOMMEN, PAGE_TRAEGER, PAGE_JAHR, PAGE_FERTIG = range(4)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WillkommenPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Willkommen bei LotsenDesk"))
        self.setSubTitle(self.tr("Das Programm für Träger von Projekten der WIR-Integrationslots*innen in Hessen."))
        about = _label(
            self.tr(
                "LotsenDesk hilft bei der Abrechnung: Lots*innen und ihre Einsätze erfassen, die "
                "Aufwandsentschädigungen nach den Regeln des Förderprogramms berechnen und auszahlen (mit "
                "Quittungen und SEPA-Datei), Qualifizierungen verwalten und am Ende des Jahres den "
                "Verwendungsnachweis erstellen. Alle Daten bleiben auf diesem Computer."
            )
        )
        question = _label(self.tr("Wie möchten Sie beginnen?"))
        self.own_button = QCommandLinkButton(
            self.tr("Eigenen Träger einrichten"),
            self.tr("Zwei kurze Schritte: die Angaben zum Träger und das erste Förderjahr."),
        )
        self.own_button.clicked.connect(self._own)
        self.demo_button = QCommandLinkButton(
            self.tr("Erst einmal die Demo ansehen"),
            self.tr(
                "Ein erfundener Verein mit Lots*innen, Einsätzen und Auszahlungen zum Ausprobieren. Ihre eigene "
                "Datenbank bleibt leer; dieser Assistent erscheint beim nächsten Start wieder."
            ),
        )
        self.demo_button.clicked.connect(self._demo)
        self._demo_chosen = False
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(about)
        layout.addSpacing(12)
        layout.addWidget(question)
        layout.addWidget(self.own_button)
        layout.addWidget(self.demo_button)
        layout.addStretch(1)

    def demo_chosen(self) -> bool:
        return self._demo_chosen

    def _own(self) -> None:
        self._demo_chosen = False
        self.wizard().next()

    def _demo(self) -> None:
        self._demo_chosen = True
        self.wizard().accept()


class TraegerPage(FormRows, QWizardPage):
    FIELD_ORDER = ("name", "rechtsform", "einwohner", "anschrift", "ort", "vertreter1_name", "vertreter1_funktion")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_rows()
        self.setTitle(self.tr("Der Träger"))
        self.setSubTitle(
            self.tr("Wer führt das Projekt? Name, Anschrift und Unterschrift stehen auf Quittungen und Nachweisen.")
        )
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("z. B. Freundeskreis Asyl e. V."))
        self.rechtsform_combo = rechtsform_combo()
        # a Kommune's Koordinierungspauschale depends on its size (< 50.000 Einwohner*innen), not on Gemeinnützigkeit
        self.einwohner_spin = einwohner_spin(self.rechtsform_combo)
        self.anschrift_edit = QPlainTextEdit()
        self.anschrift_edit.setTabChangesFocus(True)
        self.anschrift_edit.setFixedHeight(self.anschrift_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.anschrift_edit.setPlaceholderText(self.tr("Straße Nr.\nPLZ Ort"))
        self.ort_edit = QLineEdit()
        self.ort_edit.setPlaceholderText(self.tr("z. B. Offenbach am Main"))
        self.vertreter_name_edit = QLineEdit()
        self.vertreter_name_edit.setPlaceholderText(self.tr("Name"))
        self.vertreter_funktion_edit = QLineEdit()
        self.vertreter_funktion_edit.setPlaceholderText(self.tr("Funktion, z. B. Vorsitzende*r"))
        self.vertreter_funktion_edit.setAccessibleName(self.tr("Funktion"))
        pair = QWidget()
        row = QVBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.vertreter_name_edit)
        row.addWidget(self.vertreter_funktion_edit)

        box = QWidget()
        form = self._form(box, flush=True)
        self._add_row(form, self.tr("Name *"), self.name_edit, "name")
        self._add_row(form, self.tr("Rechtsform *"), self.rechtsform_combo, "rechtsform")
        self._add_row(
            form,
            self.tr("Einwohner*innen"),
            self.einwohner_spin,
            "einwohner",
            self.tr("Nur für eine Kommune: unter 50.000 gibt es die Koordinierungspauschale."),
        )
        self._add_row(form, self.tr("Anschrift"), self.anschrift_edit, "anschrift")
        self._add_row(form, self.tr("Ort für Unterschriften"), self.ort_edit, "ort", self.tr("Steht in „Ort, Datum“."))
        self._add_row(
            form,
            self.tr("Vertreter*in"),
            pair,
            "vertreter1_name",
            self.tr("Wer für den Träger unterschreibt, z. B. die*der Vorsitzende."),
            buddy=self.vertreter_name_edit,
        )
        self.fields["vertreter1_funktion"] = self.vertreter_funktion_edit
        more = _label(
            self.tr("Steuernummer, Projektkonto, Logo und mehr ergänzen Sie später unter Einstellungen → Träger.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(more)

    def data(self) -> TraegerData:
        rechtsform = self.rechtsform_combo.currentData()
        kommune = rechtsform == "kommune"
        return TraegerData(
            name=self.name_edit.text().strip(),
            rechtsform=rechtsform,
            gemeinnuetzig=not kommune,  # Vereine and Kirchengemeinden usually are; corrected in Einstellungen
            einwohner=self.einwohner_spin.value() if kommune else 0,
            anschrift=self.anschrift_edit.toPlainText().strip(),
            ort=self.ort_edit.text().strip(),
            vertreter1_name=self.vertreter_name_edit.text().strip(),
            vertreter1_funktion=self.vertreter_funktion_edit.text().strip(),
        )

    def validatePage(self) -> bool:
        data = self.data()
        errors: dict[str, str] = {}
        if not data.name:
            errors["name"] = self.tr("Bitte den Namen des Trägers angeben.")
        if data.rechtsform == "kommune" and data.einwohner <= 0:
            errors["einwohner"] = self.tr("Bitte die Einwohnerzahl der Kommune angeben.")
        try:
            check_traeger(data)
        except InputErrors as error:
            for key, message in error.by_field().items():
                errors.setdefault(key, message)
        if errors:
            self.show_errors(errors)
            return False
        self.clear_errors()
        return True


class JahrPage(FormRows, QWizardPage):
    FIELD_ORDER = ("jahr", "aktenzeichen", "bewilligt_einsatz", "bescheid_datum")

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._init_rows()
        self.setTitle(self.tr("Das erste Förderjahr"))
        self.setSubTitle(
            self.tr("Was steht im Zuwendungsbescheid? Noch kein Bescheid da: den beantragten Betrag eintragen.")
        )
        today = today or date.today()
        self.jahr_spin = QSpinBox()
        self.jahr_spin.setRange(2000, 2100)
        self.jahr_spin.setValue(today.year)
        self.jahr_spin.setFixedWidth(self.jahr_spin.fontMetrics().horizontalAdvance("00000") + 48)
        self.aktenzeichen_edit = QLineEdit()
        self.aktenzeichen_edit.setPlaceholderText(self.tr("wie im Bescheid, z. B. II 12 – 51 d 12.03"))
        self.einsatz_edit = QLineEdit()
        self.einsatz_edit.setPlaceholderText("0,00")
        self.einsatz_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.einsatz_edit.setFixedWidth(self.einsatz_edit.fontMetrics().horizontalAdvance("000.000.000,00") + 24)
        self.bescheid_edit = date_line_edit(self.tr("Bescheid-Datum"))

        box = QWidget()
        form = self._form(box, flush=True)
        self._add_row(form, self.tr("Förderjahr *"), self.jahr_spin, "jahr")
        self._add_row(form, self.tr("Aktenzeichen"), self.aktenzeichen_edit, "aktenzeichen", self.tr("Freiwillig."))
        self._add_row(
            form,
            self.tr("Bewilligt: Einsatz (€) *"),
            self.einsatz_edit,
            "bewilligt_einsatz",
            self.tr("Die Aufwandsentschädigung der Lots*innen für das ganze Jahr."),
        )
        self._add_row(
            form,
            self.tr("Bescheid-Datum"),
            self.bescheid_edit,
            "bescheid_datum",
            self.tr("Freiwillig. Daraus berechnet LotsenDesk die Frist für die Erklärung zum Bescheid."),
        )
        more = _label(
            self.tr(
                "Koordinierungspauschale, Qualifizierung, Stundensatz und Fristen ergänzen Sie später auf der "
                "Seite Förderjahr."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(more)
        self.einsatz_edit.editingFinished.connect(self._money_left)
        self.einsatz_edit.textEdited.connect(lambda _text: self._set_error("bewilligt_einsatz", ""))
        self.bescheid_edit.editingFinished.connect(lambda: self._date_left(self.bescheid_edit, "bescheid_datum"))

    def _money_left(self) -> None:
        text = self.einsatz_edit.text().strip()
        if not text:
            return
        try:
            self.einsatz_edit.setText(format_number(parse_amount(text), 2))
        except ValueError:
            self._set_error("bewilligt_einsatz", self._money_message())

    def _money_message(self) -> str:
        return self.tr("Bitte einen Betrag wie 5.000,00 eingeben.")

    def data(self, errors: dict[str, str], nebenbestimmungen: str = "ANBest-P") -> FoerderjahrData:
        text = self.einsatz_edit.text().strip()
        betrag = Decimal("0.00")
        if not text:
            errors["bewilligt_einsatz"] = self.tr("Bitte den bewilligten (oder beantragten) Betrag angeben.")
        else:
            try:
                betrag = parse_amount(text)
            except ValueError:
                errors["bewilligt_einsatz"] = self._money_message()
        return FoerderjahrData(
            jahr=self.jahr_spin.value(),
            bewilligt_einsatz=betrag,
            aktenzeichen=self.aktenzeichen_edit.text().strip(),
            bescheid_datum=self._read_date(self.bescheid_edit, "bescheid_datum", errors),
            nebenbestimmungen=nebenbestimmungen,
        )

    def validatePage(self) -> bool:
        errors: dict[str, str] = {}
        self.data(errors)
        if errors:
            self.show_errors(errors)
            return False
        self.clear_errors()
        return True


class FertigPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Fast geschafft"))
        self.setSubTitle(self.tr("Mit „Fertig“ speichert LotsenDesk die Angaben. So geht es dann weiter:"))
        self.summary = _label("")
        steps = QLabel(
            self.tr(
                "<ol>"
                "<li><b>Lots*innen anlegen</b>: auf der Seite Lots*innen mit „Neue*r Lots*in“ (Strg+N) – oder eine "
                "Liste aus Excel übernehmen: Datei → Lots*innen importieren…</li>"
                "<li><b>Einsätze erfassen</b>: auf der Seite Einsätze, Zeile für Zeile von den Stundenzetteln.</li>"
                "<li><b>Auszahlen</b>: auf der Seite Auszahlungen, mit Quittungen und SEPA-Datei.</li>"
                "<li><b>Einstellungen</b>: Projektkonto, Steuernummer und Logo für die Dokumente ergänzen.</li>"
                "</ol>"
                "<p>Die Hilfe (F1) erklärt jeden Schritt.</p>"
            )
        )
        steps.setWordWrap(True)
        steps.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(steps)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard: ErststartWizard = self.wizard()  # type: ignore[assignment]
        traeger = wizard.traeger_page.data()
        errors: dict[str, str] = {}
        jahr = wizard.jahr_page.data(errors)
        self.summary.setText(
            self.tr("Träger: %1 (%2). Förderjahr %3, bewilligt für den Einsatz: %4 €.")
            .replace("%1", traeger.name)
            .replace("%2", rechtsform_label(traeger.rechtsform))
            .replace("%3", str(jahr.jahr))
            .replace("%4", format_number(jahr.bewilligt_einsatz, 2))
        )


class ErststartWizard(QWizard):
    """After ``exec()``: ``choice`` is DEMO, EINGERICHTET (Träger and Förderjahr stored) or None (cancelled)."""

    def __init__(self, db: Database, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.choice: str | None = None
        self.setWindowTitle(self.tr("LotsenDesk einrichten"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.willkommen_page = WillkommenPage()
        self.traeger_page = TraegerPage()
        self.jahr_page = JahrPage(today=today)
        self.fertig_page = FertigPage()
        self.setPage(PAGE_WILLKOMMEN, self.willkommen_page)
        self.setPage(PAGE_TRAEGER, self.traeger_page)
        self.setPage(PAGE_JAHR, self.jahr_page)
        self.setPage(PAGE_FERTIG, self.fertig_page)
        self.setStartId(PAGE_WILLKOMMEN)
        # Weiter/Zurück/Abbrechen come from Qt's own German (as in the import wizard); „Fertig“ as the page says
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Fertig"))
        self.resize(760, 560)

    def accept(self) -> None:
        if self.willkommen_page.demo_chosen():
            self.choice = DEMO
            super().accept()
            return
        if not self._store():
            return
        self.choice = EINGERICHTET
        super().accept()

    def _store(self) -> bool:
        """All or nothing; an error is shown on the page of its field (or in a message)."""
        traeger = self.traeger_page.data()
        errors: dict[str, str] = {}
        neben = "ANBest-GK" if traeger.rechtsform == "kommune" else "ANBest-P"  # ANBest-GK: Kommunen
        jahr = self.jahr_page.data(errors, nebenbestimmungen=neben)
        try:
            if errors:
                raise InputErrors([])
            einrichten(self.db, traeger, jahr)
        except InputErrors as error:
            errors.update(error.by_field())
            for page_id, page in ((PAGE_TRAEGER, self.traeger_page), (PAGE_JAHR, self.jahr_page)):
                mine = {key: text for key, text in errors.items() if key in page.error_labels}
                if mine:
                    self._go_back_to(page_id)
                    page.show_errors(mine)
                    return False
            if errors:  # a message for no field of these pages
                QMessageBox.warning(self, self.windowTitle(), " ".join(localized(t) for t in errors.values()))
            return False
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), localized(error.message))
            return False
        return True

    def _go_back_to(self, page_id: int) -> None:
        while self.currentId() != page_id and self.currentId() != PAGE_WILLKOMMEN:
            self.back()


def offer_first_start(window) -> object:
    """Run the assistant over ``window`` (a MainWindow) when its database is new, and act on the choice.
    Returns the window to keep using: the same one, or – for the demo – a new window on the demo database
    (the old window is closed without its automatic Sicherung, and its database is closed)."""
    db = window.db
    if window.demo or db.read_only or not is_new_database(db):
        return window
    wizard = ErststartWizard(db, window)
    wizard.exec()
    if wizard.choice == EINGERICHTET:
        window._reload_all()  # the pages show the new Träger and Förderjahr
        window.show_page("lotsen")
        return window
    if wizard.choice == DEMO:
        return _open_demo(window)
    return window


def _open_demo(window):
    from lotsendesk.paths import demo_db_path
    from lotsendesk.services.database import open_database
    from lotsendesk.services.demo import create_demo_database
    from lotsendesk.ui.main_window import MainWindow

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        path = demo_db_path()
        create_demo_database(path)
        demo_db = open_database(path)
    except ServiceError as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(window, QCoreApplication.translate("app", "LotsenDesk"), localized(error.message))
        return window
    finally:
        if QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()
    demo_window = MainWindow(demo_db, demo=True)
    demo_window.setGeometry(window.geometry())
    demo_window.show()
    # The empty database stays as it is: no daily Sicherung of it (closeEvent would make one), lock released.
    timer = getattr(window, "lock_timer", None)
    if timer is not None:
        timer.stop()
    window.hide()
    window.db.close()
    window.deleteLater()
    return demo_window
