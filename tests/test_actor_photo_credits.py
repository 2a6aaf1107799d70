"""A name closed by a photo's credit word is the credit, not an actor: "Courtesy Photo" read
as a person, "(Kelvo Navy Photo)" as a body, in a distribution copy's caption. Near misses: a
body whose name holds the word elsewhere ("Photo Archive of Kelvo"), and the body the credit
names when the text names it on its own too. Every name is made up."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


def test_a_name_closed_by_the_credit_word_photo_is_no_actor():
    text = (
        "Courtesy Photo | PORT KELVO (May 3, 2031) -- A relief team of 14 personnel loads "
        "supplies at Tarn Air Base. (KELNAV Photo)\n\n"
        "The Kelvo Navy sent the team to Tarn on May 3, where it will assess the damage."
    )
    actors = _actors(
        text,
        [
            ("Courtesy Photo", "PERSON"),
            ("Tarn Air Base", "FAC"),
            ("KELNAV Photo", "ORG"),
            ("Kelvo Navy", "ORG"),
            ("Tarn", "GPE"),
        ],
    )
    assert "Courtesy Photo" not in actors and "KELNAV Photo" not in actors
    assert "Kelvo Navy" in actors and "Tarn" in actors


def test_near_miss_the_word_inside_a_bodys_name_stays():
    text = (
        "The Photo Archive of Kelvo opened its records to the inquiry on Monday. "
        "The Photo Archive of Kelvo said the records date from 1990."
    )
    actors = _actors(text, [("Photo Archive of Kelvo", "ORG"), ("Photo Archive of Kelvo", "ORG")])
    assert actors.get("Photo Archive of Kelvo") == "organization"
