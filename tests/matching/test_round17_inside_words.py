"""Round 17: a lexicon file's own short name read inside a dictionary word that is not the thing
(docs "Round 17: an own name inside a word"; ``Lexicon._own_inside``).

Every phrasing is written for this round (households, cadres and donors in their own words; none is copied
from an evaluation part); the lexicon is the shipped one.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded


# --- a one-character name as the object of a verb, or before a place word, is no mention ---------------------------

@pytest.mark.parametrize("text", [
    "爷爷中风后一直卧床，想申请一台轮椅推他出门晒太阳",
    "奶奶卧床三年了，家里缺一个电饭锅",
    "婆婆躺在床上动不了，儿子想要一袋大米",
    "病人整天瘫在床上，家属希望有人送些尿不湿",
    "爷爷的床边要装个扶手，申请防滑垫",
])
def test_a_bed_in_lying_or_on_the_bed_is_not_asked(lex, text):
    assert "床" not in asked(lex, text)
    assert asked(lex, text)  # the item the text does ask for is still read


def test_the_item_asked_beside_a_bedridden_person_stays_alone(lex):
    assert asked(lex, "母亲卧床多年，盼望得到一袋面粉") == ["面粉"]


@pytest.mark.parametrize("text", ["村里的老皮匠想申请一台钉鞋机", "社区有位残疾大叔想要修鞋机谋生"])
def test_a_cobblers_machine_is_no_pair_of_shoes(lex, text):
    assert "鞋子" not in asked(lex, text)


# --- a short name inside a place's or an organisation's name is no mention -----------------------------------------

@pytest.mark.parametrize("text, item", [
    ("我家住龙井村，缺化肥", "茶叶"),
    ("在县城建材城打零工，想要棉被", "建材"),
])
def test_a_short_name_inside_a_place_or_an_organisation_is_not_read(lex, text, item):
    assert item not in asked(lex, text)


@pytest.mark.parametrize("text", ["县里的龙头企业想帮扶合作社，这边缺化肥", "龙井村村委会申请安装路灯"])
def test_a_name_inside_an_organisation_stays_unread(lex, text):
    # Guards: an organisation's span (org_spans) blanked these before this round; they must stay so.
    assert not {"车把", "茶叶"} & set(asked(lex, text))


# --- guards: a modifier + the thing, the thing alone, and the names that hold the word still read ------------------

@pytest.mark.parametrize("text", [
    "家里孩子大了，想要一张木床",
    "我们想申请一张铁床给老人睡",
    "新房子还缺一张双人床",
    "两个娃挤一张小床，想再要一张床",
    "铁架子的睡床坏了，想换一个",
])
def test_a_bed_named_with_its_modifier_is_still_asked(lex, text):
    assert "床" in asked(lex, text)


def test_bedding_still_reads_bedding(lex):
    assert asked(lex, "天冷了，想要一套床上用品") == ["床上用品"]


def test_a_bed_had_beside_a_bedridden_person_is_still_had(lex):
    got, excluded = asked_and_excluded(lex, "木床去年领过了，老人常年卧床，想要一个电暖器")
    assert "床" not in got and "床" in excluded


@pytest.mark.parametrize("text, item", [("想买些龙井茶送亲戚", "茶叶"), ("龙头摔歪了，想换个新龙头", "车把")])
def test_the_names_themselves_still_read(lex, text, item):
    assert item in asked(lex, text)
