"""adlint.spark on a local Spark (local[2]): the same findings as the command line, row for
row; bad rows; configuration reaching the workers; metrics per ad."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'adlint[spark]')")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("no Java runtime for Spark (apt install openjdk-17-jre-headless)", allow_module_level=True)

from adlint import spark as adlint_spark  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CORPUS = ROOT.parent / "shared" / "corpus" / "md"
FORMATS = {".md": "markdown", ".html": "html", ".txt": "text"}
COLUMNS = ["rule", "severity", "message", "line", "column", "end_line", "end_column",
           "suggestions", "fixable"]


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # Spark's Python workers run `python3` from PATH unless told otherwise; pin them to this
    # interpreter so the tests pass from an unactivated venv too.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    session = (SparkSession.builder.master("local[2]").appName("adlint-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def cli_findings(paths, extra=()) -> dict[str, list[dict]]:
    out = subprocess.run([sys.executable, "-m", "adlint", "check", "--format", "json", "--no-cache",
                          "--exit-zero", *extra, *map(str, paths)], capture_output=True, text=True)
    report = json.loads(out.stdout)
    return {Path(f["path"]).name: [{k: d[k] for k in COLUMNS} for d in f["diagnostics"]]
            for f in report["files"]}


def spark_findings(spark, paths, **kwargs) -> dict[str, list[dict]]:
    rows = [(p.name, p.read_text(encoding="utf-8"), FORMATS[p.suffix]) for p in paths]
    df = spark.createDataFrame(rows, "name string, body string, kind string").repartition(2)
    found: dict[str, list[dict]] = {p.name: [] for p in paths}
    for r in adlint_spark.lint(df, "body", id_col="name", format_col="kind", **kwargs).collect():
        found[r["id"]].append({k: r[k] for k in COLUMNS})
    return found


def ordered(findings: dict) -> dict:
    return {k: sorted(v, key=lambda d: json.dumps(d, sort_keys=True)) for k, v in findings.items()}


def test_spark_findings_equal_the_command_line(spark):
    paths = sorted(p for p in EXAMPLES.iterdir() if p.suffix in FORMATS)
    want = cli_findings(paths)
    assert sum(map(len, want.values())) > 20
    assert ordered(spark_findings(spark, paths)) == ordered(want)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus (../shared/corpus) is not here")
def test_spark_findings_equal_the_command_line_on_100_corpus_ads(spark):
    paths = sorted(CORPUS.glob("*.md"))[:100]
    assert ordered(spark_findings(spark, paths)) == ordered(cli_findings(paths))


def test_configuration_reaches_the_workers(spark, tmp_path):
    ad = tmp_path / "denver.md"
    ad.write_text("# Nurse\n\nA nursing job in Denver, Colorado. Apply at jobs@example.org by "
                  "1 June.\n", encoding="utf-8")
    extra = ["--select", "pay-transparency,jargon", "--jurisdictions", "US-CO"]
    want = cli_findings([ad], extra)
    assert any(f["rule"].startswith("pay-transparency/") for f in want["denver.md"])
    got = spark_findings(spark, [ad], select=["pay-transparency", "jargon"], jurisdictions=["US-CO"])
    assert ordered(got) == ordered(want)


def test_config_file_reaches_the_workers(spark, tmp_path):
    conf = tmp_path / "adlint.toml"
    conf.write_text('select = ["inclusive"]\n', encoding="utf-8")
    df = spark.createDataFrame([("1", "Join our young team, chairman.")], "id string, t string")
    rules = {r["rule"] for r in adlint_spark.lint(df, "t", id_col="id", config=str(conf)).collect()}
    assert rules == {"inclusive/young", "inclusive/gendered-titles"}


def test_bad_rows_never_fail_the_job(spark):
    df = spark.createDataFrame([("a", None, None), ("b", "We need a chairman.", "text"),
                                ("c", "Hello.", "pdf")], "id string, t string, f string")
    rows = {r["id"]: r for r in adlint_spark.lint(df, "t", id_col="id", format_col="f").collect()}
    assert rows["a"]["rule"] == "adlint/input-error" and rows["a"]["message"] == "the text is null"
    assert rows["b"]["rule"] == "inclusive/gendered-titles" and rows["b"]["suggestions"] == ["chair"]
    assert rows["c"]["rule"] == "adlint/input-error" and "'pdf'" in rows["c"]["message"]


def test_bad_config_fails_on_the_driver_with_one_line(spark):
    df = spark.createDataFrame([("1", "Hello.")], "id string, t string")
    import adlint

    with pytest.raises(adlint.ConfigError, match="jargon/rockstar"):
        adlint_spark.lint(df, "t", select=["jargon/rokstar"])
    with pytest.raises(ValueError, match="no column 'body'"):
        adlint_spark.lint(df, "body")


def test_metrics_one_row_per_ad(spark):
    ad = (EXAMPLES / "data-analyst.md").read_text(encoding="utf-8")
    df = spark.createDataFrame([("ok", ad), ("bad", None)], "id string, t string")
    rows = {r["id"]: r.asDict() for r in adlint_spark.metrics(df, "t", id_col="id").collect()}
    import adlint

    m = adlint.Linter().lint_text(ad).metrics
    ok = rows["ok"]
    assert (ok["language"], ok["words"], ok["grade"], ok["gender"]) == (
        "en", m["words"], m["grade"], m["gender_coding"]["verdict"])
    assert {e: ok[e] for e in adlint_spark.ELEMENTS} == m["elements"]
    assert ok["error"] is None and rows["bad"]["error"] == "the text is null"


def test_ids_without_an_id_column(spark):
    df = spark.createDataFrame([("We need a chairman.",), ("Join our young team.",)], "t string")
    ids = [r["id"] for r in adlint_spark.lint(df, "t", select=["inclusive"]).collect()]
    assert len(ids) == 2 and len(set(ids)) == 2 and all(i.isdigit() for i in ids)


def test_example_job_runs_with_spark_submit(tmp_path):
    submit = shutil.which("spark-submit") or str(Path(sys.executable).parent / "spark-submit")
    if not os.path.exists(submit):
        pytest.skip("spark-submit is not on PATH")
    import pyarrow as pa
    import pyarrow.parquet as pq

    paths = sorted(p for p in EXAMPLES.iterdir() if p.suffix in FORMATS)
    pq.write_table(pa.Table.from_pylist([{"job_id": p.name, "description": p.read_text(encoding="utf-8"),
                                          "kind": FORMATS[p.suffix]} for p in paths]),
                   tmp_path / "ads.parquet")
    res = subprocess.run([submit, "--master", "local[1]", str(ROOT / "examples" / "spark_lint.py"),
                          str(tmp_path / "ads.parquet"), str(tmp_path / "out"), "--text-column",
                          "description", "--id-column", "job_id", "--format-column", "kind"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-2000:]
    found = pq.read_table(tmp_path / "out" / "findings").to_pylist()
    want = cli_findings(paths)
    assert len(found) == sum(map(len, want.values()))
    assert pq.read_table(tmp_path / "out" / "metrics").num_rows == len(paths)
