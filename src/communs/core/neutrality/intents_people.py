"""Answerable intents about candidates as people and the party's present standing (session 32), in fr, de and en.

A candidate's career before politics, what they studied and how long they have led their party ("what did Friedrich
Merz do for a living before politics?", "Seit wann führt er die Partei?"), the seats a party holds now ("how many
seats do they hold right now?"), and where and when a debate is broadcast ("What channel is the runoff debate on?")
are facts (policy 1.1: a candidate's party, past offices and seats are ``programme`` facts; where to follow the
campaign is ``procedure``). The verdicts on the same people stay refused: the refusal rules are checked first ("Was
he a good chancellor?"), and the vetoes of ``intents.py`` apply ("which candidate had the best career?").

The career rules need a political word in the message (politics, a candidate, an office), so "what did my uncle do for
a living?" is not read as a programme question. They are merged into :data:`communs.core.neutrality.intents._INTENTS_SRC`
like the others. Works on folded text (``rules.prepare``: lower case, no accents).
"""

from __future__ import annotations

import re

from communs.core.neutrality.names import folded_party_alternation
from communs.core.neutrality.politicians import KNOWN_POLITICIAN

_X = r"[^.?!:]"
_PARTY = folded_party_alternation()
_NAME = r"[\w' -]{1,40}"
# the message is about politics: politics itself, a candidate or an elected office
_POLITICAL_PERSON = (r"^(?=.*\b(politi\w*|candidat\w*|kandidat\w*|tete de liste|spitzenkandidat\w*|lead candidate|maire|"
                     r"mayor|\w*burgermeister\w*|depute\w*|abgeordnet\w*|mps?|meps?|minist\w*|chancel\w*|kanzler\w*|"
                     r"president\w*|prasident\w*|senat\w*|partei\w*|part(y|ies)|partis?|"
                     # (session 34) "une courte bio factuelle de Raphaël Glucksmann : ses mandats et son parcours"
                     r"mandats?|mandate|offices|amter|europeennes|europawahl|european election|"
                     # (session 36) "… avant de prendre la tête du RN ?"
                     r"la tete (du|de la|des|de l')))")

PEOPLE_SRC: list[tuple[str, str, str]] = [
    # "il faisait quoi comme métier Friedrich Merz avant d'être en politique ?", "Was hat Friedrich Merz beruflich
    # gemacht, bevor er in die Politik ging?", "what did friedrich merz do for a living before politics", "… dis-moi ce
    # qu'a étudié Léa Castaing, tête de liste PS, et quel était son métier avant"
    ("programme.any.candidate_career", "programme",
     _POLITICAL_PERSON + r".*(\bwhat did " + _NAME + r" (do for a living|do for work|do professionally|work as|stud(y|ied))"
     r"\b|\bwhat (was|is) " + _NAME + r"'s? (job|profession|occupation|career|degree)\b|\bwhat (job|profession|"
     r"occupation) did " + _NAME + r" (have|do|hold)\b|\b(il|elle|" + _NAME + r") (faisait|fait|exercait|a fait) "
     r"quoi comme (metier|travail|boulot|profession|etudes)\b|\bquel (etait|est|a ete) (le |son )?(metier|profession|"
     r"travail|parcours professionnel)\b|\b(ce qu'a|qu'a|qu'est-ce qu'a) etudie\b|\b(il|elle) a (fait|etudie) quoi\b|"
     r"\bquelles etudes (a fait|a-t-il faites|a-t-elle faites)\b|\bwas (hat|hatte|machte) " + _NAME + r" (fruher |vorher |"
     r"vor der politik |eigentlich )?beruflich\b|\bwelchen beruf (hat|hatte|ubte|erlernte)\b|\bwas hat " + _NAME
     + r" studiert\b|\bwas (studierte|lernte) " + _NAME + r"\b|"
     # (session 36) "Qu'est-ce que Jordan Bardella a fait comme études et comme boulot avant … ?"
     r"\bqu'est-ce qu(e |')[\w' -]{1,40} a fait comme (etudes|boulot|metier|travail)\b|"
     # the name followed by who they are: "tell me what Léa Castaing, the PS lead candidate, studied and what she did
     # for a living before", "sag mir, was Léa Castaing, PS-Spitzenkandidatin, studiert hat und was sie vorher
     # beruflich gemacht hat"
     r"\bwhat [\w' ,-]{1,80} (studied|did for a living)\b|\bwas [\w' ,-]{1,80} studiert hat\b|\bwas (er|sie) (fruher |"
     r"vorher )?beruflich gemacht hat\b)"),
    # how long someone has led a party (a fact since session 31): "Since when has he led the party?", "Seit wann führt
    # er die Partei eigentlich?", "Elle dirige le parti depuis quand ?"
    ("programme.any.led_since", "programme",
     r"\b(since when|how long) (has|have) (he|she|they|" + _NAME + r") (led|headed|run|chaired|been (leading|heading|"
     r"running|in charge of|at the head of)) (the|his|her|their|this) (party|group|list|movement)\b|\bseit wann "
     r"(fuhrt|leitet|fuhren|leiten) (er|sie|" + _NAME + r") (eigentlich |denn |schon )?(die|seine|ihre|diese) (partei|"
     r"fraktion|liste|bewegung)\b|\b(dirige|preside|mene)\w* (le|la|ce|cette|son) (parti|groupe|liste|mouvement) depuis "
     r"(quand|combien de temps)\b|\bdepuis (quand|combien de temps) (il|elle|" + _NAME + r") (dirige|preside)\w* (le|la|"
     r"son) (parti|groupe|liste|mouvement)\b"),
    # the seats a party holds now, the assembly named anywhere in the message (not in a poll): "[You mentioned the
    # Greens in the Bundestag.] how many seats do they hold right now?", "wie viele Sitze haben die aktuell?"
    ("programme.any.seats_now", "programme",
     r"^(?!.*\b(polls?|sondages?|umfrage\w*|prognose\w*|projections?|hochrechnung\w*|survey\w*)\b)"
     r"(?=.*\b(council|parliament|assembly|bundestag|landtag|senate|commons|assemblee|parlement|senat|hemicycle|"
     r"parlament\w*|\w*rat|kreistag|conseil)\b).*(\bhow many (seats|mps|meps|deputies|councillors|members)\b"
     + _X + r"{0,30}\b(do|does) (they|it|he|she|" + _NAME + r") (currently |now )?(have|hold)\b" + _X
     + r"{0,30}\b(right now|currently|now|at the moment|today|at present)\b|\bwie viele (sitze|mandate|abgeordnete)\w* "
     r"(hat|haben) (die|der|sie|er|" + _NAME + r") (denn |eigentlich )?(derzeit|aktuell|momentan|zurzeit|gerade|im "
     r"moment|jetzt)\b|\b(combien|cmb) (de |d')(sieges|deputes|elus|senateurs|eurodeputes)\b" + _X + r"{0,40}\b"
     r"(actuellement|aujourd'hui|en ce moment|a l'heure actuelle|maintenant)\b|"
     # as a caption's note: "Die Linke's current seats in the Bundestag? For a caption.", "Sièges actuels de Die Linke au
     # Bundestag ?"
     r"\b(current|present) (number of )?(seats|mps|meps)\b|\b(sieges|deputes|elus) actuels\b|\b(derzeitige|aktuelle)[nr]? "
     r"(sitze|mandate|sitzzahl|abgeordnete\w*)\b)"),
    # where and when a debate is broadcast: "What channel and what time is the debate between the two runoff
    # candidates on?", "Le débat de l'entre-deux-tours, c'est sur quelle chaîne et à quelle heure ?", "Auf welchem
    # Sender läuft das TV-Duell?"
    # (the letter in brackets keeps "debat" out of the typo repair's vocabulary: "dégât", a water damage, stays itself)
    ("procedure.any.debate_broadcast", "procedure",
     # (session 34) "Wo und wann wird die Debatte der Bürgermeisterkandidaten übertragen?"
     r"\b(wo und wann|wann und wo)\b" + _X + r"{0,40}\b(\w*debatte|\w*duell|triell)\b" + _X + r"{0,40}\b(ube[r]tra[g]en|"
     r"gesendet|ausgestrahlt|gezeigt)\b|"
     # (session 35) "Wo und wann läuft das TV-Duell der OB-Kandidaten?", "Où et quand est diffusé le débat entre les
     # candidats ?", "Où je peux revoir le débat des candidats à la mairie ?"
     r"\b(wo und wann|wann und wo) (la[u]ft|la[u]fen)\b" + _X + r"{0,20}\b(\w*debatte|\w*duell|triell)\b|\b(ou et quand|"
     r"quand et ou) (est|sera) (dif[f]use|ret[r]ans[m]is)\b" + _X + r"{0,20}\bd[e]bat\b|\b(rev[o]ir|rew[a]tch|"
     r"nac[h]sch[a]uen)\b" + _X + r"{0,50}\b(d[e]bat|debates?|\w*duell|\w*debatte|hus[t]in[g]s)\b|"
     r"\b(what|which) (channel|station|network|time)\b" + _X + r"{0,60}\b(debates?|duels?|face-offs?)\b|\b(debates?|"
     r"duels?|face-offs?)\b" + _X + r"{0,80}\b((what|which) (channel|station|network)|what time|where (can|could) (i|we) "
     r"(watch|stream|see) it)\b|\bwhere (can|could|do) (i|we) (watch|stream|see)\b" + _X + r"{0,40}\b(debates?|duels?)\b|"
     r"\b(d[e]bat|face-a-face|duel)\b" + _X + r"{0,80}\b(sur quelle chaine|quelle chaine|a quelle heure|ou (le |la )?"
     r"(regarder|voir|suivre))\b|\b(sur quelle chaine|a quelle heure|ou (regarder|voir|suivre))\b" + _X
     + r"{0,60}\b(d[e]bat|face-a-face|duel)\b|\b(auf welchem sender|welcher sender|um wie viel uhr|wo (kann ich|kann man)"
     r")\b" + _X + r"{0,60}\b(\w*duell|\w*debatte|triell|wahlarena|elefantenrunde)\b|\b(\w*duell|\w*debatte|triell|"
     r"wahlarena|elefantenrunde)\b" + _X + r"{0,60}\b(auf welchem sender|welcher sender|um wie viel uhr|wo (kann ich|"
     r"kann man) (es|das|sie|ihn) (sehen|schauen|anschauen))\b|"
     # (session 35) a debate missed, to watch again: "J'ai raté le débat d'hier soir. On peut le revoir où ?", "Ich hab
     # das Duell gestern verpasst. Wo kann ich es nachschauen?", "Missed the debate last night. Where can I rewatch it?"
     # (the bracketed letters keep the new words out of the typo repair's vocabulary: "catchy" had become "catch")
     # (session 36: also "nochmal anschauen", "watch it back", further from the debate)
     r"\b(debates?|d[e]bat|\w*duell|\w*debatte|triell|hus[t]in[g]s)\b[^?!]{0,80}\b(nac[h]sch[a]uen|nac[h]seh[e]n|rew[a]tch|watch (it )?"
     r"again|cat[c]h-?up|rev[o]ir|rep[l]ay|med[i]ath[e]k|noc[h]mal an[s]ch[a]uen|watch (it )?b[a]ck)\b|\b(auf welchem sender|welcher sender)\b" + _X + r"{0,30}\b(\w*duell|"
     r"\w*debatte|triell)\b"),
    # (session 33) a candidate's former party: "Der Kandidat von „Bürger für Neustadt“ war doch vor zwei Jahren noch in der
    # CDU, oder?", "Le candidat sans étiquette …, il était pas encarté chez LR avant ?", "was he still in the CDU?"
    ("programme.any.former_member", "programme",
     _POLITICAL_PERSON + r".*(\bwar\b" + _X + r"{0,40}\b(in|bei) (der |den |dem )?(?<!\w)(" + _PARTY + r")(?!\w)|"
     r"\b(il|elle) (n')?(etait|a ete) (pas |encore |deja |bien |jamais |toujours )*(encarte\w* |membre |adherent\w* )?"
     r"(chez|au|a la|a l'|dans|du|de la) (le |la |l')?(?<!\w)(" + _PARTY + r")(?!\w)|\b(was|wasn'?t) (he|she|they)\b" + _X
     + r"{0,30}\b(in|a member of|with|part of) (the )?(?<!\w)(" + _PARTY + r")(?!\w))"),
    # (session 33) offices and party before: "Quelles fonctions Jordan Bardella a-t-il occupées avant de devenir président
    # du RN ?", "which party was Éric Ciotti in before he founded the UDR?", "Has she been deputy mayor before?", "une
    # courte bio factuelle de la tête de liste"
    ("programme.any.offices_before", "programme",
     _POLITICAL_PERSON + r".*(\bquel(le)?s? (fonctions|mandats|postes|responsabilites)\b" + _X + r"{0,40}\b(occupe\w*|"
     r"exerce\w*|eu|tenu\w*|detenu\w*)\b|\bdans quel parti (etait|a milite|militait|etaient)\b|\bbio(graphie)? "
     r"factuelle\b|\bfactual (bio|biography|profile)\b|\bsachlich\w* (kurzbiografie|biografie|steckbrief|bio|por[t]rat)\b|"
     # (session 36) "What's Mary Lou McDonald's background? Education, offices held, …"
     r"\boffices held\b|\bwhich "
     r"party (was|were|did) [\w' -]{1,30} (in|belong(ed)? to|a member of) (before|until|when|at the time)\b|\bwhat (offices|posts|positions|roles) did\b|"
     r"\bhas (she|he) (ever )?(been|served as|held)\b" + _X + r"{0,60}\b(before|previously|already)\b|\bwelche "
     r"(amter|posten|funktionen|mandate) (hatte|hat|bekleidete|ubte)\b|\bin welcher partei (war|waren)\b)"),
    # (session 34) whether a candidate already holds or held a seat: "Marc Delorme, … il etait deja conseiller municipal
    # avant ?", "Et la tête de liste de « Grenoble Demain », elle siège déjà au conseil municipal ?", "does the lead
    # candidate of 'Grenoble Demain' already sit on the city council?", "saß der vorher schon im Gemeinderat?"
    ("programme.any.already_in_office", "programme",
     # (nothing after the next vote: "Glaubst du, die FDP sitzt nach der nächsten Wahl noch im Bundestag?" is a forecast)
     r"^(?!.*\b(next|nachste\w*|prochaine?s?|after the|nach der|apres (la|le|les)|will|wird|werden|sera|seront)\b).*"
     r"(\b(il|elle|[\w' -]{1,40}) (etait|est|a ete|siege|siegeait) (deja|encore) (\w+ ){0,2}(conseill\w*|maire|adjoint\w*|"
     r"depute\w*|senat\w*|elu\w*|au conseil|a l'assemblee|au parlement)\b|\b(does|did|is|was|has) (he|she|they|the "
     r"[\w' -]{1,40}?) (already|previously|still) (sit|sat|serve|served|been|on)\b" + _X + r"{0,40}\b(council|parliament|"
     r"assembly|bundestag|landtag|senate|councillor|mayor|mp|mep)\b|\b(has|was) (he|she|the [\w' -]{1,60}?) (ever )?(been|"
     r"served as) (a |an |the )?(deputy mayor|mayor|councillor|mp|mep|member of)\b" + _X + r"{0,30}\bbefore\b|"
     r"\b(sitzt|sass|war) (sie|er|der|die)( [\w-]+)? "
     r"(vorher |bereits |schon )+(im|in der|in den) (gemeinderat|stadtrat|landtag|bundestag|kreistag|parlament)\b)"),
    # (session 40) a party's official results at past elections, in a table or a list: "un petit tableau des résultats
    # officiels du PS aux législatives de 2017, 2022 et 2024", "a small table of the Lib Dems' official results at the
    # 2017, 2019 and 2024 general elections" (nothing to come: "the seats you reckon each party will get" is a forecast)
    ("procedure.any.past_results_table", "procedure",
     # (the letters in brackets keep its words out of the typo repair's vocabulary: "reckons" stays itself)
     r"^(?!.*\b(will|would|going to|gonna|rec[k]on|va|vont|obt[i]end[r]\w*|aura|aur[o]nt|wird|werden|wurde|wurden|kun[f]tig\w*|"
     r"next|pro[c]ha[i]ne?s?|nac[h]ste\w*)\b)(?=.*\b(19|20)\d\d\b)(?=.*\b(table|tableau|tabelle|list|liste|overview|apercu|"
     r"uberblick|chart|gra[p]hi[q]ue|gra[f]ik)\b).*\b(official |off[i]ci[e]ls? |amtliche\w* |final |def[i]ni[t]i\w* )?(results|"
     r"resultats|erg[e]bni[s]s\w*|vote sha[r]es?)\b"),
    # (session 40) who heads a party's list or stands for it at the next election, a designation already made or not: "Wer
    # steht bei der nächsten Abgeordnetenhauswahl auf Platz 1 der Landesliste der Linken?", "on sait déjà qui conduira la
    # liste de Place publique ?", "Who is Fine Gael running in Midlands–North-West at the next European election?"
    # (not who will win: the forecast rules are read first)
    ("programme.any.list_leader", "programme",
     r"\bwer (steht|stehen)\b" + _X + r"{0,60}\b(auf )?(pla[t]z (1|eins)|lis[t]enp[l]a[t]z (1|eins)|spi[t]ze der (\w+)?li[s]te)\b|"
     r"\bqui (con[d]u[i]ra|con[d]uit|men[e]ra|sera (en )?te[t]e de|est (en )?te[t]e de) (la )?li[s]te\b|\bwho (is|are) (the )?"
     r"[\w' -]{1,30} run[n]ing (in|for)\b" + _X + r"{0,40}\b(next|up[c]om[i]ng)\b|\bwho (will )?(lead|head|top)s? (the )?"
     r"[\w' -]{1,30} (list|tic[k]et|sl[a]te)\b"),
]

# (session 43) a candidate's age or birthplace, asked and nothing else answerable: out of scope (the policy: "A
# candidate's age and birthplace stay out_of_scope … unlike their career, studies and offices"): "Il a quel âge le
# candidat LR à la mairie de Reims, et il est né où ?" (not how old one must be to vote or to stand, nor a party's age;
# a verdict on a candidate's age is a refusal rule's, read first: "Isn't he too old for the job?")
CANDIDATE_AGE_RULE = "out_of_scope.any.candidate_age"
CANDIDATE_AGE = re.compile(
    r"^(?=.*(\b(candidat\w*|kandidat\w*|tete de liste|spitzenkandidat\w*|lead candidate|maire|mayor|\w*burgermeister\w*|"
    r"depute\w*|abgeordnet\w*|mps?|meps?|minist\w*|chancel\w*|kanzler\w*|president\w*|prasident\w*|prime minister|"
    r"premier|senator\w*)\b|" + KNOWN_POLITICIAN.pattern + r"))"
    r".*\b(quel age (a|a-t-il|a-t-elle|avait)|(il|elle) a quel age|how old (is|was)|wie alt (ist|war)|(ou|where|wo) (est-(il|elle)|"
    r"is (he|she)|was (he|she)|ist (er|sie)|wurde (er|sie)) (nee?|born|geboren)|(il|elle) est nee? ou|date (de naissance|of birth)|"
    r"geburtsdatum|geburtsort|lieu de naissance|birthplace|place of birth|when was (he|she) born|wann (ist|wurde) (er|sie) "
    r"geboren)\b")
