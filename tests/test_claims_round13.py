"""Key points, thirteenth round: a fact sheet's highlights, list items written as whole
sentences without a final stop ("• Heavy rains disrupt spraying in the north"), may be key
points like any body sentence; headings, link lists, banners and a cut copy's last line stay
out. Invented texts with made-up places; entities labelled by hand."""

from __future__ import annotations

import re

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.extract import SourceAnalysis
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.highlights import highlight
from briefing_app.analysis.keypoints import candidates

_PLACES = [("Veloria", "GPE"), ("Marden", "GPE"), ("Orsk", "GPE"), ("Kestrel Aid", "ORG")]


def _source(text: str, sid: str):
    """``labelled`` with one sentence per line piece: a stop ends a sentence, so does a line's
    end (a list item without a stop is a piece of its own, as the model cuts it)."""
    source, sa = labelled(text, _PLACES, sid)
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        for m in re.finditer(r"[^\s•][^\n]*?(?:[.!?](?=\s|$)|$)", line.group()):
            spans.append((line.start() + m.start(), line.start() + m.end()))
    return source, SourceAnalysis(sid, "test", spans, sa.entities)


def _texts(text: str) -> list[str]:
    source, sa = _source(text, "a")
    return [s.text for s in candidates([source], [sa.sentences], [[]], gazetteer())]


_SHEET = (
    "Veloria - Locust Crisis, Fact Sheet #2\n"
    "\n"
    "  • Heavy rains disrupt spraying operations and support new breeding in Veloria and Marden\n"
    "\n"
    "  • Ground teams treat 40,000 hectares in four districts, guarding the spring harvest\n"
    "\n"
    "Spraying teams in Orsk reported that swarms had crossed the river during the night.\n"
    "The ministry said that more aircraft would arrive from the coast next week.\n"
)


def test_fact_sheet_highlights_are_candidates():
    texts = _texts(_SHEET)
    assert any(t.startswith("Heavy rains disrupt spraying") for t in texts), texts
    assert any(t.startswith("Ground teams treat 40,000") for t in texts), texts


def test_highlight_can_be_a_key_point_citing_another_source():
    a = _source(_SHEET, "a")
    b = _source(
        "Officials in Veloria said heavy rains disrupt spraying operations and support new "
        "breeding across the plains.\n"
        "The harvest festival in Marden drew large crowds of visitors from the coast.\n",
        "b",
    )
    analysis = combine([a[0], b[0]], [a[1], b[1]])
    found = [p for p in analysis.key_points if p.text.startswith("Heavy rains disrupt")]
    assert found, [p.text for p in analysis.key_points]


def test_near_misses_stay_out():
    page = (
        "News and updates\n"
        "\n"
        "  • Latest Releases From The Ministry Of Agriculture And Rural Development\n"
        "  • PRESS RELEASE : Minister visits the flooded districts of Veloria [March 2026]\n"
        "  • RELIEF OPERATIONS CONTINUE ACROSS THE NORTHERN DISTRICTS OF VELORIA\n"
        "  • Kestrel Aid, Veloria Red Shield, Marden Relief Fund, Orsk Water Board\n"
        "\n"
        "Spraying teams in Orsk reported that swarms had crossed the river during the night.\n"
        "  • The ministry will send more aircraft to the coast to support the spraying teams\n"
    )
    texts = _texts(page)
    assert texts == [
        "Spraying teams in Orsk reported that swarms had crossed the river during the night."
    ], texts


def test_highlight_shape():
    text = "Intro line.\n  • Teams treat the fields in the north every week\nMore text.\n"
    start = text.index("Teams")
    end = text.index("\nMore")
    assert highlight(text, start, end)
    # not the whole item, a sentence with its stop, or an item with no bullet: no highlight
    assert not highlight(text, start, end - 5)
    plain = "Intro line.\nTeams treat the fields in the north every week\nMore text.\n"
    s = plain.index("Teams")
    assert not highlight(plain, s, plain.index("\nMore"))
    # the page's last line may be cut in mid-sentence
    last = "Intro line.\n  • Teams treat the fields in the north every week\n"
    assert not highlight(last, last.index("Teams"), len(last) - 1)


# ---- a lead hidden by its dateline -----------------------------------------------------


def _start(text: str) -> str:
    """The first sentence's words as the key points see them (``lead_start``)."""
    from briefing_app.analysis.furniture import after_bullet
    from briefing_app.analysis.lead_start import lead_start
    from briefing_app.analysis.lines import sentence_start

    at = lead_start(text, 0, after_bullet(text, sentence_start(text, 0)))
    return text[at:]


def test_dateline_shapes_are_cut_off_the_lead():
    lead = "The Board approved a grant of $30 million for Veloria."
    for opener in (
        "**MARDEN, June 4, 2031 — **",  # a web page's emphasis kept as text
        "Marden, 4 June 2031 -",  # a dash touching the first word
        "MARDEN--",  # a wire's double hyphen touching both words
        "Marden, Orsk Prov., June 4 (Kestrel Press)--",
        "(Marden, Orsk) –",  # a place in brackets
        "(June 4, 2031) ",  # a date in brackets
        "4 June 2031 - Marden, 4 June 2031 - ",  # a listing's date before the dateline
        "  • 4 June 2031 - ",  # a listed item with its date
    ):
        assert _start(opener + lead) == lead, opener


def test_near_misses_keep_their_start():
    for text in (
        "Then—The Board approved a grant of $30 million for Veloria.",  # no dateline
        "Ho Chi Minh—The Board approved a grant.",  # a place in title case, no date
        "(Kestrel Aid and the Orsk Water Board) say the wells are dry.",  # a subject
        "Well-known donors in Marden approved a grant of $30 million.",
    ):
        assert _start(text) == text, text
    # a sentence inside a paragraph keeps its start whatever precedes it
    from briefing_app.analysis.lead_start import lead_start

    text = "Rains fell. MARDEN--The Board met."
    at = text.index("MARDEN")
    assert lead_start(text, at, at) == at


# ---- a situation point does not swallow an act -----------------------------------------

_FILLER = (
    "Engineers in Marden will rebuild the old stone bridge over the river next spring.\n"
    "The harvest festival in Marden drew large crowds of visitors from the coast.\n"
    "Schools across the valley stayed closed while teachers counted their pupils.\n"
)


def _set(second: str):
    a = _source(
        "Veloria, Marden and Orsk are faced with a desert locust outbreak, with Veloria most "
        "affected.\n" + _FILLER,
        "a",
    )
    b = _source(
        second + "\nFishing boats in Orsk stayed in port for a third week of storms.\n", "b"
    )
    analysis = combine([a[0], b[0]], [a[1], b[1]])
    return [(p.text, sorted(p.sources)) for p in analysis.key_points]


def test_an_act_told_with_the_situation_stays_a_point_of_its_own():
    points = _set(
        "The board of Kestrel Aid approved a grant of $30 million to help Orsk respond to the "
        "desert locust outbreak."
    )
    assert any(t.startswith("The board of Kestrel Aid approved") for t, _ in points), points
    # and it still supports the situation's point
    outbreak = next(s for t, s in points if t.startswith("Veloria, Marden and Orsk"))
    assert outbreak == ["a", "b"], points


def test_a_retelling_of_the_situation_is_still_merged():
    points = _set(
        "Orsk is now also faced with the desert locust outbreak, with Orsk badly affected."
    )
    assert not any(t.startswith("Orsk is now also") for t, _ in points), points


def test_a_chronologys_dates_stay_with_their_items():
    # near miss (review13): a timeline of dated bullets; each date is its item's content, not a
    # dateline, so the point keeps it (one dated item alone is still cut: see above)
    text = (
        "Timeline of the outbreak:\n"
        "  • 12 March 2031 – The first case was confirmed in Marden.\n"
        "  • 14 March 2031 – Schools closed across Veloria.\n"
        "\n"
        "  • (20 March 2031) The borders with Orsk closed.\n"
    )
    from briefing_app.analysis.furniture import after_bullet
    from briefing_app.analysis.lead_start import lead_start
    from briefing_app.analysis.lines import sentence_start

    for item in ("12 March", "14 March", "(20 March"):
        at = text.index(item)
        plain = after_bullet(text, sentence_start(text, at))
        assert text[lead_start(text, at, plain) :].startswith(item), item


def test_a_bracketed_number_is_no_dated_line():
    for text in ("(Article 5) The Council approved the text.", "Section 12 -The Board met."):
        assert _start(text) == text, text


def test_lead_behind_a_marked_dateline_is_a_candidate():
    texts = _texts(
        "**MARDEN, June 4, 2031 — **The board of Kestrel Aid approved a grant of $30 million "
        "for Veloria.\n"
        "Spraying teams in Orsk reported that swarms had crossed the river during the night.\n"
    )
    assert texts[0].startswith("The board of Kestrel Aid approved"), texts
