"""The assistant in headless Chromium on the demo election: ask (JavaScript and no-JavaScript), the answer appears
in the live region and takes focus, a citation opens the viewer at the passage, the report button works,
keyboard only, and no WCAG 2.1 A/AA violations (axe) on the election page with an answer and the comparison page."""

from __future__ import annotations

import pytest

from communs.assistant.models import AnswerRecord, AnswerReport
from communs.demo.loader import load_election
from communs.elections.models import Election
from tests.conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
QUESTION = "What does each party say about housing?"


@pytest.fixture
def demo() -> Election:
    return load_election().election


def _ask_with_keyboard(page, question: str) -> None:  # type: ignore[no-untyped-def]
    page.focus("#assistant-question")
    page.keyboard.type(question)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Ask"
    page.keyboard.press("Enter")


def test_ask_cite_report_with_javascript_and_keyboard(live_server, page, demo: Election) -> None:
    page.goto(f"{live_server.url}/elections/{demo.slug}/")
    _ask_with_keyboard(page, QUESTION)
    page.wait_for_selector("#assistant-log li.qa", timeout=60_000)
    record = AnswerRecord.objects.get()
    assert record.kind == "comparison" and record.channel == "api"
    page.wait_for_function(f"document.activeElement && document.activeElement.id === 'answer-{record.pk}'")
    assert page.locator("#assistant-log").get_attribute("aria-live") == "polite"
    assert page.locator(f"#answer-{record.pk} .answer-section").count() == demo.parties.count()
    assert axe_violations(page) == []

    # report this answer (keyboard: open the disclosure, choose a reason, send)
    page.focus(f"#answer-{record.pk} details.report summary")
    page.keyboard.press("Enter")
    page.check(f"#reason-{record.pk}-unsourced")
    page.click(f"#answer-{record.pk} .report-form button[type=submit]")
    page.wait_for_selector(f"#answer-{record.pk} .thanks")
    report = AnswerReport.objects.get()
    assert report.answer_id == record.pk and report.reason == "unsourced"

    # a citation opens the source viewer at the cited passage
    first = record.citations[0]
    page.click(f"#answer-{record.pk} a.cite >> nth=0")
    page.wait_for_selector("#passage")
    assert f"passage={first['passage_id']}" in page.url
    assert " ".join(first["quote"].split()) in " ".join(page.inner_text("#passage").split())


def test_ask_without_javascript(live_server, chromium, demo: Election) -> None:
    context = chromium.new_context(java_script_enabled=False, locale="en-GB")
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/elections/{demo.slug}/")
        page.fill("#assistant-question", "When is polling day?")
        page.click(".ask-form button[type=submit]")
        page.wait_for_selector("#assistant-log li.qa")
        record = AnswerRecord.objects.get()
        assert record.channel == "page" and page.url.endswith(f"#answer-{record.pk}")
        assert "14 March 2027" in page.inner_text(f"#answer-{record.pk}")
        page.click(f"#answer-{record.pk} details.report summary")
        page.click(f"#answer-{record.pk} .report-form button[type=submit]")
        page.wait_for_selector(f"#answer-{record.pk} .thanks")
        assert AnswerReport.objects.get().reason == "biased"  # (axe needs JavaScript: it runs in the other tests)
    finally:
        context.close()


def test_comparison_page_is_accessible(live_server, page, demo: Election) -> None:
    page.goto(f"{live_server.url}/elections/{demo.slug}/compare/?topic=transport")
    assert page.locator(".compare-card").count() == demo.parties.count()
    assert axe_violations(page) == []
    page.goto(f"{live_server.url}/elections/{demo.slug}/")
    _ask_with_keyboard(page, "Who should I vote for?")
    page.wait_for_selector("#assistant-log li.qa .refused", timeout=60_000)
    assert axe_violations(page) == []
