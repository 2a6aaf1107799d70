"""One actor listed twice, fifteenth round, on invented texts with hand-made labels.

An acronym the text never defines in a bracket joins the one longer name on the page whose
initials it spells. When it spells two names, one word for word ("Coastal Fisheries Investment
Bank") and one only by leaving out a last word ("Coastal Fisheries Investment Bank Group"), the
name it spells whole is its own, not a reason to join neither. Two names it spells word for
word, or two it spells only each without a word, still leave it on its own; and an acronym the
model also read as a longer name of its own keeps that reading. The sentences and the bodies
are made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.acronyms import acronym_matches


def _aliases(text: str, labels: list[tuple[str, str]]) -> dict[str, list[str]]:
    src, sa = labelled(text, labels)
    return {a.name: a.aliases for a in combine([src], [sa]).actors}


def _owner_of(actors: dict[str, list[str]], form: str) -> list[str]:
    return [name for name, aliases in actors.items() if form in aliases or name == form]


def test_an_acronym_joins_the_name_it_spells_word_for_word_over_one_with_a_word_more():
    text = (
        "The board of the Coastal Fisheries Investment Bank met in Port Oren on Monday and "
        "approved six loans to harbour cooperatives. Since 2010 the Coastal Fisheries "
        "Investment Bank Group has lent more than 400 million to small fleets. CFIB will also "
        "fund a cold store at Varlo, its chair told reporters."
    )
    actors = _aliases(
        text,
        [
            ("Coastal Fisheries Investment Bank Group", "ORG"),
            ("Coastal Fisheries Investment Bank", "ORG"),
            ("CFIB", "ORG"),
            ("Port Oren", "GPE"),
            ("Varlo", "GPE"),
        ],
    )
    owners = _owner_of(actors, "CFIB")
    assert len(owners) == 1
    assert "Coastal Fisheries Investment Bank" in actors[owners[0]] + [owners[0]]


def test_strict_spelling_takes_every_word_as_written():
    assert acronym_matches("CFIB", "Coastal Fisheries Investment Bank", strict=True)
    assert not acronym_matches("CFIB", "Coastal Fisheries Investment Bank Group", strict=True)
    assert acronym_matches("CFIB", "Coastal Fisheries Investment Bank Group")  # as before
    assert not acronym_matches("CFIB", "UN Coastal Fisheries Investment Bank", strict=True)


def test_near_miss_two_names_spelt_word_for_word_leave_the_acronym_alone():
    text = (
        "The Coastal Fisheries Investment Bank and the Central Farming Irrigation Board signed "
        "a plan in Port Oren on Monday. CFIB will pay for the new canal, a spokesman said."
    )
    actors = _aliases(
        text,
        [
            ("Coastal Fisheries Investment Bank", "ORG"),
            ("Central Farming Irrigation Board", "ORG"),
            ("CFIB", "ORG"),
            ("Port Oren", "GPE"),
        ],
    )
    assert _owner_of(actors, "CFIB") == ["CFIB"]


def test_near_miss_two_names_each_spelt_only_without_a_word_leave_the_acronym_alone():
    text = (
        "The Coastal Fisheries Investment Bank Group and the Central Farming Irrigation Board "
        "Council signed a plan in Port Oren on Monday. CFIB will pay for the new canal, a "
        "spokesman said."
    )
    actors = _aliases(
        text,
        [
            ("Coastal Fisheries Investment Bank Group", "ORG"),
            ("Central Farming Irrigation Board Council", "ORG"),
            ("CFIB", "ORG"),
            ("Port Oren", "GPE"),
        ],
    )
    assert _owner_of(actors, "CFIB") == ["CFIB"]
