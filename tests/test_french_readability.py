"""French readability: syllables counted by rule, sentences that know French
abbreviations, Kandel & Moles' reading ease and LIX, and the French readability rules
(which run on French ads only)."""

import pytest

from adlint.analysis import readability, sentences as sentences_mod, syllables_fr
from adlint.parse import parse

from conftest import found, lint


@pytest.mark.parametrize("word,n", [
    # vowel groups and digraphs
    ("eau", 1), ("oiseau", 2), ("beaucoup", 2), ("travail", 2), ("accueil", 2), ("œuvre", 1),
    # u of qu / gu is not a vowel
    ("quoi", 1), ("question", 2), ("guide", 1), ("publique", 2), ("informatique", 4),
    # silent final e, es, and the -ent of verbs; nouns in -ent keep it
    ("table", 1), ("tables", 1), ("équipe", 2), ("équipes", 2), ("travaillent", 2),
    ("moment", 2), ("souvent", 2), ("urgent", 2), ("client", 2), ("clients", 2),
    # but not the é of « idée », nor after another vowel
    ("idée", 2), ("vie", 1), ("aime", 1), ("les", 1),
    # hiatus: é before a vowel, diaeresis, y between vowels, oo
    ("réalité", 4), ("créé", 2), ("poète", 2), ("naïf", 2), ("Noël", 2), ("payer", 2),
    ("moyen", 2), ("coordonnées", 4), ("société", 3), ("métier", 2),
    # elision, hyphens, digits, acronyms spelt out
    ("l'équipe", 2), ("qu'il", 1), ("aujourd'hui", 3), ("c’est", 1), ("dites-nous", 2),
    ("2026", 1), ("EDSC", 4), ("TI", 2),
])
def test_french_syllables(word, n):
    assert syllables_fr.count(word) == n


def _doc(text, language="fr"):
    doc = parse("ad.md", text, "markdown")
    doc.language = language
    return doc


@pytest.mark.parametrize("text,n", [
    ("Veuillez écrire à M. Tremblay. Il répondra vite.", 2),
    ("Des outils, p. ex. Python ou Go. Nous les utilisons.", 2),
    ("Selon l'art. 5 de la loi. Voir aussi le règlement.", 2),
    ("Les données, c.-à-d. les dossiers. Le reste suit.", 2),
    ("Les données, c.\u2011à\u2011d. les dossiers. Le reste suit.", 2),  # no-break hyphens
    ("Poste no. 12 à pourvoir. Écrivez-nous.", 2),
    ("Environ env. 40 personnes. Nous grandissons.", 2),
    ("Mme Roy dirige l'équipe. Elle est à Montréal.", 2),
    # real sentence ends still split, « ! » with French spacing too; « etc. » never ends
    # one (as "etc." in English), even before a capital: a known miss
    ("Python, Go, etc. Nous formons aussi. Postulez ! Nous répondons.", 3),
    ("Nous formons aussi. Postulez ! Nous répondons.", 3),
])
def test_french_abbreviations_do_not_end_sentences(text, n):
    assert len(sentences_mod.sentences(_doc(text))) == n


def test_french_abbreviations_apply_to_french_only():
    # "art." ends an English sentence ("state of the art. We …"); only French knows « art. »
    text = "We build the state of the art. We ship it."
    assert len(sentences_mod.sentences(_doc(text, "en"))) == 2
    assert len(sentences_mod.sentences(_doc("Voir l'art. 5 du code.", "fr"))) == 1
    assert len(sentences_mod.sentences(_doc("Voir l'art. 5 du code.", "en"))) == 2


def test_kandel_moles_and_lix_by_hand():
    # 2 sentences, 10 words; syllables: Nous 1 cherchons 2 une 1 personne 2 curieuse 2 (8)
    # + Elle 1 travaillera 4 avec 2 nous 1 demain 2 (10) = 18; long words (> 6 letters):
    # cherchons, personne, curieuse, travaillera = 4
    text = "Nous cherchons une personne curieuse. Elle travaillera avec nous demain."
    s = readability.scores("fr", sentences_mod.sentences(_doc(text)))
    assert (s["sentences"], s["syllables"], s["avg_sentence_length"]) == (2, 18, 5.0)
    assert s["flesch_reading_ease"] == round(207 - 1.015 * 5 - 73.6 * 18 / 10, 1)  # 69.4
    assert s["lix"] == round(5 + 100 * 4 / 10, 1)
    assert s["grade"] is None  # no grade formula for French


def test_english_scores_are_unchanged_and_have_no_lix():
    text = "We are hiring a designer. You will work with our team every day."
    s = readability.scores("en", sentences_mod.sentences(_doc(text, "en")))
    assert set(s) == {"sentences", "syllables", "avg_sentence_length", "flesch_reading_ease", "grade"}
    assert readability.scores("de", sentences_mod.sentences(_doc(text, "de"))) is None


HARD = ("La personne titulaire du poste assurera la conceptualisation, l'opérationnalisation et "
        "l'institutionnalisation de méthodologies de transformation organisationnelle, en "
        "facilitant l'harmonisation interfonctionnelle des parties prenantes gouvernementales. ") * 5
EASY = ("Vous aidez nos équipes. Vous parlez aux gens. Vous faites des plans simples. "
        "Vous écrivez bien. Vous aimez apprendre. ") * 6
#: long sentences of short words: the ease is fine, the average length is not
LONG_EASY = ("Vous parlez avec les gens de la ville et vous les aidez à trouver ce qu'ils "
             "cherchent sur le site, puis vous notez ce qui va bien et ce qui ne va pas pour "
             "que nous puissions le faire mieux la fois suivante. ") * 4


def test_ease_rule_fires_on_hard_french_and_names_the_reasons():
    (f,) = lint(HARD, select=("readability/ease",), language="fr").findings
    assert "lisibilité" in f.message and "mots par phrase" in f.message and "LIX" in f.message
    res = lint(LONG_EASY, select=("readability/ease",), language="fr")
    (f,) = res.findings
    assert res.metrics["flesch_reading_ease"] >= 50 and "lisibilité" not in f.message
    assert "mots par phrase" in f.message


def test_ease_rule_quiet_on_plain_french_and_short_ads():
    assert not lint(EASY, select=("readability/ease",), language="fr").findings
    # under 100 words: not judged, however hard
    assert not lint(HARD[:300], select=("readability/ease",), language="fr").findings


def test_french_readability_rules_do_not_run_on_english_and_vice_versa():
    english = ("The incumbent shall facilitate the operationalization of organizational "
               "transformation methodologies across interdepartmental stakeholders. ") * 8
    en = lint(english, select=("readability",), language="en")
    assert "readability/ease" not in {f.rule for f in en.findings}
    assert "readability/grade" in {f.rule for f in en.findings}
    fr = lint(HARD, select=("readability",), language="fr")
    assert "readability/grade" not in {f.rule for f in fr.findings}
    assert fr.metrics["grade"] is None and fr.metrics["flesch_reading_ease"] < 50


def test_french_long_sentence_position_is_exact_with_accents_and_crlf():
    long = ("Vous travaillerez avec les équipes de conception, de développement et de "
            "recherche afin de planifier, concevoir, tester et livrer des améliorations au "
            "site Web public, qui sert des millions de personnes chaque mois.")
    text = "# Développeuse ou développeur\r\n\r\nÀ propos. " + long + " Écrivez-nous.\r\n"
    hits = found(text, rule="readability/long-sentence", select=("readability/long-sentence",),
                 language="fr")
    assert hits == [("readability/long-sentence", 3, 11, 3, 11 + len(long), long)]
    short = "Vous travaillerez avec les équipes de conception. Vous livrerez des améliorations."
    assert not found(short, select=("readability/long-sentence",), language="fr")


def test_french_long_paragraph_skips_legal_boilerplate():
    words = " ".join(["mot"] * 100) + "."
    assert found(words, select=("readability/long-paragraph",), language="fr")
    legal = ("Nous souscrivons au principe de l'équité en matière d'emploi. " + words)
    assert not found(legal, select=("readability/long-paragraph",), language="fr")


def test_text_summary_shows_the_french_ease_and_the_score_change(tmp_path):
    from conftest import run_cli

    ad = tmp_path / "offre.md"
    ad.write_text("# Analyste\n\n" + HARD, encoding="utf-8")
    proc = run_cli("check", "--select", "readability/ease", "--language", "fr", str(ad))
    out = proc.stdout.decode()
    assert "reading ease" in out and "(Kandel & Moles)" in out and "words a sentence" in out
    assert "use shorter sentences and plainer words (+6)" in out
    assert "also:" not in out  # the French message is not cut at « lire : »
