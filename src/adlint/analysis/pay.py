"""Pay statements: amounts of money, ranges, periods and open ends.

"$90,000–$110,000 a year", "GS-13 ($117,962 - $153,354)", "£38k–£45k pro rata",
"$45/hr", "up to $60,000" (open-ended), "from €50k" (open-ended).

Pay here means the salary or wage of the job: what `Facts.pay` answers for every
rule that asks whether the ad states pay. A money figure in a sentence with a pay
word is still not pay when the words around it make it something else: a company's
revenue, funding or valuation, a price or a fee, a budget or allowance for
equipment ("a $2,000 home-office stipend"), or a one-off or variable extra such as
"a $2,000 signing bonus" or "$10k in equity". Those extras are compensation, but not
the salary a pay-transparency law asks for, so an ad that gives only them does not
state pay (the words are `not_pay_before` / `not_pay_after` in rules/data/pay.*.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from functools import lru_cache

from ..document import PLACEHOLDER, Block, Document, leaves
from . import data
#: the big patterns' compiled programs come from the rule index (prefilter.compile_python):
#: compiling them is a twentieth of a one-ad run
from .prefilter import Prefiltered, compile_python
from .sentences import Sentence

_SIGNS = "$£€¥₹"
_CODES = "USD|CAD|EUR|GBP|AUD|NZD|CHF|INR"
_CUR = rf"(?:[{_SIGNS}]|(?:US|CA|C|A|NZ)\$|\b(?:{_CODES})\b)"
#: a currency written as a word after the figure: "90,000 dollars" (not "20 pounds of force")
_CUR_WORD = r"(?:\s(?:US |Canadian |Australian )?(?:dollars|euros|pounds(?! of\b))\b)"
#: a currency's sign, code or word, as a plain substring: every figure PAY (or PAY_FR)
#: reads holds one, so a text without one has no pay in any part of it (RE2-guided:
#: Python alone tries the case-folded words at every character)
_MONEY = Prefiltered(rf"[{_SIGNS}]|{_CODES}|dollars|euros|pounds", re.IGNORECASE)
_NUM = r"\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+(?:[.,]\d\d?)?(?!\d)|\d+(?:\.\d+)?"
_MULT = r"(?:\s?(?:[kK]|million|mn|[mM])\b)?"
_AMOUNT = (rf"(?:{_CUR}\s?(?P<n{{i}}>{_NUM})(?P<m{{i}}>{_MULT})"
           rf"|(?P<n{{i}}b>{_NUM})(?P<m{{i}}b>{_MULT})(?:\s?{_CUR}(?![\d{PLACEHOLDER}])|{_CUR_WORD}))")
_DASH = r"\s*(?:-|–|—|to|and|until|à|au|et)\s*"  # à, au, et: French ("38 000 € à 42 000 €")
# a second amount may omit the currency: "$90,000 - 110,000"
_AMOUNT1 = _AMOUNT.replace("{i}", "1")
_AMOUNT2 = _AMOUNT.replace("{i}", "2")
_SECOND = rf"(?:{_AMOUNT2}|(?P<n3>{_NUM})(?P<m3>{_MULT}))"
PAY = compile_python(rf"{_AMOUNT1}(?:{_DASH}{_SECOND})?", re.IGNORECASE)

# French figures: a decimal comma ("38 000,00 €", "22,50 $ de l'heure") besides the
# thousands separators above (space, U+00A0 no-break space, U+202F narrow no-break space),
# and a range whose first figure has no currency ("45-55 k€", "entre 40 000 et 48 000 €",
# "de 60 000 à 75 000 $"). English figures are read as before.
_NUM_FR = r"\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+(?:[.,]\d\d?)?(?!\d)|\d+(?:[.,]\d\d?)?(?!\d)"
PAY_FR = compile_python(PAY.pattern.replace(_NUM, _NUM_FR), re.IGNORECASE)
#: the bare first figure of a French range, just before the matched figure
_LOW_FR = compile_python(rf"(?:\b(?:entre|de)\s+)?(?P<n>{_NUM_FR})(?P<m>{_MULT})\s*(?:-|–|—|à|au|et)\s*$",
                     re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")


class _Words:
    """The language's pay words and periods (rules/data/pay.<language>.yaml)."""

    def __init__(self, d: dict):
        self.pay_words = data.phrase_re(data.alternation(d["pay_words"]))
        self.periods = [(name, data.phrase_re(data.alternation(p))) for name, p in d["periods"].items()]
        self.open_before = data.phrase_re(data.alternation(d["open_before"]))
        self.open_after = data.phrase_re(data.alternation(d["open_after"]))
        self.not_before = data.phrase_re(data.alternation(d["not_pay_before"]))
        self.not_after = data.phrase_re(data.alternation(d["not_pay_after"]))
        self.fm_keys = data.phrase_re(data.alternation(d["front_matter_keys"]))
        self.fm_not_keys = data.phrase_re(data.alternation(d["front_matter_not_pay_keys"]))


@lru_cache(maxsize=None)
def words(language: str = "en") -> _Words:
    return _Words(data.load("pay", language) or data.load("pay", "en"))


_DIGIT = re.compile(r"\d")
_PER_YEAR = {"hour": 2080, "day": 260, "week": 52, "month": 12, "year": 1}


@dataclass
class PayStatement:
    block: Block | None
    start: int  # offsets in block.text (0, 0 for front matter)
    end: int
    low: float
    high: float | None  # None: a single figure
    period: str | None
    open_ended: bool
    text: str

    @property
    def is_range(self) -> bool:
        return self.high is not None and not self.open_ended

    def annual(self, value: float) -> float:
        return value * _PER_YEAR.get(self.period or "year", 1)


def _value(num: str, mult: str, language: str = "en") -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d\d?)?", num):  # 50.000,00 (European)
        num = num.replace(".", "").replace(",", ".")
    elif language == "fr" and re.fullmatch(r"\d+(?:[\u202f\u00a0 ]\d{3})*,\d\d?", num):
        num = num.replace(",", ".")  # 38 000,00 and 22,50: a decimal comma
    v = float(re.sub(r"[,\u202f\u00a0 ]", "", num))
    m = (mult or "").strip().lower()
    if m == "k":
        v *= 1_000
    elif m in ("m", "mn", "million"):
        v *= 1_000_000
    return v


def _period(context: str, w: _Words) -> str | None:
    for name, pat in w.periods:
        if pat.search(context):
            return name
    return None


def find_in_text(text: str, block: Block | None = None, lo: int = 0, hi: int | None = None,
                 context: str | None = None, language: str = "en") -> list[PayStatement]:
    """Pay statements in text[lo:hi]; `context` (default: that text) gives the period
    and must mention pay or a period for a figure to count as pay."""
    w = words(language)
    hi = len(text) if hi is None else hi
    if not _DIGIT.search(text, lo, hi) or not _MONEY.search(text, lo, hi):
        return []  # no figure, or none with a currency: no need to read the words
    ctx = text[lo:hi] if context is None else context
    if not w.pay_words.search(ctx) and not _period(ctx, w):
        return []
    out = []
    vetoed = -100  # end of the last figure that was not pay
    french = language == "fr"
    for m in (PAY_FR if french else PAY).finditer(text, lo, hi):
        g = m.groupdict()
        n1, m1 = (g["n1"], g["m1"]) if g["n1"] else (g["n1b"], g["m1b"])
        n2 = g["n2"] or g["n2b"] or g["n3"]
        m2 = g["m2"] or g["m2b"] or g["m3"] or ""
        if not m1 and m2 and not (g["n2"] or g["n2b"]):
            m1 = m2  # "£38–45k"
        low = _value(n1, m1, language)
        high = _value(n2, m2 or m1, language) if n2 else None
        if high is not None and high < low:
            high = None  # "$5 to 10" style noise: keep the single figure
        start = m.start()
        if french and high is None and (b := _bare_low(text, lo, start, low, m1)):
            start, low, high = b[0], b[1], low
        before = text[max(lo, m.start() - 20):m.start()]
        after = text[m.end():m.end() + 12]
        if (w.not_before.search(text[max(lo, m.start() - 60):m.start()])
                or w.not_after.search(text[m.end():min(hi, m.end() + 40)])
                or (m.start() - vetoed < 30 and _SAME_FIGURE.fullmatch(text, vetoed, m.start()))):
            # revenue, funding, a price, an equipment budget, a signing bonus, or the
            # second figure of such a pair ("donor base from $250k annually to $1M")
            vetoed = m.end()
            continue
        open_ended = high is None and bool(w.open_before.search(before) or w.open_after.search(after))
        out.append(PayStatement(block, start, m.end(), low, high, _period(ctx, w), open_ended,
                                text[start:m.end()]))
    return out


def _bare_low(text: str, lo: int, start: int, high: float, mult: str):
    """(start, value) of the first figure of a French range written without its currency
    ("45-55 k€", "entre 40 000 et 48 000 €"), or None. A year ("en 2025 et 48 000 €") or
    a figure far below the second one is not the bottom of the range."""
    b = _LOW_FR.search(text, max(lo, start - 40), start)
    if not b or _YEAR.fullmatch(b["n"]):
        return None
    low = _value(b["n"], b["m"] or mult, "fr")
    if not b["m"] and not mult and low < 1000 <= high and low * 1000 <= high:
        low *= 1000  # "de 60 à 75 000 $"
    if not (0.2 * high <= low <= high):
        return None
    return b.start("n"), low


_SAME_FIGURE = compile_python(r"[^\W\d]*(?:\s+[^\W\d]+){0,3}\s+")  # "annually to", " to "
_FM_PERIOD = re.compile(r"period|unit", re.IGNORECASE)
_BOUNDS = ("min", "max", "low", "high")
_BARE_NUMBER = compile_python(rf"\s*\$?\s?(?P<n>{_NUM})\s*(?P<plus>\+)?\s*")
#: baseSalary: 25000-28000, "20-25k", "25000 - 35000 per annum"
_BARE_RANGE = compile_python(rf"\s*(?P<lo>{_NUM})(?P<m1>{_MULT}){_DASH}(?P<hi>{_NUM})(?P<m2>{_MULT})"
                         rf"\s*(?:\w[\w ]*)?")


def _front_matter(fields: dict, language: str) -> list[PayStatement]:
    """Pay in front matter: a text value ("$90k-$110k a year"), or numbers in
    salary_min/salary_max or schema.org's baseSalary, salaryCurrency, salaryPeriod."""
    w = words(language)
    out: list[PayStatement] = []
    nums: dict[str, float] = {}
    ranges: list[tuple[float, float, str | None]] = []
    period, plus = None, False
    for k, v in leaves(fields):
        if v in (None, ""):
            continue
        text = str(v)
        if not w.fm_keys.search(k) or w.fm_not_keys.search(k):
            continue  # not a pay field, or incentiveCompensation (benefits and bonuses)
        if _FM_PERIOD.search(k) and not _DIGIT.search(text):
            period = _period("per " + text, w)
            continue
        found = find_in_text(text, context=f"{k} {text}", language=language)
        out.extend(found)
        if found:
            continue
        if n := _BARE_NUMBER.fullmatch(text):  # baseSalary: 28000, 30 000, 30000+
            nums[k.lower()] = _value(n["n"], "")
            plus = plus or bool(n["plus"])
        elif r := _BARE_RANGE.fullmatch(text):  # baseSalary: 25000-28000 (salaryCurrency: GBP)
            low, high = _value(r["lo"], r["m1"] or r["m2"]), _value(r["hi"], r["m2"])
            if low < 1000 <= high and not (r["m1"] or r["m2"]) and low * 1000 <= high:
                low *= 1000  # 25-30,000
            if high >= low:
                ranges.append((low, high, _period(text, w)))
    out.extend(PayStatement(None, 0, 0, low, high, own or period or "year", False,
                            f"front matter: {low:,.0f}–{high:,.0f}") for low, high, own in ranges)
    lo = next((v for k, v in nums.items() if "min" in k or "low" in k), None)
    hi = next((v for k, v in nums.items() if "max" in k or "high" in k), None)
    if lo is not None:
        out.append(PayStatement(None, 0, 0, lo, hi if hi is not None and hi >= lo else None,
                                period or "year", hi is None, f"front matter: {lo:,.0f}–{hi or 0:,.0f}"))
    elif not out:
        single = next((v for k, v in nums.items() if not any(b in k for b in _BOUNDS)), None)
        if single is not None:
            out.append(PayStatement(None, 0, 0, single, None, period or "year", plus,
                                    f"front matter: {single:,.0f}{'+' if plus else ''}"))
    return out


def statements(doc: Document, sentences: list[Sentence], sections: list[str | None]) -> list[PayStatement]:
    """Every pay statement in the prose and in front matter (salary_min/salary_max…)."""
    language = doc.language if doc.language in data.languages("pay") else "en"
    out: list[PayStatement] = []
    in_pay = {id(b) for b, key in zip(doc.blocks, sections) if key == "pay"}
    # most blocks name no currency: one pass over the prose finds those that may
    money = _MONEY.blocks_to_search(doc.prose, doc.block_starts)
    skip = set() if money is None else {id(b) for k, b in enumerate(doc.blocks) if k not in money}
    for s in sentences:
        if id(s.block) in skip:
            continue
        text = s.block.text
        # under a "Salary" heading a bare range is pay: the heading gives the context
        ctx = "salary " + text[s.start:s.end] if id(s.block) in in_pay else None
        out.extend(find_in_text(text, s.block, s.start, s.end, context=ctx, language=language))
    out.extend(_front_matter(doc.metadata.front_matter_fields(), language))
    return out
