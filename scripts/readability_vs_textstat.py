"""adlint's readability figures next to textstat's on the same English ads.

    pip install 'textstat>=0.7.5,<0.7.9' && python scripts/readability_vs_textstat.py ../shared/corpus/md
    python scripts/readability_vs_textstat.py --french 20 ../shared/corpus/md   # French ads
    python scripts/readability_vs_textstat.py --french-hits ../shared/corpus      # their hits
    python scripts/readability_vs_textstat.py --french-words 80 ../shared/corpus/md  # for hand counts

For French (`--french N`: N French ads, every k-th of the sorted list so they spread over
the corpus) it prints a Markdown table: adlint's sentences, syllables, Kandel & Moles
reading ease and LIX; textstat's with `set_lang("fr")` (Kandel & Moles' constants,
syllables from pyphen's bundled French hyphenation dictionary, nothing downloaded) on
the same sentences each given a full stop, and the syllables of adlint's words counted
both ways.

For each ad: adlint's sentences, Flesch Reading Ease and Flesch-Kincaid grade;
textstat's on the same prose joined into one string (how most tools call it);
and textstat's with each adlint sentence given its own full stop (what textstat
would say if it could see the bullets and headings). Prints medians.
"""

import statistics
import sys
import time

sys.path.insert(0, "src")
import textstat  # noqa: E402

from adlint import engine
from adlint.engine import files  # noqa: E402
from adlint.config import Settings  # noqa: E402
from adlint.analysis.sentences import sentences  # noqa: E402


def main(paths):
    found, _ = files.collect(paths)
    rows = []
    t_adlint = t_textstat = 0.0
    for path in found:
        res = engine.lint_path(path, Settings(select=("readability/grade",)))
        if res.error or res.language != "en" or not res.metrics.get("grade"):
            continue
        t0 = time.perf_counter()
        doc = res.document
        sents = sentences(doc)
        joined = " ".join(b.text.replace("\ufffc", " ") for b in doc.blocks)
        stopped = " ".join(s.text.replace("\ufffc", " ").rstrip(".!?:;") + "." for s in sents)
        t1 = time.perf_counter()
        ts = (textstat.sentence_count(joined), textstat.flesch_reading_ease(joined),
              textstat.flesch_kincaid_grade(joined), textstat.sentence_count(stopped),
              textstat.flesch_reading_ease(stopped), textstat.flesch_kincaid_grade(stopped))
        t_textstat += time.perf_counter() - t1
        m = res.metrics
        rows.append((m["sentences"], m["flesch_reading_ease"], m["grade"], *ts))
        t_adlint += t1 - t0
    cols = ["adlint sentences", "adlint FRE", "adlint grade",
            "textstat(joined) sentences", "textstat(joined) FRE", "textstat(joined) grade",
            "textstat(stopped) sentences", "textstat(stopped) FRE", "textstat(stopped) grade"]
    print(f"{len(rows)} English ads")
    for i, c in enumerate(cols):
        print(f"  median {c:30} {statistics.median(r[i] for r in rows):8.1f}")
    diffs = [abs(r[2] - r[8]) for r in rows]
    print(f"  |adlint grade - textstat(stopped) grade|: median {statistics.median(diffs):.2f}, "
          f"max {max(diffs):.2f}")
    print(f"  ads over grade 10: adlint {sum(r[2] > 10 for r in rows)}, "
          f"textstat(joined) {sum(r[5] > 10 for r in rows)}")


def french(n: int, paths):
    from adlint.analysis import syllables_fr
    from adlint.analysis.words import WORD

    found, _ = files.collect(paths)
    ads = []
    for path in sorted(found):
        res = engine.lint_path(path, Settings(select=("readability/ease",)))
        if not res.error and res.language == "fr" and res.metrics.get("flesch_reading_ease") is not None:
            ads.append(res)
    step = max(1, len(ads) // n)
    picked = ads[::step][:n]
    textstat.set_lang("fr")
    rows = []
    print(f"{len(ads)} French ads, {len(picked)} shown (every {step}th)\n")
    print("| ad | words | adlint sentences | adlint syllables | adlint ease | adlint LIX "
          "| textstat sentences | textstat syllables | textstat ease | textstat LIX "
          "| adlint ease, pyphen syllables | adlint fires |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for res in picked:
        doc = res.document
        sents = sentences(doc)
        stopped = " ".join(s.text.replace("\ufffc", " ").rstrip(".!?:;") + "." for s in sents)
        words = [w for s in sents for w in WORD.findall(s.block.text, s.start, s.end)]
        pyphen_syll = sum(textstat.syllable_count(w) for w in words)
        m = res.metrics
        wps = len(words) / len(sents)
        ease_pyphen = round(207 - 1.015 * wps - 73.6 * pyphen_syll / len(words), 1)
        ts = (textstat.sentence_count(stopped), textstat.syllable_count(stopped),
              round(textstat.flesch_reading_ease(stopped), 1), round(textstat.lix(stopped), 1))
        our_syll = sum(syllables_fr.count(w) for w in words)
        assert our_syll == m.get("syllables", our_syll)
        fires = "yes" if any(f.rule == "readability/ease" for f in res.findings) else ""
        name = res.path.rsplit("/", 1)[-1]
        print(f"| {name} | {m['words']} | {m['sentences']} | {our_syll} | {m['flesch_reading_ease']} "
              f"| {m.get('lix')} | {ts[0]} | {ts[1]} | {ts[2]} | {ts[3]} | {ease_pyphen} | {fires} |")
        rows.append((m["flesch_reading_ease"], ts[2], ease_pyphen, our_syll / len(words),
                     pyphen_syll / len(words), m.get("lix"), ts[3]))
    med = lambda i: statistics.median(r[i] for r in rows)  # noqa: E731
    print(f"\nmedians: adlint ease {med(0):.1f}, textstat ease {med(1):.1f}, adlint ease with "
          f"pyphen syllables {med(2):.1f}; syllables per word adlint {med(3):.3f}, pyphen "
          f"{med(4):.3f}; LIX adlint {med(5):.1f}, textstat {med(6):.1f}")


def french_hits(paths, sample=15, seed=19):
    import random

    found, _ = files.collect(paths)
    ads, hits = [], {"readability/ease": [], "readability/long-sentence": [],
                     "readability/long-paragraph": []}
    for path in sorted(found):
        res = engine.lint_path(path, Settings(select=("readability",)))
        if res.error or res.language != "fr":
            continue
        ads.append(res)
        for f in res.findings:
            hits[f.rule].append((res, f))
    ms = [r.metrics for r in ads if r.metrics.get("flesch_reading_ease") is not None]
    print(f"{len(ads)} French ads; hits: " + ", ".join(f"{k} {len(v)}" for k, v in hits.items()))
    for key in ("words", "flesch_reading_ease", "avg_sentence_length"):
        v = sorted(m[key] for m in ms)
        print(f"  {key}: min {v[0]}, 10th percentile {v[len(v) // 10]}, median "
              f"{statistics.median(v)}, 90th percentile {v[9 * len(v) // 10]}, max {v[-1]}")
    judged = [m for m in ms if m["words"] >= 100]
    print(f"  ease < 50: {sum(m['flesch_reading_ease'] < 50 for m in judged)}; over 20 words a "
          f"sentence: {sum(m['avg_sentence_length'] > 20 for m in judged)}; both: "
          f"{sum(m['flesch_reading_ease'] < 50 and m['avg_sentence_length'] > 20 for m in judged)}")
    print("\n| ad | words | ease | words per sentence | LIX | why |\n|---|---:|---:|---:|---:|---|")
    for res, f in hits["readability/ease"]:
        m = res.metrics
        why = " and ".join(w for w, c in (("ease", m["flesch_reading_ease"] < 50),
                                          ("length", m["avg_sentence_length"] > 20)) if c)
        name = res.path.split("corpus/")[-1]
        print(f"| {name} | {m['words']} | {m['flesch_reading_ease']} | {m['avg_sentence_length']} "
              f"| {m.get('lix')} | {why} |")
    for rule in ("readability/long-sentence", "readability/long-paragraph"):
        rng = random.Random(f"{seed}-{rule}")
        picked = rng.sample(hits[rule], min(sample, len(hits[rule])))
        print(f"\n{rule}: {len(picked)} of {len(hits[rule])} hits (seed {seed})\n")
        for res, f in picked:
            text = " ".join(f.text.split())
            text = text if len(text) <= 300 else text[:297] + "…"
            print(f"- {res.path.split('corpus/')[-1]}:{f.line} ({f.message.split(' :')[0]}): {text}")


def french_words(n: int, paths, seed=19):
    import random

    from adlint.analysis import syllables_fr
    from adlint.analysis.words import WORD

    found, _ = files.collect(paths)
    words = []
    for path in sorted(found):
        res = engine.lint_path(path, Settings(select=("readability/ease",)))
        if not res.error and res.language == "fr":
            words += [w for b in res.document.blocks for w in WORD.findall(b.text)]
    textstat.set_lang("fr")
    print("| word | adlint | textstat (pyphen) |\n|---|---:|---:|")
    for w in random.Random(seed).sample(words, n):
        print(f"| {w} | {syllables_fr.count(w)} | {textstat.syllable_count(w.lower())} |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--french-words"]:
        french_words(int(sys.argv[2]), sys.argv[3:])
    elif sys.argv[1:2] == ["--french-hits"]:
        french_hits(sys.argv[2:])
    elif sys.argv[1:2] == ["--french"]:
        french(int(sys.argv[2]), sys.argv[3:])
    else:
        main(sys.argv[1:])
