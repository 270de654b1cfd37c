"""Lint a table of job ads on Spark: Parquet in, Parquet out.

    spark-submit examples/spark_lint.py ADS.parquet OUT_DIR --text-column description \
        --id-column job_id [--format html] [--config .adlint.toml]

writes OUT_DIR/findings (one row per finding) and OUT_DIR/metrics (one row per ad), and
prints the ten most frequent rules. Runs on a local master (`--master "local[2]"`) or a
cluster; adlint must be installed on every worker (`pip install 'adlint[spark]'`, or
ship it with `--py-files`).
"""

import argparse

from pyspark.sql import SparkSession, functions as F

from adlint import spark as adlint_spark


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("ads", help="a Parquet file or folder of ads")
    p.add_argument("out", help="folder for findings/ and metrics/ (Parquet)")
    p.add_argument("--text-column", required=True)
    p.add_argument("--id-column")
    p.add_argument("--format", default="markdown", choices=("markdown", "html", "text"))
    p.add_argument("--format-column")
    p.add_argument("--config", help="an .adlint.toml or pyproject.toml, read on the driver")
    args = p.parse_args()

    spark = SparkSession.builder.appName("adlint").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    ads = spark.read.parquet(args.ads)
    # a few large Parquet files can be a few partitions: give every core work
    ads = ads.repartition(max(ads.rdd.getNumPartitions(), spark.sparkContext.defaultParallelism * 4))
    options = dict(id_col=args.id_column, format=args.format, format_col=args.format_column,
                   config=args.config)
    findings = adlint_spark.lint(ads, args.text_column, **options)
    findings.write.mode("overwrite").parquet(f"{args.out}/findings")
    adlint_spark.metrics(ads, args.text_column, **options).write.mode("overwrite").parquet(
        f"{args.out}/metrics")
    written = spark.read.parquet(f"{args.out}/findings")
    written.groupBy("rule").count().orderBy(F.desc("count")).show(10, truncate=False)
    spark.stop()


if __name__ == "__main__":
    main()
