"""Round 15's speed work: each cheaper form gives exactly what the form it replaced gave."""

from __future__ import annotations

import gc

import pytest

from briefing_app.analysis.collector import collector_paused
from briefing_app.analysis.merging import is_acronym
from briefing_app.analysis.pieces import _bracketed, _written_as_people
from briefing_app.analysis.things import names_an_exercise


def test_bracketed_text_is_what_a_search_for_the_brackets_finds():
    text = "The Executive Order (E.O.) 13405 and (a (nested) aside) and () and (Tarn Board)."
    for name in ["E.O.", "nested", "Tarn Board", "", "Tarn", "E.O", "a ", "aside"]:
        assert (name in _bracketed(text)) == (f"({name})" in text)


def test_a_plural_the_text_never_writes_is_no_people():
    text = "Many Veldrans are living in the hills. A Veldran elder spoke."
    assert _written_as_people(text, "Veldrans")
    assert not _written_as_people(text, "Ostrans")  # not written at all
    assert not _written_as_people("A Veldran elder spoke.", "Veldrans")  # the singular alone


def test_an_exercise_name_needs_the_word_after_it():
    from briefing_app.analysis.gazetteer import gazetteer

    gaz = gazetteer()
    text = "Troops joined the Korvath Shield 2031 exercise and the NATO drills."
    at = text.index("Korvath Shield") + len("Korvath Shield")
    assert names_an_exercise(text, at, "Korvath Shield", gaz)
    at = text.index("NATO") + len("NATO")
    assert not names_an_exercise(text, at, "NATO", gaz)  # a body's acronym holds drills
    assert not names_an_exercise("Korvath Shield said so.", 14, "Korvath Shield", gaz)


def test_acronyms_read_the_same_when_cached():
    for word in ["NATO", "U.N.", "DoD", "Nato", "A", "UNITED NATIONS", "ABCDEFGHIJ"]:
        letters = [c for c in word if c.isalpha()]
        upper = sum(c.isupper() for c in letters)
        expected = 2 <= len(letters) <= 8 and upper >= max(2, len(letters) - 1) and " " not in word
        assert is_acronym(word) == expected


def test_the_collector_is_back_as_it_was():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # a caller that turned it off keeps it off
    finally:
        gc.enable()
