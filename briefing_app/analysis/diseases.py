"""Diseases are no actors: "vaccination against Measles and Rubella", "a Cholera outbreak".

The names are those of the World Health Organization's list of vaccine-preventable diseases and
its Disease Outbreak News, in English; a disease named after a place or a river ("Ebola",
"Marburg", "Zika", "Lassa") is left out, since the same word names the place."""

from __future__ import annotations

DISEASES = frozenset(
    [
        *("measles", "rubella", "mumps", "polio", "poliomyelitis", "diphtheria", "tetanus"),
        *("pertussis", "cholera", "typhoid", "tuberculosis", "malaria", "dengue", "influenza"),
        *("hepatitis", "rabies", "meningitis", "pneumonia", "mpox", "monkeypox", "smallpox"),
        *("chickenpox", "varicella", "covid", "covid-19", "diarrhoea", "diarrhea", "anthrax"),
        *("covid 19", "leprosy", "yaws", "trachoma", "chikungunya", "leishmaniasis"),
    ]
)


def a_disease(words: list[str]) -> bool:
    """A name (normalised words) of one or two words that ends with a disease's name."""
    return 1 <= len(words) <= 2 and (words[-1] in DISEASES or " ".join(words) in DISEASES)
