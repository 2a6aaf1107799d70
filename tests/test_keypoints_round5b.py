"""Key points, fifth round (b): one act of state (sanctions, an accord, a deployment) told by
several governments in other words cites them all, while different acts, targets or times stay
apart. Small invented texts with made-up countries, so no list helps."""

from __future__ import annotations

import re

from test_keypoints_round5 import _combine, _source

GOVS = [
    ("Veloria", "GPE"),
    ("Ostrava", "GPE"),
    ("Norland", "GPE"),
    ("Kestria", "GPE"),
    ("Dravo Renko", "PERSON"),
    ("Council of Kestria", "ORG"),
]
FILLER = (
    "The harbour of Kestria will reopen its old ferry terminal to visitors next spring.\n"
    "Farmers in the southern valleys brought in a record harvest of barley this year.\n"
)


def _cites(analysis, word: str) -> list[list[str]]:
    found = [sorted(p.sources) for p in analysis.key_points if word in p.text]
    assert found, [p.text for p in analysis.key_points]
    return found


def test_one_sanctions_package_told_by_three_governments_cites_all_three():
    a = _source(
        "Norland is imposing sanctions against Government of Veloria officials, including "
        "Dravo Renko, after the rigged vote.\n" + FILLER,
        GOVS,
        "a",
    )
    b = _source(
        "Kestria has today imposed asset freezes and travel bans on eight Velorian officials "
        "responsible for the crackdown.\n"
        "Schools across the capital stayed closed while teachers counted their pupils again.\n",
        GOVS,
        "b",
    )
    c = _source(
        "The Council of Kestria adopted restrictive measures against forty individuals in "
        "Veloria for their part in repression.\n"
        "The new railway line to the coast carried its first passengers in the early morning.\n",
        GOVS,
        "c",
    )
    analysis = _combine(a, b, c)
    assert ["a", "b", "c"] in _cites(analysis, "sanctions"), [
        (p.text, p.sources) for p in analysis.key_points
    ]


def test_two_sanctions_packages_on_different_targets_and_dates_stay_apart():
    a = _source(
        "Norland imposed sanctions against Velorian officials in March 2019 over the crackdown "
        "on protesters.\n" + FILLER,
        GOVS,
        "a",
    )
    b = _source(
        "Kestria imposed asset freezes and travel bans on Ostravan generals in November 2020 "
        "over the border raids.\n"
        "Schools across the capital stayed closed while teachers counted their pupils again.\n",
        GOVS,
        "b",
    )
    analysis = _combine(a, b)
    for cited in _cites(analysis, "sanctions"):
        assert cited == ["a"], [(p.text, p.sources) for p in analysis.key_points]


def test_one_target_sanctioned_years_apart_is_two_acts():
    a = _source(
        "Norland imposed sanctions against Velorian officials in March 2012 over the crackdown "
        "on protesters.\n" + FILLER,
        GOVS,
        "a",
    )
    b = _source(
        "Kestria imposed asset freezes and travel bans on Velorian generals in November 2020 "
        "over the crackdown in Veloria.\n"
        "Schools across the capital stayed closed while teachers counted their pupils again.\n",
        GOVS,
        "b",
    )
    analysis = _combine(a, b)
    for cited in _cites(analysis, "sanctions"):
        assert cited == ["a"], [(p.text, p.sources) for p in analysis.key_points]


def test_a_sanction_and_a_summit_on_one_country_stay_apart():
    a = _source(
        "Norland is imposing sanctions against Government of Veloria officials, including "
        "Dravo Renko, this week.\n" + FILLER,
        GOVS,
        "a",
    )
    b = _source(
        "Kestria hosted a summit with Veloria this week, where ministers held talks on "
        "fishing rights and trade.\n"
        "Schools across the capital stayed closed while teachers counted their pupils again.\n",
        GOVS,
        "b",
    )
    analysis = _combine(a, b)
    for cited in _cites(analysis, "sanctions"):
        assert cited == ["a"], [(p.text, p.sources) for p in analysis.key_points]


def test_acts_words_and_their_targets():
    from briefing_app.analysis.acts import acts

    assert set(acts("The Treasury designated eight individuals.")) == {"sanction"}
    assert set(acts("Ministers met for talks at the summit.")) == {"meet"}
    assert set(acts("The navy will send 300 troops to the island.")) == {"deploy"}
    # a people's name stands for its country only after the act's words
    assert (
        acts("Kestria imposed sanctions on Velorian officials.")["sanction"]
        < len("Kestria imposed sanctions") + 1
    )
    assert not acts("The designers signal their intent.")  # no act word inside another word


def test_the_day_of_the_election_a_sanction_names_is_not_the_day_of_the_sanction():
    from briefing_app.analysis.acts import dated_acts

    text = "Kestria designated eight officials for their roles in the 9 August election."
    assert dated_acts(text) == {"elect"}
    assert dated_acts("On 2 October the Council designated forty officials.") == {"sanction"}
    a = _source(
        "Kestria designated eight officials for their roles in the fraudulent 9 August vote "
        "in Veloria.\n" + FILLER,
        GOVS,
        "a",
    )
    b = _source(
        "On 2 October the Council of Kestria adopted restrictive measures against forty "
        "individuals in Veloria over the fraudulent vote.\n"
        "Schools across the capital stayed closed while teachers counted their pupils again.\n",
        GOVS,
        "b",
    )
    for x in (a, b):
        x[0].published = "2020-10-02"
    analysis = _combine(a, b)
    assert ["a", "b"] in _cites(analysis, "Veloria"), [
        (p.text, p.sources) for p in analysis.key_points
    ]


def test_inflections_of_one_verb_name_one_kind_of_event():
    from briefing_app.analysis.eventwords import kind_of
    from briefing_app.analysis.gazetteer import gazetteer

    gaz = gazetteer()
    killed = kind_of("killed", gaz)
    assert killed is not None
    assert kind_of("killing", gaz) == kind_of("kills", gaz) == killed
    assert kind_of("arresting", gaz) == kind_of("arrested", gaz) is not None
    assert kind_of("voting", gaz) == kind_of("voted", gaz) is not None
    # near misses: another word sharing the letters, a noun sharing a verb's stem
    assert kind_of("killer", gaz) is None and kind_of("skills", gaz) is None
    assert kind_of("authorized", gaz) is not None
    assert kind_of("authorities", gaz) is None and kind_of("authority", gaz) is None


def test_killing_and_killed_in_two_sources_cite_one_fact():
    places = [("Talor", "GPE"), ("Norvale", "GPE")]
    a = _source(
        "Floods swept through Talor on Sunday, killing dozens of villagers in the hills.\n"
        "Engineers in Norvale will rebuild the old stone bridge over the river next spring.\n",
        places,
        "a",
    )
    b = _source(
        "Dozens of villagers were killed in Talor when the river burst its banks.\n"
        "The harvest festival in Norvale drew large crowds of visitors from the coast.\n",
        places,
        "b",
    )
    analysis = _combine(a, b)
    assert ["a", "b"] in _cites(analysis, "villagers"), [
        (p.text, p.sources) for p in analysis.key_points
    ]


def test_a_sentence_cut_after_an_abbreviated_rank_is_one_key_point():
    from briefing_app.analysis.lines import rejoined

    text = (
        "Relief flights reached the flooded coast of Talor, navy spokesperson Rear Adm. "
        "Lena Ostrik told reporters on Friday.\n"
        "Supplies were flown in from the U.S. Officials in Talor said more would follow soon.\n"
    )
    # cut where a model cuts: at every stop followed by a space
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S[^\n]*?[.!?](?=\s)", text)]
    pieces = [text[s:e] for s, e in rejoined(text, spans)]
    assert pieces[0].endswith("told reporters on Friday."), pieces
    # "U.S." is no title: the sentence after it stays a sentence of its own
    assert "Supplies were flown in from the U.S." in pieces, pieces
    a = _source(text, [("Talor", "GPE"), ("Lena Ostrik", "PERSON")], "a")
    analysis = _combine(a)
    assert any("Adm. Lena Ostrik told" in p.text for p in analysis.key_points), [
        p.text for p in analysis.key_points
    ]


def test_words_that_only_look_like_acts_name_none():
    from briefing_app.analysis.acts import acts

    assert not acts("The Met Office warned of storms over the coast.")
    assert not acts("The rain was a sign of a wet season ahead.")
    assert set(acts("Ministers met on Monday and signed the accord.")) == {"meet", "agree"}
