"""Key points, seventh round: the lead fact of a short statement framed as condolence, and a
headline kept by ingest as a paragraph of kind "heading" that never becomes a point.

Invented event sets (places, bodies and people are made up); entities are labelled by hand as
the small model labels them.
"""

from __future__ import annotations

from test_keypoints_round5 import _combine, _source

from briefing_app.analysis.giving import gives
from briefing_app.analysis.tolled import human_toll, tells_blow
from briefing_app.model import Paragraph

_PORT = [
    ("Sarnet", "GPE"),
    ("Valdoria", "GPE"),
    ("United Nations", "ORG"),
    ("European Union", "ORG"),
    ("Marden", "GPE"),
    ("Kestrel", "GPE"),
]
_FILLER = (
    "Engineers in Marden will rebuild the old stone bridge over the river next spring.\n"
    "The harvest festival in Marden drew large crowds of visitors from the coast.\n"
)


def _texts(analysis) -> list[str]:
    return [p.text for p in analysis.key_points]


# ---- a condolence that tells the blow, its place and its toll -------------------------------


def _statements():
    un = _source(
        "The United Nations expresses its deepest condolences to the families of the victims "
        "of the explosion in Sarnet today.\n"
        "The United Nations stands ready to support Valdoria at this difficult time.\n",
        _PORT,
        "un",
    )
    eu = _source(
        "Kestrel sends its heartfelt sympathies to all those who lost loved ones in the "
        "terrible blast in Sarnet.\n"
        "Kestrel is sending a team of 40 firefighters to Valdoria to help the rescue effort.\n"
        + _FILLER,
        _PORT,
        "eu",
    )
    return un, eu


def test_a_condolence_telling_the_blow_and_its_toll_words_the_lead_point_citing_both():
    analysis = _combine(*_statements())
    lead = [p for p in analysis.key_points if "explosion" in p.text or "blast" in p.text]
    assert len(lead) == 1, _texts(analysis)  # one point for the blow, not one a statement
    assert sorted(lead[0].sources) == ["eu", "un"], _texts(analysis)


def test_condolence_wording_alone_is_no_key_point():
    un = _source(
        "The United Nations offers its deepest condolences to the families and stands in "
        "solidarity with the people of Valdoria.\n"
        "The United Nations is sending 12 tonnes of medical supplies to hospitals in Sarnet.\n"
        + _FILLER,
        _PORT,
        "un",
    )
    analysis = _combine(un)
    assert not any("condolences" in t for t in _texts(analysis)), _texts(analysis)


def test_the_blow_told_without_a_toll_or_a_place_stays_a_sympathy():
    # near misses: the blow and a place but no toll ("all those affected"); a toll and a blow
    # but no place named; a figure of speech ("a storm of criticism")
    assert not tells_blow(
        "We extend our condolences to all those affected by the explosion in Sarnet.", True
    )
    assert not tells_blow("Our condolences to the families of the victims of the blast.", False)
    assert not tells_blow(
        "Our sympathies go to the victims of the storm of criticism that followed.", True
    )
    assert tells_blow("Our condolences to the victims of the blast in Sarnet.", True)


def test_human_toll_words():
    assert human_toll("the explosion that has taken many lives")
    assert human_toll("those who have lost loved ones")
    assert human_toll("the tragic loss of life in the floods")
    # near misses: condolences addressed to families, lives saved
    assert not human_toll("our condolences go to the families")
    assert not human_toll("rescuers worked to save lives in the rubble")


# ---- a headline kept as a paragraph of kind heading -------------------------------------------


def test_a_heading_paragraph_is_never_a_key_point_nor_the_bottom_line():
    head = "A powerful explosion tore through the port of Sarnet on Tuesday, killing dozens."
    body = (
        "Rescuers searched the rubble of the port of Sarnet through the night after the blast.\n"
        "The United Nations is sending 12 tonnes of medical supplies to hospitals in Sarnet.\n"
        + _FILLER
    )
    src, sa = _source(head + "\n\n" + body, _PORT, "a")
    src.paragraphs = [Paragraph(0, len(head), "heading")]
    pos = len(head) + 2
    for line in body.splitlines():
        src.paragraphs.append(Paragraph(pos, pos + len(line)))
        pos += len(line) + 1
    analysis = _combine((src, sa))
    everything = _texts(analysis) + [p.text for p in analysis.background] + [analysis.summary]
    assert analysis.key_points, "the body still gives points"
    assert not any("tore through" in t for t in everything), everything
    # near miss: the same sentence as a body paragraph is a point
    src.paragraphs[0] = Paragraph(0, len(head), "body")
    assert any("tore through" in t for t in _texts(_combine((src, sa))))


# ---- a sympathy that goes on to give ------------------------------------------------------------


def test_a_sympathy_that_goes_on_to_give_inside_a_relative_clause_is_a_point():
    gave = (
        "The mayor of Marden offered condolences to the families who lost loved ones and "
        "offered shelter to the survivors."
    )
    src = _source(gave + "\n" + _FILLER, _PORT, "a")
    assert any("offered shelter" in t for t in _texts(_combine(src)))


def test_a_sympathy_whose_bereaved_receive_or_are_given_help_is_no_point():
    for text in (
        "The mayor of Marden offered condolences to the families who lost loved ones and "
        "received shelter from their neighbours.",
        "The mayor of Marden offered condolences to the families who lost loved ones and were "
        "given shelter in the school.",
    ):
        src = _source(text + "\n" + _FILLER, _PORT, "a")
        assert not any("mayor" in t for t in _texts(_combine(src))), text


def test_gives_reads_the_verbs_of_giving_after_and():
    assert gives("Kestrel expressed its solidarity and has sent 40 firefighters to Sarnet.")
    assert not gives("Kestrel stands in solidarity with Sarnet and its people.")
    # giving a feeling again is no act
    assert not gives("The mayor expressed deep sympathy and extended his heartfelt condolences.")
