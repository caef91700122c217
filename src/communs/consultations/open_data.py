"""Open-data export of a consultation: one ZIP with CSV and JSON files and a data card.

What goes in: visible contributions (``visible_contributions``; personal data replaced by the moderation
redaction, re-checked at export time), current votes on them and visible comments, participants as their public
pid only. What never goes in: session tokens and their hashes, IP addresses, user accounts, xids, hidden / rejected
/ pending contributions and comments and the votes on them, flags and moderation notes. The data card (README.md +
datacard.json) states the licence, counts, date and what was excluded and why."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from django.utils import timezone

from communs.consultations.models import Comment, Consultation, Contribution, Status
from communs.consultations.visibility import visible_contributions, visible_votes
from communs.core.moderation import find_pii, redact


def _clean(text: str) -> str:
    """Text with any personal data found by the moderation rules replaced by placeholders."""
    return redact(text, find_pii(text))


def _csv(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def open_data_files(consultation: Consultation) -> dict[str, str]:
    statements = list(visible_contributions(consultation).select_related("author"))
    votes = list(visible_votes(consultation).values_list("participant__pid", "contribution__tid", "value", "updated_at"))
    comments = list(
        Comment.objects.filter(contribution__in=visible_contributions(consultation), status=Status.ACCEPTED)
        .select_related("contribution", "participant")
    )
    statement_rows = [
        {"tid": s.tid, "text": _clean(s.text), "language": s.language, "is_seed": s.is_seed,
         "author_pid": s.author.pid if s.author else None, "created_at": s.created_at.isoformat()}
        for s in statements
    ]
    vote_rows = [{"pid": pid, "tid": tid, "vote": value, "updated_at": at.isoformat()} for pid, tid, value, at in votes]
    comment_rows = [
        {"tid": c.contribution.tid, "pid": c.participant.pid, "text": _clean(c.text), "created_at": c.created_at.isoformat()}
        for c in comments
    ]
    excluded = {
        status: Contribution.objects.filter(consultation=consultation, status=status).count()
        for status in (Status.PENDING, Status.REJECTED, Status.HIDDEN)
    }
    excluded_comments = Comment.objects.filter(contribution__consultation=consultation).count() - len(comments)
    redacted = sum(1 for s in statements if _clean(s.text) != s.text) + sum(1 for c in comments if _clean(c.text) != c.text)
    card = {
        "title": consultation.title, "question": consultation.question, "slug": consultation.slug,
        "licence": consultation.licence, "exported_at": timezone.now().isoformat(), "phase": consultation.phase,
        "languages": consultation.languages,
        "counts": {"statements": len(statement_rows), "votes": len(vote_rows), "comments": len(comment_rows),
                   "participants": len({r["pid"] for r in vote_rows} | {r["author_pid"] for r in statement_rows
                                                                           if r["author_pid"] is not None})},
        "vote_values": {"1": "agree", "-1": "disagree", "0": "pass"},
        "excluded": {
            "contributions_pending_review": excluded[Status.PENDING],
            "contributions_rejected": excluded[Status.REJECTED],
            "contributions_hidden": excluded[Status.HIDDEN],
            "comments_not_visible": excluded_comments,
            "why": "Only contributions and comments accepted by moderation are published, with the votes on them. "
                   "Pending, rejected and hidden items (spam, abuse, personal data, flagged) and the votes on them "
                   "are left out.",
            "personal_data": "No session tokens, IP addresses, user accounts or external ids. Participants appear "
                             "as per-consultation numbers (pid). E-mail addresses, phone numbers, IBANs and postal "
                             f"addresses found in texts are replaced by placeholders ({redacted} texts redacted).",
        },
    }
    readme = "\n".join([
        f"# {consultation.title}", "", consultation.question, "",
        f"Licence: {consultation.licence}. Exported {card['exported_at']}.", "",
        "Files: statements.csv/json (tid, text, language, is_seed, author_pid, created_at), votes.csv/json "
        "(pid, tid, vote: 1 agree, -1 disagree, 0 pass; the current vote), comments.csv/json, datacard.json.", "",
        "Counts: " + ", ".join(f"{k} {v}" for k, v in card["counts"].items()), "",
        "Excluded: " + card["excluded"]["why"], "", card["excluded"]["personal_data"], "",
    ])
    files = {"README.md": readme, "datacard.json": json.dumps(card, ensure_ascii=False, indent=2)}
    for name, rows in (("statements", statement_rows), ("votes", vote_rows), ("comments", comment_rows)):
        header = list(rows[0]) if rows else {"statements": ["tid", "text", "language", "is_seed", "author_pid",
                                                            "created_at"], "votes": ["pid", "tid", "vote", "updated_at"],
                                             "comments": ["tid", "pid", "text", "created_at"]}[name]
        files[f"{name}.csv"] = _csv([header] + [[r[h] for h in header] for r in rows])
        files[f"{name}.json"] = json.dumps(rows, ensure_ascii=False, indent=1)
    return files


def write_open_data(consultation: Consultation, path: str | Path) -> dict[str, int]:
    files = open_data_files(consultation)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return json.loads(files["datacard.json"])["counts"]
