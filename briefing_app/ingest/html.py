"""Saved web pages: one parse; trafilatura reads the metadata and the article text.

When trafilatura finds no article (very short pages), ``_fallback`` reads the text elements of
<article>/<main>/<body> itself. ``trafilatura.baseline`` was tried in its place and kept the
navigation and cut inline markup ("First <b>bold</b> paragraph.") into separate lines.
"""

from __future__ import annotations

import re
from typing import Any

from briefing_app.ingest import errors
from briefing_app.ingest.draft import BODY, HEADING, Block, Draft
from briefing_app.ingest.encoding import decode
from briefing_app.ingest.errors import SourceError
from briefing_app.ingest.html_meta import read_metadata
from briefing_app.ingest.xmlsafe import has_entity_declaration, html_parser, xml_parser
from briefing_app.model.text import ends_sentence

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "button", "select", "input", "dialog",
)  # fmt: skip
_DROP_CLASS = re.compile(
    r"cookie|consent|banner|share|social|comment|advert|\bads?\b|promo|newsletter|related|"
    r"sidebar|breadcrumb|menu|\bnav|footer|popup|modal|subscribe|paywall",
    re.I,
)
_TEXT_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "figcaption")


def parse(text: str, name: str) -> Any:
    """The lxml tree of a page; refuses entity declarations before any parser sees them."""
    from lxml import etree
    from lxml import html as lhtml

    if has_entity_declaration(text):
        raise SourceError(name, errors.ENTITY_DECLARATION)
    try:
        # lxml refuses str input that carries its own encoding declaration.
        return lhtml.document_fromstring(_XML_DECLARATION.sub("", text), parser=html_parser())
    except (etree.LxmlError, ValueError) as exc:
        raise SourceError(name, "not a readable HTML page") from exc


def load(data: bytes, name: str) -> Draft:
    """A Draft from the bytes of a saved web page."""
    declared = _CHARSET.search(data[:4096])
    text = decode(data, name, declared.group(1).decode("ascii", "replace") if declared else "")
    draft = Draft()
    tree = parse(text, name)
    # trafilatura and htmldate work on copies of the tree; only _fallback prunes it, last.
    read_metadata(tree, draft)
    draft.blocks = _main_text(tree) or _fallback(tree)
    return draft


def _element_text(el: Any) -> str:
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag == "lb":
                parts.append("\n")
            elif child.tag not in ("list", "table"):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts)


def _split_breaks(text: str) -> list[Block]:
    """Old pages separate paragraphs with <br>: a break after a full sentence starts a new one,
    a break mid-sentence is only a soft line break."""
    blocks: list[Block] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        if current and (not line.strip() or ends_sentence(line)):
            blocks.append(Block(current))
            current = []
    if current:
        blocks.append(Block(current))
    return blocks


def _xml_blocks(node: Any, out: list[Block]) -> None:
    for el in node:
        if el.tag == "head":
            out.append(Block.of(_element_text(el), HEADING))
        elif el.tag == "list":
            for item in el.iterchildren("item"):
                out.append(Block.of(_element_text(item)))
                _xml_blocks(item, out)  # nested lists
        elif el.tag == "table":
            table = Draft()
            table.add_table(
                [[_element_text(c) for c in row.iterchildren("cell")] for row in el.iter("row")]
            )
            number = 1 + max((b.table for b in out), default=0)
            out.extend(Block(b.lines, b.kind, b.cells, number) for b in table.blocks)
        elif el.tag in ("item", "row", "cell"):
            continue
        else:
            out.extend(_split_breaks(_element_text(el)))


def _main_text(tree: Any) -> list[Block]:
    """The article body as trafilatura sees it (favouring precision, no comments, offline)."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        tree,
        output_format="xml",
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        with_metadata=False,
        deduplicate=False,
    )
    if not xml:
        return []
    root = etree.fromstring(xml.encode("utf-8"), parser=xml_parser())
    main = root.find("main")
    blocks: list[Block] = []
    _xml_blocks(main if main is not None else root, blocks)
    return [b for b in blocks if "".join(b.lines).strip()]


def _fallback(tree: Any) -> list[Block]:
    """Our own reading when trafilatura finds nothing: text elements of <article>/<main>/<body>."""
    for el in list(tree.iter(*_DROP_TAGS)):
        el.drop_tree()
    for el in list(tree.iter()):
        marks = f"{el.get('class') or ''} {el.get('id') or ''}" if isinstance(el.tag, str) else ""
        if marks.strip() and _DROP_CLASS.search(marks) and el.getparent() is not None:
            el.drop_tree()
    root = next(
        (
            found[0]
            for xp in ("//article", "//main", "//*[@role='main']", "//body")
            if (found := tree.xpath(xp))
        ),
        tree,
    )
    blocks: list[Block] = []
    for el in root.iter(*_TEXT_TAGS):
        if any(True for _ in el.iterancestors(*_TEXT_TAGS)):
            continue  # its text is already inside an enclosing paragraph or item
        kind = HEADING if el.tag[0] == "h" and el.tag[1:].isdigit() else BODY
        text = el.text_content()
        if text.strip():
            blocks.append(Block.of(text, kind))
    if not blocks:
        blocks = [Block.of(line) for line in root.text_content().splitlines() if line.strip()]
    return blocks
