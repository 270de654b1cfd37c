"""Plain-text ads as job boards export them: labels in capitals or ending in a colon,
one list item a line with or without bullets, hard-wrapped paragraphs."""

import pytest

import adlint
from adlint.document import PLACEHOLDER
from adlint.parse import parse


def blocks(text):
    return [(b.kind, b.text) for b in parse("ad.txt", text, "text").blocks]


def kinds(text):
    return [b.kind for b in parse("ad.txt", text, "text").blocks]


def assert_exact(text):
    """Every block character comes from the source character at its offset; a line
    break inside a block stands for the line break in the source."""
    doc = parse("ad.txt", text, "text")
    for b in doc.blocks:
        for i, ch in enumerate(b.text):
            s, e = b.span(i, i + 1)
            if ch == "\n":
                assert text[s:e] in ("\n", "\r\n", "\r"), (b, i, text[s:e])
            elif ch != PLACEHOLDER:
                assert text[s:e] == ch, (b, i, text[s:e], ch)
    return doc


BOARD_AD = """\
Warehouse Associate
Harbour Freight Logistics
Denver, CO 80216

Location: Denver, CO
Salary: $20–$24 an hour

ABOUT THE ROLE
Our Denver warehouse ships spare parts to garages across the Front Range. We are
looking for someone who likes to keep moving and wants to learn how a busy
distribution centre runs.

What you'll do:
Pick and pack orders with a handheld scanner
Load and unload delivery trucks
Keep aisles clean and safe
Count stock at the end of each week

REQUIREMENTS
Able to lift 50 pounds with a team lift
Comfortable standing for most of a shift
- Forklift certificate, or willing to get one in your first month
* Basic English for safety briefings

WHAT WE OFFER
1. Health, dental and vision insurance from day one
2) 15 days of paid time off
• Overtime paid at time and a half

Questions? Call Dana Ruiz on (303) 555-0142.

Thanks!
"""


def test_a_board_ad_reads_as_headings_lists_and_paragraphs():
    assert blocks(BOARD_AD) == [
        ("heading", "Warehouse Associate"),
        ("list_item", "Harbour Freight Logistics"),
        ("list_item", "Denver, CO 80216"),
        ("paragraph", "Location: Denver, CO"),
        ("paragraph", "Salary: $20–$24 an hour"),
        ("heading", "ABOUT THE ROLE"),
        ("paragraph", "Our Denver warehouse ships spare parts to garages across the Front Range. We are\n"
                      "looking for someone who likes to keep moving and wants to learn how a busy\n"
                      "distribution centre runs."),
        ("heading", "What you'll do:"),
        ("list_item", "Pick and pack orders with a handheld scanner"),
        ("list_item", "Load and unload delivery trucks"),
        ("list_item", "Keep aisles clean and safe"),
        ("list_item", "Count stock at the end of each week"),
        ("heading", "REQUIREMENTS"),
        ("list_item", "Able to lift 50 pounds with a team lift"),
        ("list_item", "Comfortable standing for most of a shift"),
        ("list_item", "Forklift certificate, or willing to get one in your first month"),
        ("list_item", "Basic English for safety briefings"),
        ("heading", "WHAT WE OFFER"),
        ("list_item", "Health, dental and vision insurance from day one"),
        ("list_item", "15 days of paid time off"),
        ("list_item", "Overtime paid at time and a half"),
        ("paragraph", "Questions? Call Dana Ruiz on (303) 555-0142."),
        ("paragraph", "Thanks!"),
    ]


def test_blocks_under_a_label_carry_it():
    doc = parse("ad.txt", BOARD_AD, "text")
    by_text = {b.text: b.heading for b in doc.blocks}
    assert by_text["Load and unload delivery trucks"] == "What you'll do"
    assert by_text["15 days of paid time off"] == "WHAT WE OFFER"
    assert by_text["Thanks!"] == "WHAT WE OFFER"


def test_positions_are_exact_with_lf_and_crlf():
    assert_exact(BOARD_AD)
    crlf = BOARD_AD.replace("\n", "\r\n")
    doc = assert_exact(crlf)
    assert [(b.kind, b.text) for b in doc.blocks] == blocks(BOARD_AD)
    item = next(b for b in doc.blocks if b.text == "Forklift certificate, or willing to get one in your first month")
    s, e = item.span(0, len(item.text))
    assert crlf[s - 2:s] == "- " and crlf[s:e] == item.text
    wrapped = next(b for b in doc.blocks if b.text.startswith("Our Denver"))
    i = wrapped.text.index("\n")
    assert crlf[slice(*wrapped.span(i, i + 1))] == "\r\n"


@pytest.mark.parametrize("bullet", ["- ", "* ", "• ", "· ", "– ", "1. ", "1) ", "a) ", "  - ", "\t• "])
def test_every_bullet_is_stripped_with_exact_offsets(bullet):
    text = f"Benefits:\n{bullet}Dental cover\n{bullet}A rockstar bonus\n"
    doc = assert_exact(text)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Benefits:"), ("list_item", "Dental cover"), ("list_item", "A rockstar bonus")]
    res = adlint.lint_text(text, "text", select=("jargon/rockstar",))
    assert [(text[f.start:f.end], f.line, f.column) for f in res.findings] == [
        ("rockstar", 3, len(bullet) + 3)]


def test_an_emoji_before_a_list_item():
    text = "PERKS\n🚀 Free lunch every Friday\n🏖️ Work with rockstar engineers\n"
    doc = assert_exact(text)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "PERKS"), ("list_item", "Free lunch every Friday"),
        ("list_item", "Work with rockstar engineers")]
    res = adlint.lint_text(text, "text", select=("jargon/rockstar",))
    (f,) = res.findings
    assert text[f.start:f.end] == "rockstar" and (f.line, f.column) == (3, 14)
    # one emoji at the start of a sentence is prose, not a bullet
    assert blocks("🎉 We are hiring in Leeds.\nCome and meet the team.\n") == [
        ("paragraph", "🎉 We are hiring in Leeds.\nCome and meet the team.")]


def test_a_wrapped_paragraph_stays_one_paragraph():
    text = ("Harbour Freight has run its Denver warehouse since 1998 and ships to more than\n"
            "400 garages in Colorado and Wyoming. Most of our team started on the loading\n"
            "Dock and now lead shifts, train new starters or run the stock room.\n")
    assert kinds(text) == ["paragraph"]
    # also under a label
    assert kinds("ABOUT US\n" + text) == ["heading", "paragraph"]
    # a number after a line that runs on is not a numbered item
    assert blocks("We ship to more than\n200. We also run a parts counter.\n") == [
        ("paragraph", "We ship to more than\n200. We also run a parts counter.")]


def test_a_sentence_in_capitals_is_no_heading():
    text = ("We pack and ship orders for local hardware shops.\n"
            "NO EXPERIENCE NEEDED, WE TRAIN YOU.\n"
            "You start on the day shift and move to nights only if you want to.\n")
    assert kinds(text) == ["paragraph"]
    text = ("Drivers are paid every Friday and GET TIPS ON TOP OF\n"
            "THEIR WAGE on every delivery route.\n")
    assert kinds(text) == ["paragraph"]


def test_short_closing_lines_are_no_headings():
    body = "Send your CV to the store manager and we will reply within a week.\n\n"
    assert blocks(body + "Thanks!\n")[-1] == ("paragraph", "Thanks!")
    assert blocks(body + "Best regards\n")[-1] == ("paragraph", "Best regards")
    assert blocks("REQUIREMENTS\nValid driving licence\n\nHOW TO APPLY\n")[-1] == ("paragraph", "HOW TO APPLY")


def test_label_value_lines_stay_paragraphs():
    text = "Job details\nPay: $17.00 - $20.00 per hour\nJob type: Full-time\nWork location: In person\n"
    assert blocks(text) == [
        ("heading", "Job details"), ("paragraph", "Pay: $17.00 - $20.00 per hour"),
        ("paragraph", "Job type: Full-time"), ("paragraph", "Work location: In person")]


def test_a_wrapped_line_ending_in_a_colon_is_no_label():
    text = ("To qualify, you need one year of experience at the next lower grade. Experience is\n"
            "defined as follows:\n"
            "Managing a team of five or more\n"
            "Writing budgets for a program\n")
    assert blocks(text) == [
        ("paragraph", "To qualify, you need one year of experience at the next lower grade. Experience is\n"
                      "defined as follows:"),
        ("list_item", "Managing a team of five or more"), ("list_item", "Writing budgets for a program")]


def test_acronyms_in_a_list_are_no_headings():
    text = "Certifications:\nBLS\nACLS\nCDL Class A\nFood handler card\n"
    assert kinds(text) == ["heading"] + ["list_item"] * 4


def test_lower_case_items_and_items_with_wrapped_lines():
    assert kinds("Requirements:\nvalid driving licence\nhigh school diploma\nsteel-toe boots\n") == \
        ["heading"] + ["list_item"] * 3
    text = "Requirements:\n- Experience with pallet jacks and\n  hand trucks\n- A clean driving record\n"
    assert blocks(text) == [("heading", "Requirements:"),
                            ("list_item", "Experience with pallet jacks and\nhand trucks"),
                            ("list_item", "A clean driving record")]


def test_a_label_standing_alone_labels_the_next_group():
    assert blocks("RESPONSIBILITIES\n\nAnswer phones\nGreet visitors\n") == [
        ("heading", "RESPONSIBILITIES"), ("list_item", "Answer phones"), ("list_item", "Greet visitors")]
    # and a list with blank lines between its items
    assert blocks("BENEFITS\n\nHealth insurance\n\nFree parking\n\nA staff discount\n") == [
        ("heading", "BENEFITS"), ("list_item", "Health insurance"), ("list_item", "Free parking"),
        ("list_item", "A staff discount")]
    # but paragraphs under a title stay paragraphs
    assert blocks("Warehouse Associate\n\nWe pack boxes.\nAnd ship them.\n\nWe pay weekly.\n") == [
        ("heading", "Warehouse Associate"), ("paragraph", "We pack boxes.\nAnd ship them."),
        ("paragraph", "We pay weekly.")]


def test_directive_lines_are_not_prose():
    text = ("REQUIREMENTS\n"
            "adlint-disable-next-line jargon/rockstar\n"
            "A rockstar attitude\n"
            "A ninja with spreadsheets\n")
    assert blocks(text) == [("heading", "REQUIREMENTS"), ("list_item", "A rockstar attitude"),
                            ("list_item", "A ninja with spreadsheets")]
    res = adlint.lint_text(text, "text", select=("jargon/rockstar",))
    assert [text[f.start:f.end] for f in res.findings] == ["ninja"]


# --- end to end -------------------------------------------------------------------------

DUTIES = ["Pick and pack customer orders with a handheld scanner",
          "Load and unload delivery trucks at the main dock",
          "Keep aisles, racking and walkways clean and safe",
          "Count stock in your zone at the end of each week",
          "Report damaged goods to the shift lead before dispatch",
          "Help new starters learn the scanner and the layout"]
NEEDS = ["Able to lift 50 pounds with a team lift",
         "Comfortable standing and walking for most of a shift",
         "Basic English for safety briefings and labels",
         "Available for early shifts starting at 6 a.m"]
PERKS = ["Medical, dental and vision insurance from your first day",
         "Fifteen days of paid time off and six paid holidays",
         "Overtime paid at time and a half after forty hours",
         "A free bus pass and secure bike parking on site"]
ABOUT = ("Harbour Freight Logistics runs a regional warehouse in Denver that supplies spare parts "
         "to more than four hundred independent garages in Colorado and Wyoming. ")


def structured_ad():
    return "\n".join([
        "Warehouse Associate", "Harbour Freight Logistics", "",
        "ABOUT US", ABOUT * 7, "",
        "RESPONSIBILITIES", *DUTIES, "",
        "REQUIREMENTS", *NEEDS, "",
        "BENEFITS", *PERKS, "",
        "HOW TO APPLY", "Send your CV to the shift manager. We reply to every applicant within a week.", ""])


def test_wall_of_text_is_silent_on_a_structured_ad_and_fires_on_a_wall():
    ad = structured_ad()
    res = adlint.lint_text(ad, "text", select=("structure/wall-of-text",))
    assert res.metrics["words"] >= 300 and res.findings == []
    wall = (ABOUT + "You will pick and pack orders, load trucks and keep the aisles clean.\n") * 9
    res = adlint.lint_text(wall, "text", select=("structure/wall-of-text",))
    assert res.metrics["words"] >= 300
    assert [f.rule for f in res.findings] == ["structure/wall-of-text"]


def test_an_unbulleted_list_is_not_one_long_sentence():
    text = "What you'll do:\n" + "\n".join(DUTIES) + "\n"
    res = adlint.lint_text(text, "text", select=("readability/long-sentence",))
    assert res.findings == []
    # a real long sentence still is
    long = ("You will pick and pack orders and load and unload the trucks and keep the aisles "
            "clean and count the stock and help the new starters and report damage to the lead "
            "and do whatever else the shift needs.\n")
    res = adlint.lint_text(text + "\n" + long, "text", select=("readability/long-sentence",))
    assert [f.rule for f in res.findings] == ["readability/long-sentence"]


def test_elements_under_capital_labels():
    res = adlint.lint_text(structured_ad(), "text", select=("structure/wall-of-text",))
    elements, evidence = res.metrics["elements"], res.metrics["element_evidence"]
    assert elements["responsibilities"] and elements["requirements"] and elements["benefits"]
    assert evidence["responsibilities"] == {"how": "heading", "text": "RESPONSIBILITIES"}
    assert evidence["requirements"] == {"how": "heading", "text": "REQUIREMENTS"}
    assert evidence["application_process"] == {"how": "heading", "text": "HOW TO APPLY"}
