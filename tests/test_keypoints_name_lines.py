"""Key points: a line that only names (a publisher's line over a statement, "Ostrava Ministry
of Foreign Affairs (Marden, VL)") is no sentence and words no point, though it ends with a
bracket; a sentence whose verb is lower-case stays, however many names it holds.

Invented sources; entities are labelled by hand.
"""

from __future__ import annotations

from test_keypoints_round5 import _combine, _source

from briefing_app.analysis.wording import name_line

_LABELS = [
    ("Ostrava Ministry of Foreign Affairs", "ORG"),
    ("Marden", "GPE"),
    ("Veloria", "GPE"),
    ("Tamar Osk", "PERSON"),
]


def test_a_publishers_line_over_a_statement_is_no_key_point():
    a = _source(
        "Ostrava Ministry of Foreign Affairs (Marden, Veloria)\n"
        "The minister spoke today with President Tamar Osk about the crisis in Veloria.\n"
        "The ministry remains committed to the return of the elected government of Veloria.\n",
        _LABELS,
        "a",
    )
    texts = [p.text for p in _combine(a).key_points]
    assert not any(t.startswith("Ostrava Ministry") for t in texts), texts
    assert any("committed" in t for t in texts), texts


def test_names_with_a_lower_case_verb_are_a_sentence():
    assert name_line("United States Department of State (Washington, DC)")
    assert name_line("Secretary-General Condemns Coup In Veloria.")  # a headline: no sentence
    assert not name_line("President Tamar Osk met Prime Minister Ivo Kestrel in Marden.")
    assert not name_line("The Ostrava Ministry of Foreign Affairs (Marden) sent tents.")
    assert not name_line("Marden.")  # one word: left to the length rule
