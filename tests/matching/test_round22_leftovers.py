"""Round 22: the kinds round 21 noticed and left alone (docs "Round 22: the kinds round 21 left").

Every phrasing is written for this round (households typing or dictating on a phone, cadres' notes, donors' posts
in their own words; none is copied from an evaluation part); the lexicon is the shipped one. Each kind has its
example from round 21's notes, other phrasings of the same kind (other items, other orders), and guards where the
same words still say what they said before.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded, need_items, offer_items


# --- 1. an enough cue that reaches a span of time: the wish, the question and "only enough" after it -------------

@pytest.mark.parametrize("text, item", [
    ("粮食够吃到明年就好了", "粮食"),  # round 21's note: the older 够吃 cue ended before 到明年
    ("大米要是够吃到开春就好了", "大米"),
    ("面粉能够用到过年该多好", "面粉"),
    ("粮食够吃到开春吗", "粮食"),  # a question whether it is enough
    ("家里的面粉够吃吗", "面粉"),
    ("大米只够吃到年底", "大米"),  # enough only until then: more is asked for after
    ("面粉仅够吃两个月了", "面粉"),
    ("大米只够吃两天了，孩子多", "大米"),
    ("要三袋化肥才够用", "化肥"),
    ("大米够吃到年底，年后就没了", "大米"),  # enough until a time, then none
    ("粮食够吃到开春，往后就断顿了", "粮食"),
])
def test_enough_until_a_time_then_a_wish_or_a_lack_asks(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, item", [
    ("粮食够吃到开春", "粮食"),
    ("粮食够吃到开春了", "粮食"),
    ("家里大米还够吃到明年", "大米"),
    ("面粉够吃，不用送了", "面粉"),
    ("大米去年领过，之后就没了消息", "大米"),  # no news is no lack of the thing
])
def test_enough_said_as_a_statement_is_still_had(lex, text, item):
    assert item in asked_and_excluded(lex, text)[1]


# --- 2. a part received is no receipt of the whole ------------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("被子上次登记过了，已经领了一半", "棉被"),  # round 21's note: the 登记过了 topic and a partial answer
    ("被子上次登记过了，只领了一床", "棉被"),
    ("化肥之前报过了，才发了一半", "化肥"),
    ("被子已经领了一半", "棉被"),
    ("棉衣只发了一件，家里两个孩子", "棉衣"),
    ("轮椅申请过了，才到了一部分", "轮椅"),
    ("大米村里发了一部分，还不够", "大米"),
])
def test_a_part_received_still_asks(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, item", [
    ("被子上次登记过了，已经领了", "棉被"),
    ("被子已经领了", "棉被"),
    ("被子已经领了两床", "棉被"),
    ("大米已经领了，一半给了邻居", "大米"),
])
def test_a_whole_receipt_is_still_had(lex, text, item):
    assert item in asked_and_excluded(lex, text)[1]


def test_a_plea_with_just_is_no_part_received(lex):
    # 「能给就给点」 is a plea; 就 before a giving verb is no "only"
    assert "喷雾器" in asked(lex, "打药的喷壶能给就给点 谢谢")


# --- 4. a space typed inside a name ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("家里缺个电饭 锅", "电饭煲"),  # round 21's note
    ("缺电饭 锅一个", "电饭煲"),
    ("缺个电 饭锅", "电饭煲"),
    ("要两桶食用 油", "食用油"),
    ("想要台洗 衣机", "洗衣机"),
])
def test_a_space_inside_a_name_is_no_break(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, items", [
    ("家里缺 大米 食用油", ["大米", "食用油"]),  # a pause between two names (round 21) stays one
    ("缺 大米 面条", ["大米", "挂面"]),
    ("老人缺 轮椅 拐杖", ["拐杖", "轮椅"]),
    ("需要 化肥 种子 农药", ["农药", "化肥", "种子"]),
])
def test_a_space_between_two_names_still_separates(lex, text, items):
    assert asked(lex, text) == sorted(items)


def test_a_space_is_joined_only_inside_a_name(lex):
    assert lex._names_across_space("家里缺 大米 食用油") == "家里缺 大米 食用油"
    assert lex._names_across_space("家里缺个电饭 锅") == "家里缺个电饭锅"
    assert lex._names_across_space("电饭  锅") == "电饭  锅"  # two spaces are a real break


# --- 7. an institution as the giver, with its own words before the verb (the guess of an unknown item) ------------

@pytest.mark.parametrize("title, category", [
    ("县图书馆捐赠", "education"),  # round 21's example, still
    ("县图书馆爱心捐赠", "education"),
    ("县图书馆志愿者捐赠物资", "education"),
    ("县图书馆向学校赠送一批物资", "education"),
    ("县图书馆联合爱心企业捐赠", "education"),
    ("县文化馆全体职工向村里捐赠一批物资", "education"),
    ("县中医院爱心捐赠物资", "medical"),
    ("市人民医院医护人员捐赠一批物资", "medical"),
])
def test_an_institutions_words_before_its_gift_guess_no_item(lex, title, category):
    assert offer_items(lex, title, category) == []


@pytest.mark.parametrize("title, category, item", [
    ("县图书馆捐赠图书", "education", "图书"),  # the item named after the verb is read
    ("为村图书馆捐赠图书", "education", "图书"),
])
def test_an_institution_giving_a_named_item_gives_it(lex, title, category, item):
    assert item in offer_items(lex, title, category)


def test_an_institution_asked_for_is_still_the_thing(lex):
    from matching.lexicon import _institution_spans

    assert _institution_spans("村里想建个图书馆") == []
    assert _institution_spans("县图书馆志愿者捐赠物资") == [(0, 7)]


# --- 5. a freebie is offered too, below the offer's own item ----------------------------------------------------
# The freebie's name is no item of the offer (round 20's same-clause rule, round 21's next clause), but it stays in
# the offer's kept text, so the text similarity still brings the freebie's needs: above a need the offer does not
# name, below the need for the offer's own item. These pin that order for the writings of round 21's note.

def _ranked_needs(offer_title):
    import datetime as dt

    from matching import Need, Offer
    from matching.api import recommend

    needs = [Need(id=label, title=f"需要{label}", category="living", quantity=1, region="520524101")
             for label in ("大米", "食用油", "棉被")]
    offer = Offer(id="o", title=offer_title, categories=("living",), quantity=5)
    [row] = recommend(needs, [offer], top=3, today=dt.date(2026, 11, 28))
    return [m["need"] for m in row["matches"]]


@pytest.mark.parametrize("title", [
    "捐赠大米，附赠食用油",  # round 21's note
    "捐赠大米5袋，加送食用油一桶",
    "买大米5袋，另送食用油一桶",
    "大米一袋附送食用油",
])
def test_a_freebies_need_ranks_below_the_item_and_above_an_unnamed_one(lex, title):
    assert offer_items(lex, title, "living") == ["大米"]
    assert _ranked_needs(title) == ["大米", "食用油", "棉被"]
