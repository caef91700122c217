"""The consultations API is documented in OpenAPI and its read endpoints answer for the demo consultation."""

from __future__ import annotations

import pytest
from django.test import Client

from communs.consultations.demo import load_demo
from communs.consultations.models import Consultation, Vote

pytestmark = pytest.mark.django_db


def test_openapi_documents_every_route() -> None:
    schema = Client().get("/api/openapi.json").json()
    paths = set(schema["paths"])
    for route in ["/api/consultations/", "/api/consultations/{slug}", "/api/consultations/{slug}/participant",
                  "/api/consultations/{slug}/contributions", "/api/consultations/{slug}/socratic",
                  "/api/consultations/{slug}/next", "/api/consultations/{slug}/votes",
                  "/api/consultations/{slug}/votes/mine", "/api/consultations/{slug}/contributions/{contribution_id}/comments",
                  "/api/consultations/{slug}/flags"]:
        assert route in paths, route
    vote = schema["paths"]["/api/consultations/{slug}/votes"]["post"]
    assert any(p["name"] == "Idempotency-Key" for p in vote["parameters"])
    assert {"409", "429"} <= set(vote["responses"])
    assert vote["summary"]


def test_demo_consultation_is_idempotent_and_browsable() -> None:
    first = load_demo()
    votes = Vote.objects.count()
    assert "already" in load_demo() and Vote.objects.count() == votes
    c = Consultation.objects.get()
    assert set(c.languages) == {"fr", "de", "en"} and c.is_open and "rivebelle" in first
    assert set(c.contributions.values_list("language", flat=True)) == {"fr", "de", "en"}
    assert c.contributions.filter(is_seed=True).count() == 12 and c.participants.count() == 100
    assert 800 < votes < 1500
    client = Client()
    detail = client.get(f"/api/consultations/{c.slug}").json()
    assert detail["statements"] == 15 and detail["documents"]
    assert client.get(f"/api/consultations/{c.slug}/next").json()["remaining"] == 15


def test_socratic_questions_for_a_draft_save_nothing() -> None:
    from communs.consultations.models import Contribution

    load_demo()
    before = Contribution.objects.count()
    r = Client().post("/api/consultations/rivebelle-mobility/socratic",
                      {"text": "Il faut plus de bancs.", "language": "fr"}, content_type="application/json")
    if r.status_code == 503:
        pytest.skip("suggest_questions not available yet")
    assert r.status_code == 200, r.content
    body = r.json()
    assert body["language"] == "fr" and 1 <= len(body["questions"]) <= 2
    assert all(q["text"].strip().endswith("?") for q in body["questions"])
    assert Contribution.objects.count() == before
    assert all({"family", "status"} <= set(g) for g in body["gaps"])


def test_socratic_second_family_comes_from_the_consultation_for_both_sides() -> None:
    """The consultation's question, in the draft's language, chooses the second family (ADR 0009): a draft for and
    a draft against get the same families."""
    Consultation.objects.create(
        slug="benches", title="Benches", question="Should the town put up new benches in the park?", phase="open",
        translations={"fr": {"question": "La ville doit-elle installer de nouveaux bancs dans le parc ?"}})
    families = []
    for text in ("Il faut plus de bancs près de l'étang.", "Je ne veux pas de bancs, ils attirent du bruit la nuit."):
        r = Client().post("/api/consultations/benches/socratic", {"text": text, "language": "fr"},
                          content_type="application/json")
        assert r.status_code == 200, r.content
        families.append([q["family"] for q in r.json()["questions"]])
    assert families[0] == families[1] == ["why", "where"]
