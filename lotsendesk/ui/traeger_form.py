"""The one form for the Träger's facts (TraegerForm), shown on the Einstellungen page and – for the Förderjahr
page's „Träger…“ button – in a dialog (TraegerDialog).

What it holds: name, Rechtsform, Einwohner*innen (Kommune), Anschrift, Ort; Gemeinnützigkeit with Finanzamt,
Steuernummer and the date of the Freistellungsbescheid, the Vereinsregister; the two vertretungsberechtigte
Personen, the project account, and the logo printed on every document. Each message appears under its field
(IBAN, BIC and Steuernummer are checked when the field is left); nothing typed is lost by an error.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.iban import format_iban
from lotsendesk.services.database import Database
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.traeger import (
    RECHTSFORMEN,
    TraegerData,
    check_traeger,
    get_logo,
    get_traeger,
    set_traeger,
)
from lotsendesk.ui import logo_image
from lotsendesk.ui.form_rows import FormRows
from lotsendesk.ui.rollen_editor import date_line_edit
from lotsendesk.ui.undo import push_done

LOGO_PREVIEW_HEIGHT = 56


def rechtsform_label(rechtsform: str) -> str:
    labels = {
        "verein": QCoreApplication.translate("Foerderjahr", "Verein"),
        "kirchengemeinde": QCoreApplication.translate("Foerderjahr", "Kirchengemeinde"),
        "kommune": QCoreApplication.translate("Foerderjahr", "Kommune"),
        "sonstige": QCoreApplication.translate("Foerderjahr", "sonstiger Träger"),
    }
    return labels.get(rechtsform, rechtsform)


def rechtsform_combo() -> QComboBox:
    combo = QComboBox()
    for rechtsform in RECHTSFORMEN:
        combo.addItem(rechtsform_label(rechtsform), rechtsform)
    return combo


def einwohner_spin(combo: QComboBox) -> QSpinBox:
    """The Einwohnerzahl, editable only while ``combo`` says Kommune (only a Kommune's size counts, [S8])."""
    spin = QSpinBox()
    spin.setRange(0, 99_999_999)
    spin.setGroupSeparatorShown(True)
    spin.setFixedWidth(spin.fontMetrics().horizontalAdvance("99.999.999") + 48)

    def follow() -> None:
        spin.setEnabled(combo.currentData() == "kommune")

    combo.currentIndexChanged.connect(follow)
    follow()
    return spin


def push_traeger_edit(
    stack: QUndoStack,
    db: Database,
    before: tuple[TraegerData, bytes],
    after: tuple[TraegerData, bytes],
    widget: QWidget | None = None,
) -> None:
    """One undo entry for a saved Träger edit: the facts and – only if it changed – the logo."""
    logo_changed = before[1] != after[1]

    def apply(state: tuple[TraegerData, bytes]) -> None:
        set_traeger(db, state[0], logo=state[1] if logo_changed else None)

    push_done(
        stack,
        QCoreApplication.translate("Traeger", "Träger-Angaben ändern"),
        lambda: apply(before),
        lambda: apply(after),
        widget,
    )


class TraegerForm(FormRows, QWidget):
    """The Träger's facts as a form. ``load()`` shows what is stored; ``save()`` checks and stores (messages
    under the fields; True when stored), after which ``before``/``after`` hold (facts, logo) for undo.
    ``changed`` is emitted on every edit by the user; ``submitted`` when Enter is pressed in a line."""

    changed = Signal()
    submitted = Signal()

    FIELD_ORDER = (
        "name",
        "rechtsform",
        "einwohner",
        "anschrift",
        "ort",
        "gemeinnuetzig",
        "finanzamt",
        "steuernummer",
        "freistellungsbescheid",
        "registergericht",
        "registernummer",
        "vertreter1_name",
        "vertreter1_funktion",
        "vertreter2_name",
        "vertreter2_funktion",
        "konto_inhaber",
        "iban",
        "bic",
        "logo",
    )

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_rows()
        self.db = db
        self.before: tuple[TraegerData, bytes] = (TraegerData(), b"")
        self.after: tuple[TraegerData, bytes] | None = None
        self._stored: tuple[TraegerData, bytes] = (TraegerData(), b"")
        self._logo = b""
        self._filling = False
        self._build()
        self.load()
        self.before = self._stored

    # building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("z. B. Freundeskreis Asyl e. V."))
        self.rechtsform_combo = rechtsform_combo()
        self.einwohner_spin = einwohner_spin(self.rechtsform_combo)
        self.anschrift_edit = QPlainTextEdit()
        self.anschrift_edit.setTabChangesFocus(True)
        self.anschrift_edit.setFixedHeight(self.anschrift_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.anschrift_edit.setPlaceholderText(self.tr("Straße Nr.\nPLZ Ort"))
        self.ort_edit = QLineEdit()
        self.ort_edit.setPlaceholderText(self.tr("z. B. Offenbach am Main"))

        self.gemeinnuetzig_check = QCheckBox(self.tr("als gemeinnützig anerkannt"))
        self.finanzamt_edit = QLineEdit()
        self.finanzamt_edit.setPlaceholderText(self.tr("z. B. Finanzamt Offenbach am Main"))
        self.steuernummer_edit = QLineEdit()
        self.steuernummer_edit.setPlaceholderText(self.tr("z. B. 035 250 12345"))
        self.steuernummer_edit.setFixedWidth(
            self.steuernummer_edit.fontMetrics().horizontalAdvance("0000000000000") * 2
        )
        self.freistellung_edit = date_line_edit(self.tr("Freistellungsbescheid vom"))
        self.registergericht_edit = QLineEdit()
        self.registergericht_edit.setPlaceholderText(self.tr("z. B. Amtsgericht Gießen"))
        self.registernummer_edit = QLineEdit()
        self.registernummer_edit.setPlaceholderText(self.tr("z. B. VR 1234"))
        self.registernummer_edit.setAccessibleName(self.tr("Registernummer"))

        self.vertreter_edits: dict[str, QLineEdit] = {}
        for number in (1, 2):
            for part in ("name", "funktion"):
                self.vertreter_edits[f"vertreter{number}_{part}"] = QLineEdit()
        self.konto_inhaber_edit = QLineEdit()
        self.konto_inhaber_edit.setPlaceholderText(self.tr("leer: der Name des Trägers"))
        self.iban_edit = QLineEdit()
        self.iban_edit.setPlaceholderText("DE89 3704 0044 0532 0130 00")
        self.bic_edit = QLineEdit()
        self.bic_edit.setPlaceholderText(self.tr("BIC (freiwillig)"))
        self.bic_edit.setAccessibleName(self.tr("BIC"))
        metrics = self.iban_edit.fontMetrics()  # a whole IBAN and BIC stay readable in a narrow dialog
        self.iban_edit.setMinimumWidth(metrics.horizontalAdvance("DE00 0000 0000 0000 0000 00") + 24)
        self.bic_edit.setMinimumWidth(metrics.horizontalAdvance("HELADEF1OFF") + 24)

        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFixedHeight(LOGO_PREVIEW_HEIGHT + 8)
        self.logo_preview.setMinimumWidth(180)
        self.logo_preview.setAccessibleName(self.tr("Vorschau des Logos"))
        self.logo_choose_button = QPushButton(self.tr("Bild wählen…"))
        self.logo_choose_button.setAutoDefault(False)
        self.logo_choose_button.clicked.connect(self.choose_logo)
        self.logo_remove_button = QPushButton(self.tr("Entfernen"))
        self.logo_remove_button.setAutoDefault(False)
        self.logo_remove_button.clicked.connect(self.remove_logo)

        traeger = QGroupBox(self.tr("Träger"))
        form = self._form(traeger)
        self._add_row(form, self.tr("Name"), self.name_edit, "name")
        self._add_row(form, self.tr("Rechtsform *"), self.rechtsform_combo, "rechtsform")
        self._add_row(
            form,
            self.tr("Einwohner*innen"),
            self.einwohner_spin,
            "einwohner",
            self.tr(
                "Nur für eine Kommune: unter 50.000 gibt es die Koordinierungspauschale auch ohne Gemeinnützigkeit."
            ),
        )
        self._add_row(form, self.tr("Anschrift"), self.anschrift_edit, "anschrift")
        self._add_row(
            form,
            self.tr("Ort für Unterschriften"),
            self.ort_edit,
            "ort",
            self.tr("Steht in „Ort, Datum“ der Dokumente."),
        )

        steuer = QGroupBox(self.tr("Gemeinnützigkeit und Register"))
        form = self._form(steuer)
        self._add_row(
            form,
            self.tr("Gemeinnützigkeit"),
            self.gemeinnuetzig_check,
            "gemeinnuetzig",
            self.tr("Laut Freistellungsbescheid des Finanzamts."),
        )
        self._add_row(form, self.tr("Finanzamt"), self.finanzamt_edit, "finanzamt")
        self._add_row(form, self.tr("Steuernummer"), self.steuernummer_edit, "steuernummer")
        self._add_row(form, self.tr("Freistellungsbescheid vom"), self.freistellung_edit, "freistellungsbescheid")
        register = self._pair(self.registergericht_edit, 3, self.registernummer_edit, 2)
        self._add_row(
            form,
            self.tr("Vereinsregister"),
            register,
            "registergericht",
            self.tr("Nur für einen eingetragenen Verein."),
            buddy=self.registergericht_edit,
        )
        self.fields["registernummer"] = self.registernummer_edit
        self.registergericht_edit.setAccessibleName(self.tr("Registergericht"))

        people = QGroupBox(self.tr("Unterschriften und Projektkonto"))
        form = self._form(people)
        for number in (1, 2):
            name_edit = self.vertreter_edits[f"vertreter{number}_name"]
            name_edit.setPlaceholderText(self.tr("Name"))
            funktion_edit = self.vertreter_edits[f"vertreter{number}_funktion"]
            funktion_edit.setPlaceholderText(self.tr("Funktion, z. B. Vorsitzende*r"))
            self._add_row(
                form,
                self.tr("Unterschrift %1").replace("%1", str(number)),
                self._pair(name_edit, 3, funktion_edit, 2),
                f"vertreter{number}_name",
                self.tr("Vertretungsberechtigte Person: steht unter den Unterschriftslinien.") if number == 1 else "",
                buddy=name_edit,
            )
            funktion_edit.setAccessibleName(self.tr("Funktion %1").replace("%1", str(number)))
            self.fields[f"vertreter{number}_funktion"] = funktion_edit
        self._add_row(form, self.tr("Kontoinhaber*in"), self.konto_inhaber_edit, "konto_inhaber")
        self._add_row(
            form,
            self.tr("Projektkonto (IBAN)"),
            self._pair(self.iban_edit, 3, self.bic_edit, 2),
            "iban",
            self.tr("Von diesem Konto gehen die Überweisungen der SEPA-Datei."),
            buddy=self.iban_edit,
        )
        # the BIC's message gets its own line under the account (the IBAN's is above it)
        self.fields["bic"] = self.bic_edit
        bic_error = QLabel()
        bic_error.setWordWrap(True)
        bic_error.setStyleSheet(self.general_error.styleSheet())
        bic_error.setObjectName("error_bic")
        bic_error.hide()
        self.error_labels["bic"] = bic_error
        iban_column = self.error_labels["iban"].parentWidget().layout()
        iban_column.addWidget(bic_error)

        logo = QGroupBox(self.tr("Logo für die Dokumente"))
        form = self._form(logo)
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_preview, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.logo_choose_button)
        buttons.addWidget(self.logo_remove_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self._add_row(
            form,
            self.tr("Logo"),
            logo_row,
            "logo",
            self.tr(
                "PNG, JPEG oder SVG. Steht oben rechts auf jedem neuen Dokument; schon ausgestellte Quittungen "
                "und Verwendungsnachweise bleiben, wie sie sind."
            ),
            buddy=self.logo_choose_button,
        )

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(traeger)
        left.addWidget(steuer)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(people)
        right.addWidget(logo)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self._align_labels()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)

        self.freistellung_edit.editingFinished.connect(self._freistellung_left)
        for key, edit in (
            ("iban", self.iban_edit),
            ("bic", self.bic_edit),
            ("steuernummer", self.steuernummer_edit),
        ):
            edit.editingFinished.connect(lambda key=key: self._check_field(key))
            edit.textEdited.connect(lambda _text, key=key: self._set_error(key, ""))
        for edit in self._line_edits():
            edit.textEdited.connect(self._edited)
            edit.returnPressed.connect(self.submitted)
        self.anschrift_edit.textChanged.connect(self._edited)
        self.rechtsform_combo.activated.connect(self._edited)
        self.gemeinnuetzig_check.clicked.connect(self._edited)
        self.einwohner_spin.valueChanged.connect(self._edited)

    def _pair(self, first: QWidget, first_stretch: int, second: QWidget, second_stretch: int) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first, first_stretch)
        row.addWidget(second, second_stretch)
        return box

    def _line_edits(self) -> list[QLineEdit]:
        return [
            self.name_edit,
            self.ort_edit,
            self.finanzamt_edit,
            self.steuernummer_edit,
            self.freistellung_edit,
            self.registergericht_edit,
            self.registernummer_edit,
            *self.vertreter_edits.values(),
            self.konto_inhaber_edit,
            self.iban_edit,
            self.bic_edit,
        ]

    # showing -----------------------------------------------------------------------------------
    def load(self) -> None:
        """Show what is stored (and forget what was typed)."""
        data, logo = get_traeger(self.db), get_logo(self.db)
        self._stored = (data, logo)
        self._filling = True
        try:
            self.name_edit.setText(data.name)
            self.rechtsform_combo.setCurrentIndex(max(0, self.rechtsform_combo.findData(data.rechtsform)))
            self.gemeinnuetzig_check.setChecked(data.gemeinnuetzig)
            self.einwohner_spin.setValue(data.einwohner)
            self.anschrift_edit.setPlainText(data.anschrift)
            self.ort_edit.setText(data.ort)
            self.finanzamt_edit.setText(data.finanzamt)
            self.steuernummer_edit.setText(data.steuernummer)
            self.freistellung_edit.setText(format_date(data.freistellungsbescheid))
            self.registergericht_edit.setText(data.registergericht)
            self.registernummer_edit.setText(data.registernummer)
            for key, edit in self.vertreter_edits.items():
                edit.setText(getattr(data, key))
            self.konto_inhaber_edit.setText(data.konto_inhaber)
            self.iban_edit.setText(format_iban(data.iban))
            self.bic_edit.setText(data.bic)
            self._show_logo(logo)
        finally:
            self._filling = False
        self.clear_errors()

    def _show_logo(self, png: bytes) -> None:
        self._logo = png
        pixmap = logo_image.logo_pixmap(png, LOGO_PREVIEW_HEIGHT)
        if pixmap.isNull():
            self.logo_preview.setPixmap(pixmap)
            self.logo_preview.setText(self.tr("Kein Logo"))
        else:
            self.logo_preview.setText("")
            self.logo_preview.setPixmap(pixmap)
        self.logo_remove_button.setEnabled(bool(png))

    def _edited(self, *_args) -> None:
        if not self._filling:
            self.changed.emit()

    # the logo ----------------------------------------------------------------------------------
    def choose_logo(self) -> None:
        path = logo_image.choose_logo_file(self)
        if path is not None:
            self.set_logo_file(path)

    def set_logo_file(self, path: Path) -> bool:
        """Take the picture at ``path`` as the logo (not yet stored); its message under the field otherwise."""
        try:
            png = logo_image.logo_png_from_file(path)
        except logo_image.LogoError as error:
            self._set_error("logo", str(error))
            return False
        self._set_error("logo", "")
        self._show_logo(png)
        self._edited()
        return True

    def remove_logo(self) -> None:
        self._set_error("logo", "")
        self._show_logo(b"")
        self._edited()

    def logo(self) -> bytes:
        """The logo as shown (PNG bytes; empty for none)."""
        return self._logo

    # collecting and saving ---------------------------------------------------------------------
    def data(self, errors: dict[str, str] | None = None) -> TraegerData:
        """What the form holds; a date that cannot be read gets its message in ``errors``."""
        errors = {} if errors is None else errors
        freistellung = self._read_date(self.freistellung_edit, "freistellungsbescheid", errors)
        if freistellung is not None and freistellung > date.today():
            errors["freistellungsbescheid"] = self.tr("Das Datum liegt in der Zukunft.")
        rechtsform = self.rechtsform_combo.currentData()
        return TraegerData(
            name=self.name_edit.text().strip(),
            rechtsform=rechtsform,
            gemeinnuetzig=self.gemeinnuetzig_check.isChecked(),
            einwohner=self.einwohner_spin.value() if rechtsform == "kommune" else self._stored[0].einwohner,
            anschrift=self.anschrift_edit.toPlainText().strip(),
            ort=self.ort_edit.text().strip(),
            **{key: edit.text().strip() for key, edit in self.vertreter_edits.items()},
            konto_inhaber=self.konto_inhaber_edit.text().strip(),
            iban=self.iban_edit.text().strip(),
            bic=self.bic_edit.text().strip(),
            registergericht=self.registergericht_edit.text().strip(),
            registernummer=self.registernummer_edit.text().strip(),
            finanzamt=self.finanzamt_edit.text().strip(),
            steuernummer=self.steuernummer_edit.text().strip(),
            freistellungsbescheid=freistellung,
        )

    def is_modified(self) -> bool:
        """Does the form show anything else than what is stored? (An unreadable date counts as a change.)"""
        errors: dict[str, str] = {}
        data = self.data(errors)
        return bool(errors) or (check_or_self(data), self._logo) != (check_or_self(self._stored[0]), self._stored[1])

    def save(self) -> bool:
        """Check and store; True when stored (or nothing had changed). ``before``/``after`` for undo."""
        self.after = None
        errors: dict[str, str] = {}
        data = self.data(errors)
        try:  # every message at once: the dates' and the service's
            check_traeger(data)
        except InputErrors as error:
            for key, message in error.by_field().items():
                errors.setdefault(key, message)
        if errors:
            self.show_errors(errors)
            return False
        logo_changed = self._logo != self._stored[1]
        try:
            previous = set_traeger(self.db, data, logo=self._logo if logo_changed else None)
            stored = (get_traeger(self.db), get_logo(self.db))
        except InputErrors as error:
            self.show_errors(error.by_field())
            return False
        except ServiceError as error:
            self.show_errors({"": error.message})
            return False
        before = (previous, self._stored[1])
        self.load()  # shows what is stored now (IBAN grouped, Steuernummer tidied …)
        self.before, self.after = before, stored
        return True

    def changed_on_save(self) -> bool:
        """After save(): whether anything is stored differently than before."""
        return self.after is not None and self.after != self.before

    # checks as the user leaves a field ---------------------------------------------------------
    def _check_field(self, key: str) -> None:
        try:
            check_traeger(self.data())
        except InputErrors as error:
            self._set_error(key, error.by_field().get(key, ""))
            return
        self._set_error(key, "")

    def _freistellung_left(self) -> None:
        errors: dict[str, str] = {}
        self.data(errors)
        if "freistellungsbescheid" in errors:
            self._set_error("freistellungsbescheid", errors["freistellungsbescheid"])
        else:
            self._date_left(self.freistellung_edit, "freistellungsbescheid")


def check_or_self(data: TraegerData) -> TraegerData:
    """``data`` as it would be stored (compact IBAN, …), or as it is when it would be refused."""
    try:
        return check_traeger(data)
    except InputErrors:
        return data


class TraegerDialog(QDialog):
    """The TraegerForm in a dialog (the Förderjahr page's „Träger…“). After Accepted: ``before``/``after``
    (facts only, as before the logo existed) and ``before_state``/``after_state`` (facts, logo) for undo."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Träger des Projekts"))
        self.form = TraegerForm(db, self)
        self.before: TraegerData = self.form.before[0]
        self.after: TraegerData | None = None
        self.before_state = self.form.before
        self.after_state: tuple[TraegerData, bytes] | None = None
        # the form's widgets under their familiar names
        for name in (
            "name_edit",
            "rechtsform_combo",
            "gemeinnuetzig_check",
            "einwohner_spin",
            "anschrift_edit",
            "ort_edit",
            "vertreter_edits",
            "konto_inhaber_edit",
            "iban_edit",
            "bic_edit",
            "steuernummer_edit",
            "freistellung_edit",
        ):
            setattr(self, name, getattr(self.form, name))
        intro = QLabel(
            self.tr(
                "Die Koordinierungspauschale gibt es nur für gemeinnützige Träger oder Kommunen unter "
                "50.000 Einwohner*innen. Anschrift, Unterschriften und Logo erscheinen auf den Dokumenten. "
                "Dieselben Angaben stehen unter Einstellungen → Träger."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
        self.form.submitted.connect(self.accept)
        self.resize(max(self.sizeHint().width(), 1080), self.sizeHint().height())
        self.form.name_edit.setFocus()

    def error_text(self, key: str) -> str:
        return self.form.error_text(key)

    def data(self) -> TraegerData:
        return self.form.data()

    def accept(self) -> None:
        if not self.form.save():
            return
        self.after = self.form.after[0] if self.form.after else None
        self.after_state = self.form.after
        super().accept()

    def changed(self) -> bool:
        return self.form.changed_on_save()
