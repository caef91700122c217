"""Which neutrality rules earn their place: each rule retired in turn, on question sets (session 49, ADR 0031).

    .venv/bin/python -m bench.neutrality_rule_audit SET [SET ...] [--retire RULE ...]

SET: names of files in ``tests/data/neutrality`` (``holdout2``, ``dev387``...). The rules' facts and the model's class
probabilities are computed once per question (every question is embedded, also those a rule decides alone); then
``combine`` decides each question with the shipped settings, and again with each rule retired:

- a retired refusal rule's hits are removed: the next hit decides, or else the question is decided as if no refusal rule
  had fired (the model: answerable intents are not looked up for a question a refusal rule fired on);
- a retired answerable or out-of-scope intent is removed: the model decides.

Before anything is reported, the decisions with nothing retired are checked against ``classify_many`` (decision,
category and rule on every question): the audit stops if they differ. It prints the cost (missed refusal 2,
over-refusal 1, other wrong decision 0.5) with nothing retired; for each rule deciding a question, how much retiring it
changes the cost; and with ``--retire``, the cost of the sets with those rules retired together. The evasion wrapper
(``manipulation.strong_wrapper``) and the re-read of unread questions are not rules that can be retired here.

Only sets no rule was written from say whether a rule generalises: the blind held-out sets and unread batches. On the
sets read to write the rules (and the evaluation split) every rule looks useful. With
``COMMUNS_BENCH_EMBEDDING_CACHE=FILE`` the embeddings are kept between runs, as in ``bench neutrality``.
"""

from __future__ import annotations

import dataclasses
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from communs.core.neutrality.training import decision_cost as cost

if TYPE_CHECKING:
    from communs.core.neutrality.classifier import Classifier, TextFacts
    from communs.core.neutrality.dataset import Question
    from communs.core.neutrality.model import LinearModel
    from communs.core.neutrality.policy import NeutralityDecision

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "neutrality"
NOT_RETIRABLE = frozenset({"manipulation.strong_wrapper"})


@dataclasses.dataclass(frozen=True)
class Row:
    """One question with what the rules found in it and what the model reads of it."""

    text: str
    expected: str
    pair: str
    language: str
    facts: TextFacts
    probs: np.ndarray
    unread: tuple[np.ndarray, ...]


def read(questions: Sequence[Question], clf: Classifier) -> list[Row]:
    """Facts and the model's probabilities of ``questions`` (``dataset.Question``), as ``classify_many`` reads them."""
    from communs.core.neutrality import classifier as c

    texts = [q.text for q in questions]
    languages = [c._language(t, None) for t in texts]
    facts = [c.text_facts(t) for t in texts]
    model = clf.model
    probs = model.predict(clf.embedder.embed, [model.model_text(c.model_reads(t), lang) for t, lang in
                                               zip(texts, languages, strict=True)], languages)
    again = [(i, s) for i, f in enumerate(facts) for s in f.unread]
    unread: dict[int, list[np.ndarray]] = defaultdict(list)
    if again:
        found = model.predict(clf.embedder.embed, [model.model_text(s, languages[i]) for i, s in again],
                              [languages[i] for i, _ in again])
        for (i, _), p in zip(again, found, strict=True):
            unread[i].append(p)
    return [Row(q.text, q.decision, q.pair, lang, f, p, tuple(unread.get(i, ())))
            for i, (q, lang, f, p) in enumerate(zip(questions, languages, facts, probs, strict=True))]


def decide(row: Row, retired: frozenset[str], model: LinearModel) -> NeutralityDecision:
    """The decision on ``row`` with the rules named in ``retired`` retired."""
    from communs.core.neutrality.classifier import combine
    from communs.core.neutrality.unread_questions import reread

    facts = row.facts
    hits = tuple(h for h in facts.hits if h.name not in retired)
    intent = facts.intent
    if intent is not None and intent.name in retired:
        intent = None
    if len(hits) != len(facts.hits) or intent is not facts.intent:
        facts = dataclasses.replace(facts, hits=hits, intent=intent)
    decision = combine(facts, row.probs, model, row.language)
    if facts.unread and decision.decision != "refuse" and row.unread:
        decision = reread(decision, list(row.unread), model.labels, model.refuse_mask, bool(facts.marker))
    return decision


def total(rows: Iterable[Row], retired: frozenset[str], model: LinearModel) -> tuple[float, int]:
    """Cost and number of triples decided differently across languages."""
    spent = 0.0
    pairs: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        decided = decide(row, retired, model).decision
        spent += cost(row.expected, decided)
        pairs[row.pair].add(decided)
    return spent, sum(len(v) > 1 for v in pairs.values())


def deciders(row: Row) -> set[str]:
    facts = row.facts
    names = {h.name for h in facts.hits}
    if facts.intent is not None:
        names.add(facts.intent.name)
    return names - NOT_RETIRABLE


def deltas(rows: Sequence[Row], model: LinearModel) -> dict[str, tuple[float, int]]:
    """For every rule that decides a question of ``rows``: (cost with it retired − shipped cost, questions it decides);
    only the questions where it is among the facts are decided again."""
    shipped = [decide(row, frozenset(), model) for row in rows]
    touched: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        for name in deciders(row):
            touched[name].append(i)
    out = {}
    for name, idx in touched.items():
        decided_by = sum(shipped[i].rule == name for i in idx)
        if not decided_by:
            continue
        before = sum(cost(rows[i].expected, shipped[i].decision) for i in idx)
        after = sum(cost(rows[i].expected, decide(rows[i], frozenset({name}), model).decision) for i in idx)
        out[name] = (after - before, decided_by)
    return out


def check_reproduced(rows: Sequence[Row], clf: Classifier) -> int:
    """Questions whose decision, category or rule with nothing retired differ from ``classify_many``'s."""
    shipped = clf.classify_many([r.text for r in rows])
    mine = [decide(r, frozenset(), clf.model) for r in rows]
    return sum((a.decision, a.category, a.rule) != (b.decision, b.category, b.rule)
               for a, b in zip(shipped, mine, strict=True))


def main(argv: list[str]) -> int:
    from bench.bench_neutrality import cached_embeddings
    from communs.core.neutrality import default_classifier
    from communs.core.neutrality.dataset import load_questions

    retire: frozenset[str] = frozenset()
    if "--retire" in argv:
        at = argv.index("--retire")
        retire, argv = frozenset(argv[at + 1:]), argv[:at]
    if not argv:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    missing = [name for name in argv if not (DATA / f"{name}.jsonl").exists()]
    if missing:
        print(f"no such question set in {DATA}: {', '.join(missing)}", file=sys.stderr)
        return 2
    clf = default_classifier()
    with cached_embeddings(clf):
        rows = [row for name in argv for row in read(load_questions(DATA / f"{name}.jsonl"), clf)]
        differ = check_reproduced(rows, clf)
    if differ:
        print(f"the audit's decisions differ from classify_many's on {differ} questions: nothing reported",
              file=sys.stderr)
        return 1
    model = clf.model
    spent, split = total(rows, frozenset(), model)
    print(f"{len(rows)} questions of {', '.join(argv)}: cost {spent:.1f}, triples decided differently {split} "
          "(decisions reproduced exactly)")
    found = deltas(rows, model)
    helpful = sum(d >= 1 for d, _ in found.values())
    harmful = sorted((d, name, n) for name, (d, n) in found.items() if d <= -1)
    print(f"rules deciding a question: {len(found)}; retiring it costs more (>= +1): {helpful}; changes nothing "
          f"(0): {sum(d == 0 for d, _ in found.values())}; saves (<= -1): {len(harmful)}")
    print("| rule | cost change if retired | questions it decides |\n|---|---|---|")
    for d, name, n in harmful:
        print(f"| {name} | {d:+.1f} | {n} |")
    if retire:
        unknown = sorted(retire - set(found))
        if unknown:
            print(f"(decides no question of these sets: {', '.join(unknown)})")
        after, after_split = total(rows, retire, model)
        print(f"with {len(retire)} rules retired: cost {spent:.1f} -> {after:.1f}, triples decided differently "
              f"{split} -> {after_split}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
