"""The shipped reference data: divisions, the 832 poverty counties, coordinates and pairings."""

from __future__ import annotations

import csv

from sqlalchemy import func, select

from app.models import Pairing, Region
from app.reference import load_reference_data
from app.reference.loader import DATA_DIR, KNOWN_CODE_FIXES


def test_there_are_31_provinces(db):
    assert db.session.scalar(select(func.count()).where(Region.level == "province")) == 31


def test_all_832_poverty_counties_are_flagged_on_current_county_codes(db):
    counties = list(db.session.scalars(select(Region).where(Region.is_poverty_county.is_(True))))
    assert len(counties) == 832
    assert {c.level for c in counties} == {"county"}


def test_every_county_of_the_poverty_list_is_found(db):
    from app.reference import read_reference_data

    data = read_reference_data()
    with open(DATA_DIR / "poverty_county_list.csv", encoding="utf-8") as fh:
        listed = {row["行政区划代码"].split(".")[0] for row in csv.DictReader(fh)}
    assert set(data.poverty_code_map) == listed
    for current in data.poverty_code_map.values():
        assert db.session.get(Region, current).is_poverty_county


def test_the_two_known_wrong_codes_map_onto_the_right_cities(db):
    assert KNOWN_CODE_FIXES["532600"] == "532601"
    assert db.session.get(Region, "532601").name == "文山市"
    assert db.session.get(Region, "622901").is_poverty_county


def test_exit_years_follow_the_official_counts(db):
    rows = db.session.execute(
        select(Region.poverty_exit_year, func.count()).where(Region.is_poverty_county.is_(True))
        .group_by(Region.poverty_exit_year)
    ).all()
    assert dict(rows) == {2016: 28, 2017: 125, 2018: 282, 2019: 345, 2020: 52}


def test_poverty_counties_of_guizhou_number_66(db):
    count = db.session.scalar(
        select(func.count()).where(Region.is_poverty_county.is_(True), Region.code.startswith("52"))
    )
    assert count == 66


def test_weining_county_has_coordinates_and_its_prefecture_is_bijie(db):
    weining = db.session.get(Region, "520526")
    assert weining.longitude and 103 < weining.longitude < 106
    assert weining.parent.name == "毕节市"


def test_every_pairing_resolves_to_existing_regions(db):
    pairings = list(db.session.scalars(select(Pairing)))
    assert len(pairings) == 32
    for p in pairings:
        assert p.helper is not None and p.recipient is not None
        assert p.helper.level in ("province", "prefecture")


def test_shanghai_is_paired_with_yunnan(db):
    assert Pairing.covers("31", "530000"[:2] + "2621")


def test_loading_twice_changes_nothing(db):
    report = load_reference_data()
    assert report.inserted == 0 and report.updated == 0 and report.pairings_inserted == 0
    assert report.unchanged == db.session.scalar(select(func.count()).select_from(Region))


def test_regions_carry_the_matchers_centres_so_portal_and_matcher_share_one_division_table(db):
    from matching.regions import centre_table

    points = centre_table()
    rows = db.session.scalars(select(Region).where(Region.level != "township")).all()
    with_point = [r for r in rows if r.longitude is not None]
    assert len(with_point) > 3000
    assert all((r.longitude, r.latitude) == points[r.code] for r in with_point)
    assert all(r.longitude is not None for r in rows if r.code in points)


def test_qianxi_city_is_at_its_own_centre_not_its_prefectures(db):
    qianxi, bijie = db.session.get(Region, "520581"), db.session.get(Region, "5205")
    assert qianxi.name == "黔西市" and qianxi.longitude is not None
    assert (qianxi.longitude, qianxi.latitude) != (bijie.longitude, bijie.latitude)
