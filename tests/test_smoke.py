"""The platform starts, serves its home page in three languages and keeps core free of Django."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[1] / "src" / "communs" / "core"


def test_core_never_imports_django() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(CORE)}: {n}" for n in names if n.split(".")[0] in {"django", "ninja"} or n.startswith("communs.") and not n.startswith("communs.core")]
    assert offenders == []


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "expected"), [("fr", "Élections"), ("de", "Wahlen"), ("en", "Elections")])
def test_home_page_in_three_languages(client, lang: str, expected: str) -> None:
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    assert expected in response.content.decode()
