"""Imports the heavy modules (httpx, pydantic models, keyring, sqlite, the outbox, the
station core, the rest of the bench's widgets) off the GUI thread, after the first frame.

``app.cli`` shows the window first and ``app.startup`` runs :func:`warm_imports` in a
worker; the GUI thread then wires the bench (``app.compose``) from modules already in
``sys.modules`` (a few ms instead of a few hundred, so the scan field stays responsive
while Packstation starts). The list is the composition root itself: ``compose`` imports
everything it wires at its top, so importing it loads the whole graph, and a module the
bench needs cannot be forgotten here (``tests/test_early_scans.py`` checks that wiring
the bench imports nothing new).
"""

from __future__ import annotations

import time
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from packstation.app.profiles import Profile


def warm_imports(profile: Profile) -> list[ModuleType]:
    """Import what the bench for ``profile`` is built from (worker thread)."""
    # The codecs the client's first request looks up (host names are IDNA-encoded).
    import encodings.ascii
    import encodings.idna

    from packstation.app import compose  # everything the bench is wired from
    from packstation.scanning import countries  # pycountry's database (first label scan)

    loaded = [compose, countries, encodings.ascii, encodings.idna]
    time.strptime("2000", "%Y")  # its first call imports _strptime (dates read at wiring)
    if profile.simulated:
        from packstation import simulator  # the demo's embedded Centra

        loaded.append(simulator)
    return loaded
