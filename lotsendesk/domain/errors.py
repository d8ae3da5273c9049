"""The one error type of the domain: a German message a user can read, optionally tied to a field."""


class ValidationError(ValueError):
    """Input that cannot be accepted. ``message`` is German, usually a ``messages.Msg`` so that the GUI can show
    it in English (``lotsendesk.ui.i18n.localized``)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
