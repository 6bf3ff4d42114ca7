"""Round 13: units as plain writers write them, in the unit field and in the text.

A battery from general knowledge of how households, 帮扶干部, shops and donors fill a form's 单位 field
and describe an amount: case, width and spaces; the 市制 and 公制 weights; packs with their content;
count multiples; volume, area, length, money, people and power; numbers in Chinese numerals. For each
spelling the module must give one dimension and factor (``normalise_unit`` / ``pack_unit``), say
whether two units compare (``unit_factor``), and ``recommend`` and ``allocate`` must agree: a need in X
that an offer in Y covers is scored as unit agreement and allocated, in the need's unit, by both.
"""

from __future__ import annotations

import pytest

from tests.matching.conftest import make_need, make_offer
from matching import allocate, recommend
from matching.evaluation import allocation_violations
from matching.units import normalise_unit, pack_unit, parse_number, record_unit, unit_factor


def _unit(text):
    u = normalise_unit(text)
    return u.dimension, pytest.approx(u.factor), u.of


# --- 1. case, width, spaces ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ＫＧ", "Kg", "kg ", "公 斤", " 千克", "ｋｇ", "KGS", "公斤。"])
def test_a_kilogram_is_one_unit_however_it_is_typed(text):
    assert _unit(text) == ("mass", 1.0, ())


@pytest.mark.parametrize("text, same", [("Ｌ", "升"), (" ml ", "毫升"), ("ＭＬ", "毫升"), ("㎡", "平方米"),
                                        ("Ｍ", "米"), ("平 米", "平方米"), ("公 里", "公里"), ("万 元", "万元")])
def test_width_case_and_spaces_change_no_other_unit(text, same):
    assert unit_factor(same, text) == pytest.approx(1.0)


# --- 2. 市制 and 公制 weights -------------------------------------------------------------------------

@pytest.mark.parametrize("text, kg", [("斤", 0.5), ("市斤", 0.5), ("两", 0.05), ("市两", 0.05), ("公斤", 1.0),
                                      ("千克", 1.0), ("吨", 1000.0), ("公吨", 1000.0), ("担", 50.0), ("克", 0.001),
                                      ("磅", 0.45359237)])
def test_weights_of_both_systems_convert_to_kilograms(text, kg):
    assert _unit(text) == ("mass", kg, ())


def test_jin_and_gongjin_and_dun_compare_both_ways():
    assert unit_factor("斤", "公斤") == 2.0 and unit_factor("公斤", "斤") == 0.5
    assert unit_factor("斤", "吨") == pytest.approx(2000.0) and unit_factor("斤", "担") == pytest.approx(100.0)
    assert unit_factor("两", "斤") == pytest.approx(10.0)


# --- 3. a unit field that states an amount --------------------------------------------------------------

@pytest.mark.parametrize("text, dimension, factor, of", [
    ("25kg", "mass", 25.0, ()),              # 4 × 「25kg」 is 100 kg
    ("50斤", "mass", 25.0, ()),
    ("两百斤", "mass", 100.0, ()),
    ("半吨", "mass", 500.0, ()),
    ("10斤装", "mass", 5.0, ()),
    ("50kg袋", "mass", 50.0, ()),
    ("袋（25kg）", "mass", 25.0, ()),
    ("袋(25KG)", "mass", 25.0, ()),
    ("25kg/袋", "mass", 25.0, ()),
    ("包（50斤）", "mass", 25.0, ()),
    ("每袋25公斤", "mass", 25.0, ()),
    ("5L/桶", "volume", 5.0, ()),
    ("5L", "volume", 5.0, ()),
    ("箱(24瓶)", "count", 24.0, ("瓶",)),
    ("24瓶/箱", "count", 24.0, ("瓶",)),
    ("24瓶装", "count", 24.0, ("瓶",)),
    ("1.5万元", "money", 15000.0, ()),
    ("千元", "money", 1000.0, ()),
])
def test_a_unit_field_with_an_amount_is_that_amount_of_its_inner_unit(text, dimension, factor, of):
    assert _unit(text) == (dimension, factor, of)


@pytest.mark.parametrize("text, same", [
    ("元钱", "元"), ("块儿", "元"), ("斤儿", "斤"), ("三十个平方", "30平方米"), ("个平方", "平方米"), ("亩地", "亩"),
    ("公斤左右", "kg"), ("约50斤", "50斤"), ("25kg左右", "25kg"), ("大约10斤", "10斤"), ("Kg（公斤）", "kg"),
    ("斤(市斤)", "斤"), ("元/人", "元"), ("元/月", "元"), ("个/户", "个"),
])
def test_words_around_a_unit_change_nothing(text, same):
    assert (normalise_unit(text).dimension, normalise_unit(text).factor) == \
        (normalise_unit(same).dimension, normalise_unit(same).factor)


@pytest.mark.parametrize("text", ["斤(公斤)", "台钱", "斤地", "kg/袋"])
def test_a_decoration_that_does_not_fit_its_unit_is_not_dropped(text):
    assert normalise_unit(text).dimension == "count"


@pytest.mark.parametrize("text", ["48v", "2人间", "羽份", "台", "四件套", "3件套"])
def test_a_unit_field_without_a_known_inner_unit_stays_a_count_of_its_own(text):
    u = normalise_unit(text)
    assert (u.dimension, u.factor, u.of) == ("count", 1.0, ())


def test_a_prefixed_unit_reads_as_before():
    assert _unit("千块") == ("money", 1000.0, ()) and _unit("百斤") == ("mass", 50.0, ())
    assert _unit("万尾") == ("count", 10000.0, ("尾",))


# --- 4. packs with the content stated in the text ---------------------------------------------------------

@pytest.mark.parametrize("unit, text, dimension, factor, of", [
    ("袋", "东北大米 袋（25kg）", "mass", 25.0, ()),
    ("袋", "东北大米25kg/袋", "mass", 25.0, ()),
    ("袋", "新米，每袋50斤", "mass", 25.0, ()),
    ("袋", "新米 每袋五十斤", "mass", 25.0, ()),
    ("袋", "一袋25公斤的复合肥", "mass", 25.0, ()),
    ("袋", "复合肥25公斤一袋", "mass", 25.0, ()),
    ("袋", "面粉 一袋一百五十斤", "mass", 75.0, ()),
    ("箱", "纯牛奶 箱(24瓶)", "count", 24.0, ("瓶",)),
    ("箱", "矿泉水一箱12瓶", "count", 12.0, ("瓶",)),
    ("箱", "矿泉水12瓶一箱", "count", 12.0, ("瓶",)),
    ("箱", "牛奶每箱十二盒", "count", 12.0, ("盒",)),
    ("桶", "菜籽油5L/桶", "volume", 5.0, ()),
    ("桶", "菜籽油 每桶五升", "volume", 5.0, ()),
    ("套", "学生文具一套5件", "count", 5.0, ("件",)),
    ("盒", "茶叶 每盒二两", "mass", 0.1, ()),   # 二两 is 2 两 (a weight), not the number 2
])
def test_a_pack_counts_the_content_its_text_states_in_any_of_the_usual_shapes(unit, text, dimension, factor, of):
    u = pack_unit(unit, text)
    assert (u.dimension, u.factor, u.of) == (dimension, pytest.approx(factor), of)


@pytest.mark.parametrize("unit, text", [
    ("袋", "大米 每袋50元"),          # a price
    ("袋", "每户一袋，一般够吃一个月"),  # no amount after the pack
    ("袋", "送两袋"),                  # how many packs, not what one holds
    ("箱", "防疫物资一批"),
    ("头", "肉牛 每头五百斤"),          # a weight of an animal, not content
    ("套", "纯棉床上四件套"),            # a set's name with a number in it
    ("套", "床品4件套"),
])
def test_a_pack_text_without_content_leaves_the_pack_a_count(unit, text):
    assert pack_unit(unit, text) == normalise_unit(unit)


@pytest.mark.xfail(reason="件 is also the form's default unit; since round 8 its stated content is not read "
                          "(「手套（12双/件）」 in 件 stays one 件): reading it needs evaluation on every part",
                   strict=True)
def test_a_jian_carton_with_its_bottles_stated():
    assert pack_unit("件", "啤酒 一件12瓶").factor == 12.0


# --- 5. count multiples -----------------------------------------------------------------------------------

def test_a_dozen_is_twelve_of_the_items_count_and_a_pair_is_not_a_single():
    assert unit_factor("双", "打", frozenset({"双"})) == 12.0
    assert unit_factor("个", "打", frozenset({"件"})) == 12.0
    # 只 is the generic count (个 = 件 = 只); a pair of shoes is never taken one for one as a single.
    assert unit_factor("双", "只") is None and unit_factor("对", "只") is None
    # 副 and 双 of gloves are one count when the item lists both.
    assert unit_factor("双", "副", frozenset({"副", "双"})) == 1.0


# --- 6. volume, area, length, money, people, power --------------------------------------------------------

@pytest.mark.parametrize("text, dimension, factor", [
    ("升", "volume", 1.0), ("L", "volume", 1.0), ("公升", "volume", 1.0), ("毫升", "volume", 0.001),
    ("ml", "volume", 0.001), ("cc", "volume", 0.001), ("立方", "volume", 1000.0), ("方", "volume", 1000.0),
    ("m³", "volume", 1000.0), ("立方米", "volume", 1000.0),
    ("平方米", "area", 1.0), ("㎡", "area", 1.0), ("平米", "area", 1.0), ("平", "area", 1.0), ("m²", "area", 1.0),
    ("亩", "area", 10000 / 15), ("公顷", "area", 10000.0), ("公亩", "area", 100.0), ("平方公里", "area", 1e6),
    ("平方呎", "area", 0.09290304),
    ("米", "length", 1.0), ("公尺", "length", 1.0), ("公里", "length", 1000.0), ("千米", "length", 1000.0),
    ("尺", "length", 1 / 3), ("市尺", "length", 1 / 3), ("丈", "length", 10 / 3), ("寸", "length", 1 / 30),
    ("厘米", "length", 0.01), ("毫米", "length", 0.001), ("呎", "length", 0.3048),
    ("元", "money", 1.0), ("块", "money", 1.0), ("块钱", "money", 1.0), ("万元", "money", 10000.0),
    ("千元", "money", 1000.0), ("百元", "money", 100.0),
    ("千瓦", "power", 1.0), ("kW", "power", 1.0), ("兆瓦", "power", 1000.0), ("W", "power", 0.001),
])
def test_measured_units_fold_and_convert(text, dimension, factor):
    u = normalise_unit(text)
    assert (u.dimension, u.factor) == (dimension, pytest.approx(factor, rel=1e-4))


@pytest.mark.parametrize("text", ["人", "名", "位", "人次", "个人", "人·次", " 位 "])
def test_people_are_one_count(text):
    assert normalise_unit(text).name == "人"


def test_a_visit_count_is_not_a_person():
    assert unit_factor("人", "次") is None


@pytest.mark.parametrize("need, offer", [("斤", "袋"), ("斤", "升"), ("平方米", "米"), ("元", "台"),
                                         ("千瓦", "台"), ("亩", "斤"), ("人", "台")])
def test_units_of_different_dimensions_never_compare(need, offer):
    assert unit_factor(need, offer) is None


# --- 7. numbers in Chinese ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [("两百", 200), ("三十", 30), ("一百五十", 150), ("半", 0.5), ("十二", 12),
                                         ("1.5万", 15000), ("二十五", 25), ("一千二", 1200), ("两", 2),
                                         ("一百零五", 105), ("25", 25), ("0.5", 0.5)])
def test_numbers_written_in_chinese_are_read(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["公斤", "", "二三", "一般"])
def test_words_that_are_no_numbers_read_as_none(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text, dimension, factor", [
    ("两百斤", "mass", 100.0), ("一百五十公斤", "mass", 150.0), ("半吨", "mass", 500.0),
    ("三十来个", "count", 30.0), ("1.5万元", "money", 15000.0),
])
def test_an_amount_in_chinese_numerals_with_its_unit(text, dimension, factor):
    u = normalise_unit(text)
    assert (u.dimension, u.factor) == (dimension, factor)


# --- 8. recommend and allocate agree ----------------------------------------------------------------------

def _both(need, offer, today):
    rec = recommend([need], [offer], today=today)
    matches = rec[0]["matches"]
    unit = matches[0]["reasons"]["unit"] if matches else None
    plan = allocate([need], [offer], today=today)
    assert allocation_violations([need], [offer], plan, today) == []
    return unit, [line["quantity"] for line in plan]


@pytest.mark.parametrize("need_kw, offer_kw, given", [
    # rice in 斤 against bags whose weight the unit field or the text states
    (dict(title="需要两百斤大米", category="living", quantity=200, unit="斤"),
     dict(title="捐赠大米", categories=("living",), quantity=4, unit="袋（25kg）"), 200),
    (dict(title="需要大米", category="living", quantity=100, unit="斤"),
     dict(title="捐赠大米", categories=("living",), quantity=2, unit="25kg/袋"), 100),
    (dict(title="需要大米", category="living", quantity=50, unit="市斤 "),
     dict(title="捐赠大米 每袋五十斤", categories=("living",), quantity=3, unit="袋"), 50),
    (dict(title="需要化肥", category="production", quantity=1, unit="吨"),
     dict(title="捐赠化肥", categories=("production",), quantity=2, unit="半吨"), 1),
    (dict(title="需要化肥", category="production", quantity=150, unit="公斤"),
     dict(title="复合肥 50kg一袋", categories=("production",), quantity=5, unit="袋"), 150),
    # bottles against cartons, litres against drums
    (dict(title="需要矿泉水", category="living", quantity=24, unit="瓶"),
     dict(title="捐赠矿泉水 箱(24瓶)", categories=("living",), quantity=3, unit="箱"), 24),
    (dict(title="需要食用油", category="living", quantity=10, unit="L"),
     dict(title="捐赠食用油", categories=("living",), quantity=4, unit="5L/桶"), 10),
    # 市制 length against metres, 亩 against square metres, kW against MW
    (dict(title="需要花布", category="living", quantity=6, unit="尺"),
     dict(title="捐赠花布", categories=("living",), quantity=10, unit="米"), 6),
    (dict(title="村里建光伏电站", category="infrastructure", quantity=50, unit="千瓦"),
     dict(title="援建光伏电站", categories=("infrastructure",), quantity=0.1, unit="MW"), 50),
    # money and people
    (dict(title="助学金", category="education", kind="cash", quantity=1.5, unit="万元"),
     dict(title="助学捐款", categories=("education",), kind="cash", quantity=20, unit="千元"), 1.5),
    (dict(title="想学电工", category="employment", kind="service", quantity=3, unit="位"),
     dict(title="电工培训", categories=("employment",), kind="service", quantity=20, unit="人·次"), 3),
])
def test_recommend_and_allocate_agree_that_the_offer_covers_the_need(today, need_kw, offer_kw, given):
    unit, given_by_plan = _both(make_need(**need_kw), make_offer(**offer_kw), today)
    assert unit == 1.0
    assert given_by_plan == [given]


def test_recommend_and_allocate_agree_that_mu_and_square_metres_compare(today):
    need = make_need(title="需要地膜", category="production", quantity=2, unit="亩")
    offer = make_offer(title="捐赠地膜", categories=("production",), quantity=2000, unit="㎡")
    unit, given = _both(need, offer, today)
    assert unit == 1.0 and given and given[0] == pytest.approx(2, abs=0.001)


@pytest.mark.xfail(reason="allocation.py gives amounts on a grid of 0.01 of the base unit (m²); 2 亩 = "
                          "1,333.33… m² is not on it, so the plan gives 1.9999 亩, rounded down; the grid is "
                          "the allocator's, not the unit table's", strict=True)
def test_a_need_in_mu_gets_exactly_its_two_mu(today):
    need = make_need(title="需要地膜", category="production", quantity=2, unit="亩")
    offer = make_offer(title="捐赠地膜", categories=("production",), quantity=2000, unit="㎡")
    assert _both(need, offer, today)[1] == [2]


@pytest.mark.parametrize("need_kw, offer_kw", [
    (dict(title="需要大米", category="living", quantity=100, unit="斤"),
     dict(title="捐赠大米", categories=("living",), quantity=4, unit="袋")),          # a bag of unknown weight
    (dict(title="需要洗发水", category="living", quantity=24, unit="瓶"),
     dict(title="捐赠洗发水", categories=("living",), quantity=3, unit="箱")),        # a carton of unknown size
    (dict(title="需要食用油", category="living", quantity=10, unit="升"),
     dict(title="捐赠食用油", categories=("living",), quantity=10, unit="斤")),        # a weight against a volume
])
def test_recommend_and_allocate_agree_that_the_units_do_not_compare(today, need_kw, offer_kw):
    unit, given = _both(make_need(**need_kw), make_offer(**offer_kw), today)
    assert unit in (None, 0.0) and given == []


def test_a_cash_record_reads_a_stated_amount_unit_as_money():
    assert record_unit("cash", "1.5万元").factor == 15000.0
    assert record_unit("cash", "两百斤") == normalise_unit("元")   # cash is money whatever the field says
