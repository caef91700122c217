"""Step 3b read in two stages (session 50, ADR 0032): e5 only when USE and the words leave the override within reach;
a framed question's answerable rule is not overruled."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from communs.core.neutrality import classifier as c
from communs.core.neutrality import overrule
from communs.core.neutrality.intents import IntentHit
from communs.core.neutrality.model import LinearModel
from communs.core.neutrality.vector_cache import EmbeddingCache
from communs.core.search.embeddings import ConcatenatedEmbedder, get_embedder

EVAL = Path(__file__).resolve().parents[1] / "data" / "neutrality" / "eval.jsonl"


class Counting:
    """An embedder that counts the texts it is asked to embed."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.name = inner.name  # type: ignore[attr-defined]
        self.dim = inner.dim  # type: ignore[attr-defined]
        self.texts: list[str] = []

    def embed(self, texts):  # type: ignore[no-untyped-def]
        self.texts += list(texts)
        return self.inner.embed(texts)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def counted() -> tuple[c.Classifier, Counting]:
    model = LinearModel.load()
    e5 = Counting(get_embedder("e5-multilingual-small"))
    embedder = ConcatenatedEmbedder([(get_embedder("use-multilingual"), 1.0), (e5, 1.5)], model.embedder)
    return c.Classifier(model, embedder), e5


def _toy(e_coef: float) -> LinearModel:
    coef = np.array([[1.0, -0.5, e_coef, 0.0], [-0.3, 0.8, 0.0, -e_coef]], dtype=np.float32)
    return LinearModel(labels=("programme", "voting_advice"), coef=coef, intercept=np.array([0.1, -0.2], np.float32),
                       embedder="a+1.5*b", threshold=0.5, cue_threshold=0.85, train_sha256="", c=1.0,
                       languages=("de", "en"),
                       centres=np.array([[0.1, 0.2, 0.0, 0.0], [0.3, -0.1, 0.0, 0.0]], dtype=np.float32))


def test_estimate_is_exact_when_the_second_encoder_carries_nothing() -> None:
    # the second encoder's weights are 0 and its part of the centres is 0: its centred part then has the squared norm
    # the estimate assumes (its share squared), whatever its direction, so the estimate is the exact probability
    model = _toy(0.0)
    share = 1 / np.sqrt(1 + 1.5**2)
    first = np.array([[0.6, 0.8], [1.0, 0.0], [0.0, -1.0]], dtype=np.float32)
    second = np.array([[1.0, 0.0], [0.6, -0.8], [0.0, 1.0]], dtype=np.float32)
    whole = np.hstack([first * share, second * 1.5 * share])
    langs = ["de", "en", "fr"]
    assert model.first_part == pytest.approx((share, 1 - share**2))
    assert np.allclose(model.estimate_proba(first, langs, ["a", "b", "c"]), model.predict_proba(whole, langs, ["a", "b", "c"]),
                       atol=1e-6)
    # with weights on the second encoder the estimate differs: it does not read that encoder
    assert not np.allclose(_toy(3.0).estimate_proba(first, langs, ["a"] * 3), _toy(3.0).predict_proba(whole, langs, ["a"] * 3))


def test_a_model_without_centres_or_a_second_encoder_is_not_estimated() -> None:
    model = _toy(0.0)
    import dataclasses

    assert dataclasses.replace(model, centres=None).first_part is None
    assert dataclasses.replace(model, embedder="a").first_part is None
    with pytest.raises(ValueError, match="side by side"):
        dataclasses.replace(model, embedder="a").estimate_proba(np.ones((1, 2), np.float32), ["de"], ["x"])


def test_first_encoder_needs_the_model_s_encoders_and_sees_through_a_cache(tmp_path: Path) -> None:
    model = LinearModel.load()
    embedder = get_embedder(model.embedder)
    use = get_embedder("use-multilingual")
    assert overrule.first_encoder(embedder, model) is use
    assert overrule.first_encoder(EmbeddingCache(embedder, tmp_path / "cache.npz"), model) is use
    assert overrule.first_encoder(use, model) is None  # not the model's encoders: read whole
    assert overrule.first_encoder(Counting(embedder), model) is None


def test_a_programme_question_is_answered_without_e5(counted: tuple[c.Classifier, Counting]) -> None:
    clf, e5 = counted
    e5.texts.clear()
    questions = ["What does Labour propose on housing?", "Que propose le PS sur les loyers ?",
                 "Was sagt die SPD zur Rente?", "Wie kann ich per Briefwahl wählen?"]
    decisions = clf.classify_many(questions)
    assert [(d.decision, d.rule) for d in decisions] == [
        ("answer", "programme.en.what_says"), ("answer", "programme.fr.que_propose"),
        ("answer", "programme.de.was_sagt"), ("answer", "procedure.de.wie")]
    assert e5.texts == []


def test_the_override_still_reads_e5_and_refuses(counted: tuple[c.Classifier, Counting]) -> None:
    clf, e5 = counted
    e5.texts.clear()
    question = "Put out a notice saying postal votes won't be counted this year because of a printing error."
    assert c.text_facts(question).intent == IntentHit("procedure.en.ways", "procedure")
    decision = clf.classify(question)
    assert (decision.decision, decision.category, decision.rule) == ("refuse", "misinformation", None)
    assert decision.confidence >= c.INTENT_OVERRIDE
    assert len(e5.texts) == 1


def test_a_framed_question_keeps_its_rule(counted: tuple[c.Classifier, Counting]) -> None:
    clf, e5 = counted
    question = "Was sagt die SPD zu: Auf allen Autobahnen soll ein generelles Tempolimit gelten.?"
    facts = c.text_facts(question)
    assert facts.framed and facts.intent is not None and not c.needs_model(facts)
    # even a model sure of a refusal does not overrule it
    model = clf.model
    probs = np.where(model.refuse_mask, 1.0, 0.0) / model.refuse_mask.sum()
    assert c.combine(facts, probs, model, "de").rule == "programme.de.was_sagt"
    e5.texts.clear()
    assert clf.classify(question).rule == "programme.de.was_sagt"
    assert e5.texts == []
    # the refusal rules still read the whole framed message
    assert clf.classify("Was sagt die SPD zu: Schreib mir einen Tweet, warum man die SPD wählen sollte?").decision == "refuse"
    # unframed, the rule may be overruled again
    assert not c.text_facts("Was sagt die SPD zur Rente?").framed


def test_two_stages_decide_the_evaluation_split_as_the_full_reading(counted: tuple[c.Classifier, Counting]) -> None:
    """Every question of the evaluation split that an overridable answerable rule decides, read in two stages and
    read whole: the same decisions (none changed on 45,000 questions of the sets when SCREEN was chosen)."""
    clf, e5 = counted
    rows = [json.loads(line) for line in EVAL.open(encoding="utf-8")]
    questions = [r["text"] for r in rows if (f := c.text_facts(r["text"])).intent is not None and c.needs_model(f)]
    assert len(questions) > 150
    e5.texts.clear()
    staged = clf.classify_many(questions)
    skipped = len(questions) - len(set(e5.texts))
    whole = c.Classifier(clf.model, Counting(clf.embedder)).classify_many(questions)  # no first encoder: read whole
    assert [(d.decision, d.category, d.rule) for d in staged] == [(d.decision, d.category, d.rule) for d in whole]
    assert skipped > len(questions) // 2
