"""``lotsendesk lotse auskunft|faellig|anonymisieren``: data protection from the command line.

Same conventions as ``cli_commands``: German output, ``Fehler: …`` on stderr with exit 1, exit 2 when the
database cannot be opened. ``anonymisieren`` shows what it will do and asks ``Anonymisieren? [j/N]`` unless
``--yes`` is given.
"""

import argparse
from datetime import date

from sqlalchemy import select

from lotsendesk.db.models import Lotse
from lotsendesk.domain.formatting import format_date
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError


def _lotse_id(db: Database, nr: str) -> int:
    with db.session() as session:
        lotse_id = session.scalar(select(Lotse.id).where(Lotse.nr == nr.strip()))
    if lotse_id is None:
        raise ServiceError(f"Keine*n Lots*in mit der Nr. „{nr}“ gefunden.")
    return lotse_id


def auskunft(args: argparse.Namespace) -> int:
    """``lotse auskunft --lotse NR -o FILE.pdf|FILE.json``."""
    from lotsendesk.cli_commands import with_db
    from lotsendesk.services.auskunft import write_auskunft

    def work(db: Database) -> int:
        write_auskunft(db, _lotse_id(db, args.lotse), args.output)
        print(f"Auskunft für Lots*in {args.lotse} nach „{args.output}“ geschrieben.")
        return 0

    return with_db(args, work)


def faellig(args: argparse.Namespace) -> int:
    """``lotse faellig``: departed Lots*innen whose retention has passed."""
    from lotsendesk.cli_commands import with_db
    from lotsendesk.services.aufbewahrung import due_for_deletion

    def work(db: Database) -> int:
        due = due_for_deletion(db, date.today())
        if not due:
            print("Niemand ist zur Löschung fällig.")
            return 0
        print("Zur Löschung fällig (mit „lotse anonymisieren --lotse NR“):")
        for item in due:
            kept = f"Aufbewahrung bis {format_date(item.bis)}" if item.bis else "keine Aufbewahrungspflicht"
            austritt = f"Austritt {format_date(item.austritt)}" if item.austritt else "ausgeschieden"
            print(f"  {item.nr:>5}  {item.name}  ({austritt}; {kept})")
        return 0

    return with_db(args, work)


def anonymisieren(args: argparse.Namespace) -> int:
    """``lotse anonymisieren --lotse NR [--yes]``."""
    from lotsendesk.cli_commands import with_db
    from lotsendesk.services.aufbewahrung import anonymise, anonymise_refusal, retention

    def work(db: Database) -> int:
        lotse_id = _lotse_id(db, args.lotse)
        today = date.today()
        info = retention(db, lotse_id, today)
        refusal = anonymise_refusal(info, today)
        if refusal is not None:
            raise ServiceError(refusal)
        if not args.yes:
            print(
                f"Lots*in {info.nr} ({info.name}): Name, Kontaktdaten, IBAN, Anschrift, Sprachen, Notizen und die "
                "Bemerkungen der Einsätze werden endgültig entfernt; Einsätze und Auszahlungen bleiben mit ihren "
                "Zahlen."
            )
            if input("Anonymisieren? [j/N] ").strip().lower() not in ("j", "ja", "y", "yes"):
                print("Nichts geändert.")
                return 1
        anonymise(db, lotse_id, today)
        print(f"Lots*in {info.nr} ist anonymisiert.")
        return 0

    return with_db(args, work)
