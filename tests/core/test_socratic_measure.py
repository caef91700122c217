"""The measure's kind, the order of the questions (agenda), the consultation's topic, and the property that stance
words and negations never change the families asked."""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from importlib import resources

import pytest

from communs.core.socratic import analyse_gaps, check_questions, suggest_questions
from communs.core.socratic.dataset import mirrored_contributions
from communs.core.socratic.gaps import SECOND_FAMILY, agenda
from communs.core.socratic.measure import KINDS, head_entries, measure_kind


@pytest.mark.parametrize(
    ("language", "text", "kind", "family"),
    [
        ("en", "Put more benches along the river walk", "installation", "where"),
        ("en", "A shuttle bus to the regional hospital", "service", "for_whom"),
        ("en", "A 20 mph speed limit in the village", "rule", "how"),
        ("en", "Longer opening hours for the library", "schedule", "when"),
        ("en", "A tourist tax of 2 francs per night", "charge", "cost"),
        ("en", "Lower the outdoor pool prices", "charge", "cost"),  # 'pool' modifies 'prices'
        ("en", "A merger with the two neighbouring villages", "programme", "effect"),
        ("en", "Snow clearing on the cycle paths before 7", "upkeep", "actor"),
        ("en", "Dogs off the lead in the woods", "activity", "where"),
        ("en", "Something should change", "general", SECOND_FAMILY),
        ("fr", "Des bancs le long de la promenade", "installation", "where"),
        ("fr", "Une navette vers l'hôpital régional", "service", "for_whom"),
        ("fr", "Mettre la rue du Moulin en sens unique", "rule", "how"),
        ("fr", "Des horaires d'ouverture plus longs à la bibliothèque", "schedule", "when"),
        ("fr", "Une taxe de séjour de 2 francs par nuit", "charge", "cost"),
        ("fr", "Le musée communal doit rester payant", "charge", "cost"),
        ("fr", "Jumelons notre ville avec une ville de Suisse alémanique", "programme", "effect"),
        ("fr", "Le déneigement des pistes cyclables", "upkeep", "actor"),
        ("de", "Einen Gemüsegarten für jede Schule", "installation", "where"),  # compound: *garten
        ("de", "Ein Gratis-Busabo für alle Oberstufenschüler", "service", "for_whom"),
        ("de", "Eine Leinenpflicht in allen Parks", "rule", "how"),
        ("de", "Die Böschungen sollen regelmässig gemäht werden", "upkeep", "actor"),  # not a 'Regel'
        ("de", "Die Jagd im Gemeindewald", "activity", "where"),
        ("de", "Etwas muss sich ändern", "general", SECOND_FAMILY),
    ],
)
def test_measure_kind_per_language(language: str, text: str, kind: str, family: str) -> None:
    found = measure_kind(text, language)
    assert (found.kind, found.family) == (kind, family), found
    assert (found.head == "") == (kind == "general")


STANCE_OR_DIRECTION = {
    "en": r"\b(?:no|not|never|nobody|nothing|too|against|oppose\w*|support\w*|ban(?:s|ned|ning)?|allow\w*|forbid\w*|stop)\b|n't\b",
    "fr": r"\b(?:ne|pas|jamais|aucun\w*|trop|contre|pour|interdi\w*|autoris\w*|stop)\b|\bn'",
    "de": r"\b(?:nicht|nie|niemals|kein\w*|zu viele?|gegen|für|verbot\w*|verbiet\w*|erlaub\w*|stopp)\b",
}


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_no_measure_head_carries_a_stance_a_negation_or_a_direction(language: str) -> None:
    """A head that only one side would write (a ban, allow, not) would make the kind depend on the author's side."""
    pattern = re.compile(STANCE_OR_DIRECTION[language])
    heads = head_entries(language)
    assert set(heads) == set(KINDS)
    bad = [(kind, h) for kind, entries in heads.items() for h in entries if pattern.search(h)]
    assert bad == []
    raw = json.loads(resources.files("communs.core.socratic").joinpath(f"data/measures_{language}.json")
                     .read_text("utf-8"))
    owners = defaultdict(set)
    for kind, entries in heads.items():
        for h in entries:
            owners[h].add(kind)
    assert [h for h, kinds in owners.items() if len(kinds) > 1] == []  # one kind per entry
    assert raw["default_family"] == SECOND_FAMILY


def test_agenda_asks_why_then_the_second_family_then_the_measure_family() -> None:
    analysis = analyse_gaps("Put more benches along the river walk for older residents.", language="en")
    families = [g.family for g in agenda(analysis)]
    assert families[:3] == ["why", "for_whom", "where"]
    assert len(families) == len(set(families))
    # a stated second family is still asked, as a 'present' entry that goes deeper into it
    stated = analyse_gaps("Benches for the residents of the old people's home on Church Square.", language="en")
    second = agenda(stated)[1]
    assert second.family == "for_whom"
    assert "for_whom" in stated.present or second.status == "vague"


def test_a_stated_second_family_gets_a_deeper_question() -> None:
    text = "Die Nachbarn des Stadions sollen Parkkarten erhalten."
    result = suggest_questions(text, language="de")
    assert [q.family for q in result.questions] == ["why", "for_whom"]
    assert result.questions[1].template_id.startswith("de-for_whom-present-")


def test_the_consultation_topic_chooses_the_second_family_for_every_contribution() -> None:
    topic = "Should the town build a pump track next to the sports ground?"
    texts = ["Yes, a pump track would give teenagers something to do.", "I am against the pump track.",
             "Stop it; the money is better spent on the pool.", "Why not, if the neighbours agree?"]
    results = [suggest_questions(t, language="en", topic=topic) for t in texts]
    assert {r.topic_measure.family for r in results if r.topic_measure} == {"where"}
    assert {tuple(q.family for q in r.questions) for r in results} == {("why", "where")}
    # the topic's language is its own: a French topic for an English contribution
    fr = suggest_questions(texts[1], language="en", topic="Faut-il une taxe de séjour ?")
    assert [q.family for q in fr.questions] == ["why", "cost"] and fr.language == "en"
    assert [q.family for q in suggest_questions(texts[1], language="en", topic="  ").questions] == ["why", "for_whom"]


INSERTIONS = {
    "en": ["not", "no", "never", "against", "for", "oppose", "support", "stop", "don't", "too", "really"],
    "fr": ["ne", "pas", "jamais", "contre", "pour", "non", "stop", "trop", "vraiment", "n'importe"],
    "de": ["nicht", "kein", "nie", "gegen", "für", "stopp", "zu", "wirklich", "dagegen", "dafür"],
}
PREFIXES = {
    "en": ["I'm against this: ", "I support this. ", "Stop the plan? ", "No. ", "Yes! "],
    "fr": ["Je ne veux pas de ça : ", "Je suis pour. ", "Non. ", "Oui ! ", "Stop ? "],
    "de": ["Ich bin gegen das: ", "Ich bin dafür. ", "Nein. ", "Ja! ", "Stopp? "],
}


def _perturb(text: str, language: str, rng: random.Random) -> str:
    words = text.split()
    for _ in range(rng.randint(1, 3)):
        words.insert(rng.randint(0, len(words)), rng.choice(INSERTIONS[language]))
    out = " ".join(words)
    if rng.random() < 0.5:
        out = rng.choice(PREFIXES[language]) + out
    if rng.random() < 0.3:
        out = out.rstrip(".!") + "?"
    return out


def test_property_stance_words_and_negations_never_change_the_families() -> None:
    """Property test (seeded random stance words, negations, stance prefixes and question marks inserted anywhere in
    every mirrored contribution, 5 variants each): the families of the two default questions never change, with
    and without a consultation topic; the questions stay open (detector, with the perturbed text as context)."""
    rng = random.Random(20261129)
    topic = {"en": "Should the village get a public sauna?", "fr": "Faut-il une taxe de séjour ?",
             "de": "Soll die Gemeinde Tempo 30 einführen?"}
    changed, questions = [], []
    for row in mirrored_contributions():
        lang = row["language"]
        for use_topic in (False, True):
            t = topic[lang] if use_topic else None
            base = [q.family for q in suggest_questions(row["text"], language=lang, topic=t).questions]
            for _ in range(5):
                variant = _perturb(row["text"], lang, rng)
                result = suggest_questions(variant, language=lang, topic=t)
                if [q.family for q in result.questions] != base:
                    changed.append((row["id"], variant))
                questions += [(q.text, variant, lang) for q in result.questions[1:]]
    assert changed == []
    sample = rng.sample(questions, 600)
    checks = check_questions([q[0] for q in sample], contributions=[q[1] for q in sample],
                             languages=[q[2] for q in sample], use_model=False)
    assert [q[0] for q, c in zip(sample, checks, strict=True) if c.leading] == []


def test_the_measure_kind_ignores_stance_prefixes_and_negations_within_the_subject() -> None:
    """The third question's family (the contribution's own measure) does not depend on a stance or a negation
    either: 'I am against' / 'not' / 'kein' before the measure leave its kind unchanged."""
    cases = {
        "en": ("Build a pump track next to the sports ground.", ["I am against a pump track next to the sports ground.",
                                                                   "We do not need a pump track next to the sports ground."]),
        "fr": ("Un sauna au bord du lac.", ["Je ne veux pas de sauna au bord du lac.", "Non au sauna au bord du lac."]),
        "de": ("Eine Leinenpflicht im Stadtpark.", ["Ich bin gegen eine Leinenpflicht im Stadtpark.",
                                                    "Keine Leinenpflicht im Stadtpark."]),
    }
    for lang, (pro, cons) in cases.items():
        kinds = {analyse_gaps(t, language=lang).measure for t in [pro, *cons]}
        assert len({(k.kind, k.family) for k in kinds if k}) == 1, kinds
