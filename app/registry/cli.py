"""The `flask registry ...` commands: export the registry in an account's scope to .xlsx."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from ..downloads import replaced_when_complete
from ..errors import DomainError

registry_cli = AppGroup("registry", help="建档立卡。The household registry: export.")


@registry_cli.command("export")
@click.option("--user", "username", required=True,
              help="The account whose scope (and right to personal data) the export takes; it is audited as them.")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, writable=True),
              help="The .xlsx file to write.")
@click.option("--region", default="", help="Region code prefix (2–12 digits) inside the account's scope.")
@click.option("--status", default="", help="registered / exited / returned.")
@click.option("--cause", default="", help="A poverty cause code, e.g. illness.")
@click.option("--attribute", default="", help="general / minimum_living / extreme_poverty.")
def export(username: str, out_path: str, region: str, status: str, cause: str, attribute: str) -> None:
    """Export the households in the account's scope to OUT, with a progress bar; no row limit."""
    from ..models import User
    from ..services import registry_export, registry_query

    user = User.by_username(username)
    if user is None or not user.is_active_account:
        raise click.ClickException(f"账号“{username}”不存在或已停用")
    try:
        query = registry_query.parse_query({"region": region, "status": status, "cause": cause,
                                            "attribute": attribute})
        total = registry_export.count(user, query)
        with replaced_when_complete(out_path) as out, click.progressbar(length=total, label="导出建档立卡户") as bar:
            written = registry_export.export_households(user, query, out, progress=bar.update)
    except DomainError as error:
        raise click.ClickException(error.message) from None
    click.echo(f"exported {written} households to {out_path}")
