"""Writes that happen once: a form posted twice (double click, a resent request, two tabs) acts once.

Every form that changes something carries a signed token saying who it was issued to and when
(microseconds). Posting it spends it inside the transaction of the change: one conditional UPDATE

    UPDATE form_submissions SET submitted_us = :now
    WHERE user_id = :user AND path = :path AND submitted_us < :issued

succeeds only if this account has not posted to this path since the form was issued. A second post
of the same page, or of a second tab opened before the first post, finds a later ``submitted_us``
and is refused with a Conflict; nothing else has been written. On PostgreSQL a racing UPDATE waits
for the row lock and re-checks the condition; on SQLite writers are serialised by the database lock;
the first post to a path inserts the row and a racing insert meets the primary key. If the change
fails and its transaction rolls back, the token is not spent and the same form may be posted again.
"""

from __future__ import annotations

import time

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from ..errors import Conflict
from ..extensions import db
from ..models import FormSubmission

SALT = "form-once"
REPEATED = "该表单已经提交过，为避免重复办理，本次提交未处理。请返回并刷新页面后再操作。"
EXPIRED = "页面已过期，请刷新页面后重新提交。"
MAX_PATH = 200


def _now_us() -> int:
    return time.time_ns() // 1000


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def issue(user_id: int) -> str:
    """Return a token for a form shown now to ``user_id`` (signed with SECRET_KEY)."""
    return _serializer().dumps([int(user_id), _now_us()])


def spend(token: str | None, user_id: int, path: str) -> None:
    """Spend ``token`` for a post by ``user_id`` to ``path`` in the current transaction, or raise Conflict.

    Raises Conflict(EXPIRED) for a token that is forged, another account's, or older than
    FORM_TOKEN_MAX_AGE seconds, and Conflict(REPEATED) when the account has posted to ``path``
    since the token was issued. A missing token is refused only when FORM_ONCE_REQUIRED is on (the
    default; the test configuration turns it off, as it does CSRF). The caller's commit makes it final.
    """
    config = current_app.config
    if not token:
        if config["FORM_ONCE_REQUIRED"]:
            raise Conflict(EXPIRED)
        return
    try:
        owner, issued_us = _serializer().loads(token)
        owner, issued_us = int(owner), int(issued_us)
    except (BadSignature, TypeError, ValueError):
        raise Conflict(EXPIRED) from None
    now = _now_us()
    if owner != user_id or issued_us > now or now - issued_us > int(config["FORM_TOKEN_MAX_AGE"]) * 1_000_000:
        raise Conflict(EXPIRED)
    path = path[:MAX_PATH]
    result = db.session.execute(
        update(FormSubmission)
        .where(FormSubmission.user_id == user_id, FormSubmission.path == path,
               FormSubmission.submitted_us < issued_us)
        .values(submitted_us=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount == 1:
        return
    exists = db.session.scalar(
        select(FormSubmission.submitted_us).where(FormSubmission.user_id == user_id, FormSubmission.path == path)
    )
    if exists is not None:
        raise Conflict(REPEATED)
    db.session.add(FormSubmission(user_id=user_id, path=path, submitted_us=now))
    try:
        db.session.flush()
    except IntegrityError:  # a racing post of the same form inserted first
        db.session.rollback()
        raise Conflict(REPEATED) from None


def purge(older_than_seconds: int | None = None) -> int:
    """Delete the records older than the token lifetime (no token that old is accepted); return how many."""
    age = older_than_seconds if older_than_seconds is not None else int(current_app.config["FORM_TOKEN_MAX_AGE"])
    cutoff = _now_us() - age * 1_000_000
    result = db.session.execute(FormSubmission.__table__.delete().where(FormSubmission.submitted_us < cutoff))
    db.session.commit()
    return result.rowcount
