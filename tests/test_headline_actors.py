"""The headline stays in the text as its heading, and names actors under strict rules.

A statement's headline often names its speaker in full ("Statement by Ambassador Tomas Brel
on ...") while the body only says "the Ambassador". Title-case headline text is also the
classic source of junk actors, so a heading's mention counts only with structural evidence.
The people, bodies and headlines are invented; the places are real (the gazetteer knows them).
"""

from __future__ import annotations

import re

from briefing_app.analysis import combine
from briefing_app.analysis.extract import SourceAnalysis
from briefing_app.ingest import load_source
from briefing_app.ingest.load import source_from_text

BODY = (
    "The Ambassador said the floods had destroyed more than two thousand homes in the "
    "northern valleys this week.\n\n"
    "Relief teams from the capital reached the worst hit villages on Tuesday, he said."
)


def _labelled(source, labels: list[tuple[str, str]]) -> SourceAnalysis:
    """The source's entities given by hand (every occurrence), sentences by their stops."""
    text = source.text
    entities: list[tuple[int, int, str]] = []
    for surface, label in sorted(labels, key=lambda x: -len(x[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not any(m.start() < e and s < m.end() for s, e, _ in entities):
                entities.append((m.start(), m.end(), label))
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)]
    sentences = [(s + (len(text[s:e]) - len(text[s:e].lstrip())), e) for s, e in sentences]
    return SourceAnalysis(source.id, "test", sentences, sorted(entities))


def _analysis(text: str, labels: list[tuple[str, str]]):
    src = source_from_text(text)
    return src, combine([src], [_labelled(src, labels)])


def _names(analysis) -> dict[str, str]:
    return {a.name: a.type for a in analysis.actors}


# ---- ingest: the headline is the text's first paragraph, a heading ---------------------------


def test_the_headline_taken_from_the_body_stays_as_its_first_heading_paragraph():
    headline = "Statement by Ambassador Tomas Brel on the floods in Kelvo"
    src = source_from_text(f"{headline}\n\n{BODY}")
    assert src.title == headline
    first = src.paragraphs[0]
    assert (first.kind, src.text[first.start : first.end]) == ("heading", headline)
    assert src.text.count(headline) == 1  # never twice
    assert src.paragraphs[1].kind == "lead"  # the first body paragraph is still the lead


def test_a_page_title_the_body_repeats_is_kept_once_as_the_heading(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Minister Ola Brenn visits Kelvo</title></head><body><article>"
        "<h1>Minister Ola Brenn visits Kelvo</h1>"
        f"<p>{BODY.split(chr(10))[0]}</p><p>{BODY.split(chr(10))[-1]}</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    src = load_source(page)
    assert src.title == "Minister Ola Brenn visits Kelvo"
    assert src.text.startswith("Minister Ola Brenn visits Kelvo\n\n")
    assert src.paragraphs[0].kind == "heading"
    assert src.text.count("Ola Brenn") == 1


def test_a_page_title_from_metadata_alone_adds_no_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Minister Ola Brenn visits Kelvo</title></head><body><article>"
        f"<p>{BODY.split(chr(10))[0]}</p><p>{BODY.split(chr(10))[-1]}</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    src = load_source(page)
    assert src.title == "Minister Ola Brenn visits Kelvo"
    assert "Ola Brenn" not in src.text
    assert src.text.startswith("The Ambassador said")


def test_a_headline_alone_is_still_refused_as_no_text():
    # a page of one headline line and nothing under it has no story to analyse
    src = source_from_text("Statement by Ambassador Tomas Brel")
    assert src.text == "Statement by Ambassador Tomas Brel"  # a pasted note keeps its line


# ---- analysis: strict rules for a heading's mentions -----------------------------------------


def test_a_person_named_by_title_after_by_in_the_headline_is_an_actor():
    text = f"Statement by Ambassador Tomas Brel on the floods in Kelvo\n\n{BODY}"
    src, analysis = _analysis(text, [("Tomas Brel", "PERSON")])
    actors = _names(analysis)
    assert actors.get("Tomas Brel") == "person"
    brel = next(a for a in analysis.actors if a.name == "Tomas Brel")
    ev = brel.evidence[0]
    assert src.text[ev.start : ev.end] == "Tomas Brel"
    assert ev.start < src.paragraphs[0].end  # the evidence points at the heading


def test_a_guest_named_after_with_and_a_title_is_an_actor():
    text = (
        "Joint media statement with Veldrian Foreign Minister Ola Brenn, Ministry of Foreign "
        f"Affairs, Jakarta\n\n{BODY}"
    )
    _, analysis = _analysis(
        text,
        [("Ola Brenn", "PERSON"), ("Ministry of Foreign Affairs", "ORG"), ("Jakarta", "GPE")],
    )
    actors = _names(analysis)
    assert actors.get("Ola Brenn") == "person"
    assert actors.get("Ministry of Foreign Affairs") == "organization"
    assert actors.get("Jakarta") == "place"


def test_near_miss_title_case_headline_words_give_no_actors():
    for headline, labels in [
        ("Storm Warning Issued For Coastal Towns", [("Coastal Towns", "ORG")]),
        ("Pressure Mounts On Smith Family Business", [("Smith Family Business", "ORG")]),
        ("Women's Health Key to Kelvo's Future, Relief Leader Stresses", [("Stresses", "PERSON")]),
        ("Minister Signs Storm Pact", [("Signs Storm Pact", "PERSON")]),
        ("Talks With Harbour Board Chief Bring Deal", [("Chief Bring Deal", "PERSON")]),
    ]:
        _, analysis = _analysis(f"{headline}\n\n{BODY}", labels)
        assert not analysis.actors, (headline, _names(analysis))


def test_near_miss_a_name_whose_word_the_text_writes_lower_case_is_no_person():
    body = BODY + "\n\nThe minister signs the pact next week."
    _, analysis = _analysis(
        f"Statement by Minister Signs Pact\n\n{body}", [("Signs Pact", "PERSON")]
    )
    assert not analysis.actors


def test_key_points_never_take_the_headline():
    text = f"Statement by Ambassador Tomas Brel on the floods in Kelvo\n\n{BODY}"
    src, analysis = _analysis(text, [("Tomas Brel", "PERSON")])
    assert analysis.key_points
    for point in analysis.key_points:
        assert "Statement by" not in point.text
        assert all(ev.start >= src.paragraphs[0].end for ev in point.evidence)


def test_a_full_name_whose_surname_the_body_writes_is_an_actor():
    # no title or "by" before it, but the body speaks of "Brel": the headline's full name
    text = (
        "Tomas Brel opens the Kelvo flood centre\n\n"
        "Brel said the centre would house the relief teams until the water falls.\n\n"
        "The teams reached the northern valleys on Tuesday."
    )
    _, analysis = _analysis(text, [("Tomas Brel", "PERSON"), ("Brel", "PERSON")])
    brel = [a for a in analysis.actors if "Brel" in a.name]
    assert [a.name for a in brel] == ["Tomas Brel"]


def test_near_miss_a_place_qualifying_a_title_or_cut_from_a_longer_name_is_left_out():
    for headline, labels in [
        ("Interview with U.S. Secretary of State", [("U.S.", "GPE")]),
        ("Comment by UN Relief Chief on the floods", [("UN", "ORG")]),
        ("DR Congo: relief reaches the valleys", [("Congo", "GPE")]),
    ]:
        _, analysis = _analysis(f"{headline}\n\n{BODY}", labels)
        assert not analysis.actors, (headline, _names(analysis))


def test_a_country_named_in_the_headline_is_an_actor():
    _, analysis = _analysis(f"Statement on Lebanon by the envoy\n\n{BODY}", [("Lebanon", "GPE")])
    assert _names(analysis).get("Lebanon") == "place"


def test_a_date_in_the_headline_gives_no_timeline_entry():
    text = f"Floods update – 20 Feb\n\n{BODY}"
    src, analysis = _analysis(text, [])
    assert all(ev.start >= src.paragraphs[0].end for d in analysis.dates for ev in d.evidence)


def test_the_place_of_a_releases_dated_header_line_is_an_actor():
    text = (
        "Kelvo sanctions harbour officials\n\n"
        "Kelvo imposes sanctions on harbour officials\n\n"
        "March 3, 2031 – Ottawa, Ontario – Kelvo Relief Office\n\n"
        f"{BODY}"
    )
    _, analysis = _analysis(text, [("Ottawa", "GPE"), ("Ontario", "GPE")])
    actors = _names(analysis)
    assert actors.get("Ottawa") == actors.get("Ontario") == "place"


def test_near_miss_a_header_line_without_a_day_or_a_known_place_gives_nothing():
    for line, label in [
        ("Harbour News – Ottawa – Kelvo Relief Office", "Ottawa"),  # no day
        ("March 3, 2031 – Brightwater – Kelvo Relief Office", "Brightwater"),  # unknown
    ]:
        text = f"Kelvo sanctions harbour officials\n\n{line}\n\n{BODY}"
        _, analysis = _analysis(text, [(label, "GPE")])
        assert not analysis.actors, (line, _names(analysis))


def test_near_miss_a_rank_the_body_writes_before_names_is_no_surname():
    text = (
        "Harbour Airman recalls first relief mission\n\n"
        "Airman 1st Class Ola Brenn loaded the relief flight to Kelvo on Monday.\n\n"
        "The crew flew two missions that week, the Airman said."
    )
    _, analysis = _analysis(
        text, [("Harbour Airman", "PERSON"), ("Airman", "PERSON"), ("Ola Brenn", "PERSON")]
    )
    assert "Harbour Airman" not in _names(analysis)
