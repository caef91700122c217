"""Leading-question detector: rule cases per language, the contribution-aware side check, the model and its data."""

from __future__ import annotations

import json

import numpy as np
import pytest

from communs.core.socratic import check_question, check_questions
from communs.core.socratic.dataset import eval_questions, train_questions
from communs.core.socratic.model import MODEL_FILE, shipped_model, train_model
from communs.core.socratic.rules import rule_hits

# Written for these tests (not taken from the labelled set): (language, question, expected signal or None = open).
RULE_CASES = [
    ("en", "The new roundabout made things worse, didn't it?", "tag_question"),
    ("en", "Don't you think the council should listen to cyclists?", "opinion_prompt"),
    ("en", "Wouldn't a car-free centre be more pleasant?", "negative_question"),
    ("en", "Why not simply close the road to lorries?", "why_not"),
    ("en", "Why is the new car park so ugly?", "presupposition"),
    ("en", "Given how dangerous this junction is, what should change?", "presupposition"),
    ("en", "What do you make of this absurd plan?", "loaded_word"),
    ("en", "Is the fee too high for families?", "one_way_yes_no"),
    ("en", "Experts agree that trams cut pollution; what is your view?", "social_proof"),
    ("en", "What problems do you see with the current situation?", None),
    ("en", "Which risks and which advantages do you see for the shops?", None),
    ("en", "Would the change affect deliveries, and if so how?", None),
    ("en", "Is there anything you would add about the timetable?", None),
    ("fr", "Ce rond-point a tout empiré, n'est-ce pas ?", "tag_question"),
    ("fr", "Ne pensez-vous pas que la commune devrait écouter les cyclistes ?", "opinion_prompt"),
    ("fr", "Ne serait-il pas plus agréable d'avoir un centre sans voitures ?", "negative_question"),
    ("fr", "Pourquoi ne pas simplement fermer la route aux camions ?", "why_not"),
    ("fr", "Pourquoi le nouveau parking est-il si laid ?", "presupposition"),
    ("fr", "Que pensez-vous de ce projet absurde ?", "loaded_word"),
    ("fr", "La taxe est-elle trop chère pour les familles ?", "one_way_yes_no"),
    ("fr", "Les études montrent que le tram réduit la pollution ; qu'en pensez-vous ?", "social_proof"),
    ("fr", "Quels problèmes voyez-vous dans la situation actuelle ?", None),
    ("fr", "Quels risques et quels avantages voyez-vous pour les commerces ?", None),
    ("fr", "Y a-t-il quelque chose qui ne fonctionne pas aujourd'hui ?", None),
    ("fr", "Qui en bénéficierait le plus, selon vous ?", None),
    ("de", "Der neue Kreisel hat alles schlimmer gemacht, oder?", "tag_question"),
    ("de", "Finden Sie nicht, dass die Gemeinde auf die Velofahrenden hören sollte?", "opinion_prompt"),
    ("de", "Wäre ein autofreies Zentrum nicht angenehmer?", "negative_question"),
    ("de", "Warum nicht einfach die Strasse für Lastwagen sperren?", "why_not"),
    ("de", "Warum ist das neue Parkhaus so hässlich?", "presupposition"),
    ("de", "Was halten Sie von diesem absurden Plan?", "loaded_word"),
    ("de", "Ist die Gebühr zu hoch für Familien?", "one_way_yes_no"),
    ("de", "Studien zeigen, dass Trams die Luft verbessern – was meinen Sie?", "social_proof"),
    ("de", "Welche Probleme sehen Sie in der heutigen Situation?", None),
    ("de", "Gibt es etwas, das heute nicht funktioniert?", None),
    ("de", "Wer würde davon aus Ihrer Sicht am meisten profitieren?", None),
]


@pytest.mark.parametrize(("language", "question", "signal"), RULE_CASES)
def test_rules_per_language(language: str, question: str, signal: str | None) -> None:
    signals = [h.signal for h in rule_hits(question, language)]
    if signal is None:
        assert signals == [], signals
    else:
        assert signal in signals, signals


def test_check_question_gives_reasons_only_when_leading() -> None:
    leading = check_question("Isn't the tax obviously unfair?", language="en", use_model=False)
    assert leading.leading and leading.reasons and 0.5 < leading.score <= 1.0
    open_q = check_question("What would the tax pay for?", language="en", use_model=False)
    assert not open_q.leading and open_q.reasons == [] and open_q.score == 0.0


@pytest.mark.parametrize(
    ("language", "question", "contribution", "leading"),
    [
        ("en", "How would you deal with the noise?", "Let's open a skate park next to the station.", True),
        ("en", "How would you deal with the noise?", "A skate park next to the station, where noise bothers no one.",
         False),
        ("en", "What would you say about the danger for children?", "Build a bike lane on Main Street.", True),
        ("fr", "Comment géreriez-vous le bruit ?", "Ouvrons un skatepark près de la gare.", True),
        ("fr", "Comment géreriez-vous le bruit ?", "Un skatepark près de la gare, où le bruit ne gêne personne.", False),
        ("de", "Wie würden Sie mit dem Lärm umgehen?", "Einen Skatepark beim Bahnhof eröffnen.", True),
        ("de", "Wie würden Sie mit dem Lärm umgehen?", "Einen Skatepark beim Bahnhof, wo der Lärm niemanden stört.",
         False),
    ],
)
def test_side_not_raised_by_the_author(language: str, question: str, contribution: str, leading: bool) -> None:
    check = check_question(question, contribution=contribution, language=language, use_model=False)
    assert check.leading is leading
    assert ("side_not_raised" in check.signals) is leading


def test_language_is_detected_when_not_given() -> None:
    assert check_question("N'est-ce pas évident ?", use_model=False).language == "fr"
    assert check_question("Ist das nicht offensichtlich?", use_model=False).language == "de"


@pytest.mark.slow
def test_model_decides_with_rules_on_a_batch() -> None:
    questions = ["Surely the bridge is a waste of money?", "Which bridge do you mean?",
                 "Wäre eine neue Brücke nicht besser?", "Welche Brücke meinen Sie?"]
    results = check_questions(questions, languages=["en", "en", "de", "de"])
    assert [r.leading for r in results] == [True, False, True, False]
    assert all(r.model_probability is not None for r in results)
    assert results[1].model_probability < 0.5 and results[3].model_probability < 0.5


# --- data: size, balance, disjoint splits ---------------------------------------------------------------------


def test_labelled_set_size_and_balance() -> None:
    train, evalq = train_questions(), eval_questions()
    everything = train + evalq
    assert len(everything) >= 450
    for lang in ("fr", "de", "en"):
        rows = [q for q in everything if q.language == lang]
        leading = sum(q.leading for q in rows)
        assert len(rows) >= 100 and 0.4 <= leading / len(rows) <= 0.6
    assert len(evalq) / len(everything) >= 0.30


def test_train_and_eval_are_disjoint() -> None:
    train, evalq = train_questions(), eval_questions()
    assert not {q.group for q in train} & {q.group for q in evalq}
    assert not {q.id for q in train} & {q.id for q in evalq}
    norm = lambda t: " ".join(t.casefold().split())  # noqa: E731
    assert not {norm(q.text) for q in train} & {norm(q.text) for q in evalq}
    assert len({q.id for q in train + evalq}) == len(train + evalq)


def test_shipped_model_was_trained_on_the_current_train_split() -> None:
    from importlib import resources

    raw = json.loads(resources.files("communs.core.socratic").joinpath(MODEL_FILE).read_text("utf-8"))
    from communs.core.socratic.model import train_sha

    assert raw["train_sha256"] == train_sha()
    assert raw["n_train"] == len(train_questions())


@pytest.mark.slow
def test_retraining_reproduces_the_shipped_weights() -> None:
    model = shipped_model()
    assert model is not None
    fresh = train_model()
    assert np.allclose(np.array(fresh["coef"]), model.coef, atol=1e-4)
    assert abs(float(fresh["intercept"]) - model.intercept) < 1e-4
