"""index the needs list's 即将完成 order and the helpers', teams' and projects' list orders; figures remember when a
page last read them (issue 14)

Revision ID: 0023_closing_order_figure_reads
Revises: 0021_registry_list_order
Create Date: 2026-11-30 12:50:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0023_closing_order_figure_reads'
down_revision = '0021_registry_list_order'
branch_labels = None
depends_on = None

# The same text as app/models/need.py's CLOSING_SHARE_SQL and OPEN_SEGMENT_SQL.
_SHARE = "CAST((quantity - pledged_quantity) * 10000 / quantity AS INTEGER)"
_OPEN = "status = 'published'"


def upgrade():
    # 即将完成 sorted every open need matching the filters on each page (top-N sort): no index held the share.
    # PostgreSQL only (as app/models/need.py says): SQLite cannot reflect an expression index.
    if op.get_bind().dialect.name == 'postgresql':
        op.create_index('ix_needs_open_closing', 'needs',
                        [sa.text(_SHARE), sa.text('published_at DESC'), sa.text('id DESC')], unique=False,
                        postgresql_where=sa.text(_OPEN))
    # The helpers and teams lists page by (region_code, id): the composite index serves the region's range
    # in that order, and replaces the one on region_code alone (its leading column serves what it served).
    for table in ('helpers', 'work_teams'):
        op.create_index(f'ix_{table}_region_order', table, ['region_code', 'id'], unique=False)
        op.drop_index(f'ix_{table}_region_code', table_name=table)
    # The public projects list, newest year first then id: likewise replaces the index on year alone.
    op.create_index('ix_cooperation_projects_year_order', 'cooperation_projects', ['year', 'id'], unique=False)
    op.drop_index('ix_cooperation_projects_year', table_name='cooperation_projects')
    # Scopes nobody reads any more stop being refreshed (FIGURES_KEEP_HOURS, app/services/figures.py). NULL: not
    # read since this column exists; the refresh treats that as read now, once.
    with op.batch_alter_table('figures') as batch:
        batch.add_column(sa.Column('last_read_at', sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.create_index('ix_cooperation_projects_year', 'cooperation_projects', ['year'], unique=False)
    op.drop_index('ix_cooperation_projects_year_order', table_name='cooperation_projects')
    for table in ('helpers', 'work_teams'):
        op.create_index(f'ix_{table}_region_code', table, ['region_code'], unique=False)
        op.drop_index(f'ix_{table}_region_order', table_name=table)
    with op.batch_alter_table('figures') as batch:
        batch.drop_column('last_read_at')
    if op.get_bind().dialect.name == 'postgresql':
        op.drop_index('ix_needs_open_closing', table_name='needs')
