"""Office titles: surface regex -> normalised short English title (gold/FACTS.md conventions).

Order matters: longer and more specific forms first. A `{X}` in the normalised form is filled
with the captured group `x` (a minister's portfolio, for example).
"""
DEF = r"Defen[cs]e"

TITLES: list[tuple[str, str]] = [
    (r"(?:President and (?:CEO|Chief Executive(?: Officer)?))", "President and CEO"),
    (r"(?:[Cc]hairman|[Cc]hairwoman|[Cc]hair) of the (?:Board|Management Board|Board of Directors)", "Chairman of the Board"),
    (rf"Minister of State for {DEF}", "Minister of State for Defence"),
    # A defence secretary (UK, US) keeps the title, in the British spelling like "Defence Minister".
    (rf"{DEF} Secretary|Secretary of {DEF}", "Defence Secretary"),
    (rf"(?:{DEF}|Defense) Minister|Minister of (?:the )?(?:National )?{DEF}|Minister for (?:National )?{DEF}"
     rf"|(?<=(?:[Dd]eputy|[Aa]cting) )(?:minister of (?:national )?defen[cs]e|defen[cs]e minister)", "Defence Minister"),
    (rf"(?:[Dd]efen[cs]e|Defense) [Mm]inister", "Defence Minister"),
    (r"[Ff]oreign [Mm]inister|Foreign Minister|Minister of Foreign Affairs|Minister for Foreign Affairs|Foreign Secretary", "Foreign Minister"),
    (r"Interior Minister|Minister of (?:the )?(?:Interior|Internal Affairs)|Home Secretary", "Interior Minister"),
    (r"Prime Minister|Premier|prime minister", "Prime Minister"),
    (r"[A-Z][a-z]+ Minister(?! of State)", "{X} Minister"),
    (r"Minister of [A-Z][a-z]+", "{X} Minister"),
    (r"Secretary[- ]General", "Secretary-General"),
    (r"Secretary of State", "Secretary of State"),
    (r"Chief of (?:the )?Army Staff|[Cc]hief of (?:the )?[Aa]rmy [Ss]taff", "Chief of Army Staff"),
    (r"Chief of (?:the )?Naval Staff|[Cc]hief of (?:the )?[Nn]aval [Ss]taff", "Chief of Naval Staff"),
    (r"Chief of (?:the )?Air Staff|[Cc]hief of (?:the )?[Aa]ir [Ss]taff", "Chief of Air Staff"),
    (r"Chief of Staff", "Chief of Staff"),
    (r"[Aa]rmy [Cc]hief", "army chief"),
    (r"[Nn]avy [Cc]hief|[Nn]aval [Cc]hief", "navy chief"),
    (r"[Aa]ir [Ff]orce [Cc]hief", "air force chief"),
    (r"[Mm]ilitary [Cc]hief", "military chief"),
    (r"Vice[- ]President", "Vice President"),
    (r"President|(?<=the )president|(?<=first )president|(?<=former )president", "President"),
    (r"Chief of (?:the )?General Staff", "Chief of General Staff"),
    (r"Chief of (?:the )?Defen[cs]e Staff", "Chief of Defence Staff"),
    (r"Chief of (?:the )?Defen[cs]e Forces", "Chief of Defence Forces"),
    (r"Chief of (?:the )?Defen[cs]e(?! Staff)(?! Forces)", "Chief of Defence"),
    (r"Commander[- ]in[- ]Chief", "Commander-in-Chief"),
    (r"(?:Chief Executive Officer|Chief Executive|CEO)", "CEO"),
    (r"[Cc]ommander", "Commander"),
    (r"[Cc]hairman|[Cc]hairwoman|[Cc]hairperson", "Chairman"),
    (r"Senator|Sen\.", "Senator"),
    (r"Congressman|Congresswoman|Representative", "Representative"),
    (r"[Ss]pokes(?:man|woman|person)", "spokesman"),
    (r"[Hh]uman rights ombudsman|[Oo]mbudsman", "human rights ombudsman"),
    (r"[Aa]mbassador", "Ambassador"),
    (r"Chancellor", "Chancellor"),
    (r"King", "King"),
    (r"Emir", "Emir"),
    (r"Crown Prince", "Crown Prince"),
    (r"Governor", "Governor"),
    (r"Mayor", "Mayor"),
    (r"[Hh]ead of (?:the )?(?:[Aa]rmy|[Nn]avy|[Aa]ir [Ff]orce|[Aa]rmed [Ff]orces|[Mm]ilitary|General Staff)", "__HEAD__"),
    (r"Director[- ]General|(?<=[Dd]eputy )director[- ]general|(?<=[Aa]ssistant )director[- ]general", "Director-General"),
    (r"Director", "Director"),
    (r"[Ll]eader", "leader"),
]

# Words that may precede a title and belong to it.
TITLE_PREFIX = r"(?:(?:[Ff]irst |[Ff]ormer |then |the then )?(?:Deputy|Acting|Vice|Assistant|Under|First Deputy|deputy|acting) )?"

# Military ranks and honorifics that may precede a name; they are not part of the name.
RANKS = (
    r"(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?|Colonel|Col\.?|Rear|Vice|Fleet)[- ]?"
    r"(?:General|Gen\.?|Admiral|Adm\.?)?"
    r"|General of the Army|Army General|General|Gen\.|Admiral|Adm\.|Marshal|Captain|Capt\.|Commodore|"
    r"Sergeant|Sgt\.|Dr\.|Mr\.|Mrs\.|Ms\.|Sir|Prof\.|Sheikh|Prince"
)
