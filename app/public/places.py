"""The region chooser's JSON: a chooser's selects for a code, and the type-ahead over region names."""

from __future__ import annotations

from flask import jsonify, request

from ..services import regions
from . import bp


def _deepest() -> str:
    level = request.args.get("deepest") or "township"
    return level if level in regions.LEVEL_LENGTHS else "township"


@bp.get("/region-picker/chain")
def region_chain():
    """Return the selects of a chooser with ``code`` chosen (each level's options and choice) as JSON."""
    chosen = regions.picker(
        request.args.get("name", "region")[:40], request.args.get("code") or None,
        deepest=_deepest(), roots=request.args.get("roots") or None,
    )
    response = jsonify(chosen.as_json())
    response.cache_control.public = True
    response.cache_control.max_age = 3600  # the divisions change once a year
    return response


@bp.get("/region-picker/search")
def region_search():
    """Return up to 12 regions matching ``q`` by full or short name (宁蒗 → 宁蒗彝族自治县) as JSON."""
    found = regions.search(
        request.args.get("q", ""), deepest=_deepest(), roots=request.args.get("roots") or None
    )
    return jsonify({"results": found})
