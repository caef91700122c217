"""The embedding model: a multinomial logistic regression over sentence embeddings, run as a numpy dot product.

Language-invariance: before the linear layer every vector is centred on the mean training vector of its question's
language and re-normalised (``centre``). The multilingual encoder places each language's questions around its own
centroid; the offset between centroids carries the language, not the intent, and a linear model fitted on
uncentred vectors can learn a per-language bias (the same question refused in German and answered in French).
Removing each language's mean is the standard "mean-centring" alignment of multilingual sentence embeddings
(Libovický, Rosa & Fraser, "On the Language Neutrality of Pre-trained Multilingual Representations", Findings of
EMNLP 2020: centring each language's vectors on its own mean removes most language identity).

Lexical features: next to the embedding, the model reads the question's words — binary word unigrams and bigrams of
the accent- and case-folded text (``word_features``), over the vocabulary seen at least twice in the training data,
L2-normalised and scaled by ``lexical_weight``. The encoder's vector is dominated by the question's topic (climate,
pensions, a party name), while the decision hinges on a few function words ("should I", "best", "what does X
propose"); the words give the linear model direct access to them. Training questions exist in all three languages,
so each language's words are learnt for the same intents.

Party names: the model reads the question with party names replaced by a neutral phrase (``names``), so its
decision does not depend on which party a question names.

A message that tells the voter's situation before its question is read twice: whole, and its final question alone
(``final_question.py``); the two distributions are averaged with ``final_weight`` (``predict``, ADR 0015).

Training fits a class-weighted multinomial logistic regression with a penalty on the logit differences between the
translations of a question (``consistency.py``, ADR 0016); the fitted
coefficients are shipped as ``data/model.npz`` together with the label list, the embedder's name, the decision
thresholds chosen on a validation split of the TRAIN data, a hash of the training file and one of what the model
read of it. Classifying needs numpy only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from communs.core.neutrality.disclaimers import what_is_asked
from communs.core.neutrality.final_question import final_question
from communs.core.neutrality.names import MASKING, mask_party_names
from communs.core.neutrality.policy import REFUSE_CATEGORIES
from communs.core.text import fold

DATA_DIR = Path(__file__).resolve().parent / "data"
MODEL_PATH = DATA_DIR / "model.npz"
TRAIN_PATH = DATA_DIR / "train.jsonl.gz"
# the fit on a fixed sample of the training file, written with the model by `communs guard train`: the retraining test
# refits it in a minute to check the encoders and the fit (ADR 0023)
WITNESS_PATH = DATA_DIR / "witness.npz"


_WORD = re.compile(r"\w+")


def word_features(text: str) -> list[str]:
    """Word unigrams and bigrams of the folded text (lower case, no accents), in order, without duplicates."""
    words = _WORD.findall(fold(text).replace("’", "'"))
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return list(dict.fromkeys(grams))


@dataclass(frozen=True)
class LinearModel:
    """Softmax(x @ coef.T + intercept) over ``labels``; ``threshold`` is the refusal-mass cut-off."""

    labels: tuple[str, ...]
    coef: np.ndarray  # (n_labels, dim) float32
    intercept: np.ndarray  # (n_labels,) float32
    embedder: str
    threshold: float
    cue_threshold: float
    train_sha256: str
    c: float
    languages: tuple[str, ...] = ()
    centres: np.ndarray | None = None  # (len(languages), dim) float32: mean training vector per language
    vocabulary: tuple[str, ...] = ()
    lexical_coef: np.ndarray | None = None  # (n_labels, len(vocabulary)) float32
    lexical_weight: float = 0.0
    masking: str = ""  # names.MASKING when the model was trained on questions with party names masked
    final_weight: float = 0.0  # weight of the final question's own reading (final_question.py, ADR 0015)
    # a hash of what the model read of each training question (its language and model text), so that a change to
    # what_is_asked, the masking or language detection without retraining is caught without embedding (ADR 0023)
    inputs_sha256: str = ""

    def model_text(self, text: str, language: str, names: Sequence[str] = ()) -> str:
        """What the model reads of a question: what it asks once the voter's disclaimers are set aside
        (``disclaimers.py``), with party names masked when it was trained so (``names``: the election's own party
        names, next to the known ones)."""
        asked = what_is_asked(text)
        return mask_party_names(asked, language, names) if self.masking == MASKING else asked

    def lexical(self, texts: Sequence[str]):  # -> scipy.sparse.csr_matrix
        """The lexical feature matrix (n, len(vocabulary)) as a sparse CSR matrix: binary, L2-normalised, times
        ``lexical_weight``. Sparse because the training set's matrix would take over a gigabyte dense."""
        from scipy import sparse

        index = self._index()
        indptr = [0]
        indices: list[int] = []
        data: list[float] = []
        for text in texts:
            cols = sorted({index[g] for g in word_features(text) if g in index})
            if cols:  # a text with no known word has an empty row (no division by zero)
                indices += cols
                data += [self.lexical_weight / np.sqrt(len(cols))] * len(cols)
            indptr.append(len(indices))
        return sparse.csr_matrix((np.array(data, dtype=np.float32), indices, indptr),
                                 shape=(len(texts), len(self.vocabulary)))

    def _index(self) -> dict[str, int]:
        cached = self.__dict__.get("_vocab_index")
        if cached is None:
            cached = {g: i for i, g in enumerate(self.vocabulary)}
            object.__setattr__(self, "_vocab_index", cached)
        return cached

    def centre(self, vectors: np.ndarray, languages: Sequence[str] | None) -> np.ndarray:
        """Vectors centred on their language's training mean and re-normalised (unchanged without centres)."""
        x = np.asarray(vectors, dtype=np.float32)
        if self.centres is None or not self.languages:
            return x
        centred = x - self.offsets(languages, len(x))
        norms = np.linalg.norm(centred, axis=1, keepdims=True)
        return centred / np.maximum(norms, 1e-6)

    def offsets(self, languages: Sequence[str] | None, n: int) -> np.ndarray:
        """The language centre of each of ``n`` vectors, shape (n, dim); a language the model does not know gets the
        average centre."""
        if self.centres is None or not self.languages:
            raise ValueError("this model has no language centres")
        if languages is None or len(languages) != n:
            raise ValueError("this model centres vectors per language: pass one language per vector")
        index = {lang: i for i, lang in enumerate(self.languages)}
        mean = self.centres.mean(axis=0)
        return np.stack([self.centres[index[lang]] if lang in index else mean for lang in languages])

    @property
    def first_part(self) -> tuple[float, float] | None:
        """For a model read on several encoders side by side (``"a+1.5*b"``) and centred per language: the first
        encoder's share of the unit vector (its weight over the norm of all weights) and the squared share of the others;
        None otherwise. :meth:`estimate_proba` reads the first encoder alone."""
        if self.centres is None or not self.languages or "+" not in self.embedder:
            return None
        from communs.core.search.embeddings import parse_parts

        weights = [w for _, w in parse_parts(self.embedder)]
        first = weights[0] / float(np.sqrt(sum(w * w for w in weights)))
        return first, 1.0 - first * first

    def estimate_proba(self, first: np.ndarray, languages: Sequence[str], texts: Sequence[str]) -> np.ndarray:
        """Class probabilities estimated from the first encoder's vectors (unit rows) and the words alone, the other
        encoders' part taken at its language's training mean: its centred part is then 0, and its expected squared
        norm, the others' squared share less the squared norm of their part of the centre, stands in for it in the
        re-normalisation. Used to skip the slower encoders when the estimate is far from a decision (``overrule.py``)."""
        shares = self.first_part
        if shares is None:
            raise ValueError("this model does not read several encoders side by side, centred per language")
        x = np.asarray(first, dtype=np.float32)
        d0 = x.shape[1]
        off = self.offsets(languages, len(x))
        known = x * np.float32(shares[0]) - off[:, :d0]
        norm2 = (known * known).sum(axis=1) + shares[1] - (off[:, d0:] * off[:, d0:]).sum(axis=1)
        logits = (known @ self.coef[:, :d0].T) / np.sqrt(np.maximum(norm2, 1e-12))[:, None] + self.intercept
        return self._finish(logits, texts)

    @property
    def refuse_mask(self) -> np.ndarray:
        return np.array([label in REFUSE_CATEGORIES for label in self.labels])

    def describe(self) -> str:
        """One line for reports: C and thresholds."""
        return f"model C={self.c}, refusal threshold {self.threshold:.2f} (cue {self.cue_threshold:.2f})"

    def predict_proba(self, vectors: np.ndarray, languages: Sequence[str] | None = None,
                      texts: Sequence[str] | None = None) -> np.ndarray:
        """Class probabilities, shape (n, n_labels). ``languages`` (one per vector) is needed when the model centres,
        ``texts`` when it reads words."""
        return self._finish(self.centre(vectors, languages) @ self.coef.T + self.intercept, texts)

    def _finish(self, logits: np.ndarray, texts: Sequence[str] | None) -> np.ndarray:
        """The words' part added to the embeddings' logits, then the softmax."""
        if self.lexical_coef is not None and self.vocabulary:
            if texts is None or len(texts) != len(logits):
                raise ValueError("this model reads the questions' words: pass one text per vector")
            index = self._index()
            for row, text in enumerate(texts):
                cols = [index[g] for g in word_features(text) if g in index]
                if cols:
                    logits[row] += self.lexical_coef[:, cols].sum(axis=1) * (self.lexical_weight / np.sqrt(len(cols)))
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict(self, embed: Callable[[list[str]], np.ndarray], texts: Sequence[str], languages: Sequence[str],
                vectors: np.ndarray | None = None, *,
                proba: Callable[[np.ndarray, Sequence[str], Sequence[str]], np.ndarray] | None = None) -> np.ndarray:
        """Class probabilities of model texts (:meth:`model_text`): the whole message, averaged with ``final_weight``
        with its final question read alone when it has one (``final_question.py``). ``embed`` embeds a list of texts;
        ``vectors`` are the texts' embeddings when they are already known; ``proba`` maps (vectors, languages, texts)
        to probabilities (:meth:`predict_proba`; :meth:`estimate_proba` with the first encoder's ``embed``)."""
        proba = proba or self.predict_proba
        texts = list(texts)
        vectors = embed(texts) if vectors is None else vectors
        probs = proba(vectors, languages, texts)
        if self.final_weight:
            rows = [(i, final) for i, text in enumerate(texts) if (final := final_question(text)) is not None]
            if rows:
                index = [i for i, _ in rows]
                finals = [final for _, final in rows]
                alone = proba(embed(finals), [languages[i] for i in index], finals)
                probs[index] = (1.0 - self.final_weight) * probs[index] + self.final_weight * alone
        return probs

    def save(self, path: Path = MODEL_PATH) -> None:
        np.savez_compressed(
            path, labels=np.array(self.labels), coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32), embedder=np.array(self.embedder),
            threshold=np.array(self.threshold), cue_threshold=np.array(self.cue_threshold),
            train_sha256=np.array(self.train_sha256), c=np.array(self.c), languages=np.array(self.languages),
            centres=(self.centres if self.centres is not None else np.zeros((0, self.coef.shape[1]))).astype(np.float32),
            vocabulary=np.array(self.vocabulary, dtype=str),
            lexical_coef=(self.lexical_coef if self.lexical_coef is not None else np.zeros((len(self.labels), 0))
                          ).astype(np.float32),
            lexical_weight=np.array(self.lexical_weight), masking=np.array(self.masking),
            final_weight=np.array(self.final_weight), inputs_sha256=np.array(self.inputs_sha256),
        )

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> LinearModel:
        if not Path(path).exists():
            raise FileNotFoundError(f"neutrality model {path} is missing: run `communs guard train`")
        with np.load(path, allow_pickle=False) as data:
            return cls(
                labels=tuple(str(x) for x in data["labels"]), coef=data["coef"], intercept=data["intercept"],
                embedder=str(data["embedder"]), threshold=float(data["threshold"]),
                cue_threshold=float(data["cue_threshold"]), train_sha256=str(data["train_sha256"]),
                c=float(data["c"]),
                languages=tuple(str(x) for x in data["languages"]) if "languages" in data else (),
                centres=data["centres"] if "centres" in data and len(data["centres"]) else None,
                vocabulary=tuple(str(x) for x in data["vocabulary"]) if "vocabulary" in data else (),
                lexical_coef=data["lexical_coef"] if "vocabulary" in data and len(data["vocabulary"]) else None,
                lexical_weight=float(data["lexical_weight"]) if "lexical_weight" in data else 0.0,
                masking=str(data["masking"]) if "masking" in data else "",
                final_weight=float(data["final_weight"]) if "final_weight" in data else 0.0,
                inputs_sha256=str(data["inputs_sha256"]) if "inputs_sha256" in data else "",
            )


def language_centres(vectors: np.ndarray, languages: Sequence[str]) -> tuple[tuple[str, ...], np.ndarray]:
    """The mean vector of each language's questions (languages sorted), for :meth:`LinearModel.centre`."""
    x = np.asarray(vectors, dtype=np.float64)
    langs = tuple(sorted(set(languages)))
    lang_arr = np.array(list(languages))
    return langs, np.stack([x[lang_arr == lang].mean(axis=0) for lang in langs]).astype(np.float32)
