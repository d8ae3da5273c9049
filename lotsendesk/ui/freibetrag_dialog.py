"""One person's Freibetragserklärung for one year: which allowance, how much is used elsewhere, signed on – and,
kept apart and only with documented consent, whether the person receives Bürgergeld or AsylbLG.

The dialog saves through the service itself, so every message lands under its field and nothing typed is lost;
``edit_freibetrag`` opens it and records the change on the undo stack.
"""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain import allowances
from lotsendesk.domain.allowances import Freibetrag
from lotsendesk.domain.dates import format_date, parse_optional_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.formatting import format_number
from lotsendesk.domain.messages import join
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.freibetraege import (
    FreibetragData,
    check_freibetrag,
    delete_freibetrag,
    get_freibetrag,
    parse_betrag,
    set_freibetrag,
)
from lotsendesk.ui.ask import confirm
from lotsendesk.ui.field_errors import FieldErrors
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.lotse_dialog import ERROR_STYLE, set_muted
from lotsendesk.ui.rollen_editor import date_line_edit
from lotsendesk.ui.undo import push_done

FIELD_ORDER = ("art", "anderweitig", "unterschrieben_am", "sozialleistungen", "einwilligung_am")


def art_label(art: Freibetrag) -> str:
    """The allowance as the form and the panel name it."""
    if art is Freibetrag.UEBUNGSLEITER:
        return QCoreApplication.translate("Freibetrag", "Übungsleiterfreibetrag (§ 3 Nr. 26 EStG)")
    return QCoreApplication.translate("Freibetrag", "Ehrenamtspauschale (§ 3 Nr. 26a EStG)")


def money_text(value: Decimal) -> str:
    """``2.800,00`` for an input field (the € sign stands beside it)."""
    return format_number(value)


class FreibetragDialog(FieldErrors, QDialog):
    """After ``exec()`` returned Accepted: ``before`` is the declaration as it was (None if there was none) and
    ``after`` as stored now (None if it was deleted)."""

    FIELD_ORDER = FIELD_ORDER

    def __init__(self, db, lotse_id: int, jahr: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lotse_id = lotse_id
        self.jahr = jahr
        self.name = name
        self.before: FreibetragData | None = get_freibetrag(db, lotse_id, jahr)
        self.after: FreibetragData | None = None
        self.deleted = False
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Freibetragserklärung %1 – %2").replace("%1", str(jahr)).replace("%2", name))
        self._build()
        self._fill(self.before)

    # building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Was %1 in der Freibetragserklärung für %2 angegeben hat. Steuerfrei bleibt, was der Verein %2 "
                "auszahlt, bis zur Grenze des Freibetrags abzüglich dessen, was anderweitig in Anspruch "
                "genommen wird."
            )
            .replace("%1", self.name)
            .replace("%2", str(self.jahr))
        )
        intro.setWordWrap(True)

        self.art_combo = QComboBox()
        for art in Freibetrag:
            self.art_combo.addItem(art_label(art), art)
        self.limit_label = QLabel()
        self.limit_label.setObjectName("limit")
        art_row = QWidget()
        art_layout = QHBoxLayout(art_row)
        art_layout.setContentsMargins(0, 0, 0, 0)
        art_layout.addWidget(self.art_combo)
        art_layout.addSpacing(8)
        art_layout.addWidget(self.limit_label)
        art_layout.addStretch(1)
        self.art_combo.currentIndexChanged.connect(self._update_limit)
        self.art_combo.currentIndexChanged.connect(lambda _i: self._recheck_if_shown("anderweitig"))

        self.anderweitig_edit = QLineEdit()
        self.anderweitig_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.anderweitig_edit.setPlaceholderText("0,00")
        self.anderweitig_edit.setFixedWidth(self.anderweitig_edit.fontMetrics().horizontalAdvance("00.000,000") + 24)
        money_row = QWidget()
        money_layout = QHBoxLayout(money_row)
        money_layout.setContentsMargins(0, 0, 0, 0)
        money_layout.addWidget(self.anderweitig_edit)
        money_layout.addWidget(QLabel("€"))
        money_layout.addStretch(1)
        self.unterschrieben_edit = date_line_edit(self.tr("Unterschrieben am"))

        form = self._form()
        self._add_row(
            form,
            self.tr("Freibetrag *"),
            art_row,
            "art",
            self.tr(
                "Für Lots*innen gilt in der Regel der Übungsleiterfreibetrag. Für überwiegend organisatorische "
                "Koordination kann das Finanzamt die Ehrenamtspauschale ansetzen."
            ),
            focus=self.art_combo,
        )
        self._add_row(
            form,
            self.tr("Anderweitig in Anspruch genommen"),
            money_row,
            "anderweitig",
            self.tr("Was die Person %1 schon von anderen Stellen unter diesem Freibetrag erhält.").replace(
                "%1", str(self.jahr)
            ),
            focus=self.anderweitig_edit,
        )
        self._add_row(
            form,
            self.tr("Unterschrieben am"),
            self.unterschrieben_edit,
            "unterschrieben_am",
            self.tr("Leer lassen, solange die unterschriebene Erklärung nicht vorliegt."),
        )

        # sensitive data: visibly apart, with what it is for and what it needs
        benefits = QGroupBox(self.tr("Sozialleistungen (freiwillige Angabe)"))
        benefits_layout = QVBoxLayout(benefits)
        explanation = QLabel(
            self.tr(
                "Nur mit schriftlicher Einwilligung der Person eintragen. Dann warnt LotsenDesk, wenn in einem "
                "Monat mehr als 250 € ausgezahlt werden – so viel bleibt bei Bürgergeld und AsylbLG "
                "anrechnungsfrei. Melden muss die Person dem Jobcenter bzw. Sozialamt alle Zahlungen."
            )
        )
        explanation.setWordWrap(True)
        set_muted(explanation)
        self.sozial_check = QCheckBox(self.tr("bezieht Bürgergeld/AsylbLG (nur mit dokumentierter Einwilligung)"))
        self.einwilligung_edit = date_line_edit(self.tr("Einwilligung am"))
        benefits_form = QFormLayout()
        benefits_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        benefits_form.setHorizontalSpacing(12)
        benefits_layout.addWidget(explanation)
        benefits_layout.addSpacing(4)
        self._add_check_row(benefits_layout, self.sozial_check, "sozialleistungen")
        benefits_layout.addLayout(benefits_form)
        self._add_row(benefits_form, self.tr("Einwilligung am"), self.einwilligung_edit, "einwilligung_am")
        self.sozial_check.toggled.connect(self._sozial_toggled)

        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.delete_button = QPushButton(self.tr("Erklärung löschen"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.setVisible(self.before is not None)
        self.delete_button.clicked.connect(self.delete)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        required = QLabel(self.tr("* Pflichtangabe"))
        set_muted(required)
        bottom = QHBoxLayout()
        bottom.addWidget(required)
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(benefits)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.setMinimumWidth(680)

        # messages as you go: when a field is left, and gone as soon as the input is right
        self.anderweitig_edit.editingFinished.connect(self._money_left)
        self.anderweitig_edit.textEdited.connect(lambda _t: self._recheck_if_shown("anderweitig"))
        for key, edit in (("unterschrieben_am", self.unterschrieben_edit), ("einwilligung_am", self.einwilligung_edit)):
            edit.editingFinished.connect(lambda key=key, edit=edit: self._date_left(key, edit))
            edit.textEdited.connect(lambda _t, key=key: self._recheck_if_shown(key))
        self.art_combo.setFocus()

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        return form

    def _error_label(self, key: str) -> QLabel:
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setObjectName(f"error_{key}")
        error.hide()
        self.error_labels[key] = error
        return error

    def _add_row(
        self,
        form: QFormLayout,
        label_text: str,
        widget: QWidget,
        key: str,
        hint: str = "",
        focus: QWidget | None = None,
    ) -> None:
        focus = focus or widget
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            set_muted(hint_label)
            column.addWidget(hint_label)
        column.addWidget(self._error_label(key))
        label = QLabel(label_text)
        label.setBuddy(focus)
        label.setMinimumHeight(self.anderweitig_edit.sizeHint().height())
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        focus.setAccessibleName(label_text.rstrip(" *"))
        form.addRow(label, container)
        self.fields[key] = focus

    def _add_check_row(self, layout: QVBoxLayout, check: QCheckBox, key: str) -> None:
        layout.addWidget(check)
        layout.addWidget(self._error_label(key))
        self.fields[key] = check

    def _fill(self, data: FreibetragData | None) -> None:
        data = data or FreibetragData(self.lotse_id, self.jahr)
        self.art_combo.setCurrentIndex(self.art_combo.findData(data.art))
        self.anderweitig_edit.setText(money_text(data.anderweitig) if data.anderweitig else "")
        self.unterschrieben_edit.setText(format_date(data.unterschrieben_am))
        self.sozial_check.setChecked(data.sozialleistungen)
        self.einwilligung_edit.setText(format_date(data.einwilligung_am))
        self._update_limit()

    def _update_limit(self) -> None:
        art = self.art_combo.currentData()
        try:
            grenze = allowances.limit(art, self.jahr)
        except ValueError:
            self.limit_label.setText(self.tr("keine Grenze für %1 hinterlegt").replace("%1", str(self.jahr)))
            return
        self.limit_label.setText(
            self.tr("Grenze %1: %2 €").replace("%1", str(self.jahr)).replace("%2", money_text(grenze))
        )

    # collecting and saving ---------------------------------------------------------------------
    def data(self, errors: dict[str, str] | None = None) -> FreibetragData:
        """What the form holds; input that cannot be read goes to ``errors`` (and counts as empty)."""
        errors = {} if errors is None else errors

        def read_date(edit: QLineEdit, key: str) -> date | None:
            try:
                return parse_optional_date(edit.text(), key)
            except ValidationError as error:
                errors.setdefault(key, error.message)
                return None

        try:
            anderweitig = parse_betrag(self.anderweitig_edit.text(), "anderweitig")
        except ValidationError as error:
            errors.setdefault("anderweitig", error.message)
            anderweitig = Decimal("0.00")
        return FreibetragData(
            lotse_id=self.lotse_id,
            jahr=self.jahr,
            art=Freibetrag(self.art_combo.currentData()),
            anderweitig=anderweitig,
            unterschrieben_am=read_date(self.unterschrieben_edit, "unterschrieben_am"),
            sozialleistungen=self.sozial_check.isChecked(),
            einwilligung_am=read_date(self.einwilligung_edit, "einwilligung_am"),
        )

    def accept(self) -> None:
        errors: dict[str, str] = {}
        data = self.data(errors)
        for error in check_freibetrag(data):
            key = error.field or ""
            errors[key] = join((errors[key], error.message)) if key in errors else error.message
        if errors:
            self.show_errors(errors)
            return

        def store() -> None:
            set_freibetrag(self.db, data)
            self.after = get_freibetrag(self.db, self.lotse_id, self.jahr)

        if self._store(store):
            super().accept()

    def delete(self) -> None:
        if self.before is None:
            return
        question = self.tr(
            "Die Freibetragserklärung %1 löschen?\n\nDie Angaben dazu werden entfernt; mit Bearbeiten → "
            "Rückgängig (Strg+Z) lässt sich das zurücknehmen."
        ).replace("%1", str(self.jahr))
        if not confirm(self, self.tr("Freibetragserklärung löschen"), question):
            return
        try:
            delete_freibetrag(self.db, self.lotse_id, self.jahr)
        except ServiceError as error:
            self.show_errors({"": error.message})
            return
        self.after, self.deleted = None, True
        super().accept()

    def changed(self) -> bool:
        """After Accepted: whether anything is stored differently than before."""
        return self.after != self.before

    # messages ----------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def errors_changed(self) -> None:
        self._fit()

    def _fit(self) -> None:
        """Tall enough for every wrapped hint and message at the current width (Qt does not grow it itself)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if height > self.height():
            self.resize(width, height)

    def _check(self, key: str) -> str:
        errors: dict[str, str] = {}
        data = self.data(errors)
        if key in errors:
            return errors[key]
        return join(e.message for e in check_freibetrag(data) if e.field == key)

    def _recheck_if_shown(self, key: str) -> None:
        if self.error_text(key) and not self._check(key):
            self._set_error(key, "")

    def _money_left(self) -> None:
        message = self._check("anderweitig")
        self._set_error("anderweitig", message)
        text = self.anderweitig_edit.text()
        if not message and text.strip():
            self.anderweitig_edit.setText(money_text(parse_betrag(text, "anderweitig")))

    def _date_left(self, key: str, edit: QLineEdit) -> None:
        try:
            value = parse_optional_date(edit.text(), key)
        except ValidationError as error:
            self._set_error(key, error.message)
            return
        edit.setText(format_date(value))
        self._set_error(key, "")

    def _sozial_toggled(self, checked: bool) -> None:
        if not checked:
            self._set_error("einwilligung_am", self._check("einwilligung_am"))
        else:
            self._recheck_if_shown("einwilligung_am")


def edit_freibetrag(db, undo_stack: QUndoStack, lotse_id: int, jahr: int, name: str, parent: QWidget) -> bool:
    """Open the dialog; a saved change goes on the undo stack. True if something changed."""
    try:
        dialog = FreibetragDialog(db, lotse_id, jahr, name, parent)
    except ServiceError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("FreibetragDialog", "Freibetragserklärung"), localized(error.message)
        )
        return False
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changed():
        return False
    before, after = dialog.before, dialog.after

    def restore(data: FreibetragData | None) -> None:
        if data is None:
            delete_freibetrag(db, lotse_id, jahr)
        else:
            set_freibetrag(db, data)

    if after is None:
        text = QCoreApplication.translate("FreibetragDialog", "Freibetragserklärung %1 von %2 löschen")
    else:
        text = QCoreApplication.translate("FreibetragDialog", "Freibetragserklärung %1 von %2 speichern")
    push_done(
        undo_stack,
        text.replace("%1", str(jahr)).replace("%2", name),
        lambda: restore(before),
        lambda: restore(after),
        parent,
    )
    return True
