"""RollenEditor: the role history of a Lots*in as editable lines (role, date it starts), for LotseDialog."""

import itertools
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from lotsendesk.domain.dates import format_date, parse_optional_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.lotse_record import RolleAb
from lotsendesk.domain.people import Rolle
from lotsendesk.ui.lotsen_model import rolle_label


def date_line_edit(accessible_name: str, placeholder: str = "", wide_as: str = "") -> QLineEdit:
    """A short line edit for one date (TT.MM.JJJJ), wide enough for its placeholder and ``wide_as``."""
    placeholder = placeholder or QCoreApplication.translate("LotseDialog", "TT.MM.JJJJ")
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible_name)
    edit.setMaxLength(10)
    metrics = edit.fontMetrics()
    edit.setFixedWidth(max(metrics.horizontalAdvance(text) for text in ("00.00.00000", placeholder, wide_as)) + 24)
    return edit


class RollenEditor(QWidget):
    """The role history: one line per role with the date it starts ("ab"); the first may start at once."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[tuple[QWidget, QComboBox, QLineEdit, QPushButton]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._lines_layout = QVBoxLayout()
        self._lines_layout.setSpacing(4)
        layout.addLayout(self._lines_layout)
        self.add_button = QPushButton(self.tr("Rollenwechsel hinzufügen"))
        self.add_button.setAutoDefault(False)
        self.add_button.setAccessibleName(self.tr("Rollenwechsel hinzufügen"))
        self.add_button.clicked.connect(self._add_change)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.set_rollen((RolleAb(Rolle.LOTSIN),))

    # public ------------------------------------------------------------------------------------
    def set_rollen(self, rollen: tuple[RolleAb, ...]) -> None:
        for line, *_ in self._lines:
            self._drop(line)
        self._lines.clear()
        for entry in sorted(rollen, key=lambda r: r.ab or date.min) or [RolleAb(Rolle.LOTSIN)]:
            self.add_line(entry.rolle, entry.ab)
        self._update_buttons()

    def add_line(self, rolle: Rolle, ab: date | None = None) -> QLineEdit:
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        combo = QComboBox()
        for value in Rolle:
            combo.addItem(rolle_label(value), value)
        combo.setCurrentIndex(combo.findData(rolle))
        combo.setAccessibleName(self.tr("Rolle"))
        first = not self._lines
        from_start = self.tr("von Beginn an")
        date_edit = date_line_edit(self.tr("Rolle ab Datum"), from_start if first else "", wide_as=from_start)
        date_edit.setText(format_date(ab))
        remove = QPushButton(self.tr("Entfernen"))
        remove.setAutoDefault(False)
        remove.setAccessibleName(self.tr("Diese Rolle entfernen"))
        remove.clicked.connect(lambda: self._remove(line))
        row.addWidget(combo, 1)
        row.addWidget(QLabel(self.tr("ab")))
        row.addWidget(date_edit)
        row.addWidget(remove)
        self._lines_layout.addWidget(line)
        self._lines.append((line, combo, date_edit, remove))
        combo.currentIndexChanged.connect(self.changed)
        date_edit.editingFinished.connect(self._reformat_dates)
        date_edit.textEdited.connect(self.changed)
        self._update_buttons()
        self._fix_tab_order()
        return date_edit

    def _fix_tab_order(self) -> None:
        """A new line joins the window's focus chain at its end (after Speichern/Abbrechen in the Lots*in dialog):
        put the lines back before "Rollenwechsel hinzufügen", right after the field in front of the editor."""
        order: list[QWidget] = [w for _, combo, date_edit, remove in self._lines for w in (combo, date_edit, remove)]
        order.append(self.add_button)
        anchor = self.add_button.previousInFocusChain()
        for _ in range(1000):  # the chain is a circle: stop once around
            outside = anchor is not self and not self.isAncestorOf(anchor)
            if outside and anchor.focusPolicy() != Qt.FocusPolicy.NoFocus:  # setTabOrder ignores NoFocus widgets
                break
            anchor = anchor.previousInFocusChain()
        else:
            anchor = None  # not inside a window yet: order the lines among themselves
        if anchor is not None and anchor.window() is self.window():
            order.insert(0, anchor)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def line_count(self) -> int:
        return len(self._lines)

    def line(self, i: int) -> tuple[QComboBox, QLineEdit]:
        _, combo, date_edit, _ = self._lines[i]
        return combo, date_edit

    def rollen(self) -> tuple[RolleAb, ...]:
        """The history as typed; raises ValidationError (field ``rollen``) for a date that is none."""
        result = []
        for _, combo, date_edit, _ in self._lines:
            result.append(RolleAb(Rolle(combo.currentData()), parse_optional_date(date_edit.text(), "rollen")))
        return tuple(result)

    def focus_first(self) -> None:
        for _, _, date_edit, _ in self._lines:
            try:
                parse_optional_date(date_edit.text(), "rollen")
            except ValidationError:
                date_edit.setFocus()
                return
        if len(self._lines) > 1:
            self._lines[1][2].setFocus()
        elif self._lines:
            self._lines[0][1].setFocus()

    # internals ---------------------------------------------------------------------------------
    def _add_change(self) -> None:
        previous = Rolle(self._lines[-1][1].currentData()) if self._lines else Rolle.LOTSIN
        other = Rolle.KOORDINIEREND if previous is Rolle.LOTSIN else Rolle.LOTSIN
        self.add_line(other).setFocus()
        self.changed.emit()

    def _drop(self, line: QWidget) -> None:
        """Take a line out at once: deleteLater alone waits for the outer event loop, and inside the
        dialog's exec() the old line would stay on screen."""
        self._lines_layout.removeWidget(line)
        line.hide()
        line.deleteLater()

    def _remove(self, line: QWidget) -> None:
        if len(self._lines) <= 1:
            return
        self._lines = [entry for entry in self._lines if entry[0] is not line]
        self._drop(line)
        first_date = self._lines[0][2]
        first_date.setPlaceholderText(self.tr("von Beginn an"))
        self._update_buttons()
        self.changed.emit()

    def _reformat_dates(self) -> None:
        for _, _, date_edit, _ in self._lines:
            try:
                value = parse_optional_date(date_edit.text(), "rollen")
            except ValidationError:
                continue
            date_edit.setText(format_date(value))
        self.changed.emit()

    def _update_buttons(self) -> None:
        for *_, remove in self._lines:
            remove.setEnabled(len(self._lines) > 1)
