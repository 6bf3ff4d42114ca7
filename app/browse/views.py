"""Search results: parse the query string, ask the engine (or the database when it is down), render."""

from flask import current_app, render_template, request

from ..services import browse
from . import bp


@bp.get("/search")
def search():
    """Show search results with facets, snippets, sorting and pagination."""
    form = browse.SearchForm.from_args(request.args)
    result = browse.run(form, per_page=current_app.config["NEEDS_PER_PAGE"])
    return render_template(
        "browse/search.html", form=form, result=result, sorts=browse.SORTS, broader=browse.broader
    )
