"""Round 22: mechanisms of blind36's voice — needs as letters to the 县长信箱, 领导留言板 messages and 12345 工单 (a
petition and its follow-up), offers as young donors' 小红书 / 闲鱼-style posts (docs "Round 22: petitions and young
donors' posts").

Every phrasing is written for this round (an official's reply, a caller's follow-up, a post's tags; none is copied
from an evaluation part); the names are ones the lexicon already has, so the tests hold the constructions, not the
part's names. For every new "not asked" construction there are cases where the same words do ask.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded, need_items, offer_items


# --- 1. a reply that finds the thing delivered: 已于 + a time + 发放到位 · 发放到户 ---------------------------------------

@pytest.mark.parametrize("text", [
    "经核实，轮椅已于10月底发放到位",
    "棉被已于上周发放到户",
    "答复：电视已于本月中旬配发到位",
    "轮椅已发放到位",
])
def test_a_reply_that_finds_it_delivered_asks_nothing(lex, text):
    got, excluded = asked_and_excluded(lex, text)
    assert got == [] and excluded


def test_a_place_to_put_it_is_still_read_apart_from_a_delivery(lex):
    # 放在 + a place stays the pickup frame (no status of the item); only 发放到 · 投放到 are a delivery.
    assert asked(lex, "棉被放在村部，方便大家来拿") == ["棉被"]


# --- 2. a request withdrawn in a follow-up ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "撤回此前关于棉被的诉求",
    "撤销上次对轮椅的申请",
    "本人撤回之前提交的电视求助",
    "关于口罩的申请特此撤回",
])
def test_a_withdrawn_request_asks_nothing(lex, text):
    got, excluded = asked_and_excluded(lex, text)
    assert got == [] and excluded


@pytest.mark.parametrize("text, item", [
    ("请不要撤销棉被的申请", "棉被"),
    ("村里撤销了我家棉被的申请，希望重新审核", "棉被"),
    ("轮椅的申请被撤销，恳请领导再帮忙解决轮椅", "轮椅"),
])
def test_a_withdrawal_done_to_the_writer_or_asked_against_still_asks(lex, text, item):
    assert item in asked(lex, text)


# --- 3. bought or given by someone, said with 是 … 的 ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "棉被是帮扶干部自己掏钱给买的",
    "轮椅是亲戚送的",
    "电视是驻村第一书记个人出钱买的",
    "口罩是村医给发的",
])
def test_bought_by_someone_asks_nothing(lex, text):
    got, excluded = asked_and_excluded(lex, text)
    assert got == [] and excluded


@pytest.mark.parametrize("text, item", [
    ("现在最需要的是棉被", "棉被"),
    ("轮椅是亲戚送的吗", "轮椅"),
    ("棉被是要自己花钱买的，家里买不起", "棉被"),
    ("电视是必须买的", "电视"),
    ("轮椅不是亲戚送的，还缺轮椅", "轮椅"),
])
def test_the_same_words_that_ask(lex, text, item):
    assert item in asked(lex, text)


def test_a_petition_with_a_follow_up_line_asks_for_its_own_item_only(lex):
    title = "12345工单｜来电人反映独居老人缺棉衣"
    description = ("来电人反映：家里三口人，老人独自在家。诉求：希望相关部门协调解决棉衣。"
                   "撤回此前关于棉被的诉求。电热毯是帮扶干部自己掏钱给买的。")
    assert need_items(lex, title, description, "living") == ["棉衣"]


# --- 4. who asks in a petition's title: a pupil and the kin who keeps the pupil --------------------------------------------

@pytest.mark.parametrize("title, category", [
    ("【领导留言板】留守儿童小雨和她奶奶申请数数的小木棒", "education"),
    ("12345工单｜来电人反映留守儿童小军和爷爷缺数数的小木棒", "education"),
    ("致书记的一封信：留守儿童小花与外婆的数数的小木棒难题", "education"),
])
def test_a_pupil_and_kin_asking_are_no_item(lex, title, category):
    assert "留守儿童关爱" not in need_items(lex, title, "", category)


def test_a_pupil_and_kin_asking_keep_the_known_item(lex):
    assert need_items(lex, "【领导留言板】留守儿童小雨和她奶奶申请书包", "", "education") == ["书包"]


def test_care_for_left_behind_children_asked_for_is_kept(lex):
    assert "留守儿童关爱" in asked(lex, "村里希望开展留守儿童关爱活动")


# --- 5. where a petition was sent: 【县长信箱】 · 领导留言板 · 12345热线 -------------------------------------------------------

@pytest.mark.parametrize("title", [
    "【县长信箱】关于解决数数的小木棒问题的求助",
    "【市长信箱】数数的小木棒",
    "通过12345热线反映数数的小木棒",
])
def test_where_a_petition_was_sent_is_no_item(lex, title):
    assert "信箱" not in asked(lex, title)


def test_an_item_after_the_mailbox_heading_is_kept(lex):
    assert need_items(lex, "【书记信箱】关于解决棉被问题的求助", "", "living") == ["棉被"]


# --- 6. a young donor's post: hashtags, the reason for giving away, an online handle --------------------------------------

@pytest.mark.parametrize("title, category, item", [
    ("医学生社团出动！宝妈群：医用外科口罩 独立包装 #义诊 #公益", "medical", "口罩"),
    ("开学季｜社团给山区孩子送书包 #支教 #公益", "education", "书包"),
    ("闲置 轮椅 可折叠 #志愿者日常 #闲置转赠", "medical", "轮椅"),
])
def test_a_posts_hashtags_name_its_occasion_not_an_item(lex, title, category, item):
    assert offer_items(lex, title, category) == [item]


def test_a_post_that_is_only_its_hashtag_keeps_it(lex):
    assert offer_items(lex, "周末下乡 #义诊", "medical") == offer_items(lex, "周末下乡 义诊", "medical")


@pytest.mark.parametrize("title", [
    "搬家清空｜液晶电视 免费送 自己来搬",
    "液晶电视 搬家出",
    "因为搬家 液晶电视送人",
])
def test_moving_house_as_the_reason_is_no_moving_service(lex, title):
    assert offer_items(lex, title, "relocation") == ["电视"]


def test_a_moving_service_offered_is_kept(lex):
    assert "搬家运输" in offer_items(lex, "志愿者免费帮搬迁户搬家", "relocation")


@pytest.mark.parametrize("title, category, item", [
    ("开学季｜闲鱼用户一只橘子给山区孩子送书包", "education", "书包"),
    ("小红书博主苹果妹妹：轮椅 九成新 送有需要的", "medical", "轮椅"),
])
def test_a_donors_online_handle_is_no_item(lex, title, category, item):
    assert offer_items(lex, title, category) == [item]


def test_fruit_offered_by_a_post_is_kept(lex):
    assert offer_items(lex, "助农 橘子 产地直发", "consumption") == ["柑橘"]


# --- 7. a pack's content as a young donor writes it: 整盒12支 · 整套10本 · 30枚礼盒 -----------------------------------------

@pytest.mark.parametrize("unit, title, factor, of", [
    ("盒", "中性笔 黑色 整盒12支 全新", 12.0, "支"),
    ("套", "课外书 整套8本 九成新", 8.0, "本"),
    ("盒", "土鸡蛋 20枚礼盒 助农", 20.0, "枚"),
])
def test_a_packs_content_written_by_a_young_donor_is_read(unit, title, factor, of):
    from matching.units import record_unit

    got = record_unit("goods", unit, title)
    assert (got.factor, got.of) == (factor, (of,))


@pytest.mark.parametrize("unit, title", [("盒", "茶叶 30元礼盒"), ("套", "床品四件套 整套"), ("盒", "整盒 每盒50元")])
def test_a_price_or_a_sets_name_is_no_packs_content(unit, title):
    from matching.units import record_unit

    assert record_unit("goods", unit, title).factor == 1.0


# --- 8. a topic opened with 关于 whose name has a use before it, answered in the next clause ------------------------------

@pytest.mark.parametrize("text", [
    "关于过冬盖的厚被褥，家里还能凑合用",
    "关于给老人量血压的机器，我父母说家里还能凑合用，不用麻烦",
    "关于烧水用的暖壶，老人说还能凑合用",
])
def test_a_topic_with_its_use_before_the_name_is_answered(lex, text):
    got, excluded = asked_and_excluded(lex, text)
    assert got == [] and excluded


@pytest.mark.parametrize("text, item", [
    ("关于过冬盖的厚被褥，希望尽快解决", "棉被"),
    ("关于给老人量血压的机器，盼早日落实", "血压计"),
])
def test_a_topic_with_its_use_before_the_name_that_asks(lex, text, item):
    assert item in asked(lex, text)
