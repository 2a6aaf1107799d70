"""Capitalised words that the phrase around them shows to be no actor's name: a wire's credit
in a dateline ("HAVEN, Veldria (XNS), May 2 —"), a counted plural ("six Learning Centres": a
proper name names one thing and takes no number), a thing owned by a plural ("the Mayors'
Summit"), a time zone's letters after a clock time ("8am AEST", "2pm (CET)"), a day kept by
the world or a place ("Europe Day", "International Women’s Day"), a country's leaving named by
a blend with "exit" ("Brexit"), an order's verb opening a line ("• Contact the Embassy"), and
a word of a post whose
holder is named beside it ("the Chancellor of the Exchequer, Ann Vale"; "the Mukhtar of Tarn,
Omar Said")."""

from __future__ import annotations

import re

from briefing_app.analysis.foreign_names import FOREIGN_FUNCTION
from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.model.dates import MONTH_NUMBERS

# "DA NANG, Vietnam (" at a line's start: a dateline's place in capitals, perhaps its country
_DATELINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,[ \t]*[A-Z][\w .'’-]{1,30})?[ \t]*\($"
)
# "), April 7, 2014 —", ") —": the credit's bracket closes before the date or the dash
_DATELINE_AFTER = re.compile(r"\)[ \t]*(?:,|[–—-])")
# a number or a quantifier, then up to two lower-case words: "eight functioning", "27"
_COUNT_BEFORE = re.compile(
    r"(?<![\w’'.,-])(?:\d{1,3}(?:,\d{3})*|(?i:two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens of|hundreds of|thousands of"
    r"|several|numerous))(?:[ \t]+[a-z][\w-]*){0,2}[ \t]+$"
)
# the counted name ends its noun phrase: "six Learning Spaces for children", not "three
# Medics Beyond Frontiers teams"
_PHRASE_ENDS = re.compile(
    r"[ \t]*(?:[.,;:!?)\]]|$)|[ \t]+(?:of|in|to|for|with|on|at|by|from|and|or|are|were|have"
    r"|had|will|which|who|that)\b",
    re.MULTILINE,
)
_NO_PLURAL = ("ss", "us", "is", "ys", "os", "as")
# a person's full name: two to four capitalised words, then a comma, a stop or a line's end
_HOLDER = r"[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3}(?=[,.;:)]|[ \t]+(?:said|says|added)\b|$)"
# "the X of Marjayoun, Wissam El Hayek": a post of a place, then its holder's name
_OF_PLACE_HOLDER = re.compile(
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?,[ \t]+{_HOLDER}", re.M
)
_HOLDER_AFTER = re.compile(rf",[ \t]+{_HOLDER}", re.MULTILINE)
_HOLDER_BEFORE = re.compile(r"[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3},[ \t]+$")
# words that need "of <country>" to name a body ("the Government", "the Administration")
_NO_BODY_ALONE = frozenset(["government", "administration", "authorities"])
_ROLE_HEADS = frozenset(["head", "chief", "deputy"])
_POST_WORD = re.compile(r"[A-Z][\w’'-]*|of|for|and|the")


def non_name(text: str, m: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """True when the mention ``m`` (normalised ``words``) of ``text`` names no actor (see the
    module's text). Names a gazetteer knows are never touched."""
    key = " ".join(words)
    if gaz.knows(key):
        return False
    return (
        _dateline_credit(text, m.start, m.end)
        or _counted_plural(text, m, words, gaz)
        or _coordinated_plural(text, m, words, gaz)
        or _post_word(text, m, words, gaz)
        or _doctrine(words, gaz)
        or _gerunds(words)
        or _time_zone(text, m)
        or (_observance(m.text, words, gaz) and not _day_person(text, m))
        or _exit_word(m.text)
        or _post_before_holder(text, m, words, gaz)
        or _imperative(text, m, words)
    )


# a line's opening, perhaps a bullet or an item's number: "• ", "- ", "3. "
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:[•▪‣◦●■·*–-]|\d{1,2}[.)])?[ \t]*$")
# what an order's verb takes: "the U.S. Embassy", "us on Twitter", "to: navigation"
# (not a headline's "Marlow the latest town to ...", its "is" left out before a superlative)
# (nor a name opening a clause before a time: "Russia this week launched", "Ann the next day")
_ORDER_OBJECT = re.compile(
    r"[ \t]+(?:the|a|an|your|our|us|this|these|to:)[ \t]+"
    r"(?!(?:latest|first|last|next|only|new|most|least|best|worst|top|\w+est|following"
    r"|previous|same|past|week|weeks|weekend|month|months|year|years|morning|afternoon"
    r"|evening|night|day|days|time|spring|summer|autumn|winter|season)\b)\S"
)


def _imperative(text: str, m: Mention, words: list[str]) -> bool:
    """ "• Contact the U.S. Embassy, which ...", "Jump to: navigation": one capitalised word
    opening a line and followed at once by an article or a pronoun is an order's verb (a name
    that opens a clause is followed by its own verb, not by an article)."""
    if len(words) != 1 or not m.text.isalpha() or not m.text[1:].islower():
        return False
    return bool(
        _LINE_OPENS.search(text, max(0, m.start - 12), m.start) and _ORDER_OBJECT.match(text, m.end)
    )


# a holder's name after a post, perhaps after a comma and a form of address: "Speaker of
# Parliament Nabih Berri", "the Minister for Social Services, The Hon Ann Vale MP"
_HOLDER_NEXT = re.compile(
    r",?[ \t]+(?:(?:The[ \t]+)?Hon\.?[ \t]+|Mr\.?[ \t]+|Ms\.?[ \t]+|Mrs\.?[ \t]+|Dr\.?[ \t]+)?"
    r"[A-Z][a-z’'-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z’'-]+){1,2}(?=[ \t]*(?:[,.;:)]|MP\b|$)"
    r"|[ \t]+(?:said|says|and|who|has|had|was|is|met|visited)\b)",
    re.MULTILINE,
)


def _post_before_holder(text: str, m: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """ "Speaker of Parliament Nabih Berri", "the Minister for Social Services, The Hon Ann Vale
    MP": a title "of" or "for" its portfolio (no article: a portfolio, not a body) right before
    its holder's name is the holder's post, no body."""
    if len(words) < 3 or words[1] not in ("of", "for") or not is_title(words[0], gaz):
        return False
    if words[2] == "the":
        return False  # "Chair of the Political Security Council": a body named after "the"
    if m.label == "PERSON":
        return False
    return _HOLDER_NEXT.match(text, m.end) is not None


# a country's leaving a union, named by blending its name into "exit": "Brexit", "Grexit",
# "Frexit", "Polexit"
_EXIT_WORD = re.compile(r"[A-Z][a-z]{0,5}exit")


def _exit_word(name: str) -> bool:
    """ "following Brexit", "níl Brexit déanta": an event (a country's leaving), no actor."""
    return _EXIT_WORD.fullmatch(name) is not None


# the words that open the name of a day the world or a nation keeps ("International Day of
# Peace", "World Health Day", "National Day")
_OBSERVED_BY = frozenset(["international", "world", "national", "global", "universal"])


def _observance(name: str, words: list[str], gaz: Gazetteer) -> bool:
    """ "Europe Day", "International Women’s Day", "UN Day": a day kept in a place's or a
    body's name or in the world's, a date and no actor; not a person named Day ("Catherine
    Day": a given name before it)."""
    if len(words) < 2 or words[-1] != "day":
        return False
    before = " ".join(words[:-1])
    return (
        words[0] in _OBSERVED_BY
        or "’s " in name
        or "'s " in name
        or before in gaz.places
        or before in gaz.organizations
        or looks_demonym(before, gaz)
    )


# a person named Day: "Jordan Day, a nurse", "Jordan Day said", "Day said", "Ms Day"
_DAY_PERSON_AFTER = re.compile(r",?[ \t]+(?:said|says|told|added|who|a|an|her|his)\b")
_DAY_PERSON = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+Day\b"
    r"|(?<![\w’'][ \t])(?<!\w)Day[ \t]+(?:said|says|told|added)\b"
)


def _day_person(text: str, m: Mention) -> bool:
    """Whether the day's name is a person's whom the text names as one (see ``_DAY_PERSON``):
    "Jordan Day" and "Georgia Day" are a place's name and the surname Day."""
    return bool(_DAY_PERSON_AFTER.match(text, m.end) or _DAY_PERSON.search(text))


# a time zone's letters: three or four capitals ending in "T" ("EST", "AEST", "CEST", "GMT")
# or "UTC"; never longer (a mission's acronym "UNMIT" may follow a time)
_ZONE = re.compile(r"[A-Z]{2,3}T|UTC")
# a clock time: "8am", "8:30 pm", "10 a.m.", "14:00", "1800 hours"
_CLOCK = re.compile(
    r"(?<![\w.:])(?:\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\b\.?)"
    r"|\d{1,2}:\d{2}|\d{4}[ \t]*h(?:ou)?rs\b)",
    re.IGNORECASE,
)


def _time_zone(text: str, m: Mention) -> bool:
    """ "8am AEST on Saturday", "until 2pm (AEST).", "8:30 pm on Tuesday 23 April AEST": the
    letters of a time zone after a clock time in the same clause, only a date between (no
    stop, comma or line break), no body's acronym ("at 6pm, RMT said")."""
    if not _ZONE.fullmatch(m.text) or _SPEAKS.match(text, m.end):
        return False  # "At 14:00 BIT said it would ...": a body that speaks
    before = text[max(0, m.start - 40) : m.start]
    clause = re.split(r"[.;!?]\s|\n", before)[-1]
    clocks = list(_CLOCK.finditer(clause))
    # only a date may come between: "6pm AEST", "8:30 pm on Tuesday 23 April AEST"; not "at
    # 6pm, RMT said" (a union's acronym opening the next clause)
    return bool(clocks) and _DATE_BETWEEN.fullmatch(clause[clocks[-1].end() :]) is not None


_SPEAKS = re.compile(r"[ \t]+(?:said|says|told|announced|confirmed)\b")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DATE_WORD = (
    rf"(?:on|{_WEEKDAYS}|{'|'.join(m.title() for m in MONTH_NUMBERS)}"
    r"|\d{1,4}(?:st|nd|rd|th)?)"
)
_DATE_BETWEEN = re.compile(rf"[ \t(]*(?:(?:{_DATE_WORD},?[ \t]+)*{_DATE_WORD}[ \t]+)?\(?")


# words in "-ism" that are no doctrine's "-ism" ("mechan-ism", not "mechanic-ism"): "EU Civil
# Protection Mechanism", "Residual Mechanism" are bodies
_NOT_DOCTRINES = ("mechanism", "organism")


def _doctrine(words: list[str], gaz: Gazetteer) -> bool:
    """ "Violent Extremism", "Pan-Veldrism": a name ending in an abstract noun in "-ism" (a
    doctrine or a practice) is no actor; not a body named for one ("Ministry of Tourism",
    "Centre for Countering Extremism": a body's word inside)."""
    last = words[-1]
    if len(last) < 6 or not last.endswith("ism") or last.endswith(_NOT_DOCTRINES):
        return False
    if words[0] in gaz.places:
        return False  # "Dubai Tourism": a place's office for it, a body
    return not any(w in gaz.org_suffixes or w in ("of", "for") for w in words)


def _gerunds(words: list[str]) -> bool:
    """ "Countering and Preventing Terrorism": coordinated verbs in "-ing" head a topic (what is
    done), not a name."""
    return (
        len(words) >= 3
        and words[1] in ("and", "or")
        and all(len(w) > 5 and w.endswith("ing") for w in (words[0], words[2]))
    )


def owned_by_plural(m: Mention) -> bool:
    """ "the inaugural Leaders' Summit": one word after a plural's possessive (read as a role)
    is a thing those people hold (a meeting, a fund), not a person."""
    return " " not in m.text.strip() and m.role.endswith(("s'", "s’"))


def _dateline_credit(text: str, s: int, e: int) -> bool:
    """ "DA NANG, Vietnam (NNS), April 7 —": the wire credited in a dateline, no actor."""
    if e - s > 12 or not _DATELINE_AFTER.match(text, e):
        return False
    return _DATELINE_BEFORE.search(text, max(0, s - 80), s) is not None


def _plural(word: str) -> bool:
    return len(word) > 4 and word.endswith("s") and not word.endswith(_NO_PLURAL)


def _counted_plural(text: str, m: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """ "eight functioning Child Friendly Spaces", "the 27 Member States": a plural counted
    by a number is a kind of thing, not a named one; not a body's plural word ("two Forces")."""
    last = words[-1]
    if not _plural(last) or last in gaz.org_suffixes or not m.text[:1].isupper():
        return False
    if not _PHRASE_ENDS.match(text, m.end):
        return False
    count = _COUNT_BEFORE.search(text, max(0, m.start - 40), m.start)
    if count is None:
        return False
    before = text[max(0, count.start() - 12) : count.start()].split()
    # "On May 5 Doctors Without Borders were ...": a date's day counts nothing
    return not (before and before[-1].rstrip(".").lower() in MONTH_NUMBERS)


# "... and third parties", "refugees and ...": a lower-case plural coordinated with the name
_LOWER_PLURAL_AFTER = re.compile(r"[ \t]+(?:and|or)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*s\b")
_LOWER_PLURAL_BEFORE = re.compile(r"(?<![\w’'-])[a-z][\w-]*s,?[ \t]+(?:and|or)[ \t]+$")
# plurals that name a carrier or a network ("Kenya Airways", "Philippine Airlines")
_CARRIERS = ("ways", "lines")


def _coordinated_plural(text: str, m: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """ "EU Member States and third parties", "migrants and Host Communities": a plural of
    common words coordinated with a lower-case plural is a kind of people or things, as its
    neighbour is; not a name with a function word ("Reporters Without Borders") nor a body's
    word ("Armed Forces") nor a carrier ("Kenya Airways")."""
    last = words[-1]
    if len(words) > 3 or not _plural(last) or last.endswith(_CARRIERS):
        return False
    if any(w in gaz.org_suffixes or w in gaz.stopwords or w in FOREIGN_FUNCTION for w in words):
        return False  # "Médecins Sans Frontières": a function word of another language
    if not all(w[:1].isupper() for w in m.text.split()):
        return False
    return bool(
        _LOWER_PLURAL_AFTER.match(text, m.end)
        or _LOWER_PLURAL_BEFORE.search(text, max(0, m.start - 40), m.start)
    )


def _post_word(text: str, m: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """One word that ends a post or names it, its holder named beside it: "the Chancellor of
    the Exchequer, Ann Vale", "Minister of State for Trade and the Diaspora, Ann Vale",
    "Omar Said, Head of the Exchequer"; "the Mukhtar of Tarn, Omar Said". Not a body's word
    ("Secretary of the Treasury": a body a list knows, or a body's word)."""
    if len(words) == 2 and words[1] in _NO_BODY_ALONE and not is_title(words[0], gaz):
        pass  # "Head of the Presidential Administration": an administration of no one named
    elif len(words) != 1 or words[0] in gaz.org_suffixes or is_title(words[0], gaz):
        return False
    s, e = m.start, m.end
    if not text.endswith(("the ", "The "), max(0, s - 4), s):
        return False
    if _OF_PLACE_HOLDER.match(text, e):
        return True  # "the Qaymaqam of Marjayoun, Wissam El Hayek"
    line_start = text.rfind("\n", 0, s) + 1
    before = text[max(line_start, s - 100) : s].split()
    # back over "of"/"for"/"and"/"the" and capitalised words to a title: "Chancellor of the"
    seen_of = False
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        if not _POST_WORD.fullmatch(word):
            return False
        seen_of = seen_of or word in ("of", "for")
        if word[:1].isupper() and seen_of and _opens_title(before, i, gaz):
            start = s - len(" ".join(before[i:])) - 1
            return bool(
                _HOLDER_AFTER.match(text, e)
                or _HOLDER_BEFORE.search(text, max(line_start, start - 60), start)
            )
    return False


def _opens_title(words: list[str], i: int, gaz: Gazetteer) -> bool:
    """A title of one to three capitalised words starts at ``words[i]`` ("Minister of State")."""
    if cached_norm(words[i]) in _ROLE_HEADS:
        return True  # "Head of the ...": a role noun that needs its "of"
    phrase = []
    for w in words[i : i + 4]:
        phrase.append(cached_norm(w))
        if is_title(" ".join(phrase), gaz):
            return True
    return False
