"""``GET /health``: which backends answer, which model versions are champions, KB size."""

from __future__ import annotations

import logging
from typing import Any

from assistant.settings import Settings

log = logging.getLogger("assistant.api")
MODEL_KINDS = ("recommender", "customers", "feedback")


def _models(settings: Settings) -> dict[str, Any]:
    if settings.predictor_backend == "sagemaker":
        return {"recommender": settings.sagemaker_recommender_endpoint,
                "segments": settings.sagemaker_segments_endpoint,
                "engagement": settings.sagemaker_engagement_endpoint,
                "feedback": settings.sagemaker_feedback_endpoint}
    from recommender.registry import Registry

    registry = Registry(settings.models_dir)
    out: dict[str, Any] = {}
    for kind in MODEL_KINDS:
        try:
            champion = registry.champion(kind)
        except Exception:  # a broken registry entry must not break the health check
            log.exception("reading the %s champion failed", kind)
            champion = None
        out[kind] = champion.version if champion else None
    return out


def _knowledge_base(settings: Settings) -> dict[str, Any]:
    if settings.kb_backend == "bedrock":
        return {"backend": "bedrock", "knowledge_base_id": settings.bedrock_kb_id}
    if settings.kb_backend == "opensearch":
        return {"backend": "opensearch", "index": settings.opensearch_index}
    try:
        from knowledge_base.ingest import document_count

        count: int | None = document_count(settings)
    except Exception:
        log.exception("counting knowledge-base documents failed")
        count = None
    return {"backend": "local", "documents": count}


def health(settings: Settings) -> dict[str, Any]:
    """The health document; status 'degraded' when a model or the KB is missing."""
    models = _models(settings)
    kb = _knowledge_base(settings)
    missing = [k for k, v in models.items() if not v]
    if kb.get("documents") == 0 or ("documents" in kb and kb["documents"] is None):
        missing.append("knowledge_base")
    return {
        "status": "degraded" if missing else "ok",
        "missing": missing,
        "chat_model": settings.effective_chat_model,
        "predictor_backend": settings.predictor_backend,
        "memory_backend": settings.memory_backend,
        "feedback_backend": settings.feedback_backend,
        "models": models,
        "knowledge_base": kb,
    }
