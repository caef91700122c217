"""Answers of the voter assistant: question analysis -> extractive composer -> optional LLM composer -> citation
verifier -> ``Answer`` with its reproducibility bundle. Pure core: retrieval and classification are passed in."""

from communs.core.answers.analyse import QuestionAnalysis, analyse
from communs.core.answers.extractive import ComposeOptions, Composition, compose_extractive
from communs.core.answers.llm_composer import LLMOptions
from communs.core.answers.pipeline import AnswerOptions, answer_question
from communs.core.answers.plain import PLAIN_PROMPT_VERSION, rewrite_plain
from communs.core.answers.prompt import PROMPT_VERSION
from communs.core.answers.selection import Thresholds
from communs.core.answers.types import Answer, Citation, PartyRef, RetrievedPassage, Section, SentenceRef
from communs.core.answers.verify import VerifierOptions, verify

__all__ = [
    "PLAIN_PROMPT_VERSION",
    "PROMPT_VERSION",
    "Answer",
    "AnswerOptions",
    "Citation",
    "ComposeOptions",
    "Composition",
    "LLMOptions",
    "PartyRef",
    "QuestionAnalysis",
    "RetrievedPassage",
    "Section",
    "SentenceRef",
    "Thresholds",
    "VerifierOptions",
    "analyse",
    "answer_question",
    "compose_extractive",
    "rewrite_plain",
    "verify",
]
