"""Round 20: the kinds round 19 noticed and left alone (docs "Round 20: the kinds round 19 left").

Every phrasing is written for this round (households, cadres, village committees, relatives far away and donors in
their own words; none is copied from an evaluation part); the lexicon is the shipped one.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded, offer_items


# --- 1. a model before 同款, a style before 款 ----------------------------------------------------------------------

@pytest.mark.parametrize("text, item, model", [
    ("闺女想给她爸弄个小米同款电视", "电视", "小米"),
    ("孙子上网课，求一台学习机同款平板", "电脑", "学习机"),
    ("村委会：为留守儿童募集学习机同款平板电脑", "电脑", "学习机"),
    ("谁家有小米同款的电视机，闲置的也行", "电视", "小米"),
])
def test_a_model_before_tongkuan_is_no_item(lex, text, item, model):
    items = asked(lex, text)
    assert item in items and model not in items


def test_a_model_before_tongkuan_in_an_offer(lex):
    items = asked(lex, "直播间公益：小米同款智能电视（全新）", offer=True)
    assert "电视" in items and "小米" not in items


@pytest.mark.parametrize("text, item, style", [
    ("俺家想要一台微耕机柴油款", "微耕机", "柴油"),
    ("合作社缺柴油款微耕机两台", "微耕机", "柴油"),
    ("老爹养蜂，想要个蜂箱杉木款", "中蜂蜂箱", "木材"),
    ("帮扶干部代报：旋耕机柴油款一台", "微耕机", "柴油"),
])
def test_a_style_before_kuan_is_no_item(lex, text, item, style):
    items = asked(lex, text)
    assert item in items and style not in items


@pytest.mark.parametrize("text, items", [
    ("拖拉机没油了，缺柴油", ["拖拉机", "柴油"]),  # 柴油 asked for itself, no 款
    ("想要一床加厚款棉被", ["棉被"]),
    ("申请节日慰问款", ["慰问金"]),            # 款 as money keeps what it read
])
def test_kuan_alone_keeps_its_reading(lex, text, items):
    assert items == asked(lex, text)


def test_tongkuan_as_the_same_one_keeps_its_cue(lex):
    # 同款 with nothing after it is "the same one": the thing is had.
    asked_items, excluded = asked_and_excluded(lex, "羽绒服同款家里已经有了")
    assert "羽绒服" not in asked_items and "羽绒服" in excluded


# --- 2. a freebie in a donor's listing -------------------------------------------------------------------------------

@pytest.mark.parametrize("title, item, freebie", [
    ("爱心药房捐赠：血糖测试仪送试纸", "血糖仪", "血糖试纸条"),
    ("某家电品牌公益：电饭煲加送一把饭勺", "电饭煲", "锅铲"),
    ("文具店捐自动铅笔（送铅芯、橡皮）", "铅笔", "橡皮"),
    ("农资店公益：买化肥送农药", "化肥", "农药"),
])
def test_a_freebie_is_no_item_of_the_offer(lex, title, item, freebie):
    items = asked(lex, title, offer=True)
    assert item in items and freebie not in items


@pytest.mark.parametrize("title, item", [
    ("爱心企业赠送棉被", "棉被"),
    ("县慈善会送白米", "大米"),
    ("商会为留守老人送保温暖壶", "暖壶"),
    ("物流公司免费配送大米到村", "大米"),
])
def test_a_giving_verb_with_nothing_before_it_gives(lex, title, item):
    assert item in asked(lex, title, offer=True)


def test_a_need_that_names_a_gift_still_asks(lex):
    # A need's 「送」 is no listing: 「想要轮椅，送双拐也行」 asks for both.
    assert {"轮椅", "拐杖"} <= set(asked(lex, "想要轮椅，送副拐杖也行"))


# --- 3. a pack word is a unit, never a name ---------------------------------------------------------------------------

@pytest.mark.parametrize("title, guessed", [
    ("蛋卷礼盒装", "包装礼盒"),
    ("沙琪玛整箱装", "卫生纸"),
    ("沙琪玛整箱装", "方便面"),
])
def test_a_pack_word_is_not_guessed(lex, title, guessed):
    assert guessed not in offer_items(lex, title, "living")


def test_a_pack_word_is_blanked_in_the_unknown_name():
    from matching.lexicon import item_text
    assert "礼盒" not in item_text("手工麻糖礼盒装") and "家庭" not in item_text("洗衣凝珠家庭装")
    assert "家庭装修" in item_text("家庭装修")


# --- 4. a refusal told in the next segment ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("老人嫌助听器太重，死活不肯戴", "助听器"),
    ("家里那副老花镜，奶奶嫌丑不戴", "老花镜"),
    ("拐杖放在门后，爷爷说啥也不用", "拐杖"),
    ("爷爷嫌拐杖丢人，打死也不拄", "拐杖"),
    ("去年配的轮椅，老汉嫌丢人，怎么也不肯坐", "轮椅"),
    ("孙子寄回来的助听器，她嫌太吵，死活不肯戴", "助听器"),
    ("拐杖靠在墙角，老汉嫌沉，说啥也不用", "拐杖"),
])
def test_a_refusal_in_the_next_segment_is_no_request(lex, text, item):
    asked_items, excluded = asked_and_excluded(lex, text)
    assert item not in asked_items and item in excluded


@pytest.mark.parametrize("text, item", [
    ("想要一副老花镜，他嫌旧的丑不戴", "老花镜"),
    ("老人嫌助听器太重，想换个轻的", "助听器"),
    ("申请助听器，老人不肯去医院配", "助听器"),
    ("给奶奶买的助听器，她嫌太吵，想换个好的", "助听器"),
])
def test_a_request_before_a_refusal_still_asks(lex, text, item):
    assert item in asked(lex, text)


# --- 5. a producer's trade is no request ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, item, trade", [
    ("土豆种植户缺化肥", "化肥", "土豆"),
    ("我们是茶叶种植户，急需采茶机", "茶叶加工设备", "茶叶"),
    ("村里几户肉牛养殖户需要青贮饲料", "牛羊草料", "牛犊"),
    ("缺化肥的土豆种植户", "化肥", "土豆"),
])
def test_a_producers_trade_is_no_request(lex, text, item, trade):
    items = asked(lex, text)
    assert item in items and trade not in items


def test_a_place_of_the_trade_may_be_asked(lex):
    # 养殖场 is a place that may be what is asked for: only a household (户, 合作社) makes the word before a trade.
    assert asked(lex, "帮茶叶种植户卖茶叶") == ["茶叶"]


# --- 6. a broad head with a bracket -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("慢性病用药（高血压）", "降压药"),
    ("常用药（降糖）", "降糖药"),
    ("监测户申请慢性病用药（糖尿病）", "降糖药"),
    ("台账：常用药（降压）每月两盒", "降压药"),
])
def test_a_broad_head_reads_its_bracket(lex, text, item):
    assert asked(lex, text) == [item]


def test_a_broad_head_with_its_bracket_keeps_its_cue(lex):
    asked_items, excluded = asked_and_excluded(lex, "慢性病用药（高血压）去年领过了")
    assert "降压药" not in asked_items and "降压药" in excluded


@pytest.mark.parametrize("text, item", [
    ("轮椅（手摇）", "轮椅"),
    ("冬装校服（学生）", "冬季校服棉衣"),      # 校服 is above the head's item: not read
])
def test_a_named_head_keeps_its_item_when_the_bracket_does_not_narrow_it(lex, text, item):
    assert item in asked(lex, text)


def test_a_bracket_joined_only_in_part_is_no_qualifier(lex):
    # 「…老周」 + 记本 would be 周记本 (作业本): the joined name must hold the whole bracket.
    assert "作业本" not in asked(lex, "求网课用的笔记本（低保户老周）")
