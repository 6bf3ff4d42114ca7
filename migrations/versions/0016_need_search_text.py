"""needs.search_text: title and description folded as search folds them, for the database fallback (issue 12)

Revision ID: 0016_need_search_text
Revises: 0015_needs_updated_at_index
Create Date: 2026-11-30 10:10:00

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '0016_need_search_text'
down_revision = '0015_needs_updated_at_index'
branch_labels = None
depends_on = None

BATCH = 2000


def upgrade():
    from search.analysis import fold

    with op.batch_alter_table('needs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_text', sa.Text(), nullable=True))
    # Fill it for the needs already there, in batches by id (the folding is OpenCC and jieba: Python).
    connection = op.get_bind()
    needs = sa.table('needs', sa.column('id', sa.Integer), sa.column('title', sa.String),
                     sa.column('description', sa.Text), sa.column('search_text', sa.Text))
    last = 0
    while True:
        rows = connection.execute(
            sa.select(needs.c.id, needs.c.title, needs.c.description)
            .where(needs.c.id > last).order_by(needs.c.id).limit(BATCH)
        ).all()
        if not rows:
            break
        connection.execute(
            needs.update().where(needs.c.id == sa.bindparam('need_id')).values(search_text=sa.bindparam('folded')),
            [{'need_id': row.id, 'folded': fold(row.title or '') + '\n' + fold(row.description or '')} for row in rows],
        )
        last = rows[-1].id


def downgrade():
    with op.batch_alter_table('needs', schema=None) as batch_op:
        batch_op.drop_column('search_text')
