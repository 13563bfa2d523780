"""The one list of tools, with their schemas, for the agent, the API (``GET /tools``), the
OpenAPI document and the evals."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from assistant.errors import AssistantError
from tools.analyse_feedback_sentiment import analyse_feedback_sentiment
from tools.explain_prediction import explain_prediction
from tools.inputs import (
    AnalyseFeedbackSentimentInput,
    ExplainPredictionInput,
    RecommendForUserInput,
    SearchKnowledgeBaseInput,
    SegmentCustomerInput,
)
from tools.outputs import (
    AnalyseFeedbackSentimentOutput,
    ExplainPredictionOutput,
    RecommendForUserOutput,
    SearchKnowledgeBaseOutput,
    SegmentCustomerOutput,
)
from tools.recommend_for_user import recommend_for_user
from tools.search_knowledge_base import search_knowledge_base
from tools.segment_customer import segment_customer
from tools.spec import ToolSpec

TOOLS: dict[str, ToolSpec] = {
    spec.name: spec
    for spec in (
        ToolSpec("recommend-for-user", RecommendForUserInput, RecommendForUserOutput,
                 recommend_for_user),
        ToolSpec("segment-customer", SegmentCustomerInput, SegmentCustomerOutput,
                 segment_customer),
        ToolSpec("analyse-feedback-sentiment", AnalyseFeedbackSentimentInput,
                 AnalyseFeedbackSentimentOutput, analyse_feedback_sentiment),
        ToolSpec("explain-prediction", ExplainPredictionInput, ExplainPredictionOutput,
                 explain_prediction),
        ToolSpec("search-knowledge-base", SearchKnowledgeBaseInput, SearchKnowledgeBaseOutput,
                 search_knowledge_base),
    )
}


def get_tool(name: str) -> ToolSpec:
    """The tool called ``name`` (AssistantError not_found naming the known tools)."""
    try:
        return TOOLS[name]
    except KeyError:
        raise AssistantError(f"unknown tool '{name}'; known tools: {', '.join(TOOLS)}",
                             code="not_found", details={"known_tools": list(TOOLS)}) from None


def run_tool(name: str, arguments: dict[str, Any] | BaseModel, context: Any) -> BaseModel:
    """Validate ``arguments`` and run the tool; the output model instance."""
    return get_tool(name).run(arguments, context)


def tool_schemas() -> list[dict[str, Any]]:
    """Name, description, input and output JSON schema of every tool."""
    return [spec.schema() for spec in TOOLS.values()]


def converse_tool_config() -> dict[str, Any]:
    """The tools as a Bedrock Converse ``toolConfig`` (``{"tools": [{"toolSpec": ...}]}``)."""
    return {"tools": [
        {"toolSpec": {"name": spec.name, "description": spec.description,
                      "inputSchema": {"json": spec.input_model.model_json_schema()}}}
        for spec in TOOLS.values()
    ]}
