"""Layouts survive texts 40 % longer than the German (LOTSENDESK_PSEUDO, lotsendesk/ui/pseudo.py) at 1366×768.

A text is clipped when its widget got less room than the text needs: a label or button narrower than its
sizeHint (what the text needs on one line), a word-wrapped label lower than the height its lines need, or a
sidebar entry wider than the sidebar. Layouts never squeeze widgets below that unless a window is too small for
its content or a width is fixed – exactly the breaks a longer language causes.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QRadioButton, QWidget

from lotsendesk.services.database import open_database
from lotsendesk.ui import i18n, pseudo
from lotsendesk.ui.main_window import PAGE_KEYS, MainWindow

SCREEN = QSize(1366, 768)


@pytest.fixture
def stretched(qapp, monkeypatch):
    monkeypatch.setenv(pseudo.ENV, "1")
    i18n.install_translators(qapp, "de")
    try:
        yield
    finally:
        monkeypatch.delenv(pseudo.ENV)
        i18n.install_translators(qapp, "de")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    from lotsendesk.services.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo_database(path)
    return path


@pytest.fixture
def demo_db(demo_file, tmp_path):
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = open_database(copy)
    yield database
    database.close()


def clipped(root: QWidget) -> list[str]:
    """Every visible text widget under ``root`` that shows less than its text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                if widget.height() + 1 < widget.heightForWidth(widget.width()):
                    found.append(
                        f"label (wrapped) {widget.text()[:50]!r}: {widget.height()} < "
                        f"{widget.heightForWidth(widget.width())} px high"
                    )
            elif widget.width() + 1 < widget.sizeHint().width():
                found.append(f"label {widget.text()[:50]!r}: {widget.width()} < {widget.sizeHint().width()} px")
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton) and widget.text():
            need = widget.sizeHint().width()
            if widget.width() + 1 < need:
                found.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < {need} px")
    return found


def sidebar_clipped(window: MainWindow) -> list[str]:
    sidebar = window.sidebar
    room = sidebar.viewport().width() - sidebar.iconSize().width() - 20  # icon, its spacing, the item's margins
    metrics = sidebar.fontMetrics()
    texts = [sidebar.item(row).text() for row in range(sidebar.count())]
    return [f"sidebar {t!r}" for t in texts if metrics.horizontalAdvance(t) > room]


def test_stretch_translator_makes_texts_longer_and_keeps_placeholders(stretched):
    text = QApplication.translate("EinsaetzePage", "Einsätze")
    assert text.startswith("Einsätze·") and len(text) >= len("Einsätze") * 1.4
    assert QApplication.translate("X", "Zeile %1 von %2").count("%") == 2
    assert QApplication.translate("X", "%1") == "%1"
    assert QApplication.translate("QPlatformTheme", "Cancel").startswith("Abbrechen·")  # Qt's own, German, stretched


def test_every_page_fits_1366x768_with_longer_texts(qtbot, demo_db, stretched):
    window = MainWindow(demo_db, demo=True)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    problems = {}
    for key in PAGE_KEYS:
        window.show_page(key)
        QApplication.processEvents()
        page_problems = clipped(window.page(key))
        if window.size() != SCREEN:  # the page's minimum is larger than the screen: Qt widened the window
            page_problems.insert(0, f"the window needs {window.minimumSizeHint().toTuple()}")
            window.resize(SCREEN)
        if page_problems:
            problems[key] = page_problems
    assert sidebar_clipped(window) == []
    window.close()
    assert problems == {}


def _dialogs(db):
    from lotsendesk.services.lotsen import list_lotse_refs
    from lotsendesk.ui.foerderjahr_dialog import FoerderjahrDialog
    from lotsendesk.ui.kurs_dialog import KursDialog
    from lotsendesk.ui.lotse_dialog import LotseDialog

    return {
        "Lots*in": LotseDialog(db, list_lotse_refs(db)[0].id),
        "neue*r Lots*in": LotseDialog(db, None),
        "Förderjahr": FoerderjahrDialog(db, None, False),
        "Kurs": KursDialog(db),
    }


def test_the_main_dialogs_fit_with_longer_texts(qtbot, demo_db, stretched):
    problems = {}
    for name, dialog in _dialogs(demo_db).items():
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        found = clipped(dialog)
        if dialog.width() > SCREEN.width() or dialog.height() > SCREEN.height() - 40:  # 40 px: a taskbar
            found.insert(0, f"the dialog is {dialog.size().toTuple()}")
        if found:
            problems[name] = found
        dialog.close()
    assert problems == {}


def test_the_check_finds_a_squeezed_button_and_a_cut_wrapped_label(qtbot):
    from PySide6.QtWidgets import QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    button = QPushButton("Auszahlung vorbereiten…")
    button.setFixedWidth(60)
    label = QLabel("Ein langer Hinweis, der umbrechen muss, weil er sonst nicht passt. " * 4)
    label.setWordWrap(True)
    label.setFixedHeight(12)
    layout.addWidget(button)
    layout.addWidget(label)
    qtbot.addWidget(box)
    box.resize(300, 200)
    box.show()
    found = clipped(box)
    assert len(found) == 2
    assert found[0].startswith("QPushButton") and found[1].startswith("label (wrapped)")
