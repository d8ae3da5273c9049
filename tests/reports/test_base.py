"""The shared document builder: escaping, page numbers across page breaks, chunked tables, atomic writing."""

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Table

from lotsendesk.reports.base import DocumentInfo, Signer, build_pdf, data_table, para, signature_block


def test_para_keeps_markup_characters_literally(tmp_path):
    out = tmp_path / "p.pdf"
    build_pdf(out, [para("AT&T <b>R&D</b> <i>\nzweite Zeile"), signature_block([Signer("Unterschrift", "A & B")])],
              DocumentInfo("Test"))  # fmt: skip
    text = PdfReader(out).pages[0].extract_text()
    assert "AT&T <b>R&D</b> <i>" in text
    assert "zweite Zeile" in text
    assert "A & B" in text


def test_long_tables_are_chunked_repeat_their_header_and_pages_are_numbered(tmp_path):
    rows = [(str(i), f"Person {i}", f"{i},00") for i in range(1, 1201)]
    tables = data_table(["Nr", "Name", "Betrag"], rows, numeric=(2,))
    assert [len(t._cellvalues) for t in tables if isinstance(t, Table)] == [501, 501, 201]
    out = tmp_path / "lang.pdf"
    build_pdf(out, tables, DocumentInfo("Lang", traeger="Verein", created=date(2025, 3, 7)))
    pages = [page.extract_text() for page in PdfReader(out).pages]
    total = len(pages)
    assert total > 10
    for number, text in enumerate(pages, start=1):
        assert f"Seite {number} von {total}" in text
        assert text.startswith("Nr\nName\nBetrag\n")  # the header row on every page
        assert "erstellt am 07.03.2025" in text
    assert "Person 1200" in pages[-1]


def test_a_failed_build_leaves_the_old_file_and_no_temp_file(tmp_path):
    out = tmp_path / "alt.pdf"
    out.write_bytes(b"old")

    class Boom(Table):
        def wrap(self, *args):
            raise RuntimeError("kaputt")

    with pytest.raises(RuntimeError):
        build_pdf(out, [Boom([["x"]])], DocumentInfo("Test"))
    assert out.read_bytes() == b"old"
    assert [p.name for p in Path(tmp_path).iterdir()] == ["alt.pdf"]
