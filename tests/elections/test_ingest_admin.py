"""The Django admin lists elections, parties, sources and (read-only) passages of ingested documents."""

from __future__ import annotations

import pytest

from communs.elections.ingest import ingest_bytes
from communs.elections.models import Election, Party, Passage
from tests.core.test_sources_convert import MARKDOWN

pytestmark = pytest.mark.django_db


@pytest.fixture
def source():  # type: ignore[no-untyped-def]
    election = Election.objects.create(slug="valmont-2027", name="Valmont 2027")
    Party.objects.create(election=election, name="Parti Vert", short_name="PV")
    return ingest_bytes(election, MARKDOWN.encode(), "programme.md", kind="programme", party="PV").source


def test_admin_pages_render(admin_client, source) -> None:  # type: ignore[no-untyped-def]
    for url in [
        "/admin/elections/election/", f"/admin/elections/election/{source.election_id}/change/",
        "/admin/elections/party/", "/admin/elections/source/", "/admin/elections/passage/",
    ]:
        assert admin_client.get(url).status_code == 200, url
    page = admin_client.get(f"/admin/elections/source/{source.pk}/change/").content.decode()
    first = Passage.objects.filter(source=source).order_by("ordinal").first()
    assert first is not None and first.text.split("\n")[0][:30] in page
    assert admin_client.get("/admin/elections/source/add/").status_code == 403  # only ingestion adds sources
    passage_page = admin_client.get(f"/admin/elections/passage/{first.pk}/change/").content.decode()
    assert 'name="text"' not in passage_page  # read-only
