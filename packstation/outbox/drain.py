"""Drain the outbox from the command line (also the worker the kill tests SIGKILL).

    python -m packstation.outbox.drain --db PATH --base-url URL [--api order|integration]
                                       [--key K] [--until-empty]

Recovers entries left in ``sending`` (they become ``unknown``), then delivers due entries
until the outbox has nothing open (``--until-empty``) or once (default). The key may also
come from the ``PACKSTATION_API_KEY`` environment variable (the app's one name for it;
better than ``--key``, which other users of the PC can see in the process list).
``--api integration`` delivers through the Integration API (``--base-url`` is then the
``…/graphql`` address and the key the token), built by ``centra.connection.connect`` as
the app builds it.
Exit 0: nothing left open.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from contextlib import closing

from packstation.centra.connection import connect
from packstation.outbox.dispatcher import SETTLE_WINDOW_S, Dispatcher
from packstation.outbox.faults import kill_at
from packstation.outbox.model import OutboxUnavailable
from packstation.outbox.store import Outbox
from packstation.station.secret_value import ENV_VAR


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m packstation.outbox.drain")
    p.add_argument("--db", required=True)
    p.add_argument("--base-url", required=True)
    p.add_argument("--api", choices=("order", "integration"), default="order",
                   help="the Order API (key) or the Integration API (token; --base-url "
                        "is the …/graphql address)")
    p.add_argument("--key", default=os.environ.get(ENV_VAR, ""),
                   help=f"the Centra API key or token (default: ${ENV_VAR})")
    p.add_argument("--until-empty", action="store_true")
    p.add_argument("--max-seconds", type=float, default=0.0, help="give up after (0: never)")
    p.add_argument("--timeout", type=float, default=0.0,
                   help="read timeout for every call (0: the client's defaults)")
    p.add_argument("--base-backoff", type=float, default=1.0)
    p.add_argument("--max-backoff", type=float, default=60.0)
    p.add_argument("--settle", type=float, default=SETTLE_WINDOW_S,
                   help="settle window: no resend sooner than this after a claim whose "
                        "outcome is unknown (must exceed --timeout)")
    p.add_argument("--seed", type=int, default=None)
    # Fault tests: SIGKILL this process at a dispatcher checkpoint ("answered:0.3").
    p.add_argument("--crash-at", default="", help=argparse.SUPPRESS)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        outbox = Outbox(args.db)
        outbox.recover_after_crash()
    except OutboxUnavailable as exc:
        print(exc, file=sys.stderr)
        return 2
    deadline = time.monotonic() + args.max_seconds if args.max_seconds > 0 else None
    with closing(connect(args.base_url, args.key, timeout=args.timeout,
                         api=args.api)) as client:
        dispatcher = Dispatcher(outbox, client, rng=random.Random(args.seed),
                                base_backoff=args.base_backoff, max_backoff=args.max_backoff,
                                settle=args.settle,
                                checkpoint=kill_at(args.crash_at) if args.crash_at else None)
        while True:
            outbox.recover_stale_claims()  # a sender that died meanwhile (another process)
            for delivery in dispatcher.deliver_due():
                print(f"{delivery.entry.shipment_id} {delivery.state}"
                      f"{' ' + delivery.entry.last_error if delivery.error else ''}", flush=True)
            if not args.until_empty or not outbox.open_entries():
                break
            if deadline is not None and time.monotonic() > deadline:
                break
            next_at = outbox.next_due_at()
            if next_at is not None:
                time.sleep(min(1.0, max(0.0, next_at - time.time())))
    left = outbox.waiting_count()
    outbox.close()
    return 0 if left == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
