"""People named at the head of a list's line, before the post they hold or take: "- Ann Roe
becomes Minister of Transport", "• Tomas Brel, Minister of National Defence", "Hon. O.M. Varn,
Minister of Home Affairs", as a government's list of appointments writes them. The small model
misses many such names (a list's lines read as one run), or runs the line before into them;
and a title-case line without a final stop reads as a link (``lines``), whose names are
dropped. The line's shape says they are people.

The line opens with a bullet or a form of address ("Hon.", "Dr"); the name is two to four
words (initials "J.", "O.M." among them, a capitalised surname last), none a word the text
writes in lower case, a title, a place or a body's word; then a comma or a verb of taking a
post ("becomes", "is appointed", "remains"), and a post the gazetteer's titles open ("Minister
of ...", "President of the Treasury Board"). The post is the person's role, so the line is no
link; a name the model found there takes the role too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.bodies import ADMIN_WORDS
from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.mentions import (
    Mention,
    cached_norm,
    is_title,
    overlaps_taken,
    taken_spans,
)
from briefing_app.analysis.votes import LANDFORMS
from briefing_app.model import Source

_WORD = r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f’'.-]*"
_LINE = re.compile(
    rf"^[ \t]*(?P<bullet>[-–•▪‣◦●■·*][ \t]+)?(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,5}})"
    r"(?:,[ \t]+(?:the[ \t]+)?|[ \t]+(?:becomes|became|remains|is|was|will be|is appointed|"
    r"was appointed|is named|was named|continues as)[ \t]+(?:the[ \t]+)?)"
    r"(?P<post>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)",
    re.MULTILINE,
)
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")
_SURNAME = re.compile(r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f’'-]*[a-z\u00df-\u024f][\w’'-]*")
_ROLE_END = re.compile(r"\s[-–—•]\s|[.;]\s")
# the words that name an item of an event's programme, not a person: a programme lists its items
# with the speaker's post as an appointments list does ("- Welcome Remarks, Minister of Tourism")
_PROGRAMME_WORDS = frozenset(
    [
        "address",
        "addresses",
        "briefing",
        "closing",
        "discussion",
        "introduction",
        "keynote",
        "launch",
        "lecture",
        "opening",
        "panel",
        "presentation",
        "remarks",
        "reception",
        "session",
        "speech",
        "statement",
        "welcome",
    ]
)


def listed_people(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """New person mentions at the head of list lines that give their post; a person the model
    found there (same span, no role yet) takes the post as its role."""
    taken = taken_spans(mentions)
    same = {(m.source, m.start, m.end): m for m in mentions if m.label == "PERSON"}
    found: list[Mention] = []
    for i, src in enumerate(sources):
        text = src.text
        if "\n" not in text:
            continue
        lower: frozenset[str] | None = None
        for m in _LINE.finditer(text):
            post = m.group("post").split()
            if not any(is_title(cached_norm(" ".join(post[:k])), gaz) for k in (1, 2)):
                continue
            s, e = m.span("name")
            words = m.group("name").split()
            addressed = 0
            while addressed < len(words) - 2 and cached_norm(words[addressed]) in gaz.honorifics:
                addressed += 1
            if not (addressed or m.group("bullet")):
                continue  # a line of a paragraph: the model's to read
            s += len(" ".join(words[:addressed])) + (1 if addressed else 0)
            s = text.index(words[addressed], s)
            words = words[addressed:]
            if lower is None:
                lower = lowercase_words([src])
            if not _a_name(words, gaz, lower):
                continue  # "Northern Affairs", "Minister Ann Roe": no name of a person alone
            line_end = text.find("\n", e)
            role = text[m.start("post") : line_end if line_end != -1 else len(text)]
            role = _ROLE_END.split(role, 1)[0].strip(" ,;.")  # an item run on into the next
            model = same.get((i, s, e))
            if model is not None and not model.role:
                model.role = role
            elif not overlaps_taken(taken.get(i, []), s, e):
                found.append(Mention(i, s, e, text[s:e], "PERSON", role))
    return found


def _a_name(words: list[str], gaz: Gazetteer, lower: frozenset[str]) -> bool:
    """Initials and capitalised words ending in a surname, two words or more, none a word the
    text writes in lower case, a title, a place, a body's word or a programme's item ("Welcome
    Remarks"); nor ending in a landform's or an area's word ("Ivory Coast", "Tigray Region")."""
    if len(words) < 2 or not _SURNAME.fullmatch(words[-1]):
        return False
    last = cached_norm(words[-1])
    if last in LANDFORMS or last in ADMIN_WORDS:
        return False  # "- Ivory Coast, Minister of Trade", "- Tigray Region, ...": a place
    for w in words:
        if _INITIALS.fullmatch(w):
            continue
        key = cached_norm(w)
        if w.lower() in lower or key in gaz.titles or key in gaz.places or key in gaz.org_suffixes:
            return False
        if key in _PROGRAMME_WORDS or key in gaz.stopwords:
            return False  # "Welcome Remarks"; "Doctors Without Borders": a function word
        if not _SURNAME.fullmatch(w):
            return False
    return True
