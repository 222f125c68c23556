"""The input checks the services run before writing anything (pure functions)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from personabuilder.model.tables import NAME_MAX, TEXT_MAX
from personabuilder.services import validation as v
from personabuilder.services.errors import ValidationError


def test_validation_error_is_a_value_error_naming_its_field() -> None:
    err = ValidationError("bio", "Bio is too long.")
    assert isinstance(err, ValueError)
    assert err.field == "bio"
    assert str(err) == "Bio is too long."


class TestRequiredName:
    def test_returns_the_trimmed_name(self) -> None:
        assert v.required_name("name", "  Ada Lovelace \n", "Name") == "Ada Lovelace"

    @pytest.mark.parametrize("blank", ["", " ", "\t\n  "])
    def test_blank_is_refused_with_the_label(self, blank: str) -> None:
        with pytest.raises(ValidationError) as info:
            v.required_name("name", blank, "Name")
        assert info.value.field == "name"
        assert str(info.value) == "Name is required."

    def test_exactly_the_limit_is_accepted(self) -> None:
        name = "x" * NAME_MAX
        assert v.required_name("name", name, "Name") == name

    def test_one_over_the_limit_is_refused(self) -> None:
        with pytest.raises(ValidationError) as info:
            v.required_name("title", "x" * (NAME_MAX + 1), "Title")
        assert info.value.field == "title"
        assert "Title" in str(info.value)
        assert "201" in str(info.value)
        assert "200" in str(info.value)

    def test_surrounding_blanks_do_not_count_towards_the_limit(self) -> None:
        name = "y" * NAME_MAX
        assert v.required_name("name", f"   {name}   ", "Name") == name

    @settings(max_examples=60, database=None, deadline=None)
    @given(st.text(min_size=0, max_size=NAME_MAX + 20))
    def test_accepts_exactly_the_non_blank_names_within_the_limit(self, raw: str) -> None:
        stripped = raw.strip()
        if stripped and len(stripped) <= NAME_MAX:
            assert v.required_name("name", raw, "Name") == stripped
        else:
            with pytest.raises(ValidationError):
                v.required_name("name", raw, "Name")


class TestBounded:
    def test_default_limit_is_the_long_text_limit(self) -> None:
        text = "b" * TEXT_MAX
        assert v.bounded("bio", text, "Bio") is text

    def test_over_the_default_limit_is_refused_with_readable_numbers(self) -> None:
        with pytest.raises(ValidationError) as info:
            v.bounded("bio", "b" * (TEXT_MAX + 1), "Bio")
        assert info.value.field == "bio"
        assert str(info.value) == "Bio is 20,001 characters long; the limit is 20,000."

    def test_explicit_limit(self) -> None:
        assert v.bounded("job_title", "abc", "Job title", 3) == "abc"
        with pytest.raises(ValidationError):
            v.bounded("job_title", "abcd", "Job title", 3)

    def test_does_not_trim_or_change_the_value(self) -> None:
        assert v.bounded("quote", "  spaced  ", "Quote") == "  spaced  "

    def test_empty_text_is_fine(self) -> None:
        assert v.bounded("bio", "", "Bio") == ""


class TestScore:
    @pytest.mark.parametrize("value", [1, 2, 3, 4, 5])
    def test_values_in_range_pass(self, value: int) -> None:
        assert v.score("tech_savviness", value, "Tech savviness", 1, 5) == value

    @pytest.mark.parametrize("value", [0, 6, -1, 100])
    def test_values_out_of_range_are_refused(self, value: int) -> None:
        with pytest.raises(ValidationError) as info:
            v.score("tech_savviness", value, "Tech savviness", 1, 5)
        assert info.value.field == "tech_savviness"
        assert str(info.value) == "Tech savviness must be a whole number from 1 to 5."

    @pytest.mark.parametrize("value", [True, False, 3.0, "3", None])
    def test_non_integers_are_refused(self, value: object) -> None:
        with pytest.raises(ValidationError):
            v.score("influence", value, "Influence", 0, 5)  # type: ignore[arg-type]

    @pytest.mark.parametrize("value", [-2, -1, 0, 1, 2])
    def test_negative_ranges(self, value: int) -> None:
        assert v.score("emotions", value, "Emotion score", -2, 2) == value

    @pytest.mark.parametrize("value", [-3, 3])
    def test_negative_range_bounds(self, value: int) -> None:
        with pytest.raises(ValidationError):
            v.score("emotions", value, "Emotion score", -2, 2)


class TestTextList:
    def test_trims_and_drops_blank_entries(self) -> None:
        assert v.text_list("goals", ["  grow ", "", "   ", "ship"], "Goals") == ["grow", "ship"]

    def test_accepts_a_tuple_and_returns_a_list(self) -> None:
        result = v.text_list("tags", ("a", "b"), "Tags")
        assert result == ["a", "b"]
        assert isinstance(result, list)

    def test_empty(self) -> None:
        assert v.text_list("tags", (), "Tags") == []

    def test_the_maximum_number_of_entries_is_accepted(self) -> None:
        entries = [f"item {i}" for i in range(v.LIST_ITEMS_MAX)]
        assert v.text_list("tools", entries, "Tools") == entries

    def test_too_many_entries_are_refused(self) -> None:
        entries = [f"item {i}" for i in range(v.LIST_ITEMS_MAX + 1)]
        with pytest.raises(ValidationError) as info:
            v.text_list("tools", entries, "Tools")
        assert info.value.field == "tools"
        assert "Tools" in str(info.value)

    def test_each_entry_is_bounded(self) -> None:
        limit = NAME_MAX * 5
        assert v.text_list("goals", ["g" * limit], "Goals") == ["g" * limit]
        with pytest.raises(ValidationError) as info:
            v.text_list("goals", ["fine", "g" * (limit + 1)], "Goals")
        assert info.value.field == "goals"
