"""``assistant data prepare|synth`` and ``assistant config``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from assistant.cli.common import DataOption, JsonFlag, print_json, settings
from assistant.settings import Settings


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    """Add this module's commands."""
    groups["data"].command("prepare")(prepare_cmd)
    groups["data"].command("synth")(synth_cmd)
    app.command("config")(config_cmd)
    app.command("setup")(setup_cmd)


def prepare_cmd(
    source: Annotated[Path | None, typer.Option(
        "--source", help="UCI Online Retail file: .xlsx, .csv (UTF-8/ISO-8859-1) or .csv.gz. "
        "Default: ASSISTANT_DATA, else the synthetic data.")] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", help="Output directory (default: <artifacts>/prepared).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Clean the source transactions and write typed Parquet tables."""
    from recommender.data import prepare, source_path

    cfg = settings(source)
    path = source_path(cfg)
    summary = prepare(path, out or cfg.prepared_dir, show_progress=not as_json)
    if as_json:
        print_json(summary.model_dump(exclude={"categories"}))
        return
    console = Console()
    table = Table(title=f"Prepared {summary.source}", show_header=False)
    for label, value in [
        ("rows read", f"{summary.rows_read:,}"), ("rows kept", f"{summary.rows_kept:,}"),
        ("customers", f"{summary.customers:,} (of {summary.raw_customers:,} in the file)"),
        ("items", f"{summary.items:,}"), ("countries", str(summary.countries)),
        ("returns kept apart", f"{summary.returns:,}"),
        ("date range", f"{summary.date_min} .. {summary.date_max}"),
    ] + [(f"dropped: {rule}", f"{n:,}") for rule, n in summary.dropped.items()]:
        table.add_row(label, value)
    console.print(table)
    console.print(f"tables written to {out or cfg.prepared_dir}")


def synth_cmd(
    out: Annotated[Path, typer.Option("--out", help="Output file (.csv or .csv.gz).")],
    customers: Annotated[int, typer.Option("--customers", min=10, max=50_000,
                                           help="Number of customers.")] = 1200,
    seed: Annotated[int, typer.Option("--seed", help="Random seed.")] = 7,
) -> None:
    """Write synthetic transactions in the UCI schema, with planted structure."""
    from assistant.progress import steps
    from recommender.data import write_synthetic

    with steps("Synthesising", 1) as step:
        rows = write_synthetic(out, customers, seed)
        step("written")
    typer.echo(f"wrote {rows:,} rows for {customers:,} customers to {out}")


def config_cmd(as_json: JsonFlag = False) -> None:
    """Print the effective settings (environment variables ASSISTANT_*)."""
    cfg = settings()
    values = cfg.model_dump(mode="json")
    values["effective_chat_model"] = cfg.effective_chat_model
    if as_json:
        print_json(values)
        return
    table = Table(title="Effective settings")
    table.add_column("setting")
    table.add_column("value")
    table.add_column("description")
    for name, field in Settings.model_fields.items():
        env = f"ASSISTANT_{name.upper()}"
        table.add_row(env, str(values[name]), field.description or "")
    table.add_row("(resolved chat model)", values["effective_chat_model"], "")
    Console(width=160).print(table)


def setup_cmd(data: DataOption = None) -> None:
    """Prepare the data, train every model that has no champion yet, ingest the knowledge base."""
    from assistant.bootstrap import ensure_ready

    cfg = settings(data)
    for line in ensure_ready(cfg):
        typer.echo(line)
    typer.echo(f"artifacts in {cfg.artifacts.resolve()}")
