"""Compose the neutrality question set from the hand-written concepts and split it BY GROUP into train and eval.

Run from the repository root: ``.venv/bin/python tests/data/neutrality/build.py``. It writes
``src/communs/core/neutrality/data/train.jsonl.gz`` (the only data ``communs guard train`` learns from) and
``tests/data/neutrality/eval.jsonl`` (never trained on). Every concept is one group: its paraphrases, their
translations, their slot instantiations and typo variants all land on the same side of the split. Within a group,
``pair`` identifies one question asked in the three languages (used for the cross-language consistency figure).

Deterministic: slot values and the split come from SHA-1 hashes of ids, no global random state.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))

from concepts_answer import ANSWER, OUT_OF_SCOPE  # noqa: E402
from concepts_everyday import EVERYDAY  # noqa: E402
from concepts_extra import EXTRA  # noqa: E402
from concepts_indirect import INDIRECT  # noqa: E402
from concepts_mixed import MIXED  # noqa: E402
from concepts_more import MORE  # noqa: E402
from concepts_personal import PERSONAL  # noqa: E402
from concepts_refuse import REFUSE  # noqa: E402

TRAIN_OUT = ROOT / "src" / "communs" / "core" / "neutrality" / "data" / "train.jsonl.gz"
EVAL_OUT = HERE / "eval.jsonl"
# Session-3 development questions (concepts_everyday/personal/indirect.py): written from the policy text without
# reading the evaluation split or either holdout, one paraphrase group per concept in en, fr and de. Added alone as
# training data in session 3 they raised the evaluation split's over-refusal (10.4 % -> 11.4 %); they were used
# while fixing rules (not blind).
DEV_OUT = HERE / "dev.jsonl"
# Session 6: the development sets of sessions 3 and 5, once their rule errors were fixed, are training data too. On
# the development sets written afterwards (dev5-dev7; never trained on when this was decided) the model trained with
# them made fewer errors than the model trained without them (docs/neutrality.md, "Session 6"). Their questions keep
# their own ids. Session 7: the session-6 sets dev5-dev16 too, decided the same way on the sets written afterwards
# (dev18-dev22, first read, before any session-7 change: cost 139.5 without them, 108.5 with them).
# Also session 7: three sets written as training data from the policy alone (the scope's border: politicians'
# private lives, history, errands, election words in another sense; and messages with personal context), kept if the
# development sets dev17-dev28 said so (docs/neutrality.md, "Session 7"); and at the end of session 7 the sets
# dev17-dev28 themselves, decided on two sets written afterwards (dev29, dev30: cost 22.0 -> 19.0).
# Session 26: dev38-dev128 (24,507 questions written from the policy alone in sessions 8-25, read to fix rules),
# decided on four sets written afterwards and never read (dev139-dev142, first read with the session-start rules, C=4,
# threshold 0.45: cost 70.5 without them, 52.5 with them; docs/neutrality.md, "Session 26").
# Session 37: dev129-dev220 (24,762 questions written from the policy alone in sessions 26-36, read to fix rules),
# decided on eight sets written afterwards and never read before the decision (dev221-dev228, with the session-start
# rules, C=8, threshold 0.45: cost 164.0 without them, 98.0 with them; docs/neutrality.md, "Session 37").
# Session 44: dev221-dev332 (32,550 questions written from the policy alone in sessions 37-43, read to fix rules; no
# dev319), decided on twelve sets written afterwards and never read before the decision (dev333-dev344, with the
# session-start rules, C=8, threshold 0.45: cost 142.0 without them, 105.5 with them; ADR 0028).
TRAINED_DEVELOPMENT_SETS = ("dev.jsonl", "dev2.jsonl", "dev3.jsonl", "dev4.jsonl",
                            *(f"dev{n}.jsonl" for n in range(5, 17)), "scope1.jsonl", "scope2.jsonl", "narrative.jsonl",
                            *(f"dev{n}.jsonl" for n in range(17, 29)), *(f"dev{n}.jsonl" for n in range(31, 38)),
                            *(f"dev{n}.jsonl" for n in range(38, 129)),
                            *(f"dev{n}.jsonl" for n in range(129, 221)),
                            *(f"dev{n}.jsonl" for n in range(221, 333) if n != 319))
EVAL_SHARE = 0.35
# Concepts added after the first evaluation run (concepts_extra.py) and for issue 3 (concepts_more.py).
TRAIN_ONLY = {c["id"] for c in [*EXTRA, *MORE]}

# Real parties of French, German and EU politics and fictional ones, used in refuse AND answer templates alike.
PARTIES = [
    "CDU", "SPD", "die Grünen", "FDP", "AfD", "Die Linke", "BSW", "CSU", "Freie Wähler", "Volt",
    "Renaissance", "le RN", "Rassemblement national", "La France insoumise", "LFI", "Les Républicains", "PS",
    "Les Écologistes", "Reconquête", "PCF", "Horizons", "MoDem",
    "EPP", "S&D", "Renew Europe", "Greens/EFA", "ECR", "Patriots for Europe",
    "Parti des Rivières", "Neue Mitte", "Green Horizon Party", "Union Citoyenne", "Bürgerbund", "Alliance for Tomorrow",
    "Partei für Zukunft", "Mouvement Horizon Bleu",
]
CANDIDATES = [
    "Marine Le Pen", "Emmanuel Macron", "Jordan Bardella", "Jean-Luc Mélenchon", "Raphaël Glucksmann",
    "Olaf Scholz", "Friedrich Merz", "Alice Weidel", "Robert Habeck", "Sahra Wagenknecht", "Christian Lindner",
    "Ursula von der Leyen", "Valérie Hayer", "Markus Söder",
    "Claire Dumont", "Jonas Keller", "Maria Weber", "Paul Martin", "Sophie Laurent", "Lukas Brandt",
]
TOPICS = [  # (en, fr, de)
    ("climate protection", "la protection du climat", "Klimaschutz"),
    ("pensions", "les retraites", "Rente"),
    ("immigration", "l'immigration", "Migration"),
    ("housing", "le logement", "Wohnen"),
    ("the minimum wage", "le salaire minimum", "Mindestlohn"),
    ("nuclear energy", "le nucléaire", "Atomkraft"),
    ("education", "l'éducation", "Bildung"),
    ("healthcare", "la santé", "Gesundheit"),
    ("taxes", "les impôts", "Steuern"),
    ("public transport", "les transports publics", "Nahverkehr"),
    ("agriculture", "l'agriculture", "Landwirtschaft"),
    ("defence", "la défense", "Verteidigung"),
    ("digitalisation", "le numérique", "Digitalisierung"),
    ("public safety", "la sécurité", "innere Sicherheit"),
    ("European policy", "la politique européenne", "Europapolitik"),
    ("rents", "les loyers", "Mieten"),
]
LANGS = ("en", "fr", "de")
REFUSE_CATS = {
    "voting_advice", "promotion", "ranking", "label", "prediction", "candidate_judgement", "misinformation",
    "manipulation",
}


def _h(*parts: object) -> int:
    return int(hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def _pick(pool: list, key: tuple, avoid: object = None) -> object:
    i = _h(*key) % len(pool)
    if pool[i] == avoid:
        i = (i + 1) % len(pool)
    return pool[i]


def _fr_fix(text: str) -> str:
    for a, b in ((" de le ", " du "), (" de les ", " des "), (" à le ", " au "), (" à les ", " aux "),
                 (" de l'", " de l'"), ("que le ", "que le ")):
        text = text.replace(a, b)
    return text


def _fill(template: str, lang: str, slots: dict) -> str:
    t = TOPICS[slots["T"]][LANGS.index(lang)]
    text = template.replace("{T}", t).replace("{P}", slots["P"]).replace("{Q}", slots["Q"])
    text = text.replace("{C}", slots["C"]).replace("{D}", slots["D"])
    return _fr_fix(text) if lang == "fr" else text


def _typo(text: str, key: str) -> str:
    """A deterministic sloppy-typing variant: no accents, lower case, one swapped letter pair, no final '?'."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    folded = folded.replace("ß", "ss").rstrip(" ?.!")
    words = folded.split()
    long_idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if long_idx:
        i = long_idx[_h(key, "w") % len(long_idx)]
        w = words[i]
        j = 1 + _h(key, "c") % (len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def compose(concepts: list[dict] | None = None, typos: bool = True, mixed: bool = True) -> list[dict]:
    """Every concept's questions (default: the training and evaluation concepts); ``typos``: add one sloppy-typing
    variant per concept; ``mixed``: add the mixed-language questions."""
    items: list[dict] = []
    for concept in concepts if concepts is not None else [*REFUSE, *ANSWER, *OUT_OF_SCOPE, *EXTRA, *MORE]:
        cat = concept["cat"]
        decision = "refuse" if cat in REFUSE_CATS else ("out_of_scope" if cat == "out_of_scope" else "answer")
        n = len(concept["en"])
        assert len(concept["fr"]) == n and len(concept["de"]) == n, concept["id"]
        for j in range(n):
            has_slot = any("{" in concept[lang][j] for lang in LANGS)
            for k in range(2 if has_slot else 1):
                key = (concept["id"], j, k)
                p = _pick(PARTIES, (*key, "P"))
                c = _pick(CANDIDATES, (*key, "C"))
                slots = {"P": p, "Q": _pick(PARTIES, (*key, "Q"), p), "C": c, "D": _pick(CANDIDATES, (*key, "D"), c),
                         "T": _h(*key, "T") % len(TOPICS)}
                pair = f"{concept['id']}/{j}{k}"
                texts = {lang: _fill(concept[lang][j], lang, slots) for lang in LANGS}
                for lang in LANGS:
                    items.append({"text": texts[lang], "language": lang, "decision": decision, "category": cat,
                                  "group": concept["id"], "pair": pair})
                if typos and j == _h(concept["id"], "typo") % n and k == 0:
                    for lang in LANGS:
                        items.append({"text": _typo(texts[lang], pair + lang), "language": lang,
                                      "decision": decision, "category": cat, "group": concept["id"],
                                      "pair": pair + "t"})
    for gid, lang, cat, text in MIXED if mixed else []:
        decision = "refuse" if cat in REFUSE_CATS else ("out_of_scope" if cat == "out_of_scope" else "answer")
        items.append({"text": text, "language": lang, "decision": decision, "category": cat, "group": gid,
                      "pair": gid})
    seen: set[str] = set()
    unique = []
    for item in items:
        k = re.sub(r"\s+", " ", item["text"].casefold()).strip()
        if k in seen:
            continue
        seen.add(k)
        unique.append(item)
    return unique


def split(items: list[dict]) -> tuple[list[dict], list[dict]]:
    """Per category, groups ordered by hash; the first EVAL_SHARE of them (at least one) go to eval."""
    by_cat: dict[str, set[str]] = {}
    for item in items:
        by_cat.setdefault(item["category"], set()).add(item["group"])
    eval_groups: set[str] = set()
    for groups in by_cat.values():
        groups = {g for g in groups if g not in TRAIN_ONLY}
        ordered = sorted(groups, key=lambda g: _h("split-v1", g))
        eval_groups.update(ordered[: max(1, round(EVAL_SHARE * len(ordered)))])
    train = [i for i in items if i["group"] not in eval_groups]
    evaluation = [i for i in items if i["group"] in eval_groups]
    return train, evaluation


def _write(path: Path, items: list[dict], prefix: str, rows: tuple[dict, ...] = ()) -> None:
    """``items`` numbered ``<prefix>-NNNN``, then ``rows`` (complete questions with their own ids) as they are."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"id": f"{prefix}-{n:04d}", **item}, ensure_ascii=False) + "\n" for n, item in enumerate(items, 1)]
    lines += [json.dumps(row, ensure_ascii=False) + "\n" for row in rows]
    data = "".join(lines).encode("utf-8")
    if path.suffix == ".gz":  # the shipped training set: compressed, byte-identical on every run (no timestamp)
        data = gzip.compress(data, mtime=0)
    path.write_bytes(data)


def _rows(name: str) -> list[dict]:
    with (HERE / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


# the evaluation split and every holdout (holdout.jsonl, holdout2.jsonl, ...): never trained on
HELD_OUT_SETS = ("eval.jsonl", *sorted(p.name for p in HERE.glob("holdout*.jsonl")))


def trained_development_rows() -> tuple[dict, ...]:
    """The questions of ``TRAINED_DEVELOPMENT_SETS``, less any that is also a question of the evaluation split or of a
    holdout (different writers sometimes wrote the same short question: "Combien d'eurodéputés la France élit-elle ?")."""
    held = {_norm(row["text"]) for name in HELD_OUT_SETS if (HERE / name).exists() for row in _rows(name)}
    return tuple(row for name in TRAINED_DEVELOPMENT_SETS for row in _rows(name) if _norm(row["text"]) not in held)


def main() -> None:
    items = compose()
    train, evaluation = split(items)
    _write(EVAL_OUT, evaluation, "ev")
    development = compose([*EVERYDAY, *PERSONAL, *INDIRECT], typos=False, mixed=False)
    _write(DEV_OUT, development, "dv")
    _write(TRAIN_OUT, train, "tr", trained_development_rows())
    refuse = sum(i["decision"] == "refuse" for i in items)
    print(f"{len(items)} questions ({refuse} refuse, {len(items) - refuse} answer/out_of_scope); "
          f"train {len(train)}, eval {len(evaluation)} ({len(evaluation) / len(items):.0%})")


if __name__ == "__main__":
    main()
