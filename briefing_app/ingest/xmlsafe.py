"""lxml parsers for untrusted markup: no entity resolution, no DTD loading, no network."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# A DTD entity declaration has no business in a saved article; refusing it up front keeps
# external-entity (XXE) and entity-expansion ("billion laughs") payloads away from any parser.
ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)


def has_entity_declaration(text: str) -> bool:
    """True when markup declares DTD entities."""
    return bool(ENTITY_DECLARATION.search(text))


PROLOG_LIMIT = 16 * 1024 * 1024


def declares_doctype(chunks: Iterable[bytes], *, limit: int = PROLOG_LIMIT) -> bool:
    """True when an XML document streamed as ``chunks`` has a DOCTYPE (internal or external).

    lxml reads the encoding from the BOM or the XML declaration (UTF-16 included) and stops at
    the first element: a DOCTYPE can only come before it, however long the comments before it.
    ValueError when no element starts within ``limit`` bytes, or the prolog does not parse.
    """
    from lxml import etree

    parser = etree.XMLPullParser(
        events=("start",), resolve_entities=False, no_network=True, load_dtd=False
    )
    seen = 0
    try:
        for chunk in chunks:
            parser.feed(chunk)
            for _event, element in parser.read_events():
                info = element.getroottree().docinfo
                return bool(info.doctype or info.internalDTD is not None)
            seen += len(chunk)
            if seen > limit:
                raise ValueError(f"no document element in the first {limit // 2**20} MB")
        parser.close()
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"malformed XML: {exc}") from None
    return False


def xml_parser() -> Any:
    """An XMLParser that never resolves entities, loads DTDs or touches the network."""
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        dtd_validation=False,
    )


def html_parser() -> Any:
    """An HTMLParser for saved pages (libxml2's HTML mode never expands DTD entities)."""
    from lxml import html

    return html.HTMLParser(
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=True,
        default_doctype=False,
    )
