"""Countries as ISO 3166 alpha-2 codes, from codes or the names people write."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sanctioneer.errors import InputError

__all__ = ["country_code", "country_name", "normalise_country"]

# Names in common use that the ISO tables do not carry. Not legal facts: spelling only.
_ALIASES = {
    "dprk": "KP",
    "korea dpr": "KP",
    "dpr korea": "KP",
    "democratic peoples republic of korea": "KP",
    "north korea": "KP",
    "n korea": "KP",
    "russia": "RU",
    "rok": "KR",
    "republic of korea": "KR",
    "south korea": "KR",
    "prc": "CN",
    "peoples republic of china": "CN",
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "usa": "US",
    "us": "US",
    "united states of america": "US",
    "america": "US",
    "uae": "AE",
    "iran": "IR",
    "syria": "SY",
    "vietnam": "VN",
    "laos": "LA",
    "taiwan": "TW",
    "hong kong": "HK",
    "macau": "MO",
    "macao": "MO",
    "burma": "MM",
    "turkey": "TR",
    "czech republic": "CZ",
}


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[’'`.]", "", text.lower())
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return re.sub(r"^the ", "", text.strip())


@lru_cache(maxsize=4096)
def _lookup(text: str) -> str | None:
    import pycountry

    key = _key(text)
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        return str(pycountry.countries.lookup(text.strip()).alpha_2)
    except LookupError:
        pass
    for country in pycountry.countries:
        names = {getattr(country, attr, None) for attr in ("name", "common_name", "official_name")}
        if any(name and _key(name) == key for name in names):
            return str(country.alpha_2)
    return None


def country_code(name: str) -> str | None:
    """Return the ISO 3166 alpha-2 code of a country's name or code, or None when it names no country."""
    return _lookup(name) if 0 < len(name) <= 100 else None


def normalise_country(raw: object, *, where: str) -> str:
    """Return the ISO 3166 alpha-2 code of a country given by code or name.

    Raises:
        InputError: the value names no country.
    """
    if not isinstance(raw, str) or not raw.strip():
        raise InputError(
            f"expected a country code or name such as \"KP\" or \"North Korea\", got {raw!r}", where=where
        )
    if len(raw) > 100:
        raise InputError("expected a country code or name, got over 100 characters", where=where)
    code = _lookup(raw)
    if code is None:
        raise InputError(
            f"{raw!r} is not a country this tool knows",
            where=where,
            fix="use an ISO 3166 code such as \"KP\", \"RU\" or \"CN\"",
        )
    return code


def country_name(code: str) -> str:
    """Return the common English name of a country code (the code itself if unknown)."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)
