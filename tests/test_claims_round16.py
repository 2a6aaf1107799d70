"""Key points, round 16: a caption whose credit the clean text lost is never a key point.

Seen on three publishers (invented texts and names below): a line opening with where people
stand ("From left to right: A, B and C hold signed documents ... [credit]"; "Left: Major A
presents a gift ... His son, right, ..."), a sentence telling that people "pose for a group
photo", and a one-sentence line in the present passive of a picture ending with the day it was
taken ("The ruin of a mosque is seen in Talor on September 29, 2025." once the clean text has
dropped its "(Photo: Agency/Name)"). Each ranked high among the candidates, and two pages gave
one as their first key point.
"""

from __future__ import annotations

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import combine

NAMES = [
    ("Talor", "GPE"),
    ("Kestria", "GPE"),
    ("Orsk", "GPE"),
    ("Mara Tull", "PERSON"),
    ("Ivo Brenn", "PERSON"),
    ("Kestrian Red Cross", "ORG"),
]
BODY = (
    "The earthquake killed 212 people in Talor on Sunday, the government of Kestria said.\n\n"
    "Rescue teams from Orsk reached the villages north of Talor on Monday morning.\n\n"
    "The Kestrian Red Cross opened 14 shelters for 6,000 displaced people in Talor.\n"
)


def _points(text: str) -> list[str]:
    src, sa = labelled(text, NAMES)
    analysis = combine([src], [sa], top_n=3)
    return [p.text for p in analysis.key_points + analysis.background]


@pytest.mark.parametrize(
    "caption",
    [
        "From left to right: President Mara Tull, Minister Ivo Brenn and the envoy of Orsk hold "
        "the signed accord in the palace of Talor on Friday, August 8, 2025. [Kestria Palace]",
        "Left: Mara Tull presents a gift to the rescue teams of Orsk in Talor in March 2010, "
        "when she led the Kestrian Red Cross.",
        "L-R: Mara Tull and Ivo Brenn visit the damaged school in Talor with the governor.",
        "Pictured above: volunteers of the Kestrian Red Cross unload tents for the families.",
    ],
)
def test_a_line_opening_with_where_people_stand_is_never_a_point(caption: str):
    texts = _points(caption + "\n\n" + BODY)
    assert not any(caption.split(": ", 1)[1][:40] in t for t in texts)  # a point drops the label
    assert any("killed 212 people" in t for t in texts)


def test_every_sentence_of_a_line_opening_with_a_position_label_is_caption():
    texts = _points(
        "Left: Mara Tull presents a gift to the rescue teams of Orsk in Talor in March 2010. "
        "Her son, right, a pilot of the Kestrian Red Cross, stands with the crew of Orsk.\n\n"
        + BODY
    )
    assert not any("presents a gift" in t or "stands with the crew" in t for t in texts)


def test_people_posing_for_a_photo_is_a_caption():
    texts = _points(
        "Volunteers of the Kestrian Red Cross pose for a group photo with the rescue teams of "
        "Orsk at the airfield of Talor.\n\n" + BODY
    )
    assert not any("pose for a group photo" in t for t in texts)
    assert any("killed 212 people" in t for t in texts)


def test_a_one_line_present_passive_picture_ending_with_its_day_is_a_caption():
    texts = _points(
        "The ruin of a mosque damaged by the earthquake is seen in Talor, Kestria on "
        "September 29, 2025.\n\n" + BODY
    )
    assert not any("is seen in Talor" in t for t in texts)
    assert any("killed 212 people" in t for t in texts)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # no label and colon: "Left" and "Right" open ordinary sentences
        (
            "Left unchecked, the fires in Talor could spread to the villages of Orsk by Friday, "
            "Mara Tull warned.",
            "fires in Talor could spread",
        ),
        (
            "Right after the quake, the Kestrian Red Cross sent 40 nurses to Talor.",
            "sent 40 nurses",
        ),
        # "poses a threat" and "posed as" tell no picture
        (
            "The damaged dam above Talor poses a threat to 9,000 people, Kestria said.",
            "poses a threat",
        ),
        (
            "A man who posed as a rescuer was arrested in Talor on Tuesday, police said.",
            "posed as a rescuer",
        ),
        # "is seen as" judges; a past sentence ending with its day is a lead, not a caption
        (
            "The accord is seen as a step toward peace between Kestria and Orsk, Ivo Brenn said "
            "on August 8, 2025.",
            "step toward peace",
        ),
        (
            "A strong earthquake struck Talor, Kestria on September 28, 2025, the agency said.",
            "strong earthquake struck Talor",
        ),
        (
            "A strong earthquake is felt in Talor, Kestria on September 28, 2025.",
            "strong earthquake is felt",
        ),
        # a present passive with no day, and one inside a longer paragraph, stay
        (
            "Smoke is seen rising from the port of Talor, where 30 ships burned on Sunday.",
            "Smoke is seen rising",
        ),
        (
            "Heavy smoke is seen over the port of Talor on September 29, 2025. Firefighters "
            "from Orsk fought the blaze for nine hours.",
            "Heavy smoke is seen",
        ),
    ],
)
def test_near_misses_ordinary_sentences_stay_points(sentence: str, words: str):
    texts = _points(sentence + "\n\n" + BODY)
    assert any(words in t for t in texts)
