"""The library API (adlint.Linter) and tables as input (`adlint check --text-column`)."""

import json
import os
import pickle
import subprocess
import sys
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import adlint
from adlint.table import reader
from adlint.table.run import TableOptions, lint_table

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
AD = "# Rockstar developer\n\nJoin our young team. The chairman 🚀 leads it.\n"


def cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "adlint", *args], capture_output=True,
                          text=True, cwd=cwd)


def cli_json(*paths, extra=()):
    out = cli("check", "--format", "json", "--no-cache", "--exit-zero", *extra, *map(str, paths))
    return {Path(f["path"]).name: f for f in json.loads(out.stdout)["files"]}


# -- adlint.Linter ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["data-analyst.md", "frontend-rockstar.md", "careers-page.html",
                                  "warehouse-associate.txt"])
def test_linter_result_is_the_json_file_entry(name):
    fmt = {".md": "markdown", ".html": "html", ".txt": "text"}[Path(name).suffix]
    path = EXAMPLES / name
    got = adlint.Linter().lint_text(path.read_text(encoding="utf-8"), fmt, path=name).to_dict()
    want = cli_json(path)[name]
    want["path"] = name
    assert got == want


def test_linter_settings_and_language():
    linter = adlint.Linter(select=["jargon"])
    assert [f.rule for f in linter.lint_text(AD).findings] == ["jargon/rockstar"]
    assert linter.lint_text(AD, language="fr").language == "fr"
    assert linter.lint_text(AD).language == "en"


def test_linter_config_file_and_dict(tmp_path):
    conf = tmp_path / ".adlint.toml"
    conf.write_text('select = ["inclusive"]\n', encoding="utf-8")
    for config in (str(conf), {"select": ["inclusive"]}):
        rules = {f.rule for f in adlint.Linter(config).lint_text(AD).findings}
        assert rules == {"inclusive/young", "inclusive/gendered-titles"}


@pytest.mark.parametrize("kwargs,message", [
    ({"select": ["jargon/rokstar"]}, "jargon/rockstar"),
    ({"profle": "job-ad"}, "unknown key 'profle'"),
])
def test_linter_bad_config_is_a_config_error(kwargs, message):
    with pytest.raises(adlint.ConfigError) as exc:
        adlint.Linter(**kwargs)
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_linter_pickles_and_compiles_again():
    linter = adlint.Linter(select=["jargon", "inclusive"], jurisdictions=["US-CO"])
    copy = pickle.loads(pickle.dumps(linter))
    assert copy.settings == linter.settings
    assert copy.lint_text(AD).to_dict() == linter.lint_text(AD).to_dict()


def test_linter_is_shared_by_threads():
    linter = adlint.Linter()
    texts = [(EXAMPLES / n).read_text(encoding="utf-8") for n in ("data-analyst.md", "frontend-rockstar.md")] * 8
    alone = [linter.lint_text(t).to_dict() for t in texts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda t: linter.lint_text(t).to_dict(), texts))
    assert together == alone


def test_linter_reports_a_non_text_input():
    res = adlint.Linter().lint_text(None, path="row-9")
    assert res.error and res.to_dict() == {"path": "row-9", "error": res.error}


# -- tables -----------------------------------------------------------------------------------

ROWS = [
    {"job_id": "a1", "description": AD, "kind": "markdown"},
    {"job_id": "a2", "description": None, "kind": "markdown"},
    {"job_id": "a3", "description": "<p>We need a chairman 🚀 now.</p>", "kind": "html"},
    {"job_id": 4, "description": 12, "kind": "text"},
    {"job_id": "a5", "description": "We need a chairman.", "kind": "pdf"},
]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    return path


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_jsonl_table_streams_one_object_per_row(tmp_path):
    table = write_jsonl(tmp_path / "jobs.jsonl", ROWS)
    res = cli("check", str(table), "--text-column", "description", "--id-column", "job_id",
              "--format-column", "kind", "--format", "jsonl", "--select", "jargon,inclusive",
              cwd=tmp_path)
    docs = jsonl(res.stdout)
    assert [d["id"] for d in docs] == ["a1", "a2", "a3", 4, "a5"]
    assert [d["path"] for d in docs][:2] == ["jobs.jsonl#a1", "jobs.jsonl#a2"]
    a1 = {d["rule"]: (d["line"], d["column"]) for d in docs[0]["diagnostics"]}
    assert a1 == {"jargon/rockstar": (1, 3), "inclusive/young": (3, 10),
                  "inclusive/gendered-titles": (3, 26)}
    assert docs[2]["diagnostics"][0]["column"] == 14  # within the row's HTML, after the tag
    assert docs[1]["error"] == "row 2: description is empty (null)"
    assert docs[3]["error"] == "row 4: description is a int, not text"
    assert "row 5: kind is 'pdf'" in docs[4]["error"]
    assert res.returncode == 2 and "3 rows could not be linted" in res.stderr


def test_jsonl_table_positions_equal_a_file_of_the_same_text(tmp_path):
    (tmp_path / "ad.md").write_text(AD, encoding="utf-8")
    table = write_jsonl(tmp_path / "jobs.jsonl", [{"text": AD}])
    doc = jsonl(cli("check", str(table), "--text-column", "text", "--format", "jsonl").stdout)[0]
    assert doc["diagnostics"] == cli_json(tmp_path / "ad.md")["ad.md"]["diagnostics"]


def test_csv_table_without_ids_names_rows_by_number(tmp_path):
    import csv

    table = tmp_path / "jobs.csv"
    with open(table, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "description"])
        w.writerow(["Dev", AD])
        w.writerow(["Empty", ""])
        w.writerow(["Chair", "We need a chairman."])
    res = cli("check", str(table), "--text-column", "description", "--select", "inclusive",
              cwd=tmp_path)
    assert "jobs.csv#1:3:10: error inclusive/young" in res.stdout
    assert "jobs.csv#3:1:11: warning inclusive/gendered-titles" in res.stdout
    assert "jobs.csv#2: error row 2: description is empty (null)" in res.stdout
    assert res.returncode == 2


def test_parquet_table(tmp_path):
    pa = pytest.importorskip("pyarrow", reason="pyarrow (adlint[table]) is not installed")
    import pyarrow.parquet as pq

    table = tmp_path / "jobs.parquet"
    pq.write_table(pa.table({"job_id": [10, 11], "description": [AD, None]}), table)
    docs = jsonl(cli("check", str(table), "--text-column", "description", "--id-column", "job_id",
                     "--format", "jsonl", "--select", "jargon").stdout)
    assert [(d["id"], d["path"]) for d in docs] == [(10, f"{table}#10"), (11, f"{table}#11")]
    assert docs[0]["diagnostics"][0]["rule"] == "jargon/rockstar"
    assert docs[1]["error"] == "row 2: description is empty (null)"


@pytest.mark.parametrize("args,message", [
    (["--text-column", "body"], "no column 'body'"),
    (["--text-column", "description", "--fix"], "--fix and --diff change files"),
    (["--id-column", "job_id"], "need --text-column"),
])
def test_table_usage_errors_are_one_line(tmp_path, args, message):
    table = write_jsonl(tmp_path / "jobs.jsonl", ROWS[:1])
    res = cli("check", str(table), *args)
    assert res.returncode == 2 and message in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.stderr


def test_table_needs_a_table_file(tmp_path):
    (tmp_path / "ad.md").write_text(AD, encoding="utf-8")
    res = cli("check", str(tmp_path / "ad.md"), "--text-column", "description")
    assert res.returncode == 2 and "reads table files" in res.stderr


def test_invalid_json_line_is_a_row_error(tmp_path):
    table = tmp_path / "jobs.jsonl"
    table.write_text('{"description": "Hello there."}\n{not json\n[1, 2]\n', encoding="utf-8")
    docs = jsonl(cli("check", str(table), "--text-column", "description", "--format", "jsonl").stdout)
    assert [d.get("error", "").split(" (")[0] for d in docs] == ["", "row 2: not valid JSON",
                                                                 "row 3: a JSON list, not an object"]


def test_table_with_two_jobs_equals_one_job(tmp_path):
    table = write_jsonl(tmp_path / "jobs.jsonl", [{"d": AD, "i": n} for n in range(150)])
    args = ["check", str(table), "--text-column", "d", "--id-column", "i", "--format", "jsonl"]
    one, two = cli(*args).stdout, cli(*args, "--jobs", "2").stdout
    assert one == two and len(one.splitlines()) == 150


def test_reading_a_table_is_streamed(tmp_path):
    """50,000 rows are read in constant memory: one row at a time."""
    table = tmp_path / "big.jsonl"
    with open(table, "w", encoding="utf-8") as fh:
        for n in range(50_000):
            fh.write(json.dumps({"id": n, "text": f"Ad number {n}. " * 20}) + "\n")
    tracemalloc.start()
    count = sum(1 for _ in reader.rows(str(table), ("text", "id")))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 50_000
    assert peak < 2_000_000  # the file is over 15 MB; a list of its rows would be far more
    assert os.path.getsize(table) > 15_000_000


def test_linting_a_table_is_lazy(tmp_path):
    table = write_jsonl(tmp_path / "jobs.jsonl", [{"d": "Hello."}] + [{"d": None}] * 5)
    seen = []
    original = reader.rows

    def counting(*a):
        for row in original(*a):
            seen.append(row.number)
            yield row

    reader.rows, results = counting, lint_table(str(table), adlint.Linter(), TableOptions("d"))
    try:
        first = next(results)
        assert first[0] == 1 and seen == [1]  # nothing read ahead of the first result
    finally:
        reader.rows = original


def test_readme_linter_example_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("```python\nfrom adlint import Linter")
    code = readme[start + len("```python\n"):readme.index("```", start + 10)]
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert res.stdout.splitlines() == [
        "job-1 [(1, 3, 'jargon/rockstar'), (3, 10, 'inclusive/young')]",
        "job-2 [(1, 14, 'inclusive/gendered-titles')]",
    ]


def test_readme_table_commands_run(tmp_path):
    """The README's table commands, on small tables of the columns they name."""
    write_jsonl(tmp_path / "jobs.jsonl", [{"description": AD, "job_id": "j1"}])
    (tmp_path / "jobs.csv").write_text("body\n<p>We need a chairman.</p>\n", encoding="utf-8")
    pytest.importorskip("pyarrow", reason="pyarrow (adlint[table]) is not installed")
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"description": [AD], "kind": ["markdown"]}), tmp_path / "jobs.parquet")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("```sh\nadlint check jobs.jsonl"):]
    block = block[len("```sh\n"):block.index("```", 5)]
    for line in block.strip().splitlines():
        command = line.split("#")[0].split(">")[0].split()
        assert command[:2] == ["adlint", "check"]
        res = cli(*command[1:], cwd=tmp_path)
        assert res.returncode == 1 and res.stdout, (line, res.stderr)
