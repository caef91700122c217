"""Consultation pages: vote without JavaScript, change a vote, counts only after voting, the Socratic step, CSRF on
every form, XSS payloads escaped, hidden statements absent, three languages."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from communs.consultations.models import Contribution, Status, Vote
from tests.consultations.conftest import make_consultation

pytestmark = pytest.mark.django_db
PAGE = "/consultations/town/"
def en_client(**kwargs: object) -> Client:
    """Pages default to French: these tests read the English texts."""
    return Client(headers={"Accept-Language": "en"}, **kwargs)  # type: ignore[arg-type]


XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_vote_and_change_without_javascript(consultation) -> None:  # type: ignore[no-untyped-def]
    client = en_client()
    s = consultation.contributions.order_by("tid").first()
    page = client.get(PAGE).content.decode()
    assert "Everyone so far" not in page  # no counts before voting
    r = client.post(PAGE + "vote/", {"contribution": s.pk, "value": "1"})
    assert r.status_code == 302 and r["Location"].endswith("#vote")
    assert Vote.objects.get().value == 1
    page = client.get(PAGE).content.decode()
    assert "Vote recorded" in page and "Everyone so far: 1 agree, 0 disagree, 0 pass." in page
    client.post(PAGE + "vote/", {"contribution": s.pk, "value": "-1", "return": "my-votes"})
    assert Vote.objects.get().value == -1


def test_invalid_and_closed_votes_are_refused_with_a_message(db) -> None:  # type: ignore[no-untyped-def]
    c = make_consultation(phase="closed")
    client = en_client()
    client.post(PAGE + "vote/", {"contribution": c.contributions.first().pk, "value": "1"})
    assert not Vote.objects.exists()
    assert "Voting is closed" in client.get(PAGE).content.decode()


def test_forms_require_csrf(consultation) -> None:  # type: ignore[no-untyped-def]
    client = en_client(enforce_csrf_checks=True)
    page = client.get(PAGE).content.decode()
    assert page.count('name="csrfmiddlewaretoken"') >= 4  # vote, report, contribute, language switch
    s = consultation.contributions.first()
    for url, data in ((PAGE + "vote/", {"contribution": s.pk, "value": "1"}),
                      (PAGE + "contribute/", {"text": "An idea", "step": "post"}),
                      (PAGE + "report/", {"contribution": s.pk, "reason": "spam"})):
        assert client.post(url, data).status_code == 403
    assert not Vote.objects.exists() and Contribution.objects.count() == 4


def test_socratic_step_then_post_the_authors_text(consultation) -> None:  # type: ignore[no-untyped-def]
    client = en_client()
    draft = "More benches"
    client.post(PAGE + "contribute/", {"text": draft, "step": "draft"})
    page = client.get(PAGE).content.decode()
    assert Contribution.objects.count() == 4  # nothing posted at the draft step
    assert draft in page
    final = "More benches along the river path, every 200 metres, for older residents."
    client.post(PAGE + "contribute/", {"text": final, "step": "post"})
    posted = Contribution.objects.get(tid=4)
    assert posted.text == final and posted.status == Status.ACCEPTED


def test_xss_is_escaped_in_pages(db) -> None:  # type: ignore[no-untyped-def]
    c = make_consultation(n=0)
    Contribution.objects.create(consultation=c, tid=0, text=XSS, status=Status.ACCEPTED, is_seed=True)
    page = en_client().get(PAGE).content.decode()
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


def test_hidden_statements_absent_from_pages(consultation) -> None:  # type: ignore[no-untyped-def]
    Contribution.objects.create(consultation=consultation, tid=9, text="HIDDEN-SECRET", status=Status.HIDDEN, is_seed=True)
    client = en_client()
    for _ in range(6):
        page = client.get(PAGE).content.decode()
        assert "HIDDEN-SECRET" not in page
        current = re.search(r'class="vote-card".*?name="contribution" value="(\d+)"', page, re.DOTALL)
        if current is None:
            break
        assert Contribution.objects.get(pk=current.group(1)).status == Status.ACCEPTED
        client.post(PAGE + "vote/", {"contribution": current.group(1), "value": "0"})
    assert "You have voted on every statement" in client.get(PAGE).content.decode()


@pytest.mark.parametrize(("language", "word"), [("fr", "Comment Rivebelle"), ("de", "Wie bewegt"), ("en", "How should")])
def test_demo_page_in_three_languages(db, language: str, word: str) -> None:  # type: ignore[no-untyped-def]
    from communs.consultations.demo import load_demo

    load_demo()
    client = Client(headers={"Accept-Language": language})
    assert word in client.get("/consultations/").content.decode()
    assert word in client.get("/consultations/rivebelle-mobility/").content.decode()
