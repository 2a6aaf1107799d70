"""Bad input: every refusal is a SourceError with one line naming the file and the reason."""

from __future__ import annotations

import os
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.ingest import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    SourceError,
    load_source,
    load_sources,
    source_from_bytes,
)
from briefing_app.model import BriefingError

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
GOOD = "Talks in Astana\n\nThe two presidents met in Astana on Wednesday for talks on trade.\n"


def refusal(path, **kwargs) -> str:
    with pytest.raises(SourceError) as info:
        load_source(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{os.fspath(path)}: ")
    assert isinstance(info.value, BriefingError)
    return message.removeprefix(f"{os.fspath(path)}: ")


def test_public_constants():
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}


def test_missing_file(tmp_path):
    assert refusal(tmp_path / "nope.txt") == "file not found"


def test_directory(tmp_path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert refusal(folder) == "is a folder, not a file"


@pytest.mark.parametrize(
    "content", [b"", b"  \n\t\r\n  ", b"\xef\xbb\xbf\n", b"\xff\xfe \x00\n\x00"]
)
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert refusal(path) == "empty file"


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx", ".pdf"])
def test_empty_file_of_every_format(tmp_path, suffix):
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    assert refusal(path) == "empty file"


def test_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert refusal(fifo) == "not a regular file"


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "notes.xyz"
    path.write_text(GOOD)
    reason = refusal(path)
    assert reason.startswith("unsupported file type '.xyz'")
    assert ".docx" in reason and ".pdf" in reason


def test_no_suffix(tmp_path):
    path = tmp_path / "README"
    path.write_text(GOOD)
    assert refusal(path).startswith("unsupported file type '(none)'")


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (PNG, "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(32), "a JPEG image"),
        (b"PK\x03\x04" + bytes(40), "a zip archive"),
        (b"MZ\x90\x00\x03\x00\x00\x00" + bytes(64), "an executable program"),
        (b"\x7fELF\x02\x01\x01" + bytes(64), "an executable program"),
        (b"%PDF-1.7\n" + bytes(20), "a PDF document"),
    ],
)
def test_binary_renamed_as_text_is_refused(tmp_path, content, what):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    assert refusal(path) == f"the content is {what}, not text"


def test_png_renamed_html(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PNG)
    assert refusal(path) == "the content is a PNG image, not an HTML page"


def test_binary_junk(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 40)
    assert refusal(path) == "binary data, not text"


def test_binary_junk_without_nul_bytes(tmp_path):
    path = tmp_path / "junk.md"
    path.write_bytes(bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 50)
    assert refusal(path) == "binary data, not text"


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(GOOD * 100)
    reason = refusal(path, max_bytes=1000)
    assert reason.startswith("file too large (") and "the limit is" in reason
    assert load_source(path).text  # the default limit lets it through
    with pytest.raises(SourceError, match=r"^big\.txt: file too large"):
        source_from_bytes(path.read_bytes(), "big.txt", max_bytes=1000)


def test_only_cruft_means_no_text(tmp_path):
    path = tmp_path / "cruft.txt"
    path.write_text("Skip to main content\nAdvertisement\nShare this article\nLeave a Reply\n")
    assert refusal(path) == "no readable text found"


def test_source_from_bytes_refuses_by_name():
    with pytest.raises(SourceError, match=r"^photo\.txt: the content is a PNG image, not text$"):
        source_from_bytes(PNG, "photo.txt")


def test_load_sources_keeps_going_after_a_bad_file(tmp_path, sample_path):
    good_one = tmp_path / "one.txt"
    good_one.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "picture.txt"
    bad.write_bytes(PNG)
    sample = tmp_path / "sample.txt"
    shutil.copy(sample_path, sample)
    sources, failures = load_sources([good_one, bad, sample, tmp_path / "gone.md"])
    assert [s.path for s in sources] == [str(good_one), str(sample)]
    assert [os.path.basename(f.path) for f in failures] == ["picture.txt", "gone.md"]
    assert "picture.txt" in failures[0].message and "PNG image" in failures[0].message
    assert failures[1].message.endswith("gone.md: file not found")


def test_user_file_is_not_modified(tmp_path, sample_path):
    copy = tmp_path / "sample.txt"
    shutil.copy(sample_path, copy)
    before = (copy.read_bytes(), copy.stat().st_mtime_ns)
    load_source(copy)
    assert (copy.read_bytes(), copy.stat().st_mtime_ns) == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=600),
        st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.text(max_size=200).map(lambda t: f"<html><body><p>{t}</p></body></html>".encode()),
    ),
    st.sampled_from(["a.txt", "a.md", "a.html", "a.docx", "a.pdf"]),
)
def test_any_bytes_give_a_source_or_a_source_error(data, name):
    try:
        source = source_from_bytes(data, name)
    except SourceError as exc:
        assert str(exc).startswith(f"{name}: ") and "\n" not in str(exc)
        return
    assert all(source.text[p.start : p.end].strip() for p in source.paragraphs)


def test_load_sources_hands_back_the_original_bytes_of_what_loaded(tmp_path, sample_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    originals: dict[str, bytes] = {}
    sources, failures = load_sources([sample_path, bad], originals=originals)
    assert len(sources) == 1 and len(failures) == 1
    assert originals == {sources[0].id: sample_path.read_bytes()}


def test_our_own_bugs_are_not_dressed_up_as_unreadable_files(tmp_path, monkeypatch):
    from briefing_app.ingest import text

    path = tmp_path / "a.txt"
    path.write_text("Some text that is fine.", encoding="utf-8")

    def buggy(data, name):
        return None.blocks  # an AttributeError: a bug in a loader, not a bad file

    monkeypatch.setattr(text, "load", buggy)
    with pytest.raises(AttributeError):
        load_source(path)

    def choking(data, name):
        raise RecursionError("maximum recursion depth exceeded")  # hostile nesting

    monkeypatch.setattr(text, "load", choking)
    with pytest.raises(SourceError, match=r"a\.txt: cannot be read \(RecursionError\)"):
        load_source(path)
