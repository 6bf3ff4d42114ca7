"""index needs by status and region code for the region pages

Revision ID: 0005_performance
Revises: 0002_accounts
Create Date: 2026-11-28 19:45:00

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '0005_performance'
down_revision = '0002_accounts'
branch_labels = None
depends_on = None


def upgrade():
    # A region page counts public needs by status under a code prefix; with 100,000 households the
    # status-only index left each count reading every need of that status (80-200 ms each).
    op.create_index('ix_needs_status_region_code', 'needs', ['status', 'region_code'], unique=False)


def downgrade():
    op.drop_index('ix_needs_status_region_code', table_name='needs')
