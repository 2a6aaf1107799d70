"""An address's registered domain ("news.bbc.co.uk" -> "bbc.co.uk"), from the bundled public-suffix
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


# Umbrella domains whose subdomains are separate bodies, each its own publisher: the
# European Union's (europa.eu: its institutions and agencies), the United Nations
# Secretariat's (un.org: its departments and offices; unmissions.org: its peace operations and
# special political missions, each under its own name), and the federal administrations of
# Switzerland (admin.ch), Canada (gc.ca) and Germany (bund.de), as each government documents
# its own domain. Government and military suffixes (".gov", ".mil", ".int", "gov.au",
# "gouv.fr"...) are found by shape below, not listed.
_UMBRELLA = frozenset({"europa.eu", "un.org", "unmissions.org", "admin.ch", "gc.ca", "bund.de"})
_GOVERNMENT_LABEL = re.compile(r"gov|mil|int|gouv|gob|go|govt|government|gv")
# Labels that name a version of a site, not a body: "www", "www2", "m", "mobile", "amp"; and
# those of the servers a site keeps its files on ("assets", "media", "static", "cdn", "files",
# "docs", "uploads", "content", "img"): a file's host, not a publishing body; and those of
# its mail servers, as hosts conventionally name the mail services they run ("mail", "webmail",
# "email...", "smtp", "imap", "pop3", "mx"): a link copied from a mailed release
# ("emailfooter.kwa.gov.xx") or the webmail host, not a body.
_SITE_VERSION = re.compile(
    r"www\d*|m|mobile|amp|assets?|media|static\d*|cdn\d*|files?|docs?|uploads?|content|"
    r"img\d*|images?|downloads?|(?:web)?e?mail[a-z0-9-]*|smtp\d*|imap\d*|pop3|mx\d*"
)


def outlet_domain(url: str) -> str:
    """The domain that names an address's publisher: the registered domain ("bbc.co.uk"),
    or on a government's, an army's or an umbrella domain the whole host, whose subdomains
    are separate publishers ("iss.europa.eu", "jtfb.southcom.mil", "svs.gsfc.nasa.gov")."""
    found = registered_domain(url)
    host = host_of(url)
    if not found or not host.endswith(f".{found}"):
        return found
    suffix = _suffixes().publicsuffix(found) or ""
    government = any(_GOVERNMENT_LABEL.fullmatch(label) for label in suffix.split("."))
    if not (government or found in _UMBRELLA):
        return found
    labels = host.removesuffix(f".{found}").split(".")
    while labels and _SITE_VERSION.fullmatch(labels[0]):
        labels.pop(0)  # "www.iss.europa.eu", "assets.iss.europa.eu": not a body
    if not labels or not all(re.fullmatch(r"[a-z][a-z0-9-]*", x) for x in labels):
        return found  # "www.state.gov", "2009-2017.state.gov": the same publisher
    return ".".join([*labels, found])  # the most specific body: "svs.gsfc.nasa.gov"


def last_segment(url: str) -> str:
    """The words of an address's last path segment, lower case ("/media-room/news/": "news",
    "/press-releases.html": "press releases"); "" when it has none."""
    try:
        path = urlsplit(url.strip()).path if "://" in url else ""
    except ValueError:
        return ""
    last = next((s for s in reversed(path.split("/")) if s), "")
    last = re.sub(r"\.(?:s?html?|php|aspx?|jsp)$", "", last, flags=re.I)
    return " ".join(re.split(r"[-_+ ]+", last)).strip().casefold()


# A date in an address's path: "/2023/09/08/", "/2025-04-03.html", "_2004-03-19_1.html".
_PATH_DATE = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<sep>[/_-])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d])"
)


# A day written compactly in a path, eight digits alone or glued to a name
# ("/Homendy20251118.aspx", "/t20230907_11139741.htm", "/news-20240315/"): never part of a
# longer run of digits (an id), the year a plausible one.
_COMPACT_DATE = re.compile(
    r"(?<![\d])(?P<y>(?:19[89]|20[0-4])\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])"
)

# A blog's archive of a month or a week is filed under its first day ("/2031_12_01_archive.html"):
# the page's posts carry their own days.
_ARCHIVE = re.compile(r"_archive\b", re.I)


# A day filed under its month's name, each a folder of its own ("/2020/mar/20/",
# "/2014/july/07/"), as some content systems file their articles: the English month names and
# their three- or four-letter abbreviations only, so a folder that merely begins like one
# ("/2020/marketing/20/") is no month.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_PATH_MONTH_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)/(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
    r"june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)/"
    r"(?P<d>[0-3]?\d)(?:/|$)",
    re.I,
)


def date_in_url(url: str) -> str:
    """The ISO day an article's address carries in its path ("" when none): content systems
    file an article under the day it was published."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return ""
    for m in (*_PATH_DATE.finditer(path), *_COMPACT_DATE.finditer(path)):
        if _ARCHIVE.match(path, m.end()):
            continue  # "/2031_12_01_archive.html": where a blog's archive starts, not a post's day
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            continue
    for m in _PATH_MONTH_DATE.finditer(path):
        month = _MONTHS.index(m["mon"][:3].casefold()) + 1
        try:
            return dt.date(int(m["y"]), month, int(m["d"])).isoformat()
        except ValueError:
            continue
    return ""
