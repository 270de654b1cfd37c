"""French: per-language rule files (jargon.fr.yaml beside jargon.yaml), their examples,
true positives and look-alikes written by reading French, element detection from the
French data files, French pay figures, and language detection on the corpus's French ads."""

from pathlib import Path

import pytest

from adlint.analysis import elements, pay
from adlint.rules import Registry, RuleError, load_registry, load_pack

from conftest import found, lint

REGISTRY = load_registry()
FRENCH = sorted((r for r in REGISTRY.all_rules() if r.languages == ("fr",)), key=lambda r: r.id)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
#: Element rules judge ads of 50 words or more: French filler with no element in it.
FILLER = ("\n\nLa rivière était calme ce matin-là et les arbres de la berge étaient verts. "
          "Quelques oiseaux chantaient pendant que la ville se réveillait doucement, la "
          "boulangerie ouvrait ses portes et le premier autobus traversait le vieux pont de "
          "pierre. Rien de particulier ne se passait, et cela convenait à tout le monde.\n")


def fr_hits(text, rule_id, fmt="markdown"):
    return [f[5] for f in found(text, fmt, rule=rule_id, select=(rule_id,), language="fr")]


def test_french_versions_share_the_english_ids():
    for rid in ("jargon/rockstar", "inclusive/gendered-titles", "inclusive/young", "tone/ghosting",
                "tone/company-voice"):
        assert REGISTRY.rules[rid].languages == ("en",)
        assert [v.languages for v in REGISTRY.variants[rid]] == [("fr",)]
    assert len(FRENCH) >= 30


def test_a_rule_id_twice_in_the_same_language_is_still_an_error(tmp_path):
    a = tmp_path / "house.yaml"
    b = tmp_path / "house.fr.yaml"
    rule = ("pack: house\nlanguages: [{lang}]\nrules:\n  perks:\n    kind: term\n"
            "    message: m\n    terms: [perks]\n")
    a.write_text(rule.format(lang="en"), encoding="utf-8")
    b.write_text(rule.format(lang="en, fr"), encoding="utf-8")
    with pytest.raises(RuleError, match="already defined"):
        Registry(load_pack(a) + load_pack(b))
    b.write_text(rule.format(lang="fr"), encoding="utf-8")
    reg = Registry(load_pack(a) + load_pack(b))
    assert reg.for_language(reg.rules["house/perks"], "fr").path == str(b)
    assert reg.for_language(reg.rules["house/perks"], "en").path == str(a)


def test_english_rules_do_not_run_on_french_and_french_ones_not_on_english():
    assert fr_hits("Nous recrutons un ninja JavaScript.", "jargon/rockstar") == ["ninja"]
    en = found("We are hiring a ninja. Seules les personnes retenues seront contactées.",
               select=("jargon/rockstar", "tone/ghosting"), language="en")
    assert [f[5] for f in en] == ["ninja"]


def _example(rule, which):
    text = rule.examples[which]
    return text + FILLER if rule.kind == "element" else text


@pytest.mark.parametrize("rule", [r for r in FRENCH if r.kind != "pay-law"], ids=lambda r: r.id)
def test_french_bad_example_fires_and_good_example_does_not(rule):
    # pay-law rules need jurisdictions: tests/test_french_pay_transparency.py runs theirs
    assert rule.message and rule.rationale and rule.source
    bad = lint(_example(rule, "bad"), select=(rule.id,), language="fr")
    assert [f.rule for f in bad.findings if f.rule == rule.id], (rule.id, rule.examples["bad"])
    good = lint(_example(rule, "good"), select=(rule.id,), language="fr")
    assert not good.findings, (rule.id, [f.text or f.message for f in good.findings])


@pytest.mark.parametrize("rule_id,text,expected", [
    # titles: masculine only, épicène, doublets, H/F and the inclusive forms in use
    ("inclusive/gendered-titles", "# Chef de projet (H/F)\n\nTexte.", []),
    ("inclusive/gendered-titles", "# Développeur Java F/H\n\nTexte.", []),
    ("inclusive/gendered-titles", "# Conseiller ou conseillère en politiques\n\nTexte.", []),
    ("inclusive/gendered-titles", "# Développeur·se principal·e\n\nTexte.", []),
    ("inclusive/gendered-titles", "# Adjoint(e) de direction\n\nTexte.", []),
    ("inclusive/gendered-titles", "# Responsable des opérations\n\nTexte.", []),
    ("inclusive/gendered-titles", "# Gestionnaire de produits\n\nTexte.", []),
    ("inclusive/gendered-titles", "# Développeur-développeuse principal.e\n\nTexte.", []),
    ("inclusive/gendered-titles", "# Rédacteur technique\n\nTexte.", ["Rédacteur"]),
    ("inclusive/gendered-titles", "---\ntitle: Concepteurs visuels\n---\n\nTexte.", ["Concepteurs"]),
    # age
    ("inclusive/young", "Nous cherchons une personne jeune et dynamique.", ["jeune et dynamique"]),
    ("inclusive/young", "Vous accompagnerez les jeunes chercheurs de l'équipe.", []),
    ("inclusive/young", "Notre programme s'adresse aux jeunes de 16 à 25 ans en insertion.", []),
    ("inclusive/recent-graduate", "Profil : jeune diplômé d'école d'ingénieurs.", ["jeune diplômé"]),
    ("inclusive/recent-graduate", "Débutants et jeunes diplômés acceptés.", []),
    ("inclusive/recent-graduate", "Poste ouvert aux jeunes diplômé(e)s comme aux profils expérimentés : bienvenue.", []),
    ("inclusive/age-range", "Vous avez entre 25 et 35 ans.", ["entre 25 et 35 ans"]),
    ("inclusive/age-range", "Vous avez entre 10 et 15 ans d'expérience en gestion.", []),
    ("inclusive/age-range", "Notre entreprise existe depuis plus de 30 ans.", []),
    ("inclusive/age-range", "Contrat d'apprentissage réservé aux moins de 30 ans.", []),
    ("inclusive/age-range", "Il n'y a aucune limite d'âge.", []),
    # origin
    ("inclusive/mother-tongue", "Profil : anglais langue maternelle.", ["langue maternelle"]),
    ("inclusive/mother-tongue", "Quelle que soit votre langue maternelle, vous rédigez en français courant.", []),
    ("inclusive/native-speaker", "Vous êtes anglophone natif.", ["anglophone natif"]),
    ("inclusive/native-speaker", "Vous développerez des applications natives iOS et Android.", []),
    ("inclusive/nationality", "Candidat de nationalité française uniquement.", ["de nationalité française uniquement"]),
    ("inclusive/nationality", "Concours de la fonction publique : nationalité française ou d'un État membre de l'Union européenne.", []),
    # appearance, family, disability
    ("inclusive/attractive", "Bonne présentation exigée.", ["Bonne présentation exigée"]),
    ("inclusive/attractive", "Vous assurez la bonne présentation des produits en rayon.", []),
    ("inclusive/attractive", "Notre boutique est située dans une jolie ville de Bretagne.", []),
    ("inclusive/family-status", "Idéal pour une personne sans enfants.", ["sans enfants"]),
    ("inclusive/family-status", "Nous recrutons avec ou sans enfants, quelle que soit votre situation.", []),
    ("inclusive/able-bodied", "Vous êtes en parfaite santé.", ["en parfaite santé"]),
    ("inclusive/able-bodied", "Poste ouvert aux personnes en situation de handicap, avec ou sans handicap.", []),
    ("inclusive/ableist-words", "Une ambiance de fou !", ["de fou"]),
    # jargon
    ("jargon/rockstar", "Nous construisons avec Ninja et CMake.", []),
    ("jargon/rockstar", "Vous êtes le mouton à cinq pattes que nous cherchons.", ["mouton à cinq pattes"]),
    ("jargon/dynamic", "Rejoignez une équipe attentionnée, dynamique et motivée.", ["équipe attentionnée, dynamique"]),
    ("jargon/dynamic", "Vous travaillerez sur la tarification dynamique des billets.", []),
    ("jargon/like-a-family", "Nous sommes une entreprise familiale de vingt personnes.", []),
    ("jargon/like-a-family", "Chez nous, on est comme une famille.", ["comme une famille"]),
    ("jargon/wear-many-hats", "Vous êtes polyvalent et curieux.", ["êtes polyvalent"]),
    ("jargon/wear-many-hats", "La salle polyvalente accueille les réunions.", []),
    ("jargon/hit-the-ground-running", "Après une formation de deux semaines, vous serez opérationnel immédiatement.", []),
    # tone
    ("tone/ghosting", "Seules les personnes retenues seront contactées.", ["Seules les personnes retenues seront"]),
    ("tone/ghosting", "Seuls les candidats présélectionnés pour une entrevue seront contactés.",
     ["Seuls les candidats présélectionnés pour une entrevue seront"]),
    ("tone/ghosting", "Sans réponse de notre part sous 15 jours, considérez que votre candidature n'a pas été retenue.",
     ["Sans réponse de notre part"]),
    ("tone/ghosting", "Nous répondons à toutes les candidatures, retenues ou non, sous trois semaines.", []),
    ("tone/demanding", "Débutants s'abstenir.", ["s'abstenir"]),
    ("tone/threatening", "Toute candidature incomplète sera automatiquement rejetée.",
     ["candidature incomplète sera automatiquement rejetée"]),
    ("tone/threatening", "Si votre candidature est incomplète, nous vous écrirons pour la compléter.", []),
    ("tone/long-hours", "Vous ne comptez pas vos heures.", ["ne comptez pas vos heures"]),
    ("tone/company-voice", "Le candidat retenu devra gérer le budget.", ["Le candidat retenu devra"]),
    ("tone/company-voice", "Vous pourriez être la personne idéale pour ce poste.", []),
    ("tone/salary-history", "Joignez vos trois derniers bulletins de salaire.", ["derniers bulletins de salaire"]),
    ("tone/salary-history", "Envoyez votre CV et vos prétentions salariales.", []),
    ("tone/salary-history", "Nous ne demandons jamais votre salaire actuel.", []),
    ("tone/vague-pay", "Rémunération attractive selon profil.", ["Rémunération attractive", "selon profil"]),
    ("tone/vague-pay", "Salaire : 38 000 à 42 000 € brut annuel, rémunération attractive.", []),
])
def test_french_true_and_false_positives(rule_id, text, expected):
    assert fr_hits(text, rule_id) == expected


def test_gendered_title_suggests_the_doublet():
    res = lint("# Rédacteur technique\n\nTexte.", select=("inclusive/gendered-titles",), language="fr")
    (f,) = res.findings
    assert f.suggestions[0] == "Rédacteur ou rédactrice technique"
    assert f.suggestions[1] == "Rédacteur technique (H/F)"


@pytest.mark.parametrize("text,low,high,period", [
    ("Salaire : 38 000 € à 42 000 € brut annuel.", 38000, 42000, "year"),
    ("Rémunération : 45 k€ - 55 k€ selon expérience.", 45000, 55000, "year"),
    ("Échelle de traitement : 75 000 $ à 95 000 $ par année.", 75000, 95000, "year"),
    ("Taux horaire : 22 $ de l'heure.", 22, None, "hour"),
    ("Salaire de 2 100 euros brut par mois.", 2100, None, "month"),
])
def test_french_pay_figures(text, low, high, period):
    (st,) = pay.find_in_text(text, language="fr")
    assert (st.low, st.high, st.period) == (low, high, period)


@pytest.mark.parametrize("text", [
    "Notre chiffre d'affaires de 20 000 000 € a doublé.",
    "Un budget télétravail de 500 € pour équiper votre bureau.",
    "Nous avons 12 000 utilisateurs.",
])
def test_french_figures_that_are_not_pay(text):
    assert pay.find_in_text(text, language="fr") == []


def _elements(text):
    res = lint(text + FILLER, select=("elements",), language="fr")
    return {k for k, v in res.metrics["elements"].items() if v}


def test_french_elements_from_headings_labels_and_phrases():
    ad = """# Développeur ou développeuse Python (H/F)

## Qui sommes-nous ?

Nous sommes une coopérative de 20 personnes qui conçoit des logiciels pour les mairies.

## Vos missions

- Développer nos services web.

## Profil recherché

- Trois ans d'expérience en Python.

## Ce que nous offrons

- Mutuelle prise en charge à 100 %, tickets restaurant, 30 jours de congés payés.

Salaire : 42 000 à 48 000 € brut annuel. CDI à temps plein, 35 heures par semaine.
Poste basé à Nantes, télétravail deux jours par semaine. Formation continue et budget
formation de 1 500 € par an.

Nous sommes un employeur inclusif : toutes les candidatures sont étudiées sans distinction
d'origine, d'âge ou de handicap. Des aménagements du poste et des entretiens sont possibles
sur demande.

Pour postuler, envoyez votre CV à emploi@exemple.fr avant le 30 juin (date limite).
Pour toute question, écrivez à Léa Martin, lea.martin@exemple.fr.
"""
    assert _elements(ad) == set(elements.ELEMENTS)


def test_french_look_alikes_are_not_elements():
    ad = ("Vous animerez des ateliers de formation pour nos clients et encadrerez les "
          "stagiaires. Vous gérerez un budget de 20 000 € par projet. Il n'y a pas de date "
          "de clôture officielle pour cette offre.")
    got = _elements(ad)
    assert not got & {"pay", "growth", "deadline", "benefits"}, got


def _corpus_french_files():
    labels = Path(__file__).resolve().parents[1] / "evaluation" / "langid-labels.tsv"
    return [line.split("\t")[0] for line in labels.read_text(encoding="utf-8").splitlines()
            if line.split("\t")[1:2] == ["fr"]]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs the shared corpus (../shared/corpus)")
def test_corpus_french_ads_read_as_french_with_and_without_a_template():
    from adlint import engine
    from adlint.config import Settings

    files = _corpus_french_files()[:40]
    langs = [engine.lint_path(str(CORPUS / f), Settings(select=("jargon/rockstar",))).language
             for f in files]
    assert langs == ["fr"] * len(files)
    # the same French text inside an English page template (lang="en", English chrome)
    text = (CORPUS / files[5]).read_text(encoding="utf-8").split("---", 2)[-1]
    page = ('<html lang="en"><head><title>Careers | Canadian Digital Service</title></head><body>'
            '<nav><a href="/">Home</a> <a href="/jobs">Jobs</a> <a href="/about">About us</a></nav>'
            f'<main>{text}</main><footer>Terms and conditions. Privacy.</footer></body></html>')
    res = lint(page, "html", select=("jargon/rockstar",))
    assert res.language == "fr"
