"""Messages under form fields, shared by every dialog: each message below its own field, messages for no
particular field below the form, the first field with a message gets the focus (ux.md: "validation as you
type, the message in plain German right under the field")."""

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.ui.i18n import localized


class FieldErrors:
    """Mixin for a dialog with ``fields`` and ``error_labels`` (same keys), a ``general_error`` label and
    ``FIELD_ORDER`` (the order in which fields are visited to find the first message)."""

    fields: dict[str, QWidget]
    error_labels: dict[str, QLabel]
    general_error: QLabel
    FIELD_ORDER: tuple[str, ...] = ()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field (unknown fields below the form); the first field gets the focus."""
        self.clear_errors()
        general = []
        for key, message in errors.items():
            if key in self.error_labels:
                self._set_error(key, message)
            else:
                general.append(message)
        if general:
            self.general_error.setText(" ".join(localized(message) for message in general))
            self.general_error.show()
        first = next((key for key in self.FIELD_ORDER if key in errors and key in self.fields), None)
        if first is not None:
            self.focus_field(first)

    def _store(self, action: Callable[[], object]) -> bool:
        """Run ``action`` (the service calls that store the form); True when it went through. When the service
        refuses, its messages show like the form's own (under the fields, the rest below the form)."""
        try:
            action()
        except InputErrors as error:
            self.show_errors(error.by_field())
            return False
        except ServiceError as error:
            self.show_errors({"": error.message})
            return False
        return True

    def focus_field(self, key: str) -> None:
        self.fields[key].setFocus()

    def clear_errors(self) -> None:
        for key in self.error_labels:
            self._set_error(key, "")
        self.general_error.clear()
        self.general_error.hide()

    def error_text(self, key: str) -> str:
        """The message under a field ('' when there is none)."""
        label = self.error_labels.get(key)
        if label is None:
            return self.general_error.text()
        return label.text() if not label.isHidden() else ""

    def _set_error(self, key: str, message: str) -> None:
        message = localized(message)
        label = self.error_labels[key]
        label.setText(message)
        label.setVisible(bool(message))
        self.fields[key].setAccessibleDescription(message)
        self.errors_changed()

    def errors_changed(self) -> None:
        """Hook: a dialog that must resize to its messages does it here."""
