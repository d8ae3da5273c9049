"""Auskunft (Art. 15 DSGVO; § 17 KDG, § 19 DSG-EKD): everything LotsenDesk stores about one Lots*in.

``auskunft_data`` collects it as plain JSON-able data – every column of the Lots*in, the roles, Einsätze, payouts,
Freibetragserklärungen, the numbers of the documents issued about them and the Protokoll rows about this person
and their Einsätze, payouts and declarations. ``write_auskunft`` writes it as JSON (for machines) or as a German
PDF for the person (reports/auskunft.py).
"""

import json
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import or_, select

from lotsendesk.db.models import (
    AusgestelltesDokument,
    Auszahlung,
    Einsatz,
    ExterneQualifikation,
    Freibetragserklaerung,
    Kurs,
    KursAnwesenheit,
    KursTeilnahme,
    KursTermin,
    Lotse,
    Protokoll,
    Rollenzuordnung,
    Taetigkeit,
)
from lotsendesk.domain.messages import msg
from lotsendesk.services.aufbewahrung import retention
from lotsendesk.services.database import Database
from lotsendesk.services.errors import ServiceError, write_failed
from lotsendesk.services.traeger import get_logo, get_traeger


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"{len(value)} Bytes"
    return value


def _row(obj: object, skip: tuple[str, ...] = ()) -> dict:
    return {c.key: _plain(getattr(obj, c.key)) for c in obj.__table__.columns if c.key not in skip}  # type: ignore[attr-defined]


def auskunft_data(db: Database, lotse_id: int, today: date | None = None) -> dict:
    today = today or date.today()
    traeger = get_traeger(db)
    info = retention(db, lotse_id, today)
    with db.session() as session:
        lotse = session.get(Lotse, lotse_id)
        if lotse is None:
            raise ServiceError(msg("Diese*n Lots*in gibt es nicht mehr."))
        names = dict(session.execute(select(Taetigkeit.id, Taetigkeit.name)).all())
        einsaetze = session.scalars(select(Einsatz).where(Einsatz.lotse_id == lotse_id).order_by(Einsatz.datum)).all()
        payouts = session.scalars(
            select(Auszahlung).where(Auszahlung.lotse_id == lotse_id).order_by(Auszahlung.bezahlt_am, Auszahlung.id)
        ).all()
        erklaerungen = session.scalars(
            select(Freibetragserklaerung)
            .where(Freibetragserklaerung.lotse_id == lotse_id)
            .order_by(Freibetragserklaerung.jahr)
        ).all()
        payout_ids = [p.id for p in payouts]
        documents = session.scalars(
            select(AusgestelltesDokument)
            .where(AusgestelltesDokument.auszahlung_id.in_(payout_ids))
            .order_by(AusgestelltesDokument.nummer, AusgestelltesDokument.version)
        ).all()
        einsatz_ids = {e.id for e in einsaetze} | set(
            session.scalars(
                select(Protokoll.datensatz_id).where(
                    Protokoll.tabelle == "einsatz",
                    Protokoll.feld == "lotse_id",
                    or_(Protokoll.alt == str(lotse_id), Protokoll.neu == str(lotse_id)),
                )
            )
        )
        erklaerung_ids = {e.id for e in erklaerungen}
        log = session.scalars(
            select(Protokoll)
            .where(
                or_(
                    (Protokoll.tabelle == "lotse") & (Protokoll.datensatz_id == lotse_id),
                    (Protokoll.tabelle == "einsatz") & Protokoll.datensatz_id.in_(einsatz_ids - {None}),
                    (Protokoll.tabelle == "auszahlung") & Protokoll.datensatz_id.in_(payout_ids),
                    (Protokoll.tabelle == "freibetragserklaerung") & Protokoll.datensatz_id.in_(erklaerung_ids),
                )
            )
            .order_by(Protokoll.id)
        ).all()
        kurse = _courses(session, lotse_id)
        extern = session.scalar(select(ExterneQualifikation).where(ExterneQualifikation.lotse_id == lotse_id))
        rollen = session.scalars(
            select(Rollenzuordnung).where(Rollenzuordnung.lotse_id == lotse_id).order_by(Rollenzuordnung.gueltig_ab)
        ).all()
        return {
            "erstellt_am": today.isoformat(),
            "verantwortlicher": {"name": traeger.name, "anschrift": traeger.anschrift},
            "lotse": _row(lotse),
            "rollen": [{"rolle": r.rolle, "gueltig_ab": _plain(r.gueltig_ab)} for r in rollen],
            "einsaetze": [
                {**_row(e), "taetigkeit": names.get(e.taetigkeit_id, "") if e.taetigkeit_id else ""} for e in einsaetze
            ],
            "auszahlungen": [{**_row(p), "beleg_nr": p.beleg_nr} for p in payouts],
            "freibetragserklaerungen": [_row(e) for e in erklaerungen],
            "qualifizierungen": kurse,
            "externe_qualifikation": _row(extern, skip=("id", "lotse_id")) if extern else None,
            "ausgestellte_dokumente": [_row(d, skip=("daten", "pdf")) for d in documents],
            "protokoll": [_row(p) for p in log],
            "aufbewahrung": {
                "bis": _plain(info.bis),
                "offene_foerderjahre": list(info.offen),
                "gruende": [str(g) for g in info.gruende],
            },
        }


def _courses(session, lotse_id: int) -> list[dict]:
    """The courses the person is on: title, kind, the days attended and the certificate (no other participants)."""
    result = []
    for teilnahme, kurs in session.execute(
        select(KursTeilnahme, Kurs).join(Kurs).where(KursTeilnahme.lotse_id == lotse_id).order_by(Kurs.id)
    ):
        days = session.scalars(
            select(KursTermin.datum)
            .join(KursAnwesenheit, KursAnwesenheit.termin_id == KursTermin.id)
            .where(KursAnwesenheit.teilnahme_id == teilnahme.id)
            .order_by(KursTermin.datum)
        ).all()
        result.append(
            {
                "kurs": kurs.titel,
                "art": kurs.art,
                "anwesend_an": [_plain(d) for d in days],
                "zertifikat_am": _plain(teilnahme.zertifikat_am),
            }
        )
    return result


def write_auskunft(db: Database, lotse_id: int, path: Path, today: date | None = None) -> None:
    """The Auskunft as ``.json`` or (any other suffix) as a PDF."""
    data = auskunft_data(db, lotse_id, today)
    try:
        if path.suffix.lower() == ".json":
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        else:
            from lotsendesk.reports.auskunft import build_auskunft

            build_auskunft(path, data, logo=get_logo(db))
    except OSError as error:
        raise write_failed(path, error) from error
