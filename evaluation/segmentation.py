"""Measure sentence and quote segmentation against annotated public data.

Sentences: UD English GUM and EWT (dev and test). Each document's text is rebuilt from its `# text =` lines,
paragraphs (`# newpar`) separated by a blank line and sentences inside a paragraph joined by one space, then
segmented with `build_document(paragraph_mode="blocks")`. A boundary is a sentence *end* offset. "all" counts
every end, including paragraph ends that the blank lines give away for free; "inner" leaves out the gold and
predicted ends that coincide with a paragraph end, so it measures only the segmenter's own decisions.

Quotes: LitBank quotations. The text is tokenized, one sentence per line and no paragraph breaks, so it is
detokenized (opening marks attach to the next token, closing marks and punctuation to the previous one) with
a token-to-character map, the whole excerpt becomes one paragraph (LitBank keeps no paragraph breaks, so the
multi-paragraph convention cannot apply), and every predicted quote is mapped back to the first and last
token it touches. Exact: same first and last token. Lenient: a predicted and a gold quote share a token
(one-to-one matching, greedy in document order).

Dev files are for tuning; test files are reported separately. Run:
    .venv/bin/python evaluation/segmentation.py [--data ../shared/data] [--errors sentences|quotes]
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
import sys
import time
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ficsense.document import SourceInfo, build_document

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
SOURCE = SourceInfo(None, "txt")


@dataclass(slots=True)
class Counts:
    """True positives, predictions and gold items for one precision/recall/F1 cell."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    def prf(self) -> tuple[float, float, float]:
        precision = self.tp / self.predicted if self.predicted else 0.0
        recall = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


@dataclass(slots=True)
class UdDocument:
    """One UD document rebuilt as plain text with its gold sentence ends and paragraph ends."""

    name: str
    text: str
    sentence_ends: set[int] = field(default_factory=set)
    paragraph_ends: set[int] = field(default_factory=set)


def read_ud(path: Path) -> Iterator[UdDocument]:
    """Documents of a CoNLL-U file with paragraphs and sentences laid out as the module docstring says."""
    paragraphs: list[list[str]] = []
    name = path.stem

    def finish() -> UdDocument | None:
        if not any(paragraphs):
            return None
        doc = UdDocument(name, "")
        parts: list[str] = []
        offset = 0
        for paragraph in (p for p in paragraphs if p):
            if parts:
                parts.append("\n\n")
                offset += 2
            for index, sentence in enumerate(paragraph):
                if index:
                    parts.append(" ")
                    offset += 1
                parts.append(sentence)
                offset += len(sentence)
                doc.sentence_ends.add(offset)
            doc.paragraph_ends.add(offset)
        doc.text = "".join(parts)
        return doc

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# newdoc"):
                doc = finish()
                if doc:
                    yield doc
                paragraphs = [[]]
                name = line.split("=", 1)[1].strip() if "=" in line else path.stem
            elif line.startswith("# newpar") and not line.startswith("# newpar_"):
                paragraphs.append([])
            elif line.startswith("# text = "):
                if not paragraphs:
                    paragraphs = [[]]
                paragraphs[-1].append(line[len("# text = ") :].rstrip("\n").strip())
    doc = finish()
    if doc:
        yield doc


def score_sentences(doc: UdDocument) -> tuple[Counts, Counts, list[tuple[str, int]]]:
    """All-ends and inner-ends counts for one document, plus the boundary errors as (kind, offset)."""
    built = build_document(doc.text, source=SOURCE, paragraph_mode="blocks")
    predicted = {sentence.end for sentence in built.sentences}
    gold = doc.sentence_ends
    all_counts = Counts(len(predicted & gold), len(predicted), len(gold))
    free = doc.paragraph_ends
    inner_pred, inner_gold = predicted - free, gold - free
    inner_counts = Counts(len(inner_pred & inner_gold), len(inner_pred), len(inner_gold))
    errors = [("FP", offset) for offset in sorted(predicted - gold)] + [
        ("FN", offset) for offset in sorted(gold - predicted)
    ]
    return all_counts, inner_counts, errors


# Tokens that attach to the token before them in the original text.
_ATTACH_LEFT = re.compile(r"""^(?:[.,;:!?%)\]}»”’]+|\.{2,}|n['’]t|['’](?:s|ll|re|ve|m|d|S|LL|RE|VE|M|D))$""", re.I)
_ATTACH_RIGHT = re.compile(r"^[(\[{«“‘$]$")
_DASH = re.compile(r"^(?:-{2,}|[—–]+)$")


def detokenize(lines: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """Plain text for LitBank tokens and each token's character span, in reading order."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    offset = 0
    double_open = False
    single_open = False
    glue_next = True
    flat = [(token, index == 0, index == len(line) - 1) for line in lines for index, token in enumerate(line)]
    for position, (token, first_in_line, last_in_line) in enumerate(flat):
        previous = flat[position - 1][0] if position else ""
        following = flat[position + 1][0] if position + 1 < len(flat) else ""
        attach_left = bool(_ATTACH_LEFT.match(token)) or _DASH.match(token) is not None
        attach_right = bool(_ATTACH_RIGHT.match(token)) or _DASH.match(token) is not None
        if token == '"':
            # The tokenizer erased the direction; a line edge or the running parity restores it.
            opening = True if first_in_line else False if last_in_line else not double_open
            double_open = opening
            attach_left, attach_right = not opening, opening
        elif token == "'":
            possessive = previous[-1:] in ("s", "S") and following[:1].islower()
            opening = not possessive and (True if first_in_line else False if last_in_line else not single_open)
            if not possessive:
                single_open = opening
            attach_left, attach_right = not opening, opening
        if parts and not (glue_next or attach_left):
            parts.append(" ")
            offset += 1
        spans.append((offset, offset + len(token)))
        parts.append(token)
        offset += len(token)
        glue_next = attach_right
    return "".join(parts), spans


@dataclass(slots=True)
class QuoteResult:
    """Quote counts for one LitBank file and the spans behind them, for error listings."""

    exact: Counts
    lenient: Counts
    text: str
    gold: list[tuple[int, int]]
    predicted: list[tuple[int, int]]
    spans: list[tuple[int, int]]


def score_quotes(txt: Path, ann: Path) -> QuoteResult:
    """Exact and lenient quote counts for one LitBank file."""
    lines = [line.rstrip("\n").split(" ") for line in txt.read_text(encoding="utf-8").split("\n")]
    if lines and lines[-1] == [""]:
        lines.pop()
    lines = [[token for token in line if token] for line in lines]
    line_offsets: list[int] = []
    total = 0
    for line in lines:
        line_offsets.append(total)
        total += len(line)
    text, spans = detokenize(lines)
    gold: list[tuple[int, int]] = []
    for row in ann.read_text(encoding="utf-8").splitlines():
        fields = row.split("\t")
        if fields[0] != "QUOTE":
            continue
        start_line, start_token, end_line, end_token = (int(value) for value in fields[2:6])
        gold.append((line_offsets[start_line] + start_token, line_offsets[end_line] + end_token))
    built = build_document(text, source=SOURCE, paragraph_mode="blocks")
    starts = [span[0] for span in spans]
    predicted: list[tuple[int, int]] = []
    for quote in built.quotes:
        first = _token_at(starts, spans, quote.span.start)
        last = _token_at(starts, spans, quote.span.end - 1)
        if first is not None and last is not None:
            predicted.append((first, last))
    gold_set, predicted_set = set(gold), set(predicted)
    exact = Counts(len(gold_set & predicted_set), len(predicted_set), len(gold_set))
    used: set[int] = set()
    lenient_tp = 0
    for p_first, p_last in predicted:
        for index, (g_first, g_last) in enumerate(gold):
            if index not in used and p_first <= g_last and g_first <= p_last:
                used.add(index)
                lenient_tp += 1
                break
    lenient = Counts(lenient_tp, len(predicted), len(gold))
    return QuoteResult(exact, lenient, text, gold, predicted, spans)


def _token_at(starts: list[int], spans: list[tuple[int, int]], offset: int) -> int | None:
    index = bisect_right(starts, offset) - 1
    if index < 0:
        return None
    return index


def score_pdnc(folder: Path) -> tuple[Counts, Counts]:
    """Quote content spans (marks stripped) against PDNC quotation spans in one whole novel.

    PDNC spans leave out the quote marks and are ~0.3% off by a few characters, so a boundary counts as
    matched within `_PDNC_SLACK` characters. The novel is built as a user's file would be (paragraph_mode
    "auto"), so real paragraph breaks and multi-paragraph speeches are in play.
    """
    text = (folder / "novel_text.txt").read_text(encoding="utf-8")
    gold: list[tuple[int, int]] = []
    with (folder / "quotation_info.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for start, end in ast.literal_eval(row["quoteByteSpans"]):
                gold.append(_trimmed(text, start, end))
    built = build_document(text, source=SOURCE)
    predicted: list[tuple[int, int]] = []
    for quote in built.quotes:
        start, end = quote.span.start, quote.span.end
        if quote.mark != "dash":
            start += 1
            if not (quote.continues or quote.unclosed):
                end -= 1
        predicted.append(_trimmed(text, start, end))
    gold.sort()
    predicted.sort()
    gold_starts = [start for start, _ in gold]
    exact_tp = 0
    used: set[int] = set()
    for start, end in predicted:
        index = bisect_right(gold_starts, start - _PDNC_SLACK - 1)
        while index < len(gold) and gold[index][0] <= start + _PDNC_SLACK:
            if index not in used and abs(gold[index][1] - end) <= _PDNC_SLACK:
                used.add(index)
                exact_tp += 1
                break
            index += 1
    lenient_tp = 0
    gold_index = 0
    for start, end in predicted:
        while gold_index < len(gold) and gold[gold_index][1] <= start:
            gold_index += 1
        if gold_index < len(gold) and gold[gold_index][0] < end:
            lenient_tp += 1
            gold_index += 1
    return Counts(exact_tp, len(predicted), len(gold)), Counts(lenient_tp, len(predicted), len(gold))


_PDNC_SLACK = 2


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def main(argv: list[str] | None = None) -> int:
    """Print the sentence and quote tables; return a process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--errors", choices=["sentences", "quotes"], help="list errors on the dev files")
    parser.add_argument("--limit", type=int, default=60, help="how many errors to list")
    args = parser.parse_args(argv)
    ud_dir, litbank_dir = args.data / "ud", args.data / "litbank" / "quotations" / "tsv"
    if not ud_dir.is_dir() or not litbank_dir.is_dir():
        print(f"data not found under {args.data} (need ud/ and litbank/quotations/tsv/); nothing to measure")
        return 0
    started = time.perf_counter()
    _sentence_table(ud_dir, errors=args.errors == "sentences", limit=args.limit)
    print()
    _litbank_table(litbank_dir, errors=args.errors == "quotes", limit=args.limit)
    pdnc_dir = args.data / "pdnc" / "data"
    if pdnc_dir.is_dir():
        print()
        _pdnc_table(pdnc_dir)
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


def _sentence_table(ud_dir: Path, *, errors: bool, limit: int) -> None:
    print("Sentence boundaries (end offsets), UD English, paragraph_mode='blocks'")
    print(
        f"{'treebank':<13}{'split':<6}{'docs':>6}{'gold':>7}  {'P':>6}{'R':>7}{'F1':>7}  "
        f"{'inner P':>8}{'R':>7}{'F1':>7}"
    )
    rows: dict[tuple[str, str], tuple[Counts, Counts, list[int]]] = {}
    shown = 0
    for treebank in ("GUM", "EWT"):
        for split in ("dev", "test"):
            path = ud_dir / f"UD_English-{treebank}" / f"en_{treebank.lower()}-ud-{split}.conllu"
            for doc in read_ud(path):
                doc_all, doc_inner, doc_errors = score_sentences(doc)
                groups = [treebank, "all"]
                # GUM's fiction documents are the nearest thing to fan fiction in UD.
                if doc.name.startswith("GUM_fiction"):
                    groups.append("GUM fiction")
                for group in groups:
                    for key in ((group, split), (group, "both")):
                        row = rows.setdefault(key, (Counts(), Counts(), [0]))
                        row[0].add(doc_all)
                        row[1].add(doc_inner)
                        row[2][0] += 1
                if errors and split == "dev":
                    for kind, offset in doc_errors:
                        if shown < limit:
                            shown += 1
                            context = doc.text[max(0, offset - 60) : offset] + "|" + doc.text[offset : offset + 40]
                            print(f"  {kind} {treebank} {doc.name}: {context!r}")
    for group in ("GUM", "EWT", "GUM fiction", "all"):
        for split in ("dev", "test", "both"):
            if split == "both" and group not in ("all",):
                continue
            all_counts, inner_counts, docs = rows[group, split]
            print(_sentence_row(group, split, docs[0], all_counts, inner_counts))


def _litbank_table(litbank_dir: Path, *, errors: bool, limit: int) -> None:
    print("Quotes, LitBank (100 excerpts, one paragraph each); split by file name: dev = even, test = odd id")
    print(_quote_header("split", "files", "exact P"))
    quote_totals = {"dev": (Counts(), Counts(), 0), "test": (Counts(), Counts(), 0)}
    shown = 0
    for txt in sorted(litbank_dir.glob("*.txt")):
        split = _litbank_split(txt)
        result = score_quotes(txt, txt.with_suffix(".ann"))
        exact, lenient, files = quote_totals[split]
        exact.add(result.exact)
        lenient.add(result.lenient)
        quote_totals[split] = (exact, lenient, files + 1)
        if errors and split == "dev":
            shown = _print_quote_errors(txt.stem, result, shown, limit)
    both = Counts(), Counts()
    for split, (exact, lenient, files) in quote_totals.items():
        both[0].add(exact)
        both[1].add(lenient)
        print(_quote_row(split, files, exact, lenient))
    print(_quote_row("both", sum(files for *_, files in quote_totals.values()), *both))


def _pdnc_table(pdnc_dir: Path) -> None:
    print(f"Quotes, PDNC (whole novels, paragraph_mode='auto', marks stripped, ends within {_PDNC_SLACK} chars)")
    print(_quote_header("", "novels", "match P"))
    exact, lenient, novels = Counts(), Counts(), 0
    for folder in sorted(path for path in pdnc_dir.iterdir() if (path / "quotation_info.csv").is_file()):
        novel_exact, novel_lenient = score_pdnc(folder)
        exact.add(novel_exact)
        lenient.add(novel_lenient)
        novels += 1
    print(_quote_row("", novels, exact, lenient))


def _litbank_split(txt: Path) -> str:
    # LitBank has no official split for quotations; the Gutenberg id's parity is fixed and content-blind.
    return "dev" if int(txt.name.split("_", 1)[0]) % 2 == 0 else "test"


def _print_quote_errors(name: str, result: QuoteResult, shown: int, limit: int) -> int:
    def show(pair: tuple[int, int]) -> str:
        start, end = result.spans[pair[0]][0], result.spans[pair[1]][1]
        return (
            result.text[max(0, start - 40) : start]
            + "["
            + result.text[start:end][:120]
            + "]"
            + result.text[end : end + 30]
        )

    gold, predicted = set(result.gold), set(result.predicted)
    for kind, pairs in (("FN", sorted(gold - predicted)), ("FP", sorted(predicted - gold))):
        for pair in pairs:
            if shown < limit:
                shown += 1
                print(f"  {kind} {name[:25]}: {show(pair)!r}")
    return shown


def _sentence_row(treebank: str, split: str, docs: int, all_counts: Counts, inner_counts: Counts) -> str:
    p, r, f = all_counts.prf()
    ip, ir, if1 = inner_counts.prf()
    return (
        f"{treebank:<13}{split:<6}{docs:>6}{all_counts.gold:>7}  {p:>6.3f}{r:>7.3f}{f:>7.3f}  "
        f"{ip:>8.3f}{ir:>7.3f}{if1:>7.3f}"
    )


def _quote_header(first: str, second: str, strict: str) -> str:
    return (
        f"{first:<6}{second:>6}{'gold':>6}{'pred':>6}  {strict:>8}{'R':>7}{'F1':>7}  {'overlap P':>10}{'R':>7}{'F1':>7}"
    )


def _quote_row(split: str, files: int, exact: Counts, lenient: Counts) -> str:
    p, r, f = exact.prf()
    lp, lr, lf = lenient.prf()
    return (
        f"{split:<6}{files:>6}{exact.gold:>6}{exact.predicted:>6}  {p:>8.3f}{r:>7.3f}{f:>7.3f}  "
        f"{lp:>10.3f}{lr:>7.3f}{lf:>7.3f}"
    )


if __name__ == "__main__":
    sys.exit(main())
