"""Round 17 (2026-12-02): blind25 / blind26 analysed — the lexicon's names for their lost items' families.

Every sentence here is written for the test (none is an evaluation record). Each new concept is read in a
sentence of its own; names of known concepts (a household's plain descriptions, producers' varieties, trade
names and grades, the trade's words for packaging, logistics, finance and services) read their item; moved
names left the concept they were lumped into; the broader programmes' names cover their children; the short
names that could read inside common words do not.
"""

from __future__ import annotations

import pytest

from matching.lexicon import COVERS

from .lexicon_helpers import lexicon_asked as asked, concept_id as cid


# Two sentences per new concept (its label, then a sentence naming it by another of its names).
NEW_CONCEPTS = [
    ("铡草机", "养牛场想添一台铡草机"), ("铡草机", "捐赠秸秆揉丝机两台"),
    ("包缝机", "车间还差两台包缝机"), ("包缝机", "服装厂转让几台及骨车"),
    ("泡沫箱", "寄草莓要用泡沫箱"), ("泡沫箱", "提供冷链泡沫箱五百个"),
    ("包装礼盒", "合作社想订一批包装礼盒"), ("包装礼盒", "印刷厂捐赠空礼盒五百个"),
    ("冰袋", "发冷鲜肉缺冰袋"), ("冰袋", "企业捐赠注水冰袋一千个"),
    ("冷链物流", "樱桃上市需要冷链物流"), ("冷链物流", "物流公司提供生鲜冷链专线"),
    ("电商代运营", "合作社想找人做网店代运营"), ("电商代运营", "平台免费提供店铺托管"),
    ("电商助农服务", "县里想要电商助农服务"), ("电商助农服务", "开展产销对接服务"),
    ("布病筛查", "养羊户想做布病筛查"), ("布病筛查", "疾控中心开展布鲁氏菌病检测"),
    ("职业健康防护包", "车间工人需要职业健康防护包"), ("职业健康防护包", "工会发放职业病防护用品"),
    ("学历提升", "带头人想读成人大专"), ("学历提升", "开放大学提供学历提升名额"),
    ("考察学习", "合作社社长想出去学经验"), ("考察学习", "组织致富带头人外出观摩"),
    ("致富带头人培育", "启动致富带头人培育工程"), ("致富带头人培育", "乡村产业人才提升计划招生"),
    ("卷帘门", "车间大门想换卷闸门"), ("卷帘门", "捐赠铝合金卷帘门两樘"),
    ("周转筐", "菜地缺一批塑料周转筐"), ("周转筐", "捐赠物流周转箱两百个"),
    ("操作台", "包装车间缺不锈钢操作台"), ("操作台", "捐赠车间工作台十张"),
    ("托盘", "仓库想要一批塑料托盘"), ("托盘", "物流园转让二手栈板"),
    ("车间设施配套", "申请社区工厂配套帮扶包"), ("车间设施配套", "完善车间配套设施"),
    ("田间气象站", "基地想装个小气候监测站"), ("田间气象站", "捐赠农业气象站一套"),
    ("商标注册", "合作社想注册个商标"), ("商标注册", "律所提供地理标志商标代理"),
    ("有机认证", "茶园想做有机认证"), ("有机认证", "帮扶三品一标认证"),
    ("农残检测", "蔬菜上市前要做农残检测"), ("农残检测", "机构提供第三方质检"),
    ("包装设计", "想请人做个logo设计"), ("包装设计", "设计院免费做品牌包装设计"),
    ("展位", "想在农博会上要个展位"), ("展位", "展销会提供免费展位"),
    ("商品条码", "产品进超市要办条形码"), ("商品条码", "代办商品条码注册"),
    ("品牌打造服务", "县里想给特产做品牌打造"), ("品牌打造服务", "提供品牌建设服务"),
    ("产地初加工设施", "村里想建产地初加工设施"), ("产地初加工设施", "援建烘干保鲜加工设备"),
    ("扶贫车间设备", "车间缺生产设备，申请扶贫车间设备"), ("扶贫车间设备", "捐赠车间生产设备一批"),
    ("病虫害防控物资", "果园需要绿色防控物资包"), ("病虫害防控物资", "提供病虫害统防统治套餐"),
    ("劳动防护用品包", "车间工人要劳保用品包"), ("劳动防护用品包", "发放务工人员劳动防护用品"),
    ("健康服务进村", "村里盼着健康服务进村"), ("健康服务进村", "卫生院开展医疗服务进村"),
]


@pytest.mark.parametrize("label, text", NEW_CONCEPTS)
def test_round17_new_concepts_read_in_a_sentence(lex, label, text):
    assert lex.find(label) is not None and lex.find(label).label == label
    assert label in asked(lex, text)


# Names of known concepts: a household's plain words and the producers' trade, variety and grade names.
@pytest.mark.parametrize("text, label", [
    # a third reviewer's households, 帮扶责任人 and 村委会 (blind25's items)
    ("家里想要袋稻花香米", "大米"), ("干活缺几双棉纱手套", "手套"), ("纱手套磨破了", "手套"),
    ("洗衣服用的粉没了", "洗衣粉"), ("老人想要个带轮子的椅子", "轮椅"), ("爷爷出门要拄拐", "拐杖"),
    ("捐赠铝合金助行拐", "拐杖"), ("奶奶耳朵听不见戴的那个坏了", "助听器"), ("孩子缺张写字的桌子", "课桌椅"),
    ("孩子想要个投篮的球", "篮球"), ("孩子爱看闲书", "课外读物"), ("房顶的瓦碎了", "瓦片"),
    ("盖房还缺拌灰的沙", "沙子"), ("屋顶漏雨要堵漏的涂料", "防水涂料"), ("想要个洗衣服的机器", "洗衣机"),
    ("煤气灶台子坏了", "燃气灶"), ("想装个烧热水洗澡的", "热水器"), ("缺点种包谷的种", "玉米种"),
    ("开春缺下种的洋芋", "马铃薯种薯"), ("想搭个种菜的棚", "大棚"), ("出售柴火熏的肉", "腊肉"),
    ("卖自家炒的茶", "茶叶"), ("租房住的钱交不上", "住房租金补助"), ("过年想要贴门上的对子", "春联"),
    ("想修个存雨水的窖", "家庭水窖"),
    # producers' varieties, trade names and grades (blind26's items)
    ("合作社缺包谷良种", "玉米种"), ("想种京科968", "玉米种"), ("缺洋芋母子", "马铃薯种薯"),
    ("发放脱毒原种马铃薯", "马铃薯种薯"), ("想栽无性系茶苗", "茶苗"), ("想要红心猕猴桃嫁接苗", "猕猴桃苗"),
    ("想育线椒苗", "辣椒苗"), ("缺三个15", "化肥"), ("供应硫酸钾型复合肥", "化肥"), ("肥猪料快吃完了", "饲料"),
    ("想要台孵鸡蛋的机子", "孵化机"), ("缺空气能烘干设备", "烘干机"), ("想建个果品库", "冷库"),
    ("冷库还差聚氨酯板", "冷库"), ("大棚要换扣棚的膜", "地膜"), ("出售PO流滴膜", "地膜"),
    ("烘辣椒缺烘干用颗粒", "生物质颗粒"), ("想考个叉车作业证", "驾驶培训"), ("想学开挖掘机", "挖掘机培训"),
    ("村里年轻人想学做直播", "电商培训"), ("想学修农机", "汽修培训"), ("招拾花工", "农业用工"),
    ("出售红阳果", "猕猴桃"), ("出售排酸牛肉", "牦牛肉"), ("出售中蜂原蜜", "土蜂蜜"),
    ("收购错季蔬菜", "蔬菜"), ("出售放养鸡的蛋", "土鸡蛋"), ("发货缺水果纸箱", "快递包装"),
    ("申请基础母牛保险", "养殖保险"), ("想给果园保险", "种植保险"), ("申请村级集体经济发展扶持资金", "村集体经济扶持资金"),
    ("申请农机购置与应用补贴", "农机购置补贴"), ("员工餐大米快吃完了", "大米"), ("工人要防中暑的药水", "解暑药"),
    ("车间要劳保口罩", "口罩"), ("想去农民田间学校听课", "种植养殖技术培训"), ("培训室缺投影机", "多媒体教室设备"),
    ("宿舍要几张上下铺", "床"), ("仓库缺重型货架", "置物架"), ("地里要铺滴水带", "滴灌设备"),
    ("要换台配电变压器", "电网改造"), ("收购季缺流动资金", "经营主体贷款"), ("银行提供季节性收购贷款", "经营主体贷款"),
    ("想要几本养牛的书", "图书"), ("农业局赠送养殖技术丛书", "图书"),
])
def test_round17_names_read_their_item(lex, text, label):
    assert label in asked(lex, text)


# Moved names: an overlocker, a foam box, an ice pack, a pallet-like crate and a farm-tech book are items of their own.
@pytest.mark.parametrize("name, label, not_label", [
    ("锁边机", "包缝机", "缝纫机"), ("拷边机", "包缝机", "缝纫机"), ("揉丝机", "铡草机", "割草机"),
    ("铡草机", "铡草机", "脱粒机"), ("泡沫箱", "泡沫箱", "快递包装"), ("周转箱", "周转筐", "收纳箱"),
    ("卷帘门", "卷帘门", "门窗更换"),
    ("纱手套", "手套", "劳保用品"),
])
def test_round17_moved_names(lex, name, label, not_label):
    assert lex.find(name).label == label
    assert not_label not in asked(lex, f"需要{name}")


@pytest.mark.parametrize("need, offer", [
    ("袜子", "保暖用品"), ("棉鞋", "保暖用品"), ("洗衣粉", "日用品"), ("血糖仪", "医疗器械"), ("血压计", "医疗器械"),
    ("茶苗", "种苗"), ("猕猴桃苗", "种苗"), ("辣椒苗", "种苗"), ("冷链物流", "电商助农服务"),
    ("电商代运营", "电商助农服务"), ("泡沫箱", "快递包装"), ("冰袋", "快递包装"), ("包装礼盒", "快递包装"),
    ("急救包", "职业健康防护包"), ("解暑药", "职业健康防护包"),
    ("口罩", "职业健康防护包"), ("学历提升", "致富带头人培育"), ("考察学习", "致富带头人培育"),
    ("种植养殖技术培训", "致富带头人培育"), ("周转筐", "车间设施配套"), ("操作台", "车间设施配套"),
    ("托盘", "车间设施配套"), ("商标注册", "品牌打造服务"), ("有机认证", "品牌打造服务"),
    ("农残检测", "品牌打造服务"), ("包装设计", "品牌打造服务"), ("商品条码", "品牌打造服务"),
    ("烘干机", "产地初加工设施"), ("冷库", "产地初加工设施"), ("加工设备", "产地初加工设施"),
    ("缝纫机", "扶贫车间设备"), ("包缝机", "扶贫车间设备"), ("包缝机", "缝纫机"), ("农药", "病虫害防控物资"),
    ("植保器材", "病虫害防控物资"), ("劳保用品", "劳动防护用品包"), ("雨靴", "劳动防护用品包"), ("手套", "劳动防护用品包"),
    ("巡回义诊", "健康服务进村"), ("康复训练", "健康服务进村"), ("电风扇", "车间设施配套"), ("卷帘门", "门窗更换"), ("布病筛查", "巡回义诊"),
])
def test_round17_broader_offers_cover(lex, need, offer):
    assert lex.item_match({cid(lex, need)}, {cid(lex, offer)}).level == COVERS


@pytest.mark.parametrize("text, label", [
    ("发放御寒衣物包", "保暖用品"), ("捐赠日用洗护品", "日用品"), ("捐赠居家医疗仪器", "医疗器械"),
    ("经济作物种苗帮扶包", "种苗"), ("电商包装耗材帮扶包", "快递包装"), ("以购代捐采购计划", "农产品"),
    ("仔畜雏禽投放计划", "畜禽"), ("金融帮扶贷款包", "金融帮扶"), ("饲草料保供帮扶包", "饲料"),
])
def test_round17_programme_names_read_their_class(lex, text, label):
    assert label in asked(lex, text)


@pytest.mark.parametrize("label", ["电商助农服务", "职业健康防护包", "致富带头人培育", "车间设施配套", "品牌打造服务",
                                   "产地初加工设施", "扶贫车间设备", "病虫害防控物资",
                                   "劳动防护用品包", "健康服务进村"])
def test_round17_bundle_groups_cover_without_siblings(lex, label):
    # Bundles of things of different kinds (groups.tsv's rule): covering groups, their children no siblings.
    assert lex.concepts[cid(lex, label)].group


# Short names tried inside common words (rjieba's cut and the lexicon on a sentence): none reads there.
@pytest.mark.parametrize("text, label", [
    ("扶贫工作台账每月更新", "操作台"), ("他的信用卡板块被冻结了", "托盘"), ("家里有三个15岁的孩子", "化肥"),
    ("如果库存不够就先停工", "冷库"), ("他对子女很好", "春联"), ("他家住在村委会门对面", "春联"),
    ("创业孵化器里有十家企业", "孵化机"), ("核酸检测报告已经出来了", "农残检测"), ("塑料框架坏了", "周转筐"),
    ("务工食堂米面油都有了", "大米"), ("村里的质检员来过了", "农残检测"), ("送孩子一盒芭比娃娃礼盒", "包装礼盒"),
    ("想要把铡草刀", "铡草机"), ("合作社申请产业周转资金", "经营主体贷款"),
])
def test_round17_short_names_do_not_read_inside_common_words(lex, text, label):
    assert label not in asked(lex, text)
