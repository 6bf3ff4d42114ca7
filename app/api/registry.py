"""The registry (建档立卡) for village officers and offices in scope: read, and the bulk import the
national 建档立卡 system feeds the platform with.

Reading: a list with masked names; a household's detail carries its personal data in clear and is
audited exactly like its page (``registry.view_personal``). Bulk upsert: the JSON rows become the Excel
template's cells and go to ``registry_import.upsert_households``, the very service the Excel import
calls, so the validation and the upsert are one: all rows or none, every bad row reported with its index.
"""

from __future__ import annotations

from ..services import registry, registry_import, registry_query
from . import paging
from .auth import idempotent, me, require_scope
from .base import ApiBlueprint as Blueprint
from .problems import problem
from .schemas import (
    BulkResultSchema,
    HouseholdBulkSchema,
    HouseholdDetailSchema,
    HouseholdListQuery,
    HouseholdSummarySchema,
    paged,
)

blp = Blueprint("api_registry", __name__, url_prefix="/api/v1/registry",
                description="建档立卡贫困户（村级信息员、扶贫办；令牌权限 registry，仅工作人员可授予）")


def _summary(household) -> dict:
    return {
        "id": household.id, "village_code": household.village.code, "village_name": household.village.name,
        "head_name_masked": household.head_name_masked, "members_count": household.members_count,
        "attribute": household.attribute, "main_cause": household.main_cause,
        "other_causes": list(household.other_causes or []), "status": household.status,
        "registered_year": household.registered_year, "planned_exit_year": household.planned_exit_year,
    }


@blp.route("/households", methods=["GET"])
@require_scope("registry")
@blp.arguments(HouseholdListQuery, location="query")
@blp.response(200, paged(HouseholdSummarySchema, "HouseholdPage"))
def list_households(args):
    """List the households inside the caller's scope by village code and id (masked names), every one of them."""
    user, status = me(), args.get("status") or ""
    return paging.HOUSEHOLDS.answer(
        args, lambda after, size: registry_query.households_after(user, status, after, size),
        lambda items: [_summary(h) for h in items])


@blp.route("/households/<int:household_id>", methods=["GET"])
@require_scope("registry")
@blp.response(200, HouseholdDetailSchema)
def get_household(household_id):
    """Return a household of the caller's scope with its personal data; the read is audited."""
    user = me()
    household = registry.get_household(user, household_id)
    personal = registry.view_personal(user, household)
    return {**_summary(household), **personal, "income_per_capita": household.income_per_capita,
            "members": [{"name": m.name, "relation": m.relation, "gender": m.gender, "birth_year": m.birth_year,
                         "health": m.health, "education": m.education} for m in household.members]}


def _household_cells(row: dict) -> dict:
    """Return the import template's cells for one JSON row (codes or labels; the service reads both)."""
    return {
        "村代码": row["village_code"], "户主姓名": row["head_name"], "身份证号": row["id_number"],
        "联系电话": row.get("phone"), "住址": row.get("address"), "家庭人口": row["members_count"],
        "贫困户属性": row.get("attribute"), "主要致贫原因": row["main_cause"],
        "其他致贫原因": "，".join(row.get("other_causes") or []), "人均纯收入": row.get("income_per_capita"),
        "识别年份": row["registered_year"], "计划脱贫年份": row.get("planned_exit_year"),
    }


def _member_cells(head_id: str, member: dict) -> dict:
    return {"户主身份证号": head_id, "姓名": member["name"], "与户主关系": member["relation"], "性别": member["gender"],
            "出生年份": member.get("birth_year"), "健康状况": member.get("health"), "文化程度": member.get("education")}


def _field(error: registry_import.RowError) -> str:
    if error.sheet == registry_import.MEMBER_SHEET:
        return f"households[{error.row[0]}].members[{error.row[1]}]"
    return f"households[{error.row}]"


@blp.route("/households/import", methods=["POST"])
@require_scope("registry")
@idempotent
@blp.arguments(HouseholdBulkSchema)
@blp.response(201, BulkResultSchema)
@blp.doc(parameters=[{"in": "header", "name": "Idempotency-Key", "required": False,
                      "schema": {"type": "string", "maxLength": 128}, "description": "重试同一请求时带相同的键：只导入一次"}])
def import_households(body):
    """Create or update many households with their members, through the Excel import's own service: all or none.

    A household whose ID number is registered inside the caller's scope is updated; ``members``, when given,
    replace its members (the head added from the row when not listed); leave ``members`` out of every row
    to keep them. 400 ``invalid`` lists every bad row as ``{"field": "households[<i>]"`` or
    ``"households[<i>].members[<j>]", "message": ...}`` (indexes from 0, in the request's order).
    """
    rows = body["households"]
    households = [registry_import.SourceRow(i, f"households[{i}]", _household_cells(row)) for i, row in enumerate(rows)]
    members = None
    if any("members" in row for row in rows):
        members = [registry_import.SourceRow((i, j), f"households[{i}].members[{j}]",
                                             _member_cells(row["id_number"], member))
                   for i, row in enumerate(rows) for j, member in enumerate(row.get("members") or [])]
    report = registry_import.upsert_households(me(), households, members)
    if not report.ok:
        errors = [{"field": _field(error), "message": error.message} for error in report.errors]
        return problem("invalid", f"{len(errors)}行有误，未导入任何一户", errors)
    return {"created": report.created, "updated": report.updated}
