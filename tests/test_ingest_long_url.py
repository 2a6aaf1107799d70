"""The address a saved page carries is kept whole, however long (issue 8 §3: "The URL is the
article's own, however long, never cut to the home page"). Every page here is invented."""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_text

BODY = (
    "Transcript of remarks to the press by the director on the joint launch of the river plan\n\n"
    "Kelvo City, 3 March 2031\n\n"
    "The ministers of five states agreed on river water quotas on Monday, officials said."
)


@pytest.mark.parametrize("words", [3, 30, 60])
def test_an_address_line_of_any_length_gives_the_url_and_the_outlet(words: int) -> None:
    slug = "-".join(["joint-launch-of-the-revised-river-plan"] * words)
    url = f"https://reports.kelvo.example/publications/report/{slug}"
    assert len(url) > 200 or words == 3
    source = source_from_text(f"URL: {url}\n{BODY}")
    assert source.url == url
    assert source.outlet == "kelvo.example"
    assert source.title.startswith("Transcript of remarks to the press")
    assert "URL:" not in source.text
