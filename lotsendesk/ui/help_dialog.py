"""The user guide (F1): resources/help/hilfe.html in a QTextBrowser, with links, Zurück/Vorwärts and a search.

With the English UI it is resources/help/help_en.html, the same guide in English (same anchors and structure; the
German forms and rules keep their German names there). Each page of the main window has its section,
``<a name="seite-KEY">`` with KEY from ``main_window.PAGE_KEYS``; F1 opens the guide there.
"""

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.paths import help_dir
from lotsendesk.ui.i18n import current_language

HELP_FILE = "hilfe.html"
HELP_FILE_EN = "help_en.html"
_HIGHLIGHT = QColor("#ffe08a")  # every match, lightly; the current one is the (blue) selection


def page_anchor(page_key: str | None) -> str:
    """The guide's section about a page (``seite-lotsen`` …); empty for the start of the guide."""
    return f"seite-{page_key}" if page_key else ""


def help_file() -> str:
    """The guide in the UI language: English when the UI is English and the English guide is there, else German."""
    if current_language() == "en" and (help_dir() / HELP_FILE_EN).is_file():
        return HELP_FILE_EN
    return HELP_FILE


class HelpDialog(QDialog):
    """Not modal: the guide may stay open beside the main window while the user works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._anchors: set[str] | None = None
        self.help_file = help_file()
        self.setWindowTitle(self.tr("Hilfe zu LotsenDesk"))
        self.resize(860, 640)

        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Hilfetext"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(help_dir())])

        self.back_button = QPushButton(self.tr("◀ &Zurück"))
        self.back_button.setAccessibleName(self.tr("Zurück"))
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.forward_button = QPushButton(self.tr("&Vorwärts ▶"))
        self.forward_button.setAccessibleName(self.tr("Vorwärts"))
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.contents_button = QPushButton(self.tr("&Inhalt"))
        self.contents_button.setToolTip(self.tr("Zum Anfang der Hilfe mit dem Inhaltsverzeichnis"))
        self.contents_button.clicked.connect(lambda: self.show_section(""))

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("In der Hilfe suchen …"))
        self.search_edit.setAccessibleName(self.tr("In der Hilfe suchen"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search_changed)
        self.search_edit.returnPressed.connect(self.find_next)
        search_label = QLabel(self.tr("&Suchen:"))
        search_label.setBuddy(self.search_edit)
        self.next_button = QPushButton(self.tr("&Weitersuchen"))
        self.next_button.setToolTip(self.tr("Nächste Fundstelle (Enter); Umschalt+Enter: vorige"))
        self.next_button.clicked.connect(self.find_next)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Suchergebnis"))
        for button in (self.back_button, self.forward_button, self.contents_button, self.next_button):
            button.setAutoDefault(False)  # Enter in the search field searches, it does not press a button
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addWidget(self.contents_button)
        bar.addSpacing(16)
        bar.addWidget(search_label)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.next_button)
        bar.addWidget(self.result_label)
        close_button = QPushButton(self.tr("Schließen"))
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bottom)

        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)
        QShortcut(QKeySequence("Shift+Return"), self.search_edit, self.find_previous, Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Back, self, self.browser.backward)
        QShortcut(QKeySequence.StandardKey.Forward, self, self.browser.forward)
        self.setTabOrder(self.back_button, self.forward_button)
        self.setTabOrder(self.forward_button, self.contents_button)
        self.setTabOrder(self.contents_button, self.search_edit)
        self.setTabOrder(self.search_edit, self.next_button)
        self.setTabOrder(self.next_button, self.browser)
        self.setTabOrder(self.browser, close_button)
        self.show_section("")

    # navigation --------------------------------------------------------------------------------
    def show_section(self, anchor: str) -> None:
        """Open the guide at ``anchor`` (a ``<a name>`` in the guide), or at its start."""
        url = QUrl(self.help_file)
        if anchor and anchor not in self.anchors():
            anchor = "seiten"  # a page without its own section yet: the overview of all pages
        if anchor:
            url.setFragment(anchor)
        first = self.browser.source().isEmpty()
        self.browser.setSource(url)  # goes into the history: Zurück leads back
        if first:
            self.browser.clearHistory()  # where Zurück stops
        if not anchor:
            self.browser.verticalScrollBar().setValue(0)

    def anchors(self) -> set[str]:
        """Every ``<a name>`` of the guide."""
        if self._anchors is None:
            try:
                html = (help_dir() / self.help_file).read_text(encoding="utf-8")
            except OSError:
                html = ""
            self._anchors = set(re.findall(r'<a name="([^"]+)"', html))
        return self._anchors

    def current_anchor(self) -> str:
        return self.browser.source().fragment()

    # search ------------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _search_changed(self, text: str) -> None:
        """As the user types: mark every match and jump to the first one from the top."""
        self._highlight_all(text)
        if text:
            cursor = self.browser.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            self.find_next()
        else:
            self.result_label.clear()

    def _highlight_all(self, text: str) -> int:
        selections: list[QTextEdit.ExtraSelection] = []
        document = self.browser.document()
        if text:
            fmt = QTextCharFormat()
            fmt.setBackground(_HIGHLIGHT)
            cursor = document.find(text, 0)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor  # type: ignore[misc]
                selection.format = fmt  # type: ignore[misc]
                selections.append(selection)
                cursor = document.find(text, cursor)
        self.browser.setExtraSelections(selections)
        return len(selections)

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        """The next (or previous) match, starting again at the other end when the end is reached."""
        text = self.search_edit.text()
        if not text:
            return False
        found = self.browser.find(text, flags)
        if not found:  # wrap around
            cursor = self.browser.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        count = len(self.browser.extraSelections())
        if found:
            self.result_label.setText(
                self.tr("1 Fundstelle") if count == 1 else self.tr("%1 Fundstellen").replace("%1", str(count))
            )
            self.search_edit.setStyleSheet("")
        else:
            self.result_label.setText(self.tr("nicht gefunden"))
            self.search_edit.setStyleSheet("QLineEdit { background: #fbe3e3; }")
        return found
