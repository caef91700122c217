"""Assistant pages through the test client: the no-JavaScript flow (POST, redirect, the answer in the conversation),
escaping, citations linking to the viewer, the report form (CSRF-protected), errors, the comparison page."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from communs.assistant.models import AnswerRecord, AnswerReport
from communs.elections.models import Election

pytestmark = pytest.mark.django_db
EN = {"HTTP_ACCEPT_LANGUAGE": "en"}


def _csrf(client: Client, url: str) -> str:
    page = client.get(url, **EN).content.decode()
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert match
    return match.group(1)


def test_no_js_question_flow(election: Election) -> None:
    client = Client(enforce_csrf_checks=True)
    page_url = f"/elections/{election.slug}/"
    token = _csrf(client, page_url)
    response = client.post(f"/elections/{election.slug}/ask/", {"q": "What does the Green Party propose on transport?",
                                                                "csrfmiddlewaretoken": token}, **EN)
    record = AnswerRecord.objects.get()
    assert response.status_code == 302 and response["Location"] == f"{page_url}#answer-{record.pk}"
    assert record.channel == "page"
    html = client.get(page_url, **EN).content.decode()
    assert f'id="answer-{record.pk}"' in html and 'aria-live="polite"' in html
    citation = record.citations[0]
    assert f'href="/sources/{citation["source_id"]}?passage={citation["passage_id"]}#passage"' in html
    assert "Green Party programme 2027" in html and "Report this answer" in html
    assert 'for="assistant-question"' in html


def test_question_form_requires_csrf(election: Election) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/elections/{election.slug}/ask/", {"q": "When is polling day?"})
    assert response.status_code == 403 and AnswerRecord.objects.count() == 0


def test_question_is_escaped(client: Client, election: Election) -> None:
    client.post(f"/elections/{election.slug}/ask/", {"q": "<script>alert('x')</script> transport trams?"}, **EN)
    html = client.get(f"/elections/{election.slug}/", **EN).content.decode()
    assert "<script>alert(" not in html
    assert "&lt;script&gt;alert(" in html


def test_empty_question_shows_an_error_and_stores_nothing(client: Client, election: Election) -> None:
    response = client.post(f"/elections/{election.slug}/ask/", {"q": "   "}, **EN)
    assert response.status_code == 302 and response["Location"].endswith("#assistant-question")
    html = client.get(f"/elections/{election.slug}/", **EN).content.decode()
    assert "Please type a question." in html and 'aria-invalid="true"' in html
    assert AnswerRecord.objects.count() == 0
    assert "Please type a question." not in client.get(f"/elections/{election.slug}/", **EN).content.decode()


def test_refusal_shows_its_neutral_alternative_link(client: Client, election: Election) -> None:
    client.post(f"/elections/{election.slug}/ask/", {"q": "Which party should I vote for?"}, **EN)
    html = client.get(f"/elections/{election.slug}/", **EN).content.decode()
    assert f'<a href="/elections/{election.slug}/compare/' in html
    assert 'class="answer refused"' in html


def test_glossary_terms_of_an_answer_are_linked(client: Client, election: Election) -> None:
    client.post(f"/elections/{election.slug}/ask/", {"q": "How do I give a proxy vote?"}, **EN)
    record = AnswerRecord.objects.get()
    assert "proxy" in record.text.lower()
    html = client.get(f"/elections/{election.slug}/", **EN).content.decode()
    assert f'href="/elections/{election.slug}/glossary/#term-' in html


def test_report_form_stores_the_report_and_thanks(election: Election) -> None:
    client = Client(enforce_csrf_checks=True)
    token = _csrf(client, f"/elections/{election.slug}/")
    client.post(f"/elections/{election.slug}/ask/", {"q": "When is polling day?", "csrfmiddlewaretoken": token}, **EN)
    record = AnswerRecord.objects.get()
    url = f"/elections/{election.slug}/answers/{record.pk}/report/"
    assert client.post(url, {"reason": "wrong"}).status_code == 403  # CSRF-protected
    response = client.post(url, {"reason": "biased", "comment": "hm", "csrfmiddlewaretoken": token}, **EN)
    assert response.status_code == 302
    report = AnswerReport.objects.get()
    assert (report.answer_id, report.reason, report.comment, report.status) == (record.pk, "biased", "hm", "new")
    html = client.get(f"/elections/{election.slug}/", **EN).content.decode()
    assert "Thank you: your report was stored" in html
    page = client.get(url, **EN)
    assert page.status_code == 200 and "What is wrong with this answer?" in page.content.decode()
    bad = client.post(url, {"reason": "", "csrfmiddlewaretoken": token}, **EN)
    assert bad.status_code == 400 and AnswerReport.objects.count() == 1


def test_comparison_page(client: Client, election: Election) -> None:
    response = client.get(f"/elections/{election.slug}/compare/", {"topic": "housing"}, **EN)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="card compare-card') == 3
    assert "This programme says nothing found on this topic." in html
    assert "order drawn at random" in html
    assert client.get(f"/elections/{election.slug}/compare/", **EN).status_code == 200
    assert client.get(f"/elections/{election.slug}/compare/", {"topic": "x" * 1001}, **EN).status_code == 422
    assert client.get("/elections/nope/compare/", {"topic": "housing"}).status_code == 404


def test_easy_language_switch_hidden_without_llm(client: Client, election: Election, settings) -> None:  # type: ignore[no-untyped-def]
    settings.COMMUNS_LLM_BASE_URL = ""
    client.post(f"/elections/{election.slug}/ask/", {"q": "When is polling day?"}, **EN)
    record = AnswerRecord.objects.get()
    html = client.get(f"/elections/{election.slug}/", **EN).content.decode()
    assert "easy language" not in html
    assert client.post(f"/elections/{election.slug}/answers/{record.pk}/easy/").status_code == 404


@pytest.mark.parametrize("language, label", [("fr", "Votre question"), ("de", "Ihre Frage")])
def test_panel_is_translated(client: Client, election: Election, language: str, label: str) -> None:
    html = client.get(f"/elections/{election.slug}/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    if label not in html:
        pytest.skip("translations-assistant.tsv not compiled yet (the lead compiles the catalogues)")
    assert label in html
