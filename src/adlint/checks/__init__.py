"""Check kinds: the code behind the data-driven rules in `rules/`.

A check kind is a subclass of `Check`. Built-in kinds are listed in `BUILTIN`;
third-party packages add kinds through the `adlint.checks` entry-point group,
loaded only when a rule pack names a kind adlint does not know.
"""

from __future__ import annotations

from .base import Check  # noqa: F401

BUILTIN = {
    "term": "adlint.checks.term:TermCheck",
    "substitution": "adlint.checks.term:SubstitutionCheck",
    "metric": "adlint.checks.metric:MetricCheck",
    "gender-coded": "adlint.checks.gender:GenderCodedCheck",
    "acronym": "adlint.checks.acronym:AcronymCheck",
    "shouting": "adlint.checks.shouting:ShoutingCheck",
    "reading-grade": "adlint.checks.reading:ReadingGradeCheck",
    "reading-ease": "adlint.checks.reading:ReadingEaseCheck",
    "long-sentence": "adlint.checks.reading:LongSentenceCheck",
    "long-paragraph": "adlint.checks.reading:LongParagraphCheck",
    "requirements-count": "adlint.checks.structure:RequirementsCountCheck",
    "requirements-split": "adlint.checks.structure:RequirementsSplitCheck",
    "wall-of-text": "adlint.checks.structure:WallOfTextCheck",
    "unmarked-list": "adlint.checks.structure:UnmarkedListCheck",
    "element": "adlint.checks.element:ElementCheck",
    "page-viewport": "adlint.checks.page:ViewportCheck",
    "page-lang": "adlint.checks.page:LangCheck",
    "image-alt": "adlint.checks.page:ImageAltCheck",
    "apply-link": "adlint.checks.page:ApplyLinkCheck",
    "pay-law": "adlint.checks.pay_law:PayLawCheck",
    "languagetool": "adlint.checks.grammar:LanguageToolCheck",
    "experience-level": "adlint.checks.experience:ExperienceLevelCheck",
    "technology-age": "adlint.checks.experience:TechnologyAgeCheck",
    "title": "adlint.checks.title:TitleCheck",
    "titled-term": "adlint.checks.title:TitledTermCheck",
    "repeats": "adlint.checks.repeats:RepeatsCheck",
    "density": "adlint.checks.density:DensityCheck",
    "perks": "adlint.checks.density:PerksCheck",
    "epicene-title": "adlint.checks.epicene:EpiceneTitleCheck",
}
