"""Reference-data records and the controlled vocabularies they use."""
from __future__ import annotations

from dataclasses import dataclass

# ../shared/eval/FACTS.md item_category vocabulary, exactly.
CATEGORIES: tuple[str, ...] = (
    "main battle tank", "armoured personnel carrier", "infantry fighting vehicle", "armoured vehicle",
    "self-propelled artillery", "towed artillery", "multiple rocket launcher", "mortar", "air defence system",
    "surface-to-air missile", "anti-tank weapon", "ballistic missile", "cruise missile", "combat aircraft",
    "trainer aircraft", "transport aircraft", "helicopter", "unmanned aerial vehicle", "loitering munition",
    "satellite", "warship", "patrol craft", "submarine", "radar", "small arms", "ammunition", "other",
)
# re3d entity types a system is recognised as.
KINDS: tuple[str, ...] = ("MilitaryPlatform", "Weapon", "Vehicle")

# Default re3d kind of each category (a row may say otherwise, e.g. a truck is a Vehicle).
CATEGORY_KIND: dict[str, str] = {
    "main battle tank": "MilitaryPlatform", "armoured personnel carrier": "MilitaryPlatform",
    "infantry fighting vehicle": "MilitaryPlatform", "armoured vehicle": "MilitaryPlatform",
    "self-propelled artillery": "Weapon", "towed artillery": "Weapon", "multiple rocket launcher": "Weapon",
    "mortar": "Weapon", "air defence system": "Weapon", "surface-to-air missile": "Weapon",
    "anti-tank weapon": "Weapon", "ballistic missile": "Weapon", "cruise missile": "Weapon",
    "combat aircraft": "MilitaryPlatform", "trainer aircraft": "MilitaryPlatform",
    "transport aircraft": "MilitaryPlatform", "helicopter": "MilitaryPlatform",
    "unmanned aerial vehicle": "MilitaryPlatform", "loitering munition": "Weapon", "satellite": "MilitaryPlatform",
    "warship": "MilitaryPlatform", "patrol craft": "MilitaryPlatform", "submarine": "MilitaryPlatform",
    "radar": "MilitaryPlatform", "small arms": "Weapon", "ammunition": "Weapon", "other": "MilitaryPlatform",
}

ORG_KINDS: tuple[str, ...] = (
    "company", "holding", "state_agency", "export_agency", "ministry", "armed_force", "security_force",
    "intergovernmental", "international", "alliance", "think_tank", "data_source", "media",
    "non_state_armed_group", "political", "other",
)
TITLE_KINDS: tuple[str, ...] = ("rank", "office")
NAME_KINDS: tuple[str, ...] = ("country", "demonym", "capital", "system", "organisation", "title", "rank")


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    name: str  # FACTS.md short name: "Czech Republic", "United States", "Russia"
    names: tuple[str, ...]  # every name variant, the short name first
    demonyms: tuple[str, ...]  # demonyms and adjectives ("Azeri", "Azerbaijani", "Azerbaijanis")
    capital: str | None = None
    metonyms: tuple[str, ...] = ()  # capital-as-government and the like ("Baku", "Kremlin")
    historical: bool = False  # a former state (Soviet Union, Yugoslavia); iso2 is its ISO 3166-3 stem

    @property
    def ref(self) -> str:
        return f"country:{self.iso2}"


@dataclass(frozen=True)
class System:
    id: str
    name: str
    aliases: tuple[str, ...]
    family: str | None  # id of the parent system (S-300PMU2 -> s-300pmu; follow to the root with Reference.family)
    category: str  # one of CATEGORIES
    kind: str  # one of KINDS
    origin: str | None  # ISO2 of the country of origin ("SU" for the Soviet Union)
    manufacturer: str | None
    ambiguous: tuple[str, ...] = ()  # names (name or aliases) that count only with supporting context
    source: str = ""

    @property
    def ref(self) -> str:
        return f"equipment:{self.id}"


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    aliases: tuple[str, ...]
    iso2: str | None
    kind: str  # one of ORG_KINDS
    parent: str | None  # id of the parent organisation
    source: str = ""
    ambiguous: tuple[str, ...] = ()  # names that are also ordinary words or names ("Bell", "Leonardo")

    @property
    def ref(self) -> str:
        return f"org:{self.id}"


@dataclass(frozen=True)
class Title:
    term: str  # the surface form ("Minister of Defence", "Lieutenant General")
    kind: str  # "rank" | "office"
    normalised: str  # the short English form ("Defence Minister", "Lieutenant General")
    abbreviations: tuple[str, ...]  # "Lt. Gen.", "Lt Gen", "LTG"

    @property
    def ref(self) -> str:
        from orbat.refdata.normalise import slug

        return f"title:{slug(self.normalised)}"


@dataclass(frozen=True)
class UnitPattern:
    id: str
    regex: str  # Python regex; {country_adjective}/{country_name} left as placeholders when present
    example: str
    note: str = ""


@dataclass(frozen=True)
class UnitTerm:
    term: str
    type: str  # echelon | arm | honorific
    normalised: str


@dataclass(frozen=True)
class NameEntry:
    text: str
    kind: str  # one of NAME_KINDS
    ref: str  # "country:AZ", "equipment:s-300pmu2", "org:israel-aerospace-industries", "title:defence-minister"
    case_sensitive: bool
    ambiguous: bool  # needs supporting context
