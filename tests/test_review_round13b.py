"""Review of the second wave's round-13 rules on ordinary prose and page shapes their authors
did not try: each test holds a near miss that a rule changed before it was tightened, and the
shapes the rule is for, which must still read as they did. Every name is made up."""

from __future__ import annotations

from briefing_app.analysis.appearances import appearance

# ---- appearances: a party's role must close the line's party, after a named counsel ------


def test_a_headline_with_a_role_word_after_for_is_no_appearance_line():
    for headline in (
        "Calls Grow for Crown Prince to Step Down",
        "Fresh Hope for Accused Nurse",
        "New Rules for Crown Dependencies",
        "Support Grows for Appeals Court Nominee",
        "Justice for the Accused",
    ):
        assert not appearance(headline), headline


def test_counsel_for_a_role_is_still_an_appearance_line():
    for line in (
        "P. Strand for the Respondent",
        "Ms Ilse Dallowe for the Crown",
        "Ann Roe QC and Ola Brenn for the Appellants",
        "Teodor Blaskinn for the Respondent, the Minister of Water",
    ):
        assert appearance(line), line
