"""`adlint lsp`: a Language Server Protocol server over stdio (pygls).

Documents are linted from the editor's buffer, never from disk: on open and save at
once, on change after a pause (300 ms by default). Linting runs on one worker
thread, so the server keeps answering; a result for a version the editor has moved
past is dropped. LanguageTool, when configured, runs after the other rules on a
thread of its own, and its findings are added when it answers."""

from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from .. import __version__
from ..config import CONFIG_FILES, ConfigError, Settings
from ..engine.lint import lint_document
from ..finding import Finding
from ..parse import format_for, parse
from ..rules import Registry, RuleError, load_registry
from . import actions, convert, hover
from .settings import ClientOptions, Configs, apply, client_options

log = logging.getLogger("adlint.lsp")

#: the editor's language id -> adlint's input format
LANGUAGES = {"markdown": "markdown", "html": "html", "plaintext": "text", "text": "text"}


@dataclass
class Linted:
    """One lint of one version of a document."""

    version: int | None
    text: str
    fmt: str
    shift: int  # a leading BOM the engine does not see
    lines: convert.Lines
    findings: list[Finding]
    diagnostics: list[lsp.Diagnostic]
    path: str = "-"
    settings: Settings | None = None
    registry: Registry | None = None
    grammar: bool = False  # LanguageTool is still to run
    logs: list = field(default_factory=list)  # (message, type) to send from the event loop


class AdlintServer(LanguageServer):
    def __init__(self):
        super().__init__("adlint", __version__,
                         text_document_sync_kind=lsp.TextDocumentSyncKind.Full)
        self.configs = Configs()
        self.options = ClientOptions()
        self.root = os.getcwd()
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.Task] = {}
        self.grammar_wanted: dict[str, int | None] = {}
        self.lint_pool = ThreadPoolExecutor(1, thread_name_prefix="adlint-lint")
        self.grammar_pool = ThreadPoolExecutor(1, thread_name_prefix="adlint-grammar")
        self._grammar_registries: dict[int, Registry] = {}
        self._logged: set[str] = set()

    # -- messages to the editor --------------------------------------------------

    def log_once(self, message: str, kind=lsp.MessageType.Warning) -> None:
        if message not in self._logged:
            self._logged.add(message)
            self.window_log_message(lsp.LogMessageParams(kind, f"adlint: {message}"))

    def set_options(self, raw) -> None:
        self.options = client_options(raw)
        if self.options.error:
            self.log_once(self.options.error, lsp.MessageType.Error)
            self.window_show_message(lsp.ShowMessageParams(
                lsp.MessageType.Error, f"adlint: {self.options.error}"))

    def publish(self, uri: str, diagnostics: list, version: int | None) -> None:
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version))

    # -- linting -------------------------------------------------------------------

    def document(self, uri: str):
        """The open document (never one read from disk)."""
        return self.workspace.text_documents.get(uri)

    def encoding(self) -> str:
        caps = self.protocol.server_capabilities
        return str(getattr(caps, "position_encoding", None) or "utf-16")

    def _where(self, uri: str, language_id: str | None) -> tuple[str, str | None]:
        path = to_fs_path(uri) if uri.startswith("file:") else None
        fmt = LANGUAGES.get(language_id or "") or (format_for(path) if path else None)
        return path or "-", fmt

    def lint_now(self, uri: str, text: str, version, language_id) -> Linted | None:
        """Lint a buffer (on the lint thread, which sends nothing: messages go in
        `logs`). None for a document adlint does not read."""
        path, fmt = self._where(uri, language_id)
        if fmt is None:
            return None
        shift = 1 if text.startswith("\ufeff") else 0
        lines = convert.Lines(text, self.encoding())
        linted = Linted(version, text, fmt, shift, lines, [], [], path)
        try:
            settings = apply(self.configs.for_path(
                path if path != "-" else os.path.join(self.root, "untitled")), self.options)
            registry = load_registry(settings.rule_folders)
        except (ConfigError, RuleError) as exc:
            linted.logs.append((str(exc), lsp.MessageType.Error))
            linted.diagnostics = [convert.error_diagnostic(str(exc), lines)]
            return linted
        fast = settings.replace(grammar=False) if settings.grammar else settings
        try:
            result = lint_document(parse(path, text[shift:], fmt, settings.front_matter_prose), fast, registry)
        except RecursionError:
            linted.logs.append((f"{path}: structure nested too deeply to parse; not linted",
                                lsp.MessageType.Warning))
            return linted
        linted.findings = result.findings
        linted.diagnostics = self._diagnostics(linted)
        linted.settings, linted.registry, linted.grammar = settings, registry, bool(settings.grammar)
        return linted

    def _diagnostics(self, linted: Linted) -> list[lsp.Diagnostic]:
        return [convert.diagnostic(f, linted.lines, linted.shift, self.options.docs_url)
                for f in linted.findings]

    def schedule(self, uri: str, delay: float = 0.0) -> asyncio.Task:
        """Lint the document after `delay` seconds, replacing a lint still waiting."""
        old = self.pending.get(uri)
        if old is not None and not old.done():
            old.cancel()
        task = asyncio.ensure_future(self._relint(uri, delay))
        self.pending[uri] = task
        task.add_done_callback(lambda t: self.pending.pop(uri, None)
                               if self.pending.get(uri) is t else None)
        return task

    async def _relint(self, uri: str, delay: float) -> Linted | None:
        if delay:
            await asyncio.sleep(delay)
        doc = self.document(uri)
        if doc is None:
            return None
        version, text = doc.version, doc.source
        loop = asyncio.get_running_loop()
        linted = await loop.run_in_executor(self.lint_pool, self.lint_now, uri, text, version,
                                            doc.language_id)
        for message, kind in linted.logs if linted else ():
            self.log_once(message, kind)
        doc = self.document(uri)
        if linted is None or doc is None or doc.version != version or doc.source != text:
            return None  # closed, or changed while it was linted: a newer lint follows
        self.linted[uri] = linted
        self.publish(uri, linted.diagnostics, version)
        if linted.grammar:
            self.grammar_wanted[uri] = version
            asyncio.ensure_future(self._grammar(uri, linted))
        return linted

    def relint_all(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.schedule(uri)

    async def current(self, uri: str) -> Linted | None:
        """The lint of the document as it is now (linting it if need be)."""
        doc = self.document(uri)
        if doc is None:
            return None
        linted = self.linted.get(uri)
        if linted and linted.version == doc.version and linted.text == doc.source:
            return linted
        try:
            return await self.schedule(uri)
        except asyncio.CancelledError:
            return None

    # -- LanguageTool, in the background -------------------------------------------

    def _grammar_registry(self, registry: Registry) -> Registry:
        found = self._grammar_registries.get(id(registry))
        if found is None:
            found = Registry([r for r in registry.rules.values() if r.kind == "languagetool"])
            self._grammar_registries = {id(registry): found}
        return found

    def grammar_now(self, uri: str, linted: Linted):
        if self.grammar_wanted.get(uri) != linted.version:
            return None  # the document moved on before LanguageTool's turn came
        doc = parse(linted.path, linted.text[linted.shift:], linted.fmt,
                    linted.settings.front_matter_prose)
        return lint_document(doc, linted.settings, self._grammar_registry(linted.registry))

    async def _grammar(self, uri: str, linted: Linted) -> None:
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(self.grammar_pool, self.grammar_now, uri, linted)
        except Exception as exc:  # never let a backend take the server down
            self.log_once(f"grammar: {exc}")
            return
        if result is None:
            return
        for note in result.notices:
            self.log_once(note)
        doc = self.document(uri)
        if (self.linted.get(uri) is not linted or doc is None or doc.version != linted.version
                or not result.findings):
            return
        linted.findings = sorted(linted.findings + result.findings, key=Finding.sort_key)
        linted.diagnostics = self._diagnostics(linted)
        self.publish(uri, linted.diagnostics, linted.version)

    def forget(self, uri: str) -> None:
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.linted.pop(uri, None)
        self.grammar_wanted.pop(uri, None)
        self.publish(uri, [], None)

    async def pull_settings(self) -> None:
        """Ask the editor for the "adlint" section of its settings, when it can answer."""
        caps = self.client_capabilities.workspace
        if not (caps and caps.configuration):
            return
        try:
            got = await self.workspace_configuration_async(
                lsp.ConfigurationParams(items=[lsp.ConfigurationItem(section="adlint")]))
        except Exception as exc:  # an editor that cannot answer: keep what we have
            log.warning("workspace/configuration failed: %s", exc)
            return
        if got and isinstance(got[0], dict):
            self.set_options(got[0])


CONFIG_WATCH = "**/{" + ",".join(CONFIG_FILES) + "}"


def build() -> AdlintServer:
    server = AdlintServer()

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: AdlintServer, params: lsp.InitializeParams):
        ls.set_options(params.initialization_options)
        folders = params.workspace_folders or []
        root = folders[0].uri if folders else params.root_uri
        if root and root.startswith("file:"):
            ls.root = to_fs_path(root) or ls.root

    @server.feature(lsp.INITIALIZED)
    async def initialized(ls: AdlintServer, params):
        caps = ls.client_capabilities.workspace
        watched = caps and caps.did_change_watched_files
        if watched and watched.dynamic_registration:
            await ls.client_register_capability_async(lsp.RegistrationParams([lsp.Registration(
                id="adlint-config", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=lsp.DidChangeWatchedFilesRegistrationOptions(
                    watchers=[lsp.FileSystemWatcher(glob_pattern=CONFIG_WATCH)]))]))
        await ls.pull_settings()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: AdlintServer, params: lsp.DidOpenTextDocumentParams):
        ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: AdlintServer, params: lsp.DidChangeTextDocumentParams):
        ls.schedule(params.text_document.uri, ls.options.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: AdlintServer, params: lsp.DidSaveTextDocumentParams):
        if os.path.basename(params.text_document.uri) in CONFIG_FILES:
            ls.configs.clear()
            ls.relint_all()
        else:
            ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: AdlintServer, params: lsp.DidCloseTextDocumentParams):
        ls.forget(params.text_document.uri)

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(ls: AdlintServer, params: lsp.DidChangeWatchedFilesParams):
        ls.configs.clear()
        ls.relint_all()

    @server.feature(lsp.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: AdlintServer, params: lsp.DidChangeConfigurationParams):
        if isinstance(params.settings, dict) and params.settings:
            ls.set_options(params.settings)
        else:
            await ls.pull_settings()
        ls.relint_all()

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
        code_action_kinds=[actions.QUICKFIX, actions.FIX_ALL]))
    async def code_action(ls: AdlintServer, params: lsp.CodeActionParams):
        linted = await ls.current(params.text_document.uri)
        if linted is None or not linted.findings:
            return None
        lines = linted.lines
        return actions.code_actions(
            params.text_document.uri, linted.version, linted.fmt, linted.findings,
            linted.diagnostics, lines, linted.shift, lines.offset(params.range.start),
            lines.offset(params.range.end), params.context.only)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: AdlintServer, params: lsp.HoverParams):
        linted = await ls.current(params.text_document.uri)
        if linted is None:
            return None
        at = linted.lines.offset(params.position)
        here = [(f, d) for f, d in zip(linted.findings, linted.diagnostics)
                if (f.start is None and params.position.line == 0)
                or (f.start is not None and f.start + linted.shift <= at <= f.end + linted.shift)]
        if not here:
            return None
        here.sort(key=lambda fd: fd[0].start is None)  # the words under the cursor first
        registry = linted.registry or load_registry()
        text = "\n\n---\n\n".join(
            hover.explain(f, registry,
                          d.code_description.href if d.code_description else None)
            for f, d in here)
        return lsp.Hover(lsp.MarkupContent(lsp.MarkupKind.Markdown, text), here[0][1].range)

    @server.feature(lsp.SHUTDOWN)
    def shutdown(ls: AdlintServer, *args):
        for task in list(ls.pending.values()):
            task.cancel()
        ls.lint_pool.shutdown(wait=False, cancel_futures=True)
        ls.grammar_pool.shutdown(wait=False, cancel_futures=True)

    return server


def main() -> int:
    build().start_io()
    return 0
