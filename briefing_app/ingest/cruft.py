"""Drop page furniture (menus, share bars, cookie banners, comment forms) from a Draft.

The rules are data in ``resources/cruft/`` (see its README). Whole-line phrases and patterns
always drop a line; prefix rules drop it only when it is not a real sentence.
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import (
    OFFICE_LINES,
    byline_tail,
    name_line,
    office_line,
    office_line_author,
    plain_byline,
)
from briefing_app.ingest.cruft_rules import norm_line, rules
from briefing_app.ingest.date_bar_byline import date_bar_byline
from briefing_app.ingest.dates import page_order, split_date, to_iso
from briefing_app.ingest.draft import ROW, Block, Draft, drop_first_line, drop_last_line
from briefing_app.ingest.furniture import (
    article_lines,
    is_breadcrumb,
    is_label_list,
    is_related_heading,
    page_head,
    still_links,
    strip_inline_credits,
)
from briefing_app.ingest.header_list import empty_label, header_item, label_value, office_only
from briefing_app.ingest.issuer import dateline_issuer, from_issuer
from briefing_app.ingest.issuer_about import issue_line_body
from briefing_app.ingest.logo_line import logo_name
from briefing_app.ingest.outlet import acronym_and_name, department_over_date, head_words
from briefing_app.ingest.title import told_on_date
from briefing_app.ingest.title_fallback import dated_item, listing_heading
from briefing_app.ingest.told_dates import dated_repeat, kept_line, listing_stamps
from briefing_app.ingest.urls import outlet_domain
from briefing_app.ingest.writers_line import slashed_writers
from briefing_app.model.text import ends_sentence, fold
from briefing_app.resources import read_list, resource_cache, resource_path

ISSUE_LINES = 8  # a line of issue stands among the page's first or last lines
_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.I)


def is_sentence(line: str) -> bool:
    """A real sentence: several words and closing punctuation. These are never dropped by guess."""
    line = line.strip()
    return len(line.split()) >= 8 and ends_sentence(line)


def is_cruft(line: str) -> bool:
    """True when a whole line is page furniture by the rules."""
    stripped = " ".join(line.split())
    found = rules()
    if norm_line(stripped) in found.phrases:
        return True
    if found.pattern is not None:
        if found.pattern.fullmatch(stripped):
            return True
    elif any(p.fullmatch(stripped) for p in found.patterns):
        return True
    if is_label_list(stripped) or is_breadcrumb(stripped) or logo_name(stripped):
        return True  # furniture by its shape: tags, section labels, a trail, a logo's text
    # str.startswith with a tuple tries every prefix in C: this runs once per line of input.
    return stripped.casefold().startswith(found.prefixes) and not is_sentence(stripped)


def parse_origin(value: str) -> tuple[str, str]:
    """``(outlet, url)`` from an "Original Source" value: a URL, a bare domain or a name.

    The outlet of an address is its publisher's domain (``urls.outlet_domain``: "news.bbc.co.uk"
    -> "bbc.co.uk", "www.iss.europa.eu" -> "iss.europa.eu"); the URL is
    kept whole, however long.
    """
    value = value.strip().strip("<>\"'").rstrip(".,;")
    if value[:1] + value[-1:] in ("()", "[]"):
        value = value[1:-1].strip()  # "(www.kelvo.example)"; "Kelvo Board (KWB)" keeps its ")"
    value = acronym_and_name(value) or value  # "Kelvo Water Board (KWB)": the name
    if re.match(r"https?://", value, re.I):
        return outlet_domain(value), value
    if _DOMAIN.fullmatch(value):
        return outlet_domain(value), f"https://{value}"
    return value, ""


# A trailing outlet or role after a comma: "A, Ledger News", "B, Staff Writer".
_BYLINE_TRAILER = re.compile(
    r"\s*,\s*(?:[A-Z][\w.’'&-]*\s+){0,3}(?:News|Press|Agency|Service|Wire|Times|Post|Media|"
    r"Network|Radio|Television|TV|Staff|Reporter|Correspondent|Editor|Writer)\s*$"
)


def _names(value: str) -> str:
    """A by-line's names without a trailing outlet, role or post-nominal letters:
    "A and B, Reuters" -> "A and B", "Jane Doe MP" -> "Jane Doe"."""
    names = re.split(r"\s+[|·•–—-]\s+|\s*,\s*(?=[A-Z][\w.’'-]*\s*$)", value, maxsplit=1)[0]
    names = _BYLINE_TRAILER.sub("", names)
    return re.sub(r"\s+(?:MP|MLA|MSP|MEP|KC|QC|OBE|CBE|MBE)$", "", names)


def _apply(draft: Draft, field: str, value: str) -> bool:
    """Store one metadata value; False when the line is not metadata after all."""
    value = value.strip()
    if field == "origin":
        is_url = bool(re.match(r"https?://\S+$", value, re.I))
        if not is_url and (len(value) > 80 or is_sentence(value)):
            return False
        outlet, url = parse_origin(value)
        draft.outlet = draft.outlet or outlet
        draft.url = draft.url or url
    elif field == "publisher":
        # A republisher's "Source: Agency" or "Issued by the Ministry": the original outlet,
        # which the citation names rather than the site that copied it.
        value = re.sub(r"^the\s+", "", value.rstrip(" .;"), flags=re.I)
        if not value or is_sentence(value) or len(value.split()) > 10:
            return False
        if not draft.outlet_from_text:
            draft.outlet = parse_origin(value)[0]
            draft.outlet_from_text = True
    elif field == "site":
        # "By Kelvo Ledger Staff": the site's own name, the outlet when nothing else gives one.
        if is_sentence(value):
            return False
        draft.outlet = draft.outlet or (
            parse_origin(value)[0] if _DOMAIN.fullmatch(value) else value
        )
    elif field in ("published", "page_date", "dated_header"):
        field = "published" if field == "dated_header" else field
        iso = to_iso(value, day_first=draft.day_first)
        if not iso or (field == "page_date" and told_on_date(value)):
            return False  # "It rained on 4 March 2031.": a short sentence, no date widget
        if field == "page_date" and draft.page_date:
            draft.later_page_date = iso  # a second date line: the nearer the headline may win
        setattr(draft, field, getattr(draft, field) or iso)
    elif field == "author":
        if is_sentence(value) or len(value.split()) > 12:
            return False
        draft.author = draft.author or _names(value)
        # "By Jane Roe | March 3, 2025": a date after the names is the published date.
        for part in re.split(r"\s+[|·•–—-]\s+", value)[1:]:
            if re.search(r"\d{4}", part) and (iso := to_iso(part, day_first=draft.day_first)):
                draft.published = draft.published or iso
    elif field in ("external_id", "title"):
        setattr(draft, field, getattr(draft, field) or value)
    else:
        return False
    return True


def _metadata(draft: Draft, line: str, number: int, total: int) -> str:
    """The field a metadata line gave ("" when the line is not metadata)."""
    if item := header_item(line, number):  # "• By Sgt. Jane Roe" in a bulleted header
        line = item
        if empty_label(item):
            return "label"  # "• Published": a label with no value
        if office := office_only(item):  # "• Kelvo Command Public Affairs": the writer
            draft.author = draft.author or office
            return "author"
    # A by-line is read without rank, unit and a date run into the name ("Story by Sgt. Jane Roe")
    plain = plain_byline(line)
    plain = date_bar_byline(line) if plain == line else plain  # "15 Mar 2031 | Cpl. Jane Roe"
    for candidate in (plain, line) if plain != line else (line,):
        for rule in rules().metadata:
            near_end = bool(rule.last_lines) and number > total - rule.last_lines
            top = min(rule.first_lines, draft.prose_at if rule.field == "publisher" else number)
            signed = number == draft.signed_at and rule.field == "author"  # over its text
            if rule.first_lines and number > top and not (near_end or signed):
                continue  # "Source: IMF" under the first paragraph: a chart's credit
            match = rule.pattern.fullmatch(candidate)
            if match and _apply(draft, rule.field, match.group("value")):
                return rule.field
    if number <= OFFICE_LINES and not draft.author and (issuer := office_line_author(line)):
        draft.author = issuer  # "Jane Roe, Secretary of State" under a statement's headline
        return "author"
    if number <= OFFICE_LINES and not draft.author and (writer := _name_bar_body(line)):
        draft.author = writer  # "Jane Roe | Kelvo Water Board": a by-line without "By"
        return "author"
    if (
        number <= OFFICE_LINES
        and not draft.author
        and (writers := slashed_writers(line, _after(draft, line)))
    ):
        draft.author = writers  # "Jane Roe/John Doe": the writers' names alone, no "By"
        return "author"
    return ""


def _name_bar_body(line: str) -> str:
    """The writer of a line "<Name> | <organisation>" ("Jane Roe | UNKO Kelvo Office"): a
    person's name, a bar, then a body's name (an organisation word or an acronym in it)."""
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", line)]
    if len(parts) != 2 or not name_line(parts[0]) or _issuer(parts[0]):
        return ""
    body = parts[1].split()
    if not 1 <= len(body) <= 8 or not all(w[:1].isupper() for w in body):
        return ""
    named = any(fold(w) in _org_words() or (len(w) >= 2 and w.isupper()) for w in body)
    return parts[0] if named else ""


def _after(draft: Draft, line: str) -> str:
    """The lines after the page's first line reading ``line`` up to the first of eight words or
    more (a date or a place line, then the story's lead), not the writers' notes at its foot."""
    page = [y for b in draft.blocks for x in b.lines if (y := " ".join(x.split()))]
    rest = page[page.index(line) + 1 :] if line in page else []
    lead = next((k for k, x in enumerate(rest) if len(x.split()) >= 8), len(rest))
    return " ".join(rest[: lead + 1])


def _from_office(line: str) -> str:
    """The office a "From <office>" line over the text names ("From Kelvo Command Public
    Affairs"), as a by-line would ("By Kelvo Command Public Affairs"); "" for any other line."""
    match = re.fullmatch(r"From\s+(?:the\s+)?(?P<office>\S.*)", line.strip())
    return office_only(match["office"]) if match else ""


def _issuer(line: str) -> bool:
    """An organisation's name alone on a line: up to eight words, mostly capitalised, no digits,
    one of them an organisation word ("Ministry", "Department", "Agency": the gazetteer's list)."""
    words = line.split()
    if not 1 <= len(words) <= 8 or re.search(r"[\d|:;!?]", line) or line.endswith(","):
        return False
    if sum(w[:1].isupper() for w in words) * 2 <= len(words):
        return False
    return any(fold(w) in _org_words() for w in words)


@resource_cache
def _org_words() -> frozenset[str]:
    return frozenset(fold(w) for w in read_list(resource_path("gazetteers", "org_suffixes.txt")))


def _name_over_office(draft: Draft, previous: str, line: str, number: int) -> bool:
    """``line`` is an office under a line that is a name, near the top ("Jane Roe" over
    "Secretary of Water"): the name is the issuer, the author a citation names."""
    if draft.author or number > OFFICE_LINES + 1 or not office_line(line):
        return False
    if not (previous and name_line(previous) and not _issuer(previous)):
        return False
    draft.author = previous
    return True


SPLIT_DATE_LINES = 12  # a date split over two lines sits in the page's header


def clean(draft: Draft) -> None:
    """Remove cruft lines and consume metadata lines, in place; empty blocks disappear."""
    page = [" ".join(x.split()) for b in draft.blocks if b.kind != ROW for x in b.lines]
    total, stamps = article_lines([x for x in page if x]), listing_stamps([x for x in page if x])
    draft.prose_at, draft.signed_at = page_head([x for x in page if x])
    if draft.day_first is None:
        draft.day_first = page_order([line for b in draft.blocks for line in b.lines], draft.url)
    number = 0
    kept: list[Block] = []
    links: bool | str = False  # in a list of links to other stories, after its label
    first = ""  # the first line of the text
    previous = ""  # the last line kept as text
    above = last = ""  # the line kept before it; the line read before this one
    offices = False  # right under the author's name (or an office under it)
    listing = False  # under a listing's label: its dated lines are items, not the page's date
    for at, block in enumerate(draft.blocks):
        if block.kind == ROW:  # a table's rows are content, never page furniture
            kept.append(block)
            links = False
            continue
        lines = []
        for line in block.lines:
            stripped = " ".join(line.split())
            if not stripped:
                continue
            number += 1
            first = first or stripped
            if is_related_heading(stripped):
                links = True
                continue
            was, links = links, still_links(links, stripped, kept, lines)  # or another story
            if was is True and not links and stripped.endswith(("...", "…")):
                continue  # a linked story's teaser cut off under the list's label ("Most read")
            listing = listing or listing_heading(draft, at, number, stripped)
            item = listing and dated_item(stripped)
            field = "" if links or item else _metadata(draft, stripped, number, total)
            label, last = last, stripped  # "Source" over "Kelvo Water Board": one field
            joined = "" if field else label_value(label, stripped)
            if joined and (field := _metadata(draft, joined, number, total)):
                drop_last_line(kept, lines, label)
            if not field and offices and office_line(stripped):
                field = "author"  # the author's office under the name ("Minister for Water")
            elif not field and _name_over_office(draft, previous, stripped, number):
                drop_last_line(kept, lines, previous)  # "Jane Roe" over "Secretary of Water"
                field, previous = "author", ""
            if not field and number <= SPLIT_DATE_LINES and (iso := split_date(previous, stripped)):
                drop_last_line(kept, lines, previous)  # "July 24" over "12:57 2031": one date line
                draft.published, field, previous = draft.published or iso, "published", above
            if not field and from_issuer(draft, stripped, number, _org_words(), label):
                field = "publisher"  # "From Embassy of Kelvo, Public Affairs Section"
            if number <= SPLIT_DATE_LINES:  # where a by-line stands, read as an outlet or not
                draft.label_author = draft.label_author or _from_office(stripped)
            offices = field == "author"
            issuer = first if _issuer(first) else acronym_and_name(first)
            if field == "dated_header" and number == 2 and not draft.outlet and issuer:
                # A distributor's copy: the issuer's name heads the page, above the dated header;
                # it is metadata now, not a line of the text (nor a headline).
                draft.outlet, draft.outlet_from_text = issuer, True
                drop_first_line(kept, lines, first)
            # "date – place – issuer", an item's stamp, a dated statement: the line stays text
            issued = field in ("published", "dated_header") and number <= SPLIT_DATE_LINES
            issued = issued and bool(dateline_issuer(draft, stripped, _org_words()))
            issued = issued or kept_line(draft, field, stripped, number, stamps)
            near = number <= ISSUE_LINES or number > total - ISSUE_LINES
            if (field == "published" or (not field and near)) and (
                body := issue_line_body(stripped, head_words())
            ):
                # "The press release issued by the Home Office on 3 May 2031." near the top or the
                # foot: the day read (if given), the body the page's issuer, its outlet unless a
                # line above named one; the line stays in the text, where the analysis meets the
                # issuer as an actor.
                if not draft.outlet_from_text:
                    draft.outlet, draft.outlet_from_text = body, True
                issued = True
            if field == "published" and dated_repeat(stripped, previous):
                field = ""  # "Water Council" over "Water Council, 3 April 2031": the headline
            if field in ("published", "page_date") and (
                issuer := department_over_date(draft, previous, _org_words(), above)
            ):
                for name in reversed(issuer.split("\n")):  # "Department for Water" over its date
                    drop_last_line(kept, lines, name)
                previous = ""
            if field == "page_date" and draft.page_date_at < 0:
                draft.page_date_at = len(kept) + (1 if lines else 0)
            elif field == "page_date":
                draft.later_page_date_at = len(kept) + (1 if lines else 0)
            if field in ("published", "page_date", "author") and draft.dated_at < 0:
                draft.dated_at = len(kept) + (1 if lines else 0)
            dropped = field or (
                is_cruft(stripped) and not listing_heading(draft, at, number, stripped)
            )
            if field and (tail := byline_tail(stripped)):
                dropped, stripped = "", tail  # "By <names> | <date>, <the item's sentence>"
            if links or (dropped and not issued):  # an issued line stays, cruft-like or not
                continue
            stripped = strip_inline_credits(stripped)
            if stripped:
                lines.append(stripped)
                above, previous = previous, stripped
        if lines:
            kept.append(Block(lines, block.kind))
    draft.blocks = kept


def same_text(a: str, b: str) -> bool:
    """Equal after ignoring case, spacing and trailing punctuation."""
    return norm_line(a) == norm_line(b)


def drop_repeats(blocks: list[Block], title: str) -> list[Block]:
    """Drop the title repeated as the first block, and a block repeating the one before it."""
    out: list[Block] = []
    for block in blocks:
        text = " ".join(block.lines)
        if not out and title and same_text(text, title):
            continue  # the page repeats its title as the first line of the body
        if out and block.kind != ROW and same_text(text, " ".join(out[-1].lines)):
            continue  # a photo caption (or any paragraph) scraped twice in a row: keep one
        out.append(block)
    return out
