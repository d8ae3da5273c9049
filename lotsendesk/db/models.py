"""The tables. Money would be Numeric/Decimal; durations are integer minutes – nowhere a float."""

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/value facts about the file itself (which LotsenDesk wrote it last, …)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Lotse(Base):
    __tablename__ = "lotse"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nr: Mapped[str] = mapped_column(String(32), unique=True)
    nachname: Mapped[str] = mapped_column(String(120))
    vorname: Mapped[str] = mapped_column(String(120), default="")
    qualifiziert_am: Mapped[date | None] = mapped_column(Date)
    eintritt: Mapped[date | None] = mapped_column(Date)
    austritt: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str] = mapped_column(String(200), default="")
    telefon: Mapped[str] = mapped_column(String(60), default="")
    anschrift: Mapped[str] = mapped_column(Text, default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    sprachen: Mapped[str] = mapped_column(String(300), default="")
    notizen: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="aktiv")

    rollen: Mapped[list["Rollenzuordnung"]] = relationship(
        back_populates="lotse", cascade="all, delete-orphan", order_by="Rollenzuordnung.gueltig_ab"
    )


class Rollenzuordnung(Base):
    """Role history: each row says which role applies from ``gueltig_ab`` (None = from the start)."""

    __tablename__ = "rollenzuordnung"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lotse_id: Mapped[int] = mapped_column(ForeignKey("lotse.id", ondelete="CASCADE"), index=True)
    rolle: Mapped[str] = mapped_column(String(20))
    gueltig_ab: Mapped[date | None] = mapped_column(Date)

    lotse: Mapped[Lotse] = relationship(back_populates="rollen")


class Taetigkeit(Base):
    """A category of Einsatz (Begleitung Behörde, Schule/Kita, …), editable by the treasurer."""

    __tablename__ = "taetigkeit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ImportRecord(Base):
    """A file imported once; its content hash refuses the same file a second time."""

    __tablename__ = "import_record"
    __table_args__ = (UniqueConstraint("kind", "sha256"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    filename: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    rows: Mapped[int] = mapped_column(Integer, default=0)


class Einsatz(Base):
    __tablename__ = "einsatz"
    __table_args__ = (Index("ix_einsatz_lotse_datum", "lotse_id", "datum"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lotse_id: Mapped[int] = mapped_column(ForeignKey("lotse.id", ondelete="RESTRICT"))
    datum: Mapped[date] = mapped_column(Date, index=True)
    minuten: Mapped[int] = mapped_column(Integer)
    taetigkeit_id: Mapped[int | None] = mapped_column(ForeignKey("taetigkeit.id", ondelete="SET NULL"), index=True)
    bemerkung: Mapped[str] = mapped_column(Text, default="")
    import_id: Mapped[int | None] = mapped_column(ForeignKey("import_record.id", ondelete="SET NULL"))


# --- Förderjahre and payouts (issue 3). Money is stored as whole cents (int): SQLite has no exact decimal type,
# --- and a float must never touch an amount. The services convert to Decimal.


class Foerderjahr(Base):
    """One Zuwendungsbescheid year of the project, with every parameter the rules use."""

    __tablename__ = "foerderjahr"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    jahr: Mapped[int] = mapped_column(Integer, unique=True)
    aktenzeichen: Mapped[str] = mapped_column(String(80), default="")
    bescheid_datum: Mapped[date | None] = mapped_column(Date)
    bewilligung_von: Mapped[date] = mapped_column(Date)
    bewilligung_bis: Mapped[date] = mapped_column(Date)
    bewilligt_einsatz_cent: Mapped[int] = mapped_column(Integer, default=0)
    bewilligt_koordination_cent: Mapped[int] = mapped_column(Integer, default=0)
    bewilligt_quali_cent: Mapped[int] = mapped_column(Integer, default=0)
    nebenbestimmungen: Mapped[str] = mapped_column(String(20), default="ANBest-P")
    satz_cent: Mapped[int] = mapped_column(Integer, default=500)
    cap_lotsin_minuten: Mapped[int] = mapped_column(Integer, default=276 * 60)
    cap_koordinierend_minuten: Mapped[int] = mapped_column(Integer, default=414 * 60)
    woche_lotsin_minuten: Mapped[int] = mapped_column(Integer, default=6 * 60)
    woche_koordinierend_minuten: Mapped[int] = mapped_column(Integer, default=9 * 60)
    cap_methode: Mapped[str] = mapped_column(String(20), default="anteilig")
    erklaerung_bis: Mapped[date | None] = mapped_column(Date)  # None: Bescheid-Datum + 1 Monat
    erklaerung_zurueck_am: Mapped[date | None] = mapped_column(Date)
    verwendungsnachweis_bis: Mapped[date | None] = mapped_column(Date)  # None: 31.03. des Folgejahres
    notizen: Mapped[str] = mapped_column(Text, default="")


class RateEingang(Base):
    """A Rate (Mittelabruf) of the grant received on the project account."""

    __tablename__ = "rate_eingang"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    foerderjahr_id: Mapped[int] = mapped_column(ForeignKey("foerderjahr.id", ondelete="CASCADE"), index=True)
    datum: Mapped[date] = mapped_column(Date)
    betrag_cent: Mapped[int] = mapped_column(Integer)
    notiz: Mapped[str] = mapped_column(Text, default="")


class Auszahlungslauf(Base):
    """One payout run: everything claimable up to ``bis`` paid on ``bezahlt_am``."""

    __tablename__ = "auszahlungslauf"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    foerderjahr_id: Mapped[int] = mapped_column(ForeignKey("foerderjahr.id", ondelete="RESTRICT"), index=True)
    bis: Mapped[date] = mapped_column(Date)
    bezahlt_am: Mapped[date] = mapped_column(Date)
    methode: Mapped[str] = mapped_column(String(20))
    erstellt_am: Mapped[datetime] = mapped_column(DateTime)


class Auszahlung(Base):
    """A payment to one Lots*in with a gapless Beleg-Nr. per payment year (``2025-001``). Never changed or
    deleted: a Storno is a new Auszahlung with the negative amount that points at the original."""

    __tablename__ = "auszahlung"
    __table_args__ = (UniqueConstraint("beleg_jahr", "beleg_lfd"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lauf_id: Mapped[int | None] = mapped_column(ForeignKey("auszahlungslauf.id", ondelete="RESTRICT"), index=True)
    foerderjahr_id: Mapped[int] = mapped_column(ForeignKey("foerderjahr.id", ondelete="RESTRICT"), index=True)
    lotse_id: Mapped[int] = mapped_column(ForeignKey("lotse.id", ondelete="RESTRICT"), index=True)
    beleg_jahr: Mapped[int] = mapped_column(Integer)
    beleg_lfd: Mapped[int] = mapped_column(Integer)
    bezahlt_am: Mapped[date] = mapped_column(Date)
    methode: Mapped[str] = mapped_column(String(20))
    minuten: Mapped[int] = mapped_column(Integer)
    betrag_cent: Mapped[int] = mapped_column(Integer)
    storno_von_id: Mapped[int | None] = mapped_column(ForeignKey("auszahlung.id", ondelete="RESTRICT"))
    grund: Mapped[str] = mapped_column(Text, default="")
    erstellt_am: Mapped[datetime] = mapped_column(DateTime)

    @property
    def beleg_nr(self) -> str:
        return f"{self.beleg_jahr}-{self.beleg_lfd:03d}"


class AuszahlungPosten(Base):
    """Which minutes of which Einsatz a payout paid. While its payout is not storniert, the Einsatz is
    festgeschrieben: triggers in the database refuse to change or delete it."""

    __tablename__ = "auszahlung_posten"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    auszahlung_id: Mapped[int] = mapped_column(ForeignKey("auszahlung.id", ondelete="RESTRICT"), index=True)
    einsatz_id: Mapped[int] = mapped_column(ForeignKey("einsatz.id", ondelete="RESTRICT"), index=True)
    minuten: Mapped[int] = mapped_column(Integer)


class Freibetragserklaerung(Base):
    """A Lots*in's declaration for one calendar year: which allowance, how much is used elsewhere, signed on."""

    __tablename__ = "freibetragserklaerung"
    __table_args__ = (UniqueConstraint("lotse_id", "jahr"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lotse_id: Mapped[int] = mapped_column(ForeignKey("lotse.id", ondelete="CASCADE"), index=True)
    jahr: Mapped[int] = mapped_column(Integer)
    art: Mapped[str] = mapped_column(String(30))
    anderweitig_cent: Mapped[int] = mapped_column(Integer, default=0)
    unterschrieben_am: Mapped[date | None] = mapped_column(Date)
    sozialleistungen: Mapped[bool] = mapped_column(default=False)  # only with recorded consent
    einwilligung_am: Mapped[date | None] = mapped_column(Date)


class VerwendungsnachweisAngaben(Base):
    """What the treasurer writes for a Förderjahr's Verwendungsnachweis and the data cannot know: the
    Sachbericht sections, Eigen-/Drittmittel and the Koordinierungspauschale actually spent."""

    __tablename__ = "verwendungsnachweis_angaben"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    foerderjahr_id: Mapped[int] = mapped_column(ForeignKey("foerderjahr.id", ondelete="CASCADE"), unique=True)
    projektverlauf: Mapped[str] = mapped_column(Text, default="")
    zielerreichung: Mapped[str] = mapped_column(Text, default="")
    zusammenarbeit: Mapped[str] = mapped_column(Text, default="")
    schwierigkeiten: Mapped[str] = mapped_column(Text, default="")
    ausblick: Mapped[str] = mapped_column(Text, default="")
    eigenmittel_cent: Mapped[int] = mapped_column(Integer, default=0)
    drittmittel_cent: Mapped[int] = mapped_column(Integer, default=0)
    koordination_ist_cent: Mapped[int | None] = mapped_column(Integer)  # None: not yet stated
    geaendert_am: Mapped[datetime | None] = mapped_column(DateTime)


class AusgestelltesDokument(Base):
    """A document as it was issued (GoBD): a Quittung per payout or a version of a Verwendungsnachweis, with the
    data it was made from (JSON), the SHA-256 of its PDF and – for a Verwendungsnachweis – the PDF itself, so a
    reprint gives the same document after an address changed. Never changed or deleted (triggers); only the
    day it was sent can be set, once."""

    __tablename__ = "ausgestelltes_dokument"
    __table_args__ = (UniqueConstraint("art", "nummer", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    art: Mapped[str] = mapped_column(String(30))  # "quittung", "verwendungsnachweis"
    nummer: Mapped[str] = mapped_column(String(40))  # Beleg-Nr. or the Förderjahr
    version: Mapped[int] = mapped_column(Integer, default=1)
    foerderjahr_id: Mapped[int | None] = mapped_column(ForeignKey("foerderjahr.id", ondelete="RESTRICT"), index=True)
    auszahlung_id: Mapped[int | None] = mapped_column(ForeignKey("auszahlung.id", ondelete="RESTRICT"), index=True)
    erstellt_am: Mapped[datetime] = mapped_column(DateTime)
    sha256: Mapped[str] = mapped_column(String(64))
    daten: Mapped[str] = mapped_column(Text)  # JSON snapshot of what the document shows
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    versandt_am: Mapped[date | None] = mapped_column(Date)


class Protokoll(Base):
    """The audit trail (GoBD): one row per changed field – when, who (OS user and the name set in the app), which
    record, old → new value. Only ever appended to: triggers refuse UPDATE and DELETE. No foreign keys: the
    history of a deleted record stays."""

    __tablename__ = "protokoll"
    __table_args__ = (Index("ix_protokoll_tabelle_datensatz", "tabelle", "datensatz_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    zeit: Mapped[datetime] = mapped_column(DateTime, index=True)
    benutzer: Mapped[str] = mapped_column(String(120), default="")  # the operating-system user
    name: Mapped[str] = mapped_column(String(200), default="")  # the name set in the app (meta app.benutzername)
    tabelle: Mapped[str] = mapped_column(String(40))  # a table, or "traeger"/"backup" for those meta keys
    datensatz_id: Mapped[int | None] = mapped_column(Integer)  # None: the Träger's data, or many records at once
    aktion: Mapped[str] = mapped_column(String(20))  # "angelegt", "geändert", "gelöscht"
    feld: Mapped[str | None] = mapped_column(String(60))
    alt: Mapped[str | None] = mapped_column(Text)
    neu: Mapped[str | None] = mapped_column(Text)


# --- Qualifizierungen (issue 7): courses with Termine, participants, attendance and costs.


class Kurs(Base):
    """A Qualifizierung: a Basisqualifizierung, a Vertiefungsseminar or entlastende Reflexionsgespräche."""

    __tablename__ = "kurs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    art: Mapped[str] = mapped_column(String(20))  # "basis", "vertiefung", "reflexion"
    titel: Mapped[str] = mapped_column(String(200))
    extern: Mapped[bool] = mapped_column(default=False)  # organised by someone else
    veranstalter: Mapped[str] = mapped_column(String(200), default="")  # "" = the Träger itself
    ort: Mapped[str] = mapped_column(String(200), default="")
    online: Mapped[bool] = mapped_column(default=False)
    referenten: Mapped[str] = mapped_column(Text, default="")
    geplante_teilnehmende: Mapped[int] = mapped_column(Integer, default=0)
    foerderjahr_id: Mapped[int | None] = mapped_column(ForeignKey("foerderjahr.id", ondelete="SET NULL"), index=True)
    bewilligt_cent: Mapped[int] = mapped_column(Integer, default=0)
    satz_ue_cent: Mapped[int] = mapped_column(Integer, default=1250)  # per Teilnehmende*r and UE [S7]
    mindestanwesenheit_prozent: Mapped[int] = mapped_column(Integer, default=80)  # for a certificate [?]
    erhalten_cent: Mapped[int] = mapped_column(Integer, default=0)  # the grant received for the course
    erhalten_am: Mapped[date | None] = mapped_column(Date)
    sachbericht: Mapped[str] = mapped_column(Text, default="")
    verwendungsnachweis_bis: Mapped[date | None] = mapped_column(Date)  # None: 3 months after the last Termin
    notizen: Mapped[str] = mapped_column(Text, default="")

    termine: Mapped[list["KursTermin"]] = relationship(
        cascade="all, delete-orphan", order_by=lambda: [KursTermin.datum, KursTermin.beginn, KursTermin.id]
    )
    teilnahmen: Mapped[list["KursTeilnahme"]] = relationship(cascade="all, delete-orphan")


class KursTermin(Base):
    __tablename__ = "kurs_termin"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kurs_id: Mapped[int] = mapped_column(ForeignKey("kurs.id", ondelete="CASCADE"), index=True)
    datum: Mapped[date] = mapped_column(Date)
    beginn: Mapped[str] = mapped_column(String(5), default="")  # "18:00"
    ende: Mapped[str] = mapped_column(String(5), default="")
    ue: Mapped[int] = mapped_column(Integer)  # Unterrichtseinheiten of 45 minutes
    thema: Mapped[str] = mapped_column(String(300), default="")


class KursTeilnahme(Base):
    """A person on the course's Teilnehmendenliste; ``zertifikat_am`` once the certificate was issued."""

    __tablename__ = "kurs_teilnahme"
    __table_args__ = (UniqueConstraint("kurs_id", "lotse_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kurs_id: Mapped[int] = mapped_column(ForeignKey("kurs.id", ondelete="CASCADE"), index=True)
    lotse_id: Mapped[int] = mapped_column(ForeignKey("lotse.id", ondelete="RESTRICT"), index=True)
    zertifikat_am: Mapped[date | None] = mapped_column(Date)
    qualifiziert_vorher: Mapped[date | None] = mapped_column(Date)  # restored when the certificate is withdrawn


class KursAnwesenheit(Base):
    """A tick: this participant was there at this Termin."""

    __tablename__ = "kurs_anwesenheit"
    __table_args__ = (UniqueConstraint("teilnahme_id", "termin_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    teilnahme_id: Mapped[int] = mapped_column(ForeignKey("kurs_teilnahme.id", ondelete="CASCADE"), index=True)
    termin_id: Mapped[int] = mapped_column(ForeignKey("kurs_termin.id", ondelete="CASCADE"), index=True)


class KursKosten(Base):
    """A cost of a course with its own gapless Beleg-Nr. per year (``K2025-001``)."""

    __tablename__ = "kurs_kosten"
    __table_args__ = (UniqueConstraint("beleg_jahr", "beleg_lfd"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kurs_id: Mapped[int] = mapped_column(ForeignKey("kurs.id", ondelete="RESTRICT"), index=True)
    beleg_jahr: Mapped[int] = mapped_column(Integer)
    beleg_lfd: Mapped[int] = mapped_column(Integer)
    datum: Mapped[date] = mapped_column(Date)
    kategorie: Mapped[str] = mapped_column(String(20))  # "honorar", "raum", "material", "verpflegung", "sonstige"
    empfaenger: Mapped[str] = mapped_column(String(200), default="")
    beschreibung: Mapped[str] = mapped_column(Text, default="")
    betrag_cent: Mapped[int] = mapped_column(Integer)
    foerderfaehig: Mapped[bool] = mapped_column(default=True)

    @property
    def beleg_nr(self) -> str:
        return f"K{self.beleg_jahr}-{self.beleg_lfd:03d}"


class ExterneQualifikation(Base):
    """A Basisqualifizierung completed elsewhere: the basis of the person's Qualifiziert-am date."""

    __tablename__ = "externe_qualifikation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lotse_id: Mapped[int] = mapped_column(ForeignKey("lotse.id", ondelete="CASCADE"), unique=True)
    veranstalter: Mapped[str] = mapped_column(String(200))
    datum: Mapped[date] = mapped_column(Date)
    notiz: Mapped[str] = mapped_column(Text, default="")
