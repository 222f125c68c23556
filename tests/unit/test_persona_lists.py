"""Persona lists: two plain columns when they fit their page, CSS columns when they may not."""

from personabuilder.export import context as ctx


def _section(key: str, entries: int, length: int = 30) -> dict[str, object]:
    return {"key": key, "title": key.title(), "entries": ["x" * length] * entries}


def test_the_two_columns_keep_reading_order_and_share_the_height() -> None:
    sections = [_section(k, n) for k, n in (("goals", 6), ("pains", 5), ("motivations", 4))]
    left, right = ctx._two_columns(sections)
    assert left + right == sections
    heights = [sum(ctx._section_lines(s) for s in column) for column in (left, right)]
    assert abs(heights[0] - heights[1]) <= max(ctx._section_lines(s) for s in sections)


def test_a_single_list_stays_in_the_first_column() -> None:
    only = [_section("goals", 3)]
    assert ctx._two_columns(only) == [only, []]
    assert ctx._two_columns([]) == [[], []]


def test_lists_that_fit_are_split_and_long_ones_flow() -> None:
    short = [_section("goals", 5), _section("pains", 5)]
    assert ctx._lists_layout("A short biography.", short) == "split"
    long_lists = [_section("goals", 40, 80), _section("pains", 30)]
    assert ctx._lists_layout("", long_lists) == "flow"
    long_bio = "\n\n".join(["word " * 150] * 6)
    assert ctx._lists_layout(long_bio, short) == "flow"
