"""Every user-facing string exists in fr, de and en: no untranslated or fuzzy catalogue entry, placeholders kept."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[1] / "src" / "communs" / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}")


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_catalogue_is_complete(language: str) -> None:
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    assert len(po) > 50
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []


@pytest.mark.parametrize("language", ["fr", "de"])
def test_placeholders_survive_translation(language: str) -> None:
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    broken = []
    for entry in po.translated_entries():
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        if entry.msgid_plural:
            got = [sorted(PLACEHOLDER.findall(v)) for v in entry.msgstr_plural.values()]
            if any(g != expected and g != sorted(PLACEHOLDER.findall(entry.msgid_plural)) for g in got):
                broken.append(entry.msgid)
        elif sorted(PLACEHOLDER.findall(entry.msgstr)) != expected:
            broken.append(entry.msgid)
    assert broken == []
