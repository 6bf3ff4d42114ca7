"""`flask match run | train | allocate | lexicon-add | lexicon`: matches, outcomes, the item lexicon."""

from __future__ import annotations

import click
from flask.cli import AppGroup

match_cli = AppGroup("match", help="需求与资源匹配。Recompute matches and train the scorer.")


@match_cli.command("run")
@click.option("--top", default=20, show_default=True, help="Needs kept per offer.")
@click.option("--shard", default=0, show_default=True, help="Recompute only offers with id % SHARDS == SHARD.")
@click.option("--shards", default=1, show_default=True, type=click.IntRange(min=1), help="Number of shards.")
def run(top: int, shard: int, shards: int) -> None:
    """Recompute the best needs of every open offer; write them to the database and the search index."""
    from .services import matching, search_index

    if not 0 <= shard < shards:
        raise click.BadParameter("must be in 0..SHARDS-1", param_hint="--shard")
    offers = len([o for o in matching.open_offers() if o.id % shards == shard])
    with click.progressbar(length=offers, label="计算匹配") as bar:
        report = matching.run_matches(top=top, progress=bar.update, shard=shard, shards=shards)
    click.echo(
        f"needs {report.needs}, offers {report.offers}: {report.written} matches written, "
        f"{report.removed} removed (model {report.model_version})"
    )
    synced = search_index.sync()
    click.echo(f"search index: {synced.applied} changes applied, {search_index.backlog()} waiting")


@match_cli.command("train")
@click.option("--force", is_flag=True, help="Replace the model in use even if it scores better held out.")
def train(force: bool) -> None:
    """Train the scorer on past outcomes; report held-out quality before replacing the model in use."""
    from .services import matching

    report = matching.train(force=force)
    click.echo(f"labelled pairs: {report.pairs} ({report.positives} positive)")
    if report.new_auc is not None:
        click.echo(f"held-out ROC AUC: new model {report.new_auc:.3f}, model in use {report.current_auc:.3f}")
    click.echo(report.reason)
    click.echo(f"model in use: {report.model_version}")


@match_cli.command("allocate")
@click.option("--max-per-beneficiary", type=click.IntRange(min=1), help="At most this many offers per beneficiary.")
@click.option("--out", type=click.File("w", encoding="utf-8"), help="Write the plan as JSON Lines here.")
def allocate(max_per_beneficiary: int | None, out) -> None:
    """Solve the assignment of open offers to open needs and compare it with greedy best-first."""
    import json

    from .services import matching

    report = matching.allocation_plan(max_per_beneficiary)
    for name, figures in report.comparison.items():
        click.echo(
            f"{name:<8} total score {figures['total_score']:.1f} · needs covered {figures['needs_covered']}"
            f" · beneficiaries helped {figures['beneficiaries_helped']} · Gini {figures['gini']:.3f}"
        )
    if out is not None:
        for line in report.assignments:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        click.echo(f"{len(report.assignments)} assignments written")


@match_cli.command("lexicon-add")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def lexicon_add(path: str) -> None:
    """Add an office's item concepts (a file in the format of matching/data/lexicon.tsv) to the lexicon."""
    from pathlib import Path

    from .errors import Invalid
    from .services import matching

    try:
        before, after = matching.add_lexicon_file(Path(path))
    except Invalid as exc:
        raise click.ClickException(exc.message) from exc
    click.echo(f"词库已更新：{before} → {after} 个物品概念（{matching.lexicon_dir() / Path(path).name}）")
    click.echo("新的匹配计算会使用它；如需立即生效，请运行 flask match run")


@match_cli.command("lexicon")
@click.argument("words", nargs=-1)
def lexicon_show(words: tuple[str, ...]) -> None:
    """Show the lexicon's size, or what it extracts from WORDS (a need's or offer's text)."""
    from .services import matching

    lex = matching.lexicon()
    if not words:
        click.echo(f"{len(lex)} 个物品概念，其中 {len(lex.thesaurus_names)} 个名称来自《同义词词林》扩展版"
                   f"与 cnsyn 同义词库，版本 {lex.version}")
        return
    found = lex.requested(" ".join(words))
    click.echo("需要：" + ("、".join(sorted(lex.concepts[c].label for c in found.concepts)) or "（无）"))
    if found.excluded:
        click.echo("已排除：" + "、".join(sorted(lex.concepts[c].label for c in found.excluded)))
