"""The lean path of the JSON API: the vote fast path answers exactly as the django-ninja operation does (same
statuses, bodies and headers, in a scenario covering every outcome), declines what it is not sure about, and the
page-only middleware stays off /api/ while security headers stay on; the session decode memo never outlives a
session row."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.test import Client, override_settings

from communs.consultations.models import Participant, Phase, Status, Vote
from communs.consultations.participants import SESSION_KEY
from tests.consultations.conftest import api_client, make_consultation, post_json

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Iterator[None]:
    caches["default"].clear()
    yield
    caches["default"].clear()

FAST = "communs.platform.middleware.VoteFastPathMiddleware"
HEADERS = ("Idempotent-Replayed", "Retry-After", "Content-Type", "X-Content-Type-Options", "Referrer-Policy")


def _scenario(slug: str) -> list[tuple[Any, ...]]:
    c = make_consultation(slug=slug)
    hidden = c.contributions.last()
    hidden.status = Status.HIDDEN
    hidden.save()
    a, b = list(c.contributions.filter(status=Status.ACCEPTED)[:2])
    url = f"/api/consultations/{slug}/votes"
    client, token = api_client(slug)
    other, other_token = api_client(slug)
    steps: list[tuple[Any, Any, dict[str, str]]] = [
        (client, {"contribution_id": a.pk, "value": "agree"}, {}),
        (client, {"contribution_id": a.pk, "value": 1}, {}),  # same vote: unchanged
        (client, {"contribution_id": a.pk, "value": -1}, {"Idempotency-Key": "k1"}),
        (other, {"contribution_id": a.pk, "value": 1}, {}),
        (client, {"contribution_id": a.pk, "value": -1}, {"Idempotency-Key": "k1"}),  # replay
        (client, {"contribution_id": b.pk, "value": -1}, {"Idempotency-Key": "k1"}),  # conflict
        (client, {"contribution_id": b.pk, "value": 0}, {"Idempotency-Key": "x" * 201}),
        (client, {"contribution_id": b.pk, "value": "maybe"}, {}),
        (client, {"contribution_id": b.pk, "value": 2}, {}),
        (client, {"contribution_id": hidden.pk, "value": 1}, {}),
        (client, {"contribution_id": 99_999_999, "value": 1}, {}),
        (client, {"contribution_id": b.pk}, {}),  # missing field: django-ninja's 422
        (client, {"contribution_id": "b", "value": 1}, {}),  # wrong type: django-ninja's 422
        (client, {"contribution_id": b.pk, "value": 1, "extra": True}, {}),  # declined, django-ninja ignores it
    ]
    out: list[tuple[Any, ...]] = []
    names = {a.pk: "a", b.pk: "b"}  # ids differ between the two runs
    for who, body, headers in steps:
        r = post_json(who, url, body, other_token if who is other else token, **headers)
        data = r.json()
        if isinstance(data, dict) and "contribution_id" in data:
            data["contribution_id"] = names[data["contribution_id"]]
        out.append((r.status_code, data, {h: r.headers.get(h) for h in HEADERS}))
    out.append(_call(client.post(url, {"contribution_id": a.pk, "value": 1}, content_type="application/json")))  # CSRF
    out.append(_call(Client(enforce_csrf_checks=True).post(url, {"contribution_id": a.pk, "value": 1},
                                                           content_type="application/json")))  # no session
    out.append(_call(post_json(client, "/api/consultations/nowhere/votes", {"contribution_id": a.pk, "value": 1},
                               token)))
    out.append(_call(client.post(url, b"{not json", content_type="application/json", headers={"X-CSRFToken": token})))
    c.phase = Phase.CLOSED
    c.save()
    out.append(_call(post_json(client, url, {"contribution_id": a.pk, "value": 1}, token)))
    out.append(("votes", sorted(Vote.objects.filter(contribution__consultation=c).values_list("value", flat=True))))
    return out


def _call(r: Any) -> tuple[Any, ...]:
    return (r.status_code, r.json(), {h: r.headers.get(h) for h in HEADERS})


def test_fast_path_answers_as_the_ninja_operation() -> None:
    assert FAST in settings.MIDDLEWARE
    fast = _scenario("fast")
    with override_settings(MIDDLEWARE=[m for m in settings.MIDDLEWARE if m != FAST]):
        slow = _scenario("slow")
    assert fast == slow
    statuses = [step[0] for step in fast[:-1]]
    assert statuses == [200, 200, 200, 200, 200, 409, 400, 422, 422, 404, 404, 422, 422, 200, 403, 403, 404, 400, 409]
    assert fast[4][2]["Idempotent-Replayed"] == "true"
    assert fast[0][2]["X-Content-Type-Options"] == "nosniff"


def test_fast_path_rate_limit_answers_as_the_ninja_operation(settings) -> None:  # type: ignore[no-untyped-def]
    settings.COMMUNS_VOTE_RATE = {"participant": (0.01, 2), "ip": (100.0, 1000)}

    def run(slug: str) -> list[tuple[int, str | None]]:
        c = make_consultation(slug=slug)
        client, token = api_client(slug)
        url = f"/api/consultations/{slug}/votes"
        rs = [post_json(client, url, {"contribution_id": s.pk, "value": 1}, token) for s in c.contributions.all()]
        return [(r.status_code, r.headers.get("Retry-After")) for r in rs]

    fast = run("fast")
    with override_settings(MIDDLEWARE=[m for m in settings.MIDDLEWARE if m != FAST]):
        slow = run("slow")
    assert fast == slow and [s for s, _ in fast] == [200, 200, 429, 429]


def test_page_middleware_stays_off_the_api_and_security_headers_stay_on() -> None:
    """No language negotiation on the API (its texts are data in their own language); the security headers, the
    anti-framing one included, on both."""
    make_consultation(slug="town")
    api = Client().get("/api/consultations/", headers={"Accept-Language": "de"})
    page = Client().get("/", headers={"Accept-Language": "de"})
    assert api.status_code == 200 and page.status_code == 200
    assert "Content-Language" not in api.headers and page.headers["Content-Language"] == "de"
    for r in (api, page):
        assert r.headers["X-Content-Type-Options"] == "nosniff" and r.headers["Referrer-Policy"] == "same-origin"
        assert r.headers["X-Frame-Options"] == "DENY"


def test_fast_path_vote_answer_carries_the_api_headers() -> None:
    c = make_consultation(slug="framed")
    client, token = api_client("framed")
    r = post_json(client, "/api/consultations/framed/votes", {"contribution_id": c.contributions.first().pk,
                                                               "value": 1}, token)
    assert r.status_code == 200 and r.headers["X-Frame-Options"] == "DENY"
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_vote_context_picks_the_participant_of_this_consultation() -> None:
    first, second = make_consultation(slug="one"), make_consultation(slug="two")
    client, token = api_client("one")
    s1, s2 = first.contributions.first(), second.contributions.first()
    assert post_json(client, "/api/consultations/one/votes", {"contribution_id": s1.pk, "value": 1}, token).status_code == 200
    assert post_json(client, "/api/consultations/two/votes", {"contribution_id": s2.pk, "value": 1}, token).status_code == 200
    assert post_json(client, "/api/consultations/two/votes", {"contribution_id": s2.pk, "value": -1}, token).status_code == 200
    tokens = client.session[SESSION_KEY]
    assert set(tokens) == {str(first.pk), str(second.pk)}
    assert Participant.objects.filter(consultation=second).count() == 1  # the second vote found the same one
    assert Vote.objects.get(contribution=s2).value == -1 and Vote.objects.get(contribution=s1).value == 1


def test_a_deleted_session_is_not_resurrected_by_the_decode_memo() -> None:
    c = make_consultation(slug="town")
    client, token = api_client("town")
    s = c.contributions.first()
    url = "/api/consultations/town/votes"
    for value in (1, -1):
        assert post_json(client, url, {"contribution_id": s.pk, "value": value}, token).status_code == 200
    assert Participant.objects.filter(consultation=c).count() == 1
    Session.objects.all().delete()
    assert post_json(client, url, {"contribution_id": s.pk, "value": 1}, token).status_code == 200
    assert Participant.objects.filter(consultation=c).count() == 2  # the old participant is gone with the session


def test_a_csrf_failure_on_the_fast_path_is_checked_and_logged_once(caplog) -> None:  # type: ignore[no-untyped-def]
    c = make_consultation(slug="csrf-once")
    client, _ = api_client("csrf-once")
    with caplog.at_level("WARNING", logger="django.security.csrf"):
        r = client.post("/api/consultations/csrf-once/votes", {"contribution_id": c.contributions.first().pk,
                                                                "value": 1}, content_type="application/json")
    assert r.status_code == 403 and r.json()["detail"] == "CSRF check Failed"
    assert len([rec for rec in caplog.records if rec.name == "django.security.csrf"]) == 1
    assert r.headers["X-Frame-Options"] == "DENY"
