"""The compiled rule index changes nothing but speed, and never fails a run."""

from __future__ import annotations

from conftest import run_cli

AD = "# Ninja wanted\n\nOur guys need a chairman. Great dental cover and a pension.\n"


def _check(ad, cache_dir):
    return run_cli("check", "--format", "json", "--no-cache", str(ad),
                   env={"ADLINT_CACHE_DIR": str(cache_dir)})


def test_saved_once_then_read_with_the_same_findings(tmp_path):
    ad = tmp_path / "ad.md"
    ad.write_text(AD)
    first = _check(ad, tmp_path / "c")
    saved = list((tmp_path / "c").glob("rule-index-*.marshal"))
    assert len(saved) == 1
    second = _check(ad, tmp_path / "c")
    assert first.stdout == second.stdout and b"jargon/" in first.stdout


def test_unreadable_index_is_rebuilt(tmp_path):
    ad = tmp_path / "ad.md"
    ad.write_text(AD)
    good = _check(ad, tmp_path / "c")
    for p in (tmp_path / "c").glob("rule-index-*.marshal"):
        p.write_bytes(b"\x00garbage")
    again = _check(ad, tmp_path / "c")
    assert again.stdout == good.stdout


def test_unwritable_cache_folder_is_no_error(tmp_path):
    ad = tmp_path / "ad.md"
    ad.write_text(AD)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    res = _check(ad, blocker / "cache")
    assert res.returncode == 1 and b"jargon/" in res.stdout and not res.stderr


def test_changed_rule_file_is_read_again(tmp_path, monkeypatch):
    from adlint import rule_index

    monkeypatch.setattr(rule_index, "_entries", {})
    monkeypatch.setattr(rule_index, "_added", {})
    pack = tmp_path / "p.yaml"
    pack.write_text("a: 1\n")
    read = lambda p: {"n": p.read_text()}  # noqa: E731
    assert rule_index.cached_file("yaml", pack, read) == {"n": "a: 1\n"}
    pack.write_text("a: 2\n")  # same size, maybe the same mtime
    assert rule_index.cached_file("yaml", pack, read) == {"n": "a: 2\n"}


def test_older_indexes_are_pruned_when_one_is_written(tmp_path):
    """One index per version of the code would pile up: writing one deletes this
    installation's others, and other installations' unused for UNUSED_DAYS."""
    import os
    import time

    from adlint import rule_index

    cache = tmp_path / "c"
    cache.mkdir()
    own_old = cache / f"rule-index-{rule_index._place()}-0123456789abcdef.marshal"
    other_recent = cache / "rule-index-00000000-0123456789abcdef.marshal"
    other_unused = cache / "rule-index-11111111-0123456789abcdef.marshal"
    legacy_unused = cache / "rule-index-fedcba9876543210.marshal"  # the name before places
    dead_tmp = cache / "rule-index-00000000-0123456789abcdef.marshal.123.tmp"
    for p in (own_old, other_recent, other_unused, legacy_unused, dead_tmp):
        p.write_bytes(b"x")
    long_ago = time.time() - (rule_index.UNUSED_DAYS + 1) * 86400
    for p in (other_unused, legacy_unused, dead_tmp):
        os.utime(p, (long_ago, long_ago))
    ad = tmp_path / "ad.md"
    ad.write_text(AD)
    _check(ad, cache)
    left = sorted(p.name for p in cache.glob("rule-index-*"))
    current = [n for n in left if n.startswith(f"rule-index-{rule_index._place()}-")]
    assert len(current) == 1 and current[0] != own_old.name
    assert left == sorted([current[0], other_recent.name])
