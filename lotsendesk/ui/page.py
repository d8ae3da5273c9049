"""What every page has: a title, one plain sentence what it is for, a place for the primary action."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from lotsendesk.services.database import Database


class Page(QWidget):
    """Base of all pages. ``data_changed`` tells the window that other pages must reload."""

    data_changed = Signal()

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(18, 14, 18, 10)
        self.layout_.setSpacing(10)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setObjectName("pageTitle")
        self.purpose_label = QLabel()
        self.purpose_label.setWordWrap(True)
        titles.addWidget(self.title_label)
        titles.addWidget(self.purpose_label)
        header.addLayout(titles, 1)
        self.actions_layout = QHBoxLayout()
        header.addLayout(self.actions_layout)
        self.layout_.addLayout(header)

    def set_header(self, title: str, purpose: str) -> None:
        self.title_label.setText(title)
        self.purpose_label.setText(purpose)

    def remember_header(self, table: QTableView, key: str, restored: Callable[[], None] | None = None) -> None:
        """Column widths and sort order as the user left them (only in the real program, where an
        organisation name is set; tests keep their defaults). ``restored`` runs after a stored state was
        applied, for what the page decides itself (alignment, stretch) and to sort its model."""
        header = table.horizontalHeader()
        key = f"{key}/{table.model().columnCount()}"  # a layout saved for other columns would misplace them
        if QCoreApplication.organizationName():
            state = QSettings().value(key)
            if state is not None and header.restoreState(state):
                if restored is not None:
                    restored()
                table.model().sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.sectionResized.connect(lambda *_: QSettings().setValue(key, header.saveState()))
        header.sortIndicatorChanged.connect(lambda *_: QSettings().setValue(key, header.saveState()))

    def reload(self) -> None:
        """Fetch fresh data from the services (after edits, undo, import). Pages override this."""
