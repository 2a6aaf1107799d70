"""Political-news classes (round 5b): instruments and programmes, pieces of a body's long name,
peoples written in the plural, post-nominals, plural body words. Invented paragraphs, labelled
by hand as the small model labels them; each rule has a near-miss that it must leave alone."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _names(text: str, labels: list[tuple[str, str]]) -> set[str]:
    src, sa = labelled(text, labels)
    return {a.name for a in combine([src], [sa]).actors}


# ---- instruments: "Executive Order (E.O.) 4417", "Kestrel sanctions", "Arms Embargo" --------


def test_a_numbered_instrument_and_its_initials_are_no_bodies():
    text = (
        "Treasury acted pursuant to Executive Order (E.O.) 4417, which Ministers of Veldria "
        "condemned. E.O. 4417 was signed in 2009. Council Decision 2031/77/CFSP followed."
    )
    labels = [
        ("Treasury", "ORG"),
        ("Executive Order", "ORG"),
        ("Veldria", "GPE"),
        ("E.O.", "ORG"),
        ("Council Decision", "ORG"),
    ]
    names = _names(text, labels)
    assert not names & {"Executive Order", "E.O.", "Council Decision"}
    assert {"Treasury", "Veldria"} <= names


def test_a_name_written_only_before_sanctions_is_a_programme():
    text = (
        "Officials may face Global Kestrel sanctions, the senator said. The Tarn Human Rights "
        "sanctions regime lets Veldria freeze assets. Respect for the UN Arms Embargo matters."
    )
    labels = [
        ("Global Kestrel", "PERSON"),
        ("Tarn Human Rights", "ORG"),
        ("Veldria", "GPE"),
        ("UN Arms Embargo", "ORG"),
    ]
    names = _names(text, labels)
    assert not names & {"Global Kestrel", "Tarn Human Rights", "UN Arms Embargo"}
    assert "Veldria" in names


def test_a_body_that_imposes_sanctions_and_a_leaders_regime_are_kept():
    text = (
        "Orvania Sanctions Board sanctions were widened on Monday. The Orvania Sanctions Board "
        "said more would follow. The cruel Radek regime jailed 40 people; Radek denied it."
    )
    labels = [
        ("Orvania Sanctions Board", "ORG"),
        ("Orvania Sanctions Board", "ORG"),
        ("Radek", "PERSON"),
        ("Radek", "PERSON"),
    ]
    names = _names(text, labels)
    assert {"Orvania Sanctions Board", "Radek"} <= names


def test_an_acronym_in_brackets_after_a_regulation_is_still_the_body():
    text = "Council Regulation (EU) 2031/1207 applies. The EU said the measures were targeted."
    names = _names(text, [("EU", "ORG"), ("EU", "ORG")])
    assert any(n in names for n in ("EU", "European Union"))


# ---- pieces of a long name ----------------------------------------------------------------


def test_words_of_a_committees_list_name_are_no_actors():
    text = (
        "Rep. Ann Vale, Chair of the Subcommittee on Oceania, the Arctic, and Disarmament, "
        "held a briefing. Ms. Vale told the Subcommittees that Special Representative on "
        "Racism, Bigotry and Intolerance Tom Reed would attend."
    )
    labels = [
        ("Ann Vale", "PERSON"),
        ("Oceania", "LOC"),
        ("Arctic", "LOC"),
        ("Disarmament", "ORG"),
        ("Subcommittees", "ORG"),
        ("Intolerance", "ORG"),
        ("Tom Reed", "PERSON"),
    ]
    names = _names(text, labels)
    assert not names & {"Oceania", "Arctic", "Disarmament", "Subcommittees", "Intolerance"}
    assert {"Ann Vale", "Tom Reed"} <= names


def test_a_place_ending_a_known_bodys_long_name_is_no_actor():
    text = (
        "Veldria works under the auspices of the Organisation for Security and Cooperation "
        "in Europe on media freedom."
    )
    names = _names(text, [("Veldria", "GPE"), ("Europe", "LOC")])
    assert "Europe" not in names and "Veldria" in names


def test_a_country_and_a_body_after_a_list_keep_their_standing():
    text = (
        "A report to the Subcommittee on Trade, Energy, and Related Programs, Committee on "
        "Budgets, Orvania Senate was sent; the Committee on Fisheries, Veldria and Japan met."
    )
    labels = [("Committee on Budgets", "ORG"), ("Orvania Senate", "ORG"), ("Japan", "GPE")]
    names = _names(text, labels)
    assert {"Committee on Budgets", "Orvania Senate", "Japan"} <= names


# ---- post-nominals ------------------------------------------------------------------------


def test_a_degree_after_a_name_is_no_place():
    text = "Rep. Tom Reed, M.D., Chairman of the panel, and Ann Vale, Ph.D., spoke in Tarn."
    labels = [("Tom Reed", "PERSON"), ("M.D.", "GPE"), ("Ann Vale", "PERSON"), ("Ph.D.", "GPE")]
    names = _names(text, labels)
    assert not names & {"M.D.", "Ph.D."}
    assert {"Tom Reed", "Ann Vale"} <= names


def test_letters_that_open_a_sentence_are_no_post_nominal():
    text = "MP Ann Vale said the vote was fair. The MD Group, a Tarn company, said so too."
    names = _names(text, [("Ann Vale", "PERSON"), ("MD Group", "ORG")])
    assert {"Ann Vale", "MD Group"} <= names


# ---- peoples in the plural ----------------------------------------------------------------


def test_a_people_written_in_the_plural_is_a_group():
    text = (
        "Tarn is committing abuses against Muslim Kelvans in the north. Kelvans are monitored "
        "daily, the report said, and the Kelvan ethnic minority is detained. The World Kelvan "
        "Congress protested."
    )
    labels = [
        ("Tarn", "GPE"),
        ("Muslim Kelvans", "ORG"),
        ("Kelvans", "ORG"),
        ("Kelvan", "ORG"),
        ("World Kelvan Congress", "ORG"),
    ]
    names = _names(text, labels)
    assert not names & {"Muslim Kelvans", "Kelvans", "Kelvan"}
    assert {"Tarn", "World Kelvan Congress"} <= names


def test_a_body_named_by_a_plural_without_a_people_is_kept():
    text = "Reuters said the talks failed. Reuters reported that Tarn and Veldria disagreed."
    names = _names(text, [("Reuters", "ORG"), ("Reuters", "ORG"), ("Tarn", "GPE")])
    assert "Reuters" in names


# ---- people the model typed as bodies or places; towns it typed as bodies ----------------


def _type_of(text: str, labels: list[tuple[str, str]], alias: str) -> str:
    src, sa = labelled(text, labels)
    found = [a for a in combine([src], [sa]).actors if alias in a.aliases]
    assert len(found) == 1, [a.name for a in combine([src], [sa]).actors]
    return found[0].type


def test_a_patronymic_makes_a_person():
    text = (
        "Minister Oleg Vasilyevich Tarnau and his deputy Ivan Pyotrovich Drozdau (Drozdau) "
        "direct the police of Kelvoria."
    )
    labels = [("Oleg Vasilyevich Tarnau", "ORG"), ("Drozdau", "GPE"), ("Kelvoria", "GPE")]
    assert _type_of(text, labels, "Oleg Vasilyevich Tarnau") == "person"
    assert _type_of(text, labels, "Drozdau") == "person"


def test_a_town_ending_like_a_patronymic_stays_a_place():
    text = "Floods hit Baranovichi and Kelvoria on Monday, officials said."
    labels = [("Baranovichi", "GPE"), ("Kelvoria", "GPE")]
    assert _type_of(text, labels, "Baranovichi") == "place"


def test_a_role_noun_before_a_name_makes_a_person():
    text = "Kelvo Radio Bureau Chief Tarik Omanu interviewed the minister in Tarn."
    labels = [("Tarik Omanu", "ORG"), ("Tarn", "GPE")]
    assert _type_of(text, labels, "Tarik Omanu") == "person"


def test_a_name_listed_only_with_people_is_a_person():
    text = (
        "Three members of the church, Saro Fadami, Jon Omidar, and Yasim Bellazadeh, were "
        "arrested. It was good to speak with Lewin Rowan Jones and Spencer Tal, apprentices."
    )
    labels = [
        ("Saro Fadami", "GPE"),
        ("Jon Omidar", "PERSON"),
        ("Yasim Bellazadeh", "PERSON"),
        ("Lewin Rowan Jones", "ORG"),
        ("Spencer Tal", "PERSON"),
    ]
    assert _type_of(text, labels, "Saro Fadami") == "person"
    assert _type_of(text, labels, "Lewin Rowan Jones") == "person"


def test_a_body_listed_with_people_stays_a_body():
    text = "Jon Omidar, Yasim Bellazadeh and Kelvo Relief Fund sent aid to Tarn."
    labels = [
        ("Jon Omidar", "PERSON"),
        ("Yasim Bellazadeh", "PERSON"),
        ("Kelvo Relief Fund", "ORG"),
        ("Tarn", "GPE"),
    ]
    assert _type_of(text, labels, "Kelvo Relief Fund") == "organization"


def test_a_single_word_after_in_is_a_town():
    text = "The company in Welsmoor is well established. Violence in Bentavo killed 40 people."
    labels = [("Welsmoor", "ORG"), ("Bentavo", "ORG")]
    assert _type_of(text, labels, "Welsmoor") == "place"
    assert _type_of(text, labels, "Bentavo") == "place"


def test_a_stake_in_a_company_keeps_the_company():
    text = "The fund invested in Kelvora last year, and shares in Kelvora rose."
    labels = [("Kelvora", "ORG")]
    assert _type_of(text, labels, "Kelvora") == "organization"


def test_a_regional_offices_domain_is_no_place():
    text = (
        "The Tarn Regional Office for Asia and the Pacific is ready to help Kelvoria, "
        "the agency said."
    )
    labels = [("Tarn Regional Office", "ORG"), ("Asia", "LOC"), ("Pacific", "LOC")]
    labels.append(("Kelvoria", "GPE"))
    names = _names(text, labels)
    assert not names & {"Asia", "Pacific"}
    assert "Kelvoria" in names


def test_two_bodies_joined_after_a_fund_for_are_kept():
    text = "The Fund for Peace and Oxlam said on Monday that Kelvoria must act."
    labels = [("Fund for Peace", "ORG"), ("Oxlam", "ORG"), ("Kelvoria", "GPE")]
    assert {"Oxlam", "Kelvoria"} <= _names(text, labels)


def test_a_contact_label_under_a_release_is_no_body():
    text = (
        "Kelvo Media said the vote was fair.\n\nMedia contact:\nName: Ann Vale\n"
        "Press enquiries: call the Tarn office."
    )
    labels = [("Kelvo Media", "ORG"), ("Media", "ORG"), ("Press", "ORG"), ("Ann Vale", "PERSON")]
    names = _names(text, labels)
    assert not names & {"Media", "Press"}
    assert "Kelvo Media" in names


def test_a_person_apposed_to_a_post_for_something_is_kept():
    text = (
        "The agency's Assistant High Commissioner for Operations, Tarek Mazoun, urged more "
        "support. Mazoun visited Tarn."
    )
    labels = [("Tarek Mazoun", "ORG"), ("Mazoun", "PERSON"), ("Tarn", "GPE")]
    assert "Tarek Mazoun" in _names(text, labels)


def test_a_capitalised_plural_after_a_participle_is_a_common_noun():
    text = (
        "Tarn and other participating States crack down on free speech, Ann Vale said; "
        "neighbouring Countries agreed."
    )
    labels = [("Tarn", "GPE"), ("States", "GPE"), ("Countries", "ORG"), ("Ann Vale", "PERSON")]
    names = _names(text, labels)
    assert not names & {"States", "Countries"}
    assert {"Tarn", "Ann Vale"} <= names


def test_a_body_named_by_a_plural_after_a_preposition_in_ing_is_kept():
    text = "Officials met aid groups, including Kelvoworks, during talks in Tarn."
    labels = [("Kelvoworks", "ORG"), ("Tarn", "GPE")]
    assert "Kelvoworks" in _names(text, labels)


def test_a_piece_cut_before_a_patronymic_is_no_body():
    text = "Deputy Minister of the Interior Ivan Pyotrovich Drozdau directs the police of Tarn."
    labels = [("Interior Ivan", "ORG"), ("Drozdau", "GPE"), ("Tarn", "GPE")]
    names = _names(text, labels)
    assert "Interior Ivan" not in names
    assert _type_of(text, labels, "Drozdau") == "person"
