"""`flask search reindex | status | sync`: rebuild, inspect and catch up the search indexes."""

from __future__ import annotations

import click
from flask.cli import AppGroup

search_cli = AppGroup("search", help="搜索索引。Rebuild, inspect and catch up the search indexes.")


@search_cli.command("reindex")
@click.option("--index", "index_name", type=click.Choice(["needs", "offers", "projects", "matches"]),
              help="Rebuild only this index (default: all).")
@click.option("--force", is_flag=True, help="Rebuild even if an earlier rebuild of the index seems to be running.")
def reindex(index_name: str | None, force: bool) -> None:
    """Rebuild indexes from the database beside the live ones, then swap them in."""
    from .services import search_index

    for name in [index_name] if index_name else search_index.INDEX_NAMES:
        total = search_index.indexed_count(name)
        try:
            with click.progressbar(length=total, label=f"重建索引 {name}") as bar:
                count = search_index.reindex(name, progress=bar.update, force=force)
        except search_index.RebuildInProgress as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"{name}: {count} documents")


@search_cli.command("status")
def status() -> None:
    """Show each index's document count against the database, and the outbox backlog."""
    from .services import search_index

    click.echo(f"{'index':<10}{'engine':>12}{'database':>12}")
    for row in search_index.status():
        click.echo(f"{row['index']:<10}{row['engine']!s:>12}{row['database']:>12}")
    click.echo(f"outbox backlog: {search_index.backlog()}")
    for name in sorted(search_index.rebuilding()):
        click.echo(f"rebuild in progress: {name} (its changes wait until the new index is in place)")


@search_cli.command("sync")
def sync() -> None:
    """Apply every change waiting in the outbox."""
    from .services import search_index

    waiting = search_index.backlog()
    with click.progressbar(length=waiting, label="同步索引") as bar:
        report = search_index.sync(progress=bar.update)
    click.echo(f"applied {report.applied}, still waiting {search_index.backlog()}")
    if report.failed:
        raise click.ClickException(f"the engine refused changes: {report.error}")
