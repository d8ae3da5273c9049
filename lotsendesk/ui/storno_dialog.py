"""Cancelling one payout (Storno): the reason and the date, with a plain word on what a Storno does.

A Storno is a receipt of its own with the negative amount. It cannot be undone: a Beleg is never removed
(GoBD), so the dialog asks once more before it calls the service, and the page pushes nothing on the undo stack.
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.dates import format_date, parse_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.formatting import format_hours, format_money
from lotsendesk.services.auszahlungen import PayoutRow, storno
from lotsendesk.services.errors import ServiceError
from lotsendesk.ui.ask import confirm
from lotsendesk.ui.auszahlung_wizard import methode_label
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.lotse_dialog import ERROR_STYLE, set_muted
from lotsendesk.ui.rollen_editor import date_line_edit


class StornoDialog(QDialog):
    """``StornoDialog(db, payout)``: after ``exec()`` returned Accepted, ``created`` is the new Storno row."""

    def __init__(
        self, db, payout: PayoutRow, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.payout = payout
        self.created: PayoutRow | None = None
        self._today = today
        self.setWindowTitle(self.tr("Auszahlung %1 stornieren").replace("%1", payout.beleg_nr))

        what = QLabel(
            self.tr("Beleg-Nr. %1 · %2").replace("%1", payout.beleg_nr).replace("%2", f"{payout.nr} – {payout.name}")
        )
        font = what.font()
        font.setBold(True)
        what.setFont(font)
        details = QLabel(
            self.tr("%1 Stunden · %2 · ausgezahlt am %3 (%4)")
            .replace("%1", format_hours(payout.minuten))
            .replace("%2", format_money(payout.betrag))
            .replace("%3", format_date(payout.bezahlt_am))
            .replace("%4", methode_label(payout.methode))
        )
        explanation = QLabel(
            self.tr(
                "Die Auszahlung bleibt mit ihrer Beleg-Nr. erhalten; die Stornierung bekommt eine eigene Beleg-Nr. "
                "Die Einsätze werden wieder änderbar, und der nächste Auszahlungslauf rechnet neu."
            )
        )
        explanation.setWordWrap(True)

        self.grund_edit = QLineEdit()
        self.grund_edit.setAccessibleName(self.tr("Grund der Stornierung"))
        self.grund_edit.setPlaceholderText(self.tr("z. B. falsche Stunden erfasst, doppelt ausgezahlt"))
        self.grund_edit.setMaxLength(500)
        self.datum_edit = date_line_edit(self.tr("Datum der Stornierung"))
        self.datum_edit.setText(format_date(today()))
        self.grund_error = self._error_label()
        self.datum_error = self._error_label()

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Grund *"), self._with_error(self.grund_edit, self.grund_error))
        datum_hint = QLabel(self.tr("Das Storno zählt für das Jahr dieses Datums (Zufluss)."))
        set_muted(datum_hint)
        datum_hint.setWordWrap(True)
        form.addRow(self.tr("Datum *"), self._with_error(self.datum_edit, self.datum_error, datum_hint))

        self.general_error = self._error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.storno_button = self.buttons.addButton(self.tr("Stornieren…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.storno_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        required = QLabel(self.tr("* Pflichtangabe"))
        set_muted(required)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(what)
        heading.addWidget(details)
        layout.addLayout(heading)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        bottom = QVBoxLayout()
        bottom.addWidget(required)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setMinimumWidth(560)

        self.grund_edit.textEdited.connect(lambda _text: self._clear(self.grund_error))
        self.datum_edit.textEdited.connect(lambda _text: self._clear(self.datum_error))
        self.datum_edit.editingFinished.connect(self._check_date)
        self.grund_edit.setFocus()

    # building helpers --------------------------------------------------------------------------
    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    @staticmethod
    def _with_error(widget: QWidget, error: QLabel, hint: QLabel | None = None) -> QWidget:
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint is not None:
            column.addWidget(hint)
        column.addWidget(error)
        return container

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _clear(self, label: QLabel) -> None:
        self._show(label, "")

    def error_text(self, field: str) -> str:
        """The message shown under ``grund``, ``datum``, or ``""`` (general); empty when none is shown."""
        label = {"grund": self.grund_error, "datum": self.datum_error}.get(field, self.general_error)
        return "" if label.isHidden() else label.text()

    # checking and saving ------------------------------------------------------------------------
    def _parsed_date(self) -> date | None:
        try:
            on = parse_date(self.datum_edit.text(), today=self._today(), field="datum")
        except ValidationError as error:
            self._show(self.datum_error, localized(error.message))
            return None
        if on < self.payout.bezahlt_am:
            self._show(
                self.datum_error,
                self.tr("Das Storno kann nicht vor der Auszahlung am %1 liegen.").replace(
                    "%1", format_date(self.payout.bezahlt_am)
                ),
            )
            return None
        self._clear(self.datum_error)
        return on

    def _check_date(self) -> None:
        if self.datum_edit.text().strip():
            on = self._parsed_date()
            if on is not None:
                self.datum_edit.setText(format_date(on))

    def accept(self) -> None:
        grund = self.grund_edit.text().strip()
        ok = True
        if not grund:
            self._show(self.grund_error, self.tr("Bitte einen Grund für die Stornierung angeben."))
            ok = False
        on = self._parsed_date()
        if not ok or on is None:
            (self.grund_edit if not grund else self.datum_edit).setFocus()
            return
        self.datum_edit.setText(format_date(on))
        question = (
            self.tr(
                "Auszahlung %1 (%2, %3) zum %4 stornieren?\n\nDie Stornierung bekommt die nächste Beleg-Nr. und "
                "kann nicht rückgängig gemacht werden – ein Beleg wird nie gelöscht."
            )
            .replace("%1", self.payout.beleg_nr)
            .replace("%2", self.payout.name)
            .replace("%3", format_money(self.payout.betrag))
            .replace("%4", format_date(on))
        )
        if not confirm(self, self.tr("Auszahlung stornieren"), question):
            return
        try:
            self.created = storno(self.db, self.payout.id, grund, on)
        except ServiceError as error:
            self._show(self.general_error, localized(error.message))
            return
        super().accept()
