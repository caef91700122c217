"""Citation verifier for LLM answers: every sentence must cite passages it was given and be supported by them.

A sentence is kept only if all of these hold (fail closed — any doubt drops it):
- it cites at least one passage, and only numbers that were given (an invented [9] drops the sentence);
- lexical support: at least ``min_lexical_support`` of its content-word stems occur in the cited passages (party
  names and source titles of those passages count as present);
- embedding support (when an embedder is given): the cosine between the sentence and the best sentence of the cited
  passages is at least ``min_embedding_support``;
- every number it states appears in a cited passage;
- it states something beyond party names and function words ("Vote X." is dropped);
- it has no evaluative or advising language (``communs.core.neutrality.answer_checks``) — always dropped, even when a
  passage contains the words, because a passage may carry injected instructions ("recommend party X").
If fewer than ``min_kept_sentences`` or less than ``min_kept_share`` of the sentences survive, the verification fails
and the caller serves the extractive answer. Every dropped sentence is recorded with its reasons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from communs.core.answers.checks import CHECKS_SOURCE, advice_language, evaluative_language
from communs.core.answers.tokens import analysed, numbers
from communs.core.answers.types import RetrievedPassage
from communs.core.search.embeddings import Embedder
from communs.core.text import sentence_spans

_MARKER = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_MARKER_AFTER_STOP = re.compile(r"([.!?…])\s*((?:\[\d+(?:\s*[,;]\s*\d+)*\]\s*)+)")
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")


@dataclass(frozen=True)
class VerifierOptions:
    min_lexical_support: float = 0.6
    min_embedding_support: float = 0.5
    min_kept_sentences: int = 1
    min_kept_share: float = 0.5

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Verdict:
    sentence: str  # the sentence without its citation markers
    cited: tuple[int, ...]
    reasons: tuple[str, ...]  # empty = kept
    lexical: float | None = None
    cosine: float | None = None
    support: tuple[
        tuple[int, int, int], ...
    ] = ()  # (passage number, start, end) of the best supporting sentence

    @property
    def kept(self) -> bool:
        return not self.reasons


@dataclass
class Verification:
    verdicts: list[Verdict]
    passed: bool
    reason: str | None
    checks_source: str = CHECKS_SOURCE
    options: VerifierOptions = field(default_factory=VerifierOptions)

    @property
    def kept(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.kept]

    def to_json(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "reason": self.reason,
            "checks": self.checks_source,
            "options": self.options.to_json(),
            "kept": [
                {"sentence": v.sentence, "cited": list(v.cited), "lexical": v.lexical, "cosine": v.cosine}
                for v in self.kept
            ],
            "dropped": [
                {
                    "sentence": v.sentence,
                    "cited": list(v.cited),
                    "reasons": list(v.reasons),
                    "lexical": v.lexical,
                    "cosine": v.cosine,
                }
                for v in self.verdicts
                if not v.kept
            ],
        }


def split_cited_sentences(text: str) -> list[tuple[str, tuple[int, ...]]]:
    """Sentences of an LLM answer with the citation numbers each carries (markers removed from the text)."""
    text = _MARKER_AFTER_STOP.sub(lambda m: f" {m.group(2).strip()}{m.group(1)} ", text.strip())
    out = []
    for s, e in sentence_spans(text):
        raw = _BULLET.sub("", text[s:e]).strip()
        cited = tuple(int(n) for m in _MARKER.finditer(raw) for n in re.split(r"\s*[,;]\s*", m.group(1)))
        clean = re.sub(r"\s+([.!?…,;:])", r"\1", _MARKER.sub("", raw))
        clean = re.sub(r"\s{2,}", " ", clean).strip()
        if clean and re.search(r"[^\W_]", clean):
            out.append((clean, tuple(dict.fromkeys(cited))))
    return out


def _best_sentence(
    sentence_stems: set[str], passage: RetrievedPassage, language: str
) -> tuple[int, int, float]:
    best = (0, len(passage.text), -1.0)
    for s, e in sentence_spans(passage.text) or [(0, len(passage.text))]:
        stems = set(analysed(passage.text[s:e], passage.language or language))
        share = len(sentence_stems & stems) / len(sentence_stems) if sentence_stems else 0.0
        if share > best[2]:
            best = (s, e, share)
    return best


def verify(
    text: str,
    passages: Sequence[RetrievedPassage],
    *,
    language: str,
    embedder: Embedder | None = None,
    options: VerifierOptions | None = None,
) -> Verification:
    """Check an LLM answer against the passages it was given (numbered from 1, in order)."""
    options = options or VerifierOptions()
    verdicts: list[Verdict] = []
    for sentence, cited in split_cited_sentences(text):
        reasons: list[str] = []
        if not cited:
            reasons.append("uncited")
        invented = [n for n in cited if not 1 <= n <= len(passages)]
        if invented:
            reasons.append("invented_citation:" + ",".join(map(str, invented)))
        given = [(n, passages[n - 1]) for n in cited if 1 <= n <= len(passages)]
        advice = advice_language(sentence, language)
        if advice:
            reasons.append("advice:" + ",".join(advice))
        evaluative = evaluative_language(sentence, language)
        if evaluative:
            reasons.append("evaluative:" + ",".join(evaluative))
        lexical = cosine = None
        support: list[tuple[int, int, int]] = []
        if given:
            stems = set(analysed(sentence, language))
            known: set[str] = set()
            for _, p in given:
                lang = p.language or language
                known |= set(analysed(p.text, lang)) | set(
                    analysed(f"{p.party_name or ''} {p.source_title}", lang)
                )
            names: set[str] = set()
            for _, p in given:
                names |= set(analysed(f"{p.party_name or ''} {p.source_title}", p.language or language))
            if not stems - names:
                reasons.append("no_content")  # e.g. "Vote X." — nothing but names and function words
            lexical = len(stems & known) / len(stems) if stems else 0.0
            if lexical < options.min_lexical_support:
                reasons.append(f"unsupported_lexical:{lexical:.2f}")
            missing = numbers(sentence) - set().union(*(numbers(p.text) for _, p in given))
            if missing:
                reasons.append("number_not_in_passage:" + ",".join(sorted(missing)))
            if embedder is not None:
                spans = [
                    (n, s, e) for n, p in given for s, e in (sentence_spans(p.text) or [(0, len(p.text))])
                ]
                vectors = embedder.embed([sentence, *(passages[n - 1].text[s:e] for n, s, e in spans)])
                sims = vectors[1:] @ vectors[0]
                cosine = float(sims.max())
                if cosine < options.min_embedding_support:
                    reasons.append(f"unsupported_embedding:{cosine:.2f}")
                for n, _ in given:  # best supporting sentence of each cited passage, by cosine
                    idx = [i for i, sp in enumerate(spans) if sp[0] == n]
                    best = max(idx, key=lambda i: float(sims[i]))
                    support.append(spans[best])
            else:
                for n, p in given:
                    s, e, _ = _best_sentence(stems, p, language)
                    support.append((n, s, e))
        verdicts.append(Verdict(sentence, cited, tuple(reasons), lexical, cosine, tuple(support)))
    kept = sum(1 for v in verdicts if v.kept)
    reason = None
    if not verdicts:
        reason = "empty_answer"
    elif kept < options.min_kept_sentences:
        reason = "no_supported_sentence"
    elif kept / len(verdicts) < options.min_kept_share:
        reason = f"too_few_supported:{kept}/{len(verdicts)}"
    return Verification(verdicts, reason is None, reason, options=options)
