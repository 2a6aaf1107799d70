"""Faster forms of three hot tests give exactly what the plain forms give: the key-point stop
list joined into one pattern, content words stemmed through a cache, and the search for
initials defined in brackets run only before each bracket."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.pieces import _initials_written
from briefing_app.analysis.terms import terms_of
from briefing_app.analysis.timeless import _any_stop, stopped

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
def test_the_joined_stop_list_matches_where_one_of_its_patterns_does(text: str) -> None:
    gaz = gazetteer()
    assert _any_stop(gaz.keypoint_stop) is not None
    assert stopped(text, gaz) == any(p.search(text) for p in gaz.keypoint_stop)


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


def test_a_pattern_referring_back_to_a_group_keeps_the_lists_own_search() -> None:
    patterns = (re.compile(r"(ab)\1", re.I), re.compile("subscribe", re.I))
    assert _any_stop(patterns) is None
    assert _any_stop(patterns[1:]).search("Please SUBSCRIBE now")
