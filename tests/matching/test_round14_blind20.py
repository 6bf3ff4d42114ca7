"""Round 14 (blind20 analysed): phone text — pinyin input and dictated messages with no punctuation.

* A statement run into the next without punctuation: 「要X Y去年领过了」 asked for X, but a segment with a cue
  says all its names are had, so X was lost with Y (``_run_on_cuts``; both directions: the cue after the
  second name, and a cue before a request word).
* Doing without a thing is fine (「没有X也没关系，主要是Y」, 西南官话 「莫得X也没得关系」): X is not asked for,
  and 主要是 starts the request (cues ``也没关系`` …, a turn in ``_TURN``).
* 领到 (received) typed for 领导 after the words that address the officials (「麻烦各位领到」): no receipt
  (``_ADDRESS_SLIP`` in ``_standard``).
* Had, counted: 「X家里有两个了」「X屋头有两床了」.
* Who pays for an offer, in brackets after its item (「X补助（某市东西部协作资金）」「X（某公司帮扶捐赠）」), is
  no item (``_LIST_SOURCE``): it read 金融帮扶 after round 13 let a programme's frame yield to 东西部协作资金.

Every phrasing here is written for the test (none is copied from an evaluation part); the lexicon is the
shipped one, so a test fails when the mechanism is switched off.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded


# --- a run-on: two statements with no punctuation between them ------------------------------------------

@pytest.mark.parametrize("text, wanted, had", [
    ("儿子说要棉被电饭锅前年就领过了", "棉被", "电饭煲"),              # a request, then a past receipt
    ("想要两床棉被 拜托大家电饭锅村里补过了 不用重复报", "棉被", "电饭煲"),
    ("就是棉被 急得很电饭锅家里还够用", "棉被", "电饭煲"),            # urgency, then enough
    ("缺棉被电饭锅倒是不缺", "棉被", "电饭煲"),                        # a lack, then not lacking
    ("孩子有两个了 要棉被", "棉被", None),                           # a cue before the request word
    ("电饭锅亲戚早就送来了 还要棉被", "棉被", "电饭煲"),
])
def test_a_run_on_request_keeps_its_item(lex, text, wanted, had):
    got, excluded = asked_and_excluded(lex, text)
    assert wanted in got
    if had:
        assert had in excluded and had not in got


@pytest.mark.parametrize("text", [
    "棉被电饭锅前年都领过了",          # a list of names with nothing asking: one statement
    "不要棉被电饭锅也不要",            # a refusal of both
    "想要的棉被电饭锅都领到了",        # 想要的 names what was wanted, now had
])
def test_a_list_under_one_cue_stays_one_statement(lex, text):
    got, excluded = asked_and_excluded(lex, text)
    assert not got and {"棉被", "电饭煲"} <= set(excluded)


def test_a_refused_request_word_is_no_new_request(lex):
    # 「暂不需要X」: the cue is the request word's own negation, not a statement before it
    got, excluded = asked_and_excluded(lex, "孩子在读书，暂不需要台灯")
    assert not got and excluded


# --- a pinyin slip that reads as a cue: 领到 typed for the addressed 领导 --------------------------------------

@pytest.mark.parametrize("text", ["家里要一口蒸锅 拜托各位领到", "那个电饭锅确实缺 麻烦领到帮忙看看"])
def test_the_addressed_officials_are_no_receipt(lex, text):
    assert asked(lex, text)


@pytest.mark.parametrize("text", ["电饭锅去年就领到了", "电饭锅麻烦各位领到了"])
def test_a_receipt_is_still_one(lex, text):
    got, excluded = asked_and_excluded(lex, text)
    assert not got and excluded


# --- doing without it is fine; 主要是 is what is asked ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "没有电饭锅也没关系 主要是棉被",
    "莫得电饭锅也没得关系，主要缺棉被",
    "电饭锅没有也不要紧 最主要是棉被",
])
def test_what_one_can_do_without_is_not_asked(lex, text):
    got, excluded = asked_and_excluded(lex, text)
    assert got == ["棉被"] and "电饭煲" in excluded


# --- had, counted -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["电饭锅家里有两个了", "棉被屋头有三床了"])
def test_had_with_a_count_is_had(lex, text):
    got, excluded = asked_and_excluded(lex, text)
    assert not got and excluded


def test_a_count_that_is_not_had_stays_a_request(lex):
    assert "棉被" in asked(lex, "家里没有两床棉被了")
    assert "棉被" in asked(lex, "还有两个娃儿要棉被")


# --- who pays for an offer is no item --------------------------------------------------------------------

@pytest.mark.parametrize("text, item, payer", [
    ("困难家庭修房补助（某市东西部协作资金）", "修房资金", "金融帮扶"),
    ("大病医疗补助（某电子公司东西部协作资金）", "医疗救助", "金融帮扶"),
])
def test_the_fund_in_brackets_is_the_payer(lex, text, item, payer):
    got = asked(lex, text, offer=True)
    assert item in got and payer not in got


def test_a_fund_alone_is_still_read(lex):
    assert "金融帮扶" in asked(lex, "东西部协作资金", offer=True)
