from conftest import found, lint


def rules_at(text, fmt="markdown", **kw):
    return [(f.rule, f.line) for f in lint(text, fmt, **kw).findings]


def test_disable_next_line_for_one_rule():
    text = "<!-- adlint-disable-next-line jargon/rockstar -->\nA guru and our guys.\nA ninja.\n"
    assert rules_at(text) == [("inclusive/guys", 2), ("jargon/rockstar", 3)]


def test_disable_enable_block_and_whole_pack():
    text = ("A guru.\n\n<!-- adlint-disable jargon -->\n\nA ninja and our guys.\n\n"
            "<!-- adlint-enable -->\n\nA wizard.\n")
    assert rules_at(text) == [("jargon/rockstar", 1), ("inclusive/guys", 5), ("jargon/rockstar", 9)]


def test_disable_without_ids_means_all_rules():
    text = "<!-- adlint-disable -->\nA guru and our guys.\n"
    assert rules_at(text) == []


def test_disable_file_and_document_level():
    text = "<!-- adlint-disable-file structure readability/long-paragraph -->\n" + "We are hiring. " * 500
    assert rules_at(text) == []


def test_html_and_plain_text_directives():
    html = "<p>guru</p><!-- adlint-disable-next-line -->\n<p>ninja</p>"
    assert rules_at(html, "html") == [("jargon/rockstar", 1)]
    text = "A guru.\n\nadlint-disable-next-line jargon/rockstar\nA ninja.\n"
    assert rules_at(text, "text") == [("jargon/rockstar", 1)]


def test_plain_text_directives_in_a_crlf_file():
    text = "A guru.\r\n\r\nadlint-disable-next-line jargon/rockstar\r\nA ninja.\r\n"
    assert rules_at(text, "text") == [("jargon/rockstar", 1)]
    assert rules_at("adlint-disable-file jargon\r\nA guru.\r\n", "text") == []


def test_report_unused_disables():
    from adlint.config import Settings
    from adlint.engine import lint_document
    from adlint.parse import parse

    doc = parse("x", "<!-- adlint-disable-next-line jargon/rockstar -->\nNothing wrong here.\n", "markdown")
    res = lint_document(doc, Settings(select=("jargon",)), report_unused=True)
    assert [(f.rule, f.line, f.column) for f in res.findings] == [("adlint/unused-disable", 1, 1)]
