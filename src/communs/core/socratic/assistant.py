"""The Socratic step: one or two open questions that help the author make a contribution concrete.

``suggest_questions`` runs the gap analysis, takes the first entries of its agenda ('why', then the family of the
consultation's measure or 'for whom', then the contribution's own measure and gaps; ADR 0009) and asks a template
question for each, worded after the gap's status (variant chosen by a seed derived from the text, so the same text
always gets the same questions). With an ``llm``
(any object with ``complete(messages, temperature=, max_tokens=, seed=) -> obj.text``, e.g. a
``communs.core.llm.ChatBackend``), it asks the model to word the question for this contribution; the model's question
is shown only if it is a single question in the author's language and passes the leading-question detector (with the
contribution, so it may not bring in a side the author did not raise) — otherwise the template is used. What gets
posted is always the author's own text: the questions are only suggestions.
"""

from __future__ import annotations

import hashlib
import logging
import random
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Literal

from communs.core.socratic.detector import check_question
from communs.core.socratic.gaps import SECOND_FAMILY, Gap, agenda, analyse_gaps
from communs.core.socratic.measure import MeasureKind, measure_kind
from communs.core.socratic.rules import rule_hits
from communs.core.socratic.templates import Template, templates
from communs.core.text import detect_language, normalise

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "fr": "French (français)", "de": "German (Deutsch)"}
FAMILY_BRIEFS = {
    "why": "what leads the author to this view, for or against: the situation or experience behind it",
    "for_whom": "who would be concerned or affected: which people or groups",
    "where": "where exactly it would apply: which place, street or area",
    "how": "how it would be put into practice: the concrete means or first step",
    "effect": "what would concretely change if it were done",
    "cost": "what it would cost or need: money, people, space",
    "when": "when it would happen: timeline, times or season",
    "actor": "who would carry it out: which organisation or people",
}
MAX_LLM_QUESTION_CHARS = 220


@dataclass(frozen=True)
class SocraticQuestion:
    """One suggested question. ``template_id``: the template used (for an LLM question, the template it replaced)."""

    text: str
    family: str
    source: Literal["template", "llm"]
    template_id: str


@dataclass(frozen=True)
class SocraticResult:
    """``gaps``: what the contribution leaves missing or vague; ``questions``: what is asked, in order; ``measure``:
    the kind of measure the contribution names (it chooses a third question); ``topic_measure``: the kind of the
    consultation's measure when a ``topic`` was given (it chooses the second question)."""

    language: str
    gaps: list[Gap]
    questions: list[SocraticQuestion] = field(default_factory=list)
    measure: MeasureKind | None = None
    topic_measure: MeasureKind | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def text_seed(text: str) -> int:
    """A stable seed for ``text`` (SHA-256 of the normalised, whitespace-collapsed text)."""
    canonical = " ".join(normalise(text).split())
    return int.from_bytes(hashlib.sha256(canonical.encode("utf-8")).digest()[:8], "big")


def _template_question(gap: Gap, language: str, rng: random.Random) -> tuple[str, Template]:
    family = templates(language)[gap.family]
    if gap.status == "present" and family.get("present"):
        template = family["present"][rng.randrange(len(family["present"]))]
        if template.needs_cue:  # quotes what the author stated ("When you write “pedestrians”, ...")
            text = template.render(gap.evidence[0]) if gap.evidence else ""
            if text and not rule_hits(text, language):
                return text, template
            template = next(t for t in family["present"] if not t.needs_cue)
        return template.render(), template
    if gap.status == "vague" and gap.evidence and family["vague"]:
        template = family["vague"][rng.randrange(len(family["vague"]))]
        text = template.render(gap.evidence[0])
        # the quoted word is the author's own; still refuse a rendering whose form turns leading
        if not rule_hits(text, language):
            return text, template
    template = family["open"][rng.randrange(len(family["open"]))]
    return template.render(), template


def _prompt(contribution: str, gap: Gap, language: str) -> list[dict[str, str]]:
    system = (
        "You help a citizen make their contribution (for or against something) more concrete before it is "
        "posted in a public consultation. "
        f"Ask exactly ONE short open question in {LANGUAGE_NAMES[language]} about {FAMILY_BRIEFS[gap.family]}. "
        "The question must not suggest an answer, must not express or hint at any opinion, must not judge the "
        "proposal, must not raise arguments for or against it, must not be a yes/no question and must not use "
        "words like 'obviously', 'really' or 'don't you think'. Reply with the question only."
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": contribution}]


def _clean_llm_text(raw: str) -> str:
    text = normalise(raw).strip().strip("\"'“”«»„ ").strip()
    return re.sub(r"\s+", " ", text)


def _acceptable(question: str, contribution: str, language: str) -> bool:
    if not question or len(question) > MAX_LLM_QUESTION_CHARS or "\n" in question:
        return False
    if not question.endswith("?") or question.count("?") != 1:
        return False
    if len(question.split()) >= 4 and detect_language(question, default=language) != language:
        return False
    return not check_question(question, contribution=contribution, language=language).leading


def _llm_question(llm: Any, contribution: str, gap: Gap, language: str, seed: int) -> str | None:
    try:
        reply = llm.complete(_prompt(contribution, gap, language), temperature=0.0, max_tokens=80, seed=seed)
    except Exception as exc:  # noqa: BLE001 - any backend failure falls back to the template
        log.warning("socratic: LLM question failed (%s); using the template", exc)
        return None
    question = _clean_llm_text(getattr(reply, "text", "") or "")
    if _acceptable(question, contribution, language):
        return question
    log.info("socratic: LLM question rejected, template used instead: %r", question)
    return None


@lru_cache(maxsize=256)
def second_family(topic: str | None) -> tuple[str, MeasureKind | None]:
    """The second question's family: the one the consultation's measure calls for when ``topic`` (the
    consultation's question or title) is given, else :data:`communs.core.socratic.gaps.SECOND_FAMILY`. Cached: every
    draft of a consultation asks it for the same question."""
    if not topic or not topic.strip():
        return SECOND_FAMILY, None
    kind = measure_kind(normalise(topic), detect_language(topic))
    return kind.family, kind


def suggest_questions(
    text: str, *, language: str | None = None, max_questions: int = 2, seed: int | None = None, llm: Any = None,
    topic: str | None = None,
) -> SocraticResult:
    """Up to ``max_questions`` open questions for contribution ``text`` (fr, de or en): 'why', then the family of
    the consultation's measure (``topic``: its question or title; without it, 'for whom'), then the family of the
    contribution's own measure and its other gaps (:func:`communs.core.socratic.gaps.agenda`). The first two
    families never depend on the contribution, so a contribution for X and one against X get the same ones; the
    contribution decides their wording (open, quoting a vague word, or going deeper into a stated detail).

    Deterministic: the template variants depend only on the text (or on ``seed`` when given). With ``llm``, a
    tailored question replaces a template only when it passes the leading-question detector."""
    lang = language if language in LANGUAGE_NAMES else detect_language(text)
    analysis = analyse_gaps(text, language=lang)
    second, topic_measure = second_family(topic)
    base_seed = text_seed(text) if seed is None else seed
    rng = random.Random(base_seed)
    questions: list[SocraticQuestion] = []
    for gap in agenda(analysis, second)[: max(0, max_questions)]:
        fallback, template = _template_question(gap, lang, rng)
        if llm is not None:
            tailored = _llm_question(llm, text, gap, lang, base_seed % (2**31))
            if tailored is not None:
                questions.append(SocraticQuestion(tailored, gap.family, "llm", template.id))
                continue
        questions.append(SocraticQuestion(fallback, gap.family, "template", template.id))
    return SocraticResult(lang, analysis.gaps, questions, analysis.measure, topic_measure)
