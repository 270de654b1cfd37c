"""The credentials, titles, hoops, benefits, buzzwords and repeats packs: true positives
on realistic ad text, and the look-alikes that must stay silent."""

import datetime

import pytest

import adlint

YEAR = datetime.date.today().year


def hits(text, rule, fmt="markdown", **options):
    """The source text of each finding of `rule` ("" for a whole-ad finding). Short test
    texts are too short for the language guess: they say they are English."""
    res = adlint.lint_text(text, fmt, select=(rule,), cache=False, language="en", **options)
    assert all(f.rule == rule for f in res.findings)
    return [f.text for f in res.findings]


def messages(text, rule, fmt="markdown", **options):
    res = adlint.lint_text(text, fmt, select=(rule,), cache=False, language="en", **options)
    return [f.message for f in res.findings]


def findings(text, rule, fmt="markdown", **options):
    return adlint.lint_text(text, fmt, select=(rule,), cache=False, language="en", **options).findings


# -- credentials/degree-required --------------------------------------------------------

DEGREE = "credentials/degree-required"


@pytest.mark.parametrize("text,expected", [
    ("## Requirements\n\n- Bachelor's degree in Computer Science required.\n- You write clear SQL.\n",
     ["Bachelor's degree in Computer Science required"]),
    ("You must have a degree in economics to be considered.", ["must have a degree"]),
    ("## Requirements\n\n- Bachelor’s degree in Computer Science or a related field\n- Two years of Python\n",
     ["Bachelor’s degree"]),
    ("## What you need\n\n- BS/MS in Computer Science\n", ["BS/MS in"]),
    ("This role requires a bachelor's degree in accounting.", ["requires a bachelor's degree"]),
    ("College degree required.", ["College degree required"]),
])
def test_degree_required_fires(text, expected):
    assert hits(text, DEGREE) == expected


@pytest.mark.parametrize("text", [
    "- Bachelor's degree or equivalent experience.",
    "- Bachelor's degree in Computer Science, or equivalent practical experience.",
    "- Bachelor's degree in Computer Science preferred.",
    "- A degree in computer science, or relevant experience building web apps.",
    "- A degree in statistics is a plus.",
    "Registered Nurse licence required.",
    "- BSN degree required; you must hold an active Registered Nurse (RN) licence.",
    "- Law degree required and admission to the bar as an attorney in New York.",
    "- Bachelor's degree in accounting required; CPA licence preferred.",
    "- You are currently enrolled in a bachelor's degree in computer science.",
    "A degree is not required.",
    "You don't need a degree to apply.",
    "A high degree of autonomy is required.",
    "## Nice to have\n\n- Master's degree in statistics\n",
    "# Software Engineering Intern\n\n## Requirements\n\n- Bachelor's degree in Computer Science required.\n",
    "---\ntitle: Summer Internship - Data\n---\n\n- Bachelor's degree in Mathematics required.\n",
])
def test_degree_required_look_alikes_stay_silent(text):
    assert hits(text, DEGREE) == []


# -- credentials/experience-for-level -----------------------------------------------------

LEVEL = "credentials/experience-for-level"


def test_junior_title_with_three_years_fires_and_names_the_level():
    text = ("# Junior Data Analyst\n\n## Requirements\n\n- 3+ years of experience with SQL and Excel.\n"
            "- You explain numbers to people who do not work with them.\n")
    assert hits(text, LEVEL) == ["3+ years of experience"]
    [msg] = messages(text, LEVEL)
    assert "junior" in msg and "at most 1 year" in msg


@pytest.mark.parametrize("text,expected", [
    ("---\ntitle: Entry-Level Marketing Assistant\n---\n\nYou have at least two years of marketing experience.\n",
     ["at least two years of marketing experience"]),
    ("# Marketing Assistant\n\nThis is an entry-level position. You have 2 years of experience in retail.\n",
     ["2 years of experience"]),
    ("# Graduate Software Engineer\n\n- Experience: 3+ years\n", ["Experience: 3+ years"]),
    ("# Apprentice Electrician\n\n- Minimum of 2-3 years of electrical experience\n",
     ["Minimum of 2-3 years of electrical experience"]),
])
def test_entry_level_with_years_fires(text, expected):
    assert hits(text, LEVEL) == expected


@pytest.mark.parametrize("text", [
    "# Senior Data Analyst\n\n- 2 years of experience with SQL.\n",  # 2 years in a senior role
    "# Data Analyst\n\n- 5+ years of experience with SQL.\n",  # no level at all
    "# Junior Data Analyst\n\n- 1 year of experience with SQL.\n",
    "# Junior Data Analyst\n\n- 1-2 years of experience with SQL.\n",
    "# Junior Data Analyst\n\n- 2 years of experience with SQL preferred.\n",
    "# Junior Developer\n\n- 2 years of experience, including internships or university projects.\n",
    "# Junior Developer\n\nThis role suits someone with up to 5 years of experience.\n",
    "# Junior/Mid-level Developer\n\n- 3 years of experience with Django.\n",
    "# Graduate Recruiter\n\n- 3 years of recruiting experience.\n",
    "# Staff Engineer\n\nYou will mentor junior engineers.\n\n- 8+ years of experience.\n",
    "# Junior Developer\n\n## Nice to have\n\n- 3 years of experience with Kotlin.\n",
    "# Junior Developer\n\nWe are a team with 20 years of experience in payments.\n\n"
    "## Requirements\n\n- You have built a web app.\n",  # the company's years, not the candidate's
])
def test_entry_level_look_alikes_stay_silent(text):
    assert hits(text, LEVEL) == []


# -- credentials/technology-age -------------------------------------------------------------

TECH = "credentials/technology-age"


@pytest.mark.parametrize("text,expected", [
    ("You have 20+ years of experience with Kubernetes.", ["20+ years of experience with Kubernetes"]),
    ("- 25 years of Swift", ["25 years of Swift"]),
    ("- Rust (25+ years)", ["Rust (25+ years"]),
    ("- At least 25 years' professional experience in TypeScript", ["25 years' professional experience in TypeScript"]),
    ("- 30 years of hands-on experience with React Native", ["30 years of hands-on experience with React Native"]),
])
def test_more_years_than_the_technology_exists_fires(text, expected):
    assert hits(text, TECH) == expected


def test_technology_age_message_names_the_release_year():
    [msg] = messages("You have 20+ years of experience with Kubernetes.", TECH)
    assert "Kubernetes was first released in 2014" in msg and f"{YEAR - 2014} years ago" in msg


@pytest.mark.parametrize("text", [
    "- 15 years of Java",  # Java is from 1995
    "- 10+ years of experience with Python and Django",
    "- 5 years of go-to-market experience",
    "- 20 years of go-getting attitude",
    "- 15+ years of software engineering, including Kubernetes",  # the years are not of Kubernetes
    "- 5+ years of experience with React",
    "- 20 years of Reactive programming",
])
def test_technology_age_look_alikes_stay_silent(text):
    assert hits(text, TECH) == []


def test_technology_age_uses_the_configured_year():
    text = "- 8+ years of experience with Kubernetes"
    assert hits(text, TECH, rules={TECH: {"current_year": 2019}}) == ["8+ years of experience with Kubernetes"]
    assert hits(text, TECH, rules={TECH: {"current_year": 2030}}) == []


# -- credentials/odd-experience-range and gpa-cutoff ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("At least 2–8 years of experience in sales.", ["At least 2–8 years"]),
    ("- Minimum of 3-4 years of PHP", ["Minimum of 3-4 years"]),
    ("- 3-5+ years of experience", ["3-5+ years"]),
    ("- 2–4 years of experience in sales.", []),
    ("- At least 3 years of experience in sales.", []),
])
def test_odd_experience_range(text, expected):
    assert hits(text, "credentials/odd-experience-range") == expected


@pytest.mark.parametrize("text,expected", [
    ("Candidates must have a GPA of 3.5 or higher.", ["GPA of 3.5 or higher"]),
    ("- Minimum 3.0 GPA", ["Minimum 3.0 GPA"]),
    ("- A minimum 2:1 degree in engineering", ["minimum 2:1"]),
    ("- 2:1 or above at degree level", ["2:1 or above"]),
    ("- A*AA at A-level, with an A* in Maths", ["A*AA at A-level"]),
    ("We do not ask for your GPA.", []),
    ("You have a GPA of 3.5 or higher, or equivalent experience.", []),
    ("You use Python 3.11 or higher.", []),
])
def test_gpa_cutoff(text, expected):
    assert hits(text, "credentials/gpa-cutoff") == expected


# -- titles/title-quality -------------------------------------------------------------------

TITLE = "titles/title-quality"
BODY = "\n\nYou will build the booking system used by 300 dental clinics.\n"


@pytest.mark.parametrize("title,expected", [
    ("Software Engineer III", ["III"]),
    ("Software Engineer I", ["I"]),
    ("Product Manager (L5)", ["L5"]),
    ("Staff Engineer IC5", ["IC5"]),
    ("Policy Adviser HEO", ["HEO"]),
    ("Senior Nurse Band 7", ["Band 7"]),
    ("Administrator Grade 8", ["Grade 8"]),
    ("Senior Nurse – London", ["London"]),
    ("Warehouse Operative - Denver, CO", ["Denver, CO"]),
    ("Barista – $18/hour", ["$18"]),
    ("Data Engineer 120k", ["120k"]),
    ("URGENT: Warehouse Operative", ["URGENT"]),
    ("Care Assistant - Immediate Start", ["Immediate Start"]),
    ("Care Assistant (Hiring Now)", ["Hiring Now"]),
    ("🚀 Growth Marketer 🚀", ["🚀 Growth Marketer 🚀"]),
    ("★ Chef ★", ["★ Chef ★"]),
])
def test_title_problems_on_the_heading(title, expected):
    assert hits(f"# {title}{BODY}", TITLE) == expected


def test_title_in_capitals_and_too_long():
    assert len(findings("# WAREHOUSE OPERATIVE" + BODY, TITLE)) == 1
    [msg] = messages("# WAREHOUSE OPERATIVE" + BODY, TITLE)
    assert "capitals" in msg
    long = "# Senior Full Stack Software Engineer for Our Exciting New Payments Platform Team" + BODY
    [msg] = messages(long, TITLE)
    assert "12 words" in msg


def test_several_problems_are_one_finding_each_and_point_at_the_heading():
    res = findings("# URGENT!!! Software Engineer III – London – $120k" + BODY, TITLE)
    assert [f.text for f in res] == ["URGENT", "!!!", "III", "London", "$120k"]
    assert {(f.line, f.rule) for f in res} == {(1, TITLE)}
    assert res[2].column == 31


def test_front_matter_title_points_at_the_title_line():
    res = findings("---\nlayout: job\ntitle: \"Software Engineer III\"\n---\n\n# Join us" + BODY, TITLE)
    assert [(f.text, f.line, f.column) for f in res] == [("III", 3, 27)]
    assert "“III”" in res[0].message


def test_front_matter_title_not_found_as_written_is_a_whole_ad_finding():
    # a folded YAML value: the words are not on one line of the source
    res = findings("---\ntitle: >\n  Software\n  Engineer III\n---\n\n# Join us" + BODY, TITLE)
    assert [(f.text, f.document_level) for f in res] == [("", True)]


def test_a_nested_title_key_is_not_the_job_title():
    text = "---\nseo:\n  title: Engineer III\ntitle: Software Engineer\n---\n\nHello" + BODY
    assert findings(text, TITLE) == []


def test_html_title_without_the_site_name():
    page = ("<html><head><title>Staff Nurse Band 5 | NHS Jobs</title></head><body>"
            "<p>You will care for patients on a surgical ward.</p></body></html>")
    [f] = findings(page, TITLE, "html")
    assert "“Band 5”" in f.message and "NHS Jobs" not in f.message
    assert (f.text, f.line, f.column) == ("Band 5", 1, 32)


def test_html_title_with_an_entity_points_at_the_whole_title():
    page = ("<html><head><title>\n  Nurse &amp; Carer - URGENT\n</title></head><body>"
            "<p>You will care for patients on a surgical ward.</p></body></html>")
    [f] = findings(page, TITLE, "html")
    assert "“URGENT”" in f.message and f.text == "URGENT" and f.line == 2


@pytest.mark.parametrize("title", ["GSA Digital Service Expert", "Designer for GS1 barcodes",
                                   # US federal grades are public pay grades (judged: not codes)
                                   "IT Specialist GS-15"])
def test_grade_look_alikes_are_not_level_codes(title):
    assert hits(f"# {title}{BODY}", TITLE) == []


@pytest.mark.parametrize("text", [
    "# Software Engineer\n\nSalary: Grade 8, £38,000 a year." + BODY,  # a pay grade in a sentence
    "# L2 Support Engineer" + BODY,  # a support tier, not a level code
    "# IV Therapy Nurse" + BODY,
    "# Senior Product Designer" + BODY,
    "# U.S. Digital Corps Fellow" + BODY,
    "# C# Developer" + BODY,
    "## About us\n\nWE ARE HIRING NOW in London for $120k." + BODY,  # opens with a section: no title
    "---\ntitle: Careers at Harbour Freight\n---\n" + BODY,
    "# Remote Backend Developer" + BODY,
])
def test_title_look_alikes_stay_silent(text):
    assert hits(text, TITLE) == []


# -- benefits/perks-as-culture and vague-leave ------------------------------------------------

AD = ("# Backend Developer\n\nJoin our team of eight developers. You will build the APIs behind our "
      "booking app, review pull requests and help us move our database to PostgreSQL. We work "
      "from a bright office by the river, four days a week.\n\n")


def test_perks_without_real_benefits_fire_once_naming_them():
    text = AD + "Why us? Beer on tap, a ping pong table, foosball and free snacks all day!\n"
    res = findings(text, "benefits/perks-as-culture")
    assert [f.text for f in res] == ["Beer on tap"]
    assert "“Beer on tap”, “ping pong”, “foosball”, “free snacks”" in res[0].message


@pytest.mark.parametrize("text", [
    AD + "Benefits: 28 days of paid holiday, private health insurance, and a ping pong table.\n",
    AD + "We offer a pension with 6% matching, and there is beer on Fridays.\n",
    "# Developer\n\nBeer on tap and ping pong!\n",  # too short to judge
    AD + "We brew root beer for our cafe customers.\n",
])
def test_perks_look_alikes_stay_silent(text):
    assert hits(text, "benefits/perks-as-culture") == []


@pytest.mark.parametrize("text,expected", [
    ("We offer unlimited PTO.", ["unlimited PTO"]),
    ("- Generous holiday allowance", ["Generous holiday allowance"]),
    ("- Competitive time off and a pension", ["Competitive time off"]),
    ("Unlimited PTO, with a minimum of 20 days a year that everyone takes.", []),
    ("- 25 days of generous annual leave", []),
    ("We do not offer unlimited vacation; you get 30 days.", []),
])
def test_vague_leave(text, expected):
    assert hits(text, "benefits/vague-leave") == expected


# -- hoops ------------------------------------------------------------------------------------

@pytest.mark.parametrize("rule,text,expected", [
    ("hoops/retype-history", "Please re-enter your work history in the form below.",
     ["re-enter your work history"]),
    ("hoops/retype-history", "Fill in the application form as well as uploading your CV.",
     ["Fill in the application form as well as uploading"]),
    ("hoops/retype-history", "Please also list your employment history below.",
     ["Please also list your employment history below"]),
    ("hoops/retype-history", "You do not need to re-enter your work history: the CV is enough.", []),
    ("hoops/cover-letter-required", "Applications without a cover letter will not be considered.",
     ["Applications without a cover letter will not be considered"]),
    ("hoops/cover-letter-required", "A cover letter is required.", ["A cover letter is required"]),
    ("hoops/cover-letter-required", "A cover letter is welcome but optional.", []),
    ("hoops/cover-letter-required", "A cover letter is not required.", []),
    ("hoops/transcripts", "Official transcripts are required for all applicants.",
     ["Official transcripts are required"]),
    ("hoops/transcripts", "Please attach a copy of your university transcript.",
     ["attach a copy of your university transcript"]),
    ("hoops/transcripts", "# Lecturer in Chemistry\n\nOfficial transcripts are required.", []),
    ("hoops/transcripts", "If you are qualifying based on education, you must submit your transcripts.", []),
    ("hoops/transcripts", "We do not ask for transcripts.", []),
    ("hoops/trick-instruction", 'Please mention the word "pineapple" in your application.',
     ['mention the word "pineapple']),
    ("hoops/trick-instruction", "To show you read this far, start your email with “Hello crane”.",
     ["To show you read", "start your email with “Hello"]),
    ("hoops/trick-instruction", "Put the job title in the subject line of your email.", []),
    ("hoops/trick-instruction", "Include the words Data Engineer, the job title, in the subject line.", []),
    ("hoops/catch-all-duties", "## What you'll do\n\n- Run the payroll\n- Other duties as assigned\n",
     ["Other duties as assigned"]),
    ("hoops/catch-all-duties", "This job description may be modified at any time.",
     ["This job description may be modified at any time"]),
    ("hoops/not-limited-to", "- Manage the office, including but not limited to ordering supplies.",
     ["including but not limited to"]),
    ("hoops/not-limited-to", "We do not discriminate on any basis, including but not limited to race, "
     "religion, sex, gender identity or disability.", []),
    ("hoops/not-limited-to", "## Benefits\n\nPerks including but not limited to a gym membership.\n", []),
    ("hoops/anonymous-employer", "Our client, a leading company in logistics, is looking for a warehouse manager.",
     ["Our client, a"]),
    ("hoops/anonymous-employer", "On behalf of our client we are recruiting a payroll officer.",
     ["On behalf of our client"]),
    ("hoops/anonymous-employer", "A leading company in the fintech space is hiring a data engineer.",
     ["A leading company"]),
    ("hoops/anonymous-employer", "Acme is a leading company in logistics, based in Leeds.", []),
    ("hoops/anonymous-employer", "You will work with our client, a large bank, on their new app.", []),
])
def test_hoops(rule, text, expected):
    assert hits(text, rule) == expected


@pytest.mark.parametrize("text,expected", [
    ("We are hiring a data analyst. #LI-DNI #LI-Hybrid", ["#LI-DNI", "#LI-Hybrid"]),
    ("[INSERT COMPANY NAME] is hiring a data analyst.", ["[INSERT COMPANY NAME]"]),
    ("Lorem ipsum dolor sit amet.", ["Lorem ipsum"]),
    ("ENTER POSITION SUMMARY FROM PERFORMANCE PROFILE", ["ENTER POSITION SUMMARY"]),
    ("Welcome to {company_name}, where you will thrive.", ["{company_name}"]),
    ("The salary is $XX,XXX a year.", ["$XX,XXX"]),
    ("source{d} is hiring engineers.", []),
    ("Sizes S to XXL are available for the team shirts.", []),
    ("We use C# and F# at [Acme](https://acme.example).", []),
])
def test_template_leftovers(text, expected):
    assert hits(text, "hoops/template-leftovers") == expected


# -- repeats/duplicate-requirement -------------------------------------------------------------

REPEATS = "repeats/duplicate-requirement"


def test_a_repeated_bullet_names_the_line_of_the_first():
    text = ("# Data Engineer\n\n## Requirements\n\n- You have three years of experience with Python.\n"
            "- You write clear documentation for other teams.\n\n## About you\n\n"
            "- You have three years of experience with Python and Django.\n")
    res = findings(text, REPEATS)
    assert [(f.line, f.text) for f in res] == [(10, "You have three years of experience with Python and Django.")]
    assert "line 5" in res[0].message and "80%" in res[0].message


def test_a_list_pasted_twice_is_one_finding():
    items = ("- Design promotional material for our studio and its clients\n"
             "- Report to the Head of Marketing with regular progress updates\n"
             "- Work with clients to turn their ideas into interfaces\n")
    text = f"# Designer\n\n## The job\n\n{items}\n## Responsibilities\n\n{items}"
    res = findings(text, REPEATS)
    assert len(res) == 1 and res[0].line == 11
    assert "3 sentences in a row" in res[0].message and "line 5" in res[0].message


@pytest.mark.parametrize("text", [
    "Apply now.\n\nYou will like it here.\n\nApply now.\n",  # too short to compare
    "- Leading cloud adoption projects that use Virtualization technologies\n"
    "- Leading cloud adoption projects that use Containerization technologies\n",  # variants
    "This experience must include ALL of the following:\n\n- Python\n\n"
    "This experience must include ALL of the following:\n\n- Go\n",  # lead-ins
    "{% if page.open %}\nApplications are open until 30 June for this role.\n{% else %}\n"
    "Applications are open until 30 June for this role.\n{% endif %}\n",  # template branches
    "- You build data pipelines in Python for our analysts.\n- You review the code of the other engineers.\n",
])
def test_repeats_look_alikes_stay_silent(text):
    assert hits(text, REPEATS) == []


# -- buzzwords/density ---------------------------------------------------------------------------

DENSITY = "buzzwords/density"


def test_buzzword_heavy_ad_is_one_finding_with_count_and_examples():
    text = ("# Growth Lead\n\nWe are a passionate, innovative team that leverages cutting-edge tools to "
            "deliver world-class, best-in-class products. You will drive high-impact outcomes and "
            "unlock value for our customers.\n\n## You are\n\n- Self-driven, proactive\n- Passionate\n")
    res = findings(text, DENSITY)
    assert len(res) == 1 and res[0].document_level
    # passionate, innovative, leverages, cutting-edge, world-class, best-in-class, drive
    # high-impact outcomes, unlock value, and two trait bullets
    assert res[0].message.startswith("The ad has 10 buzzwords")
    assert "“passionate”, “innovative”, “leverages”, “cutting-edge”" in res[0].message


def test_trait_bullets_count_and_ordinary_bullets_do_not():
    check_text = ("# Designer\n\nYou will design our booking app.\n\n- Self-driven, proactive\n"
                  "- Curious and humble\n- Detail-oriented\n- Passionate & driven\n- Proactive\n")
    [msg] = messages(check_text, DENSITY)
    assert "5 buzzwords" in msg
    assert hits("# Designer\n\n- Proactive communication with clients\n- Figma\n- Curious\n", DENSITY) == []


@pytest.mark.parametrize("text", [
    "# Designer\n\nWe are an innovative team of six who design the booking app used by 300 clinics.\n",
    # six buzzwords, spread thinly over a long ad
    "# Analyst\n\n" + "You will analyse the booking data for our clinics and report on it every week. " * 60
    + "We are innovative, passionate, world-class, cutting-edge, disruptive and impactful.\n",
])
def test_density_look_alikes_stay_silent(text):
    assert hits(text, DENSITY) == []
