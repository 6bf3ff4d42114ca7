"""Write the item-understanding evaluation sets: bench/eval_items/{tune,heldout,unseen,blind2,...,blind38}/{needs,offers,labels}.jsonl.

Made-up needs and offers that exercise the three kinds of error the matcher used to make:

1. **names**: one item under many names (被子 / 棉被 / 棉絮; 羊羔 / 小羊; 电动三轮 / 三蹦子), and offers
   that name a broader concept (学习用品 for 铅笔 and 作业本 needs);
2. **negated or past mentions**: a need for 棉衣 whose description says 「去年已领到棉被」,
   「棉被暂时不缺」, 「饮水的问题已经解决」 or 「除了棉被」;
3. **units**: the same amount written 斤 / 公斤 / 千克 / kg / ＫＧ / 「 公斤 」, so whether an offer covers
   a need depends on converting units.

Every record is generated from a hidden catalogue item, and the labels are written from that identity
by rule, never by the scorer (the rules of ``docs/matching.md``, "Label rules", with coverage
computed in converted units)::

    relevance 3  the offer gives the need's item (or a broader item that covers it), its amount in
                 comparable units covers the whole need, and the need is 紧急 or its beneficiary
                 has been helped at most once
    relevance 2  the offer gives the need's item otherwise
    relevance 1  same category and kind, another item, and the offer is aimed at a region containing
                 the need or its donor is in the need's province
    relevance 0  any other admissible pair (unlabelled); pairs breaking a hard rule are never labelled

Three parts with different seeds **and different sentence templates and negation phrasings**:
``tune`` (used while choosing weights), ``heldout`` (never tuned on; report it as is) and ``unseen``
(never tuned on either, and its items are written with colloquial and regional names the lexicon
does not contain: it measures how the matcher does on names nobody entered). A fourth part, ``blind2``
(seed 272727), holds mostly other items under everyday and regional names, written before the
lexicon was widened (docs/matching.md, "Generalising"); ``blind3`` (seed 393939) was written before
the Cilin thesaurus and the negation cue lexicon (docs/matching.md, "Cilin"); ``blind4`` (seed 484848)
before Cilin groups became item identities of their own (docs/matching.md, "Round 2"); ``blind5`` (seed
595959) before round 3's item-similarity signal (docs/matching.md, "Round 3"); ``blind6`` (seed 696969)
before round 4's changes (docs/matching.md, "Round 4").

``blind7`` (seed 797979) was written by an engineer who never opened the lexicon, the matcher's features,
docs/matching.md or any part's records, as the issue's hidden set was: 81 everyday items of all 11
categories from public 扶贫 need lists, under names from the writer's own usage, twelve broader offers,
three 就业帮扶 training services (kind "service": labels skip pairs of different kinds, a hard rule), new
negation templates (「去年已经领过X了」「家里还有X」「除开X」), and units that need converting (担 = 50 kg,
打 = 12 双, 令 = 500 张, 对 = 2 只, 毫升, 方 = m³). ``check_blind7`` checks its names against the earlier
parts' catalogues and groups only, not against the lexicon. The lead evaluates it once, after a round
is merged; never tune on it.

``blind8`` (seed 898989) was written the same way, by another engineer who opened none of those, in two
voices no other part has: needs as a county or township office files them (「关于申请解决X的报告」「因灾受损，
急需X」, standard product names, 「规格：1.5米×2米」 lines) and offers as an enterprise or 消费扶贫 buyer posts
them (graded, specified names such as 一级冷榨山茶油5L装 or HRB400螺纹钢筋; 「长期收购X」 for produce). 82 items
of all 11 categories (finance items of kind "cash", three training courses of kind "service"), 17 broader
offers, office-style negations (「X已由民政部门发放到位」「除X已落实外」「不含X」「X需求已销号」) and units that
need converting (只 = ½ 双, 盒 = 50 只 口罩, 箱 = 24 瓶, 卷 = 500 米, 千块, 公斤 = 0.001 吨 钢筋, 万尾, 公里, ml,
㎡ / 平米, m3 / 方). ``check_blind8`` checks its names against every earlier part, blind7 included, not
against the lexicon. The lead evaluates it once; never tune on it.

``blind9`` (seed 919191) was written the same way, by an engineer who opened none of those, in a voice no
other part has: needs a village's 驻村第一书记 or 帮扶责任人 writes down for a household in a work diary or a
WeChat group (「帮扶户张某家缺X」「走访发现王大爷X不够用」), offers that 社会组织, 公益机构 and 爱心人士 post
from a phone (「我们团队募集到一批X」「家里闲置X，愿意捐给需要的家庭」「公司年会余下X」): second-hand goods,
packs and bundles, abbreviations and casual spellings (羽拍, 五三, ppr水管, wifi, 青储料, 席梦丝). 88 items of all
11 categories, 19 broader offers (bundles such as 洗护礼包 and 开学大礼包), 14 negation / past templates in
that voice (「X上次走访已经送过去了」「之前缺X，现在补上了」「清单上的X已勾掉」) and units that need
converting (两, 桶 = 3 升, 亩 = 666.7 平方米, 卷 = 50 平方米, 根 = 4 米, 提 = 12 盒, 打 = 12 枚, 万棒, 万元).
``check_blind9`` checks its names against every earlier part, blind8 included, and its negation templates
against theirs, never against the lexicon. The lead evaluates it once; never tune on it. Run::

    .venv/bin/python bench/make_item_eval_set.py                  # every part
    .venv/bin/python bench/make_item_eval_set.py --part blind2    # one part
    .venv/bin/python -m matching evaluate --needs bench/eval_items/heldout/needs.jsonl \\
        --offers bench/eval_items/heldout/offers.jsonl --labels bench/eval_items/heldout/labels.jsonl \\
        --today 2026-11-28

``blind10`` (seed 101010) was written the same way, by an engineer who opened none of those, in a voice no
other part has: needs as households of north-western and south-western villages say them (西北 / 西南官话:
铺盖卷儿, 棉窝窝, 胡麻油, 洋炉子, 背篼儿, 镢头, 洋芋蛋蛋, 苞谷子, 火炕, 炕桌, 活路; 「家里头莫得X」「X短下了」) and
offers as officials of eastern paired cities write them under 东西部协作 / 对口帮扶 / 定点帮扶 (「广州市对口帮扶
织金县物资：X」「…，协作资金采购X」「…以购代捐：X」, 劳务协作 jobs and 订单式 training of kind "service",
协作资金 of kind "cash"). 88 items of all 11 categories, 19 broader offers (御寒过冬包, 常见病药品包, 爱心助学包,
春耕生产物资, 道地中药材, 人居环境整治设施 ...), twelve negations and past mentions in that voice (「X就不消了」
「X年时帮扶干部送来过」「撇开X不说」「X的事早都弄停当了」) and units that need converting (两, 吨, 打, 千块,
packs the catalogue fixes: 桶 = 5 升, 袋 = 25 / 40 / 20 kg, 桶 = 20 kg, 盒 = 10 支, 包 = 10 本, 捆 = 100,
盘 = 100 米, 卷 = 30 ㎡; 升 / 毫升, ㎡ / 平米, 方 / m³); mass-item offers in 车 are not comparable.
``check_blind10`` checks its names against every earlier part up to blind8, not against the lexicon. The
lead evaluates it once; never tune on it.

``blind11`` (seed 111111) was written the same way, by an engineer who opened none of those, in a voice no
other part has: needs as rows of an office's household ledger (台账) exported from Excel (「户主：李某(0312)｜缺：X」
「X（急）」「需求项：X；…；状态：未解决」, half-filled columns, abbreviations such as 电压锅, 防褥垫, 75酒精) and offers
as online shops, e-commerce listings (消费扶贫, 网购捐赠), enterprise 公益 posts and 电商扶贫 buyers write them
(「【包邮】X｜…捐赠」 around product titles with brand-like words, model numbers and pack sizes; 「…长期收购X，量大
从优」). 89 items of all 11 categories, 21 broader offers (冬季保暖家纺, 智能学习硬件, 助农生鲜, 山珍干货, 卫浴洁具,
道路交安设施, 网店发货设备, 公益帮扶金 ...), 15 ledger-style negations and past mentions (「备注：X已发」「X缺口：0」
「划掉：X」「X上期已核销」「X（往年已配）」) and units that need converting (斤 / 两 / 公斤 / kg / 克, packs the
catalogue sizes such as 袋 = 10 kg 大米, 箱 = 2.5 kg 百香果, 盒 = 0.125 kg 蓝莓, 桶 = 5 L 玉米油, 提 = 6 / 箱 = 24
包 抽纸, 张 = 2.88 ㎡ 石膏板, 卷 = 300 ㎡ 防虫网; 升 / 毫升 / ml, ㎡ / 平 / m², and mass-item offers in 礼盒, not
comparable). ``check_blind11`` checks names and negation templates against every earlier part up to blind10,
not against the lexicon. The lead evaluates it once; never tune on it.
``blind12`` (seed 121212) was written the same way, by an engineer who opened none of those, in a voice no
other part has: needs of special groups (the disabled, 留守老人 and 留守儿童, 五保户, 孤儿, the chronically
ill) as a 残联 / 民政 / 妇联 worker or a family member records them, in south and south-east China's everyday
words and old people's (粤 冷衫, 士的, 尿片, 间尺, 胶擦, 碌架床, 梳化, 抽湿机, 按金; 闽 蠓罩, 册包, 铁马; 客家
笠嫲, 番豆, 娘酒; 吴 被头, 脚炉, 司的克; 湘 / 赣 火箱, 火桶, 烘笼; 洋火, 气圈, 龙头拐; 「X冇得用」「家属代报」),
and offers from hospitals, pharmacies, schools, 慈善总会 and volunteers, and from Hong Kong, Macao and Taiwan
donors in traditional characters with their own words (「香港同鄉會捐贈一批X」: 單車, 平安鐘, 白手杖, 立可帶,
點字書, 無障礙洗手間, 孤兒助養金). 109 items of all 11 categories (assistive devices, care and rehabilitation
goods, daily-life aids and school things first; care, training and outwork of kind "service", fees and funds
of kind "cash"), 21 broader offers (敬老暖心包, 復康用品, 視障輔具, 控糖用品, 書簿文具, 應季生果,
适老化改造材料, 入伙家私, 扶弱基金 ...), sixteen negations and past mentions in that voice (「X唔使了」「除咗X」
「X免啦」「X毋使再送」「X用勿着」「X早就有哒」「X社工上次已经带过来」) and units that need converting (斤 / 两 /
公斤 / kg; packs the catalogue fixes: 包 = 10 kg 米, 罐 = 0.9 kg 奶粉 and 磅, 包 = 10 / 箱 = 60 片 尿片, 盒 = 50
采血针, 板 = 6 粒, 扎 = 10 本, 封 = 10 盒, 盘 = 72 株, 担 = 2 只 箩筐; 桶 = 5 升, 壶 = 2.5 升; 平方米 / ㎡ / 平方呎;
米 / 公尺 / 呎; 千块; 元 / 块 / 万元); mass-item offers in 箩 are not comparable. ``check_blind12`` checks its names
against every earlier part up to blind10 and its negation templates against theirs, not against the lexicon.
The lead evaluates it once; never tune on it.

``blind13`` (seed 131313) was written the same way, by an engineer who opened none of those, in a voice no
other part has: needs of a village as a whole, filed by its 村委会 / 村民小组 / 村集体经济合作社 or its 大学生村官
as 村务公开 notices and project applications (「石门村村委会关于申请X的请示」「【村务公开】…X需求公示」「以下脱贫户
需X，名单附后」): collective things (冷库 in 立方米, 烘干房, 喷灌, 光伏 in 千瓦, 路灯, 垃圾清运, 灌溉渠 in 米 / 公里,
蓄水池, 村卫生室 and 文化广场 equipment, 村委会 office goods) beside the households' needs the notices list; and
offers in the official words of 中央企业 / 国有企业 and 机关 定点帮扶 units (「…定点帮扶大坪村：捐建X」), their 工会
(「…工会送温暖：X」), 驻地部队 (「军民共建：驻地武警中队赠送X」) and banks' and insurers' 金融扶贫 products (kind
"cash"). 87 items of all 11 categories, 22 broader offers (村卫生室标准化设备, 产地冷链烘干设施, 高效节水灌溉设备,
工会福利农产品, 安置点家电配套, 农房改造材料, 垃圾收运设施, 金融扶贫产品, 保险扶贫, 文化广场设备 ...), 14 negations
and past mentions in the notices' words (「X已列入上年度项目并完成验收」「X经村民代表大会议定暂缓实施」「X事项已办结
销号」「本期不申报X」「X由乡镇统筹安排，不在此列」) and units that need converting (斤 / 两 / 公斤 / kg / 吨; packs
the catalogue sizes: 袋 = 25 kg, 箱 = 10 kg, 袋 = 0.4 kg 盐, 盒 = 0.25 kg 茶, 卷 = 20 kg 地膜, 袋 = 40 kg 饲料, 桶 = 25
kg 涂料, 瓶 = 0.5 升, 桶 = 5 升, 箱 = 100 张, 捆 = 50 株, 套 = 10 册, 卷 = 10 ㎡; 立方米 / 方 / m³, ㎡ / 平米, 米 / 延米 /
公里, 千瓦 / kW / 兆瓦, 万株, 千片, 千块, 万元; mass-item offers in 托 are not comparable). ``check_blind13`` checks
its names, groups and negation templates against every earlier part up to blind12, not against the lexicon. The
lead evaluates it once; never tune on it.
``blind14`` (seed 141414) was written the same way, by an engineer who opened none of those, in a voice no
other part has: needs as a 网格员 records them on a phone in north-eastern and northern plain villages, in
东北话 / 华北 / 中原 everyday words (炕被, 炕琴, 衬衣衬裤, 大头鞋, 狗皮帽子, 大碴子, 柈子, 八印锅, 尿褯子, 猪羔子,
克郎猪, 洋镐, 二齿子, 钐刀, 点葫芦, 小四轮, 黏豆包, 溜达鸡, 榛蘑, 瓦棱子, 木方子, 压水井, 老头乐, 冰爬犁;
「家里X不够使」「X都造没了」「中不中帮一把」), and offers from individuals and shops as livestreams and short
videos sell (直播带货, 助农直播, 公益直播: 「家人们，这批X直接捐给困难户」「直播间上链接的X，卖一单捐一单」), as
小程序 and 公益平台 donation forms list them (「认捐项目：X」「一起捐：X」) and as an 爱心超市 exchanges them for
points (「积分兑换X」). 98 items of all 11 categories (five 就业帮扶 courses and jobs and a home-visit doctor of
kind "service", five sums of money of kind "cash"), 23 broader offers (火炕床品, 猫冬取暖物资, 家庭小药箱,
笔本文具, 鸡鹅猪羊崽, 下地干活的家什, 东北山货, 猫冬年货, 中原农特产, 修房建材, 人饮工程材料, 直播间免费学手艺,
一起捐善款 ...), 18 negations and past mentions in that voice (「X前儿个刚领着了」「X搁家还有老些呢」「X年前儿爱心
超市用积分换着了」「X俺家有哩」「先前缺X，现如今整上了」) and units that need converting (斤 / 两 / 公斤 / kg;
packs the catalogue fixes: 袋 = 5 kg 面, 袋 = 50 kg 钾肥, 袋 = 25 kg 石灰, 捆 = 10 kg 大葱, 桶 = 5 升 豆油, 瓶 =
100 毫升 药水, 盒 = 6 贴, 板 = 10 / 盒 = 20 片, 包 = 20 片, 盒 = 10 支, 包 = 5 本, 套 = 10 本, 盘 = 30 枚 鸡蛋,
盘 = 100 米 水管; 升 / 毫升 / ml; 平方米 / ㎡ / 平米 / 平; 元 / 块 / 万元); mass-item offers in 单 (one
livestream order) are not comparable. ``check_blind14`` checks it against the earlier parts (blind11 and
blind12 included) only. The lead evaluates it once; never tune on it.
``blind15`` (seed 151515) was written the same way, by an engineer who opened none of those, in a voice no
other part has: needs of households in 民族地区 (Tibetan, Yi, Uyghur, Kazakh, Miao, Zhuang and Hui areas of 三区三州)
as a 双语 village cadre or a 驻村工作队 member writes them in Mandarin (「驻村工作队代牧民扎西一家申请X」「经双语干部
翻译，户主说最缺X」), with the things of their life under the names used there, often a local word with a gloss
(糌粑, 酥油 / 「玛尔（酥油）」, 砖茶, 馕, 「楚巴（藏袍）」, 察尔瓦, 「多帕（维吾尔花帽）」, 「曲拉（奶渣）」, 藏柜, 卡垫,
苏帕, 阿嘎土, 「锅庄（火塘三脚架）」, 馕坑, 燕麦草, 舔盐砖, 牲畜暖棚, 草场围栏, 溜索改桥), and offers in the official
words of 对口支援 provinces and cities (援藏 / 援疆 / 闽宁 / 沪滇 / 粤桂), their 前方指挥部 and 援建 projects and national
enterprises' 民族地区 programmes (「北京市援藏指挥部援助项目：X」「…组织后方单位认购X」). 83 items of all 11 categories
(seven trainings, jobs and medical services of kind "service", five sums of kind "cash"), 21 broader offers
(糌粑酥油茶物资, 民族服装, 高原健康防护包, 组团式医疗帮扶, 双语学习用品, 牧区良种畜, 冬春饲草料, 棚圈围栏建设, 援藏高原特产,
闽宁特色农产品, 定居点民族家具, 村组道路桥梁, 非遗手工艺培训, 对口支援帮扶资金 ...), 14 negations and past mentions in the
cadre's words (「X援藏项目去年已配发到户」「户主用母语说X家里有」「X转场前乡里已补齐」「X（已享受过，本次不再申报）」) and
units that need converting (斤 / 公斤 / kg / 千克 / KG; the region's measures and packs the catalogue fixes: 藏克 = 14 kg
青稞, 坨 = 0.5 kg 酥油, 块 = 2 kg 砖茶, 袋 = 25 kg 糌粑, 捆 = 25 kg 燕麦草, 块 = 5 kg 盐砖, 吨, 盒 = 24 粒, 包 = 10 本,
套 = 10 本, 卷 = 10 ㎡, 箱 = 12 瓶, 桶 = 5 升; 升 / L / 毫升; 平方米 / ㎡ / 平米; 米 / 公里; 立方米 / 方 / m³; 元 / 万元);
mass-item offers in 驮 (a pack animal's load) are not comparable. ``check_blind15`` checks its names, groups and
negation templates against every earlier part (tune … blind14), not against the lexicon. The lead evaluates it
once; never tune on it.
``blind16`` (seed 161616) was written the same way, by an engineer who opened none of those, in the market's
words, a voice no other part has: offers as enterprises, chain stores, e-commerce shops and manufacturers post
them, by brand, series and model with the product type sometimes left out or shortened (苏泊尔球釜饭煲4L,
格力云佳1.5匹挂机, 东方红LX904, 老板CXW-200-27A7, 九阳C21-SK805电磁灶, 京科968), with 规格 strings (50kg/袋,
5L*4桶, 800×800) and trade words (尾货, 库存清仓捐赠, 临期, 同款, 厂家直供, 产地直采, 订单农业); needs as
households and 帮扶责任人 write them, naming a thing by the brand people use as its name (金龙鱼, 蓝月亮, 回力鞋,
波司登, 欧姆龙, 史丹利, 先玉335, 东方红, 海螺水泥, 雅迪, 二八大杠) or by what it does (能煮饭的锅, 冬天插电的褥子,
量血压的机子, 吸油烟的机子, 收钱的小喇叭), in trade units, sometimes with a 「规格：…」 line. 92 items of all 11
categories (health checks, broadband, jobs and a cooking course of kind "service", loans, insurance and fees
of kind "cash"), 20 broader offers under trade category names (白色家电, 快消品, 家用医疗器械, OTC非处方药, 肥料套餐,
大田良种, 农机装备, 产地直采水果, 地理标志农产品, 装修主材, 拎包入住套餐, 乡村公共设施, 灵活用工岗位, 普惠金融产品
...), 16 negations and past mentions in that voice (「X上回团购已经买了」「X以旧换新换过了」「X家电下乡那年就买了」
「X用消费券买过了」「X那单已经签收，这次只要Y」) and units that need converting: mass 斤 / 市斤 / 公斤 / kg / KG /
千克; packs the catalogue fixes (袋 = 50 kg 复合肥 / 水泥, 袋 = 40 kg 有机肥 / 猪饲料, 吨, 桶 = 5 升 / 箱 = 20 升
食用油, 桶 = 18 升 墙漆, 桶 = 20 kg 防水涂料, 瓶 = 15 kg 液化气, 箱 = 24 包 / 24 盒, 提 = 10 / 件 = 30 卷, 盒 = 10
袋 / 100 片 / 12 支, 卷 = 100 米 电线, 块 = 4 米 护栏板, 箱 = 3 片 瓷砖 and ㎡ = 1.5625 片); volume (升 / L), area
(平方米 / ㎡ / 平), cloth in 米 / 尺 / 丈, 元 / 块 / 万元; mass-item offers in 柜 are not comparable.
``check_blind16`` checks it against the catalogues, groups and negation templates of tune … blind14 only,
never the lexicon. The lead evaluates it once; never tune on it.
``blind17`` (seed 171717) was written the same way, by an engineer who opened none of those, in the national
platform's own plain register, a voice no other part has: households' 微心愿 and needs as 中国社会扶贫网 shows
them, in the first person or by a 帮扶责任人 in short plain Mandarin (「我家孩子上初中了，想要X」「奶奶腿脚不便，
希望有X」), children's and old people's own words (「X我已经有了，谢谢叔叔阿姨」「奶奶说X还能用，不用买」), and
offers in the platform's standard words as 爱心人士, 党员, 班级, 单位, 志愿者团队 and 爱心企业 post them
(「认领微心愿：X一份」「…爱心捐赠X」「…提供X若干」「…消费扶贫认购X」). 128 ordinary everyday items of all 11
categories, mostly ones no earlier part chose (针线包, 蒲扇, 搪瓷缸子, 蛤蜊油, 套袖, 红花油, 床上洗头盆, 宣纸, 葫芦丝,
鸽苗, 竹鼠, 姜种, 醪糟, 苞谷烧, 青砖, 烟囱, 沙发床, 菜罩, 滑梯, 凸面镜, 豆腐机, 透析费, 生日蛋糕, 拍全家福 ...;
jobs, courses and home services of kind "service", fees and funds of kind "cash"), 25 broader offers under
names of its own (冬日暖心包, 油盐酱醋, 清凉度夏包, 老人护理用品, 家庭常用药, 美术书法用品, 阳光体育器材, 小畜禽种苗, 春播良种,
危房修缮材料, 扶贫产品, 菌菇山货, 乔迁新居礼包, 村级健身娱乐设施, 技能培训班, 医疗救助款, 六一礼物 ...), 14 negations
and past mentions in that voice (「X去年的微心愿已经实现了」「X已经有爱心人士认领了」「X的心愿上学期就圆了」「X在社会扶贫网上
已经对接成功」「去年六一收到过X」) and units that need converting: mass 斤 / 市斤 / 公斤 / kg / KG / 千克; packs and
measures the catalogue fixes (包 = 0.5 kg 红糖, 罐 = 1 kg 醪糟, 坛 = 5 kg 苞谷烧, 捆 = 25 kg 苜蓿, 瓶 = 0.5 升 / 桶 =
2.5 升 酱油, 刀 = 100 张 宣纸, 对 = 2 只, 打 = 12 副, 套 = 10 本, 根 = 6 米 钢管, 米 = 2 节 烟囱, 千块 ...); volume
(升 / L), area (平方米 / ㎡ / 平米), 立方米 / 方 / m³, 元 / 块 / 万元; mass-item offers in 份 are not comparable.
``check_blind17`` checks it against the catalogues, groups and negation templates of tune … blind16 only,
never the lexicon. The lead evaluates it once; never tune on it.
``blind18`` (seed 181818) was written the same way, by an engineer who opened none of those, in two registers
that name the same things differently, a voice no other part has: offers as lines of standard catalogues and
professional lists (政府采购 物资目录, 康复辅助器具 classes in the GB/T 16432 style, 农资 and 兽药 standard names,
教育装备 lists, 建材 and 家电 standard product names, 卫健 / 民政 / 应急 supplies lists: 「手动轮椅车（符合GB/T
13800）」「尿素（GB/T 2440 农业用，总氮≥46%）」「集雨水窖（容积30m³，人饮工程）」), needs as households, caregivers and
村医 say them, by use, look or local name and mostly without the catalogue term (老人扶着挪步的四条腿架子, 灭火的红
瓶子, 走夜路照亮的电棒, 撒麦地的白肥, 滴鸡鼻子的苗子). 81 items of all 11 categories (trainings and 公益性岗位 of kind
"service", 小额信贷, insurance and 救助 money of kind "cash"), 19 broader offers under list headings (康复辅助器具适配,
基层医疗耗材, 义务教育学生装备, 动物防疫物资, 农房抗震改造材料, 安置房生活配套, 农村人饮工程物资, 自然灾害救助物资,
社会救助资金 ...), 16 negations and past mentions in the households' and 村医's words (「X村医上回背来过了」「X残联的人
上门给配了」「X救灾那阵分过了」「不提X，那个有」「X是够的，就差Y」) and units that need converting: mass 斤 / 市斤 /
公斤 / kg / KG / 千克; packs the catalogue fixes (袋 = 25 / 40 / 50 kg, 卷 = 20 kg 地膜, 罐 = 0.25 kg 茶, 瓶 = 0.5 kg
蜂蜜, 桶 = 5 升, 盒 = 50 只 口罩, 瓶 = 500 毫升 碘伏, 瓶 = 1000 羽份 疫苗, 盒 = 30 枚 鸭蛋, 卷 = 10 ㎡ 卷材, 盘 = 100 米
水管, 千块 砖 ...); the region's measure words (担 = 50 kg, 匹 for bricks, 口 for a 水窖, 具 for an extinguisher, 尺 / 米
/ 丈 for cloth); volume, area and 立方米 / 方 / m³; mass-item offers in 批次 are not comparable. ``check_blind18``
checks it against the catalogues, groups and negation templates of tune … blind16 only, never the lexicon. The
lead evaluates it once; never tune on it.
``blind20`` (seed 202020) was written on 2026-12-01 the same way, by an engineer who opened none of those (nor
the tests, nor any part's records, nor ran the matcher), in the voice of messages sent from phones: villagers,
网格员 and 驻村工作队 members typing with a pinyin input method or dictating WeChat voice messages turned into text,
with no or wrong punctuation, spaces for pauses, fillers (那个, 嗯, 就是), 西南官话 / 湘 / 赣 / 客家 words (屋头, 娃儿, 堂客, 冇得,
莫得, 晓得) and homophone slips in the words around an item (帮夫, 以经, 领到, 网格园, 住村); offers from the eastern side of
东西部协作 and 消费帮扶 in short project words. 113 items of all 11 categories, 24 broader offers, 8 need titles, 8
need descriptions, 16 negations and past mentions (each a different construction), offer titles per category;
units that need converting: mass 斤 / 市斤 / 公斤 / kg / Kg / 千克, packs and multiples the catalogue fixes (bags of
25 / 40 / 50 kg, 吨, 桶 of 5 / 20 kg or 升, 罐 of 0.25 kg, 箱 of 48, 盒 of 8 / 10, 包 of 10, 盘 of 50, 万株, 千片, 卷 of 50
/ 100 米, 车 of 8 立方米), volume, area, 立方米 and money; mass-item offers in 提 are not comparable. Its item names
are deliberately left out here. ``check_blind20`` checks it against tune … blind18 only, never the lexicon.
The lead evaluates it once; never tune on it.

``blind19`` (seed 191919) was written on 2026-12-01 by an engineer who opened none of matching/, the
lexicon, docs/matching.md, tests/ or any part's records and never ran the matcher, as a reviewer trying the
platform as an enterprise, a village official and a household would: plain everyday Mandarin typed into
the platform's forms, needs by households, 帮扶干部 / 驻村第一书记 and 村委会 (a short title, then the
situation and the request, in many constructions: questions, 「因为…所以…」, a 「基本情况：…需求：…」 form
line, the name first or last, numbers in the situation), offers as short titles by enterprises, social
organisations, individuals and the paired eastern cities' units. 113 items of all 11 categories under 2-3
need names and 2 offer names each (everyday, colloquial, regional, trade and brand names), 28 broader offers
under names of their own, 8 need titles, 9 need descriptions, 16 negations and past mentions of different
constructions; units that need converting: mass 斤 / 市斤 / 公斤 / kg / Kg / 千克, packs of fixed size (袋 =
10 / 25 / 40 / 50 kg, 瓶 = 0.5 kg, 吨), count multiples (打, 条 = 10 卷, 包 = 20 片, 盒 = 100 片, 扎, 套, 板 =
30 枚, 摞, 千片, 匹 = 片, 卷 / 盘 = 100 米, 节 = 2 米), volume (升 / L, 桶 = 5 升, 方 / 立方 / m³), area (平方米 /
㎡ / 平米 / 平), money (元 / 块 / 千元 / 万元); mass-item offers in 提 are not comparable. ``check_blind19``
checks it against tune … blind18 only; the lead evaluates it once; never tune on it.

``blind21`` (seed 212121) was written on 2026-12-01 by an engineer who opened none of matching/, the
lexicon, search/data/, docs/matching.md, tests/ or any part's records and never ran the matcher, in the
county poverty office's own register and the 2014 plan's formal language: needs as the 建档立卡 registry
fields and 帮扶台账 rows an office keeps in Excel and imports (户主 / 致贫原因 / 帮扶需求, a village's 申报
line, 「两不愁三保障」 and 雨露计划 wording, 拟申请 / 申报 / 需解决), items under their catalogue and policy
names; offers in the procurement and donation-list language of 定点帮扶单位, 中央企业 / 国有企业, 东西部协作
partner cities and 社会组织 (捐赠物资清单, 采购…一批, 援建…, 设立…专项基金), often naming a spec or a
standard, and broader offers in policy terms. 110 items of all 11 categories, 28 broader offers, 7 need
titles, 7 need descriptions, 17 negations and past mentions as a register writes them, offer titles per
category; item names are deliberately left out here. Units that need converting: mass (斤 / 市斤 / 公斤 /
kg / KG / 千克, 吨, bags of a fixed size such as 袋（50公斤）), count multiples (盒, 包, 箱, 套, 千羽, 千株 /
万株, 万块, 节 = 2 米), volume (升 / L, 桶（5L）), area (平方米 / ㎡ / m², 亩 / 公顷), length (米 / 延米 /
公里), money (元 / 万元), 台(套); mass-item offers in 批 are not comparable. ``check_blind21`` checks it
against tune … blind20 only; the lead evaluates it once; never tune on it.
``blind22`` (seed 222222) was written on 2026-12-01 by an engineer who opened none of matching/, the lexicon,
docs/matching.md, tests/ or any part's records and never ran the matcher, in the voice of northern China's
households and the southern donors who help them: needs by households and village cadres (村支书, 包村干部,
驻村工作队) in 东北话, 华北 (冀鲁豫) and 西北 (陕甘宁青) everyday speech (the regional names a grandmother there gives
food, clothing, tools, animals, furniture and household things; request words 整点 / 给整个 / 咱家缺 / 俺家 /
额家 / 求; 'have it / no need / got it last year / the child or the old man won't have it' said in many
constructions), offers by the units and enterprises of the paired eastern and southern provinces (广东, 福建,
浙江, 江苏, 上海, 山东; 东西部协作, 对口支援, 消费帮扶, 劳务协作, 援建) in standard names mixed with their own 粤 /
闽 / 吴 and trade words, so that a need and its offer often name one thing in different words. 133 items of
all 11 categories (103 goods, 22 service, 8 cash) under 2-3 need names and 2 offer names each, 26 broader
offers under names of their own, 8 need titles, 8 need descriptions, 18 negations and past mentions (each a
different construction), offer titles of their own for production, consumption, employment, infrastructure
and finance; units that need converting: mass 斤 / 市斤 / 公斤 / kg / KG / 千克 / 「公斤 」, packs and multiples
the catalogue fixes (袋 of 5 / 25 / 50 kg, 捆 of 5 / 20 kg, 把 and 瓶 of 0.5 kg, 箱 of 10 kg, 吨, 车 of 5 吨; 打 =
12, 箱 of 24 / 48, 盒 of 10, 包 of 10 / 16, 百只, 千片, 组 = 10 片, 盘 = 100 米, 公里, 卷 = 50 平方米), volume (升 /
L, 桶 of 5 升, 壶 of 2.5 升; 方 / 立方 / 立方米, 车 of 8 方), area (平方米 / ㎡ / 平米 / 平; 亩, and 垧 and 公顷 of 15 亩),
money (元 / 块 / 万 / 万元); every size is exact in binary floating point (no 两 or 毫升), and 15 % of the
mass-item offers come in 编织袋 of unknown weight (not comparable). Its item and group names are deliberately
left out here. ``check_blind22`` checks it against tune … blind20 only, never the lexicon; the lead
evaluates it once; never tune on it.

``blind23`` (seed 232323) was written on 2026-12-01 by an engineer who opened none of matching/, the
lexicon, search/data/, docs/matching.md, tests/ or any part's records and never ran the matcher, in the
voice of a reviewer testing the platform before it goes live: plain everyday Mandarin as people from all
over China type it into the forms. Needs come from households in the first person, from 帮扶干部 / 驻村工作队
writing for a household and from 村委会 for a village, each a short title and a few sentences of situation
(family size, illness, ages, income, dates) before the request; offers from enterprises, 社会组织, individuals
and the eastern paired provinces in a web form's plain words. 112 items of all 11 categories (living 11,
medical 10, education 10, housing 10, relocation 10, production 12, consumption 11, employment 10,
infrastructure 10, finance 9, other 9; courses, jobs and help of kind "service", money of kind "cash"),
each under 2-3 need names (everyday, regional, 俗名 and descriptive names, abbreviations, a homophone typo)
and 2 offer names (shop, catalogue or trade names with specifications), 28 broader offers under class
names of their own covering 2-10 items each; 7 need titles, 7 need descriptions, 16 negations and past
mentions each of a different construction (received before from someone at a date, solved, enough or still
usable, promised by someone else, declined by the household, by an old person or by a child, 除了…, …倒是不缺, a
comparison, a question, another item mentioned only as the situation), 5 offer titles and 3 each for
finance, employment and consumption, 9 filers, 9 situations and 12 donors. Units that need converting:
mass 斤 / 市斤 / 公斤 / 千克 / kg / Kg / ＫＧ / 「 公斤 」 and KG, bags of a stated size (10, 25, 40 and 50 kg, some
unit names with full-width digits) and 吨; count multiples (打 = 12, 副 = 2 支, 套 = 2 件, 提 = 6 包, 包 = 10 片,
箱 = 80 片, 盒 = 50 片, 盒 = 5 支, 包 = 20 本, 箱 = 48 块, 箱 = 30 枚, 千片 / 千块 = 1000); volume 升 / L with 桶 = 5 or 18
升 and 瓶 = 1.25 升; 立方米 / 方 / 吨 (of water) and 车 = 10 方; area 平方米 / ㎡ / 平米 and 亩 / 公顷 = 15 亩; length 米 / 公里
and 卷 = 100 米; money 元 / 块 / 万元; 15 % of the mass-item offers come in 蛇皮袋 of unknown weight (not
comparable). Every size is exact in binary floating point (no 两 or 毫升). Its item and group names are
deliberately left out here. ``check_blind23`` checks it against tune … blind22 only, never the lexicon;
the lead evaluates it once; never tune on it.

``blind24`` (seed 242424) was written on 2026-12-01 for issue 13 by an engineer who opened none of
matching/, docs/matching.md, tests/ or any part's records and never ran the matcher, in the voice of the
platform's 微心愿 and 公益项目 side: wish cards and help requests from 深度贫困地区 (三区三州: 凉山, 怒江, 临夏,
南疆, 藏区) for boarding-school children, left-behind elders, people with disabilities and the chronically
ill, in the first person by the child or the elder or by a teacher, a 驻村第一书记 or a 双语 cadre writing for
them in short, sometimes stiff Chinese; offers are 公益项目, 爱心包裹 and 认领心愿 posts of foundations,
志愿者协会, 爱心企业 and single donors, many of them named projects that cover several wishes. 111 items of
all 11 categories (13 living, 13 medical, 13 education, 8 housing, 9 relocation, 13 production, 12
consumption, 11 employment, 7 infrastructure, 6 finance, 6 other; 15 of kind "service", 6 of kind
"cash"), each under 3 need names and 2 offer names in the voice's everyday, colloquial, regional and
trade words; 34 broader offers under names of their own covering 2-5 items each; 7 need titles, 8 need
descriptions, 16 negations and past mentions, each a different construction (given out before by the
school, the county or the clinic, an elder sibling's still wearable, a parent's or grandparent's "no need
to buy", someone else already bought it, solved, enough, except-X, a child's and an old person's own
refusal, handed down, "this one not, I want Y"), and 31 offer titles in 9 lists. Units that need
converting: mass 斤 / 市斤 / 公斤 / kg / Kg / 千克 / 「 公斤」; packs the catalogue fixes (罐 and 包 of 0.25 kg,
袋 of 25 kg, 桶 of 5 升, 包 of 10 pieces, 盒 of 5, 板 of 6, 套 of 6, 对 of 2 animals, 卷 of 500 米); volume 升 / L;
area 平方米 / ㎡ / 平米; 立方米 / 方 / m³; persons 人 / 名 / 人次; money 元 / 万元. Every size is exact in binary
floating point (no 两 or 毫升), and 15 % of the mass-item offers come in 包裹 of unknown weight (not
comparable). Which items and names it holds is left out here (the lead evaluates it once and must not
learn them). ``check_blind24`` checks it against tune … blind22 only, never the lexicon; never tune on it.

``blind25`` (seed 252525) was written on 2026-12-01 for issue 13 by an engineer who opened none of
matching/, docs/matching.md, tests/ or any part's records and never ran the matcher, in the voice of a third
reviewer testing the platform before it goes live (his own phrasing and everyday words, neither blind23's
nor blind24's): the set the issue itself describes, the matcher's three error kinds in about equal shares.
Needs are typed on a phone by households of all ages and regions (short, casual, now and then without
punctuation), written up by a 帮扶责任人 after a home visit, or filed by a 村委会 for the village; offers are
posted by enterprises, 社会组织, single donors and the eastern paired provinces' 协作 teams. 110 everyday items
of all 11 categories (12 living, 12 medical, 11 education, 9 housing, 9 relocation, 14 production, 11
consumption, 9 employment, 9 infrastructure, 7 finance, 7 other; 12 of kind "service", 7 of kind "cash"),
each under 2-3 need names and 2 offer names that are often different words for one thing (everyday vs shop,
catalogue or 学名 words, a brand used as a generic, abbreviations, regional words); 29 broader offers under
names of their own covering 2-7 items each; 8 need titles, 7 need descriptions, 16 negations and past
mentions, each a different construction (received before, solved, enough, still usable, promised by
someone else, declined, except-X, a mention only as situation, in a question, in a comparison, in a
conditional, in reported speech, a child's and an old person's own refusal, bought by a relative, approved
before), and 26 offer titles in 8 lists. Units that need converting: mass 斤 / 市斤 / 公斤 / 千克 / kg / Ｋｇ /
「KG 」 / 「 公斤」 and 吨 = 1000 kg; packs the catalogue fixes (袋 of 2, 40 and 50 kg, 桶 of 20 kg, 卷 of 12.5 kg, 瓶 of
0.5 kg; 桶 of 5 升 and 瓶 of 2.5 升; 盒 of 10 and 50, 包 of 10, 提 of 10, 盘 of 30, 套 of 8, 千片 = 1000; 卷
of 100 米, 公里 = 1000 米, 车 = 8 方); count multiples 打 = 12 双 / 副 / 支, 双 = 副, 副 = 对 (one pair of a thing that
comes in pairs) and 对 = 2 animals, 套 = 2 件; volume 升 / L / 公升; 方 / 立方米 / m³; area 平方米 / ㎡ / 平米 / 平方
and 亩 / 公顷 = 15 亩; persons 人 / 名 / 个人 / 位; money 元 / 块 / 千元 / 万. Every size is exact in binary floating
point (no 两 or 毫升), and 15 % of the mass-item offers come in 背篓 of unknown weight (not comparable). Which
items and names it holds is left out here (the lead evaluates it once and must not learn them).
``check_blind25`` checks it against tune … blind24 only, never the lexicon; never tune on it.
``blind26`` (seed 262626) was written on 2026-12-01 for issue 13 by an engineer who opened none of
matching/, the lexicon, docs/matching.md, tests/ or any part's records, in the voice of 产业扶贫, 就业扶贫
and 消费扶贫 as the people in them write: needs from 种养大户, 专业合作社, 扶贫车间, 致富带头人, 脱贫户
starting a business and 村集体经济 naming inputs by variety, trade name and grade, young animals, small
machines, facility materials, a 工种's course or 证书, 岗位, packaging, freight and shop services, loans,
insurance and grants; negations as producers say them (supplied centrally by the cooperative, enough until
next year, tried last year and failed, already approved, on a supplier's credit, an old member's own
refusal ...); offers from 龙头企业, 农资公司, 电商平台, 培训学校, banks, insurers and eastern 协作 programmes
with 型号 / 规格 / 含量 / 等级 in their names. 111 items over all 11 categories (kinds goods / service /
cash), 26 broader programmes covering 2-9 items each, 7 need titles, 7 need descriptions, 17 negation
templates, offer titles (general and for 7 categories); units that need converting: 斤 / 市斤 / 公斤 /
kg / Kg / 千克, per-item packs and measures (袋 of 20 / 25 / 40 公斤, 吨, 桶 of 20 公斤, 瓶 of 0.25 / 0.5 升 and 桶 of 5 / 20
升, 箱 = 100 羽, 万尾 / 万株, 盘 = 72 株, 板 = 30 枚, 打, 盒, 包, 捆, 套, 卷 of 100 / 500 米, 公里,
公顷 = 15 亩, 期 = 40 人), 平方米 / ㎡ / 平米, 升 / L, 元 / 万元, and 15 % of the mass-item offers in 车皮 (not
comparable); every size exact in binary floating point. Which items and names it holds is left out here
(the lead evaluates it once and must not learn them). ``check_blind26`` checks it against tune … blind24
only, never the lexicon; never tune on it.

``blind27`` (seed 270270; written 2026-12-02 by an engineer who opened none of matching/, search/data/,
docs/matching.md, tests/ or any part's records) is in the voice of the 县 / 乡镇扶贫办 clerk, the 驻村第一书记 and
the 帮扶责任人 entering needs in bulk from their Excel 台账: terse official fragments (「品名：…；规格：…」,
numbered fields, 该户 / 户主, 建档立卡 causes such as 因病 / 因残 / 缺技术 / 缺劳力), negations in the official
register, and offers written as procurement lines of 定点帮扶单位, 国企, 工会, 东西部协作 and 慈善总会 with
broader offers named as 帮扶项目 or 物资清单. 98 items over all 11 categories, 23 broader offers, 7 need
titles, 7 need descriptions, 16 negation templates; units that need converting are mass in 斤 / 市斤 / 公斤 /
kg / KG / Kg / ｋｇ / 千克, packs of fixed size (袋, 箱, 瓶, 桶, 盒, 包, 吨, 千片, 卷, 幅, 期), volume, area, length
(米 / 延米 / 公里) and 元 / 万元, with 15 % of the mass-item offers in 件 of unknown weight.

``blind28`` (seed 282828) was written on 2026-12-02 the same way, by an engineer who opened none of those (nor
the tests, nor any part's records or other parts' item lists, nor ran the matcher), in the voice of households
resettled by 易地扶贫搬迁 into an 安置点 and of households in minority areas (彝区, 藏区, 南疆, 苗岭) writing 普通话 as a second
language or through a 双语干部 / 村里的翻译: short simple sentences, unusual word order, a measure word or particle
missing or doubled, things described by their use when the name is not known, local and ethnic names next to
standard ones; the new flat's furniture, kitchen, bedding and heating, 牲畜 and grazing, 慢病 medicines and 辅具, 学前
/ 双语 education, work at the 安置点's 扶贫车间 and 后续扶持. Offers from 对口援疆 / 援藏 / 东西部协作 provinces, the 安置点 社区,
enterprises and 公益组织 in standard catalogue Mandarin. 105 items of all 11 categories, 23 broader offers, 7 need
titles, 7 need descriptions, 15 negations and past mentions (each a different construction), offer titles per
category; units that need converting: mass 斤 / 市斤 / 公斤 / kg / 千克, packs and multiples the catalogue fixes (袋
of 2.5 / 25 kg, 吨, 瓶 of 0.5 kg, 箱 of 5 kg, 桶 of 5 升, 盒 of 50 / 36, 套 of 10, 箱 of 12 / 20, 件 of 10, 卷 of 100 米,
捆 of 50, 摞 of 10, 对 of 2, 双 = 2 只), volume, area, 亩 / 公顷 (= 15 亩) and money; mass-item offers in 口袋 are not
comparable. Its item names are deliberately left out here. ``check_blind28`` checks it against tune … blind26
only, never the lexicon. The lead evaluates it once; never tune on it.

``blind29`` (seed 292929) was written on 2026-12-02 for issue 13 by an engineer who opened none of matching/,
search/data/, docs/matching.md, tests/ or any part's records (of this module only the generic code and the blind17
block), in the voice of sons, daughters and grandchildren working away (factories, building sites, deliveries) who
post from their phones for parents, grandparents and 留守 children at home: internet speech, things named as online
shops and brands name them, city words mixed with village words, and offers written as product listings by
platforms, brands, couriers, livestream hosts and shop owners. 116 items of all 11 categories (98 goods, 11
services, 7 cash), 3 need names and 2 offer names each, 30 broader offers covering 2-7 items, 7 need titles, 7 need
descriptions, 17 negations and past mentions (each a different construction); units that need converting: 斤 / 市斤
/ 公斤 / kg / KG / Kg / 千克, weighed items in packs of a fixed size, count multiples, 升 / L and a 5-升 桶, areas,
元 / 块 / 万元, and 15 % of the mass-item offers in 箱 of unknown weight. Its item names are deliberately left out
here. ``check_blind29`` checks it against tune … blind28 only, never the lexicon. The lead evaluates it once;
never tune on it.

``blind30`` (seed 303030) was written on 2026-12-02 for issue 13 by an engineer who opened none of matching/,
search/data/, docs/matching.md, tests/ or any part's records (of this file only its generic code and the
blind17 block), in the voice of case work: social workers of 社会工作服务站 and 社会组织, volunteers and
慈善超市 staff writing needs as case records (服务对象 / 需求评估 / 服务计划 / 转介; 链接资源, 探访, 喘息服务,
生计发展, 兜底, 增能; 留守老人, 困境儿童, 残疾人 and 重病患者 as clients) with negations and past mentions in
the case-note register, and offers from 基金会 programmes, 慈善超市, 公益众筹 projects, 志愿服务队, 红十字会
and 慈善总会 under project-style titles. 117 items over all 11 categories (living 15, consumption 14, housing
12, medical 11, production 10, other 10, education, relocation, employment, infrastructure and finance 9 each;
79 goods, 29 service, 9 cash), each under 3 need names and 2 offer names; 30 broader offers under names of
their own covering 2-7 items each; 7 need titles, 7 need descriptions, 16 negations and past mentions (each a
different construction) and offer titles per category. Units that need converting: mass in 斤 / 市斤 / 公斤 /
kg / KG / 千克 (15 weighed items) and bags or boxes whose size the unit itself states (500 克, 10 斤, 20 and
25 公斤); count multiples stated in the unit (packs and boxes of 10, boxes of 30, sets of 10 books, bundles of
100 seedlings, a course of 10 sessions, a term of 16 lessons, a month of 30 meals, a visit of 2 hours, rolls
of 30 米, strips of 2 米); volume (升 / L, drums of 2.5 and 5 升); area (平方米 / ㎡ / 平米); money (元 /
万元); and 15 % of the mass-item offers in 援助包 (a relief pack of unknown weight, not comparable). Every
size is exact in binary floating point (no 两 or 毫升). Its item and group names are deliberately left out
here. ``check_blind30`` checks it against the catalogues, groups and negation templates of tune … blind28
only, never the lexicon; the lead evaluates it once. Never tune on it.

``blind31`` (seed 313131) was written on 2026-12-02 for issue 13 by an engineer who opened none of matching/,
search/data/, docs/matching.md, tests/ or any part's records and never ran the matcher (the generic code of
this module and the blind17 block were the model), in the voice of older villagers (留守老人, 五保户, 残疾人 and
their carers, many of whom do not read or write well) who speak their needs into a phone and send what WeChat's
语音转文字 or a 输入法's voice input typed, or have a grandchild or neighbour type it word for word: spoken order
and run-on sentences with little or wrong punctuation, fillers and repairs, repetitions, numbers as speech input
writes them, everyday, regional and reduplicated spoken names beside standard ones, a few homophone slips in
ordinary words and, for fewer than one item in ten, one item name in a form voice input really produces.
Offers come from 老乡会 / 同乡会, 商会, 邻村的能人, 爱心车队, temple and church charity groups and single donors
in plain written Chinese under shop and donor names. 121 items over all 11 categories (living 19, medical 17,
housing 12, production 11, consumption 11, education 10, relocation 10, infrastructure 9, employment 8,
finance 7, other 7; 94 goods, 20 service, 7 cash), each under 3 need names and 2 offer names; 27 broader
offers under names of their own covering 2-10 items each; 8 need titles, 8 need descriptions, 16 negations and
past mentions (every one a different spoken construction) and 23 offer titles over 7 category voices. Units
that need converting: mass in 斤 / 市斤 / 公斤 / kg / Kg / 千克 (14 weighed items) and, for 6 more, 吨 or sacks,
bags and bundles whose weight the unit states (25 and 50 公斤, 2.5 公斤, 0.5 公斤); count multiples stated in
the unit (trays of 30, boxes of 100, packs of 10 and 20, boxes of 10, thousands, a month of 30 portions);
length (米, rolls of 100 米, sections of 4 米, panels of 2 米, 公里); volume (升 / L, drums of 5 升); area
(平方米 / ㎡ / 平米 / 平方, 亩); money (元 / 块 / 千元 / 万元); and 15 % of the mass-item offers in 慰问包 (a gift
pack of unknown weight, not comparable). Every size is exact in binary floating point (no 两 or 毫升). Its
item and group names are deliberately left out here. ``check_blind31`` checks it against the catalogues,
groups and negation templates of tune … blind30 only, never the lexicon; the lead evaluates it once. Never
tune on it.

``blind32`` (seed 323232) was written on 2026-12-02 for issue 13 by an engineer who opened none of matching/,
search/data/, docs/matching.md, tests/ or any part's records, and never ran the matcher, in the voice of rural
school teachers (班主任, 乡村教师, 特岗教师, 校长, 支教老师) writing 家访记录 and 情况说明 after 家访 and 控辍保学
visits, for their pupils' families and for the school, with offers from education foundations, 希望工程,
alumni associations, companies' 助学 programmes, a library, a publisher and partner city schools under
programme and catalogue names: 142 items over all 11 categories, 26 broader offers, 8 need titles, 7 need
descriptions and 15 negations and past mentions, each a different construction; units that need converting
are mass (斤 / 市斤 / 公斤 / kg / 千克), packs and measures of sizes the catalogue fixes (袋, 包, 吨, 箱, 板, 打,
盒, 套, 卷, 万株, 千片, 桶), volume, area, length, money and persons, and 15 % of the weighed-item offers are in
爱心箱 (unknown weight). ``check_blind32`` checks it against tune … blind30 only, never the lexicon; the lead
evaluates it once. Never tune on it.

``blind33`` (seed 333333) was written on 2026-12-02 for issue 13 by an engineer who opened none of matching/,
search/data/, docs/matching.md, tests/ or any part's records, in the voice of village WeChat groups: the
网格员, 村会计 or 村支书 collects needs by 接龙 and households answer in the group (接龙 headers and numbered
lines, @ mentions, emoji codes written as text, 同上 / +1 / 收到, people named with their 组 / 屯 / 湾), with
the group's own negations and past mentions (registered before and collected, withdrawn, 同上 with an
exception, given by a relative, solved, enough, a child's or an old person's refusal, a line written for a
neighbour); offers are short posts of the 供销社, the 电商服务站 / 快递驿站, a shop owner, 乡贤, the 驻村工作队,
the 卫生院 and employers under a shop's or supplier's names. 106 items of all 11 categories (87 goods, 12
services, 7 cash) under 2-3 colloquial need names and 2 trade names each, 27 broader offers, 7 need titles,
7 need descriptions, 15 negation templates, offer titles of their own for 6 categories; units that need
converting are mass (斤 / 市斤 / 公斤 / kg / 千克), packs and measures of sizes the catalogue fixes (袋, 包,
吨, 卷, 桶, 壶, 瓶, 罐, 板, 箱, 打, 提, 盒, 套, 千片, 千株, 盘, 车, 公里), volume (升 / L), area (平方米 / 平米 /
㎡ / 个平方), sand in 方 / 立方, money (元 / 块 / 千元 / 万元) and persons, and 15 % of the weighed-item
offers are in 兜 (unknown weight). ``check_blind33`` checks it against tune … blind32 only, never the
lexicon; the lead evaluates it once. Never tune on it.

``blind34`` (seed 343434) was written on 2026-12-02 by an engineer of round 20 who opened none of matching/,
search/data/, docs/matching.md, tests/ or any part's records and never ran the matcher, in the voice of the
county 融媒体中心, the township 公众号 and the local newspaper: needs told in news and feature stories by
记者 and 通讯员 (third person, a place and a person introduced, the need often in a quoted sentence of the
household's own, 「据了解」「记者走访发现」), negations and past mentions in news register, and offers as the
press releases of donation ceremonies and 公益 activities by enterprises, 商会, foundations, 定点帮扶单位 and
东西部协作 partners, naming things by catalogue and formal names, a brand or a model now and then. 119 items
over all 11 categories (96 goods, 17 service, 6 cash), 30 broader offers under names of their own, 7 need
titles, 7 need descriptions, 16 negations and past mentions (every one a different construction), offer
titles of their own for 7 categories. Units that need converting are mass (斤 / 市斤 / 公斤 / kg / KG / 千克),
bags, tonnes and boxes of a fixed weight, counts in multiples (boxes, packs, sets, cases, rolls, 万棒, 万尾),
volume (升 / L, drums), area (平方米 / ㎡ / 平米, rolls), length (米, 公里), 立方米 / 方 / m³, money (元 / 块 /
万元), and 15 % of the weighed items' offers in 物资包 (unknown weight). Its item and group names are left out
of this docstring on purpose. ``check_blind34`` checks it against tune … blind32 only; the lead evaluates it
once. Never tune on it.

``blind35`` (seed 353535) was written on 2026-12-02 by an engineer of round 21 who opened none of matching/,
search/, docs/, tests/, bench/eval/, bench/eval_items/ or README.md and never ran the matcher, in the voice of
the 入户调查问卷 and 访谈记录: needs as 大学生 "三下乡" volunteers, 乡村振兴 survey teams and 监测排查 visitors
write them down (question-and-answer lines, checkboxes written as text, the household's answer verbatim in its
own spoken and regional words, the 访谈员's bracketed notes), negations and past mentions as a questionnaire
has them (ticked boxes, answered follow-up questions, a crossed-out answer, registered and solved in the last
round), and offers in traditional characters throughout, as 港澳台同胞, 海外侨胞, 侨联, 台商协会, 同鄉會 and Hong
Kong charities announce them, naming things with Taiwan, Hong Kong and overseas words, a brand or a size now
and then. 116 items over all 11 categories (95 goods, 15 service, 6 cash), 31 broader offers under names of
their own, 7 need titles, 8 need descriptions, 17 negations and past mentions (every one a different
construction), offer titles of their own for 7 categories. Units that need converting are mass (斤 / 市斤 /
公斤 / 千克 / kg / Kg), bags and packs of a fixed weight, tonnes written 噸, count units written in both scripts
(個 / 个, 隻 / 只, 張 / 张, …), counts in multiples (boxes, packs, dozens, cases, rolls), volume (升 / 公升,
bottles, drums), area (平方米 / 平方公尺 / ㎡, rolls), length (米 / 公尺 / 公里, rolls), money (元 / 块 / 萬元), and
15 % of the weighed items' offers in 福袋 (unknown weight). Its item and group names are left out of this
docstring on purpose. ``check_blind35`` checks it against tune … blind34 only; the lead evaluates it once.
Never tune on it.

``blind36`` (seed 363636) was written on 2026-12-02 by an engineer of round 21 who opened none of matching/,
search/, docs/, tests/, README.md or any part's records and never ran the matcher, in the voice of citizens
writing to officials and of young donors posting online: needs are letters to the 县长信箱 / 书记信箱, 领导留言板
messages and 12345 hotline 工单 (by the household, a child working away for old parents, or the operator
summing up a call: 「尊敬的县长：您好！…恳请领导帮忙解决…」「来电人反映：…诉求：…」), formal petition phrases
around plain and regional words for things; negations and past mentions in the register of the 办理回复, the
回访 and the follow-up message (delivered, covered by a scheme, answered before, closed, except-X, not needed,
retracted, withdrawn, solved on a return call …); offers are young individuals' and small groups' 小红书 / 朋友圈
/ 闲鱼-style 转赠 posts and 大学生 社团, 志愿者 team and small online shops' 公益 giveaways in internet language
(🆓, hashtags, 「宝子们」「已消毒」「九成新」「同城自提」), naming things by brand, size and model number. 110
items over all 11 categories (90 goods, 15 service, 5 cash), 33 broader offers under names of their own, 7
need titles, 7 need descriptions, 17 negations and past mentions (every one a different construction), offer
titles of their own for 9 categories. Units that need converting are mass (斤 / 市斤 / 公斤 / kg / Kg / 千克),
bags, packs and tonnes of a fixed weight, counts in multiples (boxes, packs, dozens, pairs, 千块, rolls),
volume (升 / L, drums), area (平方米 / 平米 / ㎡ / 平方), length (米, 公里), money (元 / 块 / 万元) and persons,
and 15 % of the weighed items' offers in 福袋 (unknown weight). Its item and group names are left out of this
docstring on purpose. ``check_blind36`` checks it against tune … blind34 only (not blind35, written at the
same time); the lead evaluates it once. Never tune on it.

``blind37`` (seed 373737) was written on 2026-12-02 by an engineer of round 22 who opened none of matching/,
search/, docs/, tests/, app/, README.md, bench/eval*/ or any part's records and never ran the matcher, in the
voice of the health system's records of a household: needs are 家庭医生签约 随访记录, 村医 and 乡镇卫生院 notes
and 残联 辅具适配评估表 entries written as field lines (「随访日期：… 主诉：… 评估：… 需：…」, S/O/A/P notes) in
medical and social-work shorthand (高血压Ⅱ级, 卧床, 行动不便, 独居, 五保), items named as a nurse or a village
doctor names them, other items mentioned in passing with their status (已配 / 在用, delivered at the last visit,
broken and being repaired, 医保已报销, refused and signed, borrowed, 销号, claimed by a charity …); offers are
公益众筹 / 网络募捐 project pages (「项目名称：…｜执行机构：…｜物资清单：…｜受益人群：…」, 筹款目标, 99公益日
slogans) naming things as a procurement list does (model numbers, specifications, 套装, pack sizes). 109 items
over all 11 categories (living 13, medical 21, education 10, housing 10, relocation 7, production 11,
consumption 8, infrastructure 8, employment 7, finance 6, other 8; 86 goods, 17 service, 6 cash), 30 broader
offers under names of their own, 7 need titles, 7 need descriptions, 18 negations and past mentions (every one
a different construction), offer titles of their own for 8 categories, 「规格：…」 lines for a few aids. Units
that need converting are mass (斤 / 市斤 / 公斤 / kg / Kg / 千克), bags of a fixed weight (5, 40 and 50 kg) and
tonnes, counts in multiples (boxes and bottles of 10, 12, 30 and 50, packs of 10 and 20, cases of 6 and 80, pairs, trays
of 72, 千块 and 万块), volume (升 / L, drums of 5 升), length (米, 公里), money (元 / 块 / 万元), persons (人 / 名 /
例), and 15 % of the weighed items' offers in 健康包 (unknown weight). Its item and group names are left out of
this docstring on purpose. ``check_blind37`` checks it against tune … blind36 only; the lead evaluates it
once. Never tune on it.

``blind38`` (seed 383838) was written on 2026-12-02 by an engineer of round 22 who opened none of matching/,
search/, docs/, tests/, app/ or README.md, read no part's records and never ran the matcher, in the voice of
village meetings and of the village's people who made good elsewhere: needs are the 会议纪要 of a 村民代表大会,
院坝会 or 屋场会 (time, place and who attended, several speakers 「张组长提出…」「李大爷说…」, an item proposed,
argued over, voted on, postponed or agreed, 「经研究」「拟」「同意」「暂缓」「报镇里」), the item under the villagers'
everyday and regional words; negations and past mentions as minutes record them (not listed, postponed, voted
down, withdrawn, borrowed, mended, covered before, a corrected entry, a repeat application closed …); offers
are the letters and notices of 商会, 乡贤, 在外老板 and 同乡会 to their 桑梓 in a formal, semi-classical register
(「兹有…谨捐…」「聊表寸心」「特此函告」「敬请笑纳」, a couplet or four-character phrases now and then), naming
things formally or by old and literary names (锦衾 for a quilt, 玉蜀黍 for maize). 112 items over all 11
categories (91 goods, 15 service, 6 cash), 33 broader offers under names of their own, 7 need titles, 8 need
descriptions, 18 negations and past mentions (every one a different construction), offer titles of their own
for 8 categories. Units that need converting are mass (斤 / 市斤 / 公斤 / 千克 / kg / Kg), bags, bundles, bottles,
drums, rolls and tonnes of a fixed weight, counts in multiples (boxes, packs, dozens, pairs, 千块, 万片, 万株),
volume (升 / L, drums), area (平方米 / ㎡ / 平方), length (米, 公里), timber in 立方米 / 方, money (元 / 块 / 万元)
and persons, and 15 % of the weighed items' offers in 挑 (a carrying-pole load of unknown weight). Its other
item and group names are left out of this docstring on purpose. ``check_blind38`` checks it against tune …
blind36 only (not blind37, written at the same time); the lead evaluates it once. Never tune on it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TODAY = dt.date(2026, 11, 28)
OUT = Path(__file__).resolve().parent / "eval_items"

# Mass units as people type them, with their size in kg.
MASS = [("斤", 0.5), ("公斤", 1.0), ("千克", 1.0), ("kg", 1.0), ("ＫＧ", 1.0), (" 公斤 ", 1.0), ("市斤", 0.5)]

# Hidden catalogue: key, category, kind, need names, offer names, count unit variants (None = mass),
# need quantity range, group (items of one group are "another item" of the same family).
CATALOGUE = [
    ("quilt", "living", "goods", ["棉被", "被子", "厚被子", "棉絮"], ["棉被", "冬被", "被子"], ["床", "条", "床 "], (2, 5)),
    ("coat", "living", "goods", ["棉衣", "棉袄", "厚棉衣"], ["棉衣", "棉服", "棉大衣"], ["件", "件 "], (2, 6)),
    ("down", "living", "goods", ["羽绒服", "羽绒袄"], ["羽绒服"], ["件"], (1, 4)),
    ("shoes", "living", "goods", ["棉鞋", "保暖鞋", "冬鞋"], ["棉鞋", "雪地靴"], ["双"], (2, 6)),
    ("blanket", "living", "goods", ["电热毯", "电褥子"], ["电热毯"], ["条", "张"], (1, 3)),
    ("stove", "living", "goods", ["取暖炉", "烤火炉", "火炉"], ["取暖器", "取暖炉"], ["台", "个"], (1, 2)),
    ("rice", "living", "goods", ["大米", "稻米"], ["大米", "香米"], None, (20, 100)),
    ("oil", "living", "goods", ["食用油", "菜籽油"], ["食用油", "花生油"], ["桶"], (2, 6)),
    ("washer", "living", "goods", ["洗衣机"], ["洗衣机", "全自动洗衣机"], ["台"], (1, 1)),
    ("wheelchair", "medical", "goods", ["轮椅", "代步车", "折叠轮椅"], ["轮椅", "手动轮椅"], ["辆", "台"], (1, 1)),
    ("glasses", "medical", "goods", ["老花镜", "老光镜", "花镜"], ["老花镜", "眼镜"], ["副"], (1, 3)),
    ("hearing", "medical", "goods", ["助听器", "耳背机"], ["助听器"], ["副", "个"], (1, 2)),
    ("bp", "medical", "goods", ["血压计", "电子血压计", "量血压的"], ["电子血压计", "血压计"], ["台"], (1, 1)),
    ("crutch", "medical", "goods", ["拐杖", "拐棍", "手杖"], ["拐杖"], ["根", "副"], (1, 2)),
    ("bag", "education", "goods", ["书包", "双肩包"], ["书包"], ["个"], (1, 3)),
    ("pencil", "education", "goods", ["铅笔"], ["铅笔"], ["支"], (10, 40)),
    ("notebook", "education", "goods", ["作业本", "练习本", "本子"], ["作业本", "练习本"], ["本"], (10, 40)),
    ("lamp", "education", "goods", ["台灯", "护眼台灯"], ["护眼台灯"], ["个", "盏"], (1, 2)),
    ("desk", "education", "goods", ["书桌", "学习桌", "课桌椅"], ["学习桌椅", "课桌椅"], ["套", "张"], (1, 2)),
    ("lamb", "production", "goods", ["羔羊", "小羊", "羊羔", "羊崽"], ["羔羊", "小羊"], ["只", "头"], (2, 10)),
    ("piglet", "production", "goods", ["仔猪", "猪仔", "小猪", "猪崽"], ["仔猪", "猪苗"], ["头"], (2, 8)),
    ("chick", "production", "goods", ["鸡苗", "小鸡", "鸡仔"], ["鸡苗", "雏鸡"], ["只", "羽"], (50, 300)),
    ("tricycle", "production", "goods", ["农用三轮", "三轮车", "电动三轮车", "三蹦子"], ["电动三轮车", "农用三轮车"], ["辆", "台"], (1, 1)),
    ("tiller", "production", "goods", ["微耕机", "旋耕机", "耕地机"], ["微耕机"], ["台"], (1, 1)),
    ("fertilizer", "production", "goods", ["化肥", "复合肥", "尿素"], ["化肥", "复合肥"], None, (100, 500)),
    ("seed_potato", "production", "goods", ["土豆种", "种薯", "洋芋种"], ["马铃薯种薯"], None, (200, 1000)),
    ("walnuts", "consumption", "goods", ["核桃", "薄皮核桃"], ["核桃", "纸皮核桃"], None, (200, 2000)),
    ("pepper", "consumption", "goods", ["花椒", "大红袍花椒", "麻椒"], ["花椒"], None, (50, 500)),
    ("potato", "consumption", "goods", ["土豆", "马铃薯", "洋芋"], ["土豆", "马铃薯"], None, (1000, 8000)),
    ("honey", "consumption", "goods", ["蜂蜜", "土蜂蜜", "蜂糖"], ["土蜂蜜"], None, (50, 300)),
    ("sweet_potato", "consumption", "goods", ["红薯", "地瓜", "红苕"], ["红薯"], None, (500, 4000)),
    ("eggs", "consumption", "goods", ["土鸡蛋", "笨鸡蛋", "草鸡蛋"], ["土鸡蛋"], ["枚", "个"], (300, 3000)),
    ("bed", "relocation", "goods", ["床", "木床", "床铺"], ["床", "双人床"], ["张"], (1, 3)),
    ("wardrobe", "relocation", "goods", ["衣柜", "大衣柜", "衣橱"], ["衣柜"], ["个", "组"], (1, 2)),
    ("window", "housing", "goods", ["门窗", "窗户"], ["门窗"], ["套", "扇"], (2, 6)),
    ("cement", "housing", "goods", ["水泥", "洋灰"], ["水泥"], ["吨"], (2, 10)),
    ("phone", "other", "goods", ["智能手机", "老人机", "手机"], ["智能手机"], ["部"], (1, 2)),
]
# Offers naming a broader item that covers several catalogue items.
BROAD = [
    ("stationery", "education", ["学习用品", "文具"], ["bag", "pencil", "notebook"], ["套"]),
    ("winter", "living", ["冬衣", "过冬衣物", "冬装"], ["coat", "down"], ["件"]),
    ("livestock", "production", ["畜禽", "牲畜"], ["lamb", "piglet", "chick"], ["只", "头"]),
]
BY_KEY = {c[0]: c for c in CATALOGUE}

# The "unseen" part: the same hidden items under colloquial and regional names that are NOT in the
# lexicon (checked when the set is written: the lexicon extracts no concept from any of them), as
# people write them in 扶贫 need lists and village notices (北方 被卧/棉猴/毛窝/鸡子儿, 西北 清油/芋种,
# 江淮 山芋/红芋/洋山芋, 上海 水门汀, fertiliser trade names 二铵/碳铵). Items without such a name
# are left out. key: (need names, offer names).
UNSEEN = {
    "quilt": (["被窝子", "厚被窝", "被卧"], ["厚被窝", "被卧"]),
    "coat": (["棉猴", "大棉猴", "夹袄"], ["棉猴", "夹袄"]),
    "shoes": (["毛窝", "棉靴", "棉窝"], ["棉靴", "毛窝"]),
    "stove": (["暖炉", "烤火器"], ["暖炉", "烤火器"]),
    "rice": (["白米", "粳米", "籼米"], ["白米", "粳米"]),
    "oil": (["清油"], ["清油"]),
    "hearing": (["助听机", "听力机"], ["助听机"]),
    "bp": (["血压表", "量压计"], ["血压表"]),
    "crutch": (["拄棍", "扶棍", "拄杖"], ["拄杖", "拄棍"]),
    "bag": (["学生包", "书兜"], ["学生包"]),
    "notebook": (["田字格本", "生字本", "方格本"], ["田字格本", "生字本"]),
    "lamp": (["护眼灯", "写字灯", "学习灯"], ["护眼灯", "学习灯"]),
    "desk": (["写字台", "学习台"], ["写字台"]),
    "lamb": (["羊娃", "羊仔", "羔子"], ["羊仔", "羊娃"]),
    "piglet": (["猪娃", "苗猪", "奶猪"], ["苗猪", "猪娃"]),
    "chick": (["鸡娃", "鸡雏", "苗鸡"], ["鸡雏", "苗鸡"]),
    "tricycle": (["电三轮", "蹦蹦车", "三轮摩托"], ["电三轮", "三轮摩托"]),
    "tiller": (["犁地机", "小耕机"], ["犁地机"]),
    "fertilizer": (["二铵", "磷酸二铵", "碳铵"], ["二铵", "碳铵"]),
    "seed_potato": (["薯种", "芋种"], ["薯种"]),
    "walnuts": (["胡桃", "薄壳胡桃"], ["胡桃"]),
    "pepper": (["川椒", "蜀椒"], ["川椒"]),
    "potato": (["洋山芋", "地蛋", "荷兰薯"], ["洋山芋", "荷兰薯"]),
    "honey": (["蜜糖", "土蜜"], ["蜜糖"]),
    "sweet_potato": (["红芋", "山芋", "甘薯"], ["山芋", "甘薯"]),
    "eggs": (["鸡子儿", "柴鸡子"], ["柴鸡子"]),
    "wardrobe": (["立柜", "大立柜"], ["立柜"]),
    "window": (["玻璃窗", "窗框"], ["玻璃窗"]),
    "cement": (["水门汀", "洋泥"], ["水门汀"]),
    "phone": (["老年机", "智能机"], ["老年机", "智能机"]),
}
UNSEEN_BROAD = [
    ("stationery", "education", ["学具", "学习物品"], ["bag", "notebook"], ["套"]),
    ("winter", "living", ["寒衣", "防寒衫"], ["coat"], ["件"]),
    ("livestock", "production", ["禽畜", "养殖苗"], ["lamb", "piglet", "chick"], ["只", "头"]),
]


def _unseen_catalogue():
    """Return CATALOGUE and BROAD with the unseen names, only items that have some."""
    catalogue = [(c[0], c[1], c[2], UNSEEN[c[0]][0], UNSEEN[c[0]][1], c[5], c[6]) for c in CATALOGUE
                 if c[0] in UNSEEN]
    return catalogue, UNSEEN_BROAD


def check_unseen(lexicon=None) -> None:
    """Raise if the lexicon recognises any name of the unseen part (then the part tests nothing)."""
    from matching import default_lexicon

    lex = lexicon or default_lexicon()
    names = {n for need, offer in UNSEEN.values() for n in need + offer}
    names |= {n for _, _, ns, _, _ in UNSEEN_BROAD for n in ns}
    known = sorted(n for n in names if lex.extract(n).concepts)
    if known:
        raise SystemExit(f"the lexicon knows these 'unseen' names: {known}")
# The "blind2" part (written 2026-11-30 before the lexicon was widened, from a list of names a
# set-writer would plausibly use, not from the lexicon): mostly items the other parts do not have,
# each under everyday, colloquial or regional names (some the lexicon may know, most not), its own
# sentence and negation templates and seed. It is a test: report it, never tune on it.
BLIND2_CATALOGUE = [
    ("quilt", "living", "goods", ["铺盖", "棉花被", "被褥", "厚棉被子"], ["新棉被", "加厚被子"], ["床", "条", " 床"], (2, 5)),
    ("coat", "living", "goods", ["大棉袄", "棉袄子", "冬天穿的棉衣"], ["保暖棉服", "棉外套"], ["件"], (2, 6)),
    ("kids_clothes", "living", "goods", ["童装", "小孩衣服", "儿童衣服"], ["儿童服装", "童装"], ["件", "套"], (2, 6)),
    ("rice", "living", "goods", ["白米", "粳米", "稻米", "米"], ["东北大米", "优质大米"], None, (20, 100)),
    ("flour", "living", "goods", ["面粉", "白面", "小麦粉", "麦面"], ["面粉", "富强粉"], None, (20, 100)),
    ("oil", "living", "goods", ["菜油", "调和油", "豆油"], ["食用植物油", "大豆油"], ["桶"], (2, 6)),
    ("fridge", "living", "goods", ["冰箱", "电冰箱", "雪柜"], ["家用冰箱", "双门冰箱"], ["台"], (1, 1)),
    ("tv", "living", "goods", ["电视", "电视机", "彩电"], ["液晶电视", "智能电视"], ["台"], (1, 1)),
    ("heater", "living", "goods", ["电暖气", "小太阳", "电暖器", "烤火器"], ["电取暖器", "暖风机"], ["台", "个"], (1, 2)),
    ("wheelchair", "medical", "goods", ["轮椅车", "残疾人轮椅", "老人轮椅"], ["折叠轮椅", "轮椅"], ["辆", "台"], (1, 1)),
    ("walker", "medical", "goods", ["助行器", "助步器", "老人助行架"], ["助行器"], ["个", "副"], (1, 1)),
    ("bp_meds", "medical", "goods", ["降血压的药", "高血压药", "降压片"], ["降压药"], ["盒"], (2, 10)),
    ("glucometer", "medical", "goods", ["血糖仪", "测血糖的", "血糖测试仪"], ["血糖仪", "家用血糖仪"], ["台", "个"], (1, 1)),
    ("glasses", "medical", "goods", ["老花眼镜", "老光眼镜", "花眼镜"], ["老花镜", "老年人眼镜"], ["副"], (1, 3)),
    ("bag", "education", "goods", ["书包", "书包子", "学生背包"], ["双肩书包", "学生书包"], ["个"], (1, 3)),
    ("pen", "education", "goods", ["水笔", "签字笔", "碳素笔"], ["中性笔", "黑色水笔"], ["支"], (10, 40)),
    ("uniform", "education", "goods", ["校服", "学生校服", "冬季校服"], ["校服"], ["套"], (1, 3)),
    ("dictionary", "education", "goods", ["新华字典", "字典", "小字典"], ["新华字典", "汉语词典"], ["本"], (1, 5)),
    ("piglet", "production", "goods", ["小猪仔", "猪秧子", "小肉猪", "猪苗子"], ["断奶仔猪", "仔猪"], ["头"], (2, 8)),
    ("calf", "production", "goods", ["小牛", "牛犊", "牛犊子", "牛崽"], ["肉牛犊", "犊牛"], ["头"], (1, 3)),
    ("duckling", "production", "goods", ["鸭苗", "小鸭", "雏鸭", "鸭仔"], ["鸭苗"], ["只", "羽"], (50, 300)),
    ("chick", "production", "goods", ["小鸡仔", "鸡娃", "鸡崽", "土鸡苗"], ["鸡苗", "脱温鸡苗"], ["只"], (50, 300)),
    ("ewe", "production", "goods", ["种羊", "母羊", "能繁母羊"], ["种羊"], ["只"], (2, 10)),
    ("fertilizer", "production", "goods", ["化肥", "复合肥料", "化学肥料"], ["复合肥", "化肥"], None, (100, 500)),
    ("corn_seed", "production", "goods", ["玉米种", "苞谷种", "玉米种子", "包谷种子"], ["玉米种子", "杂交玉米种"], None, (10, 50)),
    ("fruit_tree", "production", "goods", ["果树苗", "果苗", "苹果苗"], ["果树苗木", "果树苗"], ["株", "棵"], (50, 300)),
    ("pesticide", "production", "goods", ["农药", "杀虫药", "打虫药"], ["农药", "杀虫剂"], ["瓶", "箱"], (5, 20)),
    ("tiller", "production", "goods", ["小型耕地机", "犁地机", "微耕机"], ["微型耕作机", "微耕机"], ["台"], (1, 1)),
    ("sprayer", "production", "goods", ["喷雾器", "打药机", "电动喷雾器", "喷药桶"], ["农用喷雾器", "喷雾器"], ["台", "个"], (1, 2)),
    ("tricycle", "production", "goods", ["三轮", "电动三轮", "三轮子", "电瓶三轮车"], ["电动三轮车", "农用电动三轮"], ["辆"], (1, 1)),
    ("mushroom", "consumption", "goods", ["香菇", "冬菇", "花菇", "干香菇"], ["香菇", "椴木香菇"], None, (50, 500)),
    ("tea", "consumption", "goods", ["茶叶", "绿茶", "高山茶"], ["茶叶", "明前茶"], None, (20, 200)),
    ("apple", "consumption", "goods", ["苹果", "红富士", "冰糖心苹果"], ["苹果", "红富士苹果"], None, (500, 5000)),
    ("corn", "consumption", "goods", ["玉米", "苞谷", "包谷", "玉蜀黍"], ["玉米", "甜玉米"], None, (500, 5000)),
    ("bed", "relocation", "goods", ["单人床", "铁床", "床"], ["床铺", "实木床"], ["张"], (1, 3)),
    ("table", "relocation", "goods", ["饭桌", "餐桌", "八仙桌"], ["餐桌", "实木餐桌"], ["张"], (1, 2)),
    ("cement", "housing", "goods", ["水泥", "425水泥", "硅酸盐水泥"], ["水泥"], ["吨"], (2, 10)),
    ("tiles", "housing", "goods", ["瓦片", "屋瓦", "青瓦"], ["瓦片", "水泥瓦"], ["块", "片"], (500, 3000)),
    ("bricks", "housing", "goods", ["红砖", "砖头", "空心砖"], ["红砖", "标准砖"], ["块"], (1000, 8000)),
    ("phone", "other", "goods", ["手机", "老年手机", "智能机"], ["智能手机", "手机"], ["部"], (1, 2)),
]
BLIND2_BROAD = [
    ("winter", "living", ["过冬物资", "御寒物资", "防寒物资"], ["quilt", "coat", "heater"], ["件"]),
    ("stationery", "education", ["文具用品", "学习文具", "学生文具"], ["bag", "pen", "dictionary"], ["套"]),
    ("livestock", "production", ["畜禽", "牲畜家禽"], ["piglet", "calf", "duckling", "chick", "ewe"], ["只", "头"]),
    ("appliance", "living", ["家电", "家用电器"], ["fridge", "tv", "heater"], ["台"]),
    ("grain_oil", "living", ["粮油", "米面油"], ["rice", "flour", "oil"], ["份"]),
]
# The "blind3" part (written 2026-11-30 for issue 13's generalisation step, BEFORE the Cilin thesaurus
# was read and before the negation rules were changed): items under everyday names written down from
# usage (暖壶, 胰子, 山药蛋, 半导体, 洋车子, 铁牛 ...), negation phrasings the code did not have
# (「X就不必了」「X已由…捐赠」「X上个月发过」「暂不需要X」), shortage phrasings that must stay requests
# (「X不够用」「一直没有X」「原来的X已经坏了」), mass units in 吨 / Kg / 「kg 」, and offers of mass items
# in 袋 (a count, not comparable with a weight). Report it, never tune on it.
BLIND3_MASS = [("斤", 0.5), ("市斤", 0.5), ("公斤", 1.0), ("千克", 1.0), ("Kg", 1.0), ("ＫＧ", 1.0), ("kg ", 1.0),
               ("吨", 1000.0)]
BLIND3_CATALOGUE = [
    ("quilt", "living", "goods", ["被子", "棉被子", "盖的被子", "被褥"], ["棉被", "冬被"], ["床", "条"], (2, 5)),
    ("coat", "living", "goods", ["棉袄", "棉衣裳", "过冬衣裳", "棉服"], ["冬衣", "棉衣"], ["件", " 件"], (2, 6)),
    ("thermos", "living", "goods", ["暖水瓶", "暖壶", "热水瓶", "暖瓶"], ["保温瓶", "暖水瓶"], ["个", "只"], (1, 3)),
    ("soap", "living", "goods", ["肥皂", "胰子", "洗衣皂"], ["肥皂", "洗衣皂"], ["块", "条"], (5, 20)),
    ("coal", "living", "goods", ["煤", "煤炭", "烤火煤", "取暖煤"], ["煤炭", "无烟煤"], None, (500, 3000)),
    ("fan", "living", "goods", ["电扇", "电风扇", "风扇"], ["电风扇", "落地扇"], ["台"], (1, 2)),
    ("cooker", "living", "goods", ["电饭锅", "电饭煲", "煮饭锅"], ["电饭煲"], ["个", "台"], (1, 1)),
    ("wheelchair", "medical", "goods", ["轮椅", "轮椅子", "手推轮椅"], ["轮椅"], ["辆", "台"], (1, 1)),
    ("crutch", "medical", "goods", ["拐杖", "拐棍儿", "拐棒"], ["手杖", "拐杖"], ["根", "副"], (1, 2)),
    ("glasses", "medical", "goods", ["老花镜", "老花眼镜", "花镜"], ["老花镜"], ["副"], (1, 3)),
    ("diaper", "medical", "goods", ["成人纸尿裤", "老人尿不湿", "尿不湿"], ["成人纸尿裤"], ["包"], (2, 10)),
    ("thermometer", "medical", "goods", ["体温计", "体温表", "温度计"], ["电子体温计"], ["支", "个"], (1, 2)),
    ("bag", "education", "goods", ["书包", "背包", "学生书包"], ["书包"], ["个"], (1, 3)),
    ("pencil_case", "education", "goods", ["文具盒", "铅笔盒", "笔盒"], ["文具盒"], ["个"], (1, 5)),
    ("desk", "education", "goods", ["书桌", "写字桌", "课桌", "学习桌"], ["书桌", "学习桌"], ["张"], (1, 2)),
    ("lamp", "education", "goods", ["台灯", "桌灯"], ["台灯"], ["个", "盏"], (1, 2)),
    ("books", "education", "goods", ["课外书", "课外读物", "图书"], ["儿童图书", "图书"], ["本", "册"], (10, 50)),
    ("lamb", "production", "goods", ["羊羔", "小羊羔", "羊羔子"], ["羔羊"], ["只", "头"], (2, 10)),
    ("calf", "production", "goods", ["牛犊", "小牛犊", "牛娃"], ["牛犊"], ["头"], (1, 3)),
    ("piglet", "production", "goods", ["猪崽", "小猪崽", "猪崽子", "猪娃子"], ["仔猪"], ["头"], (2, 8)),
    ("chick", "production", "goods", ["鸡苗", "小鸡苗", "鸡崽儿"], ["雏鸡"], ["只", "羽"], (50, 300)),
    ("film", "production", "goods", ["地膜", "农膜", "塑料薄膜", "塑料膜"], ["地膜"], None, (50, 300)),
    ("tractor", "production", "goods", ["拖拉机", "手扶拖拉机", "铁牛"], ["拖拉机"], ["台"], (1, 1)),
    ("corn_seed", "production", "goods", ["玉米种子", "苞米种", "棒子种"], ["玉米种子"], None, (10, 50)),
    ("pesticide", "production", "goods", ["农药", "打虫的药", "杀虫药水"], ["农药"], ["瓶"], (5, 20)),
    ("fertilizer", "production", "goods", ["化肥", "肥料", "尿素"], ["复合肥"], None, (100, 500)),
    ("potato", "consumption", "goods", ["土豆", "洋芋", "山药蛋", "马铃薯"], ["土豆", "马铃薯"], None, (1000, 8000)),
    ("sweet_potato", "consumption", "goods", ["红薯", "番薯", "白薯", "红苕"], ["地瓜", "红薯"], None, (500, 4000)),
    ("corn", "consumption", "goods", ["玉米", "苞米", "玉米棒子", "棒子"], ["玉米", "鲜玉米"], None, (500, 5000)),
    ("peanut", "consumption", "goods", ["花生", "花生米", "落花生", "长生果"], ["花生"], None, (200, 2000)),
    ("chili", "consumption", "goods", ["辣椒", "辣子", "海椒", "干辣椒"], ["辣椒"], None, (100, 1000)),
    ("fungus", "consumption", "goods", ["木耳", "黑木耳", "山木耳"], ["黑木耳"], None, (20, 200)),
    ("eggs", "consumption", "goods", ["鸡蛋", "笨鸡蛋", "柴鸡蛋"], ["土鸡蛋"], ["枚", "个"], (300, 3000)),
    ("cement", "housing", "goods", ["水泥", "洋灰"], ["水泥"], None, (2000, 10000)),
    ("tiles", "housing", "goods", ["瓦", "瓦片", "小青瓦"], ["瓦片"], ["块", "片"], (500, 3000)),
    ("steel", "housing", "goods", ["钢筋", "螺纹钢"], ["钢筋"], None, (500, 3000)),
    ("wardrobe", "relocation", "goods", ["衣柜", "衣橱", "柜子"], ["衣柜"], ["个"], (1, 2)),
    ("gas_stove", "relocation", "goods", ["煤气灶", "燃气灶", "灶具"], ["燃气灶"], ["台"], (1, 1)),
    ("table", "relocation", "goods", ["饭桌", "吃饭桌", "桌子"], ["餐桌"], ["张"], (1, 2)),
    ("radio", "other", "goods", ["收音机", "半导体", "戏匣子"], ["收音机"], ["台", "个"], (1, 1)),
    ("bicycle", "other", "goods", ["自行车", "单车", "脚踏车", "洋车子"], ["自行车"], ["辆"], (1, 1)),
]
BLIND3_BROAD = [
    ("winter", "living", ["过冬用品", "御寒衣物", "冬季物资"], ["quilt", "coat", "coal"], ["件"]),
    ("appliance", "living", ["小家电", "家用电器"], ["fan", "cooker"], ["台"]),
    ("stationery", "education", ["学习用具", "文具用品"], ["bag", "pencil_case"], ["套"]),
    ("livestock", "production", ["畜禽种苗", "养殖种苗"], ["lamb", "calf", "piglet", "chick"], ["只", "头"]),
    ("farm_inputs", "production", ["农资", "农用物资"], ["film", "corn_seed", "pesticide", "fertilizer"], ["份"]),
]
# The "blind4" part (written 2026-11-30 for issue 13's round 2, BEFORE Cilin groups became item
# identities of their own): 54 items of 10 categories (not 金融信贷: cash, no item) none of the other parts has (毛巾, 蚊帐, 高压锅, 制氧机, 坐便椅, 橡皮,
# 学习机, 鹅苗, 蜂箱, 鱼苗, 锄头, 小米, 腊肉, 板栗, 沙子, 彩钢瓦, 沙发, 太阳能路灯, 水管, 手电筒 ...), each
# under everyday names written down from rural usage (手巾, 帐子, 压力锅, 擦子, 锄, 谷子米, 熏肉, 毛栗子,
# 黄沙, 铁皮瓦, 碗橱, 电棒, 电驴 ...), items of 基础设施 beside the goods categories, its own sentence,
# negation (「X先不考虑」「X年前刚发的」「X有富余」「X亲戚给买了」「X乡里给送来了」) and shortage templates
# (「X一件都没有」「X还差一些」「家里的X早就用烂了」), mass units 两 / KG / 「千克 」/ ｋｇ, and 15 % of the
# mass-item offers in 箱 (not comparable). Report it, never tune on it.
BLIND4_MASS = [("斤", 0.5), ("公斤", 1.0), ("KG", 1.0), ("千克 ", 1.0), ("ｋｇ", 1.0), ("两", 0.05), ("市斤", 0.5)]
BLIND4_CATALOGUE = [
    ("towel", "living", "goods", ["毛巾", "手巾", "洗脸毛巾"], ["纯棉毛巾", "毛巾"], ["条", "块"], (5, 20)),
    ("sweater", "living", "goods", ["毛衣", "毛线衣", "绒线衫"], ["羊毛衫", "毛衣"], ["件"], (1, 4)),
    ("gloves", "living", "goods", ["手套", "棉手套", "手闷子"], ["保暖手套", "棉手套"], ["副", "双"], (2, 6)),
    ("hat", "living", "goods", ["棉帽", "棉帽子", "火车头帽"], ["保暖帽", "棉帽"], ["顶", "个"], (1, 4)),
    ("pillow", "living", "goods", ["枕头", "枕芯", "荞麦枕头"], ["枕头", "记忆枕"], ["个", "对"], (1, 4)),
    ("net", "living", "goods", ["蚊帐", "帐子", "防蚊帐"], ["蚊帐"], ["顶", "床"], (1, 3)),
    ("basin", "living", "goods", ["脸盆", "洗脸盆", "面盆"], ["塑料脸盆", "脸盆"], ["个"], (1, 4)),
    ("bucket", "living", "goods", ["水桶", "提桶", "塑料桶"], ["水桶", "塑料水桶"], ["个", "只"], (1, 4)),
    ("noodles", "living", "goods", ["挂面", "面条", "干面条"], ["挂面", "鸡蛋挂面"], None, (10, 50)),
    ("pressure", "living", "goods", ["高压锅", "压力锅", "压锅"], ["压力锅", "高压锅"], ["个", "口"], (1, 1)),
    ("boiler", "living", "goods", ["热水器", "太阳能热水器", "烧水器"], ["太阳能热水器"], ["台"], (1, 1)),
    ("mattress", "living", "goods", ["床垫", "棕垫", "床垫子"], ["床垫", "棕床垫"], ["张", "个"], (1, 2)),
    ("oxygen", "medical", "goods", ["制氧机", "吸氧机", "氧气机"], ["家用制氧机", "制氧机"], ["台"], (1, 1)),
    ("mask", "medical", "goods", ["口罩", "医用口罩", "防护口罩"], ["医用口罩", "一次性口罩"], ["盒", "包"], (2, 10)),
    ("bandaid", "medical", "goods", ["创可贴", "邦迪", "止血贴"], ["创可贴"], ["盒"], (1, 5)),
    ("commode", "medical", "goods", ["坐便椅", "座便椅", "移动马桶", "坐便凳"], ["坐便椅", "老人坐便椅"], ["把", "个"], (1, 1)),
    ("nursing_bed", "medical", "goods", ["护理床", "瘫痪病人用的床", "医用护理床"], ["家用护理床", "护理床"], ["张"], (1, 1)),
    ("cold_meds", "medical", "goods", ["感冒药", "治感冒的药", "感冒冲剂"], ["感冒药", "感冒灵颗粒"], ["盒"], (2, 10)),
    ("eraser", "education", "goods", ["橡皮", "橡皮擦", "擦子"], ["橡皮擦", "橡皮"], ["块"], (5, 20)),
    ("crayons", "education", "goods", ["水彩笔", "彩笔", "蜡笔"], ["水彩笔", "彩色笔"], ["盒"], (1, 5)),
    ("computer", "education", "goods", ["电脑", "笔记本电脑", "计算机"], ["台式电脑", "电脑"], ["台"], (1, 1)),
    ("tutor", "education", "goods", ["学习机", "点读机", "早教机"], ["学习机", "点读机"], ["台", "个"], (1, 1)),
    ("ball", "education", "goods", ["篮球", "足球", "体育器材"], ["篮球", "足球"], ["个"], (1, 5)),
    ("fountain", "education", "goods", ["钢笔", "自来水笔"], ["钢笔"], ["支"], (2, 10)),
    ("gosling", "production", "goods", ["鹅苗", "小鹅", "鹅仔", "鹅娃"], ["鹅苗"], ["只", "羽"], (20, 200)),
    ("hive", "production", "goods", ["蜂箱", "蜜蜂箱", "养蜂箱"], ["中蜂蜂箱", "蜂箱"], ["个", "套"], (2, 10)),
    ("rabbit", "production", "goods", ["种兔", "兔子", "小兔", "兔崽"], ["种兔", "肉兔"], ["只"], (5, 30)),
    ("fry", "production", "goods", ["鱼苗", "鱼种", "小鱼苗", "鱼秧子"], ["鲤鱼苗", "鱼苗"], ["尾", "条"], (500, 3000)),
    ("pump", "production", "goods", ["水泵", "抽水机", "潜水泵"], ["抽水泵", "水泵"], ["台"], (1, 1)),
    ("hoe", "production", "goods", ["锄头", "薅锄", "锄"], ["锄头"], ["把"], (2, 6)),
    ("feed", "production", "goods", ["饲料", "猪饲料", "精饲料"], ["饲料", "全价饲料"], None, (200, 1000)),
    ("mulberry", "production", "goods", ["桑苗", "桑树苗", "桑树秧"], ["桑树苗", "桑苗"], ["株", "棵"], (100, 1000)),
    ("thresher", "production", "goods", ["脱粒机", "打谷机", "打场机"], ["脱粒机"], ["台"], (1, 1)),
    ("millet", "consumption", "goods", ["小米", "黄小米", "谷子米"], ["小米", "有机小米"], None, (100, 1000)),
    ("kiwi", "consumption", "goods", ["猕猴桃", "奇异果", "羊桃"], ["猕猴桃", "红心猕猴桃"], None, (200, 2000)),
    ("bacon", "consumption", "goods", ["腊肉", "熏肉", "老腊肉"], ["腊肉", "烟熏腊肉"], None, (50, 500)),
    ("dates", "consumption", "goods", ["红枣", "大枣", "干枣"], ["红枣", "骏枣"], None, (100, 1000)),
    ("buckwheat", "consumption", "goods", ["荞麦", "苦荞", "荞子"], ["苦荞麦", "荞麦"], None, (100, 1000)),
    ("chestnut", "consumption", "goods", ["板栗", "栗子", "毛栗子"], ["板栗", "油栗"], None, (100, 1000)),
    ("sand", "housing", "goods", ["沙子", "河沙", "黄沙"], ["建筑用沙", "河沙"], None, (2000, 10000)),
    ("roof_sheet", "housing", "goods", ["彩钢瓦", "铁皮瓦", "彩钢板"], ["彩钢瓦"], ["张", "块"], (20, 100)),
    ("door", "housing", "goods", ["防盗门", "铁门", "入户门"], ["防盗门"], ["樘", "扇"], (1, 2)),
    ("paint", "housing", "goods", ["涂料", "乳胶漆", "墙漆"], ["乳胶漆", "内墙涂料"], ["桶"], (2, 8)),
    ("sofa", "relocation", "goods", ["沙发", "布沙发", "木沙发"], ["沙发", "三人沙发"], ["套", "组"], (1, 1)),
    ("cupboard", "relocation", "goods", ["碗柜", "碗橱", "橱柜"], ["橱柜", "碗柜"], ["个", "组"], (1, 1)),
    ("chair", "relocation", "goods", ["凳子", "板凳", "椅子"], ["椅子", "实木凳子"], ["把", "张"], (2, 6)),
    ("streetlight", "infrastructure", "goods", ["太阳能路灯", "路灯", "村道路灯"], ["太阳能路灯"], ["盏", "套"], (5, 20)),
    ("pipe", "infrastructure", "goods", ["水管", "自来水管", "引水管"], ["PE水管", "水管"], ["米"], (200, 2000)),
    ("tank", "infrastructure", "goods", ["水箱", "储水罐", "蓄水桶"], ["不锈钢水箱", "储水罐"], ["个"], (1, 3)),
    ("sewing", "employment", "goods", ["缝纫机", "衣车", "电动缝纫机"], ["工业缝纫机", "缝纫机"], ["台"], (1, 2)),
    ("work_boots", "employment", "goods", ["劳保鞋", "解放鞋", "胶鞋"], ["劳保鞋", "防滑胶鞋"], ["双"], (2, 10)),
    ("torch", "other", "goods", ["手电筒", "手电", "电棒"], ["充电手电筒", "手电筒"], ["个", "支"], (1, 3)),
    ("ebike", "other", "goods", ["电动车", "电瓶车", "电驴"], ["电动自行车", "电动车"], ["辆"], (1, 1)),
]
BLIND4_BROAD = [
    ("daily", "living", ["生活日用品", "日用品"], ["towel", "basin", "bucket", "pillow"], ["套"]),
    ("warm", "living", ["保暖用品", "防寒用品"], ["sweater", "gloves", "hat"], ["件"]),
    ("school", "education", ["文教用品", "学生用品"], ["eraser", "crayons", "fountain"], ["套"]),
    ("fry_stock", "production", ["养殖种苗", "水产禽畜苗"], ["gosling", "rabbit", "fry"], ["只"]),
    ("tools", "production", ["农机具", "小农具"], ["pump", "hoe", "thresher"], ["台"]),
    ("furniture", "relocation", ["家具", "家私"], ["sofa", "cupboard", "chair"], ["套"]),
    ("building", "housing", ["建材", "建筑材料"], ["sand", "roof_sheet", "door", "paint"], ["份"]),
]
# The "blind5" part (written 2026-11-30 for issue 13's round 3, BEFORE any change of that round): 60
# items of all 11 categories that no other part has and whose names are none of lexicon.tsv's (checked
# by ``check_blind5`` when the part is written), each under 2-4 everyday names written from rural
# usage (趿拉板, 墩布, 笤帚, 洋蜡, 夜壶, 腰围子, 钢笔水, 背篼, 钉耙, 挑担, 鳖苗, 驴驹, 莜麦, 倭瓜, 枕瓜,
# 洋钉, 瓜米石, 水嘴, 锁头, 苯板, 地柜, 村村响, 推子, 磨光机, 拷边机, 腕表 ...), shortened forms and forms
# with another head, nine broader offers (清洁用品, 灶屋用品, 康复用品, 文具大礼包, 手工农具, 水产苗种,
# 农家干货, 水电材料, 电动工具), its own sentence, negation (「X就不劳费心了」「X已有人认领」「X暂且够使」)
# and shortage templates (「X缺得厉害」「连X都置办不起」「X老早就坏了没钱换」), mass units 「Kg 」/ kG /
# 「 斤」/ 公斤 / ＫＧ, counts in 米 / 平方米 / 方 / 元, and 15 % of the mass-item offers in 包 (not comparable).
# Report it, never tune on it, never read its records.
BLIND5_MASS = [("斤", 0.5), ("公斤", 1.0), ("Kg ", 1.0), ("kG", 1.0), (" 斤", 0.5), ("千克", 1.0), ("ＫＧ", 1.0)]
BLIND5_CATALOGUE = [
    ("slippers", "living", "goods", ["拖鞋", "趿拉板", "拖板鞋"], ["防滑拖鞋", "拖鞋"], ["双"], (2, 6)),
    ("board", "living", "goods", ["菜板", "案板", "砧板", "切菜板"], ["实木菜板", "砧板"], ["块", "个"], (1, 2)),
    ("tissue", "living", "goods", ["卫生纸", "手纸", "草纸", "厕纸"], ["卷纸", "卫生纸"], ["提", "卷"], (2, 10)),
    ("hanger", "living", "goods", ["衣架", "晾衣架", "挂衣架", "衣服架子"], ["晾衣架", "衣架"], ["个", "套"], (5, 20)),
    ("lunchbox", "living", "goods", ["饭盒", "便当盒", "饭盒子"], ["不锈钢饭盒", "饭盒"], ["个"], (1, 4)),
    ("broom", "living", "goods", ["扫帚", "笤帚", "扫把"], ["扫把", "竹扫帚"], ["把"], (1, 4)),
    ("mop", "living", "goods", ["拖把", "墩布", "拖布"], ["拖把", "旋转拖把"], ["把", "个"], (1, 3)),
    ("bowl", "living", "goods", ["饭碗", "瓷碗", "大碗"], ["陶瓷碗", "饭碗"], ["个", "只"], (4, 12)),
    ("candle", "living", "goods", ["蜡烛", "洋蜡", "白蜡烛"], ["蜡烛"], ["根", "支"], (10, 50)),
    ("footbath", "living", "goods", ["洗脚盆", "泡脚桶", "足浴盆"], ["足浴盆", "泡脚桶"], ["个"], (1, 2)),
    ("oximeter", "medical", "goods", ["血氧仪", "指夹血氧仪", "测血氧的"], ["指夹式血氧仪", "血氧仪"], ["个", "台"], (1, 1)),
    ("moxa", "medical", "goods", ["艾条", "艾灸条", "艾草条"], ["纯艾条", "艾条"], ["盒"], (1, 5)),
    ("brace", "medical", "goods", ["护腰", "腰托", "腰围子"], ["护腰带", "腰托"], ["条", "个"], (1, 2)),
    ("magnifier", "medical", "goods", ["放大镜", "老人放大镜", "看书放大镜"], ["手持放大镜", "放大镜"], ["个", "把"], (1, 2)),
    ("urinal", "medical", "goods", ["尿壶", "夜壶", "便壶", "尿盆"], ["老人尿壶", "尿壶"], ["个", "只"], (1, 2)),
    ("suction", "medical", "goods", ["吸痰器", "吸痰机", "电动吸痰器"], ["家用吸痰器", "吸痰器"], ["台"], (1, 1)),
    ("denture", "medical", "goods", ["假牙", "义齿", "活动假牙"], ["活动义齿", "假牙"], ["副"], (1, 1)),
    ("neck", "medical", "goods", ["颈托", "护颈", "颈椎托"], ["医用颈托", "颈托"], ["个"], (1, 1)),
    ("calculator", "education", "goods", ["计算器", "科学计算器", "算数器"], ["学生计算器", "计算器"], ["个", "台"], (1, 3)),
    ("globe", "education", "goods", ["地球仪", "地球模型"], ["教学地球仪", "地球仪"], ["个"], (1, 2)),
    ("sharpener", "education", "goods", ["卷笔刀", "削笔刀", "转笔刀", "削笔器"], ["卷笔刀", "削笔器"], ["个"], (2, 10)),
    ("ink", "education", "goods", ["墨水", "钢笔水", "蓝黑墨水"], ["钢笔墨水", "墨水"], ["瓶"], (2, 10)),
    ("copybook", "education", "goods", ["字帖", "练字帖", "钢笔字帖"], ["硬笔字帖", "字帖"], ["本"], (2, 10)),
    ("abacus", "education", "goods", ["算盘", "珠算盘", "小算盘"], ["算盘"], ["把", "个"], (1, 3)),
    ("stapler", "education", "goods", ["订书机", "订书器", "钉书机"], ["订书机"], ["个"], (1, 3)),
    ("glue", "education", "goods", ["胶水", "浆糊", "固体胶"], ["胶水", "液体胶水"], ["瓶", "支"], (2, 10)),
    ("basket", "production", "goods", ["背篓", "背篼", "背筐", "竹背篓"], ["竹背篓", "背篓"], ["个", "只"], (2, 6)),
    ("trough", "production", "goods", ["料槽", "食槽", "喂料槽", "饲槽"], ["喂料槽", "料槽"], ["个"], (2, 10)),
    ("plough", "production", "goods", ["犁", "铧犁", "犁铧", "犁头"], ["铧式犁", "犁铧"], ["把", "副"], (1, 2)),
    ("rake", "production", "goods", ["耙子", "钉耙", "铁耙"], ["钉耙", "耙子"], ["把"], (2, 6)),
    ("pole", "production", "goods", ["扁担", "挑担", "扁担子"], ["竹扁担", "扁担"], ["根"], (1, 3)),
    ("crayfish", "production", "goods", ["小龙虾苗", "虾苗", "龙虾苗"], ["小龙虾苗", "虾苗"], ["尾"], (1000, 5000)),
    ("turtle", "production", "goods", ["甲鱼苗", "鳖苗", "小甲鱼"], ["中华鳖苗", "甲鱼苗"], ["只"], (50, 300)),
    ("layer", "production", "goods", ["蛋鸡", "下蛋鸡", "产蛋鸡", "下蛋的母鸡"], ["青年蛋鸡", "蛋鸡"], ["只", "羽"], (20, 100)),
    ("donkey", "production", "goods", ["毛驴", "驴驹", "小毛驴"], ["驴驹", "肉驴"], ["头"], (1, 3)),
    ("grass_seed", "production", "goods", ["草籽", "牧草种子", "草种"], ["紫花苜蓿种子", "牧草种子"], None, (10, 50)),
    ("shears", "production", "goods", ["修枝剪", "剪枝剪", "果树剪"], ["修枝剪"], ["把"], (2, 6)),
    ("fern", "consumption", "goods", ["蕨菜", "蕨苔", "龙头菜", "拳头菜"], ["干蕨菜", "蕨菜"], None, (20, 200)),
    ("bamboo", "consumption", "goods", ["笋干", "干笋", "竹笋干", "玉兰片"], ["农家笋干", "笋干"], None, (20, 200)),
    ("daylily", "consumption", "goods", ["黄花菜", "金针菜", "干黄花"], ["干黄花菜", "黄花菜"], None, (20, 200)),
    ("oats", "consumption", "goods", ["莜麦", "油麦", "莜麦子"], ["莜麦面", "莜麦"], None, (50, 500)),
    ("black_rice", "consumption", "goods", ["黑米", "紫米", "墨米"], ["富硒黑米", "黑米"], None, (50, 500)),
    ("sesame", "consumption", "goods", ["芝麻", "胡麻", "黑芝麻", "脂麻"], ["黑芝麻", "芝麻"], None, (20, 200)),
    ("rapeseed", "consumption", "goods", ["油菜籽", "菜子", "油菜子"], ["油菜籽"], None, (100, 1000)),
    ("onion", "consumption", "goods", ["洋葱", "葱头", "圆葱", "洋葱头"], ["紫皮洋葱", "洋葱"], None, (500, 3000)),
    ("pumpkin", "consumption", "goods", ["南瓜", "倭瓜", "番瓜", "北瓜"], ["老南瓜", "南瓜"], None, (500, 3000)),
    ("wax_gourd", "consumption", "goods", ["冬瓜", "白冬瓜", "枕瓜"], ["冬瓜"], None, (500, 3000)),
    ("apricot", "consumption", "goods", ["杏干", "杏脯", "干杏"], ["杏脯", "杏干"], None, (20, 200)),
    ("glass", "housing", "goods", ["玻璃", "窗玻璃", "平板玻璃"], ["钢化玻璃", "玻璃"], ["块", "平方米"], (4, 20)),
    ("nails", "housing", "goods", ["钉子", "铁钉", "洋钉", "圆钉"], ["铁钉", "钉子"], None, (5, 50)),
    ("gravel", "housing", "goods", ["石子", "石头子", "瓜米石", "小石子"], ["建筑石子", "石子"], None, (2000, 10000)),
    ("wire", "housing", "goods", ["电线", "花线", "护套线"], ["铜芯电线", "护套线"], ["米", "卷"], (100, 500)),
    ("tap", "housing", "goods", ["水龙头", "水嘴", "龙头"], ["不锈钢水龙头", "水龙头"], ["个"], (1, 4)),
    ("lock", "housing", "goods", ["门锁", "锁头", "挂锁"], ["防盗门锁", "门锁"], ["把"], (1, 3)),
    ("eps", "housing", "goods", ["保温板", "泡沫板", "苯板"], ["挤塑保温板", "保温板"], ["块", "张"], (20, 100)),
    ("bedside", "relocation", "goods", ["床头柜", "床边柜", "床头桌"], ["实木床头柜", "床头柜"], ["个"], (1, 2)),
    ("tv_stand", "relocation", "goods", ["电视柜", "地柜", "电视桌"], ["电视柜"], ["个", "组"], (1, 1)),
    ("dresser", "relocation", "goods", ["梳妆台", "梳妆桌", "化妆台"], ["梳妆台"], ["个", "张"], (1, 1)),
    ("crib", "relocation", "goods", ["婴儿床", "小孩床", "娃娃床"], ["实木婴儿床", "婴儿床"], ["张"], (1, 1)),
    ("speaker", "infrastructure", "goods", ["大喇叭", "村村响", "广播喇叭", "高音喇叭"], ["村村响广播", "广播喇叭"], ["套", "个"], (1, 5)),
    ("meter", "infrastructure", "goods", ["水表", "自来水表", "智能水表"], ["智能水表", "水表"], ["个", "块"], (10, 50)),
    ("noticeboard", "infrastructure", "goods", ["宣传栏", "公示栏", "公告栏"], ["不锈钢宣传栏", "宣传栏"], ["块", "个"], (1, 3)),
    ("clipper", "employment", "goods", ["理发推子", "推子", "电推剪", "理发工具"], ["电推剪", "理发推子"], ["套", "把"], (1, 2)),
    ("drill", "employment", "goods", ["电钻", "冲击钻", "手电钻"], ["冲击钻", "电钻"], ["台", "把"], (1, 2)),
    ("grinder", "employment", "goods", ["角磨机", "磨光机", "手砂轮"], ["角磨机"], ["台"], (1, 2)),
    ("overlock", "employment", "goods", ["锁边机", "包缝机", "拷边机"], ["包缝机", "锁边机"], ["台"], (1, 2)),
    ("cutter", "employment", "goods", ["切割机", "云石机", "切石机"], ["云石切割机", "切割机"], ["台"], (1, 2)),
    ("walkie", "other", "goods", ["对讲机", "无线对讲机"], ["对讲机"], ["台", "部"], (2, 6)),
    ("watch", "other", "goods", ["手表", "腕表", "电子表"], ["电子手表", "手表"], ["块"], (1, 2)),
    ("tracker", "other", "goods", ["定位手环", "老人手环", "防走失手环"], ["定位手环"], ["个"], (1, 2)),
    ("clock", "other", "goods", ["闹钟", "闹表", "座钟"], ["电子闹钟", "闹钟"], ["个", "台"], (1, 2)),
    ("pension", "finance", "goods", ["养老保险费", "新农保缴费", "社保钱"], ["城乡居民养老保险代缴", "养老保险费"], ["元"], (200, 600)),
]
BLIND5_BROAD = [
    ("cleaning", "living", ["清洁用品", "打扫工具", "保洁用品"], ["broom", "mop", "tissue"], ["套"]),
    ("kitchen5", "living", ["厨房小件", "灶屋用品"], ["board", "lunchbox", "bowl"], ["套"]),
    ("rehab", "medical", ["康复用品", "护理器具", "老年护理用品"], ["brace", "urinal", "neck", "magnifier"], ["套"]),
    ("stationery5", "education", ["文具大礼包", "学生文具套装", "办公文具"], ["sharpener", "ink", "stapler", "glue"], ["套"]),
    ("handtools", "production", ["农具", "小农具", "手工农具"], ["basket", "plough", "rake", "pole", "shears"], ["把"]),
    ("aqua", "production", ["水产苗种", "特种养殖苗"], ["crayfish", "turtle"], ["尾"]),
    ("mountain", "consumption", ["山货", "土特产", "农家干货"], ["fern", "bamboo", "daylily", "apricot"], ["份"]),
    ("hardware", "housing", ["五金件", "水电材料", "五金建材"], ["nails", "wire", "tap", "lock"], ["份"]),
    ("power_tools", "employment", ["电动工具", "五金工具"], ["drill", "grinder", "cutter"], ["台"]),
]

# The "blind6" part (written 2026-11-30 for issue 13's round 4, BEFORE any change of that round): 56
# items of all 11 categories that no other part has and whose names are none of lexicon.tsv's (checked
# by ``check_new_part`` when the part is written), each under 2-4 everyday names written from usage
# (笼屉, 面杖, 笊篱, 舀子, 撮箕, 掸把子, 搓板, 火剪, 耗子夹, 盘香, 剃刀, 铡子, 频振灯, 摇糖机, 鸡公车, 大酱,
# 刺丝网, 行军床, 减速坎, 窨井盖, 鏊子, 马札, 磅秤 ...), nine broader offers (厨房用具, 扫除用具, 除四害用品,
# 文体用品, 植保器材, 农家小工具, 五金辅料, 交通安全设施, 小本经营设备), its own
# sentence, negation (「X这块不用操心」「X民政上已经给了」「X就免了」) and shortage templates (「X始终没钱买」
# 「眼下最缺的就是X」「X破得不能用了」), mass units 「公斤 」/ 「斤 」/ Ｋｇ / 「 千克」, counts in 卷 / 盏 / 枚 / 顶 / 面 / 平方米 / 米,
# and 15 % of the mass-item offers in 筐 (not comparable). Report it, never tune on it, never read its records.
BLIND6_MASS = [("斤", 0.5), ("公斤 ", 1.0), ("斤 ", 0.5), ("Ｋｇ", 1.0), (" 千克", 1.0), ("kg", 1.0), ("公斤", 1.0)]
BLIND6_CATALOGUE = [
    ("steamer", "living", "goods", ["蒸笼", "笼屉", "蒸屉", "笼床"], ["竹蒸笼", "蒸笼"], ["个", "套"], (1, 2)),
    ("rolling_pin", "living", "goods", ["擀面杖", "擀面棍", "面杖"], ["实木擀面杖", "擀面杖"], ["根"], (1, 2)),
    ("spatula", "living", "goods", ["锅铲", "炒勺", "铲子"], ["不锈钢锅铲", "锅铲"], ["把"], (1, 2)),
    ("skimmer", "living", "goods", ["笊篱", "漏勺", "捞勺"], ["不锈钢漏勺", "漏勺"], ["把", "个"], (1, 2)),
    ("ladle", "living", "goods", ["水瓢", "葫芦瓢", "舀子"], ["塑料水瓢", "水瓢"], ["个", "把"], (1, 2)),
    ("dustpan", "living", "goods", ["簸箕", "撮箕", "畚箕"], ["塑料簸箕", "簸箕"], ["个", "把"], (1, 3)),
    ("duster", "living", "goods", ["鸡毛掸子", "掸子", "掸把子"], ["鸡毛掸子"], ["把"], (1, 2)),
    ("washboard", "living", "goods", ["搓衣板", "洗衣板", "搓板"], ["实木搓衣板", "搓衣板"], ["块", "个"], (1, 2)),
    ("tongs", "living", "goods", ["火钳", "火剪", "炉钳子"], ["加厚火钳", "火钳"], ["把"], (1, 2)),
    ("flyswatter", "living", "goods", ["苍蝇拍", "蝇拍子", "打蝇拍"], ["苍蝇拍"], ["个", "把"], (2, 6)),
    ("mousetrap", "living", "goods", ["老鼠夹", "耗子夹", "捕鼠夹"], ["强力捕鼠夹", "老鼠夹"], ["个"], (2, 10)),
    ("coil", "living", "goods", ["蚊香", "盘香", "蚊烟"], ["驱蚊蚊香", "蚊香"], ["盒", "盘"], (2, 10)),
    ("nailclip", "living", "goods", ["指甲刀", "指甲剪", "剪指甲的"], ["指甲刀套装", "指甲刀"], ["把", "个"], (1, 3)),
    ("razor", "living", "goods", ["剃须刀", "刮胡刀", "剃刀"], ["电动剃须刀", "剃须刀"], ["个", "把"], (1, 2)),
    ("rice_jar", "living", "goods", ["米缸", "面缸", "储米桶"], ["防虫储米桶", "米缸"], ["个", "口"], (1, 2)),
    ("pickle_jar", "living", "goods", ["泡菜坛", "咸菜坛子", "腌菜缸"], ["陶瓷泡菜坛", "泡菜坛"], ["个", "口"], (1, 3)),
    ("stool", "living", "goods", ["马扎", "马札", "折叠凳", "小马扎"], ["折叠马扎", "马扎"], ["个", "把"], (2, 6)),
    ("guasha", "medical", "goods", ["刮痧板", "刮痧片", "牛角刮痧板"], ["砭石刮痧板", "刮痧板"], ["块", "个"], (1, 3)),
    ("cupping", "medical", "goods", ["火罐", "拔火罐", "拔罐器"], ["真空拔罐器", "火罐"], ["套"], (1, 2)),
    ("clay", "education", "goods", ["橡皮泥", "彩泥", "超轻黏土"], ["超轻黏土", "橡皮泥"], ["盒", "套"], (2, 10)),
    ("shuttlecock", "education", "goods", ["毽子", "毽儿", "鸡毛毽"], ["鸡毛毽子", "毽子"], ["个"], (5, 30)),
    ("bookend", "education", "goods", ["书立", "书挡", "书夹子"], ["铁艺书立", "书立"], ["个", "对"], (2, 10)),
    ("telescope", "education", "goods", ["望远镜", "千里眼", "双筒望远镜"], ["儿童望远镜", "望远镜"], ["个", "台"], (1, 3)),
    ("brush", "education", "goods", ["毛笔", "大楷笔", "小楷笔"], ["狼毫毛笔", "毛笔"], ["支", "套"], (2, 10)),
    ("sieve", "production", "goods", ["筛子", "箩筛", "竹筛"], ["竹编筛子", "筛子"], ["个", "面"], (1, 4)),
    ("chopper", "production", "goods", ["铡刀", "铡草刀", "铡子"], ["手动铡草刀", "铡刀"], ["把", "台"], (1, 2)),
    ("insect_lamp", "production", "goods", ["杀虫灯", "诱虫灯", "频振灯"], ["太阳能杀虫灯", "杀虫灯"], ["盏", "台"], (2, 10)),
    ("sticky_board", "production", "goods", ["粘虫板", "黄板", "诱虫板"], ["双面粘虫板", "粘虫板"], ["张", "片"], (50, 300)),
    ("extractor", "production", "goods", ["摇蜜机", "摇糖机", "分蜜机"], ["不锈钢摇蜜机", "摇蜜机"], ["台"], (1, 1)),
    ("ear_tag", "production", "goods", ["耳标", "牛耳标", "羊耳标"], ["牲畜耳标", "耳标"], ["个", "枚"], (20, 100)),
    ("brooder", "production", "goods", ["育雏伞", "保温伞", "育雏保温伞"], ["电热育雏伞", "育雏伞"], ["个", "台"], (1, 4)),
    ("barrow", "production", "goods", ["独轮车", "鸡公车", "手推车"], ["加厚独轮车", "独轮车"], ["辆"], (1, 2)),
    ("queen", "production", "goods", ["蜂王", "中蜂王", "母蜂"], ["中华蜂王", "蜂王"], ["只"], (2, 10)),
    ("hutch", "production", "goods", ["兔笼", "兔子笼", "养兔笼"], ["镀锌兔笼", "兔笼"], ["个", "组"], (5, 20)),
    ("lick", "production", "goods", ["舔砖", "盐砖", "牛羊舔砖"], ["牛羊舔砖", "舔砖"], ["块"], (10, 50)),
    ("bean_paste", "consumption", "goods", ["豆瓣酱", "大酱", "黄酱"], ["农家大酱", "豆瓣酱"], None, (10, 100)),
    ("wire_mesh", "housing", "goods", ["铁丝网", "刺丝网", "护栏网"], ["镀锌铁丝网", "铁丝网"], ["卷", "平方米"], (2, 20)),
    ("sealant", "housing", "goods", ["玻璃胶", "密封胶", "结构胶"], ["中性玻璃胶", "玻璃胶"], ["支", "箱"], (5, 30)),
    ("ceiling", "housing", "goods", ["扣板", "集成吊顶", "PVC扣板"], ["铝扣板", "扣板"], ["平方米", "块"], (20, 100)),
    ("camp_bed", "relocation", "goods", ["折叠床", "钢丝床", "行军床"], ["加固折叠床", "折叠床"], ["张"], (1, 2)),
    ("shelf", "relocation", "goods", ["置物架", "货架", "储物架"], ["多层置物架", "置物架"], ["个", "组"], (1, 3)),
    ("speed_bump", "infrastructure", "goods", ["减速带", "减速坎", "减速垄"], ["橡胶减速带", "减速带"], ["米", "条"], (10, 50)),
    ("mirror", "infrastructure", "goods", ["反光镜", "转角镜", "广角镜"], ["道路广角镜", "反光镜"], ["面", "个"], (2, 10)),
    ("manhole", "infrastructure", "goods", ["井盖", "窨井盖", "下水道盖"], ["球墨铸铁井盖", "井盖"], ["个", "套"], (5, 20)),
    ("septic", "infrastructure", "goods", ["化粪池", "三格式化粪池", "粪池"], ["一体化化粪池", "化粪池"], ["个", "套"], (5, 20)),
    ("iron", "employment", "goods", ["电熨斗", "熨斗", "熨衣服的"], ["蒸汽电熨斗", "电熨斗"], ["个", "台"], (1, 2)),
    ("griddle", "employment", "goods", ["饼铛", "电饼铛", "鏊子"], ["商用电饼铛", "饼铛"], ["台", "个"], (1, 1)),
    ("roaster", "employment", "goods", ["烤红薯炉", "烤地瓜炉", "烤薯炉"], ["移动烤红薯炉", "烤红薯炉"], ["台"], (1, 1)),
    ("sealer", "employment", "goods", ["封口机", "真空封口机", "塑封机"], ["真空封口机", "封口机"], ["台"], (1, 2)),
    ("till", "employment", "goods", ["收银机", "收款机", "收银一体机"], ["触屏收银机", "收银机"], ["台"], (1, 1)),
    ("popcorn", "employment", "goods", ["爆米花机", "爆花机", "崩爆米花的"], ["商用爆米花机", "爆米花机"], ["台"], (1, 1)),
    ("dough", "employment", "goods", ["和面机", "揉面机", "搅面机"], ["商用和面机", "和面机"], ["台"], (1, 1)),
    ("helmet", "other", "goods", ["安全帽", "安全头盔", "钢盔"], ["工地安全帽", "安全帽"], ["顶", "个"], (2, 10)),
    ("scale", "other", "goods", ["电子秤", "台秤", "磅秤"], ["电子台秤", "电子秤"], ["台"], (1, 1)),
    ("powerbank", "other", "goods", ["充电宝", "移动电源"], ["移动电源", "充电宝"], ["个"], (1, 2)),
    ("crop_insurance", "finance", "goods", ["农业保险费", "种植险保费", "养殖保险费"], ["农业保险保费代缴", "农业保险费"], ["元"], (100, 500)),
]
BLIND6_BROAD = [
    ("kitchenware", "living", ["厨房用具", "锅碗瓢盆"], ["steamer", "rolling_pin", "spatula", "skimmer", "ladle"], ["套"]),
    ("sweeping", "living", ["卫生工具", "扫除用具"], ["dustpan", "duster"], ["套"]),
    ("pests", "living", ["除四害用品", "灭蝇灭鼠用品"], ["flyswatter", "mousetrap", "coil"], ["套"]),
    ("crafts", "education", ["文体用品", "手工文体用品"], ["clay", "shuttlecock", "brush"], ["套"]),
    ("pest_control", "production", ["植保器材", "绿色防控物资"], ["insect_lamp", "sticky_board"], ["套"]),
    ("small_tools", "production", ["农家小工具", "农用工具"], ["sieve", "chopper", "barrow"], ["件"]),
    ("hardware6", "housing", ["五金辅料", "装修辅材"], ["wire_mesh", "sealant"], ["份"]),
    ("road_safety", "infrastructure", ["交通安全设施", "道路安全设施"], ["speed_bump", "mirror"], ["套"]),
    ("stall", "employment", ["小本经营设备", "摆摊设备"], ["griddle", "roaster", "popcorn", "dough"], ["台"]),
]

# The "blind7" part (written 2026-11-30 for issue 13, by someone who had not read the lexicon, the
# matcher's features or the other parts' records): 81 everyday items of all 11 categories as a county
# files them from public 扶贫/relief need lists (bedding, warm clothes, grain and oil, school goods,
# medicines and aids, farm inputs, livestock, small tools, appliances, building materials, jobs and
# skills training), each under 2-4 everyday, colloquial or regional names (被芯, 灰面, 炒菜油, 铁锨, 油毛毡,
# 高低床, 跑山鸡, 蒟蒻, 插排, 合作医疗费 ...); three 就业帮扶 items are services (kind "service", counted in
# 人 / 名 / 人次) so a goods offer never pairs with them (labels skip pairs of different kinds); twelve
# broader offers (床上用品, 暖冬包, 口粮, 常用药品, 体育用品, 农作物种子, 畜禽良种, 田间工具, 农副产品,
# 职业技能培训, 新居家具, 公共安全设施), each covering every item of its category a reader would put
# under its name; its own sentence, negation (「去年已经领过X了」「家里还有X」「除开X」「X帮扶干部已经送到家了」)
# and shortage templates (「X老是不够」「X一直没着落」「至今没有X」); mass units incl. 担 (50 kg) and 「ＫＧ 」,
# counts that need converting (打 = 12 双 袜子, 令 / 包 = 500 张 A4 纸, 对 = 2 只 鸽子, 毫升 / 升 / L / 公升,
# 方 = 立方米 = m³), and 15 % of the mass-item offers in 麻袋 (not comparable). Names are checked against
# the earlier parts' catalogues only (``check_blind7``), not against the lexicon. Never tune on it.
BLIND7_MASS = [("斤", 0.5), ("公斤", 1.0), ("千克", 1.0), ("kg", 1.0), ("ＫＧ ", 1.0), ("市斤 ", 0.5), ("担", 50.0)]
_PEOPLE = [("人", 1.0), ("名", 1.0), ("人次", 1.0)]
_LITRES = [("升", 1.0), ("L", 1.0), ("公升", 1.0), ("毫升", 0.001)]
BLIND7_CATALOGUE = [
    ("quilt7", "living", "goods", ["被芯", "冬被芯", "大棉被"], ["加厚棉被芯", "纯棉花被"], ["床", "条"], (2, 5)),
    ("wool_blanket", "living", "goods", ["毛毯", "绒毯", "毯子"], ["珊瑚绒毛毯", "法兰绒毯"], ["条", "床"], (1, 3)),
    ("socks", "living", "goods", ["袜子", "棉袜", "厚袜子"], ["保暖袜", "纯棉袜子"], [("双", 1.0), ("打", 12.0)], (6, 36)),
    ("long_johns", "living", "goods", ["秋衣秋裤", "保暖内衣", "棉毛衫"], ["保暖内衣套装", "加绒保暖内衣"], ["套"], (1, 4)),
    ("rain_boots", "living", "goods", ["雨鞋", "水鞋", "雨靴", "套鞋"], ["高筒雨靴", "防滑雨鞋"], ["双"], (1, 3)),
    ("hot_bag", "living", "goods", ["热水袋", "暖水袋", "汤婆子"], ["橡胶热水袋", "注水热水袋"], ["个"], (1, 3)),
    ("warmer_patch", "living", "goods", ["暖宝宝", "暖贴", "自发热贴"], ["暖宝宝贴", "发热暖贴"], ["片", "贴"], (10, 60)),
    ("rice7", "living", "goods", ["新大米", "口粮米", "精米"], ["五常大米", "长粒香米"], None, (20, 100)),
    ("flour7", "living", "goods", ["灰面", "麦子面", "白面粉"], ["雪花粉", "特一粉"], None, (20, 100)),
    ("oil7", "living", "goods", ["炒菜油", "素油", "吃的油"], ["压榨花生油", "非转基因大豆油"], _LITRES, (5, 20)),
    ("salt", "living", "goods", ["食盐", "盐巴", "咸盐"], ["加碘食盐", "食用盐"], None, (2, 10)),
    ("washing_powder", "living", "goods", ["洗衣粉", "洗粉", "洗衣服的粉"], ["无磷洗衣粉", "浓缩洗衣粉"], None, (2, 10)),
    ("induction", "living", "goods", ["电磁炉", "电磁灶", "电磁炉子"], ["家用电磁炉", "多功能电磁炉"], ["台"], (1, 1)),
    ("umbrella", "living", "goods", ["雨伞", "伞", "洋伞"], ["折叠雨伞", "长柄雨伞"], ["把"], (1, 3)),
    ("diabetes_meds", "medical", "goods", ["降糖药", "治糖尿病的药", "二甲双胍"], ["盐酸二甲双胍片", "降血糖药"], ["盒"], (2, 10)),
    ("iodophor", "medical", "goods", ["碘伏", "碘酒", "消毒水"], ["医用碘伏", "碘伏消毒液"], ["瓶"], (1, 5)),
    ("underpad", "medical", "goods", ["护理垫", "隔尿垫", "尿垫子"], ["成人护理垫", "一次性隔尿垫"], ["片", "张"], (10, 60)),
    ("nebulizer", "medical", "goods", ["雾化器", "雾化机", "做雾化的机器"], ["家用雾化器", "压缩式雾化机"], ["台"], (1, 1)),
    ("bath_chair", "medical", "goods", ["洗澡椅", "沐浴椅", "老人洗澡凳"], ["防滑沐浴椅", "助浴椅"], ["把", "个"], (1, 1)),
    ("plaster", "medical", "goods", ["膏药", "狗皮膏药", "止痛贴"], ["活血止痛膏", "伤湿止痛膏"], ["贴", "片"], (10, 40)),
    ("swab", "medical", "goods", ["棉签", "棉棒", "棉花棒"], ["医用棉签", "无菌棉签"], ["包"], (2, 10)),
    ("knee_pad", "medical", "goods", ["护膝", "保暖护膝", "老寒腿护膝"], ["自发热护膝", "护膝"], ["副", "对"], (1, 2)),
    ("rope", "education", "goods", ["跳绳", "跳绳子", "跳大绳"], ["计数跳绳", "学生跳绳"], ["根", "条"], (2, 10)),
    ("ruler", "education", "goods", ["尺子", "直尺", "三角尺"], ["学生尺子套装", "直尺套装"], ["把", "套"], (2, 10)),
    ("a4", "education", "goods", ["A4纸", "打印纸", "复印纸"], ["A4打印纸", "70克复印纸"], [("张", 1.0), ("包", 500.0), ("令", 500.0)], (500, 5000)),
    ("drawing_book", "education", "goods", ["图画本", "画画本", "素描本"], ["美术绘画本", "图画本子"], ["本"], (5, 20)),
    ("paddle", "education", "goods", ["乒乓球拍", "乒乓拍", "球拍子"], ["乒乓球拍套装", "双拍乒乓球拍"], ["副"], (1, 4)),
    ("recorder", "education", "goods", ["竖笛", "笛子", "六孔竖笛"], ["学生竖笛", "八孔竖笛"], ["支", "根"], (5, 30)),
    ("cup", "education", "goods", ["保温杯", "学生水杯", "水杯子"], ["不锈钢保温杯", "儿童保温杯"], ["个", "只"], (1, 4)),
    ("goat", "production", "goods", ["山羊", "黑山羊", "山羊崽"], ["种山羊", "努比亚山羊"], ["只"], (2, 10)),
    ("cow", "production", "goods", ["母牛", "能繁母牛", "基础母牛"], ["西门塔尔母牛", "良种母牛"], ["头"], (1, 2)),
    ("sow", "production", "goods", ["母猪", "老母猪", "能繁母猪"], ["二元母猪", "后备母猪"], ["头"], (1, 2)),
    ("pigeon", "production", "goods", ["鸽子", "肉鸽", "乳鸽"], ["种鸽", "肉鸽种苗"], [("只", 1.0), ("对", 2.0)], (10, 60)),
    ("silkworm", "production", "goods", ["蚕种", "蚕籽", "蚕卵"], ["桑蚕种", "一代杂交蚕种"], ["张"], (1, 5)),
    ("greenhouse_film", "production", "goods", ["大棚膜", "棚膜", "塑料大棚膜"], ["PO棚膜", "长寿无滴棚膜"], None, (50, 300)),
    ("veg_seed", "production", "goods", ["蔬菜种子", "菜种子", "青菜种"], ["蔬菜良种", "瓜菜种子"], ["袋", "包"], (5, 20)),
    ("wheat_seed", "production", "goods", ["麦种", "小麦种子", "麦子种"], ["小麦良种", "冬小麦种子"], None, (25, 100)),
    ("rice_seed", "production", "goods", ["谷种", "稻种", "水稻种子"], ["杂交水稻种子", "稻谷良种"], None, (5, 30)),
    ("sickle", "production", "goods", ["镰刀", "镰", "割草刀"], ["不锈钢镰刀", "锰钢镰刀"], ["把"], (2, 6)),
    ("shovel", "production", "goods", ["铁锹", "铁锨", "板锹"], ["加厚铁锹", "锰钢铁锹"], ["把"], (2, 6)),
    ("mower", "production", "goods", ["割草机", "打草机", "割灌机"], ["背负式割草机", "汽油割草机"], ["台"], (1, 1)),
    ("vet_meds", "production", "goods", ["兽药", "牲口药", "畜禽药"], ["兽用药品", "畜禽专用药"], ["盒", "瓶"], (2, 10)),
    ("tea_seedling", "production", "goods", ["茶苗", "茶树苗", "茶秧"], ["无性系茶苗", "良种茶苗"], ["株", "棵"], (500, 3000)),
    ("orange", "consumption", "goods", ["橘子", "桔子", "柑子"], ["沃柑", "蜜桔"], None, (500, 3000)),
    ("free_chicken", "consumption", "goods", ["土鸡", "跑山鸡", "走地鸡"], ["散养土鸡", "林下土鸡"], ["只"], (20, 200)),
    ("yam", "consumption", "goods", ["山药", "淮山", "铁棍山药"], ["怀山药", "垆土铁棍山药"], None, (200, 2000)),
    ("garlic", "consumption", "goods", ["大蒜", "蒜头", "紫皮蒜"], ["紫皮大蒜", "干大蒜"], None, (200, 2000)),
    ("ginger", "consumption", "goods", ["生姜", "老姜", "黄姜"], ["小黄姜", "鲜生姜"], None, (200, 2000)),
    ("vermicelli", "consumption", "goods", ["粉条", "红薯粉条", "粉丝"], ["手工粉条", "农家粉条"], None, (50, 500)),
    ("konjac", "consumption", "goods", ["魔芋", "磨芋", "蒟蒻"], ["鲜魔芋", "魔芋精粉"], None, (200, 2000)),
    ("mung", "consumption", "goods", ["绿豆", "小绿豆", "明绿豆"], ["农家绿豆", "有机绿豆"], None, (50, 500)),
    ("felt", "housing", "goods", ["油毡", "油毛毡", "防水卷材"], ["SBS防水卷材", "改性沥青卷材"], ["卷"], (5, 30)),
    ("asbestos_tile", "housing", "goods", ["石棉瓦", "波形瓦", "波纹瓦"], ["石棉瓦片", "防腐波形瓦"], ["张"], (20, 100)),
    ("putty", "housing", "goods", ["腻子粉", "大白粉", "墙面腻子"], ["耐水腻子粉", "内墙腻子"], None, (50, 500)),
    ("floor_tile", "housing", "goods", ["瓷砖", "地砖", "地板砖"], ["防滑地砖", "抛光砖"], ["片", "块"], (50, 300)),
    ("timber", "housing", "goods", ["木料", "木板", "板材"], ["松木板材", "杉木板"], [("方", 1.0), ("立方米", 1.0), ("m³", 1.0)], (1, 5)),
    ("lime", "housing", "goods", ["石灰", "白灰", "生石灰"], ["建筑石灰", "石灰粉"], None, (200, 1000)),
    ("curtain", "relocation", "goods", ["窗帘", "窗帘布", "布帘子"], ["遮光窗帘", "成品窗帘"], ["幅", "副"], (1, 4)),
    ("shoe_cabinet", "relocation", "goods", ["鞋柜", "鞋架子", "放鞋的柜子"], ["多层鞋柜", "翻斗鞋柜"], ["个"], (1, 1)),
    ("tea_table", "relocation", "goods", ["茶几", "小茶几", "茶桌"], ["钢化玻璃茶几", "实木茶几"], ["张", "个"], (1, 1)),
    ("bunk", "relocation", "goods", ["上下铺", "高低床", "双层床"], ["铁艺上下床", "实木高低床"], ["张"], (1, 2)),
    ("hood", "relocation", "goods", ["油烟机", "抽油烟机", "排油烟机"], ["侧吸式油烟机", "吸油烟机"], ["台"], (1, 1)),
    ("kettle", "relocation", "goods", ["电水壶", "烧水壶", "电热壶"], ["不锈钢电热水壶", "电热水壶"], ["个", "只"], (1, 1)),
    ("bin", "infrastructure", "goods", ["垃圾桶", "垃圾箱", "果皮箱"], ["分类垃圾桶", "户外垃圾桶"], ["个"], (5, 20)),
    ("fitness", "infrastructure", "goods", ["健身器材", "健身路径", "室外健身器械"], ["户外健身路径器材", "广场健身器材"], ["套"], (1, 3)),
    ("guardrail", "infrastructure", "goods", ["公路护栏", "波形护栏", "防护栏"], ["公路波形护栏", "波形梁护栏"], ["米"], (100, 500)),
    ("camera", "infrastructure", "goods", ["监控摄像头", "摄像头", "监控探头"], ["高清监控摄像头", "网络摄像机"], ["个", "台"], (2, 10)),
    ("extinguisher", "infrastructure", "goods", ["灭火器", "干粉灭火器", "灭火筒"], ["手提式干粉灭火器", "消防灭火器"], ["具", "个"], (2, 10)),
    ("culvert", "infrastructure", "goods", ["涵管", "水泥涵管", "水泥管子"], ["钢筋混凝土涵管", "预制涵管"], ["根", "节"], (5, 30)),
    ("welding", "employment", "service", ["电焊培训", "学电焊", "焊工培训"], ["免费焊工培训", "电焊工技能培训"], _PEOPLE, (1, 3)),
    ("nanny", "employment", "service", ["月嫂培训", "育婴员培训", "家政培训"], ["母婴护理培训", "家政服务员培训"], _PEOPLE, (1, 3)),
    ("cook", "employment", "service", ["厨师培训", "学厨师", "学做菜的培训"], ["烹饪技能培训", "中式烹调师培训"], _PEOPLE, (1, 3)),
    ("food_cart", "employment", "goods", ["小吃车", "早餐推车", "流动餐车"], ["不锈钢小吃车", "摆摊小吃推车"], ["辆"], (1, 1)),
    ("freezer", "employment", "goods", ["冰柜", "冷柜", "卧式冰柜"], ["商用冷柜", "卧式冷冻柜"], ["台"], (1, 1)),
    ("helmet7", "other", "goods", ["头盔", "电动车头盔", "骑车头盔"], ["3C认证头盔", "电瓶车头盔"], ["个", "顶"], (1, 3)),
    ("battery", "other", "goods", ["电池", "五号电池", "干电池"], ["碱性电池", "7号电池"], ["节", "粒"], (4, 20)),
    ("power_strip", "other", "goods", ["插线板", "插排", "拖线板", "接线板"], ["安全插线板", "多孔插座"], ["个"], (1, 3)),
    ("emergency_lamp", "other", "goods", ["应急灯", "充电灯", "停电灯"], ["LED应急灯", "充电式应急灯"], ["个", "盏"], (1, 2)),
    ("medical_insurance", "finance", "goods", ["医保费", "合作医疗费", "新农合缴费"], ["城乡居民医保代缴", "医疗保险费代缴"], ["元"], (350, 1500)),
    ("loan_interest", "finance", "goods", ["贷款贴息", "贷款利息", "小额贷款利息"], ["扶贫小额信贷贴息", "贴息资金"], ["元"], (500, 3000)),
    ("accident_insurance", "finance", "goods", ["意外险", "意外伤害保险", "防返贫保险"], ["防返贫保险保费", "意外伤害险保费"], ["元"], (50, 200)),
]
BLIND7_BROAD = [
    ("bedding7", "living", ["床上用品", "床品"], ["quilt7", "wool_blanket"], ["套"]),
    ("warm_pack", "living", ["暖冬包", "冬季保暖包"],
     ["quilt7", "wool_blanket", "socks", "long_johns", "hot_bag", "warmer_patch"], ["份"]),
    ("grain7", "living", ["口粮", "米面", "粮食"], ["rice7", "flour7"], ["份"]),
    ("meds7", "medical", ["常用药品", "药品", "家庭常备药"], ["diabetes_meds", "iodophor", "plaster"], ["盒"]),
    ("sports7", "education", ["体育用品", "运动器材"], ["rope", "paddle"], ["套"]),
    ("seeds7", "production", ["农作物种子", "种子"], ["veg_seed", "wheat_seed", "rice_seed"], ["份"]),
    ("stock7", "production", ["畜禽良种", "良种畜禽"], ["goat", "cow", "sow", "pigeon"], ["头"]),
    ("field_tools", "production", ["田间工具", "农活工具"], ["sickle", "shovel", "mower"], ["把"]),
    ("produce7", "consumption", ["农特产品", "农副产品"],
     ["orange", "free_chicken", "yam", "garlic", "ginger", "vermicelli", "konjac", "mung"], ["份"]),
    ("training7", "employment", ["职业技能培训", "技能培训"], ["welding", "nanny", "cook"], ["人"]),
    ("home7", "relocation", ["新居家具", "搬迁家具"], ["shoe_cabinet", "tea_table", "bunk"], ["套"]),
    ("safety7", "infrastructure", ["公共安全设施", "村庄安全设施"], ["extinguisher", "camera", "guardrail"], ["套"]),
]


# The "blind8" part (written 2026-11-30 for issue 13 by someone who had not read the lexicon, the
# matcher's features, docs/matching.md or any part's records): 82 items of all 11 categories in two
# voices other parts lack: needs as a county or township office files them (formal titles such as
# 「关于申请解决X的报告」「因灾受损，急需X」, standard product names, a 「规格：…」 line for sized goods) and
# offers as an enterprise or 消费扶贫 buyer posts them (graded, specified names: 一级冷榨山茶油5L装,
# 加厚防寒军大衣, HRB400螺纹钢筋; buyers' 「长期收购X」 titles for 消费扶贫 produce). Finance items are kind
# "cash" and three 就业帮扶 courses kind "service" (labels skip pairs of different kinds). Seventeen broader
# offers under their own names (防寒保暖物资, 防疫物资, 水禽苗, 节水灌溉器材, 危房改造建材, 安置房厨卫设备,
# 村道配套设施, 家庭应急物资 ...). Negations in an office's words (「X已由民政部门发放到位」「X需求已销号」
# 「除X已落实外」「不含X」「X不在本次申请范围内」), units that need converting (只 = ½ 双 手套, 盒 = 50 只 口罩,
# 箱 = 24 瓶 饮用水, 卷 = 500 米 滴灌带, 千块 = 1000 块 砖, 公斤 = 0.001 吨 钢筋, 万尾 鱼苗, 公里 = 1000 米 管道,
# 毫升 / ml / Ｌ, ㎡ / 平米 / 平方米, m3 / 方 / 立方米) and 15 % of the mass-item offers in 件 (a carton of
# unknown weight, not comparable). ``check_blind8`` checks names against the earlier parts only.
BLIND8_MASS = [("斤", 0.5), ("公斤", 1.0), ("千克", 1.0), ("kg", 1.0), ("KG", 1.0), ("Kg ", 1.0), (" 斤", 0.5)]
_HEADS = [("人", 1.0), ("名", 1.0), ("位", 1.0)]
_ML = [("升", 1.0), ("Ｌ", 1.0), ("毫升", 0.001), ("ml", 0.001)]
_SQM = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
_CUBIC = [("立方米", 1.0), ("方", 1.0), ("m3", 1.0)]
BLIND8_CATALOGUE = [
    ("mattress8", "living", "goods", ["棉褥子", "床褥子", "铺褥"], ["加厚棉花褥子", "新疆长绒棉床褥"], ["床", "条"], (2, 5)),
    ("bed_set8", "living", "goods", ["床上四件套", "被套床单", "床单被罩"], ["纯棉斜纹四件套", "全棉床品四件套"], ["套"], (1, 3)),
    ("army_coat8", "living", "goods", ["军大衣", "防寒大衣", "军绿棉大衣"], ["加厚防寒军大衣", "加绒保暖军大衣"], ["件"], (2, 6)),
    ("rubber_shoes8", "living", "goods", ["黄胶鞋", "帆布胶鞋", "劳动布鞋"], ["防滑耐磨黄胶鞋", "高帮帆布胶鞋"], ["双"], (2, 6)),
    ("earflap_hat8", "living", "goods", ["雷锋帽", "护耳帽", "防寒棉帽"], ["加绒护耳雷锋帽", "保暖护耳棉帽"], ["顶", "个"], (2, 6)),
    ("mittens8", "living", "goods", ["防寒手套", "棉手捂子", "加厚手套"], ["加厚防寒手套", "针织保暖手套"], [("双", 1.0), ("副", 1.0), ("只", 0.5)], (2, 10)),
    ("camellia_oil8", "living", "goods", ["山茶油", "茶籽油", "茶油"], ["一级冷榨山茶油5L装", "压榨油茶籽油5L装"], _ML, (5, 20)),
    ("dry_noodles8", "living", "goods", ["挂面条", "面条子", "机制挂面"], ["龙须挂面（一级）", "鸡蛋挂面（特级）"], None, (10, 50)),
    ("millet8", "living", "goods", ["粟米", "小黄米", "新小米"], ["一级黄小米", "有机黄小米"], None, (10, 50)),
    ("bottled_water8", "living", "goods", ["瓶装水", "饮用天然水", "瓶装饮用水"], ["饮用天然水550ml×24瓶", "瓶装纯净水24瓶整箱"], [("瓶", 1.0), ("箱", 24.0)], (24, 240)),
    ("rice_cooker8", "living", "goods", ["家用电饭煲", "电饭锅子", "焖饭锅"], ["4L智能电饭煲", "家用多功能电饭煲"], ["台", "个"], (1, 1)),
    ("laundry_soap8", "living", "goods", ["洗衣肥皂", "臭肥皂", "洋碱"], ["透明洗衣皂", "椰油精制洗衣皂"], ["块"], (2, 10)),
    ("masks8", "medical", "goods", ["外科口罩", "医用外科口罩", "一次性外科口罩"], ["一次性医用外科口罩（50只/盒）", "医用外科口罩50只装"], [("只", 1.0), ("个", 1.0), ("盒", 50.0)], (50, 300)),
    ("thermometer8", "medical", "goods", ["体温枪", "额温计", "体温测量仪"], ["医用电子体温计", "红外额温枪"], ["支", "个"], (1, 3)),
    ("first_aid8", "medical", "goods", ["急救包", "家庭药箱", "医药箱"], ["家用急救箱（含常用敷料）", "户外应急急救包"], ["个", "套"], (1, 2)),
    ("oxygen8", "medical", "goods", ["医用制氧机", "制氧设备", "吸氧设备"], ["5L医用分子筛制氧机", "3L家用制氧机"], ["台"], (1, 1)),
    ("cold_meds8", "medical", "goods", ["感冒颗粒", "感冒药品", "伤风药"], ["复方感冒灵颗粒", "感冒清热颗粒"], ["盒"], (2, 10)),
    ("commode8", "medical", "goods", ["老人坐厕椅", "坐厕凳", "马桶椅"], ["可折叠坐便椅", "铝合金移动马桶椅"], ["把", "个"], (1, 1)),
    ("care_bed8", "medical", "goods", ["瘫痪病人护理床", "翻身床", "居家护理床"], ["手摇双摇护理床", "多功能电动护理床"], ["张", "台"], (1, 1)),
    ("calcium8", "medical", "goods", ["钙片", "补钙片", "碳酸钙片"], ["碳酸钙D3片", "中老年钙片（100片/瓶）"], ["瓶"], (1, 4)),
    ("eraser8", "education", "goods", ["橡皮头", "橡皮块", "绘图橡皮"], ["4B绘图橡皮", "学生美术橡皮"], ["块", "个"], (5, 30)),
    ("pencil_box8", "education", "goods", ["笔袋", "文具盒子", "学生笔盒"], ["双层铁皮文具盒", "大容量帆布笔袋"], ["个"], (2, 10)),
    ("markers8", "education", "goods", ["水彩笔套装", "画画笔", "彩色水笔"], ["24色可水洗水彩笔", "36色水彩笔套装"], ["盒", "套"], (2, 10)),
    ("basketball8", "education", "goods", ["小篮球", "儿童篮球", "青少年篮球"], ["7号标准篮球", "5号青少年篮球"], ["个", "只"], (2, 6)),
    ("football8", "education", "goods", ["小足球", "校园足球", "训练足球"], ["4号训练足球", "5号比赛用足球"], ["个", "只"], (2, 6)),
    ("reading8", "education", "goods", ["儿童读物", "少儿图书", "课外书籍"], ["少儿百科全书", "中小学生必读名著"], ["本", "册"], (10, 50)),
    ("calculator8", "education", "goods", ["函数计算器", "数学计算器", "学生用计算器"], ["科学函数计算器", "学生专用计算器"], ["个", "台"], (1, 5)),
    ("reader8", "education", "goods", ["学习平板", "英语点读机", "学习用平板电脑"], ["英语同步点读机", "学生学习平板"], ["台", "个"], (1, 1)),
    ("ducklings8", "production", "goods", ["鸭苗子", "小鸭子", "鸭崽"], ["樱桃谷鸭苗", "麻鸭雏鸭"], [("只", 1.0), ("羽", 1.0)], (50, 300)),
    ("goslings8", "production", "goods", ["鹅崽", "雏鹅", "鹅娃子"], ["狮头鹅苗", "朗德鹅雏"], [("只", 1.0), ("羽", 1.0)], (20, 100)),
    ("fry8", "production", "goods", ["鱼秧", "鱼花", "鱼苗种"], ["草鱼夏花鱼种", "鲤鱼寸片鱼种"], [("尾", 1.0), ("万尾", 10000.0)], (2000, 20000)),
    ("colonies8", "production", "goods", ["中蜂群", "蜜蜂种群", "蜂种"], ["中华蜜蜂标准群", "意蜂蜂群（带王）"], ["箱", "群"], (2, 10)),
    ("hive8", "production", "goods", ["蜂桶", "蜂窝箱", "活框蜂箱"], ["杉木标准蜂箱", "中蜂十框蜂箱"], ["个", "只"], (5, 20)),
    ("mulch8", "production", "goods", ["地膜子", "农用地膜", "覆盖膜"], ["0.01mm黑色地膜", "加厚白色农用地膜"], None, (20, 200)),
    ("sprayer8", "production", "goods", ["打药桶", "喷药壶", "农药喷雾器"], ["16L电动喷雾器", "背负式手动喷雾器"], ["台", "个"], (1, 3)),
    ("hoe8", "production", "goods", ["板锄", "挖锄", "锄头子"], ["锰钢锄头", "加厚宽口锄头"], ["把"], (2, 6)),
    ("pig_feed8", "production", "goods", ["猪料", "育肥猪料", "猪粮"], ["育肥猪全价配合饲料", "乳猪教槽料"], None, (200, 1000)),
    ("maize_seed8", "production", "goods", ["包谷种", "苞米种子", "玉米种籽"], ["杂交玉米种子", "高产玉米良种"], None, (10, 50)),
    ("pump8", "production", "goods", ["农用水泵", "抽水机子", "提水泵"], ["1.5寸农用潜水泵", "自吸式抽水泵"], ["台"], (1, 2)),
    ("drip_tape8", "production", "goods", ["滴灌带", "滴灌管", "滴灌管带"], ["16mm内镶贴片式滴灌带（500米/卷）", "农用滴灌带（500米/卷）"], [("米", 1.0), ("卷", 500.0)], (500, 3000)),
    ("trays8", "production", "goods", ["育苗盘", "穴盘", "秧盘"], ["72孔育苗穴盘", "水稻塑料秧盘"], ["个", "张"], (50, 300)),
    ("jujube8", "consumption", "goods", ["枣子", "干红枣", "大红枣"], ["特级骏枣", "一级灰枣"], None, (200, 2000)),
    ("apples8", "consumption", "goods", ["山地苹果", "富士苹果", "高原苹果"], ["80果径红富士苹果", "一级冰糖心苹果"], None, (500, 5000)),
    ("tea8", "consumption", "goods", ["春茶", "高山绿茶", "炒青茶"], ["明前特级绿茶", "一级高山云雾茶"], None, (20, 200)),
    ("mushroom8", "consumption", "goods", ["香菇干", "干花菇", "段木香菇"], ["一级干花菇", "椴木香菇（干品）"], None, (50, 500)),
    ("kiwi8", "consumption", "goods", ["毛梨子", "猕猴桃鲜果", "藤梨"], ["徐香猕猴桃（90-110g）", "红心猕猴桃特级果"], None, (500, 3000)),
    ("bacon8", "consumption", "goods", ["烟熏肉", "柴火腊肉", "腊五花"], ["农家柴火烟熏腊肉", "一级五花腊肉"], None, (50, 500)),
    ("buckwheat8", "consumption", "goods", ["甜荞", "荞麦米", "苦荞籽"], ["苦荞米", "一级甜荞麦"], None, (100, 1000)),
    ("chili8", "consumption", "goods", ["辣椒干", "干海椒", "朝天椒"], ["朝天椒干货", "一级干辣椒段"], None, (100, 1000)),
    ("duck_eggs8", "consumption", "goods", ["鸭蛋", "咸鸭蛋", "麻鸭蛋"], ["红心咸鸭蛋", "散养麻鸭蛋"], ["枚", "个"], (300, 3000)),
    ("bricks8", "housing", "goods", ["黏土砖", "烧结砖", "标砖"], ["烧结页岩砖（240×115×53）", "MU10标准红砖"], [("块", 1.0), ("千块", 1000.0)], (2000, 20000)),
    ("rebar8", "housing", "goods", ["钢条", "建筑钢筋", "螺纹钢筋"], ["HRB400螺纹钢筋", "三级螺纹钢"], [("吨", 1.0), ("公斤", 0.001)], (1, 5)),
    ("steel_sheet8", "housing", "goods", ["彩钢屋面板", "彩钢瓦板", "压型钢板"], ["0.4mm彩钢压型板", "双面彩钢瓦（0.5mm）"], _SQM, (50, 300)),
    ("waterproofing8", "housing", "goods", ["防水涂料", "屋面防水漆", "防水浆料"], ["JS聚合物防水涂料", "聚氨酯防水涂料"], None, (20, 200)),
    ("sand8", "housing", "goods", ["建筑沙", "中砂", "河砂"], ["中粗河砂", "水洗机制砂"], _CUBIC, (5, 30)),
    ("roof_tiles8", "housing", "goods", ["屋面瓦", "土瓦", "小青瓦片"], ["烧结小青瓦", "仿古青瓦（一级）"], [("片", 1.0), ("块", 1.0), ("千片", 1000.0)], (1000, 5000)),
    ("door8", "housing", "goods", ["钢质防盗门", "大门", "入户防盗门"], ["甲级钢质防盗门", "家用入户防盗门"], ["樘", "套"], (1, 1)),
    ("dining8", "relocation", "goods", ["吃饭桌子", "饭桌子", "方桌"], ["实木餐桌椅（一桌四椅）", "可折叠餐桌"], ["张", "套"], (1, 1)),
    ("sofa8", "relocation", "goods", ["布艺沙发", "组合沙发", "客厅沙发"], ["三人位布艺沙发", "实木组合沙发"], ["套", "组"], (1, 1)),
    ("gas_stove8", "relocation", "goods", ["液化气灶", "双眼灶", "燃气灶具"], ["双眼嵌入式燃气灶", "台式液化气灶"], ["台", "个"], (1, 1)),
    ("water_heater8", "relocation", "goods", ["电热水器", "储水式热水器", "洗澡热水器"], ["60升储水式电热水器", "速热式电热水器"], ["台"], (1, 1)),
    ("cupboard8", "relocation", "goods", ["厨房柜子", "碗柜子", "厨柜"], ["不锈钢橱柜", "整体橱柜（1.8米）"], ["组", "套"], (1, 1)),
    ("chairs8", "relocation", "goods", ["靠背椅", "餐椅", "木椅子"], ["加厚塑料靠背椅", "实木靠背餐椅"], ["把", "张"], (2, 6)),
    ("solar_light8", "infrastructure", "goods", ["太阳能灯", "太阳能路灯杆", "光伏路灯"], ["6米太阳能LED路灯", "一体化太阳能路灯"], ["盏", "套"], (5, 30)),
    ("water_tower8", "infrastructure", "goods", ["水塔", "蓄水罐", "储水箱"], ["5吨不锈钢水塔", "PE储水罐"], ["个", "座"], (1, 3)),
    ("supply_pipe8", "infrastructure", "goods", ["饮水管道", "PE管", "供水管"], ["DN32 PE给水管", "PE100给水管材"], [("米", 1.0), ("公里", 1000.0)], (200, 2000)),
    ("shelter8", "infrastructure", "goods", ["候车亭", "公交站亭", "招呼站"], ["不锈钢候车亭", "乡村公交候车亭"], ["座", "个"], (1, 3)),
    ("signs8", "infrastructure", "goods", ["交通标志牌", "路牌", "指路牌"], ["反光交通标志牌", "道路指示牌"], ["块", "面"], (5, 20)),
    ("concrete8", "infrastructure", "goods", ["混凝土", "砼", "商砼"], ["C30商品混凝土", "C25预拌混凝土"], _CUBIC, (20, 100)),
    ("sewing8", "employment", "goods", ["平缝机", "裁缝机", "缝衣机"], ["工业平缝机", "家用多功能缝纫机"], ["台"], (1, 2)),
    ("electrician8", "employment", "service", ["电工培训", "学电工", "电工证培训"], ["低压电工作业培训", "电工技能培训班"], _HEADS, (1, 3)),
    ("excavator8", "employment", "service", ["挖掘机培训", "学开挖机", "挖机培训"], ["挖掘机操作员培训", "挖机驾驶技能培训"], _HEADS, (1, 3)),
    ("ecommerce8", "employment", "service", ["电商培训", "学直播带货", "网店培训"], ["农村电商实操培训", "直播电商培训"], _HEADS, (1, 3)),
    ("clippers8", "employment", "goods", ["理发剪", "电推子", "理发器具"], ["专业理发电推剪", "理发工具套装"], ["套", "个"], (1, 2)),
    ("soy_milk8", "employment", "goods", ["豆浆机", "磨浆机", "打浆机"], ["商用豆浆机", "石磨豆浆机"], ["台"], (1, 1)),
    ("radio8", "other", "goods", ["收音机子", "插卡音箱", "小收音机"], ["老人插卡收音机", "便携式收音机"], ["台", "个"], (1, 2)),
    ("torch8", "other", "goods", ["电筒", "充电手电", "手电棒"], ["强光充电手电筒", "LED强光手电"], ["个", "把", "支"], (1, 3)),
    ("raincoat8", "other", "goods", ["雨衣", "雨披", "雨衣雨裤"], ["加厚分体雨衣", "电动车雨披"], ["件"], (1, 3)),
    ("ebike8", "other", "goods", ["电瓶车子", "电动单车", "两轮电动车"], ["48V电动自行车", "新国标电动车"], ["辆"], (1, 1)),
    ("pension8", "finance", "cash", ["养老保险缴费", "城乡居民养老保险费", "养老保险代缴"], ["城乡居民基本养老保险代缴", "养老保险保费资助"], ["元"], (100, 500)),
    ("mutual_fund8", "finance", "cash", ["互助资金借款", "村级互助资金", "周转金"], ["村级互助资金注资", "产业周转资金"], ["元"], (2000, 10000)),
    ("guarantee8", "finance", "cash", ["贷款担保金", "风险补偿金", "担保费"], ["扶贫贷款风险补偿金", "融资担保费补贴"], ["元"], (1000, 5000)),
]
BLIND8_BROAD = [
    ("warmth8", "living", ["防寒保暖物资", "冬季御寒物资"], ["mattress8", "army_coat8", "earflap_hat8", "mittens8"], ["份"]),
    ("grain_oil8", "living", ["粮油礼包", "米面粮油物资"], ["camellia_oil8", "dry_noodles8", "millet8"], ["份"]),
    ("epidemic8", "medical", ["防疫物资", "医疗防护用品"], ["masks8", "thermometer8", "first_aid8"], ["箱"]),
    ("care_aids8", "medical", ["康复护理器具", "助残辅具"], ["commode8", "care_bed8"], ["件"]),
    ("balls8", "education", ["球类器材", "体育教学器材"], ["basketball8", "football8"], ["个"]),
    ("stationery8", "education", ["文具套装", "学生文具礼包"], ["eraser8", "pencil_box8", "markers8"], ["套"]),
    ("waterfowl8", "production", ["水禽苗", "禽苗"], ["ducklings8", "goslings8"], ["只"]),
    ("bees8", "production", ["养蜂物资", "蜂业生产物资"], ["colonies8", "hive8"], ["套"]),
    ("irrigation8", "production", ["节水灌溉器材", "农田灌溉设备"], ["pump8", "drip_tape8"], ["套"]),
    ("mountain8", "consumption", ["原生态山货", "扶贫农产品礼盒"],
     ["jujube8", "tea8", "mushroom8", "bacon8", "buckwheat8", "chili8"], ["份"]),
    ("rebuild8", "housing", ["危房改造建材", "农房建设材料"], ["bricks8", "rebar8", "steel_sheet8", "sand8", "roof_tiles8"], ["批"]),
    ("kitchen8", "relocation", ["安置房厨卫设备", "厨卫设施"], ["gas_stove8", "water_heater8", "cupboard8"], ["套"]),
    ("furniture8", "relocation", ["入户家具套装", "安置家具"], ["dining8", "sofa8", "chairs8"], ["套"]),
    ("roadside8", "infrastructure", ["村道配套设施", "道路附属设施"], ["solar_light8", "signs8", "shelter8"], ["套"]),
    ("training8", "employment", ["就业技能培训", "技工培训"], ["electrician8", "excavator8", "ecommerce8"], ["人"]),
    ("finance8", "finance", ["金融帮扶资金", "产业扶持资金"], ["pension8", "mutual_fund8", "guarantee8"], ["元"]),
    ("emergency8", "other", ["家庭应急物资", "防汛应急包"], ["torch8", "raincoat8", "radio8"], ["套"]),
]
# Specifications an office writes into a need's description (「规格：…」), by blind8 item.
BLIND8_SPECS = {
    "mattress8": ["1.5米×2米", "1.8米×2米", "1.2米×2米"],
    "bed_set8": ["1.5米床用", "1.8米床用"],
    "army_coat8": ["XL码", "XXL码", "175/92A"],
    "rubber_shoes8": ["41码", "42码", "39码"],
    "care_bed8": ["2米×0.9米", "长2.1米、宽0.95米"],
    "steel_sheet8": ["厚度0.4毫米", "厚度0.5毫米，宽度900毫米"],
    "rebar8": ["直径12毫米", "Φ16", "直径14毫米"],
    "bricks8": ["240×115×53毫米", "MU10"],
    "door8": ["2.05米×0.96米", "2.1米×1.2米子母门"],
    "solar_light8": ["灯杆6米，功率30瓦", "灯杆5米，功率20瓦"],
    "supply_pipe8": ["DN32", "DN25，1.25兆帕"],
    "pump8": ["口径1.5寸", "口径2寸，扬程20米"],
    "water_heater8": ["容量60升", "容量50升"],
    "dining8": ["1.2米×0.8米", "直径1米圆桌"],
    "sofa8": ["三人位", "1+2+3组合"],
    "concrete8": ["强度等级C30", "强度等级C25"],
    "sand8": ["中粗砂，含泥量不超过3%"],
    "drip_tape8": ["管径16毫米，滴头间距30厘米"],
    "fry8": ["规格3厘米以上", "夏花规格"],
}


def check_new_part(part: str, catalogue, earlier, lexicon: bool = True) -> None:
    """Raise SystemExit if an item name of ``part`` is a lexicon.tsv name or a name of an ``earlier`` catalogue.

    ``catalogue`` and every member of ``earlier`` are catalogues in this module's shape (names at [3] and
    [4]); a part whose names the lexicon or another part already has tests nothing new. ``lexicon=False``
    checks against the earlier catalogues only (for a part written without reading the lexicon).
    """
    lexicon_names = set()
    if lexicon:
        from matching.lexicon import read_lexicon_rows

        path = Path(__file__).resolve().parents[1] / "matching" / "data" / "lexicon.tsv"
        lexicon_names = {n for _, names, _, _ in read_lexicon_rows(path) for n in names}
    others = {n for cat in earlier for c in cat for n in c[3] + c[4]}
    bad = sorted({n for c in catalogue for n in c[3] + c[4] if n in lexicon_names or n in others})
    if bad:
        raise SystemExit(f"{part} names already known to the lexicon or another part: {bad}")


def _earlier_catalogues():
    """The catalogues of the parts written before blind5."""
    return (CATALOGUE, BLIND2_CATALOGUE, BLIND3_CATALOGUE, BLIND4_CATALOGUE, _unseen_catalogue()[0])


def check_blind5(lexicon: bool = True) -> None:
    """Raise if a blind5 item name is a lexicon.tsv name or a name of another part (then it tests nothing new)."""
    check_new_part("blind5", BLIND5_CATALOGUE, _earlier_catalogues(), lexicon)


def check_blind6(lexicon: bool = True) -> None:
    """Raise if a blind6 item name is a lexicon.tsv name or a name of any earlier part."""
    check_new_part("blind6", BLIND6_CATALOGUE, _earlier_catalogues() + (BLIND5_CATALOGUE,), lexicon)


def _check_written_alone(part: str, catalogue, broad, earlier, earlier_groups) -> None:
    """Raise SystemExit if a part written without reading the lexicon is not what its comment says.

    ``catalogue`` and ``broad`` are the part's items and broader offers; ``earlier`` the earlier parts'
    catalogues, ``earlier_groups`` their broader offers. Checked against those only, never against
    lexicon.tsv: no item or group name of the part is a name of an earlier part; within the part no name
    belongs to two items or groups (labels follow identities, so a shared name would make them wrong);
    every group covers items of its own category and of one kind; all 11 categories of DESIGN.md are
    present, with at least 60 items.
    """
    check_new_part(part, catalogue, earlier, lexicon=False)
    old_names = ({n for cat in earlier for c in cat for n in c[3] + c[4]}
                 | {n for groups in earlier_groups for g in groups for n in g[2]})
    problems = sorted(f"group name of an earlier part: {n}"
                      for g in broad for n in g[2] if n in old_names)
    owner: dict[str, str] = {}
    named = [(c[0], c[3] + c[4]) for c in catalogue] + [(g[0], g[2]) for g in broad]
    for key, names in named:
        for n in set(names):
            if owner.setdefault(n, key) != key:
                problems.append(f"{n} names both {owner[n]} and {key}")
    by_key = {c[0]: c for c in catalogue}
    for key, cat, _, covered, _ in broad:
        if any(k not in by_key or by_key[k][1] != cat for k in covered):
            problems.append(f"group {key} covers an item outside {cat}")
        elif len({by_key[k][2] for k in covered}) != 1:
            problems.append(f"group {key} mixes kinds")
    from app.models import CATEGORIES

    missing = sorted(set(CATEGORIES) - {c[1] for c in catalogue})
    if missing or len(catalogue) < 60:
        problems.append(f"{len(catalogue)} items, categories missing: {missing}")
    if problems:
        raise SystemExit(f"{part}: " + "; ".join(problems))


_GROUPS_BEFORE_BLIND7 = (BROAD, UNSEEN_BROAD, BLIND2_BROAD, BLIND3_BROAD, BLIND4_BROAD, BLIND5_BROAD, BLIND6_BROAD)


def check_blind7() -> None:
    """Raise SystemExit if blind7 is not what its comment says (``_check_written_alone``)."""
    _check_written_alone("blind7", BLIND7_CATALOGUE, BLIND7_BROAD,
                         _earlier_catalogues() + (BLIND5_CATALOGUE, BLIND6_CATALOGUE), _GROUPS_BEFORE_BLIND7)


def check_blind8() -> None:
    """Raise SystemExit if blind8 is not what its comment says: checked like blind7, against every
    earlier part's catalogue and broader offers, blind7 included (never against lexicon.tsv), and every
    spec belongs to a blind8 item."""
    _check_written_alone("blind8", BLIND8_CATALOGUE, BLIND8_BROAD,
                         _earlier_catalogues() + (BLIND5_CATALOGUE, BLIND6_CATALOGUE, BLIND7_CATALOGUE),
                         _GROUPS_BEFORE_BLIND7 + (BLIND7_BROAD,))
    stray = sorted(set(BLIND8_SPECS) - {c[0] for c in BLIND8_CATALOGUE})
    if stray:
        raise SystemExit(f"blind8: specs of unknown items: {stray}")

COUNTIES = ["520581", "520524", "520203", "522327", "620523", "621126", "532128", "511722", "431229", "450328"]
DONOR_REGIONS = [None, "3301", "4403", "3702", "52", "62", "1101"]

TEMPLATES = {
    "tune": {
        "need_title": ["{who}急需{name}", "家里缺{name}", "{who}需要{name}", "恳请帮扶{name}"],
        "need_desc": ["{cause}，希望爱心人士帮忙。", "{cause}，盼望得到{name}。", "{cause}。"],
        "negated": ["去年已领到{other}", "{other}暂时不缺", "{other}的问题已经解决", "除了{other}，还需要{name}",
                    "{other}已经有了"],
        "offer_title": ["{donor}捐赠{name}", "{donor}提供{name}", "爱心{name}"],
    },
    "unseen": {
        "need_title": ["{who}缺少{name}", "{name}急缺", "申请{name}", "帮{who}解决{name}"],
        "need_desc": ["{cause}，家里条件差。", "{cause}，望社会各界帮扶。", "{cause}，恳请帮助。"],
        "negated": ["{other}前几年发过了", "{other}不用了", "{other}已落实", "除去{other}",
                    "{other}去年领过"],
        "offer_title": ["{donor}送{name}", "{donor}帮扶{name}", "捐{name}"],
    },
    "blind2": {
        "need_title": ["{who}家缺{name}", "请求支援{name}", "{name}需求", "急盼{name}"],
        "need_desc": ["{cause}，日子过得紧。", "{cause}，急需{name}。", "{cause}，谢谢好心人。"],
        "negated": ["{other}已经领了", "{other}政府已经发了", "{other}家里有", "{other}不缺", "{other}去年就解决了",
                    "除{other}外"],
        "offer_title": ["{donor}愿意捐出{name}", "闲置{name}转赠", "{donor}：{name}"],
    },
    "blind3": {
        "need_title": ["{who}缺{name}", "想申请{name}", "{name}，求帮助", "需{name}"],
        "need_desc": ["{cause}，{name}不够用。", "{cause}，家里一直没有{name}。", "{cause}，原来的{name}已经坏了。",
                      "{cause}，请帮忙解决。"],
        "negated": ["{other}已经有了", "不缺{other}", "{other}够用", "{other}就不必了", "{other}已由爱心企业捐赠",
                    "{other}上个月发过", "{other}没有需要", "暂不需要{other}", "{other}村里统一配过了",
                    "{other}用不着", "{other}前阵子有人送来了", "{other}早就备好了"],
        "offer_title": ["{donor}爱心捐{name}", "{name}捐赠（{donor}）", "{donor}可提供{name}"],
    },
    "blind4": {
        "need_title": ["{who}家里要{name}", "麻烦帮忙凑点{name}", "{name}没着落", "求一些{name}"],
        "need_desc": ["{cause}，{name}一件都没有。", "{cause}，{name}还差一些。", "{cause}，家里的{name}早就用烂了。",
                      "{cause}，实在没办法了。"],
        "negated": ["{other}先不考虑", "{other}年前刚发的", "{other}有富余", "{other}亲戚给买了", "{other}乡里给送来了",
                    "{other}不稀罕", "{other}犯不着再要", "{other}已经配齐", "{other}去年冬天领过", "{other}家里还有不少"],
        "offer_title": ["{donor}定向捐{name}", "{name}一批（{donor}）", "{donor}捐助{name}若干"],
    },
    "blind5": {
        "need_title": ["{who}盼着添{name}", "{name}紧缺，望帮扶", "给{who}弄点{name}", "想讨点{name}"],
        "need_desc": ["{cause}，{name}缺得厉害。", "{cause}，连{name}都置办不起。", "{cause}，{name}老早就坏了没钱换。",
                      "{cause}，日子难熬。"],
        "negated": ["{other}就不劳费心了", "{other}去年扶贫办送过", "{other}已有人认领", "{other}家里攒了一些",
                    "{other}用不上", "{other}邻居给了", "{other}暂且够使", "{other}村委会发过了", "{other}已经添置了",
                    "不需要{other}"],
        "offer_title": ["{donor}献爱心：{name}", "{donor}备好{name}待领", "{name}若干，{donor}捐"],
    },
    "blind6": {
        "need_title": ["{who}家少{name}", "向社会求{name}", "{name}盼支援", "能否资助{name}"],
        "need_desc": ["{cause}，{name}始终没钱买。", "{cause}，{name}一直短着。", "{cause}，眼下最缺的就是{name}。",
                      "{cause}，{name}破得不能用了。", "{cause}，望施以援手。"],
        "negated": ["{other}早先有人捐过", "{other}这块不用操心", "{other}民政上已经给了", "{other}还剩下好些",
                    "{other}过年时发了", "{other}自己能买", "{other}已申领到手", "{other}就免了",
                    "{other}娘家送过来了", "不再需要{other}"],
        "offer_title": ["{donor}认捐{name}", "现有{name}可捐（{donor}）", "{donor}出资购置{name}"],
    },
    "blind7": {
        "need_title": ["{who}盼着能有{name}", "缺{name}，请帮帮忙", "{name}谁能帮一把", "{who}希望得到{name}"],
        "need_desc": ["{cause}，{name}老是不够。", "{cause}，{name}一直没着落。", "{cause}，{name}缺口还大。",
                      "{cause}，至今没有{name}。", "{cause}，盼好心人伸手。"],
        "negated": ["去年已经领过{other}了", "家里还有{other}", "除开{other}", "{other}帮扶干部已经送到家了",
                    "{other}倒是不缺", "{other}单位发的还没用完", "{other}闺女从外地寄回来了", "{other}就不要了",
                    "{other}上回救助时给过了", "{other}前年买过还能用", "{other}除外", "{other}已经够数了"],
        "offer_title": ["{donor}免费发放{name}", "{donor}募集到{name}", "{name}赠送（{donor}）"],
    },
    "blind8": {
        # Needs in a county or township office's words, offers as an enterprise or 消费扶贫 buyer posts them.
        "need_title": ["关于申请解决{name}的报告", "因灾受损，急需{name}", "{who}{name}需求申报", "申请配置{name}"],
        "need_desc": ["{cause}，急需{name}，请予以协调解决。", "{cause}，现申请解决{name}，请审核。",
                      "{cause}，{name}缺口较大，恳请社会力量支持。", "{cause}，原有{name}已损毁无法使用，申请补充。",
                      "{cause}，经核实确无{name}，特此申请。"],
        "negated": ["{other}已由民政部门发放到位", "{other}已纳入其他帮扶项目解决", "除{other}已落实外",
                    "{other}不在本次申请范围内", "{other}前期已足额配发", "{other}已于今年上半年发放到户",
                    "{other}需求已销号", "不含{other}", "{other}现有存量可满足需要", "{other}已通过临时救助解决",
                    "{other}由结对帮扶单位另行解决", "{other}无需另行申请"],
        "offer_title": ["{donor}定向捐赠{name}", "【{donor}】{name}，可对接帮扶", "{name}（{donor}批量供应）"],
        "offer_title_consumption": ["{donor}长期收购{name}", "{donor}消费帮扶采购：{name}", "求购{name}（{donor}）"],
        "who": ["脱贫不稳定户", "边缘易致贫户", "突发严重困难户", "易地搬迁安置点", "特困供养对象", "村集体经济组织",
                "受灾农户"],
        "cause": ["受今年汛期强降雨影响", "经入户核查", "因灾受损", "经村民代表会议评议", "因突发重病导致家庭支出骤增",
                  "安置点新房即将入住", "按照防止返贫动态监测要求"],
        "donor": ["农业产业化龙头企业", "东西部协作帮扶企业", "连锁商超采购部", "电商平台助农频道", "医药流通企业",
                  "建材贸易公司", "国有企业定点帮扶办"],
        "specs": BLIND8_SPECS,
    },
    "heldout": {
        "need_title": ["盼望添置{name}", "{who}想要{name}", "求助：{name}", "{name}短缺"],
        "need_desc": ["{cause}，生活很困难。", "{cause}，请好心人帮帮忙。", "{cause}，谢谢大家。"],
        "negated": ["前年领过{other}", "{other}目前不需要", "{other}早已解决了", "除了{other}以外都缺",
                    "{other}够用了", "上次已经收到{other}"],
        "offer_title": ["{donor}援助{name}", "{donor}捐助一批{name}", "{name}（{donor}）"],
    },
}
WHO = ["留守老人", "五保户", "低保户", "残疾人家庭", "单亲家庭", "孤寡老人", "困难群众"]
CAUSE = ["因病致贫", "主要劳动力外出务工受伤", "家中老人常年卧床", "去年遭受洪灾", "缺技术", "孩子正在上学"]
DONOR = ["爱心企业", "商会", "公益基金会", "志愿者协会", "定点帮扶单位", "东部协作城市"]


# The "blind9" part (written 2026-11-30 for issue 13 by someone who had not read the lexicon, the
# matcher's features, docs/matching.md or any part's records), in a voice no other part has: needs
# written on a household's behalf by a village's 驻村第一书记 or 帮扶责任人 in a work diary or a WeChat
# group (「帮扶户张某家缺X」「走访发现王大爷X不够用」「工作日志｜…」), offers posted from a phone by 社会组织,
# 公益机构 and 爱心人士 (「我们团队募集到一批X」「家里闲置X九成新，愿意捐给需要的家庭」「公司年会余下X」),
# with second-hand goods (九成新油汀, 二手电子琴, 闲置安卓手机), packs and bundles (牛奶 提 = 12 盒, 箱 = 24
# 盒; 笔芯 盒 = 20 支; 拉拉裤 包 = 10 片), abbreviations and casual spellings typed on a phone (羽拍, 五三, 牛津
# 高阶, ppr水管, wifi, 青储料, 油丁, 席梦丝, 3黄鸡苗, 5斗柜, 姨妈巾). 88 items of all 11 categories (four
# 金融信贷 items of kind "cash", four 就业帮扶 items of kind "service"), 19 broader offers under names of
# their own (洗护礼包, 温暖包, 常备药品包, 开学大礼包, 闲置图书, 畜禽苗, 饲草料, 助农年货, 乔迁家电, 爱心善款 ...),
# the three of mass items offered in 公斤 so that their amounts convert, 14 negation / past templates in that
# voice (「X上次走访已经送过去了」「X镇上已经给兜底了」「X已对接好，大家别重复捐」「之前缺X，现在补上了」
# 「X已在爱心超市用积分换到」「X群里接龙已经认领完」「清单上的X已勾掉」 ...), shortage phrasings that stay
# requests (「X还缺着」「X到现在也没凑上」「X都是借邻居的」), units that need converting (斤 / 两 / 公斤 / kg
# / ｋｇ, 升 / L / 毫升 / ml and 桶 = 3 升 洗衣液, 平方米 / 平 / ㎡ and 亩 = 666.7 平方米 遮阳网, 亩 / 平方米 大棚
# 骨架, 卷 = 50 平方米 地板革, 根 = 4 米 PPR管, 块 = 0.5 米 路沿石, 打 = 12 枚 鹅蛋, 盒 = 50 条 血糖试纸, 万棒
# 菌棒, 元 / 块 / 万元) and 15 % of the mass-item offers in 盒 (a gift box of unknown weight, not comparable).
# ``check_blind9`` checks names against the earlier parts' catalogues and groups only (never the
# lexicon) and its negation templates against the earlier parts' templates. Never tune on it.
BLIND9_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("两", 0.05), ("千克", 1.0), ("ｋｇ ", 1.0), ("斤 ", 0.5)]
_YUAN9 = [("元", 1.0), ("块", 1.0), ("万元", 10000.0)]
_HEADS9 = [("人", 1.0), ("名", 1.0), ("个", 1.0)]
_AREA9 = [("平方米", 1.0), ("平", 1.0), ("㎡", 1.0)]
BLIND9_CATALOGUE = [
    # 生活物资
    ("batting9", "living", "goods", ["棉花胎", "棉胎", "新棉胎"], ["新疆棉花胎（8斤）", "手工弹棉花胎"], ["床", "条"], (2, 5)),
    ("kids_down9", "living", "goods", ["小孩羽绒服", "娃的羽绒服", "儿童羽绒衣"], ["九成新儿童羽绒服", "童款羽绒服（二手）"], ["件"], (1, 3)),
    ("oil_heater9", "living", "goods", ["油汀", "电油汀", "油汀取暖器"], ["九成新油汀", "13片油丁取暖器"], ["台"], (1, 1)),
    ("hand_warmer9", "living", "goods", ["暖手宝", "充电暖手宝", "暖手包"], ["充电式暖手宝", "暖手宝（带充电宝功能）"], ["个"], (1, 3)),
    ("milk9", "living", "goods", ["纯牛奶", "学生奶", "盒装牛奶"], ["纯牛奶整箱", "年会剩的牛奶"], [("盒", 1.0), ("提", 12.0), ("箱", 24.0)], (24, 240)),
    ("detergent9", "living", "goods", ["洗衣液", "洗衣水"], ["家庭装洗衣液", "洗衣液（大桶）"], [("升", 1.0), ("L", 1.0), ("毫升", 0.001), ("ml", 0.001), ("桶", 3.0)], (3, 12)),
    ("wok9", "living", "goods", ["炒锅", "大铁锅", "炒菜锅"], ["生铁炒锅", "不粘炒锅九成新"], ["口", "个"], (1, 1)),
    ("toothbrush9", "living", "goods", ["牙刷", "软毛牙刷"], ["儿童软毛牙刷", "牙刷（10支装）"], ["支", "把"], (2, 8)),
    ("toothpaste9", "living", "goods", ["牙膏", "儿童牙膏"], ["含氟牙膏", "牙膏（家庭装）"], ["支", "管"], (2, 8)),
    ("shampoo9", "living", "goods", ["洗发水", "洗头膏", "洗发露"], ["去屑洗发水", "洗发水（年会剩的）"], ["瓶"], (1, 4)),
    ("purifier9", "living", "goods", ["净水器", "滤水器", "净水机"], ["九成新净水器", "反渗透净水机"], ["台"], (1, 1)),
    ("pads9", "living", "goods", ["卫生巾", "姨妈巾", "女生用的卫生巾"], ["日用卫生巾", "卫生巾（整箱）"], [("片", 1.0), ("包", 10.0)], (20, 100)),
    # 医疗救助
    ("power_chair9", "medical", "goods", ["电动轮椅", "电轮椅"], ["二手电动轮椅", "可折叠电动轮椅"], ["台", "辆"], (1, 1)),
    ("test_strips9", "medical", "goods", ["血糖试纸", "试纸条", "测糖试纸"], ["血糖试纸（50条/盒）", "罗氏试纸"], [("条", 1.0), ("片", 1.0), ("盒", 50.0)], (50, 300)),
    ("oxygen_bag9", "medical", "goods", ["氧气袋", "氧气枕"], ["42升便携氧气袋", "家用氧气枕头"], ["个"], (1, 2)),
    ("quad_cane9", "medical", "goods", ["四脚拐", "四爪拐", "四角拐杖"], ["铝合金四脚拐", "四脚拐棍（九成新）"], ["根", "个"], (1, 1)),
    ("air_mattress9", "medical", "goods", ["防褥疮气垫", "防压疮床垫", "气垫床"], ["充气防褥疮床垫", "波动型防褥疮垫"], ["张", "个"], (1, 1)),
    ("pull_ups9", "medical", "goods", ["拉拉裤", "成人拉拉裤", "老人拉拉裤"], ["成人拉拉裤L码", "拉拉裤（10片/包）"], [("片", 1.0), ("包", 10.0)], (20, 100)),
    ("heart_pills9", "medical", "goods", ["速效救心丸", "救心丸"], ["速效救心丸（整盒）", "救心丸60粒装"], ["瓶", "盒"], (1, 4)),
    ("ibuprofen9", "medical", "goods", ["布洛芬", "退烧药布洛芬", "芬必得"], ["布洛芬缓释胶囊", "布洛芬混悬液"], ["盒"], (1, 5)),
    ("huoxiang9", "medical", "goods", ["藿香正气水", "藿香水", "藿香正气液"], ["藿香正气口服液", "藿香正气水（10支/盒）"], ["盒"], (1, 5)),
    ("myopia9", "medical", "goods", ["近视眼镜", "近视镜", "配眼镜"], ["学生近视眼镜（免费验配）", "近视镜片+镜框"], ["副"], (1, 2)),
    # 教育助学
    ("en_dict9", "education", "goods", ["英汉词典", "英语字典", "英汉字典"], ["牛津高阶（九成新）", "二手英汉词典"], ["本"], (1, 3)),
    ("workbook9", "education", "goods", ["教辅资料", "练习册", "辅导书"], ["五三（二手）", "初中全套教辅九成新"], ["本"], (3, 15)),
    ("trolley_bag9", "education", "goods", ["拉杆书包", "拉杆包"], ["小学生拉杆书包", "拉杆书包（二手）"], ["个"], (1, 2)),
    ("refills9", "education", "goods", ["笔芯", "中性笔芯", "水笔芯"], ["0.5mm笔芯", "中性笔芯（20支/盒）"], [("支", 1.0), ("根", 1.0), ("盒", 20.0)], (20, 100)),
    ("mech_pencil9", "education", "goods", ["自动铅笔", "活动铅笔"], ["自动铅笔（送铅芯）", "2B自动笔"], ["支"], (2, 10)),
    ("keyboard9", "education", "goods", ["电子琴", "电子钢琴"], ["二手电子琴", "61键电子琴九成新"], ["台"], (1, 1)),
    ("melodica9", "education", "goods", ["口风琴", "吹琴"], ["37键口风琴", "学生口风琴"], ["个", "把"], (1, 3)),
    ("badminton9", "education", "goods", ["羽毛球拍", "羽拍"], ["羽毛球拍一对（送球）", "碳素羽拍"], ["副", "对"], (1, 3)),
    ("essays9", "education", "goods", ["作文书", "作文大全", "优秀作文选"], ["小学生作文书", "满分作文（九成新）"], ["本"], (2, 10)),
    ("picture_books9", "education", "goods", ["绘本", "儿童绘本", "图画书"], ["幼儿绘本（九成新）", "中英双语绘本"], ["本"], (5, 30)),
    # 产业发展
    ("shade_net9", "production", "goods", ["遮阳网", "遮光网", "黑网"], ["8针遮阳网", "加密遮阳网（二手）"], _AREA9 + [("亩", 666.7)], (200, 2000)),
    ("hu_sheep9", "production", "goods", ["湖羊", "湖羊母羊"], ["湖羊种羊", "湖羊（已防疫）"], ["只"], (2, 10)),
    ("yellow_chick9", "production", "goods", ["三黄鸡苗", "黄鸡苗", "3黄鸡苗"], ["三黄鸡雏", "脱温三黄鸡苗"], ["只", "羽"], (50, 300)),
    ("yellow_cattle9", "production", "goods", ["黄牛", "本地黄牛", "小黄牛"], ["黄牛犊（已防疫）", "本地黄牛犊"], ["头"], (1, 2)),
    ("spawn_logs9", "production", "goods", ["菌棒", "香菇菌棒", "菌包"], ["香菇菌棒（已接种）", "木耳菌包"], [("棒", 1.0), ("袋", 1.0), ("万棒", 10000.0)], (1000, 10000)),
    ("pepper_seedling9", "production", "goods", ["花椒苗", "椒苗", "大红袍苗"], ["嫁接花椒苗", "九叶青花椒苗"], ["株", "棵"], (100, 1000)),
    ("silage9", "production", "goods", ["青贮", "青贮饲料", "青储料"], ["全株青贮（裹包）", "玉米青贮料"], None, (500, 5000)),
    ("seeder9", "production", "goods", ["播种机", "点播器", "玉米点播机"], ["手推式播种机", "多功能点播器"], ["台"], (1, 1)),
    ("hay9", "production", "goods", ["干草捆", "喂牛的干草", "草捆子"], ["苜蓿干草捆", "燕麦草捆"], None, (500, 3000)),
    ("manure9", "production", "goods", ["有机肥", "羊粪有机肥", "农家肥"], ["生物有机肥", "发酵羊粪"], None, (500, 3000)),
    ("hoop_house9", "production", "goods", ["大棚骨架", "棚架", "大棚钢架"], ["镀锌钢管棚架", "二手大棚骨架"], [("亩", 1.0), ("平方米", 0.0015)], (1, 3)),
    # 消费扶贫
    ("navel_orange9", "consumption", "goods", ["脐橙", "橙子", "赣南脐橙"], ["脐橙认购", "果园直发脐橙"], None, (500, 3000)),
    ("acacia_honey9", "consumption", "goods", ["槐花蜜", "洋槐蜜"], ["农家槐花蜜", "洋槐蜂蜜（原蜜）"], None, (50, 300)),
    ("goose_eggs9", "consumption", "goods", ["鹅蛋", "大鹅蛋"], ["散养鹅蛋", "新鲜鹅蛋"], [("枚", 1.0), ("个", 1.0), ("打", 12.0)], (100, 1000)),
    ("sausage9", "consumption", "goods", ["腊肠", "农家香肠", "灌肠"], ["柴火烟熏香肠", "手工腊肠"], None, (50, 500)),
    ("sunflower9", "consumption", "goods", ["葵花籽", "葵瓜子", "瓜子儿"], ["原味葵花籽", "生瓜子"], None, (100, 1000)),
    ("purple_yam9", "consumption", "goods", ["紫薯", "紫心薯"], ["高山紫薯", "新鲜紫薯"], None, (500, 3000)),
    ("glutinous9", "consumption", "goods", ["糯米", "江米", "酒米"], ["长粒糯米", "农家圆糯米"], None, (100, 1000)),
    ("taro9", "consumption", "goods", ["芋头", "芋艿", "毛芋"], ["荔浦芋头", "小芋头"], None, (500, 3000)),
    ("pomelo9", "consumption", "goods", ["蜜柚", "柚子", "文旦"], ["红心蜜柚", "三红蜜柚"], None, (500, 3000)),
    ("fermented_tofu9", "consumption", "goods", ["霉豆腐", "腐乳", "豆腐乳"], ["农家霉豆腐", "红油腐乳"], ["瓶", "罐"], (50, 300)),
    # 住房安全
    ("vinyl_floor9", "housing", "goods", ["地板革", "地胶", "地板胶"], ["加厚地板革", "PVC地板胶（整卷）"], _AREA9 + [("卷", 50.0)], (20, 100)),
    ("resin_tile9", "housing", "goods", ["树脂瓦", "合成树脂瓦"], ["ASA树脂瓦", "仿古树脂瓦"], _AREA9, (50, 300)),
    ("alu_window9", "housing", "goods", ["铝合金窗", "铝窗", "推拉窗"], ["断桥铝合金窗", "铝合金推拉窗（二手）"], ["扇", "套"], (2, 6)),
    ("mortar9", "housing", "goods", ["砂浆", "干粉砂浆", "抹灰砂浆"], ["预拌干混砂浆", "M10砌筑砂浆"], None, (500, 3000)),
    ("ppr9", "housing", "goods", ["PPR管", "ppr水管", "热熔管"], ["PPR冷热水管", "ppr管（4米/根）"], [("米", 1.0), ("根", 4.0)], (20, 100)),
    ("purlin9", "housing", "goods", ["檩条", "檩子", "房檩"], ["杉木檩条", "C型钢檩条"], ["根"], (5, 20)),
    ("squat_pan9", "housing", "goods", ["蹲便器", "蹲坑", "蹲厕"], ["陶瓷蹲便器", "防臭蹲便器"], ["个", "套"], (1, 2)),
    # 易地搬迁
    ("spring_mattress9", "relocation", "goods", ["席梦思", "弹簧床垫", "席梦思床垫"], ["席梦丝（九成新）", "独立弹簧床垫"], ["张", "个"], (1, 2)),
    ("air_con9", "relocation", "goods", ["空调", "挂机空调", "空调机"], ["1.5匹挂机（二手）", "九成新挂式空调"], ["台", "套"], (1, 2)),
    ("bookcase9", "relocation", "goods", ["书柜", "小书架", "儿童书架"], ["实木书柜", "简易书架（闲置）"], ["个"], (1, 1)),
    ("drawers9", "relocation", "goods", ["五斗柜", "抽屉柜", "斗柜"], ["5斗柜", "实木抽屉柜（二手）"], ["个"], (1, 1)),
    ("bath_heater9", "relocation", "goods", ["浴霸", "取暖浴霸"], ["风暖浴霸", "灯暖浴霸（全新未拆）"], ["台", "个"], (1, 1)),
    ("sterilizer9", "relocation", "goods", ["消毒柜", "碗筷消毒柜"], ["立式消毒柜", "家用消毒碗柜"], ["台"], (1, 1)),
    ("microwave9", "relocation", "goods", ["微波炉", "微波炉子"], ["九成新微波炉", "20升微波炉"], ["台"], (1, 1)),
    # 基础设施
    ("yard_light9", "infrastructure", "goods", ["庭院灯", "院灯", "太阳能院灯"], ["太阳能庭院灯", "LED院子灯"], ["盏", "个"], (5, 30)),
    ("sweeper_cart9", "infrastructure", "goods", ["保洁车", "环卫三轮", "垃圾清运车"], ["电动保洁车", "环卫保洁三轮车"], ["辆"], (1, 2)),
    ("hoop_stand9", "infrastructure", "goods", ["篮球架", "篮球框", "移动篮球架"], ["标准移动篮球架", "户外篮球架（一副）"], ["副", "个"], (1, 2)),
    ("cistern9", "infrastructure", "goods", ["水窖", "集雨水窖", "旱窖"], ["集雨水窖建设材料", "PE集雨水窖"], ["口", "个"], (1, 3)),
    ("curb9", "infrastructure", "goods", ["路沿石", "路边石", "道牙子"], ["花岗岩路沿石", "混凝土道牙"], [("米", 1.0), ("块", 0.5)], (50, 300)),
    # 就业帮扶
    ("forklift9", "employment", "service", ["叉车培训", "学开叉车", "叉车证"], ["叉车司机培训（包考证）", "免费叉车证培训"], _HEADS9, (1, 3)),
    ("pastry9", "employment", "service", ["面点培训", "学做面点", "学做包子馒头"], ["中式面点师培训", "面点技能班"], _HEADS9, (1, 3)),
    ("carer9", "employment", "service", ["护工培训", "养老护理员培训", "学当护工"], ["养老护理员培训班", "医疗护工技能培训"], _HEADS9, (1, 3)),
    ("factory_job9", "employment", "service", ["找份普工的活", "进厂打工", "普工岗位"], ["电子厂招普工", "包吃住普工岗位"], _HEADS9, (1, 2)),
    ("bbq9", "employment", "goods", ["烧烤炉", "烤串炉", "烧烤架"], ["不锈钢烧烤炉（摆摊用）", "木炭烤串炉"], ["台", "个"], (1, 1)),
    ("barber_chair9", "employment", "goods", ["理发椅", "剃头椅", "美发椅"], ["二手理发椅", "液压美发椅"], ["把", "张"], (1, 2)),
    # 其他
    ("old_phone9", "other", "goods", ["上网课的手机", "安卓手机", "学生用手机"], ["闲置安卓手机", "旧手机（能正常用）"], ["部", "台"], (1, 1)),
    ("opera_player9", "other", "goods", ["唱戏机", "听戏机", "老人看戏机"], ["老年看戏机（可插卡）", "唱戏机九成新"], ["台", "个"], (1, 1)),
    ("kids_bike9", "other", "goods", ["儿童自行车", "小孩单车", "童车"], ["九成新儿童自行车", "16寸童车"], ["辆"], (1, 2)),
    ("ebike_battery9", "other", "goods", ["电瓶", "电动车电池", "电车电瓶"], ["48V电瓶（一组）", "电动车电池组"], ["组"], (1, 1)),
    ("router9", "other", "goods", ["路由器", "wifi", "无线路由器"], ["闲置路由器", "WiFi路由器（二手）"], ["个", "台"], (1, 1)),
    ("satellite9", "other", "goods", ["户户通", "卫星锅", "锅盖天线"], ["户户通接收机（带锅）", "户户通设备"], ["套"], (1, 1)),
    # 金融信贷
    ("bridge_loan9", "finance", "cash", ["过桥资金", "续贷过桥款", "倒贷的钱"], ["过桥周转借款", "无息过桥借款"], _YUAN9, (5000, 30000)),
    ("house_insurance9", "finance", "cash", ["农房保险", "住房保险保费", "房屋保险费"], ["农房保险保费代缴", "农房保险资助"], _YUAN9, (50, 300)),
    ("startup9", "finance", "cash", ["创业本钱", "开店本钱", "创业启动金"], ["创业启动资金资助", "开店扶持款"], _YUAN9, (3000, 20000)),
    ("huiminbao9", "finance", "cash", ["惠民保", "补充医疗保险费", "惠民保保费"], ["惠民保代缴", "补充医疗保险保费资助"], _YUAN9, (50, 200)),
]
# Broader offers, as a group or a donor posts them: bundles (洗护礼包, 开学大礼包), "a box of" second-hand
# things (闲置图书, 闲置数码产品), a buyer's 助农年货 in 公斤 (a mass unit of size 1, so the amount converts).
BLIND9_BROAD = [
    ("toiletries9", "living", ["洗护礼包", "洗漱套装"], ["toothbrush9", "toothpaste9", "shampoo9"], ["份", "套"]),
    ("warmth9", "living", ["温暖包", "冬日爱心包"], ["batting9", "kids_down9", "hand_warmer9"], ["个", "份"]),
    ("household_chem9", "living", ["日化用品", "日化大礼包"], ["detergent9", "toothpaste9", "shampoo9"], ["箱"]),
    ("medicine_kit9", "medical", ["常备药品包", "小药箱（常用药）"], ["heart_pills9", "ibuprofen9", "huoxiang9"], ["份"]),
    ("carer_kit9", "medical", ["失能老人照护用品", "卧床老人护理包"], ["pull_ups9", "air_mattress9"], ["套"]),
    ("school_pack9", "education", ["开学大礼包", "开学礼包"], ["trolley_bag9", "refills9", "mech_pencil9"], ["份", "套"]),
    ("used_books9", "education", ["闲置图书", "二手书"], ["en_dict9", "workbook9", "essays9", "picture_books9"], ["箱"]),
    ("instruments9", "education", ["乐器", "音乐器材"], ["keyboard9", "melodica9"], ["件"]),
    ("young_stock9", "production", ["畜禽苗", "畜禽幼崽"], ["hu_sheep9", "yellow_chick9", "yellow_cattle9"], ["只", "头"]),
    ("forage9", "production", ["饲草料", "牛羊草料"], ["silage9", "hay9"], ["公斤"]),
    ("greenhouse9", "production", ["大棚物资", "设施农业物资"], ["shade_net9", "hoop_house9"], ["批"]),
    ("new_year_goods9", "consumption", ["助农年货", "年货采购"], ["sausage9", "glutinous9", "sunflower9", "taro9", "purple_yam9"], ["公斤"]),
    ("fruit9", "consumption", ["应季水果", "时令鲜果"], ["navel_orange9", "pomelo9"], ["公斤"]),
    ("repair9", "housing", ["房屋修缮材料", "修房材料"], ["resin_tile9", "purlin9", "alu_window9", "vinyl_floor9"], ["批"]),
    ("move_in_appliances9", "relocation", ["乔迁家电", "搬新家家电"], ["air_con9", "bath_heater9", "sterilizer9", "microwave9"], ["台"]),
    ("move_in_furniture9", "relocation", ["乔迁家具", "入住家具包"], ["spring_mattress9", "bookcase9", "drawers9"], ["套"]),
    ("skills9", "employment", ["技能提升班", "免费学技术"], ["forklift9", "pastry9", "carer9"], ["人"]),
    ("donation9", "finance", ["爱心善款", "帮扶善款"], ["bridge_loan9", "house_insurance9", "startup9", "huiminbao9"], ["元"]),
    ("digital9", "other", ["闲置数码产品", "旧电子产品"], ["old_phone9", "router9", "opera_player9"], ["件"]),
]
TEMPLATES["blind9"] = {
    # Needs as a village's 驻村第一书记 / 帮扶责任人 writes them down, offers as a donor posts them from a phone.
    "need_title": ["帮扶户{who}家缺{name}", "走访发现{who}{name}不够用", "【求助】{who}需要{name}，有的私聊",
                   "工作日志｜{who}家{name}还没落实", "群里问问：谁有{name}？{who}家用得上"],
    "need_desc": ["{cause}，{name}还缺着。", "{cause}，{name}到现在也没凑上，麻烦大家帮忙转发。",
                  "{cause}，{name}都是借邻居的。", "{cause}，眼下最急的是{name}，有意向的直接联系我。",
                  "{cause}，记一笔：需要{name}。"],
    "negated": ["{other}上次走访已经送过去了", "{other}镇上已经给兜底了", "{other}已对接好，大家别重复捐",
                "之前缺{other}，现在补上了", "{other}有着落了", "{other}已在爱心超市用积分换到",
                "{other}群里接龙已经认领完", "清单上的{other}已勾掉", "{other}✅搞定", "{other}他儿子打工回来已经买了",
                "{other}这次先不报", "{other}那边我已协调到位", "{other}上礼拜已经领回家", "{other}的缺口上周填上了"],
    "offer_title": ["{donor}：我们团队募集到一批{name}", "家里闲置{name}，愿意捐给需要的家庭（{donor}）",
                    "公司年会余下{name}，{donor}想捐给村里", "{donor}有{name}可以免费送，需要的私信",
                    "出{name}，不要钱，给困难户（{donor}）"],
    "offer_title_consumption": ["{donor}想认购一批{name}，支持一下农户", "公司年货打算买{name}，{donor}对接",
                                "{donor}团购{name}，助农价就行"],
    "offer_title_employment": ["{donor}推荐：{name}", "{name}，有需要的联系{donor}", "{donor}转：{name}"],
    "offer_title_finance": ["{donor}愿意出{name}，帮一户是一户", "{donor}捐{name}（可定向到户）",
                            "{name}，{donor}认捐"],
    "who": ["张某", "李某某", "王大爷", "赵奶奶", "刘某", "陈某", "杨婶"],
    "cause": ["今天入户走访", "周三和帮扶责任人一起去他家", "网格员在群里反映", "老两口都七十多了，儿女在外打工",
              "男主人去年干活摔伤了腰", "家里两个娃都在镇上读书", "今年雨水多收成差"],
    "donor": ["爱心车队", "义工联", "一位不愿留名的爱心人士", "公司工会", "读书会的朋友们", "校友群",
              "爱心妈妈团"],
}


def _template_cue(template: str) -> str:
    """A negation template without its placeholders and punctuation: the words that carry the negation."""
    return "".join(ch for ch in template.replace("{other}", "").replace("{name}", "") if ch not in "，。、！")


def check_blind9() -> None:
    """Raise SystemExit if blind9 is not what its comment says: checked like blind8 (``_check_written_alone``)
    against every earlier part's catalogue and broader offers, blind8 included (never against lexicon.tsv),
    and none of its negation templates is an earlier part's (compared without placeholders)."""
    _check_written_alone("blind9", BLIND9_CATALOGUE, BLIND9_BROAD,
                         _earlier_catalogues() + (BLIND5_CATALOGUE, BLIND6_CATALOGUE, BLIND7_CATALOGUE,
                                                  BLIND8_CATALOGUE),
                         _GROUPS_BEFORE_BLIND7 + (BLIND7_BROAD, BLIND8_BROAD))
    earlier = {_template_cue(x) for part, t in TEMPLATES.items() if part != "blind9" for x in t["negated"]}
    reused = sorted(x for x in TEMPLATES["blind9"]["negated"] if _template_cue(x) in earlier)
    if reused:
        raise SystemExit(f"blind9: negation templates of an earlier part: {reused}")


# The "blind10" part (written 2026-11-30 for issue 13 by someone who had not read the lexicon, the
# matcher's features, docs/matching.md or any part's records) in a voice no other part has: needs as
# households of north-western and south-western villages say them (西北 / 西南官话: 铺盖卷儿, 洋炉子, 胡麻油,
# 棉窝窝, 背篼儿, 镢头, 苞谷子, 洋芋蛋蛋, 火炕, 炕桌, 活路 ...; 「家里头莫得X」「X短下了」), and offers as officials of the
# eastern paired cities write them under 东西部协作 / 对口帮扶 / 定点帮扶 (「广州市对口帮扶织金县物资：X」
# 「…，协作资金采购X」, programme packs such as 御寒过冬包, 劳务协作 jobs and 订单式 training as
# services, 协作资金 of kind "cash" for finance and for 学费 / 大病救助). 88 items of all 11 categories,
# 19 broader offers under names of their own, negations and past mentions in that voice (「X屋头还有，
# 莫得问题」「X就不消了」「X年时帮扶干部送来过」「撇开X不说」「X的事早都弄停当了」), and units that need
# converting: mass 斤 / 两 / 公斤 / kg / 吨, packs whose size the catalogue fixes (桶 = 5 升 胡麻油,
# 袋 = 25 kg 面粉, 袋 = 40 kg 化肥, 袋 = 20 kg 精料, 桶 = 20 kg 乳胶漆, 盒 = 10 支 藿香正气水, 包 = 10 本,
# 捆 = 100 株 / 100 条, 盘 = 100 米 水管, 卷 = 30 ㎡ 地板革), volume (升 / 毫升 / L), area (平方米 / ㎡ /
# 平米), counts (双 / 打, 块 / 千块, 方 / 立方米) and 15 % of the mass-item offers in 车 (a truckload of
# unknown weight, not comparable). ``check_blind10`` checks names against the earlier parts only.
BLIND10_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("两", 0.05), ("千克 ", 1.0), ("ＫＧ", 1.0), ("市斤", 0.5)]
_MASS10 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0)]
_PERSONS10 = [("人", 1.0), ("名", 1.0), ("个人", 1.0)]
_LITRES10 = [("升", 1.0), ("L", 1.0), ("毫升", 0.001)]
_AREA10 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
_YUAN10 = ["元"]
BLIND10_CATALOGUE = [
    ("quilt10", "living", "goods", ["铺盖卷儿", "盖的铺盖", "厚铺盖"], ["对口帮扶冬被", "新疆棉冬被"], ["床", "条"], (2, 5)),
    ("mattress10", "living", "goods", ["垫絮", "垫被", "棉垫絮"], ["棉花垫絮", "加厚床垫褥"], ["床", "条"], (1, 4)),
    ("vest10", "living", "goods", ["主腰子", "棉坎肩", "棉背心"], ["加绒保暖马甲", "中老年棉马甲"], ["件"], (1, 4)),
    ("trousers10", "living", "goods", ["棉裤子", "厚棉裤", "套裤"], ["加厚保暖棉裤", "中老年加绒棉裤"], ["条"], (1, 4)),
    ("hat10", "living", "goods", ["暖帽子", "毡帽", "棉帽帽"], ["加绒保暖帽", "针织护耳帽"], ["顶", "个"], (1, 4)),
    ("shoes10", "living", "goods", ["棉窝窝", "毡窝窝", "暖鞋"], ["加绒保暖棉鞋", "中老年防滑棉鞋"], [("双", 1.0), ("打", 12.0)], (2, 24)),
    ("flax_oil10", "living", "goods", ["胡麻油", "胡油", "胡麻清油"], ["冷榨亚麻籽油", "一级亚麻籽油"], _LITRES10 + [("桶", 5.0)], (5, 25)),
    ("flour10", "living", "goods", ["洋面", "头道面", "精白面"], ["特制一等小麦粉", "高筋小麦粉"], _MASS10 + [("袋", 25.0)], (25, 100)),
    ("wok10", "living", "goods", ["炒锅", "铁锅子", "锅儿"], ["无涂层铸铁炒锅", "精铁炒锅"], ["口", "个"], (1, 2)),
    ("thermos10", "living", "goods", ["电壶", "茶瓶", "开水瓶"], ["保温暖水瓶", "家用热水瓶"], ["个", "把"], (1, 3)),
    ("basin10", "living", "goods", ["洗脸盆子", "洗脸的盆盆", "盆盆"], ["不锈钢洗脸盆", "加厚塑料脸盆"], ["个"], (1, 4)),
    ("coal10", "living", "goods", ["烤火的煤", "炭", "块炭"], ["无烟块煤", "民用洁净型煤"], [("吨", 1000.0)] + _MASS10, (500, 3000)),
    ("stove10", "living", "goods", ["洋炉子", "铁炉子", "生铁炉子"], ["民用节能采暖炉", "高效清洁炉具"], ["台", "个"], (1, 1)),
    ("heater10", "living", "goods", ["电烤炉子", "烤火的小太阳", "电火炉子"], ["对流式电暖器", "家用油汀电暖器"], ["台", "个"], (1, 2)),
    ("toothpaste10", "living", "goods", ["牙膏", "刷牙膏", "牙膏牙刷"], ["含氟防蛀牙膏", "草本牙膏"], ["支", "管"], (2, 10)),
    ("rheum10", "medical", "goods", ["风湿药", "治腿疼的药", "关节炎的药"], ["风湿骨痛胶囊", "祛风止痛片"], ["盒"], (2, 10)),
    ("bp_meds10", "medical", "goods", ["血压高的药", "治血压的药", "高血压吃的药"], ["硝苯地平缓释片", "苯磺酸氨氯地平片"], ["盒"], (2, 12)),
    ("stomach10", "medical", "goods", ["胃药", "肚子疼吃的药", "胃疼药"], ["奥美拉唑肠溶胶囊", "铝碳酸镁咀嚼片"], ["盒"], (2, 10)),
    ("huoxiang10", "medical", "goods", ["藿香水", "藿香正气水", "解暑的药水"], ["藿香正气口服液", "藿香正气水（10支装）"], [("支", 1.0), ("盒", 10.0)], (10, 60)),
    ("sprain10", "medical", "goods", ["跌打药", "跌打酒", "擦的药酒"], ["正红花油", "跌打损伤酊"], ["瓶"], (1, 4)),
    ("walker10", "medical", "goods", ["扶着走的架架", "学走路的架子", "四脚拐"], ["铝合金助行器", "带轮助行架"], ["个", "台"], (1, 1)),
    ("old_glasses10", "medical", "goods", ["花镜子", "看字的眼镜", "老眼镜"], ["中老年老视镜", "树脂老视眼镜"], ["副"], (1, 3)),
    ("glucometer10", "medical", "goods", ["血糖机", "验糖的机子", "扎手指测糖的"], ["智能血糖监测仪", "血糖测试仪套装"], ["台", "个"], (1, 1)),
    ("illness_aid10", "medical", "cash", ["看病的钱", "住院费", "大病救助"], ["大病医疗救助资金", "因病致贫救助金"], _YUAN10, (2000, 10000)),
    ("schoolbag10", "education", "goods", ["书包包", "书包儿", "念书的包"], ["减负护脊书包", "小学生护脊双肩书包"], ["个"], (1, 3)),
    ("copybook10", "education", "goods", ["本本", "写字本本", "练字本"], ["学生作业簿", "16K作业簿"], [("本", 1.0), ("包", 10.0)], (10, 60)),
    ("pen10", "education", "goods", ["写字的笔", "钢笔笔", "灌墨水的钢笔"], ["学生正姿钢笔", "铱金钢笔"], ["支"], (2, 10)),
    ("dictionary10", "education", "goods", ["字典书", "查字的书", "娃娃查字用的字典"], ["新华字典（第12版）", "学生规范字典"], ["本", "册"], (1, 5)),
    ("uniform10", "education", "goods", ["娃娃校服", "学生服", "念书穿的衣裳"], ["中小学生校服", "运动款学生校服"], ["套"], (1, 3)),
    ("laptop10", "education", "goods", ["学习电脑", "上网课的电脑", "电脑机子"], ["教学用笔记本电脑", "台式计算机（教学用）"], ["台"], (1, 1)),
    ("crayons10", "education", "goods", ["油画棒", "画画的蜡笔", "彩笔笔"], ["24色油画棒", "儿童蜡笔套装"], ["盒"], (1, 5)),
    ("tuition10", "education", "cash", ["学费", "念书的费用", "娃娃的学费"], ["东西部协作助学金", "雨露计划助学补助"], _YUAN10, (1000, 5000)),
    ("seed_potato10", "production", "goods", ["洋芋籽种", "洋芋栽子", "芋籽"], ["脱毒马铃薯原种", "马铃薯脱毒种薯"], None, (200, 1500)),
    ("maize_seed10", "production", "goods", ["苞谷籽种", "玉麦种", "苞谷种子"], ["杂交玉米良种（单粒播）", "青贮玉米种子"], None, (10, 50)),
    ("piglet10", "production", "goods", ["小猪儿", "猪儿", "架子猪"], ["三元杂交仔猪", "良种商品仔猪"], ["头"], (1, 6)),
    ("calf10", "production", "goods", ["牛娃子", "小牛儿", "牛娃娃"], ["西门塔尔牛犊", "安格斯育肥牛犊"], ["头"], (1, 3)),
    ("lamb10", "production", "goods", ["羊羔儿", "绵羊羔", "湖羊"], ["湖羊种羊", "小尾寒羊羔羊"], ["只"], (2, 10)),
    ("chick10", "production", "goods", ["鸡娃子", "小鸡儿", "鸡儿"], ["土鸡苗（脱温）", "青脚麻鸡苗"], [("只", 1.0), ("羽", 1.0)], (50, 300)),
    ("basket10", "production", "goods", ["背篼儿", "背篼篼", "竹背篼"], ["竹编背篼（手工）", "加固竹背篓"], ["个", "只"], (1, 4)),
    ("mattock10", "production", "goods", ["镢头", "老镢", "挖镢"], ["锻打镢头", "锰钢镐"], ["把"], (1, 4)),
    ("plough10", "production", "goods", ["铧子", "铧尖", "犁铧子"], ["畜力犁铧", "铸铁犁铧"], ["个", "副"], (1, 2)),
    ("fertilizer10", "production", "goods", ["底肥", "洋肥", "追肥"], ["硫酸钾复合肥（45%）", "有机无机复混肥"], _MASS10 + [("袋", 40.0)], (80, 800)),
    ("feed10", "production", "goods", ["牛羊料", "精料", "牛饲料"], ["肉牛精料补充料", "育肥牛羊浓缩料"], _MASS10 + [("袋", 20.0)], (100, 1000)),
    ("hay10", "production", "goods", ["草料", "干草", "苜蓿草"], ["苜蓿草捆", "燕麦干草"], None, (500, 3000)),
    ("pepper_seedling10", "production", "goods", ["花椒苗", "花椒秧子", "椒苗"], ["大红袍花椒嫁接苗", "九叶青花椒苗"], [("株", 1.0), ("棵", 1.0), ("捆", 100.0)], (200, 2000)),
    ("apple_seedling10", "production", "goods", ["苹果树苗", "果树苗子", "苹果苗子"], ["矮化苹果苗木", "苹果嫁接苗"], ["株", "棵"], (50, 500)),
    ("spud10", "consumption", "goods", ["洋芋蛋蛋", "洋芋蛋", "山洋芋"], ["高原马铃薯（消费帮扶）", "黄心马铃薯"], [("吨", 1000.0)] + _MASS10, (2000, 10000)),
    ("corn10", "consumption", "goods", ["苞谷子", "苞谷粒", "玉麦"], ["高原黄玉米", "干玉米粒"], None, (500, 5000)),
    ("oats10", "consumption", "goods", ["裸燕麦", "莜麦仁", "燕麦粒子"], ["高原裸燕麦米", "有机燕麦米"], None, (200, 2000)),
    ("jerky10", "consumption", "goods", ["牛干巴", "牛肉干巴", "干巴"], ["云南黄牛干巴", "风干牛肉（消费帮扶）"], None, (20, 200)),
    ("angelica10", "consumption", "goods", ["当归", "岷归", "当归头"], ["岷县当归片", "全当归（统货）"], None, (100, 1000)),
    ("huaniu10", "consumption", "goods", ["花牛苹果", "花牛果", "天水苹果"], ["花牛红元帅苹果", "礼盒装花牛苹果"], None, (1000, 8000)),
    ("gastrodia10", "consumption", "goods", ["天麻", "乌天麻", "天麻片"], ["昭通小草坝天麻", "鲜天麻（特级）"], None, (20, 300)),
    ("cili10", "consumption", "goods", ["刺梨", "刺梨果", "野刺梨"], ["贵州鲜刺梨", "刺梨鲜果"], None, (500, 5000)),
    ("bamboo_shoot10", "consumption", "goods", ["竹笋", "笋子", "笋干子"], ["方竹笋", "保鲜竹笋"], None, (200, 2000)),
    ("floor_leather10", "housing", "goods", ["地板革", "地革", "地板胶"], ["PVC地板革", "加厚耐磨地板革"], _AREA10 + [("卷", 30.0)], (15, 90)),
    ("glass10", "housing", "goods", ["窗户上的玻璃", "玻璃片子", "窗子玻璃"], ["5毫米平板玻璃", "中空钢化玻璃"], _AREA10, (4, 20)),
    ("hollow_brick10", "housing", "goods", ["空心砖头", "砌块", "水泥砖"], ["混凝土空心砌块", "MU7.5空心砖"], [("块", 1.0), ("千块", 1000.0)], (1000, 10000)),
    ("rafter10", "housing", "goods", ["椽子", "檩子", "房梁木"], ["杉木檩条", "松木椽材"], ["根"], (10, 60)),
    ("kang10", "housing", "goods", ["火炕", "盘炕", "土炕"], ["节能吊炕改造", "新型节能炕"], ["盘", "铺"], (1, 2)),
    ("plastic_window10", "housing", "goods", ["塑钢窗", "窗子", "窗扇"], ["断桥铝合金窗", "塑钢推拉窗"], _AREA10, (4, 20)),
    ("paint10", "housing", "goods", ["白漆", "刷墙的漆", "涂墙的漆"], ["内墙乳胶漆", "环保墙面漆"], _MASS10 + [("桶", 20.0)], (20, 100)),
    ("iron_bed10", "relocation", "goods", ["铁架子床", "单人铁床", "钢架床"], ["加厚钢木单人床", "钢架单人床"], ["张"], (1, 3)),
    ("dish_rack10", "relocation", "goods", ["碗架子", "碗柜柜", "放碗的架架"], ["不锈钢碗架", "厨房置物架"], ["个"], (1, 2)),
    ("kang_table10", "relocation", "goods", ["炕桌", "炕桌子", "小炕桌"], ["实木炕桌", "折叠炕桌"], ["张"], (1, 2)),
    ("bench10", "relocation", "goods", ["板凳儿", "长板凳", "凳凳"], ["实木方凳", "加厚塑料凳"], ["条", "个", "把"], (2, 8)),
    ("cloth_wardrobe10", "relocation", "goods", ["布衣柜", "挂衣服的柜柜", "布做的衣柜"], ["简易布艺衣柜", "钢管加固布衣柜"], ["个", "组"], (1, 2)),
    ("gas_tank10", "relocation", "goods", ["液化气罐", "煤气罐", "气罐"], ["15公斤液化气钢瓶", "液化石油气钢瓶"], ["个", "只"], (1, 2)),
    ("cookware10", "relocation", "goods", ["锅碗家什", "灶房家什", "厨房家什"], ["厨房炊具五件套", "不锈钢厨具套装"], ["套"], (1, 2)),
    ("cistern10", "infrastructure", "goods", ["水窖", "集雨水窖", "旱井"], ["集雨水窖建设", "混凝土蓄水窖"], ["口", "个"], (1, 3)),
    ("hose10", "infrastructure", "goods", ["水管子", "接水的管子", "皮管子"], ["PE给水软管", "农村饮水引水管"], [("米", 1.0), ("盘", 100.0)], (200, 2000)),
    ("street_lamp10", "infrastructure", "goods", ["村口的灯", "照路的灯", "路边的灯"], ["LED庭院灯", "乡村LED路灯"], ["盏", "杆"], (2, 20)),
    ("gravel10", "infrastructure", "goods", ["石子儿", "碎石", "石头渣子"], ["5-20mm碎石骨料", "建筑用碎石"], [("方", 1.0), ("立方米", 1.0), ("m³", 1.0)], (10, 80)),
    ("loudspeaker10", "infrastructure", "goods", ["广播大喇叭", "村上的广播", "喊话喇叭"], ["应急广播终端", "户外音柱"], ["套", "个"], (1, 4)),
    ("toilet10", "infrastructure", "goods", ["茅厕", "茅房", "厕所蹲坑"], ["户用卫生厕所改造", "三格化粪池"], ["座", "个", "套"], (1, 10)),
    ("factory_job10", "employment", "service", ["活路", "打工的活路", "进厂的活"], ["劳务协作岗位：电子厂普工", "东部企业普工岗位"], _PERSONS10, (1, 3)),
    ("site_job10", "employment", "service", ["工地上的活", "下苦的活", "小工活"], ["建筑工地务工岗位", "劳务协作建筑工岗位"], _PERSONS10, (1, 3)),
    ("forklift10", "employment", "service", ["学开叉车", "叉车培训", "开铲车的培训"], ["叉车司机技能培训", "叉车操作证培训"], _PERSONS10, (1, 3)),
    ("husbandry10", "employment", "service", ["养牛技术", "学养殖", "养殖手艺"], ["肉牛养殖实用技术培训", "畜牧养殖技术培训班"], _PERSONS10, (1, 5)),
    ("driving10", "employment", "service", ["学开大车", "考驾照", "学开车"], ["A2驾驶证培训（协作资助）", "货车驾驶员培训"], _PERSONS10, (1, 3)),
    ("welder10", "employment", "goods", ["电焊机", "焊机", "电焊机子"], ["逆变直流电焊机", "手工电弧焊机"], ["台"], (1, 1)),
    ("startup10", "finance", "cash", ["本钱", "做生意的本钱", "启动资金"], ["协作资金创业补助", "返乡创业启动资金"], _YUAN10, (2000, 20000)),
    ("loan10", "finance", "cash", ["贷款", "借钱办产业", "扶贫贷款"], ["协作资金小额信贷", "东西部协作产业贷款"], _YUAN10, (5000, 50000)),
    ("build_money10", "finance", "cash", ["修房子的钱", "建房补助", "盖房钱"], ["农房改造协作资金", "危房改造补助资金"], _YUAN10, (5000, 30000)),
    ("motorbike10", "other", "goods", ["摩托", "摩托车", "骑的摩托"], ["125cc男士摩托车", "国四跨骑式摩托车"], ["辆"], (1, 1)),
    ("solar_panel10", "other", "goods", ["太阳能板", "光伏板子", "太阳能发电板"], ["户用光伏发电系统", "单晶硅光伏组件"], ["套", "块"], (1, 2)),
    ("woven_bag10", "other", "goods", ["蛇皮袋", "编织袋子", "化肥袋子"], ["加厚PP编织袋", "覆膜编织袋"], [("个", 1.0), ("条", 1.0), ("捆", 100.0)], (50, 500)),
    ("water_barrel10", "other", "goods", ["水缸", "盛水的缸", "大水桶"], ["食品级塑料储水桶", "加厚PE水桶"], ["个", "口"], (1, 2)),
]
# A broader offer's unit has size 1 in generate(), and a mass item counts any unit but the pack as kg:
# so groups covering mass items are offered in 公斤, the others in units none of their items uses.
BLIND10_BROAD = [
    ("winter_pack10", "living", ["御寒过冬包", "对口帮扶过冬物资"],
     ["quilt10", "mattress10", "vest10", "trousers10", "hat10", "shoes10"], ["份"]),
    ("grain_oil10", "living", ["协作粮油物资", "粮油慰问品"], ["flax_oil10", "flour10"], ["份"]),
    ("household10", "living", ["家用生活用品包", "日用品慰问包"], ["wok10", "thermos10", "basin10", "toothpaste10"], ["套"]),
    ("heating10", "living", ["清洁取暖物资", "冬季取暖物资"], ["coal10", "stove10", "heater10"], ["批"]),
    ("meds10", "medical", ["常见病药品包", "协作医疗慰问药品"], ["rheum10", "bp_meds10", "stomach10", "huoxiang10", "sprain10"], ["份"]),
    ("aids10", "medical", ["老年康复辅具", "适老化辅具"], ["walker10", "old_glasses10"], ["件"]),
    ("study_pack10", "education", ["爱心助学包", "对口帮扶学习礼包"], ["schoolbag10", "copybook10", "pen10", "dictionary10", "crayons10"], ["份"]),
    ("breeding10", "production", ["协作养殖种苗", "畜牧良种引进"], ["piglet10", "calf10", "lamb10", "chick10"], ["批"]),
    ("spring_farming10", "production", ["春耕生产物资", "协作农资"], ["seed_potato10", "maize_seed10", "fertilizer10"], ["公斤"]),
    ("small_tools10", "production", ["传统小农具", "山区小农具"], ["basket10", "mattock10", "plough10"], ["件"]),
    ("orchard10", "production", ["经济林苗木", "特色林果苗木"], ["pepper_seedling10", "apple_seedling10"], ["株"]),
    ("mountain_goods10", "consumption", ["东西部协作消费帮扶产品", "协作消费帮扶农产品"],
     ["spud10", "corn10", "oats10", "jerky10", "huaniu10", "cili10", "bamboo_shoot10"], ["公斤"]),
    ("herbs10", "consumption", ["道地中药材", "高原中药材"], ["angelica10", "gastrodia10"], ["公斤"]),
    ("house_materials10", "housing", ["农房改造建材", "对口帮扶建材"], ["hollow_brick10", "rafter10", "glass10", "paint10"], ["批"]),
    ("settle_furniture10", "relocation", ["安置点入住家具", "搬迁群众家具包"],
     ["iron_bed10", "kang_table10", "bench10", "cloth_wardrobe10"], ["套"]),
    ("jobs10", "employment", ["劳务协作岗位", "东部就业岗位"], ["factory_job10", "site_job10"], ["人"]),
    ("order_training10", "employment", ["订单式技能培训", "协作培训项目"], ["forklift10", "husbandry10", "driving10"], ["人"]),
    ("village_env10", "infrastructure", ["人居环境整治设施", "美丽乡村配套设施"], ["toilet10", "street_lamp10", "cistern10"], ["套"]),
    ("coop_funds10", "finance", ["东西部协作帮扶资金", "协作资金扶持"], ["startup10", "loan10", "build_money10"], ["元"]),
]


def check_blind10() -> None:
    """Raise SystemExit if blind10 is not what its comment says: checked like blind8, against every
    earlier part's catalogue and broader offers up to blind8 (never against lexicon.tsv), and no item
    name of blind10 is an earlier part's group name either."""
    earlier_groups = _GROUPS_BEFORE_BLIND7 + (BLIND7_BROAD, BLIND8_BROAD)
    _check_written_alone("blind10", BLIND10_CATALOGUE, BLIND10_BROAD,
                         _earlier_catalogues() + (BLIND5_CATALOGUE, BLIND6_CATALOGUE, BLIND7_CATALOGUE,
                                                  BLIND8_CATALOGUE),
                         earlier_groups)
    group_names = {n for groups in earlier_groups for g in groups for n in g[2]}
    taken = sorted({n for c in BLIND10_CATALOGUE for n in c[3] + c[4]} & group_names)
    if taken:
        raise SystemExit(f"blind10: item names that are earlier parts' group names: {taken}")


TEMPLATES["blind10"] = {
    # Needs in north-western and south-western households' words; offers as the officials of eastern
    # paired cities (东西部协作, 对口帮扶) and central units (定点帮扶) write them.
    "need_title": ["{who}屋头缺{name}", "{who}家里头莫得{name}", "想给屋里整些{name}", "{name}短下了，求帮衬",
                   "{who}盼着添些{name}"],
    "need_desc": ["{cause}，屋头{name}莫得了。", "{cause}，{name}用得稀烂了，买不起新的。",
                  "{cause}，{name}还差得多。", "{cause}，就缺{name}，麻烦帮衬一哈。",
                  "{cause}，{name}实在置办不起，巴望着有人帮一把。", "{cause}，日子紧巴巴的。"],
    "negated": ["{other}屋头还有，莫得问题", "{other}就不消了", "{other}前年村上发过了", "{other}够使唤了",
                "{other}有着呢", "{other}先前领上了", "撇开{other}不说", "{other}的事早都弄停当了",
                "{other}年时帮扶干部送来过", "{other}还是好的，将就能用", "{other}上回已经搞到手了",
                "{other}娃娃他舅给买下了"],
    "offer_title": ["{donor}物资：{name}", "{donor}，协作资金采购{name}", "{donor}项目捐赠{name}",
                    "{name}（{donor}帮扶物资）"],
    "offer_title_employment": ["{donor}劳务协作工作站发布：{name}", "{donor}就业帮扶：{name}", "{name}（{donor}）"],
    "offer_title_consumption": ["{donor}消费协作采购{name}", "{donor}以购代捐：{name}", "东部市场帮销{name}（{donor}）"],
    "offer_title_finance": ["{donor}协作资金：{name}", "{donor}拨付{name}"],
    "who": ["独居老汉", "五保老汉", "留守的老婆婆", "残疾人户", "低保户", "娃娃多的人家", "脱贫监测户"],
    "cause": ["老汉常年害病", "掌柜的出门打工摔伤了", "去年冰雹把庄稼打了", "山上滑坡把房子冲垮了",
              "屋头三个娃娃都在念书", "一家人靠几亩旱地过活", "老婆婆一个人过"],
    "donor": ["广州市对口帮扶织金县", "大连市对口帮扶六枝特区", "宁波市对口帮扶册亨县", "天津市东西部协作甘谷县工作组",
              "福州市对口帮扶岷县", "东莞市对口帮扶彝良县", "中央单位定点帮扶宣汉县", "杭州市东西部协作工作队"],
}


# The "blind11" part (written 2026-12-01 for issue 13 by someone who had not read the lexicon, the
# matcher's features, docs/matching.md or any part's records) in a voice no other part has: needs as
# they arrive from an office's household ledger (台账) exported from Excel — terse, cell-like rows with
# pipes, slashes, codes and half-filled columns (「户主：李某(0312)｜缺：X」「X（急）」「需求项：X；状态：待对接」),
# abbreviated names (电压锅, 防褥垫, 75酒精, 复合板), and offers as donors post them from online shops and
# e-commerce listings under 消费扶贫 and 网购捐赠 (「【包邮】X｜…捐赠」, product titles with brand-like words,
# model numbers and pack sizes: 95白鸭绒羽绒被 200×230cm, 稻花香2号大米10kg装, 原木抽纸整箱24包), enterprise
# 公益 posts, and 电商扶贫 buyers (「…长期收购X，量大从优」). 89 items of all 11 categories (four 就业帮扶
# items of kind "service", four 金融信贷 items of kind "cash"), 21 broader offers under names of their own
# (冬季保暖家纺, 家清日用组合, 智能学习硬件, 中小农机设备, 助农生鲜, 山珍干货, 入户家电套餐, 卫浴洁具, 道路交安设施,
# 网店发货设备, 电商就业培训, 公益帮扶金 ...), 15 negation / past templates in the ledger's words (「备注：X已发」
# 「X：已领（2025.10）」「X缺口：0」「划掉：X」「X上期已核销」「X（往年已配）」) and units that need converting:
# mass 斤 / 两 / 公斤 / kg / KG / 千克 / Kg and 克, packs the catalogue sizes (袋 = 10 kg 大米, 箱 = 2.5 kg
# 百香果, 箱 = 5 kg 丑橘, 盒 = 0.125 kg 蓝莓, 罐 = 0.8 kg 奶粉, 罐 = 0.25 kg 红茶, 袋 = 20 kg 瓷砖胶, 袋 = 25 kg
# 标线涂料, 桶 = 5 kg 堵漏王, 袋 = 10 kg 水溶肥, 桶 = 5 L 玉米油, 瓶 = 0.5 L 酒精, 袋 = 50 L 育苗基质, 箱 = 12 瓶,
# 提 = 6 包 / 箱 = 24 包 抽纸, 盒 = 6 贴, 包 = 10 片, 包 = 30 张, 包 = 10 个, 筒 = 12 只, 盒 = 20 枚, 捆 = 50 株,
# 张 = 2.88 ㎡ 石膏板, 箱 = 2.2 ㎡ 地板, 卷 = 300 ㎡ 防虫网), volume (升 / L / 毫升 / ml), area (平方米 / ㎡ / 平 /
# m²), counts, and 15 % of the mass-item offers in 礼盒 (a gift box of unknown weight, not comparable).
# ``check_blind11`` checks names against every earlier part's catalogue and groups (blind9 and blind10
# included, never the lexicon), its negation templates against theirs, and that no group's unit makes a
# label wrong. Never tune on it.
BLIND11_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("两", 0.05), ("KG", 1.0), ("千克", 1.0), ("Kg", 1.0)]
_KG11 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0)]
_VOL11 = [("升", 1.0), ("L", 1.0), ("毫升", 0.001), ("ml", 0.001)]
_AREA11 = [("平方米", 1.0), ("㎡", 1.0), ("平", 1.0), ("m²", 1.0)]
_HEADS11 = [("人", 1.0), ("名", 1.0), ("人次", 1.0)]
_YUAN11 = [("元", 1.0), ("万元", 10000.0)]
BLIND11_CATALOGUE = [
    # 生活物资
    ("down_quilt11", "living", "goods", ["羽绒被", "鸭绒被", "羽绒被芯"], ["95白鸭绒羽绒被 200×230cm", "加厚白鸭绒冬被 家用"], ["床", "条"], (1, 4)),
    ("rice11", "living", "goods", ["袋装米", "口粮大米", "稻花香米"], ["稻花香2号大米10kg装", "新米长粒香 20斤装"], _KG11 + [("袋", 10.0)], (10, 60)),
    ("corn_oil11", "living", "goods", ["玉米油", "胚芽油", "玉米胚芽油"], ["非转基因压榨玉米胚芽油5L", "一级玉米油 5L×1桶"], _VOL11 + [("桶", 5.0)], (5, 20)),
    ("milk_powder11", "living", "goods", ["奶粉", "中老年奶粉", "全脂奶粉"], ["中老年高钙奶粉 800g罐装", "全脂高钙奶粉800g"], [("罐", 0.8), ("克", 0.001), ("公斤", 1.0)], (1, 5)),
    ("dish_soap11", "living", "goods", ["洗洁精", "洗碗液", "洗碗精"], ["食品级洗洁精 1.5kg大瓶", "柠檬洗洁精 整箱12瓶"], [("瓶", 1.0), ("箱", 12.0)], (2, 12)),
    ("facial_tissue11", "living", "goods", ["抽纸", "面巾纸", "纸巾"], ["原木抽纸 整箱24包", "三层加厚抽取式面巾纸"], [("包", 1.0), ("提", 6.0), ("箱", 24.0)], (6, 48)),
    ("heat_table11", "living", "goods", ["取暖桌", "烤火桌", "电暖桌"], ["家用电暖桌 方形 升降款", "四面取暖烤火桌 2025新款"], ["张", "台"], (1, 1)),
    ("foot_warmer11", "living", "goods", ["暖脚宝", "暖脚器", "烤脚器"], ["电暖脚宝 家用 折叠", "插电暖脚器 大号"], ["个", "台"], (1, 2)),
    ("bulb11", "living", "goods", ["灯泡", "节能灯泡", "电灯泡"], ["LED球泡灯 E27螺口 15W", "超亮LED节能灯 10只装"], [("个", 1.0), ("只", 1.0), ("盒", 10.0)], (2, 10)),
    ("hotpot11", "living", "goods", ["电煮锅", "小电锅", "多功能电锅"], ["多功能电煮锅 2.5L 宿舍家用", "分体式电热锅 不粘"], ["个", "台"], (1, 1)),
    # 医疗救助
    ("alcohol11", "medical", "goods", ["酒精", "消毒酒精", "75酒精"], ["75%医用酒精 500ml×2瓶", "乙醇消毒液 500ml"], _VOL11 + [("瓶", 0.5)], (1, 5)),
    ("seat_cane11", "medical", "goods", ["拐杖凳", "带凳拐杖", "拐棍椅"], ["老人拐杖凳 折叠带座椅 铝合金", "四脚拐杖椅 可坐"], ["根", "把"], (1, 1)),
    ("fever_patch11", "medical", "goods", ["退热贴", "退烧贴", "冰宝贴"], ["儿童医用退热贴 6贴/盒", "物理降温退热贴"], [("贴", 1.0), ("片", 1.0), ("盒", 6.0)], (6, 36)),
    ("cough_syrup11", "medical", "goods", ["止咳糖浆", "咳嗽药水", "止咳水"], ["儿童止咳糖浆 100ml", "复方甘草口服溶液"], ["瓶"], (1, 4)),
    ("stockings11", "medical", "goods", ["弹力袜", "静脉曲张袜", "压力袜"], ["医用二级压力袜 中筒", "防静脉曲张弹力袜"], ["双"], (1, 3)),
    ("cushion11", "medical", "goods", ["防褥疮坐垫", "防褥垫", "气圈坐垫"], ["减压防褥疮坐垫 轮椅通用", "蜂窝凝胶防压疮坐垫"], ["个"], (1, 2)),
    ("gauze11", "medical", "goods", ["纱布", "纱布块", "医用纱布"], ["医用脱脂纱布块 10片/包", "无菌纱布片"], [("片", 1.0), ("包", 10.0)], (10, 60)),
    # 教育助学
    ("dict_pen11", "education", "goods", ["词典笔", "翻译笔", "扫描笔"], ["AI词典笔 扫描翻译笔 32G", "英语扫读笔 离线版"], ["支", "个"], (1, 1)),
    ("mistake_printer11", "education", "goods", ["错题打印机", "错题机", "错题本打印机"], ["学生错题打印机 便携 热敏", "迷你热敏打印机 学生款"], ["台", "个"], (1, 1)),
    ("study_chair11", "education", "goods", ["学习椅", "儿童学习椅", "升降椅"], ["人体工学儿童学习椅 可升降", "护脊学习椅 学生款"], ["把", "张"], (1, 2)),
    ("oral_math11", "education", "goods", ["口算题卡", "口算本", "口算练习册"], ["小学数学口算天天练", "口算题卡 一年级上册"], ["本", "册"], (2, 10)),
    ("color_pencils11", "education", "goods", ["彩铅", "彩色铅笔", "油性彩铅"], ["48色油性彩铅 铁盒装", "水溶性彩色铅笔 36色"], ["盒"], (1, 4)),
    ("book_cover11", "education", "goods", ["书皮", "包书膜", "书套"], ["自粘透明包书膜 30张", "磨砂书皮 加厚"], [("张", 1.0), ("包", 30.0)], (10, 60)),
    ("shuttle11", "education", "goods", ["羽毛球", "羽球", "鸭毛球"], ["耐打王羽毛球 12只装", "鸭毛训练羽毛球 12只/筒"], [("个", 1.0), ("只", 1.0), ("筒", 12.0)], (6, 36)),
    ("folder11", "education", "goods", ["文件袋", "试卷袋", "资料袋"], ["A4拉链文件袋 学生用 10个装", "按扣试卷收纳袋"], [("个", 1.0), ("包", 10.0)], (5, 30)),
    ("ukulele11", "education", "goods", ["尤克里里", "小吉他", "四弦琴"], ["23寸尤克里里 初学者 桃花心木", "21寸入门尤克里里"], ["把", "个"], (1, 2)),
    # 产业发展
    ("substrate11", "production", "goods", ["育苗基质", "营养土", "基质土"], ["蔬菜育苗专用基质 50L/袋", "泥炭育苗基质"], _VOL11 + [("袋", 50.0)], (100, 1000)),
    ("insect_net11", "production", "goods", ["防虫网", "防虫纱网", "40目网"], ["40目防虫网 宽3米×100米", "加密大棚防虫网"], _AREA11 + [("卷", 300.0)], (300, 3000)),
    ("harvester11", "production", "goods", ["收割机", "割稻机", "小收割机"], ["手扶式小型收割机 4G-120", "履带式迷你收割机"], ["台"], (1, 1)),
    ("crusher11", "production", "goods", ["粉碎机", "饲料粉碎机", "磨粉机"], ["家用多功能饲料粉碎机 220V", "秸秆玉米粉碎机 2.2kW"], ["台"], (1, 1)),
    ("incubator11", "production", "goods", ["孵化器", "孵蛋机", "孵小鸡的机器"], ["全自动孵化机 56枚", "智能恒温孵蛋器 家用"], ["台"], (1, 2)),
    ("quail11", "production", "goods", ["鹌鹑苗", "小鹌鹑", "鹌鹑雏"], ["朝鲜龙城鹌鹑苗 脱温", "蛋用鹌鹑苗"], ["只", "羽"], (100, 1000)),
    ("frog11", "production", "goods", ["牛蛙苗", "蛙苗", "小牛蛙"], ["牛蛙幼蛙 已驯食", "牛蛙蝌蚪苗"], ["只", "尾"], (500, 3000)),
    ("spawn11", "production", "goods", ["菌种", "平菇菌种", "栽培种"], ["平菇栽培种 800g/袋", "食用菌原种 菌种包"], ["袋"], (50, 300)),
    ("strawberry11", "production", "goods", ["草莓苗", "草莓秧", "奶油草莓苗"], ["红颜草莓苗 脱毒 50株/捆", "章姬草莓种苗"], [("株", 1.0), ("棵", 1.0), ("捆", 50.0)], (200, 2000)),
    ("foliar11", "production", "goods", ["水溶肥", "水溶性肥料", "冲施肥"], ["大量元素水溶肥 20-20-20 10kg", "高钾冲施水溶肥 10kg/袋"], _KG11 + [("袋", 10.0)], (20, 200)),
    ("aerator11", "production", "goods", ["增氧机", "鱼塘增氧机", "打氧机"], ["叶轮式增氧机 1.5kW", "涌浪式增氧机 池塘用"], ["台"], (1, 2)),
    ("drinker11", "production", "goods", ["饮水碗", "自动饮水器", "牛饮水碗"], ["不锈钢牛用自动饮水碗", "猪用自动饮水器 鸭嘴式"], ["个", "套"], (2, 20)),
    # 消费扶贫
    ("passion11", "consumption", "goods", ["百香果", "鸡蛋果", "西番莲"], ["广西紫香百香果 5斤装 大果", "百香果 新鲜 带箱5斤"], [("斤", 0.5), ("公斤", 1.0), ("箱", 2.5)], (500, 3000)),
    ("ugly_orange11", "consumption", "goods", ["丑橘", "丑柑", "不知火"], ["四川不知火丑橘 带箱10斤", "丑橘 当季 整箱10斤"], [("斤", 0.5), ("公斤", 1.0), ("箱", 5.0)], (500, 3000)),
    ("blueberry11", "consumption", "goods", ["蓝莓", "蓝莓鲜果", "山蓝莓"], ["蓝莓鲜果 125g×4盒", "特大果蓝莓 125g/盒"], [("斤", 0.5), ("公斤", 1.0), ("盒", 0.125)], (50, 500)),
    ("mango11", "consumption", "goods", ["芒果", "凯特芒", "攀枝花芒果"], ["攀枝花凯特芒果 10斤整箱", "大青芒 产地直发"], None, (500, 3000)),
    ("hickory11", "consumption", "goods", ["山核桃", "小核桃", "山核桃仁"], ["临安手剥山核桃 500g", "奶油味山核桃 罐装"], None, (50, 500)),
    ("tremella11", "consumption", "goods", ["银耳", "白木耳", "雪耳"], ["古田银耳 250g袋装", "通江银耳 干货"], None, (20, 200)),
    ("wolfberry11", "consumption", "goods", ["枸杞", "枸杞子", "红枸杞"], ["宁夏中宁头茬枸杞 500g", "特级免洗红枸杞"], None, (50, 500)),
    ("bamboo_fungus11", "consumption", "goods", ["竹荪", "竹参", "竹荪干"], ["古田竹荪干货 100g", "长裙竹荪 特级"], [("克", 0.001), ("两", 0.05), ("斤", 0.5), ("公斤", 1.0)], (5, 50)),
    ("century_egg11", "consumption", "goods", ["皮蛋", "松花蛋", "变蛋"], ["溏心松花皮蛋 20枚装", "无铅工艺皮蛋 礼盒"], [("枚", 1.0), ("个", 1.0), ("盒", 20.0)], (200, 2000)),
    ("cured_duck11", "consumption", "goods", ["板鸭", "腊鸭", "风干鸭"], ["南安板鸭 真空包装 1kg", "农家酱板鸭"], None, (50, 500)),
    ("rice_noodle11", "consumption", "goods", ["米粉", "干米粉", "米线"], ["江西干米粉 5斤装", "手工土米粉 农家"], None, (100, 1000)),
    ("chili_sauce11", "consumption", "goods", ["辣椒酱", "油辣子", "剁辣椒"], ["农家手工辣椒酱 280g×3瓶", "香辣油辣子 整箱12瓶"], [("瓶", 1.0), ("箱", 12.0)], (50, 500)),
    ("black_tea11", "consumption", "goods", ["红茶", "滇红", "工夫红茶"], ["云南滇红古树红茶 250g罐装", "特级工夫红茶 散装"], [("罐", 0.25), ("克", 0.001), ("两", 0.05), ("斤", 0.5), ("公斤", 1.0)], (10, 100)),
    # 易地搬迁
    ("curtain_rod11", "relocation", "goods", ["窗帘杆", "窗帘轨道", "罗马杆"], ["加厚铝合金窗帘杆 免打孔", "静音窗帘轨道 双轨"], ["根", "套"], (1, 4)),
    ("storage11", "relocation", "goods", ["收纳柜", "储物柜子", "整理柜"], ["加厚塑料收纳柜 五层", "宽款储物整理柜 带轮"], ["个", "组"], (1, 2)),
    ("folding_table11", "relocation", "goods", ["折叠桌", "折叠小桌", "摆摊桌"], ["便携折叠桌 户外 1.2米", "加厚钢木折叠桌"], ["张"], (1, 2)),
    ("e_pressure11", "relocation", "goods", ["电压力锅", "电压锅", "电高压锅"], ["5L智能电压力锅 家用", "双胆电压力锅 6L"], ["个", "台"], (1, 1)),
    ("door_curtain11", "relocation", "goods", ["门帘", "棉门帘", "挡风门帘"], ["加厚保暖棉门帘 防风", "冬季挡风被 门帘"], ["块", "条"], (1, 3)),
    ("integrated_stove11", "relocation", "goods", ["集成灶", "一体灶", "集成灶具"], ["侧吸式集成灶 蒸烤一体", "液化气集成灶 家用"], ["台", "套"], (1, 1)),
    ("tableware11", "relocation", "goods", ["碗筷", "碗碟套装", "碗盘"], ["陶瓷餐具套装 28头", "家用碗碟套装 釉下彩"], ["套"], (1, 2)),
    # 住房安全
    ("gypsum11", "housing", "goods", ["石膏板", "纸面石膏板", "石膏吊顶板"], ["9.5mm纸面石膏板 1200×2400", "防潮石膏板 9.5厚"], _AREA11 + [("张", 2.88)], (20, 120)),
    ("plug11", "housing", "goods", ["堵漏王", "防水堵漏", "快干水泥"], ["速凝堵漏王 5kg桶装", "防水堵漏宝 快干型"], _KG11 + [("桶", 5.0)], (5, 50)),
    ("tile_glue11", "housing", "goods", ["瓷砖胶", "瓷砖粘合剂", "贴砖胶"], ["C1瓷砖胶 20kg/袋", "强力瓷砖粘结剂 背涂胶"], _KG11 + [("袋", 20.0)], (40, 400)),
    ("screen11", "housing", "goods", ["纱窗", "窗纱", "防蚊纱窗"], ["隐形纱窗 铝合金框 定制", "磁吸防蚊纱窗"], ["扇", "樘"], (2, 6)),
    ("flooring11", "housing", "goods", ["木地板", "复合地板", "复合板"], ["12mm强化复合地板 耐磨", "实木多层地板 E0级"], _AREA11 + [("箱", 2.2)], (20, 100)),
    ("sink11", "housing", "goods", ["水槽", "洗菜盆", "洗碗槽"], ["304不锈钢单槽 加厚", "厨房洗菜盆 大单槽"], ["个", "套"], (1, 1)),
    ("toilet11", "housing", "goods", ["马桶", "坐便器", "抽水马桶"], ["虹吸式连体坐便器 400坑距", "节水马桶 家用"], ["个", "套"], (1, 1)),
    # 基础设施
    ("hydrant11", "infrastructure", "goods", ["消火栓", "消防栓", "室外消火栓"], ["SS100室外地上式消火栓", "地下式消火栓 DN100"], ["个", "套"], (2, 10)),
    ("bollard11", "infrastructure", "goods", ["警示柱", "防撞桩", "隔离桩"], ["PU弹力警示柱 75cm", "不锈钢防撞柱 挡车桩"], ["根", "个"], (10, 50)),
    ("marking11", "infrastructure", "goods", ["标线涂料", "划线漆", "热熔标线"], ["热熔型道路标线涂料 25kg/袋", "反光划线漆 常温型"], _KG11 + [("袋", 25.0)], (200, 2000)),
    ("water_plant11", "infrastructure", "goods", ["净水设备", "饮水净化设备", "一体化净水器"], ["农村饮水一体化净水设备 5吨/小时", "超滤净水设备 村级"], ["套", "台"], (1, 1)),
    ("grate11", "infrastructure", "goods", ["雨水篦子", "排水篦子", "水篦子"], ["球墨铸铁雨水篦子 300×500", "复合树脂雨水篦"], ["个", "块"], (10, 60)),
    ("village_sign11", "infrastructure", "goods", ["村名牌", "村牌", "村庄标识牌"], ["不锈钢村名标识牌 定制", "景观石村牌 刻字"], ["块", "个"], (1, 3)),
    ("charging_pile11", "infrastructure", "goods", ["充电桩", "电动车充电桩", "充电站"], ["10路智能充电桩 刷卡扫码", "小区电瓶车充电站"], ["台", "套"], (1, 4)),
    # 就业帮扶
    ("cs_training11", "employment", "service", ["客服培训", "学当客服", "网络客服培训"], ["电商客服岗前培训（包就业）", "0基础网店客服培训"], _HEADS11, (1, 3)),
    ("sorter_job11", "employment", "service", ["分拣员", "快递分拣活", "仓库分拣"], ["电商仓储分拣员招聘 包吃住", "双十一临时分拣工"], _HEADS11, (1, 3)),
    ("editing_training11", "employment", "service", ["剪辑培训", "学剪视频", "短视频剪辑"], ["短视频剪辑实操班（免费）", "剪映剪辑零基础课"], _HEADS11, (1, 3)),
    ("nail_training11", "employment", "service", ["美甲培训", "学美甲", "美甲美睫"], ["美甲美睫技能培训 0学费", "美甲师速成班"], _HEADS11, (1, 3)),
    ("sealer11", "employment", "goods", ["封箱器", "打包器", "胶带机"], ["手持封箱器 48mm通用", "加厚封箱胶带切割器"], ["个", "把"], (1, 3)),
    ("ring_light11", "employment", "goods", ["补光灯", "直播补光灯", "环形灯"], ["26寸直播环形补光灯 带支架", "美颜补光灯 三脚架款"], ["个", "套"], (1, 2)),
    ("waybill_printer11", "employment", "goods", ["面单机", "快递单打印机", "面单打印机"], ["电子面单热敏打印机 一联单", "快递面单打印机 蓝牙"], ["台"], (1, 1)),
    # 金融信贷
    ("machinery_loan11", "finance", "cash", ["农机贷", "买农机的贷款", "农机按揭"], ["农机购置分期贷款（公益贴息）", "农机贷首付资助"], _YUAN11, (5000, 40000)),
    ("shop_deposit11", "finance", "cash", ["网店保证金", "开网店押金", "店铺保证金"], ["电商扶贫网店保证金代缴", "助农开店保证金资助"], _YUAN11, (1000, 5000)),
    ("price_insurance11", "finance", "cash", ["价格保险", "目标价格保险", "价格险"], ["生猪价格保险保费补贴", "农产品价格指数保险代缴"], _YUAN11, (100, 1000)),
    ("greenhouse_loan11", "finance", "cash", ["大棚贷", "建大棚的钱", "设施农业贷款"], ["设施农业贷款贴息（公益）", "建棚周转金资助"], _YUAN11, (10000, 50000)),
    # 其他
    ("smart_speaker11", "other", "goods", ["智能音箱", "语音音箱", "带屏音箱"], ["AI智能音箱 语音控制 蓝牙", "带屏智能音箱 老人视频通话"], ["台", "个"], (1, 1)),
    ("charger11", "other", "goods", ["电瓶充电器", "电车充电器", "电动车充电器"], ["48V20AH电动车智能充电器", "60V电瓶车充电器 自动断电"], ["个"], (1, 1)),
    ("data_card11", "other", "goods", ["流量卡", "手机流量卡", "上网卡"], ["5G大流量卡 月租19元", "学生网课流量卡"], ["张"], (1, 2)),
    ("suitcase11", "other", "goods", ["行李箱", "拉杆箱", "旅行箱"], ["20寸万向轮拉杆箱 学生", "24寸加厚行李箱 密码锁"], ["个", "只"], (1, 2)),
    ("mosquito_bat11", "other", "goods", ["电蚊拍", "灭蚊拍", "蚊子拍"], ["充电式电蚊拍 灭蚊灯二合一", "锂电电蚊拍 大网面"], ["个", "把"], (1, 3)),
    ("headlamp11", "other", "goods", ["头灯", "矿灯", "戴头上的灯"], ["强光LED头灯 充电式 防水", "感应头灯 夜钓"], ["个", "只"], (1, 3)),
]
# Broader offers as a shop, an enterprise or a buyer posts them. generate() gives a group's unit size 1
# and counts a mass item's units as kg: a group covering a mass item is offered in 公斤 (every mass-like
# item here has 公斤 of size 1, or no unit list), the others in units none of their items uses.
BLIND11_BROAD = [
    ("bedding11", "living", ["冬季保暖家纺", "暖冬家居组合"], ["down_quilt11", "heat_table11", "foot_warmer11"], ["份"]),
    ("cleaning11", "living", ["家清日用组合", "家清套装"], ["dish_soap11", "facial_tissue11"], ["组"]),
    ("nursing11", "medical", ["家庭护理耗材", "居家护理消耗品"], ["alcohol11", "fever_patch11", "gauze11"], ["件"]),
    ("elderly_care11", "medical", ["适老护理用品", "银发护理好物"], ["seat_cane11", "stockings11", "cushion11"], ["批"]),
    ("study_gadgets11", "education", ["智能学习硬件", "学习数码好物"], ["dict_pen11", "mistake_printer11"], ["批"]),
    ("school_season11", "education", ["开学季文具", "返校文具组合"], ["color_pencils11", "book_cover11", "folder11", "oral_math11"], ["份"]),
    ("nursery11", "production", ["设施育苗物资", "育苗大棚耗材"], ["substrate11", "insect_net11", "strawberry11"], ["批"]),
    ("small_machines11", "production", ["中小农机设备", "农户小农机"], ["harvester11", "crusher11", "incubator11", "aerator11"], ["批"]),
    ("special_stock11", "production", ["特色养殖种苗", "特养苗种"], ["quail11", "frog11"], ["批"]),
    ("fresh11", "consumption", ["助农生鲜", "产地鲜果"], ["passion11", "ugly_orange11", "blueberry11", "mango11"], ["公斤"]),
    ("dry_goods11", "consumption", ["山珍干货", "山货礼盒"], ["hickory11", "tremella11", "wolfberry11", "bamboo_fungus11", "black_tea11"], ["公斤"]),
    ("local_food11", "consumption", ["地标风味年货", "乡味年货"], ["century_egg11", "cured_duck11", "rice_noodle11", "chili_sauce11"], ["公斤"]),
    ("move_in11", "relocation", ["入户家电套餐", "新房厨电"], ["e_pressure11", "integrated_stove11"], ["批"]),
    ("soft_furnish11", "relocation", ["软装家居", "家居软装"], ["curtain_rod11", "door_curtain11", "storage11"], ["批"]),
    ("decoration11", "housing", ["家装主辅材", "家装建材"], ["gypsum11", "plug11", "tile_glue11", "flooring11"], ["公斤"]),
    ("sanitary11", "housing", ["卫浴洁具", "厨卫洁具"], ["sink11", "toilet11"], ["批"]),
    ("road_safety11", "infrastructure", ["道路交安设施", "交安物资"], ["bollard11", "marking11", "grate11"], ["公斤"]),
    ("ecom_training11", "employment", ["电商就业培训", "数字技能培训"], ["cs_training11", "editing_training11", "nail_training11"], ["人"]),
    ("shipping11", "employment", ["网店发货设备", "电商打包发货物资"], ["sealer11", "ring_light11", "waybill_printer11"], ["批"]),
    ("charity_fund11", "finance", ["公益帮扶金", "企业公益资金"], ["machinery_loan11", "shop_deposit11", "price_insurance11", "greenhouse_loan11"], ["元"]),
    ("migrant_kit11", "other", ["外出务工用品", "务工出行包"], ["suitcase11", "headlamp11", "charger11"], ["份"]),
]
TEMPLATES["blind11"] = {
    # Needs as rows of an office's household ledger (台账) exported from Excel; offers as online shops,
    # e-commerce listings, enterprise 公益 posts and 电商扶贫 buyers write them.
    "need_title": ["户主：{who}｜缺：{name}", "{who}｜{name}｜待解决", "{name}（急）", "【{who}】需求：{name}",
                   "{name}—{who}—未落实", "缺：{name}"],
    # Every row ends in a separator: generate() appends a negated mention as one more cell.
    "need_desc": ["{cause}｜缺：{name}｜备注：急｜", "{cause}；需求：{name}；", "{cause}｜{name}—待对接｜",
                  "需求项：{name}；{cause}；状态：未解决；", "{cause}/{name}/待办/", "{cause}｜", "{cause}｜——｜"],
    "negated": ["备注：{other}已发", "{other}：已领（2025.10）", "{other}—不需", "{other}/已有/不报",
                "原缺{other}，已补齐", "{other}状态：已完成", "{other}｜已发放｜户主签收", "{other}（往年已配）",
                "{other}上期已核销", "{other}项：无需求", "{other}缺口：0", "{other}【已到户】", "{other}✔（已对接）",
                "划掉：{other}", "{other}于2025.3已发放"],
    "offer_title": ["【包邮】{name}｜{donor}捐赠", "{donor}爱心捐赠：{name}（全新未拆封）",
                    "网购捐赠｜{name} 直发到村（{donor}）", "【爱心直达】{name} 顺丰包邮 {donor}",
                    "{donor}公益专拍：{name}"],
    "offer_title_consumption": ["{donor}长期收购{name}，量大从优", "【电商扶贫】{donor}常年求购{name}，现款结算",
                                "{donor}直播间助农采购：{name}", "{name} 产地直采（{donor}消费扶贫）"],
    "offer_title_employment": ["{donor}公益项目｜{name}，0元报名", "【招聘/培训】{name}（{donor}）", "{donor}：{name}"],
    "offer_title_finance": ["{donor}帮扶资金：{name}", "{donor}社会责任项目｜{name}", "{name}（{donor}出资）"],
    "who": ["李某(0312)", "王某某/脱贫户", "张某｜监测户", "赵某（边缘易致贫）", "刘某-五保", "陈某某/低保",
            "孙某（A-17）", "周某某 户码5203"],
    "cause": ["风险：因病", "类别：因残", "人口：4｜劳力：1", "因学（2孩在读）", "因灾（7月洪水）", "缺劳力/缺技术",
              "突发困难（车祸）", "监测户｜2026年纳入"],
    "donor": ["暖阳家纺旗舰店", "惠农优选电商", "鲜果铺子直播间", "某快递公司社会责任部", "鸿运家电专营店",
              "青禾公益基金会", "某互联网公司员工志愿团", "乡品汇电商", "安居建材城网店"],
}


def check_blind11() -> None:
    """Raise SystemExit if blind11 is not what its comment says: checked like blind9 (``_check_written_alone``)
    against every earlier part's catalogue and broader offers, blind9 and blind10 included (never against
    lexicon.tsv); no item name of blind11 is an earlier group name; none of its negation templates is an
    earlier part's (compared without placeholders); and a group's unit never makes a label wrong (a group
    covering a mass item is offered in a unit of 1 kg; a group unit an item counts in has that item's size 1)."""
    earlier_groups = _GROUPS_BEFORE_BLIND7 + (BLIND7_BROAD, BLIND8_BROAD, BLIND9_BROAD, BLIND10_BROAD)
    _check_written_alone("blind11", BLIND11_CATALOGUE, BLIND11_BROAD,
                         _earlier_catalogues() + (BLIND5_CATALOGUE, BLIND6_CATALOGUE, BLIND7_CATALOGUE,
                                                  BLIND8_CATALOGUE, BLIND9_CATALOGUE, BLIND10_CATALOGUE),
                         earlier_groups)
    group_names = {n for groups in earlier_groups for g in groups for n in g[2]}
    problems = [f"item name is an earlier group name: {n}"
                for n in sorted({n for c in BLIND11_CATALOGUE for n in c[3] + c[4]} & group_names)]
    earlier = {_template_cue(x) for part, t in TEMPLATES.items() if part != "blind11" for x in t["negated"]}
    problems += [f"negation template of an earlier part: {x}"
                 for x in TEMPLATES["blind11"]["negated"] if _template_cue(x) in earlier]
    by_key = {c[0]: c for c in BLIND11_CATALOGUE}
    mass_names = {u.strip() for u, _ in BLIND11_MASS} | {"克"}
    for key, _, _, covered, units in BLIND11_BROAD:
        for k, unit in ((k, u) for k in covered for u in units):
            if by_key[k][5] is None:
                wrong = unit not in ("公斤", "千克", "kg")
            else:
                sizes = dict(u if isinstance(u, tuple) else (u, 1.0) for u in by_key[k][5])
                # a unit the item counts in must have size 1; a mass group must be a unit of a weighed item
                wrong = sizes.get(unit, 1.0) != 1.0 or (unit in mass_names and bool(mass_names & set(sizes))
                                                        and unit not in sizes)
            if wrong:
                problems.append(f"group {key} in {unit}: not comparable as labelled for {k}")
    if problems:
        raise SystemExit("blind11: " + "; ".join(problems))
# The "blind12" part (written 2026-12-01 for issue 13 by someone who had not read the lexicon, the
# matcher's features, docs/matching.md or any part's records) in a voice no other part has: needs of
# special groups (the disabled, 留守老人 and 留守儿童, 五保户, 孤儿, the chronically ill) as a 残联 / 民政 /
# 妇联 worker or a family member records them, in the everyday words of south and south-east China and of
# old people (粤 冷衫, 棉褛, 番枧, 面巾, 灯胆, 士的, 尿片, 间尺, 胶擦, 铅笔刨, 水樽, 碌架床, 梳化, 冷气机, 抽湿机,
# 遮, 雨褛, 原子粒, 按金; 闽 蠓罩, 番仔火, 册包, 面线, 铁马; 客家 笠嫲, 番豆, 娘酒, 牛牯; 吴 被头, 脚炉, 洋袜,
# 地栗, 司的克; 湘 / 赣 火箱, 火桶, 烘笼, 剁辣椒, 米粉; old people's 洋火, 自来火, 气圈, 龙头拐), and offers from
# hospitals, medical-device and pharmacy companies, universities and schools, 慈善总会 and volunteer
# associations, and donors from Hong Kong, Macao and Taiwan who write in traditional characters with
# their own item words (單車, 平安鐘, 白手杖, 立可帶, 改錯帶, 點字書, 無障礙洗手間, 助養金, 復康用品 ...).
# 109 items of all 11 categories (assistive devices, care and rehabilitation goods, daily-life aids,
# school things first; 就业帮扶 training and outwork and two care services of kind "service", 金融信贷 and
# 书簿费 of kind "cash"), 21 broader offers under names of their own (each covering every item of its
# category a reader would put under its name), 16 negations and past mentions in that voice
# (「X唔使了」「除咗X」「X免啦」「X毋使再送」「X用勿着」「X早就有哒」「X社工上次已经带过来」), and units
# that need converting: mass 斤 / 两 / 公斤 / kg / KG; packs whose size the catalogue fixes (包 = 10 kg
# 米, 包 = 50 kg 肥田粉, 罐 = 0.9 kg 奶粉 and 磅, 瓶 = 0.5 kg 剁辣椒, 包 = 10 / 箱 = 60 片 尿片, 盒 = 50
# 支 采血针, 盒 = 7 支 针头, 板 = 6 粒 电池, 扎 = 10 本, 封 = 10 盒 火柴, 盘 = 72 株 菜秧, 担 = 2 只 箩筐,
# 打 = 12); volume (升 / L / 毫升, 桶 = 5 升 生油, 壶 = 2.5 升 娘酒); area (平方米 / ㎡ / 平米 / 平方呎);
# length (米 / 公尺 / 呎); 千块 of bricks; 元 / 块 and 万元 住院按金; and 15 % of the mass-item offers in
# 箩 (a basket of unknown weight, not comparable). ``check_blind12`` checks it against the earlier parts
# only. Never tune on it.
BLIND12_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("两", 0.05), ("千克", 1.0), ("公斤 ", 1.0), ("KG", 1.0)]
_PERSONS12 = [("人", 1.0), ("名", 1.0), ("位", 1.0)]
_YUAN12 = [("元", 1.0), ("块", 1.0)]
_LITRES12 = [("升", 1.0), ("L", 1.0), ("毫升", 0.001)]
_AREA12 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0), ("平方呎", 0.0929)]
BLIND12_CATALOGUE = [
    # 生活物资: warmth for old people, bedding, kitchen, grain and oil, washing, light
    ("foot_warmer12", "living", "goods", ["火箱", "火桶", "烘笼", "脚炉"], ["电火箱", "暖腳寶"], ["个", "只"], (1, 2)),
    ("sweater12", "living", "goods", ["冷衫", "冷衫仔", "毛冷衫"], ["中老年羊毛開衫", "加厚針織冷衫"], ["件"], (1, 4)),
    ("padded_coat12", "living", "goods", ["棉褛", "厚褛", "大褛"], ["長者加厚棉褸", "中老年棉褛外套"], ["件"], (1, 3)),
    ("socks12", "living", "goods", ["洋袜", "袜仔", "线袜"], ["純棉老人襪", "中老年宽口棉袜"], [("双", 1.0), ("对", 1.0), ("打", 12.0)], (4, 24)),
    ("elder_shoes12", "living", "goods", ["老人鞋", "软底布鞋", "千层底布鞋"], ["防滑軟底老人鞋", "中老年健步鞋"], ["双"], (1, 3)),
    ("bedding12", "living", "goods", ["被铺", "被头", "厚被头"], ["長者冬被", "加厚冬季被鋪"], ["床", "套"], (1, 3)),
    ("mosquito_net12", "living", "goods", ["蠓罩", "蚊罩", "纱帐"], ["加密蚊帳", "老人床用纱帐"], ["顶", "床"], (1, 3)),
    ("mat12", "living", "goods", ["草席", "竹席", "凉席子"], ["冰絲涼蓆", "碳化竹凉席"], ["张", "床"], (1, 3)),
    ("wok12", "living", "goods", ["镬头", "铁镬", "炒菜镬"], ["生鐵鑊", "无涂层铁镬"], ["口", "个"], (1, 1)),
    ("rice12", "living", "goods", ["丝苗米", "油粘米", "晚造米"], ["增城絲苗米", "泰國香米"], [("斤", 0.5), ("公斤", 1.0), ("包", 10.0)], (20, 100)),
    ("peanut_oil12", "living", "goods", ["生油", "土榨生油", "炒菜生油"], ["壓榨花生油", "一级压榨生油"], _LITRES12 + [("桶", 5.0)], (5, 20)),
    ("milk_powder12", "living", "goods", ["奶粉", "老人奶粉", "高钙奶粉"], ["中老年高鈣奶粉", "全脂奶粉（900克/罐）"], [("罐", 0.9), ("克", 0.001), ("公斤", 1.0), ("磅", 0.4536)], (1, 5)),
    ("soap12", "living", "goods", ["番枧", "臭枧", "洗衫枧"], ["檀香皂", "洗衣番梘"], ["块", "条"], (2, 10)),
    ("face_towel12", "living", "goods", ["面巾", "洗面巾", "毛巾仔"], ["純棉面巾", "加厚洗脸面巾"], [("条", 1.0), ("打", 12.0)], (2, 12)),
    ("bulb12", "living", "goods", ["灯胆", "电灯胆", "灯泡仔"], ["LED燈膽", "节能灯泡"], ["个", "只"], (2, 6)),
    ("matches12", "living", "goods", ["洋火", "自来火", "番仔火"], ["安全火柴", "家用大盒火柴"], [("盒", 1.0), ("封", 10.0)], (5, 20)),
    # 医疗救助: assistive devices, care and rehabilitation goods, chronic illness, two care services
    ("ring_cushion12", "medical", "goods", ["气圈", "橡皮气圈", "屁股垫"], ["防壓瘡坐墊", "轮椅减压坐垫"], ["个"], (1, 2)),
    ("prosthesis12", "medical", "goods", ["假肢", "假脚", "义肢"], ["小腿假肢適配", "下肢假肢（免费装配）"], ["具", "条"], (1, 1)),
    ("ortho_shoes12", "medical", "goods", ["矫形鞋", "矫正鞋", "矫形鞋子"], ["兒童矯形鞋", "足踝矫形鞋"], ["双"], (1, 2)),
    ("white_cane12", "medical", "goods", ["盲杖", "探路棍", "导盲棍"], ["折疊盲杖", "白手杖"], ["根", "支"], (1, 2)),
    ("low_vision12", "medical", "goods", ["助视器", "电子助视器", "看字的放大机"], ["手持電子助視器", "台式助视器"], ["台", "个"], (1, 1)),
    ("hearing_battery12", "medical", "goods", ["助听器电池", "耳机电池", "助听器的电芯"], ["助聽器電池", "A13锌空气电池"], [("粒", 1.0), ("节", 1.0), ("板", 6.0)], (6, 36)),
    ("diaper12", "medical", "goods", ["尿片", "老人尿片", "屎片"], ["成人紙尿片", "成人尿片（中码）"], [("片", 1.0), ("包", 10.0), ("箱", 60.0)], (20, 120)),
    ("bed_rail12", "medical", "goods", ["床边扶手", "床栏", "起身扶手"], ["床邊護欄", "老人起床助力架"], ["个", "副"], (1, 2)),
    ("pill_box12", "medical", "goods", ["分药盒", "七格药盒", "药格仔"], ["一週分藥盒", "定时提醒药盒"], ["个"], (1, 3)),
    ("lancet12", "medical", "goods", ["采血针", "扎手指的针", "测血糖的针"], ["一次性採血針", "采血针（50支/盒）"], [("支", 1.0), ("盒", 50.0)], (50, 300)),
    ("pen_needle12", "medical", "goods", ["胰岛素针头", "打胰岛素的针头", "针咀"], ["胰島素筆用針頭", "胰岛素笔针头（7支/盒）"], [("支", 1.0), ("盒", 7.0)], (14, 100)),
    ("nitro12", "medical", "goods", ["硝酸甘油", "含舌头底的药", "心绞痛含片"], ["硝酸甘油片", "硝酸甘油舌下片"], ["瓶", "盒"], (1, 4)),
    ("med_oil12", "medical", "goods", ["药油", "驱风油", "跌打药油"], ["白花油", "驅風油（大瓶）"], ["瓶", "支"], (1, 5)),
    ("standing_frame12", "medical", "goods", ["站立架", "站立训练架", "练站的架子"], ["兒童康復站立架", "可调式站立架"], ["台", "个"], (1, 1)),
    ("cane12", "medical", "goods", ["士的", "龙头拐", "司的克"], ["鋁合金手杖", "伸缩助行杖"], ["根", "支"], (1, 2)),
    ("rehab_service12", "medical", "service", ["康复训练", "做康复", "上门康复"], ["上門康復訓練（義工）", "社区康复训练服务"], _PERSONS12, (1, 2)),
    ("home_care12", "medical", "service", ["上门护理", "陪护", "有人来照顾"], ["居家上門護理服務", "长者居家陪护"], _PERSONS12, (1, 2)),
    # 教育助学: school things for 留守儿童, 孤儿 and blind children
    ("schoolbag12", "education", "goods", ["册包", "书包仔", "读书袋"], ["兒童護脊書包", "小学生减负书包"], ["个"], (1, 2)),
    ("ruler12", "education", "goods", ["间尺", "间尺仔", "尺仔"], ["30厘米間尺", "学生间尺套装"], ["把", "套"], (1, 5)),
    ("eraser12", "education", "goods", ["胶擦", "擦胶", "胶擦仔"], ["學生膠擦", "4B胶擦"], ["块", "个"], (2, 10)),
    ("sharpener12", "education", "goods", ["铅笔刨", "笔刨", "刨笔刀"], ["手搖鉛筆刨", "电动铅笔刨"], ["个"], (1, 3)),
    ("ballpen12", "education", "goods", ["原子笔", "圆珠笔", "走珠笔"], ["原子筆（藍色）", "按动圆珠笔"], [("支", 1.0), ("打", 12.0)], (5, 24)),
    ("correction12", "education", "goods", ["涂改带", "改正带", "修正带"], ["立可帶", "改錯帶"], ["个", "卷"], (1, 5)),
    ("exercise_book12", "education", "goods", ["功课簿", "练习簿", "簿仔"], ["學生練習簿", "功课簿（16开）"], [("本", 1.0), ("扎", 10.0)], (10, 60)),
    ("water_bottle12", "education", "goods", ["水樽", "水壶仔", "带去学校的水壶"], ["兒童保溫水樽", "学生吸管水壶"], ["个", "只"], (1, 2)),
    ("lunchbox12", "education", "goods", ["饭格", "饭盒仔", "蒸饭盒"], ["不鏽鋼保溫飯格", "学生分格饭盒"], ["个"], (1, 2)),
    ("braille_book12", "education", "goods", ["盲文书", "点字书", "盲文课本"], ["點字書", "盲文读物"], ["本", "册"], (2, 10)),
    ("braille_slate12", "education", "goods", ["盲文板", "扎字板", "盲文写字板"], ["點字板連點字筆", "盲文写字板套装"], ["套", "块"], (1, 2)),
    ("school_fees12", "education", "cash", ["书簿费", "学杂费", "寄宿费"], ["孤兒助學金", "留守儿童助学金"], _YUAN12, (500, 3000)),
    # 产业发展: small livelihoods of southern households
    ("muscovy12", "production", "goods", ["番鸭苗", "红面鸭苗", "番鸭仔"], ["番鴨苗", "番鸭雏鸭"], [("只", 1.0), ("羽", 1.0)], (30, 200)),
    ("pullet12", "production", "goods", ["鸡项", "项鸡", "鸡乸仔"], ["青年母雞", "清远麻鸡项鸡"], ["只", "羽"], (10, 60)),
    ("buffalo12", "production", "goods", ["水牛", "牛牯", "耕田的牛"], ["耕牛（水牛）", "本地水牛"], ["头"], (1, 1)),
    ("sickle12", "production", "goods", ["禾镰", "禾刀", "割禾刀"], ["鋸齒禾鐮", "割稻镰刀"], ["把"], (1, 4)),
    ("thresher12", "production", "goods", ["打禾机", "打谷机仔", "脚踏打禾机"], ["腳踏打禾機", "小型稻谷脱粒机"], ["台", "个"], (1, 1)),
    ("basket12", "production", "goods", ["箩筐", "谷箩", "担箩"], ["竹編籮筐", "加厚竹箩筐"], [("只", 1.0), ("个", 1.0), ("担", 2.0)], (2, 6)),
    ("veg_seedling12", "production", "goods", ["菜秧", "菜苗", "菜秧子"], ["蔬菜穴盤苗", "瓜菜嫁接苗"], [("株", 1.0), ("棵", 1.0), ("盘", 72.0)], (72, 720)),
    ("ammonium12", "production", "goods", ["肥田粉", "硫酸铵", "硫铵"], ["農用硫酸銨", "硫酸铵（50公斤/包）"], [("斤", 0.5), ("公斤", 1.0), ("包", 50.0)], (50, 300)),
    ("litchi_seedling12", "production", "goods", ["荔枝苗", "荔枝树苗", "荔枝秧"], ["嫁接荔枝苗", "高压荔枝苗"], ["株", "棵"], (20, 200)),
    ("fish_net12", "production", "goods", ["渔网", "鱼网", "拉网"], ["尼龍漁網", "池塘拉网"], ["张", "副"], (1, 3)),
    # 消费扶贫: what households sell and canteens, buyers and 港澳 chambers buy
    ("sugar_orange12", "consumption", "goods", ["砂糖橘", "沙糖桔", "十月桔"], ["砂糖桔鲜果", "廣西沙糖橘"], None, (500, 3000)),
    ("longan12", "consumption", "goods", ["龙眼", "桂圆", "石硖龙眼"], ["鮮龍眼", "储良龙眼"], None, (500, 3000)),
    ("litchi12", "consumption", "goods", ["荔枝", "妃子笑", "桂味荔枝"], ["鮮荔枝", "糯米糍荔枝"], None, (500, 3000)),
    ("tangerine_peel12", "consumption", "goods", ["陈皮", "柑皮", "老陈皮"], ["新會陳皮", "十年陈皮"], None, (10, 100)),
    ("yuba12", "consumption", "goods", ["腐竹", "枝竹", "支竹"], ["手工腐竹", "黃豆腐竹"], None, (50, 500)),
    ("rice_noodle12", "consumption", "goods", ["米粉", "干米粉", "榨粉"], ["江西米粉", "興化米粉"], None, (100, 1000)),
    ("mianxian12", "consumption", "goods", ["面线", "线面", "手工面线"], ["福州線麵", "长寿面线"], None, (50, 500)),
    ("laver12", "consumption", "goods", ["紫菜", "坛紫菜", "头水紫菜"], ["霞浦頭水紫菜", "干紫菜饼"], None, (20, 200)),
    ("dancong12", "consumption", "goods", ["单丛茶", "凤凰单丛", "鸭屎香"], ["鳳凰單叢", "单枞茶（一级）"], None, (10, 100)),
    ("rice_wine12", "consumption", "goods", ["娘酒", "客家米酒", "糯米酒"], ["客家娘酒", "客家黄酒（2.5升/壶）"], _LITRES12 + [("壶", 2.5)], (10, 60)),
    ("cured_duck12", "consumption", "goods", ["腊鸭", "板鸭", "腊鸭腿"], ["南安板鴨", "广式腊鸭"], None, (50, 300)),
    ("chopped_chili12", "consumption", "goods", ["剁辣椒", "剁椒", "坛子辣椒"], ["湘西剁辣椒", "农家剁椒（500克/瓶）"], [("瓶", 0.5), ("斤", 0.5), ("公斤", 1.0)], (50, 300)),
    ("leicha12", "consumption", "goods", ["擂茶", "擂茶粉", "客家擂茶"], ["客家擂茶粉", "五穀擂茶"], None, (20, 200)),
    ("water_chestnut12", "consumption", "goods", ["马蹄", "荸荠", "地栗"], ["桂林馬蹄", "新鲜荸荠"], None, (500, 3000)),
    ("jicama12", "consumption", "goods", ["沙葛", "凉薯", "豆薯"], ["新鮮沙葛", "沙葛（凉薯）"], None, (500, 3000)),
    ("peanut12", "consumption", "goods", ["番豆", "番豆仁", "花生仁"], ["客家番豆", "紅衣花生仁"], None, (100, 1000)),
    # 住房安全: 适老化 and 无障碍 changes to old houses
    ("grab_bar12", "housing", "goods", ["厕所扶手", "墙上扶手", "冲凉房扶手"], ["不鏽鋼無障礙扶手", "浴室安全扶手"], ["根", "套"], (1, 4)),
    ("ramp12", "housing", "goods", ["门口斜坡", "轮椅坡板", "无障碍坡道"], ["便攜式輪椅斜板", "铝合金坡道板"], ["块", "副"], (1, 2)),
    ("antislip12", "housing", "goods", ["防滑垫", "冲凉房防滑垫", "防跌地胶"], ["浴室防滑地墊", "PVC防滑地垫"], _AREA12, (2, 10)),
    ("hinge12", "housing", "goods", ["门铰", "合页", "门较"], ["不鏽鋼合頁", "加厚门铰"], ["个", "副"], (2, 8)),
    ("lime_brick12", "housing", "goods", ["灰沙砖", "灰砂砖", "蒸压砖"], ["蒸壓灰砂磚", "标准灰砂砖"], [("块", 1.0), ("千块", 1000.0)], (2000, 20000)),
    ("screen12", "housing", "goods", ["纱窗", "防蚊纱窗", "窗纱"], ["隱形紗窗", "不锈钢防蚊纱网"], _AREA12, (2, 12)),
    ("sit_toilet12", "housing", "goods", ["坐厕", "坐便器", "抽水马桶"], ["分體式坐廁", "节水坐便器"], ["个", "套"], (1, 1)),
    # 易地搬迁: moving into a settlement flat (入伙)
    ("bunk12", "relocation", "goods", ["碌架床", "架床", "上下格床"], ["鐵架碌架床", "实木碌架床"], ["张", "套"], (1, 2)),
    ("dining12", "relocation", "goods", ["餐台", "食饭台", "饭台"], ["摺疊餐檯", "实木餐台"], ["张"], (1, 1)),
    ("sofa12", "relocation", "goods", ["梳化", "梳化椅", "布梳化"], ["三人梳化", "皮梳化"], ["套", "张"], (1, 1)),
    ("aircon12", "relocation", "goods", ["冷气机", "冷气", "窗口机"], ["分體冷氣機", "1匹变频冷气机"], ["台", "部"], (1, 2)),
    ("dehumid12", "relocation", "goods", ["抽湿机", "除湿机", "吸湿机"], ["家用抽濕機", "20升除湿机"], ["台"], (1, 1)),
    ("water_heater12", "relocation", "goods", ["热水炉", "燃气热水炉", "冲凉热水器"], ["恆溫熱水爐", "强排式燃气热水器"], ["台"], (1, 1)),
    ("airer12", "relocation", "goods", ["晾衫架", "晒衫架", "晾衫的架"], ["不鏽鋼晾衫架", "落地晾衣架"], ["个", "套"], (1, 2)),
    ("rice_cooker12", "relocation", "goods", ["饭煲", "煲饭锅", "电饭煲仔"], ["智能電飯煲", "3升电饭煲"], ["个", "台"], (1, 1)),
    # 基础设施: village facilities old and disabled people use
    ("accessible_toilet12", "infrastructure", "goods", ["无障碍厕所", "残疾人厕所", "无障碍卫生间"], ["無障礙洗手間", "无障碍公厕改造"], ["座", "间"], (1, 2)),
    ("bench12", "infrastructure", "goods", ["歇脚凳", "长凳", "石凳"], ["戶外休閒長椅", "防腐木座椅"], ["张", "条"], (2, 10)),
    ("pavilion12", "infrastructure", "goods", ["凉亭", "风雨亭", "茶亭"], ["仿古涼亭", "防腐木凉亭"], ["座", "个"], (1, 2)),
    ("water_dispenser12", "infrastructure", "goods", ["饮水机", "开水机", "热水机"], ["步進式開水器", "校园直饮水机"], ["台"], (1, 3)),
    ("handrail12", "infrastructure", "goods", ["路边栏杆", "巷口扶栏", "石级扶手"], ["不锈钢栏杆扶手", "防腐木護欄"], [("米", 1.0), ("公尺", 1.0), ("呎", 0.3048)], (20, 200)),
    # 就业帮扶: jobs and training for disabled people and women at home
    ("massage_training12", "employment", "service", ["学按摩", "按摩培训", "推拿培训"], ["盲人醫療按摩培訓", "保健按摩师培训班"], _PERSONS12, (1, 3)),
    ("outwork12", "employment", "service", ["外发加工", "来料加工", "在家做的手工活"], ["居家來料加工訂單", "手工串珠外发加工"], _PERSONS12, (1, 3)),
    ("computer_training12", "employment", "service", ["学电脑", "电脑培训", "打字培训"], ["殘疾人電腦技能培訓", "办公软件培训班"], _PERSONS12, (1, 3)),
    ("embroidery12", "employment", "service", ["学绣花", "刺绣培训", "湘绣培训"], ["湘繡技藝培訓", "巧手妈妈刺绣班"], _PERSONS12, (1, 3)),
    ("massage_bed12", "employment", "goods", ["按摩床", "推拿床", "理疗床"], ["摺疊按摩床", "实木推拿床"], ["张"], (1, 2)),
    ("shoe_repair12", "employment", "goods", ["补鞋机", "修鞋机", "钉鞋机"], ["手搖補鞋機", "多功能修鞋机"], ["台"], (1, 1)),
    # 金融信贷: money a 慈善总会 or a 港澳台 donor gives
    ("care_fee12", "finance", "cash", ["护理费", "请人照顾的钱", "护工费"], ["失能長者護理資助", "护理费资助"], _YUAN12, (500, 3000)),
    ("living_allowance12", "finance", "cash", ["生活费", "孤儿生活费", "伙食钱"], ["孤兒助養金", "助养计划"], _YUAN12, (300, 2000)),
    ("hospital_deposit12", "finance", "cash", ["住院按金", "入院押金", "住院预交金"], ["住院按金資助", "入院押金救助"], [("元", 1.0), ("万元", 10000.0)], (10000, 50000)),
    ("medicine_fee12", "finance", "cash", ["医药费", "买药钱", "药费"], ["慢病醫藥費資助", "慈善总会医药费救助"], _YUAN12, (500, 5000)),
    # 其他
    ("bicycle12", "other", "goods", ["铁马", "脚车", "上学骑的车"], ["單車", "二手單車"], ["辆", "架"], (1, 1)),
    ("alarm12", "other", "goods", ["一键呼叫器", "呼救铃", "紧急呼叫器"], ["平安鐘", "長者緊急呼援器"], ["个", "台"], (1, 2)),
    ("radio12", "other", "goods", ["原子粒", "听广播的机", "原子粒收音机"], ["長者收音機", "插卡原子粒"], ["部", "台"], (1, 1)),
    ("talking_clock12", "other", "goods", ["报时钟", "会讲话的钟", "语音钟"], ["語音報時鐘", "盲人语音报时钟"], ["个", "台"], (1, 2)),
    ("umbrella12", "other", "goods", ["雨遮", "缩骨遮", "遮仔"], ["長柄直骨遮", "摺疊雨傘"], ["把"], (1, 3)),
    ("raincoat12", "other", "goods", ["雨褛", "水褛", "雨衣仔"], ["學生雨褸", "连帽雨褛"], ["件"], (1, 3)),
    ("bamboo_hat12", "other", "goods", ["斗笠", "笠嫲", "竹笠"], ["手工竹斗笠", "遮陽竹笠"], ["顶", "个"], (1, 3)),
    ("scooter12", "other", "goods", ["残摩", "残疾人三轮", "残疾人摩托"], ["殘疾人機動輪椅車", "残疾人助力三轮车"], ["辆"], (1, 1)),
]
# Broader offers as a hospital, a 慈善总会 or a 港澳台 donor names them. generate() gives a broader offer's
# unit size 1 and counts it as kg for mass items: groups of mass items are offered in 公斤, the others in
# units none of their items uses (so their amounts are not comparable, relevance 2).
BLIND12_BROAD = [
    ("elder_warm12", "living", ["敬老暖心包", "长者御寒包"],
     ["foot_warmer12", "sweater12", "padded_coat12", "socks12", "elder_shoes12", "bedding12"], ["份"]),
    ("hygiene12", "living", ["個人衛生用品", "清洁卫生包"], ["soap12", "face_towel12"], ["份"]),
    ("grain_oil12", "living", ["米油慰问品", "糧油包"], ["rice12", "peanut_oil12"], ["份"]),
    ("rehab12", "medical", ["復康用品", "康复辅助器具"],
     ["ring_cushion12", "prosthesis12", "ortho_shoes12", "white_cane12", "low_vision12", "bed_rail12",
      "standing_frame12", "cane12"], ["件"]),
    ("vision_aids12", "medical", ["視障輔具", "助盲用品"], ["white_cane12", "low_vision12"], ["件"]),
    ("diabetes12", "medical", ["糖尿病护理用品", "控糖用品"], ["lancet12", "pen_needle12"], ["套"]),
    ("elder_meds12", "medical", ["長者常用藥", "老人家常备药"], ["nitro12", "med_oil12"], ["份"]),
    ("care_services12", "medical", ["助残义工服务", "長者關顧服務"], ["rehab_service12", "home_care12"], ["人"]),
    ("stationery12", "education", ["書簿文具", "学童文具"],
     ["schoolbag12", "ruler12", "eraser12", "sharpener12", "ballpen12", "correction12", "exercise_book12"], ["份"]),
    ("blind_school12", "education", ["盲童学具", "視障學生用品"], ["braille_book12", "braille_slate12"], ["份"]),
    ("poultry12", "production", ["雞鴨苗", "鸡鸭种苗"], ["muscovy12", "pullet12"], ["批"]),
    ("paddy_tools12", "production", ["禾田农具", "耕田用具"], ["sickle12", "thresher12", "basket12"], ["件"]),
    ("fresh_fruit12", "consumption", ["應季生果", "南方鲜果"], ["sugar_orange12", "longan12", "litchi12"], ["公斤"]),
    ("dry_goods12", "consumption", ["家乡干货", "土產乾貨"],
     ["tangerine_peel12", "yuba12", "rice_noodle12", "mianxian12", "laver12", "peanut12"], ["公斤"]),
    ("elder_home12", "housing", ["适老化改造材料", "居家無障礙改造"], ["grab_bar12", "ramp12", "antislip12", "sit_toilet12"], ["批"]),
    ("move_in_appliances12", "relocation", ["入伙家电", "新居電器"], ["aircon12", "dehumid12", "water_heater12", "rice_cooker12"], ["批"]),
    ("move_in_furniture12", "relocation", ["入伙家私", "新屋家具"], ["bunk12", "dining12", "sofa12"], ["批"]),
    ("elder_facilities12", "infrastructure", ["长者友好设施", "敬老設施"],
     ["accessible_toilet12", "bench12", "pavilion12", "handrail12"], ["批"]),
    ("disabled_jobs12", "employment", ["助残就业培训", "殘疾人士職業培訓"],
     ["massage_training12", "computer_training12", "embroidery12"], ["人"]),
    ("charity_fund12", "finance", ["慈善救助金", "扶弱基金"],
     ["care_fee12", "living_allowance12", "hospital_deposit12", "medicine_fee12"], ["元"]),
    ("rain_gear12", "other", ["雨具", "擋雨用品"], ["umbrella12", "raincoat12", "bamboo_hat12"], ["件"]),
]
TEMPLATES["blind12"] = {
    # Needs as a 残联 / 民政 / 妇联 worker or a family member records them, in southern words; offers from
    # hospitals, pharmacies, schools, 慈善总会 and volunteers (简体) and from 港澳台 donors (繁體).
    "need_title": ["{who}缺{name}，唔该帮下手", "残联入户登记：{who}需要{name}", "妇联代{who}申请{name}",
                   "家属代报：{who}冇{name}用", "{who}好需要{name}"],
    "need_desc": ["{cause}，{name}冇得用。", "{cause}，{name}到而家都未有着落。",
                  "{cause}，{name}一直缺，望好心人帮衬。", "{cause}，由家属代为填报{name}。",
                  "{cause}，阿婆讲{name}好久冇啦。", "{cause}，社工入户核实确需{name}。"],
    "negated": ["{other}唔使了", "{other}屋企仲有", "除咗{other}", "{other}啱啱收到", "{other}免啦",
                "{other}毋使再送", "{other}用勿着", "{other}屋里向还有", "{other}早就有哒",
                "{other}社工上次已经带过来", "{other}妇联上个月送到家了", "{other}孙仔过年带返来了",
                "{other}阿婆讲够用啦", "{other}上次慈善总会已经派过", "{other}有好心人送咗", "这回不报{other}"],
    "offer_title": ["{donor}爱心捐赠：{name}", "{donor}为困难群体提供{name}", "香港同鄉會捐贈一批{name}",
                    "澳門街坊總會捐贈{name}", "台灣愛心人士捐贈一批{name}", "{name}（{donor}送温暖）"],
    "offer_title_consumption": ["{donor}食堂消费帮扶采购{name}", "澳門商會認購一批{name}", "{donor}以购代捐收{name}"],
    "offer_title_employment": ["{donor}为残疾人开办{name}", "香港職業訓練機構提供：{name}", "{name}（{donor}，免费）"],
    "offer_title_finance": ["{donor}设立{name}", "香港慈善基金捐贈{name}", "台灣善心人士資助{name}"],
    "who": ["五保户陈伯", "留守阿婆", "独居阿公", "孤儿阿妹", "肢体残疾的老李", "视力残疾的黄姨", "长期病患户",
            "留守细路仔"],
    "cause": ["阿伯中风后半边身郁唔到", "老人家眼睛看不清", "仔女都出去打工了", "孩子父母双亡，跟阿嫲过",
              "尿毒症每个礼拜要洗肾", "细路仔脑瘫要长期做康复", "阿婆腰骨痛，行路都难", "去年台风把屋顶掀了"],
    "donor": ["市人民医院", "县中医院", "医疗器械公司", "连锁大药房", "医科大学志愿者服务队", "市慈善总会",
              "义工联合会", "华侨中学"],
}


def check_blind12() -> None:
    """Raise SystemExit if blind12 is not what its comment says.

    Checked like blind8 (``_check_written_alone``) against every earlier part's catalogue and broader
    offers up to blind10 (never against lexicon.tsv; blind11 was written at the same time and shares twelve
    names with it: 奶粉, 米粉, 板鸭, 纱窗 …); besides: no item name is an earlier group name, at
    least 70 items and 10 broader offers, at least 10 negation templates and none an earlier part's
    (compared without placeholders, ``_template_cue``), and every count unit's size is positive.
    """
    earlier_groups = _GROUPS_BEFORE_BLIND7 + (BLIND7_BROAD, BLIND8_BROAD, BLIND9_BROAD, BLIND10_BROAD)
    _check_written_alone("blind12", BLIND12_CATALOGUE, BLIND12_BROAD,
                         _earlier_catalogues() + (BLIND5_CATALOGUE, BLIND6_CATALOGUE, BLIND7_CATALOGUE,
                                                  BLIND8_CATALOGUE, BLIND9_CATALOGUE, BLIND10_CATALOGUE),
                         earlier_groups)
    problems = []
    group_names = {n for groups in earlier_groups for g in groups for n in g[2]}
    taken = sorted({n for c in BLIND12_CATALOGUE for n in c[3] + c[4]} & group_names)
    if taken:
        problems.append(f"item names that are earlier parts' group names: {taken}")
    if len(BLIND12_CATALOGUE) < 70 or len(BLIND12_BROAD) < 10:
        problems.append(f"{len(BLIND12_CATALOGUE)} items and {len(BLIND12_BROAD)} broader offers")
    negated = TEMPLATES["blind12"]["negated"]
    earlier = {_template_cue(x) for part, t in TEMPLATES.items() if part != "blind12" for x in t["negated"]}
    reused = sorted(x for x in negated if _template_cue(x) in earlier)
    if len(negated) < 10 or reused:
        problems.append(f"{len(negated)} negation templates, of an earlier part: {reused}")
    bad_units = sorted(c[0] for c in BLIND12_CATALOGUE if c[5] is not None
                       for u in c[5] if isinstance(u, tuple) and u[1] <= 0)
    if bad_units:
        problems.append(f"units of size <= 0: {bad_units}")
    if problems:
        raise SystemExit("blind12: " + "; ".join(problems))


# The "blind13" part (written 2026-12-01 for issue 13 by someone who had not read the lexicon, the
# matcher's features, docs/matching.md or any part's records) in a voice no other part has: needs of a
# village as a whole, filed by its 村委会 / 村民小组 / 村集体经济合作社 or its 大学生村官 as 村务公开 notices
# and project applications (「关于申请X的请示」「【村务公开】X需求公示」「经村民代表大会讨论通过，拟申请X」),
# collective things first (冷库 in 立方米, 烘干房, 光伏 in 千瓦, 路灯, 垃圾清运, 灌溉渠 in 米 / 公里, 村卫生室
# and 文化广场 equipment, 村委会 office goods) and the households' needs the same notices list (「以下脱贫户
# 需X，名单附后」); offers in the official words of 中央企业 / 国有企业 定点帮扶 units (「…定点帮扶石门村：
# 捐建X」), 工会 (「工会送温暖：X」), 驻地部队 (「军民共建：赠送X」), banks' and insurers' 金融扶贫 products (kind
# "cash") and 机关 paired-support units. 87 items of all 11 categories (就业帮扶 jobs and courses of kind
# "service"), 22 broader offers under names of their own, 14 negations and past mentions in the notices'
# words (「X已列入上年度项目并完成验收」「X经村民代表大会议定暂缓实施」「X事项已办结销号」「本期不申报X」), and units
# that need converting: mass 斤 / 两 / 公斤 / kg / 千克 / 吨; packs whose size the catalogue fixes (袋 = 25 kg
# 米, 箱 = 10 kg 挂面, 袋 = 0.4 kg 盐, 盒 = 0.25 kg 茶, 箱 = 10 kg 苹果, 卷 = 20 kg 地膜, 袋 = 40 kg 饲料, 桶 =
# 25 kg 涂料, 瓶 = 0.5 升 香油, 桶 = 5 升 消毒液, 箱 = 100 张 穴盘, 捆 = 50 株 果苗, 套 = 10 册 图书, 卷 = 10 ㎡
# 卷材); volume (升 / L / 毫升; 立方米 / 方 / m³), area (平方米 / ㎡ / 平米), length (米 / 延米 / 公里), power
# (千瓦 / kW / 兆瓦), counts (万株, 千片, 千块) and 元 / 万元; 15 % of the mass-item offers in 托 (a pallet of
# unknown weight, not comparable). ``check_blind13`` checks it against every earlier part up to blind12,
# never against the lexicon. Never tune on it.
BLIND13_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("两", 0.05), ("千克", 1.0), ("吨", 1000.0), ("KG ", 1.0)]
_KG13 = [("公斤", 1.0), ("斤", 0.5), ("kg", 1.0)]
_HEADS13 = [("人", 1.0), ("名", 1.0), ("个", 1.0)]
_YUAN13 = [("元", 1.0), ("万元", 10000.0)]
_LITRES13 = [("升", 1.0), ("L", 1.0), ("毫升", 0.001)]
_AREA13 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
_CUBIC13 = [("立方米", 1.0), ("方", 1.0), ("m³", 1.0)]
BLIND13_CATALOGUE = [
    # 生活物资: what a notice lists for households, and what 工会 / 部队 bring in winter
    ("rice13", "living", "goods", ["慰问大米", "当季新米", "新碾大米"], ["定点帮扶慰问米（25公斤/袋）", "东北粳米"], _KG13 + [("袋", 25.0)], (50, 500)),
    ("noodles13", "living", "goods", ["手工挂面", "细挂面", "龙须面"], ["龙须挂面（整箱）", "高筋麦芯挂面"], _KG13 + [("箱", 10.0)], (20, 200)),
    ("salt13", "living", "goods", ["加碘盐", "碘盐", "食用精盐"], ["精制碘盐（400克/袋）", "低钠食用盐"], [("袋", 0.4), ("公斤", 1.0), ("斤", 0.5)], (10, 60)),
    ("coal13", "living", "goods", ["过冬煤", "烧炕煤", "冬季取暖燃煤"], ["兰炭洁净燃料", "取暖用无烟煤"], None, (500, 3000)),
    ("lpg13", "living", "goods", ["液化气瓶", "气罐子", "燃气钢瓶"], ["15公斤装液化气钢瓶", "安全型液化气瓶"], ["个", "只"], (5, 30)),
    ("purifier13", "living", "goods", ["户用净水设备", "净水桶", "滤水壶"], ["家用反渗透净水机", "厨下式净水器"], ["台"], (5, 40)),
    ("hat13", "living", "goods", ["护耳棉帽", "军棉帽", "棉军帽"], ["冬季作训棉帽", "部队配发棉帽"], [("顶", 1.0), ("个", 1.0)], (10, 60)),
    ("fan_heater13", "living", "goods", ["小太阳取暖器", "取暖风机", "暖风扇"], ["PTC陶瓷暖风机", "节能暖风机"], ["台"], (5, 30)),
    # 医疗救助: the 村卫生室's equipment and what its patients lack
    ("exam_bed13", "medical", "goods", ["诊查床", "检查床", "诊疗床"], ["医用诊查床（不锈钢）", "多功能诊疗床"], ["张"], (1, 3)),
    ("aed13", "medical", "goods", ["除颤仪", "AED", "自动除颤器"], ["自动体外除颤器", "AED急救设备"], ["台"], (1, 2)),
    ("ecg13", "medical", "goods", ["心电图机", "心电图仪", "做心电图的机器"], ["十二导心电图机", "数字式心电图仪"], ["台"], (1, 1)),
    ("med_fridge13", "medical", "goods", ["药品冷藏柜", "医用冰箱", "疫苗冰箱"], ["医用冷藏箱（2-8℃）", "药品阴凉柜"], ["台"], (1, 2)),
    ("disinfectant13", "medical", "goods", ["84消毒液", "含氯消毒液", "消毒药水"], ["次氯酸钠消毒液（5升/桶）", "医用含氯消毒剂"], _LITRES13 + [("桶", 5.0)], (10, 100)),
    ("ir_thermo13", "medical", "goods", ["额温枪", "测温枪", "红外测温仪"], ["红外额温计", "非接触红外体温计"], ["把", "个"], (5, 30)),
    ("stretcher13", "medical", "goods", ["担架", "折叠担架", "抬人的担架"], ["铝合金折叠担架", "铲式担架"], ["副"], (1, 4)),
    ("first_aid13", "medical", "goods", ["急救箱", "应急药箱", "救护箱"], ["户外应急救护包", "家庭急救箱"], ["个", "套"], (5, 30)),
    # 教育助学: the 农家书屋 and the 村小
    ("books13", "education", "goods", ["农家书屋图书", "科普读物", "农技书籍"], ["农业实用技术丛书", "少儿读物精选"], [("册", 1.0), ("本", 1.0), ("套", 10.0)], (500, 3000)),
    ("projector13", "education", "goods", ["投影仪", "投影机", "幻灯机"], ["高清教学投影机", "激光投影仪"], ["台"], (1, 2)),
    ("bookshelf13", "education", "goods", ["书架", "图书架", "阅览架"], ["钢制双面书架", "阅览室书架"], ["个", "组"], (5, 20)),
    ("uniform13", "education", "goods", ["学生装", "运动校服", "学生制服"], ["中小学生校服（春秋款）", "学生运动服套装"], ["套"], (30, 200)),
    ("tablet13", "education", "goods", ["平板电脑", "平板", "网课平板"], ["教育平板电脑", "学生网课平板"], ["台"], (10, 50)),
    ("pingpong13", "education", "goods", ["乒乓球台", "乒乓球桌", "球台"], ["室外乒乓球台（SMC）", "标准乒乓球桌"], ["张", "台"], (1, 4)),
    # 产业发展: the 合作社's cold store, dryer, irrigation, seedlings and herd
    ("cold_room13", "production", "goods", ["冷库", "保鲜库", "冷藏库"], ["果蔬气调保鲜库", "组合式冷库"], _CUBIC13, (200, 1000)),
    ("dryer13", "production", "goods", ["烘干房", "烤房", "烘干机"], ["热泵烘干房", "电烤房（密集烤房）"], ["座", "间", "台"], (1, 3)),
    ("sprinkler13", "production", "goods", ["喷灌设备", "喷灌", "喷灌带"], ["微喷灌系统", "指针式喷灌机"], ["套"], (2, 10)),
    ("pump13", "production", "goods", ["提灌泵", "深井泵", "灌溉水泵"], ["深井潜水泵（7.5千瓦）", "提灌站水泵机组"], ["台"], (1, 5)),
    ("drone13", "production", "goods", ["植保无人机", "打药飞机", "打药无人机"], ["农业植保无人飞机", "多旋翼植保机"], ["架", "台"], (1, 2)),
    ("cattle13", "production", "goods", ["繁殖母牛", "适繁母牛", "扶贫母牛"], ["西门塔尔杂交母牛", "安格斯基础母牛"], ["头"], (10, 50)),
    ("mulch13", "production", "goods", ["白地膜", "农用薄膜", "覆盖地膜"], ["加厚聚乙烯地膜", "全生物降解地膜"], _KG13 + [("卷", 20.0), ("吨", 1000.0)], (200, 2000)),
    ("feed13", "production", "goods", ["全价料", "配合饲料", "浓缩料"], ["生猪全价配合料", "肉牛精补料"], _KG13 + [("袋", 40.0), ("吨", 1000.0)], (500, 5000)),
    ("plug_tray13", "production", "goods", ["育秧盘", "育苗穴盘", "塑料穴盘"], ["72孔塑料穴盘", "水稻育秧硬盘"], [("张", 1.0), ("个", 1.0), ("箱", 100.0)], (200, 2000)),
    ("fruit_sapling13", "production", "goods", ["嫁接苗", "果树嫁接苗", "经果苗"], ["矮化苹果苗", "脱毒柑橘嫁接苗"], [("株", 1.0), ("棵", 1.0), ("捆", 50.0)], (500, 5000)),
    ("tea_seedling13", "production", "goods", ["扦插茶苗", "茶叶苗", "茶苗子"], ["福鼎大白茶扦插苗", "白叶一号茶苗"], [("株", 1.0), ("万株", 10000.0)], (10000, 100000)),
    # 消费扶贫: what the collective sells, and what a 央企 canteen or a 工会 buys
    ("green_tea13", "consumption", "goods", ["毛尖", "雨前茶", "云雾绿茶"], ["高山云雾绿茶", "明前毛尖（250克/盒）"], [("斤", 0.5), ("两", 0.05), ("公斤", 1.0), ("盒", 0.25)], (20, 200)),
    ("apple13", "consumption", "goods", ["山区苹果", "红苹果", "苹果果子"], ["红富士苹果（10公斤/箱）", "高原冰糖心苹果"], _KG13 + [("箱", 10.0)], (500, 5000)),
    ("lily13", "consumption", "goods", ["百合", "食用百合", "鲜百合"], ["兰州甜百合", "干百合片"], None, (200, 2000)),
    ("shiitake13", "consumption", "goods", ["香蕈", "椴木菇", "花菇干"], ["椴木花菇", "特级干香菇"], None, (100, 1000)),
    ("beef13", "consumption", "goods", ["牛肉", "黄牛肉", "鲜牛肉"], ["冷鲜黄牛肉", "草饲牛腱子"], None, (100, 800)),
    ("black_pork13", "consumption", "goods", ["黑猪肉", "土猪肉", "跑山猪肉"], ["生态黑毛猪肉", "林下散养黑猪肉"], None, (200, 2000)),
    ("barley13", "consumption", "goods", ["青稞", "青稞米", "元麦"], ["高原青稞", "有机青稞米"], None, (200, 2000)),
    ("sesame_oil13", "consumption", "goods", ["香油", "芝麻油", "小磨香油"], ["石磨小磨香油（500毫升/瓶）", "纯芝麻香油"], _LITRES13 + [("瓶", 0.5)], (20, 200)),
    # 易地搬迁: the 安置点's households, listed in one notice
    ("gas_stove13", "relocation", "goods", ["两眼燃气灶", "煤气灶台", "燃气炉灶"], ["嵌入式燃气灶", "台式双眼燃气灶"], ["台"], (10, 60)),
    ("range_hood13", "relocation", "goods", ["烟机", "抽烟机", "厨房排烟机"], ["侧吸式排油烟机", "顶吸式吸油烟机"], ["台"], (10, 60)),
    ("tv13", "relocation", "goods", ["平板电视", "大彩电", "高清电视"], ["43英寸液晶电视", "智能网络电视"], ["台"], (10, 60)),
    ("fridge13", "relocation", "goods", ["冷藏冷冻箱", "单门冰箱", "小冰箱"], ["双门节能电冰箱", "家用冷藏冷冻冰箱"], ["台"], (10, 60)),
    ("shoe_cabinet13", "relocation", "goods", ["鞋架", "门厅鞋柜", "玄关柜"], ["玄关鞋柜", "多层简易鞋架"], ["个"], (10, 60)),
    ("dispenser13", "relocation", "goods", ["烧水的饮水机", "温热饮水机", "桶装水饮水机"], ["立式温热饮水机", "家用饮水机"], ["台"], (10, 60)),
    # 住房安全: 危房改造 and 农房风貌 materials
    ("roof_tile13", "housing", "goods", ["琉璃瓦", "屋顶瓦片", "盖房瓦"], ["仿古小青瓦", "树脂琉璃瓦"], [("片", 1.0), ("块", 1.0), ("千片", 1000.0)], (2000, 10000)),
    ("wall_paint13", "housing", "goods", ["外墙涂料", "外墙漆", "真石漆"], ["外墙真石漆（25公斤/桶）", "弹性外墙涂料"], [("公斤", 1.0), ("桶", 25.0), ("吨", 1000.0)], (100, 1000)),
    ("insulation13", "housing", "goods", ["挤塑板", "泡沫保温板", "外墙保温板"], ["XPS挤塑聚苯板", "外墙岩棉保温板"], _AREA13, (100, 1000)),
    ("membrane13", "housing", "goods", ["SBS卷材", "屋面防水卷材", "沥青卷材"], ["SBS改性沥青防水卷材（10㎡/卷）", "自粘防水卷材"], [("平方米", 1.0), ("㎡", 1.0), ("卷", 10.0)], (100, 800)),
    ("block13", "housing", "goods", ["水泥砌块", "空心砌块", "水泥空心砖"], ["混凝土小型空心砌块", "加气混凝土砌块"], [("块", 1.0), ("千块", 1000.0), ("匹", 1.0)], (3000, 20000)),
    ("security_door13", "housing", "goods", ["进户门", "防盗铁门", "防盗大门"], ["钢质防盗入户门", "甲级防盗门"], ["樘", "扇", "套"], (5, 30)),
    ("lime13", "housing", "goods", ["石灰膏", "熟石灰", "消石灰"], ["建筑用生石灰", "熟石灰粉"], None, (500, 5000)),
    # 基础设施: the village's own projects
    ("solar13", "infrastructure", "goods", ["村级光伏电站", "光伏电站", "屋顶光伏"], ["分布式光伏发电项目", "村集体光伏扶贫电站"], [("千瓦", 1.0), ("kW", 1.0), ("兆瓦", 1000.0)], (100, 600)),
    ("street_lamp13", "infrastructure", "goods", ["LED路灯", "路灯杆", "道路照明灯"], ["6米LED路灯（含灯杆）", "风光互补路灯"], ["盏", "基", "套"], (20, 100)),
    ("garbage_truck13", "infrastructure", "goods", ["垃圾车", "勾臂车", "垃圾转运车"], ["压缩式垃圾清运车", "勾臂式垃圾车"], ["辆", "台"], (1, 2)),
    ("bins13", "infrastructure", "goods", ["大垃圾桶", "垃圾收集箱", "分类收集桶"], ["240升分类垃圾桶", "户外挂车垃圾桶"], ["个", "只"], (20, 200)),
    ("canal13", "infrastructure", "goods", ["灌溉渠", "水渠", "U型渠"], ["混凝土U型渠", "农田灌溉防渗渠"], [("米", 1.0), ("延米", 1.0), ("公里", 1000.0)], (500, 5000)),
    ("tank13", "infrastructure", "goods", ["蓄水池", "高位水池", "饮水池"], ["钢筋混凝土蓄水池", "人饮工程高位水池"], _CUBIC13, (100, 1000)),
    ("fitness13", "infrastructure", "goods", ["室外健身器材", "健身器械", "体育健身器材"], ["全民健身路径（12件套）", "户外健身器械"], ["套", "件"], (5, 15)),
    ("footbridge13", "infrastructure", "goods", ["便民桥", "人行便桥", "漫水桥"], ["钢筋混凝土便民桥", "过河人行桥"], ["座"], (1, 1)),
    ("transformer13", "infrastructure", "goods", ["变压器", "增容变压器", "台区变压器"], ["农网改造配电变压器", "S13油浸式变压器"], ["台"], (1, 2)),
    ("cctv13", "infrastructure", "goods", ["雪亮工程摄像头", "治安监控", "视频监控"], ["高清网络监控摄像机", "雪亮工程监控点位"], [("个", 1.0), ("路", 1.0), ("台", 1.0)], (10, 40)),
    ("road13", "infrastructure", "goods", ["通组路硬化", "村道硬化", "产业路"], ["通组公路硬化工程", "水泥路面硬化"], [("米", 1.0), ("公里", 1000.0)], (500, 3000)),
    # 就业帮扶: 帮扶车间 jobs, public-welfare posts and courses (services)
    ("workshop_jobs13", "employment", "service", ["帮扶车间岗位", "家门口就业岗位", "车间务工"], ["就业帮扶车间招工", "来料加工车间用工"], _HEADS13, (5, 40)),
    ("cook_course13", "employment", "service", ["烹饪培训", "中式烹调培训", "乡厨培训"], ["中式烹调师技能培训班", "乡村厨师培训"], _HEADS13, (5, 30)),
    ("digger_course13", "employment", "service", ["挖机操作培训", "挖掘机驾驶培训", "工程机械培训"], ["挖掘机操作工培训", "工程机械驾驶培训"], _HEADS13, (5, 30)),
    ("electrician13", "employment", "service", ["考电工证", "电工上岗培训", "电工技能培训"], ["特种作业低压电工培训", "特种作业电工取证班"], _HEADS13, (5, 30)),
    ("welfare_post13", "employment", "service", ["公益性岗位", "护林员岗位", "保洁员岗位"], ["乡村公益性岗位", "生态护林员选聘"], _HEADS13, (5, 40)),
    ("guard_jobs13", "employment", "service", ["保安岗位", "安保员", "门卫岗位"], ["物业保安招聘", "安保服务岗位"], _HEADS13, (5, 20)),
    ("housekeeping13", "employment", "service", ["家政服务培训", "保育员培训", "家政员培训"], ["家政服务员培训班", "母婴护理师培训"], _HEADS13, (5, 30)),
    # 金融信贷: banks' and insurers' 金融扶贫 products, and collective funds (cash)
    ("microcredit13", "finance", "cash", ["小额信贷", "扶贫小额信贷", "脱贫人口小额信贷"], ["脱贫人口小额信贷（免担保免抵押）", "惠农e贷"], _YUAN13, (20000, 50000)),
    ("crop_insurance13", "finance", "cash", ["农业保险", "种植业保险", "农险保费"], ["政策性种植业保险", "特色农产品价格保险"], _YUAN13, (5000, 50000)),
    ("herd_insurance13", "finance", "cash", ["养殖保险", "能繁母牛保险", "牲畜保险"], ["肉牛养殖保险", "能繁母畜保险"], _YUAN13, (5000, 30000)),
    ("coop_loan13", "finance", "cash", ["合作社贷款", "产业贷款", "流动资金贷款"], ["新型农业经营主体贷款", "合作社产业发展贷"], _YUAN13, (100000, 500000)),
    ("anti_poverty_ins13", "finance", "cash", ["防贫保险", "防贫保", "综合防贫保险"], ["防止返贫综合保险", "农村居民意外伤害险"], _YUAN13, (5000, 30000)),
    ("collective_fund13", "finance", "cash", ["集体经济发展资金", "村集体扶持资金", "集体经济项目资金"], ["壮大村级集体经济扶持资金", "村集体经济帮扶资金"], _YUAN13, (100000, 500000)),
    ("guarantee13", "finance", "cash", ["担保基金", "风险补偿资金", "信贷风险金"], ["小额信贷风险补偿金", "农业信贷担保资金"], _YUAN13, (50000, 300000)),
    # 其他: 文化广场, 村委会 office, safety
    ("speaker13", "other", "goods", ["广场舞音响", "户外音响", "拉杆音箱"], ["大功率户外拉杆音响", "广场音响设备"], ["台", "套"], (1, 3)),
    ("led_screen13", "other", "goods", ["LED显示屏", "电子显示屏", "村务公开屏"], ["户外全彩LED屏", "村务公开电子屏"], _AREA13, (6, 30)),
    ("gongs13", "other", "goods", ["锣鼓", "腰鼓", "锣鼓家什"], ["秧歌腰鼓（含鼓槌）", "成套锣鼓镲"], ["套", "面"], (5, 20)),
    ("tent13", "other", "goods", ["帐篷", "救灾帐篷", "应急帐篷"], ["单帐篷（12平方米）", "救灾专用帐篷"], ["顶"], (5, 30)),
    ("office_pc13", "other", "goods", ["办公电脑", "办公用电脑", "电脑主机"], ["台式办公计算机", "商用台式机"], ["台", "套"], (1, 5)),
    ("printer13", "other", "goods", ["打印机", "复印机", "一体机"], ["激光打印复印一体机", "黑白激光打印机"], ["台"], (1, 3)),
    ("meeting_set13", "other", "goods", ["会议桌椅", "会议桌", "长条会议桌"], ["会议室桌椅套装", "长条培训桌"], ["套", "张"], (2, 10)),
    ("extinguisher13", "other", "goods", ["消防器材", "灭火瓶", "手提式灭火器"], ["4公斤干粉灭火器", "推车式灭火器"], ["具", "个"], (10, 60)),
]
# Broader offers as a 定点帮扶 unit, a 工会 or a bank names them. generate() gives a broader offer's unit
# size 1 and counts it as kg for mass items, so a group covering a mass item is offered in 公斤 (every such
# item here counts 公斤 at size 1 or is weighed); the other groups in units none of their items uses
# (their amounts are not comparable: relevance 2).
BLIND13_BROAD = [
    ("warm_winter13", "living", ["冬季送温暖物资", "御寒慰问物资"], ["hat13", "fan_heater13", "lpg13"], ["批"]),
    ("holiday_grain13", "living", ["节日慰问粮", "米面慰问品"], ["rice13", "noodles13"], ["公斤"]),
    ("clinic_kit13", "medical", ["村卫生室标准化设备", "村医诊疗设备"], ["exam_bed13", "ecg13", "med_fridge13", "ir_thermo13", "aed13"], ["批"]),
    ("emergency13", "medical", ["应急救护器材", "急救物资"], ["aed13", "stretcher13", "first_aid13"], ["批"]),
    ("reading_room13", "education", ["农家书屋配套", "阅览室建设物资"], ["books13", "bookshelf13"], ["批"]),
    ("school_goods13", "education", ["村小教学设备", "教学信息化设备"], ["projector13", "tablet13"], ["批"]),
    ("cold_chain13", "production", ["产地冷链烘干设施", "仓储保鲜设施"], ["cold_room13", "dryer13"], ["处"]),
    ("irrigation13", "production", ["高效节水灌溉设备", "农田灌溉机具"], ["sprinkler13", "pump13"], ["批"]),
    ("saplings13", "production", ["产业苗木", "特色产业种苗"], ["fruit_sapling13", "tea_seedling13"], ["批"]),
    ("farm_inputs13", "production", ["农资帮扶物资", "春耕农资"], ["mulch13", "feed13", "plug_tray13"], ["公斤"]),
    ("union_buy13", "consumption", ["工会福利农产品", "职工福利采购"], ["green_tea13", "apple13", "lily13", "shiitake13", "barley13"], ["公斤"]),
    ("canteen_meat13", "consumption", ["食堂肉类采购", "机关食堂鲜肉"], ["beef13", "black_pork13"], ["公斤"]),
    ("settle_appliances13", "relocation", ["安置点家电配套", "搬迁户家电"], ["gas_stove13", "range_hood13", "tv13", "fridge13", "dispenser13"], ["批"]),
    ("renovation13", "housing", ["农房改造材料", "危房改造物资"], ["roof_tile13", "wall_paint13", "insulation13", "membrane13", "block13", "security_door13", "lime13"], ["公斤"]),
    ("sanitation13", "infrastructure", ["垃圾收运设施", "村庄保洁设施"], ["garbage_truck13", "bins13"], ["批"]),
    ("water_works13", "infrastructure", ["农田水利设施", "小型水利工程"], ["canal13", "tank13"], ["处"]),
    ("village_light13", "infrastructure", ["村级能源照明设施", "光伏照明工程"], ["solar13", "street_lamp13"], ["批"]),
    ("skills13", "employment", ["职业技能提升培训", "岗位技能提升班"], ["cook_course13", "digger_course13", "electrician13", "housekeeping13"], ["人"]),
    ("rural_finance13", "finance", ["金融扶贫产品", "普惠金融帮扶"], ["microcredit13", "coop_loan13", "guarantee13"], ["元"]),
    ("insurance13", "finance", ["保险扶贫", "防贫保障保险"], ["crop_insurance13", "herd_insurance13", "anti_poverty_ins13"], ["元"]),
    ("culture13", "other", ["文化广场设备", "文体活动器材"], ["speaker13", "led_screen13", "gongs13"], ["批"]),
    ("office13", "other", ["村委会办公设备", "村级办公用品"], ["office_pc13", "printer13", "meeting_set13"], ["批"]),
]
TEMPLATES["blind13"] = {
    # Needs as a 村委会 / 村民小组 / 合作社 or a 大学生村官 files them (村务公开 notices, project applications);
    # offers in the words of 定点帮扶 central and state enterprises and 机关 ({donor}), their 工会, 驻地部队
    # (军民共建) and the banks and insurers of 金融扶贫.
    "need_title": ["{who}关于申请{name}的请示", "【村务公开】{who}{name}需求公示", "{who}{name}项目申报",
                   "大学生村官代{who}申报：{name}", "{who}申请解决{name}"],
    "need_desc": ["{cause}，经村两委研究，拟申请{name}，现予公示。", "{cause}，全村急需{name}，恳请帮扶单位支持。",
                  "{cause}，以下脱贫户需{name}，名单附后。", "{cause}，{name}缺口较大，公示期五天。",
                  "{cause}，特申请{name}，妥否，请批示。", "{cause}，村民代表一致同意申报{name}。"],
    "negated": ["{other}已列入上年度项目并完成验收", "{other}经村民代表大会议定暂缓实施", "{other}已由县直部门配套到位",
                "{other}已在上期村务公开中公示落实", "{other}事项已办结销号", "本期不申报{other}",
                "{other}已于去年秋季落实到位", "{other}由乡镇统筹安排，不在此列", "{other}本年度不再重复申报",
                "{other}已由驻村工作队协调解决", "{other}资金已拨付到村", "{other}已落实并经群众签字确认",
                "{other}前期已通过一事一议解决", "{other}一项已从申请清单中删除"],
    "offer_title": ["{donor}定点帮扶石门村：捐赠{name}", "{donor}工会送温暖：{name}", "军民共建：驻地武警中队赠送{name}",
                    "{donor}结对帮扶物资：{name}", "{name}（{donor}帮扶捐赠）", "军民共建：县人武部赠送{name}"],
    "offer_title_infrastructure": ["{donor}定点帮扶大坪村：捐建{name}", "军民共建：驻地部队援建{name}",
                                   "{donor}帮扶项目：援建{name}"],
    "offer_title_production": ["{donor}定点帮扶：为合作社捐建{name}", "{donor}产业帮扶项目：{name}",
                               "军民共建：驻地部队支援春耕{name}"],
    "offer_title_consumption": ["{donor}工会消费帮扶采购{name}", "{donor}职工食堂定向采购{name}",
                                "{donor}以购代捐：{name}"],
    "offer_title_employment": ["{donor}就业帮扶：{name}", "{donor}定点帮扶技能培训：{name}", "{name}（{donor}组织）"],
    "offer_title_finance": ["金融扶贫产品：{name}（县农村商业银行）", "金融扶贫：{name}，乡镇网点受理",
                            "{donor}联合合作银行、保险机构推出{name}", "乡村振兴金融服务：{name}"],
"who": ["石门村村委会", "大坪村民委员会", "上寨村民小组", "青山村集体经济合作社", "龙井村两委",
            "下坝组村民小组", "白岩村股份经济合作社", "新寨村"],
    "cause": ["经村民代表大会讨论通过", "根据2026年度村级项目库安排", "本村产业基础薄弱",
              "全村脱贫户四十二户、监测户五户", "上月暴雨冲毁部分设施", "村集体经济年收入不足五万元",
              "经驻村工作队入户走访摸排", "按照乡村振兴衔接资金项目申报要求"],
    "donor": ["国家电网公司", "中国华能集团", "中国建筑集团", "中国石化", "省交通投资集团", "省农业发展银行",
              "省直机关工委", "市税务局", "市交通运输局"],
}


def check_blind13() -> None:
    """Raise SystemExit if blind13 is not what its comment says.

    Checked like blind12 (``_check_written_alone``) against every earlier part's catalogue and broader
    offers up to blind12, blind11 and blind12 included (never against lexicon.tsv); besides: no item name
    is an earlier group name, at least 70 items and 10 broader offers, at least 10 negation templates and
    none an earlier part's (``_template_cue``), and no group is labelled in a unit that makes its label
    wrong (a group covering a mass item is offered in 公斤; a group offered in one of its items' units
    needs that unit at size 1).
    """
    catalogues = (_earlier_catalogues() + (BLIND5_CATALOGUE, BLIND6_CATALOGUE, BLIND7_CATALOGUE, BLIND8_CATALOGUE,
                                           BLIND9_CATALOGUE, BLIND10_CATALOGUE, BLIND11_CATALOGUE, BLIND12_CATALOGUE))
    groups = _GROUPS_BEFORE_BLIND7 + (BLIND7_BROAD, BLIND8_BROAD, BLIND9_BROAD, BLIND10_BROAD, BLIND11_BROAD,
                                      BLIND12_BROAD)
    _check_written_alone("blind13", BLIND13_CATALOGUE, BLIND13_BROAD, catalogues, groups)
    group_names = {n for broad in groups for g in broad for n in g[2]}
    problems = [f"item name is an earlier group name: {n}"
                for n in sorted({n for c in BLIND13_CATALOGUE for n in c[3] + c[4]} & group_names)]
    if len(BLIND13_CATALOGUE) < 70 or len(BLIND13_BROAD) < 10:
        problems.append(f"{len(BLIND13_CATALOGUE)} items and {len(BLIND13_BROAD)} broader offers")
    negated = TEMPLATES["blind13"]["negated"]
    earlier = {_template_cue(x) for part, t in TEMPLATES.items() if part != "blind13" for x in t["negated"]}
    if len(negated) < 10:
        problems.append(f"only {len(negated)} negation templates")
    problems += [f"negation template of an earlier part: {x}" for x in negated if _template_cue(x) in earlier]
    by_key = {c[0]: c for c in BLIND13_CATALOGUE}
    for key, _, _, covered, (unit,) in BLIND13_BROAD:
        for item in (by_key[k] for k in covered):
            sizes = {} if item[5] is None else dict(u if isinstance(u, tuple) else (u, 1.0) for u in item[5])
            if (item[5] is None and unit != "公斤") or sizes.get(unit, 1.0) != 1.0:
                problems.append(f"group {key} in {unit}: not comparable as labelled for {item[0]}")
    if problems:
        raise SystemExit("blind13: " + "; ".join(problems))


# The "blind14" part (written 2026-12-01 for issue 13 by someone who had not read the lexicon, the
# matcher's features, docs/matching.md or any part's records) in a voice no other part has: needs as a
# 网格员 types them into a phone while walking a village of the north-east or the northern plain, in
# 东北话 / 华北 / 中原 everyday words (炕被, 炕琴, 衬衣衬裤, 大头鞋, 狗皮帽子, 大碴子, 好面, 柈子, 八印锅, 尿褯子,
# 猪羔子, 克郎猪, 洋镐, 二齿子, 钐刀, 点葫芦, 小四轮, 黏豆包, 溜达鸡, 榛蘑, 瓦棱子, 木方子, 地桌, 压水井, 洋井,
# 老头乐, 电驴子, 水靴子, 冰爬犁; 「家里X不够使」「X都造没了」「中不中帮一把」), and offers from individuals and shops in the voice of livestreaming and
# short-video selling (直播带货, 助农直播, 公益直播: 「家人们，这批X直接捐给…」「直播间上链接的X，卖一单捐一单」),
# donation forms of 小程序 and 公益平台 (「认捐项目：X」「一起捐：X」) and 爱心超市 points exchanges
# (「积分兑换X」). 98 items of all 11 categories (five 就业帮扶 courses and jobs and one home-visit doctor of
# kind "service", five sums of money of kind "cash"), 23 broader offers under names of their own (each
# covering every item of its category a reader would put under its names), 18 negations and past mentions
# in that voice (「X前儿个刚领着了」「X搁家还有老些呢」「X年前儿爱心超市用积分换着了」「X俺家有哩」) and units
# that need converting: mass 斤 / 两 / 公斤 / kg / 千克 / KG; packs whose size the catalogue fixes (袋 = 5 kg
# 面, 袋 = 50 kg 钾肥, 袋 = 25 kg 石灰, 捆 = 10 kg 大葱, 桶 = 5 升 豆油, 瓶 = 100 毫升 碘伏, 盒 = 6 贴 膏药,
# 包 = 20 片 隔尿垫, 盒 = 10 支 铅笔, 包 = 5 本 演草本, 套 = 10 本 小人书, 盘 = 30 枚 鸡蛋, 盘 = 100 米 PE管,
# 板 = 10 / 盒 = 20 片 止疼片); volume (升 / L / 毫升 / ml); area (平方米 / ㎡ / 平米 / 平); 元 / 块 / 万元; and 15 % of
# the mass-item offers in 单 (one livestream order of unknown weight, not comparable). ``check_blind14``
# checks it against the earlier parts' catalogues and groups only (blind11 and blind12 included, never the
# lexicon). Never tune on it.
BLIND14_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("两", 0.05), ("千克", 1.0), ("KG", 1.0), ("斤 ", 0.5)]
_PERSONS14 = [("人", 1.0), ("名", 1.0), ("个人", 1.0)]
_YUAN14 = [("元", 1.0), ("块", 1.0), ("万元", 10000.0)]
_LITRES14 = [("升", 1.0), ("L", 1.0), ("毫升", 0.001), ("ml", 0.001)]
_AREA14 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0), ("平", 1.0)]
_KG14 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0)]
BLIND14_CATALOGUE = [
    # 生活物资: keeping warm on the 炕 through the winter, clothes, grain and oil, fuel, kitchen
    ("kang_quilt14", "living", "goods", ["炕被", "炕上盖的被", "厚炕被"], ["东北棉花炕被", "加厚新疆棉炕被"], ["床", "条"], (1, 3)),
    ("kang_mat14", "living", "goods", ["炕革", "炕席", "铺炕的革"], ["加厚炕革", "牛筋炕席革"], _AREA14, (4, 12)),
    ("vest14", "living", "goods", ["坎肩儿", "棉夹坎儿", "小棉坎"], ["中老年加绒马甲", "保暖棉马甲"], ["件"], (1, 4)),
    ("long_johns14", "living", "goods", ["衬衣衬裤", "线衣线裤", "绒衣绒裤"], ["加绒保暖内衣套装", "德绒保暖内衣"], ["套"], (1, 4)),
    ("big_boots14", "living", "goods", ["大头鞋", "棉乌拉", "大棉鞋"], ["东北加厚大头棉鞋", "翻毛皮大头鞋"], ["双"], (1, 3)),
    ("earflap_hat14", "living", "goods", ["狗皮帽子", "棉帽头", "大耳朵帽子"], ["东北雷锋帽", "加厚护耳雷锋帽"], ["顶", "个"], (1, 3)),
    ("scarf14", "living", "goods", ["围脖", "围脖儿", "脖套"], ["针织保暖围脖", "加厚毛线围巾"], ["条", "个"], (1, 4)),
    ("corn_grits14", "living", "goods", ["大碴子", "苞米碴子", "玉米碴"], ["东北大碴子", "黄玉米碴子"], None, (10, 50)),
    ("flour14", "living", "goods", ["好面", "馍面", "白面子"], ["中原石磨面粉", "饺子专用粉"], [("斤", 0.5), ("公斤", 1.0), ("袋", 5.0)], (10, 50)),
    ("soy_oil14", "living", "goods", ["笨榨豆油", "黄豆油", "豆油子"], ["东北非转基因大豆油5L", "三级压榨豆油"], _LITRES14 + [("桶", 5.0)], (5, 20)),
    ("washing_powder14", "living", "goods", ["洗衣裳粉", "洗衣面儿", "洗衣粉子"], ["无磷洗衣粉家庭装", "薰衣草洗衣粉"], ["袋", "包"], (2, 8)),
    ("hot_water_bag14", "living", "goods", ["热水袋子", "焐脚的热水袋", "暖脚袋"], ["防爆电热水袋", "注水式热水袋"], ["个"], (1, 3)),
    ("stove_pipe14", "living", "goods", ["炉筒子", "炉子烟囱", "烟筒子"], ["镀锌烟囱管", "加厚炉具烟筒"], ["节", "根"], (2, 8)),
    ("firewood14", "living", "goods", ["柈子", "劈柴", "烧火柴"], ["干松木柈子", "取暖劈柴块"], None, (500, 3000)),
    ("iron_pot14", "living", "goods", ["八印锅", "柴火锅", "大锅"], ["东北铸铁大锅", "无涂层老铁锅"], ["口", "个"], (1, 1)),
    ("kang_cabinet14", "living", "goods", ["炕琴", "炕柜", "炕头柜子"], ["东北炕琴柜", "实木炕柜"], ["个", "组"], (1, 1)),
    ("door_quilt14", "living", "goods", ["棉门帘子", "厚门帘", "门帘子"], ["加厚保暖棉门帘", "磁吸防风门帘"], ["个", "条"], (1, 2)),
    # 医疗救助: aches of old farmers, a small medicine box, bathing and bed care, a doctor at home
    ("plaster14", "medical", "goods", ["贴腰的膏药", "膏药贴子", "黑膏药"], ["远红外热敷贴", "腰腿疼痛贴"], [("贴", 1.0), ("盒", 6.0)], (6, 30)),
    ("knee_pad14", "medical", "goods", ["护膝盖的", "保暖护腿", "护腿"], ["加绒羊毛护膝", "发热理疗护膝"], ["副", "对"], (1, 3)),
    ("waist_belt14", "medical", "goods", ["护腰带子", "钢板腰带"], ["透气钢板护腰带", "磁疗护腰带"], ["条", "个"], (1, 2)),
    ("iodine14", "medical", "goods", ["抹伤口的药水", "擦伤口的消毒水", "消毒药水子"], ["医用碘伏消毒液", "碘伏消毒液100ml"],
     [("毫升", 1.0), ("ml", 1.0), ("升", 1000.0), ("瓶", 100.0)], (100, 500)),
    ("painkiller14", "medical", "goods", ["止疼片", "去痛片", "止痛药"], ["索米痛片", "对乙酰氨基酚片"], [("片", 1.0), ("板", 10.0), ("盒", 20.0)], (20, 100)),
    ("cupping14", "medical", "goods", ["火罐子", "抽气罐", "拔罐子"], ["真空拔罐器24罐", "家用抽气拔罐器"], ["套"], (1, 1)),
    ("bath_stool14", "medical", "goods", ["洗澡凳", "洗澡椅子", "冲澡凳"], ["老人防滑洗澡椅", "折叠沐浴凳"], ["把", "个"], (1, 1)),
    ("underpad14", "medical", "goods", ["尿褯子", "隔尿褥子", "炕上铺的尿垫"], ["成人护理垫60×90", "一次性成人护理床垫"], [("片", 1.0), ("包", 20.0)], (20, 100)),
    ("home_doctor14", "medical", "service", ["上门看病的大夫", "来家瞅病的大夫", "家庭医生"], ["公益巡诊上门服务", "家庭医生签约服务"], _PERSONS14, (1, 3)),
    # 教育助学: what the children of a 屯 take to school
    ("pencil14", "education", "goods", ["木头铅笔", "HB铅笔", "铅笔棍儿"], ["HB六角铅笔（10支/盒）", "儿童洞洞铅笔"], [("支", 1.0), ("盒", 10.0)], (10, 50)),
    ("scratch_book14", "education", "goods", ["演草本", "草稿本", "算草本"], ["加厚草稿本", "学生演算纸"], [("本", 1.0), ("包", 5.0)], (10, 40)),
    ("flashcards14", "education", "goods", ["拼音卡片", "识字卡", "认字的卡片"], ["幼儿拼音识字卡", "汉语拼音挂图卡片"], ["套", "盒"], (1, 3)),
    ("comic14", "education", "goods", ["小人书", "连环画", "画本儿"], ["经典连环画套装", "儿童彩绘故事书"], [("本", 1.0), ("套", 10.0)], (5, 30)),
    ("tablet14", "education", "goods", ["平板", "上网课的平板", "平板电脑"], ["10英寸学习平板", "二手平板九五新"], ["台", "个"], (1, 1)),
    ("copybook14", "education", "goods", ["描红本", "描红的本", "练字本子"], ["小学生楷书字帖", "凹槽练字帖"], ["本"], (2, 6)),
    ("chess14", "education", "goods", ["象棋", "象棋子儿", "中国象棋"], ["实木中国象棋", "学生磁性象棋"], ["副", "盒"], (1, 2)),
    # 产业发展: young stock, hand tools, seed, fertiliser, feed and a small tractor
    ("chick14", "production", "goods", ["笨鸡崽", "鸡崽子", "毛鸡崽"], ["散养笨鸡苗", "脱温土鸡苗"], ["只", "羽"], (30, 200)),
    ("gosling14", "production", "goods", ["大鹅崽", "鹅崽子", "小鹅子"], ["东北大白鹅苗", "籽鹅苗"], ["只", "羽"], (10, 60)),
    ("piglet14", "production", "goods", ["猪羔子", "小猪羔儿", "克郎猪"], ["三元仔猪", "二元杂交猪苗"], ["头", "口"], (2, 6)),
    ("sheep14", "production", "goods", ["小尾寒羊", "寒羊", "母羊羔"], ["小尾寒羊种羊", "寒羊母羊"], ["只", "头"], (2, 8)),
    ("pickaxe14", "production", "goods", ["洋镐", "镐头", "大镐"], ["锰钢洋镐", "开荒洋镐"], ["把"], (1, 3)),
    ("rake14", "production", "goods", ["二齿子", "钉耙子", "二齿钩子"], ["锰钢二齿钩", "加厚钉齿耙"], ["把"], (1, 3)),
    ("spade14", "production", "goods", ["平锹", "大板锹", "锹头子"], ["锰钢平头锹", "加厚方头铁锹"], ["把"], (1, 3)),
    ("scythe14", "production", "goods", ["钐刀", "大钐刀", "割草的镰"], ["锰钢割草钐刀", "加长柄钐刀"], ["把"], (1, 2)),
    ("soy_seed14", "production", "goods", ["黄豆种", "大豆种子", "豆种"], ["高油大豆种", "黑农系列大豆种子"], None, (10, 50)),
    ("potash14", "production", "goods", ["钾肥", "氯化钾", "硫酸钾肥"], ["进口钾肥（50公斤/袋）", "农用硫酸钾"], [("斤", 0.5), ("公斤", 1.0), ("袋", 50.0)], (100, 500)),
    ("soy_cake14", "production", "goods", ["豆饼", "豆粕", "豆饼子"], ["饲料级豆粕", "压榨豆饼"], None, (100, 1000)),
    ("small_tractor14", "production", "goods", ["小四轮", "四轮子", "四轮拖拉机"], ["25马力小四轮", "二手小四轮拖拉机"], ["台"], (1, 1)),
    ("seeder14", "production", "goods", ["点葫芦", "点种器", "播种器"], ["手推式点播机", "玉米点播器"], ["台", "个"], (1, 1)),
    # 消费扶贫: what the 屯 sells and livestreams, canteens and buyers take
    ("sauerkraut14", "consumption", "goods", ["酸菜", "渍酸菜", "积酸菜"], ["东北酸菜整颗", "农家缸腌酸菜"], None, (500, 3000)),
    ("vermicelli14", "consumption", "goods", ["粉条子", "宽粉条", "土豆粉条"], ["东北手工宽粉", "红薯粉条直播款"], None, (100, 1000)),
    ("bean_bun14", "consumption", "goods", ["黏豆包", "粘豆包", "豆包子"], ["东北黄米黏豆包", "手工粘豆包礼盒"], None, (100, 1000)),
    ("roam_chicken14", "consumption", "goods", ["溜达鸡", "笨鸡", "林下散养鸡"], ["东北溜达鸡", "林下散养笨鸡"], None, (100, 800)),
    ("small_fungus14", "consumption", "goods", ["小碗耳", "秋木耳", "东北木耳"], ["东北黑木耳小碗耳", "长白山秋木耳"], None, (20, 200)),
    ("hazel_mushroom14", "consumption", "goods", ["榛蘑", "干榛蘑", "榛蘑菇"], ["野生榛蘑", "长白山榛蘑干货"], None, (20, 200)),
    ("broomcorn_millet14", "consumption", "goods", ["黄米", "大黄米", "糜子米"], ["东北大黄米", "黍子米"], None, (100, 1000)),
    ("sorghum14", "consumption", "goods", ["高粱米", "秫米", "红粮米"], ["东北高粱米", "新高粱米直播价"], None, (100, 1000)),
    ("scallion14", "consumption", "goods", ["大葱", "章丘大葱", "葱棵子"], ["铁杆大葱", "山东大葱一捆"], _KG14 + [("捆", 10.0)], (500, 3000)),
    ("garlic14", "consumption", "goods", ["大蒜头", "蒜骨朵", "独头蒜"], ["中牟大蒜", "杞县大蒜"], None, (200, 2000)),
    ("yam14", "consumption", "goods", ["山药棍", "垆土山药", "温县山药"], ["温县垆土铁棍山药", "焦作怀药山药"], None, (200, 2000)),
    ("frozen_pear14", "consumption", "goods", ["冻梨", "冻秋梨", "花盖梨"], ["东北冻秋梨", "花盖冻梨5斤装"], None, (200, 2000)),
    ("roam_eggs14", "consumption", "goods", ["溜达鸡蛋", "鸡蛋子", "柴鸡蛋子"], ["散养溜达鸡蛋", "林下土鸡蛋30枚"], [("枚", 1.0), ("个", 1.0), ("盘", 30.0)], (300, 3000)),
    ("linden_honey14", "consumption", "goods", ["椴树蜜", "椴树蜂蜜", "白蜜"], ["长白山椴树雪蜜", "结晶椴树蜜"], None, (50, 300)),
    # 住房安全: keeping an old house warm and dry
    ("xps_board14", "housing", "goods", ["挤塑板", "外墙保温板", "保温苯板子"], ["XPS挤塑保温板", "B1级挤塑板"], _AREA14, (20, 100)),
    ("kang_slab14", "housing", "goods", ["炕面板", "炕板", "盘炕的石板"], ["水泥炕面板", "节能炕板"], ["块"], (10, 40)),
    ("window_film14", "housing", "goods", ["窗户塑料布", "糊窗户的塑料", "挡风塑料布"], ["加厚透明窗户膜", "防风保暖窗膜"], _AREA14, (5, 30)),
    ("asbestos_tile14", "housing", "goods", ["大瓦片", "瓦棱子", "石棉瓦子"], ["水泥波形瓦片", "防腐树脂瓦"], ["张", "块"], (20, 100)),
    ("lime14", "housing", "goods", ["石灰面儿", "白灰面子", "熟石灰"], ["建筑石灰粉", "熟石灰（25公斤/袋）"], [("斤", 0.5), ("公斤", 1.0), ("袋", 25.0)], (200, 1000)),
    ("timber14", "housing", "goods", ["木方子", "方子木", "松木方"], ["落叶松木方", "建筑木方4×6"], ["根"], (10, 40)),
    ("glass14", "housing", "goods", ["玻璃块儿", "窗户玻璃", "镶窗户的玻璃"], ["5mm浮法玻璃", "中空保温玻璃"], _AREA14, (2, 10)),
    # 易地搬迁: filling the new flat in the settlement
    ("dish_rack14", "relocation", "goods", ["橱柜子", "碗架", "放碗的架子"], ["不锈钢碗柜", "厨房置物碗架"], ["个", "组"], (1, 1)),
    ("stool14", "relocation", "goods", ["小板凳", "方凳", "木板凳"], ["实木小方凳", "加厚塑料板凳"], ["个", "把", "张"], (2, 6)),
    ("curtain14", "relocation", "goods", ["挡光帘子", "窗户帘儿", "窗户帘子"], ["遮光窗帘成品", "加厚棉麻窗帘"], ["套", "幅"], (1, 3)),
    ("coat_rack14", "relocation", "goods", ["衣帽架", "挂衣架子", "搭衣裳的架子"], ["落地挂衣架", "实木衣帽架"], ["个"], (1, 2)),
    ("tv_stand14", "relocation", "goods", ["电视机柜", "放电视的柜", "电视柜子"], ["简约电视柜", "实木电视柜"], ["个", "组"], (1, 1)),
    ("shoe_rack14", "relocation", "goods", ["放鞋的架", "鞋架儿", "搁鞋的柜"], ["多层简易鞋架", "入户超薄鞋柜"], ["个"], (1, 2)),
    ("folding_table14", "relocation", "goods", ["地桌", "折叠饭桌", "圆桌面子"], ["折叠圆饭桌", "实木折叠餐桌"], ["张"], (1, 1)),
    # 基础设施: the 屯's lights, water, drains and a place to exercise
    ("village_lamp14", "infrastructure", "goods", ["屯里的路灯", "屯道路灯", "电线杆子上的灯"], ["太阳能LED路灯6米杆", "一体化太阳能庭院灯"], ["盏", "套"], (3, 20)),
    ("pe_pipe14", "infrastructure", "goods", ["自来水管子", "入户水管", "上水管子"], ["PE给水管DN25", "PE穿墙入户管"], [("米", 1.0), ("盘", 100.0)], (50, 500)),
    ("hand_pump14", "infrastructure", "goods", ["压水井", "手压井", "洋井"], ["手摇压水井头", "铸铁压水井"], ["口", "台"], (1, 2)),
    ("bin14", "infrastructure", "goods", ["垃圾桶子", "倒垃圾的桶", "大垃圾桶"], ["240升户外垃圾桶", "分类垃圾箱"], ["个", "只"], (5, 20)),
    ("fitness14", "infrastructure", "goods", ["广场健身器", "单杠双杠", "健身的家什"], ["户外健身路径", "小区健身器材"], ["套", "件"], (1, 5)),
    ("hoop14", "infrastructure", "goods", ["篮球架子", "投篮的架子", "球筐架"], ["户外移动篮球架", "标准篮球架"], ["副", "个"], (1, 2)),
    ("culvert14", "infrastructure", "goods", ["过水管", "过道涵管子", "排水涵管"], ["承插口水泥管", "预制混凝土圆管"], ["根", "节"], (5, 30)),
    # 就业帮扶: courses and jobs a livestream recruits for, and tools for a stall
    ("excavator14", "employment", "service", ["开钩机的手艺", "钩机班", "挖掘机驾驶的培训"], ["挖掘机驾驶员公益培训", "挖机操作免费培训"], _PERSONS14, (1, 3)),
    ("pastry14", "employment", "service", ["蒸馒头的手艺", "面食手艺", "面点班"], ["面点师公益培训", "中原面食技艺培训班"], _PERSONS14, (1, 3)),
    ("livestream14", "employment", "service", ["直播培训", "带货的本事", "手机直播手艺"], ["助农直播带货培训", "短视频运营公益课"], _PERSONS14, (1, 3)),
    ("housekeeping14", "employment", "service", ["育婴的手艺", "伺候月子的活计", "月嫂班"], ["月嫂育婴师培训", "家政服务员公益培训"], _PERSONS14, (1, 3)),
    ("odd_jobs14", "employment", "service", ["零活儿", "打零工的活儿", "工地上的零活"], ["建筑小工（日结）", "劳务派遣普工岗位"], _PERSONS14, (1, 5)),
    ("sewing14", "employment", "goods", ["缝纫机子", "脚踏缝纫机", "扎衣裳的机器"], ["老式脚踏缝纫机", "多功能电动缝纫机"], ["台"], (1, 1)),
    ("popcorn14", "employment", "goods", ["崩苞米花的锅", "爆花锅", "崩爆米花机器"], ["老式手摇爆米花炉", "燃气爆米花机"], ["台", "个"], (1, 1)),
    # 金融信贷: money a 公益平台 form or a 直播 raises
    ("sick_money14", "finance", "cash", ["看病钱", "住院钱", "治病的钱"], ["大病救助筹款", "公益平台大病筹款"], _YUAN14, (2000, 30000)),
    ("heating_money14", "finance", "cash", ["取暖钱", "买煤的钱", "烧炕的钱"], ["困难户取暖补贴", "暖冬取暖费资助"], _YUAN14, (500, 3000)),
    ("startup14", "finance", "cash", ["养牛的本钱", "买牲口的钱", "做买卖的本钱"], ["助农贷款贴息", "产业帮扶启动资金"], _YUAN14, (3000, 30000)),
    ("repair_money14", "finance", "cash", ["修房的钱", "翻盖房子的钱", "修屋顶的钱"], ["危房修缮善款", "修房暖屋行动"], _YUAN14, (2000, 20000)),
    ("tuition14", "finance", "cash", ["念书钱", "学杂钱", "上学的花销"], ["困难学生助学善款", "助学圆梦金"], _YUAN14, (500, 5000)),
    # 其他: getting about, rain and mud, light at night
    ("elder_car14", "other", "goods", ["老头乐", "电动四轮", "老年代步四轮"], ["老年电动代步四轮车", "低速电动四轮"], ["辆", "台"], (1, 1)),
    ("e_bike14", "other", "goods", ["电动车子", "电摩", "电驴子"], ["电动自行车（新国标）", "48V电动两轮车"], ["辆"], (1, 1)),
    ("rain_boots14", "other", "goods", ["水靴子", "高腰水靴", "胶皮靴子"], ["高筒防水雨靴", "加绒雨鞋"], ["双"], (1, 3)),
    ("torch14", "other", "goods", ["电棒子", "手电灯", "照亮的手电"], ["LED强光手电（可充电）", "带侧灯的充电手电"], ["个", "支"], (1, 3)),
    ("ice_sled14", "other", "goods", ["冰车", "冰爬犁", "滑冰车子"], ["儿童冰爬犁", "双人冰车"], ["个", "辆"], (1, 2)),
]
# Broader offers as a 直播间, a 公益平台 form or an 爱心超市 names them. generate() gives a broader offer's
# unit size 1 and counts it as kg for mass items: groups with a mass item are offered in 公斤 (every
# weighed item with pack units has 公斤 of size 1), the others in units none of their items uses or of
# size 1 for all of them.
BLIND14_BROAD = [
    ("winter_wear14", "living", ["冬季保暖穿戴", "御寒衣帽"],
     ["vest14", "long_johns14", "big_boots14", "earflap_hat14", "scarf14"], ["份"]),
    ("kang_bedding14", "living", ["火炕床品", "炕上用品"], ["kang_quilt14", "kang_mat14"], ["份"]),
    ("staples14", "living", ["主食粮油", "粮油副食包"], ["corn_grits14", "flour14", "soy_oil14"], ["公斤"]),
    ("heating14", "living", ["猫冬取暖物资", "烧炕取暖用品"], ["firewood14", "stove_pipe14", "hot_water_bag14"], ["公斤"]),
    ("physio14", "medical", ["居家理疗用品", "腰腿理疗包"], ["plaster14", "knee_pad14", "waist_belt14", "cupping14"], ["份"]),
    ("medicine_box14", "medical", ["家庭小药箱", "常备小药箱"], ["plaster14", "iodine14", "painkiller14"], ["份"]),
    ("writing14", "education", ["笔本文具", "书写练字用品"], ["pencil14", "scratch_book14", "copybook14"], ["份"]),
    ("young_stock14", "production", ["鸡鹅猪羊崽", "家禽家畜苗"], ["chick14", "gosling14", "piglet14", "sheep14"], ["批"]),
    ("hand_tools14", "production", ["锄镐锹耙", "下地干活的家什"], ["pickaxe14", "rake14", "spade14", "scythe14", "seeder14"], ["件"]),
    ("seed_feed14", "production", ["春耕种肥", "种子化肥饲料"], ["soy_seed14", "potash14", "soy_cake14"], ["公斤"]),
    ("farm_machines14", "production", ["田间农机", "播种耕作机具"], ["small_tractor14", "seeder14"], ["批"]),
    ("mountain14", "consumption", ["东北山货", "长白山山珍"], ["small_fungus14", "hazel_mushroom14", "linden_honey14"], ["公斤"]),
    ("coarse_grain14", "consumption", ["东北杂粮", "粗粮杂粮"], ["broomcorn_millet14", "sorghum14"], ["公斤"]),
    ("new_year14", "consumption", ["东北年货", "猫冬年货"],
     ["sauerkraut14", "vermicelli14", "bean_bun14", "frozen_pear14", "roam_chicken14"], ["公斤"]),
    ("central_plain14", "consumption", ["中原农特产", "河南地标农产品"], ["scallion14", "garlic14", "yam14"], ["公斤"]),
    ("house_materials14", "housing", ["修房建材", "翻建房屋材料"],
     ["xps_board14", "kang_slab14", "window_film14", "asbestos_tile14", "lime14", "timber14", "glass14"], ["批"]),
    ("insulation14", "housing", ["冬季保温建材", "房屋保温材料"], ["xps_board14", "window_film14"], ["批"]),
    ("furniture14", "relocation", ["搬新家家具", "入住家具"], ["dish_rack14", "stool14", "tv_stand14", "shoe_rack14", "folding_table14", "coat_rack14"], ["批"]),
    ("sports14", "infrastructure", ["文体健身设施", "村头健身器械"], ["fitness14", "hoop14"], ["批"]),
    ("water_works14", "infrastructure", ["人饮工程材料", "饮水管网材料"], ["pe_pipe14", "hand_pump14"], ["批"]),
    ("courses14", "employment", ["技能培训公益课", "直播间免费学手艺"],
     ["excavator14", "pastry14", "livestream14", "housekeeping14"], ["人"]),
    ("donations14", "finance", ["公益筹款", "一起捐善款"],
     ["sick_money14", "heating_money14", "startup14", "repair_money14", "tuition14"], ["元"]),
    ("getting_about14", "other", ["出行代步车辆", "代步工具"], ["elder_car14", "e_bike14"], ["辆"]),
]
TEMPLATES["blind14"] = {
    # Needs as a 网格员 types them on a phone, in north-eastern and northern plain villagers' words; offers
    # from 直播带货 / 助农直播 / 公益直播, 小程序 and 公益平台 donation forms and 爱心超市 points exchanges.
    # Titles and descriptions fit every kind of item (a course or a sum is 「整」 and 「盼」 too); 「不够使」
    # and 「造没了」 fit goods and money, and a course's names are nouns (钩机班, 面食手艺) that read in them.
    "need_title": ["网格员代报｜{who}缺{name}", "{who}寻思整点{name}", "网格走访：{who}要{name}",
                   "手机随手记：{who}盼{name}", "{who}想整{name}"],
    "need_desc": ["{cause}，家里{name}不够使。", "{cause}，{name}都造没了。", "{cause}，就惦记着{name}。",
                  "{cause}，{name}这块儿还没着落，中不中帮一把？", "{cause}，网格员用手机拍了照片上报。",
                  "{cause}，{name}一直没整着。", "{cause}，一家子就盼着{name}。"],
    "negated": ["{other}前儿个刚领着了", "{other}家里有的是", "{other}老妹儿从城里给张罗好了", "{other}够了，别惦记了",
                "{other}年前儿爱心超市用积分换着了", "{other}那块儿早整明白了", "{other}不用给整了",
                "{other}搁家还有老些呢", "{other}上回网格员给整妥了", "{other}俺家不稀得要", "{other}屯里统一给办了",
                "{other}去年公益直播那回给捐着了", "{other}小舅子给包了", "{other}有了，就差{name}",
                "{other}的事儿甭操心了", "{other}俺家有哩", "{other}早两年就整上了", "先前缺{other}，现如今整上了"],
    "offer_title": ["家人们，这批{name}直接捐给困难户（{donor}）", "{donor}：直播间上链接的{name}，卖一单捐一单",
                    "认捐项目：{name}（{donor}发起）", "一起捐：{name}｜{donor}", "爱心超市积分兑换{name}（{donor}捐赠）",
                    "{donor}公益直播专场：{name}"],
    "offer_title_consumption": ["助农直播｜{donor}包销{name}", "家人们，{name}咱直播间全收了（{donor}）",
                                "{donor}短视频带货：{name}，卖多少收多少"],
    "offer_title_employment": ["{donor}直播招人：{name}", "公益直播间报名｜{name}（{donor}）",
                               "小程序报名：{name}，{donor}出钱免费教"],
    "offer_title_finance": ["一起捐：{name}｜{donor}发起", "认捐项目：{name}（{donor}）", "{donor}公益直播筹款：{name}"],
    "who": ["屯里的老王头", "独居的刘老太太", "五保户赵大爷", "低保户张婶儿", "残疾人老李", "留守的孙老汉",
            "东头老孟头", "俺们庄的老马叔"],
    "cause": ["老伴儿瘫炕上好几年了", "儿子出去打工一年到头不回来", "今年夏天发大水把地淹了", "老头子腿脚不利索",
              "俩孩子都在念书，花销大", "去年冬天房子漏风", "家里就一个劳力", "大病一场把家底掏空了"],
    "donor": ["黑土地助农直播间", "老铁公益直播间", "县电商直播基地", "东北大姐短视频号", "中原好物直播间",
              "某带货主播团队", "屯口小卖店老板", "一位网友"],
}


def check_blind14() -> None:
    """Raise SystemExit if blind14 is not what its comment says.

    Checked like blind8 (``_check_written_alone``) against every earlier part's catalogue and broader
    offers, blind11 and blind12 included (never against lexicon.tsv); besides: no item name is an earlier
    group name; at least 70 items and 10 broader offers; at least 10 negation templates, none an earlier
    part's (compared without placeholders, ``_template_cue``); every count unit's size is positive; and a
    group's unit never makes a label wrong (generate() gives it size 1 and counts it as kg for a mass
    item): a group covering an item weighed by the mass units is in 公斤, and a group unit an item counts in
    has size 1 there (any other group unit is not comparable, as labelled).
    """
    earlier_groups = _GROUPS_BEFORE_BLIND7 + (BLIND7_BROAD, BLIND8_BROAD, BLIND9_BROAD, BLIND10_BROAD,
                                              BLIND11_BROAD, BLIND12_BROAD)
    _check_written_alone("blind14", BLIND14_CATALOGUE, BLIND14_BROAD,
                         _earlier_catalogues() + (BLIND5_CATALOGUE, BLIND6_CATALOGUE, BLIND7_CATALOGUE,
                                                  BLIND8_CATALOGUE, BLIND9_CATALOGUE, BLIND10_CATALOGUE,
                                                  BLIND11_CATALOGUE, BLIND12_CATALOGUE),
                         earlier_groups)
    group_names = {n for groups in earlier_groups for g in groups for n in g[2]}
    problems = [f"item name is an earlier group name: {n}"
                for n in sorted({n for c in BLIND14_CATALOGUE for n in c[3] + c[4]} & group_names)]
    if len(BLIND14_CATALOGUE) < 70 or len(BLIND14_BROAD) < 10:
        problems.append(f"{len(BLIND14_CATALOGUE)} items and {len(BLIND14_BROAD)} broader offers")
    negated = TEMPLATES["blind14"]["negated"]
    earlier = {_template_cue(x) for part, t in TEMPLATES.items() if part != "blind14" for x in t["negated"]}
    problems += [f"negation template of an earlier part: {x}" for x in negated if _template_cue(x) in earlier]
    if len(negated) < 10:
        problems.append(f"only {len(negated)} negation templates")
    sizes = {c[0]: dict(u if isinstance(u, tuple) else (u, 1.0) for u in c[5]) if c[5] else None
             for c in BLIND14_CATALOGUE}
    problems += [f"{k}: unit {u} of size {s}" for k, units in sizes.items() if units
                 for u, s in units.items() if s <= 0]
    for key, _, _, covered, units in BLIND14_BROAD:
        for k, unit in ((k, u) for k in covered for u in units):
            if (sizes[k] is None and unit != "公斤") or (sizes[k] or {}).get(unit, 1.0) != 1.0:
                problems.append(f"group {key} in {unit}: not comparable as labelled for {k}")
    if problems:
        raise SystemExit("blind14: " + "; ".join(problems))


# The "blind15" part (written 2026-12-01 for issue 13 by someone who had not read the lexicon, the
# matcher's features, docs/matching.md or any part's records) in a voice no other part has: needs of
# households in 民族地区 (the Tibetan, Yi, Uyghur, Kazakh, Miao, Zhuang and Hui areas of 三区三州 and the
# 西南 mountains) as a 双语 village cadre or a 驻村工作队 member writes them down in Mandarin, with the
# things of their life under the names used there, often the local word with a gloss 「X（Y）」 (糌粑, 酥油 /
# 玛尔, 砖茶, 馕, 察尔瓦, 楚巴, 多帕, 曲拉, 藏柜, 卡垫, 苏帕, 阿嘎土, 锅庄, 馕坑, 燕麦草, 舔盐砖, 暖棚, 网围栏,
# 溜索改桥 ...), and offers in the official words of 对口支援 provinces and cities (援藏 / 援疆 / 闽宁 / 沪滇 / 粤桂),
# their 前方指挥部 and 援建 projects, and national enterprises' 民族地区 programmes. 83 items of all 11
# categories (seven trainings, jobs and medical services of kind "service", five sums of kind "cash"), 21
# broader offers under names of their own, 14 negations and past mentions in the cadre's words (「X援藏项目
# 去年已配发到户」「户主用藏语说X家里有」「X冬季慰问时已经发过」「X转场前乡里已补齐」), and units that need
# converting: mass 斤 / 公斤 / kg / 千克 / KG; the region's own measures and packs the catalogue fixes (藏克 =
# 14 kg 青稞, 坨 = 0.5 kg 酥油, 块 = 2 kg 砖茶, 袋 = 25 kg 糌粑, 捆 = 25 kg 燕麦草, 块 = 5 kg 舔砖, 吨, 盒 = 24 粒
# 红景天, 包 = 10 本 藏文练习本, 套 = 10 本 双语读物, 卷 = 10 ㎡ 防水卷材, 箱 = 12 瓶 酸汤, 桶 = 5 升 酸奶); volume
# (升 / L / 毫升); area (平方米 / ㎡ / 平米); length (米 / 公里); 立方米 / 方; 元 / 万元; and 15 % of the
# mass-item offers in 驮 (a pack animal's load of unknown weight, not comparable). ``check_blind15`` checks
# it against the earlier parts' catalogues, groups and negation templates only (tune … blind14, never the
# lexicon). Never tune on it.
BLIND15_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("KG", 1.0), ("公斤 ", 1.0), ("市斤", 0.5)]
_PERSONS15 = [("人", 1.0), ("名", 1.0), ("人次", 1.0)]
_YUAN15 = [("元", 1.0), ("万元", 10000.0)]
_AREA15 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
_LENGTH15 = [("米", 1.0), ("公里", 1000.0)]
_KG15 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0)]
BLIND15_CATALOGUE = [
    # 生活物资: food, tea, clothes and fire of a herder's or a mountain village's household
    ("tsampa15", "living", "goods", ["糌粑", "糌粑面", "糌粑（青稞炒面）"], ["援藏爱心糌粑", "青稞糌粑粉（25公斤/袋）"],
     _KG15 + [("袋", 25.0)], (10, 60)),
    ("butter15", "living", "goods", ["酥油", "打茶用的酥油", "玛尔（酥油）"], ["纯牦牛酥油", "牧区鲜酥油（500克/坨）"],
     _KG15 + [("坨", 0.5)], (2, 15)),
    ("brick_tea15", "living", "goods", ["砖茶", "熬奶茶的砖茶", "茯砖"], ["边销茯砖茶（2公斤/块）", "民族团结边销砖茶"],
     _KG15 + [("块", 2.0)], (4, 20)),
    ("nang15", "living", "goods", ["馕", "烤馕", "窝窝馕"], ["援疆爱心馕", "新疆烤馕（独立包装）"], ["个", "张"], (20, 100)),
    ("tea_kettle15", "living", "goods", ["烧奶茶的铝壶", "奶茶壶", "茶炊（铜奶茶壶）"], ["哈萨克族铜奶茶壶", "加厚铝制奶茶壶"],
     ["把", "个"], (1, 2)),
    ("felt15", "living", "goods", ["羊毛毡", "擀毡", "毡子（铺地的毛毡）"], ["手工擀制羊毛毡毯", "毛毡地垫"], _AREA15, (4, 16)),
    ("robe15", "living", "goods", ["藏袍", "楚巴（藏袍）", "皮袍子"], ["加厚羊羔皮藏袍", "藏式冬季长袍"], ["件", "套"], (1, 3)),
    ("yi_cape15", "living", "goods", ["察尔瓦", "擦尔瓦（彝族披毡）", "披毡"], ["彝族羊毛披毡", "手工察尔瓦"], ["件", "条"], (1, 3)),
    ("pleated_skirt15", "living", "goods", ["百褶裙", "苗裙", "苗族百褶裙"], ["苗族手工蜡染百褶裙", "苗家盛装百褶裙"],
     ["条", "件"], (1, 3)),
    ("doppa15", "living", "goods", ["花帽", "多帕（维吾尔花帽）", "小花帽"], ["维吾尔族刺绣小帽", "手工绣花多帕"], ["顶", "个"], (1, 4)),
    ("tibetan_stove15", "living", "goods", ["藏式炉", "藏炉子", "牛粪炉（藏式铁炉）"], ["藏式节能铁皮炉", "高原节能取暖炉具"],
     ["台", "个"], (1, 1)),
    ("tripod15", "living", "goods", ["火塘铁三脚", "锅庄（火塘三脚架）", "撑锅的铁三脚"], ["火塘铸铁三脚架", "火塘改灶节能铁架"],
     ["个", "副"], (1, 2)),
    ("herder_tent15", "living", "goods", ["牛毛帐篷", "黑帐篷", "牧民帐篷"], ["加厚牧民帆布帐篷", "援建游牧民帐篷"],
     ["顶", "座"], (1, 1)),
    # 医疗救助: the plateau's air and sun, a birth far from the clinic, the diseases of pastoral areas
    ("oxygen15", "medical", "goods", ["氧气瓶", "便携氧气罐", "吸氧的罐子"], ["高原便携式氧气瓶", "医用氧气罐（1升装）"],
     ["瓶", "罐"], (2, 10)),
    ("rhodiola15", "medical", "goods", ["红景天", "红景天胶囊", "抗高反的药"], ["红景天口服胶囊（24粒/盒）", "红景天含片"],
     [("粒", 1.0), ("盒", 24.0)], (24, 96)),
    ("goggles15", "medical", "goods", ["墨镜", "防雪盲的眼镜", "护目镜（防紫外线）"], ["高原防紫外线护目镜", "防雪盲太阳镜"],
     ["副"], (1, 4)),
    ("sunscreen15", "medical", "goods", ["防晒霜", "擦脸的防晒", "护脸油（防冻防晒）"], ["高原SPF50防晒霜", "防冻防晒面霜"],
     ["支", "瓶"], (2, 6)),
    ("birth_kit15", "medical", "goods", ["产包", "待产包", "生娃用的产包"], ["孕产妇爱心待产包", "母婴健康待产包"], ["个", "套"], (1, 1)),
    ("echino_screen15", "medical", "service", ["包虫病筛查", "查包虫病", "B超筛查（包虫病）"], ["包虫病免费B超筛查", "援藏医疗队包虫病筛查"],
     _PERSONS15, (1, 5)),
    ("cataract15", "medical", "service", ["白内障手术", "眼睛复明手术", "做白内障"], ["光明行白内障复明手术", "援疆眼科白内障手术"],
     _PERSONS15, (1, 2)),
    # 教育助学: boarding school, two languages, a plateau winter
    ("bilingual_books15", "education", "goods", ["双语课本", "藏汉双语读物", "汉藏双语绘本"], ["藏汉双语图书", "国家通用语言学习读本"],
     [("本", 1.0), ("套", 10.0)], (10, 40)),
    ("reading_pen15", "education", "goods", ["点读笔", "学普通话的点读笔", "普通话点读笔"], ["国家通用语言点读笔", "双语点读笔（含教材）"],
     ["支", "个"], (1, 2)),
    ("tibetan_exercise15", "education", "goods", ["藏文练习本", "藏文作业本", "写藏文的本子"], ["藏文四线格练习本", "藏文书写本"],
     [("本", 1.0), ("包", 10.0)], (10, 40)),
    ("boarder_bedding15", "education", "goods", ["住校铺盖", "寄宿生被褥", "学生宿舍床上用品"], ["寄宿制学校床上用品三件套", "援藏寄宿生被褥套装"],
     ["套"], (1, 2)),
    ("flask15", "education", "goods", ["学生保温水杯", "装热水的杯子", "住校用的保温杯"], ["不锈钢儿童保温杯", "学生保温水杯（500毫升）"],
     ["个", "只"], (1, 3)),
    ("storm_uniform15", "education", "goods", ["冲锋衣校服", "学生冲锋衣", "防寒校服"], ["三合一冲锋衣校服", "高原防寒冲锋衣"],
     ["件", "套"], (1, 3)),
    ("dombra15", "education", "goods", ["冬不拉", "冬不拉（哈萨克族弹拨乐器）", "弹的冬不拉"], ["学生冬不拉", "少儿冬不拉"], ["把"], (1, 2)),
    # 产业发展: 牧区 livestock, fodder, sheds and fences, and the herder's tools
    ("yak15", "production", "goods", ["牦牛", "牦牛犊", "小牦牛"], ["良种牦牛", "大通牦牛"], ["头"], (1, 5)),
    ("tibetan_sheep15", "production", "goods", ["藏系羊", "藏羊", "绵羊羔（藏系）"], ["欧拉型藏羊", "藏系绵羊种羊"], ["只"], (3, 15)),
    ("tan_sheep15", "production", "goods", ["滩羊", "滩羊羔", "盐池滩羊羔"], ["盐池滩羊种羊", "滩羊基础母羊"], ["只"], (3, 15)),
    ("black_goat15", "production", "goods", ["凉山黑山羊", "羊子（黑山羊）", "彝家黑山羊"], ["黑山羊种羊", "美姑黑山羊"], ["只"],
     (3, 15)),
    ("oat_hay15", "production", "goods", ["燕麦草", "燕麦青干草", "牛羊冬天吃的草"], ["燕麦草捆（25公斤/捆）", "优质燕麦青干草"],
     _KG15 + [("捆", 25.0), ("吨", 1000.0)], (500, 3000)),
    ("silage15", "production", "goods", ["全株青贮", "玉米青贮饲料", "窖里的青贮"], ["全株玉米青贮饲料", "裹包青贮"],
     None, (1000, 5000)),
    ("lick_block15", "production", "goods", ["盐砖（牲口舔的）", "舔盐砖", "牛羊舔的营养砖"], ["复合营养舔砖", "牛羊矿物质舔砖"],
     _KG15 + [("块", 5.0)], (20, 100)),
    ("warm_shed15", "production", "goods", ["牲畜暖棚", "羊圈暖棚", "牛羊过冬的棚圈"], ["标准化牲畜暖棚", "援建牧区棚圈"],
     _AREA15, (60, 300)),
    ("range_fence15", "production", "goods", ["草场围栏", "网围栏", "拦牛羊的铁丝网"], ["草原网围栏", "刺丝围栏"],
     _LENGTH15, (500, 3000)),
    ("barley_seed15", "production", "goods", ["青稞种", "青稞种子", "青稞良种"], ["藏青2000青稞良种", "青稞原种"],
     None, (50, 300)),
    ("shears15", "production", "goods", ["羊毛剪", "剪羊毛的剪子", "剪毛剪"], ["牧区手工剪毛剪", "不锈钢羊毛剪"], ["把"], (1, 3)),
    ("milker15", "production", "goods", ["挤奶机", "挤牛奶的机器", "挤奶器"], ["便携式挤奶机", "牦牛挤奶机"], ["台"], (1, 1)),
    # 消费扶贫: what the 对口支援 provinces' canteens, markets and 消费帮扶 counters buy
    ("highland_barley15", "consumption", "goods", ["青稞粒", "黑青稞", "白青稞"], ["高原黑青稞", "有机青稞仁"],
     _KG15 + [("藏克", 14.0)], (200, 2000)),
    ("yak_jerky15", "consumption", "goods", ["牦牛肉干", "风干牦牛肉", "干巴（风干肉）"], ["手撕风干牦牛肉", "麻辣牦牛肉干"],
     None, (20, 200)),
    ("chura15", "consumption", "goods", ["奶渣", "曲拉（奶渣）", "干奶渣"], ["牧区手工奶渣", "牦牛奶曲拉"], None, (20, 200)),
    ("yak_yoghurt15", "consumption", "goods", ["牦牛酸奶", "酸奶子", "老酸奶（牦牛奶）"], ["援藏消费帮扶牦牛酸奶", "高原牦牛老酸奶"],
     [("升", 1.0), ("L", 1.0), ("毫升", 0.001), ("桶", 5.0)], (10, 50)),
    ("raisins15", "consumption", "goods", ["葡萄干", "吐鲁番葡萄干", "绿葡萄干"], ["新疆无核绿葡萄干", "援疆直采葡萄干"],
     None, (100, 1000)),
    ("badam15", "consumption", "goods", ["巴旦木", "巴旦杏", "薄壳巴旦木"], ["莎车巴旦木", "纸皮巴旦木"], None, (50, 500)),
    ("wolfberry15", "consumption", "goods", ["宁夏枸杞", "红枸杞子", "枸杞干（宁夏）"], ["中宁头茬枸杞", "闽宁协作枸杞干果"],
     None, (50, 500)),
    ("tan_mutton15", "consumption", "goods", ["滩羊肉", "盐池滩羊肉", "羊肉（滩羊）"], ["闽宁协作盐池滩羊肉", "滩羊分割肉"],
     None, (100, 800)),
    ("matsutake15", "consumption", "goods", ["松茸", "鲜松茸", "松口蘑（松茸）"], ["香格里拉野生松茸", "冻干松茸"], None, (10, 100)),
    ("tartary_tea15", "consumption", "goods", ["苦荞茶", "荞麦茶（凉山）", "黑苦荞茶"], ["凉山苦荞茶", "沪滇协作苦荞茶"],
     None, (20, 200)),
    ("mango15", "consumption", "goods", ["百色芒果", "桂七芒", "芒果（百色产）"], ["粤桂协作百色芒果", "桂七香芒"], None, (500, 3000)),
    ("sour_soup15", "consumption", "goods", ["红酸汤", "凯里酸汤", "酸汤（苗家红酸）"], ["苗家红酸汤调料", "凯里红酸汤（瓶装）"],
     [("瓶", 1.0), ("箱", 12.0)], (24, 240)),
    # 住房安全: a Tibetan flat roof, a Yi earth house, a Miao stilt house, a sun porch
    ("aga_earth15", "housing", "goods", ["阿嘎土", "打阿嘎的土", "阿嘎（屋顶夯土）"], ["阿嘎土屋面材料", "藏式屋面阿嘎土"],
     [("公斤", 1.0), ("kg", 1.0), ("吨", 1000.0)], (2000, 10000)),
    ("rafter15", "housing", "goods", ["松木椽子", "房椽", "椽木（藏式平顶用）"], ["藏式松木椽", "防腐松木椽条"], ["根"], (20, 80)),
    ("roll_roofing15", "housing", "goods", ["屋顶防水布", "沥青油毡", "土掌房顶的防水卷"], ["SBS改性沥青防水卷材", "自粘改性防水卷材"],
     _AREA15 + [("卷", 10.0)], (30, 150)),
    ("fir_board15", "housing", "goods", ["杉树板子", "吊脚楼板子", "杉木板材（吊脚楼用）"], ["吊脚楼用杉木地板", "防腐杉木板材"],
     [("立方米", 1.0), ("方", 1.0), ("m³", 1.0)], (2, 8)),
    ("sun_porch15", "housing", "goods", ["阳光棚", "玻璃暖廊", "晒太阳的玻璃房"], ["藏式民居阳光棚", "铝合金阳光棚"], _AREA15, (10, 40)),
    # 易地搬迁: furnishing a house in a 牧民定居点 or a 搬迁安置点
    ("tibetan_cabinet15", "relocation", "goods", ["藏柜", "彩绘藏柜", "藏式柜子"], ["藏式彩绘实木柜", "定居点藏式家具柜"], ["个", "组"],
     (1, 2)),
    ("khaden15", "relocation", "goods", ["卡垫", "藏式卡垫", "卡垫（藏式坐毯）"], ["手工羊毛卡垫", "藏毯卡垫"], ["张", "块"], (2, 6)),
    ("tibetan_table15", "relocation", "goods", ["藏桌", "藏式矮桌", "喝茶的小方桌"], ["藏式彩绘茶几", "实木藏桌"], ["张"], (1, 2)),
    ("supa15", "relocation", "goods", ["苏帕", "苏帕（维吾尔族土炕）", "炕台"], ["维吾尔族苏帕床", "定居房苏帕炕台"], ["张", "个"], (1, 1)),
    ("khotan_rug15", "relocation", "goods", ["和田地毯", "铺苏帕的毯子", "维吾尔花毯"], ["和田手工羊毛地毯", "机织和田花毯"],
     _AREA15, (4, 12)),
    ("tea_churn15", "relocation", "goods", ["打茶机", "酥油茶机", "电动打茶筒"], ["家用电动酥油茶机", "打酥油茶机"], ["台"], (1, 1)),
    # 基础设施: water, a bridge instead of a rope, a road into the hamlet, power and television far from the grid
    ("well15", "infrastructure", "goods", ["机井", "人畜饮水井", "打的机井"], ["牧区人畜饮水机井", "援建饮水机电井"], ["眼", "口"],
     (1, 2)),
    ("zipline_bridge15", "infrastructure", "goods", ["溜索改桥", "换掉溜索的桥", "溜索桥"], ["溜索改桥援建项目", "人行钢索吊桥"], ["座"],
     (1, 1)),
    ("hamlet_road15", "infrastructure", "goods", ["进寨子的路", "入户路硬化", "组里的路（硬化）"], ["援建通组硬化路", "水泥入户路"],
     _LENGTH15, (300, 3000)),
    ("herder_pv15", "infrastructure", "goods", ["牧民太阳能板", "帐篷用的太阳能", "光伏小电站（户用）"], ["牧区户用光伏电源", "离网光伏系统"],
     ["套"], (1, 2)),
    ("sat_dish15", "infrastructure", "goods", ["卫星电视锅", "户户通卫星接收器", "看电视的锅盖（卫星天线）"],
     ["直播卫星户户通设备", "户户通卫星电视接收套装"],
     ["套"], (1, 2)),
    # 就业帮扶: crafts, the common language, driving, jobs in the paired province, a nang bakery and a loom
    ("thangka15", "employment", "service", ["学画唐卡", "唐卡画师培训", "唐卡手艺"], ["唐卡绘制技艺传承培训班", "援藏唐卡非遗培训"],
     _PERSONS15, (1, 3)),
    ("miao_embroidery15", "employment", "service", ["学苗绣", "苗绣手艺", "刺绣培训（苗绣）"], ["苗绣非遗工坊培训", "东西部协作苗绣订单培训"],
     _PERSONS15, (1, 3)),
    ("driving15", "employment", "service", ["驾驶员培训", "学开车拿驾照", "大车驾驶证培训"], ["援疆驾驶技能培训", "A2驾照公益培训班"],
     _PERSONS15, (1, 2)),
    ("putonghua15", "employment", "service", ["学普通话", "普通话培训", "国语培训"], ["国家通用语言能力培训班", "普通话推广就业培训"],
     _PERSONS15, (1, 4)),
    ("inland_job15", "employment", "service", ["去内地打工的岗位", "内地工厂的活", "外出务工岗位"], ["闽宁劳务协作务工岗位", "援疆企业用工岗位"],
     _PERSONS15, (1, 4)),
    ("nang_oven15", "employment", "goods", ["馕坑", "打馕的馕坑", "烤馕炉"], ["电热烤馕炉", "援疆标准化馕坑"], ["个", "座"], (1, 1)),
    ("loom15", "employment", "goods", ["织布机", "腰机（织布的）", "织锦机"], ["壮锦木织机", "手工织锦机"], ["台", "架"], (1, 1)),
    # 金融信贷: money for college, insurance for the herd, a share in the cooperative, interest, a hospital bill
    ("college_fee15", "finance", "cash", ["大学学费", "考上大学的学费", "上大学的费用"], ["援藏助学金（大学新生）", "央企民族地区奖学金"],
     _YUAN15, (3000, 10000)),
    ("herd_insurance15", "finance", "cash", ["牦牛保险", "牲畜保险费", "给牛羊上保险的钱"], ["牦牛保险保费补贴", "草原畜牧业保险补贴"],
     _YUAN15, (200, 1500)),
    ("coop_share15", "finance", "cash", ["合作社入股的钱", "养殖合作社本金", "入股分红的本钱"], ["援疆产业发展资金", "对口支援合作社扶持资金"],
     _YUAN15, (5000, 30000)),
    ("loan_interest15", "finance", "cash", ["小额贷款的利息", "贴息贷款", "还贷的利息钱"], ["富民贷贴息", "民族地区小额信贷贴息"],
     _YUAN15, (500, 3000)),
    ("hospital_bill15", "finance", "cash", ["看病的钱（包虫病）", "住院自付部分", "大病自付的钱"], ["援藏医疗救助基金", "央企民族地区大病救助金"],
     _YUAN15, (2000, 20000)),
    # 其他: riding the herd, seeing it from afar, a charged phone in the pasture
    ("herd_motorbike15", "other", "goods", ["放牧摩托", "骑着放牛的摩托", "摩托（牧区越野）"], ["牧区越野摩托车", "125cc骑式摩托"],
     ["辆"], (1, 1)),
    ("saddle15", "other", "goods", ["马鞍", "马鞍子", "哈萨克马鞍"], ["手工皮马鞍", "牧民鞍具套装"], ["副", "个"], (1, 2)),
    ("binoculars15", "other", "goods", ["千里眼（望远镜）", "看牛羊的望远镜", "放牧用的望远镜"], ["高倍双筒望远镜", "牧民夜视望远镜"],
     ["个", "副"], (1, 1)),
    ("power_bank15", "other", "goods", ["手机充电宝子", "给手机充电的宝", "牧场上用的充电宝"], ["太阳能充电宝", "大容量移动电源"], ["个"],
     (1, 3)),
]
# Broader offers as a 前方指挥部, a 援建 project or an enterprise programme names them. generate() gives a
# broader offer's unit size 1 and counts it as kg for mass items: groups with a weighed item are offered in
# 公斤 (every weighed item with pack units has 公斤 of size 1), the others in a unit none of their items
# uses or one of size 1 for all of them.
BLIND15_BROAD = [
    ("highland_pantry15", "living", ["糌粑酥油茶物资", "酥油糌粑砖茶"], ["tsampa15", "butter15", "brick_tea15"], ["公斤"]),
    ("ethnic_dress15", "living", ["民族服装", "少数民族服饰"],
     ["robe15", "yi_cape15", "pleated_skirt15", "doppa15"], ["件"]),
    ("hearth15", "living", ["火塘炉具", "取暖炊事炉具"], ["tibetan_stove15", "tripod15"], ["份"]),
    ("plateau_health15", "medical", ["高原健康防护包", "高反防护用品"],
     ["oxygen15", "rhodiola15", "goggles15", "sunscreen15"], ["份"]),
    ("pastoral_clinic15", "medical", ["援藏援疆医疗服务", "组团式医疗帮扶"], ["echino_screen15", "cataract15"], ["人"]),
    ("bilingual_kit15", "education", ["双语学习用品", "藏汉双语学习包"],
     ["bilingual_books15", "reading_pen15", "tibetan_exercise15"], ["份"]),
    ("boarder_winter15", "education", ["寄宿生过冬用品", "寄宿制学校冬季物资"],
     ["boarder_bedding15", "flask15", "storm_uniform15"], ["份"]),
    ("breeding_stock15", "production", ["牧区良种畜", "良种牛羊"],
     ["yak15", "tibetan_sheep15", "tan_sheep15", "black_goat15"], ["批"]),
    ("fodder15", "production", ["冬春饲草料", "抗灾保畜饲草料"], ["oat_hay15", "silage15", "lick_block15"], ["公斤"]),
    ("pasture_works15", "production", ["棚圈围栏建设", "草原基础设施"], ["warm_shed15", "range_fence15"], ["项"]),
    ("herding_tools15", "production", ["牧业小机具", "剪毛挤奶器具"], ["shears15", "milker15"], ["套"]),
    ("tibet_specialties15", "consumption", ["援藏高原特产", "雪域农牧特产"],
     ["highland_barley15", "yak_jerky15", "chura15", "yak_yoghurt15"], ["公斤"]),
    ("xinjiang_dried15", "consumption", ["援疆干果", "新疆林果干果"], ["raisins15", "badam15"], ["公斤"]),
    ("minning15", "consumption", ["闽宁特色农产品", "宁夏好物"], ["wolfberry15", "tan_mutton15"], ["公斤"]),
    ("dian_goods15", "consumption", ["西南山地特产", "彝藏山区好物"], ["matsutake15", "tartary_tea15"], ["公斤"]),
    ("dwelling_timber15", "housing", ["民居木料", "吊脚楼木材"], ["rafter15", "fir_board15"], ["批"]),
    ("settler_furniture15", "relocation", ["定居点民族家具", "牧民新居家具"],
     ["tibetan_cabinet15", "khaden15", "tibetan_table15", "supa15"], ["套"]),
    ("village_links15", "infrastructure", ["村组道路桥梁", "通达工程"], ["zipline_bridge15", "hamlet_road15"], ["项"]),
    ("offgrid15", "infrastructure", ["牧区水电广电设施", "饮水光伏广电设施"], ["well15", "herder_pv15", "sat_dish15"], ["项"]),
    ("crafts15", "employment", ["非遗手工艺培训", "民族手工艺技能培训"], ["thangka15", "miao_embroidery15"], ["人"]),
    ("aid_funds15", "finance", ["对口支援帮扶资金", "援建帮扶专项资金"],
     ["college_fee15", "herd_insurance15", "coop_share15", "loan_interest15", "hospital_bill15"], ["元"]),
]
TEMPLATES["blind15"] = {
    # Needs as a 双语 village cadre or a 驻村工作队 member writes them in Mandarin for households of 民族地区;
    # offers in the official words of 对口支援 provinces and cities, their 前方指挥部 and 援建 projects, and
    # national enterprises' 民族地区 programmes. Titles and descriptions read for every kind of item.
    "need_title": ["驻村工作队代{who}申请{name}", "双语干部代填｜{who}需要{name}", "{who}需{name}（工作队入户核实）",
                   "【民族地区帮扶需求】{who}：{name}", "{who}想要{name}，村里翻译代写"],
    "need_desc": ["{cause}，经双语干部翻译，户主说最缺{name}。", "{cause}，工作队入户核实，{name}确实短缺。",
                  "{cause}，{name}至今没有落实。", "{cause}，开春前盼着解决{name}。",
                  "{cause}，户主用本民族语言反复提到{name}。", "{cause}，已录入驻村工作日志。"],
    "negated": ["{other}援藏项目去年已配发到户", "{other}驻村工作队上次入户已送到", "{other}定居点统一配了，这次不报",
                "户主用母语说{other}家里有", "经翻译，户主表示{other}够用到开春", "{other}冬季慰问时已经发过",
                "{other}转场前乡里已补齐", "{other}（已享受过，本次不再申报）", "{other}援疆干部前年就送来了",
                "{other}已纳入闽宁项目解决", "户主用本民族语言讲{other}暂时用不上", "原先登记的{other}亲戚已经帮着解决了",
                "{other}一项户主说不要，工作队已划去", "{other}去年领过，有签字"],
    "offer_title": ["{donor}援助项目：{name}", "{donor}对口支援：{name}", "对口支援清单｜{name}（{donor}）",
                    "{donor}民族团结进步帮扶：{name}", "{donor}组织后方捐赠{name}"],
    "offer_title_consumption": ["{donor}消费帮扶采购{name}", "{donor}组织后方单位认购{name}",
                                "援受双方产销对接：{donor}收购{name}"],
    "offer_title_employment": ["{donor}技能培训项目：{name}", "{donor}劳务协作发布：{name}", "{name}（{donor}组织，免费参加）"],
    "offer_title_finance": ["{donor}设立{name}", "{donor}拨付{name}", "{donor}援助资金：{name}"],
    "who": ["牧民扎西一家", "彝族老人阿依", "维吾尔族大妈古丽家", "苗族留守老人龙奶奶", "壮族农户韦某",
            "回族农户马某家", "藏族五保户卓玛阿妈", "哈萨克族牧民努尔兰家"],
    "cause": ["冬季转场刚回来", "家里牦牛冬天冻死了几头", "雪灾后草场被压", "老人常年有高原病", "孩子在县城寄宿读书",
              "户主不太会说普通话", "搬到定居点不久", "寨子在山上，离乡里远", "今年雨季塌方冲了地"],
    "donor": ["北京市援藏指挥部", "上海市援滇干部联络组", "福建省对口帮扶宁夏工作队", "广东省援疆前方指挥部",
              "江苏省援疆前指", "湖南省援藏工作队", "粤桂协作工作队", "某中央企业民族地区帮扶办",
              "某国有电力集团援藏项目部"],
}


def check_blind15() -> None:
    """Raise SystemExit if blind15 is not what its comment says.

    Checked like blind14 (``_check_written_alone``) against every earlier part's catalogue and broader
    offers, tune … blind14 (never against lexicon.tsv); besides: no item name is an earlier group name;
    at least 70 items and 10 broader offers; at least 10 negation templates, none a template of a part
    written before it (``_template_cue``); every count unit's size is positive; and a group's unit never
    makes a label wrong (generate() gives it size 1 and counts it as kg for a mass item): a group covering
    an item weighed by the mass units is in 公斤, and a group unit an item counts in has size 1 there.
    """
    earlier_groups = _GROUPS_BEFORE_BLIND7 + (BLIND7_BROAD, BLIND8_BROAD, BLIND9_BROAD, BLIND10_BROAD,
                                              BLIND11_BROAD, BLIND12_BROAD, BLIND13_BROAD, BLIND14_BROAD)
    _check_written_alone("blind15", BLIND15_CATALOGUE, BLIND15_BROAD,
                         _earlier_catalogues() + (BLIND5_CATALOGUE, BLIND6_CATALOGUE, BLIND7_CATALOGUE,
                                                  BLIND8_CATALOGUE, BLIND9_CATALOGUE, BLIND10_CATALOGUE,
                                                  BLIND11_CATALOGUE, BLIND12_CATALOGUE, BLIND13_CATALOGUE,
                                                  BLIND14_CATALOGUE),
                         earlier_groups)
    group_names = {n for groups in earlier_groups for g in groups for n in g[2]}
    problems = [f"item name is an earlier group name: {n}"
                for n in sorted({n for c in BLIND15_CATALOGUE for n in c[3] + c[4]} & group_names)]
    if len(BLIND15_CATALOGUE) < 70 or len(BLIND15_BROAD) < 10:
        problems.append(f"{len(BLIND15_CATALOGUE)} items and {len(BLIND15_BROAD)} broader offers")
    negated = TEMPLATES["blind15"]["negated"]
    before = list(SEEDS)[:list(SEEDS).index("blind15")]
    earlier = {_template_cue(x) for part in before for x in TEMPLATES[part]["negated"]}
    problems += [f"negation template of an earlier part: {x}" for x in negated if _template_cue(x) in earlier]
    if len(negated) < 10:
        problems.append(f"only {len(negated)} negation templates")
    sizes = {c[0]: dict(u if isinstance(u, tuple) else (u, 1.0) for u in c[5]) if c[5] else None
             for c in BLIND15_CATALOGUE}
    problems += [f"{k}: unit {u} of size {s}" for k, units in sizes.items() if units
                 for u, s in units.items() if s <= 0]
    for key, _, _, covered, units in BLIND15_BROAD:
        for k, unit in ((k, u) for k in covered for u in units):
            if (sizes[k] is None and unit != "公斤") or (sizes[k] or {}).get(unit, 1.0) != 1.0:
                problems.append(f"group {key} in {unit}: not comparable as labelled for {k}")
    if problems:
        raise SystemExit("blind15: " + "; ".join(problems))


# The "blind16" part (written 2026-12-01 for issue 13 by someone who had not read the lexicon, the
# matcher's features, docs/matching.md or any part's records) in the market's words, a voice no other
# part has: offers as enterprises, chain stores, e-commerce shops and manufacturers post them, by brand,
# series and model with the product type sometimes left out or shortened (苏泊尔球釜饭煲4L, 格力云佳1.5匹挂机,
# 东方红LX904, 老板CXW-200-27A7, 海康威视400万枪机), with 规格 strings (50kg/袋, 5L*4桶, 800×800, BV2.5 100米/卷)
# and trade words (尾货, 库存清仓捐赠, 临期, 同款, 厂家直供, 产地直采); needs as households and 帮扶责任人 write
# them, naming a thing by the brand people use as its name (彩虹毯子, 金龙鱼, 回力鞋, 欧姆龙, 邦迪贴, 史丹利,
# 先玉335, 东方红, 海螺水泥, 二八大杠, 雅迪) or by what it does (能煮饭的锅, 冬天插电的褥子, 量血压的机子,
# 吸油烟的机子, 收钱的小喇叭), in trade units. 92 items of all 11 categories (health checks, broadband, jobs and
# courses of kind "service", loans, insurance and fees of kind "cash"), 20 broader offers under trade
# category names (白色家电, 快消品, 家用医疗器械, OTC非处方药, 肥料套餐, 大田良种, 农机装备, 产地直采水果,
# 地理标志农产品, 装修主材, 拎包入住套餐, 灵活用工岗位, 普惠金融产品 ...), 16 negations and past mentions in that
# voice (「X上回团购已经买了」「X以旧换新换过了」「X家电下乡那年就买了」「X在店里赊过了，够用」
# 「X那单已经签收，这次只要Y」) and units that need converting: mass 斤 / 市斤 / 公斤 / 「公斤 」 / kg / KG / 千克; packs
# the catalogue fixes (袋 = 50 kg 复合肥 / 水泥, 袋 = 40 kg 有机肥 / 猪饲料, 吨, 桶 = 5 升 / 箱 = 20 升 食用油
# (5L*4桶), 桶 = 18 升 乳胶漆, 桶 = 20 kg 防水涂料, 瓶 / 罐 = 15 kg 液化气, 箱 = 24 包 方便面, 箱 = 24 盒 牛奶,
# 箱 = 4 瓶 洗衣液, 提 = 10 / 件 = 30 卷 卷纸, 盒 = 10 袋 感冒灵, 盒 = 100 片 创可贴, 包 = 10 片 纸尿裤, 盒 = 12 支
# 中性笔, 提 = 5 袋 螺蛳粉, 卷 = 100 米 电线, 块 = 4 米 波形护栏板, 箱 = 3 片 800×800 瓷砖 with 平方米 / ㎡ / 平 =
# 1.5625 片); volume (升 / L), area (平方米 / ㎡ / 平), length (米 and the market's measure words for cloth:
# 米 = 3 尺, 丈 = 10 尺), counts (樘, 户, 架, 套 ...); 元 / 块 / 万元; and 15 % of the mass-item offers in 柜 (a
# container load of unknown weight, not comparable). Every size is exact in binary floating point (no
# 两 or 毫升), so no label turns on a rounding error.
# ``check_blind16`` checks it against the catalogues, groups and negation templates of tune … blind14 only,
# never the lexicon. Never tune on it.
BLIND16_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("KG", 1.0), ("千克", 1.0), ("市斤", 0.5), ("公斤 ", 1.0)]
_PERSONS16 = [("人", 1.0), ("名", 1.0), ("个人", 1.0)]
_YUAN16 = [("元", 1.0), ("块", 1.0), ("万元", 10000.0)]
_LITRES16 = [("升", 1.0), ("L", 1.0)]
_AREA16 = [("平方米", 1.0), ("㎡", 1.0), ("平", 1.0)]
_KG16 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0)]
BLIND16_CATALOGUE = [
    # 生活物资: kitchen and home appliances, grain, oil and packaged goods, clothes and cloth, gas
    ("rice_cooker16", "living", "goods", ["能煮饭的锅", "插电焖饭的锅", "苏泊尔饭锅"], ["苏泊尔球釜饭煲4L", "美的智能饭煲尾货"], ["个", "台"], (1, 1)),
    ("e_blanket16", "living", "goods", ["冬天插电的褥子", "彩虹毯子", "插电的热褥子"], ["彩虹牌双人双控电热毯", "彩虹1.8米双控电热毯尾货"], ["条", "床"], (1, 3)),
    ("thermal16", "living", "goods", ["南极人", "贴身保暖的内衣", "秋衣裤"], ["南极人德绒保暖内衣套装", "恒源祥加绒保暖内衣尾货"], ["套"], (1, 4)),
    ("oil16", "living", "goods", ["金龙鱼", "炒菜的油", "桶装油"], ["金龙鱼1:1:1调和油5L*4桶", "鲁花5S压榨一级花生油"],
     _LITRES16 + [("桶", 5.0), ("箱", 20.0)], (10, 40)),
    ("rice16", "living", "goods", ["五常米", "东北长粒香", "袋装大米"], ["十月稻田五常稻花香", "福临门东北长粒香米"], None, (20, 100)),
    ("noodles16", "living", "goods", ["方便面", "康师傅", "泡面"], ["康师傅红烧牛肉面整箱", "白象大骨面尾货"], [("包", 1.0), ("箱", 24.0)], (24, 96)),
    ("milk16", "living", "goods", ["伊利蒙牛那种奶", "纯奶", "一箱一箱的牛奶"], ["伊利纯牛奶250ml*24盒", "蒙牛特仑苏临期"], [("盒", 1.0), ("箱", 24.0)], (24, 96)),
    ("laundry16", "living", "goods", ["蓝月亮", "洗衣服的水", "洗衣液子"], ["蓝月亮深层洁净3kg*4瓶", "立白天然洗衣液尾货"], [("瓶", 1.0), ("箱", 4.0)], (2, 8)),
    ("tissue16", "living", "goods", ["卷筒纸", "擦屁股的纸", "心相印"], ["心相印卷纸10卷*3提", "维达蓝色经典卷纸"], [("卷", 1.0), ("提", 10.0), ("件", 30.0)], (10, 60)),
    ("aircon16", "living", "goods", ["挂机", "格力", "冷暖空调"], ["格力云佳1.5匹挂机", "美的酷省电大1匹"], ["台", "套"], (1, 1)),
    ("freezer16", "living", "goods", ["冻肉的柜子", "澳柯玛", "卧式的冷柜子"], ["海尔BC/BD-200卧式冷柜", "澳柯玛冷柜尾货"], ["台"], (1, 1)),
    ("washer16", "living", "goods", ["小天鹅", "能甩干的洗衣机", "双缸洗衣机"], ["小天鹅8公斤波轮", "海尔统帅波轮洗衣机尾货"], ["台"], (1, 1)),
    ("canvas_shoes16", "living", "goods", ["回力鞋", "帆布鞋", "胶底布鞋"], ["回力经典款高帮帆布鞋", "飞跃小白鞋尾货"], ["双"], (1, 4)),
    ("down16", "living", "goods", ["波司登", "鸭绒袄", "面包服"], ["波司登反季清仓羽绒服", "雪中飞尾货羽绒服"], ["件"], (1, 3)),
    ("lpg16", "living", "goods", ["液化气", "罐装气", "烧饭的煤气"], ["中石化15kg液化气", "昆仑燃气15公斤钢瓶气"],
     [("瓶", 15.0), ("罐", 15.0), ("公斤", 1.0), ("kg", 1.0)], (15, 60)),
    ("cloth16", "living", "goods", ["花布", "做被面的布", "纯棉布"], ["南通家纺纯棉布料", "魏桥纯棉坯布尾货"],
     [("尺", 1.0), ("米", 3.0), ("丈", 10.0)], (15, 90)),
    # 医疗救助: household medical devices, OTC medicines, care goods and a health check
    ("bp16", "medical", "goods", ["欧姆龙", "量血压的机子", "电子量压器"], ["欧姆龙U10上臂式", "鱼跃YE660D臂式电子血压计"], ["台"], (1, 1)),
    ("glucose16", "medical", "goods", ["测糖的仪器", "三诺测糖仪", "扎手指测血糖的"], ["三诺安稳+血糖仪", "鱼跃580血糖仪套装"], ["台", "个"], (1, 1)),
    ("oxygen16", "medical", "goods", ["吸氧的机子", "家用氧气机", "鱼跃制氧"], ["鱼跃9F-3BW 3L医用制氧机", "欧姆龙制氧机库存清仓"], ["台"], (1, 1)),
    ("wheelchair16", "medical", "goods", ["推着走的轮椅", "互邦轮椅", "坐着推的车"], ["互邦手动轮椅HBG5", "鱼跃手推轮椅尾货"], ["辆", "台"], (1, 1)),
    ("cold16", "medical", "goods", ["感冒灵", "999冲剂", "治感冒的冲剂"], ["999感冒灵颗粒10袋/盒", "三九感冒灵临期"], [("袋", 1.0), ("盒", 10.0)], (10, 60)),
    ("spray16", "medical", "goods", ["云南白药", "喷的白药", "跌打喷雾"], ["云南白药气雾剂85g+30g", "白药喷雾剂临期清仓"], ["瓶", "盒"], (1, 4)),
    ("bandaid16", "medical", "goods", ["邦迪贴", "贴伤口的胶布", "防水创口贴"], ["邦迪防水创可贴100片装", "云南白药创可贴"], [("片", 1.0), ("盒", 100.0)], (50, 300)),
    ("diaper16", "medical", "goods", ["大人穿的纸尿裤", "纸裤子", "老人的拉拉裤"], ["可靠成人纸尿裤L码10片", "安而康拉拉裤尾货"], [("片", 1.0), ("包", 10.0)], (20, 100)),
    ("checkup16", "medical", "service", ["全身体检", "查身体", "体检套餐"], ["美年大健康中老年体检卡", "爱康国宾体检公益名额"], _PERSONS16, (1, 3)),
    # 教育助学: what a family buys for school, by the brands on the shop shelf
    ("reader16", "education", "goods", ["小霸王学习机", "学英语的机子", "点读笔机子"], ["步步高点读机T2", "读书郎学生平板尾货"], ["台", "个"], (1, 1)),
    ("gel_pen16", "education", "goods", ["晨光笔", "考试用的黑笔", "按动水性笔"], ["晨光K35按动中性笔0.5mm", "得力33388中性笔12支/盒"], [("支", 1.0), ("盒", 12.0)], (12, 60)),
    ("schoolbag16", "education", "goods", ["护脊书包", "小学生背的包", "卡拉羊"], ["卡拉羊护脊双肩包", "迪士尼小学生书包尾货"], ["个"], (1, 3)),
    ("desk_lamp16", "education", "goods", ["写作业的灯", "不晃眼的台灯", "国AA台灯"], ["飞利浦轩坦台灯", "欧普LED护眼灯AA级"], ["个", "盏"], (1, 2)),
    ("sharpener16", "education", "goods", ["削铅笔的", "手摇削笔机", "卷笔刀子"], ["得力0620手摇削笔器", "晨光卷笔刀"], ["个"], (1, 3)),
    ("crayons16", "education", "goods", ["画画的彩笔", "马利彩笔", "水彩笔子"], ["马利36色水彩笔", "晨光可水洗水彩笔"], ["盒", "套"], (1, 3)),
    ("laptop16", "education", "goods", ["能上网课的笔记本", "联想电脑", "手提电脑本"], ["联想小新14英寸", "惠普战66尾货笔记本"], ["台"], (1, 1)),
    # 产业发展: fertiliser, seed and feed by brand and variety, machines by maker and model, sows, film, a pump
    ("compound16", "production", "goods", ["史丹利", "三个十五的复合肥", "撒地的肥"], ["史丹利硫酸钾型复合肥15-15-15 50kg/袋", "心连心45%复合肥"],
     _KG16 + [("袋", 50.0), ("吨", 1000.0)], (100, 1000)),
    ("organic16", "production", "goods", ["鸡粪肥", "商品有机肥", "发酵的粪肥"], ["金正大生物有机肥40kg/袋", "羊粪发酵有机肥"],
     [("公斤", 1.0), ("袋", 40.0), ("吨", 1000.0)], (200, 2000)),
    ("corn_seed16", "production", "goods", ["先玉335", "郑单958", "苞米种子儿"], ["登海605玉米种", "京科968"], None, (10, 50)),
    ("wheat_seed16", "production", "goods", ["济麦22", "种麦子的种", "麦种子"], ["百农207小麦良种", "郑麦379"], None, (50, 300)),
    ("pig_feed16", "production", "goods", ["正大饲料", "喂猪的料", "猪吃的全价料"], ["正大551乳猪料", "新希望育肥猪全价料40kg/袋"],
     [("公斤", 1.0), ("斤", 0.5), ("袋", 40.0)], (200, 1200)),
    ("tractor16", "production", "goods", ["东方红", "大拖拉机", "四轮拖"], ["东方红LX904拖拉机", "雷沃欧豹M504"], ["台"], (1, 1)),
    ("harvester16", "production", "goods", ["割麦子的机器", "久保田", "联合收割机子"], ["久保田PRO588收割机", "雷沃谷神GE80全喂入"], ["台"], (1, 1)),
    ("drone16", "production", "goods", ["打药的无人机", "飞防无人机", "大疆植保机"], ["大疆T40农业无人机", "极飞P100农业无人飞机"], ["台", "架"], (1, 1)),
    ("tricycle16", "production", "goods", ["时风三轮", "拉货三马子", "农用三马子"], ["时风风顺7YP-1150农用三轮", "五星钻豹电动三轮尾货"], ["辆", "台"], (1, 1)),
    ("sow16", "production", "goods", ["温氏的母猪", "能下崽的母猪", "母猪苗"], ["温氏二元后备母猪", "牧原种猪"], ["头"], (1, 5)),
    ("shed_film16", "production", "goods", ["扣大棚的膜", "PO膜", "大棚塑料布子"], ["PO涤纶长寿无滴膜", "EVA利得棚膜12丝"], None, (50, 300)),
    ("pump16", "production", "goods", ["抽水的泵", "浇地的水泵", "井里的潜水泵"], ["新界QDX潜水泵", "东音1.5寸自吸泵"], ["台"], (1, 2)),
    # 消费扶贫: produce by origin and brand, as buyers and chain stores take it
    ("orange16", "consumption", "goods", ["冰糖橙", "赣南的脐橙", "褚橙"], ["褚橙同款冰糖橙", "赣南纽荷尔脐橙9斤装"], None, (500, 5000)),
    ("kiwi16", "consumption", "goods", ["红阳猕猴桃", "徐香猕猴桃", "周至猕猴桃"], ["佳沃红心猕猴桃", "周至徐香猕猴桃"], None, (500, 4000)),
    ("goji16", "consumption", "goods", ["中宁枸杞", "宁夏红枸杞", "头茬枸杞"], ["宁夏中宁头茬枸杞", "百瑞源枸杞礼盒"], None, (20, 200)),
    ("dates16", "consumption", "goods", ["和田大枣", "若羌灰枣", "新疆大红枣"], ["好想你若羌灰枣", "新疆和田玉枣特级"], None, (100, 1000)),
    ("millet16", "consumption", "goods", ["沁州黄", "熬粥的小米", "山西小米"], ["沁州黄小米贡米", "米脂小米"], None, (100, 1000)),
    ("maojian16", "consumption", "goods", ["信阳毛尖", "毛尖茶", "信阳的绿茶"], ["文新信阳毛尖明前特级", "蓝天茗茶毛尖尾货"], None, (10, 100)),
    ("mutton16", "consumption", "goods", ["滩羊肉", "盐池滩羊", "宁夏羊肉"], ["盐池滩羊肉分割礼包", "涝河桥滩羊排"], None, (50, 500)),
    ("luosifen16", "consumption", "goods", ["螺蛳粉", "柳州螺蛳粉", "嗦粉"], ["好欢螺螺蛳粉400g*5袋", "螺霸王临期"], [("袋", 1.0), ("提", 5.0)], (50, 500)),
    ("pomegranate16", "consumption", "goods", ["会理石榴", "软籽石榴", "突尼斯软籽"], ["蒙自甜石榴", "会理突尼斯软籽石榴（大果）"], None, (500, 4000)),
    ("mango16", "consumption", "goods", ["大芒果", "攀枝花的芒果", "凯特芒果"], ["百色芒果", "攀枝花凯特芒"], None, (500, 4000)),
    ("apple16", "consumption", "goods", ["洛川苹果", "静宁苹果", "陕西苹果"], ["洛川红富士80mm果", "静宁苹果一级果"], None, (500, 5000)),
    # 住房安全: building materials by brand and grade, as the 建材市场 sells them
    ("cement16", "housing", "goods", ["海螺水泥", "32.5的水泥", "袋装水泥"], ["海螺P.C32.5水泥 50kg/袋", "华新堡垒牌水泥"],
     [("袋", 50.0), ("吨", 1000.0), ("公斤", 1.0)], (500, 5000)),
    ("paint16", "housing", "goods", ["立邦漆", "白色墙漆", "墙面漆"], ["立邦净味120二合一18L", "三棵树内墙漆尾货"], _LITRES16 + [("桶", 18.0)], (18, 90)),
    ("tiles16", "housing", "goods", ["铺地的砖", "抛釉砖", "客厅的大地砖"], ["马可波罗800×800抛釉砖", "东鹏瓷砖尾货"],
     [("片", 1.0), ("箱", 3.0)] + [(u, 1.5625) for u, _ in _AREA16], (30, 150)),
    ("waterproof16", "housing", "goods", ["补房顶漏的", "东方雨虹", "JS防水"], ["东方雨虹JS防水涂料", "德高K11防水浆料"],
     [("公斤", 1.0), ("kg", 1.0), ("桶", 20.0)], (20, 200)),
    ("window16", "housing", "goods", ["断桥铝窗户", "塑钢窗户", "铝合金窗户"], ["凤铝断桥铝平开窗", "海螺型材塑钢窗"], _AREA16, (4, 20)),
    ("wire16", "housing", "goods", ["BV线", "2.5平方的线", "铜芯的电线"], ["熊猫BV2.5铜芯线100米/卷", "远东电缆BVR4平方"], [("米", 1.0), ("卷", 100.0)], (100, 500)),
    ("door16", "housing", "goods", ["盼盼门", "大铁门", "家门口的防盗铁门"], ["盼盼防盗门甲级", "王力安全门尾货"], ["樘", "扇", "套"], (1, 2)),
    # 易地搬迁: kitchen appliances and furniture for a settlement flat, by brand and model
    ("hood16", "relocation", "goods", ["吸油烟的机子", "老板烟机", "方太油烟机"], ["老板CXW-200-27A7", "方太近吸式油烟机尾货"], ["台"], (1, 1)),
    ("mattress16", "relocation", "goods", ["睡觉的垫子", "喜临门床垫", "席梦思垫子"], ["喜临门独立弹簧床垫1.5米", "慕思尾货床垫"], ["张", "个"], (1, 2)),
    ("kettle16", "relocation", "goods", ["烧开水的壶", "插电的水壶", "电水壶子"], ["美的电水壶1.7L", "苏泊尔304不锈钢电水壶"], ["个", "台"], (1, 2)),
    ("tv16", "relocation", "goods", ["看电视的大屏", "海信电视", "小米电视"], ["海信55E3F 55英寸", "小米电视EA43尾货"], ["台"], (1, 1)),
    ("cloth_wardrobe16", "relocation", "goods", ["挂衣服的柜子", "组装衣柜", "简易布柜"], ["索尔诺简易布衣柜", "宜家PAX衣柜同款"], ["个", "组"], (1, 2)),
    ("purifier16", "relocation", "goods", ["滤水的机子", "自来水过滤器", "沁园"], ["沁园RO净水机", "美的净水器尾货"], ["台"], (1, 1)),
    ("induction16", "relocation", "goods", ["插电炒菜的炉子", "电炒炉", "九阳电磁炉"], ["九阳C21-SK805电磁灶", "苏泊尔电磁炉尾货"], ["台", "个"], (1, 1)),
    # 基础设施: village cameras, toilets, guardrails, water towers, broadband, a square's speaker, chargers
    ("camera16", "infrastructure", "goods", ["监控", "村口装的探头", "天网监控头"], ["海康威视400万枪机", "萤石C6CN尾货"], ["个", "台", "套"], (2, 10)),
    ("squat16", "infrastructure", "goods", ["改厕的便器", "蹲坑便器", "九牧的蹲便"], ["九牧蹲便器带存水弯", "箭牌蹲坑尾货"], ["个", "套"], (5, 30)),
    ("guardrail16", "infrastructure", "goods", ["护栏", "路边的护栏", "公路护栏板"], ["镀锌波形梁护栏板", "交通防撞护栏"], [("米", 1.0), ("块", 4.0)], (40, 400)),
    ("water_tower16", "infrastructure", "goods", ["不锈钢水塔", "楼顶的水塔子", "存水的大罐"], ["加厚304不锈钢水塔2吨", "PE塑料储水罐"], ["个", "台"], (1, 3)),
    ("broadband16", "infrastructure", "service", ["宽带", "上网的光纤", "装网线"], ["中国移动千兆宽带", "电信光纤入户"], ["户"], (5, 40)),
    ("speaker16", "infrastructure", "goods", ["跳舞的音箱", "大功率音箱", "广场舞的音箱"], ["先科户外拉杆音箱", "万利达广场舞音响"], ["台", "个"], (1, 2)),
    ("charger16", "infrastructure", "goods", ["电动车充电的地方", "扫码充电的桩子", "集中充电棚"], ["10路电动车充电站（扫码）", "星星充电尾货"], ["台", "个"], (1, 4)),
    # 就业帮扶: jobs and courses by employer and school name, and tools for a stall
    ("rider16", "employment", "service", ["送外卖的活", "跑外卖", "外卖骑手"], ["美团众包骑手招募", "饿了么蜂鸟骑手"], _PERSONS16, (1, 3)),
    ("factory16", "employment", "service", ["电子厂普工", "流水线的活", "进厂打工的活"], ["富士康普工直招", "比亚迪长期工"], _PERSONS16, (1, 3)),
    ("sorting16", "employment", "service", ["快递分拣的活", "仓库打包", "快递站的活"], ["京东物流分拣员", "顺丰中转场临时工"], _PERSONS16, (1, 3)),
    ("cook16", "employment", "service", ["学炒菜的手艺", "厨师班", "学当厨子"], ["新东方烹饪学校短训", "中式烹调师免费培训"], _PERSONS16, (1, 3)),
    ("food_cart16", "employment", "goods", ["摆摊的车", "卖小吃的车", "夜市餐车"], ["电动四轮小吃车", "多功能摆摊餐车"], ["辆", "台"], (1, 1)),
    ("pay_speaker16", "employment", "goods", ["收钱的小喇叭", "收款播报器", "扫码收钱的音箱"], ["支付宝收钱码音箱", "微信收款播报器"], ["个", "台"], (1, 2)),
    # 金融信贷: loans, insurance and fees by the product names banks and insurers use
    ("loan16", "finance", "cash", ["贴息贷款", "养殖贷款", "小额信用贷"], ["农行惠农e贷", "邮储银行极速贷"], _YUAN16, (10000, 50000)),
    ("insurance16", "finance", "cash", ["给牛上保险", "能繁母猪险", "养牛的保险"], ["人保财险能繁母猪保险", "中华联合肉牛养殖险"], _YUAN16, (500, 5000)),
    ("premium16", "finance", "cash", ["医保钱", "交医保的费", "新农合的钱"], ["居民医保代缴", "医保缴费资助"], _YUAN16, (300, 1500)),
    ("college16", "finance", "cash", ["大学学费", "上大学的费用", "考上大学的钱"], ["国家助学贷款", "金秋助学金"], _YUAN16, (4000, 12000)),
    ("machine_credit16", "finance", "cash", ["买农机的钱", "农机分期", "农机按揭的钱"], ["雷沃金融农机按揭", "农机购置补贴垫资"], _YUAN16, (20000, 100000)),
    # 其他: getting about, a phone, an opera player and a helmet
    ("ebike16", "other", "goods", ["雅迪", "爱玛", "电瓶驴"], ["雅迪冠能E8", "爱玛新国标电动车尾货"], ["辆"], (1, 1)),
    ("bicycle16", "other", "goods", ["二八大杠", "永久自行车", "飞鸽车子"], ["永久C型28寸", "飞鸽老款二八自行车"], ["辆"], (1, 1)),
    ("phone16", "other", "goods", ["能视频的手机", "红米", "小米手机"], ["红米Note13 5G", "华为畅享60尾货"], ["部", "台"], (1, 1)),
    ("opera16", "other", "goods", ["听戏的机子", "看戏机", "能唱戏的小音箱"], ["金正看戏机", "先科唱戏机"], ["台", "个"], (1, 1)),
    ("helmet16", "other", "goods", ["骑车戴的盔", "3C头盔", "电驴头盔"], ["野马3C头盔", "新国标电动车头盔"], ["个", "顶"], (1, 3)),
]
# Broader offers under the trade's category names. generate() gives a broader offer's unit size 1 and
# counts it as kg for mass items: groups covering a weighed item are offered in 公斤 (size 1 for every
# such item with pack units), the others in a unit of size 1 for every covered item that counts in it,
# or in one none of them uses (not comparable, relevance 2).
BLIND16_BROAD = [
    ("white_goods16", "living", ["白色家电", "白电尾货"], ["aircon16", "freezer16", "washer16"], ["台"]),
    ("fmcg16", "living", ["快消品", "日化快消"], ["noodles16", "milk16", "laundry16", "tissue16"], ["批"]),
    ("warm_wear16", "living", ["秋冬保暖服饰", "保暖季清仓"], ["thermal16", "down16", "canvas_shoes16"], ["份"]),
    ("devices16", "medical", ["家用医疗器械", "械字号家用器械"], ["bp16", "glucose16", "oxygen16", "wheelchair16"], ["台"]),
    ("otc16", "medical", ["OTC非处方药", "药店常备药"], ["cold16", "spray16", "bandaid16"], ["批"]),
    ("school_supplies16", "education", ["文教办公用品", "返校季文具"],
     ["gel_pen16", "schoolbag16", "sharpener16", "crayons16"], ["批"]),
    ("edu_digital16", "education", ["学习数码产品", "教育电子"], ["reader16", "laptop16"], ["台"]),
    ("fertiliser16", "production", ["肥料套餐", "测土配方肥料"], ["compound16", "organic16"], ["公斤"]),
    ("seeds16", "production", ["大田良种", "粮食作物良种"], ["corn_seed16", "wheat_seed16"], ["公斤"]),
    ("machinery16", "production", ["农机装备", "农机以旧换新"],
     ["tractor16", "harvester16", "drone16", "tricycle16", "pump16"], ["台"]),
    ("pig_inputs16", "production", ["养猪投入品", "生猪养殖物资"], ["pig_feed16", "sow16"], ["批"]),
    ("fruit16", "consumption", ["产地直采水果", "生鲜水果"],
     ["orange16", "kiwi16", "pomegranate16", "mango16", "apple16"], ["公斤"]),
    ("gi_goods16", "consumption", ["地理标志农产品", "原产地好物"],
     ["goji16", "dates16", "millet16", "maojian16", "mutton16"], ["公斤"]),
    ("main_materials16", "housing", ["装修主材", "建材市场主辅料"],
     ["cement16", "paint16", "tiles16", "waterproof16", "window16", "wire16", "door16"], ["批"]),
    ("move_in16", "relocation", ["拎包入住套餐", "入户家居家电"],
     ["hood16", "mattress16", "kettle16", "tv16", "cloth_wardrobe16", "purifier16", "induction16"], ["套"]),
    ("kitchen16", "relocation", ["厨电套装", "新居厨房电器"], ["hood16", "kettle16", "induction16"], ["套"]),
    ("public16", "infrastructure", ["乡村公共设施", "村级公共设施"],
     ["camera16", "squat16", "guardrail16", "water_tower16", "speaker16", "charger16"], ["批"]),
    ("gig16", "employment", ["灵活用工岗位", "普工招聘"], ["rider16", "factory16", "sorting16"], ["人"]),
    ("inclusive16", "finance", ["普惠金融产品", "三农金融"], ["loan16", "insurance16", "machine_credit16"], ["元"]),
    ("riding16", "other", ["两轮出行", "骑行出行"], ["ebike16", "bicycle16"], ["辆"]),
]
# 规格 lines a household or 帮扶责任人 copies from a shop's label into a need (「规格：…」), by item.
BLIND16_SPECS = {
    "aircon16": ["1.5匹", "大1匹，冷暖"],
    "oil16": ["5L*4桶", "5升装"],
    "rice16": ["25kg/袋", "10kg/袋"],
    "compound16": ["15-15-15，50kg/袋", "总养分45%"],
    "cement16": ["50kg/袋", "P.C32.5，50kg/袋"],
    "wire16": ["BV2.5平方，100米/卷", "BV4平方"],
    "tiles16": ["800×800", "600×600防滑"],
    "mattress16": ["1.5米×2米", "1.8米×2米"],
    "tv16": ["55寸", "43寸"],
    "paint16": ["18L/桶", "白色哑光"],
    "freezer16": ["200升左右", "单温"],
    "tricycle16": ["车厢1.5米", "载重1吨"],
}
TEMPLATES["blind16"] = {
    # Needs as households and 帮扶责任人 write them, naming things by brand or by what they do; offers as
    # enterprises, chain stores, e-commerce shops and manufacturers post them (尾货, 库存清仓, 临期, 同款).
    # Titles and descriptions read for goods, courses, jobs and sums alike.
    "need_title": ["{who}家要{name}", "帮{who}问问有没有{name}", "{who}托帮扶责任人找{name}", "求{name}（{who}）",
                   "{who}：{name}谁家有货"],
    "need_desc": ["{cause}，{name}有就行，不挑。", "{cause}，就认{name}，邻居家都说好。",
                  "{cause}，{name}在镇上问过，没着落。", "{cause}，{name}数量按上面填的，帮扶责任人代报。",
                  "{cause}，{name}要正规的，不要三无的。", "{cause}，{name}有门路的帮忙问问。", "{cause}。"],
    "negated": ["{other}上回团购已经买了", "{other}网上下单了，快递在路上", "{other}以旧换新换过了",
                "{other}家电下乡那年就买了", "{other}赶集时已经置办了", "{other}在店里赊过了，够用",
                "{other}厂家售后给换了新的", "{other}家里还囤着不少", "{other}是年货节抢的，还没拆",
                "{other}那单已经签收，这次只要{name}", "{other}亲戚开超市的给拿了", "{other}商家包邮寄到家了",
                "{other}用消费券买过了", "{other}同款家里已经有了", "{other}供销社已经配过了",
                "{other}买的那批还没用完"],
    "offer_title": ["{donor}库存清仓捐赠：{name}", "{donor}尾货处理｜{name}，定向捐困难户", "【{donor}】{name}公益专供",
                    "{name}（{donor}厂家直供）", "{donor}：{name}，按出厂价支援"],
    "offer_title_consumption": ["{donor}产地直采：{name}", "{donor}签约收购{name}（订单农业）",
                                "{donor}超市助农专柜上架{name}"],
    # Jobs, courses and stall tools alike; loan and insurance names carry their bank or insurer (农行, 人保
    # ...), so their titles need no donor.
    "offer_title_employment": ["就业帮扶｜{donor}提供{name}", "{donor}助力就业：{name}", "{name}（{donor}就业帮扶专供）"],
    "offer_title_finance": ["{name}（惠农专项）", "金融产品｜{name}", "{name}，手机银行线上申请"],
    "who": ["脱贫户老周", "监测户杨大姐", "独居的何奶奶", "低保户吴师傅", "搬迁户小韦家", "残疾人老钟", "脱贫户罗大哥"],
    "cause": ["家里旧的用了十几年坏了", "刚搬进安置点新房", "孩子考上了县一中", "老人常年吃药", "今年养了十几头猪",
              "开春要种地", "儿子在外打工，家里就老两口", "帮扶责任人入户时记下的"],
    "donor": ["惠民连锁超市", "某电商平台旗舰店", "品牌经销商", "厂家直营店", "县供销社", "批发市场商户",
              "电商平台自营仓", "连锁便利店总部", "商会会员企业"],
    "specs": BLIND16_SPECS,
}
# The parts blind16 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND16 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14")


def check_blind16() -> None:
    """Raise SystemExit if blind16 is not what its comment says (``_check_part_after`` tune … blind14, and
    every spec of ``BLIND16_SPECS`` belongs to a blind16 item)."""
    _check_part_after("blind16", BLIND16_CATALOGUE, BLIND16_BROAD, _PARTS_BEFORE_BLIND16, BLIND16_SPECS)


# The "blind17" part (written 2026-12-01 for issue 13 by someone who had not read the lexicon, the
# matcher's features, docs/matching.md or any part's records) in the national platform's own plain
# register, a voice no other part has: households' 微心愿 and needs as 中国社会扶贫网 shows them, written
# in the first person or by a 帮扶责任人 in short plain Mandarin (「我家孩子上初中了，想要X」「奶奶腿脚不便，
# 希望有X」「贫困户王某某因病致贫，需要X」), children's and old people's own words where they write
# (「X我已经有了，谢谢叔叔阿姨」「奶奶说X还能用，不用买」), and offers in the platform's standard words
# as 爱心人士, 党员 认领, 班级, 单位, 志愿者团队 and 爱心企业 post them (「认领微心愿：X一份」「爱心企业捐赠X」
# 「提供X若干」「消费扶贫认购X」). Ordinary everyday things, mostly ones no earlier part chose (针线包, 蒲扇,
# 搪瓷缸子, 蛤蜊油, 套袖, 红花油, 床上洗头盆, 宣纸, 葫芦丝, 魔方, 鸽苗, 竹鼠, 姜种, 育雏灯, 醪糟, 苞谷烧,
# 青砖, 烟囱, 沙发床, 菜罩, 滑梯, 凸面镜, 豆腐机, 透析费, 生日蛋糕, 风筝, 拍全家福 ...), each under 2-3
# everyday names. 128 items of all 11 categories (jobs, courses, home visits and photographs of kind
# "service", fees and funds of kind "cash"), 25 broader offers under names of their own, 14 negations and
# past mentions in the platform's voice (「X去年的微心愿已经实现了」「X已经有爱心人士认领了」「X的心愿上学期
# 就圆了」「X在社会扶贫网上已经对接成功」) and units that need converting: mass 斤 / 市斤 / 公斤 / kg / KG /
# 千克; packs and measures the catalogue fixes (包 = 0.5 kg 红糖, 罐 = 1 kg 醪糟, 坛 = 5 kg 苞谷烧, 捆 = 25 kg
# 苜蓿, 瓶 = 0.5 升 / 桶 = 2.5 升 酱油, 刀 = 100 张 宣纸, 箱 = 12 瓶 沐浴露, 对 = 2 只 鸽苗 / 竹鼠, 打 = 12 副 套袖, 包 = 5 双 鞋垫,
# 盒 = 5 支 蛤蜊油, 包 = 20 袋 板蓝根, 套 = 10 本 科普书, 盒 = 6 个 乒乓球, 套 = 4 个 调料盒, 根 = 6 米 钢管,
# 米 = 2 节 烟囱, 米 = 2 块 沟盖板, 千块 = 1000 块 青砖); volume (升 / L), area (平方米 / ㎡ / 平米), timber in
# 立方米 / 方 / m³, 元 / 块 / 万元; and 15 % of the mass-item offers in 份 (a 微心愿 portion of unknown weight,
# not comparable). Every size is exact in binary floating point (no 两 or 毫升), so no label turns on a
# rounding error. ``check_blind17`` checks it against the catalogues, groups and negation templates of tune
# … blind16 only, never the lexicon. Never tune on it.
BLIND17_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("KG", 1.0), ("斤 ", 0.5)]
_PERSONS17 = [("人", 1.0), ("名", 1.0), ("人次", 1.0)]
_YUAN17 = [("元", 1.0), ("块", 1.0), ("万元", 10000.0)]
_LITRES17 = [("升", 1.0), ("L", 1.0)]
_AREA17 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
_KG17 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0)]
BLIND17_CATALOGUE = [
    # 生活物资: the small things of a household's day, clothes for the cold, kitchen goods
    ("sewing17", "living", "goods", ["针线包", "缝衣服的针线", "针线盒"], ["家用针线包", "缝补针线盒套装"], ["个", "盒"], (1, 2)),
    ("scissors17", "living", "goods", ["剪刀", "剪子", "家用剪刀"], ["不锈钢剪刀", "爱心剪刀"], ["把"], (1, 2)),
    ("mat17", "living", "goods", ["凉席", "竹凉席", "席子"], ["竹丝凉席", "夏季凉席"], ["张", "床"], (1, 3)),
    ("palm_fan17", "living", "goods", ["蒲扇", "芭蕉扇", "大蒲扇"], ["手工蒲扇", "老式芭蕉扇"], ["把"], (1, 4)),
    ("straw_hat17", "living", "goods", ["草帽", "遮阳帽", "大草帽"], ["编织草帽", "防晒遮阳帽"], ["顶"], (1, 4)),
    ("hand_cream17", "living", "goods", ["蛤蜊油", "护手霜", "擦手油"], ["老牌蛤蜊油", "滋润护手霜"],
     [("支", 1.0), ("个", 1.0), ("盒", 5.0)], (2, 10)),
    ("long_johns17", "living", "goods", ["秋衣", "秋裤", "贴身穿的秋衣"], ["儿童秋衣秋裤套装", "纯棉秋衣秋裤"], ["套"], (1, 4)),
    ("vest17", "living", "goods", ["马甲", "棉马甲", "坎肩"], ["加绒棉马甲", "加厚棉坎肩"], ["件"], (1, 3)),
    ("insoles17", "living", "goods", ["鞋垫", "棉鞋垫", "绣花鞋垫"], ["加绒保暖鞋垫", "手工绣花鞋垫"],
     [("双", 1.0), ("包", 5.0)], (2, 10)),
    ("earmuffs17", "living", "goods", ["耳罩", "耳捂子", "护耳"], ["毛绒保暖耳罩", "冬季护耳罩"], ["副", "个"], (1, 3)),
    ("sleeves17", "living", "goods", ["套袖", "袖套", "护袖"], ["防污袖套", "劳保套袖"],
     [("副", 1.0), ("打", 12.0)], (2, 24)),
    ("enamel_mug17", "living", "goods", ["搪瓷缸子", "茶缸", "大茶缸子"], ["搪瓷茶缸", "老式搪瓷杯"], ["个", "只"], (1, 4)),
    ("canteen17", "living", "goods", ["军用水壶", "水壶", "上学带的水壶"], ["儿童水壶", "铝制军用水壶"], ["个"], (1, 3)),
    ("soy17", "living", "goods", ["酱油", "生抽", "老抽"], ["酿造酱油", "特级生抽"],
     _LITRES17 + [("瓶", 0.5), ("桶", 2.5)], (2, 10)),
    ("brown_sugar17", "living", "goods", ["红糖", "红砂糖", "土红糖"], ["古法红糖", "甘蔗红糖"],
     _KG17 + [("包", 0.5)], (2, 10)),
    ("lard17", "living", "goods", ["猪油", "荤油", "大油"], ["熬好的猪油", "土猪板油"], None, (5, 20)),
    ("shower_gel17", "living", "goods", ["沐浴露", "沐浴液", "洗澡的香波"], ["家庭装沐浴露", "爱心沐浴露"],
     [("瓶", 1.0), ("箱", 12.0)], (1, 4)),
    ("toilet_water17", "living", "goods", ["花露水", "驱蚊花露水", "止痒花露水"], ["经典花露水", "驱蚊止痒花露水"], ["瓶"], (1, 4)),
    ("storage_box17", "living", "goods", ["收纳箱", "整理箱", "储物箱"], ["塑料收纳箱", "大号整理箱"], ["个"], (1, 4)),
    ("basin17", "living", "goods", ["不锈钢盆", "塑料盆", "洗脸的盆子"], ["加厚不锈钢盆", "家用塑料盆"], ["个"], (1, 3)),
    # 医疗救助: medicines from the village clinic, care goods for the bedridden, two home services
    ("safflower_oil17", "medical", "goods", ["红花油", "活络油", "跌打油"], ["正骨红花油", "舒筋活络油"], ["瓶"], (1, 4)),
    ("cough17", "medical", "goods", ["咳嗽药", "止咳的药", "咳嗽糖浆"], ["川贝枇杷膏", "急支糖浆"], ["瓶", "盒"], (1, 4)),
    ("digest17", "medical", "goods", ["健胃消食片", "消食片", "助消化的药"], ["儿童健胃消食片", "消食健胃片"], ["盒"], (1, 6)),
    ("banlangen17", "medical", "goods", ["板蓝根", "板蓝根冲剂", "板蓝根颗粒"], ["板蓝根颗粒20袋装", "爱心板蓝根冲剂"],
     [("袋", 1.0), ("包", 20.0)], (20, 60)),
    ("chilblain17", "medical", "goods", ["冻疮膏", "冻疮药", "治冻疮的药膏"], ["儿童冻疮膏", "防冻裂膏"], ["支", "盒"], (1, 4)),
    ("posture17", "medical", "goods", ["矫姿带", "驼背矫正带", "背背佳"], ["儿童坐姿矫正带", "成人驼背矫正带"], ["条", "个"], (1, 2)),
    ("commode17", "medical", "goods", ["便携马桶", "床边坐便", "老人用的马桶椅"], ["老人可移动坐便器", "折叠便携马桶"],
     ["个", "台"], (1, 1)),
    ("hair_basin17", "medical", "goods", ["床上洗头盆", "洗头盆", "躺着洗头的盆"], ["充气洗头盆", "卧床洗头盆"], ["个"], (1, 1)),
    ("sore_mattress17", "medical", "goods", ["防褥疮床垫", "防压疮垫子", "充气防褥疮垫"], ["医用防褥疮气床垫", "波动式防褥疮垫"],
     ["张", "床"], (1, 1)),
    ("heat_pack17", "medical", "goods", ["热敷袋", "热敷包", "盐袋"], ["粗盐热敷包", "艾草热敷袋"], ["个", "只"], (1, 3)),
    ("oximeter17", "medical", "goods", ["血氧夹", "测血氧的夹子", "指夹血氧计"], ["指夹式血氧饱和度仪", "家用血氧仪夹"],
     ["个", "台"], (1, 1)),
    ("dentures17", "medical", "service", ["配假牙", "镶牙", "装假牙"], ["老人免费镶牙公益名额", "爱心义齿修复"], _PERSONS17, (1, 2)),
    ("physio17", "medical", "service", ["上门理疗", "推拿", "理疗"], ["康复科医生上门理疗", "中医推拿义诊"], _PERSONS17, (1, 2)),
    # 教育助学: a child's wish for drawing, calligraphy, music, play and reading
    ("watercolour17", "education", "goods", ["水彩颜料", "颜料", "画画的颜料"], ["24色水彩颜料", "学生水粉颜料套装"],
     ["盒", "套"], (1, 3)),
    ("ink17", "education", "goods", ["墨汁", "写毛笔字的墨", "书法墨水"], ["书法墨汁", "一得阁墨汁"], ["瓶"], (1, 3)),
    ("xuan_paper17", "education", "goods", ["宣纸", "毛边纸", "练毛笔字的纸"], ["书法练习宣纸", "四尺毛边纸"],
     [("张", 1.0), ("刀", 100.0)], (100, 400)),
    ("mistake_book17", "education", "goods", ["错题本", "纠错本", "改错本"], ["学生错题本", "爱心错题集本"],
     [("本", 1.0), ("包", 5.0)], (5, 20)),
    ("repeater17", "education", "goods", ["复读机", "随身听", "MP3"], ["英语学习复读机", "学生随身听"], ["台", "个"], (1, 1)),
    ("hulusi17", "education", "goods", ["葫芦丝", "学吹的葫芦丝", "巴乌"], ["初学者葫芦丝", "C调葫芦丝"], ["支", "个"], (1, 2)),
    ("guitar17", "education", "goods", ["吉他", "木吉他", "民谣吉他"], ["初学者民谣吉他", "41寸木吉他"], ["把", "个"], (1, 1)),
    ("cube17", "education", "goods", ["魔方", "三阶魔方", "玩的魔方"], ["比赛用三阶魔方", "益智魔方"], ["个"], (1, 3)),
    ("go17", "education", "goods", ["围棋", "一副围棋", "黑白棋子"], ["少儿围棋套装", "云子围棋"], ["副", "盒"], (1, 3)),
    ("science_books17", "education", "goods", ["科普书", "少儿百科", "百科全书"], ["少儿科普百科", "十万个为什么全套"],
     [("本", 1.0), ("套", 10.0)], (5, 30)),
    ("poems17", "education", "goods", ["唐诗三百首", "古诗书", "古诗词"], ["注音版唐诗三百首", "小学生必背古诗词"], ["本"], (1, 3)),
    ("pingpong17", "education", "goods", ["乒乓球", "乒乓球儿", "打乒乓的球"], ["三星乒乓球", "训练用乒乓球"],
     [("个", 1.0), ("盒", 6.0)], (6, 30)),
    ("sportswear17", "education", "goods", ["运动服", "球衣", "球服"], ["学生运动套装", "爱心运动服"], ["套", "件"], (1, 3)),
    ("volleyball17", "education", "goods", ["排球", "软式排球", "气排球"], ["中考用排球", "学生软式排球"], ["个"], (1, 3)),
    ("hula17", "education", "goods", ["呼啦圈", "呼拉圈", "转圈的呼啦圈"], ["可拆卸呼啦圈", "儿童呼啦圈"], ["个"], (1, 3)),
    # 产业发展: small livestock and their feed, seed for planting, small tools
    ("pigeon17", "production", "goods", ["鸽苗", "鸽子苗", "小鸽子"], ["白羽王鸽种苗", "种鸽子"],
     [("只", 1.0), ("对", 2.0)], (10, 60)),
    ("quail17", "production", "goods", ["鹌鹑", "鹌鹑崽", "鹌鹑仔"], ["鹌鹑种苗", "朝鲜鹌鹑种苗"], ["只", "羽"], (100, 500)),
    ("bamboo_rat17", "production", "goods", ["竹鼠", "竹鼠种", "竹溜子"], ["竹鼠种苗", "银星竹鼠"],
     [("只", 1.0), ("对", 2.0)], (2, 20)),
    ("rabbit17", "production", "goods", ["獭兔", "兔仔", "兔娃子"], ["獭兔种苗", "肉兔种兔"], ["只"], (5, 30)),
    ("alfalfa17", "production", "goods", ["苜蓿", "苜蓿干草", "牛羊草"], ["紫花苜蓿草捆", "优质苜蓿草捆"],
     [("公斤", 1.0), ("斤", 0.5), ("捆", 25.0)], (200, 1000)),
    ("bran17", "production", "goods", ["麸皮", "麦麸", "麦麸皮"], ["小麦麸皮", "喂猪的麸皮"], None, (50, 300)),
    ("garlic_seed17", "production", "goods", ["蒜种", "大蒜种", "蒜瓣种"], ["紫皮大蒜种", "独头蒜种"], None, (50, 300)),
    ("ginger_seed17", "production", "goods", ["姜种", "生姜种", "老姜种"], ["小黄姜种", "优质生姜种"], None, (100, 500)),
    ("peanut_seed17", "production", "goods", ["花生种", "花生种子", "种花生的种"], ["四粒红花生种", "大白沙花生种"], None, (10, 50)),
    ("brooder17", "production", "goods", ["育雏灯", "保温灯", "小鸡保温灯"], ["育雏取暖灯泡", "养殖保温灯"], ["个", "盏"], (2, 10)),
    ("feeder17", "production", "goods", ["鸡食槽", "喂鸡的槽子", "料槽子"], ["塑料鸡食槽", "养殖料槽"], ["个"], (5, 20)),
    ("chopper17", "production", "goods", ["柴刀", "砍刀", "弯刀"], ["锻打柴刀", "山林砍刀"], ["把"], (1, 3)),
    ("saw17", "production", "goods", ["手锯", "锯子", "钢锯"], ["园林手锯", "手工钢锯"], ["把"], (1, 2)),
    ("barrow17", "production", "goods", ["斗车", "手推斗车", "推土的车"], ["建筑用斗车", "加厚手推斗车"], ["辆", "台"], (1, 1)),
    # 消费扶贫: what the village sells and 消费扶贫 buyers take, mostly weighed
    ("ribs17", "consumption", "goods", ["腊排骨", "烟熏排骨", "腊排"], ["农家腊排骨", "柴火烟熏腊排"], None, (20, 200)),
    ("dried_tofu17", "consumption", "goods", ["豆腐干", "豆干", "香干"], ["手工豆腐干", "五香豆干"], None, (20, 200)),
    ("sweet_starch17", "consumption", "goods", ["红苕粉", "苕粉", "红薯淀粉"], ["农家红薯淀粉", "纯红苕粉"], None, (20, 200)),
    ("lotus17", "consumption", "goods", ["莲藕", "藕", "九孔藕"], ["塘藕", "新鲜莲藕"], None, (200, 2000)),
    ("chili_powder17", "consumption", "goods", ["辣椒面", "辣椒粉", "干海椒面"], ["石磨辣椒面", "农家辣椒粉"], None, (20, 200)),
    ("dry_greens17", "consumption", "goods", ["梅干菜", "霉干菜", "干菜"], ["农家梅干菜", "晒干的梅菜"], None, (20, 200)),
    ("termite_mushroom17", "consumption", "goods", ["鸡枞", "鸡枞菌", "伞把菇"], ["野生鸡枞菌", "油鸡枞"], None, (10, 100)),
    ("morel17", "consumption", "goods", ["羊肚菌", "羊肚菇", "干羊肚菌"], ["大棚羊肚菌", "羊肚菌干品"], None, (5, 50)),
    ("red_beans17", "consumption", "goods", ["红豆", "赤小豆", "红小豆"], ["农家红小豆", "赤小豆杂粮"], None, (50, 500)),
    ("persimmon17", "consumption", "goods", ["柿子", "火晶柿子", "软柿子"], ["临潼火晶柿子", "新鲜柿子"], None, (200, 2000)),
    ("pear17", "consumption", "goods", ["酥梨", "砀山梨", "梨子"], ["砀山酥梨", "新鲜梨子"], None, (500, 4000)),
    ("liquor17", "consumption", "goods", ["苞谷烧", "包谷酒", "土酒"], ["纯粮苞谷酒", "农家烤酒"],
     _KG17 + [("坛", 5.0)], (20, 200)),
    ("rice_wine17", "consumption", "goods", ["醪糟", "甜酒", "酒酿"], ["农家醪糟", "手工甜酒酿"],
     [("斤", 0.5), ("公斤", 1.0), ("罐", 1.0)], (5, 30)),
    # 住房安全: what a 危房改造 or a repair needs
    ("grey_brick17", "housing", "goods", ["青砖", "小青砖", "老青砖"], ["仿古青砖", "烧结青砖"],
     [("块", 1.0), ("千块", 1000.0)], (500, 5000)),
    ("fir17", "housing", "goods", ["杉木", "杉木料", "杉树木料"], ["杉木原木", "杉木板材"],
     [("立方米", 1.0), ("方", 1.0), ("m³", 1.0)], (1, 5)),
    ("steel_pipe17", "housing", "goods", ["钢管", "镀锌钢管", "铁管子"], ["镀锌管", "焊接钢管"],
     [("米", 1.0), ("根", 6.0)], (30, 200)),
    ("tie_wire17", "housing", "goods", ["铁丝", "扎丝", "铁丝子"], ["镀锌铁丝", "建筑扎丝"], None, (10, 50)),
    ("chimney17", "housing", "goods", ["烟囱", "烟筒", "烟囱管子"], ["不锈钢烟囱管", "加厚烟筒"],
     [("节", 1.0), ("米", 2.0)], (4, 20)),
    ("wood_stove17", "housing", "goods", ["柴火灶", "节柴灶", "灶台"], ["节能柴火灶", "省柴灶"], ["台", "口"], (1, 1)),
    ("exhaust_fan17", "housing", "goods", ["排气扇", "换气扇", "抽风的扇子"], ["厨房排气扇", "卫生间换气扇"], ["台", "个"], (1, 2)),
    ("shower17", "housing", "goods", ["花洒", "淋浴头", "洗澡的喷头"], ["淋浴花洒套装", "增压花洒"], ["个", "套"], (1, 2)),
    ("tube_light17", "housing", "goods", ["日光灯", "灯管", "日光灯管"], ["LED日光灯管", "T5一体化灯管"], ["根", "支"], (2, 10)),
    ("tin17", "housing", "goods", ["铁皮", "镀锌铁皮", "白铁皮"], ["镀锌白铁皮", "屋面铁皮"], _AREA17, (10, 60)),
    ("wallpaper17", "housing", "goods", ["墙纸", "壁纸", "贴墙纸"], ["自粘墙纸", "防水壁纸"], _AREA17, (20, 80)),
    # 易地搬迁: what a family needs in its new flat
    ("bunk17", "relocation", "goods", ["上下床", "子母床", "上下铺床"], ["实木上下床", "铁艺上下铺"], ["张", "套"], (1, 1)),
    ("sofa_bed17", "relocation", "goods", ["沙发床", "折叠沙发床", "能睡人的沙发"], ["两用沙发床", "布艺沙发床"], ["张"], (1, 1)),
    ("rice_bin17", "relocation", "goods", ["米桶", "装米的桶", "防潮米桶"], ["密封米桶", "厨房米桶"], ["个"], (1, 1)),
    ("spice_box17", "relocation", "goods", ["调料盒", "调料罐", "油盐罐"], ["厨房调料盒", "玻璃调料罐"],
     [("个", 1.0), ("套", 4.0)], (2, 8)),
    ("food_cover17", "relocation", "goods", ["菜罩", "饭罩", "防苍蝇的菜罩"], ["折叠菜罩", "家用饭菜罩"], ["个"], (1, 2)),
    ("oven17", "relocation", "goods", ["电烤箱", "烤箱", "烤东西的箱子"], ["家用电烤箱", "多功能烤箱"], ["台"], (1, 1)),
    ("hotpot17", "relocation", "goods", ["电火锅", "插电的火锅", "电热锅"], ["多功能电火锅", "家用电热火锅"], ["个", "台"], (1, 1)),
    ("set_top17", "relocation", "goods", ["机顶盒", "电视机顶盒", "电视盒子"], ["高清机顶盒", "户户通机顶盒"], ["台", "个"], (1, 1)),
    ("tablecloth17", "relocation", "goods", ["桌布", "餐桌布", "盖桌子的布"], ["防水桌布", "棉麻餐桌布"], ["块", "张"], (1, 2)),
    ("sofa_cover17", "relocation", "goods", ["沙发垫", "沙发套", "沙发罩"], ["四季沙发垫", "弹力沙发套"], ["套", "块"], (1, 2)),
    # 基础设施: what a village asks for its square, its roads and its hygiene
    ("slide17", "infrastructure", "goods", ["滑梯", "儿童滑梯", "组合滑梯"], ["户外组合滑梯", "幼儿园滑梯"], ["套", "座"], (1, 1)),
    ("bars17", "infrastructure", "goods", ["单双杠", "单杠", "双杠"], ["户外单双杠", "健身单杠"], ["套", "副"], (1, 2)),
    ("public_toilet17", "infrastructure", "goods", ["公厕", "公共厕所", "村口公厕"], ["装配式公厕", "生态公共厕所"],
     ["座", "个"], (1, 1)),
    ("refuse_room17", "infrastructure", "goods", ["垃圾屋", "垃圾房", "垃圾收集房"], ["分类垃圾房", "不锈钢垃圾屋"],
     ["座", "个"], (1, 2)),
    ("broadcast17", "infrastructure", "goods", ["应急广播", "村广播", "村里的大广播"], ["应急广播音柱", "村村通广播设备"],
     ["套"], (1, 2)),
    ("convex_mirror17", "infrastructure", "goods", ["凸面镜", "道路反光镜", "转弯镜子"], ["弯道广角镜", "交通凸面镜"],
     ["面", "块"], (1, 4)),
    ("bus_stop17", "infrastructure", "goods", ["公交站台", "站牌", "等车的棚子"], ["乡村候车站台", "公交站牌"],
     ["座", "个"], (1, 2)),
    ("ditch_cover17", "infrastructure", "goods", ["沟盖板", "水沟盖板", "排水沟盖板"], ["水泥沟盖板", "树脂沟盖板"],
     [("块", 1.0), ("米", 2.0)], (20, 100)),
    ("drying_floor17", "infrastructure", "goods", ["晒坝", "晒场", "晒粮场"], ["硬化晒坝", "水泥晒场"], _AREA17, (100, 600)),
    # 就业帮扶: jobs and courses (kind "service"), and machines for a small stall
    ("nanny17", "employment", "service", ["学当月嫂", "月嫂", "育婴师"], ["母婴护理免费培训", "育婴员培训班"], _PERSONS17, (1, 3)),
    ("guard17", "employment", "service", ["保安", "门卫", "看大门的活"], ["物业公司保安岗位", "园区门卫招聘"], _PERSONS17, (1, 3)),
    ("welder17", "employment", "service", ["电焊工", "焊工", "学电焊手艺"], ["焊接技能免费培训", "焊工免费培训班"],
     _PERSONS17, (1, 3)),
    ("carer17", "employment", "service", ["养老护理员", "护工", "在养老院干活"], ["养老院护理员岗位", "医院护工招聘"],
     _PERSONS17, (1, 3)),
    ("embroidery17", "employment", "service", ["绣花", "刺绣", "在家做刺绣"], ["居家刺绣来料加工", "手工刺绣订单"],
     _PERSONS17, (1, 3)),
    ("candy_floss17", "employment", "goods", ["棉花糖机", "做棉花糖的机器", "打棉花糖的机子"], ["商用棉花糖机", "摆摊棉花糖机"],
     ["台"], (1, 1)),
    ("tofu_machine17", "employment", "goods", ["豆腐机", "做豆腐的机器", "磨豆腐机"], ["全自动豆腐机", "小型豆腐机"], ["台"], (1, 1)),
    # 金融信贷: money for treatment, school and a start (kind "cash")
    ("surgery17", "finance", "cash", ["手术费", "做手术的钱", "开刀的钱"], ["大病手术救助款", "爱心手术费资助"],
     _YUAN17, (5000, 30000)),
    ("dialysis17", "finance", "cash", ["透析费", "透析的钱", "洗肾的钱"], ["尿毒症透析救助金", "透析费用资助"], _YUAN17, (1000, 8000)),
    ("lunch_fee17", "finance", "cash", ["午餐费", "伙食费", "在学校吃饭的钱"], ["爱心午餐资助", "学生伙食补助"], _YUAN17, (500, 2000)),
    ("fare17", "finance", "cash", ["上学路费", "车费", "去学校的路费"], ["新生入学路费资助", "返校路费补助"], _YUAN17, (200, 1500)),
    ("heating_fee17", "finance", "cash", ["取暖费", "冬天烤火的钱", "烧暖气的钱"], ["冬季取暖补助金", "爱心取暖费"],
     _YUAN17, (300, 2000)),
    ("seed_money17", "finance", "cash", ["养殖本钱", "种植本钱", "创业资金"], ["产业发展启动资金", "创业扶持资金"],
     _YUAN17, (5000, 20000)),
    # 其他: a child's birthday and toys, an old person's pastimes, a photograph and a haircut
    ("cake17", "other", "goods", ["生日蛋糕", "蛋糕", "过生日的蛋糕"], ["爱心生日蛋糕", "奶油生日蛋糕"], ["个"], (1, 1)),
    ("plush17", "other", "goods", ["毛绒公仔", "布娃娃", "玩具熊"], ["毛绒玩偶", "泰迪熊公仔"], ["个", "只"], (1, 2)),
    ("rc_car17", "other", "goods", ["遥控车", "玩具汽车", "玩具车"], ["儿童遥控汽车", "充电遥控车"], ["辆", "个"], (1, 1)),
    ("scooter17", "other", "goods", ["滑板车", "儿童滑板车", "踩的滑板车"], ["三轮儿童滑板车", "可折叠滑板车"], ["辆", "个"], (1, 1)),
    ("skates17", "other", "goods", ["轮滑鞋", "溜冰鞋", "旱冰鞋"], ["儿童轮滑鞋", "可调节溜冰鞋"], ["双"], (1, 1)),
    ("kite17", "other", "goods", ["风筝", "大风筝", "放的风筝"], ["潍坊风筝", "卡通风筝"], ["个", "只"], (1, 2)),
    ("phone_watch17", "other", "goods", ["电话手表", "儿童手表", "能打电话的手表"], ["儿童定位电话手表", "小天才电话手表"],
     ["块", "个"], (1, 1)),
    ("story_player17", "other", "goods", ["听书机", "评书机", "老人听书机"], ["老年听戏听书机", "插卡评书机"], ["台", "个"], (1, 1)),
    ("family_photo17", "other", "service", ["拍全家福", "全家福", "照一张全家福"], ["免费拍摄全家福", "志愿者上门拍全家福"],
     ["次", "户"], (1, 1)),
    ("haircut17", "other", "service", ["上门理发", "剃头", "理发"], ["志愿者上门理发", "爱心义剪"], _PERSONS17, (1, 3)),
]
# Broader offers under names of the platform's own (心愿包, 礼包, 扶贫产品 ...). generate() gives a broader
# offer's unit size 1 and counts it as kg for mass items: groups covering a weighed item are offered in
# 公斤 (size 1 for every covered item that has pack units), the others in a unit of size 1 for every
# covered item that counts in it, or in one none of them uses (not comparable, relevance 2).
BLIND17_BROAD = [
    ("warm_wish17", "living", ["冬日暖心包", "暖冬心愿包"],
     ["long_johns17", "vest17", "insoles17", "earmuffs17"], ["份"]),
    ("toiletries17", "living", ["洗护用品", "个人洗护包"], ["hand_cream17", "shower_gel17", "toilet_water17"], ["份"]),
    ("condiments17", "living", ["油盐酱醋", "调味品"], ["soy17", "brown_sugar17", "lard17"], ["公斤"]),
    ("summer17", "living", ["清凉度夏包", "防暑降温用品"],
     ["mat17", "palm_fan17", "straw_hat17", "toilet_water17"], ["份"]),
    ("care17", "medical", ["老人护理用品", "卧床护理用具"],
     ["commode17", "hair_basin17", "sore_mattress17", "heat_pack17", "oximeter17"], ["件"]),
    ("home_meds17", "medical", ["家庭常用药", "村医常备药品"],
     ["safflower_oil17", "cough17", "digest17", "banlangen17", "chilblain17"], ["份"]),
    ("art17", "education", ["美术书法用品", "画画写字用品"], ["watercolour17", "ink17", "xuan_paper17"], ["份"]),
    ("music17", "education", ["音乐课器材", "爱心乐器"], ["hulusi17", "guitar17"], ["件"]),
    ("sports17", "education", ["体育活动用品", "阳光体育器材"],
     ["pingpong17", "volleyball17", "hula17", "sportswear17"], ["份"]),
    ("reading17", "education", ["少儿读物", "爱心图书角"], ["science_books17", "poems17"], ["本"]),
    ("small_stock17", "production", ["小畜禽种苗", "庭院养殖种苗"],
     ["pigeon17", "quail17", "bamboo_rat17", "rabbit17"], ["只"]),
    ("planting_seed17", "production", ["春播良种", "大田用种"],
     ["garlic_seed17", "ginger_seed17", "peanut_seed17"], ["公斤"]),
    ("forage17", "production", ["牛羊饲草料", "精粗饲料"], ["alfalfa17", "bran17"], ["公斤"]),
    ("hand_tools17", "production", ["山林小农具", "上山干活的工具"], ["chopper17", "saw17", "barrow17"], ["件"]),
    ("poverty_goods17", "consumption", ["扶贫产品", "消费扶贫产品"],
     ["ribs17", "dried_tofu17", "sweet_starch17", "lotus17", "chili_powder17", "dry_greens17", "red_beans17",
      "persimmon17", "pear17", "liquor17", "rice_wine17"], ["公斤"]),
    ("wild_fungi17", "consumption", ["菌菇山货", "山里的菌子"], ["termite_mushroom17", "morel17"], ["公斤"]),
    ("repair17", "housing", ["危房修缮材料", "修房子的材料"],
     ["grey_brick17", "fir17", "steel_pipe17", "tin17", "wallpaper17"], ["批"]),
    ("kitchen_bath17", "housing", ["灶改厕改配件", "厨卫改造配件"],
     ["chimney17", "wood_stove17", "exhaust_fan17", "shower17", "tube_light17"], ["件"]),
    ("new_home17", "relocation", ["乔迁新居礼包", "搬新家用品"],
     ["bunk17", "sofa_bed17", "rice_bin17", "spice_box17", "food_cover17", "tablecloth17", "sofa_cover17"],
     ["份"]),
    ("fitness17", "infrastructure", ["村级健身娱乐设施", "文化广场器材"], ["slide17", "bars17"], ["套"]),
    ("training17", "employment", ["技能培训班", "免费学手艺"], ["nanny17", "welder17"], ["人"]),
    ("jobs17", "employment", ["就业岗位推荐", "招工信息"], ["guard17", "carer17"], ["人"]),
    ("medical_aid17", "finance", ["医疗救助款", "大病救助金"], ["surgery17", "dialysis17"], ["元"]),
    ("school_aid17", "finance", ["助学资助款", "爱心助学款"], ["lunch_fee17", "fare17"], ["元"]),
    ("children_day17", "other", ["六一礼物", "儿童节礼物"],
     ["plush17", "rc_car17", "scooter17", "skates17", "kite17"], ["份"]),
]
TEMPLATES["blind17"] = {
    # Needs as a household writes its 微心愿 on the platform, in the first person or by its 帮扶责任人,
    # and offers in the platform's standard words (认领微心愿, 爱心捐赠, 提供…若干, 消费扶贫认购).
    "need_title": ["{who}的微心愿：{name}", "微心愿｜想要{name}", "我想要{name}", "希望有{name}（{who}）",
                   "{who}需要{name}"],
    "need_desc": ["{cause}，想要{name}。", "{cause}，希望有{name}，谢谢好心人。", "{cause}，需要{name}，请帮帮我们。",
                  "{cause}，我的心愿是{name}。", "{cause}，{name}是我们家最大的心愿。", "{cause}。"],
    "negated": ["{other}去年的微心愿已经实现了", "{other}已经有爱心人士认领了", "{other}我已经有了，谢谢叔叔阿姨",
                "{other}学校发过了", "{other}结对帮扶的干部上次带来了", "奶奶说{other}还能用，不用买",
                "{other}爸爸过年回来已经买了", "{other}的心愿上学期就圆了", "{other}不用捐了，家里够用",
                "{other}党员认领过了，已经送到家", "去年六一收到过{other}", "{other}在社会扶贫网上已经对接成功",
                "{other}这次就不报了", "{other}先不要，最想要的是{name}"],
    "offer_title": ["认领微心愿：{name}一份（{donor}）", "{donor}认领微心愿｜{name}", "{donor}爱心捐赠{name}",
                    "{donor}提供{name}若干", "党员认领：{name}（{donor}）"],
    "offer_title_consumption": ["{donor}消费扶贫认购{name}", "扶贫产品认购：{name}（{donor}）", "{donor}以购代帮：{name}"],
    "offer_title_employment": ["就业帮扶：{donor}提供{name}", "{donor}助力就业，提供{name}", "{name}（{donor}发布）"],
    "offer_title_finance": ["{donor}爱心捐款：{name}", "{name}（{donor}捐助）", "{donor}发起爱心帮扶：{name}"],
    "who": ["贫困户王某某", "脱贫户刘某", "留守儿童小雨", "五年级学生小杰", "独居老人陈奶奶", "残疾人张某某",
            "监测户赵某某", "低保户孙大爷"],
    "cause": ["我家孩子上初中了", "奶奶腿脚不便", "我今年上三年级，爸爸妈妈在外地打工", "因病致贫，家里就靠低保过日子",
              "爷爷一个人住，年纪大了", "帮扶责任人走访了解到", "家里房子老了", "我是留守儿童，跟着奶奶生活",
              "老伴瘫在床上好几年了"],
    "donor": ["党员志愿者", "实验小学四（2）班", "县税务局党支部", "爱心人士王女士", "青年志愿者服务队", "某公司工会",
              "巾帼志愿服务队", "退役军人志愿服务队", "爱心企业", "县直机关党员"],
}
# The parts blind17 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND17 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16")


def _group_unit_problems(catalogue, broad) -> list[str]:
    """Problems of a part's unit sizes: ``[]`` when every count unit's size is positive and no broader offer's
    unit makes a label wrong.

    generate() gives a broader offer's unit size 1 and counts it as kg for a weighed item (``None`` units), so
    a group covering a weighed item must be in 公斤, and a group unit an item counts in must have size 1 there.
    """
    sizes = {c[0]: dict(u if isinstance(u, tuple) else (u, 1.0) for u in c[5]) if c[5] else None
             for c in catalogue}
    problems = [f"{k}: unit {u} of size {s}" for k, units in sizes.items() if units
                for u, s in units.items() if s <= 0]
    for key, _, _, covered, units in broad:
        problems += [f"group {key} in {u}: not comparable as labelled for {k}" for k in covered for u in units
                     if (sizes[k] is None and u != "公斤") or (sizes[k] or {}).get(u, 1.0) != 1.0]
    return problems


def _written_before(parts) -> tuple[tuple, tuple]:
    """The catalogues and the broader-offer lists of the named earlier ``parts``, as two tuples.

    tune and heldout share CATALOGUE and BROAD, unseen is ``_unseen_catalogue()``, and every blindN part has
    its module-level BLINDN_CATALOGUE and BLINDN_BROAD; a name without them raises KeyError.
    """
    shared = {"tune": (CATALOGUE, BROAD), "heldout": (CATALOGUE, BROAD), "unseen": _unseen_catalogue()}
    pairs = [shared.get(part) or (globals()[f"{part.upper()}_CATALOGUE"], globals()[f"{part.upper()}_BROAD"])
             for part in parts]
    return tuple(c for c, _ in pairs), tuple(b for _, b in pairs)


def _check_part_after(part: str, catalogue, broad, before, specs=()) -> None:
    """Raise SystemExit if ``part``, written without reading the lexicon after the parts named in ``before``,
    is not what its comment says.

    Checked with ``_check_written_alone`` against the catalogues and broader offers of ``before`` (never
    lexicon.tsv); besides: no item name is an earlier group name; at least 70 items and 10 broader offers;
    at least 10 negation templates (``TEMPLATES[part]["negated"]``), none one of ``before``'s (compared
    without placeholders, ``_template_cue``); every key of ``specs`` (the part's item specifications, a
    mapping keyed by item key; none by default) is an item of ``catalogue``; and ``_group_unit_problems``
    finds nothing.
    """
    catalogues, groups = _written_before(before)
    _check_written_alone(part, catalogue, broad, catalogues, groups)
    names = {n for c in catalogue for n in c[3] + c[4]}
    problems = [f"item name is an earlier group name: {n}"
                for n in sorted(names & {n for gs in groups for g in gs for n in g[2]})]
    if len(catalogue) < 70 or len(broad) < 10:
        problems.append(f"{len(catalogue)} items and {len(broad)} broader offers")
    negated = TEMPLATES[part]["negated"]
    earlier = {_template_cue(x) for name in before for x in TEMPLATES[name]["negated"]}
    problems += [f"negation template of an earlier part: {x}" for x in negated if _template_cue(x) in earlier]
    if len(negated) < 10:
        problems.append(f"only {len(negated)} negation templates")
    problems += [f"spec of an unknown item: {k}" for k in sorted(set(specs) - {c[0] for c in catalogue})]
    problems += _group_unit_problems(catalogue, broad)
    if problems:
        raise SystemExit(f"{part}: " + "; ".join(problems))


def check_blind17() -> None:
    """Raise SystemExit if blind17 is not what its comment says (``_check_part_after`` tune … blind16)."""
    _check_part_after("blind17", BLIND17_CATALOGUE, BLIND17_BROAD, _PARTS_BEFORE_BLIND17)


# The "blind18" part (written 2026-12-01 for issue 13 by someone who had not read the lexicon, the
# matcher's features, docs/matching.md or any part's records) in two registers that name the same things
# differently, a voice no other part has: offers written from standard catalogues and professional lists
# (政府采购 物资目录 lines, 康复辅助器具 class names in the GB/T 16432 style, 农资 and 兽药 standard names,
# 教育装备 lists, 建材 and 家电 standard product names, 卫健 / 民政 / 应急 supplies lists: 「手动轮椅车（符合GB/T
# 13800）」「通用硅酸盐水泥（GB 175 P·O 42.5）」「伊维菌素注射液（兽药，规格：50ml:0.5g）」), and needs written by
# households, caregivers and 村医 in plain or colloquial words that describe the thing by its use, its look
# or its local name, mostly never naming the catalogue term (老人扶着挪步的四条腿架子, 灭火的红瓶子, 走夜路照亮的
# 电棒, 撒麦地的白肥, 接雨水的水窖). 81 items of all 11 categories (trainings and 公益性岗位 of kind "service",
# loans, insurance and 救助 money of kind "cash"), 19 broader offers under list headings (康复辅助器具适配,
# 村卫生室基本医疗设备, 义务教育学生装备, 动物防疫物资, 农房抗震改造材料, 安置房生活配套, 农村人饮工程物资,
# 自然灾害救助物资, 社会救助资金 ...), 16 negations and past mentions in the households' and 村医's words
# (「X村医上回背来过了」「X残联的人上门给配了」「X救灾那阵分过了」「X还是好的，能凑合使」「X是够的，就差Y」) and
# units that need converting: mass 斤 / 市斤 / 公斤 / 「公斤 」 / kg / KG / 千克; packs the catalogue fixes (袋 = 25 kg
# 面粉, 袋 = 40 kg 尿素 / 饲料, 袋 = 50 kg 复合肥 / 水泥, 卷 = 20 kg 地膜, 吨, 罐 = 0.25 kg 茶, 瓶 = 0.5 kg 蜂蜜, 袋 =
# 0.25 kg 木耳, 桶 = 5 升 油, 盒 = 50 只 口罩, 瓶 = 500 毫升 碘伏 and 升 = 1000 毫升, 盒 = 10 支 体温计, 盒 = 50 条
# 试纸, 盒 = 10 / 打 = 12 支 铅笔, 瓶 = 1000 羽份 疫苗, 盒 = 10 瓶 驱虫药, 盒 = 30 枚 鸭蛋, 箱 = 48 / 条 = 2 块 肥皂,
# 卷 = 10 ㎡ 防水卷材, 盘 = 100 米 水管, 千块 砖); the region's measure words (担 = 50 kg 花生, 匹 for bricks as 西南
# says it, 口 for a 水窖, 具 for an extinguisher, 尺 / 米 = 3 尺 / 丈 = 10 尺 for curtain cloth), volume (升 / L / 毫升 /
# ml), area (平方米 / ㎡ / 平), 立方米 / 方 / m³, 元 / 块 / 万元; and 15 % of the mass-item offers in 批次 (a
# procurement lot of unknown weight, not comparable). Every size is exact in binary floating point.
# ``check_blind18`` checks it against the catalogues, groups and negation templates of tune … blind16 only,
# never the lexicon. Never tune on it.
BLIND18_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("KG", 1.0), ("公斤 ", 1.0)]
_KG18 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0)]
_PERSONS18 = [("人", 1.0), ("名", 1.0), ("人次", 1.0)]
_YUAN18 = [("元", 1.0), ("块", 1.0), ("万元", 10000.0)]
_AREA18 = [("平方米", 1.0), ("㎡", 1.0), ("平", 1.0)]
BLIND18_CATALOGUE = [
    # 生活物资: 民政 救灾 and 救助 supplies, grain and oil, household goods
    ("quilt18", "living", "goods", ["冬天盖的棉花被", "盖着暖和的厚被窝", "压得住寒的大被"],
     ["救灾棉被（符合GB/T 22796）", "棉被（规格：200×230cm，填充2.5kg）"], ["床", "条"], (1, 4)),
    ("blanket18", "living", "goods", ["搭身上的毯子", "盖腿的毛毯子"],
     ["救灾毛毯（民政救灾物资目录）", "腈纶毛毯（规格：150×200cm）"], ["条", "床"], (1, 4)),
    ("greatcoat18", "living", "goods", ["过冬穿的长棉袄", "厚实的大衣裳", "能裹住腿的棉大衣"],
     ["防寒棉大衣（符合GB/T 2662）", "救灾棉大衣（规格：均码）"], ["件"], (1, 4)),
    ("rice18", "living", "goods", ["煮饭的白米", "一袋袋的米", "蒸饭的米"],
     ["大米（GB/T 1354 一级粳米）", "籼米（规格：25kg/袋，一级）"], None, (20, 100)),
    ("flour18", "living", "goods", ["蒸馍的白面", "擀面条的面", "包饺子的面粉"],
     ["小麦粉（GB/T 1355 标准粉）", "特制一等小麦粉（规格：25kg/袋）"], _KG18 + [("袋", 25.0)], (25, 150)),
    ("oil18", "living", "goods", ["炒菜的菜油", "榨的菜籽香油"],
     ["食用植物调和油（GB 2716）", "压榨菜籽油（规格：5L/桶）"], [("升", 1.0), ("L", 1.0), ("桶", 5.0)], (5, 30)),
    ("heater18", "living", "goods", ["插电烤火的", "屋里取暖的电炉子", "烤手烤脚的电火盆"],
     ["室内加热器（GB 4706.23）", "对流式电暖器（规格：2000W）"], ["台"], (1, 2)),
    ("thermos18", "living", "goods", ["装开水的暖壶", "灌开水的暖水瓶子"],
     ["玻璃保温瓶（GB/T 11416）", "保温瓶（规格：3.2L）"], ["个", "只"], (1, 3)),
    ("net18", "living", "goods", ["床上挡蚊子的罩子", "挂床上的纱帐子"],
     ["聚乙烯长效蚊帐（规格：1.5m床）", "防蚊帐（爱国卫生运动物资）"], ["顶", "床"], (1, 3)),
    ("soap18", "living", "goods", ["洗衣服搓的肥皂块", "黄色的臭肥皂", "搓衣裳的胰子"],
     ["洗衣皂（QB/T 2486）", "皂类洗涤用品（规格：238g/块）"], [("块", 1.0), ("条", 2.0), ("箱", 48.0)], (4, 48)),
    # 医疗救助: assistive devices by their class, 村卫生室 equipment and consumables
    ("wheelchair18", "medical", "goods", ["推着坐的带轮子椅子", "瘫了出门坐的车"],
     ["手动轮椅车（符合GB/T 13800）", "康复辅助器具 12 22 手动轮椅车"], ["辆", "台"], (1, 1)),
    ("walker18", "medical", "goods", ["老人扶着挪步的四条腿架子", "学走路扶的铁架子"],
     ["框式助行器（GB/T 16432 类目 12 06）", "助行架（规格：铝合金，可调高）"], ["个", "台"], (1, 2)),
    ("commode18", "medical", "goods", ["坐着方便的马桶椅", "卧床老人解手用的椅子"],
     ["坐便椅（康复辅助器具 09 12）", "带便桶的坐厕椅（规格：可折叠）"], ["把", "个"], (1, 1)),
    ("air_bed18", "medical", "goods", ["防止长疮的充气床垫", "瘫床上防压烂的垫子"],
     ["防压疮充气床垫（类目 04 33）", "交替式压力气垫床（规格：含充气泵）"], ["张", "套"], (1, 1)),
    ("hearing18", "medical", "goods", ["塞耳朵里听声的小机器", "耳聋戴的放声器"],
     ["耳背式助听器（类目 22 06）", "盒式助听器（规格：双耳验配）"], ["副", "个"], (1, 2)),
    ("thermometer18", "medical", "goods", ["量体温夹胳肢窝的", "测发烧的表"],
     ["医用电子体温计（GB/T 21416）", "医用体温计（规格：腋下型）"], [("支", 1.0), ("盒", 10.0)], (5, 40)),
    ("mask18", "medical", "goods", ["戴嘴上防病的口罩子", "看病戴的蓝口罩"],
     ["医用外科口罩（YY 0469）", "一次性使用医用口罩（规格：50只/盒）"], [("只", 1.0), ("盒", 50.0)], (100, 2000)),
    ("iodine18", "medical", "goods", ["擦伤口的黄药水", "抹伤口消毒的碘水"],
     ["聚维酮碘溶液（规格：500ml/瓶）", "皮肤黏膜消毒液（卫健基层消杀物资）"],
     [("毫升", 1.0), ("ml", 1.0), ("瓶", 500.0), ("升", 1000.0)], (500, 5000)),
    ("strips18", "medical", "goods", ["扎手指测糖用的纸条", "测血糖机子配的条子"],
     ["血糖试纸（规格：50条/盒）", "血糖测试条（卫健慢病管理物资）"], [("条", 1.0), ("片", 1.0), ("盒", 50.0)], (50, 300)),
    ("stethoscope18", "medical", "goods", ["听心跳听肺的听筒", "大夫挂脖子上的听管"],
     ["双用听诊器（卫生院基本设备目录）", "听诊器（规格：双面听头）"], ["个", "副"], (1, 2)),
    # 教育助学: 教育装备 lists and school supplies
    ("desk18", "education", "goods", ["娃写字趴的桌子凳子", "学生做作业的桌椅"],
     ["单人课桌椅（GB/T 3976 5号）", "可升降学生课桌椅（教育装备目录）"], ["套"], (1, 2)),
    ("lamp18", "education", "goods", ["晚上写字照亮的灯", "娃看书不伤眼的灯"],
     ["读写作业台灯（GB/T 9473 AA级）", "LED读写台灯（规格：5W）"], ["台", "盏"], (1, 2)),
    ("bag18", "education", "goods", ["娃背书的包包", "上学背的布包"],
     ["学生用书包（GB 21027 学生用品安全通用要求）", "减负双肩书包（规格：容量20L）"], ["个"], (1, 3)),
    ("dictionary18", "education", "goods", ["查字的厚书", "娃认字查的字典"],
     ["《新华字典》（第12版，教育装备图书目录）", "小学生规范字典（规格：大32开）"], ["本", "册"], (1, 3)),
    ("uniform18", "education", "goods", ["上学穿的校衣", "学校统一穿的衣裳"],
     ["中小学生校服（GB/T 31888）", "学生装（规格：春秋两件套）"], ["套"], (1, 3)),
    ("ball18", "education", "goods", ["娃们投篮的球", "拍着玩的大皮球"],
     ["篮球（7号，教育装备体育器材目录）", "橡胶篮球（规格：5号）"], ["个", "只"], (1, 5)),
    ("organ18", "education", "goods", ["学校上音乐课弹的琴", "按键会响的琴"],
     ["电子琴（61键，中小学音乐器材目录）", "教学用电子琴（规格：力度键盘）"], ["台", "架"], (1, 1)),
    ("pencil18", "education", "goods", ["写字的木头笔", "娃写作业削的笔"],
     ["HB铅笔（GB/T 26704）", "六角木杆铅笔（规格：HB，10支/盒）"], [("支", 1.0), ("盒", 10.0), ("打", 12.0)], (10, 60)),
    # 产业发展: 农资 and 兽药 standard names, seed by its standard, breeding stock, a sprayer
    ("urea18", "production", "goods", ["追苗的白颗粒肥", "撒麦地的白肥"],
     ["尿素（GB/T 2440 农业用，总氮≥46%）", "农用尿素（规格：40kg/袋）"], _KG18 + [("袋", 40.0), ("吨", 1000.0)], (80, 800)),
    ("compound18", "production", "goods", ["复混的颗粒肥", "种苞谷下的底肥"],
     ["复合肥料（GB/T 15063 N-P₂O₅-K₂O 15-15-15）", "掺混肥料（规格：50kg/袋）"], _KG18 + [("袋", 50.0)], (100, 1000)),
    ("mulch18", "production", "goods", ["盖地保墒的薄膜", "铺苞谷地的白塑料"],
     ["聚乙烯吹塑农用地面覆盖薄膜（GB 13735）", "农用地膜（规格：厚度0.01mm）"], _KG18 + [("卷", 20.0)], (20, 200)),
    ("corn_seed18", "production", "goods", ["种苞谷的种子", "点玉麦的种"],
     ["玉米杂交种（GB 4404.1 二级）", "包衣玉米种子（规格：1kg/袋）"], None, (10, 50)),
    ("seed_potato18", "production", "goods", ["留种的小土豆", "切块下种的洋芋蛋"],
     ["脱毒马铃薯种薯（GB 18133 一级种）", "马铃薯原种（规格：50～150g/粒）"], None, (200, 1000)),
    ("dewormer18", "production", "goods", ["给羊打虫的药", "牛羊肚里驱虫的"],
     ["伊维菌素注射液（兽药，规格：50ml:0.5g）", "阿苯达唑片（兽用驱虫药）"], [("瓶", 1.0), ("盒", 10.0)], (2, 20)),
    ("vaccine18", "production", "goods", ["鸡防瘟打的针水", "滴鸡鼻子的苗子"],
     ["鸡新城疫、传染性支气管炎二联活疫苗（La Sota株+H120株）", "新城疫活疫苗（规格：1000羽份/瓶）"],
     [("羽份", 1.0), ("瓶", 1000.0)], (500, 5000)),
    ("feed18", "production", "goods", ["喂猪的颗粒饲料", "催肥猪的料"],
     ["育肥猪配合饲料（GB 13078）", "生长育肥猪配合饲料（规格：40kg/袋）"], _KG18 + [("袋", 40.0)], (200, 1200)),
    ("sprayer18", "production", "goods", ["背着打药的桶", "打农药的喷壶"],
     ["背负式喷雾器（农机购置补贴目录）", "背负式电动喷雾器（规格：16L）"], ["台", "个"], (1, 2)),
    ("ewe18", "production", "goods", ["下崽的母山羊", "养着生羔的母羊"],
     ["黑山羊基础母羊（种畜禽目录）", "能繁母羊（规格：体重≥25kg）"], ["只", "头"], (2, 10)),
    # 消费扶贫: produce under the 采购目录's standard names
    ("tea18", "consumption", "goods", ["山上采的老茶叶", "自家炒的青茶"],
     ["绿茶（GB/T 14456.1 特级）", "炒青绿茶（规格：250g/罐）"], _KG18 + [("罐", 0.25)], (10, 100)),
    ("honey18", "consumption", "goods", ["自家养蜂割的糖", "崖上的野蜂糖"],
     ["蜂蜜（GB 14963）", "百花蜜（规格：500g/瓶）"], _KG18 + [("瓶", 0.5)], (20, 200)),
    ("bacon18", "consumption", "goods", ["熏的老腊肉", "挂灶头上熏的肉"],
     ["腌腊肉制品（GB 2730）", "烟熏腊肉（规格：真空包装500g）"], None, (20, 300)),
    ("fungus18", "consumption", "goods", ["晒干的黑耳子", "木头上长的耳子"],
     ["黑木耳（GB/T 6192 一级）", "干制黑木耳（规格：250g/袋）"], _KG18 + [("袋", 0.25)], (10, 100)),
    ("chili18", "consumption", "goods", ["晒干的辣子", "红辣角", "串起来晒的干辣椒串"],
     ["干制红辣椒（等级：一级）", "干辣椒（规格：去柄，含水≤14%）"], None, (50, 500)),
    ("duck_egg18", "consumption", "goods", ["水塘里放养鸭下的蛋", "腌咸蛋用的鸭蛋"],
     ["鲜鸭蛋（GB 2749 蛋与蛋制品）", "鸭蛋（规格：30枚/盒）"], [("枚", 1.0), ("个", 1.0), ("盒", 30.0)], (300, 3000)),
    ("peanut18", "consumption", "goods", ["地里刨的带壳花生", "炒着吃的落花生"],
     ["花生果（GB/T 1532）", "带壳花生（规格：一级，含水≤10%）"], _KG18 + [("担", 50.0)], (200, 2000)),
    # 住房安全: 建材 standard product names
    ("cement18", "housing", "goods", ["砌墙和泥的灰", "抹墙的灰面子"],
     ["通用硅酸盐水泥（GB 175 P·O 42.5）", "复合硅酸盐水泥（规格：50kg/袋）"],
     [("袋", 50.0), ("吨", 1000.0), ("公斤", 1.0)], (500, 5000)),
    ("brick18", "housing", "goods", ["砌墙的红砖头", "烧出来的土砖块"],
     ["烧结普通砖（GB/T 5101 MU10）", "页岩实心砖（规格：240×115×53mm）"],
     [("块", 1.0), ("匹", 1.0), ("千块", 1000.0)], (1000, 10000)),
    ("roof18", "housing", "goods", ["盖房顶的铁皮瓦", "屋顶挡雨的彩色铁皮"],
     ["彩色涂层钢板（GB/T 12754）", "彩钢压型板（规格：厚0.4mm）"], _AREA18, (30, 200)),
    ("felt18", "housing", "goods", ["房顶防漏铺的黑毡", "补漏的沥青卷子"],
     ["SBS改性沥青防水卷材（GB 18242）", "弹性体改性沥青防水卷材（规格：10㎡/卷）"], _AREA18 + [("卷", 10.0)], (20, 200)),
    ("door18", "housing", "goods", ["防贼的铁皮门", "进户的结实门"],
     ["防盗安全门（GB 17565 乙级）", "钢质入户门（规格：960×2050mm）"], ["樘", "扇"], (1, 2)),
    ("window18", "housing", "goods", ["透亮挡风的窗子", "关得严的玻璃窗扇"],
     ["铝合金窗（GB/T 8478）", "中空玻璃平开窗（规格：1.5m×1.2m）"], ["樘", "扇"], (2, 6)),
    ("timber18", "housing", "goods", ["做房梁檩子的木头", "盖房的杉木料"],
     ["针叶树锯材（GB/T 153）", "杉木板方材（规格：4m长）"], [("立方米", 1.0), ("方", 1.0), ("m³", 1.0)], (2, 10)),
    # 易地搬迁: furniture and appliances for a settlement flat under 家具 / 家电 standard names
    ("bed18", "relocation", "goods", ["两个人睡的大床", "铁架子的睡床"],
     ["双人床（GB/T 3324 木家具）", "钢木双人床（规格：1.5m×2.0m）"], ["张", "架"], (1, 2)),
    ("wardrobe18", "relocation", "goods", ["挂衣裳放铺盖的柜子", "装衣服的高柜子"],
     ["板式衣柜（GB/T 3324）", "两门衣柜（规格：1.2m宽）"], ["组", "个"], (1, 2)),
    ("dining18", "relocation", "goods", ["吃饭围着坐的桌子", "饭桌带板凳"],
     ["餐桌椅（一桌四椅，GB/T 3324）", "钢木餐桌（规格：1.2m）"], ["套"], (1, 1)),
    ("fridge18", "relocation", "goods", ["放菜不坏的冰箱子", "冻东西的电柜"],
     ["家用电冰箱（GB 4706.13，能效二级）", "双门冷藏冷冻箱（规格：180L）"], ["台"], (1, 1)),
    ("gas_stove18", "relocation", "goods", ["烧液化气的灶", "打火做饭的灶头"],
     ["家用燃气灶具（GB 16410）", "台式双眼燃气灶（规格：液化石油气）"], ["台", "个"], (1, 1)),
    ("boiler18", "relocation", "goods", ["洗澡烧热水的", "冬天洗澡的热水器子"],
     ["储水式电热水器（GB 4706.12）", "电热水器（规格：60L）"], ["台"], (1, 1)),
    ("curtain18", "relocation", "goods", ["挡光的窗帘布", "遮窗户的布帘子"],
     ["窗帘（GB 18401 B类）", "遮光布艺窗帘（规格：定宽2.8m）"], [("尺", 1.0), ("米", 3.0), ("丈", 10.0)], (15, 60)),
    # 基础设施: 人饮工程, 改厕, lighting, fire and broadcast equipment from the lists
    ("streetlight18", "infrastructure", "goods", ["村道上晚上亮的灯杆", "太阳板充电的路灯"],
     ["太阳能道路照明灯具（政府采购目录）", "一体化太阳能路灯（规格：6m灯杆，30W）"], ["盏", "套", "基"], (5, 30)),
    ("pipe18", "infrastructure", "goods", ["引山泉水的塑料管", "接自来水的水管子"],
     ["给水用聚乙烯（PE）管材（GB/T 13663）", "PE给水管（规格：DN32 1.6MPa）"], [("米", 1.0), ("盘", 100.0)], (100, 1000)),
    ("cistern18", "infrastructure", "goods", ["接雨水的水窖", "屋旁存水的窖子"],
     ["集雨水窖（容积30m³，人饮工程）", "混凝土蓄水池（规格：30立方米）"], ["口", "座", "个"], (1, 3)),
    ("extinguisher18", "infrastructure", "goods", ["着火了喷的罐子", "灭火的红瓶子"],
     ["手提式干粉灭火器（GB 4351 MFZ/ABC4）", "ABC干粉灭火器（规格：4kg）"], ["具", "个", "瓶"], (2, 20)),
    ("bin18", "infrastructure", "goods", ["村头倒垃圾的大桶", "装垃圾的带盖桶"],
     ["分类垃圾桶（240L，挂车型）", "塑料垃圾箱（规格：240升，带盖带轮）"], ["个", "只"], (5, 40)),
    ("broadcast18", "infrastructure", "goods", ["村里喊话的大喇叭", "挂杆子上放广播的"],
     ["应急广播终端（县级应急广播体系）", "室外音柱（规格：IP66）"], ["套", "台", "只"], (1, 5)),
    ("septic18", "infrastructure", "goods", ["茅厕改成冲水的那个罐子", "厕所底下埋的粪罐"],
     ["三格式化粪池（农村户厕，GB 19379）", "一体化三格化粪池（规格：1.5m³）"], ["套", "个"], (1, 10)),
    # 就业帮扶: 职业技能培训 and 公益性岗位 by their list names, a 扶贫车间 machine
    ("welder18", "employment", "service", ["学电焊的手艺", "学会焊铁的本事"],
     ["焊工职业技能培训（国家职业技能标准 初级）", "电焊工专项能力培训（规格：60课时）"], _PERSONS18, (1, 3)),
    ("nanny18", "employment", "service", ["去城里带娃做饭的活", "学伺候月子的手艺"],
     ["家政服务员（育婴员）职业技能培训", "母婴护理员培训（规格：15天脱产）"], _PERSONS18, (1, 3)),
    ("post18", "employment", "service", ["村里扫马路的活", "在家门口能挣钱的活"],
     ["乡村公益性岗位（保洁员）", "护林员公益岗位（规格：每月补贴）"], _PERSONS18, (1, 3)),
    ("driving18", "employment", "service", ["学开大车拿本子", "考个开车的本"],
     ["机动车驾驶员培训（B2）", "叉车司机特种作业培训（规格：取证班）"], _PERSONS18, (1, 3)),
    ("sewing18", "employment", "goods", ["踩着做衣裳的机子", "扎鞋垫缝补的机器"],
     ["工业平缝机（扶贫车间设备）", "家用多功能缝纫机（规格：电动）"], ["台", "部"], (1, 2)),
    # 金融信贷: loans, insurance and 救助 money under their programme names
    ("microloan18", "finance", "cash", ["想借点钱买牛", "搞养殖周转的钱"],
     ["脱贫人口小额信贷（5万元以下、3年以内、免担保免抵押）", "扶贫小额信贷（规格：基准利率放贷）"], _YUAN18, (10000, 50000)),
    ("crop_ins18", "finance", "cash", ["庄稼遭灾能赔的保", "苞谷地受灾赔钱的"],
     ["政策性种植业保险（玉米）", "农业保险保费补贴（规格：亩保额600元）"], _YUAN18, (300, 3000)),
    ("med_aid18", "finance", "cash", ["住院看病自己掏的那部分", "看大病的钱"],
     ["医疗救助资金（民政 门诊住院救助）", "大病专项救助金"], _YUAN18, (2000, 20000)),
    ("study_aid18", "finance", "cash", ["娃上学的生活费", "念书吃饭的补助"],
     ["雨露计划职业教育补助", "家庭经济困难学生生活补助"], _YUAN18, (1500, 5000)),
    ("temp_aid18", "finance", "cash", ["家里遭难一时周转的钱", "救急的钱"],
     ["临时救助金（民政）", "急难型临时救助"], _YUAN18, (500, 3000)),
    # 其他: 应急 supplies and a radio
    ("radio18", "other", "goods", ["听新闻唱戏的收音机子", "老人听书的小匣子"],
     ["便携式收音机（调频/调幅）", "插卡收音机（规格：可充电）"], ["台", "个"], (1, 1)),
    ("torch18", "other", "goods", ["走夜路照亮的电棒", "充电的手电筒子"],
     ["应急照明手电筒（应急救灾物资目录）", "LED充电式强光手电（规格：3W）"], ["把", "支", "个"], (1, 3)),
    ("tent18", "other", "goods", ["遭灾后住的帐子", "搭在外头住人的篷"],
     ["救灾单帐篷（12㎡，民政救灾物资）", "棉帐篷（规格：使用面积12平方米）"], ["顶"], (1, 2)),
    ("camp_bed18", "other", "goods", ["临时搭着睡的折叠铺", "能收起来的窄床"],
     ["应急救援折叠床（民政救灾物资）", "行军床（规格：190×70cm）"], ["张", "架"], (1, 3)),
    ("raincoat18", "other", "goods", ["下雨穿的雨披", "遮雨的塑料衣裳"],
     ["救灾雨衣（应急物资储备目录）", "分体式雨衣雨裤（规格：XL）"], ["件", "套"], (1, 4)),
]
# Broader offers under the headings of the lists they come from. generate() gives a broader offer's unit
# size 1 and counts it as kg for mass items: a group covering a weighed item is offered in 公斤, the others
# in a unit of size 1 for every covered item that counts in it, or in one none of them uses (relevance 2).
BLIND18_BROAD = [
    ("winter_relief18", "living", ["冬春救助物资", "救灾御寒物资"], ["quilt18", "blanket18", "greatcoat18"], ["件"]),
    ("grain_oil18", "living", ["民政粮油物资", "粮油救助包"], ["rice18", "flour18", "oil18"], ["公斤"]),
    ("hygiene18", "living", ["爱国卫生运动物资", "家庭卫生防病用品"], ["net18", "soap18"], ["批"]),
    ("rehab18", "medical", ["康复辅助器具适配", "残疾人辅具适配目录"],
     ["wheelchair18", "walker18", "commode18", "air_bed18", "hearing18"], ["件"]),
    ("clinic18", "medical", ["村卫生室基本医疗设备", "基层医疗卫生机构设备"], ["thermometer18", "stethoscope18"], ["批"]),
    ("consumables18", "medical", ["基层医疗耗材", "卫生院耗材目录"], ["mask18", "iodine18", "strips18"], ["批"]),
    ("pupil_kit18", "education", ["义务教育学生装备", "学生配套装备"], ["desk18", "lamp18", "bag18", "uniform18"], ["套"]),
    ("arts_sports18", "education", ["音体美教学器材", "体育艺术器材目录"], ["ball18", "organ18"], ["批"]),
    ("fertiliser18", "production", ["春耕化肥", "配方施肥物资"], ["urea18", "compound18"], ["公斤"]),
    ("vet18", "production", ["动物防疫物资", "兽用生物制品及兽药"], ["dewormer18", "vaccine18"], ["批"]),
    ("seed18", "production", ["农作物良种", "种子种苗目录"], ["corn_seed18", "seed_potato18"], ["公斤"]),
    ("local_goods18", "consumption", ["农副土特产品", "山区干货目录"], ["tea18", "bacon18", "fungus18", "chili18"], ["公斤"]),
    ("rebuild18", "housing", ["农房抗震改造材料", "农村住房建材目录"],
     ["cement18", "brick18", "roof18", "felt18", "timber18"], ["批"]),
    ("settle18", "relocation", ["安置房生活配套", "搬迁户入住配套"],
     ["bed18", "wardrobe18", "dining18", "fridge18", "gas_stove18", "boiler18"], ["套"]),
    ("drinking18", "infrastructure", ["农村人饮工程物资", "饮水安全工程材料"], ["pipe18", "cistern18"], ["批"]),
    ("village_safety18", "infrastructure", ["村级应急设施", "消防与应急广播设备"], ["extinguisher18", "broadcast18"], ["批"]),
    ("skills18", "employment", ["职业技能培训目录", "补贴性职业技能培训"], ["welder18", "nanny18", "driving18"], ["人"]),
    ("relief_fund18", "finance", ["社会救助资金", "兜底保障资金"], ["med_aid18", "study_aid18", "temp_aid18"], ["元"]),
    ("disaster18", "other", ["自然灾害救助物资", "应急物资储备目录"],
     ["torch18", "tent18", "camp_bed18", "raincoat18"], ["批"]),
]
TEMPLATES["blind18"] = {
    # Needs as households, caregivers and 村医 say them, naming a thing by its use, look or local name;
    # offers as lines of the catalogues and supplies lists they were drawn from.
    "need_title": ["{who}家想要{name}", "{who}托村医问问有没有{name}", "{name}，{who}家里用得上",
                   "{who}：缺{name}，谁能帮帮", "村医替{who}报个需：{name}"],
    "need_desc": ["{cause}，名字叫不上来，就是{name}。", "{cause}，{name}要是有就好了。",
                  "{cause}，村医来看过，说要{name}。", "{cause}，照护的人说眼下顶要紧的是{name}。",
                  "{cause}，{name}家里一直没有。", "{cause}。"],
    "negated": ["{other}村医上回背来过了", "{other}残联的人上门给配了", "{other}救灾那阵分过了",
                "{other}卫生室那边给开过了", "{other}评残以后就领到了", "{other}孙子从城里捎回来了",
                "{other}老早就置下了，这回不说它", "不提{other}，那个有", "{other}以前缺，后来乡上补齐了",
                "{other}照护的人自己掏钱买了", "{other}登记过一回，已经领走了", "{other}是够的，就差{name}",
                "{other}村医说先不用", "{other}民政所年前送到家了", "{other}还是好的，能凑合使",
                "{other}搬家时公家给配齐了"],
    "offer_title": ["{donor}物资目录配送：{name}", "{donor}采购清单｜{name}", "【{donor}】供应品目：{name}",
                    "{name}（{donor}统一配发）"],
    "offer_title_consumption": ["{donor}消费帮扶采购品目：{name}", "{donor}采购目录｜{name}，按标准收购"],
    "offer_title_employment": ["{donor}就业帮扶项目清单：{name}", "{name}（{donor}就业帮扶目录）"],
    "offer_title_finance": ["资金项目：{name}", "{name}（按政策标准发放）", "{name}——申报材料：户口簿、身份证"],
    "who": ["瘫在床上的刘大爷", "照看孙子的王奶奶", "残疾人陈大哥", "独居的赵婆婆", "脱贫户马大叔",
            "中风后在家养着的孙老汉", "监测户田嫂子"],
    "cause": ["老人瘫在床上好几年", "娃他爸在外头打工", "前些天遭了冰雹", "家里老的中过风", "刚搬到安置点",
              "村医入户随访时看到的", "孩子今年上初中", "开春要下种"],
    # Buyers of every list alike (a category's own office would not give another's items).
    "donor": ["县级政府采购中心", "政府采购中标供应商", "定点帮扶单位（按目录集中采购）", "东西部协作采购项目",
              "县慈善总会集中采购", "县公共资源交易中心中标企业", "市级帮扶物资统筹库"],
}
# The parts blind18 was written after (its checks compare with these only, not with blind17 or later parts).
_PARTS_BEFORE_BLIND18 = _PARTS_BEFORE_BLIND16 + ("blind15", "blind16")


def check_blind18() -> None:
    """Raise SystemExit if blind18 is not what its comment says (``_check_part_after`` tune … blind16; never
    blind17, written at the same time)."""
    _check_part_after("blind18", BLIND18_CATALOGUE, BLIND18_BROAD, _PARTS_BEFORE_BLIND18)


# The "blind20" part (written 2026-12-01 for issue 13 by someone who had not read the lexicon, the
# matcher's features, docs/matching.md, the tests or any part's records) in the voice of messages sent from
# phones, a voice no other part has: villagers, 网格员 and 驻村工作队 members typing with a pinyin input
# method or dictating WeChat voice messages that the phone turns into text (语音转文字): no or wrong
# punctuation, spaces where a pause was, fillers (那个, 嗯, 就是, 然后), 西南官话 / 湘 / 赣 / 客家 dialect words
# (屋头, 娃儿, 堂客, 啥子, 冇得, 莫得, 晓得) and the homophone slips such input makes in the ordinary words
# around an item (帮夫 for 帮扶, 以经 for 已经, 领到 for 领导, 网格园 for 网格员, 住村 for 驻村, 级需 for 急需);
# needs name things by everyday, dialect, reduplicated (ABB) or trade names. Offers come from the other side
# of 东西部协作 and 消费帮扶 (paired eastern cities' 帮扶工作队, 对口支援 enterprises, buyers of poverty-area
# products), short and in their project words, mostly naming the same thing with other words. Item names
# are deliberately not repeated in this comment (the lead evaluates the part once, unseen). 113 items of all
# 11 categories (14 trainings, jobs, 公益性岗位 and home services of kind "service"; 8 kinds of money of kind
# "cash"), each under 2-3 need names and 2 offer names; 24 broader offers under project names of their own,
# covering 2-11 items each; 8 need titles and 8 need descriptions; 16 negations and past mentions in the
# phone voice, each a different construction (received before, not needed now, someone else already gave
# it, solved, enough, except-X, a child's and an old person's own refusal, a subsidy already paid, a spouse
# saying there are two at home ...); offer titles per category. Units that need converting: mass 斤 / 市斤 /
# 公斤 / kg / Kg / 千克; packs the catalogue fixes (bags and sacks of 25 / 40 / 50 kg, 吨, 捆 of 10 kg, 桶 of
# 5 kg and 20 kg, 罐 of 0.25 kg; 桶 of 5 and 20 升; 箱 of 48, 盒 of 8 and 10, 包 of 10, 盘 of 50 and 万株 of 10000
# seedlings, 千片 of 1000, 卷 of 50 米 and 100 米, 车 of 8 立方米); volume (升 / L), area (平方米 / ㎡ / 平米),
# 立方米 / 方 / m³, 元 / 块 / 万元; and 15 % of the mass-item offers in 提 (a carrying pack of unknown weight,
# not comparable). Every size is exact in binary floating point (no 两 or 毫升), so no label turns on a
# rounding error. ``check_blind20`` checks it against the catalogues, groups and negation templates of tune
# … blind18 only, never the lexicon. The lead evaluates it once; never tune on it.
BLIND20_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), (" 斤", 0.5), ("Kg", 1.0)]
_KG20 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0)]
_PERSONS20 = [("人", 1.0), ("名", 1.0), ("个人", 1.0)]
_YUAN20 = [("元", 1.0), ("块", 1.0), ("万元", 10000.0)]
_LITRES20 = [("升", 1.0), ("L", 1.0)]
_AREA20 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
_CUBIC20 = [("立方米", 1.0), ("方", 1.0), ("m³", 1.0)]
BLIND20_CATALOGUE = [
    # 生活物资: keeping warm in a house without heating, shoes for mud, the kitchen's coal and soap
    ("fire_basket20", "living", "goods", ["烘笼儿", "火笼子", "提的烘笼"], ["竹编取暖烘笼", "手提式竹火笼"], ["个", "只"], (1, 3)),
    ("foot_bucket20", "living", "goods", ["烤火桶", "火桶子", "烘脚的桶"], ["实木烤火桶", "电热取暖火桶"], ["个", "只"], (1, 2)),
    ("hand_warmer20", "living", "goods", ["电暖宝", "暖水袋子", "捂手的暖宝"], ["充电防爆暖宝", "电热暖手袋"], ["个"], (1, 3)),
    ("quilt_set20", "living", "goods", ["铺盖卷", "铺的盖的", "铺盖窝"], ["加厚被褥组合", "冬用被褥两件套"], ["套", "床"], (1, 3)),
    ("rain_boots20", "living", "goods", ["胶靴子", "雨靴子", "下雨穿的靴子"], ["高筒劳保雨靴", "防滑橡胶水靴"], ["双"], (1, 4)),
    ("cotton_shoes20", "living", "goods", ["棉鞋子", "毛窝子", "烤火穿的棉鞋"], ["加绒保暖棉靴", "老人防滑棉鞋"], ["双"], (1, 4)),
    ("pickle_jar20", "living", "goods", ["泡菜坛子", "坛坛儿", "酸菜坛"], ["土陶泡菜坛", "土陶腌菜坛"], ["个", "口"], (1, 2)),
    ("net20", "living", "goods", ["蚊帐子", "罩蚊子的帐子", "帐帐"], ["加密防蚊帐", "落地式蚊帐"], ["顶", "床"], (1, 3)),
    ("coal20", "living", "goods", ["藕煤", "蜂窝煤", "煤砣砣"], ["环保型煤", "无烟蜂窝型煤"],
     [("个", 1.0), ("块", 1.0)], (200, 1000)),
    ("dish_soap20", "living", "goods", ["洗碗的水水", "洗碗的药水", "洗碗水"], ["家庭装洗洁精", "果蔬餐具洗洁精"],
     _LITRES20 + [("桶", 5.0)], (1, 10)),
    ("tongs20", "living", "goods", ["火钳子", "夹火的钳子", "火夹子"], ["铸铁火钳", "加长防烫火钳"], ["把"], (1, 2)),
    ("soap20", "living", "goods", ["番碱", "洗衣服的碱", "洋碱块块"], ["增白洗衣皂", "家用洗衣皂块"],
     [("块", 1.0), ("箱", 48.0)], (4, 48)),
    ("yarn20", "living", "goods", ["毛线", "打毛衣的线", "绒线"], ["手编羊毛线", "混纺毛线团"], ["团", "卷"], (4, 12)),
    ("smock20", "living", "goods", ["罩衣", "护衣", "罩褂子"], ["成人防污罩衣", "长袖劳动罩衫"], ["件"], (1, 3)),
    # 医疗救助: what old people with bad joints, ears and blood pressure ask the village clinic for
    ("plaster20", "medical", "goods", ["风湿膏", "贴的膏药", "膏药贴"], ["关节止痛贴", "远红外理疗贴"],
     [("贴", 1.0), ("盒", 8.0)], (8, 40)),
    ("snake_pills20", "medical", "goods", ["蛇药", "被蛇咬了的药", "蛇药片"], ["季德胜蛇药片", "南通蛇药"], ["盒", "瓶"], (1, 3)),
    ("scraper20", "medical", "goods", ["刮痧的板板", "牛角刮板", "刮背的板子"], ["水牛角刮痧板", "玉石刮痧板"], ["块", "个"], (1, 2)),
    ("hearing_aid20", "medical", "goods", ["耳背的机子", "耳朵听的机子", "助听的机器"], ["耳内式助听器", "盒式助听器"],
     ["个", "台"], (1, 1)),
    ("stick20", "medical", "goods", ["拐拐棍", "拐杖棍", "打杵"], ["四脚助行手杖", "铝合金伸缩手杖"], ["根", "支"], (1, 2)),
    ("adult_diaper20", "medical", "goods", ["大人尿不湿", "屎片子", "老年人的尿布"], ["成人护理裤", "老年护理纸尿片"],
     [("片", 1.0), ("包", 10.0)], (20, 120)),
    ("bp_meter20", "medical", "goods", ["测血压的机子", "量血压的机器", "血压器"], ["上臂式电子血压计", "家用血压测量仪"],
     ["台", "个"], (1, 1)),
    ("moxa20", "medical", "goods", ["艾叶条", "熏艾的", "艾灸棒"], ["手工陈艾条", "纯艾绒艾灸条"],
     [("根", 1.0), ("盒", 10.0)], (10, 60)),
    ("checkup20", "medical", "service", ["体检", "检查身体", "查个身体"], ["免费健康体检", "巡回义诊体检"], _PERSONS20, (1, 4)),
    ("acupuncture20", "medical", "service", ["扎针灸", "扎银针", "针灸"], ["中医针灸义诊", "名中医下乡针灸"], _PERSONS20, (1, 2)),
    # 教育助学: what a child at a 寄宿 school is short of
    ("schoolbag20", "education", "goods", ["读书背的包", "背的书包", "娃儿的书包"], ["护脊儿童书包", "减负双肩书包"], ["个"], (1, 3)),
    ("grid_book20", "education", "goods", ["田字格", "写字的本本", "作业本本"], ["小学生田字格本", "拼音练习本"],
     [("本", 1.0), ("包", 10.0)], (10, 50)),
    ("desk_lamp20", "education", "goods", ["看书的灯", "做作业的灯", "娃儿的台灯"], ["LED护眼台灯", "学生读写台灯"],
     ["盏", "个"], (1, 2)),
    ("uniform20", "education", "goods", ["学校的衣服", "学校发的衣服", "上学穿的校服"], ["冬季校服套装", "学生运动校服"],
     ["套"], (1, 3)),
    ("skip_rope20", "education", "goods", ["跳索", "跳的绳绳", "跳绳绳"], ["中考专用跳绳", "钢丝竞速跳绳"], ["根", "条"], (1, 3)),
    ("globe20", "education", "goods", ["转的地球", "地理课的地球", "地球球"], ["学生用地球仪", "AR智能地球仪"], ["个"], (1, 1)),
    ("basketball20", "education", "goods", ["打篮球的球", "蓝球", "篮球儿"], ["室外耐磨篮球", "比赛用七号篮球"], ["个"], (1, 3)),
    ("calculator20", "education", "goods", ["算数的机器", "按数的机子"], ["学生科学计算器", "考试专用计算器"], ["个"], (1, 2)),
    ("tutoring20", "education", "service", ["补课", "辅导作业", "有人教娃儿作业"], ["大学生志愿者线上辅导", "周末课业辅导"],
     _PERSONS20, (1, 3)),
    # 住房安全: what a house repair or 起屋 needs
    ("tiles20", "housing", "goods", ["盖房子的瓦", "屋顶的瓦", "瓦块"], ["烧结粘土瓦", "仿古筒瓦"],
     [("片", 1.0), ("块", 1.0), ("千片", 1000.0)], (500, 5000)),
    ("cement20", "housing", "goods", ["水泥灰", "红毛泥", "水泥面面"], ["P.O42.5普通硅酸盐水泥", "袋装复合水泥"],
     _KG20 + [("包", 50.0), ("吨", 1000.0)], (200, 2000)),
    ("steel_tile20", "housing", "goods", ["铁瓦", "彩瓦", "彩钢板子"], ["彩钢夹芯板", "压型彩钢板"], _AREA20, (20, 120)),
    ("ceiling20", "housing", "goods", ["吊顶", "天花板", "扣板子"], ["铝扣板吊顶", "PVC吊顶扣板"], _AREA20, (10, 60)),
    ("guard_net20", "housing", "goods", ["防盗网", "窗子上的铁网", "防护网"], ["不锈钢防盗窗", "隐形防盗网"], _AREA20, (4, 20)),
    ("wire20", "housing", "goods", ["电线子", "拉电的线"], ["BV铜芯电线", "国标铜芯线"],
     [("米", 1.0), ("卷", 100.0)], (50, 300)),
    ("purlin20", "housing", "goods", ["梁木", "檩木", "桁条"], ["松木檩条", "防腐木檩条"], ["根"], (5, 30)),
    ("waterproof20", "housing", "goods", ["刷屋顶防漏的", "防水胶", "堵漏的胶"], ["屋面防水涂料", "丙烯酸防水涂料"],
     _KG20 + [("桶", 20.0)], (20, 200)),
    ("sand20", "housing", "goods", ["砂子", "沙沙", "细沙子"], ["建筑用中砂", "机制砂"], _CUBIC20 + [("车", 8.0)], (8, 40)),
    # 易地搬迁: furnishing a flat at the 安置点
    ("rice_cooker20", "relocation", "goods", ["煮饭锅锅", "插电煮饭的锅", "煮饭的电锅"], ["智能电饭煲", "多功能电饭煲"],
     ["个", "台"], (1, 1)),
    ("gas_stove20", "relocation", "goods", ["天然气灶", "打火灶", "气灶"], ["双眼燃气灶", "台式燃气灶"], ["台", "个"], (1, 1)),
    ("curtain20", "relocation", "goods", ["挡光的帘子", "窗帘子", "窗子上的帘子"], ["遮光成品窗帘", "布艺窗帘"], ["幅", "套"], (1, 4)),
    ("wardrobe20", "relocation", "goods", ["衣柜子", "装衣服的柜子", "衣裳柜"], ["组装板式衣柜", "简易布衣柜"], ["个", "组"], (1, 2)),
    ("water_heater20", "relocation", "goods", ["洗澡的热水器", "烧水洗澡的", "洗澡炉子"], ["储水式电热水器", "燃气热水器"],
     ["台"], (1, 1)),
    ("dining_table20", "relocation", "goods", ["吃饭的桌子", "饭台子", "桌子板凳"], ["折叠餐桌", "实木餐桌椅"],
     ["张", "套"], (1, 1)),
    ("steamer20", "relocation", "goods", ["蒸锅", "蒸笼锅", "甑子"], ["不锈钢多层蒸锅", "木甑子"], ["个", "口"], (1, 1)),
    ("clothes_rack20", "relocation", "goods", ["晾衣杆", "晒衣服的架子", "晾衣裳的杆"], ["阳台升降晾衣架", "不锈钢晾衣杆"],
     ["个", "套"], (1, 2)),
    ("door_curtain20", "relocation", "goods", ["挡风的帘子", "门口的帘子", "门口挂的帘帘"], ["加厚棉门帘", "防风门帘"],
     ["幅", "块"], (1, 2)),
    # 产业发展: young stock, seedlings, fertiliser and feed, small machines
    ("piglet20", "production", "goods", ["猪娃儿", "猪崽崽", "猪苗苗"], ["良种仔猪", "二元杂交仔猪"], ["头", "只"], (2, 10)),
    ("chick20", "production", "goods", ["鸡娃儿", "小鸡崽", "鸡崽崽"], ["林下散养鸡苗", "土鸡脱温苗"], ["只", "羽"], (50, 300)),
    ("duckling20", "production", "goods", ["鸭儿", "鸭娃儿", "鸭崽崽"], ["麻鸭苗", "蛋鸭苗"], ["只", "羽"], (50, 300)),
    ("bees20", "production", "goods", ["蜂子", "蜜蜂种", "蜂子种"], ["中华蜜蜂蜂群", "标准中蜂蜂箱群"], ["群", "箱"], (2, 10)),
    ("fertiliser20", "production", "goods", ["肥料子", "撒的肥", "追的肥"], ["硫酸钾型复合肥", "测土配方肥"],
     _KG20 + [("袋", 50.0)], (100, 1000)),
    ("mulch20", "production", "goods", ["薄膜", "盖地的膜", "膜子"], ["黑色除草地膜", "可降解地膜"],
     _KG20 + [("捆", 10.0)], (20, 100)),
    ("sprayer20", "production", "goods", ["打药的桶", "打药壶", "喷壶"], ["背负式电动喷雾器", "手动压力喷雾器"], ["台", "个"], (1, 2)),
    ("pepper_seedling20", "production", "goods", ["海椒秧子", "辣椒秧", "海椒苗"], ["线椒种苗", "朝天椒嫁接苗"],
     [("株", 1.0), ("盘", 50.0)], (500, 3000)),
    ("tea_seedling20", "production", "goods", ["茶秧子", "茶树秧", "栽的茶苗苗"], ["福鼎大白茶苗", "良种无性系茶苗"],
     [("株", 1.0), ("万株", 10000.0)], (2000, 20000)),
    ("diesel20", "production", "goods", ["柴油", "机器烧的油", "柴油油"], ["0号柴油", "农用柴油"],
     _LITRES20 + [("桶", 20.0)], (20, 200)),
    ("tiller20", "production", "goods", ["打田机", "犁田机", "小铁牛"], ["手扶式微耕机", "小型旋耕机"], ["台"], (1, 1)),
    ("pig_feed20", "production", "goods", ["猪吃的料", "猪食料", "喂猪的饲料"], ["全价猪饲料", "育肥猪配合饲料"],
     _KG20 + [("包", 40.0)], (200, 2000)),
    ("thresher20", "production", "goods", ["打谷子的机子", "打稻的机器", "滚筒打谷机"], ["电动水稻脱粒机", "小型打稻机"], ["台"], (1, 1)),
    # 消费帮扶: what the village sells and eastern buyers take, mostly weighed
    ("sausage20", "consumption", "goods", ["香肠", "香肠儿", "灌的香肠"], ["川味麻辣香肠", "农家腊肠"], None, (50, 500)),
    ("cured_fish20", "consumption", "goods", ["腊鱼", "熏鱼", "腌鱼"], ["湘西烟熏腊鱼", "农家风干鱼"], None, (20, 200)),
    ("tea20", "consumption", "goods", ["土茶", "茶叶尖尖", "茶叶子"], ["高山云雾茶", "明前毛尖"],
     _KG20 + [("罐", 0.25)], (10, 100)),
    ("pepper20", "consumption", "goods", ["青花椒", "花椒籽籽", "麻椒儿"], ["汉源红花椒", "干青花椒"], None, (20, 200)),
    ("kudzu20", "consumption", "goods", ["葛粉", "葛根粉", "粉葛"], ["野生葛根粉", "纯葛粉"], None, (20, 200)),
    ("sweet_potato20", "consumption", "goods", ["苕", "苕儿", "红苕苕"], ["高山红薯", "烟薯25号"], None, (500, 5000)),
    ("potato20", "consumption", "goods", ["洋芋坨坨", "洋芋儿", "洋芋疙瘩"], ["高原马铃薯", "黄心土豆"], None, (500, 5000)),
    ("kiwi20", "consumption", "goods", ["阳桃", "猕猴桃儿", "羊桃子"], ["有机猕猴桃", "金果猕猴桃"], None, (200, 2000)),
    ("chili_oil20", "consumption", "goods", ["油泼辣子", "红油辣子", "油海椒"], ["农家油辣椒", "香辣油辣子"], None, (10, 100)),
    ("ciba20", "consumption", "goods", ["糍粑", "糯米粑粑", "粑粑"], ["手工糯米糍粑", "红糖糍粑"], None, (50, 500)),
    ("cili20", "consumption", "goods", ["刺梨果果", "刺梨子", "茨梨"], ["鲜刺梨果", "金刺梨"], None, (200, 2000)),
    ("camellia_oil20", "consumption", "goods", ["木子油", "茶子油", "茶树油"], ["冷榨山茶油", "野生油茶籽油"],
     _KG20 + [("桶", 5.0)], (20, 200)),
    ("rice20", "consumption", "goods", ["新米", "打的新米", "高山米"], ["富硒大米", "高山生态米"],
     _KG20 + [("袋", 25.0)], (200, 2000)),
    # 就业帮扶: work in the east, trades to learn, 公益性岗位 at home (kind "service"), a cart to work with
    ("factory20", "employment", "service", ["进厂", "流水线上班", "去厂里上班"], ["电子厂普工岗位", "协作企业普工招聘"],
     _PERSONS20, (1, 4)),
    ("excavator20", "employment", "service", ["开挖掘机", "学挖机", "学开钩机"], ["挖掘机操作培训", "挖机驾驶员培训班"],
     _PERSONS20, (1, 2)),
    ("cook20", "employment", "service", ["学做菜", "当厨子", "学大厨"], ["厨师技能培训班", "中餐烹饪培训"], _PERSONS20, (1, 2)),
    ("electrician20", "employment", "service", ["电工", "接电线的手艺", "学水电"], ["低压电工证培训", "水电工技能培训"],
     _PERSONS20, (1, 2)),
    ("cleaner20", "employment", "service", ["做保洁", "打扫卫生的活", "搞卫生"], ["家政保洁岗位", "物业保洁员招聘"],
     _PERSONS20, (1, 3)),
    ("courier20", "employment", "service", ["送快递", "快递小哥", "跑快递"], ["快递分拣员岗位", "城市配送员招聘"],
     _PERSONS20, (1, 3)),
    ("ranger20", "employment", "service", ["护林员", "看山的", "巡山"], ["生态护林员岗位", "森林管护公益岗"], _PERSONS20, (1, 2)),
    ("livestream20", "employment", "service", ["学直播", "直播带货", "学开网店"], ["电商直播带货培训", "农村电商实训"],
     _PERSONS20, (1, 3)),
    ("snack_cart20", "employment", "goods", ["摆摊的推车", "卖小吃的车车", "餐车子"], ["多功能小吃车", "移动美食餐车"],
     ["台", "辆"], (1, 1)),
    # 基础设施: what a 组 asks for its road, water, square and rubbish
    ("hoop20", "infrastructure", "goods", ["篮板", "打篮球的架架", "投篮的框框"], ["户外篮球架", "移动式篮球架"], ["副", "套"], (1, 2)),
    ("water_pipe20", "infrastructure", "goods", ["水管管", "引水的管子", "胶管"], ["PE给水管", "饮水工程管材"],
     [("米", 1.0), ("卷", 50.0)], (100, 1000)),
    ("road_paving20", "infrastructure", "goods", ["打水泥路", "路硬化", "修水泥路"], ["组组通硬化路", "产业路硬化工程"],
     _AREA20, (200, 2000)),
    ("garbage_truck20", "infrastructure", "goods", ["垃圾车车", "拉垃圾的车", "清运车"], ["电动垃圾清运车", "挂桶式垃圾车"],
     ["辆", "台"], (1, 1)),
    ("guardrail20", "infrastructure", "goods", ["栏杆", "路边的栏杆", "护路的栏杆"], ["波形钢护栏", "道路防护栏"],
     [("米", 1.0)], (50, 500)),
    ("cistern20", "infrastructure", "goods", ["水池子", "蓄水的池", "水窖子"], ["集雨蓄水池", "人饮蓄水池"], ["座", "个"], (1, 2)),
    ("pingpong_table20", "infrastructure", "goods", ["打乒乓的台子", "球台子", "乒乓台"], ["室外乒乓球台", "标准乒乓球台"],
     ["张", "台"], (1, 2)),
    ("led_screen20", "infrastructure", "goods", ["村里的大屏", "电子屏", "显示屏"], ["LED户外显示屏", "村级电子公告屏"],
     ["块", "套"], (1, 1)),
    ("lightning_rod20", "infrastructure", "goods", ["避雷针", "防雷的", "引雷针"], ["提前放电避雷针", "防雷接地装置"],
     ["套", "根"], (1, 2)),
    ("footbridge20", "infrastructure", "goods", ["便桥", "过河的桥", "小桥"], ["钢结构人行桥", "小型过河桥"], ["座"], (1, 1)),
    # 金融信贷: money for school, illness, credit, insurance, rent, a funeral, a house and travel (kind "cash")
    ("school_money20", "finance", "cash", ["读书钱", "娃儿读书的钱", "读书的费用"], ["协作城市助学金", "寒门学子助学补助"],
     _YUAN20, (1000, 5000)),
    ("medical_money20", "finance", "cash", ["住院的钱", "吃药的钱", "看病钱钱"], ["住院费用帮扶", "困难群众医疗补助"],
     _YUAN20, (2000, 20000)),
    ("microcredit20", "finance", "cash", ["借点钱", "小额贷款", "贷点款"], ["富民小额信贷", "产业贴息贷款"],
     _YUAN20, (10000, 50000)),
    ("insurance20", "finance", "cash", ["保险", "买保险的钱", "保险费"], ["防止返贫保险", "农业保险保费补贴"], _YUAN20, (100, 1000)),
    ("rent20", "finance", "cash", ["房租", "租房子的钱", "租房钱"], ["过渡期租房补贴", "务工租房补助"], _YUAN20, (500, 3000)),
    ("funeral20", "finance", "cash", ["办丧事的钱", "安葬费", "送老人上山的钱"], ["丧葬补助金", "困难群众安葬补助"],
     _YUAN20, (2000, 8000)),
    ("build_money20", "finance", "cash", ["建房钱", "起屋的钱", "盖房子的钱"], ["农房建设补助款", "住房改造补助资金"],
     _YUAN20, (10000, 40000)),
    ("travel_money20", "finance", "cash", ["出去打工的路费", "车票钱", "务工车费"], ["跨省务工交通补贴", "外出务工路费补助"],
     _YUAN20, (200, 1000)),
    # 其他: a screen and a phone for the old, papers, law, games and the New Year
    ("tv20", "other", "goods", ["看电视的机子", "彩电机子", "电视机子"], ["液晶电视机", "43寸智能电视"], ["台"], (1, 1)),
    ("elder_phone20", "other", "goods", ["按键手机", "老人手机", "老人用的手机"], ["老年智能手机", "大字大声老人机"],
     ["部", "台"], (1, 1)),
    ("radio20", "other", "goods", ["话匣子", "匣子", "收音的机子"], ["老年收音机", "插卡收音机"], ["台", "个"], (1, 1)),
    ("id_card20", "other", "service", ["办身份证", "补身份证", "换身份证"], ["上门办证服务", "户籍证件代办"], ["次", "人"], (1, 2)),
    ("legal_aid20", "other", "service", ["打官司", "请律师", "讨工钱的官司"], ["法律援助服务", "公益律师咨询"], ["次", "件"], (1, 1)),
    ("chess20", "other", "goods", ["下棋的", "一副象棋", "象棋子"], ["大号实木象棋", "老年活动象棋"], ["副"], (1, 2)),
    ("couplets20", "other", "goods", ["对联", "春联", "过年贴的对子"], ["手写春联", "烫金春联"], ["副"], (1, 4)),
    ("mahjong_table20", "other", "goods", ["麻将桌", "打牌的桌子", "机麻"], ["全自动麻将机", "老年活动室麻将桌"], ["张", "台"], (1, 1)),
    ("photo20", "other", "service", ["照相", "照个相", "照遗像"], ["公益免费拍照", "老人免费肖像摄影"], ["次", "人"], (1, 2)),
]
# Broader offers under the eastern side's project names. generate() gives a broader offer's unit size 1 and
# counts it as kg for weighed items: groups covering a weighed item are in 公斤, the others in a unit of
# size 1 for every covered item that counts in it, or in one none of them uses (not comparable).
BLIND20_BROAD = [
    ("warm20", "living", ["冬季暖心物资", "防寒取暖物品"],
     ["fire_basket20", "foot_bucket20", "hand_warmer20", "quilt_set20", "coal20", "tongs20"], ["个"]),
    ("shoes20", "living", ["爱心鞋靴", "鞋靴捐赠"], ["rain_boots20", "cotton_shoes20"], ["双"]),
    ("daily20", "living", ["日用百货", "家庭日用品"], ["pickle_jar20", "net20", "soap20", "yarn20", "smock20"], ["件"]),
    ("elder_care20", "medical", ["适老助老物品", "老年辅助用品"],
     ["scraper20", "hearing_aid20", "stick20", "adult_diaper20"], ["件"]),
    ("chronic20", "medical", ["慢病药品器械", "慢病管理物资"],
     ["snake_pills20", "bp_meter20", "plaster20", "moxa20"], ["份"]),
    ("health_service20", "medical", ["健康下乡服务", "医疗队下乡服务"], ["checkup20", "acupuncture20"], ["人"]),
    ("study20", "education", ["助学物资", "爱心文具学具"],
     ["schoolbag20", "grid_book20", "desk_lamp20", "globe20", "calculator20"], ["份"]),
    ("school_sport20", "education", ["校园体育器材", "体育课用品"], ["basketball20", "uniform20", "skip_rope20"], ["件"]),
    ("house_material20", "housing", ["房屋修缮建材", "住房安全保障物资"],
     ["tiles20", "cement20", "steel_tile20", "purlin20", "sand20", "wire20", "guard_net20"], ["批"]),
    ("interior20", "housing", ["室内装修改造", "室内简装材料"], ["ceiling20", "waterproof20"], ["公斤"]),
    ("appliance20", "relocation", ["易迁户家电", "新市民家电配送"],
     ["rice_cooker20", "gas_stove20", "water_heater20"], ["台"]),
    ("furniture20", "relocation", ["安置房家具", "新居家具配套"],
     ["curtain20", "wardrobe20", "dining_table20", "door_curtain20", "clothes_rack20"], ["件"]),
    ("young_stock20", "production", ["养殖幼苗", "禽畜幼崽投放"],
     ["piglet20", "chick20", "duckling20", "bees20"], ["只"]),
    ("inputs20", "production", ["农资保障物资", "肥料饲料农膜"], ["fertiliser20", "mulch20", "pig_feed20"], ["公斤"]),
    ("seedlings20", "production", ["产业种苗苗木", "经济作物秧苗"], ["pepper_seedling20", "tea_seedling20"], ["株"]),
    ("farm_tools20", "production", ["小农具农机", "生产工具"], ["sprayer20", "tiller20", "thresher20"], ["件"]),
    ("local_goods20", "consumption", ["脱贫地区农产品", "协作地区特色农产品"],
     ["sausage20", "tea20", "pepper20", "kudzu20", "sweet_potato20", "potato20", "kiwi20", "chili_oil20",
      "ciba20", "cili20", "camellia_oil20"], ["公斤"]),
    ("cured20", "consumption", ["山珍腊味", "烟熏腊味"], ["sausage20", "cured_fish20"], ["公斤"]),
    ("grain_oil20", "consumption", ["粮油产品", "生态粮油"], ["rice20", "camellia_oil20"], ["公斤"]),
    ("skills20", "employment", ["劳务技能培训", "劳务品牌培训"],
     ["excavator20", "cook20", "electrician20", "livestream20"], ["人"]),
    ("jobs20", "employment", ["东部协作城市岗位", "稳岗就业岗位"],
     ["factory20", "cleaner20", "courier20", "ranger20"], ["人"]),
    ("village_works20", "infrastructure", ["村组基础设施援建", "和美乡村建设项目"],
     ["hoop20", "garbage_truck20", "cistern20", "footbridge20", "lightning_rod20"], ["项"]),
    ("livelihood_money20", "finance", ["民生帮扶资金", "困难群众救助资金"],
     ["school_money20", "medical_money20", "rent20", "funeral20"], ["元"]),
    ("elder_fun20", "other", ["老年文娱用品", "幸福院文体物资"], ["radio20", "chess20", "mahjong_table20"], ["件"]),
]
TEMPLATES["blind20"] = {
    # Needs as a phone writes them down (pinyin input or 语音转文字): fillers, pauses as spaces, no or
    # wrong punctuation, dialect words and homophone slips; offers in the eastern side's project words.
    "need_title": ["{who}屋头要{name}", "那个 {who}想要点{name}", "嗯 {name} {who}那边级需", "{who}家缺{name}哦",
                   "帮{who}问哈有冇得{name}", "{name}啊 {who}莫得", "{who}需要{name}麻烦各位领到",
                   "请问有{name}没得 {who}的"],
    "need_desc": ["{cause} 然后屋头{name}冇得了 看哈能不能帮忙解决一哈", "嗯 就是{cause}嘛 想要点{name} 写写大家了",
                  "{cause}那个{name}确实是缺 麻烦领到帮忙问哈", "{cause} {name}的事情因该好解决吧 先报上来",
                  "就是说{cause} 他家娃儿讲要{name}", "{cause} 其他的网格园再补充", "{cause}然后就是{name} 急得很",
                  "语音转的字可能有错 {cause} 要{name}"],
    "negated": ["{other}去年腊月就领过了的", "{other}暂时用不到 莫报", "{other}那个镇上的帮夫干部已经送来了",
                "{other}的问题以经解决了", "{other}屋头还够用 不缺", "除开{other} 其他的都冇得",
                "娃儿自己讲{other}不要 嫌丑", "老人家犟得很 {other}给了他也不用", "{other}上个月网格园帮忙买了",
                "{other}原来是缺的 线在不缺了", "{other}嗯 那个住村工作队早就发了", "莫得{other}也没得关系 主要是{name}",
                "{other}晓得你们去年捐过 这回不要了", "堂客讲{other}屋头有两个了", "{other}政府补过了 不重复申请",
                "{other}搞好了的 莫管它"],
    "offer_title": ["{donor}对口支援{name}", "东西部协作｜{donor}捐赠{name}", "{donor}：{name}", "{name}（{donor}帮扶项目）",
                    "{donor}结对帮扶 {name}"],
    "offer_title_consumption": ["{donor}消费帮扶采购{name}", "{donor}订单收购{name}", "以购代捐：{name}（{donor}）",
                                "{name}进东部展销（{donor}）"],
    "offer_title_employment": ["{donor}劳务协作：{name}", "{name}（{donor}稳岗就业）", "{donor}点对点输送：{name}"],
    "offer_title_finance": ["{donor}帮扶资金：{name}", "{name}（{donor}东西部协作资金）"],
    "offer_title_production": ["{donor}产业帮扶：{name}", "{name}（{donor}产业协作项目）"],
    "offer_title_infrastructure": ["{donor}援建：{name}", "{name}（{donor}乡村振兴示范村项目）"],
    "offer_title_medical": ["{donor}医疗帮扶：{name}", "{donor}组团式帮扶送{name}"],
    "offer_title_education": ["{donor}教育帮扶：{name}", "{donor}携手助学 {name}"],
    "who": ["五保户老李", "脱贫户王嬢嬢", "监测户刘老倌", "我们组的张家", "低保户陈婆婆", "网格园讲的那户",
            "留守娃儿小军", "残疾人黄幺叔", "三组的杨家屋头"],
    "cause": ["他屋头老汉去年摔了 堂客又病倒起", "屋头就两个老的带起娃儿 儿子在外头打工", "房子漏雨漏得凶",
              "娃儿在县里读初中 一个月才回来一趟", "今年天干 谷子冇收好", "老人家八十几岁了 一个人住在坡上",
              "那个 他家是因病至贫", "搬到安置点那边去了 啥子都莫得", "住村工作队走访的时候晓得的", "屋头两口子都是残疾"],
    "donor": ["宁波市帮扶工作队", "广州市黄埔区对口支援办", "杭州某电子有限公司", "苏州工业园区协作企业",
              "深圳市消费帮扶中心", "上海某食品采购商", "佛山市驻黔工作组", "厦门市东西部协作工作队",
              "东莞市对口帮扶企业", "青岛市驻甘工作队", "某生鲜电商平台", "浙江某商会"],
}
# The parts blind20 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND20 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18")


# The "blind19" part (written 2026-12-01 for issue 13 by an engineer who opened none of matching/, the
# lexicon, docs/matching.md, tests/ or any part's records, and never ran the matcher) in the voice of a
# reviewer trying the platform as its three kinds of user would: plain everyday Mandarin typed into a
# national platform's forms. Needs are filed by a household (「我家」, a villager, a 脱贫户 or 监测户), by a
# 帮扶干部 or 驻村第一书记, and by a 村委会, as a short title and one or two sentences (the situation, then
# the request), written as different people write: questions (「请问在哪能申请X？」), 「因为…所以…」, a
# 「基本情况：…需求：…」 form line, the name first or last, numbers in the situation (「家里4口人」「村里200
# 多户」). Offers are short titles by enterprises, social organisations, individuals and the paired eastern
# cities' units (东西部协作), buyers' titles for 消费帮扶 and job and fund titles for 就业 and 金融. Items are
# the typical needs of poor households and villages a reviewer would think of first, each under 2-3 need
# names and 2 offer names of the writer's own choosing (everyday, colloquial, regional, trade and brand
# names; the need's and the offer's names mostly different words for one thing). 113 items of all 11
# categories (13 living, 12 medical, 12 education, 9 housing, 10 relocation, 13 production, 11
# consumption, 9 employment, 10 infrastructure, 6 finance, 8 other; trainings, jobs, check-ups, visits
# and legal help of kind "service", funds and loans of kind "cash"), 28 broader offers under names of
# their own covering 2-11 items each, 8 need titles, 9 need descriptions, 16 negations and past mentions
# (each a different construction: received before, received last month, not needed now, given by the
# paired city, given by a relative, bought by family, solved, enough, excluded from this request, a child's
# and an old person's own refusal, a question answered no, still usable after a repair, applied for before
# and delivered, put off, nobody can use it) and offer titles per category. Units that need converting:
# mass 斤 / 市斤 / 公斤 / kg / Kg / 千克 (also inside some items' own unit lists); packs the catalogue fixes
# (袋 = 10 / 25 / 40 / 50 kg, 瓶 = 0.5 kg, 吨 = 1000 kg), count multiples (打 = 12,
# 条 = 10 卷, 包 = 20 片, 盒 = 100 片, 扎 = 10 本, 套 = 10 本, 板 = 30 枚, 摞 = 10 个, 千片 = 1000 片, 匹 = 片,
# 卷 = 100 米, 盘 = 100 米, 节 = 2 米), volume (升 / L, 桶 = 5 升; 方 / 立方 / m³), area (平方米 / ㎡ / 平米 /
# 平), money (元 / 块 / 千元 / 万元), persons (人 / 名 / 位); and 15 % of the mass-item offers in 提 (a carry
# pack of unknown weight, not comparable). Every size is exact in binary floating point (no 两 or 毫升).
# ``check_blind19`` checks it against the catalogues, groups and negation templates of tune … blind18
# only, never the lexicon. The lead evaluates it once; never tune on it.
BLIND19_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("Kg", 1.0), ("斤", 0.5)]
_PERSONS19 = [("人", 1.0), ("名", 1.0), ("位", 1.0)]
_YUAN19 = [("元", 1.0), ("块", 1.0), ("千元", 1000.0), ("万元", 10000.0)]
_LITRES19 = [("升", 1.0), ("L", 1.0)]
_AREA19 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0), ("平", 1.0)]
_KG19 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0)]
BLIND19_CATALOGUE = [
    # 生活物资: food staples, warmth in winter, washing and cleaning
    ("cotton_shoes19", "living", "goods", ["毛窝子", "老棉鞋", "家做的棉鞋"], ["手工千层底棉鞋", "加绒老北京棉鞋"], ["双"], (1, 3)),
    ("thermos19", "living", "goods", ["开水壶子", "竹壳暖瓶", "暖水壶子"], ["大容量保温暖瓶", "家用不锈钢开水瓶"], ["个", "只"], (1, 3)),
    ("oil19", "living", "goods", ["食油", "家里吃的油", "烧菜的油"], ["金龙鱼调和油", "鲁花压榨花生油"],
     _LITRES19 + [("桶", 5.0)], (5, 20)),
    ("rice19", "living", "goods", ["稻谷米", "煮饭的米", "晚稻米"], ["长粒香大米", "盘锦大米"], _KG19 + [("袋", 10.0)], (10, 50)),
    ("flour19", "living", "goods", ["蒸馍的面", "做馒头的面", "中筋面粉"], ["金沙河面粉", "五得利面粉"],
     _KG19 + [("袋", 25.0)], (25, 100)),
    ("towel19", "living", "goods", ["洗脸帕", "擦脸的毛巾", "手帕子"], ["洁丽雅毛巾", "全棉吸水毛巾"],
     [("条", 1.0), ("打", 12.0)], (2, 24)),
    ("tissue19", "living", "goods", ["上厕所的纸", "生活用纸"], ["心相印卷纸", "维达卷筒纸"],
     [("卷", 1.0), ("条", 10.0)], (10, 40)),
    ("detergent19", "living", "goods", ["皂粉", "洗衣粉末", "洗衣裳的粉"], ["立白洗衣粉", "雕牌洗衣粉"], None, (2, 10)),
    ("hot_water_bottle19", "living", "goods", ["暖脚壶", "灌热水的暖袋", "焐脚的壶"], ["铜汤婆子", "充水热水袋"], ["个"], (1, 2)),
    ("rain_boots19", "living", "goods", ["雨靴子", "胶靴", "下雨穿的靴子"], ["回力雨鞋", "防滑劳保雨靴"], ["双"], (1, 3)),
    ("e_blanket19", "living", "goods", ["电热褥", "插电的褥子"], ["彩虹电热毯", "双人双控电热毯"], ["床", "条"], (1, 2)),
    ("coal19", "living", "goods", ["取暖的煤", "煤块子", "生炉子的煤"], ["民用洁净煤", "兰炭"],
     [("吨", 1000.0), ("斤", 0.5), ("公斤", 1.0)], (500, 2000)),
    ("down_jacket19", "living", "goods", ["鸭绒服", "羽绒棉袄"], ["波司登羽绒服", "加厚保暖羽绒外套"], ["件"], (1, 3)),
    # 医疗救助: aids for the old, medicines for chronic illness, a first-aid shelf, check-ups and an operation
    ("reading_glasses19", "medical", "goods", ["看报的眼镜", "老人眼镜"], ["防蓝光老花眼镜", "中老年树脂花镜"], ["副"], (1, 2)),
    ("bp_meter19", "medical", "goods", ["测血压的", "血压机", "电子血压表"], ["欧姆龙血压计", "上臂式电子血压计"],
     ["台", "个"], (1, 1)),
    ("hearing_aid19", "medical", "goods", ["助听耳机", "听力器", "助听的机子"], ["耳背式助听器", "老人耳内助听器"],
     ["个", "台"], (1, 2)),
    ("cane19", "medical", "goods", ["拄的棍子", "拐杖棍", "拐棍子"], ["铝合金四脚拐杖", "老人防滑手杖"], ["根", "支"], (1, 2)),
    ("diaper19", "medical", "goods", ["老人尿垫", "纸尿片", "大人用的尿不湿"], ["可靠成人护理垫", "老年护理纸尿片"],
     [("片", 1.0), ("包", 20.0)], (20, 120)),
    ("bp_pills19", "medical", "goods", ["高血压的药", "血压药"], ["缬沙坦胶囊", "厄贝沙坦片"], ["盒"], (2, 10)),
    ("insulin19", "medical", "goods", ["降糖针", "打的胰岛素", "糖尿病的针"], ["诺和灵笔芯", "甘精胰岛素注射液"], ["支"], (2, 10)),
    ("bandaid19", "medical", "goods", ["创口贴", "护创贴"], ["防水创可贴", "弹性创可贴"],
     [("片", 1.0), ("盒", 100.0)], (20, 200)),
    ("iodine19", "medical", "goods", ["擦伤口的药水", "红药水"], ["安尔碘皮肤消毒剂", "聚维酮碘溶液"], ["瓶"], (1, 4)),
    ("wheelchair19", "medical", "goods", ["推椅", "代步的轮椅"], ["折叠手动轮椅", "鱼跃轮椅"], ["台", "辆"], (1, 1)),
    ("checkup19", "medical", "service", ["查体", "检查身体", "做个全身检查"], ["免费健康体检", "三甲医院专家义诊"],
     _PERSONS19, (1, 3)),
    ("cataract19", "medical", "service", ["换晶体", "白内障开刀", "眼睛蒙了要做手术"], ["白内障复明手术", "光明行免费手术"],
     _PERSONS19, (1, 2)),
    # 教育助学: school things, a corner to study in, sport and reading
    ("schoolbag19", "education", "goods", ["上学背的包", "背书的包", "新书包"], ["儿童护脊双肩书包", "卡通学生书包"], ["个"], (1, 3)),
    ("grid_book19", "education", "goods", ["拼音本", "写字本", "数学本"], ["小学生田字格", "统一规格作业簿"],
     [("本", 1.0), ("扎", 10.0)], (10, 50)),
    ("desk_lamp19", "education", "goods", ["书桌上的灯", "读书灯", "看书的灯"], ["LED护眼台灯", "国AA级读写台灯"],
     ["盏", "台"], (1, 2)),
    ("idiom_dict19", "education", "goods", ["成语词典", "成语字典", "查成语的书"], ["新华成语词典", "小学生成语词典"], ["本"], (1, 3)),
    ("laptop19", "education", "goods", ["手提电脑", "网课电脑", "上网课用的电脑"], ["联想笔记本电脑", "二手商务笔记本"], ["台"], (1, 1)),
    ("study_desk19", "education", "goods", ["书桌子", "写作业的桌子", "小书桌"], ["儿童升降学习桌", "实木写字桌"],
     ["张", "套"], (1, 1)),
    ("uniform19", "education", "goods", ["上学穿的校服", "校裤"], ["定制冬季校服", "中小学生运动校服"], ["套"], (1, 3)),
    ("badminton19", "education", "goods", ["打羽毛球的拍子", "羽球拍", "羽毛球拍子"], ["碳素羽毛球拍", "李宁羽毛球拍"],
     ["副", "支"], (1, 3)),
    ("jump_rope19", "education", "goods", ["跳跳绳", "体育课的跳绳", "竹节跳绳"], ["中考专用跳绳", "钢丝跳绳"], ["根", "条"], (2, 10)),
    ("pencil_bag19", "education", "goods", ["笔盒子", "装笔的袋子"], ["学生大容量笔袋", "帆布文具袋"], ["个"], (1, 3)),
    ("crayons19", "education", "goods", ["彩色蜡笔", "蜡笔子", "重彩棒"], ["儿童可水洗蜡笔", "马利油画棒"], ["盒"], (1, 3)),
    ("picture_books19", "education", "goods", ["画本", "看图的书", "睡前故事书"], ["儿童绘本套装", "经典连环画"],
     [("本", 1.0), ("套", 10.0)], (5, 30)),
    # 住房安全: what building or repairing a farmhouse takes
    ("cement19", "housing", "goods", ["水泥灰", "325水泥", "普通硅酸盐水泥"], ["P.O42.5普通水泥", "华新水泥"],
     [("吨", 1000.0), ("袋", 50.0), ("公斤", 1.0)], (1000, 5000)),
    ("roof_tile19", "housing", "goods", ["红瓦", "屋顶的瓦", "盖房的瓦"], ["黏土红瓦", "水泥机瓦"],
     [("片", 1.0), ("匹", 1.0), ("千片", 1000.0)], (500, 3000)),
    ("entry_door19", "housing", "goods", ["进屋的门", "屋门"], ["钢质入户门", "甲级安全门"], ["樘", "扇"], (1, 2)),
    ("window19", "housing", "goods", ["窗户框", "铝合金窗子"], ["断桥铝窗", "中空玻璃塑钢窗"], _AREA19, (4, 20)),
    ("floor_tile19", "housing", "goods", ["瓷片", "地面砖", "地板瓷砖"], ["抛釉地板砖", "仿古地砖"], _AREA19, (20, 100)),
    ("putty19", "housing", "goods", ["大白", "刮墙的粉", "腻子"], ["内墙耐水腻子", "墙面找平腻子"], None, (50, 300)),
    ("wire19", "housing", "goods", ["铜芯线", "铜线", "拉电的线"], ["国标铜芯电线", "BV2.5平方电线"],
     [("米", 1.0), ("卷", 100.0)], (50, 300)),
    ("felt19", "housing", "goods", ["防水毡", "油毡纸"], ["改性沥青防水卷材", "APP防水卷材"], _AREA19, (20, 100)),
    ("sand19", "housing", "goods", ["砂子", "细沙", "粗沙"], ["建筑中砂", "机制砂"],
     [("方", 1.0), ("立方", 1.0), ("m³", 1.0)], (2, 10)),
    # 易地搬迁: furnishing a flat in a resettlement estate
    ("wardrobe19", "relocation", "goods", ["衣服柜子", "装衣服的柜子", "挂衣柜"], ["板式衣柜", "推拉门衣橱"], ["个", "组"], (1, 1)),
    ("dining_table19", "relocation", "goods", ["吃饭的桌子", "餐桌子"], ["折叠餐桌", "一桌四椅餐桌组合"], ["张", "套"], (1, 1)),
    ("fridge19", "relocation", "goods", ["冰柜子", "冷藏柜", "双开门冰箱"], ["海尔冰箱", "双门节能冰箱"], ["台"], (1, 1)),
    ("washer19", "relocation", "goods", ["洗衣裳的机器", "波轮洗衣机", "洗衣机子"], ["小天鹅洗衣机", "海信滚筒洗衣机"], ["台"], (1, 1)),
    ("rice_cooker19", "relocation", "goods", ["电锅", "煮饭的锅", "智能饭煲"], ["美的电饭煲", "苏泊尔电饭锅"], ["个", "台"], (1, 1)),
    ("gas_stove19", "relocation", "goods", ["烧气的灶", "天然气灶", "煤气炉"], ["双眼燃气灶", "方太燃气灶"], ["台", "个"], (1, 1)),
    ("curtain19", "relocation", "goods", ["帘子", "布帘", "遮光帘"], ["遮光窗帘布", "窗帘套装"], ["幅", "副"], (1, 4)),
    ("bed19", "relocation", "goods", ["铁架床", "木板床", "睡的床"], ["1.5米实木床", "加厚铁艺床"], ["张"], (1, 2)),
    ("stool19", "relocation", "goods", ["塑料凳", "胶凳", "矮凳"], ["家用方凳", "可叠放塑料凳"],
     [("个", 1.0), ("张", 1.0), ("摞", 10.0)], (4, 20)),
    ("water_heater19", "relocation", "goods", ["洗澡的热水器", "烧水洗澡的", "电热水炉"], ["储水式电热水器", "万和电热水器"],
     ["台"], (1, 1)),
    # 产业发展: fertiliser, seed and film, young stock, feed, hives and small machines
    ("compound19", "production", "goods", ["三元复合肥", "复混肥", "复合化肥"], ["史丹利复合肥", "硫酸钾型复合肥"],
     _KG19 + [("袋", 50.0), ("吨", 1000.0)], (200, 2000)),
    ("urea19", "production", "goods", ["氮肥", "尿素肥", "化肥尿素"], ["心连心尿素", "大颗粒尿素"], None, (100, 500)),
    ("piglets19", "production", "goods", ["猪儿子", "小猪娃子", "刚断奶的小猪"], ["杜长大仔猪", "优质仔猪苗"], ["头", "只"], (2, 20)),
    ("chicks19", "production", "goods", ["鸡秧子", "小鸡娃子", "出壳的小鸡"], ["乌骨鸡苗", "芦花鸡雏"], ["只", "羽"], (100, 500)),
    ("goat_kids19", "production", "goods", ["山羊仔", "羊娃子", "小山羊"], ["波尔山羊种羊", "南江黄羊"], ["只", "头"], (5, 30)),
    ("calves19", "production", "goods", ["黄牛犊", "母牛犊"], ["架子牛", "安格斯牛犊"], ["头"], (1, 5)),
    ("mulch19", "production", "goods", ["薄膜", "盖地的膜", "白膜"], ["PE地膜", "可降解农用地膜"], None, (20, 100)),
    ("corn_seed19", "production", "goods", ["玉米良种", "苞谷籽", "种玉米的种子"], ["登海605", "德美亚1号"], None, (10, 50)),
    ("walnut_seedling19", "production", "goods", ["核桃苗", "核桃树苗", "嫁接核桃苗"], ["清香核桃嫁接苗", "薄壳核桃苗"],
     ["株", "棵"], (50, 500)),
    ("sprayer19", "production", "goods", ["背的喷壶", "打药的机子", "药壶"], ["背负式喷雾器", "锂电池喷雾器"], ["台", "个"], (1, 3)),
    ("tiller19", "production", "goods", ["小铁牛", "耕地的机器"], ["柴油微耕机", "多功能田园管理机"], ["台"], (1, 1)),
    ("pig_feed19", "production", "goods", ["猪食", "喂猪的饲料", "育肥料"], ["正大猪饲料", "育肥猪配合饲料"],
     _KG19 + [("袋", 40.0)], (200, 1000)),
    ("beehive19", "production", "goods", ["养蜂的箱子", "中蜂箱"], ["杉木蜂箱", "标准十框蜂箱"], ["个", "只"], (5, 30)),
    # 消费帮扶: what the village sells, mostly by weight
    ("eggs19", "consumption", "goods", ["鸡子", "跑山鸡蛋", "农家蛋"], ["散养土鸡蛋", "农家草鸡蛋"],
     [("枚", 1.0), ("个", 1.0), ("板", 30.0)], (30, 300)),
    ("honey19", "consumption", "goods", ["百花蜜", "野蜂蜜", "老蜂蜜"], ["深山土蜂蜜", "农家百花蜂蜜"],
     _KG19 + [("瓶", 0.5)], (5, 50)),
    ("walnuts19", "consumption", "goods", ["干核桃", "老核桃", "核桃干果"], ["新疆纸皮核桃", "云南泡核桃"], None, (20, 200)),
    ("potatoes19", "consumption", "goods", ["洋芋头", "土豆子", "薯仔"], ["定西马铃薯", "黄心土豆"], None, (500, 5000)),
    ("tea19", "consumption", "goods", ["新茶", "炒青", "茶叶子"], ["都匀毛尖", "高山云雾茶"], None, (2, 20)),
    ("pork19", "consumption", "goods", ["年猪肉", "鲜猪肉", "农家猪肉"], ["散养黑毛猪肉", "生态土猪肉"], None, (50, 500)),
    ("apples19", "consumption", "goods", ["苹果子", "秦冠", "嘎啦果"], ["阿克苏冰糖心苹果", "烟台苹果"], None, (200, 2000)),
    ("millet19", "consumption", "goods", ["小米子", "熬稀饭的小米", "新谷小米"], ["沁州黄小米", "张家口小米"], None, (20, 200)),
    ("wood_ear19", "consumption", "goods", ["耳子", "秋耳", "木耳子"], ["东北秋木耳", "干木耳"], None, (10, 100)),
    ("dates19", "consumption", "goods", ["灰枣", "枣儿", "晒干的枣"], ["和田骏枣", "沧州金丝小枣"], None, (20, 200)),
    ("noodles19", "consumption", "goods", ["宽粉", "红苕粉条", "苕粉条"], ["手工红薯粉条", "农家宽粉条"], None, (20, 200)),
    # 就业帮扶: trainings and jobs (kind "service"), and machines to earn with
    ("cook19", "employment", "service", ["学炒菜", "当厨子", "学做菜"], ["中式烹调师培训班", "厨师技能培训"], _PERSONS19, (1, 3)),
    ("excavator19", "employment", "service", ["开挖机", "学挖掘机", "勾机司机"], ["挖掘机操作培训", "挖掘机驾驶员培训班"],
     _PERSONS19, (1, 3)),
    ("cleaner19", "employment", "service", ["保洁", "家政服务员", "做保洁"], ["家政公司保洁岗位", "家政服务员招聘"],
     _PERSONS19, (1, 3)),
    ("electrician19", "employment", "service", ["水电工", "电工证", "学水电"], ["低压电工取证培训", "水电安装培训"],
     _PERSONS19, (1, 3)),
    ("factory19", "employment", "service", ["流水线", "普工", "进厂上班"], ["电子厂普工招聘", "东莞工厂招工"], _PERSONS19, (1, 5)),
    ("courier19", "employment", "service", ["送快递", "快递员", "快递分拣"], ["快递网点分拣员岗位", "快递员招聘"],
     _PERSONS19, (1, 3)),
    ("ranger19", "employment", "service", ["护林员", "看山的", "生态护林员"], ["生态护林员岗位", "林区巡护员"], _PERSONS19, (1, 2)),
    ("sewing_machine19", "employment", "goods", ["缝纫机器", "缝衣裳的机子", "车衣服的机器"], ["兄弟牌缝纫机", "标准牌平车"],
     ["台"], (1, 2)),
    ("food_cart19", "employment", "goods", ["摆摊的推车", "餐车", "夜市摊车"], ["流动小吃车", "不锈钢早餐车"], ["辆", "台"], (1, 1)),
    # 基础设施: lights, bins, water, roads and a square
    ("street_light19", "infrastructure", "goods", ["照明灯杆", "街灯", "马路灯"], ["LED光伏路灯", "乡村道路照明灯"],
     ["盏", "套"], (10, 50)),
    ("bin19", "infrastructure", "goods", ["分类桶", "装垃圾的桶", "环卫桶"], ["户外环卫垃圾桶", "挂车垃圾桶"], ["个", "只"], (10, 50)),
    ("pe_pipe19", "infrastructure", "goods", ["饮水管", "输水管", "黑管子"], ["PE给水管", "聚乙烯饮水管"],
     [("米", 1.0), ("盘", 100.0)], (100, 1000)),
    ("cistern19", "infrastructure", "goods", ["水池子", "水柜", "储水池"], ["混凝土蓄水池", "集雨蓄水窖"], ["口", "座"], (1, 3)),
    ("fitness_path19", "infrastructure", "goods", ["室外健身器", "锻炼的器材", "扭腰器"], ["全民健身路径", "户外健身器材套装"],
     ["套"], (1, 2)),
    ("cctv19", "infrastructure", "goods", ["天网", "监控摄像", "探头"], ["村级视频监控", "高清网络摄像机"], ["个", "套"], (2, 10)),
    ("culvert19", "infrastructure", "goods", ["水泥管", "过路管", "圆管涵"], ["混凝土圆管", "钢筋水泥涵管"],
     [("米", 1.0), ("节", 2.0)], (10, 50)),
    ("road19", "infrastructure", "goods", ["路面硬化", "打水泥路", "通户路"], ["村组道路硬化", "水泥路面硬化工程"], _AREA19,
     (200, 2000)),
    ("notice_board19", "infrastructure", "goods", ["村务公开栏", "宣传橱窗", "宣传牌"], ["不锈钢宣传橱窗", "户外公示牌"],
     ["块", "个"], (1, 3)),
    ("hoop19", "infrastructure", "goods", ["球架子", "篮板", "篮球板"], ["地埋式篮球架", "户外篮球架"], ["副", "套"], (1, 2)),
    # 金融信贷: school, hospital, a loan, a house, an emergency, insurance (kind "cash")
    ("tuition19", "finance", "cash", ["念书的钱", "读书钱", "上学的费用"], ["大学新生助学金", "圆梦助学金"], _YUAN19, (2000, 10000)),
    ("hospital19", "finance", "cash", ["治病钱", "住院的钱", "医疗费"], ["大病医疗救助", "住院费用救助"], _YUAN19, (2000, 30000)),
    ("microcredit19", "finance", "cash", ["小额贷款", "信用贷", "无息贷款"], ["免抵押小额信用贷", "扶贫贴息贷款"],
     _YUAN19, (10000, 50000)),
    ("rebuild_fund19", "finance", "cash", ["危改钱", "盖房子的钱", "翻修房子的钱"], ["农村危房改造补贴", "安居工程补助"],
     _YUAN19, (5000, 30000)),
    ("emergency19", "finance", "cash", ["临时救助金", "急用钱", "应急的钱"], ["临时困难救助金", "爱心救急款"], _YUAN19, (500, 5000)),
    ("insurance19", "finance", "cash", ["新农合", "合作医疗的钱", "合疗费"], ["城乡居民医保缴费资助", "参保费资助"],
     _YUAN19, (300, 2000)),
    # 其他: an old person's radio, phone, television and chess, a child's toy, couplets, visits and legal help
    ("radio19", "other", "goods", ["匣子", "话匣子"], ["多波段收音机", "德生收音机"], ["台", "个"], (1, 1)),
    ("old_phone19", "other", "goods", ["按键手机", "大字手机", "直板机"], ["老年人直板手机", "大声音大按键手机"], ["部", "台"], (1, 1)),
    ("tv19", "other", "goods", ["电视机子", "彩色电视", "液晶电视机"], ["32寸液晶电视", "创维液晶电视"], ["台"], (1, 1)),
    ("blocks19", "other", "goods", ["积木", "拼插积木", "乐高"], ["儿童益智积木", "大颗粒拼装积木"], ["盒", "套"], (1, 2)),
    ("couplets19", "other", "goods", ["春联", "对子", "门对子"], ["手写春联", "书法家送春联"], ["副"], (1, 4)),
    ("chess19", "other", "goods", ["下棋的", "象棋子", "一副象棋"], ["大号实木象棋", "老人象棋"], ["副"], (1, 2)),
    ("visits19", "other", "service", ["陪老人说话", "上门探望", "常来看看"], ["志愿者定期探访", "空巢老人关爱行动"],
     ["次", "户"], (1, 4)),
    ("legal19", "other", "service", ["打官司", "讨薪", "法律咨询"], ["律师免费法律援助", "公益律师咨询"], _PERSONS19, (1, 2)),
]
# Broader offers under names of their own. generate() gives a broader offer's unit size 1 and counts it as
# kg for mass items: groups covering a weighed item are in 公斤, the others in a unit of size 1 for every
# covered item that counts in it (平方米, 台, 头, 人, 元 ...) or in one none of them uses (not comparable).
BLIND19_BROAD = [
    ("grain_oil19", "living", ["米面粮油套餐", "节日粮油礼包"], ["rice19", "flour19", "oil19"], ["份"]),
    ("winter19", "living", ["防寒保暖用品", "冬季御寒包"],
     ["cotton_shoes19", "hot_water_bottle19", "e_blanket19", "coal19", "down_jacket19"], ["件"]),
    ("daily_clean19", "living", ["日用洗化", "清洁卫生用品"], ["towel19", "tissue19"], ["箱"]),
    ("aids19", "medical", ["助老辅具", "适老化辅助用品"],
     ["reading_glasses19", "hearing_aid19", "cane19", "wheelchair19"], ["件"]),
    ("chronic19", "medical", ["慢病药品", "常用慢性病药"], ["bp_pills19", "insulin19"], ["盒"]),
    ("first_aid19", "medical", ["家庭急救包", "外伤处理用品"], ["bandaid19", "iodine19"], ["套"]),
    ("free_clinic19", "medical", ["健康扶贫义诊", "医疗志愿服务"], ["checkup19", "cataract19"], ["人"]),
    ("stationery19", "education", ["开学文具包", "入学文具礼包"],
     ["schoolbag19", "grid_book19", "pencil_bag19", "crayons19"], ["份"]),
    ("study_corner19", "education", ["温馨学习角", "学习角设备"],
     ["desk_lamp19", "study_desk19", "laptop19", "idiom_dict19"], ["套"]),
    ("sports19", "education", ["体育锻炼用品", "课间活动器材"], ["badminton19", "jump_rope19"], ["件"]),
    ("building19", "housing", ["建房主材", "砖瓦砂石建材"],
     ["cement19", "roof_tile19", "sand19", "wire19", "entry_door19"], ["批"]),
    ("decoration19", "housing", ["装修辅料", "室内装修材料"], ["floor_tile19", "felt19", "window19"], ["平方米"]),
    ("appliances19", "relocation", ["家电下乡产品", "新家电器"],
     ["fridge19", "washer19", "rice_cooker19", "gas_stove19", "water_heater19"], ["台"]),
    ("furniture19", "relocation", ["安置房家具", "入住家具套餐"],
     ["wardrobe19", "dining_table19", "bed19", "stool19", "curtain19"], ["件"]),
    ("livestock19", "production", ["养殖幼崽", "畜禽种苗包"],
     ["piglets19", "chicks19", "goat_kids19", "calves19"], ["头"]),
    ("farm_inputs19", "production", ["春耕物资", "农业生产资料"],
     ["compound19", "urea19", "mulch19", "corn_seed19", "pig_feed19"], ["公斤"]),
    ("machines19", "production", ["小农机", "田间小型机械"], ["sprayer19", "tiller19"], ["台"]),
    ("produce19", "consumption", ["特色农产品", "乡村好物"],
     ["eggs19", "honey19", "walnuts19", "potatoes19", "tea19", "pork19", "apples19", "millet19", "wood_ear19",
      "dates19", "noodles19"], ["公斤"]),
    ("dried19", "consumption", ["山货干货", "干杂山货"], ["wood_ear19", "walnuts19", "dates19", "noodles19"], ["公斤"]),
    ("skills19", "employment", ["技能提升培训", "学门手艺"], ["cook19", "excavator19", "electrician19"], ["人"]),
    ("jobs19", "employment", ["务工岗位", "稳岗就业"], ["cleaner19", "factory19", "courier19", "ranger19"], ["人"]),
    ("village_env19", "infrastructure", ["美丽乡村建设物资", "村容整治设备"],
     ["bin19", "street_light19", "notice_board19", "cctv19"], ["套"]),
    ("water19", "infrastructure", ["安全饮水工程", "饮水工程材料"], ["pe_pipe19", "cistern19"], ["批"]),
    ("sports_ground19", "infrastructure", ["文体广场设施", "村级文体设施"], ["fitness_path19", "hoop19"], ["套"]),
    ("health_fund19", "finance", ["医疗保障资助", "看病帮扶款"], ["hospital19", "insurance19"], ["元"]),
    ("family_aid19", "finance", ["困难家庭帮扶金", "综合救助资金"], ["tuition19", "emergency19", "rebuild_fund19"], ["元"]),
    ("elderly_fun19", "other", ["老年人文娱用品", "老人精神慰藉"], ["radio19", "old_phone19", "tv19", "chess19"], ["件"]),
    ("volunteer19", "other", ["志愿服务", "关爱帮扶服务"], ["visits19", "legal19"], ["次"]),
]
TEMPLATES["blind19"] = {
    # Needs as a household, a 帮扶干部 and a 村委会 type them into the platform's form: a short title, then
    # the situation and the request, in many constructions; offers as short titles.
    "need_title": ["{who}申请{name}", "求助：{who}缺{name}", "{name}（{who}）", "有没有{name}？——{who}", "急需{name}",
                   "{who}：想要一些{name}", "帮{who}解决{name}的问题", "关于{name}的需求"],
    "need_desc": ["因为{cause}，所以想申请{name}。", "{cause}。现在最缺的就是{name}，哪个单位能帮一下？",
                  "{cause}，{name}一直没钱置办，麻烦大家帮帮忙。", "基本情况：{cause}。需求：{name}。",
                  "{name}，越快越好。{cause}。", "请问在哪能申请{name}？{cause}。", "{cause}，能不能给配点{name}？",
                  "{cause}，经村两委研究，特申请{name}。", "{cause}，{name}是眼下最要紧的，先谢谢了！"],
    "negated": ["{other}前年镇上已经发过了", "{other}眼下还用不上", "{other}东西部协作那边已经给配齐了",
                "{other}的事已经解决了，这回只说{name}", "{other}还够用", "申请的是{name}，{other}不在这次申请里",
                "孩子说{other}不要了，留给更需要的同学", "老人家说{other}用不惯，别送了",
                "{other}要不要？不用，去年领的还在用", "{other}是上个月刚领的", "{other}儿子打工回来已经买了",
                "{other}修一修还能接着用", "{other}有亲戚送过来，不缺", "{other}去年报过一次，已经落实到位",
                "{other}今年先不报，往后再说", "{other}用不着，家里没人会用"],
    "offer_title": ["{donor}捐赠{name}", "{name}，{donor}提供", "可提供：{name}（{donor}）", "{donor}｜{name}免费送",
                    "【结对帮扶】{donor}送{name}", "{donor}愿意出{name}"],
    "offer_title_consumption": ["{donor}采购{name}", "求购{name}（{donor}）", "{donor}长期收购{name}",
                                "{donor}以购代捐：{name}"],
    "offer_title_employment": ["{donor}就业帮扶：{name}", "{name}——{donor}", "{donor}助力稳就业：{name}"],
    "offer_title_finance": ["{donor}出资设立{name}", "{name}（{donor}）", "{donor}提供{name}，符合条件可申请"],
    "who": ["我家", "村民李某某", "六组脱贫户杨某", "监测户周某某", "村委会", "驻村第一书记", "帮扶干部小王",
            "搬迁户马某某", "残疾户何某"],
    "cause": ["家里4口人，就靠我一个人种地", "老伴去年中风，现在半边身子动不了", "两个娃都在镇上读书",
              "房子是七几年盖的土坯房，一下雨就漏", "刚搬到安置小区，屋里啥都没有", "村里200多户，留下的大部分是老人和小孩",
              "经入户核查，该户属于突发严重困难户", "村集体想把产业搞起来，但是底子薄", "我腿有残疾，干不了重活",
              "今年天旱，地里基本没收成", "孩子爸妈在浙江打工，孩子跟着爷爷奶奶"],
    "donor": ["宁波市对口帮扶工作队", "杭州某服装公司", "县慈善会", "爱心人士刘先生", "青岛市李沧区协作办",
              "省农信社驻村工作队", "乡村振兴促进会", "大学生志愿者协会", "福州市鼓楼区", "某商贸有限公司"],
}
# The parts blind19 was written after (its checks compare with these only).
_PARTS_BEFORE_BLIND19 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18")

# The "blind21" part (written 2026-12-01 for issue 13 by an engineer who opened none of matching/, the
# lexicon, search/data/, docs/matching.md, tests/ or any part's records and never ran the matcher) in the
# county poverty office's own register and the 2014 plan's formal language, a voice no other part has:
# needs as the rows an office keeps in Excel and imports (建档立卡 registry fields, 帮扶台账 rows, a
# village's 申报 line: 户主 / 致贫原因 / 帮扶需求 fields, 「两不愁三保障」 wording, 拟申请 / 申报 / 需解决),
# items under their catalogue and policy names; offers in the procurement and donation-list language of
# 定点帮扶单位, 中央企业 and 国有企业, 东西部协作 partner cities and 社会组织 (捐赠物资清单, 采购…一批, 援建…,
# 设立…专项), often with a spec or a standard in the name, and broader offers in policy terms (a 专项, a
# 工程 or a 计划 covering several items). Item names are deliberately not listed here: the lead evaluates
# the part once, unseen. 110 items of all 11 categories (kind "service" for posts, courses, operations,
# contracted care and help; kind "cash" for 补助 / 资金 / 信贷 in finance), 28 broader offers under names of
# their own covering 2-11 items each, 7 need titles, 7 need descriptions, 17 negations and past mentions
# in the register's words (each a different construction: a policy already enjoyed, 已落实, 已纳入, 本年度
# 已发放, solved by another body, 暂不需要, 不再申报, 除…外, 已具备, accepted last year, the household's or
# the pupil's own refusal, 已配齐, no double filing, 销号, 已撤回, 已办结), offer titles per category.
# Units that need converting: mass 斤 / 市斤 / 公斤 / kg / KG / 千克, 吨 = 1000 kg and bags of a size the
# catalogue fixes (袋（25公斤）, 袋（40公斤）, 袋（50公斤）); count multiples (盒 = 50 条, 包 = 10 片,
# 箱 = 80 片, 箱 = 8 袋, 套 = 20 册, 包 = 20 本, 千羽 = 1000 羽, 千株 / 万株, 万块 = 10000 块, 节 = 2 米); volume
# (升 / L, 桶（5L） = 5 升); area (平方米 / ㎡ / m², 亩 / 公顷 = 15 亩); length (米 / 延米 / 公里 = 1000 米);
# money (元 / 万元); 台(套) beside 台 and 套; and 15 % of the mass-item offers in 批 (a lot of unknown
# weight, not comparable). Every size is exact in binary floating point (no 两, 毫升 or 亩 in 平方米), so
# no label turns on a rounding error. ``check_blind21`` checks it against the catalogues, groups and
# negation templates of tune … blind20 only, never the lexicon. Never tune on it.
BLIND21_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("KG", 1.0), ("公斤", 1.0)]
_PERSONS21 = [("人", 1.0), ("名", 1.0), ("人次", 1.0)]
_YUAN21 = [("元", 1.0), ("万元", 10000.0)]
_AREA21 = [("平方米", 1.0), ("㎡", 1.0), ("m²", 1.0)]
_MU21 = [("亩", 1.0), ("公顷", 15.0)]
_LENGTH21 = [("米", 1.0), ("延米", 1.0), ("公里", 1000.0)]
_OIL21 = [("升", 1.0), ("L", 1.0), ("桶（5L）", 5.0)]
_TONNE21 = [("公斤", 1.0), ("斤", 0.5), ("吨", 1000.0)]
BLIND21_CATALOGUE = [
    # 生活保障（两不愁）: food, clothes, warmth and fuel as a household's 台账 lists them
    ("quilt21", "living", "goods", ["过冬棉被", "御寒被褥", "棉被褥"], ["长绒棉冬被（200×230cm）", "冬被（GB/T 22796）"],
     ["床", "套"], (1, 3)),
    ("edible_oil21", "living", "goods", ["桶装食用油", "生活用油", "粮油（食用油）"], ["一级大豆油（5L装）", "食用调和油"],
     _OIL21, (5, 30)),
    ("rice21", "living", "goods", ["生活用米", "口粮（大米）", "成品大米"], ["东北粳米（GB/T 1354一级）", "优质籼米"],
     [("公斤", 1.0), ("斤", 0.5), ("袋（25公斤）", 25.0)], (25, 200)),
    ("flour21", "living", "goods", ["生活用面", "口粮（面粉）", "面粉（特一）"], ["高筋小麦粉（10公斤装）", "通用小麦粉（GB/T 1355）"],
     None, (10, 100)),
    ("purifier21", "living", "goods", ["家用净水设备", "饮水净化器", "户用净水器"], ["反渗透净水机（RO）", "户用净水装置"],
     ["台", "台(套)"], (1, 1)),
    ("winter_wear21", "living", "goods", ["冬季棉服", "棉衣棉裤（成人）", "过冬棉衣"], ["成人棉服", "防寒羽绒服"], ["件", "套"], (1, 4)),
    ("cotton_shoes21", "living", "goods", ["防寒棉鞋", "冬季棉鞋", "御寒鞋"], ["劳保棉鞋（防滑底）", "加绒棉靴"],
     ["双"], (1, 4)),
    ("lpg21", "living", "goods", ["钢瓶（液化气）", "液化气钢瓶（户用）", "LPG钢瓶"], ["YSP-15液化石油气钢瓶", "民用液化气钢瓶"],
     ["个", "只"], (1, 1)),
    ("coal21", "living", "goods", ["取暖用煤", "过冬燃煤", "取暖季燃料煤"], ["清洁型煤", "兰炭（清洁取暖用）"], _TONNE21, (500, 2000)),
    ("e_blanket21", "living", "goods", ["单人电热毯", "电热毯（户用）", "取暖电热毯"], ["安全型电热毯（双控）", "调温电热褥"],
     ["条", "床"], (1, 2)),
    ("detergent21", "living", "goods", ["洗涤用品", "袋装洗衣粉", "洗衣用品"], ["洗衣粉（GB/T 13171）", "低泡洗衣粉"],
     [("袋", 1.0), ("箱", 8.0)], (2, 16)),
    # 基本医疗保障: aids from the 残联 catalogue, home monitoring, and contracted care and operations
    ("wheelchair21", "medical", "goods", ["残疾人辅助器具（轮椅）", "手动轮椅车", "代步轮椅"],
     ["手动轮椅车（GB/T 13800）", "折叠式钢制轮椅"], ["台", "辆"], (1, 1)),
    ("walker21", "medical", "goods", ["助行器具", "腋拐", "四脚拐杖"], ["铝合金助行架", "可调式腋下拐"], ["副", "个"], (1, 2)),
    ("hearing21", "medical", "goods", ["助听器适配", "助听设备", "听力辅具"], ["数字耳背式助听器", "残联适配助听器"],
     ["台", "个"], (1, 2)),
    ("bp_meter21", "medical", "goods", ["家用测压仪", "血压测量仪", "血压监测设备"],
     ["上臂式电子血压计（二类医疗器械）", "臂式血压监测仪"], ["台", "个"], (1, 1)),
    ("strips21", "medical", "goods", ["血糖检测条", "血糖试条", "糖尿病检测耗材"], ["配套血糖试条", "血糖测试条（50条/盒）"],
     [("条", 1.0), ("盒", 50.0)], (50, 200)),
    ("family_doctor21", "medical", "service", ["签约医生上门", "家医签约", "家庭医生签约履约"],
     ["家庭医生团队上门履约", "乡村医生签约服务包"], [("人", 1.0), ("户", 1.0)], (1, 3)),
    ("cataract21", "medical", "service", ["复明手术", "白内障复明治疗", "眼科复明救治"],
     ["光明行白内障免费手术", "白内障超声乳化手术名额"], _PERSONS21, (1, 2)),
    ("rehab21", "medical", "service", ["残疾儿童康复训练", "康复救助", "儿童康复救助项目"],
     ["孤独症儿童康复训练名额", "定点康复机构训练服务"], _PERSONS21, (1, 2)),
    ("incontinence21", "medical", "goods", ["成人尿不湿", "失禁护理用品", "一次性护理垫单"], ["成人纸尿裤（L码）", "一次性护理垫"],
     [("片", 1.0), ("包", 10.0), ("箱", 80.0)], (20, 160)),
    ("oxygen21", "medical", "goods", ["医用制氧设备", "氧疗设备", "家庭氧疗机"], ["分子筛制氧机（5L）", "家用医用制氧机"],
     ["台"], (1, 1)),
    ("care_bed21", "medical", "goods", ["卧床护理床", "医用护理床（户用）", "失能人员护理床"], ["双摇手动护理床", "电动翻身护理床"],
     ["张", "台"], (1, 1)),
    # 义务教育保障: a pupil's things, a village school's equipment, teachers
    ("desks21", "education", "goods", ["学生课桌椅", "单人课桌凳", "标准课桌椅"], ["升降课桌椅（GB/T 3976）", "钢木单人课桌椅"],
     ["套"], (5, 40)),
    ("satchel21", "education", "goods", ["学生用书包", "小学生书包", "书包（学生用）"], ["护脊减负双肩包", "学生双肩包（爱心款）"],
     ["个"], (1, 3)),
    ("uniform21", "education", "goods", ["学生装（统一订制）", "统一校服", "校服（冬季）"], ["GB/T 31888学生服", "冬季冲锋衣校服"],
     ["套"], (1, 3)),
    ("dictionary21", "education", "goods", ["工具书", "学生工具书", "汉语字典"], ["新华字典第12版（双色本）", "现代汉语词典（第7版）"],
     ["本", "册"], (1, 3)),
    ("pc21", "education", "goods", ["教学电脑", "学生电脑", "计算机教室设备"], ["台式计算机（含显示器）", "教学笔记本电脑"],
     ["台", "台(套)"], (1, 10)),
    ("whiteboard21", "education", "goods", ["多媒体教学设备", "电子白板", "班班通设备"],
     ["交互式电子白板一体机", "多媒体教学一体机（86英寸）"], ["套", "台(套)"], (1, 3)),
    ("books21", "education", "goods", ["阅读图书", "图书室藏书", "农家书屋补充图书"], ["农家书屋重点出版物", "中小学图书馆配备图书"],
     [("册", 1.0), ("套", 20.0)], (50, 500)),
    ("teacher21", "education", "service", ["支教", "支教老师", "师资支援"], ["研究生支教团", "银龄讲学教师"],
     _PERSONS21, (1, 3)),
    ("desk_lamp21", "education", "goods", ["学习台灯", "LED台灯", "读写照明台灯"], ["国AA级护眼台灯", "学生读写护眼灯"],
     ["台", "盏"], (1, 2)),
    ("exercise_books21", "education", "goods", ["学生练习本", "作业本册（统一规格）", "作业簿（学生用）"], ["16K学生练习本", "统一规格作业本"],
     [("本", 1.0), ("包", 20.0)], (20, 100)),
    ("keyboard21", "education", "goods", ["61键电子琴", "电钢琴", "音乐教学用琴"], ["教学用61键电子琴", "88键电钢琴"],
     ["台"], (1, 2)),
    # 住房安全保障: what a 危房改造 bill of materials lists, and the works
    ("cement21", "housing", "goods", ["P.O42.5水泥", "通用硅酸盐水泥", "建房用水泥"],
     ["普通硅酸盐水泥（P.O 42.5）", "复合硅酸盐水泥（P.C 32.5）"],
     [("吨", 1000.0), ("袋（50公斤）", 50.0), ("公斤", 1.0)], (1000, 10000)),
    ("rebar21", "housing", "goods", ["HRB400钢筋", "带肋钢筋", "建房用钢材"], ["HRB400螺纹钢", "热轧带肋钢筋"],
     [("吨", 1000.0), ("公斤", 1.0)], (500, 3000)),
    ("steel_roof21", "housing", "goods", ["屋面彩钢板", "彩钢屋面", "轻钢屋面材料"], ["彩钢夹芯板（0.4mm）", "屋面彩钢瓦（单层）"],
     _AREA21, (50, 200)),
    ("windows21", "housing", "goods", ["外窗更换", "铝合金门窗（窗）", "窗户改造"], ["断桥铝平开窗", "塑钢中空玻璃窗"], _AREA21, (5, 30)),
    ("security_door21", "housing", "goods", ["安全门", "防盗门（甲级）", "住宅防盗门（户用）"], ["防盗安全门（GB 17565）", "钢质防盗门（甲级）"],
     ["樘", "扇"], (1, 1)),
    ("floor_tiles21", "housing", "goods", ["地面铺贴瓷质砖", "室内地面铺装", "地坪瓷砖"], ["抛光砖（800×800）", "仿古防滑砖"],
     _AREA21, (30, 120)),
    ("membrane21", "housing", "goods", ["屋面防水", "屋面防渗处理", "防水材料"], ["弹性体改性沥青防水卷材（GB 18242）", "高分子防水卷材"],
     _AREA21, (50, 300)),
    ("toilet21", "housing", "goods", ["卫生厕所改造", "改厕", "户厕改造"], ["三格化粪池式户厕", "双瓮式卫生厕所"],
     ["座", "户", "套"], (1, 1)),
    ("reinforce21", "housing", "service", ["危房改造", "危房加固", "房屋加固"], ["农村危房加固改造施工", "C/D级危房改造工程"],
     ["户", "套"], (1, 1)),
    ("std_brick21", "housing", "goods", ["实心黏土砖", "烧结普通砖", "墙体砖"], ["MU10烧结普通砖", "页岩标砖"],
     [("块", 1.0), ("万块", 10000.0)], (5000, 30000)),
    # 易地扶贫搬迁后续扶持: what an 安置房 is furnished with
    ("furniture21", "relocation", "goods", ["安置房基本家具", "新居基本家具", "床柜桌椅"], ["易地搬迁户基本家具套装", "板式家具（床、衣柜、桌椅）"],
     ["套"], (1, 1)),
    ("wardrobe21", "relocation", "goods", ["组合衣柜", "安置房衣柜", "衣柜（两门）"], ["两门板式衣柜", "钢制衣柜"], ["组", "个"],
     (1, 1)),
    ("gas_hob21", "relocation", "goods", ["家用燃气灶具（双眼）", "嵌入式灶具", "天然气灶具"], ["嵌入式双眼燃气灶", "台式天然气灶"], ["台"],
     (1, 1)),
    ("hood21", "relocation", "goods", ["排烟设备", "厨房吸排油烟设备", "油烟净化设备（户用）"], ["侧吸式吸油烟机", "顶吸式抽油烟机"], ["台"],
     (1, 1)),
    ("water_heater21", "relocation", "goods", ["洗浴热水设备", "电储水热水器（户用）", "热水设备"], ["储水式电热水器（60升）", "真空管太阳能热水器"],
     ["台"], (1, 1)),
    ("curtains21", "relocation", "goods", ["窗饰", "窗帘（遮光）", "成品窗帘（户用）"], ["成品遮光窗帘", "布艺窗帘（含轨道）"],
     ["套", "幅"], (1, 4)),
    ("cookware21", "relocation", "goods", ["厨具", "厨房炊具（套）", "炊具"], ["不锈钢厨具五件套", "家用炊具套装"], ["套"], (1, 1)),
    ("double_bed21", "relocation", "goods", ["安置房床具", "成品床（双人）", "成人床具"], ["1.5米实木双人床", "钢架双人床"], ["张"],
     (1, 2)),
    # 产业发展: 农资, seed and stock, seedlings, machines and facilities, 农技 help
    ("compound_fert21", "production", "goods", ["NPK复合肥", "配方肥", "硫基复合肥"],
     ["测土配方专用肥", "硫酸钾复合肥（15-15-15）"], [("公斤", 1.0), ("吨", 1000.0), ("袋（40公斤）", 40.0)], (200, 2000)),
    ("urea21", "production", "goods", ["农用尿素", "酰胺态氮肥", "追肥用尿素"], ["尿素（N≥46.0%）", "颗粒尿素（GB/T 2440）"],
     [("公斤", 1.0), ("袋（50公斤）", 50.0), ("吨", 1000.0)], (100, 1000)),
    ("mulch21", "production", "goods", ["地膜覆盖材料", "聚乙烯地膜", "地面覆盖膜"],
     ["聚乙烯吹塑农用地膜（GB 13735）", "生物降解地膜（0.012mm）"],
     None, (20, 200)),
    ("seed_potato21", "production", "goods", ["脱毒马铃薯种薯", "马铃薯原种", "脱毒薯种"], ["脱毒原种种薯", "一级脱毒种薯"],
     _TONNE21, (500, 3000)),
    ("maize_seed21", "production", "goods", ["玉米单交种", "玉米种（包衣）", "玉米用种"], ["玉米杂交种（国审）", "包衣玉米良种"],
     None, (5, 50)),
    ("piglet21", "production", "goods", ["保育猪", "育肥仔猪", "架子猪苗"], ["三元仔猪（杜长大）", "免疫合格仔猪"], ["头", "只"],
     (2, 10)),
    ("cow21", "production", "goods", ["繁育母牛", "母牛（能繁）", "扩群母牛"], ["西门塔尔基础母牛", "安格斯能繁母牛"], ["头"], (1, 3)),
    ("goat21", "production", "goods", ["种用黑山羊", "肉用山羊", "羊只（种用）"], ["努比亚黑山羊种羊", "波尔山羊种公羊"], ["只", "头"],
     (2, 10)),
    ("chicks21", "production", "goods", ["蛋鸡苗", "商品代雏鸡", "土鸡雏"], ["林下散养土鸡苗", "罗曼粉蛋鸡雏"],
     [("羽", 1.0), ("只", 1.0), ("千羽", 1000.0)], (200, 2000)),
    ("orchard21", "production", "goods", ["经果林苗木", "嫁接果苗", "果树苗木（嫁接）"], ["嫁接核桃苗（二级以上）", "脱毒柑橘苗"],
     [("株", 1.0), ("千株", 1000.0), ("万株", 10000.0)], (1000, 20000)),
    ("tea_plants21", "production", "goods", ["茶叶苗木", "短穗扦插茶苗", "良种茶树苗"], ["福鼎大白茶无性系茶苗", "无性系良种茶苗（一级）"],
     [("株", 1.0), ("万株", 10000.0)], (10000, 50000)),
    ("greenhouse21", "production", "goods", ["温室大棚", "蔬菜大棚", "钢架大棚"], ["镀锌钢管大棚（GP-825）", "日光温室（含棚膜）"],
     _MU21, (1, 30)),
    ("tiller21", "production", "goods", ["微型耕耘机", "田园管理机", "耕整地机械"], ["柴油微耕机（农机购置补贴目录内）", "多用途田园管理机"],
     ["台", "台(套)"], (1, 1)),
    ("drone21", "production", "goods", ["农用无人机", "植保无人飞机", "飞防设备"], ["多旋翼植保无人飞机", "电动植保无人机（含电池）"],
     ["架", "台(套)"], (1, 1)),
    ("drip21", "production", "goods", ["滴灌设备", "节水灌溉设施", "微灌设施"], ["膜下滴灌系统", "水肥一体化滴灌设备"],
     _MU21, (10, 100)),
    ("pig_feed21", "production", "goods", ["全价配合饲料", "生猪饲料", "育肥期猪料"], ["生猪全价配合饲料", "育肥猪浓缩料"],
     [("公斤", 1.0), ("吨", 1000.0), ("袋（40公斤）", 40.0)], (200, 2000)),
    ("cold_store21", "production", "goods", ["果蔬冷藏库", "产地冷藏保鲜设施", "冷链仓储设施"], ["组合式冷库（100立方米）", "气调保鲜库"],
     ["座", "个"], (1, 1)),
    ("agri_tech21", "production", "service", ["农技指导", "科技特派员服务", "种养技术指导"], ["科技特派员驻村指导", "农技专家田间指导"],
     [("人次", 1.0), ("次", 1.0)], (1, 5)),
    ("hives21", "production", "goods", ["中蜂活框箱", "蜂群饲养箱", "标准蜂箱（户用）"], ["杉木郎式蜂箱", "中蜂活框蜂箱"], ["个", "套"],
     (10, 50)),
    # 消费帮扶: what 832 平台 and 以购代捐 buyers take, mostly weighed
    ("wood_ear21", "consumption", "goods", ["椴木木耳", "黑木耳（干制）", "干制木耳"], ["东北秋木耳（特级）", "黑木耳干品"],
     None, (20, 200)),
    ("ware_potato21", "consumption", "goods", ["商品薯", "鲜薯", "菜用马铃薯"], ["鲜食商品马铃薯", "精选商品洋芋"],
     [("吨", 1000.0), ("公斤", 1.0), ("斤", 0.5)], (1000, 10000)),
    ("kiwi21", "consumption", "goods", ["鲜猕猴桃", "猕猴桃（鲜）", "奇异果（鲜果）"], ["红心猕猴桃（单果80克以上）", "翠香猕猴桃"],
     None, (100, 1000)),
    ("green_tea21", "consumption", "goods", ["明前绿茶", "高山云雾绿茶（明前）", "炒青绿茶"], ["都匀毛尖（明前）", "有机高山绿茶"],
     None, (5, 50)),
    ("beef21", "consumption", "goods", ["冷鲜牛肉", "牛肉（冷鲜）", "分割牛肉"], ["冷鲜黄牛肉（分割）", "草饲牛肉"], None, (50, 500)),
    ("rapeseed_oil21", "consumption", "goods", ["压榨菜籽油", "小榨菜油", "土榨菜籽油"], ["古法小榨菜籽油", "浓香压榨菜籽油"],
     _OIL21, (100, 1000)),
    ("honey21", "consumption", "goods", ["中蜂蜜", "土法中蜂蜜", "成熟蜂蜜"], ["深山中蜂土蜂蜜", "百花蜂蜜（成熟蜜）"], None, (10, 100)),
    ("walnut21", "consumption", "goods", ["薄壳核桃", "核桃仁", "带壳核桃（干果）"], ["纸皮核桃（一级果）", "云南薄壳核桃"],
     None, (50, 500)),
    ("tartary21", "consumption", "goods", ["荞麦（苦荞）", "荞麦仁", "苦荞原粮"], ["凉山苦荞米", "黑苦荞"], None, (50, 500)),
    ("dried_chili21", "consumption", "goods", ["干制辣椒", "朝天椒（干）", "干红辣椒"], ["遵义朝天椒（干）", "子弹头干辣椒"],
     None, (50, 500)),
    ("sichuan_pepper21", "consumption", "goods", ["干花椒", "花椒（干）", "红花椒"], ["汉源大红袍花椒", "九叶青花椒（干）"],
     None, (10, 100)),
    # 就业帮扶: posts, 劳务输出 and courses (kind "service"), machines for a 帮扶车间
    ("public_post21", "employment", "service", ["公益岗", "乡村公益岗", "公益性岗位安置"], ["乡村保洁公益性岗位", "护路员公益岗位"],
     _PERSONS21, (1, 3)),
    ("labour_export21", "employment", "service", ["劳务输出", "转移就业", "外出务工"], ["东西部协作劳务输出岗位", "定向劳务输出（电子厂）"],
     _PERSONS21, (1, 5)),
    ("skills21", "employment", "service", ["家政服务技能培训", "家政从业人员培训", "家政培训（脱贫劳动力）"], ["家政服务员职业技能培训", "巾帼家政培训班"],
     _PERSONS21, (1, 5)),
    ("driving21", "employment", "service", ["机动车驾驶培训", "驾驶技能培训", "驾照培训"], ["B2驾照免费培训", "货车驾驶员定向培训"],
     _PERSONS21, (1, 2)),
    ("sewing_machine21", "employment", "goods", ["电脑平车", "工业平缝设备", "缝制设备"], ["直驱电脑平缝机", "工业高速平缝机"],
     ["台", "台(套)"], (5, 30)),
    ("ecommerce21", "employment", "service", ["农村电商培训", "直播带货培训", "电子商务技能培训"], ["农村电商直播带货实训", "电子商务进农村培训"],
     _PERSONS21, (1, 3)),
    # 基础设施: a village's roads, lights, drinking water, power and 健身 as 项目库 lines
    ("road21", "infrastructure", "goods", ["村组道路", "组组通道路", "产业道路硬化"], ["通组道路硬化工程", "水泥混凝土路面硬化"],
     _LENGTH21, (500, 5000)),
    ("solar_light21", "infrastructure", "goods", ["太阳能照明路灯", "村内亮化路灯", "亮化工程路灯"],
     ["太阳能LED路灯（6米）", "一体式太阳能庭院灯"],
     ["盏", "套", "基"], (10, 50)),
    ("cistern21", "infrastructure", "goods", ["集雨窖池", "人畜饮水蓄水设施", "高位蓄水池"], ["钢筋混凝土蓄水池（100立方米）", "人饮工程蓄水池"],
     ["座", "口"], (1, 2)),
    ("pe_pipe21", "infrastructure", "goods", ["饮水管网", "供水管道", "入户供水管"], ["PE100给水管（DN50）", "HDPE给水管"],
     _LENGTH21, (500, 5000)),
    ("guardrail21", "infrastructure", "goods", ["道路护栏", "路侧护栏", "安防护栏"], ["波形梁钢护栏（Gr-B-4E）", "公路安全护栏"],
     _LENGTH21, (100, 1000)),
    ("transformer21", "infrastructure", "goods", ["配电变压器", "农网改造变压器", "台区增容变压器"],
     ["S13型配电变压器（200kVA）", "箱式变压器"],
     ["台", "台(套)"], (1, 1)),
    ("culvert21", "infrastructure", "goods", ["过路涵管", "排水用涵管", "钢筋砼圆管涵"], ["钢筋混凝土排水涵管", "承插式涵管（Φ600）"],
     [("米", 1.0), ("节", 2.0)], (10, 60)),
    ("fitness_path21", "infrastructure", "goods", ["室外健身路径", "健身路径器材", "村级健身路径"],
     ["室外全民健身路径（十二件套）", "健身路径工程"],
     ["套", "处"], (1, 2)),
    # 金融与资金: 补助, 资助, 信贷 and 保费 (kind "cash")
    ("yulu21", "finance", "cash", ["雨露计划补助", "雨露计划", "职业教育补助"], ["雨露计划职业教育资助", "中高职学生专项资助"],
     _YUAN21, (1500, 5000)),
    ("microcredit21", "finance", "cash", ["脱贫户小额信贷", "小额信用贷款", "产业发展贷款"], ["扶贫小额信用贷款", "三年期免抵押信贷"],
     _YUAN21, (20000, 50000)),
    ("medical_aid21", "finance", "cash", ["医疗救助金", "住院自付费用", "重特大疾病医疗救助"], ["大病医疗救助专项资金", "医疗救助补充资金"],
     _YUAN21, (5000, 50000)),
    ("premium21", "finance", "cash", ["参保费", "医保个人缴费", "居民医保缴费"], ["城乡居民医保代缴资金", "参保资助金"],
     _YUAN21, (300, 2000)),
    ("house_subsidy21", "finance", "cash", ["危房改造补助", "住房补助资金", "危改补助资金"], ["农村危房改造补助资金", "住房安全保障补助"],
     _YUAN21, (10000, 40000)),
    ("award21", "finance", "cash", ["产业奖补", "以奖代补资金", "产业发展补助"], ["产业发展以奖代补资金", "特色产业奖补资金"],
     _YUAN21, (2000, 10000)),
    ("tuition21", "finance", "cash", ["新生入学资助", "高校学费", "学费资助"], ["大学新生入学资助金", "国家助学金配套资助"],
     _YUAN21, (3000, 10000)),
    ("anti_relapse21", "finance", "cash", ["防返贫保险个人保费", "防贫保险保费", "返贫保险"], ["防返贫综合保险保费", "防贫险（政府统保）"],
     _YUAN21, (100, 1000)),
    # 其他: legal and social help, devices for the old, a village's 文化室 and 爱心超市
    ("legal_aid21", "other", "service", ["法律援助", "维权服务", "法律服务"], ["法律援助律师驻村", "公益法律服务"],
     [("次", 1.0), ("人次", 1.0)], (1, 2)),
    ("disability_cert21", "other", "service", ["残疾人证办理", "残疾评定", "办残疾证"], ["残疾评定上门鉴定", "残疾人证代办服务"],
     _PERSONS21, (1, 1)),
    ("tv21", "other", "goods", ["电视机（液晶）", "数字电视机", "电视（户用）"], ["55英寸智能液晶电视", "智能平板电视"], ["台"], (1, 1)),
    ("old_phone21", "other", "goods", ["老年人手机", "大字大声手机", "适老手机"], ["4G老年人手机（大字版）", "全网通老人手机"],
     ["部", "台"], (1, 1)),
    ("counselling21", "other", "service", ["心理疏导", "心理辅导", "心理健康服务"], ["社工心理疏导服务", "留守儿童心理健康辅导"],
     [("人次", 1.0), ("次", 1.0)], (1, 3)),
    ("culture_room21", "other", "goods", ["村文化室设备", "文化室器材", "文化活动室设备"], ["村综合文化服务中心设备", "文化活动室音响设备"],
     ["套"], (1, 1)),
    ("love_shop21", "other", "goods", ["爱心超市物资", "积分超市商品", "爱心超市兑换物品"], ["爱心超市积分兑换物资", "积分制超市商品"],
     ["份", "箱"], (1, 5)),
]
# Broader offers in policy terms (专项, 工程, 计划, 物资). generate() gives a broader offer's unit size 1 and
# counts it as kg for weighed items: groups covering a weighed item are offered in 公斤, the others in a
# unit of size 1 for every covered item that counts in it, or in one none of them uses (not comparable).
BLIND21_BROAD = [
    ("staples21", "living", ["米面油生活物资", "口粮保障物资"], ["rice21", "flour21", "edible_oil21"], ["公斤"]),
    ("warmth21", "living", ["冬春御寒救助物资", "防寒保暖物资包"],
     ["quilt21", "winter_wear21", "cotton_shoes21", "e_blanket21"], ["批"]),
    ("fuel21", "living", ["冬季清洁取暖保障", "生活用能保障"], ["coal21", "lpg21"], ["批"]),
    ("aids21", "medical", ["残疾人辅助器具适配", "康复辅具"], ["wheelchair21", "walker21", "hearing21", "care_bed21"],
     ["件"]),
    ("monitoring21", "medical", ["慢病监测设备", "慢性病家庭监测包"], ["bp_meter21", "strips21", "oxygen21"], ["套"]),
    ("health_services21", "medical", ["健康帮扶服务", "医疗服务包"], ["family_doctor21", "cataract21", "rehab21"],
     ["人"]),
    ("pupil_goods21", "education", ["义务教育阶段学生用品", "控辍保学物资"],
     ["satchel21", "uniform21", "dictionary21", "desk_lamp21", "exercise_books21"], ["份"]),
    ("school_kit21", "education", ["教育信息化设备", "薄改项目设备"], ["pc21", "whiteboard21", "desks21"], ["台(套)"]),
    ("building_materials21", "housing", ["危改建材", "农房改造建材包（危改）"],
     ["cement21", "rebar21", "std_brick21", "steel_roof21", "membrane21", "floor_tiles21"], ["批"]),
    ("openings21", "housing", ["门窗改造", "房屋门窗配套"], ["windows21", "security_door21"], ["套"]),
    ("home_goods21", "relocation", ["搬迁安置生活用品", "后扶家居用品"],
     ["furniture21", "wardrobe21", "double_bed21", "curtains21", "cookware21"], ["套"]),
    ("kitchen_appliances21", "relocation", ["新居厨卫电器", "安置点厨卫设备配置"],
     ["gas_hob21", "hood21", "water_heater21"], ["台"]),
    ("farm_inputs21", "production", ["农业生产资料专项", "春耕备耕农资"],
     ["compound_fert21", "urea21", "mulch21", "maize_seed21", "seed_potato21", "pig_feed21"], ["公斤"]),
    ("breeding_stock21", "production", ["畜禽良种补助项目", "养殖扶持畜种"], ["piglet21", "cow21", "goat21"], ["头"]),
    ("seedlings21", "production", ["种苗", "经济林苗木供应"], ["orchard21", "tea_plants21"], ["株"]),
    ("machinery21", "production", ["农机具购置", "农业机械"], ["tiller21", "drone21"], ["台(套)"]),
    ("facilities21", "production", ["设施农业项目", "产业配套设施"], ["greenhouse21", "drip21", "cold_store21"], ["项"]),
    ("produce21", "consumption", ["消费帮扶产品", "832平台产品"],
     ["wood_ear21", "ware_potato21", "kiwi21", "green_tea21", "beef21", "rapeseed_oil21", "honey21",
      "walnut21", "tartary21", "dried_chili21", "sichuan_pepper21"], ["公斤"]),
    ("dry_goods21", "consumption", ["山地特色干货", "特色干货"],
     ["wood_ear21", "walnut21", "sichuan_pepper21", "dried_chili21"],
     ["公斤"]),
    ("jobs21", "employment", ["就业帮扶岗位", "稳岗就业帮扶"], ["public_post21", "labour_export21"], ["人"]),
    ("training21", "employment", ["技能提升行动培训", "职业培训补贴项目"], ["skills21", "driving21", "ecommerce21"], ["人"]),
    ("transport21", "infrastructure", ["村内道路设施", "交通基础设施"],
     ["road21", "guardrail21", "culvert21", "solar_light21"], ["项"]),
    ("drinking_water21", "infrastructure", ["农村饮水安全工程", "人饮工程"], ["cistern21", "pe_pipe21"], ["处"]),
    ("education_funds21", "finance", ["教育资助资金", "助学专项"], ["yulu21", "tuition21"], ["元"]),
    ("health_funds21", "finance", ["医疗保障资金", "基本医疗保障专项"], ["medical_aid21", "premium21"], ["元"]),
    ("industry_funds21", "finance", ["产业发展扶持专项资金", "衔接资金产业项目"], ["microcredit21", "award21"], ["元"]),
    ("social_help21", "other", ["社会救助服务", "兜底帮扶服务"], ["legal_aid21", "disability_cert21", "counselling21"],
     ["人次"]),
    ("devices21", "other", ["智慧助老设备", "数字生活设备"], ["tv21", "old_phone21"], ["台"]),
]
TEMPLATES["blind21"] = {
    # Needs as the county office's 建档立卡 / 帮扶台账 rows and a village's 申报 lines; offers as
    # procurement and donation lists of 定点帮扶单位, 央企 / 国企, 东西部协作 cities and 社会组织.
    "need_title": ["户主：{who}，帮扶需求：{name}", "村级申报：{name}（户主{who}）", "拟申请{name}（{who}）",
                   "帮扶台账｜{who}｜需解决：{name}", "建档立卡户{who}申请{name}", "{who}家庭需解决{name}",
                   "监测对象{who}：申报{name}"],
    "need_desc": ["致贫原因：{cause}；帮扶需求：{name}。", "{cause}，按“两不愁三保障”要求需解决{name}。",
                  "经村两委核实，{cause}，拟申请{name}。", "帮扶措施：{name}；致贫原因：{cause}。",
                  "{cause}。申报事项：{name}，请予审核。", "{cause}，已录入帮扶台账，需解决{name}。", "致贫原因：{cause}。"],
    "negated": ["已享受{other}政策", "{other}已落实到户", "{other}已纳入年度帮扶计划", "本年度已发放{other}",
                "{other}已由结对帮扶单位解决", "{other}本期暂不需要", "{other}不再申报", "除{other}外，另需解决{name}",
                "{other}经入户核实已具备，不列入需求", "{other}项目于上年度通过验收", "户主本人明确表示不要{other}",
                "学生本人反映{other}够用，无需补充", "{other}上轮帮扶已配齐", "{other}由民政部门兜底保障，本次不重复申报",
                "{other}一项已在台账中销号", "原申报的{other}已撤回", "{other}事项已办结"],
    "offer_title": ["捐赠物资清单：{name}（{donor}）", "{donor}采购{name}一批", "{donor}捐赠{name}（附物资清单）",
                    "{donor}：{name}捐赠项目", "{name}（{donor}帮扶物资）"],
    "offer_title_other": ["{donor}帮扶项目：{name}", "{name}（{donor}提供）", "{donor}对接落实：{name}"],
    "offer_title_medical": ["{donor}健康帮扶：{name}", "医疗帮扶项目清单：{name}（{donor}）", "{donor}提供{name}（健康帮扶）"],
    "offer_title_education": ["{donor}教育帮扶：{name}", "{donor}援建学校配套：{name}", "教育帮扶项目清单：{name}（{donor}）"],
    "offer_title_housing": ["{donor}援建{name}", "危改帮扶：{name}（{donor}）", "住房安全保障帮扶项目：{name}（{donor}）"],
    "offer_title_production": ["{donor}产业帮扶项目：{name}", "产业帮扶清单：{name}（{donor}）", "{donor}助力产业发展：{name}"],
    "offer_title_consumption": ["{donor}消费帮扶采购{name}", "以购代捐：{donor}采购{name}", "{donor}通过832平台采购{name}"],
    "offer_title_employment": ["{donor}提供{name}", "劳务协作：{name}（{donor}）", "{donor}就业帮扶：{name}"],
    "offer_title_infrastructure": ["{donor}援建{name}", "援建项目：{name}（{donor}）", "{donor}基础设施帮扶：{name}"],
    "offer_title_finance": ["{donor}设立专项基金：{name}", "{donor}拨付{name}", "{name}（{donor}出资）"],
    "who": ["王某某", "李某（脱贫户）", "张某某（边缘易致贫户）", "刘某（低保户）", "陈某某（五保户）", "杨某（突发严重困难户）",
            "平坝村赵某某", "新寨村吴某"],
    "cause": ["因病（户主患慢性病）", "因残（二级肢体残疾）", "因学（两名子女在读）", "缺劳动力", "缺技术", "缺资金",
              "因灾（房屋受损）", "交通条件落后", "自身发展动力不足"],
    "donor": ["中央定点帮扶单位", "某中央企业定点帮扶工作队", "省属国有企业", "宁波市（东西部协作结对城市）",
              "东莞市东西部协作工作队", "市直机关定点帮扶单位", "县农村商业银行", "中国乡村发展基金会", "省慈善总会",
              "某国有投资集团", "青岛市对口帮扶工作组", "市红十字会"],
}
# The parts blind21 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND21 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20")


def check_blind21() -> None:
    """Raise SystemExit if blind21 is not what its comment says (``_check_part_after`` tune … blind20)."""
    _check_part_after("blind21", BLIND21_CATALOGUE, BLIND21_BROAD, _PARTS_BEFORE_BLIND21)


# The "blind22" part (written 2026-12-01 for issue 13 by an engineer who opened none of matching/, the
# lexicon, docs/matching.md, tests/ or any part's records and never ran the matcher) in the voice of
# northern China's households and the southern donors who help them. Needs are written by households and
# village cadres (村支书, 包村干部, 驻村工作队) in 东北话, 华北 (冀鲁豫) and 西北 (陕甘宁青) everyday speech: the
# names a grandmother of those regions gives food, clothing, tools, animals, furniture and household
# things, their request words (「整点」「给整个」「咱家缺」「俺家」「额家」「求…」「想要个」) and their many ways of
# saying 'already have / no need / got it last year / the kid won't use it'. Offers come from the paired
# eastern and southern provinces (广东, 福建, 浙江, 江苏, 上海 and 山东 units in 东西部协作 and 对口支援, and their
# enterprises and 商会), in standard names mixed with their own 粤 / 闽 / 吴 and trade words written in
# standard characters, so a need and its offer often name one thing in two different words. Item and
# group names are deliberately not listed here (the lead must not learn them); the counts and units are in
# the module docstring. Every size is exact in binary floating point (no 两 or 毫升). ``check_blind22``
# checks it against the catalogues, groups and negation templates of tune … blind20 only, never the
# lexicon. The lead evaluates it once; never tune on it.
BLIND22_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("KG", 1.0), ("公斤 ", 1.0)]
_KG22 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("市斤", 0.5)]
_PERSONS22 = [("人", 1.0), ("名", 1.0), ("个人", 1.0)]
_YUAN22 = [("元", 1.0), ("块", 1.0), ("万", 10000.0), ("万元", 10000.0)]
_LITRES22 = [("升", 1.0), ("L", 1.0)]
_AREA22 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0), ("平", 1.0)]
_CUBIC22 = [("方", 1.0), ("立方米", 1.0), ("立方", 1.0)]
BLIND22_CATALOGUE = [
    # 生活物资: winter clothes, the kang's bedding, the household's small things and its fuel
    ("hood_coat22", "living", "goods", ["棉猴儿", "带帽的大棉猴", "孩子穿的棉猴"], ["儿童连帽棉服", "加厚棉褛"], ["件"], (1, 3)),
    ("sweater22", "living", "goods", ["毛衣裳", "织的毛衣", "毛衣子"], ["羊毛冷衫", "针织冷衫"], ["件"], (1, 3)),
    ("mittens22", "living", "goods", ["棉手闷子", "大棉手捂子", "手闷儿"], ["加厚连指手套", "保暖棉手套"],
     [("副", 1.0), ("双", 1.0), ("打", 12.0)], (2, 24)),
    ("fur_hat22", "living", "goods", ["狗皮帽儿", "大棉帽子", "火车头帽子"], ["雷锋棉帽", "护耳保暖帽"], ["顶", "个"], (1, 3)),
    ("cotton_shoes22", "living", "goods", ["棉窝子", "棉靰鞡", "老棉窝"], ["加绒高帮棉鞋", "冬季棉靴"], ["双"], (1, 4)),
    ("scarf22", "living", "goods", ["毛围脖", "大围脖子", "围脖子"], ["针织颈巾", "羊毛围巾"], ["条"], (1, 4)),
    ("kang_mat22", "living", "goods", ["苇席子", "铺炕的席", "炕席子"], ["芦苇炕席", "编织苇席"], ["领", "张"], (1, 2)),
    ("kang_quilt22", "living", "goods", ["大铺盖", "盖的被窝子", "厚被窝子"], ["冬季被芯", "加厚冬被"], ["床", "条"], (1, 3)),
    ("mattress_pad22", "living", "goods", ["炕褥子", "褥子", "铺的褥子"], ["加厚床褥", "棉花床垫"], ["床", "条"], (1, 3)),
    ("soap22", "living", "goods", ["臭胰子", "洗衣裳的胰子", "胰子块"], ["洗衣番枧", "番枧块"], [("块", 1.0), ("箱", 48.0)],
     (2, 48)),
    ("towel22", "living", "goods", ["羊肚子手巾", "擦脸的手巾", "手巾子"], ["纯棉面巾", "吸水毛巾"], [("条", 1.0), ("打", 12.0)],
     (2, 24)),
    ("thermos22", "living", "goods", ["暖壶子", "打开水的暖壶", "暖瓶子"], ["真空保温热水瓶", "竹壳热水瓶"], ["个", "只"], (1, 3)),
    ("kettle22", "living", "goods", ["烧水的电壶子", "电烧水壶", "烧开水的电壶"], ["电热水煲", "快速电水煲"], ["个", "台"], (1, 2)),
    ("wok22", "living", "goods", ["炒菜的大勺", "大铁锅子", "柴火铁锅"], ["生铁镬", "铸铁炒镬"], ["口", "个"], (1, 2)),
    ("dustpan22", "living", "goods", ["撮子", "撮垃圾的撮子", "铁撮子"], ["垃圾铲", "塑料簸斗"], ["个", "把"], (1, 3)),
    ("broom22", "living", "goods", ["炕笤帚", "扫地笤帚疙瘩", "笤帚疙瘩"], ["高粱扫帚", "棕扫把"], ["把"], (1, 4)),
    ("stool22", "living", "goods", ["小板凳儿", "杌子", "小杌扎"], ["塑料小矮凳", "胶矮凳"], ["个", "张"], (2, 6)),
    ("matches22", "living", "goods", ["取灯儿", "洋火柴", "洋火盒"], ["自来火柴", "家用火柴"], [("盒", 1.0), ("包", 10.0)], (5, 20)),
    ("flashlight22", "living", "goods", ["手电棒儿", "手电筒子"], ["强光电筒", "充电电筒"], ["个", "支"], (1, 3)),
    ("radio22", "living", "goods", ["听戏的匣子", "话匣子儿"], ["老人收音机", "插卡收音唱戏机"], ["台", "个"], (1, 1)),
    ("door_curtain22", "living", "goods", ["挡风的门帘", "棉帘子", "挂门上的棉帘"], ["保暖棉门帘", "加厚防寒门帘"], ["挂", "块"], (1, 2)),
    ("coal22", "living", "goods", ["烧炕的煤", "大块煤", "烧火煤块"], ["民用块煤", "洗精块煤"],
     _KG22 + [("吨", 1000.0), ("车", 5000.0)], (500, 3000)),
    ("firewood22", "living", "goods", ["柴禾", "柈子柴", "劈好的柈子"], ["木柴", "烧火木材"], None, (100, 500)),
    ("vinegar22", "living", "goods", ["陈醋", "熏醋", "老陈醋"], ["镇江香醋", "陈酿米醋"],
     _LITRES22 + [("桶", 5.0), ("壶", 2.5)], (2, 10)),
    ("umbrella22", "living", "goods", ["大黑伞", "遮雨的伞", "洋伞儿"], ["长柄雨遮", "缩骨雨遮"], ["把"], (1, 3)),
    ("slippers22", "living", "goods", ["趿拉板儿", "拖拉板", "趿拉鞋"], ["鞋拖", "家居拖鞋"], ["双"], (1, 4)),
    # 医疗: aids for the old, plasters and doctors who come to the house
    ("crutch22", "medical", "goods", ["老人拄的棍儿", "拄的拐"], ["助行拐杖", "四脚手杖"], ["根", "个"], (1, 2)),
    ("wheelchair22", "medical", "goods", ["轱辘椅子", "推着走的椅子"], ["手动轮椅车", "折叠轮椅车"], ["台", "辆"], (1, 1)),
    ("reading_glasses22", "medical", "goods", ["看字的镜子", "老花镜子"], ["老花阅读镜", "老人老光镜"], ["副"], (1, 2)),
    ("hearing_aid22", "medical", "goods", ["耳朵背用的机子", "助听的耳机", "戴的助听器"], ["耳背式助听机", "老人助听耳机"],
     ["个", "台"], (1, 1)),
    ("plaster22", "medical", "goods", ["狗皮膏子", "贴的膏子"], ["跌打膏", "活血止痛贴"],
     [("贴", 1.0), ("片", 1.0), ("盒", 10.0)], (10, 40)),
    ("bp_meter22", "medical", "goods", ["量血压的表", "血压仪", "量压的表"], ["上臂式血压计", "家用血压机"], ["台", "个"], (1, 1)),
    ("diaper22", "medical", "goods", ["老人用的尿不湿", "成人尿不湿"], ["护理纸尿片", "成人尿片"],
     [("片", 1.0), ("包", 16.0)], (16, 96)),
    ("moxa22", "medical", "goods", ["灸的艾棒", "熏艾", "艾蒿条子"], ["陈年艾柱", "艾草灸条"], [("根", 1.0), ("盒", 10.0)], (10, 50)),
    ("doctor_visit22", "medical", "service", ["大夫上门瞧病", "请大夫来家看看", "上门看病"], ["家庭医生签约上门", "巡回义诊"],
     ["次", "回"], (1, 3)),
    ("dentures22", "medical", "service", ["安副牙", "镶副牙", "配副假牙"], ["义齿修复", "活动假牙安装"], ["副", "口"], (1, 1)),
    ("cataract22", "medical", "service", ["看眼睛的手术", "眼里长翳子", "治眼睛上的白翳"], ["免费眼科手术", "复明手术援助"],
     _PERSONS22, (1, 2)),
    # 教育: what a child of the village takes to school, and help with lessons
    ("schoolbag22", "education", "goods", ["上学背的兜子", "书兜子", "背书的兜"], ["学生双肩背囊", "背囊"], ["个"], (1, 2)),
    ("pencil_box22", "education", "goods", ["铅笔匣子", "铅笔盒子", "装笔的匣子"], ["多功能笔盒", "学生笔袋"], ["个"], (1, 3)),
    ("desk_lamp22", "education", "goods", ["桌上的电灯", "写字的灯", "看书的台灯子"], ["LED学习灯", "读写台灯"], ["台", "盏"], (1, 1)),
    ("laptop22", "education", "goods", ["能上网课的电脑", "学习的电脑"], ["学生手提电脑", "二手手提电脑"], ["台"], (1, 1)),
    ("uniform22", "education", "goods", ["学校的衣裳", "上学穿的衣裳", "校服衣裳"], ["校服套装", "运动款校服"], ["套", "身"], (1, 2)),
    ("dictionary22", "education", "goods", ["查字的本子", "字典本"], ["学生字典", "汉语字典"], ["本"], (1, 2)),
    ("crayon22", "education", "goods", ["蜡笔头", "画画的蜡棒", "油画棒子"], ["儿童油画棒", "水溶蜡笔"], [("盒", 1.0), ("箱", 24.0)],
     (1, 4)),
    ("math_set22", "education", "goods", ["三角板", "画图的尺子", "一套尺子"], ["套尺", "绘图尺规套装"], ["套"], (1, 3)),
    ("tutoring22", "education", "service", ["给娃补补功课", "补功课", "补习功课"], ["大学生线上辅导", "课后托管辅导"],
     ["次", "课时"], (4, 20)),
    # 住房: keeping a northern house warm and its roof tight
    ("stovepipe22", "housing", "goods", ["炉子烟囱管", "炉筒", "炉子的烟筒子"], ["镀锌排烟管", "炉具烟管"], ["节", "根"], (2, 8)),
    ("window_film22", "housing", "goods", ["封窗户的塑料布", "窗户上的塑料布", "钉窗户的塑料"], ["防寒窗膜", "保温薄膜"],
     _AREA22 + [("卷", 50.0)], (10, 60)),
    ("cement22", "housing", "goods", ["洋灰面子", "洋灰面", "和泥的洋灰"], ["红毛泥粉", "散装水泥"],
     _KG22 + [("袋", 50.0), ("吨", 1000.0)], (500, 2000)),
    ("sand22", "housing", "goods", ["盖房的沙子", "沙子土", "河沙子"], ["建筑中沙", "中粗砂"], _CUBIC22 + [("车", 8.0)], (4, 24)),
    ("lime22", "housing", "goods", ["刷墙的白灰", "白灰面", "石灰面子"], ["块状生石灰", "熟石灰粉末"], None, (50, 300)),
    ("roof_tile22", "housing", "goods", ["房瓦", "大瓦", "青瓦片"], ["琉璃瓦片", "水泥瓦片"],
     [("片", 1.0), ("块", 1.0), ("千片", 1000.0)], (200, 2000)),
    ("foam_board22", "housing", "goods", ["墙上贴的保温板", "保温板子"], ["EPS苯板", "挤塑聚苯板"], _AREA22, (20, 120)),
    ("stove22", "housing", "goods", ["取暖炉子", "炉子", "生火的炉子"], ["采暖炉", "燃煤炉具"], ["个", "台"], (1, 1)),
    ("radiator22", "housing", "goods", ["暖气片子", "土暖气", "暖气片"], ["散热器", "钢制暖气片"], [("片", 1.0), ("组", 10.0)],
     (10, 40)),
    ("kang_build22", "housing", "service", ["搭火炕", "修炕", "盘个炕"], ["节能炕改造", "火炕施工"], ["铺", "盘"], (1, 2)),
    ("roof_repair22", "housing", "service", ["房顶漏了修修", "补房顶", "苫房"], ["屋面防水维修", "屋顶补漏"], ["间"], (1, 3)),
    # 搬迁: furnishing a flat in the new settlement
    ("bed22", "relocation", "goods", ["大床", "木头床"], ["实木双人床", "铁艺架子床"], ["张", "架"], (1, 2)),
    ("sofa22", "relocation", "goods", ["沙发椅子", "沙发椅", "坐的沙发"], ["布艺梳化", "三人位梳化"], ["套", "组"], (1, 1)),
    ("wardrobe22", "relocation", "goods", ["炕琴柜", "大立柜子", "装衣裳的柜"], ["衣橱柜", "板式衣橱"], ["个", "组"], (1, 2)),
    ("dining_table22", "relocation", "goods", ["放饭的桌", "饭桌儿"], ["餐桌椅套装", "折叠饭台"], ["张", "套"], (1, 1)),
    ("fridge22", "relocation", "goods", ["冻东西的柜子", "冰箱子"], ["双门雪柜", "家用雪柜"], ["台"], (1, 1)),
    ("washer22", "relocation", "goods", ["洗衣裳机器", "搓衣裳的机器"], ["半自动洗衣机", "双桶洗衣机"], ["台"], (1, 1)),
    ("gas_tank22", "relocation", "goods", ["液化气罐子", "煤气罐子"], ["石油气罐", "石油气瓶"], ["个", "罐"], (1, 2)),
    ("gas_stove22", "relocation", "goods", ["做饭的灶", "煤气灶子", "煤气炉子"], ["双头燃气炉", "台式燃气炉"], ["台", "个"], (1, 1)),
    ("curtain22", "relocation", "goods", ["挡窗的帘子", "窗户帘"], ["窗帘布艺", "遮光布窗帘"], ["幅", "块"], (2, 6)),
    ("moving22", "relocation", "service", ["搬家", "挪窝", "帮着搬东西"], ["免费搬迁车辆", "志愿者搬家服务"], ["次", "趟"], (1, 1)),
    # 生产: young animals, hand tools, seed, fertiliser, fodder and ploughing
    ("piglet22", "production", "goods", ["猪羔儿", "小猪羔子", "猪崽儿"], ["二元仔猪", "猪仔苗"], ["头", "只"], (2, 10)),
    ("chicks22", "production", "goods", ["小鸡崽子", "鸡雏儿", "笨鸡雏"], ["鸡苗仔", "清远鸡苗"],
     [("只", 1.0), ("羽", 1.0), ("百只", 100.0)], (50, 300)),
    ("lamb22", "production", "goods", ["绵羊羔子", "羊娃儿"], ["肉羊苗", "湖羊羔"], ["只", "头"], (2, 10)),
    ("calf22", "production", "goods", ["牛犊儿", "小牛犊儿", "牛娃儿"], ["育肥架子牛", "肉用牛犊"], ["头"], (1, 3)),
    ("donkey22", "production", "goods", ["毛驴子", "叫驴", "驴驹子"], ["德州驴驹", "肉驴驹"], ["头", "匹"], (1, 2)),
    ("goslings22", "production", "goods", ["大鹅崽子", "鹅崽儿", "鹅雏"], ["狮头鹅雏", "白鹅苗"], ["只", "羽"], (20, 100)),
    ("hoe22", "production", "goods", ["老镢头", "锄杠"], ["农用锄头", "钢锄"], ["把"], (1, 4)),
    ("shovel22", "production", "goods", ["大锨", "锨"], ["铁铲", "圆头钢铲"], ["把"], (1, 4)),
    ("sickle22", "production", "goods", ["割麦子的镰", "小镰刀"], ["禾镰刀", "锯齿镰刀"], ["把"], (1, 4)),
    ("sprayer22", "production", "goods", ["药壶子", "喷药的壶"], ["电动喷雾机", "手动喷雾器"], ["台", "个"], (1, 2)),
    ("dap22", "production", "goods", ["下地的二铵", "底肥二铵", "二铵肥"], ["DAP肥料", "磷酸二铵复合肥"], _KG22 + [("袋", 50.0)],
     (100, 500)),
    ("corn_seed22", "production", "goods", ["玉茭子种", "棒子种子"], ["玉米杂交种", "粟米种"],
     _KG22 + [("袋", 5.0)], (10, 40)),
    ("seed_potato22", "production", "goods", ["洋芋种子", "土豆栽子", "山药蛋种"], ["脱毒种薯", "薯仔种"],
     _KG22 + [("袋", 25.0)], (100, 500)),
    ("sunflower_seed22", "production", "goods", ["毛嗑种", "瓜子种", "向日葵籽种"], ["食葵种子", "油葵良种"], None, (5, 20)),
    ("bean_cake22", "production", "goods", ["喂猪的豆饼", "大豆饼", "豆饼渣"], ["大豆粕饲料", "豆粕饲料"], None, (100, 500)),
    ("stalks22", "production", "goods", ["苞米秆子", "苞米秸子", "玉米秸"], ["青贮玉米秸秆", "黄贮秸秆"],
     _KG22 + [("捆", 20.0)], (200, 1000)),
    ("straw_curtain22", "production", "goods", ["草帘子", "大棚草帘", "盖棚的帘子"], ["大棚保温被", "温室保温帘"],
     ["块", "床"], (10, 50)),
    ("pump22", "production", "goods", ["水泵子", "浇地的泵", "抽水泵子"], ["农用离心泵", "深井潜水泵"], ["台"], (1, 1)),
    ("ploughing22", "production", "service", ["翻地", "耕地", "犁地"], ["机耕服务", "旋耕作业"],
     [("亩", 1.0), ("垧", 15.0), ("公顷", 15.0)], (5, 45)),
    # 消费帮扶: what the north grows and the south buys
    ("millet22", "consumption", "goods", ["小米饭的米", "谷米"], ["黄金小米", "月子小米"], _KG22 + [("袋", 5.0)],
     (10, 100)),
    ("corn_cob22", "consumption", "goods", ["苞米棒子", "老玉米棒子", "玉茭子"], ["粟米棒", "鲜食粟米"],
     [("根", 1.0), ("穗", 1.0), ("箱", 24.0)], (24, 240)),
    ("potato22", "consumption", "goods", ["土豆蛋子", "山药蛋蛋"], ["马铃薯鲜薯", "鲜薯仔"], _KG22 + [("袋", 25.0)], (50, 500)),
    ("vermicelli22", "consumption", "goods", ["土豆粉条子", "粉条儿"], ["马铃薯粉条", "手工宽粉条"],
     _KG22 + [("把", 0.5)], (5, 50)),
    ("bean_bun22", "consumption", "goods", ["粘豆包儿", "大黄米豆包"], ["东北粘豆包", "黄米豆包"], None, (5, 30)),
    ("jujube22", "consumption", "goods", ["红枣儿", "干枣儿"], ["若羌红枣", "滩枣"], None, (10, 100)),
    ("goji22", "consumption", "goods", ["枸杞果", "枸杞豆"], ["杞子", "宁夏杞子"], None, (5, 50)),
    ("fungus22", "consumption", "goods", ["黑木耳干", "椴木木耳"], ["云耳", "干云耳"], None, (5, 30)),
    ("honey22", "consumption", "goods", ["山里的蜂蜜", "山蜂蜜"], ["农家原蜜", "百花蜂蜜"], _KG22 + [("瓶", 0.5)],
     (5, 50)),
    ("mutton22", "consumption", "goods", ["羯羊肉", "手抓羊肉"], ["宁夏滩羊", "冷鲜羊肉"], None, (10, 100)),
    ("sauerkraut22", "consumption", "goods", ["渍菜", "酸白菜"], ["东北酸菜", "腌白菜"], None, (10, 100)),
    ("scallion22", "consumption", "goods", ["葱白", "大葱棵", "章丘葱"], ["山东大葱", "长白葱"], _KG22 + [("捆", 5.0)],
     (25, 250)),
    ("apple22", "consumption", "goods", ["塬上的苹果", "洛川红富士", "苹果蛋子"], ["冰糖心红富士", "延安苹果"],
     _KG22 + [("箱", 10.0)], (50, 500)),
    # 就业: going south to work, or learning a trade at home
    ("factory22", "employment", "service", ["厂里的活儿", "上厂子干活", "进厂子"], ["工厂流水线普工", "电子厂普工岗"],
     _PERSONS22, (1, 3)),
    ("cleaner22", "employment", "service", ["扫地的活儿", "干保洁", "搞卫生的活"], ["物业保洁员", "清洁工岗位"],
     _PERSONS22, (1, 2)),
    ("maternity22", "employment", "service", ["伺候月子的活", "当月嫂", "侍候月子"], ["母婴护理师", "月嫂培训班"],
     _PERSONS22, (1, 2)),
    ("cook22", "employment", "service", ["学厨子", "学做饭手艺", "学掌勺"], ["厨师培训班", "粤菜厨师培训"], _PERSONS22, (1, 3)),
    ("driving22", "employment", "service", ["考个本儿", "学车", "考本儿"], ["驾驶技能培训", "驾照培训班"], _PERSONS22, (1, 2)),
    ("labourer22", "employment", "service", ["当力工", "工地干活", "给工地出力"], ["建筑普工岗位", "工地杂工"], _PERSONS22,
     (1, 4)),
    ("electrician22", "employment", "service", ["电工手艺", "学接电线", "学电工手艺"], ["低压电工培训", "电工上岗证培训"],
     _PERSONS22, (1, 2)),
    ("ranger22", "employment", "service", ["看山的活", "护林的活儿", "巡山护林"], ["护林员公益岗", "生态护林岗位"], _PERSONS22, (1, 2)),
    # 基础设施: water, roads, light and the village's common places
    ("street_lamp22", "infrastructure", "goods", ["村道上的灯", "屯子里的路灯", "路灯杆子"], ["LED太阳能灯", "太阳能庭院路灯"],
     ["盏", "杆"], (5, 30)),
    ("water_pipe22", "infrastructure", "goods", ["上水管", "上水的管子"], ["PPR水管", "PE给水管材"],
     [("米", 1.0), ("盘", 100.0)], (100, 1000)),
    ("bins22", "infrastructure", "goods", ["垃圾箱子", "倒垃圾的大桶"], ["四分类垃圾箱", "环卫垃圾斗"],
     ["个", "只"], (5, 30)),
    ("loudspeaker22", "infrastructure", "goods", ["村里的广播", "大喇叭匣子"], ["应急广播系统", "村级广播音柱"],
     ["套", "个"], (1, 3)),
    ("well22", "infrastructure", "service", ["打井", "打眼井", "打口机井"], ["机井建设", "深水井施工"], ["眼", "口"], (1, 2)),
    ("road22", "infrastructure", "service", ["修路", "铺水泥道"], ["道路硬化工程", "村道水泥硬化"],
     [("米", 1.0), ("公里", 1000.0)], (500, 3000)),
    ("footbridge22", "infrastructure", "service", ["小木桥", "过河桥", "河上搭的桥"], ["人行便桥建设", "漫水桥修建"], ["座"], (1, 1)),
    ("cistern22", "infrastructure", "service", ["存水的窖", "旱井子"], ["蓄水池修建", "雨水收集窖"], ["眼", "口", "个"], (1, 3)),
    ("stage22", "infrastructure", "service", ["戏台子", "唱戏的台子", "搭个戏台"], ["文化舞台", "露天演出舞台"], ["座", "个"],
     (1, 1)),
    ("toilet22", "infrastructure", "service", ["公共茅房", "村里的茅房", "茅楼子"], ["水冲式公厕", "公共卫生间"], ["座", "个"],
     (1, 2)),
    # 金融: money for a doctor, a school, a house, a funeral, the winter's coal
    ("medical_fee22", "finance", "cash", ["抓药的钱", "瞧病的钱"], ["住院费用补助", "医药费帮扶款"], _YUAN22,
     (2000, 30000)),
    ("tuition22", "finance", "cash", ["娃的学费", "上学的钱"], ["学费资助", "奖助学金"], _YUAN22, (1000, 10000)),
    ("loan22", "finance", "cash", ["借点钱买牛", "贷点钱", "借贷款"], ["小额扶贫信贷", "贴息小额贷款"], _YUAN22, (10000, 50000)),
    ("house_fund22", "finance", "cash", ["修房钱", "翻盖房子钱"], ["危房改造补助", "建房补贴"], _YUAN22,
     (10000, 50000)),
    ("new_year22", "finance", "cash", ["过年的钱", "年货钱", "过个年的钱"], ["春节慰问金", "节日慰问款"], _YUAN22, (500, 3000)),
    ("funeral22", "finance", "cash", ["发送老人的钱", "白事的钱"], ["丧葬救助款", "白事补助"], _YUAN22,
     (2000, 10000)),
    ("insurance22", "finance", "cash", ["交合作医疗的钱", "交医保的钱"], ["代缴城乡居民医保", "医保代缴资助"],
     _YUAN22, (300, 2000)),
    ("heating_fee22", "finance", "cash", ["烧煤的钱", "冬天取暖的钱"], ["冬季取暖补贴", "采暖补助金"], _YUAN22,
     (1000, 5000)),
    # 其他: New Year, winter games, the old people's pastimes, a bicycle and a phone
    ("couplets22", "other", "goods", ["对联儿", "门对儿", "贴的对子"], ["挥春", "挥春对联"], ["副", "幅"], (1, 4)),
    ("cards22", "other", "goods", ["扑克牌", "纸牌", "玩的扑克"], ["啤牌", "塑料扑克牌"], [("副", 1.0), ("打", 12.0)], (2, 12)),
    ("yangko22", "other", "goods", ["扭秧歌的衣裳", "秧歌服", "大秧歌衣裳"], ["民族舞蹈服", "广场舞服装"], ["套", "身"], (5, 20)),
    ("sled22", "other", "goods", ["爬犁", "冰车子", "冰爬犁子"], ["儿童雪橇", "雪地滑车"], ["个", "辆"], (1, 2)),
    ("top22", "other", "goods", ["冰尜", "尜尜", "抽的陀螺"], ["儿童陀螺", "鞭子陀螺"], ["个"], (1, 3)),
    ("chess22", "other", "goods", ["下的棋", "棋盘子"], ["实木象棋", "大号象棋"], ["副", "套"], (1, 2)),
    ("old_phone22", "other", "goods", ["大字的手机", "老头机"], ["大字大声手机", "长者手机"], ["部", "台"], (1, 1)),
    ("bicycle22", "other", "goods", ["车子", "洋车儿", "自行车子"], ["二八单车", "成人单车"], ["辆"], (1, 1)),
]
# Broader offers under the donors' own names. generate() gives a broader offer's unit size 1 and counts it as
# kg for mass items: groups covering a weighed item are offered in 公斤 (size 1 for every covered item that
# has pack units), the others in a unit of size 1 for every covered item that counts in it, or in one none
# of them uses (not comparable, relevance 2).
BLIND22_BROAD = [
    ("winter_wear22", "living", ["北方御寒衣物", "冬季保暖衣物"],
     ["hood_coat22", "sweater22", "mittens22", "fur_hat22", "cotton_shoes22", "scarf22"], ["件"]),
    ("bedding22", "living", ["床品套装", "被褥铺盖"], ["kang_quilt22", "mattress_pad22", "kang_mat22"], ["套"]),
    ("sundries22", "living", ["日杂百货", "家用日杂"],
     ["soap22", "towel22", "matches22", "broom22", "dustpan22"], ["份"]),
    ("kitchen22", "living", ["灶间用具", "厨房锅具小家电"], ["thermos22", "kettle22", "wok22"], ["件"]),
    ("fuel22", "living", ["取暖燃料", "过冬燃料"], ["coal22", "firewood22"], ["公斤"]),
    ("aids22", "medical", ["康复辅具", "老人辅助器具"],
     ["crutch22", "wheelchair22", "reading_glasses22", "hearing_aid22"], ["件"]),
    ("health_visit22", "medical", ["健康帮扶服务", "医疗巡诊服务"], ["doctor_visit22", "dentures22"], ["次"]),
    ("stationery22", "education", ["开学文具", "学习文具礼包"],
     ["schoolbag22", "pencil_box22", "crayon22", "math_set22", "dictionary22"], ["份"]),
    ("building22", "housing", ["建房材料", "盖房子的料"], ["cement22", "lime22"], ["公斤"]),
    ("insulation22", "housing", ["冬季保暖改造材料", "墙窗保温材料"], ["window_film22", "foam_board22"], ["平方米"]),
    ("heating22", "housing", ["取暖设备", "采暖设施"], ["stove22", "radiator22", "stovepipe22"], ["套"]),
    ("furniture22", "relocation", ["新房家私", "搬迁新居家私"], ["bed22", "sofa22", "wardrobe22", "dining_table22"], ["件"]),
    ("appliances22", "relocation", ["安置房家电", "新居电器"], ["fridge22", "washer22", "gas_stove22"], ["台"]),
    ("stock22", "production", ["养殖畜禽苗", "牲畜禽苗"],
     ["piglet22", "chicks22", "lamb22", "calf22", "donkey22", "goslings22"], ["只"]),
    ("tools22", "production", ["春耕农具", "下地的家什"], ["hoe22", "shovel22", "sickle22", "sprayer22"], ["件"]),
    ("seeds22", "production", ["春播种子种薯", "春耕良种"], ["corn_seed22", "seed_potato22", "sunflower_seed22"], ["公斤"]),
    ("feed22", "production", ["畜牧饲料", "牛羊猪饲料"], ["bean_cake22", "stalks22"], ["公斤"]),
    ("north_goods22", "consumption", ["北方农特产品", "东北西北土特产"],
     ["millet22", "potato22", "vermicelli22", "bean_bun22", "jujube22", "goji22", "fungus22", "honey22", "mutton22",
      "sauerkraut22", "scallion22"], ["公斤"]),
    ("labour_jobs22", "employment", ["粤闽浙务工岗位", "南下务工岗位"],
     ["factory22", "cleaner22", "labourer22", "ranger22"], ["人"]),
    ("skills22", "employment", ["订单培训班", "技能培训补贴班"],
     ["maternity22", "cook22", "driving22", "electrician22"], ["人"]),
    ("water22", "infrastructure", ["农村饮水工程", "安全饮水项目"], ["well22", "cistern22"], ["处"]),
    ("village_works22", "infrastructure", ["村级公益设施", "基础设施援建"],
     ["road22", "footbridge22", "stage22", "toilet22"], ["项"]),
    ("relief22", "finance", ["协作帮扶专项资金", "临时生活救助"],
     ["medical_fee22", "funeral22", "new_year22", "heating_fee22"], ["元"]),
    ("dev_fund22", "finance", ["产业发展资金", "安居帮扶资金"], ["loan22", "house_fund22"], ["元"]),
    ("winter_fun22", "other", ["冬季儿童玩具", "冰雪玩具"], ["sled22", "top22"], ["个"]),
    ("pastimes22", "other", ["老人消遣用品", "老年文化娱乐用品"], ["cards22", "chess22", "yangko22"], ["套"]),
]
TEMPLATES["blind22"] = {
    # Needs as northern households and their cadres say them; offers as the southern side's units and
    # enterprises post them (捐赠, 对口支援, 东西部协作, 消费帮扶采购, 劳务协作, 援建).
    "need_title": ["{who}：咱家缺{name}", "求{name}（{who}）", "{who}家想整点{name}", "能不能给整个{name}？{who}",
                   "{who}想要个{name}", "俺家缺{name}——{who}", "额家想要{name}（{who}）", "{name}，{who}急用"],
    "need_desc": ["{cause}，咱家就缺{name}，谁能给整点？", "{cause}，俺寻思着要点{name}，麻烦给帮衬帮衬。",
                  "{cause}，额家想要{name}，谢谢恩人咧。", "{cause}，就盼着有人给送点{name}来。",
                  "{cause}，缺{name}缺得厉害，求好心人。", "{cause}，{name}是真缺，能整点就整点。",
                  "{cause}，家里头没有{name}，这冬天可咋整。", "{cause}。"],
    "negated": ["{other}年前就领着了", "{other}眼下用不着", "{other}俺闺女从城里捎回来了", "{other}那事早整明白了",
                "{other}够使了", "啥都缺，就是{other}不缺", "孩子嫌{other}磕碜，说啥也不要", "俺娘说{other}用不惯，甭买",
                "{other}家里头有的是", "{other}还能凑合使", "{other}上集已经买回来了", "{other}隔壁二婶子给匀了点",
                "{other}这块儿不用操心", "{other}前年发的，现在还好好的", "{other}额们有咧，不要咧",
                "{other}镇上统一给配齐了", "{name}要紧，{other}先不着急", "老爷子死活不让要{other}"],
    "offer_title": ["{donor}捐赠{name}", "东西部协作｜{donor}援助{name}", "{donor}对口支援：{name}",
                    "{donor}爱心物资：{name}", "{name}（{donor}捐助）"],
    "offer_title_consumption": ["{donor}消费帮扶采购{name}", "{donor}以购代捐：{name}", "东西部协作消费帮扶｜{name}（{donor}）"],
    "offer_title_employment": ["{donor}劳务协作：{name}", "{donor}招工：{name}，包吃包住", "{name}（{donor}提供）"],
    "offer_title_finance": ["{donor}帮扶资金：{name}", "{name}（{donor}援助资金）", "{donor}设立{name}"],
    "offer_title_infrastructure": ["{donor}援建{name}", "东西部协作项目：{name}（{donor}）", "{donor}出资建设{name}"],
    "offer_title_production": ["{donor}产业帮扶：{name}", "{donor}送{name}下乡", "对口支援产业项目｜{name}（{donor}）"],
    "who": ["屯里的老刘家", "村支书老赵", "包村干部小孙", "张大爷家", "李婶儿家", "王老汉家", "马大妈家", "驻村工作队"],
    "cause": ["家里就俩老人，儿子在外头打工", "去年冬天雪大，房子漏风", "老头子脑血栓，瘫炕上好几年了",
              "孩子他爹干活把腰闪了", "今年旱得厉害，地里没咋收", "娃在县城念高中", "冬天贼拉冷，屋里存不住热乎气",
              "屯子离镇上远，买东西不方便", "老伴走得早，一个人拉扯俩孩子"],
    "donor": ["广东佛山对口帮扶工作组", "福建厦门东西部协作办", "浙江宁波慈善总会", "江苏苏州爱心企业",
              "上海对口支援前方指挥部", "山东青岛协作企业", "杭州电商公司", "深圳爱心商会", "泉州鞋服企业", "温州商会",
              "东莞电子厂", "潮汕同乡会"],
}
# The parts blind22 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND22 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20")


def check_blind22() -> None:
    """Raise SystemExit if blind22 is not what its comment says (``_check_part_after`` tune … blind20)."""
    _check_part_after("blind22", BLIND22_CATALOGUE, BLIND22_BROAD, _PARTS_BEFORE_BLIND22)


# The "blind23" part (written 2026-12-01 for issue 13 by an engineer who opened none of matching/, the
# lexicon, search/data/, docs/matching.md, tests/ or any part's records and never ran the matcher) in the
# voice of a reviewer testing the platform before it goes live: plain everyday Mandarin as people from
# all over China type it into the platform's forms. Needs are posted by households in the first person,
# by 帮扶干部 / 驻村工作队 writing for a household and by 村委会 for a village, each with a short title and a
# description of a few sentences (family size, illness, ages, income figures, dates, then the request);
# offers by enterprises, 社会组织, individuals and the eastern paired provinces in the plain wording of a
# web form (可提供 / 捐赠 / 愿意资助 / 长期收购 / 招人). The three error kinds in roughly equal shares: items
# under everyday, regional and descriptive names and abbreviations on the need side and shop, catalogue or
# trade names on the offer side, broader offers under class names of their own; negated and past mentions in different
# constructions (received before from someone at some date, solved, enough or still usable, promised by
# someone else, declined by the household or by the child or old person, 除了…, …倒是不缺, a comparison, a
# question) and mentions of another item only as the situation; units that need converting. The counts,
# the units and the rest are in the module docstring (112 items of all 11 categories, 28 broader offers,
# 7 need titles, 7 need descriptions, 16 negations, offer titles per category, bags, packs and count
# multiples of a stated size, volume, area, length and money); the item names are left out of both.
# Every size is exact in binary floating point (no 两 or 毫升). ``check_blind23`` checks it against the
# catalogues, groups and negation templates of tune … blind22 only, never the lexicon. Never tune on it.
BLIND23_MASS = [("斤", 0.5), ("公斤", 1.0), ("Kg", 1.0), ("ＫＧ", 1.0), (" 公斤 ", 1.0), ("千克", 1.0), ("市斤", 0.5),
                ("kg", 1.0)]
_KG23 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0)]
_HEADS23 = [("人", 1.0), ("名", 1.0), ("个人", 1.0)]
_YUAN23 = [("元", 1.0), ("块", 1.0), ("万元", 10000.0)]
_AREA23 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
_MU23 = [("亩", 1.0), ("公顷", 15.0)]
_LENGTH23 = [("米", 1.0), ("公里", 1000.0)]
BLIND23_CATALOGUE = [
    # 生活物资: what a household runs short of in winter, staple food bought by the bag, daily goods
    ("quilt_cover23", "living", "goods", ["被罩", "被套", "被单子"], ["纯棉被套", "斜纹被罩"], ["床", "条", "个"], (1, 3)),
    ("thermal_set23", "living", "goods", ["卫生衣", "保暖衣裤", "秋冬贴身衣裤"], ["中老年保暖内衣", "德绒保暖内衣两件套"],
     [("套", 1.0), ("件", 0.5)], (1, 4)),
    ("socks23", "living", "goods", ["棉袜子", "袜子儿", "冬天穿的厚袜"], ["纯棉中筒袜", "加厚毛圈袜"],
     [("双", 1.0), ("打", 12.0)], (6, 24)),
    ("mittens23", "living", "goods", ["手捂子", "连指棉手套", "厚手套子"], ["加绒保暖手套", "冬季防寒手套"],
     [("副", 1.0), ("双", 1.0)], (1, 4)),
    ("glutinous23", "living", "goods", ["包粽子的米", "打糍粑的米", "糯谷米"], ["圆粒糯米", "农家长糯米"],
     _KG23 + [("袋（每袋10公斤）", 10.0)], (20, 100)),
    ("tea_oil23", "living", "goods", ["山茶籽油", "油茶油", "木籽油"], ["一级压榨茶籽油", "物理压榨山茶油"],
     [("升", 1.0), ("L", 1.0), ("桶（每桶5升）", 5.0), ("瓶(1.25升)", 1.25)], (5, 20)),
    ("buckwheat23", "living", "goods", ["荞面", "荞麦面", "苦荞粉"], ["石磨荞麦粉", "高原苦荞面粉"],
     [("斤", 0.5), ("公斤", 1.0), ("ＫＧ", 1.0), ("袋（每袋２５公斤）", 25.0)], (25, 150)),
    ("soap23", "living", "goods", ["洗衣服的肥皂", "肥皂块", "洋胰子"], ["透明皂", "家庭装洗衣皂"],
     [("块", 1.0), ("条", 1.0), ("箱(４８块装)", 48.0)], (2, 24)),
    ("tissue23", "living", "goods", ["擦嘴的纸", "餐巾纸", "抽取式纸巾"], ["原木抽纸", "软抽纸巾"],
     [("包", 1.0), ("提（每提6包）", 6.0)], (6, 36)),
    ("headlamp23", "living", "goods", ["戴头上的电筒", "头电筒", "戴脑壳上的电筒"], ["充电式强光头灯", "LED头戴灯"],
     ["个", "只"], (1, 2)),
    ("hand_warmer23", "living", "goods", ["充电暖手袋", "暖手袋", "电热宝"], ["防爆电热暖手宝", "充电式暖宝宝"], ["个"], (1, 2)),
    # 医疗救助: aids for old people, home devices and supplies for chronic illness, two free services
    ("magnifier23", "medical", "goods", ["看报的放大镜", "放大镜子", "老人用的放大镜"], ["老人阅读放大镜", "带灯手持放大镜"],
     ["个", "把"], (1, 2)),
    ("cane23", "medical", "goods", ["文明棍", "拄拐棍"], ["四脚助行拐杖", "铝合金手杖"], ["根", "支", "个"], (1, 1)),
    ("walker23", "medical", "goods", ["老人走路扶的架子", "扶着走的架子", "四脚助行架"], ["可折叠助行架", "带轮助行器"],
     ["个", "台"], (1, 1)),
    ("bp_monitor23", "medical", "goods", ["量压仪", "水银血压计", "测血压的表"], ["家用血压仪", "腕式电子血压仪"], ["台", "个"], (1, 1)),
    ("underpad23", "medical", "goods", ["老人垫的尿垫", "床上垫的尿垫", "一次性床垫"], ["成人一次性护理垫", "加大成人隔尿垫"],
     [("片", 1.0), ("包（每包10片）", 10.0), ("箱(8包80片)", 80.0)], (30, 120)),
    ("test_strip23", "medical", "goods", ["测血糖的试纸", "血糖仪的试条", "糖试纸"], ["血糖试纸50片装", "通用型血糖试条"],
     [("片", 1.0), ("盒（每盒50片）", 50.0)], (50, 200)),
    ("insulin23", "medical", "goods", ["胰岛素", "打的胰岛素针", "胰岛素笔芯"], ["胰岛素注射液", "预填充胰岛素笔"],
     [("支", 1.0), ("盒（每盒5支）", 5.0)], (2, 10)),
    ("nebulizer23", "medical", "goods", ["吸雾的机器", "做雾化的机子", "小孩雾化用的机器"], ["家用医用雾化器", "儿童医用雾化仪"],
     ["台", "个"], (1, 1)),
    ("cataract23", "medical", "service", ["治白内障", "眼睛开刀", "眼睛看不清要开刀"], ["免费白内障复明手术", "光明行复明手术"],
     _HEADS23, (1, 2)),
    ("checkup23", "medical", "service", ["全身检查", "做个检查", "查查身体"], ["老年人免费健康体检", "义诊体检"], _HEADS23, (1, 4)),
    # 教育助学: a pupil's desk, books, uniform and games, and help with homework
    ("desk_lamp23", "education", "goods", ["桌上的灯", "写作业用的台灯", "书桌灯"], ["学生阅读台灯", "AA级读写台灯"],
     ["盏", "个", "台"], (1, 1)),
    ("idiom_dict23", "education", "goods", ["成语大全", "成语辞典"], ["成语大词典彩图版", "学生成语词典"], ["本"], (1, 3)),
    ("pencil_case23", "education", "goods", ["笔袋子", "装笔的盒子", "文具袋"], ["双层文具盒", "大容量笔袋"], ["个"], (1, 3)),
    ("grid_book23", "education", "goods", ["田字格簿", "拼音本子", "生字簿"], ["田字格练习本", "小学生拼音本"],
     [("本", 1.0), ("包（２０本）", 20.0)], (10, 60)),
    ("abacus23", "education", "goods", ["算盘子", "打算盘的算盘", "学珠心算的算盘"], ["13档学生算盘", "木质珠算算盘"],
     ["把", "个"], (1, 1)),
    ("study_pad23", "education", "goods", ["学习机子", "点读的机器", "学英语的平板"], ["儿童学习平板", "同步点读学习机"],
     ["台", "个"], (1, 1)),
    ("uniform23", "education", "goods", ["学校统一的衣服", "校服裤子", "校服外套"], ["秋冬款学生校服", "冲锋衣款校服"],
     [("套", 1.0), ("件", 0.5)], (1, 3)),
    ("badminton23", "education", "goods", ["球拍", "打羽毛球的拍拍"], ["碳素羽毛球拍一对", "学生羽毛球拍套装"],
     [("副", 1.0), ("支", 0.5)], (1, 3)),
    ("long_rope23", "education", "goods", ["跳皮筋的绳", "长跳绳", "大绳"], ["集体跳长绳", "竹节花样跳绳"],
     [("根", 1.0), ("条", 1.0), ("打", 12.0)], (5, 40)),
    ("tutoring23", "education", "service", ["辅导功课", "家教", "教娃写作业"], ["寒假免费补习班", "大学生一对一辅导"],
     _HEADS23, (1, 3)),
    # 住房安全: a house rebuilt or repaired after a flood
    ("cement23", "housing", "goods", ["红毛灰", "红毛土", "水泥面子"], ["复合硅酸盐水泥32.5", "矿渣水泥"],
     [("公斤", 1.0), ("袋（每袋50公斤）", 50.0), ("吨", 1000.0)], (500, 5000)),
    ("rebar23", "housing", "goods", ["罗纹钢", "钢筋棍", "打圈梁的钢筋"], ["三级抗震螺纹钢", "HRB400E钢筋"],
     [("公斤", 1.0), ("吨", 1000.0), ("KG", 1.0)], (500, 3000)),
    ("roof_tile23", "housing", "goods", ["机瓦", "盖房的瓦片", "房顶瓦片"], ["彩色水泥瓦", "屋面机制瓦"],
     [("片", 1.0), ("块", 1.0), ("千片", 1000.0)], (500, 3000)),
    ("felt23", "housing", "goods", ["牛毛毡", "屋顶防漏的卷材", "防漏的油毡"], ["屋顶防水卷材", "SBS自粘卷材"], _AREA23, (20, 100)),
    ("hollow_block23", "housing", "goods", ["砌墙的砖", "水泥砖头", "空心水泥砖"], ["390×190空心砌块", "水泥空心砌块"],
     [("块", 1.0), ("千块", 1000.0)], (500, 5000)),
    ("entry_door23", "housing", "goods", ["铁皮门", "院门", "进门的大门"], ["入户安全门", "钢木复合门"], ["樘", "扇", "套"], (1, 1)),
    ("glass_window23", "housing", "goods", ["漏风的窗户", "窗框玻璃", "玻璃窗户"], ["双层中空玻璃窗", "塑钢平开窗"], _AREA23, (4, 20)),
    ("sand23", "housing", "goods", ["粗砂", "建房用的沙", "砂石"], ["水洗中粗砂", "建筑砂"],
     [("立方米", 1.0), ("方", 1.0), ("车（每车10方）", 10.0)], (5, 30)),
    ("wall_paint23", "housing", "goods", ["白涂料", "刷墙的白漆", "粉墙的涂料"], ["净味内墙漆", "防霉墙面涂料"],
     [("升", 1.0), ("L", 1.0), ("桶（每桶18升）", 18.0)], (18, 90)),
    ("solar_heater23", "housing", "goods", ["太阳能", "晒水的太阳能", "太阳能洗澡的"], ["家用太阳能热水器", "18管太阳能热水器"],
     ["台", "套"], (1, 1)),
    # 易地搬迁: the furniture and appliances of a family moving into its new flat
    ("wardrobe23", "relocation", "goods", ["装衣服的柜", "大衣橱"], ["两门衣柜", "钢架布艺衣橱"], ["个", "组"], (1, 1)),
    ("dining_table23", "relocation", "goods", ["小方桌", "四方桌子", "家里吃饭的桌子"], ["实木饭桌", "折叠圆餐桌"], ["张"], (1, 1)),
    ("stool23", "relocation", "goods", ["杌凳", "小杌子", "板凳子"], ["塑料方凳加厚款", "加厚塑料方凳"],
     [("个", 1.0), ("把", 1.0), ("张", 1.0)], (2, 6)),
    ("rice_cooker23", "relocation", "goods", ["电饭堡", "蒸饭的电锅", "焖米饭的锅"], ["家用电饭锅", "4升电饭煲"],
     ["个", "台"], (1, 1)),
    ("induction23", "relocation", "goods", ["电灶", "电炉子", "插电炒菜的炉"], ["多功能电磁灶", "触控电磁炉"], ["台", "个"], (1, 1)),
    ("gas_stove23", "relocation", "goods", ["液化气炉子", "液化气灶台", "燃气灶子"], ["节能燃气灶具", "嵌入式双灶"],
     ["台", "个"], (1, 1)),
    ("curtain23", "relocation", "goods", ["窗帘儿", "挡太阳的帘子"], ["成品布艺窗帘", "加厚遮光布帘"], ["幅", "套"], (1, 4)),
    ("freezer23", "relocation", "goods", ["冷冻柜", "冰柜儿"], ["家用小冰柜", "单温卧式冷柜"], ["台"], (1, 1)),
    ("washer23", "relocation", "goods", ["洗衣裳机", "洗衣服的机器"], ["全自动波轮洗衣机", "8公斤波轮洗衣机"], ["台"], (1, 1)),
    ("mattress23", "relocation", "goods", ["棕绷", "棕垫子", "床上铺的垫子"], ["椰棕床垫", "双面硬棕床垫"], ["张", "床"], (1, 2)),
    # 产业发展: young stock, fertiliser, seed, feed, a sprayer, a tiller and a greenhouse
    ("piglet23", "production", "goods", ["猪仔儿", "小肥猪苗", "猪崽仔"], ["长白杂交仔猪", "二元杂交母猪苗"], ["头", "只"], (2, 10)),
    ("duckling23", "production", "goods", ["鸭娃", "小鸭苗"], ["蛋鸭苗种", "半番鸭苗"],
     [("只", 1.0), ("羽", 1.0)], (100, 500)),
    ("compound23", "production", "goods", ["化学肥", "化肥粒子"], ["高塔复合肥", "45%硫酸钾复合肥"],
     [("公斤", 1.0), ("斤", 0.5), ("吨", 1000.0), ("袋（每袋40kg）", 40.0)], (200, 2000)),
    ("urea23", "production", "goods", ["尿素化肥", "白肥", "追肥用的尿素"], ["颗粒尿素", "大颗粒尿素46%"], None, (50, 500)),
    ("mulch23", "production", "goods", ["铺地的薄膜", "地膜纸", "盖苗的膜"], ["0.01mm白色地膜", "加厚农用地膜"], None, (20, 100)),
    ("seed_potato23", "production", "goods", ["土豆种子", "种洋芋", "土豆籽"], ["原种土豆种", "青薯9号种薯"], None, (200, 1500)),
    ("walnut_tree23", "production", "goods", ["核桃秧子", "核桃树秧", "核桃树苗子"], ["良种核桃嫁接苗", "薄皮核桃苗"],
     ["株", "棵"], (50, 500)),
    ("calf23", "production", "goods", ["小牛娃", "牛犊犊"], ["西门塔尔杂交牛犊", "西杂牛犊"], ["头"], (1, 3)),
    ("sprayer23", "production", "goods", ["农药喷壶", "背的打药桶", "打药的喷雾"], ["手动农用喷雾器", "16升电动喷壶"],
     ["台", "个"], (1, 2)),
    ("tiller23", "production", "goods", ["小耕田机", "耕田的机器", "犁地的小机器"], ["多功能小型微耕机", "汽油旋耕管理机"], ["台"], (1, 1)),
    ("greenhouse23", "production", "goods", ["大棚", "塑料大棚", "拱棚"], ["钢架塑料大棚", "温室大棚建设"], _MU23, (1, 5)),
    ("pig_feed23", "production", "goods", ["喂猪用的料", "猪饲料粉", "养猪的料"], ["育肥猪全价饲料", "浓缩饲料"],
     [("公斤", 1.0), ("斤", 0.5), ("kg", 1.0), ("袋（每袋40公斤）", 40.0)], (200, 1000)),
    # 消费扶贫: what a village has to sell, weighed, and eggs by count
    ("eggs23", "consumption", "goods", ["农家鸡蛋", "山里的鸡蛋", "土鸡下的蛋"], ["林下散养鸡蛋", "谷物喂养土鸡蛋"],
     [("个", 1.0), ("枚", 1.0), ("箱（每箱３０枚）", 30.0), ("打", 12.0)], (60, 600)),
    ("honey23", "consumption", "goods", ["老蜂糖", "崖蜜", "蜂糖蜜"], ["中华蜂土蜜", "山区百花土蜂蜜"], None, (5, 50)),
    ("walnut23", "consumption", "goods", ["核桃儿", "老品种核桃", "带壳核桃"], ["阿克苏薄皮核桃", "生晒核桃"], None, (20, 200)),
    ("konjac23", "consumption", "goods", ["鬼芋", "雪魔芋", "魔芋头"], ["鲜花魔芋", "魔芋球茎"], None, (100, 1000)),
    ("loquat23", "consumption", "goods", ["枇杷", "枇杷果", "琵琶果"], ["大五星枇杷", "白玉枇杷"], None, (100, 1000)),
    ("eagle_tea23", "consumption", "goods", ["老鹰茶", "老荫茶", "红白茶"], ["四川老鹰茶", "野生老荫茶"], None, (5, 50)),
    ("rice_noodle23", "consumption", "goods", ["粉干", "米粉条", "炒米粉的粉"], ["桂林干切粉", "兴化米粉"], None, (20, 200)),
    ("fungus23", "consumption", "goods", ["黑木耳朵", "木耳朵", "黑耳子"], ["东北黑木耳", "秋木耳干货"], None, (5, 50)),
    ("navel_orange23", "consumption", "goods", ["甜橙", "脐橙子", "脐橙果"], ["纽荷尔脐橙", "赣南脐橙礼箱"], None, (200, 2000)),
    ("bacon23", "consumption", "goods", ["腊肉条", "熏腊肉", "腊肉块"], ["农家土腊肉", "烟熏五花腊肉"], None, (20, 200)),
    ("vermicelli23", "consumption", "goods", ["山芋粉丝", "地瓜粉条"], ["纯红薯手工粉条", "土法红薯宽粉"], None, (20, 200)),
    # 就业帮扶: courses and jobs (kind "service") and two things to earn with
    ("forklift23", "employment", "service", ["开叉车", "叉车本", "学叉车"], ["叉车操作证免费培训", "叉车司机培训班"],
     _HEADS23, (1, 3)),
    ("cook23", "employment", "service", ["学做菜手艺", "学当厨师", "学颠勺"], ["中餐烹饪技能免费培训", "农家乐厨师培训"],
     _HEADS23, (1, 3)),
    ("electrician23", "employment", "service", ["电工本", "学当电工", "考个电工本"], ["低压电工上岗证培训", "电工免费培训班"],
     _HEADS23, (1, 3)),
    ("factory23", "employment", "service", ["流水线工作", "工厂上班", "进厂做工"], ["服装厂车工招聘", "电子厂流水线普工"],
     _HEADS23, (1, 3)),
    ("cleaner23", "employment", "service", ["打扫卫生的工作", "当保洁员", "扫地的活"], ["物业保洁员岗位", "环卫保洁公益岗"],
     _HEADS23, (1, 3)),
    ("courier23", "employment", "service", ["送外卖", "骑手", "送快递的活"], ["外卖骑手招聘", "快递分拣配送岗位"], _HEADS23, (1, 3)),
    ("driving23", "employment", "service", ["驾驶证", "考个驾照", "考驾驶证"], ["驾驶员培训补贴名额", "免费驾考培训"],
     _HEADS23, (1, 3)),
    ("barber23", "employment", "service", ["学理发", "美发培训", "学剃头手艺"], ["美容美发免费培训", "理发技能培训班"],
     _HEADS23, (1, 3)),
    ("sewing_machine23", "employment", "goods", ["踩缝纫机", "裁缝车", "缝纫车"], ["工业平车", "家用多功能电动缝纫机"],
     ["台"], (1, 2)),
    ("food_cart23", "employment", "goods", ["流动售货车", "摆摊车", "小吃推车"], ["移动小吃餐车", "不锈钢摆摊车"],
     ["辆", "台"], (1, 1)),
    # 基础设施: what a 村委会 asks for the village's lights, water, roads and square
    ("street_light23", "infrastructure", "goods", ["路上的灯", "夜里照路的灯", "组上的路灯"], ["太阳能LED路灯", "6米太阳能路灯"],
     ["盏", "杆", "套"], (5, 30)),
    ("water_pipe23", "infrastructure", "goods", ["饮水管子", "入户水管子", "接自来水的管"], ["PPR饮水管", "PE100给水管"],
     [("米", 1.0), ("卷（每卷100米）", 100.0)], (100, 1000)),
    ("cistern23", "infrastructure", "goods", ["蓄水池子", "存水的池子", "水池"], ["不锈钢蓄水罐", "水泥蓄水池"],
     [("立方米", 1.0), ("方", 1.0), ("吨", 1.0)], (10, 100)),
    ("road23", "infrastructure", "goods", ["硬化路", "水泥路", "通组路"], ["村道路面硬化", "通户路硬化"], _LENGTH23, (200, 3000)),
    ("footbridge23", "infrastructure", "goods", ["木桥", "过河桥子", "河上的便桥"], ["钢便桥", "装配式人行桥"], ["座"], (1, 1)),
    ("camera23", "infrastructure", "goods", ["摄像头子", "雪亮工程", "监控头"], ["村级视频监控点位", "球机监控摄像头"],
     ["个", "套"], (2, 10)),
    ("hoop23", "infrastructure", "goods", ["投篮架", "篮筐架子", "打篮球的架子"], ["户外标准篮球架", "户外地埋篮球架"],
     ["副", "个", "套"], (1, 2)),
    ("bin23", "infrastructure", "goods", ["垃圾斗", "村里的垃圾桶", "垃圾筒"], ["户外大号垃圾桶", "挂车式分类垃圾桶"],
     ["个", "只"], (5, 30)),
    ("guardrail23", "infrastructure", "goods", ["路边护栏", "围栏杆", "防撞栏"], ["道路安全护栏", "双波形钢护栏"],
     _LENGTH23, (50, 500)),
    ("pump23", "infrastructure", "goods", ["抽水的机器", "提水的泵"], ["农用抽水泵", "自吸式抽水机"], ["台"], (1, 2)),
    # 金融信贷: money for school, illness, a loan, premiums, rent and bills (kind "cash")
    ("tuition23", "finance", "cash", ["读书费用", "交学费的钱", "读书的钱"], ["大学新生学费资助", "助学金"], _YUAN23, (2000, 10000)),
    ("hospital_bill23", "finance", "cash", ["住院押金", "看病住院的钱", "住院费用"], ["重病住院救助金", "住院自付费用补助"],
     _YUAN23, (2000, 30000)),
    ("microloan23", "finance", "cash", ["贷款资金", "借点本钱", "无息借款"], ["免抵押贴息贷款", "扶贫信用贷款"],
     _YUAN23, (10000, 50000)),
    ("premium23", "finance", "cash", ["医疗保险费", "农合的钱"], ["代缴医疗保险", "居民医保个人缴费资助"], _YUAN23, (300, 2000)),
    ("rent23", "finance", "cash", ["租房的钱", "租金", "房租钱"], ["租房补贴", "住房租金资助"], _YUAN23, (1000, 6000)),
    ("allowance23", "finance", "cash", ["过日子的钱", "吃饭钱", "生活补助"], ["困难家庭临时生活补助", "爱心生活补贴"],
     _YUAN23, (500, 3000)),
    ("farm_insurance23", "finance", "cash", ["种养保险", "庄稼保险", "庄稼的保险"], ["特色农业保险保费补贴", "政策性养殖保险"],
     _YUAN23, (200, 3000)),
    ("rebuild_fund23", "finance", "cash", ["建房款", "起房子的钱", "修屋的钱"], ["农村危房改造资金", "修房爱心款"],
     _YUAN23, (5000, 40000)),
    ("power_bill23", "finance", "cash", ["电费", "交电费的钱", "用电费"], ["电费补贴", "爱心电费代缴"], _YUAN23, (100, 800)),
    # 其他: a phone, a television, a radio, a game, a toy, an e-bike and three kinds of help
    ("smartphone23", "other", "goods", ["能上网的手机", "大屏手机", "大字大屏的手机"], ["老人智能手机", "国产4G智能机"],
     ["部", "台", "个"], (1, 1)),
    ("tv23", "other", "goods", ["看电视的", "电视机儿", "大电视"], ["50寸液晶电视", "家用智能电视机"], ["台"], (1, 1)),
    ("radio23", "other", "goods", ["听广播的匣子", "收音机儿"], ["便携收音机", "老人插卡音箱收音机"], ["台", "个"], (1, 1)),
    ("mahjong23", "other", "goods", ["麻将", "麻将牌", "打麻将的牌"], ["家用麻将牌", "老年活动室麻将"], ["副"], (1, 2)),
    ("blocks23", "other", "goods", ["拼装玩具", "搭房子的积木", "搭积木"], ["儿童拼插积木", "大颗粒积木"],
     [("盒", 1.0), ("套", 1.0)], (1, 3)),
    ("e_bike23", "other", "goods", ["电单车", "电滴滴", "电动两轮车"], ["48V新国标电动自行车", "长续航电动车"], ["辆"], (1, 1)),
    ("legal23", "other", "service", ["要工钱", "打官司的事", "找律师"], ["免费法律咨询", "律师公益代理"], ["次", "件"], (1, 1)),
    ("company23", "other", "service", ["陪伴", "陪老人聊天", "上门陪护"], ["志愿者关爱陪伴", "社工探访"], ["次", "人次"], (1, 4)),
    ("disability_card23", "other", "service", ["残疾人证", "评残", "办残疾人证"], ["残疾评定代办", "上门办理残疾证"],
     ["次", "人"], (1, 1)),
]
# Broader offers under class names of their own. generate() gives a broader offer's unit size 1 and
# counts it as kg for mass items: groups covering a weighed item are offered in 公斤 (size 1 for every
# covered item that has pack units), the others in a unit of size 1 for every covered item that counts in
# it, or in one none of them uses (not comparable, relevance 2).
BLIND23_BROAD = [
    ("warm_wear23", "living", ["冬季保暖衣物包", "过冬穿戴物资"], ["thermal_set23", "socks23", "mittens23"], ["份"]),
    ("grain_oil23", "living", ["粮油物资", "粮油副食"], ["glutinous23", "buckwheat23", "tea_oil23"], ["公斤"]),
    ("household23", "living", ["日常生活用品包", "居家日杂"],
     ["soap23", "tissue23", "headlamp23", "hand_warmer23", "quilt_cover23"], ["份"]),
    ("elder_aids23", "medical", ["老年康复辅助器具", "助老出行辅具"], ["magnifier23", "cane23", "walker23"], ["件"]),
    ("home_devices23", "medical", ["居家健康监测设备", "家用医疗护理器械"], ["bp_monitor23", "nebulizer23"], ["台"]),
    ("diabetes23", "medical", ["糖尿病用品", "控糖护理用品"], ["insulin23", "test_strip23"], ["份"]),
    ("clinic23", "medical", ["健康义诊服务", "医疗帮扶服务"], ["cataract23", "checkup23"], ["人"]),
    ("stationery23", "education", ["学习文具包", "开学用品礼包"],
     ["pencil_case23", "grid_book23", "abacus23", "idiom_dict23"], ["套"]),
    ("study_devices23", "education", ["学习电子产品", "助学电子设备"], ["desk_lamp23", "study_pad23"], ["台"]),
    ("ball_games23", "education", ["球类跳绳器材", "课间运动器材"], ["badminton23", "long_rope23"], ["个"]),
    ("main_material23", "housing", ["主体建材", "钢材水泥"], ["cement23", "rebar23"], ["公斤"]),
    ("finishing23", "housing", ["装修材料", "室内装修辅材"],
     ["wall_paint23", "felt23", "glass_window23", "hollow_block23"], ["批"]),
    ("kitchen23", "relocation", ["厨房电器", "灶具炊具"], ["rice_cooker23", "induction23", "gas_stove23"], ["台"]),
    ("big_appliance23", "relocation", ["大家电", "制冷洗衣电器"], ["freezer23", "washer23"], ["台"]),
    ("furniture23", "relocation", ["搬迁新居家具", "进新房的家具"],
     ["wardrobe23", "dining_table23", "stool23", "mattress23"], ["件"]),
    ("young_stock23", "production", ["畜禽苗种", "畜禽崽苗"], ["piglet23", "duckling23", "calf23"], ["只"]),
    ("farm_inputs23", "production", ["种植投入品", "春耕备耕物资"],
     ["compound23", "urea23", "mulch23", "seed_potato23", "pig_feed23"], ["公斤"]),
    ("farm_machines23", "production", ["小型农机", "农用机械器具"], ["sprayer23", "tiller23"], ["台"]),
    ("local_goods23", "consumption", ["助农产品", "山区农特产"],
     ["honey23", "walnut23", "konjac23", "loquat23", "eagle_tea23", "rice_noodle23", "fungus23",
      "navel_orange23", "bacon23", "vermicelli23"], ["公斤"]),
    ("skills23", "employment", ["免费技能培训", "学手艺的培训班"],
     ["forklift23", "cook23", "electrician23", "driving23", "barber23"], ["人"]),
    ("jobs23", "employment", ["就业岗位", "用工岗位"], ["factory23", "cleaner23", "courier23"], ["人"]),
    ("village_kit23", "infrastructure", ["人居环境设施", "村庄公共设施"],
     ["street_light23", "bin23", "camera23", "hoop23"], ["套"]),
    ("water_supply23", "infrastructure", ["饮水工程", "农村供水设施"], ["water_pipe23", "cistern23", "pump23"], ["套"]),
    ("medical_fund23", "finance", ["医疗救助资金", "医疗帮扶款"], ["hospital_bill23", "premium23"], ["元"]),
    ("relief_fund23", "finance", ["困难救助金", "临时救助款"], ["allowance23", "rent23", "power_bill23"], ["元"]),
    ("elder_fun23", "other", ["老人娱乐用品", "老年休闲用品"], ["radio23", "mahjong23"], ["件"]),
    ("digital23", "other", ["数码产品", "电子产品"], ["smartphone23", "tv23"], ["台"]),
    ("volunteer23", "other", ["社工服务", "志愿帮扶服务"], ["legal23", "company23", "disability_card23"], ["次"]),
]
TEMPLATES["blind23"] = {
    # Needs as households, 帮扶干部 / 驻村工作队 and 村委会 type them into the form, and offers in the
    # plain wording of the offer form (可提供 / 捐赠 / 愿意资助 / 长期收购 / 招人).
    "need_title": ["{who}求助：缺{name}", "{who}想申请{name}", "急需{name}（{who}）", "{who}：家里缺{name}",
                   "【求助】{name}——{who}", "帮{who}问问有没有{name}", "孩子上学缺{name}（{who}）"],
    "need_desc": ["{cause}。现在最缺的是{name}，希望好心人帮一把。", "{cause}。想申请{name}，能帮多少算多少，谢谢大家。",
                  "{cause}，日子过得紧巴巴的。这次主要是想要{name}。", "{cause}。经入户核实情况属实，申请{name}。",
                  "{cause}。{name}实在买不起，请平台上的爱心人士帮帮忙。",
                  "{cause}。需要：{name}。有意的可以先跟村委会联系。", "{cause}。盼着能有{name}，先谢谢了！"],
    "negated": ["{other}前年镇民政办发过一回，现在还在用", "{other}那头的事上个月已经办妥了", "{other}倒是不缺，家里还有两个",
                "家里除了{other}啥都缺", "{other}县残联已经答应给了，就不重复报了", "{other}老人自己说用不惯，不要",
                "孩子说{other}同桌借给他用了，不用再买", "{other}还能凑合用几年", "{other}够用到明年开春",
                "之前报的{other}已经有企业对接上了", "平时就靠一个旧{other}将就着", "有人问要不要{other}，我们家用不上",
                "比起{other}，更要紧的是{name}", "{other}去年腊月娘家兄弟给买了", "{other}这块政府已经兜底了",
                "{other}我们家不申请"],
    "offer_title": ["{donor}可提供{name}", "捐赠{name}（{donor}）", "{donor}愿意捐{name}", "{name}，{donor}免费提供",
                    "{donor}爱心捐赠：{name}"],
    "offer_title_finance": ["{donor}愿意资助{name}", "{name}（{donor}出资）", "{donor}设立{name}"],
    "offer_title_employment": ["{donor}招人：{name}", "{donor}开办{name}", "{name}，{donor}报名中"],
    "offer_title_consumption": ["{donor}长期收购{name}", "{donor}采购{name}（消费帮扶）", "收{name}，{donor}"],
    "who": ["我家", "本人", "驻村工作队", "帮扶干部小周", "村委会", "第一书记", "网格员", "脱贫户老杨家", "监测户何某"],
    "cause": ["我家5口人，老伴2019年查出尿毒症，两个孩子还在读书，一年收入不到8000元",
              "户主今年67岁，一个人住，每个月靠580元低保过日子",
              "我今年43岁，去年11月在工地摔断了腿，干不了重活，一家4口靠媳妇打零工",
              "我们组32户118人，大多是老人和娃娃，年轻人都出去打工了",
              "驻村工作队入户了解：该户3口人，女儿有先天性心脏病，人均年收入4200元",
              "村委会经2026年10月村民代表大会讨论通过",
              "孩子今年9月考上县一中，爸爸常年在外打工，奶奶一个人带着",
              "今年7月发大水，屋后塌了一截，一家六口暂住在亲戚家",
              "我是肢体二级残疾，和78岁的老母亲两个人过"],
    "donor": ["浙江某电子厂", "深圳市某科技有限公司", "青岛对口协作工作组", "福建某慈善基金会", "某服装厂",
              "退休教师李老师", "市红十字会", "宁波帮扶工作队", "某连锁超市", "匿名爱心人士", "广东某农业合作社",
              "江苏昆山某企业"],
}
# The parts blind23 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND23 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22")


def check_blind23() -> None:
    """Raise SystemExit if blind23 is not what its comment says (``_check_part_after`` tune … blind22)."""
    _check_part_after("blind23", BLIND23_CATALOGUE, BLIND23_BROAD, _PARTS_BEFORE_BLIND23)


# The "blind24" part (written 2026-12-01 for issue 13 by an engineer who opened none of matching/, the
# lexicon, docs/matching.md, tests/ or any part's records, and never ran the matcher) in the voice of the
# platform's 微心愿 and 公益项目 side, a voice no earlier part has: needs are wish cards and help requests
# from 深度贫困地区 (三区三州: 凉山, 怒江, 临夏, 南疆, 藏区), for boarding-school children, left-behind elders,
# people with disabilities and the chronically ill, in the first person by the child or the elder or by a
# teacher, a 驻村第一书记 or a 双语 cadre writing for them (short, sometimes stiff second-language Chinese);
# offers are 公益项目, 爱心包裹 and 认领心愿 posts of foundations, 志愿者协会, 爱心企业 and single donors, often a
# named project that covers several items. Item names (3 per need, 2 per offer) are the everyday,
# colloquial, regional and trade words of that voice; which items and names is left out here so that the
# lead, who evaluates this part once, does not learn them. Counts, negation constructions and units are in
# the module docstring. ``check_blind24`` checks it against tune … blind22 only, never the lexicon.
BLIND24_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("Kg", 1.0), (" 公斤", 1.0)]
_KG24 = [("斤", 0.5), ("公斤", 1.0), ("千克", 1.0)]
_PERSONS24 = [("人", 1.0), ("名", 1.0), ("人次", 1.0)]
_YUAN24 = [("元", 1.0), ("万元", 10000.0)]
_AREA24 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
BLIND24_CATALOGUE = [
    # 生活物资: a boarding girl's and boy's daily things, what the high cold and the sun ask for, the
    # clothes and rugs of the places themselves
    ("sanitary24", "living", "goods", ["卫生棉", "来例假用的", "女孩子的卫生用品"], ["少女卫生用品", "日夜组合卫生巾"],
     [("片", 1.0), ("包", 10.0)], (20, 60)),
    ("lip_balm24", "living", "goods", ["润唇膏", "擦嘴巴的油", "护唇膏"], ["儿童润唇膏", "高原防裂唇膏"],
     [("支", 1.0), ("盒", 5.0)], (2, 10)),
    ("sunscreen24", "living", "goods", ["防晒的霜", "擦脸防晒的", "防紫外线的霜"], ["高原防晒乳", "户外防晒霜SPF50"],
     ["支", "瓶"], (1, 2)),
    ("sunglasses24", "living", "goods", ["黑眼镜", "防雪盲眼镜", "太阳镜"], ["防紫外线太阳镜", "高原防雪盲护目镜"], ["副"], (1, 2)),
    ("head_lamp24", "living", "goods", ["上晚自习戴的头灯", "走夜路戴的灯", "充电头灯"], ["LED充电头灯", "强光头戴灯"], ["个", "只"],
     (1, 2)),
    ("rain_boots24", "living", "goods", ["下雨上学穿的靴子", "雨鞋子", "下雨穿的胶鞋"], ["儿童雨靴", "加绒高筒水鞋"], ["双"], (1, 2)),
    ("felt_boots24", "living", "goods", ["藏靴", "毡靴", "毡疙瘩"], ["手工藏式毡靴", "加厚羊毛毡靴"], ["双"], (1, 2)),
    ("sheepskin_vest24", "living", "goods", ["羊皮褂子", "羊皮坎肩", "皮褂子"], ["羔羊皮背心", "老人羊皮坎肩"], ["件"], (1, 2)),
    ("doppa24", "living", "goods", ["朵帕帽", "维吾尔花帽", "绣花小帽"], ["手工刺绣朵帕", "民族小花帽"], ["顶"], (1, 3)),
    ("rug24", "living", "goods", ["藏家卡垫", "藏毯", "坐的毯子"], ["手工藏式卡垫", "羊毛藏毯"], ["张", "块"], (1, 2)),
    ("shampoo24", "living", "goods", ["洗头的膏子", "洗头水", "洗头发的水"], ["儿童洗发露", "家庭装洗发膏"], ["瓶"], (1, 3)),
    ("nail_clipper24", "living", "goods", ["指甲剪子", "剪指甲的小剪子", "指甲钳"], ["不锈钢指甲钳套装", "儿童指甲剪"],
     ["把", "套"], (1, 2)),
    ("umbrella24", "living", "goods", ["雨伞子", "打的伞", "挡雨的伞"], ["反向折叠雨伞", "儿童安全雨伞"], ["把"], (1, 2)),
    # 医疗救助: oxygen for the plateau, 辅具 for the blind and the bedridden, medicines, two services
    ("oxygen_maker24", "medical", "goods", ["制氧机器", "吸氧的机器", "老人吸氧的机子"], ["医用分子筛制氧机", "5L家用氧气机"],
     ["台"], (1, 1)),
    ("oxygen_bag24", "medical", "goods", ["装氧气的袋子", "吸氧的枕头", "吸氧的袋子"], ["便携式氧气袋", "42L氧气枕"], ["个", "只"],
     (1, 2)),
    ("nebulizer24", "medical", "goods", ["雾化的机器", "做雾化的", "吸雾化的机子"], ["儿童压缩式雾化器", "家用医用雾化机"],
     ["台"], (1, 1)),
    ("white_cane24", "medical", "goods", ["盲人用的手杖", "探路的棍子", "盲人棍"], ["折叠式导盲杖", "铝合金盲人手杖"], ["根", "支"],
     (1, 1)),
    ("magnifier24", "medical", "goods", ["看书的助视器", "放大镜子", "看字的放大镜"], ["低视力电子助视器", "手持式放大镜"],
     ["个", "台"], (1, 1)),
    ("adult_diaper24", "medical", "goods", ["老阿妈用的尿不湿", "大人用的纸尿裤", "老年拉拉裤子"], ["成人护理纸尿裤", "老年人拉拉裤"],
     [("片", 1.0), ("包", 10.0)], (20, 60)),
    ("bath_chair24", "medical", "goods", ["洗澡坐的椅子", "淋浴椅", "坐着洗澡的凳子"], ["老人防滑沐浴椅", "折叠洗澡凳"],
     ["把", "个"], (1, 1)),
    ("standing_frame24", "medical", "goods", ["站立器", "康复站架", "练站立的架子"], ["儿童康复站立架", "脑瘫儿童站立训练器"],
     ["台", "个"], (1, 1)),
    ("hearing_battery24", "medical", "goods", ["助听器用的电池", "耳背机电池", "A13电池"], ["锌空气助听器电池", "A675助听电池"],
     [("粒", 1.0), ("板", 6.0)], (6, 30)),
    ("insulin24", "medical", "goods", ["胰岛素", "每天打的胰岛素", "打血糖的针"], ["门冬胰岛素注射液", "预混胰岛素笔芯"], ["支"], (2, 10)),
    ("dewormer24", "medical", "goods", ["包虫病药", "阿苯达唑", "打虫子的药"], ["阿苯达唑片", "包虫病防治药品"], ["盒"], (1, 4)),
    ("cochlear24", "medical", "service", ["人工耳蜗", "耳蜗手术", "装耳蜗"], ["人工耳蜗植入救助", "听力重建手术"],
     _PERSONS24, (1, 1)),
    ("limb_fitting24", "medical", "service", ["装假手", "配义肢", "安个假胳膊"], ["上肢义肢装配服务", "残联义肢适配"],
     _PERSONS24, (1, 1)),
    # 教育助学: a child's dream of science and music, braille for the blind child, help with Chinese
    ("telescope24", "education", "goods", ["看远处的望远镜", "看星星的望远镜", "天文望远镜"], ["儿童天文望远镜", "高清双筒望远镜"],
     ["个", "台"], (1, 1)),
    ("globe24", "education", "goods", ["地球仪模型", "能转的地球", "学地理的地球仪"], ["AR地球仪", "20cm教学地球仪"], ["个"], (1, 1)),
    ("microscope24", "education", "goods", ["显微镜", "看细菌的镜子", "儿童显微镜"], ["学生生物显微镜", "1200倍科学显微镜"],
     ["台", "个"], (1, 1)),
    ("braille24", "education", "goods", ["盲文的书", "盲人读的书", "摸着读的书"], ["盲文少儿读物", "盲文版课本"], ["本"], (1, 3)),
    ("braille_slate24", "education", "goods", ["盲文点字板", "写盲文的板子", "盲文扎字板"], ["盲文书写板套装", "盲文笔板"],
     ["套", "块"], (1, 1)),
    ("copybook24", "education", "goods", ["写字的字帖", "练字的帖子", "硬笔字帖本"], ["田英章楷书字帖", "描红练字帖"],
     [("本", 1.0), ("套", 6.0)], (2, 12)),
    ("jaw_harp24", "education", "goods", ["口弦", "口弦琴", "彝族口弦"], ["竹制口弦", "手工口弦琴"], ["个", "把"], (1, 2)),
    ("rawap24", "education", "goods", ["热瓦普", "热瓦甫", "弹唱的琴"], ["少儿热瓦普", "手工热瓦甫"], ["把"], (1, 1)),
    ("hand_drum24", "education", "goods", ["手鼓", "达甫", "拍的鼓"], ["新疆手鼓", "民族达甫鼓"], ["面", "个"], (1, 2)),
    ("badminton24", "education", "goods", ["一副羽毛球拍", "打羽毛球的拍", "球拍"], ["学生羽毛球拍套装", "全碳素羽毛球拍"],
     ["副"], (1, 2)),
    ("chess24", "education", "goods", ["一副象棋子", "下象棋的棋子", "楚河汉界的棋"], ["榉木大号象棋", "磁性象棋"], ["副", "盒"], (1, 2)),
    ("science_kit24", "education", "goods", ["科学实验盒", "做实验的盒子", "小实验材料"], ["STEM科学实验套装", "少儿科学小实验包"],
     ["套", "盒"], (1, 2)),
    ("literacy24", "education", "service", ["学汉字", "有人教我认字", "识字辅导"], ["双语志愿者识字辅导", "国通语学前辅导"],
     _PERSONS24, (1, 3)),
    # 住房安全: an earth house made warm and dry
    ("kang24", "housing", "goods", ["热炕", "暖炕", "炕"], ["节能火炕改造", "吊炕"], ["铺", "盘"], (1, 1)),
    ("rafter24", "housing", "goods", ["椽条", "架屋顶的檩木", "房梁木头"], ["落叶松椽子", "防腐檩条"], ["根"], (10, 60)),
    ("lime24", "housing", "goods", ["粉墙的白灰膏", "白石灰", "刷墙的石灰"], ["消石灰粉", "建筑用石灰"],
     [("公斤", 1.0), ("斤", 0.5), ("袋", 25.0)], (100, 500)),
    ("paint24", "housing", "goods", ["刷房子的涂料", "刷白墙的漆", "白墙漆"], ["环保内墙漆（每桶5升）", "外墙防水涂料"],
     [("升", 1.0), ("L", 1.0), ("桶", 5.0)], (5, 40)),
    ("glass24", "housing", "goods", ["玻璃片", "窗子上的玻璃", "换玻璃"], ["中空玻璃", "钢化玻璃板"], _AREA24, (2, 12)),
    ("sunroom24", "housing", "goods", ["阳光暖棚子", "阳光房", "玻璃暖阁"], ["藏式阳光暖棚", "钢结构阳光房"], _AREA24, (10, 40)),
    ("squat_toilet24", "housing", "goods", ["蹲便", "厕所蹲位", "厕所的蹲坑"], ["防臭陶瓷蹲便", "改厕蹲便器套装"], ["个", "套"],
     (1, 1)),
    ("sand24", "housing", "goods", ["砂石料", "河坝里的砂", "盖房用的砂"], ["干净的机制砂", "中粗河沙"],
     [("立方米", 1.0), ("方", 1.0), ("m³", 1.0)], (2, 10)),
    # 易地搬迁: the kitchen and the rooms of the new flat in the 安置点
    ("pressure_cooker24", "relocation", "goods", ["高压锅子", "压力煲", "煮洋芋的高压锅"], ["防爆压力锅", "高原专用高压锅"],
     ["个", "口"], (1, 1)),
    ("induction24", "relocation", "goods", ["做饭的电磁炉", "电炉灶", "插电做饭的炉子"], ["触控式电磁炉", "大功率电磁灶"],
     ["台", "个"], (1, 1)),
    ("butter_tea24", "relocation", "goods", ["打茶的机子", "酥油茶打茶机", "打酥油茶的机器"], ["电动酥油茶打茶机", "家用酥油茶机"],
     ["台"], (1, 1)),
    ("naan_oven24", "relocation", "goods", ["自家打馕的坑炉", "烤馕的炉子", "打馕炉"], ["不锈钢馕坑", "电烤馕炉"], ["个", "座"],
     (1, 1)),
    ("heater24", "relocation", "goods", ["小太阳烤火器", "烤火的电器", "插电的暖气"], ["家用小太阳取暖器", "油汀电暖器"], ["台", "个"],
     (1, 1)),
    ("mattress24", "relocation", "goods", ["床上铺的垫子", "山棕垫", "睡的垫子"], ["椰棕床垫", "加厚弹簧席梦思"], ["张", "床"], (1, 2)),
    ("tibetan_cabinet24", "relocation", "goods", ["画了花的柜子", "藏式彩柜", "彩绘柜"], ["藏式彩绘家具", "手绘藏柜"], ["个", "组"],
     (1, 1)),
    ("range_hood24", "relocation", "goods", ["厨房抽油烟的", "排油烟的机子", "灶上的烟罩"], ["顶吸式欧式烟机", "家用抽烟机"], ["台"],
     (1, 1)),
    ("water_heater24", "relocation", "goods", ["插电的热水器", "洗热水澡的机器", "挂墙的热水器"], ["60升电热水器", "即热式热水器"],
     ["台"], (1, 1)),
    # 产业发展: a few animals, grass and fruit trees, film and tape for the field, a vet
    ("pian_cattle24", "production", "goods", ["犏牛", "犏牛犊", "犏牛娃"], ["良种犏牛", "犏雌牛"], ["头"], (1, 3)),
    ("black_goat24", "production", "goods", ["黑山羊娃", "山羊羔", "小山羊娃"], ["南江黄羊种羊", "努比亚山羊种公羊"],
     [("只", 1.0), ("对", 2.0)], (4, 20)),
    ("ducklings24", "production", "goods", ["鸭儿苗", "小鸭娃", "鸭娃"], ["建昌麻鸭苗", "樱桃谷肉鸭苗"], ["只", "羽"], (50, 300)),
    ("goslings24", "production", "goods", ["鹅儿苗", "鹅儿", "鹅娃儿"], ["大白鹅苗", "朗德鹅苗"], ["只", "羽"], (20, 100)),
    ("grass_seed24", "production", "goods", ["草种子", "牧草籽", "种草的籽"], ["燕麦草种子", "多年生黑麦草籽"], None, (10, 60)),
    ("warm_shed24", "production", "goods", ["暖棚", "羊圈的暖棚", "牛棚"], ["畜用塑料暖棚", "标准化圈舍"], _AREA24, (20, 100)),
    ("shears24", "production", "goods", ["剪羊毛的大剪刀", "牧民剪毛的剪", "剪羊毛的电推子"], ["电动剪羊毛机", "牧区剪毛剪"], ["把", "台"],
     (1, 2)),
    ("drip_tape24", "production", "goods", ["滴灌带子", "滴水管", "浇水的带子"], ["内镶贴片式滴灌带", "节水滴灌管"],
     [("米", 1.0), ("卷", 500.0)], (500, 3000)),
    ("apple_sapling24", "production", "goods", ["苹果树苗子", "苹果树秧", "矮砧苹果苗"], ["红富士苹果苗", "矮砧苹果嫁接苗"],
     ["株", "棵"], (50, 300)),
    ("shed_film24", "production", "goods", ["棚布膜", "大棚塑料膜", "搭棚子的膜"], ["PO长寿无滴膜", "温室大棚薄膜"], None, (20, 100)),
    ("manure24", "production", "goods", ["羊粪", "圈粪", "羊板粪"], ["发酵羊粪有机肥", "腐熟牛羊粪肥"], None, (200, 1000)),
    ("back_basket24", "production", "goods", ["背篓子", "彝家背篼子", "背东西的篓子"], ["竹编背篓", "彝家背篼"], ["个", "只"],
     (1, 3)),
    ("vet24", "production", "service", ["兽医", "给牛看病", "防疫打针"], ["畜牧兽医上门诊疗", "牛羊免费防疫服务"],
     ["次", "户"], (1, 2)),
    # 消费扶贫: what the plateau, 南疆, 凉山 and 怒江 sell, mostly weighed
    ("matsutake24", "consumption", "goods", ["松茸菌", "新鲜松茸菌", "松口蘑"], ["香格里拉松茸", "松茸冻干片"], None, (2, 20)),
    ("sea_buckthorn24", "consumption", "goods", ["沙棘", "沙棘果", "醋柳果"], ["沙棘原浆", "野生沙棘果"], None, (10, 100)),
    ("almond24", "consumption", "goods", ["巴旦木果", "巴达木", "大杏仁"], ["新疆纸皮巴旦木", "奶香巴旦木"], None, (5, 50)),
    ("aksu_apple24", "consumption", "goods", ["冰糖心", "阿克苏苹果", "糖心苹果"], ["阿克苏冰糖心", "新疆丑苹果"],
     None, (50, 500)),
    ("fragrant_pear24", "consumption", "goods", ["香梨", "库尔勒香梨", "新疆梨"], ["库尔勒香梨礼盒", "南疆香梨"], None, (50, 500)),
    ("pomegranate24", "consumption", "goods", ["石榴", "籽软的石榴", "凉山石榴"], ["突尼斯软籽石榴", "大籽石榴"], None, (50, 500)),
    ("black_goji24", "consumption", "goods", ["黑枸杞", "黑果枸杞", "野生黑枸杞"], ["柴达木黑枸杞", "特级黑枸杞（每罐半斤）"],
     _KG24 + [("罐", 0.25)], (1, 10)),
    ("lacquer_oil24", "consumption", "goods", ["漆油", "漆籽油", "怒江漆油"], ["傈僳族漆油", "野生漆树籽油"], None, (5, 30)),
    ("tsampa24", "consumption", "goods", ["炒面糌粑", "青稞炒面", "吃的糌粑"], ["藏家手工糌粑", "青稞糌粑粉"], None, (10, 100)),
    ("lily24", "consumption", "goods", ["百合头", "干百合", "兰州百合"], ["甜百合鲜货", "百合干"], None, (5, 50)),
    ("fern24", "consumption", "goods", ["蕨蕨菜", "蕨菜干", "蕨台菜"], ["野生蕨菜干", "山野蕨菜"], None, (5, 50)),
    ("eagle_tea24", "consumption", "goods", ["老鹰茶", "红白茶", "山茶叶"], ["凉山老鹰茶", "高山老鹰茶（每包半斤）"],
     _KG24 + [("包", 0.25)], (2, 20)),
    # 就业帮扶: crafts of the places, new trades and jobs (kind "service"), two machines for a living
    ("yi_embroidery24", "employment", "service", ["彝绣", "绣彝族衣服", "在家绣花挣钱"], ["彝绣订单加工", "彝族刺绣合作社"],
     _PERSONS24, (1, 3)),
    ("thangka24", "employment", "service", ["唐卡", "跟师傅学唐卡", "画唐卡"], ["唐卡绘画传习班", "热贡唐卡学徒"],
     _PERSONS24, (1, 3)),
    ("rug_weaving24", "employment", "service", ["织藏毯", "编藏毯", "织地毯的活"], ["藏毯编织车间", "手工地毯编织岗位"],
     _PERSONS24, (1, 3)),
    ("noodle24", "employment", "service", ["拉面师傅", "学拉面", "开拉面馆"], ["牛肉拉面技能培训", "拉面馆学徒"], _PERSONS24, (1, 3)),
    ("livestream24", "employment", "service", ["手机直播卖货", "学做主播", "网上卖东西"], ["电商直播培训", "农产品带货主播培训"],
     _PERSONS24, (1, 3)),
    ("courier24", "employment", "service", ["去城里送快递", "当快递小哥", "送外卖"], ["快递分拣员招聘", "城市配送骑手岗位"],
     _PERSONS24, (1, 3)),
    ("guide24", "employment", "service", ["导游", "讲解员", "带游客的活"], ["乡村旅游讲解员培训", "景区讲解员岗位"],
     _PERSONS24, (1, 2)),
    ("nursery24", "employment", "service", ["保育员", "幼儿园阿姨", "看小孩的工作"], ["一村一幼辅导员岗位", "保育员上岗培训"],
     _PERSONS24, (1, 2)),
    ("silversmith24", "employment", "service", ["银匠", "打银器", "银饰手艺"], ["民族银饰加工培训", "银饰作坊学徒"],
     _PERSONS24, (1, 2)),
    ("loom24", "employment", "goods", ["织布的机子", "织机", "织氆氇的机子"], ["藏式手工织机", "小型织布机"], ["台"], (1, 1)),
    ("snack_cart24", "employment", "goods", ["卖小吃的推车", "摆地摊的车子", "流动售货车"], ["电动餐车", "多功能小吃推车"],
     ["辆", "台"], (1, 1)),
    # 基础设施: the boarding school's hot water, heat and playground, and the village's power
    ("boiler24", "infrastructure", "goods", ["开水炉", "电开水器", "烧开水的炉子"], ["学校电开水器", "商用开水锅炉"],
     ["台"], (1, 2)),
    ("school_shower24", "infrastructure", "goods", ["学校浴室", "洗澡间", "太阳能浴室"], ["寄宿制学校太阳能浴室", "学生淋浴间"],
     ["间", "座"], (1, 1)),
    ("radiator24", "infrastructure", "goods", ["教室的暖气片", "暖气", "教室的暖气"], ["钢制柱式暖气片", "教室采暖散热器"],
     ["组", "片"], (5, 30)),
    ("track24", "infrastructure", "goods", ["塑胶跑道", "跑道", "操场跑道"], ["学校塑胶跑道", "EPDM运动场地"],
     _AREA24, (200, 1000)),
    ("flagpole24", "infrastructure", "goods", ["旗杆", "升旗台", "国旗杆"], ["不锈钢旗杆", "校园升旗台"], ["根", "座"], (1, 1)),
    ("pv24", "infrastructure", "goods", ["光伏板", "太阳能电池板", "发电的板子"], ["村级光伏电站组件", "户用光伏板"],
     ["块", "片"], (10, 60)),
    ("laundry24", "infrastructure", "goods", ["洗衣房", "学校洗衣房", "洗衣服的地方"], ["寄宿制学校洗衣房设备", "公共洗衣房"],
     ["间", "套"], (1, 1)),
    # 金融信贷: money for the illnesses of these places, for school and a small start (kind "cash")
    ("pneumo24", "finance", "cash", ["尘肺病治疗费", "洗肺的钱", "治尘肺的钱"], ["尘肺病农民救治款", "大容量肺灌洗资助"],
     _YUAN24, (5000, 30000)),
    ("boarding_fee24", "finance", "cash", ["住宿费", "住校的钱", "寄宿的钱"], ["寄宿生住宿费资助", "住校费补助"],
     _YUAN24, (300, 1500)),
    ("travel_med24", "finance", "cash", ["看病路费", "去省城看病的车费", "去成都看病的路费"], ["就医交通补助", "异地就医路费资助"],
     _YUAN24, (500, 3000)),
    ("high_school24", "finance", "cash", ["高中学杂费", "读高中的钱", "上高中的费用"], ["高中生助学金", "普高学杂费资助"],
     _YUAN24, (1000, 5000)),
    ("startup24", "finance", "cash", ["开店的本钱", "做小生意的钱", "摆摊本钱"], ["残疾人创业补贴", "小微创业启动金"],
     _YUAN24, (3000, 20000)),
    ("hydatid24", "finance", "cash", ["包虫病手术费", "治包虫病的钱", "肝包虫手术费"], ["包虫病患者救助金", "包虫病手术资助"],
     _YUAN24, (10000, 50000)),
    # 其他: a child's toy and new clothes, a watch, the sea, a pen friend
    ("ultraman24", "other", "goods", ["奥特曼", "奥特曼玩具", "变身器"], ["奥特曼变身器玩具", "发光奥特曼手办"], ["个", "套"], (1, 1)),
    ("doll24", "other", "goods", ["芭比娃娃", "洋娃娃", "换衣服的娃娃"], ["公主娃娃换装套装", "芭比娃娃礼盒"], ["个", "套"], (1, 1)),
    ("new_clothes24", "other", "goods", ["过年的新衣服", "新衣服", "过年穿的新衣"], ["新年新衣爱心礼包", "儿童新年服装"],
     ["套", "件"], (1, 1)),
    ("watch24", "other", "goods", ["能看时间的手表", "电子手表儿", "戴的表"], ["儿童电子手表", "防水夜光手表"], ["块", "个"], (1, 1)),
    ("see_sea24", "other", "service", ["看大海", "去海边", "想去看海"], ["山里娃看海夏令营", "海边研学之旅"], _PERSONS24, (1, 2)),
    ("pen_pal24", "other", "service", ["笔友", "有人给我写信", "交个城里的朋友"], ["城乡儿童书信结对", "手拉手笔友计划"],
     ["次"], (1, 1)),
]
# Named 公益项目 and 爱心包裹 that cover several wishes. generate() gives a broader offer's unit size 1 and
# counts it as kg for weighed items: groups covering a weighed item are offered in 公斤, the others in a unit
# of size 1 for every covered item that counts in it, or in one none of them uses (not comparable).
BLIND24_BROAD = [
    ("girls24", "living", ["青春期关爱包", "女童护理包"], ["sanitary24", "shampoo24", "nail_clipper24"], ["份"]),
    ("plateau_skin24", "living", ["高原护肤包", "防晒防裂用品"], ["lip_balm24", "sunscreen24", "sunglasses24"], ["件"]),
    ("ethnic_wear24", "living", ["民族服饰关爱包", "暖身民族衣物"],
     ["felt_boots24", "sheepskin_vest24", "doppa24", "rug24"], ["件"]),
    ("way_to_school24", "living", ["雨季上学包", "上学路上安全包"], ["head_lamp24", "rain_boots24", "umbrella24"], ["份"]),
    ("oxygen24", "medical", ["高原吸氧设备", "氧疗用品"], ["oxygen_maker24", "oxygen_bag24", "nebulizer24"], ["台"]),
    ("low_vision24", "medical", ["视障辅具", "盲人辅助用品"], ["white_cane24", "magnifier24"], ["件"]),
    ("home_care24", "medical", ["失能老人护理包", "居家照护用品"], ["adult_diaper24", "bath_chair24", "standing_frame24"],
     ["份"]),
    ("drugs24", "medical", ["慢病药品援助", "地方病药品包"], ["insulin24", "dewormer24", "hearing_battery24"], ["份"]),
    ("disability_care24", "medical", ["残疾人康复救助项目", "助残医疗服务"], ["cochlear24", "limb_fitting24"], ["人"]),
    ("science24", "education", ["科学梦想包", "小小科学家礼包"],
     ["telescope24", "globe24", "microscope24", "science_kit24"], ["份"]),
    ("blind_child24", "education", ["特教助学包", "盲童学习用品"], ["braille24", "braille_slate24"], ["套"]),
    ("ethnic_music24", "education", ["民族乐器进校园", "少数民族乐器"], ["jaw_harp24", "rawap24", "hand_drum24"], ["件"]),
    ("break_time24", "education", ["大课间文体器材", "文体活动包"], ["badminton24", "chess24"], ["件"]),
    ("earth_house24", "housing", ["土坯房改造建材", "危改建材包"], ["rafter24", "lime24", "paint24", "glass24", "sand24"],
     ["批"]),
    ("warm_house24", "housing", ["温暖农房项目", "冬季农房保暖改造"], ["kang24", "sunroom24", "glass24"], ["套"]),
    ("new_kitchen24", "relocation", ["新家厨房电器", "安置点厨房包"],
     ["pressure_cooker24", "induction24", "butter_tea24", "naan_oven24", "range_hood24"], ["台"]),
    ("new_rooms24", "relocation", ["新居家具礼包", "乔迁爱心家具"], ["mattress24", "tibetan_cabinet24"], ["件"]),
    ("warm_appliances24", "relocation", ["冷暖电器", "取暖热水电器"], ["heater24", "water_heater24"], ["台"]),
    ("herd24", "production", ["牧区产业帮扶", "增收牲畜项目"], ["pian_cattle24", "black_goat24"], ["头"]),
    ("poultry24", "production", ["禽苗发放", "庭院养禽项目"], ["ducklings24", "goslings24"], ["只"]),
    ("pasture24", "production", ["草畜配套物资", "种草养畜物资"], ["grass_seed24", "manure24"], ["公斤"]),
    ("greenhouse24", "production", ["大棚滴灌配套", "大棚滴灌物资"], ["drip_tape24", "shed_film24"], ["公斤"]),
    ("xinjiang24", "consumption", ["南疆特色林果", "新疆干鲜果"],
     ["almond24", "aksu_apple24", "fragrant_pear24", "pomegranate24"], ["公斤"]),
    ("plateau_goods24", "consumption", ["雪域高原好物", "藏区特产"],
     ["matsutake24", "sea_buckthorn24", "black_goji24", "tsampa24"], ["公斤"]),
    ("mountain_goods24", "consumption", ["大凉山好物", "怒江山货"],
     ["lacquer_oil24", "fern24", "eagle_tea24", "lily24"], ["公斤"]),
    ("crafts24", "employment", ["非遗技艺传承项目", "民族手工艺就业"],
     ["yi_embroidery24", "thangka24", "rug_weaving24", "silversmith24"], ["人"]),
    ("new_jobs24", "employment", ["新业态就业培训", "城市务工岗位"],
     ["livestream24", "courier24", "guide24", "noodle24", "nursery24"], ["人"]),
    ("small_trade24", "employment", ["创业小设备", "就业帮扶设备"], ["loom24", "snack_cart24"], ["台"]),
    ("boarding_school24", "infrastructure", ["寄宿制学校改善项目", "温暖校园工程"],
     ["boiler24", "school_shower24", "radiator24", "laundry24"], ["套"]),
    ("playground24", "infrastructure", ["校园操场建设", "阳光操场项目"], ["track24", "flagpole24"], ["批"]),
    ("illness24", "finance", ["地方病救治基金", "重病救助款"], ["pneumo24", "hydatid24", "travel_med24"], ["元"]),
    ("school_fees24", "finance", ["寄宿生资助金", "高中助学款"], ["boarding_fee24", "high_school24"], ["元"]),
    ("wish_gift24", "other", ["童心圆梦礼物", "新年心愿礼物"], ["ultraman24", "doll24", "new_clothes24", "watch24"],
     ["件"]),
    ("city_trip24", "other", ["城乡手拉手活动", "山海情研学"], ["see_sea24", "pen_pal24"], ["次"]),
]
TEMPLATES["blind24"] = {
    # Wish cards and help requests as a child, an elder, a teacher, a 驻村第一书记 or a 双语 cadre write them,
    # and 公益项目 / 爱心包裹 / 认领心愿 posts of foundations, volunteer associations and donors.
    "need_title": ["【微心愿】{who}：我想要{name}", "{who}的心愿卡——{name}", "希望有{name}（{who}）",
                   "帮{who}圆梦：{name}", "{who}求助：需要{name}", "{who}｜心愿：{name}", "我的心愿是{name}"],
    "need_desc": ["{cause}。我的心愿是{name}。", "{cause}，希望有{name}，谢谢爱心叔叔阿姨。",
                  "{cause}，奶奶说要是有{name}就好了。", "{cause}。经村两委核实，该户需要{name}，特此申请。",
                  "{cause}，他家很需要{name}，请爱心人士帮忙。", "{cause}，我想要{name}，我会好好学习的。",
                  "{cause}。他说想要{name}（双语干部代写）。", "{cause}。"],
    "negated": ["去年学校已经发过{other}", "{other}哥哥的还能穿", "阿妈说{other}不用买", "{other}县里已经给配了",
                "{other}就不要了，想要{name}", "{other}乡卫生院上个月送来了", "{other}有一个了，阿爸说够用",
                "{other}我不要，留给更小的弟弟妹妹", "爷爷说他用不着{other}，别给他买", "{other}的事情已经解决了",
                "上学期的爱心包裹里有{other}", "{other}驻村工作队已经帮忙买好了", "{other}除外，其他都写在上面了",
                "{other}民政上发过，还没用坏", "{other}去年申请过，已经领到手了", "姐姐出嫁前把她的{other}留给我了"],
    "offer_title": ["认领心愿：{name}（{donor}）", "爱心包裹（内含{name}）—{donor}", "{donor}{name}关爱行动",
                    "{donor}公益项目：捐赠{name}", "{donor}认领{name}心愿"],
    "offer_title_living": ["{donor}暖冬计划：{name}", "爱心包裹（内含{name}）—{donor}", "认领心愿：{name}（{donor}）",
                           "每个包裹含{name}（{donor}）"],
    "offer_title_medical": ["{donor}助残项目：适配{name}", "{donor}健康关爱行动：{name}", "认领心愿：{name}（{donor}）"],
    "offer_title_education": ["{donor}助学行动：{name}", "{donor}捐赠{name}到寄宿制学校", "认领心愿：{name}（{donor}）",
                              "爱心包裹（内含{name}）—{donor}"],
    "offer_title_production": ["{donor}产业帮扶项目：{name}", "认领心愿：{name}（{donor}）", "{donor}捐赠{name}助力增收"],
    "offer_title_consumption": ["{donor}消费帮扶采购{name}", "爱心认购：{name}（{donor}）", "{donor}以购代捐：{name}"],
    "offer_title_employment": ["{donor}就业帮扶项目：{name}", "{donor}发布：{name}", "{name}（{donor}，包吃住）"],
    "offer_title_infrastructure": ["{donor}乡村振兴公益项目：{name}", "{donor}捐建{name}", "{name}援建项目（{donor}）"],
    "offer_title_finance": ["{donor}公益基金：{name}", "{name}（{donor}发起）", "{donor}爱心助力：{name}"],
    "who": ["昭觉县四年级学生阿依", "怒江留守儿童阿普", "东乡族学生马小花", "南疆寄宿生阿依古丽", "独居老人卓玛奶奶",
            "视力残疾人吉克某某", "尘肺病患者沙马某某", "留守老人马大爷", "脑瘫儿童小扎西"],
    "cause": ["我在学校住校，一个月回一次家", "爸爸妈妈去外面打工了，我跟奶奶住", "奶奶说山上冬天很冷",
              "爷爷腿不好，走路要人扶", "该户为深度贫困户，主要劳动力患慢性病", "我是驻村第一书记，入户走访了解到",
              "他汉语说得不好，由双语干部代写", "我家在高山上，到学校要走两个小时", "阿爸得了尘肺病，不能干重活了",
              "学生家在牧区，冬天零下二十度"],
    "donor": ["某慈善基金会", "青年志愿者协会", "爱心企业某集团", "东西部协作帮扶单位", "某公益基金会", "退休教师李老师",
              "上海某爱心团队", "大学生支教团", "某银行党支部", "爱心人士"],
}
# The parts blind24 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND24 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22")


def check_blind24() -> None:
    """Raise SystemExit if blind24 is not what its comment says (``_check_part_after`` tune … blind22)."""
    _check_part_after("blind24", BLIND24_CATALOGUE, BLIND24_BROAD, _PARTS_BEFORE_BLIND24)


# The "blind25" part (written 2026-12-01 for issue 13 by an engineer who opened none of matching/, the
# lexicon, docs/matching.md, tests/ or any part's records and never ran the matcher) in the voice of a third
# reviewer testing the platform before it goes live, with his own habits of phrasing and his own everyday
# words: the set issue 13 itself describes, the matcher's three error kinds in about equal shares. Needs are
# posted from a phone by households of all ages and regions (short, casual, now and then without
# punctuation), by a 帮扶责任人 for a household after a home visit, and by a 村委会 for the whole village;
# offers by enterprises, 社会组织, single donors and the eastern paired provinces' 协作 teams. (1) Each item
# goes under 2-4 need names and 2 offer names that are often different words for one thing (everyday vs shop,
# catalogue or 学名, a brand used as a generic, an abbreviation, a regional word), and broader offers name a
# class. (2) The need descriptions mention other items negated or in the past, every template a different
# construction (received before, solved, enough, still usable, promised by someone else, declined, 「除了…」,
# a mention only as situation, in a question, in a comparison, in a conditional 「如果…就不用…」, in reported
# speech, a child's and an old person's own refusal). (3) Units are written differently on the two sides.
# The counts, the units and the sizes are in the module docstring; the item and group names are left out
# there on purpose (the lead evaluates this part once and must not learn them). Every size is exact in
# binary floating point (no 两 or 毫升). ``check_blind25`` checks it against tune … blind24 only, never the
# lexicon. Never tune on it.
BLIND25_MASS = [("斤", 0.5), ("公斤", 1.0), ("千克", 1.0), ("kg", 1.0), ("Ｋｇ", 1.0), ("KG ", 1.0), ("市斤", 0.5),
                (" 公斤", 1.0)]
_KG25 = [("斤", 0.5), ("公斤", 1.0), ("千克", 1.0), ("kg", 1.0)]
_PERSONS25 = [("人", 1.0), ("名", 1.0), ("个人", 1.0), ("位", 1.0)]
_YUAN25 = [("元", 1.0), ("块", 1.0), ("千元", 1000.0), ("万", 10000.0)]
_AREA25 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0), ("平方", 1.0)]
_MU25 = [("亩", 1.0), ("公顷", 15.0)]
_LITRES25 = [("升", 1.0), ("L", 1.0), ("公升", 1.0)]
_CUBIC25 = [("方", 1.0), ("立方米", 1.0), ("m³", 1.0)]
_TONNE25 = [("吨", 1000.0), ("公斤", 1.0), ("斤", 0.5)]
BLIND25_CATALOGUE = [
    # 生活物资: what a household asks for to eat, to keep warm and to keep clean
    ("rice25", "living", "goods", ["吃的米", "屋里吃的米", "锅里煮的大米"], ["五常稻花香", "东北珍珠米"], None, (10, 100)),
    ("flour25", "living", "goods", ["面粉子", "做面条的灰面"], ["金龙鱼多用途麦芯粉", "中筋饺子粉"], None, (10, 50)),
    ("oil25", "living", "goods", ["烧菜用的油", "炒菜用的清油", "桶装的吃油"], ["一级大豆油", "鲁花花生油"],
     _LITRES25 + [("桶", 5.0), ("瓶", 2.5)], (5, 20)),
    ("quilt25", "living", "goods", ["厚棉絮", "冬被子", "盖的被窝"], ["加厚保暖冬被", "长绒棉冬被"], ["床", "条"], (1, 3)),
    ("blanket25", "living", "goods", ["毛毯子", "盖腿的毯子", "绒毯子"], ["法兰绒毛毯", "珊瑚绒盖毯"], ["条", "床"], (1, 3)),
    ("e_blanket25", "living", "goods", ["电毯子", "铺床上的电热毯子", "电热毯子"], ["双人调温电热毯", "安全型电热毯"],
     ["条", "床"], (1, 2)),
    ("socks25", "living", "goods", ["毛线袜", "羊毛袜子", "厚点的袜子"], ["加厚羊毛袜", "冬季保暖中筒袜"],
     [("双", 1.0), ("打", 12.0)], (4, 24)),
    ("cotton_shoes25", "living", "goods", ["二棉鞋", "冬天穿的棉鞋", "暖和的棉鞋"], ["加绒雪地靴", "老北京手工棉鞋"], ["双"], (1, 3)),
    ("work_gloves25", "living", "goods", ["线手套", "干活戴的手套", "纱手套"], ["浸胶劳保手套", "加厚棉纱手套"],
     [("双", 1.0), ("副", 1.0), ("打", 12.0)], (6, 36)),
    ("washing_powder25", "living", "goods", ["汰渍", "洗衣服用的粉"], ["浓缩洗衣粉家庭装", "奥妙全自动洗衣粉"],
     [("公斤", 1.0), ("斤", 0.5), ("袋", 2.0)], (2, 10)),
    ("toilet_roll25", "living", "goods", ["卫生纸卷子", "卷筒的纸", "卷纸子"], ["维达卷纸", "原生木浆卷纸"],
     [("卷", 1.0), ("提", 10.0)], (10, 40)),
    ("thermos25", "living", "goods", ["装开水的瓶", "保温壶"], ["保温暖瓶", "竹壳暖水壶"], ["个", "只"], (1, 2)),
    # 医疗救助: chronic illness at home, aids for the old and the disabled, two services from the clinic
    ("glucometer25", "medical", "goods", ["扎手指测糖的机子", "测糖仪", "验血糖的机器"], ["家用血糖测试仪", "鱼跃血糖仪"],
     ["台", "个"], (1, 1)),
    ("strips25", "medical", "goods", ["测糖的试纸", "血糖纸", "测糖试纸条"], ["血糖测试条", "血糖仪配套试纸"],
     [("片", 1.0), ("盒", 50.0)], (50, 200)),
    ("bp_meter25", "medical", "goods", ["自己在家量血压的", "测血压的仪器"], ["臂式血压测量仪", "鱼跃电子血压计"], ["台", "个"], (1, 1)),
    ("wheelchair25", "medical", "goods", ["推的椅子", "带轮子的椅子", "坐的轮椅"], ["老人代步轮椅", "钢管折叠轮椅"],
     ["辆", "台"], (1, 1)),
    ("crutch25", "medical", "goods", ["柱的棍子", "拄拐", "走路柱的拐"], ["铝合金助行拐", "四脚拐棍老人款"], ["根", "支"], (1, 2)),
    ("diapers25", "medical", "goods", ["老人尿裤", "纸尿裤子", "尿片子"], ["成人纸尿裤L码", "老年拉拉裤"],
     [("片", 1.0), ("包", 10.0)], (20, 120)),
    ("bp_pills25", "medical", "goods", ["降压的药", "吃的降压片", "治血压高的药"], ["硝苯地平控释片", "络活喜"], ["盒"], (1, 6)),
    ("hearing_aid25", "medical", "goods", ["戴耳朵上的助听", "耳聋戴的", "耳朵听不见戴的"], ["数字助听器", "耳道式助听器"],
     ["个", "只"], (1, 2)),
    ("reading_glasses25", "medical", "goods", ["老花眼镜子", "老人看报的眼镜", "看近的老花眼镜"], ["老年人老花眼镜", "防蓝光老花镜"],
     ["副"], (1, 2)),
    ("masks25", "medical", "goods", ["戴的口罩", "口罩子", "防病戴的口罩"], ["一次性医用外科口罩", "N95口罩"],
     [("个", 1.0), ("只", 1.0), ("盒", 50.0)], (50, 200)),
    ("checkup25", "medical", "service", ["做个全面检查", "体检一下", "给老人查查身体"], ["义诊体检进村", "全科健康体检套餐"],
     _PERSONS25, (1, 4)),
    ("rehab25", "medical", "service", ["脑瘫娃做康复", "康复治疗", "做康复训练"], ["残疾儿童康复救助", "康复师上门指导"],
     _PERSONS25, (1, 2)),
    # 教育助学: school things for children of every age
    ("schoolbag25", "education", "goods", ["娃背的书包", "上学的包"], ["小学生护脊书包", "双肩减负书包"], ["个"], (1, 2)),
    ("pencils25", "education", "goods", ["写字的铅笔", "2B笔", "削的铅笔"], ["中华铅笔", "2B考试铅笔"],
     [("支", 1.0), ("盒", 10.0), ("打", 12.0)], (10, 48)),
    ("exercise_books25", "education", "goods", ["写作业的本子", "作业本子", "练习本子"], ["数学作业本", "拼音田格本"],
     [("本", 1.0), ("包", 10.0)], (10, 50)),
    ("dictionary25", "education", "goods", ["查生字的字典", "学生用的字典"], ["新华字典第12版", "小学生字典"], ["本"], (1, 2)),
    ("desk_lamp25", "education", "goods", ["看书的台灯", "小台灯", "晚上写字的灯"], ["充电学习台灯", "全光谱护眼台灯"],
     ["盏", "个", "台"], (1, 1)),
    ("desk25", "education", "goods", ["写字的桌子", "学习的桌子", "做作业的桌子"], ["儿童学习桌椅", "升降学习桌"], ["张", "套"], (1, 1)),
    ("uniform25", "education", "goods", ["上学穿的衣服", "校服衣服", "学校发的那种校服"], ["学生校服两件套", "春秋款学生校服"],
     [("套", 1.0), ("件", 0.5)], (1, 3)),
    ("basketball25", "education", "goods", ["投篮的球", "打的篮球", "娃要的篮球"], ["7号篮球", "斯伯丁篮球"], ["个"], (1, 3)),
    ("tablet25", "education", "goods", ["上网课用的", "点读的学习机"], ["学生平板电脑", "步步高学习机"], ["台", "个"], (1, 1)),
    ("storybooks25", "education", "goods", ["故事书", "课外的书", "看的闲书"], ["青少年课外读物", "儿童注音故事绘本"],
     [("本", 1.0), ("套", 8.0)], (5, 32)),
    ("jump_rope25", "education", "goods", ["跳的绳", "跳绳儿", "体育课跳的绳"], ["中考计数跳绳", "负重钢丝跳绳"],
     ["根", "条"], (1, 10)),
    # 住房安全: a 危房改造, a roof, a door, a floor
    ("cement25", "housing", "goods", ["盖房子的水泥", "洋灰水泥", "砌墙的洋灰"], ["42.5普硅水泥", "32.5复合水泥"],
     [("吨", 1000.0), ("公斤", 1.0), ("袋", 50.0)], (1000, 5000)),
    ("roof_tiles25", "housing", "goods", ["房顶的瓦", "屋顶瓦片子", "换屋顶的瓦"], ["陶土屋面瓦", "树脂屋面瓦"],
     [("块", 1.0), ("片", 1.0), ("千片", 1000.0)], (500, 3000)),
    ("sand25", "housing", "goods", ["拌灰的沙", "盖房用的沙", "细河沙子"], ["建筑砂石料", "水洗河砂中砂"],
     _CUBIC25 + [("车", 8.0)], (5, 30)),
    ("rebar25", "housing", "goods", ["盖房的钢筋", "钢筋条", "圈梁的钢筋"], ["三级螺纹钢筋", "盘圆钢筋"], _TONNE25, (200, 2000)),
    ("door25", "housing", "goods", ["防盗的门", "家门口的铁门", "进屋的防盗门"], ["钢制防盗门", "甲级防盗入户门"],
     ["扇", "樘", "套"], (1, 1)),
    ("windows25", "housing", "goods", ["换的窗户", "新窗户", "透光的窗户"], ["断桥隔热铝窗", "塑钢双层玻璃窗户"], _AREA25, (2, 10)),
    ("floor_tile25", "housing", "goods", ["铺地瓷砖", "地上铺的砖", "地板瓷砖子"], ["800x800抛光砖", "仿古防滑地砖"],
     _AREA25, (20, 80)),
    ("waterproof25", "housing", "goods", ["补漏的", "堵漏的涂料", "屋顶防水"], ["JS防水涂料", "聚合物防水浆料"],
     [("桶", 20.0), ("公斤", 1.0), ("kg", 1.0)], (20, 100)),
    ("paint25", "housing", "goods", ["刷墙的涂料", "墙上刷的白漆", "内墙涂料子"], ["环保内墙漆", "多乐士乳胶漆"],
     _LITRES25 + [("桶", 5.0)], (5, 40)),
    # 易地搬迁: what a family needs in its new flat at the 安置点
    ("fridge25", "relocation", "goods", ["冰柜箱", "放菜的冰箱", "冻肉的冰箱"], ["两门直冷冰箱", "小冰箱单门"], ["台"], (1, 1)),
    ("washer25", "relocation", "goods", ["洗衣裳的机子", "洗衣服机", "自动洗衣的机器"], ["波轮全自动洗衣机", "双桶半自动洗衣机"],
     ["台"], (1, 1)),
    ("tv25", "relocation", "goods", ["看的电视", "看新闻的电视"], ["43寸液晶电视", "液晶平板电视"], ["台"], (1, 1)),
    ("wardrobe25", "relocation", "goods", ["放衣服的柜子", "装衣服的大柜子"], ["钢架布艺衣柜", "板式两门衣柜"], ["个", "组"], (1, 1)),
    ("dining_set25", "relocation", "goods", ["吃饭的桌椅", "饭桌椅子", "方桌板凳"], ["餐桌椅组合", "一桌四椅"], ["张", "套"], (1, 1)),
    ("rice_cooker25", "relocation", "goods", ["蒸饭的锅", "电饭煲子"], ["智能预约电饭煲", "苏泊尔电饭煲"], ["个", "台"], (1, 1)),
    ("gas_stove25", "relocation", "goods", ["煤气灶台子", "打火的燃气灶"], ["不锈钢液化气灶", "双眼台式灶具"], ["台", "个"], (1, 1)),
    ("heater25", "relocation", "goods", ["热水器子", "烧热水洗澡的", "洗澡的电热水器"], ["一级能效电热水器", "速热型电热水器"],
     ["台"], (1, 1)),
    ("bed25", "relocation", "goods", ["架子床", "睡觉的床铺"], ["1.2米实木床", "铁艺单人床"], ["张"], (1, 2)),
    # 产业发展: what a household needs to farm and raise animals
    ("compound_fert25", "production", "goods", ["化肥料", "撒地里的肥"], ["硫酸钾复合肥", "45%含量复合肥"],
     [("袋", 50.0), ("吨", 1000.0), ("公斤", 1.0)], (100, 1000)),
    ("urea25", "production", "goods", ["追肥的尿素", "氮肥尿素"], ["46%尿素", "中颗粒农业尿素"],
     [("袋", 40.0), ("吨", 1000.0), ("公斤", 1.0), ("斤", 0.5)], (100, 1000)),
    ("piglets25", "production", "goods", ["要养的小猪", "买来喂的小猪娃"], ["三元杂交仔猪苗", "长白仔猪"], ["头", "只"], (2, 10)),
    ("chicks25", "production", "goods", ["小鸡娃", "要养的小鸡"], ["土鸡鸡苗", "麻羽土鸡苗"], ["只", "羽"], (50, 500)),
    ("calf25", "production", "goods", ["要养的小牛", "喂的小牛犊子"], ["西门塔尔小牛", "夏洛莱牛犊"], ["头"], (1, 3)),
    ("lamb25", "production", "goods", ["小羊羔子", "要养的羊"], ["杜泊羊种羊", "小尾寒羊母羊"],
     [("只", 1.0), ("对", 2.0)], (2, 20)),
    ("corn_seed25", "production", "goods", ["种包谷的种", "玉米的种子"], ["单交玉米种子", "耐旱杂交玉米种"], None, (5, 40)),
    ("seed_potato25", "production", "goods", ["种的洋芋", "土豆种薯", "下种的洋芋"], ["费乌瑞它种薯", "脱毒原种薯"],
     None, (200, 2000)),
    ("apple_saplings25", "production", "goods", ["果苗子", "栽的苹果树", "苹果树苗儿"], ["嫁接苹果树苗", "矮砧苹果苗木"],
     ["株", "棵"], (50, 500)),
    ("mulch_film25", "production", "goods", ["塑料地膜", "铺地的塑料膜"], ["黑色降解地膜", "农用白色地膜"],
     [("公斤", 1.0), ("kg", 1.0), ("卷", 12.5)], (25, 200)),
    ("sprayer25", "production", "goods", ["背的打药机", "打农药的桶", "打药的喷壶"], ["锂电电动喷雾器", "手动背负喷雾器"],
     ["台", "个"], (1, 1)),
    ("tiller25", "production", "goods", ["犁地的机子", "耕田的小机器"], ["汽油微耕机", "四驱田园管理机"], ["台"], (1, 1)),
    ("greenhouse25", "production", "goods", ["种菜的棚", "菜棚", "菜大棚"], ["冬暖式大棚", "镀锌管钢架大棚"], _MU25, (1, 5)),
    ("pig_feed25", "production", "goods", ["猪吃的饲料", "养猪的饲料", "猪用饲料"], ["育肥猪全价料", "生猪浓缩饲料"],
     [("袋", 40.0), ("公斤", 1.0), ("吨", 1000.0)], (200, 1000)),
    # 消费扶贫: what the village sells, weighed or counted
    ("walnuts25", "consumption", "goods", ["核桃子", "新核桃", "山里的核桃"], ["新疆185核桃", "陕西商洛核桃"], None, (50, 500)),
    ("eggs25", "consumption", "goods", ["土鸡蛋子", "农村鸡蛋", "自家鸡下的蛋"], ["山林散养土鸡蛋", "谷物喂养鸡蛋"],
     [("个", 1.0), ("枚", 1.0), ("盘", 30.0)], (60, 600)),
    ("honey25", "consumption", "goods", ["土蜂糖", "自家割的蜂蜜", "山上的蜂糖"], ["农家土蜂蜜", "原生态蜂蜜"],
     _KG25 + [("瓶", 0.5)], (5, 50)),
    ("bacon25", "consumption", "goods", ["过年的腊肉", "挂着的腊肉", "柴火熏的肉"], ["农家柴火腊肉", "湘西腊肉"], None, (20, 200)),
    ("wood_ear25", "consumption", "goods", ["木耳干货", "晒干的木耳", "林下木耳"], ["椴木黑木耳", "小碗耳黑木耳"], None, (10, 100)),
    ("tea25", "consumption", "goods", ["山上的茶", "自家炒的茶", "泡的茶叶"], ["雨前绿茶", "春茶毛尖"], None, (5, 50)),
    ("millet25", "consumption", "goods", ["熬粥的小米子", "小米粥的米", "黄小米子"], ["晋谷小米", "当年新小米"], None, (20, 200)),
    ("apples25", "consumption", "goods", ["自家种的苹果", "红苹果子"], ["烟台红富士苹果", "天水花牛苹果"], None, (500, 5000)),
    ("potatoes25", "consumption", "goods", ["洋芋蛋子", "土豆蛋", "吃的洋芋"], ["黄皮土豆", "新鲜土豆"], _TONNE25, (500, 5000)),
    ("sweet_potato25", "consumption", "goods", ["红薯子", "番薯子", "烤红薯的薯"], ["蜜薯", "西瓜红红薯"], None, (100, 1000)),
    ("shiitake25", "consumption", "goods", ["香菇子", "干的香菇"], ["干货香菇", "段木花菇"], None, (10, 100)),
    # 就业帮扶: jobs and courses (kind "service") and two machines to earn with
    ("factory_job25", "employment", "service", ["打工", "找活干", "找工作"], ["流水线操作工", "电子厂操作员岗位"],
     _PERSONS25, (1, 3)),
    ("excavator25", "employment", "service", ["学开挖掘机", "学钩机"], ["挖掘机操作培训班", "挖机驾驶员培训"], _PERSONS25, (1, 2)),
    ("cook25", "employment", "service", ["学炒菜手艺", "学厨艺"], ["面点师培训班", "中式烹调师证书培训"], _PERSONS25, (1, 2)),
    ("ecommerce25", "employment", "service", ["开网店", "学做直播", "学电商"], ["直播带货培训班", "电商直播实操培训"],
     _PERSONS25, (1, 3)),
    ("housekeeping25", "employment", "service", ["家政", "当保姆", "做家政的活"], ["家政服务员岗位", "保洁员招聘"],
     _PERSONS25, (1, 2)),
    ("site_work25", "employment", "service", ["工地上干活", "建筑小工", "搬砖"], ["建筑工地普工", "钢筋工招聘"],
     _PERSONS25, (1, 3)),
    ("ranger25", "employment", "service", ["巡山的岗位", "看林子的活", "护林的岗"], ["林草管护员", "公益性护林员岗位"],
     _PERSONS25, (1, 2)),
    ("sewing_machine25", "employment", "goods", ["踩的缝纫机", "缝衣服的机器", "做衣服的机子"], ["电脑平缝机", "家用电动缝纫机"],
     ["台"], (1, 1)),
    ("tricycle25", "employment", "goods", ["电瓶三轮", "拉货的三轮", "电动三轮子"], ["电动货运三轮车", "宗申三轮"], ["辆"], (1, 1)),
    # 基础设施: what a 村委会 asks for the village
    ("street_light25", "infrastructure", "goods", ["村里的路灯", "晚上照路的灯", "太阳能的灯"], ["LED太阳能路灯", "一体化路灯"],
     ["盏", "套", "杆"], (5, 40)),
    ("water_pipe25", "infrastructure", "goods", ["塑料水管", "自来水的管子"], ["HDPE自来水管", "PE饮水管"],
     [("米", 1.0), ("卷", 100.0)], (100, 1000)),
    ("cistern25", "infrastructure", "goods", ["存雨水的窖", "蓄水的池子", "吃水的水窖"], ["抗旱水窖", "钢筋混凝土水池"],
     ["口", "座", "个"], (1, 2)),
    ("road25", "infrastructure", "goods", ["进组的水泥路", "路要硬化", "打条水泥路"], ["水泥路硬化", "村组道路硬化工程"],
     _AREA25, (200, 2000)),
    ("bins25", "infrastructure", "goods", ["路边的垃圾桶", "村里放的垃圾桶"], ["带盖分类垃圾箱", "环卫挂车桶"], ["个", "只"], (5, 30)),
    ("fitness25", "infrastructure", "goods", ["健身的", "锻炼身体的器材", "老年人健身器"], ["全民健身器材", "户外健身器械组合"],
     ["套"], (1, 3)),
    ("footbridge25", "infrastructure", "goods", ["过河的小桥", "过沟的桥"], ["钢架便桥", "人行便民桥"], ["座"], (1, 1)),
    ("guardrail25", "infrastructure", "goods", ["防掉下去的栏杆", "弯道护栏"], ["镀锌防撞护栏", "公路波形梁护栏"],
     [("米", 1.0), ("公里", 1000.0)], (100, 1000)),
    ("camera25", "infrastructure", "goods", ["村里的监控", "村口的摄像头"], ["雪亮工程摄像机", "高清网络监控机"],
     ["个", "台", "套"], (2, 10)),
    # 金融信贷: money (kind "cash")
    ("tuition25", "finance", "cash", ["上大学的钱", "学费钱"], ["新生入学资助金", "高校新生助学款"], _YUAN25, (3000, 10000)),
    ("hospital_bill25", "finance", "cash", ["看病花的钱", "住院要交的钱"], ["住院医疗救助金", "困难群众医疗救助"],
     _YUAN25, (2000, 30000)),
    ("microloan25", "finance", "cash", ["扶贫贷", "小贷"], ["无息产业贷款", "小额扶贫信贷资金"], _YUAN25, (10000, 50000)),
    ("rent25", "finance", "cash", ["每月的房租", "房租的钱", "租房住的钱"], ["住房租金补助", "租赁住房补贴"], _YUAN25, (1000, 6000)),
    ("insurance25", "finance", "cash", ["医保的钱", "一家人的医保钱"], ["医保参保资助", "医保个人缴费代缴"], _YUAN25, (300, 1500)),
    ("living_aid25", "finance", "cash", ["过冬的钱", "生活费用", "吃饭的钱"], ["困难群众临时救助金", "临时救助"],
     _YUAN25, (500, 3000)),
    ("startup25", "finance", "cash", ["起步资金", "做小生意的本钱"], ["返乡创业扶持金", "创业担保贷款"], _YUAN25, (5000, 30000)),
    # 其他: an old person's phone and radio, a child's toy, couplets for the new year, two services
    ("elder_phone25", "other", "goods", ["老年机子", "字大的手机"], ["大字大声老年机", "4G老人手机"], ["部", "台", "个"], (1, 1)),
    ("radio25", "other", "goods", ["听戏的收音机", "老人听的收音机"], ["插卡音箱收音机", "老年便携收音机"], ["台", "个"], (1, 1)),
    ("blocks25", "other", "goods", ["拼装积木", "积木块", "拼的积木"], ["益智拼插积木", "大颗粒拼搭积木"], ["盒", "套"], (1, 2)),
    ("couplets25", "other", "goods", ["福字", "贴门上的对子", "过年贴的对联"], ["新春对联礼包", "书法家手写春联"],
     [("副", 1.0), ("对", 1.0)], (1, 3)),
    ("visit25", "other", "service", ["陪老人说说话", "来看看老人", "上门陪伴"], ["志愿者探访独居老人", "关爱空巢老人陪伴服务"],
     ["次", "人次"], (1, 4)),
    ("legal25", "other", "service", ["问个法律的事", "讨要工钱"], ["律师免费咨询", "公益法律援助"], ["次", "人次"], (1, 2)),
    ("glasses25", "other", "service", ["孩子配个眼镜", "配副近视镜", "验光配镜"], ["免费验光配镜", "青少年近视矫正眼镜"], ["副"], (1, 1)),
]
# Broader offers under names of their own. generate() gives a broader offer's unit size 1 and counts it as
# kg for mass items: groups covering a weighed item are offered in 公斤, the others in a unit of size 1 for
# every covered item that counts in it, or in one none of them uses (not comparable, relevance 2).
BLIND25_BROAD = [
    ("warm_wear25", "living", ["御寒衣物包", "过冬保暖物资"], ["socks25", "cotton_shoes25", "work_gloves25"], ["份"]),
    ("bedding25", "living", ["铺盖用品", "床上铺盖"], ["quilt25", "blanket25", "e_blanket25"], ["床"]),
    ("grain_oil25", "living", ["米面油一套", "粮油大礼包"], ["rice25", "flour25", "oil25"], ["公斤"]),
    ("daily25", "living", ["日用洗护品", "洗洗涮涮的东西"], ["washing_powder25", "toilet_roll25"], ["份"]),
    ("home_devices25", "medical", ["慢病管理设备", "居家医疗仪器"], ["glucometer25", "bp_meter25"], ["台"]),
    ("aids25", "medical", ["助残辅具适配", "残疾人辅助器具"],
     ["wheelchair25", "crutch25", "hearing_aid25", "reading_glasses25"], ["件"]),
    ("health_service25", "medical", ["送医下乡", "健康服务进村"], ["checkup25", "rehab25"], ["人"]),
    ("stationery25", "education", ["文具一套", "学生文具包"], ["pencils25", "exercise_books25"], ["份"]),
    ("study_corner25", "education", ["学习角改造", "书桌台灯套装"], ["desk25", "desk_lamp25"], ["套"]),
    ("pe_kit25", "education", ["体育器材包", "课间活动器具"], ["basketball25", "jump_rope25"], ["份"]),
    ("building25", "housing", ["盖房的主材", "危改用建材"], ["cement25", "rebar25", "sand25", "roof_tiles25"], ["批"]),
    ("decoration25", "housing", ["装修用料", "室内装饰材料"], ["floor_tile25", "paint25", "waterproof25"], ["批"]),
    ("appliances25", "relocation", ["家电下乡", "家用大电器"], ["fridge25", "washer25", "tv25", "heater25"], ["台"]),
    ("furniture25", "relocation", ["搬迁户家具", "新家家具"], ["wardrobe25", "dining_set25", "bed25"], ["件"]),
    ("kitchen25", "relocation", ["厨房小电器灶具", "灶具锅具"], ["rice_cooker25", "gas_stove25"], ["台"]),
    ("young_stock25", "production", ["幼畜幼禽", "牲畜幼崽"], ["piglets25", "chicks25", "calf25", "lamb25"], ["头"]),
    ("farm_inputs25", "production", ["春耕化肥农膜", "化肥地膜"],
     ["compound_fert25", "urea25", "mulch_film25"], ["公斤"]),
    ("farm_machines25", "production", ["农机设备", "小农机具"], ["sprayer25", "tiller25"], ["台"]),
    ("seed_stock25", "production", ["良种", "种子种苗"], ["corn_seed25", "seed_potato25"], ["公斤"]),
    ("local_goods25", "consumption", ["土特产品", "山货特产"],
     ["walnuts25", "honey25", "bacon25", "wood_ear25", "tea25", "millet25", "shiitake25"], ["公斤"]),
    ("farm_produce25", "consumption", ["农产品", "果蔬"], ["apples25", "potatoes25", "sweet_potato25"], ["公斤"]),
    ("jobs25", "employment", ["就业岗位推送", "岗位信息"],
     ["factory_job25", "housekeeping25", "site_work25", "ranger25"], ["人"]),
    ("skills25", "employment", ["学技术培训", "学手艺培训班"], ["excavator25", "cook25", "ecommerce25"], ["人"]),
    ("village_env25", "infrastructure", ["人居环境整治", "村内基础设施"],
     ["street_light25", "bins25", "fitness25"], ["批"]),
    ("water_supply25", "infrastructure", ["饮水安全工程", "供水设施"], ["water_pipe25", "cistern25"], ["套"]),
    ("relief25", "finance", ["爱心资助金", "救助金"],
     ["tuition25", "hospital_bill25", "insurance25", "living_aid25"], ["元"]),
    ("credit25", "finance", ["金融扶贫", "信贷支持"], ["microloan25", "startup25"], ["元"]),
    ("elders25", "other", ["敬老礼包", "老人关爱物资"], ["elder_phone25", "radio25"], ["台"]),
    ("volunteer25", "other", ["志愿者服务", "公益服务"], ["visit25", "legal25"], ["次"]),
]
TEMPLATES["blind25"] = {
    # Needs typed on a phone by a household, written up by a 帮扶责任人 or filed by a 村委会; offers as
    # enterprises, 社会组织, single donors and the eastern 协作 teams post them.
    "need_title": ["求{name}", "{who}求助 {name}", "家里缺{name}", "帮扶责任人代{who}申请{name}", "村委会申报：{name}",
                   "有没有好心人给个{name}", "{name} 有的联系我", "{who}：{name}"],
    "need_desc": ["{cause} 想要{name} ", "{cause}，麻烦帮忙解决一下{name}。", "情况是这样的：{cause}，现在最缺的就是{name}。",
                  "{cause}。经入户核实，该户确需{name}。", "{cause}，经村两委研究，申请{name}。",
                  "{cause} {name}能给就给点 谢谢 ", "{cause}，有{name}的话能解决大问题。"],
    "negated": ["{other}前年领过一回了", "{other}那事镇上给解决了", "{other}攒下的还能顶一冬", "{other}凑合着还能使",
                "{other}东西部协作那边答应下个月送来", "{other}人家要送我们没要", "除了{other}，别的都缺",
                "平时就拿{other}将就着", "{other}还用不用报？先不报了", "比起{other}，更想要{name}",
                "如果{other}能修好就不用再买了", "村医说{other}先不用换", "孙子说{other}他不要，嫌土",
                "老爷子死活不肯要{other}", "{other}亲戚已经给买好了", "{other}的事上回填过表，批下来了"],
    "offer_title": ["{donor}捐{name}", "【{donor}】{name}可对接", "{name} 有需要的联系（{donor}）",
                    "{donor}：现有{name}一批，免费提供", "东西部协作｜{donor}援助{name}"],
    "offer_title_consumption": ["{donor}采购{name}，助农增收", "{name}包销（{donor}）", "{donor}长期收{name}"],
    "offer_title_employment": ["{donor}发布：{name}", "{name}｜{donor}，名额有限", "{donor}提供{name}，免费报名"],
    "offer_title_finance": ["{donor}设立{name}", "{name}申请通道（{donor}）", "{donor}出资{name}"],
    "offer_title_medical": ["{donor}送{name}进村", "{donor}捐赠{name}", "{name}免费发放（{donor}）"],
    "offer_title_infrastructure": ["{donor}援建{name}", "{name}援建项目（{donor}）", "{donor}出资建设{name}"],
    "offer_title_housing": ["{donor}支援危改：{name}", "{name}（{donor}提供）", "{donor}捐建材：{name}"],
    "offer_title_other": ["{donor}提供{name}", "{name}（{donor}）", "{donor}送{name}到村"],
    "who": ["脱贫户老杨", "监测户马某", "七十岁的李婆婆", "大学生小周家", "贫困户阿木", "残疾人老郑", "单亲妈妈刘姐",
            "易地搬迁户老韦", "在外打工的小何家"],
    "cause": ["老伴走得早一个人带俩孙子", "娃在县城读高中住校", "前年查出糖尿病干不了重活", "搬到安置点新房子啥都没有",
              "开春想多养几头", "儿子在浙江打工摔伤了腰", "村里大伙反映晚上路黑不好走", "经帮扶责任人入户走访",
              "去年冰雹把庄稼打了", "家住半山腰下趟镇里不容易", "村集体经济薄弱自己拿不出钱"],
    "donor": ["宁波某电器公司", "浙江省对口支援工作队", "广东东西部协作工作组", "福建某食品有限公司", "深圳市某慈善会",
              "个人捐赠者陈先生", "江苏帮扶工作队", "上海某社区志愿者", "天津某企业商会", "北京某律师事务所",
              "县红十字会", "山东某农资公司"],
}
# The parts blind25 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND25 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22", "blind23", "blind24")


# The "blind26" part (written 2026-12-01 for issue 13 by an engineer who opened none of matching/, the
# lexicon, docs/matching.md, tests/ or any part's records, and read of this module only its generic code
# and the blind17 block as a model) in the voice of 产业扶贫, 就业扶贫 and 消费扶贫 as the people in them
# write, a voice no earlier part took as its own: needs from 种养大户, 农民专业合作社, 扶贫车间 / 扶贫工厂,
# 致富带头人, 脱贫户 starting a small business and 村集体经济, naming production inputs by variety, trade
# name and grade, young animals, small machines by type, materials for 大棚, 冷库 and 烘干, training for
# a 工种 or a 证书, 岗位, sales help (包装, 电商, 冷链, 收购) and finance (贷款, 保险, 担保, 补贴) in the
# trade's words (「缺X做启动」「X断货了」「想扩大规模，需要X」); negations and past mentions as producers
# say them (an input the cooperative supplies centrally, stock that lasts until next year, a thing tried
# last year that failed, an application already approved, an except-X, a supplier's credit, an old
# member's own refusal ...); offers from 龙头企业, 农资公司, 电商平台, 职业培训学校, 银行 / 保险公司 and
# the eastern paired provinces' 协作 programmes, written with 型号 / 规格 / 含量 / 等级 in the offer names.
# 111 items of all 11 categories (courses, jobs, freight, shop management, certification and testing of
# kind "service"; loans, insurance, grants and subsidies of kind "cash"), 26 broader programmes under
# names of their own (「…帮扶包」「…提升计划」「…帮扶行动」) covering 2-9 items each, 7 need titles, 7 need
# descriptions, 17 negations and past mentions, offer titles (general and for 7 categories), and
# units that need converting: mass 斤 / 市斤 / 公斤 / kg / Kg / 千克; per-item packs and measures the
# catalogue fixes (袋 of 20, 25 or 40 公斤, 吨 = 1000 公斤, 桶 = 20 公斤, 瓶 = 0.25 or 0.5 升 and 桶 = 5 or 20 升,
# 箱 = 100 羽, 万尾 / 万株 = 10,000, 盘 = 72 株, 板 = 30 枚, 打 = 12 双, 盒 = 10 / 50 支 or 只,
# 包 = 20 张, 捆 = 50 个, 套 = 5 本, 卷 = 100 or 500 米, 公里 = 1000 米, 公顷 = 15 亩, 期 = 40 人); area in
# 平方米 / ㎡ / 平米; volume in 升 / L; money in 元 / 万元; and 15 % of the mass-item offers in 车皮 (a wagon
# of unknown weight, not comparable). Every size is exact in binary floating point (no 两 or 毫升), so no
# label turns on a rounding error. Which items and names it holds is deliberately not listed in any
# comment (the lead evaluates it once and must not learn them). ``check_blind26`` checks it against the
# catalogues, groups and negation templates of tune … blind24 only, never the lexicon. Never tune on it.
BLIND26_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("Kg", 1.0), ("斤 ", 0.5)]
_KG26 = [("公斤", 1.0), ("斤", 0.5)]
_SACK26 = _KG26 + [("袋", 40.0)]
_AREA26 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
_LITRES26 = [("升", 1.0), ("L", 1.0)]
_YUAN26 = [("元", 1.0), ("万元", 10000.0)]
_TRAINEES26 = [("人", 1.0), ("人次", 1.0), ("名", 1.0), ("期", 40.0)]
_HIRES26 = [("人", 1.0), ("名", 1.0), ("个", 1.0)]
BLIND26_CATALOGUE = [
    # 产业发展: seed by variety, fertiliser and feed by grade, young animals, small machines, facility materials
    ("corn_seed26", "production", "goods", ["杂交苞谷种", "包谷良种", "郑单958种子"],
     ["杂交玉米种子（品种：郑单958）", "玉米良种（发芽率≥85%）"], None, (20, 200)),
    ("seed_potato26", "production", "goods", ["洋芋母子", "脱毒洋芋种", "种用洋芋"],
     ["脱毒原种马铃薯（品种：青薯9号）", "脱毒马铃薯一级种（GB 18133）"], None, (500, 5000)),
    ("konjac_seed26", "production", "goods", ["魔芋种", "魔芋种芋", "花魔芋种"],
     ["魔芋种芋（单个100-250克）", "珠芽魔芋种"], None, (500, 3000)),
    ("tea_plants26", "production", "goods", ["黄金茶苗", "黄金茶扦插苗子", "保靖黄金茶苗"],
     ["保靖黄金茶1号扦插苗（苗高≥25厘米）", "黄金茶无性系良种苗"], [("株", 1.0), ("万株", 10000.0)], (5000, 50000)),
    ("kiwi_plants26", "production", "goods", ["猕猴桃苗", "猕猴桃嫁接苗", "奇异果苗子"],
     ["红心猕猴桃嫁接苗（品种：红阳）", "猕猴桃二年生壮苗"], [("株", 1.0), ("棵", 1.0)], (200, 2000)),
    ("pepper_plants26", "production", "goods", ["辣椒苗", "海椒秧", "辣子苗"],
     ["穴盘辣椒苗（72孔）", "线椒嫁接苗"], [("株", 1.0), ("盘", 72.0)], (2000, 20000)),
    ("compound26", "production", "goods", ["高浓度复合肥料", "45含量的复合肥", "三个15"],
     ["硫酸钾型复合肥（15-15-15，总养分≥45%）", "高塔复合肥（每袋40公斤）"], _SACK26 + [("吨", 1000.0)], (200, 4000)),
    ("urea26", "production", "goods", ["尿素颗粒", "46含量的尿素", "大粒尿素"],
     ["大颗粒尿素（含氮量≥46%）", "农用尿素（每袋40公斤）"], _SACK26, (100, 2000)),
    ("organic26", "production", "goods", ["生物有机肥料", "腐熟羊粪", "商品有机肥料"],
     ["生物有机肥（有机质≥45%）", "商品有机肥（每袋40公斤）"], [("公斤", 1.0), ("吨", 1000.0), ("袋", 40.0)],
     (1000, 10000)),
    ("foliar26", "production", "goods", ["叶面肥", "喷叶子的肥", "大量元素水溶肥料"],
     ["大量元素水溶肥（每桶5升）", "海藻酸叶面肥（每瓶0.5升）"], _LITRES26 + [("瓶", 0.5), ("桶", 5.0)], (5, 100)),
    ("aphid26", "production", "goods", ["吡虫啉", "治蚜虫的药", "蚜虫药"],
     ["600克/升吡虫啉悬浮剂", "吡虫啉悬浮剂（每瓶0.25升）"], _LITRES26 + [("瓶", 0.25), ("桶", 5.0)], (1, 20)),
    ("pig_feed26", "production", "goods", ["育肥猪全价料", "大猪料", "肥猪料"],
     ["育肥猪配合饲料（粗蛋白≥16%）", "猪用全价颗粒料（每袋40公斤）"], _SACK26 + [("吨", 1000.0)], (500, 5000)),
    ("cattle_feed26", "production", "goods", ["牛羊精料", "反刍料", "牛精补料"],
     ["肉牛精料补充料（每袋40公斤）", "育肥羊浓缩饲料"], _SACK26, (200, 2000)),
    ("fish_feed26", "production", "goods", ["鱼饲料", "鱼料", "膨化鱼料"],
     ["膨化浮性鱼饲料（粗蛋白32%）", "草鱼配合饲料（每袋20公斤）"], _KG26 + [("袋", 20.0)], (200, 2000)),
    ("piglets26", "production", "goods", ["小猪崽子", "断了奶的猪崽崽", "小肉猪崽"],
     ["二元杂交仔猪（15公斤左右）", "杜长大三元仔猪（20公斤左右）"], ["头"], (10, 100)),
    ("calves26", "production", "goods", ["西门塔尔小牛", "牛犊娃", "小黄牛犊子"],
     ["西门塔尔杂交犊牛", "改良肉牛犊牛（6月龄）"], ["头"], (2, 20)),
    ("chicks26", "production", "goods", ["小鸡崽儿", "土鸡崽", "脱温鸡苗子"],
     ["土鸡苗（品种：小香鸡）", "青脚麻鸡脱温苗"], [("羽", 1.0), ("只", 1.0), ("箱", 100.0)], (500, 5000)),
    ("carp_fry26", "production", "goods", ["稻田鱼苗", "禾花鲤鱼苗", "鲤鱼秧子"],
     ["禾花鲤苗种（3-5厘米）", "稻渔共生鲤鱼苗"], [("尾", 1.0), ("万尾", 10000.0)], (2000, 30000)),
    ("bees26", "production", "goods", ["中蜂", "蜂群", "土蜂种群"],
     ["中华蜜蜂标准箱蜂群", "中蜂种群（带蜂王）"], [("群", 1.0), ("箱", 1.0)], (5, 50)),
    ("goat_kids26", "production", "goods", ["黑山羊羔", "黑山羊羔子", "羊羔崽"],
     ["努比亚黑山羊羔羊（3月龄）", "黑山羊杂交羔羊"], ["只", "头"], (10, 60)),
    ("tiller26", "production", "goods", ["耕地的机子", "旋耕小机器", "翻地机子"],
     ["柴油微耕机（型号1WG-6.3）", "手扶式田园管理机（旋耕+开沟）"], ["台"], (1, 5)),
    ("drone26", "production", "goods", ["打农药的飞机", "飞防机", "喷药飞机"],
     ["农业植保无人机（载药量30升）", "电动多旋翼植保飞机"], ["台", "架"], (1, 2)),
    ("chopper26", "production", "goods", ["铡草机", "揉丝机", "切草机"],
     ["秸秆揉丝机（型号9RSZ-6）", "电动铡草机"], ["台"], (1, 2)),
    ("incubator26", "production", "goods", ["孵化机", "孵鸡蛋的机子", "孵化箱"],
     ["全自动孵化机（容量1056枚）", "智能孵化器"], ["台"], (1, 3)),
    ("dryer26", "production", "goods", ["热泵烘干设备", "烘房", "空气能烘干"],
     ["空气能热泵烘干机（型号RB-5P）", "农产品烘干房成套设备"], ["台", "套"], (1, 2)),
    ("tea_roaster26", "production", "goods", ["炒茶机", "茶叶杀青机", "滚筒杀青机"],
     ["滚筒式茶叶杀青机（型号6CST-60）", "电热炒茶机"], ["台"], (1, 3)),
    ("cold_room26", "production", "goods", ["小冷库", "果库", "产地冷藏库"],
     ["装配式冷库（库容100立方米）", "果蔬保鲜冷库"], ["座", "套"], (1, 1)),
    ("cold_panel26", "production", "goods", ["冷库板", "聚氨酯板", "保温库板"],
     ["聚氨酯冷库板（厚100毫米）", "冷库彩钢保温板"], _AREA26, (50, 300)),
    ("film26", "production", "goods", ["大棚塑料布", "扣棚的膜", "暖棚膜"],
     ["PO流滴消雾棚膜（厚度0.12毫米）", "PE长寿流滴膜"], _AREA26, (500, 5000)),
    ("mulch26", "production", "goods", ["盖地的薄膜", "黑地膜", "盖地膜子"],
     ["0.01毫米聚乙烯地膜", "可降解黑色地膜（0.012毫米）"], None, (50, 500)),
    ("shade_net26", "production", "goods", ["遮阴网", "遮阳黑网", "太阳网"],
     ["六针加密遮阳网（遮光率75%）", "大棚遮阳网"], _AREA26, (200, 3000)),
    ("frame26", "production", "goods", ["镀锌管大棚", "大棚架子", "钢管拱棚"],
     ["热镀锌钢管大棚骨架（跨度8米）", "装配式连栋大棚"], [("亩", 1.0), ("公顷", 15.0)], (1, 30)),
    ("pellets26", "production", "goods", ["生物质颗粒", "颗粒燃料", "烘干用颗粒"],
     ["生物质成型燃料（热值≥4000大卡）", "木屑颗粒燃料（每袋40公斤）"], [("公斤", 1.0), ("吨", 1000.0), ("袋", 40.0)],
     (1000, 10000)),
    ("sticky_card26", "production", "goods", ["诱虫黄板", "黄粘板", "粘虫黄纸"],
     ["双面黄色粘虫板（25×40厘米）", "诱虫粘板"], [("张", 1.0), ("包", 20.0)], (100, 1000)),
    ("dewormer26", "production", "goods", ["驱虫药", "打虫针", "牛羊驱虫针"],
     ["阿苯达唑伊维菌素片（兽用）", "牛羊驱虫预混剂"], ["瓶", "盒"], (5, 30)),
    ("insect_lamp26", "production", "goods", ["杀虫的灯", "灭虫灯", "诱蛾灯"],
     ["风吸式太阳能杀虫灯", "频振式杀虫灯"], ["盏", "台"], (5, 30)),
    # 就业帮扶: a 工种's course and certificate, jobs by 岗位, machines for a 扶贫车间
    ("forklift26", "employment", "service", ["考叉车证", "叉车司机培训", "开叉车的证"],
     ["特种设备作业人员（叉车N1）取证班", "叉车操作培训考证"], _TRAINEES26, (5, 40)),
    ("electrician26", "employment", "service", ["低压电工", "电工操作证", "电工上岗证"],
     ["低压电工作业证培训", "电工特种作业取证班"], _TRAINEES26, (5, 40)),
    ("excavator26", "employment", "service", ["挖机师傅", "学开挖掘机", "挖机技术培训"],
     ["挖掘机操作实训班", "挖机驾驶员技能培训"], _TRAINEES26, (5, 40)),
    ("cook26", "employment", "service", ["中式烹调师", "厨师证", "学炒菜手艺"],
     ["中式烹调师职业技能等级培训", "厨师技能培训（颁发等级证书）"], _TRAINEES26, (5, 40)),
    ("streamer26", "employment", "service", ["电商主播", "带货主播", "学搞直播"],
     ["直播电商主播实训营", "农产品直播带货培训"], _TRAINEES26, (5, 40)),
    ("mechanic26", "employment", "service", ["农机修理工", "修农机", "农机维修培训"],
     ["农机修理工技能培训", "农业机械维修实训班"], _TRAINEES26, (5, 40)),
    ("sewer26", "employment", "service", ["缝纫工", "车工", "踩缝纫机的活"],
     ["服装厂平车工岗位", "扶贫车间缝纫工招聘"], _HIRES26, (2, 30)),
    ("housekeeper26", "employment", "service", ["做家政", "家政阿姨", "保洁阿姨"],
     ["家政服务员岗位（包吃住）", "保洁员招聘"], _HIRES26, (1, 10)),
    ("cotton_pickers26", "employment", "service", ["采棉工", "摘棉花", "拾花工"],
     ["新疆采棉季节工", "机采棉辅助工岗位"], _HIRES26, (5, 50)),
    ("line_worker26", "employment", "service", ["流水线工人", "厂里普工", "到厂里做工"],
     ["电子厂操作工（劳务协作定向招聘）", "东部工厂普工岗位"], _HIRES26, (5, 50)),
    ("flat_machine26", "employment", "goods", ["平车", "电脑平缝机子", "工业衣车"],
     ["直驱电脑平缝机（型号JK-8720）", "高速工业平缝机（单针）"], ["台"], (5, 40)),
    ("overlocker26", "employment", "goods", ["锁边车", "码边机", "及骨车"],
     ["四线包缝机", "高速拷边机"], ["台"], (2, 10)),
    # 消费扶贫: what a cooperative sells, its packaging, and the freight and shop services it needs
    ("kiwi26", "consumption", "goods", ["红心果", "红心猕猴桃果子", "红阳果"],
     ["红阳猕猴桃（单果80-120克）", "一级猕猴桃鲜果"], None, (500, 5000)),
    ("beef26", "consumption", "goods", ["鲜切牛肉", "排酸牛肉", "土黄牛肉"],
     ["冷鲜黄牛肉（排酸48小时）", "草饲黄牛分割肉"], None, (50, 500)),
    ("green_tea26", "consumption", "goods", ["头道毛尖", "都匀毛尖茶", "头采茶"],
     ["都匀毛尖（特级）", "高山明前绿茶"], None, (10, 100)),
    ("table_potato26", "consumption", "goods", ["大洋芋", "鲜洋芋", "菜洋芋"],
     ["商品马铃薯（单薯≥150克）", "鲜食洋芋（二级）"], None, (1000, 10000)),
    ("honey26", "consumption", "goods", ["中蜂土蜜", "蜂子糖", "土蜂糖"],
     ["中蜂原蜜（波美度42）", "土蜂成熟蜜"], None, (20, 200)),
    ("dry_chili26", "consumption", "goods", ["干辣子", "晒干的辣椒", "干朝天椒"],
     ["干制朝天椒（一级）", "子弹头辣椒干货（一级）"], None, (100, 1000)),
    ("walnut26", "consumption", "goods", ["泡核桃干货", "泡核桃", "大泡核桃"],
     ["云南薄壳核桃（果径≥32毫米）", "纸皮核桃干果"], None, (200, 2000)),
    ("highland_veg26", "consumption", "goods", ["高山蔬菜", "反季节蔬菜", "错季菜"],
     ["高山错季蔬菜（净菜）", "冷凉蔬菜"], None, (1000, 10000)),
    ("bamboo_shoot26", "consumption", "goods", ["鲜方竹笋", "鲜竹笋", "竹笋子"],
     ["高山方竹笋（鲜品）", "方竹鲜笋"], None, (200, 2000)),
    ("free_range_eggs26", "consumption", "goods", ["林下鸡蛋", "放养鸡的蛋", "农家散养蛋"],
     ["林下散养土鸡蛋", "农家草鸡蛋（单枚≥50克）"], [("枚", 1.0), ("个", 1.0), ("板", 30.0)], (300, 3000)),
    ("carton26", "consumption", "goods", ["快递纸箱", "瓦楞纸箱", "水果纸箱"],
     ["五层瓦楞快递箱（规格40×30×25厘米）", "水果包装纸箱"], [("个", 1.0), ("只", 1.0), ("捆", 50.0)], (500, 5000)),
    ("foam_box26", "consumption", "goods", ["泡沫箱", "保温箱", "泡沫保鲜箱"],
     ["EPS泡沫保温箱（容量20升）", "冷链泡沫箱"], ["个", "只"], (200, 2000)),
    ("gift_box26", "consumption", "goods", ["礼盒包装", "土特产礼盒", "包装盒"],
     ["农产品定制礼盒（印刷logo）", "茶叶包装礼盒"], ["个", "套"], (500, 5000)),
    ("ice_pack26", "consumption", "goods", ["冰袋", "冷冻冰袋", "生鲜冰袋"],
     ["注水冰袋（规格0.4升）", "冷链专用冰袋"], [("个", 1.0), ("箱", 50.0)], (200, 2000)),
    ("cold_freight26", "consumption", "service", ["冷链运输", "冷链车", "冷藏车运输"],
     ["冷链物流配送（4.2米冷藏车）", "生鲜冷链专线"], ["次", "车次"], (1, 10)),
    ("shop_ops26", "consumption", "service", ["网店代运营", "开网店", "电商代运营"],
     ["农产品网店代运营服务", "电商店铺托管"], ["个", "家"], (1, 1)),
    # 金融信贷: loans, guarantees, insurance and grants (kind "cash")
    ("guarantee26", "finance", "cash", ["担保贷款", "贷款担保", "找担保"],
     ["政府性融资担保（担保费率0.5%）", "产业担保贷款"], _YUAN26, (50000, 300000)),
    ("micro_credit26", "finance", "cash", ["扶贫小额贷款", "小贷", "扶贫贷"],
     ["脱贫人口小额信贷（5万元以内、免担保免抵押）", "惠农小额信用贷"], _YUAN26, (10000, 50000)),
    ("working_capital26", "finance", "cash", ["流动资金", "周转资金", "收购资金"],
     ["农产品收购流动资金贷款", "合作社周转贷"], _YUAN26, (100000, 1000000)),
    ("interest_aid26", "finance", "cash", ["贴息", "利息补贴", "贷款利息补助"],
     ["产业贷款财政贴息", "创业担保贷款贴息"], _YUAN26, (1000, 20000)),
    ("cattle_cover26", "finance", "cash", ["牛羊保险", "肉牛保险", "养牛险"],
     ["肉牛政策性养殖保险（保额8000元/头）", "基础母牛保险"], _YUAN26, (500, 5000)),
    ("orchard_cover26", "finance", "cash", ["猕猴桃种植保险", "果园保险", "果树保险"],
     ["水果种植综合险", "猕猴桃气象指数保险"], _YUAN26, (500, 5000)),
    ("startup_grant26", "finance", "cash", ["创业补贴", "一次性创业补贴", "开店补贴"],
     ["返乡创业一次性补贴", "首次创业补贴"], _YUAN26, (2000, 10000)),
    ("collective_fund26", "finance", "cash", ["村集体经济发展资金", "集体经济扶持资金", "村集体启动资金"],
     ["村级集体经济发展扶持资金", "东西部协作集体经济项目资金"], _YUAN26, (100000, 500000)),
    ("machine_subsidy26", "finance", "cash", ["农机购置补贴", "农机补贴", "买农机的补贴"],
     ["农机购置与应用补贴", "农机累加补贴"], _YUAN26, (2000, 30000)),
    # 生活物资: what a 车间 or a 基地 issues its workers, and its canteen's rice and oil
    ("workwear26", "living", "goods", ["工装", "工作服", "车间工服"],
     ["车间防静电工作服", "劳保工装套装"], ["套", "件"], (10, 60)),
    ("rain_boots26", "living", "goods", ["下田穿的雨靴", "长筒水靴", "高筒胶鞋"],
     ["高筒防滑劳保胶靴", "防滑水田胶靴"], ["双"], (5, 40)),
    ("gloves26", "living", "goods", ["劳保手套", "线手套", "干活戴的手套"],
     ["加厚棉纱劳保手套", "丁腈浸胶手套"], [("双", 1.0), ("打", 12.0)], (24, 240)),
    ("helmet26", "living", "goods", ["工地帽", "头盔帽子", "安全盔"],
     ["ABS安全帽（GB 2811）", "V型工地安全帽"], ["顶", "个"], (10, 50)),
    ("canteen_rice26", "living", "goods", ["车间食堂用米", "工人吃的米", "食堂米"],
     ["食堂专用粳米（每袋25公斤）", "员工餐大米（每袋25公斤）"], _KG26 + [("袋", 25.0)], (100, 1000)),
    ("rapeseed_oil26", "living", "goods", ["大桶菜籽油", "菜籽清油", "土榨菜油"],
     ["非转基因压榨菜籽油（每桶20升）", "一级菜籽油"], _LITRES26 + [("桶", 20.0)], (20, 200)),
    # 医疗救助: the workshop's first aid and the workers' occupational health
    ("first_aid26", "medical", "goods", ["车间医药箱", "药箱", "急救药箱"],
     ["工厂急救箱（含30种物品）", "车间急救包"], ["个", "套"], (1, 3)),
    ("heatstroke26", "medical", "goods", ["防暑药", "解暑药", "防中暑的药水"],
     ["藿香正气口服液（10支装）", "防暑降温药品"], [("支", 1.0), ("盒", 10.0)], (20, 200)),
    ("dust_mask26", "medical", "goods", ["防尘口罩", "KN95口罩", "劳保口罩"],
     ["KN95防颗粒物口罩（GB 2626）", "工业防尘口罩"], [("个", 1.0), ("只", 1.0), ("盒", 50.0)], (100, 1000)),
    ("checkup26", "medical", "service", ["职工体检", "员工体检", "上岗体检"],
     ["职业健康体检（上岗前）", "工人免费健康检查"], [("人", 1.0), ("人次", 1.0)], (10, 60)),
    ("brucella26", "medical", "service", ["布病筛查", "布病检测", "布鲁氏菌病化验"],
     ["养殖户布鲁氏菌病免费筛查", "布病血清学检测"], [("人", 1.0), ("人次", 1.0)], (1, 10)),
    # 教育助学: the producer's own schooling — night classes, a diploma, study tours, manuals, a projector
    ("night_school26", "education", "service", ["农民夜校", "夜校课程", "晚上上的农技课"],
     ["新型职业农民夜校课程", "农民田间学校"], _TRAINEES26, (20, 80)),
    ("diploma26", "education", "service", ["学历提升", "读成人大专", "函授大专"],
     ["乡村振兴带头人学历提升计划（大专）", "成人高等教育农学专业"], [("人", 1.0), ("名", 1.0)], (1, 5)),
    ("study_tour26", "education", "service", ["外出考察学习", "参观学习", "出去学经验"],
     ["赴浙江产业考察学习班", "致富带头人外出观摩培训"], [("人", 1.0), ("人次", 1.0)], (5, 30)),
    ("manuals26", "education", "goods", ["养殖技术书", "养牛的书", "养殖手册"],
     ["肉牛高效养殖技术手册", "科学养殖实用技术丛书"], [("本", 1.0), ("套", 5.0)], (10, 100)),
    ("projector26", "education", "goods", ["放片子的机器", "投影设备", "投屏的机子"],
     ["教学投影仪（3600流明）", "培训室高清投影机"], ["台"], (1, 2)),
    # 住房安全: the workshop's and the dormitory's building materials and furniture
    ("sandwich26", "housing", "goods", ["泡沫彩钢板", "夹芯板", "彩钢泡沫板"],
     ["EPS彩钢夹芯板（厚75毫米）", "岩棉彩钢夹芯板"], _AREA26, (100, 1000)),
    ("floor_paint26", "housing", "goods", ["地坪漆", "环氧地坪", "车间地面漆"],
     ["环氧树脂地坪漆（每桶20公斤）", "自流平地坪漆"], [("公斤", 1.0), ("桶", 20.0)], (100, 1000)),
    ("rockwool26", "housing", "goods", ["保温棉", "岩棉", "隔热棉"],
     ["憎水岩棉板（容重120）", "玻璃棉保温毡"], _AREA26, (100, 1000)),
    ("dorm_bed26", "housing", "goods", ["宿舍床", "双层铁床", "铁管床"],
     ["宿舍双层铁架床（1.9×0.9米）", "员工宿舍上下铺"], ["张", "套"], (5, 30)),
    ("shutter26", "housing", "goods", ["卷帘门", "卷闸门", "车库门"],
     ["电动卷帘门（铝合金）", "防风卷闸门"], ["樘", "个"], (1, 4)),
    # 易地搬迁: the 社区工厂 of a resettlement site — storage, crates, benches, fans
    ("racking26", "relocation", "goods", ["仓储货架", "库房架子", "放货的架子"],
     ["重型仓储货架（每层承重500公斤）", "四层库房货架"], ["组", "个"], (2, 20)),
    ("crates26", "relocation", "goods", ["周转筐", "塑料筐", "物流筐"],
     ["加厚塑料周转筐", "蔬菜物流周转箱"], ["个", "只"], (50, 500)),
    ("workbench26", "relocation", "goods", ["工作台", "操作台", "车间台子"],
     ["防静电工作台（1.2米）", "不锈钢操作台"], ["张", "台"], (5, 30)),
    ("pallet26", "relocation", "goods", ["托盘", "卡板", "垫仓板"],
     ["塑料网格托盘（1.2×1米）", "木托盘"], ["个", "块"], (20, 200)),
    ("ceiling_fan26", "relocation", "goods", ["吊扇", "车间吊扇", "大吊扇"],
     ["工业吊扇（1.4米）", "大风量吊扇"], ["台", "个"], (2, 20)),
    # 基础设施: water, power, roads and sensors for a 产业基地
    ("drip_tape26", "infrastructure", "goods", ["滴灌", "滴管带子", "滴水带"],
     ["内镶贴片式滴灌带（16毫米）", "迷宫式滴灌带"], [("米", 1.0), ("卷", 500.0)], (1000, 20000)),
    ("pe_pipe26", "infrastructure", "goods", ["灌溉水管", "灌溉管", "PE管子"],
     ["PE给水管（DN63，1.6MPa）", "聚乙烯灌溉管"], [("米", 1.0), ("卷", 100.0)], (200, 3000)),
    ("high_pool26", "infrastructure", "goods", ["山坪塘", "高位蓄水池子", "高位池"],
     ["高位蓄水池（容积200立方米）", "集雨池（容积100立方米）"], ["口", "座"], (1, 3)),
    ("transformer26", "infrastructure", "goods", ["电力变压器", "增容的变压器", "台变"],
     ["S13型油浸式变压器（200千伏安）", "箱式变电站（箱变）"], ["台"], (1, 1)),
    ("farm_road26", "infrastructure", "goods", ["机耕道", "生产便道", "产业便道"],
     ["产业路硬化工程（4.5米宽）", "机耕道建设"], [("米", 1.0), ("公里", 1000.0)], (500, 5000)),
    ("weather_station26", "infrastructure", "goods", ["田间气象站", "物联网监测站", "小气候监测站"],
     ["农业物联网气象站（八要素）", "田间环境监测站"], ["套", "台"], (1, 2)),
    # 其他: brand, certification, testing, design and a fair's stand (kind "service")
    ("trademark26", "other", "service", ["商标注册", "注册商标", "品牌注册"],
     ["农产品商标注册代理", "集体商标注册服务"], ["件", "个"], (1, 2)),
    ("organic_cert26", "other", "service", ["有机认证", "有机产品认证", "有机转换认证"],
     ["有机产品认证（GB/T 19630）", "有机认证咨询服务"], ["项", "次"], (1, 1)),
    ("residue_test26", "other", "service", ["农残检测", "检测报告", "质检"],
     ["农产品农药残留快速检测", "第三方质检报告（CMA资质）"], ["批次", "次"], (1, 5)),
    ("pack_design26", "other", "service", ["包装设计", "logo设计", "品牌设计"],
     ["农产品包装与品牌设计服务", "区域公用品牌视觉设计"], ["项", "套"], (1, 2)),
    ("fair_stand26", "other", "service", ["展位", "展销会摊位", "农博会展位"],
     ["东西部协作农特产品展销会免费展位", "农交会标准展位（3×3米）"], ["个"], (1, 2)),
    ("barcode26", "other", "service", ["条形码", "商品条码", "条码"],
     ["商品条码注册（中国物品编码中心）", "条码申请代办"], ["件", "个"], (1, 3)),
]
# Broader programmes under names of their own. generate() gives a broader offer's unit size 1 and counts it
# as kg for mass items: groups covering a weighed item are in 公斤 (size 1 for every covered item that has
# pack units), the others in a unit of size 1 for every covered item counting in it, or in one none of
# them uses (not comparable, relevance 2).
BLIND26_BROAD = [
    ("seed26", "production", ["春耕良种帮扶包", "大田良种统供"],
     ["corn_seed26", "seed_potato26", "konjac_seed26"], ["公斤"]),
    ("plants26", "production", ["经济作物种苗帮扶包", "果茶苗木统供"],
     ["tea_plants26", "kiwi_plants26", "pepper_plants26"], ["株"]),
    ("fertiliser26", "production", ["测土配方施肥帮扶包", "化肥农资保供行动"],
     ["compound26", "urea26", "organic26", "foliar26"], ["公斤"]),
    ("pest_control26", "production", ["绿色防控物资包", "病虫害统防统治套餐"],
     ["aphid26", "sticky_card26", "insect_lamp26"], ["套"]),
    ("feed26", "production", ["饲草料保供帮扶包", "畜禽水产饲料统供"],
     ["pig_feed26", "cattle_feed26", "fish_feed26"], ["公斤"]),
    ("young_stock26", "production", ["畜禽良种帮扶包", "仔畜雏禽投放计划"],
     ["piglets26", "calves26", "chicks26", "goat_kids26", "bees26", "carp_fry26"], ["头"]),
    ("machines26", "production", ["宜机化农机帮扶包", "小型农机具推广计划"],
     ["tiller26", "drone26", "chopper26", "incubator26"], ["台"]),
    ("facility26", "production", ["设施农业建设物资包", "大棚冷库配套材料"],
     ["film26", "shade_net26", "cold_panel26", "frame26"], ["批"]),
    ("processing26", "production", ["产地初加工设备包", "烘干保鲜加工设备"],
     ["dryer26", "tea_roaster26", "cold_room26"], ["套"]),
    ("skills26", "employment", ["职业技能提升计划", "工种取证培训行动"],
     ["forklift26", "electrician26", "excavator26", "cook26", "streamer26", "mechanic26"], ["人次"]),
    ("jobs26", "employment", ["稳岗就业专场招聘", "东西部劳务协作岗位"],
     ["sewer26", "housekeeper26", "cotton_pickers26", "line_worker26"], ["人"]),
    ("workshop_kit26", "employment", ["扶贫车间设备帮扶包", "车间生产设备配套"],
     ["flat_machine26", "overlocker26"], ["台"]),
    ("produce26", "consumption", ["农特产品消费帮扶行动", "以购代捐采购计划"],
     ["kiwi26", "beef26", "green_tea26", "table_potato26", "honey26", "dry_chili26", "walnut26",
      "highland_veg26", "bamboo_shoot26"], ["公斤"]),
    ("packaging26", "consumption", ["电商包装耗材帮扶包", "农产品包装物资"],
     ["carton26", "foam_box26", "gift_box26", "ice_pack26"], ["个"]),
    ("sales_service26", "consumption", ["电商助农服务包", "产销对接冷链服务"],
     ["cold_freight26", "shop_ops26"], ["次"]),
    ("loans26", "finance", ["产业信贷支持计划", "金融帮扶贷款包"],
     ["guarantee26", "micro_credit26", "working_capital26"], ["元"]),
    ("insurance26", "finance", ["特色产业保险保障计划", "农业保险兜底行动"],
     ["cattle_cover26", "orchard_cover26"], ["元"]),
    ("grants26", "finance", ["产业奖补资金", "以奖代补扶持资金"],
     ["startup_grant26", "collective_fund26", "machine_subsidy26", "interest_aid26"], ["元"]),
    ("workwear_kit26", "living", ["车间劳保用品包", "务工人员劳动防护用品"],
     ["workwear26", "rain_boots26", "gloves26", "helmet26"], ["套"]),
    ("canteen26", "living", ["车间食堂粮油帮扶", "务工食堂米面油"],
     ["canteen_rice26", "rapeseed_oil26"], ["份"]),
    ("occupational26", "medical", ["车间职业健康防护包", "务工人员健康守护行动"],
     ["first_aid26", "heatstroke26", "dust_mask26"], ["份"]),
    ("leaders26", "education", ["致富带头人培育工程", "乡村产业人才提升计划"],
     ["night_school26", "diploma26", "study_tour26"], ["人"]),
    ("factory_build26", "housing", ["标准化厂房改造建材", "车间宿舍改造材料包"],
     ["sandwich26", "floor_paint26", "rockwool26", "dorm_bed26", "shutter26"], ["批"]),
    ("community_factory26", "relocation", ["社区工厂配套帮扶包", "安置点车间设施配套"],
     ["racking26", "crates26", "workbench26", "pallet26", "ceiling_fan26"], ["批"]),
    ("irrigation26", "infrastructure", ["高效节水灌溉配套工程", "基地水利配套物资"],
     ["drip_tape26", "pe_pipe26", "high_pool26"], ["米"]),
    ("brand26", "other", ["品牌打造服务包", "三品一标认证帮扶"],
     ["trademark26", "organic_cert26", "residue_test26", "pack_design26", "barcode26"], ["项"]),
]
# 「规格：…」 lines the need descriptions of some items carry (a producer's spec, not an offer's).
BLIND26_SPECS = {
    "compound26": ["15-15-15", "N-P-K 17-17-17，硫酸钾型"],
    "pig_feed26": ["粗蛋白16%以上", "颗粒料，适合60公斤以上育肥猪"],
    "tiller26": ["柴油机，功率6千瓦左右", "带旋耕刀和开沟器"],
    "film26": ["厚度0.1毫米以上", "宽8米"],
    "dryer26": ["每天烘鲜料1吨左右", "能烘辣椒和菌子"],
    "chicks26": ["脱温苗，30日龄", "本地土鸡品种"],
}
TEMPLATES["blind26"] = {
    # Needs as a 合作社, a 大户, a 扶贫车间 or a 致富带头人 writes them, in the trade's words, and offers from
    # enterprises, input suppliers, platforms, schools, banks, insurers and eastern 协作 programmes.
    "need_title": ["{who}缺{name}做启动", "{who}：{name}断货了，急需", "想扩大规模，需要{name}（{who}）",
                   "{who}求购{name}", "【产业帮扶需求】{name}｜{who}", "{who}申请{name}",
                   "{name}缺口大，{who}求对接"],
    "need_desc": ["{cause}，想扩大规模，需要{name}。", "{cause}，{name}断货了，等着用。", "{cause}，缺{name}做启动。",
                  "{cause}，眼下最缺的是{name}，希望龙头企业帮一把。", "{cause}，现申请{name}，请帮忙对接。",
                  "{cause}，手头就差{name}了。", "{cause}。"],
    "negated": ["{other}合作社统一供了", "{other}够用到明年", "去年试过{other}不行，今年想换{name}",
                "{other}的申请已经批下来了", "除了{other}已经有了，{name}还缺",
                "{other}龙头企业先赊给我们了", "{other}上个月就到货了", "{other}的事镇上已经协调解决了",
                "{other}是去年的事，今年不要", "{other}东西部协作项目已经配套了",
                "{other}老社员自己不肯要，怕欠人情", "{other}库里还压着大半仓", "{other}跟公司签了保底，不用另找",
                "{other}在农资店赊够了", "{other}那摊今年先停了，全力搞{name}", "{other}儿子在网上自己下单买好了",
                "{other}去年帮扶队送过一批，还没用完"],
    "offer_title": ["{donor}提供{name}", "{donor}产业帮扶：{name}", "【{donor}】{name}，欢迎对接",
                    "{name}（{donor}供货）"],
    "offer_title_production": ["{donor}供应{name}", "农资帮扶：{name}（{donor}）", "{donor}让利供应{name}",
                               "{name}现货直供（{donor}）"],
    "offer_title_employment": ["就业帮扶｜{donor}：{name}", "{donor}稳岗就业项目：{name}", "{name}（{donor}发布）"],
    "offer_title_consumption": ["{donor}产销对接：{name}", "消费帮扶：{donor}对接{name}", "{donor}助农专区：{name}"],
    "offer_title_finance": ["{donor}推出{name}", "金融帮扶：{name}（{donor}）", "{donor}：{name}，快审快批"],
    "offer_title_education": ["{donor}送教下乡：{name}", "{name}（{donor}承办）"],
    "offer_title_infrastructure": ["{donor}援建{name}", "东西部协作项目：{name}（{donor}）"],
    "offer_title_other": ["{donor}免费提供{name}", "{name}（{donor}代办）"],
    "who": ["绿源种植专业合作社", "石门村养牛大户李某", "安置点扶贫车间", "致富带头人王某某", "自主创业的脱贫户张某",
            "坪上村股份经济合作社", "茶叶种植大户杨某", "巧手扶贫工厂", "蜜蜂养殖合作社"],
    "cause": ["合作社带动了46户脱贫户", "今年流转了200亩地", "车间现有工人38名，大多是留守妇女",
              "去年出栏50头牛，行情不错", "村集体经济刚起步", "返乡创业开了个小加工坊", "订单多了，设备跟不上",
              "雨季快到了", "今年签了订单农业", "基地扩了80亩"],
    "donor": ["某农业产业化龙头企业", "县农资公司", "某电商平台助农频道", "县职业技能培训学校", "县农商银行",
              "人保财险县支公司", "浙江对口协作工作队", "广东东西部协作帮扶工作组", "山东某食品集团", "福建某农资集团",
              "邮储银行县支行"],
    "specs": BLIND26_SPECS,
}
# The parts blind26 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND26 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22", "blind23", "blind24")


def check_blind25() -> None:
    """Raise SystemExit if blind25 is not what its comment says (``_check_part_after`` tune … blind24)."""
    _check_part_after("blind25", BLIND25_CATALOGUE, BLIND25_BROAD, _PARTS_BEFORE_BLIND25)


def check_blind26() -> None:
    """Raise SystemExit if blind26 is not what its comment says (``_check_part_after`` tune … blind24)."""
    _check_part_after("blind26", BLIND26_CATALOGUE, BLIND26_BROAD, _PARTS_BEFORE_BLIND26, BLIND26_SPECS)


# The "blind27" part (written 2026-12-02 for issue 13 by an engineer who opened none of matching/, search/data/,
# docs/matching.md, tests/ or any part's records, and read no other part's item list) in a voice no earlier
# part has: the 县 / 乡镇扶贫办 clerk, the 驻村第一书记 and the 帮扶责任人 entering needs in bulk from the Excel
# 台账 — terse, official, tabular: 「品名：…；规格：…；数量：…」 fragments, numbered lists 「1. … 2. …」, the
# office's short forms of items and programmes, the household as 「该户」「户主」, causes in the 建档立卡 cause
# vocabulary (因病 / 因残 / 因学 / 缺技术 / 缺劳力 / 缺资金 …), and negations and past mentions in the official
# register (resolved by another department, covered by 低保兜底, 已落实到户, policy already enjoyed, project
# accepted, arranged separately by the 帮扶单位, all-but-one resolved, issued last year, 销号, withdrawn,
# struck off as a duplicate, and the household head's, an old person's or a pupil's own refusal). Offers come
# from 机关定点帮扶单位, 国有企业, 工会, 东西部协作 and 慈善总会 as procurement lines (「政府采购目录」-style
# catalogue names with 型号 / 规格 / 批次, 「配送到村」), and broader offers as 帮扶项目 or 物资清单 (物资包 /
# 慰问品 / 补短板项目). 98 items over all 11 categories (kinds goods / service / cash), each under 2-3 need
# names and 2 offer names, 23 broader offers under names of their own covering 2-9 items each, 7 need
# titles, 7 need descriptions, 16 negations and past mentions, offer titles for 5 registers. Units that need
# converting: mass in 斤 / 市斤 / 公斤 / kg / KG / Kg / ｋｇ / 千克 (with and without spaces); packs of a size the
# catalogue fixes (袋 = 25 / 40 / 50 / 5 kg, 箱 = 5 / 2.5 kg, 瓶 = 0.5 kg, 吨 = 1000 kg, 桶 = 5 or 18 升,
# 盒 = 50 or 30 pieces, 包 = 10 and 箱 = 80 pieces, 箱 = 100 本 or 100 只, 千片 = 1000 片, 卷 = 10 平方米,
# 箱 = 2 平方米, 幅 = 2 米, 期 = 30 人); volume (升 / L), area (平方米 / ㎡ / 平米), length (米 / 延米 / 公里),
# 元 / 万元, 人 / 名 / 人次; and 15 % of the mass-item offers in 件 (a consignment of unknown weight, not
# comparable). Every size is exact in binary floating point (no 两 or 毫升). ``check_blind27`` checks it
# against the catalogues, groups and negation templates of tune … blind26 only, never the lexicon. Never
# tune on it.
BLIND27_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("KG", 1.0), ("ｋｇ", 1.0),
                ("公斤 ", 1.0)]
_KG27 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("Kg", 1.0)]
_YUAN27 = [("元", 1.0), ("万元", 10000.0)]
_PERSONS27 = [("人", 1.0), ("名", 1.0), ("人次", 1.0)]
_AREA27 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
_LENGTH27 = [("米", 1.0), ("延米", 1.0), ("公里", 1000.0)]
_LITRES27 = [("升", 1.0), ("L", 1.0)]
BLIND27_CATALOGUE = [
    # 生活物资: 冬令救助 goods, 口粮, household appliances as the ledger names them
    ("quilt27", "living", "goods", ["冬用被褥", "过冬被子（户）", "被褥（冬令）"], ["冬令救助被芯", "棉花被芯（五斤装）"],
     ["床", "条"], (1, 4)),
    ("cotton_coat27", "living", "goods", ["御寒棉衣", "冬装（棉衣）", "防寒服（户）"], ["冬令救助棉服", "加厚防寒棉大衣"],
     ["件", "套"], (1, 4)),
    ("rice27", "living", "goods", ["大米（口粮）", "大米（口粮补助）", "米（户均口粮）"], ["东北长粒香大米 25kg/袋", "协作地区优质籼米"],
     _KG27 + [("袋", 25.0)], (25, 100)),
    ("flour27", "living", "goods", ["白面（口粮）", "面粉（户）", "麦面（口粮）"], ["雪花粉（面粉厂直供）", "高筋小麦粉（批次A）"], None, (5, 50)),
    ("oil27", "living", "goods", ["菜油（食用）", "食用油（户）", "植物油（口粮油）"], ["非转基因压榨菜籽油 5L/桶", "一级大豆油（桶装）"],
     _LITRES27 + [("桶", 5.0)], (5, 20)),
    ("thermos27", "living", "goods", ["保温瓶（户用）", "暖壶（户用）"], ["不锈钢保温暖壶 3.2L", "竹壳开水壶"],
     ["个", "只"], (1, 2)),
    ("e_blanket27", "living", "goods", ["电热毯（单人）", "电热褥（户）"], ["安全型双控电热毯", "低压电热褥"], ["床", "条"], (1, 2)),
    ("coal27", "living", "goods", ["冬季取暖用煤", "烤火用煤（户）", "煤（取暖）"], ["洁净型煤（民用，批次3）", "无烟块煤（配送到村）"],
     _KG27 + [("吨", 1000.0)], (1000, 3000)),
    ("rubber_shoes27", "living", "goods", ["胶鞋（劳动）", "劳动鞋（胶底）", "解放鞋（户）"], ["劳保解放鞋 07式", "橡胶底劳保胶鞋"],
     ["双"], (1, 3)),
    ("net27", "living", "goods", ["蚊帐（1.5米床）", "蚊帐（户配）"], ["三开门蚊帐", "加密防蚊纱帐"], ["顶", "床"], (1, 3)),
    ("washing_powder27", "living", "goods", ["洗衣粉（户用）", "洗衣粉（袋装）"], ["无磷洗衣粉 5kg/袋", "家庭装浓缩洗衣粉"],
     _KG27 + [("袋", 5.0)], (2, 10)),
    ("rice_cooker27", "living", "goods", ["电饭煲（户用）", "煮饭锅（电）"], ["智能电饭煲 4L", "家用电饭锅 CFXB40"],
     ["台", "个"], (1, 1)),
    # 医疗救助: 辅具, 慢病 goods, 家庭医生 services and the 自付 gap
    ("wheelchair27", "medical", "goods", ["轮椅（手动）", "轮椅（肢残适配）", "轮椅车（户）"], ["普通型手动轮椅 KY809", "辅具适配轮椅"],
     ["台", "辆"], (1, 1)),
    ("crutch27", "medical", "goods", ["助行拐", "拐杖（残疾人）"], ["铝合金腋下拐杖", "四脚拐（辅具目录）"], ["副", "根"], (1, 2)),
    ("bp_meter27", "medical", "goods", ["量血压的仪器", "血压计（慢病户）"], ["上臂式电子血压计 U10", "家用血压监测仪"],
     ["台", "个"], (1, 1)),
    ("hearing_aid27", "medical", "goods", ["助听设备（听力残疾）", "助听器（耳背式）"], ["耳背式数字助听器", "听力辅具（双耳适配）"],
     ["台", "个"], (1, 2)),
    ("glucose_strip27", "medical", "goods", ["试纸条（糖尿病）", "血糖试纸（慢病）", "糖尿病试纸（户）"], ["血糖试纸 50条装", "血糖检测试条"],
     [("条", 1.0), ("盒", 50.0)], (50, 200)),
    ("bp_drug27", "medical", "goods", ["慢病药（高血压）", "降压药（慢病签约）", "硝苯地平"], ["慢病签约用药（降压）", "氨氯地平片（集采品种）"],
     ["盒", "瓶"], (2, 12)),
    ("diaper27", "medical", "goods", ["纸尿裤（成人）", "尿不湿（失能老人）", "失禁裤"], ["成人拉拉裤 L码", "护理型纸尿裤（箱装）"],
     [("片", 1.0), ("包", 10.0), ("箱", 80.0)], (20, 160)),
    ("checkup27", "medical", "service", ["健康体检（户）", "入户体检", "慢病体检"], ["家庭医生签约体检", "送医下乡体检服务"],
     [("人次", 1.0), ("人", 1.0)], (1, 4)),
    ("rehab27", "medical", "service", ["康复训练（残疾人）", "残疾康复服务", "康复（肢残）"], ["残疾人精准康复服务", "上门康复指导"],
     ["人次", "次"], (2, 10)),
    ("med_gap27", "medical", "cash", ["医疗费缺口", "看病自付部分", "住院自付（政策外）"], ["大病二次救助资金", "医疗救助专项款"],
     _YUAN27, (2000, 30000)),
    # 教育助学: 学生用品, 学习环境, 学费 and 辅导
    ("schoolbag27", "education", "goods", ["双肩包（学生）", "书包（小学）"], ["护脊减负书包", "小学生双肩书包"],
     ["个"], (1, 2)),
    ("desk_lamp27", "education", "goods", ["台灯（学生）", "护眼台灯（户）"], ["LED护眼台灯（国AA级）", "阅读台灯（学生用，批次B）"],
     ["台", "盏"], (1, 1)),
    ("desk27", "education", "goods", ["课桌椅（户）", "书桌椅（学生）", "学习桌椅（户配）"], ["可升降学习桌椅", "学生书桌椅套装"], ["套", "张"], (1, 1)),
    ("exercise_book27", "education", "goods", ["本子（学生）", "作业本（16K）", "练习簿（学生）"], ["16K作业本（100本/箱）", "学生练习簿"],
     [("本", 1.0), ("箱", 100.0)], (10, 100)),
    ("dictionary27", "education", "goods", ["字典（小学）", "新华字典（学生）"], ["《新华字典》第12版", "小学生规范字典"], ["本"], (1, 2)),
    ("uniform27", "education", "goods", ["校服（冬装）", "冬装校服（学生）"], ["中小学生冬季校服", "加厚校服套装"], ["套"], (1, 2)),
    ("learning_pad27", "education", "goods", ["学习机（网课）", "点读机（小学）", "平板（网课用）"], ["网课学习平板", "智能学习机（型号S5）"],
     ["台"], (1, 1)),
    ("tuition27", "education", "cash", ["中职学费", "学费缺口", "学费（高职）"], ["雨露计划资助资金", "中高职助学金"],
     _YUAN27, (2000, 8000)),
    ("tutoring27", "education", "service", ["课业辅导", "课后辅导", "学业帮扶"], ["大学生志愿者支教辅导", "假期课业辅导"],
     ["人次", "人"], (1, 3)),
    # 住房安全: 危房 repair materials, 改厕改灶, the 自筹 gap
    ("roof_tile27", "housing", "goods", ["瓦片（房屋修缮）", "青瓦（危改）", "屋面瓦片（户）"], ["黏土小青瓦（千片）", "屋面防水瓦"],
     [("片", 1.0), ("千片", 1000.0)], (500, 3000)),
    ("cement27", "housing", "goods", ["水泥（危改）", "水泥（P.O42.5）", "洋灰（修房）"], ["P.O42.5水泥 50kg/袋", "硅酸盐水泥（批次C）"],
     _KG27 + [("袋", 50.0), ("吨", 1000.0)], (500, 3000)),
    ("window27", "housing", "goods", ["门窗（更换）", "窗户（危改）", "塑钢窗（户）"], ["断桥铝合金窗（按平方米）", "塑钢平开窗（按㎡计）"],
     _AREA27, (4, 20)),
    ("waterproof27", "housing", "goods", ["屋面防水（漏雨）", "防水卷材（屋面）", "油毡（修房）"], ["SBS改性沥青卷材 3mm", "屋面防水卷材（卷）"],
     [("平方米", 1.0), ("卷", 10.0)], (20, 100)),
    ("toilet27", "housing", "service", ["旱厕改水厕", "改厕（户厕）", "厕所改造（三格式）"], ["农村户厕改造（三格式）", "卫生户厕改建"],
     ["户", "座"], (1, 1)),
    ("stove27", "housing", "goods", ["改灶", "节柴灶（户）", "省柴灶（改灶）"], ["节能省柴灶（配送安装）", "高效节能炉灶"], ["台", "口"], (1, 1)),
    ("floor_tile27", "housing", "goods", ["瓷砖（地面）", "地砖（地面硬化）", "地板砖（户内）"], ["600×600抛光地砖", "防滑地面砖"],
     _AREA27 + [("箱", 2.0)], (20, 80)),
    ("paint27", "housing", "goods", ["刷墙漆", "乳胶漆（内墙）", "墙漆（户）"], ["环保内墙乳胶漆 18L/桶", "墙面涂料（内墙）"],
     _LITRES27 + [("桶", 18.0)], (18, 72)),
    ("house_fund27", "housing", "cash", ["危改补助缺口", "修房资金", "危房改造自筹款"], ["危改补助资金（户）", "住房安全保障资金"],
     _YUAN27, (5000, 40000)),
    # 易地搬迁: 安置房 furniture and appliances, the move itself
    ("wardrobe27", "relocation", "goods", ["简易衣柜", "衣柜（安置房）", "衣橱（户）"], ["板式两门衣柜 1.2米", "钢木组合衣柜"], ["个", "组"], (1, 1)),
    ("bed27", "relocation", "goods", ["床（1.5米）", "双人床（安置房）", "床铺（户配）"], ["1.5米实木床（含床板）", "安置房配套床架"], ["张", "架"], (1, 2)),
    ("gas_stove27", "relocation", "goods", ["燃气灶（安置房）", "灶具（天然气）", "双眼灶（燃气）"], ["嵌入式燃气灶（天然气）", "液化气双眼灶"],
     ["台", "个"], (1, 1)),
    ("water_heater27", "relocation", "goods", ["热水器（安置房）", "电热水器（60升）", "洗澡用热水器（户）"], ["储水式电热水器 60L", "即热式电热水器"],
     ["台"], (1, 1)),
    ("dining_set27", "relocation", "goods", ["餐桌椅", "饭桌（安置房）", "餐桌（一桌四椅）"], ["一桌四椅餐桌套装", "折叠餐桌椅"], ["套"], (1, 1)),
    ("curtain27", "relocation", "goods", ["窗帘（安置房）", "遮光帘（户）"], ["安置房遮光窗帘（按米）", "涤纶遮光窗帘（定制）"],
     [("米", 1.0), ("幅", 2.0)], (4, 12)),
    ("moving27", "relocation", "service", ["搬迁运输", "搬家车", "搬家（入住）"], ["搬迁入住运输服务", "免费搬家车辆"], ["次", "车"], (1, 1)),
    ("sofa27", "relocation", "goods", ["沙发（安置房）", "客厅沙发（户）"], ["三人位布艺沙发（含茶几）", "安置房客厅沙发"], ["套", "张"], (1, 1)),
    # 产业发展: 农资, 种苗, 畜禽, 农机
    ("compound_fert27", "production", "goods", ["化肥（复合）", "复合肥（45%）", "三元复合肥（户）"], ["硫酸钾型复合肥 15-15-15", "缓释复合肥"],
     _KG27 + [("袋", 40.0)], (40, 200)),
    ("urea27", "production", "goods", ["氮肥（尿素）", "尿素（追肥）"], ["农用尿素（含氮46%）", "大颗粒尿素（批次D）"],
     _KG27 + [("袋", 50.0)], (50, 200)),
    ("corn_seed27", "production", "goods", ["包谷籽", "玉米种子（杂交）", "苞谷种（户）"], ["杂交玉米种（审定品种）", "玉米良种（统供）"], None, (5, 20)),
    ("potato_seed27", "production", "goods", ["洋芋种（脱毒）", "种薯（马铃薯）", "土豆种薯（户）"], ["脱毒马铃薯原种（G2代）", "脱毒种薯（二级）"],
     None, (100, 500)),
    ("piglet27", "production", "goods", ["仔猪（三元）", "猪仔（育肥）", "猪苗（户）"], ["三元杂交仔猪（15公斤以上）", "良种仔猪（检疫合格）"], ["头", "只"], (1, 4)),
    ("cow27", "production", "goods", ["能繁母牛（户养）", "基础母牛（户）", "牛（能繁母牛）"], ["西门塔尔母牛（已配种）", "良种能繁母牛"], ["头"], (1, 2)),
    ("chicks27", "production", "goods", ["鸡苗（林下养殖）", "土鸡苗（户）", "鸡仔（脱温）"], ["脱温土鸡苗（免疫完毕）", "麻鸡苗（30日龄）"],
     [("只", 1.0), ("羽", 1.0), ("箱", 100.0)], (50, 300)),
    ("walnut_sapling27", "production", "goods", ["核桃苗（嫁接）", "核桃树苗（户）"], ["良种嫁接核桃苗（二年生）", "泡核桃苗"],
     ["株", "棵"], (50, 300)),
    ("mulch27", "production", "goods", ["地膜（覆盖）", "薄膜（覆盖）", "农膜（地膜）"], ["聚乙烯地膜 0.01mm", "生物降解地膜（试点）"], None, (10, 50)),
    ("sprayer27", "production", "goods", ["喷雾器（户）", "打药机（背负式）", "喷药桶（手动）"], ["电动背负式喷雾器 16L", "农用喷药桶"],
     ["台", "个"], (1, 1)),
    ("tiller27", "production", "goods", ["微耕机（户）", "耕地机（小型）", "旋耕机（手扶）"], ["柴油微耕机（农机购置补贴目录）", "田园管理机（多功能）"],
     ["台"], (1, 1)),
    ("pig_feed27", "production", "goods", ["全价猪料", "猪饲料（育肥）", "猪料（户）"], ["育肥猪全价配合饲料 40kg/袋", "猪用浓缩饲料"],
     _KG27 + [("袋", 40.0)], (40, 400)),
    # 消费扶贫: the household's produce a buyer takes
    ("bacon27", "consumption", "goods", ["腊肉（自产）", "烟熏肉（自制）", "腊肉（户销）"], ["农家柴火腊肉（真空包装）", "土猪腊肉"], None, (10, 50)),
    ("tea27", "consumption", "goods", ["绿茶（自产）", "茶叶（毛尖）", "高山茶（户）"], ["明前高山云雾茶", "茶园绿茶（扶贫认定）"], None, (5, 30)),
    ("honey27", "consumption", "goods", ["蜂蜜（自产）", "土蜂蜜（中蜂）", "蜂蜜（户销）"], ["中华蜂土蜂蜜 500g/瓶", "百花蜜（产地直采）"],
     _KG27 + [("瓶", 0.5)], (5, 30)),
    ("walnut27", "consumption", "goods", ["核桃（干果）", "干核桃（自产）", "薄皮核桃（户）"], ["纸皮核桃 一级果 批次E", "原味薄皮核桃"], None, (10, 100)),
    ("sweet_potato27", "consumption", "goods", ["红薯（自产）", "红苕（户）", "番薯（鲜）"], ["富硒红薯", "沙地蜜薯"],
     _KG27 + [("箱", 5.0)], (50, 300)),
    ("kiwi27", "consumption", "goods", ["猕猴桃（自产）", "红心猕猴桃（户）", "阳桃（猕猴桃）"], ["红心猕猴桃 5斤装", "协作消费猕猴桃"],
     _KG27 + [("箱", 2.5)], (10, 100)),
    ("eggs27", "consumption", "goods", ["土鸡蛋（散养）", "鸡蛋（自产）", "笨鸡蛋（户）"], ["林下散养土鸡蛋（30枚/盒）", "农家笨鸡蛋"],
     [("枚", 1.0), ("个", 1.0), ("盒", 30.0)], (60, 600)),
    ("dried_chili27", "consumption", "goods", ["干辣椒（自产）", "干朝天椒（户）", "辣椒干（户）"], ["精选朝天椒干", "线椒干"], None, (20, 200)),
    ("konjac27", "consumption", "goods", ["花魔芋", "魔芋（鲜）", "魔芋（户种）"], ["鲜魔芋（统货）", "魔芋种植基地产品"], None, (100, 500)),
    ("shiitake27", "consumption", "goods", ["香菇（干）", "花菇（自产）", "干香菇（户）"], ["椴木香菇 干品 一级", "椴木花菇（精选）"], None, (5, 50)),
    # 就业帮扶: 公益岗, 劳务输出, 技能培训 (service)
    ("public_post27", "employment", "service", ["村级公益岗", "公益性岗位（兜底安置）", "公益岗（户）"], ["乡村公益性岗位开发", "光伏收益公益岗位"],
     ["个", "人"], (1, 1)),
    ("ranger27", "employment", "service", ["森林管护员", "护林员岗", "生态护林员（续聘）"], ["生态护林员选聘计划", "天保工程管护员"],
     ["人", "名"], (1, 1)),
    ("migrant_job27", "employment", "service", ["进厂务工", "劳务输出（有组织）", "外出务工（转移就业）"], ["东西部协作劳务协作岗位", "电子厂普工招聘（包吃住）"],
     ["人", "名"], (1, 3)),
    ("cook_course27", "employment", "service", ["学厨", "烹调培训（中式）", "厨师培训（短期）"], ["中式烹调师职业技能培训", "厨师短训班"],
     _PERSONS27 + [("期", 30.0)], (1, 3)),
    ("electrician27", "employment", "service", ["电工培训（持证）", "电工持证培训（户）"], ["低压电工作业培训（持证）", "电工技能提升班"],
     ["人", "人次"], (1, 2)),
    ("driving27", "employment", "service", ["驾驶培训", "驾照培训（B2）", "学车（驾照）"], ["农村劳动力驾驶技能培训", "B2驾照补贴培训"],
     ["人", "名"], (1, 2)),
    ("ecommerce27", "employment", "service", ["电商培训（农村）", "直播带货（培训）", "网店运营培训"], ["农村电商人才培训", "直播电商实训"],
     ["人", "人次"], (1, 3)),
    ("workshop_job27", "employment", "service", ["扶贫车间就业", "家门口就业", "车间务工（扶贫车间）"], ["扶贫车间吸纳就业岗位", "就业帮扶车间用工"],
     ["人", "个"], (1, 2)),
    # 基础设施: 道路, 饮水, 水利, 亮化, 广场 (goods: the facility itself)
    ("group_road27", "infrastructure", "goods", ["组组通", "通组路（硬化）", "村组路硬化"], ["通组硬化路（4.5米宽）", "组组通硬化路工程"],
     _LENGTH27, (500, 3000)),
    ("yard_path27", "infrastructure", "goods", ["串户路", "入户路", "院坝路"], ["串户路硬化", "入户便道"],
     [("米", 1.0), ("延米", 1.0)], (50, 300)),
    ("water_pipe27", "infrastructure", "goods", ["饮水管网（延伸）", "入户水管（户）", "自来水管网延伸"], ["农村饮水安全巩固提升管网", "PE给水管（DN25）"],
     [("米", 1.0), ("公里", 1000.0)], (200, 2000)),
    ("cistern27", "infrastructure", "goods", ["小水窖", "蓄水池（人饮）", "水窖（集雨）"], ["30立方米蓄水池", "集雨水窖工程"], ["口", "座"], (1, 2)),
    ("street_light27", "infrastructure", "goods", ["亮化工程", "太阳能路灯（村内）", "路灯（村道）"], ["太阳能LED路灯（6米杆）", "村庄亮化路灯"],
     ["盏", "杆"], (2, 20)),
    ("square27", "infrastructure", "goods", ["文化广场", "村民活动广场", "健身广场"], ["村级文化广场硬化", "广场地面铺装"],
     _AREA27, (200, 1000)),
    ("footbridge27", "infrastructure", "goods", ["便民桥（组）", "人行便桥（河道）", "过河桥（户用）"], ["人行便民桥工程", "钢筋混凝土便桥"], ["座"], (1, 1)),
    ("canal27", "infrastructure", "goods", ["沟渠防渗", "灌溉渠（农田）", "水渠（硬化）"], ["农田灌溉渠系配套", "U型渠道衬砌"],
     [("米", 1.0), ("公里", 1000.0)], (200, 2000)),
    # 金融信贷: 小额信贷, 保险, 奖补, 救助 (cash)
    ("microloan27", "finance", "cash", ["小额信贷（户贷户用）", "小贷（5万以内）", "贴息贷款（产业）"], ["脱贫人口小额信贷（5万元以下）", "小贷贴息"],
     _YUAN27, (10000, 50000)),
    ("poverty_insurance27", "finance", "cash", ["保费代缴", "防贫保（保费）", "防返贫保险（户）"], ["防贫保险保费资助", "返贫保险金"],
     ["元"], (100, 600)),
    ("medical_premium27", "finance", "cash", ["城乡居民医保参保费", "医保缴费", "合疗缴费"], ["医保个人缴费资助", "居民医保参保资助资金"],
     ["元"], (300, 1600)),
    ("industry_award27", "finance", "cash", ["以奖代补", "产业奖补资金（户）", "产业补助（到户）"], ["产业到户奖补资金", "特色产业扶持资金"],
     _YUAN27, (2000, 20000)),
    ("temp_relief27", "finance", "cash", ["应急救助款", "临时救助（急难）", "临救资金"], ["临时救助资金", "急难救助备用金"],
     ["元"], (500, 5000)),
    ("condolence27", "finance", "cash", ["慰问金", "过节慰问金", "节日慰问金（困难户）"], ["工会送温暖慰问金", "春节走访慰问资金"],
     ["元"], (200, 1000)),
    # 其他: 文化惠民 appliances, 法律援助, 消防
    ("tv27", "other", "goods", ["电视（户）", "彩电（液晶）", "电视机（老人户）"], ["液晶电视机 43英寸", "智能网络电视（配送到户）"], ["台"], (1, 1)),
    ("radio27", "other", "goods", ["收音机（老人）", "半导体收音机", "收音机（户）"], ["多波段收音机（老年款）", "插卡收音机（老人用）"], ["台", "个"], (1, 1)),
    ("satellite27", "other", "goods", ["卫星电视接收器", "锅盖（户户通）", "户户通（接收设备）"], ["直播卫星户户通接收设备", "卫星地面接收套件"],
     ["套", "台"], (1, 1)),
    ("legal_aid27", "other", "service", ["讨薪援助", "打官司帮助", "法律援助（农民工）"], ["农民工法律援助服务", "12348法律咨询"],
     ["次", "件"], (1, 1)),
    ("extinguisher27", "other", "goods", ["灭火器（户配）", "灭火器（消防安全）"], ["4公斤ABC干粉灭火器", "户用灭火器"], ["具", "个"], (1, 2)),
    ("elder_phone27", "other", "goods", ["老年手机（大字）", "老人机（户）", "手机（老人用）"], ["大字大声老年手机", "亲情号老人机"], ["部", "台"], (1, 1)),
]
# Broader offers named as 帮扶项目 or 物资清单. generate() gives a broader offer's unit size 1 and counts it as kg
# for weighed items: groups covering a weighed item are in 公斤, the others in a unit of size 1 for every
# covered item that counts in it, or in one none of them uses (not comparable, relevance 2).
BLIND27_BROAD = [
    ("winter_pack27", "living", ["冬季御寒物资包", "冬令慰问品"],
     ["quilt27", "cotton_coat27", "e_blanket27", "rubber_shoes27"], ["份"]),
    ("grain_oil27", "living", ["米面油慰问品", "粮油物资包"], ["rice27", "flour27", "oil27"], ["公斤"]),
    ("daily_goods27", "living", ["生活用品物资清单", "日用品慰问物资包（户）"],
     ["thermos27", "net27", "washing_powder27", "rice_cooker27"], ["批"]),
    ("aids27", "medical", ["残疾人辅具适配项目", "辅助器具包"], ["wheelchair27", "crutch27", "hearing_aid27"], ["件"]),
    ("chronic27", "medical", ["慢病管理物资包", "家庭医生签约包"], ["bp_meter27", "glucose_strip27", "bp_drug27"], ["份"]),
    ("health_service27", "medical", ["健康帮扶服务项目", "送医送药下乡"], ["checkup27", "rehab27"], ["人次"]),
    ("study_pack27", "education", ["学生学习用品包", "助学物资清单"],
     ["schoolbag27", "exercise_book27", "dictionary27", "desk_lamp27"], ["份"]),
    ("study_room27", "education", ["书房改造项目", "学习环境补短板项目"], ["desk27", "desk_lamp27", "learning_pad27"], ["套"]),
    ("house_repair27", "housing", ["住房安全补短板项目", "危旧房修缮物资清单"],
     ["roof_tile27", "cement27", "waterproof27", "paint27"], ["批"]),
    ("house_upgrade27", "housing", ["居住条件提升项目", "房屋功能改造项目"], ["window27", "floor_tile27", "stove27"], ["项"]),
    ("move_in27", "relocation", ["搬迁入住物资包", "安置房家具家电清单"],
     ["wardrobe27", "bed27", "gas_stove27", "water_heater27", "dining_set27", "sofa27", "curtain27"], ["套"]),
    ("farm_inputs27", "production", ["春耕农资配送清单", "农资物资包"],
     ["compound_fert27", "urea27", "corn_seed27", "potato_seed27", "mulch27"], ["公斤"]),
    ("livestock27", "production", ["畜禽养殖扶持项目", "养殖到户项目"], ["piglet27", "cow27", "chicks27"], ["批"]),
    ("machinery27", "production", ["农机具补短板项目", "小型农机具"], ["sprayer27", "tiller27"], ["台"]),
    ("produce27", "consumption", ["扶贫产品认定目录产品", "消费帮扶农特产品"],
     ["bacon27", "tea27", "honey27", "walnut27", "sweet_potato27", "kiwi27", "dried_chili27", "konjac27", "shiitake27"],
     ["公斤"]),
    ("mountain_goods27", "consumption", ["山珍干货礼包", "土特产年货"],
     ["bacon27", "shiitake27", "walnut27", "dried_chili27"], ["公斤"]),
    ("skills27", "employment", ["职业技能提升项目", "雨露计划技能培训"],
     ["cook_course27", "electrician27", "driving27", "ecommerce27"], ["人"]),
    ("jobs27", "employment", ["稳岗就业帮扶项目", "就业岗位清单"],
     ["public_post27", "ranger27", "migrant_job27", "workshop_job27"], ["人"]),
    ("water27", "infrastructure", ["农村饮水安全补短板项目", "水利设施补短板项目"], ["water_pipe27", "cistern27", "canal27"], ["项"]),
    ("roads27", "infrastructure", ["村内道路补短板项目", "道路硬化项目"], ["group_road27", "yard_path27"], ["米"]),
    ("relief27", "finance", ["兜底保障专项资金（临救）", "困难群众帮扶慰问资金清单"], ["temp_relief27", "condolence27"], ["元"]),
    ("insurance27", "finance", ["保险帮扶项目", "参保资助资金"], ["poverty_insurance27", "medical_premium27"], ["元"]),
    ("appliances27", "other", ["家电下乡慰问品", "文化惠民设备"], ["tv27", "radio27", "satellite27", "elder_phone27"], ["台"]),
]
TEMPLATES["blind27"] = {
    # Needs as the clerk or the 第一书记 types them from the 台账 (fragments, numbered fields, 该户 / 户主),
    # offers as procurement lines of 定点帮扶单位, 国企, 工会, 东西部协作 and 慈善总会.
    "need_title": ["品名：{name}（{who}）", "{who}需求：{name}", "1. {name}（{who}）", "【台账】{who}—{name}",
                   "申报：{name}｜{who}", "{who}帮扶需求（{name}）", "需求登记：{name}"],
    "need_desc": ["户主{cause}，申报{name}。", "致贫原因：{cause}；需求：{name}；数量：见附表。",
                  "品名：{name}；规格：按户配备；原因：{cause}。", "该户{cause}，经村两委核实，需{name}。",
                  "1. 致贫原因：{cause} 2. 帮扶需求：{name}", "{cause}。该户申请{name}，已公示无异议。",
                  "经入户核查，该户{cause}，急需{name}。"],
    "negated": ["{other}已由民政部门解决", "已纳入低保兜底，不再申报{other}", "{other}已配发到位，户主签字确认",
                "{other}已享受相关政策", "{other}项目已验收", "{other}由帮扶单位另行安排",
                "除{name}外，{other}等其余需求已解决", "{other}：二〇二五年度已发放，本年度不重复申报",
                "{other}一项，户主本人表示不需要", "{other}（老人自述够用，暂不需要）",
                "{other}上年度已由东西部协作资金购置", "{other}经核查已达标，予以销号",
                "核减{other}（重复申报）", "{other}需求已撤回", "{other}孩子本人称学校已统一配发，不要",
                "{other}数量充足，本次不列入"],
    "offer_title": ["{donor}采购：{name}（配送到村）", "品名：{name}；供货单位：{donor}", "{donor}定点帮扶物资：{name}",
                    "批次2026-12｜{name}｜{donor}", "{name}（{donor}捐赠，政府采购目录内）"],
    "offer_title_consumption": ["{donor}消费帮扶采购：{name}", "{donor}以购代捐：{name}（产地直采）", "{name}收购（{donor}）"],
    "offer_title_employment": ["{donor}就业帮扶：{name}", "岗位/培训：{name}（{donor}）", "{name}——{donor}"],
    "offer_title_finance": ["{donor}帮扶资金：{name}", "资金拨付：{name}（{donor}）", "{donor}专项：{name}"],
    "offer_title_infrastructure": ["{donor}补短板项目：{name}", "项目名称：{name}；实施单位：{donor}"],
    "who": ["脱贫户张某某", "监测户李某", "户主王某某", "低保户（一类）杨某", "特困供养人员刘某", "易地搬迁户陈某某",
            "边缘易致贫户赵某", "三类户周某", "残疾人户吴某某"],
    "cause": ["因病致贫", "因残致贫（肢体二级）", "因学致贫", "缺技术", "缺劳力（户主年老体弱）", "缺资金",
              "因灾存在返贫风险", "突发严重困难（监测对象）", "交通条件落后", "自身发展动力不足"],
    "donor": ["县委组织部（定点帮扶单位）", "国网某县供电公司", "县总工会", "东西部协作工作队", "县慈善总会",
              "某央企帮扶工作组", "市财政局驻村工作队", "某银行县支行", "省国资委定点帮扶组", "对口协作城市帮扶办"],
}
# The parts blind27 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND27 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22", "blind23", "blind24", "blind25", "blind26")


# The "blind28" part (written 2026-12-02 for issue 13 by an engineer who opened none of matching/, the
# lexicon, search/data/, docs/matching.md, tests/ or any part's records, read no other part's item list and
# never ran the matcher) in the voice of households resettled by 易地扶贫搬迁 into an 安置点 and of households in
# minority areas (彝区, 藏区, 南疆, 苗岭) who write 普通话 as a second language or through a 双语干部 / 村里的翻译: short simple
# sentences, unusual word order, a measure word or particle missing or doubled, a thing described by its use
# when its name is not known, local and ethnic names next to standard ones. Needs are the new flat's
# furniture, kitchen things, bedding and heating, 牲畜 and grazing, 慢病 medicines and 辅具, 学前 / 双语 education, work
# in the 安置点's 扶贫车间 and 后续扶持; offers come from 对口援疆 / 援藏 / 东西部协作 provinces, the 安置点 社区, enterprises and 公益组织
# in standard catalogue Mandarin, so need and offer name one thing in very different words. 105 items of all
# 11 categories (jobs, courses and home services of kind "service", fees, loans and funds of kind "cash"),
# each under 3 need names and 2 offer names; 23 broader offers under names of their own; 7 need titles, 7 need
# descriptions, 15 negations and past mentions (each a different construction: received before, not needed
# now, someone else already gave it, solved, enough, except-X, a child's or an old person's own refusal,
# brought along when moving ...) and offer titles per category. Units that need converting: mass 斤 / 市斤 / 公斤 /
# kg / 千克; packs and multiples the catalogue fixes (袋 of 2.5 / 25 kg, 吨, 瓶 of 0.5 kg, 箱 of 5 kg, 桶 of 5 升, 盒
# of 50, 套 of 10, 盒 of 36, 箱 of 12 / 20, 件 of 10, 卷 of 100 米, 捆 of 50, 摞 of 10, 对 of 2, 双 = 2 只, 公顷 = 15 亩);
# volume (升 / L), area (平方米 / ㎡ / 平米), 亩 / 公顷, 元 / 块 / 万元; and 15 % of the mass-item offers in 口袋 (a pack of
# unknown weight, not comparable). Every size is exact in binary floating point (no 两 or 毫升). Its item names
# are deliberately left out here. ``check_blind28`` checks it against tune … blind26 only, never the lexicon.
# The lead evaluates it once; never tune on it.
BLIND28_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("公斤", 1.0), ("斤", 0.5)]
_PERSONS28 = [("人", 1.0), ("名", 1.0), ("个人", 1.0)]
_YUAN28 = [("元", 1.0), ("块", 1.0), ("万元", 10000.0)]
_LITRES28 = [("升", 1.0), ("L", 1.0)]
_AREA28 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
_MU28 = [("亩", 1.0), ("公顷", 15.0)]
_KG28 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0)]
BLIND28_CATALOGUE = [
    # 生活物资: a resettled household's daily things, and the highland and 南疆 household's own
    ("kettle28", "living", "goods", ["烧水的那个壶", "电壶子", "插电烧水壶"], ["家用快速电热水壶", "304不锈钢电水壶"],
     ["个", "台"], (1, 2)),
    ("ghee28", "living", "goods", ["酥油（牦牛的）", "牦牛的油", "打茶的油油"], ["纯牦牛奶酥油", "高原手工酥油"], None, (5, 30)),
    ("tsampa28", "living", "goods", ["糌粑面面", "炒面面（藏族吃的）", "揉着吃的青稞面"], ["即食糌粑", "西藏青稞糌粑（袋装）"],
     _KG28 + [("袋", 2.5)], (5, 30)),
    ("churn28", "living", "goods", ["打酥油茶的桶", "酥油茶桶", "打茶的筒筒"], ["木制酥油茶桶", "藏式打茶筒"], ["个"], (1, 1)),
    ("felt28", "living", "goods", ["毡子", "毡毡（羊毛的）", "铺炕的毡"], ["手工羊毛毡垫", "加厚擀毡"], ["张", "块"], (1, 3)),
    ("cape28", "living", "goods", ["查尔瓦", "擦尔瓦", "彝族的披毡"], ["彝族羊毛披风", "手工擀制披毡"], ["件", "条"], (1, 2)),
    ("thick_quilt28", "living", "goods", ["冬天盖的厚被", "铺盖厚的", "被窝子厚的"], ["加厚冬季棉花被", "新疆长绒棉冬被"],
     ["床", "条"], (1, 4)),
    ("flax_oil28", "living", "goods", ["胡麻油油", "胡麻的油", "炒菜清油（胡麻）"], ["冷榨胡麻籽油", "压榨亚麻籽食用油"],
     _LITRES28 + [("桶", 5.0)], (5, 20)),
    ("alu_pot28", "living", "goods", ["钢精锅", "煮肉的大锅", "铝的锅"], ["加厚铝制汤锅", "大号铝合金煮锅"], ["口", "个"], (1, 2)),
    ("slippers28", "living", "goods", ["屋里穿的鞋", "棉拖", "家里的拖鞋子"], ["居家防滑拖鞋", "保暖包跟棉拖鞋"],
     [("双", 1.0), ("只", 0.5)], (2, 6)),
    ("brick_tea28", "living", "goods", ["砖砖茶", "熬奶茶的茶", "茯茶块块"], ["安化茯砖茶", "边销黑砖茶"],
     [("块", 1.0), ("箱", 20.0)], (2, 40)),
    ("naan_pit28", "living", "goods", ["馕坑坑", "打馕的炉子", "烤馕的坑"], ["家用电烤馕炉", "移动式馕坑炉"], ["个", "座"], (1, 1)),
    # 医疗救助: 慢病 medicines and measuring things, 辅具, a home visit
    ("bp_pills28", "medical", "goods", ["血压高吃的药", "降血压的药片", "压压的药"], ["苯磺酸左旋氨氯地平片", "厄贝沙坦氢氯噻嗪片"],
     ["盒"], (1, 6)),
    ("sugar_pills28", "medical", "goods", ["糖尿病的药", "血糖高吃的药", "降糖的药片"], ["二甲双胍缓释片", "格列美脲片"],
     ["盒"], (1, 6)),
    ("glucometer28", "medical", "goods", ["血糖测的那个", "扎手指测糖的机器", "血糖的机子"], ["家用血糖监测仪", "智能血糖仪套装"],
     ["台", "个"], (1, 1)),
    ("strips28", "medical", "goods", ["测糖的纸条", "血糖的试纸", "试纸条条"], ["血糖试纸50条装", "医用血糖检测试条"],
     [("条", 1.0), ("盒", 50.0)], (50, 200)),
    ("walker28", "medical", "goods", ["架子扶着走的", "老人走路扶的", "走路架架"], ["折叠式铝合金助行架", "四脚带轮助步器"],
     ["个", "台"], (1, 1)),
    ("cane28", "medical", "goods", ["拐棍棍", "拐杖子", "撑着走的棍棍"], ["伸缩铝合金手杖", "四脚防滑拐杖"], ["根", "支"], (1, 2)),
    ("hearing28", "medical", "goods", ["听不见耳朵戴的", "听话的耳机子", "耳朵背戴的那个"], ["数字式助听器", "耳内式数字助听器"],
     ["个", "副"], (1, 2)),
    ("presbyopia28", "medical", "goods", ["老光镜子", "看近处的眼镜", "老人看字的镜子"], ["中老年老花眼镜", "树脂老花阅读镜"],
     ["副"], (1, 2)),
    ("knee28", "medical", "goods", ["腿疼戴的护膝", "暖膝盖的", "膝盖套套"], ["羊绒保暖护膝", "自发热磁疗护膝"],
     [("副", 1.0), ("只", 0.5)], (1, 3)),
    ("bp_meter28", "medical", "goods", ["血压量的机机", "绑胳膊量压的", "测血压的机器"], ["臂式电子血压监测仪", "上臂式血压测量仪"],
     ["台", "个"], (1, 1)),
    ("doctor_visit28", "medical", "service", ["医生来家里看", "签约医生来家", "慢病的医生上门"], ["家庭医生签约上门服务",
     "慢性病上门随访"], ["次", "户"], (1, 2)),
    # 教育助学: 学前 and 双语 education, school things
    ("bilingual_books28", "education", "goods", ["双语的书", "汉语和彝语的书", "两种话的图画书"], ["汉彝双语绘本",
     "民汉双语儿童读物"], [("本", 1.0), ("套", 10.0)], (5, 30)),
    ("crayons28", "education", "goods", ["画画的油棒", "彩色的笔笔", "蜡笔笔"], ["24色儿童油画棒", "无毒安全蜡笔"],
     ["盒"], (1, 4)),
    ("schoolbag28", "education", "goods", ["书包包（娃娃的）", "娃娃的书包包", "装书的背包包"], ["轻量护脊儿童书包", "反光条双肩学生书包"],
     ["个"], (1, 3)),
    ("pinyin_cards28", "education", "goods", ["学拼音的卡", "字认的卡片", "拼音的卡卡"], ["幼儿汉语拼音学习卡", "学前看图识字卡"],
     [("张", 1.0), ("盒", 36.0)], (36, 108)),
    ("desk_lamp28", "education", "goods", ["作业写的灯", "看书的小灯", "桌子上的灯"], ["国AA级LED阅读台灯", "学生阅读护眼灯"],
     ["盏", "个"], (1, 2)),
    ("blocks28", "education", "goods", ["搭房子的木块", "积木拼拼的", "积木块块"], ["幼儿园大颗粒积木", "木质益智积木套装"],
     ["盒", "套"], (1, 3)),
    ("reader_pen28", "education", "goods", ["点点读的那个", "学汉语的机子", "会说话的笔"], ["儿童双语点读笔", "智能早教点读机"],
     ["台", "支"], (1, 1)),
    ("dictionary28", "education", "goods", ["字查的书", "汉字字典", "字典本本"], ["小学生新华字典", "彩图版新华字典"],
     ["本"], (1, 3)),
    ("uniform28", "education", "goods", ["学校穿的衣服", "统一的衣服（学校的）", "学校的衣服衣服"], ["中小学生校服套装",
     "冬季加厚校服"], ["套"], (1, 3)),
    ("putonghua28", "education", "service", ["教娃娃说普通话", "学前学汉话", "学说普通话"], ["学前学会普通话志愿辅导",
     "双语支教志愿老师"], _PERSONS28, (1, 3)),
    # 住房安全: heating, a warm and safe room
    ("coal_stove28", "housing", "goods", ["烤火的炉炉", "取暖的炉子", "铁炉子（烧煤的）"], ["燃煤取暖炉", "家用采暖炉具"],
     ["台", "个"], (1, 1)),
    ("coal28", "housing", "goods", ["烧的煤", "煤块块", "炉子烧的炭"], ["优质无烟煤块", "清洁型煤（蜂窝煤）"],
     [("公斤", 1.0), ("斤", 0.5), ("吨", 1000.0)], (500, 2000)),
    ("heater28", "housing", "goods", ["电插上烤火的", "小太阳（烤火的）", "电的烤火炉炉"], ["家用电暖器", "石墨烯电暖气片"],
     ["台", "个"], (1, 1)),
    ("e_blanket28", "housing", "goods", ["褥子插电的", "插电的毯子", "床上插电的热毯"], ["智能调温电热毯", "安全型电热褥"],
     ["条", "床"], (1, 2)),
    ("curtain28", "housing", "goods", ["挡窗户的布", "窗子的帘帘", "窗帘帘"], ["遮光布艺窗帘", "加厚保温窗帘"],
     _AREA28, (6, 20)),
    ("door_lock28", "housing", "goods", ["锁门的", "门上的锁子", "防盗的锁"], ["防盗门锁芯", "C级防盗锁具"], ["把", "个"], (1, 2)),
    ("floor_mat28", "housing", "goods", ["铺地上的皮子", "地上铺的胶胶", "地板的革"], ["商用PVC卷材地板", "加厚耐磨地板胶"],
     _AREA28, (10, 60)),
    ("water_heater28", "housing", "goods", ["洗澡烧水的那个", "烧洗澡水的罐子", "热水罐"], ["速热型储水电热水器",
     "家用电热水器"], ["台"], (1, 1)),
    ("window_film28", "housing", "goods", ["窗户上钉的塑料", "挡风的薄膜", "封窗的膜"], ["冬季保温窗户膜", "加厚防风窗户保温膜"],
     _AREA28, (5, 30)),
    # 易地搬迁: the new flat's furniture, kitchen and bedding
    ("wardrobe28", "relocation", "goods", ["衣服放的柜子", "柜子（衣服的）", "大立柜柜"], ["钢架布艺简易衣柜", "实木两门衣柜"],
     ["个", "组"], (1, 2)),
    ("bed28", "relocation", "goods", ["睡觉的床", "木头床床", "双人的大床"], ["1.5米双人实木床", "铁艺双人床"], ["张"], (1, 2)),
    ("dining_table28", "relocation", "goods", ["桌子吃饭的", "饭桌桌", "圆桌子"], ["折叠实木餐桌", "钢木餐桌椅（一桌四椅）"],
     ["张", "套"], (1, 1)),
    ("stools28", "relocation", "goods", ["板凳凳", "凳子坐的（小）", "坐的小凳子"], ["加厚塑料高凳", "家用塑料靠背椅"],
     [("个", 1.0), ("把", 1.0), ("摞", 10.0)], (2, 10)),
    ("gas_cooker28", "relocation", "goods", ["烧天然气的灶", "灶头（天然气）", "打火的灶"], ["双灶眼天然气灶", "台式天然气灶具"],
     ["台", "个"], (1, 1)),
    ("hood28", "relocation", "goods", ["抽油烟的", "油烟的机器", "吸烟的机器（厨房）"], ["侧吸式抽油烟机", "家用吸油烟机"],
     ["台"], (1, 1)),
    ("fridge28", "relocation", "goods", ["放肉的冷柜", "肉冻的柜柜", "冰箱箱"], ["双开门节能冰箱", "家用卧式冷柜"],
     ["台"], (1, 1)),
    ("tableware28", "relocation", "goods", ["吃饭的碗", "碗碗筷筷", "碗和筷子"], ["陶瓷餐具套装", "不锈钢碗筷套装"],
     ["套", "副"], (1, 3)),
    ("mattress28", "relocation", "goods", ["床上的垫垫", "棕棕的垫子", "铺床的垫子"], ["椰棕硬床垫", "弹簧乳胶床垫"],
     ["张", "床"], (1, 2)),
    ("washer28", "relocation", "goods", ["衣服洗的机器", "甩干的机子", "洗衣的机器"], ["变频波轮洗衣机", "双缸半自动洗衣机"],
     ["台"], (1, 1)),
    ("tibetan_rug28", "relocation", "goods", ["卡垫垫", "藏式的坐垫", "坐的毯子（藏式）"], ["手工藏毯", "羊毛卡垫毯"],
     ["张", "块"], (1, 3)),
    ("pillow28", "relocation", "goods", ["枕头子", "睡觉垫头的", "荞麦皮的枕头"], ["荞麦壳枕芯", "全棉护颈枕头"],
     [("个", 1.0), ("对", 2.0)], (2, 6)),
    # 产业发展: 牲畜 and grazing, seed, seedlings, tools
    ("yak28", "production", "goods", ["牦牛（母的）", "犏牛牛", "牛（高原的）"], ["良种牦牛（基础母牛）", "能繁母牦牛"], ["头"], (1, 5)),
    ("ewe28", "production", "goods", ["下羔的母羊", "生娃的羊", "羊子（母的）"], ["多胎湖羊母羊", "小尾寒羊能繁母羊"], ["只"], (2, 20)),
    ("horse28", "production", "goods", ["骑的马", "驮东西的马", "马匹子"], ["伊犁马良种马", "山地驮运马"], ["匹"], (1, 2)),
    ("camel28", "production", "goods", ["骆驼", "双峰驼", "驼子（骆驼）"], ["阿拉善双峰驼", "良种骆驼"], ["峰"], (1, 3)),
    ("grass_seed28", "production", "goods", ["草籽籽", "种草的种子", "撒草场的籽"], ["披碱草种子", "多年生牧草种子"],
     None, (10, 100)),
    ("lick28", "production", "goods", ["舔砖砖", "羊舔的盐砖", "牛舔的砖砖"], ["牛羊营养舔砖", "矿物质盐砖"],
     [("块", 1.0), ("件", 10.0)], (4, 40)),
    ("fence28", "production", "goods", ["围栏网网", "围草场的网", "铁丝网（刺的）"], ["草原刺丝网围栏", "镀锌刺绳围栏"],
     [("米", 1.0), ("卷", 100.0)], (200, 1000)),
    ("ketmen28", "production", "goods", ["坎土曼", "砍土镘", "挖地的大锄头"], ["新疆坎土曼", "锻打加厚板锄"], ["把"], (1, 3)),
    ("chicks28", "production", "goods", ["鸡娃娃", "小鸡仔仔", "鸡苗苗"], ["林下土鸡脱温鸡苗", "黑羽土鸡苗"], ["只", "羽"], (50, 300)),
    ("pepper_saplings28", "production", "goods", ["花椒苗苗", "种花椒的苗", "麻椒树苗"], ["大红袍花椒苗", "青花椒嫁接苗"],
     [("株", 1.0), ("捆", 50.0)], (100, 500)),
    ("buckwheat_seed28", "production", "goods", ["苦荞种", "荞子种", "种荞的籽"], ["苦荞麦良种", "甜荞麦种子"],
     None, (20, 200)),
    ("vet28", "production", "service", ["兽医来看羊", "给牛羊打针", "防疫的人上门"], ["畜牧兽医上门服务", "动物防疫技术服务"],
     ["次", "户"], (1, 2)),
    ("pasture28", "production", "service", ["种草（草场的）", "人工种草", "草场弄好"], ["退化草地改良", "人工饲草地建植"],
     _MU28, (10, 100)),
    # 消费扶贫: what the 安置点 and the minority areas sell, mostly weighed
    ("walnut28", "consumption", "goods", ["核桃（薄皮的）", "核桃果果", "手捏的核桃"], ["温宿薄壳核桃", "新疆纸皮核桃仁"],
     None, (20, 200)),
    ("jujube28", "consumption", "goods", ["红枣枣", "大枣子", "枣子（和田的）"], ["和田特级骏枣", "若羌红枣（灰枣）"], None, (20, 200)),
    ("barley28", "consumption", "goods", ["青稞的粮", "青稞粮", "稞麦"], ["高原青稞米", "有机青稞"],
     [("公斤", 1.0), ("斤", 0.5), ("袋", 25.0)], (50, 500)),
    ("yak_jerky28", "consumption", "goods", ["肉干（牦牛的）", "风干的牛肉", "干牛肉巴巴"], ["手撕牦牛肉干", "藏区风干牦牛肉"],
     None, (10, 100)),
    ("buckwheat_tea28", "consumption", "goods", ["荞茶苦的", "荞麦茶", "凉山的荞茶"], ["大凉山黑苦荞茶", "全胚苦荞茶"],
     None, (5, 50)),
    ("raisins28", "consumption", "goods", ["葡萄干干", "吐鲁番的葡萄干", "葡萄干绿的"], ["新疆无核白葡萄干", "特级绿香妃葡萄干"],
     [("公斤", 1.0), ("斤", 0.5), ("箱", 5.0)], (10, 100)),
    ("sour_soup28", "consumption", "goods", ["酸汤", "酸汤红的", "苗家的酸汤"], ["凯里红酸汤", "苗家红酸汤底料"],
     [("瓶", 1.0), ("箱", 12.0)], (12, 96)),
    ("honey28", "consumption", "goods", ["山里的蜂糖", "蜂糖糖", "蜜（土蜂的）"], ["百花土蜂蜜", "高山原生态蜂蜜"],
     [("斤", 0.5), ("公斤", 1.0), ("瓶", 0.5)], (5, 30)),
    ("potato28", "consumption", "goods", ["洋芋（高山的）蛋蛋", "高山洋芋", "彝家洋芋"], ["高原冷凉马铃薯", "昭觉马铃薯"],
     None, (500, 3000)),
    ("glutinous28", "consumption", "goods", ["糯米米", "苗家的糯米", "香禾糯"], ["从江香禾糯", "黔东南长粒糯米"], None, (50, 500)),
    ("embroidery28", "consumption", "goods", ["绣片", "苗绣", "绣花的布片"], ["苗绣手工绣片", "蜡染刺绣装饰片"],
     ["片", "块"], (10, 100)),
    ("mutton28", "consumption", "goods", ["羊肉", "羊娃子肉", "羊腿子"], ["巴音布鲁克羊肉", "阿勒泰羊肉"], None, (20, 200)),
    # 就业帮扶: work at the 安置点 (kind "service") and a machine to work with
    ("workshop_job28", "employment", "service", ["在扶贫车间做活", "车间的工作", "家门口上班"], ["安置点扶贫车间用工岗位",
     "社区工厂招工"], _PERSONS28, (1, 3)),
    ("sewing_job28", "employment", "service", ["缝纫机踩的活", "缝衣服的工作", "车衣服"], ["服装加工车间缝纫工",
     "缝纫工岗位招聘"], _PERSONS28, (1, 3)),
    ("cleaner28", "employment", "service", ["卫生打扫的活", "扫大街的", "搞卫生卫生"], ["社区保洁公益性岗位", "小区物业保洁岗位"],
     _PERSONS28, (1, 3)),
    ("driving28", "employment", "service", ["开车学", "驾照考一个", "学车的"], ["机动车驾驶员技能培训", "免费驾照培训班"],
     _PERSONS28, (1, 2)),
    ("cook_course28", "employment", "service", ["炒菜学手艺", "当厨师", "学做饭（饭馆的）"], ["中式烹调师职业技能培训",
     "厨师专项能力培训"], _PERSONS28, (1, 2)),
    ("sewing_machine28", "employment", "goods", ["踩的衣车", "衣服车的机器", "缝纫的机子"], ["多功能家用缝纫机（电动）",
     "电脑工业平车"], ["台"], (1, 2)),
    ("porter28", "employment", "service", ["装卸的活", "搬东西的工作", "下力气的活路"], ["物流园装卸工岗位",
     "快递分拣装卸招聘"], _PERSONS28, (1, 3)),
    # 基础设施: what the 安置点 or the village asks for its paths, square and yard
    ("street_light28", "infrastructure", "goods", ["路照的灯（晚上）", "灯（路边的）", "太阳能灯灯"], ["风光互补太阳能路灯",
     "小区庭院路灯"], ["盏", "杆"], (2, 20)),
    ("fitness28", "infrastructure", "goods", ["锻炼身体的铁架子", "广场上健身的", "健身的器材"], ["户外全民健身路径器材",
     "社区室外健身器械"], ["套"], (1, 2)),
    ("bench28", "infrastructure", "goods", ["坐着歇的长椅", "外面的长凳子", "休息的椅子"], ["户外休闲长椅",
     "防腐木公园座椅"], ["张", "把"], (2, 10)),
    ("charger28", "infrastructure", "goods", ["电动车充电充的地方", "充电的那个柱子", "充电桩子"], ["电动车智能充电桩",
     "社区集中充电站"], ["个", "套"], (1, 4)),
    ("water_tank28", "infrastructure", "goods", ["装水的大罐", "蓄水的罐罐", "存水的桶（大的）"], ["食品级不锈钢蓄水箱",
     "人饮储水罐"], ["个", "座"], (1, 2)),
    ("paving28", "infrastructure", "goods", ["硬化的路", "打地坪", "院子铺水泥"], ["混凝土路面硬化", "入户路硬化工程"],
     _AREA28, (50, 500)),
    ("bus_shelter28", "infrastructure", "goods", ["等车的亭子", "坐车的地方（有顶的）", "车站的棚棚"], ["港湾式候车亭",
     "安置点公交候车亭"], ["座", "个"], (1, 2)),
    # 金融信贷: fees, loans, insurance and money to settle (kind "cash")
    ("preschool_fee28", "finance", "cash", ["幼儿园的钱", "学前的学费", "保教费"], ["学前教育资助金", "幼儿园保教费补助"],
     _YUAN28, (500, 3000)),
    ("hospital_bill28", "finance", "cash", ["住院住的钱", "看病欠的钱", "住医院的费用"], ["大病住院救助金", "因病住院医疗救助款"],
     _YUAN28, (2000, 30000)),
    ("loan28", "finance", "cash", ["借钱养牛", "小额的贷款", "款贷一点"], ["脱贫户小额贴息信贷", "到户贴息贷款"],
     _YUAN28, (10000, 50000)),
    ("settle_money28", "finance", "cash", ["搬家的钱", "安家的钱", "新房子安家费"], ["搬迁安置补助金", "安家补助资金"],
     _YUAN28, (1000, 10000)),
    ("livestock_ins28", "finance", "cash", ["牛羊的保险", "牲畜保险的钱", "养殖的保险"], ["能繁母畜保险补贴",
     "牲畜养殖保险"], _YUAN28, (200, 2000)),
    ("tuition28", "finance", "cash", ["大学上的钱", "大学的学费", "娃娃读大学的钱"], ["雨露计划助学金", "大学新生入学资助"],
     _YUAN28, (3000, 10000)),
    # 其他: festive clothes and silver, a phone, a television, help with papers
    ("festive_dress28", "other", "goods", ["过年穿的民族衣服", "彝族衣裳", "盛装（过节的）"], ["民族服饰盛装",
     "手工刺绣民族服装"], ["套", "件"], (1, 2)),
    ("silver28", "other", "goods", ["银饰", "苗族银帽", "银项圈"], ["苗族银饰套装", "手工錾刻银项圈"], ["套", "件"], (1, 1)),
    ("old_phone28", "other", "goods", ["老人机机", "打电话的（老人用）", "按键的手机"], ["老年大屏智能手机", "大字大声老人手机"],
     ["部", "台"], (1, 1)),
    ("tv28", "other", "goods", ["看电视的那个", "电视机机", "放节目的电视"], ["液晶平板电视机", "43英寸智能电视"], ["台"], (1, 1)),
    ("paperwork28", "other", "service", ["办证帮忙", "帮着办身份证", "翻译帮办事"], ["双语政务代办服务", "社区代办员上门服务"],
     ["次", "户"], (1, 2)),
    ("prayer_flags28", "other", "goods", ["经幡", "风马旗", "挂的彩旗（藏族的）"], ["藏式五色经幡", "风马经幡布"],
     ["条", "串"], (2, 10)),
]
# Broader offers under names of their own (…搬迁安家包, …暖心礼包, …后续扶持项目). generate() gives a broader offer's
# unit size 1 and counts it as kg for weighed items: groups covering a weighed item are offered in 公斤, the
# others in a unit of size 1 for every covered item that counts in it, or in one none of them uses
# (relevance 2).
BLIND28_BROAD = [
    ("warm28", "living", ["高原暖心礼包", "牧民过冬暖心包"], ["felt28", "cape28", "thick_quilt28", "slippers28"], ["份"]),
    ("tibet_food28", "living", ["援藏生活物资包", "藏家口粮物资"], ["ghee28", "tsampa28"], ["公斤"]),
    ("kitchen_living28", "living", ["民族特色厨具", "牧家炊具包"],
     ["kettle28", "alu_pot28", "churn28", "naan_pit28"], ["件"]),
    ("chronic28", "medical", ["慢病关爱药包", "高血压糖尿病用药"], ["bp_pills28", "sugar_pills28", "strips28"], ["份"]),
    ("aids28", "medical", ["康复辅具适配包", "助老辅具礼包"],
     ["walker28", "cane28", "hearing28", "presbyopia28", "knee28"], ["件"]),
    ("monitor28", "medical", ["家庭健康监测包", "慢病自测设备"], ["glucometer28", "bp_meter28"], ["台"]),
    ("preschool28", "education", ["双语学前启蒙包", "学前学普通话礼包"],
     ["bilingual_books28", "crayons28", "pinyin_cards28", "blocks28", "reader_pen28"], ["份"]),
    ("school_start28", "education", ["开学助学礼包", "新学期爱心文具包"],
     ["schoolbag28", "desk_lamp28", "dictionary28", "uniform28"], ["份"]),
    ("winter_heat28", "housing", ["冬季取暖保障包", "清洁取暖设备"], ["coal_stove28", "heater28", "e_blanket28"], ["件"]),
    ("fitout28", "housing", ["安置房装修配套", "新房简装材料"],
     ["curtain28", "door_lock28", "floor_mat28", "window_film28"], ["批"]),
    ("settle_pack28", "relocation", ["易地搬迁安家包", "搬迁户家具礼包"],
     ["wardrobe28", "bed28", "dining_table28", "stools28", "mattress28", "pillow28"], ["件"]),
    ("kitchen28", "relocation", ["新居厨房电器包", "搬迁新居家电"],
     ["gas_cooker28", "hood28", "fridge28", "tableware28", "washer28"], ["套"]),
    ("herd28", "production", ["牧区良种畜后续扶持项目", "草原畜牧良种引进"], ["yak28", "ewe28", "horse28", "camel28"], ["头"]),
    ("grazing28", "production", ["草场建设配套物资", "禁牧轮牧配套"], ["grass_seed28", "lick28", "fence28"], ["公斤"]),
    ("sprouts28", "production", ["特色种养种苗", "庭院经济种苗"], ["chicks28", "pepper_saplings28"], ["批"]),
    ("xinjiang_goods28", "consumption", ["援疆消费帮扶产品", "南疆特色干果"], ["walnut28", "jujube28", "raisins28"],
     ["公斤"]),
    ("plateau_goods28", "consumption", ["高原特色农产品", "雪域高原农牧特产"],
     ["barley28", "yak_jerky28", "honey28", "potato28", "mutton28"], ["公斤"]),
    ("jobs28", "employment", ["安置点就业帮扶项目", "搬迁劳动力稳岗就业"],
     ["workshop_job28", "sewing_job28", "cleaner28", "porter28"], ["人"]),
    ("skills28", "employment", ["技能培训后续扶持项目", "搬迁群众技能提升"], ["driving28", "cook_course28"], ["人"]),
    ("community28", "infrastructure", ["安置点社区配套设施", "社区公共服务设施"],
     ["street_light28", "fitness28", "bench28", "charger28", "bus_shelter28"], ["套"]),
    ("support_funds28", "finance", ["后续扶持资金", "产业后续扶持贷款贴息"], ["loan28", "livestock_ins28"], ["元"]),
    ("edu_funds28", "finance", ["教育资助款项", "双语教育助学金"], ["preschool_fee28", "tuition28"], ["元"]),
    ("festival28", "other", ["民族节日暖心礼包", "彝族年慰问品"], ["festive_dress28", "silver28", "prayer_flags28"], ["份"]),
]
TEMPLATES["blind28"] = {
    # Needs written in 普通话 as a second language or through a 双语干部 / 村里的翻译 (short sentences, odd word
    # order, measure words missing or doubled); offers in standard catalogue Mandarin from 援疆 / 援藏 /
    # 东西部协作 donors, the 安置点 社区, enterprises and 公益组织.
    "need_title": ["{who}要{name}", "{name}，我们家没有", "{who}：{name}要的", "想要{name}，{who}", "{name}需要的（{who}）",
                   "我们家{name}没有的", "{who}家里缺的{name}"],
    "need_desc": ["{cause}。{name}没有，要。", "{cause}，{name}要的，谢谢政府谢谢好心人。", "{cause}。家里{name}的没有，帮一下。",
                  "{cause}，{name}想要（翻译帮写的）。", "{cause}，我们{name}要的要的。", "{cause}。",
                  "{cause}，{name}缺的，能不能帮忙给。"],
    "negated": ["{other}有了，不要", "{other}政府给过了", "{other}够的，够的", "{other}老人说不要", "以前的{other}还能用",
                "{other}搬家的时候带来了", "除了{other}别的都没有", "{other}社区发了一个了", "{other}援疆的干部送来过",
                "{other}娃娃自己说不要的", "{other}的事情已经好了", "{other}亲戚家拿来了，有的",
                "{other}不缺，缺的是{name}", "{other}去年领的，今年不用", "{other}翻译说我们登记领过了"],
    "offer_title": ["{donor}捐赠{name}", "{name}（{donor}援助）", "东西部协作物资：{name}（{donor}）", "{donor}提供{name}",
                    "{donor}向安置点群众发放{name}"],
    "offer_title_relocation": ["{donor}为搬迁户配置{name}", "安置点新居配套：{name}（{donor}）", "{donor}援建：{name}"],
    "offer_title_production": ["{donor}产业帮扶：{name}", "{name}（{donor}后续扶持）", "{donor}援助牧民{name}"],
    "offer_title_consumption": ["{donor}消费帮扶采购{name}", "援疆援藏农产品：{name}（{donor}）", "{donor}以购代帮：{name}"],
    "offer_title_employment": ["{donor}招聘：{name}", "就业帮扶｜{name}（{donor}）", "{donor}稳岗就业：{name}"],
    "offer_title_finance": ["{donor}设立{name}", "{name}（{donor}出资）", "{donor}后续扶持：{name}"],
    "who": ["安置点的阿依", "搬迁户吉克", "卓玛家", "阿不都家", "苗寨的阿娜", "老阿妈次仁", "热依汗", "曲比家",
            "扎西家"],
    "cause": ["我们家从山上搬下来，住安置点", "搬到新房子，东西没有", "家里老人血压高，病多年了", "娃娃上幼儿园，汉话不会说",
              "我们是彝族，汉语说不好，村里翻译帮写", "家里有牛羊，草场远", "男人在外面打工，我一个人带娃娃",
              "老人腿不好，走路难", "冬天很冷的，新房子暖和的没有", "我在扶贫车间想上班", "双语干部来了家里，帮我们写"],
    "donor": ["浙江援疆指挥部", "援藏工作队", "广东东西部协作工作队", "安置点社区居委会", "某服装企业扶贫车间",
              "乡村振兴公益基金会", "上海对口帮扶办", "福建某爱心企业", "团县委青年志愿者", "江苏援建单位"],
}
# The parts blind28 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND28 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22", "blind23", "blind24", "blind25", "blind26")


def check_blind27() -> None:
    """Raise SystemExit if blind27 is not what its comment says (``_check_part_after`` tune … blind26)."""
    _check_part_after("blind27", BLIND27_CATALOGUE, BLIND27_BROAD, _PARTS_BEFORE_BLIND27)


def check_blind28() -> None:
    """Raise SystemExit if blind28 is not what its comment says (``_check_part_after`` tune … blind26)."""
    _check_part_after("blind28", BLIND28_CATALOGUE, BLIND28_BROAD, _PARTS_BEFORE_BLIND28)


# The "blind29" part (written 2026-12-02 for issue 13 by an engineer who opened none of matching/, search/data/,
# docs/matching.md, tests/ or any part's records, and read of this module only its generic code and the blind17
# block as a model) in a voice no earlier part has: sons, daughters and grandchildren working away from home
# (factories in 广东, building sites in 浙江, deliveries and parcels in 上海 and 深圳) who post from their phones
# for parents, grandparents and 留守 children back in the village. Internet speech (「求…」「蹲一个…」「有没有
# 好心人…」「急急急」「拜托了🙏」「[合十]」「家人们」), things named the way online shops and brands name them
# (a brand or shop word used for the thing, 「…同款」「…款」「…装」「…件套」, nicknames of appliances), city words
# mixed with home-village words; negations and past mentions as a child far from home says them (bought online and
# shipped home, a sibling already bought it, a parent refuses it as a waste of money, the village handed it out,
# a parcel already signed for, got it in a shopping festival or by a bargain link, the child says school has one,
# an employer's year-end gift had it, everything but X is short ...); offers written as product listings by
# 电商平台公益, brand companies' CSR, 快递 / 物流 companies, 直播带货 hosts and 网店 owners (型号, 规格, 「爆款」
# 「正品」「包邮」), broader offers as 礼包 / 助农 / 返乡 programmes. 116 items of all 11 categories (jobs,
# courses, home services and broadband of kind "service", fees, funds and loans of kind "cash"), each under 3
# need names and 2 offer names (the item names are deliberately left out of this comment and of the module
# docstring), 30 broader offers under names of their own covering 2-7 items each, 7 need titles, 7 need
# descriptions, 17 negations and past mentions, offer titles for 7 voices. Units that need converting: mass in
# 斤 / 市斤 (0.5 kg) and 公斤 / kg / KG / Kg / 千克; weighed items in packs the catalogue fixes (袋 = 10 kg,
# 袋 = 20 kg, 袋 = 50 kg, 包 = 40 kg, 卷 = 5 kg, 桶 = 5 kg, 瓶 = 0.5 kg, 件 = 5 kg, each for one item); count
# multiples (箱 = 24 / 12 / 4 / 30, 提 = 12, 包 = 5 / 10, 盒 = 50 / 10 / 9 / 12, 组 = 3, 套 = 4, 卷 = 500 米);
# volume 升 / L and 桶 = 5 升; area 平方米 / ㎡ / 平米; money 元 / 块 / 万元; and 15 % of the mass-item offers in
# 箱 of unknown weight (not comparable). Every size is exact in binary floating point (no 两 or 毫升).
# ``check_blind29`` checks it against the catalogues, groups and negation templates of tune … blind28 only,
# never the lexicon. Never tune on it.
BLIND29_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("KG", 1.0), ("Kg", 1.0)]
_KG29 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0)]
_YUAN29 = [("元", 1.0), ("块", 1.0), ("万元", 10000.0)]
_PERSONS29 = [("人", 1.0), ("名", 1.0), ("位", 1.0)]
_LITRES29 = [("升", 1.0), ("L", 1.0)]
_AREA29 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
BLIND29_CATALOGUE = [
    # 生活物资: what a child orders online for the old people and the children at home
    ("heater29", "living", "goods", ["小太阳取暖神器", "鸟笼小太阳", "烤火小太阳老人款"],
     ["远红外小太阳取暖器速热款", "家用鸟笼式小太阳电暖器"], ["台", "个"], (1, 2)),
    ("elec_blanket29", "living", "goods", ["电热毯双人款", "双控电热毯", "电热毯老人款"],
     ["双人双控安全电热毯", "加厚款除螨电热毯"], ["床", "条"], (1, 2)),
    ("down_coat29", "living", "goods", ["羽绒服老人款", "波司登同款羽绒服", "厚羽绒服"],
     ["中老年加厚羽绒服爆款", "品牌羽绒服正品清仓"], ["件"], (1, 3)),
    ("thermal29", "living", "goods", ["德绒打底衣", "发热内衣", "德绒保暖衣老人款"],
     ["德绒自发热保暖内衣套装", "中老年加绒保暖内衣两件套"], ["套"], (1, 4)),
    ("cotton_shoes29", "living", "goods", ["老北京棉鞋", "加绒棉鞋老人款", "老北京棉靴同款"],
     ["老北京布鞋加绒款包邮", "中老年防滑保暖棉鞋"], ["双"], (1, 3)),
    ("rice29", "living", "goods", ["长粒香", "稻花香新米", "东北长粒香大米"], ["五常稻花香大米", "东北珍珠米新米"],
     _KG29 + [("袋", 10.0)], (10, 50)),
    ("oil29", "living", "goods", ["金龙鱼同款调和油", "大桶食用油", "炒菜油一大桶"], ["食用植物调和油5L装正品", "一级压榨花生油家庭装"],
     _LITRES29 + [("桶", 5.0)], (5, 20)),
    ("kids_milk29", "living", "goods", ["旺仔牛奶", "旺旺牛奶", "红罐牛奶"], ["儿童调制乳整箱装", "旺仔复原乳礼盒装"],
     [("罐", 1.0), ("箱", 24.0)], (12, 72)),
    ("pure_milk29", "living", "goods", ["特仑苏", "蒙牛纯奶", "盒装纯奶"], ["全脂纯牛奶250ml整提", "高钙纯牛奶家庭装"],
     [("盒", 1.0), ("提", 12.0)], (12, 48)),
    ("laundry29", "living", "goods", ["蓝月亮洗衣液", "机洗的洗衣液", "洗衣液家庭装"], ["深层洁净洗衣液大瓶装", "薰衣草留香洗衣液"],
     [("瓶", 1.0), ("箱", 4.0)], (1, 8)),
    ("soap29", "living", "goods", ["舒肤佳", "香皂", "洗澡的香皂"], ["除菌香皂三块装", "植物精油香皂"],
     [("块", 1.0), ("组", 3.0)], (3, 12)),
    ("heat_patch29", "living", "goods", ["贴身的暖宝宝", "暖宝宝贴片", "暖身贴老人款"], ["自发热暖贴10片装", "艾草暖身贴"],
     [("片", 1.0), ("包", 10.0)], (10, 60)),
    ("kettle29", "living", "goods", ["美的烧水壶", "插电烧水的壶", "电热水壶大容量"], ["304不锈钢电热水壶", "自动断电烧水壶家用款"],
     ["个", "台"], (1, 1)),
    ("bedding29", "living", "goods", ["四件套", "被套床单四件套", "冬季四件套加厚款"], ["纯棉加厚四件套1.8m床", "磨毛床品四件套爆款"],
     ["套"], (1, 2)),
    ("quilt29", "living", "goods", ["冬被加厚款", "盖着暖和的厚棉被", "加厚被芯"], ["新疆棉花被加厚款", "冬季加厚保暖被芯"],
     ["床", "条"], (1, 3)),
    ("noodles29", "living", "goods", ["红烧牛肉面", "康师傅红烧牛肉面", "袋装泡面"], ["经典红烧牛肉袋面五连包", "方便面整箱24袋"],
     [("袋", 1.0), ("包", 5.0), ("箱", 24.0)], (24, 72)),
    ("chili_sauce29", "living", "goods", ["老干妈", "下饭酱", "老干妈辣酱"], ["风味豆豉油制辣椒", "香辣下饭酱瓶装"],
     [("瓶", 1.0), ("箱", 12.0)], (2, 12)),
    ("night_light29", "living", "goods", ["感应小夜灯", "起夜灯", "床头小夜灯"], ["人体感应LED小夜灯充电款", "老人起夜感应灯"],
     ["个", "盏"], (1, 3)),
    ("thermos29", "living", "goods", ["大容量保温壶", "热水瓶老式", "保温暖壶家用款"], ["家用不锈钢保温壶3.2L", "学生宿舍暖水瓶大容量"],
     ["个", "只"], (1, 2)),
    # 医疗救助: what a child far away orders for a parent's chronic illness, and two services in town
    ("bp_meter29", "medical", "goods", ["电子血压计老人款", "欧姆龙同款血压计", "量血压的仪器语音款"],
     ["家用电子血压计老人款语音播报", "上臂式全自动血压仪"], ["台", "个"], (1, 1)),
    ("glucose_meter29", "medical", "goods", ["三诺血糖仪", "测血糖的机子", "家用血糖仪老人款"], ["家用免调码血糖仪", "血糖测试仪送试纸"],
     ["台", "个"], (1, 1)),
    ("strips29", "medical", "goods", ["血糖试纸条", "三诺试纸", "测血糖用的试纸"], ["血糖试纸50条盒装", "免调码血糖试条"],
     [("条", 1.0), ("盒", 50.0)], (50, 200)),
    ("huoxiang29", "medical", "goods", ["正气水", "藿香正气口服液老人款", "解暑的藿香水"], ["藿香正气口服液10支装", "太极藿香正气液"],
     [("支", 1.0), ("盒", 10.0)], (10, 40)),
    ("cold_remedy29", "medical", "goods", ["999感冒灵", "三九感冒灵颗粒", "感冒灵冲剂"], ["感冒灵颗粒9袋装", "三九感冒灵家庭常备"],
     [("袋", 1.0), ("盒", 9.0)], (9, 36)),
    ("heart_pills29", "medical", "goods", ["心脏不舒服吃的小药丸", "速效救心", "救心小药丸"], ["速效救心丸正品", "救心丸老人随身款"],
     ["瓶", "盒"], (1, 4)),
    ("baiyao29", "medical", "goods", ["白药喷雾", "云南白药气雾剂", "云南白药喷雾老人款"], ["白药气雾剂跌打喷雾", "云南白药喷剂正品"],
     ["瓶", "盒"], (1, 3)),
    ("wheelchair29", "medical", "goods", ["轮椅老人款", "折叠轮椅轻便款", "推老人的轮椅"], ["轻便折叠轮椅可上飞机", "老人手推代步轮椅"],
     ["台", "辆"], (1, 1)),
    ("diaper29", "medical", "goods", ["尿不湿老人用", "纸尿裤成人款", "拉拉裤老人款"], ["成人纸尿裤L码10片装", "老人护理拉拉裤加大吸收"],
     [("片", 1.0), ("包", 10.0)], (20, 100)),
    ("hearing_aid29", "medical", "goods", ["耳背戴的机子", "助听器老人款", "耳朵背戴的助听器"], ["数字降噪助听器充电款", "耳内式隐形助听器"],
     ["个", "台"], (1, 2)),
    ("escort29", "medical", "service", ["陪诊", "陪诊师", "陪老人去医院看病"], ["县医院志愿陪诊服务", "陪诊师公益陪诊"],
     [("次", 1.0), ("人次", 1.0)], (1, 3)),
    ("checkup29", "medical", "service", ["老人体检", "体检套餐老人款", "带爸妈做体检"], ["中老年体检套餐公益名额", "爱心免费体检"],
     _PERSONS29, (1, 2)),
    # 教育助学: the study gadgets and school things a parent in the city buys for a 留守 child
    ("study_tablet29", "education", "goods", ["学习机同款平板", "网课平板学生款", "步步高家教机"], ["AI学习平板同步教材学生款", "小初高家教机"],
     ["台", "个"], (1, 1)),
    ("reading_pen29", "education", "goods", ["英语点读笔", "点读笔幼儿款", "小达人同款点读笔"], ["小达人点读笔32G", "幼儿英语点读笔套装"],
     ["支", "个"], (1, 1)),
    ("dict_pen29", "education", "goods", ["有道词典笔", "英语扫读笔", "查单词的笔"], ["有道同款词典笔", "英语扫读词典笔"], ["支", "个"], (1, 1)),
    ("desk_lamp29", "education", "goods", ["写作业的台灯", "护眼灯学生款", "国AA护眼灯"], ["国AA级护眼台灯学生款", "充电护眼台灯爆款"],
     ["台", "盏", "个"], (1, 2)),
    ("schoolbag29", "education", "goods", ["减负书包", "小学生书包男款", "护脊书包女款"], ["儿童护脊减负书包正品", "大容量学生双肩书包"],
     ["个"], (1, 2)),
    ("gel_pens29", "education", "goods", ["黑笔", "刷题笔", "考试黑笔"], ["得力考试中性笔12支装", "晨光速干中性笔整盒"],
     [("支", 1.0), ("盒", 12.0)], (12, 48)),
    ("workbook29", "education", "goods", ["五三", "五年高考三年模拟", "53天天练"], ["曲一线53同步练习", "小学同步教辅练习册"],
     [("本", 1.0), ("套", 4.0)], (2, 12)),
    ("tutoring29", "education", "service", ["网课辅导", "线上辅导", "远程辅导作业"], ["大学生志愿者线上一对一辅导", "公益网课辅导"],
     [("人", 1.0), ("名", 1.0)], (1, 2)),
    ("headset29", "education", "goods", ["上网课的耳机", "耳麦", "带麦耳机"], ["学生网课耳机带麦", "头戴式降噪耳麦"],
     ["副", "个"], (1, 2)),
    ("calculator29", "education", "goods", ["卡西欧计算器", "考试用的计算器", "函数计算器学生款"], ["卡西欧同款函数计算器", "学生考试计算器"],
     ["个", "台"], (1, 1)),
    ("printer29", "education", "goods", ["家用打印机", "打印作业的机子", "手机连的打印机"], ["家用彩色喷墨打印机连手机", "学生作业打印机"],
     ["台"], (1, 1)),
    # 住房安全: doing up the old house at home, as a building-site worker names the materials
    ("water_heater29", "housing", "goods", ["洗澡用的热水器", "电热水器60升", "热水器速热款"],
     ["海尔同款储水式电热水器60L", "速热款家用电热水器"], ["台"], (1, 1)),
    ("sealer29", "housing", "goods", ["防水补漏胶", "屋顶补漏的胶", "堵漏王同款"], ["快干堵漏王防水材料", "屋面防水补漏涂料"],
     _KG29 + [("桶", 5.0)], (5, 40)),
    ("floor_tile29", "housing", "goods", ["客厅地砖", "铺地的瓷砖", "大理石地砖800的"], ["通体大理石瓷砖800x800", "防滑耐磨地砖"],
     _AREA29, (20, 80)),
    ("putty29", "housing", "goods", ["刮墙的腻子", "耐水腻子", "刮大白的粉"], ["耐水腻子粉20kg袋装", "内墙腻子粉"],
     _KG29 + [("袋", 20.0)], (40, 200)),
    ("paint29", "housing", "goods", ["立邦同款墙漆", "刷墙的乳胶漆", "白色墙面漆"], ["立邦同款内墙乳胶漆5L", "净味墙面漆"],
     _LITRES29 + [("桶", 5.0)], (10, 40)),
    ("window29", "housing", "goods", ["断桥铝窗子", "铝合金推拉窗户", "封阳台的窗"], ["断桥铝合金门窗定制", "隔音铝合金推拉窗"],
     _AREA29, (3, 12)),
    ("door_lock29", "housing", "goods", ["指纹锁", "密码锁", "大门的锁"], ["智能指纹锁家用防盗门", "电子密码锁C级锁芯"],
     ["把", "个"], (1, 1)),
    ("roof_sheet29", "housing", "goods", ["彩钢瓦加厚款", "盖屋顶的铁皮瓦", "蓝色彩钢瓦"], ["加厚彩钢瓦0.5mm", "屋面彩钢板工厂直发"],
     _AREA29, (20, 100)),
    ("bath_heater29", "housing", "goods", ["洗澡取暖的浴霸", "浴霸灯暖款", "卫生间浴霸"], ["风暖浴霸集成吊顶款", "卫生间暖风机"],
     ["台", "个"], (1, 1)),
    # 易地搬迁: the appliances and furnishings of a new flat in the 安置点, named as the shops name them
    ("rice_cooker29", "relocation", "goods", ["电饭煲预约款", "美的同款电饭煲", "煮米饭的电锅"], ["4L智能电饭煲预约款", "家用多功能电饭锅"],
     ["台", "个"], (1, 1)),
    ("induction29", "relocation", "goods", ["炒菜的电磁炉", "电磁炉送锅", "九阳同款电磁炉"], ["家用大功率电磁炉送锅", "触控电磁灶"],
     ["台"], (1, 1)),
    ("wardrobe29", "relocation", "goods", ["布艺衣柜", "出租屋衣柜", "简易衣橱"], ["钢管加固布艺衣柜", "出租屋简易衣橱"],
     ["个", "组"], (1, 2)),
    ("curtain29", "relocation", "goods", ["挂的窗帘", "免打孔窗帘", "全遮光窗帘布"], ["全遮光窗帘成品免打孔", "加厚遮光布窗帘杆套装"],
     ["幅", "套"], (1, 4)),
    ("tv29", "relocation", "goods", ["大屏电视", "智能电视机55寸", "小米同款电视"], ["43寸智能液晶电视", "小米同款全面屏电视"], ["台"], (1, 1)),
    ("washer29", "relocation", "goods", ["小天鹅同款洗衣机", "波轮洗衣机大容量", "自动洗衣机老人款"], ["8公斤全自动波轮洗衣机", "小天鹅同款滚筒洗衣机"],
     ["台"], (1, 1)),
    ("fridge29", "relocation", "goods", ["冰箱小型", "小冰箱双门款", "海尔同款冰箱"], ["小型双门冰箱一级能效", "家用节能冰箱"], ["台"], (1, 1)),
    ("dish_rack29", "relocation", "goods", ["碗柜落地款", "厨房收纳架", "沥水碗架"], ["不锈钢厨房置物架多层", "带门碗柜落地款"],
     ["个", "组"], (1, 2)),
    ("tableware29", "relocation", "goods", ["碗筷套装", "餐具套装", "陶瓷碗盘"], ["景德镇同款陶瓷餐具28头", "家用碗碟套装"],
     ["套"], (1, 2)),
    ("mattress29", "relocation", "goods", ["床垫硬款", "棕床垫子", "椰棕垫子"], ["硬质椰棕床垫1.5m", "折叠海绵床垫"], ["张", "床"], (1, 2)),
    # 产业发展: what the parents at home raise and plant, in the names of the 农资 shops
    ("chicks29", "production", "goods", ["鸡苗三黄", "土鸡崽子", "刚出壳的小鸡"], ["三黄鸡苗已打疫苗", "本地土鸡苗包成活"],
     ["只", "羽"], (50, 300)),
    ("ducklings29", "production", "goods", ["小鸭崽", "鸭苗樱桃谷", "刚孵的鸭仔"], ["樱桃谷鸭苗现孵", "本地麻鸭苗包邮"], ["只", "羽"], (50, 300)),
    ("piglets29", "production", "goods", ["三元猪苗", "养的小猪苗", "断奶小猪苗"], ["三元仔猪已阉割", "杜洛克仔猪"], ["头", "只"], (2, 10)),
    ("fertilizer29", "production", "goods", ["史丹利同款复合肥", "撒地的复合肥", "种地的化肥"], ["硫酸钾复合肥50kg袋装", "高塔复合肥正品"],
     _KG29 + [("袋", 50.0)], (100, 500)),
    ("maize_seed29", "production", "goods", ["先玉335种子", "种苞谷的种", "玉米种子高产款"], ["先玉335玉米种子原装正品", "高产杂交玉米种"],
     None, (5, 30)),
    ("drip_tape29", "production", "goods", ["浇地的水管", "滴灌带加厚款", "滴管带"], ["农用滴灌带500米卷", "贴片式滴灌带加厚"],
     [("米", 1.0), ("卷", 500.0)], (200, 1000)),
    ("sprayer29", "production", "goods", ["电动打药桶", "喷雾器电动款", "打农药的电喷壶"], ["锂电池电动喷雾器16L", "农用背负式打药机"],
     ["台", "个"], (1, 2)),
    ("tiller29", "production", "goods", ["微耕机柴油款", "翻地的小机器", "旋耕机小型款"], ["柴油微耕机多功能", "小型旋耕松土机"], ["台"], (1, 1)),
    ("mulch29", "production", "goods", ["黑色地膜", "地膜加厚款", "盖菜地的膜"], ["加厚黑色地膜5kg卷", "农用白地膜"],
     _KG29 + [("卷", 5.0)], (10, 50)),
    ("pig_feed29", "production", "goods", ["正大同款猪料", "喂猪的饲料粮", "猪浓缩料"], ["正大同款育肥猪浓缩料", "猪全价配合饲料"],
     _KG29 + [("包", 40.0)], (100, 500)),
    ("beehive29", "production", "goods", ["蜂箱杉木款", "养中蜂的箱子", "蜜蜂箱子"], ["杉木中蜂蜂箱标准款", "养蜂专用蜂箱"], ["个", "套"], (2, 10)),
    # 消费扶贫: what the parents grow and the child tries to sell online for them, mostly weighed
    ("eggs29", "consumption", "goods", ["家里鸡下的蛋", "谷物蛋", "散养鸡蛋农家款"], ["散养土鸡蛋30枚装包邮", "林下散养柴鸡蛋"],
     [("个", 1.0), ("枚", 1.0), ("箱", 30.0)], (100, 600)),
    ("bacon29", "consumption", "goods", ["老家腊肉", "柴火熏腊肉", "自家熏的腊肉"], ["湘西柴火腊肉五花", "农家烟熏腊肉年货"], None, (20, 200)),
    ("honey29", "consumption", "goods", ["土蜂蜜农家款", "自家养的蜂蜜", "野生百花蜂蜜"], ["农家土蜂蜜500g瓶装", "野生百花蜜正品"],
     _KG29 + [("瓶", 0.5)], (5, 50)),
    ("walnut29", "consumption", "goods", ["核桃新货", "自家树上的核桃", "薄壳核桃新货"], ["新疆纸皮核桃新货", "云南薄壳核桃包邮"], None, (20, 200)),
    ("orange29", "consumption", "goods", ["赣南脐橙现摘", "自家果园的橙子", "果冻橙"], ["赣南脐橙10斤装", "果冻橙产地直发"],
     _KG29 + [("件", 5.0)], (50, 500)),
    ("kiwi29", "consumption", "goods", ["猕猴桃大果", "红心奇异果", "自家种的猕猴桃"], ["红心猕猴桃大果一件代发", "蒲江猕猴桃产地直发"],
     None, (50, 500)),
    ("tea29", "consumption", "goods", ["炒青茶叶", "自家炒的茶叶", "明前绿茶新茶"], ["明前高山绿茶罐装", "手工炒青农家茶"], None, (2, 20)),
    ("potato29", "consumption", "goods", ["高山土豆", "洋芋坨", "自家挖的土豆"], ["黄心土豆新鲜现挖", "高原洋芋产地直供"],
     None, (200, 2000)),
    ("rapeseed_oil29", "consumption", "goods", ["菜籽油土榨", "自家榨的菜油", "小榨菜籽油"], ["古法压榨菜籽油非转基因", "农家小榨菜油"],
     None, (10, 100)),
    ("bamboo_shoot29", "consumption", "goods", ["笋干农家款", "山里晒的笋干", "手剥笋干"], ["农家手工笋干", "高山笋干特产"], None, (10, 100)),
    ("sweet_potato29", "consumption", "goods", ["烟薯25", "红心红薯", "糖心红薯"], ["烟薯25号糖心蜜薯", "沙地红薯农家现挖"],
     None, (100, 1000)),
    # 就业帮扶: city jobs and courses for relatives who want to come out too (kind "service"), and the goods of a rider
    ("rider29", "employment", "service", ["外卖骑手的工作", "骑手岗位", "跑外卖的工作"], ["外卖众包骑手招募", "外卖配送员日结"],
     _PERSONS29, (1, 2)),
    ("sorter29", "employment", "service", ["分拣工", "快递站的工作", "快递分拣员的岗位"], ["快递中转场分拣工包吃住", "快递派件员招聘"],
     _PERSONS29, (1, 3)),
    ("factory29", "employment", "service", ["进厂的工作", "电子厂的活", "流水线普工"], ["电子厂普工长白班", "工厂流水线操作工返费"],
     _PERSONS29, (1, 3)),
    ("livestream29", "employment", "service", ["直播带货的培训", "学带货", "当主播的培训"], ["助农直播带货免费培训", "电商主播孵化班"],
     _PERSONS29, (1, 2)),
    ("driving29", "employment", "service", ["考个B证", "考C1驾照", "学车拿证"], ["返乡青年驾照培训补贴名额", "驾校学车公益名额"],
     _PERSONS29, (1, 2)),
    ("housekeeping29", "employment", "service", ["保洁阿姨的活", "家政保洁", "去城里干家政"], ["家政服务员免费培训", "保洁员岗位包住"],
     _PERSONS29, (1, 2)),
    ("ebike29", "employment", "goods", ["送外卖的电动车", "雅迪同款电动车", "电瓶车长续航款"], ["新国标电动自行车长续航", "外卖专用电动车48V"],
     ["辆", "台"], (1, 1)),
    ("helmet29", "employment", "goods", ["骑车的头盔", "头盔3C款", "骑手头盔"], ["3C认证电动车头盔四季通用", "骑行安全半盔"],
     ["个", "顶"], (1, 2)),
    ("sewing29", "employment", "goods", ["家用缝纫机", "电动衣车", "缝纫机家用款"], ["多功能家用缝纫机锁边款", "电动平车家用"], ["台"], (1, 1)),
    # 基础设施: what the village asks for, as the children in the group chat call it
    ("street_light29", "infrastructure", "goods", ["村口的路灯", "路灯太阳能款", "夜里照路的太阳能灯"], ["LED太阳能路灯6米杆", "太阳能庭院灯一体款"],
     ["盏", "套"], (2, 10)),
    ("broadband29", "infrastructure", "service", ["装宽带", "拉光纤", "村里通WiFi"], ["千兆光纤入户公益安装", "乡村宽带免费开通"],
     ["户", "次"], (1, 1)),
    ("water_tower29", "infrastructure", "goods", ["储水桶", "楼顶水箱", "不锈钢水塔加厚款"], ["304不锈钢水塔加厚", "PE加厚储水罐"],
     ["个", "台"], (1, 2)),
    ("cctv29", "infrastructure", "goods", ["村口监控", "公共监控", "天网监控"], ["太阳能4G监控免布线", "雪亮工程监控头"],
     ["个", "台", "套"], (1, 4)),
    ("road29", "infrastructure", "goods", ["水泥路面", "村里的硬化路", "入户水泥路"], ["入户路硬化C25混凝土", "村道水泥硬化工程"],
     _AREA29, (50, 300)),
    ("charger29", "infrastructure", "goods", ["集中充电桩", "村里充电的桩子", "电瓶车充电桩"], ["智能电动车充电桩10路", "扫码充电站"],
     ["个", "台"], (1, 3)),
    ("hoop29", "infrastructure", "goods", ["篮球架户外款", "投篮的篮架", "篮板篮筐"], ["户外成人标准篮球架地埋式", "可移动篮球架加厚款"],
     ["副", "套"], (1, 2)),
    ("bins29", "infrastructure", "goods", ["分类垃圾箱大号", "户外大垃圾桶", "环卫垃圾桶"], ["240L户外环卫垃圾桶", "挂车分类垃圾桶"],
     ["个", "只"], (4, 20)),
    # 金融信贷: fees, a hospital deposit, the fare home and money to start a small online shop (kind "cash")
    ("tuition29", "finance", "cash", ["读大学的学费", "学费的钱还差", "开学交的学费"], ["寒门学子学费资助", "新生学费补助款"],
     _YUAN29, (3000, 10000)),
    ("allowance29", "finance", "cash", ["上学的生活费", "每月生活费", "娃的生活费"], ["留守儿童生活补贴", "爱心生活费资助"],
     _YUAN29, (500, 3000)),
    ("deposit29", "finance", "cash", ["交押金的钱", "住院押金缺口", "住院要交的押金"], ["大病住院费救助", "住院押金援助金"],
     _YUAN29, (5000, 30000)),
    ("insurance29", "finance", "cash", ["交医保的费用", "今年医保的缴费", "居民医保费"], ["居民医保缴费资助", "爱心代缴医保"], _YUAN29, (380, 2000)),
    ("fare_home29", "finance", "cash", ["回家的车票钱", "春运车票", "返乡路费"], ["春节返乡车票补贴", "爱心返乡路费"],
     _YUAN29, (200, 1500)),
    ("shop_fund29", "finance", "cash", ["开网店的本钱", "电商创业资金", "开小店的钱"], ["返乡创业启动金", "青年电商创业扶持金"],
     _YUAN29, (5000, 30000)),
    ("micro_loan29", "finance", "cash", ["贴息贷", "创业贴息贷款", "免息的贷款"], ["免息助农贷款", "小额信贷贴息名额"],
     _YUAN29, (10000, 50000)),
    # 其他: keeping in touch with the old people and pleasing the children from afar
    ("senior_phone29", "other", "goods", ["大字大声的手机", "老人机4G款", "老年机大按键"], ["4G全网通老人手机大按键", "老年智能手机长待机"],
     ["台", "部"], (1, 1)),
    ("kid_watch29", "other", "goods", ["定位手表", "小孩戴的电话表", "4G儿童电话表"], ["儿童4G视频定位手表", "学生防水电话手表"],
     ["块", "个"], (1, 1)),
    ("speaker29", "other", "goods", ["小爱同学", "天猫精灵", "智能音箱老人款"], ["AI智能语音音箱老人陪伴款", "带屏智能音箱"],
     ["台", "个"], (1, 1)),
    ("home_cam29", "other", "goods", ["家用摄像头", "看家的摄像头", "萤石监控"], ["360全景家用摄像头双向通话", "手机远程看家监控"],
     ["个", "台"], (1, 2)),
    ("sim29", "other", "goods", ["大流量卡", "流量卡学生款", "不限量流量卡"], ["大流量学生卡免费领", "公益流量卡月租0元"], ["张"], (1, 3)),
    ("blocks29", "other", "goods", ["乐高同款积木", "拼积木", "积木玩具大盒"], ["益智拼插积木1000颗粒", "兼容乐高积木大礼盒"], ["盒", "套"], (1, 2)),
    ("visit29", "other", "service", ["上门看望老人", "探访独居老人", "定期去看看老人"], ["社工定期上门探访", "社工上门关爱服务"],
     ["次", "户"], (1, 4)),
    ("reading_glasses29", "other", "goods", ["老花眼镜高清款", "看手机用的老花镜", "老花镜防蓝光"], ["高清防蓝光老花镜", "折叠便携老花镜"],
     ["副"], (1, 2)),
    ("kids_bike29", "other", "goods", ["小孩的单车", "带辅助轮的单车", "儿童单车16寸"], ["16寸儿童自行车带辅助轮", "学生山地自行车"],
     ["辆"], (1, 1)),
]
# Broader offers as platforms, brands and hosts name their packages (礼包, 助农, 返乡 programmes). generate() gives a
# broader offer's unit size 1 and counts it as kg for weighed items: groups covering a weighed item are offered in
# 公斤, the others in a unit of size 1 for every covered item that counts in it, or in one none of them uses.
BLIND29_BROAD = [
    ("warm_winter29", "living", ["暖冬礼包", "过冬保暖大礼包"],
     ["heater29", "elec_blanket29", "down_coat29", "thermal29", "cotton_shoes29", "heat_patch29", "quilt29"], ["份"]),
    ("grain_oil29", "living", ["粮油福利", "米面粮油礼包"], ["rice29", "oil29", "noodles29", "chili_sauce29"], ["公斤"]),
    ("milk_gift29", "living", ["儿童营养奶", "牛奶饮品"], ["kids_milk29", "pure_milk29"], ["份"]),
    ("home_care29", "living", ["日化家清礼包", "个护家清"], ["laundry29", "soap29"], ["份"]),
    ("bed_set29", "living", ["暖心床品礼包", "被褥床品"], ["bedding29", "quilt29"], ["套"]),
    ("elder_devices29", "medical", ["慢病监测好物", "老人健康监测设备"], ["bp_meter29", "glucose_meter29", "strips29"], ["件"]),
    ("medicine_kit29", "medical", ["孝心小药箱", "常备药公益包"],
     ["huoxiang29", "cold_remedy29", "heart_pills29", "baiyao29"], ["份"]),
    ("nursing29", "medical", ["卧床老人护理礼包", "居家护理用品"], ["wheelchair29", "diaper29", "hearing_aid29"], ["件"]),
    ("study_gadgets29", "education", ["智能学习设备", "数码学习好物"],
     ["study_tablet29", "reading_pen29", "dict_pen29", "headset29", "calculator29", "printer29"], ["件"]),
    ("back_to_school29", "education", ["开学季好物礼包", "返校季文具礼包"],
     ["schoolbag29", "gel_pens29", "workbook29", "desk_lamp29"], ["份"]),
    ("renovation29", "housing", ["旧房翻新建材", "房屋修缮包"],
     ["sealer29", "floor_tile29", "putty29", "paint29", "roof_sheet29"], ["批"]),
    ("bathroom29", "housing", ["卫浴改造", "洗澡间改造套餐"], ["water_heater29", "bath_heater29"], ["套"]),
    ("appliances29", "relocation", ["乔迁家电套餐", "搬新家家电礼包"],
     ["rice_cooker29", "induction29", "tv29", "washer29", "fridge29"], ["台"]),
    ("furnishing29", "relocation", ["安置房软装", "新居家具好物"],
     ["wardrobe29", "curtain29", "dish_rack29", "tableware29", "mattress29"], ["件"]),
    ("young_stock29", "production", ["禽畜苗扶持", "养殖种苗包"], ["chicks29", "ducklings29", "piglets29"], ["只"]),
    ("farm_inputs29", "production", ["春耕农资包邮到村", "农资大礼包"], ["fertilizer29", "maize_seed29", "mulch29", "pig_feed29"],
     ["公斤"]),
    ("farm_machines29", "production", ["助农小农机", "助农农机"], ["sprayer29", "tiller29"], ["台"]),
    ("hometown_goods29", "consumption", ["家乡好物", "助农年货节"],
     ["bacon29", "honey29", "walnut29", "tea29", "rapeseed_oil29", "bamboo_shoot29"], ["公斤"]),
    ("fruit29", "consumption", ["助农鲜果", "产地直发水果"], ["orange29", "kiwi29"], ["公斤"]),
    ("tubers29", "consumption", ["农家薯类", "助农土特产薯"], ["potato29", "sweet_potato29"], ["公斤"]),
    ("city_jobs29", "employment", ["进城务工岗位推荐", "春风行动招聘"], ["rider29", "sorter29", "factory29"], ["人"]),
    ("new_skills29", "employment", ["新职业技能培训", "新就业形态技能培训"], ["livestream29", "driving29", "housekeeping29"], ["人"]),
    ("rider_kit29", "employment", ["骑手装备包", "跑单装备"], ["ebike29", "helmet29"], ["套"]),
    ("village_facilities29", "infrastructure", ["和美乡村建设物资", "村容村貌提升"],
     ["street_light29", "bins29", "hoop29", "charger29", "water_tower29"], ["套"]),
    ("safe_village29", "infrastructure", ["平安乡村设施", "乡村安防工程"], ["cctv29", "street_light29"], ["套"]),
    ("study_aid29", "finance", ["学子圆梦资助", "助学圆梦计划"], ["tuition29", "allowance29"], ["元"]),
    ("health_aid29", "finance", ["医疗兜底救助", "看病就医资助"], ["deposit29", "insurance29"], ["元"]),
    ("return_home29", "finance", ["返乡创业扶持", "返乡就业补贴"], ["fare_home29", "shop_fund29", "micro_loan29"], ["元"]),
    ("silver_digital29", "other", ["银发数码礼包", "孝心数码好物"],
     ["senior_phone29", "speaker29", "home_cam29", "reading_glasses29"], ["件"]),
    ("left_behind_gift29", "other", ["留守儿童关爱礼包", "童心礼盒"], ["kid_watch29", "sim29", "blocks29", "kids_bike29"], ["份"]),
]
TEMPLATES["blind29"] = {
    # Needs as a child working away posts them from a phone for the family at home, and offers as product listings
    # of platforms, brands, couriers, livestream hosts and shop owners.
    "need_title": ["求{name}🙏给{who}用", "蹲一个{name}（{who}要用）", "急急急！{who}缺{name}",
                   "有没有好心人帮{who}弄个{name}", "家人们，{who}需要{name}[合十]", "拜托了🙏{who}想要{name}",
                   "{name}谁有闲置的？给{who}"],
    "need_desc": ["{cause}，想给家里弄个{name}，谢谢大家！", "{cause}，家里缺{name}，有没有家人们帮帮忙[合十]",
                  "{cause}。老家急需{name}，拜托了🙏", "{cause}，蹲{name}，能寄到村里就行，运费我出。",
                  "{cause}，求{name}，谢谢好心人！", "{cause}，{name}是刚需，在线等，急急急。", "{cause}。"],
    "negated": ["{other}上个月我网购寄回家了", "{other}我哥前几天已经给家里买了", "{other}我妈说用不着，死活不让买",
                "{other}村委会年前统一发过了", "家里除了{other}，别的啥都缺", "{other}的事已经搞定了，不用操心",
                "{other}家里还囤着好几箱，够用到明年", "{other}娃说学校有，不肯要", "{other}暂时用不上，先不求了",
                "{other}快递昨天到了，奶奶已经签收", "{other}之前有好心人送过了，感恩", "{other}双十一已经抢到了",
                "爷爷嫌{other}费电不肯用，别寄了", "{other}拼多多砍价砍到了", "{other}去年就换新的了",
                "{other}有了有了，别再发了", "{other}老板年底发的福利里就有"],
    "offer_title": ["【公益捐赠】{name}正品包邮（{donor}）", "{donor}｜{name}爆款免费送", "{name}公益款，留守家庭可申请（{donor}）",
                    "[{donor}] {name} 全新正品顺丰包邮", "爱心直播间：{name}（{donor}）"],
    "offer_title_medical": ["{donor}健康公益：{name}", "{name}，{donor}免费送，孝心之选", "【孝心好物】{name}（{donor}）"],
    "offer_title_production": ["{donor}助农农资：{name}正品", "{name}（{donor}包邮到村）", "春耕助力｜{name}｜{donor}"],
    "offer_title_consumption": ["{donor}直播助农：收购{name}", "{name}助农专场，主播帮卖（{donor}）", "助农好物｜{donor}认购{name}"],
    "offer_title_employment": ["{donor}就业帮扶｜{name}", "进城就业：{name}（{donor}）", "{name}公益名额，{donor}"],
    "offer_title_infrastructure": ["{donor}乡村振兴捐建：{name}", "{name}工程款，厂家直供（{donor}）", "{donor}公益捐建｜{name}"],
    "offer_title_finance": ["{donor}公益资助：{name}", "{name}（{donor}发起，线上申请）", "{donor}爱心基金｜{name}"],
    "who": ["我奶奶", "老家的爸妈", "留守在家的娃", "我外公", "村里的老母亲", "我家老爷子", "爷爷奶奶", "两个留守娃"],
    "cause": ["我在广东电子厂上班，过年才回去一趟", "我和老公在浙江工地干活，娃跟着爷爷奶奶",
              "我在上海跑腿送餐，家里就剩我妈一个人", "我在深圳干快递，老爸腿脚不好", "常年在外打工顾不上家里",
              "爸妈在老家种地，年纪都大了", "娃在老家上小学，平时只能视频见一面", "奶奶一个人在村里住，我离得远",
              "工地上的钱还没结，手头紧"],
    "donor": ["电商平台公益频道", "某快递公司公益基金", "某物流集团乡村振兴部", "某家电品牌公益", "某乳业集团社会责任部",
              "带货主播小杨", "网店店主阿芳", "短视频助农主播", "某手机品牌CSR项目", "直播间家人们"],
}
# The parts blind29 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND29 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28")


def check_blind29() -> None:
    """Raise SystemExit if blind29 is not what its comment says (``_check_part_after`` tune … blind28)."""
    _check_part_after("blind29", BLIND29_CATALOGUE, BLIND29_BROAD, _PARTS_BEFORE_BLIND29)


# The "blind30" part (written 2026-12-02 for issue 13 by an engineer who opened none of matching/,
# search/data/, docs/matching.md, tests/ or any part's records, and read of this file only its generic code
# and the blind17 block as the model of a part) in the voice of case work: 社工 of 社会工作服务站 and
# 社会组织, 志愿者 and 慈善超市 staff writing needs as case records (服务对象 / 需求评估 / 服务计划 / 转介,
# 链接资源, 探访, 喘息服务, 生计发展, 兜底, 增能; 留守老人, 困境儿童, 残疾人 and 重病患者 as client groups;
# the assessment's careful wording), negations and past mentions in the case-note register (a resource already
# linked, solved by a department, the client declining for now, referred elsewhere, the family having bought
# it, an assessment finding no need, a child's or an old person's own refusal, enough at home, except-X, a
# goal already reached, covered by 兜底), and offers from 基金会 programmes, 慈善超市, 公益众筹 projects,
# 志愿服务队, 红十字会 and 慈善总会 under project-style titles. The counts, the units and the sizes are in the
# module docstring; the item and group names are left out there on purpose (the lead evaluates the part once
# and must not learn them). Every size is exact in binary floating point (no 两 or 毫升). ``check_blind30``
# checks it against the catalogues, groups and negation templates of tune … blind28 only, never the lexicon.
# Never tune on it.
BLIND30_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("KG", 1.0), ("公斤 ", 1.0)]
_KG30 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5)]
_PERSONS30 = [("人", 1.0), ("名", 1.0), ("人次", 1.0)]
_VISITS30 = [("次", 1.0), ("人次", 1.0)]
_YUAN30 = [("元", 1.0), ("万元", 10000.0)]
_AREA30 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
_LITRES30 = [("升", 1.0), ("L", 1.0)]
BLIND30_CATALOGUE = [
    # 生活物资 and 居家养老 services: food for a 兜底 household, safety goods for an old person living alone
    ("rice30", "living", "goods", ["救助口粮", "吃的大米", "当年的新大米"], ["慈善超市爱心米", "五常稻花香米"],
     _KG30 + [("袋（10斤）", 5.0), ("袋（25公斤）", 25.0)], (10, 50)),
    ("pill_box30", "living", "goods", ["分格药盒", "一周药盒", "装药的小盒子"], ["七日分装药盒", "老人提醒分药盒"], ["个"], (1, 2)),
    ("milk_powder30", "living", "goods", ["老年人奶粉", "老人喝的奶粉", "补钙的奶粉"], ["无蔗糖中老年奶粉", "中老年高钙营养奶粉"],
     _KG30 + [("袋（500克）", 0.5)], (1, 4)),
    ("oats30", "living", "goods", ["燕麦片", "麦片", "冲着喝的麦片"], ["即食纯燕麦片", "早餐燕麦片"], None, (2, 10)),
    ("sesame30", "living", "goods", ["芝麻糊", "黑芝麻糊", "冲的芝麻糊"], ["无糖黑芝麻糊", "早餐黑芝麻糊冲饮"],
     _KG30 + [("盒（500克）", 0.5)], (1, 4)),
    ("anti_lost30", "living", "goods", ["防走失腕带", "防走丢的手环", "走丢能找到的手环"], ["失智老人防走失手环", "北斗定位手环"],
     ["个", "只"], (1, 1)),
    ("call_bell30", "living", "goods", ["应急呼叫器", "一键呼叫铃", "呼叫按钮"], ["居家一键呼叫器", "无线紧急呼叫铃"],
     ["个", "套"], (1, 2)),
    ("night_light30", "living", "goods", ["小夜灯", "感应夜灯", "起夜灯"], ["人体感应小夜灯", "充电感应夜灯"], ["个", "盏"], (1, 4)),
    ("slippers30", "living", "goods", ["防滑的拖鞋", "浴室拖鞋", "不打滑的拖鞋"], ["老人防滑浴室拖鞋", "防摔防滑拖鞋"], ["双"], (1, 3)),
    ("lunchbox30", "living", "goods", ["保温饭盒", "保温桶", "打饭的饭盒"], ["不锈钢保温饭盒", "三层保温餐盒"], ["个", "只"], (1, 2)),
    ("bathing30", "living", "service", ["上门助浴", "助浴", "帮忙洗澡"], ["失能老人助浴服务", "助浴车上门服务"], _VISITS30, (1, 4)),
    ("meals30", "living", "service", ["老年助餐", "送餐上门", "助餐"], ["长者饭堂送餐", "社区助老餐"],
     [("餐", 1.0), ("次", 1.0), ("月（30餐）", 30.0)], (10, 60)),
    ("cleaning30", "living", "service", ["居家保洁", "打扫卫生", "家政保洁"], ["居家清洁志愿服务", "爱心家政上门"],
     [("小时", 1.0), ("次（2小时）", 2.0)], (2, 8)),
    ("blend_diet30", "living", "goods", ["匀浆膳", "营养匀浆粉", "打流食的营养粉"], ["全营养匀浆膳", "鼻饲专用营养粉"], None, (2, 10)),
    ("porridge_mix30", "living", "goods", ["八宝粥料", "熬粥的杂粮", "杂粮粥米"], ["五谷杂粮粥料包", "八宝杂粮粥料"], None, (2, 10)),
    # 医疗救助: accompanying and rehabilitation services, consumables and aids for the sick and disabled
    ("escort30", "medical", "service", ["陪诊", "陪同就医", "陪着去医院"], ["志愿者陪诊服务", "就医陪护陪诊"], _VISITS30, (1, 4)),
    ("rehab30", "medical", "service", ["康复训练服务", "做康复锻炼", "肢体康复"], ["残疾人居家康复训练", "康复师上门康复指导"],
     [("次", 1.0), ("疗程（10次）", 10.0)], (5, 30)),
    ("counsel30", "medical", "service", ["情绪疏导", "心理咨询", "心理支持服务"], ["专业心理咨询服务", "心理咨询师一对一辅导"],
     _VISITS30, (1, 6)),
    ("suction30", "medical", "goods", ["吸痰器材", "吸痰用的机子", "抽痰的机器"], ["家用电动吸痰器", "便携式吸痰机"], ["台"], (1, 1)),
    ("underpad30", "medical", "goods", ["床上尿垫儿", "垫在床上的尿垫", "一次性床垫片"], ["老人隔尿床垫", "失禁护理垫单"],
     [("片", 1.0), ("包（10片）", 10.0)], (20, 100)),
    ("stoma30", "medical", "goods", ["造口袋", "造瘘袋", "肛门袋"], ["一件式造口袋", "造口护理袋"],
     [("个", 1.0), ("盒（10个）", 10.0)], (10, 60)),
    ("feeding_tube30", "medical", "goods", ["鼻饲管", "胃管", "喂饭的管子"], ["一次性鼻饲管", "医用硅胶胃管"], ["根", "条"], (2, 10)),
    ("bath_chair30", "medical", "goods", ["洗澡时坐的凳椅", "淋浴凳", "洗澡凳子"], ["老年防滑沐浴凳椅", "浴室防滑坐凳"], ["把", "个"],
     (1, 1)),
    ("compression30", "medical", "goods", ["医用压力袜子", "治静脉曲张的袜子", "医用弹力袜"], ["医用静脉曲张压力袜", "二级压力弹力袜"],
     ["双"], (1, 3)),
    ("white_cane30", "medical", "goods", ["盲人手杖", "导盲杖", "探路用的杖子"], ["折叠导盲杖", "视障人士盲杖"], ["根", "支"], (1, 1)),
    ("hearing30", "medical", "goods", ["耳背戴的机子", "听力辅助器", "戴耳朵上的助听器"], ["老年耳背式助听器", "验配助听器"],
     ["台", "个", "副"], (1, 1)),
    # 教育助学: what a 困境儿童's case plan asks for, goods and group or tutoring services
    ("tutoring30", "education", "service", ["课业辅导服务", "作业辅导", "辅导孩子功课"], ["大学生志愿者课后辅导", "四点半课堂作业辅导"],
     [("课时", 1.0), ("节", 1.0), ("期（16课时）", 16.0)], (8, 32)),
    ("picture_books30", "education", "goods", ["绘本书", "看图的故事书", "图画故事书"], ["亲子共读绘本", "幼儿启蒙绘本"],
     [("本", 1.0), ("套（10本）", 10.0)], (5, 30)),
    ("desk30", "education", "goods", ["儿童书桌", "写作业用的书桌", "学习书桌"], ["可升降儿童学习桌", "实木儿童书桌"], ["张", "套"], (1, 1)),
    ("reading_pen30", "education", "goods", ["会读书的笔", "读书笔", "儿童点读器"], ["英语点读笔", "儿童早教点读笔"], ["支", "个", "台"],
     (1, 1)),
    ("braille30", "education", "goods", ["盲文图书", "用手摸着读的书", "盲文版的课本"], ["盲文版课外读物", "盲文教材"], ["本", "册"],
     (1, 5)),
    ("camp30", "education", "service", ["夏令营", "研学营", "暑期营"], ["困境儿童公益夏令营", "暑期研学营名额"], _PERSONS30, (1, 3)),
    ("science_kit30", "education", "goods", ["科学小实验材料", "实验套装", "做实验的玩具"], ["青少年科学实验套装", "STEM科学实验盒"],
     ["套", "盒"], (1, 2)),
    ("parenting30", "education", "service", ["亲子沟通指导", "家庭教育辅导", "教孩子的方法"], ["家庭教育指导讲座", "亲子关系辅导小组"],
     _VISITS30, (1, 4)),
    ("sign_lang30", "education", "service", ["手语课", "学手语", "手语培训"], ["听障儿童手语课堂", "手语志愿者教学"],
     [("课时", 1.0), ("节", 1.0)], (4, 16)),
    # 住房安全: 适老化 and 无障碍 changes, fire safety, repairs
    ("grab_bar30", "housing", "goods", ["卫生间扶手", "安全扶手", "墙上的扶手"], ["无障碍安全扶手", "不锈钢卫浴扶手"], ["根", "个"],
     (1, 4)),
    ("floor_mat30", "housing", "goods", ["防滑地垫", "浴室防滑垫", "地上铺的防滑垫"], ["PVC浴室防滑垫", "卫生间防滑地垫"],
     _AREA30, (2, 10)),
    ("ramp30", "housing", "goods", ["无障碍斜坡", "轮椅坡道", "门口的斜坡"], ["便携式无障碍坡道板", "台阶斜坡板"], ["块", "套"], (1, 2)),
    ("smoke_alarm30", "housing", "goods", ["烟雾报警器", "烟感", "烟感报警器"], ["独立式烟感报警器", "家用烟雾报警器"],
     ["个", "只"], (1, 3)),
    ("gas_alarm30", "housing", "goods", ["燃气报警器", "煤气报警器", "漏气报警器"], ["家用可燃气体报警器", "天然气泄漏报警器"],
     ["个", "台"], (1, 2)),
    ("extinguisher30", "housing", "goods", ["家用灭火器", "灭火的罐子", "灭火瓶子"], ["家用干粉灭火器", "水基型灭火器"],
     ["具", "个", "瓶"], (1, 3)),
    ("tile_glue30", "housing", "goods", ["瓷砖粘合胶", "贴砖的胶", "瓷砖粘结剂"], ["强力瓷砖胶", "瓷砖背胶粘合剂"],
     [("公斤", 1.0), ("kg", 1.0), ("袋（20公斤）", 20.0)], (20, 100)),
    ("squat_to_sit30", "housing", "goods", ["蹲改坐", "蹲便改坐便", "装个坐的马桶"], ["适老化坐便器改造", "卫生间蹲改坐工程"],
     ["套", "个"], (1, 1)),
    ("stair_strip30", "housing", "goods", ["台阶防滑条", "楼梯防滑条", "踩的防滑条"], ["铝合金台阶防滑条", "自粘楼梯防滑条"],
     [("米", 1.0), ("根（2米）", 2.0)], (4, 20)),
    ("screen30", "housing", "goods", ["窗户纱网", "挡蚊子的纱网", "纱网"], ["隐形纱窗", "不锈钢纱网"], _AREA30, (4, 20)),
    ("wood_oil30", "housing", "goods", ["木蜡油", "刷木头的油", "木器清漆"], ["环保木蜡油", "户外木器漆"],
     _LITRES30 + [("桶（2.5升）", 2.5)], (2, 10)),
    ("grout30", "housing", "goods", ["瓷砖填缝剂", "勾缝剂", "美缝的粉"], ["防霉填缝剂", "彩色勾缝剂"], None, (5, 50)),
    # 易地搬迁: moving in, settling into a new community, furnishing the flat
    ("moving30", "relocation", "service", ["搬家协助", "帮忙搬家", "搬东西"], ["志愿者搬家帮扶", "爱心搬家车队"],
     [("次", 1.0), ("趟", 1.0)], (1, 2)),
    ("integration30", "relocation", "service", ["融入新社区", "社区融入", "邻里融入"], ["搬迁社区融入小组", "邻里互助融入活动"],
     _PERSONS30, (1, 4)),
    ("bedside30", "relocation", "goods", ["床头边柜", "床边的小柜子", "床头小柜"], ["实木床头边柜", "简约床头收纳柜"], ["个", "只"],
     (1, 2)),
    ("door_curtain30", "relocation", "goods", ["厚棉门帘", "挡风的门帘子", "门口挂的帘子"], ["加厚保暖门帘", "防风棉门帘"], ["幅", "挂"],
     (1, 2)),
    ("folding_table30", "relocation", "goods", ["折叠饭桌儿", "吃饭的小桌子", "可以收起来的桌子"], ["家用折叠餐桌", "实木折叠饭桌"], ["张"],
     (1, 1)),
    ("heater_table30", "relocation", "goods", ["电烤火桌", "冬天烤火的桌子", "取暖餐桌"], ["多功能电暖桌", "家用烤火桌"], ["张", "台"],
     (1, 1)),
    ("drying_rack30", "relocation", "goods", ["晾衣服的架子", "落地晒衣杆", "晒衣架"], ["折叠落地晾衣杆", "不锈钢晒衣架"],
     ["个", "套"], (1, 2)),
    ("bedding30", "relocation", "goods", ["四件套", "被套床单四件套", "床单被套"], ["纯棉床品四件套", "全棉被套床单套装"], ["套"], (1, 3)),
    ("utensils30", "relocation", "goods", ["锅具一套", "炒菜锅和汤锅", "做饭的家什"], ["厨房锅具套装", "不锈钢厨具组合装"], ["套"], (1, 1)),
    # 产业发展 (生计发展): bees, fungi, seedlings, fertiliser and small machines; a technical visit
    ("beehive30", "production", "goods", ["中华蜂蜂箱", "养蜂木桶", "装蜜蜂的箱子"], ["杉木中蜂蜂箱", "标准意蜂蜂箱"], ["个", "套"],
     (2, 10)),
    ("spawn30", "production", "goods", ["食用菌棒", "出菇的菌棒", "菇棒"], ["香菇出菇菌棒", "成品菌棒"],
     [("棒", 1.0), ("根", 1.0)], (500, 3000)),
    ("gastrodia30", "production", "goods", ["天麻种", "天麻种子", "天麻麻种"], ["天麻白麻种", "乌天麻种麻"], None, (20, 100)),
    ("polygonatum30", "production", "goods", ["黄精苗", "黄精种苗", "多花黄精"], ["多花黄精种苗", "黄精块茎苗"],
     [("株", 1.0), ("棵", 1.0), ("捆（100株）", 100.0)], (500, 3000)),
    ("manure30", "production", "goods", ["羊粪肥", "鸡粪有机肥", "下底的肥料"], ["腐熟农家肥料", "发酵羊粪肥料"], None, (200, 2000)),
    ("grinder30", "production", "goods", ["磨面粉碎机", "打料机", "粉饲料的机器"], ["家用饲料粉碎机", "小型磨粉机"], ["台"], (1, 1)),
    ("sprayer30", "production", "goods", ["喷药的桶", "背着打药的壶", "充电打药机"], ["农用打药喷雾器", "锂电背负喷雾器"], ["台", "个"],
     (1, 2)),
    ("fence_net30", "production", "goods", ["养殖围网", "圈鸡的网", "围栏网"], ["镀锌养殖围栏网", "加粗护栏网"],
     [("米", 1.0), ("卷（30米）", 30.0)], (30, 300)),
    ("tech_guide30", "production", "service", ["养殖技术指导", "技术员上门指导", "技术指导"], ["养殖技术上门指导", "农业专家田间授课"],
     _VISITS30, (1, 4)),
    ("fish_feed30", "production", "goods", ["鱼用饲料", "喂鱼的料", "鱼食颗粒"], ["膨化鱼饲料", "草鱼专用颗粒料"], None, (100, 1000)),
    # 消费扶贫: what a 慈善超市's 消费帮扶 counter sells, from farms and from disabled people's workshops
    ("honey30", "consumption", "goods", ["老土蜂糖", "岩蜂蜜", "山上割的土蜂蜜"], ["中蜂土蜂蜜", "深山土蜂糖"], None, (10, 100)),
    ("cloth_shoes30", "consumption", "goods", ["手工布鞋", "千层底", "老布鞋"], ["残疾人手工布鞋", "非遗千层底布鞋"], ["双"],
     (10, 100)),
    ("bamboo_shoot30", "consumption", "goods", ["晒干的笋子", "干笋片", "干竹笋"], ["手工晒笋干", "农家竹笋干"], None, (20, 200)),
    ("sauerkraut30", "consumption", "goods", ["老坛酸菜", "腌酸菜", "坛子菜"], ["农家老坛酸菜", "手工腌制酸菜"], None, (20, 200)),
    ("basket30", "consumption", "goods", ["竹编篮", "竹篮子", "竹编筐"], ["手工竹编提篮", "非遗竹编菜篮"], ["个", "只"], (10, 100)),
    ("fern_noodle30", "consumption", "goods", ["蕨根粉", "蕨粉", "蕨菜粉条"], ["手工蕨根粉", "山野蕨根粉丝"], None, (10, 100)),
    ("free_range30", "consumption", "goods", ["土鸡活禽", "满山跑的鸡", "散养鸡"], ["林下散养土鸡", "生态跑山鸡"], ["只"], (20, 200)),
    ("buckwheat_tea30", "consumption", "goods", ["苦荞茶叶", "荞子茶", "苦荞麦茶"], ["全胚芽苦荞茶", "大凉山苦荞茶"],
     None, (10, 100)),
    ("goose_egg30", "consumption", "goods", ["土鹅蛋", "散养的大鹅蛋", "自家养的鹅下的蛋"], ["散养土鹅蛋", "农家大鹅蛋"],
     [("枚", 1.0), ("个", 1.0), ("箱（30枚）", 30.0)], (100, 1000)),
    ("embroidered30", "consumption", "goods", ["手工绣品", "民族绣片", "刺绣挂件"], ["苗绣手工挂件", "残疾人手工绣品"], ["件", "幅"],
     (5, 50)),
    ("camellia_oil30", "consumption", "goods", ["自家榨的茶油", "山茶籽榨的油", "野山茶油"], ["古法压榨油茶油", "有机茶籽油"],
     _LITRES30 + [("桶（5升）", 5.0)], (5, 50)),
    ("ciba30", "consumption", "goods", ["年糍粑", "手打糍粑", "糯米打的粑"], ["农家手工糍粑", "红糖糯米糍粑"], None, (10, 100)),
    ("roxburgh30", "consumption", "goods", ["刺梨干", "刺梨果脯", "晒干的刺梨"], ["贵州刺梨干", "无添加刺梨果干"], None, (10, 100)),
    ("smoked_tofu30", "consumption", "goods", ["腊豆腐", "烟熏豆腐", "熏豆腐块"], ["柴火烟熏腊豆腐", "农家腊豆腐干"],
     None, (10, 100)),
    # 就业帮扶: posts, sheltered work, courses and guidance (kind "service"); machines for a start (kind
    # "goods")
    ("public_post30", "employment", "service", ["公益岗位", "公益岗安置", "村保洁员公益岗"], ["村级公益性岗位", "乡村保洁公益岗"],
     [("人", 1.0), ("名", 1.0), ("个", 1.0)], (1, 3)),
    ("sheltered30", "employment", "service", ["辅助性就业", "庇护工场", "残疾人辅助就业"], ["残疾人辅助性就业工位", "阳光家园庇护岗位"],
     _PERSONS30, (1, 3)),
    ("pastry30", "employment", "service", ["面点师", "学面点手艺", "中式面点"], ["中式面点免费培训", "面点师技能培训班"],
     _PERSONS30, (1, 3)),
    ("ecommerce30", "employment", "service", ["电商直播", "学直播卖货", "网上开店"], ["农村电商直播培训", "网店运营培训班"],
     _PERSONS30, (1, 3)),
    ("housekeeper30", "employment", "service", ["家政员", "学家政", "家政服务人员"], ["家政服务员免费培训", "巾帼家政技能班"],
     _PERSONS30, (1, 3)),
    ("knitting30", "employment", "service", ["手工编织", "织毛衣的活", "居家编织"], ["居家手工编织订单", "毛线编织来料加工"],
     _PERSONS30, (1, 3)),
    ("career30", "employment", "service", ["职业指导", "求职辅导", "找工作的指导"], ["一对一职业规划指导", "就业指导讲座"],
     _VISITS30, (1, 3)),
    ("barber_kit30", "employment", "goods", ["理发的全套工具", "电推子剪发器", "剪头发的家伙"], ["专业理发工具套装", "电动理发推子"], ["套"],
     (1, 1)),
    ("stall_cart30", "employment", "goods", ["摆小吃摊的推车", "出摊的车子", "早餐车"], ["不锈钢小吃推车", "移动早餐车"], ["台", "辆"],
     (1, 1)),
    # 基础设施: a community's service rooms and public facilities
    ("children_home30", "infrastructure", "goods", ["儿童之家", "儿童活动室", "娃娃们的活动室"], ["儿童之家标准化建设", "困境儿童活动室改造"],
     ["个", "间"], (1, 1)),
    ("day_care30", "infrastructure", "goods", ["日间照料中心", "老年活动中心", "老人白天待的地方"], ["农村互助幸福院", "社区日间照料站"],
     ["个", "所"], (1, 1)),
    ("barrier_free30", "infrastructure", "goods", ["无障碍通道", "盲道", "残疾人通道"], ["公共场所无障碍改造", "村委会无障碍通道"],
     [("米", 1.0), ("延米", 1.0)], (10, 100)),
    ("water_station30", "infrastructure", "goods", ["直饮水机", "净化水的设备", "净化饮水机"], ["学校直饮水设备", "村级净水站"],
     ["台", "套"], (1, 2)),
    ("library30", "infrastructure", "goods", ["农家书屋", "村图书室", "看书的屋子"], ["农家书屋提升工程", "乡村阅览室"], ["个", "间"],
     (1, 1)),
    ("cctv30", "infrastructure", "goods", ["安防监控", "装监控探头", "村里装监控"], ["雪亮工程监控", "平安乡村摄像头"], ["个", "台", "套"],
     (2, 10)),
    ("canteen30", "infrastructure", "goods", ["长者食堂", "老年食堂", "吃饭的食堂"], ["村级长者饭堂建设", "幸福食堂"], ["个", "所"],
     (1, 1)),
    ("bench30", "infrastructure", "goods", ["休息座椅", "歇脚的凳子", "公共座椅"], ["户外休闲座椅", "防腐木公园长椅"], ["张", "把"],
     (2, 10)),
    ("counseling_room30", "infrastructure", "goods", ["心理咨询室", "谈心室", "心理辅导室"], ["学校心理辅导室建设", "社工站心理咨询室"],
     ["间", "个"], (1, 1)),
    # 金融信贷: money a case plan asks for (kind "cash")
    ("deposit30", "finance", "cash", ["住院押金缺口", "交住院押金的钱", "押金"], ["重病患者住院押金垫付", "住院预交金资助"],
     _YUAN30, (2000, 20000)),
    ("rehab_fee30", "finance", "cash", ["康复费", "康复治疗费", "做康复的钱"], ["残疾儿童康复救助金", "康复治疗费资助"],
     _YUAN30, (2000, 20000)),
    ("tuition30", "finance", "cash", ["上大学的学费", "入学学杂费", "新生学费"], ["圆梦大学助学金", "新生开学资助金"],
     _YUAN30, (3000, 10000)),
    ("interest30", "finance", "cash", ["贷款贴息补助", "贷款要还的利息", "还贷的利息"], ["小额信贷贴息补助", "产业贷款贴息"],
     _YUAN30, (500, 5000)),
    ("rent30", "finance", "cash", ["每月房租", "交房租的钱", "租房费用"], ["困难家庭租房补贴", "临时住房租金资助"], _YUAN30, (1000, 8000)),
    ("premium30", "finance", "cash", ["商业保险费", "防返贫险的保费", "保费"], ["防贫保保费资助", "意外险保费代缴"],
     _YUAN30, (100, 1000)),
    ("living_allowance30", "finance", "cash", ["基本生活费", "临时生活费", "日常吃饭的钱"], ["临时生活救助金", "困难群众生活补助"],
     _YUAN30, (500, 3000)),
    ("medicine_fee30", "finance", "cash", ["长期服药费用", "买药的钱", "门诊药费"], ["慢病门诊药费补助", "特药费用援助"],
     _YUAN30, (500, 5000)),
    ("startup30", "finance", "cash", ["小本生意本钱", "摆摊的本钱", "开小店的本钱"], ["残疾人自主创业补贴", "微创业启动金"],
     _YUAN30, (3000, 20000)),
    # 其他: case-work services (respite, legal aid, papers, visits) and a few goods
    ("respite30", "other", "service", ["喘息服务", "临时托养", "替家属照看几天"], ["居家喘息照护服务", "失能老人短期托养"],
     [("天", 1.0), ("日", 1.0)], (2, 7)),
    ("legal30", "other", "service", ["法援服务", "法律咨询援助", "打官司的帮忙"], ["公益律师法律援助", "免费法律咨询服务"],
     [("次", 1.0), ("件", 1.0)], (1, 2)),
    ("id_docs30", "other", "service", ["补办身份证", "办户口", "证件代办"], ["证件补办代办服务", "户籍办理协助"],
     [("次", 1.0), ("件", 1.0)], (1, 2)),
    ("disability_cert30", "other", "service", ["办理残疾证", "残疾鉴定", "残疾等级评定"], ["残疾评定陪同办理", "残疾证办理协助"],
     _VISITS30, (1, 1)),
    ("visiting30", "other", "service", ["上门探访", "陪伴聊天", "陪老人唠嗑"], ["志愿者定期入户探访", "空巢老人陪伴关爱"],
     _VISITS30, (2, 8)),
    ("birthday_party30", "other", "service", ["集体生日会", "过生日", "办生日"], ["长者集体生日会", "困境儿童生日派对"],
     [("次", 1.0), ("场", 1.0)], (1, 1)),
    ("elder_phone30", "other", "goods", ["给老人的手机", "大字大声的手机", "按键大的手机"], ["老人专用大字手机", "老年按键手机"], ["台", "部"],
     (1, 1)),
    ("photo30", "other", "service", ["拍证件照", "证件照", "照相片"], ["免费拍证件照", "志愿者上门拍照"], _VISITS30, (1, 2)),
    ("aid_repair30", "other", "service", ["轮椅维修", "修轮椅", "辅具维修"], ["辅具免费维修服务", "轮椅上门检修"],
     [("次", 1.0), ("件", 1.0)], (1, 2)),
    ("outing30", "other", "service", ["老人外出游览", "出去逛逛", "一日游"], ["长者城市一日游", "敬老爱心出游"], _PERSONS30, (1, 3)),
]
# Broader offers: the projects that give several items at once, under names of their own. generate() gives a
# broader offer's unit size 1 and counts it as kg for weighed items, so groups covering a weighed item are in
# 公斤; the others are in a unit of size 1 for every covered item that uses it, or in one none of them uses
# (not
# comparable, relevance 2).
BLIND30_BROAD = [
    ("nutrition30", "living", ["营养冲调品", "老年营养包"], ["milk_powder30", "sesame30", "blend_diet30"], ["公斤"]),
    ("grain30", "living", ["粮食救助", "口粮救助包"], ["rice30", "oats30", "porridge_mix30"], ["公斤"]),
    ("safety_kit30", "living", ["居家安全包", "适老安全用品"],
     ["anti_lost30", "call_bell30", "night_light30", "slippers30", "pill_box30"],
     ["份"]),
    ("home_care30", "living", ["居家养老服务", "为老服务包"], ["bathing30", "meals30", "cleaning30"], ["次"]),
    ("rehab_service30", "medical", ["康复服务", "助残康复"], ["escort30", "rehab30", "counsel30"], ["次"]),
    ("care_consumables30", "medical", ["护理耗材", "失能护理用品"],
     ["suction30", "underpad30", "stoma30", "feeding_tube30"],
     ["批"]),
    ("aids30", "medical", ["康复辅具包", "残疾人辅具礼包"],
     ["bath_chair30", "compression30", "white_cane30", "hearing30"], ["件"]),
    ("books30", "education", ["阅读推广图书", "爱心书包图书"], ["picture_books30", "braille30"], ["本"]),
    ("study_goods30", "education", ["学习成长礼包", "助学成长物资"], ["desk30", "reading_pen30", "science_kit30"],
     ["份"]),
    ("edu_service30", "education", ["成长陪伴课程", "青少年成长服务"],
     ["tutoring30", "camp30", "sign_lang30", "parenting30"], ["课时"]),
    ("elderly_mod30", "housing", ["适老化改造", "居家适老化改造材料"],
     ["grab_bar30", "floor_mat30", "ramp30", "squat_to_sit30", "stair_strip30"], ["户"]),
    ("fire_safety30", "housing", ["消防安全器材", "居家消防包"], ["smoke_alarm30", "gas_alarm30", "extinguisher30"],
     ["套"]),
    ("renovation30", "housing", ["危旧房修缮物料", "旧房翻新材料"], ["tile_glue30", "screen30", "wood_oil30", "grout30"],
     ["公斤"]),
    ("new_home30", "relocation", ["安居礼包", "搬迁家庭生活用品"],
     ["bedside30", "door_curtain30", "folding_table30", "heater_table30", "drying_rack30", "bedding30",
      "utensils30"], ["份"]),
    ("settle30", "relocation", ["搬迁安置服务", "安置点社工服务"], ["moving30", "integration30"], ["次"]),
    ("planting30", "production", ["种植生产资料", "春耕种植物资"],
     ["gastrodia30", "polygonatum30", "manure30", "spawn30"], ["公斤"]),
    ("machines30", "production", ["生计小农机", "生产机具"], ["grinder30", "sprayer30"], ["台"]),
    ("charity_shop30", "consumption", ["慈善超市扶贫专柜商品", "爱心助农产品"],
     ["honey30", "bamboo_shoot30", "sauerkraut30", "fern_noodle30", "buckwheat_tea30", "roxburgh30",
      "smoked_tofu30"], ["公斤"]),
    ("handicraft30", "consumption", ["残疾人手工艺品", "巧手工坊作品"], ["cloth_shoes30", "basket30", "embroidered30"],
     ["件"]),
    ("farm_poultry30", "consumption", ["林下养殖产品", "土货禽蛋"], ["free_range30", "goose_egg30"], ["份"]),
    ("skills30", "employment", ["技能增能培训", "增能培训项目"], ["pastry30", "ecommerce30", "housekeeper30"], ["人"]),
    ("jobs30", "employment", ["就业岗位链接", "稳岗就业服务"], ["public_post30", "sheltered30", "knitting30"], ["人"]),
    ("stall30", "employment", ["创业摆摊设备", "生计发展设备"], ["barber_kit30", "stall_cart30"], ["台"]),
    ("community_space30", "infrastructure", ["社区服务阵地", "村级服务设施"],
     ["children_home30", "day_care30", "library30", "canteen30", "counseling_room30"], ["个"]),
    ("public_safety30", "infrastructure", ["平安便民设施", "公共便民设施"],
     ["barrier_free30", "water_station30", "cctv30", "bench30"], ["套"]),
    ("medical_fund30", "finance", ["医疗救助基金", "重病患者救助款"], ["deposit30", "rehab_fee30", "medicine_fee30"],
     ["元"]),
    ("living_fund30", "finance", ["急难救助金", "兜底保障金"], ["rent30", "living_allowance30"], ["元"]),
    ("dev_fund30", "finance", ["生计发展基金", "增收帮扶资金"], ["interest30", "startup30", "premium30"], ["元"]),
    ("social_work30", "other", ["社工个案服务", "社会工作服务"],
     ["respite30", "legal30", "id_docs30", "disability_cert30", "visiting30"], ["次"]),
    ("activities30", "other", ["关爱活动", "暖心陪伴活动"], ["birthday_party30", "outing30", "photo30"], ["场"]),
]
TEMPLATES["blind30"] = {
    # Needs as a social worker records a case (服务对象 / 需求评估 / 服务计划 / 转介), offers as programmes
    # and
    # projects announce what they give.
    "need_title": ["个案需求｜{who}：{name}", "【需求评估】{who}存在{name}方面的需求", "{who}：建议链接{name}",
                   "转介单：{who}需{name}", "社区探访｜{who}申请{name}", "{name}资源链接（{who}）", "兜底个案：{who}——{name}"],
    "need_desc": ["服务对象：{cause}；需求评估：存在{name}方面的需求；服务计划：链接社会资源。",
                  "探访记录：{cause}。经评估，建议链接{name}。",
                  "个案背景：{cause}。服务计划：为服务对象链接{name}，社工跟进回访。",
                  "{cause}。需求评估：{name}需求较迫切；转介：慈善超市、基金会项目。",
                  "{cause}，社工建议链接{name}，协助服务对象增能。",
                  "小组工作中了解到{cause}，组员提出需要{name}。",
                  "{cause}。"],
    "negated": ["{other}已链接爱心企业资源，本次不再申请", "{other}已由民政部门临时救助解决", "服务对象表示{other}暂不需要",
                "{other}已转介至乡镇社工站跟进", "家属已自行购置{other}", "经评估{other}需求不成立",
                "{other}上月已在慈善超市领取", "{other}由结对志愿者送到家里了，该项已结案",
                "孩子自己说{other}不要了，让给别的小朋友", "老人坚持说{other}用不上，拒绝申请",
                "{other}家中尚有存量，够用", "除{other}以外，还需链接{name}", "前期小组活动中已发放{other}",
                "{other}属上一周期个案目标，已达成", "{other}已纳入兜底保障，不重复链接",
                "{other}已由在外务工的儿子寄回"],
    "offer_title": ["{donor}「{name}」公益项目", "{donor}发起{name}援助计划", "慈善超市上架：{name}（{donor}）",
                    "{donor}暖心行动：捐赠{name}", "99公益日众筹｜{name}（{donor}）", "{donor}提供{name}"],
    "offer_title_consumption": ["慈善超市消费帮扶专柜：{name}（{donor}）", "{donor}以购代捐：认购{name}",
                                "{donor}助农行动｜{name}"],
    "offer_title_employment": ["{donor}生计发展项目：{name}", "{donor}就业增能计划｜{name}", "链接就业资源：{name}（{donor}）"],
    "offer_title_finance": ["{donor}专项救助基金：{name}", "公益众筹｜{name}（{donor}）", "{donor}兜底帮扶工程：{name}"],
    "offer_title_medical": ["{donor}康复同行项目：{name}", "{donor}健康守护行动｜{name}", "博爱送万家：{name}（{donor}）"],
    "offer_title_other": ["{donor}志愿服务：{name}", "{donor}关爱行动｜{name}", "社工站服务项目：{name}（{donor}）"],
    "offer_title_living": ["{donor}「{name}」公益项目", "慈善超市上架：{name}（{donor}）", "{donor}为老服务计划：{name}",
                           "{donor}暖心行动：捐赠{name}"],
    "offer_title_education": ["{donor}助学计划：{name}", "{donor}童伴成长行动｜{name}", "99公益日众筹｜{name}（{donor}）"],
    "offer_title_housing": ["{donor}安居工程：{name}", "{donor}适老化改造项目｜{name}", "{donor}提供{name}"],
    "offer_title_relocation": ["{donor}搬迁安置帮扶：{name}", "{donor}新家园行动｜{name}", "慈善超市上架：{name}（{donor}）"],
    "offer_title_production": ["{donor}产业帮扶项目：{name}", "{donor}助力生计发展，提供{name}", "{name}（{donor}生计项目）"],
    "offer_title_infrastructure": ["{donor}「{name}」工程", "{donor}援建：{name}", "公益众筹｜{name}（{donor}）"],
    "who": ["服务对象李某（留守老人）", "困境儿童小蕊", "残疾人周某某", "重病患者家属吴某", "独居老人何奶奶",
            "事实无人抚养儿童小鹏", "低保兜底户邓某", "搬迁户马某某"],
    "cause": ["服务对象为留守老人，独居，子女常年在外务工", "服务对象系困境儿童，父亲服刑、母亲离家，由祖辈监护",
              "服务对象为二级肢体残疾，靠低保兜底", "服务对象患尿毒症，每周透析，家庭负担重",
              "社工入户探访发现其家中生活困难", "服务对象系重病患者，因病致贫", "服务对象为易地搬迁户，入住安置点不久",
              "家庭照顾者身心俱疲，长期照护压力大", "服务对象为视力残疾人，独自生活"],
    "donor": ["县慈善总会", "市红十字会", "某公益基金会", "社区慈善超市", "青年志愿服务队", "爱心企业",
              "县社会工作协会", "巾帼志愿者协会", "商会慈善基金", "大学生志愿服务队"],
}
# The parts blind30 was written after (its checks compare with these only, not with blind29 or later parts).
_PARTS_BEFORE_BLIND30 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28")


def check_blind30() -> None:
    """Raise SystemExit if blind30 is not what its comment says (``_check_part_after`` tune … blind28)."""
    _check_part_after("blind30", BLIND30_CATALOGUE, BLIND30_BROAD, _PARTS_BEFORE_BLIND30)


# The "blind31" part (written 2026-12-02 for issue 13 by an engineer who opened none of matching/, search/data/,
# docs/matching.md, tests/ or any part's records, and never ran the matcher) in a voice no other part has: older
# villagers (留守老人, 五保户, 残疾人 and the people who care for them, many of whom do not read or write well)
# who speak their needs into a phone and send what WeChat's 语音转文字 or a 输入法's voice input typed, or have a
# grandchild or a neighbour type it word for word. Needs come in spoken order as run-on sentences with little or
# wrong punctuation, fillers and repairs (「那个」「就是说」「嗯」「叫啥来着」「不是不是，是…」), repetitions,
# numbers as speech input writes them (ages, 「二十来年」, 「一百五」 for a 150-元 allowance, 「两百斤」), everyday
# and regional spoken names beside standard ones, a few homophone slips of voice input in ordinary words, and for
# fewer than one item in ten one item name in a form voice input really produces (a near-homophone or a spoken
# variant). Negations and past mentions are said aloud, every template a different construction (received before,
# not needed now, someone else bought or gave it, solved, enough, except-X, a repair that takes X back, an old
# person's or a grandchild's own refusal). Offers are posted in plain written Chinese by 老乡会 / 同乡会 in the
# cities, 商会, 邻村的能人, 爱心车队, temple and church charity groups and single donors, under the names a shop
# or a donor uses, so a need and its offer often name one thing in different words. 121 items of all 11
# categories (jobs, courses, visits and home services of kind "service", fees and allowances of kind "cash"),
# 27 broader offers under names of their own, 8 need titles, 8 need descriptions, 16 negations and past
# mentions, and units that need converting: mass in 斤 / 市斤 / 公斤 / kg / Kg / 千克, 吨 and sacks and bundles
# whose weight the catalogue fixes (25 and 50 公斤 sacks, 2.5 公斤 bags, 0.5 公斤 bundles); count multiples
# (trays of 30, boxes of 100, packs of 10 and 20, boxes of 10, thousands, a month of 30 portions);
# length (米, rolls of 100 米, 4-米 sections, 2-米 panels, 公里); volume (升 / L, 5-升 drums); area
# (平方米 / ㎡ / 平米 / 平方, 亩); money (元 / 块 / 千元 / 万元); and 15 % of the mass-item offers in 慰问包 (a gift
# pack of unknown weight, not comparable). Every size is exact in binary floating point (no 两 or 毫升), so no
# label turns on a rounding error. ``check_blind31`` checks it against the catalogues, groups and negation
# templates of tune … blind30 only, never the lexicon; the lead evaluates it once. Never tune on it.
BLIND31_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("斤", 0.5), ("Kg", 1.0)]
_KG31 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0)]
_PERSONS31 = [("人", 1.0), ("名", 1.0), ("个人", 1.0)]
_YUAN31 = [("元", 1.0), ("块", 1.0), ("千元", 1000.0), ("万元", 10000.0)]
_LITRES31 = [("升", 1.0), ("L", 1.0)]
_AREA31 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0), ("平方", 1.0)]
_TIMES31 = [("次", 1.0), ("回", 1.0)]
BLIND31_CATALOGUE = [
    # 生活物资: keeping warm, eating, the small things of an old person's day
    ("coal31", "living", "goods", ["煤巴", "煤炭块块", "烧的煤炭"], ["民用烤火煤", "低硫民用块煤"],
     _KG31 + [("吨", 1000.0)], (200, 1000)),
    ("charcoal31", "living", "goods", ["火炭", "烤火的炭", "栗炭"], ["机制木炭", "取暖木炭"], None, (10, 50)),
    ("quilt31", "living", "goods", ["盖的铺盖卷", "铺盖儿", "大棉铺盖"], ["新疆棉花被", "加厚棉花冬被"], ["床", "条"], (1, 2)),
    ("e_blanket31", "living", "goods", ["电铺盖", "通电的褥子", "电热褥子"], ["双人电热毯", "自动断电电热毯"], ["条", "床"], (1, 2)),
    ("hot_bag31", "living", "goods", ["热水袋袋", "灌热水的袋子", "暖手袋袋"], ["充电热水袋", "注水暖手袋"], ["个"], (1, 2)),
    ("thermos31", "living", "goods", ["暖壶儿", "装开水的壶", "开水壶壶"], ["大容量保温暖壶", "不锈钢内胆暖瓶"], ["个", "只"], (1, 2)),
    ("torch31", "living", "goods", ["手电筒筒", "电棒棒", "照亮的电筒"], ["充电式强光手电筒", "LED手电筒"], ["个", "把"], (1, 2)),
    ("radio31", "living", "goods", ["收音匣匣", "听广播的那个匣子", "小收音机儿"], ["老年人大字收音机", "便携式插卡收音机"], ["台", "个"], (1, 1)),
    ("cotton_shoes31", "living", "goods", ["棉窝窝鞋", "暖鞋鞋", "冬天穿的暖鞋"], ["老人加绒棉鞋", "防滑保暖棉鞋"], ["双"], (1, 2)),
    ("winter_hat31", "living", "goods", ["火车头棉帽儿", "护耳朵的帽子", "暖帽帽"], ["老人保暖棉帽", "加厚护耳帽"], ["顶"], (1, 2)),
    ("rice31", "living", "goods", ["煮饭的大米", "籼米子", "新打的大米"], ["东北稻花香米", "优质晚籼米"],
     [("斤", 0.5), ("公斤", 1.0), ("袋", 25.0)], (25, 100)),
    ("flour31", "living", "goods", ["白面面", "灰面粉", "擀面那个面"], ["特一粉小麦粉", "家用富强粉"], None, (20, 100)),
    ("rapeseed_oil31", "living", "goods", ["菜籽榨的油", "炒菜那个油", "清油油"], ["非转基因食用油", "四级压榨菜籽油"],
     _LITRES31 + [("桶", 5.0)], (5, 20)),
    ("noodles31", "living", "goods", ["挂面面", "干挂面", "面条条"], ["龙须挂面", "手擀风味挂面"], _KG31 + [("把", 0.5)], (5, 20)),
    ("eggs31", "living", "goods", ["鸡蛋蛋", "鸡蛋儿", "鸡卵"], ["新鲜鸡蛋", "农家土鸡蛋"], [("个", 1.0), ("板", 30.0)],
     (30, 120)),
    ("wash_powder31", "living", "goods", ["洗衣服的粉粉", "洗衣粉儿", "番枧粉"], ["家庭装洗衣粉", "浓缩无磷洗衣粉"], None, (2, 10)),
    ("chamber_pot31", "living", "goods", ["尿罐罐", "晚上尿尿的壶", "夜壶壶"], ["老人加厚尿壶", "防溢夜壶"], ["个"], (1, 2)),
    ("matches31", "living", "goods", ["火柴", "洋火火", "洋火儿"], ["家用长杆火柴", "防潮安全火柴"], [("盒", 1.0), ("包", 10.0)],
     (10, 40)),
    ("elder_phone31", "living", "goods", ["我们老年人用的手机", "字大大的手机", "按键大大的手机"], ["老人直板按键手机", "大字大音老年机"],
     ["部", "个", "台"], (1, 1)),
    # 医疗救助: pills for the old, aids for the disabled, care goods, and two services
    ("bp_pills31", "medical", "goods", ["降血压那个药", "血压高要吃的药", "降压片片"], ["高血压常用药", "马来酸依那普利片"], ["盒", "瓶"],
     (1, 6)),
    ("bp_meter31", "medical", "goods", ["量血压的那个", "血压机子", "量血压那个机器"], ["腕式电子血压计", "臂式全自动血压计"], ["台", "个"], (1, 1)),
    ("glucose31", "medical", "goods", ["扎手指头测糖的", "测血糖那个机子", "验糖的仪器"], ["血糖检测仪", "免调码血糖仪"], ["台", "个"],
     (1, 1)),
    ("cane31", "medical", "goods", ["拐仗", "拄拐的棍儿", "走路拄的棍棍"], ["老人助行拐杖", "铝合金伸缩拐杖"], ["根", "个"], (1, 2)),
    ("wheelchair31", "medical", "goods", ["推着走的椅椅", "有轮子那个椅子", "坐着推的车子"], ["轻便折叠轮椅", "钢制手动轮椅车"], ["台", "辆"], (1, 1)),
    ("walker31", "medical", "goods", ["助行架", "学步架子", "老人走路的架子"], ["四轮助行器", "带座助行器"], ["个", "台"],
     (1, 1)),
    ("hearing31", "medical", "goods", ["听话的机子", "塞耳朵的助听器", "耳朵背了戴的那个"], ["老年人助听器", "充电式耳内助听器"], ["个", "台"], (1, 1)),
    ("reading_glasses31", "medical", "goods", ["老花镜儿", "看字的眼镜镜", "老光镜镜"], ["老年阅读眼镜", "高清树脂老花镜"], ["副"], (1, 2)),
    ("plaster31", "medical", "goods", ["贴的膏药片", "贴腰杆的膏药", "狗皮膏"], ["麝香壮骨膏", "风湿止痛膏"],
     [("贴", 1.0), ("盒", 10.0)], (10, 60)),
    ("diapers31", "medical", "goods", ["纸尿裤", "尿片片", "老人家的尿不湿"], ["成人纸尿裤大号", "老人护理拉拉裤"],
     [("片", 1.0), ("包", 10.0)], (20, 120)),
    ("underpads31", "medical", "goods", ["垫屁股的护理垫", "尿垫垫", "床上垫的那个尿垫"], ["成人隔尿垫", "医用护理垫"],
     [("片", 1.0), ("包", 20.0)], (20, 100)),
    ("huoxiang31", "medical", "goods", ["霍香正气水", "藿香正气", "中暑喝的那个水"], ["防暑藿香正气液", "藿香正气合剂"],
     [("支", 1.0), ("盒", 10.0)], (10, 40)),
    ("heart_pills31", "medical", "goods", ["护心的药丸", "救命的药丸丸", "心口疼吃的药丸"], ["速效救心丸瓶装", "冠心病急救药"],
     ["瓶", "盒"], (1, 3)),
    ("prosthesis31", "medical", "goods", ["假腿", "安假腿", "装条假腿"], ["下肢假肢适配", "免费装配假肢"], ["条", "副"], (1, 1)),
    ("cataract31", "medical", "service", ["眼睛做手术", "割白内障", "做白内障的手术"], ["白内障免费复明手术", "光明行复明手术名额"],
     _PERSONS31, (1, 1)),
    ("house_call31", "medical", "service", ["出诊", "医生上门", "叫医生来屋里看"], ["家庭医生上门诊疗", "乡村医生出诊服务"],
     _TIMES31, (1, 4)),
    ("rehab31", "medical", "service", ["锻炼腿的", "做做康复", "练走路"], ["残疾人康复训练服务", "居家康复指导服务"],
     _TIMES31, (1, 10)),
    # 教育助学: what the grandchildren left with them need, and a literacy class for the old
    ("schoolbag31", "education", "goods", ["书包包儿", "装书的包儿", "上学背的包包"], ["儿童护脊减负书包", "小学生双肩包"], ["个"], (1, 2)),
    ("notebooks31", "education", "goods", ["写作业的本本", "作业本儿", "练习本本"], ["学生作业本", "小学生练习簿"],
     [("本", 1.0), ("包", 10.0)], (10, 40)),
    ("pencils31", "education", "goods", ["铅笔笔", "写字那个铅笔", "木铅笔"], ["学生铅笔套装", "六角铅笔"],
     [("支", 1.0), ("盒", 10.0)], (10, 40)),
    ("desk_lamp31", "education", "goods", ["写字的台灯", "桌上的灯灯", "看书那个灯"], ["学生充电台灯", "国标AA级护眼台灯"], ["台", "盏", "个"],
     (1, 1)),
    ("reader31", "education", "goods", ["读书的机器", "点读的那个笔", "学英语那个机子"], ["小学同步点读机", "英语学习机"], ["台", "个"], (1, 1)),
    ("uniform31", "education", "goods", ["学校穿的衣裳", "校服服", "上学穿的衣裳儿"], ["学生冬季校服", "运动校服两件套"], ["套"], (1, 2)),
    ("dictionary31", "education", "goods", ["查字的书本", "字典典", "新华字典那个书"], ["新华字典第十二版", "小学生全功能字典"], ["本"], (1, 2)),
    ("bicycle31", "education", "goods", ["洋马儿", "骑的车车", "自行车儿"], ["学生自行车", "青少年自行车"], ["辆"], (1, 1)),
    ("homework_help31", "education", "service", ["有人教孙子做作业", "给娃娃补课", "辅导娃娃学习"], ["大学生志愿者作业辅导", "课后辅导服务"],
     _PERSONS31, (1, 2)),
    ("literacy31", "education", "service", ["识字", "认字班", "学认字"], ["老年识字班", "扫盲识字课程"], _PERSONS31, (1, 2)),
    # 住房安全: a leaking roof, an old house made safe for the old
    ("tiles31", "housing", "goods", ["瓦片片", "盖房子的瓦瓦", "青瓦片儿"], ["手工烧制青瓦", "黏土小青瓦"],
     [("片", 1.0), ("块", 1.0), ("千片", 1000.0)], (500, 3000)),
    ("steel_tile31", "housing", "goods", ["铁皮瓦瓦", "盖屋顶的铁皮", "彩钢瓦瓦"], ["双层彩钢瓦", "单层彩钢压型板"], _AREA31, (20, 100)),
    ("cement31", "housing", "goods", ["洋灰灰", "糊墙的水泥", "砌墙的水泥"], ["复合硅酸盐水泥", "硅酸盐水泥袋装"],
     _KG31 + [("袋", 50.0), ("吨", 1000.0)], (500, 3000)),
    ("felt31", "housing", "goods", ["防水的油毡", "油毡纸纸", "盖房的油毡"], ["SBS改性沥青卷材", "自粘型沥青防水卷材"], _AREA31, (20, 100)),
    ("handrail31", "housing", "goods", ["扶手", "扶的把手", "扶着的杆杆"], ["卫生间安全扶手", "老人防滑扶手"],
     ["个", "根", "套"], (1, 4)),
    ("antislip31", "housing", "goods", ["防滑垫垫", "地上的防滑垫子", "防滑的垫子"], ["PVC吸盘浴室防滑垫", "老人防滑地垫"],
     ["块", "张"], (1, 3)),
    ("toilet31", "housing", "goods", ["坐的马桶", "坐式茅坑", "能坐的便池"], ["陶瓷马桶", "家用虹吸坐便器"], ["个", "套", "台"], (1, 1)),
    ("door31", "housing", "goods", ["房门", "屋门儿", "里屋的门"], ["室内套装木门", "实木复合门"], ["扇", "樘"], (1, 2)),
    ("glass31", "housing", "goods", ["窗子上那个玻璃", "窗户玻璃片", "玻璃片片"], ["中空玻璃窗", "钢化平板玻璃"], _AREA31, (2, 10)),
    ("wire31", "housing", "goods", ["电线线", "拉电那个线", "花线线"], ["家装电线", "铜芯绝缘电线"], [("米", 1.0), ("卷", 100.0)],
     (20, 100)),
    ("bulbs31", "housing", "goods", ["灯泡子", "灯泡泡", "电灯泡泡"], ["LED节能灯泡", "螺口节能灯"], [("个", 1.0), ("盒", 10.0)],
     (2, 10)),
    ("kang31", "housing", "goods", ["火炕炕", "烧的炕", "盘个新炕"], ["节能吊炕", "炕体改造"], ["铺", "个"], (1, 1)),
    # 易地搬迁: moving into a flat in town
    ("moving31", "relocation", "service", ["搬个家", "帮忙搬东西", "拉家具"], ["爱心车队免费搬家", "搬家货车服务"],
     [("次", 1.0), ("趟", 1.0)], (1, 2)),
    ("bed31", "relocation", "goods", ["睡觉的板床", "床铺铺", "能睡的木床"], ["实木单人床", "加厚铁艺单人床"], ["张", "架"], (1, 2)),
    ("wardrobe31", "relocation", "goods", ["装衣裳的柜子", "衣柜柜", "立柜儿"], ["推拉门衣柜", "组装布衣柜"], ["个", "组"], (1, 1)),
    ("gas_stove31", "relocation", "goods", ["气灶灶", "烧天然气那个灶", "一拧就打火的灶"], ["台式双灶燃气灶", "不锈钢燃气灶"], ["台", "个"], (1, 1)),
    ("gas_tank31", "relocation", "goods", ["气罐罐", "煤气坛子", "装气的罐子"], ["家用液化气瓶", "民用液化石油气瓶"], ["个", "罐"],
     (1, 2)),
    ("rice_cooker31", "relocation", "goods", ["电饭包", "煮饭的锅锅", "插电的饭锅"], ["电脑型电饭煲", "迷你电饭煲"], ["个", "台"], (1, 1)),
    ("curtain31", "relocation", "goods", ["窗帘布布", "挡窗户那个布", "窗子帘帘"], ["加厚全遮光窗帘", "成品挂钩窗帘"], [("米", 1.0), ("幅", 2.0)],
     (2, 10)),
    ("dining_table31", "relocation", "goods", ["吃饭桌桌", "吃饭的方桌", "四方桌"], ["可折叠方餐桌", "实木方餐桌"], ["张"], (1, 1)),
    ("tv31", "relocation", "goods", ["看电视的电视机", "彩色的电视机", "电视匣子"], ["智能电视机", "高清液晶平板电视"], ["台"], (1, 1)),
    ("water_heater31", "relocation", "goods", ["烧洗澡水的", "洗澡那个热水器", "洗澡的热水桶"], ["速热电热水器", "空气能热水器"], ["台"],
     (1, 1)),
    # 产业发展: small stock, what the fields need, tools, a ploughing service
    ("chicks31", "production", "goods", ["鸡娃娃儿", "小鸡仔儿", "小鸡娃娃"], ["三黄鸡脱温苗", "土鸡雏苗"],
     [("只", 1.0), ("羽", 1.0), ("箱", 100.0)], (50, 300)),
    ("piglets31", "production", "goods", ["猪娃娃", "猪儿崽", "小猪崽崽"], ["断奶小猪", "杜长大三元仔猪"], ["头", "只"], (2, 10)),
    ("fertiliser31", "production", "goods", ["撒田的化肥", "地里撒的复合肥", "洋化肥"], ["高浓度复合肥", "硫酸钾型三元复合肥"],
     _KG31 + [("袋", 50.0), ("吨", 1000.0)], (100, 1000)),
    ("mulch31", "production", "goods", ["盖地膜", "地膜膜", "铺地那个塑料膜"], ["黑色除草地膜加厚", "加厚农用薄膜"], None, (10, 50)),
    ("corn_seed31", "production", "goods", ["苞谷种种", "玉麦种子", "棒子种儿"], ["杂交玉米良种", "高产玉米种子"],
     _KG31 + [("袋", 2.5)], (5, 30)),
    ("sprayer31", "production", "goods", ["打药的壶", "喷药桶桶", "背的喷雾器"], ["电动喷雾器背负式", "农用手压喷雾器"], ["台", "个"],
     (1, 1)),
    ("hoe31", "production", "goods", ["锄头头", "挖地的锄头", "薅草的锄"], ["锰钢加厚锄头", "加厚锻打锄头"], ["把"], (1, 3)),
    ("beehive31", "production", "goods", ["养蜂的箱", "蜂桶桶", "蜂箱箱"], ["中蜂标准蜂箱", "十框标准蜂箱"], ["个", "只"], (2, 10)),
    ("goats31", "production", "goods", ["羊子", "山羊羊", "羊娃娃"], ["黑山羊种公羊", "简阳大耳羊"], ["只", "头"], (2, 10)),
    ("tiller31", "production", "goods", ["打田的机子", "微耕机子", "铁牛牛"], ["柴油动力微耕机", "汽油小型旋耕机"], ["台"], (1, 1)),
    ("ploughing31", "production", "service", ["犁犁地", "帮忙耕地", "帮忙犁田"], ["农机手代耕服务", "机耕作业服务"], [("亩", 1.0)],
     (1, 5)),
    # 消费扶贫: what the old sell from their yards and slopes
    ("walnuts31", "consumption", "goods", ["核桃桃", "核桃果", "山核桃果"], ["薄壳纸皮核桃", "云南漾濞泡核桃"], None, (20, 200)),
    ("honey31", "consumption", "goods", ["蜂糖儿", "自己家的蜂糖", "蜜糖糖"], ["深山百花土蜂蜜", "中蜂原蜜"], None, (5, 50)),
    ("bacon31", "consumption", "goods", ["腊肉肉", "柴火熏的腊肉", "挂的腊肉"], ["农家烟熏腊肉", "传统柴火老腊肉"], None, (10, 100)),
    ("potatoes31", "consumption", "goods", ["洋芋蛋儿", "洋芋疙瘩儿", "山药蛋儿"], ["高原黄心马铃薯", "新挖土豆"], None, (100, 1000)),
    ("sweet_potato31", "consumption", "goods", ["红苕苕儿", "番薯仔", "红芋子"], ["农家红心红薯", "沙地红薯"], None, (100, 1000)),
    ("dried_chili31", "consumption", "goods", ["干海椒椒", "辣子角角", "晒干的辣子角"], ["朝天椒干", "二荆条干辣椒"], None, (10, 100)),
    ("sichuan_pepper31", "consumption", "goods", ["花椒籽", "麻椒椒", "花椒粒粒"], ["大红袍花椒粒", "汉源贡椒"], None, (5, 50)),
    ("wood_ear31", "consumption", "goods", ["木耳耳", "耳子菜", "干木耳子"], ["东北秋木耳干货", "东北椴木黑木耳"], None, (5, 30)),
    ("vermicelli31", "consumption", "goods", ["粉条条", "苕粉条条", "苕粉丝"], ["纯红薯粉条", "手工红薯宽粉"], None, (10, 100)),
    ("tea31", "consumption", "goods", ["山茶", "茶叶叶", "自己炒的茶"], ["云雾高山绿茶", "手工炒青茶"], None, (2, 20)),
    ("cloth_shoes31", "consumption", "goods", ["布鞋", "千层底底", "手纳的鞋"], ["手工千层底布鞋", "老北京布鞋"], ["双"], (5, 30)),
    # 就业帮扶: work near home an older or disabled person can do
    ("welfare_post31", "employment", "service", ["护林的活", "巡山的活", "村里的公益岗"], ["生态护林员招聘", "乡村公益岗位开发"],
     _PERSONS31, (1, 2)),
    ("cleaner31", "employment", "service", ["扫地", "扫马路的活", "搞卫生的活路"], ["村庄保洁员岗位", "环卫保洁员招聘"],
     _PERSONS31, (1, 2)),
    ("handwork31", "employment", "service", ["手工活", "在家做的手工", "串珠子的活"], ["居家手工来料加工", "编织手工订单"],
     _PERSONS31, (1, 3)),
    ("bamboo31", "employment", "service", ["编竹篓", "编背篼", "篾匠活"], ["竹编订单", "竹编工艺品加工"], _PERSONS31, (1, 3)),
    ("gatekeeper31", "employment", "service", ["看门", "守大门", "看厂子的门"], ["工地门卫岗位", "厂区值班员招聘"],
     _PERSONS31, (1, 2)),
    ("tea_picking31", "employment", "service", ["摘茶", "采茶叶", "掐茶"], ["茶园采茶工", "季节性采茶工招聘"], _PERSONS31, (1, 3)),
    ("sewing_machine31", "employment", "goods", ["脚踩的缝纫机", "衣车车", "踩衣车"], ["蝴蝶牌缝纫机", "家用电动多功能缝纫机"], ["台"],
     (1, 1)),
    ("massage31", "employment", "service", ["学个按摩", "盲人按摩", "学推拿的手艺"], ["盲人按摩技能培训", "保健按摩培训班"],
     _PERSONS31, (1, 2)),
    # 基础设施: water, light and roads for the hamlet, a place for the old to sit together
    ("street_light31", "infrastructure", "goods", ["晚上照路的灯灯", "路灯杆杆", "村口装个灯"], ["太阳能LED庭院路灯", "一体化太阳能LED路灯"],
     ["盏", "杆", "个"], (5, 20)),
    ("water_pipe31", "infrastructure", "goods", ["水管管儿", "接自来水的管子", "自来水管儿"], ["PE自来水管", "HDPE给水管材"],
     [("米", 1.0), ("卷", 100.0)], (100, 1000)),
    ("cistern31", "infrastructure", "goods", ["水窖窖", "存雨水的那个窖", "蓄水窖"], ["雨水收集水窖工程", "钢筋混凝土蓄水池工程"], ["口", "个", "座"],
     (1, 2)),
    ("road31", "infrastructure", "goods", ["修条路", "打个水泥路", "路硬化一哈"], ["村道硬化工程", "组组通水泥路"],
     [("米", 1.0), ("公里", 1000.0)], (200, 2000)),
    ("footbridge31", "infrastructure", "goods", ["过河的桥桥", "修个桥", "河上的桥"], ["人行便桥工程", "钢筋混凝土小桥"], ["座"], (1, 1)),
    ("well31", "infrastructure", "goods", ["水井", "打口井", "吃水的井"], ["机井工程", "人畜饮水机井"], ["口", "眼"], (1, 1)),
    ("fitness31", "infrastructure", "goods", ["活动器材", "锻炼身体用的器材", "扭腰的器材"], ["广场健身器材套装", "户外健身路径套装"],
     ["套", "件"], (1, 3)),
    ("activity_room31", "infrastructure", "goods", ["老年活动室", "活动室", "老年人耍的地方"], ["农村幸福院", "老年日间照料中心"],
     ["个", "间"], (1, 1)),
    ("guardrail31", "infrastructure", "goods", ["挡车的栏杆", "路边的栏杆杆", "防滚坎的栏杆"], ["波形梁钢护栏", "公路防撞护栏"],
     [("米", 1.0), ("块", 4.0)], (50, 300)),
    # 金融信贷: money for medicine, hospital, school, a funeral and the house (kind "cash")
    ("medicine_money31", "finance", "cash", ["药钱", "看病吃药的钱", "抓药的钱钱"], ["慢性病用药补助", "医药费救助"], _YUAN31,
     (500, 5000)),
    ("hospital_money31", "finance", "cash", ["住院押的钱", "住医院的钱", "交住院的钱"], ["住院医疗费资助", "大病住院救助"], _YUAN31,
     (3000, 20000)),
    ("insurance31", "finance", "cash", ["交医保", "交合作医疗", "医保要交的钱"], ["新农合参保资助", "居民医保参保缴费补助"], _YUAN31,
     (300, 1000)),
    ("tuition31", "finance", "cash", ["孙子上学的钱", "娃娃学费", "学费那个钱"], ["贫困学生学费资助", "大学新生入学学费资助"], _YUAN31, (1000, 6000)),
    ("funeral31", "finance", "cash", ["丧葬费", "办后事的钱", "老了以后的钱"], ["困难群众丧葬补助", "殡葬救助金"], _YUAN31,
     (2000, 8000)),
    ("repair_money31", "finance", "cash", ["修屋的钱钱", "房子要修的钱", "修房造屋的钱"], ["住房修缮资助", "危房改造补贴资金"], _YUAN31,
     (5000, 30000)),
    ("living_money31", "finance", "cash", ["零花钱", "买油盐的钱", "过活的钱"], ["困难老人生活补贴", "高龄老人生活补助"], _YUAN31,
     (300, 2000)),
    # 其他: company, chores, meals, papers, a clock on the wall
    ("company31", "other", "service", ["陪我说说话", "来看看我", "陪聊"], ["志愿者探访陪伴", "空巢老人关爱探访"], _TIMES31, (1, 4)),
    ("phone_lesson31", "other", "service", ["教用手机", "学用微信", "教我视频"], ["老年人智能手机培训", "手机使用教学"],
     _PERSONS31, (1, 2)),
    ("opera31", "other", "service", ["看戏", "送戏下乡", "唱大戏"], ["文艺演出进村", "戏曲惠民演出"], ["场", "次"], (1, 2)),
    ("water_carry31", "other", "service", ["挑水", "担水", "帮我挑水"], ["送水上门服务", "桶装水送水到家"], _TIMES31, (2, 10)),
    ("papers31", "other", "service", ["补办证件", "补个身份证", "办个残疾证"], ["证件代办服务", "上门代办证件服务"], ["次", "件"], (1, 1)),
    ("meals31", "other", "service", ["送饭", "有人送饭", "送饭上门"], ["老年助餐服务", "爱心食堂送餐"],
     [("餐", 1.0), ("份", 1.0), ("月", 30.0)], (10, 60)),
    ("clock31", "other", "goods", ["挂钟", "墙上的钟", "闹钟钟"], ["大字时钟", "老人电子日历钟"], ["个", "台"], (1, 1)),
]
# Broader offers under names of their own (as donors post them: 慰问品, 礼包, 物资, 服务). generate() gives a
# broader offer's unit size 1 and counts it as kg for mass items: groups covering a weighed item are offered in
# 公斤, the others in a unit of size 1 for every covered item that counts in it, or in one none of them uses
# (not comparable, relevance 2).
BLIND31_BROAD = [
    ("bedding31", "living", ["冬季御寒被服", "防寒保暖衣被"],
     ["quilt31", "e_blanket31", "hot_bag31", "cotton_shoes31", "winter_hat31"], ["件"]),
    ("grain_oil31", "living", ["米面油爱心慰问品", "粮油米面套装"], ["rice31", "flour31", "rapeseed_oil31", "noodles31"], ["公斤"]),
    ("fuel31", "living", ["烤火燃料", "冬季取暖燃料"], ["coal31", "charcoal31"], ["公斤"]),
    ("elder_goods31", "living", ["敬老慰问品", "老年人日用品"],
     ["thermos31", "torch31", "radio31", "chamber_pot31", "elder_phone31"], ["件"]),
    ("chronic_meds31", "medical", ["老年慢病药品", "老人常备药"],
     ["bp_pills31", "plaster31", "huoxiang31", "heart_pills31"], ["份"]),
    ("aids31", "medical", ["残疾人辅具", "助残辅助器具"],
     ["cane31", "wheelchair31", "walker31", "hearing31", "reading_glasses31", "prosthesis31"], ["件"]),
    ("care_supplies31", "medical", ["失能老人护理耗材", "卧床护理用品"], ["diapers31", "underpads31"], ["件"]),
    ("monitors31", "medical", ["家用健康监测仪器", "健康监测设备"], ["bp_meter31", "glucose31"], ["台"]),
    ("clinic31", "medical", ["进村义诊服务", "健康扶贫医疗服务"], ["cataract31", "house_call31", "rehab31"], ["次"]),
    ("stationery31", "education", ["新学期文具包", "学生文具用品套装"],
     ["schoolbag31", "notebooks31", "pencils31", "dictionary31"], ["份"]),
    ("study_devices31", "education", ["助学电子产品", "学习电器"], ["desk_lamp31", "reader31"], ["台"]),
    ("roofing31", "housing", ["屋面修缮材料", "补屋顶的材料"], ["tiles31", "steel_tile31", "felt31"], ["批"]),
    ("elder_adapt31", "housing", ["居家适老化改造", "适老化改造用品"], ["handrail31", "antislip31", "toilet31"], ["件"]),
    ("materials31", "housing", ["农房修缮建材", "房屋修缮用料"],
     ["cement31", "glass31", "wire31", "bulbs31", "door31"], ["批"]),
    ("furniture31", "relocation", ["乔迁家具套装", "安置新房家具"], ["bed31", "wardrobe31", "dining_table31"], ["件"]),
    ("appliances31", "relocation", ["新居家电", "安置新房家电"],
     ["gas_stove31", "rice_cooker31", "tv31", "water_heater31"], ["台"]),
    ("stock31", "production", ["庭院养殖畜禽苗", "畜禽苗种供应"], ["chicks31", "piglets31", "goats31"], ["只"]),
    ("farm_inputs31", "production", ["春播农资", "种肥膜农资"], ["fertiliser31", "mulch31", "corn_seed31"], ["公斤"]),
    ("farm_tools31", "production", ["小型农具农机", "农用机具"], ["sprayer31", "hoe31", "tiller31"], ["台"]),
    ("produce31", "consumption", ["农家土特产", "山里土货"],
     ["walnuts31", "honey31", "bacon31", "potatoes31", "sweet_potato31", "dried_chili31", "sichuan_pepper31",
      "wood_ear31", "vermicelli31", "tea31"], ["公斤"]),
    ("near_jobs31", "employment", ["就近就业岗位", "村级就业岗位"],
     ["welfare_post31", "cleaner31", "gatekeeper31", "tea_picking31"], ["人"]),
    ("home_work31", "employment", ["居家灵活就业", "手工编织就业"], ["handwork31", "bamboo31"], ["人"]),
    ("drinking_water31", "infrastructure", ["安全饮水设施", "人畜饮水设施"], ["water_pipe31", "cistern31", "well31"], ["处"]),
    ("roads31", "infrastructure", ["村组道路建设", "出行道路设施"], ["road31", "footbridge31", "guardrail31"], ["项"]),
    ("medical_fund31", "finance", ["看病救助", "医疗救助款项"],
     ["medicine_money31", "hospital_money31", "insurance31"], ["元"]),
    ("hardship_fund31", "finance", ["兜底救助", "困难群众救助款"], ["funeral31", "living_money31"], ["元"]),
    ("elder_care31", "other", ["关爱空巢老人服务", "助老志愿服务"],
     ["company31", "water_carry31", "meals31", "phone_lesson31"], ["次"]),
]
TEMPLATES["blind31"] = {
    # Needs as voice input types what an old villager (or the one who cares for one) says into a phone: run-on,
    # little or wrong punctuation, fillers and repairs, repetitions, a few homophone slips (以经, 行动不变, 在也,
    # 做车); offers in the plain written words of 同乡会, 商会, 能人, 爱心车队, temple and church charity groups.
    "need_title": ["{who}想要个{name}", "喂你好 我是{who} 我要{name}", "{who}那个就是说要{name}",
                   "帮{who}问一下有没有{name}", "{name}有没有啊 {who}要的", "嗯{who}缺{name}缺得很",
                   "{name}{name} {who}要{name}", "我们{who} 就是想要点{name}"],
    "need_desc": ["{cause} 那个{name}有没有 有的话给我们弄一个 谢谢了", "嗯 {cause}就是说 就是说想要{name}",
                  "{cause}，想要那个叫啥来着 {name}。", "{cause}所以说要{name} 要{name}",
                  "{cause} 麻烦你们帮忙找点{name} 谢谢政府谢谢好心人", "{cause}",
                  "我孙女帮我打的字 {cause} 缺{name}", "{cause}。{name}，就缺这个 别的不要"],
    "negated": ["那个{other}啊去年就给过了", "{other}不要了不要了", "{other}有的有的 还有呢",
                "{other}我儿子在城里买了寄回来了", "别的都不用 就要{name}", "{other}村里上个月发了",
                "{other}那个事情以经解决了", "{other}够用了够用了 还剩好多", "我家老头子说{other}他不要 他不要那个",
                "孙子说{other}他不要 学校有", "嗯{other}前年有个好心人送过 还能用", "不是不是 不是{other} 是{name}",
                "那个叫啥来着{other} 那个不缺", "{other}早就有人拿来了 用不着", "{other}就别送了 放着也是浪费",
                "除了{other}嘛 {other}不用 别的都缺"],
    "offer_title": ["{donor}捐赠{name}", "{donor}爱心捐助：{name}", "{name}（{donor}捐）", "免费赠送{name}，{donor}",
                    "{donor}为留守老人送{name}"],
    "offer_title_consumption": ["{donor}收购{name}", "{donor}帮老乡卖{name}", "长期收{name}（{donor}）"],
    "offer_title_employment": ["{donor}招工：{name}", "{name}，{donor}提供", "{donor}发布：{name}"],
    "offer_title_finance": ["{donor}资助：{name}", "{name}（{donor}设立）", "{donor}捐款用于{name}"],
    "offer_title_infrastructure": ["{donor}出资修建{name}", "{donor}捐建：{name}", "{name}（{donor}援建）"],
    "offer_title_other": ["{donor}志愿服务：{name}", "{name}（{donor}组织）", "{donor}提供{name}"],
    "offer_title_medical": ["{donor}捐赠{name}", "{donor}为残疾人送{name}", "{name}（{donor}联系）"],
    "who": ["留守老人", "五保户张大爷", "残疾人", "老两口", "我家老太太", "眼睛不好的王奶奶", "照顾瘫痪儿子的李大娘",
            "一个人住的刘老汉"],
    "cause": ["我今年八十一了 腿脚不行了", "老伴走了二十来年了 就我一个人", "儿子儿媳都在外面打工 就我跟孙子在家",
              "我是残疾人 那个左腿不行 行动不变", "眼睛看不清楚 字也不认得", "去年冬天摔了一跤 到现在还起不来",
              "一个月就一百五的低保 不够用", "以前一年能挑两百斤柴 现在挑不动了", "儿子脑子不好 要人照顾 我在也出不去",
              "村里的小王帮我打的字 我不会写", "到镇上做车要两个钟头"],
    "donor": ["在京老乡会", "深圳贵州商会", "邻村养殖大户李师傅", "县城爱心车队", "普济寺慈善功德会", "福音堂爱心小组",
              "匿名爱心人士", "广东遵义同乡会", "本县在外创业能人", "爱心出租车车队"],
}
# The parts blind31 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND31 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22",
                         "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30")


def check_blind31() -> None:
    """Raise SystemExit if blind31 is not what its comment says (``_check_part_after`` tune … blind30)."""
    _check_part_after("blind31", BLIND31_CATALOGUE, BLIND31_BROAD, _PARTS_BEFORE_BLIND31)


# The "blind32" part (written 2026-12-02 for issue 13 by an engineer who opened none of matching/, search/data/,
# docs/matching.md, tests/ or any part's records, read no other part's item lists and never ran the matcher) in
# a voice no earlier part has: rural school teachers — 班主任, 乡村教师, 特岗教师, 校长 and 支教老师 — writing needs
# after 家访 and 控辍保学 visits in the register of a 家访记录 or 情况说明 (「X家：…」「经家访了解，…」「该生…」
# 「班上有几名学生…需要…」), for their pupils' families and for the school itself, over all 11 categories: school,
# classroom, canteen and boarding things under a teacher's standard or textbook names, and the family's other
# needs a teacher sees at a home visit (a parent's illness and medicine, the house, crops and animals, a job for
# the father or mother, a loan, papers), often in a pupil's or parent's own descriptive words; offers from
# 教育基金会, 希望工程, 校友会, 爱心企业 助学 programmes, a library and a publisher, partner city schools and
# companies, under programme and catalogue names, so need and offer often name one thing in different words.
# 142 items (109 goods, 25 of kind "service", 8 subsidies, fees and loans of kind "cash"), each under 2-3 need
# names and 2 offer names; 26 broader offers under names of their own covering 2-11 items; 8 need titles,
# 7 need descriptions and 15 negations and past mentions in the teacher's register, each a different
# construction (a subsidy already enjoyed, handed out by the school, paid for by a donor, not needed by the
# pupil for now, an exception, the child's or the grandfather's own refusal, sent by someone else, solved after
# a visit, enough, already on a programme's list, checked and found present, delivered by the village, paid
# the year before); offer titles for six categories of their own. Units that need converting: mass in 斤 /
# 市斤 / 公斤 / kg / Kg / 千克 (17 items weighed only); packs and measures the catalogue fixes (袋 of 2, 25 and
# 50 kg, 包 of 40 kg, 吨; 箱 of 24, 板 of 30, 打 of 12, 包 of 10, 盒 of 10, 20 and 48, 套 of 4, 6 and 20, 卷 of
# 100 米, 万株, 千片, 桶 of 5 and 20 升); volume in 升 / L, area in 平方米 / ㎡ / 平米, length in 米 / 公里, money
# in 元 / 块 / 千元 / 万元, persons in 人 / 名 / 人次; and 15 % of the weighed-item offers in 爱心箱 (a donation
# box of unknown weight, not comparable; with seed 323232 none of the 15 weighed-item offers drew it). Every
# size is exact in binary floating point (no 两 or 毫升), so no label turns on a rounding error.
# ``check_blind32`` checks it against the catalogues, groups and negation templates of tune … blind30 only,
# never the lexicon (the lead evaluates it once, as a check; never tune on it).
BLIND32_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("Kg", 1.0), ("公斤 ", 1.0)]
_KG32 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0)]
_PERSONS32 = [("人", 1.0), ("名", 1.0), ("人次", 1.0)]
_YUAN32 = [("元", 1.0), ("块", 1.0), ("千元", 1000.0), ("万元", 10000.0)]
_AREA32 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
_LITRES32 = [("升", 1.0), ("L", 1.0)]
BLIND32_CATALOGUE = [
    # 生活物资: boarding things, clothes for the cold and the rain, the 营养改善计划's food
    ("dorm_bedding32", "living", "goods", ["住校的铺盖", "寄宿被褥", "住校用的被子褥子"],
     ["寄宿生床上用品三件套", "住宿生爱心被褥套装"], ["套", "床"], (1, 3)),
    ("bed_net32", "living", "goods", ["学生床蚊帐", "宿舍里的罩子", "上下铺蚊帐"], ["单人学生蚊帐", "防蚊宿舍床帐"],
     ["顶", "床"], (1, 4)),
    ("flask32", "living", "goods", ["宿舍暖瓶", "开水瓶子", "打水用的暖水壶"], ["学生宿舍暖水瓶", "大容量保温开水瓶"],
     ["个", "只"], (1, 2)),
    ("mess_tin32", "living", "goods", ["打饭的缸子", "寄宿生饭盒", "吃饭的盒子"], ["不锈钢学生餐盒", "分格保温餐盒"],
     ["个"], (1, 2)),
    ("wash_kit32", "living", "goods", ["牙刷牙膏", "洗漱的东西", "漱口杯牙刷"], ["学生洗漱套装", "寄宿生洗漱包"],
     ["套"], (1, 3)),
    ("hangers32", "living", "goods", ["衣撑子", "挂衣服的撑子", "宿舍晾衣架子"], ["宿舍防滑衣架", "塑料衣架家庭装"],
     [("个", 1.0), ("包", 10.0)], (10, 40)),
    ("winter_uniform32", "living", "goods", ["冬装校服", "棉校服", "冬天的校服"], ["加厚冬季学生装", "防寒校服套装"],
     ["套"], (1, 2)),
    ("snow_boots32", "living", "goods", ["过冬的棉鞋", "冬天穿的暖鞋", "学生棉鞋"], ["加绒儿童雪地靴", "保暖学生棉靴"],
     ["双"], (1, 2)),
    ("mittens32", "living", "goods", ["手套子", "冬天戴的手套", "捂手的手套"], ["儿童分指保暖手套", "加绒学生手套"],
     [("副", 1.0), ("打", 12.0)], (2, 24)),
    ("wellies32", "living", "goods", ["下雨天穿的胶鞋", "雨天的胶靴", "上学的雨鞋"], ["儿童防滑雨靴", "学生高筒雨鞋"],
     ["双"], (1, 2)),
    ("poncho32", "living", "goods", ["上学穿的雨衣", "斗篷雨衣", "带帽的雨披子"], ["带书包位学生雨衣", "反光儿童雨披"],
     ["件"], (1, 2)),
    ("canteen_rice32", "living", "goods", ["食堂用米", "营养餐大米", "寄宿生口粮"], ["学校食堂专供大米", "营养午餐专用米"],
     _KG32 + [("袋", 25.0)], (50, 500)),
    ("canteen_oil32", "living", "goods", ["学校伙房的油", "炒菜的清油", "食堂用油"], ["非转基因食用菜油", "食用调和油桶装"],
     _LITRES32 + [("桶", 5.0)], (10, 50)),
    ("school_milk32", "living", "goods", ["营养餐牛奶", "课间奶", "课间喝的奶"], ["学生饮用奶", "学生专供纯奶整箱"],
     [("盒", 1.0), ("箱", 24.0)], (24, 240)),
    ("school_eggs32", "living", "goods", ["营养餐鸡蛋", "每天一个蛋", "学生吃的鸡蛋"], ["新鲜鸡蛋整板", "营养早餐蛋"],
     [("个", 1.0), ("板", 30.0)], (30, 300)),
    ("water_bottle_bag32", "living", "goods", ["冲水的热水袋", "暖肚子的水袋", "灌热水的胶袋"],
     ["防爆注水热水袋", "加厚橡胶暖水袋"], ["个"], (1, 3)),
    ("washing_powder32", "living", "goods", ["洗衣服的粉子", "搓衣粉", "洗衣裳的粉末"], ["家庭装无磷洗衣粉", "宿舍用洗衣粉"],
     _KG32 + [("袋", 2.0)], (2, 10)),
    ("canteen_flour32", "living", "goods", ["食堂蒸馒头的面", "伙房用的面粉", "做馒头的白面"],
     ["学校食堂专用面粉", "食堂馒头专用粉"], None, (25, 200)),
    # 医疗救助: the pupils' eyes, teeth and worms, the school's first aid, a parent's or grandparent's illness
    ("myopia_glasses32", "medical", "goods", ["看黑板的眼镜", "配的眼镜", "近视镜子"], ["青少年近视矫正镜", "学生光学眼镜"],
     ["副"], (1, 1)),
    ("worm_pills32", "medical", "goods", ["宝塔糖", "打蛔虫的药", "肚子里有虫吃的药"], ["儿童肠虫清", "儿童驱虫咀嚼片"], ["盒"], (1, 3)),
    ("first_aid_box32", "medical", "goods", ["班级药箱", "教室里的小药箱", "常备药箱子"], ["校园急救包", "学校卫生室药品箱"],
     ["个", "套"], (1, 2)),
    ("bp_pills32", "medical", "goods", ["爸爸吃的降压片", "控制血压的药", "降压的片子"], ["长效降压片", "高血压慢病用药"],
     ["盒"], (1, 6)),
    ("insulin32", "medical", "goods", ["打的针水", "打胰岛素的针", "糖尿病打的针"], ["重组人胰岛素注射液", "胰岛素预填充注射笔"],
     ["支"], (2, 10)),
    ("wheelchair32", "medical", "goods", ["坐的推车", "能推着走的椅子", "代步椅"], ["老年代步轮椅", "可折叠手推轮椅"],
     ["辆", "台"], (1, 1)),
    ("hearing_aid32", "medical", "goods", ["听声音的机器", "耳朵上戴的助听机"], ["老年人助听器", "耳背式助听设备"],
     ["个", "台"], (1, 1)),
    ("thermometer32", "medical", "goods", ["量体温的", "测体温的", "温度表"], ["电子额温枪", "水银体温表"],
     ["支", "个"], (1, 5)),
    ("calcium32", "medical", "goods", ["补钙的", "钙铁锌", "儿童钙片"], ["儿童碳酸钙D3颗粒", "钙铁锌口服液"],
     ["盒", "瓶"], (1, 4)),
    ("vision_check32", "medical", "service", ["查视力", "视力筛查", "测眼睛"], ["爱眼护眼筛查行动", "眼科医生进校园"],
     _PERSONS32, (10, 60)),
    ("teeth32", "medical", "service", ["看牙", "补牙", "窝沟封闭"], ["儿童口腔健康公益行", "窝沟封闭免费项目"],
     _PERSONS32, (1, 40)),
    ("counselling32", "medical", "service", ["谈心", "心理上的疏导", "找人说说心里话"], ["留守儿童心理关爱热线", "心理老师进校园"],
     _PERSONS32, (1, 20)),
    ("rehab32", "medical", "service", ["孩子做康复", "送教上门康复", "康复课"], ["残疾儿童康复救助项目", "脑瘫儿童康复训练"],
     _PERSONS32, (1, 2)),
    # 教育助学: 学具, 教辅, books for the 图书角, classroom equipment, sports and music
    ("school_bag32", "education", "goods", ["背书的包包", "装书的书包", "上学的书包"], ["希望工程爱心书包", "学生护脊书包"],
     ["个"], (1, 2)),
    ("tian_books32", "education", "goods", ["田字格作业本", "拼音格子本", "一年级写字的本子"], ["小学生田字格作业本", "统一规格练习簿"],
     [("本", 1.0), ("包", 10.0)], (10, 60)),
    ("hb_pencils32", "education", "goods", ["HB的铅笔", "写作业的铅笔", "六角铅笔"], ["六角杆HB铅笔", "学生铅笔"],
     [("支", 1.0), ("盒", 10.0)], (10, 60)),
    ("refills32", "education", "goods", ["笔芯子", "中性笔的芯", "换的笔芯"], ["黑色中性笔芯", "学生考试笔芯"],
     [("支", 1.0), ("盒", 20.0)], (20, 100)),
    ("pen_box32", "education", "goods", ["笔盒儿", "装笔的盒盒", "铁皮文具盒"], ["多功能学生文具盒", "磁性文具盒"],
     ["个"], (1, 3)),
    ("sharpener32", "education", "goods", ["削铅笔的刀", "手摇削笔器", "卷笔器"], ["机械手摇削笔机", "学生卷笔刀"],
     ["个"], (1, 3)),
    ("oil_pastels32", "education", "goods", ["涂色的蜡笔", "画画用的蜡笔", "旋转蜡笔"], ["安全无毒蜡笔", "36色儿童蜡笔"],
     ["盒"], (1, 3)),
    ("math_kit32", "education", "goods", ["数学学具", "小棒计数器", "学具盒"], ["小学数学学具盒", "一年级学具套装"],
     ["套", "盒"], (1, 30)),
    ("copybook32", "education", "goods", ["描红的本子", "练字用的帖子", "写字帖"], ["小学生同步练字帖", "楷书描红字帖"],
     [("本", 1.0), ("套", 4.0)], (4, 40)),
    ("workbooks32", "education", "goods", ["教辅书", "同步辅导书", "课课练"], ["全科同步教辅套装", "课时练习教辅"],
     [("本", 1.0), ("套", 6.0)], (6, 60)),
    ("class_library32", "education", "goods", ["班级图书角的书", "课外阅读书", "孩子们看的绘本"], ["乡村学校图书角图书", "童书漂流书箱"],
     [("本", 1.0), ("套", 20.0)], (20, 200)),
    ("essay_books32", "education", "goods", ["写作文的参考书", "作文选", "满分作文书"], ["小学生满分作文大全", "作文辅导精选"],
     ["本"], (1, 5)),
    ("desk_chair32", "education", "goods", ["课桌凳", "学生的桌子凳子", "坐的课桌"], ["单人升降课桌椅", "学生课桌椅套装"],
     ["套"], (5, 40)),
    ("blackboard32", "education", "goods", ["教室黑板", "讲台后面的黑板", "推拉黑板"], ["推拉式教学绿板", "磁性教学书写板"],
     ["块"], (1, 4)),
    ("chalk32", "education", "goods", ["粉笔", "无尘粉笔", "白粉笔"], ["无尘环保粉笔", "教学粉笔整盒"],
     [("支", 1.0), ("盒", 48.0)], (48, 480)),
    ("pc32", "education", "goods", ["微机室电脑", "上信息课的电脑"], ["教学用台式计算机", "学生机房电脑"],
     ["台"], (1, 30)),
    ("smart_board32", "education", "goods", ["多媒体一体机", "班班通", "教室大屏"], ["交互式智能平板", "教学触控一体机"],
     ["台", "套"], (1, 6)),
    ("globe32", "education", "goods", ["上地理课的地球仪", "地理课用的球"], ["教学用大地球仪", "发光地球仪"],
     ["个"], (1, 3)),
    ("science_kit32", "education", "goods", ["实验器材", "科学实验箱", "做实验的东西"], ["小学科学实验器材箱", "青少年科学探究套装"],
     ["套"], (1, 6)),
    ("keyboard32", "education", "goods", ["键盘琴", "音乐课的琴", "教学电子琴"], ["61键教学电子琴", "音乐教室电子琴"],
     ["台"], (1, 3)),
    ("basketball32", "education", "goods", ["五号篮球", "学生用篮球", "体育课的篮球"], ["小学生5号篮球", "室内外通用篮球"],
     ["个"], (2, 10)),
    ("skip_rope32", "education", "goods", ["花样绳", "跳的绳子", "体育课用的跳绳"], ["体测计数跳绳", "负重竹节跳绳"],
     [("根", 1.0), ("打", 12.0)], (12, 60)),
    ("football32", "education", "goods", ["踢的球", "校园足球队的球", "踢足球的球"], ["4号校园足球", "比赛训练足球"], ["个"], (2, 10)),
    ("badminton32", "education", "goods", ["打羽毛球的球拍", "羽毛拍"], ["初学者碳素球拍", "学生羽毛球对拍"],
     ["副"], (1, 10)),
    ("summer_uniform32", "education", "goods", ["夏季校服", "短袖校服", "校服T恤"], ["纯棉学生夏装", "短袖学生制服"],
     ["套", "件"], (1, 3)),
    ("desk_lamp32", "education", "goods", ["晚上看书的灯", "写字用的台灯"], ["LED护眼学习台灯", "充电护眼台灯"],
     ["盏", "台"], (1, 1)),
    ("tutoring32", "education", "service", ["帮孩子补功课", "功课辅导", "学业辅导"], ["大学生线上支教辅导", "周末爱心课堂"],
     _PERSONS32, (1, 5)),
    ("relief_teacher32", "education", "service", ["代课老师", "来上课的老师", "缺的老师"], ["大学生支教团", "银龄讲学计划"],
     _PERSONS32, (1, 3)),
    # 住房安全: the family's house as the teacher sees it at a home visit
    ("roof_tiles32", "housing", "goods", ["盖屋的瓦", "屋顶上的瓦", "房上的瓦"], ["机制红瓦", "烧结屋面瓦"],
     [("片", 1.0), ("千片", 1000.0)], (500, 4000)),
    ("cement32", "housing", "goods", ["糊墙的水泥", "砌墙的水泥", "普通水泥"], ["标号水泥", "散装普通硅酸盐水泥"],
     _KG32 + [("袋", 50.0), ("吨", 1000.0)], (500, 3000)),
    ("window_glass32", "housing", "goods", ["窗格玻璃", "装窗户的玻璃"], ["平板窗玻璃", "浮法平板玻璃"],
     _AREA32, (2, 15)),
    ("front_door32", "housing", "goods", ["堂屋大门", "大门板", "家里的门"], ["钢制安全入户门", "防盗进户大门"],
     ["扇", "樘"], (1, 1)),
    ("tarp32", "housing", "goods", ["塑料布", "盖房顶的塑料", "遮雨的塑料膜"], ["加厚防水篷布", "PE防雨彩条布"],
     _AREA32, (20, 100)),
    ("wire32", "housing", "goods", ["家里的电线路", "拉的电线", "屋里走的线"], ["单芯铜电线", "阻燃家装电线"],
     [("米", 1.0), ("卷", 100.0)], (50, 300)),
    ("wall_paint32", "housing", "goods", ["墙面的涂料", "粉墙的漆"], ["环保乳胶墙漆", "家装墙面乳胶漆"],
     _LITRES32 + [("桶", 20.0)], (20, 100)),
    ("stove32", "housing", "goods", ["蜂窝煤炉", "烤火的炉子", "煤炉子"], ["家用采暖炉", "节能取暖炉"], ["个", "台"], (1, 1)),
    ("house_repair32", "housing", "service", ["修房子", "补屋顶", "修屋漏"], ["农村危房改造施工队", "爱心修缮志愿服务"],
     ["户", "次"], (1, 1)),
    # 易地搬迁: the new flat at the 安置点
    ("study_desk32", "relocation", "goods", ["孩子写作业的桌子", "学习用的桌子", "写字台子"], ["实木书桌", "儿童可升降书桌"],
     ["张"], (1, 1)),
    ("single_bed32", "relocation", "goods", ["孩子睡的床", "小床", "一米二的床"], ["实木单人床", "学生单人铁床"], ["张"], (1, 1)),
    ("wardrobe32", "relocation", "goods", ["放衣裳的柜", "挂衣裳的柜子"], ["组装布艺衣橱", "两门板式衣橱"], ["个", "组"], (1, 1)),
    ("bookshelf32", "relocation", "goods", ["放书的架子", "孩子的书架子", "书格子"], ["多层落地书架", "儿童图书收纳架"], ["个"], (1, 2)),
    ("gas_hob32", "relocation", "goods", ["燃气的灶", "灶头"], ["家用台式燃气灶", "双头燃气灶具"],
     ["台"], (1, 1)),
    ("washer32", "relocation", "goods", ["洗衣服的机子", "搓衣服的机器", "滚筒的洗衣机"], ["家用滚筒洗衣机", "双缸洗衣机家用款"],
     ["台"], (1, 1)),
    ("water_heater32", "relocation", "goods", ["烧洗澡水的", "洗澡烧水的家电"], ["家用电热水器具", "储水式热水器家用款"],
     ["台"], (1, 1)),
    ("rice_cooker32", "relocation", "goods", ["做饭的电锅", "煮米饭的锅"], ["家用智能电饭煲", "电饭煲家用款"],
     ["个", "台"], (1, 1)),
    ("curtain32", "relocation", "goods", ["窗户上的帘子", "挡太阳的窗帘"], ["全遮光布艺窗帘", "成品挂钩窗帘"], ["幅", "套"], (1, 4)),
    ("moving32", "relocation", "service", ["搬进新家", "帮着搬家具", "搬新家"], ["搬迁入住帮扶", "安置点搬家志愿服务"],
     ["次", "户"], (1, 1)),
    # 产业发展: the family's crops and animals
    ("piglets32", "production", "goods", ["买的小猪", "小猪苗", "仔猪苗"], ["杂交仔猪", "生态仔猪"], ["头", "只"], (1, 5)),
    ("chicks32", "production", "goods", ["鸡仔苗", "小鸡苗子"], ["林下土鸡苗", "生态散养鸡苗"], ["只", "羽"], (20, 200)),
    ("goats32", "production", "goods", ["羊子", "喂的山羊"], ["波尔山羊", "简州大耳羊"], ["只", "头"], (2, 10)),
    ("maize_seed32", "production", "goods", ["种玉米的种", "包谷种儿", "玉米种儿"], ["杂交玉米良种", "高产玉米种子"],
     None, (5, 30)),
    ("seed_potato32", "production", "goods", ["洋芋种薯", "留种的洋芋", "土豆种块"], ["原种马铃薯", "马铃薯原种薯"],
     None, (100, 500)),
    ("konjac_seed32", "production", "goods", ["魔芋种子", "种魔芋的芋种", "自家留的魔芋种"], ["优质魔芋种芋", "魔芋良种"],
     None, (50, 300)),
    ("rapeseed32", "production", "goods", ["油菜籽种", "种油菜的种子"], ["杂交油菜良种", "双低油菜种子"], None, (1, 5)),
    ("compound_fert32", "production", "goods", ["撒地里的化肥", "地里用的肥"], ["高含量复合肥", "控释复合肥"],
     _KG32 + [("袋", 50.0)], (100, 800)),
    ("pig_feed32", "production", "goods", ["喂猪料", "喂猪用的饲料"], ["仔猪浓缩饲料", "生猪配合饲料"],
     _KG32 + [("包", 40.0)], (40, 400)),
    ("sprayer32", "production", "goods", ["背的药桶", "打药用的机器"], ["电动背负式喷雾机", "农用手压喷雾机"],
     ["台", "个"], (1, 1)),
    ("hoe32", "production", "goods", ["挖地的锄头", "锄子", "挖锄头"], ["锻打锄头", "农用宽板锄"], ["把"], (1, 3)),
    ("tea_seedlings32", "production", "goods", ["种茶的苗", "茶叶秧子"], ["白茶良种茶苗", "无性系良种茶苗"],
     [("株", 1.0), ("万株", 10000.0)], (1000, 20000)),
    ("beehive32", "production", "goods", ["蜜蜂桶", "养蜂的桶", "蜂箱子"], ["中蜂标准蜂箱", "意蜂活框蜂箱"], ["个", "只"], (2, 10)),
    ("farm_advice32", "production", "service", ["农技员上门", "教怎么种", "技术员来指导"], ["农业技术田间课堂", "专家上门养殖指导"],
     ["次", "户"], (1, 2)),
    # 消费扶贫: what the pupils' families grow and the school canteen, the 校友会 or a partner school buys
    ("honey32", "consumption", "goods", ["深山蜂蜜", "家里养的蜂的蜜"], ["深山中蜂蜜", "原生态土蜂蜜"], None, (5, 50)),
    ("walnuts32", "consumption", "goods", ["家里打的核桃", "干核桃仁"], ["农家干核桃", "纸皮核桃仁"], None, (20, 200)),
    ("chestnuts32", "consumption", "goods", ["毛板栗", "山里的栗子", "板栗子"], ["迁西板栗", "新鲜油板栗"], None, (20, 200)),
    ("kiwi32", "consumption", "goods", ["野猕猴桃", "山里的猕猴桃", "阳桃子"], ["秦岭猕猴桃", "猕猴桃鲜果装"], None, (50, 500)),
    ("navel_orange32", "consumption", "goods", ["广柑", "自家种的橙子", "甜橙子"], ["果园直发橙子", "脐橙鲜果"], None, (50, 500)),
    ("bamboo_shoots32", "consumption", "goods", ["干笋子", "晒的笋干", "笋子干"], ["高山冬笋干", "手工笋干"], None, (10, 100)),
    ("buckwheat32", "consumption", "goods", ["自家种的荞麦", "荞麦子", "苦荞子"], ["黑苦荞米", "高山荞麦米"], None, (10, 100)),
    ("bacon32", "consumption", "goods", ["烟熏腊肉条", "腊肉坨坨", "自家熏的肉"], ["柴火熏制腊肉", "农家烟熏腊肉"], None, (10, 100)),
    ("tea_leaves32", "consumption", "goods", ["高山茶叶", "家里采的茶叶"], ["农家炒青茶", "高山手工绿茶"], None, (2, 20)),
    ("sweet_potato32", "consumption", "goods", ["地里挖的红薯", "番薯仔"], ["农家红心红薯", "蜜薯鲜薯"], None, (100, 1000)),
    ("millet32", "consumption", "goods", ["自家种的小米", "谷子碾的米"], ["农家新小米", "黄小米新米"], None, (10, 100)),
    ("dried_chili32", "consumption", "goods", ["自家晒的辣椒", "晒干的红辣椒"], ["农家干辣椒段", "干辣椒整袋"], None, (10, 100)),
    # 基础设施: the school's own buildings and grounds, the pupils' way to school
    ("drinking_fountain32", "infrastructure", "goods", ["开水器", "学生喝水的机器"], ["校园直饮水设备", "节能开水炉"],
     ["台"], (1, 3)),
    ("canteen_range32", "infrastructure", "goods", ["食堂灶具", "大锅灶", "伙房的炉灶"], ["商用节能炒灶", "学校厨房灶具"],
     ["套", "台"], (1, 2)),
    ("dorm_bunks32", "infrastructure", "goods", ["宿舍上下铺", "寄宿生床铺", "高低铺"], ["学生公寓双层床", "钢木高低床"],
     ["张", "套"], (5, 30)),
    ("running_track32", "infrastructure", "goods", ["操场", "学校的跑道", "塑胶操场"], ["透气型塑胶跑道", "学校运动场铺装"],
     _AREA32, (200, 2000)),
    ("hoop_stand32", "infrastructure", "goods", ["篮板架子", "投篮的框架"], ["标准户外篮球架", "凹箱式篮球架"],
     ["副", "套"], (1, 2)),
    ("school_toilet32", "infrastructure", "goods", ["学校厕所", "旱厕改造", "冲水厕所"], ["校园水冲式厕所改造", "装配式卫生间"],
     ["座", "间"], (1, 2)),
    ("school_path32", "infrastructure", "goods", ["通学便道", "硬化上学路", "学生上学的小路"], ["通学路硬化工程", "村组便道硬化"],
     [("米", 1.0), ("公里", 1000.0)], (100, 2000)),
    ("street_lamp32", "infrastructure", "goods", ["校门口的路灯", "学校门口的灯"], ["太阳能一体化路灯", "LED路灯杆"],
     ["盏", "杆"], (2, 20)),
    ("classroom_heater32", "infrastructure", "goods", ["教室取暖炉", "班里生的炉子", "教室暖气片"],
     ["教室空气能采暖设备", "学校电采暖器"], ["台", "组"], (2, 8)),
    ("school_fence32", "infrastructure", "goods", ["围墙", "校园围墙", "学校的院墙"], ["校园护栏网", "铁艺围栏"],
     [("米", 1.0)], (50, 300)),
    ("cctv32", "infrastructure", "goods", ["校园监控", "监控的摄像头"], ["校园安防监控系统", "高清网络摄像头"],
     ["套", "个"], (1, 6)),
    ("school_bus32", "infrastructure", "service", ["校车", "接娃的车", "接送学生的车"], ["乡村学校校车接送", "定制通学车服务"],
     _PERSONS32, (10, 60)),
    # 就业帮扶: a job or a course for the father or the mother
    ("site_labour32", "employment", "service", ["打零工", "做小工", "搬砖的活"], ["建筑工地普工岗位", "劳务公司招聘钢筋工"],
     _PERSONS32, (1, 2)),
    ("factory_job32", "employment", "service", ["厂里的活", "工厂打工"], ["东部协作企业用工岗位", "电子厂流水线招工"],
     _PERSONS32, (1, 2)),
    ("welfare_post32", "employment", "service", ["村里的公益岗", "托底安置岗"], ["就业托底公益岗", "乡村公益岗位安置"],
     _PERSONS32, (1, 2)),
    ("driving32", "employment", "service", ["考个驾驶证", "学驾驶"], ["农民工驾驶技能培训", "免费驾照培训"],
     _PERSONS32, (1, 2)),
    ("cook32", "employment", "service", ["学烧菜", "学做厨师", "当大厨"], ["中式烹调技能培训", "厨师速成班"], _PERSONS32, (1, 2)),
    ("electrician32", "employment", "service", ["当电工", "电工活", "学做电工"], ["持证电工培训", "电工作业技能培训"],
     _PERSONS32, (1, 2)),
    ("livestream32", "employment", "service", ["网上卖货", "学网上卖东西", "搞直播"], ["短视频带货培训班", "直播卖货实操课"],
     _PERSONS32, (1, 2)),
    ("housekeeping32", "employment", "service", ["做保姆", "当家政", "去城里做家政"], ["巾帼家政就业", "家政服务员技能培训"],
     _PERSONS32, (1, 2)),
    ("sewing_machine32", "employment", "goods", ["做衣服的机器", "车衣服的机子"], ["多功能家用缝纫机", "脚踏老式缝纫机"],
     ["台"], (1, 1)),
    # 金融信贷: subsidies, fees and loans (kind "cash")
    ("boarding_grant32", "finance", "cash", ["寄宿生生活补助", "生活补贴", "住校的生活费"], ["寄宿生生活费资助", "困难学生生活补贴"],
     _YUAN32, (500, 3000)),
    ("high_school_fee32", "finance", "cash", ["高中学费", "读高中的学费", "上高中的钱"], ["高中阶段助学金", "金秋助学款"],
     _YUAN32, (1000, 5000)),
    ("college_fee32", "finance", "cash", ["大学的费用", "读大学的钱", "上大学要交的钱"], ["圆梦大学资助金", "新生入学绿色通道资助"],
     _YUAN32, (3000, 10000)),
    ("yulu32", "finance", "cash", ["职校补助", "读职高的补助", "读中职的补助"], ["职业教育助学补助", "中职在校生补助金"],
     _YUAN32, (1500, 3000)),
    ("hospital_bill32", "finance", "cash", ["住院医疗费", "医院的费用"], ["爱心医疗基金", "大病救助款"],
     _YUAN32, (2000, 30000)),
    ("microloan32", "finance", "cash", ["借的本钱", "扶贫小额贷"], ["脱贫户小额信贷款", "产业发展贴息贷"],
     _YUAN32, (10000, 50000)),
    ("home_fare32", "finance", "cash", ["周末回家的车钱", "返家路费", "乘车补助"], ["寄宿生交通补贴", "回家路费资助"],
     _YUAN32, (200, 1000)),
    ("pupil_insurance32", "finance", "cash", ["学生保险", "学平险", "意外保险"], ["学生平安保险", "学生意外伤害险"],
     _YUAN32, (50, 300)),
    # 其他: papers, rights, a trip to town, letters, a photograph, a call home, toys for the 学前班
    ("hukou32", "other", "service", ["上户口", "落户", "户口的事"], ["户籍办理帮办服务", "无户口儿童落户帮办"], ["次", "人"], (1, 1)),
    ("legal_aid32", "other", "service", ["讨工钱", "要回工钱", "打工资官司"], ["农民工讨薪法律援助", "公益律师服务"], ["次", "件"], (1, 1)),
    ("study_trip32", "other", "service", ["研学", "去城里看看", "研学旅行"], ["乡村少年进城研学营", "暑期夏令营"],
     _PERSONS32, (5, 40)),
    ("pen_pal32", "other", "service", ["书信结对", "写信交朋友", "城里的笔友"], ["城乡少年手拉手书信", "结对笔友活动"],
     _PERSONS32, (1, 30)),
    ("grad_photo32", "other", "service", ["毕业照", "拍毕业合影", "照张相"], ["毕业季免费拍摄", "校园摄影志愿服务"], ["次"], (1, 1)),
    ("video_call32", "other", "service", ["和爸妈视频", "亲情电话", "给爸妈打视频"], ["留守儿童亲情视频室", "亲情通话服务"],
     ["次"], (1, 1)),
    ("disability_card32", "other", "service", ["残疾证办理", "评残疾等级"], ["残疾评定上门服务", "办证帮办"],
     ["次"], (1, 1)),
    ("blocks32", "other", "goods", ["搭积木的玩具", "木头积木", "积木玩具"], ["幼儿园大块积木", "木质积木桶"], ["套", "盒"], (1, 5)),
    ("puzzle32", "other", "goods", ["拼图", "拼板", "拼图玩具"], ["儿童益智拼图", "木质拼板玩具"], ["盒", "套"], (1, 5)),
]
# Broader offers under the donors' own programme names. generate() gives a broader offer's unit size 1 and
# counts it as kg for weighed items (``None`` units): the groups covering one are offered in 公斤, the others
# in a unit of size 1 for every covered item that counts in it, or in one none of them uses (not comparable,
# relevance 2).
BLIND32_BROAD = [
    ("boarding32", "living", ["寄宿生生活用品包", "住校生活物资"],
     ["dorm_bedding32", "bed_net32", "flask32", "mess_tin32", "wash_kit32", "hangers32"], ["份"]),
    ("warm32", "living", ["防寒保暖助学包", "暖冬护学物资"],
     ["winter_uniform32", "snow_boots32", "mittens32", "water_bottle_bag32"], ["份"]),
    ("rain32", "living", ["上学雨具", "雨季护学用品"], ["wellies32", "poncho32"], ["套"]),
    ("nutrition32", "living", ["营养改善计划食材", "营养餐配送物资"],
     ["canteen_rice32", "canteen_oil32", "school_milk32", "school_eggs32"], ["份"]),
    ("pupil_health32", "medical", ["校园健康药品包", "学生常备药"],
     ["worm_pills32", "first_aid_box32", "thermometer32", "calcium32"], ["份"]),
    ("chronic32", "medical", ["慢病用药救助", "慢性病常用药"], ["bp_pills32", "insulin32"], ["盒"]),
    ("aids32", "medical", ["残疾人康复器具", "康复助行器材"], ["wheelchair32", "hearing_aid32", "myopia_glasses32"], ["件"]),
    ("health_visit32", "medical", ["学生健康体检服务", "送医进校园"],
     ["vision_check32", "teeth32", "counselling32", "rehab32"], ["人"]),
    ("stationery32", "education", ["学习文具大礼包", "新学期文具包"],
     ["tian_books32", "hb_pencils32", "refills32", "pen_box32", "sharpener32", "oil_pastels32", "school_bag32",
      "copybook32"],
     ["份"]),
    ("reading32", "education", ["书香校园赠书", "阅读推广捐书"],
     ["workbooks32", "class_library32", "essay_books32"], ["本"]),
    ("sports32", "education", ["阳光体育捐赠", "体育器材进校园"],
     ["basketball32", "skip_rope32", "football32", "badminton32"], ["件"]),
    ("classroom32", "education", ["教室装备", "教学设备捐赠"],
     ["desk_chair32", "blackboard32", "pc32", "smart_board32", "globe32", "science_kit32", "keyboard32",
      "math_kit32"], ["套"]),
    ("teaching_help32", "education", ["城乡教育结对帮扶", "名师送教下乡"], ["tutoring32", "relief_teacher32"], ["人"]),
    ("repair32", "housing", ["住房修缮材料", "修缮建材包"],
     ["roof_tiles32", "cement32", "window_glass32", "tarp32", "wire32", "wall_paint32"], ["批"]),
    ("furnish32", "relocation", ["安置点新家家具", "搬迁户家具包"],
     ["study_desk32", "single_bed32", "wardrobe32", "bookshelf32", "curtain32"], ["件"]),
    ("appliances32", "relocation", ["新居家电帮扶", "安置户家用电器"],
     ["gas_hob32", "washer32", "water_heater32", "rice_cooker32"], ["台"]),
    ("livestock32", "production", ["庭院畜禽养殖帮扶", "养殖脱贫种苗"], ["piglets32", "chicks32", "goats32"], ["头"]),
    ("seeds32", "production", ["春耕备耕良种", "大田作物种子"],
     ["maize_seed32", "seed_potato32", "konjac_seed32", "rapeseed32"], ["公斤"]),
    ("farm_inputs32", "production", ["农资帮扶", "春耕生产农资"],
     ["compound_fert32", "pig_feed32", "sprayer32", "hoe32", "beehive32"], ["批"]),
    ("produce32", "consumption", ["家长种的山货", "学生家庭农产品"],
     ["honey32", "walnuts32", "chestnuts32", "kiwi32", "navel_orange32", "bamboo_shoots32", "buckwheat32",
      "bacon32", "tea_leaves32", "sweet_potato32", "millet32"], ["公斤"]),
    ("school_facility32", "infrastructure", ["薄弱学校改造设备", "改善办学条件设备"],
     ["drinking_fountain32", "canteen_range32", "dorm_bunks32", "classroom_heater32", "cctv32"], ["套"]),
    ("sports_ground32", "infrastructure", ["校园运动场建设", "运动场地改造"], ["running_track32", "hoop_stand32"], ["套"]),
    ("skills32", "employment", ["家长技能提升班", "技能脱贫培训"],
     ["driving32", "cook32", "electrician32", "livestream32", "housekeeping32"], ["人"]),
    ("jobs32", "employment", ["家长就业岗位", "务工岗位对接"], ["site_labour32", "factory_job32", "welfare_post32"], ["人"]),
    ("student_aid32", "finance", ["学生资助款", "助学帮困金"],
     ["boarding_grant32", "high_school_fee32", "college_fee32", "yulu32", "home_fare32"], ["元"]),
    ("left_behind32", "other", ["关爱留守儿童活动", "城乡少年牵手"], ["study_trip32", "pen_pal32", "video_call32"], ["人"]),
]
TEMPLATES["blind32"] = {
    # Needs as a 班主任, 乡村教师, 特岗教师, 校长 or 支教老师 writes them after a 家访 or 控辍保学 visit; offers as
    # foundations, alumni associations, companies' 助学 programmes, publishers and partner city schools post them.
    "need_title": ["{who}家：缺{name}", "家访记录｜{who}家需要{name}", "情况说明：{who}需{name}",
                   "控辍保学走访：{who}家缺{name}", "关于为{who}解决{name}的申请", "班主任代{who}申请{name}",
                   "{name}（{who}，家访后申报）", "特岗教师反映：{who}急需{name}"],
    "need_desc": ["经家访了解，{cause}，家中急需{name}。", "{cause}，该生家中缺{name}，特此说明。",
                  "{cause}，班上有几名学生和该生一样需要{name}。", "{cause}。孩子说最缺的是{name}。",
                  "{cause}，家长托班主任问能否帮忙解决{name}。", "{cause}，经学校核实情况属实，申请{name}。",
                  "{cause}。"],
    "negated": ["{other}已享受两免一补", "{other}学校已统一发放", "{other}由爱心人士资助过", "该生{other}暂不需要",
                "除{other}外，另需{name}", "{other}上学期已领到手", "孩子自己说{other}够用，不要再报",
                "爷爷说{other}家里还有，不让报", "{other}已由结对的城市学校寄来", "{other}的问题上次家访后已解决",
                "{other}数量足够，本次不再申请", "{other}已列入营养改善计划，不重复申报", "经核实{other}已有，不列入本次需求",
                "{other}开学时村委会已送到家", "{other}前年就补助过了"],
    "offer_title": ["{donor}助学计划：{name}", "{donor}捐赠{name}", "{name}（{donor}结对帮扶）", "{donor}爱心帮扶：{name}"],
    "offer_title_education": ["{donor}书香助学计划：{name}", "{donor}开学助学行动：{name}", "{donor}捐赠{name}到乡村学校",
                              "{name}（{donor}助学计划）"],
    "offer_title_finance": ["{donor}助学金：{name}", "{name}（{donor}资助）", "{donor}设立{name}"],
    "offer_title_consumption": ["{donor}以购代捐认购{name}", "消费帮扶：{name}（{donor}）", "{donor}采购{name}用于学校食堂"],
    "offer_title_employment": ["{donor}为学生家长提供{name}", "家校共建就业帮扶：{name}（{donor}）"],
    "offer_title_medical": ["{donor}关爱学生家庭健康：{name}", "{name}（{donor}健康助学）"],
    "offer_title_infrastructure": ["{donor}援建乡村学校：{name}", "{donor}改善办学条件：{name}", "结对学校{donor}支援{name}"],
    "who": ["三年级学生杨某某", "寄宿生龙某某", "留守儿童小梅", "初二学生吴某", "学前班幼儿王某某", "六年级学生张某某",
            "劝返生李某", "五（1）班学生罗某某"],
    "cause": ["该生父母常年在外务工，由爷爷奶奶照看", "该生母亲长期患病，家庭收入主要靠低保",
              "该生家住高山上，到学校要走一个多小时山路", "该生系脱贫户子女，家中有三个孩子在读书",
              "该生父母离异，随外婆生活", "该生上学期有辍学倾向，经多次家访已劝返复学",
              "该生父亲去年在工地受伤，至今不能干重活", "该生家住易地搬迁安置点，新家什么都缺",
              "该生是寄宿生，周末才回家一次"],
    "donor": ["希望工程", "省教育发展基金会", "某大学校友会", "爱心企业", "市实验小学（结对学校）", "少年儿童出版社",
              "县图书馆", "某上市企业工会", "某运动品牌", "春蕾计划", "某银行青年志愿者"],
}
# The parts blind32 was written after (its checks compare with these only, not with blind31 or later parts).
_PARTS_BEFORE_BLIND32 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28",
                         "blind29", "blind30")


def check_blind32() -> None:
    """Raise SystemExit if blind32 is not what its comment says (``_check_part_after`` tune … blind30)."""
    _check_part_after("blind32", BLIND32_CATALOGUE, BLIND32_BROAD, _PARTS_BEFORE_BLIND32)


# The "blind33" part (written 2026-12-02 for issue 13 by an engineer who opened none of matching/,
# search/data/, docs/matching.md, tests/ or any part's records, and read of this file only its generic code
# and the blind17 block as the model of a part) in the voice of village WeChat groups, a voice no earlier part
# has: the 网格员, the 村会计 or the 村支书 collects needs by 接龙 in a 村民群, 网格群 or the 村委会's 通知群, and one household's
# line or reply is the need (a 接龙 header or a numbered line, @ mentions of the collector, WeChat emoji codes
# written as text such as [抱拳] / [玫瑰] / [OK], group shorthand such as 同上, +1, 收到, people named with their 组 /
# 屯 / 湾). Negations and past mentions are the ones a group chat has: registered in the group before and
# already collected, withdrawn by 撤回, 「同上」 with an exception, given by a relative or neighbour, solved by the
# village, enough at home, refused by a child or an old person, a line written for a neighbour. Offers are
# posted to the same groups or to the town's 便民群 by the 供销社, the 村级电商服务站 / 快递驿站, the township supermarket's
# owner, 乡贤 and 在外能人, the 驻村工作队 relaying a 帮扶单位's goods, the 卫生院 and employers, in short group-post style
# (【通知】… 到货了, 免费领先到先得, 【收购】, 【招工】) under the names a shop or a supplier uses, so need and offer often name one
# thing in different words. 106 items of all 11 categories (living 12, medical 9, education 10, housing 10,
# relocation 9, production 14, consumption 11, employment 8, infrastructure 9, finance 7, other 7; 87 goods,
# 12 of kind "service" — work, courses, checks, repairs — and 7 of kind "cash"), each under 2-3 need names and
# 2 offer names, 27 broader offers under names of their own covering 2-8 items, 7 need titles, 7 need
# descriptions, 15 negations and past mentions (each a different construction), offer titles of their own for
# 6 categories besides the 5 general ones. Units that need converting: mass in 斤 / 市斤 / 公斤 / kg / 千克; packs
# and measures of sizes the catalogue fixes (袋 / 包 of 25, 40 or 50 kg, 吨 = 1000 kg, 瓶 / 罐 of 0.5 kg, 卷 of 10
# kg, of 10 m² or of 100 m, 盘 of 100 m, 桶 of 5 or 18 升, 壶 of 2.5 升, 板 of 30, 箱 of 10, 20 or 100, 打 of 12, 提 of
# 10, 包 of 10, 盒 of 10, 12 or 50, 套 of 4, 千片 / 千株 = 1000, 车 = 8 方, 公里 = 1000 米); volume (升 / L), area (平方米 /
# 平米 / ㎡ / 个平方), sand in 方 / 立方, money in 元 / 块 / 千元 / 万元, persons; and 15 % of the weighed-item offers in 兜
# (a bag of unknown weight, not comparable). Every size is exact in binary floating point (no 两 or 毫升).
# ``check_blind33`` checks it against the catalogues, groups and negation templates of tune … blind32 only,
# never the lexicon; the lead evaluates it once. Never tune on it.
BLIND33_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("斤", 0.5), ("公斤 ", 1.0)]
_PERSONS33 = [("人", 1.0), ("名", 1.0), ("个", 1.0)]
_YUAN33 = [("元", 1.0), ("块", 1.0), ("千元", 1000.0), ("万元", 10000.0)]
_AREA33 = [("平方米", 1.0), ("平米", 1.0), ("㎡", 1.0), ("个平方", 1.0)]
_LITRES33 = [("升", 1.0), ("L", 1.0)]
_KG33 = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0)]
BLIND33_CATALOGUE = [
    # 生活物资: what a household asks the group for through a winter: fuel, food, shoes, small daily goods
    ("coal33", "living", "goods", ["蜂窝煤球", "烧的煤饼", "藕煤球"], ["民用蜂窝型煤", "无烟环保型煤"], ["个", "块"], (200, 600)),
    ("gas33", "living", "goods", ["罐罐气", "烧饭的气", "液化气罐罐"], ["家用液化气钢瓶", "液化石油气充装"], ["罐", "瓶"], (1, 2)),
    ("rice33", "living", "goods", ["机米", "早稻米"], ["长粒香丝苗米", "新季油粘米"], _KG33 + [("袋", 25.0)], (25, 100)),
    ("oil33", "living", "goods", ["榨的菜油", "吃的清油", "菜油子"], ["物理压榨菜籽油", "非转基因压榨菜油"],
     _LITRES33 + [("桶", 5.0), ("壶", 2.5)], (5, 40)),
    ("thermos33", "living", "goods", ["暖水壶", "热水壶子", "打开水的壶"], ["竹壳保温热水瓶", "家用大容量暖瓶"], ["个", "把"], (1, 3)),
    ("cotton_shoes33", "living", "goods", ["毛窝鞋", "过冬的棉鞋子", "棉窝鞋"], ["中老年保暖棉靴", "加绒防滑棉靴"], ["双"], (1, 4)),
    ("rain_boots33", "living", "goods", ["胶鞋子", "下田穿的靴子"], ["防滑PVC水靴", "加厚劳保胶靴"], ["双"], (1, 3)),
    ("laundry33", "living", "goods", ["肥皂粉", "洗衣服的皂粉", "洗衣的粉子"], ["无磷浓缩洗衣粉", "薰衣草香洗衣粉"],
     [("袋", 1.0), ("包", 1.0), ("箱", 10.0)], (2, 20)),
    ("matches33", "living", "goods", ["火柴盒子", "划火的火柴", "点火的洋火"], ["家用安全火柴", "防潮大盒火柴"],
     [("盒", 1.0), ("包", 10.0)], (10, 50)),
    ("mosquito_coil33", "living", "goods", ["熏蚊子的香", "蚊烟香", "点的蚊香"], ["无烟檀香蚊香", "家庭装蚊香盘"],
     [("盘", 1.0), ("盒", 10.0)], (20, 80)),
    ("towel33", "living", "goods", ["帕子", "洗脚帕", "擦脸的帕帕"], ["纯棉加厚面巾", "吸水洗脸毛巾"],
     [("条", 1.0), ("打", 12.0)], (2, 24)),
    ("toilet_paper33", "living", "goods", ["解手的纸", "卷卷纸", "揩屁股的纸"], ["原木卷筒卫生纸", "家庭装卷纸"],
     [("卷", 1.0), ("提", 10.0)], (10, 40)),
    # 医疗救助: what the 村医 or a family asks for an old or sick person, and two services of the 卫生院
    ("bp_meter33", "medical", "goods", ["电子量血压的", "血压计子", "血压表子"], ["臂式电子血压计", "家用上臂式血压仪"],
     ["台", "个"], (1, 1)),
    ("wheelchair33", "medical", "goods", ["推椅子", "老人坐的推车"], ["折叠轻便轮椅", "手动助行轮椅车"], ["台", "辆"], (1, 1)),
    ("adult_diaper33", "medical", "goods", ["大人用的尿布", "老人的尿不湿", "成人尿布片"], ["成人护理拉拉裤", "加大号成人纸尿裤"],
     [("片", 1.0), ("包", 10.0)], (10, 60)),
    ("crutch33", "medical", "goods", ["拐拐", "老人的拐杖", "撑棍"], ["铝合金可调拐杖", "折叠助行拐杖"], ["根", "副"], (1, 2)),
    ("glucose33", "medical", "goods", ["测糖的机子", "扎手指的机子"], ["家用血糖检测仪", "智能血糖测试仪"], ["台", "个"], (1, 1)),
    ("test_strips33", "medical", "goods", ["测血糖的试纸条", "血糖纸条", "试糖的条子"], ["血糖试条套装", "免调码血糖试纸"],
     [("条", 1.0), ("盒", 50.0)], (50, 200)),
    ("nursing_bed33", "medical", "goods", ["瘫痪老人睡的床", "摇的病床"], ["家用手摇护理床", "多功能翻身护理床"],
     ["张", "台"], (1, 1)),
    ("checkup33", "medical", "service", ["全身检查一下", "抽血化验"], ["健康体检进村", "老年人免费体检进村"], _PERSONS33, (1, 3)),
    ("cataract33", "medical", "service", ["眼睛起雾做手术", "眼睛蒙了要开刀"], ["光明行免费眼科手术", "白内障免费复明"],
     _PERSONS33, (1, 1)),
    # 教育助学: what a parent asks for a child going to the 中心校 or the town's 初中
    ("schoolbag33", "education", "goods", ["娃的书包", "背的书包子"], ["护脊减负双肩书包", "学生大容量书包"], ["个"], (1, 2)),
    ("desk_lamp33", "education", "goods", ["娃写字的灯", "晚上写作业的台灯", "护眼台灯子"], ["学生书桌护眼台灯", "国AA级护眼灯"],
     ["盏", "个"], (1, 1)),
    ("dictionary33", "education", "goods", ["查字的字典", "新华字典一本", "娃用的字典"], ["双色汉语字典", "小学生多功能字典"],
     ["本"], (1, 2)),
    ("grid_book33", "education", "goods", ["写字的本子", "娃写字的田格本"], ["拼音练习簿", "田格练习本"],
     [("本", 1.0), ("包", 10.0)], (10, 50)),
    ("pencil_case33", "education", "goods", ["娃的文具盒", "装笔的文具盒", "文具盒盒"], ["双层学生文具盒", "帆布笔袋"], ["个"], (1, 2)),
    ("gel_pen33", "education", "goods", ["黑水笔", "娃写作业的笔"], ["黑色中性笔", "学生速干水性笔"],
     [("支", 1.0), ("盒", 12.0)], (12, 48)),
    ("uniform33", "education", "goods", ["娃的校服", "校服子"], ["秋冬学生校服套装", "中小学校服"], ["套"], (1, 2)),
    ("learning_pad33", "education", "goods", ["娃学习的平板", "点读的机子"], ["学生AI学习平板", "小学同步学习机"], ["台"], (1, 1)),
    ("abacus33", "education", "goods", ["算盘珠子", "娃的算盘"], ["学生七珠算盘", "儿童珠心算算盘"], ["把", "个"], (1, 2)),
    ("tutoring33", "education", "service", ["有人教娃写作业", "辅导娃作业", "娃补课"], ["大学生志愿者课业辅导", "四点半课堂"],
     _PERSONS33, (1, 3)),
    # 住房安全: what a 危房改造 or a repair after rain needs, as a builder counts it
    ("cement33", "housing", "goods", ["一包水泥", "水泥包", "盖房的洋灰"], ["硅酸盐袋装水泥", "高标号袋装水泥"],
     [("公斤", 1.0), ("包", 50.0), ("袋", 50.0), ("吨", 1000.0)], (500, 5000)),
    ("sand33", "housing", "goods", ["黄沙子", "砌墙的沙"], ["建筑用河砂", "精品中粗河砂"],
     [("方", 1.0), ("立方", 1.0), ("车", 8.0)], (5, 30)),
    ("roof_tile33", "housing", "goods", ["青瓦子", "屋上的瓦"], ["黏土机制瓦", "烧结青瓦片"],
     [("片", 1.0), ("块", 1.0), ("千片", 1000.0)], (500, 3000)),
    ("felt33", "housing", "goods", ["屋顶防漏的毡", "油毡子", "盖屋顶的油毡"], ["沥青防水卷材", "弹性体改性沥青卷材"],
     [("平方米", 1.0), ("平米", 1.0), ("卷", 10.0)], (20, 100)),
    ("security_door33", "housing", "goods", ["进屋的大门", "铁大门", "防贼的门"], ["钢质入户防盗门", "甲级防盗安全门"],
     ["樘", "扇"], (1, 1)),
    ("window33", "housing", "goods", ["推拉窗户", "窗户扇"], ["塑钢推拉窗户", "平开塑钢窗"], ["樘", "扇"], (1, 4)),
    ("wire33", "housing", "goods", ["接电的线", "铜芯线子"], ["BV单芯铜线", "家装铜芯电线"],
     [("米", 1.0), ("卷", 100.0), ("盘", 100.0)], (50, 300)),
    ("paint33", "housing", "goods", ["刷墙的漆子", "乳胶漆桶", "刷墙面的漆"], ["内墙环保乳胶漆", "墙面涂料"],
     _LITRES33 + [("桶", 18.0)], (18, 72)),
    ("rebar33", "housing", "goods", ["钢筋条子", "螺纹钢条"], ["建筑用盘螺", "建筑螺纹钢材"],
     [("公斤", 1.0), ("斤", 0.5), ("吨", 1000.0)], (200, 2000)),
    ("putty33", "housing", "goods", ["刮墙的腻子粉", "批墙的粉"], ["内墙腻子膏粉", "内墙耐水腻子粉"], None, (40, 200)),
    # 易地搬迁: what a family moved to the 安置点 needs in its new flat
    ("wardrobe33", "relocation", "goods", ["大衣柜子", "衣橱子"], ["推拉门板式衣柜", "简易钢架衣柜"], ["个", "组"], (1, 1)),
    ("rice_cooker33", "relocation", "goods", ["电饭锅锅", "做饭的电饭锅"], ["多功能智能电饭煲", "家用大容量电饭煲"],
     ["个", "台"], (1, 1)),
    ("gas_stove33", "relocation", "goods", ["两个眼的灶", "双灶眼的灶头"], ["台式燃气灶具", "双眼天然气灶"], ["台", "个"], (1, 1)),
    ("curtain33", "relocation", "goods", ["挂窗户的布", "遮光的窗帘布"], ["全遮光成品窗帘", "免打孔窗帘套装"], ["套"], (1, 3)),
    ("dining_table33", "relocation", "goods", ["方桌子", "八仙桌子", "四方饭桌"], ["家用方餐桌", "折叠实木饭桌"], ["张"], (1, 1)),
    ("stool33", "relocation", "goods", ["坐的凳子", "四方凳", "塑料凳子"], ["实木矮凳", "加厚胶凳"],
     [("个", 1.0), ("把", 1.0), ("套", 4.0)], (2, 8)),
    ("water_heater33", "relocation", "goods", ["烧热水的罐子", "电热水罐", "烧水洗澡的罐"], ["家用储水式热水器", "防电墙电热水器"],
     ["台"], (1, 1)),
    ("tv33", "relocation", "goods", ["看的电视机", "新电视"], ["高清液晶电视机", "大屏智能电视"], ["台"], (1, 1)),
    ("bed33", "relocation", "goods", ["床架子", "双人床铺"], ["加固实木床架", "铁艺床架"], ["张", "架"], (1, 2)),
    # 产业发展: what a grower or keeper asks the 供销社 or the 驻村工作队 for, fertiliser by the bag
    ("urea33", "production", "goods", ["白颗粒肥", "尿素肥料"], ["大颗粒农用尿素", "中颗粒尿素"],
     [("斤", 0.5), ("公斤", 1.0), ("袋", 40.0), ("包", 40.0)], (200, 1000)),
    ("compound33", "production", "goods", ["三元肥", "混合肥"], ["缓控释复合肥", "高浓度三元复合肥"],
     [("公斤", 1.0), ("袋", 50.0), ("吨", 1000.0)], (200, 2000)),
    ("mulch33", "production", "goods", ["薄膜纸", "盖地的膜子", "铺的地膜"], ["农用聚乙烯地膜", "透明保墒地膜"],
     [("公斤", 1.0), ("斤", 0.5), ("卷", 10.0)], (10, 100)),
    ("chick33", "production", "goods", ["小鸡崽崽", "鸡苗子", "三黄鸡娃"], ["散养土鸡苗", "三黄鸡脱温雏鸡"],
     [("只", 1.0), ("羽", 1.0), ("箱", 100.0)], (100, 500)),
    ("duckling33", "production", "goods", ["鸭崽子", "小鸭儿"], ["番鸭种苗", "麻鸭雏苗"],
     [("只", 1.0), ("羽", 1.0)], (50, 300)),
    ("piglet33", "production", "goods", ["小猪娃", "捉的猪崽"], ["二元杂交断奶仔猪", "三元仔猪苗"], ["头", "只"], (2, 10)),
    ("pig_feed33", "production", "goods", ["猪饲料子", "喂猪的精料", "喂猪的浓缩料"], ["生猪育肥饲料", "仔猪配合饲料"],
     [("斤", 0.5), ("公斤", 1.0), ("袋", 40.0)], (100, 800)),
    ("corn_seed33", "production", "goods", ["苞谷籽籽", "点苞谷的种"], ["高产玉米种", "杂交玉米种子包"], None, (5, 30)),
    ("potato_seed33", "production", "goods", ["种洋芋的种", "马铃薯种子", "种的土豆"], ["原种洋芋种薯", "脱毒马铃薯种苗"],
     None, (100, 1000)),
    ("sprayer33", "production", "goods", ["喷药的", "打农药的机子"], ["电动背负式喷雾器", "手压式喷雾器"], ["台", "个"], (1, 2)),
    ("tiller33", "production", "goods", ["耕田的机子", "旋耕的机子"], ["小型柴油微耕机", "多功能田园微耕机"], ["台"], (1, 1)),
    ("hoe33", "production", "goods", ["锄头把", "薅草的锄头", "挖土的锄"], ["农用宽口挖锄", "锰钢板锄"], ["把"], (1, 3)),
    ("beehive33", "production", "goods", ["蜂桶子", "养蜜蜂的箱"], ["标准中蜂蜂箱", "杉木养蜂箱"], ["个", "只"], (2, 10)),
    ("orange_sapling33", "production", "goods", ["脐橙苗", "橙子苗", "柑子苗"], ["纽荷尔脐橙苗", "嫁接脐橙苗木"],
     [("株", 1.0), ("棵", 1.0), ("千株", 1000.0)], (200, 2000)),
    # 消费扶贫: what households sell through the group and buyers post they will take
    ("eggs33", "consumption", "goods", ["自家的鸡蛋", "散养的土鸡蛋"], ["农家柴鸡蛋", "林下土鸡蛋"],
     [("个", 1.0), ("枚", 1.0), ("板", 30.0)], (60, 600)),
    ("trotters33", "consumption", "goods", ["腊猪脚", "熏猪蹄", "腊蹄子"], ["烟熏腊猪蹄", "农家腊猪脚"], None, (10, 100)),
    ("honey33", "consumption", "goods", ["自家的蜂蜜", "土蜂蜜糖"], ["原生态百花蜜", "农家百花土蜂蜜"],
     [("斤", 0.5), ("公斤", 1.0), ("瓶", 0.5), ("罐", 0.5)], (5, 50)),
    ("tea33", "consumption", "goods", ["自己炒的茶叶", "新茶叶", "明前的茶"], ["云雾毛尖茶", "手工炒青绿茶"], None, (5, 50)),
    ("walnut33", "consumption", "goods", ["桃仁", "剥好的核桃"], ["生核桃仁", "新鲜核桃仁"], None, (10, 100)),
    ("kiwi33", "consumption", "goods", ["洋桃子", "猕猴桃果", "毛毛果"], ["红心猕猴桃果", "海沃德猕猴桃"], None, (200, 2000)),
    ("sweet_potato33", "consumption", "goods", ["红薯坨", "红薯疙瘩"], ["板栗红薯", "新挖红薯"], None, (200, 2000)),
    ("chestnut33", "consumption", "goods", ["毛栗", "栗子果"], ["野生板栗", "新鲜大板栗"], None, (50, 500)),
    ("konjac33", "consumption", "goods", ["魔芋豆腐", "黑豆腐"], ["鲜魔芋块", "手工魔芋豆腐"], None, (20, 200)),
    ("salted_eggs33", "consumption", "goods", ["腌鸭蛋", "盐蛋"], ["流油咸蛋", "腌制咸鸭蛋"],
     [("个", 1.0), ("枚", 1.0), ("箱", 20.0)], (20, 200)),
    ("hen33", "consumption", "goods", ["老母鸡", "养了两年的鸡", "散养的鸡"], ["散养走地鸡", "农家老母鸡"], ["只"], (5, 50)),
    # 就业帮扶: work and courses (kind "service"), and machines to earn with
    ("factory33", "employment", "service", ["厂里上班", "进电子厂"], ["流水线普工岗位", "电子厂长期工"], _PERSONS33, (1, 3)),
    ("labourer33", "employment", "service", ["小工", "工地打杂"], ["建筑小工招聘", "工地杂工岗位"], _PERSONS33, (1, 3)),
    ("driving33", "employment", "service", ["学驾照", "拿个驾照"], ["免费驾驶员培训", "农村劳动力驾照补贴培训"], _PERSONS33, (1, 2)),
    ("cook33", "employment", "service", ["去学厨", "学个厨师手艺", "想当大厨"], ["乡村厨师免费培训", "烹饪技能免费培训"],
     _PERSONS33, (1, 2)),
    ("livestream33", "employment", "service", ["学开直播", "直播卖货"], ["农村电商创业培训", "短视频直播带货培训"],
     _PERSONS33, (1, 3)),
    ("tea_picker33", "employment", "service", ["采茶", "摘茶叶", "摘茶的活"], ["茶园季节采茶工", "采茶工招聘"],
     _PERSONS33, (1, 4)),
    ("sewing_machine33", "employment", "goods", ["脚踩缝纫机", "老式缝纫机", "做衣服的衣车"], ["电动多功能缝纫机", "家用多功能锁边缝纫机"],
     ["台"], (1, 1)),
    ("food_cart33", "employment", "goods", ["摆摊小吃车", "卖早餐的车"], ["多功能早餐车", "移动早餐推车"], ["台", "辆"], (1, 1)),
    # 基础设施: what a 组 or 屯 asks for its road, its water and its square
    ("street_light33", "infrastructure", "goods", ["村道灯", "路口的灯", "夜里照明的灯"], ["LED庭院路灯", "太阳能感应路灯"],
     ["盏", "杆"], (5, 30)),
    ("water_pipe33", "infrastructure", "goods", ["自来水的管管", "进户的水管", "引水管子"], ["自来水入户管材", "饮水入户PE管"],
     [("米", 1.0), ("盘", 100.0)], (100, 1000)),
    ("cistern33", "infrastructure", "goods", ["接雨水的池子", "储水的窖", "屋后的水窖"], ["家庭小水窖", "集雨水窖池"],
     ["口", "座"], (1, 2)),
    ("road33", "infrastructure", "goods", ["修通组路", "打水泥的路", "组里的路"], ["通组公路", "通组路面硬化"],
     [("米", 1.0), ("公里", 1000.0)], (200, 2000)),
    ("footbridge33", "infrastructure", "goods", ["过河的便桥", "溪沟上的桥"], ["人行钢便桥", "过河便民桥"], ["座"], (1, 1)),
    ("bins33", "infrastructure", "goods", ["分类垃圾箱子", "垃圾大桶"], ["户外分类垃圾桶", "塑料环卫桶"], ["个", "只"], (5, 30)),
    ("cctv33", "infrastructure", "goods", ["装的摄像头", "监控器"], ["雪亮工程高清摄像头", "村级监控探头"], ["个", "台"], (2, 10)),
    ("pavilion33", "infrastructure", "goods", ["歇脚的亭子", "亭子"], ["仿古凉亭", "休闲防腐木亭"], ["座"], (1, 1)),
    ("court33", "infrastructure", "goods", ["篮球场", "球场", "打篮球的地方"], ["硅PU篮球场", "标准篮球场地"],
     _AREA33, (200, 600)),
    # 金融信贷: money for school, illness, a funeral, rent and a start (kind "cash")
    ("tuition33", "finance", "cash", ["读书的学费", "娃读书的钱", "开学的学费"], ["秋季学期学费资助", "贫困学生学费补助"],
     _YUAN33, (1000, 6000)),
    ("hospital_bill33", "finance", "cash", ["住院要的钱", "医院的钱"], ["因病困难补助", "住院医疗费救助"], _YUAN33, (2000, 20000)),
    ("funeral33", "finance", "cash", ["老人后事的钱", "埋人的钱"], ["丧葬救助金", "困难家庭丧葬补助"], _YUAN33, (2000, 8000)),
    ("microloan33", "finance", "cash", ["贷一点款", "贴息的贷款"], ["到户小额信用贷款", "扶贫小额信用贷"], _YUAN33, (10000, 50000)),
    ("rent33", "finance", "cash", ["付房租的钱", "房租费用"], ["临时租房补贴", "过渡期租房补助"], _YUAN33, (1000, 6000)),
    ("insurance33", "finance", "cash", ["合疗的钱", "交合疗"], ["医疗保险个人缴费资助", "城乡医保代缴"], _YUAN33, (300, 2000)),
    ("living_cost33", "finance", "cash", ["娃的伙食费", "娃在学校吃饭的钱"], ["学生生活费资助", "寄宿生伙食补助"],
     _YUAN33, (500, 3000)),
    # 其他: an old person's radio and phone, a dance speaker, couplets, repairs, a photograph, broadband
    ("radio33", "other", "goods", ["听广播的机子", "戏匣匣", "听新闻的收音机"], ["插卡老人收音机", "便携插卡收音机"],
     ["台", "个"], (1, 1)),
    ("old_phone33", "other", "goods", ["老人的手机", "按键的老人机"], ["老年直板手机", "大按键老年机"], ["部", "台"], (1, 1)),
    ("speaker33", "other", "goods", ["跳广场舞的音箱", "广场舞的音响", "跳舞的大音响"], ["户外拉杆音箱", "广场舞大功率音响"],
     ["台", "个"], (1, 1)),
    ("couplets33", "other", "goods", ["门联", "贴门的对联", "过年的对子"], ["烫金对联", "手写红纸对联"],
     [("副", 1.0), ("对", 1.0)], (1, 4)),
    ("appliance_repair33", "other", "service", ["修电器", "修电视", "家电坏了修一下"], ["家电义务维修", "上门维修家电"],
     ["户", "次"], (1, 1)),
    ("id_photo33", "other", "service", ["照证件照", "办证的照片"], ["免费拍摄证件照", "上门拍证件照"], _PERSONS33, (1, 3)),
    ("broadband33", "other", "service", ["无线网", "装WiFi"], ["光纤宽带安装", "农村宽带入户"], ["户"], (1, 1)),
]
# Broader offers under names of the shop's or the 工作队's own. generate() gives a broader offer's unit size
# 1 and counts it as kg for weighed items: groups covering a weighed item are in 公斤, the others in a unit
# of size 1 for every covered item that counts in it, or in one none of them uses (not comparable).
BLIND33_BROAD = [
    ("winter33", "living", ["冬季暖心物资包", "烤火过冬用品"], ["coal33", "gas33", "cotton_shoes33", "thermos33"], ["份"]),
    ("grain_oil33", "living", ["米油慰问包", "粮油套餐"], ["rice33", "oil33"], ["份"]),
    ("sundries33", "living", ["百货日杂", "日杂用品"],
     ["laundry33", "toilet_paper33", "matches33", "mosquito_coil33", "towel33"], ["件"]),
    ("elder_care33", "medical", ["适老化护理用品", "老人护理包"],
     ["wheelchair33", "adult_diaper33", "crutch33", "nursing_bed33"], ["件"]),
    ("chronic33", "medical", ["慢病自测仪器", "家用检测仪器"], ["bp_meter33", "glucose33", "test_strips33"], ["台"]),
    ("clinic33", "medical", ["卫生院送健康下乡", "义诊送健康"], ["checkup33", "cataract33"], ["人"]),
    ("stationery33", "education", ["开学文具大礼包", "开学文具套装"],
     ["grid_book33", "pencil_case33", "gel_pen33", "dictionary33"], ["份"]),
    ("school_start33", "education", ["新学期装备", "上学用品"], ["schoolbag33", "uniform33", "desk_lamp33"], ["份"]),
    ("materials33", "housing", ["建房材料一批", "危改建房材料"],
     ["cement33", "sand33", "roof_tile33", "rebar33", "putty33"], ["公斤"]),
    ("fitting33", "housing", ["水电辅料包", "装修小辅料"], ["wire33", "paint33", "felt33"], ["批"]),
    ("doors33", "housing", ["门窗套装", "成品门窗"], ["security_door33", "window33"], ["樘"]),
    ("furniture33", "relocation", ["安置点新居家具", "搬迁家具一套"],
     ["wardrobe33", "dining_table33", "stool33", "bed33"], ["件"]),
    ("appliances33", "relocation", ["乔迁家电套装", "安置点家电"],
     ["rice_cooker33", "gas_stove33", "water_heater33", "tv33"], ["台"]),
    ("farm_inputs33", "production", ["春耕农资套餐", "供销社农资"], ["urea33", "compound33", "mulch33"], ["公斤"]),
    ("poultry33", "production", ["鸡鸭苗", "家禽雏苗"], ["chick33", "duckling33"], ["只"]),
    ("seeds33", "production", ["春播种子", "大春良种"], ["corn_seed33", "potato_seed33"], ["公斤"]),
    ("machines33", "production", ["田间农机具", "小型农用机具"], ["sprayer33", "tiller33", "hoe33"], ["台"]),
    ("local_goods33", "consumption", ["农家土货", "山里土特产"],
     ["eggs33", "trotters33", "honey33", "tea33", "walnut33", "chestnut33", "hen33", "salted_eggs33"],
     ["公斤"]),
    ("produce33", "consumption", ["时令果蔬", "山货果蔬"], ["kiwi33", "sweet_potato33", "konjac33"], ["公斤"]),
    ("jobs33", "employment", ["务工岗位推送", "招工信息发布"], ["factory33", "labourer33", "tea_picker33"], ["人"]),
    ("courses33", "employment", ["雨露计划培训", "职业技能提升班"], ["driving33", "cook33", "livestream33"], ["人"]),
    ("village_works33", "infrastructure", ["一事一议项目", "村组小型工程"],
     ["road33", "footbridge33", "cistern33", "water_pipe33"], ["项"]),
    ("tidy_village33", "infrastructure", ["人居环境整治物资", "美丽村庄建设物资"],
     ["street_light33", "bins33", "pavilion33", "cctv33"], ["批"]),
    ("relief33", "finance", ["临时救助金发放", "困难群众救助金"], ["hospital_bill33", "funeral33", "rent33"], ["元"]),
    ("student_aid33", "finance", ["学生资助金", "寒门学子资助"], ["tuition33", "living_cost33"], ["元"]),
    ("pastime33", "other", ["老人文娱用品", "老人解闷的东西"], ["radio33", "old_phone33", "speaker33"], ["台"]),
    ("services33", "other", ["便民服务", "上门便民服务"], ["appliance_repair33", "id_photo33", "broadband33"], ["次"]),
]
TEMPLATES["blind33"] = {
    # Needs as one household's line in a 接龙 or a reply in the village group; offers as group posts.
    "need_title": ["#接龙 {name}登记 {who}", "@村会计 {who} 要{name}", "{who}：{name}+1", "【接龙】需要{name}的在下面接｜{who}",
                   "{who} 报{name}[抱拳]", "3. {who} {name}", "我家也要{name}（{who}）"],
    "need_desc": ["{cause}，群里接个龙，{name}我家要[抱拳]", "@网格员 {cause}，麻烦帮登记一下{name}，谢谢[玫瑰]",
                  "收到。{cause}，{name}我家报一个", "{cause}，问下{name}还有没得，有的话给我家留点[OK]",
                  "同上，{cause}，也要{name}", "{cause}，{name}我家需要，啥时候去村部拿？", "{cause}。"],
    "negated": ["@网格员 {other}上次群里登记过了，已经领了", "{other}不用接了", "{other}我家有", "同上，但{other}不要",
                "撤回了一条消息，{other}不需要", "{other}我姑娘从城里寄回来了", "{other}上个月驻村工作队发过了[OK]",
                "{other}的事村里已经弄好了", "{other}够用，莫给我家报", "要的是{name}，不算{other}",
                "娃说{other}不要，学校有", "老人家说{other}用不惯，不要", "{other}接错了，删掉",
                "{other}那条是帮隔壁接的，我家不要", "{other}去年冬天政府送过一回了"],
    "offer_title": ["【通知】{name}到货了，需要的群里接龙（{donor}）", "{donor}：{name}免费领，先到先得",
                    "@所有人 {donor}送来一批{name}，到村部领", "{name}到了，{donor}放在快递驿站，自己来拿",
                    "【群公告】{donor}捐的{name}，按接龙顺序发"],
    "offer_title_consumption": ["【收购】{donor}收{name}，有货的私聊", "{donor}帮大家卖{name}，报数量到群里",
                                "{donor}长期收{name}，价格好商量"],
    "offer_title_employment": ["【招工】{donor}招{name}，有意向的私聊", "{donor}：{name}，报名找网格员",
                               "转发：{donor}{name}，包吃住"],
    "offer_title_finance": ["【通知】{donor}：{name}，符合条件的到村委会报名", "{donor}发{name}，材料交村会计",
                            "{name}（{donor}），名单群里公示"],
    "offer_title_medical": ["{donor}下乡义诊，带来{name}，需要的到村卫生室", "【通知】{donor}：{name}，先登记先得"],
    "offer_title_infrastructure": ["【好消息】{donor}出钱给村里弄{name}", "{donor}捐建{name}，各组报需求"],
    "offer_title_housing": ["{donor}：{name}到了，危改户来拉", "【通知】{donor}支援{name}，按户登记"],
    "who": ["三组老李家", "王家湾刘婶", "坡脚屯黄大爷", "五组张建国", "杨家湾杨秀英", "二组陈会计他妈", "大石屯韦老三",
            "七组赵二娃家"],
    "cause": ["家里老人瘫在床上", "娃在镇上读初中", "前两天下大雨房子漏了", "今年养的猪遭了瘟", "老公在外头打工摔了腿",
              "搬到安置点新房子啥都没有", "我一个人带两个孙子", "家里就我和老伴两个", "刚从厂里回来没活干"],
    "donor": ["镇供销社", "村级电商服务站", "中通快递驿站", "镇上好又多超市老板", "乡贤李老板", "在深圳开厂的王总",
              "驻村工作队", "帮扶单位县人社局", "镇卫生院", "县农商行"],
}
# The parts blind33 was written after (its checks compare with these only, not with parts written later).
_PARTS_BEFORE_BLIND33 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28",
                         "blind29", "blind30", "blind31", "blind32")


def check_blind33() -> None:
    """Raise SystemExit if blind33 is not what its comment says (``_check_part_after`` tune … blind32)."""
    _check_part_after("blind33", BLIND33_CATALOGUE, BLIND33_BROAD, _PARTS_BEFORE_BLIND33)


# The "blind34" part (written 2026-12-02 for issue 13 by an engineer of round 20 who opened none of matching/,
# search/data/, docs/matching.md, tests/ or any part's records, never ran the matcher, and read of this module
# only its generic code and the blind17 block as the model of a part's structure) in a voice no earlier part
# was written in: the county 融媒体中心, the township 公众号 and the local newspaper. Needs are told the way a
# 记者 or 通讯员 tells them in a news or feature story about a household or a village: third person, a place
# and a person introduced first, the need inside the story and often in a quoted sentence of the household's
# own (「据了解，…」「记者走访发现，…」「…告诉记者：“最缺的就是X。”」), under feature headlines
# (「…的心愿」「记者走访｜…」). Negations and past mentions are in news register too, every one a different
# construction (delivered earlier by an office, solved last year, except-X, not needed for now, handed out by
# the village, still new, a child's and an old person's own refusal, pledged by another donor, closed in the
# village's ledger, enough in store, covered by relief or by an earlier subsidy, a quoted contrast, answered by
# the township, not the pressing need). Offers are the press releases of donation ceremonies and 公益
# activities (「近日，…向我县捐赠价值…万元的X」「…举行爱心物资捐赠仪式，捐赠X等物资」「…开展“…”公益活动，
# 为…送去X」) by enterprises, 商会, foundations, 定点帮扶单位 and 东西部协作 partners, naming things the way an
# official report or a company's list does (catalogue and formal names, a brand or a model now and then, a
# pack size or a specification in the name), while the households' names are everyday, colloquial and
# regional, so a need and an offer mostly name one thing in different words. 119 items over all 11 categories
# (living 19, medical 12, education 12, housing 12, relocation 7, production 15, consumption 8,
# infrastructure 10, employment 8, finance 6, other 10; 96 goods, 17 service, 6 cash), each under 2-3 need
# names and 2 offer names; 30 broader offers under names of their own (each covering 2-8 items of one category
# and kind); 7 need titles, 7 need descriptions, 16 negations and past mentions, 6 general offer titles and 3
# of their own for each of 7 categories. Units that need converting: mass in 斤 / 市斤 / 公斤 / kg / KG / 千克;
# bags whose weight the catalogue fixes (10, 25, 40 and 50 kg), tonnes (1000 kg) and 0.25-kg boxes; counts in
# multiples (boxes of 2 and 50, packs of 10, sets of 10, cases of 12 and 24, rolls of 100 and 500 米, 万棒,
# 万尾); volume (升 / L, drums of 5 and 18 升); area (平方米 / ㎡ / 平米, rolls of 10 平方米); length (米,
# 公里); volume of sand in 立方米 / 方 / m³; money in 元 / 块 / 万元; and 15 % of the offers of weighed items
# in 物资包 (a relief pack of unknown weight, not comparable). Every size is exact in binary floating point
# (no 两 or 毫升), so no label turns on a rounding error. ``check_blind34`` checks it against the catalogues,
# groups and negation templates of tune … blind32 only (blind33 was written the same morning by someone
# else), never the lexicon. Item and group names are left out of this comment and the module docstring on
# purpose. The lead evaluates it once. Never tune on it.
BLIND34_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("市斤", 0.5), ("KG", 1.0), ("公斤", 1.0)]
_PERSONS34 = [("人", 1.0), ("名", 1.0), ("人次", 1.0)]
_YUAN34 = [("元", 1.0), ("块", 1.0), ("万元", 10000.0)]
_AREA34 = [("平方米", 1.0), ("㎡", 1.0), ("平米", 1.0)]
BLIND34_CATALOGUE = [
    # 生活物资: what a reporter finds missing in a household's kitchen, bedroom and wardrobe, and its winter fire
    ("rice34", "living", "goods", ["新打的米", "当年的新米"], ["东北长粒香大米（10kg装）", "优质粳米（10公斤装）"],
     [("公斤", 1.0), ("斤", 0.5), ("袋", 10.0)], (20, 100)),
    ("flour34", "living", "goods", ["飞面", "小麦面", "蒸馍馍的面"], ["高筋小麦粉（25kg装）", "特制一等小麦粉（25kg袋装）"],
     [("公斤", 1.0), ("斤", 0.5), ("袋", 25.0)], (25, 100)),
    ("rape_oil34", "living", "goods", ["菜子油", "香清油", "吃的菜油"], ["非转基因压榨菜籽油（5L装）", "物理压榨一级菜籽油（5L/桶）"],
     [("升", 1.0), ("L", 1.0), ("桶", 5.0)], (5, 40)),
    ("e_blanket34", "living", "goods", ["通电的毯子", "暖床的电褥子"], ["安全型调温电热毯", "智能恒温电热毯（1.8×1.5m）"],
     ["床", "条"], (1, 2)),
    ("down_coat34", "living", "goods", ["过冬的厚衣裳", "防寒服"], ["90白鸭绒羽绒服", "冬季加厚防寒羽绒服"], ["件"], (1, 4)),
    ("cotton_shoes34", "living", "goods", ["暖脚的棉鞋", "厚棉鞋", "冬天穿的鞋"], ["中老年加绒防滑棉鞋", "加绒加厚老北京棉鞋"],
     ["双"], (1, 3)),
    ("kettle34", "living", "goods", ["电烧壶", "烧水的电壶"], ["1.7L家用电水壶", "自动断电电热水壶（1.8L）"], ["个", "台"], (1, 1)),
    ("towel34", "living", "goods", ["帕子", "擦脸的帕子", "揩面巾"], ["纯棉A类面巾", "A类纯棉毛巾（2条礼盒装）"],
     [("条", 1.0), ("盒", 2.0)], (2, 10)),
    ("washing_powder34", "living", "goods", ["肥皂粉", "洗衣粉面", "洗衣服的洗衣粉"], ["超洁清新无磷洗衣粉", "无磷低泡洗衣粉（家庭装）"],
     None, (2, 10)),
    ("briquette34", "living", "goods", ["蜂窝煤球", "烧的煤饼", "煤饼子"], ["民用环保型煤", "民用清洁型煤（蜂窝状）"], ["个", "块"],
     (200, 1000)),
    ("drying_rack34", "living", "goods", ["晾衣服的杆子", "晾衣竿", "晾衣裳的架子"], ["不锈钢落地晾衣架", "阳台落地折叠晾衣架"],
     ["个", "副"], (1, 2)),
    ("shampoo34", "living", "goods", ["洗发膏", "洗头发的"], ["去屑洗发露（750ml）", "植物精华洗发露"], [("瓶", 1.0), ("箱", 12.0)],
     (1, 4)),
    ("bedding_set34", "living", "goods", ["铺盖套子", "被单被罩", "换洗的床单被套"], ["全棉斜纹四件套（1.5米床）", "加厚磨毛床品四件套"],
     ["套"], (1, 3)),
    ("torch34", "living", "goods", ["电筒子", "照路的手电", "走夜路的电筒"], ["充电式LED强光手电", "LED锂电强光手电筒"], ["个", "把"],
     (1, 2)),
    ("rain_boots34", "living", "goods", ["水靴", "下田穿的胶靴"], ["回力高筒雨靴", "中筒橡胶水鞋"], ["双"], (1, 3)),
    ("coal_stove34", "living", "goods", ["烤火炉子", "铁皮炉子", "取暖的铁炉"], ["燃煤取暖炉（带烟管）", "家用铸铁采暖炉"], ["台", "个"],
     (1, 1)),
    ("heater34", "living", "goods", ["电烤炉", "电火炉", "烤火的电炉子"], ["卤素管速热取暖器", "节能速热电暖气"], ["台"], (1, 2)),
    ("pressure_cooker34", "living", "goods", ["压饭锅", "炖肉的高压锅"], ["家用燃气高压锅（22cm）", "安全防爆压力锅"], ["口", "个"],
     (1, 1)),
    ("mosquito_net34", "living", "goods", ["挂的蚊帐", "罩子"], ["加密三开门蒙古包蚊帐", "落地支架蚊帐（1.5米床）"], ["顶", "床"],
     (1, 3)),
    # 医疗救助: aids and devices for the sick, the old and the disabled; three free services
    ("walker34", "medical", "goods", ["扶着走路的架子", "走路扶的架子"], ["铝合金四脚助行器", "老年人助步器"], ["个", "台"], (1, 1)),
    ("hearing_aid34", "medical", "goods", ["耳背用的机子", "听声音的机子"], ["老年人数字助听器", "16通道数字助听器"], ["个", "台"],
     (1, 1)),
    ("glucose_meter34", "medical", "goods", ["测血糖的仪器", "扎手指的血糖仪", "测糖的机子"], ["免调码血糖仪套装", "智能血糖测试仪"],
     ["台", "套"], (1, 1)),
    ("strips34", "medical", "goods", ["测血糖的纸", "血糖仪的试纸", "血糖试条子"], ["血糖试条（50片装）", "血糖测试条（50支/盒）"],
     [("片", 1.0), ("盒", 50.0)], (50, 200)),
    ("diapers34", "medical", "goods", ["大人用的尿片", "老人纸尿裤"], ["成人纸尿裤L码（10片装）", "成人护理纸尿裤（10片/包）"],
     [("片", 1.0), ("包", 10.0)], (20, 100)),
    ("oxygen34", "medical", "goods", ["制氧的机子", "吸氧机器", "在家吸氧的机子"], ["3L医用分子筛制氧机", "医用级家用制氧机"], ["台"],
     (1, 1)),
    ("cane34", "medical", "goods", ["手拐", "手杖棍"], ["四脚防滑手杖", "铝合金可伸缩拐杖"], ["根", "支"], (1, 2)),
    ("medicine_kit34", "medical", "goods", ["小药箱", "家里备的药", "药箱子"], ["家庭应急药箱", "家庭常备药品箱"], ["个", "套"],
     (1, 1)),
    ("nursing_bed34", "medical", "goods", ["病人睡的床", "瘫痪病人的床"], ["多功能手摇护理床", "双摇医用护理床"], ["张", "台"],
     (1, 1)),
    ("cataract34", "medical", "service", ["眼睛的手术", "治眼睛白内障"], ["“光明行”白内障复明手术", "白内障患者免费复明手术"],
     _PERSONS34, (1, 2)),
    ("checkup34", "medical", "service", ["全身检查一下", "做个体检", "体检一回"], ["“健康进乡村”免费体检", "免费健康体检服务"],
     _PERSONS34, (1, 4)),
    ("prosthesis34", "medical", "service", ["装假肢", "接条假腿"], ["残疾人假肢免费适配", "下肢假肢装配"], _PERSONS34, (1, 1)),
    # 教育助学: what a pupil of the story lacks for school and for study at home
    ("desk_lamp34", "education", "goods", ["护眼的台灯", "晚上写作业的灯", "台灯子"], ["国AA级LED护眼台灯", "全光谱护眼学习台灯"],
     ["台", "盏"], (1, 1)),
    ("study_desk34", "education", "goods", ["书桌儿", "读书的桌子"], ["儿童可升降学习桌椅", "实木学生书桌"], ["张", "套"], (1, 1)),
    ("computer34", "education", "goods", ["学电脑的电脑", "家用电脑"], ["联想台式计算机", "学生用笔记本电脑"], ["台"], (1, 2)),
    ("uniform34", "education", "goods", ["上学的校服", "校服儿"], ["学生冬季校服套装", "中小学生制式校服"], ["套"], (1, 3)),
    ("reading_pen34", "education", "goods", ["学英语的笔", "点一下就读的笔", "点读的笔"], ["小达人点读笔", "英语同步点读学习笔"],
     ["支", "个"], (1, 1)),
    ("storybooks34", "education", "goods", ["闲书", "课外读的书"], ["青少年课外阅读书籍", "中小学生课外读物（10册套装）"],
     [("本", 1.0), ("套", 10.0)], (5, 30)),
    ("basketball34", "education", "goods", ["篮球子", "玩的篮球", "打球的篮球"], ["7号比赛用篮球", "PU材质室内外篮球"], ["个"], (1, 3)),
    ("calculator34", "education", "goods", ["算数的机子", "按数的计算器"], ["学生函数计算器", "科学型计算器"], ["个", "台"], (1, 2)),
    ("keyboard34", "education", "goods", ["学琴的电子琴", "弹的琴"], ["61键力度电子琴", "儿童初学电子琴"], ["台", "架"], (1, 1)),
    ("milk34", "education", "goods", ["喝的牛奶", "早上喝的奶"], ["学生饮用奶（200ml×24盒）", "纯牛奶整箱（24盒）"],
     [("盒", 1.0), ("箱", 24.0)], (24, 120)),
    ("glasses34", "education", "goods", ["配副眼镜", "近视的眼镜", "看远处的眼镜"], ["青少年近视验配眼镜", "防蓝光近视眼镜"], ["副"],
     (1, 1)),
    ("lunchbox34", "education", "goods", ["装饭的盒子", "带饭的盒子"], ["304不锈钢保温饭盒", "学生多层保温饭盒"], ["个", "只"],
     (1, 2)),
    # 住房安全: what a 危房改造, a new roof or a 改厕 needs
    ("cement34", "housing", "goods", ["打地坪的水泥", "水泥灰面", "砌砖的水泥"], ["袋装复合硅酸盐水泥", "P.C32.5复合水泥（50kg/袋）"],
     [("公斤", 1.0), ("袋", 50.0), ("吨", 1000.0)], (500, 3000)),
    ("steel_tile34", "housing", "goods", ["彩钢板瓦", "铁皮房顶", "屋面铁瓦"], ["彩涂钢板屋面瓦", "840型彩钢压型瓦"], _AREA34,
     (30, 150)),
    ("security_door34", "housing", "goods", ["铁大门", "防盗的铁门"], ["甲级钢制防盗门", "钢木复合入户门"], ["樘", "扇", "套"],
     (1, 1)),
    ("window34", "housing", "goods", ["窗户扇", "窗户框子"], ["断桥铝合金平开窗", "铝合金推拉窗（含安装）"], _AREA34, (2, 12)),
    ("floor_tile34", "housing", "goods", ["铺地面的砖", "贴地的砖"], ["800×800抛釉地砖", "600×600防滑地砖"], _AREA34, (20, 100)),
    ("solar_heater34", "housing", "goods", ["楼顶的太阳能", "太阳能烧水的"], ["真空管太阳能热水器（20管）", "一体式太阳能热水器"],
     ["台", "套"], (1, 1)),
    ("wire34", "housing", "goods", ["电源线", "拉线的电线"], ["BVR2.5平方多股铜芯线", "国标阻燃铜芯线"],
     [("米", 1.0), ("卷", 100.0)], (50, 300)),
    ("roof_felt34", "housing", "goods", ["补屋顶的油毡", "油毛毡子", "屋顶的油毡"], ["3mm改性沥青防水卷材", "SBS防水卷材（10㎡/卷）"],
     [("平方米", 1.0), ("卷", 10.0)], (20, 100)),
    ("wall_paint34", "housing", "goods", ["墙漆子", "刷白的涂料"], ["内墙环保乳胶漆（18升/桶）", "净味抗甲醛墙面漆"],
     [("升", 1.0), ("L", 1.0), ("桶", 18.0)], (18, 72)),
    ("sand34", "housing", "goods", ["细河沙", "建房的沙", "砌墙的沙"], ["建筑用河砂（中粗）", "砌筑用机制砂"],
     [("立方米", 1.0), ("方", 1.0), ("m³", 1.0)], (2, 10)),
    ("purlin34", "housing", "goods", ["桁子", "屋梁", "架房顶的木头"], ["杉木檩条（4米）", "方木檩条（10×10cm）"], ["根"], (10, 40)),
    ("squat_toilet34", "housing", "goods", ["蹲坑的便器", "茅厕的蹲盆", "蹲盆"], ["陶瓷防臭蹲便器", "改厕用蹲便器套装"], ["个", "套"],
     (1, 2)),
    # 易地搬迁: the empty new flat at the resettlement site
    ("fridge34", "relocation", "goods", ["存菜的冰箱", "冰箱儿", "放菜的冰柜子"], ["三门节能冰箱（215升）", "一级能效双门电冰箱"], ["台"],
     (1, 1)),
    ("washer34", "relocation", "goods", ["甩干的洗衣机", "洗衣机器", "全自动的洗衣机"], ["10公斤变频波轮洗衣机", "全自动洗衣机（8kg）"],
     ["台"], (1, 1)),
    ("bed34", "relocation", "goods", ["床架子", "铺板床"], ["1.8米板式双人床", "实木床（1.5×2米）"], ["张"], (1, 2)),
    ("range_hood34", "relocation", "goods", ["油烟机子", "抽油烟的机器", "排油烟的"], ["侧吸式吸油烟机（大吸力）", "近吸式抽油烟机"],
     ["台"], (1, 1)),
    ("sofa34", "relocation", "goods", ["沙发子", "客厅的沙发", "长沙发"], ["客厅布艺沙发（三人位）", "实木框架沙发组合"], ["套", "组"],
     (1, 1)),
    ("fan34", "relocation", "goods", ["电扇子", "吹风的电扇", "风扇子"], ["五叶静音落地扇", "遥控落地电风扇"], ["台"], (1, 2)),
    ("microwave34", "relocation", "goods", ["热饭的微波炉", "热菜的微波炉", "转的微波炉"], ["20升家用微波炉", "转盘式微波炉"], ["台"],
     (1, 1)),
    # 产业发展: inputs, young stock, seed and small machines for a household's 产业, and one advisory service
    ("fertilizer34", "production", "goods", ["庄稼用的肥", "撒的化肥"], ["硫酸钾复合肥（40kg装）", "高塔硫基复合肥（40公斤/袋）"],
     [("公斤", 1.0), ("袋", 40.0), ("吨", 1000.0)], (200, 2000)),
    ("chick34", "production", "goods", ["鸡苗子", "鸡仔子"], ["麻羽土鸡雏", "土鸡雏（脱温）"], ["只", "羽"], (100, 500)),
    ("ewe34", "production", "goods", ["小母羊", "下崽的母羊"], ["简州大耳羊种羊", "黑山羊能繁母羊"], ["只", "头"], (2, 10)),
    ("calf34", "production", "goods", ["小牛犊子", "牛儿", "牛崽子"], ["西杂架子牛", "鲁西黄牛犊"], ["头"], (1, 3)),
    ("apple_sapling34", "production", "goods", ["苹果树秧子", "苹果秧"], ["嘎啦苹果嫁接苗", "矮砧苹果大苗"], ["株", "棵"], (200, 1000)),
    ("seed_potato34", "production", "goods", ["洋芋籽", "种洋芋的种", "种土豆"], ["脱毒一级种薯", "费乌瑞它脱毒种薯"], None, (200, 1000)),
    ("tiller34", "production", "goods", ["打田的机器", "耕田的机子", "旋地的机子"], ["186F柴油微耕机", "汽油多功能微耕机"], ["台"],
     (1, 1)),
    ("sprayer34", "production", "goods", ["打药机子", "喷药机"], ["背负式电动喷雾器（16升）", "锂电池农用喷雾器"], ["台", "个"],
     (1, 2)),
    ("beehive34", "production", "goods", ["蜂房", "养蜜蜂的箱子", "装蜂的箱子"], ["中蜂七框蜂箱", "意蜂十框标准箱"], ["个", "套"],
     (5, 20)),
    ("mushroom_bag34", "production", "goods", ["香菇棒", "种菇的棒子"], ["香菇菌棒（出菇棒）", "食用菌菌包"],
     [("棒", 1.0), ("袋", 1.0), ("万棒", 10000.0)], (1000, 10000)),
    ("silkworm34", "production", "goods", ["蚕子", "蚕宝宝", "养的蚕"], ["春用杂交蚕种", "秋用一代杂交蚕种"], ["张"], (1, 5)),
    ("fish_fry34", "production", "goods", ["鱼崽", "鱼儿苗", "养鱼的苗子"], ["草鲤鱼苗", "优质鲫鱼苗"],
     [("尾", 1.0), ("万尾", 10000.0)], (2000, 20000)),
    ("shade_net34", "production", "goods", ["挡太阳的网", "遮阳的网子", "黑纱网"], ["六针加密遮阳网", "农用遮阳网（宽4米）"], _AREA34,
     (100, 1000)),
    ("drip_tape34", "production", "goods", ["滴管", "浇水的管子"], ["农用滴灌带（16mm）", "节水灌溉滴灌带"],
     [("米", 1.0), ("卷", 500.0)], (500, 3000)),
    ("agri_tech34", "production", "service", ["学种植技术", "有技术员来指导", "种地的技术"], ["科技特派员技术服务", "农技人员上门技术指导"],
     _PERSONS34, (1, 3)),
    # 消费扶贫: what the village has to sell, weighed or boxed
    ("tea34", "consumption", "goods", ["绿茶叶", "自家茶园的茶", "山上的茶叶"], ["明前特级毛尖", "高山生态绿茶"],
     [("斤", 0.5), ("公斤", 1.0), ("盒", 0.25)], (5, 50)),
    ("kiwi34", "consumption", "goods", ["藤梨子", "猕猴桃子"], ["红阳红心猕猴桃", "秦岭红心猕猴桃"], None, (200, 2000)),
    ("orange34", "consumption", "goods", ["橙子果", "橙柑"], ["奉节脐橙", "秭归脐橙"], None, (200, 2000)),
    ("pepper34", "consumption", "goods", ["大红袍", "花椒粒", "麻椒子"], ["韩城大红袍花椒", "特级干花椒"], None, (10, 100)),
    ("jerky34", "consumption", "goods", ["牛肉干", "风干牛肉", "牦牛肉"], ["内蒙古风干牛肉", "原味手撕牛肉干"], None, (10, 100)),
    ("konjac34", "consumption", "goods", ["魔芋豆腐", "黑豆腐"], ["鲜魔芋豆腐", "农家手工魔芋"], None, (20, 200)),
    ("chestnut34", "consumption", "goods", ["栗子果", "毛栗", "山板栗"], ["燕山甘栗", "罗田板栗"], None, (50, 500)),
    ("sausage34", "consumption", "goods", ["香肠子", "腊香肠"], ["农家手工腊肠", "土猪肉灌肠"], None, (20, 200)),
    # 基础设施: what a village committee asks for its roads, light, power and safety
    ("street_lamp34", "infrastructure", "goods", ["村里的灯", "巷道灯"], ["LED太阳能路灯（6米杆）", "乡村太阳能照明路灯"],
     ["盏", "套", "杆"], (10, 50)),
    ("water_pipe34", "infrastructure", "goods", ["引水管子", "吃水的管子"], ["PE给水管（DN32）", "HDPE饮水管道"],
     [("米", 1.0), ("卷", 100.0)], (200, 2000)),
    ("group_road34", "infrastructure", "goods", ["组里的路", "到家门口的路", "进村的路"], ["通组公路硬化", "连户路硬化"],
     [("米", 1.0), ("公里", 1000.0)], (500, 3000)),
    ("guardrail34", "infrastructure", "goods", ["临崖护栏", "防护栏杆"], ["乡村公路波形护栏", "临水临崖防护栏"], ["米"], (100, 500)),
    ("footbridge34", "infrastructure", "goods", ["过河小桥", "跨河的便桥", "人行桥"], ["便民漫水桥", "钢结构人行便桥"], ["座"], (1, 1)),
    ("fitness34", "infrastructure", "goods", ["锻炼身体的器械", "广场上的健身器"], ["全民健身路径器材（12件套）", "户外小区健身器材"],
     ["套"], (1, 2)),
    ("transformer34", "infrastructure", "goods", ["大一点的变压器", "电变压器"], ["S13型配电变压器", "200千伏安配电变压器"], ["台"],
     (1, 1)),
    ("extinguisher34", "infrastructure", "goods", ["灭火器材", "灭火的瓶子", "救火的灭火器"], ["ABC干粉灭火器（4kg）", "手提式ABC干粉灭火器"],
     ["具", "个"], (5, 30)),
    ("solar_panel34", "infrastructure", "goods", ["太阳能板子", "光伏发电的板子", "装光伏"], ["分布式光伏发电设备", "光伏组件（550W）"],
     ["块"], (10, 50)),
    ("retaining_wall34", "infrastructure", "goods", ["保坎", "堡坎", "挡土墙"], ["浆砌石挡土墙", "混凝土挡墙"], ["米"], (20, 200)),
    # 就业帮扶: courses and jobs (kind "service") and a vehicle for a small business
    ("ecommerce34", "employment", "service", ["在网上卖东西", "网上卖农产品", "学做电商"], ["农村电商直播培训班", "农村电子商务培训"],
     _PERSONS34, (1, 3)),
    ("cook34", "employment", "service", ["学做菜的手艺", "掌勺的手艺"], ["乡村厨师技能培训班", "乡厨技能提升培训"], _PERSONS34, (1, 3)),
    ("excavator34", "employment", "service", ["挖机司机", "开钩机"], ["挖掘机驾驶员技能培训", "挖掘机实操培训班"], _PERSONS34, (1, 3)),
    ("factory_job34", "employment", "service", ["流水线上的活", "工厂里的活", "进工厂做工"], ["工业园区普工岗位", "制造企业操作工岗位"],
     _PERSONS34, (1, 3)),
    ("ranger34", "employment", "service", ["守林子", "管林子的活", "巡林"], ["生态护林员公益岗位", "天然林管护岗位"], _PERSONS34, (1, 2)),
    ("cleaner34", "employment", "service", ["扫大街", "扫地的工作", "打扫街道"], ["村庄保洁员公益岗", "环卫保洁岗位"], _PERSONS34, (1, 2)),
    ("housekeeping34", "employment", "service", ["学做家政", "给人家做保姆"], ["家政保洁培训班", "巾帼家政服务培训"], _PERSONS34,
     (1, 3)),
    ("tricycle34", "employment", "goods", ["电三轮车", "拉货的电三轮"], ["载货电动三轮车", "农用电动三轮车"], ["辆", "台"], (1, 1)),
    # 金融信贷: money for school, a loan, insurance premiums, the house and the winter (kind "cash")
    ("tuition34", "finance", "cash", ["读大学的费用", "念大学的学费", "开学要交的钱"], ["贫困大学生学费补助", "大学生学费资助"], _YUAN34,
     (3000, 10000)),
    ("micro_loan34", "finance", "cash", ["借钱做生意", "周转的钱"], ["脱贫人口小额信贷贴息", "产业发展贷款贴息"], _YUAN34,
     (10000, 50000)),
    ("pension_premium34", "finance", "cash", ["交养老保险的钱", "社保费", "交社保的钱"], ["困难群众养老保险缴费补助", "养老保险费代缴补助"],
     _YUAN34, (200, 1000)),
    ("house_money34", "finance", "cash", ["修房款", "建房的钱"], ["农村危房改造补助", "房屋修缮补助金"], _YUAN34, (10000, 40000)),
    ("relief_money34", "finance", "cash", ["困难补助", "救济款", "救济金"], ["困难群众临时救助资金", "春节困难群众慰问金"], _YUAN34,
     (500, 2000)),
    ("livestock_insurance34", "finance", "cash", ["给牛买保险", "牲口的保险"], ["政策性养殖保险保费补贴", "能繁母牛保险保费补贴"],
     _YUAN34, (500, 3000)),
    # 其他: papers, a phone and a radio, a toy, couplets, a bath, a film, a repair and someone to talk to
    ("id_card34", "other", "service", ["办证", "办身份证件"], ["户籍证件上门办理", "身份证“上门办”服务"], ["次", "人"], (1, 2)),
    ("phone34", "other", "goods", ["打视频的手机", "拍视频的手机", "智能手机子"], ["5G智能手机", "全网通智能手机（4+64G）"],
     ["部", "台"], (1, 1)),
    ("radio34", "other", "goods", ["收音匣子", "听广播的"], ["熊猫便携式收音机", "全波段老年收音机"], ["台", "个"], (1, 1)),
    ("counselling34", "other", "service", ["有人陪着说说话", "说说心里话"], ["心理健康关爱服务", "公益心理咨询"], _PERSONS34, (1, 2)),
    ("toy_plane34", "other", "goods", ["玩具飞机", "遥控飞机", "会飞的飞机"], ["儿童遥控直升机", "充电遥控飞机玩具"], ["架", "个"],
     (1, 1)),
    ("bathing34", "other", "service", ["帮着洗澡", "上门洗澡"], ["助浴车上门助浴服务", "老年人助浴服务"], ["次", "人次"], (1, 4)),
    ("broadband34", "other", "service", ["拉网线", "上网"], ["光纤宽带入户安装", "千兆宽带入户"], ["户", "次"], (1, 1)),
    ("couplets34", "other", "goods", ["过年的对联", "门对", "春联儿"], ["烫金春联套装", "“迎新春”书法春联"], ["副", "套"], (1, 3)),
    ("film34", "other", "service", ["放电影", "坝坝电影", "露天电影"], ["农村公益电影下乡", "流动电影放映"], ["场", "次"], (1, 2)),
    ("repair34", "other", "service", ["修电视", "修家电"], ["家电义务维修", "电器免费检修"], ["次", "户"], (1, 2)),
]
# Broader offers under names of their own, as a donation list or a 公益 activity's report sums things up.
# generate() gives a broader offer's unit size 1 and counts it as kg for weighed items: groups covering a
# weighed item are offered in 公斤; the others in a unit of size 1 for every covered item that counts in it,
# or in one none of them uses (not comparable, relevance 2).
BLIND34_BROAD = [
    ("grain_oil34", "living", ["米面粮油", "粮油慰问物资"], ["rice34", "flour34", "rape_oil34"], ["公斤"]),
    ("winter_wear34", "living", ["冬季御寒衣物", "御寒衣被"],
     ["e_blanket34", "down_coat34", "cotton_shoes34", "bedding_set34"], ["件"]),
    ("toiletry34", "living", ["日化洗护用品", "个人清洁用品"], ["towel34", "shampoo34"], ["份"]),
    ("heating34", "living", ["取暖用具", "冬季取暖器具"], ["coal_stove34", "heater34", "e_blanket34"], ["台"]),
    ("kitchen34", "living", ["厨房炊具", "锅壶炊具"], ["kettle34", "pressure_cooker34"], ["个"]),
    ("rehab34", "medical", ["助行辅具", "残疾人康复器材"], ["walker34", "cane34", "nursing_bed34"], ["台"]),
    ("monitoring34", "medical", ["家用健康监测设备", "居家监测仪器"], ["glucose_meter34", "strips34", "oxygen34"], ["台"]),
    ("health_service34", "medical", ["医疗健康服务", "健康义诊活动"], ["cataract34", "checkup34", "prosthesis34"], ["人"]),
    ("school_kit34", "education", ["学习用品大礼包", "爱心文具礼包"],
     ["desk_lamp34", "calculator34", "reading_pen34", "lunchbox34"], ["份"]),
    ("teaching34", "education", ["教学设备", "信息化教学设备"], ["computer34", "keyboard34", "reading_pen34"], ["台"]),
    ("school_aid34", "education", ["校园助学用品", "爱心助学物品"], ["uniform34", "milk34", "glasses34", "storybooks34"], ["份"]),
    ("building34", "housing", ["建材物资", "农房建材"],
     ["cement34", "steel_tile34", "floor_tile34", "wire34", "roof_felt34", "wall_paint34", "sand34", "purlin34"], ["公斤"]),
    ("doors34", "housing", ["门窗配套", "门窗产品"], ["security_door34", "window34"], ["套"]),
    ("sanitation34", "housing", ["改厕改厨设备", "厨卫改造设备"], ["solar_heater34", "squat_toilet34"], ["套"]),
    ("appliances34", "relocation", ["家电产品", "家用电器产品"],
     ["fridge34", "washer34", "range_hood34", "fan34", "microwave34"], ["台"]),
    ("furniture34", "relocation", ["生活家具", "成套家具"], ["bed34", "sofa34"], ["件"]),
    ("farm_inputs34", "production", ["农资物资", "农业投入品"],
     ["fertilizer34", "seed_potato34", "shade_net34", "drip_tape34"], ["公斤"]),
    ("stock34", "production", ["扶贫牲畜", "养殖苗种"], ["chick34", "ewe34", "calf34", "fish_fry34"], ["只"]),
    ("machines34", "production", ["小型农业机械", "田间作业机械"], ["tiller34", "sprayer34"], ["台"]),
    ("farm_products34", "consumption", ["扶贫农产品", "脱贫地区特色农产品"],
     ["tea34", "kiwi34", "orange34", "pepper34", "jerky34", "konjac34", "chestnut34", "sausage34"], ["公斤"]),
    ("dry_goods34", "consumption", ["土特产干货", "山珍山货"], ["pepper34", "chestnut34", "jerky34"], ["公斤"]),
    ("lighting34", "infrastructure", ["村庄亮化安防设施", "亮化安防设施"],
     ["street_lamp34", "guardrail34", "extinguisher34"], ["套"]),
    ("roads34", "infrastructure", ["乡村道路设施", "交通便民设施"], ["group_road34", "footbridge34", "retaining_wall34"], ["座"]),
    ("power34", "infrastructure", ["电力基础设施", "乡村电力设施"], ["transformer34", "solar_panel34"], ["台"]),
    ("skills34", "employment", ["技能培训项目", "就业技能提升培训"],
     ["ecommerce34", "cook34", "excavator34", "housekeeping34"], ["人"]),
    ("jobs34", "employment", ["就业岗位信息", "招聘岗位"], ["factory_job34", "ranger34", "cleaner34"], ["人"]),
    ("relief_fund34", "finance", ["救助资金", "帮扶资金"], ["relief_money34", "house_money34"], ["元"]),
    ("premium34", "finance", ["保险保费补助", "参保资助"], ["pension_premium34", "livestock_insurance34"], ["元"]),
    ("services34", "other", ["便民服务", "志愿服务项目"],
     ["id_card34", "bathing34", "repair34", "counselling34", "film34"], ["次"]),
    ("electronics34", "other", ["数码电子产品", "通讯电子产品"], ["phone34", "radio34"], ["台"]),
]
TEMPLATES["blind34"] = {
    # Needs as a county 融媒体中心 or township 公众号 story tells them (third person, a quoted sentence of the
    # household's own), offers as the press release of a donation ceremony or a 公益 activity.
    "need_title": ["{who}的心愿：{name}", "记者走访｜{who}：家里最缺的是{name}", "一户人家的冬日心愿：{who}盼着{name}",
                   "【走基层】{who}急需{name}", "{name}，成了{who}的一桩心事", "民生关注：{who}家需要{name}",
                   "“{name}的事能解决就好了”——记者走访{who}"],
    "need_desc": ["据了解，{cause}。家里人告诉记者：“最缺的就是{name}。”",
                  "记者走访发现，{cause}，{name}至今没有着落。",
                  "{cause}。说起眼下的难处，户主告诉记者：“就盼着{name}能有个着落。”",
                  "{cause}，驻村工作队了解情况后，把{name}列入了帮扶需求清单。",
                  "“{name}的事，我们一直放在心上。”村党支部书记介绍，{cause}。",
                  "{cause}。据村干部介绍，这户人家目前急需{name}，希望社会爱心人士伸出援手。",
                  "据了解，{cause}，一家人的日子过得紧巴巴。"],
    "negated": ["此前，{other}已由县民政局送达",
                "{other}的问题去年已经解决",
                "除{other}已由帮扶单位落实外，家里最缺的还是{name}",
                "老人表示{other}暂时不需要",
                "年初，村里已为其统一发放{other}",
                "记者看到，屋里的{other}还是去年新添的",
                "“{other}够用了，不要再麻烦人家了。”孩子懂事地说",
                "说起{other}，老人连连摆手说还能用，不用再买",
                "{other}已有对口帮扶的东部企业认捐到位",
                "{other}一事已列入村里的民生台账并办结",
                "至于{other}，家里存下的足够用到明年",
                "据村干部介绍，{other}已通过临时救助解决",
                "{other}早在去年就已享受过相关补助",
                "“{other}不缺，缺的是{name}。”户主说",
                "有关{other}的诉求，乡里已于上月答复办理完毕",
                "相比之下，{other}倒不是眼下的难处"],
    "offer_title": ["近日，{donor}向我县捐赠价值50万元的{name}", "{donor}举行爱心物资捐赠仪式，捐赠{name}等物资",
                    "{donor}开展“情暖寒冬”公益活动，为困难群众送去{name}", "东西部协作结硕果：{donor}捐赠{name}",
                    "爱心捐赠｜{donor}捐赠的{name}运抵我县", "{donor}向帮扶村捐赠{name}，价值12.6万元"],
    "offer_title_medical": ["{donor}开展“健康送下乡”公益活动，送去{name}", "情系群众健康：{donor}捐赠{name}",
                            "{donor}向乡镇卫生院捐赠价值30万元的{name}"],
    "offer_title_education": ["{donor}开展“金秋助学”活动，为学生送去{name}", "{donor}向县第二小学捐赠{name}",
                              "爱心助学｜{donor}捐赠{name}，价值8万元"],
    "offer_title_production": ["产业帮扶｜{donor}为脱贫户发放{name}", "{donor}捐赠{name}助力产业发展",
                               "{donor}向专业合作社捐赠价值30万元的{name}"],
    "offer_title_consumption": ["{donor}开展消费帮扶活动，现场签约采购{name}", "消费帮扶｜{donor}认购{name}，金额达30万元",
                                "以购代捐：{donor}采购{name}助农增收"],
    "offer_title_infrastructure": ["{donor}出资实施{name}项目", "{donor}捐建{name}，惠及村民2000余人",
                                   "东西部协作项目｜{donor}援建{name}"],
    "offer_title_employment": ["{donor}举办就业帮扶专场招聘会，提供{name}", "稳岗就业｜{donor}为脱贫劳动力提供{name}",
                               "{donor}开展“技能送下乡”活动：{name}"],
    "offer_title_finance": ["{donor}捐资设立{name}，首批资金已到位", "{donor}发放{name}共计20万元",
                            "{donor}向困难群众发放{name}"],
    "who": ["石门村脱贫户李大爷", "留守儿童小敏", "独居老人杨奶奶", "监测户王某", "残疾人周某某", "低保户张大姐",
            "龙潭村老党员刘大爷", "易地搬迁户吴某"],
    "cause": ["今年67岁的杨大爷独自住在半山腰的老屋里，老伴前些年去世",
              "家中四口人，丈夫患尿毒症常年透析，两个孩子都在读书",
              "去年夏天一场暴雨，让这户人家本就不宽裕的日子雪上加霜",
              "儿子儿媳在浙江务工，老两口在家带着三个孙辈",
              "男主人三年前在工地受伤落下残疾，全家靠妻子打零工维持",
              "这户人家去年刚搬进易地扶贫搬迁安置点，新家还空荡荡的",
              "家里种着五亩多地，想发展产业却苦于没有门路",
              "孩子今年考上了县一中，家里既高兴又发愁"],
    "donor": ["杭州某集团", "县工商联（总商会）", "广东某慈善基金会", "定点帮扶单位某银行", "宁波市鄞州区东西部协作工作组",
              "温州商会", "中国移动县分公司", "某乳业股份有限公司", "省农业农村厅驻村工作队", "北京某公益基金会",
              "县红十字会", "深圳市某科技有限公司"],
}
# The parts blind34 was written after (its checks compare with these only, not with blind33, written the
# same morning, or with later parts).
_PARTS_BEFORE_BLIND34 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28",
                         "blind29", "blind30", "blind31", "blind32")


def check_blind34() -> None:
    """Raise SystemExit if blind34 is not what its comment says (``_check_part_after`` tune … blind32)."""
    _check_part_after("blind34", BLIND34_CATALOGUE, BLIND34_BROAD, _PARTS_BEFORE_BLIND34)


# The "blind35" part (written 2026-12-02 for issue 13 by an engineer of round 21 who opened none of matching/,
# search/, docs/, tests/, bench/eval/, bench/eval_items/ or README.md, never ran the matcher, and read of this
# module only its generic code, the first and last paragraphs of its docstring and the blind34 block as the
# model of a part's structure) in a voice no earlier part was written in: the 入户调查问卷 and 访谈记录. Needs
# are what 大学生 "三下乡" volunteers, 乡村振兴 survey teams and 监测排查 visitors write down: question-and-answer
# lines (「问：…答：…」「Q3 目前最需要的帮助：…」), checkboxes written as text (□ / ☑), the household's answer
# verbatim in its own spoken and regional words (西南官话, 湘 / 赣 / 客家 flavoured Mandarin, an old person's or
# a child's way of naming a thing: by use, by look, with a 子 / 儿 / reduplicated ending), and the 访谈员's
# bracketed notes. Negations and past mentions are a questionnaire's, every one a different construction: an
# answered follow-up question (no longer short, enough, still new, not wanted since the children bought it, not
# short but the other thing is), a ticked "already have" box, a ticked "not needed for now" box, an item's
# "not needed" answer, solved and registered in the last round, delivered since the last visit, a crossed-out
# answer, an except-X note, the interviewee's own words that the house has it, a column left unticked after a
# shake of the head, already helped and not registered twice, a visitor's check that it is there. Offers are
# written in traditional characters throughout (titles and names) by 港澳台同胞, 海外侨胞, 侨联, 台商协会,
# 同鄉會 and Hong Kong charities, in the register of their announcements (「…捐贈…一批」「本會向…捐贈…」
# 「愛心善款購置…」), naming things with Taiwan, Hong Kong and overseas words, a brand or a size now and then,
# while the households' names are simplified, colloquial and regional, so a need and an offer mostly name one
# thing in different words and in different scripts. 116 items over all 11 categories (living 19, medical 11,
# education 12, housing 11, relocation 8, production 14, consumption 9, infrastructure 9, employment 8,
# finance 6, other 9; 95 goods, 15 service, 6 cash), each under 2-3 need names and 2 offer names; 31 broader
# offers under names of their own (each covering 2-8 items of one category and kind); 7 need titles, 8 need
# descriptions, 17 negations and past mentions, 6 general offer titles and 3 of their own for each of 7
# categories. Units that need converting: mass in 斤 / 市斤 / 公斤 / 千克 / kg / Kg; bags and packs whose
# weight the catalogue fixes (5, 40 and 50 kg) and tonnes written 噸 (1000 kg); count units in both scripts
# (個 / 个, 隻 / 只, 張 / 张, 條 / 条, 塊 / 块, 輛 / 辆, 頭 / 头, 雙 / 双, 支 / 枝, all of size 1) and in multiples
# (boxes of 4, 12 and 50, packs of 10, dozens, cases of 12 and 30, rolls of 100); volume (升 / 公升, bottles of 3,
# drums of 5 and 20 公升); area (平方米 / 平方公尺 / ㎡, rolls of 100); length (米 / 公尺 / 公里, rolls of 100);
# money in 元 / 块 / 萬元; and 15 % of the offers of weighed items in 福袋 (a bag of unknown weight, not
# comparable). Every size is exact in binary floating point (no 台斤, 兩, 加侖 or 磅), so no label turns on a
# rounding error. ``check_blind35`` checks it against the catalogues, groups and negation templates of tune …
# blind34 only (blind36 was written at the same time by someone else), never the lexicon. Item and group
# names are left out of this comment and the module docstring on purpose. The lead evaluates it once. Never
# tune on it.
BLIND35_MASS = [("斤", 0.5), ("公斤", 1.0), ("千克", 1.0), ("kg", 1.0), ("市斤", 0.5), ("Kg", 1.0), ("公斤", 1.0)]
_PERSONS35 = [("人", 1.0), ("名", 1.0), ("位", 1.0)]
_YUAN35 = [("元", 1.0), ("块", 1.0), ("萬元", 10000.0)]
_AREA35 = [("平方米", 1.0), ("平方公尺", 1.0), ("㎡", 1.0)]
_LENGTH35 = [("米", 1.0), ("公尺", 1.0)]
_VISITS35 = [("次", 1.0), ("人次", 1.0)]
BLIND35_CATALOGUE = [
    # 生活物资: what the questionnaire's 「家里现在最缺啥」 gets for an answer in the kitchen, bedroom and washroom
    ("rice35", "living", "goods", ["恰饭的米", "米缸里的米"], ["泰國香米（5公斤裝）", "池上米（5公斤真空包）"],
     [("公斤", 1.0), ("斤", 0.5), ("包", 5.0)], (10, 100)),
    ("instant_noodles35", "living", "goods", ["开水一泡就吃的面", "泡的面块块"], ["出前一丁即食麵", "統一肉燥麵（30包/箱）"],
     [("包", 1.0), ("箱", 30.0)], (30, 120)),
    ("oil35", "living", "goods", ["煎菜的油", "煮菜的油"], ["大豆沙拉油（5公升）", "純正花生油（5公升裝）"],
     [("升", 1.0), ("公升", 1.0), ("桶", 5.0)], (5, 30)),
    ("quilt35", "living", "goods", ["盖的铺盖卷卷", "厚实的被窝窝", "棉絮被子"], ["冬季保暖棉被（雙人）", "羊毛被（6×7呎）"],
     ["床", "張", "张"], (1, 3)),
    ("down35", "living", "goods", ["过冬的厚袄子", "穿的棉袄子"], ["保暖羽絨外套", "輕量羽絨衣"], ["件"], (1, 4)),
    ("sweater35", "living", "goods", ["织的毛线褂子", "打的毛线衣服"], ["純羊毛冷衫（男裝）", "圓領冷衫"], ["件"], (1, 4)),
    ("rice_cooker35", "living", "goods", ["插起电焖饭的锅", "电饭煲煲"], ["大同電鍋（10人份）", "電飯煲（1.8公升）"],
     ["個", "个", "台"], (1, 1)),
    ("kettle35", "living", "goods", ["烧开水的壶壶", "插电的茶壶"], ["電熱水煲", "快煮壺（1.7公升）"], ["個", "个"], (1, 1)),
    ("thermos35", "living", "goods", ["装滚水的温瓶", "装开水的瓶子", "开水瓶瓶"], ["保溫瓶", "不鏽鋼真空熱水瓶"],
     ["個", "个", "只"], (1, 2)),
    ("toilet_paper35", "living", "goods", ["解手用的纸", "上茅厕的纸"], ["捲筒衛生紙（10捲/提）", "三層廁紙"],
     [("卷", 1.0), ("捲", 1.0), ("提", 10.0)], (10, 60)),
    ("soap35", "living", "goods", ["洗手的香碱", "香胰子"], ["番梘", "抗菌香皂"], ["塊", "块"], (2, 10)),
    ("detergent35", "living", "goods", ["洗衣裳的水水", "洗衣服的香水水"], ["洗衣精", "濃縮洗衣液（3公升）"],
     [("升", 1.0), ("公升", 1.0), ("瓶", 3.0)], (3, 15)),
    ("flashlight35", "living", "goods", ["手电筒儿", "照亮的电棒"], ["LED手電筒", "充電式強光電筒"], ["支", "枝", "個"],
     (1, 2)),
    ("sneakers35", "living", "goods", ["娃儿穿的球鞋", "白球鞋子"], ["兒童波鞋", "童裝運動鞋"], ["雙", "双"], (1, 3)),
    ("toothpaste35", "living", "goods", ["刷牙的膏膏", "牙膏子"], ["高露潔牙膏", "含氟牙膏（140克）"], ["支", "條", "条"],
     (2, 6)),
    ("soy35", "living", "goods", ["打的酱油", "蘸水用的酱油"], ["生抽豉油", "金蘭醬油"], [("瓶", 1.0), ("箱", 12.0)],
     (2, 12)),
    ("gas_stove35", "living", "goods", ["打火烧气的灶", "液化气灶灶"], ["瓦斯爐", "雙頭煤氣爐"], ["台", "個", "个"], (1, 1)),
    ("dry_noodles35", "living", "goods", ["挂面子", "干面条条"], ["日曬麵線", "關廟麵"], None, (5, 30)),
    ("milk_powder35", "living", "goods", ["冲的奶粉", "娃儿喝的奶粉"], ["全脂奶粉（罐裝）", "成長配方奶粉"], ["罐"], (2, 12)),
    # 医疗救助: what the old, the sick and the disabled told the visitors they lack, and three free services
    ("wheelchair35", "medical", "goods", ["坐的轮椅车", "带轱辘的椅子"], ["折疊輪椅", "鋁合金輕便輪椅"], ["台", "架", "輛"],
     (1, 1)),
    ("bp_monitor35", "medical", "goods", ["量血压的表表", "老人量血压的那个表"], ["電子血壓計", "手臂式血壓計"], ["台", "個"], (1, 1)),
    ("thermometer35", "medical", "goods", ["探体温的针", "夹胳肢窝的温度计"], ["探熱針", "電子體溫計"], ["支", "個", "个"],
     (1, 3)),
    ("masks35", "medical", "goods", ["捂嘴巴的口罩", "一次性口罩子"], ["醫用外科口罩（50片/盒）", "三層防護口罩"],
     [("片", 1.0), ("只", 1.0), ("盒", 50.0)], (50, 300)),
    ("adult_diaper35", "medical", "goods", ["老人垫的尿布", "屙尿的尿片子"], ["成人紙尿片（10片/包）", "成人尿褲（M碼）"],
     [("片", 1.0), ("包", 10.0)], (20, 120)),
    ("crutch35", "medical", "goods", ["拄的拐棍", "腋下夹的拐"], ["腋下枴杖", "助行枴杖"], ["支", "根"], (1, 2)),
    ("hearing35", "medical", "goods", ["耳朵背戴的", "助听的耳机子"], ["數碼助聽器", "耳背式助聽器"], ["個", "台", "只"],
     (1, 1)),
    ("first_aid35", "medical", "goods", ["屋里备的药包包", "急救包包"], ["家居急救箱", "急救藥包"], ["個", "套"], (1, 1)),
    ("eye_surgery35", "medical", "service", ["眼睛起白翳要开刀", "割眼睛的白翳"], ["白內障免費手術", "復明手術計劃"],
     _PERSONS35, (1, 2)),
    ("dental35", "medical", "service", ["镶牙齿", "装一口假牙"], ["免費假牙鑲配", "長者牙科義診"], _PERSONS35, (1, 2)),
    ("home_doctor35", "medical", "service", ["医生上门看病", "有医生来屋里看"], ["家庭醫生上門服務", "社區醫療外展服務"],
     _PERSONS35, (1, 3)),
    # 教育助学: what the child of the house (or its grandmother) said it lacks for school
    ("ballpen35", "education", "goods", ["写字的圆珠笔", "油笔"], ["原子筆（12支/盒）", "中性原子筆"],
     [("支", 1.0), ("枝", 1.0), ("盒", 12.0)], (12, 60)),
    ("pencil35", "education", "goods", ["铅笔杆杆", "削起写的木杆笔"], ["HB鉛筆", "六角木桿鉛筆"],
     [("支", 1.0), ("枝", 1.0), ("打", 12.0)], (12, 48)),
    ("exercise_book35", "education", "goods", ["做作业的簿子", "伢子的练习本本"], ["練習簿", "作業簿（A5）"], ["本"], (10, 50)),
    ("schoolbag35", "education", "goods", ["伢子读书背的包", "背的书包儿"], ["護脊書包", "兒童減壓書包"], ["個", "个"], (1, 2)),
    ("usb35", "education", "goods", ["存东西的U盘", "优盘子"], ["隨身碟（32GB）", "USB手指（64GB）"], ["個", "支"], (1, 3)),
    ("laptop35", "education", "goods", ["伢崽上网课的电脑", "可以提起走的电脑"], ["筆電", "手提電腦"], ["台", "部"], (1, 1)),
    ("tablet35", "education", "goods", ["学习平板子", "伢子上网课用的平板"], ["平板電腦（10吋）", "iPad平板"], ["台", "部"], (1, 1)),
    ("dictionary35", "education", "goods", ["查生字的书", "查字的本本"], ["繁簡對照學生字典", "中文學生字典"], ["本"], (1, 5)),
    ("crayons35", "education", "goods", ["涂颜色的蜡笔", "涂颜色的笔"], ["蠟筆（24色）", "油粉彩"], ["盒"], (1, 5)),
    ("desk_lamp35", "education", "goods", ["伢子夜里写字的灯", "照书的灯"], ["LED檯燈", "護眼檯燈"], ["盞", "台", "个"], (1, 1)),
    ("bicycle35", "education", "goods", ["骑起去学堂的车", "脚踏的车车", "单车子"], ["腳踏車", "單車（24吋）"], ["輛", "辆", "部"],
     (1, 1)),
    ("football35", "education", "goods", ["伢子踢的足球", "皮球子"], ["5號足球", "比賽用足球"], ["個", "个"], (1, 3)),
    # 住房安全: what a 危房 household says the house still needs
    ("cement35", "housing", "goods", ["砌墙的水泥灰", "洋灰面面"], ["紅毛泥", "波特蘭水泥（50公斤/包）"],
     [("公斤", 1.0), ("包", 50.0), ("噸", 1000.0)], (500, 3000)),
    ("rebar35", "housing", "goods", ["螺纹钢筋条", "浇圈梁用的钢筋"], ["螺紋鋼筋", "竹節鋼筋（12mm）"], [("公斤", 1.0), ("噸", 1000.0)],
     (500, 3000)),
    ("tile35", "housing", "goods", ["贴墙的瓷片", "瓷砖片片"], ["磁磚", "防滑地磚"], _AREA35, (20, 100)),
    ("roof_tile35", "housing", "goods", ["屋面上的瓦", "翻屋顶的瓦"], ["屋頂瓦片", "陶瓦（紅色）"], ["片", "塊"], (500, 3000)),
    ("toilet35", "housing", "goods", ["坐着解手的马桶", "坐便器子"], ["坐廁", "抽水馬桶"], ["個", "套", "个"], (1, 1)),
    ("water_tank35", "housing", "goods", ["屋顶的水罐", "装水的塔子"], ["不鏽鋼水塔", "儲水桶（1噸）"], ["個", "座"], (1, 1)),
    ("door35", "housing", "goods", ["堂屋的两扇门", "屋门板"], ["防盜鐵門", "實木房門"], ["樘", "扇", "道"], (1, 2)),
    ("paint35", "housing", "goods", ["粉墙的漆水", "刷白墙的涂料"], ["內牆乳膠漆（20公升）", "水性油漆"],
     [("升", 1.0), ("公升", 1.0), ("桶", 20.0)], (20, 80)),
    ("wire35", "housing", "goods", ["牵的电线", "接电的花线"], ["電線（2.5平方）", "銅芯電纜"], _LENGTH35 + [("卷", 100.0)],
     (50, 300)),
    ("water_heater35", "housing", "goods", ["洗澡烧水的", "烧热水洗澡的罐罐"], ["燃氣熱水爐", "電熱水器（50公升）"], ["台"], (1, 1)),
    ("window35", "housing", "goods", ["窗户框框", "透亮的窗子"], ["鋁窗", "氣密窗"], _AREA35, (2, 12)),
    # 易地搬迁: the new flat at the 安置点, where 「屋里啥都没得」
    ("fridge35", "relocation", "goods", ["冻肉冻菜的柜柜", "冰东西的箱箱"], ["雪櫃", "雙門電冰箱"], ["台", "部"], (1, 1)),
    ("washer35", "relocation", "goods", ["搅衣服的机器", "洗衣裳的机机"], ["洗衣機（8公斤）", "滾筒洗衣機"], ["台", "部"], (1, 1)),
    ("tv35", "relocation", "goods", ["放节目的电视机", "看新闻联播的电视"], ["液晶電視（43吋）", "智能電視機"], ["台", "部"], (1, 1)),
    ("aircon35", "relocation", "goods", ["空调机子", "吹冷风的机器"], ["冷氣機", "分離式冷氣"], ["台", "部"], (1, 1)),
    ("wardrobe35", "relocation", "goods", ["放衣裳的柜子", "挂衣裳的柜柜"], ["衣櫥", "組合衣櫃"], ["個", "组", "套"], (1, 1)),
    ("dining35", "relocation", "goods", ["恰饭的桌子", "一家人围着吃饭的方桌"], ["餐桌椅組", "實木餐檯"], ["套", "張"], (1, 1)),
    ("microwave35", "relocation", "goods", ["热饭的机子", "转起热饭的炉子"], ["微波爐（20公升）", "小家電微波爐"], ["台", "部"],
     (1, 1)),
    ("induction35", "relocation", "goods", ["放锅就热的电炉盘", "烧电的灶"], ["電磁爐", "IH電磁爐"], ["台", "個"], (1, 1)),
    # 产业发展: stock, inputs, small machines and a technician, as the household put it
    ("fertilizer35", "production", "goods", ["撒田的肥", "撒苞谷的尿素"], ["複合肥料（50公斤/包）", "有機肥料"],
     [("公斤", 1.0), ("包", 50.0), ("噸", 1000.0)], (200, 2000)),
    ("piglet35", "production", "goods", ["喂的猪娃娃", "捉回来喂的猪儿崽崽"], ["仔豬", "斷奶小豬"], ["頭", "头", "隻"], (2, 10)),
    ("chick35", "production", "goods", ["才出壳的鸡娃娃", "抱的小鸡崽"], ["雛雞", "土雞苗"], ["隻", "只", "羽"], (50, 300)),
    ("goat35", "production", "goods", ["羊咩咩", "放的羊子崽"], ["種羊", "黑山羊（母）"], ["隻", "只", "头"], (2, 10)),
    ("duckling35", "production", "goods", ["鸭娃娃", "放田的鸭崽崽"], ["雛鴨", "麻鴨苗"], ["隻", "只", "羽"], (50, 300)),
    ("veg_seeds35", "production", "goods", ["菜籽种", "种菜的籽籽"], ["蔬菜種子（混合包）", "農友蔬菜種子"], ["包", "袋"],
     (5, 20)),
    ("tiller35", "production", "goods", ["犁田的铁牛", "翻地机"], ["耕耘機", "小型中耕機"], ["台", "部"], (1, 1)),
    ("sprayer35", "production", "goods", ["背起打农药的壶", "喷雾器子"], ["背負式噴霧機", "電動噴藥機"], ["台", "個"], (1, 2)),
    ("greenhouse_film35", "production", "goods", ["盖大棚的膜", "薄膜子"], ["溫室塑膠布", "農用PE膜"],
     _AREA35[:2] + [("卷", 100.0)], (100, 1000)),
    ("citrus_sapling35", "production", "goods", ["橘子树苗", "栽的柑子秧"], ["柑橘嫁接苗", "椪柑種苗"], ["株", "棵"],
     (100, 1000)),
    ("mushroom_spawn35", "production", "goods", ["种菌子的包", "香菌棒棒"], ["菇包", "冬菇菌包"], [("包", 1.0), ("袋", 1.0)],
     (1000, 10000)),
    ("pump35", "production", "goods", ["抽水的机子", "抽田水的泵"], ["抽水摩打", "潛水泵浦"], ["台", "部"], (1, 1)),
    ("feed35", "production", "goods", ["催猪长膘的精饲料", "猪恰的料"], ["豬隻飼料（40公斤/包）", "配合飼料"],
     [("公斤", 1.0), ("包", 40.0), ("噸", 1000.0)], (200, 2000)),
    ("agri_tech35", "production", "service", ["教我们种养的技术", "农技师傅来指点"], ["農業技術指導", "種養技術講座"],
     _PERSONS35, (1, 3)),
    # 消费扶贫: what the household has to sell, weighed
    ("honey35", "consumption", "goods", ["自家割的蜂糖", "岩蜂糖"], ["純正百花蜜（700克）", "天然龍眼蜜"], None, (10, 100)),
    ("walnut35", "consumption", "goods", ["核桃仁仁", "山上打的核桃"], ["合桃", "薄殼核桃"], None, (50, 500)),
    ("mushroom35", "consumption", "goods", ["晒干的香菌", "干香菇子"], ["厚肉冬菇（特級）", "特級花菇（乾貨）"], None, (10, 100)),
    ("chili35", "consumption", "goods", ["晒的干海椒", "红海椒"], ["乾辣椒", "朝天椒乾"], None, (20, 200)),
    ("tea35", "consumption", "goods", ["山上的老茶", "自家手工炒的茶"], ["高山茶葉", "手工綠茶"], None, (5, 50)),
    ("bacon35", "consumption", "goods", ["熏的腊肉", "挂在灶上熏的肉"], ["湘西臘肉", "煙燻臘肉"], None, (20, 200)),
    ("mandarin35", "consumption", "goods", ["自家树上的柑子", "橘子果"], ["正宗沙糖桔禮盒", "贛南蜜桔禮盒"], None, (200, 2000)),
    ("potato35", "consumption", "goods", ["洋芋果果", "挖的土豆坨"], ["馬鈴薯", "雲南黃心薯仔"], None, (500, 3000)),
    ("fungus35", "consumption", "goods", ["树上长的木耳", "晒的黑木耳子"], ["雲耳", "乾木耳"], None, (5, 50)),
    # 基础设施: what the village cadre answered in the village questionnaire
    ("streetlight35", "infrastructure", "goods", ["村路边的亮灯", "夜里照路的路灯"], ["太陽能路燈", "LED街燈"],
     ["盞", "支", "杆"], (10, 50)),
    ("road35", "infrastructure", "goods", ["出门的烂泥路", "硬化门口的烂路"], ["鄉道鋪設", "道路硬底化工程"],
     _LENGTH35 + [("公里", 1000.0)], (500, 3000)),
    ("bridge35", "infrastructure", "goods", ["过河沟的桥", "河上的小桥"], ["便民橋", "行人便橋工程"], ["座", "條"], (1, 1)),
    ("water_supply35", "infrastructure", "goods", ["吃的自来水", "接到屋的水管"], ["自來水管線", "PE給水管"],
     _LENGTH35 + [("卷", 100.0)], (200, 2000)),
    ("well35", "infrastructure", "goods", ["挖口水井", "挑水吃的井"], ["水井鑽探", "深水井工程"], ["口", "座"], (1, 1)),
    ("public_toilet35", "infrastructure", "goods", ["村里的公厕", "村头的茅厕屋"], ["公共廁所", "公廁興建"], ["座", "間"], (1, 2)),
    ("trash_bin35", "infrastructure", "goods", ["屋门口倒渣渣的桶", "装渣渣的箱箱"], ["分類垃圾桶", "戶外垃圾筒"], ["個", "只"],
     (10, 50)),
    ("solar35", "infrastructure", "goods", ["房顶上的发电板", "晒日头发电的板板"], ["太陽能光電板", "光伏板（450W）"],
     ["塊", "片"], (10, 50)),
    ("activity_room35", "infrastructure", "goods", ["村里的活动室", "老年人耍的屋"], ["長者活動中心", "社區活動室"],
     ["間", "座"], (1, 1)),
    # 就业帮扶: what a young or middle-aged member of the house wants to learn or do (kind "service"), and a motorbike
    ("welding35", "employment", "service", ["学烧电焊", "焊工手艺"], ["電焊技工培訓班", "焊接技術訓練"], _PERSONS35, (1, 3)),
    ("driving35", "employment", "service", ["学开汽车", "考个开车的本本"], ["汽車駕駛培訓", "駕駛執照培訓班"], _PERSONS35, (1, 2)),
    ("sewing_job35", "employment", "service", ["车衣服的活路", "踩衣车的活"], ["製衣廠車位工", "成衣廠車縫工職缺"],
     _PERSONS35, (1, 3)),
    ("barber35", "employment", "service", ["学剪头发", "剃头手艺"], ["美髮技能培訓", "髮型師學徒計劃"], _PERSONS35, (1, 2)),
    ("caregiver35", "employment", "service", ["学照顾老人", "做护工"], ["護理員培訓課程", "長者照顧員培訓"], _PERSONS35,
     (1, 2)),
    ("factory35", "employment", "service", ["去厂里头做工", "去厂里做事"], ["台資工廠作業員職缺", "電子廠作業員招聘"], _PERSONS35,
     (1, 3)),
    ("chef35", "employment", "service", ["学炒菜当厨子", "做厨师"], ["中式烹飪培訓", "廚藝訓練班"], _PERSONS35, (1, 3)),
    ("motorbike35", "employment", "goods", ["跑运输的摩托", "摩托车子"], ["機車（125cc）", "電單車"], ["輛", "辆", "部"],
     (1, 1)),
    # 金融信贷: money the household said it lacks (kind "cash")
    ("tuition35", "finance", "cash", ["伢子读书的学费", "娃儿读大学的钱"], ["清寒助學金", "大學生獎助學金"], _YUAN35,
     (3000, 10000)),
    ("medical_fee35", "finance", "cash", ["住医院的开销", "看病欠的账"], ["醫療援助金", "重病醫藥費資助"], _YUAN35,
     (2000, 20000)),
    ("startup35", "finance", "cash", ["摆个小摊的本钱", "做买卖的本"], ["創業啟動資金", "小本創業貸款"], _YUAN35, (10000, 50000)),
    ("housing_fund35", "finance", "cash", ["补屋的钱", "盖新屋的钱"], ["房屋修繕資助", "危房重建善款"], _YUAN35,
     (10000, 40000)),
    ("festival35", "finance", "cash", ["过年买年货的钱", "年关的生活费"], ["新春慰問金", "春節敬老利是"], _YUAN35, (500, 2000)),
    ("insurance35", "finance", "cash", ["交医保那个钱", "一年交的合疗钱"], ["醫療保險費資助", "參保費用補貼"], _YUAN35,
     (200, 1000)),
    # 其他: a phone, a radio, gifts for a child and a festival, an umbrella, and a few kinds of visit
    ("phone35", "other", "goods", ["接电话的手机", "打电话的机子"], ["長者手機", "大字體老人手機"], ["部", "台"], (1, 1)),
    ("radio35", "other", "goods", ["听花鼓戏的匣子", "听广播的收音匣匣"], ["收音機", "便攜式收音機"], ["部", "台", "個"], (1, 1)),
    ("haircut35", "other", "service", ["剪头发", "剃个脑壳"], ["義剪服務", "長者義務理髮"], _VISITS35, (1, 3)),
    ("homework35", "other", "service", ["有人给伢子补作业", "辅导娃娃写作业"], ["課業輔導志工", "學童功課輔導班"], _VISITS35,
     (1, 4)),
    ("hukou35", "other", "service", ["补办户口本", "给细伢子落户口"], ["戶籍登記協助", "身份證件代辦"], [("次", 1.0), ("人", 1.0)], (1, 2)),
    ("visiting35", "other", "service", ["陪老人家摆龙门阵", "有人来看看"], ["關懷探訪", "長者探訪服務"], _VISITS35, (1, 4)),
    ("mooncake35", "other", "goods", ["中秋的月饼", "月饼子"], ["廣式月餅", "雙黃蓮蓉月餅"], [("個", 1.0), ("盒", 4.0)],
     (4, 20)),
    ("blocks35", "other", "goods", ["伢子搭起耍的积木", "积木坨坨"], ["積木玩具", "樂高積木"], ["盒", "套"], (1, 2)),
    ("umbrella35", "other", "goods", ["落雨打的伞", "雨伞伞"], ["自動長柄雨遮", "自動摺疊傘"], ["把", "支"], (1, 3)),
]
# Broader offers under names of their own, as a 同鄉會's or a charity's announcement sums things up (in
# traditional characters). generate() gives a broader offer's unit size 1 and counts it as kg for weighed items:
# groups covering a weighed item are offered in 公斤; the others in a unit of size 1 for every covered item that
# counts in it, or in one none of them uses (not comparable, relevance 2).
BLIND35_BROAD = [
    ("grain35", "living", ["米糧食油", "糧油物資一批"], ["rice35", "oil35", "dry_noodles35", "instant_noodles35"],
     ["公斤"]),
    ("winter35", "living", ["禦寒衣物", "冬衣冬被"], ["quilt35", "down35", "sweater35"], ["件"]),
    ("hygiene35", "living", ["梳洗衛生用品", "清潔用品"], ["toilet_paper35", "soap35", "detergent35", "toothpaste35"],
     ["份"]),
    ("kitchen35", "living", ["廚房小家電", "家用小電器"], ["rice_cooker35", "kettle35", "gas_stove35"], ["台"]),
    ("food35", "living", ["即食食品", "乾糧"], ["instant_noodles35", "dry_noodles35", "milk_powder35"], ["公斤"]),
    ("aids35", "medical", ["復康輔具", "行動輔助器材"], ["wheelchair35", "crutch35"], ["件"]),
    ("monitor35", "medical", ["家用醫療儀器", "保健儀器"], ["bp_monitor35", "thermometer35", "hearing35"], ["台"]),
    ("consumables35", "medical", ["醫護耗材", "護理用品"], ["masks35", "adult_diaper35", "first_aid35"], ["份"]),
    ("clinic35", "medical", ["義診服務", "醫療關懷服務"], ["eye_surgery35", "dental35", "home_doctor35"], ["人"]),
    ("stationery35", "education", ["學生文具", "文具禮包"], ["ballpen35", "pencil35", "exercise_book35", "crayons35"],
     ["份"]),
    ("digital35", "education", ["電子學習產品", "資訊設備"], ["usb35", "laptop35", "tablet35"], ["台"]),
    ("school_things35", "education", ["上學用品", "開學禮物"], ["schoolbag35", "desk_lamp35", "dictionary35", "bicycle35"],
     ["件"]),
    ("building35", "housing", ["建築材料", "建房物料"],
     ["cement35", "rebar35", "tile35", "roof_tile35", "paint35", "wire35"], ["公斤"]),
    ("bathroom35", "housing", ["衛浴設備", "衛浴潔具"], ["toilet35", "water_heater35", "water_tank35"], ["套"]),
    ("doors35", "housing", ["門窗", "門窗工程"], ["door35", "window35"], ["樘"]),
    ("appliances35", "relocation", ["大型家電", "家用電器"],
     ["fridge35", "washer35", "tv35", "aircon35", "microwave35", "induction35"], ["台"]),
    ("furniture35", "relocation", ["傢俬", "傢俱"], ["wardrobe35", "dining35"], ["件"]),
    ("livestock35", "production", ["禽畜種苗", "畜禽幼苗"], ["piglet35", "chick35", "goat35", "duckling35"], ["隻"]),
    ("inputs35", "production", ["農業物資", "農用物資"], ["fertilizer35", "feed35", "veg_seeds35", "greenhouse_film35"],
     ["公斤"]),
    ("machinery35", "production", ["農業機具", "農機"], ["tiller35", "sprayer35", "pump35"], ["台"]),
    ("produce35", "consumption", ["山區農產品", "農特產品"],
     ["honey35", "walnut35", "mushroom35", "chili35", "tea35", "bacon35", "mandarin35", "potato35"], ["公斤"]),
    ("dried35", "consumption", ["乾貨", "山貨乾貨"], ["mushroom35", "fungus35", "chili35", "walnut35"], ["公斤"]),
    ("transport35", "infrastructure", ["村道橋樑", "交通建設"], ["road35", "bridge35"], ["項"]),
    ("water35", "infrastructure", ["供水設施", "食水工程"], ["water_supply35", "well35"], ["項"]),
    ("sanitation35", "infrastructure", ["環境衛生設施", "村容整治"], ["public_toilet35", "trash_bin35"], ["個"]),
    ("energy35", "infrastructure", ["照明及能源設施", "光電設施"], ["streetlight35", "solar35"], ["套"]),
    ("training35", "employment", ["職業技能培訓", "職訓課程"],
     ["welding35", "driving35", "barber35", "caregiver35", "chef35"], ["人"]),
    ("jobs35", "employment", ["就業職缺", "工廠職位"], ["sewing_job35", "factory35"], ["人"]),
    ("aid_fund35", "finance", ["愛心善款", "扶貧善款"], ["medical_fee35", "housing_fund35", "festival35"], ["元"]),
    ("volunteer35", "other", ["義工服務", "志工服務"], ["haircut35", "homework35", "hukou35", "visiting35"], ["次"]),
    ("gifts35", "other", ["節日禮品", "愛心禮物"], ["mooncake35", "blocks35", "umbrella35"], ["份"]),
]
TEMPLATES["blind35"] = {
    # Needs as a 入户调查问卷 or 访谈记录 writes them down (simplified characters, the household's own words),
    # offers as the announcement of a 同鄉會, 台商協會, 僑聯 or Hong Kong charity (traditional characters).
    "need_title": ["入户调查｜{who}：Q3 目前最需要的帮助——{name}", "问卷记录：{who}家缺{name}",
                   "三下乡访谈｜{who}说想要{name}", "监测排查记录：{who}（需求：{name}）", "{who}访谈笔记：{name}",
                   "第二轮入户走访｜{who}｜需求项：{name}", "乡村振兴调研问卷·{who}·{name}"],
    "need_desc": ["问：家里现在最缺啥？答：{name}。（访谈员注：{cause}）",
                  "Q3 目前最需要的帮助：{name}。Q5 家庭基本情况：{cause}。",
                  "是否需要{name}：是。（受访者原话：“有就好咯。”）备注：{cause}。",
                  "问：有啥子困难没得？答：{cause}……就是差{name}嘛。",
                  "□不需要 ☑需要：{name}。家庭情况：{cause}。",
                  "访谈记录：{cause}。受访者说：“我们屋里就是少个{name}。”",
                  "问：想要我们帮点什么？答：要是有{name}就好哒。（访谈员注：{cause}）",
                  "（受访者原话）莫得{name}，日子难过。访谈员补记：{cause}。"],
    "negated": ["问：{other}还缺吗？答：不缺了",
                "{other}：☑已有 □没有",
                "{other}一项，上轮排查已登记并解决",
                "是否需要{other}：否（该项不需要）",
                "（访谈员注：除{other}外，老人说的都记上了）",
                "问：{other}够不够？答：有，够用",
                "{other}：需要（此答案已划去，改为“不需要”）",
                "问：{other}呢？答：去年村里发过了，还好用",
                "{other}：□需要 ☑暂不需要",
                "（受访者原话）{other}嘛，屋里有得，莫操心",
                "问：{other}要不要？答：不要咯，崽女买了哒",
                "上次走访登记的{other}已到户，本次不再填报",
                "{other}一栏，户主摇头说用不上，访谈员未勾选",
                "问：缺{other}不？答：冇缺，缺的是{name}",
                "{other}（已享受过帮扶，本轮不重复登记）",
                "问：{other}坏了没有？答：还新着嘞，用不着换",
                "访谈员核实：{other}已有，不列入需求清单"],
    "offer_title": ["{donor}捐贈{name}一批", "本會向貧困家庭捐贈{name}", "{donor}愛心善款購置{name}，送往山區",
                    "兩岸同心·{donor}捐贈{name}", "{donor}：{name}捐贈公告", "心繫桑梓｜{donor}捐贈{name}"],
    "offer_title_medical": ["{donor}關愛長者健康，捐贈{name}", "本會醫療援助項目：{name}",
                            "{donor}向鄉鎮衛生院捐贈{name}一批"],
    "offer_title_education": ["{donor}助學計劃：向山區學童捐贈{name}", "愛心助學｜{donor}捐贈{name}",
                              "本會第十屆助學活動，送上{name}"],
    "offer_title_production": ["{donor}扶助農戶發展生產，捐贈{name}", "本會產業扶貧項目：{name}",
                               "{donor}向合作社捐贈{name}"],
    "offer_title_consumption": ["{donor}以購代捐，採購{name}", "本會會員認購扶貧產品：{name}",
                                "{donor}消費扶貧：訂購{name}"],
    "offer_title_infrastructure": ["{donor}捐資興建{name}", "本會善款資助{name}，造福鄉里",
                                   "{donor}援建{name}項目竣工"],
    "offer_title_employment": ["{donor}提供{name}", "台商企業招聘：{name}", "本會就業扶助計劃：{name}"],
    "offer_title_finance": ["{donor}設立{name}", "本會發放{name}", "{donor}愛心善款：{name}"],
    "who": ["受访户李大爷（73岁，独居）", "问卷编号0217户主杨某", "留守儿童小芳（9岁）", "脱贫监测户王某某",
            "低保户刘大姐", "易地搬迁户陈某", "残疾人何某（二级肢残）", "受访者罗奶奶"],
    "cause": ["户主今年68岁，老伴瘫在床上好几年了", "两个娃儿在读书，男的在广东打工受了伤",
              "去年一场山洪把灶屋冲垮了", "老两口带着三个孙崽，儿子儿媳在外面打工",
              "刚搬到安置点，屋里啥都没得", "家里种了三亩多地，想养点东西又没本钱",
              "女儿考上了大学，学费还没凑齐", "户主眼睛不好，一个人住在老屋"],
    "donor": ["台北市某同鄉會", "香港某慈善基金", "旅美華僑聯誼會", "東莞台商協會", "澳門某同鄉總會", "香港某宗親會",
              "馬來西亞華人商會", "省僑聯", "新加坡某會館", "廈門台商投資企業協會", "香港某扶貧慈善會", "世界客屬某總會"],
}
# The parts blind35 was written after (its checks compare with these only, not with blind36, written at the
# same time, or with later parts).
_PARTS_BEFORE_BLIND35 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28",
                         "blind29", "blind30", "blind31", "blind32", "blind33", "blind34")


def check_blind35() -> None:
    """Raise SystemExit if blind35 is not what its comment says (``_check_part_after`` tune … blind34)."""
    _check_part_after("blind35", BLIND35_CATALOGUE, BLIND35_BROAD, _PARTS_BEFORE_BLIND35)


# The "blind36" part (written 2026-12-02 for issue 13 by an engineer of round 21 who opened none of matching/,
# search/, docs/, tests/, README.md or any part's records, never ran the matcher, and read of this module only
# its generic code, the module docstring's first and last paragraphs and the blind34 block as the model of a
# part's structure) in a voice no earlier part was written in: citizens writing to officials, and young donors
# posting online. Needs are letters to the 县长信箱 and 书记信箱, messages on a 领导留言板 and 12345 hotline
# 工单, written by the household, by a son or a daughter working away for old parents at home, or summed up by
# the hotline's operator (「尊敬的县长：您好！我是…的村民，…恳请领导帮忙解决…」「来电人反映：…诉求：…」
# 「留言类型：求助」), formal petition phrases mixed with plain and regional words for things, named by use, look
# or local name. Negations and past mentions are in the register of a petition's follow-up, every one a
# different construction (a 办理回复 that finds a thing delivered, a reply that it is covered by a county
# scheme, answered in an earlier message, a closed case, except-X, not needed for now, a retracted request in a
# follow-up line, a 回访 that finds it solved, done by the township's office, received after an earlier letter,
# settled by the village secretary, a formal withdrawal, old parents' own refusal, bought by a cadre out of his
# own pocket, the operator's note that the caller lacks nothing but the asked thing, a benefit already enjoyed,
# and a case already handled through the hotline). Offers are young individuals' and small groups' posts on
# 小红书, 朋友圈 and 闲鱼-style 转赠 (大学生 社团, 志愿者 teams, 宝妈群, small online shops' 公益 giveaways,
# crowdfunding of a few young people), in internet language with 🆓, hashtags, 「宝子们」「家人们谁懂」「已消毒」
# 「九成新」「同城自提」, naming things by brand, size and model number as young people write them, so a need and
# an offer mostly name one thing in very different words. 110 items over all 11 categories (living 17, medical
# 12, education 12, housing 11, relocation 8, production 13, consumption 9, infrastructure 9, employment 7,
# finance 5, other 7; 90 goods, 15 service, 5 cash), each under 2 need names and 2 offer names; 33 broader
# offers under names of their own (each covering 2-8 items of one category and kind); 7 need titles, 7 need
# descriptions, 17 negations and past mentions, 6 general offer titles and 3 of their own for each of 9
# categories. Units that need converting: mass in 斤 / 市斤 / 公斤 / kg / Kg / 千克; bags and packs whose weight
# the catalogue fixes (5, 40 and 50 kg) and tonnes (1000 kg); counts in multiples (boxes of 12, 30 and 50, packs
# of 10 and 20, dozens, pairs, 千块, rolls of 30 and 50 米); volume (升 / L, 5-升 drums); area (平方米 / 平米 /
# ㎡ / 平方); length (米, 公里); money in 元 / 块 / 万元; persons (人 / 名 / 位); and 15 % of the offers of
# weighed items in 福袋 (a giveaway bag of unknown weight, not comparable). Every size is exact in binary
# floating point (no 两 or 毫升), so no label turns on a rounding error. ``check_blind36`` checks it against the
# catalogues, groups and negation templates of tune … blind34 only (blind35 was written at the same time by
# someone else), never the lexicon. Item and group names are left out of this comment and the module docstring
# on purpose. The lead evaluates it once. Never tune on it.
BLIND36_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("Kg", 1.0), ("市斤", 0.5), ("公斤", 1.0)]
_PERSONS36 = [("人", 1.0), ("名", 1.0), ("位", 1.0)]
_YUAN36 = [("元", 1.0), ("块", 1.0), ("万元", 10000.0)]
_AREA36 = [("平方米", 1.0), ("平米", 1.0), ("㎡", 1.0), ("平方", 1.0)]
BLIND36_CATALOGUE = [
    # 生活物资: what a letter says the old people at home lack for food, warmth and the house
    ("rice36", "living", "goods", ["下锅的口粮米", "家里吃的大米"], ["五常稻花香 真空包 5kg装", "东北大米 5kg一袋 🆓"],
     [("斤", 0.5), ("公斤", 1.0), ("袋", 5.0)], (10, 50)),
    ("oil36", "living", "goods", ["烧菜的清油", "家里吃的食用油"], ["金龙鱼调和油 5L 一桶", "鲁花花生油5L 未开封"],
     [("升", 1.0), ("L", 1.0), ("桶", 5.0)], (5, 20)),
    ("quilt36", "living", "goods", ["过冬盖的厚被褥", "盖的厚棉絮被"], ["罗莱同款蚕丝被 200×230", "全新加厚冬被 未拆封"],
     ["床", "条"], (1, 3)),
    ("cotton_coat36", "living", "goods", ["老人穿的厚棉袄子", "爹娘过冬的棉衣"], ["波司登中老年羽绒服 XL 九成新",
                                                                       "冬季加厚棉服 只穿过一次"], ["件"], (1, 4)),
    ("snow_boots36", "living", "goods", ["娃冬天穿的暖鞋", "娃娃的棉靴子"], ["儿童雪地靴 32码 🆓", "巴拉巴拉加绒雪地靴 童款"],
     ["双"], (1, 3)),
    ("rice_cooker36", "living", "goods", ["插电焖米饭的锅", "焖饭的电饭锅子"], ["美的电饭煲 4L 九成新", "苏泊尔智能电饭锅 闲置自提"],
     ["个", "台"], (1, 1)),
    ("thermos36", "living", "goods", ["灌开水的暖壶壶", "暖水瓶子"], ["不锈钢大容量暖瓶 3.2L", "家用保温壶 全新带盒"],
     ["个", "只"], (1, 3)),
    ("heater36", "living", "goods", ["烤火用的电暖器", "屋里取暖的电器"], ["艾美特小太阳取暖器 99新", "格力暖风机 自用闲置"],
     ["台"], (1, 1)),
    ("blanket36", "living", "goods", ["盖腿的薄毯子", "搭在身上的毯子"], ["珊瑚绒毯子 1.5×2m 已消毒", "法兰绒午睡毯 全新未拆"],
     ["条", "床"], (1, 4)),
    ("coal36", "living", "goods", ["过冬烧的炭", "烤火的块块煤"], ["无烟块煤 同城配送", "优质块煤 公益直送到家"], None,
     (200, 1000)),
    ("toothpaste36", "living", "goods", ["刷牙的膏子", "家里用的牙膏"], ["云南白药牙膏 180g×2支", "黑人牙膏 囤货太多出"],
     [("支", 1.0), ("盒", 2.0)], (2, 10)),
    ("laundry36", "living", "goods", ["洗衣裳的洗衣液", "洗衣机里倒的洗衣液"], ["蓝月亮洗衣液 3kg大桶", "立白洗衣液 囤多了送"], None,
     (2, 10)),
    ("pads36", "living", "goods", ["女娃用的卫生巾", "姑娘家用的那个巾"], ["苏菲卫生巾 日用240mm", "七度空间 夜用 全新囤货"],
     [("片", 1.0), ("包", 10.0)], (20, 100)),
    ("mattress36", "living", "goods", ["床上垫的褥子", "铺床的垫絮"], ["椰棕床垫 1.5m 九成新", "全新加厚榻榻米床垫 1.8m"],
     ["张", "床"], (1, 2)),
    ("warm_bag36", "living", "goods", ["暖手的水袋子", "焐被窝的热水袋"], ["充电暖宝宝 防爆款", "电热水袋暖手宝 全新"],
     ["个"], (1, 4)),
    ("gas_tank36", "living", "goods", ["做饭的煤气罐", "装液化气的罐罐"], ["15kg液化气钢瓶 带阀", "液化石油气罐 已检测"],
     ["个", "罐"], (1, 2)),
    ("socks36", "living", "goods", ["冬天的厚袜子", "娃穿的棉袜"], ["南极人加厚羊毛袜 男女同款", "纯棉中筒袜 全新未拆"],
     [("双", 1.0), ("打", 12.0)], (5, 24)),
    # 医疗救助: aids for a bedridden parent, small devices, and three free services
    ("wheelchair36", "medical", "goods", ["推着走的轮子椅", "残疾人坐的推车"], ["鱼跃轮椅H062 可折叠 九成新",
                                                                       "互邦手动轮椅 家人用过半年"], ["辆", "台"], (1, 1)),
    ("bp_meter36", "medical", "goods", ["给老人量血压的机器", "测血压的仪表"], ["欧姆龙电子血压计U10", "鱼跃臂式血压计 全新未拆"],
     ["台", "个"], (1, 1)),
    ("commode36", "medical", "goods", ["老人解手的椅子", "坐着解手的凳子"], ["可折叠坐便椅 老人款 已消毒", "防滑移动马桶椅 九成新"],
     ["把", "个"], (1, 1)),
    ("masks36", "medical", "goods", ["戴的口罩子", "防病的口罩"], ["医用外科口罩 50只/盒 独立包装", "3M KN95口罩 囤多了"],
     [("只", 1.0), ("个", 1.0), ("盒", 50.0)], (50, 200)),
    ("thermometer36", "medical", "goods", ["量体温的表表", "测发烧的温度计"], ["额温枪 红外测温 全新", "鱼跃电子体温计 软头"],
     ["支", "个"], (1, 2)),
    ("air_mattress36", "medical", "goods", ["防褥疮的垫子", "瘫在床上的人用的气垫"], ["防褥疮充气床垫 医用款",
                                                                         "鱼跃防褥疮气床垫 老人用过"],
     ["张", "床", "个"], (1, 1)),
    ("nebulizer36", "medical", "goods", ["给娃吸雾化的机子", "娃咳嗽用的雾化机"], ["儿童雾化器 压缩式 99新", "家用医用雾化机 欧姆龙同款"],
     ["台"], (1, 1)),
    ("presbyopic36", "medical", "goods", ["老人看字的眼镜", "老人戴的老光眼镜"], ["老花镜+200度 全新未戴", "防蓝光老花眼镜 多度数可选"],
     ["副"], (1, 3)),
    ("crutches36", "medical", "goods", ["夹胳肢窝的拐", "双拐"], ["铝合金腋下拐杖 一对", "可调节腋拐 骨折后用过 已消毒"],
     [("根", 1.0), ("副", 2.0)], (1, 2)),
    ("doctor_visit36", "medical", "service", ["请大夫来看看病", "医生上门瞧病"], ["医学院青年志愿者 下乡义诊",
                                                                         "三甲医生团队 公益巡诊"], _PERSONS36, (1, 4)),
    ("dental36", "medical", "service", ["看牙齿", "补牙拔牙"], ["口腔医院 公益洁牙补牙", "牙科诊所 免费口腔检查+补牙"],
     _PERSONS36, (1, 3)),
    ("rehab36", "medical", "service", ["中风后的康复锻炼", "瘫了以后做康复"], ["康复治疗师志愿者 上门康复训练",
                                                                       "公益康复指导 一对一上门"], _PERSONS36, (1, 2)),
    # 教育助学: what a child at school lacks, as the parent working away writes it
    ("schoolbag36", "education", "goods", ["娃上学背的包", "娃装课本的背包"], ["卡拉羊护脊书包 全新带吊牌", "小学生减负书包 蓝色 闲置"],
     ["个"], (1, 3)),
    ("pens36", "education", "goods", ["写字的水笔", "娃考试写字的黑水笔"], ["晨光中性笔0.5 黑色 整盒12支", "真彩按动笔 速干 全新"],
     [("支", 1.0), ("盒", 12.0)], (12, 60)),
    ("notebooks36", "education", "goods", ["娃写作业的作业簿", "练习簿子"], ["得力作业本16K 一包20本", "牛皮纸练习本 全新"],
     [("本", 1.0), ("包", 20.0)], (20, 100)),
    ("tablet36", "education", "goods", ["娃上网课的平板", "孩子听网课的机器"], ["iPad Air2 64G 九成新 无拆修",
                                                                      "华为MatePad 10.4 闲置"], ["台", "部"], (1, 1)),
    ("dictionary36", "education", "goods", ["娃查字用的字典", "查生字的工具书"], ["新华字典第12版 双色本", "现代汉语词典第7版 九成新"],
     ["本"], (1, 3)),
    ("workbooks36", "education", "goods", ["复习的资料书", "做题的辅导书"], ["五三真题 全新未写", "一二年级教辅 整套10本"],
     [("本", 1.0), ("套", 10.0)], (2, 10)),
    ("football36", "education", "goods", ["娃们踢的足球", "踢着耍的球"], ["迪卡侬4号足球 训练款", "小学生4号球 全新"], ["个"],
     (1, 5)),
    ("bookshelf36", "education", "goods", ["娃摆书的架架", "搁书的柜子"], ["宜家毕利书架 自提", "简易落地书架 五层 闲置"],
     ["个", "组"], (1, 1)),
    ("printer36", "education", "goods", ["打印卷子的打印机", "家里打作业的机器"], ["惠普喷墨打印机2132 能用", "兄弟黑白激光打印机 闲置"],
     ["台"], (1, 1)),
    ("tutoring36", "education", "service", ["有人给娃补补课", "辅导娃的功课"], ["师大支教社团 线上一对一辅导",
                                                                       "大学生志愿者 暑期支教补课"], _PERSONS36, (1, 3)),
    ("crayons36", "education", "goods", ["娃画画的颜色笔", "娃涂色的油画棒"], ["马克笔60色 学生款", "水彩笔36色 全新未拆"],
     ["盒", "套"], (1, 3)),
    ("bicycle36", "education", "goods", ["娃上学骑的车子", "骑着上学的自行车"], ["捷安特山地车26寸 九成新",
                                                                      "永久自行车24寸 学生款 同城自提"], ["辆"], (1, 1)),
    # 住房安全: what a leaking or half-built house needs
    ("bricks36", "housing", "goods", ["砌墙用的红砖", "盖房的砖头"], ["标准红砖240×115×53 公益价", "页岩烧结砖 工地剩余"],
     [("块", 1.0), ("匹", 1.0), ("千块", 1000.0)], (1000, 10000)),
    ("cement36", "housing", "goods", ["糊墙的洋灰", "糊地坪的水泥灰"], ["海螺P.O42.5水泥（50kg/包）", "华新水泥 装修剩余 自提"],
     [("袋", 50.0), ("包", 50.0), ("吨", 1000.0), ("公斤", 1.0)], (500, 3000)),
    ("resin_tile36", "housing", "goods", ["房顶漏雨要换的瓦", "盖屋顶的瓦片"], ["合成树脂瓦 1.05m宽 工程余料",
                                                                      "PVC防腐屋面瓦 整捆"], _AREA36, (20, 120)),
    ("wood_door36", "housing", "goods", ["屋里的木门", "房间门"], ["实木复合室内门 退货款", "烤漆木门2050×850 全新"],
     ["扇", "樘"], (1, 3)),
    ("putty36", "housing", "goods", ["刮墙的白灰粉", "批墙的腻子"], ["美巢耐水腻子 20kg", "内墙腻子粉 装修剩的"], None,
     (20, 200)),
    ("toilet36", "housing", "goods", ["坐着上的马桶", "抽水的马桶"], ["箭牌连体马桶 305坑距", "九牧虹吸座便器 展示样品"],
     ["个", "套"], (1, 1)),
    ("water_heater36", "housing", "goods", ["屋里洗澡用的热水器", "冲凉的热水器"], ["海尔电热水器60升 拆机", "美的储水式热水器50L 九成新"],
     ["台"], (1, 1)),
    ("window_film36", "housing", "goods", ["糊窗户的塑料布", "钉窗户挡风的膜"], ["加厚PO透明膜 宽4米", "防风保温塑料布 整卷送"],
     [("米", 1.0), ("卷", 50.0)], (10, 100)),
    ("rebar36", "housing", "goods", ["起房子用的钢筋", "打圈梁的铁条"], ["螺纹钢HRB400 12mm 工地余料", "三级钢筋φ12 剩余"],
     [("公斤", 1.0), ("吨", 1000.0), ("斤", 0.5)], (500, 3000)),
    ("bulbs36", "housing", "goods", ["屋里的电灯泡", "照亮的灯泡子"], ["飞利浦LED球泡E27 9W", "欧普节能灯泡 10只装"],
     [("个", 1.0), ("只", 1.0), ("盒", 10.0)], (2, 10)),
    ("leak_coating36", "housing", "goods", ["屋顶补漏的东西", "堵漏的防水"], ["东方雨虹防水涂料 20kg桶", "JS防水涂料 装修剩余"],
     None, (20, 100)),
    # 易地搬迁: the new flat at the resettlement site, written by a son or daughter for the parents
    ("tv36", "relocation", "goods", ["老人看新闻联播的电视", "新房里的电视机"], ["小米电视43寸 九成新", "海信液晶电视55寸 搬家出"],
     ["台"], (1, 1)),
    ("wardrobe36", "relocation", "goods", ["装衣裳的立柜", "放衣服的大柜"], ["宜家PAX衣柜 需自拆", "简易布衣柜 加粗钢管 全新"],
     ["个", "组"], (1, 1)),
    ("dining_set36", "relocation", "goods", ["吃饭的桌子板凳", "一家人吃饭的桌椅"], ["实木餐桌 一桌四椅", "折叠餐桌1.2m 搬家送"],
     ["套", "张"], (1, 1)),
    ("induction36", "relocation", "goods", ["插电做饭的灶", "插电的电磁灶台"], ["美的电磁炉C21 九成新", "九阳电磁炉 带汤锅 闲置"],
     ["台", "个"], (1, 1)),
    ("curtains36", "relocation", "goods", ["挂窗户的布帘", "新房窗户的窗帘"], ["遮光窗帘2.5×2.7m 一对", "北欧风棉麻窗帘 搬家出"],
     ["副", "幅"], (1, 3)),
    ("gas_stove36", "relocation", "goods", ["烧液化气的灶头", "双眼的气灶"], ["方太燃气灶 双眼 嵌入式", "华帝天然气灶 拆机能用"],
     ["台", "个"], (1, 1)),
    ("dish_rack36", "relocation", "goods", ["搁碗筷的架架", "厨房的碗柜"], ["不锈钢碗碟架 三层", "落地厨房置物架 闲置"], ["个"],
     (1, 2)),
    ("stools36", "relocation", "goods", ["坐的塑料凳子", "胶凳子"], ["加厚塑料方凳 可叠放", "宜家塑料小凳 全新"],
     ["个", "把"], (2, 10)),
    # 产业发展: young stock, inputs and small machines for the household's 产业, and one service
    ("piglet36", "production", "goods", ["圈里养的猪娃娃", "喂的小猪崽儿"], ["三元仔猪 20斤左右 打过疫苗", "长白仔猪 合作社公益投放"],
     ["头", "只"], (2, 10)),
    ("duckling36", "production", "goods", ["鸭娃子", "养的小鸭子"], ["樱桃谷鸭苗 出壳3天", "麻鸭苗 一批公益送"], ["只", "羽"],
     (100, 500)),
    ("urea36", "production", "goods", ["苞谷地追的肥", "化肥里的尿素"], ["心连心尿素46% 40kg", "中化尿素 大颗粒 40公斤/包"],
     [("公斤", 1.0), ("袋", 40.0), ("包", 40.0)], (200, 2000)),
    ("mulch36", "production", "goods", ["盖洋芋地的膜", "苞谷地铺的膜"], ["黑色地膜 宽1.2m 0.01mm", "农用白地膜 厂家清库存"], None,
     (20, 200)),
    ("pig_feed36", "production", "goods", ["喂架子猪的精饲料", "猪儿吃的料"], ["正大育肥料 40kg", "大北农浓缩料 公益赠送"],
     [("公斤", 1.0), ("袋", 40.0)], (200, 2000)),
    ("corn_seed36", "production", "goods", ["种苞谷的籽", "点苞谷用的种籽"], ["登海605玉米种 一袋2kg", "先玉335玉米种子 未开封"], None,
     (5, 50)),
    ("walnut_sapling36", "production", "goods", ["核桃树秧子", "栽的核桃苗"], ["清香核桃嫁接苗 2年生", "香玲核桃苗 基地直发"],
     ["株", "棵"], (100, 1000)),
    ("pump36", "production", "goods", ["从河里抽水的泵", "浇地的抽水机"], ["1寸自吸泵220V 九成新", "农用潜水泵750W 闲置"], ["台"],
     (1, 1)),
    ("greenhouse36", "production", "goods", ["搭大棚的架子", "种反季菜的棚子"], ["镀锌钢管大棚骨架 8米跨", "拱棚骨架 农场转让"],
     ["座", "个"], (1, 2)),
    ("rabbit36", "production", "goods", ["兔儿", "养的兔子"], ["伊拉肉兔种兔 3月龄", "獭兔种兔 一公两母"], ["只"], (5, 30)),
    ("vet36", "production", "service", ["给猪打防疫针", "兽医来看看牲口"], ["动医学院学生 下乡义诊", "畜牧兽医志愿者 上门防疫"],
     ["次", "户"], (1, 3)),
    ("mower36", "production", "goods", ["割草的机器", "打牛草的机器"], ["背负式割灌机 汽油款", "锂电打草机 闲置"], ["台"], (1, 1)),
    ("fence36", "production", "goods", ["圈羊的网", "围地的铁丝网"], ["浸塑荷兰网 1.5米高", "养殖围栏网 整卷"],
     [("米", 1.0), ("卷", 30.0)], (30, 300)),
    # 消费扶贫: what the household cannot sell, and young people's 助农 团购
    ("honey36", "consumption", "goods", ["自家割的蜂糖", "山里的土蜂糖"], ["百花土蜂蜜 助农团购", "农户自产土蜂蜜 一键下单"], None,
     (20, 200)),
    ("walnut36", "consumption", "goods", ["树上打下来的核桃", "自家核桃树结的核桃"], ["薄皮核桃 助农直发", "纸皮核桃 新货 产地直采"], None,
     (50, 500)),
    ("potato36", "consumption", "goods", ["窖里的洋芋蛋蛋", "家里堆的土豆"], ["高原黄心土豆 10斤装", "助农 红皮小土豆"], None,
     (200, 2000)),
    ("eggs36", "consumption", "goods", ["家养的土鸡蛋", "柴鸡蛋儿"], ["散养土鸡蛋 30枚礼盒", "林下走地鸡蛋 助农"],
     [("枚", 1.0), ("个", 1.0), ("盒", 30.0)], (100, 1000)),
    ("dried_shiitake36", "consumption", "goods", ["晒干的香菇", "山里的干菇子"], ["花菇干货 厚肉 助农", "干香菇 助农 500g装"],
     None, (10, 100)),
    ("apples36", "consumption", "goods", ["卖不掉的苹果", "山上的苹果"], ["洛川红富士 脆甜80mm+", "静宁苹果 助农 9斤装"], None,
     (200, 2000)),
    ("tea_oil36", "consumption", "goods", ["茶籽榨的油", "自家油茶果榨的油"], ["野生山茶油 冷榨", "油茶籽油 助农团"], None,
     (10, 100)),
    ("bacon36", "consumption", "goods", ["熏的腊肉", "烟熏老腊肉"], ["湘西柴火腊肉 五花", "四川农家腊肉 助农直发"], None,
     (20, 200)),
    ("vermicelli36", "consumption", "goods", ["红苕做的粉条", "手工粉条子"], ["手工红薯粉条 无添加", "农家纯红薯粉丝"], None,
     (20, 200)),
    # 基础设施: what a group of households asks the 县长 for its road, water, light and safety
    ("solar_lamp36", "infrastructure", "goods", ["村口那段路的灯", "夜里走路照明的路灯"], ["太阳能路灯 一体化100W", "光伏庭院灯 工程余货"],
     ["盏", "个"], (5, 30)),
    ("water_tank36", "infrastructure", "goods", ["屋后接雨水的窖子", "屋顶接水的蓄水池"], ["PE储水罐5吨", "加厚塑料水塔2000升"], ["个", "座"],
     (1, 2)),
    ("road36", "infrastructure", "goods", ["把村里的土路硬化", "泥巴路打水泥"], ["公益众筹 修一段水泥路", "乡村公路硬化 校友众筹"],
     [("米", 1.0), ("公里", 1000.0)], (200, 2000)),
    ("bridge36", "infrastructure", "goods", ["娃上学过河的桥", "沟上搭的桥"], ["公益众筹一座爱心桥", "溜索改桥 公益项目"], ["座"],
     (1, 1)),
    ("signal_tower36", "infrastructure", "goods", ["手机信号", "通信号的铁塔"], ["5G基站 公益共建", "通信铁塔 扶贫共建"],
     ["座", "个"], (1, 1)),
    ("bins36", "infrastructure", "goods", ["村里倒垃圾的大桶", "倒垃圾的箱子"], ["240L挂车垃圾桶 带盖", "分类垃圾箱 户外款 全新"],
     ["个", "只"], (10, 50)),
    ("canal36", "infrastructure", "goods", ["浇地的水渠", "沟渠"], ["U型渠 预制件", "农田灌溉渠 公益修建"], ["米"], (100, 1000)),
    ("camera36", "infrastructure", "goods", ["路口的摄像头", "防盗的监控"], ["萤石监控 室外款", "小米摄像头云台版 九成新"],
     ["个", "台"], (2, 10)),
    ("court36", "infrastructure", "goods", ["村里的篮球场", "打球的场子"], ["爱心篮球场 公益捐建", "乡村球场 翻新计划"],
     ["个", "座"], (1, 1)),
    # 就业帮扶: work and trades (kind "service") and a machine to work at home
    ("factory_work36", "employment", "service", ["找个厂里的活干", "出去打工的门路"], ["电子厂普工 包吃住 招工",
                                                                          "长期工 五险一金 厂直招"], _PERSONS36, (1, 3)),
    ("driving36", "employment", "service", ["学开车考驾照", "考个开车的本本"], ["驾校公益学车名额", "C1驾照 免费培训计划"],
     _PERSONS36, (1, 2)),
    ("barber36", "employment", "service", ["学剪头发", "学理发的手艺"], ["美发学校 公益学徒班", "理发技能 免费带徒"],
     _PERSONS36, (1, 2)),
    ("livestream36", "employment", "service", ["学拍抖音卖货", "学在手机上直播卖东西"], ["直播带货 0基础公益课", "短视频运营 免费训练营"],
     _PERSONS36, (1, 3)),
    ("welding36", "employment", "service", ["学焊铁的手艺", "烧电焊"], ["电焊工 免费培训", "焊工证 公益培训班"], _PERSONS36,
     (1, 2)),
    ("sewing36", "employment", "goods", ["做衣裳的缝纫机", "脚踩的老式缝纫机"], ["兄弟电动缝纫机 家用", "蝴蝶牌老式缝纫机 能用"], ["台"],
     (1, 1)),
    ("maternity36", "employment", "service", ["去城里当月嫂", "做月嫂的活"], ["月嫂育婴师 公益培训", "母婴护理 免费学+推荐就业"],
     _PERSONS36, (1, 2)),
    # 金融信贷: money for the hospital, school, an old parent's month, a flooded house and a start (kind "cash")
    ("hospital_bill36", "finance", "cash", ["看病欠下的医药费", "住院押的那笔钱"], ["大病医疗 爱心筹款", "住院费 公益众筹 每人一点"],
     _YUAN36, (1000, 20000)),
    ("school_fees36", "finance", "cash", ["娃读书的学费", "上大学的学杂费"], ["一对一助学 每学期结对", "大学生奖助学 公益计划"],
     _YUAN36, (2000, 8000)),
    ("allowance36", "finance", "cash", ["老人的生活费", "每月的生活钱"], ["留守老人 每月生活补贴 结对", "孤寡老人 月捐计划"],
     _YUAN36, (200, 1000)),
    ("rebuild36", "finance", "cash", ["房子被冲了要重建的钱", "灾后建房款"], ["灾后重建 爱心捐款", "水灾重建 公益募捐"],
     _YUAN36, (5000, 30000)),
    ("startup36", "finance", "cash", ["做点小生意的本钱", "起步的本钱"], ["青年创业 公益无息借款", "小微创业 爱心基金"],
     _YUAN36, (5000, 30000)),
    # 其他: a phone for the old, a haircut, a photo, a lawyer, toys, company and the new year's goods
    ("elder_phone36", "other", "goods", ["老年人用的按键机", "字大声音大的手机"], ["老人手机 大字大声 全新", "守护宝老人机 4G全网通"],
     ["部", "台"], (1, 1)),
    ("haircut36", "other", "service", ["给老人剪头发", "上门给老人推个头"], ["志愿者上门义剪", "理发店 公益义剪 老人免费"],
     ["次", "人次"], (1, 4)),
    ("family_photo36", "other", "service", ["给全家照个相", "拍个合家照"], ["摄影社 免费拍全家福", "公益拍摄 全家福+冲洗"],
     ["次", "张"], (1, 2)),
    ("lawyer36", "other", "service", ["讨要工钱打官司", "打官司请律师"], ["法律援助 公益律师咨询", "律所公益法律服务 免费"],
     ["次", "人"], (1, 2)),
    ("toys36", "other", "goods", ["娃娃玩的玩具", "小孩的耍具"], ["乐高积木 闲置一箱", "毛绒玩具 已消毒 打包送"], ["个", "件"],
     (2, 10)),
    ("companion36", "other", "service", ["有人来陪老人说话", "看看家里的老人"], ["大学生志愿者 陪伴空巢老人", "公益探访 每周一次"],
     ["次", "人次"], (1, 4)),
    ("new_year_goods36", "other", "goods", ["过年的年货", "置办年货"], ["年货大礼包 公益送", "新春年货福利包"], ["份", "箱"],
     (1, 2)),
]
# Broader offers under names of their own, as a young donor's post or a 社团's list sums things up.
# generate() gives a broader offer's unit size 1 and counts it as kg for weighed items: groups covering a
# weighed item are offered in 公斤; the others in a unit of size 1 for every covered item that counts in it,
# or in one none of them uses (not comparable, relevance 2).
BLIND36_BROAD = [
    ("grain_oil36", "living", ["粮油米面 一起送", "厨房刚需 粮油"], ["rice36", "oil36"], ["公斤"]),
    ("warm_wear36", "living", ["保暖三件套 冬日礼包", "过冬保暖好物"],
     ["quilt36", "cotton_coat36", "snow_boots36", "blanket36", "socks36"], ["件"]),
    ("small_app36", "living", ["闲置小家电 打包", "小家电 低价不如免费"], ["rice_cooker36", "heater36", "warm_bag36"], ["个"]),
    ("toiletries36", "living", ["洗护日化 囤货清仓", "日用洗护小样"], ["toothpaste36", "pads36"], ["份"]),
    ("bedding36", "living", ["床品被褥 一起出", "铺的盖的 床上用品"], ["quilt36", "blanket36", "mattress36"], ["床"]),
    ("warmth36", "living", ["取暖好物", "冬天取暖神器"], ["heater36", "warm_bag36", "coal36"], ["公斤"]),
    ("aids36", "medical", ["助行辅具 闲置转赠", "康复辅具 已消毒"],
     ["wheelchair36", "commode36", "crutches36", "air_mattress36"], ["件"]),
    ("gadgets36", "medical", ["家用医疗小器械", "居家健康小仪器"], ["bp_meter36", "thermometer36", "nebulizer36"], ["台"]),
    ("med_volunteers36", "medical", ["白衣志愿者 下乡服务", "医学生公益服务"], ["doctor_visit36", "dental36", "rehab36"], ["人"]),
    ("protection36", "medical", ["防护用品 囤多了", "防疫小物资"], ["masks36", "thermometer36"], ["个"]),
    ("stationery36", "education", ["开学季文具大礼包", "学习文具 一大箱"],
     ["pens36", "notebooks36", "crayons36", "dictionary36"], ["份"]),
    ("devices36", "education", ["学习电子设备 闲置", "网课设备"], ["tablet36", "printer36"], ["台"]),
    ("sports36", "education", ["体育用品 闲置捐", "运动装备 给山区娃"], ["football36", "bicycle36"], ["个"]),
    ("books36", "education", ["绘本课外书 打包", "书籍教辅 一起送"], ["dictionary36", "workbooks36"], ["本"]),
    ("materials36", "housing", ["建房材料 工地余料", "装修剩余建材"],
     ["bricks36", "cement36", "rebar36", "putty36", "leak_coating36", "resin_tile36"], ["公斤"]),
    ("bathroom36", "housing", ["卫浴洁具 样品清仓", "卫生间改造好物"], ["toilet36", "water_heater36"], ["套"]),
    ("doors_windows36", "housing", ["门窗保温改造物资", "门窗挡风用品"], ["wood_door36", "window_film36"], ["套"]),
    ("big_app36", "relocation", ["大家电 搬家出", "二手大家电"], ["tv36", "induction36", "gas_stove36"], ["台"]),
    ("furniture36", "relocation", ["家具 闲置大件", "搬家家具 全屋"],
     ["wardrobe36", "dining_set36", "dish_rack36", "stools36"], ["件"]),
    ("stock36", "production", ["畜禽苗 公益投放", "鸡鸭猪兔苗 公益送"], ["piglet36", "duckling36", "rabbit36"], ["只"]),
    ("inputs36", "production", ["春耕农资 化肥地膜", "种地刚需 农资包"], ["urea36", "mulch36", "pig_feed36", "corn_seed36"], ["公斤"]),
    ("machines36", "production", ["农机具 二手", "农用小机械"], ["pump36", "mower36"], ["台"]),
    ("farm_setup36", "production", ["种养殖设施 苗木", "果园大棚设施"], ["walnut_sapling36", "greenhouse36", "fence36"], ["个"]),
    ("local_goods36", "consumption", ["助农好物 农家土货", "山货土特产 团购"],
     ["honey36", "walnut36", "potato36", "dried_shiitake36", "apples36", "tea_oil36", "bacon36", "vermicelli36"],
     ["公斤"]),
    ("new_year_food36", "consumption", ["年货腊味 土鸡蛋", "农家腊味蛋品"], ["eggs36", "bacon36"], ["公斤"]),
    ("public_facilities36", "infrastructure", ["乡村公益设施 众筹", "村里公共设施"],
     ["solar_lamp36", "bins36", "camera36", "court36"], ["个"]),
    ("water_works36", "infrastructure", ["饮水灌溉工程", "水利设施 公益"], ["water_tank36", "canal36"], ["个"]),
    ("roads_bridges36", "infrastructure", ["修路架桥 众筹", "路和桥 公益"], ["road36", "bridge36"], ["座"]),
    ("trades36", "employment", ["技能学习 免费课", "0基础学手艺"],
     ["driving36", "barber36", "livestream36", "welding36", "maternity36"], ["人"]),
    ("urgent_money36", "finance", ["爱心筹款", "公益募捐 救急"], ["hospital_bill36", "rebuild36", "allowance36"], ["元"]),
    ("youth_funds36", "finance", ["青年成长基金", "助学创业帮扶金"], ["school_fees36", "startup36"], ["元"]),
    ("volunteering36", "other", ["志愿服务 上门", "公益志愿活动"],
     ["haircut36", "family_photo36", "companion36", "lawyer36"], ["次"]),
    ("giveaways36", "other", ["闲置好物转赠", "闲鱼免费送"], ["elder_phone36", "toys36", "new_year_goods36"], ["个"]),
]
TEMPLATES["blind36"] = {
    # Needs as letters to the 县长信箱 / 书记信箱, 领导留言板 messages and 12345 工单 (the household, a child
    # working away, or the hotline's operator), offers as young donors' 小红书 / 朋友圈 / 闲鱼-style posts.
    "need_title": ["【县长信箱】关于解决{name}问题的求助", "留言类型：求助 留言标题：{who}急需{name}",
                   "12345工单｜来电人反映{who}缺{name}", "恳请领导帮忙解决{name}",
                   "致书记的一封信：{who}的{name}难题", "【领导留言板】{who}申请{name}", "{who}的诉求：{name}"],
    "need_desc": ["尊敬的县长：您好！我是本县石桥镇青冈村的村民，{cause}。恳请领导帮忙解决{name}，万分感谢！",
                  "来电人反映：{cause}。诉求：希望相关部门协调解决{name}。",
                  "书记您好，我在广东打工，家里只剩两位老人。{cause}，想麻烦政府帮忙解决一下{name}的问题。",
                  "留言内容：{cause}，现在最需要的是{name}，望领导百忙之中给予关注。",
                  "{cause}。多次向村里反映未果，特此留言，请求帮助解决{name}。",
                  "您好，{cause}，家里急需{name}，不知道能不能申请，盼回复。",
                  "工单内容：市民来电称{cause}，希望能得到{name}方面的帮助，请相关单位核实处理。"],
    "negated": ["经核实，{other}已于10月底发放到位",
                "答复：{other}已纳入县里统一解决",
                "{other}的问题上次留言已经回复解决了",
                "此前反映的{other}已办结",
                "除{other}外，恳请再帮忙解决{name}",
                "{other}暂不需要，请不要重复安排",
                "补充一下：上条留言说的{other}不要了，亲戚已经送来",
                "经电话回访，来电人表示{other}已经解决，对办理结果满意",
                "{other}镇里民政办年初就给办了",
                "去年给县长写信要的{other}早就收到了，谢谢政府",
                "{other}的事情村支书已经上门落实了",
                "撤回此前关于{other}的诉求",
                "关于{other}，我父母说家里还能凑合用，不用麻烦",
                "{other}是帮扶干部自己掏钱给买的",
                "来电人称{other}家里不缺，只需{name}",
                "{other}属于已享受过的政策，本次不再申请",
                "{other}已经通过12345反映过并处理完毕，这次不重复提"],
    "offer_title": ["宝子们！{name} 无偿送 蹲一个有缘人 #公益 #乡村振兴",
                    "家人们谁懂啊 闲置的{name}想送给真正需要的人🆓 优先困难家庭",
                    "【转赠】{name} 已消毒 同城自提（{donor}）",
                    "{donor}公益活动｜免费送出{name} 冲！",
                    "断舍离｜{name} 免费送 只求给到需要的人 #闲置转赠",
                    "{donor}发起：{name} 爱心接力 评论区扣1"],
    "offer_title_medical": ["家里老人用过的{name} 用不上了 已消毒 送给有需要的家庭🙏", "{donor}｜{name} 公益 需要的宝子私信",
                            "医学生社团出动！{donor}：{name} #义诊 #公益"],
    "offer_title_education": ["开学季｜{donor}给山区孩子送{name} #支教 #公益", "娃上初中了 {name}用不上啦 送给需要的小朋友🆓",
                              "{donor}爱心助学：{name} 申请通道已开"],
    "offer_title_relocation": ["搬家清空｜{name} 免费送 自己来搬 绝绝子", "{donor}｜新家入住好物 {name} 送给搬迁安置户",
                               "换新了 旧的{name}还能用 🆓 同城自提"],
    "offer_title_production": ["{donor}助农｜{name} 免费发给养殖户种植户 #乡村振兴", "农场清库存 {name} 送给需要的农户",
                               "{donor}：{name} 公益投放 有需要的家人们冲"],
    "offer_title_consumption": ["家人们！助农团购 {name} 冲冲冲 #消费帮扶", "{donor}带货｜{name} 每卖一单都在帮农户",
                                "以买代捐｜{name} 绝绝子 回购无数次"],
    "offer_title_infrastructure": ["{donor}发起公益众筹：{name} 目标2万 #乡村振兴", "一杯奶茶钱的心意：{donor}众筹{name}",
                                   "{donor}｜{name} 公益项目已立项 求扩散"],
    "offer_title_employment": ["{donor}招人啦｜{name} 想找活的宝子看过来", "免费学技术！{donor} {name} 包教包会",
                               "{donor}｜{name} 私信报名 名额有限"],
    "offer_title_finance": ["{donor}｜{name} 一起帮帮他们 转发也是爱", "月捐计划：{donor}发起{name}",
                            "{name}｜{donor}已筹到一半 求扩散🙏"],
    "offer_title_other": ["{donor}｜{name} 免费 有需要的留言", "{name} 🆓 同城自提 先到先得",
                          "{donor}周末下乡：{name} #志愿者日常"],
    "who": ["我年迈的父母", "本村五保户老杨", "来电人的母亲", "独居老人刘某", "残疾村民陈某某", "留守儿童小雨和她奶奶",
            "我们组的二十几户人家", "搬迁户罗某"],
    "cause": ["我父母都七十多岁了，父亲去年中风瘫在床上，母亲腰不好",
              "家里三口人，我在外地打工，孩子在镇上读初中，奶奶一个人在家",
              "今年七月发大水，家里的房子冲坏了半边",
              "我家是建档立卡贫困户，丈夫因病去世，留下两个孩子",
              "我们组住在山背后，一直没人管，出门办事很不方便",
              "本人右腿残疾，没有固定收入，靠低保过日子",
              "我们是去年搬到安置点的搬迁户，新房子里什么都没有",
              "家里种了十几亩地，今年收成好却卖不出去"],
    "donor": ["某大学青年志愿者协会", "00后女孩小鱼", "研究生支教团", "同城宝妈群", "闲鱼用户一只橘子", "高校爱心社",
              "博主阿满在乡下", "某网店店主", "同城志愿者联盟", "汉服社的姐妹们", "骑行俱乐部", "95后程序员小陈"],
}
# The parts blind36 was written after (its checks compare with these only, not with blind35, written at the
# same time, or with later parts).
_PARTS_BEFORE_BLIND36 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28",
                         "blind29", "blind30", "blind31", "blind32", "blind33", "blind34")


def check_blind36() -> None:
    """Raise SystemExit if blind36 is not what its comment says (``_check_part_after`` tune … blind34)."""
    _check_part_after("blind36", BLIND36_CATALOGUE, BLIND36_BROAD, _PARTS_BEFORE_BLIND36)


# The "blind37" part (written 2026-12-02 for issue 13 by an engineer of round 22 who opened none of matching/,
# search/, docs/, tests/, app/, README.md, bench/eval*/ or any part's records, never ran the matcher, and read of
# this module only its docstring, its generic code and the blind34 block as the model of a part's structure) in
# a voice no earlier part was written in: the health system's records of a household. Needs are 家庭医生签约
# 随访记录, 村医 and 乡镇卫生院 notes and 残联 辅具适配评估表 entries, written as field lines (「随访日期：…
# 主诉：… 评估：… 需：…」, S/O/A/P notes), in medical and social-work shorthand (高血压Ⅱ级, 卧床, 行动不便, 独居,
# 五保, 失能), with items named the way a nurse or a village doctor names them and other items mentioned in
# passing with their status (已配, 在用, 损坏待修, 上次随访已送达, 医保已报销, 本人拒绝, 借用, 销号 …). Offers are
# 公益众筹 / 网络募捐 project pages (腾讯公益 / 水滴筹 / 轻松筹 style: 「项目名称：…｜执行机构：…｜物资清单：…｜受益
# 人群：…」, 筹款目标, campaign slogans) naming things as a procurement list does (model numbers, specifications,
# 套装, pack sizes), so a need and an offer mostly name one thing in different words. A health voice still meets
# a household's food, clothes, school, house, new flat, pigs and seed, produce to sell, the village's water and
# roads, work, money and errands: all 11 categories. ``check_blind37`` checks it (``_check_part_after``) against
# the catalogues, groups and negation templates of tune … blind36 only, never the lexicon. Item and group names
# are left out of this comment and the module docstring on purpose. The lead evaluates it once. Never tune on it.
BLIND37_MASS = [("斤", 0.5), ("公斤", 1.0), ("kg", 1.0), ("千克", 1.0), ("Kg", 1.0), ("市斤", 0.5), ("公斤", 1.0)]
_PERSONS37 = [("人", 1.0), ("名", 1.0), ("例", 1.0)]
_YUAN37 = [("元", 1.0), ("块", 1.0), ("万元", 10000.0)]
BLIND37_CATALOGUE = [
    # 生活物资: what the visit finds short in the kitchen, on the bed and on the old person's back
    ("rice37", "living", "goods", ["白米（口粮）", "米（吃的）", "大米（够吃到年底）"], ["五常稻花香2号大米（5kg真空装）", "国标一级粳米 5kg/袋"],
     [("公斤", 1.0), ("斤", 0.5), ("袋", 5.0)], (10, 50)),
    ("oil37", "living", "goods", ["炒菜用油", "花生油（食用）"], ["压榨一级花生油 5L/桶", "非转基因压榨花生油（5L）"],
     [("升", 1.0), ("L", 1.0), ("桶", 5.0)], (5, 20)),
    ("noodle37", "living", "goods", ["面条（干）", "挂面（家里吃）", "干面（挂面）"], ["鸡蛋挂面（1kg×10包/箱）", "龙须挂面 1kg装"], None, (5, 30)),
    ("milk_powder37", "living", "goods", ["中老年奶粉（营养）", "奶粉（老年）", "营养奶粉（老人喝）"],
     ["高钙中老年配方奶粉 800g罐装", "无蔗糖中老年营养奶粉（800g/罐）"], [("罐", 1.0), ("箱", 6.0)], (2, 12)),
    ("eggs37", "living", "goods", ["土鸡蛋（营养）", "鸡蛋（补营养）", "蛋（营养）"], ["新鲜营养鸡蛋（30枚/盒）", "谷物喂养鲜鸡蛋礼盒30枚"],
     [("个", 1.0), ("枚", 1.0), ("盒", 30.0)], (30, 120)),
    ("quilt37", "living", "goods", ["冬被（厚）", "盖的被子（冬）", "厚被（过冬）"], ["新疆长绒棉被芯 6斤 200×230cm", "加厚保暖冬被（2.0m床）"],
     ["床", "条"], (1, 3)),
    ("thermal37", "living", "goods", ["保暖内衣（一套）", "贴身的秋衣", "秋衣裤（保暖）"], ["中老年加绒保暖内衣套装（XL）", "德绒发热保暖内衣男女款套装"],
     ["套"], (1, 4)),
    ("cotton_coat37", "living", "goods", ["老棉袄", "厚棉袄子", "棉袄（冬）"], ["中老年加厚棉服（男女同款）", "冬季防寒棉衣 L-XXXL"],
     ["件"], (1, 3)),
    ("hot_bag37", "living", "goods", ["热水袋（灌水的）", "暖脚的热水袋", "汤壶（暖被窝）"], ["PVC注水热水袋（2000ml）", "充电式防爆暖手宝"],
     ["个", "只"], (1, 3)),
    ("thermos37", "living", "goods", ["暖瓶（开水）", "热水瓶（装开水）", "保温壶（开水）"], ["3.2L玻璃内胆保温暖瓶", "家用不锈钢保温热水瓶 3.2L"],
     ["个", "把"], (1, 2)),
    ("rice_cooker37", "living", "goods", ["电饭煲（3升左右）", "煮饭锅（电的）", "电饭煲（旧的坏了）"], ["3L智能预约电饭煲", "家用迷你电饭煲 3升"],
     ["台", "个"], (1, 1)),
    ("detergent37", "living", "goods", ["洗衣裳的液", "洗衣液（家用）", "液体洗衣剂"], ["深层洁净洗衣液（3kg/瓶）", "薰衣草香洗衣液 3kg装"],
     None, (2, 10)),
    ("coal37", "living", "goods", ["烤火的块煤", "取暖煤（冬）", "过冬煤（块煤）"], ["民用无烟块煤（吨装）", "优质取暖无烟煤块"],
     [("公斤", 1.0), ("吨", 1000.0)], (500, 2000)),
    # 医疗救助: the village doctor's and the 残联's own list
    ("bp_meter37", "medical", "goods", ["电子血压计（上臂）", "血压仪（家用）", "血压记"], ["欧姆龙上臂式电子血压计 U10", "医用臂式电子血压计（家用款）"],
     ["台", "个"], (1, 1)),
    ("bg_meter37", "medical", "goods", ["血糖仪（家用）", "快速血糖仪", "测血糖仪器"], ["三诺安稳+血糖仪套装（含50试条）", "免调码家用血糖测试仪"],
     ["台", "套"], (1, 1)),
    ("bg_strips37", "medical", "goods", ["末梢血糖试纸", "试纸（测糖用）", "血糖试纸（配套）"], ["血糖试纸 50条/瓶", "安稳血糖试条（50支/盒）"],
     [("条", 1.0), ("支", 1.0), ("盒", 50.0), ("瓶", 50.0)], (50, 200)),
    ("wheelchair37", "medical", "goods", ["轮椅（可折叠）", "普通轮椅（手推）", "轮倚"], ["鱼跃H062手动轮椅", "钢管折叠轮椅 带坐便口"],
     ["辆", "台"], (1, 1)),
    ("commode37", "medical", "goods", ["坐便凳子", "坐便椅（带桶）", "床边坐便器"], ["铝合金可折叠坐便椅", "老人移动坐便器（带扶手）"],
     ["把", "个", "张"], (1, 1)),
    ("bath_chair37", "medical", "goods", ["沐浴凳", "洗澡凳（防滑）", "洗澡椅（带靠背）"], ["防滑洗浴椅（带靠背）", "老人沐浴椅 铝合金款"],
     ["把", "张"], (1, 1)),
    ("care_bed37", "medical", "goods", ["护理床（居家）", "家庭病床", "护理床（手摇）"], ["ABS双摇护理床（带护栏）", "电动五功能家用护理床"],
     ["张", "台"], (1, 1)),
    ("air_mattress37", "medical", "goods", ["气垫床（防压疮）", "防褥疮床垫（充气）", "褥疮气垫（床用）"], ["波动式防褥疮充气床垫", "医用交替式防压疮气垫（含泵）"],
     ["张", "套", "床"], (1, 1)),
    ("diaper37", "medical", "goods", ["拉拉裤（成人）", "尿不湿（大人用）", "成人纸尿裤（L）"], ["成人纸尿裤XL（10片×8包/箱）", "安尔康成人纸尿裤 L码 10片/包"],
     [("片", 1.0), ("包", 10.0), ("箱", 80.0)], (30, 150)),
    ("underpad37", "medical", "goods", ["护理垫（一次性）", "隔尿垫（一次性）", "尿垫（老人）"], ["一次性医用护理垫 60×90cm（20片/包）", "成人隔尿护理垫（20片装）"],
     [("片", 1.0), ("包", 20.0)], (20, 100)),
    ("o2_machine37", "medical", "goods", ["制氧机（家用）", "制氧仪", "吸氧的机器（家用）"], ["鱼跃9F-3W医用制氧机 3L", "5L分子筛制氧机（带雾化）"],
     ["台"], (1, 1)),
    ("nebulizer37", "medical", "goods", ["雾化仪", "雾化器（儿童用）", "雾化机（压缩式）"], ["压缩式雾化器（成人儿童通用）", "医用空气压缩式雾化机 403A"],
     ["台", "个"], (1, 1)),
    ("hear_aid37", "medical", "goods", ["耳聋用的助听器", "助听设备（耳背式）", "助听器（双耳）"], ["耳背式数字助听器（4通道）", "西嘉耳背式助听器"],
     ["个", "台"], (1, 2)),
    ("crutch37", "medical", "goods", ["拐杖（腋下）", "腋杖", "腋下拐（一对）"], ["铝合金可调腋下拐（一对）", "医用腋杖 可伸缩"],
     [("根", 1.0), ("支", 1.0), ("副", 2.0)], (1, 2)),
    ("walker37", "medical", "goods", ["助行器（带轮）", "学步架（老人）", "助行架（四脚）"], ["带轮可折叠助行器", "四轮助行推车（带座）"],
     ["个", "台"], (1, 1)),
    ("pill_box37", "medical", "goods", ["七天药盒", "药盒子（分装）", "分药盒（一周）"], ["7天21格便携分药盒", "智能定时提醒药盒"],
     ["个"], (1, 3)),
    ("presbyopic37", "medical", "goods", ["花镜（看字）", "老花眼镜（看近）", "老花镜（看报纸）"], ["中老年防蓝光老花镜 +200度", "树脂老花眼镜（+250度）"],
     ["副"], (1, 2)),
    ("thermometer37", "medical", "goods", ["电子体温表", "体温计（电子）", "额温枪（家用）"], ["医用电子体温计 MT-101", "红外额温枪（非接触）"],
     ["支", "个"], (1, 3)),
    ("rehab37", "medical", "service", ["上门康复训练", "肢体康复（偏瘫）", "康复指导"], ["“康复到家”居家康复服务", "脑卒中偏瘫居家康复训练服务包"],
     _PERSONS37, (1, 2)),
    ("denture37", "medical", "service", ["配假牙（全口）", "假牙（全口活动）", "义齿（下颌）"], ["老年人免费义齿修复", "全口活动义齿公益修复项目"],
     _PERSONS37, (1, 1)),
    ("home_doctor37", "medical", "service", ["上门巡诊", "巡诊（上门）", "村医上门"], ["家庭医生上门巡诊服务", "“健康守门人”签约服务包"],
     _PERSONS37, (1, 2)),
    # 教育助学: the child in the record, and the 送教上门 a disabled child is owed
    ("schoolbag37", "education", "goods", ["双肩包（上学）", "书包（旧的烂了）", "书包（护脊）"], ["护脊减负双肩书包（小学款）", "学生减负护脊书包 大容量"],
     ["个"], (1, 2)),
    ("workbook37", "education", "goods", ["本子（写作业）", "作业本子（学校要的）", "练习本（田字格）"], ["A5作业本（16K，10本装）", "田字格练习本 10本/包"],
     [("本", 1.0), ("包", 10.0)], (10, 40)),
    ("gel_pen37", "education", "goods", ["签字笔（学生）", "中性笔（0.5）", "水笔（黑色）"], ["0.5mm黑色中性笔 12支/盒", "晨光中性笔（12支装）"],
     [("支", 1.0), ("盒", 12.0)], (12, 48)),
    ("dictionary37", "education", "goods", ["字典（新华）", "新华字典（学生用）", "词典（小学生）"], ["新华字典 第12版双色本", "学生实用新华字典（单色本）"],
     ["本"], (1, 2)),
    ("study_pad37", "education", "goods", ["平板电脑（上网课）", "学习平板（孩子）", "网课用平板"], ["步步高家教机S5", "10.1英寸学生平板电脑（4+64G）"],
     ["台", "个"], (1, 1)),
    ("bicycle37", "education", "goods", ["单车（上学）", "自行车（学生）", "脚踏车（上学）"], ["24寸学生山地自行车", "26寸21速变速自行车"],
     ["辆"], (1, 1)),
    ("sneakers37", "education", "goods", ["运动鞋", "球鞋", "跑鞋（体育课）"], ["学生运动鞋 36-40码", "回力帆布运动鞋"],
     ["双"], (1, 3)),
    ("braille37", "education", "goods", ["盲文书（小学）", "盲文本（课外）", "盲文课本（三年级）"], ["盲文版义务教育教材", "盲文图书（少儿版）"],
     ["本", "册"], (1, 5)),
    ("exercise37", "education", "goods", ["教辅", "练习册（同步）", "辅导资料（同步）"], ["人教版同步教辅练习册", "小学同步练习册（6本套装）"],
     [("本", 1.0), ("套", 6.0)], (3, 12)),
    ("home_teach37", "education", "service", ["送教上门", "上门送教（重残儿童）", "老师上门教"], ["重度残疾儿童送教上门服务", "“送教上门”特殊教育志愿服务"],
     _PERSONS37, (1, 1)),
    # 住房安全: 适老化 and 无障碍 changes the 评估表 asks for, and a leaking roof
    ("roof_tile37", "housing", "goods", ["瓦片（补漏）", "屋面瓦（漏雨）", "青瓦（补漏）"], ["青灰色黏土小青瓦 240×200", "烧结小青瓦（古建款）"],
     [("块", 1.0), ("片", 1.0), ("千块", 1000.0)], (500, 3000)),
    ("handrail37", "housing", "goods", ["马桶扶手", "扶手（卫生间）", "厕所扶手（不锈钢）"], ["不锈钢无障碍扶手（L型）", "卫生间安全扶手 60cm"],
     ["根", "个", "套"], (1, 3)),
    ("ramp37", "housing", "goods", ["门口坡道", "坡道（轮椅用）", "斜坡板（门槛）"], ["铝合金便携式无障碍坡道板", "轮椅上台阶斜坡板（1米）"],
     ["块", "个", "套"], (1, 1)),
    ("antislip37", "housing", "goods", ["防滑垫（浴室）", "卫生间防滑垫", "防滑地垫（厕所）"], ["PVC浴室防滑垫（40×70cm）", "吸盘式卫浴防滑地垫"],
     ["块", "张"], (1, 3)),
    ("wc_seat37", "housing", "goods", ["马桶（坐式）", "坐便器（改蹲为坐）", "坐式马桶"], ["虹吸式连体坐便器（300坑距）", "节水型陶瓷座便器"],
     ["个", "套"], (1, 1)),
    ("brick37", "housing", "goods", ["实心砖（砌墙）", "红砖（砌墙）", "砖（补墙）"], ["MU15烧结实心砖", "页岩实心砖 240×115×53"],
     [("块", 1.0), ("万块", 10000.0)], (2000, 10000)),
    ("cement37", "housing", "goods", ["水泥（修房）", "洋灰（修墙）", "水泥（袋装）"], ["P.O 42.5R硅酸盐水泥（袋装）", "海螺牌普硅水泥 50kg/袋"],
     [("公斤", 1.0), ("袋", 50.0), ("吨", 1000.0)], (500, 3000)),
    ("bulb37", "housing", "goods", ["节能灯（屋里）", "灯泡（LED）", "电灯泡（屋里黑）"], ["LED球泡灯 9W E27", "飞利浦LED节能灯泡（9W）"],
     [("个", 1.0), ("只", 1.0), ("盒", 10.0)], (2, 10)),
    ("smoke_alarm37", "housing", "goods", ["烟感（独居）", "烟雾报警（独立式）", "烟感探头"], ["独立式光电感烟火灾探测报警器", "NB-IoT智能烟感"],
     ["个", "只"], (1, 2)),
    ("gas_alarm37", "housing", "goods", ["燃气泄漏报警", "燃气报警器（厨房）", "可燃气体报警"], ["家用可燃气体探测器（带切断阀）", "天然气泄漏报警器 联动款"],
     ["个", "台"], (1, 1)),
    # 易地搬迁: the new flat a 搬迁户 on the list moved into
    ("wardrobe37", "relocation", "goods", ["衣柜（新房）", "衣柜（对开门）", "衣服柜（新家）"], ["钢管加固简易布衣柜", "板式双门衣柜 1.2米"],
     ["个", "组"], (1, 1)),
    ("tv37", "relocation", "goods", ["电视（新房用）", "电视机（新房）", "彩电（新家）"], ["43英寸智能液晶电视", "32英寸高清液晶电视机"],
     ["台"], (1, 1)),
    ("dining37", "relocation", "goods", ["餐桌（带凳）", "饭桌子（新房）", "吃饭的桌凳"], ["钢木餐桌椅组合（一桌四椅）", "折叠餐桌 1.2m"],
     ["张", "套"], (1, 1)),
    ("gas_stove37", "relocation", "goods", ["灶具（燃气）", "燃气灶（双眼）", "煤气灶（安置房）"], ["双眼嵌入式燃气灶（天然气）", "台式不锈钢燃气灶具"],
     ["台", "个"], (1, 1)),
    ("water_heater37", "relocation", "goods", ["热水器（洗澡）", "电热水器（新房）", "热水器（储水式）"], ["60L储水式电热水器（一级能效）", "一级能效电热水器 F60"],
     ["台"], (1, 1)),
    ("curtain37", "relocation", "goods", ["窗帘（新房）", "窗帘（卧室用）", "帘子（窗户上）"], ["全遮光窗帘（含轨道，2.5m宽）", "加厚全遮光窗帘布成品"],
     ["幅", "套"], (1, 4)),
    ("mattress37", "relocation", "goods", ["床垫子（硬）", "床垫（棕）", "棕垫（床上）"], ["椰棕床垫 1.5×2m", "独立弹簧床垫（1.8米）"],
     ["张", "床"], (1, 2)),
    # 产业发展: what the household raises and plants besides its medicine
    ("piglet37", "production", "goods", ["小猪（自家喂）", "猪仔（二元）", "猪苗（断奶）"], ["三元杂交仔猪（15kg以上）", "长白二元仔猪"],
     ["头", "只"], (2, 10)),
    ("goat37", "production", "goods", ["羊子（母）", "能下崽的羊", "山羊（母的）"], ["南江黄羊能繁母羊", "努比亚山羊（能繁母羊）"],
     ["只", "头"], (2, 10)),
    ("duckling37", "production", "goods", ["鸭儿（苗）", "鸭苗（雏鸭）", "小鸭（刚出壳）"], ["樱桃谷雏鸭（已免疫）", "麻鸭鸭苗"],
     ["只", "羽"], (100, 500)),
    ("pig_feed37", "production", "goods", ["饲料（猪）", "猪料（育肥）", "喂猪饲料（全价）"], ["育肥猪全价配合饲料（40kg/袋）", "正大551猪饲料"],
     [("公斤", 1.0), ("斤", 0.5), ("袋", 40.0)], (200, 1000)),
    ("npk37", "production", "goods", ["肥料（底肥）", "复合肥（三个15）", "化肥（底肥）"], ["硫酸钾型复合肥（15-15-15）50kg/袋", "史丹利硫酸钾复合肥 50kg"],
     [("公斤", 1.0), ("斤", 0.5), ("袋", 50.0)], (100, 500)),
    ("corn_seed37", "production", "goods", ["玉米种（杂交）", "包谷种子（明年种）", "苞谷种（良种）"], ["郑单958玉米种子 1kg/袋", "杂交玉米良种（包衣）"],
     None, (5, 30)),
    ("mulch37", "production", "goods", ["地膜（覆盖用）", "薄膜（覆地）", "农用地膜（盖苞谷）"], ["0.01mm聚乙烯地膜", "PBAT全生物降解地膜 0.012mm"], None, (20, 100)),
    ("vet37", "production", "service", ["兽医上门", "牲口看病", "打防疫针（牲口）"], ["畜牧兽医上门诊疗服务", "动物防疫上门服务（兽医站）"],
     ["次", "户"], (1, 3)),
    ("chaff_cutter37", "production", "goods", ["打草机（喂牛）", "铡草机（电动）", "切草的机器"], ["9Z-1.5型铡草机", "电动揉丝铡草机"],
     ["台"], (1, 1)),
    ("pruner37", "production", "goods", ["枝剪", "剪果树的剪子", "修枝剪（果树）"], ["SK5果树修枝剪", "高碳钢园艺剪"], ["把"], (1, 3)),
    ("chili_seedling37", "production", "goods", ["辣椒秧子", "辣椒苗（移栽）", "海椒苗子"], ["朝天椒穴盘苗", "线椒嫁接苗（72孔盘）"],
     [("株", 1.0), ("棵", 1.0), ("盘", 72.0)], (1000, 5000)),
    # 消费扶贫: what the family has to sell to pay for medicine
    ("honey37", "consumption", "goods", ["蜂蜜（自家养的）", "百花土蜜", "土蜂糖（中蜂）"], ["中蜂土蜂蜜（500g瓶装）", "农家百花蜂蜜 500g/瓶"], None, (10, 100)),
    ("walnut37", "consumption", "goods", ["核桃（自家树上）", "核桃仁果", "核桃（薄壳）"], ["新疆185薄皮核桃", "云南纸皮核桃"], None, (50, 500)),
    ("vermicelli37", "consumption", "goods", ["粉条（手工）", "红苕粉（手工）", "苕粉条（自家做）"], ["手工红薯粉条（2.5kg装）", "纯红薯宽粉条"], None,
     (20, 200)),
    ("bacon37", "consumption", "goods", ["腊肉（自家熏）", "熏肉（柴火）", "腊肉（年猪）"], ["湘西柴火烟熏腊肉", "土猪五花腊肉（真空包装）"], None, (10, 100)),
    ("shiitake37", "consumption", "goods", ["香菇（干货）", "干香菇（段木）", "花菇（干）"], ["古田干香菇（特级）", "房县花菇"], None, (10, 100)),
    ("apple37", "consumption", "goods", ["自家的苹果", "苹果（果园）", "红富士苹果（自种）"], ["静宁红富士苹果（80mm+）", "洛川苹果 5kg礼盒"], None,
     (200, 2000)),
    ("millet37", "consumption", "goods", ["小米（自家种）", "黄小米（新）", "小米（新谷子碾的）"], ["沁州黄小米（2.5kg装）", "陕北米脂小米"], None, (20, 200)),
    ("dry_chili37", "consumption", "goods", ["辣子（干）", "干海椒（自家晒）", "干辣椒（统货）"], ["遵义朝天椒干（统货）", "石柱红干辣椒"], None, (20, 200)),
    # 基础设施: what the 村卫生室 and the village need so that the visits are safe
    ("cistern37", "infrastructure", "goods", ["水窖（吃水）", "蓄水池（组上）", "水池（储水）"], ["30立方米钢筋混凝土蓄水池", "抗旱水窖（30m³）"],
     ["口", "座", "个"], (1, 2)),
    ("purifier37", "infrastructure", "goods", ["净水器（村里）", "净水设备（村里）", "过滤水的设备"], ["村级饮水安全净化设备", "一体化净水设备（5吨/小时）"],
     ["台", "套"], (1, 1)),
    ("aed37", "infrastructure", "goods", ["心脏除颤器", "除颤仪（卫生室）", "AED除颤仪"], ["迈瑞BeneHeart C1A自动体外除颤器", "公共场所自动体外除颤仪"],
     ["台"], (1, 1)),
    ("clinic37", "infrastructure", "goods", ["村卫生室改造", "卫生室（标准化）", "村医务室"], ["标准化村卫生室建设项目", "村卫生室提档升级工程"],
     ["间", "个", "所"], (1, 1)),
    ("lane37", "infrastructure", "goods", ["到门口的小路", "入户路（硬化）", "便道（到户）"], ["C25混凝土入户路硬化", "户间道硬化工程"],
     [("米", 1.0), ("公里", 1000.0)], (100, 1000)),
    ("bin37", "infrastructure", "goods", ["垃圾箱（组上）", "垃圾桶（分类）", "垃圾桶（挂车的）"], ["240L挂车垃圾桶", "户外分类垃圾桶（带盖）"],
     ["个", "只"], (10, 50)),
    ("loudspeaker37", "infrastructure", "goods", ["村里广播", "广播喇叭（组上）", "应急广播喇叭"], ["“村村响”应急广播终端", "IP网络广播音柱"],
     ["套", "个", "台"], (1, 5)),
    ("camera37", "infrastructure", "goods", ["摄像头（村口）", "监控（路口）", "监控探头（河边）"], ["雪亮工程高清监控摄像机", "400万像素网络球机"],
     ["个", "台"], (2, 10)),
    # 就业帮扶: work a carer, a disabled person or a 监测户's son can do
    ("carer37", "employment", "service", ["学护工", "护理员培训", "学当护工（培训）"], ["养老护理员职业技能培训", "医疗护理员（护工）培训班"],
     _PERSONS37, (1, 2)),
    ("massage37", "employment", "service", ["学推拿", "学按摩手艺", "盲人按摩（学）"], ["盲人医疗按摩职业培训", "视障人员保健按摩培训班"],
     _PERSONS37, (1, 1)),
    ("public_post37", "employment", "service", ["村里的岗位", "公益岗位（兜底）", "公益岗（家门口）"], ["乡村公益性岗位（护路、保洁）", "兜底安置公益岗"],
     _PERSONS37, (1, 2)),
    ("welder37", "employment", "service", ["电焊手艺", "焊工证", "学焊工"], ["电焊工特种作业培训", "焊工技能培训班"], _PERSONS37, (1, 2)),
    ("piecework37", "employment", "service", ["手工活（计件）", "居家手工", "在家做的手工（计件）"], ["扶贫车间居家灵活就业（手工编织）", "残疾人居家就业手工项目"],
     _PERSONS37, (1, 2)),
    ("driving37", "employment", "service", ["驾驶证（学）", "学驾照（C1）", "考驾驶证（货车）"], ["C1驾驶证培训补贴名额", "农村劳动力C证驾驶培训"],
     _PERSONS37, (1, 2)),
    ("sewing37", "employment", "goods", ["针车", "缝纫机（电动）", "衣车（缝纫机）"], ["工业平缝机（电脑直驱）", "蝴蝶牌家用缝纫机"], ["台"], (1, 1)),
    # 金融信贷: money the record says is short (kind "cash")
    ("med_bill37", "finance", "cash", ["住院费（自付）", "医疗费（自付）", "看病钱（住院）"], ["大病患者医疗救助款", "重特大疾病自付费用救助金"],
     _YUAN37, (2000, 20000)),
    ("dialysis37", "finance", "cash", ["肾透析的钱", "透析费用（自付）", "透析费（每月）"], ["尿毒症患者透析费用资助", "血液透析救助金"],
     _YUAN37, (3000, 15000)),
    ("med_premium37", "finance", "cash", ["医保费（居民）", "医保缴费（明年）", "合疗费（个人缴）"], ["城乡居民医保个人缴费资助", "困难群众参保缴费补助"],
     _YUAN37, (300, 2000)),
    ("chronic_drug37", "finance", "cash", ["慢病药费", "长期吃药的钱", "药费（慢病）"], ["慢性病患者用药补助", "慢病门诊药费救助"],
     _YUAN37, (500, 3000)),
    ("living_grant37", "finance", "cash", ["读书生活费", "在校生活费", "上学的生活费（孩子）"], ["学生生活补助助学金", "寒门学子助学金"],
     _YUAN37, (1000, 5000)),
    ("loan37", "finance", "cash", ["小额贷款（养殖）", "贴息贷（产业）", "扶贫贷款（养猪）"], ["脱贫户小额信贷（5万元以内，免抵押）", "扶贫小额信贷资金"],
     _YUAN37, (10000, 50000)),
    # 其他: errands, papers and company the social worker writes down
    ("disab_cert37", "other", "service", ["残疾证（新办）", "残疾鉴定（上门）", "残疾证（换证）"], ["残疾人证上门评定办理", "残疾等级鉴定上门服务"],
     ["次", "人"], (1, 1)),
    ("haircut37", "other", "service", ["剪头发（卧床）", "理发（上门）", "剃头（上门）"], ["志愿者上门义剪（卧床老人）", "爱心理发服务"], ["次", "人次"], (1, 3)),
    ("sos37", "other", "goods", ["一键呼叫", "呼叫器（独居）", "紧急呼叫器（床头）"], ["智能养老一键呼叫终端", "老人定位手环（SOS）"],
     ["个", "台", "部"], (1, 1)),
    ("elder_phone37", "other", "goods", ["老人手机（大字）", "按键机（老人）", "老年机（大声）"], ["4G全网通老人机（大字大声）", "老年人直板按键手机"],
     ["部", "台"], (1, 1)),
    ("companion37", "other", "service", ["有人陪着", "陪护（白天）", "陪伴（独居）"], ["“时间银行”志愿者陪伴服务", "独居老人关爱探访服务"],
     ["次", "人"], (1, 4)),
    ("legal37", "other", "service", ["法律咨询（赡养）", "法律援助（赡养纠纷）", "打赡养官司"], ["公益法律援助服务", "律师进村法律咨询"], ["次", "人"], (1, 1)),
    ("cleaning37", "other", "service", ["打扫卫生（上门）", "家里打扫", "搞卫生（上门）"], ["居家保洁志愿服务", "适老化家庭清洁服务"],
     ["次", "户"], (1, 3)),
    ("meals37", "other", "service", ["送餐", "吃饭（送上门）", "助餐（送到家）"], ["老年助餐服务（送餐上门）", "长者饭堂送餐服务"],
     ["次", "份", "餐"], (10, 60)),
]
# Broader offers under names of their own, as a 募捐 page's 物资清单 or 项目名称 sums things up. generate() gives
# a broader offer's unit size 1 and counts it as kg for weighed items: groups covering a weighed item are offered
# in 公斤; the others in a unit of size 1 for every covered item that counts in it, or in one none of them uses
# (not comparable, relevance 2).
BLIND37_BROAD = [
    ("grain37", "living", ["粮油米面套餐", "一月口粮包（米面油）"], ["rice37", "oil37", "noodle37"], ["公斤"]),
    ("warm37", "living", ["过冬温暖包物资", "御寒保暖套装"], ["quilt37", "thermal37", "cotton_coat37", "hot_bag37"], ["件"]),
    ("kitchen37", "living", ["厨房小家电", "锅具水具组合"], ["thermos37", "rice_cooker37"], ["个"]),
    ("nutrition37", "living", ["营养膳食补充包", "老人营养品"], ["milk_powder37", "eggs37"], ["份"]),
    ("mobility37", "medical", ["助行类辅具", "康复辅助器具（助行）"], ["wheelchair37", "crutch37", "walker37"], ["台"]),
    ("monitor37", "medical", ["居家健康监测包", "慢病居家自测套装"], ["bp_meter37", "bg_meter37", "thermometer37"], ["台"]),
    ("incontinence37", "medical", ["失禁护理耗材", "卧床护理耗材"], ["bg_strips37", "diaper37", "underpad37"], ["件"]),
    ("bedside37", "medical", ["失能老人护理辅具", "居家照护辅具"],
     ["care_bed37", "air_mattress37", "commode37", "bath_chair37"], ["套"]),
    ("breathing37", "medical", ["呼吸治疗设备", "家用呼吸护理设备"], ["o2_machine37", "nebulizer37"], ["台"]),
    ("med_service37", "medical", ["基层医疗健康服务", "送医上门服务"], ["rehab37", "denture37", "home_doctor37"], ["人"]),
    ("stationery37", "education", ["新学期文具礼包（小学）", "学生文具套装（开学季）"], ["workbook37", "gel_pen37", "dictionary37", "exercise37"], ["份"]),
    ("school_gear37", "education", ["上学装备", "学生出行穿戴用品"], ["schoolbag37", "sneakers37", "bicycle37"], ["件"]),
    ("build37", "housing", ["农房修缮建材包", "危房加固材料"], ["brick37", "cement37", "roof_tile37"], ["批"]),
    ("ageing37", "housing", ["适老化改造包", "居家无障碍改造物资"], ["handrail37", "ramp37", "antislip37", "wc_seat37"], ["套"]),
    ("home_safety37", "housing", ["居家安全报警设备", "燃气消防安全设备"], ["smoke_alarm37", "gas_alarm37"], ["个"]),
    ("furnish37", "relocation", ["安置房新家具包", "安置房家具套装"], ["wardrobe37", "dining37", "mattress37"], ["件"]),
    ("appliance37", "relocation", ["搬迁户家电四件套", "新居大家电"], ["tv37", "water_heater37", "gas_stove37"], ["台"]),
    ("breeding37", "production", ["养殖畜禽苗种", "畜禽苗种包（产业帮扶）"], ["piglet37", "goat37", "duckling37"], ["头"]),
    ("inputs37", "production", ["春耕农资包", "春播生产资料包"], ["npk37", "corn_seed37", "mulch37", "pig_feed37"], ["公斤"]),
    ("farm_tools37", "production", ["种养小农具", "种养小农机套装"], ["chaff_cutter37", "pruner37"], ["台"]),
    ("specialty37", "consumption", ["山区土特产", "助农特产包"], ["honey37", "walnut37", "shiitake37", "dry_chili37", "millet37"],
     ["公斤"]),
    ("farm_goods37", "consumption", ["农家年货", "助农年货礼包"], ["bacon37", "vermicelli37", "apple37"], ["公斤"]),
    ("drinking37", "infrastructure", ["饮水安全设施", "安全饮水工程物资"], ["cistern37", "purifier37"], ["套"]),
    ("village_safety37", "infrastructure", ["村级公共安全设备", "乡村应急安全设施包"],
     ["aed37", "loudspeaker37", "camera37", "bin37"], ["套"]),
    ("skill_train37", "employment", ["职业技能培训项目", "就业技能培训服务"], ["carer37", "massage37", "welder37", "driving37"], ["人"]),
    ("flexible_job37", "employment", ["灵活就业帮扶", "托底就业服务"], ["public_post37", "piecework37"], ["人"]),
    ("medical_fund37", "finance", ["大病医疗救助专项款", "因病致贫救助资金"], ["med_bill37", "dialysis37", "chronic_drug37"], ["元"]),
    ("grant37", "finance", ["专项资助资金", "爱心资助款"], ["med_premium37", "living_grant37"], ["元"]),
    ("elder_care37", "other", ["居家养老上门服务", "为老志愿服务"], ["haircut37", "companion37", "cleaning37", "meals37"], ["次"]),
    ("smart_care37", "other", ["智慧养老终端", "适老智能设备"], ["sos37", "elder_phone37"], ["台"]),
]
TEMPLATES["blind37"] = {
    # Needs as a 家庭医生 follow-up, a 村医's note or a 残联 assessment form records them; offers as the header of
    # a 公益众筹 / 网络募捐 project page.
    "need_title": ["家庭医生签约随访记录｜{who}｜需：{name}", "村医随访：{who}，需配{name}",
                   "残联辅具适配评估表—{who}—建议适配：{name}", "乡镇卫生院入户随访 {who} 需{name}",
                   "{who} 随访小结：待解决{name}", "慢病随访（第四季度）：{who}，申请{name}",
                   "【随访】{who} 主要需求：{name}"],
    "need_desc": ["随访日期：2026-11-18。主诉：{cause}。评估：生活部分自理。需：{name}。",
                  "主诉：{cause}。查体：BP 156/94mmHg，双下肢无水肿。处理：继续原方案用药。需：{name}（已报村委）。",
                  "【辅具适配评估】现状：{cause}。适配建议：{name}。评估人：县残联康复部。",
                  "入户情况：{cause}。家属诉需{name}，已登记，待协调。",
                  "S：{cause}。O：神清，精神可。A：缺{name}。P：联系乡镇社工站对接。",
                  "{cause}；签约医生意见：尽快解决{name}。下次随访：12月中旬。",
                  "随访方式：入户。{cause}。存在问题：{name}未落实。"],
    "negated": ["{other}：已配，在用",
                "{other}上次随访已送达",
                "{other}损坏待修，已联系厂家上门，不另申请",
                "{other}医保已报销",
                "{other}残联去年已适配到位",
                "{other}家属表示暂不需要",
                "{other}：本人拒绝，已签字",
                "{other}系向邻居借用，够用",
                "{other}已由民政兜底保障",
                "{other}家中现有，状态良好",
                "{other}：不列入本次需求清单",
                "{other}经维修后可正常使用",
                "{other}：子女已自行购置",
                "{other}上季度已随慢病包发放",
                "{other}需求上轮已销号",
                "{other}慈善机构已认领，等待配送",
                "{other}评估为“无需求”",
                "查：{other}已有，勿重复登记"],
    "offer_title": ["项目名称：“{name}”暖心计划｜执行机构：{donor}｜筹款目标：20万元",
                    "【99公益日】{donor}发起：为困难家庭筹集{name}",
                    "网络募捐·物资清单：{name}（执行方：{donor}）",
                    "{donor}网络募捐：一起捐{name}，让爱不缺席",
                    "项目名称：乡村守护计划｜执行机构：{donor}｜物资清单：{name}｜受益人群：农村困难老人",
                    "{donor}：{name}采购项目已上线，每1元都算数",
                    "受益人群：脱贫地区困难群众｜物资清单：{name}｜执行机构：{donor}"],
    "offer_title_medical": ["项目名称：“辅具到家”适配计划｜执行机构：{donor}｜物资清单：{name}｜受益人群：失能半失能老人及残疾人",
                            "{donor}发起“健康乡村”募捐项目：为村医配送{name}",
                            "筹款目标50万元｜{donor}：为慢病患者送上{name}"],
    "offer_title_education": ["项目名称：“书包里的希望”｜执行机构：{donor}｜物资清单：{name}｜受益人群：山区留守儿童",
                              "{donor}助学众筹：{name}，陪孩子读完这个学期",
                              "99公益日｜{donor}助学项目采购清单：{name}"],
    "offer_title_production": ["项目名称：产业振兴“授人以渔”计划｜执行机构：{donor}｜物资清单：{name}",
                               "{donor}众筹项目：为脱贫户发放{name}，助力增收"],
    "offer_title_consumption": ["{donor}消费帮扶项目：爱心认购{name}，所筹款项全部用于助农",
                                "公益电商｜{donor}以购代捐：{name}"],
    "offer_title_infrastructure": ["项目名称：美丽乡村共建计划｜执行机构：{donor}｜建设内容：{name}",
                                   "{donor}公益众筹：为村里援建{name}"],
    "offer_title_employment": ["项目名称：“一技之长”就业帮扶｜执行机构：{donor}｜服务内容：{name}",
                               "{donor}公益项目：提供{name}｜受益人群：脱贫劳动力、残疾人"],
    "offer_title_finance": ["项目名称：大病救助专项基金｜执行机构：{donor}｜资助内容：{name}",
                            "{donor}网络募捐：{name}（按实际救助人数拨付）"],
    "offer_title_other": ["项目名称：“银龄守护”计划｜执行机构：{donor}｜物资及服务清单：{name}",
                          "{donor}发起公益项目：{name}｜受益人群：独居、留守老人"],
    "who": ["王某某户（五保）", "签约户李某家", "张某户（持残疾证）", "赵某户（独居）", "低保户刘某家", "监测户陈某家",
            "陈家湾组杨某户", "石板沟组吴某户", "周某户（重点人群）"],
    "cause": ["男，78岁，五保，独居，高血压Ⅱ级，规律服药",
              "女，69岁，脑梗后遗症，左侧肢体偏瘫，卧床，老伴照护",
              "2型糖尿病10年，血糖控制欠佳，视物模糊，子女外出务工",
              "截瘫（肢体一级），低保，长期卧床，骶尾部皮肤发红",
              "COPD出院后，活动后气促，白天家中无人",
              "精神残疾二级，病情稳定，与80岁母亲同住，收入低",
              "户主尿毒症规律透析，妻子务农，孩子读初二",
              "老人86岁，失能，行动不便，如厕困难",
              "7岁，听力残疾，父母外出，随奶奶生活",
              "易地搬迁户，新房刚入住，家中两位慢病老人"],
    "donor": ["省残疾人福利基金会", "市慈善总会", "某互联网公司公益基金会", "某医药集团公益基金", "县社会工作服务中心",
              "乡村发展基金会某市项目办", "某高校校友会公益联盟", "爱心企业联合募捐组", "社区志愿者协会", "某银行员工公益社"],
    "specs": {"wheelchair37": ["座宽46cm，实心胎", "可折叠，带坐便口"], "hear_aid37": ["右耳，中重度听损", "双耳，重度听损"],
              "presbyopic37": ["+250度", "+300度"], "diaper37": ["L码", "XL码"], "crutch37": ["身高165cm适用"]},
}
# The parts blind37 was written after (its checks compare with these only).
_PARTS_BEFORE_BLIND37 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28",
                         "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36")


def check_blind37() -> None:
    """Raise SystemExit if blind37 is not what its comment says (``_check_part_after`` tune … blind36)."""
    _check_part_after("blind37", BLIND37_CATALOGUE, BLIND37_BROAD, _PARTS_BEFORE_BLIND37,
                      TEMPLATES["blind37"]["specs"])


# The "blind38" part (written 2026-12-02 for issue 13 by an engineer of round 22 who opened none of matching/,
# search/, docs/, tests/, app/ or README.md, read no part's records, never ran the matcher, and read of this
# module only its docstring, its generic code and the blind34 block as the model of a part's structure) in a
# voice no earlier part was written in: the minutes of village meetings and the letters of the village's
# people who made good elsewhere. Needs are 村民代表大会 / 院坝会 / 屋场会 会议纪要: a time, a place and who
# attended, several speakers (「张组长提出…」「李大爷说…」), an item proposed, argued over, voted on and
# recorded as a decision in the abbreviations of minutes (经研究、拟、同意、暂缓、报镇里), the item under the
# everyday, colloquial and regional name the villagers use. Negations and past mentions are in the register
# of minutes too, every one a different construction (not listed this time, postponed, issued last month,
# voted down, solved by the 工作队, declined by the household, borrowed from a relative, broken but mended,
# covered by an earlier project, not adopted, withdrawn by the one who asked, the collective's store,
# sent home by a son working away, a correction of the last minutes, settled at the last meeting, a repeat
# application closed by the township, voted enough, except-X). Offers are the letters and notices of 商会,
# 乡贤, 在外老板 and 同乡会 to their 桑梓 in a formal, semi-classical register (「兹有…」「谨捐…」「聊表寸心」
# 「特此函告」「敬请笑纳」), now and then with a couplet or four-character phrases, naming things formally or by
# their old and literary names, so that a need and an offer mostly name one thing in different words. 112
# items over all 11 categories (living 16, medical 11, education 11, housing 12, relocation 7, production 14,
# consumption 9, infrastructure 10, employment 8, finance 6, other 8; 91 goods, 15 service, 6 cash), each
# under 2-3 need names and 2 offer names; 33 broader offers under names of their own (each covering 2-5 items
# of one category and kind); 7 need titles, 8 need descriptions, 18 negations and past mentions, 7 general
# offer titles and 3 of their own for each of 8 categories. Units that need converting: mass in 斤 / 市斤 /
# 公斤 / 千克 / kg / Kg; packs whose weight the catalogue fixes (0.5-kg bundles and bags, 0.5-kg bottles, 2-,
# 20- and 40-kg bags, drums of 20 kg, rolls of 20 kg, tonnes); counts in multiples (boxes of 12, 30 and 50,
# packs of 10, dozens, pairs of 2, cases of 20, 千块, 万片, 万株); volume (升 / L, drums of 5 升); area (平方米 /
# ㎡ / 平方); length (米, 公里); timber in 立方米 / 方; money in 元 / 块 / 万元; persons; and 15 % of the offers
# of weighed items in 挑 (a carrying-pole load of unknown weight, not comparable). Every size is exact in binary
# floating point. ``check_blind38`` checks it against the catalogues, groups and negation templates of tune …
# blind36 only (blind37 is written at the same time by someone else), never the lexicon. Item and group names
# are left out of this comment and the module docstring on purpose. The lead evaluates it once. Never tune
# on it.
BLIND38_MASS = [("斤", 0.5), ("公斤", 1.0), ("市斤", 0.5), ("千克", 1.0), ("kg", 1.0), ("Kg", 1.0), ("公斤", 1.0)]
_PERSONS38 = [("人", 1.0), ("名", 1.0), ("个人", 1.0)]
_YUAN38 = [("元", 1.0), ("块", 1.0), ("万元", 10000.0)]
_AREA38 = [("平方米", 1.0), ("㎡", 1.0), ("平方", 1.0)]
BLIND38_CATALOGUE = [
    # 生活物资: what the meeting hears a household lacks for the table, the bed and the winter
    ("rice38", "living", "goods", ["吃的米粮", "新碾的谷米", "一冬的口粮米"], ["白粲嘉米", "上等香稻（精碾）"], None, (25, 150)),
    ("noodle38", "living", "goods", ["细挂面儿", "干面条子", "面条把子"], ["龙须挂面（精制）", "手工空心挂面"],
     [("斤", 0.5), ("公斤", 1.0), ("把", 0.5)], (10, 50)),
    ("tea_oil38", "living", "goods", ["茶油子", "山茶子油", "炒菜的茶油"], ["油茶籽油（一级压榨）", "野山茶籽油"],
     [("升", 1.0), ("L", 1.0), ("桶", 5.0)], (5, 20)),
    ("quilt38", "living", "goods", ["铺盖絮", "新铺盖", "棉絮被窝"], ["锦衾", "新絮棉衾"], ["床", "条"], (1, 4)),
    ("sweater38", "living", "goods", ["织的毛衣子", "毛褂子", "绒线衫子"], ["纯羊毛针织开衫", "羊绒毛衣"], ["件"], (1, 4)),
    ("thermal38", "living", "goods", ["贴肉穿的秋衣裤", "贴身的保暖衣"], ["德绒保暖衣裤", "加绒御寒内衣（套装）"], ["套"], (1, 4)),
    ("hat38", "living", "goods", ["带护耳的火车头帽", "毛边雷锋帽", "捂耳朵的帽子"], ["御寒棉帽", "加绒护耳暖帽"], ["顶", "个"], (1, 4)),
    ("charcoal38", "living", "goods", ["烤火炭", "杠炭", "火塘烧的炭"], ["青冈木炭", "无烟机制炭"], None, (50, 300)),
    ("gas38", "living", "goods", ["煤气坛", "液化气坛子", "烧饭的液化气罐罐"], ["液化石油气钢瓶（15kg）", "YSP-35.5型液化气钢瓶"],
     ["个", "只"], (1, 2)),
    ("ricecooker38", "living", "goods", ["焖饭的电锅", "插电的电饭煲子"], ["智能电饭煲（4L）", "家用电炊锅"], ["个", "台"], (1, 1)),
    ("hotbag38", "living", "goods", ["灌热水焐手的袋子", "焐被窝的暖脚袋", "焐脚的袋子"], ["汤婆子（铜制）", "橡胶热水囊"], ["个"], (1, 4)),
    ("salt38", "living", "goods", ["盐巴子", "吃的盐"], ["加碘精制食盐", "井矿盐（加碘）"],
     [("斤", 0.5), ("公斤", 1.0), ("包", 0.5)], (5, 30)),
    ("socks38", "living", "goods", ["线袜子", "棉线袜"], ["纯棉加厚袜", "羊毛保暖袜"], [("双", 1.0), ("打", 12.0)], (6, 24)),
    ("basin38", "living", "goods", ["洗脸洗脚的盆盆", "搪瓷盆子"], ["搪瓷面盆", "加厚塑料盥盆"], ["个"], (1, 3)),
    ("lantern38", "living", "goods", ["停电点的灯", "充电的亮灯", "马灯"], ["应急充电照明灯", "LED充电马灯"], ["盏", "个"], (1, 3)),
    ("eggs38", "living", "goods", ["土鸡下的鸡蛋蛋", "土鸡子儿"], ["鲜鸡卵", "农家鲜鸡蛋（30枚装）"],
     [("枚", 1.0), ("个", 1.0), ("盒", 30.0)], (30, 120)),
    # 医疗救助: what the sick, the old and the disabled of the 组 are said to lack; three services
    ("wheelchair38", "medical", "goods", ["推着出门的椅子", "坐的推车子", "轮子椅"], ["助行轮椅（折叠式）", "钢制手推轮椅车"], ["辆", "台"], (1, 1)),
    ("bp_meter38", "medical", "goods", ["量血压的家什", "量血压的小表表", "测压的表"], ["臂筒式电子血压计", "电子血压测量器"],
     ["台", "个"], (1, 1)),
    ("reading_glasses38", "medical", "goods", ["老光眼镜子", "戴的老花镜儿", "认字看报的眼镜"], ["老花镜（远视镜）", "老光眼镜（+250度）"],
     ["副"], (1, 2)),
    ("crutch38", "medical", "goods", ["腋下拐", "架在腋窝下的拐", "撑腋窝的拐"], ["腋下拐杖", "铝合金腋拐"], ["副"], (1, 1)),
    ("acupuncture38", "medical", "service", ["找中医扎银针", "拔火罐扎针"], ["中医针灸理疗义诊", "针灸推拿服务"], _PERSONS38, (1, 3)),
    ("dentures38", "medical", "service", ["镶几颗牙", "安假牙", "补牙齿"], ["义齿镶配", "老年人免费镶牙"], _PERSONS38, (1, 2)),
    ("masks38", "medical", "goods", ["出门戴的口罩", "医用口罩子"], ["医用外科口罩（独立装）", "医用防护口罩"],
     [("个", 1.0), ("只", 1.0), ("盒", 50.0)], (50, 300)),
    ("alcohol38", "medical", "goods", ["消毒的酒精", "擦伤口的酒精"], ["75%医用酒精（500ml）", "消毒乙醇"],
     [("瓶", 1.0), ("箱", 20.0)], (2, 20)),
    ("underpad38", "medical", "goods", ["护理尿垫", "垫床的尿布垫"], ["一次性护理垫（60×90）", "成人护理垫（10片）"],
     [("片", 1.0), ("包", 10.0)], (20, 100)),
    ("home_doctor38", "medical", "service", ["医生进屋看病", "请医生来家里看"], ["家庭医生履约上门", "巡诊送医上门"],
     _PERSONS38, (1, 3)),
    ("nebulizer38", "medical", "goods", ["给娃雾化的机器", "吸雾的机子"], ["压缩式雾化器", "医用空气压缩雾化器"], ["台"], (1, 1)),
    # 教育助学: what the pupils of the 组 lack, as their parents say at the meeting
    ("schoolbag38", "education", "goods", ["背书本的包包", "上学的挎包"], ["护脊书笈", "学生双肩书囊"], ["个"], (1, 3)),
    ("brush_ink38", "education", "goods", ["毛笔墨汁", "写大字的笔墨"], ["文房四宝套装", "笔墨纸砚礼盒"], ["套"], (1, 3)),
    ("dictionary38", "education", "goods", ["查生字用的书", "娃娃查字的字典本"], ["《新华字典》（第十二版）", "小学生规范汉字字典"], ["本"], (1, 3)),
    ("notebooks38", "education", "goods", ["写字本子", "作业簿"], ["学生簿册", "方格作文簿"],
     [("本", 1.0), ("包", 10.0), ("打", 12.0)], (10, 50)),
    ("pens38", "education", "goods", ["水性笔子", "写作业的笔"], ["中性笔（0.5mm）", "签字水笔（12支/盒）"],
     [("支", 1.0), ("盒", 12.0)], (12, 60)),
    ("tablet38", "education", "goods", ["上网课用的平板", "学习的平板子"], ["学习机（平板电脑）", "教学平板电脑（学习型）"], ["台", "部"], (1, 1)),
    ("bike38", "education", "goods", ["上学骑的单车", "骑去学校的单车"], ["26寸学生自行车", "变速山地自行车"], ["辆"], (1, 1)),
    ("jump_rope38", "education", "goods", ["体育课的跳绳绳", "跳的绳索"], ["电子计数跳绳", "竹节式花样跳绳"], ["根", "条"], (5, 30)),
    ("bookshelf38", "education", "goods", ["放书的柜子", "书架子"], ["实木书橱", "儿童书格架"], ["个", "组"], (1, 1)),
    ("tutoring38", "education", "service", ["有人辅导功课", "给娃补课"], ["大学生志愿者支教", "周末义务辅导"], _PERSONS38, (1, 3)),
    ("sneakers38", "education", "goods", ["白球鞋", "运动鞋子"], ["学生运动鞋", "回力帆布鞋"], ["双"], (1, 3)),
    # 住房安全: what a house being mended or rebuilt still lacks
    ("bricks38", "housing", "goods", ["红砖头", "砌墙的砖头", "火砖"], ["烧结实心砖", "页岩烧结标准砖"],
     [("块", 1.0), ("匹", 1.0), ("千块", 1000.0)], (2000, 10000)),
    ("grey_tiles38", "housing", "goods", ["屋面青瓦片", "翻盖屋顶的瓦", "瓦片子"], ["小青瓦（手工烧制）", "仿古蝴蝶瓦"],
     [("片", 1.0), ("块", 1.0), ("万片", 10000.0)], (1000, 5000)),
    ("lime38", "housing", "goods", ["石灰块", "粉墙的白灰"], ["生石灰粉", "熟石灰（氢氧化钙）"], None, (50, 300)),
    ("timber38", "housing", "goods", ["木料子", "梁木料"], ["杉原木", "松木板方"], [("立方米", 1.0), ("方", 1.0)], (1, 5)),
    ("rebar38", "housing", "goods", ["打圈梁的钢筋棍", "打圈梁的螺纹钢"], ["HRB400E螺纹钢（Φ12）", "热轧带肋钢材"],
     [("公斤", 1.0), ("吨", 1000.0)], (500, 2000)),
    ("glass38", "housing", "goods", ["打烂了的窗子玻璃", "安窗子的玻璃"], ["浮法平板玻璃（5mm）", "建筑钢化玻璃"], _AREA38, (5, 20)),
    ("water_tank38", "housing", "goods", ["房顶水箱", "储水的桶子"], ["不锈钢水塔（1吨）", "加厚PE储水罐"], ["个", "台"], (1, 1)),
    ("waterproof38", "housing", "goods", ["防水漆", "刷防水的"], ["JS复合防水涂料", "聚氨酯防水涂膜"],
     [("公斤", 1.0), ("桶", 20.0)], (20, 100)),
    ("ceiling38", "housing", "goods", ["吊顶板", "天花板子"], ["PVC扣板吊顶", "铝扣板集成吊顶"], _AREA38, (10, 60)),
    ("wood_stove38", "housing", "goods", ["烧柴的灶", "柴火灶头", "土灶"], ["节柴省柴灶", "预制节能灶台"], ["口", "台", "套"],
     (1, 1)),
    ("septic38", "housing", "goods", ["化粪池子", "粪坑池子"], ["三格式化粪池（玻璃钢）", "一体化三格化粪池"], ["个", "套"],
     (1, 1)),
    ("putty38", "housing", "goods", ["批墙刮的腻子", "腻子灰"], ["耐水腻子粉（20kg装）", "耐水型内墙腻子粉料"],
     [("公斤", 1.0), ("袋", 20.0)], (40, 200)),
    # 易地搬迁: the new flat at the 安置点 that is still bare
    ("tv38", "relocation", "goods", ["看的电视机子", "液晶的电视"], ["55吋智能液晶电视机", "4K高清平板电视"], ["台"], (1, 1)),
    ("wardrobe38", "relocation", "goods", ["放衣裳的衣柜柜", "装衣裳的大柜子"], ["板式推拉门衣柜", "双门大衣橱"], ["个", "组"], (1, 1)),
    ("dining_table38", "relocation", "goods", ["一家人吃饭的方桌", "吃饭的饭桌桌", "堂屋摆的八仙桌"], ["实木餐桌椅组合（一桌四椅）", "八仙方桌"],
     ["张", "套"], (1, 1)),
    ("gas_hob38", "relocation", "goods", ["新房烧天然气的灶", "安置房的燃气灶子"], ["嵌入式双灶眼燃气灶", "天然气台式灶具"], ["台", "个"], (1, 1)),
    ("water_heater38", "relocation", "goods", ["洗澡烧水的热水器", "电热水器子"], ["储水式电热水器（60L）", "即热型电热水器具"], ["台"],
     (1, 1)),
    ("curtain38", "relocation", "goods", ["窗帘布帘", "挂窗的布帘"], ["遮光帘幕", "布艺帘幔"], ["套", "幅"], (1, 4)),
    ("stool38", "relocation", "goods", ["坐人的长板凳", "条凳"], ["杌子（实木方凳）", "榉木板凳"], ["条", "张", "个"], (2, 8)),
    # 产业发展: stock, seed, seedlings, inputs and machines for the 组's 产业; a vet's visit
    ("piglet38", "production", "goods", ["买来喂的猪儿", "奶猪崽", "架子猪儿"], ["良种仔豚", "杜长大三元杂交仔猪"], ["头", "只"], (2, 10)),
    ("duckling38", "production", "goods", ["鸭苗儿", "刚出壳的鸭娃子"], ["麻鸭雏", "樱桃谷种鸭苗"], ["只", "羽"], (100, 500)),
    ("corn_seed38", "production", "goods", ["苞谷种儿", "开春点的玉麦种子", "今年要点的包谷种"], ["杂交玉蜀黍良种", "正大619玉米种子"],
     [("公斤", 1.0), ("斤", 0.5), ("袋", 2.0)], (10, 50)),
    ("mulch38", "production", "goods", ["盖苞谷的薄膜", "铺垄的地膜", "白色薄地膜"], ["聚乙烯农用地膜", "可降解聚乳酸地膜"],
     [("公斤", 1.0), ("卷", 20.0)], (20, 200)),
    ("cattle_feed38", "production", "goods", ["喂牛的料", "牛精料"], ["肉牛用精料补充料", "育肥牛浓缩饲料（40kg/袋）"],
     [("公斤", 1.0), ("袋", 40.0), ("吨", 1000.0)], (200, 2000)),
    ("tea_seedling38", "production", "goods", ["茶树苗子", "栽的茶秧"], ["福鼎大白茶短穗扦插苗", "无性系茶树良种苗"],
     [("株", 1.0), ("万株", 10000.0)], (2000, 20000)),
    ("walnut_sapling38", "production", "goods", ["嫁接的核桃树秧", "核桃苗苗"], ["嫁接良种核桃苗", "香玲核桃嫁接苗"], ["株", "棵"],
     (100, 500)),
    ("greenhouse38", "production", "goods", ["种菜的棚子", "塑料棚", "大棚棚"], ["镀锌钢架塑料大棚", "单体钢架大棚（8×30m）"],
     ["座", "个", "栋"], (1, 2)),
    ("mower38", "production", "goods", ["打草机子", "割草的机子"], ["背负式割灌机", "汽油割草机（四冲程）"], ["台"], (1, 1)),
    ("hay38", "production", "goods", ["牛草", "喂羊的干草"], ["紫苜蓿干草捆", "优质紫花苜蓿"], None, (500, 3000)),
    ("rabbit38", "production", "goods", ["下崽的母兔公兔", "兔娃", "种兔子"], ["伊拉种兔", "新西兰白兔种兔"],
     [("只", 1.0), ("对", 2.0)], (10, 50)),
    ("vet38", "production", "service", ["兽医来看看猪", "给牲口看病"], ["畜牧兽医技术服务", "动物诊疗下乡"], ["次", "户"],
     (1, 3)),
    ("pump38", "production", "goods", ["河边抽水的机子", "抽水的泵子"], ["潜水泵（1.5kW）", "农用自吸泵"], ["台"], (1, 2)),
    ("chili_seedling38", "production", "goods", ["栽的海椒秧子", "辣子秧苗"], ["朝天椒穴盘苗", "线椒商品苗"],
     [("株", 1.0), ("万株", 10000.0)], (2000, 20000)),
    # 消费扶贫: what the 组 has to sell, weighed, bottled or counted
    ("honey38", "consumption", "goods", ["自家摇的土蜂糖", "岩上的老蜂糖", "割的蜂糖"], ["崖蜜（岩壁野蜂蜜）", "百花蜜（土法取蜜）"],
     [("斤", 0.5), ("公斤", 1.0), ("瓶", 0.5)], (10, 100)),
    ("bacon38", "consumption", "goods", ["熏的肉", "老腊肉坨", "烟熏腊肉坨"], ["柴火烟熏腊肉", "湘西腊味"], None, (20, 200)),
    ("bamboo_shoot38", "consumption", "goods", ["烘的笋干子", "山上晒的笋干"], ["玉兰片干", "高山笋干"], None, (10, 100)),
    ("mushroom38", "consumption", "goods", ["晒干的香菇朵", "香菌", "冬菇子"], ["花菇（特级）", "段木香蕈"], None, (10, 100)),
    ("walnut38", "consumption", "goods", ["打下来的核桃子", "晒干的核桃"], ["薄壳胡桃（干果）", "露仁纸皮核桃"], None, (50, 500)),
    ("vermicelli38", "consumption", "goods", ["手打红苕粉条", "红薯做的粉条条", "苕粉子"], ["手工番薯粉丝", "纯红薯宽粉"], None, (20, 200)),
    ("free_range_chicken38", "consumption", "goods", ["跑山的鸡", "林下鸡", "土鸡公"], ["散养土鸡（活禽）", "林下生态土鸡"],
     ["只"], (20, 100)),
    ("corn_liquor38", "consumption", "goods", ["苞谷酒", "烧酒"], ["纯粮固态玉米酒", "农家土法烧酒"],
     [("斤", 0.5), ("公斤", 1.0)], (20, 200)),
    ("yam38", "consumption", "goods", ["山药棒", "淮山药棒"], ["温县铁棍山药", "怀庆山药"], None, (50, 500)),
    # 基础设施: what the 组 asks of the village and the township for roads, water and safety
    ("farm_road38", "infrastructure", "goods", ["机耕便道", "下地的便道"], ["产业路硬化", "田间机耕道路建设"],
     [("米", 1.0), ("公里", 1000.0)], (500, 3000)),
    ("cistern38", "infrastructure", "goods", ["组上的蓄水池子", "水池池"], ["高位蓄水池（100立方米）", "人畜饮水蓄水池"], ["口", "座", "个"],
     (1, 1)),
    ("culvert38", "infrastructure", "goods", ["涵管子", "过路的水泥管"], ["钢筋混凝土涵管（Φ800）", "预制水泥涵管"],
     ["节", "根"], (5, 30)),
    ("square38", "infrastructure", "goods", ["活动的坝子", "晒粮的坝子", "院坝子"], ["村文化广场硬化", "村民文体活动广场"], _AREA38,
     (200, 1000)),
    ("public_toilet38", "infrastructure", "goods", ["组里的公厕", "公用茅厕"], ["村级水冲式公共厕所", "旅游公厕"], ["座"], (1, 1)),
    ("bins38", "infrastructure", "goods", ["路边的垃圾箱子", "各户门口倒垃圾的桶"], ["分类垃圾桶（240升）", "户外环卫垃圾箱"], ["个", "只"],
     (10, 50)),
    ("loudspeaker38", "infrastructure", "goods", ["村头大喇叭", "组上的广播喇叭"], ["应急广播音柱终端", "农村应急广播系统"], ["套", "个"], (1, 5)),
    ("camera38", "infrastructure", "goods", ["装在路口的摄像头", "监控探头子"], ["雪亮工程视频监控", "高清网络球机（监控）"], ["个", "台", "套"],
     (5, 20)),
    ("canal38", "infrastructure", "goods", ["水渠子", "渠沟", "灌溉的堰沟"], ["U型渠道硬化", "农田灌溉渠系衬砌"],
     [("米", 1.0), ("公里", 1000.0)], (200, 2000)),
    ("well38", "infrastructure", "goods", ["打一口井", "吃水井"], ["机井（深水井）", "人饮深井"], ["口", "眼"], (1, 1)),
    # 就业帮扶: trades to learn and work away from home (kind "service"), and a machine to earn with
    ("welding38", "employment", "service", ["去学烧电焊的手艺", "电焊手艺"], ["焊工技能培训", "电焊工职业培训班"], _PERSONS38, (1, 3)),
    ("driving38", "employment", "service", ["跟驾校学开汽车", "考个B照", "学驾驶拿本本"], ["机动车驾驶员培训", "C照驾驶培训补贴班"],
     _PERSONS38, (1, 3)),
    ("maternity38", "employment", "service", ["出去当月嫂", "伺候月子"], ["母婴护理员（月嫂）培训", "育婴员技能培训"],
     _PERSONS38, (1, 3)),
    ("tailoring38", "employment", "service", ["学裁缝", "做衣裳的手艺"], ["缝纫工技能培训", "服装加工就业培训"], _PERSONS38,
     (1, 3)),
    ("sewing_machine38", "employment", "goods", ["做衣服的缝纫机子", "车衣裳的衣车", "缝补衣裳的机器"], ["工业平车（平缝机）", "家用多功能缝衣机"], ["台"],
     (1, 1)),
    ("road_keeper38", "employment", "service", ["养护公路", "护路的活路"], ["农村公路养护员岗位", "护路员公益岗"], _PERSONS38,
     (1, 2)),
    ("labour38", "employment", "service", ["去外面打工", "出门务工"], ["劳务输出（东部用工企业）", "跨省劳务协作岗位"],
     _PERSONS38, (1, 3)),
    ("carer38", "employment", "service", ["去养老院做护工", "护理老人的活"], ["养老护理员招聘", "养老机构护工岗位"], _PERSONS38,
     (1, 2)),
    # 金融信贷: money asked for at the meeting (kind "cash")
    ("medical_aid38", "finance", "cash", ["屋里人看病的钱", "住院的费用", "医药费用"], ["大病医疗救助金", "重特大疾病救助金"], _YUAN38,
     (2000, 20000)),
    ("boarding_aid38", "finance", "cash", ["娃娃读书的生活费", "孩子上学的伙食费"], ["寄宿学生生活补助金", "助学生活补贴"], _YUAN38,
     (500, 3000)),
    ("startup_loan38", "finance", "cash", ["贷款开店", "开铺子的本钱"], ["返乡创业担保贷款", "创业贷款贴息"], _YUAN38,
     (10000, 100000)),
    ("crop_insurance38", "finance", "cash", ["庄稼上保险", "种的东西买保险"], ["政策性种植业保险保费补贴", "特色农产品保险补贴"],
     _YUAN38, (200, 2000)),
    ("elder_gift38", "finance", "cash", ["过年的慰问钱", "年关慰问"], ["重阳敬老慰问金", "春节敬老红包"], _YUAN38, (200, 1000)),
    ("disability_aid38", "finance", "cash", ["残疾补贴", "残疾人的补助"], ["重度残疾人护理补贴", "困难残疾人生活补贴"], _YUAN38,
     (500, 3000)),
    # 其他: a lawyer, a haircut, a family photograph, books, chess, gongs, a phone and a tent for feasts
    ("legal_aid38", "other", "service", ["请律师打官司", "讨工钱打官司"], ["法律援助（公益）", "义务律师咨询"], ["次", "件"], (1, 2)),
    ("haircut38", "other", "service", ["剃个头", "理个发"], ["义务理发服务", "义剪上门"], ["次", "人次"], (1, 5)),
    ("family_photo38", "other", "service", ["照张全家福", "请人照个全家相"], ["公益全家福拍摄", "全家福免费拍摄"], ["次", "户"], (1, 1)),
    ("village_books38", "other", "goods", ["农家书屋的书", "看的书"], ["农家书屋图书（500册）", "捐赠图书"],
     [("本", 1.0), ("册", 1.0)], (100, 500)),
    ("chess38", "other", "goods", ["下的象棋", "棋盘"], ["象棋（实木大号）", "楚河汉界象棋套装"], ["副", "套"], (2, 10)),
    ("gongs38", "other", "goods", ["锣鼓家伙", "敲的锣鼓"], ["民乐锣鼓镲套装", "腰鼓队乐器"], ["套", "副"], (1, 2)),
    ("senior_phone38", "other", "goods", ["老年人机", "字大键大的老人手机"], ["长辈直板手机（大字大声）", "老年功能手机"], ["部", "台"],
     (1, 1)),
    ("feast_tent38", "other", "goods", ["办酒席的棚子", "红白喜事的帐篷"], ["流动宴席帐篷", "红白理事会用篷布"], ["顶", "个"],
     (1, 2)),
]
# Broader offers under names of their own, as a 乡贤's letter or a 商会's notice sums things up. generate()
# gives a broader offer's unit size 1 and counts it as kg for weighed items: groups covering a weighed item
# are offered in 公斤; the others in a unit of size 1 for every covered item that counts in it, or in one
# none of them uses (not comparable, relevance 2).
BLIND38_BROAD = [
    ("grain38", "living", ["粮秣", "米粮食用"], ["rice38", "noodle38", "salt38"], ["公斤"]),
    ("cold_wear38", "living", ["寒衣暖服", "御冬衣物"], ["sweater38", "thermal38", "hat38", "socks38"], ["份"]),
    ("warm_bed38", "living", ["衾褥暖具", "寝具暖具"], ["quilt38", "hotbag38"], ["份"]),
    ("fuel38", "living", ["薪炭", "炊爨燃料"], ["charcoal38", "gas38"], ["公斤"]),
    ("kitchenware38", "living", ["炊具器皿", "厨下器皿"], ["ricecooker38", "basin38"], ["件"]),
    ("aids38", "medical", ["扶残辅具", "助残器械"], ["wheelchair38", "crutch38", "reading_glasses38"], ["件"]),
    ("devices38", "medical", ["居家医疗器具", "医疗器具"], ["bp_meter38", "nebulizer38"], ["台"]),
    ("consumables38", "medical", ["医用耗材", "防疫用品"], ["masks38", "alcohol38", "underpad38"], ["份"]),
    ("med_service38", "medical", ["杏林义诊", "医疗义诊服务"], ["acupuncture38", "dentures38", "home_doctor38"], ["人"]),
    ("stationery38", "education", ["文房用品", "笔墨纸簿"], ["brush_ink38", "notebooks38", "pens38", "dictionary38"], ["份"]),
    ("school_goods38", "education", ["学子用品", "助学物品"], ["schoolbag38", "sneakers38", "jump_rope38", "bookshelf38"],
     ["份"]),
    ("study_tools38", "education", ["求学器具", "学子器用"], ["tablet38", "bike38"], ["件"]),
    ("masonry38", "housing", ["砖瓦灰石", "土木建材"], ["bricks38", "grey_tiles38", "lime38", "timber38", "rebar38"], ["公斤"]),
    ("finishing38", "housing", ["粉刷装饰材料", "内装材料"], ["putty38", "waterproof38", "ceiling38", "glass38"], ["公斤"]),
    ("sanitary38", "housing", ["厨厕改造设施", "灶厕设施"], ["wood_stove38", "septic38", "water_tank38"], ["套"]),
    ("furniture38", "relocation", ["家什", "家具陈设"], ["wardrobe38", "dining_table38", "stool38", "curtain38"], ["件"]),
    ("appliances38", "relocation", ["电器什物", "家用电器具"], ["tv38", "gas_hob38", "water_heater38"], ["台"]),
    ("livestock38", "production", ["畜禽良种苗雏", "六畜良种"], ["piglet38", "duckling38", "rabbit38"], ["只"]),
    ("seedlings38", "production", ["苗木", "嘉木良苗"], ["tea_seedling38", "walnut_sapling38", "chili_seedling38"], ["株"]),
    ("farm_inputs38", "production", ["农事物资", "春耕物料"], ["corn_seed38", "mulch38", "cattle_feed38", "hay38"], ["公斤"]),
    ("machines38", "production", ["耕作机具", "田间机具"], ["mower38", "pump38", "greenhouse38"], ["台"]),
    ("mountain_goods38", "consumption", ["山野干货", "山中土产"],
     ["bamboo_shoot38", "mushroom38", "walnut38", "yam38"], ["公斤"]),
    ("new_year_goods38", "consumption", ["土产年货", "乡土年货"], ["bacon38", "vermicelli38", "honey38", "corn_liquor38"],
     ["公斤"]),
    ("water_works38", "infrastructure", ["水利设施", "人饮灌溉工程"], ["cistern38", "canal38", "well38"], ["处"]),
    ("public_fac38", "infrastructure", ["公共设施", "村容设施"], ["public_toilet38", "bins38", "square38"], ["处"]),
    ("safety38", "infrastructure", ["安防广播设施", "平安村寨设施"], ["loudspeaker38", "camera38"], ["套"]),
    ("roads38", "infrastructure", ["道路桥涵", "路桥工程"], ["farm_road38", "culvert38"], ["处"]),
    ("training38", "employment", ["技艺培训", "手艺传习"], ["welding38", "driving38", "maternity38", "tailoring38"], ["人"]),
    ("posts38", "employment", ["务工门路", "乡贤企业用工岗位"], ["road_keeper38", "labour38", "carer38"], ["人"]),
    ("relief38", "finance", ["济困善款", "扶危济困金"],
     ["medical_aid38", "disability_aid38", "elder_gift38", "boarding_aid38"], ["元"]),
    ("enterprise_fund38", "finance", ["兴业资金", "产业扶持金"], ["startup_loan38", "crop_insurance38"], ["元"]),
    ("services38", "other", ["便民义举", "志愿便民服务"], ["legal_aid38", "haircut38", "family_photo38"], ["次"]),
    ("culture38", "other", ["文娱器物", "文体娱乐用品"], ["chess38", "gongs38", "village_books38"], ["份"]),
]
TEMPLATES["blind38"] = {
    # Needs as the minutes of a 村民代表大会, 院坝会 or 屋场会 record them; offers as the letters and notices of
    # 商会, 乡贤, 在外老板 and 同乡会 in a formal, semi-classical register.
    "need_title": ["{who}村民代表大会纪要（议题：{name}）", "院坝会记录｜{who}：关于{name}的事",
                   "{who}屋场会纪要：议{name}", "关于{name}问题的会议纪要（{who}）",
                   "{who}村民代表会议决定事项：{name}", "{who}群众会记录（拟报镇里：{name}）",
                   "经研究，{who}拟申请{name}"],
    "need_desc": ["{cause}。经讨论，同意将{name}列入本组需求清单，报镇里。",
                  "{cause}。张组长提出{name}一事，大家无异议，会议决定先登记上报。",
                  "{cause}。杨二叔说：“别的都好说，就是{name}没着落。”经研究，拟向上级申请。",
                  "{cause}。议定事项：一、{name}的需求属实，同意上报；二、由网格员跟进落实。",
                  "{cause}。会上对{name}一事争论较多，最后举手表决，同意的占多数，报镇里审核。",
                  "{cause}。与会群众一致认为{name}是当务之急，会议决定由村委会出面对接爱心人士。",
                  "{cause}。记录：{name}（急），经研究同意，待镇里批复后落实。",
                  "{cause}。有人提出{name}可以等开春再说，多数人不同意，会议决定不再暂缓，先行申请。"],
    "negated": ["经讨论，{other}不列入本次申请",
                "{other}一项暂缓，待明年再议",
                "王会计说{other}上月镇里已经发过，不再重复申报",
                "会议否决了添{other}的提议，理由是家里还有能用的",
                "{other}的事已由驻村工作队协调解决，本次不议",
                "有人提议给添{other}，户主当场表示不要",
                "{other}已向亲戚家借到，暂不上报",
                "会上核实，{other}坏了以后已经修好，还能接着用",
                "{other}前年享受过项目，按规定不再重复安排",
                "关于{other}，经研究不予采纳",
                "除{other}一项撤回外，其余事项同意上报",
                "{other}由提出人本人当场撤回",
                "老支书说{other}组里集体仓库还有存货，不必再要",
                "{other}已由在外务工的儿子寄回，记录在案，不再申请",
                "记录更正：上次纪要中所列{other}系误记，予以删除",
                "{other}已在上一次院坝会上议定解决，此处不再重复",
                "{other}报过镇里，答复属重复申报，已销号",
                "{other}经表决认为够用，不列入"],
    "offer_title": ["兹有{donor}谨捐{name}，聊表寸心，特此函告", "{donor}致桑梓父老函：敬献{name}，敬请笑纳",
                    "情系桑梓｜{donor}谨赠{name}", "{donor}捐赠{name}启事（饮水思源，回报桑梓）",
                    "敬告乡亲：{donor}谨备{name}奉送乡里", "{donor}致函村委：愿捐{name}，以尽绵薄",
                    "“一片冰心系故土，满腔热血暖乡亲”——{donor}捐{name}"],
    "offer_title_medical": ["{donor}谨捐{name}，愿乡中老幼康宁", "悬壶济世，泽被桑梓：{donor}敬赠{name}",
                            "{donor}函：谨以{name}奉赠乡里，聊尽绵力"],
    "offer_title_education": ["{donor}捐资助学：谨赠{name}，以励后学", "“耕读传家远，诗书继世长”——{donor}敬赠{name}",
                              "兹有{donor}为桑梓学子谨备{name}，特此函告"],
    "offer_title_housing": ["安居乡里：{donor}谨捐{name}，助修屋宇", "{donor}致函：愿以{name}助乡亲葺屋，敬请笑纳",
                            "广厦之愿，庇我乡邻：{donor}捐{name}"],
    "offer_title_production": ["{donor}谨捐{name}，助乡亲兴业致富", "“春种一粒粟，秋收万颗子”——{donor}捐赠{name}",
                               "兹有{donor}愿供{name}，扶持桑梓产业"],
    "offer_title_consumption": ["{donor}函告：愿以公道价收购乡亲{name}", "以购代捐，共襄义举：{donor}认购{name}",
                                "{donor}启事：长年收购家乡{name}，敬请乡亲周知"],
    "offer_title_infrastructure": ["修桥补路，功在千秋：{donor}捐建{name}", "{donor}捐资兴修{name}，勒石为记",
                                   "兹有{donor}独资捐修{name}，特此函告"],
    "offer_title_employment": ["{donor}函：为桑梓子弟提供{name}", "授人以渔：{donor}开办{name}，欢迎乡亲报名",
                               "{donor}启事：延揽乡中子弟，{name}"],
    "offer_title_finance": ["{donor}谨捐善款设立{name}，特此函告", "乐善好施，扶危济困：{donor}捐资{name}",
                            "{donor}致函：愿捐{name}，聊表寸心"],
    "who": ["石坎村三组", "杨家湾屋场", "马鞍山村", "青杠坪组", "下寨村民小组", "龙井村二组", "岩脚屋场",
            "新田村易地搬迁安置点"],
    "cause": ["时间：11月20日晚7时；地点：组长家院坝；与会：村支书、驻村工作队员及本组群众31人。张组长提出，五保户杨大爷家的情况要先议",
              "与会：村两委全体、网格员、老党员代表。李大爷说他家老伴瘫在床上两年了，儿子在广东打工，顾不上家",
              "主持：村主任王某；记录：村文书。议题一：监测户刘某家因病返贫风险",
              "到会户代表27户。会上，吴婶发言，说去年涝灾以后家里底子薄了",
              "驻村第一书记通报本组摸排情况：留守老人8户、残疾人3人、在校学生11人",
              "会前网格员走访了全组17户，汇总群众反映的问题，逐户过了一遍",
              "屋场会在周家堂屋召开，到会群众二十余人，大家围着火塘发言",
              "会议由组长主持。老支书发言说，搬到安置点的几户人家新房子还空着"],
    "donor": ["旅穗同乡会", "县在外商会", "乡贤陈某某先生", "在沪经商的刘老板", "温州某实业公司（本乡人创办）",
              "旅京同乡联谊会", "某氏宗亲会", "县异地商会联合会", "在深老乡企业家联谊会", "退休回乡的王老先生",
              "成都某建筑公司董事长（本村乡贤）", "旅台乡亲某某"],
}
# The parts blind38 was written after (its checks compare with these only, not with blind37, written at the
# same time by someone else, or with later parts).
_PARTS_BEFORE_BLIND38 = ("tune", "heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind6",
                         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                         "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                         "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28",
                         "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36")


def check_blind38() -> None:
    """Raise SystemExit if blind38 is not what its comment says (``_check_part_after`` tune … blind36)."""
    _check_part_after("blind38", BLIND38_CATALOGUE, BLIND38_BROAD, _PARTS_BEFORE_BLIND38)


def check_blind20() -> None:
    """Raise SystemExit if blind20 is not what its comment says (``_check_part_after`` tune … blind18)."""
    _check_part_after("blind20", BLIND20_CATALOGUE, BLIND20_BROAD, _PARTS_BEFORE_BLIND20)


def check_blind19() -> None:
    """Raise SystemExit if blind19 is not what its comment says (``_check_part_after`` tune … blind18)."""
    _check_part_after("blind19", BLIND19_CATALOGUE, BLIND19_BROAD, _PARTS_BEFORE_BLIND19)


def _unit(item, rng, mass=MASS) -> tuple[str, float]:
    """Return a unit string and its size in the item's base unit (kg for mass, 1 for counts).

    An item's count units are strings (all of size 1) or ``(unit, size)`` pairs such as ``("打", 12.0)``.
    """
    if item[5] is None:
        return rng.choice(mass)
    unit = rng.choice(item[5])
    return unit if isinstance(unit, tuple) else (unit, 1.0)


def _count_units(item) -> list[str]:
    """The stripped names of an item's count units (the units an offer must use to be comparable)."""
    return [(u[0] if isinstance(u, tuple) else u).strip() for u in item[5]]


def generate(part: str, n_needs: int, n_offers: int, seed: int):
    """Return ``(needs, offers, labels)`` as JSON-ready dicts and label lines."""
    rng = random.Random(seed)
    t = TEMPLATES[part]
    catalogue, broad = {"unseen": _unseen_catalogue, "blind2": lambda: (BLIND2_CATALOGUE, BLIND2_BROAD),
                        "blind3": lambda: (BLIND3_CATALOGUE, BLIND3_BROAD),
                        "blind4": lambda: (BLIND4_CATALOGUE, BLIND4_BROAD),
                        "blind5": lambda: (BLIND5_CATALOGUE, BLIND5_BROAD),
                        "blind6": lambda: (BLIND6_CATALOGUE, BLIND6_BROAD),
                        "blind7": lambda: (BLIND7_CATALOGUE, BLIND7_BROAD),
                        "blind8": lambda: (BLIND8_CATALOGUE, BLIND8_BROAD),
                        "blind9": lambda: (BLIND9_CATALOGUE, BLIND9_BROAD),
                        "blind10": lambda: (BLIND10_CATALOGUE, BLIND10_BROAD),
                        "blind11": lambda: (BLIND11_CATALOGUE, BLIND11_BROAD),
                        "blind12": lambda: (BLIND12_CATALOGUE, BLIND12_BROAD),
                        "blind13": lambda: (BLIND13_CATALOGUE, BLIND13_BROAD),
                        "blind14": lambda: (BLIND14_CATALOGUE, BLIND14_BROAD),
                        "blind15": lambda: (BLIND15_CATALOGUE, BLIND15_BROAD),
                        "blind16": lambda: (BLIND16_CATALOGUE, BLIND16_BROAD),
                        "blind17": lambda: (BLIND17_CATALOGUE, BLIND17_BROAD),
                        "blind18": lambda: (BLIND18_CATALOGUE, BLIND18_BROAD),
                        "blind19": lambda: (BLIND19_CATALOGUE, BLIND19_BROAD),
                        "blind20": lambda: (BLIND20_CATALOGUE, BLIND20_BROAD),
                        "blind21": lambda: (BLIND21_CATALOGUE, BLIND21_BROAD),
                        "blind22": lambda: (BLIND22_CATALOGUE, BLIND22_BROAD),
                        "blind23": lambda: (BLIND23_CATALOGUE, BLIND23_BROAD),
                        "blind24": lambda: (BLIND24_CATALOGUE, BLIND24_BROAD),
                        "blind25": lambda: (BLIND25_CATALOGUE, BLIND25_BROAD),
                        "blind26": lambda: (BLIND26_CATALOGUE, BLIND26_BROAD),
                        "blind27": lambda: (BLIND27_CATALOGUE, BLIND27_BROAD),
                        "blind28": lambda: (BLIND28_CATALOGUE, BLIND28_BROAD),
                        "blind29": lambda: (BLIND29_CATALOGUE, BLIND29_BROAD),
                        "blind30": lambda: (BLIND30_CATALOGUE, BLIND30_BROAD),
                        "blind31": lambda: (BLIND31_CATALOGUE, BLIND31_BROAD),
                        "blind32": lambda: (BLIND32_CATALOGUE, BLIND32_BROAD),
                        "blind33": lambda: (BLIND33_CATALOGUE, BLIND33_BROAD),
                        "blind34": lambda: (BLIND34_CATALOGUE, BLIND34_BROAD),
                        "blind35": lambda: (BLIND35_CATALOGUE, BLIND35_BROAD),
                        "blind36": lambda: (BLIND36_CATALOGUE, BLIND36_BROAD),
                        "blind37": lambda: (BLIND37_CATALOGUE, BLIND37_BROAD),
                        "blind38": lambda: (BLIND38_CATALOGUE, BLIND38_BROAD),
                        }.get(part, lambda: (CATALOGUE, BROAD))()
    mass = {"blind3": BLIND3_MASS, "blind4": BLIND4_MASS, "blind5": BLIND5_MASS, "blind6": BLIND6_MASS,
            "blind7": BLIND7_MASS, "blind8": BLIND8_MASS, "blind9": BLIND9_MASS,
            "blind10": BLIND10_MASS, "blind11": BLIND11_MASS,
            "blind12": BLIND12_MASS, "blind13": BLIND13_MASS,
            "blind14": BLIND14_MASS, "blind15": BLIND15_MASS,
            "blind16": BLIND16_MASS,
            "blind17": BLIND17_MASS,
            "blind18": BLIND18_MASS,
            "blind19": BLIND19_MASS,
            "blind20": BLIND20_MASS,
            "blind21": BLIND21_MASS,
            "blind22": BLIND22_MASS,
            "blind23": BLIND23_MASS,
            "blind24": BLIND24_MASS,
            "blind25": BLIND25_MASS,
            "blind26": BLIND26_MASS,
            "blind27": BLIND27_MASS,
            "blind28": BLIND28_MASS,
            "blind29": BLIND29_MASS,
            "blind30": BLIND30_MASS,
            "blind31": BLIND31_MASS,
            "blind32": BLIND32_MASS,
            "blind33": BLIND33_MASS,
            "blind34": BLIND34_MASS,
            "blind35": BLIND35_MASS,
            "blind36": BLIND36_MASS,
            "blind37": BLIND37_MASS,
            "blind38": BLIND38_MASS}.get(part, MASS)
    # An offer of a mass item in a pack of unknown weight (not comparable with the need's weight).
    pack = {"blind3": "袋", "blind4": "箱", "blind5": "包", "blind6": "筐", "blind7": "麻袋", "blind8": "件",
            "blind9": "盒", "blind10": "车", "blind11": "礼盒", "blind12": "箩",
            "blind13": "托", "blind14": "单", "blind15": "驮", "blind16": "柜",
            "blind17": "份",
            "blind18": "批次",
            "blind19": "提",
            "blind20": "提",
            "blind21": "批",
            "blind22": "编织袋",
            "blind23": "蛇皮袋",
            "blind24": "包裹",
            "blind25": "背篓",
            "blind26": "车皮",
            "blind27": "件",
            "blind28": "口袋",
            "blind29": "箱",
            "blind30": "援助包",
            "blind31": "慰问包",
            "blind32": "爱心箱",
            "blind33": "兜",
            "blind34": "物资包",
            "blind35": "福袋",
            "blind36": "福袋",
            "blind37": "健康包",
            "blind38": "挑"}.get(part)
    by_key = {c[0]: c for c in catalogue}
    # A part may have its own voice: who files, why, which donors, and 「规格：…」 lines for sized items.
    who, cause, donor = t.get("who", WHO), t.get("cause", CAUSE), t.get("donor", DONOR)
    specs = t.get("specs", {})
    needs, need_meta = [], []
    for i in range(n_needs):
        item = rng.choice(catalogue)
        name = rng.choice(item[3])
        unit, size = _unit(item, rng, mass)
        lo, hi = item[6]
        qty = rng.randint(lo, hi)
        # Mass needs: a quantity stated in the chosen unit; their amount in kg.
        if item[5] is None:
            qty = max(1, round(qty / size / 2) * 2) if size < 1 else qty
            if size > 1:  # 吨 (blind3), 担 (blind7): whole units
                qty = max(1, round(qty / size))
        elif size != 1:  # a count unit of another size (打, 令, 对, 毫升 ...): the amount in that unit
            qty = max(1, round(qty / size))
        desc = rng.choice(t["need_desc"]).format(cause=rng.choice(cause), name=name)
        if item[0] in specs:
            desc += f"规格：{rng.choice(specs[item[0]])}。"
        if rng.random() < 0.5:
            # A mention of another item of the same category that is not asked for.
            others = ([c for c in catalogue if c[1] == item[1] and c[0] != item[0]]
                      or [c for c in catalogue if c[0] != item[0]])
            other = rng.choice(others)
            phrase = rng.choice(t["negated"]).format(other=rng.choice(other[3]), name=name)
            desc = phrase + "，" + desc if rng.random() < 0.5 else desc + phrase + "。"
        region = rng.choice(COUNTIES) + ("" if rng.random() < 0.5 else f"{rng.randint(100, 120):03d}")
        urgency = rng.choice([1, 1, 2, 3])
        deadline = (TODAY + dt.timedelta(days=rng.randint(5, 120))).isoformat() if rng.random() < 0.5 else None
        needs.append({"id": f"n{i}", "title": rng.choice(t["need_title"]).format(who=rng.choice(who), name=name),
                      "description": desc, "category": item[1], "kind": item[2], "quantity": qty,
                      "unit": unit, "region": region, "beneficiary": f"h{i // 2}", "urgency": urgency,
                      "deadline": deadline, "created": "2026-11-01", "times_helped": rng.choice([0, 0, 1, 2, 3])})
        need_meta.append((item[0], qty * size))
    offers, offer_meta = [], []
    for j in range(n_offers):
        if rng.random() < 0.15:
            key, cat, names, covered, units = rng.choice(broad)
            name, unit, size, items = rng.choice(names), rng.choice(units), 1.0, set(covered)
            kind = by_key[covered[0]][2]
        else:
            item = rng.choice(catalogue)
            name, cat, kind, items = rng.choice(item[4]), item[1], item[2], {item[0]}
            unit, size = _unit(item, rng, mass)
            if pack and item[5] is None and rng.random() < 0.15:
                unit = pack
        qty = rng.choice([1, 2, 5, 10, 20, 50, 100, 500, 1000, 3000])
        regions = rng.choice([[], [], ["52"], ["62"], [rng.choice(COUNTIES)], ["5205", "6205"]])
        title = rng.choice(t.get("offer_title_" + cat, t["offer_title"])).format(donor=rng.choice(donor), name=name)
        offers.append({"id": f"o{j}", "title": title,
                       "description": "", "categories": [cat], "kind": kind, "quantity": qty, "unit": unit,
                       "regions": regions, "donor_region": rng.choice(DONOR_REGIONS), "valid_until": None})
        offer_meta.append((items, qty * size, unit))
    labels = []
    for j, o in enumerate(offers):
        items, amount, o_unit = offer_meta[j]
        for i, n in enumerate(needs):
            if n["category"] not in o["categories"] or n["kind"] != o["kind"]:
                continue
            if o["regions"] and not any(n["region"].startswith(r) for r in o["regions"]):
                continue
            key, need_amount = need_meta[i]
            if key in items:
                comparable = ((by_key[key][5] is None and o_unit != pack)
                              or (by_key[key][5] is not None and o_unit.strip() in _count_units(by_key[key])))
                covers = comparable and amount >= need_amount
                rel = 3 if covers and (n["urgency"] == 3 or n["times_helped"] <= 1) else 2
            else:
                donor = o["donor_region"]
                tie = bool(o["regions"]) or (donor is not None and donor[:2] == n["region"][:2])
                rel = 1 if tie else 0
            if rel:
                labels.append({"offer": o["id"], "need": n["id"], "relevance": rel})
    return needs, offers, labels


SEEDS = {"tune": 13, "heldout": 1313, "unseen": 131313, "blind2": 272727, "blind3": 393939, "blind4": 484848,
         "blind5": 595959, "blind6": 696969, "blind7": 797979, "blind8": 898989, "blind9": 919191,
         "blind10": 101010, "blind11": 111111, "blind12": 121212, "blind13": 131313,
         "blind14": 141414, "blind15": 151515,
         "blind16": 161616,
         "blind17": 171717,
         "blind18": 181818,
         "blind19": 191919,
         "blind20": 202020,
         "blind21": 212121,
         "blind22": 222222,
         "blind23": 232323,
         "blind24": 242424,
         "blind25": 252525,
         "blind26": 262626,
         "blind27": 270270,
         "blind28": 282828,
         "blind29": 292929,
         "blind30": 303030,
         "blind31": 313131,
         "blind32": 323232,
         "blind33": 333333,
         "blind34": 343434,
         "blind35": 353535,
         "blind36": 363636,
         "blind37": 373737,
         "blind38": 383838}


def main(argv=None) -> int:
    """Write both parts."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--needs", type=int, default=800)
    p.add_argument("--offers", type=int, default=120)
    p.add_argument("--part", action="append", choices=sorted(SEEDS),
                   help="write only this part (repeatable); all parts by default")
    args = p.parse_args(argv)
    parts = args.part or list(SEEDS)
    # The lexicon guards hold when a part is first written: later rounds analyse a part and teach the
    # lexicon its names (blind5 in round 5, blind6 in round 6), after which rewriting its (identical)
    # files must not fail on them. The checks against the other parts' catalogues always run.
    first = {part: not (OUT / part / "labels.jsonl").exists() for part in parts}
    if "unseen" in parts and first["unseen"]:
        check_unseen()
    if "blind5" in parts:
        check_blind5(lexicon=first["blind5"])
    if "blind6" in parts:
        check_blind6(lexicon=first["blind6"])
    if "blind7" in parts:
        check_blind7()
    if "blind8" in parts:
        check_blind8()
    if "blind9" in parts:
        check_blind9()
    if "blind10" in parts:
        check_blind10()
    if "blind11" in parts:
        check_blind11()
    if "blind12" in parts:
        check_blind12()
    if "blind13" in parts:
        check_blind13()
    if "blind14" in parts:
        check_blind14()
    if "blind15" in parts:
        check_blind15()
    if "blind16" in parts:
        check_blind16()
    if "blind17" in parts:
        check_blind17()
    if "blind18" in parts:
        check_blind18()
    if "blind19" in parts:
        check_blind19()
    if "blind20" in parts:
        check_blind20()
    if "blind21" in parts:
        check_blind21()
    if "blind22" in parts:
        check_blind22()
    if "blind23" in parts:
        check_blind23()
    if "blind24" in parts:
        check_blind24()
    if "blind25" in parts:
        check_blind25()
    if "blind26" in parts:
        check_blind26()
    if "blind27" in parts:
        check_blind27()
    if "blind28" in parts:
        check_blind28()
    if "blind29" in parts:
        check_blind29()
    if "blind30" in parts:
        check_blind30()
    if "blind31" in parts:
        check_blind31()
    if "blind32" in parts:
        check_blind32()
    if "blind33" in parts:
        check_blind33()
    if "blind34" in parts:
        check_blind34()
    if "blind35" in parts:
        check_blind35()
    if "blind36" in parts:
        check_blind36()
    if "blind37" in parts:
        check_blind37()
    if "blind38" in parts:
        check_blind38()
    for part in parts:
        seed = SEEDS[part]
        needs, offers, labels = generate(part, args.needs, args.offers, seed)
        d = OUT / part
        d.mkdir(parents=True, exist_ok=True)
        for name, rows in (("needs", needs), ("offers", offers), ("labels", labels)):
            with open(d / f"{name}.jsonl", "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        print(part, len(needs), "needs", len(offers), "offers", len(labels), "labels")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
