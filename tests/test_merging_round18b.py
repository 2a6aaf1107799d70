"""One ship or body written several ways is one actor, eighteenth round (b), on invented texts
with hand-made labels.

- A ship's name written with and without the full stop after an initial ("USS Ada K. Varn",
  "USS Ada K Varn") is one ship named twice, kept as an actor with both forms; two ships whose
  initials differ are two names said once each, and stay out.
- A ship kept as an actor ("HMAS Tarnwood" named twice) is its bare name too where the text
  writes it alone ("personnel onboard Tarnwood") and the model never labelled it; a bare name
  running on into a longer name ("Tarnwood Street") is not the ship.
- A list of ships whose first item follows a person's initial ("USNS Ada K. Varn, USNS Bel
  ...") never yields the end of that name ("Varn") as a body of its own.
- An acronym written with the place its body serves ("Corvan Advisory Mission in Chad (CAM
  Chad)", "Corvan Advisory Mission Niger (CAM Niger)") pairs with the whole long form; a
  lower-case phrase before it ("launched a training mission in Chad (CTM Chad)") or capitals
  that do not spell the name keep no pair.

- A person's full name with another full name alone in a bracket right after it ("Rev. Ilse
  Marrow (Dana Quill)") is one person under two names; a bracket with more than the name
  ("(Dana Quill's sister)"), a party tag or a lone word ("(Quill)") joins nobody.

- A person the model read with a case's caption ("Prosecutor v. Dario Vestrić") is the party
  after the "v."; a caption whose party is one word ("Hollin v. Tarn") is left as it was.

The ships, bodies and people are made up; Chad and Niger are real countries.
"""

from __future__ import annotations

from labelled import labelled_aliases, named_together


def _named(actors: dict[str, list[str]], form: str) -> bool:
    return any(form == name or form in aliases for name, aliases in actors.items())


def test_a_ship_with_and_without_its_initials_dot_is_one_ship(tmp_path):
    text = (
        "Relief ships arrived off the coast: USNS Bel Orra, USNS Cor Dane and USS Ada K Varn. "
        "Three ships (USS Ada K. Varn, USS Hollin and USS Pryde) remain in the bay."
    )
    labels = [("USS Ada K Varn", "PERSON"), ("USS Ada K. Varn", "PERSON")]
    actors = labelled_aliases(tmp_path, text, labels)
    assert named_together(actors, "USS Ada K Varn", "USS Ada K. Varn")


def test_two_ships_whose_initials_differ_are_named_once_each(tmp_path):
    text = (
        "Relief ships arrived off the coast: USNS Bel Orra, USNS Cor Dane and USS Ada K Varn. "
        "Three ships (USS Ada L. Varn, USS Hollin and USS Pryde) remain in the bay."
    )
    labels = [("USS Ada K Varn", "PERSON"), ("USS Ada L. Varn", "PERSON")]
    actors = labelled_aliases(tmp_path, text, labels)
    assert not _named(actors, "USS Ada K Varn")
    assert not _named(actors, "USS Ada L. Varn")


def test_a_kept_ship_is_its_bare_name_too(tmp_path):
    text = (
        "HMAS Tarnwood sailed for Nuku'alofa with relief supplies. "
        "HMAS Tarnwood arrived on Friday. Personnel onboard Tarnwood unloaded 200 pallets, "
        "and Tarnwood will stay in port for a week."
    )
    actors = labelled_aliases(tmp_path, text, [("HMAS Tarnwood", "ORG")])
    assert named_together(actors, "HMAS Tarnwood", "Tarnwood")


def test_a_bare_name_running_into_a_longer_name_is_not_the_ship(tmp_path):
    text = (
        "HMAS Tarnwood sailed for Nuku'alofa with relief supplies. "
        "HMAS Tarnwood arrived on Friday. Families waited at Tarnwood Street for news."
    )
    actors = labelled_aliases(tmp_path, text, [("HMAS Tarnwood", "ORG")])
    assert not named_together(actors, "HMAS Tarnwood", "Tarnwood")
    assert not _named(actors, "Tarnwood")


def test_a_list_after_an_initial_yields_no_name_end(tmp_path):
    text = (
        "The group includes USS Hollin, USNS Ada K. Varn, USNS Bel Orra, USNS Cor Dane and "
        "USS Pryde. USNS Bel Orra and USNS Cor Dane carry fuel; USS Hollin and USS Pryde "
        "carry helicopters."
    )
    labels = [("USNS Bel Orra", "ORG"), ("USNS Cor Dane", "ORG"), ("USS Hollin", "ORG")]
    labels += [("USS Pryde", "ORG")]
    actors = labelled_aliases(tmp_path, text, labels)
    assert not _named(actors, "Varn")


def test_an_acronym_with_its_place_pairs_with_the_whole_name(tmp_path):
    text = (
        "The Corvan Advisory Mission in Chad (CAM Chad) opened an office in N'Djamena. "
        "CAM Chad will train police officers. The Corvan Advisory Mission Niger (CAM Niger) "
        "followed a year later."
    )
    actors = labelled_aliases(tmp_path, text, [("Chad", "GPE"), ("Niger", "GPE")])
    assert named_together(actors, "Corvan Advisory Mission in Chad", "CAM Chad")
    assert named_together(actors, "Corvan Advisory Mission Niger", "CAM Niger")
    assert not named_together(actors, "CAM Chad", "CAM Niger")


def test_a_lower_case_phrase_or_other_capitals_keep_no_pair(tmp_path):
    text = (
        "The Corvan Union launched a training mission in Chad (CTM Chad) in 2014. "
        "The Tarn Relief Office in Niger (XYZ Niger) sent tents."
    )
    labels = [("Corvan Union", "ORG"), ("Chad", "GPE"), ("Niger", "GPE")]
    labels += [("Tarn Relief Office", "ORG")]
    actors = labelled_aliases(tmp_path, text, labels)
    assert not _named(actors, "CTM Chad")
    assert not named_together(actors, "Tarn Relief Office", "XYZ Niger")
    assert not named_together(actors, "Tarn Relief Office in Niger", "XYZ Niger")


def test_a_full_name_alone_in_a_bracket_is_the_same_person(tmp_path):
    text = (
        "Rev. Ilse Marrow (Dana Quill) of the Church of the Lantern lost her appeal on Monday. "
        "Marrow said she would go to the high court. Quill had filed the suit in 2019."
    )
    labels = [("Ilse Marrow", "PERSON"), ("Dana Quill", "PERSON"), ("Marrow", "PERSON")]
    labels += [("Quill", "PERSON")]
    actors = labelled_aliases(tmp_path, text, labels)
    assert named_together(actors, "Ilse Marrow", "Dana Quill")


def test_a_bracket_with_more_than_a_name_joins_nobody(tmp_path):
    text = (
        "Ilse Marrow (Dana Quill's sister) spoke first. Senator Tova Brenn (D-Orlo) spoke "
        "next, and Arlo Penn (Brenn) closed the hearing."
    )
    labels = [("Ilse Marrow", "PERSON"), ("Dana Quill", "PERSON"), ("Tova Brenn", "PERSON")]
    labels += [("Arlo Penn", "PERSON"), ("Brenn", "PERSON")]
    actors = labelled_aliases(tmp_path, text, labels)
    assert not named_together(actors, "Ilse Marrow", "Dana Quill")
    assert not named_together(actors, "Arlo Penn", "Tova Brenn")


def test_a_case_caption_leaves_the_party_after_its_v(tmp_path):
    text = (
        "Appeals judgement in the Vestrić case\n\n"
        "The Appeals Chamber delivered its Judgment in the case Prosecutor v. Dario Vestrić, "
        "which confirmed Vestrić’s convictions. In Hollin v. Tarn the court heard nothing new."
    )
    labels = [("Prosecutor v. Dario Vestrić", "PERSON"), ("Vestrić", "LOC")]
    labels += [("Hollin v. Tarn", "PERSON")]
    actors = labelled_aliases(tmp_path, text, labels)
    assert _named(actors, "Dario Vestrić")
    assert not _named(actors, "Tarn")  # a lone word after the "v." is left as the model read it
