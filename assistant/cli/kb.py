"""``assistant kb ingest|search|sync|evaluate``: thin wrappers over ``knowledge_base``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from assistant.cli.common import JsonFlag, print_json, settings


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    """Add this module's commands."""
    groups["kb"].command("ingest")(ingest_cmd)
    groups["kb"].command("search")(search_cmd)
    groups["kb"].command("sync")(sync_cmd)
    groups["kb"].command("evaluate")(evaluate_cmd)


def ingest_cmd(as_json: JsonFlag = False) -> None:
    """Chunk the documents, regenerate the model cards and update the local index."""
    from knowledge_base.ingest import ingest

    report = ingest(settings(), show_progress=not as_json)
    if as_json:
        print_json(report)
    else:
        typer.echo(f"{report} -> {report.index_dir}")


def search_cmd(
    query: Annotated[str, typer.Argument(help="A question or keywords.")],
    k: Annotated[int, typer.Option("--k", min=1, max=50, help="Passages to return.")] = 5,
    doc: Annotated[list[str] | None, typer.Option(
        "--doc", help="Only these document ids (repeat the option for several).")] = None,
    audience: Annotated[str | None, typer.Option(
        "--audience", help="Only documents for this audience (e.g. marketing).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Search the knowledge base with the configured backend (ASSISTANT_KB_BACKEND)."""
    from knowledge_base.retrievers import build_retriever

    filters: dict[str, object] = {}
    if doc:
        filters["doc_id"] = list(doc)
    if audience:
        filters["audience"] = audience
    passages = build_retriever(settings()).search(query, k=k, filters=filters or None)
    if as_json:
        print_json([p.model_dump() for p in passages])
        return
    if not passages:
        typer.echo("no passage matches that query")
        return
    for rank, p in enumerate(passages, start=1):
        typer.secho(f"{rank}. {p.title} / {p.section}  (score {p.score:.3f})", bold=True)
        typer.echo(f"   source: {p.source_uri}")
        typer.echo("   " + p.text.replace("\n", "\n   "))
        typer.echo("")


def sync_cmd(as_json: JsonFlag = False) -> None:
    """Publish the documents: to S3 + a Bedrock KB ingestion job, or into OpenSearch when
    ASSISTANT_KB_BACKEND=opensearch."""
    from knowledge_base.sync import sync

    report = sync(settings())
    if as_json:
        print_json(report)
    else:
        typer.echo(str(report))


def evaluate_cmd(
    questions: Annotated[Path | None, typer.Option(
        "--questions", help="Labelled questions (JSONL with question, doc_ids); default: the "
        "built-in set.")] = None,
    k: Annotated[int, typer.Option("--k", min=1, max=20, help="Cut-off for recall@k.")] = 3,
    as_json: JsonFlag = False,
) -> None:
    """Recall@k and MRR of the configured backend on the labelled questions."""
    from knowledge_base.evaluation import QUESTIONS, evaluate, load_questions
    from knowledge_base.retrievers import build_retriever

    cfg = settings()
    report = evaluate(build_retriever(cfg), load_questions(questions or QUESTIONS), k=k,
                      backend=cfg.kb_backend)
    if as_json:
        print_json(report.model_dump(exclude={"results"}))
        return
    typer.echo(report.summary())
    for miss in report.misses:
        typer.echo(f"  miss: {miss.question}  expected {', '.join(miss.expected)}; got "
                   f"{', '.join(miss.retrieved[:k]) or 'nothing'}")
