"""Markdown: front matter as metadata, headings as heading paragraphs, inline markup stripped."""

from __future__ import annotations

import re

from briefing_app.ingest.dates import to_iso
from briefing_app.ingest.draft import BODY, HEADING, Draft
from briefing_app.ingest.encoding import decode

_FRONT_MATTER = re.compile(
    r"\A(?:---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S
)
_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*)$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# Every span is bounded (_SPAN characters): unbounded lazy spans made a long line of unmatched
# markers ("**a **a ...") quadratic (an 80 kB line took a minute). Longer spans keep their marks.
_SPAN = 1000
_INLINE = tuple(
    (re.compile(pattern.replace("SPAN", str(_SPAN))), replacement)
    for pattern, replacement in (
        (r"!\[([^\]]{0,SPAN})\]\([^)]{0,SPAN}\)", ""),  # images
        (r"\[([^\]]{1,SPAN})\]\([^)]{0,SPAN}\)", r"\1"),  # [text](url)
        (r"\[([^\]]{1,SPAN})\]\[[^\]]{0,SPAN}\]", r"\1"),  # [text][ref]
        (r"<(https?://[^>]{1,SPAN})>", r"\1"),  # autolinks
        (r"</?[A-Za-z][^>]{0,SPAN}>", ""),  # inline HTML tags
        (r"(`{1,16})(.{1,SPAN}?)\1", r"\2"),  # code spans
        (r"(\*\*|__)(?=\S)(.{1,SPAN}?)(?<=\S)\1", r"\2"),  # strong
        (r"(?<![\w*])([*_])(?=\S)(.{1,SPAN}?)(?<=\S)\1(?![\w*])", r"\2"),  # emphasis
        (r"~~(.{1,SPAN}?)~~", r"\1"),  # strikethrough
    )
)
_ESCAPABLE = "\\`*_{}[]()#+-.!|>~"
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# Escaped characters hide in the Private Use Area while markup is stripped.
_HIDE = {c: chr(0xE000 + i) for i, c in enumerate(_ESCAPABLE)}
_SHOW = str.maketrans({v: k for k, v in _HIDE.items()})


def strip_inline(text: str) -> str:
    """Markdown inline markup to plain text (links keep their text, images go)."""
    text = _ESCAPE.sub(lambda m: _HIDE[m.group(1)], text)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text.translate(_SHOW)


def _atx_text(text: str) -> str:
    """A heading's text without its optional closing run of #s (in code: the old one-regex form
    backtracked cubically on a run of spaces)."""
    text = text.rstrip()
    bare = text.rstrip("#")
    return bare.rstrip() if bare != text and (not bare or bare[-1].isspace()) else text


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
    """Parse Markdown text block by block (CommonMark's common cases, not every corner)."""
    draft = Draft()
    lines = _front_matter(text.replace("\r\n", "\n").replace("\r", "\n"), draft).split("\n")
    para: list[str] = []
    in_fence = False

    def flush(kind: str = BODY) -> None:
        if para:
            draft.add("\n".join(strip_inline(p) for p in para), kind)
            para.clear()

    for line in lines:
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            draft.add(line)  # code lines stay, one paragraph each
            continue
        if para and _SETEXT.match(line):
            flush(HEADING)
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            draft.add(strip_inline(_atx_text(heading.group(2))), HEADING)
        elif not line.strip() or _RULE.match(line) or _LINK_DEF.match(line):
            flush()
        elif _TABLE_RULE.match(line):
            continue
        elif line.lstrip().startswith("|"):
            flush()
            cells = [strip_inline(c.strip()) for c in line.strip().strip("|").split("|")]
            draft.add(" | ".join(c for c in cells if c))
        elif _ITEM.match(line):
            flush()
            para.append(_ITEM.sub("", line, count=1))
        else:
            para.append(_QUOTE.sub("", line).strip())
    flush()
    if not draft.title and draft.blocks and draft.blocks[0].kind == HEADING:
        draft.title = " ".join(draft.blocks[0].lines)  # a leading heading names the document
    return draft
