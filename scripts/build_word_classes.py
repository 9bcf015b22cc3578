"""Build src/ficsense/checks/data/word_classes.tsv: the part-of-speech counts of English words in UD.

Reads the Universal Dependencies English treebanks in /work/shared/data/ud (or --ud): all of UD English
EWT (CC BY-SA 4.0) and the genres of UD English GUM that its LICENSE names as CC BY or public domain
(GUM as a whole is CC BY-NC-SA). For each lower-case alphabetic word form it counts the Penn Treebank
tags (XPOS) it carries, and as `@VERB`, `@NOUN`, `@ADJ`, ... how many tokens have it as their lemma with
that universal tag (proper nouns left out), so that a base verb seen only as "hid" and "hiding" is still
known as a verb. Words seen fewer than twice (as a form and as a lemma together) are left out. The output
is sorted, so a rebuild from the same treebanks is byte for byte the same.

    .venv/bin/python scripts/build_word_classes.py
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UD = Path("/work/shared/data/ud")
OUTPUT = ROOT / "src/ficsense/checks/data/word_classes.tsv"
# The GUM genres its LICENSE names as CC BY or public domain (as in scripts/train_characters.py).
GUM_GENRES = frozenset("news interview bio voyage textbook vlog speech conversation".split())
MIN_COUNT = 2
HEADER = """\
# Part-of-speech counts of English words, built by scripts/build_word_classes.py from Universal Dependencies:
#   UD English EWT (Silveira et al. 2014; Universal Dependencies), licensed CC BY-SA 4.0;
#   UD English GUM (Zeldes 2017; gucorpling.org/gum), only its genres licensed CC BY or public domain:
#   {genres}.
# This table is a derived work of those treebanks and is shared under CC BY-SA 4.0.
# word<TAB>space-separated TAG:count (Penn Treebank tags of the form; @UPOS: tokens with it as their lemma)
"""


def sentences_rows(ud: Path) -> list[list[str]]:
    """The token rows (10 tab-separated fields) of the treebank files that may be used, in file order."""
    rows: list[list[str]] = []
    for conllu in sorted(ud.glob("UD_English-EWT/*.conllu")) + sorted(ud.glob("UD_English-GUM/*.conllu")):
        is_gum = "GUM" in conllu.parent.name
        usable = not is_gum
        for line in conllu.read_text(encoding="utf-8").splitlines():
            if is_gum and line.startswith("# newdoc"):
                usable = line.split("GUM_")[-1].split("_")[0] in GUM_GENRES
                continue
            fields = line.split("\t")
            if usable and len(fields) == 10 and fields[0].isdigit():
                rows.append(fields)
    return rows


def count_classes(rows: list[list[str]]) -> dict[str, Counter[str]]:
    """Word -> tag counts: the XPOS of each form, and `@UPOS` for each token it is the lemma of."""
    classes: dict[str, Counter[str]] = defaultdict(Counter)
    for fields in rows:
        form, lemma, upos, xpos = fields[1].lower(), fields[2].lower(), fields[3], fields[4]
        # Names say nothing about English word classes and would only make the table bigger.
        if upos == "PROPN":
            continue
        if form.isalpha() and form.isascii():
            classes[form][xpos] += 1
        if lemma.isalpha() and lemma.isascii():
            classes[lemma]["@" + upos] += 1
    return classes


def render(classes: dict[str, Counter[str]]) -> str:
    """The tsv text: the header, then one sorted line per word seen at least MIN_COUNT times."""
    lines = [HEADER.format(genres=", ".join(sorted(GUM_GENRES)))]
    for word in sorted(classes):
        counts = classes[word]
        if sum(counts.values()) < MIN_COUNT:
            continue
        lines.append(word + "\t" + " ".join(f"{tag}:{counts[tag]}" for tag in sorted(counts)) + "\n")
    return "".join(lines)


def main() -> None:
    """Write the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ud", type=Path, default=UD, help="folder holding UD_English-EWT and UD_English-GUM")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    args.output.write_text(render(count_classes(sentences_rows(args.ud))), encoding="utf-8")


if __name__ == "__main__":
    main()
