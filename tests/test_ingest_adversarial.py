"""Headlines, authors and publishers the metadata rules must not mistake: invented pages an
adversarial review ran through the app (a headline whose initials happen to spell the domain,
a headline opening with an office, a 'Letter from <place>', a file server's host). Every page
here is invented for the test.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_text
from briefing_app.ingest.urls import outlet_domain

STORM = (
    "Rescue efforts were underway on Wednesday as Bangladesh braced for the cyclone, and aid "
    "was blocked at the crossing as coastal villages were emptied.\n\n"
    "Thousands moved to shelters inland and the army opened schools to house them overnight."
)


# ---- 16: a headline whose initials spell the domain is no masthead ---------------------------
@pytest.mark.parametrize(
    ("url", "headline"),
    [
        ("https://www.bbc.co.uk/news/world-asia-99999999", "Bangladesh Braces for Cyclone"),
        ("https://www.bbc.co.uk/news/world-asia-99999999", "Bangladesh Braces Cyclone"),
        ("https://www.reuters.com/world/asia/99999", "Rescue Efforts Underway"),
        ("https://www.abcnews.example/intl/99999", "Aid Blocked at Crossing"),
    ],
)
def test_a_headline_whose_initials_spell_the_domain_stays_the_headline(url, headline):
    page = f"URL: {url}\n\nAsia weather desk\n\n{headline}\n\n12 March 2031\n\n{STORM}"
    assert source_from_text(page).title == headline


# ---- 20: a file server's host label is no publishing body -----------------------------------
@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        (
            "https://assets.publishing.service.gov.uk/media/abc/ostra-flood-report.pdf",
            "publishing.service.gov.uk",
        ),
        ("https://media.defense.gov/2031/Mar/10/2003/ostra.pdf", "defense.gov"),
        ("https://static.agency.europa.eu/files/report.pdf", "agency.europa.eu"),
        ("https://cdn.un.org/files/report.pdf", "un.org"),
    ],
)
def test_a_file_servers_host_label_is_not_the_publishing_body(url, outlet):
    assert outlet_domain(url) == outlet
