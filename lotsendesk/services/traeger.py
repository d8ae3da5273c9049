"""The facts about the Träger (the project's organisation), kept in the ``meta`` table under keys ``traeger.*``:
its name, Rechtsform, whether it is gemeinnützig and, for a Kommune, its Einwohner (the rules need these), and
its address, Ort and up to two vertretungsberechtigte Personen (the documents' letterhead and signature blocks).

The Koordinierungspauschale is only for gemeinnützige Träger or Kommunen under 50.000 Einwohner*innen
(domain.md §1.3).
"""

import re
from dataclasses import dataclass, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from lotsendesk.db.models import Meta
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.iban import validate_iban
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
_BIC = re.compile(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")
KOMMUNE_EINWOHNER_GRENZE = 50_000  # Koordinierungspauschale: Kommunen with fewer Einwohner*innen [S8]

_PREFIX = "traeger."
_TEXT_KEYS = (
    "anschrift",
    "ort",
    "vertreter1_name",
    "vertreter1_funktion",
    "vertreter2_name",
    "vertreter2_funktion",
    "konto_inhaber",
    "iban",
    "bic",
)
_KEYS = ("name", "rechtsform", "gemeinnuetzig", "einwohner", *_TEXT_KEYS)


@dataclass(frozen=True)
class TraegerData:
    name: str = ""
    rechtsform: str = "verein"  # one of RECHTSFORMEN
    gemeinnuetzig: bool = True
    einwohner: int = 0  # only for a Kommune
    anschrift: str = ""  # Straße, PLZ Ort; may span lines
    ort: str = ""  # the place in "Ort, Datum" of signature blocks, e.g. "Offenbach am Main"
    vertreter1_name: str = ""  # vertretungsberechtigte Personen: printed under the signature lines
    vertreter1_funktion: str = ""
    vertreter2_name: str = ""
    vertreter2_funktion: str = ""
    konto_inhaber: str = ""  # the project account for SEPA transfers; empty: the Träger's name
    iban: str = ""  # compact
    bic: str = ""  # optional since SEPA needs none within the EU

    def vertreter(self) -> list[tuple[str, str]]:
        """(name, funktion) of each vertretungsberechtigte Person that is set, in order; at most two."""
        pairs = [(self.vertreter1_name, self.vertreter1_funktion), (self.vertreter2_name, self.vertreter2_funktion)]
        return [(name, funktion) for name, funktion in pairs if name or funktion]


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
    texts = {
        f.name: getattr(data, f.name).strip() for f in fields(TraegerData) if isinstance(getattr(data, f.name), str)
    }
    data = replace(data, **texts, gemeinnuetzig=bool(data.gemeinnuetzig))
    errors = []
    if data.rechtsform not in RECHTSFORMEN:
        errors.append(
            ValidationError(msg("Bitte Verein, Kirchengemeinde, Kommune oder sonstiger Träger wählen."), "rechtsform")
        )
    if data.einwohner < 0:
        errors.append(ValidationError(msg("Die Einwohnerzahl kann nicht negativ sein."), "einwohner"))
    try:
        data = replace(data, iban=validate_iban(data.iban))
    except ValidationError as error:
        errors.append(error)
    bic = data.bic.replace(" ", "").upper()
    if bic and not _BIC.fullmatch(bic):
        errors.append(
            ValidationError(msg("„{bic}“ ist keine BIC (8 oder 11 Zeichen, z. B. HELADEF1OFF).", bic=data.bic), "bic")
        )
    data = replace(data, bic=bic)
    if errors:
        raise InputErrors(errors)
    values = {
        "name": data.name,
        "rechtsform": data.rechtsform,
        "gemeinnuetzig": "1" if data.gemeinnuetzig else "0",
        "einwohner": str(data.einwohner),
        **{key: getattr(data, key) for key in _TEXT_KEYS},
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
        **{key: stored.get(_PREFIX + key, "") for key in _TEXT_KEYS},
    )
