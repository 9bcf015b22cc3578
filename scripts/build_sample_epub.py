"""Write samples/tide_and_ember.epub, a short original story, with the EPUB builder the tests use.

Run from anywhere: `python scripts/build_sample_epub.py`. The output is byte-for-byte reproducible, so a
rebuilt sample only shows up in `git status` when this script changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The builder lives with the tests so that tests and sample share one layout; make it importable here.
sys.path.insert(0, str(REPO))

from tests.helpers.epub import make_epub  # noqa: E402

OUTPUT = REPO / "samples" / "tide_and_ember.epub"

TITLE = "Tide and Ember"
AUTHOR = "saltlamp"
SUBJECTS = [
    "The Ninefold Isles",
    "Iselle Marrow/Corin Vask",
    "Iselle Marrow",
    "Corin Vask",
    "Lighthouses",
    "Storms",
    "Hurt/Comfort",
]
DESCRIPTION = "<p>A storm, a dead lamp, and a keeper who refuses to leave her tower.</p>"

PREFACE = """<div id="preface">
  <div class="meta">
    <dl class="tags">
      <dt>Rating:</dt><dd><a href="#">General Audiences</a></dd>
      <dt>Archive Warning:</dt><dd><a href="#">No Archive Warnings Apply</a></dd>
      <dt>Category:</dt><dd><a href="#">F/M</a></dd>
      <dt>Fandom:</dt><dd><a href="#">The Ninefold Isles</a></dd>
      <dt>Relationship:</dt><dd><a href="#">Iselle Marrow/Corin Vask</a></dd>
      <dt>Characters:</dt><dd><a href="#">Iselle Marrow</a>, <a href="#">Corin Vask</a></dd>
      <dt>Additional Tags:</dt><dd><a href="#">Lighthouses</a>, <a href="#">Storms</a>,
        <a href="#">Hurt/Comfort</a></dd>
      <dt>Language:</dt><dd>English</dd>
      <dt>Stats:</dt><dd>Published: 2024-05-11 Words: 266 Chapters: 2/2</dd>
    </dl>
    <h1>Tide and Ember</h1>
    <div class="byline">by <a rel="author" href="#">saltlamp</a></div>
    <p>Summary</p>
    <blockquote class="userstuff"><p>A storm, a dead lamp, and a keeper who refuses to leave her tower.</p></blockquote>
    <p>Notes</p>
    <blockquote class="userstuff"><p>A small story about a big storm. All characters are adults.</p></blockquote>
  </div>
</div>"""

CHAPTER_ONE = """<p>The storm came in sideways off the Ninth Reach, and by the second bell the great lamp of
Skerry Light had guttered and gone out.</p>
<p>Iselle Marrow climbed the last turn of the stair with a tinderbox in her teeth and a can of oil in each hand.
Rain hammered the glass. Below her the sea heaved against the rocks like something that wanted in.</p>
<p>“You can’t light it in this,” Corin shouted up the stairwell. “The wick’s drowned.”</p>
<p>“Then I’ll dry it.”</p>
<p>“Iselle, there’s a boat out past the bar. If we don’t signal them they’ll come in blind.”</p>
<p>“I know,” she said. “That’s why I’m up here.”</p>
<hr/>
<p>It took eleven matches. Her fingers were numb and bleeding at the knuckles by the time the new wick caught, a
small blue bead of flame that wavered, shrank, and then, slowly, climbed.</p>"""

CHAPTER_TWO = """<p>The boat came in at dawn, low in the water and battered but whole. Six fishers climbed out onto
the jetty and stood in the grey light staring up at the tower as if it had spoken to them.</p>
<p>Corin found Iselle asleep against the lamp housing, soot on her face and oil to the elbows.</p>
<p>“They made it,” he said, crouching beside her. “All six.”</p>
<p>She opened one eye. “Told you I’d dry it.”</p>
<p>“You did.” He wrapped her torn hands in a clean cloth, gently, one finger at a time. “Next storm, you let me
carry the oil.”</p>
<p>“Next storm,” Iselle said, “you carry the matches too.”</p>
<p>Outside, the sea had gone flat and silver, and the gulls were already coming back.</p>"""

CHAPTERS = [
    ("Chapter 1: The Dead Lamp", CHAPTER_ONE),
    ("Chapter 2: Morning Tide", CHAPTER_TWO),
]


def build() -> bytes:
    """The sample EPUB's bytes."""
    return make_epub(
        CHAPTERS, title=TITLE, author=AUTHOR, subjects=SUBJECTS, description=DESCRIPTION, preface_html=PREFACE
    )


def main() -> None:
    """Write the sample into samples/."""
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(build())
    sys.stdout.write(f"wrote {OUTPUT.relative_to(REPO)} ({OUTPUT.stat().st_size} bytes)\n")


if __name__ == "__main__":
    main()
