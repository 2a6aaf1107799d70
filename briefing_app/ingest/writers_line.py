"""A by-line without "By": the writers' names alone on a line, joined by slashes.

Pages print their writers so under the headline ("Jane Roe/John Q. Doe", "Roe, Jane / John
Doe", a citation's surname-first form for the first): two to four people's names, each two to
four capitalised words (``byline.name_line``), a slash between them. General rules, keyed to
the line's form, no names from particular pages:

- a part that names a place ("New Jersey/New York", a country), a body ("Jane Roe/Kelvo Water
  Board") or a credit's role, or ends in a picture agency's or a newsroom's noun ("Jane
  Roe/Kelvo Images", "Jane Roe/Kelvo Herald", "Jane Roe/Staff Photographer": a photo's
  credit) is no writer, and the line names none;
- a part with a topic's abstract noun ("Climate Policy/Food Security": a section's label) is
  no writer;
- one name alone, or names joined by "and" or commas, is no such line (read elsewhere);
- a part the story's opening names again ("Real Madrid/Manchester United" over "Real Madrid
  beat Manchester United 2-1"; two firms, two teams, two parties) is its subject, not its
  writer: writers do not name themselves in their lead (their notes at the foot are past it).
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import name_line, place_name, press_noun
from briefing_app.ingest.casing import org_words
from briefing_app.ingest.issued_at import country_names

_SLASH = re.compile(r"\s*/\s*")
# "Roe, Jane", "Roe, Jane Q.": a citation's surname-first form
_SURNAME_FIRST = re.compile(
    r"(?P<surname>[A-Z][\w’'-]+),\s+(?P<given>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?)"
)
# The last nouns of picture agencies' and studios' names: a photo's credit, not a writer.
_CREDIT_NOUN = re.compile(
    r"Images|Photos?|Pictures|Photography|Pool|Stock|Studios?|Media|Agency|Graphics?|"
    r"Illustrations?|Photographer|Illustrator|Writer|Reporter|Correspondent|Editor|"
    r"Contributor|Staff"
)
# The head nouns of bodies' names, besides the gazetteer's organisation words ("Jane Roe/Kelvo
# Water Board": a writer and the body she writes for, or a photo's credit, not two writers).
_BODY_NOUN = re.compile(
    r"Board|Council|Committee|Authority|Group|Company|Bank|Fund|Foundation|Institute|"
    r"Cent(?:re|er)|Society|Union|Association|Trust|Party|University|College|School"
)
# The endings of abstract nouns, a section's or a topic's words ("Climate Policy/Food Security"),
# never a surname's.
_TOPIC_END = re.compile(r"\w+(?:tion|sion|ment|ity|ism|ness|ship|ics|ogy|ency|acy|icy|ety)")


def _writer(part: str) -> str:
    """``part`` as a person's name in reading order, "" when it is not one."""
    if match := _SURNAME_FIRST.fullmatch(part):
        part = f"{match['given']} {match['surname']}"
    words = part.split()
    if not name_line(part) or press_noun(words[-1]) or _CREDIT_NOUN.fullmatch(words[-1]):
        return ""
    if any(_TOPIC_END.fullmatch(w) or _BODY_NOUN.fullmatch(w) for w in words):
        return ""
    if any(w.casefold() in org_words() for w in words):
        return ""  # "Kelvo Ministry", "Kelvo Command": a body's name
    if place_name(words) or part.casefold() in country_names():
        return ""
    return part


def slashed_writers(line: str, after: str = "") -> str:
    """The writers a line of slash-joined names gives ("Jane Roe/John Q. Doe": "Jane Roe and
    John Q. Doe"), "" for any other line or when the text ``after`` it (the story's opening
    lines) names one of them again: the story's subjects."""
    if "/" not in line or "//" in line:
        return ""
    parts = _SLASH.split(line.strip())
    if not 2 <= len(parts) <= 4:
        return ""
    names = [_writer(p) for p in parts]
    if not all(names):
        return ""
    if any(p in after or n in after for p, n in zip(parts, names, strict=True)):
        return ""  # "Real Madrid/Manchester United" over "Real Madrid beat Manchester United"
    return f"{', '.join(names[:-1])} and {names[-1]}"
