"""Whitespace helpers and word lists shared by the segmenters."""

from __future__ import annotations

# Verbs that tag a line of dialogue (`"Why?" Harry asked`, `she said "no"`), in past and present tense.
SPEECH_VERBS = frozenset(
    "said says say asked asks ask replied replies answered answers whispered whispers shouted shouts yelled "
    "yells screamed cried cries called calls muttered mutters murmured murmurs snapped snaps hissed hisses "
    "growled growls sighed sighs laughed laughs exclaimed exclaims demanded demands added adds continued "
    "continues repeated repeats breathed breathes mumbled mumbles grumbled grumbles interrupted "
    "interrupts offered offers suggested suggests insisted insists admitted admits protested protests "
    "pleaded pleads begged begs began begins finished finishes teased teases joked jokes snarled snarls "
    "shrieked shrieks gasped gasps stammered stammers stuttered stutters whined whines croaked croaks "
    "wondered wonders chuckled chuckles giggled giggles sobbed sobs agreed agrees".split()
)


def skip_space(text: str, position: int, end: int) -> int:
    """The first non-space position at or after `position` (or `end`)."""
    while position < end and text[position].isspace():
        position += 1
    return position


def trim_end(text: str, start: int, end: int) -> int:
    """`end` moved left past trailing whitespace, never before `start`."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
