"""Round 14's mechanisms (blind19 analysed: a reviewer's plain Mandarin typed into the platform's forms).

Each kind is a family of constructions a plain writer uses, fixed where the matcher reads it:

* the application's scope in plain words: 「X不在这回」「X不算在这回的需求里」 (:data:`_OUT_OF_SCOPE`);
* still usable or still in use: 「X修修还能继续用」「X仍可继续使用」「X还在用」 (:data:`_STILL_USABLE`, ENOUGH_CUES);
* the writer's own question about a thing, answered no: 「X要不要？不要」「X还缺不缺？不缺了」 (_TOPIC_REST);
* applied for before, its outcome told next: 「X上回申请过，已经发下来了」 (_TOPIC_REST);
* the form titles' frames: 「帮X解决Y的问题」「关于Y的需求」「Y（X）」 read Y alone (``_title_object``,
  ``Lexicon._read_unknown``).

Every phrasing here is written for the test (none is copied from an evaluation part); the lexicon is the
shipped one, so a test fails when its mechanism is switched off.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked_and_excluded, need_items


# --- out of this application's scope -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "这回报的是轮椅，电饭煲不在这次的申请里头",
    "电饭煲不算在这回的需求里，报的是轮椅",
    "轮椅最要紧，电饭煲不在本次申报清单内",
    "电饭煲不放在这批，先报轮椅",
])
def test_a_thing_outside_this_application_is_no_request(lex, text):
    assert asked_and_excluded(lex, text) == (["轮椅"], ["电饭煲"])


def test_a_thing_in_this_application_stays_asked(lex):
    assert asked_and_excluded(lex, "电饭煲在这次申请里，轮椅也要")[0] == ["电饭煲", "轮椅"]


# --- still usable, still in use ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "电饭煲修修还能继续用，就缺一辆轮椅",
    "电饭煲补一补就能用，就缺一辆轮椅",
    "电饭煲仍可继续使用，就缺一辆轮椅",
    "电饭煲照样能用，就缺一辆轮椅",
    "电饭煲一直在用，就缺一辆轮椅",
])
def test_a_thing_still_usable_is_no_request(lex, text):
    assert asked_and_excluded(lex, text) == (["轮椅"], ["电饭煲"])


@pytest.mark.parametrize("text", [
    "电饭煲还不能用，想要新的",        # 不 breaks the run
])
def test_a_wish_to_use_it_stays_a_request(lex, text):
    assert "电饭煲" in asked_and_excluded(lex, text)[0]


# --- the writer's own question, answered ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "电饭煲要不要？不要，旧的还好，轮椅得有",
    "电饭煲还缺不缺？不缺了。轮椅得有",
    "电饭煲需要吗？家里有。轮椅得有",
])
def test_a_question_answered_no_is_no_request(lex, text):
    assert asked_and_excluded(lex, text) == (["轮椅"], ["电饭煲"])


@pytest.mark.parametrize("text", [
    "电饭煲要不要？要，家里那个坏了",
    "电饭煲缺不缺？缺",
    "电饭煲用不用？用得着",
    "电饭煲需不需要？需要",
])
def test_a_question_answered_yes_stays_a_request(lex, text):
    assert asked_and_excluded(lex, text)[0] == ["电饭煲"]


# --- applied for before, its outcome told next ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "电饭煲上回申请过，已经发下来了。轮椅得有",
    "电饭煲前年报了一回，已经落实了。轮椅得有",
])
def test_an_application_granted_before_is_no_request(lex, text):
    assert asked_and_excluded(lex, text) == (["轮椅"], ["电饭煲"])


def test_an_application_still_open_stays_a_request(lex):
    assert asked_and_excluded(lex, "电饭煲上回申请过，一直没批下来")[0] == ["电饭煲"]


# --- the form titles' frames ----------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "帮结对干部老张解决念大学的费用的问题",
    "关于念大学的费用的需求",
    "念大学的费用（结对干部老张）",
])
def test_a_form_title_reads_the_thing_it_frames(lex, title):
    assert need_items(lex, title, "", "finance") == need_items(lex, "念大学的费用", "", "finance") == ["助学金"]
