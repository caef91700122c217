"""Which words make a question political, for the answerable and out-of-scope rules (``intents.py``).

Patterns are written against :func:`communs.core.neutrality.rules.prepare` output (accent- and case-folded).
``POLITICAL`` names anything about elections, parties, institutions or votes: a procedure or electoral-system rule
needs one, and a question with one is never out of scope by its subject. ``STRONG_POLITICAL`` names a political body
or office: it keeps a question about a club's or a works council's election political. ``ELECTION_WORD`` names an
election, a vote or a contest of any kind. (``rules.py`` keeps its own, older list for the strong jailbreak wrappers.)
"""

from __future__ import annotations

import re

from communs.core.neutrality import everyday
from communs.core.neutrality.names import folded_party_alternation, folded_party_names
from communs.core.neutrality.typos import common_words

POLITICAL = re.compile(
    r"\b(part(y|ies|i|is|ei|eien)(?! games?\b)|vot\w*|elect(?!ri|ro)\w*|candidat\w*|kandidat\w*|kandidierend\w*|wahl\w*|gewahlt|stimme|voix|campaign|"
    r"campagne|wahlkampf|debate\w*|debat\w*|debatte\w*|politi\w*|chancellor|chanceli\w*|premier ministre|prime minister|premierminister\w*|kanzler\w*|president\w*|prasident\w*|\w+partei|programm?e?s?|"
    r"propos\w*|manifest\w*|programm\w*|\w+stimme\w*|conservat\w*|travaillist\w*|liberal-?democrat\w*|"
    r"policy|policies|gouvern\w*|governments?|mps|(an|the|my|our|your|local) mp|regierung|\w*parlament\w*|\w*parlement\w*|parliament|bundestag|assemblee|eurodeput\w*|\w*abgeordnet\w*|"
    r"deput\w*|meps?|scrutin|ballot\w*|bulletin\w*|polling|regist\w*(?! (ich |man |wir )?(my|a|an|the|your|his|her|our|their|mein\w*|ein\w*|den|die|das|"
    r"unser\w*|sein\w*|ihr\w*)\b)(?! (for|with|at) (?!(the |a )?(vote|votes|voting|election\w*|ballot\w*|postal|proxy|"
    r"polls?|electoral)\b))|"
    r"inscri\w*(?! (mon|ma|mes|un|une|le|la|les|l'|son|sa|ses|notre|nos|votre|vos)\b)(?! (au |aux |a la |a l'|dans |"
    r"chez )(?!(les )?(listes?|registre|vote|scrutin|bureau|mairie|consulat|ambassade|elections?|electeurs?)\b))|procuration|\w*briefwahl\w*|\w+wahl(en|kampf|programm\w*)?|\w+sitze|"
    r"seats?|sieges?|sitz\w*|threshold|seuil|\w*hurde|sperrklausel|\w*mandat\w*|manifesto|coalition|koalition|"
    r"d'?hondt|sainte-?lague|stv|single transferable vote|vote unique transferable|stimm\w*|(first|second) round|run-?off|(premier|second) tour|(erste|zweite)\w* runde|"
    r"wahlgang\w*|stichwahl|depouillement|auszahlung|count of (the )?votes|vote count\w*|the count|"
    r"electoral roll|wahlerverzeichnis|hurdle|list system|closed list|liste bloquee|starre liste|winners?|gewinner|sieger|vainqueur|gagnant|results?|resultats?|"
    r"\w*ergebnis\w*|mayor|maire|(pour|gagner|remporter|conquerir|prendre|course a|bataille de|bataille pour) la mairie|"
    r"\w*burgermeister\w*|landrat\w*|police and crime commissioners?|assesseurs?|wahlhelfer\w*|beisitzer\w*|poll ?workers?|isoloirs?|wahlkabine\w*|"
    r"(voting|polling) booths?|polling (station )?(volunteers?|clerks?)|spd|cdu|csu|afd|fdp|bsw|lfi|rn|ps|pcf|lr|eelv|grune\w*|linken?|volt|"
    r"regionales|municipales|europeennes|legislatives|presidentielles?|landtag\w*|bundesrat|senat\w*|referend\w*|"
    r"votations?|\w*abstimmung\w*|volksentscheid\w*|burgerentscheid\w*|volksbegehren|initiative populaire|"
    r"volksinitiative\w*|elit|elisent|elire|elus?|elues?|conseil municipal|conseils municipaux|conseillers? (municipa\w*|"
    r"regiona\w*|departementa\w*)|councill?ors?|gemeinderat\w*|gemeinderate|stadtrat\w*|stadtrate|kreistag\w*|"
    r"proportional representation|representation proportionnelle|first past the post|scrutin (majoritaire|"
    r"proportionnel)|majority (system|voting)|majorz|proporz|council of states|conseil des etats|standerat\w*|"
    r"nationalrat\w*|conseil national|national council|proportionnelle|verhaltniswahl\w*|mehrheitswahl\w*|standemehr|"
    r"volksmehr|double majorite|majorite (du peuple|des cantons)|\w+-initiative|"
    # (session 25) "Going by the latest polls, can Glucksmann still overtake Bardella?", "What exactly is a French
    # regional council responsible for?"
    r"(opinion|latest|recent|new) polls|the polls (say|show|suggest|predict|have)|(les|derniers|nouveaux) sondages|"
    r"sondages? d'opinion|umfragewerte?|(neuesten|aktuellen|letzten|jungsten) umfragen|in den umfragen|(regional|county|town|city|district|"
    r"municipal|departmental) councils?|conseils? (regiona\w*|departementa\w*)|regionalrat\w*|bezirkstag\w*|"
    # (session 35) the hours of the vote after thanks: "cheers! what time do polls close", "merci et les bureaux ferment a
    # quelle heure"
    r"polls (close|closing|open|opening)|(when|what time) (do|does|are|will) (the )?polls|bureaux (de vote )?(ferment|"
    r"ouvrent|fermeront|ouvriront)|(ferment|ouvrent|fermeront|ouvriront) les bureaux|"
    # (session 35) "the council's 2022 promises, kept vs broken"; the House of Lords, the Irish and Scottish parliaments
    # and their members
    r"promises,? kept|(kept|tenues|gehalten) (vs|or|ou|oder|/) (broken|non tenues|gebrochen)|(election|campaign|electoral) "
    r"promises|promesses (de campagne|electorales)|wahlversprechen|house of lords|chambre des lords|tds|dail|oireachtas|"
    r"seanad|holyrood|msps?)\b"
)

# Known party names are political words too, except those that are also common words ("Ensemble", "Renaissance").
KNOWN_PARTY = re.compile(
    r"(?<!\w)" + folded_party_alternation(n for n in folded_party_names() if n not in common_words()) + r"(?!\w)"
)


def is_political(folded: str) -> bool:
    folded = everyday.without_everyday_senses(folded)  # "a Eurovision party", "seats on the train" (everyday.py)
    return POLITICAL.search(folded) is not None or KNOWN_PARTY.search(folded) is not None


STRONG_POLITICAL = re.compile(
    r"\b(party|parties|parti|partis|partei\w*|parliament|parlement|parlament\w*|bundestag|landtag\w*|nationalrat\w*|"
    r"government|gouvernement|regierung\w*|municipal\w*|kommunal\w*|regional\w*|european|europeen\w*|europa\w*|"
    r"presidential|presidentielle|prasidentschaft\w*|chancel\w*|kanzler\w*|mayor|maire|\w*burgermeister\w*|referend\w*|"
    r"initiative|ministers?|ministre|minister\w*|legislative\w*|bundestagswahl\w*|wahlkreis\w*|constituenc\w*|"
    r"circonscription\w*|communales?|(local|county|mayoral|municipal) elections?|elections? (locales|communales)|"
    r"gemeinderat\w*|stadtrat\w*|councill?ors?)\b|"
    # (session 42) "… want to all vote the same way in the locals. who should we go for?"
    r"\b(in|at|for) the locals?(?=\s*[.?!,]|$)"
)


ELECTION_WORD = re.compile(
    r"\b(vot\w*|elect(?!ri|ro)\w*|elu\w*|elire|elit|elisent|elisons|elisez|\w*wahl\w*|wahlt|gewahlt|wahlen|candidat\w*|kandid\w*|ballot\w*|scrutin|stimm\w*|"
    r"abstimm\w*|win\w*|wins|gagn\w*|gewinn\w*|captain|capitaine|kapitan\w*|majorit\w*|mehrheit\w*|proxies|pouvoirs|"
    r"vollmacht\w*|jury|televote|televoting|publikumsvoting|je me presente (comme|pour|a|au|aux)|"
    + everyday.CONTEST_WORDS_SRC + r")\b"
)
