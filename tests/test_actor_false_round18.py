"""Round 18 rules for names listed that no analyst would list, on invented pages loaded through
ingest with hand-made labels:

- a time zone's letters after a clock time ("8am AEST", "until 2pm (CET)");
- a post written without its holder: a rank word and a title ("Deputy Chief Executive"), a
  title's plural after a word that names no place or body ("Circuit Judges"), a body's "Heads
  of Mission";
- the Indian forms of address ("Shri", "Smt.") before a name, and an e-mail address;
- a contributor's note ("Ann Vale is a senior fellow at ...") whose writer the text names
  nowhere else.

Each class has a near miss that must stay as it was. Every name is made up.
"""

from __future__ import annotations

from labelled import analyse_labelled

_analyse = analyse_labelled


def _names(analysis) -> set[str]:
    return {a.name for a in analysis.actors}


_ZONES = """Count of the Tarn Valley vote enters its second week

The Kelvo Electoral Office will publish the margins in its tally room, its director Orla
Vantreece said. The margins are as at 8am AEST on Saturday.

The tally room will be closed from 8:00 to 8:30 pm AEST for maintenance, the Kelvo Electoral
Office said. The count resumes at 14:00 (CEST) in the overseas posts.
"""


def test_a_time_zone_after_a_clock_time_is_no_actor(tmp_path):
    labels = [
        ("AEST", "ORG"),
        ("CEST", "ORG"),
        ("Kelvo Electoral Office", "ORG"),
        ("Orla\nVantreece", "PERSON"),
        ("Orla Vantreece", "PERSON"),
    ]
    names = _names(_analyse(tmp_path, _ZONES, labels))
    assert not {"AEST", "CEST"} & names
    assert {"Kelvo Electoral Office", "Orla Vantreece"} <= names


_ZONE_NEAR_MISS = """Peacekeepers resume patrols in the Tarn Valley

At 10am the UNMIT patrol left the base at Kelvo. At noon KMIT officers met the village council,
and the KMIT commander Orla Vantreece said the road was open again.
"""


def test_a_bodys_acronym_after_a_time_stays(tmp_path):
    labels = [("UNMIT", "ORG"), ("KMIT", "ORG"), ("Orla Vantreece", "PERSON")]
    names = _names(_analyse(tmp_path, _ZONE_NEAR_MISS, labels))
    assert {"UNMIT", "KMIT"} <= names


_POSTS = """Voters urged to check their enrolment before the Kelvo referendum

"Every year thousands of voters move house and forget to tell us," says Orla Vantreece, Deputy
Chief Executive of the Kelvo Electoral Office.

Before VANTREECE, BLASKINN and MARROWBY, Circuit Judges. The appeal was heard in Tarn.

Ambassador Teodor Blaskinn met the EU Heads of Mission in Tarn on Monday.
"""


def test_a_post_without_its_holder_is_no_actor(tmp_path):
    labels = [
        ("Orla Vantreece", "PERSON"),
        ("Deputy Chief Executive", "ORG"),
        ("Kelvo Electoral Office", "ORG"),
        ("Circuit Judges", "ORG"),
        ("EU Heads of Mission", "ORG"),
        ("Teodor Blaskinn", "PERSON"),
        ("Tarn", "GPE"),
    ]
    names = _names(_analyse(tmp_path, _POSTS, labels))
    assert not {"Deputy Chief Executive", "Circuit Judges", "EU Heads of Mission"} & names
    assert {"Orla Vantreece", "Kelvo Electoral Office", "Teodor Blaskinn", "Tarn"} <= names


_POSTS_NEAR_MISS = """Judges meet in Tarn

The Kelvo Judges Association and the Board of Governors met in Tarn on Monday.
"""


def test_a_body_named_for_its_members_stays(tmp_path):
    labels = [
        ("Kelvo Judges Association", "ORG"),
        ("Board of Governors", "ORG"),
        ("Tarn", "GPE"),
    ]
    names = _names(_analyse(tmp_path, _POSTS_NEAR_MISS, labels))
    assert {"Kelvo Judges Association", "Board of Governors"} <= names


_ADDRESS = """Minister visits the Tarn College

Shri Ravindra Kelkar, Minister of Ports, visited the Tarn College today. Shri Kelkar met the
principal, Smt. Anjali Morvekar, and the students.

For help, write to TarnDesk@ports.example.org or call the office.
"""


def test_forms_of_address_and_an_email_are_no_part_of_a_name(tmp_path):
    labels = [
        ("Shri Ravindra Kelkar", "PERSON"),
        ("Shri Kelkar", "PERSON"),
        ("Smt", "GPE"),
        ("Anjali Morvekar", "PERSON"),
        ("Tarn College", "ORG"),
        ("TarnDesk@ports.example.org", "GPE"),
    ]
    analysis = _analyse(tmp_path, _ADDRESS, labels)
    names = _names(analysis)
    assert {"Ravindra Kelkar", "Anjali Morvekar", "Tarn College"} <= names
    assert not {"Smt", "TarnDesk@ports.example.org", "Shri Ravindra Kelkar"} & names
    kelkar = next(a for a in analysis.actors if a.name == "Ravindra Kelkar")
    assert "Shri Kelkar" in kelkar.aliases or "Kelkar" in kelkar.aliases


_NOTE = """Why river towns need a flood plan now

The floods of last spring showed how little the county had prepared. The Marlow County Council
has since promised a review, but no date has been set.

A plan would cost far less than another spring like the last one.

Dana Whitcombe is an associate professor of civil engineering at Ridgeview State University.
Her research focuses on flood risk in small river communities.
"""


def test_the_writer_of_a_contributors_note_is_no_actor(tmp_path):
    labels = [
        ("Marlow County Council", "ORG"),
        ("Dana Whitcombe", "PERSON"),
        ("Ridgeview State University", "ORG"),
    ]
    names = _names(_analyse(tmp_path, _NOTE, labels))
    assert "Dana Whitcombe" not in names
    assert "Marlow County Council" in names


_PROFILE = """A singer who never left the sixties

Dwight Varrow is a singer and songwriter from the Tarn Valley. His new album opens with a
ballad. Mr. Varrow recorded it with his road band.

Ola Brenn is a fellow at the Kelvo Institute, where she studies river towns; Brenn said the
floods changed her work.
"""


def test_a_person_the_text_names_again_stays(tmp_path):
    labels = [
        ("Dwight Varrow", "PERSON"),
        ("Mr. Varrow", "PERSON"),
        ("Ola Brenn", "PERSON"),
        ("Brenn", "PERSON"),
        ("Kelvo Institute", "ORG"),
    ]
    names = _names(_analyse(tmp_path, _PROFILE, labels))
    assert {"Dwight Varrow", "Ola Brenn"} <= names


_GLUED = """Kelvo: the 2030 vote By Ann Vale
parliamentary election results and what they mean

Offers Hope, Support Minister Visits Tarn, Addresses Town Meeting By Ola Brenn W hen Minister
Teodor Blaskinn visited the Tarn Institute on Monday, he brought a message of hope.
"""


def test_a_byline_glued_inside_a_line_is_no_actor(tmp_path):
    labels = [
        ("Ann Vale", "PERSON"),
        ("Ola Brenn W", "PERSON"),
        ("Teodor Blaskinn", "PERSON"),
        ("Tarn Institute", "ORG"),
    ]
    names = _names(_analyse(tmp_path, _GLUED, labels))
    assert not {"Ann Vale", "Ola Brenn W", "Ola Brenn"} & names
    assert {"Teodor Blaskinn", "Tarn Institute"} <= names


_AGENT = """Tarn Bridge Bill Vetoed By Governor Ann Vale

Governor Ann Vale vetoed the bridge bill on Monday, saying the Kelvo Assembly had not costed it.
"""


def test_a_headlines_agent_after_by_stays(tmp_path):
    labels = [("Ann Vale", "PERSON"), ("Kelvo Assembly", "ORG")]
    names = _names(_analyse(tmp_path, _AGENT, labels))
    assert {"Ann Vale", "Kelvo Assembly"} <= names


_STATE_VISIT = """President returns from Kelvo

President Ann Vale concluded his State visit to Kelvo on Tuesday. The President’s State visit
was the first since 2019, Foreign Minister Ola Brenn said.
"""


def test_state_after_a_possessive_is_the_common_noun(tmp_path):
    labels = [("State", "ORG"), ("Ann Vale", "PERSON"), ("Kelvo", "GPE"), ("Ola Brenn", "PERSON")]
    names = _names(_analyse(tmp_path, _STATE_VISIT, labels))
    assert "State" not in names
    assert {"Ann Vale", "Kelvo", "Ola Brenn"} <= names


_DAYS = """Mission joins the celebrations in Tarn

The Kelvo Mission took part on Thursday in the celebrations of Europe Day, organised by the
Office of the Kelvo Representative. On 8 March the mission marked International Women’s Day
with a debate on Brexit and the Grexit talks of 2015.

European Commission Secretary General Catherine Day opened the debate.
"""


def test_a_day_kept_and_an_exit_are_no_actors(tmp_path):
    labels = [
        ("Kelvo Mission", "ORG"),
        ("Europe Day", "GPE"),
        ("International Women’s Day", "ORG"),
        ("Brexit", "PERSON"),
        ("Grexit", "GPE"),
        ("Catherine Day", "PERSON"),
        ("Tarn", "GPE"),
        ("European Commission", "ORG"),
    ]
    names = _names(_analyse(tmp_path, _DAYS, labels))
    assert not {"Europe Day", "International Women’s Day", "Brexit", "Grexit"} & names
    assert {"Kelvo Mission", "Catherine Day"} <= names


_HOLDERS = """Ambassador meets Kelvo leaders

The ambassador met President Ana Lind, Prime Minister-designate Omar Said, and Speaker of
Parliament Teodor Blaskinn, among other officials.

As announced by the Minister for Social Services, The Hon Ola Brenn MP, the Kelvo Government
will fund the programme.
"""


def test_a_post_right_before_its_holder_is_no_body(tmp_path):
    labels = [
        ("Ana Lind", "PERSON"),
        ("Omar Said", "PERSON"),
        ("Speaker of Parliament", "ORG"),
        ("Teodor Blaskinn", "PERSON"),
        ("Minister for Social Services", "ORG"),
        ("Ola Brenn", "PERSON"),
        ("Kelvo Government", "ORG"),
    ]
    names = _names(_analyse(tmp_path, _HOLDERS, labels))
    assert not {"Speaker of Parliament", "Minister for Social Services"} & names
    assert {"Teodor Blaskinn", "Ola Brenn", "Ana Lind"} <= names


_ORDERS = """Security alert for Kelvo citizens in Tarn

The Kelvo Embassy reminds citizens of the need for caution.

  • Contact the Kelvo Embassy, which is located in Tarn on Harbour Road.
  • Follow us on social media for updates.
Jump to: navigation, search
Marlow the latest town to close its schools
"""


def test_an_orders_verb_opening_a_line_is_no_actor(tmp_path):
    labels = [
        ("Kelvo Embassy", "ORG"),
        ("Contact", "GPE"),
        ("Follow", "PERSON"),
        ("Jump", "PERSON"),
        ("Tarn", "GPE"),
        ("Harbour Road", "FAC"),
        ("Marlow", "GPE"),
    ]
    names = _names(_analyse(tmp_path, _ORDERS, labels))
    assert not {"Contact", "Follow", "Jump"} & names
    assert {"Kelvo Embassy", "Tarn", "Marlow"} <= names


_CHAIR_OF_BODY = """Commander meets Kelvo officials

On 19 July the Operation Commander met the Chair of the Kelvo Security Council, Ambassador Ana
Lind, in Tarn.
"""


def test_a_post_of_a_body_named_after_the_keeps_the_body(tmp_path):
    labels = [
        ("Chair of the Kelvo Security Council", "ORG"),
        ("Ana\nLind", "PERSON"),
        ("Tarn", "GPE"),
    ]
    names = _names(_analyse(tmp_path, _CHAIR_OF_BODY, labels))
    assert any("Kelvo Security Council" in n for n in names)


def test_a_body_named_for_its_chiefs_stays(tmp_path):
    page = "The Kelvo Chiefs of Staff Committee met the KDF Heads of Mission in Tarn on Monday.\n"
    labels = [("Kelvo Chiefs of Staff Committee", "ORG"), ("KDF Heads of Mission", "ORG")]
    names = _names(_analyse(tmp_path, page, labels))
    assert "Kelvo Chiefs of Staff Committee" in names
    assert "KDF Heads of Mission" not in names
