"""The day a headline carries: the page's own date when nothing else gives one.

A dated record names its day in its headline: in brackets at its end ("Relief for Kelvo
(March 23, 2031)"), right after the document's kind ("Press briefing: 19 November 2031"), or
after a colon or a dash closing it ("Call with the Kelvo premier: 6 July 2031"); a gathering's
record opens with its kind and closes with its day ("Meeting of the Kelvo Council of Ministers
of July 10, 2031"); a dated message opens with its day set off by a colon or a dash ("March 30,
2031: Message for Kelvo Residents").
"""

from __future__ import annotations

import re

from briefing_app.ingest.dates import date_span, to_iso

BRACKETED_END = re.compile(r"[(\[](?P<date>[^()\[\]]{6,30})[)\]]$")


# A dated document's headline: its kind, then its day ("Press briefing: 19 November 2031",
# "Situation report 3 March 2031", "Council meeting, March 3, 2031").
_KIND_THEN_DATE = re.compile(
    r"\b(?:briefing|statement|update|bulletin|report|readout|release|remarks|meeting|session|"
    r"sitting|summary)s?\s*[:,–—-]?\s+(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})",
    re.I,
)


# A dated event's record closed by "on" and its day ("Weekly Media Briefing on 4 October 2031",
# "Regular Press Conference on September 7, 2031"): the day ends the headline, as the day of a
# briefing or a sitting does ("Remarks on September 11, 2001 anniversary" is about a day).
_KIND_ON_DATE = re.compile(
    r"\b(?:briefing|conference|statement|remarks|meeting|session|sitting|address|speech|"
    r"interview|debate|hearing)s?\s+(?:on|of|held\s+on)\s+(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?"
    r"\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})$",
    re.I,
)


# A headline closed by its day after a colon or a dash ("Minister's call with the Kelvo
# premier: 6 July 2031"): a dated record's title, as offices name readouts and calls.
_COLON_THEN_DATE = re.compile(
    r"\S\s*(?::|\s[–—-])\s+(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})$"
)


# A gathering's record: the headline opens with its kind and closes with its day after "of" or
# "on" ("Meeting of the Kelvo Council of Ministers of July 10, 2031", "Session of the Assembly
# on 3 March 2031"): the day of the gathering, the day its record is put out. Only gatherings:
# a statement's or a speech's headline may close with the day it is about ("Statement on the
# anniversary of 7 October 2031"), and a headline not opening with the kind is about a day
# ("Families remember the victims of 3 March 2031").
_GATHERING_OF_DATE = re.compile(
    r"(?:(?:extraordinary|ordinary|regular|special|plenary|weekly|daily)\s+)?"
    r"(?:meeting|session|sitting|briefing|hearing)s?\s+(?:of|by|with)\s[^:;|()\[\]]{2,80}?\s"
    r"(?:on|of|held\s+on)\s+(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})$",
    re.I,
)


# A headline opening with its day set off by a colon or a dash ("March 30, 2031: Message for
# Kelvo Residents", "3 March 2031 – Statement by the Council"): a dated message's stamp, as
# embassies and councils head their notices; the mirror of a day closing a headline after a
# colon. The day alone before the mark: "March 30, 2031 storm: ..." names an event; a second
# date after the dash makes a span ("3 March 2031 – 5 March 2031"), an event's days.
_DATE_THEN_COLON = re.compile(
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})"
    r"\s*(?::|\s[–—|-])\s+(?![\d(])(?![A-Z][a-z]{2,8}\.?\s+\d)\S"
)


def title_date(title: str) -> str:
    """The date a headline carries in brackets at its end ("Relief for Kelvo (March 23,
    2031)"), right after the document's kind ("Press briefing: 19 November 2031"), closing it
    after the kind and "on" ("Media Briefing on 4 October 2031") or after a colon closing it
    ("Call with the Kelvo premier: 6 July 2031") or closing a gathering's record that opens with
    its kind ("Meeting of the Kelvo Council of July 10, 2031"): the page's own date."""
    title = title.strip()
    match = (
        BRACKETED_END.search(title)
        or _KIND_THEN_DATE.search(title)
        or _KIND_ON_DATE.search(title)
        or _COLON_THEN_DATE.search(title)
        or _GATHERING_OF_DATE.match(title)
    )
    return to_iso(match.group("date")) if match and date_span(match.group("date")) else ""


# A speaker's record: its kind, by whom, then its day after a comma, a weekday perhaps before
# it ("Speech by the Minister, Tuesday 3 April 2031", "Remarks by Jane Roe, March 3, 2031"):
# offices title speeches and statements so. A by-line's stamp has no kind before its "by"
# ("Posted by Jane Roe, 3 April 2031"), so it stays a date line.
_SPEAKER_DATED = re.compile(
    r"(?:(?:[\w’'-]+\s+){0,3})(?:speech|statement|remarks|address|keynote|message|interview|"
    r"briefing|lecture|toast|eulogy|homily|sermon)\s+by\s+(?:[\w.’'-]+\s+){0,7}?[\w.’'-]+,\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})",
    re.I,
)


def speaker_dated(line: str) -> bool:
    """A speech's or a statement's headline: its kind, "by" its speaker, then its day after a
    comma ("Speech by the Minister, Tuesday 3 April 2031"): a headline, not a date line."""
    return bool(_SPEAKER_DATED.fullmatch(line.strip()))


# a year written in the text: "in 2024", "2024-25", not "12,2024" nor "20245"
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d)")


def title_stamp(title: str, body: str = "") -> str:
    """The day opening a headline before a colon or a dash ("March 30, 2031: Message for Kelvo
    Residents"): the page's date when no line of the page gives one, the last resort. Not where
    the body names a later year: a retrospective opens with the day it looks back to ("June 4,
    1989: the night ...", "thirty-five years later, in 2024, ...")."""
    match = _DATE_THEN_COLON.match(title.strip())
    if not (match and date_span(match.group("date"))):
        return ""
    day = to_iso(match.group("date"))
    if day and any(int(y) > int(day[:4]) for y in _YEAR.findall(body)):
        return ""
    return day
