"""Round 13 rules for true actors that were dropped with the lines carrying them, on invented
pages loaded through ingest (so the page lines are what the app makes of them) with hand-made
labels:

- a judgment's appearance lines ("Mr A (instructed by B) for Ola Brenn", "D. Roe for the
  Respondent") are the court listing's sentences, not headings: the parties and counsel they
  name are the case's actors, and a party named there is a person whatever the model read;
- a line "Source: <body>" of its own on a republished release names the issuer, an actor of
  the story; a photo's "(Source: ...)" and a person after the cue stay credits;
- a country labelling an item's heading ("Kelvo: Floods Close the Coast Road", "Kelvo;
  Veldria: ...") is the item's place, read by the model or not; a city's or a word's label
  and the labels of a related-links run after the story stay furniture;
- a body's acronym owning a name joined by "and" or "of" ("KTDA’s Trade and Development
  Board") names two bodies, the acronym's and its organ; "KTDA’s Ola Brenn" and "Brenn’s Press
  Conference" are no organs;
- "Tallport JFT" after "... Joint Flood Team (JFT)" is the place and the body's acronym the text
  defines, not a given name and a surname in capitals (the place was merged into the body);
  "Darlton GRAHAM ... GRAHAM" stays a person.

Each class has a near miss that must stay as it was. Every name is made up.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing_app.analysis import combine
from briefing_app.analysis.appearances import appearance
from briefing_app.analysis.extract import SourceAnalysis
from briefing_app.ingest import load_source


def _analyse(tmp_path: Path, page: str, labels: list[tuple[str, str]], unread: str = ""):
    """The analysis of ``page`` loaded as a text file, its entities labelled by hand (nothing
    inside the words ``unread``, as the model read none there)."""
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    src = load_source(str(path))
    text = src.text
    entities: list[tuple[int, int, str]] = []
    if unread:  # a placeholder over each, so no label goes there; dropped below
        entities = [(m.start(), m.end(), "") for m in re.finditer(re.escape(unread), text)]
    for surface, label in sorted(labels, key=lambda x: -len(x[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not any(m.start() < e and s < m.end() for s, e, _ in entities):
                entities.append((m.start(), m.end(), label))
    entities = [e for e in entities if e[2]]
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]", text)]
    return combine([src], [SourceAnalysis(src.id, "test", sentences, sorted(entities))])


def _actors(analysis) -> dict[str, str]:
    return {a.name: a.type for a in analysis.actors}


_LISTING = """Neutral Citation Number: [2031] KVCA Crim 88
IN THE COURT OF APPEAL OF KELVO
Palace of Justice, Old Quay, Tallport
Before:
JUSTICE ORLA VANTREECE
Between:
DORIN HALVEK MARTA HALVEK
Appellants
- and -
THE STATE
Respondent
Mr Teodor Blaskinn (instructed by Marrowby Legal) for Dorin Halvek and Marta Halvek
Ms Ilse Dallowe for Quinn Averlo
P. Strand for the Respondent
Hearing date: 4 March 2031
Judgment
1. The appellants pleaded guilty at the Tallport Crown Court to offences of fraud and were
sentenced to three years' imprisonment. They appeal against that sentence.
"""

_LABELS = [
    ("Dorin Halvek", "ORG"),
    ("Marta Halvek", "ORG"),
    ("Quinn Averlo", "PERSON"),
    ("Teodor Blaskinn", "PERSON"),
    ("Ilse Dallowe", "PERSON"),
    ("P. Strand", "PERSON"),
    ("Tallport Crown Court", "ORG"),
]


def test_parties_and_counsel_of_appearance_lines_are_actors(tmp_path):
    actors = _actors(_analyse(tmp_path, _LISTING, _LABELS))
    for name in ("Dorin Halvek", "Marta Halvek", "Quinn Averlo"):
        assert actors.get(name) == "person", actors  # parties, the model's "ORG" outvoted
    for name in ("Teodor Blaskinn", "Ilse Dallowe", "P. Strand"):
        assert name in actors, actors


_HEADINGS = """Kelvo Regional Assembly

Support for Quinn Averlo

Call for Evidence

Dr Ilse Dallowe for Tallport

Mr Teodor Blaskinn for President

The Water and Rivers Committee met today to examine the written submissions it received over
the summer, and agreed a list of the bodies it will call to give oral evidence next month.
"""


def test_near_miss_headings_with_for_stay_furniture(tmp_path):
    labels = [
        ("Quinn Averlo", "PERSON"),
        ("Ilse Dallowe", "PERSON"),
        ("Teodor Blaskinn", "PERSON"),
        ("Water and Rivers Committee", "ORG"),
    ]
    actors = _actors(_analyse(tmp_path, _HEADINGS, labels))
    for name in ("Quinn Averlo", "Ilse Dallowe", "Teodor Blaskinn"):
        assert name not in actors, actors
    assert "Water and Rivers Committee" in actors


def test_appearance_shapes():
    assert appearance("Mr Teodor Blaskinn (instructed by Marrowby Legal) for Dorin Halvek")
    assert appearance("P. Strand for the Respondent")
    assert appearance("TEODOR BLASKINN KC appeared on behalf of the Crown")
    assert appearance("Ann Roe QC and Ola Brenn for the Appellants")
    for heading in (
        "Support for Quinn Averlo",
        "Call for Evidence",
        "Minister for Water Teodor Blaskinn",
        "Commission for Refugees Opens Office",
        "Dr Ilse Dallowe for Tallport",
        "Mr Teodor Blaskinn for President",
        "Ann Roe for Kelvo Council",
    ):
        assert not appearance(heading), heading


_ISSUED = """Man charged after Tallport crash

Source: Kelvo Regional Police

A 34-year-old man has been charged after a crash on the coast road near Tallport on Sunday.

The man will appear in the Tallport District Court on Monday, police said.

ENDS

Harbour closed to small craft

Source: Tallport Harbour Authority

The inner harbour will stay closed to small craft until Friday, the harbour master said.

Ferries to the outer islands will run from the north quay, where extra staff will help.

Fishing boats already at sea have been told to land their catch at the fish market pier.

The harbour office will publish a new notice on Thursday evening once the divers have finished.
"""


def test_the_issuer_a_source_line_names_is_an_actor(tmp_path):
    labels = [
        ("Kelvo Regional Police", "ORG"),
        ("Tallport Harbour Authority", "ORG"),
        ("Tallport District Court", "ORG"),
    ]
    actors = _actors(_analyse(tmp_path, _ISSUED, labels))
    assert actors.get("Tallport Harbour Authority") == "organization", actors


_CREDITED = """Harbour closed to small craft

Source: Kelvo Regional Police

The inner harbour will stay closed to small craft until Friday, the harbour master said.

The breakwater near Tallport after the storm (Source: Tallport Harbour Authority)

Source: Orla Vantreece

Source: Orla Vantreece/Tallport Harbour Authority

The man will appear in the Tallport District Court on Monday, police said.

Ferries to the outer islands will run from the north quay, where extra staff will help.

Fishing boats already at sea have been told to land their catch at the fish market pier.

The harbour office will publish a new notice on Thursday evening once the divers have finished.
"""


def test_near_miss_a_caption_source_and_a_person_stay_credits(tmp_path):
    labels = [
        ("Tallport Harbour Authority", "ORG"),
        ("Orla Vantreece", "PERSON"),
        ("Tallport District Court", "ORG"),
    ]
    actors = _actors(_analyse(tmp_path, _CREDITED, labels))
    assert "Tallport Harbour Authority" not in actors, actors
    assert "Orla Vantreece" not in actors, actors
    assert "Tallport District Court" in actors


_DIGEST = """Stories about Floods from March, 2031

Kenya: Floods Close the Coast Road
Heavy rain closed the coast road for a third day and the county opened four shelters for families.

Chad; Niger: River Commission Meets Over Dams
The commission's ministers agreed to share the dams' release plans before the rainy season.

Tallport: Harbour Stays Shut
The harbour master said the inner harbour would stay closed to small craft until Friday.

Update: Ferry Times Changed
Ferries to the outer islands will run from the north quay until the breakwater is repaired.
"""


def test_country_labels_of_items_are_places(tmp_path):
    labels = [("Kenya", "GPE"), ("Tallport", "GPE")]  # Chad and Niger left unread
    actors = _actors(_analyse(tmp_path, _DIGEST, labels))
    for name in ("Kenya", "Chad", "Niger"):
        assert actors.get(name) == "place", actors
    assert "Tallport" not in actors, actors  # a city's label: no rule for it
    assert "Update" not in actors


_TRANSCRIPT = """Press conference on the harbour closure

Moderator: Thank you all for coming. We will start with the harbour master.

Jordan: We will keep the inner harbour closed until Friday, and we expect the divers' report today.
"""


def test_near_miss_a_speaker_named_like_a_country_is_no_place(tmp_path):
    actors = _actors(_analyse(tmp_path, _TRANSCRIPT, []))
    assert "Jordan" not in actors, actors


_RELATED = """Harbour closed to small craft

The inner harbour will stay closed to small craft until Friday, the harbour master said.

Ferries to the outer islands will run from the north quay, where extra staff will help.

Related

Kenya: Floods Close the Coast Road

Chad: River Commission Meets

Niger: Dams Release Plan Agreed
"""


def test_near_miss_country_labels_of_related_links_stay_furniture(tmp_path):
    labels = [("Kenya", "GPE"), ("Chad", "GPE")]
    actors = _actors(_analyse(tmp_path, _RELATED, labels))
    for name in ("Kenya", "Chad", "Niger"):
        assert name not in actors, actors


_ORGAN = """Trade body warns of a costly year

The chief of the Kelvo Trade and Development Agency (KTDA), Ola Brenn, said on Monday that poorer
members need more help.

She was opening the 12th session of KTDA’s Trade and Development Board, its governing body.

KTDA’s Quinn Averlo told reporters that the board would meet again in the autumn.

Averlo’s Press Conference was held after the session.
"""


def test_a_body_owning_an_organ_joined_by_and_names_both(tmp_path):
    labels = [
        ("Kelvo Trade and Development Agency", "ORG"),
        ("KTDA’s Trade and Development Board", "ORG"),
        ("KTDA’s Quinn Averlo", "ORG"),
        ("Averlo’s Press Conference", "ORG"),
        ("Ola Brenn", "PERSON"),
        ("KTDA", "ORG"),
    ]
    actors = _actors(_analyse(tmp_path, _ORGAN, labels))
    assert actors.get("Trade and Development Board") == "organization", actors
    # near misses, as they were: no organ of two words or of a person's possessive
    assert actors.get("Quinn Averlo", "person") == "person", actors
    assert "Press Conference" not in actors, actors


_UNIT = """Man charged over false flood warnings

A Tallport man has been charged as part of a Tallport Joint Flood Team (JFT) investigation.

Members of the Kelvo Police arrested the man today on behalf of the Tallport JFT.

JFT investigators said the warnings had caused no harm in Tallport.

Darlton GRAHAM, 66, will appear in court on Monday. GRAHAM was granted bail.
"""


def test_a_place_before_a_defined_acronym_is_no_given_name(tmp_path):
    labels = [
        ("Tallport", "GPE"),
        ("Tallport Joint Flood Team", "ORG"),
        ("JFT", "ORG"),
        ("Kelvo Police", "ORG"),
        ("Darlton GRAHAM", "PERSON"),
    ]
    actors = _actors(_analyse(tmp_path, _UNIT, labels, unread="Tallport JFT"))
    assert actors.get("Tallport") == "place", actors
    assert actors.get("Tallport Joint Flood Team") == "organization", actors
    assert actors.get("Darlton GRAHAM", actors.get("Darlton Graham")) == "person", actors
