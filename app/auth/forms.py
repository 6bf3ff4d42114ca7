"""Forms of sign-in, registration and joining an organisation; the services re-check every rule."""

from __future__ import annotations

from wtforms import BooleanField, PasswordField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, EqualTo, Length, Optional, Regexp, ValidationError

from ..forms import ZhForm
from ..models.organisation import ORGANISATION_KINDS
from ..services.accounts import PASSWORD_MAX_LENGTH, password_problems

EMAIL_RE = r"^[^@\s<>\"']{1,64}@[A-Za-z0-9.-]{1,185}\.[A-Za-z]{2,}$"
PHONE_RE = r"^[0-9+\-() ]{5,20}$"


def _strip(value):
    return value.strip() if isinstance(value, str) else value


class PasswordPolicy:
    """Check a new password against the policy, naming every rule it breaks."""

    def __init__(self, username_field: str | None = "username"):
        self.username_field = username_field

    def __call__(self, form, field):
        if self.username_field and self.username_field in form:
            username = form[self.username_field].data or ""
        else:  # a signed-in user's form: the view sets the name it must not contain
            username = getattr(form, "known_username", "") or ""
        problems = password_problems(field.data or "", username)
        if problems:
            raise ValidationError("；".join(problems))


class LoginForm(ZhForm):
    """The sign-in form: the username or the account's mobile number, and the password."""

    username = StringField("用户名或手机号码", filters=[_strip],
                           validators=[DataRequired("请输入用户名或手机号码"), Length(max=64)])
    password = PasswordField("密码", validators=[DataRequired("请输入密码"), Length(max=PASSWORD_MAX_LENGTH)])
    remember = BooleanField("下次自动登录（公用电脑请勿勾选）")
    submit = SubmitField("登录")


class AccountFieldsMixin:
    """Fields every new account fills in."""

    username = StringField(
        "用户名",
        filters=[_strip],
        validators=[DataRequired("请输入用户名"), Length(3, 32, "用户名须为3至32位")],
        description="以英文字母开头，可含字母、数字、下划线、点或连字符",
    )
    display_name = StringField(
        "姓名或昵称", filters=[_strip], validators=[DataRequired("请输入姓名或昵称"), Length(max=32, message="不能超过32个字符")]
    )
    email = StringField(
        "电子邮箱（可选）",
        filters=[_strip],
        validators=[Optional(), Length(max=254), Regexp(EMAIL_RE, message="电子邮箱格式不正确")],
    )
    password = PasswordField(
        "密码",
        validators=[DataRequired("请输入密码"), PasswordPolicy()],
        description="至少10位，须同时包含字母和数字，不能包含用户名",
    )
    confirm = PasswordField("确认密码", validators=[DataRequired("请再次输入密码"), EqualTo("password", "两次输入的密码不一致")])


class RegisterForm(AccountFieldsMixin, ZhForm):
    """An individual donor's registration: a username, a mobile number, or both (the service checks both)."""

    username = StringField(
        "用户名（填写手机号码时可不填）",
        filters=[_strip],
        validators=[Optional(), Length(3, 32, "用户名须为3至32位")],
        description="以英文字母开头，可含字母、数字、下划线、点或连字符",
    )
    mobile = StringField(
        "手机号码（可用于登录）", filters=[_strip], validators=[Optional(), Length(max=20)],
        description="11位中国大陆手机号，如 13912345678",
    )
    submit = SubmitField("注册")


class OrganisationRegisterForm(AccountFieldsMixin, ZhForm):
    """An organisation's registration, with the account of its first member."""

    kind = SelectField("帮扶主体类型", choices={"": "请选择", **ORGANISATION_KINDS},
                       validators=[DataRequired("请选择帮扶主体类型")])
    name = StringField("机构名称", filters=[_strip],
                       validators=[DataRequired("请输入机构名称"), Length(2, 100, "机构名称须为2至100个字符")])
    credit_code = StringField(
        "统一社会信用代码",
        filters=[_strip],
        validators=[DataRequired("请输入统一社会信用代码"), Length(max=18, message="统一社会信用代码应为18位")],
        description="18位，最后一位为校验位",
    )
    # The organisation's region is chosen with the region chooser (services.regions): "region-*" selects.
    contact_person = StringField("联系人", filters=[_strip],
                                 validators=[DataRequired("请输入联系人"), Length(max=32, message="不能超过32个字符")])
    contact_phone = StringField("联系电话", filters=[_strip],
                                validators=[DataRequired("请输入联系电话"), Regexp(PHONE_RE, message="电话号码格式不正确")])
    description = TextAreaField("机构简介（可选）", filters=[_strip],
                                validators=[Optional(), Length(max=2000, message="不能超过2000字")])
    submit = SubmitField("注册机构")


class JoinForm(AccountFieldsMixin, ZhForm):
    """Join an organisation with an invitation code."""

    code = StringField("邀请码", filters=[_strip],
                       validators=[DataRequired("请输入邀请码"), Length(max=64, message="邀请码无效")])
    submit = SubmitField("加入机构")
