"""Gap analysis: dimensions found per language, proposal/grounds split, independence from the author's stance."""

from __future__ import annotations

from collections import defaultdict

import pytest

from communs.core.socratic import FAMILIES, analyse_gaps, suggest_questions
from communs.core.socratic.dataset import mirrored_contributions
from communs.core.socratic.gaps import split_proposal


def _families(text: str, language: str) -> list[str]:
    return analyse_gaps(text, language=language).families


@pytest.mark.parametrize(
    ("language", "text", "present", "missing"),
    [
        ("en", "We need more benches.", set(), {"why", "for_whom", "where", "how", "effect", "cost", "when", "actor"}),
        ("en", "Next spring the council should put benches on Church Square for older residents for about 8,000 "
               "francs, because they have nowhere to rest.", {"where", "when", "cost", "actor"},
         {"why", "how", "effect", "for_whom"}),
        ("fr", "La commune devrait installer au printemps des bancs sur la place de la Gare pour les personnes âgées "
               "avec un budget de 8000 CHF, parce qu'elles n'ont aucun endroit où s'asseoir.",
         {"where", "when", "cost", "actor", "how"}, {"why", "effect", "for_whom"}),
        ("fr", "Il faudrait des bancs.", set(), {"why", "for_whom", "where", "how", "cost", "when"}),
        ("de", "Es braucht mehr Bänke.", set(), {"why", "for_whom", "where", "how", "cost", "when", "actor"}),
        ("de", "Die Gemeinde sollte im Frühling für 8000 Franken Bänke für ältere Menschen an der Bahnhofstrasse "
               "aufstellen, weil sie sich nirgends ausruhen können.",
         {"where", "when", "cost", "actor"}, {"why", "effect", "for_whom"}),
    ],
)
def test_dimensions_per_language(language: str, text: str, present: set[str], missing: set[str]) -> None:
    analysis = analyse_gaps(text, language=language)
    assert analysis.language == language
    assert present <= set(analysis.present), analysis.present
    assert missing <= set(analysis.families), analysis.families
    assert not present & set(analysis.families)


@pytest.mark.parametrize(
    ("language", "text", "why"),
    [
        ("en", "Currently the library closes at 6; it should stay open until 9 every evening.", "vague"),
        ("en", "Open the library until 9.", "missing"),
        ("en", "Open the library until 9, because students need a quiet place.", "vague"),
        ("fr", "La bibliothèque devrait ouvrir jusqu'à 21 heures.", "missing"),
        ("fr", "Aujourd'hui la bibliothèque ferme trop tôt, il faut l'ouvrir le soir.", "vague"),
        ("de", "Die Bibliothek soll bis 21 Uhr offen bleiben, weil Studierende einen ruhigen Ort brauchen.", "vague"),
    ],
)
def test_why_is_always_the_first_gap(language: str, text: str, why: str) -> None:
    """The argument tier: reasons given (for or against alike) make 'why' vague, never present."""
    analysis = analyse_gaps(text, language=language)
    assert analysis.gaps[0].family == "why"
    assert analysis.gaps[0].status == why
    assert "why" not in analysis.present


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        ("en", "Create a climbing wall in the sports hall for teenagers.", "teenagers"),
        ("fr", "Créons un mur d'escalade dans la salle de sport pour les adolescents.", "adolescents"),
        ("de", "Eine Kletterwand in der Turnhalle für Jugendliche einrichten.", "Jugendliche"),
    ],
)
def test_beneficiaries_are_quoted_not_counted(language: str, text: str, group: str) -> None:
    """A group the author says would benefit is an argument (the other side leaves it out): 'for whom' stays a gap,
    and its question quotes the author's words."""
    analysis = analyse_gaps(text, language=language)
    gap = next(g for g in analysis.gaps if g.family == "for_whom")
    assert gap.status == "vague" and group in gap.evidence
    question = next(q for q in suggest_questions(text, language=language).questions if q.family == "for_whom")
    assert group in question.text


def test_only_the_proposal_decides_and_grounds_make_why_vague() -> None:
    text = "Put benches on the square, because older residents cannot rest; it would cost 8,000 francs next spring."
    analysis = analyse_gaps(text, language="en")
    why = next(g for g in analysis.gaps if g.family == "why")
    assert why.status == "vague"
    assert {"cost", "when", "for_whom"} <= set(analysis.families)  # stated only in the grounds
    assert "where" in analysis.present


def test_gaps_are_ranked_by_priority_and_vague_words_are_kept() -> None:
    analysis = analyse_gaps("We need this here soon.", language="en")
    assert analysis.families == sorted(analysis.families, key=FAMILIES.index)
    vague = {g.family: g for g in analysis.gaps if g.status == "vague"}
    assert vague["where"].evidence == ["here"]
    assert vague["when"].evidence == ["soon"]


def test_language_is_detected_when_not_given() -> None:
    assert analyse_gaps("Nous voulons une bibliothèque ouverte le dimanche pour les étudiants.").language == "fr"
    assert analyse_gaps("Wir wollen eine Bibliothek, die am Sonntag für die Studierenden offen ist.").language == "de"


@pytest.mark.parametrize(
    ("language", "text", "proposal"),
    [
        ("en", "Close the road on Sundays, because children play there.", "Close the road on Sundays"),
        ("fr", "Fermez la route le dimanche ; les enfants y jouent.", "Fermez la route le dimanche"),
        ("de", "Die Strasse am Sonntag sperren, weil Kinder dort spielen.", "Die Strasse am Sonntag sperren"),
        ("en", "Close the road on Sundays.", "Close the road on Sundays."),
        ("en", "Keep the pool open in winter, swimming is good for older people.", "Keep the pool open in winter"),
        ("en", "Build a bike lane on Main Street, Oak Avenue and the station road.",
         "Build a bike lane on Main Street, Oak Avenue and the station road."),
        ("fr", "Passez la cantine au bio, même si cela coûte un peu plus cher.", "Passez la cantine au bio"),
        ("en", "A climbing wall in the sports hall would be great for teenagers.", "A climbing wall in the sports hall"),
        ("en", "Homework is a waste of children's evenings.", "Homework is a waste of children's evenings."),
        ("fr", "Un mur d'escalade dans la salle de sport gênerait les clubs.", "Un mur d'escalade dans la salle de sport"),
        ("fr", "La salle de sport devrait accueillir un mur d'escalade.",
         "La salle de sport devrait accueillir un mur d'escalade."),
        ("de", "Eine Kletterwand in der Turnhalle wäre toll für Jugendliche.", "Eine Kletterwand in der Turnhalle"),
        ("de", "Ein Repair-Café im alten Feuerwehrhaus bedeutet viel Arbeit.", "Ein Repair-Café im alten Feuerwehrhaus"),
        ("de", "Das Hallenbad im Winter offen lassen, es ist gut für ältere Menschen.",
         "Das Hallenbad im Winter offen lassen"),
    ],
)
def test_split_proposal(language: str, text: str, proposal: str) -> None:
    head, grounds = split_proposal(text, language)
    assert head == proposal
    assert (grounds == "") == (head == text)


STANCE_FLIPS = [
    ("en", "I support a wind farm on the ridge above the village.", "I oppose a wind farm on the ridge above the village."),
    ("en", "The town should build a skate park, because teenagers ask for one.",
     "The town should not build a skate park, because teenagers never ask for one."),
    ("en", "Parking on Main Street should be free on Saturdays.", "Parking on Main Street should not be free on Saturdays."),
    ("fr", "Je suis pour un parc éolien sur la crête.", "Je suis contre un parc éolien sur la crête."),
    ("fr", "La ville devrait agrandir la bibliothèque, car elle est trop petite.",
     "La ville ne devrait pas agrandir la bibliothèque, car elle est assez grande."),
    ("fr", "Il faut un marché le samedi sur la place du Village.", "Il ne faut pas de marché le samedi sur la place du Village."),
    ("de", "Ich bin für einen Windpark auf dem Hügel.", "Ich bin gegen einen Windpark auf dem Hügel."),
    ("de", "Die Stadt sollte das Hallenbad sanieren, weil es alt ist.",
     "Die Stadt sollte das Hallenbad nicht sanieren, weil es noch gut ist."),
    ("de", "Wir brauchen Tempo 30 in der Dorfstrasse.", "Wir brauchen kein Tempo 30 in der Dorfstrasse."),
]


# Mirrors as people write them: one side argues, names who would benefit or judges the measure; the other does not.
UNEVEN_MIRRORS = [
    ("en", "Open a repair café in the old fire station for pensioners and students, because so much gets thrown away.",
     "I don't want a repair café in the old fire station."),
    ("en", "A climbing wall in the sports hall would be great for teenagers.",
     "A climbing wall in the sports hall would be dangerous and the clubs would lose training hours."),
    ("en", "Keep the village swimming pool open.",
     "Close the village swimming pool; it loses money every year and families can drive to the town pool."),
    ("fr", "Un mur d'escalade dans la salle de sport serait génial pour les ados.",
     "Je suis contre un mur d'escalade dans la salle de sport."),
    ("fr", "Ouvrons un repair café dans l'ancienne caserne des pompiers.",
     "Un repair café dans l'ancienne caserne ? Les bénévoles manquent déjà partout et le local coûterait cher à "
     "chauffer."),
    ("de", "Ein Repair-Café im alten Feuerwehrhaus für Rentnerinnen und Schüler.",
     "Kein Repair-Café im alten Feuerwehrhaus, das bedeutet nur Arbeit für die Gemeinde."),
    ("de", "Das Hallenbad im Dorf schliessen: Es verliert jedes Jahr Geld, und Familien fahren ohnehin in die Stadt.",
     "Das Hallenbad im Dorf offen lassen."),
]


@pytest.mark.parametrize(("language", "pro", "con"), UNEVEN_MIRRORS)
def test_arguing_more_does_not_change_the_families(language: str, pro: str, con: str) -> None:
    pro_q = sorted(q.family for q in suggest_questions(pro, language=language).questions)
    con_q = sorted(q.family for q in suggest_questions(con, language=language).questions)
    assert pro_q == con_q


@pytest.mark.parametrize(("language", "pro", "con"), STANCE_FLIPS)
def test_stance_does_not_change_the_questions_families(language: str, pro: str, con: str) -> None:
    assert _families(pro, language) == _families(con, language)
    pro_q = [q.family for q in suggest_questions(pro, language=language).questions]
    con_q = [q.family for q in suggest_questions(con, language=language).questions]
    assert pro_q == con_q


def test_mirrored_contributions_get_the_same_families() -> None:
    """Every mirrored pair of every batch gets the same two families, in the same order: the second question's
    family never depends on the contribution (docs/adr/0009). The third question (the contribution's own measure)
    may differ and is not asked by default."""
    pairs: dict[str, dict[str, list[str]]] = defaultdict(dict)
    rows = mirrored_contributions()
    assert len(rows) >= 200
    for row in rows:
        result = suggest_questions(row["text"], language=row["language"])
        pairs[row["pair"]][row["stance"]] = [q.family for q in result.questions]
    assert {len(v) for v in pairs.values()} == {2}
    assert sorted(k for k, v in pairs.items() if v["for"] != v["against"]) == []


def test_mirrored_set_is_balanced_across_languages_and_stances() -> None:
    rows = mirrored_contributions()
    by = defaultdict(int)
    for row in rows:
        by[(row["language"], row["stance"])] += 1
    assert set(by) == {(lang, s) for lang in ("fr", "de", "en") for s in ("for", "against")}
    assert min(by.values()) >= 30
    assert len({row["pair"] for row in rows}) * 2 == len(rows)


NEGATION_OR_EXCESS = {
    "en": r"\b(?:no|not|never|nobody|nothing|too)\b|n't\b",
    "fr": r"\b(?:ne|pas|jamais|aucun\w*|trop)\b|\bn'",
    "de": r"\b(?:nicht|nie|niemals|kein\w*|zu viele?|zu wenig)\b",
}


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_no_gap_cue_carries_a_negation_or_a_stance(language: str) -> None:
    """A cue with a negation or an excess word ("there is no", "too many") reads differently in a proposal and its
    mirror, which would make the questions depend on the author's side."""
    import json
    import re
    from importlib import resources

    raw = json.loads(resources.files("communs.core.socratic").joinpath(f"data/gaps_{language}.json").read_text("utf-8"))
    pattern = re.compile(NEGATION_OR_EXCESS[language])
    bad = [(family, cue) for family, lists in raw.items() if isinstance(lists, dict)
           for kind, cues in lists.items() if kind in ("strong", "weak", "anywhere") for cue in cues if pattern.search(cue)]
    assert bad == []


ARGUMENTS = {
    "en": ", because it matters a lot to the residents, the children and the shopkeepers",
    "fr": ", parce que c'est très important pour les habitants, les enfants et les commerçants",
    "de": ", weil es für die Anwohner, die Kinder und die Geschäfte sehr wichtig ist",
}


def test_families_depend_on_the_subject_only() -> None:
    """By construction: on every mirrored contribution, the text, its subject alone, and its subject followed by
    arguments naming groups (the kind of thing one side adds and the other does not) get the same families."""
    different = []
    for row in mirrored_contributions():
        lang = row["language"]
        subject = analyse_gaps(row["text"], language=lang).proposal.rstrip(" .!?")
        variants = (row["text"], subject, subject + ARGUMENTS[lang] + ".")
        families = {tuple(q.family for q in suggest_questions(v, language=lang).questions) for v in variants}
        if len(families) != 1:
            different.append((row["id"], families))
    assert different == []


@pytest.mark.parametrize(
    ("language", "text", "stated"),
    [
        ("en", "Ban petrol mowers in residential streets.", False),  # 'residential' is not a group
        ("en", "Ban petrol mowers in the streets where residents live.", True),
        ("en", "A herb garden looked after by the pupils.", False),  # agents: who would do it
        ("fr", "Un potager entretenu par les élèves.", False),
        ("de", "Die Fusion mit den Nachbargemeinden.", False),  # a compound, not the neighbours
        ("de", "Die Nachbarn des Stadions sollen Parkkarten erhalten.", True),
        ("de", "Die jungen Bäume im Stadtpark schützen.", False),  # an adjective, not 'die Jungen'
        ("de", "Die Jungen im Dorf brauchen einen Treffpunkt.", True),
    ],
)
def test_what_counts_as_the_measures_group(language: str, text: str, stated: bool) -> None:
    assert ("for_whom" in analyse_gaps(text, language=language).present) is stated


@pytest.mark.parametrize(
    ("language", "pro", "con"),
    [
        ("en", "Ban barbecues in the park.", "Allow barbecues in the park."),
        ("fr", "Limitons les barbecues au parc.", "Autorisons les barbecues au parc."),
        ("de", "Grillieren im Park verbieten.", "Grillieren im Park erlauben."),
    ],
)
def test_the_measures_polarity_is_no_means(language: str, pro: str, con: str) -> None:
    """'ban' / 'limit' name the direction of the measure (its opposite 'allow' is no cue), not how it is done."""
    assert "how" not in analyse_gaps(pro, language=language).present
    assert _families(pro, language) == _families(con, language)


@pytest.mark.parametrize(
    ("language", "text", "proposal"),
    [
        ("en", "Keep the fireworks on the national day, it is one evening a year.", "Keep the fireworks on the national day"),
        ("fr", "Gardons le marché de Noël, ils en ont besoin pour vivre.", "Gardons le marché de Noël"),
        ("de", "Das Freibad länger öffnen, wir schwitzen im Sommer alle.", "Das Freibad länger öffnen"),
    ],
)
def test_a_comma_then_a_pronoun_opens_the_grounds(language: str, text: str, proposal: str) -> None:
    assert split_proposal(text, language)[0] == proposal
