"""Imports the heavy modules (httpx, pydantic models, keyring, sqlite, the outbox, the
station core) off the GUI thread, after the first frame.

``app.main`` shows the window first and runs :func:`warm_imports` in a worker; the
GUI thread then wires the bench from modules already in ``sys.modules`` (a few ms
instead of a few hundred, so the scan field stays responsive while Packstation starts).
No Qt widget module is imported here (the ``ui`` modules' own import is cheap once
these are loaded). A module missed here is merely imported later, in the GUI thread.
"""

from __future__ import annotations

import importlib

HEAVY_MODULES = (
    "packstation.centra.order_api.client",  # httpx, h11, httpcore
    "packstation.centra.order_api.models",  # pydantic
    "packstation.centra.ready_cache",
    "packstation.station.station",  # keyring, sqlite3 (audit), scrypt
    "packstation.station.qsettings_store",
    "packstation.outbox",
    "packstation.outbox.dispatcher",
    "packstation.bench.shift_stats",
    "packstation.scanning",
    "packstation.scanning.countries",  # pycountry database (S10 and DPD country codes)
    "packstation.ui.text.messages",  # Qt-free apart from the theme enum
    "packstation.station.audited_completer",
)


def warm_imports(extra: tuple[str, ...] = ()) -> int:
    """Import every heavy module (worker thread). Returns how many were imported."""
    for name in (*HEAVY_MODULES, *extra):
        importlib.import_module(name)
    return len(HEAVY_MODULES) + len(extra)
