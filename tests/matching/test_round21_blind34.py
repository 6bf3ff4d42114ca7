"""Round 21: mechanisms of blind34's voice — needs told in a county 融媒体中心's or a township 公众号's news and
feature stories (third person, a person introduced first, the need in a quoted sentence), offers as the press
releases of donation ceremonies and 公益 activities (docs "Round 21: mechanisms — blind34 analysed").

Every phrasing is written for this round (a reporter's and a press officer's words; none is copied from an
evaluation part); the lexicon is the shipped one. Tests of a frame assert what is *not* read (the frame's concept),
so that names added later for the things beside it do not change them.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded, need_items, offer_items


# --- 1. who a story is about: a pupil before 的 · 盼 · the headline's end, a household's status + an addressed name -----

@pytest.mark.parametrize("title, category, who_concept", [
    ("留守儿童小龙的新年心愿：数数的小木棒", "education", "留守儿童关爱"),
    ("新春走访：留守儿童小丽盼着数数的小木棒", "education", "留守儿童关爱"),
    ("“数数的小木棒有就好了”——探访留守儿童小丽", "education", "留守儿童关爱"),
    ("数数的小木棒，成了留守儿童小龙的心头事", "education", "留守儿童关爱"),
    # (The thing after the household is one the lexicon does not know: 低保 was guessed in its place.)
    ("新春走访：低保户孙大爷盼着旱厕的蹲盆", "living", "生活费补助"),
])
def test_who_a_story_is_about_is_no_item(lex, title, category, who_concept):
    assert who_concept not in need_items(lex, title, "", category)


def test_a_known_item_after_a_pupil_at_the_headlines_end_is_kept(lex):
    # The pupil at the end of the headline had been read in place of the thing the quote asks for.
    assert need_items(lex, "“电饭锅的事能解决就好了”——探访留守儿童小丽", "", "living") == ["电饭煲"]


# --- 1b. a wish that it were settled asks ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["电饭锅的事有着落就好了", "电饭锅要是能配齐该多好"])
def test_a_wish_that_it_were_settled_asks(lex, text):
    assert asked(lex, text) == ["电饭煲"]


def test_settled_without_the_wish_is_still_had(lex):
    assert asked_and_excluded(lex, "电饭锅的事有着落了") == ([], ["电饭煲"])


@pytest.mark.parametrize("text, who_concept", [
    ("记者探访了留守儿童小丽。", "留守儿童关爱"),
    ("新春慰问留守儿童小龙", "留守儿童关爱"),
])
def test_a_visited_pupil_at_the_end_is_no_item(lex, text, who_concept):
    assert who_concept not in asked(lex, text)


def test_a_short_name_after_a_childs_word_at_a_sentences_end_is_read(lex):
    # No visit before it: the end is no pupil's context (review of round 20's 「需要孩子小帽」, with a full stop).
    assert {"小帽", "帽子"} & set(asked(lex, "需要孩子小帽。"))


@pytest.mark.parametrize("text, item", [
    ("给王大爷送轮椅", "轮椅"),
    ("需要轮椅的李大爷", "轮椅"),
    ("留守儿童关爱服务申请", "留守儿童关爱"),   # the status word alone, no name after it
])
def test_the_item_beside_a_named_person_is_still_read(lex, text, item):
    assert item in asked(lex, text)


# --- 2. a news story's had and not-wanted ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("去年冬天，村委会已为她家统一配发电饭锅。", "电饭煲"),          # 已 + 为 + the household + a closing word
    ("记者注意到，堂屋里的电视机还是前年新买的。", "电视"),          # still new
    ("至于大米，仓里囤下的足够吃到开春。", "大米"),                  # enough until a time
    ("相比之下，棉被并不是眼下最要紧的。", "棉被"),                  # not the pressing need
    ("说起轮椅，老人摆摆手说还能接着用。", "轮椅"),                  # a topic opened by 说起, answered at length
    ("有关棉被的诉求，镇里已在上周答复办理完毕。", "棉被"),          # a petition's matter, answered by the office
])
def test_a_news_storys_had_is_excluded(lex, text, item):
    wanted, excluded = asked_and_excluded(lex, text)
    assert item in excluded and item not in wanted


def test_a_topic_after_a_quotation_is_answered(lex):
    # The topic opens right after a closing quotation mark: 「…最缺的就是X。”说起Y，…」.
    wanted, excluded = asked_and_excluded(
        lex, "家里人告诉记者：“最缺的就是电饭锅。”说起棉被，老人连连摆手说还能盖，不用再买。")
    assert "电饭煲" in wanted and "棉被" in excluded and "棉被" not in wanted


def test_an_opened_topic_whose_name_leaves_characters_is_still_a_topic(lex):
    # 窗户框子 reads 窗户 with 框子 left over: after 有关 the whole phrase is the topic.
    wanted, excluded = asked_and_excluded(lex, "有关窗户框子的诉求，乡里已于上月答复办理完毕。")
    assert wanted == [] and excluded != []


@pytest.mark.parametrize("text, item", [
    ("至于棉被，二手的不要。", "棉被"),                     # an answer about a kind still asks for the thing
    ("家里缺足够的棉被过冬。", "棉被"),                     # 「足够的X」 asks
    ("棉被不够用到明年。", "棉被"),                         # not enough
    ("眼下最要紧的难处是棉被。", "棉被"),                   # the pressing need itself
    ("说起棉被，老人说盼着能有一床厚的。", "棉被"),          # a topic answered with a wish
])
def test_a_news_storys_request_is_kept(lex, text, item):
    assert item in asked(lex, text)


# --- 3. a headline that names its thing first ----------------------------------------------------------------------------

@pytest.mark.parametrize("title, category, item", [
    ("“给猪买保险的事要是能解决该多好”——记者走访脱贫户", "finance", "养殖保险"),
    ("给羊买保险，成了脱贫户的一块心病", "finance", "养殖保险"),
])
def test_a_headline_that_names_its_thing_first_reads_it(lex, title, category, item):
    assert item in need_items(lex, title, "", category)


# --- 4. a press release's activity, occasion and purpose are no item -----------------------------------------------------

@pytest.mark.parametrize("title, category, occasion_concept", [
    ("某公司开展“爱心助学”公益活动，为学生送去护眼台灯", "education", "助学金"),
    ("某商会开展“金秋助学”活动，为学生送去数数的小木棒", "education", "助学金"),
    ("某集团举办春风行动专场招聘会，提供保洁员岗位", "employment", "招聘会"),
])
def test_a_press_releases_activity_or_occasion_is_no_item(lex, title, category, occasion_concept):
    assert occasion_concept not in offer_items(lex, title, category)


def test_the_item_an_activity_gives_is_kept(lex):
    assert "护眼台灯" in offer_items(lex, "某公司开展“爱心助学”公益活动，为学生送去护眼台灯", "education")


@pytest.mark.parametrize("title, category, item", [
    ("县人社局举办春季专场招聘会", "employment", "招聘会"),     # the fair itself, nothing given after it
    ("申请“雨露计划”项目补助", "education", "雨露计划"),         # a programme's name in quotes, no 活动 after it
])
def test_an_occasion_or_a_programme_alone_is_still_read(lex, title, category, item):
    assert item in need_items(lex, title, "", category)
