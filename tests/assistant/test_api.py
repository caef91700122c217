"""The assistant JSON API: ask, validation errors, unknown election, report, compare, OpenAPI, CSRF policy."""

from __future__ import annotations

import pytest
from django.test import Client

from communs.assistant.models import AnswerRecord, AnswerReport
from communs.elections.models import Election

pytestmark = pytest.mark.django_db


def _ask(client: Client, slug: str, body: dict) -> tuple[int, dict]:
    response = client.post(f"/api/elections/{slug}/ask", body, content_type="application/json")
    return response.status_code, response.json()


def test_ask_returns_a_stored_cited_answer(client: Client, election: Election) -> None:
    status, data = _ask(client, election.slug, {"question": "What does the Green Party propose on transport?"})
    assert status == 200
    for key in ("decision", "category", "language", "text", "citations", "kind", "disclosure", "answer_id"):
        assert key in data
    assert data["decision"] == "answer" and data["language"] == "en"
    citation = data["citations"][0]
    assert set(citation) >= {"n", "passage_id", "source_id", "party", "page", "quote"}
    assert citation["url"] == f"/sources/{citation['source_id']}?passage={citation['passage_id']}#passage"
    record = AnswerRecord.objects.get(pk=data["answer_id"])
    assert record.channel == "api" and record.text == data["text"]


def test_comparison_and_refusal_through_the_api(client: Client, election: Election) -> None:
    _, data = _ask(client, election.slug, {"question": "What does each party say about housing?"})
    assert data["kind"] == "comparison" and len(data["sections"]) == 3 and data["disclosure"]
    assert sorted(data["parties_order"]) == sorted(str(p.pk) for p in election.parties.all())
    _, data = _ask(client, election.slug, {"question": "Who will win the election?"})
    assert data["decision"] == "refuse" and data["citations"] == [] and data["category"] == "prediction"


@pytest.mark.parametrize("question, detail", [("", "empty"), ("  \n ", "empty"), ("a" * 1001, "too long")])
def test_invalid_question_is_422_with_a_clear_message(client: Client, election: Election, question: str,
                                                      detail: str) -> None:
    status, data = _ask(client, election.slug, {"question": question})
    assert status == 422 and detail in data["detail"] and data["code"] == "invalid"
    assert AnswerRecord.objects.count() == 0


def test_missing_question_field_is_422(client: Client, election: Election) -> None:
    status, _ = _ask(client, election.slug, {"text": "hello"})
    assert status == 422


def test_unknown_election_is_404(client: Client, election: Election) -> None:
    status, _ = _ask(client, "no-such-election", {"question": "When is polling day?"})
    assert status == 404
    assert client.get("/api/elections/no-such-election/compare?topic=housing").status_code == 404


def test_report_an_answer(client: Client, election: Election) -> None:
    _, data = _ask(client, election.slug, {"question": "What does the Social Front propose on health?"})
    url = f"/api/elections/{election.slug}/answers/{data['answer_id']}/report"
    assert data["report_url"] == url
    response = client.post(url, {"reason": "unsourced", "comment": "sentence 2"}, content_type="application/json")
    assert response.status_code == 201
    report = AnswerReport.objects.get(pk=response.json()["report_id"])
    assert report.reason == "unsourced" and report.comment == "sentence 2" and report.status == "new"
    bad = client.post(url, {"reason": "boring"}, content_type="application/json")
    assert bad.status_code == 422 and "biased" in bad.json()["detail"]
    other = Election.objects.create(slug="other", name="Other")
    assert client.post(f"/api/elections/{other.slug}/answers/{data['answer_id']}/report", {"reason": "wrong"},
                       content_type="application/json").status_code == 404


def test_compare_endpoint(client: Client, election: Election) -> None:
    response = client.get(f"/api/elections/{election.slug}/compare", {"topic": "transport", "language": "en"})
    data = response.json()
    assert response.status_code == 200 and data["kind"] == "comparison"
    found = {s["heading"]: s["found"] for s in data["sections"]}
    assert found == {"GRN": True, "LIB": True, "SOC": False}
    assert client.get(f"/api/elections/{election.slug}/compare").status_code == 422


def test_anonymous_json_endpoints_need_no_csrf_token(election: Election) -> None:
    strict = Client(enforce_csrf_checks=True)
    strict.get(f"/elections/{election.slug}/")  # a session and a CSRF cookie now exist, and are not enough to matter
    response = strict.post(f"/api/elections/{election.slug}/ask", {"question": "When is polling day?"},
                           content_type="application/json")
    assert response.status_code == 200
    answer_id = response.json()["answer_id"]
    response = strict.post(f"/api/elections/{election.slug}/answers/{answer_id}/report", {"reason": "wrong"},
                           content_type="application/json")
    assert response.status_code == 201


def test_openapi_documents_the_assistant(client: Client) -> None:
    schema = client.get("/api/openapi.json").json()
    paths = schema["paths"]
    assert "/api/elections/{slug}/ask" in paths
    assert "/api/elections/{slug}/answers/{answer_id}/report" in paths
    assert "/api/elections/{slug}/compare" in paths
    assert client.get("/api/docs").status_code == 200
