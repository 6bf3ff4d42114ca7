"""Form helpers shared by the blueprints."""

from __future__ import annotations

from flask import flash, request
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import DecimalField, HiddenField
from wtforms.meta import DefaultMeta

from .errors import DomainError


class ZhForm(FlaskForm):
    """The base of every form: WTForms' built-in messages (required, bad number, bad date …) in Chinese.

    Flask-WTF translates only through Flask-Babel, which the project does not use; WTForms' own
    ``zh`` catalogue is enough. Templates add ``novalidate`` to the ``<form>`` so the browser's own
    (English) bubbles never show and the server names every problem at once.
    """

    class Meta:
        locales = ["zh"]

        def get_translations(self, form):
            return DefaultMeta.get_translations(self, form)


def show_error(form, error: DomainError) -> None:
    """Put a service's refusal next to the field it names, or above the form when it names none."""
    if error.field and error.field in form:
        form[error.field].errors = [*form[error.field].errors, error.message]
    else:
        flash(error.message, "error")


class PlainDecimalField(DecimalField):
    """A decimal field prefilled without trailing zeros (3985.00 shows as 3985, 2.50 as 2.5)."""

    def _value(self) -> str:
        if self.raw_data:  # what the user typed comes back as typed
            return self.raw_data[0]
        from .models._types import plain_quantity

        return plain_quantity(self.data) if self.data is not None else ""


# An offset past PostgreSQL's bigint is a DataError, not an empty page: cap like the audit pager.
MAX_PAGE = 10_000


def page_arg() -> int:
    """Return the ``page`` query argument as a page number from 1 to MAX_PAGE (1 when it is not a number)."""
    try:
        return min(MAX_PAGE, max(1, int(request.args.get("page", 1))))
    except ValueError:
        return 1


def cursor_args() -> dict[str, str | None]:
    """Return a keyset list's cursors from the query (``after`` / ``before``; None when absent), as keyword
    arguments of the list's service (app/services/keyset.py)."""
    return {"after": request.args.get("after") or None, "before": request.args.get("before") or None}


def _issue_once_token() -> str:
    from .services import once

    return once.issue(current_user.id) if current_user.is_authenticated else ""


class OnceMixin:
    """Make a form act once: mix in before the FlaskForm base (``class PledgeForm(OnceMixin, ZhForm)``).

    The form carries a one-time token (render it with ``form.hidden_tag()``); ``validate_on_submit``
    spends it in the current transaction once the fields are valid, and raises Conflict (409, shown as
    a Chinese page) when the same form was already posted. See ``services.once`` for the rule.
    """

    once_token = HiddenField(default=_issue_once_token)

    def renew_token(self) -> None:
        """Give the re-rendered form a fresh token (after a refusal that had to commit, e.g. an audit entry)."""
        self.once_token.data = _issue_once_token()

    def validate_on_submit(self, extra_validators=None) -> bool:
        """Validate the fields, then spend the token; raise Conflict for a repeated post."""
        if not super().validate_on_submit(extra_validators=extra_validators):
            return False
        from .services import once

        if current_user.is_authenticated:
            # The posted value only: a missing field would otherwise fall back to a freshly issued default.
            posted = self.once_token.raw_data[0] if self.once_token.raw_data else None
            once.spend(posted, current_user.id, request.path)
        return True
