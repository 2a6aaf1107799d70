"""Actors a headline names and the body never names in full again ("Statement by Secretary
Jane Roe", "Joint statement with Kelvo Foreign Minister Ola Brenn"): the body says "the
Secretary" or gives a speaker label.

Title-case headline text is the classic source of junk actors ("Storm Warning Issued For
Coastal Towns", "Minister Stresses"), so a heading's mention counts only with structural
evidence: a person's full name (two or more capitalised words, none a word the text writes in
lower case) introduced by "by", "with" or "from" over title words, or by a title, and closed
where the headline's grammar closes a name ("on", a comma, the line's end); a country or place
of the gazetteer (a city of GeoNames when the model read a place), not one qualifying a title
("U.S. Secretary of State"); a body of the gazetteer, or one written "<Ministry> of <...>".
A mention whose name the body also writes is kept (``outside_headline_or_named``): it is the
body's actor, and the headline is evidence of it too.
"""

from __future__ import annotations

import re

from briefing_app.analysis.dateline_start import DATELINE_DATE
from briefing_app.analysis.gazetteer import Gazetteer, city_names, gazetteer
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.lines import LineMap, line_map
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.analysis.sentence_case import headline_subject
from briefing_app.analysis.speakers import is_speaker
from briefing_app.model import Source

# "by" / "with" / "from" (in title case too: "Secretary Ann Roe With Ola Brenn of ...") and
# then only title words: capitalised words, "of", "for", "the" ("by Commissioner for Crisis
# Management", "with Indonesian Vice President")
_CUE = re.compile(r"(?<!\S)(?:[Bb]y|[Ww]ith|[Ff]rom)\s+")
_CUE_TO_NAME = re.compile(r"(?:(?:[A-Z][\w.’'-]*|of|for|the|and)\s+){0,7}")
# what may follow a name in a headline: its end, a comma or bracket, a dash, a possessive,
# or a word in lower case ("Tomas Brel opens ...", "... Ola Brenn on the floods")
_CLOSE = re.compile(r"(?:\s*$|\s*[,;:(–—|]|\s+-\s|[’']s?\b|\s+[a-z])")
_MODIFIER = re.compile(r"\s+[A-Z]")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s$")
_NAME_WORD = re.compile(r"[A-Z\u00c0-\u024f][\w\u00c0-\u024f.’'-]*$")


def headline_actor(
    src: Source,
    m: Mention,
    heading: tuple[int, int],
    gaz: Gazetteer,
    body: frozenset[str] = frozenset(),
    more_places: frozenset[str] = frozenset(),
) -> bool:
    """Whether a mention inside the headline ``heading`` (a span of the text) names an actor;
    ``body`` holds the keys of the names the body's own mentions write; ``more_places`` the
    keys of places read as the gazetteer's own here (an item's headline: its states too)."""
    text = src.text
    key = cached_norm(m.text)
    if m.label in ("GPE", "LOC", "ORG") and _MODIFIER.match(text, m.end, heading[1]):
        return False  # "U.S. Secretary of State", "UN Human Rights Chief": part of a title
    if m.label in ("GPE", "LOC", "ORG") and _cut_from_name(src, text[heading[0] : m.start], gaz):
        return False  # "DR Congo" cut to "Congo": a piece of a longer name
    if m.label in ("GPE", "LOC"):
        return key in gaz.places or key in more_places or (m.label == "GPE" and key in city_names())
    if m.label == "ORG":
        return key in gaz.organizations or _ministry_of(m.text, gaz) or named_body(m.text)
    if m.label != "PERSON":
        return False
    words = m.text.split()
    lower = lowercase_words([src])
    if len(words) == 1 and m.role and _surname_of_one(src, m, heading, gaz, body, lower):
        return True  # "Minister for Foreign Affairs Haavisto to attend": the body's person
    if len(words) < 2 or not all(_NAME_WORD.match(w) for w in words):
        return False
    if any(w.lower().strip(".’'") in lower for w in words if len(w) > 2):
        return False  # "Minister Signs Pact": a word the text writes lower case
    if any(cached_norm(w) in gaz.stopwords for w in words):
        return False  # "Policy Toward Kelvo": a function word in title case
    surname = cached_norm(words[-1])
    place = surname in gaz.places or surname in city_names()
    named = surname in body and not place and not _titles_a_name(text, words[-1], heading[1])
    if named and m.role:
        # A title before it, the body writes the surname alone: the name ends there, whatever
        # title-case word follows it in the headline ("Minister Ana Costa Visits Flood Towns").
        return True
    if m.address and len(words) >= 2 and " " not in m.address.strip():
        return True  # "... Stakeout by Mr. Geir O. Pedersen United Nations Special Envoy"
    if not _CLOSE.match(text, m.end, heading[1]):
        return False
    return bool(m.role) or _cued(text[heading[0] : m.start], gaz) or named


def _cued(before: str, gaz: Gazetteer) -> bool:
    """Whether a cue and then only title words lead to the name: "by", "with" or "from", or
    their title-case forms before a post or nothing (``_titles_only``)."""
    for cue in _CUE.finditer(before):
        between = before[cue.end() :]
        if _CUE_TO_NAME.fullmatch(between) and (
            cue.group()[0].islower() or _titles_only(between, gaz)
        ):
            return True
    return False


def _titles_only(between: str, gaz: Gazetteer) -> bool:
    """Whether the words between a title-case cue and a name are a post, or none ("With Prime
    Minister Ann Roe", "With Indonesian Vice President ..."): in a title-case headline every word
    is capitalised, so other words are the headline's own ("Dancing With Wolves Star Kevin
    Costner Returns")."""
    words = between.split()
    while words and (
        words[0] == "the"
        or cached_norm(words[0]) in gaz.demonyms
        or cached_norm(words[0]) in gaz.places
    ):
        words = words[1:]
    return not words or is_title(cached_norm(" ".join(words)), gaz)


def _surname_of_one(
    src: Source,
    m: Mention,
    heading: tuple[int, int],
    gaz: Gazetteer,
    body: frozenset[str],
    lower: set[str] | frozenset[str],
) -> bool:
    """Whether a lone word after a title in the headline ("Minister Haavisto") is the surname
    of exactly one full name the body writes ("Pekka Haavisto"): never a word the text writes
    in lower case, a place, or a rank the body writes before a name ("Airman Ola Brenn")."""
    key = cached_norm(m.text)
    if not _NAME_WORD.match(m.text) or m.text.lower().strip(".’'") in lower:
        return False
    if key in gaz.places or key in city_names() or key in gaz.titles or key in gaz.stopwords:
        return False
    owners = [k for k in body if " " in k and k.rsplit(" ", 1)[1] == key]
    return len(owners) == 1 and not _titles_a_name(src.text, m.text, heading[1])


def _cut_from_name(src: Source, before: str, gaz: Gazetteer) -> bool:
    """Whether the headline's words ``before`` a mention end in a capitalised word that may
    be a piece of its name ("DR" of "DR Congo"), not a function word or a word the text writes
    in lower case ("Floods In Portugal", "Storm Hits Kelvo")."""
    found = _CAPITAL_BEFORE.search(before)
    if found is None:
        return False
    word = found.group().strip().lower().strip(".’'")
    return word not in gaz.stopwords and word not in lowercase_words([src])


def _titles_a_name(text: str, word: str, start: int) -> bool:
    """Whether the body writes ``word`` before a capitalised word or a number, as a title
    ("Airman 1st Class Ola Brenn"): a rank, not the surname of the headline's person."""
    return re.search(rf"(?<![\w-]){re.escape(word)} [A-Z0-9]", text[start:]) is not None


def _ministry_of(name: str, gaz: Gazetteer) -> bool:
    """ "Ministry of Foreign Affairs": an organisation's head noun, then "of" or "for" and
    capitalised words ("Office of the Spokesperson" names a post's office, not a body)."""
    words = name.split()
    return (
        len(words) >= 3
        and cached_norm(words[0]) in gaz.org_suffixes
        and words[1] in ("of", "for")
        and all(w[:1].isupper() or w in ("of", "for", "and") for w in words[2:])
    )


# Head nouns of public bodies: a name of capitalised words ending in one ("House Judiciary
# Committee", "Kelvo Police") or with one before its "of" / "for" ("Organization for
# Migration") names a body wherever it is written, a headline or a listing's item line.
_BODY_HEADS = frozenset(
    [
        *("agency", "assembly", "authority", "board", "bureau", "command", "commission"),
        *("committee", "consulate", "council", "court", "department", "directorate"),
        *("embassy", "ministry", "organisation", "organization", "parliament", "police"),
        *("secretariat", "senate", "tribunal"),
    ]
)
_JOINING = frozenset(["of", "for", "and", "the", "&"])


def named_body(name: str) -> bool:
    """Two or more capitalised words naming a body by its head noun: last ("General Court",
    "Belarusian Interior Ministry"), or right before the first "of" / "for" ("International
    Organization for Migration"); not "Report for Congress", nor one word alone."""
    words = name.split(" ")
    if len(words) < 2 or "\n" in name:
        return False
    if not all(w[:1].isupper() or w in _JOINING for w in words) or words[0] in _JOINING:
        return False
    joints = [k for k, w in enumerate(words) if w in ("of", "for")]
    head = words[joints[0] - 1] if joints else words[-1]
    return cached_norm(head) in _BODY_HEADS


def named_body_mention(m: Mention) -> bool:
    """Whether the model's organisation ``m`` is a body by its name (``named_body``)."""
    return m.label == "ORG" and named_body(m.text)


# "Source: Kelvo Police" on a line of its own: the release's issuer, not a photo's credit
_ISSUER_CUE = re.compile(r"[ \t]*\W{0,3}source\s*:\s*", re.IGNORECASE)


def issuer_line(text: str, m: Mention) -> bool:
    """Whether ``m`` is a body by its name (``named_body``) that a line "Source: <body>" gives
    alone: the issuer of a republished release ("Source: Kelvo Police"), an actor of its story.
    A caption's "(Source: Kelvo Police)" or "Source: Ann Roe/Kelvo Police" stays a credit."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    rest = text[m.end : line_end if line_end != -1 else len(text)]
    return (
        _ISSUER_CUE.fullmatch(text, line_start, m.start) is not None
        and rest.strip(" \t.") == ""
        and named_body_mention(m)
    )


def outside_headline_or_named(
    src: Source, m: Mention, lines: LineMap, body: frozenset[str] | set[str]
) -> bool:
    """Whether ``m`` stands outside the headline of ``src``, or names an actor there by the
    rules above (``body``: the keys of the names the body writes)."""
    heading = lines.heading_at(m.start)
    if heading is None or not lines.in_headline(src, m.start):
        return True
    if _body_name(src, m, heading, body):
        return True  # the body's own name: one actor, its evidence in the headline too
    return (
        headline_actor(src, m, heading, gazetteer(), frozenset(body))
        or is_speaker(src.text, m)
        or headline_subject(src.text, m, lines.line_at(m.start), gazetteer())  # "X hits ..."
    )


def _body_name(
    src: Source, m: Mention, heading: tuple[int, int], body: frozenset[str] | set[str]
) -> bool:
    """Whether the headline's mention writes a name the body's own mentions write, and not a
    title or rank ("Mobility Airman ..." over "Airman 1st Class Ola Brenn")."""
    key = cached_norm(m.text)
    if key not in body or key in gazetteer().titles:
        return False
    return not _titles_a_name(src.text, m.text.split()[-1], heading[1])


def headline_seeds(src: Source, found: list[Mention]) -> list[Mention]:
    """The model's mentions of one source, the headline's only where they name an actor by
    the rules above (a name the body writes again is the body's to give): a headline's
    mention must not seed the recall of its name in the body either ("Alexei Navalny" read
    as a body in a headline), nor add a title-case word's votes."""
    lines = line_map(src)
    if not lines.headings:
        return found
    body = frozenset(cached_norm(m.text) for m in found if not lines.in_headline(src, m.start))
    return [m for m in found if outside_headline_or_named(src, m, lines, body)]


# A release's header line: its day, the place it was issued at, the issuer ("September 29,
# 2031 – Ottawa, Ontario – Global Affairs Canada"); or the place and its country alone, a date
# perhaps after them ("Geneva, Switzerland 07 March 2031"), a line ingest keeps over a headline
_DATED_HEADER = re.compile(
    rf"{DATELINE_DATE}\s+[–—-]\s+(?P<places>[^–—\n]{{2,60}}?)\s+[–—-]\s+(?P<issuer>[^–—\n]{{2,80}})$"
)
_PLACE_LINE = re.compile(
    r"(?P<places>[^\W\d_][\w’'.-]*(?: [^\W\d_][\w’'.-]*){0,3}, [^\W\d_][\w’'.-]*"
    r"(?: [^\W\d_][\w’'.-]*){0,3})(?:\s*[,–—-]?\s+\d[^\n]{0,60})?"
)


def dated_header_place(src: Source, m: Mention, lines: LineMap) -> bool:
    """Whether ``m`` is a place of a release's header line (a heading of its own): a place the
    gazetteer knows, between the day and the issuer or before the date; or the issuer of a
    dated header when it names a body ("Global Affairs Canada")."""
    line = lines.line_at(m.start)
    if line is None or lines.heading_at(m.start) is None:
        return False
    found = _DATED_HEADER.fullmatch(src.text, line[0], line[1]) or _PLACE_LINE.fullmatch(
        src.text, line[0], line[1]
    )
    if found is None:
        return False
    if m.label == "ORG" and "issuer" in found.re.groupindex:
        return found.start("issuer") <= m.start < found.end("issuer") and " " in m.text
    if m.label not in ("GPE", "LOC") or not found.start("places") <= m.start < found.end("places"):
        return False
    key = cached_norm(m.text)
    return key in gazetteer().places or key in city_names() or key in gazetteer().subdivisions
