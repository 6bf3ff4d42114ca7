"""Write the append-only audit log: who did what to which object, when and from where."""

from __future__ import annotations

from dataclasses import dataclass

from flask import has_request_context, request, url_for
from flask_login import current_user
from sqlalchemy import String, bindparam, func, insert, literal, select
from sqlalchemy.dialects.postgresql import ARRAY

from ..extensions import db
from ..models import AuditLog, User
from ..models._types import utcnow


def record(
    action: str,
    obj_type: str,
    obj_id,
    region_code: str | None = None,
    detail: dict | None = None,
    actor: User | None = None,
) -> AuditLog:
    """Add an audit entry to the current transaction; it commits (or rolls back) with the change itself."""
    entry = AuditLog(**_origin(actor), action=action, object_type=obj_type, object_id=str(obj_id),
                     region_code=region_code, detail=detail or {})
    db.session.add(entry)
    return entry


def record_many(action: str, obj_type: str, objects: list[tuple], detail: dict | None = None,
                actor: User | None = None) -> None:
    """Add one audit entry per ``(object id, region code)`` of ``objects``, all with the same action and
    detail, as one multi-row INSERT in the current transaction (no ORM object per entry: a registry page
    audits 50 names at once; issue 14). Same columns as ``record``."""
    if not objects:
        return
    common = {**_origin(actor), "action": action, "object_type": obj_type, "detail": detail or {}}
    if db.session.get_bind().dialect.name == "postgresql":
        # One row of parameters for the whole set: the ids and codes as two arrays, unnested by the server.
        # Binding 50 rows of 8 parameters (and serialising the same detail 50 times) was a tenth of the
        # registry page's CPU; this costs what a single entry costs (issue 14).
        rows = func.unnest(bindparam("ids", [str(obj_id) for obj_id, _ in objects], ARRAY(String)),
                           bindparam("codes", [code for _, code in objects], ARRAY(String))
                           ).table_valued("object_id", "region_code").render_derived(name="viewed")
        fixed = {**common, "created_at": utcnow()}
        columns = list(fixed)
        db.session.execute(insert(AuditLog).from_select(
            [*columns, "object_id", "region_code"],
            select(*(literal(fixed[c], AuditLog.__table__.c[c].type) for c in columns),
                   rows.c.object_id, rows.c.region_code)))
        return
    db.session.execute(insert(AuditLog), [
        {**common, "object_id": str(obj_id), "region_code": region_code} for obj_id, region_code in objects
    ])


def _origin(actor: User | None) -> dict:
    """Return the actor id, IP address and user agent of an entry (the signed-in user when ``actor`` is None)."""
    if actor is None and has_request_context() and current_user.is_authenticated:
        actor = current_user._get_current_object()
    return {
        "actor_id": actor.id if actor is not None else None,
        "ip_address": (request.remote_addr or "")[:45] if has_request_context() else "",
        "user_agent": (request.user_agent.string or "")[:255] if has_request_context() else "cli",
    }


def changed_fields(obj, ignore: tuple[str, ...] = ()) -> list[str]:
    """Return the names of ``obj``'s mapped columns changed in this session and not yet flushed (for ``fields``).

    Only names, never values: an edit of a household's ID number is recorded as ``id_number``, not the number.
    """
    from sqlalchemy import inspect

    state = inspect(obj)
    return [a.key for a in state.mapper.column_attrs
            if a.key not in ignore and state.attrs[a.key].history.has_changes()]


# What the audit log page shows (docs/accounts-and-security.md, "Audit log"): every action, object and
# detail field in Chinese. An action missing here still shows, as its object's name + 操作.
ACTION_LABELS = {
    "user.login": "登录",
    "user.login_failed": "登录失败",
    "user.logout": "退出登录",
    "user.register": "注册账号",
    "user.create": "创建工作人员账号",
    "user.create_admin": "创建平台管理员",
    "user.password_change": "修改密码",
    "user.password_check_failed": "修改密码时当前密码错误",
    "user.disable": "停用账号",
    "user.enable": "启用账号",
    "organisation.register": "机构注册",
    "organisation.verify": "机构认证通过",
    "organisation.reject": "机构不予认证",
    "organisation.designate": "确定定点帮扶关系",
    "organisation.undesignate": "解除定点帮扶关系",
    "organisation_invite.create": "创建机构邀请",
    "organisation_invite.revoke": "撤销机构邀请",
    "organisation_invite.accept": "接受机构邀请",
    "household.create": "新增贫困户",
    "household.edit": "修改贫困户信息",
    "household.member_add": "添加家庭成员",
    "household.member_remove": "删除家庭成员",
    "household.exit": "标记脱贫",
    "household.return": "标记返贫",
    "household.import": "导入贫困户",
    "household.export": "导出贫困户名册",
    "household.view_personal": "查看贫困户个人信息",
    "household.duplicate_id": "身份证号查重命中",
    "need.create": "代发需求",
    "need.edit": "修改需求",
    "need.submit": "提交审核",
    "need.approve": "审核通过",
    "need.publish": "审核通过并发布",
    "need.reject": "审核退回",
    "need.deliver": "全部送出",
    "need.complete": "帮扶成功",
    "need.expire": "需求截止",
    "need.close": "关闭需求",
    "need.photo_remove": "删除需求照片",
    "need.thanks": "发布感谢",
    "pledge.create": "认领需求",
    "pledge.ship": "送出物资",
    "pledge.receive": "确认签收",
    "pledge.cancel": "取消认领",
    "pledge.expired": "认领超期未送出",
    "offer.post": "发布帮扶资源",
    "offer.edit": "修改帮扶资源",
    "offer.pause": "暂停帮扶资源",
    "offer.resume": "恢复帮扶资源",
    "offer.withdraw": "撤回帮扶资源",
    "offer.expire": "帮扶资源到期",
    "offer.contact": "向资源发布者推送建议",
    "match.suggest": "推送匹配建议",
    "project.post": "发布协作项目",
    "project.start": "协作项目开工",
    "project.complete": "协作项目完工",
    "project.cancel": "终止协作项目",
    "project.update": "报告项目进展",
    "project.confirm_update": "确认项目进展",
    "project.return_update": "退回项目进展",
    "api_token.create": "创建API令牌",
    "api_token.revoke": "撤销API令牌",
    "user.donor_page": "设置公开主页",
    "user.mobile_change": "设置登录手机号",
}
OBJECT_LABELS = {
    "user": "账号", "household": "贫困户", "need": "需求", "pledge": "认领", "offer": "帮扶资源",
    "organisation": "帮扶主体", "organisation_invite": "机构邀请", "match": "匹配建议",
    "cooperation_project": "协作项目", "project_update": "项目进展", "api_token": "API令牌",
}
FIELD_LABELS = {
    "role": "角色", "office_level": "扶贫办层级", "username": "用户名", "name": "名称", "reason": "原因",
    "level": "审核层级", "title": "标题", "organisation_id": "机构编号", "member": "成员", "rows": "行数",
    "quantity": "数量", "photo": "照片", "photos": "照片数", "need": "需求编号", "need_id": "需求编号",
    "offer": "资源编号", "method": "交付方式", "hits": "命中", "head_name": "户主姓名", "feedback": "感谢编号",
    "express": "快递", "closed_needs": "关闭的需求", "valid_until": "有效期至", "kind": "形式",
    "regions": "面向地区", "from": "原状态", "to": "新状态", "before": "修改前数量", "carrier": "快递公司",
    "tracking_number": "单号", "scopes": "权限", "query": "查询条件", "published": "已公开", "phone": "电话",
    "personal_rows": "含个人信息的行数", "outside_scope": "辖区外", "id_number": "身份证号", "address": "住址",
    "in_person": "当面交付", "transfer": "转账", "via": "途径", "county": "县", "since_year": "起始年份",
    "message": "留言", "budget": "预算（元）", "pairing": "结对关系", "project": "项目编号",
    "amount_spent": "已用资金（元）", "household": "贫困户编号", "status": "状态", "fields": "修改的字段",
    "q": "姓名或身份证号", "region": "地区代码", "village_id": "村编号", "cause": "致贫原因", "attribute": "贫困户属性",
    "helper": "帮扶责任人", "sort": "排序", "page": "页码", "per_page": "每页条数",
    # fields of households and needs, as edits list them
    "village_id_field": "所在村", "members_count": "家庭人口", "main_cause": "主要致贫原因",
    "other_causes": "其他致贫原因", "income_per_capita": "人均纯收入", "registered_year": "识别年份",
    "planned_exit_year": "计划脱贫年份", "helper_id": "帮扶责任人", "description": "说明", "unit": "单位",
    "category": "类别", "urgency": "紧急程度", "deadline": "截止日期", "household_id": "受助户",
    "beneficiary_type": "受助对象类型", "region_code": "地区",
}
# Column names that mean something else as a detail key of their own ("village_id" of a query is a filter).
_FIELD_ALIASES = {"village_id": "village_id_field"}
# Where a household's name was shown in clear (``registry_query.real_names(via=...)``).
VIA_LABELS = {"needs.review": "需求审核页", "needs.form": "需求表单", "registry.index": "贫困户名册"}


@dataclass(frozen=True)
class EntryView:
    """An audit entry as the log page shows it: Chinese words, a link to the object when it has a page."""

    action: str
    object_label: str
    object_url: str | None
    fields: tuple[tuple[str, str], ...]


def describe(entry: AuditLog) -> EntryView:
    """Return ``entry`` in Chinese: the action, "需求 #12" with its page's URL, and (label, value) detail pairs."""
    kind = OBJECT_LABELS.get(entry.object_type, "对象")
    action = ACTION_LABELS.get(entry.action) or f"{OBJECT_LABELS.get(entry.action.split('.')[0], '')}操作"
    detail = entry.detail or {}
    return EntryView(
        action=action,
        object_label=f"{kind} #{entry.object_id}",
        object_url=_object_url(entry.object_type, entry.object_id, detail),
        fields=tuple((FIELD_LABELS.get(k, "其他"), _value(entry.object_type, k, v)) for k, v in detail.items()),
    )


# The page of each kind of object an office may open (the page itself still checks the viewer).
_OBJECT_PAGES = {
    "need": ("needs.manage", "need_id"), "household": ("registry.detail", "household_id"),
    "pledge": ("needs.pledge_detail", "pledge_id"), "offer": ("offers.detail", "offer_id"),
    "organisation": ("account.organisation_detail", "organisation_id"),
    "cooperation_project": ("public.project_detail", "project_id"),
}


def _object_url(object_type: str, object_id: str, detail: dict) -> str | None:
    if object_type == "project_update" and str(detail.get("project", "")).isdigit():
        object_type, object_id = "cooperation_project", str(detail["project"])
    elif object_type == "match" and str(detail.get("need", "")).isdigit():
        object_type, object_id = "need", str(detail["need"])
    page = _OBJECT_PAGES.get(object_type)
    if page is None or not str(object_id).isdigit():
        return None
    endpoint, arg = page
    return url_for(endpoint, **{arg: int(object_id)})


def _value(object_type: str, key: str, value) -> str:
    """Return a detail value in Chinese: states, roles, levels, kinds and yes/no by their names."""
    from ..models import KINDS, OFFER_STATUSES, PROJECT_STATUSES, ROLES
    from ..models.pledge import DELIVERY_METHODS
    from ..models.user import OFFICE_LEVELS

    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if key == "fields":
        names = value if isinstance(value, list | tuple) else str(value).split(",")
        return "、".join(FIELD_LABELS.get(_FIELD_ALIASES.get(k, k), "其他") for k in names if k) or "—"
    if isinstance(value, list | tuple):
        return "、".join(_value(object_type, key, v) for v in value) or "—"
    if isinstance(value, dict):
        return "；".join(f"{FIELD_LABELS.get(k, '其他')}：{_value(object_type, k, v)}" for k, v in value.items())
    from ..models import HOUSEHOLD_ATTRIBUTES, HOUSEHOLD_STATUSES, POVERTY_CAUSES
    from .registry_query import SORTS

    tables = {
        "via": VIA_LABELS, "status": HOUSEHOLD_STATUSES, "cause": POVERTY_CAUSES, "attribute": HOUSEHOLD_ATTRIBUTES,
        "helper": {"none": "未分配"}, "sort": {key: label for key, (label, _) in SORTS.items()},
        "role": ROLES, "office_level": OFFICE_LEVELS, "level": OFFICE_LEVELS, "kind": KINDS,
        "method": DELIVERY_METHODS,
        "from": {"offer": OFFER_STATUSES, "cooperation_project": PROJECT_STATUSES}.get(object_type, {}),
        "to": {"offer": OFFER_STATUSES, "cooperation_project": PROJECT_STATUSES}.get(object_type, {}),
    }
    text = str(value)
    if key in ("quantity", "before", "budget", "amount_spent"):
        from ..models._types import plain_quantity

        try:
            return plain_quantity(text)
        except ArithmeticError:
            return text
    return tables.get(key, {}).get(text, text)
