"""The `flask <group> <verb>` commands: regions, demo data and the jobs that other modules add."""

from __future__ import annotations

import click
from flask.cli import AppGroup, with_appcontext

regions_cli = AppGroup("regions", help="行政区划等参考数据。Reference data: divisions, poverty counties, pairings.")
demo_cli = AppGroup("demo", help="演示数据。A deterministic demo world on the real regions.")


@regions_cli.command("load")
def regions_load() -> None:
    """Load divisions, poverty counties, coordinates and pairings; running it again changes nothing."""
    from .reference import load_reference_data, read_reference_data

    total = len(read_reference_data().regions)
    with click.progressbar(length=total, label="载入行政区划") as bar:
        report = load_reference_data(progress=bar.update)
    levels = " · ".join(f"{k} {v}" for k, v in report.regions_by_level.items())
    click.echo(f"regions: {levels}")
    click.echo(f"inserted {report.inserted}, updated {report.updated}, unchanged {report.unchanged}")
    click.echo(f"poverty counties: {report.poverty_counties}; with coordinates: {report.with_coordinates}")
    click.echo(f"pairings: {report.pairings} ({report.pairings_inserted} new)")


@demo_cli.command("seed")
@click.option("--households", default=2000, show_default=True, help="How many households to create.")
@click.option("--seed", "seed", default=2014, show_default=True, help="Random seed: the same seed, the same world.")
@click.option("--if-empty", is_flag=True, help="Do nothing when the database already holds households.")
def demo_seed(households: int, seed: int, if_empty: bool) -> None:
    """Create a realistic demo world and print the demo accounts and their passwords."""
    from sqlalchemy import select

    from .demo import seed_demo_world
    from .extensions import db
    from .models import Household

    if if_empty and db.session.scalar(select(Household.id).limit(1)) is not None:
        click.echo("the database already holds households: demo seeding skipped")
        return
    seed_demo_world(households=households, seed=seed, echo=click.echo)


@demo_cli.command("accounts")
def demo_accounts() -> None:
    """Print the demo accounts of the database and their passwords (make run calls it before serving)."""
    from .demo import print_demo_accounts

    print_demo_accounts(click.echo)


def register(app) -> None:
    """Attach the command groups to ``app``."""
    from .auth.cli import users_cli
    from .figures_cli import figures_cli
    from .jobs_cli import jobs_cli
    from .match_cli import match_cli
    from .registry.cli import registry_cli
    from .assistance.cli import assistance_cli
    from .search_cli import search_cli
    from .stats.cli import assessment_cli

    app.cli.add_command(regions_cli)
    app.cli.add_command(demo_cli)
    app.cli.add_command(users_cli)
    app.cli.add_command(jobs_cli)
    app.cli.add_command(figures_cli)
    app.cli.add_command(search_cli)
    app.cli.add_command(match_cli)
    app.cli.add_command(assessment_cli)
    app.cli.add_command(registry_cli)
    app.cli.add_command(assistance_cli)
    app.cli.add_command(worker)


@click.command("worker")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1), help="Worker threads.")
@click.option("--periodic/--no-periodic", default=True, show_default=True,
              help="Also schedule the periodic jobs (run exactly one worker with this on).")
@with_appcontext
def worker(workers: int, periodic: bool) -> None:
    """Run the task queue's worker: live matching, hourly jobs, the nightly match run, the search outbox."""
    from flask import current_app

    from .queue import run_worker

    click.echo(f"worker: {workers} threads, periodic jobs {'on' if periodic else 'off'}")
    run_worker(current_app._get_current_object(), workers=workers, periodic=periodic)
