"""Round 21: mechanisms of blind33's voice — village WeChat groups (村民群, 网格群, 通知群) where a 网格员, a 村会计 or
a 村支书 collects needs by 接龙 and shops, stations and the 驻村工作队 post offers (docs "Round 21: mechanisms — blind33
analysed").

Every phrasing is written for this round (a household's group lines and a post's words of my own; none is copied
from an evaluation part) with items the lexicon already knows; the lexicon is the shipped one. Tests of a frame assert
what is *not* read (the frame's concept), so that names added later for the things beside it do not change them.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded, need_items, offer_items


# --- 1. a group's had and mistaken lines: the item named there is not asked for ---------------------------------------

@pytest.mark.parametrize("text, asked_item, other", [
    # a line entered by mistake (_MISENTERED, _STRUCK_LINE)
    ("电饭锅接错了，删掉，家里老人瘫在床上，群里接个龙，大米我家要", "大米", "电饭煲"),
    ("同上，棉被我家要。化肥报错了", "棉被", "化肥"),
    ("书包登记错了，麻烦帮登记一下字典", "字典", "书包"),
    ("轮椅那条删掉，拐杖我家需要", "拐杖", "轮椅"),
    # a line written for another household (a 接龙 line named as the line, answered next)
    ("洗衣粉那条是帮隔壁接的，我家不要，大米我家要", "大米", "洗衣粉"),
    ("拐杖这条是替我姐报的，不用了。轮椅我家需要", "轮椅", "拐杖"),
    # registered in the group before (the filing place and 过了 in the topic)
    ("@网格员 化肥上次群里登记过了，已经领了，种子我家要", "种子", "化肥"),
    ("书包之前在群里报过了，领到了。字典我家报一个", "字典", "书包"),
    # had at home, in the first person
    ("水泥我家有，钢筋我家报一个", "钢筋", "水泥"),
    ("字典俺家有的，麻烦帮登记一下书包", "书包", "字典"),
    ("轮椅我们家里有，要拐杖", "拐杖", "轮椅"),
    # 要的是 Y，不算 X: X left out
    ("要的是大米，不算食用油，家里就我和老伴两个", "大米", "食用油"),
    ("要的是拐杖，不算轮椅", "拐杖", "轮椅"),
])
def test_a_group_lines_had_or_mistaken_item_is_not_asked(lex, text, asked_item, other):
    wanted, excluded = asked_and_excluded(lex, text)
    assert asked_item in wanted
    assert other not in wanted
    assert other in excluded


def test_an_emoji_code_closes_the_sentence_before_it(lex):
    # 「[抱拳]」 ends the request; the next sentence is a line named as the line and answered.
    wanted, excluded = asked_and_excluded(lex, "电饭锅我家要[抱拳]洗衣粉那条是帮隔壁接的，我家不要。")
    assert wanted == ["电饭煲"] and excluded == ["洗衣粉"]
    wanted, excluded = asked_and_excluded(lex, "棉被我家需要[OK]大米那条是替邻居报的，我家不要")
    assert wanted == ["棉被"] and "大米" in excluded


@pytest.mark.parametrize("text, item", [
    ("我家有个老人瘫在床上，要轮椅", "轮椅"),          # 我家有 not closing its clause: the situation
    ("化肥不算多，还要化肥", "化肥"),                  # 不算 + a judgement names no exception
    ("不算贵的话，想要一台电饭锅", "电饭煲"),
    ("化肥买错了，想换成复合肥", "化肥"),              # a wrong thing bought is no mistaken line
    ("书包别删，我家要", "书包"),                      # 别删 keeps the line
    ("化肥上次群里登记过了，还没领到，还要化肥", "化肥"),  # registered, not got, wanted again
])
def test_the_group_cues_leave_what_is_still_asked(lex, text, item):
    assert item in asked(lex, text)


# --- 2. who a line is addressed to and where a post sends the reader name no item ------------------------------------

@pytest.mark.parametrize("text", [
    "@网格员 家里老人瘫在床上，麻烦帮登记一下拐杖",
    "@网格员\u2005家里就我和老伴两个，书包我家要",
    "@村会计，化肥我家报一个",
])
def test_an_at_mention_is_no_item(lex, text):
    assert "公益岗位" not in asked(lex, text)


def test_an_at_run_with_no_end_is_left(lex):
    # 「@网格员报两袋化肥」: where the name ends cannot be told; the item after it is read all the same.
    assert "化肥" in asked(lex, "@网格员报两袋化肥")


@pytest.mark.parametrize("title, category", [
    ("县人社局：电焊工免费培训，报名找网格员", "employment"),
    ("镇卫生院发放助学金，材料交村会计", "finance"),
    ("茶园招采茶工，有意向的联系村支书", "employment"),
])
def test_a_posts_contact_is_no_item(lex, title, category):
    assert "公益岗位" not in offer_items(lex, title, category)
    assert "公益岗位" not in asked(lex, title, offer=True)  # not even before the category filter


def test_a_job_sought_after_find_stays_read(lex):
    assert "公益岗位" in asked(lex, "想找网格员的工作")


@pytest.mark.parametrize("title, category, not_item", [
    ("镇卫生院送来一批轮椅，需要的到村卫生室", "medical", "村卫生室建设"),
    ("大米到了，县里的超市老板放在快递驿站，自己来拿", "living", "电商服务站"),
    ("中通快递驿站出钱给村里修通组公路", "infrastructure", "电商服务站"),
    ("村级电商服务站发放临时救助金，材料交村会计", "finance", "电商服务站"),
    ("【群公告】村级电商服务站捐的棉被，按接龙顺序发", "living", "电商服务站"),
    ("电饭煲免费领（菜鸟驿站）", "relocation", "电商服务站"),
    ("镇供销社：水泥到了，危改户来拉", "housing", "危房改造"),
    ("大米到了，低保户凭卡领取", "living", "最低生活保障"),
])
def test_a_posts_pickup_place_giving_station_and_fetchers_are_no_item(lex, title, category, not_item):
    assert not_item not in offer_items(lex, title, category)
    assert not_item not in asked(lex, title, offer=True)  # not even before the category filter


@pytest.mark.parametrize("title, category, item", [
    ("捐建村级电商服务站", "infrastructure", "电商服务站"),     # the station given
    ("村里想建个快递驿站", "infrastructure", "电商服务站"),     # the station asked for
    ("危改户需要水泥", "housing", "水泥"),
])
def test_a_station_asked_for_or_given_stays_read(lex, title, category, item):
    assert item in need_items(lex, title, "", category)


# --- 3. a villager named by where they live is who asks -------------------------------------------------------------

@pytest.mark.parametrize("title, category, item", [
    ("3. 坡脚屯黄大爷 拐杖", "medical", "拐杖"),
    ("杨家湾杨秀英：书包+1", "education", "书包"),
    ("#接龙 轮椅登记 二组陈会计他妈", "medical", "轮椅"),
    ("我家也要电饭锅（七组赵二娃家）", "relocation", "电饭煲"),
])
def test_a_villager_beside_the_item_leaves_the_item(lex, title, category, item):
    assert need_items(lex, title, "", category) == [item]


@pytest.mark.parametrize("text, villager", [
    ("3. 坡脚屯黄大爷 拐杖", "坡脚屯黄大爷"),
    ("杨家湾杨秀英：书包+1", "杨家湾杨秀英"),
    ("五组张建国 报化肥", "五组张建国"),
    ("书包（三组老李家）", "三组老李家"),
])
def test_a_villager_is_blanked_for_the_readers_of_unknown_names(text, villager):
    from matching.lexicon import _fold, item_text
    assert villager not in item_text(_fold(text))


@pytest.mark.parametrize("text", ["二组需要修路", "山沟里缺水窖", "五组 黄豆"])
def test_a_place_word_without_a_person_is_left(text):
    from matching.lexicon import _fold, item_text
    assert item_text(_fold(text)) == _fold(text)


# --- 4. where a household fetches it and the visit goods come with --------------------------------------------------

@pytest.mark.parametrize("text, item, place", [
    ("书包我家需要，啥时候去村部拿？", "书包", "村级活动场所"),
    ("电饭锅我家要，明天到村委会领", "电饭煲", "村级活动场所"),
])
def test_where_a_household_fetches_it_is_no_item(lex, text, item, place):
    wanted = asked(lex, text)
    assert item in wanted and place not in wanted


def test_the_thing_fetched_after_the_place_stays_read(lex):
    assert "降压药" in asked(lex, "去卫生院拿降压药")
    assert "大米" in asked(lex, "到村委会领大米")


@pytest.mark.parametrize("title, category", [
    ("镇卫生院下乡义诊，带来轮椅，需要的到村卫生室", "medical"),
    ("县医院进村义诊 带来血压计", "medical"),
])
def test_a_visit_that_brings_goods_is_no_clinic_given(lex, title, category):
    assert "巡回义诊" not in offer_items(lex, title, category)


def test_a_visit_alone_stays_read(lex):
    assert "巡回义诊" in offer_items(lex, "镇卫生院下乡义诊", "medical")


def test_a_thing_put_outside_this_batch_is_still_a_cue(lex):
    # 「放在」 + a place is where to collect; 「不放在这批」 is round 14's cue and must not be blanked as a place.
    assert asked_and_excluded(lex, "电饭锅不放在这批，先报大米") == (["大米"], ["电饭煲"])
    assert "电商服务站" not in asked(lex, "大米到了，放在快递驿站，自己来拿", offer=True)
