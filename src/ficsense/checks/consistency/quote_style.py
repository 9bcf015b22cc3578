"""consistency.quote_style — straight and curly double quotation marks mixed in one story.

Stories drafted on one device and finished on another, or pasted together from several files, end up with
"straight" dialogue in some scenes and “curly” in others; published text uses one style throughout. Each
quotation in the less-used style is flagged (straight ones on a tie) with the same words in the other
style suggested, so `check --fix` makes the story consistent. Single quotation marks are left alone:
they double as apostrophes and as the British dialogue style, and telling those apart is not this rule's job.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule
from ficsense.document import Quote

STRAIGHT = '"'
CURLY = "“”"


def _style(text: str, quote: Quote) -> str | None:
    opening = text[quote.span.start]
    if opening == STRAIGHT:
        return "straight"
    if opening in CURLY:
        return "curly"
    return None


def _restyle(quoted: str, style: str) -> str:
    """The quotation with its outer double marks written in `style` (inner marks untouched)."""
    body = quoted[1:]
    closed = body[-1:] in (STRAIGHT, *CURLY)
    if closed:
        body = body[:-1]
    opening, closing = ("“", "”") if style == "curly" else (STRAIGHT, STRAIGHT)
    return opening + body + (closing if closed else "")


def find(ctx: Context) -> Iterator[Hit]:
    """Quotations written in the story's less-used style of double quotation marks."""
    text = ctx.text
    styled = [(quote, _style(text, quote)) for quote in ctx.doc.quotes if quote.mark == "double"]
    straight = [quote for quote, style in styled if style == "straight"]
    curly = [quote for quote, style in styled if style == "curly"]
    if not straight or not curly:
        return
    minority, majority, style = (
        (curly, straight, "straight") if len(curly) < len(straight) else (straight, curly, "curly")
    )
    other = "curly" if style == "straight" else "straight"
    for quote in minority:
        quoted = text[quote.span.start : quote.span.end]
        yield Hit(
            quote.span.start,
            quote.span.end,
            f"{other.capitalize()} quotation marks here; {len(majority)} other quotations use {style} ones. "
            "Pick one style.",
            (_restyle(quoted, style),),
            0.9,
        )


RULE = Rule(
    id="consistency.quote_style",
    category="consistency",
    description="Straight and curly double quotation marks mixed in one story.",
    find=find,
    bad=(
        Example(
            '"Come in," she said. "Sit down." He sat. “Thanks.”',
            '"Come in," she said. "Sit down." He sat. "Thanks."',
        ),
        Example(
            '“Come in,” she said. “Sit down.” He sat. "Thanks."',
            "“Come in,” she said. “Sit down.” He sat. “Thanks.”",
        ),
    ),
    good=(
        '"Come in," she said. "Sit down." He sat. "Thanks."',
        "“Come in,” she said. ‘Sit down,’ he echoed, as if the word ‘down’ were a joke.",
    ),
)
