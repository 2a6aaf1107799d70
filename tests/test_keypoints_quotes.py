"""A key point cut from a longer quotation prints with whole quotation marks.

A sentence that ends a quote of several sentences carries only the closing mark in the source
("… solidarity and support.”"); printed alone as a key point, background line or bottom line
it read as a stray mark. Invented text; entities labelled by hand as the small model labels
them.
"""

from __future__ import annotations

from test_keypoints_round5 import _combine, _source

from briefing_app.model.text import balance_quotes

_ENTS = [("Sarnet", "GPE"), ("Valdoria", "GPE"), ("Ana Costa", "PERSON")]


def test_a_quoted_sentence_printed_alone_gets_its_missing_mark():
    analysis = _combine(
        _source(
            "Foreign Minister Ana Costa said: “The flood in Sarnet has destroyed 4,000 homes "
            "and the water is still rising. As Sarnet begins to rebuild, Valdoria will send "
            "200 engineers and 50 tonnes of food to the city.”\n"
            "Valdoria has already provided 3 million euros in flood relief to Sarnet this year.\n",
            _ENTS,
            "a",
        )
    )
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert texts, "no key point at all"
    for text in texts:
        assert text.count("“") == text.count("”"), texts
    quoted = [t for t in texts if "engineers" in t or "4,000 homes" in t]
    assert quoted, texts
    assert analysis.summary.count("“") == analysis.summary.count("”"), analysis.summary


def test_marks_already_whole_or_not_curly_are_left_as_written():
    assert balance_quotes("He said “yes” and left.") == "He said “yes” and left."
    assert balance_quotes('The 12" pipe burst.') == 'The 12" pipe burst.'
    assert balance_quotes("Officials’ homes were hit.") == "Officials’ homes were hit."
    assert balance_quotes("I want to assure them.”") == "“I want to assure them.”"
    assert balance_quotes("“The water is rising.") == "“The water is rising.”"
