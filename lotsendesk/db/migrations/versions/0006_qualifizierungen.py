"""Qualifizierungen: Kurse, Termine, Teilnahmen, Anwesenheit, Kosten und externe Qualifikationen

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 02:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "externe_qualifikation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lotse_id", sa.Integer(), nullable=False),
        sa.Column("veranstalter", sa.String(length=200), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("notiz", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["lotse_id"], ["lotse.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("lotse_id"),
    )
    op.create_table(
        "kurs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("art", sa.String(length=20), nullable=False),
        sa.Column("titel", sa.String(length=200), nullable=False),
        sa.Column("extern", sa.Boolean(), nullable=False),
        sa.Column("veranstalter", sa.String(length=200), nullable=False),
        sa.Column("ort", sa.String(length=200), nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("referenten", sa.Text(), nullable=False),
        sa.Column("geplante_teilnehmende", sa.Integer(), nullable=False),
        sa.Column("foerderjahr_id", sa.Integer(), nullable=True),
        sa.Column("bewilligt_cent", sa.Integer(), nullable=False),
        sa.Column("satz_ue_cent", sa.Integer(), nullable=False),
        sa.Column("mindestanwesenheit_prozent", sa.Integer(), nullable=False),
        sa.Column("erhalten_cent", sa.Integer(), nullable=False),
        sa.Column("erhalten_am", sa.Date(), nullable=True),
        sa.Column("sachbericht", sa.Text(), nullable=False),
        sa.Column("verwendungsnachweis_bis", sa.Date(), nullable=True),
        sa.Column("notizen", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["foerderjahr_id"], ["foerderjahr.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_kurs_foerderjahr_id"), "kurs", ["foerderjahr_id"], unique=False)
    op.create_table(
        "kurs_kosten",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kurs_id", sa.Integer(), nullable=False),
        sa.Column("beleg_jahr", sa.Integer(), nullable=False),
        sa.Column("beleg_lfd", sa.Integer(), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("kategorie", sa.String(length=20), nullable=False),
        sa.Column("empfaenger", sa.String(length=200), nullable=False),
        sa.Column("beschreibung", sa.Text(), nullable=False),
        sa.Column("betrag_cent", sa.Integer(), nullable=False),
        sa.Column("foerderfaehig", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["kurs_id"], ["kurs.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("beleg_jahr", "beleg_lfd"),
    )
    op.create_index(op.f("ix_kurs_kosten_kurs_id"), "kurs_kosten", ["kurs_id"], unique=False)
    op.create_table(
        "kurs_teilnahme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kurs_id", sa.Integer(), nullable=False),
        sa.Column("lotse_id", sa.Integer(), nullable=False),
        sa.Column("zertifikat_am", sa.Date(), nullable=True),
        sa.Column("qualifiziert_vorher", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["kurs_id"], ["kurs.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["lotse_id"], ["lotse.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kurs_id", "lotse_id"),
    )
    op.create_index(op.f("ix_kurs_teilnahme_kurs_id"), "kurs_teilnahme", ["kurs_id"], unique=False)
    op.create_index(op.f("ix_kurs_teilnahme_lotse_id"), "kurs_teilnahme", ["lotse_id"], unique=False)
    op.create_table(
        "kurs_termin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kurs_id", sa.Integer(), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("beginn", sa.String(length=5), nullable=False),
        sa.Column("ende", sa.String(length=5), nullable=False),
        sa.Column("ue", sa.Integer(), nullable=False),
        sa.Column("thema", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["kurs_id"], ["kurs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_kurs_termin_kurs_id"), "kurs_termin", ["kurs_id"], unique=False)
    op.create_table(
        "kurs_anwesenheit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("teilnahme_id", sa.Integer(), nullable=False),
        sa.Column("termin_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["teilnahme_id"], ["kurs_teilnahme.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["termin_id"], ["kurs_termin.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("teilnahme_id", "termin_id"),
    )
    op.create_index(op.f("ix_kurs_anwesenheit_teilnahme_id"), "kurs_anwesenheit", ["teilnahme_id"], unique=False)
    op.create_index(op.f("ix_kurs_anwesenheit_termin_id"), "kurs_anwesenheit", ["termin_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_kurs_anwesenheit_termin_id"), table_name="kurs_anwesenheit")
    op.drop_index(op.f("ix_kurs_anwesenheit_teilnahme_id"), table_name="kurs_anwesenheit")
    op.drop_table("kurs_anwesenheit")
    op.drop_index(op.f("ix_kurs_termin_kurs_id"), table_name="kurs_termin")
    op.drop_table("kurs_termin")
    op.drop_index(op.f("ix_kurs_teilnahme_lotse_id"), table_name="kurs_teilnahme")
    op.drop_index(op.f("ix_kurs_teilnahme_kurs_id"), table_name="kurs_teilnahme")
    op.drop_table("kurs_teilnahme")
    op.drop_index(op.f("ix_kurs_kosten_kurs_id"), table_name="kurs_kosten")
    op.drop_table("kurs_kosten")
    op.drop_index(op.f("ix_kurs_foerderjahr_id"), table_name="kurs")
    op.drop_table("kurs")
    op.drop_table("externe_qualifikation")
