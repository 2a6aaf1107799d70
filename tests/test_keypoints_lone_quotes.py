"""Key points: a lone quotation (a speaker's words no other source states, with no figure, no
date and no disaster striking in them) ranks below a plain telling of what was done; a
quotation giving a figure, one another source states too, and every sentence of a single
source read alone keep their rank.

Invented sentences and event sets (names and bodies are made up); entities labelled by hand.
"""

from __future__ import annotations

import pytest
from test_keypoints_round5 import _combine, _source

from briefing_app.analysis.quoted import bare_quote


@pytest.mark.parametrize(
    "text",
    [
        "“The sailors and airmen of our task force are professionals, dedicated to serving our "
        "partners,” said Colonel Tomas Brell.",
        '"The Kestrel Navy takes COVID-19 safety seriously and is fully complying with the '
        "island's requirements,\" said Captain Ilsa Varn.",
        "“We will do all we can to assist the officials of Marden,” the minister said.",
    ],
)
def test_a_bare_quotation_is_told_apart(text):
    assert bare_quote(text)


@pytest.mark.parametrize(
    "text",
    [
        "“The flood in Marden has destroyed 4,000 homes,” said Foreign Minister Ode Parr.",
        "“Our team reached the port on 12 May,” said Captain Ilsa Varn.",
        "“The earthquake that struck Marden has flattened whole villages,” said the governor.",
        "The Kestrel Navy delivered tents and water to the harbour of Marden on Tuesday.",
        "Officials said the “temporary” bridge would stay open until the spring.",
    ],
)
def test_a_quotation_with_a_figure_a_blow_or_no_quotation_is_kept(text):
    assert not bare_quote(text)


_NAMES = [
    ("Marden", "GPE"),
    ("Kestrel", "GPE"),
    ("Kestrel Navy", "ORG"),
    ("Tomas Brell", "PERSON"),
    ("Orsk", "GPE"),
]
_PRAISE = (
    "“The sailors, airmen and marines of our task force are professionals, dedicated to "
    "serving the people of Marden and Kestrel as the partner of choice,” said Tomas Brell.\n"
)
_SHIP = "The Kestrel Navy supply ship reached the harbour of Marden with tents and water.\n"


def _navy(quote: str):
    return _source(
        "The Kestrel Navy sent a task force of Kestrel sailors to Marden after the storm.\n"
        + quote
        + _SHIP,
        _NAMES,
        "navy",
    )


def _other():
    return _source(
        "Orsk opened two shelters in Marden for families who lost their homes.\n"
        "Schools in Orsk collected blankets for the shelters.\n",
        _NAMES,
        "orsk",
    )


def _texts(analysis) -> list[str]:
    return [p.text for p in analysis.key_points]


def test_a_lone_quotation_yields_to_what_the_ship_delivered():
    texts = _texts(_combine(_navy(_PRAISE), _other(), top_n=3))
    assert any("supply ship" in t for t in texts), texts
    assert not any("professionals" in t for t in texts), texts


def test_a_single_source_keeps_its_quotations():
    # the same five sentences as the two sources above, in one source: more sentences than
    # key points, so the quotation keeps its place only by keeping its rank
    alone = _source(
        "The Kestrel Navy sent a task force of Kestrel sailors to Marden after the storm.\n"
        + _PRAISE
        + _SHIP
        + "Orsk opened two shelters in Marden for families who lost their homes.\n"
        "Schools in Orsk collected blankets for the shelters.\n",
        _NAMES,
        "navy",
    )
    texts = _texts(_combine(alone, top_n=3))
    assert any("professionals" in t for t in texts), texts
