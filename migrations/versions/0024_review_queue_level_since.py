"""needs.level_since (since when a need waits at its review level) and the review queue's indexes (issue 14)

Revision ID: 0024_review_queue_level_since
Revises: 0023_closing_order_figure_reads
Create Date: 2026-11-30 15:50:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0024_review_queue_level_since'
down_revision = '0023_closing_order_figure_reads'
branch_labels = None
depends_on = None

# The same text as app/models/need.py's PENDING_SQL and REVIEW_PREFIX_SQL.
_PENDING = "status = 'pending'"
_PREFIXES = {'county': "substr(region_code, 1, 6)", 'township': "substr(region_code, 1, 9)"}
# The waiting start the queue computed in Python before (services/review.py, issue 14): at a level above the
# first, the later of the submission and the need's last review; else the submission, failing that creation.
_LAST_REVIEW = "(SELECT r.created_at FROM review_records r WHERE r.need_id = needs.id ORDER BY r.id DESC LIMIT 1)"
_BACKFILL = f"""
UPDATE needs SET level_since = CASE
    WHEN review_level > 0 AND {_LAST_REVIEW} IS NOT NULL
         AND (submitted_at IS NULL OR {_LAST_REVIEW} > submitted_at) THEN {_LAST_REVIEW}
    ELSE COALESCE(submitted_at, created_at)
END
WHERE {_PENDING}
"""


def upgrade():
    with op.batch_alter_table('needs') as batch:
        batch.add_column(sa.Column('level_since', sa.DateTime(timezone=True), nullable=True))
    # Only the pending needs: the queue reads no other (the column is set again on every submission).
    op.execute(_BACKFILL)
    op.create_index('ix_needs_review_queue', 'needs', ['review_level', 'region_code', 'level_since', 'id'],
                    unique=False, sqlite_where=sa.text(_PENDING), postgresql_where=sa.text(_PENDING))
    op.create_index('ix_needs_pending_level_since', 'needs', ['level_since', 'id'], unique=False,
                    sqlite_where=sa.text(_PENDING), postgresql_where=sa.text(_PENDING))
    # A county's (township's) queue in waiting order under an equality on its code prefix (PostgreSQL only:
    # SQLite cannot reflect an expression index).
    if op.get_bind().dialect.name == 'postgresql':
        for level, prefix in _PREFIXES.items():
            op.create_index(f'ix_needs_review_{level}', 'needs',
                            ['review_level', sa.text(prefix), 'level_since', 'id'], unique=False,
                            postgresql_where=sa.text(_PENDING))


def downgrade():
    if op.get_bind().dialect.name == 'postgresql':
        for level in _PREFIXES:
            op.drop_index(f'ix_needs_review_{level}', table_name='needs')
    op.drop_index('ix_needs_pending_level_since', table_name='needs')
    op.drop_index('ix_needs_review_queue', table_name='needs')
    with op.batch_alter_table('needs') as batch:
        batch.drop_column('level_since')
