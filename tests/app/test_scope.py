"""Region scope conditions: the index-friendly forms select exactly the rows of their LIKE definitions."""

from __future__ import annotations

from sqlalchemy import literal, or_, select

from app.extensions import db
from app.models import Region, User
from app.services import scope
from tests.factories import TOWNSHIP


def test_inside_or_above_selects_the_rows_of_its_like_definition(factory):
    # Accounts at every level on the township's line, beside it and elsewhere, and one without a region.
    codes = [TOWNSHIP, TOWNSHIP[:6], TOWNSHIP[:4], TOWNSHIP[:2]]
    others = db.session.scalars(select(Region.code).where(Region.code.not_in(codes)).order_by(Region.code)).all()
    codes += [c for c in others if c.startswith(TOWNSHIP[:4])][:3] + [c for c in others if not c.startswith(TOWNSHIP[:2])][:3]
    for code in codes:
        factory.make_user(role="helper", region_code=code)
    factory.make_user(role="helper", region_code=None)

    for region in (TOWNSHIP, TOWNSHIP[:6], TOWNSHIP[:4], TOWNSHIP[:2], codes[-1]):
        by_like = or_(User.region_code.startswith(region, autoescape=True), literal(region).startswith(User.region_code))
        expected = set(db.session.scalars(select(User.id).where(by_like)))
        assert set(db.session.scalars(select(User.id).where(scope.inside_or_above(User.region_code, region)))) == expected
        assert expected  # each region has accounts inside or above it: the comparison tests something
