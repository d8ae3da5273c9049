"""The tables. Money would be Numeric/Decimal; durations are integer minutes – nowhere a float."""

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
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
