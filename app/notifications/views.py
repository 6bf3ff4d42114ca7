"""Notification views: list, open one (marks it read), mark all read."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from ..errors import NotFound
from ..extensions import db
from ..models import Notification
from ..models._types import utcnow
from ..needs.forms import EmptyForm
from ..services import notify
from . import bp


@bp.get("/")
@login_required
def index():
    """List the user's newest notifications, unread first marked."""
    user = current_user._get_current_object()
    return render_template("notifications/index.html", notes=notify.list_for(user, 100), form=EmptyForm(),
                           unread=notify.unread_count(user))


@bp.post("/<int:note_id>/open")
@login_required
def open_note(note_id: int):
    """Mark one notification read and follow its link."""
    EmptyForm().validate_on_submit()
    note = db.session.get(Notification, note_id)
    if note is None or note.user_id != current_user.id:
        raise NotFound("通知不存在")
    if note.read_at is None:
        note.read_at = utcnow()
        db.session.commit()
    target = note.link if note.link.startswith("/") and not note.link.startswith("//") else url_for(".index")
    return redirect(target)


@bp.post("/read-all")
@login_required
def read_all():
    """Mark every notification read."""
    EmptyForm().validate_on_submit()
    count = notify.mark_all_read(current_user._get_current_object())
    flash(f"已将 {count} 条通知标为已读。", "success")
    return redirect(url_for(".index"))


@bp.app_template_global("unread_notifications")
def unread_notifications() -> int:
    """Return the signed-in user's unread count for the navigation bar (0 when signed out)."""
    if not current_user.is_authenticated:
        return 0
    return notify.unread_count(current_user._get_current_object())
