"""The tools on the sagemaker backend: moto's sagemaker-runtime with canned endpoint answers,
and an import check that the Lambda path never loads pandas, scipy or scikit-learn."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import boto3
import pytest
import requests
from moto import mock_aws

from assistant.errors import AssistantError
from tests.conftest import make_settings
from tests.unit.tools import sagemaker_payloads as P
from tools.context import build_context
from tools.registry import run_tool

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture()
def runtime(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    with mock_aws():
        yield boto3.client("sagemaker-runtime", region_name="us-east-1")


def queue(*bodies: dict) -> None:
    """Queue endpoint answers in moto, in the order the endpoints will be called."""
    results = [{"Body": json.dumps(b), "ContentType": "application/json"} for b in bodies]
    requests.post("http://motoapi.amazonaws.com/moto-api/static/sagemaker/endpoint-results",
                  json={"results": results}, timeout=5).raise_for_status()


@pytest.fixture()
def context(runtime, tmp_path):
    settings = make_settings(tmp_path, predictor_backend="sagemaker")
    return build_context(settings, sagemaker_runtime=runtime)


def test_recommend_rounds_numbers_and_adds_segment(context) -> None:
    queue(P.RECOMMEND, P.SEGMENT)
    out = run_tool("recommend-for-user", {"customer_id": 12347, "k": 2}, context)
    assert [i.stock_code for i in out.items] == ["22423", "85123A"]
    assert out.items[0].price == 12.75 and out.items[0].score == 0.9135
    assert out.items[0].reasons[0].text.startswith("bought by 14 customers")
    assert (out.country, out.segment, out.note) == ("Iceland", "Champions", None)


def test_fewer_items_than_asked_is_noted(context) -> None:
    queue(P.RECOMMEND, P.SEGMENT)
    out = run_tool("recommend-for-user", {"customer_id": "12347", "k": 5}, context)
    assert out.note == "only 2 products could be recommended (asked for 5)"


def test_segment_from_its_endpoint(context) -> None:
    queue(P.SEGMENT)
    segment = run_tool("segment-customer", {"customer_id": "12347"}, context)
    assert (segment.segment_name, segment.distance) == ("Champions", 1.235)
    assert [f.feature for f in segment.features] == ["recency_days"]  # tiny shares left out
    assert segment.features[0].segment_average == 14.222
    assert segment.features[0].label == "days since the last order"
    assert segment.suggested_actions == ["Invite them to the loyalty programme"]


def test_explain_from_the_engagement_endpoint(context) -> None:
    queue(P.ENGAGEMENT)
    explained = run_tool("explain-prediction", {"customer_id": "12347"}, context)
    assert (explained.engagement_probability, explained.churn_risk) == (0.877, 0.123)
    assert explained.contributions[0].text.startswith("ordered 2 days ago")
    assert explained.contributions[0].effect == 1.235


def test_feedback_endpoint_results_and_aggregate(context) -> None:
    queue(P.FEEDBACK)
    texts = [r["text"] for r in P.FEEDBACK["results"]]
    out = run_tool("analyse-feedback-sentiment", {"texts": texts}, context)
    assert [r.sentiment for r in out.results] == ["negative", "positive"]
    assert out.results[0].evidence == ["set my curtain on fire"]
    assert out.aggregate.share_negative == 0.5
    assert [c.categories for c in out.aggregate.safety_cases] == [["burn_fire"]]
    assert out.generated_feedback is False


def test_unknown_customer_from_the_endpoint_is_not_found(context) -> None:
    queue(P.NOT_FOUND)
    with pytest.raises(AssistantError) as caught:
        run_tool("segment-customer", {"customer_id": "99999"}, context)
    assert (caught.value.code, caught.value.message) == ("not_found",
                                                         "customer 99999 is not in the data")


LAMBDA_SCRIPT = textwrap.dedent('''
    import io, json, sys
    import boto3
    from botocore.response import StreamingBody
    from botocore.stub import Stubber
    from assistant.settings import Settings
    import tools.registry as registry
    from tools.context import build_context
    sys.path.insert(0, {root!r})
    from tests.unit.tools import sagemaker_payloads as P

    def body_raw(raw):
        return StreamingBody(io.BytesIO(raw), len(raw))

    def body(data):
        return body_raw(json.dumps(data).encode())

    runtime = boto3.client("sagemaker-runtime", region_name="us-east-1")
    kb = boto3.client("bedrock-agent-runtime", region_name="us-east-1")
    s3 = boto3.client("s3", region_name="us-east-1")
    context = build_context(Settings(), sagemaker_runtime=runtime, kb_client=kb, s3=s3)
    table = "".join(json.dumps({{"feedback_id": f"F{{i}}", "customer_id": "12347",
                                "country": "France", "date": "2011-05-02", "text": t,
                                "segment": "Champions", "generated": True}}) + "\\n"
                    for i, t in enumerate(["a", "b"])).encode()
    with Stubber(runtime) as rs, Stubber(kb) as ks, Stubber(s3) as ss:
        for answer in (P.RECOMMEND, P.SEGMENT, P.SEGMENT, P.ENGAGEMENT, P.FEEDBACK,
                       P.FEEDBACK):
            rs.add_response("invoke_endpoint", {{"Body": body(answer)}})
        ss.add_response("get_object", {{"Body": body_raw(table)}},
                        {{"Bucket": "artifacts", "Key": "sagemaker/feedback/table.jsonl"}})
        ks.add_response("retrieve", {{"retrievalResults": [{{
            "content": {{"text": "Win back at-risk customers with a reminder."}},
            "location": {{"type": "S3", "s3Location": {{
                "uri": "s3://bucket/knowledge-base/playbook-at-risk.md"}}}},
            "score": 0.71}}]}})
        outputs = [
            registry.run_tool("recommend-for-user", {{"customer_id": "12347"}}, context),
            registry.run_tool("segment-customer", {{"customer_id": "12347"}}, context),
            registry.run_tool("explain-prediction", {{"customer_id": "12347"}}, context),
            registry.run_tool("analyse-feedback-sentiment", {{"texts": ["a", "b"]}}, context),
            registry.run_tool("search-knowledge-base", {{"query": "win back"}}, context),
            registry.run_tool("analyse-feedback-sentiment", {{"segment": "champions"}}, context),
        ]
    print(json.dumps({{
        "loaded": sorted(m for m in ("pandas", "scipy", "sklearn") if m in sys.modules),
        "passage": outputs[4].passages[0].doc_id,
        "stored": [r.feedback_id for r in outputs[5].results],
        "segment": outputs[0].segment,
    }}))
''')


def test_sagemaker_path_never_imports_pandas_scipy_or_sklearn(tmp_path) -> None:
    env = {**os.environ, "ASSISTANT_PREDICTOR_BACKEND": "sagemaker",
           "ASSISTANT_KB_BACKEND": "bedrock", "ASSISTANT_BEDROCK_KB_ID": "KB12345678",
           "ASSISTANT_ARTIFACTS": str(tmp_path), "ASSISTANT_ARTIFACT_BUCKET": "artifacts", "AWS_ACCESS_KEY_ID": "testing",
           "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}
    script = LAMBDA_SCRIPT.format(root=str(ROOT))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["passage"] == "playbook-at-risk"  # the tools really ran
    assert report["segment"] == "Champions"
    assert report["stored"] == ["F0", "F1"]
    assert report["loaded"] == []
