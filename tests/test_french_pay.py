"""French pay figures: thousands separated by spaces, no-break spaces (U+00A0) and narrow
no-break spaces (U+202F), the decimal comma, « k€ », ranges whose first figure has no
currency, and the look-alikes that are not pay (phone numbers, postal codes, dates,
hours, head counts, turnover)."""

import pytest

from adlint.analysis import pay

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize("text,figure,low,high,period", [
    ("Salaire : 38 000,00 € brut annuel.", "38 000,00 €", 38000, None, "year"),
    ("Salaire : 38 000 $ par année.", "38 000 $", 38000, None, "year"),
    ("Rémunération : 45 k€ brut annuel.", "45 k€", 45000, None, "year"),
    ("Rémunération : 45k€ par an.", "45k€", 45000, None, "year"),
    ("Salaire : 45 000 € brut annuel.", "45 000 €", 45000, None, "year"),
    ("Salaire : de 60 000 $ à 75 000 $ par année.", "60 000 $ à 75 000 $", 60000, 75000, "year"),
    (f"Salaire : 38{NNBSP}000{NNBSP}€ à 42{NNBSP}000{NNBSP}€ brut annuel.",
     f"38{NNBSP}000{NNBSP}€ à 42{NNBSP}000{NNBSP}€", 38000, 42000, "year"),
    (f"Salaire : 38{NBSP}000{NBSP}€ brut annuel.", f"38{NBSP}000{NBSP}€", 38000, None, "year"),
    (f"Salaire : 2{NNBSP}345,67 € brut mensuel.", f"2{NNBSP}345,67 €", 2345.67, None, "month"),
    ("Taux horaire : 22,50 $ de l'heure.", "22,50 $", 22.5, None, "hour"),
    ("Rémunération annuelle : 52 000 €.", "52 000 €", 52000, None, "year"),
    # ranges whose first figure has no currency
    ("Salaire : 45-55 k€ par an.", "45-55 k€", 45000, 55000, "year"),
    ("Salaire : entre 40 000 et 48 000 € par an.", "40 000 et 48 000 €", 40000, 48000, "year"),
    ("Salaire : de 60 à 75 000 $ par année.", "60 à 75 000 $", 60000, 75000, "year"),
    # « $ CA » is Canadian dollars, not a turnover (« CA » = chiffre d'affaires)
    ("Traitement : 60 000 $ CA par année.", "60 000 $", 60000, None, "year"),
    # the European dot still reads as thousands
    ("Salaire : 38.000 € brut annuel.", "38.000 €", 38000, None, "year"),
])
def test_french_pay_formats(text, figure, low, high, period):
    (st,) = pay.find_in_text(text, language="fr")
    assert text[st.start:st.end] == st.text == figure
    assert (st.low, st.high, st.period) == (low, high, period)


@pytest.mark.parametrize("text", [
    "Pour parler de la rémunération, appelez le 514 555 1234.",
    "Pour parler du salaire, appelez le 1 800 555-1234.",
    "Nos bureaux : 1000, rue Sherbrooke, Montréal (Québec) H3A 1G1. Salaire concurrentiel.",
    "Entrée en poste le 15 03 2026, salaire selon l'échelle.",
    "Salaire annuel pour 35 heures par semaine.",
    "Rémunération : nous sommes 2 000 employés en 2026.",
    "Rémunération attractive : 2 M€ de CA en 2025.",
    "Une prime d'embauche de 2 000 € et un salaire à négocier.",
    "Salaire selon profil ; budget formation de 1 500 € par an.",
])
def test_french_look_alikes_are_not_pay(text):
    assert pay.find_in_text(text, language="fr") == []


def test_a_year_or_a_small_number_before_a_figure_is_not_the_bottom_of_a_range():
    (st,) = pay.find_in_text("Salaire : depuis 2025 et 48 000 € par an.", language="fr")
    assert (st.text, st.low, st.high) == ("48 000 €", 48000, None)
    (st,) = pay.find_in_text("Rémunération : 3 à 48 000 € par an selon l'échelon.", language="fr")
    assert (st.low, st.high) == (48000, None)


def test_open_ended_french_figures():
    (st,) = pay.find_in_text("Salaire : à partir de 45 000 € brut annuel.", language="fr")
    assert st.open_ended and st.low == 45000
    (st,) = pay.find_in_text("Salaire : jusqu'à 60 000 $ par année.", language="fr")
    assert st.open_ended and st.low == 60000


def test_english_figures_read_as_before():
    # the French decimal comma is French only: English keeps "38,000" as thousands
    (st,) = pay.find_in_text("Salary: $38,000 to $42,000 a year.", language="en")
    assert (st.low, st.high) == (38000, 42000)
    (st,) = pay.find_in_text("Salary: $38,50 an hour.", language="en")
    assert st.text == "$38"  # English never read a decimal comma, and still does not
