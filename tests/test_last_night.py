""" "Last night" is the day before the article's day, like "yesterday"; "the last night of the
summit" and "their last night in the camp" name no day (invented texts)."""

from __future__ import annotations

import pytest

from briefing_app.analysis import analyze
from briefing_app.ingest import source_from_bytes

HEAD = "Oskvel, February 13, 2031 – The water minister spoke to the press in the capital.\n\n"


def _dates(body: str) -> dict[str, str]:
    src = source_from_bytes(("Minister on the floods\n\n" + HEAD + body).encode(), "p.txt")
    return {d.text.lower(): d.date for d in analyze([src]).dates}


@pytest.mark.parametrize(
    "body",
    [
        "Ambassador Jana Roe put it well in her statement last night, calling for more aid.",
        "Last night, the river broke its banks north of the capital, officials said.",
    ],
)
def test_last_night_is_the_day_before(body):
    assert _dates(body)["last night"] == "2031-02-12"


@pytest.mark.parametrize(
    "body",
    [
        "On the last night of the summit, the ministers agreed on new water quotas for the basin.",
        "It was their last night in the camp before the families went home to the valley.",
    ],
)
def test_a_last_night_of_something_is_no_day(body):
    assert "last night" not in _dates(body)
