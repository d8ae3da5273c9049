"""Strg+S in every dialog that saves: it presses the dialog's Speichern/OK button, as Enter does.

Installed once (MainWindow does it): when the focus first enters a dialog, the dialog gets a Strg+S shortcut.
That covers every dialog, also those written later, without each one having to remember it. Question boxes,
file choosers and wizards are left alone (Strg+S must never mean "Ja" or "Weiter").
"""

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
    QWizard,
)

_PROPERTY = "lotsendesk_save_shortcut"
_installed: list[bool] = []


def save_button(dialog: QDialog) -> QAbstractButton | None:
    """The button that saves this dialog: its ``save_button`` attribute, else the Speichern or OK button of its
    button box; None if it has none (or it is hidden or disabled)."""
    candidates: list[QAbstractButton | None] = [getattr(dialog, "save_button", None)]
    for box in dialog.findChildren(QDialogButtonBox):
        candidates += [box.button(QDialogButtonBox.StandardButton.Save), box.button(QDialogButtonBox.StandardButton.Ok)]
    for button in candidates:
        if isinstance(button, QAbstractButton) and button.window() is dialog and button.isVisible():
            return button if button.isEnabled() else None
    return None


def press_save(dialog: QDialog) -> bool:
    button = save_button(dialog)
    if button is None:
        return False
    button.setFocus()  # a field being edited is finished first (its editingFinished checks run)
    button.click()
    return True


def add_save_shortcut(dialog: QDialog) -> None:
    if dialog.property(_PROPERTY) or isinstance(dialog, QMessageBox | QFileDialog | QInputDialog | QWizard):
        return
    dialog.setProperty(_PROPERTY, True)
    QShortcut(QKeySequence.StandardKey.Save, dialog, lambda: press_save(dialog))


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    window = new.window() if new is not None else None
    if isinstance(window, QDialog):
        add_save_shortcut(window)


def install_save_shortcuts() -> None:
    """Once per application: Strg+S for every dialog the focus enters."""
    app = QApplication.instance()
    if app is None or _installed:
        return
    app.focusChanged.connect(_focus_changed)  # type: ignore[attr-defined]
    _installed.append(True)
