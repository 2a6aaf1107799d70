"""Markdown through markdown-it-py: front matter as metadata, headings as heading paragraphs,
inline markup stripped."""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing_app.ingest.dates import to_iso
from briefing_app.ingest.draft import BODY, HEADING, Draft
from briefing_app.ingest.encoding import decode

_FRONT_MATTER = re.compile(
    r"\A(?:---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S
)
# Raw HTML inside Markdown: its tags go, its text stays (bounded, so linear on any input).
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,1000}>")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """CommonMark plus pipe tables and strikethrough (markdown-it-py: linear on hostile input)."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def strip_inline(children: list[Token]) -> str:
    """An inline token's children as plain text: links keep their text, images go."""
    out: list[str] = []
    for token in children:
        if token.type in ("text", "code_inline"):
            out.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif token.type == "html_inline":
            continue
    return "".join(out)


def _front_matter(text: str, draft: Draft) -> str:
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            key, sep, value = line.partition("=")  # TOML front matter
        value = value.strip().strip("'\"")
        key = key.strip().lower()
        if key == "title":
            draft.title = value
        elif key in ("author", "authors"):
            draft.author = value.strip("[]").replace('"', "")
        elif key in ("date", "published"):
            draft.published = to_iso(value)
        elif key in ("lang", "language"):
            draft.language = value
        elif key in ("url", "source", "canonical"):
            draft.url = value
        elif key in ("outlet", "site", "publisher"):
            draft.outlet = value
    return text[match.end() :]


def load(data: bytes, name: str) -> Draft:
    """A Draft from the bytes of a Markdown file."""
    return draft_from_markdown(decode(data, name))


def draft_from_markdown(text: str) -> Draft:
    """Parse Markdown (CommonMark, pipe tables) into heading, body and table-row blocks."""
    draft = Draft()
    body = _front_matter(text.replace("\r\n", "\n").replace("\r", "\n"), draft)
    kind = BODY
    rows: list[list[str]] = []
    row: list[str] | None = None
    for token in _parser().parse(body):
        if token.type == "heading_open":
            kind = HEADING
        elif token.type == "heading_close":
            kind = BODY
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            rows.append(row)
            row = None
        elif token.type == "table_close":
            draft.add_table(rows)
            rows = []
        elif token.type == "inline":
            plain = strip_inline(token.children or [])
            if row is not None:
                row.append(plain)
            else:
                draft.add(plain, kind)
        elif token.type in ("fence", "code_block"):
            for line in token.content.splitlines():
                draft.add(line)  # code lines stay, one paragraph each
        elif token.type == "html_block":
            draft.add(_TAG.sub("", token.content))
    if not draft.title and draft.blocks and draft.blocks[0].kind == HEADING:
        draft.title = " ".join(draft.blocks[0].lines)  # a leading heading names the document
    return draft
