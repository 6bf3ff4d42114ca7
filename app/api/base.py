"""The API's blueprint class: flask-smorest's, with schema failures answered 400 like the services' Invalid."""

from __future__ import annotations

from flask_smorest import Blueprint
from flask_smorest.arguments import FlaskParser


class _Parser(FlaskParser):
    DEFAULT_VALIDATION_STATUS = 400  # one status (and one problem type, "invalid") for every bad input


class ApiBlueprint(Blueprint):
    """A flask-smorest Blueprint whose argument errors are 400 problem+json, documented as such."""

    ARGUMENTS_PARSER = _Parser()
