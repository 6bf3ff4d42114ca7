"""Round 12: the kinds left open after round 11 (docs/matching.md, "Round 12: the kinds left open").

Every text here was written for this file in phrasings of its own, never copied from an evaluation
part. Each kind has its readings and the requests that must stay requests.
"""

from __future__ import annotations

import pytest

from matching.lexicon import FORMAL_STATUS
from tests.matching.lexicon_helpers import asked_and_excluded as asked, labels, need_items


# --- 1. the description's situation is context when the title asks for a thing of its own ---------

@pytest.mark.parametrize("title, description, category", [
    # An illness and its treatment: 洗肾 names 透析费用, the title asks for a walking aid nobody listed.
    # (拄路的棍棍 became a name of 拐杖 in round 12's widening: the title must name nothing known.)
    ("王奶奶需要拄路的杵杵", "老伴尿毒症每周都要洗肾，拄路的杵杵一直没有。", "medical"),
    # A disaster: 房屋修缮 (危房改造) is what happened, not what the need asks for.
    ("受灾户需要垫脚的墩墩", "前年台风把房屋掀了，房屋修缮后垫脚的墩墩还没着落。", "housing"),
    # A job lost: the household's situation, not the thing the title asks for (the title must name nothing
    # known: 石墩墩 became a name of 警示柱 in round 12's widening).
    ("失业户冇压瓦的石坨子用", "儿子厂里裁员没了工作，想找份工作，压瓦的石坨子到现在都没有。", "employment"),
])
def test_situation_of_a_named_title_is_context(lex, title, description, category):
    own = {lex.concepts[c].label for c in lex.extract(description).concepts
           if lex.concepts[c].category == category}
    assert own, "the description names a lexicon item of the need's category"
    assert not set(need_items(lex, title, description, category)) & own
    # The same description under a generic title is the request.
    assert set(need_items(lex, "生活困难，求助", description, category)) == own


@pytest.mark.parametrize("title, category", [
    ("求助", "medical"),
    ("生活困难", "medical"),
    ("需要帮助", "medical"),
    ("申请救助", "medical"),
    ("五保户陈伯求助，唔该帮下手", "medical"),
])
def test_generic_title_keeps_the_descriptions_item(lex, title, category):
    assert need_items(lex, title, "老伴尿毒症每周都要洗肾，费用负担重。", category) == ["透析费用"]


def test_description_asking_for_the_item_keeps_it(lex):
    # The title names an item in words nobody listed; the description asks for a lexicon item.
    assert need_items(lex, "孩子需要写字的簿仔", "孩子上学缺作业本，家里买不起。", "education") == ["作业本"]
    assert need_items(lex, "老人需要盖的铺陈", "天冷了，棉被一直缺。", "living") == ["棉被"]


# --- 2. give verbs of bringing: verb × direction × aspect ---------------------------------------

@pytest.mark.parametrize("text", [
    "棉被社工上次已经带过来，需要棉衣",
    "棉被慈善总会已经派过，需要棉衣",
    "棉被亲戚带来了，需要棉衣",
    "棉被村里送上门了，需要棉衣",
    "棉被外甥捎来了，需要棉衣",
    "棉被孙子过年带回来了，需要棉衣",
    "棉被妇联去年派下来过，需要棉衣",
    "棉被志愿者拿过来了，需要棉衣",
    "棉被上个月已寄到家，需要棉衣",
])
def test_bringing_reads_had(lex, text):
    assert asked(lex, text) == (["棉衣"], ["棉被"])


@pytest.mark.parametrize("text", [
    "请带过来棉被",
    "能不能派个棉被来",
    "麻烦社工下次把棉被带过来",
    "希望有人送上门棉被",
    "台风带来了损失，需要棉被",
    "洪水带来了不少困难，棉被都泡坏了",
    "还没人送来棉被",
    "派出所帮忙登记，缺棉被",
    "村里的带头人说缺棉被",
])
def test_bringing_requests_stay_requests(lex, text):
    assert "棉被" in asked(lex, text)[0], text


# --- 3. the review's leftovers --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "棉被已办理申请",                 # 办 of 办理: applied for, no receipt
    "棉被已经办理了申请手续",
    "化肥只能先借了",                 # borrowed for now: still wanted
    "化肥先找邻居借了，还得还",
    "请把棉被办好",                   # a request word before 把, not right before the verb
    "麻烦帮忙把棉被送上门",
    "希望能把棉被配齐",
    "已签约家庭医生，缺轮椅",         # 已 + a status does not reach across a clause or a shortage
    "已签约家庭医生缺轮椅",
    "已参保，轮椅还没有",
    "已签约家庭医生轮椅还没有",       # … nor across a shortage said after it without punctuation
    "已参保轮椅一直买不起",
    "已签约家庭医生 轮椅没有着落",
])
def test_leftovers_stay_requests(lex, text):
    labels_, _ = asked(lex, text)
    assert labels_ and set(labels_) & {"棉被", "化肥", "轮椅"}, (text, labels_)


@pytest.mark.parametrize("text", ["棉被已办好，需要棉衣", "棉被借到了，需要棉衣", "棉被已经办妥，需要棉衣",
                                  "棉被都没有问题，需要棉衣", "棉被至今没有问题，需要棉衣"])
def test_leftovers_cues_still_read(lex, text):
    assert asked(lex, text) == (["棉衣"], ["棉被"])


@pytest.mark.parametrize("text", ["有人参加培训，需要棉衣", "家人参加培训，需要棉衣"])
def test_name_straddling_two_words_is_no_mention(lex, text):
    # 有人 / 参加: 人参 takes the end of one word and the start of the next.
    assert "中药材" not in asked(lex, text)[0]


@pytest.mark.parametrize("text", ["缺人参", "种人参需要化肥", "人参加工设备"])
def test_name_standing_as_a_word_stays(lex, text):
    assert "中药材" in asked(lex, text)[0]


@pytest.mark.parametrize("text, item", [("捐赠书包", "书包"), ("爱心企业捐赠书包50个", "书包"),
                                        ("公司捐赠书柜", "书柜"), ("有人参加培训，需要棉衣", "棉衣")])
def test_a_straddling_name_leaves_the_name_it_overlapped(lex, text, item):
    # Round 14: 捐赠 / 书包 — 赠书 straddles the two words and is dropped, but the scan had read it in place
    # of 书包, so the offer read no item at all.
    assert item in asked(lex, text)[0]


# --- 4. one list of a ledger's status words -------------------------------------------------------

#: Round 11's LEDGER_DONE, now folded into FORMAL_STATUS.
_LEDGER_DONE = ("到户", "到村", "到人", "核销", "销账", "结清", "结案", "签收", "归档", "入账")


def test_ledger_words_are_formal_status_words():
    assert set(_LEDGER_DONE) <= set(FORMAL_STATUS)
    assert len(FORMAL_STATUS) == len(set(FORMAL_STATUS))


@pytest.mark.parametrize("word", sorted(set(_LEDGER_DONE) | set(FORMAL_STATUS)))
@pytest.mark.parametrize("already", ["已", "已经", "早已"])
def test_every_status_word_after_already_reads_had(lex, word, already):
    assert asked(lex, f"棉被{already}{word}，需要棉衣") == (["棉衣"], ["棉被"]), word
    # … and never reaches across a shortage that follows.
    assert "轮椅" in asked(lex, f"{already}{word}缺轮椅")[0], word
