"""A key point opening with a pronoun names its referent in square brackets, as analysts do
("[Name] said…"), or is left out when the referent is not plain (invented names and texts)."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _points(text: str, labels: list[tuple[str, str]]) -> list[str]:
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa], top_n=7)
    return [p.text for p in analysis.key_points + analysis.background]


def test_he_names_the_person_the_sentence_before_opens_with():
    texts = _points(
        "Harbour Minister Ardo Vell opened the new container quay in Talor on Monday morning.\n"
        "He said the quay would double the traffic of the port within five years.\n",
        [("Ardo Vell", "PERSON"), ("Talor", "GPE")],
    )
    assert "[Ardo Vell] said the quay would double the traffic of the port within five years." in (
        texts
    )


def test_a_person_who_is_not_the_subject_of_the_sentence_before_is_no_referent():
    # Mara Tull is the object of the sentence before: "He" is the minister, never named.
    texts = _points(
        "The harbour minister of the northern province spoke to the mayor Mara Tull in Talor.\n"
        "He said the quay would double the traffic of the port within five years.\n",
        [("Mara Tull", "PERSON"), ("Talor", "GPE")],
    )
    assert not any("quay would double" in t for t in texts)


def test_his_becomes_the_possessive_of_the_name():
    texts = _points(
        "Ardo Vell arrived in Talor on Monday for two days of talks on the fishing accord.\n"
        "His delegation brought a new draft of the accord and a map of the fishing grounds.\n",
        [("Ardo Vell", "PERSON"), ("Talor", "GPE")],
    )
    assert any(t.startswith("[Ardo Vell’s] delegation brought a new draft") for t in texts)


def test_a_source_stating_a_fact_behind_a_pronoun_is_still_cited_for_it():
    a = labelled(
        "The Ardian Red Shield will send two field hospitals and forty nurses to Veloria next "
        "week.",
        [("Ardian Red Shield", "ORG"), ("Veloria", "GPE")],
        "a",
    )
    b = labelled(
        "Officials of the Ardian Red Shield spoke to reporters in the capital on Monday.\n"
        "It will send two field hospitals and forty nurses to Veloria next week.",
        [("Ardian Red Shield", "ORG"), ("Veloria", "GPE")],
        "b",
    )
    analysis = combine([a[0], b[0]], [a[1], b[1]], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    hospitals = next(p for p in analysis.key_points if "field hospitals" in p.text)
    assert hospitals.text.startswith("The Ardian Red Shield") and hospitals.sources == ["a", "b"]
    assert not any(t.startswith("It ") for t in texts)


def test_a_pronoun_inside_a_quotation_gets_no_bracketed_name():
    texts = _points(
        "Harbour Minister Ardo Vell opened the new container quay in Talor on Monday morning.\n"
        '"He has worked for this quay for twenty years," the mayor told the crowd at the gate.\n',
        [("Ardo Vell", "PERSON"), ("Talor", "GPE")],
    )
    assert not any("twenty years" in t for t in texts)
