"""The date patterns ``dates.scan_dates`` tries, in order, on the raw text (full dates, a month
and a year, a day and a month, relative days and months, years alone, year ranges), and the
day-range patterns whose other end it reads. Only patterns and the month table: the reading
of what they match is ``dates``'s."""

from __future__ import annotations

import re

from briefing_app.analysis.this_day import THIS_DAY
from briefing_app.analysis.years import SUBJECT_VERB, YEAR
from briefing_app.model.dates import MONTH_NUMBERS, WEEKDAYS

# "January", "Jan", "Sept": the shared table, capitalised as the patterns match them, and in
# capitals too ("THURSDAY, 3 APRIL 2025" in a date line).
MONTHS = _MONTHS = {
    form: number
    for name, number in MONTH_NUMBERS.items()
    for form in (name.capitalize(), name.upper())
}
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ORD = r"(?i:st|nd|rd|th)"  # "6th", and "6TH" in a script written in capitals
_DAY = r"(?P<day>[0-3]?\d)" + _ORD + "?"
# "14th of January": "of" only after an ordinal, never after a bare number ("5 of March's").
_ORD_DAY = r"(?P<day>[0-3]?\d)(?:" + _ORD + r"(?: (?i:of))?)?"
_YEAR, _ANY_Y = YEAR, r"\d{4}"
_WD = r"(?P<wd>" + "|".join((*WEEKDAYS, *(w.upper() for w in WEEKDAYS))) + r")"
# A weekday written before the date it names ("Monday 10 March", "Thursday, March 20, 2023") is
# part of that date, never a second, relative one.
_WD_BEFORE = r"(?:" + _WD.replace("?P<wd>", "?P<dwd>") + r",? )?"
# A day glued to a short word by a missing space ("on the14 March") still starts a word.
_B = r"(?:\b|(?<=\b(?i:to|on|of|by))|(?<=\b(?i:the)))"
_GLUE = r"(?: |(?<=[a-z]))"  # the month glued to an ordinal by a missing space ("27thMay, 2021")
_DMY = rf"(?P<hy>-)?(?(hy)|(?: of)?{_GLUE})"  # "14 March", "14th of March", "14-Mar-2031"

_ANY_MON = _MON.replace("?P<mon>", "?:")
_TO = r"(?: (?i:and|to|until|till|through) |\s?[-–—]\s?)"  # between the years of a range
# Not "it's", "that's", "there's": "is" shortened, no possessive ("that's 2000 more than").
# Read back from the apostrophe, so that the pattern is tried only where one stands.
_NOT_IS = "".join(
    rf"(?<!\b(?i:{w})['’])" for w in ("it", "that", "there", "here", "what", "who", "he", "she")
)
# A verb of origin before "back to" a year ("dating back to 1995", "stemming back to 1995",
# "going back to 2001", "as far back as 1990"); "cut back to 2000" may be a count, never read.
_BACK_VERBS = "date dates dated dating go goes going went gone stem stems stemmed stemming"
_BACK_VERBS += " trace traces traced tracing reach reaches reached reaching hark harks harking"
_BACK = "|".join(rf"(?<=\b(?i:{v}) (?i:back) )" for v in _BACK_VERBS.split())
_REL_YEAR = r"(?P<rel>last|this|next) (?P<unit>year)\b"  # "May of last year", "May 3 of next year"
# Tried in order on the raw text; earlier, more precise patterns win an overlap.
PATTERNS = [
    # "2031-07-13", and year first with slashes or dots ("2031/07/13", "2031.7.13"), not in a path
    # nor in a longer hyphenated number ("ISBN 978-9966-1903-2-7")
    re.compile(
        r"\b(?<!/)(?<!\d-)(?P<year>\d{4})([-/.])(?P<m>[01]?\d)\2(?P<day>[0-3]?\d)\b(?![/.]\d)"
    ),
    re.compile(rf"(?=[A-Z\d]){_B}{_WD_BEFORE}{_DAY}{_DMY}{_MON}(?(hy)-|,? ){_YEAR}\b"),
    # "13/07/2031", "4.12.2031": day first when it must or the page's dates say so; no version.
    # With dashes only when the order is plain ("26-03-2031", "03-26-2031"; "08-12-2031" is not).
    re.compile(
        r"\b(?=\d)(?<![\d.])(?<!\d-)(?<!(?i:version|release) )"
        r"(?:(?P<na>[0-3]?\d)/(?P<nb>[0-3]?\d)/|(?P<nd>[0-3]?\d)\.(?P<ne>[01]?\d)\.|(?P<nh>1[3-9]|2\d|3[01])-(?P<ni>0?[1-9]|1[0-2])-|"
        r"(?P<nj>0?[1-9]|1[0-2])-(?P<nk>1[3-9]|2\d|3[01])-)"
        r"(?P<year>(?:19|20)\d\d)\b(?![/.-]\d)"
    ),
    re.compile(rf"(?=[A-Z])\b{_WD_BEFORE}{_MON} {_DAY},? {_YEAR}\b"),
    # "March 2031", "March, 2031", "in March of 2031".
    re.compile(rf"(?=[A-Z])\b{_MON},? (?:of )?{_YEAR}\b"),
    re.compile(rf"(?=[A-Z])\b{_MON}(?: {_DAY}(?=,? of ))?,? (?:of )?{_REL_YEAR}"),
    # Not before a year the patterns above did not take; a count after a comma is fine ("Between
    # 1 and 3 December, 12 convoys").
    re.compile(rf"(?=[A-Z\d]){_B}{_WD_BEFORE}{_ORD_DAY}{_GLUE}{_MON}\b(?!,? {_ANY_Y})"),
    re.compile(rf"(?=[A-Z])\b{_WD_BEFORE}{_MON} {_DAY}\b(?!,? {_ANY_Y}|\d)"),
    # A month alone after a preposition ("in May", "since March", "mid-June", "between June and
    # July"); not "May" the verb, a month before a day or year or in a name ("March Air Base").
    re.compile(
        rf"(?=[isudtelbfarmISUDTELBFARM\u0130\u0131\u017f])(?:\b(?i:in|since|until|during|through|"
        rf"throughout|early|late|by|from|to|before|after)\s|\b(?i:end|beginning|start|middle|rest)\s"
        rf"(?i:of)\s|\b(?i:mid)-|\b(?i:between)\s(?={_ANY_MON} (?i:and) {_ANY_MON}\b(?!\.?,? \d)))"
        rf"{_MON}\b(?!\.?,? (?:\d|of\b)| [A-Z])"
    ),
    # "last May", "this March": not after "the" ("the last May government") nor before a name
    # ("next May Day"); nor "at last May agreed" (the idiom), unless a possessive makes it a date.
    re.compile(
        rf"\b(?P<relmon>(?i:last|this|next))(?<!\b(?i:the) (?i:last|this|next))(?:(?<!\b(?i:at)"
        rf" (?i:last|this|next))|(?= {_ANY_MON}['’]s\b)) {_MON}\b(?!\.? ?\d| [A-Z])"
    ),
    THIS_DAY,  # "on this day in 1998", "this date 25 years ago": a day, not a year or a span
    re.compile(rf"\b(?:(?P<rel>last|next|this|on|since|by|until|from) )?{_WD}\b"),
    re.compile(
        r"\b(?=[ytl])(?P<word>yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening)"
        r"|(?<!the )(?<!its )(?<!his )(?<!her )(?<!their )(?<!our )last night)\b",  # not "the last"
        re.IGNORECASE,
    ),
    # "two days ago", "a year ago", "10 years ago": counted back from the article's date.
    re.compile(
        r"\b(?=[aotfsen\d])(?P<ago>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|\d{1,2}) (?P<agounit>day|month|year)s? ago\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<rel>last|next|this) (?P<unit>year|month)\b", re.IGNORECASE),
    # "in 2008", "the year 2008", "fiscal year 2008"; "planned for 2008," only before a
    # punctuation mark or a conjunction ("sold for 1650 in cash" is a price).
    re.compile(
        r"(?=[A-Za-z\u0130\u0131\u017f\u212a]{2,10}(?:- ?| )[12])"  # a word, then the year
        r"\b(?:(?i:in|since|by|until|from|during|of|early|late|mid-|before|after|year) |"
        r"(?i:mid|end|early|late)-(?=\d)|"  # "by mid-2031", "from end-2030"
        # "an unexpected end to 2031", "a strong start to 2031"
        r"(?:(?<=\b(?i:end) )|(?<=\b(?i:start) ))(?i:to) |"
        rf"(?:{_BACK})(?i:to) |(?<=\b(?i:far back) )(?i:as) |"  # "dating back to 1995"
        rf"(?i:for) (?={_ANY_Y}(?:[.,;:)]|\s+(?:and|or|to)\b|\s*$))){_YEAR}\b"
    ),
    # A year used as an adjective: "the 2021 assassination", "a 1989 coup", "its 2024 budget",
    # and after a possessive noun ("Kelvo's 2019 election", "the union’s 2021 strike").
    # Also before a capitalised adjective and its noun ("the 2016 Presidential election"), not
    # a plural name ("the 1500 Marines") nor a name a year opens ("the 2030 Agenda for ...").
    re.compile(
        rf"(?=[tahiTAHI\u0130\u0131'’])"  # a fast first test: a determiner or an apostrophe
        rf"(?:\b(?i:the|a|its|their|his|her)|['’](?<=[A-Za-z]['’]){_NOT_IS}s) {_YEAR}"
        rf"(?= [a-z]{{3,}}| [A-Z][a-z]+[a-rt-z] (?!(?:for|of|on|to|and)\b)[a-z]{{3,}}\b(?<!s))"
    ),
    # Years as the ends of a range: "between 2019 and 2021", "2019-2021", "from 2019 to 2021";
    # not the end of a longer chain of numbers ("02-1991-2030", a phone or account number).
    re.compile(
        rf"\b(?<!\d[-–/.])(?:(?i:between) )?{_YEAR}"
        rf"(?={_TO}(?P<end>(?:1[6-9]|20)\d\d)\b(?![-–/]\d))"
    ),
    re.compile(rf"(?<=\d{{4}}){_TO}{_YEAR}\b(?![-–/]\d)"),
    # A year as the subject of a singular verb: "if 2029 was a disaster", "2030 saw record
    # floods" (not "2000 were displaced"), not a number's last group ("hotline 0800 2030 is").
    re.compile(rf"{_YEAR}(?<![\d,.$€£¥/]\d{{4}})(?<!\d[ \xa0]\d{{4}})(?={SUBJECT_VERB.pattern})"),
]
YEAR_ONLY, RANGE_START, RANGE_END = tuple(PATTERNS[-5:]), PATTERNS[-3], PATTERNS[-2]
MONTH_ONLY, MONTH_YEAR, YEARLESS_DAY = PATTERNS[8], PATTERNS[4], (PATTERNS[6], PATTERNS[7])
# Day ranges ("from 10 to 14 March", "between 3 and 5 May"): only the day the patterns above miss
# is read here; it takes its month and year from the date found at the other end of the range.
_SEP = r"\s?(?:-|–|—|to|until|till|through|and)\s?"  # "21st through 23rd of June" too
RANGE_BEFORE = re.compile(
    r"(?<![\d.,])\b(?:(?P<pre>(?i:from|between|on)) )?(?P<other>[0-3]?\d(?:st|nd|rd|th)?)"
    rf"(?P<sep>{_SEP})(?=[0-3]?\d(?:st|nd|rd|th)?(?: of)? {_MON})"
)
RANGE_AFTER = re.compile(  # "March 10-14", "July 19th to the 21st"
    rf"\b{_MON} [0-3]?\d(?:st|nd|rd|th)?(?P<sep>{_SEP})(?:the (?=[0-3]?\d(?:st|nd|rd|th)\b))?"
    rf"(?P<other>[0-3]?\d(?:st|nd|rd|th)?)\b(?!\.?\d| {_ANY_MON})(?:,? {_YEAR})?"
)
RELATIVE = tuple(p for p in PATTERNS if {"wd", "word", "unit", "ago", "relmon"} & set(p.groupindex))
MON = _MON  # the month pattern, its group named "mon" ("that year" reads it too)
