"""Read-only detail views of the pages (Förderjahr, Qualifizierungen): label/value grids and the scroll area
around them, so both pages look and behave the same."""

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QWidget


def value_grid(parent: QWidget, rows: Iterable[tuple[str, str]], values: dict[str, QLabel]) -> QGridLayout:
    """A grid on ``parent`` with one row per (key, label text): the label left, a selectable, word-wrapped
    value label right, named ``key`` (tests and screen readers find it) and kept in ``values[key]``."""
    grid = QGridLayout(parent)
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(6)
    grid.setColumnStretch(1, 1)
    for row, (key, label_text) in enumerate(rows):
        label = QLabel(label_text)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        value = QLabel()
        value.setObjectName(key)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setAccessibleName(label_text)
        grid.addWidget(label, row, 0)
        grid.addWidget(value, row, 1)
        values[key] = value
    return grid


def vertical_scroll(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls only up and down (the content takes the width)."""
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll
