"""Element detection (metrics.elements) and the elements/missing-* rules."""

import pytest

from adlint.analysis import elements
from adlint.config import Settings
from adlint.engine import lint_text

FULL_AD = """\
---
title: Delivery planner
---
# Delivery planner

We are a family-run grocery co-op that delivers food to 4,000 homes in Leeds.

## What you'll do

- Plan the weekly delivery routes for our ten drivers
- Answer questions from customers by phone

## What you need

- Experience planning routes or shifts
- Confident with spreadsheets

## Nice to have

- A driving licence

## Pay and benefits

The salary is £28,000–£31,000 a year. You get 28 days of paid holiday, a pension with a 5%
employer match and free weekly groceries. You will have a mentor and a yearly training budget.

## Where and when

This is a hybrid role: two days a week at our warehouse in Leeds. Full-time, 37.5 hours per week.

## How to apply

Send your CV by 15 March 2026. We reply within two weeks and then invite you to a short interview.
If you need adjustments to the interview process, tell us. Questions? Email Priya at jobs@example.org.

We are an equal opportunity employer and welcome applicants of every background.
"""


def _elements(text, fmt="markdown"):
    return lint_text(text, fmt, Settings(select=("elements",))).metrics["elements"]


def test_every_key_is_always_present():
    m = _elements("Hello there.")
    assert list(m) == list(elements.ELEMENTS) and not any(m.values())


def test_full_ad_has_every_element():
    res = lint_text(FULL_AD, "markdown", Settings(select=("elements",)))
    assert res.metrics["elements"] == dict.fromkeys(elements.ELEMENTS, True)
    assert not res.findings
    ev = res.metrics["element_evidence"]
    assert ev["pay"]["text"] == "£28,000–£31,000"
    assert ev["contact"]["how"] == "text"


@pytest.mark.parametrize("text,has_pay", [
    ("Salary: GS-13 ($117,962 - $153,354) per year.", True),
    ("The salary is GS-13 ($117,962 - $153,354).", True),
    ("£38k–£45k pro rata, depending on hours.", True),
    ("Pay: $45/hr.", True),
    ("We pay €52.000 - €60.000 per year.", True),
    ("We offer competitive compensation.", False),
    ("Competitive salary and great perks!", False),
    ("You will manage a $5 million budget.", False),
    ("We raised $20M from investors in 2024.", False),
])
def test_pay_needs_a_figure_with_a_pay_word_or_period(text, has_pay):
    assert _elements(text)["pay"] is has_pay


@pytest.mark.parametrize("text,has", [
    ("We offer great perks!", False),
    ("Amazing benefits and a fun culture.", False),
    ("You get health insurance and 25 days of paid vacation.", True),
    ("Benefits include a 401(k) match.", True),
    ("We work on public health programmes.", False),
    ("We value diversity, equity and inclusion.", False),
])
def test_benefits_must_be_concrete(text, has):
    assert _elements(text)["benefits"] is has


@pytest.mark.parametrize("key,text,has", [
    ("location", "This role is fully remote within Canada.", True),
    ("location", "Our office is in a lovely building.", False),
    ("location", "You will be based in Toronto.", True),
    ("deadline", "Applications close on 1 May.", True),
    ("deadline", "We review applications on a rolling basis.", True),
    ("deadline", "Please close the door behind you.", False),
    ("schedule", "This is a part-time role, 20 hours per week.", True),
    ("schedule", "Time to market matters to us.", False),
    ("contact", "Questions? Email Sam at hiring@example.com.", True),
    ("contact", "Customers contact us about deliveries.", True),
    ("contact", "You will lead our Contact Center team.", False),
    ("contact", "You will handle customer emails.", False),
    ("accommodation", "Tell us if you need a reasonable accommodation.", True),
    ("accommodation", "We offer accommodation for seasonal staff in the village.", True),
    ("inclusion", "We do not discriminate on the basis of race, religion or age.", True),
    ("inclusion", "You will include the results in a report.", False),
    ("growth", "You will have a mentor and a conference budget.", True),
    ("growth", "Our company is growing fast.", False),
    ("application_process", "To apply, send your CV. We will review every application.", True),
    ("application_process", "You will review applications from suppliers.", False),
    ("about", "We are a small charity that helps older people stay at home.", True),
    ("responsibilities", "You will plan delivery routes.", True),
    ("requirements", "You have experience with Excel.", True),
])
def test_elements_from_body_text(key, text, has):
    assert _elements(text)[key] is has, (key, text)


def test_elements_from_headings_need_content_under_them():
    assert _elements("## How to apply\n\nSend us a note.\n")["application_process"] is True
    assert _elements("## Growth\n\n## Benefits\n\nGreat perks.\n")["growth"] is False
    # a benefits heading over vague text is not a description of benefits
    assert _elements("## Benefits\n\nGreat perks and more. Ask us.\n")["benefits"] is False


def test_elements_from_front_matter_and_label_paragraphs():
    text = ("---\ntitle: Engineer\nlocation: Washington, DC\ncloses: 2026-05-01\n"
            "salary_min: '117,962'\nsalary_max: '153,354'\ncontact_email: jobs@example.gov\n---\n"
            "Work Schedule:\nFull time\n")
    m = _elements(text)
    assert m["location"] and m["deadline"] and m["pay"] and m["contact"] and m["schedule"]


def test_elements_in_html():
    text = ("<html lang='en'><body><h2>Salary</h2><p>$142,700 to $170,800 per year</p>"
            "<h2>Benefits</h2><ul><li>Health insurance</li></ul>"
            "<p>Questions? <a href='mailto:jobs@example.gov'>Write to us</a>.</p></body></html>")
    m = _elements(text, "html")
    assert m["pay"] and m["benefits"] and m["contact"]


def test_missing_element_findings_follow_the_profile():
    text = "You will plan routes for our drivers and answer their questions by phone. " * 8
    job = lint_text(text, "markdown", Settings(select=("elements",)))
    by_rule = {f.rule: f.severity for f in job.findings}
    assert by_rule["elements/missing-pay"] == "warning"
    assert by_rule["elements/missing-about"] == "info"
    assert "elements/missing-responsibilities" not in by_rule
    page = lint_text(text, "markdown", Settings(select=("elements",), profile="careers-page"))
    by_rule = {f.rule: f.severity for f in page.findings}
    assert "elements/missing-pay" not in by_rule and by_rule["elements/missing-about"] == "warning"


def test_profile_severities_are_configurable_and_user_severity_wins():
    text = "You will plan routes for our drivers and answer their questions by phone. " * 8
    res = lint_text(text, "markdown", Settings(
        select=("elements/missing-pay", "elements/missing-schedule"),
        rules={"elements/missing-pay": {"profiles": {"job-ad": "error"}},
               "elements/missing-schedule": {"profiles": {}}}))
    assert [(f.rule, f.severity) for f in res.findings] == [("elements/missing-pay", "error")]
    res = lint_text(text, "markdown", Settings(select=("elements/missing-pay",),
                                                severity={"elements/missing-pay": "info"}))
    assert [f.severity for f in res.findings] == ["info"]


def test_short_and_non_english_documents_are_not_judged():
    assert not lint_text("Planner wanted.", "markdown", Settings(select=("elements",))).findings
    fr = ("Nous cherchons une personne pour planifier les tournées de nos chauffeurs et "
          "répondre aux questions des clients. ") * 6
    res = lint_text(fr, "markdown", Settings(select=("elements",)))
    assert res.language == "fr" and not res.findings
    assert res.metrics["elements"] == dict.fromkeys(elements.ELEMENTS)  # every key, not judged
