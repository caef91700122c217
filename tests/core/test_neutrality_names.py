"""Party names are hidden from the neutrality model: its decision cannot depend on which party a question names."""

from __future__ import annotations

import numpy as np
import pytest

from communs.core.neutrality.names import KNOWN_PARTIES, MASKING, mask_party_names


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Does the SPD have a plan for nurses?", "en", "Does Party X have a plan for nurses?"),
        ("What is the AfD's position on pensions?", "en", "What is Party X position on pensions?"),
        ("Que propose La France insoumise sur les retraites ?", "fr", "Que propose le parti X sur les retraites ?"),
        ("Que propose l'UDI ?", "fr", "Que propose le parti X ?"),
        ("Was will die Linke beim Mindestlohn?", "de", "Was will die Partei X beim Mindestlohn?"),
        ("Was sagen CDU/CSU und Bündnis 90/Die Grünen zur Rente?", "de", "Was sagen die Partei X und die Partei X zur Rente?"),
        ("What does Renew Europe say about farming?", "en", "What does Party X say about farming?"),
    ],
)
def test_known_names_are_replaced_by_the_language_phrase(text: str, language: str, expected: str) -> None:
    assert mask_party_names(text, language) == expected


def test_common_words_and_parts_of_words_are_left_alone() -> None:
    for text in ("Who will win the ensemble prize at the renaissance fair?", "Is the labour market growing?",
                 "Welche linke Politik gibt es?", "Les PSG fans", "new horizons", "SPDX licences", "LRT lines"):
        assert mask_party_names(text, "en") == text


def test_the_elections_own_names_are_masked_when_passed() -> None:
    text = "Hat der Bürgerbund einen Plan für Pflegekräfte?"
    assert mask_party_names(text, "de") == text
    assert mask_party_names(text, "de", ["Bürgerbund"]) == "Hat die Partei X einen Plan für Pflegekräfte?"


def test_the_shipped_model_reads_masked_questions() -> None:
    from communs.core.neutrality.model import LinearModel

    model = LinearModel.load()
    assert model.masking == MASKING
    assert model.model_text("Was will die AfD?", "de") == "Was will die Partei X?"


def test_the_models_probabilities_do_not_depend_on_the_party_named() -> None:
    from communs.core.neutrality.classifier import default_classifier

    clf = default_classifier()
    parties = ["CDU", "AfD", "Die Linke", "Volt", "BSW", "Grüne"]
    texts = [f"Hat {p} einen Plan für die Pflege?" for p in parties]
    model_texts = [clf.model.model_text(t, "de") for t in texts]
    assert len(set(model_texts)) == 1
    probs = clf.model.predict_proba(clf.embedder.embed(model_texts), ["de"] * len(texts), model_texts)
    assert np.allclose(probs, probs[0])
    decisions = clf.classify_many(texts, language="de")
    assert len({(d.decision, d.category, round(d.confidence, 6)) for d in decisions}) == 1
    assert all(name in KNOWN_PARTIES for name in parties)
