"""Which four-digit numbers are years: counts, identifiers and table figures are not.

"resolution 2231", "flight 1907", "some 2000 troops", "of 1800 people" are numbers; "in 2019",
"the 2024 elections", "April 2029 prices" are years. General English rules, no corpus strings.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing_app.analysis.measures import is_measure
from briefing_app.model.dates import MONTH_NUMBERS, WEEKDAYS

YEAR = r"(?P<year>1[6-9]\d\d|2[01]\d\d)"
# Words after which a number is a number, not a year ("resolution 2231", "flight 1907").
_NUMBERING_WORDS = """
    resolution resolutions no no. nos number numbers article articles paragraph para paras
    p. pp. item flight
    route code page pages section chapter law decree order bill case room unit platform highway
    road kilometres kilometers km miles tonnes tons metres meters hours minutes votes ballots
    seats cases deaths about nearly almost some over under than least most
"""
_NUMBERING = frozenset(_NUMBERING_WORDS.split())
# After a year comes punctuation, a function word or a verb; a plural noun makes it a count
# ("in 2000 troops"), except for the few short words ending in -s.
_SHORT_S = "as was has is its this his us thus unless towards afterwards"
_NOT_PLURAL = frozenset(_SHORT_S.split())
# Plurals and collective nouns that do not end in -s: "of 2000 people", "2000 children".
_COUNTED = "people children men women police personnel staff cattle livestock sheep aircraft"
_COUNT_NOUNS = frozenset(_COUNTED.split())
# A sentence that opens with a preposition of time and a number names a year, whatever noun
# follows ("In 2019 protests erupted", "Since 2015 refugees have"); inside a sentence the same
# words are counts as often ("won by 2000 votes", "families in 2000 homes").
_TIME_PREPOSITIONS = frozenset(
    ["in", "since", "until", "till", "during", "by", "before", "after", "from", "through"]
)
# A number whose predicate is a quantity is a count, whatever verb follows it: "2000 was a low
# estimate of the dead", "1500 is the official toll", "2000 was more than double".
_QUANTITY_PREDICATE = re.compile(
    r"\s+(?:was|is|were|are|remains?|remained|stood|stands)\s+(?:(?:a|an|the|only|just|still|"
    r"far|much|well|roughly|about)\s+)*(?:(?:[a-z-]+\s+){0,2}?(?:estimate|figure|number|toll|"
    r"total|count|tally|sum|amount|minimum|maximum|average|quota|capacity)s?\b|"
    r"(?:higher|lower|more|fewer|less|greater|smaller|bigger) than\b|(?:up|down) from\b|"
    r"double\b|twice\b|triple\b|half\b)",
    re.IGNORECASE,
)
# A singular verb after a year makes it the subject ("2029 was", "2030 saw", "2031 marks the");
# a count takes a plural one ("2000 were displaced"), and "2000 marks" alone may be money.
# A modal before "be the/a" too, coordinated or not: "2031 can and must be the year of peace",
# "2030 will be a hard year" (a count is not "a" or "the" something: "2000 will be displaced").
_MODAL = r"(?:can|could|will|would|must|should|might|may)"
SUBJECT_VERB = re.compile(
    r" (?:was|is|has|saw|brought|proved|mark(?:s|ed) (?:the|a|an)|"
    rf"{_MODAL}(?: (?:and|or) {_MODAL})? be (?:the|a|an))\b"
)
# A count of people named by a demonym or a proper adjective and a collective noun ("2000
# Ardian police", "1600 UN staff"); a plural such as "the 2024 Ardian elections" stays a year.
_NAMED_COLLECTIVE = re.compile(r"\s+[A-Z][A-Za-z-]+\s+(?P<w>[a-z]{3,})\b")
_COUNT_AFTER = re.compile(r"\s+(?P<w>[a-z]{3,})\b")
# Not inside a longer number ("1,2014", "2014,500"); a comma after it is punctuation.
_ANY_YEAR = re.compile(r"(?<![\d,.])" + YEAR + r"(?!\d|,\d)")


def is_count(text: str, s: int, e: int) -> bool:
    """The number at text[s:e] is a count or an identifier, not a year."""
    if _DECIMAL.match(text, e):
        return True  # "fell to 2016.4 from 2019.8", "2019,500 votes": a decimal, a thousand
    before = text[max(0, s - 20) : s].split()
    if before and before[-1].strip(".,").lower() in MONTH_NUMBERS:
        return False  # "April 2029 prices": a month's year, whatever follows
    if before and before[-1].lower().strip("(#") in _NUMBERING:
        return True
    if [w.lower() for w in before[-2:]] == ["out", "of"] and not _NAMED_AFTER.match(text, e):
        return True  # "ranked 19th out of 2100": a total ("out of 2026 World Cup": a year)
    if _clock_time(text, s, e) or _counted_range(text, s, e):
        return True
    if is_measure(text, e) and not _year_opening(text, s, before):
        return True  # "a 1900 km road"; but "In 2020 tonnes of grain rotted": a year
    if _QUANTITY_PREDICATE.match(text, e):
        return True
    named = _NAMED_COLLECTIVE.match(text, e)
    if named and named.group("w") in _COUNT_NOUNS:
        return True  # "the 2000 Ardian police": a count of people, whatever comes before it
    if SUBJECT_VERB.match(text, e):
        return False  # "2029 was a disaster", "2030 marks the fifth visit": a year's verb
    m = _COUNT_AFTER.match(text, e)
    if m and before and before[-1].lower() in _DETERMINERS:
        # "the 2024 elections"; but a round hundred before a plural is a count ("the 2000
        # people", "its 1800 troops"), unless the text writes that number as a year elsewhere
        return _round_count(text, s, e, m.group("w"))
    if m and _second_of_two_years(text[max(0, s - 60) : s].split()):
        return False  # "the fraudulent 2006 and 2010 elections"
    if m and before and before[-1].lower() in _TIME_PREPOSITIONS and _opens_sentence(text, s):
        return False  # "In 2019 protests erupted"
    return bool(m) and _plural(m.group("w"))


_DETERMINERS = ("the", "its", "their", "this", "last", "next")
_NAMED_AFTER = re.compile(r"['’]s\b| [A-Z]")  # "2026's", "2026 World Cup": a year's own
# A decimal or a group of thousands ("2019.8", "2019,500"); "2019.03.26" goes on to a date.
_DECIMAL = re.compile(r"[.,]\d+(?![.,/-]?\d)")
# A time on the 24-hour clock ("from 1800 to 0600 hours", "at 2000 GMT", "by 1800 on Friday"):
# a zone or "hours" after it, a range to a time before 10:00, or the day it falls on.
_CLOCK_TAIL = re.compile(
    r"[ \t]*(?:hours|hrs|h|GMT|UTC|local time|[A-Z]{1,3}T)\b|"
    r"[ \t]*(?:to|until|till|and|[-–])[ \t]*0\d{3}\b|"
    rf" on (?:{'|'.join(WEEKDAYS)}|\d{{1,2}} [A-Z][a-z]+\b|[A-Z][a-z]+ \d{{1,2}}\b)"
)
_RANGE_TO_COUNT = re.compile(r"[ \t]*(?:to|and|until|[-–])[ \t]*(?P<n>\d{4})\b")


def _clock_time(text: str, s: int, e: int) -> bool:
    hours, minutes = int(text[s : s + 2]), int(text[s + 2 : e])
    return hours < 24 and minutes < 60 and bool(_CLOCK_TAIL.match(text, e))


def _counted_range(text: str, s: int, e: int) -> bool:
    """ "from 1900 to 2000 dinars": round hundreds whose other end is a count ("from 2019 to
    2021 levels" stays two years)."""
    m = _RANGE_TO_COUNT.match(text, e)
    if not m or not text[s:e].endswith("00") or not m.group("n").endswith("00"):
        return False
    return is_count(text, m.start("n"), m.end("n"))


def _plural(word: str) -> bool:
    return (word.endswith("s") and word not in _NOT_PLURAL) or word in _COUNT_NOUNS


def _round_count(text: str, s: int, e: int, word: str) -> bool:
    """A round hundred heading a plural after a determiner ("the 2000 people", "their 1700
    members") is a count: counts are round far more often than the years news names. It stays a
    year where the text writes the same number as one ("in 2000 ... the 2000 elections")."""
    n = text[s:e]
    if not n.endswith("00") or not _plural(word) or word in _EVENT_PLURALS:
        return False  # "the 2000 elections": events a year names, never people to count
    written = re.finditer(rf"\b(?:{_AS_YEAR}),? (?P<n>{n})\b(?!,\d)", text, re.IGNORECASE)
    return all(is_count(text, m.start("n"), m.end("n")) for m in written)  # "from 1800 hours"


# Plurals of events held or suffered in a given year (a vote, a contest, a round of talks, a
# season's disaster): what a year before them dates; people and things are what a number counts.
_EVENTS = "elections polls primaries games olympics championships talks negotiations protests"
_EVENT_PLURALS = frozenset(f"{_EVENTS} riots floods wildfires celebrations commemorations".split())
_AS_YEAR = "|".join(sorted(_TIME_PREPOSITIONS | {m.lower() for m in MONTH_NUMBERS}))
_PAIRED = re.compile(YEAR + r"$")
# Words that make the numbers after them amounts: "the remaining 1500 and 1800 troops".
_AMOUNT_WORDS = frozenset(
    ["remaining", "additional", "estimated", "other", "extra", "further", "first", "final"]
)


def _second_of_two_years(before: list[str]) -> bool:
    """A year joined by "and" to a year a determiner heads, with at most two adjectives
    between them ("the previous fraudulent 2006 and 2010 elections"): two years modifying one
    noun. A count goes with a quantity word ("between 2000 and 3000 troops", "some ...")."""
    if len(before) < 3 or before[-1].lower() != "and" or not _PAIRED.match(before[-2]):
        return False
    for w in reversed(before[-5:-2]):
        if w.lower() in _DETERMINERS:
            return True
        if not (w.isalpha() and w.islower()) or w in _NUMBERING or w in _AMOUNT_WORDS:
            return False
    return False


# Prepositions of time that, opening a sentence, make the number after them a year before a
# unit too ("In 2020 tonnes of grain rotted": the tonnes are the verb's subject); not "by" or
# "from", which open a measure as often ("From 1900 metres up, ...").
_YEAR_OPENERS = frozenset(["in", "since", "during", "until", "till", "throughout"])


def _year_opening(text: str, s: int, before: list[str]) -> bool:
    return bool(before) and before[-1].lower() in _YEAR_OPENERS and _opens_sentence(text, s)


def _opens_sentence(text: str, s: int) -> bool:
    """Whether the capitalised word right before position ``s`` opens its sentence."""
    head = text[:s].rstrip()
    word = head.split()[-1] if head.strip() else ""
    lead = text[: len(head) - len(word)].rstrip(" \t")
    return word[:1].isupper() and (not lead or lead[-1] in '.!?:;\n"“')


def explicit_years(text: str) -> list[tuple[int, int]]:
    """(position, year) of every year written out, counts and numbers left aside."""
    out = []
    for m in _ANY_YEAR.finditer(text):
        if not is_count(text, m.start(), m.end()) and not _headless(text, m.start(), m.end()):
            out.append((m.start(), int(m.group("year"))))
    return out


# A transcript's marks for words it could not take down (the usual transcription conventions).
_HEADLESS_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$|\[(?i:inaudible|unclear|indistinct|unintelligible|crosstalk)\])"
)


def _headless(text: str, s: int, e: int) -> bool:
    """A number after a determiner with no noun after it ("the 2002 [inaudible]", "of the
    2000, 300 returned"): a number whose noun is left out or lost, no year to date by."""
    before = text[max(0, s - 12) : s].split()
    return (
        bool(before) and before[-1].lower() in _DETERMINERS and bool(_HEADLESS_AFTER.match(text, e))
    )


# "since 2014"; an origin ("founded in 1921", "born in 1960"): background, not the story's year.
# So with the day or month written before the year ("since April 10, 1993", "since 3 May 1993",
# "founded on 3 May 1921", "born in May 1960").
_MONTH_WORD = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_SINCE = re.compile(
    r"\b(?:since|(?:founded|established|born)\s+(?:in|on))\s+"
    rf"(?:(?:{_MONTH_WORD})\.?(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?|"
    rf"[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORD})\.?,?\s+)?$",
    re.IGNORECASE,
)


def anchor_years(text: str) -> list[tuple[int, int]]:
    """The explicit years a day or month written without one may take: not the start of a
    period that runs up to the article's day ("Since 2014, ... In July": not July 2014), nor an
    origin ("founded in 1921": "14 May" after it is no day of 1921), nor a
    bare year someone is quoted saying ("“The army took power in 2014,” she said."): a speaker
    recalling another time, not the story's year (a written date in a quote still is one)."""
    quoted = [m.span() for m in _QUOTE.finditer(text)]
    return [
        (p, y)
        for p, y in explicit_years(text)
        if not _SINCE.search(text, max(0, p - 40), p)
        and not (any(a < p < b for a, b in quoted) and not _IN_DATE.search(text, max(0, p - 16), p))
    ]


# A quotation closed in its paragraph, in curly or straight double quotes.
_QUOTE = re.compile(r"“[^”\n]{1,600}”|(?<![\w\"])\"[^\"\n]{1,600}\"")
# A year written after its month ("3 March 2014", "March 3, 2014", "March 2014").
_IN_DATE = re.compile(
    r"\b(?:" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?,?"
    r"(?: [0-3]?\d(?:st|nd|rd|th)?,?)? (?:of )?$",
    re.IGNORECASE,
)


def year_named_near(years: list[tuple[int, int]], pos: int) -> int | None:
    """The year the text last named before ``pos``, else the first one after (None: none).

    ``years`` is ``explicit_years(text)``: a day or month written without a year takes it."""
    if not years:
        return None
    before = [y for p, y in years if p < pos]
    return before[-1] if before else years[0][1]


def ymd(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def md(iso: str) -> tuple[int, int]:
    return int(iso[5:7]), int(iso[8:10])


def dated_after(years: list[tuple[int, int]], pos: int, found) -> tuple[int, dt.date | None]:
    """(year, its day if any) of the first year after ``pos`` that a written date holds ("as of
    21 December 2031", "in May 2031"); (0, None) when only bare years follow. A bare year named
    further on tells of another time as often as not ("... when the army took power in 2014"):
    a day or month before it, left without its year, is not dated from it."""
    for p, y in years:
        if p < pos:
            continue
        d = next((d for d in found if d.start <= p < d.end and len(d.iso) >= 7), None)
        if d is not None and not d.inferred:
            return y, dt.date.fromisoformat(d.iso) if len(d.iso) == 10 else None
    return 0, None


def _written(pos: int, found) -> bool:
    """Whether the year at ``pos`` is part of a written date (a day or a month with its year)."""
    return any(d.start <= pos < d.end and len(d.iso) >= 7 and not d.inferred for d in found)


def year_near(years: list[tuple[int, int]], pos: int, found: list, mon, day, roll=True, lost=None):
    """The year the narrative last named before ``pos``, else the first after that a written
    date holds (0 when none does). When it is the year of a full date, the day may roll on into
    the next year if that puts it closer (news moves forward): "Jan. 3" after "December 28,
    2030" is 3 January 2031, "Mar. 27" after a photo of "December 3, 2030" 27 March 2031; "20
    November" after "24 February 2030" stays in 2030. Never when ``roll`` is False: a past
    before the story's ("had warned on 20 January"). Past ``lost``, a yearless day the text
    gave no year for, the story's year stays unknown: a bare year met after it ("... when the
    army took power in 2014") is background, and only a written date sets the year again.
    Before any year, the day takes the year of the first written date after it, or the year
    before when that is closer ("closed the road on 28 December ... met on 4 January 2030": 28
    December 2029)."""
    before = [
        (p, y) for p, y in years if p < pos and (lost is None or p < lost or _written(p, found))
    ]
    if not before:  # the first written date after it, the day on the tense's side of it
        year, dated = dated_after(years, pos, found)
        # the written year, or the one before when that puts the day closer to the date
        # ("28 December" over "4 January 2030"); never later than the date's year
        if dated and (this := ymd(year, mon, day)) and (back := ymd(year - 1, mon, day)):
            gap = abs((dt.date.fromisoformat(this) - dated).days)
            return year - 1 if abs((dt.date.fromisoformat(back) - dated).days) < gap else year
        return year
    at, year = before[-1]
    full = next((d for d in found if d.start <= at < d.end and len(d.iso) == 10), None)
    if full is None or full.inferred or not roll or not (this := ymd(year, mon, day)):
        return year
    anchor = dt.date.fromisoformat(full.iso)
    later = ymd(year + 1, mon, day)
    gap = abs((dt.date.fromisoformat(this) - anchor).days)
    return year + 1 if later and (dt.date.fromisoformat(later) - anchor).days < gap else year


_WEEKDAY_CONFIRMS = 92  # days: a weekday fitting the article's year this near confirms it


def weekday_year(iso: str, name: str, side: tuple[dt.date, int] | None = None) -> str | None:
    """An inferred year checked against the weekday written with the day ("Thursday 25
    January"): of that year and the years either side (their weekdays all differ), the one
    where the day falls on that weekday; the inferred year when none does. ``side`` is the
    article's date and the clause's tense when the year came from it: no year then crosses the
    tense's side, and when none fits, the day is left out (None: never a year the weekday
    contradicts), but within a season of the article's date the year inferred stands (the
    weekday is the slip), as does the year its address files it under (``side`` without a
    date). A weekday fitting the article's own year within a season of its date confirms that
    year whatever the tense ("extended until Wednesday 26 September" on 11 September 2007)."""
    target = WEEKDAYS.index(name.title())
    year, (mon, day) = int(iso[:4]), md(iso)
    if side and side[0] is not None and (own := ymd(side[0].year, mon, day)):
        near = abs((dt.date.fromisoformat(own) - side[0]).days) <= _WEEKDAY_CONFIRMS
        if near and dt.date.fromisoformat(own).weekday() == target:
            return own
    if side and (
        side[0] is None or abs((dt.date.fromisoformat(iso) - side[0]).days) <= _WEEKDAY_CONFIRMS
    ):
        return iso  # "Saturday 2 March" on Monday 10 March, 2 March a Sunday: a slip
    for y in (year, year - 1, year + 1):
        if (d := ymd(y, mon, day)) and dt.date(y, mon, day).weekday() == target:
            gap = (dt.date(y, mon, day) - side[0]).days * side[1] if side else 0
            if gap >= -1:
                return d
    return None if side else iso  # a site banner's "Tuesday 23 April": of no year near


# A clause looking ahead before a year ("We will celebrate it in 2031", "is due to open in
# 2031"), or a year as a target ("a strategy to 2040", "net zero by 2050").
_AHEAD = re.compile(
    r"\b(?:will|shall|(?:is|are) (?:due|scheduled|expected|set)|plans? to)\b[^.!?;,]*$|"
    r"\b(?:to|by) $",
    re.IGNORECASE,
)


def told_before(text: str, years: list[tuple[int, int]], fallback: int | None):
    """For a month told in the past ("at the election in May"): the years the text names, less
    those it names only looking ahead ("we will celebrate it in 2031"), which lie after the
    story's time; and the fallback year, unless it is one of those."""
    ahead = {(p, y) for p, y in years if _AHEAD.search(text, max(0, p - 80), p)}
    kept = [py for py in years if py not in ahead]
    if fallback in {y for _, y in ahead} - {y for _, y in kept}:
        fallback = None
    return kept, fallback


def closest_year(mon: int, day: int, ref: dt.date, tense: int = 0) -> int:
    """The year that puts day/month closest to the article's date (late December in January
    is last year's), on the side the tense says: the past up to the article's date, the future
    from it."""
    best = ref.year
    gap = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = (dt.date(year, mon, day) - ref).days
        except ValueError:
            continue
        if (tense < 0 and d > 1) or (tense > 0 and d < -1):
            continue
        if gap is None or abs(d) < gap:
            best, gap = year, abs(d)
    return best


def month_year(
    text: str, pos: int, mon: int, t: int, fallback: int | None, day: dt.date | None, found=()
):
    """(year, whether the text names it) for a month alone at ``pos`` of tense ``t`` in a text
    without a date of its own: the year the text last named (not one named only looking ahead
    when the month is not), else that of the first written date after it, on the tense's side
    of that date's day ("since December ... on 14 March 2031": December 2030), else the other
    sources' year, on the tense's side of ``day``, their latest date, when given ("was signed
    in December" beside a 3 January source)."""
    years = every = anchor_years(text)
    if t <= 0:
        years, fallback = told_before(text, years, fallback)
    if any(p < pos for p, _ in years):
        return year_named_near(years, pos), True
    year, dated = dated_after(years, pos, found)
    if not year and t and (ahead := dated_after(every, pos, found))[1]:
        year, dated = ahead  # "met in November ... will meet on 14 March 2031": a day ahead
    if year:
        return (closest_year(mon, 15, dated, t) if dated and t else year), True
    if years and not day:
        return None, False  # only bare years after it: the briefing's written years no better
    return (closest_year(mon, 15, day, t) if fallback and day else fallback), False


def year_by_weekday(years: list[tuple[int, int]], mon: int, day: int, name: str) -> int | None:
    """The one year among those the text names (``anchor_years``) in which the day falls on the
    weekday written with it ("On Monday 20 January, ... its budget for 2020": 2020); None when
    none or several do. A weekday fixes the year where a bare year after the day would not."""
    target = WEEKDAYS.index(name.title())
    fits = {y for _, y in years if ymd(y, mon, day) and dt.date(y, mon, day).weekday() == target}
    return fits.pop() if len(fits) == 1 else None
