"""The facts about the Träger (the project's organisation), kept in the ``meta`` table under keys ``traeger.*``:
its name, Rechtsform, whether it is gemeinnützig and, for a Kommune, its Einwohner (the rules need these), its
address, Ort and up to two vertretungsberechtigte Personen (the documents' letterhead and signature blocks), the
project account, Vereinsregister, Finanzamt/Steuernummer and the date of the Freistellungsbescheid – and the logo
printed at the top right of every document (``traeger.logo``: PNG bytes, base64, so it travels with every
Sicherung; kept apart from ``TraegerData``, which is copied into every issued Quittung's snapshot).

The Koordinierungspauschale is only for gemeinnützige Träger or Kommunen under 50.000 Einwohner*innen
(domain.md §1.3).
"""

import base64
import binascii
import re
from dataclasses import dataclass, fields, replace
from datetime import date

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
# Steuernummer, loosely: 10 to 13 digits, grouped by blanks or slashes as the Länder print them
# (Hessen "035 250 12345", "035/250/12345", ELSTER's 13 digits "2635025012345").
_STEUERNUMMER = re.compile(r"\d[\d /]*\d")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_LOGO_BYTES = 1_000_000  # the UI scales a logo far below this; a guard against storing a photo
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
    "registergericht",
    "registernummer",
    "finanzamt",
    "steuernummer",
)
_KEYS = ("name", "rechtsform", "gemeinnuetzig", "einwohner", *_TEXT_KEYS, "freistellungsbescheid")
_LOGO_KEY = _PREFIX + "logo"


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
    registergericht: str = ""  # Vereinsregister: "Amtsgericht Offenbach am Main"
    registernummer: str = ""  # "VR 1234"
    finanzamt: str = ""  # that issued the Freistellungsbescheid
    steuernummer: str = ""  # as the Finanzamt writes it, e.g. "035 250 12345"
    freistellungsbescheid: date | None = None  # date of the latest Freistellungsbescheid (§ 3 Nr. 26/26a EStG)

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


def get_logo(db: Database) -> bytes:
    """The Träger's logo as PNG bytes; empty when none is set (or the stored value is unreadable)."""
    with db.session() as session:
        return _read_logo(session)


def check_traeger(data: TraegerData) -> TraegerData:
    """``data`` tidied (texts stripped, IBAN/BIC compact); InputErrors with a message per bad field."""
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
    steuernummer = " ".join(data.steuernummer.split())
    digits = sum(ch.isdigit() for ch in steuernummer)
    if steuernummer and not (_STEUERNUMMER.fullmatch(steuernummer) and 10 <= digits <= 13):
        errors.append(
            ValidationError(
                msg(
                    "„{nummer}“ sieht nicht wie eine Steuernummer aus: 10 bis 13 Ziffern, z. B. 035 250 12345.",
                    nummer=data.steuernummer,
                ),
                "steuernummer",
            )
        )
    data = replace(data, steuernummer=steuernummer)
    if errors:
        raise InputErrors(errors)
    return data


def check_logo(png: bytes) -> None:
    """InputErrors unless ``png`` is a PNG image of reasonable size (the UI converts and scales every logo)."""
    if not png.startswith(PNG_SIGNATURE):
        raise InputErrors([ValidationError(msg("Das Logo muss als PNG-Bild gespeichert werden."), "logo")])
    if len(png) > MAX_LOGO_BYTES:
        raise InputErrors(
            [ValidationError(msg("Das Logo ist zu groß (höchstens 1 MB). Bitte ein kleineres Bild wählen."), "logo")]
        )


def set_traeger(db: Database, data: TraegerData, logo: bytes | None = None) -> TraegerData:
    """Store the Träger facts and, unless ``logo`` is None, the logo (PNG bytes; ``b""`` removes it) in one
    transaction; returns the previous facts (for undo; the previous logo: ``get_logo`` before)."""
    data = check_traeger(data)
    if logo:
        check_logo(logo)
    with db.session() as session:
        before = _read(session)
        write_traeger(session, data)
        if logo is not None:
            _write(session, _LOGO_KEY, base64.b64encode(logo).decode("ascii"))
        return before


def write_traeger(session: Session, data: TraegerData) -> None:
    """Write checked facts (``check_traeger``) into ``session``'s transaction."""
    values = {
        "name": data.name,
        "rechtsform": data.rechtsform,
        "gemeinnuetzig": "1" if data.gemeinnuetzig else "0",
        "einwohner": str(data.einwohner),
        **{key: getattr(data, key) for key in _TEXT_KEYS},
        "freistellungsbescheid": data.freistellungsbescheid.isoformat() if data.freistellungsbescheid else "",
    }
    for key, value in values.items():
        _write(session, _PREFIX + key, value)


def _write(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        if value:  # an empty key not yet stored reads as empty anyway: no "angelegt: leer" in the Protokoll
            session.add(Meta(key=key, value=value))
    else:
        row.value = value


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
    try:
        freistellung: date | None = date.fromisoformat(stored.get(_PREFIX + "freistellungsbescheid", ""))
    except ValueError:
        freistellung = None
    return TraegerData(
        name=stored.get(_PREFIX + "name", default.name),
        rechtsform=rechtsform if rechtsform in RECHTSFORMEN else default.rechtsform,
        gemeinnuetzig=default.gemeinnuetzig if gemeinnuetzig is None else gemeinnuetzig == "1",
        einwohner=max(einwohner, 0),
        **{key: stored.get(_PREFIX + key, "") for key in _TEXT_KEYS},
        freistellungsbescheid=freistellung,
    )


def _read_logo(session: Session) -> bytes:
    row = session.get(Meta, _LOGO_KEY)
    if row is None or not row.value:
        return b""
    try:
        png = base64.b64decode(row.value, validate=True)
    except (binascii.Error, ValueError):
        return b""
    return png if png.startswith(PNG_SIGNATURE) else b""
