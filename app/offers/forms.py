"""Forms of the supply side: offers, office messages, and the Chinese-speaking base form they share."""

from __future__ import annotations

from flask import request
from wtforms import (
    DateField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
    widgets,
)
from wtforms.validators import DataRequired, Length, Optional

from ..forms import OnceMixin, ZhForm
from ..models import CATEGORIES, KINDS
from ..services.offers import SERVICE_TYPES


class MultiCheckboxField(SelectMultipleField):
    """A multiple choice rendered as checkboxes, whose unknown values the service reports in Chinese."""

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validate_choice", False)
        super().__init__(*args, **kwargs)


class DecimalText(StringField):
    """A number typed as text; the service parses and bounds it so every message is the same everywhere."""


class OfferForm(OnceMixin, ZhForm):
    """Post or edit an offer (帮扶资源)."""

    kind = SelectField("资源类型", choices=dict(KINDS), validate_choice=False)
    service_type = SelectField(
        "服务类型（服务类必选）", choices={"": "—", **SERVICE_TYPES}, validate_choice=False
    )
    title = StringField(
        "标题", validators=[DataRequired("请填写标题"), Length(max=40, message="标题最多40个字")]
    )
    categories = MultiCheckboxField("帮扶类别（可多选）", choices=dict(CATEGORIES))
    description = TextAreaField("说明", validators=[Length(max=2000, message="说明最多2000个字")])
    quantity = DecimalText("数量或金额", validators=[DataRequired("请填写数量或金额")])
    unit = StringField(
        "计量单位（资金类为元）", default="件", validators=[Length(max=8, message="单位最多8个字")]
    )
    # The target regions are chosen with the region chooser (services.regions), not a field of this form.
    valid_from = DateField("有效期开始", validators=[Optional()])
    valid_until = DateField("有效期结束（不填表示长期）", validators=[Optional()])
    per_beneficiary_cap = DecimalText("每个受益对象上限（可不填）")
    submit = SubmitField("保存")


class OfferActionForm(ZhForm):
    """A bare form for a state change button (carries the CSRF token)."""

    submit = SubmitField("确定")


class ContactPosterForm(ZhForm):
    """An office's message to an offer's poster, optionally pointing at a need."""

    need_id = IntegerField("推荐对接的需求编号（可不填）", validators=[Optional()])
    message = TextAreaField(
        "留言", validators=[DataRequired("请填写留言"), Length(max=500, message="留言最多500个字")]
    )
    submit = SubmitField("发送站内消息")


def attach_error(form, error, fallback: str | None = None) -> None:
    """Show a service error under the field it names (or the fallback field, or above the form)."""
    name = error.field if error.field in form._fields else fallback
    if name in form._fields:
        form[name].errors = [*form[name].errors, error.message]
    else:
        form.form_errors.append(error.message)


def form_status(form) -> int:
    """Return 400 for a submitted form re-rendered with errors, 200 otherwise."""
    return 400 if request.method == "POST" and form.errors else 200
