"""Round 10 of the key points: what a point says and which sources it cites, on fresh kinds of
text (small invented texts, made-up names, so no list helps)."""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.eventwords import event_kinds, kind_of, plain_sense
from briefing_app.analysis.facts import (
    details,
    fact_details,
    fact_terms,
    kinds_of_event,
    same_fact,
)
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.keypoints import Sentence
from briefing_app.analysis.referents import leans_back, pronoun_start
from briefing_app.analysis.terms import terms_of
from briefing_app.analysis.tolls import toll_keys

# ---- a sum followed by "will" counts no noun ----------------------------------------------


def _counted(text: str) -> set[str]:
    return {d for d in details(text, gazetteer()) if d[:1] == "#" and " " in d}


def test_a_sum_that_is_the_subject_of_its_verb_counts_nothing():
    # "will enable" is what the sum does: "enable" is no noun the sum counts
    assert _counted("The aid package of €25 million will enable our partners to act.") == set()
    assert _counted("Another 300 could be trapped under the rubble.") == set()


def test_a_count_with_its_noun_still_counts_it_whatever_the_verb():
    # near misses: the noun comes first, the auxiliary after it
    assert _counted("Some 2,000 people will receive food parcels.") == {"#2000 people receive"}
    assert _counted("A team of 45 rescuers has been sent to the coast.") == {"#45 rescuer sent"}


def test_the_lead_words_a_pledge_not_a_quote_retelling_its_sum():
    names = [("Ardian Union", "ORG"), ("Veloria", "GPE"), ("Mara Tesk", "PERSON")]
    a = labelled(
        "Following the deadly flood that hit northern Veloria this weekend, the Ardian Union "
        "announced on Tuesday it will provide emergency aid of €25 million (some 900 million "
        "crowns) to meet the most urgent needs of the people affected.\n"
        "Ferries between the islands of Veloria stopped for two days while the water rose.\n"
        "“The flood took everything from them,” said Mara Tesk. “The Ardian Union aid package of "
        "€25 million will enable our partners to reach the survivors of the flood in Veloria.”\n",
        names,
        "a",
    )
    b = labelled(
        "Schools across Veloria stayed shut on Monday and Tuesday as roads were cleared.",
        [("Veloria", "GPE")],
        "b",
    )
    analysis = combine([a[0], b[0]], [a[1], b[1]], top_n=3)
    pledge = [p.text for p in analysis.key_points if "€25 million" in p.text]
    # the lead words the pledge's point: the quote gives no figure the lead lacks
    assert any(t.startswith("Following the deadly flood") for t in pledge)


# ---- a sentence that leans on the one before words no point --------------------------------


def test_a_pronoun_after_an_opening_phrase_leans_on_the_sentence_before():
    assert pronoun_start("Among other things, this includes the returns due in April.") == "this"
    assert pronoun_start("In addition, they delivered tents to the coast.") == "they"
    # near misses: a determiner with its noun, and a name after the opening phrase
    assert pronoun_start("Among other things, this new fund pays for tents.") == ""
    assert pronoun_start("In Veloria, the council met on Monday.") == ""


@pytest.mark.parametrize(
    ("text", "before"),
    [
        (
            "The declaration follows the decree of the President and gives clinics more time.",
            "On Monday the health minister, Ana Voss, declared a health emergency for Veloria.",
        ),
        (
            "This new assistance comes in addition to €80 million given earlier this year.",
            "The Union said the main needs are shelter, relief items and clean water.",
        ),
    ],
)
def test_a_noun_naming_the_act_told_before_leans_on_it(text, before):
    assert leans_back(text, before)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # a hazard names its own event
        (
            "The earthquake has heavily hit the north, where 4 million people rely on aid.",
            "A strong earthquake struck Veloria on Monday and the Union sent relief.",
        ),
        # a blow told again with its toll
        ("The strike killed 12 people at the market.", "A missile struck the market on Monday."),
        # a capitalised word names the actor
        (
            "The Ardian response means supplies already reach the coast.",
            "Ardia sent relief supplies to the coast.",
        ),
        # a noun of no act, though the sentence before tells one
        ("The minister also met the mayor of Orsk.", "The minister announced new funding."),
    ],
)
def test_a_noun_of_its_own_event_or_actor_leans_on_nothing(text, before):
    assert not leans_back(text, before)


def test_a_declaration_told_again_as_the_declaration_words_no_second_point():
    names = [("Ana Voss", "PERSON"), ("Veloria", "GPE"), ("Ardian Union", "ORG")]
    a = labelled(
        "On Monday the health minister of Veloria, Ana Voss, declared a health emergency for "
        "the flooded north of Veloria.\n"
        "The declaration follows the flood decree of the President and gives clinics in Veloria "
        "more time to treat patients.\n"
        "Ferries between the islands of Veloria stopped for two days while the water rose.\n",
        names,
        "a",
    )
    b = labelled(
        "The Ardian Union sent 40 tonnes of relief supplies to Veloria on Tuesday.",
        names,
        "b",
    )
    analysis = combine([a[0], b[0]], [a[1], b[1]], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert any(t.startswith("On Monday the health minister") for t in texts)
    assert not any(t.startswith("The declaration") for t in texts)


# ---- a death toll told in other words is one fact ------------------------------------------


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Tragically, six miners who were in the shaft died when it flooded.", {"#6 toll"}),
        ("It caused the tragic loss of six people, the minister said.", {"#6 toll"}),
        ("The storm has claimed thousands of lives in the valley.", {"#thousands toll"}),
        # the toll is the count in the clause that tells deaths, not the people affected
        ("More than 80,000 people were affected, with 10 recorded fatalities.", {"#10 toll"}),
        # near misses: no deaths told, or no people counted
        ("Six miners were rescued from the shaft on Monday.", set()),
        ("Two ministers met in Orsk to discuss the flood.", set()),
    ],
)
def test_a_death_toll_is_read_however_its_count_is_written(text, keys):
    assert toll_keys(text) == keys


def _one(text: str, source: int, gaz) -> Sentence:
    s = Sentence(source, 0, 0, len(text), text, terms_of(text, gaz))
    s.details = details(text, gaz)
    s.events = event_kinds(text, gaz, inflected=False)
    s.facts = fact_terms(s.terms, gaz)
    s.fact_details = fact_details(s.details, gaz)
    s.fact_events = kinds_of_event(s.facts) | event_kinds(text, gaz)
    return s


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (
            "“No one will forget the flooding of the mine and the loss of six people,” he said.",
            True,
        ),
        (
            "“No one will forget the flooding of the mine and the loss of seven people,” he said.",
            False,
        ),
        ("Six miners were rescued after the flooding of the mine on Monday.", False),
    ],
)
def test_one_toll_told_in_other_words_is_one_fact(other, same):
    gaz = gazetteer()
    told = _one("Tragically, six miners who were in the shaft died when the mine flooded.", 0, gaz)
    assert same_fact(_one(other, 1, gaz), told, synonyms=False) is same


def test_a_toll_two_sources_tell_in_other_words_is_a_point_citing_both():
    names = [
        ("Ardian Safety Board", "ORG"),
        ("Ilse Varn", "PERSON"),
        ("Tomas Kell", "PERSON"),
        ("Selka", "ORG"),
        ("Orsk", "GPE"),
        ("Ardian Transport Ministry", "ORG"),
        ("Dara Holm", "PERSON"),
    ]
    a = labelled(
        "Good morning and welcome to the hearing of the Ardian Safety Board.\n"
        "With me today are my colleagues: Member Ilse Varn and Member Tomas Kell.\n"
        "On 3 May, the ore carrier Selka lost power and struck the pier of the Orsk mine, "
        "flooding the lower shaft.\n"
        "A large part of the pier then collapsed into the river below the mine.\n"
        "Tragically, six miners who were in the shaft died as a result of the flooding.\n"
        "One further worker was rescued with minor injuries.\n",
        names,
        "a",
    )
    b = labelled(
        "The Ardian Transport Ministry released €40 million in emergency funds to rebuild the "
        "pier of the Orsk mine after the ore carrier Selka struck it on 3 May.\n"
        "“No one will ever forget the images of the Selka striking the pier, causing the "
        "flooding of the mine and the tragic loss of six people,” said Minister Dara Holm.\n"
        "The funds cover the first repairs and the design of a new pier.\n",
        names,
        "b",
    )
    analysis = combine([a[0], b[0]], [a[1], b[1]], top_n=2)
    lines = analysis.key_points + analysis.background
    toll = a[0].text.index("Tragically, six miners")
    # the speech's toll supports the point the quote words: one line for the one toll
    [point] = [p for p in lines if "six" in p.text]
    assert ("a", toll) in {(e.source, e.start) for e in point.evidence}
    assert set(point.sources) == {"a", "b"}


# ---- "meet the needs" and "step up" name no meeting and no resignation ----------------------


def _kinds(text: str) -> frozenset[int]:
    gaz = gazetteer()
    return event_kinds(plain_sense(text), gaz)


def test_meeting_needs_and_stepping_up_a_response_name_no_kind_of_event():
    gaz = gazetteer()
    met, resigned = kind_of("met", gaz), kind_of("resigned", gaz)
    assert met not in _kinds("The package will provide aid to meet the most urgent needs.")
    assert met not in _kinds("It gives clinics flexibility in meeting emergency health needs.")
    assert resigned not in _kinds("The Union has stepped up its response to the floods.")
    assert resigned not in _kinds("Donors must step up their support for the flood victims.")


def test_a_meeting_and_a_resignation_keep_their_kinds():
    gaz = gazetteer()
    assert kind_of("met", gaz) in _kinds("The ministers met in Orsk on Monday to discuss aid.")
    assert kind_of("met", gaz) in _kinds("The meeting of the council opened on Monday.")
    assert kind_of("resigned", gaz) in _kinds("The minister stepped down on Monday.")
