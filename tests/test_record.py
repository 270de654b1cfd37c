"""The hand-written records (adlint.record) behave as the dataclasses they replace:
the same repr, equality, hashing, replace, defaults and pickling."""

import dataclasses
import pickle

import pytest

from adlint.config import Settings
from adlint.engine.lint import FileResult
from adlint.engine.run import Run, RunOptions
from adlint.engine.runner import Job
from adlint.finding import Edit, Finding, Note
from adlint.record import FrozenInstanceError
from adlint.rules import Rule


def _as_dataclass(cls, frozen=False):
    """A dataclass with the record's fields and defaults (read from a default
    instance where the __init__ has them), named as the record."""
    import inspect

    params = inspect.signature(cls.__init__).parameters
    required = {n: "x" for n, p in params.items()
                if n != "self" and p.default is inspect.Parameter.empty}
    sample = cls(**required)
    fields = []
    for name in cls._fields:
        if name in required:
            fields.append(name)
        else:
            value = getattr(sample, name)
            fields.append((name, object, dataclasses.field(default_factory=type(value))
                           if isinstance(value, (list, dict)) else dataclasses.field(default=value)))
    made = dataclasses.make_dataclass(cls.__name__, fields, frozen=frozen)
    made.__qualname__ = cls.__qualname__
    return made


CASES = [
    (Finding, False, dict(rule="jargon/x", severity="warning", message="m", start=3, end=7,
                          suggestions=["a"], fix=[Edit(3, 7, "b")], code="c", minor=True,
                          line=2, column=4)),
    (Edit, False, dict(start=1, end=2, replacement="r")),
    (Note, True, dict(text="LanguageTool is down", run_level=True)),
    (Settings, True, dict(select=("jargon",), severity={"a/b": "error"}, profile="careers-page",
                          rules={"x/y": {"max": 3}}, front_matter_prose={"k": "K"})),
    (Rule, False, dict(id="p/n", pack="p", name="n", kind="term", severity="info",
                       message="m", options={"terms": ["a"]}, languages=("en",),
                       profiles={"job-ad": "warning"})),
    (FileResult, False, dict(path="a.md", format="markdown", metrics={"words": 3},
                             findings=[Finding("r", "info", "m")], notices=["n"], error="e")),
    (RunOptions, True, dict(paths=("a.md",), overrides={"cache": False}, jobs=2, fix=True)),
    (Run, False, dict(results=[FileResult("a.md")], diff="d", base=Settings(language="fr"),
                      fixed={"a.md": 1})),
    (Job, True, dict(path="a.md", settings=Settings(), fmt="html", report_unused=True)),
]


@pytest.mark.parametrize("cls, frozen, kwargs", CASES, ids=lambda c: getattr(c, "__name__", ""))
def test_record_behaves_as_its_dataclass(cls, frozen, kwargs):
    dc = _as_dataclass(cls, frozen)
    rec, ref = cls(**kwargs), dc(**kwargs)
    assert repr(rec) == repr(ref)
    assert cls(*[getattr(rec, f) for f in cls._fields]) == rec  # positional order
    assert rec == cls(**kwargs) and rec != rec.replace(**{cls._fields[0]: "other"})
    assert rec.replace(**{cls._fields[-1]: ref.__dict__[cls._fields[-1]]}) == rec
    assert rec.replace() is not rec
    with pytest.raises(TypeError):
        rec.replace(no_such_field=1)
    assert pickle.loads(pickle.dumps(rec)) == rec
    if frozen:
        with pytest.raises(FrozenInstanceError):
            setattr(rec, cls._fields[0], "changed")
        with pytest.raises(AttributeError):
            delattr(rec, cls._fields[0])
    else:
        with pytest.raises(TypeError):
            hash(rec)


#: reprs of default instances, recorded from the dataclasses these records replaced
DEFAULTS = [
    (Settings(), "Settings(path=None, root='.', select=None, extend_select=(), ignore=(), "
     "severity={}, per_file_ignores={}, rule_folders=(), rules={}, language=None, "
     "profile='job-ad', jurisdictions=(), exclude=(), include=(), fail_on='warning', "
     "max_file_size=5242880, file_timeout=30.0, grammar=False, languagetool_url=None, "
     "vocabulary=(), score_weights={}, cache=True, front_matter_prose={})"),
    (Finding("r", "s", "m"), "Finding(rule='r', severity='s', message='m', start=None, end=None, "
     "suggestions=[], fix=None, text='', named='', code=None, minor=False, base_rule='', "
     "block_kind=None, line=1, column=1, end_line=1, end_column=1)"),
    (Note("t"), "Note(text='t', run_level=False, backend_failed=False)"),
    (FileResult("p"), "FileResult(path='p', format=None, language=None, metrics={}, "
     "skipped_rules=[], findings=[], notes=[], notices=[], backend_failed=False, error=None, "
     "source=None, document=None)"),
    (RunOptions(), "RunOptions(paths=('.',), config=None, overrides={}, extend_select=(), "
     "ignore=(), exclude=(), fmt=None, stdin_filename=None, fix=False, diff=False, jobs=None, "
     "report_unused=False)"),
    (Run(), f"Run(results=[], skipped=[], diff='', stdin_output=None, base={Settings()!r}, "
     "grammar_required_failed=False, fixed={})"),
    (Job("p", Settings()), f"Job(path='p', settings={Settings()!r}, fmt=None, report_unused=False)"),
    (Rule("a", "b", "c", "d", "e", "f"), "Rule(id='a', pack='b', name='c', kind='d', "
     "severity='e', message='f', rationale='', source='', examples={}, languages=None, "
     "scope=(), default=True, description='', options={}, path='', profiles=None, "
     "precision=None)"),
]


@pytest.mark.parametrize("record, expected", DEFAULTS, ids=lambda r: type(r).__name__)
def test_defaults_are_the_dataclasses(record, expected):
    assert repr(record) == expected


def test_defaults_are_fresh_and_frozen_hashes():
    assert Finding("r", "warning", "m").suggestions == []
    assert Finding("r", "warning", "m").suggestions is not Finding("r", "warning", "m").suggestions
    assert Settings().rules is not Settings().rules
    assert Rule("a/b", "a", "b", "term", "info", "m").options == {}
    assert hash(Note("x")) == hash(Note("x")) and {Note("x"), Note("x")} == {Note("x")}
    assert Settings().replace(language="fr").language == "fr"
