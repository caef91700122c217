"""Helpers shared by the CLI modules: Django set-up, errors as one clear line, JSON lines in and out."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console

console = Console(stderr=True)


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "communs.platform.settings")
    import django
    from django.conf import settings

    if not settings.configured or not getattr(settings, "_communs_setup", False):
        django.setup()
        settings._communs_setup = True  # type: ignore[attr-defined]
    _ensure_var_dir()


def _ensure_var_dir() -> None:
    from django.conf import settings

    Path(settings.VAR_DIR).mkdir(parents=True, exist_ok=True)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one clear line on stderr and exit non-zero."""
    from rich.markup import escape

    console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code)


def read_numbered_jsonl(path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) of a JSON-lines file ('-' for stdin), blank lines skipped; an unreadable file or a
    malformed line is one clear error naming it."""
    try:
        handle = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as exc:
        fail(f"{path}: cannot read ({exc.strerror})")
    try:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                fail(f"{path}:{number}: not valid JSON ({exc.msg})")
            if not isinstance(obj, dict):
                fail(f"{path}:{number}: expected a JSON object like {{\"id\": ..., \"text\": ...}}")
            yield number, obj
    finally:
        if handle is not sys.stdin:
            handle.close()


def read_id_text_jsonl(path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Like ``read_numbered_jsonl``, for the ``{"id", "text"}`` input lines the batch commands take."""
    for number, obj in read_numbered_jsonl(path):
        if "id" not in obj:
            fail(f"{path}:{number}: missing \"id\"")
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            fail(f"{path}:{number}: missing or empty \"text\" (a non-empty string)")
        yield number, obj


def read_jsonl(path: str) -> Iterator[dict[str, Any]]:
    """Objects of a JSON-lines file ('-' for stdin); a malformed line is a clear error naming the line."""
    for _number, obj in read_numbered_jsonl(path):
        yield obj


def write_json_line(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()
