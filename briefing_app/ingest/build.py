"""Draft + original bytes -> Source: normalise, clean cruft, settle the title, lay out text."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from briefing_app.ingest import casing, cruft, errors, furniture
from briefing_app.ingest.byline import author_in_title, issuer_in_header, title_in_header
from briefing_app.ingest.byline_issuer import byline_issuer
from briefing_app.ingest.copy_issuer import copy_issuer, page_ends
from briefing_app.ingest.court_opinion import decision_date, opinion_writer
from briefing_app.ingest.date_heading import dated_heading
from briefing_app.ingest.dateline_issuer import dateline_issuer
from briefing_app.ingest.dateline_outlet import dateline_outlet, house_credit, set_apart_house
from briefing_app.ingest.dates import (
    date_span,
    dateline_date,
    to_iso,
    trailing_date,
    yearless_dateline,
)
from briefing_app.ingest.draft import BODY, HEADING, LEAD, ROW, Block, Draft
from briefing_app.ingest.errors import SourceError
from briefing_app.ingest.field_stamps import fields_date
from briefing_app.ingest.foot_date import date_under_title, foot_date, sign_off_date
from briefing_app.ingest.issued_at import HEADER_LINES, with_issued_at
from briefing_app.ingest.language import guess_language, normalise_language
from briefing_app.ingest.logo_line import page_logo
from briefing_app.ingest.nearest_date import date_above, named_date, nearer_page_date
from briefing_app.ingest.outlet import rejoin_source_label, subdomain_body
from briefing_app.ingest.published_labels import first_published
from briefing_app.ingest.record_header import drop_record_header
from briefing_app.ingest.sign_off import sign_off
from briefing_app.ingest.site_clock import drop_site_clock
from briefing_app.ingest.speaker_line import over_speaker, speaker_in_header
from briefing_app.ingest.title import (
    date_line,
    headline_like,
    listing_label,
    looks_like_id,
    pick_title,
)
from briefing_app.ingest.title_bullet import bullet_headline
from briefing_app.ingest.title_crumb import crumb_title, under_crumb
from briefing_app.ingest.title_dated import headline_over_date
from briefing_app.ingest.title_day import BRACKETED_END, title_date, title_stamp
from briefing_app.ingest.title_fallback import (
    headline_over_dateline,
    long_slugged,
    repeated_headline,
    sentence_headline,
)
from briefing_app.ingest.title_ids import without_id
from briefing_app.ingest.title_labels import headline_under_label
from briefing_app.ingest.title_rescue import headline_after_fields, rescued_headline
from briefing_app.ingest.title_section import item_under_section
from briefing_app.ingest.title_tidy import clean_title, without_site_name, wrapped_on
from briefing_app.ingest.told_dates import dated_headline, dated_title_block
from briefing_app.ingest.urls import date_in_url
from briefing_app.ingest.wire_dateline import wire_dateline
from briefing_app.ingest.writer_by_date import writer_by_date
from briefing_app.model import Paragraph, Source, SourceTable, source_id_for
from briefing_app.model.dates import days_apart

# Controls, C1 controls, BOMs and lone surrogates never belong in clean text; nor do invisible
# soft hyphens, zero-width spaces and word joiners, common in copied web text, which split a
# name in two for the analysis ("Merkel\u200b" was not "Merkel").
_JUNK = re.compile(
    r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b\u2060\ufeff\ufffe\uffff\ud800-\udfff]"
)
_HYPHEN_BREAK = re.compile(r"[^\W\d_]-$")
PARAGRAPH_SEPARATOR = "\n\n"


def normalise_line(line: str) -> str:
    """NFC, junk characters removed, all whitespace runs (tabs, NBSP, line breaks) to one space."""
    line = unicodedata.normalize("NFC", _JUNK.sub("", line))
    return " ".join(line.split())


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph, re-joining words hyphenated across a line break."""
    # Pieces joined once at the end, and only the last two characters looked at: growing one
    # string and searching all of it at every line was quadratic in a paragraph's length (a
    # paragraph running over hundreds of PDF pages took minutes).
    parts: list[str] = []
    for line in lines:
        if parts and line[:1].islower() and _HYPHEN_BREAK.search(parts[-1][-2:]):
            parts[-1] = parts[-1][:-1] + line
        else:
            parts.append(line)
    return " ".join(parts)


def _whole_sentence(text: str) -> bool:
    """A real sentence, not a breadcrumb cut off with an ellipsis; or a teaser's prose, cut
    off with one after a whole sentence (``furniture.cut_teaser``)."""
    whole = cruft.is_sentence(text) and not text.endswith(("...", "…"))
    return whole or furniture.cut_teaser(text)


def _item_blurb(blocks: list[Block], at: int) -> bool:
    """A teaser cut off under a headline of its own ("Kelvo opens an embassy in Rimsk" over
    "Kelvo ran an embassy there ... ..."): a listed story's blurb, not this page's text."""
    text = join_lines(blocks[at].lines)
    if at == 0 or not furniture.cut_teaser(text):
        return False
    head = blocks[at - 1].lines
    return len(head) == 1 and len(head[0].split()) >= 4 and not cruft.is_sentence(head[0])


def short_title(text: str, limit: int = 80) -> str:
    """The start of ``text`` cut at a word boundary, for a source without a title."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,;:-") + "…"


def _one_date(line: str) -> bool:
    """A date line with one date ("Monday, 3 March 2031"), not a span of two ("Friday 11 July
    2031 – Sunday 13 July 2031": an event's dates, which stay text)."""
    span = date_span(line)
    return date_line(line, speech=True) and (span is None or date_span(line[span[1] :]) is None)


def _short_label(line: str) -> bool:
    """A section's or country's label over the date ("AFRICA", "World News"): one to three
    words, no digit, nothing closing it."""
    return (
        1 <= len(line.split()) <= 3 and line[-1:].isalpha() and not any(c.isdigit() for c in line)
    )


# A line in lower case under a headline that is no continuation of it: a by-line, a stamp, a
# credit ("by Jane Roe", "updated 3 hours ago", "photo: ...")
_NOT_GOING_ON = re.compile(
    r"(?:by|updated|posted|published|last|via|source|from|read|watch|listen)\b|"
    r".*\b(?:photo|image|picture|video|caption|credit|file|gallery)s?\b"
)


def _continued_in_lower_case(title: str, after: str, blocks: list[Block]) -> bool:
    """``after`` goes on with the headline ``title`` wrapped over two lines: it opens with a
    word in lower case ("Council to raise coastal flood" / "defences before winter"), is short
    and closes no sentence, is printed once (a label under every picture is not), and the
    headline ends in a letter (no stop, colon or comma)."""
    return (
        title[-1:].isalpha()
        and after[:1].islower()
        and 1 <= len(after.split()) <= 12
        and not after.endswith((".", "!", "?", ":", ";", ",", "…"))
        and _NOT_GOING_ON.match(after) is None
        and sum(after in b.lines for b in blocks) == 1
    )


def _settle_title(draft: Draft, fallback_title: bool) -> str:
    """Set the title; return the one a repeated first block is dropped for ("" when the title
    was made from the body itself, so the body keeps its text)."""
    draft.title = normalise_line(draft.title)
    if looks_like_id(draft.title):
        draft.title = ""  # a document number or file id names nothing a reader knows
    if draft.title or not draft.blocks:
        return draft.title
    first = draft.blocks[0]
    if not draft.title_from_body and first.kind == HEADING and headline_like(first.lines[0]):
        # A document opening with a paragraph in a heading style (Word's "Heading 1", an
        # <h2>) and no title of its own: that heading is its title, and stays its heading.
        draft.title = join_lines(first.lines)
        return ""
    found = pick_title(draft.blocks, draft.url, draft.outlet) if draft.title_from_body else None
    found = item_under_section(draft.blocks, found)  # "Speeches" over "Speech by ..."
    found = headline_over_date(draft.blocks, found, draft.dated_at, draft.url, draft.outlet)
    found = headline_under_label(draft.blocks, found)  # "Kelvo Water Board: Press Notice"
    found = rescued_headline(draft.blocks, found, draft.dated_at if draft.title_from_body else -1)
    found = headline_after_fields(draft, found)  # an archive's series label over fields
    if draft.title_from_body:  # "• Statement by the Minister" over the text
        found = bullet_headline(draft.blocks, found)
    if found is None and draft.title_from_body:  # "Press briefing: 19 November 2031"
        found = dated_title_block(draft)
    if found is None and draft.title_from_body:  # stronger evidence for a line turned down
        long = long_slugged(draft.blocks, draft.url)
        if long is not None:
            # A transcript's or report's long headline names its speaker and bodies: it stays
            # in the text for the analysis to read (key points leave the title out).
            # "Statement from the Ambassador Jane Roe.": the headline without its closing stop
            draft.title = re.sub(r"(?<=[a-z]{2})\.$", "", join_lines(draft.blocks[long].lines))
            return ""
        found = sentence_headline(draft.blocks, draft.dated_at)
        found = repeated_headline(draft.blocks) if found is None else found
        found = headline_over_dateline(draft.blocks) if found is None else found
    nearer_page_date(draft, found)  # "02/25/2033 10:33 AM" over "02/12/2031 09:23 AM"
    if found is not None and 0 <= draft.page_date_at < found - 1:
        # A date line near the headline (below it, right above it or above one label) is the
        # article's; one further up, above the masthead and its tagline or a breadcrumb, is
        # the site's header showing the day the page was seen.
        draft.page_date = ""
    if found is not None:
        draft.title = join_lines(draft.blocks[found].lines)
        # Above the headline sit masthead, labels and breadcrumbs: they go, sentences stay.
        above = [
            b
            for at, b in enumerate(draft.blocks[:found])
            if _whole_sentence(join_lines(b.lines)) and not _item_blurb(draft.blocks, at)
        ]
        # The headline stays in the text as its heading: it names the statement's speaker or
        # the meeting's guest, often never named in full again (the analysis reads it under
        # stricter rules; key points leave headings out). A dated headline keeps its kind.
        head = draft.blocks[found]
        headline = head if dated_headline(draft.title) else Block(list(head.lines), HEADING)
        below = draft.blocks[found + 1 :]
        if below and (
            wrapped_on(draft.title, after := below[0].lines[0])
            or _continued_in_lower_case(draft.title, after, draft.blocks)
        ):
            # "Health Key to" / "Kelvo's Future, Minister Says": one headline over two lines
            draft.title = f"{draft.title} {after}"
            headline = Block([*headline.lines, after], headline.kind)
            rest = below[0].lines[1:]
            below = ([Block(rest, below[0].kind)] if rest else []) + below[1:]
        above.append(headline)
        below = writer_by_date(draft, found, below)  # "Jane Roe" under the date line
        if below and not (date_above(draft, found) or listing_label(draft.title)):
            # A date line right under the headline (or under one short label: a section's
            # name) is the article's, however many menu lines above pushed it past the lines
            # the metadata rules read.
            at = 1 if len(below) > 2 and _short_label(join_lines(below[0].lines)) else 0
            line = join_lines(below[at].lines)
            iso = to_iso(line, day_first=draft.day_first) if _one_date(line) else ""
            # "Wednesday, March 22, 2031, 4:37 p.m. Ministry of Water": a date, a time, a name
            iso = iso or dated_heading(line, draft.day_first) or named_date(line, draft.day_first)
            if len(below) > at + 1 and iso:
                draft.page_date, below = iso, below[:at] + below[at + 1 :]
        draft.blocks = above + below
        return ""  # the body keeps its headline
    if fallback_title:
        # Only a label: a short pasted note used to lose its one line and be refused as empty.
        draft.title = short_title(line := join_lines(first.lines))
        bare = BRACKETED_END.sub("", line).rstrip()  # its stamp set beside it: "(May 3, 2031)"
        if len(draft.blocks) > 1 and headline_like(bare) and not dated_headline(line):
            # A headline the rules above turned down, whole, over text: the text's heading, read
            # under the headline's rules ("Minister Stresses Need For Calm (March 23, 2031)").
            return draft.title
    return ""


def _headline_kept(draft: Draft, title: str) -> list[Block]:
    """The blocks with a first block repeating the page's title (the metadata's) kept as the
    text's heading: the headline is the body's own line, and it names the story's actors."""
    blocks = draft.blocks
    if title and blocks and cruft.same_text(" ".join(blocks[0].lines), title):
        return [Block(list(blocks[0].lines), HEADING), *blocks[1:]]
    return blocks


def _first_paragraph(blocks: list[Block]) -> Block | None:
    """The first paragraph of text: past labels left over the text ("News and Press Release",
    "Originally published"), the first block of eight words or more, else the first block
    that is not a heading."""
    text = [b for b in blocks if b.kind != HEADING]
    return next((b for b in text if len(join_lines(b.lines).split()) >= 8), None) or next(
        iter(text), None
    )


def _dateline(blocks: list[Block], elsewhere: str) -> str:
    """The date of a dateline opening the first body paragraph, if it has one; not one a month
    or more from the address's date ``elsewhere`` (a widget's may be the day the page was seen):
    an opening that tells a past day ("Srebrenica, 11 July 1995. Thousands ...") is no dateline."""
    first = _first_paragraph(blocks)
    text = join_lines(first.lines) if first else ""
    found = (dateline_date(text) or wire_dateline(text)) if first else ""
    return "" if found and elsewhere and days_apart(found, elsewhere) > 31 else found


def _yearless_dateline(blocks: list[Block], text: str) -> str:
    """The date of a dateline without a year ("KELVO, MARCH 16 –"), the year from the text."""
    first = _first_paragraph(blocks)
    return yearless_dateline(join_lines(first.lines), text) if first else ""


def _run_on_header(blocks: list[Block]) -> str:
    """The first paragraph when it is a page's header run into one line: it ends with a place
    and a date, no sentence closing it ("" otherwise)."""
    first = next((b for b in blocks if b.kind != HEADING), None)
    text = join_lines(first.lines) if first else ""
    return text if trailing_date(text) else ""


def _mark_lead(blocks: list[Block]) -> None:
    text = [b for b in blocks if b.kind != HEADING]  # past the headline kept in the text
    if len(text) < 2 or any(b.kind == LEAD for b in text):
        return
    first = text[0]
    if first.kind == BODY and len(" ".join(first.lines).split()) >= 8:
        first.kind = LEAD


def build_source(
    draft: Draft,
    data: bytes,
    *,
    path: str,
    fmt: str,
    name: str,
    fallback_title: bool = False,
) -> Source:
    """The finished Source; raises SourceError when no text is left after cleaning."""
    for block in draft.blocks:
        block.lines = [normalise_line(line) for line in block.lines]
    top_lines = [line for block in draft.blocks[:HEADER_LINES] for line in block.lines]
    page = "\n".join(line for block in draft.blocks for line in block.lines)  # as loaded
    rejoin_source_label(draft)  # "Source: United" over "Nations ... Mission (UNWMK)": one line
    drop_site_clock(draft)  # "7.8 C" beside "Friday, March 29, 2024": the site's clock
    ends = page_ends(draft)  # a copy's issuer by position, read before cleaning drops it
    office = sign_off(draft)  # "Office of the Prime Minister" closing a copied release
    first_published(draft)  # "Originally published" over "Posted", "Published" over "Updated"
    draft.published = draft.published or fields_date(draft)  # "Source: X| 2031-04-30 |Editor:"
    drop_record_header(draft)  # a database's header over "[Title] ...", "[Date] ..."
    cruft.clean(draft)
    speaker = speaker_in_header(draft.blocks)  # read before the headline drops what's above
    crumb = crumb_title(draft.blocks)  # "You are here: Kelvo Law >> Databases >> <headline>"
    title = _settle_title(draft, fallback_title)  # may drop furniture above the headline
    draft.title = under_crumb(draft.title, crumb)  # a banner above the trail is no headline
    draft.title = over_speaker(draft.title, speaker)  # the headline over "Speech by X, ..."
    draft.title = without_site_name(clean_title(draft.title), draft.outlet, draft.url, tuple(ends))
    draft.title = without_id(draft.title)  # "No:118/31, Statement ...", "... doi:10.5/x"
    # No by-line: a statement's headline may name its author ("Statement by Ambassador X on"),
    # else a speaker's line in the header does ("Speech by Jane Roe, Minister of Water, at").
    draft.author = draft.author or author_in_title(draft.title) or speaker.author
    draft.author = draft.author or opinion_writer(page)  # "JUSTICE ROE delivered the opinion"
    # Web pages (HTML, copied text) end in furniture; Word and Markdown headings are the
    # author's structure (a checker reads an exported note's sections back through here).
    web = fmt in ("html", "text")
    thread = furniture.has_comments(ends)  # a comment thread's marks, read before cleaning
    blocks = furniture.trim_tail(cruft.drop_repeats(_headline_kept(draft, title), ""), web, thread)
    if all(b.kind == HEADING for b in blocks) and fmt in ("html", "text"):
        blocks = []  # a headline alone: no story under it
    if not blocks:
        raise SourceError(name, errors.NO_TEXT)
    blocks = with_issued_at(top_lines, blocks)  # "Beirut, Lebanon" over the headline
    _mark_lead(blocks)
    header = _run_on_header(blocks)
    if header and not draft.author:  # "... Press Statement Jane Roe Secretary of Water ..."
        draft.author = issuer_in_header(header)
    if header and not draft.title and headline_like(found := title_in_header(header)):
        draft.title = found  # "... On the Quotas<kind> Jane Roe ...": the header's headline
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for block in blocks:
        text = join_lines(block.lines)
        paragraphs.append(Paragraph(offset, offset + len(text), block.kind))
        parts.append(text)
        offset += len(text) + len(PARAGRAPH_SEPARATOR)
    text = PARAGRAPH_SEPARATOR.join(parts)
    tables = _tables(blocks, paragraphs)
    body = " ".join(parts[i] for i, p in enumerate(paragraphs) if p.kind != HEADING)
    listing = listing_label(draft.title)  # its items' dates are theirs, not the page's
    house = dateline_outlet(_story(text, paragraphs))  # "KELVO, 3 May 2031 (KNA) -": its house
    house = house or set_apart_house(text[: len(text) - len(_story(text, paragraphs))])
    author = normalise_line(draft.author or draft.label_author)  # "Press Release: <body>"
    return Source(
        id=source_id_for(data),
        path=path,
        format=fmt,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        paragraphs=paragraphs,
        title=draft.title,
        outlet=normalise_line(
            subdomain_body(draft.url, draft.outlet, text)
            or page_logo(ends, text, draft.url, draft.outlet)  # "Logo Kelvo Herald"
            or draft.outlet
            or office
            or ("" if house else byline_issuer(ends[: ends.index("\n")]))  # "By X Public Affairs"
            or copy_issuer(ends, _story(text, paragraphs), draft.title)
            or ("" if house else dateline_issuer(_story(text, paragraphs), text))  # "OTTAWA – X is"
            or house
        ),
        url=normalise_line(draft.url),
        author="" if house_credit(author, house) else author,  # "By <house> News Staff"
        # An address's date ranks above a date widget, which may show the day the page was seen.
        published=decision_date(page)  # "Filed April 5, 2031" under "Argued March 10, 2031"
        or draft.published
        or ("" if listing else _dateline(blocks, date_in_url(draft.url)))
        or date_in_url(draft.url)
        or draft.page_date
        or ("" if listing else date_under_title(ends, draft.title, draft.day_first))
        or title_date(draft.title)
        or ("" if listing else _yearless_dateline(blocks, text))
        or trailing_date(header)
        or draft.stamp
        or ("" if listing else foot_date(draft.blocks, draft.day_first))
        or ("" if listing else sign_off_date(ends, draft.day_first))
        or title_stamp(draft.title, body),  # "March 30, 2031: Message for ...", the last resort
        language=normalise_language(draft.language) or guess_language(body),
        external_id=normalise_line(draft.external_id),
        warnings=list(draft.warnings),
        tables=tables,
        model_text=casing.model_view(
            text, [(p.start, p.end) for p in paragraphs if p.kind != ROW], draft.title
        ),
    )


def _story(text: str, paragraphs: list[Paragraph]) -> str:
    """The text past the headline kept at its top (the heading paragraphs there)."""
    start = next((p.start for p in paragraphs if p.kind != HEADING), 0)
    return text[start:]


def _tables(blocks: list[Block], paragraphs: list[Paragraph]) -> list[SourceTable]:
    """The tables of the text: each run of ROW paragraphs of one draft table."""
    tables: list[SourceTable] = []
    number = None
    for block, para in zip(blocks, paragraphs, strict=True):
        if block.kind != ROW:
            number = None
            continue
        row = tuple(normalise_line(c) for c in block.cells)
        if block.table == number:
            last = tables[-1]
            tables[-1] = SourceTable(last.start, para.end, (*last.rows, row))
        else:
            tables.append(SourceTable(para.start, para.end, (row,)))
        number = block.table
    return tables
