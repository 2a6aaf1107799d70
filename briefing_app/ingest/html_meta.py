"""Metadata of a saved web page: <title>, OpenGraph, article:* and Dublin Core meta, JSON-LD,
<link rel=canonical>, <time datetime>, <html lang>."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from briefing_app.ingest.dates import to_iso
from briefing_app.ingest.draft import Draft

_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|WebPage", re.I)


def _meta(tree: Any) -> dict[str, str]:
    """First value of each <meta> by lower-cased property/name/itemprop/http-equiv."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = (el.get("content") or "").strip()
        if key and value:
            found.setdefault(key.strip().lower(), value)
    return found


def _json_ld(tree: Any) -> list[dict]:
    """Article-like JSON-LD objects (also inside @graph and lists), best first."""
    objects: list[dict] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            if "@graph" in node:
                walk(node["@graph"])
            kind = node.get("@type", "")
            kind = " ".join(kind) if isinstance(kind, list) else str(kind)
            if _ARTICLE_TYPES.search(kind):
                objects.append(node)

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            walk(json.loads(script.text or ""))
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the other sources still count
    objects.sort(key=lambda o: "WebPage" in str(o.get("@type", "")))
    return objects


def _name(value: Any) -> str:
    """A person's or organisation's name from a JSON-LD value (str, dict or list)."""
    if isinstance(value, list):
        return ", ".join(n for n in (_name(v) for v in value) if n)
    if isinstance(value, dict):
        return str(value.get("name") or "")
    return str(value or "") if not str(value or "").startswith("http") else ""


def _first(*values: Any) -> str:
    for value in values:
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""


def _strip_site(title: str, site: str) -> str:
    """ "Headline | Site" or "Headline - Site" -> "Headline"."""
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        head, found, tail = title.rpartition(sep)
        named = bool(site) and site.lower() in tail.lower()
        # Without a known site name, only a short tail after a longer headline is a site name.
        short_tail = len(tail.split()) <= 3 and len(head.split()) > len(tail.split())
        if found and head and (named or short_tail):
            return head.strip()
    return title


def read_metadata(tree: Any, draft: Draft) -> None:
    """Fill the draft's title, outlet, url, author, published and language from the page."""
    meta = _meta(tree)
    ld = _json_ld(tree)
    art = ld[0] if ld else {}
    head_title = _first(*(el.text_content() for el in tree.iter("title")))
    h1 = _first(*(el.text_content() for el in tree.iter("h1")))
    canonical = _first(
        *(
            el.get("href")
            for el in tree.iter("link")
            if "canonical" in (el.get("rel") or "").lower().split()
        )
    )
    draft.url = _first(canonical, meta.get("og:url"), art.get("url") if art else None)
    publisher = art.get("publisher") if art else None
    draft.outlet = _first(meta.get("og:site_name"), _name(publisher), meta.get("application-name"))
    if not draft.outlet and draft.url.startswith("http"):
        draft.outlet = (urlsplit(draft.url).hostname or "").removeprefix("www.")
    draft.title = _first(
        meta.get("og:title"),
        art.get("headline") if art else None,
        meta.get("twitter:title"),
        _strip_site(head_title, draft.outlet) if head_title else None,
        h1,
    )
    author_meta = meta.get("article:author", "")
    draft.author = _first(
        meta.get("author"),
        _name(art.get("author")) if art else None,
        author_meta if not author_meta.startswith("http") else None,
        meta.get("dc.creator"),
        meta.get("byl", "").removeprefix("By ").removeprefix("by "),
    )
    times = [el.get("datetime") for el in tree.iter("time") if el.get("datetime")]
    for candidate in (
        meta.get("article:published_time"),
        art.get("datePublished") if art else None,
        meta.get("date"),
        meta.get("pubdate"),
        meta.get("dc.date"),
        meta.get("dcterms.created"),
        meta.get("datepublished"),
        *times[:1],
        art.get("dateCreated") if art else None,
    ):
        draft.published = to_iso(candidate) if isinstance(candidate, str) else ""
        if draft.published:
            break
    html_lang = tree.getroottree().getroot().get("lang") or ""
    draft.language = _first(
        html_lang, meta.get("content-language"), meta.get("og:locale"), art.get("inLanguage")
    )
