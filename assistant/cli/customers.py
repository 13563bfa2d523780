"""Customer models on the command line: train, segment, explain, segments, score customers.

Commands stay thin: they call :mod:`recommender.customers`. When the customer models are
missing they are trained on the spot for the synthetic data (cheap, with a progress bar); for
a real file the error names the command to run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from assistant.cli.common import DataOption, JsonFlag, print_json, settings
from assistant.errors import AssistantError
from assistant.settings import Settings

DateOption = Annotated[str | None, typer.Option(
    "--as-of", help="Reference date YYYY-MM-DD (default: the day after the data ends).")]


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    """Add this module's commands."""
    groups["train"].command("customers")(train_cmd)
    groups["score"].command("customers")(score_cmd)
    app.command("segment")(segment_cmd)
    app.command("explain")(explain_cmd)
    app.command("segments")(segments_cmd)


def _service(cfg: Settings) -> Any:
    """The champion customer models; trained first when missing on the synthetic data."""
    from recommender.customers.service import load_champion_customers

    try:
        return load_champion_customers(cfg, show_progress=True)
    except AssistantError as exc:
        if exc.code != "not_ready" or cfg.data is not None:
            raise
    from recommender.customers.training import train_customers

    typer.secho("the customer models are not trained yet: training them on the synthetic "
                "data now", err=True)
    train_customers(cfg, show_progress=True)
    return load_champion_customers(cfg)


def train_cmd(
    data: DataOption = None,
    reference_date: Annotated[str | None, typer.Option(
        "--reference-date", help="Test date YYYY-MM-DD (default: 91 days before the data "
        "ends + 1, i.e. 2011-09-10 on the UCI dates).")] = None,
    train_date: Annotated[str | None, typer.Option(
        "--train-date", help="Fit date YYYY-MM-DD (default: 91 days before the reference "
        "date).")] = None,
    promote: Annotated[bool, typer.Option(
        "--promote", help="Make this version the champion whatever its ROC AUC.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Train the segment and engagement models, evaluate them and register a version."""
    from recommender.customers.training import train_customers

    version = train_customers(settings(data), reference_date=reference_date,
                              train_date=train_date, promote=promote, show_progress=True)
    m = version.metrics
    if as_json:
        print_json(version.model_dump(mode="json"))
        return
    base = m.get("baselines", {})
    lines = [
        f"registered customers {version.version}" + (" (champion)" if version.champion else ""),
        f"engagement: fitted at {m['train_date']}, tested at {m['test_date']} on "
        f"{m['n_test']:,} customers: ROC AUC {m['roc_auc']}, PR AUC {m['pr_auc']}, "
        f"Brier {m['brier']}",
        f"baselines: recency only {base.get('recency_only_roc_auc')}, logistic regression "
        f"{base.get('logistic_regression_roc_auc')}",
        f"segments: k={m['k']} (silhouette {m['silhouette']}); sizes "
        + ", ".join(f"{n} {s:,}" for n, s in m["segment_sizes"].items()),
        f"files: {version.path}",
    ]
    typer.echo("\n".join(lines))


def segment_cmd(
    customer_id: Annotated[str, typer.Argument(help="Customer id, e.g. 12347.")],
    data: DataOption = None,
    as_of: DateOption = None,
    as_json: JsonFlag = False,
) -> None:
    """A customer's segment, their features beside the segment's averages, and what to do."""
    result = _service(settings(data)).segment(customer_id, as_of)
    if as_json:
        print_json(result)
        return
    console = Console()
    console.print(f"[bold]Customer {result.customer_id}[/bold] ({result.country}) is in "
                  f"[bold]{result.segment_name}[/bold] (segment {result.segment_id}, "
                  f"{result.segment_size:,} customers, as of {result.as_of}).")
    console.print(result.description)
    table = Table()
    for column in ("feature", "customer", "segment average"):
        table.add_column(column, justify="left" if column == "feature" else "right")
    for name, value in result.features.items():
        table.add_row(result.feature_labels.get(name, name), f"{value:,.2f}",
                      f"{result.segment_averages[name]:,.2f}")
    console.print(table)
    console.print("Suggested actions:")
    for action in result.suggested_actions:
        console.print(f"  - {action}")


def explain_cmd(
    customer_id: Annotated[str, typer.Argument(help="Customer id, e.g. 12347.")],
    item: Annotated[str | None, typer.Option(
        "--item", help="Also explain why this product (StockCode) is recommended.")] = None,
    data: DataOption = None,
    as_of: DateOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Why a customer is likely to buy again or at risk of churning (and why an item is
    recommended to them)."""
    cfg = settings(data)
    explanation = _service(cfg).explain(customer_id, as_of)
    item_explanation = None
    if item:
        from recommender.customers.explain import explain_recommendation

        item_explanation = explain_recommendation(cfg, explanation.customer_id,
                                                  item.strip().upper())
    if as_json:
        payload: dict[str, Any] = explanation.model_dump(mode="json")
        if item:
            payload = {"engagement": payload, "item": _as_dict(item_explanation)}
        print_json(payload)
        return
    typer.echo("\n".join(explanation.sentences))
    if item:
        typer.echo("")
        typer.echo("\n".join(item_lines(item.strip().upper(), _as_dict(item_explanation))))


def _as_dict(obj: Any) -> dict[str, Any]:
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    return dict(obj) if isinstance(obj, dict) else {"value": str(obj)}


def item_lines(stock_code: str, data: dict[str, Any]) -> list[str]:
    """The recommender's reasons for one item as plain lines."""
    title = data.get("description") or stock_code
    lines = [f"Why {stock_code} ({title}) is recommended:"]
    if data.get("rank"):
        lines.append(f"  - it is number {data['rank']} in the customer's recommendations")
    if data.get("already_purchased") or data.get("already_bought"):
        lines.append("  - the customer has already bought it")
    for reason in data.get("reasons") or []:
        text = (reason.get("text") or reason.get("sentence") or reason.get("reason")
                or str(reason)) if isinstance(reason, dict) else str(reason)
        lines.append(f"  - {text}")
    if len(lines) == 1:
        lines.append("  - the recommender gave no reasons for it")
    return lines


def segments_cmd(data: DataOption = None, as_json: JsonFlag = False) -> None:
    """The segments: size, average recency, frequency and spend, and suggested actions."""
    profiles = _service(settings(data)).profiles()
    if as_json:
        print_json([p.model_dump(mode="json") for p in profiles])
        return
    table = Table(title="Customer segments")
    for column in ("id", "segment", "customers", "share", "days since order", "orders",
                   "spend (GBP)", "first suggested action"):
        table.add_column(column)
    for p in profiles:
        table.add_row(str(p.id), p.name, f"{p.size:,}", f"{p.share:.0%}",
                      f"{p.avg_recency_days:,.0f}", f"{p.avg_frequency:,.1f}",
                      f"{p.avg_monetary:,.0f}", p.actions[0] if p.actions else "")
    Console().print(table)


def score_cmd(
    train_date: Annotated[str, typer.Option(
        "--train-date", help="Fit the engagement model on features at this date "
        "(YYYY-MM-DD), labelled by purchases in the 90 days after it.")],
    reference_date: Annotated[str, typer.Option(
        "--reference-date", help="Score customers with history before this date "
        "(YYYY-MM-DD).")],
    output: Annotated[Path, typer.Option("--output", help="JSON-lines file to write.")],
    data: DataOption = None,
) -> None:
    """Write {"customer_id", "probability", "segment"} per customer, one JSON line each."""
    from recommender.customers.training import score_customers

    n = score_customers(settings(data), train_date=train_date, reference_date=reference_date,
                        output=output, show_progress=True)
    typer.echo(f"wrote {n:,} customers to {output}")
