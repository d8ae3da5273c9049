"""The first start: is this database still empty, and setting it up with the Träger and the first Förderjahr.

Used by the first-start assistant (ui/erststart_wizard.py). Setting up writes all or nothing: both parts are
checked before anything is stored, and should storing the Träger fail after the year was added, the year is
removed again – a cancelled or failed setup leaves the database empty, so the assistant is offered again.
"""

from sqlalchemy import func, select

from lotsendesk.db.models import Foerderjahr, Lotse
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import msg
from lotsendesk.services.database import Database
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.foerderjahre import FoerderjahrData, add_year, delete_year
from lotsendesk.services.traeger import TraegerData, check_traeger, get_traeger, set_traeger


def is_new_database(db: Database) -> bool:
    """No Träger name, no Förderjahr and no Lots*in: a database nobody has started to fill."""
    if get_traeger(db).name:
        return False
    with db.session() as session:
        if session.scalar(select(func.count(Foerderjahr.id))):
            return False
        return not session.scalar(select(func.count(Lotse.id)))


def einrichten(db: Database, traeger: TraegerData, jahr: FoerderjahrData) -> None:
    """Store the Träger and the first Förderjahr of a new database, all or nothing. InputErrors (by field:
    the Träger's fields, or ``jahr``/``bewilligt_einsatz``/… of the year) when something is missing or wrong;
    ServiceError when the database is not new any more."""
    traeger = check_traeger(traeger)
    if not traeger.name:
        raise InputErrors([ValidationError(msg("Bitte den Namen des Trägers angeben."), "name")])
    if not is_new_database(db):
        raise ServiceError(
            msg("In dieser Datenbank ist inzwischen etwas eingetragen; der Assistent hat nichts gespeichert.")
        )
    add_year(db, jahr)  # checks the year first: refused, nothing is stored
    try:
        set_traeger(db, traeger)
    except Exception:
        delete_year(db, jahr.jahr)
        raise
