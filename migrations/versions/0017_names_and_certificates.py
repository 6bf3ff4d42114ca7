"""mobile sign-in, the opt-in public donor page and certificate verification numbers

Revision ID: 0017_names_and_certificates
Revises: 0016_need_search_text
Create Date: 2026-11-30 09:50:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0017_names_and_certificates'
down_revision = '0016_need_search_text'
branch_labels = None
depends_on = None


def upgrade():
    # A mainland mobile number signs in like the username, so it is unique; the donor page is opt-in.
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mobile', sa.String(length=11), nullable=True))
        batch_op.add_column(sa.Column('donor_page', sa.String(length=8), server_default='off', nullable=False))
        batch_op.create_unique_constraint(batch_op.f('uq_users_mobile'), ['mobile'])
        batch_op.create_check_constraint(
            batch_op.f('ck_users_donor_page_valid'), "donor_page IN ('off', 'masked', 'name')"
        )
    # The verification number printed on a certificate and looked up by /verify/<number>.
    with op.batch_alter_table('pledges', schema=None) as batch_op:
        batch_op.add_column(sa.Column('certificate_number', sa.String(length=20), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_pledges_certificate_number'), ['certificate_number'])


def downgrade():
    with op.batch_alter_table('pledges', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_pledges_certificate_number'), type_='unique')
        batch_op.drop_column('certificate_number')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_users_donor_page_valid'), type_='check')
        batch_op.drop_constraint(batch_op.f('uq_users_mobile'), type_='unique')
        batch_op.drop_column('donor_page')
        batch_op.drop_column('mobile')
