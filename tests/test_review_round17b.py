"""Review of round 17's dates, by-line and citing rules (review17b): ordinary pages the rules'
authors did not write, as near misses. Every fixture is invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from test_site_names import _source

from briefing_app.analysis.eventless import eventless_retold
from briefing_app.analysis.facts import SAME_FACT

# A line of two names joined by a slash under the headline is the writers' only when the
# story's opening does not name them again: two teams, two firms, two rivals are its subject.
MATCH = (
    "Cup final ends in a draw\n\n"
    "{line}\n\n"
    "{lead}\n\n"
    "Maria Lopez is a senior fellow at the Kelvo Institute. Ahmed Khan is a researcher there."
)


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        (
            "Real Madrid/Manchester United",
            "Real Madrid and Manchester United drew 1-1 in a friendly in Chicago on Sunday, "
            "the clubs said.",
        ),
        (
            "Goldman Sachs/Morgan Stanley",
            "Shares in Goldman Sachs rose on Tuesday after reports that it held talks with "
            "Morgan Stanley about a joint venture.",
        ),
    ],
)
def test_two_subjects_of_the_story_joined_by_a_slash_are_no_writers(line, lead):
    assert _source(MATCH.format(line=line, lead=lead)).author == ""


def test_writers_named_again_only_in_their_notes_at_the_foot_stay_the_authors():
    lead = "Grain prices rose on Monday after talks in Istanbul stalled, traders said."
    page = MATCH.format(line="Maria Lopez/Ahmed Khan", lead=lead)
    assert _source(page).author == "Maria Lopez and Ahmed Khan"


# A point naming no kind of event is cited for another source's sentence naming its actors
# (``eventless``) only when the word they share is one thing in both: "a heavy rain warning"
# and "a major tsunami warning" are two warnings of one agency, two facts.
def _told(source: int, text: str) -> SimpleNamespace:
    actors = frozenset({"organization:kelvo-weather-agency", "place:talor"})
    return SimpleNamespace(source=source, text=text, fact_actors=actors, fact_events=frozenset(),
                           days=frozenset())  # fmt: skip


@pytest.mark.parametrize(
    "other",
    [
        "The Kelvo Weather Agency issued a heavy rain warning for Talor on the coast.",
        "The Kelvo Weather Agency issued a landslide warning for the hills above Talor.",
    ],
)
def test_two_warnings_of_different_hazards_are_two_facts(other):
    point = _told(0, "The Kelvo Weather Agency issued a major tsunami warning for Talor.")
    assert not eventless_retold(_told(1, other), point, 0.5, SAME_FACT)


def test_the_same_warning_retold_is_still_cited():
    point = _told(0, "The Kelvo Weather Agency issued a major tsunami warning for Talor.")
    other = _told(1, "A tsunami warning for Talor was issued by the Kelvo Weather Agency.")
    assert eventless_retold(other, point, 0.5, SAME_FACT)
    plain = _told(1, "The Kelvo Weather Agency issued a warning for Talor on Monday.")
    assert eventless_retold(plain, point, 0.5, SAME_FACT)  # no hazard named: one warning
