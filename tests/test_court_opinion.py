"""A court opinion's writer and day, and a Commonwealth judgment's judge line, as source
fields. Every page here is invented for the test.
"""

from __future__ import annotations

from briefing_app.ingest import source_from_text
from briefing_app.ingest.court_opinion import decision_date, opinion_writer

STORY = (
    "Since March, river levels across the Kelvo basin have fallen by a third, and the water "
    "board has cut the quotas of four provinces.\n\n"
    "Farmers in the south say the cuts came too late for the spring sowing."
)

# --- a court's opinion: its writer and its day -------------------------------------------


def test_the_justice_delivering_the_opinion_is_its_author_and_the_bracketed_day_its_date():
    text = (
        "SUPREME COURT OF KELVO\n\n"
        "ROE v. KELVO WATER BOARD ON WRIT OF CERTIORARI TO THE COURT OF APPEALS "
        "[March 3, 2031] JUSTICE DOE delivered the opinion of the Court. The Water Act "
        "forbids the board to cut a province's quota without notice. We hold that it did."
    )
    source = source_from_text(text)
    assert source.author == "Justice Doe"
    assert source.published == "2031-03-03"


def test_a_chief_justice_and_the_syllabus_form_name_the_writer():
    assert opinion_writer("CHIEF JUSTICE ROE delivered the opinion of the Court.") == (
        "Chief Justice Roe"
    )
    syllabus = "Held: the cut was lawful. Pp. 3-9.\nDOE, J., delivered the opinion of the Court, in"
    assert opinion_writer(syllabus) == "Justice Doe"


def test_an_opinion_quoted_in_a_discussion_names_no_writer_of_the_page():
    # near-miss: a forum post quotes the phrase, and "in part" is not the whole opinion
    text = (
        'The syllabus says that "CHIEF JUSTICE ROE delivered the opinion of the Court in '
        'part". What happened to the rest of it?\n\nQuote:\nROE, C. J., delivered the '
        "opinion of the Court in part, in which DOE, J., joined."
    )
    assert opinion_writer(text) == ""
    assert source_from_text("Court phrases explained\n\n" + text).author == ""


def test_an_appeal_is_dated_the_day_it_was_filed_not_the_day_it_was_argued():
    text = (
        "Roe v. Kelvo Water Board\n\nNo. 31-0417.\n\nCourt of Appeals of Kelvo, Second "
        "Circuit.\n\nArgued and Submitted March 10, 2031.\n\nFiled April 5, 2031.\n\n"
        "Before DOE, POE and ROE, Circuit Judges.\n\n" + STORY
    )
    assert source_from_text(text).published == "2031-04-05"


def test_a_decided_day_without_an_argued_day_is_left_to_the_other_rules():
    # near-miss: "Decided" alone may be a note's or a listing's word, not a judgment's header
    assert decision_date("Decided March 3, 2031, the board says, to cut the quotas.") == ""


def test_a_commonwealth_judgment_names_its_judge_under_the_case_number():
    text = (
        "Roe v Kelvo Water Board (Petition 12 of 2031) [2031] KVHC 17 (Judgment)\n"
        "Neutral citation:\n[2031] KVHC 17\nRepublic of Kelvo\nPetition 12 of 2031\n"
        "JK Roe, J\nMarch 3, 2031\nBetween\nJane Doe\nPetitioner\nand\nKelvo Water Board\n"
        "Respondent\nJudgment\n1.The petitioner says the board cut her quota without any "
        "notice to her or to her province."
    )
    assert source_from_text(text).author == "JK Roe"


def test_a_bench_of_several_judges_names_no_one_writer():
    # near-miss: a panel's line lists several judges
    text = (
        "Roe v Kelvo Water Board (Petition 12 of 2031) [2031] KVSC 4 (Ruling)\n"
        "Republic of Kelvo\nPetition 12 of 2031\nAB Roe, CD Doe & EF Poe, SCJJ\n"
        "March 3, 2031\nBetween\nJane Doe\nPetitioner\nRuling\n1.Before this Court are two "
        "motions the petitioner filed against the board and its chair."
    )
    assert source_from_text(text).author == ""


def test_a_page_quoting_several_justices_delivering_opinions_names_no_writer():
    # a lesson or digest quoting several syllabi: no one judge wrote the page
    text = (
        "The last paragraph of a syllabus says who joined whom. A simple case:\n\n"
        "DOE, J., delivered the opinion of the Court, in which all the other Justices "
        "joined.\n\n"
        "A case with a dissent:\n\n"
        "ROE, J., delivered the opinion of the Court, in which DOE, J., joined. POE, J., "
        "filed a dissenting opinion.\n\n" + STORY
    )
    assert opinion_writer(text) == ""
    assert source_from_text(text).author == ""
    # the syllabus and the opening of one opinion name the same judge: that judge wrote it
    one = (
        "ROE, J., delivered the opinion of the Court, in which DOE, J., joined.\n\n"
        "JUSTICE ROE delivered the opinion of the Court.\n\n" + STORY
    )
    assert opinion_writer(one) == "Justice Roe"
