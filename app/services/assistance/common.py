"""Who keeps what in 精准帮扶: staff read, offices (and admins) keep helpers and work teams."""

from __future__ import annotations

from ...errors import Forbidden
from ...models import User
from .. import scope


STAFF_ROLES = ("village_officer", "office", "admin")
# The lists of helpers, teams and what is missing are keyset pages (app/services/keyset.py): cursors for
# deep pages, old ``?page=N`` links walked from the start up to this page.
LIST_MAX_OFFSET_PAGE = 200


def _authenticated(user: User | None) -> bool:
    return user is not None and getattr(user, "is_authenticated", False)


def require_office_role(user: User) -> None:
    """Raise Forbidden unless the user is an office or an admin (who keep helpers and work teams)."""
    if not _authenticated(user) or user.role not in ("office", "admin"):
        raise Forbidden("只有扶贫办工作人员可以管理帮扶责任人和驻村工作队")


def _require_office(user: User, region_code: str) -> None:
    require_office_role(user)
    scope.require_region(user, region_code)


def _require_staff(user: User) -> None:
    if not _authenticated(user) or user.role not in STAFF_ROLES:
        raise Forbidden("只有村级信息员和扶贫办工作人员可以查看")
