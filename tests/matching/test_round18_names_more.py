"""Round 18 (18m, 2026-12-02): the names the mechanism engineers found missing, added as families.

Every sentence here is written for the test (none is an evaluation record). Repair and pruning services are
concepts of their own (a service offer no longer reads the object it mends, nor a course); heating coal reads
under every household name; programmes named by what they mend (补短板 / 提升 projects) and a bundle of
appliance gifts cover what their names say, without making their children siblings.
"""

from __future__ import annotations

import pytest

from matching.lexicon import COVERS

from .lexicon_helpers import lexicon_asked as asked, concept_id as cid


# Service concepts: a household's words, then a provider's.
@pytest.mark.parametrize("label, text, offer", [
    ("农机维修服务", "春耕前拖拉机坏了，想找农机上门维修", False),
    ("农机维修服务", "合作社提供农机检修服务", True),
    ("家电维修服务", "冰箱不制冷，想请师傅上门修冰箱", False),
    ("家电维修服务", "售后网点开展家电上门维修服务", True),
    ("电动车维修服务", "电瓶车骑不动了想找地方修电瓶车", False),
    ("电动车维修服务", "志愿者在集市上提供电动车维修", True),
    ("果树修剪服务", "家里几十棵苹果树没人会修剪果树", False),
    ("果树修剪服务", "技术员冬季到园里帮忙果树剪枝", True),
])
def test_round18m_service_concepts(lex, label, text, offer):
    got = [lex.concepts[c].label for c in lex.extract(text, offer=offer).concepts]
    assert label in got


@pytest.mark.parametrize("text, not_label", [
    ("志愿者在集市上提供电动车维修", "摩托车"), ("售后网点开展家电上门维修服务", "家电"),
    ("技术员冬季到园里帮忙果树剪枝", "果苗"), ("合作社提供农机检修服务", "汽修培训"),
])
def test_round18m_a_service_is_not_its_object(lex, text, not_label):
    assert not_label not in [lex.concepts[c].label for c in lex.extract(text, offer=True).concepts]


@pytest.mark.parametrize("text, label", [
    # a course stays a course: 修农机 / 农机维修 in a job seeker's words are the training's names (blind26's labels)
    ("小伙子想报个农机维修技术培训", "汽修培训"), ("想学修农机找份活", "汽修培训"),
    ("家里冬天缺烤火用煤", "蜂窝煤"), ("老人想买些烧火用煤", "蜂窝煤"),
    ("孩子开学要一个学生学习用品包", "助学物资"),
    ("村里报了水利设施补短板项目", "水利设施提升改造"), ("镇上实施村内道路补短板项目", "道路设施改造"),
    ("申请居住条件提升项目", "居住条件改造"), ("工会发放家电下乡慰问品", "家电下乡慰问物资"),
])
def test_round18m_names_read_their_item(lex, text, label):
    assert label in asked(lex, text)


@pytest.mark.parametrize("need, offer", [
    ("护眼台灯", "助学物资"),
    ("安全饮水工程", "水利设施提升改造"), ("家庭水窖", "水利设施提升改造"), ("灌溉水渠修缮", "水利设施提升改造"),
    ("通组公路硬化", "道路设施改造"), ("地坪硬化", "道路设施改造"),
    ("门窗更换", "居住条件改造"), ("瓷砖", "居住条件改造"), ("灶台", "居住条件改造"), ("改厕改厨", "居住条件改造"),
    ("电视", "家电下乡慰问物资"), ("收音机", "家电下乡慰问物资"), ("户户通", "家电下乡慰问物资"), ("手机", "家电下乡慰问物资"),
])
def test_round18m_programmes_cover_what_they_name(lex, need, offer):
    assert lex.item_match({cid(lex, need)}, {cid(lex, offer)}).level == COVERS


@pytest.mark.parametrize("label", ["水利设施提升改造", "道路设施改造", "居住条件改造", "家电下乡慰问物资"])
def test_round18m_programmes_are_covering_groups(lex, label):
    assert lex.concepts[cid(lex, label)].group


@pytest.mark.parametrize("a, b", [("瓷砖", "灶台"), ("通组公路硬化", "地坪硬化"), ("家庭水窖", "灌溉水渠修缮")])
def test_round18m_a_programme_makes_no_siblings(lex, a, b):
    assert lex.item_match({cid(lex, a)}, {cid(lex, b)}).level == 0


# Short names in ordinary sentences: none reads there.
@pytest.mark.parametrize("text, label", [
    ("他把电视机柜修电视墙时挪开了", "家电维修服务"), ("他家的拖拉机维修得很勤", "电动车维修服务"),
    ("路边有家修电动车的铺子关门了", "农机维修服务"), ("冬季燃煤取暖要防一氧化碳中毒", "居住条件改造"),
])
def test_round18m_names_do_not_read_where_they_are_not(lex, text, label):
    assert label not in asked(lex, text)
