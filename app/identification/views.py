"""Identification views: parse the form, call `services.identification`, render or redirect.

Staff pages live under /identification/; the public 公示 pages (no login) under /notices/.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .. import clock
from ..errors import Conflict, Invalid
from ..forms import cursor_args, page_arg
from ..models import (
    CASE_KINDS, CASE_STATUSES, HOUSEHOLD_ATTRIBUTES, POVERTY_CAUSES, SPOT_CHECK_OUTCOMES, STEP_NAMES,
    STEP_OUTCOMES,
)
from ..needs.forms import EmptyForm
from ..services import identification as ident
from ..services import registry
from . import bp


def _user():
    return current_user._get_current_object()


def _checked_post() -> None:
    """Refuse a POST whose CSRF token is missing or wrong (the button-only form carries it)."""
    form = EmptyForm()
    if not form.validate_on_submit():
        abort(400)


def _int(name: str, label: str, required: bool = True) -> int | None:
    text = (request.form.get(name) or "").strip()
    if not text:
        if required:
            raise Invalid(f"请填写{label}", field=name)
        return None
    if not text.isdigit() or len(text) > 9:
        raise Invalid(f"{label}必须是整数", field=name)
    return int(text)


def _decimal(name: str, label: str) -> Decimal | None:
    text = (request.form.get(name) or "").strip()
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise Invalid(f"{label}必须是数字", field=name) from None
    if not value.is_finite() or value < 0 or value > 10 ** 7:
        raise Invalid(f"{label}应为非负数", field=name)
    return value


def _date(name: str, label: str) -> date | None:
    text = (request.form.get(name) or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Invalid(f"{label}应为日期，如 2026-03-01", field=name) from None


def _application() -> registry.HouseholdInput:
    return registry.HouseholdInput(
        village_id=_int("village_id", "所在村") or 0,
        head_name=request.form.get("head_name", ""), id_number=request.form.get("id_number", ""),
        phone=request.form.get("phone", ""), address=request.form.get("address", ""),
        members_count=_int("members_count", "家庭人口") or 0,
        attribute=request.form.get("attribute", "general"), main_cause=request.form.get("main_cause", ""),
        other_causes=[c for c in request.form.getlist("other_causes") if c],
        income_per_capita=_decimal("income_per_capita", "人均纯收入"),
        registered_year=_int("year", "识别年度") or 0,
        planned_exit_year=_int("planned_exit_year", "计划脱贫年份", required=False))


def _back(endpoint: str, **values):
    return redirect(url_for(endpoint, **values))


# ---------------------------------------------------------------- staff pages


@bp.get("/identification/")
@login_required
def index():
    """The cases in scope (filtered by status, kind, year; paginated) and what waits for the user."""
    user = _user()
    year = request.args.get("year", type=int)
    status = request.args.get("status", "") if request.args.get("status", "") in CASE_STATUSES else ""
    kind = request.args.get("kind", "") if request.args.get("kind", "") in CASE_KINDS else ""
    page = ident.list_cases(user, status=status, kind=kind, year=year, page=page_arg(),
                            **cursor_args())
    this_year = clock.china_today().year
    return render_template("identification/index.html", page=page, status=status, kind=kind, year=year,
                           summary=ident.summary(user, year or this_year), this_year=year or this_year,
                           my_checks=ident.my_checks(user), form=EmptyForm(),
                           is_office=ident.can_review_as_township(user),
                           is_county=ident.can_approve_as_county(user), CASE_KINDS=CASE_KINDS,
                           CASE_STATUSES=CASE_STATUSES)


@bp.route("/identification/apply", methods=["GET", "POST"])
@login_required
def apply():
    """A household's application (新识别), entered by the village officer (or an office)."""
    villages = registry.villages_in_scope(_user())
    error = None
    if request.method == "POST":
        _checked_post()
        try:
            case = ident.apply_entry(_user(), _application(), by_household=request.form.get("by_household") == "1",
                                     note=request.form.get("note", ""))
        except Invalid as invalid:
            error = invalid
        else:
            flash("已登记申请，待村民代表评议。", "success")
            return _back("identification.case", case_id=case.id)
    return render_template("identification/apply.html", villages=villages, error=error, form=EmptyForm(),
                           values=request.form, this_year=clock.china_today().year,
                           POVERTY_CAUSES=POVERTY_CAUSES, HOUSEHOLD_ATTRIBUTES=HOUSEHOLD_ATTRIBUTES), \
        400 if error else 200


@bp.get("/identification/cases/<int:case_id>")
@login_required
def case(case_id: int):
    """One case: the applicant (in clear for staff in scope, audited), its steps, and the next step's form."""
    user = _user()
    item = ident.get_case(user, case_id)
    name = ident.real_name(user, item)
    return render_template("identification/case.html", case=item, name=name, details=ident.case_details(item),
                           form=EmptyForm(), is_office=ident.can_review_as_township(user),
                           is_county=ident.can_approve_as_county(user), CASE_KINDS=CASE_KINDS,
                           CASE_STATUSES=CASE_STATUSES, STEP_NAMES=STEP_NAMES, STEP_OUTCOMES=STEP_OUTCOMES,
                           SPOT_CHECK_OUTCOMES=SPOT_CHECK_OUTCOMES, POVERTY_CAUSES=POVERTY_CAUSES)


def _case_action(case_id: int, action, done: str):
    _checked_post()
    item = ident.get_case(_user(), case_id)
    try:
        action(item)
    except (Invalid, Conflict) as refusal:
        flash(refusal.message, "error")
    else:
        flash(done, "success")
    return _back("identification.case", case_id=case_id)


@bp.post("/identification/cases/<int:case_id>/township-review")
@login_required
def township_review(case_id: int):
    """The township's review of an appraised case: passed, or sent back with a reason."""
    passed = request.form.get("decision") == "pass"
    return _case_action(case_id, lambda c: ident.township_review(_user(), c, passed, request.form.get("note", "")),
                        "已审核。")


@bp.post("/identification/cases/<int:case_id>/approve")
@login_required
def approve(case_id: int):
    """The county's approval: the household enters the registry (or exits, or returns)."""
    return _case_action(case_id, lambda c: ident.approve(_user(), c, request.form.get("note", "")), "已审批。")


@bp.post("/identification/cases/<int:case_id>/send-back")
@login_required
def send_back(case_id: int):
    """The county sends a case back to the village with a reason."""
    return _case_action(case_id, lambda c: ident.send_back(_user(), c, request.form.get("note", "")), "已退回。")


@bp.post("/identification/cases/<int:case_id>/resubmit")
@login_required
def resubmit(case_id: int):
    """The village sends a case that came back through the steps again."""
    return _case_action(case_id, lambda c: ident.resubmit(_user(), c, note=request.form.get("note", "")),
                        "已重新提交，待村民代表评议。")


@bp.post("/identification/approve-all")
@login_required
def approve_all():
    """Approve every case awaiting the county that has no pending or failed spot check."""
    _checked_post()
    approved, held = ident.approve_all(_user())
    flash(f"已审批 {approved} 户；{held} 户因抽检核查未完成或未通过暂不审批。", "success")
    return _back("identification.index", status="county_review")


@bp.route("/identification/appraisal", methods=["GET", "POST"])
@login_required
def appraisal():
    """Record a 村民代表评议 of a village and its decision on each application waiting for it."""
    user = _user()
    villages = registry.villages_in_scope(user)
    village_id = request.values.get("village_id", type=int) or (villages[0].id if len(villages) == 1 else None)
    error = None
    if request.method == "POST":
        _checked_post()
        decisions = {}
        for key, value in request.form.items():
            if key.startswith("case_") and key[5:].isdigit() and value in ("pass", "fail"):
                decisions[int(key[5:])] = value == "pass"
        try:
            ident.record_appraisal(user, village_id or 0, request.form.get("held_on"),
                                   _int("attendees", "参会人数"), request.form.get("result", ""), decisions,
                                   request.form.get("note", ""))
        except Invalid as invalid:
            error = invalid
        else:
            flash("已记录村民代表评议。", "success")
            return _back("identification.index")
    waiting = ident.list_cases(user, status="applied", village_id=village_id, per_page=200).items if village_id else []
    return render_template("identification/appraisal.html", villages=villages, village_id=village_id,
                           waiting=waiting, error=error, form=EmptyForm(), values=request.form,
                           today=clock.china_today(), CASE_KINDS=CASE_KINDS), 400 if error else 200


@bp.route("/identification/notices", methods=["GET", "POST"])
@login_required
def notices():
    """The offices' 公示: publish one for a village's township-reviewed households; the notices so far."""
    user = _user()
    error = None
    if request.method == "POST":
        _checked_post()
        try:
            notice = ident.publish_notice(user, _int("village_id", "村") or 0, _date("starts_on", "公示开始日期"),
                                          _int("days", "公示天数", required=False))
        except Invalid as invalid:
            error = invalid
        else:
            flash(f"已发布公示，公示期至 {notice.ends_on:%Y-%m-%d}。", "success")
            return _back("identification.notices")
    ready = ident.list_cases(user, status="township_reviewed", per_page=200).items
    villages = {c.village_id: c.village for c in ready}
    return render_template("identification/notices.html", notices=ident.list_notices(user), villages=villages,
                           error=error, form=EmptyForm(), today=clock.china_today(),
                           default_days=ident.default_notice_days()), 400 if error else 200


@bp.post("/identification/notices/<int:notice_id>/close")
@login_required
def close_notice(notice_id: int):
    """End a 公示 whose period is over: its households go to the county."""
    _checked_post()
    notice = ident.get_notice(_user(), notice_id)
    try:
        moved = ident.close_notice(_user(), notice)
    except Conflict as refusal:
        flash(refusal.message, "error")
    else:
        flash(f"公示已结束，{len(moved)} 户报县级审批。", "success")
    return _back("identification.notices")


@bp.get("/identification/objections")
@login_required
def objections():
    """The objections filed under townships in the office's scope."""
    status = request.args.get("status", "open")
    return render_template("identification/objections.html", objections=ident.list_objections(_user(), status),
                           status=status)


@bp.route("/identification/objections/<int:objection_id>", methods=["GET", "POST"])
@login_required
def objection(objection_id: int):
    """One objection, and the form to decide it after checking."""
    item = ident.get_objection(_user(), objection_id)
    error = None
    if request.method == "POST":
        _checked_post()
        try:
            ident.resolve_objection(_user(), item, request.form.get("decision") == "upheld",
                                    request.form.get("resolution", ""))
        except (Invalid, Conflict) as refusal:
            error = refusal
        else:
            flash("已处理异议。", "success")
            return _back("identification.objections")
    return render_template("identification/objection.html", objection=item, error=error, form=EmptyForm()), \
        400 if error else 200


@bp.route("/identification/spot-checks", methods=["GET", "POST"])
@login_required
def spot_checks():
    """The county's 抽检核查: draw a sample (share, seed, checkers) and follow the checks."""
    user = _user()
    if not ident.can_approve_as_county(user) and not ident.my_checks(user):
        abort(403)
    error = None
    if request.method == "POST":
        _checked_post()
        seed = _int("seed", "随机种子", required=False) if (request.form.get("seed") or "").strip() else None
        try:
            draw = ident.draw_spot_checks(user, [int(i) for i in request.form.getlist("assignees") if i.isdigit()],
                                          request.form.get("share"), seed)
        except Invalid as invalid:
            error = invalid
        else:
            flash(f"已从 {draw.population} 户中抽取 {len(draw.checks)} 户核查（随机种子 {draw.seed}）。", "success")
            return _back("identification.spot_checks")
    draws = ident.list_draws(user) if ident.can_approve_as_county(user) else []
    return render_template("identification/spot_checks.html", draws=draws, my_checks=ident.my_checks(user),
                           checkers=ident.checkers_for(user) if ident.can_approve_as_county(user) else [],
                           default_share=ident.default_share(), error=error, form=EmptyForm(),
                           waiting=ident.count_cases(user, status="county_review"),
                           SPOT_CHECK_OUTCOMES=SPOT_CHECK_OUTCOMES), 400 if error else 200


@bp.post("/identification/spot-checks/<int:check_id>")
@login_required
def record_check(check_id: int):
    """Record a spot check's outcome (the assigned checker or the county)."""
    _checked_post()
    check = ident.get_check(_user(), check_id)
    try:
        ident.record_check(_user(), check, request.form.get("outcome") == "passed", request.form.get("note", ""))
    except (Invalid, Conflict) as refusal:
        flash(refusal.message, "error")
    else:
        flash("已记录核查结论。", "success")
    return _back("identification.spot_checks")


@bp.get("/identification/annual")
@login_required
def annual():
    """动态调整: the exits proposed for this year (planned, or income above the line), each with its form."""
    year = request.args.get("year", type=int) or clock.china_today().year
    return render_template("identification/annual.html", page=ident.exit_candidates(_user(), year, page_arg(), **cursor_args()),
                           year=year, line=ident.poverty_line(year), form=EmptyForm())


@bp.post("/identification/households/<int:household_id>/exit")
@login_required
def propose_exit(household_id: int):
    """Propose a household's exit (脱贫) with the checked income and 两不愁三保障 confirmed."""
    _checked_post()
    try:
        case = ident.propose_exit(_user(), household_id, _decimal("income_per_capita", "人均纯收入"),
                                  request.form.get("standard_confirmed") == "1", request.form.get("note", ""))
    except (Invalid, Conflict) as refusal:
        flash(refusal.message, "error")
        return _back("identification.annual")
    flash("已提出脱贫退出申请，待村民代表评议。", "success")
    return _back("identification.case", case_id=case.id)


@bp.post("/identification/households/<int:household_id>/return")
@login_required
def propose_return(household_id: int):
    """Propose an exited household's return to poverty (返贫) with the reason."""
    _checked_post()
    try:
        case = ident.propose_return(_user(), household_id, _decimal("income_per_capita", "人均纯收入"),
                                    request.form.get("note", ""))
    except (Invalid, Conflict) as refusal:
        flash(refusal.message, "error")
        return _back("registry.detail", household_id=household_id)
    flash("已提出返贫申请，待村民代表评议。", "success")
    return _back("identification.case", case_id=case.id)


# ---------------------------------------------------------------- public 公示


@bp.get("/notices")
def public_notices():
    """The 公示 up today, anywhere (masked names only)."""
    return render_template("identification/public_notices.html", notices=ident.current_notices())


@bp.route("/notices/<int:notice_id>", methods=["GET", "POST"])
def public_notice(notice_id: int):
    """A village's 公示: the proposed households masked, and a form to lodge an objection (no account)."""
    error = None
    if request.method == "POST":
        _checked_post()
        try:
            ident.lodge_objection(notice_id, request.form.get("text", ""), request.form.get("contact", ""),
                                  request.form.get("case_id", type=int))
        except (Invalid, Conflict) as refusal:
            error = refusal
        else:
            flash("您的异议已提交乡镇扶贫办核实处理。", "success")
            return _back("identification.public_notice", notice_id=notice_id)
    return render_template("identification/public_notice.html", notice=ident.public_notice(notice_id),
                           error=error, form=EmptyForm(), values=request.form), 400 if error else 200
