"""Review of round 18's key-point rules: "shot" and "power grab" in senses that tell no attack and
no coup, on invented sentences (places and names made up):

- "a booster shot" (a dose), "a shot at the title" (a try), "the film was shot" (a filming),
  "green shoots" (growth), "prices shot up 20 percent" (a rise) name no attack; "gunmen shot",
  "fired a shot" still do;
- a firm's "power grab for market share" and "seized power stations" name no coup; "the army
  seized power" still does.
"""

from __future__ import annotations

from test_keypoints_shooting import _same

from briefing_app.analysis.eventwords import event_kinds, plain_sense
from briefing_app.analysis.gazetteer import gazetteer


def _attack(text: str) -> bool:
    gaz = gazetteer()
    return bool(event_kinds(plain_sense(text), gaz) & event_kinds("the attack", gaz))


def test_a_shot_that_is_a_dose_a_try_or_a_filming_names_no_attack():
    for told in (
        "2,000 people received a booster shot on Monday",
        "the striker took a shot at the title",
        "the documentary was shot in Orsk in May",
        "the economy showed green shoots of recovery",
        "a photo shoot in Orsk",
        "food prices in Orsk shot up 20 percent in May",
        "inflation shot up to 9 percent",
    ):
        assert not _attack(told), told
    for told in (
        "gunmen shot two officers",
        "police fired a shot at the crowd",
        "shots fired",
        "gunmen shot up a bar in Orsk",
    ):
        assert _attack(told), told


def test_a_firms_power_grab_or_seized_power_stations_are_no_coup():
    gaz = gazetteer()
    coup = event_kinds("the coup", gaz)
    for told in (
        "the firm's power grab for market share angered regulators",
        "a power grab for the mobile market",
        "troops seized power stations in the east",
    ):
        assert not event_kinds(plain_sense(told), gaz) & coup, told
    for told in ("the army seized power in Orsk", "the power grab in Orsk"):
        assert event_kinds(plain_sense(told), gaz) & coup, told


def test_a_documentary_shot_in_a_town_is_no_shooting_there():
    assert not _same(
        "The documentary was shot in Orsk in May, its director Arlen Dace said.\n",
        "Gunmen shot two police officers in Orsk in May, officials said.\n",
    )
