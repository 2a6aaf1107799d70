"""Key points: a transcript's stage directions (who joins the speaker, who will take
questions, what the speaker will speak about next) state no fact and never word a key point;
a fact told about questions or about people joining others stays a fact.

Invented sentences and an invented transcript (names and bodies are made up).
"""

from __future__ import annotations

import pytest
from test_keypoints_round5 import _combine, _source

from briefing_app.analysis.podium import stage_direction


@pytest.mark.parametrize(
    "text",
    [
        "With me today are my Council colleagues: Member Ilsa Varn and Member Tomas Brell.",
        "Joining me here this morning is the Deputy Governor of Kestrel.",
        "I am joined today by the Special Envoy for the Marden Islands.",
        "Member Ode Parr is unable to join us today; she is travelling but has sent her proxy.",
        "The Minister will make a short statement and take a couple of questions before he "
        "leaves for the airport.",
        "Envoy Brell and Director Varn, though, will stay behind to answer some more Q&A once "
        "the Minister departs.",
        "I'll say a few words and then I will throw to questions from the local press.",
        "But before I turn to that, I want to speak to what is happening today in Orsk.",
        "We have with us today the Director of the Marden Water Board.",
        "I would now like to turn to the situation in the north.",
    ],
)
def test_a_stage_direction_is_told_apart(text):
    assert stage_direction(text)


@pytest.mark.parametrize(
    "text",
    [
        "Responding to questions, the governor said 40 families were still without shelter.",
        "The Minister refused to answer questions about the port contract on Tuesday.",
        "The inquiry will answer questions about the cause of the bridge collapse.",
        "The rescuers were joined by volunteers from Orsk on Monday.",
        "He will be joined by Ambassador Ode Parr, chair of the Marden water commission.",
        "With me in the boat were three fishermen who had lost their nets in the storm.",
        "We will speak with one voice at the summit, the two leaders said.",
        # a plan or a threat in the first person plural, a wish to talk to someone
        "We want to turn to solar power in Marden by 2031, the minister said.",
        "If the talks fail, we would turn to the courts, the union said.",
        "I want to talk to the governor of Kestrel before the bridge reopens.",
        # an event where questions are taken, told by a third person with bare "questions"
        "The commission will take questions from the public at hearings in Orsk in May.",
        "The Minister will answer questions in the Kestrel assembly on Tuesday.",
        # others joining in, a thing one has
        "Volunteers from three towns join us today in the clean-up, the mayor said.",
        "We have with us a plan to rebuild 4,000 homes in Orsk.",
    ],
)
def test_a_fact_about_questions_or_company_is_kept(text):
    assert not stage_direction(text)


_NAMES = [
    ("Kestrel", "GPE"),
    ("Kestrel Transport Board", "ORG"),
    ("Ilsa Varn", "PERSON"),
    ("Tomas Brell", "PERSON"),
    ("Ode Parr", "PERSON"),
    ("Marden", "GPE"),
]


def test_the_board_members_beside_the_speaker_are_no_key_point():
    transcript = _source(
        "Good morning and welcome to this meeting of the Kestrel Transport Board.\n"
        "With me today are my Board colleagues: Member Ilsa Varn and Member Tomas Brell.\n"
        "Member Ode Parr is unable to join us today; she is travelling but has sent her proxy.\n"
        "On 4 May, the cargo ship Orla struck a pier of the Marden bridge in Kestrel.\n"
        "The bridge collapsed into the river and seven road workers were killed.\n"
        "The Board found that the ship lost electrical power twice before the collision.\n",
        _NAMES,
        "ntsb",
    )
    report = _source(
        "The Marden bridge in Kestrel collapsed on 4 May after the cargo ship Orla struck it.\n"
        "Divers recovered the bodies of the seven road workers by the end of the week.\n",
        _NAMES,
        "press",
    )
    analysis = _combine(transcript, report, top_n=4)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert not [t for t in texts if "With me today" in t or "join us today" in t], texts
    assert any("lost electrical power" in p.text for p in analysis.key_points), texts
