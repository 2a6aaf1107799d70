"""A photo's caption or alt text is never a key point (invented texts, made-up names).

Seen on fresh pages of two publishers: a caption line ending in its credit ("OCHA/Name"), the
same caption again as the picture's alt text, and a caption under an image's file name.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.pictured import credit_tail

NAMES = [("Talor", "GPE"), ("Kestria", "GPE"), ("Mara Tull", "PERSON"), ("KRC", "ORG")]


def _points(text: str) -> list[str]:
    src, sa = labelled(text, NAMES)
    analysis = combine([src], [sa], top_n=3)
    return [p.text for p in analysis.key_points + analysis.background]


def test_a_caption_line_ending_in_an_agency_and_photographer_credit_is_never_a_point():
    texts = _points(
        "A boy sits amid the rubble of his home destroyed by the earthquake in Talor, Kestria. "
        "KRC/Mara Tull\n\n"
        "The earthquake destroyed 900 homes in Talor and killed 212 people on Sunday, Kestria "
        "said.\n\n"
        "Volunteers hand out blankets at a school in Talor. KRC\n\n"
        "Rescue teams from Kestria reached the villages north of Talor on Monday morning.\n"
    )
    assert not any("sits amid" in t or "hand out blankets" in t for t in texts)
    assert any("killed 212 people" in t for t in texts)


def test_the_alt_text_repeating_a_credited_caption_is_never_a_point():
    texts = _points(
        "KRC volunteer gives water to a child hurt by the earthquake in Talor, Kestria. "
        "Photo: KRC\n\n"
        "KRC volunteer gives water to a child hurt by the earthquake in Talor, Kestria.\n\n"
        "The earthquake killed 212 people in Talor on Sunday, the government of Kestria said.\n"
    )
    assert not any("gives water" in t for t in texts)
    assert any("killed 212 people" in t for t in texts)


def test_the_sentence_under_an_image_file_name_is_its_caption():
    texts = _points(
        "image_2025-10-29_0948.png\n\n"
        "KRC staff load relief supplies onto trucks for the flooded villages of Talor.\n\n"
        "Floods in Talor forced 4,000 people from their homes on Tuesday, Kestria said.\n"
    )
    assert not any("load relief supplies" in t for t in texts)
    assert any("4,000 people" in t for t in texts)


def test_near_misses_a_paragraph_cut_mid_word_or_ending_in_a_press_release_mark_stays():
    # a copy that stops mid-sentence, and a release's end mark, are not picture credits
    assert not credit_tail("The quake killed 212 people in Talor. Teams of the emergency man")
    assert not credit_tail("Kestria will send 40 engineers to Talor on Friday. ENDS")
    assert not credit_tail("The earthquake killed 212 people in Talor. Related Stories")
    assert credit_tail("A girl sits in the rubble in Talor. KRC/ Mara Tull")
    texts = _points(
        "image_2025-10-29_0948.png\n\n"
        "Floods in Talor forced 4,000 people from their homes on Tuesday, Kestria said. "
        "KRC teams reached the villages north of Talor on Wednesday with boats.\n\n"
        "Kestria will send 40 engineers to Talor on Friday, the minister said. ENDS\n"
    )
    # a paragraph of two sentences under an image is body text, not a caption
    assert any("4,000 people" in t for t in texts)
    assert any("40 engineers" in t for t in texts)


def test_near_miss_a_body_sentence_repeated_without_a_credit_stays():
    texts = _points(
        "The earthquake killed 212 people in Talor on Sunday, the government of Kestria said.\n\n"
        "Rescue teams from Kestria reached the villages north of Talor on Monday morning.\n\n"
        "The earthquake killed 212 people in Talor on Sunday, the government of Kestria said.\n"
    )
    assert any("killed 212 people" in t for t in texts)
