"""Tell people what asks them to act: in-app notifications, and email when SMTP is configured."""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Iterable
from email.message import EmailMessage

from flask import current_app
from sqlalchemy import func, select, update

from ..extensions import db
from ..models import Notification, User
from ..models._types import utcnow

log = logging.getLogger(__name__)


def notify(users: Iterable[User], kind: str, message: str, link: str = "") -> list[Notification]:
    """Add a notification for each user to the current transaction and send the emails."""
    created = []
    for user in {u.id: u for u in users if u is not None}.values():
        note = Notification(user_id=user.id, kind=kind, message=message, link=link)
        db.session.add(note)
        created.append(note)
        _send_email(user, message, link)
    return created


def unread_count(user: User) -> int:
    """Return how many notifications the user has not read."""
    return db.session.scalar(
        select(func.count(Notification.id)).where(Notification.user_id == user.id, Notification.read_at.is_(None))
    ) or 0


def list_for(user: User, limit: int = 50) -> list[Notification]:
    """Return the user's newest notifications."""
    stmt = select(Notification).where(Notification.user_id == user.id).order_by(Notification.id.desc())
    return list(db.session.scalars(stmt.limit(limit)))


def mark_all_read(user: User) -> int:
    """Mark every notification of the user read and return how many changed."""
    result = db.session.execute(
        update(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
    )
    db.session.commit()
    return result.rowcount


def _send_email(user: User, message: str, link: str) -> None:
    if not user.email:
        return
    host = current_app.config.get("SMTP_HOST")
    if not host:
        log.info("email to %s (no SMTP_HOST set, not sent): %s %s", user.email, message, link)
        return
    mail = EmailMessage()
    mail["From"] = current_app.config["MAIL_FROM"]
    mail["To"] = user.email
    mail["Subject"] = "社会扶贫对接平台通知"
    mail.set_content(f"{message}\n{link}")
    try:
        with smtplib.SMTP(host, timeout=10) as smtp:
            smtp.send_message(mail)
    except OSError:  # a mail server that is down must not undo the change that caused the mail
        log.exception("could not send email to %s", user.email)
