"""The extractive composer: party scope (never another party), official scope, exact citation spans, budgets,
abstention with a pointer to official information, texts in the question's language."""

from __future__ import annotations

import re

from communs.core.answers import AnswerOptions, ComposeOptions, analyse, answer_question, compose_extractive
from tests.core._answers_data import PARTIES, PASSAGES, Retriever, allow, refuse_text

BY_ID = {p.passage_id: p for p in PASSAGES}


def _ask(question: str, retriever: Retriever | None = None, **kw):  # type: ignore[no-untyped-def]
    return answer_question(
        question,
        parties=PARTIES,
        retrieve=retriever or Retriever(),
        classify=allow,
        refusal=refuse_text,
        election_id="btw-test",
        **kw,
    )


def test_party_question_cites_only_that_party_and_exact_spans() -> None:
    answer = _ask("Was sagt die SPD zum Tempolimit?")
    assert answer.composer == "extractive" and answer.decision == "answer" and answer.language == "de"
    assert answer.citations, answer.text
    for c in answer.citations:
        passage = BY_ID[c.passage_id]
        assert passage.party_id == "p-spd" and c.party == "SPD"
        # quote is the exact span, both in the passage and at the source offsets
        assert passage.text[c.start - passage.start : c.end - passage.start] == c.quote
        assert f"{c.quote} [{c.n}]" in answer.text
    assert "Tempolimit" in answer.text and answer.text.startswith("Was das Programm von SPD")
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))


def test_party_filter_holds_even_when_search_ignores_it() -> None:
    leaky = Retriever(ignore_filters=True)  # returns every party's passages
    answer = _ask("Was sagt die FDP zum Tempolimit?", leaky)
    assert answer.citations and {BY_ID[c.passage_id].party_id for c in answer.citations} == {"p-fdp"}
    assert leaky.calls[0]["party"] == "p-fdp" and leaky.calls[0]["kind"] == "programme"


def test_procedure_question_uses_only_official_sources() -> None:
    retriever = Retriever(ignore_filters=True)
    answer = _ask("Wie beantrage ich die Briefwahl und den Wahlschein?", retriever)
    assert answer.kind == "procedure" and answer.citations
    assert all(BY_ID[c.passage_id].kind == "official" and c.party is None for c in answer.citations)
    assert retriever.calls[0]["kind"] == "official" and retriever.calls[0]["party"] is None


def test_nothing_relevant_abstains_in_the_question_language() -> None:
    answer = _ask("Wie ist die Regelung zur Raumfahrt von Satelliten?")
    assert answer.composer == "abstain" and answer.citations == []
    fr = _ask("Comment se déroule le dépouillement électronique des machines à voter ?")
    assert fr.composer == "abstain" and "sources vérifiées ne répondent pas" in fr.text
    assert "informations officielles" in fr.text
    en = _ask(
        "How do I register to vote from Antarctica?",
        Retriever(passages=[p for p in PASSAGES if p.kind != "official"]),
    )
    assert en.composer == "abstain" and en.text.startswith("The checked sources do not answer this question.")


def test_abstention_names_the_configured_official_pointer() -> None:
    options = AnswerOptions(compose=ComposeOptions(official_pointer="https://www.bundeswahlleiterin.de"))
    answer = _ask("Wie funktioniert die Wahl per Smartphone-App?", options=options)
    assert answer.composer == "abstain" and "https://www.bundeswahlleiterin.de" in answer.text


def test_party_question_with_nothing_relevant_says_so_for_that_party() -> None:
    answer = _ask("Was sagt die FDP zur Raumfahrt?")
    assert answer.composer == "abstain" and answer.citations == []
    assert "FDP" in answer.text and "nichts gefunden" in answer.text


def test_budget_limits_sentences_and_characters() -> None:
    options = ComposeOptions(max_sentences=1, max_chars=60)
    analysis = analyse("Was sagt die SPD zur Rente und zum Mindestlohn?", PARTIES)
    comp = compose_extractive("q", analysis, PARTIES, Retriever(), election_id="e", options=options)
    assert len(comp.citations) == 1
    wide = compose_extractive(
        "q", analysis, PARTIES, Retriever(), election_id="e", options=ComposeOptions(max_sentences=4)
    )
    assert len(wide.citations) > 1


def test_sentences_keep_their_order_within_a_passage() -> None:
    answer = _ask("Was sagt die SPD zur Rente und zur betrieblichen Altersvorsorge?")
    quotes = [c.quote for c in answer.citations if c.passage_id == "pass-1"]
    assert quotes == sorted(quotes, key=BY_ID["pass-1"].text.index)


def test_refusal_carries_the_alternative_and_no_citations() -> None:
    def refuse(question: str, language: str | None = None, names: object = ()):  # type: ignore[no-untyped-def]
        from tests.core._answers_data import Decision

        return Decision("refuse", "voting_advice", language or "de")

    retriever = Retriever()
    answer = answer_question(
        "Wen soll ich beim Thema Rente wählen?",
        parties=PARTIES,
        retrieve=retriever,
        classify=refuse,
        refusal=refuse_text,
        election_id="e",
    )
    assert answer.decision == "refuse" and answer.category == "voting_advice" and answer.composer == "refusal"
    assert answer.citations == [] and retriever.calls == []  # nothing retrieved for a refused question
    assert answer.alternative and "Rente" in answer.alternative and answer.alternative_kind == "comparison"
    assert (
        answer.bundle["decision"]["decision"] == "refuse" and answer.bundle["policy_version"] == "test-policy"
    )


def test_bundle_records_inputs_hashes_and_parameters() -> None:
    answer = _ask("Was sagt die SPD zum Tempolimit?")
    bundle = answer.bundle
    assert bundle["question"] == "Was sagt die SPD zum Tempolimit?" and bundle["election_id"] == "btw-test"
    assert bundle["analysis"]["parties"] == ["p-spd"] and bundle["composer"] == "extractive"
    cited = {c.passage_id for c in answer.citations}
    assert set(bundle["cited_passages"]) == cited
    for entry in bundle["passages"]:
        assert entry["text_hash"] == BY_ID[entry["id"]].text_hash
    assert bundle["params"]["compose"]["max_sentences"] == 4 and bundle["code_version"]
    assert bundle["model"] is None and bundle["prompt_version"] is None


def test_json_shape() -> None:
    data = _ask("Was sagt die SPD zum Tempolimit?").to_json()
    assert {"decision", "category", "language", "text", "citations"} <= data.keys()
    assert {"n", "passage_id", "source_id", "party", "page", "quote"} <= data["citations"][0].keys()
    assert re.search(r"\[1\]", data["text"])


def test_embedder_lets_a_question_in_another_language_find_the_passage() -> None:
    from communs.core.search.embeddings import get_embedder

    question = "What do the Greens say about wind energy?"
    lexical_only = _ask(question)
    assert lexical_only.composer == "abstain"  # no shared words with the German passage
    answer = _ask(question, embedder=get_embedder())
    assert answer.composer == "extractive" and answer.language == "en"
    assert any("Windenergie" in c.quote for c in answer.citations)
    assert all(c.party == "GRÜNE" for c in answer.citations)
    assert answer.bundle["embedder"] == "use-multilingual"


def test_a_section_heading_counts_for_relevance_but_is_never_quoted() -> None:
    from dataclasses import replace

    from communs.core.answers.selection import Thresholds, candidates
    from communs.core.answers.tokens import analysed_set

    bus = next(p for p in PASSAGES if p.party_id == "p-spd")
    body = replace(bus, text="Busse fahren künftig alle zehn Minuten. Die Linien werden länger.", section="")
    stems = set(analysed_set("Verkehr", "de"))
    assert candidates(stems, [body], language="de", thresholds=Thresholds()) == []
    headed = replace(body, section="Verkehr und Mobilität")
    chosen = candidates(stems, [headed], language="de", thresholds=Thresholds())
    assert chosen and all("Verkehr" not in c.text for c in chosen)
    assert {c.passage_coverage for c in chosen} == {1.0}


def test_german_compounds_match_their_parts_between_german_words_only() -> None:
    from communs.core.answers.selection import _coverage

    assert _coverage({"brief"}, {"briefwahl", "antrag"}, "de") == 1.0  # a question word inside a compound
    assert _coverage({"burgerbeteilig"}, {"beteilig", "einwohn"}, "de") == 1.0  # a compound's head in the passage
    assert _coverage({"klimaschutz"}, {"klima"}, "de") == 1.0
    assert _coverage({"klimaschutz"}, {"datenschutz"}, "de") == 0.0  # compounds sharing a part only
    assert _coverage({"rent"}, {"rentenreform"}, "") == 0.0  # not between an English and a German word
    assert _coverage({"brief"}, {"briefwahl"}, "en") == 0.0


def test_the_elections_own_name_makes_no_passage_relevant() -> None:
    """"I live in Riverton": every official page of the Riverton election names Riverton; a passage sharing only
    that word with the question is no answer to it."""
    from communs.core.answers.types import RetrievedPassage

    text = "Riverton has 61 councillors elected for six years."
    page = RetrievedPassage("o1", "s1", "How Riverton votes", None, None, "official", 1, "The council", 0, len(text),
                            text, "h1", 1.0, "en")

    def retrieve(query: str, *, party: str | None = None, kind: str | None = None, k: int = 10) -> list:
        return [page]

    question = "Dogs allowed in Riverton?"
    analysis = analyse(question, [], default_language="en")
    analysis = type(analysis)(**{**analysis.__dict__, "kind": "procedure"})
    plain = compose_extractive(question, analysis, [], retrieve, election_id="e")
    named = compose_extractive(question, analysis, [], retrieve, election_id="e",
                               options=ComposeOptions(context_words=("Riverton", "council", "election", "2027")))
    assert plain.composer == "extractive"  # "riverton" is half of the question's topic words
    assert named.composer == "abstain"
