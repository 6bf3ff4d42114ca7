"""Marshmallow schemas of the API: request bodies and queries in, documents out.

Field-level messages are Chinese (``ZhSchema``); the rules themselves (lengths, ranges, states, the
personal-data masking) live in the services, whose messages reach the client unchanged.
"""

from __future__ import annotations

import marshmallow as ma
from flask_smorest.fields import Upload
from marshmallow import fields, validate

ZH_FIELD_MESSAGES = {
    "required": "此项为必填项",
    "null": "此项不能为空",
    "invalid": "格式不正确",
    "validator_failed": "取值无效",
    "too_large": "数值过大",
    "invalid_utf8": "不是有效的UTF-8文本",
}
MAX_PAGE_SIZE = 100
MAX_CURSOR_LENGTH = 600
DEFAULT_PAGE_SIZE = 20


class ZhSchema(ma.Schema):
    """A schema whose generic messages are Chinese, like the forms'."""

    error_messages = {"unknown": "不支持的字段", "type": "请求体必须是JSON对象"}

    def on_bind_field(self, field_name, field_obj):
        for key, message in ZH_FIELD_MESSAGES.items():
            if key in field_obj.error_messages:
                field_obj.error_messages[key] = message


class ProblemFieldError(ZhSchema):
    field = fields.String(allow_none=True, metadata={"description": "出错的字段（与网页表单字段同名）"})
    message = fields.String(required=True, metadata={"description": "与网页相同的中文提示"})


class ProblemSchema(ZhSchema):
    """An RFC 9457 problem document."""

    type = fields.String(required=True, metadata={"description": "稳定的错误类型，如 urn:fupin:problem:invalid"})
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String()
    instance = fields.String()
    errors = fields.List(fields.Nested(ProblemFieldError))


class CursorQuery(ZhSchema):
    """Cursor pagination: ``limit`` (1–100, default 20) and the ``cursor`` of the previous page's answer."""

    limit = fields.Integer(load_default=DEFAULT_PAGE_SIZE,
                           validate=validate.Range(1, MAX_PAGE_SIZE, error=f"每页条数应为1至{MAX_PAGE_SIZE}"))
    # A cursor holds the last row's sort values: an organisation's name (100 characters, 3 bytes each in
    # UTF-8) makes one about 500 characters long.
    cursor = fields.String(validate=validate.Length(max=MAX_CURSOR_LENGTH, error="游标无效"))


def paged(item_schema, name: str):
    """Return a schema class for a page of ``item_schema``: items and the next cursor (null on the last page)."""
    return type(name, (ZhSchema,), {
        "items": fields.List(fields.Nested(item_schema), required=True),
        "next_cursor": fields.String(allow_none=True, required=True),
        "total": fields.Integer(required=True),
    })


class DecimalString(fields.Decimal):
    """A quantity or amount as a decimal string ("10.00"): exact, unlike a JSON number."""

    def __init__(self, **kwargs):
        metadata = {"type": "string", "pattern": r"^-?\d+(\.\d+)?$", "examples": ["10.00"],
                    **kwargs.pop("metadata", {})}
        super().__init__(as_string=True, metadata=metadata, **kwargs)


class NeedPlace(ZhSchema):
    region_code = fields.String(required=True, metadata={"description": "贫困户需求只到乡镇（9位）；村集体需求为村代码"})
    names = fields.List(fields.String(), required=True)


class BeneficiarySchema(ZhSchema):
    type = fields.String(required=True, metadata={"enum": ["household", "village"]})
    label = fields.String(required=True, metadata={"description": "脱敏后的户主（张*明户）或村名"})


class PublicNeedSchema(ZhSchema):
    """A published need as the public sees it (masked; no ID number, phone, full name or household's village)."""

    id = fields.Integer(required=True)
    title = fields.String(required=True)
    description = fields.String(required=True)
    category = fields.String(required=True)
    category_label = fields.String(required=True)
    kind = fields.String(required=True)
    quantity = DecimalString(required=True)
    unit = fields.String(required=True)
    pledged_quantity = DecimalString(required=True)
    remaining = DecimalString(required=True)
    urgency = fields.Integer(required=True)
    deadline = fields.Date(allow_none=True, required=True)
    status = fields.String(required=True)
    status_label = fields.String(required=True)
    published_at = fields.DateTime(allow_none=True, required=True)
    beneficiary = fields.Nested(BeneficiarySchema, required=True)
    place = fields.Nested(NeedPlace, required=True)


class NeedListQuery(CursorQuery):
    """The needs page's filters: province, region, category, status and text (``q``)."""

    province = fields.String(metadata={"description": "省级代码（2位）"})
    region = fields.String(metadata={"description": "地区代码前缀（2/4/6/9/12位）"})
    category = fields.String()
    status = fields.String()
    q = fields.String(metadata={"description": "标题或说明中包含的文字"})


class PublicOfferSchema(ZhSchema):
    id = fields.Integer(required=True)
    title = fields.String(required=True)
    description = fields.String(required=True)
    kind = fields.String(required=True)
    service_type = fields.String(required=True)
    categories = fields.List(fields.String(), required=True)
    regions = fields.List(fields.String(), required=True, metadata={"description": "目标地区代码；空表示不限"})
    quantity = DecimalString(required=True)
    remaining = DecimalString(required=True)
    unit = fields.String(required=True)
    valid_from = fields.Date(allow_none=True, required=True)
    valid_until = fields.Date(allow_none=True, required=True)
    status = fields.String(required=True)
    status_label = fields.String(required=True)
    poster = fields.String(required=True, metadata={"description": "机构名称，或脱敏的个人"})
    organisation_id = fields.Integer(allow_none=True, required=True)


class OfferListQuery(CursorQuery):
    kind = fields.String()
    category = fields.String()
    province = fields.String()
    org_kind = fields.String()
    status = fields.String()


class OrganisationSchema(ZhSchema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    kind = fields.String(required=True)
    kind_label = fields.String(required=True)
    region_code = fields.String(required=True)
    credit_code = fields.String(required=True, metadata={"description": "统一社会信用代码（公开信息）"})
    description = fields.String(required=True)


class OrganisationListQuery(CursorQuery):
    kind = fields.String()


class RegionSchema(ZhSchema):
    code = fields.String(required=True)
    name = fields.String(required=True)
    level = fields.String(required=True)
    parent_code = fields.String(allow_none=True, required=True)
    is_poverty_county = fields.Boolean(required=True)
    poverty_exit_year = fields.Integer(allow_none=True, required=True)


class RegionDetailSchema(RegionSchema):
    path = fields.List(fields.Nested(RegionSchema), required=True)
    children = fields.List(fields.Nested(RegionSchema), required=True)


class PairingSchema(ZhSchema):
    id = fields.Integer(required=True)
    helper_code = fields.String(required=True)
    helper_name = fields.String(required=True)
    recipient_code = fields.String(required=True)
    recipient_name = fields.String(required=True)
    period = fields.String(required=True)


class ProjectSchema(ZhSchema):
    id = fields.Integer(required=True)
    title = fields.String(required=True)
    description = fields.String(required=True)
    category = fields.String(required=True)
    budget = DecimalString(required=True)
    spent = DecimalString(required=True)
    year = fields.Integer(required=True)
    beneficiaries_count = fields.Integer(required=True)
    status = fields.String(required=True)
    status_label = fields.String(required=True)
    organisation_id = fields.Integer(required=True)
    organisation_name = fields.String(required=True)
    helper_region_code = fields.String(required=True)
    recipient_region_code = fields.String(required=True)


class ProjectListQuery(CursorQuery):
    helper = fields.String(validate=validate.Regexp(r"^\d{2,12}$", error="地区代码无效"))
    recipient = fields.String(validate=validate.Regexp(r"^\d{2,12}$", error="地区代码无效"))


class SearchQuery(ZhSchema):
    """The search page's query string."""

    q = fields.String()
    region = fields.String()
    category = fields.String()
    kind = fields.String()
    urgency = fields.String()
    status = fields.String()
    sort = fields.String()
    page = fields.Integer(load_default=1, validate=validate.Range(1, 500, error="页码应为1至500"))
    limit = fields.Integer(load_default=DEFAULT_PAGE_SIZE,
                           validate=validate.Range(1, MAX_PAGE_SIZE, error=f"每页条数应为1至{MAX_PAGE_SIZE}"))


class SearchHitSchema(ZhSchema):
    id = fields.Integer(required=True)
    title = fields.String(required=True)
    highlighted_title = fields.String(allow_none=True, required=True)
    snippet = fields.String(allow_none=True, required=True)
    category = fields.String(allow_none=True, required=True)
    kind = fields.String(allow_none=True, required=True)
    status = fields.String(allow_none=True, required=True)
    urgency = fields.Integer(allow_none=True, required=True)
    remaining = fields.Float(allow_none=True, required=True)
    unit = fields.String(allow_none=True, required=True)
    place = fields.String(allow_none=True, required=True)


class FacetBucket(ZhSchema):
    value = fields.String(required=True)
    label = fields.String(required=True)
    count = fields.Integer(required=True)


class SearchResultSchema(ZhSchema):
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    pages = fields.Integer(required=True)
    engine_down = fields.Boolean(required=True, metadata={"description": "搜索引擎不可用时从数据库简单匹配"})
    hits = fields.List(fields.Nested(SearchHitSchema), required=True)
    facets = fields.Dict(keys=fields.String(), values=fields.List(fields.Nested(FacetBucket)), required=True)


# ------------------------------------------------------------------ pledges


class PledgeCreate(ZhSchema):
    """Pledge part of a published need, optionally drawn from one of one's own offers."""

    need_id = fields.Integer(required=True, validate=validate.Range(1, 2**31 - 1, error="需求编号无效"))
    quantity = fields.String(required=True, validate=validate.Length(max=20, error="认领数量必须是数字"),
                             metadata={"description": "认领数量（十进制字符串，如 \"2\" 或 \"0.5\"）"})
    offer_id = fields.Integer(allow_none=True, validate=validate.Range(1, 2**31 - 1, error="请选择您自己的帮扶资源"))


class PledgeShip(ZhSchema):
    """How the pledge was sent: express (carrier + tracking number), in person (date) or transfer."""

    method = fields.String(required=True, metadata={"enum": ["express", "in_person", "transfer"]})
    carrier = fields.String(load_default="", validate=validate.Length(max=64, error="快递公司过长"))
    tracking_number = fields.String(load_default="", validate=validate.Length(max=64, error="快递单号过长"))
    handover_date = fields.Date(allow_none=True, load_default=None)


class PledgeSchema(ZhSchema):
    """A pledge as its donor sees it."""

    id = fields.Integer(required=True)
    need_id = fields.Integer(required=True)
    need_title = fields.String(required=True)
    offer_id = fields.Integer(allow_none=True, required=True)
    quantity = DecimalString(required=True)
    status = fields.String(required=True)
    status_label = fields.String(required=True)
    delivery_method = fields.String(allow_none=True, required=True)
    carrier = fields.String(required=True)
    tracking_number = fields.String(required=True)
    handover_date = fields.Date(allow_none=True, required=True)
    created_at = fields.DateTime(required=True)
    shipped_at = fields.DateTime(allow_none=True, required=True)


# ------------------------------------------------------------------ offers


class OfferInputSchema(ZhSchema):
    """An offer as its poster writes it (the offer form's fields); the service checks every rule."""

    kind = fields.String(required=True, metadata={"enum": ["goods", "cash", "service"]})
    title = fields.String(required=True, validate=validate.Length(max=200, error="标题过长"))
    categories = fields.List(fields.String(), load_default=list)
    quantity = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=20, error="数量过长"),
                             metadata={"description": "数量或金额（十进制字符串）"})
    unit = fields.String(load_default="件", validate=validate.Length(max=20, error="单位过长"))
    description = fields.String(load_default="", validate=validate.Length(max=5000, error="说明过长"))
    service_type = fields.String(load_default="", validate=validate.Length(max=32, error="服务类型无效"))
    region_codes = fields.List(fields.String(validate=validate.Length(max=12, error="地区代码无效")),
                               load_default=list, metadata={"description": "目标地区代码；空表示不限"})
    valid_from = fields.Date(allow_none=True, load_default=None)
    valid_until = fields.Date(allow_none=True, load_default=None)
    per_beneficiary_cap = fields.String(allow_none=True, load_default=None,
                                        validate=validate.Length(max=20, error="数量过长"))


class RecommendationSchema(ZhSchema):
    """A need recommended for one of the caller's offers, with the matcher's reasons in Chinese."""

    offer_id = fields.Integer(required=True)
    score = fields.Float(required=True)
    reasons = fields.List(fields.String(), required=True)
    need = fields.Nested(PublicNeedSchema, required=True)


# ------------------------------------------------------------------ needs (poster side) and review


class NeedInputSchema(ZhSchema):
    """A need as its village officer or helper writes it (the need form); the service checks every rule."""

    beneficiary = fields.String(required=True, validate=validate.Length(max=20, error="请选择受助对象"),
                                metadata={"description": "h<贫困户编号> 或 v<村编号>"})
    category = fields.String(required=True)
    kind = fields.String(required=True, metadata={"enum": ["goods", "cash", "service"]})
    title = fields.String(required=True, validate=validate.Length(max=200, error="标题过长"))
    description = fields.String(load_default="", validate=validate.Length(max=5000, error="说明过长"))
    quantity = fields.String(required=True, validate=validate.Length(max=20, error="数量过长"),
                             metadata={"description": "数量或金额（十进制字符串）"})
    unit = fields.String(load_default="件", validate=validate.Length(max=8, error="单位过长"))
    urgency = fields.Integer(load_default=1, validate=validate.Range(1, 3, error="紧急程度无效"))
    deadline = fields.Date(allow_none=True, load_default=None)
    submit = fields.Boolean(load_default=False, metadata={"description": "保存后立即提交审核"})


class ReviewRecordSchema(ZhSchema):
    level = fields.String(required=True)
    decision = fields.String(required=True)
    reason = fields.String(required=True)
    created_at = fields.DateTime(required=True)


class ManagedNeedSchema(PublicNeedSchema):
    """A need as its poster's side and the offices in scope see it (no household personal data)."""

    beneficiary_ref = fields.String(required=True, metadata={"description": "h<贫困户编号> 或 v<村编号>"})
    village_code = fields.String(required=True)
    village_name = fields.String(required=True)
    review_level = fields.Integer(required=True)
    reviews = fields.List(fields.Nested(ReviewRecordSchema), required=True)


class ManagedNeedQuery(ZhSchema):
    status = fields.String(validate=validate.Length(max=12, error="需求状态无效"))


class QueueItemSchema(ZhSchema):
    need = fields.Nested(ManagedNeedSchema, required=True)
    level_label = fields.String(required=True)
    waited_label = fields.String(required=True)


class RejectSchema(ZhSchema):
    reason = fields.String(load_default="", validate=validate.Length(max=2000, error="理由过长"))


class ThanksSchema(ZhSchema):
    text = fields.String(required=True, validate=validate.Length(max=5000, error="内容过长"))
    pledge_id = fields.Integer(allow_none=True, load_default=None)


class ThanksFormSchema(ThanksSchema):
    """Thanks with photos, as multipart/form-data (the thanks form of the page)."""

    photos = fields.List(Upload(), load_default=list, metadata={"description": "JPEG 或 PNG，最多9张"})


class ThanksResultSchema(ZhSchema):
    id = fields.Integer(required=True)
    need_id = fields.Integer(required=True)
    text = fields.String(required=True)
    photos = fields.Integer(required=True, metadata={"description": "照片张数"})


# ------------------------------------------------------------------ registry (建档立卡)


class HouseholdSummarySchema(ZhSchema):
    """A household in a list: masked head of household only."""

    id = fields.Integer(required=True)
    village_code = fields.String(required=True)
    village_name = fields.String(required=True)
    head_name_masked = fields.String(required=True)
    members_count = fields.Integer(required=True)
    attribute = fields.String(required=True)
    main_cause = fields.String(required=True)
    other_causes = fields.List(fields.String(), required=True)
    status = fields.String(required=True)
    registered_year = fields.Integer(required=True)
    planned_exit_year = fields.Integer(allow_none=True, required=True)


class MemberSchema(ZhSchema):
    name = fields.String(required=True)
    relation = fields.String(required=True)
    gender = fields.String(required=True)
    birth_year = fields.Integer(allow_none=True, required=True)
    health = fields.String(required=True)
    education = fields.String(required=True)


class MemberRowSchema(ZhSchema):
    """One member of a household to import, the columns of the template's 家庭成员 sheet."""

    name = fields.String(required=True, validate=validate.Length(max=50, error="姓名应为1–20个字"))
    relation = fields.String(required=True, validate=validate.Length(max=20, error="与户主关系无效"),
                             metadata={"description": "户主 配偶 子女 父母 祖父母 孙子女 兄弟姐妹 其他"})
    gender = fields.String(required=True, validate=validate.Length(max=10, error="性别无效"),
                           metadata={"description": "male / female（或 男 / 女）"})
    birth_year = fields.Raw(allow_none=True, load_default=None, metadata={"type": ["integer", "string", "null"]})
    health = fields.String(load_default="", validate=validate.Length(max=100, error="健康状况和文化程度不超过32字"))
    education = fields.String(load_default="", validate=validate.Length(max=100, error="健康状况和文化程度不超过32字"))


class HouseholdDetailSchema(HouseholdSummarySchema):
    """A household with its personal data in clear: offices in scope only, and every read is audited."""

    head_name = fields.String(required=True)
    id_number = fields.String(required=True)
    phone = fields.String(required=True)
    address = fields.String(required=True)
    income_per_capita = DecimalString(allow_none=True, required=True)
    members = fields.List(fields.Nested(MemberSchema), required=True)


class HouseholdListQuery(CursorQuery):
    status = fields.String(validate=validate.OneOf(["registered", "exited", "returned"], error="状态无效"))


class HouseholdRowSchema(ZhSchema):
    """One household row, the columns of the Excel import template (labels or codes for the enumerations)."""

    village_code = fields.String(required=True, validate=validate.Length(max=20, error="村代码无效"))
    head_name = fields.String(required=True, validate=validate.Length(max=50, error="户主姓名应为2–20个字"))
    id_number = fields.String(required=True, validate=validate.Length(max=30, error="身份证号格式不正确"))
    phone = fields.String(load_default="", validate=validate.Length(max=30, error="联系电话格式不正确"))
    address = fields.String(load_default="", validate=validate.Length(max=300, error="住址不能超过200字"))
    members_count = fields.Raw(required=True, metadata={"type": ["integer", "string"]})
    attribute = fields.String(load_default="", validate=validate.Length(max=20, error="贫困户属性无效"))
    main_cause = fields.String(required=True, validate=validate.Length(max=20, error="主要致贫原因无效"))
    other_causes = fields.List(fields.String(validate=validate.Length(max=20, error="其他致贫原因无效")),
                               load_default=list, validate=validate.Length(max=10, error="其他致贫原因最多两项"))
    income_per_capita = fields.Raw(allow_none=True, load_default=None, metadata={"type": ["number", "string", "null"]})
    registered_year = fields.Raw(required=True, metadata={"type": ["integer", "string"]})
    planned_exit_year = fields.Raw(allow_none=True, load_default=None, metadata={"type": ["integer", "string", "null"]})
    members = fields.List(fields.Nested(MemberRowSchema), validate=validate.Length(max=30, error="家庭成员最多30人"),
                          metadata={"description": "该户的全部成员（给出时替换已登记的成员；未列户主时按户主信息自动添加）"})


class HouseholdBulkSchema(ZhSchema):
    households = fields.List(fields.Nested(HouseholdRowSchema), required=True,
                             validate=validate.Length(min=1, max=5000, error="一次提交1至5000户"))


class BulkResultSchema(ZhSchema):
    created = fields.Integer(required=True)
    updated = fields.Integer(required=True)


class PhotoUploadSchema(ZhSchema):
    """Photos of a need (JPEG or PNG, each at most UPLOAD_MAX_BYTES; at most 9 per need)."""

    photos = fields.List(Upload(), required=True)
