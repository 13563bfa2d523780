"""The Lambda deployment package: built with ``chalice package``, small enough for Lambda,
no pandas/scipy/scikit-learn inside, and the app answers API Gateway events from it alone."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("lambda_probe.py")
LAMBDA_ENV = {
    "ASSISTANT_CHAT_MODEL": "bedrock", "ASSISTANT_PREDICTOR_BACKEND": "sagemaker",
    "ASSISTANT_KB_BACKEND": "bedrock", "ASSISTANT_FEEDBACK_BACKEND": "bedrock",
    "ASSISTANT_MEMORY_BACKEND": "dynamodb", "ASSISTANT_API_KEYS_BACKEND": "dynamodb",
}

pytestmark = pytest.mark.integration


def _pypi_reachable() -> bool:
    try:
        socket.create_connection(("pypi.org", 443), timeout=5).close()
        return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    """Build once (chalice caches the downloaded wheels in chalice_app/.chalice/)."""
    if not _pypi_reachable():
        pytest.skip("PyPI is not reachable: cannot download the Lambda's dependencies")
    sys.path.insert(0, str(ROOT / "chalice_app"))
    try:
        from build import build_package, inspect_package
    finally:
        sys.path.remove(str(ROOT / "chalice_app"))
    zip_path = build_package(tmp_path_factory.mktemp("lambda") / "out")
    unzipped = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(unzipped)
    return inspect_package(zip_path), unzipped


def test_package_fits_lambda_and_has_no_heavy_data_science(package):
    report, unzipped = package
    assert report.unzipped_bytes < 250 * 1024 * 1024, report.summary()
    assert report.forbidden == [], report.summary()
    for name in ("pandas", "scipy", "sklearn"):
        assert not (unzipped / name).exists()


def test_package_holds_the_app_our_packages_and_the_widget(package):
    _, unzipped = package
    for path in ("app.py", "chalicelib/guard.py", "chalicelib/static/widget.js",
                 "tools/registry.py", "agent/service.py", "assistant/settings.py"):
        assert (unzipped / path).is_file(), path


def test_app_answers_from_the_package_alone(package, tmp_path):
    """``python -S``: no site-packages, so every import must come from the package."""
    _, unzipped = package
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
           "AWS_DEFAULT_REGION": "us-east-1", "ASSISTANT_ARTIFACTS": str(tmp_path), **LAMBDA_ENV}
    result = subprocess.run([sys.executable, "-S", str(PROBE), str(unzipped)], env=env,
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout)
    assert out["heavy_modules"] == []
    assert out["site_packages_used"] == []
    health = json.loads(out["health"]["body"])
    assert out["health"]["status"] == 200
    assert health["predictor_backend"] == "sagemaker" and health["chat_model"] == "bedrock"
    openapi = json.loads(out["openapi"]["body"])
    assert "/tools/recommend-for-user" in openapi["paths"]
    assert "ChatResult" in openapi["components"]["schemas"]
    assert out["widget"]["status"] == 200
    assert out["chat_no_key"]["status"] == 401
