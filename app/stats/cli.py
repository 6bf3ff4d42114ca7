"""`flask assessment …`: show and configure the county assessment's indicators, and compute a year."""

from __future__ import annotations

import json
from pathlib import Path

import click
from flask.cli import AppGroup

assessment_cli = AppGroup("assessment", help="县级考核。The county assessment: indicators and yearly scores.")


@assessment_cli.command("indicators")
def show_indicators() -> None:
    """Print the active indicators (the configured set, or the default one) as the JSON `load` reads."""
    from ..services.stats import assessment

    rows = [{"code": i.code, "name": i.name, "formula": i.formula, "params": i.params, "weight": i.weight,
             "target": i.target, "direction": i.direction} for i in assessment.indicators()]
    click.echo(json.dumps(rows, ensure_ascii=False, indent=2))


@assessment_cli.command("load")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def load(path: Path) -> None:
    """Replace the indicators with the JSON list in PATH (all or nothing; every bad entry is reported)."""
    from ..services.stats import assessment

    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise click.ClickException(f"文件不是有效的 JSON：{error}") from None
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise click.ClickException("文件应为指标对象的列表")
    problems = assessment.load_indicators(rows)
    if problems:
        raise click.ClickException("指标表未保存：\n" + "\n".join(problems))
    click.echo(f"indicators stored: {len(rows)}; run `flask assessment compute` to recompute the scores")


@assessment_cli.command("compute")
@click.option("--year", "years", multiple=True, type=int, help="Year to compute (repeatable); this year by default.")
def compute(years: tuple[int, ...]) -> None:
    """Recompute the assessment of every county for the years given and store it (figure assessment.counties)."""
    import time

    from ..clock import china_today
    from ..services import figures
    from ..services.stats import assessment

    years = years or (china_today().year,)
    with click.progressbar(years, label="计算县级考核") as bar:
        for year in bar:
            started = time.perf_counter()
            snapshot = figures.compute("assessment.counties", str(assessment.parse_year(year)))
            click.echo(f"  {year}: {len(snapshot.payload['counties'])} counties in {time.perf_counter() - started:.1f} s")
