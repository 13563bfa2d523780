"""The graph with a scripted chat model: tool loop, parallel calls, errors, step cap."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langgraph.checkpoint.memory import InMemorySaver

from agent.graph import build_graph
from agent.toolkit import build_tools
from tests.unit.agent.fakes import fake_specs


class ScriptedModel(BaseChatModel):
    """Answers with the next message of ``script`` (the last one repeats)."""

    script: list[AIMessage]
    seen: list[list[BaseMessage]] = []
    disable_streaming: bool = True

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(self, tools: Any, **kwargs: Any) -> ScriptedModel:
        return self

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        self.seen.append(list(messages))
        index = min(len(self.seen) - 1, len(self.script) - 1)
        message = self.script[index].model_copy()
        if message.tool_calls:  # fresh ids every step, like a real model
            message.tool_calls = [dict(c, id=f"{c['id']}-{len(self.seen)}")
                                  for c in message.tool_calls]
        return ChatResult(generations=[ChatGeneration(message=message)])


def _call(name: str, args: dict[str, Any], call_id: str) -> dict[str, Any]:
    return {"name": name, "args": args, "id": call_id, "type": "tool_call"}


def _run(model: ScriptedModel, question: str = "q", **kwargs: Any) -> list[BaseMessage]:
    graph = build_graph(model, build_tools(fake_specs(), None), InMemorySaver(), **kwargs)
    state = graph.invoke({"messages": [HumanMessage(content=question)]},
                         {"configurable": {"thread_id": "t"}})
    return state["messages"]


def test_parallel_tool_calls_each_get_a_result_the_model_reads():
    model = ScriptedModel(seen=[], script=[
        AIMessage(content="", tool_calls=[
            _call("segment-customer", {"customer_id": "12347"}, "a"),
            _call("recommend-for-user", {"customer_id": "12347", "k": 2}, "b")]),
        AIMessage(content="done [1][2]")])
    messages = _run(model)
    results = [m for m in messages if isinstance(m, ToolMessage)]
    assert [r.name for r in results] == ["segment-customer", "recommend-for-user"]
    assert all(r.status != "error" for r in results)
    second_call = model.seen[1]
    assert sum(isinstance(m, ToolMessage) for m in second_call) == 2
    assert "[2] tool recommend-for-user" in second_call[0].content  # numbered sources
    assert messages[-1].content == "done [1][2]"


def test_domain_errors_and_bad_arguments_become_tool_messages():
    model = ScriptedModel(seen=[], script=[
        AIMessage(content="", tool_calls=[
            _call("segment-customer", {"customer_id": "99999"}, "a"),
            _call("recommend-for-user", {"customer_id": "12347", "k": 500}, "b")]),
        AIMessage(content="sorry")])
    results = [m for m in _run(model) if isinstance(m, ToolMessage)]
    assert results[0].status == "error"
    assert "customer 99999 is not in the data" in results[0].content
    assert results[1].status == "error"
    assert "invalid arguments: k: Input should be less than or equal to 50" in results[1].content


def test_step_cap_ends_with_an_honest_answer_and_no_dangling_calls():
    looping = ScriptedModel(seen=[], script=[AIMessage(content="", tool_calls=[
        _call("segment-customer", {"customer_id": "12347"}, "again")])])
    messages = _run(looping, "¿segmento de 12347?", max_steps=3)
    assert len(looping.seen) == 3
    assert "No pude terminar" in messages[-1].content and "3" in messages[-1].content
    calls = {c["id"] for m in messages if isinstance(m, AIMessage) for c in m.tool_calls}
    answered = {m.tool_call_id for m in messages if isinstance(m, ToolMessage)}
    assert calls == answered
