"""Round 18's mechanisms (blind27 analysed: 县 / 乡镇扶贫办 clerks, 驻村第一书记 and 帮扶责任人 typing needs in bulk
from their Excel 台账).

Each kind is a family of constructions such registers write, fixed where the matcher reads it:

* a register's struck-off line (``matching.lexicon``: _STRUCK_OFF, _NOT_ELIGIBLE among the cues of _NEGATION; 达标
  among FORMAL_STATUS) — 「核减X」「X（重复登记）」「X经审核不符合救助条件」「X复核后已达标」;
* a register's item line answered by who is asked (_LINE_ITEM and _NAME_QUALIFIER in ``_is_topic``, 一项 · 此项 in
  _TOPIC_REST, _ANSWER_SPEAKER in ``Lexicon._answered``) — 「X此项，老人自述不缺」;
* a household's register status withheld with 某 (REGISTER_STATUS_ENDS in _WITHHELD_PERSON) — 「特困供养人员孙某」
  names who asks, not 生活费补助.

Every phrasing here is written for the test (none is copied from an evaluation part); the lexicon is the
shipped one, so a test fails when its mechanism is switched off.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked_and_excluded, need_items


# --- a register's struck-off line --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "核减轮椅，该户申请棉被",
    "核减轮椅指标，申请棉被",
    "轮椅(重复登记)，申请棉被",
    "轮椅（重复申请），申请棉被",
    "轮椅经审核不符合救助条件，申请棉被",
    "轮椅不属于救助对象，申请棉被",
    "轮椅复核后已达标，申请棉被",
])
def test_a_struck_off_line_is_no_request(lex, text):
    wanted, had = asked_and_excluded(lex, text)
    assert wanted == ["棉被"] and "轮椅" in had


@pytest.mark.parametrize("text", [
    "核减后仍缺轮椅",                 # reduced, still short: asked
    "剔除后急需轮椅",                 # struck off, then asked again
    "电热毯不符合安全标准，急需更换",  # a thing below a standard is no eligibility line
    "轮椅未达标，需要更换",            # not up to standard: asked
])
def test_the_same_words_in_a_request_keep_the_item_asked(lex, text):
    wanted, _ = asked_and_excluded(lex, text)
    assert wanted and not set(wanted) - {"轮椅", "电热毯"}


# --- a register's item line, answered ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "轮椅这一项，家属表示不要了，申请棉被",
    "拐杖此项，老人自述不缺，申请棉被",
    "轮椅（手摇），监护人明确表示放弃，申请棉被",
    "拐杖（四脚）一项，户主本人表示不需要，申请棉被",
])
def test_an_item_line_answered_by_who_is_asked_is_no_request(lex, text):
    wanted, had = asked_and_excluded(lex, text)
    assert wanted == ["棉被"] and had and had[0] in ("轮椅", "拐杖")


@pytest.mark.parametrize("text", [
    "急需轮椅一项",                    # the request names the line
    "轮椅一项，急需",                  # the answer asks
    "轮椅（手摇），急需",
    "拐杖，户主称家里那个用了十几年坏了",  # the answer says it broke
])
def test_an_item_line_that_asks_keeps_the_item(lex, text):
    wanted, _ = asked_and_excluded(lex, text)
    assert wanted in (["轮椅"], ["拐杖"])


# --- a household's register status withheld with 某 -------------------------------------------------------------

@pytest.mark.parametrize("title, category, item", [
    ("特困供养人员孙某—棉被", "living", "棉被"),
    ("特困供养人员（集中）孙某—棉被", "living", "棉被"),
    ("易地搬迁户钱某某—电视（户）", "other", "电视"),
])
def test_a_households_status_names_who_asks(lex, title, category, item):
    assert need_items(lex, title, "", category) == [item]
