"""The issuer a copy's own line says it comes from. General rules, no names from particular pages:

- a line that introduces the copied text, closed by a colon: "From the Kelvo Water Board:",
  "Information bulletin from the Ministry of Water, July 13:" (a blog or a portal passing a
  release on);
- a headline naming the paper's kind and its sender: "Update from the Kelvo Water Board on
  the floods", "Weekly flood update from the Kelvo Emergency Agency" (the kinds of paper a
  body sends out: update, bulletin, statement, message, notice, advisory, press release; a
  headline's "Good news from", "Hostage release from" are a story's words, and so is a
  paper judged by its tone: "Mixed message from the Kelvo Bank");
- a site's line of origin over its article, the site's name and what it is: "From Kelvopedia,
  the free news source" (a wiki's or a mirror's copy keeps it).

The sender must be a body's name (capitalised words, a public body's head noun among them,
``issuer_lines.body_name``) or a local government's ("City of Kelvo", "County of Rimsk"). A
body a story merely mentions is no sender: "Aid from the Kelvo Water Board reaches villages"
names no paper's kind, "From Kelvo City, the minister flew on" is a sentence, not a line of
origin. A news site's "From <body>, <section>" line over a release is read while cleaning
(``issuer.from_issuer``); these lines are the ones it leaves.
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline import name_line
from briefing_app.ingest.issuer_lines import body_name

MAX_LINE_WORDS = 16
# The kinds of paper a body sends out, as a copy's line or a headline names them. A headline's
# "Good news from", "Hostage release from" are a story's words: "news" and a bare "release"
# name a paper only on a line that introduces the copy.
_PAPER = r"(?:update|bulletin|statement|message|notice|advisory|(?:press|media|news)\s+release)"
_KIND = rf"(?:{_PAPER}|release|news)"
_INTRO = re.compile(
    rf"(?:(?:[A-Za-z]+\s+){{0,2}}{_KIND}\s+)?(?i:from)\s+(?:the\s+)?(?P<name>[^:,]{{3,90}}?)"
    r"(?:,\s*[^:]{3,30})?\s*:",
    re.I,
)
_HEADLINE = re.compile(
    rf"(?:[A-Za-z]+\s+){{0,2}}{_PAPER}\s+from\s+(?:the\s+)?(?P<name>[A-Z].{{2,90}}?)"
    r"(?:\s+(?:on|about|regarding|concerning|for)\s+.*)?",
    re.I,
)
# A headline judging the paper's tone is a story about it, not the paper itself ("Mixed message
# from the Kelvo Bank on rates", "Stern statement from the Ministry"): English words of tone.
_TONE = re.compile(
    r"(?:mixed|clear|strong|stern|tough|firm|blunt|sharp|harsh|rare|defiant|bold|stark|grim|"
    r"angry|warm|conflicting|contradictory|confusing|cryptic|surprise|unusual|emotional|"
    r"powerful|chilling|worrying|encouraging|upbeat|gloomy|frank|candid|fiery)",
    re.I,
)
# A site's line of origin: its name, then what it is ("the free news source you can write").
# What it is, in its first words: "the free news source", "the daily newspaper", not "the editor
# of our weekly news magazine" (a person) nor "the heart of the news" (a place).
_ORIGIN = re.compile(
    r"From\s+(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}),\s+(?:the|an?)\s+(?:[a-z][\w-]*\s+)"
    r"{0,2}?(?:news\s+)?(?:source|encyclopedia|journal|magazine|newspaper|newswire|wire|website|"
    r"portal|news\s+(?:site|service|agency|network))\b[\w\s-]*[!.]?"
)
# A local government's name: its kind, then the place it governs.
_LOCAL = re.compile(
    r"(?:City|County|Town|Municipality|District|Shire|Borough|Province|State|Government|"
    r"Region|Village)\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
)


def _sender(name: str, heads: frozenset[str]) -> str:
    name = name.strip(" ,.;")
    if _LOCAL.fullmatch(re.sub(r"^(?:the|The)\s+", "", name)):
        return re.sub(r"^(?:the|The)\s+", "", name)
    if " and the " in f" {name} ":
        return ""  # "the Kelvo Water Board and the Army": two bodies, no one sender
    _, _, after = name.partition(" and ")
    if after and any(w.casefold() in heads for w in after.split()):
        return ""  # "Kelvo Water Board and Rimsk Council": two bodies again
    return body_name(name, heads)


def sender_line(top: list[str], title: str, heads: frozenset[str]) -> str:
    """The sender the headline ``title`` or a line of ``top`` (the copy's first lines) above
    its first paragraph of prose names as the copy's origin (module doc), "" when none does;
    ``heads`` the public body head nouns. A line inside the story is the story's."""
    lines = [title]
    for line in top:
        if len(line.split()) > MAX_LINE_WORDS:
            break  # the story has begun
        lines.append(line)
    for line in lines:
        line = line.strip()
        if not line or len(line.split()) > MAX_LINE_WORDS:
            continue
        if (match := _INTRO.fullmatch(line)) and (body := _sender(match["name"], heads)):
            return body
        match = _HEADLINE.fullmatch(line)
        toned = match and any(_TONE.fullmatch(w) for w in line[: match.start("name")].split())
        if match and not toned and (body := _sender(match["name"], heads)):
            return body
        if (match := _ORIGIN.fullmatch(line)) and not name_line(match["name"]):
            return match["name"]  # "From Jane Roe, the news site's editor": a person
    return ""
