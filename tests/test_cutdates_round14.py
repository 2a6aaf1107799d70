"""Round 14: dates on the furniture lines a page ends with. The loader trims a page's tail (short
lines, teaser headlines, a footer); a line there that carries a full date (the last item's
heading with its day in brackets, a teaser's stamp, a footer's stamp) leaves its date as a line
of text (its words still go), so the analysis reads the date and the year the page speaks from.
A stamp with a time of day, or any stamp on a page with a comment thread, is trimmed as before;
the published date is read before the trim and does not change. Invented pages."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.ingest.load import source_from_text
from briefing_app.ingest.tail_stamps import stamp_date


def _timeline(page: str) -> dict[str, str]:
    """The timeline of a page as the loader leaves it (sentences by punctuation, no model)."""
    src = source_from_text(page)
    _, sa = labelled(src.text, [], sid=src.id)
    return {d.text: d.date for d in combine([src], [sa]).dates}


PHOTO_REPORT = (
    "Photo Report (March, 2031)\n\n"
    "Minister's Visit to the Flooded Districts of Ardia (March 20, 2031)\n\n"
    "The minister visited two districts of Ardia hit by the floods, inspected a relief camp and "
    "met the mayors to discuss how the damaged roads will be rebuilt before the rains.\n\n"
    "  • At the relief camp in Belmar\n\n"
    "  • With the mayor of Drevny\n\n"
    "Back to Top\n\n"
    "Talks with the Ambassador of Kelvo on Port Repairs (March 14, 2031)\n\n"
    "Sta\n"
)


def test_the_last_items_dated_heading_stays_at_a_cut_page_end():
    src = source_from_text(PHOTO_REPORT)
    assert src.text.endswith("rebuilt before the rains.\n\nMarch 14, 2031")
    assert "Talks with the Ambassador" not in src.text  # the heading's words: no names, no text
    assert "Sta" not in src.text.split("\n\n")  # the cut-off word and the widget still go
    assert "Back to Top" not in src.text
    assert _timeline(PHOTO_REPORT).get("March 14, 2031") == "2031-03-14"


def test_an_undated_last_heading_is_still_trimmed():
    page = PHOTO_REPORT.replace(" (March 14, 2031)", "")
    assert "Talks with the Ambassador" not in source_from_text(page).text


FOOTER = (
    "Coast Guard, Republic of Ardia\n\n"
    "Latest News\n\n"
    "Patrol boats escorted the fishing fleet through the disputed waters this spring.\n"
    "The fleet left port at 06:00 on June 4th and reached the fishing grounds at 14:00 on June "
    "5th, where two foreign patrol vessels followed it at a distance.\n"
    "Both sides kept to the rules of the sea and no incident was reported during the patrol.\n"
    "  • Página actualizada: 2031/08/26\n\n"
    "Close footer menu\n"
)


def test_a_footer_stamp_gives_the_year_its_page_speaks_from():
    src = source_from_text(FOOTER)
    assert src.text.endswith("no incident was reported during the patrol.\n\n2031/08/26")
    assert "Close footer menu" not in src.text
    dates = _timeline(FOOTER)
    assert dates.get("June 4th") == "2031-06-04"
    assert dates.get("June 5th") == "2031-06-05"


def test_an_update_stamp_at_the_foot_does_not_beat_the_published_line():
    page = FOOTER.replace("Latest News\n\n", "Latest News\n\nPublished: 3 June 2031\n\n")
    assert source_from_text(page).published == "2031-06-03"


TEASERS = (
    "Category: Courts\n\n"
    "12 May 2031\n\n"
    "Judges Under Pressure\n\n"
    "The government's plan to retire a third of the supreme court's judges early met strong "
    "criticism from lawyers and academics at a conference in the capital. Continue reading >>\n\n"
    "09 May 2031\n\n"
    "A Court of Its Own\n\n"
    "Parliament voted to move disciplinary cases against judges to a new chamber whose members "
    "the justice minister appoints, a step the bar council called unlawful. Continue reading >>\n\n"
    "06 May 2031\n\n"
    "Über die Richter\n\n"
    "Die Regierung plant\n"
)


def test_the_last_teasers_stamp_stays_when_its_teaser_is_cut():
    src = source_from_text(TEASERS)
    assert src.text.endswith("Continue reading >>\n\n06 May 2031")
    assert "Die Regierung plant" not in src.text


def test_a_stamp_on_a_page_with_comments_is_trimmed_with_the_thread():
    page = (
        "Water prices to rise\n\n"
        "The Ardia water board said on Monday that household water prices will rise by a tenth "
        "next year to pay for the repair of the main dam and two pumping stations.\n\n"
        "Marta says:\n\n"
        "July 7, 2031\n\n"
        "Too much.\n\n"
        "Reply\n"
    )
    src = source_from_text(page)
    assert "July 7, 2031" not in src.text
    assert "Marta says:" not in src.text


def test_stamps_with_a_time_of_day_and_undated_lines_are_no_stamps():
    assert stamp_date("Talks with the Ambassador (March 14, 2031)") == "March 14, 2031"
    assert stamp_date("• Última actualización: 30.04.2031") == "30.04.2031"
    assert stamp_date("Updated 2031-04-30") == "2031-04-30"
    assert stamp_date("Printed 30/11/2031 14:05") == ""
    assert stamp_date("March 7, 2031 at 9:14 am") == ""
    assert stamp_date("© 2031 Kelvo Herald") == ""
    assert stamp_date("Back to Top") == ""
    assert stamp_date("Call 555-12-2031 for tickets") == ""
