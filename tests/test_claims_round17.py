"""Key points, round 17: the body sentence that says the headline again, and the line in which
a text says what it is.

1. A body sentence worded like the headline was dropped as "the title" wherever it stood, so a
   speech whose headline is its own outcome line lost the one sentence stating the outcome
   ("... I hear no objection. The Agreement is accepted."; also a body opening with its
   headline and going on). Only the headline's own line is the title now: a sentence worded
   like it that stands after the title's first place and shares its line with other words is a
   body sentence. A headline repeated alone on a later line, or a title not found in the text,
   stays out as before.
2. "The following is a transcript of a speech delivered by ...", "Below is the text of the
   speech made by ..." (a speech, a UN noon briefing, a minister's speech), and a heading
   naming the text's kind and who gave it ("Statement by A, Deputy Coordinator, at the Council
   meeting on X.", "X Conference – Statements by A, Minister of ... (excerpts)") say what the
   text is, not what happened, yet they name the speaker, the meeting, the place and the day,
   so they ranked high: one was a key point of its set, one the first point of another. Like
   a stage direction they word no point.

Invented texts, places and people; entities are labelled by hand.
"""

from __future__ import annotations

import dataclasses

import pytest
from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.keypoints import candidates
from briefing_app.analysis.podium import stage_direction

NAMES = [
    ("Veloria", "GPE"),
    ("Marden", "GPE"),
    ("Talor", "GPE"),
    ("Orsk", "GPE"),
    ("Tamar Osk", "PERSON"),
    ("Kestrian Red Cross", "ORG"),
]
TITLE = "Veloria and Marden agree to reopen the border crossing"
BODY = (
    "Trucks carrying grain will be allowed through the crossing at Orsk from the first of June.\n\n"
    "The crossing was closed in March after a dispute over customs fees and fishing rights.\n\n"
    "Traders in Talor said the closure had cost them about 40 million dollars in lost sales.\n"
)


def _candidates(text: str, title: str = TITLE) -> list:
    src, sa = labelled(text, NAMES)
    src = dataclasses.replace(src, title=title)
    return candidates([src], [sa.sentences], [[]], gazetteer())


def _texts(text: str, title: str = TITLE) -> list[str]:
    return [c.text for c in _candidates(text, title)]


def test_a_body_sentence_saying_the_headline_again_is_a_candidate():
    text = (
        f"{TITLE}\n\n"
        "The two foreign ministers met in Talor on Tuesday for four hours of talks. "
        f"{TITLE}. Both sides will sign the text next week.\n\n" + BODY
    )
    assert f"{TITLE}." in _texts(text)


def test_a_body_opening_with_its_headline_and_going_on_keeps_it():
    text = (
        f"{TITLE}\n"
        f"{TITLE}. The two foreign ministers met in Talor on Tuesday for four hours of talks.\n\n"
        + BODY
    )
    assert f"{TITLE}." in _texts(text)


def test_the_headline_line_itself_is_still_no_candidate():
    # the headline with a full stop on its own line, first in the text
    assert f"{TITLE}." not in _texts(f"{TITLE}.\n\n" + BODY)
    # the title's first place in the text, even when a sentence follows it on its line
    assert f"{TITLE}." not in _texts(f"{TITLE}. The ministers met in Talor on Tuesday.\n\n" + BODY)


def test_the_headline_repeated_alone_on_a_later_line_stays_out():
    text = f"{TITLE}\n\n" + BODY + f"\nRelated stories\n\n{TITLE}.\n"
    assert f"{TITLE}." not in _texts(text)


def test_a_title_not_found_in_the_text_keeps_its_sentence_out():
    # the title comes from the page's metadata only: no place to tell the headline line by
    title = "Veloria and Marden agree to reopen the crossing at Orsk"
    text = "The ministers met in Talor. Veloria and Marden agree to reopen the crossing at Orsk.\n"
    assert "Veloria and Marden agree to reopen the crossing at Orsk." not in _texts(
        text + "\n" + BODY, title
    )


def test_other_sentences_are_untouched_by_the_headline():
    text = f"{TITLE}\n\n" + BODY
    assert _texts(text) == _texts(text, "")[:]  # same candidates with or without a title


@pytest.mark.parametrize(
    "frame",
    [
        "The following is a transcript of a speech delivered by Minister Tamar Osk at the "
        "closing of the Talor summit on 3 May 2025.",
        "Below is the text of the speech made by Tamar Osk, the foreign minister of Veloria, "
        "at the border talks in Orsk.",
        "The following is a near-verbatim transcript of today's briefing by Tamar Osk, "
        "spokeswoman of the Kestrian Red Cross.",
        "What follows are the remarks of Tamar Osk at the opening of the crossing at Orsk.",
        "“The following is the text of a joint statement issued by Veloria and Marden in Talor.",
        "Statement by Tamar Osk, Deputy Coordinator, at the Council meeting on Veloria.",
        "Talor Border Talks – Statements by Tamar Osk, Minister of Foreign Affairs of Veloria "
        "(excerpts)",
        "Speech by Minister Tamar Osk at the opening of the crossing in Orsk.",
    ],
)
def test_a_text_saying_what_it_is_words_no_point(frame: str):
    assert stage_direction(frame)
    text = frame + "\n\n" + f"{TITLE}\n\n" + BODY
    found = [c for c in _candidates(text, "") if c.text.startswith(frame[:20])]
    assert not any(c.quotable for c in found)  # it may support a point, never word one
    src, sa = labelled(text, NAMES)
    analysis = combine([src], [sa], top_n=3)
    assert not any(frame[5:40] in p.text for p in analysis.key_points + analysis.background)


@pytest.mark.parametrize(
    "sentence",
    [
        "The following day, rescuers of the Kestrian Red Cross reached 40 families in Orsk.",
        "The following week, Veloria is to reopen two more crossings with Marden.",
        "Below the dam, the river flooded 40 homes in Talor on Sunday night.",
        "Below freezing temperatures are expected in Orsk until the end of the week.",
        "Following is the worst of it: 12 people died when the bridge at Orsk fell.",
        "The following countries sent rescue teams to Talor: Veloria, Marden and Orsk.",
        "This is the text the ministers of Veloria and Marden will sign next week in Talor.",
        "Remarks by the minister angered the traders of Talor on Monday.",
        "Remarks by Tamar Osk drew criticism from the traders of Orsk.",
        "Statements by officials in Orsk contradicted the police account of the clash.",
        "A statement by Veloria said 40 people died in the floods at Orsk.",
        "Statement by the Kestrian Red Cross: 40 volunteers deployed to Orsk overnight.",
        "Speech by Tamar Osk was cut short when the crowd in Talor began to chant.",
        "Transcripts by court reporters show Tamar Osk met the envoy of Marden twice.",
    ],
)
def test_near_misses_are_no_stage_direction(sentence: str):
    assert not stage_direction(sentence)
