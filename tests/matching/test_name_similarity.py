"""Round 3 of issue 13: item names nobody listed, group offers, and the negation cues of blind4's analysis.

Hand-made text only; the signals are described in docs/matching.md, "Round 3".
"""

from __future__ import annotations

import pytest

from matching import FEATURE_NAMES, LiveNeedIndex, PairData, default_lexicon
from matching.features import named_items, name_tokens

from .conftest import TODAY, make_need, make_offer

ITEM = FEATURE_NAMES.index("item")


def _living_need(id, title, **kw):
    return make_need(**{"id": id, "title": title, "category": "living", "unit": "条", **kw})


def _item(needs, offer):
    data = PairData(needs, [offer], today=TODAY)
    F = data.features(list(range(len(needs))), [0] * len(needs))
    return data, F[:, ITEM]


def test_a_name_neither_source_knows_meets_a_known_item_by_its_rare_shared_character():
    # 手巾 is in neither lexicon.tsv nor Cilin's groups the matcher reads as 毛巾; 巾 is what they share.
    needs = [_living_need("n1", "急需手巾"), _living_need("n2", "急需脸盆", unit="个")]
    data, item = _item(needs, make_offer(title="爱心企业捐赠毛巾", categories=("living",), unit="条"))
    assert item[0] > 0.0 == item[1]
    assert data.item_reason(0, 0) == "名称相近：巾"
    assert data.item_reason(1, 0) is None


def test_a_shortened_name_is_contained_in_the_full_one():
    needs = [_living_need("n1", "求一个压锅", unit="个"), _living_need("n2", "求一个脸盆", unit="个")]
    _, item = _item(needs, make_offer(title="捐赠高压锅", categories=("living",), unit="个"))
    assert item[0] > item[1] == 0.0


def test_the_name_signal_never_outranks_a_lexicon_match_and_never_separates_two_known_items():
    needs = [_living_need("n1", "急需毛巾"), _living_need("n2", "急需手巾"),
             _living_need("n3", "需要棉衣", unit="件")]
    _, item = _item(needs, make_offer(title="捐赠毛巾", categories=("living",), unit="条"))
    assert item[0] == 1.0
    assert 0.0 < item[1] <= 0.6
    # 棉被 and 棉衣 share 棉, but the lexicon knows both and says they differ: no name similarity.
    _, item = _item([_living_need("n1", "需要棉衣", unit="件")],
                    make_offer(title="捐赠棉被", categories=("living",), unit="床"))
    assert item[0] == 0.0


def test_the_title_frame_is_learnt_from_titles_with_a_known_item_and_left_out_of_a_name():
    lex = default_lexicon()
    titles = ["麻烦帮忙凑点棉被", "麻烦帮忙凑点棉衣", "麻烦帮忙凑点大米", "麻烦帮忙凑点手巾"]
    needs = [_living_need(f"n{i}", t) for i, t in enumerate(titles)]
    extracted = [(lex.extract(n.title), lex.extract(n.description)) for n in needs]
    known = named_items(needs, [lex.record_concepts(t, d, (n.category,)) for (t, d), n in zip(extracted, needs)], lex)
    tokens, frame = name_tokens(known, extracted, lex)
    assert set("麻烦帮忙凑点") <= frame
    assert not known[3] and {"手", "巾"} <= set(tokens[3]) and not set("麻烦帮忙凑点") & set(tokens[3])


def test_head_classes_and_cilin_small_classes_are_tokens_of_a_name():
    lex = default_lexicon()
    extracted = [(lex.extract(t), lex.extract("")) for t in ("夹袄", "防寒衫", "羊桃", "猕猴桃")]
    tokens, _ = name_tokens([frozenset()] * 4, extracted, lex, frame=frozenset())
    heads = [{t for t in ts if t.startswith("\x03")} for ts in tokens]
    assert heads[0] == heads[1] and heads[0]            # 袄 and 衫: one garment head class
    classes = [{t for t in ts if t.startswith("\x04")} for ts in tokens]
    assert classes[2] & classes[3]                      # Cilin Bh07A


def test_a_group_name_nobody_listed_meets_its_items_through_their_parents_labels():
    needs = [make_need(id="n1", title="需要鸡苗", category="production", unit="只", quantity=50),
             make_need(id="n2", title="需要化肥", category="production", unit="公斤", quantity=50)]
    _, item = _item(needs, make_offer(title="爱心企业帮扶禽畜", categories=("production",), unit="只"))
    assert item[0] > item[1]


def test_the_guess_never_returns_an_umbrella_concept():
    lex = default_lexicon()
    guessed = {lex.concepts[c].label for c in lex.guess("爱心企业帮扶禽畜", ["production"])}
    assert "产业发展" not in guessed


@pytest.mark.parametrize("group, covered, not_covered", [
    ("生活日用品", "脸盆", "棉衣"),
    ("保暖用品", "手套", "脸盆"),
    ("养殖种苗", "鸡苗", "桑苗"),
])
def test_group_offers_cover_their_items_only(group, covered, not_covered):
    lex = default_lexicon()
    offer = lex.extract(group).concepts
    assert lex.item_match(lex.extract(covered).concepts, offer).value == 0.9
    assert lex.item_match(lex.extract(not_covered).concepts, offer).value < 0.9


@pytest.mark.parametrize("a, b", [("高压锅", "电饭煲"), ("床垫", "褥子"), ("毛巾", "牙膏"), ("桑苗", "蚕种"),
                                  ("学习机", "电脑"), ("锄头", "拖拉机")])
def test_items_the_lexicon_used_to_lump_together_are_apart(a, b):
    lex = default_lexicon()
    assert lex.extract(a).concepts != lex.extract(b).concepts


@pytest.mark.parametrize("text", ["红枣有富余", "红枣家里还有不少", "红枣不稀罕", "红枣犯不着再要", "红枣亲戚给买了",
                                  "红枣没必要"])
def test_plenty_and_not_worth_it_are_not_requests(text):
    lex = default_lexicon()
    got = lex.extract(text + "，今年缺小米")
    assert {lex.concepts[c].label for c in got.concepts} == {"小米"}
    assert {lex.concepts[c].label for c in got.excluded} == {"红枣"}


@pytest.mark.parametrize("text", ["家里不富余，缺红枣", "盼望给买点红枣"])
def test_shortage_phrasings_near_the_new_cues_stay_requests(text):
    lex = default_lexicon()
    assert {lex.concepts[c].label for c in lex.extract(text).concepts} == {"红枣"}


def test_a_live_index_gives_a_later_need_the_name_signal_of_its_base():
    base = [_living_need(f"n{i}", t) for i, t in enumerate(["麻烦帮忙凑点棉被", "麻烦帮忙凑点棉衣", "麻烦帮忙凑点大米"])]
    live = LiveNeedIndex(base, today=TODAY)
    live.upsert([_living_need("n9", "麻烦帮忙凑点手巾")])
    got = live.matches([make_offer(title="捐赠毛巾", categories=("living",), unit="条")], top=5, item_reasons=True)
    match = {m["need"]: m for m in got[0]["matches"]}["n9"]
    assert match["reasons"]["item"] > 0.0 and match["item_reason"] == "名称相近：巾"


def test_a_shared_general_word_is_no_evidence_of_one_item():
    # Round 6: 理发工具 (an employment need; 理发 is a service of another category) and a 五金工具 offer
    # share only 工具; a 剃头推子 need shares nothing either, but 理发剪 shares 理发.
    needs = [make_need(id="n1", title="急需理发工具", category="employment", unit="套"),
             make_need(id="n2", title="急需理发剪", category="employment", unit="套")]
    data, item = _item(needs, make_offer(title="捐赠五金工具", categories=("employment",), unit="套"))
    assert item[0] == 0.0
    other, item2 = _item(needs, make_offer(title="捐赠理发用具", categories=("employment",), unit="套"))
    assert item2[1] > 0.0
