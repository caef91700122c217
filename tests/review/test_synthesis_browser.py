"""The published synthesis and the review page in headless Chromium: no WCAG 2.1 A/AA violations, citations
navigable by keyboard, the opinion map has a text alternative."""

from __future__ import annotations

import pytest

from communs.review import actions
from communs.review.services import create_run
from tests.conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_published_synthesis_is_accessible(consultation, reviewer, live_server, page) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation)
    for step in run.steps.all():
        actions.approve(step, reviewer)
    actions.publish(run, reviewer)
    page.goto(f"{live_server.url}/consultations/mobility/synthesis/")
    assert page.locator("h1").inner_text().startswith("Synthesis")
    assert axe_violations(page) == []
    svg = page.locator("svg.opinion-map")
    assert svg.get_attribute("role") == "img" and page.locator("svg.opinion-map desc").count() == 1
    first_cite = page.locator("a.cite").first
    target = first_cite.get_attribute("href")
    first_cite.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == target
    assert page.locator(f"li{target}").is_visible()


def test_review_page_is_accessible(consultation, reviewer, live_server, page) -> None:  # type: ignore[no-untyped-def]
    run = create_run(consultation)
    page.goto(f"{live_server.url}/accounts/login/?next=/review/runs/{run.pk}/")
    page.fill("#id_username", "reviewer")
    page.fill("#id_password", "pw-reviewer")
    page.click("main button[type=submit]")
    page.wait_for_url(f"**/review/runs/{run.pk}/")
    assert axe_violations(page) == []
    page.locator("form.review-form button[value=approve]").first.click()
    assert page.locator("[role=status]").inner_text().strip() != ""
    assert axe_violations(page) == []
