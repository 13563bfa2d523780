"""Speed of the HTTP API on loopback with the local backends (offline chat model).

Starts ``assistant serve`` in a child process (as ``make run`` does) over 400 synthetic
customers in a cached temporary directory, then measures ``POST /tools/recommend-for-user``
(customers never asked before, then repeats of three customers, whose answers the tools
remember) and ``POST /chat``: p50, p99 and requests per second at 1 and 8 concurrent clients
(each client keeps one HTTP/1.1 connection). Goals: tool p99 < 30 ms, chat p99 < 150 ms, no
errors.

    python benchmarks/api.py [--requests 300] [--artifacts DIR]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CUSTOMERS = ["12347", "12583", "17850"]
QUESTIONS = [
    "What should we recommend to customer {c}?",
    "Which segment is customer {c} in?",
    "Why is customer {c} at risk of churning?",
    "What is our returns policy?",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(artifacts: Path, port: int) -> tuple[subprocess.Popen[str], str]:
    """``assistant serve`` in a child process; returns it and the dev key it printed."""
    env = dict(os.environ, ASSISTANT_ARTIFACTS=str(artifacts), ASSISTANT_CHAT_MODEL="offline",
               ASSISTANT_SYNTHETIC_CUSTOMERS="400", ASSISTANT_SYNTHETIC_SEED="11",
               ASSISTANT_RATE_LIMIT_PER_MINUTE="10000000", OPENBLAS_NUM_THREADS="1")
    for var in ("AWS_ACCESS_KEY_ID", "AWS_PROFILE"):
        env.pop(var, None)
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("Dev key:"):
            threading.Thread(target=proc.stdout.read, daemon=True).start()  # drain
            return proc, line.split()[2]
    raise SystemExit(f"assistant serve exited with code {proc.wait()}")


def _customers(artifacts: Path) -> list[str]:
    """Customer ids of the prepared synthetic data (benchmarks may use pandas)."""
    import pandas as pd

    from recommender.data.columns import C

    table = pd.read_parquet(artifacts / "prepared" / "customers.parquet", columns=[C.CUSTOMER])
    return [str(c) for c in table[C.CUSTOMER] if str(c) not in CUSTOMERS]


def run(port: int, key: str, path: str, bodies: list[dict], clients: int) -> dict[str, float]:
    """Send every body once, spread over ``clients`` threads; latency figures in ms."""
    latencies: list[float] = []
    errors: list[int] = []
    lock = threading.Lock()
    chunks = [bodies[i::clients] for i in range(clients)]

    def worker(chunk: list[dict]) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        headers = {"content-type": "application/json", "x-api-key": key}
        for body in chunk:
            start = time.perf_counter()
            conn.request("POST", path, body=json.dumps(body).encode(), headers=headers)
            response = conn.getresponse()
            response.read()
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                latencies.append(elapsed)
                if response.status != 200:
                    errors.append(response.status)
        conn.close()

    threads = [threading.Thread(target=worker, args=(c,)) for c in chunks]
    wall = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - wall
    ordered = sorted(latencies)
    return {"n": len(ordered), "p50": statistics.median(ordered),
            "p99": ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))],
            "max": ordered[-1], "rps": len(ordered) / wall, "errors": len(errors)}


def main() -> int:
    """Run the benchmark and print one line per (endpoint, concurrency)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200,
                        help="Tool requests per measurement.")
    parser.add_argument("--chat-requests", type=int, default=150,
                        help="Chat requests per measurement.")
    parser.add_argument("--artifacts", type=Path,
                        default=Path(tempfile.gettempdir()) / "assistant-bench-api",
                        help="Artifact directory (trained once, reused).")
    args = parser.parse_args()
    sys.setswitchinterval(0.001)  # 8 client threads here too
    port = _free_port()
    proc, key = start_server(args.artifacts, port)
    try:
        customers = _customers(args.artifacts)
        half = min(len(customers) // 2, args.requests)
        repeat = [{"customer_id": CUSTOMERS[i % 3], "k": 5} for i in range(args.requests)]
        chat_bodies = [{"message": QUESTIONS[i % len(QUESTIONS)].format(c=CUSTOMERS[i % 3])}
                       for i in range(args.chat_requests)]
        run(port, key, "/tools/recommend-for-user", repeat[:30], 2)  # warm up
        run(port, key, "/chat", chat_bodies[:20], 2)
        # First request for a customer (tool caches are cold) and repeats of the same three.
        plan = [
            ("tool, new customers", "/tools/recommend-for-user", 30.0,
             {1: [{"customer_id": c, "k": 5} for c in customers[:half]],
              8: [{"customer_id": c, "k": 5} for c in customers[half:2 * half]]}),
            ("tool, repeat customers", "/tools/recommend-for-user", 30.0, {1: repeat, 8: repeat}),
            ("chat (offline model)", "/chat", 150.0, {1: chat_bodies, 8: chat_bodies}),
        ]
        print(f"load average before measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        ok = True
        print(f"{'endpoint':<26}{'clients':>8}{'n':>6}{'p50 ms':>9}{'p99 ms':>9}{'req/s':>9}"
              f"{'max ms':>9}{'errors':>8}  goal")
        for label, path, goal, by_clients in plan:
            for clients, bodies in by_clients.items():
                r = run(port, key, path, bodies, clients)
                met = r["p99"] < goal and r["errors"] == 0
                ok &= met
                print(f"{label:<26}{clients:>8}{r['n']:>6.0f}{r['p50']:>9.1f}{r['p99']:>9.1f}"
                      f"{r['rps']:>9.1f}{r['max']:>9.1f}{r['errors']:>8.0f}  p99<{goal:.0f}ms "
                      f"{'met' if met else 'MISSED'}")
        return 0 if ok else 1
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
