"""Round 9 merging rules, on invented paragraphs: a body named in two languages ("A / B"), a
role standing for its holder ("Minister for Trade Haavik"), a body's head noun at a sentence's
start ("The Mission said"), an acronym seen only in a photo credit, a plural acronym of the tail
of a unit's name, a headline's kicker of places ("Sudan/Darfur: ..."), and a court's name after
"President of the".

Entities are labelled by hand, as the small model would (its mistakes included), so only the
rules can join the forms. Each class has a near-miss the rule must leave alone.
"""

from __future__ import annotations

from test_analysis_generalise import actor_named, all_aliases
from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _analyse(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return combine([src], [sa])


def _one(analysis, *forms: str) -> None:
    """All ``forms`` are aliases of one actor."""
    found = actor_named(analysis, forms[0])
    assert set(forms) <= set(found.aliases), (forms, found.aliases)


def _apart(analysis, a: str, b: str) -> None:
    assert actor_named(analysis, a) is not actor_named(analysis, b)


# ---- one body, two languages, joined by a slash ---------------------------------------------


def test_a_body_always_named_in_two_languages_with_a_slash_is_one_body():
    # a Nordic ministry's release page: the Finnish and Swedish names, always together
    text = (
        "Ympäristöministeriö / Miljöministeriet\n\n"
        "Minister Ola Brenn will attend the meeting in Brussels on Monday.\n\n"
        "About Ympäristöministeriö / Miljöministeriet\n\n"
        "Subscribe to releases from Ympäristöministeriö / Miljöministeriet."
    )
    labels = [("Ympäristöministeriö / Miljöministeriet", "ORG"), ("Ola Brenn", "PERSON")]
    labels += [("Brussels", "GPE")]
    _one(_analyse(text, labels), "Ympäristöministeriö", "Miljöministeriet")


def test_a_bilingual_agency_name_in_a_canadian_style_release_is_one_body():
    text = (
        "Office des Pêches Côtières / Coastal Fisheries Office announced new quotas on Friday. "
        "The quotas take effect in March, Office des Pêches Côtières / Coastal Fisheries Office "
        "said in Halifax."
    )
    labels = [("Office des Pêches Côtières / Coastal Fisheries Office", "ORG")]
    labels += [("Halifax", "GPE")]
    _one(_analyse(text, labels), "Office des Pêches Côtières", "Coastal Fisheries Office")


def test_two_bodies_one_of_them_also_named_alone_stay_two():
    text = (
        "Kelvo Relief / Tarn Aid volunteers handed out water in Osterby on Friday. "
        "Tarn Aid said it would send two more trucks."
    )
    labels = [("Kelvo Relief / Tarn Aid", "ORG"), ("Tarn Aid", "ORG"), ("Osterby", "GPE")]
    _apart(_analyse(text, labels), "Kelvo Relief", "Tarn Aid")


def test_two_acronyms_written_with_a_slash_stay_two_bodies():
    text = "A KWFP / UNRA convoy reached Osterby on Friday. KWFP / UNRA staff unloaded the food."
    labels = [("KWFP / UNRA", "ORG"), ("Osterby", "GPE")]
    _apart(_analyse(text, labels), "KWFP", "UNRA")


# ---- a role standing for its holder -----------------------------------------------------------


def test_a_minister_with_a_portfolio_then_a_surname_in_a_headline_is_that_person():
    text = (
        "Kelvo Ministry of Trade\n\n"
        "MFT: Minister for Foreign Trade Haavik to attend Informal Meeting of Trade Ministers\n\n"
        "On 4 May, the meeting will be held in Osterby. Kelvo will be represented by "
        "Minister for Foreign Trade Ilse Haavik. MFT officials will attend too."
    )
    labels = [("Ilse Haavik", "PERSON"), ("MFT", "ORG"), ("Osterby", "GPE"), ("Kelvo", "GPE")]
    analysis = _analyse(text, labels)
    _one(analysis, "Ilse Haavik", "Haavik")
    # the acronym's letters spell the minister's title: a role, not the body's long form
    assert "Minister for Foreign Trade" not in all_aliases(analysis)


def test_an_acronym_spelling_a_ministry_still_finds_its_long_form():
    text = (
        "MFT officials met traders in Osterby on Monday. "
        "The Ministry for Foreign Trade said the talks went well."
    )
    labels = [("MFT", "ORG"), ("Osterby", "GPE")]
    _one(_analyse(text, labels), "MFT", "Ministry for Foreign Trade")


# ---- a court named after "President of the" ---------------------------------------------------


def test_a_court_after_a_presidents_title_stays_a_body_and_the_court_is_it():
    text = (
        "OSTERBY, 3 May. Today, the President of the Regional Court of Arbitration (RCA), "
        "Judge Ilse Haavik, told the assembly that regional trade disputes had doubled. "
        "Over the year the Court had held hearings in four cases, and the Court will sit "
        "again in June."
    )
    labels = [("Regional Court of Arbitration", "ORG"), ("RCA", "ORG"), ("Court", "ORG")]
    labels += [("Ilse Haavik", "PERSON"), ("OSTERBY", "GPE")]
    analysis = _analyse(text, labels)
    _one(analysis, "Regional Court of Arbitration", "RCA", "Court")
    assert "Court of Arbitration" not in {a.name for a in analysis.actors}


def test_the_court_of_a_text_naming_two_courts_joins_neither():
    text = (
        "The Regional Court of Arbitration and the Supreme Court of Tarn met in Osterby. "
        "Later the Court said the hearing was postponed."
    )
    labels = [("Regional Court of Arbitration", "ORG"), ("Supreme Court of Tarn", "ORG")]
    labels += [("Court", "ORG"), ("Osterby", "GPE")]
    analysis = _analyse(text, labels)
    _apart(analysis, "Regional Court of Arbitration", "Supreme Court of Tarn")
    for name in ("Regional Court of Arbitration", "Supreme Court of Tarn"):
        assert "Court" not in actor_named(analysis, name).aliases


# ---- a body's head noun at a sentence's start --------------------------------------------------


def test_the_mission_opening_a_sentence_is_the_one_mission_of_the_text():
    text = (
        "The Kelvo Assistance Mission in Tarn (KAMT) condemns the bombing in Osterby. "
        "The Mission offers its condolences to the families. The Service will report later."
    )
    labels = [("Kelvo Assistance Mission in Tarn", "ORG"), ("KAMT", "ORG")]
    labels += [("Osterby", "GPE")]
    analysis = _analyse(text, labels)
    _one(analysis, "Kelvo Assistance Mission in Tarn", "KAMT", "Mission")
    assert "Service" not in all_aliases(analysis)  # no body of the text has that head


def test_the_mission_of_a_text_naming_two_missions_joins_neither():
    text = (
        "The Kelvo Assistance Mission met the Tarn Monitoring Mission in Osterby. "
        "The Mission offers its condolences to the families."
    )
    labels = [("Kelvo Assistance Mission", "ORG"), ("Tarn Monitoring Mission", "ORG")]
    labels += [("Osterby", "GPE")]
    analysis = _analyse(text, labels)
    for name in ("Kelvo Assistance Mission", "Tarn Monitoring Mission"):
        assert "Mission" not in actor_named(analysis, name).aliases


# ---- an acronym seen only in a photo credit --------------------------------------------------


def test_an_acronym_in_a_photo_credit_is_the_body_the_story_names_in_full():
    text = (
        "Service Lists Tarn Otter as Threatened\n\n"
        "Tarn otter. Credit: Ola Brenn / KWS\n\n"
        "The Kelvo Wildlife Service has listed the Tarn otter as threatened. "
        "The Service made the finding after a survey in Osterby."
    )
    labels = [("Kelvo Wildlife Service", "ORG"), ("KWS", "ORG"), ("Ola Brenn", "PERSON")]
    labels += [("Osterby", "GPE")]
    analysis = _analyse(text, labels)
    _one(analysis, "Kelvo Wildlife Service", "KWS", "Service")
    assert "Ola Brenn" not in all_aliases(analysis)  # the photographer stays out


def test_an_agency_acronym_in_a_credit_that_spells_no_body_of_the_story_stays_out():
    text = (
        "Floods Hit Osterby\n\n"
        "Flooded street. Photo: Ola Brenn / KNA\n\n"
        "The Kelvo Wildlife Service said the floods reached Osterby on Monday."
    )
    labels = [("Kelvo Wildlife Service", "ORG"), ("KNA", "ORG"), ("Ola Brenn", "PERSON")]
    labels += [("Osterby", "GPE")]
    assert "KNA" not in all_aliases(_analyse(text, labels))


# ---- a plural acronym of the tail of a unit's name ---------------------------------------------


def test_a_plural_acronym_of_the_last_words_of_a_units_name_is_that_name():
    text = (
        "The investigation was led by the Kelvo Police O Division and K Division Integrated "
        "Border Enforcement Teams (IBETs), based in Osterby. Across the country, IBETs collect "
        "and share information on threats at the border."
    )
    labels = [("Kelvo Police O Division", "ORG")]
    labels += [("K Division Integrated Border Enforcement Teams", "ORG"), ("Osterby", "GPE")]
    _one(_analyse(text, labels), "IBETs", "Integrated Border Enforcement Teams")


def test_a_guessed_plural_run_of_capitals_is_still_no_body():
    text = (
        "Read the Frequently Asked Questions (FAQs) before applying in Osterby. "
        "The FAQs are updated every week."
    )
    labels = [("Osterby", "GPE")]
    assert "FAQs" not in all_aliases(_analyse(text, labels))


# ---- a headline's kicker of places -----------------------------------------------------------


def test_a_kicker_of_a_country_and_its_region_is_two_places_and_the_country_one_actor():
    text = (
        "Sudan/Darfur: UNAMID condemns attack on convoy\n\n"
        "UNAMID condemned an attack on its convoy near Nyala on Friday. The mission said it "
        "remains in the Republic of the Sudan to protect civilians."
    )
    labels = [("Sudan/Darfur: UNAMID", "ORG"), ("UNAMID", "ORG"), ("Nyala", "GPE")]
    labels += [("the Republic of the Sudan", "GPE")]
    analysis = _analyse(text, labels)
    assert not [a for a in all_aliases(analysis) if "/" in a]
    _one(analysis, "Republic of the Sudan", "Sudan")
    assert actor_named(analysis, "Darfur").type == "place"
    assert actor_named(analysis, "UNAMID").type == "organization"


def test_a_bodys_name_before_a_colon_is_no_kicker_of_places():
    text = (
        "European Council: Press remarks by High Representative Ola Brenn\n\n"
        "Ola Brenn spoke to the press in Brussels before the meeting of the European Council."
    )
    labels = [("European Council: Press", "ORG"), ("Ola Brenn", "PERSON")]
    labels += [("Brussels", "GPE"), ("the European Council", "ORG")]
    assert "Press" not in all_aliases(_analyse(text, labels))


# ---- a body named after a list of fields, cut at its comma ------------------------------------


def test_a_committee_named_after_a_list_of_fields_is_one_body():
    # a parliament's select committee, the model's span cut at the list's comma
    text = (
        "Members of the Foreign Affairs, Defence and Trade Committee visited Osterby. "
        "The Foreign Affairs, Defence and Trade Committee reports to the House in May."
    )
    labels = [("Foreign Affairs", "ORG"), ("Defence and Trade Committee", "ORG")]
    labels += [("Osterby", "GPE")]
    analysis = _analyse(text, labels)
    names = {a.name for a in analysis.actors}
    assert "Foreign Affairs, Defence and Trade Committee" in names
    assert not names & {"Foreign Affairs", "Defence and Trade Committee"}


def test_a_ministry_list_of_three_fields_in_a_uk_style_is_one_body():
    text = "The Culture, Media & Sport Committee met the Tarn Arts Council in Osterby on Monday."
    labels = [("Culture", "ORG"), ("Media & Sport Committee", "ORG")]
    labels += [("Tarn Arts Council", "ORG"), ("Osterby", "GPE")]
    names = {a.name for a in _analyse(text, labels).actors}
    assert "Culture, Media & Sport Committee" in names


def test_a_person_before_a_committees_name_stays_a_person():
    text = (
        "The report was presented by Ola Brenn, Trade and Industry Committee chair, in Osterby. "
        "Ola Brenn said the Trade and Industry Committee would meet again."
    )
    labels = [("Ola Brenn", "PERSON"), ("Trade and Industry Committee", "ORG")]
    labels += [("Osterby", "GPE")]
    analysis = _analyse(text, labels)
    assert actor_named(analysis, "Ola Brenn").type == "person"
    assert "Trade and Industry Committee" in {a.name for a in analysis.actors}


def test_a_body_of_its_own_before_a_comma_is_not_a_field():
    text = "The statement was signed by UNICEF, Health and Nutrition Committee members in Osterby."
    labels = [("UNICEF", "ORG"), ("Health and Nutrition Committee", "ORG"), ("Osterby", "GPE")]
    analysis = _analyse(text, labels)
    _apart(analysis, "UNICEF", "Health and Nutrition Committee")


# ---- a body's plural possessive ---------------------------------------------------------------


def test_a_parliaments_plural_possessive_committee_is_two_bodies_not_the_place():
    text = (
        "The delegation met the National Parliament of Tarn Islands' Foreign Relations "
        "Committee in Osterby. The National Parliament of the Tarn Islands sits in May."
    )
    labels = [("National Parliament of Tarn Islands' Foreign Relations Committee", "ORG")]
    labels += [("National Parliament of the Tarn Islands", "ORG"), ("Osterby", "GPE")]
    analysis = _analyse(text, labels)
    _one(analysis, "National Parliament of the Tarn Islands", "National Parliament of Tarn Islands")
    assert actor_named(analysis, "Foreign Relations Committee").type == "organization"


def test_a_plural_possessive_inside_a_bodys_own_name_stays_whole():
    text = "The Veterans' Affairs Office in Osterby opened a new clinic on Monday."
    labels = [("Veterans' Affairs Office", "ORG"), ("Osterby", "GPE")]
    assert "Veterans' Affairs Office" in {a.name for a in _analyse(text, labels).actors}


# ---- surnames in capitals ---------------------------------------------------------------------


def test_a_police_release_writing_surnames_in_capitals_names_each_person_once():
    text = (
        "Today, the Kelvo Police Service (KPS) charged Tomas VARNHOLT of Osterby and Ilse "
        "BRENNER of Tarnby. BRENNER was also charged with fraud. VARNHOLT and BRENNER will "
        "appear in court on Monday, said Insp. Ola Strand of the Osterby KPS unit."
    )
    # the small model reads the unknown given name as a place and the lone surname as a body
    labels = [("Ilse BRENNER", "PERSON"), ("Tomas", "GPE"), ("BRENNER", "ORG")]
    labels += [("Kelvo Police Service", "ORG"), ("KPS", "ORG"), ("Osterby", "GPE")]
    labels += [("Tarnby", "GPE"), ("Ola Strand", "PERSON")]
    analysis = _analyse(text, labels)
    _one(analysis, "Tomas VARNHOLT", "VARNHOLT")
    _one(analysis, "Ilse BRENNER", "BRENNER")
    assert actor_named(analysis, "VARNHOLT").type == "person"
    assert "Tomas" not in all_aliases(analysis)
    assert "Osterby KPS" not in all_aliases(analysis)  # a place, then the body's acronym


def test_a_commission_notice_writing_surnames_in_capitals_names_each_person_once():
    text = (
        "The Kelvo Commission appointed Anne-Marie LEFEVRE as Director for Trade. "
        "She succeeds Piotr OSTROWSKI, who retires in May. LEFEVRE joined the Commission in "
        "2004."
    )
    labels = [("Anne-Marie LEFEVRE", "PERSON"), ("Kelvo Commission", "ORG"), ("Piotr", "GPE")]
    analysis = _analyse(text, labels)
    _one(analysis, "Anne-Marie LEFEVRE", "LEFEVRE")
    assert actor_named(analysis, "Piotr OSTROWSKI").type == "person"


def test_a_text_with_no_person_in_capitals_gets_no_new_people_from_capitals():
    text = (
        "Ola Brenn, a trader in Osterby, said the Tarn NEWS desk had called her. "
        "Kelvo AIRWAYS resumed flights on Monday."
    )
    labels = [("Ola Brenn", "PERSON"), ("Osterby", "GPE")]
    analysis = _analyse(text, labels)
    people = {a.name for a in analysis.actors if a.type == "person"}
    assert people == {"Ola Brenn"}


# ---- a landform's name read as a body with its lower-case noun ------------------------------


def test_a_volcanos_name_with_its_lower_case_noun_is_the_place_named_before_it():
    text = (
        "Ash from the Tarnak Kelvo volcano fell on Osterby on Saturday. "
        "Tarnak-Kelvo last erupted in 2014, scientists said."
    )
    labels = [("the Tarnak Kelvo volcano", "ORG"), ("Tarnak-Kelvo", "LOC"), ("Osterby", "GPE")]
    analysis = _analyse(text, labels)
    _one(analysis, "Tarnak Kelvo", "Tarnak-Kelvo")
    assert actor_named(analysis, "Tarnak Kelvo").type == "place"


def test_a_mountains_volcano_in_a_wire_style_is_the_mountain():
    text = "Flights were cancelled after the Mount Varn volcano erupted near Osterby."
    labels = [("the Mount Varn volcano", "FAC"), ("Osterby", "GPE")]
    analysis = _analyse(text, labels)
    assert actor_named(analysis, "Mount Varn").type == "place"


def test_a_volcano_observatory_is_a_body_named_whole():
    text = "The Kelvo Volcano Observatory raised the alert level near Osterby on Monday."
    labels = [("The Kelvo Volcano Observatory", "ORG"), ("Osterby", "GPE")]
    assert "Kelvo Volcano Observatory" in {a.name for a in _analyse(text, labels).actors}


# ---- acronyms: a hashtag before the long form, a family's acronym before a body's name ---------


def test_a_hashtag_before_a_long_form_is_no_part_of_it():
    text = (
        "“The #Kelvo Relief Agency (KRA) and its partners welcome the agreement,” "
        "the statement said. KRA will send teams to Osterby."
    )
    labels = [("KRA", "ORG"), ("Osterby", "GPE")]
    analysis = _analyse(text, labels)
    _one(analysis, "Kelvo Relief Agency", "KRA")
    assert not [a for a in all_aliases(analysis) if a.startswith("#")]


def test_a_bodys_acronym_leaves_out_the_family_acronym_before_its_name():
    text = (
        "The UN Kelvo Relief Agency, KRA, has reported that many people are missing in "
        "Osterby. KRA spokesperson Ola Brenn told journalists on Tuesday that ash covers "
        "the island."
    )
    # the small model tags neither use of the acronym
    labels = [("The UN Kelvo Relief Agency", "ORG"), ("Osterby", "GPE"), ("Ola Brenn", "PERSON")]
    _one(_analyse(text, labels), "UN Kelvo Relief Agency", "KRA")


def test_an_acronym_a_text_defines_for_another_body_joins_that_body_only():
    text = (
        "The Kelvo Roads Authority (KRA) reopened the coast road. The UN Kelvo Relief Agency "
        "sent food to Osterby. KRA crews cleared the ash."
    )
    labels = [("Kelvo Roads Authority", "ORG"), ("KRA", "ORG")]
    labels += [("UN Kelvo Relief Agency", "ORG"), ("Osterby", "GPE")]
    analysis = _analyse(text, labels)
    _one(analysis, "Kelvo Roads Authority", "KRA")
    _apart(analysis, "KRA", "UN Kelvo Relief Agency")


def test_an_acronym_the_model_read_as_a_people_is_the_body_it_spells():
    text = (
        "The mediators from the Kelvo Coastal Union were essential to the agreement. "
        "And the KCU monitoring mechanism is key to its success in Osterby."
    )
    labels = [("the Kelvo Coastal Union", "GPE"), ("KCU", "NORP"), ("Osterby", "GPE")]
    _one(_analyse(text, labels), "Kelvo Coastal Union", "KCU")


def test_a_people_the_model_labelled_stays_a_group_beside_a_body_it_does_not_spell():
    text = "Kelvan fishermen met the Kelvo Coastal Union in Osterby on Monday."
    labels = [("Kelvan", "NORP"), ("Kelvo Coastal Union", "ORG"), ("Osterby", "GPE")]
    assert "Kelvan" not in all_aliases(_analyse(text, labels))
