"""The `flask users ...` commands: create the first national admin without any default password."""

from __future__ import annotations

import sys

import click
from flask.cli import AppGroup

from ..errors import DomainError

users_cli = AppGroup("users", help="账号管理。Accounts: create the first platform admin.")


@users_cli.command("create-admin")
@click.argument("username")
@click.option("--display-name", default="平台管理员", show_default=True, help="Name shown in the portal.")
@click.option("--email", default=None, help="Email for notifications (optional).")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
def create_admin(username: str, display_name: str, email: str | None, password_stdin: bool) -> None:
    """Create a platform admin; the password is prompted for (twice) or read from stdin, never defaulted."""
    from ..services import accounts

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("密码 Password", hide_input=True, confirmation_prompt="再次输入 Repeat")
    problems = accounts.password_problems(password, username)
    if problems:
        raise click.ClickException("；".join(problems))
    try:
        user = accounts.create_admin(username, display_name, password, email)
    except DomainError as error:
        raise click.ClickException(error.message) from None
    click.echo(f"created admin {user.username} (id {user.id})")
