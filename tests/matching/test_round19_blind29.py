"""Round 19: the mechanisms blind29 showed (docs "Round 19: mechanisms — blind29 analysed").

blind29's voice is a son's, a daughter's or a grandchild's working away from home, posting for the family in the
village from a phone, and donors writing offers as product listings. Every phrasing here is written for this round
(none is copied from an evaluation part); the lexicon is the shipped one.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded, offer_items


# --- 1. a child far from home's had (_SALE_GOT, _NEW_GOT, _PARCEL_CAME, _SAID_HAD, declining, a gift) -------------

@pytest.mark.parametrize("text, item", [
    # got in an online sale
    ("电饭锅趁年货节秒到了", "电饭煲"),
    ("书包我姐拼团拼到手了", "书包"),
    ("轮椅我在网上砍价砍到了", "轮椅"),
    ("棉被早就抢到，谢谢大家", "棉被"),
    # a new one got
    ("热水器前年已经换了个新的了", "热水器"),
    ("书包开学前添了新的了", "书包"),
    # a parcel come
    ("棉衣的包裹前天就到家了", "棉衣"),
    ("电饭锅快递今天送到了", "电饭煲"),
    # had elsewhere, on someone's word
    ("书包孩子说班上有", "书包"),
    # refused by the one at home
    ("爷爷嫌吵，死活不肯戴助听器", "助听器"),
    ("奶奶不肯用电热毯，怕着火", "电热毯"),
    # in an employer's or a festival's gift
    ("羽绒服厂里过年发的福利里也有", "羽绒服"),
    ("电热毯年会发的奖品里就有", "电热毯"),
    ("书包学校发的奖品里有", "书包"),
])
def test_a_far_away_childs_had_is_no_request(lex, text, item):
    asked_items, excluded = asked_and_excluded(lex, text)
    assert item not in asked_items and item in excluded


@pytest.mark.parametrize("text, item", [
    ("没抢到电饭锅，求一个", "电饭煲"),
    ("希望能抢到电饭锅", "电饭煲"),
    ("想换个新的热水器", "热水器"),
    ("热水器坏了，想换新的", "热水器"),
    ("孩子说学校没有书包，求一个", "书包"),
    ("急需棉衣，快递寄到村里就行", "棉衣"),
    ("老人肯用电热毯，求一条", "电热毯"),
])
def test_the_same_words_in_a_request_still_ask(lex, text, item):
    assert item in asked(lex, text)


# --- 2. a donor's name by the kind of body (_DONOR_PROGRAMME, _HOST, 品牌 withheld, 工厂直发) ------------------------

@pytest.mark.parametrize("title, category, items", [
    ("书包（某农机品牌CSR项目发起，线上申请）", "education", ["书包"]),
    ("书包｜某建材集团公益基金", "education", ["书包"]),
    ("棉被（某物流公司公益基金发起，线上申请）", "living", ["棉被"]),
    ("电饭锅包邮到家（带货主播小李）", "relocation", ["电饭煲"]),
    ("网红主播阿花认购农家腊肉", "consumption", ["腊肉"]),
    ("防水涂料工厂直发，包邮到村", "housing", ["防水涂料"]),
])
def test_a_donors_body_is_no_item(lex, title, category, items):
    assert offer_items(lex, title, category) == items


@pytest.mark.parametrize("text, item", [
    ("合作社求购带货主播", "电商培训"),
    ("村里最缺的是电商主播", "电商培训"),
    ("需要品牌设计", "包装设计"),
])
def test_a_host_or_a_brand_asked_for_is_read(lex, text, item):
    assert item in asked(lex, text)


def test_a_course_for_hosts_is_offered(lex):
    assert "电商培训" in asked(lex, "电商主播孵化班", offer=True)

