"""index the public lists' orders: needs (open, then finished, newest first) and offers (issue 14)

Revision ID: 0012_needs_list_order
Revises: 0011_assessment
Create Date: 2026-11-30 10:00:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0012_needs_list_order'
down_revision = '0011_assessment'
branch_labels = None
depends_on = None

# The same text as app/models/need.py's OPEN_SEGMENT_SQL and FINISHED_SEGMENT_SQL: the partial indexes
# serve only queries whose condition implies theirs.
_OPEN = "status = 'published'"
_FINISHED = "status IN ('pledged', 'delivered', 'completed')"


def upgrade():
    # The list used to sort every public need ((status = 'published') DESC, published_at DESC, id DESC:
    # no index can answer that) on each request. Split into two segments, each is a range of one of these.
    op.create_index('ix_needs_open_published_at', 'needs', ['published_at', 'id'], unique=False,
                    sqlite_where=sa.text(_OPEN), postgresql_where=sa.text(_OPEN))
    op.create_index('ix_needs_finished_published_at', 'needs', ['published_at', 'id'], unique=False,
                    sqlite_where=sa.text(_FINISHED), postgresql_where=sa.text(_FINISHED))
    op.create_index('ix_offers_status_created_at', 'offers', ['status', 'created_at', 'id'], unique=False)


def downgrade():
    op.drop_index('ix_offers_status_created_at', table_name='offers')
    op.drop_index('ix_needs_finished_published_at', table_name='needs')
    op.drop_index('ix_needs_open_published_at', table_name='needs')
