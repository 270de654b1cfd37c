"""Regenerate rules/data/pay-transparency.yaml from the research table.

    python scripts/build_pay_transparency.py ../shared/reference/pay-transparency.json

The research table (one entry per jurisdiction: what a posting must include,
notes, sources) is kept verbatim; this script adds the machine-readable
`requires` list adlint checks and the place names `jurisdictions = "auto"`
looks for. Requirement names:
  pay            a figure or a range
  range          a range with both a minimum and a maximum (open ends fail)
  benefits       a description of benefits
  deadline       the application deadline (or "ongoing")
  how_to_apply   how to apply
  ai_statement   whether AI screens applicants (Ontario)
  vacancy_statement  whether the posting is for an existing vacancy (Ontario)
  range_cap      range width at most `range_cap` a year unless the top exceeds `range_cap_exempt_above`
  neutral_title  a gender-neutral job title (EU)

The research table has 28 jurisdictions; EXTRA adds the entries adlint wrote itself
for French-speaking places (France, Belgium, the Fédération Wallonie-Bruxelles, and
Québec, which has no such law), each with its sources and its status as of the
latest source found. A law not yet in force gives notes, not errors.
"""

import json
import sys
from pathlib import Path

import yaml

REQUIRES = {
    "US-CO": ["pay", "benefits", "deadline", "how_to_apply"],
    "US-NYC": ["range"], "US-NY": ["range"], "US-CA": ["range"], "US-WA": ["pay", "benefits"],
    "US-IL": ["range", "benefits"], "US-MN": ["range", "benefits"], "US-MD": ["range", "benefits"],
    "US-HI": ["range"], "US-DC": ["range", "benefits"], "US-VT": ["range"], "US-MA": ["range"],
    "US-NJ": ["range", "benefits"], "US-DE": ["pay", "benefits"], "US-VA": ["pay"],
    "US-ME": ["range"], "US-OH-CLE": ["range"], "US-OH-CMH": ["range"],
    "US-NJ-JC": ["range", "benefits"], "US-NY-ITH": ["range"], "US-NY-WES": ["range"],
    "US-NY-ALB": ["range"], "US-DISCLOSE-ON-REQUEST": [],
    "CA-ON": ["pay", "range_cap", "ai_statement", "vacancy_statement"], "CA-BC": ["pay"],
    "CA-PE": ["pay"], "CA-NL": [], "EU": ["pay", "neutral_title"],
}
# Laws the research marks as not yet verified or not yet in force: findings are notes.
UNCERTAIN = {"US-ME", "CA-NL", "US-DE"}
PLACES = {
    "US-CO": r"\bColorado\b|\b(?:Denver|Boulder|Aurora|Fort Collins|Colorado Springs),? (?:CO|Colorado)\b|, CO\b",
    "US-NYC": r"\bNew York City\b|\bNYC\b|\b(?:Manhattan|Brooklyn|Queens|the Bronx|Staten Island)\b|\bNew York, NY\b",
    "US-NY": r"\bNew York(?: State| City|, NY)?\b|, NY\b|\bNYC\b",
    "US-CA": r"\bCalifornia\b|\b(?:San Francisco|Los Angeles|San Diego|San Jose|Oakland|Sacramento|Palo Alto)\b|, CA\b",
    "US-WA": r"\bWashington State\b|\b(?:Seattle|Tacoma|Spokane|Bellevue|Redmond|Olympia)\b|, WA\b",
    "US-IL": r"\bIllinois\b|\bChicago\b|, IL\b",
    "US-MN": r"\bMinnesota\b|\b(?:Minneapolis|St\.? Paul)\b|, MN\b",
    "US-MD": r"\bMaryland\b|\bBaltimore\b|, MD\b",
    "US-HI": r"\bHawai[iʻ']?i\b|\bHonolulu\b|, HI\b",
    "US-DC": r"\bWashington,? D\.?C\.?\b|\bDistrict of Columbia\b",
    "US-VT": r"\bVermont\b|\bBurlington, VT\b|, VT\b",
    "US-MA": r"\bMassachusetts\b|\bBoston\b|\bCambridge, MA\b|, MA\b",
    "US-NJ": r"\bNew Jersey\b|\b(?:Newark|Jersey City|Hoboken|Princeton)\b|, NJ\b",
    "US-DE": r"\bDelaware\b|\bWilmington, DE\b|, DE\b",
    "US-VA": r"\bVirginia\b(?<!West Virginia)|\b(?:Arlington|Richmond|Alexandria), VA\b|, VA\b",
    "US-OH-CLE": r"\bCleveland\b",
    "US-OH-CMH": r"\bColumbus, (?:OH|Ohio)\b",
    "US-NJ-JC": r"\bJersey City\b",
    "US-NY-ITH": r"\bIthaca\b",
    "US-NY-WES": r"\bWestchester\b|\bWhite Plains\b|\bYonkers\b",
    "US-NY-ALB": r"\bAlbany\b",
    "CA-ON": r"\bOntario\b|\b(?:Toronto|Ottawa|Mississauga|Hamilton|Waterloo|Kitchener|London, ON)\b|, ON\b",
    "CA-BC": r"\bBritish Columbia\b|\b(?:Vancouver|Victoria, BC|Burnaby|Surrey, BC)\b|, BC\b",
    "CA-PE": r"\bPrince Edward Island\b|\bCharlottetown\b|, PE\b|, PEI\b",
    "EU": r"\b(?:European Union|Austria|Belgium|Bulgaria|Croatia|Cyprus|Czechia|Czech Republic|Denmark|"
          r"Estonia|Finland|France|Germany|Greece|Hungary|Ireland|Italy|Latvia|Lithuania|Luxembourg|"
          r"Malta|Netherlands|Poland|Portugal|Romania|Slovakia|Slovenia|Spain|Sweden|Berlin|Munich|"
          r"Paris|Amsterdam|Dublin|Madrid|Barcelona|Lisbon|Vienna|Brussels|Stockholm|Copenhagen|"
          r"Warsaw|Prague|Milan|Rome|Helsinki|"
          # French names (French-language ads): countries and cities
          r"Union européenne|Autriche|Belgique|Allemagne|Grèce|Hongrie|Irlande|Italie|Lettonie|"
          r"Lituanie|Pays-Bas|Pologne|Roumanie|Slovaquie|Slovénie|Espagne|Suède|Danemark|"
          r"Finlande|Bruxelles|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Strasbourg|"
          r"Lisbonne|Vienne|Varsovie|Liège|Namur|Anvers|Gand)\b",
}

# Entries that are not in the research table (written for adlint; see the module docstring).
EXTRA = [
    {"code": "FR", "name": "France (directive (UE) 2023/970)",
     "effective": "Transposition deadline 2026-06-07 missed. A government bill (projet de loi) was "
                  "sent to the social partners on 2026-03-06 and revised on 2026-06-04; the latest "
                  "sources adlint found (June 2026) say the government aimed at September 2026. No "
                  "enacted French law found: check the current state of the law.",
     "requires": ["pay", "neutral_title"], "status": "not yet transposed",
     "posting_must_include": [
         "once transposed (directive art. 5(1)): the initial pay or its range, based on objective, "
         "gender-neutral criteria, in the job offer or before the interview; the bill would also "
         "require the applicable collective-agreement provisions (dispositions conventionnelles) "
         "and forbid publishing an offer without a starting pay range",
         "art. 5(3): gender-neutral job titles and vacancy notices (Code du travail L1142-1, in "
         "force, already forbids an offer that states the sex sought)"],
     "notes": "Until a French law transposes article 5 of the directive, findings for FR are notes "
              "(info), not errors. The bill also bans asking applicants their pay history and "
              "sets administrative fines. The in-force ban on stating the sex sought (L1142-1) is "
              "checked by inclusive/gendered-titles on French ads.",
     "sources": [
         "https://www.capstan.fr/en/articles/pay-transparency-ten-changes-in-the-latest-draft-transposition-law/",
         "https://www.publicsenat.fr/actualites/emploi/transparence-salariale-dans-les-entreprises-que-va-changer-le-futur-projet-de-loi",
         "https://www.sainte-claire-avocats.fr/?p=3878",
         "https://news.outsourceaccelerator.com/?p=83978",
         "https://www.helloworkplace.fr/loi-francaise-transparence-salaires"],
     "places": r"\b(?:France|Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Strasbourg|"
               r"Rennes|Montpellier|Grenoble|Île-de-France|Ile-de-France)\b"},
    {"code": "BE", "name": "Belgium (directive (EU) 2023/970, federal law)",
     "effective": "Transposition deadline 2026-06-07 missed: the advice of the National Labour "
                  "Council (CNT/NAR) that must precede the federal law was not given, employers "
                  "being opposed, and the minister asked the European Commission for a six-month "
                  "postponement; collective agreements no. 25 (equal pay) and no. 38 (recruitment) "
                  "are to be amended. No federal law found in the latest sources (June 2026).",
     "requires": ["pay", "neutral_title"], "status": "not yet transposed",
     "posting_must_include": [
         "once transposed (directive art. 5(1)): the starting pay or its range, in the vacancy "
         "notice or before the interview",
         "art. 5(3): gender-neutral job titles and vacancy notices"],
     "notes": "Until Belgian law transposes article 5, findings for BE are notes (info), not errors. "
              "The Fédération Wallonie-Bruxelles has transposed the directive for its own services "
              "(code BE-FWB).",
     "sources": [
         "https://www.vow.be/en/node/547",
         "https://www.osborneclarke.com/insights/belgium-eu-pay-transparency-directive",
         "https://www.acerta.be/fr/inspiration/directive-europeenne-sur-la-transparence-des-remunerations-en-approche"],
     "places": r"\b(?:Belgium|Belgique|België|Brussels|Bruxelles|Brussel|Liège|Namur|Charleroi|"
               r"Antwerp|Anvers|Antwerpen|Ghent|Gand|Leuven|Louvain|Wallonia|Wallonie|Flanders|"
               r"Flandre)\b"},
    {"code": "BE-FWB", "name": "Fédération Wallonie-Bruxelles, Belgium (decree of 2024-09-12 "
                               "transposing directive 2023/970 for its own services)",
     "effective": "2025-01-01",
     "requires": ["pay", "neutral_title"], "status": "in force",
     "posting_must_include": [
         "the starting pay or pay range in every job listing, accessible to persons with "
         "disabilities", "gender-neutral job titles"],
     "notes": "Applies only to employers under the Federation's responsibility (its ministry, "
              "public bodies, education), not to private employers in Wallonia or Brussels, so "
              "adlint never infers it from a place: name it in `jurisdictions` when recruiting "
              "for the Federation. Fines up to EUR 3,900 (secondary source).",
     "sources": [
         "https://www.deloitte.com/be/en/services/tax/blogs/federation-wallonie-bruxelles-transposes-eu-directive-on-pay-transparency.html",
         "https://pihr.com/pay-equity/eu-pay-transparency-implementation-in-belgium/"]},
    {"code": "CA-QC", "name": "Québec, Canada (no pay-transparency law for job postings)",
     "effective": "None: Québec has no law requiring pay, a range or anything else in job postings "
                  "(as of the latest sources adlint found). Its Pay Equity Act (Loi sur l'équité "
                  "salariale, 1996) requires equal pay for work of equal value inside the "
                  "enterprise, not pay in postings.",
     "requires": [], "status": "no posting law",
     "posting_must_include": [],
     "notes": "adlint recognises Québec places (Montréal, Québec, Gatineau…) so that "
              "metrics.jurisdictions says the ad is in Québec, where no posting law applies: no "
              "finding is ever made for CA-QC. A 2022 Léger survey found 76% of Quebecers in "
              "favour of such a law; none has been passed.",
     "sources": [
         "https://educaloi.qc.ca/en/capsules/employers-make-pay-equity-a-reality-in-your-company",
         "https://queenscitizen.ca/tired-of-job-offers-without-salary"],
     "places": r"\b(?:Québec|Quebec|Montréal|Montreal|Laval|Gatineau|Sherbrooke|Trois-Rivières|"
               r"Lévis|Saguenay|Longueuil)\b|, QC\b"},
]

#: Employers under federal jurisdiction: Ontario's Employment Standards Act, where its
#: posting rules live, does not cover them ("the federal civil service", banks, airlines…).
#: With `jurisdictions = ["auto"]` an ad that names the federal public service as its
#: employer is not taken to be under Ontario's law because it says "Ottawa".
FEDERAL_CA = (r"\b(?:Government of Canada|federal public service|Public Service of Canada|"
              r"Canadian Digital Service|gouvernement du Canada|fonction publique f[ée]d[ée]rale|"
              r"fonction publique du Canada|Service num[ée]rique canadien)\b")
FEDERAL_CA_SOURCE = ("https://www.ontario.ca/document/industries-and-jobs-exemptions-or-special-rules/"
                     "industries-and-jobs-not-covered-under-employment-standards-act")

src = Path(sys.argv[1])
entries = json.loads(src.read_text(encoding="utf-8"))
out = []
for e in entries:
    code = e["code"]
    item = {"code": code, "name": e["jurisdiction"], "effective": e["effective"],
            "requires": REQUIRES[code], "status": "uncertain" if code in UNCERTAIN else "in force",
            "posting_must_include": e["posting_must_include"], "notes": e["notes"],
            "sources": e["sources"]}
    if code == "CA-ON":
        item["range_cap"] = 50000
        item["range_cap_exempt_above"] = 200000
        item["not_for_employers"] = FEDERAL_CA
        item["not_for_employers_source"] = FEDERAL_CA_SOURCE
    if code in PLACES:
        item["places"] = PLACES[code]
    out.append(item)
out.extend(EXTRA)
header = ("# Pay-transparency laws adlint checks (`jurisdictions = [...]` in the config).\n"
          "# Generated by scripts/build_pay_transparency.py from the adlint research table\n"
          f"# ({len(entries)} jurisdictions, each with its sources) and {len(EXTRA)} entries written for\n"
          "# adlint (France, Belgium, the Federation Wallonia-Brussels, and Quebec, which has no\n"
          "# posting law). NOT LEGAL ADVICE: laws change; check the sources and your counsel.\n"
          "# `requires` is adlint's reading of each law; a status other than 'in force' gives notes.\n")
dest = Path(__file__).resolve().parent.parent / "rules" / "data" / "pay-transparency.yaml"
dest.write_text(header + yaml.safe_dump({"jurisdictions": out}, sort_keys=False, allow_unicode=True,
                                        width=100), encoding="utf-8")
print(f"{len(out)} jurisdictions written to {dest}")
