"""The batch commands of the command line: ``year add|show``, ``export summary``, ``payout run``, ``check``
and ``report verwendungsnachweis|quittungen|jahresbescheinigung|stundennachweis|einsatzbestaetigung|
freibetragserklaerung`` (the courses' commands are in ``cli_kurse``).

Each handler parses what the user typed first (German message, exit 1, before any file is touched), then opens
the database (exit 2 when it cannot be opened), does its work through the services and prints German text:
results on stdout, errors as ``Fehler: …`` on stderr with exit 1. Money is printed as ``1.234,50 €`` with a plain
space (greppable in scripts; the GUI's non-breaking space stays in the GUI), hours as ``12,50 Std.``.
"""

import argparse
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from lotsendesk import cli_backup, cli_datenschutz, cli_exports, cli_kurse, cli_timesheets
from lotsendesk.domain.amounts import parse_amount
from lotsendesk.domain.dates import format_date, parse_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.formatting import format_hours, format_money, format_number
from lotsendesk.domain.funding import CAP_METHOD_TEXT
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError

if TYPE_CHECKING:
    from lotsendesk.services.dokumente import IssuedDocument

_BUDGET_WORDS = {"ok": "im Rahmen", "warnung": "über 90 %", "ueberschritten": "überschritten"}


def plain(text: str) -> str:
    """A service's text with plain spaces for the CLI (money: ``1.234,50 €``, greppable in scripts)."""
    return text.replace("\u00a0", " ")


def euro(amount: Decimal) -> str:
    """``1.234,50 €`` with a plain space."""
    return plain(format_money(amount))


def plural(n: int, one: str, many: str) -> str:
    """``1 Termin``, ``5 Termine``."""
    return f"{n} {one if n == 1 else many}"


def run(args: argparse.Namespace) -> int:
    handlers: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
        ("year", "add"): year_add,
        ("year", "show"): year_show,
        ("export", "lotsen"): cli_exports.export_lotsen,
        ("export", "einsaetze"): cli_exports.export_einsaetze,
        ("export", "summary"): cli_exports.export_summary,
        ("export", "payouts"): cli_exports.export_payouts,
        ("export", "belegliste"): cli_exports.export_belegliste,
        ("payout", "run"): payout_run,
        ("payout", "sepa"): payout_sepa,
        ("report", "verwendungsnachweis"): report_verwendungsnachweis,
        ("report", "quittungen"): report_quittungen,
        ("report", "jahresbescheinigung"): report_jahresbescheinigung,
        ("report", "stundennachweis"): report_stundennachweis,
        ("report", "einsatzbestaetigung"): report_einsatzbestaetigung,
        ("report", "freibetragserklaerung"): report_freibetragserklaerung,
        ("report", "teilnehmendenliste"): cli_kurse.report_teilnehmendenliste,
        ("report", "teilnahmebescheinigung"): cli_kurse.report_teilnahmebescheinigung,
        ("report", "kurs-verwendungsnachweis"): cli_kurse.report_kurs_verwendungsnachweis,
        ("course", "list"): cli_kurse.course_list,
        ("timesheet", "create"): cli_timesheets.create,
        ("timesheet", "import"): cli_timesheets.import_files,
        ("backup", "create"): cli_backup.create,
        ("backup", "list"): cli_backup.list_,
        ("backup", "restore"): cli_backup.restore,
        ("lotse", "auskunft"): cli_datenschutz.auskunft,
        ("lotse", "faellig"): cli_datenschutz.faellig,
        ("lotse", "anonymisieren"): cli_datenschutz.anonymisieren,
        ("check", None): check,
    }
    return handlers[(args.command, getattr(args, "action", None))](args)


# --- plumbing ------------------------------------------------------------------------------------------------
def fail(message: str) -> int:
    print(f"Fehler: {message}", file=sys.stderr)
    return 1


def open_db(args: argparse.Namespace) -> Database:
    """``--db PFAD``, ``--demo`` (the demo database; made the first time) or the default database."""
    from lotsendesk.paths import default_db_path, demo_db_path
    from lotsendesk.services.database import open_database

    if args.demo:
        path = args.db or demo_db_path()
        if not path.exists():
            from lotsendesk.services.demo import create_demo_database

            create_demo_database(path)
        return open_database(path)
    if args.db is not None:
        return open_database(args.db)
    return open_database(default_db_path(), create_folder=True)


def with_db(args: argparse.Namespace, work: Callable[[Database], int]) -> int:
    """Open the database (exit 2 if that fails), run ``work`` (a service error: German on stderr, exit 1)."""
    try:
        db = open_db(args)
    except ServiceError as error:
        print(f"Fehler: {error.message}", file=sys.stderr)
        return 2
    try:
        return work(db)
    except ServiceError as error:
        return fail(error.message)
    except ValidationError as error:
        return fail(error.message)
    finally:
        db.close()


def written(output: Path, text: str) -> None:
    """The line a report prints when its file is written: ``„datei.pdf“ geschrieben: …``."""
    print(f"„{output.name}“ geschrieben: {text}")


def write_issued(db: Database, document: "IssuedDocument", new: bool, output: Path, what: str) -> None:
    """Write an issued Fassung (Verwendungsnachweis of a year or a course) to ``output`` and say which one it is:
    ``{what}, Fassung 2 (neu ausgestellt), SHA-256 …``."""
    from lotsendesk.services.dokumente import write_documents

    write_documents(db, [document], output)
    state = "neu ausgestellt" if new else "unverändert seit " + format_date(document.erstellt_am.date())
    sent = f", versandt am {format_date(document.versandt_am)}" if document.versandt_am else ""
    written(output, f"{what}, Fassung {document.version} ({state}{sent}), SHA-256 {document.sha256}.")


# --- year add / show -----------------------------------------------------------------------------------------
def year_add(args: argparse.Namespace) -> int:
    from lotsendesk.domain.funding import FundingParameters
    from lotsendesk.services.foerderjahre import FoerderjahrData, add_year

    try:
        data = FoerderjahrData(
            jahr=args.year,
            bewilligt_einsatz=parse_amount(args.approved, "bewilligt_einsatz"),
            aktenzeichen=args.file_number,
            bescheid_datum=parse_date(args.decision_date, field="bescheid_datum") if args.decision_date else None,
            params=FundingParameters(rate=parse_amount(args.rate, "satz")),
        )
    except ValidationError as error:
        return fail(error.message)

    def work(db: Database) -> int:
        add_year(db, data)
        print(
            f"Förderjahr {data.jahr} angelegt: bewilligt {euro(data.bewilligt_einsatz)}, "
            f"Satz {euro(data.params.rate)}/h."
        )
        return 0

    return with_db(args, work)


def year_show(args: argparse.Namespace) -> int:
    from lotsendesk.services.dokumente import sent_years
    from lotsendesk.services.foerderjahre import year_summary
    from lotsendesk.services.quali_jahr import quali_text, year_quali

    def work(db: Database) -> int:
        summary = year_summary(db, args.year)
        data = summary.year
        period = data.period
        lines = [
            ("Aktenzeichen", data.aktenzeichen or "–"),
            ("Bescheid-Datum", format_date(data.bescheid_datum) or "–"),
            ("Bewilligungszeitraum", f"{format_date(period.start)} – {format_date(period.end)}"),
            ("bewilligt (Einsatz)", euro(data.bewilligt_einsatz)),
        ]
        if data.bewilligt_koordination:
            lines.append(("bewilligt (Koordinierungspauschale)", euro(data.bewilligt_koordination)))
        quali = year_quali(db, data.jahr)  # its line names the approved amount too
        if quali.bewilligt or quali.kurse:
            lines.append(("Qualifizierung", plain(quali_text(quali))))
        lines += [
            ("Nebenbestimmungen", data.nebenbestimmungen),
            ("Stundensatz", f"{euro(data.params.rate)}/h"),
            (
                "Höchstgrenzen",
                f"{format_hours(data.params.cap_lotsin_minutes)} Std. Lots*in, "
                f"{format_hours(data.params.cap_koordinierend_minutes)} Std. koordinierende*r Lots*in",
            ),
            ("Höchstgrenze bei Rollenwechsel", CAP_METHOD_TEXT[data.params.cap_method]),
            ("Frist Erklärung", _deadline(data.erklaerung_frist, data.erklaerung_zurueck_am)),
            ("Frist Verwendungsnachweis", _vn_deadline(data.vn_frist, sent_years(db).get(data.jahr))),
        ]
        raten = ", ".join(f"{format_date(r.datum)} {euro(r.betrag)}" for r in summary.raten)
        lines.append(("Raten erhalten", f"{euro(summary.erhalten)}" + (f" ({raten})" if raten else "")))
        lines += [
            ("Stunden erfasst", f"{format_hours(summary.recorded_minutes)} Std."),
            ("Stunden abrechenbar", f"{format_hours(summary.claimable_minutes)} Std."),
            ("Betrag abrechenbar", euro(summary.betrag)),
            ("ausgezahlt", euro(summary.ausgezahlt)),
            ("Budget", _budget(summary.budget, summary.betrag, data.bewilligt_einsatz)),
            ("Lots*innen mit Stunden", str(len(summary.people))),
        ]
        width = max(len(label) for label, _ in lines) + 1
        print(f"Förderjahr {data.jahr}")
        for label, value in lines:
            print(f"  {label + ':':<{width}} {value}")
        return 0

    return with_db(args, work)


def _vn_deadline(due: date, sent: date | None) -> str:
    return format_date(due) + (f" (versandt am {format_date(sent)})" if sent else "")


def _deadline(due: date | None, done: date | None) -> str:
    if due is None:
        return "– (kein Bescheid-Datum)"
    return format_date(due) + (f" (zurückgeschickt am {format_date(done)})" if done else "")


def _budget(state: str, claimed: Decimal, approved: Decimal) -> str:
    words = _BUDGET_WORDS.get(state, state)
    if approved <= 0:
        return words
    return f"{words} ({format_number(claimed * 100 / approved, 1)} % von bewilligt)"


# --- payout run ----------------------------------------------------------------------------------------------
def payout_run(args: argparse.Namespace) -> int:
    from lotsendesk.services.auszahlungen import METHODE_LABELS, Methode, confirm_run, propose_run

    try:
        until = parse_date(args.until, field="bis")
        paid_on = parse_date(args.paid_on, field="bezahlt_am")
    except ValidationError as error:
        return fail(error.message)
    methode = Methode(args.method)

    def work(db: Database) -> int:
        proposals = {p.lotse_id: p for p in propose_run(db, args.year, until, paid_on)}
        payouts = sorted(confirm_run(db, args.year, until, paid_on, methode), key=lambda p: p.beleg_nr)
        for payout in payouts:
            print(f"{payout.beleg_nr}  {payout.name}  {format_hours(payout.minuten)} Std.  {euro(payout.betrag)}")
        total = sum((p.betrag for p in payouts), Decimal("0.00"))
        minutes = sum(p.minuten for p in payouts)
        print(
            f"Summe: {plural(len(payouts), 'Auszahlung', 'Auszahlungen')}, "
            f"{format_hours(minutes)} Std., {euro(total)} – "
            f"bezahlt am {format_date(paid_on)}, {METHODE_LABELS[methode]}."
        )
        for payout in payouts:
            proposal = proposals.get(payout.lotse_id)
            for warning in proposal.warnings if proposal else ():
                print(f"Hinweis: {payout.beleg_nr} {payout.name}: {warning}")
        if payouts and payouts[0].lauf_id is not None:
            run = payouts[0].lauf_id
            print(f"Auszahlungslauf Nr. {run} – Quittungen: lotsendesk report quittungen --run {run} -o quittungen.pdf")
        return 0

    return with_db(args, work)


# --- payout sepa ---------------------------------------------------------------------------------------------
def payout_sepa(args: argparse.Namespace) -> int:
    from lotsendesk.services.sepa import write_sepa

    try:
        execution = parse_date(args.execution_date) if args.execution_date else None
    except ValidationError as error:
        return fail(error.message)

    def work(db: Database) -> int:
        plan = write_sepa(db, args.run, args.output, execution_date=execution)
        count = plural(len(plan.transfers), "Überweisung", "Überweisungen")
        written(args.output, f"{count}, zusammen {euro(plan.total)}.")
        for left in plan.left_out:
            print(f"  nicht enthalten: {left.beleg_nr} {left.name} ({euro(left.betrag)}): {left.grund}")
        return 0

    return with_db(args, work)


# --- report verwendungsnachweis ------------------------------------------------------------------------------
def report_verwendungsnachweis(args: argparse.Namespace) -> int:
    from lotsendesk.services.dokumente import issue_verwendungsnachweis
    from lotsendesk.services.verwendungsnachweis import write_verwendungsnachweis

    def work(db: Database) -> int:
        if args.entwurf:
            write_verwendungsnachweis(db, args.year, args.output, entwurf=True)
            written(args.output, f"Entwurf des Verwendungsnachweises {args.year}.")
            return 0
        document, new = issue_verwendungsnachweis(db, args.year)
        write_issued(db, document, new, args.output, f"Verwendungsnachweis {args.year}")
        return 0

    return with_db(args, work)


# --- report quittungen ---------------------------------------------------------------------------------------
def report_quittungen(args: argparse.Namespace) -> int:
    from lotsendesk.services.dokumente import issue_receipts_of_run, receipts_of, write_documents

    def work(db: Database) -> int:
        documents = issue_receipts_of_run(db, args.run)
        if not documents:
            return fail(f"Einen Auszahlungslauf Nr. {args.run} gibt es nicht.")
        write_documents(db, documents, args.output)
        receipts = receipts_of(db, documents)
        total = sum((r.betrag for r in receipts), Decimal("0.00"))
        count = plural(len(receipts), "Quittung", "Quittungen")
        written(args.output, f"{count} ({receipts[0].beleg_nr} bis {receipts[-1].beleg_nr}), zusammen {euro(total)}.")
        return 0

    return with_db(args, work)


# --- report jahresbescheinigung ------------------------------------------------------------------------------
def report_jahresbescheinigung(args: argparse.Namespace) -> int:
    from lotsendesk.reports.jahresbescheinigung import build_jahresbescheinigungen
    from lotsendesk.services.jahresbescheinigung import certificates_for_year
    from lotsendesk.services.traeger import get_logo, get_traeger

    def work(db: Database) -> int:
        certificates = certificates_for_year(db, args.year, args.lotse)
        if not certificates:
            if args.lotse is not None:
                return fail(f"Für Lots*innen-Nr. {args.lotse} gibt es {args.year} keine Auszahlungen.")
            return fail(f"{args.year} gibt es keine Auszahlungen.")
        try:
            build_jahresbescheinigungen(certificates, get_traeger(db), args.output, logo=get_logo(db))
        except OSError as error:
            return fail(f"Die Datei „{args.output}“ kann nicht geschrieben werden ({error.strerror or error}).")
        total = sum((c.total for c in certificates), Decimal("0.00"))
        count = plural(len(certificates), "Bescheinigung", "Bescheinigungen")
        written(args.output, f"{count} für {args.year}, zusammen {euro(total)}.")
        return 0

    return with_db(args, work)


# --- report stundennachweis / einsatzbestaetigung / freibetragserklaerung -------------------------------------
def report_stundennachweis(args: argparse.Namespace) -> int:
    from lotsendesk.services.personen_dokumente import write_stundennachweis

    try:
        von = parse_date(args.von, field="von")
        bis = parse_date(args.bis, field="bis")
    except ValidationError as error:
        return fail(error.message)

    def work(db: Database) -> int:
        count = write_stundennachweis(db, args.lotse, von, bis, args.output)
        people = plural(count, "Lots*in", "Lots*innen")
        written(args.output, f"Stundennachweis für {people}, {format_date(von)} – {format_date(bis)}.")
        return 0

    return with_db(args, work)


def report_einsatzbestaetigung(args: argparse.Namespace) -> int:
    from lotsendesk.services.personen_dokumente import write_einsatzbestaetigung

    try:
        von = parse_date(args.von, field="von") if args.von is not None else None
        bis = parse_date(args.bis, field="bis") if args.bis is not None else None
    except ValidationError as error:
        return fail(error.message)

    def work(db: Database) -> int:
        write_einsatzbestaetigung(db, args.lotse, von, bis, args.output)
        written(args.output, f"Einsatzbestätigung für Lots*innen-Nr. {args.lotse}.")
        return 0

    return with_db(args, work)


def report_freibetragserklaerung(args: argparse.Namespace) -> int:
    from lotsendesk.services.personen_dokumente import write_freibetragserklaerungen

    def work(db: Database) -> int:
        count = write_freibetragserklaerungen(db, args.year, args.lotse, args.output)
        forms = plural(count, "Freibetragserklärung", "Freibetragserklärungen")
        written(args.output, f"{forms} für {args.year}.")
        return 0

    return with_db(args, work)


# --- check ---------------------------------------------------------------------------------------------------
def check(args: argparse.Namespace) -> int:
    from lotsendesk.services.pruefhinweise import check_lines, collect

    def work(db: Database) -> int:
        hinweise = collect(db, jahr=args.year)
        if not hinweise:
            print("Keine Prüfhinweise.")
            return 0
        for line in check_lines(hinweise):
            print(line)
        return 1 if any(h.schwere == "fehler" for h in hinweise) else 0

    return with_db(args, work)
