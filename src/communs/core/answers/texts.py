"""The composer's own words, per language, as data (not gettext: the core is Django-free).

Every text is neutral and the same for every party; ``{party}`` is the only slot that changes between parties.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "party_heading": "What the programme of {party} says on this topic:",
        "official_heading": "What the official sources say:",
        "comparison_heading": "What each programme says on this topic:",
        "says_nothing": "Nothing was found on this topic in this programme.",
        "party_says_nothing": "Nothing was found on this topic in the programme of {party}.",
        "abstain": "The checked sources do not answer this question.",
        "official_pointer": "Please check the official information of your electoral authority.",
        "official_pointer_named": "Please check the official information: {where}",
        "disclosure": "Parties are listed in an order drawn at random for this question.",
        "section": "{party}:",
    },
    "fr": {
        "party_heading": "Ce que dit le programme de {party} sur ce sujet :",
        "official_heading": "Ce que disent les sources officielles :",
        "comparison_heading": "Ce que dit chaque programme sur ce sujet :",
        "says_nothing": "Rien n'a été trouvé sur ce sujet dans ce programme.",
        "party_says_nothing": "Rien n'a été trouvé sur ce sujet dans le programme de {party}.",
        "abstain": "Les sources vérifiées ne répondent pas à cette question.",
        "official_pointer": "Consultez les informations officielles de votre autorité électorale.",
        "official_pointer_named": "Consultez les informations officielles : {where}",
        "disclosure": "Les partis sont présentés dans un ordre tiré au sort pour cette question.",
        "section": "{party} :",
    },
    "de": {
        "party_heading": "Was das Programm von {party} zu diesem Thema sagt:",
        "official_heading": "Was die offiziellen Quellen sagen:",
        "comparison_heading": "Was jedes Programm zu diesem Thema sagt:",
        "says_nothing": "In diesem Programm wurde zu diesem Thema nichts gefunden.",
        "party_says_nothing": "Im Programm von {party} wurde zu diesem Thema nichts gefunden.",
        "abstain": "Die geprüften Quellen beantworten diese Frage nicht.",
        "official_pointer": "Bitte informieren Sie sich bei Ihrer zuständigen Wahlbehörde.",
        "official_pointer_named": "Bitte informieren Sie sich bei der offiziellen Stelle: {where}",
        "disclosure": "Die Parteien werden in einer für diese Frage zufällig gezogenen Reihenfolge aufgeführt.",
        "section": "{party}:",
    },
}


def text(language: str, key: str, **slots: str) -> str:
    table = TEXTS.get(language) or TEXTS["en"]
    return table[key].format(**slots)
