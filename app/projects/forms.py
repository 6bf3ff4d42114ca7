"""Forms of cooperation projects and their progress updates."""

from __future__ import annotations

from flask_wtf.file import MultipleFileField
from wtforms import IntegerField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from ..forms import OnceMixin
from ..models import CATEGORIES
from ..forms import ZhForm
from ..offers.forms import DecimalText


class ProjectForm(OnceMixin, ZhForm):
    """Post a cooperation project for a paired county."""

    title = StringField(
        "项目名称", validators=[DataRequired("请填写项目名称"), Length(max=60, message="项目名称最多60个字")]
    )
    category = SelectField("帮扶类别", choices=dict(CATEGORIES), validate_choice=False)
    # The county is chosen with the region chooser (services.regions) among the paired areas.
    year = IntegerField("年度", validators=[DataRequired("请填写年度")])
    budget = DecimalText("项目预算（元）", validators=[DataRequired("请填写项目预算")])
    beneficiaries_count = IntegerField("受益人数", validators=[Optional()])
    description = TextAreaField("项目简介", validators=[Length(max=5000, message="项目简介最多5000个字")])
    submit = SubmitField("发布项目")


class UpdateForm(OnceMixin, ZhForm):
    """Report a project's progress: text, amount spent so far, photos."""

    text = TextAreaField(
        "进展说明", validators=[DataRequired("请填写进展说明"), Length(max=2000, message="最多2000个字")]
    )
    amount_spent = DecimalText("截至目前累计投入（元）", validators=[DataRequired("请填写累计投入金额")])
    photos = MultipleFileField("现场照片（最多6张，JPEG/PNG）")
    submit = SubmitField("提交进展")


class ConfirmForm(ZhForm):
    """A bare form for confirm and status buttons (carries the CSRF token)."""

    submit = SubmitField("确认")


class ReturnForm(ZhForm):
    """Send a progress update back to its poster with a reason."""

    reason = StringField(
        "退回理由", validators=[DataRequired("请填写退回理由"), Length(max=500, message="最多500个字")]
    )
    submit = SubmitField("退回")
