"""Run the benchmarks and assemble bench/RESULTS.md.

Each ``bench/bench_<name>.py`` module defines ``main(argv: list[str]) -> str`` that runs its measurements (reading
real data from ../shared/data and returning a short note when it is absent) and returns a Markdown section; the
section is written to ``bench/results/<name>.md``. RESULTS.md is then rebuilt from every section file, so one
benchmark can be re-run alone (``python -m bench retrieval``) without losing the others' figures.

Usage: python -m bench [NAME ...]
"""

from __future__ import annotations

import datetime as _dt
import importlib
import os
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS_DIR = HERE / "results"


def available() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def assemble() -> None:
    parts = [
        "# Benchmark results\n",
        "Reproduce everything with `make bench` (= `.venv/bin/python -m bench`); one benchmark with "
        "`.venv/bin/python -m bench NAME`. Figures are measured on the project's reference machine "
        "(2 cores, 24 GB, no GPU); each section names its command, date and inputs. Peers are measured in the same "
        "run on the same inputs.\n",
    ]
    for path in sorted(RESULTS_DIR.glob("*.md")):
        parts.append(path.read_text(encoding="utf-8").strip() + "\n")
    (HERE / "RESULTS.md").write_text("\n".join(parts), encoding="utf-8")


def main(argv: list[str]) -> int:
    names = argv or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available())}", file=sys.stderr)
        return 2
    RESULTS_DIR.mkdir(exist_ok=True)
    for name in names:
        module = importlib.import_module(f"bench.bench_{name}")
        print(f"== bench {name}", file=sys.stderr)
        section = module.main([])
        stamp = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        header = f"_Run {stamp} on {machine}; command: `.venv/bin/python -m bench {name}`._\n\n"
        text = section.strip()
        first, _, rest = text.partition("\n")
        (RESULTS_DIR / f"{name}.md").write_text(f"{first}\n\n{header}{rest.strip()}\n", encoding="utf-8")
    assemble()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
