"""Sign-in, sign-out, registration of donors and organisations, and joining an organisation."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from .. import security
from ..errors import DomainError
from ..forms import show_error
from ..services import accounts, organisations, regions
from . import bp
from .forms import JoinForm, LoginForm, OrganisationRegisterForm, RegisterForm


def _sign_in(user, remember: bool = False) -> None:
    # A fresh session on sign-in: nothing set before it (by anyone) survives into the signed-in one.
    session.clear()
    login_user(user, remember=remember)


# Where each role's day starts (docs/accounts-and-security.md, "Landing pages").
LANDING_ENDPOINTS = {
    "donor": "donor.home",              # 我的帮扶
    "org_member": "donor.home",         # 我的帮扶, for the organisation's member
    "village_officer": "needs.mine",    # 我的需求
    "helper": "needs.mine",
    "office": "needs.review_queue",     # 待审核需求
    "admin": "account.profile",         # 管理控制台
}


def landing_url(user) -> str:
    """Return the URL of ``user``'s workspace, where sign-in leads unless a safe ``next`` was asked for."""
    return url_for(LANDING_ENDPOINTS.get(user.role, "account.profile"))


def _wait_message(seconds: int) -> str:
    minutes = max(1, -(-seconds // 60))
    return f"登录尝试过于频繁，为保护账号安全已暂时锁定，请 {minutes} 分钟后再试。"


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Sign a user in; failures are throttled per account and per address."""
    if current_user.is_authenticated:
        return redirect(landing_url(current_user))
    form = LoginForm()
    # Validated before anything changes; a hostile target falls back to the user's workspace.
    target = security.safe_redirect_target(request.args.get("next"), "")
    if form.validate_on_submit():
        throttle = security.throttle()
        checks = security.login_checks(accounts.sign_in_name(form.username.data))
        wait = throttle.retry_after(checks)
        if wait is not None:
            form.password.errors = [_wait_message(wait)]
            return render_template("auth/login.html", form=form, throttled=True), 429
        user = accounts.authenticate(form.username.data, form.password.data)
        if user is not None:
            throttle.clear(*checks[0])
            _sign_in(user, remember=bool(form.remember.data))
            flash("登录成功。", "success")
            return redirect(target or landing_url(user))
        throttle.hit(checks)
        form.password.errors = ["用户名或密码错误"]
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    """Sign the user out everywhere: the session version rises, so copied cookies stop working too."""
    accounts.record_logout(current_user._get_current_object())
    logout_user()
    session.clear()
    flash("您已退出登录。", "info")
    return redirect(url_for("public.home"))


def _validate_all(form, problems: dict[str, str], extra: dict[str, list[str]] | None = None) -> bool:
    """Validate ``form`` and add the service's problems, so every mistake shows at once; return whether none.

    A field the form already refused keeps its own message (one message per field).
    """
    if not form.is_submitted():
        return False
    valid = form.validate()
    for name, message in problems.items():
        if name in form and not form[name].errors:
            form[name].errors = [message]
            valid = False
    for name, messages in (extra or {}).items():
        if messages:
            valid = False
    return valid


@bp.route("/register", methods=["GET", "POST"])
def register():
    """Register an individual donor (爱心人士) with a username, a mobile number or both; show every mistake at once."""
    if current_user.is_authenticated:
        return redirect(url_for("account.profile"))
    form = RegisterForm()
    problems = accounts.registration_problems(
        form.username.data, form.display_name.data, form.password.data, form.email.data, form.mobile.data,
        username_optional=True,
    ) if form.is_submitted() else {}
    if _validate_all(form, problems):
        security.spend_registration_attempt()
        try:
            user = accounts.register_donor(
                form.username.data or "", form.display_name.data, form.password.data, form.email.data,
                mobile=form.mobile.data or None,
            )
        except DomainError as error:
            show_error(form, error)
        else:
            _sign_in(user)
            flash("注册成功，欢迎加入社会扶贫对接平台。", "success")
            return redirect(url_for("account.profile"))
    return render_template("auth/register.html", form=form)


@bp.route("/register/organisation", methods=["GET", "POST"])
def register_organisation():
    """Register an organisation (帮扶主体) and its first member; it waits for an office to verify it."""
    if current_user.is_authenticated:
        return redirect(url_for("account.profile"))
    form = OrganisationRegisterForm()
    region = regions.picker_from("region", request.form, deepest="township")
    region_errors = ["请选择机构所在地区（至少选到省份）"] if form.is_submitted() and not region.submitted else []
    problems = accounts.registration_problems(
        form.username.data, form.display_name.data, form.password.data, form.email.data
    ) if form.is_submitted() else {}
    if request.form.get("region_pick"):  # a step of the chooser without JavaScript: show the form again
        pass
    elif _validate_all(form, problems, {"region": region_errors}):
        security.spend_registration_attempt()
        try:
            user = organisations.register_organisation(
                kind=form.kind.data,
                name=form.name.data,
                credit_code=form.credit_code.data,
                region_code=region.submitted or "",
                contact_person=form.contact_person.data,
                contact_phone=form.contact_phone.data,
                description=form.description.data or "",
                username=form.username.data,
                display_name=form.display_name.data,
                password=form.password.data,
                email=form.email.data,
            )
        except DomainError as error:
            if error.field == "region_code":
                region_errors.append(error.message)
            else:
                show_error(form, error)
        else:
            _sign_in(user)
            flash("机构注册成功。扶贫办认证通过前，机构暂不能发布帮扶资源或协作项目。", "success")
            return redirect(url_for("account.profile"))
    return render_template(
        "auth/register_organisation.html", form=form, region=region, region_errors=region_errors
    )


@bp.route("/join", methods=["GET", "POST"])
def join():
    """Create a member account of an organisation with an invitation code."""
    if current_user.is_authenticated:
        return redirect(url_for("account.profile"))
    form = JoinForm()
    if request.method == "GET" and request.args.get("code"):
        form.code.data = request.args.get("code", "")[:64]
    problems = accounts.registration_problems(
        form.username.data, form.display_name.data, form.password.data, form.email.data
    ) if form.is_submitted() else {}
    if _validate_all(form, problems):
        security.spend_registration_attempt()
        try:
            user = organisations.accept_invite(
                form.code.data, form.username.data, form.display_name.data, form.password.data,
                form.email.data,
            )
        except DomainError as error:
            show_error(form, error)
        else:
            _sign_in(user)
            flash(f"您已加入“{user.organisation.name}”。", "success")
            return redirect(url_for("account.profile"))
    return render_template("auth/join.html", form=form)
