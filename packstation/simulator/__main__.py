"""CLI: python -m packstation.simulator --port 8765 --key demo-key [--token demo-token]
[--host H] [--latency S] [--no-rate-limit | --mutations-10s N --window-scale F
--retry-after FORMAT] [--bench-tokens N]

`--bench-tokens 20` issues bench-1 ... bench-20, each with the permissions a bench needs and
its own integration name (its own events queue), for a fleet of bench processes sharing
this one simulator and its rate limit.

Prints the base URL and the demo barcodes, then serves until Ctrl+C (or SIGTERM).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from packstation.simulator.demo_data import DEMO_BARCODES
from packstation.simulator.graphql.ratelimit import RateLimitConfig
from packstation.simulator.graphql.tokens import BENCH_PERMISSIONS
from packstation.simulator.server import (
    DEMO_API_KEY,
    DEMO_LIMITED_TOKEN,
    DEMO_TOKEN,
    CentraSimulator,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m packstation.simulator",
        description="Serve a fake Centra (Order API and Integration API) with demo shipments.",
    )
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--key", default=DEMO_API_KEY, help="expected API-Authorization value")
    parser.add_argument("--token", default=DEMO_TOKEN,
                        help="Integration API token with every permission")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added per response")
    parser.add_argument("--no-rate-limit", action="store_true",
                        help="lift the Integration API's rate limits (default: Growth plan)")
    parser.add_argument("--mutations-10s", type=int, default=20,
                        help="mutations per 10 s window (Growth plan: 20)")
    parser.add_argument("--mutations-1h", type=int, default=1800,
                        help="mutations per hour (Growth plan: 1800)")
    parser.add_argument("--requests-10s", type=int, default=60,
                        help="requests per 10 s window (Growth plan: 60)")
    parser.add_argument("--window-scale", type=float, default=1.0,
                        help="real length of a window per nominal second (0.01: 10 s -> 0.1 s)")
    parser.add_argument("--retry-after", default="rotate",
                        choices=["rotate", "seconds", "http-date", "unix", "decimal"])
    parser.add_argument("--bench-tokens", type=int, default=0,
                        help="issue tokens bench-1..bench-N (bench permissions, own queue)")
    args = parser.parse_args(argv)

    limits = RateLimitConfig(enabled=not args.no_rate_limit, mutations_10s=args.mutations_10s,
                             mutations_1h=args.mutations_1h, requests_10s=args.requests_10s,
                             window_scale=args.window_scale, retry_after=args.retry_after)
    sim = CentraSimulator(api_key=args.key, port=args.port, host=args.host,
                          latency=args.latency, graphql_token=args.token,
                          rate_limits=limits).start()
    for n in range(1, args.bench_tokens + 1):
        sim.add_token(f"bench-{n}", BENCH_PERMISSIONS, integration_name=f"bench-{n}")
    done = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGINT, on_signal)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, on_signal)
    print(f"Centra Order API simulator at {sim.base_url}")
    print(f"API key: {args.key}")
    print(f"Centra Integration API (GraphQL) simulator at {sim.graphql_url}")
    print(f"Tokens: {args.token} (every permission), {DEMO_LIMITED_TOKEN} (read only)"
          + (f", bench-1..bench-{args.bench_tokens}" if args.bench_tokens else ""))
    print("Demo barcodes:")
    width = max(len(code) for code, _ in DEMO_BARCODES)
    for code, description in DEMO_BARCODES:
        print(f"  {code:<{width}}  {description}")
    print("Press Ctrl+C to stop.", flush=True)
    try:
        while not done.wait(0.2):
            pass
    finally:
        sim.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
