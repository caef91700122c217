"""The source viewer, the election page and the home page in headless Chromium: the cited passage is scrolled into
view and focused (with and without JavaScript), no WCAG 2.1 A/AA violations (axe), the skip link works."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from communs.demo.loader import load_election
from communs.elections.models import Election, Passage
from communs.elections.viewer import passage_url
from tests.conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = Path(os.environ.get("COMMUNS_SCREENSHOTS", "/tmp"))


@pytest.fixture
def demo() -> Election:
    return load_election().election


def _cited_late_passage(election: Election) -> Passage:
    """A passage on the last page of a PDF programme, so the viewer must scroll to show it."""
    return (
        Passage.objects.filter(source__election=election, source__media_type="application/pdf", source__language="en")
        .order_by("-page", "-ordinal")
        .first()
    )


IN_VIEWPORT = """() => { const r = document.getElementById('passage').getBoundingClientRect();
                         return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0; }"""


def _mark_in_viewport(page) -> bool:  # type: ignore[no-untyped-def]
    return page.evaluate(IN_VIEWPORT)


def test_viewer_scrolls_to_and_focuses_the_cited_passage(live_server, page, demo: Election) -> None:
    passage = _cited_late_passage(demo)
    assert passage is not None and passage.page and passage.page > 1
    page.set_viewport_size({"width": 900, "height": 600})
    page.goto(live_server.url + passage_url(passage.source_id, passage.pk))
    page.wait_for_function("document.activeElement && document.activeElement.id === 'passage'")
    page.wait_for_function(IN_VIEWPORT, timeout=3000)  # smooth scrolling settles
    mark_text = page.inner_text("#passage")
    assert " ".join(mark_text.split()) == " ".join(passage.text.split())
    assert page.locator(f"#page-{passage.page} mark").count() >= 1
    page.screenshot(path=str(SHOTS / "communs-viewer.png"))
    assert axe_violations(page) == []


def test_viewer_without_javascript_uses_the_fragment(live_server, chromium, demo: Election) -> None:
    passage = _cited_late_passage(demo)
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 900, "height": 600})
    try:
        page = context.new_page()
        page.goto(live_server.url + passage_url(passage.source_id, passage.pk))
        assert _scrolled_to_mark_without_js(page)
    finally:
        context.close()


def _scrolled_to_mark_without_js(page) -> bool:  # type: ignore[no-untyped-def]
    # page.evaluate still runs with java_script_enabled=False (it is the test harness, not the page's scripts)
    return bool(page.evaluate("window.scrollY > 0")) and _mark_in_viewport(page)


def test_unknown_passage_notice_is_accessible(live_server, page, demo: Election) -> None:
    source_id = demo.sources.first().pk
    page.goto(f"{live_server.url}/sources/{source_id}?passage=nope")
    assert page.locator("[role=status]").count() == 1
    assert page.locator("mark").count() == 0
    assert axe_violations(page) == []


def test_election_home_and_glossary_pages_pass_axe(live_server, page, demo: Election) -> None:
    for name, path in (("election", f"/elections/{demo.slug}/"), ("home", "/"), ("glossary", f"/elections/{demo.slug}/glossary/"),
                       ("list", "/elections/")):
        page.goto(live_server.url + path)
        assert page.locator("h1").count() == 1
        page.screenshot(path=str(SHOTS / f"communs-{name}.png"), full_page=True)
        assert axe_violations(page) == [], path


def test_skip_link_moves_focus_to_the_main_content(live_server, page, demo: Election) -> None:
    page.goto(f"{live_server.url}/elections/{demo.slug}/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    box = page.locator(".skip-link").bounding_box()
    assert box is not None and box["x"] >= 0  # visible when focused
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'main'")
    # the next Tab lands inside the main content, not back in the header
    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('main').contains(document.activeElement)")


def test_date_links_open_the_official_passage(live_server, page, demo: Election) -> None:
    page.goto(f"{live_server.url}/elections/{demo.slug}/")
    link = page.locator("table.key-dates a").first
    link.click()
    page.wait_for_function("document.activeElement && document.activeElement.id === 'passage'")
    assert "2027" in page.inner_text("#passage")


def test_language_switch_keeps_the_cited_passage(live_server, page, demo: Election) -> None:
    passage = _cited_late_passage(demo)
    page.goto(live_server.url + passage_url(passage.source_id, passage.pk))
    page.select_option("#lang-select", "de")
    with page.expect_navigation():
        page.click(".lang-switch button")
    assert page.evaluate("document.documentElement.lang") == "de"
    page.wait_for_function("document.activeElement && document.activeElement.id === 'passage'")
    page.wait_for_function(IN_VIEWPORT, timeout=3000)  # smooth scrolling settles
    assert axe_violations(page) == []
