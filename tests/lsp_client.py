"""A small LSP client for tests and benchmarks: starts `adlint lsp` as a process and
speaks JSON-RPC to it over its stdin and stdout, raw messages and nothing else."""

from __future__ import annotations

import itertools
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path


def uri(path) -> str:
    return Path(path).resolve().as_uri()


class Client:
    def __init__(self, cwd=None, env=None):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "adlint", "lsp"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd,
            env={**os.environ, **(env or {})})
        self.ids = itertools.count(1)
        self.inbox: queue.Queue = queue.Queue()
        self.seen: list[dict] = []  # every message received, in order
        self.backlog: list[dict] = []  # received, not yet matched by a wait
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                k, _, v = line.decode().partition(":")
                headers[k.lower()] = v.strip()
            body = out.read(int(headers["content-length"]))
            self.inbox.put(json.loads(body))

    def send(self, message: dict) -> None:
        data = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def notify(self, method: str, params) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params, timeout: float = 60):
        i = next(self.ids)
        self.send({"id": i, "method": method, "params": params})
        msg = self.wait(lambda m: m.get("id") == i and "method" not in m, timeout)
        if "error" in msg:
            raise RuntimeError(msg["error"])
        return msg.get("result")

    def wait(self, match, timeout: float = 60) -> dict:
        """The first message not yet waited for that `match` accepts (those it does not
        accept stay in self.backlog for later waits)."""
        for k, msg in enumerate(self.backlog):
            if match(msg):
                del self.backlog[k]
                return msg
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no matching message from the server; stderr: "
                                   + self.stderr_so_far())
            try:
                msg = self.inbox.get(timeout=left)
            except queue.Empty:
                continue
            if msg is None:
                raise EOFError("the server closed its output; stderr: " + self.stderr_so_far())
            self.seen.append(msg)
            if "method" in msg and "id" in msg:  # a request from the server: answer it
                self.send({"id": msg["id"], "result": None})
            if match(msg):
                return msg
            self.backlog.append(msg)

    def diagnostics(self, doc_uri: str, version=None, timeout: float = 60) -> list[dict]:
        msg = self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                        and m["params"]["uri"] == doc_uri
                        and (version is None or m["params"].get("version") == version), timeout)
        return msg["params"]["diagnostics"]

    def stderr_so_far(self) -> str:
        if self.proc.poll() is None:
            return "(still running)"
        return self.proc.stderr.read().decode(errors="replace")[-2000:]

    def initialize(self, root=None, options=None, capabilities=None) -> dict:
        result = self.request("initialize", {
            "processId": os.getpid(), "rootUri": uri(root) if root else None,
            "capabilities": capabilities or {}, "initializationOptions": options})
        self.notify("initialized", {})
        return result

    def open(self, doc_uri: str, text: str, language: str = "markdown", version: int = 1):
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": doc_uri, "languageId": language, "version": version, "text": text}})

    def change(self, doc_uri: str, text: str, version: int):
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": doc_uri, "version": version},
            "contentChanges": [{"text": text}]})

    def stop(self, timeout: float = 20) -> int:
        """shutdown, exit; the process's exit status."""
        if self.proc.poll() is None:
            try:
                self.request("shutdown", None, timeout)
                self.notify("exit", None)
            except (OSError, EOFError, TimeoutError):
                pass
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return -9


def apply_edits(text: str, edits: list[dict]) -> str:
    """Apply LSP TextEdits (UTF-16 positions) to text, as an editor would."""
    def offset(pos):
        lines = text.splitlines(keepends=True)
        start = sum(len(line) for line in lines[:pos["line"]])
        line = lines[pos["line"]] if pos["line"] < len(lines) else ""
        units = 0
        for i, ch in enumerate(line):
            if units >= pos["character"]:
                return start + i
            units += 2 if ord(ch) > 0xFFFF else 1
        return start + len(line)

    spans = sorted(((offset(e["range"]["start"]), offset(e["range"]["end"]), e["newText"])
                    for e in edits), reverse=True)
    for a, b, new in spans:
        text = text[:a] + new + text[b:]
    return text
