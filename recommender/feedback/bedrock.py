"""Feedback analysis with Claude on Amazon Bedrock, structured output into the same model.

The chat model is passed in (``ChatBedrockConverse(client=...)`` in tests, with a botocore
Stubber); a default one is built from the settings only when none is given. Safety is
recall-first: the local analyser's safety findings (patterns and semantic models) are merged
into the model's answer, so a hazard the model overlooks is still reported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.errors import AssistantError
from recommender.feedback.analyser import LocalFeedbackAnalyser, flagged, prepare_text
from recommender.feedback.models import SAFETY_CATEGORIES, THEMES, FeedbackAnalysis

if TYPE_CHECKING:
    from assistant.settings import Settings

MAX_CONSECUTIVE_FAILURES = 3
SYSTEM_PROMPT = (
    "You analyse one piece of customer feedback for a retailer's marketing team. The text may "
    "be in English, Spanish or French. Fill every field: language (en, es, fr or other); "
    "sentiment (positive, negative or neutral) with score in [-1, 1] and confidence in [0, 1]; "
    f"themes only from {', '.join(THEMES)}; unmet_needs as short phrases copied from the "
    "text; safety_concern true when the text reports any burn, fire, smoke or melting, "
    "choking or small parts, allergic reaction or rash, cut or injury, electric shock or "
    "sparks, or toxic/chemical smell (false when the text says there was none); "
    f"safety_categories from {', '.join(SAFETY_CATEGORIES)}; safety_evidence as the exact "
    "spans of text. Copy the text unchanged into `text`. Set truncated false and error null."
)


class BedrockFeedbackAnalyser:
    """Claude (via langchain-aws) with ``with_structured_output(FeedbackAnalysis)``."""

    def __init__(self, model: Any, *, fallback: Any = None) -> None:
        self.model = model
        self.structured_ = model.with_structured_output(FeedbackAnalysis)
        # Rows Bedrock cannot answer are analysed locally, so no safety case is lost.
        self.fallback = fallback if fallback is not None else LocalFeedbackAnalyser()

    @classmethod
    def from_settings(cls, settings: Settings, *, model: Any = None) -> BedrockFeedbackAnalyser:
        """Use ``model`` when given, else a ``ChatBedrockConverse`` for the configured id."""
        if model is None:
            from langchain_aws import ChatBedrockConverse

            model = ChatBedrockConverse(model=settings.bedrock_model_id,
                                        region_name=settings.aws_region, temperature=0)
        return cls(model, fallback=LocalFeedbackAnalyser.from_settings(settings))

    def analyse(self, texts: list[str]) -> list[FeedbackAnalysis]:
        """One model call per text; a failed call gives a flagged row, the rest go on."""
        out: list[FeedbackAnalysis] = []
        failures: list[str] = []
        # The local analysis of every text, in one batch: the fallback when a call fails, and
        # the recall net (patterns + semantic models) merged into every answer.
        local = self.fallback.analyse(list(texts))
        for raw, mine in zip(texts, local, strict=True):
            text, truncated, error = prepare_text(raw)
            if error is not None:
                out.append(flagged(text, error))
                continue
            if len(failures) >= MAX_CONSECUTIVE_FAILURES:
                # Bedrock itself is failing (credentials, network): stop calling it.
                out.append(self._local(mine, failures[-1], truncated))
                continue
            try:
                result = self._call(text)
            except AssistantError as exc:
                failures.append(exc.message)
                out.append(self._local(mine, exc.message, truncated))
                continue
            failures.clear()
            out.append(self._merge(text, result, mine, truncated))
        return out

    @staticmethod
    def _local(result: FeedbackAnalysis, reason: str, truncated: bool) -> FeedbackAnalysis:
        return result.model_copy(update={
            "truncated": truncated, "error": f"{reason} (analysed locally instead)"})

    def _call(self, text: str) -> FeedbackAnalysis:
        try:
            result = self.structured_.invoke([("system", SYSTEM_PROMPT), ("human", text)])
        except Exception as exc:  # noqa: BLE001 - botocore/langchain errors vary; report one line
            raise AssistantError(f"Bedrock could not analyse the text: {exc}",
                                 code="unavailable") from exc
        if isinstance(result, dict):
            result = FeedbackAnalysis.model_validate(result)
        if not isinstance(result, FeedbackAnalysis):
            raise AssistantError("Bedrock returned no structured analysis", code="unavailable")
        return result

    @staticmethod
    def _merge(text: str, result: FeedbackAnalysis, local: FeedbackAnalysis,
               truncated: bool) -> FeedbackAnalysis:
        categories = list(dict.fromkeys([*result.safety_categories, *local.safety_categories]))
        evidence = list(dict.fromkeys([*result.safety_evidence, *local.safety_evidence]))
        return result.model_copy(update={
            "text": text, "truncated": truncated, "error": None,
            "safety_concern": bool(result.safety_concern or categories),
            "safety_categories": categories, "safety_evidence": evidence,
        })
