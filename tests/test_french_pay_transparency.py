"""Pay transparency on French ads: the French pack (rules/pay-transparency.fr.yaml), laws
inferred from French place names and cues, France and Belgium (directive 2023/970 not
yet transposed: notes), the Fédération Wallonie-Bruxelles (in force for its services),
Québec (no posting law: recognised, never a finding), French statements for Ontario and
French gender-neutral titles. Not legal advice."""

import pytest
import yaml

from adlint.analysis import jurisdictions as law_mod
from adlint.analysis.data import rules_dir
from adlint.engine import lint_text
from adlint.config import Settings
from adlint.rules import load_registry

FRENCH_PT = sorted((r for r in load_registry().all_rules()
                    if r.pack == "pay-transparency" and r.languages == ("fr",)), key=lambda r: r.id)


def run(text, jurisdictions=("auto",), fmt="markdown"):
    return lint_text(text, fmt, Settings(select=("pay-transparency",), language="fr",
                                         jurisdictions=tuple(jurisdictions)))


def codes(res):
    return [j["code"] for j in res.metrics["jurisdictions"] or []]


def test_every_english_pay_transparency_rule_has_a_french_version():
    english = {r.id for r in load_registry().all_rules()
               if r.pack == "pay-transparency" and r.languages != ("fr",)}
    assert {r.id for r in FRENCH_PT} == english


@pytest.mark.parametrize("rule", FRENCH_PT, ids=lambda r: r.id)
def test_french_examples_with_the_places_they_name(rule):
    bad = run(rule.examples["bad"])
    assert rule.id in {f.rule for f in bad.findings}, (rule.id, codes(bad))
    good = run(rule.examples["good"])
    assert rule.id not in {f.rule for f in good.findings}, [f.message for f in good.findings]


@pytest.mark.parametrize("text,expected", [
    ("Lieu : Lyon. Salaire selon profil.", ["EU", "FR"]),
    ("Poste basé à Paris, en télétravail partiel.", ["EU", "FR"]),
    ("Vous travaillerez dans nos bureaux à Bruxelles.", ["EU", "BE"]),
    ("Lieu de travail : Liège (Belgique)", ["EU", "BE"]),
    ("Lieu : Montréal (Québec)", ["CA-QC"]),
    ("Notre équipe est à Gatineau, au Québec.", ["CA-QC"]),
    ("Lieu : Ottawa (Ontario)", ["CA-ON"]),
    # look-alikes: a place named without a cue or a preposition of place is not where the work is
    ("Nous aimons la cuisine de Lyon et les films tournés à l'étranger.", []),
    ("La Charte de la langue française et la Loi sur l'équité salariale.", []),
    ("Le rapport « Paris 2024 » a inspiré notre équipe.", []),
])
def test_french_places_and_cues(text, expected):
    res = run(text)
    assert sorted(codes(res)) == sorted(expected)
    if not expected:
        assert any("no jurisdiction inferred" in n for n in res.notes)


def test_france_and_belgium_are_not_yet_transposed_so_their_findings_alone_are_notes():
    res = run("Lieu : Lyon. Rémunération attractive selon profil.", jurisdictions=("FR",))
    (f,) = res.findings
    assert f.rule == "pay-transparency/missing-pay" and f.severity == "info"
    assert "France (directive (UE) 2023/970) (FR, not yet transposed)" in f.message
    assert "https://" in f.message
    res = run("Lieu : Bruxelles. Rémunération attractive.", jurisdictions=("BE",))
    assert [f.severity for f in res.findings] == ["info"]
    # with the directive itself (in force) the finding is an error naming both
    res = run("Lieu : Lyon. Rémunération attractive selon profil.")
    (f,) = res.findings
    assert f.severity == "error" and "(EU, inferred from" in f.message and "(FR, not yet" in f.message


def test_federation_wallonie_bruxelles_only_when_named():
    text = "# Attaché ou attachée\n\nLieu : Namur. Rémunération selon le barème."
    assert "BE-FWB" not in codes(run(text))
    res = run(text, jurisdictions=("BE-FWB",))
    (f,) = res.findings
    assert f.rule == "pay-transparency/missing-pay" and f.severity == "error"
    assert not run(text + " Salaire : 3 200 € brut mensuel.", jurisdictions=("BE-FWB",)).findings


def test_quebec_has_no_posting_law_and_gets_no_finding():
    law = law_mod.laws()["CA-QC"]
    assert law.requires == () and law.status == "no posting law"
    res = run("# Développeur\n\nLieu : Montréal. Rémunération concurrentielle.")
    assert codes(res) == ["CA-QC"] and res.findings == []
    assert not any("no jurisdiction inferred" in n for n in res.notes)


def test_french_neutral_title():
    bad = run("# Développeur Python\n\nLieu : Paris.")
    (f,) = [f for f in bad.findings if f.rule == "pay-transparency/gendered-title"]
    assert f.text == "Développeur" and "Développeur ou développeuse" in f.message
    for title in ("Développeur Python (H/F)", "Développeur ou développeuse Python",
                  "Développeur·euse Python", "Analyste de données"):
        res = run(f"# {title}\n\nLieu : Paris.")
        assert "pay-transparency/gendered-title" not in {f.rule for f in res.findings}, title


def test_french_markers_equal_the_inclusive_rules():
    fr = {r.id: r for r in load_registry().all_rules() if r.languages == ("fr",)}
    assert (fr["pay-transparency/gendered-title"].options["markers"]
            == fr["inclusive/gendered-titles"].options["markers"])


@pytest.mark.parametrize("sentence,rule", [
    ("Nous n'utilisons pas l'intelligence artificielle pour présélectionner les candidatures.",
     "pay-transparency/missing-ai-statement"),
    ("L'IA ne sert pas à trier les candidatures.", "pay-transparency/missing-ai-statement"),
    ("Cette offre vise un poste vacant existant.", "pay-transparency/missing-vacancy-statement"),
    ("Ce processus servira à créer un bassin de candidats.", "pay-transparency/missing-vacancy-statement"),
])
def test_french_ontario_statements(sentence, rule):
    base = "Lieu : Ottawa (Ontario). Salaire : 70 000 $ à 80 000 $ par année. "
    assert rule in {f.rule for f in run(base).findings}
    assert rule not in {f.rule for f in run(base + sentence).findings}


@pytest.mark.parametrize("sentence", [
    "Vous travaillerez sur des projets d'intelligence artificielle.",  # AI as the work, not screening
    "Nous prenons des vacances en août.",  # « vacances » is not a vacancy
])
def test_french_ontario_statement_look_alikes(sentence):
    base = "Lieu : Ottawa (Ontario). Salaire : 70 000 $ à 80 000 $ par année. "
    rules = {f.rule for f in run(base + sentence).findings}
    assert {"pay-transparency/missing-ai-statement", "pay-transparency/missing-vacancy-statement"} <= rules


def test_law_table_says_what_france_belgium_and_quebec_have_enacted():
    table = {e["code"]: e for e in yaml.safe_load(
        (rules_dir() / "data" / "pay-transparency.yaml").read_text(encoding="utf-8"))["jurisdictions"]}
    for code in ("FR", "BE"):
        assert table[code]["status"] == "not yet transposed" and table[code]["sources"]
    assert table["BE-FWB"]["status"] == "in force" and "places" not in table["BE-FWB"]
    assert "no law" in table["CA-QC"]["effective"].lower() or "None" in table["CA-QC"]["effective"]
