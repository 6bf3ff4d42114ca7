"""Write the append-only audit log: who did what to which object, when and from where."""

from __future__ import annotations

from flask import has_request_context, request
from flask_login import current_user

from ..extensions import db
from ..models import AuditLog, User


def record(
    action: str,
    obj_type: str,
    obj_id,
    region_code: str | None = None,
    detail: dict | None = None,
    actor: User | None = None,
) -> AuditLog:
    """Add an audit entry to the current transaction; it commits (or rolls back) with the change itself."""
    if actor is None and has_request_context() and current_user.is_authenticated:
        actor = current_user._get_current_object()
    entry = AuditLog(
        actor_id=actor.id if actor is not None else None,
        action=action,
        object_type=obj_type,
        object_id=str(obj_id),
        region_code=region_code,
        detail=detail or {},
        ip_address=(request.remote_addr or "")[:45] if has_request_context() else "",
        user_agent=(request.user_agent.string or "")[:255] if has_request_context() else "cli",
    )
    db.session.add(entry)
    return entry
