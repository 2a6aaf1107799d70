"""Source fields, ninth round: a wire dateline glued to the headline, a repository's "Report
from <body>" credit, a circular's "Source: <body> (<date>): <name>" line, and a body's masthead
(its acronym over its name) above a notice and the headline.

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.title_dateline import without_dateline


def _read(text: str, name: str = "page.txt"):
    return source_from_bytes(text.encode(), name)


_BODY = (
    "The Ministry of Water thanked the many governments that sent pumps, tents and engineers "
    "after the floods in the north of Kelvo last week.\n\n"
    "Minister Jane Roe said the help had saved lives in four river towns."
)

# --- A wire dateline glued to the headline -------------------------------------------------


def test_a_capitals_dateline_glued_before_the_headline_is_not_part_of_the_title():
    page = (
        f"KELVO CITY, April 3 - Ministry thanks donors for their help after the floods\n\n{_BODY}"
    )
    source = _read(page)
    assert source.title == "Ministry thanks donors for their help after the floods"


def test_a_dateline_with_the_agency_in_brackets_and_a_year_is_cut_too():
    title = "PORT KELVO, 3 April 2031 (KNA) - Ministry thanks donors for their help"
    assert without_dateline(title) == "Ministry thanks donors for their help"


def test_near_miss_a_headline_opening_with_a_capitalised_place_and_a_day_stays_whole():
    # Not a dateline's capitals: the place and the day are the headline's own words.
    title = "Kelvo, April 3 - what we know about the floods"
    assert without_dateline(title) == title


def test_near_miss_too_little_left_after_the_dateline_keeps_the_line():
    title = "KELVO, April 3 - Floods recede"
    assert without_dateline(title) == title


# --- A repository's credit to the issuing body ---------------------------------------------


def test_report_over_from_a_body_names_the_outlet_and_leaves_the_text():
    page = (
        "07 Jan 2031\n\nCouncil Press Statement on Kelvo\n\nReport\nfrom Kelvo Water Council\n"
        f"Published on 05 Jan 2031 View Original\n\n{_BODY}"
    )
    source = _read(page)
    assert source.outlet == "Kelvo Water Council"
    assert "from Kelvo Water Council" not in source.text


def test_near_miss_report_over_from_a_place_is_a_wrapped_headline():
    # "Report" / "from Gaza City": no organisation word, a place; no credit of a body.
    page = f"Report\nfrom Gaza City\n\n{_BODY}"
    assert _read(page).outlet == ""


def test_near_miss_a_headline_wrapped_before_from_is_no_credit():
    # "Aid arrives" over "from Kelvo Water Council": a wrapped headline, no document kind.
    page = f"Aid arrives\nfrom Kelvo Water Council\n\n{_BODY}"
    assert _read(page).outlet == ""


def test_a_circulars_source_line_with_its_date_and_name_names_the_body():
    page = (
        "Saturday, April 11, 2031\n\nWater Office Press Release - Donations for the Flooded "
        "Towns\n\nsource: Republic of Kelvo (8/4/31): WATER TIMES no 10 of 2031\n"
        f"The Weekly Press Circular of the Water Office\n\n{_BODY}"
    )
    assert _read(page).outlet == "Republic of Kelvo"


def test_near_miss_a_figure_source_in_the_text_is_no_outlet():
    page = (
        f"Floods recede in the north of Kelvo\n\n{_BODY}\n\n"
        "Prices of pumps rose by a third in the month after the floods in four towns.\n\n"
        "Source: Kelvo Statistics Office (3/4/31): Monthly Prices\n\n"
        "The ministry said the pumps would stay in the towns until the spring.\n\n"
        "Engineers will check the river banks every week.\n\nTents will go back to the depots.\n\n"
        "Schools in the four towns open again on Monday."
    )
    assert _read(page).outlet != "Kelvo Statistics Office"


# --- A body's masthead: its acronym over its name ------------------------------------------

_MASTHEAD = (
    "URL: https://kwm.missions.example/en/node/51289\nKWM\nKelvo Water Mission\n\n"
    "Closure of KWM\n\nThe Kelvo Water Mission (KWM) was established on 3 June 2029. Its "
    "mandate ended on 31 October 2031, subsumed to the Kelvo Transition Office.\n\n"
    "{headline}\n\nPort Kelvo – The head of the mission condemns in the strongest terms "
    "today's attack on a water convoy in Port Kelvo that wounded four drivers."
)


def test_a_bodys_name_under_its_acronym_is_the_masthead_and_the_outlet():
    headline = "Mission chief condemns attack on water convoy in Port Kelvo"
    source = _read(_MASTHEAD.format(headline=headline))
    assert source.title == headline
    # The name the text defines for the acronym, not the lines above it run together.
    assert source.outlet == "Kelvo Water Mission"


def test_near_miss_a_headline_naming_the_body_under_its_acronym_stays_the_title():
    page = _MASTHEAD.replace("Kelvo Water Mission\n\nClosure of KWM", "Closure of KWM").format(
        headline="Mission chief condemns attack on water convoy"
    )
    page = page.replace("KWM\nClosure", "KWM\n\nKelvo Water Mission extends its mandate\n\nClosure")
    assert _read(page).title == "Kelvo Water Mission extends its mandate"


# --- A by-line right above the text it signs, under a long header ---------------------------

_MENUS = "\n\n".join(
    [
        "Back",
        "Who we are",
        "With staff from more than sixty countries, the institute offers research-based policy "
        "advice on water.",
        "Ann Lee",
        "Ann Lee is a senior fellow in the water unit, based in Port Kelvo, working on rivers.",
        "Where we work",
        "Back",
        "Where we work",
        "The institute has more than six hundred employees working in over eighty countries.",
        "Are water prices really falling?",
        "Open Access | CC-BY-4.0",
        "A man carries water jars",
    ]
)
_LEAD = (
    "Almost a year after the drought began, fears of a long period of high water prices have "
    "eased somewhat, but eight concerns for the river towns remain."
)


def test_a_three_name_byline_past_a_long_header_signs_the_text_under_it():
    page = f"{_MENUS}\n\nBy Jane Roe, John Doe, and Ali Khan\n\n{_LEAD}"
    source = _read(page)
    assert source.author == "Jane Roe, John Doe, and Ali Khan"
    assert source.author != "Ann Lee"  # the staff profile in the menu is no by-line


def test_near_miss_a_byline_over_a_short_caption_past_the_header_is_not_taken():
    # Under it a picture's caption, not the text: a credit of something else.
    page = f"{_MENUS}\n\nBy Jane Roe, John Doe, and Ali Khan\n\nA dry river bed\n\n{_LEAD}"
    assert _read(page).author == ""


def test_near_miss_by_and_a_phrase_is_no_byline():
    page = f"{_MENUS}\n\nBy the River Towns\n\n{_LEAD}"
    assert _read(page).author == ""


def test_a_blog_hosts_domain_line_under_the_headline_is_the_site_not_the_headline():
    page = f"Ministry thanks donors for their help\n\nkelvonotes.blogspot.com\n\n{_BODY}"
    source = _read(page)
    assert source.title == "Ministry thanks donors for their help"
    assert source.outlet == "kelvonotes.blogspot.com"


def test_near_miss_a_headline_wrapped_in_lower_case_still_joins():
    page = f"Council to raise coastal flood\n\ndefences before winter\n\n{_BODY}"
    assert _read(page).title == "Council to raise coastal flood defences before winter"


# --- A journal's article-type label and collection note over the headline --------------------

_JOURNAL = (
    "URL: https://journal.example/articles/10.1234/kel.2031.555/full\nSkip to main content\n\n"
    "{label}\n\nKel. Water, 21 May 2031\nSec. River Risk Management\n"
    "This article is part of the Research Topic Water Knowledge for River Towns View all 10 "
    "articles\n\n{headline}\n\n"
    "Effective water policy needs knowledge that river towns can trust and use. We examine how "
    "the water boards of Kelvo built such knowledge over a decade, and what they learned.\n\n"
    "We draw on interviews with the water boards and the towns, and on the boards' reports."
)
_PAPER = "Water Knowledge for River Towns: Lessons from the Kelvo Water Boards"


def test_an_article_type_label_and_a_collection_note_are_not_the_title():
    source = _read(_JOURNAL.format(label="ORIGINAL RESEARCH article", headline=_PAPER))
    assert source.title == _PAPER


def test_near_miss_a_headline_about_an_article_of_a_treaty_stays_the_title():
    # "Article 5": a digit, a treaty's article; the page's own headline.
    page = f"Allies invoke Article 5 after the attack on Kelvo\n\n{_BODY}"
    assert _read(page).title == "Allies invoke Article 5 after the attack on Kelvo"
    assert _read(f"Article of faith\n\n{_BODY}").title == "Article of faith"


# --- A kicker: a topic's label over the headline -------------------------------------------

_KICKER = (
    "URL: https://water.example/media/pr/WCMS_5552/lang--en/index.htm\n{kicker}\n\n"
    "Roe: fair water quotas central to the future of the river basin\n\n"
    "The Water Board chair, Jane Roe, addresses the delegates of the river towns.\n\n"
    "Press release | 07 June 2031\n"
    "PORT KELVO- Water Board chair Jane Roe stressed the importance of fair water quotas for "
    "the future of the river basin during her first meeting with the river towns.\n\n"
    "Roe said fair shares were central: the process of reform would make the quotas work for "
    "every town in the basin, and would be reported on each year."
)
_HEADLINE = "Roe: fair water quotas central to the future of the river basin"


def test_a_sentence_case_topic_label_over_a_longer_headline_is_a_kicker():
    source = _read(_KICKER.format(kicker="Quota reform process"))
    assert source.title == _HEADLINE


def test_near_miss_a_title_case_headline_over_a_longer_line_is_no_kicker():
    # "Kelvo Floods Recede": capitalised words, a headline (or a name), never a topic kicker.
    page = (
        "Kelvo Floods Recede\n\nThousands return home to the river towns as the water falls\n\n"
        f"{_BODY}\n\nThe floods in the river towns of Kelvo recede as thousands return home."
    )
    assert _read(page).title == "Kelvo Floods Recede"


def test_near_miss_a_short_headline_over_its_stand_first_keeps_its_place():
    page = (
        "Floods recede\n\nThousands return home to the river towns of Kelvo as the water falls.\n\n"
        f"{_BODY}"
    )
    assert _read(page).title == "Floods recede"


def test_near_miss_a_listings_label_over_its_first_item_is_no_kicker():
    page = (
        "Kelvo Ledger\n\nLatest news\n\nWater quotas cut for four provinces of the basin\n"
        "3 March 2031\nThe board cut the quotas of four provinces after a dry winter.\n\n"
        "Governors meet the board on the drought\n1 March 2031\n"
        "The governors of the southern provinces met the water board on Friday.\n\n"
        "River levels fall by a third\n27 February 2031\n"
        "Gauges across the basin show the lowest levels in a decade."
    )
    assert _read(page).title == "Latest news"


# --- A listing's label named by its address, with a listing page's words beside it ----------


def test_a_listings_label_whose_address_adds_listing_page_is_the_title():
    page = (
        "URL: https://health.example/News/Media-releases-listing-page\nMedia releases\n\n"
        "Search by date or keyword to find all media statements issued by the Minister for "
        "Water and the Department of Water.\n\n2031\n\n2030\n\nMarch 2031\nFebruary 2031\n"
        "January 2031"
    )
    assert _read(page).title == "Media releases"


def test_near_miss_a_storys_address_holding_the_label_and_its_own_words_keeps_the_headline():
    page = (
        "URL: https://health.example/news/media-releases-board-cuts-water-quotas\n"
        f"Media releases\n\nBoard cuts water quotas for four towns\n\n{_BODY}"
    )
    assert _read(page).title == "Board cuts water quotas for four towns"


# --- A statement's speaker named after their office and a comma -----------------------------


def test_a_speaker_after_the_office_and_a_comma_is_the_author():
    page = f"Press Statement by Minister of Water, Hon. Jane Roe\n\n{_BODY}"
    assert _read(page).author == "Jane Roe"
    page = (
        "Statement by Special Coordinator for the Kelvo Peace Process, Ann Lee, on the situation "
        f"in the river towns\n\n{_BODY}"
    )
    assert _read(page).author == "Ann Lee"


def test_a_speaker_named_before_the_comma_and_the_occasion_is_the_author():
    page = (
        "Statement by Special Envoy Ann Lee, Council Session on the Kelvo Support Office "
        f"(KSO), March 4, 2031 – Kelvo\n\n{_BODY}"
    )
    assert _read(page).author == "Ann Lee"  # not the occasion "Council Session"


def test_near_miss_a_place_or_a_body_after_the_comma_is_no_author():
    assert _read(f"Statement by the Minister of Water, Port Kelvo\n\n{_BODY}").author == ""
    assert _read(f"Remarks by the President, Kelvo and Ruritania\n\n{_BODY}").author == ""


# --- A skip link in the interface's language over a bilingual title pair ---------------------

_DEBATE = (
    "URL: https://parliament.example/kv/debates/debate/2031-02-06/10/\n{first}\nGnáthamharc\n\n"
    "Tionól Kelvo díospóireacht -\nThursday, 6 Feb 2031\n\nVol. 1062 No. 5\n\n{pair}\n\n"
    "Workers in the river towns are among the hardest working in this State, yet they are paid "
    "less than their counterparts for the same work.\n\n"
    "Will the Minister mandate the officials to implement the agreement in full?"
)
_PAIR = "Ceisteanna ar Pholasaí nó ar Reachtaíocht - Questions on Policy or Legislation"


def test_a_bilingual_title_pair_wins_over_a_first_line_sharing_nothing_with_the_text():
    source = _read(_DEBATE.format(first="Léim ar aghaidh chuig an bpríomhábhar", pair=_PAIR))
    assert source.title == _PAIR


def test_near_miss_a_first_line_the_text_takes_up_stays_the_title():
    # The first line's words come back in the text: it is the page's headline.
    first = "River town workers paid less"
    assert _read(_DEBATE.format(first=first, pair=_PAIR)).title == first


def test_near_miss_a_dash_between_two_english_halves_is_no_bilingual_pair():
    source = _read(
        _DEBATE.format(
            first="Léim ar aghaidh chuig an bpríomhábhar",
            pair="Orders of Business - Notes for the Chair",
        )
    )
    assert source.title != "Orders of Business - Notes for the Chair"


def test_a_bodys_word_after_a_rank_in_a_statements_headline_is_no_author():
    page = f"Statement from the Kelvo General Secretariat on the Floods\n\n{_BODY}"
    assert _read(page).author == ""


def test_near_miss_a_surname_after_a_rank_stays_the_author():
    page = f"Remarks by Secretary-General Roe at the Water Summit\n\n{_BODY}"
    assert _read(page).author == "Roe"
