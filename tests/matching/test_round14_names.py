"""Round 14 (2026-12-01): blind19 / blind20 analysed — the lexicon's names for their lost items' families.

Every sentence here is written for the test (none is an evaluation record). Each new concept is read in a
sentence of its own; names of known concepts (colloquial, 西南官话 / 湘 / 赣 / 客家, trade and catalogue names)
read their item; the broader offers' group names cover their children; the short names that could read inside
common words do not.
"""

from __future__ import annotations

import pytest

from matching.lexicon import COVERS, EXACT, SIBLING

from .lexicon_helpers import lexicon_asked as asked, concept_id as cid


# One sentence per new concept (its label, then a sentence naming it by another of its names).
NEW_CONCEPTS = [
    ("柴油", "村里的手扶拖拉机缺两桶零号柴油"), ("柴油", "抽水机烧的农用柴油"),
    ("腊鱼", "出售自家烟熏的风干鱼"), ("腊鱼", "收购湘西腊鱼二十斤"),
    ("糍粑", "过年想打点年粑"), ("糍粑", "出售手工糍粑"),
    ("辣椒苗", "开春想栽些海椒秧"), ("辣椒苗", "提供朝天椒苗五千株"),
    ("避雷针", "学校楼顶要装一套防雷装置"), ("避雷针", "村委会的楼缺避雷针"),
    ("麻将桌", "老年活动室想添一台自动麻将机"),
    ("学习角物资", "给留守儿童建一个爱心学习角"),
]


@pytest.mark.parametrize("label, text", NEW_CONCEPTS)
def test_round14_new_concepts_read_in_a_sentence(lex, label, text):
    assert lex.find(label) is not None and lex.find(label).label == label
    assert label in asked(lex, text)


# Names of known concepts: a household's description, a dialect's everyday name, a trade or catalogue name.
@pytest.mark.parametrize("text, label", [
    ("家里缺煮饭的米", "大米"), ("想要一袋蒸馒头的面", "面粉"), ("上厕所用的纸没有了", "卫生纸"),
    ("冬天要个焐脚的壶", "热水袋"), ("想要一床插电的褥子", "电热毯"), ("老人想要件羽绒棉袄", "羽绒服"),
    ("糖尿病每天要打降糖针", "降糖药"), ("要一盒护创贴", "创可贴"), ("想给老人查个身体", "巡回义诊"),
    ("书桌上的灯坏了", "护眼台灯"), ("想要一台轻薄本上网课", "电脑"), ("屋顶的瓦被风吹掉了", "瓦片"),
    ("进屋的门关不上了", "防盗门"), ("要一个烧气的灶", "燃气灶"), ("家里缺几个胶凳", "椅子"),
    ("想装个电热水炉", "热水器"), ("种玉米要德美亚", "玉米种"), ("出售晒干的枣", "红枣"),
    ("出售农家红苕粉条", "粉丝"), ("想学开勾机，当个勾机司机", "挖掘机培训"), ("想找个看山的活", "公益岗位"),
    ("村道缺照明灯杆", "太阳能路灯"), ("家里急用钱", "临时救助"), ("明年的合疗费交不起", "医疗保险"),
    ("过年想要一副对联", "春联"),
    # 西南官话 / 湘 / 赣 / 客家
    ("冬天想要个烤火桶", "火盆"), ("要两百个煤砣砣", "蜂窝煤"), ("要一把夹火的钳子", "火钳"),
    ("屋头的番碱用完了", "肥皂"), ("想要点打毛衣的线", "毛线"), ("干活要件罩褂子", "围裙"),
    ("老汉走路要根打杵", "拐杖"), ("老年人的尿布不够用", "成人纸尿裤"), ("老人的屎片子不够用", "成人纸尿裤"),
    ("想去扎银针", "康复训练"), ("娃儿要根跳索", "跳绳"), ("地理课的地球坏了", "地球仪"),
    ("要个算数的机器", "计算器"), ("堂屋要做吊顶", "扣板"), ("想要个衣裳柜", "衣柜"),
    ("缺根晾衣裳的杆", "晾衣架"), ("门口挂的帘子烂了", "门帘"), ("打谷子的机子坏了", "脱粒机"),
    ("出售两百斤苕儿", "红薯"), ("想学大厨", "厨师培训"), ("组里缺个打篮球的架架", "篮球架"),
    ("缺引水的管子", "水管"), ("要一张打乒乓的台子", "乒乓球台"), ("娃儿读书的费用", "助学金"),
    ("出去租房子的钱", "住房租金补助"), ("办丧事的钱不够", "殡葬救助"), ("看电视的机子坏了", "电视"),
    ("老人想照个相", "全家福"), ("出售木子油", "食用油"),
    # trade and catalogue names
    ("屋顶要换铁皮瓦", "彩钢板"), ("申请扶贫贴息贷款", "小额信贷"), ("彩钢瓦二十张", "彩钢板"),
    ("窗子上的铁网生锈了", "门窗更换"), ("户外LED户外显示屏一块", "显示屏"), ("农房建设补助款发放", "危房改造"),
])
def test_round14_names_read_their_item(lex, text, label):
    assert label in asked(lex, text)


# Moved names: the fish is no longer fresh fish or pork, the rice cake no longer a 粽子, the steel sheet no tile.
@pytest.mark.parametrize("name, label, not_label", [
    ("熏鱼", "腊鱼", "鲜鱼"), ("腊鱼", "腊鱼", "腊肉"), ("糍粑", "糍粑", "粽子"), ("辣椒苗", "辣椒苗", "种苗"),
    ("吊顶", "扣板", "装修"), ("彩钢瓦", "彩钢板", "瓦片"), ("贴息贷款", "小额信贷", "小额信贷贴息"),
])
def test_round14_moved_names(lex, name, label, not_label):
    assert lex.find(name).label == label
    assert not_label not in asked(lex, f"需要{name}")


@pytest.mark.parametrize("need, offer", [
    ("腊鱼", "腊肉"),            # a 腊味 offer covers cured fish
    ("糍粑", "粽子"),            # the glutinous-rice foods class covers 糍粑
    ("辣椒苗", "种苗"),
    ("护眼台灯", "学习角物资"), ("课桌椅", "学习角物资"), ("电脑", "学习角物资"),
    ("纱布", "急救包"), ("碘伏", "急救包"), ("火钳", "取暖物资"),
])
def test_round14_broader_offers_cover(lex, need, offer):
    assert lex.item_match({cid(lex, need)}, {cid(lex, offer)}).level == COVERS


def test_round14_study_corner_is_a_group(lex):
    # 学习角物资 is a bundle (groups.tsv): it covers a desk lamp and a desk, which are no siblings through it.
    g = cid(lex, "学习角物资")
    assert lex.concepts[g].group
    assert cid(lex, "字典") not in lex.siblings(cid(lex, "护眼台灯"))
    assert cid(lex, "课桌椅") not in lex.siblings(cid(lex, "电脑"))


@pytest.mark.parametrize("group_name, child_name", [
    ("米面粮油套餐", "煮饭的米"), ("防寒取暖物品", "夹火的钳子"), ("日用百货", "番碱"),
    ("养殖幼崽", "鸡崽崽"), ("干杂山货", "晒干的枣"), ("砖瓦砂石建材", "盖房的瓦"),
    ("易迁户家电", "烧气的灶"), ("温馨学习角", "书桌上的灯"), ("困难家庭帮扶金", "急用钱"),
    ("健康下乡服务", "查个身体"), ("看病帮扶款", "住院的钱"),
])
def test_round14_group_names_cover_their_items(lex, group_name, child_name):
    offer = lex.extract(group_name, offer=True).concepts
    need = lex.extract(child_name).concepts
    assert lex.item_match(need, offer).level >= COVERS


def test_round14_counted_units_agree(lex):
    # A stick counted in 根 or 支, tiles in 片 or 匹 (西南: 一匹瓦), a curtain in 幅 or 副: one count each. Not so a
    # pair of rackets (一副) and one racket (一支), or a bedding set (一套) and one quilt (一床): those stay apart.
    for label, a, b in [("拐杖", "根", "支"), ("瓦片", "片", "匹"), ("窗帘", "幅", "副"), ("门帘", "个", "幅"),
                        ("蓄水池", "座", "口"), ("儿童玩具", "套", "盒")]:
        c = [cid(lex, label)]
        assert lex.count_units(a, c) == lex.count_units(b, c), label
    assert lex.count_units("副", [cid(lex, "羽毛球拍")]) != lex.count_units("支", [cid(lex, "羽毛球拍")])
    assert lex.count_units("套", [cid(lex, "棉被")]) != lex.count_units("床", [cid(lex, "棉被")])


# Short names that must not read inside the common words tried (jieba's cut and the lexicon, sentence by sentence).
@pytest.mark.parametrize("text, label", [
    ("穿上防护衣再进车间", "围裙"),          # 护衣
    ("采用综合疗法治疗", "医疗保险"),        # 合疗
    ("医生给他检查体温", "巡回义诊"),        # 查体
    ("他在大学厨房帮工", "厨师培训"),        # 学厨
    ("家门对面就是学校", "春联"),            # 门对 was left out
    ("老人照顾不过来", "全家福"),            # 老人照 was left out
    ("想收购点白毫银针", "康复训练"),        # 银针 was left out (a tea)
    ("柴油微耕机一台", "柴油"), ("买一台柴油发电机", "柴油"), ("买一台柴油机", "柴油"),
    ("柴油三轮车要换轮胎", "柴油"),
    ("打胰岛素的针头用完了", "降糖药"),      # the needle is a 注射器, not the insulin
])
def test_round14_short_names_do_not_read_inside_words(lex, text, label):
    assert label not in asked(lex, text)
