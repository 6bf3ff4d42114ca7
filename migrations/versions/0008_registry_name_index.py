"""blind index of the household head's name, filled for the rows already registered

Revision ID: 0008_registry_name_index
Revises: 0007_api_tokens
Create Date: 2026-11-30 08:05:00

"""
import sqlalchemy as sa
from alembic import op
from flask import current_app

# revision identifiers, used by Alembic.
revision = '0008_registry_name_index'
down_revision = '0007_api_tokens'
branch_labels = None
depends_on = None

_BATCH = 1000


def upgrade():
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.add_column(sa.Column('head_name_index', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_households_head_name_index'), ['head_name_index'], unique=False)
    _fill_name_index()


def _fill_name_index():
    # Names are encrypted: only the app's key can read them, so the index is computed here, in Python,
    # with the same derivation the app uses (app/crypto.py), in batches of ids.
    from app.crypto import PersonalDataCipher

    cipher = PersonalDataCipher(current_app.config["PERSONAL_DATA_KEY"])
    households = sa.table('households', sa.column('id', sa.Integer), sa.column('head_name', sa.Text),
                          sa.column('head_name_index', sa.String))
    connection = op.get_bind()
    last_id = 0
    while True:
        rows = connection.execute(
            sa.select(households.c.id, households.c.head_name).where(households.c.id > last_id)
            .order_by(households.c.id).limit(_BATCH)).all()
        if not rows:
            break
        connection.execute(
            households.update().where(households.c.id == sa.bindparam('row_id'))
            .values(head_name_index=sa.bindparam('name_index')),
            [{'row_id': row.id, 'name_index': cipher.name_index(cipher.decrypt(row.head_name))} for row in rows])
        last_id = rows[-1].id


def downgrade():
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_households_head_name_index'))
        batch_op.drop_column('head_name_index')
