"""Anonymisierung nach Ablauf der Aufbewahrung: enge Ausnahmen in zwei Schutz-Triggern

A paid Einsatz may have its Bemerkung emptied (only that); a Protokoll row of an anonymised Lots*in may have its
personal old/new value replaced by «anonymisiert» (only that). See lotsendesk/db/triggers.py. No data changes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-10 10:00:00
"""

from alembic import op

from lotsendesk.db.triggers import ANONYMISIERUNG_TRIGGER_NAMES, ANONYMISIERUNG_TRIGGERS_V1, ANONYMISIERUNG_TRIGGERS_V2

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for name in ANONYMISIERUNG_TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in ANONYMISIERUNG_TRIGGERS_V2:
        op.execute(statement)


def downgrade() -> None:
    for name in ANONYMISIERUNG_TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in ANONYMISIERUNG_TRIGGERS_V1:
        op.execute(statement)
