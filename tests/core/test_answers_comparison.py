"""Comparisons: every party present with the same structure and budget, "nothing found" when a programme is silent,
and a seeded order that is reproducible per question and puts each party first about equally often."""

from __future__ import annotations

import collections
import string

from communs.core.answers import ComposeOptions, analyse, compose_extractive
from communs.core.answers.order import party_order
from communs.core.answers.types import PartyRef
from tests.core._answers_data import PARTIES, PASSAGES, Retriever, allow, refuse_text

BY_ID = {p.passage_id: p for p in PASSAGES}


def _compare(question: str, options: ComposeOptions | None = None):  # type: ignore[no-untyped-def]
    analysis = analyse(question, PARTIES)
    return compose_extractive(question, analysis, PARTIES, Retriever(), election_id="btw", options=options)


def test_every_party_has_one_section_with_the_same_budget() -> None:
    comp = _compare("Wie unterscheiden sich die Parteien beim Tempolimit auf Autobahnen?")
    assert comp.structure == "comparison"
    assert sorted(s.party_id for s in comp.sections) == sorted(p.id for p in PARTIES)
    assert [s.party_id for s in comp.sections] == comp.parties_order
    for section in comp.sections:
        assert len(section.sentences) <= 2
        for sentence in section.sentences:
            for n in sentence.citations:
                assert BY_ID[comp.citations[n - 1].passage_id].party_id == section.party_id
    silent = [s for s in comp.sections if not s.found]
    assert [s.party_id for s in silent] == ["p-linke"]
    assert silent[0].note == "In diesem Programm wurde zu diesem Thema nichts gefunden."
    assert "DIE LINKE: In diesem Programm wurde zu diesem Thema nichts gefunden." in comp.text
    assert comp.disclosure and comp.disclosure in comp.text


def test_budget_is_a_parameter_and_equal_for_all() -> None:
    comp = _compare("Was sagt jede Partei zur Rente?", ComposeOptions(per_party_sentences=1))
    assert all(len(s.sentences) <= 1 for s in comp.sections)
    assert len(comp.sections) == len(PARTIES)


def test_two_named_parties_compare_only_those() -> None:
    comp = _compare("Was unterscheidet SPD und FDP beim Tempolimit?")
    assert sorted(s.party_id for s in comp.sections) == ["p-fdp", "p-spd"]


def test_programme_question_without_party_lists_every_party() -> None:
    comp = _compare("Was wird zur Rente vorgeschlagen?")
    assert comp.structure == "comparison" and len(comp.sections) == len(PARTIES)


def test_order_is_reproducible_and_disclosed_in_the_question_language() -> None:
    a = _compare("How do the parties differ on the speed limit?")
    b = _compare("how do the parties DIFFER on the speed limit")
    assert a.parties_order == b.parties_order and a.seed == b.seed  # normalised question
    assert a.disclosure == "Parties are listed in an order drawn at random for this question."
    fr = _compare("Quelle est la différence entre les partis sur la retraite ?")
    assert fr.disclosure == "Les partis sont présentés dans un ordre tiré au sort pour cette question."


def test_each_party_is_first_about_equally_often() -> None:
    parties = [PartyRef(f"p{i}", f"Party {letter}") for i, letter in enumerate(string.ascii_uppercase[:8])]
    firsts: collections.Counter[str] = collections.Counter()
    positions = {p.id: 0 for p in parties}
    questions = [f"How do the parties differ on topic {i}?" for i in range(4000)]
    for q in questions:
        order, _ = party_order([p.id for p in parties], q, "election-1")
        firsts[order[0]] += 1
        for pos, pid in enumerate(order):
            positions[pid] += pos
    expected = len(questions) / len(parties)  # 500; binomial sd ~ 20.9
    assert set(firsts) == {p.id for p in parties}
    assert all(abs(n - expected) < 5 * 20.9 for n in firsts.values()), firsts
    chi2 = sum((n - expected) ** 2 / expected for n in firsts.values())
    assert chi2 < 24.3  # chi-square, 7 degrees of freedom, p = 0.001
    mean_positions = [v / len(questions) for v in positions.values()]
    assert max(mean_positions) - min(mean_positions) < 0.3  # every party's mean rank ~ 3.5


def test_order_depends_on_the_election_too() -> None:
    ids = [f"p{i}" for i in range(10)]
    orders = {tuple(party_order(ids, "How do the parties differ on rent?", f"e{i}")[0]) for i in range(20)}
    assert len(orders) > 15


def test_comparison_via_pipeline_is_symmetric_json() -> None:
    from communs.core.answers import answer_question

    answer = answer_question(
        "Wie unterscheiden sich die Parteien bei der Rente?",
        parties=PARTIES,
        retrieve=Retriever(),
        classify=allow,
        refusal=refuse_text,
        election_id="btw",
    )
    data = answer.to_json()
    assert data["kind"] == "comparison" and len(data["sections"]) == len(PARTIES)
    assert data["parties_order"] == [s["party_id"] for s in data["sections"]]
    assert answer.bundle["order_seed"] is not None and answer.bundle["parties_order"] == data["parties_order"]
