"""精准识别 as the 2014 plan describes it: 申请评议、公示公告、抽检核查、信息录入, and 有进有出 every year.

A case (``IdentificationCase``) goes::

    applied ──村民代表评议──▶ appraised ──乡镇审核──▶ township_reviewed ──公示──▶ noticed
       ▲          │ 未通过: rejected          │ 退回                         │ 异议成立: sent_back
       │          ▼                          ▼                             ▼ 公示期满
       └─resubmit── sent_back ◀──抽检未通过 / 县级退回── county_review ──县级审批──▶ completed (建档立卡 / 脱贫 / 返贫)

Who may do what (checked here, never only in a view):

- village officers and offices covering the village: apply (entry), propose an exit or a return, record
  the 村民代表评议, resubmit a case that was sent back;
- offices (any level) covering the case: the township review, publishing and closing the 公示, deciding
  objections;
- offices of county level or above covering the case (and admins): draw the 抽检核查 sample, approve or
  send back; a spot check's outcome is recorded by the staff member it is assigned to or by such an office.

Every step adds an ``IdentificationStep`` (who, when, outcome, note) and an audit entry in the same
transaction. An exit needs per-capita income above the year's line (``poverty_line``) and the officer's
confirmation of 两不愁三保障; completing it closes the household's open needs (``registry.mark_exited``'s
rule). Errors: ``Invalid`` (bad input, Chinese message, nothing changed), ``Conflict`` (wrong status),
``NotFound`` (outside the scope), ``Forbidden`` (wrong role).

The package: ``common`` (line, permissions, reading, the step record), ``cases`` (the steps of a case),
``notices`` (公示 and objections), ``spot_checks`` (抽检核查); their public names are re-exported here.
"""

from .common import (  # noqa: F401
    APPLY_ROLES,
    CASES_MAX_OFFSET_PAGE,
    COUNTY_LEVELS,
    MAX_NOTE,
    POVERTY_LINES,
    can_approve_as_county,
    can_review_as_township,
    case_details,
    count_cases,
    default_notice_days,
    default_share,
    get_case,
    list_cases,
    poverty_line,
    real_name,
)
from .cases import (  # noqa: F401
    ExitCandidate,
    apply_entry,
    approve,
    approve_all,
    exit_candidates,
    exit_problems,
    propose_exit,
    propose_return,
    record_appraisal,
    resubmit,
    send_back,
    summary,
    township_review,
)
from .notices import (  # noqa: F401
    NoticeEntry,
    PublicNoticeView,
    close_notice,
    current_notices,
    get_notice,
    get_objection,
    list_notices,
    list_objections,
    lodge_objection,
    public_notice,
    publish_notice,
    resolve_objection,
    township_offices,
)
from .spot_checks import (  # noqa: F401
    checkers_for,
    draw_spot_checks,
    get_check,
    list_draws,
    my_checks,
    record_check,
    sample_case_ids,
)
