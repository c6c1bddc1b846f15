"""Forces named in full, with their country, or bare in a document about that country are one unit."""
from __future__ import annotations

from orbat.knowledge.resolve import Resolver
from orbat.refdata import load_reference


def test_branch_names_resolve_to_one_unit() -> None:
    resolver = Resolver(load_reference())
    full = resolver.actor("Azerbaijani Land Forces", "force")
    bare = resolver.actor("Land Forces", "force", "country:AZ")
    of_form = resolver.actor("Land Forces of Azerbaijan", "force")
    assert full is not None and full.id == bare.id == of_form.id == "unit:az:land-forces"
    assert full.name == "Azerbaijani Land Forces"
    assert full.country == "country:AZ"


def test_bare_branch_without_home_country_stays_apart() -> None:
    resolver = Resolver(load_reference())
    navy = resolver.actor("Navy", "force")
    assert navy is not None and navy.id == "unit:navy" and navy.country is None
    other = resolver.actor("Navy", "force", "country:GR")
    assert other is not None and other.id != navy.id


def test_generic_branch_names_are_not_aliases_of_one_country() -> None:
    reference = load_reference()
    for generic in ("Land Forces", "Navy", "Air Force", "Army"):
        assert reference.organisation(generic) is None, generic


def test_state_organ_takes_the_document_country() -> None:
    resolver = Resolver(load_reference())
    ministry = resolver.actor("Ministry of National Defence", "recipient", "country:VN")
    other = resolver.actor("Ministry of National Defence", "recipient", "country:PL")
    assert ministry is not None and other is not None
    assert ministry.country == "country:VN" and other.country == "country:PL" and ministry.id != other.id
    company = resolver.actor("Acme Rotorcraft Works", "supplier", "country:VN")
    assert company is not None and company.country is None
