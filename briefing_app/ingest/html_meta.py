"""Metadata of a saved web page, read by ``trafilatura.extract_metadata`` from the parsed tree.

trafilatura reads <title>, OpenGraph, article:* and Dublin Core meta, JSON-LD, <link
rel=canonical> and the page's dates (through htmldate, offline); what it leaves out is filled
here: the outlet from the URL's registered domain when the page names none, and the language.
"""

from __future__ import annotations

from typing import Any

from briefing_app.ingest.dates import to_iso
from briefing_app.ingest.draft import Draft
from briefing_app.ingest.urls import is_hostname, outlet_domain


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
    draft.outlet = site.removeprefix("www.") if is_hostname(site) else site
    draft.title = _first(meta.title)
    draft.author = _authors(_first(meta.author))
    published = (meta.date or "").removesuffix("T00:00:00")
    draft.published = to_iso(published) if published else ""
    draft.language = _language(tree)
