"""What counts as prose, in each format, and what never does."""

from adlint.parse import parse

from conftest import found, lint


def kinds(text, fmt="markdown"):
    return [(b.kind, b.text, b.heading) for b in parse("x", text, fmt).blocks]


NOT_PROSE_MD = """---
title: Rockstar ninja wanted
tags: [guru]
---

{% comment %}
We want a rockstar.
{% endcomment %}
{% include ninja.html %} and {{ page.guru }} and {{< figure src="guru.png" >}}

```
rockstar = ninja
```

    indented guru code

Use `rockstar` in <span title="ninja">a span</span>.
Link: [docs](https://example.com/guru) and <https://example.com/ninja> and
https://guru.example.com/x and guru@example.com and www.ninja.org.
<!-- a guru comment -->
![rockstar](ninja.png)
"""


def test_markdown_non_prose_is_never_flagged():
    assert found(NOT_PROSE_MD) == []


def test_markdown_link_text_is_prose():
    assert [f[5] for f in found("See [our guru page](https://x.example).")] == ["guru"]


def test_markdown_block_kinds_and_heading_context():
    text = ("# Role\n\nIntro text.\n\n## Duties\n\n- First duty\n- Second duty\n\n"
            "> A quote\n\n| a | b |\n|---|---|\n| cell | two |\n")
    assert kinds(text) == [
        ("heading", "Role", None), ("paragraph", "Intro text.", "Role"),
        ("heading", "Duties", None), ("list_item", "First duty", "Duties"),
        ("list_item", "Second duty", "Duties"), ("quote", "A quote", "Duties"),
        ("table_cell", "a", "Duties"), ("table_cell", "b", "Duties"),
        ("table_cell", "cell", "Duties"), ("table_cell", "two", "Duties")]


def test_markdown_front_matter_metadata():
    doc = parse("x", "---\ntitle: Analyst\nlocation: Leeds\nsalary: 40000\n---\nBody.\n", "markdown")
    assert doc.metadata.front_matter == {"title": "Analyst", "location": "Leeds", "salary": 40000}
    assert [b.text for b in doc.blocks] == ["Body."]


def test_markdown_bad_front_matter_is_a_note_not_a_crash():
    res = lint("---\ntitle: [unclosed\n---\nWe want a guru.\n")
    assert [f.rule for f in res.findings] == ["jargon/rockstar"]
    assert res.notes and "front matter" in res.notes[0]


def test_markdown_html_block_is_parsed_as_html():
    text = "<div class=\"guru\">\n<p>Our ninja team</p>\n</div>\n"
    assert [f[5] for f in found(text)] == ["ninja"]


NOT_PROSE_HTML = """<!doctype html><html><head><title>Guru wanted</title>
<meta name="description" content="ninja"><style>.rockstar{}</style>
<script>var guru = 1;</script></head><body>
<!-- rockstar comment -->
<p class="ninja" data-x="guru">Use <code>rockstar</code> and <kbd>guru</kbd>.</p>
<pre>ninja
rockstar</pre>
<p><a href="https://example.com/guru">docs</a> https://ninja.example.com mail: guru@example.com</p>
<template><p>rockstar</p></template>
{% if guru %}{{ ninja }}{% endif %}
</body></html>"""


def test_html_non_prose_is_never_flagged():
    assert found(NOT_PROSE_HTML, "html") == []


def test_html_metadata():
    doc = parse("x", '<html lang="fr-CA"><head><title> Jobs &amp; more </title>'
                     '<meta name="viewport" content="width=device-width"></head>'
                     '<body><img src="a.png"><p>Bonjour</p></body></html>', "html")
    assert doc.metadata.lang == "fr-CA"
    assert doc.metadata.title == "Jobs & more"
    assert doc.metadata.meta["viewport"] == "width=device-width"
    assert doc.metadata.images[0]["alt"] is None


def test_html_block_kinds():
    text = "<h2>Perks</h2><ul><li>Remote <b>work</b></li></ul><table><tr><td>Pay</td></tr></table><p>End<br>line</p>"
    assert kinds(text, "html") == [
        ("heading", "Perks", None), ("list_item", "Remote work", "Perks"),
        ("table_cell", "Pay", "Perks"), ("paragraph", "End\nline", "Perks")]


def test_plain_text_blocks():
    text = "Warehouse Associate\n\nWe pack boxes.\nAnd ship them.\n\nWhat you need:\n- Boots\n- A smile\n"
    assert kinds(text, "text") == [
        ("heading", "Warehouse Associate", None),
        ("paragraph", "We pack boxes.\nAnd ship them.", "Warehouse Associate"),
        ("heading", "What you need:", None),
        ("list_item", "Boots", "What you need"), ("list_item", "A smile", "What you need")]


def test_plain_text_urls_and_templates_are_not_prose():
    assert found("Apply at https://ninja.example.com or guru@example.com {{ rockstar }}\n", "text") == []
