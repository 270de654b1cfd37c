"""Property-based tests: for any Markdown, HTML or text built from the pieces job
ads are made of, linting never raises, every position lies inside the file, and
the source slice of every span finding is the text the finding names."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adlint.config import Settings
from adlint.document import LineIndex
from adlint.engine import lint_text

#: every rule (grammar needs a server and is off)
ALL = Settings(select=("ALL",), jurisdictions=("auto",))

WORDS = st.sampled_from([
    "rockstar", "ninja", "chairman", "Salesmen", "young", "native English speaker", "guys",
    "he or she", "recent graduates", "fast-paced", "$90,000–$110,000", "£38k", "up to $60,000",
    "GS-13", "you", "We", "OPM", "NASA", "!!", "SHOUTING LOUDLY", "e.g.", "Dr.", "café", "naïve",
    "🎉", "👩🏽‍💻", "\u200b", "\u00a0", "’", "“quoted”", "Toronto, ON", "Denver, CO", "remote",
    "health insurance", "apply by 1 May", "equal opportunity", "x" * 40, "12", "-", "…",
])
SEP = st.sampled_from([" ", " ", "\n", "\r\n", "\t", "  ", ", ", ". "])
PHRASE = st.lists(st.tuples(WORDS, SEP), min_size=1, max_size=12).map(
    lambda ws: "".join(w + s for w, s in ws))

MD_INLINE = st.one_of(
    PHRASE,
    PHRASE.map(lambda t: f"**{t}**"), PHRASE.map(lambda t: f"_{t}_"),
    PHRASE.map(lambda t: f"`{t}`"), PHRASE.map(lambda t: f"[{t}](https://example.com/{t[:5]})"),
    st.sampled_from(["&amp;", "&nbsp;", "&#x1F389;", "&bogus;", "\\*", "<br>", "<span>", "</span>",
                     "<https://x.example>", "{{ page.salary }}", "{% if x %}", "***", "~~x~~"]),
)
MD_LINE = st.tuples(
    st.sampled_from(["", "# ", "## ", "- ", "* ", "1. ", "> ", "    ", "| ", "```\n", "<!-- adlint-disable-next-line -->\n"]),
    st.lists(MD_INLINE, min_size=1, max_size=5).map("".join),
).map("".join)
MARKDOWN = st.tuples(
    st.sampled_from(["", "---\ntitle: Rockstar\nlocation: Denver, CO\n---\n", "---\nbroken: [\n---\n",
                     "\ufeff", "+++\ntitle = 'x'\n+++\n"]),
    st.lists(MD_LINE, min_size=1, max_size=25).map("\n".join),
).map("".join)

HTML_PIECE = st.one_of(
    PHRASE.map(lambda t: t.replace("<", "&lt;")),
    st.sampled_from(["<p>", "</p>", "<h2>", "</h2>", "<ul><li>", "</li></ul>", "<b>", "</b>",
                     "<br>", "<br/>", "<script>rockstar()</script>", "<style>p{}</style>",
                     "<a href='rockstar.html' title='ninja'>", "</a>", "<img alt='guru'>",
                     "<!-- chairman -->", "&amp;", "&eacute;", "&#128512;", "&#xZZ;", "<div",
                     "</div>", "<pre>ninja</pre>", "<code>guru</code>", "<![CDATA[x]]>", "<",
                     "<html lang='en'>", "<meta name='viewport' content='width=device-width'>"]),
)
HTML = st.lists(HTML_PIECE, min_size=1, max_size=40).map("".join)
TEXT = st.lists(st.tuples(st.sampled_from(["", "- ", "* ", "REQUIREMENTS:\n", "\n"]), PHRASE),
                min_size=1, max_size=20).map(lambda xs: "\n".join(a + b for a, b in xs))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _holds(text: str, fmt: str) -> None:
    res = lint_text(text, fmt, ALL)
    source = text[1:] if text.startswith("\ufeff") else text
    lines = LineIndex(source)
    n = len(source)
    for f in res.findings:
        if f.start is None:
            assert (f.line, f.column) == (1, 1)
            continue
        assert 0 <= f.start <= f.end <= n, (f.rule, f.start, f.end, n)
        assert source[f.start:f.end] == f.text, (f.rule, source[f.start:f.end], f.text)
        assert (f.line, f.column) == lines.position(f.start)
        assert (f.end_line, f.end_column) == lines.position(f.end)
        for e in f.fix or ():
            assert f.start <= e.start <= e.end <= f.end


@SETTINGS
@given(MARKDOWN)
def test_markdown(text):
    _holds(text, "markdown")


@SETTINGS
@given(HTML)
def test_html(text):
    _holds(text, "html")


@SETTINGS
@given(TEXT)
def test_text(text):
    _holds(text, "text")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["markdown", "html", "text"]))
def test_any_unicode_at_all(text, fmt):
    _holds(text, fmt)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab É.!?…:;,'’-_\n\"”)]5 ")), max_size=200),
       st.sampled_from(["markdown", "text"]), st.sampled_from(["en", "fr"]))
def test_sentences_partition_the_words_of_each_block(text, fmt, language):
    """A block's sentences hold its words, each once (readability, the word count and
    the long-paragraph rule read the sentences' tokens, not the block's again)."""
    from adlint.analysis.sentences import split_block
    from adlint.analysis.words import WORD
    from adlint.parse import parse

    for b in parse("x", text, fmt).blocks:
        tokens = [w for s in split_block(b, language) for w in s.word_list]
        assert tokens == WORD.findall(b.text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB É.!?'’-_\n\"”ΣσİıẞßǅK5 ")), max_size=200))
def test_word_index_from_the_sentences_is_the_prose_index(text):
    """Facts.word_index builds the term rules' index from the sentences' tokens: the
    same index as tokenising the lower-cased prose."""
    from adlint.analysis.facts import Facts
    from adlint.analysis.words import word_index
    from adlint.parse import parse

    doc = parse("x", text, "markdown")
    assert Facts(doc).word_index == word_index(doc.prose)
