"""The Einstellungen page: Strg+8 reaches it, the Träger is saved (Speichern, Strg+S) and undone, bad input is
said under its field and nothing is stored, the logo is chosen/scaled/removed, name and language are kept."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from lotsendesk.services import protokoll as log
from lotsendesk.services.traeger import MAX_LOGO_BYTES, PNG_SIGNATURE, TraegerData, get_logo, get_traeger, set_traeger
from lotsendesk.ui import i18n, logo_image
from lotsendesk.ui.einstellungen_page import EinstellungenPage
from lotsendesk.ui.main_window import PAGE_KEYS, MainWindow
from tests.qt_helpers import press

CTRL = Qt.KeyboardModifier.ControlModifier
START = TraegerData(name="Freundeskreis Asyl e. V.", ort="Gießen")


@pytest.fixture
def page(qtbot, db):
    set_traeger(db, START)
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    widget = EinstellungenPage(db, stack)
    widget.stack_ = stack  # keep it alive as long as the page
    qtbot.addWidget(widget)
    widget.reload()
    return widget


@pytest.fixture
def window(qtbot, db):
    set_traeger(db, START)
    win = MainWindow(db)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


def picture(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1f5f8b"))
    image.save(str(path))
    return path


# reaching the page -----------------------------------------------------------------------------------------
def test_ctrl_8_reaches_the_einstellungen_the_last_sidebar_entry(window):
    assert PAGE_KEYS[-1] == "einstellungen" and window.sidebar.count() == 8
    assert window.sidebar.item(7).text() == "Einstellungen"
    press(window, Qt.Key.Key_8, CTRL)
    assert window.current_page() is window.einstellungen_page
    assert window.einstellungen_page.title_label.text() == "Einstellungen"
    assert window.einstellungen_page.traeger_form.name_edit.text() == "Freundeskreis Asyl e. V."


def test_ctrl_s_on_the_page_saves(window, db):
    press(window, Qt.Key.Key_8, CTRL)
    page = window.einstellungen_page
    page.traeger_form.name_edit.setText("Freundeskreis Asyl Gießen e. V.")
    page.traeger_form.name_edit.textEdited.emit("")  # what typing emits
    assert page.status_label.text() == "Noch nicht gespeichert"
    press(window, Qt.Key.Key_S, CTRL)
    assert get_traeger(db).name == "Freundeskreis Asyl Gießen e. V."
    assert page.status_label.text() == "Gespeichert."


@pytest.mark.parametrize(
    ("answer", "closed", "stored"),
    [
        (QMessageBox.StandardButton.Save, True, "Freundeskreis Asyl Gießen e. V."),
        (QMessageBox.StandardButton.Discard, True, START.name),
        (QMessageBox.StandardButton.Cancel, False, START.name),
    ],
)
def test_closing_the_window_asks_before_unsaved_settings_are_lost(window, db, monkeypatch, answer, closed, stored):
    questions: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    window.show_page("einstellungen")
    form = window.einstellungen_page.traeger_form
    form.name_edit.setText("Freundeskreis Asyl Gießen e. V.")
    window.show_page("lotsen")  # typed, not saved, gone to another page
    assert window.close() is closed
    assert len(questions) == 1 and "nicht gespeichert" in questions[0]
    assert get_traeger(db).name == stored
    if not closed:
        assert window.current_page() is window.einstellungen_page
        assert form.name_edit.text() == "Freundeskreis Asyl Gießen e. V."


def test_closing_without_changes_asks_nothing(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: pytest.fail("asked"))
    window.show_page("einstellungen")
    assert window.close()


# the Träger ------------------------------------------------------------------------------------------------
def test_the_traeger_is_saved_and_undone(page, db):
    form = page.traeger_form
    form.steuernummer_edit.setText("020/250/12345")
    form.finanzamt_edit.setText("Finanzamt Gießen")
    form.freistellung_edit.setText("17.5.2024")
    form.registergericht_edit.setText("Amtsgericht Gießen")
    form.registernummer_edit.setText("VR 4711")
    form.iban_edit.setText("de89 3704 0044 0532 0130 00")
    form.vertreter_edits["vertreter1_name"].setText("Dr. Gülsen Arslan")
    form.vertreter_edits["vertreter1_funktion"].setText("Vorsitzende")
    assert page.is_modified()
    page.save_button.click()
    stored = get_traeger(db)
    assert (stored.steuernummer, stored.finanzamt, stored.freistellungsbescheid) == (
        "020/250/12345",
        "Finanzamt Gießen",
        date(2024, 5, 17),
    )
    assert (stored.registergericht, stored.registernummer, stored.iban) == (
        "Amtsgericht Gießen",
        "VR 4711",
        "DE89370400440532013000",
    )
    assert stored.vertreter() == [("Dr. Gülsen Arslan", "Vorsitzende")]
    assert form.iban_edit.text() == "DE89 3704 0044 0532 0130 00"  # shown as stored
    assert form.freistellung_edit.text() == "17.05.2024"
    assert not page.is_modified()
    assert page.undo_stack.undoText() == "Träger-Angaben ändern"
    page.undo_stack.undo()
    assert get_traeger(db) == START
    page.reload()
    assert form.steuernummer_edit.text() == ""


def test_bad_input_is_said_under_each_field_and_nothing_is_stored(page, db):
    form = page.traeger_form
    form.name_edit.setText("Neuer Name")
    form.iban_edit.setText("DE00 1234 5678")
    form.steuernummer_edit.setText("12345")
    form.bic_edit.setText("HELA")
    page.save_button.click()
    assert "ungültig" in form.error_text("iban")
    assert "Steuernummer" in form.error_text("steuernummer")
    assert "BIC" in form.error_text("bic")
    assert get_traeger(db) == START
    assert page.current_section() == "traeger"
    assert page.status_label.text().startswith("Nicht gespeichert")
    assert form.name_edit.text() == "Neuer Name"  # typed input is kept

    form.iban_edit.setText("")
    form.steuernummer_edit.setText("")
    form.bic_edit.setText("")
    form.freistellung_edit.setText("31.02.2024")
    page.save_button.click()
    assert form.error_text("freistellungsbescheid")
    assert form.error_text("iban") == ""
    assert get_traeger(db) == START


def test_a_wrong_iban_is_said_when_the_field_is_left(page):
    form = page.traeger_form
    form.iban_edit.setText("DE00 1234 5678")
    form.iban_edit.editingFinished.emit()
    assert "ungültig" in form.error_text("iban")
    form.iban_edit.setText("DE89 3704 0044 0532 0130 00")
    form.iban_edit.editingFinished.emit()
    assert form.error_text("iban") == ""


def test_typed_input_survives_a_reload(page, db):
    page.traeger_form.ort_edit.setText("Wetzlar")
    page.reload()
    assert page.traeger_form.ort_edit.text() == "Wetzlar"
    assert get_traeger(db).ort == "Gießen"


# the logo --------------------------------------------------------------------------------------------------
def test_a_large_png_is_scaled_stored_and_removed(page, db, tmp_path):
    form = page.traeger_form
    assert form.logo_preview.text() == "Kein Logo" and not form.logo_remove_button.isEnabled()
    assert form.set_logo_file(picture(tmp_path / "logo.png", 2400, 800))
    assert not form.logo_preview.pixmap().isNull() and form.logo_remove_button.isEnabled()
    page.save()
    stored = get_logo(db)
    assert stored.startswith(PNG_SIGNATURE)
    image = QImage.fromData(stored)
    assert (image.width(), image.height()) == (1080, 360)  # aspect kept
    assert get_traeger(db) == START

    form.remove_logo()
    page.save()
    assert get_logo(db) == b""
    page.undo_stack.undo()
    assert get_logo(db) == stored


def test_jpeg_and_svg_become_png(page, db, tmp_path, monkeypatch):
    jpeg = picture(tmp_path / "logo.jpg", 300, 100)
    monkeypatch.setattr(logo_image, "choose_logo_file", lambda parent, start=None: jpeg)
    page.traeger_form.logo_choose_button.click()
    page.save()
    assert QImage.fromData(get_logo(db)).size().toTuple() == (300, 100)

    svg = tmp_path / "logo.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><circle cx="25" cy="25" r="20"/></svg>',
        encoding="utf-8",
    )
    assert page.traeger_form.set_logo_file(svg)
    page.save()
    assert QImage.fromData(get_logo(db)).size().toTuple() == (1440, 360)


def test_a_photo_is_shrunk_until_it_can_be_stored(page, db, tmp_path):
    # a wide photo (little to compress) as PNG at 1440 × 360 is over the 1 MB the database takes: it is made
    # smaller when chosen, not refused on saving with "Das Logo ist zu groß" for a 4 MB JPEG that was accepted
    import os

    from PIL import Image

    photo = tmp_path / "vereinsheim.jpg"
    Image.frombytes("RGB", (4000, 1000), os.urandom(4000 * 1000 * 3)).save(photo, quality=95)
    assert page.traeger_form.set_logo_file(photo)
    assert page.save() is not False and page.traeger_form.error_text("logo") == ""
    stored = get_logo(db)
    assert stored.startswith(PNG_SIGNATURE) and len(stored) <= MAX_LOGO_BYTES
    image = QImage.fromData(stored)
    assert image.width() == 4 * image.height()  # aspect kept


def test_a_logo_of_very_many_pixels_is_read_small_or_said_to_be_too_large(page, db, tmp_path):
    # 12000 × 9000 pixels (a print shop's logo) are more than Qt reads at once (256 MB): a JPEG is read at the
    # size kept, any other picture is refused for its size – never called "kein lesbares Bild"
    from PIL import Image

    big = Image.new("RGB", (12000, 9000), (31, 95, 139))
    big.save(tmp_path / "druck.jpg", quality=90)
    big.save(tmp_path / "druck.png")
    form = page.traeger_form
    assert form.set_logo_file(tmp_path / "druck.jpg")
    page.save()
    assert QImage.fromData(get_logo(db)).size().toTuple() == (480, 360)
    assert not form.set_logo_file(tmp_path / "druck.png")
    assert "12.000 × 9.000 Pixel" in form.error_text("logo") and "kein lesbares Bild" not in form.error_text("logo")


def test_a_file_that_is_no_picture_is_said_under_the_logo(page, db, tmp_path):
    bad = tmp_path / "brief.png"
    bad.write_text("kein Bild", encoding="utf-8")
    assert not page.traeger_form.set_logo_file(bad)
    assert "kein lesbares Bild" in page.traeger_form.error_text("logo")
    assert get_logo(db) == b""


def test_the_logo_goes_into_the_documents(page, db, tmp_path):
    from lotsendesk.services.personen_dokumente import write_stundennachweis
    from tests.reports.test_logo import _year_with_payout, images_per_page

    _year_with_payout(db)
    page.traeger_form.set_logo_file(picture(tmp_path / "logo.png", 600, 200))
    page.save()
    write_stundennachweis(db, "7", date(2025, 1, 1), date(2025, 12, 31), tmp_path / "stunden.pdf")
    assert images_per_page(tmp_path / "stunden.pdf") == [1]


# Allgemein ---------------------------------------------------------------------------------------------------
def test_the_name_for_the_protokoll_is_saved(page, db):
    page.show_section("allgemein")
    page.allgemein.name_edit.setText("Ayşe Kaya")
    page.save_button.click()
    assert log.get_benutzername(db) == "Ayşe Kaya"


def test_the_language_is_stored_and_honoured_by_ui_language(page, monkeypatch):
    monkeypatch.delenv("LOTSENDESK_LANG", raising=False)
    combo = page.allgemein.language_combo
    assert combo.currentData() == "system"
    combo.setCurrentIndex(combo.findData("en"))
    assert page.is_modified()
    page.save_button.click()
    assert QSettings().value(i18n.LANGUAGE_SETTING) == "en"
    assert i18n.ui_language() == "en"
    assert "nächsten Start" in page.status_label.text()
    monkeypatch.setenv("LOTSENDESK_LANG", "de")  # the environment still wins
    assert i18n.ui_language() == "de"
    monkeypatch.delenv("LOTSENDESK_LANG")
    combo.setCurrentIndex(combo.findData("de"))
    page.save()
    assert i18n.ui_language() == "de"


# the other sections -------------------------------------------------------------------------------------------
def test_taetigkeiten_and_backup_folder_are_shown(page, db):
    page.show_section("taetigkeiten")
    table = page.taetigkeiten_list
    rows = [(table.item(row, 0).text(), table.item(row, 1).text()) for row in range(table.rowCount())]
    assert rows and ("Schule/Kita", "0") in rows
    page.show_section("sicherungen")
    assert page.folder_edit.text().endswith("Sicherungen")
    assert page.last_backup_label.text() == "Noch keine Sicherung"
