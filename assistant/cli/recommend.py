"""``assistant train recommender``, ``assistant models list`` and ``assistant recommend ...``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from assistant.cli.common import DataOption, JsonFlag, print_json, settings
from assistant.errors import AssistantError
from assistant.settings import Settings

if TYPE_CHECKING:
    from recommender.service import RecommenderService

UntilOption = Annotated[str | None, typer.Option(
    "--until", help="Evaluation cutoff YYYY-MM-DD: train before it, test after it "
    "(default 2011-09-01).")]
KOption = Annotated[int, typer.Option("--k", help="Number of products (1-100).")]


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    """Add this module's commands."""
    groups["train"].command("recommender")(train_cmd)
    groups["models"].command("list")(list_cmd)
    groups["models"].command("promote")(promote_cmd)
    groups["recommend"].command("user")(user_cmd)
    groups["recommend"].command("explain")(explain_cmd)
    groups["recommend"].command("similar")(similar_cmd)
    groups["recommend"].command("batch")(batch_cmd)
    groups["recommend"].command("evaluate")(evaluate_cmd)


def _service(cfg: Settings, quiet: bool = False) -> RecommenderService:
    """The champion recommender; trained on the spot for the synthetic data."""
    from recommender.service import load_champion_recommender

    try:
        return load_champion_recommender(cfg)
    except AssistantError as exc:
        if exc.code != "not_ready":
            raise
        if cfg.data is not None:
            raise AssistantError(f"no recommender is trained for {cfg.data} yet: run assistant "
                                 f"train recommender --data {cfg.data}", code="not_ready") from exc
    from recommender.training import train_recommender

    if not quiet:
        typer.secho("no recommender trained yet: training one on the synthetic data", err=True)
    train_recommender(cfg, show_progress=not quiet)
    return load_champion_recommender(cfg)


def train_cmd(
    data: DataOption = None,
    until: UntilOption = None,
    promote: Annotated[bool, typer.Option(
        "--promote", help="Make this version the champion even if it scores lower.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Train every recommender, evaluate on the time split, register the hybrid."""
    from recommender.training import train_recommender

    version = train_recommender(settings(data), until=until, promote=promote,
                                show_progress=not as_json)
    if as_json:
        print_json(version.model_dump(mode="json"))
        return
    typer.echo((version.path / "evaluation.md").read_text())
    state = "champion" if version.champion else "not promoted (champion scores higher)"
    typer.echo(f"registered recommender {version.version} ({state}): ndcg@10 "
               f"{version.score:.4f}, train {version.metrics.get('train_seconds')} s\n"
               f"report: {version.path / 'evaluation.png'}")


def list_cmd(as_json: JsonFlag = False) -> None:
    """List every registered model version of every kind."""
    from recommender.registry import Registry

    registry = Registry(settings().models_dir)
    versions = [v for kind in registry.kinds() for v in registry.versions(kind)]
    if as_json:
        print_json([{"kind": v.kind, "version": v.version, "champion": v.champion,
                     "primary_metric": v.primary_metric, "score": v.metrics.get(v.primary_metric),
                     "created_at": v.created_at, "path": str(v.path)} for v in versions])
        return
    if not versions:
        typer.echo("no models registered yet: run assistant train recommender (or assistant "
                   "setup)")
        return
    table = Table(title=f"Models in {registry.root}")
    for col in ("kind", "version", "champion", "primary metric", "value", "created"):
        table.add_column(col)
    for v in versions:
        value = v.metrics.get(v.primary_metric)
        table.add_row(v.kind, v.version, "yes" if v.champion else "", v.primary_metric,
                      f"{value:.4f}" if isinstance(value, int | float) else str(value),
                      v.created_at)
    Console().print(table)


def promote_cmd(
    kind: Annotated[str, typer.Argument(help="Model kind: recommender, segments, engagement "
                                        "or feedback.")],
    version: Annotated[str, typer.Argument(help="Version id as `models list` shows it.")],
    as_json: JsonFlag = False,
) -> None:
    """Make a version the champion for its data, whatever its metrics (e.g. a retrained model
    whose held-out score is a little lower but that you have measured better elsewhere)."""
    from recommender.registry import Registry

    promoted = Registry(settings().models_dir).promote(kind, version)
    if as_json:
        print_json(promoted)
        return
    typer.echo(f"{kind} {promoted.version} is now the champion")


def user_cmd(
    customer_id: Annotated[str, typer.Argument(help="Customer id, e.g. 12347.")],
    k: KOption = 10,
    category: Annotated[str | None, typer.Option(help="Only this product category.")] = None,
    include_purchased: Annotated[bool, typer.Option(
        "--include-purchased", help="Also recommend products the customer bought.")] = False,
    data: DataOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Recommend products for one customer, with reasons."""
    service = _service(settings(data), quiet=as_json)
    recs = service.recommend(customer_id, k, exclude_purchased=not include_purchased,
                             category=category)
    if as_json:
        print_json({"customer_id": customer_id, "model_version":
                    service.version.version if service.version else None,
                    "recommendations": [r.model_dump() for r in recs]})
        return
    table = Table(title=f"Recommendations for customer {customer_id} "
                        f"({service.customer_country(customer_id)})")
    for col in ("#", "product", "category", "price", "score", "why"):
        table.add_column(col)
    for i, r in enumerate(recs, 1):
        table.add_row(str(i), f"{r.stock_code} {r.description}", r.category, f"£{r.price:.2f}",
                      f"{r.score:.3f}", "; ".join(x.text for x in r.reasons))
    Console().print(table)


def explain_cmd(
    customer_id: Annotated[str, typer.Argument(help="Customer id, e.g. 12347.")],
    stock_code: Annotated[str, typer.Argument(help="Product code, e.g. 85123A.")],
    data: DataOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Explain why a product is (or is not) recommended to a customer."""
    exp = _service(settings(data), quiet=as_json).explain_item(customer_id, stock_code)
    if as_json:
        print_json(exp)
        return
    rank = "already bought" if exp.already_purchased else f"rank {exp.rank}"
    typer.echo(f"{exp.stock_code} {exp.description} for customer {exp.customer_id}: {rank}, "
               f"score {exp.score:.3f}")
    for reason in exp.reasons:
        typer.echo(f"  - {reason.text}")
    for c in exp.purchased_items_that_led_to_it:
        typer.echo(f"  led by purchase {c.stock_code} {c.description} ({c.contribution:.0%})")
    typer.echo(f"  similar customers who bought it: {exp.similar_customers_count}")


def similar_cmd(
    stock_code: Annotated[str, typer.Argument(help="Product code, e.g. 85123A.")],
    k: KOption = 10,
    data: DataOption = None,
    as_json: JsonFlag = False,
) -> None:
    """More like this: products with the closest descriptions."""
    recs = _service(settings(data), quiet=as_json).similar_items(stock_code, k)
    if as_json:
        print_json([r.model_dump() for r in recs])
        return
    for i, r in enumerate(recs, 1):
        typer.echo(f"{i:>3}. {r.stock_code} {r.description} ({r.category}, £{r.price:.2f}) "
                   f"similarity {r.score:.2f}")


def batch_cmd(
    customers: Annotated[Path, typer.Option("--customers", help="File: one customer id a line.")],
    output: Annotated[Path, typer.Option("--output", help="JSON Lines file to write.")],
    k: KOption = 10,
    model: Annotated[Path | None, typer.Option(
        "--model", help="A registered version directory (default: the champion).")] = None,
    data: DataOption = None,
) -> None:
    """Export recommendations for many customers as JSON Lines."""
    from assistant.progress import progress
    from recommender.batch import export_batch, read_customers
    from recommender.models.base import check_k
    from recommender.service import RecommenderService

    ids = read_customers(customers)
    check_k(k)
    service = RecommenderService.load(model) if model else _service(settings(data))
    with progress() as bar:
        task = bar.add_task("Recommending", total=len(ids))
        summary = export_batch(service, ids, output, k=k,
                               progress=lambda n: bar.advance(task, n))
    typer.echo(f"wrote {summary.customers} customers to {summary.output} "
               f"(model {summary.model_version})")
    if summary.skipped:
        typer.echo(f"skipped {len(summary.skipped)} unknown customer(s): "
                   f"{', '.join(summary.skipped[:10])}", err=True)


def evaluate_cmd(data: DataOption = None, until: UntilOption = None,
                 as_json: JsonFlag = False) -> None:
    """Evaluate every recommender on the time split and print the table."""
    from recommender.data import load_tables
    from recommender.evaluation import markdown_table
    from recommender.training import evaluate_models

    cfg = settings(data)
    if as_json:
        result = evaluate_models(load_tables(cfg, show_progress=False), until=until)
    else:
        from assistant.progress import steps

        with steps("Evaluating", 7) as step:
            result = evaluate_models(load_tables(cfg), until=until, step=step)
    if as_json:
        print_json({"cutoff": result.cutoff, "weights": result.weights,
                    "validation_ndcg@10": result.validation_ndcg,
                    "models": [r.model_dump() for r in result.reports]})
        return
    typer.echo(markdown_table(result.reports, cutoff=result.cutoff))
