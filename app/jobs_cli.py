"""The `flask jobs run` command: the time-based transitions of needs and pledges."""

from __future__ import annotations

import click
from flask.cli import AppGroup

jobs_cli = AppGroup("jobs", help="定时任务。Expire unshipped pledges, needs whose deadline passed, and offers past their window.")


@jobs_cli.command("run")
def jobs_run() -> None:
    """Run the time-based transitions once; safe to run repeatedly and concurrently."""
    from .services import jobs

    report = jobs.run()
    click.echo(f"pledges expired: {report.pledges_expired}; needs expired: {report.needs_expired}; "
               f"offers expired: {report.offers_expired}; purged form records: {report.form_records_purged}, "
               f"API idempotency keys: {report.idempotency_keys_purged}")
