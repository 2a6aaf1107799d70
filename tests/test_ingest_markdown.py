"""Markdown: front matter as metadata, headings kept as heading paragraphs, markup stripped."""

from __future__ import annotations

from story import story, story_kinds, story_paragraphs

from briefing_app.ingest import load_source, source_from_bytes

NOTE = """---
title: "Water deal signed in Tashkent"
author: Aigerim Nurlanova
date: 2024-03-01
lang: en
---

# Water deal signed in Tashkent

Five Central Asian states **signed** a [water-sharing deal](https://example.org/deal) on
*Friday*, officials in `Tashkent` said.

![A dam on the Syr Darya](dam.jpg)

## What the deal covers

- Quotas for the Amu Darya and the Syr Darya
- A joint commission that meets twice a year
  1. in spring
  2. in autumn

> "This is a historic day," the Uzbek foreign minister said.

| Country | Share |
|---------|------:|
| Uzbekistan | 40% |

Setext heading
--------------

Advertisement

Text with a \\*literal asterisk\\* and a reference [link][1].

[1]: https://example.org/ref
"""


def test_markdown_front_matter_and_structure(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(NOTE, encoding="utf-8")
    source = load_source(path)
    assert source.format == "markdown"
    assert source.title == "Water deal signed in Tashkent"
    assert source.author == "Aigerim Nurlanova"
    assert source.published == "2024-03-01"
    assert source.language == "en"
    texts = story_paragraphs(source)
    assert "\n\n".join(texts) == story(source)
    assert texts == [
        "Five Central Asian states signed a water-sharing deal on Friday, officials in Tashkent "
        "said.",
        "What the deal covers",
        "Quotas for the Amu Darya and the Syr Darya",
        "A joint commission that meets twice a year",
        "in spring",
        "in autumn",
        '"This is a historic day," the Uzbek foreign minister said.',
        "Country | Share",
        "Uzbekistan | 40%",
        "Setext heading",
        "Text with a *literal asterisk* and a reference link.",
    ]
    kinds = dict(zip(texts, story_kinds(source), strict=True))
    assert kinds["What the deal covers"] == kinds["Setext heading"] == "heading"
    assert story_kinds(source)[0] == "lead"


def test_markdown_without_front_matter_uses_first_heading():
    source = source_from_bytes(
        b"# Summit ends\n\nThe summit ended with a joint statement on Friday.\n", "s.markdown"
    )
    assert source.title == "Summit ends"
    assert story(source) == "The summit ended with a joint statement on Friday."
    assert source.author == "" and source.published == ""


def test_markdown_hostile_lines_load_in_linear_time():
    # Unbounded lazy spans and an ambiguous heading regex once took minutes on lines like these.
    import time

    heading = b"# Closing hashes stay out ##\n\n## C# tips" + b" " * 20000 + b"and tricks ##\n\n"
    body = b"**a " * 20000 + b"\n\n" + b"_a " * 20000 + b"\n\n" + b"[a <a " * 10000 + b"\n"
    started = time.perf_counter()
    source = source_from_bytes(heading + body, "hostile.md")
    assert time.perf_counter() - started < 10
    assert source.title == "Closing hashes stay out"
    assert source.paragraph_texts()[:2] == ["Closing hashes stay out", "C# tips and tricks"]
    assert source.text.count("**a") == 20000  # unmatched markers are text, kept as written


def _texts(markdown: str) -> list[str]:
    return source_from_bytes(markdown.encode(), "case.md").paragraph_texts()


def test_a_link_whose_url_has_parentheses_keeps_only_its_text():
    assert _texts("See [the river](https://en.wikipedia.org/wiki/Syr_(river)) today.\n") == [
        "See the river today."
    ]


def test_entities_and_email_autolinks_read_as_a_reader_sees_them():
    assert _texts("Tom &amp; Jerry wrote to <press@example.org> &copy; 2024.\n") == [
        "Tom & Jerry wrote to press@example.org © 2024."
    ]


def test_a_list_followed_by_a_rule_stays_a_list_not_a_heading():
    source = source_from_bytes(
        b"Intro paragraph here.\n\n- first item\n- second item\n---\n", "l.md"
    )
    assert story_paragraphs(source) == ["Intro paragraph here.", "first item", "second item"]
    assert "heading" not in [p.kind for p in source.paragraphs]


def test_lists_nested_quotes_and_code_fences():
    text = "> quoted **bold** line\n\n```\nx = 1\n```\n\n1. one\n   - nested\n"
    assert _texts(text) == ["quoted bold line", "x = 1", "one", "nested"]
