"""JUnit XML: one test case per file, one failure per finding."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from . import display_path


def render(results, registry, **_) -> str:
    suite = ET.Element("testsuite", name="adlint")
    failures = errors = 0
    for r in results:
        path = display_path(r.path)
        case = ET.SubElement(suite, "testcase", classname="adlint", name=path, file=path)
        if r.error:
            errors += 1
            ET.SubElement(case, "error", message=r.error).text = r.error
            continue
        if r.notes:
            ET.SubElement(case, "system-out").text = "\n".join(f"note: {n}" for n in r.notes)
        infos = [f for f in r.findings if f.severity == "info"]
        if infos:  # notes, not failures: a file with only info findings passes
            out = case.find("system-out")
            text = "\n".join(f"{path}:{f.line}:{f.column}: info {f.rule} {f.message}" for f in infos)
            if out is None:
                ET.SubElement(case, "system-out").text = text
            else:
                out.text += "\n" + text
        for f in r.findings:
            if f.severity == "info":
                continue
            failures += 1
            el = ET.SubElement(case, "failure", type=f.rule,
                               message=f"{f.line}:{f.column}: {f.message}")
            el.text = f"{path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}"
    suite.set("tests", str(len(results)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    ET.indent(suite)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
