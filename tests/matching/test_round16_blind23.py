"""Round 16's mechanisms (blind23 analysed: a reviewer's set in plain everyday Mandarin — households, 帮扶干部 /
网格员 writing for a household, 村委会 for a village — and donors' web-form offers).

Each kind is a family of constructions, fixed where the matcher reads it:

* who speaks is no item: a reporter's role as the speaker of a title, and a donor withheld with 某
  (``matching.lexicon``: _SPEAKER, _WITHHELD_ORG in ``frame_spans``);
* a mention that asks for nothing: someone else's question answered (_ASKED_ABOUT, _TOPIC_REST), no more
  needed after a statement (_NO_MORE), making do with an old one (_MAKING_DO), a comparison's standard
  (_COMPARED);
* a pack whose bracket repeats the pack with 每, counts inner packs before its total, or holds pieces in 块
  (``matching.units``: _FIELD_FORMS, _unit_with_amount).

Every phrasing here is written for the test (none is copied from an evaluation part); the lexicon is the
shipped one, so a test fails when its mechanism is switched off.
"""

from __future__ import annotations

import pytest

from matching.units import COUNT, record_unit
from tests.matching.lexicon_helpers import asked, asked_and_excluded


# --- who speaks is no item ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "网格员想申请轮椅",
    "网格员老王求助：缺轮椅",
    "网格员：老人缺轮椅",
    "帮网格员问问有没有轮椅",
    "急需轮椅（网格员）",
    "【求助】轮椅——网格员",
])
def test_a_reporter_speaking_for_a_household_is_no_job_asked_for(lex, title):
    assert asked(lex, title) == ["轮椅"]


@pytest.mark.parametrize("text", ["想当网格员", "儿子想去当网格员，挣点钱"])
def test_the_role_as_the_job_asked_for_stays_a_job(lex, text):
    assert asked(lex, text) == ["公益岗位"]


def test_the_job_with_a_help_verb_after_it_stays_a_job(lex):
    assert asked(lex, "儿子想当网格员帮村里做事") == ["公益岗位"]


@pytest.mark.parametrize("title", ["某服装厂愿意捐轮椅", "捐赠轮椅（福州某电子厂）"])
def test_a_donor_withheld_with_mou_names_no_item(lex, title):
    assert asked(lex, title, offer=True) == ["轮椅"]


def test_a_person_withheld_with_mou_does_not_swallow_the_request(lex):
    assert asked(lex, "困难户刘某想申请轮椅") == ["轮椅"]


def test_a_factory_that_is_the_job_offered_stays_the_job(lex):
    assert asked(lex, "电子厂流水线普工", offer=True) == ["工厂岗位"]


@pytest.mark.parametrize("text", ["儿子想去某电子厂上班", "想进某服装厂做工"])
def test_a_withheld_factory_one_goes_to_work_in_is_the_job_asked_for(lex, text):
    assert asked(lex, text) == ["工厂岗位"]


# --- a mention that asks for nothing -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # someone else asked, the household answers
    "村干部问我家要不要电饭煲，我们用不着。申请轮椅",
    "有人来问过要不要电饭煲，家里用不上，想要轮椅",
    # no more needed after a statement that asks nothing
    "电饭煲是邻居借给我们用的，不用再买。申请轮椅",
    "电饭煲大姐留给我们一个，就不必另买了。申请轮椅",
    # making do with an old one
    "平时靠一台旧电饭煲凑合着，申请轮椅",
    "屋里拿个旧电饭煲盛米，想要轮椅",
    # the standard of a comparison
    "相比电饭煲，轮椅更要紧",
    "与其给电饭煲，不如给轮椅",
    "比起电饭煲来说，老人更需要轮椅",
])
def test_a_mention_that_is_no_request(lex, text):
    assert asked_and_excluded(lex, text) == (["轮椅"], ["电饭煲"])


@pytest.mark.parametrize("text", [
    "有人问要不要电饭煲",                  # asked, not answered: still a request
    "想要电饭煲，这样就不用再买了",         # the statement asks
    "靠一台旧电饭煲凑合着，想换个新的",      # making do, but a new one wanted
    "急需电饭煲，比起去年更难了",            # a comparison with no item as its standard
])
def test_the_same_words_around_a_request_keep_it(lex, text):
    assert asked(lex, text) == ["电饭煲"]


# --- a pack of stated size ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit, dimension, factor, of", [
    ("袋（每袋５０斤）", "mass", 25.0, ()),
    ("桶(每桶20升)", "volume", 20.0, ()),
    ("盒（每盒100片）", COUNT, 100.0, ("片",)),
    ("箱(6盒60支)", COUNT, 60.0, ("支",)),
    ("箱（24块装）", COUNT, 24.0, ("块",)),
])
def test_a_pack_with_its_content_in_brackets_counts_its_content(unit, dimension, factor, of):
    u = record_unit("goods", unit)
    assert (u.dimension, u.factor, u.of) == (dimension, factor, of)


def test_a_price_per_pack_is_still_no_content_and_cash_stays_money():
    assert record_unit("cash", "万元").dimension == "money"
    assert record_unit("goods", "袋(25kg)").factor == 25.0
    assert record_unit("goods", "四件套").factor == 1.0
