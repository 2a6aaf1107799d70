"""Outlets of pages nobody has read, seventeenth round: a mail server's host is not a body.

On a government's domain each subdomain is kept as its own publisher ("jtfb.southcom.mil"),
but a release linked from a mailing ("emailfooter.kwa.gov.xx") or read on the webmail host
("mail.kwa.gov.lr") carries the mail server's label: the publisher is the body below it.

Every address and page here is invented for the test; the real corpus is scored by
bench_quality.py.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.urls import outlet_domain

_STORY = (
    "Residents of the lower valley are asked to keep away from the river banks until the "
    "water falls below the warning mark, which engineers expect by the end of the week.\n\n"
    "Crews are clearing the culverts along the old mill road, and the pumping station at "
    "Rimsk is running again after two days without power.\n"
)


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://mail.kwa.gov.lr/index.php/node/12", "kwa.gov.lr"),
        ("https://emailfooter.kwa.gov.au/media/releases/2031/07-09.htm", "kwa.gov.au"),
        ("https://webmail.rivers.gov.uk/news/flood", "rivers.gov.uk"),
        ("https://smtp2.kwa.gov/news/flood", "kwa.gov"),
        ("https://mail.jtfb.southcom.mil/news/1", "jtfb.southcom.mil"),
    ],
)
def test_a_mail_server_s_label_is_not_the_publisher(url, outlet):
    assert outlet_domain(url) == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        # bodies under a government or umbrella domain keep their own label
        ("https://jtfb.southcom.mil/news/1", "jtfb.southcom.mil"),
        ("https://svs.gsfc.nasa.gov/4100", "svs.gsfc.nasa.gov"),
        ("https://emsa.europa.eu/news/item.html", "emsa.europa.eu"),
        ("https://news.emergency.qld.gov.au/item", "news.emergency.qld.gov.au"),
        # a label that only begins with the letters of a mail service is a body's
        ("https://malaria.health.gov.au/news", "malaria.health.gov.au"),
        ("https://pop.census.gov/clock", "pop.census.gov"),  # a body's label, not "pop3"
        # a commercial site's mail host was never kept: its registered domain, as before
        ("https://mail.example.com/inbox", "example.com"),
        ("https://www.mailbox.gov/news", "mailbox.gov"),
        ("https://news.bbc.co.uk/1/hi/world/1.stm", "bbc.co.uk"),
    ],
)
def test_other_hosts_keep_their_outlet(url, outlet):
    assert outlet_domain(url) == outlet


def test_a_release_read_on_the_webmail_host_gives_the_body_s_domain():
    page = f"URL: https://mail.kwa.gov.lr/index.php/node/12\nRiver still high\n\n{_STORY}"
    assert source_from_bytes(page.encode(), "page.txt").outlet == "kwa.gov.lr"
