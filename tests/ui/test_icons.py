"""One icon set: every sidebar entry has its icon, and a button's icon follows its accent style."""

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton

from lotsendesk.ui.icons import icon, set_icon, set_primary
from lotsendesk.ui.main_window import MainWindow


def _darkest_and_lightest(qicon) -> tuple[int, int]:
    image = qicon.pixmap(24, 24).toImage().convertToFormat(QImage.Format.Format_ARGB32)  # not premultiplied
    values = [
        QColor.fromRgba(image.pixel(x, y)).lightness()
        for x in range(24)
        for y in range(24)
        if QColor.fromRgba(image.pixel(x, y)).alpha() > 200
    ]
    assert values, "the icon draws nothing"
    return min(values), max(values)


def test_light_icons_are_white_and_normal_ones_in_the_accent_colour(qtbot):
    assert _darkest_and_lightest(icon("clock"))[1] < 140  # accent blue strokes
    assert _darkest_and_lightest(icon("clock", light=True))[0] > 240  # white strokes for a blue button


def test_a_button_icon_follows_its_accent_style(qtbot):
    button = QPushButton("Einsätze erfassen")
    qtbot.addWidget(button)
    set_icon(button, "clock")
    assert _darkest_and_lightest(button.icon())[1] < 140
    set_primary(button, True)
    assert button.objectName() == "primary"
    assert _darkest_and_lightest(button.icon())[0] > 240
    set_primary(button, False)
    assert _darkest_and_lightest(button.icon())[1] < 140


def test_every_sidebar_entry_has_an_icon(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    for row in range(window.sidebar.count()):
        assert not window.sidebar.item(row).icon().isNull(), window.sidebar.item(row).text()
