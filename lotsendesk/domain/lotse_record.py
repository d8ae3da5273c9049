"""A Lots*in's master data and the checks it must pass before it is stored."""

import re
from dataclasses import dataclass, replace
from datetime import date

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.iban import validate_iban
from lotsendesk.domain.messages import msg
from lotsendesk.domain.people import Rolle, Status

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class RolleAb:
    """``rolle`` applies from ``ab`` (None: from the beginning) until the next entry."""

    rolle: Rolle
    ab: date | None = None


@dataclass(frozen=True)
class LotseData:
    nr: str
    nachname: str
    vorname: str = ""
    rollen: tuple[RolleAb, ...] = (RolleAb(Rolle.LOTSIN),)
    qualifiziert_am: date | None = None
    eintritt: date | None = None
    austritt: date | None = None
    email: str = ""
    telefon: str = ""
    anschrift: str = ""
    iban: str = ""
    sprachen: str = ""
    notizen: str = ""
    status: Status = Status.AKTIV


def rolle_am(rollen: tuple[RolleAb, ...], tag: date) -> Rolle:
    """The role that applies on ``tag``: the latest entry starting on or before it."""
    current = rollen[0].rolle if rollen else Rolle.LOTSIN
    for entry in sorted(rollen, key=lambda r: r.ab or date.min):
        if entry.ab is None or entry.ab <= tag:
            current = entry.rolle
    return current


def normalized(data: LotseData) -> LotseData:
    """Trimmed texts, compact IBAN, role history sorted by date with one entry per date."""
    # Undated entries are all kept (not merged like dated ones): a second one is a role switch whose date
    # was forgotten, and check_lotse must report it instead of it silently replacing the first role.
    undated: list[RolleAb] = []
    by_date: dict[date, RolleAb] = {}
    for entry in data.rollen:
        if entry.ab is None:
            if entry not in undated:
                undated.append(entry)
        else:
            by_date[entry.ab] = entry
    rollen = (*undated, *sorted(by_date.values(), key=lambda r: r.ab)) or (RolleAb(Rolle.LOTSIN),)
    return replace(
        data,
        nr=data.nr.strip(),
        nachname=data.nachname.strip(),
        vorname=data.vorname.strip(),
        email=data.email.strip(),
        telefon=data.telefon.strip(),
        anschrift=data.anschrift.strip(),
        iban="".join(data.iban.split()).upper(),
        sprachen=data.sprachen.strip(),
        notizen=data.notizen.strip(),
        rollen=rollen,
    )


def check_lotse(data: LotseData) -> list[ValidationError]:
    """Every reason the record cannot be stored (empty: fine). Expects ``normalized`` data."""
    errors: list[ValidationError] = []
    if not data.nr:
        errors.append(ValidationError(msg("Bitte eine Nr. angeben."), "nr"))
    elif len(data.nr) > 32:
        errors.append(ValidationError(msg("Die Nr. darf höchstens 32 Zeichen lang sein."), "nr"))
    if not data.nachname:
        errors.append(ValidationError(msg("Bitte den Nachnamen angeben."), "nachname"))
    if data.eintritt and data.austritt and data.austritt < data.eintritt:
        errors.append(
            ValidationError(
                msg("Der Austritt liegt vor dem Eintritt am {eintritt}.", eintritt=format_date(data.eintritt)),
                "austritt",
            )
        )
    if data.email and not _EMAIL.match(data.email):
        errors.append(ValidationError(msg("„{email}“ ist keine E-Mail-Adresse.", email=data.email), "email"))
    if data.iban:
        try:
            validate_iban(data.iban)
        except ValidationError as error:
            errors.append(error)
    if len(data.rollen) > 1 and any(r.ab is None for r in data.rollen[1:]):
        errors.append(ValidationError(msg("Jeder Rollenwechsel braucht ein Datum „ab“."), "rollen"))
    return errors
