"""ISO 3166-1 country codes from pycountry (a maintained source, not a hand-typed table).

Loading pycountry's database takes ~0.2 s, so this module is imported on first use (and
warmed in a worker at start-up, see ``packstation/app/warmup.py``), never by the scan path's
first frame.
"""

from __future__ import annotations

import pycountry

ALPHA_2: frozenset[str] = frozenset(c.alpha_2 for c in pycountry.countries)
"""Every ISO 3166-1 alpha-2 code (``SE``, ``DE`` ...): the UPU S10 country codes."""

NUMERIC: frozenset[str] = frozenset(c.numeric for c in pycountry.countries)
"""Every ISO 3166-1 numeric code (``276`` = Germany): DPD barcodes' destination country."""
