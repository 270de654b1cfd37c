"""A bounded mutation fuzzer over lint_text for every format.

Seeds are the bundled examples and the regression inputs; each round mutates a
seed (insert markup-significant characters, delete, duplicate, splice two seeds,
flip to CRLF) and checks the same invariants as the property tests. It runs for
ADLINT_FUZZ_SECONDS (default 15; set 0 to skip). A failing input is written to
tests/fuzz_regressions/ and becomes a permanent regression test.

    ADLINT_FUZZ_SECONDS=600 python -m pytest tests/test_fuzz.py -q   # a longer session
"""

import hashlib
import os
import random
import time
from pathlib import Path

import pytest

from conftest import ROOT
from test_properties import _holds

REGRESSIONS = Path(__file__).parent / "fuzz_regressions"
FORMATS = {".md": "markdown", ".html": "html", ".txt": "text"}
SPECIAL = ["<", ">", "&", "&amp;", "&#", ";", "*", "_", "`", "```", "[", "](", ")", "\n", "\r\n",
           "\n\n", "# ", "- ", "> ", "|", "---\n", "{{", "}}", "{%", "%}", "<!--", "-->", "\\",
           "\u00a0", "\u200b", "\ufffc", "\ufeff", "🎉", "👩🏽‍💻", "é", "\x00", "\t", "    ",
           "rockstar", "chairman", "$90,000", "adlint-disable", "<a href='", "'>", "</"]


def _seeds() -> list[tuple[str, str]]:
    out = []
    for p in sorted((ROOT / "examples").glob("*.*")) + sorted(REGRESSIONS.glob("*.*")):
        if p.suffix in FORMATS:
            out.append((p.read_text(encoding="utf-8", errors="replace"), FORMATS[p.suffix]))
    return out


def _mutate(rng: random.Random, text: str, other: str) -> str:
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        i = rng.randint(0, len(text))
        if op < 0.45:
            text = text[:i] + rng.choice(SPECIAL) + text[i:]
        elif op < 0.65 and text:
            j = min(len(text), i + rng.randint(1, 40))
            text = text[:i] + text[j:]
        elif op < 0.8 and text:
            j = min(len(text), i + rng.randint(1, 80))
            text = text[:j] + text[i:j] + text[j:]
        elif op < 0.95 and other:
            a = rng.randint(0, len(other))
            text = text[:i] + other[a:a + rng.randint(1, 200)] + text[i:]
        else:
            text = text.replace("\n", "\r\n")
    return text[:20_000]


@pytest.mark.parametrize("path", sorted(REGRESSIONS.glob("*.*")), ids=lambda p: p.name)
def test_regression_inputs(path):
    _holds(path.read_text(encoding="utf-8"), FORMATS[path.suffix])


def test_fuzz_for_a_bounded_time():
    budget = float(os.environ.get("ADLINT_FUZZ_SECONDS", "15"))
    if budget <= 0:
        pytest.skip("ADLINT_FUZZ_SECONDS=0")
    seed = int(os.environ.get("ADLINT_FUZZ_SEED", time.time_ns() % 2**32))
    rng = random.Random(seed)
    seeds = _seeds()
    end = time.monotonic() + budget
    runs = 0
    while time.monotonic() < end:
        text, fmt = rng.choice(seeds)
        other = rng.choice(seeds)[0]
        fmt = rng.choice([fmt, fmt, "markdown", "html", "text"])
        case = _mutate(rng, text, other)
        try:
            _holds(case, fmt)
        except Exception:
            ext = {v: k for k, v in FORMATS.items()}[fmt]
            name = hashlib.sha256(case.encode("utf-8", "surrogatepass")).hexdigest()[:12] + ext
            REGRESSIONS.mkdir(exist_ok=True)
            (REGRESSIONS / name).write_text(case, encoding="utf-8", errors="surrogatepass")
            raise AssertionError(f"fuzz seed {seed}: input saved as tests/fuzz_regressions/{name}")
        runs += 1
    print(f"fuzz: {runs} inputs in {budget:g} s (seed {seed})")
