"""The offline writer quotes customers' own words, so an English answer stays English."""

from __future__ import annotations

import json

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from agent.offline.writer import write_answer


def test_unmet_needs_in_another_language_are_quoted():
    output = {"results": [{"text": "x", "score": -0.5, "sentiment": "negative",
                           "unmet_needs": ["une version plus grande du vase"]}],
              "aggregate": {"count": 1, "share_positive": 0.0, "share_negative": 1.0,
                            "top_themes": [], "safety_cases": []},
              "filters": {"country": "France"}, "source": "feedback_table",
              "generated_feedback": False}
    call = {"name": "analyse-feedback-sentiment", "args": {"country": "France"}, "id": "c1",
            "type": "tool_call"}
    messages = [HumanMessage("What are French customers unhappy about?"),
                AIMessage(content="", tool_calls=[call]),
                ToolMessage(content=json.dumps(output), tool_call_id="c1",
                            name="analyse-feedback-sentiment")]
    answer = write_answer(messages, "en", "offline-planner-1")
    assert "“une version plus grande du vase”" in answer and "[1]" in answer
