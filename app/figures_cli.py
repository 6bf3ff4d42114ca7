"""The `flask figures refresh` command: recompute the precomputed figures pages show."""

from __future__ import annotations

import click
from flask.cli import AppGroup

figures_cli = AppGroup("figures", help="统计数字。Recompute the precomputed totals and counts pages show.")


@figures_cli.command("refresh")
@click.option("--key", "keys", multiple=True, help="Only this figure family (repeatable); all by default.")
def figures_refresh(keys: tuple[str, ...]) -> None:
    """Recompute every stored figure (the worker does this every FIGURES_REFRESH_MINUTES)."""
    from .services import figures

    with click.progressbar(length=figures.count_pending(), label="重新计算统计数字") as bar:
        done = figures.refresh(keys or None, progress=bar.update)
    click.echo(f"figures computed: {done}")
