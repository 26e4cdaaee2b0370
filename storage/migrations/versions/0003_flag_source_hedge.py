"""Keep each flag source's hedge.

A report that only says a fact is likely, or that sources say so, may add its
URL to the flag of that fact; the digest must show it as such rather than count
it as one more source confirming the fact.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("flag_sources", sa.Column("hedge", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("flag_sources") as batch:
        batch.drop_column("hedge")
