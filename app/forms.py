"""Form helpers shared by the blueprints."""

from __future__ import annotations

from flask import flash, request

from .errors import DomainError


def show_error(form, error: DomainError) -> None:
    """Put a service's refusal next to the field it names, or above the form when it names none."""
    if error.field and error.field in form:
        form[error.field].errors = [*form[error.field].errors, error.message]
    else:
        flash(error.message, "error")


# An offset past PostgreSQL's bigint is a DataError, not an empty page: cap like the audit pager.
MAX_PAGE = 10_000


def page_arg() -> int:
    """Return the ``page`` query argument as a page number from 1 to MAX_PAGE (1 when it is not a number)."""
    try:
        return min(MAX_PAGE, max(1, int(request.args.get("page", 1))))
    except ValueError:
        return 1
