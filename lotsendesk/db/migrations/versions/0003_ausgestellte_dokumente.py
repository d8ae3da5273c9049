"""Verwendungsnachweis-Angaben und ausgestellte Dokumente

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 01:30:00
"""

import sqlalchemy as sa
from alembic import op

from lotsendesk.db.triggers import DOKUMENT_TRIGGER_NAMES_V1, DOKUMENT_TRIGGERS_V1

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "verwendungsnachweis_angaben",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("foerderjahr_id", sa.Integer(), nullable=False),
        sa.Column("projektverlauf", sa.Text(), nullable=False),
        sa.Column("zielerreichung", sa.Text(), nullable=False),
        sa.Column("zusammenarbeit", sa.Text(), nullable=False),
        sa.Column("schwierigkeiten", sa.Text(), nullable=False),
        sa.Column("ausblick", sa.Text(), nullable=False),
        sa.Column("eigenmittel_cent", sa.Integer(), nullable=False),
        sa.Column("drittmittel_cent", sa.Integer(), nullable=False),
        sa.Column("koordination_ist_cent", sa.Integer(), nullable=True),
        sa.Column("geaendert_am", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["foerderjahr_id"], ["foerderjahr.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("foerderjahr_id"),
    )
    op.create_table(
        "ausgestelltes_dokument",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("art", sa.String(length=30), nullable=False),
        sa.Column("nummer", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("foerderjahr_id", sa.Integer(), nullable=True),
        sa.Column("auszahlung_id", sa.Integer(), nullable=True),
        sa.Column("erstellt_am", sa.DateTime(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("daten", sa.Text(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("versandt_am", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["auszahlung_id"], ["auszahlung.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["foerderjahr_id"], ["foerderjahr.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("art", "nummer", "version"),
    )
    with op.batch_alter_table("ausgestelltes_dokument", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ausgestelltes_dokument_auszahlung_id"), ["auszahlung_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_ausgestelltes_dokument_foerderjahr_id"), ["foerderjahr_id"], unique=False
        )
    for statement in DOKUMENT_TRIGGERS_V1:
        op.execute(statement)


def downgrade() -> None:
    for name in DOKUMENT_TRIGGER_NAMES_V1:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("ausgestelltes_dokument", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ausgestelltes_dokument_foerderjahr_id"))
        batch_op.drop_index(batch_op.f("ix_ausgestelltes_dokument_auszahlung_id"))
    op.drop_table("ausgestelltes_dokument")
    op.drop_table("verwendungsnachweis_angaben")
