"""The one money parser (analysis/pay.py): what counts as the job's pay.

A figure near a pay word is pay unless the words around it make it something
else: revenue, funding, valuation, a price, an equipment stipend or allowance, or
an extra such as a signing bonus or equity (compensation, but not the salary).
"""

import pytest

from adlint.analysis.pay import _front_matter, find_in_text
from adlint.config import Settings
from adlint.engine import lint_text

PAY_RULES = ("tone/vague-pay", "elements/missing-pay", "pay-transparency/missing-pay")


def _figures(text):
    return [s.text for s in find_in_text(text)]


@pytest.mark.parametrize("text,figures", [
    # the salary is found, the other money in the sentence is not
    ("We raised $20M from investors and pay a salary of $90,000.", ["$90,000"]),
    ("Salary: $90,000 a year plus a $2,000 home-office stipend.", ["$90,000"]),
    ("We hit $10M revenue, and the salary is $90,000 a year.", ["$90,000"]),
    ("You get a £500 annual learning budget and a salary of £40k.", ["£40k"]),
    ("Salary $90k a year plus $10k in equity.", ["$90k"]),
    # money that is not this job's pay, though the sentence has a pay word
    ("Our annual revenue of over $50 million pays for everything we build.", []),
    ("A $2,000 signing bonus is paid with your first salary.", []),
    ("The company is valued at $1.2 billion after a $20M Series B funding round, paid in 2024.", []),
    ("Our product costs $99 per month.", []),
    ("You will grow our donor base from $250k annually to $1M annually.", []),
    ("Monthly performance prizes (£300 each) and a pension scheme.", []),
    ("We oversee over £136 billion for clients across a range of equity and fixed income products.", []),
    ("You will manage a $5 million annual budget.", []),
    ("Every year you get a $1,000 equipment allowance.", []),
    # pay as before
    ("Sales Executive, salary £30k per year", ["£30k"]),
    ("Day rate: £500 per day", ["£500"]),
    ("A total compensation package worth $150,000 a year", ["$150,000"]),
    ("We pay €52.000 - €60.000 per year.", ["€52.000 - €60.000"]),
])
def test_money_that_is_not_the_salary(text, figures):
    assert _figures(text) == figures, text


@pytest.mark.parametrize("fields,expected", [
    # schema.org JobPosting as the cssbristol job board writes it
    ({"baseSalary": "25000-28000", "salaryCurrency": "GBP", "salaryPeriod": "year"},
     [(25000, 28000, "year", False)]),
    ({"baseSalary": "25-30,000", "salaryPeriod": "year"}, [(25000, 30000, "year", False)]),
    ({"baseSalary": "30000+", "salaryCurrency": "GBP", "salaryPeriod": "year"},
     [(30000, None, "year", True)]),
    ({"baseSalary": 14.0, "salaryCurrency": "GBP", "salaryPeriod": "Hour"}, [(14, None, "hour", False)]),
    ({"baseSalary": "Up to £25000 per year"}, [(25000, None, "year", True)]),
    ({"baseSalary": "Competitive"}, []),
    # incentiveCompensation lists benefits and bonuses, not the salary
    ({"incentiveCompensation": ["Get £100 per month in credit to spend at our retailers"]}, []),
])
def test_front_matter_pay(fields, expected):
    got = [(s.low, s.high, s.period, s.open_ended) for s in _front_matter(fields, "en")]
    assert got == expected


def test_open_ended_front_matter_salary_states_pay():
    text = ("---\nbaseSalary: Up to £25000 per year\n---\n# Junior developer\n\n"
            + "You will build internal tools with JavaScript and node.js. " * 8)
    res = lint_text(text, "markdown", Settings(select=PAY_RULES, cache=False))
    assert res.findings == [] and res.metrics["elements"]["pay"] is True


def test_a_signing_bonus_alone_does_not_state_pay_for_any_rule():
    """Decision: a signing bonus is compensation but not the salary. Every rule that
    asks whether the ad states pay reads Facts.pay, so all three say it is missing."""
    text = ("# Barista\n\nWe offer a competitive salary and a $2,000 signing bonus. "
            + "You will make coffee for our guests and keep the counter clean. " * 8)
    res = lint_text(text, "markdown", Settings(select=PAY_RULES, jurisdictions=("US-CO",), cache=False))
    assert sorted(f.rule for f in res.findings) == sorted(PAY_RULES)
    assert res.metrics["elements"]["pay"] is False
