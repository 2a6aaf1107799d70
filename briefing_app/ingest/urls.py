"""An address's registered domain ("press.un.org" -> "un.org"), from the bundled public-suffix
list of ``publicsuffixlist`` (read from the installed package; nothing is fetched)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from functools import lru_cache
from urllib.parse import urlsplit

_HOSTNAME = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}", re.I)


@lru_cache(maxsize=1)
def _suffixes():
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def is_hostname(text: str) -> bool:
    """True for a bare host name such as "www.example.org" (no spaces, dotted labels)."""
    return bool(_HOSTNAME.fullmatch(text.strip()))


def host_of(url: str) -> str:
    """The lower-case host of a URL or bare domain ("" when there is none)."""
    value = url.strip()
    if "://" not in value:
        value = f"//{value}"
    try:
        return (urlsplit(value).hostname or "").rstrip(".")
    except ValueError:  # a malformed port or bracket: no host to speak of
        return ""


def registered_domain(url: str) -> str:
    """The domain a registrant owns: the public suffix plus one label ("bbc.co.uk").

    Falls back to the host without "www." for IP addresses, single-label hosts and suffixes
    the list does not know. A site whose host is itself a public suffix ("www.gov.uk") is
    named by that suffix ("gov.uk"): "www." is never part of the answer.
    """
    host = host_of(url)
    if not re.fullmatch(r"[\w.-]+", host):
        return ""  # empty, or words with spaces: no address at all
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    found = _suffixes().privatesuffix(host) if "." in host else None
    bare = host.removeprefix("www.")
    if found == host and bare != host and _suffixes().is_public(bare):
        return bare  # the site of the suffix itself: "www.gov.uk" -> "gov.uk"
    return (found or host).removeprefix("www.")


# A date in an address's path: "/2023/09/08/", "/2025-04-03.html", "_2004-03-19_1.html".
_PATH_DATE = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<sep>[/_-])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d])"
)


def date_in_url(url: str) -> str:
    """The ISO day an article's address carries in its path ("" when none): content systems
    file an article under the day it was published."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return ""
    for m in _PATH_DATE.finditer(path):
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            continue
    return ""
