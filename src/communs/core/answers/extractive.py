"""The extractive composer (the default, no LLM): answers made only of sentences of retrieved passages, each cited.

Scope by question kind:
- a question about one party: only that party's programme passages (the filter is applied by search *and* checked
  again here, so a misbehaving retriever can never make another party's text appear under this party);
- procedure, dates and electoral-system questions: only official sources;
- comparisons (and programme questions naming no or several parties): every party of the election (or the parties
  named), each with the same structure and the same sentence budget, "nothing found" when its programme has nothing
  relevant, in a seeded random order disclosed in one line (see ``order.py``).
When nothing passes the relevance threshold the composer abstains and points to official information.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from communs.core.answers.analyse import QuestionAnalysis
from communs.core.answers.order import party_order
from communs.core.answers.selection import Candidate, Thresholds, candidates, select
from communs.core.answers.texts import text as t
from communs.core.answers.tokens import analysed
from communs.core.answers.types import Citation, PartyRef, RetrievedPassage, Section, SentenceRef
from communs.core.answers.verify import Verdict
from communs.core.search.embeddings import Embedder

RetrieveFn = Callable[..., list[RetrievedPassage]]


@dataclass(frozen=True)
class ComposeOptions:
    k: int = 8  # passages retrieved for a one-party or official answer
    k_per_party: int = 3  # passages retrieved per party in a comparison
    max_sentences: int = 4
    max_chars: int = 900
    per_party_sentences: int = 2  # the same budget for every party of a comparison
    per_party_chars: int = 450
    thresholds: Thresholds = field(default_factory=Thresholds)
    programme_kind: str = "programme"
    official_kind: str = "official"
    official_pointer: str | None = None  # e.g. the URL or name of the electoral authority
    # Words naming the election itself (its place and body: "Valmont", "Metropolitan Council"): every passage of the
    # election is about them, so they make no passage more relevant than another ("I live in Valmont, can I vote?").
    context_words: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Composition:
    """What the extractive composer produced, with everything the bundle and the LLM composer need."""

    text: str
    citations: list[Citation]
    sections: list[Section]
    structure: str  # "party" | "official" | "comparison" | "abstain"
    composer: str  # "extractive" | "abstain"
    parties_order: list[str] | None = None
    disclosure: str | None = None
    seed: int | None = None
    retrieved: list[RetrievedPassage] = field(default_factory=list)
    scope_party: PartyRef | None = None
    relevant: list[RetrievedPassage] = field(
        default_factory=list
    )  # passages that passed the relevance threshold


class CitationBook:
    """Numbers citations in order of first use; the same span cited twice keeps its number."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self._index: dict[tuple[str, int, int], int] = {}

    def cite(self, passage: RetrievedPassage, start: int, end: int) -> int:
        """Cite ``passage.text[start:end]`` (offsets relative to the passage)."""
        key = (passage.passage_id, start, end)
        if key not in self._index:
            n = len(self.citations) + 1
            self._index[key] = n
            self.citations.append(
                Citation(
                    n=n,
                    passage_id=passage.passage_id,
                    source_id=passage.source_id,
                    party=passage.party_name,
                    page=passage.page,
                    quote=passage.text[start:end],
                    start=passage.start + start,
                    end=passage.start + end,
                    source_title=passage.source_title,
                )
            )
        return self._index[key]


def _sentences(chosen: Sequence[Candidate], book: CitationBook) -> tuple[SentenceRef, ...]:
    return tuple(SentenceRef(c.text, (book.cite(c.passage, c.start, c.end),)) for c in chosen)


def render(sentences: Sequence[SentenceRef]) -> str:
    """Sentences followed by their citation markers: "Text. [1][2] Next. [3]"."""
    return " ".join(f"{s.text} " + "".join(f"[{n}]" for n in s.citations) for s in sentences)


def verified_sentences(
    kept: Sequence[Verdict], passages: Sequence[RetrievedPassage]
) -> tuple[CitationBook, list[SentenceRef]]:
    """The sentences an LLM answer kept after verification, each citing the best supporting sentence of every
    passage it cited (``Verdict.support``: passage number from 1, start and end within that passage)."""
    book = CitationBook()
    sentences = []
    for verdict in kept:
        numbers = tuple(book.cite(passages[n - 1], s, e) for n, s, e in verdict.support)
        sentences.append(SentenceRef(verdict.sentence, tuple(dict.fromkeys(numbers))))
    return book, sentences


def _relevant(cands: Sequence[Candidate]) -> list[RetrievedPassage]:
    seen: dict[str, RetrievedPassage] = {}
    for c in sorted(cands, key=lambda c: c.rank):
        seen.setdefault(c.passage.passage_id, c.passage)
    return list(seen.values())


def _question_vector(embedder: Embedder | None, question: str) -> np.ndarray | None:
    return None if embedder is None else embedder.embed([question])[0]


def abstention(language: str, options: ComposeOptions, note: str | None = None) -> str:
    pointer = (
        t(language, "official_pointer_named", where=options.official_pointer)
        if options.official_pointer
        else t(language, "official_pointer")
    )
    return " ".join(x for x in (note or t(language, "abstain"), pointer) if x)


def compose_extractive(
    question: str,
    analysis: QuestionAnalysis,
    parties: Sequence[PartyRef],
    retrieve: RetrieveFn,
    *,
    election_id: str,
    options: ComposeOptions | None = None,
    embedder: Embedder | None = None,
) -> Composition:
    options = options or ComposeOptions()
    lang = analysis.language
    if analysis.kind == "out_of_scope":
        return Composition(abstention(lang, options), [], [], "abstain", "abstain")
    query = analysis.query or question
    q_stems = set(analysed(query, lang))
    context = {stem for word in options.context_words for stem in analysed(word, lang)}
    if q_stems - context:
        q_stems -= context
    q_vec = _question_vector(embedder, query)
    if analysis.kind in {"procedure", "dates", "electoral_system"}:
        return _compose_official(query, q_stems, q_vec, retrieve, lang, options, embedder)
    if len(analysis.parties) == 1 and analysis.kind == "programme":
        return _compose_party(query, q_stems, q_vec, analysis.parties[0], retrieve, lang, options, embedder)
    scope = list(analysis.parties) if len(analysis.parties) >= 2 else list(parties)
    comparison = _compose_comparison(
        question, query, q_stems, q_vec, scope, retrieve, lang, options, embedder, election_id
    )
    if analysis.kind == "programme" and not analysis.parties and not comparison.citations:
        # a question naming no party and asking no comparison, that no programme answers: the official sources may
        # (a procedure the cue lists miss); otherwise abstain rather than list "nothing found" for every party
        official = _compose_official(query, q_stems, q_vec, retrieve, lang, options, embedder)
        official.retrieved = comparison.retrieved + official.retrieved
        return official
    return comparison


def _compose_official(
    query: str,
    q_stems: set[str],
    q_vec: np.ndarray | None,
    retrieve: RetrieveFn,
    lang: str,
    options: ComposeOptions,
    embedder: Embedder | None,
) -> Composition:
    hits = [
        p
        for p in retrieve(query, kind=options.official_kind, k=options.k)
        if p.kind == options.official_kind and p.party_id is None
    ]
    cands = candidates(
        q_stems, hits, language=lang, thresholds=options.thresholds, question_vector=q_vec, embedder=embedder
    )
    if not cands:
        return Composition(abstention(lang, options), [], [], "abstain", "abstain", retrieved=hits)
    book = CitationBook()
    sentences = _sentences(
        select(cands, max_sentences=options.max_sentences, max_chars=options.max_chars), book
    )
    heading = t(lang, "official_heading")
    section = Section(heading, None, sentences)
    return Composition(
        f"{heading}\n{render(sentences)}",
        book.citations,
        [section],
        "official",
        "extractive",
        retrieved=hits,
        relevant=_relevant(cands),
    )


def _party_hits(
    query: str, party: PartyRef, retrieve: RetrieveFn, kind: str, k: int
) -> list[RetrievedPassage]:
    hits = retrieve(query, party=party.id, kind=kind, k=k)
    return [p for p in hits if p.party_id == party.id and p.kind == kind]


def _compose_party(
    query: str,
    q_stems: set[str],
    q_vec: np.ndarray | None,
    party: PartyRef,
    retrieve: RetrieveFn,
    lang: str,
    options: ComposeOptions,
    embedder: Embedder | None,
) -> Composition:
    hits = _party_hits(query, party, retrieve, options.programme_kind, options.k)
    cands = candidates(
        q_stems, hits, language=lang, thresholds=options.thresholds, question_vector=q_vec, embedder=embedder
    )
    if not cands:
        note = t(lang, "party_says_nothing", party=party.label)
        section = Section(party.label, party.id, (), found=False, note=note)
        return Composition(note, [], [section], "abstain", "abstain", retrieved=hits, scope_party=party)
    book = CitationBook()
    sentences = _sentences(
        select(cands, max_sentences=options.max_sentences, max_chars=options.max_chars), book
    )
    heading = t(lang, "party_heading", party=party.label)
    section = Section(party.label, party.id, sentences)
    return Composition(
        f"{heading}\n{render(sentences)}",
        book.citations,
        [section],
        "party",
        "extractive",
        retrieved=hits,
        scope_party=party,
        relevant=_relevant(cands),
    )


def _shared_sentences(per_party: dict[str, list[Candidate]]) -> set[str]:
    """Sentences found word for word in the passages of several parties (a questionnaire's thesis, a common
    template): they say nothing about one party's position, so a comparison prefers each party's own sentences."""
    seen: dict[str, set[str]] = {}
    for pid, cands in per_party.items():
        for c in cands:
            seen.setdefault(" ".join(c.text.split()), set()).add(pid)
    return {text for text, pids in seen.items() if len(pids) > 1}


def _compose_comparison(
    question: str,
    query: str,
    q_stems: set[str],
    q_vec: np.ndarray | None,
    scope: Sequence[PartyRef],
    retrieve: RetrieveFn,
    lang: str,
    options: ComposeOptions,
    embedder: Embedder | None,
    election_id: str,
) -> Composition:
    by_id = {p.id: p for p in scope}
    order, seed = party_order(list(by_id), question, election_id)
    book = CitationBook()
    sections: list[Section] = []
    retrieved: list[RetrievedPassage] = []
    lines = [t(lang, "comparison_heading"), t(lang, "disclosure")]
    per_party: dict[str, list[Candidate]] = {}
    for pid in order:
        hits = _party_hits(query, by_id[pid], retrieve, options.programme_kind, options.k_per_party)
        retrieved.extend(hits)
        per_party[pid] = candidates(
            q_stems,
            hits,
            language=lang,
            thresholds=options.thresholds,
            question_vector=q_vec,
            embedder=embedder,
        )
    shared = _shared_sentences(per_party)
    for pid in order:
        party = by_id[pid]
        cands = per_party[pid]
        label = t(lang, "section", party=party.label)
        if not cands:
            note = t(lang, "says_nothing")
            sections.append(Section(party.label, pid, (), found=False, note=note))
            lines.append(f"{label} {note}")
            continue
        own = [c for c in cands if " ".join(c.text.split()) not in shared] or cands
        chosen = select(own, max_sentences=options.per_party_sentences, max_chars=options.per_party_chars)
        sentences = _sentences(chosen, book)
        sections.append(Section(party.label, pid, sentences))
        lines.append(f"{label} {render(sentences)}")
    composer = "extractive" if book.citations else "abstain"
    return Composition(
        "\n".join(lines),
        book.citations,
        sections,
        "comparison",
        composer,
        parties_order=order,
        disclosure=t(lang, "disclosure"),
        seed=seed,
        retrieved=retrieved,
    )
