"""Front-matter fields declared as prose (`front-matter-prose`): read with exact positions
when asked for, and never otherwise."""

import subprocess
import sys

import pytest

import adlint
from adlint.config import ConfigError, settings_from_table
from adlint.parse import parse
from adlint.parse.front_matter_prose import SCHEMA_ORG

JEKYLL = """---
layout: job
title: Software Developer
logo: /assets/rockstar-ninja.png
baseSalary: Competitive
responsibilities:
- Work in a fast-paced environment on our trading systems
skills:
- skill: You are a self-starter who owns problems.
- skill: "Be a rockstar with C#"
educationRequirements: Graduated with a 2.1 in Computer Science
incentiveCompensation: >
  Pizza Fridays and a
  competitive salary
---

Apply by email to Jo Bloggs, jo@example.com.
"""


def settings(keys=("schema.org",)):
    return settings_from_table({"front-matter-prose": list(keys), "language": "en"}, None, ".")


def findings(text, keys=("schema.org",), fmt="markdown"):
    return adlint.lint_text(text, fmt, settings(keys), cache=False).findings


def at(text, f):
    """The source text under a finding, from its line and columns."""
    line = text.splitlines()[f.line - 1]
    return line[f.column - 1:f.end_column - 1]


def test_off_by_default_front_matter_is_never_flagged():
    res = adlint.lint_text(JEKYLL, cache=False, language="en")
    assert all(f.line > 16 or not f.text or f.rule.startswith("titles/") for f in res.findings)
    assert not any(f.rule in ("jargon/fast-paced", "jargon/self-starter", "jargon/rockstar",
                              "credentials/gpa-cutoff") for f in res.findings)


def test_schema_org_fields_are_linted_at_their_exact_positions():
    found = {f.rule: f for f in findings(JEKYLL)}
    assert at(JEKYLL, found["jargon/fast-paced"]) == "fast-paced environment"
    assert found["jargon/fast-paced"].line == 7
    assert at(JEKYLL, found["jargon/self-starter"]) == "self-starter"
    assert found["jargon/rockstar"].line == 10 and at(JEKYLL, found["jargon/rockstar"]) == "rockstar"
    assert at(JEKYLL, found["credentials/gpa-cutoff"]).startswith("Graduated with a 2.1")


def test_metadata_keys_stay_silent_when_prose_fields_are_declared():
    # the logo path says "rockstar-ninja" and layout/title are metadata: never prose here
    assert not any(f.line in (2, 3, 4) and f.rule.startswith("jargon/") for f in findings(JEKYLL))


def test_only_the_declared_keys_are_read():
    found = findings(JEKYLL, keys=("skills",))
    assert {f.rule for f in found if 0 < f.line < 16} >= {"jargon/self-starter", "jargon/rockstar"}
    assert not any(f.rule in ("jargon/fast-paced", "credentials/gpa-cutoff") for f in found)


def test_a_folded_scalar_maps_each_line_and_the_field_is_a_section():
    doc = parse("a.md", JEKYLL, "markdown", SCHEMA_ORG)
    comp = [b for b in doc.blocks if b.heading == "Compensation and benefits"]
    assert [b.text for b in comp] == ["Pizza Fridays and a competitive salary"]
    i = comp[0].text.index("competitive")
    start, end = comp[0].span(i, i + len("competitive salary"))
    assert JEKYLL[start:end] == "competitive salary"
    skills = [b for b in doc.blocks if b.heading == "Skills"]
    assert [b.kind for b in skills] == ["list_item", "list_item"]
    assert skills[1].text == "Be a rockstar with C#"  # quotes and the "skill:" key are not prose


def test_crlf_and_non_ascii_positions():
    text = JEKYLL.replace("You are", "Vous êtes — you are").replace("\n", "\r\n")
    found = {f.rule: f for f in findings(text)}
    f = found["jargon/self-starter"]
    assert f.line == 9 and at(text.replace("\r\n", "\n"), f) == "self-starter"


@pytest.mark.parametrize("value", [
    '"Escaped \\"rockstar\\" text"',  # escapes: cannot be placed exactly, so left out
    "[rockstar, ninja]",  # a flow list
    "&anchor rockstar",
])
def test_values_that_cannot_be_placed_exactly_are_left_out(value):
    text = f"---\nskills: {value}\n---\n\nWe pay £30,000.\n"
    doc = parse("a.md", text, "markdown", SCHEMA_ORG)
    assert not [b for b in doc.blocks if b.heading == "Skills"]


def test_nested_mappings_and_comments_are_not_prose():
    text = ("---\nbaseSalary:\n  currency: GBP\n  value: 30000\nresponsibilities:\n"
            "  # TODO: rockstar\n  - Run the ninja release train  # internal note\n---\n\nBody.\n")
    doc = parse("a.md", text, "markdown", SCHEMA_ORG)
    assert [b.text for b in doc.blocks if b.heading in ("Salary", "Responsibilities")] == [
        "Run the ninja release train"]


def test_html_pages_with_front_matter_too():
    text = JEKYLL.replace("Apply by email", "<p>Apply by email") + "</p>\n"
    found = {f.rule for f in findings(text, fmt="html")}
    assert "jargon/self-starter" in found


def test_broken_front_matter_is_not_read():
    text = "---\nskills: [rockstar\nresponsibilities:\n- be a ninja\n---\n\nBody text here.\n"
    assert not any(f.rule.startswith("jargon/") for f in findings(text))


@pytest.mark.parametrize("value, message", [
    (["skills", "has space"], "is not a front-matter key"),
    (3, "expected a list of strings"),
])
def test_bad_configuration_is_one_line(value, message):
    with pytest.raises(ConfigError, match=message):
        settings_from_table({"front-matter-prose": value}, "adlint.toml", ".")


def test_the_cli_reads_the_setting(tmp_path):
    (tmp_path / "adlint.toml").write_text('front-matter-prose = ["schema.org"]\nlanguage = "en"\n')
    (tmp_path / "ad.md").write_text(JEKYLL, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "adlint", "check", "--no-cache", "--exit-zero",
                          "--select", "jargon/self-starter", "ad.md"],
                         cwd=tmp_path, capture_output=True, text=True)
    assert "ad.md:9:" in out.stdout and "self-starter" in out.stdout


def test_the_rest_of_a_value_that_cannot_be_placed_is_left_out_too():
    text = ('---\nskills: "Be a rockstar\n  with C#"\nresponsibilities:\n- "Escaped \\"ninja\\"\n'
            '  still quoted"\n- Run the release train\n---\n\nBody.\n')
    doc = parse("a.md", text, "markdown", SCHEMA_ORG)
    assert [b.text for b in doc.blocks if b.heading in ("Skills", "Responsibilities")] == [
        "Run the release train"]
