"""The routing rule: few votes first (Polis's novelty boost), separating statements once a synthesis exists,
passes weigh less, reproducible near-tie draws, never one's own or already-voted statements."""

from __future__ import annotations

import pytest

from communs.consultations.models import Contribution, Participant, Status, Vote
from communs.consultations.routing import next_statement, novelty, ranked_candidates, weight
from tests.consultations.conftest import make_consultation

pytestmark = pytest.mark.django_db


def test_weights() -> None:
    assert novelty(0) == 9.0 and novelty(5) == 5.0 and novelty(100) == pytest.approx(1.0, abs=1e-5)
    assert weight(0, 0, 1.0) > weight(0, 0, 0.0)
    assert weight(10, 0, 0.0) > weight(10, 9, 0.0)


def _voters(c, n: int) -> list[Participant]:  # type: ignore[no-untyped-def]
    return [Participant.objects.create(consultation=c, pid=100 + i) for i in range(n)]


def test_statements_with_few_votes_come_first(db) -> None:  # type: ignore[no-untyped-def]
    c = make_consultation(n=3)
    s0, s1, s2 = c.contributions.order_by("tid")
    for p in _voters(c, 20):
        Vote.objects.create(participant=p, contribution=s0, value=1)
        Vote.objects.create(participant=p, contribution=s2, value=1)
    me = Participant.objects.create(consultation=c, pid=1)
    assert next_statement(c, me) == s1


def test_separating_statements_win_once_a_synthesis_exists(db) -> None:  # type: ignore[no-untyped-def]
    c = make_consultation(n=3)
    statements = list(c.contributions.order_by("tid"))
    for p in _voters(c, 10):
        for s in statements:
            Vote.objects.create(participant=p, contribution=s, value=1)
    me = Participant.objects.create(consultation=c, pid=1)
    scores = {statements[0].pk: 0.1, statements[1].pk: 0.9, statements[2].pk: 0.2}
    assert next_statement(c, me, separation=scores) == statements[1]
    c.routing_scores = {str(statements[2].pk): 5.0}
    c.save()
    assert next_statement(c, me) == statements[2]


def test_own_and_voted_statements_are_skipped_and_ties_are_reproducible(db) -> None:  # type: ignore[no-untyped-def]
    c = make_consultation(n=6)
    me = Participant.objects.create(consultation=c, pid=1)
    mine = Contribution.objects.create(consultation=c, tid=50, text="my own idea", author=me, status=Status.ACCEPTED)
    first = next_statement(c, me, seed=7)
    assert first == next_statement(c, me, seed=7)
    assert {next_statement(c, me, seed=s).pk for s in range(30)} == set(
        c.contributions.exclude(pk=mine.pk).values_list("pk", flat=True))
    for s in c.contributions.exclude(pk=mine.pk):
        Vote.objects.create(participant=me, contribution=s, value=0)
    assert next_statement(c, me) is None
    assert ranked_candidates(c, None)[0][1].status == Status.ACCEPTED
