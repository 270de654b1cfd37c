"""Pay statements: amounts of money, ranges, periods and open ends.

"$90,000–$110,000 a year", "GS-13 ($117,962 - $153,354)", "£38k–£45k pro rata",
"$45/hr", "up to $60,000" (open-ended), "from €50k" (open-ended).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Block, Document
from .sentences import sentences

_CUR = r"(?:[$£€¥₹]|(?:US|CA|C|A|NZ)\$|\b(?:USD|CAD|EUR|GBP|AUD|NZD|CHF|INR)\b)"
_NUM = r"\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+(?:[.,]\d\d?)?(?!\d)|\d+(?:\.\d+)?"
_MULT = r"(?:\s?(?:[kK]|million|mn|[mM])\b)?"
_AMOUNT = (rf"(?:{_CUR}\s?(?P<n{{i}}>{_NUM})(?P<m{{i}}>{_MULT})"
           rf"|(?P<n{{i}}b>{_NUM})(?P<m{{i}}b>{_MULT})\s?{_CUR}(?![\d\ufffc]))")
_DASH = r"\s*(?:-|–|—|to|and|until)\s*"
# a second amount may omit the currency: "$90,000 - 110,000"
_AMOUNT1 = _AMOUNT.replace("{i}", "1")
_AMOUNT2 = _AMOUNT.replace("{i}", "2")
_SECOND = rf"(?:{_AMOUNT2}|(?P<n3>{_NUM})(?P<m3>{_MULT}))"
PAY = re.compile(rf"{_AMOUNT1}(?:{_DASH}{_SECOND})?", re.IGNORECASE)

_OPEN_BEFORE = re.compile(r"(?:up to|as much as|starting (?:at|from)|starts at|from|minimum(?: of)?|"
                          r"at least|min\.?|maximum(?: of)?|max\.?|no less than|in excess of|over)"
                          r"\s*$", re.IGNORECASE)
_OPEN_AFTER = re.compile(r"^\s*(?:\+|(?:and|or) (?:up|upwards|more|above|higher|over)\b|plus\b)",
                         re.IGNORECASE)
PERIODS = [
    ("hour", re.compile(r"per hour|an hour|/\s?h(?:ou)?r\b|\bhourly\b|\bp/?h\b|\bph\b", re.I)),
    ("day", re.compile(r"per day|a day\b|/\s?day\b|\bdaily (rate|pay)\b", re.I)),
    ("week", re.compile(r"per week|a week\b|/\s?w(?:ee)?k\b|\bweekly\b", re.I)),
    ("month", re.compile(r"per month|a month\b|/\s?mo(?:nth)?\b|\bmonthly\b", re.I)),
    ("year", re.compile(r"per (?:year|annum)|a year\b|/\s?y(?:ea)?r\b|\bp\.?\s?a\.?(?!\w)|"
                        r"\bannual(?:ly)?\b|\byearly\b|\bpro rata\b|\bsalary\b|\bGS-?\s?\d", re.I)),
]
PAY_WORDS = re.compile(r"\b(?:salary|salaries|pay|paid|compensation|wages?|rate|earn(?:ing)?s?|base|"
                       r"range|stipend|remuneration|OTE|GS-?\s?\d{1,2}|hourly|per hour|per year|"
                       r"annual(?:ly)?|pro rata|per annum)\b", re.IGNORECASE)
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


def _value(num: str, mult: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d\d?)?", num):  # 50.000,00 (European)
        num = num.replace(".", "").replace(",", ".")
    v = float(re.sub(r"[,\u202f\u00a0 ]", "", num))
    m = (mult or "").strip().lower()
    if m == "k":
        v *= 1_000
    elif m in ("m", "mn", "million"):
        v *= 1_000_000
    return v


def _period(context: str) -> str | None:
    for name, pat in PERIODS:
        if pat.search(context):
            return name
    return None


def find_in_text(text: str, block: Block | None = None, lo: int = 0, hi: int | None = None,
                 context: str | None = None) -> list[PayStatement]:
    """Pay statements in text[lo:hi]; `context` (default: that text) gives the period
    and must mention pay or a period for a figure to count as pay."""
    hi = len(text) if hi is None else hi
    if not _DIGIT.search(text, lo, hi):
        return []
    ctx = text[lo:hi] if context is None else context
    if not PAY_WORDS.search(ctx) and not _period(ctx):
        return []
    out = []
    for m in PAY.finditer(text, lo, hi):
        g = m.groupdict()
        n1, m1 = (g["n1"], g["m1"]) if g["n1"] else (g["n1b"], g["m1b"])
        n2 = g["n2"] or g["n2b"] or g["n3"]
        m2 = g["m2"] or g["m2b"] or g["m3"] or ""
        if not m1 and m2 and not (g["n2"] or g["n2b"]):
            m1 = m2  # "£38–45k"
        low = _value(n1, m1)
        high = _value(n2, m2 or m1) if n2 else None
        if high is not None and high < low:
            high = None  # "$5 to 10" style noise: keep the single figure
        before = text[max(lo, m.start() - 20):m.start()]
        after = text[m.end():m.end() + 12]
        open_ended = high is None and bool(_OPEN_BEFORE.search(before) or _OPEN_AFTER.search(after))
        out.append(PayStatement(block, m.start(), m.end(), low, high, _period(ctx), open_ended,
                                text[m.start():m.end()]))
    return out


_FM_KEYS = re.compile(r"salary|pay|compensation|wage|remuneration", re.IGNORECASE)


def statements(doc: Document) -> list[PayStatement]:
    """Every pay statement in the prose and in front matter (salary_min/salary_max…)."""
    cached = doc.cache.get("pay")
    if cached is not None:
        return cached
    from .sections import sections

    out: list[PayStatement] = []
    in_pay = {id(b) for b, key in zip(doc.blocks, sections(doc)) if key == "pay"}
    for s in sentences(doc):
        text = s.block.text
        # under a "Salary" heading a bare range is pay: the heading gives the context
        ctx = "salary " + text[s.start:s.end] if id(s.block) in in_pay else None
        out.extend(find_in_text(text, s.block, s.start, s.end, context=ctx))
    fm = doc.metadata.get("front_matter") or {}
    if isinstance(fm, dict):
        nums = {}
        for k, v in fm.items():
            if isinstance(k, str) and _FM_KEYS.search(k) and v not in (None, ""):
                text = str(v)
                found = find_in_text(text, context=f"{k} {text}")
                out.extend(found)
                if not found and re.fullmatch(rf"\s*\$?\s?(?:{_NUM})\s*", text):
                    nums[k.lower()] = _value(text.strip().lstrip("$").strip(), "")
        lo = next((v for k, v in nums.items() if "min" in k or "low" in k), None)
        hi = next((v for k, v in nums.items() if "max" in k or "high" in k), None)
        if lo is not None:
            out.append(PayStatement(None, 0, 0, lo, hi if hi is not None and hi >= lo else None,
                                    "year", hi is None, f"front matter: {lo:,.0f}–{hi or 0:,.0f}"))
    doc.cache["pay"] = out
    return out
