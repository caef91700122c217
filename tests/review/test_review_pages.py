"""Review and published synthesis pages over real HTTP (Django test client): permissions, CSRF, escaping."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from communs.consultations.models import Contribution, Status
from communs.review import actions
from communs.review.services import create_run

pytestmark = pytest.mark.django_db

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _publish(consultation, reviewer):  # type: ignore[no-untyped-def]
    run = create_run(consultation)
    for step in run.steps.all():
        actions.approve(step, reviewer)
    actions.publish(run, reviewer, comment="ok")
    return run


def test_published_page_404_before_publication(consultation, client) -> None:  # type: ignore[no-untyped-def]
    create_run(consultation)
    assert client.get("/consultations/mobility/synthesis/").status_code == 404
    assert client.get("/consultations/mobility/synthesis/bundle.zip").status_code == 404


def test_published_page_shows_cited_summary_map_figures_trail(consultation, reviewer, client) -> None:  # type: ignore[no-untyped-def]
    Contribution.objects.filter(consultation=consultation, tid=2).update(text=XSS)
    run = _publish(consultation, reviewer)
    response = client.get("/consultations/mobility/synthesis/", HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 200
    links = set(re.findall(r'href="#c-(\w+)"', html))
    anchors = set(re.findall(r'id="c-(\w+)"', html))
    assert links and links <= anchors, "every citation links to a contribution on the page"
    assert "<svg" in html and 'role="img"' in html and "<desc" in html
    assert "Opinion groups and their sizes" in html and "Review trail" in html and "reviewer" in html
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "06 12 34 56 78" not in html
    bundle = client.get("/consultations/mobility/synthesis/bundle.zip")
    assert bundle.status_code == 200 and bundle["Content-Type"] == "application/zip"
    assert bytes(bundle.content) == bytes(run.snapshot)


def test_published_page_in_three_languages(consultation, reviewer, client) -> None:  # type: ignore[no-untyped-def]
    _publish(consultation, reviewer)
    for lang, word in (("fr", "Synthèse"), ("de", "Synthese"), ("en", "Synthesis")):
        assert word in client.get("/consultations/mobility/synthesis/", HTTP_ACCEPT_LANGUAGE=lang).content.decode()


def test_review_pages_need_a_reviewer(consultation, reviewer, bystander, client) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation)
    assert client.get(f"/review/runs/{run.pk}/")["Location"].startswith("/accounts/login/")
    client.force_login(bystander)
    assert client.get(f"/review/runs/{run.pk}/").status_code == 403
    assert client.post(f"/review/runs/{run.pk}/steps/groups/", {"action": "approve"}).status_code == 403
    client.force_login(reviewer)
    page = client.get(f"/review/runs/{run.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200 and "Approve this version" in page.content.decode()


def test_review_forms_need_csrf_and_work(consultation, reviewer) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(reviewer)
    assert strict.post(f"/review/runs/{run.pk}/steps/groups/", {"action": "approve"}).status_code == 403
    page = strict.get(f"/review/runs/{run.pk}/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    for key in ("groups", "consensus", "topics", "summary"):
        response = strict.post(f"/review/runs/{run.pk}/steps/{key}/", {"action": "approve", "csrfmiddlewaretoken": token})
        assert response.status_code == 302
    response = strict.post(f"/review/runs/{run.pk}/publish/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 302 and response["Location"] == "/consultations/mobility/synthesis/"


def test_bad_edit_shows_errors_and_keeps_version(consultation, reviewer, client) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation)
    client.force_login(reviewer)
    response = client.post(f"/review/runs/{run.pk}/steps/summary/", {"action": "edit", "text": "- «Everyone agrees» [0]"}, follow=True,
                           HTTP_ACCEPT_LANGUAGE="en")
    assert "not verbatim" in response.content.decode()
    assert run.steps.get(key="summary").versions.count() == 1
    assert Contribution.objects.filter(status=Status.HIDDEN).count() == 1
