"""Closed word lists and word-shape tests shared by the recognisers."""
from __future__ import annotations

import re

DETERMINERS = {"the", "a", "an", "this", "these", "those", "our", "their", "its", "his", "her", "all",
               "other", "another", "some", "my", "your"}
# Words that end a noun phrase's left edge without being part of it ("each [unit]", "both [tactical units]").
NOT_DETERMINERS = {"each", "every", "any", "both", "that", "either", "neither"}
# Adjectives that are part of a class noun phrase in defence texts ("Iraqi security forces").
MODIFIERS = {
    "security", "military", "local", "enemy", "partner", "opposition", "moderate", "tactical", "heavy", "single",
    "lone", "suicide", "large", "small", "foreign", "international", "global", "regional", "terrorist", "armed",
    "special", "government", "regime", "rebel", "militant", "insurgent", "allied", "coalition", "naval", "air",
    "ground", "land", "maritime", "combat", "counter-isil", "counter-daesh", "counter-terrorism", "civilian",
    "multinational", "multi-national", "wider", "entire", "remaining", "additional", "new", "modern", "advanced",
    "precision", "guided", "unguided", "improvised", "homemade", "anti-aircraft", "anti-tank", "armored",
    "armoured", "chemical", "ballistic", "nuclear", "conventional", "deployed", "joint", "friendly", "hostile",
    "syrian-led", "u.s.-led", "us-led", "russian-backed", "iranian-backed", "pro-government", "pro-regime",
    "anti-government", "kurdish", "arab", "sunni", "shia", "shiite", "islamist", "jihadist", "extremist", "violent",
    "key", "senior", "several", "multiple", "numerous", "various", "unmanned", "manned", "heavy-lift",
    # nouns that name the use of a site ("a VBIED staging facility", "UAV construction facilities")
    "staging", "storage", "construction", "production", "training", "launch", "supply", "command", "weapons",
    "ammunition", "oil", "bus", "repeater", "headquarters", "logistics",
}
ORG_HEADS = {
    "Command", "Forces", "Force", "Coalition", "Department", "Ministry", "Council", "Committee", "Group", "Fund",
    "Agency", "Office", "Army", "Navy", "Guard", "Wing", "Squadron", "Regiment", "Battalion", "Brigade",
    "Division", "Corps", "Fleet", "Company", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Union",
    "Organization", "Organisation", "Bank", "Party", "Movement", "Front", "Nations", "Program", "Programme",
    "Board", "Commission", "Government", "Administration", "Service", "Services", "Institute", "Center", "Centre",
    "Association", "Alliance", "Authority", "Team", "Battery", "Component", "Staff", "Directorate", "Police",
    "Assembly", "Parliament", "Senate", "Congress", "Court", "Tribunal", "University", "Foundation", "Network",
    "Conference", "Branch", "Reserve", "Industries", "Airlines", "Marines", "Troops", "Brigades", "Battalions",
    "Militia", "Militias", "Mobilization", "Cabinet", "Secretariat", "Embassy", "Consulate", "Mission",
    "Guards", "Gendarmerie", "Academy", "Bureau", "Unit", "Units", "Dialogue", "Society", "Federation",
    "Holding", "Holdings", "Systems", "Technologies", "Aerospace", "Dynamics", "Shipyard", "Works", "Plant",
    "Group's", "Peshmerga", "Legion", "Detachment", "Element", "Flotilla", "Task",
}
STOP_CAPS = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "For", "With", "By", "As",
    "But", "And", "Or", "If", "When", "While", "After", "Before", "Since", "During", "Today", "Yesterday",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms",
    "Our", "We", "They", "He", "She", "I", "There", "Here", "All", "Some", "Many", "Each", "Both", "Also",
    "According", "However", "Although", "Meanwhile", "Additionally", "Further", "Furthermore", "Following",
    "To", "From", "Of", "Under", "Over", "Through", "Throughout", "Those", "His", "Her", "Their", "My", "Your",
    "Who", "What", "Where", "Why", "How", "Not", "No", "Yes", "Thanksgiving", "Christmas", "New", "Year",
    "Read", "Click", "See", "Photo", "Video", "Related", "Note", "Editor", "Update", "Updated", "Please",
    "Follow", "Share", "Subscribe", "More", "Latest", "News", "Release", "Statement", "Press", "Briefing",
    "Operation", "Strike", "Strikes", "Near", "Inside", "Outside", "Near", "Every", "One", "Two", "Three",
    "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second", "Third", "Last", "Next",
}
CALENDAR = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
            "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
NAME_CONNECT = {"of", "the", "for", "de", "da", "du", "al", "bin", "ibn", "von", "van", "der", "del", "&"}
OFFICE_HEADS = {"Commander", "Director", "Secretary", "Minister", "Chairman", "Chief", "Spokesman", "Spokesperson",
                "President", "Ambassador", "Envoy", "Advisor", "Adviser", "Representative", "Governor", "Mayor",
                "Commissioner", "Officer"}
ADJECTIVE = re.compile(r"[a-z][a-z-]{2,}(?:al|ous|ic|ive|ent|ant|ary|ian|ful|ese|ish)")
NOT_ADJECTIVES = {"against", "want", "meant", "sent", "went", "spent", "present", "event", "want", "tant",
                  "until", "ent", "cent", "percent", "urgent", "moment", "government", "recent", "current",
                  "different", "relevant", "significant", "important", "represent", "prevent", "arrival",
                  "approval", "proposal", "removal", "survival", "withdrawal", "general", "several", "total"}
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_ROMAN = re.compile(r"[IVXLC]+")  # compiled once: is_acronym runs for most tokens


def is_cap(w: str) -> bool:
    return bool(w) and w[0].isupper() and any(c.isalpha() for c in w)


def is_acronym(w: str) -> bool:
    core = w.replace("-", "").replace(".", "").replace("&", "")
    letters = sum(c.isupper() for c in core)
    return 2 <= len(core) <= 9 and letters >= 2 and core.isalnum() and all(c.isupper() or c.isdigit() for c in core) \
        and not _ROMAN.fullmatch(core)
