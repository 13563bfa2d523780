"""The offline answer writer: sentences built only from tool outputs and passages.

Every number comes from a tool output (formatted, never computed from nothing); each fact
carries its source number [n]; text the tools wrote in English is quoted in Spanish and
French answers. Passages are data: sentences in them that look like instructions are
never repeated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.messages import BaseMessage

from agent.citations import Source, collect_sources
from agent.offline.phrases import phrase

_INSTRUCTION = re.compile(r"ignore (all |any )?(previous|prior|above)|system prompt|"
                          r"you are now|call the tool|disregard|new instructions",
                          re.IGNORECASE)
LABELS = {  # the engagement model's two labels, in the answer's language
    "es": {"likely to buy again": "en camino de volver a comprar",
           "at risk of churning": "en riesgo de abandono"},
    "fr": {"likely to buy again": "susceptible de racheter",
           "at risk of churning": "à risque d'attrition"},
}
Renderer = Callable[[Source, list[Source], str], list[str]]


def _q(text: str, language: str) -> str:
    text = " ".join(str(text).split())
    return text if language == "en" else f"“{text}”"


def _pct(value: Any) -> str:
    return f"{float(value) * 100:.0f}%"


def _num(value: Any) -> str:
    value = float(value)
    return f"{value:.0f}" if value.is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def _cite(source: Source) -> str:
    return f"[{source.citation.index}]"


def _recommend(source: Source, _: list[Source], lang: str) -> list[str]:
    out: dict[str, Any] = source.call.output  # type: ignore[union-attr,assignment]
    items = out.get("items") or []
    customer = out.get("customer_id", "?")
    if not items:
        lines = [phrase(lang, "rec_none", customer=customer, cite=_cite(source))]
        return lines + ([_q(out["note"], lang)] if out.get("note") else [])
    parts = []
    if out.get("segment"):
        parts.append(phrase(lang, "rec_segment", segment=out["segment"]))
    if out.get("country"):
        parts.append(phrase(lang, "rec_country", country=out["country"]))
    context = phrase(lang, "rec_ctx", parts=", ".join(parts)) if parts else ""
    lines = [phrase(lang, "rec_head", customer=customer, context=context, cite=_cite(source))]
    for item in items:
        reasons = item.get("reasons") or []
        reason = f" — {_q(reasons[0]['text'], lang)}" if reasons else ""
        price = phrase(lang, "price", price=_num(item["price"])) if item.get("price") else ""
        lines.append(phrase(lang, "rec_item", rank=item.get("rank", ""),
                            description=item.get("description", ""),
                            stock_code=item.get("stock_code", ""),
                            category=item.get("category", ""), price=price, reason=reason))
    if out.get("note"):
        lines.append(_q(out["note"], lang))
    return lines


def _segment(source: Source, _: list[Source], lang: str) -> list[str]:
    out: dict[str, Any] = source.call.output  # type: ignore[union-attr,assignment]
    lines = [phrase(lang, "seg_head", customer=out.get("customer_id", "?"),
                    segment=out.get("segment_name", "?"), cite=_cite(source),
                    description=_q(out.get("description", ""), lang)).strip()]
    features = out.get("features") or []
    if features:
        items = [phrase(lang, "seg_feature", label=_q(f.get("label") or f.get("feature"), lang),
                        value=_num(f["customer_value"]), average=_num(f["segment_average"]))
                 for f in features[:4]]
        lines.append(phrase(lang, "seg_features", items="; ".join(items)))
    actions = out.get("suggested_actions") or []
    if actions:
        lines.append(phrase(lang, "seg_actions",
                            actions="; ".join(_q(a, lang) for a in actions[:3])))
    return lines


def _explain(source: Source, _: list[Source], lang: str) -> list[str]:
    out: dict[str, Any] = source.call.output  # type: ignore[union-attr,assignment]
    label = LABELS.get(lang, {}).get(out.get("label", "")) or _q(out.get("label", ""), lang)
    lines = [phrase(lang, "exp_head", customer=out.get("customer_id", "?"),
                    label=label, cite=_cite(source),
                    engagement=_pct(out.get("engagement_probability", 0)),
                    risk=_pct(out.get("churn_risk", 0)))]
    contributions = out.get("contributions") or []
    if contributions:
        lines.append(phrase(lang, "exp_factors",
                            items="; ".join(_q(c["text"], lang) for c in contributions[:3])))
    item = out.get("item")
    if item:
        reasons = "; ".join(_q(r["text"], lang) for r in item.get("reasons", [])[:3]) or "-"
        text = phrase(lang, "exp_item", description=item.get("description", ""),
                      stock_code=item.get("stock_code", ""), reasons=reasons)
        if item.get("rank"):
            text += phrase(lang, "exp_item_rank", rank=item["rank"])
        lines.insert(0, f"{text} {_cite(source)}")  # the question was about the item
    return lines


def _feedback(source: Source, _: list[Source], lang: str) -> list[str]:
    out: dict[str, Any] = source.call.output  # type: ignore[union-attr,assignment]
    aggregate = out.get("aggregate") or {}
    results = out.get("results") or []
    lines: list[str] = []
    if not aggregate.get("count", len(results)):
        filters = ", ".join(f"{v}" for v in (out.get("filters") or {}).values())
        return [phrase(lang, "fb_none", cite=_cite(source), filters=filters or "-")]
    if out.get("source") == "texts" and len(results) == 1:
        result = results[0]
        lines.append(phrase(lang, "fb_single", cite=_cite(source), score=_num(result["score"]),
                            sentiment=phrase(lang, f"sentiment_{result['sentiment']}")))
    else:
        filters = ", ".join(f"{v}" for v in (out.get("filters") or {}).values())
        lines.append(phrase(lang, "fb_head", count=aggregate.get("count", len(results)),
                            cite=_cite(source),
                            filters=phrase(lang, "fb_filters", filters=filters) if filters else "",
                            positive=_pct(aggregate.get("share_positive", 0)),
                            negative=_pct(aggregate.get("share_negative", 0))))
    themes = aggregate.get("top_themes") or []
    if themes:
        lines.append(phrase(lang, "fb_themes", themes=", ".join(
            f"{_q(t['theme'].replace('_', ' '), lang)} ({t['count']})" for t in themes[:4])))
    needs = [n for r in results for n in r.get("unmet_needs", [])]
    if needs:
        # the customers' own words (any language): always quoted, like the safety example
        lines.append(phrase(lang, "fb_needs", needs="; ".join(f"“{n}”" for n in needs[:3])))
    cases = aggregate.get("safety_cases") or []
    if cases:
        lines.append(phrase(lang, "fb_safety", count=len(cases),
                            text=" ".join(cases[0]["text"].split())[:160]))
    else:
        lines.append(phrase(lang, "fb_no_safety"))
    if out.get("generated_feedback") and out.get("source") != "texts":
        lines.append(phrase(lang, "fb_generated"))
    return lines


def snippet(text: str, limit: int = 260) -> str:
    """The first sentences of a passage: no markdown tables or marks, no instruction-like
    sentence, cut at a word boundary (never inside a number)."""
    lines = [line for line in text.splitlines()
             if "|" not in line and not re.fullmatch(r"[\s:-]*", line)]
    flat = " ".join(re.sub(r"[#*_`>]+", " ", " ".join(lines)).split())
    sentences = re.split(r"(?<=[.!?])\s+", flat)
    out = ""
    for sentence in (s for s in sentences if s and not _INSTRUCTION.search(s)):
        if out and len(out) + len(sentence) > limit:
            break
        out = f"{out} {sentence}".strip()
    if len(out) <= limit:
        return out
    return out[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _search(source: Source, passages: list[Source], lang: str) -> list[str]:
    if not passages:
        return [phrase(lang, "kb_none", cite=_cite(source))]
    lines = [phrase(lang, "kb_head")]
    for passage in passages[:3]:
        data = passage.passage or {}
        lines.append(phrase(lang, "kb_item", snippet=snippet(data.get("text", "")),
                            title=data.get("title", ""), cite=_cite(passage)))
    return lines


RENDERERS: dict[str, Renderer] = {
    "recommend-for-user": _recommend,
    "segment-customer": _segment,
    "explain-prediction": _explain,
    "analyse-feedback-sentiment": _feedback,
    "search-knowledge-base": _search,
}


def _error_text(output: Any) -> str:
    text = str(output)
    return re.sub(r"^Error \(\w+\):\s*", "", text)


def write_answer(messages: Sequence[BaseMessage], language: str, model_name: str) -> str:
    """The final answer for this turn's tool results, with [n] citations and a footer."""
    sources = collect_sources(messages)
    blocks: list[str] = []
    for position, source in enumerate(sources):
        if source.citation.kind != "tool" or source.call is None:
            continue
        name = source.call.name
        if not source.ok:
            blocks.append(phrase(language, "error", what=phrase(language, f"what_{name}"),
                                 cite=_cite(source),
                                 message=_q(_error_text(source.call.output), language)))
            continue
        passages = []
        for later in sources[position + 1:]:
            if later.citation.kind != "passage":
                break
            passages.append(later)
        renderer = RENDERERS.get(name)
        if renderer is None:
            continue
        try:
            blocks.append("\n".join(renderer(source, passages, language)))
        except (KeyError, TypeError, ValueError):
            continue
    if not blocks:
        blocks.append(phrase(language, "no_results"))
    blocks.append(phrase(language, "footer", model=model_name))
    return "\n\n".join(blocks)
