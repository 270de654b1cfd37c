"""Grammar and spelling through LanguageTool, against a local fake /v2 server."""

import json
import socket

import pytest

from adlint.config import Settings
from adlint.engine import lint_text

from conftest import run_cli
from fake_languagetool import FakeLanguageTool


@pytest.fixture
def lt():
    with FakeLanguageTool() as server:
        yield server


@pytest.fixture(autouse=True)
def _fresh_servers(tmp_path, monkeypatch):
    """Every test gets its own cache folder and forgets earlier servers."""
    from adlint.backends import languagetool

    monkeypatch.setenv("ADLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("ADLINT_LANGUAGETOOL_URL", raising=False)
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    languagetool._servers.clear()
    yield
    languagetool._servers.clear()


def grammar(text, url, fmt="markdown", **kw):
    res = lint_text(text, fmt, Settings(select=("grammar",), grammar=True, languagetool_url=url, **kw))
    return res, [(f.rule, f.line, f.column, f.end_column, f.text, f.suggestions) for f in res.findings]


def test_off_unless_asked(lt):
    res = lint_text("We need an enginer.", "markdown", Settings(languagetool_url=lt.url))
    assert not [f for f in res.findings if f.rule.startswith("grammar/")]
    assert lt.requests == []


def test_markdown_with_entity_and_emoji_before_the_typo(lt):
    text = "# Jobs 🎉🎉\n\nR&amp;D team 🚀 needs a enginer, **fast**.\n"
    res, found = grammar(text, lt.url)
    # "R&amp;D team 🚀 needs a enginer": columns count code points of the source line
    assert ("grammar/MORFOLOGIK_RULE_EN_US", 3, 24, 31, "enginer", ["engineer"]) in found
    assert ("grammar/EN_A_VS_AN", 3, 22, 23, "a", ["an"]) in found
    # the prose went as data: markup is not sent, and rules that misfire on bullets are off
    sent = lt.requests[0]
    assert "data" in sent and "&amp;" not in sent["data"] and "**" not in sent["data"]
    assert "PUNCTUATION_PARAGRAPH_END" in sent["disabledRules"] and sent["language"] == "en-US"


def test_html_with_entities_emoji_and_masked_link(lt):
    text = ("<html lang='en'><body><p>Caf&eacute; 😀 staff <a href='https://x.example/teh'>"
            "apply here</a> and recieve pay.</p></body></html>")
    res, found = grammar(text, lt.url, fmt="html")
    (f,) = [x for x in found if x[4] == "recieve"]
    assert f[0] == "grammar/MORFOLOGIK_RULE_EN_US" and f[5] == ["receive", "relieve"]
    assert text[f[2] - 1:f[3] - 1] == "recieve"  # one line: columns index the source
    assert not [x for x in found if x[4] == "teh"]  # inside an attribute: never sent


def test_one_unambiguous_replacement_is_a_fix(lt, tmp_path):
    ad = tmp_path / "ad.md"
    ad.write_text("Join teh team 🎉 as an enginer.\n", encoding="utf-8")
    res = run_cli("check", "--select", "grammar", "--grammar", "--languagetool-url", lt.url,
                  "--fix", str(ad))
    assert ad.read_text(encoding="utf-8") == "Join the team 🎉 as an engineer.\n", res.stderr


def test_ids_can_be_ignored_or_selected_one_by_one(lt):
    text = "We need a enginer."
    _, found = grammar(text, lt.url, ignore=("grammar/EN_A_VS_AN",))
    assert [f[0] for f in found] == ["grammar/MORFOLOGIK_RULE_EN_US"]
    res = lint_text(text, "markdown", Settings(select=("grammar/EN_A_VS_AN",), grammar=True,
                                                languagetool_url=lt.url))
    assert [f.rule for f in res.findings] == ["grammar/EN_A_VS_AN"]


def test_inline_disable_and_vocabulary(lt):
    text = "<!-- adlint-disable-next-line grammar/EN_A_VS_AN -->\nWe run a operation on Kubernetes.\n"
    _, found = grammar(text, lt.url, vocabulary=("Kubernetes",))
    assert found == []
    _, found = grammar(text, lt.url)
    assert [f[4] for f in found] == ["Kubernetes"]


def test_vocabulary_is_honoured_by_other_rules_too():
    text = "We are hiring a Ninja administrator (Ninja is our build tool)."
    res = lint_text(text, "markdown", Settings(select=("jargon/rockstar",)))
    assert res.findings
    res = lint_text(text, "markdown", Settings(select=("jargon/rockstar",), vocabulary=("Ninja",)))
    assert not res.findings


def test_second_run_on_unchanged_text_makes_no_request(lt):
    text = "We need an enginer."
    first, _ = grammar(text, lt.url)
    n = len(lt.requests)
    second, found = grammar(text, lt.url)
    assert len(lt.requests) == n and found and found[0][4] == "enginer"
    grammar("We need an enginer!", lt.url)  # changed text: asks again
    assert len(lt.requests) == n + 1
    grammar(text, lt.url, cache=False)  # --no-cache bypasses
    assert len(lt.requests) == n + 2


def test_language_from_the_document_and_unsupported_languages(lt):
    res, _ = grammar("---\nlang: fr-CA\n---\nNous cherchons un enginer.\n", lt.url)
    assert lt.requests[-1]["language"] == "fr"
    grammar("---\nlang: en-GB\n---\nWe need an enginer for our organisation.\n", lt.url)
    assert lt.requests[-1]["language"] == "en-GB"  # British spelling is not a typo
    grammar("<html lang='en-ca'><p>We need an enginer.</p></html>", lt.url, fmt="html")
    assert lt.requests[-1]["language"] == "en-CA"
    res, found = grammar("---\nlang: tlh\n---\nWe need an enginer.\n", lt.url)
    assert found == [] and any("does not offer language 'tlh'" in n for n in res.notes)


def _free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.mark.parametrize("mode,expect", [("500", "HTTP 500"), ("garbage", "not a /v2/check reply")])
def test_server_errors_give_one_notice_and_other_rules_still_run(tmp_path, mode, expect):
    for i in range(3):
        (tmp_path / f"ad{i}.md").write_text("Rockstar wanted. We need an enginer.\n")
    with FakeLanguageTool(mode) as server:
        res = run_cli("check", "--grammar", "--languagetool-url", server.url, "--jobs", "1",
                      str(tmp_path))
        assert len(server.requests) == 1  # failed once: not asked again for every file
    err = res.stderr.decode()
    assert err.count("adlint: grammar:") == 1 and expect in err, err
    assert b"jargon/rockstar" in res.stdout and res.returncode == 1  # unchanged exit code


def test_unreachable_server_and_required(tmp_path):
    ad = tmp_path / "ad.md"
    ad.write_text("You will plan routes for our drivers.\n")
    url = f"http://127.0.0.1:{_free_port()}"
    res = run_cli("check", "--grammar", "--languagetool-url", url, str(ad))
    assert res.returncode == 0, res.stderr
    assert b"cannot reach LanguageTool at" in res.stderr and b"Traceback" not in res.stderr
    res = run_cli("check", "--grammar=required", "--languagetool-url", url, str(ad))
    assert res.returncode == 2
    data = json.loads(run_cli("check", "--grammar", "--languagetool-url", url, "--format", "json",
                              str(ad)).stdout)
    assert len(data["notices"]) == 1


def test_timeout(tmp_path):
    ad = tmp_path / "ad.md"
    ad.write_text("We need an enginer.\n")
    with FakeLanguageTool("slow", delay=3) as server:
        res = run_cli("check", "--grammar", "--languagetool-url", server.url, str(ad),
                      env={"ADLINT_LANGUAGETOOL_TIMEOUT": "0.5"})
    assert b"timed out" in res.stderr and res.returncode == 0


def test_no_languagetool_at_all_says_how_to_fix_it(tmp_path):
    ad = tmp_path / "ad.md"
    ad.write_text("We need an enginer.\n")
    res = run_cli("check", "--grammar", str(ad), env={"LTP_JAR_DIR_PATH": "",
                                                       "ADLINT_LANGUAGETOOL_URL": ""})
    err = res.stderr.decode()
    assert "no LanguageTool configured" in err and "--languagetool-url" in err
    assert "LTP_JAR_DIR_PATH" in err and res.returncode == 0


def test_environment_url_and_parallel_jobs(lt, tmp_path):
    for i in range(8):
        (tmp_path / f"ad{i}.md").write_text(f"Ad {i}: we need an enginer.\n")
    res = run_cli("check", "--select", "grammar", "--grammar", "--jobs", "2", "--format", "json",
                  str(tmp_path), env={"ADLINT_LANGUAGETOOL_URL": lt.url})
    files = json.loads(res.stdout)["files"]
    assert [len(f["diagnostics"]) for f in files] == [1] * 8
    assert len(lt.requests) == 8


def test_real_client_agrees_with_adlint_on_offsets(lt):
    """language_tool_python, pointed at the same server, finds the same spans."""
    ltp = pytest.importorskip("language_tool_python", reason="language-tool-python is a test extra")
    text = "Team 🎉🎉 needs a enginer and teh tools."
    with ltp.LanguageTool("en-US", remote_server=lt.url) as tool:
        theirs = sorted((m.offset, m.rule_id, m.replacements[0]) for m in tool.check(text))
    res, _ = grammar(text, lt.url)
    ours = sorted((f.start, f.rule.split("/", 1)[1], f.suggestions[0]) for f in res.findings)
    assert theirs == ours
    assert [text[o:o + 7] for o, rid, _ in theirs if rid == "MORFOLOGIK_RULE_EN_US"][0] == "enginer"


def test_local_languagetool_that_cannot_start_is_a_notice_not_a_download(tmp_path):
    pytest.importorskip("language_tool_python", reason="language-tool-python is a test extra")
    ad = tmp_path / "ad.md"
    ad.write_text("We need an enginer.\n")
    empty = tmp_path / "LanguageTool"
    empty.mkdir()
    res = run_cli("check", "--grammar", "--no-cache", str(ad),
                  env={"LTP_JAR_DIR_PATH": str(empty), "ADLINT_LANGUAGETOOL_URL": "",
                       "LTP_PATH": str(tmp_path / "ltp")})
    err = res.stderr.decode()
    assert "could not start the local LanguageTool" in err and res.returncode == 0, err
    assert not (tmp_path / "ltp").exists() or not any((tmp_path / "ltp").iterdir())
