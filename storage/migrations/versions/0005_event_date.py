"""Keep the date of the event an attendance claim is about.

"Banerjee skips the meeting" (6 December) and "Banerjee attends the meeting" (19 December)
are two meetings, not a reversal: each attendance claim, and the flag it raises, keeps the
date of the event it tells of when the text gives one (``event_date``, a date value as in
``monitor.events``). Older rows have none and compare as before.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("claims", "flags"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("event_date", sa.String(length=20), nullable=True))


def downgrade() -> None:
    for table in ("flags", "claims"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("event_date")
