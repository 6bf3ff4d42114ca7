"""Account pages: parse the form, call `services.accounts` / `services.organisations`, render."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user

from ..errors import DomainError, Forbidden, Invalid, Throttled
from ..forms import cursor_args, page_arg, show_error
from ..models import API_SCOPES
from ..services import accounts, api_tokens, audit, donor, organisations, regions
from ..services.accounts import AUDIT_ACTION_LABELS, StaffRequest
from . import bp
from .forms import (
    ActiveForm,
    DecisionForm,
    DonorPageForm,
    EmptyForm,
    InviteForm,
    MobileForm,
    PasswordChangeForm,
    StaffForm,
    TokenForm,
)


def _me():
    return current_user._get_current_object()


@bp.app_template_global()
def url_if_exists(endpoint: str, **values) -> str | None:
    """Return the URL of ``endpoint`` when another part of the portal has built it, else None."""
    if endpoint not in current_app.view_functions:
        return None
    return url_for(endpoint, **values)


@bp.before_request
@login_required
def _signed_in_only():
    """Every account page needs a signed-in user."""


@bp.get("/")
def profile():
    """Show who the user is and what they can do next."""
    user = _me()
    donor_page_form = DonorPageForm(donor_page=user.donor_page) if user.role == "donor" else None
    return render_template(
        "account/profile.html",
        user=user,
        summary=accounts.profile_summary(user),
        can_manage_staff=accounts.can_manage_staff(user),
        donor_page_form=donor_page_form,
    )


def _refused(form, template: str, change):
    """Call ``change()``; on a refusal return the form re-rendered with it (429 when throttled), else None."""
    try:
        change()
    except Throttled as error:
        show_error(form, error)
        return render_template(template, form=form), 429
    except DomainError as error:
        show_error(form, error)
        return render_template(template, form=form)
    return None


@bp.route("/mobile", methods=["GET", "POST"])
def mobile():
    """Set, change or remove the mobile number the account signs in with (current password required)."""
    form = MobileForm()
    if request.method == "GET":
        form.mobile.data = _me().mobile or ""
    if form.validate_on_submit():
        refused = _refused(form, "account/mobile.html",
                           lambda: accounts.set_mobile(_me(), form.mobile.data, form.current_password.data))
        if refused is not None:
            return refused
        flash("登录手机号已保存。" if form.mobile.data else "已取消手机号登录。", "success")
        return redirect(url_for("account.profile"))
    return render_template("account/mobile.html", form=form)


@bp.post("/donor-page")
def donor_page():
    """Turn the donor's public page on (name or masked name) or off; it is off until turned on."""
    form = DonorPageForm()
    if not form.validate_on_submit():
        flash("页面已过期，请刷新后重试。", "error")
    else:
        try:
            donor.set_donor_page(_me(), form.donor_page.data)
        except Invalid as error:  # Forbidden (not an individual donor) is answered with 403
            flash(error.message, "error")
        else:
            flash("公开主页设置已保存。" if form.donor_page.data == "off" else "公开主页已开启。", "success")
    return redirect(url_for("account.profile"))


@bp.route("/password", methods=["GET", "POST"])
def password():
    """Change one's own password."""
    form = PasswordChangeForm()
    form.known_username = current_user.username
    if form.validate_on_submit():
        def change():
            accounts.change_password(_me(), form.current_password.data, form.new_password.data)

        refused = _refused(form, "account/password.html", change)
        if refused is not None:
            return refused
        # Other browsers are signed out by the new session version; this one stays signed in.
        login_user(_me())
        flash("密码已修改，其他设备上的登录已失效。", "success")
        return redirect(url_for("account.profile"))
    return render_template("account/password.html", form=form)


@bp.get("/staff")
def staff():
    """List the staff accounts inside the office's region."""
    users = accounts.list_staff(_me())
    return render_template("account/staff.html", users=users, form=ActiveForm())


@bp.route("/staff/new", methods=["GET", "POST"])
def staff_new():
    """Create an office, village officer or helper account inside the office's region."""
    me = _me()
    if not accounts.can_manage_staff(me):
        raise Forbidden("只有扶贫办工作人员可以创建工作人员账号")
    form = StaffForm()
    form.role.choices = {"": "请选择", **accounts.creatable_roles(me)}
    form.office_level.choices = {"": "—", **accounts.creatable_office_levels(me)}
    # One chooser for every role: offices and helpers stop at their region, village officers go on to the village.
    region = regions.picker_from("region_code", request.form, deepest="village",
                                 roots=accounts.staff_region_roots(me))
    region_errors: list[str] = []
    if request.form.get("region_pick"):
        pass  # a step of the chooser without JavaScript: show the form again, as typed
    elif form.validate_on_submit():
        try:
            user = accounts.create_staff(
                me,
                StaffRequest(
                    username=form.username.data,
                    display_name=form.display_name.data,
                    password=form.password.data,
                    role=form.role.data,
                    office_level=form.office_level.data or None,
                    region_code=region.submitted or None,
                    village_code=region.submitted if form.role.data == "village_officer" else None,
                    phone=form.phone.data or "",
                    email=form.email.data or None,
                ),
            )
        except DomainError as error:
            if error.field in ("region_code", "village_code"):
                region_errors.append(error.message)
            else:
                show_error(form, error)
        else:
            flash(f"已创建账号 {user.username}（{user.role_label}）。", "success")
            return redirect(url_for("account.staff"))
    return render_template("account/staff_new.html", form=form, region=region, region_errors=region_errors)


@bp.post("/staff/<int:user_id>/active")
def staff_active(user_id: int):
    """Disable or re-enable a staff account of a lower level."""
    me = _me()
    accounts.get_staff(me, user_id)  # refuses other roles and other regions before looking at the form
    form = ActiveForm()
    if not form.validate_on_submit():
        flash("请求无效。", "error")
        return redirect(url_for("account.staff"))
    user = accounts.set_staff_active(me, user_id, form.active.data == "1")
    flash(f"账号 {user.username} 已{'启用' if user.is_active_account else '停用'}。", "success")
    return redirect(url_for("account.staff"))


@bp.get("/organisations")
def organisations_queue():
    """List the organisations of the office's region by verification state."""
    status = request.args.get("status", "unverified")
    if status not in ("unverified", "verified", "rejected"):
        status = "unverified"
    items = organisations.verification_queue(_me(), status)
    return render_template("account/organisations.html", items=items, status=status)


@bp.get("/organisations/<int:organisation_id>")
def organisation_detail(organisation_id: int):
    """Show an organisation of the office's region with the verification form."""
    organisation = organisations.get_for_office(_me(), organisation_id)
    return render_template(
        "account/organisation_detail.html",
        organisation=organisation,
        members=organisations.members_of(organisation),
        form=DecisionForm(),
    )


@bp.post("/organisations/<int:organisation_id>/decision")
def organisation_decision(organisation_id: int):
    """Verify or reject an organisation of the office's region."""
    me = _me()
    organisation = organisations.get_for_office(me, organisation_id)
    form = DecisionForm()
    if form.validate_on_submit():
        try:
            organisations.decide(me, organisation.id, form.decision.data, form.reason.data or "")
        except DomainError as error:
            show_error(form, error)
        else:
            flash("认证结论已保存。", "success")
            return redirect(url_for("account.organisation_detail", organisation_id=organisation.id))
    return render_template(
        "account/organisation_detail.html",
        organisation=organisation,
        members=organisations.members_of(organisation),
        form=form,
    ), 400


@bp.get("/organisation")
def my_organisation():
    """Show the member's organisation, its members and its invitations."""
    me = _me()
    invites = organisations.list_invites(me)
    return render_template(
        "account/my_organisation.html",
        organisation=me.organisation,
        members=organisations.members_of(me.organisation),
        invites=invites,
        form=InviteForm(),
        revoke_form=EmptyForm(),
    )


@bp.post("/organisation/invites")
def invite_create():
    """Create an invitation code into the member's organisation."""
    me = _me()
    organisations.list_invites(me)  # refuses anyone who is not a member before looking at the form
    form = InviteForm()
    if form.validate_on_submit():
        try:
            _invite, code = organisations.create_invite(me, form.note.data or "")
        except Invalid as error:
            flash(error.message, "error")
        else:
            link = url_for("auth.join", code=code, _external=True)
            flash(f"邀请码：{code}（7天内有效，只显示这一次）。邀请链接：{link}", "success")
    else:
        for errors in form.errors.values():
            for message in errors:
                flash(message, "error")
    return redirect(url_for("account.my_organisation"))


@bp.post("/organisation/invites/<int:invite_id>/revoke")
def invite_revoke(invite_id: int):
    """Revoke an unused invitation of the member's organisation."""
    form = EmptyForm()
    if form.validate_on_submit():
        organisations.revoke_invite(_me(), invite_id)
        flash("邀请已撤销。", "success")
    return redirect(url_for("account.my_organisation"))


@bp.get("/audit")
def audit_log():
    """Show the audit entries of the office's region, newest first; they cannot be changed here."""
    action = request.args.get("action") or None
    # The region chooser down to the village, inside one's own region (the service narrows by scope anyway).
    region = regions.submitted_code("region", request.args)
    page = accounts.audit_trail(_me(), action=action, region=region, page=page_arg(),
                                **cursor_args())
    place = regions.picker("region", region, deepest="village", roots=regions.own_roots(_me()))
    return render_template("account/audit.html", page=page, labels=AUDIT_ACTION_LABELS, action=action or "",
                           place=place, entries=[audit.describe(e) for e in page.items],
                           region_names=regions.names(e.region_code for e in page.items if e.region_code))


def _token_form() -> TokenForm:
    form = TokenForm()
    form.scopes.choices = [(s, API_SCOPES[s]) for s in api_tokens.scopes_for(_me())]
    form.days.choices = list(api_tokens.EXPIRY_DAYS.items())
    if not form.is_submitted():
        form.days.data = 90
    return form


@bp.route("/tokens", methods=["GET", "POST"])
def tokens():
    """List the user's API tokens and create one; a new token's secret is shown on this answer only."""
    me = _me()
    form = _token_form()
    secret = None
    status = 200
    if form.validate_on_submit():
        try:
            _token, secret = api_tokens.create_token(me, form.name.data, form.scopes.data or [], form.days.data)
        except DomainError as error:
            show_error(form, error)
            status = 400
        else:
            form = _token_form()
            form.name.data = ""
    elif form.is_submitted():
        status = 400
    response = render_template("account/tokens.html", form=form, tokens=api_tokens.list_tokens(me), secret=secret,
                               revoke_form=EmptyForm(), scopes=API_SCOPES)
    return response, status, {"Cache-Control": "no-store"}


@bp.post("/tokens/<int:token_id>/revoke")
def token_revoke(token_id: int):
    """Revoke one of the user's API tokens."""
    form = EmptyForm()
    if form.validate_on_submit():
        token = api_tokens.revoke_token(_me(), token_id)
        flash(f"令牌“{token.name}”已撤销。", "success")
    return redirect(url_for("account.tokens"))
