"""Training the embedding model from the shipped training set (``communs guard train``).

Procedure (deterministic): embed ``data/train.jsonl.gz`` with the party names masked (``names.py``; the rules still
read the questions as written); centre every vector on its language's mean (language as
detected from the text, as at classification time; the means come from the training part of each fold, then from
all the training data for the shipped model — see :mod:`model`); read a message that tells the voter's situation
before its question also by its final question alone, with the weight ``FINAL_WEIGHT`` (``final_question.py``,
ADR 0015); deal its paraphrase groups into ``FOLDS`` folds (per
category, whole groups only); for each C in ``C_GRID`` fit the class-weighted multinomial logistic regression, with
the penalty ``CONSISTENCY`` on the logit differences between the translations of a question (``consistency.py``,
ADR 0016), first on all of the training data (from zero), then on all folds but one, starting from that fit (session 17:
the objective is strictly convex, so the start changes only how many iterations reach its minimum), and predict the
held-out fold, so every training question gets an out-of-fold prediction; with
the full combination of :mod:`classifier` (rules + model), pick the C and the refusal threshold that minimise
``2 x missed refusals + over-refusals + 0.5 x answer/out-of-scope confusions`` over those out-of-fold predictions
(a missed refusal costs twice an over-refusal: recall comes first, but an assistant that refuses a third of
legitimate questions fails voters too); the fit on all of the training data with that C is saved. The
evaluation set (tests/data/neutrality/eval.jsonl) is never read here.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

from communs.core.neutrality.classifier import TextFacts, combine, text_facts
from communs.core.neutrality.consistency import fit_consistent
from communs.core.neutrality.dataset import Question, file_sha256, group_folds, load_questions
from communs.core.neutrality.disclaimers import what_is_asked
from communs.core.neutrality.final_question import final_question
from communs.core.neutrality.model import (
    MODEL_PATH,
    TRAIN_PATH,
    WITNESS_PATH,
    LinearModel,
    language_centres,
    word_features,
)
from communs.core.neutrality.names import MASKING, mask_party_names
from communs.core.neutrality.vector_cache import EmbeddingCache
from communs.core.text import detect_language

# what the model reads of a question's meaning: the bundled USE vector and, with weight 1.5, multilingual-e5-small's
# (ADR 0017; out of fold at C=4: USE alone cost 247.5, 160 triples decided differently; weight 1.0 218.0, 148; 1.5
# 207.5, 144; 2.0 211.5, 146)
EMBEDDER = "use-multilingual+1.5*e5-multilingual-small"
C_GRID = (4.0, 8.0, 16.0)  # C=1 and 2 last won in session 2 (docs/neutrality.md); each C costs five fits
# weight of the cross-language consistency penalty (consistency.py, ADR 0016); out of fold at C=8, threshold 0.40:
# 0 -> cost 253.0, 179 triples decided differently; 0.1 -> 256.0, 168; 0.2 -> 263.0, 167; 1.0 -> 286.0, 181
# with both encoders (session 14, C=4): 0.1 -> 207.5, 143 (threshold 0.45); 0.3 -> 222.5, 150
CONSISTENCY = 0.1
# with both encoders (session 14, C=4, lowest cost over the threshold grid): 0.5 -> 225.0; 0.75 -> 215.5; 1.0 -> 202.5
# (135 triples decided differently); 1.25 -> 202.5; 1.5 -> 206.5; 2.0 -> 207.5 (143). 1.0 is worse on the 47
# development sets (cost 80.0 against 64.0, 52 triples against 41), so 2.0 stays
LEXICAL_WEIGHT = 2.0
FINAL_WEIGHT = 0.25  # out of fold (C=8, threshold 0.40): 0 → 257.5, 0.25 → 254.5, 0.5 → 260.0 (docs/neutrality.md)
# with both encoders (session 16, C=4, threshold 0.45, the session-15 rules): 0 -> 189.0, 0.25 -> 185.5 (122 triples
# decided differently), 0.4 -> 190.5, 0.5 -> 190.5, 0.6 -> 199.0, 0.75 -> 208.0
MIN_WORD_COUNT = 2
THRESHOLDS = tuple(round(float(x), 2) for x in np.arange(0.15, 0.91, 0.05))
CUE_THRESHOLD = 0.85
FOLDS = 4
WITNESS_SHARE = "0"  # the witness sample: the paraphrase groups whose name's SHA-256 starts with this (1/16 of them)


def decision_cost(expected: str, decided: str) -> float:
    """The cost of one decision that every threshold search and decision rule uses: a missed refusal 2, an
    over-refusal 1, another wrong decision (answer / out of scope) 0.5."""
    if decided == expected:
        return 0.0
    if expected == "refuse":
        return 2.0
    return 1.0 if decided == "refuse" else 0.5


def _cost(model: LinearModel, questions: list[Question], facts: list[TextFacts], probs: np.ndarray) -> float:
    return sum(decision_cost(q.decision, combine(f, p, model, q.language).decision)
               for q, f, p in zip(questions, facts, probs, strict=True))


def vocabulary(texts: list[str], min_count: int = MIN_WORD_COUNT) -> tuple[str, ...]:
    """Word unigrams and bigrams found in at least ``min_count`` of ``texts`` (sorted, for determinism)."""
    counts = Counter(g for text in texts for g in word_features(text))
    return tuple(sorted(g for g, n in counts.items() if n >= min_count))


def _start_from(model: LinearModel, vocabulary: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """``model``'s coefficients laid out for ``vocabulary`` (a word it lacks starts at zero), as a fit's start."""
    assert model.lexical_coef is not None
    index = {word: i for i, word in enumerate(model.vocabulary)}
    lexical = np.zeros((len(model.labels), len(vocabulary)), dtype=np.float64)
    found = [(j, index[w]) for j, w in enumerate(vocabulary) if w in index]
    if found:
        cols, src = (list(x) for x in zip(*found, strict=True))
        lexical[:, cols] = model.lexical_coef[:, src]
    return np.hstack([model.coef, lexical]), model.intercept


def fit(vectors: np.ndarray, questions: list[Question], languages: list[str], c: float, *, embedder: str = "",
        threshold: float = 0.5, cue_threshold: float = CUE_THRESHOLD, train_sha256: str = "",
        masking: str = MASKING, start: LinearModel | None = None) -> LinearModel:
    """Language centres and vocabulary from the given training questions, then the logistic regression on the centred
    embeddings next to the weighted word features. ``questions`` carry the text the model reads (names masked) and
    ``vectors`` are its embeddings. ``start``: a model (same labels) whose coefficients the fit starts from."""
    langs, centres = language_centres(vectors, languages)
    texts = [q.text for q in questions]
    shell = LinearModel((), np.zeros((0, 1)), np.zeros(0), "", 0.5, CUE_THRESHOLD, "", c, langs, centres,
                        vocabulary(texts), None, LEXICAL_WEIGHT)
    dense = shell.centre(vectors, languages)
    categories = [q.category for q in questions]
    if start is not None and start.labels != tuple(sorted(set(categories))):
        raise ValueError("the start model's labels differ from the training questions' categories")
    labels, coef, intercept = fit_consistent(dense, shell.lexical(texts), categories, c,
                                             [q.pair for q in questions], CONSISTENCY,
                                             start=None if start is None else _start_from(start, shell.vocabulary))
    dim = dense.shape[1]
    return LinearModel(labels, np.ascontiguousarray(coef[:, :dim]), intercept, embedder, threshold, cue_threshold,
                       train_sha256, c, languages=langs, centres=centres, vocabulary=shell.vocabulary,
                       lexical_coef=np.ascontiguousarray(coef[:, dim:]), lexical_weight=LEXICAL_WEIGHT, masking=masking,
                       final_weight=FINAL_WEIGHT)


def _out_of_fold(vectors: np.ndarray, questions: list[Question], languages: list[str], folds: np.ndarray,
                 c: float, embed: Callable[[list[str]], np.ndarray], start: LinearModel | None = None) -> tuple:
    """Out-of-fold class probabilities (labels of the first fold's model order every column). ``embed`` embeds the
    final questions (:meth:`LinearModel.predict`); each fold's fit starts from ``start`` (the fit on all the data)."""
    labels_all: tuple[str, ...] | None = None
    probs = np.zeros((len(questions), 0))
    for fold in range(FOLDS):
        train_idx = np.flatnonzero(folds != fold)
        test_idx = np.flatnonzero(folds == fold)
        model = fit(vectors[train_idx], [questions[i] for i in train_idx], [languages[i] for i in train_idx], c,
                    start=start)
        labels = model.labels
        if labels_all is None:
            labels_all = labels
            probs = np.zeros((len(questions), len(labels)))
        if labels != labels_all:
            raise ValueError("a fold lacks a category: every fold must hold every category")
        probs[test_idx] = model.predict(embed, [questions[i].text for i in test_idx],
                                        [languages[i] for i in test_idx], vectors[test_idx])
    assert labels_all is not None
    return labels_all, probs


def _read(train_path: Path) -> tuple[list[Question], list[str], list[Question]]:
    """The training questions as written, their languages, and the text the model reads of each: what it asks
    (disclaimers.py) with the party names masked (names.py)."""
    written = load_questions(train_path)
    languages = [detect_language(q.text) for q in written]
    read = [replace(q, text=mask_party_names(what_is_asked(q.text), lang)) for q, lang in zip(written, languages,
                                                                                              strict=True)]
    return written, languages, read


def inputs_sha256(read: list[Question], languages: list[str]) -> str:
    """A hash of what the model reads of each training question: its language and its model text, in file order."""
    digest = hashlib.sha256()
    for q, language in zip(read, languages, strict=True):
        digest.update(f"{language}\t{q.text}\n".encode())
    return digest.hexdigest()


def witness_rows(questions: list[Question]) -> list[int]:
    """The rows of the witness sample: whole paraphrase groups (every translation of a question), chosen by a hash of
    the group's name so that the sample does not depend on the file's order (about 1/16 of the questions)."""
    return [i for i, q in enumerate(questions) if hashlib.sha256(q.group.encode()).hexdigest().startswith(WITNESS_SHARE)]


def fit_witness(model: LinearModel, train_path: Path = TRAIN_PATH) -> LinearModel:
    """The fit of ``model``'s C on the witness sample of the training file, labelled with ``model``'s embedder,
    thresholds and hashes (ADR 0023). `communs guard train` saves it next to the model; the retraining test refits it
    and compares, which checks the encoders and the fit in a minute instead of refitting the whole file for ten."""
    from communs.core.search.embeddings import get_embedder

    _, languages, read = _read(train_path)
    rows = witness_rows(read)
    vectors = get_embedder(model.embedder).embed([read[i].text for i in rows])
    witness = fit(vectors, [read[i] for i in rows], [languages[i] for i in rows], model.c)
    return replace(witness, embedder=model.embedder, threshold=model.threshold, cue_threshold=model.cue_threshold,
                   train_sha256=model.train_sha256, inputs_sha256=model.inputs_sha256)


def train(train_path: Path = TRAIN_PATH, embedder_name: str = EMBEDDER,
          c_grid: tuple[float, ...] = C_GRID, threshold: float | None = None,
          cache: Path | None = None) -> tuple[LinearModel, dict]:
    """Fit and return the model plus a report of the cross-validated search (does not save).

    ``c_grid`` restricted to the shipped model's C gives its threshold at a fifth of the cost (the threshold search
    for one C does not depend on the other Cs). With ``threshold`` too, there is no search: only the fit on all the
    data, which is the shipped model when C and threshold are the shipped ones (a fifth of the fits and no final
    questions to embed). The bench re-runs the search at the shipped C and refits the whole file (``bench
    neutrality``, cross-validation); the retraining test refits the witness sample (:func:`fit_witness`, ADR 0023).
    ``cache``: a file keeping the questions' embeddings between refits (``vector_cache.py``)."""
    from communs.core.search.embeddings import get_embedder

    if threshold is not None:
        if len(c_grid) != 1:
            raise ValueError("a fixed threshold needs exactly one C")
        return _fit_all(train_path, embedder_name, c_grid[0], threshold, cache)

    written, languages, questions = _read(train_path)
    facts = [text_facts(q.text) for q in written]  # the rules read the question as written
    store = EmbeddingCache(get_embedder(embedder_name), cache)
    vectors = store.embed([q.text for q in questions])
    finals = sorted({f for q in questions if (f := final_question(q.text)) is not None})
    final_vectors = dict(zip(finals, store.embed(finals), strict=True)) if finals else {}

    def embed(texts: list[str]) -> np.ndarray:  # the final questions, embedded once above
        return np.stack([final_vectors[t] for t in texts])

    folds = np.array(group_folds(questions, FOLDS, salt="folds-v1"))
    sha = file_sha256(train_path)
    best: tuple[float, float, float] | None = None
    search = []
    full: dict[float, LinearModel] = {}
    for c in c_grid:
        # the fit on all the data (from zero) is the shipped model when this C wins, and the folds start from it
        full[c] = fit(vectors, questions, languages, c)
        labels, probs = _out_of_fold(vectors, questions, languages, folds, c, embed, start=full[c])
        for t in THRESHOLDS:
            model = LinearModel(labels, np.zeros((len(labels), 1)), np.zeros(len(labels)), embedder_name, t,
                                max(t, CUE_THRESHOLD), sha, c)
            cost = _cost(model, questions, facts, probs)
            search.append({"c": c, "threshold": t, "cost": cost})
            if best is None or cost < best[0]:
                best = (cost, c, t)
    assert best is not None
    cost, c, threshold = best
    model = replace(full[c], embedder=embedder_name, threshold=threshold, cue_threshold=max(threshold, CUE_THRESHOLD),
                    train_sha256=sha, inputs_sha256=inputs_sha256(questions, languages))
    report = {"train_questions": len(questions), "folds": FOLDS, "out_of_fold": len(questions), "c": c,
              "threshold": float(threshold), "cv_cost": cost, "search": search}
    return model, report


def _fit_all(train_path: Path, embedder_name: str, c: float, threshold: float,
             cache: Path | None = None) -> tuple[LinearModel, dict]:
    """The fit on all of the training data with a given C and threshold (no fold search)."""
    from communs.core.search.embeddings import get_embedder

    _, languages, questions = _read(train_path)
    vectors = EmbeddingCache(get_embedder(embedder_name), cache).embed([q.text for q in questions])
    sha = file_sha256(train_path)
    model = replace(fit(vectors, questions, languages, c), embedder=embedder_name, threshold=threshold,
                    cue_threshold=max(threshold, CUE_THRESHOLD), train_sha256=sha,
                    inputs_sha256=inputs_sha256(questions, languages))
    report: dict = {"train_questions": len(questions), "folds": 0, "out_of_fold": 0, "c": c, "threshold": float(threshold),
              "cv_cost": None, "search": []}
    return model, report


def train_and_save(path: Path = MODEL_PATH, train_path: Path = TRAIN_PATH,
                   witness_path: Path = WITNESS_PATH, cache: Path | None = None) -> dict:
    """Train, then save the model and its witness (the fit on the witness sample, ADR 0023); ``cache`` keeps the
    training questions' embeddings between refits (the witness is always embedded fresh)."""
    from communs.core.search.embeddings import clear_caches

    model, report = train(train_path, cache=cache)
    model.save(path)
    clear_caches()  # the witness is embedded in one fresh batch, as the retraining test refits it
    fit_witness(model, train_path).save(witness_path)
    return report
