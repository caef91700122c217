"""Analysis for BM25: folding, stop words, Snowball stems per language, German compound grams."""

from __future__ import annotations

from communs.core.search.analysis import Analyzer, char_grams, query_weights, tokens


def test_tokens_fold_case_and_accents_and_split_elisions() -> None:
    assert tokens("L'École d’Été À PARIS") == ["l", "ecole", "d", "ete", "a", "paris"]
    assert tokens("Straße über Öl") == ["strasse", "uber", "ol"]


def test_hyphenated_words_give_parts_and_joined_word() -> None:
    assert tokens("generelles Tempo-Limit") == ["generelles", "tempo", "limit", "tempolimit"]


def test_stop_words_are_dropped_per_language() -> None:
    assert Analyzer.for_language("de").stems("Die und der Autobahnen") == ["autobahn"]
    assert Analyzer.for_language("fr").stems("les retraites et la santé") == ["retrait", "sant"]
    assert Analyzer.for_language("en").stems("the pensions of the workers") == ["pension", "worker"]


def test_inflected_forms_share_a_stem() -> None:
    de = Analyzer.for_language("de")
    assert de.stems("Tempolimit")[0] == de.stems("Tempolimits")[0]
    fr = Analyzer.for_language("fr")
    assert fr.stems("retraite")[0] == fr.stems("retraites")[0]
    en = Analyzer.for_language("en")
    assert en.stems("taxes")[0] == en.stems("taxed")[0] == en.stems("tax")[0]


def test_accented_and_unaccented_spellings_match() -> None:
    fr = Analyzer.for_language("fr")
    assert fr.stems("énergie")[0] == fr.stems("energie")[0]
    de = Analyzer.for_language("de")
    assert de.stems("Förderung")[0] == de.stems("Forderung")[0]


def test_german_compound_grams_link_compounds_and_their_parts() -> None:
    de = Analyzer.for_language("de")
    compound = set(de.document_terms("Mietpreisbremse"))
    for part in ("Mieten", "Preisbremse"):
        grams = {t for t in de.document_terms(part) if t.startswith("#")}
        assert grams and grams <= compound, part
    spelled_apart = set(de.document_terms("ein generelles Tempo-Limit"))
    assert de.stems("Tempolimit")[0] in spelled_apart


def test_grams_only_for_german_and_weighted_one_unit_per_word() -> None:
    assert not any(t.startswith("#") for t in Analyzer.for_language("en").document_terms("rent control"))
    weights = query_weights("Mietpreisbremse", ["de"])
    grams = {t: w for t, w in weights.items() if t.startswith("#")}
    assert abs(sum(grams.values()) - 1.0) < 1e-9
    assert weights["mietpreisbrems"] == 1.0
    assert char_grams("abc") == [] and char_grams("2030") == []


def test_query_analysed_with_several_languages_keeps_the_largest_weight() -> None:
    merged = query_weights("Tempolimit", ["de", "en"])
    assert merged["tempolimit"] == 1.0
    assert "#temp" in merged  # the German analyser contributes its grams
