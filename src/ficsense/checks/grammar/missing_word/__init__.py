"""grammar.missing_word — a word dropped in revision where the grammar is clearly broken.

Each shape is a context edited English never produces, one module per kind of word lost:

- `subject`: "when noticed the door", "while went to", "until gets bored", "the ugliest bike have ever seen";
- `article`: "leaned against door", "like proper knight", "all of sudden", "There's hole in", "and I dropped
  bag.", "like kettle on the boil";
- `the`: "for rest of the week", "was same as ever", "one of best", "rubbed back of his neck";
- `of`: "in the back his throat", "in front the shop", "one them", "most the night", "a lot people";
- `to`: "didn't want look at", "wants you come", "hard enough drop", "in order get", "no idea what do",
  "to run catch up";
- `auxiliary`: "She sitting in the chair", "I should known", "she'll fine", "what he doing", "they made of
  iron", "going to okay", "and she out of breath";
- `possessive`: "shook head", "I bumped head on", "made way to", "behind ears";
- `preposition`: "slapped me the back", "what's wrong you";
- `conjunction`: "yelped nearly dropped it", "had saluted Ana walked off", "her pocket slaps it down";
- `verb`: "she couldn't the mallet", "looked at like I was mad", "spoke said".

Word classes come from the UD treebanks (ficsense.checks.word_classes); the bare-verb shapes also need the
pair (say "want look") to be absent from the language model's common pairs, so that "want help" and "going
home" stay quiet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ficsense.checks.context import Context
from ficsense.checks.grammar.missing_word import (
    article,
    auxiliary,
    conjunction,
    of,
    possessive,
    preposition,
    subject,
    the,
    to,
    verb,
)
from ficsense.checks.rule import Example, Hit, Rule

# In this order: where two shapes flag the same span, the first one's message and fix are kept.
SHAPES: tuple[Callable[[Context], Iterator[Hit]], ...] = (
    subject.dropped_subject_before_past,
    article.dropped_article_before_household_noun,
    verb.dropped_object_after_at,
    verb.doubled_speech_verb,
    to.dropped_to,
    to.dropped_to_in_phrases,
    auxiliary.dropped_auxiliary,
    verb.dropped_verb,
    the.dropped_the_before_part_noun,
    of.dropped_of_after_part_noun,
    article.dropped_article_in_comparison,
    the.dropped_the_before_same,
    subject.dropped_subject,
    auxiliary.dropped_have_or_be,
    of.dropped_of_after_quantity,
    article.dropped_article_in_idiom,
    the.dropped_the_before_superlative,
    of.dropped_of_after_lot,
    possessive.dropped_possessive_before_body_part,
    conjunction.dropped_and_between_verbs,
    subject.dropped_relative_subject,
    auxiliary.dropped_auxiliary_after_wh,
    article.dropped_article_after_there,
    auxiliary.dropped_passive_be,
    auxiliary.dropped_be_after_going_to,
    possessive.dropped_possessive_before_way,
    preposition.dropped_with_after_wrong,
    the.dropped_the_before_body_region,
    conjunction.dropped_and_before_second_verb,
    preposition.dropped_preposition_before_struck_part,
    article.dropped_article_after_past_verb,
    possessive.dropped_article_before_plural_part,
    article.dropped_article_in_simile,
    auxiliary.dropped_be_before_place,
    conjunction.dropped_and_after_named_object,
    to.dropped_to_between_verbs,
)


def find(ctx: Context) -> Iterator[Hit]:
    """Every shape's findings, in the order of `SHAPES`."""
    for shape in SHAPES:
        yield from shape(ctx)


RULE = Rule(
    id="grammar.missing_word",
    category="grammar",
    description='A dropped subject, article, auxiliary, verb, "to" or "of".',
    find=find,
    bad=(
        Example("She froze when noticed the door was open."),
        Example("He leaned against door.", "He leaned against the door."),
        Example("Jo finally spoke said nothing."),
        Example("She sat on bed, crying.", "She sat on the bed, crying."),
        Example("He looked at like I was mad."),
        Example("There was a box I didn't want look at.", "There was a box I didn't want to look at."),
        Example("I only wanted you have a choice.", "I only wanted you to have a choice."),
        Example("He laughed hard enough drop his cup.", "He laughed hard enough to drop his cup."),
        Example("He sitting on the step when I came.", "He was sitting on the step when I came."),
        Example("I knew she couldn't the answer."),
        Example("You'll be sorry for rest of the week.", "You'll be sorry for the rest of the week."),
        Example("A laugh caught in the back her throat.", "A laugh caught in the back of her throat."),
        Example("You look like proper knight.", "You look like a proper knight."),
        Example("It was first time she had lied.", "It was the first time she had lied."),
        Example("Tom stays until gets bored."),
        Example("When lift the lid, you hear it hum.", "When you lift the lid, you hear it hum."),
        Example("I should known better.", "I should have known better."),
        Example("Don't worry, she'll fine.", "Don't worry, she'll be fine."),
        Example("One them was limping.", "One of them was limping."),
        Example("All of sudden the lamp went out.", "All of a sudden the lamp went out."),
        Example("He took deep breath.", "He took a deep breath."),
        Example("I need go home.", "I need to go home."),
        Example("He lied in order get in.", "He lied in order to get in."),
        Example("I had no idea what do.", "I had no idea what to do."),
        Example("It was one of best nights.", "It was one of the best nights."),
        Example("There were a lot people.", "There were a lot of people."),
        Example("They laughed at same time.", "They laughed at the same time."),
        Example("He ran like idiot.", "He ran like an idiot."),
        Example("For first time, she smiled.", "For the first time, she smiled."),
        Example("We walked all way home.", "We walked all the way home."),
        Example("She shook head.", "She shook her head."),
        Example("Pip yelped nearly dropped it.", "Pip yelped and nearly dropped it."),
        Example("It's the ugliest bike have ever seen.", "It's the ugliest bike I have ever seen."),
        Example("He forgot what he doing.", "He forgot what he was doing."),
        Example("They stood in the middle the road.", "They stood in the middle of the road."),
        Example("About forty them came.", "About forty of them came."),
        Example("I slept most the day.", "I slept most of the day."),
        Example("She didn't know what say.", "She didn't know what to say."),
        Example("He stopped. There's hole in the tank.", "He stopped. There's a hole in the tank."),
        Example("Men who thought they made of iron fell.", "Men who thought they were made of iron fell."),
        Example("Hey, it's going to okay.", "Hey, it's going to be okay."),
        Example("He waited in front the shop.", "He waited in front of the shop."),
        Example("She made way to the door.", "She made her way to the door."),
        Example("What's wrong you?", "What's wrong with you?"),
        Example("He rubbed back of his neck.", "He rubbed the back of his neck."),
        Example("She slammed him against locker.", "She slammed him against the locker."),
        Example(
            "She digs a coin out of her pocket slaps it down.", "She digs a coin out of her pocket and slaps it down."
        ),
        Example("He wants you come home.", "He wants you to come home."),
        Example("She did not seem notice.", "She did not seem to notice."),
        Example("You have to run catch up.", "You have to run to catch up."),
        Example("I bumped head on the shelf.", "I bumped my head on the shelf."),
        Example("Jo slapped me the back.", "Jo slapped me on the back."),
        Example("And then I dropped bag.", "And then I dropped the bag."),
        Example("She scratched Rex behind ears.", "She scratched Rex behind the ears."),
        Example("It hissed like kettle on a stove.", "It hissed like a kettle on a stove."),
        Example("She ran, and she out of breath.", "She ran, and she was out of breath."),
        Example("They had greeted Ana walked on.", "They had greeted Ana and walked on."),
        Example("I'm ready go.", "I'm ready to go."),
    ),
    good=(
        "It was the size of a walk-in closet, and as warm as a drive-in car.",
        "She froze when she noticed the door was open.",
        "He leaned against the door.",
        "Jo finally spoke and said nothing.",
        "When asked, she smiled.",
        "He stayed in bed. They sat at table. She lived on floor three.",
        "He looked at me like I was mad.",
        "She didn't want to look. Let him go; he made her laugh.",
        "I expect you know the way. Sure enough the door opened.",
        'She, sitting by the fire, smiled. Being late, he ran. "You sitting with us?"',
        "Didn't the doctor say so? I haven't the faintest idea.",
        "She stood in front of the house on top of the hill. In the end his nerve failed.",
        "They looked like proper knights. It was the same. It was first light.",
        "When does the train go? Because trust me, the ending is worth it.",
        "It can't last. They would separate. You'd better go.",
        "She waited for while he slept. It was as sudden as rain. Minute after minute, it passed.",
        "Stories began to surface of his temper. Garak's first time.",
        "You need have no fear. All you need do is ask. He knew what rent to ask.",
        "I spent most of last week there. It helped a lot lately.",
        "I like baby animals. Like father, like son. I was on my way to school.",
        "They shook hands. She sat with folded arms. They stood shoulder to shoulder.",
        "He seemed nearly finished. The first use she made of it. What are they made of?",
        "What you doing? In the middle the kids played. She sat in the back the whole ride.",
        "There was blood on the floor. There's room for one. At most the size of a coin.",
        "He takes the cup the girl gives him. She says his brother owns it. She grabs it and slaps it down.",
        "He wanted you gone. He did not seem tired. Go get him. Try to be calm. She fell head over heels.",
        "She gave him the finger. He looked grave. It felt like home. She was out of breath and he out of sorts.",
        "A man named Tom looked at me. I never laid eyes on him. She crawled on hands and knees.",
    ),
)
