"""household_causes (the registry's cause filter) and indexes serving each registry sort (issue 15)

Revision ID: 0021_registry_list_order
Revises: 0017_names_and_certificates
Create Date: 2026-11-30 11:25:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0021_registry_list_order'
down_revision = '0017_names_and_certificates'
branch_labels = None
depends_on = None

_ORDERS = {  # index name → columns; the same as Household.__table_args__
    'ix_households_village_order': ['village_id', 'id'],
    'ix_households_year_order': ['registered_year', 'id'],
    'ix_households_income_order': ['income_per_capita', 'id'],
    'ix_households_updated_order': ['updated_at', 'id'],
}


def upgrade():
    # The cause filter matched the JSON text of other_causes: a scan of every household (619 ms at 100,000).
    op.create_table(
        'household_causes',
        sa.Column('household_id', sa.Integer(), nullable=False),
        sa.Column('cause', sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(['household_id'], ['households.id'], ondelete='CASCADE',
                                name=op.f('fk_household_causes_household_id_households')),
        sa.PrimaryKeyConstraint('household_id', 'cause', name=op.f('pk_household_causes')),
    )
    # Fill it from the households already registered: the main cause, then each other cause once.
    if op.get_bind().dialect.name == 'postgresql':
        others = ("SELECT h.id, c FROM households h "
                  "CROSS JOIN json_array_elements_text(h.other_causes::json) AS c "
                  "WHERE json_typeof(h.other_causes::json) = 'array'")
    else:
        others = ("SELECT h.id, c.value FROM households h CROSS JOIN json_each(h.other_causes) AS c "
                  "WHERE json_type(h.other_causes) = 'array'")
    op.execute("INSERT INTO household_causes (household_id, cause) "
               f"SELECT id, main_cause FROM households UNION {others}")
    op.create_index('ix_household_causes_cause', 'household_causes', ['cause', 'household_id'], unique=False)
    for name, columns in _ORDERS.items():
        op.create_index(name, 'households', columns, unique=False)
    if op.get_bind().dialect.name == 'postgresql':  # "-income"; SQLite has no NULLS LAST in an index
        op.create_index('ix_households_income_desc_order', 'households',
                        [sa.text('income_per_capita DESC NULLS LAST'), 'id'], unique=False)


def downgrade():
    if op.get_bind().dialect.name == 'postgresql':
        op.drop_index('ix_households_income_desc_order', table_name='households')
    for name in _ORDERS:
        op.drop_index(name, table_name='households')
    op.drop_index('ix_household_causes_cause', table_name='household_causes')
    op.drop_table('household_causes')
