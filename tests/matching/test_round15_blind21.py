"""Round 15's mechanisms (blind21 analysed: a county office's register — 建档立卡 / 帮扶台账 rows, a village's
申报 lines — and donors' procurement and donation lists).

Each kind is a family of constructions a register or a list writes, fixed where the matcher reads it:

* a register's closing words beside an item not asked for this time (``matching.lexicon``: _NOT_LISTED,
  _HAD_FORMAL, _COMPLETED, _DECLINED, _OTHER_BODY, _NO_DOUBLE, a past time + a ledger's status word).

Every phrasing here is written for the test (none is copied from an evaluation part); the lexicon is the
shipped one, so a test fails when its mechanism is switched off.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded, need_items


# --- a register's closing words --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # kept off this request's list
    "需解决轮椅一台。电饭煲暂不纳入本次申报",
    "申请轮椅；电饭煲不再列入帮扶需求",
    # had, in a register's words
    "电饭煲经走访核查已具备，需解决轮椅",
    "申请轮椅。电饭煲该户已经拥有",
    # a project completed and accepted, or closed at a past time
    "电饭煲去年已通过验收，今年申请轮椅",
    "申请轮椅。电饭煲于前年验收合格",
    "申请轮椅。电饭煲上年度完工",
    # declined in person
    "申请轮椅。老人本人明确表示不要电饭煲",
    "申请轮椅，电饭煲户主自愿放弃",
    # provided by another body
    "电饭煲由乡民政办负责解决，本户申请轮椅",
    "申请轮椅。电饭煲由县残联统一配发",
    # no double filing
    "申请轮椅。电饭煲，避免重复享受",
    "申请轮椅。电饭煲今年不得重复申报",
])
def test_a_register_closing_word_says_the_item_is_no_request(lex, text):
    assert asked_and_excluded(lex, text) == (["轮椅"], ["电饭煲"])


@pytest.mark.parametrize("text", [
    "电饭煲未纳入保障，需解决",              # not yet covered: asked
    "已具备安装条件，申请电饭煲",             # a condition, not the item
    "希望由村委会协调解决电饭煲",             # a request that someone provide it
    "电饭煲未通过验收，需重新配置",           # failed the check: asked again
    "由于家中失火，急需电饭煲",               # 由于 is "because"
    "请不要把电饭煲送错人家，我家需要电饭煲",  # a bare 不要 before a name is an imperative
])
def test_the_same_words_in_a_request_keep_the_item_asked(lex, text):
    assert asked_and_excluded(lex, text)[0] == ["电饭煲"]


# --- a policy fund's 专项 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("县教育基金会下拨新生入学专项资助", "大学新生入学资助"),   # 专项 inside a name: read after the fund word
    ("某集团拨付职业院校学生专项资助", "雨露计划"),
    ("市红十字会拨付助学专项（第二批）", "助学金"),            # 专项 closing the purpose: the fund itself
    ("爱心企业设立专项基金：助学专项", "助学金"),
])
def test_a_policy_fund_named_with_zhuanxiang_reads_its_purpose(lex, text, item):
    assert asked(lex, text, offer=True) == [item]


@pytest.mark.parametrize("text, item", [
    ("东西部协作专项资金采购棉被", "棉被"),      # a programme frame buying goods
    ("电焊工专项能力培训", "电焊培训"),          # a course's kind
])
def test_zhuanxiang_that_names_no_fund_is_left_alone(lex, text, item):
    assert asked(lex, text, offer=True) == [item]


# --- the same count unit on both sides -------------------------------------------------------------------------

def test_the_same_written_count_unit_agrees_whatever_the_items_list(today):
    # The need's item lists 台 and counts it as its usual unit; the covering offer's group lists no 台 and
    # keeps it: both are in 台, so their quantities compare (coverage, closes, the unit feature).
    import numpy as np

    from matching.features import PairData
    from tests.matching.conftest import make_need, make_offer

    needs = [make_need(id="n1", title="易地搬迁新居缺燃气灶", category="relocation", quantity=1, unit="台")]
    offers = [make_offer(id="o1", title="爱心企业捐赠安置点厨卫设备", categories=("relocation",), quantity=20, unit="台")]
    data = PairData(needs, offers, today=today)
    assert data.unit_compatible(np.array([0]), np.array([0])).tolist() == [True]
    assert data.closes(np.array([0]), np.array([0])).tolist() == [True]


# --- a count unit with its alternative --------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["台(套)", "台（套）", "台/套"])
def test_a_unit_with_its_alternative_counts_as_the_first(written):
    from matching.units import normalise_unit

    u = normalise_unit(written)
    assert (u.name, u.dimension, u.factor) == ("台", "count", 1.0)


def test_a_unit_with_an_amount_in_brackets_is_no_alternative():
    from matching.units import normalise_unit

    assert normalise_unit("袋(50kg)").factor == 50.0


# --- a register's request field ---------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "户主：李某（脱贫户），帮扶需求：排风换气装置",
    "帮扶台账｜赵某（低保户）｜需解决：排风换气装置",
])
def test_a_register_rows_other_fields_feed_no_guess(lex, title):
    # The row's 户主 / who / 台账 fields are its situation: an unknown item is read from the request field alone
    # (帮扶 in them had guessed 后续扶持).
    assert need_items(lex, title, "致贫原因：缺劳动力。", "relocation") == need_items(lex, "排风换气装置", "", "relocation")


@pytest.mark.parametrize("title", [
    "户主：李某（脱贫户），帮扶需求：手摇留声机",
    "帮扶台账｜赵某（低保户）｜需解决：手摇留声机",
    "村级申报：手摇留声机（户主周某（监测户））",
    "监测对象周某：申报手摇留声机",
])
def test_a_register_request_field_is_read_as_the_item(lex, title):
    assert need_items(lex, title, "致贫原因：因病。", "other") == need_items(lex, "手摇留声机", "", "other")
