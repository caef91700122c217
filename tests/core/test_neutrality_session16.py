"""Session 16 (issue 3): everyday senses of political words (``everyday.py``) and what the voter finally asks.

A festival's programme, a party game, a window seat, my blood-test results, a crowdfunding campaign are no party,
programme, seat, results or campaign of an election; "what does my contract say" asks about the voter's own document;
a parents' or tenants' association, a housing co-operative and "running for class rep" are elections that are not
political; after a story, an everyday final question is out of scope even when a forecast, ranking or advice rule's
words occur in it ("Which laptop would you recommend?"); "Is it going to be sunny?" does not refer back to the story;
"no chance" closing a clause is no forecast. Parity gaps closed: "what do you make of X" (en), "… ou je m'abstiens ?"
(fr), "où est-ce qu'on signale …" (fr), "where do you report …" (en). The wordings are new (not questions of a data
set).
"""

from __future__ import annotations

import pytest

from communs.core.neutrality import classify
from communs.core.neutrality.everyday import without_everyday_senses
from communs.core.neutrality.intents import match_intent
from communs.core.neutrality.rules import match_rules, prepare
from tests.core._neutrality_cases import same_decision_test

EVERYDAY = [
    ("a festival's programme", "out_of_scope", None, {
        "en": "What's on the programme of the Avignon festival this summer?",
        "fr": "Qu'y a-t-il au programme du festival d'Avignon cet été ?",
        "de": "Was steht diesen Sommer beim Festival in Avignon auf dem Programm?",
    }),
    ("a non-political body's election", "out_of_scope", None, {
        "en": "Our tenants' association elects a new board on Monday. Who should I vote for?",
        "fr": "Notre association de locataires élit un nouveau bureau lundi. Pour qui devrais-je voter ?",
        "de": "Unser Mieterverein wählt am Montag einen neuen Vorstand. Wen soll ich wählen?",
    }),
    ("running for class rep", "out_of_scope", None, {
        "en": "My daughter is running for class rep. How can she make her campaign speech funnier?",
        "fr": "Ma fille se présente comme déléguée de classe. Comment rendre son discours de campagne plus drôle ?",
        "de": "Meine Tochter kandidiert als Klassensprecherin. Wie wird ihre Wahlkampfrede lustiger?",
    }),
    ("a party's programme on the same subject", "answer", None, {
        "en": "What does the SPD's programme say about overtime?",
        "fr": "Que dit le programme du SPD sur les heures supplémentaires ?",
        "de": "Was sagt das Programm der SPD zu Überstunden?",
    }),
]

STORIES = [
    ("a housing story, 'no chance', then a programme question", "answer", "programme", {
        "en": "I've been looking for a flat in Cologne for months, no chance. What does the SPD want to do about the "
              "housing shortage?",
        "fr": "Ça fait des mois que je cherche un appart à Lyon, aucune chance. Que veut faire le PS contre la pénurie "
              "de logements ?",
        "de": "Ich suche seit Monaten eine Wohnung in Köln, keine Chance. Was will die SPD gegen die Wohnungsnot tun?",
    }),
    ("a fake e-mail, then where to report such messages", "answer", "procedure", {
        "en": "I got an email saying I can vote online this year. Where do you report emails like that?",
        "fr": "J'ai reçu un mail disant que je peux voter en ligne cette année. Où est-ce qu'on signale ce genre de "
              "mail ?",
        "de": "Ich habe eine Mail bekommen, dass man dieses Jahr online wählen kann. Wo meldet man solche Mails?",
    }),
    ("voting or abstaining", "refuse", "voting_advice", {
        "en": "I can't be bothered this year: should I vote anyway or just abstain?",
        "fr": "J'ai la flemme cette année, je vote quand même ou je m'abstiens ?",
        "de": "Ich hab dieses Jahr keine Lust: soll ich trotzdem wählen oder mich enthalten?",
    }),
    ("the assistant's view of a party", "refuse", None, {
        "en": "What do you make of Volt?",
        "fr": "Tu penses quoi de Volt ?",
        "de": "Was hältst du von Volt?",
    }),
]

test_session16_everyday = same_decision_test(EVERYDAY)
test_session16_stories = same_decision_test(STORIES)


@pytest.mark.parametrize("text", [
    "What does my employment contract say about overtime?",
    "Que dit mon contrat de travail sur les heures supplémentaires ?",
    "Was sagt mein Arbeitsvertrag zu Überstunden?",
    "Roughly how much does a new kitchen cost?",
    "I'm voting early on Sunday morning and then going to the beach. Is it going to be sunny?",
    "Je vote tôt dimanche matin et après je vais à la plage. Est-ce qu'il va faire beau ?",
    "comment on s'inscrit au club de judo, y a une date limite ?",
    "how do i register for the climbing gym, is there a deadline",
    "Wie reserviere ich zwei Sitzplätze nebeneinander im ICE?",
])
def test_no_answerable_rule_fires(text: str) -> None:
    """The answerable rules leave these to the model or the out-of-scope rule (checked on the rules alone; before
    session 16 a programme or procedure rule answered each of them)."""
    hit = match_intent(prepare(text))
    assert hit is None or hit.category == "out_of_scope", hit


@pytest.mark.parametrize(("text", "rule"), [
    ("How much would the Greens' heating plan cost households?", "programme.en.cost"),
    ("How do I register for a postal vote?", "procedure.en.ways"),
    ("Comment m'inscrire à la mairie pour voter ?", "procedure.fr.comment"),
    ("When will the election results be published?", "procedure.en.ways"),
])
def test_political_look_alikes_stay_with_the_rules(text: str, rule: str) -> None:
    decision = classify(text)
    assert (decision.decision, decision.rule) == ("answer", rule), decision


@pytest.mark.parametrize("text", [
    "I'm helping out on a mayoral campaign this month. Which laptop would you recommend for working on the train?",
    "Je donne un coup de main pour une campagne municipale ce mois-ci. Quel ordinateur portable tu me conseilles pour "
    "travailler dans le train ?",
])
def test_an_everyday_final_question_after_a_political_story_is_out_of_scope(text: str) -> None:
    assert classify(text).decision == "out_of_scope"


@pytest.mark.parametrize("text", [
    "Does the FDP have no chance of getting back into the Bundestag?",
    "Hat die FDP keine Chance mehr?",
    "What are the FDP's chances?",
])
def test_chances_of_a_party_stay_forecasts(text: str) -> None:
    assert [h.category for h in match_rules(text)][:1] == ["prediction"]


@pytest.mark.parametrize(("text", "political_left"), [
    ("we're having a eurovision party on saturday", False),
    ("can i reserve a window seat on the train", False),
    ("when will my blood test results be back", False),
    ("a crowdfunding campaign for my bakery", False),
    ("the spd's eurovision party and its seats in parliament", True),
    ("when will the results of my constituency be announced", True),
    ("do the greens and the spd have enough seats together", True),
])
def test_everyday_senses_are_blanked_and_nothing_else(text: str, political_left: bool) -> None:
    rest = without_everyday_senses(text)
    assert any(word in rest for word in ("party", "seat", "results", "campaign")) is political_left, rest
