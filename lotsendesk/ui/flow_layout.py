"""A row of buttons that wraps onto a second line when the window is too narrow for it (longer translations,
larger fonts), instead of forcing the window wider than the screen. Lines are right-aligned, like the button
rows below the tables; after Qt's "Flow Layout" example."""

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # QLayout -----------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible) + self._spacing * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """One item per line at worst: as wide as the widest item."""
        visible = self._visible()
        return QSize(
            max((item.minimumSize().width() for item in visible), default=0),
            max((item.minimumSize().height() for item in visible), default=0),
        )

    # layout ------------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not (item.widget() and item.widget().isHidden())]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Fill lines from the left, then shift each line to the right edge; returns the height used."""
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = item.sizeHint().width()
            needed = width if not lines[-1] else used + self._spacing + width
            if lines[-1] and needed > rect.width():
                lines.append([])
                needed = width
            lines[-1].append(item)
            used = needed
        y = rect.y()
        for line in lines:
            if not line:
                continue
            line_width = sum(i.sizeHint().width() for i in line) + self._spacing * (len(line) - 1)
            line_height = max(i.sizeHint().height() for i in line)
            x = rect.x() + max(0, rect.width() - line_width)
            for item in line:
                hint = item.sizeHint()
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(min(hint.width(), rect.width()), line_height)))
                x += hint.width() + self._spacing
            y += line_height + self._spacing
        return y - rect.y() - self._spacing if y > rect.y() else 0


def flow_widget(buttons: list[QWidget]) -> QWidget:
    """The buttons in a FlowLayout, in a widget that grows in height when the lines wrap."""
    box = QWidget()
    layout = FlowLayout(box)
    for button in buttons:
        layout.addWidget(button)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    box.setSizePolicy(policy)
    return box
