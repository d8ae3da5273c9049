"""The Träger's logo at the top right of every page: an image XObject on each page when set, none otherwise;
the documents the services write carry the stored logo; an issued Quittung keeps the logo it was issued with."""

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab.platypus import PageBreak

from lotsendesk.reports.base import DocumentInfo, build_pdf, para
from lotsendesk.services.auszahlungen import Methode, confirm_run
from lotsendesk.services.dokumente import issue_receipts_of_run, write_documents
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.personen_dokumente import write_stundennachweis
from lotsendesk.services.traeger import TraegerData, get_traeger, set_traeger
from lotsendesk.services.verwendungsnachweis import write_verwendungsnachweis
from tests.conftest import add_lotse


def make_png(width: int = 300, height: int = 100) -> bytes:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((2, 2, height - 2, height - 2), fill=(31, 95, 139, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def images_per_page(pdf: Path) -> list[int]:
    counts = []
    for page in PdfReader(pdf).pages:
        xobjects = page["/Resources"].get("/XObject")
        objects = xobjects.get_object().values() if xobjects is not None else []
        counts.append(sum(1 for ref in objects if ref.get_object()["/Subtype"] == "/Image"))
    return counts


def test_every_page_shows_the_logo_and_the_header_text_stays(tmp_path):
    path = tmp_path / "mit.pdf"
    info = DocumentInfo(title="T", traeger="Verein für Vielfalt e. V.", aktenzeichen="II 25-62 d", logo=make_png())
    build_pdf(path, [para("Seite eins"), PageBreak(), para("Seite zwei")], info)
    assert images_per_page(path) == [1, 1]
    text = PdfReader(path).pages[0].extract_text()
    assert "Verein für Vielfalt e. V." in text and "Az. II 25-62 d" in text


def test_without_a_logo_there_is_no_image(tmp_path):
    path = tmp_path / "ohne.pdf"
    build_pdf(path, [para("Text")], DocumentInfo(title="T", traeger="Verein", aktenzeichen="II 25-62 d"))
    assert images_per_page(path) == [0]


def test_an_unreadable_logo_never_stops_a_document(tmp_path):
    path = tmp_path / "kaputt.pdf"
    build_pdf(path, [para("Text")], DocumentInfo(title="T", traeger="Verein", logo=b"\x89PNG\r\n\x1a\nkaputt"))
    assert images_per_page(path) == [0]


def _year_with_payout(db) -> None:
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00"), aktenzeichen="II 25-62 d"))
    lotse = add_lotse(db, "7", "Arslan", "Gülsen", qualifiziert_am=date(2024, 1, 1))
    record_einsatz(db, EinsatzData(lotse, date(2025, 2, 3), 90), today=date(2025, 12, 31))
    confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 5), Methode.UEBERWEISUNG)


def test_the_documents_of_the_services_carry_the_stored_logo(db, tmp_path):
    _year_with_payout(db)
    set_traeger(db, TraegerData(name="Verein für Vielfalt e. V."), logo=make_png())
    write_verwendungsnachweis(db, 2025, tmp_path / "vn.pdf", entwurf=True)
    assert set(images_per_page(tmp_path / "vn.pdf")) == {1}
    write_stundennachweis(db, "7", date(2025, 1, 1), date(2025, 12, 31), tmp_path / "stunden.pdf")
    assert images_per_page(tmp_path / "stunden.pdf") == [1]

    set_traeger(db, get_traeger(db), logo=b"")  # removed: the next documents have none
    write_stundennachweis(db, "7", date(2025, 1, 1), date(2025, 12, 31), tmp_path / "ohne.pdf")
    assert images_per_page(tmp_path / "ohne.pdf") == [0]


def test_an_issued_quittung_keeps_the_logo_it_was_issued_with(db, tmp_path):
    _year_with_payout(db)
    set_traeger(db, TraegerData(name="Verein"), logo=make_png())
    (issued,) = issue_receipts_of_run(db, 1)
    set_traeger(db, TraegerData(name="Verein"), logo=b"")
    (again,) = issue_receipts_of_run(db, 1)
    assert again.sha256 == issued.sha256
    path = tmp_path / "quittung.pdf"
    write_documents(db, [again], path)
    assert images_per_page(path) == [1]
