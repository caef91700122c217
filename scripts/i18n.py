"""Fill the gettext catalogues from src/communs/locale/translations*.tsv (one file per area) (msgid<TAB>fr<TAB>de), then report what is
still untranslated. Developer tool: run `communs manage makemessages -a` first (from src/communs), then this.
English is the source language: en catalogues get msgstr = msgid."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parents[1] / "src" / "communs" / "locale"


def load_table() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for path in sorted(LOCALE.glob("translations*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 3 and row[0] and not row[0].startswith("#"):
                    key = row[0].replace("\\n", "\n")
                    table[key] = {"fr": row[1].replace("\\n", "\n"), "de": row[2].replace("\\n", "\n")}
    return table


def main() -> int:
    table = load_table()
    missing: dict[str, list[str]] = {}
    for lang in ("fr", "de", "en"):
        po_path = LOCALE / lang / "LC_MESSAGES" / "django.po"
        po = polib.pofile(str(po_path))
        for entry in po:
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            if lang == "en":
                if entry.msgid_plural:
                    entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                else:
                    entry.msgstr = entry.msgid
                continue
            if entry.msgid_plural:
                one = table.get(entry.msgid, {}).get(lang)
                other = table.get(entry.msgid_plural, {}).get(lang)
                if one and other:
                    entry.msgstr_plural = {0: one, 1: other}
                elif not entry.msgstr_plural.get(0):
                    missing.setdefault(lang, []).append(entry.msgid)
                continue
            value = table.get(entry.msgid, {}).get(lang)
            if value:
                entry.msgstr = value
            elif not entry.msgstr:
                missing.setdefault(lang, []).append(entry.msgid)
        po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
        po.save(str(po_path))
    for lang, ids in missing.items():
        print(f"{lang}: {len(ids)} untranslated", file=sys.stderr)
        for msgid in ids:
            print(f"  {msgid!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
