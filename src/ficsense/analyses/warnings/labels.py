"""The Webis trigger-warning labels ficsense detects, with the AO3 tag writers use for each.

Webis ids come from warnings/webis_labelsets (36 fine labels in 7 groups); AO3 names are canonical freeform
tags (ceejbot's 2016 list). `trained` labels have a passage classifier (the eight the Webis AO3 passages
were annotated for); the rest are found by rules alone, with the rule's own evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Label:
    """One content label: its Webis id and group, the AO3 tag and the phrase used in evidence."""

    webis: str
    group: str
    tag: str
    about: str
    trained: bool = False


# The dev file names three labels differently from the Webis taxonomy (issue 5).
DEV_TO_WEBIS = MappingProxyType(
    {
        "violence": "violence",
        "war": "collective-violence",
        "death": "death",
        "abduction": "kidnapping",
        "misogyny": "sexism",
        "homophobia": "homophobia",
        "racism": "racism",
        "ableism": "ableism",
    }
)

LABELS: tuple[Label, ...] = (
    Label("violence", "aggression", "Violence", "physical violence", trained=True),
    Label("collective-violence", "aggression", "War", "war or armed conflict", trained=True),
    Label("death", "aggression", "Character Death", "a death", trained=True),
    Label("kidnapping", "aggression", "Kidnapping", "abduction or captivity", trained=True),
    Label("sexism", "discrimination", "Misogyny", "misogyny or sexism", trained=True),
    Label("homophobia", "discrimination", "Homophobia", "homophobia", trained=True),
    Label("racism", "discrimination", "Racism", "racism", trained=True),
    Label("ableism", "discrimination", "Ableism", "ableism", trained=True),
    Label("suicide", "mental-health", "Suicidal Thoughts", "suicidal thoughts"),
    Label("suicide", "mental-health", "Suicide Attempt", "a suicide attempt"),
    Label("self-harm", "mental-health", "Self-Harm", "self-harm"),
    Label("dysmorphia", "mental-health", "Eating Disorders", "disordered eating"),
    Label("addiction", "mental-health", "Drug Use", "drug use"),
    Label("mental-illness", "mental-health", "Panic Attacks", "a panic attack"),
    Label("mental-illness", "mental-health", "Depression", "depression"),
    Label("blood-gore", "medical", "Blood", "blood or injury"),
    Label("sexual-abuse", "abuse", "Sexual Assault", "sexual assault"),
    Label("child-abuse", "abuse", "Child Abuse", "abuse of a child"),
    Label("violence", "aggression", "Mugging", "a mugging"),
)
BY_TAG = MappingProxyType({label.tag: label for label in LABELS})
