"""index the open and still short needs (只看待认领) by publication time: deep page-number links (issue 14)

Revision ID: 0025_needs_short_list_order
Revises: 0024_review_queue_level_since
Create Date: 2026-11-30 16:00:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0025_needs_short_list_order'
down_revision = '0024_review_queue_level_since'
branch_labels = None
depends_on = None

# The same text as app/models/need.py's SHORT_SEGMENT_SQL: the partial index serves only queries whose
# condition implies it.
_SHORT = "status = 'published' AND quantity > pledged_quantity"


def upgrade():
    # /needs?page=200 under 只看待认领 skipped 3,980 entries of ix_needs_open_published_at and read each
    # need's row to test quantity > pledged_quantity; here the test is the index's own condition.
    op.create_index('ix_needs_short_published_at', 'needs', ['published_at', 'id'], unique=False,
                    sqlite_where=sa.text(_SHORT), postgresql_where=sa.text(_SHORT))


def downgrade():
    op.drop_index('ix_needs_short_published_at', table_name='needs')
