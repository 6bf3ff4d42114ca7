"""Forms of the household registry."""

from flask_wtf.file import FileField
from wtforms import IntegerField, SelectField, SelectMultipleField, StringField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from ..forms import OnceMixin, PlainDecimalField
from ..models import HOUSEHOLD_ATTRIBUTES, POVERTY_CAUSES
from ..forms import ZhForm
from ..services.registry import MEMBER_RELATIONS


class HouseholdForm(ZhForm):
    """Register or edit a household."""

    village_id = SelectField("所在村", coerce=int, choices={}, validate_choice=False)
    head_name = StringField("户主姓名", validators=[DataRequired("请填写户主姓名"), Length(max=20)])
    id_number = StringField("身份证号", validators=[DataRequired("请填写身份证号"), Length(max=18)])
    phone = StringField("联系电话", validators=[Optional(), Length(max=20)])
    address = StringField("住址", validators=[Optional(), Length(max=200)])
    members_count = IntegerField("家庭人口", default=1,
                                 validators=[DataRequired("请填写家庭人口"), NumberRange(1, 30, "家庭人口应为1–30")])
    attribute = SelectField("贫困户属性", choices=dict(HOUSEHOLD_ATTRIBUTES), validate_choice=False)
    main_cause = SelectField("主要致贫原因", choices=dict(POVERTY_CAUSES), validate_choice=False)
    other_causes = SelectMultipleField("其他致贫原因（最多两项）", choices=dict(POVERTY_CAUSES),
                                       validate_choice=False)
    income_per_capita = PlainDecimalField("人均纯收入（元）", places=2, validators=[Optional()])
    registered_year = IntegerField("识别年份", default=2014, validators=[DataRequired("请填写识别年份")])
    planned_exit_year = IntegerField("计划脱贫年份", validators=[Optional()])
    helper_id = SelectField("帮扶责任人", coerce=int, choices={}, validate_choice=False)


class MemberForm(ZhForm):
    """Add a household member."""

    name = StringField("姓名", validators=[DataRequired("请填写姓名"), Length(max=20)])
    relation = SelectField("与户主关系", choices={r: r for r in MEMBER_RELATIONS}, validate_choice=False)
    gender = SelectField("性别", choices={"male": "男", "female": "女"}, validate_choice=False)
    birth_year = IntegerField("出生年份", validators=[Optional()])
    health = StringField("健康状况", default="健康", validators=[Optional(), Length(max=32)])
    education = StringField("文化程度", validators=[Optional(), Length(max=32)])


class ImportForm(OnceMixin, ZhForm):
    """Upload a filled-in import template."""

    file = FileField("Excel 文件（.xlsx）")
