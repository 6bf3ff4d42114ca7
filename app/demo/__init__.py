"""The demo world: a deterministic set of villages, households, accounts, needs, offers and pledges.

``flask demo seed`` calls :func:`seed_demo_world`. The world lies on the real regions (loaded by
``flask regions load``): villages in national poverty counties, offices along their region chain, and
cooperation projects only where the 2016 east–west pairings really hold. See docs/demo.md for what it creates, the dates and the passwords.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .world import (
    DEMO_PASSWORD_SUFFIX,
    SHARED_PASSWORD,
    DemoAccount,
    DemoSeedError,
    DemoWorldBuilder,
    SeedReport,
)

__all__ = ["DEMO_PASSWORD_SUFFIX", "SHARED_PASSWORD", "DemoAccount", "DemoSeedError", "SeedReport",
           "seed_demo_world"]


def seed_demo_world(households: int, seed: int, echo: Callable[[str], None], today: date | None = None) -> SeedReport:
    """Create the demo world with ``households`` households from ``seed`` and print its demo accounts."""
    import click

    try:
        report = DemoWorldBuilder(households, seed, echo, today=today).build()
    except DemoSeedError as exc:
        raise click.ClickException(str(exc)) from exc
    from ..services.assistance import helpers_from_accounts

    helpers_from_accounts()  # the 帮扶责任人 records of the helper accounts (docs/registry.md)
    _refresh_statistics()
    echo("")
    echo(f"完成，用时 {report.seconds:.1f} 秒。写入：" + "，".join(f"{k} {n}" for k, n in report.counts.items() if n))
    echo("")
    echo("演示账号（密码 = 用户名 + “" + DEMO_PASSWORD_SUFFIX + "”）：")
    width = max(len(a.username) for a in report.accounts)
    for account in report.accounts:
        echo(f"  {account.username:<{width}}  {account.password:<{width + len(DEMO_PASSWORD_SUFFIX)}}  "
             f"{account.role}（{account.scope}）")
    echo(f"其余生成的账号（donor000001、cun_…、bf_…、office_…、org…）共用密码：{SHARED_PASSWORD}")
    echo("搜索索引是数据库的投影：请运行 flask search reindex 重建。")
    return report


def _refresh_statistics() -> None:
    """Gather planner statistics after the bulk load (PostgreSQL).

    Without them, a server whose autovacuum has not run yet picks poor plans for the region pages'
    counts (seconds instead of milliseconds at 100,000 households).
    """
    from sqlalchemy import text

    from ..extensions import db

    if db.engine.dialect.name == "postgresql":
        tables = ", ".join(f'"{t.name}"' for t in db.metadata.sorted_tables)
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f"ANALYZE {tables}"))
