"""`flask search reindex | status | sync`: rebuild, inspect and catch up the search indexes."""

from __future__ import annotations

import functools
import logging

import click
from flask.cli import AppGroup

from search import EngineUnavailable, SearchError

search_cli = AppGroup("search", help="搜索索引。Rebuild, inspect and catch up the search indexes.")

# The Elasticsearch client logs a warning for every retry and every node it marks dead; on a terminal
# that buries the one line that matters. Its errors reach the command as EngineUnavailable anyway.
CLIENT_LOGGERS = ("elastic_transport", "elasticsearch")


def _one_line(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def engine_errors(command):
    """Turn a search failure into one clear line and a non-zero exit, instead of a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        for name in CLIENT_LOGGERS:
            logging.getLogger(name).setLevel(logging.ERROR)
        try:
            return command(*args, **kwargs)
        except EngineUnavailable as exc:
            raise click.ClickException(f"搜索引擎不可用：{_one_line(exc)}") from exc
        except SearchError as exc:
            raise click.ClickException(f"搜索引擎出错：{_one_line(exc)}") from exc

    return wrapper


def _require_engine() -> None:
    """Fail at once, before anything is written, when the engine does not answer."""
    from .services import search_index

    if not search_index.engine().health():
        raise EngineUnavailable(f"{search_index.engine_label()} 没有应答")


@search_cli.command("reindex")
@click.option("--index", "index_name", type=click.Choice(["needs", "offers", "projects", "matches"]),
              help="Rebuild only this index (default: all).")
@click.option("--force", is_flag=True, help="Rebuild even if an earlier rebuild of the index seems to be running.")
@engine_errors
def reindex(index_name: str | None, force: bool) -> None:
    """Rebuild indexes from the database beside the live ones, then swap them in."""
    from .services import search_index

    _require_engine()
    for name in [index_name] if index_name else search_index.INDEX_NAMES:
        total = search_index.indexed_count(name)
        try:
            with click.progressbar(length=total, label=f"重建索引 {name}") as bar:
                count = search_index.reindex(name, progress=bar.update, force=force)
        except search_index.RebuildInProgress as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"{name}: {count} documents")


@search_cli.command("status")
@engine_errors
def status() -> None:
    """Show each index's document count against the database, and the outbox backlog."""
    from .services import search_index

    rows = search_index.status()
    click.echo(f"{'index':<10}{'engine':>12}{'database':>12}")
    for row in rows:
        in_engine = "不可用" if row["engine"] is None else row["engine"]
        click.echo(f"{row['index']:<10}{in_engine!s:>12}{row['database']:>12}")
    click.echo(f"outbox backlog: {search_index.backlog()}")
    for name in sorted(search_index.rebuilding()):
        click.echo(f"rebuild in progress: {name} (its changes wait until the new index is in place)")
    if any(row["engine"] is None for row in rows):
        raise EngineUnavailable(f"{search_index.engine_label()} 没有应答或无法计数")


@search_cli.command("sync")
@engine_errors
def sync() -> None:
    """Apply every change waiting in the outbox."""
    from .services import search_index

    _require_engine()
    waiting = search_index.backlog()
    with click.progressbar(length=waiting, label="同步索引") as bar:
        report = search_index.sync(progress=bar.update)
    click.echo(f"applied {report.applied}, still waiting {search_index.backlog()}")
    if report.failed:
        raise click.ClickException(f"the engine refused changes: {report.error}")
