"""The course documents: Teilnehmendenliste (Vorlage and mit Anwesenheit), Teilnahmebescheinigungen/Zertifikate
and the course's Verwendungsnachweis – figures by text extraction, issuing in Fassungen, escaping, fonts."""

import hashlib
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from lotsendesk.db.models import AusgestelltesDokument
from lotsendesk.domain import qualifizierung as q
from lotsendesk.domain.lotse_record import LotseData
from lotsendesk.reports.teilnehmendenliste import termin_chunks
from lotsendesk.services import kurse
from lotsendesk.services.dokumente import mark_sent, write_documents
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.kurs_dokumente import (
    issue_kurs_verwendungsnachweis,
    kurs_verwendungsnachweise,
    wohnort,
    write_kurs_verwendungsnachweis,
    write_teilnahmebescheinigungen,
    write_teilnehmendenliste,
)
from lotsendesk.services.lotsen import create_lotse
from lotsendesk.services.traeger import TraegerData, set_traeger
from tests.reports.test_quittungen import base_fonts

TRAEGER = 'Verein für Vielfalt & Teilhabe <Süd> "e.V."'
TITEL = 'Basisqualifizierung <Frühjahr> & "Sommer"'
TODAY = date(2025, 6, 1)
ENDE = date(2025, 3, 15)


def text_of(pdf: Path) -> list[str]:
    """Each page's text with every run of white space as one blank (cells come out one per line)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]


def person(db, nr: str, nachname: str, vorname: str, anschrift: str = "") -> int:
    return create_lotse(
        db, LotseData(nr=nr, nachname=nachname, vorname=vorname, anschrift=anschrift, notizen="GEHEIME NOTIZ")
    )


@pytest.fixture
def kurs(db) -> int:
    return build_course(db)


def build_course(db) -> int:
    """A Basisqualifizierung of 3 × 8 UE (01., 08., 15.03.2025), 4 planned, bewilligt 2.000 €, 1.800 € received.
    Zoë (Nr. 7) attends all and has her certificate, Ольга (Nr. 8) all without one, Hương (Nr. 9) only the first
    Termin, Nr. 10 never. Costs: Honorar 800 €, Raum 150 €, Verpflegung 60 € (not fundable)."""
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00"), aktenzeichen="II 25-62 d"))
    set_traeger(
        db,
        TraegerData(
            name=TRAEGER,
            anschrift="Marktplatz 1\n63065 Offenbach am Main",
            ort="Offenbach am Main",
            vertreter1_name="Ayşe Yılmaz",
            vertreter1_funktion="Vorsitzende",
            vertreter2_name="Jan Schmidt",
            vertreter2_funktion="Kassierer",
        ),
    )
    kurs_id = kurse.add_course(
        db,
        kurse.KursData(
            art=q.KursArt.BASIS,
            titel=TITEL,
            ort="Gemeindehaus",
            referenten="Dr. Olga Petrenko",
            geplante_teilnehmende=4,
            foerderjahr=2025,
            bewilligt=Decimal("2000.00"),
            erhalten=Decimal("1800.00"),
            erhalten_am=date(2025, 2, 10),
            sachbericht="Der Kurs fand an drei Samstagen statt.",
            notizen="KURS-NOTIZ",
        ),
    )
    for day, thema in ((date(2025, 3, 1), "Rolle & Aufgaben"), (date(2025, 3, 8), "Behörden"), (ENDE, "Praxis")):
        kurse.add_termin(db, kurs_id, kurse.TerminData(day, 8, "09:00", "16:00", thema))
    people = [
        person(db, "7", '<Test> & "Co"', "Zoë", "Hauptstr. 1\n60311 Frankfurt am Main"),
        person(db, "8", "Петренко", "Ольга", "Ring 5, 63067 Offenbach"),
        person(db, "9", "Nguyễn", "Hương"),
        person(db, "10", "Weg", "Wilma"),
    ]
    teilnahmen = [kurse.add_participant(db, kurs_id, p) for p in people]
    termine = [t.id for t in kurse.get_course(db, kurs_id, TODAY).termine]
    for teilnahme, attended in zip(teilnahmen, (termine, termine, termine[:1], []), strict=True):
        for termin in attended:
            kurse.set_attendance(db, teilnahme, termin, True)
    kurse.issue_certificate(db, teilnahmen[0], ENDE)
    K, cat = kurse.KostenData, q.Kategorie
    kurse.add_cost(db, kurs_id, K(date(2025, 3, 1), cat.HONORAR, Decimal("800.00"), "Dr. Olga Petrenko", "Honorar"))
    kurse.add_cost(db, kurs_id, K(date(2025, 3, 1), cat.RAUM, Decimal("150.00"), "Kirche <St. Paul> & Co", "Miete"))
    kurse.add_cost(
        db, kurs_id, K(date(2025, 3, 8), cat.VERPFLEGUNG, Decimal("60.00"), "Bäckerei", "Essen", foerderfaehig=False)
    )
    return kurs_id


@pytest.mark.parametrize(
    ("anschrift", "expected"),
    [
        ("Hauptstr. 1\n60311 Frankfurt am Main", "Frankfurt am Main"),
        ("Ring 5, 63067 Offenbach", "Offenbach"),
        ("D-63065 Offenbach", "Offenbach"),
        ("Dreieich", "Dreieich"),
        ("Hauptstr. 1", ""),  # a street alone is never printed
        ("", ""),
    ],
)
def test_wohnort_is_the_town_of_the_address_only(anschrift, expected):
    assert wohnort(anschrift) == expected


# --- Teilnehmendenliste --------------------------------------------------------------------------------------
def test_teilnehmendenliste_with_attendance(db, kurs, tmp_path):
    out = tmp_path / "liste.pdf"
    assert write_teilnehmendenliste(db, kurs, out, today=TODAY) is True  # attendance is ticked: shown
    text = " ".join(text_of(out))
    assert "Teilnehmendenliste WIR-Lotsen Qualifizierung" in text and "Anlage zu Formblatt 2 C" in text
    assert "mit festgestellter Anwesenheit" in text
    assert TITEL in text and TRAEGER in text and "24 UE an 3 Terminen" in text
    assert "T1 01.03.2025 09:00–16:00 8 Rolle & Aufgaben" in text
    # names literally, the town only, ✓/– per Termin, UE besucht, share, certificate
    assert '1 <Test> & "Co" Zoë Frankfurt am Main ✓ ✓ ✓ 24 100,0 % 15.03.2025' in text
    assert "2 Nguyễn Hương ✓ – – 8 33,3 % nein" in text
    assert "4 Петренко Ольга Offenbach ✓ ✓ ✓ 24 100,0 % noch offen" in text
    assert "3 Weg Wilma – – – 0 0,0 % nein" in text
    assert "Hauptstr" not in text and "Ring 5" not in text and "GEHEIME NOTIZ" not in text
    assert "KURS-NOTIZ" not in text
    assert "Ayşe Yılmaz" in text and "Kursleitung / Referent*in" in text
    page = PdfReader(out).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape


def test_teilnehmendenliste_vorlage_has_empty_signature_fields(db, kurs, tmp_path):
    out = tmp_path / "vorlage.pdf"
    assert write_teilnehmendenliste(db, kurs, out, mit_anwesenheit=False, today=TODAY) is False
    text = " ".join(text_of(out))
    assert "Vorlage zum Unterschreiben" in text and "Bitte bei jedem Termin" in text
    assert "✓" not in text and "100,0 %" not in text and "15.03.2025 Ort" not in text
    assert '1 <Test> & "Co" Zoë Frankfurt am Main 2 Nguyễn' in text  # no figures after the names
    # two blank rows for late registrations (here on the next page, under the repeated header row)
    assert re.search(r"4 Петренко Ольга Offenbach .*\b5 6 Bestätigung des Trägers", text)


def test_teilnehmendenliste_before_any_attendance_is_the_vorlage(db, tmp_path):
    kurs_id = kurse.add_course(db, kurse.KursData(art=q.KursArt.VERTIEFUNG, titel="Vertiefung"))
    kurse.add_termin(db, kurs_id, kurse.TerminData(date(2025, 9, 1), 4))
    kurse.add_participant(db, kurs_id, person(db, "1", "Arslan", "Ali"))
    assert write_teilnehmendenliste(db, kurs_id, tmp_path / "a.pdf") is False
    assert "Vorlage zum Unterschreiben" in text_of(tmp_path / "a.pdf")[0]


def test_twelve_termine_are_split_over_tables_that_fit_the_page(db, tmp_path):
    kurs_id = kurse.add_course(db, kurse.KursData(art=q.KursArt.BASIS, titel="Lang", geplante_teilnehmende=2))
    for i in range(12):
        kurse.add_termin(db, kurs_id, kurse.TerminData(date(2025, 1, 1 + 2 * i), 3, thema=f"Thema {i + 1}"))
    teilnahme = kurse.add_participant(db, kurs_id, person(db, "1", "Yılmaz", "Şükrü"))
    for termin in kurse.get_course(db, kurs_id, TODAY).termine[:10]:
        kurse.set_attendance(db, teilnahme, termin.id, True)
    for mit in (True, False):
        out = tmp_path / f"lang-{mit}.pdf"
        write_teilnehmendenliste(db, kurs_id, out, mit_anwesenheit=mit, today=TODAY)
        text = " ".join(text_of(out))
        assert "Teil 1 von 2" in text and "Teil 2 von 2" in text
        for nr in range(1, 13):
            assert f"T{nr} " in text
    text = " ".join(text_of(tmp_path / "lang-True.pdf"))
    assert "30 83,3 %" in text  # 10 of 12 Termine à 3 UE
    assert [len(c) for c in termin_chunks(12, True)] == [6, 6]
    assert all(sum(len(c) for c in termin_chunks(n, mit)) == n for n in range(1, 30) for mit in (True, False))


# --- Teilnahmebescheinigungen --------------------------------------------------------------------------------
def test_teilnahmebescheinigungen_only_for_those_above_the_threshold(db, kurs, tmp_path):
    out = tmp_path / "tb.pdf"
    assert write_teilnahmebescheinigungen(db, kurs, out, today=TODAY) == 2
    first, second = text_of(out)
    # Zoë has her certificate of a Basisqualifizierung: a Zertifikat, dated on the certificate's day
    assert "Zertifikat Basisqualifizierung für WIR-Integrationslots*innen" in first
    assert 'Zoë <Test> & "Co"' in first and TITEL in first
    assert "24 von 24 Unterrichtseinheiten (UE) besucht (100,0 %)" in first
    assert "Rolle & Aufgaben" in first and "Offenbach am Main, 15.03.2025" in first
    assert "Ayşe Yılmaz" in first and "Vorsitzende" in first
    # Ольга reached the threshold without a certificate yet: a Teilnahmebescheinigung, dated today
    assert "Teilnahmebescheinigung" in second and "Ольга Петренко" in second and "Zertifikat" not in second
    assert "Offenbach am Main, 01.06.2025" in second
    assert "Nguyễn" not in first + second and "GEHEIME NOTIZ" not in first + second


def test_teilnahmebescheinigung_refused_below_the_threshold(db, kurs, tmp_path):
    hương = next(p for p in kurse.get_course(db, kurs, TODAY).teilnehmende if p.nr == "9")
    out = tmp_path / "tb.pdf"
    with pytest.raises(ServiceError, match="Keine Teilnahmebescheinigung für Hương Nguyễn: weniger als 80 %"):
        write_teilnahmebescheinigungen(db, kurs, out, [hương.id], today=TODAY)
    assert not out.exists()
    empty = kurse.add_course(db, kurse.KursData(art=q.KursArt.REFLEXION, titel="Reflexion"))
    kurse.add_termin(db, empty, kurse.TerminData(date(2025, 9, 1), 2))
    with pytest.raises(ServiceError, match="Niemand hat bisher mindestens 80 % der UE besucht"):
        write_teilnahmebescheinigungen(db, empty, out)
    assert not out.exists()


# --- Verwendungsnachweis -------------------------------------------------------------------------------------
def test_verwendungsnachweis_figures(db, kurs, tmp_path):
    out = tmp_path / "vn.pdf"
    write_kurs_verwendungsnachweis(db, kurs, out, entwurf=True, today=TODAY)
    pages = text_of(out)
    text = " ".join(pages)
    assert pages[0].startswith("Verwendungsnachweis Qualifizierung") and TRAEGER in pages[0]
    assert "Aktenzeichen II 25-62 d" in pages[0] and "bis spätestens 15.06.2025" in pages[0]
    # Höchstbetrag with the actual numbers: 3 participants attended (Nr. 10 never came) × 24 UE × 12,50 €
    assert "Höchstbetrag: 3 Teilnehmende × 24 UE × 12,50 € = 900,00 € 900,00 €" in text
    assert "Summe Ausgaben 3 1.010,00 € 950,00 €" in text  # all costs, of which of a fundable kind
    assert "Verpflegung 1 60,00 € 0,00 €" in text
    assert "Höchstbetrag und zum bewilligten Betrag) 900,00 €" in text  # förderfähig, capped
    assert "nicht förderfähig (trägt der Träger) 110,00 €" in text
    assert "Zuwendung erhalten 1.800,00 € abzüglich förderfähige Ausgaben -900,00 €" in text
    assert "Überschuss – zurückzuzahlen 900,00 €" in text
    # Belegliste with its total, Teilnahme, Sachbericht, Bestätigungen, two signature lines
    assert "K2025-002 01.03.2025 Kirche <St. Paul> & Co Miete Raumkosten ja 150,00 €" in text
    assert "K2025-003 08.03.2025 Bäckerei Essen Verpflegung nein 60,00 €" in text
    assert "Summe (3 Belege) 1.010,00 €" in text
    assert "geplante Teilnehmende 4 angemeldete Teilnehmende 4" in text
    assert "mindestens ein Termin besucht) 3 davon mit mindestens 80 % Anwesenheit 2" in text
    assert "Zertifikate / Teilnahmebescheinigungen ausgestellt 1" in text
    assert "Der Kurs fand an drei Samstagen statt." in text
    assert "wirtschaftlich und sparsam" in text and "mit den Büchern und Belegen übereinstimmen" in text
    assert "Ayşe Yılmaz" in text and "Jan Schmidt" in text
    assert "ENTWURF" in text and "KURS-NOTIZ" not in text and "GEHEIME NOTIZ" not in text


def test_missing_sachbericht_is_a_visible_line(db, kurs, tmp_path):
    data = kurse.get_course(db, kurs, TODAY).data
    kurse.update_course(db, kurs, kurse.KursData(**{**data.__dict__, "sachbericht": ""}))
    out = tmp_path / "vn.pdf"
    write_kurs_verwendungsnachweis(db, kurs, out, entwurf=False, today=TODAY)
    text = " ".join(text_of(out))
    assert "Kein Sachbericht erfasst" in text and "ENTWURF" not in text


def test_issue_reuses_the_fassung_until_the_data_change(db, kurs, tmp_path):
    first, new = issue_kurs_verwendungsnachweis(db, kurs, today=TODAY)
    assert new and (first.art, first.nummer, first.version) == (kurse.VN_ART, str(kurs), 1)
    assert first.title == f"Verwendungsnachweis Kurs {kurs}, Fassung 1"
    again, new = issue_kurs_verwendungsnachweis(db, kurs, today=date(2025, 6, 20))
    assert not new and again == first
    # a figure changes: Fassung 2, with a Fehlbetrag now
    data = kurse.get_course(db, kurs, TODAY).data
    kurse.update_course(db, kurs, kurse.KursData(**{**data.__dict__, "erhalten": Decimal("500.00")}))
    second, new = issue_kurs_verwendungsnachweis(db, kurs, today=TODAY)
    assert new and second.version == 2
    assert [d.version for d in kurs_verwendungsnachweise(db, kurs)] == [2, 1]
    out = tmp_path / "fassung2.pdf"
    write_documents(db, [second], out)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == second.sha256
    text = " ".join(text_of(out))
    assert "Fehlbetrag – noch anzufordern 400,00 €" in text and "ENTWURF" not in text
    with db.session() as session:
        row = session.scalar(select(AusgestelltesDokument).where(AusgestelltesDokument.id == second.id))
        assert row.foerderjahr_id is not None and '"erhalten":"500.00"' in row.daten
    # sent: noted once, and the course's deadline is done
    sent = mark_sent(db, second.id, date(2025, 6, 2), today=date(2025, 6, 3))
    assert sent.versandt_am == date(2025, 6, 2)
    assert kurse.sent_courses(db) == {kurs: date(2025, 6, 2)}
    assert all(f.kurs_id != kurs for f in kurse.course_deadlines(db))


def test_issue_refused_before_the_course_ended(db, kurs, tmp_path):
    with pytest.raises(ServiceError, match=r"Der Kurs endet erst am 15\.03\.2025"):
        issue_kurs_verwendungsnachweis(db, kurs, today=date(2025, 3, 14))
    assert kurs_verwendungsnachweise(db, kurs) == []
    planned = kurse.add_course(db, kurse.KursData(art=q.KursArt.VERTIEFUNG, titel="Geplant"))
    with pytest.raises(ServiceError, match="noch keine Termine"):
        issue_kurs_verwendungsnachweis(db, planned, today=TODAY)
    # a draft is always possible
    write_kurs_verwendungsnachweis(db, planned, tmp_path / "entwurf.pdf", today=TODAY)
    assert "noch keine Termine" in " ".join(text_of(tmp_path / "entwurf.pdf"))


# --- every document ------------------------------------------------------------------------------------------
def test_fonts_are_embedded_in_every_course_document(db, kurs, tmp_path):
    write_teilnehmendenliste(db, kurs, tmp_path / "a.pdf", today=TODAY)
    write_teilnehmendenliste(db, kurs, tmp_path / "b.pdf", mit_anwesenheit=False, today=TODAY)
    write_teilnahmebescheinigungen(db, kurs, tmp_path / "c.pdf", today=TODAY)
    write_kurs_verwendungsnachweis(db, kurs, tmp_path / "d.pdf", today=TODAY)
    for name in "abcd":
        fonts = base_fonts(tmp_path / f"{name}.pdf")
        assert fonts and all(embedded for _, embedded in fonts), (name, fonts)
        assert not any("Helvetica" in font for font, _ in fonts), (name, fonts)


def test_unknown_course_and_unwritable_target(db, kurs, tmp_path):
    out = tmp_path / "x.pdf"
    for write in (write_teilnehmendenliste, write_teilnahmebescheinigungen, write_kurs_verwendungsnachweis):
        with pytest.raises(ServiceError, match="Diesen Kurs gibt es nicht"):
            write(db, 999, out)
    assert not out.exists()
    missing = tmp_path / "fehlt" / "x.pdf"
    with pytest.raises(ServiceError, match=r"„x\.pdf“ konnte nicht geschrieben werden"):
        write_teilnehmendenliste(db, kurs, missing)
    assert not missing.parent.exists()


def test_a_course_with_an_issued_verwendungsnachweis_stays(db):
    kurs_id = kurse.add_course(db, kurse.KursData(art=q.KursArt.VERTIEFUNG, titel="Seminar ohne Kosten"))
    kurse.add_termin(db, kurs_id, kurse.TerminData(ENDE, 4))
    document, _ = issue_kurs_verwendungsnachweis(db, kurs_id, TODAY)
    mark_sent(db, document.id, TODAY, TODAY)
    # else the next new course gets the free id – and this one's sent Verwendungsnachweis with it
    with pytest.raises(ServiceError, match="Verwendungsnachweis"):
        kurse.delete_course(db, kurs_id)
    assert kurse.get_course(db, kurs_id, TODAY).data.titel == "Seminar ohne Kosten"
