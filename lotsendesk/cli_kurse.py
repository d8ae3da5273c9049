"""The courses (Qualifizierungen) on the command line: ``course list`` and ``report teilnehmendenliste|
teilnahmebescheinigung|kurs-verwendungsnachweis --course ID``.

Same conventions as ``cli_commands``: German output, ``Fehler: …`` on stderr with exit 1 (no file written),
exit 2 when the database cannot be opened. A course is named by its Nr. (the id ``course list`` shows).
"""

import argparse
from collections.abc import Callable

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.qualifizierung import KURS_ART_LABELS
from lotsendesk.services.database import Database

TITLE_WIDTH = 42  # characters of the title in ``course list``


def _unknown(db: Database, kurs_id: int) -> str | None:
    """The error text when there is no course ``kurs_id`` (with the hint where to find the numbers)."""
    from lotsendesk.services.kurse import list_courses

    if any(row.id == kurs_id for row in list_courses(db)):
        return None
    return f"Einen Kurs Nr. {kurs_id} gibt es nicht. Die Kurse und ihre Nr. zeigt: lotsendesk course list"


def _with_course(args: argparse.Namespace, work: Callable[[Database], int]) -> int:
    """``cli_commands.with_db`` for a command about course ``args.course``: an unknown Nr. fails before ``work``."""
    from lotsendesk.cli_commands import fail, with_db

    def checked(db: Database) -> int:
        if (error := _unknown(db, args.course)) is not None:
            return fail(error)
        return work(db)

    return with_db(args, checked)


# --- course list ---------------------------------------------------------------------------------------------
def course_list(args: argparse.Namespace) -> int:
    from lotsendesk.cli_commands import with_db
    from lotsendesk.services.kurse import course_deadlines, list_courses, sent_courses

    def work(db: Database) -> int:
        rows = list_courses(db)
        if not rows:
            print("Noch keine Kurse erfasst.")
            return 0
        sent = sent_courses(db)
        due = {f.kurs_id: f.datum for f in course_deadlines(db)}
        table = [("Nr.", "Art", "Titel", "Zeitraum", "UE", "TN/geplant", "Frist VN")]
        for row in rows:
            if row.von is None:
                zeitraum = "noch keine Termine"
            elif row.von == row.bis:
                zeitraum = format_date(row.von)
            else:
                zeitraum = f"{format_date(row.von)} – {format_date(row.bis)}"
            if row.id in sent:
                frist = f"versandt am {format_date(sent[row.id])}"
            else:
                frist = format_date(due.get(row.id)) or "–"
            titel = row.titel if len(row.titel) <= TITLE_WIDTH else row.titel[: TITLE_WIDTH - 1] + "…"
            table.append(
                (
                    str(row.id),
                    KURS_ART_LABELS[row.art],
                    titel,
                    zeitraum,
                    str(row.ue),
                    f"{row.teilnehmende}/{row.geplant}",
                    frist,
                )
            )
        widths = [max(len(line[col]) for line in table) for col in range(len(table[0]))]
        right = {0, 4, 5}  # numbers right-aligned
        for line in table:
            cells = [
                cell.rjust(w) if col in right else cell.ljust(w)
                for col, (cell, w) in enumerate(zip(line, widths, strict=True))
            ]
            print("  ".join(cells).rstrip())
        return 0

    return with_db(args, work)


# --- report teilnehmendenliste -------------------------------------------------------------------------------
def report_teilnehmendenliste(args: argparse.Namespace) -> int:
    from lotsendesk.cli_commands import plural, written
    from lotsendesk.services.kurs_dokumente import kurs_dokument_data, write_teilnehmendenliste

    def work(db: Database) -> int:
        mit_anwesenheit = write_teilnehmendenliste(db, args.course, args.output, False if args.vorlage else None)
        data = kurs_dokument_data(db, args.course)
        mode = "mit Anwesenheit" if mit_anwesenheit else "Vorlage zum Unterschreiben"
        written(
            args.output,
            f"Teilnehmendenliste „{data.titel}“ ({mode}), "
            f"{plural(len(data.teilnehmende), 'Teilnehmende*r', 'Teilnehmende')}, "
            f"{plural(len(data.termine), 'Termin', 'Termine')}.",
        )
        return 0

    return _with_course(args, work)


# --- report teilnahmebescheinigung ---------------------------------------------------------------------------
def report_teilnahmebescheinigung(args: argparse.Namespace) -> int:
    from lotsendesk.cli_commands import fail, plural, written
    from lotsendesk.services.kurs_dokumente import kurs_dokument_data, write_teilnahmebescheinigungen

    def work(db: Database) -> int:
        ids = None
        if args.lotse is not None:
            data = kurs_dokument_data(db, args.course)
            ids = [p.teilnahme_id for p in data.teilnehmende if p.lotse_nr == args.lotse.strip()]
            if not ids:
                return fail(
                    f"Lots*innen-Nr. {args.lotse.strip()} steht nicht auf der Teilnehmendenliste von Kurs "
                    f"Nr. {args.course}."
                )
        count = write_teilnahmebescheinigungen(db, args.course, args.output, ids)
        data = kurs_dokument_data(db, args.course)
        written(
            args.output,
            f"{plural(count, 'Teilnahmebescheinigung', 'Teilnahmebescheinigungen')} für „{data.titel}“.",
        )
        return 0

    return _with_course(args, work)


# --- report kurs-verwendungsnachweis -------------------------------------------------------------------------
def report_kurs_verwendungsnachweis(args: argparse.Namespace) -> int:
    from lotsendesk.cli_commands import euro, plain, write_issued, written
    from lotsendesk.services.kurs_dokumente import (
        issue_kurs_verwendungsnachweis,
        kurs_dokument_data,
        write_kurs_verwendungsnachweis,
    )
    from lotsendesk.services.kurse import get_course, result_text

    def work(db: Database) -> int:
        if args.entwurf:
            data = write_kurs_verwendungsnachweis(db, args.course, args.output, entwurf=True)
            written(
                args.output,
                f"Entwurf des Verwendungsnachweises für „{data.titel}“ – förderfähig {euro(data.foerderfaehig)}, "
                f"{plain(result_text(get_course(db, args.course)))}.",
            )
            return 0
        document, new = issue_kurs_verwendungsnachweis(db, args.course)
        titel = kurs_dokument_data(db, args.course).titel
        write_issued(db, document, new, args.output, f"Verwendungsnachweis für „{titel}“")
        return 0

    return _with_course(args, work)
