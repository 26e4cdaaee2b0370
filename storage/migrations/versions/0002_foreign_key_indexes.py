"""Index the foreign keys that had none.

Deleting an article or a flag (a retention job, ``ON DELETE`` cascades) made
SQLite and PostgreSQL scan flags, flag_sources and outbox for referencing rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = [
    ("ix_flags_article_id", "flags", ["article_id"]),
    ("ix_flag_sources_article_id", "flag_sources", ["article_id"]),
    ("ix_outbox_flag_id", "outbox", ["flag_id"]),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
