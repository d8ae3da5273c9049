"""Editing the list of Tätigkeiten: add, rename (recorded Einsätze follow), delete what was never used.

Every change is one entry on the program's undo stack. Inside the dialog Strg+Z / Strg+Y undo and redo only
the changes made here, so nothing elsewhere in the program is undone unseen.
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.services.errors import ServiceError
from lotsendesk.services.taetigkeiten import (
    TaetigkeitRow,
    add_taetigkeit,
    delete_taetigkeit,
    list_taetigkeiten,
    rename_taetigkeit,
)
from lotsendesk.ui.ask import confirm
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.lotse_dialog import ERROR_STYLE, set_muted
from lotsendesk.ui.undo import push_done

NAME_COLUMN, COUNT_COLUMN = 0, 1


class TaetigkeitenDialog(QDialog):
    def __init__(self, db, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self._rows: list[TaetigkeitRow] = []
        self._first_index = undo_stack.index()  # undo inside the dialog stops here
        self._last_index = undo_stack.index()  # … and redo here
        self.setWindowTitle(self.tr("Tätigkeiten bearbeiten"))
        self.resize(560, 520)

        intro = QLabel(
            self.tr(
                "Unter diesen Tätigkeiten werden Einsätze erfasst. Ein neuer Name gilt auch für die schon "
                "erfassten Einsätze. Löschen lässt sich nur eine Tätigkeit, die noch nie erfasst wurde."
            )
        )
        intro.setWordWrap(True)

        self.new_edit = QLineEdit()
        self.new_edit.setPlaceholderText(self.tr("Neue Tätigkeit, z. B. Begleitung Jobcenter"))
        self.new_edit.setAccessibleName(self.tr("Name der neuen Tätigkeit"))
        self.new_edit.setMaxLength(120)
        self.new_edit.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Hinzufügen"))
        self.add_button.clicked.connect(self.add)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_edit, 1)
        new_row.addWidget(self.add_button)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Tätigkeit"), self.tr("Einsätze")])
        self.table.horizontalHeaderItem(COUNT_COLUMN).setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.setAccessibleName(self.tr("Liste der Tätigkeiten"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.installEventFilter(self)

        self.rename_button = QPushButton(self.tr("Umbenennen"))
        self.rename_button.setToolTip(self.tr("Den Namen in der Liste ändern (auch mit Doppelklick oder F2)."))
        self.rename_button.clicked.connect(self.start_rename)
        self.delete_button = QPushButton(self.tr("Löschen"))
        self.delete_button.setToolTip(self.tr("Nur Tätigkeiten, die noch nie erfasst wurden (Entf-Taste)."))
        self.delete_button.clicked.connect(self.delete_selected)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.rename_button)
        row_buttons.addWidget(self.delete_button)
        row_buttons.addStretch(1)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        undo_hint = QLabel(self.tr("Strg+Z macht die letzte Änderung hier rückgängig."))
        set_muted(undo_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(undo_hint, 1)
        bottom.addWidget(buttons)

        # Enter belongs to the field that has the focus (add a name, finish renaming), never to "Schließen".
        close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        for button in (self.add_button, self.rename_button, self.delete_button, close_button):
            button.setAutoDefault(False)
            button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(new_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.message_label)
        layout.addLayout(bottom)

        undo_action = QAction(self.tr("Rückgängig"), self)
        undo_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Z))
        undo_action.triggered.connect(self.undo)
        redo_action = QAction(self.tr("Wiederholen"), self)
        redo_action.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y),
                QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
            ]
        )
        redo_action.triggered.connect(self.redo)
        self.addAction(undo_action)
        self.addAction(redo_action)

        self.reload()
        self.new_edit.setFocus()

    # data --------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        if select_id is None:
            current = self.selected_row()
            select_id = current.id if current else None
        try:
            self._rows = list_taetigkeiten(self.db)
        except ServiceError as error:
            self._rows = []
            self.show_message(error.message, error=True)
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self._rows))
            for i, row in enumerate(self._rows):
                name = QTableWidgetItem(row.name)
                name.setData(Qt.ItemDataRole.UserRole, row.id)
                count = QTableWidgetItem(str(row.einsaetze))
                count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                count.setToolTip(
                    self.tr("noch nie erfasst")
                    if not row.einsaetze
                    else self.tr("%1-mal erfasst").replace("%1", str(row.einsaetze))
                )
                self.table.setItem(i, NAME_COLUMN, name)
                self.table.setItem(i, COUNT_COLUMN, count)
        finally:
            self.table.blockSignals(False)
        if select_id is not None:
            self.select_id(select_id)
        self._update_buttons()

    def rows(self) -> list[TaetigkeitRow]:
        return list(self._rows)

    def selected_row(self) -> TaetigkeitRow | None:
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not selected or selected[0].row() >= len(self._rows):
            return None
        return self._rows[selected[0].row()]

    def select_id(self, taetigkeit_id: int) -> None:
        for i, row in enumerate(self._rows):
            if row.id == taetigkeit_id:
                self.table.selectRow(i)
                self.table.scrollToItem(self.table.item(i, NAME_COLUMN))
                return

    # actions -----------------------------------------------------------------------------------
    def add(self) -> None:
        name = self.new_edit.text()
        try:
            new_id = add_taetigkeit(self.db, name)
        except ServiceError as error:
            self.show_message(error.message, error=True)
            self.new_edit.setFocus()
            return
        clean = " ".join(name.split())
        db = self.db

        def undo() -> None:
            delete_taetigkeit(db, new_id)

        def redo() -> None:
            add_taetigkeit(db, clean, taetigkeit_id=new_id)

        self._push(self.tr("Tätigkeit „%1“ hinzufügen").replace("%1", clean), undo, redo)
        self.new_edit.clear()
        self.reload(select_id=new_id)
        self.show_message(self.tr("„%1“ hinzugefügt.").replace("%1", clean))

    def start_rename(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            item = self.table.item(selected[0].row(), NAME_COLUMN)
            self.table.setCurrentItem(item)
            self.table.editItem(item)

    def rename(self, taetigkeit_id: int, new_name: str) -> bool:
        """Rename one Tätigkeit; on an error the message is shown and the list keeps the old name."""
        try:
            old_name = rename_taetigkeit(self.db, taetigkeit_id, new_name)
        except ServiceError as error:
            self.show_message(error.message, error=True)
            self.reload(select_id=taetigkeit_id)
            return False
        clean = " ".join(new_name.split())
        if old_name != clean:
            db = self.db
            self._push(
                self.tr("Tätigkeit „%1“ in „%2“ umbenennen").replace("%1", old_name).replace("%2", clean),
                lambda: rename_taetigkeit(db, taetigkeit_id, old_name),
                lambda: rename_taetigkeit(db, taetigkeit_id, clean),
            )
            self.show_message(self.tr("„%1“ heißt jetzt „%2“.").replace("%1", old_name).replace("%2", clean))
        self.reload(select_id=taetigkeit_id)
        return True

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if not row.einsaetze and not confirm(
            self,
            self.tr("Tätigkeit löschen"),
            self.tr("„%1“ löschen?\n\nSie wurde noch nie erfasst; es gehen keine Einsätze verloren.").replace(
                "%1", row.name
            ),
        ):
            return
        try:
            position = delete_taetigkeit(self.db, row.id)
        except ServiceError as error:
            self.show_message(error.message, error=True)
            return
        db, taetigkeit_id, name = self.db, row.id, row.name

        def undo() -> None:
            add_taetigkeit(db, name, taetigkeit_id=taetigkeit_id, position=position)

        def redo() -> None:
            delete_taetigkeit(db, taetigkeit_id)

        self._push(self.tr("Tätigkeit „%1“ löschen").replace("%1", name), undo, redo)
        self.reload()
        self.show_message(self.tr("„%1“ gelöscht.").replace("%1", name))

    def undo(self) -> None:
        if self.undo_stack.index() > self._first_index:
            self.undo_stack.undo()
            self.reload()
            self.show_message(self.tr("Rückgängig gemacht."))

    def redo(self) -> None:
        if self.undo_stack.index() < self._last_index and self.undo_stack.canRedo():
            self.undo_stack.redo()
            self.reload()
            self.show_message(self.tr("Wiederholt."))

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(localized(text))
        self.message_label.setVisible(bool(text))

    # internals ---------------------------------------------------------------------------------
    def _push(self, text: str, undo, redo) -> None:
        push_done(self.undo_stack, text, undo, redo, self)
        self._last_index = self.undo_stack.index()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != NAME_COLUMN:
            return
        taetigkeit_id = item.data(Qt.ItemDataRole.UserRole)
        old = next((r.name for r in self._rows if r.id == taetigkeit_id), None)
        if old is None or item.text() == old:
            return
        # Not from inside the signal: reloading replaces the very item that is being changed.
        text = item.text()
        QTimer.singleShot(0, self, lambda: self.rename(taetigkeit_id, text))

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.rename_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editing = self.table.state() == QAbstractItemView.State.EditingState
        if watched is self.table and event.type() == QEvent.Type.KeyPress and not editing:
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.start_rename()
                return True
        return super().eventFilter(watched, event)
