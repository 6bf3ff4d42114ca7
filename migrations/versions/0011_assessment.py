"""assessment: the configurable indicators of the county assessment (issue 16)

An empty table means the default indicator set of app/services/stats/assessment.py; `flask assessment
load FILE` stores a configured set.

Revision ID: 0011_assessment
Revises: 0010_identification (0009_figures on main; the lead re-chains)
Create Date: 2026-11-30 10:00:00

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '0011_assessment'
down_revision = '0010_identification'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('assessment_indicators',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('formula', sa.String(length=32), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.Column('target', sa.Float(), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.CheckConstraint("direction IN ('higher', 'lower')", name=op.f('ck_assessment_indicators_direction_valid')),
    sa.CheckConstraint('target > 0 AND target <= 1', name=op.f('ck_assessment_indicators_target_ratio')),
    sa.CheckConstraint('weight > 0', name=op.f('ck_assessment_indicators_weight_positive')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_assessment_indicators'))
    )


def downgrade():
    op.drop_table('assessment_indicators')
