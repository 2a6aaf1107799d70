"""Shapes military by-lines add around the writer's name (read by ``byline``), general forms,
no strings from particular pages."""

from __future__ import annotations

import re

# Qualification codes a rank carries in brackets, before the name ("(SW/AW)", "(SS)", "(FMF)"):
# warfare and service qualifications, as naval by-lines print them.
QUALIFICATION = re.compile(r"\([A-Z]{2,4}(?:/[A-Z]{2,4})*\)")
# A dateline run on before a by-line's date: a place in capitals, a comma, its country or
# state ("CAMP KELVO, Rimsk", "KELVO CITY, N.R.").
DATELINE_END = re.compile(
    r"\s+[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*,\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?$"
)
