"""The documents of a course (Qualifizierung): the Teilnehmendenliste (Anlage zu Formblatt 2 C), the
Teilnahmebescheinigungen/Zertifikate and the course's Verwendungsnachweis (domain.md §1.4, D3, D6, D15).

``kurs_dokument_data`` gathers what the documents print (``reports.kurs_daten.KursDokData``) from the course
service; the ``write_*`` functions write a PDF atomically (a German ServiceError when the file cannot be
written, nothing written when the course is unknown). The Verwendungsnachweis is issued like the one of a
Förderjahr: ``issue_kurs_verwendungsnachweis`` stores a new "Fassung" (PDF, SHA-256, data as JSON) only when the
data changed; ``dokumente.mark_sent`` notes the day it was sent.

Data protection: of a participant only Nr., Name, Vorname, the town of the address and the attendance are used;
Notizen of people and of the course are never read into the documents.
"""

import re
from datetime import date
from pathlib import Path

from sqlalchemy import select

from lotsendesk.db.models import Foerderjahr
from lotsendesk.domain import qualifizierung as q
from lotsendesk.domain.dates import format_date
from lotsendesk.domain.messages import msg
from lotsendesk.reports.kurs_daten import KursBeleg, KursDokData, KursPerson, KursTerminInfo
from lotsendesk.services import kurse
from lotsendesk.services.database import Database
from lotsendesk.services.dokumente import IssuedDocument, data_json, issue_version, issued_versions
from lotsendesk.services.errors import ServiceError, write_or_fail
from lotsendesk.services.traeger import get_logo, get_traeger

__all__ = [
    "issue_kurs_verwendungsnachweis",
    "kurs_data_json",
    "kurs_dokument_data",
    "kurs_verwendungsnachweise",
    "wohnort",
    "write_kurs_verwendungsnachweis",
    "write_teilnahmebescheinigungen",
    "write_teilnehmendenliste",
]

# "60311 Frankfurt am Main", "D-60311 Frankfurt", "1010 Wien": a postcode, then the town
_POSTCODE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}\s+(?P<ort>.+)$")


def wohnort(anschrift: str) -> str:
    """The town of an address – the last line's words after the postcode (``Hauptstr. 1\\n60311 Frankfurt am
    Main`` → ``Frankfurt am Main``); a last line without digits counts as the town; otherwise ``""`` (a street is
    never printed)."""
    lines = [line.strip() for line in (anschrift or "").splitlines() if line.strip()]
    if not lines:
        return ""
    last = lines[-1].split(",")[-1].strip()  # "Hauptstr. 1, 60311 Frankfurt" on one line
    match = _POSTCODE_TOWN.match(last)
    if match:
        return match.group("ort").strip()
    return last if not any(ch.isdigit() for ch in last) else ""


# --- the data ------------------------------------------------------------------------------------------------
def kurs_dokument_data(db: Database, kurs_id: int, today: date | None = None) -> KursDokData:
    """Everything the course's documents print; ServiceError when there is no such course."""
    detail = kurse.get_course(db, kurs_id, today)
    traeger = get_traeger(db)
    aktenzeichen, nebenbestimmungen = "", ""
    if detail.data.foerderjahr is not None:
        with db.session() as session:
            year = session.scalar(select(Foerderjahr).where(Foerderjahr.jahr == detail.data.foerderjahr))
            if year is not None:
                aktenzeichen, nebenbestimmungen = year.aktenzeichen, year.nebenbestimmungen
    termine = tuple(
        KursTerminInfo(nr, t.data.datum, t.data.beginn, t.data.ende, t.data.ue, t.data.thema)
        for nr, t in enumerate(detail.termine, start=1)
    )
    termin_ids = [t.id for t in detail.termine]
    people = tuple(
        KursPerson(
            teilnahme_id=p.id,
            lotse_nr=p.nr,
            nachname=p.nachname,
            vorname=p.vorname,
            wohnort=wohnort(p.anschrift),
            anwesend=tuple(termin_id in p.anwesend for termin_id in termin_ids),
            ue_besucht=p.ue_besucht,
            prozent=p.prozent,
            ausreichend=p.ausreichend,
            zertifikat_am=p.zertifikat_am,
        )
        for p in detail.teilnehmende
    )
    kosten = tuple(
        KursBeleg(
            beleg_nr=k.beleg_nr,
            datum=k.data.datum,
            empfaenger=k.data.empfaenger,
            grund=k.data.beschreibung,
            kategorie=q.KATEGORIE_LABELS[q.Kategorie(k.data.kategorie)],
            foerderfaehig=k.data.foerderfaehig,
            betrag=k.data.betrag,
        )
        for k in sorted(detail.kosten, key=lambda k: (k.data.datum, k.beleg_nr))
    )
    data = detail.data
    return KursDokData(
        kurs_id=detail.id,
        art=q.KursArt(data.art).value,
        art_label=q.KURS_ART_LABELS[q.KursArt(data.art)],
        titel=data.titel,
        traeger_name=traeger.name,
        traeger_anschrift=traeger.anschrift,
        traeger_ort=traeger.ort,
        vertreter=tuple(traeger.vertreter()),
        veranstalter=data.veranstalter if data.extern else "",
        ort=data.ort,
        online=data.online,
        referenten=data.referenten,
        termine=termine,
        teilnehmende=people,
        geplant=data.geplante_teilnehmende,
        teilnehmende_ist=detail.teilnehmende_ist,
        satz_ue=data.satz_ue,
        mindestanwesenheit=data.mindestanwesenheit,
        foerderjahr=data.foerderjahr,
        aktenzeichen=aktenzeichen,
        nebenbestimmungen=nebenbestimmungen,
        bewilligt=data.bewilligt,
        erhalten=data.erhalten,
        erhalten_am=data.erhalten_am,
        frist=detail.frist,
        kosten=kosten,
        kosten_gesamt=detail.split.gesamt,
        foerderfaehige_kosten=detail.split.foerderfaehig_kosten,
        hoechstbetrag=detail.split.hoechstbetrag,
        foerderfaehig=detail.split.foerderfaehig,
        nicht_foerderfaehig=detail.split.nicht_foerderfaehig,
        ergebnis=detail.ergebnis,
        sachbericht=data.sachbericht,
    )


def kurs_data_json(data: KursDokData) -> str:
    """Canonical JSON of ``data`` (``dokumente.data_json``): equal data, equal text."""
    return data_json(data)


# --- Teilnehmendenliste --------------------------------------------------------------------------------------
def write_teilnehmendenliste(
    db: Database, kurs_id: int, path: Path, mit_anwesenheit: bool | None = None, today: date | None = None
) -> bool:
    """Write the Teilnehmendenliste: with the attendance (``True``) or as the Vorlage with empty signature fields
    (``False``); ``None`` chooses: with attendance once any is ticked. Returns whether the attendance is shown."""
    from lotsendesk.reports.teilnehmendenliste import build_teilnehmendenliste

    data = kurs_dokument_data(db, kurs_id, today)
    if mit_anwesenheit is None:
        mit_anwesenheit = data.attendance_recorded
    logo = get_logo(db)
    write_or_fail(path, lambda: build_teilnehmendenliste(data, path, mit_anwesenheit, created=today, logo=logo))
    return mit_anwesenheit


# --- Teilnahmebescheinigungen --------------------------------------------------------------------------------
def certificate_people(data: KursDokData, teilnahme_ids: list[int] | None = None) -> list[KursPerson]:
    """The participants who get a Teilnahmebescheinigung: everyone who reached the attendance threshold, or those
    of ``teilnahme_ids`` (each must be on the list and have reached it). ServiceError when nobody qualifies."""
    if teilnahme_ids is None:
        people = [p for p in data.teilnehmende if p.ausreichend]
        if not people:
            raise ServiceError(
                msg(
                    "Niemand hat bisher mindestens {schwelle} % der UE besucht; es gibt noch keine "
                    "Teilnahmebescheinigung.",
                    schwelle=str(data.mindestanwesenheit),
                )
            )
        return people
    by_id = {p.teilnahme_id: p for p in data.teilnehmende}
    unknown = [i for i in teilnahme_ids if i not in by_id]
    if unknown:
        raise ServiceError(msg("Diese Person steht nicht (mehr) auf der Teilnehmendenliste dieses Kurses."))
    chosen = [by_id[i] for i in dict.fromkeys(teilnahme_ids)]
    short = [p for p in chosen if not p.ausreichend]
    if short:
        raise ServiceError(
            msg(
                "Keine Teilnahmebescheinigung für {namen}: weniger als {schwelle} % der UE besucht.",
                namen=", ".join(p.name for p in short),
                schwelle=str(data.mindestanwesenheit),
            )
        )
    if not chosen:
        raise ServiceError(msg("Bitte mindestens eine Person auswählen."))
    return chosen


def write_teilnahmebescheinigungen(
    db: Database, kurs_id: int, path: Path, teilnahme_ids: list[int] | None = None, today: date | None = None
) -> int:
    """Write one Teilnahmebescheinigung (Zertifikat for a Basisqualifizierung with the certificate issued) per
    participant who reached the attendance threshold – all of them or those of ``teilnahme_ids``. Returns how
    many pages were written."""
    from lotsendesk.reports.teilnahmebescheinigung import build_teilnahmebescheinigungen

    data = kurs_dokument_data(db, kurs_id, today)
    people = certificate_people(data, teilnahme_ids)
    logo = get_logo(db)
    write_or_fail(path, lambda: build_teilnahmebescheinigungen(data, people, path, created=today, logo=logo))
    return len(people)


# --- Verwendungsnachweis -------------------------------------------------------------------------------------
def write_kurs_verwendungsnachweis(
    db: Database, kurs_id: int, path: Path, entwurf: bool = True, today: date | None = None
) -> KursDokData:
    """Write the course's Verwendungsnachweis as it would be issued now (``entwurf``: with the ENTWURF mark, for
    checking); returns the data it shows. The issued version is ``issue_kurs_verwendungsnachweis``."""
    from lotsendesk.reports.kurs_verwendungsnachweis import build_kurs_verwendungsnachweis

    data = kurs_dokument_data(db, kurs_id, today)
    logo = get_logo(db)
    write_or_fail(path, lambda: build_kurs_verwendungsnachweis(data, path, entwurf=entwurf, created=today, logo=logo))
    return data


def issue_kurs_verwendungsnachweis(
    db: Database, kurs_id: int, today: date | None = None
) -> tuple[IssuedDocument, bool]:
    """Issue the course's Verwendungsnachweis: a new Fassung when none was issued or a figure or text changed
    since the newest one, else that one. Refused before the last Termin (a draft is always possible).
    Returns (document, is_new)."""
    from lotsendesk.reports.kurs_verwendungsnachweis import build_kurs_verwendungsnachweis

    today = today or date.today()
    data = kurs_dokument_data(db, kurs_id, today)
    if data.bis is None:
        raise ServiceError(msg("Der Kurs hat noch keine Termine; den Verwendungsnachweis gibt es erst nach dem Kurs."))
    if data.bis > today:
        raise ServiceError(
            msg(
                "Der Kurs endet erst am {datum}; den Verwendungsnachweis bitte danach ausstellen "
                "(ein Entwurf ist jederzeit möglich).",
                datum=format_date(data.bis),
            )
        )
    year_id = None
    if data.foerderjahr is not None:
        with db.session() as session:
            year_id = session.scalar(select(Foerderjahr.id).where(Foerderjahr.jahr == data.foerderjahr))
    logo = get_logo(db)
    return issue_version(
        db,
        kurse.VN_ART,
        str(kurs_id),
        kurs_data_json(data),
        lambda target: build_kurs_verwendungsnachweis(data, target, entwurf=False, created=today, logo=logo),
        today,
        foerderjahr_id=year_id,
    )


def kurs_verwendungsnachweise(db: Database, kurs_id: int) -> list[IssuedDocument]:
    """The issued Fassungen of the course's Verwendungsnachweis, newest first."""
    return issued_versions(db, kurse.VN_ART, str(kurs_id))
