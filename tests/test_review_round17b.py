"""Review of round 17's dates, by-line and citing rules (review17b): ordinary pages the rules'
authors did not write, as near misses. Every fixture is invented."""

from __future__ import annotations

import pytest
from test_site_names import _source

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
