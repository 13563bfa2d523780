"""Optional judge metrics (off by default): correctness and groundedness scored by an
injected chat model, in the style of openevals / Ragas. Reported apart from the
deterministic metrics, since a judge is neither free nor exactly repeatable."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from assistant.errors import AssistantError
from assistant.settings import Settings
from evals.dataset import EvalCase
from evals.results import CaseOutput, Check

CORRECTNESS_PROMPT = """You grade answers of a marketing analytics assistant.
Score how correct and complete the ANSWER is for the QUESTION, from 0.0 (wrong or unhelpful)
to 1.0 (fully correct). Use the REFERENCE when one is given; otherwise judge against what the
EXPECTED behaviour says (answer / ask a clarifying question / decline) and the tool outputs.
Reply with one JSON object only: {"score": <number 0..1>, "reasoning": "<one sentence>"}."""

GROUNDEDNESS_PROMPT = """You check whether an assistant's ANSWER is supported by its CONTEXT
(tool outputs and knowledge-base passages). Score the share of the answer's claims that the
context supports, from 0.0 (invented) to 1.0 (every claim supported). Statements that only ask
the user a question or decline count as supported.
Reply with one JSON object only: {"score": <number 0..1>, "reasoning": "<one sentence>"}."""


class JudgeVerdict(BaseModel):
    """What the judge returns."""

    score: float = Field(ge=0.0, le=1.0)
    reasoning: str = ""


def _text(message: Any) -> str:
    content = getattr(message, "content", message)
    if isinstance(content, list):
        return "".join(part.get("text", "") if isinstance(part, dict) else str(part)
                       for part in content)
    return str(content)


def parse_verdict(text: str) -> JudgeVerdict:
    """The first JSON object in the judge's reply (AssistantError when there is none)."""
    match = re.search(r"\{.*\}", text, re.DOTALL)
    if match is None:
        raise AssistantError(f"the judge did not reply with JSON: {text[:120]!r}",
                             code="unavailable")
    try:
        return JudgeVerdict.model_validate(json.loads(match.group(0)))
    except (json.JSONDecodeError, ValidationError) as exc:
        raise AssistantError(f"the judge's reply is not a valid verdict: {exc}",
                             code="unavailable") from exc


def _context(outputs: CaseOutput, limit: int = 6000) -> str:
    calls = [{"name": c.name, "arguments": c.arguments, "output": c.output}
             for c in outputs.earlier_tool_calls + outputs.tool_calls]
    return json.dumps(calls, ensure_ascii=False, default=str)[:limit]


def _ask(judge: Any, system: str, body: str, name: str) -> Check:
    try:
        verdict = parse_verdict(_text(judge.invoke([("system", system), ("human", body)])))
    except AssistantError as exc:
        return Check(name=name, passed=False, score=None, detail=exc.message)
    return Check(name=name, passed=verdict.score >= 0.5, score=verdict.score,
                 detail=verdict.reasoning)


def correctness(*, outputs: CaseOutput, reference_outputs: EvalCase, judge: Any) -> Check:
    """Judge-scored correctness of the final answer."""
    case = reference_outputs
    body = (f"CONVERSATION: {json.dumps(case.turns, ensure_ascii=False)}\n"
            f"QUESTION: {case.question}\nEXPECTED: {case.expect}\n"
            f"REFERENCE: {case.reference_answer or '(none)'}\n"
            f"TOOL OUTPUTS: {_context(outputs)}\nANSWER: {outputs.answer}")
    return _ask(judge, CORRECTNESS_PROMPT, body, "judge_correctness")


def groundedness(*, outputs: CaseOutput, reference_outputs: EvalCase, judge: Any) -> Check:
    """Judge-scored share of the answer supported by tool outputs and passages."""
    body = f"CONTEXT: {_context(outputs)}\nANSWER: {outputs.answer}"
    return _ask(judge, GROUNDEDNESS_PROMPT, body, "judge_groundedness")


class LLMJudge:
    """Runs the judge metrics for one case with an injected chat model (``.invoke``)."""

    def __init__(self, model: Any) -> None:
        self.model = model

    def evaluate(self, *, outputs: CaseOutput, reference_outputs: EvalCase) -> list[Check]:
        """Correctness and groundedness checks."""
        return [metric(outputs=outputs, reference_outputs=reference_outputs, judge=self.model)
                for metric in (correctness, groundedness)]


def build_judge(settings: Settings, model: Any = None) -> LLMJudge:
    """A judge on ``model``, or on Bedrock Claude when settings select Bedrock."""
    if model is None:
        if settings.effective_chat_model != "bedrock":
            raise AssistantError(
                "the judge needs a real chat model: configure AWS credentials or set "
                "ASSISTANT_CHAT_MODEL=bedrock (the offline model cannot judge)",
                code="not_ready")
        from langchain_aws import ChatBedrockConverse

        model = ChatBedrockConverse(model=settings.bedrock_model_id,
                                    region_name=settings.aws_region, temperature=0)
    return LLMJudge(model)
