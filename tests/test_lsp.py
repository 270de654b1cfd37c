"""`adlint lsp`: the language server, started as a process and spoken to in JSON-RPC
(tests/lsp_client.py), as an editor would."""

import subprocess
import sys

import pytest

pytest.importorskip("pygls", reason="the lsp extra (pygls) is not installed")

from lsp_client import Client, apply_edits, uri  # noqa: E402

from adlint.rules import load_registry  # noqa: E402

SELECT = 'select = ["inclusive", "jargon", "structure/too-short"]\n'
GENDERED = "inclusive/gendered-titles"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("ads")
    (root / ".adlint.toml").write_text(SELECT)
    return root


@pytest.fixture(scope="module")
def server(folder, tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    client = Client(cwd=folder, env={"ADLINT_CACHE_DIR": str(cache)})
    client.init_result = client.initialize(root=folder)
    yield client
    client.stop()


def span(d):
    r = d["range"]
    return (r["start"]["line"], r["start"]["character"], r["end"]["line"], r["end"]["character"])


def by_rule(diags, rule=GENDERED):
    return [span(d) for d in diags if d["code"] == rule]


def actions(server, doc_uri, diag):
    return server.request("textDocument/codeAction", {
        "textDocument": {"uri": doc_uri}, "range": diag["range"],
        "context": {"diagnostics": [diag]}}) or []


def edits_of(action):
    (change,) = action["edit"]["documentChanges"]
    return change["edits"]


def test_initialize_advertises_what_the_server_does(server):
    caps = server.init_result["capabilities"]
    assert caps["hoverProvider"] is True
    assert caps["positionEncoding"] == "utf-16"
    assert caps["textDocumentSync"]["change"] == 1  # the whole text on each change
    assert set(caps["codeActionProvider"]["codeActionKinds"]) == {"quickfix", "source.fixAll.adlint"}
    assert server.init_result["serverInfo"]["name"] == "adlint"


def test_open_publishes_diagnostics_in_utf16_after_emoji_and_crlf(server, folder):
    doc = uri(folder / "emoji.md")
    text = "# Team 👋\r\n\r\nOur 🎉 team needs a chairman. 😀😀 A guru too.\r\n"
    server.open(doc, text)
    diags = server.diagnostics(doc, version=1)
    # "Our 🎉 team needs a " is 19 code points and 20 UTF-16 code units
    assert by_rule(diags) == [(2, 20, 2, 28)]
    assert by_rule(diags, "jargon/rockstar") == [(2, 37, 2, 41)]  # after two more emoji
    (d,) = [d for d in diags if d["code"] == GENDERED]
    assert d["severity"] == 2 and d["source"] == "adlint"
    assert d["message"] == "“chairman” is gendered: use “chair”."
    assert d["codeDescription"]["href"].endswith("/docs/rules/inclusive/gendered-titles.md")
    # a document-level finding sits on the first line: "# Team 👋" is 9 code units
    assert by_rule(diags, "structure/too-short") == [(0, 0, 0, 9)]
    assert [d["severity"] for d in diags if d["code"] == "structure/too-short"] == [3]


def test_change_updates_the_diagnostics(server, folder):
    doc = uri(folder / "change.md")
    server.open(doc, "Our chairman leads.\n")
    assert by_rule(server.diagnostics(doc, version=1)) == [(0, 4, 0, 12)]
    server.change(doc, "A new line.\n\nOur team leads, with a 🎸 rockstar.\n", version=2)
    diags = server.diagnostics(doc, version=2)
    assert by_rule(diags) == []
    assert by_rule(diags, "jargon/rockstar") == [(2, 26, 2, 34)]


def test_unsaved_buffers_are_linted_from_memory(server, folder):
    path = folder / "on-disk.md"
    path.write_text("Our guys are great.\n")
    doc = uri(path)
    server.open(doc, "The chairman is in the buffer only.\n")
    diags = server.diagnostics(doc, version=1)
    assert by_rule(diags) == [(0, 4, 0, 12)]
    assert by_rule(diags, "inclusive/guys") == []
    untitled = "untitled:Untitled-1"
    server.open(untitled, "A ninja.\n")
    assert by_rule(server.diagnostics(untitled), "jargon/rockstar") == [(0, 2, 0, 7)]


def test_quick_fix_replaces_chairman(server, folder):
    doc = uri(folder / "fix.md")
    text = "Report to the 👑 chairman today.\n"
    server.open(doc, text)
    (diag,) = [d for d in server.diagnostics(doc, version=1) if d["code"] == GENDERED]
    fix = [a for a in actions(server, doc, diag) if a.get("isPreferred")]
    assert [a["title"] for a in fix] == ["Replace “chairman” with “chair”"]
    assert fix[0]["kind"] == "quickfix" and fix[0]["diagnostics"] == [diag]
    assert fix[0]["edit"]["documentChanges"][0]["textDocument"] == {"uri": doc, "version": 1}
    fixed = apply_edits(text, edits_of(fix[0]))
    assert fixed == "Report to the 👑 chair today.\n"
    server.change(doc, fixed, version=2)
    assert by_rule(server.diagnostics(doc, version=2)) == []


def test_fix_all_fixes_every_fixable_problem(server, folder):
    doc = uri(folder / "all.md")
    text = "Our chairman and the Chairwoman.\n\nA foreman too.\n"
    server.open(doc, text)
    diags = server.diagnostics(doc, version=1)
    assert len(by_rule(diags)) == 3
    titles = {a["title"]: a for a in actions(server, doc, diags[0])}
    fixed = apply_edits(text, edits_of(titles["Fix all adlint problems (3)"]))
    assert fixed == "Our chair and the Chair.\n\nA supervisor too.\n"
    # asked for as a source action (VS Code's "fix all on save")
    source = server.request("textDocument/codeAction", {
        "textDocument": {"uri": doc}, "range": {"start": {"line": 0, "character": 0},
                                                "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": [], "only": ["source.fixAll"]}})
    assert [a["kind"] for a in source] == ["source.fixAll.adlint"]
    assert apply_edits(text, edits_of(source[0])) == fixed


@pytest.mark.parametrize("name, language, text, expected", [
    ("line.md", "markdown", "Intro.\n\nOur chairman leads  \nthe chairman of the board.\n",
     "Intro.\n\nOur chairman leads <!-- adlint-disable-line inclusive/gendered-titles -->  \n"
     "the chairman of the board.\n"),
    ("line.html", "html", "<p>Our chairman leads.</p>\n<p>The chairman.</p>\n",
     "<p>Our chairman leads.</p> <!-- adlint-disable-line inclusive/gendered-titles -->\n"
     "<p>The chairman.</p>\n"),
    ("line.txt", "plaintext", "Intro.\r\n\r\n  Our chairman leads.\r\nThe chairman.\r\n",
     "Intro.\r\n\r\n  adlint-disable-next-line inclusive/gendered-titles\r\n"
     "  Our chairman leads.\r\nThe chairman.\r\n"),
])
def test_disable_for_this_line_writes_the_formats_comment(server, folder, name, language,
                                                           text, expected):
    doc = uri(folder / name)
    server.open(doc, text, language)
    first, second = [d for d in server.diagnostics(doc, version=1) if d["code"] == GENDERED]
    titles = {a["title"]: a for a in actions(server, doc, first)}
    new = apply_edits(text, edits_of(titles[f"Disable {GENDERED} for this line"]))
    assert new == expected
    server.change(doc, new, version=2)
    left = [d for d in server.diagnostics(doc, version=2) if d["code"] == GENDERED]
    assert [d["message"] for d in left] == [second["message"]]  # only the other line's


@pytest.mark.parametrize("name, language, text, expected_start", [
    ("file.md", "markdown", "---\ntitle: Chair\n---\nOur chairman.\n",
     "---\ntitle: Chair\n---\n<!-- adlint-disable-file inclusive/gendered-titles -->\nOur"),
    ("file.html", "html", "<!DOCTYPE html>\n<p>Our chairman.</p>\n",
     "<!DOCTYPE html>\n<!-- adlint-disable-file inclusive/gendered-titles -->\n<p>"),
    ("file.txt", "plaintext", "Our chairman.\n", "adlint-disable-file inclusive/gendered-titles\nOur"),
])
def test_disable_for_this_file(server, folder, name, language, text, expected_start):
    doc = uri(folder / name)
    server.open(doc, text, language)
    (diag,) = [d for d in server.diagnostics(doc, version=1) if d["code"] == GENDERED]
    titles = {a["title"]: a for a in actions(server, doc, diag)}
    new = apply_edits(text, edits_of(titles[f"Disable {GENDERED} for this file"]))
    assert new.startswith(expected_start)
    server.change(doc, new, version=2)
    assert by_rule(server.diagnostics(doc, version=2)) == []


def test_hover_explains_the_rule(server, folder):
    doc = uri(folder / "hover.md")
    server.open(doc, "Intro.\n\nAsk the 😀 chairman.\n")
    server.diagnostics(doc, version=1)
    rule = load_registry().rules[GENDERED]

    def hover(line, character):
        return server.request("textDocument/hover", {
            "textDocument": {"uri": doc}, "position": {"line": line, "character": character}})

    got = hover(2, 13)
    value = got["contents"]["value"]
    assert got["contents"]["kind"] == "markdown"
    assert value.startswith(f"**{GENDERED}** (warning): “chairman” is gendered")
    assert " ".join(rule.rationale.split()) in value
    assert rule.examples["bad"].strip() in value and rule.examples["good"].strip() in value
    assert got["range"] == {"start": {"line": 2, "character": 11},
                            "end": {"line": 2, "character": 19}}
    assert hover(2, 1) is None
    # findings about the whole ad are explained on the first line, where they are shown
    assert hover(0, 2)["contents"]["value"].startswith("**structure/too-short** (info)")


def _watched(server, path, kind=2):
    server.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri(path), "type": kind}]})


def test_config_changes_are_picked_up(server, tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.adlint]\n" + SELECT)
    doc = uri(tmp_path / "jobs" / "ad.md")
    (tmp_path / "jobs").mkdir()
    server.open(doc, "Our chairman leads.\n")
    assert by_rule(server.diagnostics(doc, version=1)) == [(0, 4, 0, 12)]
    # a closer config file, with the rule ignored
    (tmp_path / "jobs" / ".adlint.toml").write_text(SELECT + f'ignore = ["{GENDERED}"]\n')
    _watched(server, tmp_path / "jobs" / ".adlint.toml", kind=1)
    assert by_rule(server.diagnostics(doc, version=1)) == []
    (tmp_path / "jobs" / ".adlint.toml").unlink()
    _watched(server, tmp_path / "jobs" / ".adlint.toml", kind=3)
    assert by_rule(server.diagnostics(doc, version=1)) == [(0, 4, 0, 12)]


def test_a_broken_config_is_one_error_on_line_one_and_a_log_message(server, tmp_path):
    config = tmp_path / ".adlint.toml"
    config.write_text('select = ["inclusive"\n')
    doc = uri(tmp_path / "ad.md")
    server.open(doc, "Title line\n\nOur chairman leads.\n")
    (diag,) = server.diagnostics(doc, version=1)
    assert span(diag) == (0, 0, 0, 10) and diag["severity"] == 1
    assert diag["message"].startswith(f"{config}: invalid TOML")
    assert "\n" not in diag["message"]
    logged = server.wait(lambda m: m.get("method") == "window/logMessage"
                         and "invalid TOML" in m["params"]["message"])
    assert logged["params"]["type"] == 1
    # a rule id that does not exist: the same, with the CLI's message
    config.write_text('select = ["inclusive/chairmen"]\n')
    _watched(server, config)
    (diag,) = server.diagnostics(doc, version=1)
    assert "unknown rule or pack 'inclusive/chairmen'" in diag["message"]
    # mended: the server is still there and lints again
    config.write_text(SELECT)
    _watched(server, config)
    assert by_rule(server.diagnostics(doc, version=1)) == [(2, 4, 2, 12)]


def test_closing_a_document_clears_its_diagnostics(server, folder):
    doc = uri(folder / "close.md")
    server.open(doc, "A chairman.\n")
    assert by_rule(server.diagnostics(doc, version=1))
    server.notify("textDocument/didClose", {"textDocument": {"uri": doc}})
    assert server.diagnostics(doc) == []


def test_client_settings_profile_and_jurisdictions(tmp_path):
    from conftest import ROOT

    (tmp_path / ".adlint.toml").write_text('select = ["pay-transparency", "elements"]\n')
    barista, analyst = uri(tmp_path / "barista.md"), uri(tmp_path / "analyst.md")
    client = Client(cwd=tmp_path)

    def rules(doc):
        return {d["code"] for d in client.diagnostics(doc)}

    try:
        client.initialize(root=tmp_path, options={"jurisdictions": ["US-CO"]})
        client.open(barista, "# Barista in Denver, Colorado\n\nYou will make coffee.\n")
        client.open(analyst, (ROOT / "examples" / "data-analyst.md").read_text())
        assert "pay-transparency/missing-pay" in rules(barista)
        assert "elements/missing-schedule" in rules(analyst)  # the job-ad profile asks for it
        # the careers-page profile does not; and no jurisdictions any more
        client.notify("workspace/didChangeConfiguration",
                      {"settings": {"adlint": {"profile": "careers-page"}}})
        assert rules(barista) == set()
        assert "elements/missing-schedule" not in rules(analyst)
        # a bad value: logged and shown; the config file's settings apply
        client.notify("workspace/didChangeConfiguration", {"settings": {"profile": "poster"}})
        shown = client.wait(lambda m: m.get("method") == "window/showMessage")
        assert "editor settings: profile: 'poster' is not one of job-ad, careers-page" in \
            shown["params"]["message"]
        assert rules(barista) == set()
        assert "elements/missing-schedule" in rules(analyst)
    finally:
        assert client.stop() == 0


def test_languagetool_runs_in_the_background(tmp_path):
    from fake_languagetool import FakeLanguageTool

    with FakeLanguageTool("slow", delay=3) as lt:
        (tmp_path / ".adlint.toml").write_text(
            f'select = ["inclusive", "grammar"]\ngrammar = true\nlanguagetool_url = "{lt.url}"\n')
        doc = uri(tmp_path / "ad.md")
        client = Client(cwd=tmp_path, env={"ADLINT_CACHE_DIR": str(tmp_path / "cache")})
        try:
            client.initialize(root=tmp_path)
            text = "We are looking for an experienced enginer to lead the chairman's team.\n"
            client.open(doc, text)
            first = client.diagnostics(doc, version=1)
            assert [d["code"] for d in first] == [GENDERED]  # published before LanguageTool answers
            # while LanguageTool is busy with version 1, an edit still gets its diagnostics
            client.change(doc, "Hello.\n\n" + text, version=2)
            second = client.diagnostics(doc, version=2)
            assert [d["code"] for d in second] == [GENDERED]
            third = client.diagnostics(doc, version=2)
            assert sorted(d["code"] for d in third) == sorted([GENDERED, "grammar/MORFOLOGIK_RULE_EN_US"])
            (typo,) = [d for d in third if d["code"].startswith("grammar/")]
            assert span(typo) == (2, 34, 2, 41)
            assert lt.requests  # LanguageTool got the buffer's text
        finally:
            assert client.stop() == 0


def test_shutdown_and_exit(folder):
    client = Client(cwd=folder)
    client.initialize(root=folder)
    assert client.request("shutdown", None) is None
    client.notify("exit", None)
    assert client.proc.wait(20) == 0


@pytest.mark.parametrize("encoding, character", [("utf-16", 4), ("utf-8", 7), ("utf-32", 3)])
def test_positions_in_each_encoding_the_client_may_ask_for(encoding, character):
    from lsprotocol.types import Position

    from adlint.lsp.convert import Lines

    text = "x\u2028y\r\né😀 guru\rz"  # LSP ends lines at \n, \r\n and \r only
    lines = Lines(text, encoding)
    at = text.index("guru")
    assert lines.position(at) == Position(1, character)
    assert lines.offset(Position(1, character)) == at
    assert lines.position(len(text)) == Position(2, 1)
    assert lines.offset(Position(1, 999)) == text.index("\rz")  # clamped to the line


def test_without_pygls_the_command_says_what_to_install():
    code = ("import sys; sys.modules['pygls'] = None; from adlint.cli import main; "
            "sys.exit(main(['lsp']))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip() == ("adlint: error: adlint lsp needs pygls and lsprotocol: "
                                   "pip install 'adlint[lsp]'")
