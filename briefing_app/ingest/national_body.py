"""A government department's generic name qualified by its country, for a citation's outlet.

A national ministry's name spelled by its host ("mfa.gov.kv": "Ministry of Foreign Affairs") is
every country's: when the text writes the name with its own country after "of" ("the Ministry
of Foreign Affairs of the Republic of Kelvo"), the outlet is the name as the text writes it. Its
own country: one of the ISO 3166 names (pycountry's short, common or official name) of the
country the host's country-code domain names. No rule from particular pages.

Left as they are: a name that holds a country already ("Kelvo Ministry of Water", "Ministry of
Kelvo Affairs") or heads no ministry or department; another country's ministry that the text
writes ("talks with the Ministry of Foreign Affairs of Nordland" on Kelvo's host); a host
under no country code. The host's country code alone does not name the outlet: a ministry's
own pages may cite it under another form of its country's name than ISO 3166's ("Taiwan,
Province of China").
"""

from __future__ import annotations

import re

from briefing_app.ingest.issued_at import country_names
from briefing_app.ingest.urls import registered_domain

_DEPARTMENT = re.compile(r"(?:Ministry|Department)\s+(?:of|for)\s+\S.*")
_COUNTRY_WORDS = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4}"


# Country-code domains whose code is not the country's ISO 3166 alpha-2 code (IANA root zone).
_CODES = {"uk": "GB"}


def _host_country(url: str) -> frozenset[str]:
    """The ISO 3166 names of the country the host's country-code domain names, case-folded."""
    code = registered_domain(url).rpartition(".")[2]
    if not re.fullmatch(r"[a-z]{2}", code):
        return frozenset()
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return frozenset()
    found = pycountry.countries.get(alpha_2=_CODES.get(code, code.upper()))
    names = (getattr(found, a, "") for a in ("name", "common_name", "official_name"))
    return frozenset(n.casefold() for n in names if n) if found else frozenset()


def _names_country(name: str) -> bool:
    """A word run of ``name`` is a country's name already ("Kelvo Ministry of Water")."""
    words = re.findall(r"[A-Z][\w’'-]*", name)
    return any(
        " ".join(words[i:j]).casefold() in country_names()
        for i in range(len(words))
        for j in range(i + 1, min(len(words), i + 4) + 1)
    )


def with_country(name: str, url: str, text: str) -> str:
    """``name`` qualified by its country (module doc), else ``name`` unchanged."""
    if not _DEPARTMENT.fullmatch(name) or _names_country(name):
        return name
    own = _host_country(url)
    for found in re.finditer(rf"{re.escape(name)}\s+of\s+(?P<country>{_COUNTRY_WORDS})", text):
        country = found["country"]
        bare = re.sub(r"^the\s+", "", country)
        # the longest run of words that is a country's name: "the Republic of Kelvo"
        words = bare.split()
        for end in range(len(words), 0, -1):
            if " ".join(words[:end]).casefold() in own:
                lead = country[: len(country) - len(bare)]
                return f"{name} of {lead}{' '.join(words[:end])}"
    return name
