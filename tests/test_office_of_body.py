"""A release opening with an office of a body ("The President of the Kelvo Water Commission
announces ...") is issued by the body, not by the office's title (invented releases); a body
whose own name opens with "X of" stays whole (near-miss)."""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes

REST = (
    " 40 million for the dams of the Kelvo basin. The {body} said the money would go to the "
    "four provinces hit by the drought.\n\nThe {body} will meet the provincial governors again "
    "next month to review the quotas."
)


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("The President of the Kelvo Water Commission announces", "Kelvo Water Commission"),
        ("The Secretary-General of the Kelvo Water Board announces", "Kelvo Water Board"),
        ("The Ministry of Water and Dams announces", "Ministry of Water and Dams"),
    ],
)
def test_the_issuer_is_the_body_not_its_office(opening, body):
    text = "Aid for the Kelvo dams\n\n" + opening + REST.format(body=body)
    assert source_from_bytes(text.encode(), "p.txt").outlet == body
