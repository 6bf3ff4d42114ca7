"""Units are folded and converted by one rule that recommend and allocate share."""

from __future__ import annotations

import numpy as np
import pytest

from tests.matching.conftest import make_need, make_offer
from matching import FEATURE_NAMES, PairData, Scorer, allocate, recommend
from matching.api import allocation_edges
from matching.evaluation import allocation_violations
from matching.units import normalise_unit, pack_unit, record_unit, unit_factor


@pytest.mark.parametrize("text", ["公斤", "千克", "kg", "KG", "ｋｇ", " 公斤 ", "公 斤"])
def test_kilogram_spellings_are_one_unit(text):
    assert normalise_unit(text).name == "kg"


def test_jin_is_half_a_kilogram():
    assert unit_factor("斤", "公斤") == 2.0 and unit_factor("公斤", "斤") == 0.5


def test_trailing_space_and_full_width_do_not_change_a_count_unit():
    assert unit_factor("床", "床 ") == 1.0 and unit_factor("床", "　床") == 1.0


def test_a_unit_in_traditional_characters_is_the_simplified_unit():
    assert unit_factor("雙", "双") == 1.0 and unit_factor("個", "个") == 1.0 and unit_factor("兩", "两") == 1.0


def test_weight_and_count_do_not_compare():
    assert unit_factor("斤", "袋") is None and unit_factor("台", "件") is None


def _feature(name, need, offer, today):
    return PairData([need], [offer], today=today).features([0], [0])[0][FEATURE_NAMES.index(name)]


def test_coverage_converts_units_before_comparing(today):
    need = make_need(title="需要大米", category="living", quantity=100, unit="斤")
    offer = make_offer(title="捐赠大米", categories=("living",), quantity=50, unit="公斤")
    assert _feature("coverage", need, offer, today) == 1.0
    assert _feature("unit", need, offer, today) == 1.0


def test_units_that_cannot_compare_score_no_coverage_and_no_unit_agreement(today):
    need = make_need(title="需要大米", category="living", quantity=100, unit="斤")
    offer = make_offer(title="捐赠大米", categories=("living",), quantity=50, unit="袋")
    assert _feature("unit", need, offer, today) == 0.0 and _feature("coverage", need, offer, today) == 0.0


def test_an_item_counted_two_ways_agrees_on_units(today):
    need = make_need(title="需要棉被", category="living", quantity=2, unit="条")
    offer = make_offer(title="捐赠被子", categories=("living",), quantity=5, unit="床")
    assert _feature("unit", need, offer, today) == 1.0


def test_recommend_and_allocate_pair_a_bed_unit_with_a_trailing_space(today):
    need = make_need(title="需要棉被", category="living", quantity=2, unit="床 ")
    offer = make_offer(title="捐赠棉被", categories=("living",), quantity=5, unit="床")
    rec = recommend([need], [offer], today=today)
    plan = allocate([need], [offer], today=today)
    assert rec[0]["matches"][0]["reasons"]["unit"] == 1.0
    assert plan == [{"offer": "o1", "need": "n1", "quantity": 2, "score": rec[0]["matches"][0]["score"]}]


def test_allocate_gives_in_the_needs_unit_and_never_more_than_the_offer_holds(today):
    need = make_need(title="需要大米", category="living", quantity=100, unit="斤")
    offer = make_offer(title="捐赠大米", categories=("living",), quantity=30, unit="kg")
    plan = allocate([need], [offer], today=today)
    assert plan[0]["quantity"] == 60  # 30 kg = 60 斤


def test_allocate_leaves_out_exactly_the_pairs_recommend_scores_as_unit_mismatch(today):
    needs = [make_need(id="a", title="需要大米", category="living", quantity=10, unit="斤"),
             make_need(id="b", title="需要大米", category="living", quantity=10, unit="袋")]
    offer = make_offer(title="捐赠大米", categories=("living",), quantity=50, unit="公斤")
    data = PairData(needs, [offer], today=today)
    ni, _, _ = allocation_edges(data, Scorer())
    units = data.features([0, 1], [0, 0])[:, FEATURE_NAMES.index("unit")]
    assert sorted(ni.tolist()) == [i for i in (0, 1) if units[i] == 1.0]


@pytest.mark.parametrize("text, name, factor", [
    ("两", "两", 0.05), ("市两", "两", 0.05), ("吨", "吨", 1000.0), ("T", "吨", 1000.0), ("市斤", "斤", 0.5),
    ("千克", "kg", 1.0), ("Kg", "kg", 1.0), ("ＫＧ", "kg", 1.0), ("kg ", "kg", 1.0), ("克", "克", 0.001),
    ("g", "克", 0.001), ("Ｇ", "克", 0.001),
])
def test_everyday_mass_units_fold_and_convert(text, name, factor):
    unit = normalise_unit(text)
    assert (unit.name, unit.dimension, unit.factor) == (name, "mass", factor)


def test_bags_and_packs_are_counts_not_weights():
    assert normalise_unit("袋").dimension == normalise_unit("包").dimension == "count"
    assert unit_factor("斤", "包") is None and unit_factor("吨", "袋") is None


def test_counts_compare_only_when_they_count_the_same_thing():
    assert unit_factor("头", "只", frozenset({"头", "件"})) == 1.0  # 件 = 个 = 只: the generic count
    assert unit_factor("头", "只") is None and unit_factor("个", "只") == 1.0


@pytest.mark.parametrize("need_unit, offer_unit, qty, given", [
    ("吨", "公斤", 3000, 1),       # 1 吨 needed, 3,000 kg offered: the whole ton
    ("两", "斤", 1, 10),           # 10 两 = 1 斤
    ("斤", "Kg", 2, 4),
    ("千克", "ＫＧ", 5, 5),
    ("克", "kg", 1, 500),          # 500 g from 1 kg
])
def test_recommend_and_allocate_convert_everyday_mass_units_alike(today, need_unit, offer_unit, qty, given):
    need = make_need(title="需要花椒", category="consumption", quantity=given, unit=need_unit)
    offer = make_offer(title="捐赠花椒", categories=("consumption",), quantity=qty, unit=offer_unit)
    rec = recommend([need], [offer], today=today)
    assert rec[0]["matches"][0]["reasons"]["unit"] == 1.0
    assert allocate([need], [offer], today=today)[0]["quantity"] == given


def test_a_need_in_tons_gets_at_most_what_the_offer_holds(today):
    need = make_need(title="需要水泥", category="housing", quantity=1, unit="吨")
    offer = make_offer(title="捐赠水泥", categories=("housing",), quantity=927, unit="公斤")
    plan = allocate([need], [offer], today=today)
    assert plan[0]["quantity"] == 0.927  # rounded down in the need's unit, never 0.93


def test_a_bag_of_unknown_weight_pairs_neither_in_recommend_nor_in_allocate(today):
    need = make_need(title="需要化肥", category="production", quantity=100, unit="斤")
    offer = make_offer(title="捐赠化肥", categories=("production",), quantity=20, unit="袋")
    rec = recommend([need], [offer], today=today)
    assert all(m["reasons"]["unit"] == 0.0 for m in rec[0]["matches"])
    assert allocate([need], [offer], today=today) == []


def test_animals_counted_in_head_or_each_pair_in_both_when_the_item_lists_both(today):
    need = make_need(title="需要羔羊", category="production", quantity=2, unit="头")
    offer = make_offer(title="捐赠羔羊", categories=("production",), quantity=5, unit="只")
    rec = recommend([need], [offer], today=today)
    assert rec[0]["matches"][0]["reasons"]["unit"] == 1.0
    assert allocate([need], [offer], today=today)[0]["quantity"] == 2
    calf = make_need(title="需要牛犊", category="production", quantity=2, unit="头")  # 牛犊: 头 only
    assert allocate([calf], [make_offer(title="捐赠牛犊", categories=("production",), quantity=5, unit="只")],
                    today=today) == []


@pytest.mark.parametrize("need_unit, offer_unit, factor", [
    ("升", "立方米", 1000.0),      # 方 / 立方 of sand and gravel are cubic metres
    ("立方米", "方", 1.0),
    ("升", "m³", 1000.0),
    ("亩", "公顷", 10000 / 666.6667),
    ("斤", "Kg.", 2.0),            # a full stop after the unit changes nothing
    ("毫克", "克", 1000.0),
    ("厘米", "米", 100.0),
])
def test_volume_area_and_small_units_convert(need_unit, offer_unit, factor):
    # unit_factor: how many of the need's units one of the offer's units is
    assert unit_factor(need_unit, offer_unit) == pytest.approx(factor)


# --- Round 7: traditional weights and count multiples -----------------------------------------------

@pytest.mark.parametrize("text", ["担", "市担", " 担 "])
def test_a_dan_is_a_hundred_jin(text):
    unit = normalise_unit(text)
    assert (unit.name, unit.dimension, unit.factor) == ("担", "mass", 50.0)
    assert unit_factor("斤", text) == pytest.approx(100.0)
    assert unit_factor("担", "公斤") == pytest.approx(1 / 50)


def test_a_dozen_is_twelve_of_the_unit_the_item_counts_in():
    socks = frozenset({"双"})
    assert unit_factor("双", "打", socks) == 12.0       # offer a dozen, need pairs
    assert unit_factor("打", "双", socks) == pytest.approx(1 / 12)
    assert unit_factor("双", "打") is None              # an item not known to count in 双
    assert unit_factor("打", "打") == 1.0


def test_a_ream_is_five_hundred_sheets_and_nothing_else():
    assert unit_factor("张", "令") == 500.0
    assert unit_factor("本", "令", frozenset({"本"})) is None  # 令 multiplies sheets only
    assert normalise_unit("令").dimension == "count"


def test_recommend_and_allocate_count_a_dozen_socks_as_twelve_pairs(today):
    need = make_need(title="需要袜子", category="living", quantity=24, unit="双")
    offer = make_offer(title="捐赠棉袜", categories=("living",), quantity=3, unit="打")
    rec = recommend([need], [offer], today=today)
    assert rec[0]["matches"][0]["reasons"]["unit"] == 1.0
    assert allocate([need], [offer], today=today)[0]["quantity"] == 24   # 2 of the 3 dozen
    small = make_offer(title="捐赠棉袜", categories=("living",), quantity=1, unit="打")
    assert allocate([need], [small], today=today)[0]["quantity"] == 12   # never more than the offer holds


def test_recommend_and_allocate_convert_a_dan_of_rice(today):
    need = make_need(title="需要大米", category="living", quantity=60, unit="斤")
    offer = make_offer(title="捐赠大米", categories=("living",), quantity=2, unit="担")
    assert allocate([need], [offer], today=today)[0]["quantity"] == 60


def test_cash_in_wan_yuan_is_ten_thousand_yuan_for_the_matcher_and_the_evaluator_alike(today):
    # MATCHING_FORMAT.md: cash quantities are yuan; a file that writes the unit 万元 means 10,000 元
    # each. The evaluator's allocation check once read 万元 at its factor while the matcher read every
    # cash unit as 元, so a 20 元 offer "gave" 1 万元 (blind9, 2026-11-30).
    need = make_need(title="补充医疗保险费", category="finance", kind="cash", quantity=1, unit="万元")
    small = make_offer(title="爱心善款", categories=("finance",), kind="cash", quantity=20, unit="元")
    large = make_offer(title="爱心善款", categories=("finance",), kind="cash", quantity=20000, unit="元 ")
    assert _feature("coverage", need, small, today) == pytest.approx(0.002)
    assert _feature("coverage", need, large, today) == 1.0
    plan = allocate([need], [small], today=today)
    assert [line["quantity"] for line in plan] == [0.002]
    assert allocation_violations([need], [small], plan, today) == []
    # Any other unit on a cash record is yuan, as before.
    plain = make_offer(title="爱心善款", categories=("finance",), kind="cash", quantity=30, unit="件")
    assert record_unit("cash", "件") == normalise_unit("元") and record_unit("goods", "万元").factor == 10000
    assert _feature("coverage", make_need(title="学费", category="finance", kind="cash", quantity=60, unit="元"),
                    plain, today) == 0.5


# --- round 8: numeral prefixes and packs whose content the record states ----------------------------


@pytest.mark.parametrize("unit, inner, factor", [("千块", "money", 1000.0), ("万尾", "count", 10000.0),
                                                 ("百斤", "mass", 50.0), ("千片", "count", 1000.0)])
def test_a_numeral_prefix_multiplies_the_unit(unit, inner, factor):
    u = normalise_unit(unit)
    assert (u.dimension, u.factor) == (inner, factor)


def test_a_prefixed_count_compares_with_its_unit_only():
    assert unit_factor("尾", "万尾") == 10000.0
    assert unit_factor("片", "千片") == 1000.0
    assert unit_factor("只", "万尾") is None


@pytest.mark.parametrize("unit, text, dimension, factor, of", [
    ("箱", "矿泉水 每箱12瓶", "count", 12.0, ("瓶",)),
    ("箱", "苏打水330ml×12瓶", "count", 12.0, ("瓶",)),
    ("箱", "纯牛奶 24盒/箱", "count", 24.0, ("盒",)),
    ("盒", "一次性手套（100只/盒）", "count", 100.0, ("件",)),   # 只 is the generic count 件
    ("卷", "黑色地膜（300米/卷）", "length", 300.0, ()),
    ("袋", "复合肥 50kg/袋", "mass", 50.0, ()),
    ("箱", "防疫物资", "count", 1.0, ()),                        # no content stated: a plain count
    ("台", "24瓶", "count", 1.0, ()),                             # not a pack
    # Round 10: any count unit but the generic one, with its content stated per unit
    ("根", "镀锌钢管（6米/根）", "length", 6.0, ()),
    ("条", "防滑地垫 每条0.5平米", "area", 0.5, ()),
    ("根", "钢管×24", "count", 1.0, ()),                          # 「×24」 and 「N装」 stay a pack's
    ("件", "手套（12双/件）", "count", 1.0, ()),                  # the generic count stays one
])
def test_a_pack_counts_the_content_its_record_states(unit, text, dimension, factor, of):
    from matching.units import pack_unit
    u = pack_unit(unit, text)
    assert (u.dimension, u.factor, u.of) == (dimension, factor, of)


def test_recommend_and_allocate_count_a_carton_by_the_bottles_it_holds(today):
    need = make_need(title="急需矿泉水", category="living", quantity=36, unit="瓶")
    offer = make_offer(title="矿泉水（每箱12瓶）", categories=("living",), quantity=5, unit="箱")
    rec = recommend([need], [offer], today=today)
    assert rec[0]["matches"][0]["reasons"]["unit"] == 1.0
    assert allocate([need], [offer], today=today)[0]["quantity"] == 36   # 3 of the 5 cartons


def test_recommend_and_allocate_read_a_roll_of_film_as_its_length(today):
    need = make_need(title="需要地膜", category="production", quantity=600, unit="米")
    offer = make_offer(title="农用地膜（300米/卷）", categories=("production",), quantity=1, unit="卷")
    assert allocate([need], [offer], today=today)[0]["quantity"] == 300   # never more than the roll holds
    plain = make_offer(title="农用地膜", categories=("production",), quantity=1, unit="卷")
    assert allocate([need], [plain], today=today) == []                    # a roll of unknown length


# --- Round 10: 平 is a square metre; a count unit's stated content -------------------------------------


@pytest.mark.parametrize("text", ["平", " 平 ", "平米", "平方"])
def test_ping_is_a_square_metre(text):
    unit = normalise_unit(text)
    assert (unit.name, unit.dimension, unit.factor) == ("平方米", "area", 1.0)


def test_recommend_and_allocate_read_a_pipe_by_its_stated_length(today):
    need = make_need(title="需要镀锌钢管", category="housing", quantity=18, unit="米")
    offer = make_offer(title="镀锌钢管（6米/根）", categories=("housing",), quantity=5, unit="根")
    rec = recommend([need], [offer], today=today)
    assert rec[0]["matches"][0]["reasons"]["unit"] == 1.0
    assert allocate([need], [offer], today=today)[0]["quantity"] == 18   # 3 of the 5 pipes
    plain = make_offer(title="镀锌钢管", categories=("housing",), quantity=5, unit="根")
    assert allocate([need], [plain], today=today) == []                   # a pipe of unknown length


@pytest.mark.parametrize("unit, text", [
    ("把", "扫帚 每把15元"), ("辆", "电动车 每辆2000元"), ("袋", "大米 每袋50元"),   # a price
    ("台", "笔记本电脑 每台8g内存"), ("台", "手机（4g/台）"), ("台", "电动车 48v/台"),  # a spec
    ("头", "肉牛 每头500斤"),                                                         # a weight
])
def test_a_price_a_spec_or_a_weight_per_unit_is_no_content(unit, text):
    assert pack_unit(unit, text) == normalise_unit(unit)


@pytest.mark.parametrize("text", ["每袋25公斤", "每袋25kg", "（25公斤/袋）"])
def test_a_packs_stated_content_reads_the_longest_known_unit(text):
    unit = pack_unit("袋", text)
    assert (unit.dimension, unit.factor) == ("mass", 25.0)


@pytest.mark.parametrize("unit", ["人", "名", "位", "个人", "人次", " 名 "])
def test_people_are_one_count_however_they_are_counted(unit):
    assert normalise_unit(unit).name == "人"
    assert normalise_unit(unit).dimension == "count"


def test_recommend_and_allocate_pair_places_in_ren_ci_with_a_need_in_ming(today):
    # Round 11: a course offered in 人次 and a need for 3 名 count the same people.
    need = make_need(title="想学电焊", category="employment", kind="service", quantity=3, unit="名")
    offer = make_offer(title="电焊技能培训", categories=("employment",), kind="service", quantity=50, unit="人次")
    rec = recommend([need], [offer], today=today)
    plan = allocate([need], [offer], today=today)
    assert rec[0]["matches"][0]["reasons"]["unit"] == 1.0
    assert plan == [{"offer": "o1", "need": "n1", "quantity": 3, "score": rec[0]["matches"][0]["score"]}]
    assert allocation_violations([need], [offer], plan, today) == []


# Round 14: 块 is a piece of goods (一块肥皂, 千块砖), the colloquial 元 only in a cash record.
@pytest.mark.parametrize("kind, unit, expected", [
    ("goods", "块", ("块", "count", 1.0, ())),
    ("goods", " 块 ", ("块", "count", 1.0, ())),
    ("goods", "千块", ("千块", "count", 1000.0, ("块",))),
    ("service", "块", ("块", "count", 1.0, ())),
    ("goods", "块钱", ("元", "money", 1.0, ())),
    ("cash", "块", ("元", "money", 1.0, ())),
    ("cash", "万块", ("万块", "money", 10000.0, ())),
])
def test_kuai_is_a_piece_of_goods_and_money_only_in_cash(kind, unit, expected):
    from matching.units import record_unit

    u = record_unit(kind, unit, "")
    assert (u.name, u.dimension, u.factor, u.of) == expected


def test_goods_in_kuai_meet_their_partners_counted_in_another_listed_unit(today):
    from tests.matching.conftest import make_need, make_offer

    needs = [make_need(id="n1", title="孩子上学缺橡皮", category="education", quantity=4, unit="块"),
             make_need(id="n2", title="想要几块搓衣板", category="living", quantity=1, unit="块"),
             make_need(id="n3", title="盖房还差红砖", category="housing", quantity=3000, unit="块")]
    offers = [make_offer(id="o1", title="捐赠橡皮擦", categories=("education",), quantity=200, unit="个"),
              make_offer(id="o2", title="捐赠搓衣板", categories=("living",), quantity=20, unit="个"),
              make_offer(id="o3", title="捐赠红砖", categories=("housing",), quantity=5, unit="千块")]
    data = PairData(needs, offers, today=today)
    ni, oj = np.arange(3), np.arange(3)
    assert data.unit_compatible(ni, oj).tolist() == [True, True, True]
    assert data.o_amount[2] == 5000 * data.n_amount[2] / 3000  # 5 千块 = 5,000 块


def test_a_cash_need_in_kuai_is_still_yuan(today):
    from tests.matching.conftest import make_need, make_offer

    data = PairData([make_need(title="孩子学费还差", category="education", kind="cash", quantity=3000, unit="块")],
                    [make_offer(title="助学金", categories=("education",), kind="cash", quantity=1, unit="万元")],
                    today=today)
    assert data.unit_compatible(np.array([0]), np.array([0])).tolist() == [True]
    assert data.o_amount[0] == 10000 and data.n_amount[0] == 3000
