"""The body a republished copy names as its issuer without a label ("Source:", "URL:").

A release copied onto an aggregator, a relief portal or a blog keeps its issuer in the places
a release puts it, though no label says so. General rules, no names from particular pages:

- the page's headline line repeated with the site's name after a bar or a middle dot
  ("Kelvo floods recede · Kelvo Ledger"), as a page's <title> and its heading give it, or the
  site's name on a line of its own that opens with the separator, right under the headline
  ("/ Kelvo Ledger");
- a line naming the body beside its paper, its office holder or its press contact
  (``issuer_lines``: "Kelvo Water Commission - Statement");
- a line saying where the copy comes from (``issuer_from``: "From the Kelvo Water Board:",
  "Weekly update from the Kelvo Water Board", "From Kelvopedia, the free news source");
- an organisation's name alone on the first line of the page, or the last ("Ministry of Water
  Resources", "Kelvo Treasury"): a public body's name, its head noun an organisation word with
  what it is "of" or "for" after it, no headline's verb, maybe its acronym in brackets after it
  ("Kelvo Water Board (KWB)", the acronym its initials) or its fields listed with commas
  ("Department for Water, Farming and Rural Affairs"); on the first line, right over its
  paper's dated line ("Parliament of Kelvo" over "Sitting of Tuesday, 11 March 2031"), even
  when the text never names it again (a record of a sitting names no parliament);
- the first sentence of the text, a release's opening: the body announces, in the tenses of a
  release ("The Kelvo Water Board, KWB, has condemned ...", "The Kelvo Water Board (KWB) in
  Rimsk has welcomed ...", "Kelvo City, 3 May 2031 – The Kelvo Water Agency today announced
  ..."), not in a report's past ("... condemned on Monday"); or a minister
  announces and the text names the minister's department ("The Minister for Water Affairs,
  Jane Roe, announced ..." and "the Department of Water Affairs"): that department.
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import headline_verb
from briefing_app.ingest.dates import date_span
from briefing_app.ingest.draft import Draft
from briefing_app.ingest.issuer_about import about_issuer
from briefing_app.ingest.issuer_from import sender_line
from briefing_app.ingest.issuer_lines import contact_body, labelled_body
from briefing_app.ingest.issuer_voice import court_caption, release_line, wishing_body
from briefing_app.ingest.masthead import masthead, tagline_masthead
from briefing_app.ingest.outlet import acronym_and_name, department_line, head_words
from briefing_app.ingest.title import listing_label

END_LINES = 3  # an issuer's line sits among the first (or last) lines of a copy
BOTTOM_LINES = 5  # a release's contact block closes it
HEAD_LINES = 8  # a headline with the site's name sits near the top
MAX_SITE_WORDS = 5
MIN_HEADLINE_WORDS = 4
PROSE_WORDS = 8

# A news site's head nouns ("Kelvo News", "Evening Post"): a masthead or a tagline, no public body.
_MEDIA_HEADS = frozenset({"news", "press", "times", "post", "network", "forum", "group"})
# The section words of a site's menus and listings: "Latest News", "Top Stories" are labels.
_SECTION_START = frozenset({"latest", "recent", "all", "top", "more", "breaking", "related"})
_SMALL = frozenset({"of", "for", "and", "the", "on", "in", "to", "at", "&"})
_NAME_WORD = re.compile(r"[A-Z][\w’'.&-]*|of|for|and|the|on|in|to|at|&")


def page_ends(draft: Draft) -> list[str]:
    """The first and last lines of the page as the loader read it (before cleaning, which
    drops a site's name over the headline), for ``copy_issuer``."""
    lines = [" ".join(x.split()) for b in draft.blocks for x in b.lines]
    lines = [x for x in lines if x]
    return [*lines[:HEAD_LINES], "\n", *lines[-BOTTOM_LINES:]]


def copy_issuer(ends: list[str], text: str, title: str = "") -> str:
    """The issuer the copy names by position (module doc), "" when none does: ``ends`` from
    ``page_ends``, ``text`` the cleaned text, ``title`` its headline (a body's name as the
    headline is the page's subject: "Water Council" over "Water Council, 3 May 2031")."""
    cut = ends.index("\n") if "\n" in ends else len(ends)
    top, bottom = ends[:cut], ends[cut + 1 :]
    heads = head_words() - _MEDIA_HEADS
    # the page's first line, dropped or taken as the headline, breaking a sentence the text
    # goes on with ("Kelvo, K.C. - The Kelvo Water Board is pleased to" over "host ..."): the
    # text's opening is the two together
    opening = f"{top[0]} {text}" if text[:1].islower() and top else text
    return (
        site_after_headline(top, text)
        or labelled_body([*top, title], heads)
        or release_line(top, heads)  # "PRESS RELEASE, Ministry of ... - Friday, May 2nd, 2031"
        or court_caption(top)  # "United States Court of Appeals, Fourth Circuit."
        or sender_line(top, title, heads)  # "From the Kelvo Water Board:", "Update from ..."
        or body_line([x for x in top[:END_LINES] if not title.startswith(x)], bottom, text)
        or contact_body(bottom, heads)
        or about_issuer(text)  # "About the Kelvo Water Board" closing a release
        or opening_issuer(opening, wide=False)
        or wishing_body(text, heads)  # "The Kelvo Water Board wishes to inform the public"
        or masthead(top, title)
        or tagline_masthead(top)
        or body_over_its_paper(top, title)
        # the opening's wider readings (a body "pleased to", acting through its board, named
        # once under a dated dateline) rank below the page's own name: a paper's story opens so
        or opening_issuer(opening)
    )


_SUFFIX = re.compile(r"(?P<head>.{15,}?)\s+[·|–—]\s+(?P<site>[^·|–—]{2,60})")
_SEPARATOR_LINE = re.compile(r"[/|·]\s*(?P<site>[^/|·]{2,60})")


def _site_name(site: str) -> bool:
    """A site's name: one to five words, the first capitalised, no digit, no headline's verb,
    not a menu's section label ("Latest News")."""
    words = site.split()
    if not 1 <= len(words) <= MAX_SITE_WORDS or not words[0][:1].isupper():
        return False
    if re.search(r"\d|[.!?:;,]$", site) or words[0].casefold() in _SECTION_START:
        return False
    if listing_label(site):
        return False  # "/ News", "| Press Releases": the section, not the site
    return all(_NAME_WORD.fullmatch(w) for w in words) and not headline_verb(words)


def site_after_headline(top: list[str], text: str) -> str:
    """The site's name after the headline: the headline line repeated with it after a bar or a
    middle dot, or the headline standing alone on another line; or on a line of its own that
    opens with the separator, right under a headline ("/ Kelvo Ledger")."""
    for i, line in enumerate(top):
        match = _SUFFIX.fullmatch(line)
        if match and _site_name(site := match["site"].strip()):
            head = match["head"].strip()
            if top.count(line) >= 2 or head in top or head in text.split("\n\n")[:1]:
                return site
        match = _SEPARATOR_LINE.fullmatch(line)
        above = top[i - 1] if i else ""
        headline = len(above.split()) >= MIN_HEADLINE_WORDS and not above.endswith(".")
        if match and headline and _site_name(site := match["site"].strip()):
            return site
    return ""


# A department's fields listed after its "of" or "for", commas between them and "and" before the
# last ("Department for Water, Farming and Rural Affairs"): one name, the commas its own.
_FIELD = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
_FIELDS = re.compile(rf".+?\s(?:of|for)\s+{_FIELD}(?:,\s+{_FIELD})+,?\s+(?:and|&)\s+{_FIELD}")


def public_body(line: str) -> bool:
    """A public body's name alone on a line: a department's form (``outlet.department_line``)
    with a public body's head noun, not a site's section ("Latest News")."""
    if _FIELDS.fullmatch(line):
        line = line.replace(",", "")  # "Department for Water, Farming and Rural Affairs"
    words = line.split()
    if not words or words[0].casefold() in _SECTION_START or re.search(r"[\d|:;!?,]", line):
        return False
    heads = head_words() - _MEDIA_HEADS
    first = next((i for i, w in enumerate(words) if w.casefold() in heads), -1)
    if first < 0 or {"of", "for"} & set(words[:first]):
        return False  # "Origins of the Kelvo Mission": a heading about the body, not its name
    return department_line(line, heads)


def body_over_its_paper(top: list[str], title: str = "") -> str:
    """A public body's name on the page's first line, right over a line with a whole date (its
    paper's dated heading), not the page's headline ``title``; "" otherwise."""
    if len(top) < 2 or top[0] == title or not public_body(top[0]):
        return ""
    span = date_span(top[1])
    return top[0] if span and re.search(r"\b\d{1,2}\b", top[1][span[0] : span[1]]) else ""


def body_line(first: list[str], last: list[str], text: str) -> str:
    """An organisation's name alone on one of the page's first lines, a word of it written
    again in the text, or on its last line when the text names it again: the issuer, as a
    distributor's copy keeps it."""
    for line in first:
        # A word of it (or its acronym) written again ("the Treasury's rules", "KWB's board"):
        # the text is the body's own.
        words = [w.strip(",()") for w in line.split() if len(w) >= 3 and w not in _SMALL]
        rest = text.replace(line, "")  # the line itself may have stayed in the text
        name = acronym_and_name(line) or line  # "Kelvo Water Board (KWB)": the name
        if public_body(name) and any(re.search(rf"\b{re.escape(w)}\b", rest) for w in words):
            return name
    for line in reversed(last[-END_LINES:]):
        if public_body(line) and text.count(line) >= 2:
            return line
    return ""


# A release's opening verbs: a body announces, welcomes, condemns ...
_STATEMENT = (
    r"announce|welcome|condemn|launch|confirm|publish|issue|express|urge|call|release|"
    r"approve|appoint|deploy|deliver|provide|award|allocate|commit|pledge|mark|note|reiterate|"
    r"commend|congratulate|reaffirm"
)
_VERB = re.compile(
    rf"\b(?:has\s+(?:today\s+|also\s+)?(?P<perfect>\w+ed)|"
    r"(?P<pleased>is\s+(?:pleased|proud|delighted|happy|honou?red|excited)\s+to)|"
    rf"today\s+(?P<today>(?:re)?(?:{_STATEMENT})\w*)|"
    rf"(?P<present>(?:{_STATEMENT})s)|(?P<past>(?:{_STATEMENT})d|(?:{_STATEMENT})ed))\b"
)
# A report's day after its verb ("condemned on Monday", "announced Tuesday"): news, not a
# release's opening.
_DAY = re.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b"
)
# A release's dateline before its first sentence: a place in capitals ("KELVO CITY –"), or a
# place and the day ("Kelvo City, 3 May 2031 –", "Kelvo City, May 3, 2031 -").
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z .,'’-]{2,40}|[A-Z][\w .'’-]{1,40},\s+(?P<dated>\d{1,2}\s+[A-Z][a-z]{2,8}\.?|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},)\s+\d{4}|"
    # a place and its state or country: "Kelvo City, K.C. -", "RIMSK, Kelvo -"
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2},\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})"
    r"\s*[–—-]+\s*(?=[A-Z])"
)
# A reporter's attribution in the first sentence (", a spokesman told reporters", ", officials
# said", "according to people familiar with ..."): a story retelling a body's act or words.
_REPORTED = re.compile(r",\s+(?:[\w’'-]+\s+){0,4}(?:said|says|told|reported)\b|\baccording\s+to\b")
# A body's organ as the subject ("The Kelvo Bank's Board of Directors approved"): the body
# speaks through it.
_ORGAN = re.compile(r"(?:The\s+|the\s+)?(?P<body>[A-Z][^’']{2,80}?)['’]s\s+(?P<organ>[A-Z].*)")
_ROLE = re.compile(
    r"\b(?:Minister|Secretary(?:\s+of\s+State)?)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?P<subject>[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*)*)"
)


def _first_sentence(text: str) -> str:
    for paragraph in text.split("\n\n"):
        if len(paragraph.split()) < PROSE_WORDS or paragraph.startswith(("“", '"')):
            continue
        if re.search(r"[.!?][”’\"]?(?:\s|$)", paragraph):  # a sentence, not a headline
            return re.split(r"(?<=[a-z)])[.!?]\s+(?=[A-Z“\"])", paragraph, maxsplit=1)[0]
    return ""


_ACRONYM = re.compile(r"\s+\([A-Z][A-Za-z]{1,9}\)")
_OFFICE_OF = re.compile(r"(?P<office>(?:[A-Z][\w’'-]*\s+){1,3})of\s+(?:the\s+)?(?P<body>[A-Z].+)")


def _body_name(subject: str) -> str:
    """The subject as a body's name ("The Kelvo Water Board, KWB," -> "Kelvo Water Board"):
    capitalised words and the small words of names, an organisation word among them."""
    subject = re.sub(r",\s*[A-Z]{2,10}\s*,?$", "", subject.strip()).strip(" ,")
    subject = re.sub(r"^(?:The|the)\s+", "", subject)
    # "Kelvo Water Board (KWB)", "Kelvo Water Board (KWB) in Rimsk": the name before its
    # acronym (where it works aside, when the acronym spells the name's initials)
    bracket = _ACRONYM.search(subject)
    if bracket and (bracket.end() == len(subject) or acronym_and_name(subject[: bracket.end()])):
        subject = subject[: bracket.start()]
    words = subject.split()
    if not 2 <= len(words) <= 12 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return ""
    # An office of a body ("President of the Kelvo Commission"): a person's title; the body is
    # the issuer. A body's own name may open so too ("Ministry of Water"): an organisation word.
    office = _OFFICE_OF.fullmatch(subject)
    if office and not any(w.casefold() in head_words() for w in office["office"].split()):
        return _body_name(office["body"])
    if words[-1] in _SMALL or not any(w.casefold() in head_words() for w in words):
        return ""
    # "The Kelvo Water Board and the Army": two bodies, not one issuer
    return "" if " and the " in f" {subject} " else subject


def opening_issuer(text: str, wide: bool = True) -> str:
    """The issuer a release's first sentence names (module doc): the body that announces, or
    the department of the minister who does, when the text names that department. Not
    ``wide``: the body "announces" and is named again, none of the wider readings below."""
    first = _first_sentence(text).replace("**", "")  # a dateline in bold mark-up
    sentence = _DATELINE.sub("", first, count=1)
    verb = _VERB.search(sentence)
    if not verb or _DAY.search(sentence[verb.start() : verb.end() + 25]):
        return ""
    subject = re.sub(r"\s+today$", "", sentence[: verb.start()].strip())
    if organ := _ORGAN.fullmatch(subject):
        subject = organ["body"]  # "The Kelvo Bank's Board": the bank
    # A body "announced": a report's tense as often as a release's; its own opening says
    # "has announced", "today announced" or "announces", or its dateline gives the whole day
    # ("KELVO CITY, May 3, 2031 — The Kelvo Bank approved ..."; a wire's gives no year).
    dateline = _DATELINE.match(first)
    if (body := _body_name(subject)) and (not verb["past"] or (dateline and dateline["dated"])):
        # "The Kelvo Water Board (KWB) has warned ...": a news story's opening as often as a
        # release's; a release's own shows its dateline, "today" or its present tense.
        released = dateline or verb["today"] or verb["present"] or verb["pleased"]
        if not released and re.search(r"\([A-Z][A-Za-z]{1,9}\)$", subject.rstrip()):
            return ""
        # Named again (or by the acronym it is given): the page is about its own doings.
        acronym = re.search(r",\s*([A-Z]{2,10})\s*,?$|\(([A-Z]{2,10})\)", subject.strip())
        again = text.count(body) + (text.count(acronym[1] or acronym[2]) if acronym else 0)
        # A reporter's attribution in the sentence ("The Kelvo Water Board reaffirms ...,
        # ministers said"): a story retelling the body's act, not its release.
        if _REPORTED.search(sentence, verb.end()):
            return ""
        if not wide and (again < 2 or verb["pleased"] or verb["past"] or organ):
            return ""
        # Named once in a cut copy, under a dateline with the whole day: a release's own.
        return body if again >= 2 or (dateline and dateline["dated"]) else ""
    for role in _ROLE.finditer(subject):
        words = role["subject"].split()
        for end in range(len(words), 0, -1):
            if words[end - 1] in _SMALL:
                continue
            field = " ".join(words[:end])
            department = re.search(
                rf"\b(?:Department|Ministry)\s+(?:of|for)\s+(?:the\s+)?{re.escape(field)}\b", text
            )
            if department:
                return department.group(0)
    return ""
