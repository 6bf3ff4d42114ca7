"""Forms of the need's life: the need, the review decision, the pledge, the shipment, the thanks."""

from flask_wtf.file import MultipleFileField
from wtforms import DateField, HiddenField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from ..forms import OnceMixin, ZhForm
from ..models import CATEGORIES, KINDS, URGENCIES
from ..models.pledge import DELIVERY_METHODS


class NeedForm(OnceMixin, ZhForm):
    """Post or edit a need for a household or a village (代发)."""

    beneficiary = SelectField("受助对象", validators=[DataRequired("请选择受助对象")], choices={},
                              validate_choice=False)
    category = SelectField("需求类别", choices=dict(CATEGORIES), validate_choice=False)
    kind = SelectField("需求类型", choices=dict(KINDS), validate_choice=False)
    title = StringField("标题", validators=[DataRequired("请填写标题"), Length(max=30, message="标题不能超过30个字")])
    description = TextAreaField("需求说明", validators=[DataRequired("请填写需求说明"),
                                                    Length(max=1000, message="需求说明不能超过1000字")])
    quantity = StringField("数量 / 金额（元）", validators=[DataRequired("请填写数量")])
    unit = StringField("计量单位", default="件", validators=[Optional(), Length(max=8, message="计量单位不超过8个字")])
    urgency = SelectField("紧急程度", choices=dict(URGENCIES), coerce=int, default=1, validate_choice=False)
    deadline = DateField("截止日期", validators=[Optional()])
    photos = MultipleFileField("照片（最多9张，JPEG/PNG）")


class ReasonForm(ZhForm):
    """A decision with an optional (reject: required) reason."""

    reason = TextAreaField("原因", validators=[Optional(), Length(max=500, message="原因不能超过500字")])


class PledgeForm(OnceMixin, ZhForm):
    """Pledge part or all of what remains."""

    quantity = StringField("认领数量", validators=[DataRequired("请填写认领数量")])
    offer_id = SelectField("使用我的帮扶资源（可选）", choices={}, coerce=str, validate_choice=False)


class ShipForm(ZhForm):
    """Record how the pledge was sent."""

    method = RadioField("交付方式", choices=dict(DELIVERY_METHODS), default="express",
                        validators=[DataRequired("请选择交付方式")])
    carrier = StringField("快递公司 / 转账渠道", validators=[Optional(), Length(max=32)])
    tracking_number = StringField("快递单号 / 转账流水号", validators=[Optional(), Length(max=40)])
    handover_date = DateField("交付日期", validators=[Optional()])


class ThanksForm(OnceMixin, ZhForm):
    """Thanks (感谢回馈) from the beneficiary side."""

    pledge_id = SelectField("感谢对象", choices={}, coerce=str, validate_choice=False)
    text = TextAreaField("感谢的话", validators=[DataRequired("请填写感谢内容"), Length(max=500)])
    photos = MultipleFileField("照片（可选，最多9张）")


class EmptyForm(ZhForm):
    """A button-only form: carries the CSRF token."""

    token = HiddenField()

