"""The `flask assistance export` command: plans, work teams or helpers in an account's scope to .xlsx."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from ..downloads import replaced_when_complete
from ..errors import DomainError

assistance_cli = AppGroup("assistance", help="精准帮扶。Plans, work teams and helpers: export.")


@assistance_cli.command("export")
@click.argument("what", type=click.Choice(["plans", "teams", "helpers"]))
@click.option("--user", "username", required=True,
              help="The account whose scope (and right to personal data) the export takes; audited as them.")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, writable=True),
              help="The .xlsx file to write.")
def export(what: str, username: str, out_path: str) -> None:
    """Export WHAT (plans: one row per measure; teams: one row per member; helpers) with a progress bar."""
    from ..models import User
    from ..services import assistance

    user = User.by_username(username)
    if user is None or not user.is_active_account:
        raise click.ClickException(f"账号“{username}”不存在或已停用")
    try:
        total = assistance.count_rows(user, what)
        with replaced_when_complete(out_path) as out, \
                click.progressbar(length=total, label=f"导出{assistance.EXPORTS[what][0]}") as bar:
            written = assistance.export(user, what, out, progress=bar.update)
    except DomainError as error:
        raise click.ClickException(error.message) from None
    click.echo(f"exported {written} rows of {what} to {out_path}")
