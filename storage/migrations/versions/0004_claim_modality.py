"""Keep how each claim states its fact: modality, speaker, confidence.

Claims are read off a dependency parse now; each carries its modality (asserted,
hedged, denied, proposed, conditional, question), who the sentence attributes it to,
and a confidence. Older rows are asserted with no speaker; their confidence is unknown.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("modality", sa.String(length=20), nullable=False,
                                   server_default="asserted"))
        batch.add_column(sa.Column("speaker", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("confidence")
        batch.drop_column("speaker")
        batch.drop_column("modality")
