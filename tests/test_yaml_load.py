"""The event-built YAML loader gives exactly what yaml.load (CSafeLoader) gives:
the same values of the same types, or the same error."""

from pathlib import Path

import pytest
import yaml

from adlint.yaml_load import load
from conftest import SHARED

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "rules").rglob("*.yaml"))
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def same(a, b) -> bool:
    """Equal, and of the same types all the way down (1 == 1.0 == True is not enough)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return (list(a) == list(b) and all(same(k, l) for k, l in zip(a, b))
                and all(same(a[k], b[k]) for k in a))
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b or (a != a and b != b)  # NaN


def test_there_are_rule_files():
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_rule_file_loads_as_yaml_load(path):
    text = path.read_text(encoding="utf-8")
    assert same(load(text), yaml.load(text, Loader=LOADER))


ODD = [
    "", "---\n", "a: 1\n", "- 1\n- 1.5\n- .inf\n- -.Inf\n- .nan\n- 0x1F\n- 0o17\n- 017\n- 1_000\n",
    "- yes\n- No\n- on\n- OFF\n- true\n- ~\n- null\n- ''\n- \"\"\n-\n- 'yes'\n- \"1\"\n",
    "d: 2024-01-31\nt: 2024-01-31 10:20:30\nz: 2001-12-14t21:59:43.10-05:00\n",
    "1: one\n2.5: two\ntrue: three\n~: four\n",
    "a: &x [1, 2]\nb: *x\n", "a: &x 1\nb: *x\nc: &y {k: *x}\nd: [*y, *y]\n",
    "a: *nowhere\n", "a: &x 1\nb: &x 2\n", "- &s text\n- *s\n", "base: &b {k: 1}\nmore:\n  <<: *b\n  j: 2\n",
    "a: !!str 1\nb: !!int '2'\n", "a: !custom 1\n", "x: 1\n---\ny: 2\n",
    "[1, 2]: pair\n", "a: [1, {b: [c, {d: e}]}]\n", "a: |\n  line\n  two\nb: >\n  folded\n  text\n",
    "a: 1\na: 2\n", "key: value: other\n", "a: [1, 2\n", "\ta: 1\n", "=: x\n", "- =\n",
    "? complex\n: value\n", "a:\n  - b: 1\n    c: [x, y]\n  - - nested\n    - list\n",
    "- [{}, 'a', false]\n- {a: [], b: {}}\n", "é: ünïcödé\n", "- -1\n- +1\n- -\n- 1e3\n- 1.0e+3\n",
    "- 190:20:30\n- 1:30\n- 0b101\n", "a: 'it''s'\nb: \"tab\\tnew\\n\"\n",
]


def outcome(fn, text):
    try:
        return ("value", fn(text))
    except yaml.YAMLError as exc:
        return ("error", type(exc), str(exc))


def assert_as_yaml_load(text):
    """load gives yaml.load's value (same types) or raises its error."""
    got, want = outcome(load, text), outcome(lambda t: yaml.load(t, Loader=LOADER), text)
    assert got[0] == want[0] and (same(got[1], want[1]) if got[0] == "value" else got == want), text


@pytest.mark.parametrize("text", ODD)
def test_unusual_yaml_loads_as_yaml_load(text):
    assert_as_yaml_load(text)


def test_rule_files_and_plain_scalars_need_no_fallback(monkeypatch):
    """The fast path reads every rule file and the plain scalars' types itself (the
    equality tests above would pass on the fallback alone)."""
    def no_fallback(*args, **kwargs):
        raise AssertionError("fell back to yaml.load")

    expected = {path: yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER) for path in FILES}
    plain = ODD[3:7] + ["a: &x 1\nb: *x\nc: &y {k: *x}\nd: [*y, *y]\n"]
    expected_plain = [yaml.load(t, Loader=LOADER) for t in plain]
    monkeypatch.setattr(yaml, "load", no_fallback)
    for path in FILES:
        assert same(load(path.read_text(encoding="utf-8")), expected[path]), path.name
    for text, want in zip(plain, expected_plain):
        assert same(load(text), want), text


def test_aliases_share_the_object_as_yaml_load():
    text = "a: &x [1, 2]\nb: *x\nc: &m {k: *x}\nd: *m\n"
    got, want = load(text), yaml.load(text, Loader=LOADER)
    assert (got["a"] is got["b"], got["c"] is got["d"], got["c"]["k"] is got["a"]) \
        == (want["a"] is want["b"], want["c"] is want["d"], want["c"]["k"] is want["a"]) \
        == (True, True, True)


def test_a_list_that_holds_itself_as_yaml_load():
    got = load("a: &x [1, *x]\n")["a"]
    assert got[0] == 1 and got[1] is got


def _front_matter_bodies():
    """Front matter as users write it: hand-made bodies, the examples', and (when
    ../shared is here) the corpus ads'."""
    from adlint.parse.common import FRONT_MATTER

    bodies = ["title: Nurse\nsalary: 42,000\ntags: [care, nights]\n", "date: 2026-11-29\n",
              "title: \"Barista: weekends\"\nremote: no\n", "title: Chef\n  bad: indent\n",
              "- just\n- a list\n", "description: >\n  Folded text\n  over two lines\n"]
    for root in (ROOT / "examples", SHARED / "corpus"):
        for path in sorted(root.rglob("*.md")) if root.is_dir() else ():
            m = FRONT_MATTER.match(path.read_text(encoding="utf-8", errors="replace"))
            if m and m.group(1) == "---":
                bodies.append(m.group(2))
    return bodies


def test_front_matter_reads_as_yaml_load():
    for body in _front_matter_bodies():
        assert_as_yaml_load(body)
