"""Per-language word lists of question analysis, as data.

Cues are written accent-folded and lower-case (``communs.core.text.fold``), with German transliterations folded too
(ü/ue -> u, ö/oe -> o, ä/ae -> a, ß -> ss), and match at the start of a word: ``briefwahl`` also matches
``Briefwahlunterlagen``. A cue of several words matches those words in sequence.
"""

from __future__ import annotations

# fmt: off
# Function and question words removed from topic words (on top of communs.core.text's stop words).
STOPWORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "a au aux avait avec c ce ces cet cette chaque comment compare comparer concernant d dans de des "
        "differe difference differences different dire disent dit du elle elles en entre est et etre eux "
        "fait faut font il ils j je l la le les leur leurs lui m ma mes moi mon n ne ni nos notre nous "
        "on ont ou par parti partis pas pense pensent peut peux position positions pour programme "
        "programmes propos propose proposent qu quand que quel quelle quelles quels qui quoi s sa se "
        "selon sera seront ses son sont sujet sur t ta te tes theme toi ton tous tout toutes tu un une "
        "veulent veut vos votre vous y"
        # the asker's modal and auxiliary verbs ("puis-je voter si je suis...")
        " puis peux pouvez pouvons dois doit devez devons doivent suis es sommes etes ai as avons avez vais va"
        " allez veux voudrais"
        # what the asker needs and where the asker lives ("de quoi ai-je besoin", "j'habite à ...")
        " besoin habite"
        .split()
    ),
    "de": frozenset(
        "aber alle am an ans auch auf aus bei beim bitte daruber das dass davon dazu dem den denken "
        "denkt denn der des die du durch eigentlich ein eine einem einen einer eines er es fur gegen "
        "genau haben hat hier ich ihr ihre ihrem ihren im in ins ist jede jeder jedes kann konnen man "
        "meinen meint mit nach nicht noch nur oder ohne partei parteien position positionen programm "
        "programme sagen sagt sein seine seit sich sie sind so soll sollen sollte stehen steht thema "
        "themen uber und unter unterscheiden unterscheidet unterschied unterschiede vergleich "
        "vergleichen vom von vor wann war waren warum was welche welchen welcher welches wem wen wenn "
        "wer werden wie will wir wird wo wollen zu zum zur"
        # the asker's modal and auxiliary verbs ("darf ich als ... wählen?")
        " darf darfst durfen muss musst mussen kannst konnte bin bist habe hast als mir mich mochte per"
        # what the asker needs and where the asker lives ("was brauche ich", "ich wohne in ...")
        " brauche brauchst braucht brauchen benotige benotigt wohne"
        .split()
    ),
    "en": frozenset(
        "a about all an and are as at be been being between but by can compare could did differ "
        "difference differences differs do does doing each every for from he her here his how i if in "
        "into is issue it its manifesto may me might must my no not of on or our parties party please "
        "position positions program programme programmes propose proposed proposes regarding said say "
        "says shall she should stance tell than that the their them then there these they think thinks "
        "this those to topic us view views want wants was we were what when where which who whom whose "
        "why will with would you your"
        # the asker's modal and auxiliary verbs ("am I allowed to...")
        " am may must im me allowed"
        # what the asker needs and where the asker lives ("what do I need", "I live in ...")
        " need needs live living"
        .split()
    ),
}

# Words that make a question a comparison between parties.
COMPARISON_CUES: dict[str, tuple[str, ...]] = {
    "fr": (
        "differe", "difference", "compar", "chaque parti", "tous les partis", "les partis", "quels partis",
        "quel parti propose", "quels sont les partis", "positions des partis", "d'un parti a l'autre",
        "entre les partis",
    ),
    "de": (
        "unterscheid", "unterschied", "vergleich", "jede partei", "jeder partei", "alle parteien",
        "die parteien", "welche parteien", "welche partei", "positionen der parteien",
        "zwischen den parteien",
    ),
    "en": (
        "differ", "difference", "compare", "comparison", "each party", "every party", "all parties",
        "all the parties", "the parties", "which parties", "which party", "what do parties",
        "parties' positions", "versus", "vs",
    ),
}

# Comparison cues that only say "difference" (not "the parties"): they also occur in questions about the electoral
# system ("difference between first and second vote"), where the official cue wins.
DIFFERENCE_CUES = frozenset((
    "compar", "compare", "comparison", "differ", "differe", "difference", "unterscheid", "unterschied",
    "vergleich", "versus", "vs",
))

# How to vote: registration, postal and proxy votes, polling stations, identity documents.
PROCEDURE_CUES: dict[str, tuple[str, ...]] = {
    "fr": (
        "vote par correspondance", "procuration", "bureau de vote", "bureaux de vote", "inscri",
        "liste electorale", "listes electorales", "carte electorale", "carte d'electeur", "piece d'identite",
        "carte d'identite", "passeport", "justificatif", "comment voter", "ou voter", "comment vote", "urne",
        "isoloir", "bulletin", "emargement", "vote blanc", "vote nul", "mairie", "voter a l'etranger",
        "consulat", "electeur", "demenage", "vote electronique", "machine a voter",
        # who may vote, asked as such (not "droit de vote des étrangers", a programme topic)
        "puis-je voter", "est-ce que je peux voter", "je peux voter", "qui peut voter", "peut-on voter",
        "ai-je le droit", "a-t-on le droit", "avoir le droit de voter", "suis-je electeur",
    ),
    "de": (
        "briefwahl", "wahlschein", "wahllokal", "wahlbenachrichtigung", "wahlberechtig", "wahlerverzeichnis",
        "personalausweis", "ausweis", "reisepass", "vollmacht", "stimmzettel", "wahlkabine", "registrier",
        "anmeld", "eintrag", "wie wahle ich", "wo wahle ich", "wie kann ich wahlen", "wo kann ich wahlen",
        "ungultig", "im ausland", "wahlhelfer", "wahlamt", "wahlbehorde", "umgezogen", "wahlurne",
        "barrierefrei",
        # who may vote (eligibility)
        "darf ich wahlen", "darf ich abstimmen", "wer darf wahlen", "wer darf abstimmen", "kann ich wahlen",
        "darf man wahlen", "bin ich wahlberechtigt", "darf ich als",
    ),
    "en": (
        "vote by post", "postal vote", "postal ballot", "by mail", "mail-in", "absentee", "register",
        "registration", "proxy", "polling station", "polling place", "polling booth", "photo id", "voter id",
        "identification", "identity document", "passport", "ballot paper", "how do i vote", "where do i vote",
        "how can i vote", "where can i vote", "voter card", "poll card", "overseas", "abroad", "spoil",
        "electoral roll", "moved house", "accessible voting",
        # who may vote (eligibility)
        "can i vote", "may i vote", "am i allowed to vote", "who can vote", "who may vote", "am i eligible",
        "eligible to vote", "entitled to vote", "can i still vote", "can you vote",
    ),
}

# How the electoral system works: seats, thresholds, first and second votes, rounds.
ELECTORAL_SYSTEM_CUES: dict[str, tuple[str, ...]] = {
    "fr": (
        "mode de scrutin", "proportionnel", "scrutin majoritaire", "scrutin de liste", "seuil", "siege",
        "deux tours", "second tour", "premier tour", "circonscription", "repartition des sieges", "quotient",
        "systeme electoral", "plus forte moyenne", "prime majoritaire", "panachage",
    ),
    "de": (
        "erststimme", "zweitstimme", "wahlsystem", "verhaltniswahl", "mehrheitswahl", "funf-prozent",
        "5-prozent", "prozent-hurde", "sperrklausel", "uberhangmandat", "ausgleichsmandat", "sitzverteilung",
        "sitze verteilt", "wahlkreis", "direktmandat", "landesliste", "panaschieren", "kumulieren",
        "grundmandat", "wahlrechtsreform", "stichwahl",
    ),
    "en": (
        "electoral system", "voting system", "proportional representation", "proportional",
        "first past the post", "threshold", "seats allocated", "seat allocation", "allocation of seats",
        "how are seats", "constituenc", "first vote", "second vote", "d'hondt", "sainte-lague", "run-off",
        "runoff", "second round", "first round", "overhang", "list vote",
    ),
}

# Dates and deadlines of the election.
DATES_CUES: dict[str, tuple[str, ...]] = {
    "fr": (
        "quand", "quelle date", "date limite", "jusqu'a quand", "delai", "a quelle heure", "horaires",
        "jour du scrutin", "jour du vote", "date du scrutin", "date de l'election",
    ),
    "de": (
        "wann", "datum", "frist", "bis wann", "stichtag", "uhrzeit", "offnungszeit", "wahltag", "termin",
    ),
    "en": (
        "when", "what date", "deadline", "until when", "by when", "what time", "opening hours", "polling day",
        "election day", "closing date",
    ),
}

# Plainly unrelated requests (the neutrality classifier makes the final decision).
OUT_OF_SCOPE_CUES: dict[str, tuple[str, ...]] = {
    "fr": (
        "meteo", "recette", "blague", "horoscope", "match de foot", "film", "cuisine",
    ),
    "de": (
        "wetter", "rezept", "witz", "horoskop", "fussballspiel", "kinoprogramm", "kochen",
    ),
    "en": (
        "weather", "recipe", "joke", "horoscope", "football match", "movie", "cooking",
    ),
}

# Words of judgement, advice and the asker's own situation: dropped from the topic a refusal offers instead ("which
# party is best for the climate?" -> "what each programme says on climate", never "on best climate").
JUDGEMENT_WORDS: frozenset[str] = frozenset((
    # fr
    "meilleur", "meilleure", "meilleurs", "meilleures", "mieux", "bon", "bonne", "bons", "bonnes", "mauvais",
    "mauvaise", "mauvaises", "pire", "pires", "idee", "voter", "vote", "votez", "choisir", "correspond",
    "correspondent", "convient", "conviennent", "important", "importante", "compte", "gagner", "gagnera",
    "recommande", "recommandez", "conseil", "conseilles", "conseillez", "devrais", "devrait", "faudrait", "serieux",
    "credible", "credibles", "competent", "competente", "extreme", "dangereux", "dangereuse",
    # de
    "beste", "besten", "bester", "bestes", "besser", "bessere", "besseren", "gut", "gute", "guten", "gutes",
    "schlecht", "schlechte", "schlechteste", "schlechtesten", "idee", "wahlen", "wahle", "passt", "passen",
    "wichtig", "wichtigste", "liegt", "herzen", "empfehlen", "empfiehlst", "empfehlung", "sollte", "solltest",
    "gewinnt", "gewinnen", "serios", "kompetent", "glaubwurdig", "gefahrlich", "extrem", "mir", "mich",
    # en
    "best", "better", "good", "bad", "worse", "worst", "idea", "vote", "voting", "choose", "fits", "fit", "suits",
    "suit", "important", "matters", "care", "recommend", "recommendation", "advice", "win", "wins", "serious",
    "credible", "competent", "dangerous", "extreme", "me",
))

# Leading articles dropped to derive a short form of a party name ("Die Linke" -> "Linke").
ARTICLES = frozenset((
    "das", "der", "die", "l", "la", "le", "les", "the",
))

# Well-known names of German parties in English and French (exonyms), added to a party whose name contains the key.
EXONYMS: dict[str, tuple[str, ...]] = {
    "grunen": (
        "greens", "the greens", "green party", "les verts", "verts", "ecologistes",
    ),
    "grune": (
        "greens", "the greens", "green party", "les verts", "verts", "ecologistes",
    ),
    "sozialdemokratische": (
        "social democrats", "sociaux-democrates", "sociaux democrates",
    ),
    "christlich demokratische": (
        "christian democrats", "chretiens-democrates", "chretiens democrates",
    ),
}
# fmt: on
