"""The front door: no sub-command opens the GUI; sub-commands do batch work.

Exit codes: 0 success, 1 the work failed (errors listed), 2 the database could not be opened or bad usage.
The batch commands of Förderjahre, export, payouts, reports and Prüfhinweise live in ``cli_commands``.
"""

import argparse
import sys
from pathlib import Path

from lotsendesk import __version__

# argparse's own texts (usage line, help headings, usage errors) in German; it looks them up through its
# module-level ``_`` at run time, so replacing that function for this process is enough.
_ARGPARSE_GERMAN = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Angaben",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "argument %(argument_name)s: %(message)s": "Angabe %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
    "the following arguments are required: %s": "diese Angaben fehlen: %s",
    "one of the arguments %s is required": "eine dieser Angaben fehlt: %s",
    "expected one argument": "hier fehlt ein Wert",
    "invalid %(type)s value: %(value)r": "ungültiger Wert: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Wahl: %(value)r (möglich: %(choices)s)",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Option: %(option)s passt zu %(matches)s",
    "not allowed with argument %s": "nicht zusammen mit %s möglich",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
}


def _german(text: str) -> str:
    return _ARGPARSE_GERMAN.get(text, text)


def _year(text: str) -> int:
    """An argparse type: a four-digit year."""
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"„{text}“ ist keine Jahreszahl (z. B. 2025).")
    return int(text)


def _number(text: str) -> int:
    """An argparse type: a positive whole number (a run's Nr.)."""
    if not (text.isdigit() and int(text) > 0):
        raise argparse.ArgumentTypeError(f"„{text}“ ist keine Nummer (z. B. 3).")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lotsendesk",
        description="LotsenDesk – Lots*innen, Einsätze und Aufwandsentschädigungen im WIR-Programm.",
    )
    parser.add_argument(
        "--version", action="version", version=f"LotsenDesk {__version__}", help="Version zeigen und beenden"
    )
    parser.add_argument("--db", type=Path, metavar="PFAD", help="diese Datenbankdatei öffnen (wird angelegt)")
    parser.add_argument("--demo", action="store_true", help="eine frische Demo-Datenbank öffnen")
    parser.add_argument(
        "--self-test", action="store_true", help="Hauptfenster öffnen, jede Seite laden, Zeiten ausgeben"
    )
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL")
    imp = sub.add_parser("import", help="eine CSV- oder Excel-Datei (.xlsx) importieren (alles oder nichts)")
    imp.add_argument("kind", choices=["lotsen", "einsaetze"], help="was die Datei enthält")
    imp.add_argument("file", type=Path, metavar="DATEI", help="CSV-Datei oder Excel-Arbeitsmappe (.xlsx)")
    imp.add_argument("--sheet", metavar="BLATT", help="Tabellenblatt der Arbeitsmappe (ohne: das erste)")
    imp.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts speichern")

    year = sub.add_parser("year", help="Förderjahre: anlegen, anzeigen")
    year_sub = year.add_subparsers(dest="action", metavar="AKTION", required=True)
    add = year_sub.add_parser("add", help="ein Förderjahr mit den Daten des Zuwendungsbescheids anlegen")
    add.add_argument("year", type=_year, metavar="JAHR")
    add.add_argument("--approved", required=True, metavar="EUR", help="bewilligter Betrag Einsatz, z. B. 5.000,00")
    add.add_argument("--rate", default="5.00", metavar="EUR", help="Stundensatz in € (Vorgabe 5,00)")
    add.add_argument("--file-number", default="", metavar="AZ", help="Aktenzeichen des Bescheids")
    add.add_argument("--decision-date", default="", metavar="DATUM", help="Bescheid-Datum (TT.MM.JJJJ)")
    show = year_sub.add_parser("show", help="Bescheid-Daten, Raten und Zahlen eines Förderjahres zeigen")
    show.add_argument("year", type=_year, metavar="JAHR")

    export = sub.add_parser("export", help="Listen als Datei für Excel/LibreOffice ausgeben (CSV oder XLSX)")
    export_sub = export.add_subparsers(dest="action", metavar="LISTE", required=True)
    for name, text, year, required, example in (
        ("lotsen", "alle Lots*innen mit Kontaktdaten und IBAN", None, False, "lotsinnen.xlsx"),
        ("einsaetze", "Einsätze (wie die Seite Einsätze)", "nur dieses Kalenderjahr", False, "einsaetze.xlsx"),
        ("summary", "Stunden und Beträge je Lots*in eines Förderjahres", "Förderjahr", True, "2025.csv"),
        ("payouts", "Auszahlungen und Stornos mit Beleg-Nr.", "nur dieses Förderjahr", False, "auszahlungen.xlsx"),
        ("belegliste", "Belegliste des Verwendungsnachweises", "Förderjahr", True, "belegliste.xlsx"),
    ):
        listing = export_sub.add_parser(name, help=text)
        if year is not None:
            listing.add_argument("--year", type=_year, required=required, metavar="JAHR", help=year)
        listing.add_argument(
            "--format", choices=["csv", "xlsx"], help="Dateiformat (ohne: nach der Endung von DATEI, sonst csv)"
        )
        listing.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI", help=f"Ziel, z. B. {example}")

    payout = sub.add_parser("payout", help="Auszahlungen")
    payout_sub = payout.add_subparsers(dest="action", metavar="AKTION", required=True)
    run = payout_sub.add_parser("run", help="einen Auszahlungslauf ausführen (Beleg-Nr. werden vergeben)")
    run.add_argument("--year", type=_year, required=True, metavar="JAHR", help="Förderjahr")
    run.add_argument("--until", required=True, metavar="DATUM", help="Einsätze bis zu diesem Tag")
    run.add_argument("--paid-on", required=True, metavar="DATUM", help="Tag der Auszahlung")
    run.add_argument("--method", choices=["ueberweisung", "bar"], default="ueberweisung", help="Zahlungsweg")
    sepa = payout_sub.add_parser("sepa", help="SEPA-Überweisungsdatei (pain.001.001.09) eines Auszahlungslaufs")
    sepa.add_argument("--run", type=_number, required=True, metavar="NR", help="Nr. des Auszahlungslaufs")
    sepa.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI", help="Ziel, z. B. lauf3.xml")
    sepa.add_argument("--execution-date", metavar="DATUM", help="Ausführungsdatum (Vorgabe: Tag der Auszahlung)")

    report = sub.add_parser("report", help="Dokumente als PDF erzeugen")
    report_sub = report.add_subparsers(dest="action", metavar="DOKUMENT", required=True)
    proof = report_sub.add_parser(
        "verwendungsnachweis", help="Verwendungsnachweis eines Förderjahres ausstellen (Fassung mit Prüfsumme)"
    )
    proof.add_argument("--year", type=_year, required=True, metavar="JAHR", help="Förderjahr")
    proof.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI", help="Ziel, z. B. vn2025.pdf")
    proof.add_argument(
        "--entwurf", action="store_true", help="nur einen Entwurf (Vermerk ENTWURF) schreiben, nichts ausstellen"
    )
    receipts = report_sub.add_parser("quittungen", help="Quittungen aller Auszahlungen eines Auszahlungslaufs")
    receipts.add_argument("--run", type=_number, required=True, metavar="NR", help="Nr. des Auszahlungslaufs")
    receipts.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI", help="Ziel, z. B. lauf.pdf")
    certificates = report_sub.add_parser(
        "jahresbescheinigung", help="Bescheinigungen über die im Kalenderjahr gezahlten Aufwandsentschädigungen"
    )
    certificates.add_argument("--year", type=_year, required=True, metavar="JAHR", help="Kalenderjahr der Zahlung")
    certificates.add_argument("--lotse", metavar="NR", help="nur für diese Lots*innen-Nr.")
    certificates.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI", help="Ziel, z. B. 2025.pdf")

    timesheet = report_sub.add_parser(
        "stundennachweis", help="Stundennachweis je Lots*in: alle Einsätze eines Zeitraums zum Unterschreiben"
    )
    timesheet.add_argument("--lotse", metavar="NR", help="nur für diese Lots*innen-Nr. (ohne: alle mit Einsätzen)")
    timesheet.add_argument("--from", dest="von", required=True, metavar="DATUM", help="erster Tag (TT.MM.JJJJ)")
    timesheet.add_argument("--to", dest="bis", required=True, metavar="DATUM", help="letzter Tag (TT.MM.JJJJ)")
    timesheet.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI", help="Ziel, z. B. maerz.pdf")
    confirmation = report_sub.add_parser(
        "einsatzbestaetigung", help="Bestätigung über ehrenamtliches Engagement für eine*n Lots*in"
    )
    confirmation.add_argument("--lotse", required=True, metavar="NR", help="Lots*innen-Nr.")
    confirmation.add_argument("--from", dest="von", metavar="DATUM", help="erster Tag (ohne: erster Einsatz)")
    confirmation.add_argument("--to", dest="bis", metavar="DATUM", help="letzter Tag (ohne: letzter Einsatz)")
    confirmation.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DATEI", help="Ziel, z. B. bestaetigung.pdf"
    )
    declarations = report_sub.add_parser(
        "freibetragserklaerung", help="vorausgefüllte Freibetragserklärungen (§ 3 Nr. 26 EStG) zum Unterschreiben"
    )
    declarations.add_argument("--year", type=_year, required=True, metavar="JAHR", help="Kalenderjahr")
    declarations.add_argument("--lotse", metavar="NR", help="nur für diese Lots*innen-Nr. (ohne: alle aktiven)")
    declarations.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI", help="Ziel, z. B. 2026.pdf")

    courses = report_sub.add_parser(
        "teilnehmendenliste", help="Teilnehmendenliste eines Kurses (Anlage zu Formblatt 2 C), quer"
    )
    courses.add_argument("--course", type=_number, required=True, metavar="NR", help="Nr. des Kurses (course list)")
    courses.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI", help="Ziel, z. B. liste.pdf")
    courses.add_argument(
        "--vorlage",
        action="store_true",
        help="leere Vorlage mit Unterschriftsfeldern je Termin (ohne: mit Anwesenheit, sobald welche erfasst ist)",
    )
    course_vn = report_sub.add_parser(
        "kurs-verwendungsnachweis", help="Verwendungsnachweis eines Kurses ausstellen (Fassung mit Prüfsumme)"
    )
    course_vn.add_argument("--course", type=_number, required=True, metavar="NR", help="Nr. des Kurses (course list)")
    course_vn.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI", help="Ziel, z. B. vn-kurs.pdf")
    course_vn.add_argument(
        "--entwurf", action="store_true", help="nur einen Entwurf (Vermerk ENTWURF) schreiben, nichts ausstellen"
    )
    attendance = report_sub.add_parser(
        "teilnahmebescheinigung", help="Teilnahmebescheinigungen/Zertifikate eines Kurses (je Person eine Seite)"
    )
    attendance.add_argument("--course", type=_number, required=True, metavar="NR", help="Nr. des Kurses (course list)")
    attendance.add_argument("--lotse", metavar="NR", help="nur für diese Lots*innen-Nr. (ohne: alle mit genug UE)")
    attendance.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI", help="Ziel, z. B. tn.pdf")

    course = sub.add_parser("course", help="Qualifizierungen (Kurse)")
    course_sub = course.add_subparsers(dest="action", metavar="AKTION", required=True)
    course_sub.add_parser("list", help="alle Kurse mit Nr., Zeitraum, UE, Teilnehmenden und Frist")

    timesheet = sub.add_parser("timesheet", help="Stundenzettel (Excel) zum Ausfüllen erzeugen und wieder einlesen")
    timesheet_sub = timesheet.add_subparsers(dest="action", metavar="AKTION", required=True)
    sheets = timesheet_sub.add_parser("create", help="leere Stundenzettel: eine Arbeitsmappe, ein Blatt je Lots*in")
    sheets.add_argument("--from", dest="von", required=True, metavar="DATUM", help="erster Tag (TT.MM.JJJJ)")
    sheets.add_argument("--to", dest="bis", required=True, metavar="DATUM", help="letzter Tag (TT.MM.JJJJ)")
    sheets.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI", help="Ziel, z. B. april.xlsx")
    sheets.add_argument("--lotse", metavar="NR", help="nur für diese Lots*innen-Nr. (ohne: alle aktiven)")
    sheets.add_argument("--per-person", action="store_true", help="eine Datei je Lots*in; -o ist dann ein Ordner")
    filled = timesheet_sub.add_parser("import", help="ausgefüllte Stundenzettel einlesen (je Datei alles oder nichts)")
    filled.add_argument("files", nargs="+", type=Path, metavar="DATEI", help="eine oder mehrere .xlsx-Dateien")
    filled.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts speichern")

    backup = sub.add_parser("backup", help="Sicherungen: anlegen, auflisten, wiederherstellen")
    backup_sub = backup.add_subparsers(dest="action", metavar="AKTION", required=True)
    saved = backup_sub.add_parser("create", help="die Datenbank in eine Datei sichern (die Kopie wird geprüft)")
    saved.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI", help="Ziel, z. B. E:/verein.sqlite")
    saved.add_argument(
        "--encrypt",
        action="store_true",
        help="mit Kennwort verschlüsseln (fragt zweimal; für Skripte: Umgebungsvariable LOTSENDESK_BACKUP_PASSWORD)",
    )
    backup_sub.add_parser("list", help="die Sicherungen im Sicherungsordner: Datum, Größe, Inhalt")
    restored = backup_sub.add_parser("restore", help="Sicherung wiederherstellen (der jetzige Stand wird gesichert)")
    restored.add_argument("file", type=Path, metavar="DATEI", help="die Sicherung (.sqlite oder .sqlite.enc)")
    restored.add_argument("--yes", action="store_true", help="ohne Rückfrage wiederherstellen")

    lotse = sub.add_parser("lotse", help="Datenschutz: Auskunft, zur Löschung fällige Lots*innen, Anonymisieren")
    lotse_sub = lotse.add_subparsers(dest="action", metavar="AKTION", required=True)
    info = lotse_sub.add_parser("auskunft", help="alles über eine*n Lots*in (Art. 15 DSGVO) als PDF oder JSON")
    info.add_argument("--lotse", required=True, metavar="NR", help="Lots*innen-Nr.")
    info.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI", help="Ziel: .pdf oder .json")
    lotse_sub.add_parser("faellig", help="ausgeschiedene Lots*innen, deren Aufbewahrungsfrist abgelaufen ist")
    anon = lotse_sub.add_parser("anonymisieren", help="Personendaten entfernen, Zahlen behalten (nach der Frist)")
    anon.add_argument("--lotse", required=True, metavar="NR", help="Lots*innen-Nr.")
    anon.add_argument("--yes", action="store_true", help="ohne Rückfrage anonymisieren")

    check = sub.add_parser("check", help="Prüfhinweise zeigen (Rückgabewert 1 bei Fehlern)")
    check.add_argument("--year", type=_year, metavar="JAHR", help="nur dieses Förderjahr")
    return parser


def main(argv: list[str] | None = None) -> int:
    argparse._ = _german  # type: ignore[attr-defined]  # see _ARGPARSE_GERMAN
    args = build_parser().parse_args(argv)
    if args.command == "import":
        return _run_import(args)
    if args.command is not None:
        from lotsendesk import cli_commands

        return cli_commands.run(args)
    from lotsendesk.ui.app import run_gui

    status = run_gui(db_path=args.db, demo=args.demo, self_test=args.self_test)
    if args.self_test and status == 0:  # after the GUI half, so its start-up time stays comparable
        from lotsendesk.selfcheck import check_program_files

        status = check_program_files()
    return status


def _open(args: argparse.Namespace):
    from lotsendesk.paths import default_db_path, demo_db_path
    from lotsendesk.services.database import open_database

    if args.db is not None:
        return open_database(args.db)
    return open_database(demo_db_path() if args.demo else default_db_path(), create_folder=True)


def _run_import(args: argparse.Namespace) -> int:
    from lotsendesk.services.errors import ServiceError
    from lotsendesk.services.importer import import_file

    try:
        db = _open(args)
    except ServiceError as error:
        print(f"Fehler: {error.message}", file=sys.stderr)
        return 2
    try:
        result = import_file(db, args.kind, args.file, dry_run=args.dry_run, sheet=args.sheet)
    except ServiceError as error:
        print(f"Fehler: {error.message}", file=sys.stderr)
        return 1
    finally:
        db.close()
    if result.errors:
        where = f"„{args.file.name}“" + (f", Blatt „{result.sheet}“" if result.sheet else "")
        print(f"Nichts importiert – {len(result.errors)} Fehler in {where}:", file=sys.stderr)
        for message in result.errors:
            print(f"  {message}", file=sys.stderr)
        return 1
    print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
