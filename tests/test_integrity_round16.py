"""The analyst's own text is never lost or mis-cited (round 16).

1. A sentence of the story that carries a date ("The dam held on 4 March 2031. Engineers said
   so.") is no date line: it stays in the text, and is not taken as the published date. Date
   lines with only furniture beside the date ("Published", a weekday, a time, a by-line, a
   place) still give the date and leave the text.
2. Two sentences alike in words that tell of different places or different days ("The river
   rose in Elsdon on 5 March" / "... in Harwick on 6 March") are two facts: a point cites only
   the sources that state it. A town told with and without its province, or a day given by one
   source only, is still one fact.

Invented sentences throughout (towns and people are made up); entities labelled by hand.
"""

from __future__ import annotations

import pytest
from test_keypoints_round5 import _source

from briefing_app.analysis import combine
from briefing_app.analysis.facts import same_fact
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.keypoints import candidates
from briefing_app.ingest import load_source
from briefing_app.ingest.title import date_line

# --- 1. a sentence with a date in it is no date line -----------------------------------------

_AFTER = "A second paragraph here, about the repairs the council plans for the summer."


def _loaded(tmp_path, middle: str):
    path = tmp_path / "report.txt"
    path.write_text(f"Report on the dam\n\n{middle}\n\n{_AFTER}\n", encoding="utf-8")
    return load_source(path)


@pytest.mark.parametrize(
    "sentence",
    [
        "The dam held on 4 March 2031. Engineer Lina Ross said so.",
        "The old dam on the Kelvo river held firm on 4 March 2031 when the water rose over it.",
        "The dam held on 4 March 2031 and the town was safe, Lina Ross said.",  # 15 words
        "It rained on 4 March 2031.",
        "On 4 March 2031 the dam held.",
        "Floods hit Kelvo on 4 March 2031.",
        "Talks on the new water law resumed in the capital on 4 March 2031.",
    ],
)
def test_a_sentence_with_a_date_stays_text(tmp_path, sentence):
    source = _loaded(tmp_path, sentence)
    assert sentence in source.text
    assert source.published == ""


@pytest.mark.parametrize(
    "line",
    [
        "Published 4 March 2031",
        "Tuesday, 4 March 2031 | 10:05",
        "4 March 2031 — Geneva",
        "By Jane Roe | 4 March 2031",
        "Updated 4 March 2031 10:14 GMT",
        "4 Mar 2031 | Cpl. Jane Roe",
        "NEWS | 4 March 2031",
        "Posted on 4 March 2031 by admin",
        "Last updated: 4 March 2031",
        "Date of publication: 4 March 2031",
    ],
)
def test_a_date_line_still_gives_the_date(tmp_path, line):
    source = _loaded(tmp_path, line)
    assert source.published == "2031-03-04"
    assert line not in source.text
    assert _AFTER in source.text


def test_a_kind_label_over_its_date_still_gives_the_date(tmp_path):
    assert _loaded(tmp_path, "Media statement – 4 March 2031").published == "2031-03-04"


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Monthly update as of 30 March 2031", True),
        ("Kelvo, 3 April 2031", True),
        ("Press release | 07 June 2031", True),
        ("The agency has up-to-date details on the July 28, 2031 event.", False),
        ("The hearing has been set for 10:00am on 23 April 2031.", False),
        ("Rescuers reached the village on 4 March 2031.", False),
    ],
)
def test_date_line_shapes(line, dated):
    assert date_line(line) is dated


# --- 2. different places or days for the same verb are different facts -----------------------

_TOWNS = ["Elsdon", "Harwick", "Morley", "Tenby", "Alston", "Brora", "Corran", "Dunmore"]
_TOWNS += ["Fenwick", "Garth", "Hexley"]
_PLACES = [(t, "GPE") for t in _TOWNS] + [("Kovar", "GPE"), ("Kestrel", "GPE")]


def _pair(a_text: str, b_text: str):
    """Candidates of two sources, places labelled by hand."""
    a, b = _source(a_text, _PLACES, "a"), _source(b_text, _PLACES, "b")
    ids = [[(s, f"place:{src.text[s:e].lower()}") for s, e, _ in sa.entities] for src, sa in (a, b)]
    sents = candidates([a[0], b[0]], [a[1].sentences, b[1].sentences], [[], []], gazetteer(), ids)
    return next(s for s in sents if s.source == 0), next(s for s in sents if s.source == 1)


def _same(a_text: str, b_text: str) -> bool:
    a, b = _pair(a_text + "\n", b_text + "\n")
    return same_fact(a, b) or same_fact(b, a)


def test_eleven_towns_on_eleven_days_are_eleven_facts():
    parts = []
    for k, town in enumerate(_TOWNS):
        text = (
            f"The river rose in {town} on {k + 5} March 2031.\n"
            "Volunteers handed out blankets and hot meals at the community centre.\n"
        )
        parts.append(_source(text, _PLACES, f"s{k}"))
    analysis = combine([p[0] for p in parts], [p[1] for p in parts], top_n=5)
    risen = [p for p in analysis.key_points if "river rose" in p.text]
    assert risen, [p.text for p in analysis.key_points]
    for point in risen:
        town = next(t for t in _TOWNS if t in point.text)
        assert point.sources == [f"s{_TOWNS.index(town)}"], (point.text, point.sources)


def test_another_day_is_another_fact():
    assert not _same(
        "The river rose in Elsdon on 5 March 2031.", "The river rose in Elsdon on 9 March 2031."
    )


def test_another_town_is_another_fact():
    assert not _same(
        "Floodwater covered the main road in Elsdon on Tuesday.",
        "Floodwater covered the main road in Harwick on Tuesday.",
    )


def test_near_miss_a_town_with_and_without_its_province():
    assert _same(
        "A strong earthquake struck near Elsdon in Kovar province on Tuesday, killing 12 people.",
        "A strong earthquake struck near Elsdon on Tuesday, killing 12 people.",
    )


def test_near_miss_one_gives_the_day_the_other_does_not():
    assert _same(
        "The river rose in Elsdon on 5 March 2031, flooding the market square.",
        "The river rose in Elsdon overnight, flooding the market square.",
    )


def test_near_miss_the_same_day_written_twice():
    assert _same(
        "The bridge in Elsdon reopened to traffic on 5 March 2031.",
        "The bridge in Elsdon reopened to traffic on 5 March.",
    )


def test_near_miss_countries_named_as_voters_are_no_place_of_the_fact():
    # "with Kestrel and Kovar abstaining": the states voting, not where anything happened
    assert _same(
        "The council adopted the water treaty resolution, with Kestrel and Kovar abstaining.",
        "The council adopted the water treaty resolution in Elsdon.",
    )
