"""The shape the code keeps: stateless checks shared by threads, one answer per
fact, and rule ids and severities set by the engine."""

import ast
import threading
from pathlib import Path

import pytest

import adlint
from adlint.analysis.facts import Facts
from adlint.checks.base import FrozenCheckError
from adlint.config import Settings
from adlint.engine import lint_text
from adlint.parse import parse
from adlint.rules import load_registry

SRC = Path(adlint.__file__).resolve().parent

AD = """---
title: Careers at Harbour Freight
---
# Warehouse lead

We're a fast-paced team looking for a rockstar chairman of the stock room.
The salary is competitive and the hours are long.

## What you'll do

- Lead the night shift and decide what ships first
- Train new starters
- Count the stock every Friday and report what is missing to the store manager
- Keep the loading bay safe, tidy and clear for the drivers who arrive before dawn
- Answer questions from customers who call about late or damaged deliveries

<!-- a comment -->
"""


def _expected(profile: str) -> list[tuple[str, str]]:
    res = lint_text(AD, "markdown", Settings(profile=profile, cache=False))
    return [(f.rule, f.severity) for f in res.findings]


def test_threads_with_different_profiles_and_settings_get_their_own_severities():
    variants = {
        "job-ad": Settings(profile="job-ad", cache=False),
        "careers-page": Settings(profile="careers-page", cache=False),
        "strict": Settings(profile="job-ad", cache=False, severity={"jargon": "error"}),
        "jargon-only": Settings(select=("jargon",), cache=False),
    }
    expected = {name: [(f.rule, f.severity) for f in lint_text(AD, "markdown", s).findings]
                for name, s in variants.items()}
    # the variants really differ, so a mix-up between threads would show
    assert expected["job-ad"] != expected["careers-page"]
    assert ("elements/missing-pay", "warning") in expected["job-ad"]
    assert all(r != "elements/missing-pay" for r, _ in expected["careers-page"])
    assert ("jargon/rockstar", "error") in expected["strict"]
    wrong: list = []
    barrier = threading.Barrier(8)

    def work(name: str):
        barrier.wait()
        for _ in range(40):
            got = [(f.rule, f.severity) for f in lint_text(AD, "markdown", variants[name]).findings]
            if got != expected[name]:
                wrong.append((name, got))

    names = list(variants) * 2
    threads = [threading.Thread(target=work, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []


def test_checks_are_frozen_after_construction():
    registry = load_registry()
    rule = registry.rules["jargon/rockstar"]
    check = registry.check_for(rule)
    with pytest.raises(FrozenCheckError):
        check.last_document = "x"


def test_no_check_keeps_per_document_state():
    """Every check of every rule, run on two documents: its attributes are the same
    before and after (compiled patterns may appear on first use, never change)."""
    registry = load_registry()
    docs = [parse("a.md", AD, "markdown"),
            parse("b.html", "<html><body><img src=x.png><p>Ninja wanted, DOE. "
                  "Salesman in Berlin, Germany.</p></body></html>", "html")]
    settings = Settings(jurisdictions=("EU", "US-CO"), profile="careers-page")
    for rule in registry.rules.values():
        check = registry.check_for(rule)
        for doc in docs:
            before = dict(vars(check))
            list(check.check(doc, Facts(doc, settings)))
            after = vars(check)
            assert all(after[k] is v for k, v in before.items()), rule.id


def test_check_modules_do_not_assign_to_self_outside_init():
    """A lint guard: `self.x = …` in a check kind only in __init__."""
    offenders = []
    for path in sorted((SRC / "checks").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for fn in [n for n in cls.body if isinstance(n, ast.FunctionDef)]:
                if fn.name in ("__init__", "freeze", "__setattr__"):
                    continue
                for node in ast.walk(fn):
                    targets = getattr(node, "targets", None) or [getattr(node, "target", None)]
                    for t in targets:
                        if (isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                                and t.value.id == "self"):
                            offenders.append(f"{path.name}:{node.lineno} {cls.name}.{fn.name}")
    assert offenders == []


PAY_AD = ("# Barista\n\nWe offer a competitive salary of 90,000 dollars a year. "
          + "You will make coffee for our guests and keep the counter clean. " * 8)
PAY_RULES = ("tone/vague-pay", "elements/missing-pay", "pay-transparency/missing-pay")


def test_every_rule_that_asks_whether_the_ad_states_pay_gets_the_same_answer():
    settings = Settings(select=PAY_RULES, jurisdictions=("US-CO",), cache=False)
    res = lint_text(PAY_AD, "markdown", settings)
    assert [f.rule for f in res.findings] == []
    assert res.metrics["elements"]["pay"] is True
    # and the same ad without the figure: all three say so
    res = lint_text(PAY_AD.replace("of 90,000 dollars a year", ""), "markdown", settings)
    assert sorted(f.rule for f in res.findings) == sorted(PAY_RULES)


def test_a_figure_that_is_not_pay_does_not_count_as_pay():
    text = ("# Warehouse associate\n\nCompetitive salary. You will lift up to 20 pounds of "
            "force and move pallets. " + "You will check orders and load trucks. " * 8)
    res = lint_text(text, "markdown", Settings(select=PAY_RULES, cache=False))
    assert sorted(f.rule for f in res.findings) == ["elements/missing-pay", "tone/vague-pay"]


def test_schema_org_salary_in_front_matter_is_pay():
    text = ("---\nbaseSalary: 28000\nsalaryCurrency: GBP\nsalaryPeriod: Year\n---\n"
            "# Graduate engineer\n\nA competitive salary. "
            + "You will build data pipelines with the team. " * 10)
    res = lint_text(text, "markdown", Settings(select=PAY_RULES, cache=False))
    assert res.findings == []
    assert res.metrics["element_evidence"]["pay"]["how"] == "front matter"


def test_grammar_findings_are_named_by_the_engine():
    """A check gives a sub-code; the engine turns it into `pack/code` and keeps the
    defining rule for docs (no check rewrites a finding's rule id)."""
    from adlint.finding import Finding

    registry = load_registry()
    rule = registry.rules["grammar/languagetool"]
    check = registry.check_for(rule)
    f = check.finding("A typo", code="MORFOLOGIK_RULE_EN_US", minor=False)
    assert f.rule == "" and f.severity == ""  # not the check's to decide
    assert isinstance(f, Finding)


def test_public_api_lint_text():
    res = adlint.lint_text("# Rockstar wanted\n\nJoin our team.", select=("jargon",))
    assert [(f.rule, f.line, f.column) for f in res.findings] == [("jargon/rockstar", 1, 3)]
