"""Tags on short original stories: content tags, archive warnings and the rating, each with evidence."""

from __future__ import annotations

import ficsense
from ficsense.analyses.tags import ANALYSIS, diff_with_author, tag_document
from ficsense.document import Document
from ficsense.document.model import SourceInfo
from ficsense.report.model import Character, Tag, Tags

MUGGING = (
    "Tom was walking home along Fenwick Street when a man stepped out of the alley.\n\n"
    '"Give me your wallet," the man said. Tom hesitated, and the man punched him in the face. '
    "Blood ran from his nose onto his shirt. The man grabbed the wallet and ran.\n\n"
    "Tom sat on the kerb for a long time, holding his sleeve to his face."
)
CONFESSION = (
    'Daniel sat on the edge of the bed. "I have to tell you something," he said. '
    '"That night on the ice, I didn\'t fall. I meant to let myself die."\n\n'
    "Mara took his hand and didn't let go."
)
NEIGHBOUR = (
    "Gregor was forty-one and had lived next door to the Hales for years. Their daughter Lily was sixteen. "
    "That summer he caught himself looking at her that way when she crossed the yard, and the thought "
    "sickened him.\n\n"
    "He went inside and shut the blinds. He did not go out again until she had gone."
)
RESCUE = (
    "Sam and Ellie had been partners for six years. When the building came down, Sam was trapped under a "
    "beam. Ellie dug for an hour. By the time she reached him, Sam had stopped breathing.\n\n"
    "She pressed on his chest and counted, again and again. Then Sam coughed and opened his eyes. "
    "He was alive.\n\n"
    "A week later Sam was out of hospital, complaining about the food."
)
PANCAKES = (
    "Priya burned the first batch of pancakes. Jonah laughed so hard he had to sit down on the kitchen "
    "floor.\n\n"
    '"You\'re supposed to help," she said, grinning, and flicked flour at him.\n\n'
    "They ate the second batch on the balcony in the sun, sharing one blanket, and the cat slept between them."
)
FUNERAL = (
    "Marcus taught Aya to sail the summer she turned twenty. Marcus was patient, and Marcus was loud, and "
    "Marcus never once let her give up.\n\n"
    "In October the fever took him. Marcus died in the night with Aya holding his hand.\n\n"
    "At the funeral she wore his old sailing jacket. In spring she took the boat out alone."
)


def _tags(text: str) -> tuple[Document, Tags]:
    doc = ficsense.load(text)
    return doc, tag_document(doc)


def _names(tags: tuple[Tag, ...]) -> list[str]:
    return [tag.tag for tag in tags]


def _additional(tags: Tags, name: str) -> Tag:
    return next(tag for tag in tags.additional if tag.tag == name)


def _all_tags(tags: Tags) -> list[Tag]:
    return [*([tags.rating] if tags.rating else []), *tags.archive_warnings, *tags.fandoms, *tags.additional]


def test_tags_mugging_is_violence_and_never_general() -> None:
    doc, tags = _tags(MUGGING)
    assert "Violence" in _names(tags.additional)
    violence = _additional(tags, "Violence")
    assert violence.webis == "violence"
    assert any("punched" in doc.text[e.start : e.end] for e in violence.evidence)
    assert tags.rating is not None
    assert tags.rating.tag in ("Teen And Up Audiences", "Mature")


def test_tags_mugging_rating_names_the_passage_that_sets_it() -> None:
    doc, tags = _tags(MUGGING)
    assert tags.rating is not None
    setting = doc.text[tags.rating.evidence[0].start : tags.rating.evidence[0].end]
    assert any(word in setting for word in ("punched", "Blood", "wallet"))
    assert "sets Teen And Up" in tags.rating.evidence[0].why


def test_tags_admitting_he_meant_to_let_himself_die_is_suicidal_thoughts() -> None:
    doc, tags = _tags(CONFESSION)
    thoughts = _additional(tags, "Suicidal Thoughts")
    assert thoughts.webis == "suicide"
    assert "let myself die" in doc.text[thoughts.evidence[0].start : thoughts.evidence[0].end]
    assert "Suicide Attempt" not in _names(tags.additional)


def test_tags_adult_noticing_a_sixteen_year_old_raises_a_consideration_not_the_warning() -> None:
    doc, tags = _tags(NEIGHBOUR)
    assert "Underage Sex" not in _names(tags.archive_warnings)
    considerations = [
        evidence
        for tag in tags.archive_warnings
        for evidence in tag.evidence
        if "consider Underage Sex" in evidence.why
    ]
    assert considerations
    quoted = " ".join(doc.text[e.start : e.end] for e in considerations)
    assert "sixteen" in quoted
    assert "that way" in quoted
    no_warnings = next(tag for tag in tags.archive_warnings if tag.tag == "No Archive Warnings Apply")
    assert no_warnings.confidence < 0.8


def test_tags_death_reversed_by_the_end_is_not_major_character_death() -> None:
    doc, tags = _tags(RESCUE)
    assert "Major Character Death" not in _names(tags.archive_warnings)
    temporary = _additional(tags, "Temporary Character Death")
    quoted = [doc.text[e.start : e.end] for e in temporary.evidence]
    assert any("stopped breathing" in text for text in quoted)
    assert any("opened his eyes" in text for text in quoted)


def test_tags_death_that_stays_is_major_character_death() -> None:
    doc, tags = _tags(FUNERAL)
    death = next(tag for tag in tags.archive_warnings if tag.tag == "Major Character Death")
    assert "Marcus died" in doc.text[death.evidence[0].start : death.evidence[0].end]
    assert tags.rating is not None and tags.rating.tag != "General Audiences"


def test_tags_gentle_fluff_is_general_with_no_archive_warnings() -> None:
    _doc, tags = _tags(PANCAKES)
    assert tags.rating is not None and tags.rating.tag == "General Audiences"
    assert _names(tags.archive_warnings) == ["No Archive Warnings Apply", "Creator Chose Not To Use Archive Warnings"]
    assert [tag.tag for tag in tags.additional if tag.webis is not None] == []
    assert "Fluff" in _names(tags.additional)


def test_tags_always_offer_creator_chose_not_to_use_last() -> None:
    for text in (MUGGING, CONFESSION, NEIGHBOUR, RESCUE, PANCAKES, FUNERAL):
        _doc, tags = _tags(text)
        assert tags.archive_warnings[-1].tag == "Creator Chose Not To Use Archive Warnings"
        assert tags.archive_warnings[-1].confidence == 1.0


def test_tags_every_tag_has_evidence_inside_the_text() -> None:
    for text in (MUGGING, CONFESSION, NEIGHBOUR, RESCUE, PANCAKES, FUNERAL):
        doc, tags = _tags(text)
        for tag in _all_tags(tags):
            assert tag.evidence, tag.tag
            for evidence in tag.evidence:
                assert 0 <= evidence.start < evidence.end <= len(doc.text)
                assert evidence.why.strip()
                assert "\n" not in evidence.why


def test_tags_use_ao3_canonical_warning_and_rating_names() -> None:
    allowed_warnings = {
        "Creator Chose Not To Use Archive Warnings",
        "No Archive Warnings Apply",
        "Graphic Depictions Of Violence",
        "Major Character Death",
        "Rape/Non-Con",
        "Underage Sex",
    }
    allowed_ratings = {"General Audiences", "Teen And Up Audiences", "Mature", "Explicit"}
    for text in (MUGGING, CONFESSION, NEIGHBOUR, RESCUE, PANCAKES, FUNERAL):
        _doc, tags = _tags(text)
        assert set(_names(tags.archive_warnings)) <= allowed_warnings
        assert tags.rating is not None and tags.rating.tag in allowed_ratings


def test_tags_graphic_violence_is_never_rated_below_mature() -> None:
    text = (
        "The raider swung the axe and Oren fell. His skull cracked against the flagstones and a pool of blood "
        "spread under him. Kael drove his knife into the raider's side and twisted it.\n\n"
        "When it was over, the hall was silent. Kael sat with his back to the wall and did not move."
    )
    _doc, tags = _tags(text)
    assert "Graphic Depictions Of Violence" in _names(tags.archive_warnings)
    assert tags.rating is not None and tags.rating.tag in ("Mature", "Explicit")


def test_tags_normal_case_text_scores_like_lowercase() -> None:
    upper = ficsense.load(MUGGING.upper())
    assert "Violence" in _names(tag_document(upper).additional)


def test_tags_output_is_deterministic() -> None:
    _doc, first = _tags(MUGGING + "\n\n" + CONFESSION)
    _doc, second = _tags(MUGGING + "\n\n" + CONFESSION)
    assert first.to_dict() == second.to_dict()


def test_tags_analysis_fills_the_tags_section_and_leaves_people_to_their_issue() -> None:
    doc = ficsense.load(MUGGING)
    result = ANALYSIS.run(doc, {}, {})
    assert ANALYSIS.name == "tags" and ANALYSIS.section == "tags"
    assert isinstance(result, Tags)
    assert result.characters == () and result.relationships == () and result.categories == ()


def test_diff_with_author_reports_what_the_author_did_not_tag() -> None:
    doc, tags = _tags(MUGGING)
    metadata = {
        "rating": "General Audiences",
        "archive_warnings": ["No Archive Warnings Apply"],
        "additional_tags": ["Angst"],
    }
    lines = diff_with_author(tags, metadata, doc=doc)
    assert any(line.startswith("you rated General Audiences; we would rate") for line in lines)
    assert any("you tagged Angst; we also found Violence" in line for line in lines)


def test_diff_with_author_is_quiet_when_the_author_tagged_it_all() -> None:
    doc, tags = _tags(CONFESSION)
    metadata = {
        "rating": "Teen And Up Audiences",
        "archive_warnings": ["No Archive Warnings Apply"],
        "additional_tags": ["suicidal thoughts"],
    }
    assert diff_with_author(tags, metadata, doc=doc) == []


def test_diff_with_author_reads_ao3_download_metadata() -> None:
    doc, tags = _tags(MUGGING)
    frozen = SourceInfo(
        path=None,
        format="ao3-html",
        metadata={"rating": ["General Audiences"], "archive_warnings": ["Underage"], "additional_tags": ["Mugging"]},
    ).metadata
    lines = diff_with_author(tags, frozen, doc=doc)
    assert lines[0].startswith("you rated General Audiences; we would rate Teen And Up Audiences")
    assert not any("we also found Mugging" in line for line in lines)


def test_diff_with_author_respects_creator_chose_not_to_warn() -> None:
    doc, tags = _tags(FUNERAL)
    metadata = {
        "archive_warnings": ["Creator Chose Not To Use Archive Warnings"],
        "additional_tags": ["Character Death"],
    }
    assert not any("Major Character Death" in line for line in diff_with_author(tags, metadata, doc=doc))


def test_tags_fandom_only_with_two_distinctive_terms() -> None:
    text = (
        "Hermione shut the book. The common room at Hogwarts was empty, and the fire in the Gryffindor "
        "grate had burned down to embers.\n\nShe went up to bed."
    )
    doc, tags = _tags(text)
    assert [tag.tag for tag in tags.fandoms] == ["Harry Potter - J. K. Rowling"]
    assert any("Hogwarts" in doc.text[e.start : e.end] for e in tags.fandoms[0].evidence)
    _doc, original = _tags("My dog is called Sherlock. He sleeps all day by the fire.")
    assert original.fandoms == ()


def test_tags_hurt_followed_by_comfort_is_hurt_comfort() -> None:
    doc, tags = _tags(CONFESSION)
    comfort = _additional(tags, "Hurt/Comfort")
    assert comfort.webis is None
    assert any("took his hand" in doc.text[e.start : e.end] for e in comfort.evidence)


def test_tags_a_teenager_in_one_scene_and_adults_in_bed_in_another_is_not_underage() -> None:
    bakery = (
        "Nadia was sixteen and spent that summer working at the bakery on Quay Street. She got up before "
        "dawn, weighed out the flour, shaped the rolls and learned to tell by the sound when a loaf was done. "
        "Mrs Okafor, who owned the bakery, paid her on Fridays in an envelope and let her take home whatever "
        "had not sold. Nadia saved most of it for a bicycle and spent the rest on paperbacks from the market."
    )
    harbour = (
        "Across town, Ruth and Colm, both in their thirties, had slept together for the first time the night "
        "before, and neither of them knew what to say at breakfast. Colm burned the toast. Ruth laughed, and "
        "after that it was easier. They walked down to the harbour and watched the ferries come in."
    )
    filler = (
        "The town was quiet in August. The tourists kept to the beach and the locals kept to the shade, and "
        "the church bell rang the hours for nobody in particular. Gulls argued on the roofs, the ice-cream van "
        "played the same four notes all afternoon, and the tide went out and came back as it always did."
    )
    doc, tags = _tags("\n\n".join([bakery, filler, filler, harbour]))
    assert "Underage Sex" not in _names(tags.archive_warnings)
    assert not any("consider Underage Sex" in e.why for tag in tags.archive_warnings for e in tag.evidence)
    assert tags.rating is not None and tags.rating.tag == "Teen And Up Audiences"
    assert "slept together" in doc.text[tags.rating.evidence[0].start : tags.rating.evidence[0].end]


def test_tags_rape_named_plainly_is_rape_non_con_and_at_least_mature() -> None:
    text = (
        "Two years after the party, Leah still slept with the light on. She had been raped there by a man "
        "she thought was a friend, and she had told no one but her sister.\n\n"
        "On Sunday she finally called the helpline. The woman who answered let her talk for an hour."
    )
    doc, tags = _tags(text)
    warning = next(tag for tag in tags.archive_warnings if tag.tag == "Rape/Non-Con")
    assert "raped" in doc.text[warning.evidence[0].start : warning.evidence[0].end]
    assert "Sexual Assault" in _names(tags.additional)
    assert tags.rating is not None and tags.rating.tag in ("Mature", "Explicit")


def test_tags_an_attempt_is_told_apart_from_thoughts() -> None:
    text = (
        "Last winter Owen tried to kill himself with the pills in his mother's cabinet. His brother found "
        "him in time.\n\nNow they walk the dog together every evening, whatever the weather."
    )
    doc, tags = _tags(text)
    attempt = _additional(tags, "Suicide Attempt")
    assert "tried to kill himself" in doc.text[attempt.evidence[0].start : attempt.evidence[0].end]
    assert tags.rating is not None and tags.rating.tag in ("Mature", "Explicit")


def test_tags_a_bleak_story_that_ends_warm_is_angst_with_a_happy_ending() -> None:
    bleak = [
        "After the divorce Hana was miserable. The flat was lonely and cold, and she cried most nights.",
        "Work was worse. Her manager was cruel, her friends stopped calling, and the grief sat on her chest.",
        "She stopped answering letters. Everything felt hopeless and heavy, and she was afraid of the phone.",
        "Winter dragged on, grey and bitter. She felt sad and ashamed of how small her life had become.",
    ]
    ending = "In spring her sister came to stay. They laughed in the kitchen, happy and warm, and Hana smiled again."
    doc, tags = _tags("\n\n".join([*bleak, ending]))
    assert "Angst" in _names(tags.additional)
    happy = _additional(tags, "Angst with a Happy Ending")
    assert "laughed" in doc.text[happy.evidence[-1].start : happy.evidence[-1].end]
    assert "Fluff" not in _names(tags.additional)


def test_tags_protective_names_the_character() -> None:
    text = (
        "Since the accident Jonah was fiercely protective of his little brother. He walked Eli to school "
        "every morning and waited at the gate every afternoon.\n\nEli pretended to mind."
    )
    doc, tags = _tags(text)
    tag = _additional(tags, "Protective Jonah")
    assert "protective" in doc.text[tag.evidence[0].start : tag.evidence[0].end]
    _doc, plain = _tags("He was protective of the garden and its roses.")
    assert not any(name.startswith("Protective") for name in _names(plain.additional))


def test_diff_with_author_raises_the_consideration() -> None:
    doc, tags = _tags(NEIGHBOUR)
    metadata = {"rating": ["Teen And Up Audiences"], "archive_warnings": ["No Archive Warnings Apply"]}
    lines = diff_with_author(tags, metadata, doc=doc)
    assert any(line.startswith("consider Underage Sex") for line in lines)
    assert not any("we also found Underage Sex" in line for line in lines)


def _cast(*names: str) -> tuple[Character, ...]:
    return tuple(Character(name, (), 5, None, "main") for name in names)


def test_tags_friends_to_lovers_needs_the_same_pair_friends_first() -> None:
    text = (
        "Maya and Theo had been best friends since the first day of primary school.\n\n"
        "They shared a flat in their twenties and argued about whose turn it was to buy milk.\n\n"
        "The night of the flood, Maya kissed Theo on the stairs, and neither of them was surprised."
    )
    doc = ficsense.load(text)
    tags = tag_document(doc, characters=_cast("Maya", "Theo"))
    trope = _additional(tags, "Friends to Lovers")
    quoted = [doc.text[e.start : e.end] for e in trope.evidence]
    assert "best friends" in quoted[0] and "kissed" in quoted[1]
    assert "Friends to Lovers" not in _names(tag_document(doc).additional)


def test_tags_slow_burn_when_romance_comes_late_in_a_long_work() -> None:
    opening = "Iris and Cal were posted to the same lighthouse on the first day of spring."
    day = (
        "Iris logged the weather and trimmed the lamp, and Cal mended nets on the rocks below. They ate "
        "supper at the same table, talked about the boats, and went to their separate rooms at nine. The "
        "keeper's manual said nothing about company, so they kept to the rules and kept the light burning."
    )
    ending = "On the last night of the year Iris kissed Cal by the lamp."
    doc = ficsense.load("\n\n".join([opening, *[day] * 400, ending]))
    tags = tag_document(doc, characters=_cast("Iris", "Cal"))
    trope = _additional(tags, "Slow Burn")
    assert "kissed" in doc.text[trope.evidence[-1].start : trope.evidence[-1].end]


def test_tags_whump_needs_one_character_hurt_in_several_passages() -> None:
    filler = (
        "The days between were quiet. The squad cleaned their kit, wrote letters home and played cards in "
        "the mess until the lights went out, and nobody spoke about what had happened or what would come."
    )
    hurts = [
        "In March a man punched Reyes in the jaw outside the bar and Reyes went down hard.",
        "In June a stranger kicked Reyes in the ribs during the riot, and Reyes could not stand.",
        "In August someone slammed Reyes against the truck and punched him until Reyes was bleeding.",
    ]
    doc = ficsense.load("\n\n".join(part for hurt in hurts for part in (hurt, filler, filler)))
    tags = tag_document(doc, characters=_cast("Reyes"))
    trope = _additional(tags, "Whump")
    assert len(trope.evidence) == 3
    assert all("Reyes" in doc.text[e.start : e.end] for e in trope.evidence)


def test_tags_why_stays_on_one_line_when_a_name_breaks_over_lines() -> None:
    text = (
        "Mrs. Hale ran the inn, and everyone knew Mrs. Hale. Mrs. Hale kept the keys and the accounts.\n"
        "In the spring Mrs.\nHale died in her chair by the fire."
    )
    _doc, tags = _tags(text)
    for tag in _all_tags(tags):
        assert all("\n" not in evidence.why for evidence in tag.evidence)


def test_tags_tiny_and_empty_texts_give_a_general_rating_with_evidence_inside_the_text() -> None:
    for text in ("Hi.", "\n\n\n.\n\n"):
        doc, tags = _tags(text)
        assert tags.rating is not None and tags.rating.tag == "General Audiences"
        assert all(0 <= e.start <= e.end <= len(doc.text) for tag in _all_tags(tags) for e in tag.evidence)
