"""Length and structure rules, and the careers-page checks on whole HTML pages."""

from conftest import found, lint

TEN = "".join(f"- Experience with tool number {i} in production\n" for i in range(10))


def test_too_many_requirements_reported_on_the_heading():
    text = "# Data engineer\n\n## Requirements\n\n" + TEN
    hits = found(text, rule="structure/too-many-requirements", select=("structure",))
    assert hits == [("structure/too-many-requirements", 3, 4, 3, 16, "Requirements")]


def test_requirement_count_is_per_list_and_configurable():
    text = "## What you need\n\n" + TEN
    assert found(text, rule="structure/too-many-requirements", select=("structure",))
    assert not found(text, rule="structure/too-many-requirements", select=("structure",),
                     rules={"structure/too-many-requirements": {"max_items": 10}})
    # ten responsibilities are not requirements
    assert not found("## What you'll do\n\n" + TEN, rule="structure/too-many-requirements",
                     select=("structure",))


def test_requirements_under_a_label_paragraph():
    text = "**Requirements:**\n\n" + TEN
    hits = found(text, rule="structure/too-many-requirements", select=("structure",))
    assert [h[5] for h in hits] == ["Requirements:"]


SEVEN = "".join(f"- Experience with tool number {i} in production\n" for i in range(7))
TMR = dict(rule="structure/too-many-requirements", select=("structure",))


def test_items_that_are_not_requirements_are_not_counted():
    # dates, the right to work and job-title keywords (SEO lists) are not must-haves
    not_skills = ("- Graduating in summer 2019\n- Eligible to work in the UK\n"
                  "- Front-End Developer\n- UI Developer\n- Interaction Developer etc.\n"
                  "- Considering graduate developer jobs in Bristol such as: Front End Developer\n")
    assert not found("## Requirements\n\n" + SEVEN + not_skills, **TMR)
    skills = "- Clear written English\n- Kind code reviews\n"
    assert found("## Requirements\n\n" + SEVEN + skills, **TMR)


def test_apply_anyway_and_legal_qualification_lists():
    text = "## Requirements\n\n" + TEN + "\nNo one person has all the qualifications listed here, so please apply.\n"
    assert not found(text, **TMR)
    opm = "## Qualifications\n\nThis experience must include ALL of the following:\n\n" + TEN
    assert not found(opm, **TMR)


def test_no_nice_to_have_fires_without_a_split_and_not_with_one():
    five = "".join(f"- Skill number {i}\n" for i in range(5))
    text = "## Requirements\n\n" + five
    assert found(text, rule="structure/no-nice-to-have", select=("structure/no-nice-to-have",))
    assert not found(text + "\n## Nice to have\n\n- Go\n", select=("structure/no-nice-to-have",))
    assert not found(text + "\nIf you don't meet every point, apply anyway.\n",
                     select=("structure/no-nice-to-have",))
    assert not found(text + "\nExperience with Go is a plus.\n", select=("structure/no-nice-to-have",))
    # short lists are not judged
    assert not found("## Requirements\n\n- Python\n- SQL\n", select=("structure/no-nice-to-have",))


PARA = ("We build tools that help families apply for housing support online, and we work in "
        "small teams with designers, engineers and researchers. ")


def test_wall_of_text():
    wall = "\n\n".join([PARA * 3] * 6)
    hits = found(wall, rule="structure/wall-of-text", select=("structure/wall-of-text",))
    assert len(hits) == 1 and hits[0][1:3] == (1, 1)
    assert not found("## About us\n\n" + wall, select=("structure/wall-of-text",))
    assert not found(wall + "\n\n- One point\n", select=("structure/wall-of-text",))
    assert not found(PARA * 3, select=("structure/wall-of-text",))  # short


def test_length_range():
    short = lint("We are hiring a planner. Apply now.", select=("structure",))
    assert [f.rule for f in short.findings] == ["structure/too-short"]
    long = lint("## Role\n\n" + "\n\n".join([PARA] * 60), select=("structure/too-long",))
    assert [f.rule for f in long.findings] == ["structure/too-long"]
    assert not lint("## Role\n\n" + "\n\n".join([PARA] * 10), select=("structure/too-long",
                                                                        "structure/too-short")).findings


PAGE = """<!doctype html>
<html>
<head><title>Careers</title></head>
<body>
<h1>Work with us</h1>
<p>We are a small charity.</p>
<img src="team.jpg">
<img src="divider.svg" alt="">
</body>
</html>
"""


def test_page_checks_on_a_careers_page():
    hits = found(PAGE, "html", select=("page",), profile="careers-page")
    assert ("page/missing-viewport", 1, 1, 1, 1, "") in hits
    assert ("page/missing-lang", 1, 1, 1, 1, "") in hits
    assert ("page/image-missing-alt", 7, 1, 7, 21, '<img src="team.jpg">') in hits
    assert ("page/no-apply-link", 1, 1, 1, 1, "") in hits
    assert len(hits) == 4


def test_page_checks_pass_on_a_good_page_and_skip_fragments():
    good = PAGE.replace("<html>", '<html lang="en">').replace(
        "<head>", '<head><meta name="viewport" content="width=device-width, initial-scale=1">').replace(
        '<img src="team.jpg">', '<img src="team.jpg" alt="Our team">').replace(
        "</body>", '<a href="/jobs/42/apply">Apply now</a></body>')
    assert not found(good, "html", select=("page",), profile="careers-page")
    fragment = '<p>We are a small charity.</p><img src="team.jpg" alt="Our team">'
    assert not found(fragment, "html", select=("page",), profile="careers-page")


def test_page_severity_follows_the_profile():
    res = lint(PAGE, "html", select=("page/missing-lang",), profile="job-ad")
    assert [f.severity for f in res.findings] == ["info"]
    res = lint(PAGE, "html", select=("page/missing-lang",), profile="careers-page")
    assert [f.severity for f in res.findings] == ["warning"]


def test_nested_examples_are_not_counted_as_requirements():
    nested = "".join(f"  - for example, project number {i}\n" for i in range(6))
    text = "## Requirements\n\n" + SEVEN[:-1] + "\n- A passion for technology, shown by:\n" + nested
    assert not found(text, **TMR)  # 8 top-level items
    html = "<h2>Requirements</h2><ul>" + "".join(f"<li>Experience with tool {i} in production</li>" for i in range(10)) + "</ul>"
    assert found(html, fmt="html", **TMR)  # one line of HTML: every item counts
