"""The SEPA credit transfer file of a payout run: schema-valid pain.001.001.09, the right transfers and totals,
and who is left out (no IBAN, Storno, cash) — never an invalid entry in the file."""

import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from lotsendesk.db.models import Lotse
from lotsendesk.services.auszahlungen import Methode, confirm_run, list_payouts, storno
from lotsendesk.services.einsaetze import EinsatzData, record_einsatz
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year
from lotsendesk.services.sepa import SCHEMA, sepa_plan, write_sepa
from lotsendesk.services.traeger import TraegerData, get_traeger, set_traeger
from tests.conftest import add_lotse

NS = {"p": f"urn:iso:std:iso:20022:tech:xsd:{SCHEMA}"}
TODAY = date(2025, 4, 3)
TRAEGER = TraegerData(name="Verein für Vielfalt & Teilhabe e.V.", iban="DE89 3704 0044 0532 0130 00")


@pytest.fixture
def run(db) -> int:
    """Run 1 of 2025, paid 05.04.2025, Beleg-Nr. by name: 001 Jürgen 1,50 h, 002 Amina (no IBAN) 1,00 h,
    003 Zoë (IBAN made invalid behind the service's back) 2,00 h, 004 Ольга 3,00 h."""
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    set_traeger(db, TRAEGER)
    q = date(2024, 1, 1)
    juergen = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=q, iban="DE02120300000000202051")
    olga = add_lotse(db, "2", "Петренко", "Ольга", qualifiziert_am=q, iban="DE02500105170137075030")
    amina = add_lotse(db, "3", "Haddad", "Amina", qualifiziert_am=q)
    zoe = add_lotse(db, "4", "Weiß", "Zoë", qualifiziert_am=q, iban="DE02100500000054540402")
    for lotse, day, minutes in (
        (juergen, date(2025, 2, 3), 90),
        (olga, date(2025, 1, 14), 60),
        (olga, date(2025, 3, 21), 120),
        (amina, date(2025, 3, 1), 60),
        (zoe, date(2025, 3, 2), 120),
    ):
        record_einsatz(db, EinsatzData(lotse, day, minutes), today=date(2025, 3, 31))
    with db.session() as session:
        session.execute(update(Lotse).where(Lotse.id == zoe).values(iban="DE00123"))
    confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 5), Methode.UEBERWEISUNG)
    return 1


def transfers(path: Path) -> list[dict[str, str]]:
    root = ET.parse(path).getroot()
    return [
        {
            "name": tx.findtext("p:Cdtr/p:Nm", namespaces=NS),
            "iban": tx.findtext("p:CdtrAcct/p:Id/p:IBAN", namespaces=NS),
            "amount": tx.findtext("p:Amt/p:InstdAmt", namespaces=NS),
            "purpose": tx.findtext("p:RmtInf/p:Ustrd", namespaces=NS),
            "id": tx.findtext("p:PmtId/p:EndToEndId", namespaces=NS),
        }
        for tx in root.iter(f"{{{NS['p']}}}CdtTrfTxInf")
    ]


def test_the_file_validates_and_holds_one_transfer_per_paid_person(db, run, tmp_path):
    import sepaxml
    import xmlschema

    out = tmp_path / "lauf1.xml"
    plan = write_sepa(db, run, out, today=TODAY)
    schema = xmlschema.XMLSchema(str(Path(sepaxml.__file__).parent / "schemas" / f"{SCHEMA}.xsd"))
    schema.validate(str(out))  # raises when invalid
    assert transfers(out) == [
        {
            "name": "Juergen Becker",
            "iban": "DE02120300000000202051",
            "amount": "7.50",
            "purpose": "Aufwandsentschaedigung WIR-Lotsen 03.02.-03.02.2025, Beleg 2025-001",
            "id": "2025-001",
        },
        {
            "name": "Ol'ga Petrenko",
            "iban": "DE02500105170137075030",
            "amount": "15.00",
            "purpose": "Aufwandsentschaedigung WIR-Lotsen 14.01.-21.03.2025, Beleg 2025-004",
            "id": "2025-004",
        },
    ]
    root = ET.parse(out).getroot()
    assert root.findtext("p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum", namespaces=NS) == "22.50"
    assert root.findtext("p:CstmrCdtTrfInitn/p:GrpHdr/p:NbOfTxs", namespaces=NS) == "2"
    assert root.findtext(".//p:ReqdExctnDt/p:Dt", namespaces=NS) == "2025-04-05"  # the run's day of payment
    assert root.findtext(".//p:DbtrAcct/p:Id/p:IBAN", namespaces=NS) == "DE89370400440532013000"
    assert root.findtext(".//p:Dbtr/p:Nm", namespaces=NS) == "Verein fuer Vielfalt & Teilhabe e.V."
    assert plan.total == Decimal("22.50")
    assert [(p.beleg_nr, p.name, str(p.grund)) for p in plan.left_out] == [
        ("2025-002", "Amina Haddad", "keine IBAN eingetragen"),
        ("2025-003", "Zoë Weiß", "IBAN ungültig"),
    ]


def test_a_cancelled_payout_is_left_out(db, run, tmp_path):
    payout = next(p for p in list_payouts(db) if p.beleg_nr == "2025-001")
    storno(db, payout.id, "doppelt", date(2025, 4, 6))
    plan = sepa_plan(db, run)
    assert [t.beleg_nr for t in plan.transfers] == ["2025-004"]  # Beleg-Nr. go by name: Петренко last
    assert ("2025-001", "storniert (Beleg 2025-005)") in [(p.beleg_nr, str(p.grund)) for p in plan.left_out]


def test_execution_date_given_or_today_when_the_day_of_payment_has_passed(db, run, tmp_path):
    out = tmp_path / "x.xml"
    write_sepa(db, run, out, execution_date=date(2025, 4, 10), today=TODAY)
    assert ET.parse(out).getroot().findtext(".//p:ReqdExctnDt/p:Dt", namespaces=NS) == "2025-04-10"
    write_sepa(db, run, out, today=date(2025, 5, 1))
    assert ET.parse(out).getroot().findtext(".//p:ReqdExctnDt/p:Dt", namespaces=NS) == "2025-05-01"
    with pytest.raises(ServiceError, match="Vergangenheit"):
        write_sepa(db, run, tmp_path / "y.xml", execution_date=date(2025, 4, 1), today=TODAY)
    assert not (tmp_path / "y.xml").exists()


def test_no_file_without_the_traeger_account_or_anything_to_transfer(db, run, tmp_path):
    set_traeger(db, TraegerData(name="Verein"))
    with pytest.raises(ServiceError, match="Konto des Trägers"):
        write_sepa(db, run, tmp_path / "a.xml", today=TODAY)
    with pytest.raises(ServiceError, match="gibt es nicht"):
        write_sepa(db, 9, tmp_path / "a.xml", today=TODAY)
    assert list(tmp_path.glob("*.xml")) == [] and list(tmp_path.glob(".*.tmp")) == []


def test_a_cash_run_has_nothing_to_transfer(db, tmp_path):
    add_year(db, FoerderjahrData(jahr=2025, bewilligt_einsatz=Decimal("5000.00")))
    set_traeger(db, TRAEGER)
    lotse = add_lotse(db, "1", "Becker", "Jürgen", qualifiziert_am=date(2024, 1, 1), iban="DE02120300000000202051")
    record_einsatz(db, EinsatzData(lotse, date(2025, 2, 3), 90), today=date(2025, 3, 31))
    confirm_run(db, 2025, date(2025, 3, 31), date(2025, 4, 5), Methode.BAR)
    with pytest.raises(ServiceError, match="nichts zu überweisen"):
        write_sepa(db, 1, tmp_path / "bar.xml", today=TODAY)
    assert [str(p.grund) for p in sepa_plan(db, 1).left_out] == ["bar ausgezahlt"]


def test_traeger_account_is_checked(db):
    with pytest.raises(InputErrors) as raised:
        set_traeger(db, TraegerData(name="V", iban="DE00 1234", bic="HELA"))
    assert set(raised.value.by_field()) == {"iban", "bic"}
    set_traeger(db, TraegerData(name="V", iban="de89 3704 0044 0532 0130 00", bic="helade f1off"))
    assert (get_traeger(db).iban, get_traeger(db).bic) == ("DE89370400440532013000", "HELADEF1OFF")


def test_cli_writes_the_file_and_lists_who_is_left_out(tmp_path, db, run):
    from tests.test_cli import lotsendesk

    db.close()
    out = tmp_path / "lauf1.xml"
    args = ("--db", str(db.path), "payout", "sepa", "--run", "1", "-o", str(out), "--execution-date", "31.12.2099")
    proc = lotsendesk(tmp_path, *args)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "„lauf1.xml“ geschrieben: 2 Überweisungen, zusammen 22,50 €.",
        "  nicht enthalten: 2025-002 Amina Haddad (5,00 €): keine IBAN eingetragen",
        "  nicht enthalten: 2025-003 Zoë Weiß (10,00 €): IBAN ungültig",
    ]
    assert len(transfers(out)) == 2
    bad = lotsendesk(
        tmp_path, "--db", str(db.path), "payout", "sepa", "--run", "1", "-o", str(out), "--execution-date", "1.13."
    )
    assert bad.returncode == 1 and "Fehler:" in bad.stderr
