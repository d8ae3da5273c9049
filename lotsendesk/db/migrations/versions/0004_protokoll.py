"""Protokoll (Änderungsprotokoll, GoBD) und Schutz der Auszahlungsläufe

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 10:00:00
"""

import sqlalchemy as sa
from alembic import op

from lotsendesk.db.triggers import (
    BELEG_TRIGGER_NAMES_V1,
    BELEG_TRIGGERS_V1,
    PROTOKOLL_TRIGGER_NAMES_V1,
    PROTOKOLL_TRIGGERS_V1,
)

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "protokoll",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("zeit", sa.DateTime(), nullable=False),
        sa.Column("benutzer", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("tabelle", sa.String(length=40), nullable=False),
        sa.Column("datensatz_id", sa.Integer(), nullable=True),
        sa.Column("aktion", sa.String(length=20), nullable=False),
        sa.Column("feld", sa.String(length=60), nullable=True),
        sa.Column("alt", sa.Text(), nullable=True),
        sa.Column("neu", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("protokoll", schema=None) as batch_op:
        batch_op.create_index("ix_protokoll_tabelle_datensatz", ["tabelle", "datensatz_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_protokoll_zeit"), ["zeit"], unique=False)
    for statement in (*PROTOKOLL_TRIGGERS_V1, *BELEG_TRIGGERS_V1):
        op.execute(statement)


def downgrade() -> None:
    for name in (*BELEG_TRIGGER_NAMES_V1, *PROTOKOLL_TRIGGER_NAMES_V1):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("protokoll", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_protokoll_zeit"))
        batch_op.drop_index("ix_protokoll_tabelle_datensatz")
    op.drop_table("protokoll")
