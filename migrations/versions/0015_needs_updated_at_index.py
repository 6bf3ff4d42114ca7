"""index needs by updated_at: the worker's needs index reads "changed since" before each match

Revision ID: 0015_needs_updated_at_index
Revises: 0012_needs_list_order
Create Date: 2026-11-30 10:00:00

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '0015_needs_updated_at_index'
down_revision = '0012_needs_list_order'
branch_labels = None
depends_on = None


def upgrade():
    # app/services/need_index.py refreshes its in-memory index with the needs changed since its last
    # look; without this index that is a pass over every need before each live match.
    op.create_index(op.f('ix_needs_updated_at'), 'needs', ['updated_at'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_needs_updated_at'), table_name='needs')
