"""Who takes part in a course: pick existing Lots*innen (LotsePickerDialog), enter a person new to the project
(NeuePersonDialog: a Lots*in record "in Qualifizierung" and a place on the list) and the day a certificate is
issued (ZertifikatDialog). The dialogs that store something call the service themselves, so messages land under
their fields."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.dates import format_date, parse_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.formatting import format_number
from lotsendesk.domain.lotse_record import LotseData
from lotsendesk.domain.people import sort_key, suggest_nr
from lotsendesk.domain.qualifizierung import KursArt
from lotsendesk.services import kurse
from lotsendesk.services.lotsen import LotseRow, get_lotse, list_lotsen
from lotsendesk.ui.foerderjahr_dialog import FormDialog
from lotsendesk.ui.lotse_dialog import set_muted
from lotsendesk.ui.lotsen_model import status_label
from lotsendesk.ui.rollen_editor import date_line_edit


def _folded(text: str) -> str:
    return sort_key(text)[0]


class LotsePickerDialog(QDialog):
    """Lots*innen not yet on the list, with a search field; several can be chosen. After Accepted:
    ``chosen`` holds their ids."""

    def __init__(self, db, exclude: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lots*innen hinzufügen"))
        self.chosen: list[int] = []
        self._rows: list[LotseRow] = [r for r in list_lotsen(db) if r.id not in exclude]
        intro = QLabel(
            self.tr(
                "Wählen Sie, wer am Kurs teilnimmt (mehrere mit Strg oder Umschalt). Wer noch nicht im Projekt ist, "
                "kommt über „Neue Person…“ auf die Liste."
            )
        )
        intro.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Suchen nach Nr. oder Name …"))
        self.search_edit.setAccessibleName(self.tr("Lots*innen suchen"))
        self.search_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Lots*innen, die noch nicht auf der Liste stehen"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        set_muted(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Hinzufügen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.search_edit.textChanged.connect(self._filter)
        self.list.itemSelectionChanged.connect(self._update_ok)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._filter()
        self.resize(480, 520)
        self.search_edit.setFocus()

    def _filter(self) -> None:
        needle = _folded(self.search_edit.text().strip())
        self.list.clear()
        for row in self._rows:
            if needle and needle not in _folded(f"{row.nr} {row.name}"):
                continue
            text = f"{row.nr} – {row.name}"
            if row.qualifiziert_am is None:
                text += " (" + status_label(row.status) + ")"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        if self.list.count() == 1:
            self.list.setCurrentRow(0)
        if not self._rows:
            self.empty.setText(self.tr("Alle Lots*innen stehen schon auf der Liste."))
        elif not self.list.count():
            self.empty.setText(self.tr("Niemand passt zu „%1“.").replace("%1", self.search_edit.text().strip()))
        self.empty.setVisible(not self.list.count())
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.list.selectedItems()))

    def choose(self, lotse_ids: list[int]) -> None:
        """Select these people (for tests and keyboard users who typed a search)."""
        self.list.clearSelection()
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) in lotse_ids:
                item.setSelected(True)

    def accept(self) -> None:
        self.chosen = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        if self.chosen:
            super().accept()


class NeuePersonDialog(FormDialog):
    """A person new to the project goes on the list: Nr. (suggested), Nachname, Vorname, contact optional.
    After Accepted: ``lotse_id``, ``teilnahme_id`` and ``data`` (the Lots*in as stored)."""

    FIELD_ORDER = ("nr", "nachname", "vorname", "anschrift", "email", "telefon")

    def __init__(self, db, kurs_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kurs_id = kurs_id
        self.lotse_id: int | None = None
        self.teilnahme_id: int | None = None
        self.data: LotseData | None = None
        self.setWindowTitle(self.tr("Neue Person auf der Teilnehmendenliste"))
        intro = QLabel(
            self.tr(
                "Die Person wird als Lots*in mit dem Status „in Qualifizierung“ angelegt. Mit dem Zertifikat der "
                "Basisqualifizierung wird sie aktiv; ihre Stunden zählen ab diesem Tag."
            )
        )
        intro.setWordWrap(True)
        existing = [r.nr for r in list_lotsen(db)]
        self.nr_edit = QLineEdit(suggest_nr(existing))
        self.nr_edit.setMaxLength(32)
        self.nachname_edit = QLineEdit()
        self.vorname_edit = QLineEdit()
        self.anschrift_edit = QPlainTextEdit()
        self.anschrift_edit.setTabChangesFocus(True)
        self.anschrift_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.anschrift_edit.setPlaceholderText(self.tr("Straße Nr.\nPLZ Ort"))
        self.email_edit = QLineEdit()
        self.telefon_edit = QLineEdit()
        box = QWidget()
        form = self._form(box, flush=True)
        self._add_row(form, self.tr("Nr. *"), self.nr_edit, "nr", self.tr("Vorschlag: die nächste freie Nummer."))
        self._add_row(form, self.tr("Nachname *"), self.nachname_edit, "nachname")
        self._add_row(form, self.tr("Vorname"), self.vorname_edit, "vorname")
        self._add_row(
            form,
            self.tr("Anschrift"),
            self.anschrift_edit,
            "anschrift",
            self.tr("Für die Teilnahmebescheinigung; später auch für Quittungen."),
        )
        self._add_row(form, self.tr("E-Mail"), self.email_edit, "email")
        self._add_row(form, self.tr("Telefon"), self.telefon_edit, "telefon")
        self._lay_out(intro, box)
        for key, edit in (("nr", self.nr_edit), ("nachname", self.nachname_edit), ("email", self.email_edit)):
            edit.textEdited.connect(lambda _text, key=key: self._set_error(key, ""))
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())
        self.nachname_edit.setFocus()

    def accept(self) -> None:
        data = LotseData(
            nr=self.nr_edit.text().strip(),
            nachname=self.nachname_edit.text().strip(),
            vorname=self.vorname_edit.text().strip(),
            anschrift=self.anschrift_edit.toPlainText().strip(),
            email=self.email_edit.text().strip(),
            telefon=self.telefon_edit.text().strip(),
        )
        errors: dict[str, str] = {}
        if not data.nr:
            errors["nr"] = self.tr("Bitte eine Nr. angeben.")
        if not data.nachname:
            errors["nachname"] = self.tr("Bitte den Nachnamen angeben.")
        if errors:
            self.show_errors(errors)
            return

        def store() -> None:
            self.lotse_id, self.teilnahme_id = kurse.add_new_participant(self.db, self.kurs_id, data)
            self.data = get_lotse(self.db, self.lotse_id)

        if self._store(store):
            super().accept()


class ZertifikatDialog(FormDialog):
    """The day the certificate is issued (suggested: the last Termin, or today if that is still ahead). Issues
    it on Save; the service's reasons (too little attendance, a day before the last Termin) show in the dialog.
    ``person`` None: the certificates of everyone due (attendance reached, none yet), all on that day.
    After Accepted: ``am`` and ``issued`` (the Teilnahme ids)."""

    FIELD_ORDER = ("zertifikat_am",)

    def __init__(
        self,
        db,
        person: kurse.TeilnehmerRow | None,
        detail: kurse.KursDetail,
        parent: QWidget | None = None,
        today=None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.person = person
        self.kurs_id = detail.id
        self.am: date | None = None
        self.issued: list[int] = []
        today = today or date.today()
        self.setWindowTitle(self.tr("Zertifikat ausstellen"))
        suggested = detail.bis if detail.bis is not None and detail.bis <= today else today
        if person is None:
            due = [p for p in detail.teilnehmende if p.ausreichend and p.zertifikat_am is None]
            intro_text = (
                self.tr("Zertifikate für alle %1 Teilnehmenden, die mindestens %2 % der UE besucht haben: %3.")
                .replace("%1", str(len(due)))
                .replace("%2", str(detail.data.mindestanwesenheit))
                .replace("%3", ", ".join(p.name for p in due))
            )
        else:
            intro_text = self.tr("Zertifikat für %1 (%2 % der UE besucht).").replace("%1", person.name)
            intro_text = intro_text.replace("%2", _percent(person))
        if detail.data.art is KursArt.BASIS:
            intro_text += " " + self.tr(
                "Mit dem Zertifikat der Basisqualifizierung gilt die Person ab diesem Tag als qualifiziert; ihre "
                "Stunden sind ab dann abrechenbar."
            )
        self.intro = QLabel(intro_text)
        self.intro.setWordWrap(True)
        self.datum_edit = date_line_edit(self.tr("Ausgestellt am"))
        self.datum_edit.setText(format_date(suggested))
        box = QWidget()
        form = self._form(box, flush=True)
        self._add_row(form, self.tr("Ausgestellt am *"), self.datum_edit, "zertifikat_am")
        self._lay_out(self.intro, box)
        self.save_button.setText(self.tr("Ausstellen"))
        self.datum_edit.editingFinished.connect(lambda: self._date_left(self.datum_edit, "zertifikat_am"))
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())
        self.datum_edit.setFocus()
        self.datum_edit.selectAll()

    def accept(self) -> None:
        try:
            am = parse_date(self.datum_edit.text(), field="zertifikat_am")
        except ValidationError as error:
            self.show_errors({"zertifikat_am": error.message})
            return

        def store() -> None:
            if self.person is None:
                self.issued = kurse.issue_certificates(self.db, self.kurs_id, am)
            else:
                kurse.issue_certificate(self.db, self.person.id, am)
                self.issued = [self.person.id]
            self.am = am

        if self._store(store):
            super().accept()


def _percent(person: kurse.TeilnehmerRow) -> str:
    return format_number(person.prozent, 1)
