"""The vote API: upsert and history, counts only after voting, idempotency, rate limits, CSRF, open phase only,
invalid votes."""

from __future__ import annotations

import pytest
from django.test import Client

from communs.consultations.models import Phase, Status, Vote, VoteEvent
from tests.consultations.conftest import api_client, make_consultation, post_json

pytestmark = pytest.mark.django_db
URL = "/api/consultations/town/votes"


def test_vote_change_and_history(consultation) -> None:  # type: ignore[no-untyped-def]
    client, token = api_client("town")
    s = consultation.contributions.first()
    r = post_json(client, URL, {"contribution_id": s.pk, "value": "agree"}, token)
    assert r.status_code == 200, r.content
    assert r.json() == {"contribution_id": s.pk, "value": 1, "changed": True,
                        "counts": {"agree": 1, "disagree": 0, "pass": 0}}
    again = post_json(client, URL, {"contribution_id": s.pk, "value": 1}, token)
    assert again.json()["changed"] is False
    changed = post_json(client, URL, {"contribution_id": s.pk, "value": -1}, token)
    assert changed.json()["counts"] == {"agree": 0, "disagree": 1, "pass": 0}
    assert Vote.objects.get(contribution=s).value == -1
    history = list(VoteEvent.objects.filter(contribution=s).order_by("id").values_list("previous", "value"))
    assert history == [(None, 1), (1, -1)]
    mine = client.get("/api/consultations/town/votes/mine").json()
    assert [(m["id"], m["my_vote"]) for m in mine] == [(s.pk, -1)]


def test_counts_only_after_voting(consultation) -> None:  # type: ignore[no-untyped-def]
    voter, token = api_client("town")
    s = consultation.contributions.first()
    post_json(voter, URL, {"contribution_id": s.pk, "value": 1}, token)
    other = Client()
    listing = {x["id"]: x for x in other.get("/api/consultations/town/contributions").json()}
    assert listing[s.pk]["counts"] is None and listing[s.pk]["my_vote"] is None
    mine = {x["id"]: x for x in voter.get("/api/consultations/town/contributions").json()}
    assert mine[s.pk]["counts"] == {"agree": 1, "disagree": 0, "pass": 0}
    nxt = voter.get("/api/consultations/town/next").json()
    assert nxt["statement"]["id"] != s.pk and nxt["statement"]["counts"] is None
    assert nxt["remaining"] == 3


def test_idempotency_replay_and_conflict(consultation) -> None:  # type: ignore[no-untyped-def]
    client, token = api_client("town")
    a, b = list(consultation.contributions.all()[:2])
    first = post_json(client, URL, {"contribution_id": a.pk, "value": 1}, token, **{"Idempotency-Key": "k-1"})
    # someone else votes in between: a replay still returns the original response
    other, other_token = api_client("town")
    post_json(other, URL, {"contribution_id": a.pk, "value": -1}, other_token)
    replay = post_json(client, URL, {"contribution_id": a.pk, "value": 1}, token, **{"Idempotency-Key": "k-1"})
    assert replay.status_code == 200 and replay.json() == first.json()
    assert replay.headers["Idempotent-Replayed"] == "true"
    conflict = post_json(client, URL, {"contribution_id": b.pk, "value": 1}, token, **{"Idempotency-Key": "k-1"})
    assert conflict.status_code == 409 and conflict.json()["code"] == "idempotency_conflict"
    assert VoteEvent.objects.filter(contribution=a).count() == 2  # the replay did not vote again
    assert not Vote.objects.filter(contribution=b).exists()


def test_rate_limit_per_participant(consultation, settings) -> None:  # type: ignore[no-untyped-def]
    settings.COMMUNS_VOTE_RATE = {"participant": (0.01, 3), "ip": (100.0, 1000)}
    client, token = api_client("town")
    statements = list(consultation.contributions.all())
    codes = [post_json(client, URL, {"contribution_id": s.pk, "value": 1}, token).status_code for s in statements]
    assert codes == [200, 200, 200, 429]
    limited = post_json(client, URL, {"contribution_id": statements[0].pk, "value": 0}, token)
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    # another participant on the same address is not limited by the first one's bucket
    other, other_token = api_client("town")
    assert post_json(other, URL, {"contribution_id": statements[0].pk, "value": 1}, other_token).status_code == 200


def test_rate_limit_per_ip(consultation, settings) -> None:  # type: ignore[no-untyped-def]
    settings.COMMUNS_VOTE_RATE = {"participant": (100.0, 100), "ip": (0.01, 2)}
    s = consultation.contributions.first()
    codes = []
    for _ in range(3):
        client, token = api_client("town")
        codes.append(post_json(client, URL, {"contribution_id": s.pk, "value": 1}, token).status_code)
    assert codes == [200, 200, 429]


def test_csrf_is_enforced(consultation) -> None:  # type: ignore[no-untyped-def]
    client, token = api_client("town", csrf=True)
    s = consultation.contributions.first()
    no_token = client.post(URL, {"contribution_id": s.pk, "value": 1}, content_type="application/json")
    assert no_token.status_code == 403
    wrong = post_json(client, URL, {"contribution_id": s.pk, "value": 1}, "x" * 32)
    assert wrong.status_code == 403
    assert not Vote.objects.exists()
    assert post_json(client, URL, {"contribution_id": s.pk, "value": 1}, token).status_code == 200
    anonymous = Client(enforce_csrf_checks=True)
    refused = anonymous.post(URL, {"contribution_id": s.pk, "value": 1}, content_type="application/json")
    assert refused.status_code in (401, 403)


@pytest.mark.parametrize("phase", [Phase.CLOSED, Phase.SYNTHESIS, Phase.PUBLISHED])
def test_votes_only_while_open(db, phase: str) -> None:  # type: ignore[no-untyped-def]
    c = make_consultation(phase=phase)
    client, token = api_client("town")
    r = post_json(client, URL, {"contribution_id": c.contributions.first().pk, "value": 1}, token)
    assert r.status_code == 409 and r.json()["code"] == "consultation_not_open"
    assert "closed" in r.json()["detail"] or phase in r.json()["detail"]
    assert not Vote.objects.exists()


def test_invalid_votes(consultation) -> None:  # type: ignore[no-untyped-def]
    client, token = api_client("town")
    s = consultation.contributions.first()
    other = make_consultation(slug="elsewhere")
    hidden = consultation.contributions.last()
    hidden.status = Status.HIDDEN
    hidden.save()
    cases = [
        ({"contribution_id": 999999, "value": 1}, 404, "unknown_contribution"),
        ({"contribution_id": other.contributions.first().pk, "value": 1}, 404, "unknown_contribution"),
        ({"contribution_id": hidden.pk, "value": 1}, 404, "contribution_not_visible"),
        ({"contribution_id": s.pk, "value": 2}, 422, "invalid_value"),
        ({"contribution_id": s.pk, "value": "maybe"}, 422, "invalid_value"),
    ]
    for body, status, code in cases:
        r = post_json(client, URL, body, token)
        assert (r.status_code, r.json()["code"]) == (status, code), body
    assert post_json(client, URL, {"contribution_id": s.pk}, token).status_code == 422
    assert not Vote.objects.exists()


def test_draft_consultations_are_not_public(db) -> None:  # type: ignore[no-untyped-def]
    make_consultation(slug="secret", phase=Phase.DRAFT)
    client = Client()
    assert client.get("/api/consultations/secret").status_code == 404
    assert all(c["slug"] != "secret" for c in client.get("/api/consultations/").json())
