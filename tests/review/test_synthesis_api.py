"""The synthesis API: permissions, CSRF on cookie auth, review actions, publication, public read."""

from __future__ import annotations

import json

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def post(client: Client, url: str, body: dict) -> object:  # type: ignore[type-arg]
    return client.post(url, json.dumps(body), content_type="application/json")


def test_review_cycle_over_the_api(consultation, reviewer) -> None:  # type: ignore[no-untyped-def]
    client = Client()
    assert post(client, "/api/synthesis/consultations/mobility/runs", {}).status_code == 401
    client.force_login(reviewer)
    created = post(client, "/api/synthesis/consultations/mobility/runs", {"language": "fr", "seed": 1})
    assert created.status_code == 201
    run = created.json()
    assert [s["key"] for s in run["steps"]] == ["groups", "consensus", "topics", "summary"]
    assert run["blockers"] and not run["published"]
    refused = post(client, f"/api/synthesis/runs/{run['id']}/publish", {})
    assert refused.status_code == 409 and "approved" in refused.json()["detail"]
    stale = post(client, f"/api/synthesis/runs/{run['id']}/steps/groups/approve", {"seen_hash": "0" * 64})
    assert stale.status_code == 409
    for step in run["steps"]:
        ok = post(client, f"/api/synthesis/runs/{run['id']}/steps/{step['key']}/approve", {"seen_hash": step["content_hash"]})
        assert ok.status_code == 200
    bad_edit = post(client, f"/api/synthesis/runs/{run['id']}/steps/summary/edit", {"text": "- «Invented» [3]"})
    assert bad_edit.status_code == 409
    published = post(client, f"/api/synthesis/runs/{run['id']}/publish", {"comment": "reviewed"})
    assert published.status_code == 200 and published.json()["published"]
    public = Client().get("/api/synthesis/consultations/mobility/published")
    assert public.status_code == 200
    assert set(public.json()["steps"]) == {"groups", "consensus", "topics", "summary"}
    assert public.json()["published_by"] == "reviewer"


def test_permissions_and_csrf(consultation, reviewer, bystander) -> None:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(bystander)
    assert post(client, "/api/synthesis/consultations/mobility/runs", {}).status_code == 403
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(reviewer)
    assert post(strict, "/api/synthesis/consultations/mobility/runs", {}).status_code == 403
    assert Client().get("/api/synthesis/consultations/mobility/published").status_code == 404
    assert Client().get("/api/synthesis/consultations/nope/published").status_code == 404
