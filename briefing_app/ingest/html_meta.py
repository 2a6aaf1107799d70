"""Metadata of a saved web page, read by ``trafilatura.extract_metadata`` from the parsed tree.

trafilatura reads <title>, OpenGraph, article:* and Dublin Core meta, JSON-LD, <link
rel=canonical> and the page's dates (through htmldate, offline); what it leaves out is filled
here: the outlet from the URL's registered domain when the page names none, and the language.
"""

from __future__ import annotations

import json
import re
from typing import Any

from briefing_app.ingest.dates import date_span, to_iso
from briefing_app.ingest.draft import Draft
from briefing_app.ingest.urls import is_hostname, outlet_domain

MAX_SITE_WORDS = 6


def _first(*values: Any) -> str:
    for value in values:
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""


def _authors(value: str) -> str:
    """trafilatura joins several authors with "; ": a citation lists them with commas."""
    return ", ".join(a.strip() for a in value.split(";") if a.strip())


def _language(tree: Any) -> str:
    lang = tree.getroottree().getroot().get("lang") or ""
    meta = {
        (el.get("http-equiv") or el.get("property") or "").lower(): el.get("content") or ""
        for el in tree.iter("meta")
    }
    return _first(lang, meta.get("content-language"), meta.get("og:locale"))


_TITLE_SITE = re.compile(r"\s+[|–—·-]\s+(?P<site>[^|–—·]{2,60})$")


def _title_site(tree: Any, headline: str) -> str:
    """The site's name the page's <title> gives after its headline and a bar or a dash
    ("Security Council extends ... | UN News"), when the page names no site otherwise: a few
    capitalised words; "" when the <title> is not the headline and a name."""
    raw = _first(*(el.text_content() for el in tree.iter("title")))
    match = _TITLE_SITE.search(raw)
    if not headline or not match or raw[: match.start()].strip() != headline:
        return ""
    words = match["site"].split()
    capitalised = all(w[:1].isupper() or w in ("of", "for", "and", "the", "&") for w in words)
    return match["site"].strip() if len(words) <= MAX_SITE_WORDS and capitalised else ""


def _site_as_title(tree: Any, title: str) -> tuple[str, str]:
    """(headline, site) when the title read is the site's name the <title> gives after the
    headline ("<title>Quotas cut | Kelvo Water Board</title>" over an <h1> of the board's name):
    ("", "") otherwise."""
    raw = _first(*(el.text_content() for el in tree.iter("title")))
    match = _TITLE_SITE.search(raw)
    if not match or not title or match["site"].strip() != title:
        return "", ""
    head = raw[: match.start()].strip()
    return (head, title) if len(head.split()) >= 3 else ("", "")


def _ld_publisher(tree: Any) -> str:
    """The publisher's name a JSON-LD block gives ("publisher": {"name": ...}), "" if none."""
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except ValueError:
            continue
        if isinstance(data, dict) and isinstance(data.get("@graph"), list):
            data = data["@graph"]  # Yoast's and other plugins' graph of items
        for item in data if isinstance(data, list) else [data]:
            publisher = item.get("publisher") if isinstance(item, dict) else None
            name = publisher.get("name") if isinstance(publisher, dict) else None
            if isinstance(name, str) and 1 <= len(name.split()) <= MAX_SITE_WORDS:
                return " ".join(name.split())
    return ""


_COMMENT_BOX = re.compile(r"comment|repl(?:y|ies)|respon[sd]|discussion", re.I)


def _in_comments(el: Any) -> bool:
    while el is not None:
        if _COMMENT_BOX.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            return True
        el = el.getparent()
    return False


def _only_in_comments(tree: Any, day: str) -> bool:
    """The day is written on the page only inside its comment thread (an element whose class
    or id says "comment", "reply", "respond"), nowhere in the head's meta or the article."""
    found = False
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        values = [el.text or "", el.get("content") or "", el.get("datetime") or ""]
        for value in values:
            span = date_span(value) if value.strip() else None
            text = value[span[0] : span[1]] if span else value.strip()
            if text and len(text) <= 40 and to_iso(text)[:10] == day:
                if not _in_comments(el):
                    return False
                found = True
    return found


def read_metadata(tree: Any, draft: Draft) -> None:
    """Fill the draft's title, outlet, url, author, published and language from the page."""
    import trafilatura
    from trafilatura.settings import set_date_params

    # The time of day when the page gives one; htmldate writes midnight when it has none.
    dates = {**set_date_params(True), "outputformat": "%Y-%m-%dT%H:%M:%S"}
    meta = trafilatura.extract_metadata(tree, date_config=dates)  # the tree is left as it was
    draft.url = _first(meta.url)
    site = _first(meta.sitename)
    # With no site name trafilatura falls back to the host name, in lower case; the outlet is
    # then the publisher's domain ("news.bbc.co.uk" -> "bbc.co.uk", "www.iss.europa.eu" ->
    # "iss.europa.eu"), as for a plain-text source's URL. A site name the page writes itself
    # wins, even when it reads like a host ("GOV.UK").
    if (not site or (is_hostname(site) and site == site.lower())) and draft.url.startswith("http"):
        site = outlet_domain(draft.url) or site
    draft.title = _first(meta.title)
    headline, named = _site_as_title(tree, draft.title)  # an <h1> of the site's name
    if headline:
        draft.title, site = headline, site or named
    site = site or _title_site(tree, draft.title) or _ld_publisher(tree)  # "... | UN News"
    draft.outlet = site.removeprefix("www.") if is_hostname(site) else site
    draft.author = _authors(_first(meta.author))
    published = (meta.date or "").removesuffix("T00:00:00")
    draft.published = to_iso(published) if published else ""
    if draft.published and _only_in_comments(tree, draft.published[:10]):
        draft.published = ""  # a reader's comment's day, found by the page-wide search
    draft.language = _language(tree)
