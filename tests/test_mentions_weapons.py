"""Weapon spans and the Weapon / MilitaryPlatform / Vehicle split, on sentences written for these tests."""
from __future__ import annotations

import pytest

from orbat.mentions import recognise
from orbat.offsets import OffsetMap
from orbat.records import Document
from orbat.refdata import load_reference


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _found(text: str, reference) -> dict[str, str]:
    doc = Document(key="k", source="test", raw_text=text, clean_text=text, offsets=OffsetMap.identity(len(text)))
    return {m.text: m.type for m in recognise(doc, reference)}


def test_weapon_noun_phrase_takes_determiner_and_descriptive_premodifiers(reference):
    found = _found("The strike destroyed a heavy machine gun and an IED; other military hardware was seized. "
                   "Ground-based artillery fired at 120mm mortar shells.", reference)
    assert found.get("a heavy machine gun") == "Weapon"
    assert found.get("an IED") == "Weapon"
    assert found.get("other military hardware") == "Weapon"
    assert found.get("Ground-based artillery") == "Weapon"
    assert found.get("120mm mortar shells") == "Weapon"


def test_owners_and_counts_stay_out_of_a_weapon_span(reference):
    found = _found("Coalition forces destroyed ISIL heavy weapons, four enemy mortar systems and "
                   "two artillery systems.", reference)
    assert found.get("heavy weapons") == "Weapon"
    assert found.get("mortar") == "Weapon"  # "systems" only counts a count noun
    assert found.get("artillery systems") == "Weapon"  # ... but makes a mass noun countable
    assert found.get("four") == "Quantity"


def test_weapon_that_modifies_a_noun_leaves_the_article_to_it(reference):
    found = _found("He died in an improvised explosive device blast.", reference)
    assert found.get("improvised explosive device") == "Weapon"


def test_class_words_inside_compound_adjectives_do_not_match(reference):
    found = _found("Fighters used anti-tank guided missiles and shoulder-fired missiles.", reference)
    assert found.get("anti-tank guided missiles") == "Weapon"
    assert found.get("shoulder-fired missiles") == "Weapon"
    assert "tank" not in found


def test_catalogue_and_class_words_decide_weapon_or_platform(reference):
    found = _found("The militants carried AK-47 rifles and an AK-47; the army deployed S-300 air defence "
                   "systems and Leopard 2A6 tanks.", reference)
    assert found.get("AK-47 rifles") == "Weapon"
    assert found.get("an AK-47") == "Weapon"  # a catalogue designation alone takes its kind
    assert any(t == "Weapon" and "S-300" in s for s, t in found.items())
    assert found.get("Leopard 2A6 tanks") == "MilitaryPlatform"


def test_weapon_vocabulary(reference):
    found = _found("Police seized pistols, a roadside bomb, hand grenades and chlorine gas. "
                   "A suicide bomber detonated an explosive belt.", reference)
    for phrase in ("pistols", "a roadside bomb", "hand grenades", "chlorine gas", "an explosive belt"):
        assert found.get(phrase) == "Weapon", phrase
    assert found.get("A suicide bomber") == "Person"
    assert "bomber" not in found


def test_class_word_before_another_is_a_modifier(reference):
    found = _found("He condemned the car bomb attacks and the drone boats.", reference)
    assert "car" not in found and "the car" not in found
    assert found.get("the drone boats") == "MilitaryPlatform"
