"""Forms of the account pages; the services re-check every rule."""

from __future__ import annotations

from wtforms import (
    HiddenField,
    PasswordField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, EqualTo, Length, Optional, Regexp

from ..auth.forms import EMAIL_RE, PHONE_RE, PasswordPolicy, _strip
from ..forms import ZhForm
from ..models.user import DONOR_PAGE_CHOICES, OFFICE_LEVELS


class PasswordChangeForm(ZhForm):
    """Change one's own password."""

    current_password = PasswordField("当前密码", validators=[DataRequired("请输入当前密码"), Length(max=128)])
    new_password = PasswordField(
        "新密码",
        validators=[DataRequired("请输入新密码"), PasswordPolicy(username_field=None)],
        description="至少10位，须同时包含字母和数字，不能包含用户名",
    )
    confirm = PasswordField("确认新密码", validators=[DataRequired("请再次输入新密码"),
                                                  EqualTo("new_password", "两次输入的密码不一致")])
    submit = SubmitField("修改密码")


class StaffForm(ZhForm):
    """Create a staff account inside one's own region, below one's own level."""

    role = SelectField("账号类型", choices={}, validators=[DataRequired("请选择账号类型")])
    office_level = SelectField("扶贫办层级（仅扶贫办账号）", choices={"": "—", **OFFICE_LEVELS},
                               validators=[Optional()])
    # The region (offices, helpers) or the village (village officers) is chosen with the region chooser
    # (services.regions) inside one's own: "region_code-*" selects down to the village.
    username = StringField("用户名", filters=[_strip],
                           validators=[DataRequired("请输入用户名"), Length(3, 32, "用户名须为3至32位")])
    display_name = StringField("姓名", filters=[_strip],
                               validators=[DataRequired("请输入姓名"), Length(max=32, message="不能超过32个字符")])
    phone = StringField("联系电话（可选）", filters=[_strip],
                        validators=[Optional(), Regexp(PHONE_RE, message="电话号码格式不正确")])
    email = StringField("电子邮箱（可选）", filters=[_strip],
                        validators=[Optional(), Length(max=254), Regexp(EMAIL_RE, message="电子邮箱格式不正确")])
    password = PasswordField("初始密码", validators=[DataRequired("请输入初始密码"), PasswordPolicy()],
                             description="至少10位，须同时包含字母和数字；请当面或通过安全渠道告知本人")
    submit = SubmitField("创建账号")


class ActiveForm(ZhForm):
    """Disable or re-enable a staff account."""

    active = HiddenField(validators=[DataRequired(), Regexp(r"^[01]$")])


class DecisionForm(ZhForm):
    """Verify or reject an organisation."""

    decision = SelectField("认证结论", choices={"verify": "通过认证", "reject": "不予认证"},
                           validators=[DataRequired("请选择认证结论")])
    reason = TextAreaField("理由（不予认证时必填）", filters=[_strip],
                           validators=[Optional(), Length(max=500, message="理由不能超过500字")])
    submit = SubmitField("提交")


class InviteForm(ZhForm):
    """Invite a colleague into one's organisation."""

    note = StringField("备注（如受邀人姓名）", filters=[_strip],
                       validators=[Optional(), Length(max=64, message="备注不能超过64个字符")])
    submit = SubmitField("生成邀请码")


class EmptyForm(ZhForm):
    """A form with only the CSRF token, for one-button actions."""


class TokenForm(ZhForm):
    """Create a personal access token of the JSON API; the scopes offered depend on the role."""

    name = StringField("令牌名称", filters=[_strip],
                       validators=[DataRequired("请填写令牌名称"), Length(max=64, message="令牌名称不能超过64个字符")],
                       description="例如：手机应用、本单位业务系统")
    scopes = SelectMultipleField("权限", choices=[], validate_choice=False,
                                 description="令牌的权限不会超过您账号本身的权限")
    days = SelectField("有效期", choices=[], coerce=int, validate_choice=False)
    submit = SubmitField("生成令牌")


class DonorPageForm(ZhForm):
    """Turn one's public donor page on (with the name or a masked name) or off."""

    donor_page = SelectField("公开个人爱心主页", choices=DONOR_PAGE_CHOICES, validate_choice=False)
    submit = SubmitField("保存设置")


class MobileForm(ZhForm):
    """Set, change or remove the mobile number one signs in with (the service checks format and use)."""

    mobile = StringField("手机号码（留空表示不用手机号登录）", filters=[_strip], validators=[Length(max=20)],
                         description="11位中国大陆手机号，如 13912345678；可用它代替用户名登录")
    current_password = PasswordField("当前密码", validators=[DataRequired("请输入当前密码"), Length(max=128)])
    submit = SubmitField("保存")
