"""Retention (domain.md §5.2) and anonymisation of departed Lots*innen: blocked with reason and date, allowed after,
the figures unchanged, no personal data left."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError

from lotsendesk.db.models import Einsatz, Lotse, Protokoll
from lotsendesk.services.aufbewahrung import anonymise, due_for_deletion, retention
from lotsendesk.services.auszahlungen import Methode, confirm_run
from lotsendesk.services.dokumente import issue_verwendungsnachweis, mark_sent
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz, update_einsatz
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year, year_summary
from lotsendesk.services.lotsen import get_lotse, update_lotse
from tests.conftest import add_lotse

TODAY = date(2025, 12, 31)


@pytest.fixture
def paid(db):
    """Lots*in 7 with two Einsätze in 2025, paid on 20.11.2025 (domain.md's worked example); Lots*in 3 active."""
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    lotse = add_lotse(
        db,
        "7",
        "Yılmaz",
        "Şükrü",
        qualifiziert_am=date(2024, 1, 1),
        email="s.yilmaz@example.org",
        telefon="0171 2345678",
        anschrift="Hauptstr. 1\n63065 Offenbach",
        iban="DE89370400440532013000",
        sprachen="Türkisch, Deutsch",
        notizen="mag Dienstage",
    )
    other = add_lotse(db, "3", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1))
    record_einsatz(db, EinsatzData(lotse, date(2025, 3, 10), 150, None, "Frau K. 0151 2345678"), today=TODAY)
    record_einsatz(db, EinsatzData(lotse, date(2025, 10, 2), 90, None, "Jobcenter"), today=TODAY)
    record_einsatz(db, EinsatzData(other, date(2025, 3, 11), 60, None, "Schule"), today=TODAY)
    confirm_run(db, 2025, date(2025, 10, 31), date(2025, 11, 20), Methode.UEBERWEISUNG)
    return lotse


def _leave(db, lotse_id: int, austritt: date = date(2026, 1, 31)) -> None:
    from dataclasses import replace

    from lotsendesk.domain.people import Status

    update_lotse(db, lotse_id, replace(get_lotse(db, lotse_id), austritt=austritt, status=Status.AUSGESCHIEDEN))


def _send_vn(db, jahr: int, am: date) -> None:
    document, _ = issue_verwendungsnachweis(db, jahr, today=am)
    mark_sent(db, document.id, am, today=am)


def test_the_worked_example_of_domain_md(db, paid):
    _send_vn(db, 2025, date(2026, 3, 15))
    info = retention(db, paid, today=date(2026, 6, 1))
    assert info.bis == date(2033, 12, 31)  # 8 years after the end of 2025 > 15.03.2031
    assert [str(g) for g in info.gruende] == [
        "Auszahlungsbelege: letzte Auszahlung am 20.11.2025, aufzubewahren 8 Jahre ab Ende 2025 (§ 147 AO), also "
        "bis 31.12.2033.",
        "Einsätze im Förderjahr 2025: Verwendungsnachweis versandt am 15.03.2026, aufzubewahren 5 Jahre "
        "(ANBest-P), also bis 15.03.2031.",
    ]


def test_a_late_verwendungsnachweis_outlasts_the_payout_rule(db):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    lotse = add_lotse(db, "9", "Petrenko", "Ольга", qualifiziert_am=date(2024, 1, 1))
    record_einsatz(db, EinsatzData(lotse, date(2025, 2, 1), 60), today=TODAY)  # never paid
    assert retention(db, lotse, today=TODAY).offen == (2025,)
    assert retention(db, lotse, today=TODAY).bis is None
    _send_vn(db, 2025, date(2026, 2, 28))
    info = retention(db, lotse, today=date(2026, 3, 1))
    assert (info.offen, info.bis) == ((), date(2031, 2, 28))


def test_nobody_active_or_still_kept_is_due(db, paid):
    _send_vn(db, 2025, date(2026, 3, 15))
    assert due_for_deletion(db, date(2040, 1, 1)) == []  # nobody departed
    _leave(db, paid)
    assert due_for_deletion(db, date(2033, 12, 31)) == []
    assert [a.nr for a in due_for_deletion(db, date(2034, 1, 1))] == ["7"]


def test_anonymising_is_refused_with_the_reason_and_the_date(db, paid):
    with pytest.raises(ServiceError, match="nicht ausgeschieden"):
        anonymise(db, paid, date(2040, 1, 1))
    _leave(db, paid)
    with pytest.raises(ServiceError, match="Verwendungsnachweis für 2025 ist noch nicht versandt"):
        anonymise(db, paid, date(2040, 1, 1))
    _send_vn(db, 2025, date(2026, 3, 15))
    with pytest.raises(ServiceError) as refused:
        anonymise(db, paid, date(2033, 12, 31))
    assert "bis 31.12.2033 aufbewahrt" in refused.value.message
    assert "ab 01.01.2034" in refused.value.message
    assert get_lotse(db, paid).nachname == "Yılmaz"  # nothing changed


def test_anonymising_keeps_every_figure_and_removes_the_personal_data(db, paid):
    _send_vn(db, 2025, date(2026, 3, 15))
    _leave(db, paid)
    before = year_summary(db, 2025)
    anonymise(db, paid, date(2034, 1, 1))
    after = year_summary(db, 2025)

    def figures(summary):
        totals = (summary.recorded_minutes, summary.claimable_minutes, summary.betrag, summary.ausgezahlt)
        return totals, sorted((p.nr, p.result, p.betrag, p.ausgezahlt, p.rolle) for p in summary.people)

    assert figures(after) == figures(before)
    assert figures(before)[0][3] == Decimal("25.00")  # 150 + 90 + 60 minutes at 5 €/h: real figures compared
    with db.session() as session:
        lotse = session.get(Lotse, paid)
        assert lotse.nachname == "Lots*in 7"
        assert (lotse.vorname, lotse.email, lotse.telefon, lotse.anschrift, lotse.iban) == ("", "", "", "", "")
        assert (lotse.sprachen, lotse.notizen, lotse.status, lotse.austritt) == (
            "",
            "",
            "ausgeschieden",
            date(2026, 1, 31),
        )
        mine = session.scalars(select(Einsatz).where(Einsatz.lotse_id == paid).order_by(Einsatz.datum)).all()
        assert [(e.datum, e.minuten, e.bemerkung) for e in mine] == [
            (date(2025, 3, 10), 150, ""),
            (date(2025, 10, 2), 90, ""),
        ]
        other = session.scalar(select(Einsatz.bemerkung).where(Einsatz.lotse_id != paid))
        assert other == "Schule"
        log = "\n".join(f"{p.alt} {p.neu}" for p in session.scalars(select(Protokoll)))
        for secret in ("Yılmaz", "Şükrü", "s.yilmaz@", "2345678", "Hauptstr", "Türkisch", "Dienstage", "Frau K."):
            assert secret not in log
        assert "Becker" in log and "Schule" in log  # the others' history stays
        last = session.scalars(select(Protokoll).order_by(Protokoll.id.desc())).first()
        assert (last.tabelle, last.datensatz_id, last.feld, last.alt) == ("lotse", paid, "anonymisiert", None)
    assert retention(db, paid, date(2034, 1, 1)).anonymisiert
    assert due_for_deletion(db, date(2034, 1, 1)) == []
    with pytest.raises(ServiceError, match="schon anonymisiert"):
        anonymise(db, paid, date(2034, 1, 1))


def test_the_triggers_allow_only_the_narrow_exceptions(db, paid):
    first = db.session
    with first() as session:
        einsatz_id = session.scalar(
            select(Einsatz.id).where(Einsatz.lotse_id == paid, Einsatz.bemerkung != "Jobcenter")
        )
    table = Einsatz.__table__
    # a paid Einsatz: the Bemerkung may be emptied, nothing else
    for values in ({"bemerkung": "neu"}, {"minuten": 10}, {"bemerkung": "", "minuten": 10}):
        with pytest.raises(IntegrityError, match="festgeschrieben"), db.engine.begin() as connection:
            connection.execute(update(table).where(table.c.id == einsatz_id).values(**values))
    with db.engine.begin() as connection:
        connection.execute(update(table).where(table.c.id == einsatz_id).values(bemerkung=""))
    with pytest.raises(ServiceError, match="festgeschrieben"):  # the app's own path stays closed
        update_einsatz(db, einsatz_id, EinsatzData(paid, date(2025, 3, 10), 150, None, ""), today=TODAY)
    # the Protokoll: no anonymising while the person is not anonymised, never other fields or other values
    statements = (
        "UPDATE protokoll SET alt = '«anonymisiert»' WHERE tabelle = 'lotse' AND feld = 'telefon'",
        "UPDATE protokoll SET neu = '«anonymisiert»' WHERE tabelle = 'lotse' AND feld = 'nachname'",
        "UPDATE protokoll SET neu = 'x' WHERE id = 1",
        "UPDATE protokoll SET zeit = '2000-01-01 00:00:00' WHERE id = 1",
    )
    for statement in statements:
        with pytest.raises(IntegrityError, match="protokoll"), db.engine.begin() as connection:
            connection.execute(text(statement))
    with db.engine.begin() as connection:  # an anonymised person: still no other fields than the personal ones
        connection.exec_driver_sql(f"UPDATE lotse SET nachname = 'Lots*in 7', vorname = '' WHERE id = {paid}")
        connection.exec_driver_sql(
            f"UPDATE protokoll SET neu = '«anonymisiert»' WHERE tabelle = 'lotse' AND datensatz_id = {paid} "
            "AND feld = 'telefon'"
        )
    with pytest.raises(IntegrityError, match="protokoll"), db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE protokoll SET neu = '«anonymisiert»' WHERE feld = 'nr'")
    with pytest.raises(IntegrityError, match="protokoll"), db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM protokoll")


def test_the_cli_lists_nobody_due_and_refuses_with_the_reason(db, paid, tmp_path, capsys):
    from lotsendesk.cli import main

    _leave(db, paid)
    db.close()
    path = str(tmp_path / "test.sqlite")
    assert main(["--db", path, "lotse", "faellig"]) == 0
    assert "Niemand ist zur Löschung fällig." in capsys.readouterr().out
    assert main(["--db", path, "lotse", "anonymisieren", "--lotse", "7", "--yes"]) == 1
    assert "Verwendungsnachweis für 2025 ist noch nicht versandt" in capsys.readouterr().err
