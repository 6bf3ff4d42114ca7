"""session version per user and the last form post per account and path

Revision ID: 0006_session_version
Revises: 0005_performance
Create Date: 2026-11-30 07:05:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0006_session_version'
down_revision = '0005_performance'
branch_labels = None
depends_on = None


def upgrade():
    # Raising the version ends every session and remember-me cookie of the account (logout, new password).
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_version', sa.Integer(), server_default='0', nullable=False))
    # When each account last posted a form to each path: a form page issued before that is spent.
    op.create_table(
        'form_submissions',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('path', sa.String(length=200), nullable=False),
        sa.Column('submitted_us', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_form_submissions_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', 'path', name=op.f('pk_form_submissions')),
    )
    with op.batch_alter_table('form_submissions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_form_submissions_submitted_us'), ['submitted_us'], unique=False)


def downgrade():
    op.drop_table('form_submissions')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('session_version')
