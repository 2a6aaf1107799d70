"""Headlines, authors and publishers the metadata rules must not mistake: invented pages an
adversarial review ran through the app (a headline whose initials happen to spell the domain,
a headline opening with an office, a 'Letter from <place>', a file server's host). Every page
here is invented for the test.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest.urls import outlet_domain


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
