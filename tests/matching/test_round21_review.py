"""Round 21 reviewed with fresh eyes (docs "Round 21: a review of the merged change").

Round 21 added frames that blank words naming no item (a pickup place, a giving station, a villager named by place,
a press release's purpose, a contact). Each kind below is a frame that also fired on a request and took away the
thing asked for; every phrasing is made up for this review (households, offices, donors in their own words; none is
copied from an evaluation part), with guards that the frame still blanks what it was written for.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked


def _blanked(text: str) -> list[str]:
    from matching.lexicon import frame_spans

    return [text[a:b] for a, b in frame_spans(text)]


# --- 1. a pickup place (_PICKUP) that was the thing asked for --------------------------------------------------
# 「要的 + 去/到/来 …」 took 去年 and 来一批 for a place, and 「放在 + place + 的 + thing」 blanked the thing itself.

@pytest.mark.parametrize("text, item", [
    ("孩子要的去年没领到棉衣", "棉衣"),
    ("需要的来一批化肥", "化肥"),
    ("想要一个放在厨房的碗柜", "橱柜"),
    ("需要一个能放在床边的小柜子", "床头柜"),
    ("老人想要个放到床头的台灯", "护眼台灯"),
    ("想要能放在门口的鞋柜", "鞋柜"),
    ("需要一台放在堂屋的电视", "电视"),
])
def test_a_pickup_frame_leaves_the_thing_asked_for(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, place", [
    ("需要的到村卫生室", "到村卫生室"),
    ("需要的来村部领", "来村部领"),
    ("要的来拿", "来拿"),
    ("放在快递驿站，自己来拿", "放在快递驿站"),
])
def test_a_pickup_place_is_still_blanked(text, place):
    assert place in _blanked(text)


# --- 2. a giving station (_STATION_DONOR) that was the thing asked for -----------------------------------------
# Only 建 · 修 · 缺 · 需 · 要 · 想 · 盼 · 求 kept a station asked for; 希望 · 申请设立 · 没有 · 办 · 开 · 增设 · 急 did not.

@pytest.mark.parametrize("text", [
    "希望村里设个快递驿站收发快递",
    "申请设立电商服务站帮助销售",
    "村里没有电商服务站帮忙卖货",
])
def test_a_station_asked_for_is_read(lex, text):
    assert "电商服务站" in asked(lex, text)


@pytest.mark.parametrize("text, station", [
    ("村级电商服务站发丧葬救助金", "村级电商服务站"),
    ("中通快递驿站出钱给村里弄路灯", "中通快递驿站"),
])
def test_a_giving_station_is_still_blanked(text, station):
    assert station in _blanked(text)


# --- 3. a villager named by place (_VILLAGER) that was a count + a thing ------------------------------------------
# 一组 · 两组 is a count too, and a thing may start with a surname's character (高 · 方 · 白 · 石 · 铁).

@pytest.mark.parametrize("text, item", [
    ("学校需要：两组高低床", "床"),
    ("需要：一组方桌", "餐桌"),
    ("需要 一组白板", "黑板"),
])
def test_a_count_and_a_thing_is_no_villager(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text", ["石坝 石料", "两组铁架床", "需要：一组方桌"])
def test_a_thing_after_a_place_word_is_not_blanked(text):
    assert not _blanked(text)


@pytest.mark.parametrize("text, villager", [
    ("五组张建国 缺化肥", "五组张建国"),
    ("六组刘桂兰 要棉被", "六组刘桂兰"),
    ("五组王芳 要棉被", "五组王芳"),
    ("杨家湾杨秀英 要棉被", "杨家湾杨秀英"),
    ("二组陈会计他妈 要轮椅", "二组陈会计他妈"),
])
def test_a_villager_is_still_blanked(text, villager):
    assert villager in _blanked(text)


# --- 4. a press release's purpose (_OCCASION's 助力) that was a product -------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("急需电动助力自行车", "自行车"),
    ("需要助力三轮车", "农用三轮"),
    ("需要一辆电动助力三轮车", "农用三轮"),
])
def test_a_power_assisted_vehicle_is_read(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, purpose", [
    ("捐赠化肥助力春耕", "助力春耕"),
    ("捐赠化肥，助力产业发展", "助力产业发展"),
    ("爱心企业捐赠种子，助力乡村振兴", "助力乡村振兴"),
])
def test_a_purpose_is_still_blanked(text, purpose):
    assert purpose in _blanked(text)


# --- 5. a contact (_CONTACT) that was the job sought -----------------------------------------------------------

@pytest.mark.parametrize("text", ["我们村想找网格员", "要找网格员"])
def test_a_job_sought_is_no_contact(lex, text):
    assert "公益岗位" in asked(lex, text)


@pytest.mark.parametrize("text", ["报名找网格员", "有事找网格员", "材料交村会计"])
def test_a_contact_is_still_blanked(text):
    assert any(role in _blanked(text)[0] for role in ("网格员", "村会计"))


# --- 6. a bracketed tag read as a WeChat emoji (_emoji_stops) ------------------------------------------------------
# 「[棉被]」 in a form's or a listing's line is the item's tag, not an emoji: it was read as 「。」 and the item lost.

@pytest.mark.parametrize("text, items", [
    ("需要物资：[棉被] [大米]", ["大米", "棉被"]),
    ("需要［棉被］", ["棉被"]),
    ("急需[轮椅]一台", ["轮椅"]),
    ("物资清单 [大米][食用油]", ["大米", "食用油"]),
])
def test_a_bracketed_item_tag_is_read(lex, text, items):
    assert all(item in asked(lex, text) for item in items)


def test_a_bracketed_item_tag_is_read_in_an_offer(lex):
    assert "大米" in asked(lex, "捐赠[大米]10袋", offer=True)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("被子我家要[抱拳]褥子那条是帮隔壁接的，我家不要", "棉被", "褥子"),
    ("老人需要一台冰箱[抱拳]谢谢", "电冰箱", None),
    ("谢谢大家[蛋糕]，需要化肥", "化肥", None),
])
def test_an_emoji_is_still_a_stop(lex, text, wanted, unwanted):
    from tests.matching.lexicon_helpers import asked_and_excluded

    got, excluded = asked_and_excluded(lex, text)
    assert wanted in got and (unwanted is None or unwanted in excluded)
    assert "蛋糕" not in got


# --- 7. a detail of a group line entered wrong (_MISENTERED) -------------------------------------------------------
# 「数量填错了」「尺码报错了」 say the count or size was wrong; the line's thing is still asked for.

@pytest.mark.parametrize("text, item", [
    ("被子数量填错了，要3床", "棉被"),
    ("棉鞋尺码报错了，要42码", "棉鞋"),
    ("被子电话写错了，还是要被子", "棉被"),
])
def test_a_detail_entered_wrong_keeps_the_thing(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, item", [
    ("被子接错了，删掉", "棉被"),
    ("被子报错了", "棉被"),
    ("褥子登记错了", "褥子"),
])
def test_a_line_entered_wrong_is_still_taken_back(lex, text, item):
    from tests.matching.lexicon_helpers import asked_and_excluded

    assert item in asked_and_excluded(lex, text)[1]


# --- 8. a use given up because a new one is wanted (21r's 不 + a verb of use + 了) -------------------------------
# 「书包不背了 要个新的」: the old one is put away and a new one asked for, past a space or a comma.

@pytest.mark.parametrize("text, item", [
    ("书包不背了 要个新的", "书包"),
    ("那个棉袄不穿了 想要件新的", "棉衣"),
    ("那个棉袄不穿了，想要件新的", "棉衣"),
    ("书包不背了，要个新的", "书包"),
    ("被子不盖了 想要床厚的", "棉被"),
])
def test_a_use_given_up_for_a_new_one_asks(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, item", [
    ("轮椅不坐了", "轮椅"),
    ("轮椅不坐了，想要拐杖", "轮椅"),
    ("老花镜不戴了", "老花镜"),
])
def test_a_use_given_up_is_still_no_request(lex, text, item):
    from tests.matching.lexicon_helpers import asked_and_excluded

    assert item in asked_and_excluded(lex, text)[1]


# --- 9. a thing said before a household's status and an addressed person (21p's run back over 户) ----------------
# 「大米低保户王大爷家要两袋」: the run back from 户 went over 大米 too; it now stops at the status or a place before it.

@pytest.mark.parametrize("text, item", [
    ("大米低保户王大爷家要两袋", "大米"),
    ("棉被低保户张大姐要一床", "棉被"),
    ("轮椅脱贫户李大爷急需", "轮椅"),
    ("电视机五保户刘奶奶要一台", "电视"),
])
def test_a_thing_before_a_households_status_is_read(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, person", [
    ("大米低保户王大爷家要两袋", "低保户王大爷"),
    ("龙潭村低保户张大姐缺棉被", "龙潭村低保户张大姐"),
    ("新春走访：低保户孙大爷盼着旱厕的蹲盆", "低保户孙大爷"),
    ("石门村建档立卡户刘大爷", "石门村建档立卡户刘大爷"),
])
def test_the_status_and_the_person_are_still_blanked(text, person):
    assert person in _blanked(text)


# --- 10. a rhetorical question read as not pressing (21b's _NOT_PRESSING) ----------------------------------------
# 「棉被不是最要紧的吗」 says it is the most pressing: 不是 + a pressing word + 吗 asks.

@pytest.mark.parametrize("text, item", [
    ("冬天来了，棉被不是最要紧的吗", "棉被"),
    ("被子不是急事吗", "棉被"),
    ("轮椅不是眼下的难处吗", "轮椅"),
    ("老人的棉衣不是最缺的嘛", "棉衣"),
])
def test_a_rhetorical_not_pressing_asks(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, item", [
    ("相比之下，被子倒不是眼下的难处", "棉被"),
    ("被子并不是最要紧的", "棉被"),
    ("被子不是急事", "棉被"),
])
def test_not_pressing_is_still_excluded(lex, text, item):
    from tests.matching.lexicon_helpers import asked_and_excluded

    assert item in asked_and_excluded(lex, text)[1]
