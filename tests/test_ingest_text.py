"""Plain text: the scraped sample, encodings, cruft cleaning, pasted text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from story import story, story_kinds, story_paragraphs

from briefing_app.ingest import SourceError, load_source, source_from_bytes, source_from_text
from briefing_app.model import Source, source_id_for


def assert_paragraphs(source: Source) -> list[str]:
    """Every paragraph is non-empty, inside the text, and the text is the paragraphs joined."""
    texts = story_paragraphs(source)
    assert texts and all(t.strip() == t and t for t in texts)
    assert "\n\n".join(texts) == story(source)
    for p in source.paragraphs:
        assert 0 <= p.start < p.end <= len(source.text)
        assert p.kind in ("body", "heading", "lead")
    return texts


def test_sample_article_metadata(sample_path):
    source = load_source(sample_path)
    data = sample_path.read_bytes()
    assert source.title == "Russia’s Strategic Eastward Shift Before Trump’s Presidency"
    assert source.external_id == "fada8cf1-4ce5-4b00-962d-63bdb4a962ee"
    assert source.outlet == "thinkchina.sg"
    assert source.url == "https://www.thinkchina.sg"
    assert source.format == "text"
    assert source.language == "en"
    assert source.id == source_id_for(data)
    assert len(source.sha256) == 64 and source.sha256.startswith(source.id)


def test_sample_article_text_is_clean(sample_path):
    source = load_source(sample_path)
    texts = assert_paragraphs(source)
    assert texts[0].startswith("Russia is pivoting eastward")
    assert story_kinds(source)[0] == "lead"
    assert texts[-1].startswith("In summary, the strategic recalibrations")
    assert "0" not in texts
    for cruft in (
        "Leave a Reply",
        "email address",
        "Original Source",
        "fada8cf1",
        "Strategic Eastward",
    ):
        assert cruft not in story(source)  # the headline stays as the heading
    # Curly quotes survive, and the real sentences are all there.
    assert "Putin’s strategy aims at revitalizing Russia’s industrial capacity" in source.text
    assert "Kassym-Jomart Tokayev" in source.text
    assert len(texts) == 7


CP1251 = (
    "Визит Путина в Казахстан\n\n"
    "Президент России Владимир Путин прибыл в Астану, где провёл переговоры с Касым-Жомартом "
    "Токаевым. Стороны обсудили вопросы безопасности и торговли.\n"
)
CP1252 = (
    "The “Astana” talks — a summary\n\n"
    "The minister said it was “a historic day” for the country’s economy, and the café owners "
    "agreed – naïvely, perhaps.\n"
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (CP1251, "cp1251"),
        (CP1252, "cp1252"),
        (CP1252, "utf-16"),  # Python writes a BOM
        (CP1251, "utf-16"),
        (CP1252, "utf-8-sig"),
        (CP1251, "utf-8"),
    ],
)
def test_encodings_are_detected(tmp_path, text, encoding):
    path = tmp_path / f"article_{encoding}.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    source = load_source(path)
    title, body = text.split("\n\n")
    assert source.title == title
    assert story(source) == body.strip()
    assert "\r" not in source.text and "\ufeff" not in source.text + source.title


def test_language_guess():
    assert source_from_text(CP1251).language == "ru"
    assert source_from_text(CP1252).language == "en"


def test_text_is_nfc_and_newlines_normalised():
    decomposed = (
        "Cafe\u0301 politics\r\n\r\nThe cafe\u0301 in Astana was full of diplomats on Wednesday.\r"
    )
    source = source_from_text(decomposed)
    assert source.title == "Café politics"
    assert story(source) == unicodedata.normalize(
        "NFC", "The café in Astana was full of diplomats on Wednesday."
    )


def test_cruft_lines_go_and_sentences_stay():
    text = "\n".join(
        [
            "Skip to main content",
            "Summit ends with a joint statement",
            "Live broadcast",
            "+ ↺ − 16 px",
            "There are new articles available, click to refresh the page",
            "Advertisement",
            "Leaders of five Central Asian states signed a joint statement on water sharing.",
            "Share this article",
            "We use cookies to give you the best experience. By continuing you accept our policy.",
            "President Tokayev, seated next to the leaders, said the deal was a start.",
            "President Tokayev, seated next to the leaders, said the deal was a start.",
            "Read more about how the water talks began and why they matter to the region today.",
            "Read more",
            "Share this article with your colleagues, the minister urged, because it matters.",
            "12",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
        ]
    )
    source = source_from_text(text)
    assert source.title == "Summit ends with a joint statement"
    assert story_paragraphs(source) == [
        "Leaders of five Central Asian states signed a joint statement on water sharing.",
        "President Tokayev, seated next to the leaders, said the deal was a start.",
        "Read more about how the water talks began and why they matter to the region today.",
        "Share this article with your colleagues, the minister urged, because it matters.",
    ]


def test_cruft_rules_are_data(tmp_path, monkeypatch):
    from briefing_app.ingest import cruft_rules
    from briefing_app.resources import clear_caches

    folder = tmp_path / "cruft"
    folder.mkdir()
    (folder / "phrases.txt").write_text("# ours\nContinue reading\n", encoding="utf-8")
    (folder / "patterns.txt").write_text(r"Photo \d+ of \d+" + "\n", encoding="utf-8")
    monkeypatch.setattr(cruft_rules, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    clear_caches()
    try:
        source = source_from_text(
            "Continue reading\nPhoto 2 of 9\nAdvertisement\nThe talks ended.", title="Talks"
        )
    finally:
        clear_caches()
    # Only the edited rules apply: "Advertisement" is no longer in the data, so it stays.
    assert story_paragraphs(source) == ["Advertisement", "The talks ended."]


def test_title_repeated_as_first_line_is_dropped():
    source = source_from_text(
        "Water deal signed\n\nWater deal signed\n\nFive states signed a water deal on Friday.",
        title="Water deal signed",
    )
    assert source.title == "Water deal signed"
    assert story(source) == "Five states signed a water deal on Friday."


def test_hard_wrapped_text_is_rejoined():
    text = (
        "Wrapped report\n\n"
        "The delegation arrived in Astana late on Tuesday and met the\n"
        "foreign minister for talks on transport corridors, energy and\n"
        "the inter-\nnational rail link to the Caspian ports.\n\n"
        "A second paragraph follows here and it is also wrapped at a\n"
        "fixed width by the email client that sent it.\n"
    )
    source = source_from_text(text)
    assert story_paragraphs(source) == [
        "The delegation arrived in Astana late on Tuesday and met the foreign minister for talks "
        "on transport corridors, energy and the international rail link to the Caspian ports.",
        "A second paragraph follows here and it is also wrapped at a fixed width by the email "
        "client that sent it.",
    ]


def test_pasted_text_title_given_or_first_line():
    long_line = (
        "The delegation arrived in Astana late on Tuesday and met the foreign minister. " * 3
    )
    source = source_from_text(long_line)
    assert source.path == "clipboard" and source.format == "text"
    assert source.title and source.title.endswith("…") and len(source.title) <= 81
    assert story(source) == long_line.strip()  # a sentence is never swallowed as a title
    titled = source_from_text("Talks\n\nBody text here.", title="My title", path="note-1")
    assert titled.title == "My title" and titled.path == "note-1"
    assert titled.text == "Talks\n\nBody text here."


def test_byline_and_date_lines_become_metadata():
    source = source_from_text(
        "Talks in Astana\nBy Aigerim Nurlanova\nPublished: 28 November 2024\n\n"
        "The talks began on Wednesday in the presidential palace in Astana."
    )
    assert source.author == "Aigerim Nurlanova"
    assert source.published == "2024-11-28"
    assert story(source) == "The talks began on Wednesday in the presidential palace in Astana."


def test_source_from_bytes_matches_load_source(sample_path):
    data = sample_path.read_bytes()
    from_bytes = source_from_bytes(data, sample_path.name)
    from_path = load_source(sample_path)
    assert from_bytes.text == from_path.text and from_bytes.id == from_path.id
    assert from_bytes.path == sample_path.name


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\ufeff"])
def test_pasted_empty_text_is_refused(text):
    with pytest.raises(SourceError, match=r"^clipboard: "):
        source_from_text(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec=None), max_size=400), st.text(max_size=40))
def test_any_pasted_text_gives_a_source_or_a_source_error(text, title):
    try:
        source = source_from_text(text, title=title)
    except SourceError as exc:
        assert "\n" not in str(exc)
        return
    for p in source.paragraphs:
        assert 0 <= p.start < p.end <= len(source.text)
        assert source.text[p.start : p.end].strip()
    assert unicodedata.is_normalized("NFC", source.text)
    assert "\n" not in source.title


def test_invisible_characters_from_web_copies_are_removed():
    # Soft hyphens, zero-width spaces and word joiners split names for the analysis.
    source = source_from_text(
        "Kazakh President Kassym-Jomart Toka\u00adyev\u200b met Vladimir\u2060 Putin in Astana "
        "on Tuesday, officials said."
    )
    assert "Tokayev met Vladimir Putin in Astana" in source.text
    assert not set(source.text) & {"\u00ad", "\u200b", "\u2060"}
    assert "\u200d" in source_from_text("Family emoji 👨\u200d👩\u200d👧 stays whole.").text


def test_a_short_note_or_a_first_sentence_is_never_lost_to_the_title():
    note = source_from_text("Putin lands in Astana.")
    assert note.text == "Putin lands in Astana." and note.title == "Putin lands in Astana."
    two = source_from_text("Putin met Tokayev in Astana.\n\nThey signed a pact on Tuesday.")
    assert two.text == "Putin met Tokayev in Astana.\n\nThey signed a pact on Tuesday."
    headline = source_from_text("Talks resume in the U.S.\n\nThe talks resumed on Monday.")
    assert headline.title == "Talks resume in the U.S."
    assert headline.text == "Talks resume in the U.S.\n\nThe talks resumed on Monday."


def test_key_value_header_lines_become_metadata():
    # The multi-source fixtures carry "Title: ... / Outlet: ... / URL: ..." headers; loaded in
    # the app those lines used to stay in the text and "Title: ..." became the title.
    from pathlib import Path

    for path in sorted((Path(__file__).parent / "fixtures" / "articles").glob("*.txt")):
        head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
        meta = dict(line.split(": ", 1) for line in head.splitlines())
        source = load_source(path)
        assert source.title == meta["Title"]
        assert (source.outlet, source.url) == (meta["Outlet"], meta["URL"])
        assert (source.author, source.published) == (meta["Author"], meta["Published"])
        assert story(source) == body.strip()


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "it",
            "Il presidente del Consiglio ha incontrato ieri i rappresentanti dei sindacati "
            "per discutere della riforma delle pensioni e del lavoro.",
        ),
        (
            "pt",
            "O presidente da República reuniu-se ontem com os representantes dos sindicatos "
            "para discutir a reforma da previdência e do trabalho.",
        ),
        (
            "nl",
            "De minister-president heeft gisteren met de vertegenwoordigers van de vakbonden "
            "gesproken over de hervorming van de pensioenen.",
        ),
        (
            "es",
            "El presidente del Gobierno se reunió ayer con los representantes de los "
            "sindicatos para hablar de la reforma de las pensiones.",
        ),
        (
            "fr",
            "Le président de la République a rencontré hier les représentants des syndicats "
            "pour discuter de la réforme des retraites.",
        ),
    ],
)
def test_language_of_romance_and_germanic_sources(code, text):
    assert source_from_text(text).language == code


def test_too_little_text_gives_no_language_guess():
    assert source_from_text("Putin Tokayev Astana").language == ""
