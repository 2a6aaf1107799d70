"""lxml parsers for untrusted markup: no entity resolution, no DTD loading, no network."""

from __future__ import annotations

import re
from typing import Any

# A DTD entity declaration has no business in a saved article; refusing it up front keeps
# external-entity (XXE) and entity-expansion ("billion laughs") payloads away from any parser.
ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)


def has_entity_declaration(text: str) -> bool:
    """True when markup declares DTD entities."""
    return bool(ENTITY_DECLARATION.search(text))


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
