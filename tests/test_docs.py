"""Docs kept true by tests: every setting and every CLI command is documented."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

ROOT = Path(__file__).resolve().parents[1]
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))])


def test_every_environment_setting_is_in_the_operator_guide() -> None:
    settings_src = (ROOT / "src" / "communs" / "platform" / "settings.py").read_text(encoding="utf-8")
    names = set(re.findall(r'environ(?:\.get)?\(\s*"([A-Z_]+)"', settings_src)) | set(re.findall(r'_env_bool\("([A-Z_]+)"', settings_src))
    guide = (ROOT / "docs" / "operator-guide.md").read_text(encoding="utf-8")
    missing = sorted(n for n in names if f"`{n}`" not in guide)
    assert names, "no settings found: the parser is out of date"
    assert missing == []


def _command_paths(command: object, prefix: str = "communs") -> list[str]:
    paths: list[str] = []
    commands = getattr(command, "commands", None)
    if isinstance(commands, dict):
        for name, sub in commands.items():
            if getattr(sub, "hidden", False):
                continue
            paths.append(f"{prefix} {name}")
            paths.extend(_command_paths(sub, f"{prefix} {name}"))
    return paths


def test_every_cli_command_is_documented() -> None:
    from communs.cli import app

    root = typer.main.get_command(app)
    missing = [path for path in _command_paths(root) if path not in DOCS]
    assert missing == []
