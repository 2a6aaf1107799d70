"""Key points, sixth round: one actor's part in a joint effort (mediating, hosting, working with
partners) told by several sources in other words cites them all, and a point cites every source
that states what its wording says; different parts, far-off names or other years stay apart.
Small invented texts with made-up names, so no list helps."""

from __future__ import annotations

import re

from test_keypoints_round5 import SourceAnalysis, _combine, _source, labelled

ACTORS = [
    ("Kestrian Union", "ORG"),
    ("Relief Organisation for Veloria", "ORG"),
    ("ROV", "ORG"),
    ("Veloria", "GPE"),
    ("Norland", "GPE"),
    ("Ostrava", "GPE"),
]
FILLER_A = (
    "The harbour of Norland will reopen its old ferry terminal to visitors next spring.\n"
    "Farmers in the southern valleys brought in a record harvest of barley this year.\n"
)
FILLER_B = (
    "Schools across the capital stayed closed while teachers counted their pupils again.\n"
    "The new railway line to the coast carried its first passengers in the early morning.\n"
)
FILLER_C = (
    "A choir from the hills sang at the opening of the rebuilt concert hall downtown.\n"
    "Fishermen said the winter catch of herring was the smallest in twenty years.\n"
)


def _citing(analysis, word: str) -> list[list[str]]:
    found = [sorted(p.sources) for p in analysis.key_points if word in p.text]
    assert found, [p.text for p in analysis.key_points]
    return found


def _all(analysis) -> list[tuple[str, list[str]]]:
    return [(p.text, sorted(p.sources)) for p in analysis.key_points]


def test_mediation_told_as_facilitation_and_as_mediators_cites_every_source():
    a = _source(
        "The Secretary-General commends the Kestrian Union and its panel for the facilitation "
        "of the peace talks between Veloria and Ostrava.\n" + FILLER_A,
        ACTORS,
        "a",
    )
    b = _source(
        "The patient diplomacy of the mediators from the Kestrian Union was essential to "
        "securing this accord.\n" + FILLER_B,
        ACTORS,
        "b",
    )
    c = _source(
        "Envoys of the Kestrian Union brokered the deal after eleven days of quiet "
        "negotiation in the mountains.\n" + FILLER_C,
        ACTORS,
        "c",
    )
    analysis = _combine(a, b, c)
    cited = {s for p in analysis.key_points if "Kestrian" in p.text for s in p.sources}
    assert cited == {"a", "b", "c"}, _all(analysis)
    assert all(
        sorted(p.sources) == ["a", "b", "c"] for p in analysis.key_points if "Kestrian" in p.text
    ), _all(analysis)


def test_work_with_partners_told_by_acronym_and_long_name_cites_both():
    a = _source(
        "The Relief Organisation for Veloria (ROV) is working with local and international "
        "partners to get food and blankets to families in the valleys.\n" + FILLER_A,
        ACTORS,
        "a",
    )
    b = _source(
        "Norland will continue to coordinate closely with ROV on what further help the "
        "stricken towns may require.\n" + FILLER_B,
        ACTORS,
        "b",
    )
    analysis = _combine(a, b)
    assert ["a", "b"] in _citing(analysis, "partners") or ["a", "b"] in _citing(
        analysis, "coordinate"
    ), _all(analysis)


def test_the_same_actor_in_another_part_stays_apart():
    # near-miss: one actor, mediating in one source and hosting a fair in the other
    a = _source(
        "The Kestrian Union mediated a lasting settlement between Veloria and Ostrava over the "
        "river border.\n" + FILLER_A,
        ACTORS,
        "a",
    )
    b = _source(
        "The Kestrian Union hosted a trade fair for cheese makers and weavers from the "
        "coast.\n" + FILLER_B,
        ACTORS,
        "b",
    )
    analysis = _combine(a, b)
    assert ["a"] in _citing(analysis, "mediated"), _all(analysis)
    assert ["b"] in _citing(analysis, "trade fair"), _all(analysis)


def test_partners_named_far_from_the_actor_or_as_victims_stay_apart():
    # near-miss: "partners" attacked is no joint effort of the actor
    a = _source(
        "The Relief Organisation for Veloria (ROV) is working with local partners to get "
        "food and blankets to families in the valleys.\n" + FILLER_A,
        ACTORS,
        "a",
    )
    b = _source(
        "ROV condemned the shelling of a clinic that had been run for years by its partners.\n"
        + FILLER_B,
        ACTORS,
        "b",
    )
    analysis = _combine(a, b)
    assert ["a"] in _citing(analysis, "blankets"), _all(analysis)
    assert ["b"] in _citing(analysis, "shelling"), _all(analysis)


def test_mediations_of_other_years_stay_apart():
    a = _source(
        "The Kestrian Union facilitated the 2019 talks between Veloria and Ostrava on "
        "grazing rights.\n" + FILLER_A,
        ACTORS,
        "a",
    )
    b = _source(
        "Mediators from the Kestrian Union secured a prisoner exchange between the two "
        "armies in 2023.\n" + FILLER_B,
        ACTORS,
        "b",
    )
    analysis = _combine(a, b)
    assert ["a"] in _citing(analysis, "grazing"), _all(analysis)
    assert ["b"] in _citing(analysis, "prisoner"), _all(analysis)


def test_a_point_cites_the_sources_that_state_its_wording():
    # the point is picked from "a" and worded by the later report "b"; "c" states what "b"
    # says (the same part in other words), not what "a" says, and is cited too
    a = _source(
        "The Kestrian Union is sending food parcels and blankets to the flooded valleys of "
        "Veloria.\n" + FILLER_A,
        ACTORS,
        "a",
    )
    b = _source(
        "Working with local partners, the Kestrian Union is sending food parcels and blankets "
        "to the flooded valleys of Veloria.\n" + FILLER_B,
        ACTORS,
        "b",
    )
    c = _source(
        "Norland will coordinate closely with the Kestrian Union on what further help the "
        "towns need.\n" + FILLER_C,
        ACTORS,
        "c",
    )
    a[0].published, b[0].published, c[0].published = "2024-01-02", "2024-01-09", "2024-01-09"
    analysis = _combine(a, b, c)
    point = next(p for p in analysis.key_points if "parcels" in p.text)
    assert point.text.startswith("Working with"), _all(analysis)
    assert sorted(point.sources) == ["a", "b", "c"], _all(analysis)


def test_a_part_word_inside_a_name_plays_no_part():
    # near-miss: "Coordination" in an office's name is no coordinating
    a = _source(
        "The Kestrian Union is working with local partners to get food and blankets to the "
        "valleys of Veloria.\n" + FILLER_A,
        ACTORS,
        "a",
    )
    b = _source(
        "The Coordination Office of the Kestrian Union said the barley harvest in the hills "
        "had failed after the frost.\n" + FILLER_B,
        ACTORS,
        "b",
    )
    analysis = _combine(a, b)
    assert ["a"] in _citing(analysis, "blankets"), _all(analysis)
    assert ["b"] in _citing(analysis, "barley"), _all(analysis)


def _lines_as_sentences(text: str, sid: str):
    """Every non-empty line one sentence, as the model gives a listing's stamp lines."""
    source, sa = labelled(text, ACTORS, sid)
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return source, SourceAnalysis(sid, "test", spans, sa.entities)


def test_a_listings_date_stamps_are_never_key_points():
    # A blog's listing: ingest keeps the stamp lines so that the timeline dates each post.
    listing = (
        "Posted November 24th, 2031 at 9:00 pm (UTC-5)\n"
        "Voters in Veloria elected a former rebel commander as governor of the province.\n"
        "Published: 3 October 2031\n"
        "Posted on 17 April 2031 by A. Lind\n"
        "The Kestrian Union sent observers to watch the count in Norland and Ostrava.\n"
        # Near-miss: a sentence that opens with a stamp's word but states a fact stays.
        "Posted troops guarded the polling stations in Ostrava on 3 May 2031.\n"
    )
    analysis = _combine(_lines_as_sentences(listing, "a"), top_n=6)
    texts = [p.text for p in analysis.key_points]
    assert not any(t.startswith(("Posted November", "Published:", "Posted on")) for t in texts)
    assert any("former rebel commander" in t for t in texts), texts
    assert any(t.startswith("Posted troops") for t in texts), texts
