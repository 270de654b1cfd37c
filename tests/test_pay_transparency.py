"""Pay-transparency rules for configured and inferred jurisdictions."""

import pytest

from adlint.config import ConfigError, Settings, load_file
from adlint.engine import lint_text
from conftest import run_cli


def run(text, jurisdictions, fmt="markdown", **kw):
    res = lint_text(text, fmt, Settings(select=("pay-transparency",), jurisdictions=tuple(jurisdictions), **kw))
    return res


def rules(res):
    return sorted(f.rule for f in res.findings)


NYC_OPEN = "# Barista\n\nLocation: New York, NY. Salary up to $60,000 per year.\n"


def test_nothing_without_jurisdictions():
    assert not run(NYC_OPEN, ()).findings


def test_open_ended_range_is_reported_on_the_figure_and_names_the_law():
    res = run(NYC_OPEN, ["US-NYC"])
    (f,) = res.findings
    assert f.rule == "pay-transparency/open-ended-range" and f.severity == "error"
    assert f.text == "$60,000" and (f.line, f.column) == (3, 38)
    assert "New York City (US-NYC)" in f.message and "https://" in f.message


def test_closed_range_passes_and_single_figure_counts_as_min_equals_max():
    assert not run("Salary $52,000 to $60,000 per year.", ["US-NYC"]).findings
    assert not run("Pay: $45/hr.", ["US-NYC"]).findings


def test_missing_pay_and_missing_benefits_for_washington():
    res = run("You will plan routes. Competitive pay and great perks!", ["US-WA"])
    assert rules(res) == ["pay-transparency/missing-benefits", "pay-transparency/missing-pay"]
    ok = run("Pay: $30 per hour. Medical, dental and vision insurance and paid time off.", ["US-WA"])
    assert not ok.findings


def test_colorado_needs_deadline_and_how_to_apply():
    res = run("Pay: $25 an hour. Health insurance and a 401(k).", ["US-CO"])
    assert rules(res) == ["pay-transparency/missing-deadline", "pay-transparency/missing-how-to-apply"]
    ok = run("Pay: $25 an hour. Health insurance and a 401(k). To apply, send your CV by 1 May.",
             ["US-CO"])
    assert not ok.findings


def test_ontario_statements_and_range_cap():
    text = "Salary $60,000 to $150,000 a year."
    res = run(text, ["CA-ON"])
    assert rules(res) == ["pay-transparency/missing-ai-statement",
                          "pay-transparency/missing-vacancy-statement",
                          "pay-transparency/range-too-wide"]
    wide = next(f for f in res.findings if f.rule.endswith("range-too-wide"))
    assert wide.text == "$60,000 to $150,000" and "90,000" in wide.message
    ok = run("Salary $90,000 to $130,000 a year. This posting is for an existing vacancy. "
             "We do not use artificial intelligence to screen or select applicants.", ["CA-ON"])
    assert not ok.findings
    # the cap does not apply above $200,000 a year, and "AI engineer" is not an AI statement
    top = run("Salary $180,000 to $260,000 a year. We are hiring an AI engineer.", ["CA-ON"])
    assert "pay-transparency/range-too-wide" not in rules(top)
    assert "pay-transparency/missing-ai-statement" in rules(top)


def test_hourly_range_is_annualised_for_the_cap():
    res = run("Pay $20 to $50 per hour. Existing vacancy. AI is not used to screen applicants.", ["CA-ON"])
    assert rules(res) == ["pay-transparency/range-too-wide"]


def test_eu_gender_neutral_title():
    res = run("# Salesman\n\nSalary €40,000 to €48,000 a year.", ["EU"])
    (f,) = res.findings
    assert f.rule == "pay-transparency/gendered-title" and f.text == "Salesman"
    assert not run("# Salesperson\n\nSalary €40,000 to €48,000 a year.", ["EU"]).findings


def test_auto_infers_jurisdictions_from_the_location_and_says_from_what():
    text = ("---\ntitle: Planner\nlocation: Denver, CO\n---\n# Planner\n\n"
            "You will plan routes. Pay: $25 an hour. Health insurance and a 401(k).\n")
    res = run(text, ["auto"])
    assert res.metrics["jurisdictions"] == [{"code": "US-CO", "inferred_from": "Denver, CO"}]
    assert rules(res) == ["pay-transparency/missing-deadline", "pay-transparency/missing-how-to-apply"]
    assert "inferred from “Denver, CO”" in res.findings[0].message


@pytest.mark.parametrize("location,codes", [
    ("Remote (Toronto, Ontario)", ["CA-ON"]),
    ("Washington, DC", ["US-DC"]),
    ("Seattle, WA", ["US-WA"]),
    ("Berlin, Germany (hybrid)", ["EU"]),
    ("Austin, TX", []),
])
def test_auto_place_names(location, codes):
    res = run(f"Location: {location}\n\nYou will plan routes.", ["auto"])
    assert [j["code"] for j in res.metrics["jurisdictions"] or []] == codes


@pytest.mark.parametrize("text, codes", [
    # Ontario's Employment Standards Act does not cover the federal civil service
    ("Location: Ottawa, Ontario\n\nThe Canadian Digital Service, part of the Government of "
     "Canada, is hiring a designer.", []),
    ("Lieu : Ottawa (Ontario)\n\nLe Service numérique canadien du gouvernement du Canada "
     "recrute une ou un designer.", []),
    ("Location: Ottawa, Ontario\n\nShopify is hiring a designer for our Ottawa office.", ["CA-ON"]),
])
def test_auto_skips_a_law_that_does_not_cover_the_employer(text, codes):
    res = run(text, ["auto"])
    assert [j["code"] for j in res.metrics["jurisdictions"] or []] == codes


def test_a_named_jurisdiction_applies_whoever_the_employer():
    text = "Location: Ottawa\n\nThe Government of Canada is hiring a designer."
    assert [j["code"] for j in run(text, ["CA-ON"]).metrics["jurisdictions"]] == ["CA-ON"]


def test_unknown_jurisdiction_is_a_config_error(tmp_path):
    cfg = tmp_path / ".adlint.toml"
    cfg.write_text('jurisdictions = ["US-XX"]\n')
    with pytest.raises(ConfigError, match="unknown jurisdiction 'US-XX'.*US-CO"):
        load_file(str(cfg))


@pytest.mark.parametrize("text, codes, source", [
    ("Join our cafe in Denver, Colorado as a barista.", ["US-CO"], "Denver, Colorado"),
    ("We need a barista in New York City for our Chelsea store.", ["US-NYC", "US-NY"], "New York City"),
    ("Our store is at 120 King St W, Toronto, ON.", ["CA-ON"], "Toronto, ON"),
    ("The role is remote within Ontario.", ["CA-ON"], "Ontario"),
    ("You will work from our office in Berlin.", ["EU"], "Berlin"),
])
def test_jurisdictions_inferred_from_prose(text, codes, source):
    res = lint_text(text + " You will make coffee.", "markdown",
                    Settings(select=("pay-transparency",), jurisdictions=("auto",)))
    got = res.metrics["jurisdictions"]
    assert [j["code"] for j in got] == codes
    assert got[0]["inferred_from"] == source
    assert not any("no jurisdiction inferred" in n for n in res.notes)


def test_jurisdictions_from_front_matter_and_page_metadata():
    fm = "---\njobLocation:\n  address: Seattle, WA\n---\nYou will make coffee.\n"
    res = lint_text(fm, "markdown", Settings(select=("pay-transparency",), jurisdictions=("auto",)))
    assert [j["code"] for j in res.metrics["jurisdictions"]] == ["US-WA"]
    page = ('<html><head><meta name="geo.placename" content="Chicago"></head>'
            "<body><p>You will make coffee.</p></body></html>")
    res = lint_text(page, "html", Settings(select=("pay-transparency",), jurisdictions=("auto",)))
    assert [j["code"] for j in res.metrics["jurisdictions"]] == ["US-IL"]


def test_a_place_that_is_not_where_the_work_is_infers_nothing_and_says_so(tmp_path):
    text = "Our customers love Colorado coffee. You will roast beans and pack orders."
    res = lint_text(text, "markdown", Settings(select=("pay-transparency",), jurisdictions=("auto",)))
    assert res.metrics["jurisdictions"] == []
    assert any("no jurisdiction inferred" in n and "set jurisdictions" in n for n in res.notes)
    (tmp_path / "ad.md").write_text(text + "\n")
    for fmt, needle in (("text", "ad.md: note jurisdictions: no jurisdiction inferred"),
                        ("json", '"jurisdictions: no jurisdiction inferred'), ("github", "::notice file=ad.md"),
                        ("sarif", "no jurisdiction inferred"), ("junit", "no jurisdiction inferred")):
        proc = run_cli("check", "--format", fmt, "--jurisdictions", "auto", "ad.md", cwd=tmp_path)
        assert needle in proc.stdout.decode(), fmt
