"""Votes for a body or a place from the noun that heads a name in another language: Irish,
Welsh, te reo Maori and the Romance languages put the kind first ("Comhairle Eorpach" = European
Council, "Foras na Gaeilge", "Guardia Civil", "Ministère des Armées", "Te Tari Taiwhenua"),
where English ends with it; the English model reads such names as people or places. The nouns
are the common words for a council, an authority, a ministry, a government and the like in
those languages (their dictionaries), not names of particular bodies; a kingdom's or a
republic's word heads a state's name ("Ríocht Aontaithe" = United Kingdom)."""

from __future__ import annotations

from collections import Counter

from briefing_app.analysis.gazetteer import Gazetteer, looks_demonym
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.model import ORGANIZATION, PLACE

# nouns of bodies, written without accents as names are compared
_BODY_HEADS = frozenset(
    [
        # Irish: council, authority, body/foundation, assembly, government, department,
        # office, commission, police, service, agency, court, party
        *("comhairle", "udaras", "foras", "tionol", "rialtas", "roinn", "oifig", "coimisiun"),
        *("garda", "seirbhis", "gniomhaireacht", "cuirt", "pairti"),
        # Welsh: council, government, office, service, commission, department, authority,
        # society, university, court
        *("cyngor", "llywodraeth", "swyddfa", "gwasanaeth", "comisiwn", "adran", "awdurdod"),
        *("cymdeithas", "prifysgol", "llys"),
        # te reo Maori: department, ministry, council, group, board
        *("tari", "manatu", "kaunihera", "ropu", "poari"),
        # French, Spanish, Italian, Portuguese: guard, police, ministry, council, commission,
        # committee, agency, institute, court, assembly, government, bank, party, foundation
        *("guardia", "gendarmerie", "policia", "polizia", "ministere", "ministerio", "ministero"),
        *("conseil", "consejo", "consiglio", "conselho", "comision", "commissione", "comissao"),
        *("comite", "comitato", "agence", "agencia", "agenzia", "institut", "instituto"),
        *("istituto", "cour", "corte", "tribunal", "tribunale", "assemblee", "asamblea"),
        *("assemblea", "gouvernement", "gobierno", "governo", "banque", "banco", "banca"),
        *("partido", "partito", "fondation", "fundacion", "fondazione", "fundacao"),
        # German: federal office, ministry
        *("bundesamt", "bundesministerium", "ministerium"),
    ]
)
# nouns of states: kingdom, republic
_STATE_HEADS = frozenset(
    ["riocht", "poblacht", "teyrnas", "royaume", "reino", "regno", "republique", "republica"]
)
# articles before the head: Irish "An", Maori "Te", "Nga", Romance and German articles
_ARTICLES = frozenset(["an", "na", "te", "nga", "le", "la", "les", "el", "il", "lo", "der", "die"])
# Irish lenition writes "h" after a first consonant ("Chomhairle" of "Comhairle")
_LENITED = frozenset("bcdfgmpst")


def foreign_head_votes(m: Mention, gaz: Gazetteer) -> Counter:
    """ORGANIZATION or PLACE votes when a body's or a state's noun of another language heads
    the name, perhaps after an article or a people's word ("Spanish Guardia Civil")."""
    votes: Counter = Counter()
    words = cached_norm(m.text).split()
    if len(words) < 2:
        return votes
    first = words[0]
    i = 1 if first in _ARTICLES or first in gaz.demonyms or looks_demonym(first, gaz) else 0
    if i >= len(words) - 1 and i:
        return votes  # "An Garda" alone: the article and one word say too little
    head = _unlenited(words[i])
    if head in _BODY_HEADS:
        votes[ORGANIZATION] += 4
    elif head in _STATE_HEADS:
        votes[PLACE] += 4
    return votes


def _unlenited(word: str) -> str:
    if len(word) > 3 and word[1] == "h" and word[0] in _LENITED:
        return word[0] + word[2:]
    return word
