"""Know what a need or an offer is about: the item lexicon and item extraction with negation.

The lexicon (``matching/data/lexicon.tsv``, plus any files an office adds) holds *concepts*: a label
(棉被), its category, its other names (被子, 棉絮 ...), broader concepts (棉被 → 床上用品 → 生活物资)
and the units it is counted in (床 / 条 / 件). File format, one concept a line, tab-separated::

    category <TAB> names ("/"-separated, first = label) <TAB> broader labels ("/") <TAB> units ("/") [<TAB> kind]

Lines starting with ``#`` are comments. A line whose label is already known adds its names, broader
links and units to that concept, so an office can teach the matcher a regional name without code.
The optional fifth column, *kind*, is empty for a class whose children are kinds of one thing (冬衣:
棉衣, 羽绒服) or ``group`` for a programme or bundle group that covers items of different kinds
(庭院经济物资: 果苗, 禽苗): a group's offer covers its children's needs like any broader concept, but its
children are not siblings of one another through it (:meth:`Lexicon.siblings`). The built-in groups
are flagged in ``matching/data/groups.tsv`` (re-declaration lines); an office flags one the same way.

Names come from the lexicon's files (built-in and offices'), and, below them, the synonym groups of
the Cilin thesaurus (同义词词林扩展版, :func:`cilin_groups`) under the rule of :func:`_thesaurus_names`
and those of cnsyn (:mod:`matching.thesaurus`) under a stricter rule. A Cilin group no concept claims is an item of its own (:func:`_group_items`),
with ids after the lexicon's concepts (:meth:`Lexicon.is_group_item`).

Extraction (:meth:`Lexicon.extract`) finds the items a text *asks for*. The text is folded (NFKC,
lower case) and cut into clauses at punctuation and at turns such as 但 / 还需要 / 今年; a segment that
holds a negation cue (the cue lexicon below: not wanted, enough, solved, a give-verb with a completed
aspect or after 已 / a past time; blockers such as 没 / 从未 keep shortages) is dropped whole:

* already received: 「去年已领到棉被」, 「领过」, 「X上个月刚送到」, 「X村里统一配过了」
* not wanted now: 「棉被暂时不缺」, 「暂不需要X」, 「X就不必了」, 「够用了」
* solved: 「吃水的问题已经解决」
* excluded: 「除了棉被，还缺棉衣」 (what follows 除了 up to the turn), 「棉被除外」

A single-character name (床) right after a numeral is a measure word (「两床棉被」), not a mention.
Since round 8 an office's formal frame is a cue too (「X已纳入其他项目解决」「X需求已销号」「X由帮扶单位另行
解决」「X不在本次申请范围内」「不含X」), names inside a donor's or beneficiary's name are not mentions
(「建材贸易公司」, :func:`org_spans`), and a name joins the broad name after it into the narrower item
they name together (「挖机驾驶技能培训」 → 挖掘机培训).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import AbstractSet, Iterable, Sequence

from pypinyin import lazy_pinyin
from search.analysis import dictionary_cut, dictionary_word

from .exceptions import InvalidRecord
from .records import CATEGORIES
from .regex_guard import guard_branches
from .thesaurus import cnsyn_groups, cnsyn_names
from .thesaurus import fold_word as _fold
from .units import COUNT, Unit, count_unit, fold_unit, normalise_unit

__all__ = [
    "Concept",
    "Extraction",
    "ItemMatch",
    "Lexicon",
    "default_lexicon",
    "read_lexicon_rows",
]

# Levels of item agreement between a need's concept and an offer's concepts, best last.
SIBLING, NARROWER_OFFER, COVERS, EXACT = 1, 2, 3, 4
#: Feature value of each level: the offer names the item itself (1.0) or a broader concept covering
#: it (0.9: a 学习用品 offer covers a 铅笔 need); the offer is one kind of what the need names broadly
#: (0.6); both are kinds of one concept (0.3: 棉衣 and 羽绒服).
LEVEL_VALUE = (0.0, 0.3, 0.6, 0.9, 1.0)

_NUMERAL = set("0123456789一二两三四五六七八九十百千万几多半")
_CLAUSE = re.compile(r"[，,。；;！!？?\n\r\t、]?[，,。；;！!？?\n\r]+|\s{2,}")
# Turns where a new request may start: split *before* these.
# (冇 / 唔 / 毋 / 勿 + 需要, round 11, are regional 没有需要 / 不需要: no turn.)
_TURN = re.compile(
    r"(?=但是|但|可是|不过|然而|只是|而是|另外|此外|同时"
    r"|还(?!缺不缺|要不要|需不需要|想不想)(?:需|要|缺|差|想|希望|盼)|仍(?:需|缺|差)|(?<!不)(?<!不是)急需|(?<![不无没太么大冇唔毋勿])(?<!没有)(?<!没什么)(?<!不再)需要(?!吗|不需要)|希望(?!工程|小学)|(?<!不)想要|盼望|恳请|请求"
    # (Round 21: not the 希望 of 希望工程 · 希望小学, a programme's or a school's name: 「X已由希望工程资助」 is one clause.)
    # Round 14: what matters after a thing one can do without (「没有X也没关系 主要是Y」).
    r"|主要是|最主要|主要(?:缺|要|需)"
    # 缺 after a status (review of round 11: 「低保已取消缺棉被」「房屋已完工缺家具」 ask for what is short;
    # not 不缺 · 原缺 · 之前缺 · 一直缺 (a past shortage is read whole), nor 缺口 · 缺额 · 缺少了).
    r"|(?<=[\u4e00-\u9fff])(?<![不没无原前先直也是还仍短欠稀紧少唔勿毋冇莫太空残或])缺(?![口额数]|不缺)"
    # (Round 21: nor one after 不是 — 「X倒不是眼下的难处」 is one statement about X.)
    r"|(?<![于在至到])(?<!不是)(?:今年|现在|目前|如今|眼下))"  # 「已于今年上半年发放」: a time of the clause, no turn
)

# --- the negation cue lexicon (docs/matching.md, "Negation: cues and their scope") -----------------
# Scope rule: a clause is cut at punctuation and at turns (_TURN); a segment holding a cue asks for
# none of the items it names, wherever in the segment the item stands (「不缺X」, 「X不缺」). The cues
# are words of four kinds, and verb cues are built from a verb list and an aspect list rather than
# written phrase by phrase.
#: Not wanted now.
UNWANTED_CUES = ("不缺", "不需", "无需", "不用", "不必", "不要了", "先不要", "不想要", "不考虑", "不再需", "不再缺",
                 "不愁", "暂不", "暂时不", "暂且不", "用不上", "用不着", "不太需要", "不怎么需要", "不大需要",
                 "没有需要", "没什么需要", "没需要", "不稀罕", "犯不着", "没必要", "用不了", "免了", "不用操心",
                 "不必操心", "不是很缺", "不太缺", "不怎么缺", "不紧缺", "不急需", "不差", "用不完", "吃不完",
                 "穿不完", "多得很", "多的是",
                 # Round 10: not asked for this time (「X这次先不报」「本次不申请X」), or a group chat's
                 # note that it is covered (「X大家别重复捐」).
                 "不申报", "不申请", "别重复", "勿重复", "不要重复",
                 # Round 11, a ledger's status cell (「X项：无需求」「X—不需」).
                 "无需求", "没有需求", "不需求",
                 # Round 11 (general knowledge, docs "Cue families from general knowledge"): other
                 # spellings of 无需 (无须 / 不须), no need stated as a ledger's or a form's words (无此需求,
                 # 暂无需求, 没有需求), postponed (暂缓), not worried about (不发愁 / 不犯愁 / 不操心), not
                 # scarce (不稀缺 / 不短缺 / 不匮乏 / 不紧张), and a group chat's "stop sending it"
                 # (别再捐 / 不要再送 …: 别 / 不要 / 勿 + 再 + a verb of giving; not a bare 别: 特别备注).
                 "无须", "不须", "无需求", "无此需求", "暂无需求", "暂无需要", "没有需求", "没需求", "不再申报",
                 "不再申请", "不再要了", "暂缓", "不发愁", "不犯愁", "不操心", "不费心", "不稀缺", "不短缺",
                 "不匮乏", "不紧张", "用不到", "烧不完", "使不完", "用处不大", "没什么用", "谢绝",
                 *(f"{stop}{verb}" for stop in ("别再", "不要再", "勿再") for verb in ("捐", "送", "寄", "买", "发", "备")),
                 # Round 13 (general knowledge, docs "Round 13: constructions from general knowledge"): a plain
                 # writer's declining (「X就不麻烦大家了」「X就算了」「X婉拒了」), not urgent (「X不是急需」「X不着急」),
                 # not planned (「X不打算申请」「X没打算要」), not liked (「X用不惯」「X不习惯用」) and not essential
                 # (「X不是必需」「X可有可无」).
                 "不麻烦", "就算了", "婉拒", "不是急需", "不是很急", "不着急", "不急着", "不打算", "没打算", "用不惯",
                 "不习惯用", "不是必需", "不是刚需", "可有可无",
                 # Round 20 (blind31 analysed): a speaker's taken-back word (「X说错了」; :func:`_spoken_repairs`
                 # writes every repair so).
                 "说错了",
                 # Round 14 (blind20): doing without it is fine (「没有X也没关系，主要是Y」「莫得X也没得关系」 —
                 # 没得 reads 没有 — 「X没有也不要紧」); the 主要是 after it is a turn (:data:`_TURN`).
                 "也没关系", "也没有关系", "也不要紧", "也无所谓", "也没事",
                 # Round 15 (blind22 analysed): a northern household's not taking to a thing, as families — a
                 # verb of use + 不惯 (「X穿不惯」「X老人使不惯」; round 13 had 用不惯 alone), 使 for 用 in 用不上 /
                 # 用不着 / 用不了 (「X使不上」), not fond of it (「X孩子不爱穿」「X娃不待见」), 不咋 (read 不怎么) + a
                 # verb of use (「X不咋用」); 多了去了 (more than enough) is :data:`_NORTHERN_PLENTY`.
                 *(f"{use}不惯" for use in "穿吃使戴盖睡住喝烧骑"), "使不上", "使不着", "使不了",
                 *(f"不爱{use}" for use in "用穿吃戴使盖"), "不待见",
                 *(f"不怎么{use}" for use in "用穿吃戴使盖烧"))
#: Enough or in place already.
ENOUGH_CUES = ("有了", "齐全", "充足", "已齐", "管够", "够用", "够了", "不成问题", "不是问题", "没问题",
               "到位了", "落实了", "富余", "有剩余", "有多余", "还有不少", "还有很多", "还有好多", "还剩", "到手",
               "够使", "够穿", "够盖", "够吃", "够烧", "没有问题", "没什么问题", "不存在问题", "有保障", "已保障",
               "保障到位", "没用完", "没吃完", "没穿完", "没烧完",
               # Round 10: had, spoken (「X有着呢」「X多着呢」「X有的是」), and still usable (「X还是好的」
               # 「X将就能用」「X凑合着用」): not asked for.
               "有着呢", "多着呢", "够着呢", "有的是", "还是好的", "还好好的", "将就能用", "将就着用",
               "凑合能用", "凑合着用", "还能用", "还能使",
               # Round 17 (blind18's had): enough, said with 的 (「X家里都够的」; 「X是够的」 begins after 是, see
               # _IS_ENOUGH); 不够的 keeps the guard before the family.
               "都够的", "也够的", "还够的",
               # Round 11, northern plain words of having plenty (「X俺家有哩」「X多着哩」; 老些 and 老鼻子
               # are read as 好多 by DIALECT_WORDS: 「X搁家还有老些呢」).
               "有哩", "多着哩", "有着哩", "多哩", "不老少",
               # Round 11 (general knowledge): enough of it (绰绰有余, 够多了; 足够了 holds 够了; not 用不过来:
               # 不过 is a turn), gathered (凑齐了 / 凑够了; a bare 凑齐 is often a wish), kept at home (还存着,
               # 囤着呢, 有现成的), 够 + a verb of use (够喝 / 够住 / 够花), still usable (还好使 / 还中用 /
               # 不影响使用 / 还过得去), fine (问题不大, 不是事 / 不算事 / 不叫事, 没毛病), and a parcel come
               # (到货了). Not a bare 有呢 (「需要有呢子面的」), nor 老鼻子 / 在路上了 / 心领了: 老 · 路 · 心 are
               # frequent, and every position on a cue's first character tries the whole alternation.
               "绰绰有余", "够多了", "够多的了", "够够的",
               "凑齐了", "凑够了", "充裕", "还存着", "存着呢", "还存有", "囤着呢", "还囤着",
               "有现成的", "够喝", "够住", "够花", "够养", "还好使", "挺好使", "还中用", "还能将就",
               "不影响使用", "不影响用", "还过得去", "问题不大", "不是事", "不算事", "不叫事", "不是个事",
               "不算个事", "没毛病", "没什么毛病", "到货了", "宽裕", "够数", "不老少", "有得是", "多得是",
               # 有得 / 有的 + a verb of use (「X有得穿」「X有的用」; 没有得吃 is blocked by 没).
               *(f"有得{use}" for use in "用穿吃盖烧住使"),
               # Round 13 (general knowledge): still new (「X还新着呢」; 「X是新的」 is :data:`_STILL_NEW`'s since round
               # 22), still making do (「X还能凑合」「X还凑合」; not a bare 凑合: 「只能凑合过冬」 asks), all in place
               # (「其他都齐了」「都齐全」).
               "还新着", "还挺新", "还能凑合", "还凑合", "都齐了", "都备齐了",
               # Round 14 (blind19 analysed): still in use (「X去年领的还在用」「旧X一直在用」).
               "还在用", "仍在用", "一直在用", "还在使用", "仍在使用",
               # Round 15 (blind22 analysed): still fine, northern (「X好着呢」「X还好着哩」: 哩 reads 着呢;
               # 「X有老鼻子了」: 老鼻子 / 老多 read 好多).
               "好着呢", "有好多了")
#: Still usable, as a family (round 14, blind19 analysed): 还 / 仍 / 照样 + can (能 · 能够 · 可以 · 可) + go on
#: (接着 · 继续 · 再 · 照常 · 照样) + a verb of use — 「X还能继续穿」「X仍可继续使用」「X照样能穿」 — and a repair
#: that makes it do (「X修修就能用」「X补补就能穿」「X修好了可以接着用」). Not a wish (「还能用上X」: 上 · 到 after the
#: verb), not 还不能用 (the 不 breaks the run).
_STILL_USABLE = (r"(?:还|仍|仍然|照样|照常)(?:能够?|可以|可)(?:接着|继续|再|照常|照样)?(?:使用|用|使|穿|盖|戴|住|烧|骑|开)(?![上到])"
                 r"|(?:还|仍|照样)(?:接着|继续)(?:使用|用|使|穿|盖|戴|住|烧|骑|开)(?![上到])"
                 r"|(?:修一修|修修|修一下|修好了?|补一补|补补|补好了?)(?:就|也|还)?(?:能够?|可以)"
                 r"(?:接着|继续|再)?(?:使用|用|使|穿|盖|戴|住|烧|骑|开)(?![上到])")
#: Out of this application's scope, in plain words (round 14, blind19 analysed): not in / not counted in / not
#: part of this time's (这次 · 这回 · 本次 · 此次 · 这批 · 今年的) application, request or list — 「X不在这回」
#: 「X不算在这回的需求里」「X不在这批名单内」 (「X这次不报」 is 不报 already). Round 8's 「不在本次」「不在…范围」 are its office forms.
_OUT_OF_SCOPE = (r"不(?:在|算在?|放在|列在|属于|包括在|包含在)(?:这|本|此|今)(?:次|回|批|轮|年)"
                 r"|不(?:在|算在?|放在|列在|包括在)[^，,。；;]{0,8}(?:申请|申报|需求|清单|名单|计划)(?:里|内|中|之内|之中|之列|当中)")
#: Declined in a northern household's words, as families (round 15, blind22 analysed): someone forbids or
#: refuses asking (不让 · 不叫 · 不许 · 不准 · 不肯 · 不愿(意) · 死活不 · 说啥也不 · 咋也不 · 打死也不 + 要 · 买 ·
#: 领 · 申请 · 报 · 拿 · 收: 「老人死活不让要X」「X孩子不肯要」), a thing disliked for its looks or taste (嫌 … 磕碜 ·
#: 寒碜 · 难看 · 丑 · 土 · 老气 · 难吃 · 过时 · 丢人: 「孩子嫌X磕碜，说啥也不要」 — not 嫌 … 小 / 旧 / 薄, a reason for a
#: new one), the rhetorical "what for" (「X要它干啥」「X稀罕啥」), making do (凑合 · 将就 · 对付 (着) + a verb of
#: use, 还能对付; not after 只能 · 只好 · 只得: 「只能凑合着用」 asks), and 还中 · 还行 closing a clause (中原 / 华北
#: "still fine").
#: Round 21 (round 20's leftovers: 「轮椅太旧了，老人不肯坐」): the verbs of using a thing are one family,
#: :data:`_USE_VERBS` (用 · 使 · 穿 · 戴 · 吃 · 喝 · 盖 · 坐 · 骑 · 睡 · 住 · 烧 · 装 · 拄 · 背 · 垫), and a refusal takes
#: any of them; 不 + such a verb + 了 closing the clause is a use given up — 「轮椅不坐了」「老花镜不戴了」「那个拐杖
#: 不拄了」 (「不坐轮椅出不了门」 asks: no 了 closes it).
_USE_VERBS = "用使穿戴吃喝盖坐骑睡住烧装拄背垫"
#: A new one asked for right after the use given up, past a pause (review of round 21: 「书包不背了 要个新的」「那个棉袄
#: 不穿了 想要件新的」): the old one is put away because a new one is wanted, so 不 + verb + 了 is no cue there.
_NEW_WANTED_AFTER = (r"[，,\s]*(?:还|也|又)?(?:想|要|需要|希望|盼|得)(?:换|要|买|添)?(?:个|一个|一?[床台件张辆把口只条双副套])?"
                     r"(?:新|大|厚|结实|暖和)")
_NORTHERN_DECLINE = (r"(?:不让|不叫|不许|不准|不肯|不愿意?|死活不让?|说啥也不|说什么也不|咋也不|怎么也不|打死也不)"
                     rf"(?:要|买|领|申请|报(?!销)|拿|收|[{_USE_VERBS}])"  # (用 … 装: round 19, 「爷爷嫌X费电不肯用」)
                     rf"|不[{_USE_VERBS}]了(?=$|[，,。；;！!？?\s])(?!{_NEW_WANTED_AFTER})"
                     r"|(?<!不)嫌[^，,。；;！!？?]{0,10}?(?:磕碜|寒碜|难看|丑|土气|老土|土(?=$|[，,。；;！!？?\s了])|老气|不好看|难吃|"
                     r"不好吃|不时兴|过时|丢人|掉价|不体面)"
                     r"|(?:要|买|领|整)(?:它|那|那个|这个|这)?(?:干啥|干嘛|做啥|有啥用)|稀罕(?:啥|什么)"
                     r"|(?<!只能)(?<!只好)(?<!只得)(?:凑合|将就|对付)着?(?:用|使|穿|盖|烧|住|戴)(?![了过])|还能对付"
                     r"|还(?:中|行)(?=$|[，,。；;！!？?\s呢了])")
#: A refusal told in the segment after the thing (round 20): 「老人嫌X太重，死活不肯戴」「X放在柜子里，奶奶说啥也不用」 — a
#: statement naming X and asking nothing (``said`` in :meth:`Lexicon._extract`), then a short segment naming nothing
#: whose cue (:data:`_NEGATION`) is someone's refusal to use it: 不肯 · 不愿 · 死活不 · 说啥也不 … or a 嫌 of
#: :data:`_NORTHERN_DECLINE`, a complaint segment (:data:`_COMPLAINT`) allowed between. The thing is had and not used;
#: a request in the first segment (「想要X，他嫌丑不用」 is no statement) keeps it asked.
_REFUSED_NEXT = re.compile(r"不肯|不愿|死活不|说啥也不|说什么也不|咋也不|怎么也不|打死也不|嫌")
#: A receipt told in the segment after the thing (round 21): the same statement (``said``), then a short segment
#: naming nothing that is all a receipt — 已经 · 早就 · 早已 · 已 + 领 · 发 · 给 · 送 · 买 · 有 · 到 (+ 过) (+ 了):
#: 「X上次群里登记过了，已经领了」「X村里统计过，早就发了」. The thing was got; a segment with more in it
#: (「已经领了新的」「已经领了一半」) is no such answer.
_HAD_NEXT = re.compile(r"(?:已经|早就|早已|已)(?:领|发|给|送|买|有|到)(?:过)?了?")
#: A complaint between the statement and the refusal (「她嫌太吵」「老人嫌沉」: who, at most three characters, then 嫌)
#: keeps the statement for the refusal after it.
_COMPLAINT = re.compile(r"[^，,。；;！!？?\s]{0,3}?嫌")
#: More than enough, northern (round 15, blind22 analysed): 「X家里多了去了」 — not of troubles or costs (review of
#: round 15: 「急需X，难处多了去了」 asks).
#: Making do with an old one (round 16, blind23 analysed): 靠 · 用 · 拿 (+ a count) + 旧 + the thing + 将就 · 凑合 ·
#: 对付 or a makeshift use (装 · 盛 · 接 · 垫 · 挡 · 顶 · 当) — 「平时就靠一个旧X将就着」「拿旧X接雨水」「用个旧X装水」: the
#: old thing is the situation, not the request (a new one wanted is :data:`_STILL_WANTED`: 想换 · 换新 · 坏了 …).
#: Not 只能 / 只好 / 只得 + making do (「旧X只能将就着用」 asks).
_MAKING_DO = (r"(?:(?<=[靠用拿])|(?<=[靠用拿][个台张床件辆把口只条])|(?<=[靠用拿][一两][个台张床件辆把口只条]))"
              r"旧的?[^，,。；;！!？?]{1,12}?(?<!只能)(?<!只好)(?<!只得)(?:将就|凑合|对付|装|盛|接|垫|挡|顶|当)")
#: What the old thing stands in for (review of round 16): 「孩子用旧纸箱当书桌」「拿旧棉絮当被子」 — the name after 当 ·
#: 顶 is the lack (:func:`_run_on_cuts` cuts the segment there).
_MAKING_DO_AS = re.compile(_MAKING_DO + r"(?<=[当顶])")
_NORTHERN_PLENTY = r"(?<!难处)(?<!困难)(?<!问题)(?<!麻烦)(?<!难事)(?<!毛病)(?<!开销)(?<!花销)(?<!事儿)多了去了"
#: A register's (建档立卡 / 帮扶台账) closing words, as families (round 15, blind21 analysed). Each is a status an
#: office writes beside an item it does not ask for this time:
#:
#: * kept off this request (:data:`_NOT_LISTED`): 不 / 不再 / 暂不 / 无需 / 不予 + 列入 · 纳入 · 计入 · 列为 + (本次 · 此次 ·
#:   今年 · 本年度)? + the request's own list (需求 · 申报 · 申请 · 清单 · 名单 · 帮扶 · 计划) — 「X不纳入本次申报」
#:   「X不再列入帮扶需求」. Not 未 / 没: 「X未纳入保障，需解决」 asks (not yet covered);
#: * had, in a register's words: 已 (经) + 具备 · 具有 · 拥有 · 配齐 · 备齐 — 「X经核实已具备」 — not of a condition or a
#:   right (「已具备申报条件，申请X」 asks for X);
#: * a project completed and accepted (:data:`_COMPLETED`): 通过验收 · 验收合格 · 验收通过 · 竣工验收 (not after
#:   希望 / 争取 / 确保 / 尽快 / 未 …), and a past time + (已)? + a ledger's status (「X上年度完工」
#:   「X去年纳入」);
#: * declined in person (:data:`_DECLINED`): 表示 · 明确 · 声明 · 坚持 · 自愿 · 主动 · 本人 + 不要 · 放弃 · 拒绝 · 拒领 ·
#:   不愿要 — 「户主明确表示不要X」「本人自愿放弃X」 (a bare 不要 before a name is an imperative: 「不要把X弄丢」);
#: * provided by another body (:data:`_OTHER_BODY`): 由 + up to 12 characters + 兜底 · 保障 · 负责 · 解决 · 承担 ·
#:   落实 · 统筹 · 配发 · 发放 · 提供 — 「X由民政部门兜底保障」 — without 已 (round 8's 已由 … 解决 had it); not
#:   after a request (「希望由村里解决X」「请由…」「建议由…」);
#: * no double filing (:data:`_NO_DOUBLE`): 不 · 不得 · 不予 · 无需 · 避免 · 不再 · 勿 + 重复 + 申报 · 申请 · 享受 · 领取 ·
#:   发放 · 列入 · 纳入 · 救助 — 「本次不重复申报」「避免重复享受」.
_REQUEST_LISTS = "(?:需求|申报|申请|清单|名单|帮扶|计划)"
_NOT_LISTED = (rf"(?<![未没])(?:不再|暂不|无需|不予|不)(?:列入|纳入|计入|列为)(?:本次|此次|这次|今年|本年度|本年|本期)?"
               rf"(?:的)?{_REQUEST_LISTS}")
_HAD_FORMAL = r"已(?:经)?(?:具备|具有|拥有|配齐|备齐)(?![^，,。；;]{0,8}(?:条件|资格|能力|基础))"
# (The lookbehinds keep the cues' first characters few: 验 · 竣 · 不 · 放 · 拒; see _CUE_STARTS.)
_COMPLETED = (r"(?:(?<=通过)(?<!希望通过)(?<!争取通过)(?<!确保通过)(?<!尽快通过)(?<!力争通过)(?<![未没需待能]通过)验收"
              r"|(?<![未没不待需经])验收(?:合格|通过)|(?<![待需])竣工验收)(?![后才再])")
_DECLINED = (r"(?:(?<=表示)|(?<=明确)|(?<=声明)|(?<=坚持)|(?<=自愿)|(?<=主动)|(?<=本人))"
             r"(?:不要|放弃|拒绝|拒领|不愿意要|不愿要)")
_OTHER_BODY = (r"(?<![望请需议求要否拟可能理事缘自经因])(?<!申请)由(?![于此衷])[^，,。；;！!？?]{1,12}?"
               r"(?:兜底|保障|负责|解决|承担|落实|统筹|配发|发放|提供)(?=$|[，,。；;！!？?\s）)】]|了|到位|保障|解决|安排)")
_NO_DOUBLE = (r"(?:不得|不予|无需|避免|不再|不|勿)重复(?:申报|申请|享受|领取|发放|列入|纳入|救助|登记)")
#: A register's struck-off line, as families (round 18, blind27 analysed: a 扶贫办 clerk's 台账 typed in bulk):
#:
#: * struck off (:data:`_STRUCK_OFF`): 核减 · 剔除 · 删除 · 删去 + the item — 「核减X（重复申报）」「剔除X」 — and a
#:   bracketed duplicate mark (「X（重复申报）」「X(重复登记)」); not 核减后 · 删除后 (「核减后仍缺X」 asks for X);
#: * not eligible (:data:`_NOT_ELIGIBLE`): 不符合 · 不满足 + (申报 · 申请 · 救助 · 补助 · 享受 · 政策 …)? + 条件 · 资格 ·
#:   政策, and 不属于 + up to six characters + 对象 · 范围 — 「X经核实不符合申报条件」「X不属于本次救助对象」; a thing
#:   below a standard (「住房不符合安全标准」) is no such line and asks.
_STRUCK_OFF = r"(?:核减|剔除|删除|删去)(?![后了]|之后|以后)|[(（]重复(?:申报|申请|登记|录入|填报)[)）]"
_NOT_ELIGIBLE = (r"不(?:符合|满足)[^，,。；;！!？?\s]{0,4}?(?:条件|资格|政策)"
                 r"|不属于[^，,。；;！!？?\s]{0,6}?(?:对象|范围)")
#: Packages and what they hold (round 16, blind24 analysed): 爱心包裹 · 礼包 · 礼盒 … and 内含 · 含 · 装有 …
#: (:data:`_PACKAGE`, :data:`_PAST_PACKAGE`).
PACKAGE_WORDS = ("爱心包裹", "包裹", "爱心包", "大礼包", "礼包", "礼盒", "大礼盒", "关爱包", "物资包")
PACKAGE_HOLDS = ("内含", "内装", "装有", "含有", "包含", "包括", "含")
#: A wish card's had, as families (round 16, blind24 analysed: 微心愿 cards written by a child, an elder or a
#: cadre for them). Each says the thing is at home already, in a wish card's words:
#:
#: * in an earlier package (:data:`_PAST_PACKAGE`): a past time or a giving verb + 的, then a package or a
#:   delivery (:data:`PACKAGE_WORDS`, 慰问品, 物资) + 里 · 里面 · 中 + 有 · 装了 · 是 — 「上学期的爱心包裹里有X」
#:   「学校发的礼包里就有X」 (not a wish: 「希望包裹里有X」 names no past);
#: * got by someone else's help (:data:`_HELPED_DONE`): 已 (经) … + 帮忙 · 帮着 · 替 … + a give verb + its done
#:   aspect — 「X驻村工作队已经帮忙买好了」 (「请帮忙买好X」 has no 已 and asks, :data:`_ASKED`);
#: * handed down (:data:`_HANDED_DOWN`): 留 · 传 + 给 + me or a child + 了, 让给 + me + 了 — 「姐姐把她的X留给我了」
#:   「X哥哥传给弟弟了」 (「X留给更小的弟弟妹妹」 is the giving away of 「X我不要」, read there);
#: * not worn out yet (:data:`_NOT_WORN`): 还 · 都 · 也 · 并 + 没 (有) · 未 + (a verb of use) + 坏 · 破 · 烂 —
#:   「X民政上发过，还没用坏」「X还没穿破」 (and 用坏 after 没 is no wish for a new one, :data:`_STILL_WANTED`).
#: Solved.
SOLVED_CUES = ("得到解决", "得到了解决", "解决了", "已解决", "问题已", "问题都已", "问题早已",
               # Round 11 (general knowledge): 得以 / 获得 / 得到妥善 … 解决, 解决掉, 化解了, 处理完.
               "得以解决", "获得解决", "得到妥善解决", "得到有效解决", "得到圆满解决", "妥善解决了", "解决掉",
               "化解了", "已化解", "处理完", "已处理", "不再是问题", "不再成问题", "迎刃而解")
#: Settled, in everyday and group-chat words (round 10): 「X有着落了」「X搞定了」「X的事弄停当了」「X办妥了」
#: 「X对接好了」, a list's item crossed off (「清单上的X已勾掉」) or ticked (「X✅」).
SETTLED_CUES = ("有着落", "搞定", "办妥", "弄妥", "妥了", "妥当", "停当", "对接好", "协调好", "安排好", "落实好",
                "处理好", "解决好", "弄好了", "搞好了", "办好了", "勾掉", "划掉", "勾销", "划去", "删掉",
                "\u2705", "\u2714", "\u2611",
                # Round 11, north-eastern 整 / 弄 (do, get) settled: 「X那块儿早整明白了」「X整利索了」.
                "整明白", "弄明白", "整利索", "弄利索", "整妥", "整好了", "整完了",
                # Round 11 (general knowledge): 北京 / 东北 齐活 · 妥妥 · 拾掇好, 西南 搞 / 弄 / 整 + 归一,
                # a way found (有办法了 · 想到办法 · 找到办法 · 有门路了), 摆平, a chat's ok了, and a
                # claim in the passive (已被认领 · 已被认捐 · 已被领走), a shop's 拍下了, and 东北 / 西南 整 · 弄 · 搞 +
                # 上了 / 来了 / 到了 / 回来了 (整上了 = got it; as closed forms, not give verbs: 搞过养殖 and
                # 调整好 are no receipt). Not after 希望 / 请 … (_ASKED).
                "齐活", "妥妥", "拾掇好", "归置好", "搞归一", "弄归一", "整归一", "有办法了", "想到办法",
                "找到办法", "有门路了", "摆平", "ok了", "安排上了", "已被认领", "已被认捐", "已被领走", "领走了", "拍下了",
                "已拍下", *(f"{verb}{aspect}" for verb in "整弄搞" for aspect in ("上了", "来了", "到了", "回来了")),
                "整好了", "有了着落",
                # … 成功了 in a volunteer's or a shop's status line (「X对接成功了」「X下单成功了」; a bare
                # 成功 is often a wish: 「希望X对接成功」, and 已对接成功 is read by ALREADY).
                *(f"{verb}成功了" for verb in ("对接", "匹配", "认领", "认捐", "捐赠", "领取", "申领", "购买",
                                           "下单", "兑换")),
                # … 完毕 in a ledger (「X落实完毕」「X安装完毕」; 「尚未落实完毕」 is blocked by 未).
                *(f"{verb}完毕" for verb in ("落实", "办理", "处理", "安装", "配送", "兑现", "拨付")))
#: Verbs of giving or getting an item: with a completed aspect after them (领过, 送来了, 配齐, 备好了)
#: or 已 / 早已 / a past time before them (已经发放, 去年领, 上个月发) the item was had.
GIVE_VERBS = ("领取", "领", "收", "发放", "发", "送", "捐赠", "捐", "给", "分", "配发", "配备", "配", "购买", "买",
              "购", "添置", "添", "补", "拿", "获", "帮扶", "资助", "提供", "准备", "备", "装", "修", "换", "置办", "得到",
              "寄", "捎", "邮",
              # Round 15 (blind22 analysed): 匀 share some of one's own (「X隔壁给匀了点」「X二婶匀过来了」).
              "匀",
              # Round 10: a volunteer's or a group chat's words (「X已对接」「X已经认领完」「X已协调到位」
              # 「X的缺口填上了」「X积分换到了」).
              "对接", "认领", "协调", "兑换", "填",
              # Round 11, northern words (「X早两年就整上了」「X老妹儿给张罗好了」「X屯里统一给办了」
              # 「X小舅子给包了」): 整 / 弄 do or get, 张罗 arrange, 办 see to, 包 take on all of it.
              "整", "弄", "张罗", "办", "包",
              # Round 11 (general knowledge): spoken verbs of getting (租好了), giving (认捐 · 捐助 ·
              # 赠 · 援助 · 慰问 · 救助 · 下发 · 兑付), repairs and replacements (维修 · 翻修 · 翻新 · 更换),
              # buying (采购 · 订 · 团购 · 网购), an online shop's order words (下单 · 签收 · 收货 · 发货 ·
              # 拼单), a volunteer's 接单 and a warehouse's or an office's 派送 · 派发 · 核发 · 划拨 · 调拨 ·
              # 下拨. Not 支援 · 扶持 · 交付 · 入手: 支 · 扶 · 交 · 入 start too many other words (支持,
              # 扶贫, 交通, 收入) for what they would add. 借 was a give verb in round 11 and is no longer
              # (review, round 12): borrowed for now is no receipt, 「X只能先借了」 still wants X; 借到 stays a
              # receipt (RECEIVED).
              "租", "认捐", "捐助", "赠", "援助", "慰问", "救助", "下发", "兑付", "维修", "翻修", "翻新",
              "更换", "采购", "订", "团购", "网购", "下单", "签收", "收货", "发货", "接单", "派送", "派发", "核发",
              "划拨", "调拨", "下拨", "拼单",
              # Round 17 (blind18's had): 置 bought for the household (「X老早就置下了」「X早就置齐了」); not 安置 ·
              # 设置 · 位置 · 配置 … (see _VERB).
              "置")
# (过 before 冬 / 年 / 节 is a verb of its own: 「发过冬物资」 is a request; see the lookahead below.)
GIVEN_ASPECTS = ("过", "到了", "到过", "来了", "来过", "好了", "好", "齐了", "齐", "上了", "下来了", "回来了", "过来了",
                 "下了",  # 「X他舅给买下了」
                 # Round 11 (general knowledge): 东北 / 吴 着了 (领着了 = 领到了), 西南 倒了 (买倒了 = 买到了),
                 # done and complete (妥 · 足了 · 全了 · 够了 · 完毕), taken home (领回家了 · 买回去了). Not 到位 /
                 # 到户 (「确保发放到位」 asks; 已发放到位 is read by ALREADY) nor 走了 (「被人拿走了」).
                 "着了", "倒了", "妥", "妥了", "足了", "全了", "够了", "完毕", "回去了", "回家了")
#: Verbs of bringing (round 12): carried, sent, fetched or delivered to the household (带 · 派 · 捎 · 拿 · 送 ·
#: 寄 · 运 · 拉 · 搬 · 扛 · 提), and the direction complements toward it (过来 · 来 · 上门 · 到家 · 回来 · 返来 (粤
#: 带返来) · 回家 · 进门 · 下来). A bringing verb + a direction + 了 / 过 is had (「X社工带过来了」「X送上门了」
#: 「X孙仔带返来了」), and so is 已 / a past time + a bringing verb + a direction or 过 (「X社工上次已经带过来」
#: 「X慈善总会已经派过」); a bare 带 / 派 is no give verb (带动 · 带头 · 派出所 · 气派), and a request stays one
#: (「请带过来」「能不能派个X来」: no 已, no aspect). 带来了 closes a clause to be had (「台风带来了损失」 is no
#: receipt).
BRING_VERBS = ("带", "派", "捎", "拿", "送", "寄", "运", "拉", "搬", "扛", "提",
               "背")  # round 17 (blind18's had): carried on the back (「X村医上回背过来了」)
BRING_DIRECTIONS = ("过来", "来", "上门", "到家", "回来", "返来", "回家", "进门", "下来",
                    "到家里", "到家中", "进家门")  # round 19 (blind30 analysed): 「X志愿者送到家里了」
#: Bringing verbs that, + 了 closing a clause, say the item came (round 13: 「X上回慰问的时候带了」); not 拿 · 拉 ·
#: 搬 · 派 · 提 (「X被人拿了」「X的事提了」 say no receipt) nor 送 (a give verb already).
BRING_CLOSED = ("带", "捎", "寄", "运", "扛")
ALREADY = ("已经", "已", "早已", "早就", "都已", "早都",
           # Round 11: an office's 悉数 (悉数到位) and a ledger's 已 + how (已全部发放 · 已足额兑现 · 已如数 ·
           # 已统一 · 已陆续 · 已及时 · 已基本 + a verb or status word); 业已 · 均已 · 皆已 · 已然 hold 已 and
           # 老早领了 ends in 领了, so they need no word of their own.
           "悉数", *(f"{already}{how}" for already in ("已", "已经")
                    for how in ("全部", "足额", "如数", "统一", "陆续", "及时", "基本")))
PAST_TIMES = ("去年", "前年", "往年", "以前", "之前", "此前", "过去", "曾经", "上次", "上回", "上个月", "上月",
              "前阵子", "前段时间", "前些天", "前几天", "前几年", "年初", "早先",
              # Round 11 (general knowledge): more past times (去冬 · 上年度 · 上半年 · 上周 · 昨天 ·
              # 前些年 · 早些年 · 先前 …; 大前年 holds 前年). Few words start with a common character
              # (大 · 在 · 老 · 被 · 头): every such character costs a try of the whole cue alternation.
              "去冬", "上年", "上年度", "上一年", "上一年度", "上半年", "上周", "上星期", "上礼拜",
              "昨天", "昨日", "前天", "前些日子", "前一阵", "前些年", "早些年", "早年", "先前",
              # Round 16 (blind24 analysed): a school's past term, a boarding child's time (「上学期的爱心包裹里有X」).
              "上学期", "上个学期", "上一学期", "上学年", "上个学年", "上一学年")
#: An office's formal words (round 8): the item is closed, handled by someone else, or out of scope
#: (「X需求已销号」「X由结对单位另行解决」「X不在本次申请范围内」「X现有存量可满足需要」).
FORMAL_CUES = ("销号", "已办结", "不在本次", "不在此次", "不属于本次", "另行解决", "另行安排", "另行落实", "另行保障",
               "另行配发", "另行采购", "另行购置", "另行申请", "另行处理", "统筹解决",
               # Round 11 (general knowledge): more of 另行 …, another file (另案处理). Not 自行解决 /
               # 自行购买: 「无力自行解决X」 asks for X.
               "另行发放", "另行配置", "另行调配", "另行筹措", "另行协调", "另案处理")
#: What 已 / 已经 + a means or a time lead to when the item was dealt with (「已纳入其他项目解决」
#: 「已于上半年发放到户」「已通过临时救助解决」): the closing word, up to 16 characters after the means.
FORMAL_DONE = ("解决", "落实", "到位", "到户", "发放", "配发", "兑现", "保障", "安排", "满足", "销号", "办结", "覆盖",
               "到人", "入户", "兑付", "完成", "兜底",
               # Round 19 (blind30 analysed): collected at a place or a time (「X上月已在慈善超市领取」「X已于月初领用」).
               "领取", "领用", "签领")
#: A ledger's (台账) status words after 已 / 已经 (round 11, general knowledge): received by the
#: household (已到户 · 已到人 · 已入户 · 已到货), paid back or insured (已报销 · 已参保 · 已投保 · 已参合 ·
#: 已签约 for a 家庭医生 service), built (已完工 · 已竣工 · 已通水 · 已通电 · 已通网; not 已建成, mostly a
#: relative clause: 「已建成的大棚缺X」), closed (已闭环 · 已清零 · 已结案 · 已完结 · 已了结 · 已核销 ·
#: 已结清), withdrawn (已取消 · 已撤回 · 已撤销 · 已作废), delivered or paid for (已妥投 · 已出库 · 已验收 ·
#: 已付款 · 已支付), and round 8's words (纳入 · 列入 · 兑现 · 办结 · 覆盖 · 享受 · 完成 · 安排 · 到账 ·
#: 拨付 · 下达 · 落地).
FORMAL_STATUS = ("纳入", "列入", "兑现", "办结", "覆盖", "享受", "完成", "安排", "到账", "拨付", "下达", "落地",
                 "到户", "到人", "入户", "到货", "报销", "参保", "投保", "参合", "签约", "完工", "竣工",
                 "通水", "通电", "通网", "闭环", "清零", "结案", "完结", "了结", "核销", "结清", "取消", "撤回",
                 "撤销", "作废", "兜底", "妥投", "出库", "验收", "付款", "支付",
                 # Round 12: round 11's second list of a ledger's closing status (LEDGER_DONE: 「X【已到户】」
                 # 「X上期已核销」「X已签收」「X已销账」) folded in; its other words were here already.
                 "到村", "销账", "签收", "归档", "入账",
                 # Round 18 (blind27 analysed): a verified item meets the standard (「X经核查已达标」「X已达标销号」).
                 "达标")
FORMAL_MEANS = ("于", "在", "通过", "经", "纳入", "列入", "由", "按", "从", "随", "作为",
                "为")  # round 21 (blind34 analysed): done for the household, 「村里已为其统一发放X」
#: Received, without an aspect (「收到X」「X已申请到」; round 11 adds 申请到 · 争取到 · 分到 · 借到 · 讨到).
RECEIVED = ("领到", "收到", "拿到", "申请到", "争取到", "分到", "借到", "讨到", "申领到")
#: Blockers: a verb cue right after these is a shortage (没领到, 从未收到过, 没人给过, 还没发).
_BLOCKERS = "(?<![没未])(?<!没有)(?<!没人)(?<!从未)(?<!从没)(?<!还没)(?<!不能)"
#: A request before a settling word or a verb: 「希望尽快安排好X」「请帮忙协调好X」「求助搞定X」 ask for X;
#: so do 「盼望 / 渴望 … 领到X」 (望, round 11) and, before a receipt (RECEIVED), 「希望领到X」.
#: A question asks too (review of round 11): 「能否领到X」「怎么 / 怎样 / 如何申请到X」.
_ASKED = "(?<!尽快)(?<!早日)(?<!希望)(?<!帮忙)(?<!麻烦)(?<!求助)(?<!联系)(?<!需要)(?<![请能要想望否么样何])"
#: Regional and spoken words of having and not needing, read as the standard words before the cues
#: are looked for (round 10; 西南 / 西北官话, 粤语 and chat spellings): 「X莫得问题」 is 「X没有问题」,
#: 「X就不消了」 「X就不用了」, 「X屋头还有」 「X家里还有」. Only the cue reading sees them; the names
#: and the kept text are not changed.
DIALECT_WORDS = {"莫得": "没有", "没得": "没有", "木有": "没有", "冇": "没有", "没啥": "没什么", "不消": "不用",
                 "甭": "不用", "毋需": "无需", "勿需": "无需", "屋里头": "家里", "家里头": "家里", "屋头": "家里",
                 "屋里": "家里",
                 # Round 11, northern (东北 / 华北 / 中原): 「X搁家还有老些呢」 is 「X家里还有好多呢」, 「俺家」 /
                 # 「咱家」 the household, 「不稀得」 「不稀罕」.
                 "搁家": "家里", "俺家": "家里", "咱家": "家里", "老些": "好多", "老鼻子": "好多",
                 "不稀得": "不稀罕", "不稀的": "不稀罕",
                 # Round 11 (general knowledge, as each region writes its speech in Mandarin characters):
                 # 粤 唔 = 不 (唔使 / 唔驶 / 唔洗 = 不用), 咗 = 了, 屋企 = 家里, 仲有 = 还有, 搞掂 = 搞定;
                 # 湘 / 赣 / 客家 冇得 / 冇有 = 没有, 冇啥 = 没什么; 客家 毋 = 不, 毋使 = 不用; 吴 呒没 /
                 # 嘸没 = 没有, 呒啥 = 没什么, 勿要 / 覅 = 不要, 勿缺 = 不缺, 勿用 = 不用, 哉 = 了; 西南 / 湘
                 # 莫要 = 不要, 莫操心 = 不用操心; 西北 莫麻达 / 没麻达 = 没问题, 哩 = 着呢 (有哩 = 有着呢,
                 # 多着哩 = 多着呢); sentence particles of 了 (咧 · 嘞 · 啦 · 喽 · 哒: 有咧 = 有了, 够啦 = 够了).
                 # Not the chat spelling 米有 (「大米有了」), nor words starting with a common character
                 # (够晒, 么麻达: each such character costs a try of this alternation).
                 "唔使": "不用", "唔驶": "不用", "唔洗": "不用", "唔": "不", "咗": "了", "屋企": "家里",
                 "仲有": "还有", "搞掂": "搞定", "冇得": "没有", "冇有": "没有", "冇啥": "没什么",
                 "毋使": "不用", "毋": "不", "呒没": "没有", "嘸没": "没有", "呒啥": "没什么", "勿要": "不要",
                 "覅": "不要", "勿缺": "不缺", "勿用": "不用", "哉": "了", "莫要": "不要", "莫操心": "不用操心",
                 "莫麻达": "没问题", "没麻达": "没问题", "没嘛达": "没问题", "着哩": "着呢", "哩": "着呢",
                 "勿着": "不着",  # 吴 用勿着 = 用不着 (round 12)
                 "咧": "了", "嘞": "了", "啦": "了", "喽": "了", "哒": "了",
                 # Round 15 (blind22 analysed): 西北 着咧 is 着呢 (「X有着咧」), 东北 老多 好多, 不咋 不怎么.
                 "着咧": "着呢", "老多": "好多", "不咋": "不怎么",
                 # Round 22 (blind35 analysed): 湘 / 西南 咯 is the particle 了 too (「不要咯」 = 不要了, 「有就好咯」 =
                 # 有就好了), and 湘 / 赣 / 客家 冇缺 is 不缺 (冇 alone reads 没有: 「冇缺」 would read 没有缺, no cue).
                 "咯": "了", "冇缺": "不缺"}
_DIALECT = re.compile(f"(?=[{''.join(sorted({w[0] for w in DIALECT_WORDS}))}])(?:"
                      + "|".join(sorted(map(re.escape, DIALECT_WORDS), key=len, reverse=True)) + ")")


#: A pinyin-input slip that reads as a cue (round 14, blind20): 领到 (received) typed for 领导 (the officials
#: a message addresses) — 「麻烦各位领到」「麻烦领到帮忙问哈」 close a request, they say nothing was received.
_ADDRESS_SLIP = re.compile(r"(?:(?<=各位)|(?<=麻烦)|(?<=拜托)|(?<=谢谢)|(?<=感谢))领到(?![了过手])|领到(?=帮忙|们|看看|关心)")


def _standard(text: str) -> str:
    """Return ``text`` with :data:`DIALECT_WORDS` replaced by their standard words (and, round 14, the
    addressed 领导 typed 领到 restored: :data:`_ADDRESS_SLIP`)."""
    if "领到" in text:
        text = _ADDRESS_SLIP.sub("领导", text)
    return _DIALECT.sub(lambda m: DIALECT_WORDS[m.group()], text) if _DIALECT.search(text) else text


#: A shortage in the past (「之前缺X」「以前一直少X」): not a request when a later segment, naming no item,
#: says it was filled (「之前缺X，现在补上了」; round 10). Alone it stays a request.
_PAST_SHORTAGE = re.compile(r"(?:之前|以前|此前|先前|早先|原来|原先|过去|前阵子|前段时间|(?<![^\s，,。；;：:｜|/、（(【])原)"
                            r"(?:一直|还|也|是)?(?:缺|差|少|没有|短)")
#: A part received (round 22): a receipt verb + (了 · 过 · 到 (了)) + 一半 · 一部分 · 部分 · 小半 · 少部分 (「X已经领了一半」
#: 「X补贴发了一部分」), or 只 · 才 · 仅 before the verb, an aspect and a count after it (「X只领了一床」「X才发了两袋」
#: 「X仅到了一点」; not 「能给就给点」, a plea). 「X已经领了」「X领了两床」 (no part, no "only") are receipts as before.
_RECEIPT_VERBS = r"(?:领|发|给|到|送|配|补|拨|分|买|捐)"
_PART_OF = r"(?:其中的?)?(?:一半|一部分|小部分|少部分|小半|部分)"
_PARTLY_GOT = (rf"{_RECEIPT_VERBS}(?:了|过|到了?|下来了?)?{_PART_OF}"
               rf"|(?<![不没])(?:只|才|仅|仅仅)(?:领|发|给|到|送|配|补|拨|分)(?:了|过|到了?|下来了?)"
               r"(?:[一二两三四五六七八九十几0-9]+[个床台件张辆把口只条盏双套份袋斤桶箱瓶盒]|[一]?点|一些|些)")
#: Still wanted although had: 「去年领的棉被已经破了」.
_STILL_WANTED = re.compile(r"坏了|破了|烂了|旧了|破旧|破损|损坏|不能用|不好用|(?<![没未])用坏|丢了|不够|太旧|太薄"
                           # Review of round 15: still short after a partial gift (「X领了一袋，还差两袋」
                           # 「X配了一床，还缺一床」「…尚缺一半」「…还需三件」).
                           r"|(?:还|尚|仍)(?:差|缺|少)|还需要?(?=[一二两三四五六七八九十几半0-9])"
                           # Round 11: used up or gone (「去年领的X已经用完」「X吃光了」), 不好使 (东北).
                           r"|(?<![没未])用完|(?<![没未])吃完|(?<![没未])烧完|用光|吃光|烧光|不好使|不中用|不能使"
                           # Review of round 11: wanting a new one (「旧X没什么用了想换新的」).
                           # (Round 19: not 换新的了 · 换新了, a new one got: _NEW_GOT.)
                           r"|想换|要换|换新(?!的了|的过|了)"
                           # Round 17 (blind26 analysed): stock that will not sell is a sale asked for (「X还压着，卖不掉」).
                           r"|卖不[出掉动]|销不[出掉动]|滞销|没销路|没有销路|愁销|愁卖|找销路|找买家"
                           # Review of round 12: a shortage said in the segment after a status that reached
                           # across it (「已签约家庭医生轮椅还没有」「已参保轮椅一直买不起」「…轮椅没有着落」).
                           r"|买不起|置办不起|没有着落|没着落|未有着落|(?:还|都|一直|至今|仍)没有(?![用吃穿烧]完|问题|需要|需求|必要|什么|[用吃穿烧盖戴使骑睡]?[坏破烂])"
                           # Round 22: a part received is no receipt of the whole (「X已经领了一半」「X只发了一床」
                           # 「X才到了一部分」): the rest is still asked for (:data:`_PARTLY_GOT`).
                           r"|" + _PARTLY_GOT +
                           # Round 22: enough until a time, then none (「X够吃到年底，年后就没了」「…，以后就断顿了」).
                           r"|(?:之后|以后|往后|再往后|年后|过后|开春后|到时候?)(?:就|可能|怕是|估计|恐怕)?"
                           r"(?:没了|没有了|断了|断顿|接不上|不够了?|没得吃|没吃的|没得用)(?!消息|音信|音讯|下文|动静|联系)")


def _alternation(words) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


def _starting(words) -> str:
    """Return a pattern of any of ``words``, behind a lookahead on their first characters (a search skips the
    positions no word starts at once)."""
    return f"(?=[{''.join(sorted({re.escape(w[0]) for w in words}))}])(?:{_alternation(words)})"


# (整 of 整齐 / 整理 / 整修 is no 整 "get", 包 of 包括 / 包含 no 包 "take on", 订 of 修订 / 装订 no 订 "order": 「棉被叠放整齐」「需求已整理如下」
# 「需要修订过的教材」 ask; review of round 11.)
# (Review of round 12: 办 of 办理 is no 办 "see to": 「X已办理申请」 applied for, no receipt.)
_VERB = f"(?!整[齐理修]|包[括含]|办理|(?<=[修装])订|(?<=[安设位配装处布闲放重倒])置)(?:{_alternation(GIVE_VERBS)})"
_BRING = _alternation(BRING_VERBS)
# (Round 19: an employer's or a festival's gift, 「X老板年底发的福利里就有」.)
_PACKAGE_PLACES = _alternation((*PACKAGE_WORDS, "慰问品", "慰问包", "物资", "东西", "福利", "年货", "奖品", "赠品", "礼品"))
_PAST_PACKAGE = (rf"(?:(?:{_alternation(PAST_TIMES)})[^，,。；;！!？?\s]{{0,6}}?|(?:{_VERB})的)(?:{_PACKAGE_PLACES})"
                 r"(?:里面|里头|里|中|内)(?:就|也|都|已经?)?(?:有(?!没)|装了|装着|装有|是)")
#: A wish or a question before a package (review of round 16): 「希望下次发的礼包里有X」「要是捐的物资里有X就好了」
#: 「想问问送的慰问品里有没有X」 hope for the package's contents, no earlier one (:func:`_negated`).
_PAST_PACKAGE_RE = re.compile(_PAST_PACKAGE)
_PACKAGE_WISHED = re.compile(r"希望|盼|但愿|要是|如果|假如|想问|问问|能不能|可不可以")
_HELPED_DONE = (rf"(?:{_alternation(ALREADY)})(?:帮忙|帮着|帮我们?|帮他们?|帮她们?|替我们?|替他们?|替她们?|帮)"
                rf"(?:{_VERB})(?:{_alternation(GIVEN_ASPECTS)})")
_HANDED_DOWN = (r"(?:留|传)给(?:了)?(?:我们?|俺们?|咱们?|他们?|她们?|孩子|弟弟|妹妹|娃娃?)了"
                # (让 · yielded: only to the writer. 「仅有的X让给孩子了」 is the household's own given up, a lack.)
                r"|让给(?:了)?(?:我们?|俺们?|咱们?)了")
_NOT_WORN = r"(?:还|都|也|并)(?:没有|没|未)(?:怎么)?(?:用|穿|盖|戴|使|骑|烧|睡)?(?:坏|破|烂)"
#: A phone-typed household's had, as families (round 17, blind25 analysed: a third reviewer's plain set). Each says
#: the thing is at home, on its way or turned down:
#:
#: * stock that lasts a season (:data:`_LASTS`): 还 · 仍 · 也 · 都 + 顶 · 撑 · 熬, or a modal (能 · 可以 · 够) + such a
#:   verb or a verb of use, + (到 · 过)? + a span of time — 「X攒下的还能顶一冬」「X存的还够吃到开春」「X也能撑半年」
#:   (撑不过 is broken by its 不; a wish has no 还 · 仍: 「想要X，好过冬」);
#: * promised by someone else (:data:`_PROMISED`): 答应 · 说好 · 讲好 · 承诺 · 许诺 · 应承 (+ 了) + up to eight
#:   characters (a time, 给我们) + a give or bring verb — 「X协作那边答应下个月送来」「X亲戚说好了过年带回来」. Not
#:   refused or hoped for (没 · 不 · 未 · 能 · 会 · 请 · 希望 before it: 「希望企业能答应捐X」), not the thing
#:   promised as a name's modifier or closed by 的 (「答应送的X」「X说好给发的，一直没到」), not a promise broken in its
#:   clause (「答应给X却一直没送」);
#: * an offer turned down (:data:`_OFFER_DECLINED`): an offer to give (要 · 想 · 说要 · 打算 · 准备 · 主动 + 送 · 给 ·
#:   捐) and, in its clause, the household not taking it (没 (有) · 不 + 要 · 收 · 接 · 拿) — 「X人家要送我们没要」
#:   「X亲戚想给，」 alone still offers;
#: * making do with what is at hand (:data:`_MAKING_DO_PLAIN`): round 16's :data:`_MAKING_DO` without 旧, when the
#:   making-do verb closes the clause — 靠 · 用 · 拿 + the thing + 将就 · 凑合 · 对付 (着 · 一下) — 「平时就拿X将就着」
#:   「一直用X凑合」; not after 只能 · 只好 · 只得 (「只能拿X将就着」 asks, as round 16's rule has it), not a thing used
#:   for years (「X用了十几年凑合着」: 了 · 过 · 着 after the verb), not 用品 · 费用.
_LASTING = (r"(?:这个|整个|一个)?(?:一冬|冬天|一季|一阵子?|[一两三半几好]{1,2}年|一年半载|[一两三几半]个?月|开春|明年|年底|"
            r"过年|年后|过冬)")
_LASTS = rf"(?:还|仍|仍然|也|都)(?:(?:能够?|可以|够)(?:顶|撑|熬|挺|吃|用|烧|盖|穿|喝|使)|顶|撑|熬)(?:到|过)?{_LASTING}"
#: The words of a promise (round 17's :data:`_PROMISED`, round 18's :data:`_PROMISE_WORD`).
_PROMISE_VERBS = r"答应|说好|讲好|承诺|许诺|应承"
_PROMISED = (rf"(?<![没不未能会请])(?<!希望)(?<!盼着)(?:{_PROMISE_VERBS})了?"
             r"[^，,。；;！!？?\s没未不]{0,8}?"
             r"(?:送|给|发|捐|买|寄|带|配|解决|安排)(?![^，,。；;！!？?\s]*的)(?![^，,。；;！!？?]*(?:没|未|迟迟|一直不|不给))")
_OFFER_DECLINED = (r"(?:要|想|说要|打算|准备|主动)(?:送|给|捐)[^，,。；;！!？?]{0,8}?(?:没有?|不)(?:要|收|接|拿)(?:下|受)?"
                   r"(?=$|[，,。；;！!？?\s了])")
_MAKING_DO_PLAIN = (r"(?<!只能)(?<!只好)(?<!只得)(?:靠|拿|(?<![使费作利应运享信])用)(?![了过着品具])[^，,。；;！!？?\s]{1,12}?(?<!只能)(?<!只好)(?<!只得)(?<!不能)"
                    r"(?:将就|凑合|对付)(?:着|一下|一阵子?)?(?=$|[，,。；;！!？?\s呢])")
#: A producer's had and not-wanted (round 17, blind26 analysed: 产业 · 就业 · 消费扶贫 as cooperatives, 大户 and 车间 write):
#: tried and failed (`_TRIED_FAILED`: 试过 · 试了 · 试种过 · 试养过 · 试用过 … + at most 12 characters in the clause + 不行 ·
#: 不好 · 没效果 · 不理想 · 不对路 · 亏了 …: 「前年试种过X效果不理想」, the switch to another asked in the next clause); an
#: application approved (`_APPROVED`: 已 · 早就 + 批下来 · 获批 · 批复 · 审批通过 · 放款 …, or those + 了 — not 没 · 还没 before
#: them: 「X的贷款还没批下来」 asks); a matter of the past (`_PAST_MATTER`: 是 + a past time + 的事: 「X是前年的事了」); stock
#: still held (`_STOCK_LEFT`: 还 · 都 · 仍 + 压着 · 堆着 · 囤着 · 存着 · 剩着: 「X仓里还囤着两吨」 — a sale wanted, 卖不掉 · 滞销 …,
#: is :data:`_STILL_WANTED`); a line of business paused (`_LINE_STOPPED`: 那摊 · 这块 · 那头 + 停了 · 不搞了 · 放一放 …: 「X这块
#: 今年先不搞了」「X今年先停了」 — the marker, or a time word and 先 · 暂时, is required: 「缺X，车间停了」 asks for X, and
#: 「X补贴今年停了」 may be a benefit lost).
_TRIED = r"试(?:过了|过|了|种过|养过|用过|种了|养了|用了|销过)"
_FAILED = (r"(?:不行|不好|不管用|不顶用|没效果|没有效果|没什么效果|效果差|效果不好|不怎么样|不理想|不适合|不对路|不划算|不成|"
           r"亏了|赔了|没成)")
_TRIED_FAILED = rf"{_TRIED}[^，,。；;！!？?]{{0,12}}?{_FAILED}"
#: Round 18: a trial and its failure told in the next segment (「去年试过X，不行」「X试种了，效果不好」): the
#: segment naming the thing tried (`_TRIED_RE`) is a past matter when the next segment, naming nothing, opens with
#: the failure (`_FAILED_NEXT`: 但 · 可 · 结果 · 效果 · 根本 · 都 · 也 · 还是 … before it) — :meth:`Lexicon._extract`.
_TRIED_RE = re.compile(_TRIED)
_FAILED_NEXT = re.compile(r"(?:但是?|可是?|不过|结果|效果|根本|完全|实在|都|也|还是|就是|就|一直|压根)*" + _FAILED
                          + r"(?:了|啊|呀|哦)?$")
#: Round 18: a promise (答应 · 说好 · 讲好 · 承诺 · 许诺 · 应承 + a give verb, :data:`_PROMISED`) broken in the next
#: segment naming nothing: 「答应给X，一直没送」「说好给X，到现在也没来」「…，后来也没装」「…，迟迟不见动静」 — the thing
#: was never had, so the promise asks for it again (:meth:`Lexicon._answered`).
_PROMISE_WORD = re.compile(_PROMISE_VERBS)
_PROMISE_BROKEN = re.compile(r"(?:没有?|未|不见|没见)(?:有|能|再|人)?(?:送|给|发|来|到|装|兑现|落实|下来|动静|影|消息|音信|信儿|"
                             r"着落|办|拿|领|寄|带|捐|配|安排|解决)|迟迟(?:不|没)|泡汤|黄了|落空|食言|不算数")
_APPROVED = (r"(?:已经|早已|早就|已)(?:批下来|批下|批好|批复|获批|审批通过|审核通过|通过审批|通过审核|放款|放下来)"
             r"|(?<![没未])(?<!还没)(?:批下来了|批下了|批好了|批复了|审批通过了|审核通过了|通过审批了|通过审核了|放款了|获批了)")
_PAST_MATTER = rf"(?<=是)(?:{_alternation(PAST_TIMES)}|老早|早先)的(?:事情|事儿|事)"
_STOCK_LEFT = r"(?:还|都|仍|仍然)(?:压着|堆着|囤着|存着|剩着|积压着)"
_LINE_STOPPED = (r"(?:(?<=[那这][摊块头])(?:今年|现在|目前|暂时|先|已经|都|就)*|(?:今年|现在|目前)(?:都|就)?(?:先|暂时|暂))"
                 r"(?:停了|停掉了|停下了|停下来了|停办了|不搞了|不做了|不干了|不养了|不种了|放一放|放放|放下了|搁置了|歇了)")
#: A clause closing right after a cue (the text's end, a punctuation mark or a space): 「X够的」 but not 「X够的话」.
_CLAUSE_END = r"(?=$|[，,。；;！!？?\s])"
#: A second-language household's had (round 18, blind28 analysed: 普通话 written as a second language or through a
#: 双语干部, short sentences closed by a particle): enough or not wanted closed by 的, said once or twice (`_ENOUGH_DE`:
#: 够 · 够用 · 够吃 · 够烧 · 够穿 + 的 — 「X够的，够的」; not 不够的 · 不大够的 · 没够的 · 能够的; `_REFUSED_DE`: 不要的 closing the clause —
#: 「X老人自己说不要的」; not 要不要的); given and counted, closed by 了 (`_GIVEN_COUNTED`: a give verb + 了 + a count + 了 —
#: 「X社区发了一个了」「X亲戚给了两床了」); a matter settled (`_MATTER_SETTLED`: 的事 · 的事情 · 的事儿 + (已经 · 早就 · 都)
#: 好了 · 办好了 · 弄好了 · 搞好了 — 「X的事情已经好了」; not 还没好 · 没弄好).
#: A case note's had and not-wanted, as families (round 19, blind30 analysed: 社工, 志愿者 and 慈善超市 staff writing needs as
#: case records — 服务对象 / 需求评估 / 服务计划 / 转介):
#:
#: * passed on (:data:`_CASE_PASSED`): 已 + 转介 · 转交 · 移交 · 链接 (+ 至 / 到 / 给 …) — 「X已转介至街道社工站」「X已链接公益
#:   资源」 (the resource was found elsewhere); not 已申请转介 (no 已 right before) nor 未转介 / 尚未链接;
#: * an assessment's verdict of no need (:data:`_NO_NEED_FOUND`): (需求 · 申请) + 不成立 · 不存在 · 不明显, and 暂无 · 并无 ·
#:   尚无 · 没有 + (此项 · 该项 · 相关 · 这方面的)? + 需求 closing the segment — 「经评估X需求不成立」「X经评估暂无需求」;
#: * a past cycle's goal, reached (:data:`_PAST_GOAL`): 属 (于) + 上 (一) · 前 (一) · 往 + 周期 · 阶段 · 期 · 轮 · 年度, and
#:   目标 · 任务 + 已 (经) · 均已 + 达成 · 实现 · 完成 — 「X属上一阶段服务内容」「X的个案目标已实现」;
#: * still in stock at home (:data:`_IN_STOCK`): 尚 as 还 (家中尚有 · 尚有存量 · 尚有库存 · 尚余存货) — 「X家里尚有两袋」; not
#:   尚有缺口 · 尚未 (still short);
#: * delivered home (:data:`BRING_DIRECTIONS`' 到家里 · 到家中 · 进家门, with 了 / 过 after): 「X志愿者送到家里了」.
_CASE_PASSED = r"(?<![未没])(?:已经|已)(?:转介|转交|移交|链接)"
_NO_NEED_FOUND = (r"(?:需求|申请)(?:不成立|不存在|不明显)"
                  rf"|(?:暂无|并无|尚无|没有)(?:此项|该项|相关|这方面的?|此类)?需求{_CLAUSE_END}")
_PAST_GOAL = (r"(?<=属)于?(?:上一?|前一?|往)(?:个|轮)?(?:周期|阶段|期|轮|年度)"
              r"|(?:目标|任务)(?:已经|已|均已|都已)(?:达成|实现|完成)")
_IN_STOCK = r"(?:家里|家中|自家|屋里)尚有|尚(?:有|余|存)(?:存量|库存|余量|剩余|存货)"
_ENOUGH_DE = rf"(?<![不没能])(?<!不[太大很])(?<!不怎么)够(?:用|吃|烧|穿|盖|使)?的{_CLAUSE_END}"
_REFUSED_DE = rf"(?<!要)不要的{_CLAUSE_END}"
_GIVEN_COUNTED = (rf"{_BLOCKERS}(?<![能要想该得])(?:{_VERB})了(?:[一两三四五几][个件床台双套把口只张条辆顶盏根块袋包桶副]|[俩仨])了"
                  rf"{_CLAUSE_END}")
_MATTER_SETTLED = r"(?<=的)事(?:情|儿)?(?:已经|已|早就|早|都|也)?(?:办|弄|搞)?好了"
#: A child far from home's had (round 19, blind29 analysed: sons and daughters working away post for the family at
#: home from their phones), as families:
#:
#: * got in an online sale (`_SALE_GOT`): a shopping festival's or a bargain link's verb (抢 · 秒 · 砍 · 拼 · 淘) + 到 +
#:   了 · 手, or 已 (经) · 早就 before it — 「X双十一已经抢到了」「X砍价砍到了」「X拼团拼到手了」; 没抢到 and 希望抢到 are
#:   blocked as a receipt's are (:data:`_BLOCKERS`, :data:`_ASKED`);
#: * a new one got (`_NEW_GOT`): 换 · 买 · 添 · 配 (+ 了)? (+ a measure)? + 新的 + 了 · 过 — 「X去年就换新的了」
#:   「X已经买了个新的了」; 「想换新的」 keeps its wish (:data:`_STILL_WANTED` reads 换新 there);
#: * a parcel come (`_PARCEL_CAME`): 快递 · 包裹 · 快件 + up to six characters (a time, 已经; no 没 · 未 · 不) + 到了 ·
#:   到家了 · 送到了 · 签收了 — 「X快递昨天到了」「X包裹前天就到家了」;
#: * had elsewhere, on someone's word (`_SAID_HAD`): 说 + a place (学校 · 单位 · 厂里 · 公司 · 村里 · 宿舍 · 班上 …)
#:   + 有 closing the clause — 「X娃说学校有」 (「说学校没有」 holds 没 and is no match);
#: * refused by the one at home: round 15's declining verbs take 用 · 穿 · 戴 · 吃 · 装 too (「爷爷嫌X费电不肯用」,
#:   :data:`_NORTHERN_DECLINE`);
#: * in an employer's or a festival's gift: round 16's package places take 福利 · 年货 · 奖品 · 赠品 · 礼品
#:   (「X老板年底发的福利里就有」, :data:`_PAST_PACKAGE`).
_SALE_GOT = (rf"{_BLOCKERS}{_ASKED}(?:抢|秒|砍|拼|淘)(?:到|着)(?:了|手)"
             r"|(?:已经|已|早就)(?:抢|秒|砍|拼|淘)(?:到|着)")
_NEW_GOT = (rf"{_BLOCKERS}(?<![想要该得])(?:换|买|添|配)了?(?:[一两]?[个台张床件辆把只套双副部])?新的(?:了|过)"
            rf"{_CLAUSE_END}")
_PARCEL_CAME = r"(?:快递|包裹|快件)[^，,。；;！!？?\s没未不]{0,6}?(?:到了|到家了|送到了|寄到了|签收了)"
#: A teacher's had and not-wanted (round 20, blind32 analysed: a 班主任's or 特岗教师's 家访记录 and 情况说明), as
#: families:
#:
#: * paid or given in a past term, with 就 · 早就 · 都 between (`_PAST_JUST_GIVEN`): a past time + 就 + a give verb
#:   (补助 · 补贴 too) + 过 / 了 — 「X前年就补助过了」「X上学期就发了」 (a past time + the verb alone was read since round 10);
#: * enough, in the written word (`_ENOUGH_PLAIN`): 足够 closing the clause, with 了 · 用 · 使用 after it —
#:   「X数量足够」「X足够用了」 (not 不足够 · 是否足够 · 能否足够; 「足够的X」 asks);
#: * a subsidy enjoyed with an aspect (`_ENJOYED`): 享受了 · 享受过 · 正在享受 · 一直享受 — 「X享受了两免一补」
#:   (已享受 was read since round 11);
#: * bought or handed out by the school or another body (`_BODY_BOUGHT`): 由 + up to ten characters + (统一)
#:   采购 · 购买 · 购置 · 配备 · 配齐 · 资助 · 捐赠 — 「X由学校统一采购」「X由县教育局统一配备」;
#: * claimed (`_CLAIMED`): 已 (经) 申领 — 「X已申领」 (申领到 was read since round 11);
#: * put off to a later term (`_DEFERRED`): 下学期 · 下次 · 下回 · 以后 · 明年 + 再 + 说 · 申请 · 申报 · 报, and 暂缓 +
#:   申请 · 申报 — 「X下学期再说」「X留到下次再申请」「X暂缓申报」.
_PAST_JUST_GIVEN = rf"(?:{_alternation(PAST_TIMES)})(?:早就|就|都)(?:{_VERB}|补助|补贴)(?:过了?|了)(?![吗么没])"
_ENOUGH_PLAIN = (r"(?<![不没未])(?<!不太)(?<!是否)(?<!能否)(?<!能不能)(?<!是不是)(?<!不一定)(?<!不是很)(?<!不很)(?<!不大)"
                 r"(?<!未必)(?<!并不)(?<!不算)足够(?:了|用了?|使用)?"
                 rf"{_CLAUSE_END}")
_ENJOYED = rf"{_BLOCKERS}(?<![未没不])(?:享受了|享受过|(?<=正在)享受|(?<=一直)享受)(?![吗么没不])"
_BODY_BOUGHT = (r"(?<![望请需议求要否拟可能理事缘自经因想盼划算])(?<!申请)由(?![于此衷])[^，,。；;！!？?]{1,10}?(?:统一)?"
                r"(?:采购|购买|购置|配备|配齐|资助|捐赠)(?![的])")
_CLAIMED = r"已(?:经)?申领(?!到|[吗么没])"
_DEFERRED = (r"(?:(?<=下学期)|(?<=下个学期)|(?<=下次)|(?<=下回)|(?<=以后)|(?<=明年))再(?:说|申请|申报|报)"
             r"|暂缓(?:申请|申报)")
#: An older villager's had, spoken (round 20, blind31 analysed): 有的 said twice (「X有的有的」, the spoken yes of
#: having it) and 还有呢 · 还有的 closing the clause (「X还有呢」); not 有的人 (some), not 没有的.
_SPOKEN_HAD = rf"有的[\s,]*有的|(?<![没])还有(?:呢|的)?呢?(?<=[呢的]){_CLAUSE_END}"
#: Had, told by how new it is, as one family (round 22 joined three cues that overlapped: round 13's 是新的 among
#: :data:`ENOUGH_CUES`, round 21's news-story 「X还是去年新添的」 and round 21's leftover 「X是新买的」): 是 (还是 · 都是) +
#: when — a past time (+ 才 · 刚 · 就) (+ 新), 刚刚, 才 · 刚 (+ 新) or 新 — + a getting verb (添 · 买 · 换 · 置办 · 购置 · 配 ·
#: 装 · 做 · 发 · 领 · 买来 …) + 的, or 新 · 刚 · 才 · 刚刚 + 的 with no verb — 「屋里的X还是去年新添的」「X是前年才买的」
#: 「X是刚刚领的」「X是新的」. One guard for all, before 是: not 不是 · 没是 · 的是 (「X是不是新买的」 asks nothing, 「要的是新
#: 的」 asks for a new one); not a question (吗 · 嘛 · 么 after the 的: 「电视是刚买的吗」), not when the clause goes on to
#: say it broke (「X是新买的就坏了」); a past time with no verb is none (「X是去年的」 says how old it is).
#: It begins after 是, on 新 · 刚 · 才 or a past time's first character (:data:`_CUE_STARTS` holds no 是, round 22).
_GETTING_VERBS = ("添", "买", "换", "置办", "购置", "置", "配", "装", "做", "发", "领", "买来", "换来", "领来")
_STILL_NEW = (r"(?<=是)(?<![不没的]是)"
              rf"(?:(?:(?:{_alternation(PAST_TIMES)})(?:才|刚|就)?新?|刚刚|(?:才|刚)新?|新)(?:{_alternation(_GETTING_VERBS)})"
              r"|新|刚刚|刚|才)的"
              r"(?![吗嘛么])"
              r"(?![^，,。；;！!？?\s]*(?:坏|破|烂|不能|不好|没法|漏))")
#: Enough, said with 是 + 的 (round 17, blind18's had: 「X是够的」; not 不是 · 没是 · 不太是), begun after 是 like
#: :data:`_STILL_NEW` (round 22).
_IS_ENOUGH = r"(?<=是)(?<![不没]是)(?<!不太是)够的"
#: Had, told by an old one still there to use (round 21, round 20's leftovers; its "new" half is :data:`_STILL_NEW`
#: since round 22): 有 (+ a count) + 旧的 (+ up to six characters, none of 不 · 没 · 坏 · 破 · 烂) + 可以 · 能 · 凑合 · 将就
#: + a verb of use, 「家里有旧的X可以用」「有个旧的X能穿」 (「有旧的但不能用」「有旧的坏了」 are no match; 还能用 alone is
#: :data:`_STILL_USABLE`'s).
_OLD_ONE_USABLE = (r"有(?:个|一个|[一两][个台张床件辆把口只条双副套])?旧的[^，,。；;！!？?\s不没坏破烂]{0,6}?"
                   r"(?:还可以|还能|可以|能|凑合|将就|凑合着|将就着)(?:用|穿|盖|戴|住|骑|使|烧|睡|吃)")
_SAID_HAD = (r"说(?:学校|单位|厂里|公司|村里|镇上|宿舍|班上|班里|食堂|家里)(?:里|头)?(?:都|也|就)?有了?"
             rf"{_CLAUSE_END}")
#: A news story's had and not-wanted (round 21, blind34 analysed: a county 融媒体中心's or a township 公众号's feature
#: about a household, told by a 记者 in the third person), as families:
#:
#: * enough until a time, in the written word (`_ENOUGH_UNTIL`): 足够 · 够 + a verb of use + 到 · 过 + a span of time —
#:   「X家里存下的足够用到明年」「X够吃到开春」 (round 17's :data:`_LASTS` wanted 还 · 也 before it; not 不够 · 不太够);
#: * still new (:data:`_STILL_NEW`): 是 (还是 · 都是) + a past time or 刚 · 才 + (新) + a getting verb + 的 — 「屋里的X还是
#:   去年新添的」「X是前年才买的」 (one family with round 13's 是新的 since round 22);
#: * not the pressing need (`_NOT_PRESSING`): (倒 · 并 · 也)? 不是 + (眼下 · 目前 · 当前 · 现在)? + (的 · 最)? + 难处 · 难事 ·
#:   急需 · 急事 · 要紧的 · 紧要的 · 最缺的 — 「相比之下，X倒不是眼下的难处」「X并不是最要紧的」;
#: * done for the household by the village (:data:`FORMAL_MEANS` takes 为: 「年初，村里已为其统一发放X」, 已 + 为 + the
#:   household + a closing word of :data:`FORMAL_DONE`).
_ENOUGH_UNTIL = rf"(?<![不没未只仅才])(?<!不太)(?<!不大)(?:足够|够)(?:用|吃|烧|盖|穿|喝|使)(?:到|过){_LASTING}"
_NOT_PRESSING = (r"(?<!难道)(?<!难道说)不是(?:眼下|目前|当前|现在|当下|今年)?(?:的|最)?(?:难处|难事|急需|急事|要紧的|紧要的|最缺的|最要紧的|最急的)"
                 # (Review of round 21: not a rhetorical question, 「棉被不是最要紧的吗」「被子难道不是急事吗」 — it asks.)
                 r"(?!的?(?:吗|嘛|么|呀|不是))")
#: Round 21 (blind33 analysed: a village WeChat group where the 网格员 collects needs by 接龙). A line entered by mistake
#: (「X接错了，删掉」「X报错了」「X登记错了」「X填错了」): the household's own line taken back, no request — the entering
#: verb + 错 + 了 / 啦 / 咯 (not 「买错了」「拿错了」: a wrong thing got, which may still ask for the right one). Not a
#: detail of the line entered wrong (review of round 21: 「被子数量填错了，要3床」「尺码报错了」「电话写错了」): the thing is
#: still asked for.
_MISENTERED = (r"(?<!数量)(?<!数目)(?<!个数)(?<![数码号址字话])(?<!尺码)(?<!型号)(?<!尺寸)(?<!大小)"
               r"(?:接龙|接|报|登记|登|填|录|写)错(?:了|啦|咯)")
#: A line struck off in the group's words (round 21): 删掉 · 删了 · 划掉 closing the clause, not after 别 · 莫 · 不
#: (「X别删」 keeps it; 删除 / 删去 are :data:`_STRUCK_OFF`'s).
_STRUCK_LINE = r"(?<![别莫不])(?:删掉|删了|划掉)(?:了|吧|哈)?(?=$|[，,。；;！!？?\s])"
#: Had at home in the group's first person (round 21): 「X我家有」「X俺家有的」「X咱家也有」 closing the clause (俺家 and
#: 咱家 read 家里 after :func:`_standard`, so 家里 + 有的 / 有呢 too); 「我家有个老人瘫痪」 does not close it.
#: (Round 22, blind35 analysed: 西南 / 湘 有得 closing the clause is 有 — 「X嘛，屋里有得，莫操心」; 屋里 reads 家里.)
_HOME_HAS = (r"(?:我家|俺家|咱家|我们家|俺们家|咱们家|(?<![没不])家里)(?:里|头)?(?:都|也|还|早就)?有(?:的|了|呢|得)?"
             r"(?=$|[，,。；;！!？?\s])")
#: A petition's follow-up (round 22, blind36 analysed: letters to the 县长信箱, 领导留言板 messages and 12345 工单), as
#: families:
#:
#: * a request withdrawn (`_WITHDRAWN`): 撤回 · 撤销 · 收回 + (此前 · 之前 · 上次 …)? + up to 16 characters + 诉求 · 申请 ·
#:   求助 · 请求 · 留言 · 需求 · 工单 — 「撤回此前关于X的诉求」「撤销对X的申请」 — and 诉求 · 申请 · 留言 + (现 · 特此 · 予以)? +
#:   撤回 · 撤销 closing the clause (「X的申请特此撤回」); 已撤回 is :data:`FORMAL_STATUS`'s. Not a withdrawal asked
#:   against or done to the writer (「请不要撤销X的申请」「村里撤销了我家X的申请」「被撤销」: X is still asked for);
#: * bought or given by someone, said with 是 … 的 (`_BOUGHT_BY_OTHER`): 是 + who (up to 10 characters, none of a wish's
#:   or a duty's 想 · 要 · 望 · 请 · 需 · 盼 · 能 · 该 · 得 · 须 · 可) + (自己 · 个人)? + (掏钱 · 出钱 · 自费 …)? + (给 · 帮 · 替)? + 买 ·
#:   送 · 捐 · 置办 · 购置 · 添置 · 寄 · 发 + 的 closing the clause — 「X是帮扶干部自己掏钱给买的」「X是亲戚送的」 (not 是不是,
#:   not 要的是 · 希望是: 「最需要的是X」, not a question 「X是亲戚送的吗」).
_WITHDRAWN = (r"(?<![不别莫勿被给])(?<!不要)(?<!不能)(?<!不得)(?:撤回|撤销|收回)(?![了过])"
              r"(?:此前|之前|先前|上次|上回|前面|原来|原先|早先)?[^，,。；;！!？?]{0,16}?"
              r"(?:诉求|申请|求助|请求|留言|需求|工单)"
              r"|(?:诉求|申请|留言)(?:现|现予|特此|予以|主动)?(?:撤回|撤销)(?=$|[，,。；;！!？?\s])")
_BOUGHT_VERB = r"(?:买|送|捐|置办|购置|添置|寄|发)的"
_BOUGHT_BY_OTHER = (r"(?<=是)(?<![不没的望要]是)(?!不是)[^，,。；;！!？?\s想要望请需盼能该得须可]{1,10}?"
                    r"(?:自己|个人|私人|自个儿?)?(?:掏钱|出钱|自费|掏腰包|自掏腰包|垫钱|花钱)?(?:给|帮|替)?"
                    rf"{_BOUGHT_VERB}(?![吗嘛么])(?=$|[，,。；;！!？?\s])")

# Every cue starts with one of these characters: a lookahead on them lets the search skip the other
# positions at once (the alternation below is long; most characters start no cue). 是 and 有 are none of them (round
# 22): they begin many of a text's words that say nothing of having (有人 · 有没有 · 有意 · 就是 · 但是 …), and most
# positions a search passes are theirs otherwise. A cue that would begin with 是 begins after it (a lookbehind:
# _STILL_NEW, _IS_ENOUGH; what follows 是 there — 新 · 刚 · 才 · 够, a past time — starts cues already); a cue that begins
# with 有 is looked for only where one of _AFTER_YOU follows the 有 (the search's head, below).
_CUE_WORDS = (*UNWANTED_CUES, *ENOUGH_CUES, *SOLVED_CUES, *SETTLED_CUES, *GIVE_VERBS, *ALREADY, *PAST_TIMES, *FORMAL_CUES,
              *RECEIVED, *BRING_VERBS)
_CUE_STARTS = "".join(sorted({w[0] for w in (*_CUE_WORDS, "刚", "家里", "家中",
                                            "自家", "屋里", "都", "早就", "不在", "满足", "仍", "照",
                                            "嫌", "死", "说", "咋", "怎", "打", "要", "凑", "将", "对", "稀", "还", "多",
                                            "缺口", "缺额", "差额", "缺数", "待发", "未发", "需求",
                                            # round 15: the register's closing words
                                            "暂", "无", "避", "勿", "验", "竣", "放", "拒", "由",
                                            # round 16: a wish card's had; making do with an old one
                                            "留", "传", "让", "并", "旧",
                                            # round 17: a phone-typed household's had (_LASTS …)
                                            "也", "仍", "答", "讲", "承", "许", "应", "想", "准", "主", "靠", "拿", "用",
                                            # round 17: a producer's had (tried, approved, stock, a paused line)
                                            "试", "批", "审", "通", "放", "获", "今", "现", "目", "停", "搁", "歇",
                                            # round 18: a register's struck-off line (_STRUCK_OFF, _NOT_ELIGIBLE)
                                            "核", "剔", "删", "(", "（", "不",
                                            # round 18: a second-language household's had (_ENOUGH_DE …)
                                            "够", "事",
                                            # round 19: a case note's had (_CASE_PASSED …)
                                            "属", "尚", "目", "任",
                                            # round 19: a child far from home's had (_SALE_GOT …)
                                            "抢", "秒", "砍", "拼", "淘", "快",
                                            # round 20: a teacher's had (_ENOUGH_PLAIN …)
                                            "足", "享", "再",
                                            # round 21: a village group's had and mistaken lines (_MISENTERED …)
                                            "接", "报", "登", "填", "录", "写", "删", "划", "我", "俺", "咱",
                                            # round 21: a news story's had (_STILL_NEW starts after 是 with a past
                                            # time, 才 · 刚 or 新; _ENOUGH_UNTIL with 足 · 够, _NOT_PRESSING with 不)
                                            "才", "新",
                                            # round 22: a petition's withdrawn request (_WITHDRAWN)
                                            "撤", "诉")} - {"是", "有"}))
#: The characters after 有 of the cues that begin with it (round 22): the word lists' second characters (有了 · 有着落 ·
#: 有得用 · 有现成的 …) and those of the branches written out below — 有 + a count + 了 (「X有两个了」「X有俩了」), 有的 + a
#: verb of use, 有的有的 (:data:`_SPOKEN_HAD`), 有 (+ a count) + 旧的 (:data:`_OLD_ONE_USABLE`). A branch added that begins
#: with 有 adds its second characters here (tests/matching/test_round22_cue_starts.py checks every branch).
_AFTER_YOU = "".join(sorted({w[1] for w in _CUE_WORDS if w.startswith("有")} | set("一两二三四五六七八九十几好俩仨个旧的")))
_NEGATION = re.compile(
    # (_BOUGHT_BY_OTHER begins after 是 with who bought it, any character: the head looks there only where one of its
    # verbs + 的 follows within 20 characters.)
    rf"(?=[{_CUE_STARTS}]|有[{_AFTER_YOU}]|(?<=是)[^，,。；;！!？?\s]{{1,20}}?{_BOUGHT_VERB})(?:"
    # The cues that begin after 是 (round 22: 是 starts no cue) come first: where one matches, its match is the one the
    # search gives, as it was when they began on 是 (the leftmost position wins, then the first branch).
    rf"{_IS_ENOUGH}|{_STILL_NEW}|{_BOUGHT_BY_OTHER}|"
    # (Round 14: not the second half of an A-not-A question, 「X缺不缺」「X用不用」「X需不需要」「X要不要了」.)
    rf"(?<![缺需用要])(?:{_alternation(UNWANTED_CUES)})"
    # (Round 22: not 只够 · 仅够 · 才够 — 「X只够吃到月底」 is enough only until then, a lack after: :data:`_ONLY_ENOUGH`.)
    rf"|(?<![不没])(?<!不太)(?<![只仅才])(?:{_alternation(ENOUGH_CUES)})"
    rf"|{_alternation(SOLVED_CUES)}"
    # Not asked for this time (「X这次先不报」; not 首先不 / 原先不, not 不报销 / 不报道).
    r"|(?<![首原])先不|不报(?![销道告])"
    rf"|(?<![不没未])(?<!没有)(?<!还没){_ASKED}(?:{_alternation(SETTLED_CUES)})"
    rf"|{_BLOCKERS}{_ASKED}(?:{_VERB})(?:{_alternation(GIVEN_ASPECTS)})(?<!过(?=[冬年节]))"
    # (not 分到户 / 领到人: a plan of sharing out, 「X按人头分到户」; review of round 11)
    rf"|{_BLOCKERS}{_ASKED}(?:{_alternation(RECEIVED)})(?![户人村])"
    rf"|刚(?:{_VERB})"
    # Bringing (round 12): verb × direction × aspect, and 已 / a past time + verb × (direction | 过).
    rf"|{_BLOCKERS}{_ASKED}(?!带来了[^，,。；;！!？?\s])(?:{_BRING})(?:{_alternation(BRING_DIRECTIONS)})[了过]"
    # (not 提过 without 来: raised, 「已经提过X」「上个月提过X申请」; review of round 12)
    rf"|(?:{_alternation(ALREADY)}|{_alternation(PAST_TIMES)})(?:已|曾)?(?:经)?(?!提过(?!来))(?:{_BRING})(?:过|{_alternation(BRING_DIRECTIONS)})"
    rf"|给(?:{_VERB})了"  # 「X亲戚给买了」: someone got it for the household
    # Round 17 (blind18's had): issued for the household — 给 + a give verb or 开 (prescribed, written out) + 过了 / 了
    # (「X卫生院给开过了」「X镇上给配过了」); 「给开个X」 asks.
    rf"|给(?:{_VERB}|开)过了|给开了"
    # Set aside this time (「不提X」「X这回不说它」「X这次先不谈」); not 不提供 · 不提交 · 不提前 ….
    r"|不提(?![供交出前高醒升倡拔议心速价取案名问])|(?<=这回|这次|这趟)先?不(?:说|提|谈)|不(?:说|提|谈)它"
    # Round 13: a bringing verb + 了 closing the clause (「X慰问的时候带了」「X他姑从外地寄了」), and 不要 closing
    # it (「X老人不要」; not 要不要: 「X要不要？」 asks).
    rf"|(?=[{''.join(BRING_CLOSED)}]了){_BLOCKERS}{_ASKED}(?:{_alternation(BRING_CLOSED)})了{_CLAUSE_END}"
    rf"|(?<!要)不要{_CLAUSE_END}"
    # A give verb + 了 closing the clause: 「X过年时发了」「X邻居给了」 (not 「没钱买了」, not 「买了就能用」,
    # not 「X该换了」「X得修了」: due for it, round 11).
    # (Round 17, blind18's had: paid out of pocket is had — 「X自己掏钱买了」「X花钱买了」.)
    rf"|{_BLOCKERS}(?:(?<!钱)|(?<=[掏花出垫]钱))(?<![能要想该得])(?:{_VERB})了{_CLAUSE_END}"
    # The household can get it itself: 「X自己能买」「X自己可以解决」「X买得起」.
    r"|自己(?:能|可以|会|就能)(?:买|解决|置办|添置|准备|备)|(?<![不没])买得起"
    rf"|(?:{_alternation(ALREADY)})(?:经)?(?:{_VERB}|有|由|足|够|满足|落实|到位|解决|保障)"
    # A ledger's zero gap (round 11): 「X缺口：0」「X缺额为零」「X待发数：0」 (not 「缺口：10」).
    # 无 only as the cell's whole value and 零 not of 零星 / 零散 (review: 「X缺口无法解决」 asks).
    r"|(?:缺口|缺额|差额|缺数|待发数?|未发数?|需求数|需求量)[\s:：为是]*(?:(?:0|零)(?![0-9.星散碎])|无(?=$|[，,。；;！!？?\s|/）)】]))"
    rf"|(?:{_alternation(PAST_TIMES)})(?:已|曾)?(?:经)?(?:{_VERB}|有过|用过)"
    rf"|(?:家里|家中|自家|都|早就)有了?{_CLAUSE_END}"
    # Had, counted (round 14, blind20): 「X家里有两个了」「X屋头有两床了」 (屋头 reads 家里); not 还有 / 没有.
    r"|(?<![没不还])有(?:[一两二三四五六七八九十几好]{1,2}[个件床台双套把口只张条辆顶盏根块袋包桶副]|[俩仨])了"
    # Given, counted (round 15, blind22 analysed): a give verb + 了 + a count closing the clause — 「X闺女给了俩」
    # 「X邻居匀了一个」「X亲戚给买了两床」 (not 「给了点钱」: the count must close the clause).
    rf"|{_BLOCKERS}(?<![能要想该得])(?:{_VERB})了(?:[一两三四五几]?[点些]|[一两三四五几][个件床台双套把口只张条辆顶盏根块袋包桶副]|[俩仨])"
    rf"{_CLAUSE_END}"
    # 有的 + a verb of use closing the clause is 有得 (「X家里有的用」); 有的住户 / 有的用户 are "some" (review of round 11).
    r"|有的[用穿吃盖烧住使](?=$|[，,。；;！!？?\s呢了啊哩])"
    # Some left at home: 「家里还有X」 (still had; not 「家里有病人」, the household's situation).
    r"|(?:家里|家中|自家|屋里)还有"
    # An office's formal frame (round 8): closed, handled elsewhere, out of scope, enough in stock.
    rf"|{_alternation(FORMAL_CUES)}|{_OUT_OF_SCOPE}|{_STILL_USABLE}|{_NORTHERN_DECLINE}|{_NORTHERN_PLENTY}|{_MAKING_DO}"
    # A register's closing words (round 15, blind21 analysed; see _REQUEST_LISTS).
    rf"|{_NOT_LISTED}|{_HAD_FORMAL}|{_COMPLETED}|{_DECLINED}|{_OTHER_BODY}|{_NO_DOUBLE}"
    # A register's struck-off line (round 18, blind27 analysed; see _STRUCK_OFF).
    rf"|{_STRUCK_OFF}|{_NOT_ELIGIBLE}"
    # A wish card's had (round 16, blind24 analysed; see PACKAGE_WORDS).
    rf"|{_PAST_PACKAGE}|{_HELPED_DONE}|{_HANDED_DOWN}|{_NOT_WORN}"
    # A phone-typed household's had (round 17, blind25 analysed; see _LASTS).
    rf"|{_LASTS}|{_PROMISED}|{_OFFER_DECLINED}|{_MAKING_DO_PLAIN}"
    # A producer's had and not-wanted (round 17, blind26 analysed; see _TRIED_FAILED).
    rf"|{_TRIED_FAILED}|{_APPROVED}|{_PAST_MATTER}|{_STOCK_LEFT}|{_LINE_STOPPED}"
    # A second-language household's had (round 18, blind28 analysed; see _ENOUGH_DE).
    rf"|{_ENOUGH_DE}|{_REFUSED_DE}|{_GIVEN_COUNTED}|{_MATTER_SETTLED}"
    # A case note's had (round 19, blind30 analysed; see _CASE_PASSED).
    rf"|{_CASE_PASSED}|{_NO_NEED_FOUND}|{_PAST_GOAL}|{_IN_STOCK}"
    # A child far from home's had (round 19, blind29 analysed; see _SALE_GOT).
    rf"|{_SALE_GOT}|{_NEW_GOT}|{_PARCEL_CAME}|{_SAID_HAD}"
    # A teacher's had and not-wanted (round 20, blind32 analysed; see _PAST_JUST_GIVEN).
    rf"|{_PAST_JUST_GIVEN}|{_ENOUGH_PLAIN}|{_ENJOYED}|{_BODY_BOUGHT}|{_CLAIMED}|{_DEFERRED}"
    # An older villager's had, spoken (round 20, blind31 analysed; see _SPOKEN_HAD).
    rf"|{_SPOKEN_HAD}"
    # A village group's had and mistaken lines (round 21, blind33 analysed; see _MISENTERED).
    rf"|{_MISENTERED}|{_STRUCK_LINE}|{_HOME_HAS}"
    # A news story's had and not-wanted (round 21, blind34 analysed; see _ENOUGH_UNTIL).
    rf"|{_ENOUGH_UNTIL}|{_NOT_PRESSING}"
    # Had, told by an old one still there to use (round 21; see _OLD_ONE_USABLE; its "new" half is _STILL_NEW's).
    rf"|{_OLD_ONE_USABLE}"
    # A petition's follow-up (round 22, blind36 analysed; see _WITHDRAWN and _BOUGHT_BY_OTHER).
    rf"|{_WITHDRAWN}"
    rf"|(?:{_alternation(PAST_TIMES)})(?:已|就)?(?:{_alternation(FORMAL_STATUS)})"
    r"|不在[^，,。；;]{0,10}范围|(?:(?<=可以|能够|足以)|(?<=[可能]))(?<!不能)(?<!不可)满足"
    rf"|(?:{_alternation(ALREADY)})(?:{_alternation(FORMAL_STATUS)}|(?:{_alternation(FORMAL_MEANS)})"
    rf"[^，,。；;]{{0,16}}?(?<![未没不])(?:{_alternation(FORMAL_DONE)}|(?:{_VERB})到))"
    r")"
)


#: An offer's cues: its stock of the item is gone (「棉被已捐完」「X送光了」). An offer's giving verbs with
#: a completed aspect (「备好X待领」「已准备X」「已购置X」) say the item is ready to give, the opposite of a
#: need's 「X已备好」, so the need's cue lexicon does not apply to offers.
_OFFER_GONE = re.compile(r"(?:捐|送|发|领|分)(?:完|光)|没有了|已无|无货")


#: A wish fulfilled (round 13, the platform's 微心愿): a wish noun (:data:`WISH_NOUNS`) and, in its clause, a verb
#: of fulfilling (:data:`FULFIL_VERBS`) after 已 / 已经 / 早已 or closed by 了 — 「X去年的微心愿已经实现了」
#: 「X的心愿上学期就圆了」「X的愿望早已达成」「X心愿已被点亮」 — or 圆梦了 / 已圆梦. Not unfulfilled (没 / 未 / 还没 before
#: the verb: 「X的心愿还没实现」), not a wish for it (「希望X的心愿早日实现」: no 已, no 了), not a condition
#: (:data:`_WISH_IF` before the noun: 「要是有X，心愿就实现了」 in one clause).
WISH_NOUNS = ("微心愿", "心愿", "愿望", "梦想")
FULFIL_VERBS = ("实现", "圆", "达成", "完成", "满足", "兑现", "点亮")
_WISH_DONE = re.compile(
    rf"(?:{_alternation(WISH_NOUNS)})[^，,。；;！!？?\s]{{0,8}}?(?<![没未])(?<!还没)"
    rf"(?:(?:已经|早已|早就|都已|已)被?(?:{_alternation(FULFIL_VERBS)})|(?:就|都|也|早)?被?(?:{_alternation(FULFIL_VERBS)})了)"
    r"|圆梦了|已经?圆梦")
_WISH_IF = re.compile(r"如果|要是|假如|只要|若是|一旦|希望|盼|等到")


def _wish_fulfilled(segment: str) -> bool:
    """Return whether a need's clause segment says its wish was fulfilled (:data:`_WISH_DONE`; round 13)."""
    for m in _WISH_DONE.finditer(segment):
        # the condition counts in the wish's own clause only (「希望有X，谢谢。Y的微心愿已经实现了」 had Y)
        start = max(segment.rfind(p, 0, m.start()) for p in "，,。；;！!？?") + 1
        if not _WISH_IF.search(segment, start, m.start()):
            return True
    return False


#: Round 21 (blind34 analysed): a settled or received cue followed by 就好了 · 该多好 is a wish that it were so, said in a
#: headline's quotation (「“X的事有着落就好了”」「X能配齐就好了」): the thing is still wanted.
_WISHED_AFTER = re.compile(r"了?(?:就好了|就好啦|就好|该多好|该有多好|多好啊)")
#: Round 22: how far an enough cue reaches (:func:`_negated`). The older 够吃 · 够用 … (:data:`ENOUGH_CUES`) match
#: where :data:`_ENOUGH_UNTIL` would and end before its span of time, so the wish or question after the span was
#: not seen: 「粮食够吃到明年就好了」 (a wish), 「粮食够吃到开春吗」 (a question) ask. The span (到 · 过 + a time of
#: :data:`_LASTING`) is passed over before :data:`_WISHED_AFTER` and :data:`_ENOUGH_ASKED` are tried.
_ENOUGH_SPAN = re.compile(rf"(?:到|过){_LASTING}")
#: A question closing an enough cue (round 22): 「X够吃吗」「X够用到年底不」「X够吃没有？」 is asked, not said.
_ENOUGH_ASKED = re.compile(r"了?(?:吗|嘛|么|不\s*$|不[？?]|没有?[？?]|没有?\s*$)")
#: A request word before 把 (review of round 12): 「请把X办好」「麻烦把X送上门」「希望能把X配齐」.
_ASK_BA = re.compile(r"(?:请|麻烦|帮忙|帮我们?|希望|盼望|恳请|能否|能不能|可否|尽快|早日)(?:能|帮忙|帮我们?|尽快|早日)?把")


#: Someone else asking whether the household wants a thing (round 16, blind23 analysed): the asker (:data:`_ASKER`)
#: before 问, the one asked after it, then the A-not-A question (:data:`_ASKED_WHETHER`) — one pattern for
#: :data:`_TOPIC_REST` and :data:`_ASKED_ABOUT` (review of round 16).
_ASKER = r"(?:有人|别人|人家|旁人|村里|村上|村干部|干部|工作队|社工|志愿者|老师|亲戚|邻居|对方|他们)"
_ASKED_WHETHER = (r"(?:来|也|还|曾)?问(?:了|过)?(?:我们家?|我家|我|咱家?|俺家?|他|她|他们|老人|家里|户主)?"
                  r"(?:要不要|需不需要|缺不缺|用不用|还要不要)")
#: Round 13 (docs "Round 13: constructions from general knowledge"): what a segment naming items says when
#: it only raises them as a topic for the next segment to answer — bare (「X？」), with a topic word before or
#: after (「至于X」「X的话」「X这块」), or asked about (「问他要不要X」).
_TOPIC_REST = re.compile(r"(?:至于|关于|说到|提到|要说"
                         # Round 21 (blind34 analysed): a news story's openers (「有关X的诉求，…」「说起X，…」).
                         r"|有关|说起|提起|谈起|讲起|问起"
                         # Round 16 (blind23 analysed): someone else asked whether the household wants it (「有人问
                         # 要不要X，我们家用不上」「村里来问过我家要不要X」): the asker before 问, the household after it.
                         rf"|{_ASKER}?{_ASKED_WHETHER})?"
                         # Round 14 (blind19 analysed): applied for before, its outcome told next (「X前年报了一回，
                         # 已经落实了」「X上回申请过，已经批了」; 「…，一直没批」 is no answer and keeps X).
                         r"(?:(?:去年|前年|今年|之前|以前|此前|上次|上回|上个月|上半年|年初|早先)?"
                         # Round 21 (blind33 analysed): where it was filed, and 过了 — 「X上次群里登记过了，已经领了」
                         # 「X之前在群里接过龙了，…」.
                         r"(?:在?(?:群里|群上|村里|网上|系统里))?(?:已经|曾经|也)?"
                         r"(?:报|申请|申报|上报|提|登记|报名|接龙|接过龙)(?:过了|过|了)(?:一次|一回|两次|几次)?)?"
                         r"(?:的话|呢|嘛|啊|吧|这块|这一块|这个|这方面|方面|那块|的事|的事情|的问题"
                         # Round 18 (blind27 analysed): a register's item line — 「X一项，户主本人表示不需要」「X此项：已落实」.
                         r"|一项|这一项|这项|此项|该项|一栏|这一栏"
                         # Round 21 (blind33 analysed): a 接龙 line named as the line, with what is said of it — 「X那条是
                         # 帮隔壁接的，我家不要」「X这条是我妈报的，不用了」: the next segment's answer is about that line.
                         r"|(?:那条|这条|那一条|这一条|那行|这行)(?:是|也是)?[^，,。；;！!？?\s]{0,8}"
                         # Round 21: a petition's matter (「有关X的诉求，乡里已于上月答复办理完毕」).
                         r"|的诉求|的需求|一事"
                         # Round 14: the writer's own question about it, answered next (「X要不要？不要」「X还缺不缺？
                         # 不缺了」「X需要吗？家里有」): an A-not-A or a 吗 question right after the name.
                         r"|(?:还|到底|究竟)?(?:要不要|需不需要|需要不需要|缺不缺|用不用|用得着吗|用得上吗|要吗|"
                         r"需要吗|缺吗|还要吗|有没有需要)"
                         # Round 17 (blind25 analysed): the question names its filing or getting verb — 「X还用不用
                         # 报？先不报了」「X要不要申请？不申请了」「X还用报吗？」 — answered like the bare question.
                         r"(?:报|申报|申请|上报|登记|买|换|添|领)?(?:吗|呢|啊)?"
                         r"|(?:还|到底)?(?:用|要|需要|得)(?:报|申报|申请|上报|登记)(?:吗|不)?)?")
#: No more needed (round 16, blind23 analysed): a segment naming nothing that says the thing need not be got again —
#: 不用 · 不必 · 无需 · 无须 · 不需要 · 用不着 · 犯不着 + 再 · 另 (+ 去) + a verb of getting — answers the statement before
#: it: 「孩子说X同桌借给他用了，不用再买」「X表哥留给我们了，就不必另买」. The statement must not ask (:data:`_RUN_ON_ASK`):
#: 「想要X，这样就不用再买了」 keeps X.
_NO_MORE = re.compile(r"(?:不用|不必|无需|无须|不需要|用不着|犯不着)(?:再|另|另外)(?:去|来)?"
                      r"(?:买|购买|添|添置|置办|配|申请|申报|报|要|花钱|准备|找)"
                      # (Review of round 16: the verb ends the answer — 「不用再买新的了」; 「…，不用再找车」
                      # 「…，不用再找人」 name what the thing spares, not the thing.)
                      r"(?:买|去买)?(?:个新的|一个新的|新的|一个|了|啦|呢|吧|的)*\s*$")
#: A new one wanted (round 16): 「…，想换个新的」「…，想要一床新的」 renews what the segment before had.
#: (Round 17: a bigger or better one is a new one too — 「…，就是太小了，想换个大的」「…，想要个厚点的」.)
_NEW_ONE = re.compile(r"(?<![不没别甭])(?:想|要|需要|希望|盼|得)(?:换|要|买|添|有)?(?:个|一个|一?[床台件张辆把口只条双副套])?"
                      r"(?:新|大|厚|结实|暖和)(?:一?点|些)?的")
#: The standard of a comparison (round 16, blind23 analysed): 「比起X，更要紧的是Y」「与其X，不如Y」「相比X，Y更缺」 —
#: what Y is weighed against is no request; the standard runs from the comparison word to the clause's end, 更 · 还是 ·
#: 不如 or 来说 / 而言.
#: (Review of round 16: 和 · 与 · 跟 · 同 + the standard + 相比 closes the standard before 相比 — 「跟往年相比化肥都缺」
#: 「与化肥相比，种子更缺」; what follows 相比 there is the statement.)
_COMPARED = re.compile(r"(?:(?<![和与跟同])(?:比起|相比于?|相较于?|较之|与其说?)|(?<=[和与跟同])(?=[^，,。；;！!？?]{1,8}?相比))"
                       r"(?P<std>[^，,。；;！!？?]+?)(?=$|[，,。；;！!？?]|更|还是|倒不如|不如|来说|而言|相比)"
                       r"(?:相比(?:之下|起来)?)?")
#: A question someone else asked the household, opening its segment (round 16): what follows 要不要 is the question's
#: object, however the lexicon reads it (「有人问要不要米粉条」 reads 粉条 with 米 left over).
_ASKED_ABOUT = re.compile(_ASKER + _ASKED_WHETHER)
#: A bare wish word before a time word (review of round 16, :meth:`Lexicon._time_comments`).
_WISHED_TIME = re.compile(r"(?:希望|盼望|盼着|但愿)(?:能|在)?")
#: The time words among the turns (:data:`_TURN`) that may begin a comment on the name before them (round 15,
#: :meth:`Lexicon._time_comments`).
_TIME_TURN = re.compile(r"今年|现在|目前|如今|眼下")
#: The others of an exception (「除了X别的都有」「除X之外，其他都齐了」): when they are had, X is missing.
_OTHERS = re.compile(r"(?:以外|之外|外)?[，,\s]*(?:别的|其他的?|其它的?|其余的?|剩下的|余下的|旁的|别个)")
#: Wanted again, closing a clause whose last segment names nothing (「X去年领过，今年还想要」「…又要了」). Read
#: on the clause up to the segment's end: the turns cut 「今年还想要」 into 「今年」「还」「想要」; a bare
#: 需要 is none (「X现有存量可满足需要」).
_RENEWED = re.compile(r"(?<!别的)(?<!其他)(?<!其它)(?<!其余)(?<!其他的)(?<!其它的)(?<!其余的)(?<!别个)(?<!别的东西)"
                      r"(?:还|又|再|仍|仍然|依然|也)(?:想要|需要|要|缺|急需)"
                      # (Round 17: the count of the one wanted closes it — 「…，我也想要一个」「…，还缺一床」; the others
                      # wanted too are not the one had — 「X领过了，别的也要」「…，其他的还要」.)
                      r"(?:[一二两三四五六七八九十几]?[个床台件张辆把口只条盏双套份袋]|[一]?点|些)?了?$")
#: Round 21 (blind34 analysed): a topic a news story opens with a word of its own (「至于X，」「有关X的诉求，」「说起X，」)
#: is answered at a story's length: 「至于X，家里存下的足够用到明年」「说起X，老人连连摆手说还能用」 — up to
#: :data:`_OPENED_ANSWER_LONGEST` characters, a 的 allowed unless it names a kind the household does not want
#: (:data:`_KIND_ANSWER`: 「至于X，二手的不要」 still asks for X).
_QUOTE_MARKS = "“”\"「」『』‘’'"
_TOPIC_OPENER = re.compile(r"至于|关于|有关|说到|提到|说起|提起|谈起|讲起|问起|要说")
_OPENED_ANSWER_LONGEST = 16
_OPENED_TOPIC_LONGEST = 12
#: A questionnaire's tag of who speaks, opening a segment (round 22, blind35 analysed): 「（受访者原话）X嘛，屋里有得」
#: 「（户主答）X呢，…」 — a bracket of at most eight characters naming nothing (names are blanked before it is read),
#: no statement of the segment's own. Not a bracket that asks (「（急需）X，…」): 需 · 要 · 缺 · 急 · 求 · 盼 · 想 · 请 keep it.
_SPEAKER_TAG = re.compile("^[(（](?![^()（）]*[需要缺急求盼想请])[^()（）\ue000]{1,8}[)）]")
_TOPIC_MARKER_END = re.compile(r"(?:的诉求|的需求|的申请|一事|的事情?|的问题|的话|这块|方面)$")
_KIND_ANSWER = re.compile(r"的(?:也|就|都|可)?(?:不要|不用|不需要|用不上|不合适|不行)")
#: The longest segment naming nothing that keeps what the segment before said (a time or an adverb the
#: turns cut off: 「今年」「还」); a longer one is a statement of its own (「缺技术」「去年遭受洪灾」).
_BRIDGE_LONGEST = 2
#: The longest answer (characters) that says a topic of the segment before is had: 「家里已经有了」「亲戚给解决了」;
#: a longer segment is a statement of its own (「家里还有一个瘫痪老人」).
_ANSWER_LONGEST = 8
#: Who gives a register's answer, opening it (round 18, blind27 analysed): the household's head, the person, an elder,
#: a relative or the child, then a verb of saying — 「户主本人表示不需要」「老人自述不缺」「家属明确表示放弃」. Not counted in
#: :data:`_ANSWER_LONGEST`: the answer is what follows.
_ANSWER_SPEAKER = re.compile(r"^(?:该户|户主|本人|老人|家属|当事人|监护人|孩子|学生|其)+(?:本人)?(?:已|也)?(?:明确|当面|书面)?"
                             r"(?:表示|自述|声明|称|说|反映|表态|确认)")
#: The longest segment naming nothing between a had item and a wish that renews it (round 17): a reason
#: (「就是太小了」「今年孩子长高了」) keeps what was had for the next segment only.
_REASON_LONGEST = 8


#: A short modifier ending in 的 right before a topic's first name (round 17, :func:`_is_topic`).
_TOPIC_MODIFIER = re.compile(r"^[^，,。；;！!？?\s的]{1,6}的(?=\ue000)")


#: A bracketed qualifier right after a name (round 18, :func:`_is_topic`): 「（户）」「（单人）」「(1.5米床)」.
#: A package's label (round 19, :meth:`Lexicon._package_programme_dropped`): 乔迁礼包, 学前启蒙包, a 套餐.
_PACKAGE_LABEL = re.compile("包$|套餐")

#: A bare head and the bracket that says which one (round 19, :meth:`Lexicon._qualified_heads`): 「慢病药（高血压）」
#: 「灯（路边的）」 — the head's Chinese characters right before the bracket, the bracket's words (的 allowed) inside.
_QUALIFIED_HEAD = re.compile("([\u4e00-\u9fff]{1,8})\\(([\u4e00-\u9fff]{1,6})\\)")

#: A bracket's last character that says whose the thing is, not which (「（老刘家）」「（三类户）」「（周某）」).
_QUALIFIER_WHO = frozenset("家户某人")

_NAME_QUALIFIER = re.compile("(?<=\ue000)\\s*[(（][^()（）]{1,8}[)）]")


#: A register's item line (round 18, blind27 analysed): up to eight characters the name's reading left, then 一项 ·
#: 此项 · 该项 … closing the segment — 「冬用被褥一项，户主本人表示不需要」: the line's item is the topic, however much of
#: its name the lexicon read (a request word in the line makes it none: 「急需X一项」).
_LINE_ITEM = re.compile(r"[^，,。；;！!？?]{0,8}?(?:一项|这一项|这项|此项|该项)")


def _is_topic(part: str, found: list) -> bool:
    """Return whether a segment naming items (``found``: spans of :meth:`Lexicon.mentions`) only raises them
    as a topic (:data:`_TOPIC_REST`): 「X？」「至于X」「X的话」「问他要不要X」 (round 13)."""
    if _ASKED_ABOUT.match(part.lstrip()):  # 「有人问要不要打圈梁的钢筋」: the whole question is its object (round 16)
        return True
    rest = _blank(part, [(s, e) for s, e, _ in found])
    # A modifier the name's reading left before it (round 17, blind25 analysed: 「家门口的铁门还用不用报？」「坐的轮椅
    # 的话」 leave 家门口的 · 坐的): part of the topic's name, not a statement of its own.
    # (Round 22, blind36 analysed: after a topic's own opener — 「关于过冬盖的厚被褥，…」 — the modifier is stripped after
    # the opener, which it had swallowed with it; blind35 analysed: a speaker's tag before it, :data:`_SPEAKER_TAG`.)
    rest = _SPEAKER_TAG.sub("", rest.lstrip().lstrip(_QUOTE_MARKS), count=1)
    opened = _TOPIC_OPENER.match(rest)
    head = rest[:opened.end()] if opened else ""
    rest = head + _TOPIC_MODIFIER.sub("", rest[len(head):])
    # A register's bracketed qualifier right after a name (round 18, blind27 analysed: 「电热毯（单人）一项，…」
    # 「被子（户）？」): part of the item's line, not a statement of its own.
    rest = _NAME_QUALIFIER.sub("", rest).replace(_BLANK, "")
    # (Round 21: a quotation's marks around the topic are no statement — 「…最缺的就是Y。”说起X，…」.)
    rest = re.sub(r"[、和及与\s“”\"「」『』]", "", rest)
    if _LINE_ITEM.fullmatch(rest) and not _RUN_ON_ASK.search(rest):
        return True  # 「冬用被褥一项，…」: the line names its item, whatever the name's reading left (round 18)
    if _TOPIC_REST.fullmatch(rest) is not None:
        return True
    # Round 21 (blind34 analysed): after a topic's own opener (「说起X，」「至于X，」「有关X的诉求，」) the whole noun
    # phrase is the topic, whatever characters the name's reading left (「说起窗户框子」 reads 窗户 and leaves 框子),
    # when it asks and refuses nothing and is short (:data:`_OPENED_TOPIC_LONGEST`).
    opener = _TOPIC_OPENER.match(rest)
    if opener:
        phrase = _TOPIC_MARKER_END.sub("", rest[opener.end():])
        if len(phrase) <= _OPENED_TOPIC_LONGEST and not _TOPIC_PHRASE_ASK.search(phrase) \
                and not _RUN_ON_ASK.search(phrase):
            return True
    return _topic_after_phrase(part, found)


#: The words a noun phrase before a topic's last name may not hold (round 18, :func:`_topic_after_phrase`): a
#: request, a plea or a giving verb makes the segment a statement, not a topic.
_TOPIC_PHRASE_ASK = re.compile(r"请|希望|能否|能不能|可否|帮|买|送|捐|[不没无未别]"
                               # (Round 22: 给 + who it is for is the thing's use, 「给老人量血压的机器」, no giving.)
                               r"|给(?!老人|娃|孩子|小孩|父母|爹娘|病人)")
#: The longest text (characters, names left out) a topic's noun phrase may hold besides its names (round 18).
_TOPIC_PHRASE_LONGEST = 6


def _topic_after_phrase(part: str, found: list) -> bool:
    """Return whether a segment is a noun phrase ending in a name and then a topic marker (round 18).

    The noun phrase may hold a short text besides its names — a joining word (「饭桌带板凳」), an age word
    (「旧棉被和枕头」), a place the thing is kept at (「挂灶头上熏的肉」) — of at most :data:`_TOPIC_PHRASE_LONGEST`
    characters with no request, plea or giving verb (:data:`_TOPIC_PHRASE_ASK`, :data:`_RUN_ON_ASK`); after its last
    name only a topic marker of :data:`_TOPIC_REST` stands, and one must stand there (「X登记过一回」「X的话」).
    Round 17 read these with no leftover text only, so 「饭桌带板凳登记过一回，已经领走了」 still asked.
    """
    if not found:
        return False
    start, end, _ = found[-1]
    tail = re.sub(r"\s", "", part[end:])
    if not tail or _TOPIC_REST.fullmatch(tail) is None:
        return False
    head = _blank(part[:start], [(s, e) for s, e, _ in found[:-1]]).replace(_BLANK, "")
    head = re.sub(r"[\s，,]", "", head)
    return len(head) <= _TOPIC_PHRASE_LONGEST and not _TOPIC_PHRASE_ASK.search(head) \
        and not _RUN_ON_ASK.search(head)


def _lack_of_its_own(later: str) -> bool:
    """Return whether the text after a name (``later``: the rest of its clause and the text after it up to the
    sentence's end or the next name, commas dropped) says that thing is lacking (:data:`_LACKING`,
    :data:`_STILL_WANTED`) before any 「的 + noun」 brings in another thing whose lack it would be
    (「洗肾，拄路的杵杵一直没有」「房屋修缮后垫脚的墩墩还没着落」 are another thing's; round 13)."""
    # The kept text joins the segments a turn cut with 「，」 (「今年，还，想要」 reads 「今年还想要」): the cues are
    # read without them, the 的 with them (「说好给发的，一直没到」 closes its clause).
    bare = _SEGMENT_MARKS.sub("", later)
    hits = [m.start() for m in (_LACKING.search(bare), _STILL_WANTED.search(bare)) if m]
    if not hits:
        return False
    first = min(hits)
    return not any(len(_SEGMENT_MARKS.sub("", later[:m.start()])) < first for m in _MODIFIER_DE.finditer(later))


def _except_others(part: str, start: int) -> int | None:
    """Return where the others begin in 「除了X别的都有」「除X之外其他都齐了」 (the segment after the exception
    says they are had), else None (round 13: the excepted X is then the request, not the exception)."""
    m = _OTHERS.search(part, start)
    if m is None or m.start() == start or not _negated(part[m.end():]):
        return None
    return m.start()


# Round 20 (extraction time): the same cue search with a lookahead on its first characters in front of each branch
# the engine cannot pass over at once (most begin with lookbehinds), derived from the branch on import
# (matching/regex_guard.py: the same matches, the search about twice as fast). The cue families above stay as
# written; a branch added to them is guarded when its first characters can be told, searched as written if not.
_NEGATION_WRITTEN = _NEGATION
_NEGATION = guard_branches(_NEGATION_WRITTEN)


def _negated(segment: str, offer: bool = False) -> bool:
    """Return whether a clause segment says its items are had or not wanted (a need) or gone (an offer)."""
    if offer:
        return bool(_OFFER_GONE.search(segment))
    segment = _standard(segment)
    m = _NEGATION.search(segment)
    if m is None and _wish_fulfilled(segment):
        return not _STILL_WANTED.search(segment)
    # A request word before 把 + the item asks for what the verb after it says (「请把X办好」「麻烦帮忙把X
    # 送上门」; review of round 12): the cues after it are the request's, not a status.
    if m is None or _ASK_BA.search(segment, 0, m.start()):
        return False
    if _PACKAGE_WISHED.search(segment, 0, m.start()) and _PAST_PACKAGE_RE.match(segment, m.start()):
        return False  # 「希望下次发的礼包里有X」: a wish for the package (review of round 16)
    end = m.end()
    if "够" in m.group():  # 「X够吃到明年就好了」: the wish after the span of time (round 22)
        span = _ENOUGH_SPAN.match(segment, end)
        end = span.end() if span else end
        if _ENOUGH_ASKED.match(segment, end):
            return False  # 「X够吃到开春吗」: a question whether it is enough (round 22)
    if _WISHED_AFTER.match(segment, end):
        return False  # 「X的事有着落就好了」: a wish that it were settled (round 21)
    return not _STILL_WANTED.search(segment)


#: A request in an unpunctuated run (round 14, :func:`_run_on_cuts`): a request word anywhere before a later
#: name (「要X」「X急得很」「X确实是缺 麻烦…帮忙」), and one right before a name (a measure or filler between).
_RUN_ON_ASK = re.compile(r"(?<![不莫别没])要(?!的)|需要(?!的)|(?<![不没])缺(?![的口额])|(?<![不没])急|想(?!要的)|求|盼|申请|报上|麻烦|帮忙")
#: The characters that negate the word after them (「不要」「没要」「冇要」「甭要」「免要」), in Mandarin and the dialects
#: the parts write (冇: 粤 / 湘 / 赣 / 客家; 甭: 北方; 莫: 西南): a request word after one is no request.
_NEGATORS = "不没无未莫别勿毋冇甭免"
#: A contrast's 是 after a pause (a space; round 21) is such a word too: 「X不是急需 是Y」「X已经有了 而是Y」.
_RUN_ON_REQUEST = re.compile(r"(?:(?<![不莫别没])要|需要|想要|(?<![不没])缺|急需|就是|(?<=\s)而?是)[点些个一两]{0,2}$")


def _run_on_cuts(part: str, found: list) -> list[int]:
    """Return where a need's clause segment that runs two statements together is cut (round 14, blind20).

    Phone text (pinyin input, dictation) often has no punctuation where a sentence ends: 「他家娃儿讲要X
    Y去年就领过了的」「Y屋头有两个了 要X」. A segment with a cue says all its names are had (the scope rule of
    :data:`_TURN`), so the request for X was lost with Y. The segment is cut (a) before a later name when
    the text before it asks (:data:`_RUN_ON_ASK`) and holds no cue while the text from that name on holds
    one, and (b) before a request word right before a name (:data:`_RUN_ON_REQUEST`) when the text before it
    holds a cue and the request up to the next name holds none, and (c, review of round 16) after an old thing's
    makeshift 当 · 顶 when a name follows (:data:`_MAKING_DO_AS`). Names side by side with nothing asking
    (「X Y都领过了」) stay one list. ``found`` is :meth:`Lexicon.mentions` of ``part``, by start; offsets in ``part``.
    """
    cuts: list[int] = []
    start = 0
    spans = sorted((s, e) for s, e, _ in found)
    for i, (s, e) in enumerate(spans):
        if s < start:
            continue
        nxt = next((s2 for s2, _ in spans[i + 1:] if s2 >= e), len(part))
        m = _RUN_ON_REQUEST.search(part, start, s)
        if (m and m.start() > start and part[m.start() - 1] not in _NEGATORS  # not 「暂不需要X」
                and _negated(part[start:m.start()])
                and not _negated(part[m.start():nxt])):  # (b) 「Y有两个了 要X」
            start = m.start()
            cuts.append(start)
        if nxt < len(part) and _RUN_ON_ASK.search(part, start, nxt) and not _negated(part[start:nxt]) \
                and _negated(part[nxt:]):  # (a) 「要X Y领过了」
            start = nxt
            cuts.append(start)
    for m in _MAKING_DO_AS.finditer(part):  # (c) 「用旧纸箱当书桌」 (review of round 16)
        if m.end() > (cuts[-1] if cuts else 0) and any(s >= m.end() for s, _ in spans) \
                and not _negated(part[m.end():]):
            cuts.append(m.end())
    return sorted(cuts)


#: Where a ledger row's cells meet (round 11; folded text: ｜ is |, ／ is /): 「户主：李某｜缺：X｜数量：3」
#: 「X｜已发放｜户主签收」「X/已有/不报」「X—不需」. A need's clause is cut there as at a turn, and a cell that
#: names nothing but holds a cue (a status column: 已发放, 已有, 不需, 已到位) says it of the cell before.
_CELL = re.compile(r"[|/¦]|—+|–")
#: A title that lists several things: 「书包、铅笔」「书包和学习用品」「米面油等」.
_LIST = re.compile(r"[、/+＋]|和|及|与|以及|或|等|还有|加上")
# 「不含X」「不包括X」 (an office's list: what follows is not asked for) except like 除 (round 8).
# 「撇开X不说」「抛开X不谈」「刨去X」 (round 10): spoken forms of 除了.
# 「本次不涉及X」 (round 11): an office's 不涉及 like 不含.
_EXCEPT = re.compile(r"除了|除去|除开|除|不含|不包括|不包含|不涉及|撇开|抛开|撇去|刨去|刨开|刨除"
                     # Round 21 (blind33 analysed): 「要的是Y，不算X」 — X left out of the line; not 不算 + a judgement
                     # (不算多 · 不算贵 · 不算什么 · 不算是 …), which names no exception.
                     r"|不算(?![多少大小贵高低什啥太很是好差重轻新旧难容数了得])(?=[\u4e00-\u9fff])")
_EXCEPT_END = re.compile(r"以外|之外|外|不说|不谈|不算|不论")
# Guessing an unknown name (Lexicon.guess). Chinese compounds are head-final (棉靴 is a 靴); a nominal
# suffix (铺盖卷, 羊娃子) leaves the head one character earlier. Young animals and seedlings are named
# stem + 娃/仔/崽/羔/苗/雏 or 小/苗/奶/雏 + stem (猪娃 = 猪仔 = 小猪), so such forms share their stem.
_NOMINAL_SUFFIX = set("子儿卷头")
_YOUNG_AFTER = set("娃仔崽羔苗雏")
_YOUNG_BEFORE = set("小苗奶雏")
# Heads that name the same kind of thing (助听机 is a 助听器, 棉靴 a kind of 棉鞋, 降压片 a 降压药):
# a guessed name's head may be any member of its class.
# 设备 / 器械 / 装置 (round 8) end in 备 / 械 / 置: equipment is a machine head (雾化设备 is a 雾化器).
_HEAD_CLASSES = ("机器仪具备械置", "苗秧种", "衣袄服装衫褂", "鞋靴", "被褥", "药片剂膏丸", "肥料", "镜", "车",
                 "灯", "床铺", "柜橱", "桌台", "椅凳", "笔", "本簿", "包袋兜", "锅煲", "炉灶", "毯毡")
_HEAD_CLASS = {ch: cls for cls in _HEAD_CLASSES for ch in cls}
#: Generic heads of group names: 厨房用具, 扫除工具, 植保器材, 五金辅料, 交通安全设施 are a domain word (厨房,
#: 扫除 ...) + one of these. Two group names with the same domain name the same group, whatever the head
#: (Lexicon.domain_group). A 礼包 (round 7) is a pack of a group's goods: 学习礼包, 过冬大礼包.
GROUP_HEADS = ("用具", "用品", "工具", "器具", "器材", "器械", "物资", "物品", "材料", "辅料", "辅材", "设备", "设施",
               "礼包")
_GROUP_HEAD = re.compile("|".join(GROUP_HEADS))
#: Money's generic heads (round 13): two characters every cash name of its kind shares (看病的钱, 修房的钱,
#: 周转的钱 …), no evidence for a guess (:func:`_generic_run`).
MONEY_RUNS = frozenset(("的钱", "钱款", "费用", "资金", "补贴", "补助", "的费"))
_MAX_DOMAIN = 8


#: Ends of a donor's or a beneficiary's name (round 8): 「建材贸易公司」「电商平台助农频道」「农业产业化龙头
#: 企业」「易地搬迁安置点」 name who gives or who asks, never the item, so the names inside them (建材, 电商,
#: 龙头, 易地搬迁) are not read as items.
ORG_SUFFIXES = ("有限公司", "公司", "企业", "集团", "商会", "协会", "基金会", "联合会", "合作社", "频道",
                "采购部", "帮扶办", "办公室", "商超", "超市", "工厂", "银行", "单位", "组织", "安置点", "村委会",
                "居委会", "委员会", "工作队",
                # Round 13: the platform's donors are teams and a unit's mass organisations (「巾帼志愿服务队」
                # 「退役军人志愿服务队」「某公司工会」「团县委」): 志愿服务 inside is no 陪伴关爱 given.
                "服务队", "志愿队", "突击队", "先锋队", "服务团", "工会", "团委", "团支部", "党小组",
                # Round 17 (blind26 analysed): a bank's branch (「邮储银行县支行」「农行某分行营业部」).
                "支行", "分行", "营业部")
# (A lookahead on the suffixes' first characters lets the search skip the other positions at once.)
_ORG = re.compile(_starting(ORG_SUFFIXES))
#: Words an organisation's name does not run back over (「…定向捐赠养蜂物资」: the name ends at the verb).
_ORG_STOP = re.compile(r"捐赠|捐助|赠送|提供|供应|收购|求购|采购(?!部)|定向|急需|需要|申请|援助|关于|为|给|向|捐|赠|由|从|被|把|将|和|与|及|或|的"
                       # round 19 (blind30 analysed): a case note's linking verb and a status's 已 (「X已链接爱心企业资源」)
                       r"|链接|转介|对接|已(?:经)?(?:在|于|从|通过)?")
_ORG_LONGEST = 14
_ORG_LAST = frozenset(w[-1] for w in ORG_SUFFIXES)
#: What a giver does, closing a bracket or the title after its name (round 17, blind26 analysed: 「X（某支公司代办）」
#: 「X（县职校承办）」「X（某平台发布）」「X（某集团供货）」): the verb is the giver's part, no item offered — 代办 is also
#: the 代办服务 an office offers, named alone (「条码申请代办」 keeps it: no organisation's name before it).
GIVER_VERBS = ("代办", "代理", "承办", "主办", "协办", "发布", "供货", "提供", "出品", "组织", "实施", "援建", "捐赠", "捐建")
_GIVER_AFTER = re.compile(rf"(?:{_alternation(GIVER_VERBS)})(?=\s*(?:\)|$))")
#: What a product title says around its item (round 8): grades and quality words, pack sizes, model
#: and standard codes, specifications in brackets. Blanked when reading an item the lexicon does not
#: name (the guess, the group's domain word, the name similarity), never inside a name it finds.
PRODUCT_WORDS = ("特级", "一级", "二级", "三级", "优级", "甲级", "精品", "优质", "精选", "有机", "绿色", "国标", "新国标",
                 "加厚", "加绒", "加大", "特大", "新款", "正品", "高档", "高端", "特价", "家用", "商用", "专业",
                 "精制", "优选", "高品质", "耐用", "多功能", "大容量", "便携式", "便携", "一体化", "智能", "新品", "原装",
                 "批量")
#: Round 20: a listing's pack (「沙琪玛整箱装」「蛋卷礼盒装」「洗衣液家庭装」) is how the thing comes, a unit, never part of
#: its name — the guess read 礼盒 as 包装礼盒 and 整箱 as a box of 卫生纸. Not before a word that makes 装 a verb or a
#: noun of its own (家庭装修, 组合装配, 整箱装车).
PACK_WORDS = ("礼盒", "整箱", "整件", "家庭", "组合", "量贩", "实惠", "经济", "分享", "促销", "囤货", "独立", "大包", "小包")
_PACK = rf"(?:{_alternation(PACK_WORDS)})装(?![修饰配卸车载备置机])"
_PRODUCT_NOISE = re.compile(
    r"[(\[【（][^)\]】）]{0,30}[)\]】）]"                             # （50只/盒）, 【…】, (1.8米)
    r"|每[箱盒袋包件桶提捆卷][0-9一二三四五六七八九十百]+[瓶袋包个只片支盒罐听块卷米]?"  # 每箱24瓶
    r"|[0-9a-zφ][0-9a-zφ.×*+/%\-]*(?:厘米|毫米|千克|公斤|毫升|[号色孔位寸米升克斤瓦伏匹片只瓶袋包盒箱卷])?装?"
    rf"|{_PACK}|{_alternation(PRODUCT_WORDS)}"
)


#: Ends of a shop's, a livestream's or an online seller's name (round 11): 「暖阳家纺旗舰店」「鸿运家电专营店」
#: 「安居建材城网店」「鲜果铺子直播间」「县电商直播基地」「东北大姐短视频号」「惠农优选电商」 name who gives, and the
#: words inside them (家纺, 家电, 建材, 鲜果, 电商) are no item. Such a word is also the head of items and
#: programmes (网店保证金, 直播带货培训, 电商培训, 店铺), so it ends a name only where the name ends: before a
#: non-Chinese character or the text's end, or before a donor's or a seller's word (:data:`_SHOP_NEXT`); and
#: the name must have at least :data:`_SHOP_SHORTEST` characters before the suffix, the last not a verb of
#: doing the trade (「想学电商」「开网店」 ask for the trade, 「农村电商」 is too short to be a seller).
SHOP_SUFFIXES = ("旗舰店", "专营店", "专卖店", "网店", "小卖店", "小卖部", "小卖铺", "门市部", "商店", "商行", "商城",
                 "铺子", "店", "直播间", "直播基地", "短视频号", "视频号", "主播团队", "带货团队", "志愿团", "电商",
                 "社会责任部")
#: The market's trade words (round 12): how a seller clears or ships stock (尾货, 库存清仓, 临期, 同款, 厂家直供,
#: 产地直采, 公益专供, 按出厂价 …). They name no item (「保暖季清仓」 is no 阳台 of 平台), and a seller's name
#: ends before them (「某电商平台旗舰店厂家直供」).
TRADE_WORDS = ("尾货处理", "尾货", "尾单", "库存清仓", "反季清仓", "清仓处理", "清仓", "库存处理", "临期", "同款",
               "厂家直供", "厂家直销", "厂家直营", "厂家直发", "产地直采", "产地直供", "产地直发", "公益专供", "专供",
               "按出厂价", "出厂价", "成本价", "订单农业", "包邮", "现货", "断码", "样品机", "展示机",
               # Round 19 (blind29 analysed): a listing's 工厂直发 (「屋面彩钢板工厂直发」) — 工厂 there ends no donor's name.
               "工厂直发", "工厂直供", "工厂直销", "工厂价")
_SHOP_NEXT = ("捐", "赠", "爱心", "公益", "常年", "长期", "出资", "出钱", "发起", "老板", "包销", "短视频", "带货", "直播",
              "助农", "消费", "采购", "收购", "求购", "供货", "专拍", "专场", "上链接", "帮扶资金", "社会责任")
_SHOP_SHORTEST = 2
_SHOP = re.compile(_starting(SHOP_SUFFIXES) +
                   f"(?=$|[^\u4e00-\u9fff]|{_alternation(_SHOP_NEXT + TRADE_WORDS)})")
_SHOP_LAST = frozenset(w[-1] for w in SHOP_SUFFIXES)
_TRADE_VERBS = frozenset("学做搞干开当办")
#: Words of a need inside the run back (review of round 11): 「村里缺个小卖部」「缺少农村电商」 ask for the
#: shop or the trade; the run is no seller's name then.
_SHOP_NEED = re.compile("缺|需|想|要|盼|求|发展|建设|开|办|搞")
#: Round 19 (blind29 analysed: offers written as product listings by brands' CSR, couriers' funds and livestream
#: hosts). A donor's name by the kind of body, as families:
#:
#: * a fund or a project right after an organisation's name (`_DONOR_PROGRAMME`): 公益 · 爱心 · 慈善 + 基金 · 项目 ·
#:   计划, a bare 基金 · 项目, a company's CSR (+ 项目) — 「某快递公司公益基金」「某手机品牌CSR项目」 are who gives (公益基金
#:   is no 金融帮扶 offered); the name before it is an :data:`ORG_SUFFIXES` one or a withheld 某 … 品牌 (:data:`_WITHHELD_ORG`);
#: * a seller in person (`_HOST`): 主播 · 店主 · 博主 · 达人 · 网红 · 团长 · 掌柜, a short personal name after it
#:   (小杨 · 阿芳 · 老王) allowed, where a name can end (the text's end, a non-Chinese character, or a donor's, a
#:   seller's or a programme's word: :data:`_SHOP_NEXT`, 认购 · 乡村振兴 · 健康 · 就业 · 帮卖), run back as a shop's —
#:   「带货主播小杨」「短视频助农主播认购…」: 带货 there is the host's trade, no 电商培训 offered; 「想当主播」「电商主播孵化班」
#:   ask for or offer the trade (当 before it, 孵化 after it).
_DONOR_PROGRAMME = re.compile(r"csr(?:公益)?(?:项目|计划)?|(?:公益|爱心|慈善)(?:基金(?!会)|项目|计划)|基金(?!会)|项目")
_HOST_ROLES = ("主播", "店主", "博主", "达人", "网红", "团长", "掌柜")
_HOST = re.compile(_starting(_HOST_ROLES) + r"(?:[小老阿][\u4e00-\u9fff])?"
                   + f"(?=$|[^\u4e00-\u9fff]|{_alternation(_SHOP_NEXT + TRADE_WORDS + ('认购', '乡村振兴', '健康', '就业', '帮卖'))})")
_HOST_FIRST = frozenset(w[0] for w in _HOST_ROLES)


def _with_programme(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return donors' name ``spans`` of folded ``text`` each run on over the funds and projects right after it
    (:data:`_DONOR_PROGRAMME`, round 19: 「某快递公司公益基金」)."""
    out = []
    for k, e in spans:
        while (m := _DONOR_PROGRAMME.match(text, e)) is not None and m.end() > e:
            e = m.end()
        out.append((k, e))
    return out


def _host_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of sellers named in person (:data:`_HOST`, round 19) in folded ``text``, run back as a shop's
    name (:func:`_run_back`, no trade verb right before the role, no need's word in the run or just before it)."""
    spans = []
    for m in _HOST.finditer(text):
        k = _run_back(text, m.start(), _ORG_LONGEST)
        # (A need's word in the run or up to four characters before it — 「求购带货主播」「最缺的是电商主播」 — asks for one.)
        if (m.start() == 0 or text[m.start() - 1] not in _TRADE_VERBS) and not _SHOP_NEED.search(text, max(0, k - 4), m.start()):
            spans.append((k, m.end()))
    return spans


#: A public institution as the giver (round 21, round 20's leftovers: 「县图书馆捐赠…」 guessed 图书 from the donor's
#: name): its name, ended by one of these and right before a giving verb, is the donor's, and the guess of an unknown
#: item (:meth:`Lexicon._guess`) does not see it — 「县图书馆捐赠一批物资」「市人民医院赠送…」「县职业技术学校捐助…」. Only
#: before a giving verb (elsewhere such a word may be the need's own: 「村里想建个图书馆」), and only for the guess:
#: blanking it for every reading (as :func:`org_spans` does) dropped names the lexicon reads in the donor's words
#: and moved blind33's needs → offers by −0.0045 (「村级电商服务站捐的便民服务」: the evaluation's decision, not a rule).
_INSTITUTION_ENDS = ("图书馆", "文化馆", "博物馆", "科技馆", "纪念馆", "体育馆", "文化站", "卫生院", "卫生室", "医院",
                     "学校", "中学", "小学", "大学", "学院", "研究所", "研究院", "中心", "站", "所", "局")
#: Round 22: the giver's own words may stand between its name and the verb — who in it gives (爱心 · 志愿者 · 党支部 ·
#: 全体职工 …), with whom (联合 …) or to whom (向 · 为 …): 「县图书馆爱心捐赠」「县图书馆志愿者捐赠物资」「县图书馆向学校赠送
#: 一批物资」「县医院联合爱心企业捐赠」 are the institution's gifts too.
_DONOR_GAP = (r"(?:爱心|志愿者|志愿服务队|党支部|党总支|工会|团委|妇委会|全体职工|干部职工|全体师生|师生|职工|医护人员|全体|"
              r"特别|定向|再次|积极|联合[^，,。；;！!？?\s]{1,10}?|[向为给][^，,。；;！!？?\s]{1,10}?)*")
_INSTITUTION = re.compile(rf"(?:{_alternation(_INSTITUTION_ENDS)}){_DONOR_GAP}(?=捐赠|捐助|捐献|赠送|援建|资助|捐|赠)")
_INSTITUTION_LAST = frozenset(w[-1] for w in _INSTITUTION_ENDS)


def _institution_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of the institutions' names right before a giving verb in folded ``text``
    (:data:`_INSTITUTION`), each run back like an organisation's name, with the giver's words after it
    (:data:`_DONOR_GAP`, round 22: 「市人民医院医护人员捐赠…」 guesses nothing from 医护)."""
    if _INSTITUTION_LAST.isdisjoint(text):
        return []
    return [(_run_back(text, m.start(), _ORG_LONGEST), m.end()) for m in _INSTITUTION.finditer(text)]


def org_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of the donors' and beneficiaries' names in folded ``text``.

    A name ends with one of :data:`ORG_SUFFIXES` and runs back over Chinese characters, at most
    :data:`_ORG_LONGEST`, to the text's start, a punctuation mark or bracket, or a giving verb
    (「爱心企业」 in 「爱心企业定向捐赠棉被」, 「易地搬迁安置点」 in 「易地搬迁安置点餐椅需求申报」). A shop's or a
    livestream's name (round 11) ends with one of :data:`SHOP_SUFFIXES` where a name can end (see there).
    """
    spans = []
    if not _ORG_LAST.isdisjoint(text):  # most texts: no suffix's last character, nothing to search
        # (Round 19: not a suffix that begins a trade word, 「X工厂直发」: the listing's, see TRADE_WORDS.)
        spans = [(_run_back(text, m.start(), _ORG_LONGEST), m.end()) for m in _ORG.finditer(text)
                 if not _TRADE.match(text, m.start())]
        # The giver's verb closing a bracket or the text after its name is the giver's (round 17).
        spans = [(k, g.end() if (g := _GIVER_AFTER.match(text, e)) else e) for k, e in spans]
        spans = _with_programme(text, spans)  # round 19: 「某快递公司公益基金」
    if not _SHOP_LAST.isdisjoint(text):
        for m in _SHOP.finditer(text):
            k = _run_back(text, m.start(), _ORG_LONGEST)
            if (m.start() - k >= _SHOP_SHORTEST and text[m.start() - 1] not in _TRADE_VERBS
                    and not _SHOP_NEED.search(text, k, m.start())):
                spans.append((k, m.end()))
    if not _HOST_FIRST.isdisjoint(text):
        spans += _host_spans(text)
    return spans


def _run_back(text: str, end: int, longest: int, stop: re.Pattern | None = None, halt: str = "") -> int:
    # Where a name ending at ``end`` starts: back over at most ``longest`` Chinese characters (none of ``halt``),
    # to the text's start, a punctuation mark or bracket, or the last match of ``stop`` (a giving verb,
    # _ORG_STOP, by default).
    k = end
    while k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff" and text[k - 1] not in halt and end - k < longest:
        k -= 1
    stops = list((stop or _ORG_STOP).finditer(text, k, end))
    return stops[-1].end() if stops else k


#: The programmes an official's offer is posted under (round 10): 「广州市对口帮扶织金县物资：X」, 「…，协作资金
#: 采购X」, 「X（宁波市对口帮扶册亨县帮扶物资）」, 「天津市东西部协作甘谷县工作组」, 「以购代捐：X」. The frame
#: names who gives and under which programme, never the item; the words inside (帮扶, 协作, 劳务协作, 物资 ...)
#: are not read as items.
PROGRAMME_WORDS = ("对口帮扶", "对口支援", "对口协作", "东西部扶贫协作", "东西部协作", "扶贫协作", "定点帮扶",
                   "结对帮扶", "携手奔小康", "万企帮万村", "以购代捐", "消费协作", "消费帮扶",
                   # Funds that buy goods frame them (「协作资金采购X」); 「协作资金扶持」 alone is the money itself.
                   "协作资金采购", "协作资金购买", "协作资金购置", "帮扶资金采购", "帮扶资金购买", "专项资金采购",
                   # Round 11: an online seller's programmes (「【电商扶贫】…常年求购X」「X（…消费扶贫）」).
                   "电商扶贫", "消费扶贫", "网购捐赠")
#: Words that may follow a programme and its places: what the frame calls the goods (物资, 项目捐赠,
#: 采购), and its offices (工作组, 劳务协作工作站 发布).
_PROGRAMME_TAIL = ("劳务协作工作站发布", "劳务协作工作站", "工作组", "工作队", "工作站", "指挥部", "帮扶物资", "协作物资",
                   "捐赠物资", "慰问物资", "物资", "项目捐赠", "捐赠", "项目", "采购", "购买", "购置", "帮销", "认购",
                   "发布", "拨付", "就业帮扶")
_PLACE = r"[一-鿿]{1,6}?(?:特区|自治县|自治州|县|区|市|旗|盟|州)"
_PLACE_END = frozenset("省市县区州旗盟位")  # 广州市, 中央单位: a place or a unit before a programme
_PLACE_LONGEST = 8
# (A lookahead on the words' first characters lets the search skip the other positions at once.)
_PROGRAMME = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in PROGRAMME_WORDS}))}])(?:{_alternation(PROGRAMME_WORDS)})(?:{_PLACE})?(?:{_alternation(_PROGRAMME_TAIL)})*")
#: A second-hand offer's condition (round 10: 「家里闲置X九成新」「二手X」「X（全新未拆）」): never the item,
#: and 「二手电子琴」 must not read 手电 (a torch).
CONDITION_WORDS = ("九成新", "八成新", "七成新", "九五新", "成色新", "全新未拆", "未拆封", "未拆", "全新", "二手", "闲置",
                   "半新", "七八成新", "八九成新",
                   # Round 11, a course offered free (「美甲培训 0学费」): the fee is no 助学金.
                   "0学费", "零学费", "0元学费", "学费0元", "学费全免")
_CONDITION = re.compile(_starting(CONDITION_WORDS))


#: Who wrote a need down and how (round 11): 「网格员代报｜…」「驻村干部走访登记」「网格员用手机拍了照片上报」
#: 「手机随手记：…」. A reporter's role (also a job someone may ask for: 想当网格员) is no item when a reporting
#: verb follows it in its clause, and a phone is the reporter's tool when it notes or photographs.
REPORTER_ROLES = ("网格员", "网格长", "信息员", "联络员", "帮扶干部", "驻村干部", "驻村工作队员", "第一书记", "村干部",
                  "包村干部", "帮扶责任人", "社工", "村医", "志愿者")
REPORT_VERBS = ("代报", "代填", "代为申报", "上报", "报送", "报上来", "走访", "登记", "录入", "填报", "拍照", "拍了照片",
                "拍照片", "拍了")
#: A product's grade (round 11, an online listing's words): 「食品级洗洁精」「饲料级豆粕」「医用级纱布」 — a domain
#: + 级 right before the product; the domain (食品, 饲料) is no item asked for or given.
_GRADE = re.compile(r"(?=[食饲医药工农商家母军电化])(?:食品|饲料|医用|医疗|药用|工业|农用|商用|家用|母婴|军工|电子|化妆品)级"
                    r"(?=[\u4e00-\u9fff])")
# (A lookahead on the first characters lets the search skip the other positions at once.)
_REPORTER_STARTS = "".join(sorted({w[0] for w in REPORTER_ROLES} | set("手随")))
_REPORTER = re.compile(
    rf"(?=[{_REPORTER_STARTS}])(?:{_alternation(REPORTER_ROLES)})(?=[^，,。；;：:|]{{0,10}}?(?:{_alternation(REPORT_VERBS)}))"
    rf"|手机(?:随手记|记录|拍照|拍了照片|拍照片|拍了|上报|录入|填报)|随手记")
#: Round 16 (blind23 analysed): a reporter's role as the one who speaks for a household, in a form's title —
#: the speaker before a request verb or the title's colon (「网格员想申请X」「网格员求助：缺X」「网格员：家里缺X」,
#: a short personal name between: 「帮扶干部小周想申请X」; 替 · 帮 · 给 a household before a filing verb:
#: 「村医替赵婆婆报个需」), the one a helper asks for (「帮网格员问问有没有X」), and the signature closing the title
#: (「急需X（网格员）」「【求助】X——网格员」). Not the job asked for: 「想当网格员」
#: 「缺个村医」「网格员岗位申请」 (no speaker's verb right after the role and its name).
SPEAKER_VERBS = ("想申请", "申请", "求助", "问问", "反映", "代报", "代为", ":")
_SPEAKER_NAME = r"(?:[小老阿][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}某)?"
#: (Round 17: an adverb may stand between the speaker and the verb — 「网格员已帮他家申请好了低保」「村医已经替老人报了」.)
_SPEAKER_ADVERB = r"(?:已经|已|都|也|又|刚刚|刚|正在|主动|专门|特意|特地|多次)?"
_SPEAKER = re.compile(
    rf"(?=[{_REPORTER_STARTS}])(?:{_alternation(REPORTER_ROLES)}){_SPEAKER_NAME}"
    rf"(?={_SPEAKER_ADVERB}(?:{_alternation(SPEAKER_VERBS)}))"
    # (替 · 帮 · 给 a household only with a filing verb after it: 「村医替赵婆婆报个需」; 「志愿者帮忙照顾老人」 asks for one)
    rf"|(?=[{_REPORTER_STARTS}])(?:{_alternation(REPORTER_ROLES)}){_SPEAKER_NAME}"
    rf"(?={_SPEAKER_ADVERB}[替帮给][^，,。；;：:]{{0,8}}?(?:报|申请|求助|问问|反映))"
    rf"|(?<=帮)(?:{_alternation(REPORTER_ROLES)}){_SPEAKER_NAME}(?=问|打听|看看|找找)"
    # (a signature, not the job a hiring title names: 「急招——网格员」「求职-网格员」, review of round 16)
    rf"|(?:(?<=\()|(?<=——)|(?<=—)|(?<=-))(?<![招聘职岗位工]\()(?<![招聘职岗位工]——)(?<![招聘职岗位工][—-])"
    rf"(?:{_alternation(REPORTER_ROLES)}){_SPEAKER_NAME}(?=\)|\s*$)")
#: Round 16 (blind23 analysed): a donor's name withheld with 某 (「浙江某电子厂」「某服装厂」「某连锁超市」; round 19: 「某家电品牌」) names who gives
#: or who asks, never the item (电子厂 is also a factory job asked for). 某 + up to five characters + a works' or an
#: office's last character; not across a request or a giving verb (「何某想申请X」 is a person), nor where one goes to
#: work (「想去某电子厂上班」 asks for the job).
_WITHHELD_ORG = re.compile(r"(?<![进去到在])某(?:[^\W\d_想要申请缺需求帮给捐赠送的了是]){1,5}?(?:厂|场|店|站|院|社|所|馆|中心|公司|品牌)")
#: Round 17 (blind26 analysed): a producer withheld with 某 (「养牛大户李某」「致富带头人王某某」「自主创业的脱贫户张某」
#: 「茶叶种植大户杨某」) names who asks, with what they do before the role: 创业 · 茶叶 · 养牛 there are the asker's
#: trade, no item asked for. The role (:data:`PRODUCER_ROLES`), a surname and 某 / 某某, run back over at most
#: :data:`_PRODUCER_LONGEST` characters to punctuation, a bracket, the text's start or a request word.
PRODUCER_ROLES = ("脱贫户", "贫困户", "监测户", "农户", "大户", "专业户", "养殖户", "种植户", "村民", "社员", "带头人", "能人",
                  "返乡青年", "大学生", "创业者", "户主")
_PRODUCER_LONGEST = 12
#: Round 18 (blind27 analysed): a household's status in the register withheld the same way (「特困供养人员刘某」
#: 「易地搬迁户陈某某」「低保户（一类）杨某」「三类户周某」): any word ending in 户 · 人员 · 对象 (:data:`REGISTER_STATUS_ENDS`),
#: a bracketed class after it allowed — 易地搬迁 · 特困供养 there are who asks, no programme or allowance asked for.
REGISTER_STATUS_ENDS = ("户", "人员", "对象")
_WITHHELD_PERSON = re.compile(rf"(?:{_alternation(PRODUCER_ROLES + REGISTER_STATUS_ENDS)})(?:[(（][^()（）]{{1,6}}[)）])?"
                              rf"[\u4e00-\u9fff]某{{1,2}}")
_PRODUCER_STOP = re.compile(r"缺|需要|急需|想要|求购|申请|求助|帮|给|为|向|替")
#: Round 20 (blind32 analysed): a pupil named in a teacher's record (「学前班幼儿王某某」「留守儿童小梅家：缺X」
#: 「三年级学生杨某某」「寄宿生龙某」「（困境儿童小军，家访后申报）」) is who the record is about: 学前班 · 留守儿童 · 困境儿童
#: before the name are the pupil's class or status, no 学前教育 or 留守儿童关爱 asked for. A pupil's or child's word
#: (:data:`PUPIL_ENDS`: 学生 · 寄宿生 · 劝返生 all end in 生) and a name withheld with 某 or a 小 + one character
#: (only before 家 · 需 · 急需 · 缺 · 申请 · 反映 · 解决 · a comma, colon or closing bracket, and not 小 + a character that makes
#: a thing: 儿童小说 · 学生小组 · 儿童小床 stay read), run back like a producer (:func:`_withheld_person`). Round 21 (blind34
#: analysed): a news headline's contexts too — before 的 · 盼 · 告诉 · 说 · 表示 (「留守儿童小敏的心愿：X」「留守儿童小丽盼着X」);
#: at the end, only after a visit (:data:`_VISITED_PUPIL`). Round 22: before a bracketed age too (「留守儿童小芳（9岁）」).
PUPIL_ENDS = ("生", "幼儿", "儿童", "孤儿", "子女", "孩子", "学员", "娃")
_PUPIL_PERSON = re.compile(rf"(?:{_alternation(PUPIL_ENDS)})(?:[\u4e00-\u9fff]某{{1,2}}"
                           r"|小(?![说组区学卖吃品车床桌凳刀包号型件麦米菜鸡猪羊牛灯柜伞鞋袄衣被])[\u4e00-\u9fff]"
                           r"(?=家|需|急需|缺|申请|反映|解决|的|盼|告诉|说|表示|[，,:：)）]"
                           # Round 22 (blind36 analysed): a petition's asker and the kin who keeps the pupil
                           # (「留守儿童小雨和她奶奶申请X」).
                           r"|[和与跟同][他她]?(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|妈妈|爸爸|母亲|父亲|姐姐|妹妹|弟弟|哥哥|家人)"
                           # Round 22 (blind35 analysed): a questionnaire's age in brackets after the name (「留守儿童小芳
                           # （9岁）访谈笔记：X」「…小芳（9岁）说想要X」).
                           r"|[(（][0-9一二三四五六七八九十]{1,3}周?岁))")
#: Round 21 (blind34 analysed): a pupil a reporter visits, closing the headline or its sentence (「——记者走访留守儿童小敏」
#: 「记者探访了留守儿童小丽。」): after a visit's verb, up to six characters, the pupil's word and 小 + one character before
#: the text's end, a full stop, a closing quotation mark or a dash. Without the visit the end is no context: 「需要孩子小帽」
#: asks for a 小帽 (review of round 20).
_VISITED_PUPIL = re.compile(rf"(?<=走访|探访|看望|采访|慰问|家访)了?[\u4e00-\u9fff]{{0,6}}?(?:{_alternation(PUPIL_ENDS)})"
                            r"小(?![说组区学卖吃品车床桌凳刀包号型件麦米菜鸡猪羊牛灯柜伞鞋袄衣被])[\u4e00-\u9fff]"
                            r"(?=$|[。！!？?”\"」—\s])")
#: Round 21 (blind34 analysed): a person named as a news story names them — a surname and a form of address
#: (「低保户张大姐」「龙潭村老党员刘大爷」「独居老人杨奶奶」) — is who the story is about, not an item: 低保 there is the
#: household's status (a guess read 生活费补助 from it), 石门村 a place. The name is blanked alone, or run back like a
#: producer (:func:`_withheld_person`, not past 的) when a household's register status ends right before it
#: (:data:`_ADDRESSED_AFTER`: 户 — 低保户 · 脱贫户 · 监测户). Not over a person's word (人 · 员: 残疾人 · 老人 · 党员):
#: tried, it cost blind18 a lucky guess (「瘫了出门坐的车，残疾人陈大哥…」 guessed 电动轮椅 from 残疾人 + 车) and gained
#: blind34 nothing. A surname alone stands before the address (a common surname of :data:`ADDRESS_SURNAMES`; 「老大爷」
#: has none and is left).
ADDRESS_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
ADDRESS_FORMS = ("大爷", "大姐", "大妈", "大娘", "大叔", "大伯", "大哥", "大嫂", "奶奶", "爷爷", "婆婆", "阿婆", "阿姨", "阿公",
                 "老汉", "老太", "嬢嬢", "伯伯", "叔叔", "婶婶", "婶子")
_ADDRESSED_PERSON = re.compile(rf"[{ADDRESS_SURNAMES}](?:{_alternation(ADDRESS_FORMS)})")
_ADDRESSED_AFTER = "户"
#: The register statuses a household is named by before 户 (review of round 21): the run back over 户 stops at the
#: status or at a place before it (「龙潭村低保户张大姐」), so a thing said first is not blanked with them — 「大米低保户
#: 王大爷家要两袋」「轮椅脱贫户李大爷急需」 ask for 大米 · 轮椅.
HOUSEHOLD_STATUSES = ("低保", "脱贫", "五保", "监测", "贫困", "困难", "特困", "危改", "危房", "边缘", "建档立卡", "易地搬迁",
                      "搬迁", "边缘易致贫", "易致贫", "分散供养", "集中供养", "孤寡", "独居", "残疾", "重残", "优抚", "军属",
                      "烈属", "留守", "空巢", "单亲", "一般")
_STATUS_BEFORE_HOUSEHOLD = re.compile(rf"(?:[\u4e00-\u9fff]{{0,6}}?[村组屯镇乡寨])?(?:{_alternation(HOUSEHOLD_STATUSES)})$")
_ADDRESS_STARTS = frozenset(f[0] for f in ADDRESS_FORMS)
#: Round 20: a producer named by the trade before the role, no 某 after it (「土豆种植户缺化肥」「蛋鸡养殖户急需疫苗」
#: 「茶叶种植合作社」): what is grown or raised is the household's trade, no item asked for or given. The trade is run
#: back from the role as :func:`_withheld_person` runs, over at most :data:`_TRADE_LONGEST` characters and not past
#: a 的 (「缺化肥的土豆种植户」 keeps 化肥), and blanked with the role. A place of the trade (种植基地, 养殖场) is left:
#: it may be what is asked for (「新建肉牛养殖场」).
_PRODUCER_TRADE = re.compile(r"(?<=[\u4e00-\u9fff])(?:种植|养殖|种养)(?:大户|专业户|户|专业合作社|合作社)")
_TRADE_LONGEST = 6


#: Who comes to the household to do a service (round 13, the platform's service offers): 「志愿者上门拍全家福」
#: 「社工上门理发」「党员上门修水管」 — a volunteer's, a social worker's or a 党员's visit followed by the service's
#: verb is how that service comes, not the visiting care (陪伴关爱) 「志愿者上门」 names alone (「志愿者上门陪伴」
#: 「志愿者上门探望」 keep it: 陪 · 探 · 看 are no service verb here).
SERVICE_VISITORS = ("志愿者", "义工", "社工", "党员")
SERVICE_VERBS = "拍照剪理修做打清洗缝补教辅讲装换"
_SERVICE_VISIT = re.compile(rf"(?:{_alternation(SERVICE_VISITORS)})上门(?=[{SERVICE_VERBS}])")
#: A package that lists what it holds (round 16, blind24 analysed: the platform's 爱心包裹 offers): 「爱心包裹（内含X）」
#: 「每个包裹含X」「新春礼包内装X」「助学礼盒（含X）」. The package and its 含 are how the items come, not an item given:
#: 爱心包裹 alone (a name of 学习用品, a school pack) stays read where no content follows it (:data:`PACKAGE_WORDS`).
_PACKAGE = re.compile(rf"(?:每个|每份|每只|每)?(?:{_alternation(PACKAGE_WORDS)})[（(]?(?:{_alternation(PACKAGE_HOLDS)})"
                      r"(?=[\u4e00-\u9fff0-9a-z])")


#: Round 21 (blind33 analysed: a village WeChat group's lines and posts). Who a line is addressed to and where a post
#: sends the reader name no item:
#:
#: * an @ mention (「@网格员 …」「@村会计 …」「@所有人 …」): @ and the name WeChat closes with a space (or a colon or
#:   a comma) — 网格员 there is who collects, no 公益岗位 asked for; a run with no space after it (「@网格员报两袋化肥」)
#:   is left, as the name's end cannot be told;
#: * the contact a post names after 找 · 交 · 问 · 联系 · 私聊 (「报名找网格员」「材料交村会计」): a collector's role
#:   (:data:`CONTACT_ROLES`) closing the clause — 「想找网格员的工作」 goes on and stays read;
#: * where to collect (「需要的到村卫生室」「放在快递驿站，自己来拿」「啥时候去村部拿」「到村委会领」): after 需要的 / 有需要的
#:   a going verb and a place closing the clause, 放在 · 放到 + a place closing it (not 不放在这批: a cue, round 14's
#:   _OUT_OF_SCOPE), or 到 · 去 + a place of at most
#:   four characters + a verb of fetching (领 · 拿 · 取; not 拿到 · 领了: got, a cue's words) — 村部 there is where,
#:   no 村级活动场所 asked for; the thing fetched after it stays read (「去卫生院拿药」);
#: * a shop or station that gives (「中通快递驿站出钱给村里弄…」「村级电商服务站发丧葬救助金」「（村级电商服务站）」):
#:   a name ending in 驿站 · 服务站 · 服务点 · 供销社 at the text's or a bracket's start, followed by a colon, a closing
#:   bracket or a giving, selling or hiring verb; a name holding a building or request word (建 · 修 · 缺 · 要 …) is asked
#:   for (「捐建村级电商服务站」 stays read);
#: * the visit a post's goods come with (「镇卫生院下乡义诊，带来护理用品」「工作队入户走访，带着米油」): a visiting event
#:   (义诊 · 巡诊 · 慰问 · 走访 · 探访, after 下乡 · 进村 · 入户 · 上门) right before 带来 · 带着 · 送来 · 捎来 — the goods
#:   after the verb are what is given, the visit no 巡回义诊 (「义诊送健康」 with no goods after it stays read);
#: * who is to come for it (「危改户来拉」「低保户来领」「脱贫户凭卡领取」): up to four characters + 户 opening a segment,
#:   then 来 + a verb of fetching, 自取 or 凭 — the households' class, no 危房改造 given.
#: * a villager named by where they live (「三组老李家」「坡脚屯黄大爷」「杨家湾杨秀英」「五组张建国」「二组陈会计他妈」): a 组
#:   (numbered) or a place ending in 屯 · 湾 · 寨 · 坝 · 坪 · 沟 · 岭, then a person — 老 / 小 / 阿 + a surname, a surname + a
#:   kin or honorific word (大爷 · 婶 · 老三 …), someone's 他妈 / 她爹 …, a household's 家, or a common surname + one or
#:   two characters — standing alone between the text's start, a space or punctuation and a space, punctuation or
#:   the text's end. The guess then reads the item alone (「3. 坡脚屯黄大爷 栗子果」 guessed 李子 from 黄 · 李 around it).
_VILLAGE_PLACE = r"(?:[一二三四五六七八九十两0-9]{1,2}组|[\u4e00-\u9fff]{1,3}[屯湾寨坝坪沟岭])"
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
             "姜崔钟谭陆汪范金廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤蒙农")
_KIN = r"(?:大爷|大娘|大妈|大伯|大叔|大婶|婶子|婶|叔|伯|嫂子|嫂|姐|哥|爷爷|奶奶|爷|奶|婆婆|婆|公公|阿公|老[一二三四五六七八九十幺])"
_VILLAGER = re.compile(
    rf"(?:^|(?<=[\s(【】|｜：:，,。]))(?<![0-9]){_VILLAGE_PLACE}"
    rf"(?:[老小阿][{_SURNAMES}]家?|[{_SURNAMES}]{_KIN}家?|[\u4e00-\u9fff]{{1,3}}[他她](?:妈|爸|爹|娘|奶奶|爷爷|家)"
    rf"|(?P<named>[{_SURNAMES}][\u4e00-\u9fff]{{1,2}})家?)"
    r"(?=$|[\s)】|｜：:，,。])")
#: The last characters of things a count 一组 · 两组 may come before (review of round 21: 「两组高低床」): a villager's
#: given name does not end in them.
_THING_HEADS = frozenset("床桌椅柜凳板架箱锅盆灯机车台垫料材布管")
_GROUP_POST_CHARS = frozenset("找交问联私站点社户")
_VILLAGER_LAST = frozenset("组屯湾寨坝坪沟岭")
CONTACT_ROLES = REPORTER_ROLES + ("村会计", "会计", "村支书", "支书", "村主任", "村长", "组长", "小组长", "书记", "文书")
_MENTION = re.compile(r"@[^\s@，,。；;！!？?：:()【】\[\]]{1,10}(?=[\s，,。；;！!？?：:])")
_CONTACT = re.compile(rf"(?:(?<=[找交问])(?<![想要需求急招寻]找)|(?<=联系)|(?<=私聊)|(?<=私信))给?(?:{_alternation(CONTACT_ROLES)})"
                      r"(?=$|[\s，,。；;！!？?)])")
_PICKUP = re.compile(r"(?:(?<=需要的)|(?<=要的))(?:(?:到|去)(?![年月天时])[^\s，,。；;！!？?的没不未]{1,6}(?:领取|领|拿|取)?"
                     r"|来(?![年月天时])[^\s，,。；;！!？?的没不未]{0,6}(?:领取|领|拿|取))(?=$|[，,。；;！!？?\s])"
                     r"|(?<![不没未别莫发投])放(?:在|到)(?![这那本此该][批次回轮期])[^\s，,。；;！!？?的]{1,8}(?=$|[，,。；;！!？?\s])"
                     r"|(?<![上出回])(?:到|去)(?![年月天])[^\s，,。；;！!？?的]{1,4}?(?:领取|领|拿|取)(?![得到了着过])")
_STATION_DONOR = re.compile(r"(?:^|(?<=[()【】\s，,。：:]))(?:(?![建修缺需要想盼求希申请设办开添增没无急])[\u4e00-\u9fff]){0,8}?(?:驿站|服务站|服务点|供销社)"
                            r"(?=[：:)]|出钱|出资|捐|发|送|帮|长期|招|下乡|收|支援|转发)")
_VISIT_BRINGING = re.compile(r"(?:下乡|进村|入户|上门)?(?:义诊|巡诊|慰问|走访|探访)(?=[，,\s]?(?:带来|带着|送来|捎来))")
_FETCHERS = re.compile(r"(?:^|(?<=[\s，,。；;！!？?：:(]))[\u4e00-\u9fff]{1,4}户(?=来[拉领拿取]|自取|凭)")
#: Round 21 (blind34 analysed): an activity's name in quotes (「开展“金秋助学”活动」「“情暖寒冬”公益活动」「“健康送下乡”
#: 公益活动」) names the occasion of a press release, not what it gives: 金秋助学 read 助学金 beside the pen it gave.
#: The quoted name (two to twelve characters), with the verb that holds the activity before it and the kind of activity
#: after it; only before 活动 · 行动 (a programme's name in quotes, 「“雨露计划”项目」, may be what is asked for).
_ACTIVITY_NAME = re.compile(r"(?:开展|举办|举行|启动|组织|发起|实施|参加|参与)?[“\"「『][\u4e00-\u9fff·]{2,12}[”\"」』]"
                            r"(?:主题|系列)?(?:公益|爱心|志愿服务|志愿|帮扶|助学|慈善|捐赠|慰问)?(?:活动|行动)")

#: Round 21: a press release's occasion before what it gives, in the clause before a giving verb (「举办就业帮扶专场
#: 招聘会，提供X」「举行爱心物资捐赠仪式，捐赠X等物资」): the fair or the ceremony is where X is given, not an item
#: beside it. And its purpose after the gift (「捐赠X助力产业发展」「…助农增收」): 助力 + what it helps, closing the clause
#: (not 助力车, a moped).
_OCCASION = re.compile(r"(?:举办|举行|召开|开展|组织)[^，,。；;！!？?]{0,16}?(?:招聘会|洽谈会|对接会|推介会|仪式|大会|现场会)"
                       r"(?=[，,:：]\s*(?:现场)?(?:提供|捐赠|捐出|送去|送来|发放|赠送|签约|认购|采购))"
                       r"|助力(?!车)[\u4e00-\u9fff]{2,6}(?<![车器机泵架椅杖带床鞋])(?=$|[，,。；;！!？?\s])")


def _withheld_person(text: str, m: re.Match) -> tuple[int, int]:
    """Return the span of a producer withheld with 某 (:data:`_WITHHELD_PERSON` match ``m``) with what they do
    before the role (「自主创业的脱贫户张某」), run back to punctuation, a bracket, the start or a request word."""
    return _run_back(text, m.start(), _PRODUCER_LONGEST, _PRODUCER_STOP), m.end()


#: Where a petition was sent (round 22, blind36 analysed): an official's or an office's mailbox, message board or
#: hotline — 「【县长信箱】」「书记信箱」「领导留言板」「12345热线」 — names no item (a 信箱 asked for has no official before it).
_PETITION_CHANNEL = re.compile(r"(?:县长|市长|书记|区长|镇长|乡长|州长|省长|局长|领导|主任|政府|[0-9]{5})(?:信箱|邮箱|留言板|热线)")


def frame_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of the frames in folded ``text`` that are no item (round 10).

    A programme frame (:data:`PROGRAMME_WORDS`) with the place or unit named right before it (「广州市」
    「中央单位」: a run back over at most :data:`_PLACE_LONGEST` Chinese characters to punctuation, a
    bracket, the text's start or a giving verb, taken only when it ends in a place or unit word) and
    after it (a county, district or city), and the words that follow such a frame (物资, 项目捐赠, 采购,
    工作组 ...); a second-hand offer's condition (:data:`CONDITION_WORDS`); and who wrote a need down
    and how (:data:`REPORTER_ROLES` + :data:`REPORT_VERBS`, 「手机随手记」; round 11); who comes to do a service
    (:data:`SERVICE_VISITORS` + 上门 + a service verb: 「志愿者上门理发」; round 13).
    """
    spans = [m.span() for m in _CONDITION.finditer(text)]
    spans += [m.span() for m in _REPORTER.finditer(text)]
    spans += [m.span() for m in _SPEAKER.finditer(text)]
    if "某" in text:
        # (Round 19: a withheld brand's fund or project is the donor's too, 「某手机品牌CSR项目」.)
        spans += _with_programme(text, [m.span() for m in _WITHHELD_ORG.finditer(text)])
        spans += [_withheld_person(text, m) for m in _WITHHELD_PERSON.finditer(text)]
    if "某" in text or "小" in text:  # round 20: a pupil named in a teacher's record (「学前班幼儿王某某」「留守儿童小梅」)
        spans += [_withheld_person(text, m) for m in _PUPIL_PERSON.finditer(text)]
        if "访" in text or "看望" in text or "慰问" in text:  # round 21: 「——记者走访留守儿童小敏」
            spans += [m.span() for m in _VISITED_PUPIL.finditer(text)]
    if any(a in text for a in _ADDRESS_STARTS):  # round 21: a person named in a news story (「低保户张大姐」)
        for m in _ADDRESSED_PERSON.finditer(text):
            k = m.start()
            if k > 0 and text[k - 1] in _ADDRESSED_AFTER:
                back = _run_back(text, k, _PRODUCER_LONGEST, _PRODUCER_STOP, halt="的")
                status = _STATUS_BEFORE_HOUSEHOLD.search(text[back:k - 1])
                k = back + status.start() if status else back
            spans.append((k, m.end()))
    spans += [m.span() for m in _GRADE.finditer(text)]
    if "信箱" in text or "邮箱" in text or "留言板" in text or "热线" in text:  # round 22: 「【县长信箱】…」 is where it was sent
        spans += [m.span() for m in _PETITION_CHANNEL.finditer(text)]
    if "活动" in text or "行动" in text:  # round 21: 「开展“金秋助学”活动」 names the occasion
        spans += [m.span() for m in _ACTIVITY_NAME.finditer(text)]
    if "会" in text or "仪式" in text or "助力" in text:  # round 21: 「举办…招聘会，提供X」「…助力产业发展」
        spans += [m.span() for m in _OCCASION.finditer(text)]
    if "种" in text or "殖" in text:
        for m in _PRODUCER_TRADE.finditer(text):
            k = _run_back(text, m.start(), _TRADE_LONGEST, _PRODUCER_STOP, halt="的")
            if k < m.start():
                spans.append((k, m.end()))
    if "上门" in text:
        spans += [m.span() for m in _SERVICE_VISIT.finditer(text)]
    if not _VILLAGER_LAST.isdisjoint(text):  # round 21: a villager named by where they live
        # (A surname + one or two characters ending in a thing's head is a thing after a count, not a villager:
        # 「需要：一组方桌」「两组高低床」「一组白板」 — review of round 21.)
        spans += [m.span() for m in _VILLAGER.finditer(text)
                  if not (m.group("named") and m.group("named")[-1] in _THING_HEADS)]
    if "@" in text:  # round 21: a group line's addressee
        spans += [m.span() for m in _MENTION.finditer(text)]
    if not _GROUP_POST_CHARS.isdisjoint(text):  # round 21: a group post's contact, pickup place, giving station, fetchers
        spans += [m.span() for m in _CONTACT.finditer(text)]
        spans += [m.span() for m in _STATION_DONOR.finditer(text)]
        spans += [m.span() for m in _FETCHERS.finditer(text)]
    if "带" in text or "来" in text:
        spans += [m.span() for m in _VISIT_BRINGING.finditer(text)]
    if "放" in text or "要的" in text or "拿" in text or "领" in text or "取" in text:
        spans += [m.span() for m in _PICKUP.finditer(text)]
    if "含" in text or "装" in text or "包括" in text:
        spans += [m.span() for m in _PACKAGE.finditer(text)]
    for m in _PROGRAMME.finditer(text):
        k = m.start()
        if k > 0 and text[k - 1] in _PLACE_END:
            k = _run_back(text, k, _PLACE_LONGEST)
        spans.append((k, m.end()))
    return spans


#: Who files a village's notice (round 12): 「龙井村两委」「上寨村民小组」「青山村党支部」. Run back like an
#: organisation's name, so a village named after a crop or a tree (龙井, 桃园, 枣林) is no item asked for.
ASKER_SUFFIXES = ("两委", "村民小组", "居民小组", "党支部", "党总支", "村务监督委员会", "监委会")
_ASKER = re.compile(_starting(ASKER_SUFFIXES))
#: A village at a text's start (「新寨村关于申请…」「桃园村：…」): two characters and 村, not 村里 / 村口 …
_VILLAGE = re.compile(r"^[\u4e00-\u9fff]{2}村(?![里内中上头口庄落级民委子])")
#: Ends of a seller's name the shop suffixes lack (round 12): 「品牌经销商」「批发市场商户」「连锁便利店总部」
#: 「电商平台自营仓」. Run back like an organisation's name.
SELLER_SUFFIXES = ("经销商", "代理商", "批发商", "零售商", "供应商", "分销商", "商户", "总部", "自营仓", "自营店",
                   "批发部")
_TRADE = re.compile(_starting(TRADE_WORDS))
_SELLER = re.compile(_starting(SELLER_SUFFIXES))
_NOTICE_LAST = frozenset(w[-1] for w in ASKER_SUFFIXES + SELLER_SUFFIXES)


def market_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of folded ``text``'s notice and market frames that are no item (round 12).

    Who files a village's notice (:data:`ASKER_SUFFIXES` run back like an organisation's name: 「龙井村两委」;
    a village at the text's start: 「新寨村关于申请X的请示」), a seller's name (:data:`SELLER_SUFFIXES`:
    「品牌经销商」「连锁便利店总部」) and the trade's words (:data:`TRADE_WORDS`: 尾货, 库存清仓, 临期, 厂家直供).
    """
    spans = [m.span() for m in _TRADE.finditer(text)]
    m = _VILLAGE.match(text)
    if m:
        spans.append(m.span())
    if not _NOTICE_LAST.isdisjoint(text):
        spans += [(_run_back(text, m.start(), _ORG_LONGEST), m.end()) for m in _ASKER.finditer(text)]
        for m in _SELLER.finditer(text):
            k = _run_back(text, m.start(), _ORG_LONGEST)
            # A need's words in the run or right before it (「缺化肥农资经销商不给赊」「需要冷柜批发商也没货」)
            # make it no seller's name, as a shop's (_SHOP_NEED; review of round 12).
            if not _SHOP_NEED.search(text, max(0, k - 2), m.start()):
                spans.append((k, m.end()))
    return spans


#: Request words right before a name (at most a measure between): 「缺作业本」「需要两床棉被」.
_ASK_WORDS = "缺|需要|急需|想要|求购|申请|盼|添置|买不起|置办不起|没有|冇"
_ASK_MEASURE = "[一两几个点些台张套件床双只把辆份]{0,2}"
_REQUEST_BEFORE = re.compile(f"(?:{_ASK_WORDS}){_ASK_MEASURE}$")
#: Round 20 (:meth:`Lexicon._listing_qualifiers`): the most characters between 同款 and the thing's name after it
#: (「小米同款全面屏电视」), and an offer's gift words before a freebie (「血糖仪送试纸」「电饭煲加送一把饭勺」「铅笔（送铅芯）」),
#: a count and a measure allowed after them.
_STYLE_GAP = 4
_FREEBIE = re.compile(r"(?<![捐转配运输递接护发押遣欢馈传目断葬寄])(?:加送|附送|另送|再送|还送|附赠|加赠|另赠|赠送|送|赠)(?:[一两二三四五1-5]?[盒包袋瓶个只支套张本桶把副对])?")
_FREEBIE_CHARS = frozenset("送赠")
#: The gift words that only say "comes with it" (round 21): one of these opening the clause after a thing's clause
#: gives that clause's thing a freebie — 「买大米5袋，另送食用油一桶」「轮椅一台。附赠坐垫」. A plain 送 · 赠 · 赠送, and
#: 还送 · 再送 ("gives as well"), opening a clause may be the offer's own verb for a second thing (「爱心企业捐赠大米，
#: 赠送食用油」「捐大米100袋，还送食用油50桶」) and are left to give it.
_FREEBIE_ADDED = frozenset(("加送", "附送", "另送", "附赠", "加赠", "另赠"))


def _opens_clause(text: str, at: int) -> bool:
    """Return whether ``text[at]`` begins a clause: only spaces lie between it and a clause mark (:data:`_CLAUSE`)
    before it, and there is one."""
    before = text[:at].rstrip(" ")
    return bool(before) and before[-1] in "，,。；;！!？?\n\r、"
#: The most characters between the thing's name and the gift word (a bracket, a count: 「电饭煲一台加送」「铅笔（送」).
_FREEBIE_GAP = 2
#: The most characters between two freebies of a list (「送铅芯、橡皮」: an unnamed one and its 、 between).
_FREEBIE_LIST_GAP = 4
#: Heads of a thing named by what it does (round 12): 「打药的无人机」「洗衣服的水」「冻肉的柜子」 — the noun after 的.
FUNCTION_HEADS = ("机子", "机器", "机", "柜子", "柜", "炉子", "炉", "壶", "灯", "车子", "车", "笔", "纸", "水", "油",
                  "料", "肥", "泵", "垫子", "盔", "布", "砖", "锅", "盆", "桶", "罐", "架子", "屏", "箱子", "袋子",
                  "喇叭", "音箱", "药", "膏", "片")
_FUNCTION_HEAD = re.compile(rf"[\u4e00-\u9fff]{{0,3}}?(?:{_alternation(FUNCTION_HEADS)})(?![费钱价款])")


def _function_modifiers(text: str, found: list) -> list[tuple[int, int]]:
    """Return the spans of names in ``text`` that say what a thing does, not what it is (round 12).

    A thing named by its use, 「V O 的 H」 (「打药的无人机」「洗衣服的水」「扫码收钱的音箱」), is the head H after 的;
    a name that ends right before 的 (农药 of 打药, 衣服) is the object of the use and no item, when a name or a
    head word (:data:`FUNCTION_HEADS`, at most three characters before it: 无人机; not a cost: 药费, 油钱) follows
    the 的, and no request word comes right before the name (:data:`_REQUEST_BEFORE`: 「需要化肥的玉米」 asks for
    化肥). Names spanning the 的 (「量血压的机子」「能煮饭的锅」) are read as names. ``found`` is
    :meth:`Lexicon.mentions` of ``text``; the spans are blanked and the text read again (:meth:`Lexicon._extract`).
    """
    starts = {a for a, _, _ in found}
    spans = []
    for a, b, _ in found:
        # A request word's object is asked for (「需要化肥的玉米」: maize that needs fertiliser; review of round 12).
        if (text.startswith("的", b) and not _REQUEST_BEFORE.search(text, max(0, a - 6), a)
                and (b + 1 in starts or b + 2 in starts and text[b + 1] in "大小新旧黑白好"
                     or _use_head(text, b + 1))):
            spans.append((a, b))
    return spans


#: The list a catalogue line comes from, in brackets after the item (round 13): 「（应急物资储备目录）」「（民政救灾物资）」;
#: round 14 (blind20): the fund or the donation that pays for it, 「住房改造补助（某市东西部协作资金）」「X（某公司帮扶捐赠）」
#: — who pays is no item (the bracket's 「东西部协作资金」 read 金融帮扶 once round 13 let a programme's frame yield to it).
_LIST_SOURCE = re.compile(r"[(（][^()（）]{0,24}(?:目录|物资|清单|资金|捐赠|捐助)[)）]")
#: What may stand between a use's object or place and its 的 (round 13): no name, no cue of a shortage, a
#: negation, a request, having or a settled state (「棉被不够的人家」「孩子上学要书包的」 stay requests, 「棉被家里有现成的」
#: 「棉被妥妥的」 had), no punctuation.
_USE_GAP = re.compile(r"[\u4e00-\u9fff]{0,5}?的")
_USE_GAP_STOP = re.compile(r"[不没缺少坏破烂旧够完差要想求盼买领给送捐有是妥好齐全成和与及或、]")
#: Things a use names besides :data:`FUNCTION_HEADS` (round 13): 「灭火的红瓶子」「挂灶头上熏的肉」「搓衣裳的胰子」.
USE_THING_HEADS = ("东西", "瓶子", "罐子", "肉", "蛋", "胰子", "帐子", "篷", "铺", "棚", "表", "铁皮", "塑料",
                   "薄膜", "木头", "衣裳", "椅子", "凳子", "桌子", "窖子", "听筒", "听管", "本子", "本事", "手艺")
_USE_THING = re.compile(rf"[\u4e00-\u9fff]{{0,2}}?(?:{_alternation(USE_THING_HEADS)})")
#: People a modifier describes (round 13): 「瘫在床上的刘大爷」 says how the household lives, not what it asks.
_PERSON_HEAD = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:大爷|大娘|大妈|大叔|大哥|大姐|奶奶|爷爷|婆婆|老汉|老头|老太|老人|"
                          r"嫂子|阿婆|阿公|孩子|娃娃|病人|患者|残疾人)")
#: Round 18: 人 alone right after 「name + 的」 (「照护的人说…」「陪护的人」): a person the name's use describes, no
#: service asked; not 人手 · 人工 · 人力 (labour) nor 人家 (a household), and only with nothing between the name and 的.
_PERSON_BARE = re.compile(r"人(?![手工力家])")


def _use_objects(text: str, found: list) -> list[tuple[int, int]]:
    """Return the spans of names in ``text`` that are a use's object or place in 「X…的 H」 (round 13, blind18).

    Widens :func:`_function_modifiers` on both sides (:func:`_use_clause`): the use may follow its object or
    place (「房顶漏雨接水的盆」「灶头上熏的肉」: up to five characters between the name and 的), and the thing the
    use names may be a name up to three characters after the 的, a head word, a person (「躺在床上的老奶奶」:
    the household's situation) or nothing (「玉米地防虫打的」: a thing named by its use alone). As there, a
    request word right before the name keeps it (「需要化肥的玉米」). The spans are blanked for reading only
    (:meth:`Lexicon._extract`): the kept text, which the text similarity and the unknown-name guess read,
    keeps the use's words (「打棉花糖的机子」 is still guessed a 棉花糖机).
    """
    near = [(a, b) for a, b, _ in found if text.find("的", b, b + 6) >= 0]  # most names have no 的 after them
    if not near:
        return []
    starts = {a for a, _, _ in found}
    mentions = [(a, b) for a, b, _ in found]
    return [(a, b) for a, b in near
            if not _REQUEST_BEFORE.search(text, max(0, a - 6), a) and _use_clause(text, b, starts, mentions)]


def _use_clause(text: str, end: int, starts: set[int], spans: list) -> bool:
    """Return whether the name ending at ``end`` is the object or place of a use in 「X…的 H」 (round 13).

    Up to five characters may stand between the name and 的 (the use's verb: 挡雨, 上熏, 受灾赔钱) when they
    hold no name and no word of :data:`_USE_GAP_STOP` and no name of ``spans`` (the mentions) spans the 的;
    after the 的 comes a name (at most three characters later: 彩色铁皮), a head word (:func:`_use_head`), a
    person (:data:`_PERSON_HEAD`), or — when the use has two characters or more (「护膝盖的」 is a 护膝) — the
    clause's end (a thing named by its use alone). Called by :func:`_use_objects`.
    """
    m = _USE_GAP.match(text, end)
    if m is None or _USE_GAP_STOP.search(text, end, m.end() - 1):
        return False
    if any(i in starts for i in range(end, m.end())) or any(a < m.end() - 1 < b for a, b in spans):
        return False  # a name spanning the 的 is read whole (「打棉花糖的机子」)
    after = m.end()
    return (m.end() - end >= 3 and (after >= len(text) or not "\u4e00" <= text[after] <= "\u9fff")
            or any(i in starts for i in range(after, after + 4)) or _use_head(text, after)
            or _PERSON_HEAD.match(text, after) is not None or _thing_head(text, after)
            or m.end() - end == 1 and _PERSON_BARE.match(text, after) is not None)


def _thing_head(text: str, start: int) -> bool:
    """Return whether a head of :data:`USE_THING_HEADS` ends a word at most two characters after ``start``."""
    m = _USE_THING.match(text, start)
    return m is not None and not (m.end() < len(text) and _word(text[m.end() - 1:m.end() + 1]))


def _use_head(text: str, start: int) -> bool:
    """Return whether a head word of :data:`FUNCTION_HEADS` ends a word at most three characters after ``start``.

    The head must end its word (review of round 12): 水 of 「…的水稻田」 and 片 of 「…的片区」 are no heads
    (jieba's dictionary joins them to the character after).
    """
    m = _FUNCTION_HEAD.match(text, start)
    return m is not None and not (m.end() < len(text) and _word(text[m.end() - 1:m.end() + 1]))


#: Where a title's heading ends (round 12): a colon or a bar after at least two characters, not a form field's
#: colon (review of round 12: 「急需棉被 地点：化肥厂宿舍」「…联系人：…」 label a value, the item is before them).
_HEADING = re.compile(r"(?<=..)(?<!时间|日期|期限|截止|地点|地址|住址|位置|联系|电话|手机|姓名|户主|备注|数量|规格|单位)"
                      r"(?<!联系人)[:：|｜]")
#: Who asks, closing a title after a bar (round 17, blind26 analysed: 「【需求】X｜安置点扶贫车间」「X｜蜜蜂养殖合作社」「X｜种植
#: 大户杨某」): a works', a cooperative's, a base's or a household's last word, or a name withheld with 某, at the end.
_SIGNATURE_END = re.compile(r"(?:车间|工厂|工坊|合作社|联合社|基地|公司|企业|村委会|居委会|工作队|大户|专业户|农户|脱贫户|"
                            r"贫困户|养殖户|种植户|某)\s*$")


_BRACKETED = re.compile(r"[()（）【】\[\]]")
#: A heading that names a programme or a case record, not a thing (round 19, blind30 analysed: 基金会 and 慈善超市 offers
#: under project names, 社工 case records): 「县慈善总会安居工程：X」「公益众筹｜X（…）」「某基金会暖心行动：捐赠X」「…专项救助基金：X」
#: 「社区探访｜…申请X」「兜底个案：…——X」. Its last word is a programme's (计划 · 项目 · 工程 · 行动 · 帮扶 · 工作 · 众筹 · 基金 ·
#: 专项) or a case record's (个案 · 探访 · 记录 · 转介单 · 评估).
#: Round 22 (blind35 analysed): a survey's record too — 访谈 · 调查 · 调研 · 问卷 · 走访 · 笔记 · 排查 (「三下乡访谈｜…说想要X」
#: 「入户调查｜…：X」): the visitors' 三下乡 is who asks, no 文化下乡 asked for.
_PROGRAMME_HEADING = re.compile(r"(?:计划|项目|工程|行动|帮扶|工作|众筹|基金|专项|个案|探访|记录|转介单|评估"
                                r"|访谈|调查|调研|问卷|走访|笔记|排查)[\s\]】]*$")


def _heading_body(text: str) -> tuple[int, int, int] | None:
    """Return ``(heading_end, body_start, body_end)`` of a title 「heading：item」 (round 12), or None without a heading.

    Round 17 (blind26 analysed): a bar before who asks (:data:`_SIGNATURE_END`) closes the item instead of opening
    it — 「【产业帮扶需求】X｜安置点扶贫车间」 names X between the bracketed heading and the bar, the asker after it.
    """
    m = _HEADING.search(text)
    if not m:
        return None
    # (a bracket after the bar is the item's own note: 「报名｜带货培训（县直播基地）」 names the course after the bar)
    if text[m.start()] in "|｜" and _SIGNATURE_END.search(text, m.end()) and not _BRACKETED.search(text, m.end()):
        close = text.find("】", 0, m.start())
        return (close + 1 if close >= 0 else 0), (close + 1 if close >= 0 else 0), m.start()
    return m.start(), m.end(), len(text)


def _programme_body(text: str) -> tuple[int, int] | None:
    """Return ``(start, end)`` of the part after a title's heading when the heading names a programme or a case record
    (:data:`_PROGRAMME_HEADING`, round 19), else None. ``text`` is folded (「：」 is 「:」)."""
    parts = _heading_body(text)
    if not parts or parts[1] == parts[2] or not _PROGRAMME_HEADING.search(text, 0, parts[0]):
        return None
    return parts[1], parts[2]


#: A giver's slot in an offer (round 17): a team named in the closing brackets (「认领心愿：书包（大学生支教团）」) or
#: before 认领 · 捐赠 · 援建 at the title's start (「大学生支教团认领…心愿」) — 团 / 队 end it (the other givers' words
#: are :data:`ORG_SUFFIXES`, blanked wherever they stand).
#: Round 20 (blind32 analysed): a programme gives as a team does — 「希望工程捐赠X」「X（春蕾计划结对帮扶）」
#: 「X（某基金会助学计划）」: a name ending in 工程 · 计划 · 行动 before a giving verb at the title's start, or closing a
#: trailing bracket with the programme's way of giving after it (结对帮扶 · 爱心帮扶 · 健康助学 · 助学计划 · 资助 …).
#: 希望工程 and 春蕾计划 are names of 助学金: where the giver's slot holds them and X is read outside it, they are
#: the giver, not a 助学金 given (a title that is only the programme keeps it, as round 17's teams do).
_GIVER_WAYS = "(?:结对帮扶|爱心帮扶|健康助学|助学计划|助学|资助|捐赠|捐助|认领|提供|援建)"
_GIVER_SLOT = re.compile(rf"[（(][^()（），,。；;]{{1,16}}?(?:[团队]|工程|计划|行动){_GIVER_WAYS}?\ue000*[)）]\s*$"
                         r"|^[^（(，,。；;：:]{1,12}?[团队](?=认领|捐赠|捐助|援建|资助|结对)"
                         r"|^[^（(，,。；;：:]{1,10}?(?:工程|计划|行动)(?=\ue000|认领|捐赠|捐助|捐建|援建|资助|结对|设立|采购|认购|以购代捐|提供|为|关爱)")


def _giver_slots(text: str, found: list) -> list[tuple[int, int]]:
    """Return the giver's slots (:data:`_GIVER_SLOT`) of an offer's folded ``text`` when a name (``found``:
    :meth:`Lexicon.mentions`) stands outside them (round 17).

    Round 16 left 「大学生支教团」 read as 课业辅导 beside the wish a team fulfils; the team is who gives. A text
    that is only the team (「研究生支教团」, 「研究生支教团提供课业辅导」 has no slot) keeps it offered.
    """
    spans = [m.span() for m in _GIVER_SLOT.finditer(text)]
    if not spans:
        return []
    inside = [any(a <= m0 and m1 <= b for a, b in spans) for m0, m1, _ in found]
    return spans if any(inside) and not all(inside) else []


#: A young donor's post (round 22, blind36 analysed: 小红书 · 朋友圈 · 闲鱼-style 转赠) files itself under hashtags — 「#义诊
#: #公益」「#支教」「#志愿者日常」 — that name the post's occasion, not what it gives; and it gives its reason for giving
#: away, 「搬家出」「搬家清空｜」「因为搬家」, which is no 搬家 service offered.
_HASHTAG = re.compile(r"#[^\s#，,。；;！!？?｜|]{1,12}#?")
_MOVING_REASON = re.compile(r"搬家(?=出|清空|清仓|大清仓|送|甩|转让|转|处理|急出|便宜|闲置|断舍离)|(?<=因)搬家|(?<=因为)搬家")


#: A donor's online handle (round 22): 闲鱼用户 · 小红书博主 · 博主 · 主播 · up主 + a nickname up to the giving verb, the
#: post's separator or a space — 「闲鱼用户一只橘子给山区孩子送X」 gives no 柑橘, 「博主阿满在乡下」 is who gives.
_USER_HANDLE = re.compile(r"(?:(?:闲鱼|小红书|抖音|快手|微博|B站|b站)(?:用户|博主|网友|主播|up主|UP主)|博主|主播|up主|UP主)"
                          r"[^\s，,。；;！!？?：:｜|#]{1,8}?(?=给|送|发起|招|众筹|带货|助农|爱心|公益|周末|[\s，,。：:｜|]|$)")


def _post_tags(text: str, found: list) -> list[tuple[int, int]]:
    """Return the spans of an offer's folded ``text`` that tag a post (:data:`_HASHTAG`, :data:`_MOVING_REASON`)
    when a name (``found``: :meth:`Lexicon.mentions`) stands outside them (round 22).

    A post that is only its tags (「#义诊」, 「搬家出」 with no item named) keeps them read, as a giver's slot does
    (:func:`_giver_slots`).
    """
    if "#" not in text and "搬家" not in text:
        return []
    spans = [m.span() for m in _HASHTAG.finditer(text)] + [m.span() for m in _MOVING_REASON.finditer(text)]
    if not spans:
        return []
    inside = [any(a <= m0 and m1 <= b for a, b in spans) for m0, m1, _ in found]
    return spans if any(inside) and not all(inside) else []


def not_item_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of folded ``text`` that name no item: :func:`org_spans`, :func:`frame_spans` and
    :func:`market_spans`."""
    return org_spans(text) + frame_spans(text) + market_spans(text)


#: A digit typed for a numeral inside a name (round 10: 「3黄鸡苗」, 「5斗柜」 typed on a phone): one digit
#: with no digit, point or letter around it, before a Chinese character.
_DIGIT_WORD = re.compile(r"(?<![0-9.a-z])[1-9](?=[\u4e00-\u9fff])")
_NUMERAL_OF = dict(zip("123456789", "一二三四五六七八九"))


def _numerals(text: str) -> str:
    """Return ``text`` with :data:`_DIGIT_WORD` digits written as Chinese numerals (same length)."""
    return _DIGIT_WORD.sub(lambda m: _NUMERAL_OF[m.group()], text)


#: What blanked characters become: no name, cue, space or punctuation (a private-use character).
_BLANK = "\ue000"


def _blank(text: str, spans) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = _BLANK * (b - a)
    return "".join(chars)


# --- a questionnaire's constructions (round 22, blind35 analysed: 入户调查问卷 and 访谈记录) -----------------
#: The marks of a ticked box (☑ ✓ ✔ √ ■) and of an unticked one (□ ☐), as a questionnaire typed out writes them.
_TICKED_MARKS = "☑✓✔√■"
_UNTICKED_MARKS = "□☐"
#: A run of a questionnaire's boxes, each with its option (at most eight characters): 「□需要 ☑暂不需要」「☑已有 □没有」
#: 「□不需要 ☑需要：X」. The options of the unticked boxes are not what the form says (:func:`_ticked_options`).
_BOX_RUN = re.compile(rf"(?:[{_UNTICKED_MARKS}{_TICKED_MARKS}]\s*[^{_UNTICKED_MARKS}{_TICKED_MARKS}\s,。;:!?()]{{1,8}}\s*){{2,}}")
_UNTICKED_OPTION = re.compile(rf"[{_UNTICKED_MARKS}]\s*[^{_UNTICKED_MARKS}{_TICKED_MARKS}\s,。;:!?()]{{1,8}}\s*")
#: An answer struck out and replaced (「需要（此答案已划去，改为“不需要”）」「要（已涂改为：不要）」): the old answer (at most six
#: characters after a colon or the clause's start) is no longer said; the new one, in or without quotes, stands for it.
_STRUCK_ANSWER = re.compile(r"(?:^|(?<=[:\s,。;]))(?P<old>[^:\s,。;()]{1,6})\((?:此|该|原)?(?:答案|选项|回答|勾选|项)?(?:已|被|已被)?"
                            r"(?:划去|划掉|删去|删掉|作废|涂改|勾掉)(?:了)?[,]?(?:改为|改成|更正为|改填为?|为)[:]?"
                            r"[“\"「『]?(?P<new>[^”\"」』()]{1,8})[”\"」』]?\)")
#: A question and its answer (「问：X还缺吗？答：不缺了」「Q：X够不够？A：有，够用」): labelled 问 / Q (a number may
#: follow), the question ends at its question mark, the answer labelled 答 / A runs to the sentence's end. Folded
#: text (:func:`_fold`: full-width marks are half width, Latin lower case).
_QA_PAIR = re.compile(r"(?:^|(?<=[。;!?\s,)】|”\"」』]))(?:问|q[0-9]{0,2})\s*:\s*(?P<q>[^。;!?:]{1,40}?)\?\s*"
                      r"(?:答|a[0-9]{0,2})\s*:\s*(?P<a>[^。;!?]*)")


def _ticked_options(text: str) -> str:
    """Return folded ``text`` with the options of a questionnaire's unticked boxes removed where a box of the same
    run is ticked (round 22): 「X：□需要 ☑暂不需要」 says 暂不需要 of X, 「□不需要 ☑需要：X」 says 需要, 「X：☑已有 □没有」
    已有; the tick marks of such a run go too (a choice, not :data:`SETTLED_CUES`' done). A run with no box ticked is
    left as written (a blank form says nothing either way), and so is a lone tick (「X✅」)."""
    if not any(m in text for m in _UNTICKED_MARKS):
        return text
    def ticked(m: re.Match) -> str:
        run = m.group()
        if not any(t in run for t in _TICKED_MARKS):
            return run
        # The tick is the choice, not a settled mark (SETTLED_CUES read a chat's 「X✅」 as done): the chosen option's
        # words say what it is.
        return re.sub(f"[{_TICKED_MARKS}]", "", _UNTICKED_OPTION.sub("", run))
    return _BOX_RUN.sub(ticked, text)


def _struck_answers(text: str) -> str:
    """Return folded ``text`` with each struck-out answer replaced by the answer written for it (round 22):
    「X：需要（此答案已划去，改为“不需要”）」 reads 「X：不需要」."""
    if "(" not in text:
        return text
    return _STRUCK_ANSWER.sub(lambda m: m.group("new"), text)


#: Words of giving and of a gift's spirit, blanked before an unknown name is guessed (round 11): a name
#: such as 捐赠图书 or 爱心书籍 shares 「捐赠」 or 「爱心」 with any donor's title, so 「爱心人士捐赠一批30厘米间尺」
#: guessed 图书. Only the guess sees this; the names a text holds are read as before.
_GIFT_WORDS = re.compile("捐赠|捐献|捐助|赠送|认购|以购代捐")


#: A policy fund's 专项 ("special", round 15, blind21 analysed): a 专项 / a 计划's fund is named by its purpose with
#: 专项 inside or after it — 「中高职学生专项资助」「大病专项救助」「设立专项基金」 and 「助学专项」「基本医疗保障专项」 (the
#: fund itself). 专项 before a fund word is read after it (「X专项资助」 → 「X资助专项」: the purpose and the fund word
#: join into one name), and a 专项 closing a purpose with no fund word after it is read as 资金 (「助学专项」 →
#: 「助学资金」). Both keep the text's length, so every position found in it stays the text's. Not 专项 before
#: a purchase (「专项资金采购X」, a programme frame), nor 专项能力 / 专项职业 (a course's kind).
FUND_WORDS = ("资助", "补助", "资金", "基金", "救助", "补贴", "经费", "奖补")
_FUND_INSIDE = re.compile(rf"专项({_alternation(FUND_WORDS)})(?!采购|购买|购置)")
_FUND_CLOSING = re.compile(rf"(?<=[\u4e00-\u9fff])(?<!{')(?<!'.join(FUND_WORDS)})专项(?=$|[，,。；;：:、（(【\[）)】\]\s|｜])")


def _fund_order(text: str) -> str:
    """Return folded ``text`` with a policy fund's 专项 read after its fund word or as 资金 (:data:`FUND_WORDS`;
    same length)."""
    if "专项" not in text:
        return text
    text = _FUND_INSIDE.sub(lambda m: m.group(1) + "专项", text)
    return _FUND_CLOSING.sub("资金", text)


#: A thing named by its use (round 18, blind28 analysed): the general heads a use's 的 may be followed by besides a
#: row's own (:func:`use_names`, ``matching/data/uses.tsv``) — 「烧水的那个」「锁门的东西」「学汉语用的」.
USE_GENERIC_HEADS = ("那个", "那种", "那些", "东西", "玩意儿", "玩意", "用的")
#: What may follow a use's 的 when no head is said (「锁门的没有」「电插上烤火的，要」): the text's end, a character that
#: is no Han character (punctuation, a bracket, a number) or a word that starts the clause's predicate.
_USE_BARE_AFTER = frozenset("要没有缺不也都还想需给就是呢啊吧了够")
#: A verb of taking or wearing a speaker puts between the use and its 的 (round 21): 「中暑喝的那个水」「下地穿的那个鞋」
#: 「降血压吃的药」 are the use's thing as 「中暑的水」 is. Read only with a head after the 的 (a row's own or 那个 …):
#: 「煮饭吃的都没有」 (no food at all) names no 电饭煲.
_USE_TAKING_VERBS = frozenset("喝吃穿戴盖擦抹涂泡用使")
#: A modifier a plain writer puts between the 的 and the head (「看书的小灯」「装水的大罐」).
_USE_HEAD_MODIFIERS = frozenset("大小厚薄长新好")


@lru_cache(maxsize=1)
def _use_table() -> tuple[dict[str, tuple[tuple[str, tuple[str, ...], bool], ...]], int]:
    """Return ``matching/data/uses.tsv`` as {use as written: ((concept label, heads longest first, bare), …)} in
    file order, and the longest use's length. A "V+O" use is entered as VO, OV and VOV (「烧水」「水烧」「烧水烧」),
    and with 着 after the verb (「扶着走路」「走路扶着」);
    ``bare`` is False for a use marked "*" (it names the thing only with a head).

    Raises
    ------
    InvalidRecord
        On a line that has not three tab-separated fields.
    """
    text = resources.files(__package__).joinpath("data", "uses.tsv").read_text(encoding="utf-8")
    table: dict[str, list[tuple[str, tuple[str, ...], bool]]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            raise InvalidRecord(f"uses.tsv line {number}: expected 3 tab-separated fields, got {len(fields)}")
        label, uses, heads = fields
        head_words = tuple(sorted((h for h in heads.split("/") if h), key=len, reverse=True))
        for use in uses.split("/"):
            bare = not use.endswith("*")
            use = use.rstrip("*")
            if "+" in use:
                verb, obj = use.split("+", 1)
                forms = (verb + obj, obj + verb, verb + obj + verb)
                if not verb.endswith("着"):  # 「扶着走路的」「走路扶着的」
                    forms += (verb + "着" + obj, obj + verb + "着")
            else:
                forms = (use,)
            for form in forms:
                rows = table.setdefault(form, [])
                if (label, head_words, bare) not in rows:
                    rows.append((label, head_words, bare))
    return {k: tuple(v) for k, v in table.items()}, max(map(len, table), default=0)


def _use_head_end(text: str, start: int, heads: tuple[str, ...]) -> int:
    """Return where one of ``heads`` said at ``start`` (after an optional modifier, its last character possibly
    doubled: 机机, 柜柜) ends in ``text``, or -1."""
    for at in (start, start + 1):
        if at > start and not (start < len(text) and text[start] in _USE_HEAD_MODIFIERS):
            break
        for head in heads:
            if text.startswith(head, at):
                end = at + len(head)
                return end + 1 if end < len(text) and text[end] == head[-1] else end
    return -1


def use_names(text: str, named=None) -> str:
    """Return folded ``text`` with each thing named by its use replaced by its concept's label (round 18).

    A household that writes 普通话 as a second language, or does not know a thing's name, names it by what it
    is for: a use (a verb and its object or place, in either order, the verb now and then said twice) + 的 +
    a head word or 那个 / 东西 / nothing — 「烧水的那个壶」 热水壶, 「血压量的机机」 血压计, 「锁门的，没有」 门锁,
    「衣服洗的机器」 洗衣机; the head may stand before the use, 「桌子吃饭的」 餐桌. The uses, the heads each thing is
    called by and the concept they name are the table ``matching/data/uses.tsv`` (general knowledge of the common
    household things). A head the row does not list (「烧水的煤」) leaves the text as it was; a use marked "*"
    there (吃饭, 插电) names a thing only with one of its heads. The label is a name of the lexicon, so the
    cues around it are read as they are around any name (「烧水的那个壶有了，不要」). ``named(text, at)``, when
    given, tells whether a lexicon name spans the 的 at ``at`` (「照路的灯」 is a name of 太阳能路灯): such a
    description is left to its name.
    """
    if "的" not in text:
        return text
    table, longest = _use_table()
    out, last, at = [], 0, text.find("的")
    while at >= 0:
        found = None
        # The use right before 的, or before a verb of taking right before it (「中暑喝的那个水」; round 21).
        taking = at - 1 > last and text[at - 1] in _USE_TAKING_VERBS
        for size, verb in [(size, 0) for size in range(min(longest, at - last), 0, -1)] + \
                ([(size, 1) for size in range(min(longest, at - 1 - last), 0, -1)] if taking else []):
            rows = table.get(text[at - verb - size:at - verb])
            if not rows:
                continue
            start, after = at - verb - size, at + 1
            generic = next((g for g in USE_GENERIC_HEADS if text.startswith(g, after)), "")
            for label, heads, _ in rows:
                end = _use_head_end(text, after + len(generic), heads)
                if end > 0:
                    found = (start, end, label)
                    break
            if found is None and generic:
                found = (start, after + len(generic), rows[0][0])
            if verb:
                if found:
                    break
                continue  # with a verb of taking between, a head must follow the 的
            if found is None and (after == len(text) or not "\u4e00" <= text[after] <= "\u9fff"
                                  or text[after] in _USE_BARE_AFTER):
                for label, heads, _ in rows:  # 「桌子吃饭的」: the head before the use
                    head = next((h for h in heads if text.endswith(h, last, start)), "")
                    if head:
                        found = (start - len(head), after, label)
                        break
                else:
                    found = next(((start, after, label) for label, _, bare in rows if bare), None)
            if found:
                break
        if found and named is not None and named(text, at):
            found = None
        if found:
            start, end, label = found
            out += [text[last:start], label]
            last = end
        at = text.find("的", max(at + 1, last))
    return "".join(out) + text[last:] if out else text


#: A thing described by its use with a filler where a writer puts 的 (round 20, blind31 analysed: older villagers
#: speaking into a phone, the text as voice input typed it): 那个 for 的 (「降血压那个药」「测血糖那个机子」「烧天然气那个灶」)
#: or after it (「存雨水的那个窖」). Read as 的 only where a use (:func:`use_names`) or a lexicon name then runs across it.
_FILLER_DE = re.compile(r"(?<=[\u4e00-\u9fff])的?那个(?=[\u4e00-\u9fff])")
#: How far a use or a name may run on either side of the filler (the use table's longest use is shorter).
_FILLER_REACH = 8


def _filler_as_de(text: str, named) -> str:
    """Return folded ``text`` with each filler 那个 (or 的那个) inside a description of a thing read as 的 (round 20).

    Spoken input fills the place of 的 with 那个 (「炒菜那个油」「有轮子那个椅子」) or says both (「存雨水的那个窖」):
    where 的 in its place makes a use description (:func:`use_names`: 炒菜的油 → 食用油) or a lexicon name
    (``named(text, at)``: 存雨水的窖) run across it, the filler is read as 的; elsewhere (「谢谢了那个X」「要那个X」
    「X那个事情」) it stays a pronoun or a pause. No name is added: the readings are those of 的.
    """
    if "那个" not in text:
        return text
    out, last = [], 0
    for m in _FILLER_DE.finditer(text):
        if m.start() < last:
            continue
        left = text[max(last, m.start() - _FILLER_REACH):m.start()]
        left = left[left.rfind("的") + 1:]
        right = text[m.end():m.end() + _FILLER_REACH]
        right = right[:right.find("的")] if "的" in right else right
        if not right:
            continue  # 「读的那个的」: no head after the filler (round 18 reads 「X的那个」 alone)
        window = left + "的" + right
        if use_names(window) != window or named(window, len(left)):
            out += [text[last:m.start()], "的"]
            last = m.end()
    return "".join(out) + text[last:] if out else text


#: Verbs of a spoken verb–object service name that take a measure or a second verb inside it (round 20, blind31):
#: 「搬个家」 搬家, 「修个桥」 修桥, 「办个残疾证」 办残疾证, 「犁犁地」 犁地 (general knowledge of 离合词 and of a verb said
#: twice to soften it).
_SPLIT_VERBS = "搬修打办补装盘学做挖砌铺换建盖理剪洗看配安通搭犁耕"
_SPLIT_VERB_OBJECT = re.compile(rf"([{_SPLIT_VERBS}])(?:一?[个口条座下]|(\1))(?=[\u4e00-\u9fff])")
#: How far after a split verb its object is read (characters; a verb–object name is short).
_OBJECT_REACH = 8


def _joined_verb_object(text: str, named_from) -> str:
    """Return folded ``text`` with a measure (个 · 口 · 条 · 座 · 下, each with or without 一 before it) or a doubled
    verb inside a spoken verb–object name taken out where the verb and its object then make a lexicon name (round 20, blind31 analysed).

    A speaker splits a verb–object name as the spoken language does (「搬个家」「修条桥」「办个残疾证」) or says the verb
    twice (「犁犁地」 for 犁地); the written name is read where a name of two or more characters starts at the verb
    and runs past the taken-out part (``named_from(joined, at)``: the lexicon names at ``at``'s start and its end).
    「想要个X」「两个X」 are left as they were (要 and numerals are no such verb), and so is a split whose joined text
    names nothing (「装个灯」: 装灯 is no name).
    """
    if not _SPLIT_VERB_OBJECT.search(text):
        return text
    out, last = [], 0
    for m in _SPLIT_VERB_OBJECT.finditer(text):
        verb = m.start()
        if verb < last or m.group(2) and verb > 0 and _word(text[verb - 1:verb + 1]):
            continue  # 「数学学具」: the first 学 ends a word, it is no verb said twice
        joined = text[verb] + text[m.end():m.end() + _OBJECT_REACH]
        if named_from(joined) > 1:
            out += [text[last:verb + 1]]
            last = m.end()
    return "".join(out) + text[last:] if out else text


#: A speaker's repair (round 20, blind31 analysed): what is said and taken back is not asked for. Rewritten, before
#: the cues are read, as 「X说错了，Y」, so the cue 说错了 (:data:`UNWANTED_CUES`) says X is not wanted and Y is read
#: as asked:
#:
#: * 不是 X + 是 Y (「不是不是 不是X 是Y」「不是X，是Y」「并不是X，而是Y」): X is what is not meant; not 是不是 (a
#:   question), 要不是 (a condition), 可不是, nor 不是 + 很 · 太 · 急 … (round 13's 不是急需 stays a cue); the leading
#:   不是不是 · 不对不对 is the repair's marker, and the same X said right before it is taken back with it
#:   (「要X不是不是 不是X 是Y」);
#: * X + a marker + Y (「要X，哦不对，Y」「X 不对不对 是Y」「X，说错了，是Y」「X不是不是 是Y」): a doubled 不对 · 不是 ·
#:   错了, or 哦 · 噢 · 呃 + 不对 · 不是, or 说错了 · 讲错了 · 口误; a bare 不对 (「尺码不对」) is no repair.
#:
#: A stammer says the marker two, three or more times, with or without a pause (round 21): 「不是不是不是X是Y」
#: 「不是 不是 不是X 是Y」「X不对不对不对，是Y」. The marker is 不是 · 不对 · 错了 said twice or more, and the 不是 of
#: 「不是X是Y」 may follow a 不是 (the stammer's last one): the lookbehind that keeps 是不是 a question (「是不是缺X」)
#: blocks a 是 before it only where that 是 does not end a 不是.
_REPAIR_MARK = r"(?:不是(?:[\s,]?不是)+|不对(?:[\s,]?不对)+|错了(?:[\s,]?错了)+|(?:哦|噢|呃|哎|唉)[\s,]*(?:不对|不是(?![很太急必刚]))|说错了|讲错了|说岔了|口误)"
_REPAIR_NOT = re.compile(rf"(?P<mark>[\s,]*{_REPAIR_MARK}[\s,]*)?(?:(?<=不是)|(?<![是要可]))不是(?![是不\s,很太急必刚问事个什特说])(?P<x>[^,。;!?]{{1,16}}?)"
                         r"(?<!就)[\s,]*(?:而|应该|应当)?是(?![\s,。;!?]|$)")
_REPAIR_AFTER = re.compile(rf"[\s,]*{_REPAIR_MARK}[\s,]*(?:而|就|应该|应当)?(?:是|要)?(?!不是|[\s,。;!?]|$)")


#: Round 21 (blind33 analysed): an emoji a WeChat message carries as text (「[抱拳]」「[玫瑰]」「[OK]」「[捂脸]」) — square
#: brackets round one to four Chinese characters or letters. It closes what was said before it like a full stop (「X我家要
#: [抱拳]Y那条是帮隔壁接的」 is two sentences) and names nothing, so it is read as 「。」.
_EMOJI_CODE = re.compile(r"\[[\u4e00-\u9fffa-z]{1,4}\]")


#: WeChat's own emoji that are also the names of things (review of round 21): said in a group as thanks or cheer
#: (「[玫瑰]」「[蛋糕]」「[红包]」), they are read as a stop whatever the lexicon reads in them.
WECHAT_THING_EMOJI = frozenset(("玫瑰", "凋谢", "爱心", "心碎", "礼物", "红包", "蛋糕", "咖啡", "啤酒", "西瓜", "菜刀",
                                "月亮", "太阳", "炸弹", "便便", "猪头", "拥抱", "烟花", "爆竹", "福", "發", "发"))


def _emoji_stops(text: str, is_name=None) -> str:
    """Return folded ``text`` with each WeChat emoji code (:data:`_EMOJI_CODE`) replaced by 「。」 (round 21).

    ``is_name`` (optional, ``str -> bool``): whether the bracket's text names an item; such a bracket is a form's or a
    listing's tag (「需要物资：[棉被] [大米]」「急需[轮椅]一台」, review of round 21) and is kept, unless it is one of WeChat's
    own emoji (:data:`WECHAT_THING_EMOJI`).
    """
    if "[" not in text:
        return text
    if is_name is None:
        return _EMOJI_CODE.sub("。", text)
    return _EMOJI_CODE.sub(lambda m: m.group() if m.group()[1:-1] not in WECHAT_THING_EMOJI and is_name(m.group()[1:-1])
                           else "。", text)


def _spoken_repairs(text: str) -> str:
    """Return folded ``text`` with each speaker's repair (:data:`_REPAIR_NOT`, :data:`_REPAIR_AFTER`) rewritten as
    「X说错了，Y」 (round 20): the taken-back X is then read as not wanted by the cue 说错了, and Y as asked."""
    if "不是" not in text and "不对" not in text and "错" not in text and "口误" not in text:
        return text
    out, last = [], 0
    for m in _REPAIR_NOT.finditer(text):
        start, taken = m.start(), m.group("x")
        if m.group("mark") and text.endswith(taken, last, start):
            start -= len(taken)  # 「要X不是不是 不是X 是Y」: the X said before the marker is the one taken back
        out += [text[last:start], ",", taken, "说错了,"]
        last = m.end()
    if out:
        text = "".join(out) + text[last:]
    return _REPAIR_AFTER.sub("说错了,", text)


@lru_cache(maxsize=100_000)
def item_text(text: str) -> str:
    """Return folded ``text`` with what is not its item blanked: who gives or asks (:func:`org_spans`)
    and a product title's grades, pack sizes, codes and bracketed specifications (:data:`PRODUCT_WORDS`,
    「5l装」「hrb400」「dn32」「(50只/盒)」「每箱24瓶」). Used to read an item the lexicon does not name:
    「一级冷榨山茶油5l装」 → 「  冷榨山茶油   」.
    """
    return _PRODUCT_NOISE.sub(lambda m: _BLANK * len(m.group()), _blank(text, not_item_spans(text)))


#: A title's request word and the thing it asks for (round 12): 「留守阿婆需要面线」「长期病患户冇晒衫架用」
#: 「给困难群众弄点手表」「五保户盼着添下蛋的母鸡」. A bare 要 / 需 is left out (「每个礼拜要洗肾」: must).
# Round 13, the platform's 微心愿 frames: 「希望有X（…）」「…的微心愿：X」「我的心愿是X」 (a wish noun + 是 or its
# heading's colon, 希望 / 盼 / 想 + 有 / 能有).
_TITLE_ASK = re.compile(r"(?:微心愿|心愿卡|心愿|愿望)(?:是|[:：|｜]|—+)(?!我?想要|需要|希望|盼)|(?:希望|盼望|想)能?有|"
                        r"需要|急需|缺少|紧缺|短缺|缺|申请|求购|想要|想讨|讨|弄|搞|添置|添|冇|没有|盼"
                        # Round 14 (blind19 analysed): the platform's form titles 「帮X解决Y的问题」「关于Y的需求」
                        # (the frame's tail is cut off by _TITLE_TAIL).
                        r"|解决|关于|有关"
                        # Round 15 (blind21 analysed): a register's 申报 (「监测对象X：申报Y」).
                        r"|申报"
                        # Round 16 (blind24 analysed): a wish card's 「X的心愿卡——Y」 (above) and 「帮X圆梦：Y」.
                        r"|圆梦(?:[:：|｜]|—+)"
                        # Round 19 (blind30 analysed): a case record's assessment and plan — 「…存在X方面的需求」
                        # 「…：建议链接X」「转介单：…需X」 (the frame's tail 方面的需求 is cut off by _TITLE_TAIL).
                        r"|存在|链接|(?<![急必所无仍尚还])需(?![要求])")
#: A register's request field (round 15, blind21 analysed: 建档立卡 / 帮扶台账 rows imported from a sheet): the
#: label of the field that holds the request and its colon or bar — 「户主：X，帮扶需求：Y」「帮扶台账｜X｜需解决：Y」
#: 「村级申报：Y（户主X）」 ask for Y, up to the field's end (a comma, a bar, a bracket or a blanked name). The
#: other fields (户主, who, 致贫原因) are the row's situation.
_FIELD_ASK = re.compile(r"(?:帮扶需求|需求事项|需求内容|申报事项|申报内容|申请事项|申请内容|拟申请|需求|需解决|申报|申请)[:|]")
_FIELD_END = re.compile(r"[，,。；;！!？?\s:：|(（\ue000]")
#: The tail of a title's frame after the thing asked for (round 14): 「…Y的问题」「…Y的需求」「…Y的申请」「…Y的事」, and a
#: measure before it (「想要一些Y」「缺点Y」), blanks and spaces at either end.
_TITLE_TAIL = re.compile(r"(?:方面)?(?:的)?(?:问题|需求|申请|事宜|事情|事)[\s\ue000]*$|[\s\ue000]+$")
#: A case record's title that names its thing before the frame (round 19, blind30 analysed): 「X资源链接（…）」「X需求评估」
#: 「X转介」 — the thing is the text before it.
_TITLE_BEFORE = re.compile(r"^([\u4e00-\u9fff]{2,}?)(?:的)?(?:资源链接|资源对接|需求评估|转介)[\s\ue000]*$")
#: A news story's headline that names its thing first (round 21, blind34 analysed): a wish about the matter
#: (「“X的事能解决就好了”——记者走访…」「X的问题要是能解决该多好」) and the matter as a worry (「X，成了…的一桩心事」) — the
#: thing is the text before the frame.
_TITLE_FIRST = re.compile(r"^[“\"「『]?([\u4e00-\u9fff]{2,}?)(?:"
                          r"的(?:事情?|事儿|问题)(?:要是|如果|若)?能?(?:早点|早日|尽快)?"
                          r"(?:解决|办成|办好|落实|有着落|有个着落)(?:就好了|就好|该多好)"
                          r"|[，,]成了[^，,。]{0,16}?(?:心事|心病|难题|难事|牵挂|愁事|盼头))")
_TITLE_MEASURE = re.compile(r"^[\s\ue000]*(?:[一两几]?[点些个])?(?=[\u4e00-\u9fff])")
#: What a request word may be followed by that names no thing: a call for help (「需要帮助」「申请救助」
#: 「缺人照顾」 is a thing, 「唔该帮下手」 a plea), a measure (弄点, 添个) or an ending particle.
_TITLE_ASK_GENERIC = re.compile(r"[点些个一两几]*(?:帮助|帮扶|帮忙|帮衬|帮下|救助|援助|支援|支持|关心|关爱|资助|扶持|"
                                r"解决|好心|爱心|社会|大家|各位|政府|您|你|助)")
_HAN2 = re.compile(r"[\u4e00-\u9fff]{2}")
#: A request right before a name in a description: :data:`_REQUEST_BEFORE`, and more.
# Review of round 12: also not yet received (「还没领到X」) and an office asked to see to it (「希望尽快落实X」).
_ASK_BEFORE = re.compile(rf"(?:{_ASK_WORDS}|没领到|未领到|领不到|没收到|未收到|落实|解决|配发|发放|更换|换个|换)"
                         rf"{_ASK_MEASURE}$")
#: A shortage right after a name: 「作业本一直缺」「棉被紧缺」「棉被缺得厉害」「棉被到而家都未有着落」.
_SHORT_AFTER = re.compile(r"(?:一直|还|都|也|特别|十分|非常)?(?:缺|紧缺|短缺|不够|买不起|置办不起|没有着落|未有着落|都未有着落)")
#: Words right after a name (four characters, inside its clause) saying it is worn out or wanted (review of
#: round 12): 「X坏了想换」「X破旧不堪」「X太薄」 (:data:`_STILL_WANTED` and a few of its own).
_WANTED_LATER = re.compile(r"太[薄旧破小短少]|需要|急需|想要|不够|不足")


_OBJECT_END = re.compile(r"[，,。；;！!？?\s:：|]")
#: A lack said after a name, anywhere in its clause or in the short segment after it that names nothing
#: (round 13, where the context rule met the constructions battery): 「X还没发下来」「X申请了还没到」「X一直没人管」
#: 「X说好给发的，一直没到」「X被水冲走了」「X被偷了」「X还差一些」「X用了好多年，破得不行了」「X去年领过，今年又坏了」.
_LACKING = re.compile(r"(?:没|未)(?:有)?(?:发|领|到|给|着落|消息|买成|人管|人给|下来|落实)|还差|被偷|偷了|冲走|冲跑"
                      r"|破得|烂得|(?:还|又|再|现在)(?:想要|需要|要|缺|坏)"  # (不能用 / 买不起: _STILL_WANTED's)
                      # a kind refused says a new one is wanted: 「X，二手的不要」「X旧的不要」
                      r"|(?:二手|旧|坏|破)的?不要|要新的")
#: A 的 that joins a modifier to a head noun after it (「拄路的杵杵」), not a closing particle (「说好给发的，」)
#: nor one before an adverb or a negation (「上次发的不够」「领的也坏了」).
_MODIFIER_DE = re.compile(r"的(?=[\u4e00-\u9fff])(?![不没未还也都就很太又再才了吗呢吧啊])")
#: The marks between segments of one sentence (round 13, :func:`_lack_of_its_own`).
_SEGMENT_MARKS = re.compile(r"[，,\s]")
#: The end of a sentence (round 13, :meth:`Lexicon._asked_in`).
_SENTENCE_END = re.compile(r"[。；;！!？?]")
#: A request right before a name (round 13): 「最缺的是X」「希望能给X」「能不能给X」「上个月报过X」.
_ASKED_BEFORE = re.compile(rf"(?:最缺的?是|缺的是|希望能?给|能不能给|能否给|报过|申请过){_ASK_MEASURE}$")
#: How far after a frame a name straddling its end is looked for (:meth:`Lexicon._spans_yield`; round 13).
_LONGEST_STRADDLE = 6
#: Money named by its use (round 13, :meth:`Lexicon._money_for`): 「冬天烤火的钱」「看病的费用」「上学的开销」.
_MONEY_USE = re.compile(r"的(?:钱|钱款|费用|开销|花销|开支|花费)$")
_MONEY_ENDS = ("费", "费用", "钱", "金", "款", "补贴", "补助", "资助", "资金")


def _title_object(title: str) -> str | None:
    """Return the thing a need's title (folded, :func:`item_text`) asks for in its own words, or None (round 12).

    The text after the first request word (:data:`_TITLE_ASK`) that is followed by two Chinese characters
    and no call for help (:data:`_TITLE_ASK_GENERIC`), up to the clause's end: 「留守阿婆需要面线」 →
    面线, 「长期病患户冇晒衫架用」 → 晒衫架用. A generic title (「求助」「生活困难」「需要帮助」「申请救助」) names
    nothing: None.
    """
    m = _FIELD_ASK.search(title)
    if m is not None and _HAN2.match(title, m.end()) and not _TITLE_ASK_GENERIC.match(title, m.end()):
        end = _FIELD_END.search(title, m.end())
        if end and title[end.start()] == ":" and _HAN2.match(title, end.end()):
            # Round 19 (blind30 analysed): the field's value is a label of its own, who the case is
            # (「个案需求｜困境儿童小林：X」): the thing is the value after it.
            start = end.end()
            end = _FIELD_END.search(title, start)
        else:
            start = m.end()
        thing = title[start:end.start() if end else len(title)]
        if len(thing) >= 2:
            return thing
    before = _TITLE_BEFORE.match(title) or _TITLE_FIRST.match(title)
    if before:
        return before.group(1)
    for m in _TITLE_ASK.finditer(title):
        if _HAN2.match(title, m.end()) and not _TITLE_ASK_GENERIC.match(title, m.end()):
            end = _OBJECT_END.search(title, m.end())
            thing = title[m.end():end.start() if end else len(title)]
            # Round 14: without the frame's tail and a leading measure (「帮王某解决轮椅的问题」 → 轮椅,
            # 「关于念大学的费用的需求」 → 念大学的费用, 「想要一些棉被」 → 棉被); the whole when nothing is left.
            bare = _TITLE_MEASURE.sub("", _TITLE_TAIL.sub("", thing))
            return bare if len(bare) >= 2 else thing
    return None


@lru_cache(maxsize=100_000)
def _word(text: str) -> bool:
    """Return whether ``text`` is one word of jieba's dictionary (:func:`search.analysis.dictionary_word`).

    A span holding a space is no word (round 21): ``dictionary_word`` strips the folded text, so 「 大」 or 「米 」
    was the one-character word 大 / 米, and in voice input, where one space is a pause (「家里缺 大米 还有油」),
    every two-character name between two spaces straddled two "words" (:func:`_straddles`) and was dropped.
    """
    return not any(ch.isspace() for ch in text) and dictionary_word(text)


@lru_cache(maxsize=20_000)
def _cut(text: str) -> tuple[str, ...]:
    """Return jieba's words of ``text`` (dictionary only, no HMM guess): where a reader cuts (round 18)."""
    return tuple(dictionary_cut(text))


def _straddles(text: str, start: int, end: int) -> bool:
    """Return whether the two-character name ``text[start:end]`` straddles a word boundary (round 12).

    A reader cuts 「有人参加培训」 into 有人 / 参加 / 培训: the name 人参 takes the end of one word and the start
    of the next. A two-character name is no mention when the character before it joins its first into a
    word and its last joins the character after it into a word, both of jieba's dictionary
    (:func:`search.analysis.dictionary_word`); 「种人参」「人参加工」 keep it (种人 is no word; nothing before).
    A name ending in a head noun (:data:`_HEAD_CLASSES`: 衣, 鞋, 被, 药 …) keeps it: the word after starts
    with that head, so the two words still name the item (「过冬衣裳」 is 冬衣).
    """
    return (end - start == 2 and 0 < start and end < len(text) and text[end - 1] not in _HEAD_CLASS
            and _word(text[start - 1:start + 1]) and _word(text[end - 1:end + 1]))


#: A single whitespace character between two Chinese characters (round 22, :meth:`Lexicon._names_across_space`),
#: the Chinese characters right before and right after it, and how many of them are looked at on either side.
_SPACE_IN_HAN = re.compile(r"(?<=[\u4e00-\u9fff])\s(?=[\u4e00-\u9fff])")
_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]+$")
_HAN_AFTER = re.compile(r"[\u4e00-\u9fff]+")
_SPACED_SIDE = 4


class _Starts(dict):
    """The name look-up's index of one name table (round 18): ``{first two characters of a name: the lengths of
    the names beginning with them, longest first}``, ``{one-character name: (1,)}``, and :attr:`singles`, the
    one-character names.

    A position of a text is tried with the lengths of the names that begin with its two characters (a tuple of
    one or two lengths for most), not with those of every name beginning with its first character (round 17:
    about five per position, over 2,229 first characters, nearly every Chinese character of a text): most
    positions begin no name, and one look-up of their two characters says so. A two-character key whose first
    character is a one-character name ends in length 1 too; a position whose two characters begin no longer
    name is tried as a one-character name only when the text holds one (:func:`_lengths_at`).
    """

    __slots__ = ("singles", "single_in")

    def __init__(self, names: Iterable[str]) -> None:
        grown: dict[str, set[int]] = {}
        singles = set()
        for n in names:
            grown.setdefault(n[:2], set()).add(len(n))
            if len(n) == 1:
                singles.add(n)
        for key, ls in grown.items():
            if len(key) == 2 and key[0] in singles:
                ls.add(1)
        super().__init__((key, tuple(sorted(ls, reverse=True))) for key, ls in grown.items())
        self.singles: frozenset[str] = frozenset(singles)
        #: The search for a one-character name in a text (a character class: a set's isdisjoint hashes every
        #: character of the text), or None when the table has none.
        self.single_in = re.compile("[" + re.escape("".join(sorted(singles))) + "]").search if singles else None


def _lengths_at(text: str, i: int, lengths: _Starts) -> tuple[int, ...]:
    """Return the lengths of the names of ``lengths`` that may begin at ``text[i]``, longest first (maybe none)."""
    ls = lengths.get(text[i:i + 2])
    if ls is None:
        return lengths.get(text[i], ()) if lengths.singles else ()
    return ls


def _name_table(concepts: Sequence["Concept"]) -> tuple[dict[str, tuple[int, ...]], _Starts]:
    """Return ``({folded name: concept ids}, its look-up index)`` (:class:`_Starts`)."""
    by_name: dict[str, tuple[int, ...]] = {}
    for c in concepts:
        for n in c.names:
            by_name[n] = by_name.get(n, ()) + (c.id,)
    return by_name, _Starts(by_name)


def spoken_forms(name: str) -> set[str]:
    """Return the spoken forms of a lexicon name (round 10): how a regional or a child's voice says it.

    Chinese names take a suffix or a reduplicated last syllable in speech without changing what they
    name (西南 / 西北官话 and 儿化 of the north): ``name + 儿`` (书包儿, 板凳儿), ``name + 子`` (铁锅子,
    水管子), the last character doubled (书包包, 背篼篼); a name ending in 子 also in 儿 or with its
    stem doubled (凳子 → 凳儿, 凳凳; 本子 → 本本), and a name ending in 子 / 儿 without it when the stem
    has two characters (鸡娃子 → 鸡娃). Only names of two or more Chinese characters are formed.
    """
    if len(name) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return set()
    forms = set()
    if name[-1] in "子儿":
        stem = name[:-1]
        forms |= {stem + stem[-1], stem + ("儿" if name[-1] == "子" else "子")}
        if len(stem) >= 2:
            forms.add(stem)
    else:
        forms |= {name + "儿", name + "子", name + name[-1]}
    return forms


def _spoken_table(concepts: Sequence["Concept"], taken: set[str],
                  lent: AbstractSet[str] = frozenset()) -> dict[str, tuple[int, ...]]:
    """Return ``{spoken form: (concept id,)}`` of the concepts' names (:func:`spoken_forms`).

    A form is left out when it is already a name or a thesaurus word (瓜子 is a snack, not a 瓜; the
    thesaurus knows it), or when the names of two concepts give it (it is no one's). Only the names of
    the lexicon's files give forms, not the names ``lent`` by a thesaurus (Cilin's 相思子 would give 相思).
    A form of two characters that is one character doubled and a word of jieba's dictionary (种种, 棒棒,
    松松 from 种子, 棒子, 松子: 「种种原因」「棒棒的」) is no name when it stands alone; baby talk the
    dictionary does not hold (袜袜, 凳凳) stays.
    """
    owner: dict[str, set[int]] = {}
    for c in concepts:
        for name in c.names:
            if name in lent:
                continue
            for form in spoken_forms(name):
                if form in taken or (len(form) == 2 and form[0] == form[1] and dictionary_word(form)):
                    continue
                owner.setdefault(form, set()).add(c.id)
    return {form: (next(iter(ids)),) for form, ids in owner.items() if len(ids) == 1}


def _scan(text: str, by_name: dict, lengths: dict, extend: dict | None = None,
          classes: AbstractSet[int] = frozenset()) -> list[tuple[int, int, tuple[int, ...]]]:
    """Return ``(start, end, ids)`` of the names of one table in ``text``: the best cover (2026-12-01).

    Where names overlap, :func:`_best_cover` picks the non-overlapping set a reader picks (「二手电动轮椅」
    is 二手 + 电动轮椅, not 手电 + 轮椅). Names hold no clause punctuation, so this is the best cover of
    each clause. The leftmost-longest scan runs first: when no name starts inside one of its matches
    and runs past it (most texts), its reading is already the best cover (any other candidate lies
    inside one of its matches and joins fewer pairs) and is returned as is. A single-character name
    right after a numeral is a measure word (两床棉被) and no candidate. ``extend`` maps a name + one
    character (a spoken form, :func:`spoken_forms`) to its concept: a name followed by that character
    is read one character longer (书包儿), as one candidate. ``lengths`` is the table's look-up index
    (:class:`_Starts`): each position is tried only with the lengths of the names its two characters begin (round 18).
    """
    out = []
    crossed = False
    i, n = 0, len(text)
    get = lengths.get
    one = lengths.single_in is not None and lengths.single_in(text) is not None  # a one-character name in the text
    while i < n:
        ls = get(text[i:i + 2])  # the lengths of the names beginning here (:class:`_Starts`)
        if ls is None:
            if not one:
                i += 1
                continue
            ls = get(text[i], ())
        for length in ls:
            if i + length <= n:
                ids = by_name.get(text[i:i + length])
                if ids is not None:
                    if length == 1 and i > 0 and text[i - 1] in _NUMERAL:
                        continue  # 两床棉被: a measure word
                    end = i + length
                    if extend and end < n:
                        longer = extend.get(text[i:end + 1])
                        if longer is not None:
                            ids, end = longer, end + 1
                    out.append((i, end, ids))
                    if not crossed and end - i > 1:
                        crossed = _crossed(text, i, end, by_name, lengths, extend)
                    i = end
                    break
        else:
            i += 1
    return _best_cover(_candidates(text, by_name, lengths, extend), text, classes) if crossed else out


def _scan_words(text: str, by_name: dict, lengths: dict, extend: dict | None = None,
                classes: AbstractSet[int] = frozenset()) -> list[tuple[int, int, tuple[int, ...]]]:
    """Return :func:`_scan` of ``text`` without the two-character names that straddle two words.

    A name across two words is none (「有人参加」, :func:`_straddles`; round 12), and it must not take
    the place of the name it overlaps: 「捐赠书包」 holds 赠书 (捐赠 + 书包 cut it) and 书包, and the scan's
    leftmost reading took 赠书, so dropping it afterwards left nothing (round 14: every 「捐赠书包」「捐赠书柜」
    offer read no item). When a straddling name was read, the best cover of the other candidates is.
    """
    found = _scan(text, by_name, lengths, extend, classes)
    if not any(_straddles(text, a, b) for a, b, _ in found):
        return found
    return _best_cover([m for m in _candidates(text, by_name, lengths, extend) if not _straddles(text, m[0], m[1])],
                       text, classes)


def _crossed(text: str, start: int, end: int, by_name: dict, lengths: dict, extend: dict | None) -> bool:
    """Return whether a name (or a spoken form) starts inside ``text[start:end]`` and runs past ``end``."""
    n = len(text)
    for p in range(start + 1, end):
        for length in _lengths_at(text, p, lengths):  # longest first
            stop = p + length
            if stop <= end:
                if stop == end and extend and end < n and text[p:end + 1] in extend and text[p:end] in by_name:
                    return True
                break
            if stop <= n and text[p:stop] in by_name:
                return True
    return False


def _candidates(text: str, by_name: dict, lengths: dict, extend: dict | None) -> list[tuple]:
    """Return every name match ``(start, end, ids, spoken)`` in ``text``, ordered by start, longest first
    at one start; ``spoken`` says the name is read one character longer as a spoken form."""
    found = []
    n = len(text)
    for i in range(n):
        ls = _lengths_at(text, i, lengths)
        for length in ls:
            end = i + length
            if end <= n:
                ids = by_name.get(text[i:end])
                if ids is not None:
                    if length == 1 and i > 0 and text[i - 1] in _NUMERAL:
                        continue
                    if extend and end < n:
                        longer = extend.get(text[i:end + 1])
                        if longer is not None:
                            # The spoken form and the plain name are both readings: 「棉被被罩」 is 棉被 + 被罩.
                            found.append((i, end + 1, longer, True))
                    found.append((i, end, ids, False))
    return found


def _best_cover(found: list, text: str = "", classes: AbstractSet[int] = frozenset()) -> list:
    """Return the non-overlapping matches ``(start, end, ids)`` a reader takes of ``found``
    (:func:`_candidates`).

    The matches fall into runs of overlapping ones, each read on its own, so a reading never depends on
    text elsewhere. A run whose names only nest (床帐子 holding 床 and 帐子) is read as the
    leftmost-longest scan reads it: the outer names. A run where one name starts inside another and
    runs past it is read by :func:`_cover_run`.
    """
    out: list = []
    run: list = []
    run_end = -1
    for match in found:
        if run and match[0] >= run_end:
            out += _read_run(run, text, classes)
            run, run_end = [], -1
        run.append(match)
        run_end = max(run_end, match[1])
    if run:
        out += _read_run(run, text, classes)
    return out


def _read_run(run: list, text: str = "", classes: AbstractSet[int] = frozenset()) -> list:
    """Read one run of overlapping matches ``(start, end, ids, spoken)`` of ``text`` (see :func:`_best_cover`)."""
    if any(a[0] < b[0] < a[1] < b[1] for a in run for b in run):
        return _cover_run(run, text, classes)
    out, last = [], -1
    for start, end, ids, _ in run:  # by start, longest first: the outer names
        if start >= last:
            out.append((start, end, ids))
            last = end
    return out


#: The first characters of a name that may be a modifier of the name crossing it (round 17): age, size,
#: thickness or material — 「旧书包」 is an old 书包, not 旧书 + 包; 「棉被套」 a cotton 被套.
_MODIFIER_FIRST = frozenset("旧新破小大厚薄棉纯皮铁木竹布纸")
# Round 17 (Lexicon._own_inside): a verb that takes a one-character name as its object inside one dictionary
# word (卧床 lying in bed, 铺床 making it, 钉鞋 / 修鞋 cobbling, 起床 getting up); the place words
# after a one-character name (床上, 床边); the heads of a place's or an organisation's name (龙井村, 龙头企业).
_OBJECT_VERBS = frozenset("卧躺瘫铺钉修起")
_PLACE_AFTER = frozenset("上下边旁里前后")
#: The second characters of a word that is its first character's own longer form (费用 a 费, 果实 a 果, 工人 a 工,
#: 工作 a 工 (a job), 药油 a 药, 粉末 a 粉): a name ending in that first character still names the thing (round 18, _crossing_end).
_SAME_TAIL = frozenset("用实人员作油末子儿卷朵率")
#: The one-character words that may follow a noun and close it (的, 和, 及, 等, 与): any other lone character after
#: the word a name's last character begins (「带到而家」「扎破得」「机先不」) says jieba's cut there is a guess (round 18).
_JOINING = frozenset("的和及等与")
#: The verb a two-character name of a work begins with (修路, 建房, 盖房): 「修路灯」 is 修 | 路灯 (round 19).
_WORK_VERBS = frozenset("修建盖装换挖砌铺")
#: A lone character after a crossing word that makes it a noun of people or places (round 19): 种植 + 户, 养殖 + 场.
_CROSSING_SUFFIX = frozenset("户者场园区队社")
_PLACE_HEADS = ("村", "乡", "镇", "企业", "公司", "城", "馆")
#: A course's or a service's head closing a name (round 18, :meth:`Lexicon._service_objects`).
_SERVICE_HEAD = re.compile(r"(?:培训|培训班|训练班|实训|班|证|课程?|代运营|运营服务|托管|服务)$")
#: The labels of the concepts that are courses or services (技能培训, 电商代运营, 养老服务, 课业辅导).
_SERVICE_LABEL = re.compile(r"(?:培训|服务|代运营|托管|辅导|指导|课程|实训)$")
#: A programme's label (雨露计划, 就业帮扶): a programme before a course names the course's frame, itself asked for.
_PROGRAMME_LABEL = re.compile(r"(?:计划|项目|工程|行动|帮扶|工作)$")
#: The last characters of the person words (儿童, 小孩, 老人, 病人, 娃娃) a two-character name may cross into a place
#: word from (round 18, :meth:`Lexicon._crossing_place`).
_PERSON_LAST = frozenset("童孩人娃")
#: A place character of :data:`_PLACE_AFTER` that begins a time word (上个月, 上回, 前年, 下次, 后来): no place.
_TIME_AFTER = re.compile(r"上(?:个|次|回|轮|趟|周|礼拜|星期|年|半年|旬|午|月|期|学期|季)|下(?:个|次|回|轮|趟|周|礼拜|星期|半年|旬|午|月|季)"
                         r"|前(?:年|天|日|些|阵|段|两|几|晌)|后(?:来|年|天|日|头)")


def _cover_run(run: list, text: str = "", classes: AbstractSet[int] = frozenset()) -> list:
    """Return the reading of a run of crossing matches ``(start, end, ids, spoken)`` that a reader takes.

    A reading is worth the adjacent character pairs its names join (a name of k ≥ 2 characters joins
    k − 1; the 儿 / 子 / doubled character of a spoken form joins none: 「二手电子琴」 is 电子琴, not 手电子),
    then the one-character names it reads, then the fewer names; on a tie the earlier, longer match wins
    (the leftmost-longest scan's order). Pairs, not characters, because a name that splits another adds
    characters without being read: 「棉裤子实在」 is 棉裤子 + 实在 (2 pairs), not 棉裤 + 子实 (4 characters,
    also 2 pairs, but two names); 「苞谷籽种」 is 苞谷籽 (玉米种), not 苞谷 + 籽种; 「家电轮椅」 is 家 + 电轮椅
    (2 pairs and a one-character name) over 家电 + 轮椅. A right-to-left dynamic programme over the
    run's lattice: O(characters + matches).

    Round 17: on a tie of the three, the reading with fewer names led by a modifier of the name crossing them
    wins (:data:`_MODIFIER_FIRST`: a name whose first character of ``text`` is an age, size or material word and
    whose second begins the crossing name): 「旧书包」 is 书包, not 旧书 (图书); 「棉被套」 is 被套, not 棉被. The crossing
    name must be a kind of its own, not a class (``classes``: concepts with narrower ones): 「棉衣裳」 stays 棉衣,
    not 衣裳 (衣物). Other ties keep the earlier name (round 16 measured "the later always" and dropped it).
    Round 21: a doubled two-character name (a child's or a dialect's doubling, 卷卷 · 包包) whose second character
    begins the crossing name is such a modifier too: 「卷卷纸」 is 卷纸 (卫生纸), not 卷卷 (卷子, 学习资料) + 纸. A space
    before it used to hide the case (「 卷」 counted as a word, :func:`_word`).
    """
    starts = {m[0] for m in run}
    at: dict[int, list] = {}
    for start, end, ids, spoken in run:
        pairs = end - start - 1 - spoken
        led = int(bool(text) and (text[start] in _MODIFIER_FIRST or end - start == 2 and text[start] == text[start + 1])
                  and start + 1 in starts
                   and any(b[0] == start + 1 and end < b[1] and not classes.intersection(b[2]) for b in run))
        at.setdefault(start, []).append((start, end, ids, pairs, 0 if pairs else 1, led))
    first, stop = min(at), max(m[1] for m in run)
    # best[i] = (pairs, singles, -names, -modifier-led, match read at i or None) of the best reading of text[i:stop]
    best: dict[int, tuple] = {stop: (0, 0, 0, 0, None)}
    for i in range(stop - 1, first - 1, -1):
        choice = (*best[i + 1][:4], None)
        for m in reversed(at.get(i, ())):  # shortest first: on a tie the longer one, then any match wins
            rest = best[m[1]]
            score = (rest[0] + m[3], rest[1] + m[4], rest[2] - 1, rest[3] - m[5], m)
            if score[:4] >= choice[:4]:
                choice = score
        best[i] = choice
    out = []
    i = first
    while i < stop:
        m = best[i][4]
        if m is None:
            i += 1
        else:
            out.append(m[:3])
            i = m[1]
    return out


@dataclass(frozen=True, slots=True)
class Concept:
    """One item concept of the lexicon.

    Attributes
    ----------
    id : int
        Position in :attr:`Lexicon.concepts`.
    label : str
        Name shown in reasons (棉被).
    category : str
        Category code (``living``).
    names : tuple of str
        Every name, folded, label first.
    broader : tuple of int
        Ids of the directly broader concepts.
    units : tuple of str
        Folded units the item is counted in, usual unit first.
    group : bool
        A programme or bundle group (kind ``group``): it covers its children, which are not siblings
        through it.
    """

    id: int
    label: str
    category: str
    names: tuple[str, ...]
    broader: tuple[int, ...]
    units: tuple[str, ...]
    group: bool = False


@dataclass(frozen=True, slots=True)
class Extraction:
    """What a text asks for: concept ids, the ids it mentions but does not ask for, the kept text."""

    concepts: frozenset[int]
    excluded: frozenset[int]
    text: str


@dataclass(frozen=True, slots=True)
class ItemMatch:
    """How a need's items agree with an offer's: feature value, level, and the concepts involved."""

    value: float
    level: int
    need_concept: int | None
    offer_concept: int | None


@lru_cache(maxsize=None)
def _sound(ch: str) -> str:
    """Return a Chinese character's toneless pinyin (its usual reading; pypinyin)."""
    return lazy_pinyin(ch)[0]


def _longest_shared_run(text: str, name: str) -> int:
    """Return the length of the longest run of characters of ``name`` that also occurs in ``text``."""
    for length in range(len(name), 1, -1):
        if any(name[i:i + length] in text for i in range(len(name) - length + 1)):
            return length
    return 0


def _generic_run(text: str, name: str) -> bool:
    """Return whether every two-character run ``name`` shares with ``text`` is a generic head (round 12).

    A guess that shares only 设备, 器材 or 用品 (:data:`GROUP_HEADS`) with a name has no evidence of the item:
    「广场音响设备」 is no 发电机 for its name 发电设备; 「雾化设备」 still shares 雾化 with 雾化器's names. Nor
    does money's generic head (:data:`MONEY_RUNS`, round 13): 「冬天烧煤的钱」 is no 医疗费用 for 看病的钱.
    """
    shared = {name[i:i + 2] for i in range(len(name) - 1) if name[i:i + 2] in text}
    return bool(shared) and all(_GROUP_HEAD.fullmatch(w) or w in MONEY_RUNS for w in shared)


#: Values of a lexicon line's optional fifth column: a class of kinds (empty) or a covering group.
KINDS = ("", "group")


def read_lexicon_rows(path: str | os.PathLike | None = None, text: str | None = None, kinds: bool = False):
    """Parse a lexicon file into rows ``(category, names, broader, units)``.

    Parameters
    ----------
    path : path-like, optional
        File to read (UTF-8).
    text : str, optional
        The file's content, instead of ``path``.
    kinds : bool
        Also return each line's kind (fifth column, one of :data:`KINDS`) as a fifth element.

    Returns
    -------
    list of tuple
        ``(category, [names], [broader labels], [units])`` per concept line, ``+ (kind,)`` with
        ``kinds``.

    Raises
    ------
    InvalidRecord
        Naming the file, line and field of a bad line (unknown category or kind, no name, wrong
        columns).
    """
    name = os.fspath(path) if path is not None else "<lexicon>"
    if text is None:
        try:
            with open(name, encoding="utf-8-sig") as fh:
                text = fh.read()
        except OSError as exc:
            raise InvalidRecord(f"cannot read lexicon ({exc.strerror})", file=name) from None
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2:
            raise InvalidRecord("expected 4 tab-separated columns", file=name, line=number)
        if len(cols) > 5:
            raise InvalidRecord("expected at most 5 tab-separated columns", file=name, line=number)
        cols += [""] * (5 - len(cols))
        category = cols[0].strip()
        if category not in CATEGORIES:
            raise InvalidRecord(f"unknown category {category!r}", file=name, line=number, field="category")
        names = [n.strip() for n in cols[1].split("/") if n.strip()]
        if not names:
            raise InvalidRecord("a concept needs at least one name", file=name, line=number, field="names")
        broader = [b.strip() for b in cols[2].split("/") if b.strip()]
        units = [u.strip() for u in cols[3].split("/") if u.strip()]
        kind = cols[4].strip()
        if kind not in KINDS:
            raise InvalidRecord(f"unknown kind {kind!r} (empty or 'group')", file=name, line=number, field="kind")
        rows.append((category, names, broader, units, kind) if kinds else (category, names, broader, units))
    return rows


class Lexicon:
    """Item concepts with their names, broader links and units; extract what a text asks for.

    Parameters
    ----------
    rows : iterable of (category, names, broader, units[, kind])
        As returned by :func:`read_lexicon_rows`; later rows with a known label extend that concept
        (a row of kind ``group`` makes it a covering group, whatever the other rows say).
    thesaurus : iterable of word sequences
        Cilin's synonym groups (:func:`cilin_groups`): names under :func:`_thesaurus_names`, and the
        groups no concept claims as items (:func:`_group_items`).
    second : iterable of word sequences
        cnsyn's synonym groups (:func:`matching.thesaurus.cnsyn_groups`): names under
        :func:`matching.thesaurus.cnsyn_names`, after Cilin's, at the same standing.

    Raises
    ------
    InvalidRecord
        When a broader label names no concept.
    """

    def __init__(self, rows: Iterable[tuple[str, Sequence[str], Sequence[str], Sequence[str]] | tuple[str, ...]],
                 thesaurus: Iterable[Sequence[str]] = (), second: Iterable[Sequence[str]] = ()) -> None:
        merged: dict[str, dict] = {}
        alias: dict[str, str] = {}
        for category, names, broader, units, *kind in rows:
            folded = [_fold(n) for n in names]
            key = alias.get(folded[0], folded[0])
            entry = merged.setdefault(key, {"label": names[0], "category": category, "names": [],
                                            "broader": [], "units": [], "group": False})
            entry["group"] = entry["group"] or kind == ["group"]
            for n in folded:
                if n not in entry["names"]:
                    entry["names"].append(n)
                alias.setdefault(n, key)
            entry["broader"] += [b for b in broader if b not in entry["broader"]]
            entry["units"] += [fold_unit(u) for u in units if fold_unit(u) not in entry["units"]]
        thesaurus = tuple(thesaurus)
        #: Names taken from the thesauri (folded name -> concept label), after the lexicon's own:
        #: Cilin's, then cnsyn's (matching/thesaurus.py), each under its rule.
        self.thesaurus_names: dict[str, str] = {}
        own = frozenset(alias)
        for lend in (lambda: _thesaurus_names(thesaurus, alias),
                     lambda: cnsyn_names(second, alias, own, GENERAL_WORDS)):
            for name, key in lend().items():
                merged[key]["names"].append(name)
                alias[name] = key
                self.thesaurus_names[name] = merged[key]["label"]
        #: Concepts with ids below this come from the lexicon's files; the rest are thesaurus groups
        #: no lexicon concept claims, each an item of its own (:func:`_group_items`).
        self.lexicon_size = len(merged)
        for words in _group_items(thesaurus, alias):
            key = "\x00" + words[0]
            merged[key] = {"label": words[0], "category": "", "names": list(words), "broader": [], "units": [],
                           "group": False}
            for w in words:
                alias[w] = key
        ids = {key: i for i, key in enumerate(merged)}
        concepts = []
        for key, e in merged.items():
            parents = []
            for b in e["broader"]:
                target = alias.get(_fold(b))
                if target is None:
                    raise InvalidRecord(f"broader concept {b!r} of {e['label']!r} is not in the lexicon",
                                        field="broader")
                if ids[target] != ids[key] and ids[target] not in parents:
                    parents.append(ids[target])
            concepts.append(Concept(ids[key], e["label"], e["category"], tuple(e["names"]), tuple(parents),
                                    tuple(e["units"]), e["group"]))
        self.concepts: tuple[Concept, ...] = tuple(concepts)
        # Two name tables: the lexicon's, and the group items' (read only in a text without a lexicon
        # name, see mentions).
        self._tables = [_name_table(concepts[:self.lexicon_size]), _name_table(concepts[self.lexicon_size:])]
        # Spoken forms of the lexicon's names (round 10, :func:`spoken_forms`): read like the name.
        taken = set(self._tables[0][0]) | set(self._tables[1][0])
        taken.update(w for groups in (thesaurus, second) for g in groups for w in g)
        self.spoken_forms = _spoken_table(concepts[:self.lexicon_size], taken, frozenset(self.thesaurus_names))
        # A form one character longer than a name it comes from (书包儿, 铁锅子, 书包包) is read by extending
        # that name's match (the scan's extension table); the others (凳凳, 鸡娃 from 凳子, 鸡娃子) are names
        # of the scan table. Extending keeps the scan as fast as before: most forms add no name length.
        by_name, lengths = self._tables[0]
        stems = {f: ids for f, ids in self.spoken_forms.items() if f[:-1] not in by_name}
        if stems:
            by_name = {**stems, **by_name}
            lengths = _Starts(by_name)
        extend = {f: ids for f, ids in self.spoken_forms.items() if f not in stems}
        self._tables[0] = (by_name, lengths, extend)
        self._by_name = {**self._tables[1][0], **self._tables[0][0]}
        self._ancestors = [self._walk_up(c.id) for c in concepts]
        children: dict[int, set[int]] = {}
        for c in concepts:
            for p in c.broader:
                children.setdefault(p, set()).add(c.id)
        self._descendants = [frozenset() for _ in concepts]
        for c in concepts:
            for a in self._ancestors[c.id]:
                self._descendants[a] = self._descendants[a] | {c.id}
        # Siblings share a direct broader concept that is a class of kinds; a covering group's children
        # are items of different kinds (鸡苗 and 果苗 under 庭院经济物资), not siblings through it.
        self._siblings = [frozenset(s for p in c.broader if not concepts[p].group
                                    for s in children.get(p, ()) if s != c.id)
                          for c in concepts]
        self._domains = self._domain_table()
        digest = hashlib.sha1("\n".join(f"{c.label}|{c.category}|{'/'.join(c.names)}|{c.broader}|"
                                        f"{'/'.join(c.units)}" + ("|group" if c.group else "")
                                        for c in concepts).encode()).hexdigest()
        self.version = digest[:10]

    def _walk_up(self, cid: int) -> frozenset[int]:
        seen: set[int] = set()
        stack = list(self.concepts[cid].broader)
        while stack:
            c = stack.pop()
            if c in seen or c == cid:
                continue
            seen.add(c)
            stack.extend(self.concepts[c].broader)
        return frozenset(seen)

    # ----------------------------------------------------------------------------------------------
    @classmethod
    def load(cls, *extra: str | os.PathLike, builtin: bool = True, thesaurus: bool = True) -> "Lexicon":
        """Return the built-in lexicon extended by the given files (an office's additions).

        ``thesaurus`` adds the names of the shipped Cilin synonym groups (:func:`cilin_groups`) under
        the rule of :func:`_thesaurus_names`, then those of cnsyn's groups
        (:func:`matching.thesaurus.cnsyn_groups`) under the stricter rule of
        :func:`matching.thesaurus.cnsyn_names`, *after* the built-in and office rows, so a name either
        of them gives is never taken over by a thesaurus.

        Raises
        ------
        InvalidRecord
            On a bad line in any file.
        """
        rows = []
        if builtin:
            for file in ("lexicon.tsv", "groups.tsv"):
                text = resources.files(__package__).joinpath("data", file).read_text(encoding="utf-8")
                rows += read_lexicon_rows(text=text, kinds=True)
        for path in extra:
            rows += read_lexicon_rows(path, kinds=True)
        return cls(rows, cilin_groups() if thesaurus else (), cnsyn_groups() if thesaurus else ())

    def __len__(self) -> int:
        """Return the number of lexicon concepts (the thesaurus's group items not counted)."""
        return self.lexicon_size

    def is_group_item(self, cid: int) -> bool:
        """Return whether concept ``cid`` is a thesaurus group item rather than a lexicon concept."""
        return cid >= self.lexicon_size

    def find(self, name: str) -> Concept | None:
        """Return the concept a name stands for (the first, if several), or None."""
        ids = self._by_name.get(_fold(name))
        return self.concepts[ids[0]] if ids else None

    def ancestors(self, cid: int) -> frozenset[int]:
        """Return the ids of every broader concept of ``cid``, transitively (not ``cid`` itself)."""
        return self._ancestors[cid]

    def descendants(self, cid: int) -> frozenset[int]:
        """Return the ids of every narrower concept of ``cid``, transitively."""
        return self._descendants[cid]

    def siblings(self, cid: int) -> frozenset[int]:
        """Return the ids of the concepts sharing a direct broader concept with ``cid`` that is not a
        covering group (:attr:`Concept.group`)."""
        return self._siblings[cid]

    # ----------------------------------------------------------------------------------------------
    def mentions(self, text: str) -> list[tuple[int, int, tuple[int, ...]]]:
        """Return ``(start, end, concept ids)`` of every name in folded ``text``, longest match first."""
        out = _scan_words(text, *self._tables[0], classes=self._classes)
        if out:
            out = self._without_lent_inside(text, out)
        # Group items only in a text that names no lexicon concept: a record naming one never uses
        # them (Lexicon.record_concepts), and 桑树苗 stays a 树苗 rather than the group item 桑树.
        return out or _scan_words(text, *self._tables[1])

    @cached_property
    def _classes(self) -> frozenset[int]:
        """The concepts with narrower ones (classes of kinds: 衣物, 床上用品), for :func:`_cover_run`'s ties."""
        return frozenset(c.id for c in self.concepts if self._descendants[c.id])

    @cached_property
    def _lent(self) -> frozenset[str]:
        """The names no lexicon file wrote: lent by a thesaurus, or a spoken stem (草种 of 草种子)."""
        by_name = self._tables[0][0]
        return frozenset(self.thesaurus_names) | frozenset(
            f for f in self.spoken_forms if f in by_name and f not in self._tables[1][0])

    def _inside_word(self, text: str, start: int, end: int) -> bool:
        """Return whether ``text[start:end]`` lies inside a longer word of jieba's dictionary that is no name.

        The word runs at most two characters past the name on either side, over Chinese characters only,
        and names nothing of the lexicon: 纺织机 inside 纺织机械, 草种 inside 烟草种植, 闸门 inside 卷闸门, 台子
        inside 台子上 (「台子上个月」). (Round 17.)
        """
        return any(self._other_word(text, start - before, end + after)
                   for before in range(3) for after in range(3) if before or after)

    def _other_word(self, text: str, a: int, b: int) -> bool:
        """Return whether ``text[a:b]`` lies in ``text``, is Chinese characters only, names nothing of the lexicon
        and is one word of jieba's dictionary (:func:`_word`): the longer word of :meth:`_inside_word` and
        :meth:`_own_inside`."""
        return a >= 0 and b <= len(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text[a:b]) \
            and text[a:b] not in self._by_name and _word(text[a:b])

    def _own_inside(self, text: str, start: int, end: int) -> bool:
        """Return whether the own name ``text[start:end]`` (one or two characters) lies inside a longer word
        of jieba's dictionary, no lexicon name, that makes it no mention of the thing (round 17).

        Such a word is a verb + the one-character name as its object (卧床, 铺床, 钉鞋, 起床: :data:`_OBJECT_VERBS`),
        the one-character name + a place word (床上, 床边: :data:`_PLACE_AFTER`), or a place's or an
        organisation's name the short name begins or lies in (龙井村, 龙头企业, 建材城: :data:`_PLACE_HEADS`).
        A modifier + the thing (木床, 铁床, 双人床, 睡床) is none of these and still reads the thing.
        """
        name = text[start:end]
        if len(name) == 1:
            if 0 < start and text[start - 1] in _OBJECT_VERBS and text[start - 1:end] not in self._by_name \
                    and _word(text[start - 1:end]):
                return True
            if end < len(text) and text[end] in _PLACE_AFTER and text[start:end + 1] not in self._by_name \
                    and _word(text[start:end + 1]):
                return True
        return any(text[max(start - before, 0):end + after].endswith(_PLACE_HEADS)
                   and self._other_word(text, start - before, end + after)
                   for before in range(3) for after in range(1, 3))

    def _crossing_place(self, text: str, start: int, end: int) -> bool:
        """Return whether an own name of two or more characters, ``text[start:end]``, is read across a word
        boundary the text has (round 18): its last character begins a place word with the character after it
        (:data:`_PLACE_AFTER`: 床边, 床上, 桌旁) and the characters before its last end a word that starts at the
        name or up to two characters before it — both words of jieba's dictionary and no lexicon name (person +
        place). The word before is the name's characters but the last, or, for a name of two characters, a person
        word (ending in :data:`_PERSON_LAST`) that begins one character before it. 「老人床边」 is 老人 | 床边 (the old man's
        bedside), no 老人床; 「儿童床边」 no 童床 (儿童 | 床边); 「想要一张老人床」「木床上个月坏了」 still read the bed
        (no place word after; 木 is no word). A place character that begins a time (:data:`_TIME_AFTER`: 上个月 · 上回 ·
        前年 · 下次) is none: 「学习桌上个月发过」「方便面上回买了」 keep their names.
        """
        if end >= len(text) or text[end] not in _PLACE_AFTER or _TIME_AFTER.match(text, end) \
                or not self._other_word(text, end - 1, end + 1):
            return False
        if end - start >= 3 and self._other_word(text, start, end - 1):
            return True  # 老人 | 床边
        return start >= 1 and text[end - 2] in _PERSON_LAST and self._other_word(text, start - 1, end - 1)  # 儿童 | 床边

    def _crossing_end(self, text: str, start: int, end: int) -> bool:
        """Return whether an own name of three or more characters, ``text[start:end]``, is read across a word
        boundary the text has (round 18): jieba's dictionary cut (no HMM) of the name and up to three Chinese
        characters after it begins with the name's characters but the last as one word, then a word of two or more
        characters from that last character that names nothing of the lexicon, then no lone character but the
        joining :data:`_JOINING` (a lone one says the cut there is a guess: 「修正带到而家」「小马扎破得」), and no
        dictionary word starts at the crossing word's second character (「苗家里」「通道路」). 「搬运工具」 is 搬运 | 工具 (tools, no porter),
        「魔芋种植」 魔芋 | 种植 (growing, no seed); 「招搬运工」「魔芋种20斤」 have no word after the name, 「魔芋种子」 ends in
        a lexicon name (种子) and 「装卸工人」 is cut 装卸工 | 人: all still read the name. A word that is the last
        character's own longer form (:data:`_SAME_TAIL`: 费用, 果实, 工人, 药油) names the same thing and is none.

        Round 19: a lone character after the crossing word that makes it a noun of people or places
        (:data:`_CROSSING_SUFFIX`: 种植 + 户) is no guess — 「土豆种植户」 is 土豆 | 种植户, no seed potato; and a name of two
        characters that begins with a work's verb (:data:`_WORK_VERBS`: 修路) is crossed when the cut takes that verb
        alone and then a lexicon name from the name's last character past it — 「修路灯」 is 修 | 路灯 (the lamps, no road
        work); its last character no head noun (:data:`_HEAD_CLASS`), 「村里要修路」 still reads the road.
        """
        if end + 1 > len(text) or text[end] in _SAME_TAIL or text[end] in _PLACE_AFTER \
                or not (self._other_word(text, end - 1, end + 1) or self._named_from(text, end - 1, end)) \
                or not _word(text[start:end - 1]) \
                or any(_word(text[end:end + k]) for k in (2, 3) if end + k <= len(text)):
            return False
        stop = end + 1
        while stop < min(len(text), end + 4) and "\u4e00" <= text[stop] <= "\u9fff":
            stop += 1
        words = _cut(text[start:stop])
        if len(words) < 2 or words[0] != text[start:end - 1] or len(words[1]) < 2:
            return False
        crossing = end - 1 + len(words[1])
        if end - start == 2:  # 修 | 路灯 (round 19): a work's verb, and the cut reads its object's name
            return text[start] in _WORK_VERBS and text[end - 1] not in _HEAD_CLASS \
                and text[end - 1:crossing] in self._by_name
        return end - start >= 3 and self._other_word(text, end - 1, crossing) \
            and (len(words) == 2 or len(words[2]) >= 2 or words[2] in _JOINING or words[2] in _CROSSING_SUFFIX)

    def _named_from(self, text: str, at: int, past: int) -> bool:
        """Return whether a lexicon name of two or more characters starts at ``text[at]`` and runs past ``past``
        (round 19: 路灯 of 「修路灯」 from 修路's last character)."""
        return any(text[at:b] in self._by_name for b in range(past + 1, min(len(text), at + 8) + 1))

    def _without_lent_inside(self, text: str, found: list) -> list:
        """Return ``found`` (:func:`_scan_words` of ``text``) without the lent names read inside a longer word.

        A name a thesaurus lends (Cilin's or cnsyn's, :attr:`thesaurus_names`) or a spoken stem is no name a
        lexicon file wrote, so the lexicon cannot refuse it where it is part of another word: 「纺织机械厂招工」
        read 织布机 through the lent 纺织机 (round 16, left alone). Such a name inside a longer word of jieba's
        dictionary that is no lexicon name (:meth:`_inside_word`) is no mention, and the best cover of the
        other candidates is read instead. A lexicon file's own name of one or two characters goes the same way only
        inside the narrower words of :meth:`_own_inside` (卧床, 床上, 龙井村). (Round 17.)
        """
        def inside(a: int, b: int) -> bool:
            if text[a:b] in self._lent:
                return self._inside_word(text, a, b)
            return self._crossing_place(text, a, b) or (b - a <= 2 and self._own_inside(text, a, b)) \
                or ((b - a >= 3 or b - a == 2 and text[a] in _WORK_VERBS) and self._crossing_end(text, a, b))

        if not any(inside(a, b) for a, b, _ in found):
            return found
        return _best_cover([m for m in _candidates(text, *self._tables[0])
                            if not _straddles(text, m[0], m[1]) and not inside(m[0], m[1])],
                           text, self._classes)

    def _spans_yield(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Return ``spans`` (:func:`not_item_spans` of folded ``text``) without those a name of three or more
        characters begins with and runs past (round 13).

        A frame's words may begin a name of the goods: 「消费扶贫产品」 is the platform's name of its goods
        (扶贫产品), not the programme 消费扶贫 + 产品, and blanking the frame left 「产品」 to a guess (海带). A name
        starting inside the frame is no such name: 「结对帮扶资金采购X」 is the programme 结对帮扶, not 帮扶资金.
        """
        out = []
        for a, b in spans:
            for start, end, _ in _scan(text[a:b + _LONGEST_STRADDLE], *self._tables[0]):
                if start == 0 and a + end > b and end - start >= 3:
                    b = a + start
                    break
            if b > a:
                out.append((a, b))
        return out

    def _compounds(self, text: str, found: list) -> list:
        """Join a name and the broad name after it into the narrower concept the two name together (round 8).

        「挖机驾驶技能培训」 names 挖机 and 技能培训; 挖机 + 培训 (the broad name's last two characters) is a
        name of 挖掘机培训, a kind of 技能培训, so the mention is that one item. The two are at most four
        characters apart in one clause, the second has narrower concepts, and the joined name's concept
        is one of them; anything else is left as it was.
        """
        if len(found) < 2:
            return found
        out = list(found)
        k = 0
        while k < len(out) - 1:
            (a0, a1, _), (b0, b1, b_ids) = out[k], out[k + 1]
            joined = None
            if b0 - a1 <= 4 and all(b < self.lexicon_size and self._descendants[b] for b in b_ids) \
                    and not _CLAUSE.search(text, a1, b0):
                for tail in (text[b0:b1], text[b1 - 2:b1]):
                    ids = self._tables[0][0].get(text[a0:a1] + tail)
                    if ids and all(any(c in self._descendants[b] for b in b_ids) for c in ids):
                        joined = ids
                        break
            if joined:
                out[k:k + 2] = [(a0, b1, joined)]
            else:
                k += 1
        return out

    def _service_objects(self, text: str, found: list) -> list[tuple[int, int]]:
        """Return the spans of the names that are only the object of a course or a service named right after them
        (round 18).

        A thing's name (a concept whose label is no course or service, :data:`_SERVICE_LABEL`) followed right after
        it (nothing between: a list, a colon or a verb between makes two statements — 「劳务协作：货车驾驶员培训」
        「扶贫车间申请农机维修培训」 keep both) by the name of a course or service concept (its label ends in 培训 · 服务 · 代运营 · 托管 · 辅导 …) whose text ends
        in a course or service head (:data:`_SERVICE_HEAD`: 培训 · 培训班 · 班 · 证 · 代运营 · 托管 · 服务 …) names what
        the course or service is about, not a second item: 「缝纫机培训班」 is
        a sewing course (技能培训), no 缝纫机; 「农产品网店代运营服务」 is 电商代运营, no 农产品. ``found`` are
        :meth:`mentions` spans of ``text``; returns ``[(start, end)]`` of the objects.
        """
        out = []
        for (a0, a1, a_ids), (b0, b1, b_ids) in zip(found, found[1:]):
            if b0 != a1 or not _SERVICE_HEAD.search(text, b0, b1):
                continue
            if any(c >= self.lexicon_size or not _SERVICE_LABEL.search(self.concepts[c].label) for c in b_ids):
                continue
            if all(c < self.lexicon_size and not _SERVICE_LABEL.search(self.concepts[c].label)
                   and not _PROGRAMME_LABEL.search(self.concepts[c].label) for c in a_ids):
                out.append((a0, a1))
        return out

    def _list_sources(self, text: str, found: list) -> list[tuple[int, int]]:
        """Return the spans of an offer's catalogue line that name the list it comes from, not its item (round 13).

        A standard catalogue writes 「应急救援折叠床（民政救灾物资）」「皮肤黏膜消毒液（卫健基层消杀物资）」: the list a
        line comes from, in brackets and ending in 目录 / 物资 / 清单 (:data:`_LIST_SOURCE`), says what the item is
        for; read as an item it made a camp-bed offer a 救灾物资 offer (covering every relief need), and round 12's
        rule on other categories (:meth:`record_concepts`) then dropped the bed. The brackets are blanked when a
        name outside them remains (a line that is only a list, 「应急物资储备目录」, keeps it); ``found`` is
        :meth:`mentions` of folded ``text``. Tried and dropped: a broad name written right before another
        (「救灾雨衣」「黄米黏豆包」) as its qualifier — it also took 榛蘑 of 「榛蘑干货」 (blind14 −0.002).
        """
        spans = [m.span() for m in _LIST_SOURCE.finditer(text)]
        if not spans:
            return []
        inside = [any(a <= m0 and m1 <= b for a, b in spans) for m0, m1, _ in found]
        return spans if any(inside) and not all(inside) else []

    def _listing_qualifiers(self, text: str, shown: str, found: list, offer: bool) -> list[tuple[int, int]]:
        """Return the spans of the names a listing writes around its item that are no item of the record (round 20).

        Three writings of a shop's listing, read the same in a need and an offer:

        * **a model before 同款** (「小米同款电视」「学习机同款平板」): where a name follows 同款 within
          :data:`_STYLE_GAP` characters of its clause, the names ending right before 同款 say whose model the thing
          copies; the thing is the name after (「X同款家里已经有了」, 同款 as "the same one", has none after and
          keeps X);
        * **a style before 款** (「微耕机柴油款」「蜂箱杉木款」「柴油款微耕机」): a name right before 款 (not 款项) with
          another name right before it or right after 款 is the style of that one, no item;
        * **a freebie, in an offer** (「血糖仪送试纸」「电饭煲加送饭勺」「自动铅笔（送铅芯）」「买化肥送农药」): a name
          after a gift word (:data:`_FREEBIE`) that follows another name of its clause (at most :data:`_FREEBIE_GAP`
          characters between) comes with that thing; the offer gives the thing (a need for the freebie alone is no
          match for it). A gift word with no name right before it (「爱心企业赠送棉被」「商会送白米」) is the offer's own
          verb and is left alone, and so is a plain 送 · 赠 said again after a thing an earlier gift word of the clause
          gave (「爱心人士送大米送食用油」: two things given, no freebie).

        ``text`` is the scanned text, ``shown`` the folded text it was blanked from (同款 is blanked as a trade word,
        :data:`TRADE_WORDS`), ``found`` the scanned text's :meth:`mentions`; returns ``[(start, end)]``.
        """
        out = []
        for a0, a1, _ in found if "同款" in shown else ():
            # (同款 is blanked in the scanned text; ``shown``, the folded text, has it at the same place.)
            if shown.startswith("同款", a1) and any(
                    a1 + 2 <= b0 <= a1 + 2 + _STYLE_GAP and not _CLAUSE.search(text, a1 + 2, b0) for b0, _, _ in found):
                out.append((a0, a1))
        if "款" in text:
            starts = {b0 for b0, _, _ in found}
            ends = {b1 for _, b1, _ in found}
            for a0, a1, _ in found:
                if text.startswith("款", a1) and not text.startswith("款项", a1) \
                        and (a0 in ends or a1 + 1 in starts):
                    out.append((a0, a1))
        if offer and _FREEBIE_CHARS.intersection(text):
            gifts = list(_FREEBIE.finditer(text))
            for m in gifts:
                before = [a0 for a0, b1, _ in found
                          if m.start() - _FREEBIE_GAP <= b1 <= m.start() and not _CLAUSE.search(text, b1, m.start())]
                if before and m.group()[0] in _FREEBIE_CHARS and any(
                        g.end() <= min(before) and not _CLAUSE.search(text, g.end(), min(before)) for g in gifts):
                    continue  # 「送大米送食用油」: the plain verb said again gives a second thing
                if not before and m.group()[:2] in _FREEBIE_ADDED and _opens_clause(text, m.start()) \
                        and any(b1 <= m.start() for _, b1, _ in found):
                    before = [m.start()]  # 「买大米5袋，另送食用油一桶」: the next clause's freebie (round 21)
                if before:
                    at = m.end()  # the freebie, and a list after it (「送铅芯、橡皮」)
                    for b0, b1, _ in found:
                        if at <= b0 <= at + (_FREEBIE_GAP if at == m.end() else _FREEBIE_LIST_GAP) \
                                and not _CLAUSE.search(text, at, b0) and (at == m.end() or _LIST.search(text, at, b0)):
                            out.append((b0, b1))
                            at = b1
        return out

    def extract(self, text: str, offer: bool = False) -> Extraction:
        """Return the concepts ``text`` asks for, those it mentions as had or unwanted, and its kept text.

        Parameters
        ----------
        text : str
            A title or a description, as written.
        offer : bool
            ``text`` is an offer's: what it gives, minus the items it says are gone (「X已捐完」) or
            excepted (「除了X」); a need's cues (「X已备好」) do not apply (「备好X待领」 gives X).

        Returns
        -------
        Extraction
            ``concepts``: the requested concept ids; ``excluded``: mentioned in a negated, past or
            excluded clause (and not requested elsewhere); ``text``: the clauses that were kept,
            joined by "，", for the text similarity.
        """
        return self._extract(text or "", offer)

    def _names_something(self, text: str) -> bool:
        """Return whether folded ``text`` holds a lexicon or group-item name (a bracket's tag, :func:`_emoji_stops`)."""
        return bool(self.mentions(text))

    def _named_across(self, text: str, at: int) -> bool:
        """Return whether a lexicon name of ``text`` spans its character ``at`` (a 的: 「照路的灯」; round 18)."""
        return any(a < at < b for a, b, _ in self.mentions(text))

    def _name_from(self, text: str) -> int:
        """Return the end of the longest lexicon name that starts at ``text``'s first character, or 0 (round 20)."""
        return max((b for a, b, _ in self.mentions(text) if a == 0), default=0)

    def _qualified_heads(self, text: str) -> str:
        """Return folded ``text`` with each bare head whose bracket says which one replaced by the name the two
        make together (round 19).

        A ledger writes 「品名（限定）」, and where the head names no item the bracket is what says which:
        a disease for a medicine (「慢病药（高血压）」 高血压药 → 降压药, 「慢病签约用药（降压）」 降压药), a place or use for
        a thing (「灯（路边的）」 路边的灯 → 太阳能路灯). Where no name ends where the head does (the Chinese characters
        right before the bracket, at most eight) and the bracket's words (at most six) name nothing, the bracket is read before
        the head's last one, two … characters (shortest first) and the first name that runs from inside the bracket
        to the head's end (or a use description, :func:`use_names`) stands for the head's tail and the bracket;
        the head's other characters stay, so a cue before them is still read. The joined name has three characters
        or more, and a bracket that says whose it is (ending in :data:`_QUALIFIER_WHO`: 「二铵肥（屯里的老刘家）」, no
        家肥) is no qualifier of the thing. A bracket that names an item (「X（低保户）」) is left as it was; a head that
        names one (round 20) is read only where the joined name is a lexicon name of another concept of the head's
        category (「常用药（降糖）」 降糖药; 「轮椅（手摇）」「被子（冬天的）」 stay).
        """
        out, last = [], 0
        for m in _QUALIFIED_HEAD.finditer(text):
            head, qual = m.group(1), m.group(2)
            if qual[-1] in _QUALIFIER_WHO or self.mentions(qual):
                continue
            # Round 20: a head that names a broad item of the bracket's kind reads its bracket too (「常用药（降糖）」
            # 降糖药, a 常用药; 「慢性病用药（高血压）」 降压药 where 慢性病用药 names the medicine's cost): the joined
            # name must then be another concept of the head's category, so 「轮椅（手摇）」 stays a 轮椅.
            named = frozenset(c for _, b, ids in self.mentions(head) if b == len(head) for c in ids)
            kinds = frozenset(self.concepts[c].category for c in named if c < self.lexicon_size)
            if named and not kinds:
                continue
            for k in range(1, len(head) + 1):
                joined = qual + head[-k:]
                used = use_names(joined, self._named_across) if not named else joined
                if used != joined:
                    name = used
                else:
                    name = next((joined[a:b] for a, b, ids in self.mentions(joined)
                                 if a < len(qual) and b == len(joined) and b - a >= 3
                                 and (not named or self._narrows(named, kinds, ids, a))), "")
                if name:
                    out += [text[last:m.start(1) + len(head) - k], name]
                    last = m.end()
                    break
        return "".join(out) + text[last:] if out else text

    def _narrows(self, named: frozenset[int], kinds: frozenset[str], ids: tuple[int, ...], start: int) -> bool:
        """Return whether a bracket joined to a head that names items (``named``, of categories ``kinds``) says which
        one (round 20, :meth:`_qualified_heads`): the joined name holds the whole bracket (``start`` 0: no 「周记本」
        of 「笔记本（…老周）」) and names other concepts of the head's categories, none above the head's (「牛肉（冷鲜）」
        is no 肉类, 「冬装校服（学生）」 no 校服)."""
        return start == 0 and named.isdisjoint(ids) and all(
            c < self.lexicon_size and self.concepts[c].category in kinds
            and not any(c in self.ancestors(h) for h in named) for c in ids)

    def _names_across_space(self, text: str) -> str:
        """Return folded ``text`` with each single space that splits a lexicon name taken out (round 22).

        Typed or dictated text puts a space inside a name (「家里缺个电饭 锅」「要两桶食用 油」「缺个电 饭锅」), and
        neither piece names the thing (电饭 · 锅 are no names). A space is taken out where one whitespace character
        stands between Chinese characters and a lexicon name of three or more characters runs across it (at most
        four characters on either side: :data:`_SPACED_SIDE`), unless the space really separates words: the two
        pieces are both names (「大米 面条」「轮椅 拐杖」), or a longer name ends at the space or begins after it
        past the joined one (「大米 面条」 breaks no 米面条: it is no name anyway). Spaces as a pause between names
        (round 21: 「家里缺 大米 食用油」) stay.
        """
        if not _SPACE_IN_HAN.search(text):
            return text
        names = self._tables[0][0]
        out, last = [], 0
        for m in _SPACE_IN_HAN.finditer(text):
            i = m.start()
            left = _HAN_BEFORE.search(text, max(0, i - _SPACED_SIDE), i).group()
            right = _HAN_AFTER.match(text, i + 1).group()[:_SPACED_SIDE]
            joined = False
            for l in range(len(left), 0, -1):
                for r in range(len(right), 0, -1):
                    a, b = left[-l:], right[:r]
                    if l + r < 3 or a + b not in names or (a in names and b in names):
                        continue
                    # (a longer name ending at the space, or beginning after it and running past the joined one)
                    if any(left[-k:] in names for k in range(l + 1, len(left) + 1)) \
                            or any(right[:k] in names for k in range(r + 1, len(right) + 1)):
                        continue
                    joined = True
                    break
                if joined:
                    break
            if joined:
                out.append(text[last:i])
                last = i + 1
        return "".join(out) + text[last:] if out else text

    @lru_cache(maxsize=200_000)  # titles and boilerplate repeat across thousands of records
    def _extract(self, text: str, offer: bool = False) -> Extraction:
        folded = _spoken_repairs(_fund_order(_emoji_stops(self._names_across_space(_fold(text)),
                                                          self._names_something)))  # 「不是X 是Y」: X taken back (round 20)
        folded = _joined_verb_object(_filler_as_de(folded, self._named_across), self._name_from)  # 「炒菜那个油」「搬个家」
        folded = use_names(folded, self._named_across)  # 「烧水的那个壶」 names 热水壶 (round 18)
        folded = _struck_answers(_ticked_options(folded))  # 「X：□需要 ☑暂不需要」 says 暂不需要 (round 22)
        if "(" in folded:
            folded = self._qualified_heads(folded)  # 「慢病药（高血压）」 names 降压药 (round 19)
        # Names inside a donor's or beneficiary's name (建材贸易公司, 易地搬迁安置点) are not items, and
        # the cues are not read there either: the text is scanned with those names blanked.
        spans = not_item_spans(folded)
        if spans:
            spans = self._spans_yield(folded, spans)
        scanned = _blank(folded, spans) if spans else folded
        if _DIGIT_WORD.search(scanned):
            scanned = _numerals(scanned)
        not_asked: frozenset[int] = frozenset()
        if not offer and ":" in scanned:
            questions, not_asked = self._answered_questions(scanned)
            if questions:  # 「问：X还缺吗？答：不缺了」: the answer says X is not asked for (round 22)
                scanned, folded = _blank(scanned, questions), _blank(folded, questions)
        found = self._compounds(scanned, self.mentions(scanned))
        if not found:
            return Extraction(frozenset(), not_asked, folded)
        if len(found) > 1:
            objects = self._service_objects(scanned, found)
            if objects:  # 「缝纫机培训班」「农产品网店代运营服务」: the thing a course or service is about (round 18)
                scanned = _blank(scanned, objects)
                found = [m for m in found if (m[0], m[1]) not in objects]
        if "款" in folded or "送" in scanned or "赠" in scanned:
            qualifiers = self._listing_qualifiers(scanned, folded, found, offer)
            if qualifiers:  # 「小米同款电视」「微耕机柴油款」「血糖仪送试纸」: the listing's item only (round 20)
                scanned = _blank(scanned, qualifiers)
                found = [m for m in found if (m[0], m[1]) not in qualifiers]
        if offer:
            sources = self._list_sources(scanned, found) + _giver_slots(scanned, found) + _post_tags(scanned, found)
            if "主" in scanned or "用户" in scanned or "网友" in scanned:
                sources += [m.span() for m in _USER_HANDLE.finditer(scanned)]  # 「闲鱼用户一只橘子」 (round 22)
            if sources:  # 「应急救援折叠床（民政救灾物资）」 is a camp bed (round 13)
                scanned = _blank(scanned, sources)
                found = [m for m in found if not any(a <= m[0] < b for a, b in sources)]
        if "的" in scanned:
            modifiers = _function_modifiers(scanned, found)
            if modifiers:  # 「打药的无人机」: what the thing does is no item (round 12)
                scanned, folded = _blank(scanned, modifiers), _blank(folded, modifiers)
                found = self._compounds(scanned, self.mentions(scanned))
                if not found:
                    return Extraction(frozenset(), frozenset(), folded)
            objects = _use_objects(scanned, found)
            if objects:  # 「房顶漏雨接水的盆」「躺在床上的老奶奶」: a use's object or place (round 13)
                scanned = _blank(scanned, objects)
                found = self._compounds(scanned, self.mentions(scanned))
                if not found:
                    return Extraction(frozenset(), frozenset(), folded)
        if not (_OFFER_GONE.search(scanned) if offer else _NEGATION.search(_standard(scanned))
                or _wish_fulfilled(_standard(scanned)) or _COMPARED.search(scanned) or _TRIED_RE.search(scanned)) \
                and not _EXCEPT.search(scanned):
            # No cue anywhere (most texts): every mention is asked for, the whole text is kept.
            wanted_all = frozenset(c for _, _, ids in found for c in ids)
            return Extraction(wanted_all, not_asked - wanted_all, folded)
        wanted: set[int] = set()
        unwanted: set[int] = set()
        kept: list[str] = []
        past_short: set[int] = set()  # items of 「之前缺X」, dropped if a later segment says filled
        # Round 13, across segments (docs "Round 13: constructions from general knowledge"): what the
        # segment before was, for a segment that names nothing and answers it.
        topic: set[int] = set()  # 「X的话，」「至于X，」「X？」: a topic the next short answer says is had
        opened = False  # ``topic`` was opened by a word of its own (「至于X，」「说起X，」): a story's answer (round 21)
        had: set[int] = set()  # 「X去年领过，」: had, unless the next segment says it broke or is wanted again
        excepted: set[int] = set()  # 「除了X，」: excepted, unless the next segment says the others are had
        named_in, named_at = "", 0  # the segment that named ``had`` / ``excepted`` and where it stood in ``kept``
        bridged = False  # ``had`` was kept across one segment naming nothing (round 17)
        promised = False  # ``had`` was a promise (「答应给X，」), which 「一直没送」 breaks (round 18)
        tried: set[int] = set()  # 「去年试过X，」: a trial, which 「不行」 in the next segment makes a past matter (round 18)
        said: set[int] = set()  # 「孩子说X同桌借给他用了，」: a statement that asks nothing, answered by 「不用再买」 (round 16)
        # Blanking keeps lengths and adds no punctuation, so both texts cut into the same clauses.
        for clause, shown in zip(_CLAUSE.split(scanned), _CLAUSE.split(folded)):
            if not clause:
                continue
            cuts = {m.start() for m in _TURN.finditer(clause) if m.start() > 0}
            if not offer and cuts and _TIME_TURN.search(clause):
                cuts = self._time_comments(clause, cuts)  # 「X眼下用不着」 is one statement (round 15)
            # A need's ledger row is cut into its cells too (round 11, `_CELL`): a status cell applies to
            # the cell before it, not to the whole row.
            cells = set() if offer else {m.start() for m in _CELL.finditer(clause) if m.start() > 0}
            if not offer and _NEGATION.search(_standard(clause)):  # 「要X Y领过了」 (round 14)
                for a, b in zip([0] + sorted(cuts | cells), sorted(cuts | cells) + [len(clause)]):
                    part = clause[a:b]
                    if _negated(part):
                        found = self.mentions(part)
                        if found:
                            cuts.update(a + c for c in _run_on_cuts(part, found))
            bounds = sorted(cuts | cells)
            row: set[int] = set()  # what the cell before asked for, while no other cell came between
            bare = False  # that cell is nothing but names (「棉被/棉衣已经有了」 lists both)
            for a, b in zip([0] + bounds, bounds + [len(clause)]):
                part = clause[a:b]
                if not part.strip():
                    continue
                found = self._compounds(part, self.mentions(part))
                after_cell = a in cells and a not in cuts
                negated = _negated(part, offer)
                if not offer:
                    answered = None
                    if not found and (topic or had or excepted):
                        answered = self._answered(part, clause[:b], negated, topic, had, excepted, promised,
                                                  opened)
                        if answered and bridged and not (_RENEWED.search(clause[:b].rstrip())
                                                         or _NEW_ONE.match(part.strip())):
                            answered = None  # after a reason only a wish renews: 「…，去年遭灾，煤不够用」 (round 17)
                        if answered:  # 「X去年领过，今年又坏了」「除了X，别的都有了」
                            wanted.update(had | excepted)
                            kept.insert(named_at, named_in)  # the kept text names what is asked for again
                            if negated:  # 「除了X，其他的都有了」: the answer that makes X the request
                                kept.append(shown[a:b])
                        elif answered is not None:  # 「X的话，家里已经有了」
                            unwanted.update(topic)
                            wanted.difference_update(topic)
                    if not found and said and negated and len(part.strip()) <= _ANSWER_LONGEST \
                            and _NO_MORE.search(_standard(part)):  # 「X同桌借给他用了，不用再买」
                        unwanted.update(said)
                        wanted.difference_update(said)
                    if not found and said and negated and len(part.strip()) <= _ANSWER_LONGEST \
                            and _REFUSED_NEXT.search(_standard(part)):  # 「嫌X太重，死活不肯戴」 (round 20)
                        unwanted.update(said)
                        wanted.difference_update(said)
                    if not found and said and negated and _HAD_NEXT.fullmatch(_standard(part).strip()):
                        unwanted.update(said)  # 「X上次登记过了，已经领了」 (round 21)
                        wanted.difference_update(said)
                    if not found and tried and _FAILED_NEXT.match(_standard(part).strip()):  # 「去年试过X，不行」
                        unwanted.update(tried)
                        wanted.difference_update(tried)
                    named = {c for _, _, ids in found for c in ids}
                    # A segment of a time or an adverb alone (「今年」「还」) keeps what was before.
                    if not found and answered is None and had and not bridged and not negated \
                            and len(part.strip()) <= _REASON_LONGEST:
                        bridged = True  # 「X还没坏，就是太小了，想换个大的」: a reason between had and the wish (round 17)
                    elif not found and said and not negated and len(part.strip()) <= _REASON_LONGEST \
                            and _COMPLAINT.match(part.strip()):
                        pass  # 「给她买的助听器，她嫌太吵，死活不肯戴」: the complaint keeps the statement (round 20)
                    elif found or answered is not None or len(part.strip()) > _BRIDGE_LONGEST:
                        topic, had, excepted = (named if found and _is_topic(part, found) else set()), set(), set()
                        opened = bool(topic) and _TOPIC_OPENER.match(part.lstrip().lstrip(_QUOTE_MARKS)) is not None  # round 21
                        bridged = False
                        said = named if found and not negated and not _RUN_ON_ASK.search(part) else set()
                        tried = named if found and not negated and _TRIED_RE.search(part) else set()
                    exc = _EXCEPT.search(part) if found else None
                    if found and not exc and negated:
                        had, named_in, named_at = named, shown[a:b], len(kept)
                        promised = bool(_PROMISE_WORD.search(part))
                    if exc:
                        others = _except_others(part, exc.end())
                        if others is not None:  # 「除了X别的都有」「除X之外其他都齐了」: X is what is missing
                            for st, _, ids in found:
                                (wanted if exc.end() <= st < others else unwanted).update(ids)
                            kept.append(shown[a:b])
                            row = set()
                            continue
                        if not _EXCEPT_END.search(part, exc.end()) or part.rstrip()[-2:] in ("以外", "之外"):
                            excepted = {c for s, _, ids in found if s >= exc.end() for c in ids}
                            named_in, named_at = shown[a:b], len(kept)
                if negated:
                    for _, _, ids in found:
                        unwanted.update(ids)
                    if after_cell and row and (bare or not found):  # 「X｜已发放｜户主签收」「X/已有/不报」
                        unwanted.update(row)
                        wanted.difference_update(row)
                    if not found and past_short:  # 「之前缺X，现在补上了」
                        unwanted.update(past_short)
                        wanted.difference_update(past_short)
                        past_short = set()
                    row = set()
                    continue
                row = {c for _, _, ids in found for c in ids} - wanted
                bare = bool(found) and not _CELL.sub("", _blank(part, [(s, e) for s, e, _ in found])
                                                     .replace(_BLANK, "")).strip()
                if not offer and found and _PAST_SHORTAGE.search(part):
                    past_short = {c for _, _, ids in found for c in ids}
                after = part.find("除外")
                if after >= 0:  # 「棉被除外」: what comes before is excluded
                    for st, _, ids in found:
                        (unwanted if st < after else wanted).update(ids)
                    kept.append(shown[a:b][after + 2:])
                    row = set()
                    continue
                exc = _EXCEPT.search(part)
                if exc:
                    end = _EXCEPT_END.search(part, exc.end())
                    stop = end.start() if end else len(part)
                    for s, _, ids in found:
                        (unwanted if exc.end() <= s < stop else wanted).update(ids)
                    kept.append(shown[a:b][:exc.start()] + shown[a:b][stop:])
                    row = set()
                    continue
                std = _COMPARED.search(part) if not offer and found else None
                if std:  # 「比起X，更要紧的是Y」: the standard X is weighed, not asked for (round 16)
                    for st, _, ids in found:
                        (unwanted if std.start("std") <= st < std.end("std") else wanted).update(ids)
                    kept.append(shown[a:b][:std.start()] + shown[a:b][std.end():])
                    continue
                for _, _, ids in found:
                    wanted.update(ids)
                kept.append(shown[a:b])
        return Extraction(frozenset(wanted), frozenset((unwanted | not_asked) - wanted), "，".join(kept))

    def _answered_questions(self, scanned: str) -> tuple[list[tuple[int, int]], frozenset[int]]:
        """Return the spans of a need's questions whose answer says their items are had or not wanted, and those
        items (round 22, blind35 analysed).

        A questionnaire writes the visitor's question and the household's answer apart (:data:`_QA_PAIR`:
        「问：X还缺吗？答：不缺了」「问：X够不够？答：有，够用」「问：缺X不？答：冇缺，缺的是Y」「问：X坏了没有？答：还新着嘞，
        用不着换」): the question's own words (还缺 · 坏了 · 要不要) ask nothing, and the answer's cue is cut off from X
        by the question mark. When the answer's lead — its text before the first name it holds — is a need's cue
        (:func:`_negated`), the question's items are not asked for: the question is blanked and its items returned as
        excluded. An answer that names the item again (「答：X够了」) or affirms (「答：要」「答：坏了」) leaves the
        question to the ordinary reading, and so does a question naming nothing (「问：家里现在最缺啥？答：X」).
        """
        spans, items = [], set()
        for m in _QA_PAIR.finditer(scanned):
            question = self.mentions(m.group("q"))
            if not question:
                continue
            answer = m.group("a")
            lead = answer[:min((a for a, _, _ in self.mentions(answer)), default=len(answer))]
            if lead.strip(" ,") and _negated(lead):
                spans.append((m.start("q"), m.end("q")))
                items.update(c for _, _, ids in question for c in ids)
        return spans, frozenset(items)

    def _time_comments(self, clause: str, cuts: set[int]) -> set[int]:
        """Return a need's clause ``cuts`` without those at a time word (:data:`_TIME_TURN`) that begins the
        comment on the name before it (round 15, blind22 analysed; round 14 tried it and left it out).

        今年 / 现在 / 目前 / 如今 / 眼下 are turns because a new request often starts there (「X去年领过，今年还想要」).
        A time word whose segment names nothing and holds a cue is the name's comment instead: 「X眼下用不着」
        「X今年先不报」「X目前不缺」 say of X that it is not asked for, whatever the name before it looks like (round
        13's topic rule read it only when the segment before held nothing but the name: 「字典本」「小镰刀」, where
        the lexicon reads 字典 / 镰刀 with a character left over, were asked for). The cut stays where its segment
        names an item or asks. A time word right after a bare wish word (「希望今年…」「盼望明年…」) is the wish's
        time and no turn (review of round 16: 「希望今年发的物资里有X」 is no earlier package). ``cuts`` are offsets in
        ``clause``; returns a new set.
        """
        bounds = sorted(cuts)
        kept = set(cuts)
        for i, at in enumerate(bounds):
            if not _TIME_TURN.match(clause, at):
                continue
            if _WISHED_TIME.fullmatch(clause[bounds[i - 1] if i else 0:at].strip()):
                kept.discard(at)  # 「希望今年发的物资里有X」: the wish's own time (review of round 16)
                continue
            part = clause[at:bounds[i + 1] if i + 1 < len(bounds) else len(clause)]
            if _negated(part) and not self.mentions(part):
                kept.discard(at)
        return kept

    @staticmethod
    def _answered(part: str, upto: str, negated: bool, topic: set, had: set, excepted: set,
                  promised: bool = False, opened: bool = False) -> bool | None:
        """Return how a need's segment naming no item answers the segment before (round 13): False when it
        says the topic is had or not wanted (「X的话，家里已经有了」「至于X，亲戚给解决了」「X？家里有」), True
        when it says what was had broke or is wanted again (「X去年领过，今年又坏了」「…今年还想要」) or that
        the others of an exception are had (「除了X，别的都有了」), None when it says neither. ``upto`` is the
        clause up to the segment's end, ``negated`` whether the segment holds a cue (:func:`_negated`). Only
        the segment right after counts (:data:`_BRIDGE_LONGEST`). ``promised`` says the had segment was a promise
        (:data:`_PROMISE_WORD`): a segment that says it was broken (:data:`_PROMISE_BROKEN`: 「答应给X，一直没送」) asks
        for the thing again (round 18). ``opened`` says the topic was opened by a word of its own (:data:`_TOPIC_OPENER`,
        round 21): its answer may be as long as a news story's (:data:`_OPENED_ANSWER_LONGEST`)."""
        if had and promised and _PROMISE_BROKEN.search(part):
            return True
        # (Not an answer about another one: 「X已经买了，家里旧的用了十几年坏了」 is the next item's old one.)
        if had and ((_STILL_WANTED.search(part) and "的" not in part) or _RENEWED.search(upto.rstrip())
                    or _NEW_ONE.search(part)):  # 「用旧X将就着，想换个新的」 (round 16)
            return True
        if excepted and negated and _OTHERS.match(part.lstrip()):
            return True
        # (An answer about a kind is none: 「X，二手的不要」 still asks for X.)
        # (Round 18: who gives the answer does not count in its length — 「X一项，户主本人表示不需要」, :data:`_ANSWER_SPEAKER`.)
        if topic and negated and len(_ANSWER_SPEAKER.sub("", part.strip(), count=1)) <= _ANSWER_LONGEST \
                and "的" not in part:
            return False
        # (Round 21: a topic opened by a word of its own is answered at a story's length, :data:`_TOPIC_OPENER`.)
        if topic and negated and opened and len(part.strip()) <= _OPENED_ANSWER_LONGEST \
                and not _KIND_ANSWER.search(part):
            return False
        return None

    def requested(self, title: str, description: str = "") -> Extraction:
        """Return the extraction of a record: its title and description together.

        The most specific concepts are kept: a need for 「书包和学习用品」 asks for 书包 (学习用品 is
        broader and adds nothing a 书包 offer would not match).
        """
        t, d = self.extract(title), self.extract(description)
        wanted = t.concepts | d.concepts
        return Extraction(frozenset(wanted), frozenset((t.excluded | d.excluded) - wanted),
                          "，".join(x for x in (t.text, d.text) if x))

    def record_concepts(self, title: Extraction, description: Extraction,
                        categories: Iterable[str], narrowest: bool = True) -> frozenset[int]:
        """Return the item concepts of one record from its title's and description's extractions.

        When the title names a lexicon concept: the title's concepts and the description's of the
        record's ``categories`` (「常年卧床」 adds no 床 to a 棉衣 need). When it names none: the
        description's concepts of those categories, else the group its group name's domain word names
        (:meth:`domain_group`: 厨房器具 → 厨具), else the title's guessed item (:meth:`guess`,
        among those categories), else the thesaurus group items the title names. A description's
        concepts of other categories are never the record's item (round 6): 「家中老人常年卧床」 (床, a
        搬迁 concept) in a 笊篱 need is the household's situation, and an item would switch off the
        text similarity that carries a record of an unknown item. Group items are thus used only by a
        record naming no lexicon concept. When such a title asks for a thing in its own words
        (:func:`_title_object`: 「留守阿婆需要面线」; round 12), the description's concepts count only where
        the description asks for them too (「缺作业本」「作业本一直缺」): otherwise they are the household's
        situation (「尿毒症每个礼拜要洗肾」 → 透析费用) or what it had, and the guesses read that thing alone.
        A generic title (「求助」「生活困难」) keeps the description's concepts. ``narrowest`` keeps
        only the most specific concepts (a need's 「书包和学习用品」 asks for 书包); an offer keeps all.

        Returns
        -------
        frozenset of int
            Concept ids, possibly empty.
        """
        cats = tuple(sorted(set(categories)))
        size = self.lexicon_size
        t_lex = frozenset(c for c in title.concepts if c < size)
        if len(t_lex) > 1:
            t_lex = self._without_heading(title.text, t_lex)
            if narrowest:
                t_lex = self._without_asker(title.text, t_lex)
            # Round 12: a title naming items of the record's own categories and of others names the others
            # as the object or the setting of its item (「肉牛养殖保险」 in 金融: insurance of cattle, no cattle).
            # A title naming only other categories' items keeps them: the lexicon's category of an item is
            # not always the one a writer files it under (dropping them cost blind11 / blind14 0.02).
            t_own = frozenset(c for c in t_lex if self.concepts[c].category in cats)
            if t_own:
                # Round 13: a kind of the record's own item is that item, not its setting (a 救灾物资 offer's
                # 「救灾雨衣」 is a 雨衣, a living item under the other-category 救灾物资).
                t_lex = t_own | frozenset(c for c in t_lex if any(c in self._descendants[o] for o in t_own))
        d_lex = frozenset(c for c in description.concepts if c < size)
        own = frozenset(c for c in d_lex if self.concepts[c].category in cats)
        programme = _programme_body(title.text)
        if t_lex and programme and self._heading_named(title.text, t_lex):
            # Round 19 (blind30 analysed): a programme's or a case record's heading (「安居工程：X」「公益众筹｜X」) names
            # no item: when only it names the title's concepts, the item after it is read on its own (or guessed).
            t_lex = self._unknown_body(title.text, cats)
        if t_lex and all(self.descendants(c) for c in t_lex):
            # Round 12: a heading's broad name (「产业帮扶项目：多旋翼植保机」 names 产业发展) yields to the item after
            # the colon when the lexicon does not know it but can guess it.
            body = self._unknown_body(title.text, cats)
            if body:
                t_lex = body
        if t_lex:
            if not narrowest and not _LIST.search(title.text):
                # A title that lists nothing and names an item with a broader one around it is that item
                # (round 8): 「电工技能培训班」 is a 电工培训, 「农村电商实操培训」 an 电商培训, not every
                # 技能培训; a list (「书包、文具等学习用品」, 「书包和学习用品」) keeps its broad names.
                t_lex = self.most_specific(t_lex)
            if not narrowest and len(t_lex) > 1:
                t_lex = self._package_programme_dropped(t_lex)
            # The description adds the concepts of the record's own categories only: 「家中老人常年卧床」
            # in a 棉衣 need names 床 (易地搬迁) without asking for a bed.
            if narrowest and own - t_lex:
                own = self._situation_dropped(title.text, description.text, t_lex, own)
            found = t_lex | own
        else:
            # The title names no lexicon concept: the description's concepts of the record's own
            # category, else the title's guessed item, else the thesaurus group items the title names
            # (无烟煤; after the guess, since a group word may be a modifier: 塑料膜 is a 膜, not 塑料).
            # The description's concepts of other categories are the household's situation (「卧床」).
            # The unknown name is read without who gives or asks and a product title's grades, pack
            # sizes and codes (item_text: 「一级…5l装」「hrb400」).
            # (Round 19: after a programme's or a case record's heading, the unknown item is the body's alone:
            # 「某基金会暖心行动：捐赠X」 guesses no 过冬物资 from 暖心, 「社区探访｜…申请X」 no 陪伴关爱 from 探访.)
            bare = item_text(title.text[programme[0]:programme[1]] if programme else title.text)
            thing = _title_object(bare)
            if thing:
                # The title asks for a thing of its own (「…需要面线」「…冇晒衫架用」; round 12): the
                # description's items are its context (an illness and its treatment, a disaster, what was
                # had) unless the description asks for them too, and the unknown name is read from the
                # thing alone, not from who asks (「留守阿婆」 is no 留守儿童关爱).
                own = self._asked_in(description.text, own) if own else own
                bare = thing
            found = own or self._read_unknown(bare, cats) or (
                self._extract(title.text[programme[0]:programme[1]], not narrowest).concepts if programme
                else title.concepts)
        return self.most_specific(found) if narrowest else frozenset(found)

    def _package_programme_dropped(self, concepts: frozenset[int]) -> frozenset[int]:
        """Return an offer title's ``concepts`` without the bare roots beside a package it names (round 19).

        A package's title names the programme it is given under (「易地搬迁安家包」「稳岗就业项目：扶贫车间设备帮扶包」):
        the package covers what its group says (乔迁礼包: the new home's bedding, kitchen and appliances), not
        every item of the programme's category. A root concept (no broader one, narrower ones under it) that is no
        package itself and not above the package is dropped when the title names a package (a covering group whose
        label ends in 包 or names a 套餐, :data:`_PACKAGE_LABEL`); without a package the root stays (「易地搬迁」 alone
        still covers its category).
        """
        packages = [c for c in concepts if c < self.lexicon_size and self.concepts[c].group
                    and _PACKAGE_LABEL.search(self.concepts[c].label)]
        if not packages:
            return concepts
        return frozenset(c for c in concepts if c in packages or self._ancestors[c] or not self._descendants[c]
                         or any(p in self._descendants[c] for p in packages))

    @lru_cache(maxsize=100_000)
    def _without_asker(self, title: str, concepts: frozenset[int]) -> frozenset[int]:
        """Return a need title's ``concepts`` without those only its asker names (round 13).

        The platform's 微心愿 titles name who asks around what is asked for: 「留守儿童小雨需要X」「残疾人张某的微心愿：X」
        「希望有X（留守儿童小雨）」. When the title asks for a thing in its own words (:func:`_title_object`, the
        bracket dropped by :func:`item_text`) and that thing names a lexicon concept, a concept the rest of the
        title alone names (留守儿童关爱 of 留守儿童) is dropped unless it is broader or narrower than the thing's.
        """
        thing = _title_object(item_text(title))
        if not thing:
            return concepts
        size = self.lexicon_size
        body = frozenset(c for c in self._extract(thing, False).concepts if c < size)
        if not body:
            return concepts
        related = set(body)
        for c in body:
            related |= self.ancestors(c) | self.descendants(c)
        return frozenset(c for c in concepts if c in related)

    def _situation_dropped(self, title: str, description: str, t_lex: frozenset[int],
                           own: frozenset[int]) -> frozenset[int]:
        """Return a need's description concepts ``own`` without its situation, when its title asks for a thing the
        lexicon names (round 13).

        The platform's 微心愿 say who asks and why before what (「我是留守儿童，跟着奶奶生活，想要滑板车」「家里
        房子老了，希望有X」「老伴瘫在床上好几年了，…」): when the title asks for a thing in its own words
        (:func:`_title_object`) and names a lexicon concept, the description's other concepts count only where the
        description asks for them too (:meth:`_asked_in`) or they are broader or narrower than the title's —
        as round 12 did for a title whose thing the lexicon does not know.
        """
        if not _title_object(item_text(title)):
            return own
        related = set(t_lex)
        for c in t_lex:
            related |= self.ancestors(c) | self.descendants(c)
        return frozenset(c for c in own if c in related) | self._asked_in(description, own - related)

    def _asked_in(self, text: str, concepts: frozenset[int]) -> frozenset[int]:
        """Return those of ``concepts`` that folded ``text`` names in a request frame (:data:`_ASK_BEFORE`,
        :data:`_SHORT_AFTER`, and the rest of its clause: :data:`_WANTED_LATER`, :data:`_STILL_WANTED`):
        「孩子上学缺作业本」「作业本一直缺」「还没领到棉被」「棉被坏了想换」, not 「尿毒症每个礼拜要洗肾」."""
        out = set()
        found = self.mentions(text)
        for start, end, ids in found:
            clause_end = _OBJECT_END.search(text, end)
            stop = clause_end.start() if clause_end else len(text)
            # Close after the name only (「…修缮后垫脚的墩墩还没着落」 is another thing's shortage).
            clause = text[end:min(end + 4, stop)]
            # A lack may be said further on in the clause, or in the next segment when that names nothing
            # (round 13): 「X申请了还没到」「X去年领过，今年又坏了」.
            sentence_end = _SENTENCE_END.search(text, end)
            limit = min([sentence_end.start() if sentence_end else len(text)] + [s for s, _, _ in found if s >= stop])
            later = text[end:max(stop, limit)]
            if (_ASK_BEFORE.search(text, max(0, start - 6), start) or _SHORT_AFTER.match(text, end)
                    or _ASKED_BEFORE.search(text, max(0, start - 8), start)
                    or _WANTED_LATER.search(clause) or _lack_of_its_own(later)
                    or (text[max(0, start - 2):start].endswith(("除了", "除"))
                        and _except_others(text, start) is not None)):
                out.update(c for c in ids if c in concepts)
        return frozenset(out)

    @lru_cache(maxsize=100_000)
    def _heading_named(self, text: str, concepts: frozenset[int]) -> bool:
        """Return whether a title's ``concepts`` are named by its heading alone (round 19): the heading
        (:func:`_heading_body`) names each of them and the part after it names no lexicon concept."""
        parts = _heading_body(text)
        if not parts or not concepts <= self._extract(text[:parts[0]], True).concepts:
            return False
        size = self.lexicon_size
        return not any(c < size for c in self._extract(text[parts[1]:parts[2]], True).concepts)

    @lru_cache(maxsize=100_000)
    def _unknown_body(self, text: str, cats: tuple[str, ...]) -> frozenset[int]:
        """Return the guessed item of a title's part after its heading when that part names no lexicon concept
        (round 12; empty when there is no heading, the part names a concept or nothing is guessed)."""
        parts = _heading_body(text)
        if not parts or parts[1] == parts[2]:
            return frozenset()
        body = text[parts[1]:parts[2]]
        if any(c < self.lexicon_size for c in self._extract(body, True).concepts):
            return frozenset()
        return self._read_unknown(item_text(body), cats)

    def _read_unknown(self, bare: str, cats: tuple[str, ...]) -> frozenset[int]:
        """Return what an unknown item name ``bare`` (folded, :func:`item_text`) stands for, by the readers in
        turn — money named by its use, a group's domain word, a homophone, a shortening, the guess — or an
        empty set."""
        # (Round 14: a bracket blanked at the end is no part of the name: 「念大学的费用（王某）」 ends in 的费用.)
        bare = bare.strip(_BLANK + " ") or bare
        return (self._money_for(bare) or self._domain_group(bare, cats) or self._homophone(bare, cats)
                or self._abbreviation(bare, cats) or self._guess(bare, cats))

    def _money_for(self, bare: str) -> frozenset[int]:
        """Return the lexicon concepts of money named by its use, 「V O 的钱」 read as the fee 「V O 费」 (round 13).

        The platform's plain register names a fee by what it pays for: 「冬天烤火的钱」 is a 取暖费, 「在学校吃饭
        的钱」 a 伙食费, 「烧暖气的钱」 a 暖气费. The guess read such a name by the shared 「的钱」 of other
        cash names (修房的钱, 看病的钱 …) and so named three unrelated funds. Only concepts of money count (a name
        ending in :data:`_MONEY_ENDS`: 「租房子的钱」 is no 房屋). Empty when ``bare`` does not end so or the fee's
        name names no such concept.
        """
        m = _MONEY_USE.search(bare)
        if not m:
            return frozenset()
        use = bare[:m.start()]
        size = self.lexicon_size
        for text in (use + "费", use[-4:] + "费", use[-2:] + "费"):
            found = frozenset(c for c in self._extract(text, False).concepts
                              if c < size and any(n.endswith(_MONEY_ENDS) for n in self.concepts[c].names))
            if found:
                return found
        return frozenset()

    @lru_cache(maxsize=100_000)
    def _without_heading(self, text: str, concepts: frozenset[int]) -> frozenset[int]:
        """Return ``concepts`` (a title's) without those only its heading names (round 12).

        A title 「heading：item」 or 「heading｜item」 (a programme's, a donor's or an office's heading:
        「市交通运输局定点帮扶技能培训：来料加工车间用工」「乡村振兴金融服务：X」「【村务公开】…」) names its item after
        the colon: when that part names a lexicon concept, a concept the heading alone names is dropped unless
        it is broader or narrower than one the item part names (「学习用品：书包、文具」 keeps 学习用品).
        """
        parts = _heading_body(text)
        if not parts:
            return concepts
        size = self.lexicon_size
        head_end, start, end = parts
        body = frozenset(c for c in self._extract(text[start:end], True).concepts if c < size)
        if not body:
            return concepts
        related = set(body)
        for c in body:
            related |= self.ancestors(c) | self.descendants(c)
        if end < len(text):  # the signature after the bar names who asks: only the item's concepts stay (round 17)
            return frozenset(c for c in concepts if c in related)
        head = frozenset(c for c in self._extract(text[:head_end], True).concepts if c < size)
        return frozenset(c for c in concepts if c not in head or c in related)

    def guess(self, text: str, categories: Iterable[str]) -> frozenset[int]:
        """Return the concepts an item name the lexicon does not know most likely stands for.

        The fallback for a title in which :meth:`extract` finds no name. Only concepts of the record's
        ``categories`` are considered, and three rules are tried in order (rules of Chinese word
        formation, not fitted to any evaluation set):

        1. **shared part with the same head**: a lexicon name of two or more characters that shares
           a run of at least two characters, covering at least half the name, with ``text`` and
           whose head character (its last, or the one before a nominal suffix 子/儿/卷/头), or a head
           of the same class (机/器/仪/具/备/械/置; 鞋/靴; 药/片/剂/膏 ...), occurs in ``text`` (电三轮 ~ 电动三轮;
           护眼灯 ~ 护眼台灯; 助听机 ~ 助听器); the longest shared run wins;
        2. **head replaced within its class**: a two-character name whose first character is followed
           in ``text`` by another head of its head's class (棉靴 ~ 棉鞋; 书袋 ~ 书包);
        3. **young animals**: stem + 娃/仔/崽/羔/苗/雏 or 小/苗/奶/雏 + stem is the concept named
           that way for the same stem (猪娃, 苗猪 ~ 猪仔, 小猪).

        Returns
        -------
        frozenset of int
            The guessed concept ids (most specific), empty when neither rule applies.
        """
        return self._guess(_fold(text or ""), tuple(sorted(set(categories))))

    @lru_cache(maxsize=100_000)
    def _guess(self, text: str, categories: tuple[str, ...]) -> frozenset[int]:
        text = _GIFT_WORDS.sub(lambda m: _BLANK * len(m.group()), _blank(text, _institution_spans(text)))
        if len(text) < 2:
            return frozenset()
        # Umbrella concepts (a category's roots: 产业发展, 生活物资) are no item to guess: 「帮扶」 in
        # 「爱心企业帮扶禽畜」 is not 产业帮扶.
        pool = [(n, c.id) for c in self.concepts if c.category in categories and not self._is_root(c.id)
                for n in c.names if len(n) >= 2]
        best, found = 0.0, set()
        for name, cid in pool:
            head = name[-2] if name[-1] in _NOMINAL_SUFFIX and len(name) > 2 else name[-1]
            if not any(h in text for h in _HEAD_CLASS.get(head, head)):
                continue
            run = _longest_shared_run(text, name)
            if run == 2 and _generic_run(text, name):
                continue  # round 12: a generic head shared alone (「音响设备」, 发电设备) is no evidence of the item
            if run < 2 or run / len(name) < 0.5:
                continue
            if run / len(name) > best:
                best, found = run / len(name), {cid}
            elif run / len(name) == best:
                found.add(cid)
        if not found:
            # A two-character name with its head replaced by one of its class (棉靴 ~ 棉鞋, 书袋 ~ 书包).
            pairs = set(zip(text, text[1:]))
            for name, cid in pool:
                if len(name) == 2 and name[1] in _HEAD_CLASS and any(
                        (name[0], h) in pairs for h in _HEAD_CLASS[name[1]] if h != name[1]):
                    found.add(cid)
        if not found:
            stems = {a for a, b in zip(text, text[1:]) if b in _YOUNG_AFTER}
            stems |= {b for a, b in zip(text, text[1:]) if a in _YOUNG_BEFORE}
            for name, cid in pool:
                if len(name) == 2 and ((name[1] in _YOUNG_AFTER and name[0] in stems)
                                       or (name[0] in _YOUNG_BEFORE and name[1] in stems)):
                    found.add(cid)
        return self.most_specific(found)

    def homophone(self, text: str, categories: Iterable[str]) -> frozenset[int]:
        """Return the concepts whose name ``text`` spells with one character typed by its sound (round 10).

        A pinyin input method offers every character of a syllable, and a hurried writer takes a wrong
        one: 「席梦丝」 for 席梦思, 「洗衣积」 for 洗衣机. A run of ``text`` of three to six Chinese characters that
        has the same toneless pinyin (pypinyin's usual reading) as a lexicon name of the record's
        ``categories``, and differs from it in exactly one character, names that concept; the longest
        run wins. Tried for a title that names no lexicon concept, before :meth:`guess`. Two-character
        names are left out: too many words share two syllables (芋种 sounds like 鱼种, a 鱼苗 name).

        Returns
        -------
        frozenset of int
            The concepts (most specific), empty when no run sounds like a name.
        """
        return self._homophone(_fold(text or ""), tuple(sorted(set(categories))))

    @lru_cache(maxsize=100_000)
    def _homophone(self, text: str, categories: tuple[str, ...]) -> frozenset[int]:
        table = self._sound_table
        sounds = [_sound(ch) if "\u4e00" <= ch <= "\u9fff" else None for ch in text]
        for length in range(min(6, len(text)), 2, -1):
            found = set()
            for i in range(len(text) - length + 1):
                key = tuple(sounds[i:i + length])
                if None in key:
                    continue
                for name, cid in table.get(key, ()):
                    if self.concepts[cid].category in categories and \
                            sum(a != b for a, b in zip(name, text[i:i + length])) == 1:
                        found.add(cid)
            if found:
                return self.most_specific(found)
        return frozenset()

    def abbreviation(self, text: str, categories: Iterable[str]) -> frozenset[int]:
        """Return the concepts ``text`` names by an abbreviation of one of their names (round 10).

        Chinese abbreviates a compound by keeping characters of its parts in order, the first and the
        head among them (电动轮椅 → 电轮椅, 电动三轮 → 电三轮, 羽毛球拍 → 羽球拍). A run of three
        Chinese characters of ``text`` that is such a shortening of a lexicon name of four or more
        characters of the record's ``categories`` (same first and last character, one of the others)
        names that concept, when one concept's names give it. Tried for a title that names no lexicon
        concept, before :meth:`guess`. Two-character shortenings (羽毛球拍 → 羽拍) were tried and cost
        blind8 0.008 and blind9 0.007: two characters are too often a shortening of some name.
        """
        return self._abbreviation(_fold(text or ""), tuple(sorted(set(categories))))

    @lru_cache(maxsize=100_000)
    def _abbreviation(self, text: str, categories: tuple[str, ...]) -> frozenset[int]:
        table = self._abbreviation_table
        found = {cid for i in range(len(text) - 2) for cid in table.get(text[i:i + 3], ())
                 if self.concepts[cid].category in categories}
        return frozenset(found) if len(found) == 1 else frozenset()

    @cached_property
    def _abbreviation_table(self) -> dict[str, frozenset[int]]:
        """Return ``{shortening: concept ids}`` of the lexicon's names of four or more characters."""
        table: dict[str, set[int]] = {}
        taken = self._tables[0][0]
        for c in self.concepts[:self.lexicon_size]:
            for name in c.names:
                if len(name) < 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
                    continue
                for form in {name[0] + ch + name[-1] for ch in name[1:-1]}:
                    if form not in taken:
                        table.setdefault(form, set()).add(c.id)
        return {form: frozenset(ids) for form, ids in table.items()}

    @cached_property
    def _sound_table(self) -> dict[tuple[str, ...], tuple[tuple[str, int], ...]]:
        """Return ``{toneless pinyin of a name: ((name, concept id), ...)}`` of the lexicon's names."""
        table: dict[tuple[str, ...], list[tuple[str, int]]] = {}
        for c in self.concepts[:self.lexicon_size]:
            for name in c.names:
                if 3 <= len(name) <= 6 and all("\u4e00" <= ch <= "\u9fff" for ch in name):
                    table.setdefault(tuple(_sound(ch) for ch in name), []).append((name, c.id))
        return {key: tuple(v) for key, v in table.items()}

    def _is_root(self, cid: int) -> bool:
        """Return whether ``cid`` is an umbrella concept: narrower concepts under it, none above it."""
        return not self.concepts[cid].broader and bool(self._descendants[cid])

    def _domain_table(self) -> dict[str, frozenset[int]]:
        # Domain word -> the group concepts named domain + a generic head (厨房 -> 厨具, from 厨房用具).
        # A category's umbrella (a group over more than half of the category's concepts: 生活物资) is no
        # domain: 「生活用具」 must not cover every living need (docs/matching.md, "Round 4" and "Round 6").
        size = self.lexicon_size
        per_category: dict[str, int] = {}
        for c in self.concepts[:size]:
            per_category[c.category] = per_category.get(c.category, 0) + 1
        table: dict[str, set[int]] = {}
        for c in self.concepts[:size]:
            below = [d for d in self._descendants[c.id] if d < size]
            if not below or len(below) > per_category[c.category] / 2:
                continue
            for name in c.names:
                m = _GROUP_HEAD.search(name, 2)
                if m and m.end() == len(name) and 2 <= m.start() <= _MAX_DOMAIN:
                    table.setdefault(name[:m.start()], set()).add(c.id)
        return {d: frozenset(cs) for d, cs in table.items()}

    def domain_group(self, text: str, categories: Iterable[str]) -> frozenset[int]:
        """Return the group concept a group name the lexicon does not list stands for, by its domain word.

        A group name is a domain word + a generic head (:data:`GROUP_HEADS`): 厨房用具, 厨房用品, 厨房器具
        all name the group of kitchen things, because the lexicon lists a name 厨房 + head for 厨具 (a
        小 / 类 before the head is part of neither: 厨房小用品, 清洁类用品). The
        longest domain word (two to eight characters) right before a head in ``text`` that some group
        concept's name also has is looked up; the group is used when it is of ``categories`` and the
        domain names one group (or groups on one chain: the narrowest is kept). Umbrella concepts are
        never such groups (:meth:`_domain_table`), so a group is never read as a whole category.

        Returns
        -------
        frozenset of int
            One concept id, or empty.
        """
        return self._domain_group(_fold(text or ""), tuple(sorted(set(categories))))

    @lru_cache(maxsize=100_000)
    def _domain_group(self, text: str, categories: tuple[str, ...]) -> frozenset[int]:
        for m in _GROUP_HEAD.finditer(text):
            for k in range(min(m.start(), _MAX_DOMAIN), 1, -1):
                domain = text[m.start() - k:m.start()]
                # A small / kind / big modifier before the head does not change the domain: 厨房小用品,
                # 清洁类用品, 过冬大礼包.
                found = self._domains.get(domain)
                if found is None and len(domain) > 2 and domain[-1] in "小类大":
                    found = self._domains.get(domain[:-1])
                if found is None:
                    continue
                found = frozenset(c for c in found if self.concepts[c].category in categories)
                narrow = self.most_specific(found)
                if len(narrow) == 1:
                    return narrow
                break
        return frozenset()

    def most_specific(self, concepts: Iterable[int]) -> frozenset[int]:
        """Return ``concepts`` without those that are broader than another one of them."""
        cs = set(concepts)
        return frozenset(c for c in cs if not (self._descendants[c] & cs))

    # ----------------------------------------------------------------------------------------------
    def item_match(self, need_concepts: Iterable[int], offer_concepts: Iterable[int]) -> ItemMatch:
        """Return how well an offer's concepts answer a need's (see :data:`LEVEL_VALUE`).

        Returns
        -------
        ItemMatch
            The best level over the need's concepts; ``value`` 0 and ids None when nothing agrees.
        """
        offer = set(offer_concepts)
        best = ItemMatch(0.0, 0, None, None)
        if not offer:
            return best
        for n in self.most_specific(need_concepts):
            if n in offer:
                level, o = EXACT, n
            elif self._ancestors[n] & offer:
                level, o = COVERS, min(self._ancestors[n] & offer)
            elif self._descendants[n] & offer:
                level, o = NARROWER_OFFER, min(self._descendants[n] & offer)
            elif self._siblings[n] & offer:
                level, o = SIBLING, min(self._siblings[n] & offer)
            else:
                continue
            if level > best.level:
                best = ItemMatch(LEVEL_VALUE[level], level, n, o)
        return best

    def level_row(self, offer_concepts: Iterable[int]) -> dict[int, int]:
        """Return, for one offer, ``{need concept id: level}`` of every concept it answers."""
        row: dict[int, int] = {}
        for o in offer_concepts:
            for c, level in ((o, EXACT),):
                row[c] = max(row.get(c, 0), level)
            for c in self._descendants[o]:
                row[c] = max(row.get(c, 0), COVERS)
            for c in self._ancestors[o]:
                row[c] = max(row.get(c, 0), NARROWER_OFFER)
            for c in self._siblings[o]:
                row[c] = max(row.get(c, 0), SIBLING)
        return row

    def reason(self, match: ItemMatch) -> str | None:
        """Return the Chinese reason of an item match: 「物品一致：棉被」, 「物品涵盖：学习用品含铅笔」 ..."""
        if match.level == 0 or match.need_concept is None:
            return None
        need = self.concepts[match.need_concept].label
        offer = self.concepts[match.offer_concept].label if match.offer_concept is not None else need
        if match.level == EXACT:
            return f"物品一致：{need}"
        if match.level == COVERS:
            return f"物品涵盖：{offer}含{need}"
        if match.level == NARROWER_OFFER:
            return f"物品相符：{need}（{offer}）"
        return f"物品相近：{offer}与{need}"

    def count_units(self, unit: str | Unit, concepts: Iterable[int]) -> str:
        """Return the count unit a record's quantity is in, as one name per way of counting its item.

        The units a concept lists count the same amount of it: 棉被 lists 床 / 条 / 件, so a 棉被 need
        in 条 and a 棉被 offer in 床 both count 「件」 (the concept's 件 if listed, else its first
        unit). A count multiple (打, 令; ``Unit.of``) counts what the unit it multiplies counts when the
        concept lists that unit (袜子 in 打 counts 双; its factor 12 then scales the amount); 「*」
        multiples take the concept's own. Measured units (kg, 元 ...) and units the concepts do not
        list are returned folded. ``unit`` is read by :func:`matching.units.count_unit` (块 is a piece),
        or given as a :class:`Unit` already read.
        """
        u = unit if isinstance(unit, Unit) else count_unit(unit)
        if u.dimension != COUNT:
            return u.name
        for c in sorted(concepts):
            counted = [count_unit(x).name for x in self.concepts[c].units if count_unit(x).dimension == COUNT]
            if u.name in counted or (counted and (u.of == ("*",) or any(x in u.of for x in counted))):
                return "件" if "件" in counted else counted[0]
        return u.name


@lru_cache(maxsize=1)
def cilin_groups() -> tuple[tuple[str, ...], ...]:
    """Return the synonym groups of the shipped thesaurus, each a tuple of words.

    The file ``matching/data/cilin_b_synonyms.txt`` holds the ``=`` (synonym) groups of class B
    (物: objects, food, clothing, tools, plants, animals, materials) of 同义词词林扩展版 (HIT-SCIR), as
    distributed in HanLP 1.8.6 (see ``matching/data/README.md``); one group a line,
    ``CODE= word word ...``.
    """
    return tuple(words for _, words in _cilin_synonym_lines())


@lru_cache(maxsize=1)
def _cilin_synonym_lines() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return the shipped thesaurus' ``=`` groups as ``(code, words)``, read once (``Bp03A01``, (毛巾, 面巾 …))."""
    text = resources.files(__package__).joinpath("data", "cilin_b_synonyms.txt").read_text(encoding="utf-8-sig")
    return tuple((line[:7], tuple(line.split()[1:])) for line in text.splitlines() if len(line) > 8 and line[7] == "=")


#: Cilin's classes of B (物) whose groups are not things given or asked for (the code's first two
#: letters): Ba general words (东西, 物质), Bb shapes (圈, 点), Bc parts of things (边, 角), Bd celestial
#: bodies, Be landforms, Bf weather (台风, 雨), Bj micro-organisms, Bk the body (肢体, 眼睛),
#: Bl excreta. Source: the class outline of 同义词词林扩展版 (HIT-SCIR).
CILIN_NOT_ITEM_CLASSES = ("Ba", "Bb", "Bc", "Bd", "Be", "Bf", "Bj", "Bk", "Bl")


@lru_cache(maxsize=1)
def cilin_not_item_groups() -> frozenset[tuple[str, ...]]:
    """Return the shipped thesaurus' groups of :data:`CILIN_NOT_ITEM_CLASSES`, each a tuple of words.

    Such a group lends names like any other (a lexicon concept may claim it), but never becomes an
    item of its own (:func:`_group_items`).
    """
    return frozenset(words for code, words in _cilin_synonym_lines() if code[:2] in CILIN_NOT_ITEM_CLASSES)


@lru_cache(maxsize=1)
def cilin_classes() -> dict[str, tuple[str, ...]]:
    """Return ``{word: its Cilin small classes}``: the first 5 characters of each group code it is in.

    A small class (level 4, ``Bp03A``: towels and handkerchiefs; ``Bh07A``: a family of fruit)
    groups several synonym groups of related things; it is a weaker sign of one item than a
    shared synonym group. Words of two characters or more, folded.
    """
    out: dict[str, set[str]] = {}
    for code, words in _cilin_synonym_lines():
        for word in words:
            if len(word) >= 2:
                out.setdefault(_fold(word), set()).add(code[:5])
    return {w: tuple(sorted(c)) for w, c in out.items()}


def _thesaurus_names(groups: Iterable[Sequence[str]], alias: dict[str, str]) -> dict[str, str]:
    """Return ``{new folded name: concept key}`` that thesaurus ``groups`` add to a lexicon's names.

    The rule (docs/matching.md, "Cilin: a second source of names"):

    * a group is used only when the words of it that are already lexicon names (``alias``: folded
      name -> concept key) all name **one** concept — a group whose names point at two concepts is a
      loose group and is skipped whole — and when that sense is the group's: its first word (Cilin's
      head word) is one of those names, or two or more of its words are (the group 「棒 棒子 棍子 …」
      is about sticks, not the 玉米 that the lexicon's regional 棒子 means; 「图章 印章 … 图书」 about
      seals);
    * every other word of the group becomes a name of that concept, except single characters (they
      match inside unrelated words), general words (:data:`GENERAL_WORDS`: 用品 would make every
      「X用品」 a 日用品), words that are already names (the lexicon and the offices win),
      words that contain a name of *another* concept (柿子椒 holds 柿子);
    * a word the thesaurus lists in several groups is given only when every one of them gives it
      to the same concept (清油: the 菜油 and the 茶油 groups, both 食用油); one unused group is
      another sense and vetoes it (下身 is also a part of the body, 镜子 a mirror).

    Loose members of a used group are kept (甘薯 … 芋头 木薯 beside 红薯): Cilin's ``=`` groups are
    not all strict synonyms, and no rule here can tell those from regional names.
    """
    # The concept each group stands for, or None when it is not used (see the rules above).
    used: list[tuple[list[str], str | None]] = []
    for group in groups:
        words = [_fold(w) for w in group]
        hits = [w for w in words if w in alias]
        ok = len({alias[w] for w in hits}) == 1 and (len(hits) >= 2 or words[0] in alias)
        used.append((words, alias[hits[0]] if ok else None))
    found: dict[str, set[str | None]] = {}
    for words, key in used:
        for w in words:
            if len(w) < 2 or w in alias or w in GENERAL_WORDS:  # 用品 names no one item (round 6)
                continue
            inner = {alias[w[i:j]] for i in range(len(w)) for j in range(i + 2, len(w) + 1) if w[i:j] in alias}
            # A word of several groups keeps one concept only if each of its groups gives that one
            # (清油 is in the 菜油 and the 茶油 groups, both 食用油; 下身 is also a part of the body).
            found.setdefault(w, set()).add(key if not (inner - {key}) else None)
    return {w: next(iter(keys)) for w, keys in found.items() if len(keys) == 1 and None not in keys}


#: Words too general to name one item (a 生活用品 need is not a request for any one thing); a thesaurus
#: word that is one of these or ends in one is never a group item's name.
GENERAL_WORDS = ("用品", "东西", "物资", "物品", "用具", "产品", "货物", "器材", "材料", "设备", "器具", "物件",
                 "制品", "杂物", "什物", "工具", "设施", "器械", "辅料", "辅材")


def _group_items(groups: Sequence[Sequence[str]], alias: dict[str, str]) -> list[tuple[str, ...]]:
    """Return the thesaurus groups that become items of their own, each as its usable folded words.

    The rule (docs/matching.md, "Round 2: Cilin groups as items"): a synonym group none of whose
    words is already a name (``alias``: every lexicon, office and thesaurus name) is an item, named by
    its words except

    * single characters (they match inside unrelated words: 帐, 枕),
    * words the thesaurus lists in more than one group (several senses: 手巾 is a towel and a
      handkerchief),
    * words containing a name of two or more characters (花生油 holds 花生: the lexicon's reading of
      the text must not be taken over),
    * general words (:data:`GENERAL_WORDS`).

    Groups of the Cilin classes of things nobody gives or asks for are no items at all
    (:func:`cilin_not_item_groups`: 身体 / 肢体, 台风, 眼睛 … read as an item in 「肢体残疾的老李」).
    A group left with no word is dropped. Such an item has no category, no broader concept and no
    units: it agrees only with itself (物品一致), and only when neither record names a lexicon concept
    (:meth:`Lexicon.record_concepts`).
    """
    senses: dict[str, int] = {}
    not_items = cilin_not_item_groups()
    for group in groups:
        for w in {_fold(w) for w in group}:
            senses[w] = senses.get(w, 0) + 1
    known = {n for n in alias if len(n) >= 2}

    def holds_name(w: str) -> bool:
        # Whether a name of two or more characters occurs in w: its substrings looked up (a thesaurus word is
        # short; round 21: the same answer as a search with an alternation of the 40,000 names, whose compiling
        # took seconds of every load).
        return any(w[a:b] in known for a in range(len(w) - 1) for b in range(a + 2, len(w) + 1))

    items, taken = [], set()
    for group in groups:
        words = [_fold(w) for w in group]
        if tuple(group) in not_items or any(w in alias for w in words):
            continue
        usable = tuple(w for w in dict.fromkeys(words)
                       if len(w) >= 2 and senses[w] == 1 and w not in taken
                       and not holds_name(w) and not w.endswith(GENERAL_WORDS))
        if usable:
            taken.update(usable)
            items.append(usable)
    return items


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """Return the built-in lexicon (``matching/data/lexicon.tsv``), loaded once."""
    return Lexicon.load()
