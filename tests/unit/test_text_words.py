"""Lines break between words at breaking spaces only: a no-break space holds its neighbours
together on one line, in the poster's measure and in what we draw ourselves (map images,
small charts), as WeasyPrint holds them in print."""

import random
import unicodedata

import pytest

from personabuilder.export import map_image, trend_svg
from personabuilder.export.measure import words

# As the French write amounts, percentages and quotes, and a narrow no-break space.
HELD = ("12\u00a0500\u00a0€", "21,4\u00a0%", "«\u00a0essai\u00a0»", "10\u202f000", "n°\u00a03")
FREE = ("budget", "par", "siège", "trimestriel", "renouvellement", "le", "de", "Kunde")


def test_words_split_at_breaking_spaces_only() -> None:
    assert words(" a\tb \n c\u2003d  ") == ["a", "b", "c", "d"]
    assert words("coût 12\u00a0500\u00a0€ ; «\u00a0oui\u00a0»") == [
        "coût",
        "12\u00a0500\u00a0€",
        ";",
        "«\u00a0oui\u00a0»",
    ]


@pytest.mark.parametrize("seed", range(20))
def test_what_we_draw_never_breaks_at_a_no_break_space(seed: int) -> None:
    rng = random.Random(seed)
    text = " ".join(rng.choice(HELD + FREE) for _ in range(rng.randint(3, 18)))
    width = rng.uniform(60.0, 240.0)
    for lines in (
        map_image.wrap(text, width, 9.0),
        trend_svg._wrap(text, width, 9.0),
    ):
        for line in lines:
            assert not line.startswith(("500", "€", "%", "essai", "»", "000", "3"))
        # Every letter drawn, in order (a word wider than the line breaks between letters).
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def _pango(text: str) -> tuple[list[int], tuple[int, int] | None]:
    """Where Pango may break a line inside ``text``, and its first word."""
    from weasyprint.text.line_break import get_log_attrs

    attrs = get_log_attrs(text, "en")
    breaks = [i for i in range(1, len(text)) if attrs[i].is_line_break]
    first = 0
    for index in range(len(text) + 1):
        if attrs[index].is_word_end:
            return breaks, (first, index)
        if attrs[index].is_word_boundary:
            first = index
    return breaks, None


# Letters and digits of the alphabets whose words the measure reads without asking Pango.
ALPHABETS = "".join(
    ch
    for ch in map(chr, range(0x30, 0x530))
    if ch.isdecimal() or unicodedata.category(ch) in ("Lu", "Ll", "Lt")
)


@pytest.mark.parametrize("seed", range(10))
def test_words_of_letters_and_digits_are_read_as_pango_reads_them(seed: int) -> None:
    # Superscripts, fractions and modifier letters ("²", "½", "ˈ") are not among them.
    from personabuilder.export import measure

    rng = random.Random(seed)
    for _ in range(60):
        text = "".join(rng.choice(ALPHABETS) for _ in range(rng.randint(2, 40)))
        assert measure._plain(text)
        assert not measure._plain(text + rng.choice("²½ˈ'-/.,·"))
        assert (measure._line_breaks(text, "en"), measure._next_word(text, "en")) == _pango(text)
