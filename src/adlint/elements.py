"""What a good ad tells the candidate: pay, benefits, location, how to apply…

`detect(doc)` returns, for each key in ELEMENTS, the first piece of evidence
that the ad has it (a section heading with content under it, a phrase in the
prose, or a front-matter field), or None. English only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .document import Block, Document
from .metrics import metric
from . import pay as pay_mod
from .sections import phrase_re as _re, sections

ELEMENTS = ("pay", "benefits", "location", "about", "responsibilities", "requirements", "growth",
            "inclusion", "accommodation", "application_process", "contact", "schedule", "deadline")
LANGUAGES = ("en",)



#: Phrases in the prose that show an element, wherever they appear (PHRASES below).
_PHRASE_SOURCES: dict[str, str] = {
    "benefits": r"\bhealth(?:care)? (?:insurance|benefits|coverage|plans?|care (?:plan|benefits))|"
                r"\bmedical(?:,| and| &) (?:dental|vision)|\bdental\b|\bvision (?:insurance|cover)|"
                r"\bpension\b|\b401\(?k\)?|\bretirement (?:plan|savings|contributions?|benefits|"
                r"account|matching)|\bthrift savings plan|\bpaid (?:time off|leave|holidays?|vacation|"
                r"parental|sick)|\bPTO\b|\bannual leave\b|\bsick (?:leave|days)|\bparental leave|"
                r"\bmaternity|\bpaternity|\bvacation (?:days|time|weeks)|\b\d+ (?:days|weeks) (?:of )?"
                r"(?:paid )?(?:vacation|holiday|leave|annual leave|PTO)|\bfederal holidays|"
                r"\blife insurance|\bdisability insurance|\bchild ?care (?:subsid|benefit|support)|"
                r"\btuition (?:assistance|reimbursement)|\bstock options|\bequity (?:grant|package|"
                r"compensation)|\bemployee assistance program|\btransit (?:subsid|benefits?)|"
                r"\bcommuter benefits|\bwellness (?:stipend|allowance|budget)|\bgym (?:membership|"
                r"allowance)|\bflexible spending|\bFEHB\b|\bhealth savings account",
    "location": r"\b(?:fully |100% |partly |partially )?remote(?:ly)?\b(?! (?:IT|equipment|access|"
                r"support|desktop|servers?|sensing|control))|\bhybrid\b(?! of\b)|\bon[- ]?site\b|\bin[- ]office\b|"
                r"\bin[- ]person\b|\btelework|\bwork (?:from|at) home\b|\bwork from anywhere|"
                r"\b(?:based|located|headquartered) in [A-Z]|\b(?:offices?|locations) in [A-Z]|"
                r"\b(?:duty station|work location)s?\b|\blocations?[:*]+\s*(?!\ufffc)\w",
    "about": r"\b(?:we{ap}re|we are) (?:a|an|the)\b|\bour mission\b|\bour (?:team|organi[sz]ation|"
             r"company) (?:is|builds|helps|works|makes|was)\b|\b(?:founded|established) in \d{4}|"
             r"(?:^|\n|[.!?:]\s+)(?-i:We) (?:build|help|make|provide|partner|work with|design|"
             r"deliver|support|serve)\b|"
             r"\bis (?:a|an) [\w ,'-]{0,40}(?:company|organi[sz]ation|agency|team|office|startup|"
             r"nonprofit|non-profit|charity|business|firm|group|program|programme|consultancy|"
             r"service|department)\b|\b(?:is|are) (?:changing|transforming|improving|reimagining) "
             r"(?:how|the way)\b",
    "responsibilities": r"\byou{ap}ll (?!need|have|bring|be expected to have|receive|get|find|"
                        r"hear|be invited|be asked|be contacted|be notified|fit)\w|"
                        r"\b(?:are|is|will be) responsible for\b|\byou will (?!need|have|bring|receive|get|hear)\w|"
                        r"\bresponsibilit|\bduties\b|\bin this role\b|\bthe role (?:involves|includes)|"
                        r"\byour (?:work|role|day|job) will\b|\bkey objectives?\b",
    "requirements": r"\b(?:key )?requirements?:\s*\w|\bqualifications?:\s*\w|"
                    r"\bexperience (?:with|in|of|using|"
                    r"leading|working|building)\b|\byou have\b|\bmust (?:have|be able)\b|"
                    r"\byears{ap}? (?:of )?(?:professional )?experience|\bproficien|"
                    r"\bknowledge of\b|\bfamiliarity with\b|\bability to\b",
    "growth": r"\b(?:your|for) (?:career|professional) (?:growth|development|progression|"
              r"advancement)|\bcareer (?:growth|development|progression|advancement) "
              r"(?:opportunit|path|plan|support)|\b(?:career|progression) (?:paths?|ladders?)\b|"
              r"\bmentor(?:ship|ing)? (?:program|scheme)|\b(?:a|your own|dedicated) mentor\b|"
              r"\bbe mentored\b|\blearning (?:budget|stipend|allowance|and development "
              r"(?:budget|opportunit|programs?))|\btraining (?:and development|budget|"
              r"opportunit|programs? for)|\bconference (?:budget|allowance|tickets)|"
              r"\bgrow (?:your career|"
              r"your skills|with us)\b|\bupskill|\blearn new (?:skills|technolog)|"
              r"\b(?:professional|personal|career) development (?:budget|plan|opportunit|fund|"
              r"allowance|stipend)",
    "inclusion": r"\bequal (?:employment )?opportunit|\bEEO\b|\b(?:we|our \w+|CDS|TTS) "
                 r"(?:values?|celebrates?|embraces?|(?:is|are) committed to|welcomes?) (?:\w+ )?"
                 r"(?:diversity|inclusion|difference)|\bdiversity (?:and|&) inclusion (?:is|are|"
                 r"statement)|"
                 r"\binclusive (?:workplace|environment|culture|team|employer)|"
                 r"\b(?:do|does|will) not discriminate|\b(?:don{ap}t|doesn{ap}t|won{ap}t) "
                 r"discriminate|\bwithout regard to\b|\bregardless of (?:race|age|gender|sex|"
                 r"religion|disability|sexual|background)|\ball backgrounds\b|"
                 r"\bunder-?represented\b|\bbelonging\b|\bwelcomes? (?:all )?applicants|"
                 r"\bof all (?:races|backgrounds|genders|ages|abilities)",
    "accommodation": r"\breasonable (?:accommodation|adjustment)|\baccommodations?\b|"
                     r"\badjustments? (?:to|in|during|for) (?:the |our |your )?(?:application|"
                     r"interview|hiring|recruitment|selection)|\baccessibility (?:needs|"
                     r"requirements|requests?)|\baccessible formats?\b|"
                     r"\b(?:support|adjustments|changes) (?:to|with|during|in) (?:the |your |our )?"
                     r"(?:application|interview|hiring) process",
    "application_process": r"\bhow to apply\b|\bto apply\b|\bapply (?:now|online|here|today|at|"
                           r"via|through|by|on|with|using)\b|\bsubmit (?:your|a|an) (?:resume|"
                           r"résumé|cv|application|cover letter)|"
                           r"\b(?:an|the|a|first|phone|video|final|short|virtual|technical|panel|"
                           r"structured|your) interviews?\b|\binterview (?:process|stage|questions)|"
                           r"\binvited? (?:you )?(?:to|for) an? (?:interview|chat|discussion|call)|"
                           r"\bhiring process\b|\bselection process|\bnext steps?\b|"
                           r"\bwe will (?:review|contact|be in touch|respond|reply)|"
                           r"\bwhat happens next|\brecruitment process|\bapplication process",
    "contact": r"\b(?:questions|queries)\b[^.?!]{0,80}\b(?:contact|e-?mail|reach|write|call|ask|"
               r"message)\b|\bcontact (?:us|me|our (?:team|recruit\w*|talent))\b|"
               r"\breach out (?:to (?:us|me|our|the hiring|the recruit)|with (?:any )?questions)|"
               r"\bget in touch\b|\be-?mail (?:us|me)\b|\bquestions\? (?:email|contact|ask)",
    "schedule": r"\bfull[- ]time\b|\bpart[- ]time\b|\bpermanent (?:role|position|contract|"
                r"job|post)\b|\btemporary\b|\bfixed[- ]term\b|\bcontract (?:role|position|basis)|"
                r"\b\d+(?:\.\d+)? hours (?:per|a|each) week|\b\d+ ?h(?:ou)?rs?/ ?w(?:ee)?k|"
                r"\bmonday (?:to|through|-|–) friday|\b(?:day|night|evening|weekend|morning|rotating|"
                r"split|early|late) shifts?\b|\bshift (?:work|patterns?|rota)|\bwork schedule|"
                r"\bterm (?:appointment|position|role|limited)|\bterm of \d|\b(?:\d+|one|two|three|four)"
                r"[- ]year (?:term|appointment|contract)|\bseasonal\b|\binternship\b|"
                r"\bflexible (?:hours|schedule)|\bhours of work|\btenures?\b|\bindeterminate\b",
    "deadline": r"\bclos(?:ing|es|e) (?:date|on)\b|\b(?:application|closing) deadline|"
                r"\bdeadline (?:to|for) (?:apply|applications)|\bdeadline:|\bapply by\b|\bapplications? "
                r"(?:close|closes|are due|must be (?:received|submitted) by)|\bopen until\b|"
                r"\bopen (?:through|thru)\b|\buntil (?:the position is )?filled\b|"
                r"\brolling basis\b|\bongoing basis\b|\bopen period\b|\bclosing period\b|"
                r"\bopen(?:ing)? and closing (?:dates?|period)|\bno later than\b|"
                r"\bthis (?:posting|position|job|announcement) (?:closes|will close|is open until)|"
                r"\bclose:\s*\d|"
                r"\b(?:apply|send|submit|applications?)\b[^.!?]{0,60}\b(?:by|before) (?:\d{1,2}"
                r"(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                r"(?: \d{1,2}\b)?",
}

#: Front-matter keys that carry an element (their value must not be empty).


class _Lazy(dict):
    """Patterns by element, each compiled the first time it is needed (most ads
    prove most elements by a heading, and a short run should not pay for all)."""

    def __init__(self, sources: dict[str, str]):
        super().__init__()
        self.sources = sources

    def __missing__(self, key: str) -> re.Pattern:
        pat = self[key] = _re(self.sources[key])
        return pat

    def items(self):
        return ((k, self[k]) for k in self.sources)

    def __iter__(self):
        return iter(self.sources)

    def __len__(self):
        return len(self.sources)


PHRASES = _Lazy(_PHRASE_SOURCES)

FRONT_MATTER: dict[str, re.Pattern] = {k: _re(p) for k, p in {
    "location": r"^(?:location|locations|city|office|remote|work_location|duty_station)$",
    "contact": r"contact|^email$|^questions",
    "deadline": r"^(?:closes|closing|closing_date|close_date|deadline|apply_by|valid_through|"
                r"end_date)$",
    "schedule": r"^(?:schedule|work_schedule|employment_type|job_type|hours|contract_type)$",
    "application_process": r"^(?:apply_url|apply|how_to_apply|application_url)$",
}.items()}

#: Elements a section heading proves on its own when content follows it (not benefits:
#: "Benefits: ask us" or a link is not a description).
_BY_SECTION = {"location", "about", "responsibilities", "requirements", "growth",
               "inclusion", "accommodation", "application_process", "contact", "schedule",
               "deadline"}
#: Bullets listing what the candidate will do or bring: "champion inclusion" or
#: "coach the team" there is a duty, not an offer, so other elements ignore them.
_DUTIES = {"responsibilities", "requirements", "nice_to_have"}
_ANYWHERE = {"pay", "responsibilities", "requirements", "location", "schedule", "about"}
_EMAIL = re.compile(r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass
class Evidence:
    how: str  # heading | text | front matter | link
    text: str
    block: Block | None = None
    start: int = 0
    end: int = 0

    def as_dict(self) -> dict:
        return {"how": self.how, "text": self.text}


def detect(doc: Document) -> dict[str, Evidence | None]:
    cached = doc.cache.get("elements")
    if cached is not None:
        return cached
    found: dict[str, Evidence | None] = dict.fromkeys(ELEMENTS)
    keys = sections(doc)
    # 1. section headings with something under them
    for idx, (b, key) in enumerate(zip(doc.blocks, keys)):
        if key in _BY_SECTION and found[key] is None and b.kind == "heading":
            if idx + 1 < len(doc.blocks) and keys[idx + 1] == key:
                found[key] = Evidence("heading", b.text.strip(), b, 0, len(b.text))
    # 2. pay: a figure with a pay word or period
    for st in pay_mod.statements(doc):
        if found["pay"] is None and not (st.open_ended and st.high is None and st.block is None):
            found["pay"] = Evidence("text" if st.block else "front matter", st.text, st.block,
                                    st.start, st.end)
    # 3. section labels ("Location:\nRemote") count for their key
    for b, key in zip(doc.blocks, keys):
        if key in _BY_SECTION and found[key] is None and b.kind != "heading":
            found[key] = Evidence("section", b.text.strip()[:80], b, 0, len(b.text))
    # 4. phrases, searched in the whole prose at once (one scan per element)
    joined, starts = doc.prose, doc.block_starts
    duty = [key in _DUTIES and b.kind == "list_item" for b, key in zip(doc.blocks, keys)]
    for name in PHRASES:
        if found[name] is not None:
            continue
        pat = PHRASES[name]
        anywhere = name in _ANYWHERE
        pos = 0
        while (m := pat.search(joined, pos)) is not None:
            k = bisect_right(starts, m.start()) - 1
            b, i = doc.blocks[k], m.start() - starts[k]
            j = m.end() - starts[k]
            if j > len(b.text):  # ran into the next block: try again from the next position
                pos = m.start() + 1
                continue
            pos = m.end()
            if anywhere or not (duty[k] or _in_duty_sentence(b.text, i)):
                found[name] = Evidence("text", m.group(), b, i, j)
                break
    # 5. front matter, links and addresses
    fm = doc.metadata.get("front_matter") or {}
    if isinstance(fm, dict):
        for k, v in fm.items():
            if v in (None, "", [], {}) or not isinstance(k, str):
                continue
            for name, pat in FRONT_MATTER.items():
                if found[name] is None and pat.search(k):
                    found[name] = Evidence("front matter", f"{k}: {v}"[:80])
    if found["contact"] is None:
        links = [l for l in doc.metadata.get("links", ()) if l.startswith("mailto:")]
        m = _EMAIL.search("\n".join(links)) or _email_in_prose(doc)
        if m:
            found["contact"] = Evidence("link", m.group())
    doc.cache["elements"] = found
    return found


_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)(?=[^.!?:;\n]*$)")
_DUTY = re.compile(
    r"^\W*(?:\d+\.\s*)?(?:provide|support|steward|develop|create|lead|manage|oversee|ensure|coach|"
    r"mentor|help|build|design|promote|champion|foster|uphold|incorporate|facilitate|plan|"
    r"organi[sz]e|deliver|drive|establish|implement|work|grow|equip|serve|identify|contribute)\b"
    r"|\byou will (?:lead|oversee|manage|partner|develop|create|provide|support|coach|mentor|"
    r"build|design|promote|champion|foster|help)\b", re.IGNORECASE)


def _in_duty_sentence(text: str, pos: int) -> bool:
    """Is text[pos] in a sentence that gives the candidate a task ("Provide coaching,
    mentorship and development opportunities", "you will oversee … training")?"""
    start = _SENTENCE_START.search(text, 0, pos)
    return bool(_DUTY.search(text[start.end() if start else 0:pos]))


def _email_in_prose(doc: Document):
    """An e-mail address in the page body (masked out of the prose, so read the source)."""
    for b in doc.blocks:
        if "\ufffc" in b.text:
            s, e = b.span(0, len(b.text))
            m = _EMAIL.search(doc.source, s, e)
            if m:
                return m
    return None


@metric("elements")
def elements(doc: Document) -> dict[str, bool | None]:
    """Every key, always: true or false in English; null (not judged) in other languages."""
    if doc.language not in LANGUAGES:
        return dict.fromkeys(ELEMENTS)
    return {k: v is not None for k, v in detect(doc).items()}


@metric("element_evidence")
def element_evidence(doc: Document) -> dict[str, dict] | None:
    if doc.language not in LANGUAGES:
        return None
    return {k: v.as_dict() for k, v in detect(doc).items() if v is not None}
