"""Run the real ``assistant`` entry point in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

CliRun = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli(tmp_path: Path) -> CliRun:
    """``cli("data", "prepare", "--json", env={...})`` -> CompletedProcess (text)."""

    def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
            input: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
        full_env.update({"ASSISTANT_ARTIFACTS": str(tmp_path / "artifacts"),
                         "ASSISTANT_SYNTHETIC_CUSTOMERS": "150", "COLUMNS": "200"})
        full_env.update(env or {})
        return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                              text=True, env=full_env, cwd=cwd or tmp_path, input=input,
                              timeout=timeout)

    return run
