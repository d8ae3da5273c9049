"""Form rows shared by the dialogs and the Einstellungen page: label left, field right, a muted hint and the
message in plain German right under the field (ux.md), dates typed as TT.MM.JJJJ."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from lotsendesk.domain.dates import format_date, parse_date, parse_optional_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.ui.field_errors import FieldErrors
from lotsendesk.ui.lotse_dialog import ERROR_STYLE, set_muted


class FormRows(FieldErrors):
    """Mixin for a QWidget/QDialog: ``_init_rows()`` once, then ``_form``/``_add_row`` build the rows and fill
    ``fields`` and ``error_labels`` for FieldErrors."""

    def _init_rows(self) -> None:
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.row_labels: list[QLabel] = []  # the labels of the rows, e.g. to give several forms one label column

    def _form(self, box: QWidget, flush: bool = False) -> QFormLayout:
        """The form in ``box``; ``flush``: no margins around it (a plain widget, not a group box)."""
        outer = QVBoxLayout(box)
        if flush:
            outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        return form

    def _align_labels(self) -> None:
        """One label column for all forms of this widget (several group boxes line up)."""
        width = max((label.sizeHint().width() for label in self.row_labels), default=0)
        for label in self.row_labels:
            label.setMinimumWidth(width)

    def _add_row(
        self,
        form: QFormLayout,
        label_text: str,
        widget: QWidget,
        key: str,
        hint: str = "",
        buddy: QWidget | None = None,
    ) -> QLabel:
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        hint_label = QLabel(hint)
        hint_label.setWordWrap(True)
        set_muted(hint_label)
        hint_label.setVisible(bool(hint))
        column.addWidget(hint_label)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setObjectName(f"error_{key}")
        error.hide()
        column.addWidget(error)
        label = QLabel(label_text)
        label.setBuddy(buddy or widget)
        label.setMinimumHeight(QLineEdit().sizeHint().height())
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        (buddy or widget).setAccessibleName(label_text.rstrip(" *"))
        form.addRow(label, container)
        self.row_labels.append(label)
        self.fields[key] = buddy or widget
        self.error_labels[key] = error
        return hint_label

    @staticmethod
    def _read_date(edit: QLineEdit, key: str, errors: dict[str, str]) -> date | None:
        try:
            return parse_optional_date(edit.text(), key)
        except ValidationError as error:
            errors.setdefault(key, error.message)
            return None

    @staticmethod
    def _read_required_date(
        edit: QLineEdit, key: str, errors: dict[str, str], today: date | None = None
    ) -> date | None:
        """The date in ``edit`` (``today`` gives a short one like "7.3." its year), or None and the message in
        ``errors[key]``, also when the field is empty."""
        try:
            return parse_date(edit.text(), today=today, field=key)
        except ValidationError as error:
            errors.setdefault(key, error.message)
            return None

    def _date_left(self, edit: QLineEdit, key: str) -> None:
        try:
            value = parse_optional_date(edit.text(), key)
        except ValidationError as error:
            self._set_error(key, error.message)
            return
        edit.setText(format_date(value))
        self._set_error(key, "")
