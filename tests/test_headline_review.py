"""Review of the headline kept in the text: invented pages in the shapes real pages take.

The headline is the text's first paragraph (kind heading); the analysis reads it for actors
under strict rules. These cases attack the rules with headlines a reviewer wrote: a name the
body also writes is one actor with evidence in both, title-case prepositions are no piece of a
place's name, a headline's title-case verb does not hide a titled name the body shortens.
The people and places are invented, or real places the gazetteer knows.
"""

from __future__ import annotations

import itertools

import pytest
from test_headline_actors import _analysis

COSTA_BODY = (
    "The interior minister toured the flooded districts near the river on Tuesday.\n\n"
    "Costa said the government would release emergency funds this week and promised more "
    "help for farmers."
)


def _evidence(src, analysis, name: str) -> list[tuple[str, bool]]:
    """The actor's evidence as (text, inside the headline) pairs."""
    [actor] = [a for a in analysis.actors if a.name == name]
    head = src.paragraphs[0]
    return [(src.text[e.start : e.end], e.start < head.end) for e in actor.evidence]


# ---- a name the body also writes: one actor, evidence in the heading and the body -------------


def test_a_headline_name_the_body_writes_in_full_is_one_actor_with_evidence_in_both():
    text = (
        "Minister Ana Costa Visits Flood-Hit Towns\n\n"
        "Interior minister Ana Costa toured the flooded districts on Tuesday.\n\n"
        "Costa said the government would release emergency funds this week."
    )
    src, analysis = _analysis(text, [("Ana Costa", "PERSON"), ("Costa", "PERSON")])
    assert [a.name for a in analysis.actors if "Costa" in a.name] == ["Ana Costa"]
    evidence = _evidence(src, analysis, "Ana Costa")
    assert ("Ana Costa", True) in evidence  # the headline's
    assert ("Ana Costa", False) in evidence and ("Costa", False) in evidence  # the body's


def test_a_body_organisation_in_a_title_case_headline_has_its_evidence_there_too():
    text = (
        "Kelvo Relief Board Warns Of Hunger Across Valleys\n\n"
        "The Kelvo Relief Board said on Monday that thousands of families faced hunger.\n\n"
        "The board said it needed more money to feed them through the lean season."
    )
    src, analysis = _analysis(text, [("Kelvo Relief Board", "ORG")])
    assert ("Kelvo Relief Board", True) in _evidence(src, analysis, "Kelvo Relief Board")


def test_a_titled_headline_name_the_body_shortens_survives_a_title_case_verb_after_it():
    # "Minister Ana Costa Visits ...": a title before, the body's "Costa" after: the name ends
    # at "Costa" though a capitalised word follows it in the headline
    src, analysis = _analysis(
        f"Minister Ana Costa Visits Flood-Hit Towns\n\n{COSTA_BODY}",
        [("Ana Costa", "PERSON"), ("Costa", "PERSON")],
    )
    assert [a.name for a in analysis.actors if "Costa" in a.name] == ["Ana Costa"]
    assert ("Ana Costa", True) in _evidence(src, analysis, "Ana Costa")


def test_near_miss_an_untitled_title_case_phrase_ending_in_a_body_surname_is_no_person():
    # no title before it and a title-case word after it: "Harbour Costa" may be a bridge's
    # name, the model's guess at a headline's capitals
    text = f"Harbour Costa Bridge Reopens After Floods\n\n{COSTA_BODY}"
    _, analysis = _analysis(text, [("Harbour Costa", "PERSON"), ("Costa", "PERSON")])
    assert "Harbour Costa" not in [a.name for a in analysis.actors]


def test_near_miss_a_rank_the_body_writes_before_names_is_no_body_name_in_the_headline():
    # the body's "Airman 1st Class Ola Brenn": "Airman" is a rank there, not a name the
    # headline shares with the body
    text = (
        "Mobility Airman recalls first relief mission\n\n"
        "Airman 1st Class Ola Brenn, a loadmaster, was on alert at the base in September.\n\n"
        "Brenn said the crew flew water and generators to the island within a day."
    )
    _, analysis = _analysis(text, [("Airman", "PERSON"), ("Ola Brenn", "PERSON")])
    assert "Airman" not in [a.name for a in analysis.actors]


# ---- a title-case preposition is no piece of a place's name ----------------------------------


def test_a_known_place_after_a_title_case_preposition_is_an_actor():
    for headline in (
        "Floods Force Thousands From Homes In Portugal",
        "Relief Convoys Reach Stranded Families In Mozambique",
    ):
        place = "Portugal" if "Portugal" in headline else "Mozambique"
        _, analysis = _analysis(f"{headline}\n\n{COSTA_BODY}", [(place, "GPE")])
        assert (place, "place") in [(a.name, a.type) for a in analysis.actors], headline


def test_near_miss_a_place_cut_from_a_longer_name_still_gives_nothing():
    # "DR" is no function word and the text never writes it in lower case
    _, analysis = _analysis(
        f"Floods In DR Congo Displace Thousands\n\n{COSTA_BODY}", [("Congo", "GPE")]
    )
    assert "Congo" not in [a.name for a in analysis.actors]


# ---- ingest: every shape a headline takes at the top of a page ------------------------------

HEADLINE = "Council to raise coastal flood defences before winter"
PARAS = [
    "The regional council said on Tuesday that flood defences along the northern coast would "
    "be raised by two metres before winter.",
    "Engineers from the water board began surveying the sea wall at Harlow Point this week, "
    "the council said.",
    "Residents were told to expect road closures while the work is done.",
]
STORY = "\n\n".join(PARAS)


def _word(path, first_style: str | None, core_title: str = "") -> None:
    import docx

    doc = docx.Document()
    doc.core_properties.title = core_title
    doc.add_paragraph(HEADLINE, style=first_style)
    for p in PARAS:
        doc.add_paragraph(p)
    doc.save(path)


def _pdf(path) -> None:
    import textwrap

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(50, 800, HEADLINE)
    page.setFont("Helvetica", 10)
    y = 770
    for p in PARAS:
        for line in textwrap.wrap(p, 90):
            page.drawString(50, y, line)
            y -= 14
        y -= 10
    page.save()


def _html(h1: str, title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html><head><title>{title}</title></head><body><nav><a>Home</a> &gt; <a>News</a>"
        f"</nav><article><h1>{h1}</h1>{body}</article></body></html>"
    )


SHAPES = {
    "plain": ("txt", f"{HEADLINE}\n\n{STORY}"),
    "repeated twice": ("txt", f"{HEADLINE}\n\n{HEADLINE}\n\n{STORY}"),
    "wrapped at a word in lower case": (
        "txt",
        "Council to raise coastal flood\ndefences before winter\n\n" + STORY,
    ),
    "breadcrumb above": ("txt", f"Home > News > Environment\n\n{HEADLINE}\n\n{STORY}"),
    "all capitals": ("txt", f"{HEADLINE.upper()}\n\n{STORY}"),
    "site name after a bar": ("txt", f"{HEADLINE} | Coastal Herald\n\n{STORY}"),
    "markdown": ("md", f"# {HEADLINE}\n\n{STORY}\n"),
    "html, title and h1 differ": ("html", _html(HEADLINE, "Flood defences | Coastal Herald")),
    "html, h1 wrapped by a break": (
        "html",
        _html("Council to raise coastal<br>flood defences before winter", HEADLINE),
    ),
    "word, Title style": ("docx", "Title"),
    "word, Heading 1 style": ("docx", "Heading 1"),
    "pdf": ("pdf", ""),
}


def _load_shape(tmp_path, shape: str):
    from briefing_app.ingest import load_source

    kind, content = SHAPES[shape]
    path = tmp_path / f"page.{kind}"
    if kind == "docx":
        _word(path, content)
    elif kind == "pdf":
        _pdf(path)
    else:
        path.write_text(content, encoding="utf-8")
    return load_source(path)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_the_headline_is_the_texts_first_heading_once_and_nothing_of_the_story_is_lost(
    tmp_path, shape
):
    src = _load_shape(tmp_path, shape)
    headline = HEADLINE.upper() if shape == "all capitals" else HEADLINE
    assert src.title == headline
    first = src.paragraphs[0]
    assert first.kind == "heading"
    assert src.text[first.start : first.end].startswith(headline)
    assert src.text.count(headline) == 1
    for p in PARAS:  # the story whole, each paragraph its own
        assert p in [src.text[q.start : q.end] for q in src.paragraphs]
    # the paragraphs' offsets slice the text: each one, the separators between them
    assert [src.text[p.start : p.end] for p in src.paragraphs] == src.text.split("\n\n")


def test_near_miss_a_by_line_or_a_sentence_in_lower_case_under_a_headline_is_not_its_end():
    from briefing_app.ingest.load import source_from_text

    src = source_from_text(f"{HEADLINE}\n\nby Jane Roe\n\n{STORY}")
    assert src.title == HEADLINE
    src = source_from_text(f"{HEADLINE}\n\nthe council said so on Tuesday.\n\n{STORY}")
    assert src.title == HEADLINE
    assert "the council said so on Tuesday." in src.text


def test_a_word_documents_own_title_outranks_its_first_heading(tmp_path):
    from briefing_app.ingest import load_source

    _word(tmp_path / "memo.docx", "Heading 1", core_title="Coastal defences memo")
    src = load_source(tmp_path / "memo.docx")
    assert src.title == "Coastal defences memo"
    assert src.text.startswith(HEADLINE)  # the heading stays the text's first paragraph


def test_a_headline_the_picker_turned_down_but_titling_the_text_is_read_as_its_heading():
    # the first line made the title by the fallback (its stamp in brackets beside it): it
    # is the headline, read under the headline's rules, not a body line of title-case junk
    text = (
        "Minister Stresses Need For Calm (March 23, 2031)\n\n"
        "Officials said the situation was being watched closely as the week went on.\n\n"
        "Relief teams reached several villages on Tuesday, a spokesperson said."
    )
    src, analysis = _analysis(text, [("Stresses Need", "PERSON"), ("Calm", "PERSON")])
    assert src.title == "Minister Stresses Need For Calm (March 23, 2031)"
    assert src.paragraphs[0].kind == "heading"
    assert src.text.count("Minister Stresses") == 1
    assert analysis.actors == []


def test_near_miss_a_first_line_that_is_a_sentence_stays_text():
    from briefing_app.ingest.load import source_from_text

    src = source_from_text(
        "The council met on Tuesday to discuss the sea wall.\n\n"
        "Engineers said the work would take two years."
    )
    assert src.paragraphs[0].kind != "heading"


def test_near_miss_a_pictures_label_in_lower_case_under_a_headline_is_not_its_end():
    from briefing_app.ingest.load import source_from_text

    for label, times in (("site image", 1), ("kelvo herald", 3)):
        pictures = "\n\n".join(f"{label}\n\n{n} / 3 Show Caption" for n in range(1, times + 1))
        src = source_from_text(f"{HEADLINE}\n\n{pictures}\n\n{STORY}")
        assert src.title == HEADLINE, label


# ---- downstream: annotations, save and reopen, export, projects saved before the headline ----

NOTE_TEXT = (
    "Minister Ana Costa visits flood-hit towns in Kelvo\n\n"
    "Interior minister Ana Costa toured the flooded districts of Kelvo on Tuesday, three days "
    "after the river burst its banks.\n\n"
    "Costa said the government would release emergency funds this week and promised more help "
    "for farmers who lost their harvest."
)


def test_a_note_on_the_headline_survives_save_and_reopen_and_export_lists_the_source_once(
    tmp_path,
):
    import docx
    import pypdf

    from briefing_app.workspace import Workspace, annotating, project

    ws = Workspace()
    src = ws.add_text(NOTE_TEXT)
    ws.analyze()
    head = src.paragraphs[0]
    assert head.kind == "heading"
    note = annotating.add_annotation(
        ws, src.id, head.start, head.end, colour="yellow", comment="who is she?"
    )
    project.save(ws, tmp_path / "note.briefing")
    again = project.open_project(Workspace, tmp_path / "note.briefing", lock=False)
    [kept] = again.annotations
    assert (kept.start, kept.end, kept.comment) == (note.start, note.end, "who is she?")
    assert again.sources[0].text[kept.start : kept.end] == src.title
    again.export(tmp_path / "note.docx", comments=False)
    again.export(tmp_path / "note.pdf", comments=False)
    document = docx.Document(str(tmp_path / "note.docx"))
    cited = [p.text for p in document.paragraphs if "Accessed" in p.text or "“" in p.text]
    assert sum(p.count(src.title) for p in cited) == 1, cited
    pdf = "".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "note.pdf").pages)
    listed = pdf[pdf.rfind("Sources") :] if "Sources" in pdf else pdf
    assert " ".join(listed.split()).count(" ".join(src.title.split())) == 1


def test_a_project_saved_before_the_headline_was_kept_reopens_with_its_text_unchanged(tmp_path):
    # its source's text starts with the story (the headline was the title alone): reopening
    # reads the saved text back, re-ingests nothing, and keeps the notes on the same words
    import dataclasses

    from briefing_app.model import Paragraph
    from briefing_app.workspace import Workspace, annotating, project

    ws = Workspace()
    src = ws.add_text(NOTE_TEXT)
    cut = src.paragraphs[1].start
    old = dataclasses.replace(
        src,
        text=src.text[cut:],
        model_text=src.text_for_model[cut:],
        paragraphs=[Paragraph(p.start - cut, p.end - cut, p.kind) for p in src.paragraphs[1:]],
    )
    ws.sources = [old]
    at = old.text.index("flooded districts")
    annotating.add_annotation(ws, old.id, at, at + len("flooded districts"))
    project.save(ws, tmp_path / "old.briefing")
    again = project.open_project(Workspace, tmp_path / "old.briefing", lock=False)
    [reopened] = again.sources
    assert reopened.text == old.text and reopened.title == src.title
    assert [p.kind for p in reopened.paragraphs] == [p.kind for p in old.paragraphs]
    [note] = again.annotations
    assert reopened.text[note.start : note.end] == "flooded districts"


def test_a_name_recalled_where_the_model_missed_it_is_one_span_not_a_name_and_its_surname():
    # the model labelled "Ana Costa" once: a later "Ana Costa" it missed (as in a title-case
    # headline, where it labels little) is recalled once, not also as "Costa" inside it
    from briefing_app.analysis import combine
    from briefing_app.analysis.extract import SourceAnalysis
    from briefing_app.ingest.load import source_from_text

    src = source_from_text(
        "Ana Costa said the funds would come this week.\n\n"
        "Costa said schools would reopen soon.\n\n"
        "On Friday the minister Ana Costa left for the capital."
    )
    text = src.text
    first, lone = text.index("Ana Costa"), text.index("Costa said schools")
    labels = [(first, first + 9, "PERSON"), (lone, lone + 5, "PERSON")]
    analysis = combine([src], [SourceAnalysis(src.id, "t", [(0, len(text))], labels)])
    [costa] = analysis.actors
    spans = sorted((e.start, e.end) for e in costa.evidence)
    assert all(b[0] >= a[1] for a, b in itertools.pairwise(spans)), spans
    last = text.rindex("Ana Costa")
    assert (last, last + 9) in spans


def test_a_sections_heading_further_down_is_none_of_the_headline(tmp_path):
    # "## Kelvo", "## Kelvo floods" repeat words of the title: a section's headings, not the
    # headline (whose rules would drop their names and dates)
    from briefing_app.analysis.lines import line_map
    from briefing_app.ingest import load_source

    page = tmp_path / "report.md"
    page.write_text(
        "# Kelvo floods: situation report\n\n"
        "The river rose again overnight and relief teams reached the northern villages.\n\n"
        "## Kelvo\n\nThe water board said the dam was holding.\n\n"
        "## Kelvo floods\n\nMore rain is expected.\n",
        encoding="utf-8",
    )
    src = load_source(page)
    lines = line_map(src)
    tops = [lines.in_headline(src, p.start) for p in src.paragraphs if p.kind == "heading"]
    assert tops == [True, False, False]
