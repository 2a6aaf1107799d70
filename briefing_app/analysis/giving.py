"""A sympathy that goes on to give: "offered condolences to the families who lost loved ones
and offered support to the survivors" tells an act, not only a feeling.

The verbs are those of giving and sending in Levin's English verb classes (1993: "give" 13.1,
"contribute" 13.2, "future having" 13.3, "fulfilling" 13.4.1, "send" 11.1), the ones used of
aid, in their past forms. A giving verb joined by "and" after the feeling is the subject's
act even inside a relative clause opened after it: the bereaved "who lost loved ones" are given
help, they do not give it ("…who lost loved ones and were given shelter" is passive: no act).
Giving a feeling again ("and extended his condolences") is no act either.
"""

from __future__ import annotations

import re

_GIVING = (
    "offered|gave|provided|extended|pledged|promised|granted|allocated|awarded|donated|"
    "contributed|distributed|delivered|dispatched|sent|shipped|supplied|deployed|mobili[sz]ed"
)
_AND_GAVE = re.compile(
    r"\b(?:and|but)\s+(?:(?:today|yesterday|also|then|now|further|swiftly|immediately|"
    r"[a-z]+ly)\s+)*(?:has\s+|have\s+|had\s+)?(?:" + _GIVING + r")\s+(?!to\b|by\b|with\b)"
    # what is given is no feeling again ("and extended his heartfelt condolences")
    r"(?!(?:(?:his|her|their|its|our|my|the|a|an)\s+)?(?:(?:deep(?:est)?|heartfelt|sincere(?:st)?|"
    r"warm(?:est)?|full|most)\s+)*(?:condolences|sympath|prayers|thoughts|wishes|solidarity))\w",
    re.IGNORECASE,
)


def gives(text: str) -> bool:
    """Whether a sentence goes on, after "and", to give or send ("and offered support",
    "and has sent rescuers"): an act, whatever feeling it opens with."""
    return _AND_GAVE.search(text) is not None
