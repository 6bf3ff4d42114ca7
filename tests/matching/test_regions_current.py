"""Old county codes are read as the current ones, and new counties have their own centre."""

from __future__ import annotations

from tests.matching.conftest import make_need, make_offer
from matching import recommend, rule_violations
from matching.regions import current_code, region_centre


def test_a_county_renamed_in_2021_maps_to_its_new_code():
    assert current_code("520522") == "520581"      # 黔西县 → 黔西市
    assert current_code("522423") == "520581"      # 1981 毕节地区 黔西县, two steps
    assert current_code("520522104") == "520522104".replace("520522", "520581")


def test_current_and_short_codes_are_unchanged():
    assert current_code("520581") == "520581" and current_code("52") == "52"


def test_a_need_in_qianxi_city_is_placed_at_its_own_centre_not_its_prefectures():
    assert region_centre("520581") != region_centre("5205")
    assert region_centre("520581") == region_centre("520522")


def test_a_need_under_an_old_county_code_matches_an_offer_for_the_new_one(today):
    need = make_need(region="520522101")
    offer = make_offer(regions=("520581",))
    assert rule_violations(need, offer, today) == []
    assert recommend([need], [offer], today=today)[0]["matches"][0]["need"] == "n1"
