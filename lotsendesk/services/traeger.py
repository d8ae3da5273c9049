"""The few facts about the Träger (the project's organisation) that the rules need, kept in the ``meta`` table
under keys ``traeger.*``: its name, Rechtsform, whether it is gemeinnützig and, for a Kommune, its Einwohner.

The Koordinierungspauschale is only for gemeinnützige Träger or Kommunen under 50.000 Einwohner*innen
(domain.md §1.3).
"""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lotsendesk.db.models import Meta
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import msg
from lotsendesk.services.database import Database
from lotsendesk.services.errors import InputErrors

RECHTSFORMEN = ("verein", "kirchengemeinde", "kommune", "sonstige")
RECHTSFORM_LABELS = {
    "verein": "Verein",
    "kirchengemeinde": "Kirchengemeinde",
    "kommune": "Kommune",
    "sonstige": "sonstiger Träger",
}
KOMMUNE_EINWOHNER_GRENZE = 50_000  # Koordinierungspauschale: Kommunen with fewer Einwohner*innen [S8]

_PREFIX = "traeger."
_KEYS = ("name", "rechtsform", "gemeinnuetzig", "einwohner")


@dataclass(frozen=True)
class TraegerData:
    name: str = ""
    rechtsform: str = "verein"  # one of RECHTSFORMEN
    gemeinnuetzig: bool = True
    einwohner: int = 0  # only for a Kommune


def koordinierung_eligible(data: TraegerData) -> bool:
    """May the Träger receive the Koordinierungspauschale: gemeinnützig, or a Kommune under 50.000 Einwohner."""
    if data.gemeinnuetzig:
        return True
    return data.rechtsform == "kommune" and data.einwohner < KOMMUNE_EINWOHNER_GRENZE


def get_traeger(db: Database) -> TraegerData:
    with db.session() as session:
        return _read(session)


def set_traeger(db: Database, data: TraegerData) -> TraegerData:
    """Store the Träger facts; returns the previous ones (for undo)."""
    data = TraegerData(data.name.strip(), data.rechtsform, bool(data.gemeinnuetzig), data.einwohner)
    errors = []
    if data.rechtsform not in RECHTSFORMEN:
        errors.append(
            ValidationError(msg("Bitte Verein, Kirchengemeinde, Kommune oder sonstiger Träger wählen."), "rechtsform")
        )
    if data.einwohner < 0:
        errors.append(ValidationError(msg("Die Einwohnerzahl kann nicht negativ sein."), "einwohner"))
    if errors:
        raise InputErrors(errors)
    values = {
        "name": data.name,
        "rechtsform": data.rechtsform,
        "gemeinnuetzig": "1" if data.gemeinnuetzig else "0",
        "einwohner": str(data.einwohner),
    }
    with db.session() as session:
        before = _read(session)
        for key, value in values.items():
            row = session.get(Meta, _PREFIX + key)
            if row is None:
                session.add(Meta(key=_PREFIX + key, value=value))
            else:
                row.value = value
        return before


def _read(session: Session) -> TraegerData:
    query = select(Meta.key, Meta.value).where(Meta.key.in_([_PREFIX + k for k in _KEYS]))
    stored: dict[str, str] = {key: value for key, value in session.execute(query)}
    default = TraegerData()
    rechtsform = stored.get(_PREFIX + "rechtsform", default.rechtsform)
    gemeinnuetzig = stored.get(_PREFIX + "gemeinnuetzig")
    try:
        einwohner = int(stored.get(_PREFIX + "einwohner", "0") or "0")
    except ValueError:
        einwohner = default.einwohner
    return TraegerData(
        name=stored.get(_PREFIX + "name", default.name),
        rechtsform=rechtsform if rechtsform in RECHTSFORMEN else default.rechtsform,
        gemeinnuetzig=default.gemeinnuetzig if gemeinnuetzig is None else gemeinnuetzig == "1",
        einwohner=max(einwohner, 0),
    )
