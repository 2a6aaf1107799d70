"""Round 10 of the key points: what a point says and which sources it cites, on fresh kinds of
text (small invented texts, made-up names, so no list helps)."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.facts import details
from briefing_app.analysis.gazetteer import gazetteer

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
