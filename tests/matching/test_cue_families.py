"""Round 11: the negation cue families widened from general knowledge (docs/matching.md, "Cue families
from general knowledge (round 11)").

Every text here was written for this file from knowledge of how people say "have it / got it / don't
need it / handled" in each register, never from an evaluation part. Each family has its cue readings
(the item is not asked for) and the requests that must stay requests under the new words.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import labels


def assert_not_asked(lex, text, item="棉被", other="棉衣"):
    e = lex.extract(text)
    assert labels(lex, e.concepts) == [other], text
    assert labels(lex, e.excluded) == [item], text


def assert_asked(lex, text, item="棉被"):
    assert item in labels(lex, lex.extract(text).concepts), text


# --- not wanted (UNWANTED_CUES) ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "棉被无须再捐，需要棉衣",            # 无须 / 不须: other spellings of 无需
    "棉被不须操心，需要棉衣",
    "棉被无此需求，需要棉衣",            # a form's or a ledger's "no need"
    "棉被暂无需求，需要棉衣",
    "棉被没有需求，需要棉衣",
    "棉被不再申报，需要棉衣",
    "棉被暂缓，需要棉衣",                # postponed
    "棉被不发愁，需要棉衣",              # not worried about
    "棉被不犯愁，需要棉衣",
    "棉被不稀缺，需要棉衣",              # not scarce
    "棉被供应不紧张，需要棉衣",
    "棉被用不到，需要棉衣",
    "大家别再捐棉被了，需要棉衣",        # a group chat's "stop sending it": 别 / 不要 + 再 + a giving verb
    "不要再送棉被，需要棉衣",
    "棉被用处不大，需要棉衣",
    "棉被谢绝捐赠，需要棉衣",
])
def test_not_wanted_family(lex, text):
    assert_not_asked(lex, text)


@pytest.mark.parametrize("text", [
    "特别备注棉被要厚的",                # 别 + 备 inside 特别备注 is no cue (only 别再 / 不要再 + a verb)
    "棉被供应紧张",
    "棉被问题很大",
])
def test_not_wanted_family_keeps_requests(lex, text):
    assert_asked(lex, text)


# --- enough, kept, still usable (ENOUGH_CUES) -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "棉被足够了，需要棉衣",
    "棉被绰绰有余，需要棉衣",
    "棉被够多了，需要棉衣",
    "棉被够够的，需要棉衣",
    "棉被已经凑齐了，需要棉衣",
    "棉被家里还存着，需要棉衣",          # kept at home
    "棉被囤着呢，需要棉衣",
    "棉被家里有现成的，需要棉衣",
    "棉被问题不大，需要棉衣",            # fine
    "棉被不叫事，需要棉衣",
    "棉被没毛病，需要棉衣",
    "棉被还好使，需要棉衣",              # still usable (东北 好使)
    "棉被不影响使用，需要棉衣",
    "棉被到货了，需要棉衣",
    "棉被够使唤，需要棉衣",
    "棉被有得盖，需要棉衣",              # 有得 / 有的 + a verb of use
    "棉被家里有的用，需要棉衣",
    "棉被多得是，需要棉衣",
    "棉被家里宽裕，需要棉衣",
    "棉被够数了，需要棉衣",
    "棉被还有不老少，需要棉衣",          # 东北: quite a lot
])
def test_enough_family(lex, text):
    assert_not_asked(lex, text)


@pytest.mark.parametrize("text", [
    "还差两床才能凑齐棉被",              # a bare 凑齐 is a wish or a shortage
    "棉被不好使了",                      # 不好使: worn out, still wanted
    "棉被不够",
    "家里有需要有呢子面的棉被",          # no bare 有呢
    "棉被没有得盖",                      # 没 blocks 有得盖
    "手头不宽裕，棉被缺",
    "棉被不够数",
])
def test_enough_family_keeps_requests(lex, text):
    assert_asked(lex, text)


# --- solved and settled (SOLVED_CUES, SETTLED_CUES) -------------------------------------------------

@pytest.mark.parametrize("text", [
    "棉被得以解决，需要棉衣",
    "棉被得到妥善解决，需要棉衣",
    "棉被的问题化解了，需要棉衣",
    "棉被那事处理完了，需要棉衣",
    "棉被齐活了，需要棉衣",              # 北京 / 东北
    "棉被妥妥的，需要棉衣",
    "棉被拾掇好了，需要棉衣",
    "棉被搞归一了，需要棉衣",            # 西南
    "棉被有办法了，需要棉衣",            # a way found
    "棉被摆平了，需要棉衣",
    "棉被ok了，需要棉衣",                # a chat (the text is folded: OK了 too)
    "棉被OK了，需要棉衣",
    "棉被已被认领，需要棉衣",            # claimed, in the passive
    "棉被上周领走了，需要棉衣",
    "棉被安排上了，需要棉衣",
    "棉被整上了，需要棉衣",              # 东北 整 / 弄 / 搞 + 上了 · 来了 · 到了 · 回来了
    "棉被他二叔给整来了，需要棉衣",
    "棉被弄到了，需要棉衣",
    "棉被搞来了，需要棉衣",
    "棉被拍下了，需要棉衣",              # a shop's "bought"
    "棉被不再是问题，需要棉衣",
    "棉被有了着落，需要棉衣",
    "棉被对接成功了，需要棉衣",          # … 成功了: a status line
    "棉被下单成功了，需要棉衣",
])
def test_solved_and_settled_family(lex, text):
    assert_not_asked(lex, text)


@pytest.mark.parametrize("text", [
    "棉被的事实在没有办法",
    "希望找到办法解决棉被",              # a wish before the settling word
    "请尽快整上棉被",
    "棉被搞不到",
    "以前搞过养殖，缺棉被",              # 搞 is no give verb: 搞过养殖 is no receipt
    "棉被被人拿走了",                    # no aspect 走了
    "棉被被水冲走了",
    "希望棉被对接成功",                  # a bare 成功 is a wish
])
def test_solved_and_settled_family_keeps_requests(lex, text):
    assert_asked(lex, text)


# --- given: a verb × an aspect, 已 / a past time + a verb, received (GIVE_VERBS …) -------------------

@pytest.mark.parametrize("text", [
    "棉被已租好，需要棉衣",              # spoken verbs of getting (借 is none since round 12)
    "棉被已有爱心人士认捐，需要棉衣",    # giving
    "棉被爱心人士捐助过，需要棉衣",
    "棉被街道慰问过，需要棉衣",
    "棉被已下发，需要棉衣",
    "棉被已兑付，需要棉衣",
    "棉被已下单，需要棉衣",              # an online shop's order words
    "棉被下单了，需要棉衣",
    "棉被已签收，需要棉衣",
    "棉被收货了，需要棉衣",
    "棉被网购了，需要棉衣",
    "棉被拼单了，需要棉衣",
    "棉被订好了，需要棉衣",
    "棉被已采购，需要棉衣",
    "棉被上周领着了，需要棉衣",          # aspects: 东北 / 吴 着了, 西南 倒了, 妥 · 足了 · 全了 · 完毕 · 回家了
    "棉被买倒了，需要棉衣",
    "棉被已配妥，需要棉衣",
    "棉被备足了，需要棉衣",
    "棉被配全了，需要棉衣",
    "棉被发放完毕，需要棉衣",
    "棉被领回家了，需要棉衣",
    "棉被业已发放，需要棉衣",            # ALREADY: 悉数; 业已 · 均已 hold 已
    "棉被均已配发，需要棉衣",
    "棉被悉数到位，需要棉衣",
    "棉被老早领了，需要棉衣",            # 老早 needs no cue of its own: 领了 closes the clause
    "棉被大前年领过，需要棉衣",          # PAST_TIMES: 去冬 · 上年度 · 前些年 · 先前 … (大前年 holds 前年)
    "棉被去冬发放，需要棉衣",
    "棉被上年度发放，需要棉衣",
    "棉被前些年领，需要棉衣",
    "棉被先前配发，需要棉衣",
    "棉被已申请到，需要棉衣",            # RECEIVED: 申请到 · 分到 · 争取到 · 借到
    "棉被分到了，需要棉衣",
    "棉被争取到了，需要棉衣",
    "棉被志愿者已接单，需要棉衣",        # a volunteer's and a warehouse's verbs
    "棉被已调拨，需要棉衣",
    "棉被已核发，需要棉衣",
])
def test_given_family(lex, text):
    assert_not_asked(lex, text)


@pytest.mark.parametrize("text", [
    # The brief's requests: not received, not enough, worn out, to be replaced, used up.
    "还没领到棉被",
    "想换个新的棉被",
    "棉被用坏了",
    "棉被已经坏了需要更换",
    "去年领的棉被已经用完",              # a past receipt used up (用完 · 用光 · 吃光 …) is asked for again
    "去年发的棉被早就用光了",
    "棉被该换了",                        # due for it: 该 / 得 + a verb + 了
    "棉被得换了",
    "希望领到棉被",                      # a wish before a receipt
    "盼望能借到棉被",
    "渴望分到棉被",
    "棉被一直借不到",
    "棉被找邻居借了",                    # round 12: borrowed for now is no receipt (test_round12_kinds.py)
    "还没领着棉被",
    "棉被被老鼠咬坏了",
    "棉被上周说要送，至今没送到",
    "想在网上下单买棉被",
    "网上买的棉被退货了",
    "棉被商家还没发货",
    "确保棉被发放到位",                  # no aspect 到位: an office's requirement
])
def test_given_family_keeps_requests(lex, text):
    assert_asked(lex, text)


# --- an office's ledger (FORMAL_CUES, FORMAL_STATUS, FORMAL_DONE) -----------------------------------

@pytest.mark.parametrize("text", [
    "棉被已到户，需要棉衣",
    "棉被已到人，需要棉衣",
    "棉被已入户，需要棉衣",
    "棉被已闭环，需要棉衣",
    "棉被已清零，需要棉衣",
    "棉被需求已取消，需要棉衣",
    "棉被已撤回，需要棉衣",
    "棉被已兜底，需要棉衣",
    "棉被另案处理，需要棉衣",
    "棉被另行调配，需要棉衣",
    "棉被已于上月兑付到人，需要棉衣",    # 已 + a means … a closing word
    "棉被已妥投，需要棉衣",              # delivered or paid for
    "棉被已出库，需要棉衣",
    "棉被已付款，需要棉衣",
    "棉被已全部发放到户，需要棉衣",      # 已 + how (全部 · 足额 · 统一 · 陆续 …) + a verb or status word
    "棉被已足额兑现，需要棉衣",
    "棉被已经统一配发，需要棉衣",
    "棉被落实完毕，需要棉衣",            # … 完毕
    "棉被安装完毕，需要棉衣",
])
def test_ledger_family(lex, text):
    assert_not_asked(lex, text)


@pytest.mark.parametrize("text", [
    "棉被已申请，尚未发放",
    "棉被已上报",
    "棉被已登记待发放",                  # registered or approved is not received
    "棉被已审批，等待发放",
    "棉被尚未发放到户",
    "棉被没发放到户",
    "家庭困难无力自行解决棉被",          # no 自行解决 cue
    "已建成的安置房缺棉被",              # no 已建成: mostly a relative clause
    "去年取暖的棉被坏了",                # 取 is no give verb (取暖)
    "棉被未付款",
    "棉被尚未落实完毕",
    "棉被已全部损坏",
])
def test_ledger_family_keeps_requests(lex, text):
    assert_asked(lex, text)


# --- regional words (DIALECT_WORDS) -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "棉被唔使，需要棉衣",                # 粤: 唔 = 不, 唔使 = 不用, 咗 = 了, 屋企 = 家里, 仲有 = 还有
    "棉被唔缺，需要棉衣",
    "棉被唔需要，需要棉衣",              # 唔需要 / 冇需要 are no turn 需要
    "棉被冇需要，需要棉衣",
    "棉被屋企仲有，需要棉衣",
    "棉被搞掂了，需要棉衣",
    "棉被买咗，需要棉衣",
    "棉被冇得问题，需要棉衣",            # 湘 / 赣 / 客家 冇得 = 没有
    "棉被毋使，需要棉衣",                # 客家 毋 = 不
    "棉被呒没问题，需要棉衣",            # 吴: 呒没 = 没有, 覅 = 不要, 勿缺 = 不缺, 哉 = 了
    "棉被覅了，需要棉衣",
    "棉被勿缺，需要棉衣",
    "棉被弄好哉，需要棉衣",
    "棉被莫要了，需要棉衣",              # 西南 / 湘 莫要 = 不要
    "棉被莫操心，需要棉衣",
    "棉被莫麻达，需要棉衣",              # 西北: 莫麻达 = 没问题, 哩 = 着呢, 咧 = 了
    "棉被有哩，需要棉衣",
    "棉被多着哩，需要棉衣",
    "棉被有咧，需要棉衣",
    "棉被不缺咧，需要棉衣",
    "棉被够啦，需要棉衣",                # particles of 了: 啦 · 嘞 · 哒
    "棉被不缺嘞，需要棉衣",
    "棉被够哒，需要棉衣",
])
def test_regional_family(lex, text):
    assert_not_asked(lex, text)


@pytest.mark.parametrize("text", [
    "棉被唔够用",                        # 唔够 = 不够: a shortage
    "屋企冇棉被",                        # 家里没有
    "棉被莫得了",                        # 没有了: none left
    "去年买咗的棉被烂咗",                # worn out
    "棉被用完咧",                        # used up
    "大米有了，还缺棉被",                # no chat 米有 = 没有 (大米有了)
])
def test_regional_family_keeps_requests(lex, text):
    assert_asked(lex, text)


def test_a_chat_spelling_inside_a_name_is_not_read(lex):
    e = lex.extract("大米有了，需要棉被")
    assert labels(lex, e.concepts) == ["棉被"]
    assert labels(lex, e.excluded) == ["大米"]


# --- exceptions (_EXCEPT) ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["本次不涉及棉被，需要棉衣", "剔除棉被，需要棉衣"])
def test_exception_family(lex, text):
    assert_not_asked(lex, text)


# --- a record: title and description together ------------------------------------------------------

def test_a_records_description_in_a_ledgers_words_keeps_the_title_asked(lex):
    e = lex.requested("急需棉衣", "棉被已到户，米面油已兑付，暖水瓶屋企仲有")
    assert labels(lex, e.concepts) == ["棉衣"]
    assert "棉被" in labels(lex, e.excluded)


def test_other_items_read_the_same_way(lex):
    assert_not_asked(lex, "轮椅已签收，需要书包", item="轮椅", other="书包")
    assert_asked(lex, "轮椅该修了", item="轮椅")
