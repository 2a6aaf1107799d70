"""Actor precision and types (round 6): capitalised common nouns the grammar shows ("a Member
State does", "of that State", "this afternoon's Plenary meeting"), a role noun's plural alone,
an adjective of a noun the text writes, photo and wire credits, headline fragments, a title's
acronym, editors' brackets, transcript speaker labels, a body's head noun, a people's
adjective and a surname typed as a body. Invented paragraphs, labelled by hand as the small
model labels them; each rule has a near-miss that it must leave alone."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


# ---- common nouns by their determiner ----------------------------------------------------


def test_a_noun_after_an_indefinite_or_demonstrative_determiner_is_no_actor():
    text = (
        "Financial damage in a Member State does not found the jurisdiction of the courts of "
        "that State, the court in Veldria held. Tarnwatch said it would appeal."
    )
    labels = [("Member State", "GPE"), ("State", "ORG"), ("Veldria", "GPE"), ("Tarnwatch", "ORG")]
    actors = _actors(text, labels)
    assert not {"Member State", "State"} & actors.keys()
    assert {"Veldria", "Tarnwatch"} <= actors.keys()


def test_a_name_after_an_article_that_modifies_a_noun_and_said_that_stay():
    text = (
        "A Tarnwatch team reached the camp. Radek said that Veldria was ready, and an Orvania "
        "official agreed. To members of this Assembly, I say: act."
    )
    labels = [
        ("Tarnwatch", "ORG"),
        ("Radek", "PERSON"),
        ("Veldria", "GPE"),
        ("Orvania", "GPE"),
        ("Assembly", "ORG"),
    ]
    actors = _actors(text, labels)
    # "this Assembly": the body a speaker addresses
    assert {"Tarnwatch", "Veldria", "Orvania", "Radek", "Assembly"} <= actors.keys()


def test_a_times_possessive_makes_an_event_not_a_body():
    text = (
        "Welcome to this afternoon's Plenary meeting. Veldria's Tarnwatch said on Monday that "
        "the vote would be close."
    )
    labels = [("Plenary", "ORG"), ("Veldria", "GPE"), ("Tarnwatch", "ORG")]
    actors = _actors(text, labels)
    assert "Plenary" not in actors
    assert {"Veldria", "Tarnwatch"} <= actors.keys()


def test_a_role_nouns_plural_alone_is_no_body():
    text = "The Veldrian Council meets on Friday, and I expect the Heads"
    actors = _actors(text, [("Veldrian Council", "ORG"), ("Heads", "ORG")])
    assert "Heads" not in actors
    assert "Veldrian Council" in actors


def test_an_adjective_of_a_noun_the_text_writes_is_no_place():
    text = (
        "Sailors of the Veldrian Navy toured the ship in support of Naval Engagement Activity. "
        "Vestal hosted the visit."
    )
    labels = [("Veldrian Navy", "ORG"), ("Naval", "GPE"), ("Vestal", "GPE")]
    actors = _actors(text, labels)
    assert "Naval" not in actors
    assert "Vestal" in actors  # no "vest" written: a town's name


def test_an_opening_adverb_after_a_determiner_is_no_person():
    text = (
        "The act mandates the Specifically, in fiscal years 2015 to 2018, Tarnwatch reported "
        "late. The specific dates vary."
    )
    actors = _actors(text, [("Specifically", "PERSON"), ("Tarnwatch", "ORG")])
    assert "Specifically" not in actors
    assert "Tarnwatch" in actors


# ---- credits -----------------------------------------------------------------------------


def test_photo_and_wire_credits_are_no_actors():
    text = (
        "TARNBURG, March 3, 2021 (ORVANIA NEWSWIRE) -- Kestrel Labs today announced a grant.\n\n"
        "The clinic opened (Tarnwatch Photo/Jan Vos - 2 September 2024).\n\n"
        "Photo: Ann Lee/Kestrel Media\n\nKestrel Labs said the clinic in Tarnburg would grow."
    )
    labels = [
        ("ORVANIA NEWSWIRE", "ORG"),
        ("Kestrel Labs", "ORG"),
        ("Tarnwatch Photo/Jan Vos - 2 September", "ORG"),
        ("Ann Lee/Kestrel Media", "ORG"),
        ("Tarnburg", "GPE"),
    ]
    actors = _actors(text, labels)
    assert (
        not {
            "ORVANIA NEWSWIRE",
            "Tarnwatch Photo/Jan Vos - 2 September",
            "Ann Lee/Kestrel Media",
        }
        & actors.keys()
    )
    assert "Kestrel Labs" in actors


def test_a_wire_company_named_in_prose_stays():
    text = "The Tarn Wire Company said its cables were cut. Tarn Wire Company staff were safe."
    actors = _actors(text, [("Tarn Wire Company", "ORG")])
    assert "Tarn Wire Company" in actors


# ---- headline fragments ------------------------------------------------------------------


def test_a_headline_clause_and_a_noun_run_into_a_possessive_are_no_bodies():
    text = (
        "Multi-year Inquiry Reveals Network in Norway\n\n"
        "On the Anniversary of Norway's Constitution Day, Kestrel Labs sent greetings. "
        "The Bank of Norway's Monetary Committee met. Norway celebrated."
    )
    labels = [
        ("Inquiry Reveals Network", "ORG"),
        ("Anniversary of Norway", "ORG"),
        ("Norway", "GPE"),
        ("Kestrel Labs", "ORG"),
        ("Bank of Norway", "ORG"),
    ]
    actors = _actors(text, labels)
    assert not {"Inquiry Reveals Network", "Anniversary of Norway"} & actors.keys()
    assert {"Norway", "Kestrel Labs", "Bank of Norway"} <= actors.keys()


def test_a_plural_noun_before_a_preposition_is_no_headline_verb():
    text = "Reporters Without Borders said the Tarn Journalists Union was right."
    labels = [("Reporters Without Borders", "ORG"), ("Tarn Journalists Union", "ORG")]
    actors = _actors(text, labels)
    assert {"Reporters Without Borders", "Tarn Journalists Union"} <= actors.keys()


# ---- titles and brackets -----------------------------------------------------------------


def test_a_title_and_its_acronym_are_no_actors_but_the_holder_is():
    text = (
        "On 25 February the Special Envoy (SE) of the Secretary-General briefed Tarnwatch. "
        "The SE stressed the ceasefire. Special Envoy Ann Vale thanked Tarnwatch."
    )
    labels = [("Special Envoy", "ORG"), ("SE", "ORG"), ("Tarnwatch", "ORG"), ("Ann Vale", "PERSON")]
    actors = _actors(text, labels)
    assert not {"Special Envoy", "SE"} & actors.keys()
    assert actors.get("Ann Vale") == "person"


def test_a_name_run_across_an_editors_bracket_starts_after_it():
    text = (
        "We will have President [of Veldria Tomas] Radek explaining his plan. Radek spoke "
        "in Veldria on Monday."
    )
    labels = [("Veldria Tomas] Radek", "ORG"), ("Radek", "PERSON"), ("Veldria", "GPE")]
    actors = _actors(text, labels)
    assert not any("]" in name for name in actors)
    assert actors.get("Radek") == "person"


# ---- types -------------------------------------------------------------------------------


def test_transcript_speaker_labels_in_capitals_are_people_and_a_post_names_its_body():
    text = (
        "I will now turn the call over to Kate Orrin.\n\n"
        "KATE ORRIN: Thank you all for joining.\n\n"
        "TOMAS RADEK, PRIME MINISTER: Veldria's attendance matters.\n\n"
        "HHS SECRETARY ANN VALE: Good morning.\n\n"
        "NEW YORK: The talks resumed."
    )
    labels = [
        ("KATE ORRIN", "GPE"),
        ("TOMAS RADEK", "GPE"),
        ("HHS", "GPE"),
        ("NEW YORK", "GPE"),
        ("Veldria", "GPE"),
    ]
    actors = _actors(text, labels)
    assert actors.get("KATE ORRIN") == "person" or actors.get("Kate Orrin") == "person"
    assert actors.get("TOMAS RADEK") == "person"
    assert actors.get("HHS") == "organization"
    assert actors.get("New York", actors.get("NEW YORK")) == "place"


def test_a_body_head_noun_wins_over_a_place_word_inside_the_name():
    text = (
        "A truce between the Government of Veldria and the Tarnak People’s Liberation Front "
        "held. The Tarnak People’s Liberation Front said it would comply. Jonas Front said so."
    )
    labels = [
        ("Government of Veldria", "ORG"),
        ("Tarnak People’s Liberation Front", "PERSON"),
        ("Jonas Front", "PERSON"),
    ]
    actors = _actors(text, labels)
    assert actors.get("Tarnak People’s Liberation Front") == "organization"
    assert actors.get("Jonas Front") == "person"  # a given name and surname stay a person


def test_a_peoples_adjective_of_a_region_the_text_names_is_no_body():
    text = (
        "Talks in Tarnak went well, said the Government of Veldria and the Tarnakan "
        "leadership. Julian said the Tarnakan people were tired. Julian left for Tarnak."
    )
    labels = [
        ("Tarnak", "GPE"),
        ("Government of Veldria", "ORG"),
        ("Tarnakan", "ORG"),
        ("Julian", "PERSON"),
    ]
    actors = _actors(text, labels)
    assert "Tarnakan" not in actors
    assert {"Tarnak", "Julian"} <= actors.keys()


def test_a_surname_of_a_full_name_is_a_person_whatever_the_model_said():
    text = (
        "The sentence imposed on opposition figure Ivan Korlov was harsh. The trial took place "
        "where Korlov is serving. The latest sentence against Korlov comes amid a crackdown."
    )
    labels = [("Ivan Korlov", "PERSON"), ("Korlov", "ORG")]
    actors = _actors(text, labels)
    assert all(t == "person" for n, t in actors.items() if "Korlov" in n)


# ---- acronyms of things ------------------------------------------------------------------


def test_acronyms_listed_among_common_nouns_or_spelt_in_lower_case_are_things():
    text = (
        "Tarnwatch advised on justice, police, DDR, SSR and mine action. She carried the "
        "computers, the camera equipment, the LCD TV, all by herself. An unmanned surface "
        "vessel was seen; the USV sank."
    )
    labels = [
        ("Tarnwatch", "ORG"),
        ("DDR", "ORG"),
        ("SSR", "ORG"),
        ("LCD TV", "ORG"),
        ("USV", "ORG"),
    ]
    actors = _actors(text, labels)
    assert not {"DDR", "SSR", "LCD TV", "USV"} & actors.keys()
    assert "Tarnwatch" in actors


def test_acronyms_of_bodies_in_a_list_of_names_stay():
    text = (
        "Aid came from Tarnwatch, KVA and OVRA. The KVA said food had arrived, and OVRA sent "
        "trucks, tents and blankets. Relief passes to local authorities, the VUA, and "
        "charities. The Deployable Assessment Team (DAT) met the VUA and the TSS, a tarn "
        "support mission. A kestrel security support mission (KSS) was sent; the KSS said so."
    )
    labels = [("Tarnwatch", "ORG"), ("KVA", "ORG"), ("OVRA", "ORG"), ("VUA", "ORG")]
    labels += [("Deployable Assessment Team", "ORG"), ("DAT", "ORG"), ("TSS", "ORG")]
    labels += [("KSS", "ORG")]
    actors = _actors(text, labels)
    assert {"Tarnwatch", "KVA", "OVRA", "VUA"} <= actors.keys()
    assert any("DAT" in name or "Deployable" in name for name in actors)
    assert "TSS" in actors  # spelt in lower case, but ending in a body's word
    assert "KSS" in actors  # and a body's word right after the letters


def test_a_surnames_ending_makes_a_person_and_a_towns_stays_a_place():
    text = (
        "Protesters in Almaty opposed amendments that exempt Tarnabayev from a term limit. "
        "Crowds gathered in Rostov too."
    )
    labels = [("Almaty", "GPE"), ("Tarnabayev", "ORG"), ("Rostov", "GPE")]
    actors = _actors(text, labels)
    assert actors.get("Tarnabayev") == "person"
    assert actors.get("Rostov") == "place"


def test_one_speaker_label_with_a_post_is_a_person_and_a_dateline_stays_a_place():
    text = "TOMAS RADEK, PRIME MINISTER: Veldria's attendance matters. Veldria will stay."
    actors = _actors(text, [("TOMAS RADEK", "GPE"), ("Veldria", "GPE")])
    assert actors.get("TOMAS RADEK") == "person"
    text = "PORT TARNA, VELDRIA: Crowds gathered on Monday. Veldria said aid would come."
    actors = _actors(text, [("PORT TARNA", "GPE"), ("VELDRIA", "GPE"), ("Veldria", "GPE")])
    assert actors.get("PORT TARNA") == "place"


def test_a_committees_ranking_member_is_a_post_not_a_body():
    text = (
        "I would like to welcome our new Ranking Member, Ann Vale. Congresswoman Vale and I "
        "met in Tarnburg."
    )
    labels = [("Ranking", "ORG"), ("Ann Vale", "PERSON"), ("Tarnburg", "GPE")]
    actors = _actors(text, labels)
    assert "Ranking" not in actors
    assert {"Ann Vale", "Tarnburg"} <= actors.keys()


def test_a_bare_plural_with_a_plural_verb_and_a_ship_class_are_no_actors():
    text = (
        "Under international law, States have an obligation to act, Tarnwatch said. The "
        "Orvan Burke-class destroyer docked. Then Hamas have a say, Tarnwatch added. In "
        "Veldria the Tarnists have won."
    )
    labels = [
        ("States", "GPE"),
        ("Tarnwatch", "ORG"),
        ("Orvan Burke-class destroyer", "FAC"),
        ("Hamas", "ORG"),
        ("Veldria", "GPE"),
        ("Tarnists", "ORG"),
    ]
    actors = _actors(text, labels)
    assert not {"States", "Orvan Burke-class destroyer"} & actors.keys()
    assert {"Tarnwatch", "Hamas", "Tarnists"} <= actors.keys()  # "the Tarnists": a party


def test_a_given_name_before_a_one_word_name_makes_it_a_surname():
    text = (
        "The sentence imposed on opposition figure Ivan Korlov was harsh. The trial took place "
        "where Korlov is serving. Troops camped near Mount Kesra, where Kesra rises."
    )
    labels = [("Korlov", "ORG"), ("Kesra", "GPE")]
    actors = _actors(text, labels)
    assert all(t == "person" for n, t in actors.items() if "Korlov" in n)
    assert actors.get("Kesra") == "place"
