"""Round 18: the kinds round 17 noticed and left alone (docs "Round 18: the kinds round 17 left").

Every phrasing is written for this round (households, cadres, village committees and donors in their own words;
none is copied from an evaluation part); the lexicon is the shipped one.
"""

from __future__ import annotations

import pytest

from matching.units import unit_factor
from tests.matching.lexicon_helpers import asked, asked_and_excluded


# --- 1. a promise broken, or a trial failed, in the next segment -------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("村里答应给我家电饭锅，一直没送来", "电饭煲"),
    ("说好给孩子书包，到现在也没来", "书包"),
    ("镇上答应过发棉被，到现在都没发", "棉被"),
    ("帮扶干部说好给我们装太阳能热水器，后来也没装", "热水器"),
    ("亲戚说好过年带棉衣回来，结果没带", "棉衣"),
    ("企业承诺捐轮椅，至今没落实", "轮椅"),
])
def test_a_promise_broken_in_the_next_segment_asks_again(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, item", [
    ("答应给电饭锅，已经送来了", "电饭煲"),
    ("答应给书包，谢谢", "书包"),
    ("协作单位答应下个月送棉被", "棉被"),
])
def test_a_promise_kept_or_standing_is_still_had(lex, text, item):
    asked_items, excluded = asked_and_excluded(lex, text)
    assert item not in asked_items and item in excluded


@pytest.mark.parametrize("text, item", [
    ("去年试过化肥，不行", "化肥"),
    ("前年试过这种饲料，效果不好", "饲料"),
    ("合作社试养过土鸡，都亏了", "土鸡"),
    ("去年试种过花椒苗，不行，想换核桃苗", "花椒苗"),
])
def test_a_trial_failed_in_the_next_segment_is_a_past_matter(lex, text, item):
    asked_items, excluded = asked_and_excluded(lex, text)
    assert item not in asked_items and item in excluded


@pytest.mark.parametrize("text, item", [
    ("去年试种过花椒苗，不行，想换核桃苗", "核桃苗"),
    ("试过化肥，想要更多", "化肥"),
    ("想试试滴灌带", "滴灌设备"),
])
def test_what_a_trial_does_not_fail_is_still_asked(lex, text, item):
    assert item in asked(lex, text)


# --- 2. a person word and a place word are no compound name --------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("老人床边没有扶手", "床"),
    ("老人床边需要一个尿壶", "床"),
    ("儿童床边想装个小台灯", "床"),
    ("儿童床边想装个小台灯", "摇篮"),
])
def test_a_person_and_a_place_word_read_no_thing(lex, text, item):
    assert item not in asked(lex, text)


@pytest.mark.parametrize("text, item", [
    ("老人床边需要一个尿壶", "便盆"),
    ("想要一张老人床", "床"),
    ("老人床坏了", "床"),
    ("木床上个月坏了", "床"),
    ("方便面上回村里买了，想要棉被", "棉被"),
])
def test_the_thing_and_the_others_are_still_read(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, item", [
    ("学习桌上个月发过了", "课桌椅"),
    ("方便面上回团购已经买了", "方便面"),
])
def test_a_time_after_a_name_is_no_place_word(lex, text, item):
    assert item in asked_and_excluded(lex, text)[1]


@pytest.mark.parametrize("text", ["照护的人说家里缺轮椅", "家里有陪护的人，缺个轮椅"])
def test_a_person_described_by_a_service_asks_no_service(lex, text):
    assert asked(lex, text) == ["轮椅"]


@pytest.mark.parametrize("text", ["村里缺照护的人手", "希望有人上门照护老人", "想要养老照护服务"])
def test_the_service_itself_is_still_asked(lex, text):
    assert "养老服务" in asked(lex, text)


# --- 3. a topic's noun phrase may hold leftover text ---------------------------------------------------------------

@pytest.mark.parametrize("text, items", [
    ("饭桌带板凳登记过一回，已经领走了", ["椅子", "餐桌"]),
    ("旧棉被和枕头登记过一回，已经领走了", ["枕头", "棉被"]),
    ("锅碗瓢盆带碗柜上回登记过，村里已经发了", ["橱柜"]),
    ("新棉衣和棉鞋报过一回，已经落实了", ["棉衣", "棉鞋"]),
    ("挂灶头上熏的肉登记过一回，已经领走了", ["腊肉"]),
])
def test_a_topic_with_leftover_text_is_answered(lex, text, items):
    asked_items, excluded = asked_and_excluded(lex, text)
    assert not set(items) & set(asked_items)
    assert set(items) <= set(excluded)


@pytest.mark.parametrize("text, item", [
    ("请给孩子买书包吧，家里没有", "书包"),
    ("缺棉被登记过一回，一直没发", "棉被"),
    ("家里缺棉被，已经领走了", "棉被"),
])
def test_a_request_is_no_topic(lex, text, item):
    assert item in asked(lex, text)


# --- 4 / 5. the thing a course or a service is about is no item of its own ------------------------------------------

@pytest.mark.parametrize("text, item, thing", [
    ("农产品网店代运营服务", "电商代运营", "农产品"),
    ("免费缝纫机培训班，包教包会", "技能培训", "缝纫机"),
    ("想学电脑培训班", "技能培训", "电脑"),
])
def test_a_thing_before_its_course_or_service_is_not_read(lex, text, item, thing):
    for offer in (True, False):
        got = asked(lex, text, offer=offer)
        assert item in got and thing not in got


@pytest.mark.parametrize("text, items, offer", [
    ("捐赠缝纫机，开展缝纫培训", ["缝纫培训", "缝纫机"], True),
    ("家里缺缝纫机和培训", ["技能培训", "缝纫机"], False),
    ("捐赠挖掘机一台", ["挖掘机"], True),
    ("想参加挖掘机培训", ["挖掘机培训"], False),
])
def test_a_thing_beside_a_course_is_still_read(lex, text, items, offer):
    assert asked(lex, text, offer=offer) == items


# --- 6. units: a multiple of an interchangeable count, a pair --------------------------------------------------------

def test_a_multiple_of_one_interchangeable_count_is_a_multiple_of_the_other():
    tiles = frozenset({"匹", "片"})  # tiles counted 片 or, in the south-west, 匹
    assert unit_factor("匹", "千片", tiles) == 1000.0
    assert unit_factor("千片", "匹", tiles) == pytest.approx(0.001)
    assert unit_factor("匹", "千片") is None  # an item not counted in both
    assert unit_factor("张", "千片", frozenset({"张"})) is None

