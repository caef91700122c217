"""Consultation pages in headless Chromium: no WCAG 2.1 A/AA violations (axe) on the list, the consultation page,
after voting and at the Socratic step; voting works with the keyboard only (Tab to the button, Enter) and without
JavaScript."""

from __future__ import annotations

import pytest

from communs.consultations.demo import load_demo
from communs.consultations.models import Vote, VoteEvent
from tests.conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SLUG = "rivebelle-mobility"


@pytest.fixture
def demo() -> None:
    load_demo()


def _tab_to(page, label: str, limit: int = 80) -> None:  # type: ignore[no-untyped-def]
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement && document.activeElement.textContent.trim()")
        if focused == label:
            return
    raise AssertionError(f"{label!r} is not reachable with Tab")


def test_pages_are_accessible(live_server, page, demo) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{live_server.url}/consultations/")
    assert page.locator("h1").count() == 1
    assert axe_violations(page) == []
    page.goto(f"{live_server.url}/consultations/{SLUG}/")
    assert axe_violations(page) == []
    page.fill("#contribution-text", "More benches along the river")
    page.click("button[name=step][value=draft]")
    page.wait_for_load_state()
    assert page.locator("#contribution-text").input_value() == "More benches along the river"
    assert axe_violations(page) == []


def test_keyboard_only_voting(live_server, page, demo) -> None:  # type: ignore[no-untyped-def]
    before_votes, before_events = Vote.objects.count(), VoteEvent.objects.count()
    page.goto(f"{live_server.url}/consultations/{SLUG}/")
    statement = page.locator(".vote-card .statement").inner_text()
    _tab_to(page, "Agree")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert Vote.objects.count() == before_votes + 1 and VoteEvent.objects.count() == before_events + 1
    assert page.locator(".vote-card .statement").inner_text() != statement  # the next statement is shown
    assert statement in page.locator("#my-votes").inner_text()  # with the counts, now that we voted
    assert "Vote recorded" in page.locator(".messages").inner_text()
    _tab_to(page, "Disagree")
    with page.expect_navigation():
        page.keyboard.press(" ")
    assert Vote.objects.count() == before_votes + 2
    assert axe_violations(page) == []


def test_voting_without_javascript(live_server, chromium, demo) -> None:  # type: ignore[no-untyped-def]
    context = chromium.new_context(java_script_enabled=False, locale="en-GB")
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/consultations/{SLUG}/")
        before = Vote.objects.count()
        page.click(".vote-card button[value='0']")
        page.wait_for_load_state()
        assert Vote.objects.count() == before + 1
    finally:
        context.close()
