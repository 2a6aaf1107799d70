"""Faster forms of hot tests give exactly what the plain forms give: content words stemmed
through a cache, the search for initials defined in brackets run only before each bracket, and
date patterns whose lookbehinds follow the words they test."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.pieces import _initials_written
from briefing_app.analysis.terms import terms_of

WORDS = st.sampled_from(
    ["Leave", "a", "reply", "Email", "address", "the", "UN", "Mr", "Xi", "subscribe", "share",
     "this", "on", "cookies", "Veloria", "strengthening", "(E.O.)", "Executive", "Order", "—",
     "12", "’s", "all", "rights", "reserved", "sign", "up", "click", "here", "\n"]
)  # fmt: skip
TEXTS = st.lists(WORDS, max_size=40).map(" ".join)


def _plain_terms(text: str, gaz) -> Counter:
    out: Counter = Counter()
    for m in re.finditer(r"[^\W\d_][\w’'-]*", text):
        word = m.group()
        w = word.lower().strip("’'-")
        short = len(w) == 2 and word[:1].isupper() and w not in gaz.honorifics
        if (len(w) > 2 or short) and w not in gaz.function_words:
            out[w[:7]] += 1
    return out


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_cached_stems_count_the_words_the_plain_loop_counts(text: str) -> None:
    gaz = gazetteer()
    assert terms_of(text, gaz) == _plain_terms(text, gaz)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_initials_are_found_where_a_search_of_the_whole_text_finds_them(text: str) -> None:
    whole = re.search(r"((?:[A-Z][a-z]+[ \t]+){2})\(E\.O\.\)", text)
    found = _initials_written(text, "E.O.", 2)
    assert (found and found.span()) == (whole and whole.span())


RELMON_WORDS = st.sampled_from(
    ["the", "The", "at", "At", "last", "this", "NEXT", "May", "May's", "March’s", "Day", "12",
     "xat", ".", "\n"]
)  # fmt: skip
YEAR_WORDS = st.sampled_from(
    ["2029", "1999", "1,2029", "$2029", "0800", "12", "was", "saw", "were", "will", "be", "a",
     "can", "and", "must", "\xa0", "x2029", "."]
)  # fmt: skip


def _plain_date_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two date patterns as they were written before their lookbehinds moved after the
    words they test (so the search runs on the words' letters first)."""
    from briefing_app.analysis import date_patterns as d
    from briefing_app.analysis.years import SUBJECT_VERB

    relmon = re.compile(
        rf"(?<!\b(?i:the) )(?:(?<!\b(?i:at) )|(?=\w+ {d._ANY_MON}['’]s\b))"
        rf"\b(?P<relmon>(?i:last|this|next)) {d._MON}\b(?!\.? ?\d| [A-Z])"
    )
    subject = re.compile(rf"(?<![\d,.$€£¥])(?<!\d )(?<!\d\xa0){d._YEAR}(?={SUBJECT_VERB.pattern})")
    return relmon, subject


@settings(max_examples=1500, deadline=None)
@given(st.one_of(st.lists(RELMON_WORDS, max_size=20), st.lists(YEAR_WORDS, max_size=20)),
       st.sampled_from([" ", "", "  "]))  # fmt: skip
def test_the_reordered_date_patterns_match_where_the_plain_ones_do(words, glue) -> None:
    from briefing_app.analysis import dates as d

    text = glue.join(words)
    fast = [p for p in d.PATTERNS if "relmon" in p.groupindex or "saw|brought" in p.pattern]
    assert len(fast) == 2
    for plain, quick in zip(_plain_date_patterns(), fast, strict=True):
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in quick.finditer(text)]


LATER_WORDS = st.sampled_from(
    ["the", "The", "THE", "in", "within", "during", "over", "for", "xin", "next", "following",
     "day", "days", "of", "two", "a", "later", "earlier", "than", "previous", "day before", ".",
     ",", "\n"]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(LATER_WORDS, max_size=20), st.sampled_from([" ", "  "]))
@example(["within", "the", "next", "day"], " ")
@example(["In", "THE", "following", "day"], " ")
@example(["during", "the", "next", "day"], " ")
@example(["over", "the", "next", "day"], " ")
@example(["for", "the", "following", "day"], " ")
@example(["xin", "the", "next", "day"], " ")
def test_the_counted_days_pattern_matches_where_it_did_before_its_lookbehinds_moved(
    words, glue
) -> None:
    from briefing_app.analysis.later import _LATER

    plain = re.compile(
        r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) "
        r"(?P<unit>day|week)s? (?P<side>later|earlier)\b(?! than)"
        r"|(?<!\bin )(?<!\bwithin )(?<!\bduring )(?<!\bover )(?<!\bfor )"
        r"\bthe (?:next|following) day\b(?! of\b)"
        r"|\b(?P<before>the (?:previous|preceding) day|the day before)(?=[.,;:!?])",
        re.IGNORECASE,
    )
    text = glue.join(words)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in _LATER.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="Ab ’\n-,.", max_size=40), st.integers(min_value=0, max_value=40))
def test_the_word_before_a_name_is_found_where_the_plain_search_finds_it(text, at) -> None:
    from briefing_app.analysis.apposed import _PREVIOUS, _previous

    at = min(at, len(text))
    plain = _PREVIOUS.search(text, max(0, at - 30), at)
    quick = _previous(text, at)
    assert (plain and plain.span(1)) == (quick and quick.span(1))


YEAR_AFTER_WORDS = st.sampled_from(
    ["in", "IN", "In", "mid", "mid-", "Mid-", "end", "End", "to", "start", "for", "year",
     "early", "of", "2031", "1999", "2031,", "12", "0800", ",", ".", "and", "x", "-", "4.12.2031",
     "16.8.2022", "version", "Release", "1.2.2031", "13/07/2031", "2.3.", "TODAY", "today",
     "Yesterday", "tonight", "this", "morning", "last", "night", "the", "its", "two", "A", "an",
     "Eleven", "10", "days", "year", "ago", "AGO", "March", "MARCH", "June", "May", "Sept.",
     "between", "since", "\u017fince", "\u0130n", "rest", "March,", "next", "\n"]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(YEAR_AFTER_WORDS, max_size=20), st.sampled_from([" ", "", "  "]))
@example(["by", "mid-", "2031"], " ")
@example(["an", "end", "to", "2031"], " ")
@example(["planned", "for", "2031", "."], " ")
@example(["on", "4.12.2031"], " ")
def test_date_patterns_with_a_first_look_ahead_match_where_the_plain_ones_do(words, glue) -> None:
    """Date patterns first look for what they must start with (a word then a year's digit; a
    digit; the first letter of "today" and its kin, or of a count before "ago"; a capital for a
    month; the first letter of a preposition before a month, with the letters that fold to
    them): the plain pattern, without that look-ahead, finds exactly the same spans."""
    from briefing_app.analysis import dates as d

    text = glue.join(words)
    heads = {
        r"(?=[A-Za-z\u0130\u0131\u017f\u212a]{2,10}(?:- ?| )[12])": 0,
        r"\b(?=\d)": 0,
        r"\b(?=[ytl])": 0,
        r"\b(?=[aotfsen\d])": 0,
        r"(?=[A-Z])\b": 0,
        r"(?=[isudtelbfarmISUDTELBFARM\u0130\u0131\u017f])": 0,
    }
    for quick in d.PATTERNS:
        for head in heads:
            if quick.pattern.startswith(head) or head in quick.pattern[:12]:
                heads[head] += 1
                bare = quick.pattern.replace(head.removeprefix(r"\b"), "", 1)
                plain = re.compile(bare, quick.flags)
                spans = [m.span() for m in plain.finditer(text)]
                assert spans == [m.span() for m in quick.finditer(text)]
    assert list(heads.values()) == [1, 1, 1, 1, 4, 1]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.sampled_from(["Kabor", "Kabore", "O'Neil", "Neil", "Jr.", "Jr", "Lee", "Leeds"]),
             min_size=1, max_size=4, unique=True),
    st.lists(st.sampled_from(["Kabor", "Kabore", "Kabor-Smith", "O'Neil", "Neil", "Jr.", "Jr",
                              "Lee", "Leeds", "Lee’s", ".Lee", "Captain", " ", ",", "\n"]),
             max_size=20),
)  # fmt: skip
def test_surnames_are_found_in_one_pass_where_a_pass_per_name_finds_them(names, words) -> None:
    from briefing_app.analysis.ranked import surname_hits

    text = " ".join(words)
    plain = {}
    for name in names:
        found = [h.span() for h in re.finditer(rf"(?<![\w’'.-]){re.escape(name)}(?![\w’'-])", text)]
        if found:
            plain[name] = found
    assert surname_hits(text, set(names)) == plain


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(
    ["Monday", "TUESDAY", "wed", "Sept.", "Sept", "jan", "MAY", "may", "3", "24", "on", "the",
     "\u017fept", "Dec", "December", "x", ".", ",", "\n"]), max_size=20),
    st.sampled_from([" ", "", "  "]))  # fmt: skip
def test_the_days_a_sentence_names_are_found_where_the_plain_pattern_finds_them(words, glue):
    from briefing_app.analysis.facts import _WHEN

    text = glue.join(words)
    plain = re.compile(_WHEN.pattern.replace(r"(?=[mtwfsjaond\d])", "", 1), _WHEN.flags)
    assert plain.pattern != _WHEN.pattern
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in _WHEN.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("Please contact us. Photo: x")
def test_the_stop_list_joined_in_one_pattern_stops_what_its_patterns_stop(text: str) -> None:
    from briefing_app.analysis.timeless import stopped

    gaz = gazetteer()
    assert stopped(text, gaz) == any(p.search(text) for p in gaz.keypoint_stop)


_STAGE_WORDS = st.sampled_from(
    ["With", "me", "today", "are", "I", "am", "joined", "by", "we", "have", "with", "us", "Todd",
     "is", "unable", "to", "join", "will", "take", "a", "couple", "of", "questions", "Q&A",
     "Q", "&", "A", "I'd", "like", "speak", "about", "want", "talk", "before", "turn", "that",
     "\u017f", "\u212a", "JOIN", "Questions", "Ike", "ſpeak", ",", "."]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_STAGE_WORDS, max_size=25).map(" ".join))
@example("Member Todd Inman is unable to join us today")
@example("I will take a couple of questions")
@example("Before I turn to that, I want to speak to what is happening")
def test_stage_directions_looked_for_by_their_words_first_are_those_the_patterns_find(text):
    from briefing_app.analysis import podium

    plain = bool(podium._BESIDE.search(text) or podium._session(text) or podium._TOPIC.search(text))
    assert podium.stage_direction(text) == plain


def _plain_runs(text: str) -> list[list[tuple[int, int]]]:
    """bodies._runs as it was: every word of the text looked at in turn."""
    from briefing_app.analysis.bodies import _CLOSING, _CONNECTORS, _NAME_WORD, _POSSESSIVE

    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\s]+", text):
        word = m.group()
        s, e = m.span()
        closed = False
        if word.endswith(_POSSESSIVE):
            run = []
            continue
        while e > s and text[e - 1] in _CLOSING:
            e -= 1
            closed = True
        bare = text[s:e]
        if _NAME_WORD.fullmatch(bare) and any(c.isalpha() for c in bare):
            run.append((s, e))
        elif bare in _CONNECTORS or (
            bare == "the" and run and text[run[-1][0] : run[-1][1]] in _CONNECTORS
        ):
            run.append((s, e)) if run else None
        else:
            closed = True
        if closed or (s > 0 and text[s - 1] == "\n"):
            runs.append(run)
            run = []
    runs.append(run)
    return [r for r in runs if r]


_RUN_WORDS = st.sampled_from(
    ["Emergency", "Response", "Centre", "of", "for", "on", "the", "The", "EU’s", "Children's",
     "country's", "of,", "the)", "Base.", "(Ministry", "Álvaro", "A/B", "U.S.-led", "often",
     "then", "x", "12", "’s", "'s", "—", "on;", "Fund”", "\n", "\n\n", "of)x", "OF", "Of"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_RUN_WORDS, max_size=30),
    st.sampled_from([" ", "  ", "\n", " \n", "\u00a0", "\u2009\n"]),
)
def test_runs_of_capitalised_words_found_by_their_words_are_those_the_word_loop_finds(
    words, glue
) -> None:
    from briefing_app.analysis.bodies import _runs

    text = glue.join(words)
    assert _runs(text) == _plain_runs(text)
