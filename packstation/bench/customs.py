"""Does a parcel leave the EU customs union? (Qt-free)

The member states come from a kept list, not one typed here: ``python-stdnum``'s
``stdnum.eu.vat.MEMBER_STATES`` (the EU member states, kept up to date by that project as
membership changes; it lists Greece as ``gr`` and adds ``xi``, Northern Ireland's VAT
prefix, which is no ISO country and is dropped here).

One addition, with its source: Monaco is part of the customs territory of the Union
(Regulation (EU) No 952/2013, the Union Customs Code, Article 4(1)), though it is not a
member state.

What this cannot see: parts of member states outside the customs territory or the VAT area
(Büsingen, Heligoland, Livigno, Ceuta and Melilla; the Canary Islands, Åland, the French
overseas departments and Mount Athos need customs papers for VAT), which share their
country's ISO code and differ only by postcode, and Northern Ireland, which ships as ``GB``.
An unknown or empty country code is treated as outside (papers are printed: the cautious
answer).
"""

from __future__ import annotations

from stdnum.eu.vat import MEMBER_STATES

# ISO 3166-1 alpha-2. stdnum names Greece by its ISO code "gr" (its VAT prefix is "EL").
_CUSTOMS_TERRITORY_EXTRA = frozenset({"MC"})  # UCC Art. 4(1)
EU_CUSTOMS_UNION: frozenset[str] = frozenset(
    code.upper() for code in MEMBER_STATES if code.lower() != "xi"
) | _CUSTOMS_TERRITORY_EXTRA


def in_customs_union(country: str) -> bool:
    """True if a parcel to ``country`` (ISO 3166-1 alpha-2) stays in the EU customs union."""
    code = country.strip().upper()
    if code == "EL":  # Greece by its VAT prefix, as some systems write it
        code = "GR"
    return code in EU_CUSTOMS_UNION


def needs_customs_papers(country: str) -> bool:
    return not in_customs_union(country)
