"""Relative dates ("on Monday", "yesterday", "this afternoon", "two days ago", "last year")
resolved against the article's own date, and the tense of the clause that decides their side."""

from __future__ import annotations

import datetime as dt
import re

from briefing_app.model.dates import WEEKDAYS

_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_NUMBER_WORDS += ("eleven", "twelve")
# Future tense before a weekday in its clause: "will meet on Monday", "is due to arrive Monday";
# not across a comma ("it will go on with the aid, which began on Monday").
# A modal of obligation or chance looks ahead too ("must leave by Friday", "may meet on
# Thursday", "has to decide by"), not with a perfect after it ("must have left on Friday").
# A stop inside the clause after an abbreviation ("at 10 a.m. on Monday", "at the Courthouse (80
# Dundas St.) on 18 March") does not end it: one closing letters joined by stops ("a.m.",
# "U.S."), or one before a small word or a bracket; not one before a capital or the date itself.
_CLAUSE = r"(?:[^.!?;,]|(?<=\b\w\.\w)\.|\.(?!\s*$|\s+(?-i:[A-Z])|\s+[\"“‘'(\[]))*$"
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are) (?:due|scheduled|expected|set|to)|plans? to|"
    r"['’](?:s|re) (?:due|scheduled|expected|set) to\b|"  # "It's expected to", "they're due to"
    r"(?:(?-i:must|should|may|might)|(?:has|have|needs?) to)(?! have\b))\b" + _CLAUSE,
    re.IGNORECASE,
)
# A plan told in the past is still to come on the day it names: "was due to visit this
# afternoon", "were expected to resume this evening", "planned to speak", "would vote tonight".
_PLANNED = re.compile(
    r"\b(?:(?:was|were) (?:due|scheduled|expected|set|going|supposed|to)|would|"
    r"(?:planned|intended|hoped|promised|vowed|expected|scheduled|due) to)\b" + _CLAUSE,
    re.IGNORECASE,
)
_BEFORE_PAST = re.compile(r"\b(?:had|earlier|before|previously|prior)\b", re.IGNORECASE)
_EARLIER_AFTER = re.compile(r"\b(?:earlier|previously|beforehand|before that)\b", re.I)
# The irregular past forms that are not also present ones ("struck", "began"; not "hit", "set"),
# a few words before the date at most ("struck central Kelvo on", "began on the night of");
# not a verb of saying, whose clause may look ahead ("said the summit on 8 May"), nor a
# participle inside a compound adjective ("a Kelvo-led coalition meets on 2 May").
_IRREGULAR_PAST = (
    r"struck|began|took|met|fell|rose|won|lost|held|left|came|went|made|gave|brought|"
    r"fought|caught|saw|spoke|broke|chose|drove|flew|grew|knew|threw|wrote|ran|sank|swept|shook|"
    r"stood|sent|spent|built|froze|fled|led|paid|sold|wore|tore|bore|drew|found|kept|sought|"
    r"bought|heard|stole|swore|hid"
)
# A relative clause's past ("the bridge that was damaged in the floods") before the main
# clause's present verb ("reopens on 2 May"): a participle or a noun, then a verb in -s.
_RELATIVE_PAST = re.compile(
    r"\b(?:that|who|which) (?:was|were|had)\b[^.!?;,]*?\b[a-z]{3,}(?:ed|en|s) "
    r"(?!(?:this|its|his|thus|was|has|is)\b)[a-z]{3,}s\b[^.!?;,]*$"
)
_PAST = re.compile(
    r"(?:\b(?:was|were|had|did)\b[^.!?;,]*|\b\w{2,}ed (?:on |since |in )?|"
    # a verb in -ed a few words before ("received the call for the mission Sept. 24"), not a
    # participle after an article ("the planned summit on 3 June")
    r"(?<!\b[Tt]he )(?<!\b[Aa]n )(?<!\b[Aa] )\b[a-z]{3,}ed (?:[\w’'-]+ ){1,6}?(?:on |since |in )?|"
    rf"(?<![-‑])\b(?:{_IRREGULAR_PAST}) (?:[\w’'-]+ ){{0,3}}?(?:on |since |in )?"
    r"(?:the night of )?)$"
)
# A participle after "is", "are" or "be" (an adverb between) is a present passive, not a past:
# "people who are correctly enrolled by 10 September", "forms must be lodged by 3 May".
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are|am|be)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# "after May resigned", "since May took over": a conjunction opening a clause whose subject the
# month word is, a name ("The floods in May killed 40": "in" opens no clause).
_SUBJECT_OF_CLAUSE = re.compile(
    rf"(?i:after|before|until|till|since)\s+\w+\s+(?:[a-z]{{2,}}ed|{_IRREGULAR_PAST}|"
    r"said|says|has|had|was|is|will|would)\b"
)


def month_as_subject(text: str, start: int) -> bool:
    """Whether the month alone matched from ``start`` ("after May") opens a clause as its
    subject ("after May resigned"): a person's name, no month."""
    return bool(_SUBJECT_OF_CLAUSE.match(text, start))


_CLAUSE_AFTER = re.compile(r"[^.!?;,\n]{0,60}")
_FUTURE_AFTER = re.compile(
    r"\b(?:will|shall|(?:is|are) (?:due|scheduled|expected|set|to)|plans? to)\b", re.IGNORECASE
)
_PAST_AFTER = re.compile(rf"\b(?:was|were|had|did|{_IRREGULAR_PAST})\b|\b[a-z]{{3,}}ed\b")
# A happening set for a day ahead, named just before "on <day>": "the summit on 14 June".
_SCHEDULED = re.compile(
    r"\b(?:summit|referendum|election|vote|ballot|poll|meeting|talks|visit|conference|hearing|"
    r"session|ceremony)s? (?:on|for) $",
    re.IGNORECASE,
)
# A passive of saying or deciding after the day (which it skips, "28 September"): its past
# tells when the happening was set, not when it happens ("the referendum on May 24 was
# called", "the summit ... was announced").
_SET_AFTER = re.compile(
    r"[^,;]{0,20}?\b(?:was|were|has been|have been|had been) (?:\w+ly )?"
    r"(?:called|announced|set|scheduled|fixed|confirmed|agreed|decided|declared|proposed|"
    r"approved|planned|slated|arranged)\b",
    re.IGNORECASE,
)
_ANNOUNCED = re.compile(
    r"\b(?:called|announced|set|scheduled|fixed|proposed|planned|slated|arranged)$", re.I
)
# The hour a part of the day starts. An article put out before it that tells of "this
# afternoon" in the past was written the day before and published the next morning.
_PART_STARTS = {"this afternoon": 12, "this evening": 18, "tonight": 18}
_CLOCK = re.compile(r"\d{4}-\d\d-\d\d[T ](?P<h>[0-2]\d):(?P<m>[0-5]\d)")


# "the coming Monday", "this upcoming Friday": the day ahead, whatever the clause's verb.
_COMING = re.compile(r"\b(?:up)?coming[ \t]+$", re.IGNORECASE)


def future(text: str, pos: int) -> bool:
    """Whether the clause before ``pos`` speaks of the future ("will meet on")."""
    return bool(
        _FUTURE.search(text, max(0, pos - 80), pos) or _COMING.search(text, max(0, pos - 10), pos)
    )


def planned(text: str, pos: int) -> bool:
    """Whether the clause before ``pos`` speaks of the future, or of a plan told in the past
    ("was due to visit", "were expected to resume")."""
    return future(text, pos) or bool(_PLANNED.search(text, max(0, pos - 80), pos))


def before_past(text: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` tells of a time before the story's past ("had
    warned of it on 20 January", "earlier, on 3 January"), its future aside."""
    start = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    ends = [i for c in ".!?\n" if (i := text.find(c, pos)) >= 0]
    after = text[pos : min(ends, default=len(text))]  # "on 3 January, weeks earlier"
    told = _BEFORE_PAST.search(text, start, pos) or _EARLIER_AFTER.search(after)
    return bool(told) and not future(text, pos)


def tense(text: str, pos: int) -> int:
    """+1 when the clause before ``pos`` speaks of the future ("will meet on"), -1 of the past
    ("was sworn in on", "arrived on"), 0 when it does not say."""
    if future(text, pos):
        return 1
    past = _PAST.search(text, max(0, pos - 80), pos)
    if past and _PRESENT_PASSIVE.search(text, max(0, past.start() - 24), past.start()):
        past = None  # "who are enrolled by 10 September": a present passive, no past
    if past and not _RELATIVE_PAST.search(text, max(0, pos - 80), pos):
        return -1
    # Nothing before it says: the verb after the date in its clause does ("the landslide on
    # 24 May buried homes", "the summit on 3 June will open").
    after = _CLAUSE_AFTER.match(text, pos)
    if after is None:
        return 0
    if _SCHEDULED.search(text, max(0, pos - 20), pos) and (
        setting := _SET_AFTER.match(after.group())
    ):
        # "the election on 28 September was announced": news of a happening being set is told
        # before it, the coming such day; "was declared void", "was confirmed": the closest
        return 1 if _ANNOUNCED.search(setting.group()) else 0
    if _FUTURE_AFTER.search(after.group()):
        return 1
    return -1 if _PAST_AFTER.search(after.group()) else 0


# The sentence dates its own speech: "he said last May ..., in a 2019 interview". Its relative
# dates count from that year, not from the page's date.
_TOLD_IN = re.compile(
    r"\b(?:in|during|at|on) (?:a|an|the|his|her|their|its) (?P<y>(?:19|20)\d\d) (?:\w+ )?"
    r"(?:interview|speech|statement|address|article|op-ed|letter|report|memoir|book|podcast|"
    r"broadcast|briefing|testimony|press conference|remarks)\b",
    re.IGNORECASE,
)


def told_year(text: str, pos: int) -> int | None:
    """The year of the speech or writing the sentence around ``pos`` quotes ("in a 2019
    interview"), when it names one."""
    start = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    ends = [i for c in ".!?\n" if (i := text.find(c, pos)) >= 0]
    m = _TOLD_IN.search(text, start, min(ends, default=len(text)))
    return int(m.group("y")) if m else None


def published_clock(published: str) -> dt.time | None:
    """The time of day an ISO date-time gives ("2031-03-07T09:10:00": 09:10), as the writer's
    clock showed it; None for a bare date, or for midnight, which metadata writes for "no time"."""
    m = _CLOCK.match(published or "")
    if m is None or int(m.group("h")) > 23:
        return None
    clock = dt.time(int(m.group("h")), int(m.group("m")))
    return clock if clock != dt.time(0, 0) else None


def day_word(word: str, ref: dt.date | None, clock: dt.time | None = None, after_future=False):
    """ "yesterday", "last night", "today", "tomorrow", "tonight", "this morning" as a day.

    ``clock`` is the time the article was published: "this afternoon" in an article out at
    09:10 is the day before, unless the clause speaks of the future or of a plan ("will speak
    this afternoon", "was due to speak this afternoon")."""
    if ref is None:
        return None
    word = " ".join(word.lower().split())
    shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)  # "this morning": 0
    starts = _PART_STARTS.get(word)
    if starts is not None and clock is not None and clock.hour < starts and not after_future:
        shift = -1
    return (ref + dt.timedelta(days=shift)).isoformat()


def weekday(name: str, rel: str, ref: dt.date | None) -> str | None:
    if ref is None:
        return None
    target = WEEKDAYS.index(name.title())
    if rel in ("next", "coming"):  # "next Monday" is never today; "will meet on Monday" may be
        delta = (target - ref.weekday()) % 7 or (7 if rel == "next" else 0)
        return (ref + dt.timedelta(days=delta)).isoformat()
    # News tells of what happened: "on Tuesday" is the latest Tuesday up to the article's date.
    delta = (ref.weekday() - target) % 7
    if rel == "last" and delta == 0:
        delta = 7
    return (ref - dt.timedelta(days=delta)).isoformat()


_TOLD_WEEKDAY_REACH = 300  # characters back to the day a bare weekday repeats


def weekday_told(
    text: str, pos: int, name: str, found, ref: dt.date | None = None, read: str = ""
) -> str | None:
    """The day a bare weekday repeats: the nearest full date written with that weekday just
    before it ("on Friday 7 June; ... at 3pm on Friday": 7 June, not the Friday before the
    article's date). None when no such date stands within reach; nor a date before the
    article's when the weekday ``read`` from the article's date is after it (a clause telling
    what comes: "the union will strike on Friday"). A blank line is no bound: a list's items
    stand apart by one ("began on Friday 7 June;" / "• Wreckage was found on Friday")."""
    target = WEEKDAYS.index(name.title())
    for d in sorted(found, key=lambda d: -d.end):
        if d.end > pos or pos - d.end > _TOLD_WEEKDAY_REACH or len(d.iso) != 10:
            continue
        if ref is not None and read > ref.isoformat() > d.iso:
            continue
        written = text[d.start : d.end]
        if written[:3].lower() != name[:3].lower() or not any(c.isdigit() for c in written):
            continue  # not a date written with its weekday ("Friday 7 June"), or no date
        if dt.date.fromisoformat(d.iso).weekday() == target:
            return d.iso
    return None


def ago(count: str, unit: str, ref: dt.date | None) -> str | None:
    """ "two days ago" as a day, "three months ago" as a month, "ten years ago" as a year."""
    if ref is None:
        return None
    if count.isdigit():
        n = int(count)
    else:
        n = _NUMBER_WORDS.index(count) + 1 if count in _NUMBER_WORDS else 1  # "a", "an"
    if unit == "day":
        return (ref - dt.timedelta(days=n)).isoformat()
    if unit == "year":
        return f"{ref.year - n:04d}"
    months = ref.year * 12 + ref.month - 1 - n
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def relative_unit(rel: str, unit: str, ref: dt.date | None) -> str | None:
    """ "last year", "this month", "next year" as a year or a month."""
    if ref is None:
        return None
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "year":
        return f"{ref.year + step:04d}"
    month = ref.month + step
    year = ref.year + (month - 1) // 12
    return f"{year:04d}-{(month - 1) % 12 + 1:02d}"


def relative_month(rel: str, month: int, ref: dt.date | None) -> str | None:
    """ "last May" (the latest May before the article's month), "this May" (its year's),
    "next May" (the first May after its month) as a month."""
    if ref is None:
        return None
    year = ref.year
    if rel == "last" and month >= ref.month:
        year -= 1
    elif rel == "next" and month <= ref.month:
        year += 1
    return f"{year:04d}-{month:02d}"


_OPENERS = frozenset(".!?:;\"“‘'([—–-•*|")
# "Today" ends a sentence or a line; a credit or byline names an outlet ("Photo: A. Ostra / Our
# Today", "Reporting by A. Ostra for Kelvo Today").
_ENDS = re.compile(r"[.!?]?[\"”’']?[ \t]*(?:\n|$)|[.!?][\"”’']?\s")
_CREDIT = re.compile(
    r"/|©|\b(?:photo|picture|image|credit|source|courtesy|reporting|editing|writing|"
    r"contribut\w*|correspondent)|^[ \t]*by\b",
    re.IGNORECASE | re.MULTILINE,
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def in_name(text: str, pos: int, word: str) -> bool:
    """A capitalised "Today" inside a line is a name ("Kelvo Today", "photo: A. Drevny / Ardia
    Today", "USA Today", "the Today show"), not a day; opening a sentence, a line, a quotation
    or a clause after a comma it is the day, and ending a title-case headline or a sentence
    ("Parliament Votes On Flood Budget Today") too, unless it ends a name ("told Ardia
    Today.")."""
    if not word[:1].isupper() or word.isupper():
        return False
    before = text[:pos].rstrip(" \t")
    if not before or before[-1] in _OPENERS or before[-1] in "\n,":
        return False  # opening a line, a sentence, a quotation or a clause ("After it, Today")
    if not _ENDS.match(text, pos + len(word)):
        return True
    start = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    words = _WORD.findall(text, start, pos)
    if len(words) < 3 or _CREDIT.search(text, start, pos) or words[-1].isupper():
        return True  # a masthead line, a credit, an acronym's outlet ("USA Today")
    capitals = sum(w[0].isupper() for w in words)
    return words[-1][0].isupper() and capitals < 0.6 * len(words)


# A day word joined to a span of time is no day but "at all times": "today and always", "today
# and every day", "today and for years to come", "yesterday, today and tomorrow" ("today and
# tomorrow" alone may be two days of talks, and stays).
_FOR_ALWAYS = re.compile(
    r",?\s+(?:and|or)\s+(?:always|forever|for ever|every day|in (?:the )?future|"
    r"for (?:the )?(?:future|years to come|generations to come))\b",
    re.IGNORECASE,
)
_ALL_TIMES = re.compile(r"\byesterday,\s+today,?\s+and\s+tomorrow\b", re.IGNORECASE)


def not_a_day(text: str, pos: int, word: str) -> bool:
    """A day word ("today", "Today") that names no day: a name (``in_name``) or a span of
    time it is joined to ("today and always")."""
    if in_name(text, pos, word):
        return True
    if word.lower() not in ("today", "tomorrow", "yesterday"):
        return False
    if _FOR_ALWAYS.match(text, pos + len(word)):
        return True
    return any(
        m.start() <= pos < m.end() for m in _ALL_TIMES.finditer(text, max(0, pos - 32), pos + 32)
    )
