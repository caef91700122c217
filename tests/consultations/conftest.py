"""Fixtures for the consultations tests: an open consultation with statements, API clients with a session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.cache import caches
from django.test import Client

from communs.consultations.models import Consultation, Contribution, Phase, Status


@pytest.fixture(autouse=True)
def _fresh_rate_limits(settings) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Rate-limit buckets live in the cache: start every test with full buckets; no embedder unless asked."""
    settings.COMMUNS_DUPLICATE_CHECK = False
    caches["default"].clear()
    yield
    caches["default"].clear()


def make_consultation(slug: str = "town", phase: str = Phase.OPEN, n: int = 4, **kwargs: object) -> Consultation:
    c = Consultation.objects.create(slug=slug, title=f"Consultation {slug}", question="What should we do?", phase=phase,
                                    **kwargs)
    for tid in range(n):
        Contribution.objects.create(consultation=c, tid=tid, text=f"Statement number {tid} about the town",
                                    language="en", is_seed=True, status=Status.ACCEPTED)
    return c


@pytest.fixture
def consultation(db) -> Consultation:  # type: ignore[no-untyped-def]
    return make_consultation()


def api_client(slug: str, csrf: bool = True) -> tuple[Client, str]:
    """A client that started its session on ``slug``; returns (client, csrf token)."""
    client = Client(enforce_csrf_checks=csrf)
    response = client.get(f"/api/consultations/{slug}/participant")
    assert response.status_code == 200, response.content
    return client, response.json()["csrf_token"]


def post_json(client: Client, url: str, body: object, token: str, **headers: str):  # type: ignore[no-untyped-def]
    return client.post(url, body, content_type="application/json", headers={"X-CSRFToken": token, **headers})
