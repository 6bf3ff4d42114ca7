"""figures: precomputed aggregates stamped with their time (issues 14 and 16)

Revision ID: 0009_figures
Revises: 0008_registry_name_index
Create Date: 2026-11-30 09:40:00

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '0009_figures'
down_revision = '0008_registry_name_index'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('figures',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('scope', sa.String(length=32), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', 'scope', name=op.f('pk_figures'))
    )


def downgrade():
    op.drop_table('figures')
