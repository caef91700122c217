"""Question analysis: party mentions (names, short names, aliases, accents, case, word boundaries), language, topic
words and the kind of question in French, German and English."""

from __future__ import annotations

import pytest

from communs.core.answers.analyse import analyse
from communs.core.answers.types import PartyRef

PARTIES = [
    PartyRef("cdu", "CDU / CSU", "", ("Union",)),
    PartyRef("spd", "Sozialdemokratische Partei Deutschlands", "SPD"),
    PartyRef("linke", "DIE LINKE"),
    PartyRef("gruene", "BÜNDNIS 90/DIE GRÜNEN", "GRÜNE"),
    PartyRef("fw", "FREIE WÄHLER"),
    PartyRef("partei", "Die PARTEI"),
    PartyRef("rn", "Rassemblement national", "RN"),
    PartyRef("lfi", "La France insoumise", "LFI", ("insoumis",)),
    PartyRef("eelv", "Les Écologistes", "EELV"),
]


def _ids(question: str) -> list[str]:
    return [p.id for p in analyse(question, PARTIES).parties]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Was sagt die SPD zum Tempolimit?", ["spd"]),
        ("was sagt die spd zum tempolimit?", ["spd"]),
        ("Welche Position hat die SPD-Fraktion zur Rente?", ["spd"]),
        ("What does the Sozialdemokratische Partei Deutschlands propose?", ["spd"]),
        ("Was will Die Linke bei der Miete?", ["linke"]),
        ("Was wollen die Linken bei der Miete?", ["linke"]),
        ("Was sagen die Grünen zum Klima?", ["gruene"]),
        ("Was sagen die Gruenen zum Klima?", ["gruene"]),
        ("What do the Greens propose on climate?", ["gruene"]),
        ("Que proposent les Verts allemands sur le climat ?", ["gruene"]),
        ("Was sagt Bündnis 90/Die Grünen zur Bahn?", ["gruene"]),
        ("Wie stehen die Freien Wähler zur Landwirtschaft?", ["fw"]),
        ("Was sagt die CDU zur Rente?", ["cdu"]),
        ("Que propose le rassemblement NATIONAL sur les retraites ?", ["rn"]),
        ("Que disent les insoumis sur l'école ?", ["lfi"]),
        ("Que proposent les ecologistes pour le climat ?", ["eelv"]),
        ("Was will Die PARTEI?", ["partei"]),
        ("Que propose l'EELV pour le climat ?", ["eelv"]),  # ASCII apostrophe: elided article split off
        ("Qu'en dit l’EELV ?", ["eelv"]),
        ("Que dit la LFI aujourd'hui sur l'école ?", ["lfi"]),
    ],
)
def test_party_detection(question: str, expected: list[str]) -> None:
    assert _ids(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Welche Partei will ein Tempolimit?",  # generic "Partei" is not Die PARTEI
        "Wie unterscheiden sich die Parteien beim Klima?",
        "Is SPDX a licence format?",  # SPD only at word boundaries
        "Que dit la loi sur le rn1 ?",
        "Was sagt die Partei dazu?",
        "How do I register to vote?",
    ],
)
def test_no_false_party_mentions(question: str) -> None:
    assert _ids(question) == []


def test_several_parties_make_a_comparison_in_mention_order() -> None:
    analysis = analyse("Was unterscheidet SPD und Grüne bei der Rente?", PARTIES)
    assert [p.id for p in analysis.parties] == ["spd", "gruene"]
    assert analysis.kind == "comparison"


@pytest.mark.parametrize(
    ("question", "language", "kind"),
    [
        ("Comment voter par procuration ?", "fr", "procedure"),
        ("Où se trouve mon bureau de vote ?", "fr", "procedure"),
        ("Comment m'inscrire sur les listes électorales ?", "fr", "procedure"),
        ("Wie beantrage ich Briefwahl?", "de", "procedure"),
        ("Wo ist mein Wahllokal und brauche ich einen Personalausweis?", "de", "procedure"),
        ("How do I vote by post?", "en", "procedure"),
        ("Do I need photo ID at the polling station?", "en", "procedure"),
        ("Can I vote if I am an EU citizen living here?", "en", "procedure"),
        ("Who is eligible to vote in the local election?", "en", "procedure"),
        ("Puis-je voter si je suis citoyen européen ?", "fr", "procedure"),
        ("À quel âge a-t-on le droit de voter ?", "fr", "procedure"),
        ("Darf ich als EU-Bürger bei der Kommunalwahl wählen?", "de", "procedure"),
        ("Ab welchem Alter darf man wählen?", "de", "procedure"),
        ("Que proposent les partis sur le droit de vote des étrangers ?", "fr", "comparison"),
        ("What do the programmes say about the voting age?", "en", "programme"),
        ("Comment sont répartis les sièges à la proportionnelle ?", "fr", "electoral_system"),
        ("Was ist der Unterschied zwischen Erststimme und Zweitstimme?", "de", "electoral_system"),
        ("How does proportional representation allocate seats?", "en", "electoral_system"),
        ("Quelle est la date limite pour voter ?", "fr", "dates"),
        ("Bis wann muss ich mich entscheiden?", "de", "dates"),
        ("What is the deadline?", "en", "dates"),
        ("Que propose le RN sur les retraites ?", "fr", "programme"),
        ("Was sagt die SPD zur Rente?", "de", "programme"),
        ("What does the SPD propose on pensions?", "en", "programme"),
        ("Quelle est la différence entre les partis sur l'écologie ?", "fr", "comparison"),
        ("Was sagt jede Partei zur Rente?", "de", "comparison"),
        ("How do the parties differ on housing?", "en", "comparison"),
        ("Which parties propose a speed limit?", "en", "comparison"),
        ("Quel temps fera-t-il demain ? météo", "fr", "out_of_scope"),
        ("Hast du ein gutes Rezept für Apfelkuchen?", "de", "out_of_scope"),
        ("Tell me a joke", "en", "out_of_scope"),
    ],
)
def test_language_and_kind(question: str, language: str, kind: str) -> None:
    analysis = analyse(question, PARTIES)
    assert (analysis.language, analysis.kind) == (language, kind)


def test_topic_words_drop_stop_and_question_words_and_party_names() -> None:
    analysis = analyse("Was sagt die SPD zum Tempolimit auf Autobahnen?", PARTIES)
    assert analysis.topic_words == ["tempolimit", "autobahnen"]
    assert "SPD" not in analysis.query and "Tempolimit" in analysis.query
    assert analyse("What does the SPD propose on pensions?", PARTIES).topic_words == ["pensions"]
    assert analyse("Que propose le RN sur les retraites ?", PARTIES).topic_words == ["retraites"]


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("Quel parti est le meilleur pour le climat ?", "le climat"),
        ("Quel est le meilleur programme sur l'école ?", "l'école"),
        ("Is the tram line a good idea?", "the tram line"),
        ("Which party is best for housing?", "housing"),
        ("Welche Partei passt zu mir, wenn mir Klimaschutz wichtig ist?", "Klimaschutz"),
        ("Welche Partei ist am besten für die Energiewende?", "Energiewende"),
        ("Who should I vote for?", None),
    ],
)
def test_topic_phrase_offers_the_subject_without_the_judgement(question: str, phrase: str | None) -> None:
    from communs.core.answers.pipeline import topic_phrase

    assert topic_phrase(analyse(question, PARTIES)) == phrase


def test_party_name_does_not_decide_the_language() -> None:
    # "Die Linke" contains a German article; the question itself is English
    assert analyse("What does Die Linke propose on rents?", PARTIES).language == "en"


def test_default_language_without_evidence() -> None:
    assert analyse("SPD?", PARTIES, default_language="de").language == "de"
    assert analyse("SPD?", PARTIES, default_language="fr").language == "fr"


def test_a_given_name_wins_over_the_same_words_derived_from_another_party() -> None:
    parties = [
        PartyRef("fw", "FREIE WÄHLER"),
        PartyRef("fbi", "FBI/Freie Wähler"),
        PartyRef("odp", "ÖDP / Familie .."),
    ]
    assert [p.id for p in analyse("Was sagen die FREIE WÄHLER zur Schule?", parties).parties] == ["fw"]
    assert [p.id for p in analyse("Was sagt FBI/Freie Wähler zur Schule?", parties).parties] == ["fbi"]
    assert [p.id for p in analyse("Was sagt die ÖDP zur Schule?", parties).parties] == ["odp"]


@pytest.mark.parametrize(("question", "word"), [
    ("What ID do I need to vote?", "need"),
    ("Welche Dokumente brauche ich im Wahllokal?", "brauche"),
    ("De quoi ai-je besoin pour voter ?", "besoin"),
    ("I live in Lyon, where do I vote?", "live"),
])
def test_what_the_asker_needs_or_where_they_live_is_no_topic_word(question: str, word: str) -> None:
    assert word not in analyse(question, []).topic_words
