"""Session 15 (issue 3): the procedure and electoral-system rules read the question that is asked. A message that tells
the voter's situation ("The polling station is in the school gym.") before an unrelated question ("How do I get the
smell out of my gym bag?") is no procedure question: the election word must be in the final question, unless that
question is a few words that refer back to the story ("What now?"). Registering something ("register my bike",
"inscrire mon enfant") is no electoral word; registering alone still is. A vote in a TV talent show is no political
election, and the generic programme forms ("does X support", "what does X say") give way to an unrelated subject
("Which football team does X support?"). The wordings are new (not questions of a data set).
"""

from __future__ import annotations

import pytest

from communs.core.neutrality import classify
from communs.core.neutrality.intents import match_intent
from communs.core.neutrality.rules import prepare
from tests.core._neutrality_cases import same_decision_test

ASKED = [
    ("the polling station's place, then a question about a gym bag", "out_of_scope", None, {
        "en": "The polling station is in the school gym. How do I get rid of the smell in my gym bag?",
        "fr": "Le bureau de vote est dans le gymnase de l'école. Comment enlever l'odeur de mon sac de sport ?",
        "de": "Das Wahllokal ist in der Schulturnhalle. Wie bekomme ich den Geruch aus meiner Sporttasche?",
    }),
    ("a postal vote sent, then a question about the post", "out_of_scope", None, {
        "en": "I posted my postal vote this morning. How long does a letter take from Vienna to Graz?",
        "fr": "J'ai posté mon vote par correspondance ce matin. Combien de temps met une lettre de Vienne à Graz ?",
        "de": "Ich habe heute Morgen meine Briefwahl abgeschickt. Wie lange braucht ein Brief von Wien nach Graz?",
    }),
    ("a missing polling card, then a short question that refers back", "answer", "procedure", {
        "en": "My polling card hasn't arrived. What now?",
        "fr": "Ma carte électorale n'est pas arrivée. Et maintenant ?",
        "de": "Meine Wahlbenachrichtigung ist nicht angekommen. Was nun?",
    }),
    ("a move, then how to register to vote", "answer", "procedure", {
        "en": "I moved to Lyon in March. How do I register to vote there?",
        "fr": "J'ai déménagé à Lyon en mars. Comment m'inscrire sur les listes électorales là-bas ?",
        "de": "Ich bin im März nach Lyon gezogen. Wie komme ich dort ins Wählerverzeichnis?",
    }),
]

OFF_TOPIC = [
    ("registering a bike", "out_of_scope", None, {
        "en": "How do I register my bike with the police in Freiburg?",
        "fr": "Comment faire enregistrer mon vélo auprès de la police à Fribourg ?",
        "de": "Wie registriere ich mein Fahrrad bei der Polizei in Freiburg?",
    }),
    ("registering to vote", "answer", "procedure", {
        "en": "How do I register to vote in Freiburg?",
        "fr": "Comment m'inscrire sur les listes électorales à Fribourg ?",
        "de": "Wie melde ich mich für das Wählerverzeichnis in Freiburg an?",
    }),
    ("a vote in a TV talent show", "out_of_scope", None, {
        "en": "How do I vote for my favourite singer in the Got Talent final?",
        "fr": "Comment voter pour mon chanteur préféré à la finale de Star Academy ?",
        "de": "Wie stimme ich im Finale der Castingshow für meine Lieblingssängerin ab?",
    }),
    ("a politician's football team", "out_of_scope", None, {
        "en": "Which football team does Robert Habeck support?",
        "fr": "Quelle équipe de foot Robert Habeck soutient-il ?",
        "de": "Welchen Fußballverein unterstützt Robert Habeck?",
    }),
    ("a politician's proposal", "answer", "programme", {
        "en": "Does Robert Habeck support a speed limit on motorways?",
        "fr": "Robert Habeck soutient-il une limitation de vitesse sur les autoroutes ?",
        "de": "Unterstützt Robert Habeck ein Tempolimit auf Autobahnen?",
    }),
]

test_session15_asked = same_decision_test(ASKED)
test_session15_off_topic = same_decision_test(OFF_TOPIC)


@pytest.mark.parametrize("text", [
    "The polling station is in the school gym. How do I get rid of the smell in my gym bag?",
    "Das Wahllokal ist in der Schulturnhalle. Wie bekomme ich den Geruch aus meiner Sporttasche?",
    "How do I register my bike with the police in Freiburg?",
    "Which football team does Robert Habeck support?",
])
def test_no_answerable_rule_fires(text: str) -> None:
    """The answerable rules leave these to the model or the out-of-scope rule (checked on the rules alone, whatever the
    model decides; before session 15 a procedure or programme rule answered each of them)."""
    hit = match_intent(prepare(text))
    assert hit is None or hit.category == "out_of_scope", hit


@pytest.mark.parametrize(("text", "rule"), [
    ("How do I register?", "procedure.en.how_to"),
    ("Comment m'inscrire ?", "procedure.fr.comment"),
    ("Where do I register?", "procedure.en.ways"),
    ("My polling card hasn't arrived. What now?", "procedure.en.ways"),
])
def test_registering_alone_and_short_follow_ups_stay_with_the_rules(text: str, rule: str) -> None:
    decision = classify(text)
    assert (decision.decision, decision.rule) == ("answer", rule), decision
