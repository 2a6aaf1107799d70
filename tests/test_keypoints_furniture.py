"""What is never a key point, whatever its words (small invented texts, made-up names)."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def test_an_interviewer_s_question_is_never_a_point():
    text = (
        "HOST: Minister, what help from Orsk has already reached the valley towns of Veloria?\n"
        "MINISTER: A team of 40 engineers from Orsk reached the valley towns of Veloria on "
        "Monday.\n"
        'The mayor asked: "Who will pay to rebuild the bridge over the Tarn river in Veloria?"\n'
    )
    src, sa = labelled(text, [("Orsk", "GPE"), ("Veloria", "GPE")])
    analysis = combine([src], [sa], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert texts and not any("?" in t for t in texts)
    assert any("40 engineers" in t for t in texts)


def test_a_gallery_caption_or_a_line_with_a_photo_credit_is_never_a_point():
    text = (
        "2 / 5 Show Caption + Hide Caption – Sgt. Ardo Vell and Sgt. Mara Tull load tents at "
        "the harbour of Talor, Kestria, on the second day of the relief operation.\n"
        "Volunteers Ardo Vell and Mara Tull sort blankets at the depot in Talor before dawn. "
        "(Photo credit: Kestrian Army)\n"
        "Photo 3 of 7: Mara Tull hands out water to families waiting near the harbour of Talor.\n"
        "Engineers from Kestria rebuilt the harbour road to Talor in four days after the storm.\n"
    )
    names = [("Ardo Vell", "PERSON"), ("Mara Tull", "PERSON"), ("Talor", "GPE")]
    src, sa = labelled(text, [*names, ("Kestria", "GPE")])
    analysis = combine([src], [sa], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert texts == [
        "Engineers from Kestria rebuilt the harbour road to Talor in four days after the storm."
    ]


def test_a_courtesy_formula_of_a_transcript_is_never_a_point():
    text = (
        "MINISTER ARDO VELL: Thank you very much for being here with us in Talor today.\n"
        "Mr. President, it's an honor to have you and your delegation here in Talor.\n"
        "But thank you also to the many of you who travelled with me from Kestria this week.\n"
        "Kestria will send 40 engineers and two field hospitals to Talor before the winter.\n"
    )
    names = [("Ardo Vell", "PERSON"), ("Talor", "GPE"), ("Kestria", "GPE")]
    src, sa = labelled(text, names)
    analysis = combine([src], [sa], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert texts == [
        "Kestria will send 40 engineers and two field hospitals to Talor before the winter."
    ]
    # "Thanks to" gives a cause, not thanks
    src, sa = labelled(
        "Thanks to early warnings from Kestria, the villages near Talor were emptied in time.",
        names,
    )
    assert [p.text[:10] for p in combine([src], [sa], top_n=3).key_points] == ["Thanks to "]


def test_a_label_over_a_list_of_topics_is_never_a_point():
    text = (
        "Issues discussed: Visit to Talor; harbour fees; fishing quotas in Kestria; ferries.\n"
        "Kestria and Talor agreed to halve the harbour fees for fishing boats from March.\n"
    )
    src, sa = labelled(text, [("Talor", "GPE"), ("Kestria", "GPE")])
    analysis = combine([src], [sa], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert texts == [
        "Kestria and Talor agreed to halve the harbour fees for fishing boats from March."
    ]


def test_a_sentence_placing_people_in_a_picture_is_a_caption():
    text = (
        "Ambassador Ardo Vell (third left) poses with members of the Marden Relief Office team "
        "deployed in Talor.\n"
        "The Marden Relief Office will repair 300 homes in Talor before the rainy season.\n"
    )
    names = [("Ardo Vell", "PERSON"), ("Marden Relief Office", "ORG"), ("Talor", "GPE")]
    src, sa = labelled(text, names)
    analysis = combine([src], [sa], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert texts == [
        "The Marden Relief Office will repair 300 homes in Talor before the rainy season."
    ]


def test_a_list_item_is_a_sentence_once_its_bullet_is_cut_off():
    text = (
        "Kestria announced its relief package for the coast on Monday:\n"
        "  • In Talor, the Marden Relief Office will ship 2,000 tents and water filters to the "
        "families who lost their homes.\n"
        "- Orsk will receive two field hospitals and 40 doctors before the end of the month.\n"
    )
    names = [("Kestria", "GPE"), ("Talor", "GPE"), ("Orsk", "GPE")]
    src, sa = labelled(text, [*names, ("Marden Relief Office", "ORG")])
    analysis = combine([src], [sa], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert any(
        t.startswith("In Talor, the Marden Relief Office will ship 2,000 tents") for t in texts
    )
    assert any(t.startswith("Orsk will receive two field hospitals") for t in texts)
    tents = next(p for p in analysis.key_points + analysis.background if "tents" in p.text)
    ev = tents.evidence[0]
    assert src.text[ev.start : ev.end] == tents.text


def test_thanks_and_welcomes_after_an_address_or_a_lead_in_are_courtesy_too():
    text = (
        "President Tull, I would like to thank you for the invitation to this day in Talor.\n"
        "With that, I say welcome to the show, Minister Ardo Vell of Kestria.\n"
        "Welcome aid from Kestria reached the harbour of Talor on Monday after the storm.\n"
    )
    names = [("Tull", "PERSON"), ("Ardo Vell", "PERSON"), ("Talor", "GPE"), ("Kestria", "GPE")]
    src, sa = labelled(text, names)
    analysis = combine([src], [sa], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert texts == [
        "Welcome aid from Kestria reached the harbour of Talor on Monday after the storm."
    ]


def test_sympathy_and_solidarity_never_word_a_point_but_the_facts_beside_them_do():
    text = (
        "The Secretary-General of Kestria is deeply saddened by the landslide that hit Talor.\n"
        "Kestria stands in solidarity with the people of Talor at this difficult time.\n"
        "The landslide in Talor killed 41 people and destroyed 300 homes on Sunday night.\n"
    )
    src, sa = labelled(text, [("Kestria", "GPE"), ("Talor", "GPE")])
    analysis = combine([src], [sa], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert texts == [
        "The landslide in Talor killed 41 people and destroyed 300 homes on Sunday night."
    ]
