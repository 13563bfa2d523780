"""Per-key rate limits: a fixed one-minute window counted per API key.

:class:`FileRateLimiter` keeps the counters in a small JSON file under a file lock (shared by
every local server process); :class:`DynamoRateLimiter` uses one atomic ``UpdateItem`` per
request in the keys table (items expire with the table's TTL).
"""

from __future__ import annotations

import fcntl
import json
import math
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

WINDOW_SECONDS = 60


@dataclass(frozen=True)
class Decision:
    """Whether one request may go ahead, and when to retry otherwise."""

    allowed: bool
    limit: int
    remaining: int
    retry_after: int  # seconds until the window resets


class RateLimiter:
    """Counts requests per key in fixed windows of :data:`WINDOW_SECONDS`."""

    def __init__(self, limit: int, *, clock: Callable[[], float] = time.time) -> None:
        self.limit = limit
        self.clock = clock

    def hit(self, key_id: str) -> Decision:
        """Count one request for ``key_id`` and decide."""
        now = self.clock()
        window = int(now // WINDOW_SECONDS)
        count = self._increment(key_id, window)
        retry = max(1, math.ceil((window + 1) * WINDOW_SECONDS - now))
        return Decision(allowed=count <= self.limit, limit=self.limit,
                        remaining=max(0, self.limit - count), retry_after=retry)

    def _increment(self, key_id: str, window: int) -> int:
        raise NotImplementedError


class MemoryRateLimiter(RateLimiter):
    """Counters in this process only (tests, single-process tools)."""

    def __init__(self, limit: int, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(limit, clock=clock)
        self._lock = threading.Lock()
        self._counts: dict[str, tuple[int, int]] = {}

    def _increment(self, key_id: str, window: int) -> int:
        with self._lock:
            seen, count = self._counts.get(key_id, (window, 0))
            count = count + 1 if seen == window else 1
            self._counts[key_id] = (window, count)
            return count


class FileRateLimiter(RateLimiter):
    """Counters in a JSON file, locked with ``flock`` (works across local processes)."""

    def __init__(self, path: Path, limit: int, *,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(limit, clock=clock)
        self.path = Path(path)
        self._lock = threading.Lock()

    def _increment(self, key_id: str, window: int) -> int:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                try:
                    counts = json.loads(os.pread(fd, 1 << 20, 0) or b"{}")
                except json.JSONDecodeError:
                    counts = {}
                counts = {k: v for k, v in counts.items() if v[0] == window}
                count = int(counts.get(key_id, [window, 0])[1]) + 1
                counts[key_id] = [window, count]
                data = json.dumps(counts).encode()
                # Overwrite then cut to length: truncating to zero first makes ext4 flush
                # the file on close (auto_da_alloc), ~4 ms per request.
                os.pwrite(fd, data, 0)
                os.ftruncate(fd, len(data))
            finally:
                os.close(fd)  # also releases the lock
        return count


class DynamoRateLimiter(RateLimiter):
    """Counters as items ``rate#<key id>#<window>`` of the keys table (boto3 client passed in)."""

    def __init__(self, table: str, client: Any, limit: int, *,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(limit, clock=clock)
        self.table = table
        self.client = client

    def _increment(self, key_id: str, window: int) -> int:
        expires = (window + 2) * WINDOW_SECONDS
        from .keys import dynamo_call

        out = dynamo_call(
            self.client, self.table, "update_item", Key={"pk": {"S": f"rate#{key_id}#{window}"}},
            UpdateExpression="ADD #c :one SET expires_at = if_not_exists(expires_at, :exp)",
            ExpressionAttributeNames={"#c": "count"},
            ExpressionAttributeValues={":one": {"N": "1"}, ":exp": {"N": str(expires)}},
            ReturnValues="UPDATED_NEW")
        return int(out["Attributes"]["count"]["N"])
