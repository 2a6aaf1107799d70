"""Adversarial review of key points on invented event sets (sixth round): one event told by a
government, the UN, the EU and a news report, each with a lead fact, offers of support, context
and page furniture. The main claims were written before the sets were run; each test asserts
what an analyst expects (the claim is a key point citing every source that states it), beside
near-miss inputs the fixes must leave alone. Places, people and ships are made up; entities are
labelled by hand as the small model labels them.
"""

from __future__ import annotations

import pytest
from test_keypoints_round5 import _combine, _source

_PORT = [
    ("Sarnet", "GPE"),
    ("Port of Sarnet", "FAC"),
    ("Valdoria", "GPE"),
    ("United Nations", "ORG"),
    ("European Union", "ORG"),
    ("France", "GPE"),
    ("Marden", "GPE"),
]
_FILLER = (
    "Engineers in Marden will rebuild the old stone bridge over the river next spring.\n"
    "The harvest festival in Marden drew large crowds of visitors from the coast.\n"
)


def _all(analysis) -> list[tuple[str, list[str]]]:
    return [(p.text, sorted(p.sources)) for p in analysis.key_points]


def _citing(analysis, *words: str) -> list[list[str]]:
    return [sorted(p.sources) for p in analysis.key_points if all(w in p.text for w in words)]


# ---- one toll told on the day of the event and on the day after -----------------------------


def _port_sets():
    gov = _source(
        "A powerful explosion tore through the Port of Sarnet on Tuesday evening, killing at "
        "least 112 people and injuring more than 3,000.\n"
        "The blast originated in a warehouse where a large stock of ammonium nitrate had been "
        "stored for several years.\n" + _FILLER,
        _PORT,
        "a",
    )
    news = _source(
        "Rescuers were digging through the rubble of Sarnet's port on Wednesday after a massive "
        "explosion killed at least 112 people and wounded thousands in the Valdorian capital.\n"
        "The blast, which officials blamed on ammonium nitrate stored in a warehouse, flattened "
        "much of the waterfront.\n"
        "It comes as Valdoria is already in crisis, with a collapsing currency and shortages of "
        "fuel and medicine.\n",
        _PORT,
        "b",
    )
    un = _source(
        "The United Nations is providing emergency medical supplies to hospitals in Sarnet.\n"
        "The explosion comes as Valdoria is already in the grip of a deep economic crisis, with "
        "the currency having lost most of its value.\n"
        "Schools across the valley stayed closed while teachers counted their pupils again.\n",
        _PORT,
        "c",
    )
    return gov, news, un


def test_one_toll_told_with_the_day_of_the_blast_and_the_day_after_is_one_point():
    analysis = _combine(*_port_sets())
    tolls = _citing(analysis, "112")
    assert tolls == [["a", "b"]], _all(analysis)


def test_the_cause_told_twice_without_an_actor_cites_both_sources():
    analysis = _combine(*_port_sets())
    assert _citing(analysis, "ammonium nitrate") == [["a", "b"]], _all(analysis)


def test_context_already_in_crisis_cites_the_source_that_opens_with_it():
    # "It comes as Valdoria is already in crisis": a pronoun opening, so it words no point,
    # but its source states the context and is cited
    analysis = _combine(*_port_sets())
    assert _citing(analysis, "already") == [["b", "c"]], _all(analysis)


def test_two_tolls_of_the_same_figure_on_different_days_in_different_towns_stay_apart():
    a = _source(
        "A car bomb killed 112 people in Sarnet on Tuesday, officials in Valdoria said.\n"
        + _FILLER,
        _PORT,
        "a",
    )
    b = _source(
        "Floods killed 112 people in Marden on Friday after a week of heavy rain.\n"
        "Schools across the valley stayed closed while teachers counted their pupils again.\n",
        [*_PORT, ("Marden", "GPE")],
        "b",
    )
    analysis = _combine(a, b)
    assert _citing(analysis, "car bomb") == [["a"]], _all(analysis)
    assert _citing(analysis, "Floods") == [["b"]], _all(analysis)


def test_the_same_figure_counting_what_befalls_it_otherwise_stays_apart():
    # "killing 112" / "evacuating 112": one figure, two facts, though the days differ too
    a = _source(
        "A fire swept through the Port of Sarnet on Tuesday, killing 112 dock workers.\n" + _FILLER,
        _PORT,
        "a",
    )
    b = _source(
        "Crews were evacuating 112 dock workers from the Port of Sarnet on Wednesday as the "
        "smoke spread.\n"
        "Schools across the valley stayed closed while teachers counted their pupils again.\n",
        _PORT,
        "b",
    )
    analysis = _combine(a, b)
    assert _citing(analysis, "fire") == [["a"]], _all(analysis)
    assert _citing(analysis, "evacuating") == [["b"]], _all(analysis)


def test_context_sentences_sharing_a_place_but_telling_other_things_stay_apart():
    a = _source(
        "Valdoria is already in the grip of a deep economic crisis, with the currency having "
        "lost most of its value.\n" + _FILLER,
        _PORT,
        "a",
    )
    b = _source(
        "Valdoria is already the largest exporter of olive oil in the region, with its groves "
        "covering most of the south.\n"
        "Schools across the valley stayed closed while teachers counted their pupils again.\n",
        _PORT,
        "b",
    )
    analysis = _combine(a, b)
    assert _citing(analysis, "crisis") == [["a"]], _all(analysis)
    assert _citing(analysis, "olive") == [["b"]], _all(analysis)


# ---- roles.same_role: near-misses that must not merge ---------------------------------------

_ROLES = [
    ("Kestrian Union", "ORG"),
    ("Relief Organisation for Veloria", "ORG"),
    ("ROV", "ORG"),
    ("Veloria", "GPE"),
    ("Ostrava", "GPE"),
    ("Norland", "GPE"),
    ("Marden", "GPE"),
]
_OTHER = (
    "Schools across the valley stayed closed while teachers counted their pupils again.\n"
    "Fishermen said the winter catch of herring was the smallest in twenty years.\n"
)


def test_one_mediator_of_two_disputes_between_other_parties_stays_two_points():
    a = _source(
        "The Kestrian Union mediated the ceasefire talks between Veloria and Ostrava in the "
        "mountain town.\n" + _FILLER,
        _ROLES,
        "a",
    )
    b = _source(
        "Envoys of the Kestrian Union also brokered a fishing accord between Norland and Marden "
        "over the northern banks.\n" + _OTHER,
        _ROLES,
        "b",
    )
    analysis = _combine(a, b)
    assert _citing(analysis, "ceasefire") == [["a"]], _all(analysis)
    assert _citing(analysis, "fishing") == [["b"]], _all(analysis)


def test_one_mediation_named_with_its_parties_once_still_cites_both():
    # the guard above needs parties named in both: "the mediators from the Kestrian Union"
    # names none, so it still supports the mediation between Veloria and Ostrava
    a = _source(
        "The Kestrian Union mediated the ceasefire talks between Veloria and Ostrava in the "
        "mountain town.\n" + _FILLER,
        _ROLES,
        "a",
    )
    b = _source(
        "The patient diplomacy of the mediators from the Kestrian Union was essential to the "
        "outcome.\n" + _OTHER,
        _ROLES,
        "b",
    )
    analysis = _combine(a, b)
    assert _citing(analysis, "ceasefire") == [["a", "b"]], _all(analysis)


def test_partners_as_the_object_of_an_attack_are_no_joint_effort():
    a = _source(
        "ROV is working with local partners to get food and blankets to families in the "
        "valleys.\n" + _FILLER,
        _ROLES,
        "a",
    )
    b = _source(
        "ROV condemned the shelling that wounded its drivers and partners in the valleys.\n"
        + _OTHER,
        _ROLES,
        "b",
    )
    analysis = _combine(a, b)
    assert _citing(analysis, "blankets") == [["a"]], _all(analysis)
    assert _citing(analysis, "shelling") == [["b"]], _all(analysis)


def test_partners_as_a_subject_beside_the_actor_are_a_joint_effort():
    a = _source(
        "ROV is working with local partners to get food and blankets to families in the "
        "valleys.\n" + _FILLER,
        _ROLES,
        "a",
    )
    b = _source(
        "The Kestrian Union, ROV and other partners are delivering tents to the valleys.\n"
        + _OTHER,
        _ROLES,
        "b",
    )
    analysis = _combine(a, b)
    cited = {s for p in analysis.key_points if "blankets" in p.text for s in p.sources}
    assert cited == {"a", "b"}, _all(analysis)


# ---- a seizure told as a noun and as a verb ----------------------------------------------------

_SHIP = [
    ("European Union", "ORG"),
    ("Mardistan", "GPE"),
    ("Mardistani", "NORP"),
    ("Strait of Hesk", "LOC"),
    ("Orlen", "GPE"),
    ("Marden", "GPE"),
]


def test_the_seizure_of_a_tanker_and_forces_seized_the_tanker_cite_each_other():
    a = _source(
        "The European Union condemns the seizure of the tanker Carina by Mardistan in the "
        "Strait of Hesk.\n" + _FILLER,
        _SHIP,
        "a",
    )
    b = _source(
        "Naval forces of Mardistan seized the oil tanker Carina in the Strait of Hesk, "
        "officials said.\n" + _OTHER,
        _SHIP,
        "b",
    )
    analysis = _combine(a, b)
    cited = {s for p in analysis.key_points if "seiz" in p.text for s in p.sources}
    assert cited == {"a", "b"}, _all(analysis)
    assert len(_citing(analysis, "seiz")) == 1, _all(analysis)


def test_a_drug_haul_seized_by_the_same_country_is_another_fact():
    a = _source(
        "The European Union condemns the seizure of the tanker Carina by Mardistan in the "
        "Strait of Hesk.\n" + _FILLER,
        _SHIP,
        "a",
    )
    b = _source(
        "Customs officers in Mardistan seized two tonnes of cocaine hidden in banana crates "
        "last year.\n" + _OTHER,
        _SHIP,
        "b",
    )
    analysis = _combine(a, b)
    assert _citing(analysis, "tanker") == [["a"]], _all(analysis)
    assert _citing(analysis, "cocaine") == [["b"]], _all(analysis)


# ---- a press release's contact line is never a point -----------------------------------------


def test_a_contact_line_is_no_key_point_but_a_hotline_fact_is():
    a = _source(
        "Flash floods have killed 47 people in the southern province of Marden since Monday.\n"
        "For further information, please contact the press office of the relief agency.\n"
        "Officials asked families of the missing to contact a hotline set up by the province.\n",
        _SHIP,
        "a",
    )
    analysis = _combine(a)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert not any("further information" in t for t in texts), texts
    assert any("hotline" in t for t in texts), texts


# ---- a short lead and a fuller retelling of it are one point -----------------------------------

_QUAKE = [("Kovar", "GPE"), ("Norland", "GPE"), ("Resk", "GPE"), ("European Union", "ORG")]


def test_a_short_lead_and_the_fuller_report_of_one_quake_are_one_point():
    a = _source(
        "A strong earthquake hit Kovar province on Sunday.\n"
        "The President has ordered three days of national mourning for the dead.\n" + _FILLER,
        _QUAKE,
        "a",
    )
    b = _source(
        "A magnitude 6.4 earthquake killed at least 41 people in Norland's Kovar province on "
        "Sunday, toppling homes and a school in the town of Resk.\n"
        "The region was hit by a similar quake in 2011 that killed more than 600 people.\n",
        _QUAKE,
        "b",
    )
    c = _source(
        "Officials said the earthquake killed at least 41 people in Kovar province.\n"
        "The European Union has released 500,000 euros in humanitarian aid for the families "
        "in Kovar province.\n" + _OTHER,
        _QUAKE,
        "c",
    )
    analysis = _combine(a, b, c, top_n=3)
    quakes = [p for p in analysis.key_points if "earthquake" in p.text]
    assert len(quakes) == 1, _all(analysis)
    assert set(quakes[0].sources) == {"a", "b", "c"}, _all(analysis)
    # the slot it freed goes to another fact, and the aid told beside the quake stays its own
    assert _citing(analysis, "500,000") == [["c"]], _all(analysis)


@pytest.mark.parametrize(
    ("first", "second", "word_a", "word_b"),
    [
        # a nominalisation naming a unit: the centre reports a flood, nobody works with anyone
        (
            "ROV is working with local partners to get food and blankets to families in the "
            "valleys.",
            "The coordination centre of ROV in Marden reported that the river had burst its "
            "banks overnight.",
            "blankets",
            "burst",
        ),
        # a part refused: rejecting the mediation is no mediating
        (
            "The Kestrian Union mediated the ceasefire talks between Veloria and Ostrava in the "
            "mountain town.",
            "Ostrava rejected the mediation of the Kestrian Union and called the envoys biased.",
            "mediated",
            "rejected",
        ),
        # a part ended: no longer working with partners
        (
            "ROV is working with local partners to get food and blankets to families in the "
            "valleys.",
            "ROV said it had stopped working with its partners in Marden after a dispute over "
            "fuel.",
            "blankets",
            "stopped",
        ),
    ],
)
def test_a_part_named_but_not_played_stays_apart(first, second, word_a, word_b):
    a = _source(first + "\n" + _FILLER, _ROLES, "a")
    b = _source(second + "\n" + _OTHER, _ROLES, "b")
    analysis = _combine(a, b)
    assert _citing(analysis, word_a) == [["a"]], _all(analysis)
    assert _citing(analysis, word_b) == [["b"]], _all(analysis)


# ---- a court's outcome told as a verdict, a prison term or a conviction ------------------------

_COURT = [
    ("Pavel Oderin", "PERSON"),
    ("Oderin", "PERSON"),
    ("Kestria", "GPE"),
    ("EU Delegation", "ORG"),
    ("Marden", "GPE"),
]


def test_the_verdict_against_a_man_and_the_court_jailing_him_cite_each_other():
    a = _source(
        "A court in Kestria jailed the former minister Pavel Oderin for 12 years on Monday for "
        "embezzlement.\n" + _FILLER,
        _COURT,
        "a",
    )
    b = _source(
        "The EU Delegation takes note of the verdict handed down today against Pavel Oderin.\n"
        + _OTHER,
        _COURT,
        "b",
    )
    analysis = _combine(a, b)
    assert _citing(analysis, "jailed") == [["a", "b"]], _all(analysis)


def test_his_detention_years_before_is_not_the_verdict():
    a = _source(
        "A court in Kestria jailed the former minister Pavel Oderin for 12 years on Monday for "
        "embezzlement.\n" + _FILLER,
        _COURT,
        "a",
    )
    b = _source(
        "Border guards detained Pavel Oderin in 2019 while he was trying to leave the "
        "country.\n" + _OTHER,
        _COURT,
        "b",
    )
    analysis = _combine(a, b)
    assert _citing(analysis, "jailed") == [["a"]], _all(analysis)
    assert _citing(analysis, "Border") == [["b"]], _all(analysis)


# ---- pages without their date: one act's day compares as written --------------------------------

_PACT = [("Norland", "GPE"), ("Kestria", "GPE"), ("European Union", "ORG"), ("Marden", "GPE")]


def _undated_pair(day_b: str):
    a = _source(
        "The European Union welcomes the agreement signed on Tuesday by Norland and Kestria to "
        "build a gas pipeline between the two countries.\n" + _FILLER,
        _PACT,
        "a",
    )
    b = _source(
        f"Norland and Kestria agreed on {day_b} to build a 600-kilometre gas pipeline, as the "
        "Kestrian president made his first visit to the north.\n" + _OTHER,
        _PACT,
        "b",
    )
    assert not a[0].published and not b[0].published  # the timeline resolves no weekday
    return _combine(a, b)


def test_one_agreement_on_tuesday_told_by_two_undated_pages_cites_both():
    analysis = _undated_pair("Tuesday")
    pipelines = _citing(analysis, "pipeline")
    assert pipelines and all(c == ["a", "b"] for c in pipelines), _all(analysis)


def test_agreements_on_two_weekdays_written_stay_apart():
    analysis = _undated_pair("Friday")
    assert _citing(analysis, "welcomes") == [["a"]], _all(analysis)
    assert _citing(analysis, "Friday") == [["b"]], _all(analysis)


# ---- a short lead sentence is a candidate ----------------------------------------------------


def test_a_seven_word_lead_told_by_two_sources_is_a_key_point():
    labels = [("Veloria", "GPE"), ("Marden", "GPE")]
    a = _source("A volcano erupted in Veloria on Sunday.\n" + _FILLER, labels, "a")
    b = _source("The volcano in Veloria erupted on Sunday.\n" + _OTHER, labels, "b")
    analysis = _combine(a, b, top_n=3)
    assert _citing(analysis, "erupted") == [["a", "b"]], _all(analysis)


def test_a_short_line_of_page_furniture_is_still_no_key_point():
    labels = [("Veloria", "GPE"), ("Marden", "GPE")]
    a = _source(
        "A volcano erupted in Veloria on Sunday.\nFollow us on social media for updates.\n"
        + _FILLER,
        labels,
        "a",
    )
    analysis = _combine(a, top_n=3)
    assert not any("Follow us" in p.text for p in analysis.key_points + analysis.background)
