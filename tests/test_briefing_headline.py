"""The title auto-fill offers for several sources: what their headlines share, not names."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_briefing_autofill import make_analysis

from briefing_app.briefing import autofill, get_template
from briefing_app.briefing.headline import shared_headline


@pytest.fixture(autouse=True)
def no_user_templates(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFING_TEMPLATES_DIR", str(tmp_path / "no-user-templates"))


def test_the_longest_run_half_the_headlines_share_is_the_title() -> None:
    titles = [
        "Minister Mourns Victims of Deadly Floods in Northern Valdoria",
        "On the Floods in Northern Valdoria",
        "Rescue teams arrive as rain continues",
    ]
    assert shared_headline(titles) == "Floods in Northern Valdoria"


def test_a_run_starts_and_ends_on_a_content_word_and_keeps_its_casing() -> None:
    titles = ["Delegates open the talks in Geneva on Monday", "Why the talks in Geneva matter"]
    assert shared_headline(titles) == "Talks in Geneva"


def test_two_words_need_a_place_among_them() -> None:
    titles = ["Valdoria earthquake: death toll rises", "Aid flights land after Valdoria earthquake"]
    assert shared_headline(titles) == ""  # two words, and no place known
    assert shared_headline(titles, frozenset({"valdoria"})) == "Valdoria earthquake"
    council = ["Security Council extends mandate", "Security Council votes on sanctions"]
    assert shared_headline(council, frozenset({"valdoria"})) == ""


def test_no_title_from_one_headline_or_from_function_words() -> None:
    assert shared_headline(["Floods in Northern Valdoria"]) == ""
    assert shared_headline(["What is to be done", "What is to be said"]) == ""
    assert shared_headline(["Floods in Valdoria", "", "Storm over the coast"]) == ""


def test_fewer_than_half_sharing_is_not_enough() -> None:
    titles = ["Floods in Northern Valdoria", "Floods in Northern Valdoria", "A", "B", "C", "D"]
    assert shared_headline([t + " today" for t in titles]) == ""
    assert shared_headline([*titles[:2], "Floods in Northern Valdoria worsen", "D"]) != ""


def test_autofill_titles_several_sources_by_their_shared_headline() -> None:
    analysis = make_analysis(["src-a", "src-b", "src-c"])
    heads = ["Kazakhstan rail deal signed", "Analysis: the Kazakhstan rail deal", "China watches"]
    analysis = replace(
        analysis,
        citations=[replace(c, title=t) for c, t in zip(analysis.citations, heads, strict=True)],
    )
    assert autofill(analysis, get_template("analyst_brief")).title == "Kazakhstan rail deal"
    # headlines that share nothing: the names of the main actors, as before
    plain = autofill(make_analysis(["src-a", "src-b"]), get_template("analyst_brief"))
    assert plain.title.startswith("Briefing: ")
