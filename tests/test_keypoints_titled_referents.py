"""Key points: "He"/"She" after a sentence whose subject is an office with its article ("The
High Representative strongly condemns ...") names that office, as an analyst writes it: "[The
High Representative] calls on ...". A body that is no office ("The Council") and a plural
pronoun ("They") stay unnamed, so those sentences support points but never word one.

Invented sources; entities are labelled by hand.
"""

from __future__ import annotations

from test_keypoints_round5 import _combine, _source

from briefing_app.analysis.referents import titled_subject

_LABELS = [("Marden", "GPE"), ("Kestrel", "GPE")]


def _texts(text: str) -> list[str]:
    analysis = _combine(_source(text, _LABELS, "a"), top_n=8)
    return [p.text for p in analysis.key_points + analysis.background]


def test_she_after_the_office_that_opens_the_sentence_before_names_that_office():
    texts = _texts(
        "The High Representative strongly condemns the shelling of the port of Marden.\n"
        "She calls on all parties to release the detained aid workers with immediate effect.\n"
    )
    assert any(t.startswith("[The High Representative] calls on all parties") for t in texts), texts


def test_an_office_of_a_country_keeps_its_country():
    assert titled_subject("The President of Kestrel said the border would stay shut.") == (
        "The President of Kestrel"
    )
    assert titled_subject("The Secretary-General strongly condemns the attack.") == (
        "The Secretary-General"
    )


def test_a_body_or_a_plural_pronoun_names_no_one():
    assert titled_subject("The Council adopted a resolution on the port of Marden.") is None
    texts = _texts(
        "The Council adopted a resolution on the crisis in the port of Marden.\n"
        "He said the vote in the chamber had been close and the debate long.\n"
        "The High Representative met the foreign ministers of Kestrel and Marden.\n"
        "They agreed to reopen the border crossing to trucks of food and water at once.\n"
    )
    assert not any(t.startswith(("He ", "They ", "[")) for t in texts), texts
