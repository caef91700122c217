"""How-to-vote answers on real official pages, in German and across languages.

Data: ``../shared/data/how-to-vote-de-sachsen-amt24``: the Saxon electoral information pages (Markdown files,
loaded as the official sources of one election) and its 9 question/answer pairs, each naming the page that answers
it. The German questions are the data's own; the English and French ones are our translations (below). Every
question goes through the assistant (``communs.assistant.services.answer``: classifier, search, extractive
composer, with the semantic fallback), in process, on a temporary SQLite database. Reported per language: the
answer cites the page that answers the question (any citation / the first citation), abstained, refused. The
"without the semantic fallback" rows run the same questions with the fallback switched off (the assistant of
session 3).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

from bench.serving import run_communs, var_env

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "how-to-vote-de-sachsen-amt24"
PYTHON = sys.executable
SLUG = "sachsen-wahlen"

TRANSLATIONS = {  # German question (the data's) -> (English, French): our translations
    "Unter welchen Umständen kann ein Unionsbürger, der nicht im Wählerverzeichnis eingetragen ist, dennoch einen "
    "Wahlschein erhalten?": (
        "Under what circumstances can an EU citizen who is not on the electoral register still get a polling card?",
        "Dans quelles circonstances un citoyen de l'Union qui n'est pas inscrit sur la liste électorale peut-il tout "
        "de même obtenir une carte de vote ?"),
    "Seit wann dürfen EU-Bürger aktiv und passiv an Kommunalwahlen in Deutschland teilnehmen?": (
        "Since when have EU citizens been allowed to vote and stand as candidates in local elections in Germany?",
        "Depuis quand les citoyens de l'UE peuvent-ils voter et être candidats aux élections municipales en "
        "Allemagne ?"),
    "Wie werden die 96 Sitze des Europäischen Parlaments aus der Bundesrepublik Deutschland verteilt?": (
        "How are Germany's 96 seats in the European Parliament distributed?",
        "Comment les 96 sièges de l'Allemagne au Parlement européen sont-ils répartis ?"),
    "Welche Dokumente sollte man zum Wahlraum mitbringen?": (
        "Which documents should you bring to the polling room?",
        "Quels documents faut-il apporter au bureau de vote ?"),
    "Wie viele Abgeordnete des Bundestages werden mit der Erststimme direkt gewählt?": (
        "How many members of the Bundestag are elected directly with the first vote?",
        "Combien de députés du Bundestag sont élus directement avec la première voix ?"),
    "Welche Dokumente sollten Sie zum Wahllokal mitbringen, wenn Sie im Wählerverzeichnis eingetragen sind?": (
        "Which documents should you bring to the polling station if you are on the electoral register?",
        "Quels documents devez-vous apporter au bureau de vote si vous êtes inscrit sur la liste électorale ?"),
    "In welcher Reihenfolge ermittelt der Wahlvorstand das Ergebnis bei Kommunalwahlen, wenn mehrere Wahlen "
    "gemeinsam stattfinden?": (
        "In what order does the electoral board establish the results of local elections when several elections "
        "take place together?",
        "Dans quel ordre le bureau électoral établit-il les résultats des élections municipales lorsque plusieurs "
        "scrutins ont lieu en même temps ?"),
    "Wie lange dauert die Wahlperiode der Stadt- und Gemeinderäte?": (
        "How long is the term of office of town and municipal councils?",
        "Quelle est la durée du mandat des conseils municipaux ?"),
    "Unter welchen Voraussetzungen kann eine Partei ihren Wahlvorschlag für die Bundestagswahl einreichen?": (
        "Under what conditions can a party submit its list of candidates for the Bundestag election?",
        "À quelles conditions un parti peut-il déposer sa liste de candidats pour les élections au Bundestag ?"),
}

CHILD = """
import json, sys, unicodedata
import django
django.setup()
from communs.assistant import services
from communs.elections.models import Election, Source
if sys.argv[2] == "off":
    services._found_nothing = lambda result, foreign=False: False
election = Election.objects.get(slug=sys.argv[1])
origin = {str(s.pk): unicodedata.normalize("NFC", s.origin or s.title) for s in Source.objects.filter(election=election)}
out = []
for item in json.loads(sys.stdin.read()):
    a = services.answer(election, item["question"], language=item["language"])
    cited = [origin.get(str(c.source_id), "") for c in a.citations]
    out.append({**item, "decision": a.decision, "composer": a.composer, "cited": cited})
print(json.dumps(out))
"""


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _row(label: str, rows: list[dict]) -> str:  # type: ignore[type-arg]
    n = len(rows)
    any_hit = sum(any(r["want"] in c for c in r["cited"]) for r in rows)
    first = sum(bool(r["cited"]) and r["want"] in r["cited"][0] for r in rows)
    abstained = sum(r["composer"] == "abstain" for r in rows)
    refused = sum(r["decision"] != "answer" for r in rows)
    return f"| {label} | {n} | {any_hit}/{n} | {first}/{n} | {abstained} | {refused} |"


def main(argv: list[str]) -> str:
    title = "## How-to-vote answers on real official pages (Saxony)"
    qa_path = DATA / "question_answer_pairs_elections.json"
    if not qa_path.exists():
        return f"{title}\n\nSkipped: {DATA} not found."
    pairs = json.loads(qa_path.read_text(encoding="utf-8"))
    items = []
    for pair in pairs:
        question = _nfc(pair["question"])
        en, fr = TRANSLATIONS[question]
        want = _nfc(pair["source_document"])
        items += [{"question": q, "language": lang, "want": want} for lang, q in (("de", question), ("en", en),
                                                                                 ("fr", fr))]
    var = Path(tempfile.mkdtemp(prefix="communs-bench-procedures-"))
    run_communs(var, "migrate")
    run_communs(var, "election", "create", SLUG, "--name", "Wahlen in Sachsen", "--languages", "de")
    run_communs(var, "sources", "add", "--election", SLUG, "--kind", "official", "--checked-by", "bench",
             *sorted(str(p) for p in (DATA / "docs").glob("*.md")))
    results = {}
    for fallback in ("on", "off"):
        out = subprocess.run([PYTHON, "-c", CHILD, SLUG, fallback], input=json.dumps(items), env=var_env(var),
                             capture_output=True, text=True, check=True, cwd=ROOT).stdout
        results[fallback] = json.loads(out.strip().splitlines()[-1])
    lines = [
        title, "",
        "Command: `.venv/bin/python -m bench procedures`. The {pages} pages of `how-to-vote-de-sachsen-amt24/docs` as the "
        "official sources of one election (German only); its 9 questions in German (the data's own) and in English "
        "and French (our translations, in `bench/bench_procedures.py`), asked through "
        "`communs.assistant.services.answer`. A question counts as answered from the right page when a citation "
        "points at the page the data names for it.".format(pages=len(list((DATA / "docs").glob("*.md")))), "",
        "| run | questions | cites the right page | first citation from the right page | abstained | refused |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for fallback, label in (("on", "assistant"), ("off", "without the semantic fallback")):
        rows = results[fallback]
        lines.append(_row(f"{label}, all", rows))
        for lang in ("de", "en", "fr"):
            lines.append(_row(f"{label}, {lang}", [r for r in rows if r["language"] == lang]))
    return "\n".join(lines)
