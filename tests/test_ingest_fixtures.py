"""The committed fixtures: one report in five formats loads to the same clean text."""

from __future__ import annotations

from pathlib import Path

import pytest
from story import story, story_kinds, story_paragraphs

from briefing_app.ingest import load_source, load_sources

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
TITLE = "Central Asian states sign water deal"
SENTENCES = (
    "Five Central Asian states signed a water-sharing agreement in Tashkent on Friday",
    "would “end the quarrels of the dry years” and called it a historic day for the region.",
    "Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan will each receive a fixed share",
)


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("water.docx", "docx"),
        ("water.md", "markdown"),
        ("water.pdf", "pdf"),
        ("water_cp1252.txt", "text"),
    ],
)
def test_same_report_in_every_format(name, fmt):
    source = load_source(FIXTURES / name)
    assert source.format == fmt
    assert source.title == TITLE
    assert source.language == "en"
    texts = story_paragraphs(source)
    assert "\n\n".join(texts) == story(source) and all(texts)
    assert texts[0].startswith(SENTENCES[0]) and story_kinds(source)[0] == "lead"
    for sentence in SENTENCES:
        assert sentence in source.text
    assert TITLE not in story(source)  # the headline is the heading over the story
    assert "Advertisement" not in source.text and "Share this article" not in source.text


def test_authors_where_the_format_carries_them():
    sources, failures = load_sources(sorted(FIXTURES.glob("water*")))
    assert failures == []
    authors = {s.format: s.author for s in sources if s.author}
    assert authors == {
        "docx": "Dilnoza Karimova",
        "markdown": "Dilnoza Karimova",
        "pdf": "Dilnoza Karimova",
    }


def test_cp1251_fixture():
    source = load_source(FIXTURES / "water_cp1251.txt")
    assert source.title == "Страны Центральной Азии подписали соглашение о воде"
    assert source.language == "ru"
    assert "Президент Узбекистана Шавкат Мирзиёев" in source.text
    assert "\r" not in source.text
