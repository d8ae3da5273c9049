"""Undo/redo for every edit: an action is done first (so its errors reach the form), then pushed as a
command whose first redo() is skipped. A later undo/redo that fails tells the user and drops itself."""

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from lotsendesk.services.errors import ServiceError
from lotsendesk.ui.i18n import localized


class DoneCommand(QUndoCommand):
    def __init__(self, text: str, undo: Callable[[], None], redo: Callable[[], None], parent_widget: QWidget | None):
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._widget = parent_widget
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except ServiceError as error:
            self.setObsolete(True)
            QMessageBox.warning(
                self._widget,
                QUndoStack.tr("LotsenDesk"),
                localized(error.message),
            )


def push_done(
    stack: QUndoStack, text: str, undo: Callable[[], None], redo: Callable[[], None], widget: QWidget | None = None
) -> None:
    """Record an edit that has already been carried out."""
    stack.push(DoneCommand(text, undo, redo, widget))
