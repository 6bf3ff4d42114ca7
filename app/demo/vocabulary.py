"""The words the demo world is made of: names, places, items per category, reasons and phrases.

Everything here is data. The composers in `texts.py` combine these fragments so that thousands of
needs read like different people wrote them, not like one template repeated.
"""

from __future__ import annotations

from dataclasses import dataclass

# Common surnames, weighted roughly by how often they occur in the countryside of the west.
SURNAMES: tuple[tuple[str, int], ...] = (
    ("王", 70), ("李", 70), ("张", 65), ("刘", 50), ("陈", 45), ("杨", 45), ("赵", 25), ("黄", 25),
    ("周", 22), ("吴", 22), ("徐", 18), ("孙", 18), ("马", 20), ("胡", 16), ("朱", 15), ("郭", 15),
    ("何", 14), ("罗", 16), ("高", 13), ("林", 10), ("梁", 10), ("宋", 9), ("郑", 9), ("谢", 9),
    ("韩", 8), ("唐", 9), ("冯", 8), ("于", 6), ("董", 7), ("萧", 3), ("程", 7), ("曹", 7), ("袁", 7),
    ("邓", 8), ("许", 7), ("傅", 4), ("沈", 5), ("曾", 6), ("彭", 7), ("吕", 5), ("苏", 6), ("卢", 5),
    ("蒋", 6), ("蔡", 5), ("贾", 5), ("丁", 5), ("魏", 6), ("薛", 4), ("叶", 4), ("阎", 3), ("余", 5),
    ("潘", 5), ("杜", 5), ("戴", 4), ("夏", 4), ("钟", 4), ("汪", 4), ("田", 7), ("任", 5), ("姜", 4),
    ("范", 4), ("方", 4), ("石", 6), ("姚", 4), ("谭", 5), ("廖", 4), ("邹", 4), ("熊", 5), ("金", 4),
    ("陆", 3), ("郝", 3), ("孔", 3), ("白", 4), ("崔", 3), ("康", 3), ("毛", 3), ("邱", 3), ("秦", 3),
    ("江", 3), ("史", 3), ("顾", 2), ("侯", 3), ("邵", 3), ("孟", 3), ("龙", 5), ("万", 3), ("段", 3),
    ("雷", 4), ("钱", 2), ("汤", 3), ("尹", 3), ("黎", 3), ("易", 3), ("常", 3), ("武", 3), ("乔", 2),
    ("贺", 3), ("赖", 2), ("龚", 2), ("文", 3), ("欧阳", 1), ("司马", 1), ("上官", 1),
    ("蒙", 3), ("韦", 4), ("覃", 3), ("莫", 2), ("岳", 2), ("安", 3), ("禄", 1), ("陇", 1), ("吉", 1),
)

# Two-character given names, by gender, of the generations now heading rural households.
GIVEN_NAMES_MALE: tuple[str, ...] = (
    "建国", "建华", "建军", "国强", "国华", "国平", "志强", "志刚", "志明", "永强", "永福", "永平",
    "德明", "德华", "德胜", "德福", "文华", "文明", "文斌", "光明", "光荣", "正红", "正平", "红军",
    "卫东", "卫国", "学文", "学军", "春生", "春林", "秋生", "冬生", "金山", "金宝", "银华", "玉林",
    "玉山", "海军", "海涛", "海林", "长江", "长青", "长福", "顺利", "有才", "有福", "有贵", "富贵",
    "继红", "继明", "家兴", "家富", "兴旺", "明亮", "天才", "天福", "朝阳", "东升", "宏伟", "树林",
    "树清", "清华", "世杰", "世明", "成林", "成才", "大勇", "小平", "小兵", "忠诚", "忠义", "万里",
    "发财", "发明", "宝山", "守成", "守德", "福生", "林生", "水生", "双喜", "新民", "跃进", "胜利",
)
GIVEN_NAMES_FEMALE: tuple[str, ...] = (
    "秀英", "秀兰", "秀珍", "秀芳", "桂英", "桂兰", "桂芳", "桂花", "玉兰", "玉珍", "玉梅", "玉芬",
    "淑芬", "淑珍", "淑华", "翠兰", "翠花", "翠英", "金花", "金凤", "凤英", "凤兰", "春梅", "春花",
    "冬梅", "腊梅", "红梅", "红霞", "丽华", "丽萍", "海燕", "小红", "小芳", "晓燕", "美兰", "美英",
    "素芬", "素珍", "兰英", "菊花", "菊英", "荷花", "月英", "月娥", "彩霞", "彩云", "巧玲", "巧云",
    "爱华", "爱琴", "建英", "建芳", "国芳", "国英", "德芳", "学英", "明霞", "艳红", "艳芳", "燕子",
)
# Given names of the children and grandchildren, born after 2000.
GIVEN_NAMES_CHILD_MALE: tuple[str, ...] = (
    "子轩", "浩然", "宇航", "俊杰", "梓豪", "博文", "嘉豪", "思远", "晨阳", "明轩", "天佑", "一鸣",
    "家乐", "浩宇", "子涵", "锦程", "鑫磊", "佳豪", "文博", "志豪", "宇轩", "睿哲", "昊天", "子墨",
    "俊熙", "思源", "鹏飞", "振宇", "建宇", "泽宇", "凯文", "宏宇", "嘉诚", "永康", "兴宇", "晓东",
)
GIVEN_NAMES_CHILD_FEMALE: tuple[str, ...] = (
    "欣怡", "梓涵", "诗涵", "雨欣", "紫萱", "佳怡", "梦瑶", "思琪", "雅婷", "静怡", "雨婷", "可馨",
    "欣悦", "语桐", "婉婷", "佳琪", "心怡", "晓雪", "紫涵", "若曦", "雨桐", "思雨", "梦琪", "子怡",
    "佳欣", "晶晶", "甜甜", "婷婷", "丹丹", "娜娜", "文静", "海霞", "秋菊", "小雨", "金凤", "春燕",
)

# Village names are built from a place word and a landform word: 石门 + 沟 → 石门沟村.
VILLAGE_HEADS: tuple[str, ...] = (
    "石门", "青杠", "大坪", "河坝", "柳树", "杨柳", "黄泥", "龙洞", "白岩", "新民", "团结", "光明",
    "红星", "太平", "和平", "长青", "金竹", "水井", "松林", "桃园", "梨树", "核桃", "花椒", "茶园",
    "马鞍", "牛角", "羊场", "凤凰", "龙潭", "铁厂", "盐井", "油房", "大寨", "小寨", "上坝", "下坝",
    "中岭", "高峰", "双河", "三岔", "四方", "五里", "六合", "七星", "八角", "九龙", "十里", "新华",
    "向阳", "红旗", "前进", "联合", "胜利", "幸福", "丰收", "富民", "民主", "东风", "北斗", "南山",
    "西岭", "东山", "沙坝", "干沟", "清水", "黑石", "青龙", "白马", "红岩", "岩脚", "坡头", "垭口",
    "竹林", "枫香", "杉树", "槐树", "榆树", "樱桃", "苹果", "葡萄", "麻柳", "响水", "瓦窑", "营盘",
)
VILLAGE_TAILS: tuple[str, ...] = (
    "村", "村", "村", "沟村", "坪村", "湾村", "寨村", "坝村", "岭村", "塬村", "垭村", "岗村", "洼村",
    "河村", "头村", "口村", "坡村", "山村", "庄村", "堡村",
)
# Groups inside a village (村民小组) used in home addresses: 一组, 二组 ...
GROUP_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")

HOUSEHOLD_RELATIONS_SPOUSE = "配偶"
HEALTH_STATES = ("健康", "健康", "健康", "长期慢性病", "大病", "残疾")
ADULT_EDUCATION = ("文盲或半文盲", "小学", "小学", "初中", "初中", "高中")
CHILD_EDUCATION_BY_AGE = (
    (6, "学龄前儿童"), (12, "小学在读"), (15, "初中在读"), (18, "高中在读"), (22, "大专及以上在读"),
)


@dataclass(frozen=True)
class Item:
    """Something a need can ask for: what it is, how it is counted and what it is for."""

    key: str  # stable identity; offers and needs of the same item can be matched
    category: str
    name: str  # as it appears in a title: 棉被
    kind: str  # goods / cash / service
    unit: str
    low: int  # quantity range for a household (or a village, see ``scope``)
    high: int
    step: int = 1
    scope: str = "household"  # household / village / both
    purposes: tuple[str, ...] = ()  # 过冬御寒 ...: why it is needed, in a few words
    uses: tuple[str, ...] = ()  # sentences of the description that say what it will do; {q} {u} {n}


def _item(key, category, name, kind, unit, low, high, step=1, scope="household", purposes=(), uses=()):
    return Item(key, category, name, kind, unit, low, high, step, scope, tuple(purposes), tuple(uses))


ITEMS: tuple[Item, ...] = (
    # 教育助学
    _item("schoolbag", "education", "书包和学习用品", "goods", "套", 1, 3, purposes=("开学", "新学期", "上学"),
          uses=("希望爱心人士帮忙添置{q}{u}书包和学习用品，让孩子开学时不再用旧袋子装书。",
                "孩子的书包已经背了四年，拉链坏了用绳子捆着，想请大家帮忙添置{q}{u}。")),
    _item("uniform", "education", "冬季校服", "goods", "套", 1, 3, purposes=("冬季上学", "御寒"),
          uses=("学校统一订购冬季校服，家里一时拿不出钱，需要{q}{u}。",
                "山里冬天冷，孩子上学路远，想为孩子准备{q}{u}厚实的冬季校服。")),
    _item("desk", "education", "学习桌椅", "goods", "套", 1, 2, purposes=("在家写作业", "学习"),
          uses=("孩子在家只能趴在床边写作业，需要{q}{u}学习桌椅。",
                "家里没有像样的桌子，孩子写作业要蹲在板凳前，盼望添置{q}{u}学习桌椅。")),
    _item("lamp", "education", "护眼台灯", "goods", "个", 1, 3, purposes=("晚上学习", "保护视力"),
          uses=("家里照明只有一盏老灯泡，孩子晚上看书很吃力，需要{q}{u}护眼台灯。",)),
    _item("books", "education", "课外读物", "goods", "册", 20, 60, step=10, purposes=("课外阅读", "开阔眼界"),
          uses=("孩子喜欢读书，但家里除了课本没有别的书，希望得到{q}{u}适合中小学生的课外读物。",)),
    _item("stipend", "education", "助学金", "cash", "元", 1000, 8000, step=500,
          purposes=("高中学费", "大学入学", "住校生活费", "完成学业"),
          uses=("孩子今年的学费、住宿费和生活费合计还差{q}元。",
                "希望通过平台筹集助学金{q}元，专款用于孩子本学年的学杂费。",
                "资助款将由村委会和学校共同监督使用，缺口约{q}元。")),
    _item("computer", "education", "学习用电脑", "goods", "台", 1, 1, purposes=("上网课", "学习"),
          uses=("孩子上高中后经常需要上网课、查资料，家里没有电脑，需要{q}{u}。",)),
    _item("school_desks", "education", "村小学课桌椅", "goods", "套", 20, 60, step=5, scope="village",
          purposes=("改善办学条件",),
          uses=("村小学的课桌椅大多是二十多年前的木桌，已经松动开裂，需要更换{q}{u}。",)),
    _item("library", "education", "图书角图书", "goods", "册", 200, 800, step=50, scope="village",
          purposes=("建设图书角", "留守儿童阅读"),
          uses=("村里正在建设留守儿童之家图书角，需要{q}{u}适合儿童阅读的图书。",)),
    _item("milk", "education", "学生营养早餐奶", "goods", "箱", 20, 100, step=10, scope="village",
          purposes=("改善营养",),
          uses=("村小学有不少孩子早上空着肚子上学，希望为学生提供{q}{u}早餐奶。",)),
    _item("tutoring", "education", "暑期课业辅导", "service", "人次", 10, 40, step=5, scope="village",
          purposes=("暑期辅导", "留守儿童陪伴"),
          uses=("暑假期间留守儿童无人辅导作业，希望志愿者提供{q}{u}的课业辅导和陪伴。",)),
    # 医疗救助
    _item("wheelchair", "medical", "轮椅", "goods", "辆", 1, 1, purposes=("出行", "看病复诊"),
          uses=("老人行走困难，去卫生院复诊要靠家人背，需要{q}{u}轻便轮椅。",
                "户主下肢残疾，现有的轮椅已经损坏，盼望更换{q}{u}。")),
    _item("hearing_aid", "medical", "助听器", "goods", "副", 1, 2, purposes=("听力康复",),
          uses=("家中老人听力严重下降，与人交流困难，需要{q}{u}助听器。",)),
    _item("serious_illness", "medical", "大病救助", "cash", "元", 5000, 40000, step=1000,
          purposes=("手术费用", "住院治疗", "后续治疗"),
          uses=("医保和大病保险报销后，自付部分仍有约{q}元缺口。",
                "后续治疗还需自付约{q}元，家里已无力承担。")),
    _item("medicine", "medical", "慢性病药费", "cash", "元", 1000, 6000, step=500,
          purposes=("长期服药", "慢性病治疗"),
          uses=("每月药费几百元，一年下来缺口约{q}元。",)),
    _item("bp_monitor", "medical", "电子血压计", "goods", "台", 1, 1, purposes=("日常监测",),
          uses=("老人患高血压多年，需要{q}{u}电子血压计在家监测。",)),
    _item("walker", "medical", "助行器", "goods", "副", 1, 2, purposes=("康复行走",),
          uses=("老人中风后正在恢复，需要{q}{u}助行器练习走路。",)),
    _item("nursing_bed", "medical", "护理床", "goods", "张", 1, 1, purposes=("卧床护理",),
          uses=("病人长期卧床，家人翻身护理很吃力，需要{q}{u}多功能护理床。",)),
    _item("clinic_kit", "medical", "村卫生室医疗设备", "goods", "套", 1, 3, scope="village",
          purposes=("改善村医疗条件",),
          uses=("村卫生室缺少心电图机和血糖仪等基本设备，需要{q}{u}。",)),
    _item("free_clinic", "medical", "巡回义诊", "service", "次", 1, 4, scope="village",
          purposes=("健康体检", "送医下乡"),
          uses=("村里老人多，看病要走很远的路，希望医疗机构来村开展{q}{u}义诊。",)),
    _item("rehab", "medical", "上门康复训练", "service", "次", 5, 20, step=5, purposes=("康复",),
          uses=("需要康复师上门指导训练{q}{u}，帮助恢复生活自理能力。",)),
    # 生活物资
    _item("cotton_coat", "living", "棉衣", "goods", "件", 2, 6, purposes=("过冬御寒", "冬季保暖"),
          uses=("家里老人和孩子的棉衣都已穿了多年，需要{q}{u}厚棉衣。",
                "入冬后山上气温常在零下，希望添置{q}{u}棉衣。")),
    _item("quilt", "living", "棉被", "goods", "床", 2, 5, purposes=("过冬御寒", "冬季保暖"),
          uses=("家里只有两床薄被，冬天夜里很冷，需要{q}{u}厚棉被。",
                "希望爱心人士捐赠{q}{u}棉被，帮助一家人温暖过冬。")),
    _item("winter_clothes", "living", "冬衣", "goods", "套", 2, 6, purposes=("过冬", "御寒"),
          uses=("孩子长得快，去年的冬衣已经穿不下了，需要{q}{u}。",)),
    _item("stove", "living", "取暖炉", "goods", "台", 1, 1, purposes=("冬季取暖",),
          uses=("家里冬天靠烧柴取暖，烟大又不安全，需要{q}{u}安全的取暖炉。",)),
    _item("electric_blanket", "living", "电热毯", "goods", "条", 1, 3, purposes=("冬季保暖",),
          uses=("老人怕冷，晚上睡不好，需要{q}{u}电热毯。",)),
    _item("rice_oil", "living", "米面油", "goods", "袋", 2, 6, purposes=("日常生活", "过年"),
          uses=("家中缺少劳动力，日常口粮紧张，需要米面油{q}{u}。",)),
    _item("washer", "living", "洗衣机", "goods", "台", 1, 1, purposes=("减轻家务",),
          uses=("家里照顾病人需要经常洗衣被，需要{q}{u}洗衣机。",)),
    _item("cotton_shoes", "living", "棉鞋", "goods", "双", 2, 6, purposes=("冬季保暖",),
          uses=("孩子上学要走山路，鞋子磨破了，冬天需要{q}{u}棉鞋。",)),
    _item("elder_winter", "living", "留守老人过冬物资", "goods", "套", 10, 40, step=5, scope="village",
          purposes=("关爱留守老人",),
          uses=("村里有不少独居和留守老人，需要{q}{u}棉被、棉衣等过冬物资。",)),
    # 住房安全
    _item("house_rebuild", "housing", "危房改造", "cash", "元", 10000, 45000, step=1000,
          purposes=("住房安全", "危房改造"),
          uses=("房屋经鉴定为C级危房，改造资金在政府补助之外还差{q}元。",
                "土坯房墙体开裂，雨季漏雨严重，危房改造自筹部分缺口约{q}元。")),
    _item("roof", "housing", "屋顶翻修", "cash", "元", 3000, 15000, step=500, purposes=("防漏雨",),
          uses=("屋顶瓦片破损，下雨天屋里要摆盆接水，翻修需要{q}元。",)),
    _item("windows", "housing", "门窗更换", "goods", "套", 2, 6, purposes=("防风保暖",),
          uses=("老房子门窗透风，冬天屋里很冷，需要更换{q}{u}门窗。",)),
    _item("cement", "housing", "水泥", "goods", "吨", 2, 10, purposes=("加固房屋", "硬化院坝"),
          uses=("加固房屋和硬化院坝需要水泥{q}{u}，劳力由亲戚邻居帮忙。",)),
    _item("toilet", "housing", "改厕改厨", "cash", "元", 2000, 8000, step=500, purposes=("改善卫生条件",),
          uses=("家里还是旱厕，厨房烟熏火燎，改厕改厨需要{q}元。",)),
    _item("water_cellar", "housing", "家庭水窖", "cash", "元", 2000, 6000, step=500, purposes=("解决吃水",),
          uses=("家住山梁上，吃水要到两公里外去挑，修建家庭水窖需要{q}元。",)),
    # 产业发展
    _item("kiwi_seedlings", "production", "猕猴桃苗", "goods", "株", 100, 800, step=50,
          purposes=("发展种植", "产业增收"),
          uses=("村里成立了猕猴桃合作社，户里准备种植两亩，需要{q}{u}嫁接苗。",)),
    _item("walnut_seedlings", "production", "核桃苗", "goods", "株", 50, 400, step=50,
          purposes=("荒坡种植", "产业增收"),
          uses=("计划在自家荒坡上种植核桃，需要优质核桃苗{q}{u}。",)),
    _item("pepper_seedlings", "production", "花椒苗", "goods", "株", 100, 600, step=50,
          purposes=("发展花椒产业",),
          uses=("花椒是本地的特色产业，户里想新栽一片花椒地，需要{q}{u}花椒苗。",)),
    _item("tea_seedlings", "production", "茶苗", "goods", "株", 1000, 5000, step=500,
          purposes=("扩种茶园",),
          uses=("家里有一亩多老茶园，想扩种新品种，需要茶苗{q}{u}。",)),
    _item("fertilizer", "production", "化肥", "goods", "袋", 10, 40, step=5, purposes=("春耕", "秋播"),
          uses=("春耕在即，家里买不起足够的化肥，需要复合肥{q}{u}。",
                "种了几亩玉米和土豆，需要化肥{q}{u}。")),
    _item("piglets", "production", "仔猪", "goods", "头", 2, 10, purposes=("发展养殖",),
          uses=("家里有闲置猪圈，想养几头猪增加收入，需要仔猪{q}{u}。",)),
    _item("chicks", "production", "鸡苗", "goods", "只", 100, 500, step=50, purposes=("林下养鸡",),
          uses=("计划在核桃林下散养土鸡，需要鸡苗{q}{u}。",)),
    _item("calf", "production", "能繁母牛", "goods", "头", 1, 3, purposes=("发展养牛",),
          uses=("户主会养牛，有草场和牛圈，需要能繁母牛{q}{u}。",)),
    _item("beehives", "production", "中蜂蜂箱", "goods", "箱", 5, 20, step=5, purposes=("发展养蜂",),
          uses=("户主跟着村里的养蜂能手学了技术，需要{q}{u}中蜂蜂箱。",)),
    _item("mushroom_logs", "production", "食用菌菌棒", "goods", "棒", 1000, 5000, step=500,
          purposes=("种植食用菌",),
          uses=("村里的食用菌大棚有空位，户里想承包一个棚，需要菌棒{q}{u}。",)),
    _item("tiller", "production", "微耕机", "goods", "台", 1, 1, purposes=("坡地耕作",),
          uses=("家里坡地多、劳力少，耕地全靠人力，需要{q}{u}微耕机。",)),
    _item("farm_training", "production", "种植养殖技术培训", "service", "人次", 20, 80, step=10,
          scope="village", purposes=("学技术",),
          uses=("村里发展特色种养殖，群众缺技术，希望农技专家来村开展{q}{u}培训。",)),
    _item("cold_storage", "production", "合作社冷库设备", "goods", "套", 1, 2, scope="village",
          purposes=("产品保鲜", "错峰销售"),
          uses=("合作社的水果采摘后没有冷库保鲜，只能低价急卖，需要{q}{u}冷库设备。",)),
    # 就业帮扶
    _item("job", "employment", "就业岗位", "service", "个", 1, 2, purposes=("稳定就业", "就近务工"),
          uses=("家里有劳动力但没有技术，希望在县城附近找到{q}{u}保洁、保安或搬运岗位。",
                "户主想外出务工，需要{q}{u}包吃住的工厂岗位。")),
    _item("skill_training", "employment", "职业技能培训", "service", "人次", 1, 2,
          purposes=("学一门手艺", "提高就业能力"),
          uses=("家中年轻人想学电焊、厨师或家政等技能，需要{q}{u}免费培训机会。",)),
    _item("travel_fare", "employment", "外出务工路费", "cash", "元", 500, 2000, step=100,
          purposes=("外出务工",),
          uses=("已联系好东部的工厂，路费和前期生活费还差{q}元。",)),
    _item("workshop_orders", "employment", "扶贫车间订单", "service", "个", 10, 40, step=5, scope="village",
          purposes=("带动就业",),
          uses=("村里的扶贫车间能安排{q}{u}岗位，但订单不足，希望企业下单支持。",)),
    _item("labour_export", "employment", "劳务输出对接", "service", "人", 10, 50, step=5, scope="village",
          purposes=("组织外出务工",),
          uses=("村里有{q}{u}富余劳动力愿意外出务工，希望东部企业对接用工需求。",)),
    # 基础设施
    _item("village_road", "infrastructure", "通组公路硬化", "cash", "元", 50000, 200000, step=5000,
          scope="village", purposes=("出行", "农产品运输"),
          uses=("村里还有一段通组路是土路，雨天泥泞无法通车，硬化资金缺口{q}元。",)),
    _item("drinking_water", "infrastructure", "安全饮水工程", "cash", "元", 30000, 150000, step=5000,
          scope="village", purposes=("解决饮水安全",),
          uses=("部分村民组吃水靠山泉，旱季经常断水，安全饮水管网建设缺口{q}元。",)),
    _item("street_lights", "infrastructure", "太阳能路灯", "goods", "盏", 10, 60, step=5, scope="village",
          purposes=("夜间照明", "出行安全"),
          uses=("村道晚上漆黑一片，老人孩子出行不便，需要太阳能路灯{q}{u}。",)),
    _item("fitness", "infrastructure", "文化广场健身器材", "goods", "套", 3, 10, scope="village",
          purposes=("丰富文化生活",),
          uses=("村里新修了文化广场，还缺少健身器材{q}{u}。",)),
    _item("irrigation", "infrastructure", "灌溉水渠修缮", "cash", "元", 20000, 120000, step=5000,
          scope="village", purposes=("农田灌溉",),
          uses=("村里的灌溉水渠年久失修，渗漏严重，修缮资金缺口{q}元。",)),
    _item("bridge", "infrastructure", "村组便民桥", "cash", "元", 40000, 180000, step=5000, scope="village",
          purposes=("安全过河",),
          uses=("村民过河还要蹚水，雨季很危险，修建便民桥缺口{q}元。",)),
    # 消费扶贫
    _item("apples", "consumption", "苹果", "goods", "斤", 500, 5000, step=100, scope="both",
          purposes=("帮销", "消费帮扶"), uses=("今年苹果丰收，但销路不畅，还有{q}{u}待售，欢迎单位食堂和爱心人士认购。",)),
    _item("walnuts", "consumption", "核桃", "goods", "斤", 200, 2000, step=100, scope="both",
          purposes=("帮销",), uses=("新采收的核桃已晾晒好，共有{q}{u}，希望爱心人士认购。",)),
    _item("peppercorns", "consumption", "花椒", "goods", "斤", 50, 500, step=50, scope="both",
          purposes=("帮销",), uses=("自家种的大红袍花椒，色泽好、麻味足，有{q}{u}待售。",)),
    _item("tea", "consumption", "高山茶叶", "goods", "斤", 50, 400, step=50, scope="both",
          purposes=("帮销",), uses=("合作社今年春茶有{q}{u}，欢迎认购，收入直接分给入社贫困户。",)),
    _item("potatoes", "consumption", "土豆", "goods", "斤", 1000, 10000, step=500, scope="both",
          purposes=("帮销",), uses=("高山土豆个大品质好，今年收成不错，还有{q}{u}没有卖出去。",)),
    _item("honey", "consumption", "土蜂蜜", "goods", "斤", 50, 300, step=10, scope="both",
          purposes=("帮销",), uses=("自家养的中蜂出产的土蜂蜜{q}{u}，纯天然无添加。",)),
    _item("cured_meat", "consumption", "腊肉", "goods", "斤", 50, 300, step=10, scope="both",
          purposes=("年货帮销",), uses=("农家自养土猪熏制的腊肉{q}{u}，希望在年前卖出去。",)),
    _item("eggs", "consumption", "土鸡蛋", "goods", "枚", 500, 3000, step=100, scope="both",
          purposes=("帮销",), uses=("林下散养的土鸡每天产蛋，积攒了{q}{u}，需要稳定的买家。",)),
    _item("kiwis", "consumption", "猕猴桃", "goods", "斤", 500, 4000, step=100, scope="both",
          purposes=("帮销",), uses=("猕猴桃进入采摘期，有{q}{u}需要尽快销售。",)),
    _item("millet", "consumption", "小米", "goods", "斤", 200, 2000, step=100, scope="both",
          purposes=("帮销",), uses=("旱地种的小米颗粒饱满，有{q}{u}待售。",)),
    _item("dates", "consumption", "红枣", "goods", "斤", 200, 2000, step=100, scope="both",
          purposes=("帮销",), uses=("红枣已经晒干分拣好，共{q}{u}，欢迎认购。",)),
    _item("mushrooms", "consumption", "干香菇", "goods", "斤", 50, 500, step=50, scope="both",
          purposes=("帮销",), uses=("大棚种植的香菇烘干后有{q}{u}，希望找到买家。",)),
    _item("oranges", "consumption", "脐橙", "goods", "斤", 500, 5000, step=100, scope="both",
          purposes=("帮销",), uses=("果园的脐橙已经成熟，还有{q}{u}挂在树上等待销售。",)),
    # 金融信贷
    _item("loan_interest", "finance", "小额信贷贴息", "cash", "元", 1000, 5000, step=500,
          purposes=("发展产业",), uses=("已申请5万元扶贫小额信贷用于养殖，利息负担约{q}元。",)),
    _item("loan_service", "finance", "扶贫小额信贷办理", "service", "笔", 1, 1,
          purposes=("发展产业",), uses=("户里想贷款扩大种植规模，需要金融机构上门评级授信，办理{q}{u}扶贫小额信贷。",)),
    _item("insurance", "finance", "农业保险保费", "cash", "元", 500, 3000, step=100,
          purposes=("防范风险",), uses=("养殖的牛羊需要参加农业保险，保费自付部分约{q}元。",)),
    _item("mutual_fund", "finance", "产业互助资金", "cash", "元", 20000, 50000, step=5000, scope="village",
          purposes=("周转资金",), uses=("村里的产业发展互助社周转资金不足，缺口{q}元。",)),
    # 易地搬迁
    _item("furniture", "relocation", "搬迁新居家具", "goods", "套", 1, 1, purposes=("搬进新居",),
          uses=("一家人已搬进安置点新房，屋里还空荡荡的，需要床、柜子和桌椅{q}{u}。",)),
    _item("appliances", "relocation", "新居家电", "goods", "台", 1, 2, purposes=("搬进新居",),
          uses=("搬到安置点后，需要冰箱或电视等家电{q}{u}。",)),
    _item("moving", "relocation", "搬家运输", "service", "次", 1, 1, purposes=("搬迁",),
          uses=("从山上搬到安置点路途远，需要{q}{u}搬家运输服务。",)),
    _item("relocation_gap", "relocation", "搬迁安置补助缺口", "cash", "元", 2000, 10000, step=500,
          purposes=("搬迁安置",), uses=("新房装修和购置生活用品还差{q}元。",)),
    # 其他
    _item("elder_visits", "other", "留守老人探访陪护", "service", "次", 4, 12, purposes=("关爱老人",),
          uses=("老人独自在家，子女常年在外，希望志愿者每月上门探访，共{q}{u}。",)),
    _item("legal_aid", "other", "法律援助咨询", "service", "次", 1, 2, purposes=("维护权益",),
          uses=("户主外出务工被拖欠工资，需要{q}{u}法律援助咨询。",)),
)
ITEMS_BY_KEY = {item.key: item for item in ITEMS}

# Which categories each main poverty cause makes likely, with weights.
CATEGORY_WEIGHTS_BY_CAUSE: dict[str, dict[str, int]] = {
    "illness": {"medical": 6, "living": 4, "housing": 1, "consumption": 1, "other": 1},
    "disability": {"medical": 5, "living": 3, "employment": 2, "other": 1},
    "schooling": {"education": 8, "living": 2, "consumption": 1},
    "disaster": {"housing": 5, "living": 3, "production": 2},
    "lack_land": {"production": 4, "employment": 3, "relocation": 2, "consumption": 1},
    "lack_water": {"housing": 3, "production": 2, "living": 2, "relocation": 2},
    "lack_skills": {"employment": 5, "production": 3, "consumption": 1},
    "lack_labour": {"living": 5, "medical": 2, "consumption": 2, "other": 2},
    "lack_funds": {"production": 5, "finance": 4, "consumption": 2},
    "poor_transport": {"relocation": 4, "consumption": 3, "living": 2},
    "lack_motivation": {"employment": 4, "production": 3, "living": 1},
    "other": {"living": 3, "education": 2, "medical": 2, "production": 2},
}
VILLAGE_CATEGORY_WEIGHTS = {
    "infrastructure": 6, "production": 4, "consumption": 5, "education": 3, "employment": 3,
    "medical": 2, "living": 1, "finance": 1,
}
CAUSE_WEIGHTS = {
    "illness": 30, "disability": 9, "schooling": 10, "disaster": 4, "lack_land": 5, "lack_water": 3,
    "lack_skills": 12, "lack_labour": 10, "lack_funds": 11, "poor_transport": 2, "lack_motivation": 3, "other": 1,
}

# The situation of the household, by main cause: the first sentence of a description.
REASONS: dict[str, tuple[str, ...]] = {
    "illness": (
        "户主患有慢性肾病，需要长期治疗，家里的积蓄几乎都花在了看病上。",
        "家中老人常年患高血压和风湿病，药费开支大，一家人靠几亩薄地维持生活。",
        "户主妻子前年做了心脏手术，家里欠下不少外债。",
        "家中老人患慢性病多年，生活基本不能自理，需要家人照顾。",
        "户主去年查出肺病，不能再干重活，家里收入骤减。",
        "孩子的母亲患有癫痫，需要长期服药，父亲只能在附近打零工。",
        "户主患糖尿病多年，视力越来越差，干不了重活。",
        "家中老人去年中风，至今半身不遂，需要人照料。",
    ),
    "disability": (
        "户主早年在工地受伤，左腿残疾，只能做些轻活。",
        "家中孩子患先天性听力障碍，需要长期康复训练。",
        "户主视力残疾，生活靠妻子照料，家里主要靠低保维持。",
        "家中有一名智力残疾成员，需要专人看护，家人无法外出务工。",
        "户主双手在一次事故中受伤，落下残疾，只能做些简单的农活。",
    ),
    "schooling": (
        "家里两个孩子在读，一个上初中一个上高中，学费和生活费压力很大。",
        "孩子今年考上了大学，一家人既高兴又发愁，学费和路费一时凑不齐。",
        "孩子上初中后要住校，每周的生活费让本就困难的家庭更加拮据。",
        "家里三个孩子都在上学，父母在家务农，收入微薄。",
        "孩子成绩很好，正在读高三，家里希望无论如何供她读完书。",
        "孩子在县城读高中，每月生活费和往返车费是家里最大的开支。",
    ),
    "disaster": (
        "今年夏天遭受洪灾，房屋受损，地里的庄稼也被冲毁了。",
        "去年一场冰雹把果园砸得几乎绝收。",
        "前段时间山体滑坡，冲垮了家里的圈舍和部分房屋。",
        "今年春季持续干旱，播下的玉米出苗率很低。",
    ),
    "lack_land": (
        "家里耕地少，只有一亩多坡地，种粮食只够自家吃。",
        "家中人多地少，土地又都是石旮旯地，产出很低。",
    ),
    "lack_water": (
        "村子在山梁上，吃水要到两公里外去挑，旱季更加困难。",
        "家里的地靠天吃饭，没有灌溉条件，收成很不稳定。",
    ),
    "lack_skills": (
        "家里劳动力没有技术，只能在附近打零工，收入不稳定。",
        "户主一直在家种玉米和土豆，想发展产业但缺少技术。",
        "家中年轻人初中毕业后在家务农，没有一技之长。",
        "户主在外地工地干过几年小工，想学一门技术找份稳定的工作。",
    ),
    "lack_labour": (
        "家中只有两位年迈的老人和一个上小学的孙子，缺少劳动力。",
        "户主常年卧病，妻子既要照顾病人又要照顾孩子，家里缺劳力。",
        "老人独自生活，子女都不在身边，生活比较困难。",
        "夫妻俩年过七旬，儿子早年病故，和一个上初中的孙女相依为命。",
    ),
    "lack_funds": (
        "户主有养殖经验，想扩大规模但缺少启动资金。",
        "家里想发展种植业增加收入，但买种苗和化肥的钱还没有着落。",
        "户主勤劳肯干，苦于缺少本钱，一直没能把产业做起来。",
        "户主去年种植的中药材卖出了好价钱，想扩大规模却缺少周转资金。",
    ),
    "poor_transport": (
        "村子离乡镇二十多公里，山路崎岖，农产品运不出去。",
        "家住在偏远的山顶上，出行要走一个多小时的山路。",
    ),
    "lack_motivation": (
        "在帮扶责任人的多次动员下，户主终于下定决心学技术、找出路。",
        "户主过去对发展生产信心不足，今年主动提出想学一门手艺。",
    ),
    "other": (
        "家庭突遭变故，生活陷入困难。",
        "家中主要劳动力去年意外去世，留下老人和孩子。",
    ),
}
# Why a village asks: the first sentence of a village need's description.
VILLAGE_REASONS: tuple[str, ...] = (
    "{village}是{county}的深度贫困村，全村{households}户，其中建档立卡贫困户{poor}户。",
    "{village}地处高寒山区，群众居住分散，基础条件薄弱。",
    "{village}位于{township}最偏远的山坳里，距乡镇约{km}公里。",
    "近年来{village}在驻村工作队带领下发展特色产业，但仍有不少短板。",
    "{village}有建档立卡贫困户{poor}户，外出务工人员多，留守老人和儿童比例高。",
)
# Optional last sentences: how it will be delivered, thanks, urgency.
# Optional last sentences, by who asks and what is asked for; "" leaves the description shorter.
CLOSINGS_ANY: tuple[str, ...] = (
    "恳请社会爱心人士伸出援手。", "帮扶责任人会全程跟进，确保用在实处。", "款物使用情况将在平台上公开。", "", "", "",
)
CLOSINGS_HOUSEHOLD: tuple[str, ...] = ("感谢每一位关心和帮助过这个家庭的人。", "一家人盼望早日渡过难关。")
CLOSINGS_VILLAGE: tuple[str, ...] = ("村两委和驻村工作队将全程监督实施。", "全体村民感谢社会各界的关心支持。")
CLOSINGS_BY_KIND: dict[str, tuple[str, ...]] = {
    "goods": ("物资请寄至村委会，由驻村工作队转交并回传签收照片。", "收到后村里会及时反馈使用情况。"),
    "cash": ("款项由村委会专户管理，专款专用。", "资金使用票据将在村务公开栏公示。"),
    "service": ("具体时间可与驻村工作队商定。", "村里可提供场地并组织群众参加。"),
}
# Needs that cannot wait for the cold: they may end with an appeal to solve them before winter.
WINTER_CATEGORIES = ("living", "housing")
CLOSING_BEFORE_WINTER = "希望能在入冬前解决。"
# Who in the household the need is for, by category: used in titles.
WHO_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "education": ("上学的孩子", "读初中的孩子", "高三学生", "留守儿童", "大学新生", "住校生"),
    "medical": ("患病的户主", "家中老人", "残疾户主", "病中的母亲", "卧床老人"),
    "living": ("家中老人", "独居老人", "留守儿童", "一家五口", "老两口"),
    "housing": ("危房户", "一家四口", "老两口"),
    "production": ("种植户", "养殖户", "贫困户"),
    "employment": ("富余劳动力", "返乡青年", "户主"),
    "consumption": ("果农", "农户", "合作社"),
    "finance": ("养殖户", "种植户"),
    "relocation": ("搬迁户", "新搬迁的一家"),
    "other": ("留守老人", "困难家庭"),
}
TITLE_SUFFIXES = ("求助", "爱心认领", "帮扶需求")

REJECTION_REASONS: tuple[str, ...] = (
    "现场照片不清晰，请补充能看清物品需求的照片后重新提交。",
    "需求数量与家庭人口不符，请核实后修改。",
    "与该户已发布的需求基本重复，请合并后再提交。",
    "资金需求超出该类别的标准，请调整金额或拆分为物品需求。",
    "描述中含有户主的联系电话，属于个人信息，请删除后重新提交。",
    "该户今年已享受同类帮扶，请说明新的困难情况。",
    "截止日期过短，爱心人士来不及认领，请适当延长。",
    "请补充说明物资的规格和尺码。",
)
# Thanks (感谢回馈) written by the officer or helper after receipt, by category, and for any need.
FEEDBACK_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "education": ("孩子背上新书包高高兴兴去上学了，全家人非常感谢您的帮助。",
                  "款项已用于孩子的学费，孩子说一定好好学习，将来回报社会。",
                  "谢谢您！孩子们用上了新课桌椅，教室里亮堂多了。"),
    "medical": ("轮椅收到了，老人终于可以出门晒太阳了。感谢爱心人士！",
                "救助款已转入医院账户，病人手术很顺利，正在康复。"),
    "living": ("东西已经收到了，老人穿上新棉衣直说暖和，谢谢好心人！",
               "棉被又厚又软，今年冬天不怕冷了，一家人万分感谢。"),
    "housing": ("房子修好了，再也不怕下雨漏水了，一家人万分感激。",),
    "production": ("种苗已经栽下去了，长势很好，明年就能挂果，谢谢你们的支持。",
                   "仔猪长得很壮实，年底出栏就有一笔收入了，感谢帮助！"),
    "employment": ("感谢爱心企业提供的岗位，户主已经上岗，每月有了稳定收入。",),
    "consumption": ("感谢您的认购！货款已经分到农户手里，大家干劲更足了。",
                    "农产品已全部发出，收入直接增加了贫困户的收入，谢谢支持消费扶贫。"),
    "infrastructure": ("帮扶资金已按计划使用完毕，票据已在村务公开栏公示，感谢支持。",
                       "路灯装好了，晚上村道亮堂堂的，老人孩子出门放心多了。"),
}
FEEDBACK_GENERIC: tuple[str, ...] = (
    "物资已由驻村工作队转交到户，户主让我们一定转达谢意。",
    "收到您寄来的物资，包装很仔细，东西都很实用，谢谢！",
    "帮扶款物已全部落实到户，感谢您对我们村的关心和支持。",
)
CARRIERS: tuple[tuple[str, str], ...] = (
    ("中国邮政EMS", "EMS"), ("顺丰速运", "SF"), ("中通快递", "ZTO"), ("圆通速递", "YTO"),
    ("韵达快递", "YD"), ("申通快递", "STO"), ("京东物流", "JD"), ("德邦快递", "DPK"), ("极兔速递", "JT"),
)

# Organisations: name parts and the departments of provincial and city governments.
ENTERPRISE_BRANDS = (
    "禾丰", "绿源", "华信", "恒通", "瑞祥", "金穗", "鼎盛", "远航", "新农", "康泰", "德润", "嘉禾",
    "润泽", "博远", "天成", "宏达", "众诚", "永兴", "锦程", "海纳", "云起", "青禾", "丰瑞", "益民",
)
ENTERPRISE_TRADES = (
    ("农业科技有限公司", "产业发展"), ("食品有限公司", "消费扶贫"), ("电子商务有限公司", "消费扶贫"),
    ("建设工程有限公司", "基础设施"), ("服装有限公司", "就业帮扶"), ("电子科技有限公司", "就业帮扶"),
    ("医药有限公司", "医疗救助"), ("物流有限公司", "生活物资"), ("家居有限公司", "易地搬迁"),
    ("商贸有限公司", "生活物资"), ("农商银行", "金融信贷"), ("文化传媒有限公司", "教育助学"),
)
SOCIAL_ORG_NAMES = (
    "{p}慈善总会", "{p}青少年发展基金会", "{p}扶贫开发协会", "{c}青年志愿者协会", "{c}爱心助学会",
    "{c}乡村振兴促进会", "{c}红十字会", "{c}义工联合会", "{p}老年人关爱基金会", "{c}公益服务中心",
)
GOV_DEPARTMENTS_PROVINCE = (
    "交通运输厅", "农业农村厅", "卫生健康委员会", "教育厅", "水利厅", "住房和城乡建设厅", "自然资源厅",
    "人力资源和社会保障厅", "商务厅", "文化和旅游厅", "林业和草原局", "生态环境厅", "科学技术厅",
    "民政厅", "统计局", "供销合作社联合社", "总工会", "妇女联合会", "科学技术协会", "农业科学院",
)
GOV_DEPARTMENTS_CITY = (
    "交通运输局", "农业农村局", "卫生健康局", "教育局", "水务局", "住房和城乡建设局", "人力资源和社会保障局",
    "商务局", "市场监督管理局", "财政局", "发展和改革委员会", "工业和信息化局",
)
MILITARY_NAMES = (
    "武警{p}总队某支队", "{p}军区某部", "陆军某旅", "空军某部", "武警{p}总队机动支队", "火箭军某部",
)

OFFER_TITLES: dict[str, tuple[str, ...]] = {
    "goods": ("捐赠{item}{q}{u}", "可提供{item}{q}{u}", "{item}爱心捐赠", "为困难家庭送{item}"),
    "cash": ("{item}专项资金{q}元", "设立{item}帮扶金", "{item}资助计划"),
    "service": ("提供{item}{q}{u}", "{item}志愿服务", "{item}对接服务"),
}
PURCHASE_OFFER_TITLES = ("认购{item}{q}{u}", "单位食堂采购{item}", "消费帮扶采购{item}")
OFFER_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "goods": ("物资统一采购，可通过快递直接寄到村委会。", "由单位工会组织职工自愿认捐。",
              "按需求逐户对接，完成后请村里回传签收照片。", "面向建档立卡贫困户，优先帮助最困难的家庭。"),
    "cash": ("款项通过对公账户转账，专款专用。", "面向建档立卡贫困户，优先帮助最困难的家庭。",
             "资金使用情况请在平台上反馈。", "由单位工会组织职工自愿认捐。"),
    "service": ("志愿者团队可按约定时间上门服务。", "长期有效，欢迎乡镇和村里联系。",
                "服务免费提供，交通食宿由我方承担。", "按需求逐户对接，完成后请村里回传签收照片。"),
}

PROJECT_KINDS: tuple[tuple[str, str, str, str], ...] = (
    # category, project phrase, description fragment, kind of work (which progress updates fit it)
    ("production", "猕猴桃产业园", "建设标准化猕猴桃种植基地，配套水肥一体化设施，带动贫困户入股分红。", "farm"),
    ("production", "高原夏菜基地", "流转土地发展高原夏菜，采取“龙头企业+合作社+农户”模式，产品直供东部市场。", "farm"),
    ("production", "肉牛养殖小区", "建设标准化圈舍和青贮池，由合作社统一防疫和销售，贫困户以牛入股。", "farm"),
    ("production", "食用菌大棚", "新建食用菌生产大棚和菌包厂，优先吸纳贫困劳动力就业。", "farm"),
    ("production", "茶叶加工厂", "新建茶叶初制加工厂房和生产线，提升茶青收购价格。", "plant"),
    ("employment", "扶贫车间", "在易地搬迁安置点建设扶贫车间，引进东部企业承接来料加工。", "plant"),
    ("employment", "劳务协作站", "设立劳务协作工作站，组织贫困劳动力赴东部稳定就业。", "labour"),
    ("education", "职业教育帮扶", "资助贫困家庭学生就读东部职业院校，毕业后推荐就业。", "schooling"),
    ("education", "乡村学校建设", "援建教学楼和学生宿舍，配置多媒体教室和图书室。", "building"),
    ("medical", "县医院对口帮扶", "选派医疗专家驻点帮扶，援建远程会诊中心，培训县乡医务人员。", "medical"),
    ("infrastructure", "农村饮水安全工程", "新建集中供水站和入户管网，解决群众饮水安全问题。", "works"),
    ("infrastructure", "通村公路建设", "硬化通村通组公路，打通农产品运输的“最后一公里”。", "works"),
    ("consumption", "消费扶贫专馆", "在东部城市设立消费扶贫专馆，组织机关食堂和企业采购受援地农产品。", "market"),
    ("relocation", "易地扶贫搬迁安置点配套", "建设安置点社区服务中心、幼儿园和卫生室等配套设施。", "building"),
    ("housing", "农村危房改造", "补助危房改造资金，确保贫困户住房安全有保障。", "housing"),
)
# Progress updates by kind of work and stage (start, under way, later); a finished project's last update
# comes from PROJECT_FINAL_TEXTS of its kind. A clinic's update never speaks of land transfers.
_START = ("项目完成立项审批，协作资金已拨付到县。", "完成实施方案编制和公示，协作资金已拨付到县。")
PROJECT_UPDATE_STAGES: dict[str, tuple[tuple[str, ...], ...]] = {
    "farm": (
        _START + ("完成招标，施工单位已进场。",),
        ("完成土地流转和场地平整，基地开工建设。", "基地建设完成过半，已吸纳当地群众务工{n}人次。"),
        ("组织种养技术培训{t}期，培训贫困群众{n}人次。", "首批种苗和设施已到位，合作社与{n}名群众签订带动协议。"),
    ),
    "plant": (
        _START + ("完成招标，施工单位已进场。",),
        ("厂房主体工程开工建设。", "厂房主体完工，已吸纳当地群众务工{n}人次。"),
        ("生产设备采购安装完毕，开始试运行。", "组织岗前培训{t}期，培训贫困群众{n}人次。"),
    ),
    "building": (
        _START + ("完成招标，施工单位已进场。",),
        ("主体工程开工建设。", "主体工程完成过半，已吸纳当地群众务工{n}人次。"),
        ("主体工程封顶，开始室内装修和设备配置。", "完成年度建设任务，资金使用情况已公示。"),
    ),
    "works": (
        _START + ("完成勘察设计和招标，施工队伍已进场。",),
        ("工程全面开工，已吸纳当地群众务工{n}人次。", "完成工程量过半，沿线群众投工投劳{n}人次。"),
        ("主体工程完工，开始附属设施建设。", "完成年度建设任务，资金使用情况已公示。"),
    ),
    "housing": (
        _START + ("完成危房鉴定，确定第一批改造户{k}户。",),
        ("第一批{k}户危房改造开工。", "已完成{k}户危房改造，住户陆续搬入新房。"),
        ("改造补助资金已按进度发放到户。", "完成年度改造任务，补助名单和资金已公示。"),
    ),
    "labour": (
        _START + ("劳务协作工作站挂牌，两地签订劳务协作协议。",),
        ("举办专场招聘会{t}场，输送贫困劳动力{n}人赴东部就业。", "开展订单式技能培训{t}期，培训{n}人次。"),
        ("回访在东部务工人员，稳岗率保持在九成以上。", "完成年度转移就业任务，资金使用情况已公示。"),
    ),
    "schooling": (
        _START + ("两地职业院校签订联合招生协议。",),
        ("首批{n}名贫困家庭学生入学，资助资金已发放。", "组织受助学生赴东部企业实习{t}批次。"),
        ("第二批学生完成招录，资助资金已发放。", "完成年度资助任务，受助学生名单已公示。"),
    ),
    "medical": (
        _START + ("两地医院签订对口帮扶协议。",),
        ("第一批{t}名医疗专家到县医院驻点帮扶。", "远程会诊中心建成投用，累计远程会诊{k}例。"),
        ("培训县乡医务人员{n}人次，开展新技术{t}项。", "完成年度帮扶任务，资金使用情况已公示。"),
    ),
    "market": (
        _START + ("专馆完成选址和装修。",),
        ("专馆开馆运营，首批{k}种受援地农产品上架。", "组织机关食堂和企业集中采购{t}次，销售额约{k}万元。"),
        ("开通线上销售渠道，带动{n}户贫困户稳定销售。", "完成年度采购任务，资金使用情况已公示。"),
    ),
}
PROJECT_FINAL_TEXTS: dict[str, tuple[str, ...]] = {
    "farm": ("项目通过县级验收，基地正式投产，受益群众{n}人。", "项目全部完工并移交村集体管理，带动{n}名群众增收。",
             "第一批产品已发往东部市场，实现销售收入约{k}万元。"),
    "plant": ("项目通过县级验收，正式投产，吸纳{n}名群众就近就业。", "项目全部完工并移交村集体管理，带动{n}名群众增收。"),
    "building": ("项目通过县级验收，正式投入使用，受益群众{n}人。",),
    "works": ("工程通过县级验收，正式投入使用，受益群众{n}人。", "工程全部完工并移交村集体管护，受益群众{n}人。"),
    "housing": ("危房改造全部完成并通过县级验收，{k}户贫困户住上安全住房。",),
    "labour": ("项目通过县级验收，累计帮助{n}名贫困劳动力实现稳定就业。",),
    "schooling": ("项目通过县级验收，累计资助{n}名贫困家庭学生完成学业。",),
    "medical": ("项目通过县级验收，累计培训县乡医务人员{n}人次，县医院新增诊疗科目{t}个。",),
    "market": ("项目通过县级验收，累计销售受援地农产品约{k}万元，带动{n}名群众增收。",),
}

# 驻村工作队 sending units ({county}, {province} filled in): county, provincial and central units, as sent in 2014.
SENDING_UNITS = ("{county}人民政府办公室", "{county}农业农村局", "{county}教育局", "{county}卫生健康局",
                 "{county}交通运输局", "{province}财政厅", "{province}扶贫开发办公室", "{province}农业科学院",
                 "国家电网{province}电力公司", "中国农业银行{province}分行")
