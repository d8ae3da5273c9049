"""What the treasurer writes for a Verwendungsnachweis and the data cannot know: the Sachbericht sections and
the Eigen-/Drittmittel and the Koordinierungspauschale actually spent."""

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from lotsendesk.domain.errors import ValidationError
from lotsendesk.services.errors import InputErrors
from lotsendesk.services.verwendungsnachweis import VnAngaben, get_angaben, set_angaben
from lotsendesk.ui.foerderjahr_dialog import FormDialog, format_amount, parse_money

TEXTS = ("projektverlauf", "zielerreichung", "zusammenarbeit", "schwierigkeiten", "ausblick")
AMOUNTS = ("eigenmittel", "drittmittel", "koordination_ist")


def _amount_text(value: Decimal | None) -> str:
    return "" if value is None else format_amount(value)


class VnAngabenDialog(FormDialog):
    """Edit the Angaben of Förderjahr ``jahr``. After Accepted: ``before`` and ``after``."""

    FIELD_ORDER = (*TEXTS, *AMOUNTS)

    def __init__(self, db, jahr: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.jahr = db, jahr
        self.before: VnAngaben = get_angaben(db, jahr)
        self.after: VnAngaben | None = None
        self.setWindowTitle(self.tr("Verwendungsnachweis %1 – Angaben und Sachbericht").replace("%1", str(jahr)))
        titles = {
            "projektverlauf": (
                self.tr("Projektverlauf"),
                self.tr("Was im Jahr geschah: Gewinnung, Qualifizierung und Einsätze der Lots*innen."),
            ),
            "zielerreichung": (
                self.tr("Zielerreichung"),
                self.tr("Wurden die Ziele des Antrags erreicht? Wo nicht, warum?"),
            ),
            "zusammenarbeit": (
                self.tr("Zusammenarbeit"),
                self.tr("Mit Behörden, Beratungsstellen, Kommune und anderen Trägern."),
            ),
            "schwierigkeiten": (
                self.tr("Schwierigkeiten"),
                self.tr("Was nicht gelang und wie der Träger damit umging."),
            ),
            "ausblick": (self.tr("Ausblick"), self.tr("Was im nächsten Jahr geplant ist.")),
        }
        tabs = QTabWidget()
        report = QWidget()
        form = self._form(report)
        self.text_edits: dict[str, QPlainTextEdit] = {}
        for key in TEXTS:
            edit = QPlainTextEdit(getattr(self.before, key))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 5 + 14)
            title, hint = titles[key]
            self._add_row(form, title, edit, key, hint)
            self.text_edits[key] = edit
        tabs.addTab(report, self.tr("&Sachbericht"))

        figures = QWidget()
        form = self._form(figures)
        self.amount_edits: dict[str, QLineEdit] = {}
        labels = {
            "eigenmittel": (self.tr("Eigenmittel"), self.tr("Eigene Mittel des Trägers für das Projekt.")),
            "drittmittel": (self.tr("Drittmittel"), self.tr("z. B. Zuschuss der Kommune oder einer Stiftung.")),
            "koordination_ist": (
                self.tr("Koordinierungspauschale (Ist)"),
                self.tr("Tatsächlich verwendet. Leer lassen: der bewilligte Betrag wird angesetzt."),
            ),
        }
        for key in AMOUNTS:
            edit = self._money_edit("" if key == "koordination_ist" else "0,00")
            edit.setText(_amount_text(getattr(self.before, key)))
            title, hint = labels[key]
            self._add_row(form, title, edit, key, hint)
            self.amount_edits[key] = edit
        tabs.addTab(figures, self.tr("&Zahlen"))

        intro = QLabel(
            self.tr(
                "Diese Texte und Beträge stehen im Verwendungsnachweis %1. Keine Angaben über begleitete "
                "Personen – nur zusammengefasste Aussagen."
            ).replace("%1", str(jahr))
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(intro)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(self._buttons(required_note=False))
        self.resize(max(self.sizeHint().width(), 720), max(self.sizeHint().height(), 640))
        self.text_edits["projektverlauf"].setFocus()

    def angaben(self) -> VnAngaben:
        """What the form holds; ValidationError for an amount that cannot be read."""
        amounts: dict[str, Decimal | None] = {}
        errors = []
        for key, edit in self.amount_edits.items():
            text = edit.text().strip()
            if not text:
                amounts[key] = None if key == "koordination_ist" else Decimal("0.00")
                continue
            try:
                amounts[key] = parse_money(text)
            except ValidationError as error:
                errors.append(ValidationError(error.message, key))
        if errors:
            raise InputErrors(errors)
        texts = {key: edit.toPlainText().strip() for key, edit in self.text_edits.items()}
        return VnAngaben(**texts, **amounts)

    def accept(self) -> None:

        def store() -> None:
            angaben = self.angaben()
            set_angaben(self.db, self.jahr, angaben)
            self.after = get_angaben(self.db, self.jahr)

        if self._store(store):
            super().accept()
