"""A message that tells the voter's situation before its question is read whole and by its final question (ADR 0015)."""

from __future__ import annotations

import numpy as np
import pytest

from communs.core.neutrality.classifier import default_classifier
from communs.core.neutrality.final_question import final_question


@pytest.mark.parametrize(("text", "final"), [
    ("I'm a retired teacher from Linz. Education matters most to me. What does NEOS propose for schools?",
     "What does NEOS propose for schools?"),
    ("Je suis infirmière à Lille ! Que propose le RN pour les hôpitaux ?", "Que propose le RN pour les hôpitaux ?"),
    ("Ich wohne in Kiel… Wie beantrage ich Briefwahl?", "Wie beantrage ich Briefwahl?"),
    ("What does the SPD propose on rents?", None),  # one sentence: nothing more to read
    ("Is the AfD far-right? What does it propose on pensions?", None),  # two questions: the message is the request
    ("I live in Lyon. Tell me what LFI proposes.", None),  # no final question
    ("", None),
])
def test_the_final_question_follows_statements(text: str, final: str | None) -> None:
    assert final_question(text) == final


def test_the_model_averages_the_message_and_its_final_question() -> None:
    clf = default_classifier()
    model = clf.model
    assert 0 < model.final_weight < 1
    text = ("I have a small farm near Lausanne and I'm a volunteer firefighter. Direct payments are vital for us. "
            "Which parties want both to keep direct payments to farmers and to cut red tape?")
    final = final_question(text)
    assert final is not None
    whole = model.predict_proba(clf.embedder.embed([text]), ["en"], [text])
    alone = model.predict_proba(clf.embedder.embed([final]), ["en"], [final])
    blended = model.predict(clf.embedder.embed, [text], ["en"])
    assert np.allclose(blended, (1 - model.final_weight) * whole + model.final_weight * alone, atol=1e-6)
    # a one-sentence question is read once
    single = "What does the SPD propose on rents?"
    assert np.allclose(model.predict(clf.embedder.embed, [single], ["en"]),
                       model.predict_proba(clf.embedder.embed([single]), ["en"], [single]), atol=1e-6)
