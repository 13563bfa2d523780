"""``assistant tools list|run`` and ``assistant deploy endpoints`` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

MAIN = "from assistant.cli import main; main()"


def assistant(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None
              ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", MAIN, *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})}, cwd=cwd)


def test_tools_list_names_every_tool_and_its_arguments() -> None:
    done = assistant("tools", "list")
    assert done.returncode == 0, done.stderr
    assert "recommend-for-user(customer_id, k, category, exclude_purchased)" in done.stdout
    assert "search-knowledge-base(query, k, doc_ids, audience)" in done.stdout
    schemas = json.loads(assistant("tools", "list", "--json").stdout)
    assert len(schemas) == 5 and all(s["output_schema"]["properties"] for s in schemas)


@pytest.mark.parametrize(("args", "message"), [
    (["tools", "run", "nope"], "error: unknown tool 'nope'; known tools: recommend-for-user"),
    (["tools", "run", "segment-customer", "--args", "{bad"], "error: --args is not valid JSON"),
    (["tools", "run", "segment-customer", "--args", "[1]"], "error: --args must be a JSON obj"),
    (["tools", "run", "recommend-for-user", "--args", '{"customer_id": "1", "k": 0}'],
     "error: invalid arguments for recommend-for-user: k: Input should be greater than"),
])
def test_bad_tool_runs_are_one_line_errors(args: list[str], message: str, tmp_path) -> None:
    done = assistant(*args, env={"ASSISTANT_ARTIFACTS": str(tmp_path)})
    assert done.returncode == 2
    assert done.stderr.startswith(message)
    assert "Traceback" not in done.stderr


def test_deploy_without_configuration_names_what_is_missing(tmp_path) -> None:
    env = {"ASSISTANT_ARTIFACTS": str(tmp_path), "AWS_ACCESS_KEY_ID": "x",
           "AWS_SECRET_ACCESS_KEY": "y"}
    done = assistant("deploy", "endpoints", env=env)
    assert done.returncode == 2
    assert done.stderr.startswith("error: deploying endpoints needs an inference image")


def test_run_a_tool_on_trained_artifacts(ready_settings) -> None:
    env = {"ASSISTANT_ARTIFACTS": str(ready_settings.artifacts),
           "ASSISTANT_SYNTHETIC_CUSTOMERS": str(ready_settings.synthetic_customers),
           "ASSISTANT_SYNTHETIC_SEED": str(ready_settings.synthetic_seed)}
    done = assistant("tools", "run", "search-knowledge-base", "--args",
                     '{"query": "refund a damaged order", "k": 2}', env=env)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["query"] == "refund a damaged order"
    assert len(out["passages"]) == 2 and out["passages"][0]["source_uri"]
