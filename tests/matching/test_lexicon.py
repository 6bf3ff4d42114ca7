"""The item lexicon: names, broader links, units, and extraction that skips negated or past mentions."""

from __future__ import annotations

import re

import pytest

from matching import CATEGORIES, InvalidRecord
from matching.lexicon import COVERS, EXACT, GENERAL_WORDS, NARROWER_OFFER, SIBLING, Lexicon, default_lexicon
from tests.matching.lexicon_helpers import asked, labels


def test_lexicon_holds_at_least_300_concepts_over_all_11_categories(lex):
    assert len(lex) >= 300
    assert {c.category for c in lex.concepts[:len(lex)]} == set(CATEGORIES)


@pytest.mark.parametrize("names", [
    ("羔羊", "小羊", "羊羔"),
    ("农用三轮", "三轮车", "电动三轮车", "三蹦子"),
    ("老花镜", "眼镜", "花镜"),
    ("棉被", "被子", "棉絮"),
    ("土豆", "马铃薯", "洋芋"),
    ("红薯", "地瓜", "红苕"),
    ("仔猪", "猪崽", "小猪"),
    ("洗衣机", "全自动洗衣机"),
])
def test_synonyms_and_colloquial_names_name_one_concept(lex, names):
    assert len({lex.find(n).id for n in names}) == 1


def test_the_widened_lexicon_has_many_names_per_concept(lex):
    assert sum(len(c.names) for c in lex.concepts) >= 2500


@pytest.mark.parametrize("names", [
    ("玉米种", "苞谷种", "包谷种子", "苞米种"),       # regional names of maize
    ("电冰箱", "冰箱", "雪柜"),                        # Cantonese 雪柜
    ("牛犊", "小牛", "牛犊子", "牛崽"),                 # 小 prefix, 子 suffix
    ("仔猪", "猪秧子", "小猪仔", "断奶仔猪"),
    ("大米", "白米", "粳米", "东北大米"),               # product-type names
    ("化肥", "复合肥料", "化学肥料", "尿素肥"),
    ("农用三轮", "电瓶三轮车", "三轮", "柴油三轮"),        # 电动 / 电瓶 variants
    ("取暖炉", "烤火炉子", "小太阳", "电暖气"),
    ("降压药", "降血压的药", "降压片"),                 # spoken descriptions
    ("血压计", "量血压的", "血压仪"),
    ("棉衣", "大棉袄", "棉袄子", "军大衣"),
])
def test_widened_synonyms_name_one_concept(lex, names):
    assert all(lex.find(n) is not None for n in names), [n for n in names if lex.find(n) is None]
    assert len({lex.find(n).id for n in names}) == 1


def test_a_guess_accepts_a_head_of_the_same_class():
    lex = default_lexicon()
    for text, category, label in (("急需保暖靴", "living", "棉鞋"), ("电动喷雾机", "production", "喷雾器"),
                                  ("降糖丸", "medical", "降糖药")):
        assert not lex.extract(text).concepts
        assert [lex.concepts[c].label for c in lex.guess(text, [category])] == [label]


def test_a_two_character_name_with_its_head_replaced_within_its_class_is_guessed(cilin_only_lexicon):
    lex = cilin_only_lexicon  # cnsyn knows 书袋 as 书包 (tests/matching/test_thesaurus.py)
    for text, category, label in (("需要书袋", "education", "书包"), ("想要布靴", "living", "鞋子")):
        assert not lex.extract(text).concepts
        assert [lex.concepts[c].label for c in lex.guess(text, [category])] == [label]
    assert lex.guess("捐赠铁靴", ["living"]) == frozenset()  # no 铁鞋 in the lexicon (皮鞋 is a name since round 9)


def test_record_concepts_keep_a_needs_narrowest_item_an_offers_every_item_and_guess_when_none(lex):
    need = lex.record_concepts(lex.extract("需要书包和学习用品"), lex.extract(""), ["education"])
    assert labels(lex, need) == ["书包"]
    offer = lex.record_concepts(lex.extract("捐赠学习用品和书包"), lex.extract(""), ["education"], narrowest=False)
    assert labels(lex, offer) == ["书包", "学习用品"]
    guessed = lex.record_concepts(lex.extract("急需耕作机"), lex.extract("外出务工受伤"), ["production"])
    assert labels(lex, guessed) == ["微耕机"]
    # the description's 床 is a relocation item: it does not hide the guess of a living need's title
    guessed = lex.record_concepts(lex.extract("急需保暖靴"), lex.extract("老人瘫痪在床"), ["living"])
    assert labels(lex, guessed) == ["棉鞋"]
    # an item of the record's own category in the description is taken before any guess
    described = lex.record_concepts(lex.extract("急需保暖靴"), lex.extract("家里没有棉被"), ["living"])
    assert labels(lex, described) == ["棉被"]


def test_full_width_and_case_are_folded_before_lookup(lex):
    assert lex.find("ＬＥＤ台灯") is lex.find("led台灯") is lex.find("台灯")


@pytest.mark.parametrize("traditional, simplified", [
    ("捐贈一批單車", "捐赠一批单车"), ("藥品", "药品"), ("棉襖兩件", "棉袄两件"), ("電飯鍋", "电饭锅"),
    ("去年已領到棉被，缺輪椅", "去年已领到棉被，缺轮椅"),  # the negation cues read traditional text too
])
def test_traditional_characters_read_as_simplified(lex, traditional, simplified):
    # A donor in Hong Kong, Macao or Taiwan writes 繁體; the item is the one the simplified text names.
    assert lex.extract(simplified).concepts  # each text names a known item
    assert lex.extract(traditional) == lex.extract(simplified)


@pytest.mark.parametrize("general, specific", [
    ("学习用品", "铅笔"), ("学习用品", "作业本"), ("常用药", "降压药"), ("常用药", "二甲双胍"),
    ("冬衣", "棉衣"), ("床上用品", "棉被"), ("畜禽", "羔羊"), ("康复辅具", "轮椅"), ("家电", "洗衣机"),
])
def test_general_concepts_are_broader_than_their_specific_ones(lex, general, specific):
    assert lex.find(general).id in lex.ancestors(lex.find(specific).id)
    assert lex.find(specific).id in lex.descendants(lex.find(general).id)


def test_a_general_offer_covers_a_specific_need(lex):
    m = lex.item_match({lex.find("铅笔").id}, {lex.find("学习用品").id})
    assert m.level == COVERS and lex.reason(m) == "物品涵盖：学习用品含铅笔"


def test_the_same_item_under_another_name_is_an_exact_match_with_a_chinese_reason(lex):
    need = lex.extract("家里缺被子").concepts
    offer = lex.extract("捐赠棉被").concepts
    m = lex.item_match(need, offer)
    assert m.level == EXACT and lex.reason(m) == "物品一致：棉被"


def test_a_specific_offer_for_a_broad_need_is_a_weaker_match(lex):
    assert lex.item_match({lex.find("冬衣").id}, {lex.find("羽绒服").id}).level == NARROWER_OFFER


def test_two_kinds_of_one_thing_are_only_siblings(lex):
    assert lex.item_match({lex.find("棉衣").id}, {lex.find("羽绒服").id}).level == SIBLING


def test_unrelated_items_do_not_match(lex):
    assert lex.item_match({lex.find("棉被").id}, {lex.find("洗衣机").id}).value == 0.0


def test_units_each_concept_is_counted_in_are_one_way_of_counting(lex):
    quilt = {lex.find("棉被").id}
    assert lex.count_units("床", quilt) == lex.count_units("条", quilt) == lex.count_units("件", quilt)
    assert lex.count_units("台", quilt) != lex.count_units("床", quilt)


# --- negated, past and excluded mentions ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "去年已领到棉被，今年需要棉衣",
    "去年已领到棉被今年需要棉衣",
    "棉被暂时不缺，急需棉衣",
    "棉被的问题已经解决，希望捐助棉衣",
    "除了棉被，还需要棉衣",
    "除了棉被还缺棉衣",
    "棉被不需要了，需要棉衣",
    "前年领过棉被，盼望添置棉衣",
    "上次已经收到棉被，想要棉衣",
    "棉被够用了，需要棉衣",
    "棉被已经有了，但是棉衣不够",
    "棉被除外，需要棉衣",
    "往年拿到过棉被，今年想要棉衣",
    "棉被已由爱心人士捐赠，还缺棉衣",
    "棉被前几年发过了，需要棉衣",       # 发过 / 给过 / 送过 / 帮扶过: had it
    "棉被政府给过了，需要棉衣",
    "棉被之前帮扶过，需要棉衣",
    "棉被用不上，需要棉衣",             # not wanted
    "棉被不太需要，需要棉衣",
    "棉被不成问题，缺棉衣",
    "棉被早配齐了，需要棉衣",
    "棉被家里有，需要棉衣",             # 家里有 at the end of a clause
    "急需棉衣，棉被家里有了",
])
def test_negated_or_past_mentions_are_not_requests(lex, text):
    e = lex.extract(text)
    assert labels(lex, e.concepts) == ["棉衣"]
    assert labels(lex, e.excluded) == ["棉被"]


@pytest.mark.parametrize("text", [
    # The cue lexicon generalises: phrasings no rule was written for, one by one.
    "棉被已经有了，需要棉衣",
    "不缺棉被，需要棉衣",               # cue before the item
    "棉被够用，需要棉衣",
    "棉被就不必了，需要棉衣",
    "棉被没有需要，需要棉衣",           # 没有需要 is not the turn 需要
    "暂不需要棉被，需要棉衣",
    "棉被村里统一配过了，需要棉衣",     # verb 配 + aspect 过
    "棉被前阵子有人送来了，需要棉衣",   # verb 送 + aspect 来了
    "棉被早就备好了，需要棉衣",         # verb 备 + aspect 好了
    "棉被上个月刚送到，需要棉衣",       # 刚 + verb
    "棉被年初发放了，需要棉衣",         # past time + verb
    "棉被这块没问题，缺棉衣",
    "不用再捐棉被了，需要棉衣",
    # Round 6 (blind6's cue kinds, each in a phrasing of its own)
    "棉被还剩两床，需要棉衣",           # 还剩: some left
    "棉被春节前发了，需要棉衣",         # a give verb + 了 closing the clause
    "棉被邻居给了，需要棉衣",
    "棉被自己可以解决，需要棉衣",       # the household can get it itself
    "棉被我们买得起，需要棉衣",
    "棉被就免了，需要棉衣",             # 免了: not wanted
    "棉被的事不必操心，需要棉衣",
    "棉被已经领到手，需要棉衣",         # 到手: received
    "不再需要棉被，需要棉衣",           # 不再需要 is not the turn 需要
    # Round 6, phrasings no evaluation part uses (the cue kinds widened from general usage)
    "棉被不想要，需要棉衣",             # 不想要 / 不急需 are not the turns 想要 / 急需
    "棉被不急需，需要棉衣",
    "棉被不太缺，需要棉衣",
    "棉被用不完，需要棉衣",
    "棉被家里多的是，需要棉衣",
    "棉被够盖，需要棉衣",               # 够 + a verb of use
    "棉被年前就发下来了，需要棉衣",     # verb + 下来了
    "棉被已经得到了，需要棉衣",
    "棉被已置办，需要棉衣",
    "棉被没有问题，需要棉衣",
    "棉被有保障，需要棉衣",
    # Round 7 (blind7's cue kinds, each in a phrasing of its own, and their neighbours)
    "家里还有棉被，需要棉衣",           # still some at home
    "棉被屋里还有，需要棉衣",
    "棉被村里发的还没用完，需要棉衣",   # not used up yet
    "棉被去年领的没用完，需要棉衣",
    "棉被儿子从城里寄回来了，需要棉衣",  # sent home by family: 寄 / 捎 / 邮 + 回来了 / 过来了 / 了
    "棉被亲戚捎过来了，需要棉衣",
    "棉被女儿邮了，需要棉衣",
    "棉被自己买回来了，需要棉衣",
    # Round 8: an office's formal cue families, in phrasings no evaluation part uses
    "棉被已经列入乡里的年度计划统筹解决，需要棉衣",   # 已 + a means ... a closing word
    "棉被已按低保政策兑现，需要棉衣",
    "棉被已在十月底配发到户，需要棉衣",
    "棉被已于今年三月落实，需要棉衣",              # 今年 after 于 is the clause's time, not a turn
    "棉被已纳入县级救助解决，需要棉衣",
    "棉被一项已办结，需要棉衣",                    # closed
    "棉被申请已经销号，需要棉衣",
    "棉被由帮扶企业另行安排，需要棉衣",            # handled elsewhere
    "棉被不在这次申报范围，需要棉衣",              # out of scope
    "棉被库存能够满足，需要棉衣",                  # enough in stock
    "本次申请不包括棉被，需要棉衣",                # 不含 / 不包括: an office's exception
    "需要棉衣，不含棉被",
    "棉被已享受救助政策，需要棉衣",                # 已 + an office's verbs of completion
    "棉被专项资金已拨付，需要棉衣",
    # Round 10: the cue families of a volunteer's chat and of regional speech, in phrasings of our own
    "棉被冇问题，需要棉衣",                        # dialect words read as standard ones: 冇 = 没有
    "棉被没得问题，需要棉衣",
    "棉被甭操心，需要棉衣",                        # 甭 = 不用
    "棉被家里头还有几床，需要棉衣",                # 家里头 / 屋头 = 家里
    "棉被早就有着落了，需要棉衣",                  # settled
    "棉被那头已经办妥，需要棉衣",
    "棉被的事街道给搞定了，需要棉衣",
    "棉被✔，需要棉衣",                              # ticked on a list
    "名单里的棉被划掉了，需要棉衣",                # crossed off
    "棉被志愿者已经认领，需要棉衣",                # claimed / matched in a group chat
    "棉被社工已对接，需要棉衣",
    "棉被的空缺昨天填上了，需要棉衣",
    "棉被这一批先不报，需要棉衣",                  # not reported this time
    "棉被请勿重复捐赠，需要棉衣",
    "棉被多着呢，需要棉衣",                        # had, spoken
    "棉被还好好的，需要棉衣",                      # still usable
    "棉被凑合着用，需要棉衣",
    "棉被姑妈给买下了，需要棉衣",                  # verb + 下了
    "棉被已在供销社拿积分兑换到，需要棉衣",        # 已 + a means ... a give verb + 到
    "抛开棉被不谈，需要棉衣",                      # spoken 除了 … 不说 / 不谈
    "以前一直缺棉被，如今配齐了，需要棉衣",        # a past shortage, filled later
])
def test_negation_cues_generalise_to_new_phrasings(lex, text):
    e = lex.extract(text)
    assert labels(lex, e.concepts) == ["棉衣"]
    assert labels(lex, e.excluded) == ["棉被"]


@pytest.mark.parametrize("text", [
    "希望得到过冬物资和棉被",     # 过冬 is a verb of its own, not the aspect 过
    "请发过冬棉被",
    "去年领的棉被已经破了",       # had once, no longer usable: still wanted
    "原来的棉被已经坏了",
    "家里一直没有棉被",
    "还没发棉被",                 # a blocker before the verb cue
    "希望早日领到棉被",           # a wish, not a receipt
    "棉被没有了",                 # 没有了: none left, not 有了
    "棉被始终没钱买了",           # 没钱 + 买了: a shortage, not a purchase
    "棉被买不起",                 # not 买得起
    "棉被一直不到手",             # not 到手
    "棉被还没发了",
    "棉被不够盖",                 # not 够盖
    "棉被没有保障",               # not 有保障
    "希望得到棉被",               # a wish: 得到 without 已 or a closing 了
    "希望发下来棉被",
    "很想要棉被",
    "家里还没有棉被",             # 还没有 is not 还有
    "棉被用完了",                 # used up: a request, not 没用完
    "希望亲戚寄棉被回来",         # a wish to be sent
    "家里还有老人，需要棉被",     # 家里还有 + the household, the item in another clause
    # Round 8: the formal cues' blockers
    "棉被已申请多次尚未解决",     # 未 before the closing word
    "棉被已上报至今没有落实",
    # Round 10: the new cue families' blockers and shortages
    "棉被还没有着落",             # 没有着落: no prospect yet
    "棉被一直没搞定",
    "棉被还没对接上",
    "以前就缺棉被，现在更缺了",   # a past shortage that is not filled
    "棉被家里头冇得盖",           # dialect shortage: 冇 = 没有
    "棉被已经不能用了",
    "棉被现有存量无法满足需要",   # 无法 / 不能 / 难以 + 满足 is a shortage
    "棉被数量不能满足过冬需要",
    "原有棉被已损毁无法使用",
    "棉被已于今年上半年损坏",     # 已于 + a time, but nothing was dealt with
    "棉被尚未安排",               # no 已: not yet arranged
])
def test_wishes_and_worn_out_items_stay_requests_under_the_cue_lexicon(lex, text):
    assert "棉被" in asked(lex, text)


def test_text_similarity_only_sees_the_kept_clauses(lex):
    assert "棉被" not in lex.extract("去年已领到棉被，今年需要棉衣").text


@pytest.mark.parametrize("text", [
    "家里没有棉被",           # 没有 is why it is asked for
    "棉被不够用",             # 不够 is a shortage, not 够用
    "去年的棉被已经破了",     # the past, but nothing was received
    "需要3床厚棉被",
    "从来没领过棉被",         # never received: a shortage
    "没人给过棉被",
    "从未收到过棉被",
    "家里有病人，需要棉被",   # 家里有 + something else is the household's situation
])
def test_shortages_stay_requests(lex, text):
    assert asked(lex, text) == ["棉被"]


def test_a_measure_word_is_not_a_mention(lex):
    assert asked(lex, "家里只有两床薄被") == []
    assert asked(lex, "搬进新家需要床") == ["床"]


# --- an office's additions --------------------------------------------------------------------------


def test_an_office_file_adds_a_concept_and_a_regional_name_without_code(tmp_path):
    extra = tmp_path / "office.tsv"
    extra.write_text("# 本县补充\nproduction\t青稞种子/青稞种\t种子\t斤/公斤\n"
                     "living\t棉被/铺盖卷儿\t\t床\n", encoding="utf-8")
    lex = Lexicon.load(extra)
    assert len(lex) == len(default_lexicon()) + 1
    seed = lex.find("青稞种")
    assert seed.label == "青稞种子" and lex.find("种子").id in lex.ancestors(seed.id)
    assert lex.find("铺盖卷儿") is lex.find("棉被")


@pytest.mark.parametrize("line, field", [
    ("food\t馒头\t\t个\n", "category"),
    ("living\t馒头\t不存在的概念\t个\n", "broader"),
    ("living\t\t\t个\n", "names"),
    ("living\t馒头\t\t个\t组合包\n", "kind"),
])
def test_a_bad_office_line_is_refused_naming_the_field(tmp_path, line, field):
    extra = tmp_path / "bad.tsv"
    extra.write_text(line, encoding="utf-8")
    with pytest.raises(InvalidRecord) as err:
        Lexicon.load(extra)
    assert err.value.field == field


# --- covering groups: a programme or bundle group covers its items without making them siblings ------


def _hand_made_groups(kind):
    # 庭院物资 (a programme group, or a plain class when kind is "") covers 鸡苗, 果苗 and the class 种苗;
    # 茶苗 and 果苗 are kinds of 种苗.
    return Lexicon([("production", ["庭院物资"], [], ["份"], kind),
                    ("production", ["种苗"], ["庭院物资"], ["株"]),
                    ("production", ["鸡苗"], ["庭院物资"], ["只"]),
                    ("production", ["果苗"], ["庭院物资", "种苗"], ["株"]),
                    ("production", ["茶苗"], ["种苗"], ["株"])])


def test_a_group_covers_its_items_but_they_are_not_siblings_through_it():
    lex = _hand_made_groups("group")
    ids = {c.label: c.id for c in lex.concepts}
    assert lex.concepts[ids["庭院物资"]].group and not lex.concepts[ids["种苗"]].group
    # COVERS and the narrower offer still hold through the group
    assert lex.item_match({ids["果苗"]}, {ids["庭院物资"]}).level == COVERS
    assert lex.item_match({ids["庭院物资"]}, {ids["鸡苗"]}).level == NARROWER_OFFER
    # a 鸡苗 offer answers a 果苗 need not at all, in item_match and in the offer's level row
    assert lex.item_match({ids["果苗"]}, {ids["鸡苗"]}).level == 0
    assert ids["果苗"] not in lex.level_row({ids["鸡苗"]})
    assert lex.siblings(ids["鸡苗"]) == frozenset()
    # under a class of kinds that is not a group, 茶苗 and 果苗 stay siblings
    assert lex.item_match({ids["果苗"]}, {ids["茶苗"]}).level == SIBLING
    assert lex.siblings(ids["果苗"]) == frozenset({ids["茶苗"]})


def test_the_same_concepts_without_the_flag_make_every_child_a_sibling():
    lex = _hand_made_groups("")
    ids = {c.label: c.id for c in lex.concepts}
    assert lex.item_match({ids["果苗"]}, {ids["鸡苗"]}).level == SIBLING
    assert lex.version != _hand_made_groups("group").version


def test_an_office_file_flags_a_known_concept_as_a_group_without_code(tmp_path):
    extra = tmp_path / "office.tsv"
    # 冬衣 is a class of kinds in the built-in file (棉衣 and 羽绒服 are siblings); the office re-declares it
    extra.write_text("# 本县的组合\nliving\t冬衣\t\t\tgroup\n", encoding="utf-8")
    lex = Lexicon.load(extra)
    coat, down = lex.find("棉衣").id, lex.find("羽绒服").id
    assert default_lexicon().item_match({coat}, {down}).level == SIBLING
    assert lex.find("冬衣").group and lex.item_match({coat}, {down}).level == 0
    assert lex.item_match({coat}, {lex.find("冬衣").id}).level == COVERS


def test_the_builtin_groups_follow_the_stated_rule():
    # docs/matching.md, "Group offers that cover without siblings": a concept with children whose label
    # names a programme or a bundle (物资 / 包 / an undertaking) is a group; a class of things is not.
    lex = default_lexicon()
    parents = {p for c in lex.concepts for p in c.broader}
    groups = {c.label for c in lex.concepts if c.group}
    assert groups <= {lex.concepts[p].label for p in parents}
    named = {lex.concepts[p].label for p in parents
             if re.search(r"(物资|包|整治|改造|帮扶|救助|发展|搬迁)$", lex.concepts[p].label)}
    assert groups == named
    assert {"庭院经济物资", "人居环境整治", "过冬物资"} <= groups
    assert not groups & {"学习用品", "日用品", "冬衣", "农资", "建材"}
    # what round 10 worked around: a 禽苗 offer is no sibling answer to a 果苗 need
    assert lex.item_match({lex.find("果苗").id}, {lex.find("禽苗").id}).level == 0


def test_an_unknown_name_sharing_a_part_and_its_head_with_a_known_one_is_guessed_as_that_item():
    lex = default_lexicon()
    assert not lex.extract("急需耕作机").concepts
    assert [lex.concepts[c].label for c in lex.guess("急需耕作机", ["production"])] == ["微耕机"]


def test_a_young_animal_named_stem_plus_diminutive_is_guessed_as_that_young_animal():
    lex = default_lexicon()
    assert [lex.concepts[c].label for c in lex.guess("想养几头猪娃", ["production"])] == ["仔猪"]
    assert [lex.concepts[c].label for c in lex.guess("申请苗鸡", ["production"])] == ["鸡苗"]


def test_a_guess_keeps_to_the_records_category_and_needs_a_shared_head():
    lex = default_lexicon()
    assert lex.guess("急需耕作机", ["education"]) == frozenset()
    assert lex.guess("爱心企业捐助一批保暖杯", ["living"]) == frozenset()  # 保暖鞋, 保暖衣物: heads absent


def test_a_need_with_an_unknown_name_gets_the_item_feature_from_the_guess(today):
    from matching import FEATURE_NAMES, PairData

    from .conftest import make_need, make_offer

    data = PairData([make_need(title="急需电动喷雾机", category="production", unit="台")],
                    [make_offer(title="捐赠农用喷雾器", categories=("production",), unit="台")], today=today)
    assert data.features([0], [0])[0][FEATURE_NAMES.index("item")] == 1.0


def test_an_unknown_name_on_both_sides_carries_the_text_similarity(today):
    from matching import FEATURE_NAMES, PairData

    from .conftest import make_need, make_offer

    lex = default_lexicon()
    assert not lex.extract("打谷桶").concepts and not lex.guess("打谷桶", ["production"])
    need = make_need(title="急需打谷桶子", category="production", unit="辆")
    offers = [make_offer(title="捐赠打谷桶", categories=("production",), unit="辆"),
              make_offer(title="捐赠打谷机", categories=("production",), unit="辆")]
    text = PairData([need], offers, today=today).features([0, 0], [0, 1])[:, FEATURE_NAMES.index("text")]
    assert text[0] > 0.25 > text[1]  # the title's character bigrams (打谷, 谷桶) agree, the word 打谷桶子 does not


# --- Cilin, the second source of names ----------------------------------------------------------------


@pytest.mark.parametrize("name, label", [
    ("被卧", "棉被"),        # Bp28B02= 被子 被卧 被头 被 衾 (head word 被子 is a lexicon name)
    ("水门汀", "水泥"),      # Bm05A01= 水泥 洋灰 士敏土 水门汀 … (two lexicon names agree)
    ("蜜糖", "土蜂蜜"),      # (甘薯's group also holds 芋头, an item of its own since round 10: it agrees on none)
    ("写字台", "课桌椅"),
    ("胡桃", "核桃"),
])
def test_cilin_synonym_groups_add_names_to_the_concept_they_agree_on(lex, name, label):
    assert lex.find(name).label == label
    assert lex.thesaurus_names[name] == label
    assert asked(lex, f"需要{name}") == [label]


def test_cilin_names_are_not_added_without_it():
    plain = Lexicon.load(thesaurus=False)
    assert plain.find("莱菔") is None and plain.thesaurus_names == {}  # Cilin's name of 萝卜
    assert len(default_lexicon().thesaurus_names) > 150


def test_cilin_keeps_out_other_senses_single_characters_and_names_the_lexicon_has():
    groups = [
        ("被子", "被卧", "衾"),            # used: head word 被子 is a name
        ("棒", "棒子", "棍子", "大棒"),    # 棒子 (玉米) is not the head word and the only hit: sticks
        ("棉衣", "冬衣", "被子"),          # two concepts' names: a loose group, skipped
        ("眼镜", "镜子"),                  # used, but 镜子 has another group (a mirror) ...
        ("镜子", "镜"),                    # ... that gives it to no concept: vetoed
    ]
    rows = [("living", ["棉被", "被子"], [], ["床"]), ("living", ["棉衣"], [], ["件"]),
            ("living", ["冬衣"], [], ["件"]), ("consumption", ["玉米", "棒子"], [], ["斤"]),
            ("medical", ["老花镜", "眼镜"], [], ["副"])]
    lex = Lexicon(rows, groups)
    assert lex.thesaurus_names == {"被卧": "棉被"}
    assert lex.find("棍子") is None and lex.find("镜子") is None and lex.find("衾") is None


def test_an_office_name_stays_above_cilin(tmp_path):
    extra = tmp_path / "office.tsv"
    extra.write_text("living\t暖壶/被卧\t\t个\n", encoding="utf-8")  # this county's 被卧 is something else
    lex = Lexicon.load(extra)
    assert lex.find("被卧").label == "暖壶" and "被卧" not in lex.thesaurus_names


# --- Cilin groups no concept claims: items of their own (round 2) --------------------------------------


def group_lexicon(groups):
    rows = [("living", ["棉被", "被子"], [], ["床"]), ("production", ["种苗", "树苗"], [], ["株"])]
    return Lexicon(rows, groups)


def test_a_cilin_group_no_concept_claims_is_an_item_named_by_any_of_its_words():
    lex = group_lexicon([("无烟煤", "硬煤", "白煤")])
    hard, white = lex.find("硬煤"), lex.find("白煤")
    assert hard is white and hard.label == "无烟煤" and lex.is_group_item(hard.id)
    assert len(lex) == 2 and len(lex.concepts) == 3  # len() counts the lexicon's concepts only
    match = lex.item_match(lex.extract("急需硬煤").concepts, lex.extract("捐赠白煤").concepts)
    assert match.level == EXACT and lex.reason(match) == "物品一致：无烟煤"


def test_group_items_keep_out_single_characters_other_senses_general_words_and_words_holding_a_name():
    lex = group_lexicon([
        ("帐子", "蚊帐", "帐"),          # 帐: a single character
        ("手巾", "毛巾"),                # 手巾 is also in the next group: another sense
        ("手巾", "手帕"),
        ("日用品", "日用百货"),          # general words
        ("棉被套", "被套"),              # 棉被套 holds the name 棉被
        ("被子", "被卧"),                # a lexicon name in it: the group is the lexicon's business
    ])
    assert lex.find("帐子") is lex.find("蚊帐") and lex.find("帐") is None
    assert lex.find("手巾") is None and lex.find("毛巾").names == ("毛巾",)
    assert lex.find("日用品") is None and lex.find("棉被套") is None
    assert asked(lex, "需要棉被套") == ["棉被"]  # read as the name inside it
    assert lex.find("被套").label == "被套"
    assert [c.label for c in lex.concepts if lex.is_group_item(c.id)] == ["帐子", "毛巾", "手帕", "日用百货", "被套"]
    assert GENERAL_WORDS and "日用品".endswith(GENERAL_WORDS)


def test_a_lexicon_name_wins_over_a_group_word_overlapping_it():
    lex = group_lexicon([("桑树", "桑")])
    assert asked(lex, "需要桑树苗") == ["种苗"]  # 桑树苗 is a 树苗; group words are read only without one
    assert asked(lex, "需要桑树") == ["桑树"]


def test_a_group_item_is_used_only_when_the_record_names_no_lexicon_concept():
    lex = group_lexicon([("无烟煤", "硬煤")])
    both = lex.record_concepts(lex.extract("需要棉被和硬煤"), lex.extract(""), ["living"])
    assert labels(lex, both) == ["棉被"]
    alone = lex.record_concepts(lex.extract("需要硬煤"), lex.extract("家里冷"), ["living"])
    assert labels(lex, alone) == ["无烟煤"]


def test_negation_applies_to_group_items(lex):
    found = lex.extract("无烟煤已经有了，家里冷")
    assert labels(lex, found.concepts) == [] and labels(lex, found.excluded) == ["无烟煤"]
    assert found.text == "家里冷" and asked(lex, "还缺硬煤") == ["无烟煤"]


def test_the_description_adds_only_items_of_the_records_own_category(lex):
    need = lex.record_concepts(lex.extract("需要棉衣"), lex.extract("家中老人常年卧床"), ["living"])
    assert labels(lex, need) == ["棉衣"]  # 卧床 names 床 (易地搬迁), not a request for a bed


def test_two_names_of_an_unclaimed_cilin_group_agree_through_the_portal_path(today):
    from matching import recommend

    from .conftest import make_need, make_offer

    lex = default_lexicon()
    assert lex.is_group_item(lex.find("硬煤").id) and lex.find("硬煤") is lex.find("无烟煤")
    needs = [make_need(id="n1", title="急需硬煤", category="living", unit="斤"),
             make_need(id="n2", title="急需木炭", category="living", unit="斤")]
    offer = make_offer(title="捐赠无烟煤", categories=("living",), unit="斤")
    (line,) = recommend(needs, [offer], today=today)
    best = line["matches"][0]
    assert best["need"] == "n1" and best["reasons"]["item"] == 1.0


def test_when_neither_record_names_a_known_item_the_words_stand_in_for_the_item_feature(today):
    from matching import FEATURE_NAMES, PairData

    from .conftest import make_need, make_offer

    needs = [make_need(id="n1", title="川椒急缺", category="consumption", unit="斤", urgency=1),
             make_need(id="n2", title="申请土蜜", category="consumption", unit="斤", urgency=3),
             make_need(id="n3", title="需要核桃", category="consumption", unit="斤", urgency=3)]
    offer = make_offer(title="爱心企业送川椒", categories=("consumption",), unit="斤")
    data = PairData(needs, [offer], today=today)
    F = data.features([0, 1, 2], [0, 0, 0])
    item, text = F[:, FEATURE_NAMES.index("item")], F[:, FEATURE_NAMES.index("text")]
    # 川椒 on both sides (the words, and the name similarity of round 3); 土蜜 shares no word
    assert item[0] >= text[0] > 0.0 == item[1]
    assert item[2] == 0.0  # the need names a known item (核桃) the offer does not: no agreement


@pytest.mark.parametrize("text", [
    "爱心企业备好棉被待领",       # 备 + 好: ready to give, not "had already" as in a need
    "已准备棉被一批",
    "商会已购置棉被，欢迎对接",
    "去年采购的棉被，现捐出",
])
def test_an_offers_giving_verbs_give_the_item(lex, text):
    assert labels(lex, lex.extract(text, offer=True).concepts) == ["棉被"]


def test_a_needs_cue_still_reads_ready_as_had(lex):
    assert labels(lex, lex.extract("棉被早就备好了，需要棉衣").excluded) == ["棉被"]
    assert labels(lex, lex.extract("备好棉被待领", offer=True).excluded) == []


@pytest.mark.parametrize("text", ["棉被已捐完，现有棉衣", "棉被送光了，还有棉衣", "除了棉被，还有棉衣"])
def test_an_offer_excludes_items_it_says_are_gone(lex, text):
    e = lex.extract(text, offer=True)
    assert labels(lex, e.concepts) == ["棉衣"]
    assert labels(lex, e.excluded) == ["棉被"]


# Rows older than round 5 that share a name on purpose or by history: 菜籽油's line (consumption) merges
# into 食用油's concept, 奶粉 is also a 牛奶制品 (消费扶贫). 席梦思 was both a 床垫 and a 床 until round 10
# (blind9's 席梦思 needs met 床 offers as readily as 床垫 ones); it is a 床垫 only. Any new sharing fails.
KNOWN_SHARED_NAMES = {"菜籽油", "奶粉"}


def test_no_name_of_the_shipped_file_names_two_concepts():
    from importlib import resources

    from matching.lexicon import _fold, read_lexicon_rows

    text = resources.files("matching").joinpath("data", "lexicon.tsv").read_text(encoding="utf-8")
    owner: dict[str, str] = {}
    shared = set()
    for _, names, _, _ in read_lexicon_rows(text=text):
        for name in names:
            first = owner.setdefault(_fold(name), names[0])
            if first != names[0]:
                shared.add(_fold(name))
    assert shared == KNOWN_SHARED_NAMES


@pytest.mark.parametrize("name, label, parent", [
    ("手纸", "卫生纸", "清洁用品"),
    ("笤帚", "扫帚", "清洁用品"),
    ("墩布", "拖把", "清洁用品"),
    ("铜芯线", "电线", "水电材料"),
    ("水嘴", "水龙头", "水电材料"),
    ("挂锁", "门锁", "五金工具"),
    ("倭瓜", "南瓜", "蔬菜"),
    ("圆葱", "洋葱", "蔬菜"),
    ("金针菜", "黄花菜", "农家干货"),
    ("隔尿垫", "护理垫", "护理用品"),
    ("夜壶", "便盆", "护理用品"),
    ("铁锨", "铁锹", "小农具"),
    ("停电灯", "应急灯", "救灾物资"),
])
def test_everyday_needs_of_public_lists_are_concepts_under_their_group(lex, name, label, parent):
    concept = lex.find(name)
    assert concept.label == label
    assert lex.find(parent).id in lex.ancestors(concept.id)


def test_a_group_offer_of_everyday_goods_covers_its_items_but_not_another_groups(lex):
    cleaning, plumbing = lex.find("清洁用品").id, lex.find("水电材料").id
    assert lex.find("拖把").id in lex.descendants(cleaning)
    assert lex.find("水龙头").id in lex.descendants(plumbing)
    assert lex.find("水龙头").id not in lex.descendants(cleaning)
    assert asked(lex, "家里水龙头坏了，急需水龙头和电线") == ["水龙头", "电线"]


# --- Round 6: group names read by their domain word ---------------------------------------------------


@pytest.mark.parametrize("title, category, label", [
    ("厨房器具", "living", "厨具"),            # the lexicon lists 厨房用具 / 厨房用品
    ("扫除用品", "living", "清洁用品"),        # 扫除用具
    ("爱心企业捐一批除四害工具", "living", "除四害用品"),
    ("植保设施", "production", "植保器材"),
    ("道路安全器材", "infrastructure", "交通安全设施"),
    ("学习物品", "education", "学习用品"),
    ("厨房小用品", "living", "厨具"),          # 小 / 类 before the head belong to neither domain nor head
    ("植保类物资", "production", "植保器材"),
])
def test_a_group_name_with_another_generic_head_reads_as_its_group(lex, title, category, label):
    assert labels(lex, lex.domain_group(title, [category])) == [label]
    from .conftest import make_offer

    offer = make_offer(title=title, categories=(category,))
    concepts = lex.record_concepts(lex.extract(offer.title, offer=True), lex.extract(""), offer.categories, False)
    assert labels(lex, concepts) == [label]


@pytest.mark.parametrize("title, category", [
    ("生活用具", "living"),         # 生活 is the domain of the umbrella 生活物资: never a whole category
    ("五金材料", "housing"),        # 五金 names two groups on no one chain (五金工具, 五金辅料)
    ("厨房器具", "production"),     # a group of another category
    ("除虫用品", "living"),         # a domain no group name has
])
def test_a_domain_that_names_no_single_group_of_the_category_reads_as_nothing(lex, title, category):
    assert not lex.domain_group(title, [category])


def test_a_generic_head_alone_names_no_item(lex):
    # Cilin's 用品 group once made every 「X用品」 a 日用品; general words are no thesaurus names.
    assert not lex.extract("交通安全用品").concepts
    assert lex.find("用品") is None and lex.find("工具") is None


def test_a_description_mention_of_another_category_is_not_an_unknown_items_item(lex):
    # 床 is a 搬迁 concept: 「家中老人常年卧床」 tells the household's situation, not what a 生活 need
    # for an item the lexicon does not know asks for.
    t, d = lex.extract("急需耧车"), lex.extract("家中老人常年卧床，望施以援手")
    assert not lex.record_concepts(t, d, ["living"])


# --- Round 7: blind7's everyday vocabulary and its families ------------------------------------------

@pytest.mark.parametrize("names", [
    ("面粉", "灰面", "麦子面", "雪花粉"), ("大米", "精米", "口粮米"), ("食用油", "素油", "吃的油"),
    ("食盐", "盐巴", "咸盐"), ("洗衣粉", "洗粉"), ("雨伞", "伞", "洋伞", "折叠伞"),
    ("风湿药", "止痛贴", "伤湿止痛膏"), ("碘伏", "碘酒"), ("小额信贷贴息", "贷款利息", "贴息资金"),
    ("地膜", "大棚膜", "塑料大棚膜", "长寿无滴棚膜"), ("小麦种子", "麦子种", "冬小麦种子"),
    ("水稻种子", "稻谷良种"), ("蚕种", "蚕籽", "蚕卵"), ("肉鸽", "乳鸽"), ("油毡", "油毛毡"),
    ("瓦片", "波形瓦", "石棉瓦"), ("彩钢板", "铁皮瓦", "彩钢瓦"),  # round 14: a 铁皮瓦 / 彩钢瓦 is a pressed steel sheet ("热水壶", "电水壶", "烧水壶"), ("家政培训", "母婴护理培训"),
    ("厨师培训", "学做菜的培训", "烹饪技能培训"), ("过冬物资", "暖冬包", "冬季保暖包", "过冬包"),
    ("纱布", "医用纱布", "棉花棒"), ("创可贴", "止血贴", "创口贴"),  # round 15: an adhesive plaster is no gauze
    ("灭火器", "灭火筒"), ("电冰箱", "卧式冷冻柜"),
])
def test_round7_everyday_names_name_one_concept(lex, names):
    assert {lex.find(n).label for n in names} == {names[0]}


@pytest.mark.parametrize("item, lumped_with", [
    ("腻子粉", "石灰"), ("大白粉", "石灰"), ("暖宝宝", "热水袋"), ("瓷砖", "装修"), ("茶几", "桌椅"),
    ("跳绳", "体育器材"), ("乒乓球拍", "体育器材"), ("电水壶", "热水器"),
])
def test_items_that_were_names_of_another_concept_are_items_of_their_own(lex, item, lumped_with):
    found = lex.find(item)
    assert found.label != lumped_with
    # 瓷砖 and the kinds of sports goods stay narrower than their group, so a group offer still covers them.
    other = lex.find(lumped_with)
    assert other.id not in lex.descendants(found.id)


def test_a_winter_pack_covers_bedding_warm_clothes_socks_and_warmers(lex):
    pack = lex.find("暖冬包").id
    for item in ("棉被", "毛毯", "秋衣秋裤", "袜子", "热水袋", "暖宝宝"):
        assert pack in lex.ancestors(lex.find(item).id), item


def test_a_single_character_umbrella_is_read_but_not_inside_a_longer_name(lex):
    assert asked(lex, "需要一把伞") == ["雨伞"]
    assert asked(lex, "需要育雏伞") == ["育雏伞"]


@pytest.mark.parametrize("title, category, group", [
    ("爱心企业捐赠学习礼包", "education", "学习用品"),   # a 礼包 of a group's domain is that group
    ("文具礼包", "education", "学习用品"),
    ("过冬大礼包", "living", "过冬物资"),              # 大 before the head, like 小 / 类
    ("清洁大礼包", "living", "清洁用品"),
])
def test_a_gift_pack_named_by_a_groups_domain_word_is_that_group(lex, title, category, group):
    assert labels(lex, lex.domain_group(title, [category])) == [group]


def test_a_gift_pack_of_no_known_domain_is_no_group(lex):
    assert lex.domain_group("新春礼包", ["living"]) == frozenset()


# --- round 8: who gives or asks, and a product title's noise ------------------------------------------


@pytest.mark.parametrize("title, item", [
    ("五金建材有限公司捐赠棉被", "棉被"),          # 建材 names the donor, not the item
    ("【电商平台助农频道】棉被，可对接", "棉被"),
    ("易地搬迁安置点棉被需求申报", "棉被"),       # 易地搬迁 names the beneficiary
    ("饲料合作社定向捐赠棉被", "棉被"),
])
def test_names_inside_a_donor_or_beneficiary_are_not_items(lex, title, item):
    assert asked(lex, title) == [item]


def test_a_platform_is_no_donor_name(lex):
    # 平台 ends no donor's name: 「电商平台」 in a need is what the household wants to learn.
    assert asked(lex, "想学电商平台运营") == ["电商培训"]


# --- round 10: a programme's frame and a second-hand offer's condition are no item ---------------------


@pytest.mark.parametrize("title, item", [
    ("苏州市对口帮扶铜仁市物资：棉被", "棉被"),                  # the programme, its places and 物资
    ("棉被（青岛市东西部协作安顺市工作组捐赠）", "棉被"),
    ("中央单位定点帮扶某某县项目捐赠棉被", "棉被"),
    ("结对帮扶资金采购棉被", "棉被"),                            # funds that buy goods frame them
    ("对口支援劳务协作工作站发布：电焊工培训", "电焊培训"),      # 劳务协作 here names the office
    ("以购代捐：土豆", "土豆"),
    ("二手电子琴", "电子琴"),                                    # not 手电 from 二手电
    ("闲置电动轮椅八成新", "电动轮椅"),
])
def test_a_programmes_frame_and_a_second_hand_condition_are_no_item(lex, title, item):
    e = lex.extract(title, offer=True)
    assert labels(lex, e.concepts) == [item]


def test_funds_alone_stay_the_money_offered(lex):
    # 「协作资金」 frames goods only when it buys them (「协作资金采购X」); alone it is the money.
    assert "金融帮扶" in labels(lex, lex.extract("协作资金扶持", offer=True).concepts)


def test_an_item_before_a_verb_stays_outside_the_donor_name(lex):
    assert asked(lex, "棉被由帮扶企业另行安排，需要棉衣") == ["棉衣"]
    assert asked(lex, "捐赠棉被的爱心企业") == ["棉被"]


@pytest.mark.parametrize("title, bare", [
    ("特级有机黑木耳500g×12袋", "黑木耳"),
    ("国标32.5R复合硅酸盐水泥", "复合硅酸盐水泥"),
    ("Φ12螺纹钢", "螺纹钢"),
    ("220V加厚电热毯（1.5米×2米）", "电热毯"),
    ("每箱24瓶矿泉水", "矿泉水"),
    ("【爱心商会】精选优质东北珍珠米5kg装", "东北珍珠米"),
])
def test_a_product_titles_grades_packs_and_codes_are_blanked(title, bare):
    from matching.lexicon import _fold, item_text
    assert "".join(ch for ch in item_text(_fold(title)) if "\u4e00" <= ch <= "\u9fff") == bare


def test_an_unknown_graded_product_is_guessed_from_its_head(lex):
    # Names the lexicon does not list, read through their grades, packs and codes as without them.
    def read(title):
        return labels(lex, lex.record_concepts(lex.extract(title, True), lex.extract("", True),
                                               ["living", "production", "medical"], narrowest=False))
    assert read("特级加绒保暖棉靴（42码）") == read("保暖棉靴") == ["棉鞋"]
    assert read("16L电动喷雾机") == read("电动喷雾机") == ["喷雾器"]
    assert read("国标精品降糖丸100粒装") == ["降糖药"]


@pytest.mark.parametrize("offer, need, level", [
    ("防疫物资", "医用外科口罩", COVERS),       # round 8: an office's groups cover their members
    ("防疫物资", "体温测量仪", COVERS),
    ("水禽苗", "雏鹅", COVERS),
    ("禽苗", "小鸡", COVERS),
    ("养蜂物资", "蜂桶", COVERS),
    ("养蜂物资", "中蜂群", COVERS),
    ("原生态山货", "干花菇", COVERS),
    ("节水灌溉器材", "滴灌带", COVERS),
    ("节水灌溉器材", "潜水泵", COVERS),
    ("道路附属设施", "公交站亭", COVERS),
    ("厨卫设施", "整体橱柜", COVERS),
    ("家庭应急包", "手电筒", COVERS),
    ("球类器材", "儿童篮球", COVERS),
    ("足球", "小篮球", SIBLING),                # two balls are not one item
    ("活框蜂箱", "蜜蜂种群", 0),                # a hive is not a colony, nor a kind of one thing with it:
                                                # 养蜂物资 is a covering group (2026-12-01), no sibling link
    ("不锈钢橱柜", "大衣柜", SIBLING),          # a kitchen cupboard is not a wardrobe
    ("布艺沙发", "靠背椅", SIBLING),
])
def test_round_8_groups_and_split_items(lex, offer, need, level):
    assert lex.item_match(lex.extract(need).concepts, lex.extract(offer, offer=True).concepts).level == level


@pytest.mark.parametrize("offer, need", [
    ("原生态山货", "富士苹果"),                 # fresh fruit is no 山货
    ("水禽苗", "小鸡"),                         # chickens are no waterfowl
    ("家庭应急包", "雨靴"),
])
def test_round_8_groups_do_not_cover_what_they_do_not_hold(lex, offer, need):
    assert lex.item_match(lex.extract(need).concepts, lex.extract(offer, offer=True).concepts).level < COVERS


@pytest.mark.parametrize("names", [
    ("养老保险缴费", "城乡居民养老保险费", "养老保险代缴"),
    ("鸭蛋", "咸鸭蛋", "松花蛋"),
    ("育苗盘", "穴盘", "秧盘"),
    ("缝纫机", "平缝机", "裁缝机"),
    ("豆浆机", "打浆机", "磨浆机"),
    ("水塔", "蓄水罐", "储水箱"),
    ("混凝土", "砼", "商品混凝土"),
    ("候车亭", "招呼站", "公交站亭"),
    ("路牌", "交通标志牌", "指路牌"),
    ("挖掘机培训", "学开挖机", "挖机培训"),
])
def test_round_8_items_of_their_own(lex, names):
    assert len({lex.find(n).id for n in names}) == 1


def test_an_offer_title_naming_an_item_inside_its_broader_name_is_that_item(lex):
    def offer(title):
        return lex.record_concepts(lex.extract(title, True), lex.extract("", True),
                                   ["employment", "education"], narrowest=False)
    welder = offer("焊工技能培训班")                          # 焊工 (电焊培训) inside 技能培训: the narrower one
    assert labels(lex, welder) == ["电焊培训"]
    assert lex.item_match(lex.extract("想学电商").concepts, welder).level < COVERS
    assert lex.item_match(lex.extract("想学电商").concepts, offer("技能培训")).level == COVERS
    assert labels(lex, offer("书包和学习用品")) == ["书包", "学习用品"]   # a list keeps its broad name
    assert labels(lex, offer("【商会】焊工技能培训班，可对接")) == ["电焊培训"]  # a clause after a comma is no list


@pytest.mark.parametrize("text, label", [
    ("挖机驾驶技能培训", "挖掘机培训"),     # 挖机 + (技能)培训 names 挖机培训, a kind of 技能培训
    ("焊工技能培训", "电焊培训"),
    ("想参加电工实操培训", "电工培训"),
])
def test_a_name_and_the_broad_name_after_it_join_into_the_narrower_item(lex, text, label):
    assert asked(lex, text) == [label]


def test_names_that_join_into_no_narrower_item_stay_apart(lex):
    assert asked(lex, "电脑和技能培训") == ["技能培训", "电脑"]


@pytest.mark.parametrize("text, category, label", [
    ("雾化设备", "medical", "雾化器"),     # 设备 / 器械 end in a machine head (round 8): the stem decides
    ("吸痰设备", "medical", "吸痰器"),
    ("微耕设备", "production", "微耕机"),
    ("净水装置", "living", "净水器"),         # 装置 too
    ("增氧装置", "production", "增氧机"),
])
def test_an_equipment_name_is_guessed_by_its_stem(lex, text, category, label):
    assert labels(lex, lex.guess(text, [category])) == [label]
    assert labels(lex, lex.record_concepts(lex.extract(text), lex.extract(""), [category])) == [label]


@pytest.mark.parametrize("names", [
    ("暖壶", "电壶", "茶瓶"), ("秋衣秋裤", "卫生衣", "卫生裤"), ("棉鞋", "毡疙瘩", "靰鞡"),
    ("尿布", "尿戒子", "褯子"), ("螺丝刀", "改刀"), ("摩托车", "电驴子"), ("自行车", "洋马儿"),
    ("门锁", "锁子"), ("屋顶翻修", "捡瓦"), ("降压药", "缬沙坦"), ("胃药", "蒙脱石散"),
    ("馒头", "锅盔", "馍馍"), ("柴火", "劈柴", "柴禾"), ("止咳药", "枇杷膏"), ("校车", "接送车"),
    ("砂浆", "水泥砂浆"), ("水电费", "电费"),
])
def test_round9_general_knowledge_names_name_one_concept(lex, names):
    assert {lex.find(n).label for n in names} == {names[0]}


@pytest.mark.parametrize("text", ["要小号的", "老人拄拐走路", "家里是低保户", "龙头企业帮扶", "去年家里办丧事"])
def test_round9_kept_out_names_that_read_as_a_size_describe_a_household_or_sit_inside_other_words(lex, text):
    assert asked(lex, text) == []


# --- Round 9: everyday, regional and trade names of production, consumption, employment, infrastructure, finance


# Names of the unseen and blind3 parts' catalogues (洋山芋, 地蛋, 荷兰薯, 蹦蹦车, 电三轮, 苗猪 ...) were taken out
# of round 9 again so that those parts stay tests (docs/matching.md, "Round 9").
@pytest.mark.parametrize("names", [
    ("土豆", "洋芋儿"), ("玉米", "玉麦", "黏玉米", "苞米面"), ("锄头", "镢头", "钁头"),
    ("农用三轮", "三轮车"), ("外出务工路费", "盘缠", "往返路费"), ("通组公路硬化", "进村路", "砂石路"),
    ("小额信贷", "扶贫贷", "农户小额贷款"), ("仔猪", "壳郎猪"), ("辣椒", "小米辣", "辣面子", "二荆条"),
    ("犁铧", "犁头", "铧犁"), ("应急广播", "村村响", "大喇叭"), ("鲜鱼", "稻花鱼", "冷水鱼"),
])
def test_round9_names_name_one_concept(lex, names):
    assert {lex.find(n).label for n in names} == {names[0]}


@pytest.mark.parametrize("text, label", [
    ("小米辣两箱", "辣椒"),          # not 小米
    ("村道路灯坏了", "太阳能路灯"),  # not the road 村道
    ("需要看大门的活", "保安岗位"),  # not 门窗更换's 大门
    ("黑豆腐五十斤", "魔芋"),        # Sichuan name of konjac tofu, not 黑豆
])
def test_a_round9_name_wins_over_a_shorter_name_inside_it(lex, text, label):
    assert asked(lex, text) == [label]


@pytest.mark.parametrize("text", ["烟草种植户", "土豆种植大户", "豆芽菜"])
def test_round9_left_out_names_that_read_inside_other_words(lex, text):
    assert not {"牧草种子", "大豆种子", "酸菜"} & set(asked(lex, text))


# --- round 10: spoken forms of the lexicon's names -----------------------------------------------------


@pytest.mark.parametrize("word, item", [
    ("棉鞋儿", "棉鞋"),        # name + 儿
    ("暖壶儿", "暖壶"),
    ("电饭锅子", "电饭煲"),    # name + 子
    ("手套套", "手套"),        # the last character doubled
    ("锄头头", "锄头"),
    ("袜袜", "袜子"),          # a name in 子: its stem doubled, or in 儿
    ("毯毯", "毛毯"),
    ("凳儿", "椅子"),
])
def test_a_spoken_form_of_a_name_names_its_item(lex, word, item):
    assert asked(lex, f"家里缺{word}") == [item]


@pytest.mark.parametrize("word", ["娃娃", "妈妈", "奶奶", "哥哥", "小孩子"])
def test_a_word_no_name_is_formed_from_is_no_item(lex, word):
    # No lexicon name of two characters or more gives these forms (一 character names form nothing).
    assert asked(lex, f"{word}想要") == []


def test_a_form_the_thesaurus_knows_keeps_its_own_sense():
    # 瓜子 is a snack in the thesaurus: 「西瓜」 + 子 is not formed from a 西瓜 name.
    from matching.lexicon import spoken_forms
    lex = Lexicon([("consumption", ["西瓜"], [], ["斤"]), ("consumption", ["瓜子仁"], [], ["斤"])],
                  thesaurus=[("西瓜子", "瓜子")])
    assert "西瓜子" in spoken_forms("西瓜")
    assert "西瓜子" not in lex.spoken_forms
    assert lex.spoken_forms["西瓜儿"] == (lex.find("西瓜").id,)


def test_a_form_two_concepts_give_is_no_ones():
    lex = Lexicon([("living", ["凳子"], [], ["个"]), ("living", ["凳凳"], [], ["个"]),
                   ("living", ["板凳"], [], ["个"]), ("living", ["板凳子"], [], ["个"])])
    # 板凳子 is a name (the lexicon wins); 凳儿 is formed by 凳子 alone.
    assert "板凳子" not in lex.spoken_forms
    assert lex.spoken_forms["凳儿"] == (lex.find("凳子").id,)
    # 炉子 and 炉儿 (two concepts here) both give 炉炉: it is left out.
    two = Lexicon([("living", ["炉子"], [], ["个"]), ("housing", ["炉儿"], [], ["个"])])
    assert "炉炉" not in two.spoken_forms
    assert two.spoken_forms == {}


@pytest.mark.parametrize("text, item", [
    ("需要3轮车", "农用三轮"),      # a digit typed for the numeral of a name
    ("想要个5斗柜", "斗柜"),
    ("需要3床棉被", "棉被"),        # a quantity stays a quantity (床 after a numeral is a measure word)
])
def test_a_digit_typed_for_a_numeral_reads_the_name(lex, text, item):
    assert asked(lex, text) == [item]


@pytest.mark.parametrize("text, category, item", [
    ("需要一台洗衣积", "living", "洗衣机"),     # one character typed by its sound (a pinyin input method)
    ("电冰相", "living", "电冰箱"),
    ("想要电饭报", "living", "电饭煲"),
])
def test_a_name_typed_with_one_homophone_is_read(lex, text, category, item):
    assert labels(lex, lex.homophone(text, [category])) == [item]
    e = lex.extract(text)
    assert labels(lex, lex.record_concepts(e, lex.extract(""), [category])) == [item]


@pytest.mark.parametrize("text, category", [
    ("芋种急缺", "production"),      # two syllables are too common a sound: 芋种 is no 鱼种
    ("急需降压药", "medical"),       # the name itself is no typo (the scan reads it)
    ("需要一台洗衣积", "medical"),   # only names of the record's categories
])
def test_no_homophone_is_read_where_the_rule_does_not_apply(lex, text, category):
    assert lex.homophone(text, [category]) == frozenset()


@pytest.mark.parametrize("text, category, item", [
    ("电代车一台", "medical", "电动轮椅"),     # 电动代步车 shortened to its first, one inner and its head character
    ("电三轮", "production", "农用三轮"),
])
def test_a_three_character_shortening_of_a_name_is_read(lex, text, category, item):
    assert labels(lex, lex.abbreviation(text, [category])) == [item]


def test_a_shortening_two_concepts_give_or_of_another_category_is_not_read():
    lex = Lexicon([("living", ["电热水壶"], [], ["个"]), ("living", ["电热水器"], [], ["台"]),
                   ("medical", ["电动轮椅"], [], ["台"])])
    assert lex.abbreviation("电水壶", ["living"]) == frozenset({lex.find("电热水壶").id})
    assert lex.abbreviation("电热器", ["living"]) == frozenset({lex.find("电热水器").id})
    assert lex.abbreviation("电热壶", ["living"]) == frozenset({lex.find("电热水壶").id})
    # 电轮椅 shortens a medical name only
    assert lex.abbreviation("电轮椅", ["living"]) == frozenset()
    two = Lexicon([("living", ["电热水壶"], [], ["个"]), ("living", ["电动水壶"], [], ["个"])])
    assert two.abbreviation("电水壶", ["living"]) == frozenset()   # both give 电水壶


# --- Round 10: north-eastern, 江淮 / 吴 / 粤 / 闽 / 客家 / 湘 / 赣, shop-listing and trade names of all 11 categories


@pytest.mark.parametrize("names", [
    ("热水袋", "汤婆子", "暖手宝"), ("电热毯", "电褥子"), ("手套", "手闷子"), ("毛衣", "冷衫", "绒线衫"),
    ("肥皂", "番枧", "洋碱"), ("蜂窝煤", "藕煤"), ("取暖炉", "电火箱", "小太阳"), ("菜板", "砧板", "菜墩子"),
    ("脱粒机", "打谷机", "打稻机"), ("挖掘机", "钩机"), ("编织袋", "蛇皮袋"), ("土鸡蛋", "笨鸡蛋", "柴鸡蛋", "草鸡蛋"),
    ("土豆", "薯仔"), ("茄子", "落苏", "矮瓜"), ("卷心菜", "椰菜", "莲花白", "疙瘩白"), ("助听器", "耳背机"),
    ("体温计", "探热针"), ("老花镜", "老光镜"), ("橡皮", "擦胶", "胶擦"), ("锤子", "榔头"),
    ("螺丝刀", "螺丝批", "改锥"), ("插线板", "排插", "拖线板", "接线板"), ("电表", "火表"), ("挡土墙", "堡坎"),
    ("农贸市场", "圩场"), ("搬迁新居家具", "家私"), ("沙发", "梳化"), ("收音机", "唱戏机", "看戏机"),
    ("自行车", "单车", "脚踏车"), ("缝纫机", "衣车"), ("降压药", "厄贝沙坦"), ("降糖药", "二甲双胍"),
    ("丝瓜", "水瓜", "胜瓜"), ("苦瓜", "凉瓜", "癞葡萄"), ("西葫芦", "角瓜", "茭瓜"), ("山野菜", "折耳根", "鱼腥草"),
])
def test_round10_regional_and_trade_names_name_one_concept(lex, names):
    assert {lex.find(n).label for n in names} == {names[0]}


@pytest.mark.parametrize("item, not_item", [
    ("芋头", "红薯"), ("百合", "大蒜"), ("百香果", "芒果"), ("火龙果", "芒果"), ("降脂药", "降压药"), ("沼气池", "化粪池"), ("排气扇", "电风扇"),
])
def test_round10_items_of_their_own(lex, item, not_item):
    assert asked(lex, f"需要{item}") == [item]
    assert lex.find(not_item).label != item


def test_an_item_of_its_own_in_a_cilin_group_keeps_the_group_from_lending_names(lex):
    # Bh06A46= 甘薯 番薯 红薯 地瓜 山芋 白薯 芋头 木薯: with 芋头 an item the group agrees on no one concept,
    # so 木薯 (cassava) is no longer a 红薯; 甘薯 and 山芋 are named in 红薯's row.
    assert "木薯" not in lex.thesaurus_names
    assert asked(lex, "甘薯三百斤") == ["红薯"]
    assert asked(lex, "芋头三百斤") == ["芋头"]


@pytest.mark.parametrize("text", ["豆沙包", "老人定位器", "精装书", "结对联系户"])  # 对联 is not a name: 结对联系
def test_round10_left_out_names_that_mean_something_else(lex, text):
    assert asked(lex, text) == []


# --- 2026-12-01: names read as the best cover of the text, not leftmost-longest ------------------------

@pytest.mark.parametrize("text, item", [
    ("二手电动轮椅", "电动轮椅"),     # not 手电 + 轮椅
    ("老人家电轮椅坏了", "电动轮椅"),  # not 家电 + 轮椅
    ("帮扶手工农具", "小农具"),       # not 楼梯扶手
    ("村小麦脱粒机一台", "脱粒机"),   # not 村小 (a school)
    ("大豆腐皮两斤", "腐竹"),         # not 大豆
])
def test_a_short_name_ending_inside_a_longer_one_gives_way(lex, text, item):
    assert labels(lex, {c for _, _, ids in lex.mentions(text) for c in ids}) == [item]
    assert asked(lex, text) == [item]


@pytest.mark.parametrize("text, item", [
    ("棉裤子实在买不起", "棉裤"),     # 棉裤子 + 实在, not 棉裤 + 子实 (种子): two names do not beat one
    ("苞谷籽种", "玉米种"),           # 苞谷籽, not 苞谷 + 籽种
    ("碗柜柜莫得了，需要", "橱柜"),   # a spoken form read whole, not 碗 + 柜柜
    ("两床棉被", "棉被"),             # a one-character name after a numeral stays a measure word
])
def test_the_best_cover_keeps_whole_names_and_spoken_forms(lex, text, item):
    assert labels(lex, {c for _, _, ids in lex.mentions(text) for c in ids}) == [item]


def test_the_best_cover_joins_the_most_character_pairs_then_reads_fewer_names():
    lex = Lexicon([("living", ["手电"], [], ["个"]), ("education", ["电子琴"], [], ["台"]),
                   ("living", ["甲乙"], [], ["个"]), ("living", ["乙丙"], [], ["个"]),
                   ("living", ["丁"], [], ["个"]), ("living", ["丁戊"], [], ["个"]), ("living", ["戊己庚"], [], ["个"])])
    def read(text):
        return [text[a:b] for a, b, _ in lex.mentions(text)]
    assert read("二手电子琴") == ["电子琴"]          # 2 pairs over 1
    assert read("二手电子琴和手电") == ["电子琴", "手电"]
    assert read("手电子琴") == ["电子琴"]            # the spoken form 手电子 joins one pair only
    assert read("甲乙丙") == ["甲乙"]                # a tie goes to the earlier name (the former order)
    assert read("丁戊己庚") == ["丁", "戊己庚"]      # 2 pairs and a one-character name over 1 pair
    assert read("丁") == ["丁"]


@pytest.mark.parametrize("text", [
    "二手电动轮椅", "王大爷家电轮椅坏了，需要棉被两床", "帮扶手工农具和书包儿", "米面粮油物资", "碗柜柜莫得了",
    "需要化肥、农药和小麦种子", "学生文具礼包", "帮扶手机", "孩子上学缺书包，铅笔暂时不缺",
])
def test_the_scans_fast_path_reads_what_the_full_lattice_reads(lex, text):
    """The leftmost-longest reading is returned without the lattice only where it is the best cover."""
    from matching.lexicon import _best_cover, _candidates, _scan
    table = lex._tables[0]
    found = _candidates(text, *table)
    assert _scan(text, *table) == (_best_cover(found) if found else [])


# --- 2026-12-01 review: a spoken form, a doubled word, a request and a reimbursement ------------------

@pytest.mark.parametrize("text, items", [
    ("需要棉被被罩", ["床单被套", "棉被"]),     # 棉被 + 被罩, not the spoken form 棉被被 swallowing 被
    ("需要床帐子", ["蚊帐"]),                  # the spoken form alone: as the leftmost-longest scan reads it
    ("需要床帐子，还要二手电动轮椅", ["电动轮椅", "蚊帐"]),  # another clause's overlap changes nothing here
])
def test_a_spoken_form_and_the_plain_name_are_both_readings(lex, text, items):
    assert asked(lex, text) == items


@pytest.mark.parametrize("text", ["因种种原因无力购买", "孩子学习棒棒的", "松松垮垮的旧门"])
def test_a_doubled_character_alone_is_no_spoken_name(lex, text):
    # 种种 / 棒棒 / 松松 would be spoken forms of 种子 / 棒子 / 松子: words of jieba's dictionary.
    assert asked(lex, text) == []


def test_a_thesaurus_name_gives_no_spoken_form(lex):
    assert "相思" not in lex.spoken_forms  # Cilin lends 相思子 to 豆子; 相思 is another word


@pytest.mark.parametrize("text, item", [
    ("希望尽快安排好过冬物资", "过冬物资"), ("请帮忙协调好取暖煤炭", "蜂窝煤"), ("请尽快对接好轮椅", "轮椅"),
    ("希望帮忙联系对接好一台洗衣机", "洗衣机"), ("求助搞定孩子的书包", "书包"), ("首先不能没有棉被", "棉被"),
])
def test_a_settling_word_after_a_request_asks_for_the_item(lex, text, item):
    assert asked(lex, text) == [item]


def test_not_reimbursed_is_no_not_filed(lex):
    assert "常用药" in asked(lex, "医保不报销的药品需要帮助")
    assert asked(lex, "棉被这次先不报，缺轮椅") == ["轮椅"]


# --- round 11: shops and livestreams as donors, ledger cells, northern cues, who wrote the need down ----


@pytest.mark.parametrize("title, item", [
    ("【包邮】电饭锅｜好运家电旗舰店捐赠", "电饭煲"),             # 家电 inside the shop's name
    ("山里鲜果铺子直播间爱心捐赠：书包", "书包"),                 # 鲜果 inside a livestream's name
    ("惠民优选电商公益专拍：轮椅", "轮椅"),                       # a seller named …电商
    ("县建材直播基地公益直播专场：棉被", "棉被"),
    ("网购捐赠｜棉被 直发到村（宏达建材城网店）", "棉被"),
    ("【电商扶贫】某农业公司常年求购土豆，现款结算", "土豆"),         # the programme is no 电商培训
])
def test_a_shops_or_a_livestreams_name_is_no_item(lex, title, item):
    assert labels(lex, lex.extract(title, offer=True).concepts) == [item]


@pytest.mark.parametrize("text", ["想学电商", "农村电商培训", "开网店需要学电商"])
def test_the_trade_itself_is_still_asked_for(lex, text):
    assert "电商培训" in asked(lex, text)


@pytest.mark.parametrize("text, items", [
    ("户主：某某｜缺：轮椅｜数量：1", ["轮椅"]),
    ("轮椅｜已发放｜户主签收", []),                              # the status cell says it of the row
    ("书包/已有/不报", []),
    ("电饭锅—不需", []),
    ("缺劳力/轮椅/待办/棉被缺口：0", ["轮椅"]),                   # a later cell's status is its own
    ("因残｜棉被—待对接｜备注：轮椅已发", ["棉被"]),
    ("棉被/棉衣已经有了", []),                                   # a list cut by / keeps one scope
    ("棉被缺口：10", ["棉被"]),                                  # a gap of ten is no zero gap
    ("棉被【已到户】", []), ("轮椅上期已核销", []), ("电饭锅项：无需求", []),
    ("原缺书包，已补齐", []), ("原缺书包", ["书包"]),              # a past shortage alone stays a request
])
def test_a_ledger_rows_cells_and_status_columns(lex, text, items):
    assert asked(lex, text) == items


@pytest.mark.parametrize("text", [
    "棉被上礼拜领着了", "轮椅他二舅给张罗好了", "电饭锅搁家还有老些呢", "书包俺家有哩", "棉衣俺家不稀得要",
    "棉被村里统一给办了", "电饭锅他姑给包了", "轮椅前年就整上了", "先前缺书包，现如今整上了", "棉被那块儿整明白了",
])
def test_northern_words_of_having_it_are_no_request(lex, text):
    assert asked(lex, text) == []


@pytest.mark.parametrize("text, item", [
    ("棉被一直没整着", "棉被"), ("想整一台洗衣机", "洗衣机"), ("寻思整点棉被", "棉被"), ("棉被都造没了", "棉被"),
    ("还没整上棉被", "棉被"), ("俺家缺轮椅", "轮椅"),
])
def test_northern_shortages_stay_requests(lex, text, item):
    assert asked(lex, text) == [item]


@pytest.mark.parametrize("text, items", [
    ("网格员代报｜老张缺棉被", ["棉被"]), ("驻村干部走访登记：轮椅", ["轮椅"]), ("手机随手记：书包", ["书包"]),
    ("网格员用手机拍了照片上报", []),
    ("家里孩子上网课缺一部手机", ["手机"]),                        # a phone asked for is still an item
])
def test_who_wrote_the_need_down_is_no_item(lex, text, items):
    assert asked(lex, text) == items


def test_a_free_course_is_no_tuition_asked_for(lex):
    assert labels(lex, lex.extract("电焊技能培训 0学费", offer=True).concepts) == ["电焊培训"]
    assert "助学金" in asked(lex, "孩子的学费交不上")


@pytest.mark.parametrize("title, item", [("食品级洗洁精 1.5kg大瓶", "洗洁精"), ("医用级脱脂纱布", "纱布")])
def test_a_products_grade_names_no_item(lex, title, item):
    assert labels(lex, lex.extract(title, offer=True).concepts) == [item]


def test_a_grade_word_alone_is_still_its_item(lex):
    assert asked(lex, "需要一些食品") == ["食品"]
    assert "饲料" in asked(lex, "缺饲料")

@pytest.mark.parametrize("text, item", [
    ("急需油枯两百斤", "有机肥"), ("求购草苫子", "大棚保温被"), ("想要一台小铲车", "装载机"),
    ("苹果套袋十万个", "果袋"), ("想当货车司机", "司机岗位"), ("村里想建个电动车棚", "车棚"),
    ("申请整村授信", "扶贫小额信贷办理"), ("求在家能做的串珠活", "扶贫车间订单"),
])
def test_round11_everyday_names_of_the_five_categories(lex, text, item):
    # Round 11 (production, consumption, employment, infrastructure, finance), from general knowledge.
    assert asked(lex, text) == [item]


@pytest.mark.parametrize("text", ["农民工体力工作辛苦", "晒干红枣", "山区交通网络", "共青团员捐赠棉被"])
def test_round11_left_out_names_that_read_inside_other_words(lex, text):
    assert not {"建筑工地岗位", "葡萄酒", "宽带网络", "粽子"} & set(asked(lex, text))


def test_round11_groups_cover_their_items_without_siblings(lex):
    # 养殖大礼包 (养殖物资) covers a 饲料 need; 招聘会 and 外出务工路费 are no kinds of one thing.
    group, feed = lex.extract("养殖大礼包").concepts, lex.extract("猪饲料").concepts
    assert lex.item_match(feed, group).level == COVERS
    assert lex.find("就业帮扶").group and lex.find("保险帮扶").group and lex.find("农特产品礼包").group
    fair, fare = lex.find("招聘会").id, lex.find("外出务工路费").id
    assert lex.item_match({fair}, {fare}).level == 0

# --- bundle groups (rounds 11 and 12): each covers its items, which stay no siblings ------------------------

@pytest.mark.parametrize("group, child, other_child", [
    ("适老化改造", "坐便椅", "紧急呼叫器"),   # 居家适老化改造: 扶手, 坐便椅, 洗澡椅, 防滑垫, 小夜灯, 呼叫器
    ("乔迁礼包", "棉被", "炒锅"),             # through 床上用品 and 厨具
    ("助学物资", "铅笔", "校服"),             # through 学习用品
    ("助残物资", "轮椅", "护理垫"),           # through 康复辅具 and 护理用品
    ("养鸡物资", "鸡苗", "育雏伞"), ("养牛物资", "牛犊", "舔砖"), ("养羊物资", "羔羊", "剪毛机"),
    ("养猪物资", "仔猪", "料槽"), ("水产养殖物资", "鱼苗", "增氧机"), ("创业物资", "饼铛", "封箱器"),
    ("防暑降温包", "电风扇", "解暑药"),   # 夏日送清凉 / 高温慰问: 解暑药, 电风扇, 凉席, 遮阳帽, 饮用水, 蚊香
    ("助老物资", "老花镜", "拐杖"),       # 助老礼包: 老花镜, 血压计, 拐杖, 护膝, 助行器, 成人纸尿裤, 保温杯 ...
])
def test_bundle_groups_cover_their_items_which_stay_no_siblings(lex, group, child, other_child):
    g, c, o = lex.find(group), lex.find(child), lex.find(other_child)
    assert g.group
    assert lex.item_match({c.id}, {g.id}).level == COVERS
    assert lex.item_match({c.id}, {o.id}).level == 0


@pytest.mark.parametrize("text, label", [
    ("居家适老化改造", "适老化改造"), ("残疾人家庭无障碍改造", "适老化改造"), ("卫生间扶手", "楼梯扶手"),
    ("新居入住礼包", "乔迁礼包"), ("爱心助学物资", "助学物资"), ("助残爱心包", "助残物资"),
    ("门诊慢特病", "慢性病药费"), ("刮大白", "装修"), ("起屋", "危房改造"), ("毡鞋", "棉鞋"),
    ("冬春救助物资", "过冬物资"), ("造口袋", "造口袋"), ("烟感报警器", "烟雾报警器"),
])
def test_round11_names_read_as_their_concept(lex, text, label):
    assert asked(lex, f"需要{text}") == [label]


# --- Cilin groups of things nobody gives or asks for are no items (round 11, the lead's read of blind12) ---

@pytest.mark.parametrize("text", ["妇联代肢体残疾的老李申请柑皮", "去年台风把屋顶掀了", "老人家眼睛看不清"])
def test_a_body_part_or_the_weather_is_no_item(lex, text):
    # Cilin's classes Bk (the body) and Bf (weather) held groups no concept claims (身体 / 肢体, 台风, 眼睛),
    # which became items of their own and read 「肢体残疾」 as a request.
    assert asked(lex, text) == []


def test_the_groups_of_item_classes_stay_items_of_their_own():
    from matching.lexicon import CILIN_NOT_ITEM_CLASSES, cilin_groups, cilin_not_item_groups

    groups = cilin_groups()
    not_items = cilin_not_item_groups()
    assert 0 < len(not_items) < len(groups)
    assert any("台风" in g for g in not_items) and not any("雨伞" in g for g in not_items)
    assert all(g in groups for g in not_items)
    assert {"Bk", "Bf"} <= set(CILIN_NOT_ITEM_CLASSES)


def test_a_giving_word_is_no_evidence_of_an_unknown_item(lex):
    # Round 11 (the lead's read of blind12): names such as 捐赠图书 shared 「捐赠」 with any donor's title,
    # so an offer of 间尺 (a ruler, Cantonese) guessed 图书. A giving verb is blanked before the guess.
    assert lex.guess("爱心人士捐赠一批30厘米间尺", ["education"]) == frozenset()
    assert lex.guess("护眼灯", ["education"]) == lex.guess("捐赠护眼灯", ["education"]) != frozenset()


# --- round 12 (2026-12-01): blind13 / blind16 analysed — their lost items' families -----------------------

@pytest.mark.parametrize("text, label", [
    ("一台单道心电图机", "心电图机"), ("两张妇科检查床", "诊疗床"), ("疫苗冷藏箱", "医用冷藏箱"),
    ("村里想配一台AED", "除颤仪"), ("想要一台温热饮水机", "饮水机"), ("合作社想要植保无人机", "植保无人机"),
    ("医用听诊器", "听诊器"), ("村医出诊包", "出诊箱"), ("中药斗柜", "药品柜"),
    ("村级冷库", "冷库"), ("集体烘干房", "烘干机"), ("村两委办公设备", "办公设备"), ("文化大院设备", "文化活动设备"),
    ("村务公开电子屏", "显示屏"), ("长条会议桌", "会议桌椅"), ("村集体经济扶持资金", "村集体经济扶持资金"),
    ("能繁母猪险", "养殖保险"), ("玉米保险", "种植保险"), ("广场舞音响", "音响"),
    ("蓝月亮", "洗衣粉"), ("济麦22", "小麦种子"), ("小天鹅", "洗衣机"), ("红米手机", "手机"), ("小米电视", "电视"),
])
def test_round12_analysed_names_read_as_their_concept(lex, text, label):
    assert asked(lex, f"需要{text}") == [label]


@pytest.mark.parametrize("group, child, not_covered", [
    ("白色家电", "洗衣机", "电饭煲"),        # 白电: 冰箱, 洗衣机, 空调, 热水器 — a small appliance is a sibling at most
    ("厨电套装", "油烟机", "洗衣机"),
    ("仓储保鲜设施", "冷库", "大棚"),
    ("文体活动器材", "锣鼓", "收音机"),
    ("阅览室配套", "书架", "校服"),
    ("食堂肉类采购", "黑猪肉", "牛奶"),
])
def test_round12_trade_and_facility_classes_cover_their_items_only(lex, group, child, not_covered):
    offer = lex.extract(group).concepts
    assert lex.item_match(lex.extract(child).concepts, offer).level == COVERS
    assert lex.item_match(lex.extract(not_covered).concepts, offer).level < COVERS


def test_round12_split_items_are_no_longer_one_concept(lex):
    # blind13 / blind16: two items that read as one concept (饮水机 and 净水器, 音箱 and the old folks' 收音机,
    # herd and crop insurance) matched each other exactly; now kinds of one class at most.
    assert lex.find("饮水机").id != lex.find("净水器").id
    assert lex.find("音箱").id != lex.find("唱戏机").id
    herd, crop = lex.find("养殖保险").id, lex.find("种植保险").id
    assert lex.item_match({herd}, {crop}).level == SIBLING
    assert lex.item_match({herd}, {lex.find("农业保险").id}).level == COVERS
    assert lex.find("农家书屋物资").group


@pytest.mark.parametrize("text, not_label", [
    ("黑白电视机", "白色家电"), ("3C头盔", "数码产品"), ("南通家纺纯棉布料", "床上用品"), ("康师傅红烧牛肉面", "牦牛肉"),
])
def test_round12_names_left_out_or_longer_than_the_words_inside(lex, text, not_label):
    # 白电 inside 黑白电视, a 3C certificate on a helmet, 家纺 before a fabric, 牛肉 inside a noodle flavour.
    assert not_label not in asked(lex, text)
# --- round 12 (2026-12-01): production, consumption, employment, infrastructure, finance from general knowledge --

@pytest.mark.parametrize("text, label", [
    ("急需钙镁磷肥三吨", "化肥"), ("想买台小铁牛耕地", "微耕机"), ("求购苞谷脱粒机", "脱粒机"), ("要两把薅锄", "锄头"),
    ("收毛梨子", "猕猴桃"), ("出售葵花籽", "瓜子"), ("村里想开通客运班线", "农村客运"), ("需要几匹骡子", "马匹"),
    ("招揽投员", "快递员"), ("组里装村村响", "应急广播"), ("房后堡坎垮了要打堡坎", "挡土墙"), ("办理联保贷款", "担保"),
    ("老人银龄安康保险", "防贫保险"), ("求购大闸蟹", "河蟹"), ("香水柠檬十箱", "柠檬"),
])
def test_round12_production_half_names_read_as_their_concept(lex, text, label):
    assert label in asked(lex, text)


@pytest.mark.parametrize("text, not_label", [
    ("生姜种植户", "蔬菜种子"), ("大蒜种植基地", "蔬菜种子"), ("洋葱种植基地", "蔬菜种子"), ("家里有晒台", "晒场"),
    ("为供需双方架桥", "村组便民桥"), ("早餐买个油饼", "有机肥"), ("现摘苹果", "农业用工"),
])
def test_round12_production_half_left_out_names_that_read_inside_other_words(lex, text, not_label):
    assert not_label not in asked(lex, text)




def test_a_chicken_bundle_does_not_cover_a_calf_need(lex):
    chicken, calf = lex.extract("养鸡大礼包").concepts, lex.extract("牛犊").concepts
    assert lex.item_match(calf, chicken).level != COVERS



# --- round 12 (2026-12-01): living, medical, education, housing, relocation, other from general knowledge ---



@pytest.mark.parametrize("text, label", [
    ("扫地机器人", "吸尘器"), ("老人手表", "手表"), ("儿童电话手表", "电话手表"), ("夏日送清凉", "防暑降温包"),
    ("老人礼包", "助老物资"), ("电地暖", "地暖"), ("二八大杠", "自行车"), ("修房盖", "屋顶翻修"),
])
def test_round12_living_half_names_read_as_their_concept(lex, text, label):
    assert asked(lex, f"需要{text}") == [label]


@pytest.mark.parametrize("text", [
    "爱心企业捐赠一批", "龙头企业手拉手帮扶", "把手机给孩子上网课", "家里顶梁柱病倒了", "大白菜三百斤",
    "铁皮石斛礼盒", "给孩子捐书包",
])
def test_round12_living_half_left_out_names_that_read_inside_other_words(lex, text):
    assert not {"家电", "衣物", "门锁", "水龙头", "檩条", "腻子粉", "彩钢板", "图书"} & set(asked(lex, text))


def test_a_fundraising_channel_is_no_item_of_a_cash_offer(lex):
    # 公益筹款 is the broader concept of the cash items (助学金, 取暖补贴 …): the bare words of raising money (筹款,
    # 众筹, 捐赠款, 爱心捐助 …, given to it in round 12's widening) read every donor's 「…直播筹款：X」 as covering
    # all cash needs (blind14 −0.006 offers → needs at the merge); they are the channel of the gift, no item.
    assert labels(lex, lex.extract("县电商直播基地公益直播筹款：困难学生助学善款", offer=True).concepts) == ["助学金"]


# --- issue-13s review (2026-12-01): round 12's names that read inside common words, phrases, wrong kinds ---

@pytest.mark.parametrize("text, not_label", [
    ("大学生表现优秀，家里困难", "手表"), ("给学生表彰奖励", "手表"),   # 学生表
    ("内蒙古包头市固阳县农户", "帐篷"),                                 # 蒙古包
    ("患输尿管结石住院治疗", "导尿管"),                                 # 尿管
    ("坚持标本兼治，巩固脱贫成果", "实验器材"),                         # 标本
    ("体检甘油三酯偏高", "洗护用品"),                                   # 甘油
    ("家里顶梁柱病倒了", "木材"),                                       # 梁柱
    ("孩子早餐吃的小面包", "货车"),                                     # 小面包
    ("不能致富的原因是缺技术", "后续扶持"),                             # 能致富
    ("买东西要补差价", "课业辅导"),                                     # 补差
    ("按模板填写申请表", "木材"),                                       # 模板
    ("给孩子买糖果", "白糖"),                                           # 糖果 is candy
    ("炖肉用的桂皮", "鸡精"),                                           # 桂皮 is a spice
])
def test_round12_names_do_not_read_inside_common_words(lex, text, not_label):
    assert not_label not in asked(lex, text)


def test_a_carpet_is_soft_furnishing_not_an_anti_slip_mat(lex):
    assert asked(lex, "需要地毯") == ["软装家居"]
