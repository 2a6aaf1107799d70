"""The one shared copy of each small utility covers what each former caller needed."""

from __future__ import annotations

import stat

import pytest

from briefing_app.analysis.curation import slug
from briefing_app.analysis.dates import find_dates
from briefing_app.analysis.gazetteer import gazetteer, norm
from briefing_app.briefing.fill import text_hash
from briefing_app.briefing.templates import get_template
from briefing_app.ingest.cruft import is_cruft, is_sentence
from briefing_app.ingest.dates import to_iso
from briefing_app.model.dates import MONTH_NUMBERS, MONTHS
from briefing_app.model.files import AtomicWriteError, atomic_write
from briefing_app.model.text import ends_sentence, fold, naive_sentences
from briefing_app.resources import list_lines, read_list


# -- sentence ends: the line-joining readers (text, HTML, PDF) and the cruft guard ----------------
@pytest.mark.parametrize(
    "line",
    ["He left.", "Really?", "Stop!", "And then…", 'He said "go."', "(as agreed.)", "« fin »"],
)
def test_a_line_ending_like_a_sentence_is_recognised(line):
    assert ends_sentence(line)
    assert ends_sentence(line + "   ")  # trailing spaces from a PDF line


def test_a_colon_ends_a_paragraph_only_where_the_caller_asks():
    assert not ends_sentence("The minister said:")
    assert ends_sentence("The minister said:", colon=True)  # PDF and plain text paragraphs
    assert not ends_sentence("and the talks went on", colon=True)


def test_the_cruft_guard_keeps_real_sentences():
    assert is_sentence("The talks in Astana went on until late in the evening.")
    assert not is_sentence("Read more")


# -- naive sentences: co-occurrence edges and evidence tooltips --------------------------------
def test_naive_sentences_do_not_split_decimals_and_keep_closing_quotes():
    text = 'Growth was 3.5 per cent. He said "Go home." Then\nleft'
    assert [text[s:e] for s, e in naive_sentences(text)] == [
        "Growth was 3.5 per cent.",
        'He said "Go home."',
        "Then",
        "left",
    ]


# -- months: metadata dates (ingest), analysis dates, readable dates and name recall ---------
def test_one_month_table_serves_metadata_and_analysis_dates():
    assert MONTH_NUMBERS["sept"] == MONTH_NUMBERS["sep"] == MONTH_NUMBERS["september"] == 9
    assert len(MONTHS) == 12 and all(MONTH_NUMBERS[m.lower()] == i for i, m in enumerate(MONTHS, 1))
    assert to_iso("12 Sept 2024") == "2024-09-12"
    assert to_iso("Mar. 3, 2021") == "2021-03-03"
    text = "On 3 Sept 2024 and Jan 5, 2023 they met."
    assert [iso for _, _, iso in find_dates(text, None, [])] == ["2024-09-03", "2023-01-05"]


# -- keys: gazetteer lookups, curation slugs, template names, fill hashes, cruft phrases -------
def test_fold_ignores_case_accents_and_punctuation():
    assert fold("Erdoğan’s  PARTY") == "erdogan s party"
    assert fold("Erdoğan", accents=True) == "erdoğan"
    assert fold("analyst-brief", "_") == fold("Analyst Brief", "_") == "analyst_brief"
    assert fold("--x--", "-") == "x"
    assert fold("Astana talks: día 2", "-", accents=True, case=True) == "Astana-talks-día-2"


def test_each_former_key_still_matches_what_it_matched():
    assert norm("Kassym-Jomart  Tokayev") == "kassym jomart tokayev"  # gazetteer
    assert slug("The Kremlin") == slug("kremlin") == "kremlin"  # curation
    assert slug("São Paulo") == "sao-paulo"
    assert get_template("analyst-brief").id == get_template("Analyst brief").id  # templates
    assert text_hash("Talks  resumed.") == text_hash("talks resumed")  # fill
    assert text_hash("Erdoğan") != text_hash("Erdogan")  # stored hashes keep accents
    assert is_cruft("› Read more »") and is_cruft("• Skip to main content")  # cruft phrases


# -- resource lists: gazetteers and cruft rules -------------------------------------------------
def test_resource_lists_skip_comments_and_blanks_and_keep_line_numbers(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text("# comment\n\n  alpha  \nbeta\n", encoding="utf-8")
    assert list_lines(path) == [(3, "alpha"), (4, "beta")]
    assert read_list(path) == ["alpha", "beta"]
    assert read_list(tmp_path / "missing.txt") == []


def test_stop_words_come_from_spacy_and_key_points_keep_numbers_and_order_words():
    lists = gazetteer()
    assert {"the", "whereupon", "nevertheless", "nobody"} <= lists.stopwords  # spaCy's list
    assert {"said", "according"} <= lists.stopwords  # the news words spaCy does not list
    assert lists.function_words < lists.stopwords
    # "five", "first", "former", "us" say something in a claim: they score key points
    assert not {"five", "first", "former", "us"} & lists.function_words


# -- atomic writes: exports, the project file, the actors map image ----------------------------
def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "note.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)

    def fail(tmp):
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(AtomicWriteError) as info:
        atomic_write(target, fail)
    assert info.value.reason == "the disk is full"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["note.docx"]
    atomic_write(target, lambda tmp: tmp.write_bytes(b"new"))
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # permissions kept


def test_atomic_write_names_a_missing_folder(tmp_path):
    with pytest.raises(AtomicWriteError, match="the folder does not exist"):
        atomic_write(tmp_path / "nowhere" / "x.pdf", lambda tmp: tmp.write_bytes(b""))


def test_a_bad_pattern_in_a_user_list_is_reported_with_file_and_line(tmp_path):
    from briefing_app.resources import read_patterns

    path = tmp_path / "keypoint_stop.txt"
    path.write_text("# header\nsubscribe\n(unclosed\n", encoding="utf-8")
    patterns, problems = read_patterns(path)
    assert [p.pattern for p in patterns] == ["subscribe"]
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}, line 3: not a valid pattern")
    assert gazetteer().problems == ()  # the bundled list is clean


def test_a_bad_cruft_pattern_is_left_out_and_said_not_fatal(tmp_path, monkeypatch):
    from briefing_app import resources
    from briefing_app.ingest import cruft_rules, source_from_text
    from briefing_app.workspace import Workspace

    folder = tmp_path / "cruft"
    folder.mkdir()
    (folder / "patterns.txt").write_text("advert.*\n[broken\n", encoding="utf-8")
    (folder / "metadata.toml").write_text(
        '[[rule]]\nfield = "author"\npattern = "By (?P<value>.+"\n', encoding="utf-8"
    )
    real = resources.resource_path
    monkeypatch.setattr(
        cruft_rules, "resource_path", lambda *p: folder if p == ("cruft",) else real(*p)
    )
    resources.clear_caches()
    try:
        text = "The talks went on until late in the evening in the capital.\nAdvertisement here"
        assert source_from_text(text).text == text.splitlines()[0]  # the good pattern works
        line = f"{folder / 'patterns.txt'}, line 2: not a valid pattern"
        warnings = Workspace().warnings()
        assert any(w.startswith(line) for w in warnings)
        rule = f"{folder / 'metadata.toml'}: rule 1 is not valid"
        assert any(w.startswith(rule) for w in warnings)
    finally:
        resources.clear_caches()


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("12. März 2024", "2024-03-12"),
        ("12 марта 2024", "2024-03-12"),
        ("2024/3/12 10:00", "2024-03-12T10:00:00"),
        ("mercredi 5 juin 2024", "2024-06-05"),
        ("12 March 2024", "2024-03-12"),  # the fast English path still answers first
        ("yesterday", ""),  # relative: no date a metadata field can keep
        ("March 2024", ""),  # no day: not filled in from today
        ("not a date at all", ""),
    ],
)
def test_metadata_dates_in_other_languages_and_layouts(value, iso):
    assert to_iso(value) == iso


def test_one_helper_gives_the_taken_spans_each_name_rule_needs() -> None:
    """The acronym, shape and recall rules each built this table by hand: the spans of the
    mentions already found, per source, in text order (they bisect it)."""
    from briefing_app.analysis.mentions import Mention, taken_spans

    found = [
        Mention(1, 40, 52, "Ardia Relief", "ORG"),
        Mention(0, 10, 14, "Olan", "PERSON"),
        Mention(1, 3, 9, "Velmor", "GPE"),
    ]
    assert taken_spans(found) == {0: [(10, 14)], 1: [(3, 9), (40, 52)]}
    assert taken_spans([]) == {}


def test_one_union_of_a_lists_patterns_serves_the_cruft_rules_and_the_stop_list():
    import re

    from briefing_app.resources import union_patterns

    joined = union_patterns((re.compile("leave a reply", re.I), re.compile(r"^photo:", re.I)))
    assert joined.search("Please LEAVE A REPLY") and joined.search("Photo: Ann Vale")
    assert not joined.search("A photo: of the port")  # each pattern keeps its own anchor
    # joined, "\1" or "(?P=x)" would point at another pattern's group: no union, search each
    assert union_patterns((re.compile("b"), re.compile(r"(a)\1"))) is None
    assert union_patterns((re.compile("(?P<x>a)(?P=x)"),)) is None
    assert union_patterns(()) is None
