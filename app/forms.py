"""Form helpers shared by the blueprints."""

from __future__ import annotations

from flask import flash

from .errors import DomainError


def show_error(form, error: DomainError) -> None:
    """Put a service's refusal next to the field it names, or above the form when it names none."""
    if error.field and error.field in form:
        form[error.field].errors = [*form[error.field].errors, error.message]
    else:
        flash(error.message, "error")
