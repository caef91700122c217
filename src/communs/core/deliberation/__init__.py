"""Deliberation maths: Polis-conformant opinion groups, representative statements and consensus.

Public API::

    read_polis_export(path) -> PolisExport          # polis_export.py
    build_vote_matrix(pids, tids, values, ts) -> VoteMatrix
    analyse(matrix, moderated_out_ids, params) -> DeliberationResult
    analyse_export(export, params) -> DeliberationResult
"""

from communs.core.deliberation.matrix import VoteMatrix, build_vote_matrix, in_conversation
from communs.core.deliberation.pipeline import NothingToAnalyse, analyse, analyse_export, matrix_from_export
from communs.core.deliberation.polis_export import (
    PolisComment,
    PolisExport,
    PolisExportError,
    PolisVote,
    read_polis_export,
)
from communs.core.deliberation.result import DeliberationParams, DeliberationResult

__all__ = [
    "DeliberationParams", "DeliberationResult", "NothingToAnalyse", "PolisComment", "PolisExport",
    "PolisExportError", "PolisVote", "VoteMatrix", "analyse", "analyse_export", "build_vote_matrix",
    "in_conversation", "matrix_from_export", "read_polis_export",
]
