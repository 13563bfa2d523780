"""Load the knowledge-base documents: Markdown files with front matter, plus model cards."""

from __future__ import annotations

from pathlib import Path

import frontmatter

from assistant.errors import AssistantError
from assistant.settings import Settings
from knowledge_base.models import Document

BUILTIN_DOCS = Path(__file__).resolve().parent / "docs"
REQUIRED = ("id", "title", "audience", "updated")


def docs_dir(settings: Settings) -> Path:
    """The directory of Markdown documents in effect."""
    return Path(settings.kb_docs_dir) if settings.kb_docs_dir else BUILTIN_DOCS


def load_markdown(path: Path) -> Document:
    """One Markdown file as a :class:`Document` (clear error for missing front matter)."""
    try:
        post = frontmatter.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise AssistantError(f"knowledge-base document {path.name} is not UTF-8 text") from exc
    except Exception as exc:  # yaml errors come in several types
        raise AssistantError(f"knowledge-base document {path.name} has invalid front matter: "
                             f"{exc}") from exc
    missing = [key for key in REQUIRED if not post.metadata.get(key)]
    if missing:
        raise AssistantError(f"knowledge-base document {path.name} lacks front matter "
                             f"field(s): {', '.join(missing)}", details={"file": str(path)})
    doc_id = str(post.metadata["id"])
    body = post.content
    if post.metadata.get("category"):
        body = body.rstrip() + "\n\n" + category_rules_section(str(post.metadata["category"]))
    return Document(doc_id=doc_id, title=str(post.metadata["title"]),
                    audience=str(post.metadata["audience"]),
                    updated=str(post.metadata["updated"]), body=body,
                    source_uri=f"kb://{doc_id}")


def category_rules_section(category: str) -> str:
    """A generated section listing the keyword rules that put products in ``category``.

    Written from ``recommender.data.categories`` at load time, so the guide always matches
    the rules the data actually uses.
    """
    from recommender.data.categories import CATEGORY_RULES, OTHER

    rules = dict(CATEGORY_RULES)
    if category == OTHER:
        text = ("A product is in Other when its description contains none of the keywords "
                "of the other categories.")
    elif category in rules:
        keywords = ", ".join(k.lower() for k in rules[category])
        order = [name for name, _ in CATEGORY_RULES]
        before = order[: order.index(category)]
        text = (f"A product is in {category} when its description contains one of these "
                f"words: {keywords}.")
        if before:
            text += (" Rules are checked in order and the first match wins, so a product that "
                     f"also matches {', '.join(before)} goes there instead.")
    else:
        raise AssistantError(f"category guide names an unknown category {category!r}")
    return f"## How products are assigned to this category\n{text}\n"


def load_markdown_dir(folder: Path) -> list[Document]:
    """Every ``*.md`` file of a folder, sorted by file name (error on duplicate ids)."""
    if not folder.is_dir():
        raise AssistantError(f"knowledge-base folder {folder} does not exist", code="not_found")
    docs = [load_markdown(p) for p in sorted(folder.glob("*.md"))]
    seen: dict[str, str] = {}
    for doc in docs:
        if doc.doc_id in seen:
            raise AssistantError(f"two knowledge-base documents share the id {doc.doc_id!r}")
        seen[doc.doc_id] = doc.title
    return docs


def load_documents(settings: Settings, *, include_cards: bool = True) -> list[Document]:
    """All documents: the Markdown folder and (by default) the generated model cards."""
    docs = load_markdown_dir(docs_dir(settings))
    if include_cards:
        from knowledge_base.model_cards import model_cards

        ids = {d.doc_id for d in docs}
        docs += [card for card in model_cards(settings) if card.doc_id not in ids]
    return docs
