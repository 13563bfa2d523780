"""``assistant feedback analyse``, ``assistant data feedback`` and ``assistant train feedback``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from assistant.cli.common import DataOption, JsonFlag, print_json, settings
from assistant.errors import AssistantError


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    """Add this module's commands."""
    groups["feedback"].command("analyse")(analyse_cmd)
    groups["data"].command("feedback")(data_feedback_cmd)
    groups["train"].command("feedback")(train_feedback_cmd)
    groups["feedback"].command("evaluate")(evaluate_cmd)
    groups["feedback"].command("crossval")(crossval_cmd)


def analyse_cmd(
    input_file: Annotated[Path, typer.Option(
        "--input", help="Feedback file: .jsonl (objects with a \"text\" field; other fields "
        "kept), .csv (a \"text\" column) or .txt (one text a line).")],
    output: Annotated[Path | None, typer.Option(
        "--output", help="Write one JSON line per input row with the analysis added. Without "
        "it, print a summary table.")] = None,
    group_by: Annotated[str | None, typer.Option(
        "--group-by", help="Summarise by this column (e.g. country, segment, stock_code; "
        "month/week/year from a date column).")] = None,
    backend: Annotated[str | None, typer.Option(
        "--backend", help="local (offline, default) or bedrock (Claude on Amazon Bedrock).")]
    = None,
    data: DataOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Sentiment, themes, unmet needs and safety concerns for every text in a file."""
    from recommender.feedback import aggregate, build_analyser
    from recommender.feedback.aggregate import check_group_by
    from recommender.feedback.files import analyse_rows, read_rows, write_jsonl

    cfg = settings(data)
    if backend is not None:
        if backend not in ("local", "bedrock"):
            raise AssistantError(f"unknown backend {backend!r}: use local or bedrock")
        cfg = cfg.model_copy(update={"feedback_backend": backend})
    rows = read_rows(input_file)
    check_group_by(rows, group_by)
    analyser = build_analyser(cfg)
    if as_json or output is None:
        analysed = analyse_rows(analyser, rows)
    else:
        from assistant.progress import progress

        with progress() as bar:
            task = bar.add_task("Analysing feedback", total=len(rows))
            analysed = analyse_rows(analyser, rows, progress=lambda n: bar.advance(task, n))
    summary = aggregate(analysed, group_by)
    truncated = sum(1 for r in analysed if r.get("truncated"))
    err = Console(stderr=True)
    if truncated:
        err.print(f"[yellow]{truncated} text(s) were longer than 5,000 characters and were "
                  "truncated (marked truncated=true).[/yellow]")
    if summary.errors:
        first = next(r["error"] for r in analysed if r.get("error"))
        err.print(f"[yellow]{summary.errors} row(s) flagged (see their \"error\" field), "
                  f"e.g. {first}[/yellow]")
    if output is not None:
        count = write_jsonl(analysed, output)
        err.print(f"wrote {count:,} rows to {output}; {len(summary.safety_cases)} safety "
                  f"case(s)")
        if as_json:
            print_json(summary)
        return
    if as_json:
        print_json(summary)
        return
    _print_summary(summary, analysed)


def _print_summary(summary: Any, analysed: list[dict[str, Any]]) -> None:
    from recommender.feedback.models import THEME_LABELS

    console = Console()
    title = f"Feedback: {summary.total:,} texts, {summary.share_negative:.0%} negative"
    table = Table(title=title + (f" by {summary.group_by}" if summary.group_by else ""))
    table.add_column(summary.group_by or "group")
    table.add_column("texts", justify="right")
    table.add_column("negative", justify="right")
    table.add_column("top themes")
    table.add_column("safety", justify="right")
    for group in summary.groups:
        themes = ", ".join(f"{THEME_LABELS.get(t, t)} ({n})" for t, n in group.top_themes[:4])
        table.add_row(group.key, f"{group.count:,}", f"{group.share_negative:.0%}", themes,
                      str(len(group.safety_cases)))
    console.print(table)
    if summary.safety_cases:
        cases = Table(title=f"Safety concerns ({len(summary.safety_cases)}): every case")
        cases.add_column("ids")
        cases.add_column("categories")
        cases.add_column("evidence")
        for case in summary.safety_cases:
            ids = ", ".join(f"{k}={v}" for k, v in case.ids.items())
            cases.add_row(ids, ", ".join(case.categories), " | ".join(case.evidence))
        console.print(cases)
    else:
        console.print("No safety concerns found.")
    if any(r.get("generated") for r in analysed):
        console.print("[dim]Note: these texts are generated feedback, not real reviews.[/dim]")


def data_feedback_cmd(
    out: Annotated[Path | None, typer.Option(
        "--out", help="Write the table to this file (.csv, .jsonl or .parquet). Without it, "
        "print where it is cached and a summary.")] = None,
    data: DataOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Generate (once) the customer feedback table linked to the prepared customers."""
    from recommender.feedback.synth import ensure_feedback_table, export_feedback_table

    cfg = settings(data)
    table = ensure_feedback_table(cfg)
    info = {"rows": len(table), "customers": int(table["customer_id"].nunique()),
            "languages": table["language"].value_counts().to_dict(),
            "safety_cases_planted": int(table["planted_safety"].map(len).gt(0).sum()),
            "generated": True, "cached_at": str(cfg.prepared_dir / "feedback.parquet")}
    if out is not None:
        export_feedback_table(table, out)
        info["written_to"] = str(out)
    if as_json:
        print_json(info)
        return
    typer.echo(f"{info['rows']:,} generated feedback texts for {info['customers']:,} customers "
               f"(languages: {info['languages']}; {info['safety_cases_planted']} planted safety "
               f"cases). GENERATED feedback: the source data has no reviews.")
    typer.echo(f"cached at {info['cached_at']}" + (f"; written to {out}" if out else ""))


def train_feedback_cmd(data: DataOption = None, as_json: JsonFlag = False) -> None:
    """Train the feedback models, evaluate them on the test set, register them."""
    from recommender.feedback.training import train_feedback

    version = train_feedback(settings(data), show_progress=not as_json)
    if as_json:
        print_json(version)
        return
    typer.echo(f"feedback {version.version} (champion: {version.champion})")
    for name, value in version.metrics.items():
        typer.echo(f"  {name}: {value}")


def evaluate_cmd(
    input_file: Annotated[Path | None, typer.Option(
        "--input", help="Labelled TSV: lang<TAB>sentiment<TAB>safety<TAB>text, safety a "
        "comma-separated list of categories or '-'. Default: the project's test set "
        "(rounds 21, 22, 35 and 36).")]
    = None,
    rules_only: Annotated[bool, typer.Option(
        "--rules-only", help="Leave the semantic models out (lexicons, classifier and "
        "safety patterns only).")] = False,
    data: DataOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Accuracy and safety precision/recall of the local analyser on a labelled file."""
    from recommender.feedback import LocalFeedbackAnalyser
    from recommender.feedback.evaluate import evaluate, read_examples, read_test_set

    if input_file is None:
        examples = read_test_set()
    else:
        if not input_file.exists():
            raise AssistantError(f"no such file: {input_file}", code="not_found")
        examples = read_examples(input_file)
        if not examples:
            raise AssistantError(
                f"{input_file} has no labelled rows (lang, sentiment, safety, text)")
    analyser = LocalFeedbackAnalyser.from_settings(settings(data))
    if rules_only:
        analyser.semantic = None
    metrics = evaluate(analyser, examples)
    if as_json:
        print_json(metrics)
        return
    for name, value in metrics.items():
        typer.echo(f"{name}: {value}")


def crossval_cmd(
    top: Annotated[int, typer.Option("--top", min=1, help="Grid points to print.")] = 10,
    data: DataOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Leave-one-round-out figures of the semantic models over their blend settings."""
    from assistant.progress import steps
    from recommender.feedback import LocalFeedbackAnalyser
    from recommender.feedback.crossval import ROUNDS, cross_validate
    from recommender.feedback.encoder import default_encoder
    from recommender.feedback.training import (
        RECORDED_ROUNDS,
        read_training,
        semantic_training_data,
    )

    cfg = settings(data)
    analyser = LocalFeedbackAnalyser.from_settings(cfg)
    if analyser.classifier is None:
        raise AssistantError("no trained feedback model yet: run `assistant train feedback`",
                             code="not_ready")
    texts, labels, _ = read_training(cfg)
    base = semantic_training_data(
        texts, labels, rounds=tuple(r for r in RECORDED_ROUNDS if r not in ROUNDS))
    with steps("Cross-validating over rounds", len(ROUNDS)) as step:
        points = cross_validate(base, analyser.classifier, analyser.lexicon_weight,
                                default_encoder(), on_fold=lambda name: step(f"holding out {name}"))
    if as_json:
        print_json([p.__dict__ for p in points[:top]])
        return
    table = Table("rule weight", "safety threshold", "rule veto", "accuracy", "safety precision",
                  "safety recall", title="Pooled over held-out rounds")
    for p in points[:top]:
        table.add_row(str(p.rule_weight), str(p.safety_threshold), str(p.rule_veto),
                      f"{p.accuracy:.3f}",
                      f"{p.safety_precision:.3f}", f"{p.safety_recall:.3f}")
    Console().print(table)
