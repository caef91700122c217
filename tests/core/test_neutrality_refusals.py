"""Refusal texts: the question's language, the alternative that fits, no party named, the same for every party."""

from __future__ import annotations

import json

import pytest

from communs.core.neutrality import NeutralityDecision, Refusal, refusal
from communs.core.neutrality.policy import REFUSE_CATEGORIES
from communs.core.neutrality.refusals import ALTERNATIVES, TEMPLATES_PATH
from communs.core.text import detect_language, fold

PARTY_NAMES = [
    "CDU", "CSU", "SPD", "Grünen", "Grüne", "FDP", "AfD", "Linke", "BSW", "Volt", "Renaissance", "RN",
    "Rassemblement", "insoumise", "LFI", "Républicains", "socialiste", "Écologistes", "Reconquête", "PCF", "MoDem",
    "EPP", "Renew", "ECR", "Patriots",
]
EXPECTED_KIND = {
    "voting_advice": "comparison", "promotion": "comparison", "ranking": "comparison", "manipulation": "comparison",
    "label": "programme", "candidate_judgement": "programme", "prediction": "official_results",
    "misinformation": "official_information", "out_of_scope": "capabilities",
}


def _decision(category: str, language: str) -> NeutralityDecision:
    decision = "out_of_scope" if category == "out_of_scope" else "refuse"
    return NeutralityDecision(decision, category, language, 0.99, None)  # type: ignore[arg-type]


@pytest.mark.parametrize("category", [*REFUSE_CATEGORIES, "out_of_scope"])
@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_refusal_language_alternative_and_neutrality(category: str, language: str) -> None:
    result = refusal(_decision(category, language), language=language)
    assert isinstance(result, Refusal)
    assert result.alternative_kind == EXPECTED_KIND[category]
    assert result.text.endswith(result.alternative)
    assert detect_language(result.text) == language
    folded = fold(result.text)
    for name in PARTY_NAMES:
        assert f" {fold(name)} " not in f" {folded} ", name
    # one sentence saying what and why, then the alternative: short, no lecture
    assert len(result.text) < 400
    assert result.text.count(".") + result.text.count(":") <= 4


@pytest.mark.parametrize("language,topic", [("en", "climate"), ("fr", "le climat"), ("de", "Klimaschutz")])
def test_topic_makes_the_comparison_offer_specific(language: str, topic: str) -> None:
    result = refusal(_decision("voting_advice", language), language=language, topic=topic)
    assert topic in result.alternative
    assert result.alternative_kind == "comparison"
    assert "{topic}" not in result.text


def test_links_are_attached_to_the_matching_alternative() -> None:
    links = {"comparison": "/e/eu2024/compare/", "official_information": "https://www.bundeswahlleiterin.de/"}
    assert refusal(_decision("ranking", "de"), links=links).link == "/e/eu2024/compare/"
    assert refusal(_decision("misinformation", "en"), links=links).link == links["official_information"]
    assert refusal(_decision("prediction", "fr"), links=links).link is None


def test_refusal_uses_the_decisions_language_by_default_and_rejects_answerable() -> None:
    assert detect_language(refusal(_decision("prediction", "de")).text) == "de"
    with pytest.raises(ValueError):
        refusal(NeutralityDecision("answer", "programme", "en", 0.9, None))


def test_refusal_is_identical_whatever_party_the_question_named() -> None:
    from communs.core.neutrality import classify

    texts = {refusal(classify(f"Why should I vote {p}?")).text for p in ("CDU", "AfD", "the Greens", "LFI")}
    assert len(texts) == 1


def test_templates_cover_every_category_and_language() -> None:
    data = json.loads(TEMPLATES_PATH.read_text(encoding="utf-8"))
    kinds = set(ALTERNATIVES.values()) | {"comparison_topic"}
    for language in ("fr", "de", "en"):
        assert set(data[language]["cannot"]) == {*REFUSE_CATEGORIES, "out_of_scope"}
        assert set(data[language]["alternatives"]) == kinds
