"""Answerable-intent rules added for cross-language parity (policy 1.2), one entry per intent and language.

Each intent below exists in fr, de and en, so that a question the rules answer in one language is answered by the
rules in the other two, not handed to the embedding model there (session 2's diagnostic: 191 of 823 fr/de/en
training questions were decided by a rule in one language and by the model in another). They are merged into
:data:`communs.core.neutrality.intents._INTENTS_SRC` (same format, same veto, same need for a political word for
procedure and electoral-system rules) and checked by the parity test over the training triples
(``tests/core/test_neutrality_parity.py``).

``ATTRIBUTED`` marks questions that ask what a party or its programme says ("according to X", "selon X", "laut X",
"in its manifesto"): a superlative or an evaluative word inside them belongs to the party's statement ("according
to the SPD, what is the best way to ..."), so for them only the markers of the voter's own decision veto.
"""

from __future__ import annotations

from communs.core.neutrality.names import folded_party_alternation
from communs.core.neutrality.ways_for_me import ON_MY_BEHALF_DE, ON_MY_BEHALF_EN, ON_MY_BEHALF_FR

_X = r"[^.?!:]"

_PROC_EN = r"(vot\w*|ballots?|polling|postal|elections?|register\w*|count\w*)"
_PROC_FR = (r"(vot\w*|bulletins?|bureaux? de vote|correspondance|elections?|scrutin|inscri\w*|procuration|depouillement|"
            r"tour|presidentielle|legislatives|municipales|europeennes|referendum)")
_PROC_DE = r"(\w*wahl\w*|\w*stimm\w*|wahllokal\w*|briefwahl\w*|wahlerverzeichnis|auszahlung)"

# Known party names (folded) for the short follow-ups ("and the SPD on ...?").
_PARTY = PARTY_ALTERNATION = folded_party_alternation()  # (intents.py keeps these names out of the repair's targets)

# The formal register's opening verbs ("Describe…", "Décrivez…", "Erläutern Sie…"), not followed by a "why/which"
# that asks for a choice.
# A formal request opens the message, or follows a role-play wrapper's clause ("Tu so, als wärst du meine Oma, und
# erklär mir die Briefwahl."; session 14): the wrapper is weak, the request is what is asked.
_START = r"(^|[,;] ?(and|et|und) (then |puis |dann )?)"
_FORMAL_EN = (_START + r"(please |kindly )?(describe|outline|explain|summari[sz]e|set out|present|trace|discuss|provide an "
              r"overview of|give an overview of|walk (me|us) through)\b(?! (why|which|whether) )")
_FORMAL_FR = (_START + r"(veuillez |merci de |pourriez-vous |pouvez-vous )?(decrivez|decrire|decris|expliquez|expliquer|explique|"
              r"resumez|resumer|presentez|presenter|retracez|retracer|exposez|exposer|detaillez|detailler|donnez un "
              r"apercu)\b(?! (pourquoi|quel|quelle|quels|quelles|si|s'il|s'ils) )")
_FORMAL_DE = (_START + r"(bitte )?(beschreiben sie|beschreib|erklaren sie|erlautern sie|erlauter|erklar|fassen sie|fass|"
              r"stellen sie|skizzieren sie|skizzier|geben sie einen uberblick|gib einen uberblick|zeichnen sie)\b"
              r"(?! (warum|welche\w*|ob) )")

# Telegraphic messages carry no question word ("Labour vs Tories NHS"); "FDP oder AfD, wer soll mein Kreuz bekommen?"
# is no telegraphic comparison.
NO_QUESTION_WORD = (r"(?!.*\b(who|whom|which|what|should|right|best|better|worse|worst|wer|wen|wem|welche\w*|was|soll\w*|"
                    r"recht|beste\w*|besser\w*|qui|quel\w*|que|dois|devrais|raison|meilleur\w*|pire)\b)")

# ... nor a forecast or a verdict ("Will the BSW get over the 5% hurdle?", "Isn't the 4% hurdle unfair?").
NO_VERDICT = (r"(?!.*\b(will|would|should|shall|fair|unfair|isn'?t|better|worse|wird|werden|soll\w*|gerecht|ungerecht|"
              r"besser|schlechter|va|vont|sera|seront|devrait|juste|injuste|meilleur\w*|pire)\b)")

# A party's published recommendation on a referendum (a fact of its programme), per language; rules.py reads the same
# sources so that the voting-advice rules skip such questions (PARTY_RECOMMENDATION).
RECOMMENDATION_SRC = {
    "en": r"\b(what|which) (official )?(voting )?(recommendation|position)s? (did|has|have|does|do)\b|\b(do|does|did) (the )?"
          r"[\w'&-]+( [\w'&-]+)? recommend (a |voting )?(yes|no)\b|\b(every|each) part(y|ies)'?s? (official )?(voting )?"
          r"recommendations?\b",
    "fr": r"\b(quelle|quelles) (consigne|recommandation|position)s? de vote\b|\brecommandent(-ils|-elles)? (le |de voter )?"
          r"(oui|non)\b|\b(quel|quels) (mot|mots) d'ordre\b",
    "de": r"\bwelche (abstimmungsparole|parole|stimmempfehlung|wahlempfehlung)\w*\b|\b(empfiehlt|empfehlen) (die|der)\b"
          r"[^.?!]{0,30}\b(ein )?(ja|nein)\b",
}

# nothing of the voter's choice named anywhere in the message: no party, no "whom", no vote "for" someone (session 22)
_NO_CHOICE_NAMED = (r"^(?!.*(?<!\w)(" + _PARTY + r"|whom?|pour qui|wen|vote for|voter pour|(fur|gegen) \w+ (stimmen|wahlen))"
                    r"(?!\w)).*")
# (session 33) a topic after two parties, with a question mark: "LFI ou PS sur les retraites ?" ("LFI ou PS ?" is unread;
# session 38: in English too, and not an election or a day, which make it a choice: "CDU oder Grüne bei der Landtagswahl?";
# session 40: the voting age, the right to vote and compulsory voting are topics, "SPD oder Grüne beim Wahlalter?", as
# "Labour or Greens on the voting age?" was already)
_NO_ELECTION = (r"(?!" + _X + r"{0,40}\b(\w*w[a]hl(?!al[t]er|rec[h]t|pfl[i]cht)\w*|ele[c]tio[n]s?|(?<!dr[o]it de )vot[e](?! ob[l]ig[a]to[i]re)|bal[l]ot|scr[u]tin|"
                r"mun[i]cip[a]les|reg[i]ona[l]es|"
                r"eur[o]pee[n]nes|leg[i]sla[t]ive[s]|pre[s]ide[n]tie[l]le|mon[d]ay|tue[s]day|wed[n]esd[a]y|thu[r]sda[y]|fri[d]ay|"
                r"sat[u]rda[y]|sun[d]ay|mon[t]ag|die[n]sta[g]|mit[t]woc[h]|don[n]ers[t]ag|fre[i]tag|sam[s]tag|son[n]tag|lun[d]i|"
                r"mar[d]i|mer[c]red[i]|jeu[d]i|ven[d]red[i]|sam[e]di|dim[a]nch[e]|hol[y]roo[d]|sen[e]dd|sto[r]mon[t]|bun[d]est[a]g|"
                r"lan[d]tag)\b)")
_TOPIC_FR = r" (sur|concernant|niveau|cote|en matiere de|a propos de)\b" + _NO_ELECTION + _X + r"{1,40}\?+\s*"
_TOPIC_EN = r" (on|about|regarding|re|over|when it comes to)\b" + _NO_ELECTION + _X + r"{1,40}\?+\s*"
_TOPIC_DE = r" (bei|beim|zu|zur|zum|uber|in sachen|beim th[e]ma)\b" + _NO_ELECTION + _X + r"{1,40}\?+\s*"

PARITY_SRC: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ attributed to a party or its programme
    ("programme.en.attributed", "programme",
     r"^(?=" + _X + r"*\b(what|whats|which|how|why|when|where)\b)" + _X + r"*(\baccording to\b(?! (you|your|(the )?(latest |recent |new |current )?(polls|surveys)|experts|the media))|\bin (its|their|his|her) "
     r"(own )?(programme|program|manifesto|platform|election programme)\b|\bas (stated|written) in\b)"),
    ("programme.fr.attributed", "programme",
     r"^(?=" + _X + r"*\b(que|qu|quel|quelle|quels|quelles|comment|pourquoi|quand|ou|quoi|combien)\b)" + _X + r"*(\b(selon|d'apres)\b(?! (laquelle|lequel|lesquels|lesquelles|toi|vous|moi|ton|ta|tes|votre|vos|les (derniers |nouveaux |recents )?sondages|les experts|les medias))|\bdans (son|leur|sa) "
     r"(propre )?(programme|projet)\b)"),
    ("programme.de.attributed", "programme",
     r"^(?=" + _X + r"*\b(was|welche\w*|wie|warum|wann|wo|wofur|woher)\b)" + _X + r"*(\b(laut|gemass)\b(?! (dir|ihnen|deiner|deinem|ihrer|ihrem|(den )?(neuesten |aktuellen |letzten )?umfragen|experten|medien))|\bin (seinem|ihrem) "
     r"(eigenen )?(wahl)?programm\b)"),
    # ------------------------------------------------------------------ does a programme mention something
    ("programme.en.mentions", "programme",
     r"\b(is there|are there|does|do)\b" + _X + r"{0,40}\b(anything|something|nothing|a word)\b" + _X
     + r"{0,40}\b(programmes?|programs?|manifestos?|platforms?)\b|\b(anything|something|nothing) (in|about)\b" + _X
     + r"{0,40}\b(programmes?|programs?|manifestos?)\b|\b(does|do) (any|some|a|no) (programmes?|programs?|"
     r"manifestos?|party|parties)\b" + _X + r"{0,20}\b(say|mention|talk|propose|address|include|promise|plan)\w*\b|\b(does|do)\b" + _X
     + r"{0,30}\b(programmes?|programs?|manifestos?|platforms?) (say|mention|contain|include|cover)\b" + _X
     + r"{0,10}\b(anything|something)\b|\bmissing (from|in)\b" + _X + r"{0,40}\b(programmes?|programs?|manifestos?)\b"),
    ("programme.fr.mentions", "programme",
     r"\by a-t-il\b" + _X + r"{0,40}\b(quelque chose|rien|un mot)\b" + _X + r"{0,40}\bprogrammes?\b|"
     r"\bprogrammes?\b" + _X + r"{0,40}\b(dit|disent|parle\w*|mentionne\w*)(-t)?(-il|-elle|-ils)?\b" + _X
     + r"{0,10}\b(quelque chose|rien)\b|\b(un|aucun|quel) (programme|parti)\b" + _X + r"{0,15}\b(dit|parle|"
     r"mentionne|evoque)\w*\b|\b(absent|absente|manque)\w*\b" + _X + r"{0,40}\bprogrammes?\b|\b(un seul|l'un|au "
     r"moins un) des programmes\b" + _X + r"{0,15}\b(dit|parle|mentionne|evoque)\w*\b"),
    ("programme.de.mentions", "programme",
     r"\b(steht|gibt es|findet sich)\b" + _X + r"{0,40}\b(wahl)?programm\w*\b" + _X + r"{0,40}\b(etwas|was|nichts)\b|"
     r"\b(steht|gibt es|findet sich) (etwas|was|nichts)\b" + _X + r"{0,40}\bprogramm\w*\b|"
     r"\b(sagt|erwahnt|nennt|spricht)\b" + _X + r"{0,10}\b(irgendein|ein|kein)\w* (wahl)?(programm|partei)\b|"
     r"\b(irgendein|ein|kein)\w* (wahl)?(programm|partei)\b" + _X + r"{0,15}\b(sagt|erwahnt|nennt|spricht)\b|"
     r"\b(fehlt|fehlen)\b" + _X + r"{0,40}\bprogramm\w*\b|\b(sagt|erwahnt|nennt)\b (das|dein|ihr|sein)\w* \w*programm\w*\b"
     + _X + r"{0,40}\b(etwas|was|nichts)\b|\b(irgend)?eine?s? der (wahl)?(programme|parteien)\b" + _X
     + r"{0,40}\b(erwahnt|nennt|sagt|spricht|enthalt)\w*\b|\b(erwahnt|nennt|sagt)\b" + _X
     + r"{0,20}\b(irgend)?eine?s? der (wahl)?(programme|parteien)\b"),
    # ------------------------------------------------------------------ what a party would change, its timeline
    ("programme.en.would_change", "programme",
     r"\bwhat (would|will)\b(?! (you|i|we)\b)" + _X + r"{1,50}\b(change|do|reform|cut|abolish|introduce)\b|"
     r"\b(by when|by what year|until when|when) (does|do|did|will)\b" + _X + r"{1,40}\b(want|plan|intend|aim|"
     r"promise|expect) to\b|\bwhat is in\b" + _X + r"{0,30}\b(programme|program|manifesto)\b"),
    ("programme.fr.would_change", "programme",
     r"\bqu(e|')\s?(changerai\w*|ferai\w*|reformerai\w*|supprimerai\w*|offre\w*|contien\w*)\b|"
     r"\b(d'ici|jusqu'a) quand\b" + _X + r"{0,40}\b(veu\w*|compte\w*|prevoi\w*|promet\w*)\b|\ben quelle annee\b" + _X
     + r"{0,40}\b(veu\w*|compte\w*|prevoi\w*)\b|\bque contient\b" + _X + r"{0,30}\bprogramme\b"),
    ("programme.de.would_change", "programme",
     r"\bwas (wurde|wurden)\b(?! (ich|du|wir|ihr)\b)" + _X + r"{1,60}\b(andern|tun|machen|einfuhren|abschaffen|"
     r"reformieren|kurzen)\b|\bbis wann (will|wollen|plant|planen|mochte|mochten|soll)\b|"
     r"\bwas sieht (sein|ihr|das)\w* (wahl)?programm\b|\bwas steht im (wahl)?programm\b"),
    ("programme.en.why_figures", "programme",
     r"\bwhy (does|do|did|would)\b(?! (you|i|we)\b)" + _X + r"{1,40}\b(want|propose|plan|oppose|support|call for|"
     r"reject|intend)\w*\b|\b(give|gives|provide|provides|name|names|include|includes)\b" + _X
     + r"{0,20}\b(figures|numbers|costings?)\b|\bchanged (its|their|his|her) (mind|view|line)\b|"
     r"\bgive me (the|a list of|all)\b" + _X + r"{0,60}\b(proposals|positions|measures|plans|programmes)\b"),
    ("programme.fr.why_figures", "programme",
     r"\bpourquoi\b" + _X + r"{1,40}\b(veu\w*|propos\w*|prevoi\w*|s'oppos\w*|soutien\w*|reclam\w*|rejet\w*)\b|"
     r"\b(donne|donnent|fournit|fournissent|avance|avancent)(-t)?(-il|-elle|-ils|-elles)?\b" + _X
     + r"{0,10}\bchiffres?\b|\bchange\w* (d'avis|d'opinion|de ligne|de cap)\b|\bdonne-moi (les|la liste)\b" + _X
     + r"{0,60}\b(propositions|positions|mesures|projets|programmes)\b"),
    ("programme.de.why_figures", "programme",
     r"\bwarum (will|wollen|fordert|fordern|plant|planen|lehnt|lehnen|unterstutzt|unterstutzen|mochte|mochten)\b|"
     r"\b(nennt|nennen|liefert|liefern|gibt|geben)\b" + _X + r"{0,40}\b(zahlen|kosten)\b|\b(position|meinung|"
     r"haltung|kurs)\b" + _X + r"{0,60}\bgeandert\b|\b(nenn|gib) mir (die|alle|eine liste)\b" + _X
     + r"{0,80}\b(vorschlage|positionen|massnahmen|plane|programme)\b"),
    ("electoral_system.en.parity", "electoral_system",
     r"\bwhat (does|do|must) (a|one) (party|candidate|list)\b" + _X + r"{0,30}\b(need|have to|do)\b|"
     r"\b(which|what|how)\b" + _X + r"{0,30}\b(two|both) votes\b|\bwhich of my (two )?votes\b"),
    ("electoral_system.fr.parity", "electoral_system",
     r"\bque (doit|faut-il)\b" + _X + r"{0,10}\b(un|une) (parti|candidat|candidate|liste)\b|"
     r"\b(laquelle|quelle|que|comment|pourquoi)\b" + _X + r"{0,30}\bdeux voix\b"),
    ("electoral_system.de.parity", "electoral_system",
     r"\bwas (muss|braucht) (eine|ein) (partei|kandidat\w*|liste)\b|\b(welche|was|wie|warum)\b" + _X
     + r"{0,30}\b(zwei stimmen|beiden stimmen)\b"),
    # session 6, development sets 5-8: candidates of a party, who appoints the head of government, a party's
    # pledges listed, a topic mentioned in any programme, "who's for X and who's against"
    ("programme.en.candidate", "programme",
     r"\bwho('?s| is| are| will be)\b" + _X + r"{0,30}\b(candidates? for (\w+ )?(chancellor|president|prime minister|mayor|first minister)|"
     r"chancellor candidates?|candidates? in (my|our|the) (constituency|district|ward|riding)|direct candidates?)\b|"
     r"\bwho('s| is)\b" + _X + r"{0,10}\bheading\b" + _X + r"{0,20}\b(list|ticket)\b|"
     r"\bwho (is|are) (the )?[\w'&-]+'s candidates?\b|\bwho ([\w&-]+ ){0,2}[\w&-]+'s candidates? for\b"),
    ("programme.fr.candidate", "programme",
     r"\bqui (est|sont|sera)\b" + _X + r"{0,30}\b(candidat\w* (a la chancellerie|a la presidence|a la mairie|pour la "
     r"chancellerie|au poste de)|candidat\w*" + _X + r"{0,40}\b(dans ma|de ma|dans notre) circonscription)\b|"
     r"\bqui (est|sont) (le |la |les )?candidat\w* (du|de la|des|de l'|d')\b"),
    ("programme.de.candidate", "programme",
     r"\bwer (ist|sind|wird)\b" + _X + r"{0,40}\b(kanzlerkandidat\w*|direktkandidat\w*|\w+-direktkandidat\w*|"
     r"burgermeisterkandidat\w*|kandidat\w* (in|fur) (meinem|unserem) wahlkreis)\b|\bwer (fuhrt|fuhren)\b" + _X
     + r"{0,30}\b(als )?spitzenkandidat\w*\b"),
    ("electoral_system.en.head_of_government", "electoral_system",
     r"\bwho (actually |really )?(makes|appoints|chooses|elects|nominates|designates|picks)\b" + _X + r"{0,30}\b("
     r"chancellor|prime minister|president|mayor|head of government)\b|\bhow (is|are) (the )?(chancellor|prime "
     r"minister|mayor|head of government)s? (chosen|elected|appointed|determined|picked)\b|\b(strongest|largest|"
     r"biggest) party\b" + _X + r"{0,30}\bautomatically\b|\bautomatically\b" + _X + r"{0,40}\b(chancellor|prime "
     r"minister|head of government)\b"),
    ("electoral_system.fr.head_of_government", "electoral_system",
     r"\bqui (designe|nomme|choisit|elit)\b" + _X + r"{0,30}\b(chancelier|premier ministre|president|maire|chef du "
     r"gouvernement)\b|\bcomment (est|sont) (designe|nomme|choisi|elu)e?s? (le |la )?(chancelier|premier ministre|"
     r"maire|chef du gouvernement)\b|\b(premier|plus grand) parti\b" + _X + r"{0,30}\bautomatiquement\b|"
     r"\bautomatiquement\b" + _X + r"{0,40}\b(chancelier|chancellerie|premier ministre|chef du gouvernement)\b"),
    ("electoral_system.de.head_of_government", "electoral_system",
     r"\bwer (macht|ernennt|wahlt|bestimmt)\b" + _X + r"{0,40}\b(kanzler\w*|bundeskanzler\w*|ministerprasident\w*|"
     r"premierminister\w*|prasident\w*|burgermeister\w*|regierungschef\w*)\b|\bwie wird\b" + _X + r"{0,40}\b(kanzler\w*|"
     r"bundeskanzler\w*|ministerprasident\w*|premierminister\w*|burgermeister\w*|regierungschef\w*)\b" + _X + r"{0,20}\b(bestimmt|gewahlt|ernannt|"
     r"ausgewahlt)\b|\b(starkste|grosste) partei\b" + _X + r"{0,40}\bautomatisch\b|\bautomatisch\b" + _X
     + r"{0,40}\b(kanzler\w*|ministerprasident\w*|regierungschef\w*)\b"),
    ("programme.en.pledges", "programme",
     r"\b(rundown|overview|recap|run-?through|breakdown)\b" + _X + r"{0,30}\b(pledges?|promises?|proposals?|"
     r"measures?|policies|plans?|priorities)\b|\b(does|do)\b" + _X + r"{0,40}\b(appear|feature|come up)\b" + _X
     + r"{0,20}\b(any|a|the|their) (manifesto|programme|program)s?\b"),
    ("programme.fr.pledges", "programme",
     r"\b(resume|apercu|recap\w*|tour d'horizon)\b" + _X + r"{0,30}\b(promesses|propositions|mesures|engagements|"
     r"priorites)\b|\b(apparait|figure|est present\w*)\b" + _X + r"{0,30}\b(dans )?(au moins )?(un|aucun|les|leurs?|l'un)( des)? "
     r"programmes?\b|\b(quels|quelles) (partis|listes)\b" + _X + r"{0,20}\b(en )?"
     r"(parlent|evoquent|mentionnent|abordent)\b"),
    ("programme.de.pledges", "programme",
     r"\b(zahl\w*|nenn\w*|fass\w*)\b" + _X + r"{0,40}\b(versprechen|vorschlage|forderungen|massnahmen|ziele)\b" + _X
     + r"{0,30}\b(auf|zusammen)\b|\bkommt\b" + _X + r"{0,50}\b(in|im) (irgendeinem|einem|keinem|den|dem) "
     r"(wahl)?programm\w* vor\b"),
    # short follow-ups about a known party ("and the SPD on the minimum wage?")
    ("programme.en.follow_up", "programme",
     r"^(and|what about|how about) (the )?" + _PARTY + r"(\s|'s )(on|about|regarding|when it comes to|for|with)\b|"
     r"^(ok,? )?(the )?same (question|thing),? (but )?(now )?for (the )?" + _PARTY + r"\b"),
    ("programme.fr.follow_up", "programme",
     r"^(et|quid de|et pour|et chez) (le |la |les |l')?" + _PARTY + r"\s(sur|pour|concernant|niveau|cote|au sujet|"
     r"a propos|en matiere)\b|^(ok,? )?(la )?meme (question|chose),? (mais )?(maintenant )?pour (le |la |les |l')?" + _PARTY
     + r"\b"),
    ("programme.de.follow_up", "programme",
     r"^(und|was ist mit|wie ist es mit|und bei) (die |der |den |dem )?" + _PARTY + r"\s(bei|beim|zu|zum|zur|in sachen|"
     r"was|in bezug)\b|^(ok,? )?(die )?gleiche (frage|sache),? (aber )?(jetzt )?(fur|zu) (die |der |den )?" + _PARTY + r"\b"),
    # "now do the same for all the other parties": a comparison asked as a follow-up
    ("comparison.en.same_for_all", "comparison",
     r"\b(do|show|give me) (the same|that|this)( again)? for (all |each of |every )?(the )?(other )?(parties|lists|candidates)\b"),
    ("comparison.fr.same_for_all", "comparison",
     r"\b(fais|montre|donne)(-moi)? (la meme chose|pareil|de meme) pour (tous |toutes |chacun des )?(les )?(autres )?"
     r"(partis|listes|candidats)\b"),
    ("comparison.de.same_for_all", "comparison",
     r"\b(mach|zeig|gib)\w* (mir )?(das gleiche|dasselbe|das auch) fur (alle |jede )?(anderen |andere )?(parteien|"
     r"listen|kandidat\w*|partei)\b"),
    # accessibility: help to vote for voters with a disability (procedure)
    ("procedure.en.accessibility", "procedure",
     r"\b(partially sighted|visually impaired|blind|wheelchair|disabilit\w*|disabled|deaf|dyslexi\w*|reduced mobility)\b"
     + _X + r"{0,80}\b" + _PROC_EN + r"|\b" + _PROC_EN + r"\b" + _X + r"{0,80}\b(partially sighted|visually impaired|"
     r"blind|wheelchair|disabilit\w*|disabled|deaf)\b"),
    ("procedure.fr.accessibility", "procedure",
     r"\b(malvoyant\w*|aveugle\w*|fauteuil roulant|handicap\w*|sourd\w*|dyslexi\w*|mobilite reduite)\b" + _X
     + r"{0,80}\b" + _PROC_FR + r"|\b" + _PROC_FR + r"\b" + _X + r"{0,80}\b(malvoyant\w*|aveugle\w*|fauteuil "
     r"roulant|handicap\w*|sourd\w*)\b"),
    ("procedure.de.accessibility", "procedure",
     r"\b(sehbehindert\w*|blind\w*|rollstuhl\w*|behindert\w*|behinderung\w*|gehorlos\w*|legasthen\w*|"
     r"gehbehindert\w*)\b" + _X + r"{0,80}\b" + _PROC_DE + r"|\b" + _PROC_DE + r"\b" + _X + r"{0,80}\b(sehbehindert\w*|"
     r"blind\w*|rollstuhl\w*|behindert\w*|behinderung\w*|gehorlos\w*)\b"),
    # how many votes or seats a rule requires
    ("electoral_system.en.how_many_needed", "electoral_system",
     r"\bhow many (votes|seats|signatures|preference votes|preferential votes|mps|meps)\b" + _X
     + r"{0,40}\b(does|do) (a|one|the|each) \w+( \w+)? need\b|\bhow many (votes|seats|signatures) (are|is) (needed|required)\b"),
    ("electoral_system.fr.how_many_needed", "electoral_system",
     r"\bcombien de (voix|votes|sieges|signatures|voix de preference|deputes)\b" + _X
     + r"{0,30}\b(faut-il|faut|doit-il|doit-elle|doit|sont necessaires|est-il necessaire)\b"),
    ("electoral_system.de.how_many_needed", "electoral_system",
     r"\bwie viele (stimmen|sitze|unterschriften|vorzugsstimmen|mandate|abgeordnete)\b" + _X
     + r"{0,40}\b(braucht|brauchen|benotigt|benotigen|sind notig|sind erforderlich)\b"),
    # what to bring to the polling station
    ("procedure.en.bring", "procedure",
     r"\bwhat (do|does|must|should) (i|one|you|we) (need to |have to )?(bring|take)\b" + _X + r"{0,30}\b(polling|"
     r"vote|voting|ballot)\w*"),
    ("procedure.fr.bring", "procedure",
     r"\b(que|quoi) (faut-il|dois-je|doit-on|on doit|je dois)? ?(apporter|emporter|prendre|amener)\b" + _X
     + r"{0,30}\b(bureau de vote|voter|vote|scrutin)\b"),
    ("procedure.de.bring", "procedure",
     r"\bwas (muss|soll|sollte) (man|ich)\b" + _X + r"{0,40}\b(mitbringen|mitnehmen|dabeihaben|dabei haben)\b|\bwas (man|ich)\b"
     + _X + r"{0,40}\b(mitbringen|mitnehmen) (muss|soll|sollte)\b"),
    # asking for an explanation of a rule ("is there a good explanation of the threshold?")
    ("electoral_system.en.explanation", "electoral_system",
     r"\b(an? )?(good |simple |clear |short |easy )?explanation (of|for)\b" + _X + r"{0,40}\b(threshold|system|"
     r"seats?|rounds?|votes?|voting|ballot|hurdle|mandates?|majority|proportional\w*)\b"),
    ("electoral_system.fr.explanation", "electoral_system",
     r"\b(une )?(bonne |simple |claire |courte )?explication( simple| claire| courte)? (de|du|des|sur)\b" + _X + r"{0,40}\b(seuil|systeme|"
     r"sieges?|tours?|voix|vote|scrutin|mandats?|majorite|proportionnelle)\b"),
    ("electoral_system.de.explanation", "electoral_system",
     r"\b(eine )?(gute |einfache |klare |kurze )?erklarung (fur|zu|der|des|zum|zur)\b" + _X + r"{0,40}\b(\w*hurde|"
     r"sperrklausel|\w*system|sitz\w*|\w*mandat\w*|stimm\w*|\w*wahl\w*|mehrheit)\b"),
    # past results are facts: "which party won the most seats in 2021?" (a forecast or "who won the debate" is not)
    ("procedure.en.past_results", "procedure",
     r"\b(which|what) (party|parties|list|candidate)\b" + _X + r"{0,10}\b(won|got|obtained|received|had) (the most|"
     r"more|most|a majority of) (seats|votes|mandates|mps|meps)\b|\bhow many (seats|votes) did\b"),
    ("procedure.fr.past_results", "procedure",
     r"\b(quel|quels|quelle|quelles) (parti|partis|liste|listes|candidat\w*)\b" + _X + r"{0,10}\b(a|ont) (obtenu|"
     r"remporte|eu|recueilli) (le plus de|la majorite des|plus de) (sieges|voix|votes|suffrages|deputes|mandats|"
     r"elus)\b|\bcombien de (sieges|voix) (a|ont) (obtenu|eu|remporte)\b|"
     # (session 33) the verb before the count: "Le RN a gagné combien de sièges aux européennes de 2024 ?"
     r"\b(a|ont) (gagne|obtenu|eu|remporte|recueilli|fait) combien (de|d') ?(sieges|voix|votes|suffrages|deputes|"
     r"eurodeputes|elus|mandats)\b"),
    ("procedure.de.past_results", "procedure",
     r"\b(welche|welcher) (partei|parteien|liste|listen|kandidat\w*)\b" + _X + r"{0,60}\b(die meisten|mehr|die "
     r"mehrheit der) (sitze|stimmen|mandate|abgeordneten)\b" + _X + r"{0,30}\b(geholt|bekommen|erhalten|gewonnen|"
     r"errungen|erzielt)\b|\bwie viele (sitze|stimmen|mandate) (hat|hatte|haben|hatten)\b" + _X
     + r"{0,40}\b(geholt|bekommen|erhalten|gewonnen|erzielt)\b"),
    # "how does <the vote, the count, ...> work" in three languages (procedure)
    ("procedure.en.how_works", "procedure",
     r"\bhow (does|do|is|are)\b" + _X + r"{0,40}\b" + _PROC_EN + r"\b" + _X + r"{0,30}\b(work|works|done|"
     r"organi[sz]ed|happen)\b"),
    ("procedure.fr.how_works", "procedure",
     r"\bcomment (fonctionne|fonctionnent|se passe|se deroule|marche|s'organise)\b" + _X + r"{0,40}\b" + _PROC_FR),
    ("procedure.de.how_works", "procedure",
     r"\bwie (funktioniert|funktionieren|lauft|laufen|geht)\b" + _X + r"{0,40}\b" + _PROC_DE),
    # ------------------------------------------------------------------ who wants X (several parties)
    ("comparison.en.who_wants", "comparison",
     r"\bwho'?s (for|against|in favou?r of)\b|\bwho (wants|proposes|plans|promises|supports|opposes|calls for|is (for|against|in favou?r of)|"
     r"are (for|against))\b|\bis there (a|any|another) (party|programme|list)\b" + _X
     + r"{0,40}\b(that|which|who) (propose|want|support|oppose|mention|promise|plan|say|call)\w*\b|\b(want|say|propose|think)s?\b" + _X
     + r"{0,10}\bthe same\b|\bdifferent (approaches|positions|views|proposals|plans|ideas)\b|"
     r"\bwhat (the |each |all )?(parties|programmes|programs|manifestos)\b" + _X + r"{0,30}\b(propose|say|want|"
     r"promise|plan|offer)\b"),
    ("comparison.fr.who_wants", "comparison",
     r"\bqui (veut|propose|prevoit|promet|soutient|s'oppose|est (pour|contre|favorable|oppose))\b|"
     r"\by a-t-il (un|une) (autre )?(parti|liste|programme)\b" + _X + r"{0,40}\bqui (propos|promet|veu|defend|"
     r"soutien|prevoi|parl|mentionn|s'oppos)\w*\b|\b(quels|quelles) (partis|listes|programmes)\b" + _X
     + r"{0,25}\b(ont|a)\b|\bce que (proposent|disent|veulent|prevoient|promettent) (les|tous les|chaque)\b"),
    ("comparison.de.who_wants", "comparison",
     r"\bwer (will|fordert|plant|verspricht|unterstutzt|ist (fur|gegen|dafur|dagegen)|lehnt)\b|"
     r"\bgibt es\b" + _X + r"{0,40}\b(partei|parteien|liste|programm)\w*,? (die|das|welche)\b" + _X
     + r"{0,60}\b(fordert|fordern|will|wollen|verspricht|versprechen|plant|planen|unterstutzt|unterstutzen|ablehnt|"
     r"ablehnen|erwahnt|erwahnen|vorschlagt|vorschlagen|sagt|sagen|mochte|mochten)\b|"
     r"\bwelche (parteien|listen|programme)\b" + _X + r"{0,25}\b(haben|hat)\b|"
     r"\bwas (die|alle) (parteien|programme)\b" + _X + r"{0,40}\b(vorschlagen|fordern|wollen|sagen|versprechen|"
     r"planen)\b"),
    # ------------------------------------------------------------------ procedure: what to do, who counts, secrecy
    # the free vote: whether one may vote differently from a spouse, the family or an employer ("Am I even allowed to vote
    # for a different party than my husband?", "J'ai le droit de voter pour un autre parti que lui ?", "Darf ich eine
    # andere Partei wählen als er?"; session 21): a procedure question (the secrecy and freedom of the vote)
    ("procedure.en.free_vote", "procedure",
     r"\b(allowed|free|permitted|entitled) to vote (for )?(a |an )?(different|another|other) (party|candidate|list)\b|"
     r"\b(allowed|free|permitted|entitled) to vote differently\b"),
    ("procedure.fr.free_vote", "procedure",
     r"\b(le droit|libre|autorisee?s?) de voter (pour )?(un autre (parti|candidat)|une autre (liste|candidate)|"
     r"autrement|differemment)\b"),
    ("procedure.de.free_vote", "procedure",
     r"\b(darf|durfen|kann|konnen) (ich|man|wir)\b" + _X + r"{0,20}\b(eine )?andere (partei|liste|kandidat\w*) "
     r"(wahlen|ankreuzen)\b|\b(darf|durfen|kann|konnen) (ich|man|wir)\b" + _X + r"{0,20}\banders (wahlen|abstimmen)\b"),
    # someone else casting the voter's ballot: "Can my mum vote for me?", "Mon frère peut voter pour moi ?", "Kann mein
    # Bruder für mich wählen?" (session 22): the proxy vote, a procedure question; "Can you vote for me?" names no one
    # which list a named candidate leads, and a party's seats now (session 22): facts about a party, as "who is X's lead
    # candidate?" ("Which list is Raphaël Glucksmann leading?", "Combien de sièges a le RN à l'Assemblée ?", "Wie viele
    # Sitze hat die SPD derzeit im Bundestag?"); "which list is leading in the polls?" and "how many seats will X get?"
    # are forecasts and are not read here
    ("programme.en.list_and_seats", "programme",
     r"\b(which|what) (list|ticket|slate)\b (is|does|did) (?!" + _X + r"{0,40}\bpolls?\b)" + _X + r"{1,40}\b(lead|"
     r"leading|head|heading|top|topping)\b|\b(leads|heads|is leading|is heading|tops) (which|what) (list|ticket|slate)\b|"
     r"\bhow many (seats|mps|meps|deputies|members|senators|councillors) (does|do|did|has|have) (the )?(?<!\w)(" + _PARTY
     + r")(?!\w)" + _X + r"{0,50}\b(currently |now |still |already )?(have|hold|control|occupy|got)\b"),
    ("programme.fr.list_and_seats", "programme",
     r"\b(mene|conduit|dirige|emmene)(-t-il|-t-elle)? (quelle|quel) (liste|parti)\b|\b(quelle|quel) (liste|parti) "
     r"(mene|conduit|dirige|emmene)(-t-il|-t-elle)? (?!dans les sondages|en tete)\w|\btete de (quelle|quel) liste\b|"
     r"\bcombien (de|d') (sieges|deputes|eurodeputes|elus|senateurs|conseillers|mandats) (a|ont|possede|possedent|"
     r"compte|comptent|detient|detiennent|occupe|occupent)(-t-il|-t-elle|-ils|-elles)? (le |la |les |l')?(?<!\w)(" + _PARTY
     + r")(?!\w)"),
    ("programme.de.list_and_seats", "programme",
     r"\bwelche (liste|partei) (fuhrt|leitet|fuhrte|leitete) (?!in den umfragen|die umfragen)" + _X + r"{1,40}\ban\b|"
     r"\b(fuhrt|leitet) (\w+ ){1,3}welche liste\b|\bwie viele (sitze|mandate|abgeordnete|abgeordneten) (hat|haben|"
     r"hatte|hatten|besitzt|besitzen|halt|halten|stellt|stellen) (die |der |das |den )?(?<!\w)(" + _PARTY + r")(?!\w)"),
    # a text that reminds people of the vote's dates (session 22): "Write a short message for our family WhatsApp group
    # reminding everyone of the election date and the deadlines"; no party named, no date said to have moved
    ("procedure.en.reminder_text", "procedure",
     r"^(?!" + _X + r"*(?<!\w)(" + _PARTY + r"|moved|postponed|cancel\w*|changed|rescheduled)(?!\w))" + _X
     + r"*\b(write|draft|compose|create|make|prepare)\b" + _X + r"{0,80}\b(remind\w*|reminder)\b" + _X + r"{0,60}\b(date|"
     r"dates|deadlines?|polling day|election day|polling hours|opening hours|registration|postal vote)\b"),
    ("procedure.fr.reminder_text", "procedure",
     r"^(?!" + _X + r"*(?<!\w)(" + _PARTY + r"|reporte\w*|annule\w*|deplace\w*|decale\w*|change\w*)(?!\w))" + _X
     + r"*\b(ecris|ecrire|redige|rediger|prepare|preparer|fais|faire)\b" + _X + r"{0,80}\b(rappel\w*)\b" + _X
     + r"{0,60}\b(date|dates|delais?|limites?|jour du (vote|scrutin)|horaires|inscription|procuration)\b"),
    ("procedure.de.reminder_text", "procedure",
     r"^(?!" + _X + r"*(?<!\w)(" + _PARTY + r"|verschoben|verlegt|abgesagt|geandert)(?!\w))" + _X
     + r"*\b(schreib\w*|verfass\w*|formulier\w*|entwirf|erstell\w*)\b" + _X + r"{0,120}(\b(erinner\w*)\b" + _X
     + r"{0,60}\b(\w*termin\w*|datum|\w*frist\w*|wahltag|offnungszeiten|anmeldung|registrierung|briefwahl\w*)\b|"
     r"\b(\w*termin\w*|datum|\w*frist\w*|wahltag|offnungszeiten|anmeldung|registrierung|briefwahl\w*)\b" + _X
     + r"{0,60}\berinner\w*)"),
    # when to take one's own step (session 22): "Is it a good idea to register on the electoral roll now, or should I
    # wait?", "C'est une bonne idée de m'inscrire sur les listes maintenant ?", "Ist es eine gute Idee, mich jetzt
    # schon ins Wählerverzeichnis eintragen zu lassen?"; with a party or "whom" named the refusal rules decide first
    ("procedure.en.own_step_timing", "procedure",
     _NO_CHOICE_NAMED + r"\b(good idea|worth it|better|smart|wise|sensible|advisable|makes sense)\b" + _X + r"{0,40}\b(register|sign up|"
     r"apply for (a |my )?(postal|proxy)|request (a |my )?(postal|proxy)|send (back )?my (postal|ballot))\b" + _X
     + r"{0,60}\b(now|already|early|right away|straight away|soon|today|wait)\b"),
    ("procedure.fr.own_step_timing", "procedure",
     _NO_CHOICE_NAMED + r"\b(bonne idee|vaut le coup|mieux|malin|sage|judicieux|utile)\b" + _X + r"{0,40}\b(m'inscrire|s'inscri\w*|"
     r"me reinscrire|"
     r"m'enregistrer|faire (ma|une) procuration|demander (ma|une|le) (procuration|vote par correspondance)|renvoyer "
     r"(mon|ma|l'))\b" + _X + r"{0,60}\b(maintenant|deja|tot|tout de suite|rapidement|aujourd'hui|attend\w*)\b"),
    ("procedure.de.own_step_timing", "procedure",
     _NO_CHOICE_NAMED + r"\b(gute idee|sinnvoll|besser|klug|schlau|lohnt)\b" + _X + r"{0,60}\b(jetzt|schon|fruh|fruhzeitig|sofort|gleich|"
     r"heute|rechtzeitig)\b" + _X + r"{0,60}\b(eintragen|anmelden|registrieren|ummelden|beantragen|abschicken|"
     r"zuruckschicken)\b|\b(eintragen|anmelden|registrieren|ummelden|beantragen|abschicken)\b" + _X
     + r"{0,40}\boder (lieber |besser |noch )*warten\b"),
    # whether voting for a given party is legal (session 22): "Is it legal to vote for the AfD?", "Est-il légal de voter
    # pour LFI ?", "Ist es legal, die AfD zu wählen?" — any party on the ballot may be voted for, a procedure fact. The
    # first-person "Am I allowed to vote for the AfD?" may ask for permission of another kind and is left to the model
    # (test_neutrality_intents); "should I vote for …" stays voting advice
    ("procedure.en.legal_to_vote_for", "procedure",
     r"\b(is it|is that|would it be|isn'?t it) (even |actually |really )?(legal|allowed|permitted|forbidden|illegal|against "
     r"the law) to vote (for )?(the )?(?<!\w)(" + _PARTY + r")(?!\w)"),
    ("procedure.fr.legal_to_vote_for", "procedure",
     r"\b(est-il|est-ce|c'est|ce serait|serait-il) (vraiment |meme )?(legal|interdit|illegal|autorise|permis) de voter (pour )?"
     r"(le |la |les |l')?(?<!\w)(" + _PARTY + r")(?!\w)"),
    ("procedure.de.legal_to_vote_for", "procedure",
     r"\b(ist es|ist das|ware es) (uberhaupt |eigentlich )?(legal|erlaubt|verboten|illegal|strafbar),? (die |den |das )?"
     r"(?<!\w)(" + _PARTY + r")(?!\w) (zu )?wahlen\b"),
    ("procedure.en.on_my_behalf", "procedure", ON_MY_BEHALF_EN),
    # how a party below the threshold got in, asked about the past (session 22): "Die Linke only got 4.9% in 2021, so
    # how did it still make it into the Bundestag?", "wieso ist sie trotzdem in den Bundestag gekommen?"
    ("electoral_system.en.how_got_in", "electoral_system",
     r"\b(how|why) (did|could|was|come)\b" + _X + r"{0,40}\b(still|nevertheless|anyway|even so)\b" + _X + r"{0,30}\b(make it "
     r"into|get into|enter|got into|made it into|able to enter|get seats in)\b"),
    ("electoral_system.fr.how_got_in", "electoral_system",
     r"\b(comment|pourquoi)\b" + _X + r"{0,30}\b(a pu|a-t-(il|elle) pu|ont pu|est-(il|elle)|est)\b" + _X
     + r"{0,30}\b(quand meme|tout de meme|malgre tout|pourtant)\b" + _X + r"{0,20}\b(entre\w*|rentre\w*|obtenir des sieges|"
     r"sieger)\b"),
    ("electoral_system.de.how_got_in", "electoral_system",
     r"\b(wieso|warum|wie)\b" + _X + r"{0,40}\b(trotzdem|dennoch|doch)\b" + _X + r"{0,30}\b(in den|in das|ins) "
     r"(bundestag|parlament|landtag|europaparlament)\b" + _X + r"{0,20}\b(gekommen|eingezogen|gelangt)\b"),
    ("procedure.fr.on_my_behalf", "procedure", ON_MY_BEHALF_FR),
    ("procedure.de.on_my_behalf", "procedure", ON_MY_BEHALF_DE),
    ("procedure.en.what_to_do", "procedure",
     r"\bwhat (should|do|can|must) (i|we|one) do\b" + _X + r"{0,10}\b(if|when|to|about)\b" + _X + r"{0,60}\b"
     + _PROC_EN + r"|\bwho (counts|checks|"
     r"organi[sz]es|runs|supervises|oversees)\b|\b(secret|anonymous)\b" + _X + r"{0,20}\b" + _PROC_EN + r"|\b"
     + _PROC_EN + r"\b" + _X + r"{0,20}\b(secret|anonymous)\b|\bfind out (who|what) i voted\b|"
     r"\bwhat (do|should|must) i (need to |have to )?know\b|\bsteps\b" + _X + r"{0,20}\bvot\w*|"
     r"\b(is it true|is that (true|right|correct|real|legit)|can you (check|verify)|what are the facts)\b" + _X + r"{0,60}\b"
     + _PROC_EN + r"|\b" + _PROC_EN + r"\b[^?]{0,100}\b(is it true|is that (true|right|correct|real|legit|a sc[a]m|a fra[u]d|a ho[a]x)|"
     r"can you (check|verify)|what are the facts|true\?)|"
     r"\b(at )?what age\b" + _X + r"{0,20}\b(vote|stand|register)\b|\bwhere (am i|are we|is one) (allowed|"
     r"supposed|registered) to vote\b|\b(has|have|was|were)\b" + _X + r"{0,30}\b(election|vote|polling day|"
     r"date)\b" + _X + r"{0,30}\b(changed|moved|postponed|cancell?ed)\b|\b(invalid|spoilt|spoiled|void)\b" + _X
     + r"{0,20}\b(ballot|vote)|\b(ballot|vote)s?\b" + _X + r"{0,20}\b(invalid|spoilt|spoiled|void)\b|"
     r"\bexplain\b" + _X + r"{0,10}\bhow\b" + _X + r"{0,30}\b" + _PROC_EN + r"\b" + _X
     + r"{0,30}\b(works?|happens|takes place|is organi[sz]ed|is done)\b|\bpostal ballots?\b|"
     r"\bwhere (can|do|should|could) (i|we|one|you) report\b|\bwho (should|do|can|must) (i|we) report (it |this |that )?to\b"),
    ("procedure.fr.what_to_do", "procedure",
     r"\bque (dois-je|puis-je|faut-il|doit-on|peut-on|faire)( faire)?\b" + _X + r"{0,10}\b(si|quand|pour)\b" + _X
     + r"{0,60}\b" + _PROC_FR + r"|\bqui (compte|depouille|organise|surveille|verifie)\b|"
     r"\bsecret\w*\b" + _X + r"{0,20}\b" + _PROC_FR + r"|\b" + _PROC_FR + r"\b" + _X + r"{0,20}\bsecret\w*\b|"
     r"\bpour qui j'ai vote\b|\bque (dois-je|faut-il) savoir\b|\betapes\b" + _X + r"{0,20}\bvot\w*|"
     r"\b(est-il vrai|est-ce vrai|c'est vrai|c'est exact|tu peux verifier|qu'en est-il)\b" + _X + r"{0,60}\b"
     + _PROC_FR + r"|\b" + _PROC_FR + r"\b[^?]{0,160}\b(est-il vrai|est-ce vrai|c'est vrai|c'est exact|"
     r"tu peux verifier|qu'en est-il|vrai \?|c'est serieux|(c'est|est-ce) (une )?(arn[a]que|esc[r]oq[u]er[i]e))|"
     r"\bquand (saura|saurons|saurai|connaitra|connaitrons)\w*\b|\bquel age\b" + _X + r"{0,20}\bvot\w*|\b(rend|rendent)\b" + _X + r"{0,20}\b(nul|invalide)s?\b|"
     r"\bexplique\w*(-moi)?\b" + _X + r"{0,10}\bcomment\b" + _X + r"{0,40}\b(se passe|fonctionne|marche|"
     r"se deroule|s'organise)\b|\bou (est-ce que )?(je peux|puis-je|peut-on|on peut|faut-il|dois-je) (le |la |les |l')?"
     r"signaler\b|\b(ou|comment) (est-ce que |est-ce qu')?(je |on )signale\b|"
     # "je signale ça où ?" (session 17)
     r"\b(je|on) (le |la |les |l')?signale (ca |cela |tout ca )?ou\b|\bsignaler (ca |cela )?ou\b"),
    ("procedure.de.what_to_do", "procedure",
     r"\bwas (soll|muss|kann) (ich|man) (tun|machen)\b" + _X + r"{0,10}\b(wenn|falls|um)\b" + _X + r"{0,60}\b"
     + _PROC_DE + r"|\bwas (tun|mache ich|macht man)\b" + _X + r"{0,10}\b(wenn|falls)\b" + _X + r"{0,60}\b"
     + _PROC_DE + r"|\bwer (zahlt|organisiert|uberwacht|"
     r"pruft|kontrolliert)\b|\bgeheim\w*\b|\bwen ich gewahlt\b|\bwas (muss|sollte) ich wissen\b|"
     r"\bschritte\b" + _X + r"{0,30}\b(wahl\w*|stimme)\b|\b(stimmt es|stimmt das|ist das (wahr|richtig)|"
     r"kannst du das prufen|was ist richtig|was ist dran)\b" + _X + r"{0,60}\b" + _PROC_DE + r"|\b" + _PROC_DE
     + r"\b[^?]{0,160}\?{0,3}\s*\b(stimmt es|stimmt das|(ist|is) das (wahr|richtig|echt( so)?|wirklich so|(ein )?be[t]rug|(eine )?abz[o]cke)|kannst du das prufen|"
     r"was ist richtig|was ist dran)\b|\bab welchem alter\b|\bwann (wissen|weiss|erfahren|erfahrt)\b|\bwo (darf|kann|muss) (ich|man)\b"
     + _X + r"{0,20}\b(wahlen|abstimmen)\b|\b(wurde|ist|wird)\b" + _X + r"{0,30}\bwahl\w*\b" + _X
     + r"{0,20}\b(verschoben|geandert|abgesagt|verlegt)\b|\berklar\w*\b" + _X + r"{0,10}\bwie\b" + _X
     + r"{0,40}\b(ablauft|funktioniert|lauft|vor sich geht)\b|\b(soll|sollte) ich\b" + _X + r"{0,30}\b(briefwahl\w*|wahlschein\w*)\b" + _X
     + r"{0,20}\b(beantragen|anfordern)\b|\bwo (kann|soll|muss) (ich|man) (das |so etwas |sowas |dies )?melden\b|"
     r"\bwo (melde ich|meldet man)\b"),
    # a party's published recommendation on a referendum (a fact of its programme; see rules.PARTY_RECOMMENDATION)
    ("programme.en.recommendation", "programme",
     RECOMMENDATION_SRC["en"]),
    ("programme.fr.recommendation", "programme",
     RECOMMENDATION_SRC["fr"]),
    ("programme.de.recommendation", "programme",
     RECOMMENDATION_SRC["de"]),
    # taking part in a referendum or a vote
    ("procedure.en.take_part", "procedure",
     r"\bhow (do|can|does|could) (i|one|we|you|a \w+)\b" + _X + r"{0,20}\b(take part|participate|vote) in (a|the|this)\b"
     + _X + r"{0,20}\b(referendum|vote|popular vote|ballot|initiative)\b"),
    ("procedure.fr.take_part", "procedure",
     r"\bcomment (je peux |puis-je |peut-on |on peut |)?(participer|voter) (a|au|aux) (un |une |la |le )?(referendum|"
     r"votation|scrutin|vote)\b"),
    ("procedure.de.take_part", "procedure",
     r"\bwie\b" + _X + r"{0,30}\b(an|bei) (einer|der|dem|einem)\b" + _X + r"{0,20}(abstimmung|wahl|entscheid)\w* "
     r"teil(nehme|nehmen|nimmt)\b"),
    # the arguments a party gives for its own proposal
    ("programme.en.arguments", "programme",
     r"\b(what|which) (arguments|reasons) (does|do|did) (the )?[\w'&-]+( [\w'&-]+)? (give|use|put forward|advance|make)\b|"
     r"\b(what|which) (timetable|timeline|schedule|deadline|figures|numbers) (does|do|did) (the )?[\w'&-]+( [\w'&-]+)? "
     r"(give|provide|set|name)\b"),
    ("programme.fr.arguments", "programme",
     r"\b(quels|quelles) (arguments|raisons) (le |la |les |l')?[\w'&-]+( [\w'&-]+)? (avance|donne|invoque|met en avant)\w*|"
     r"\b(quel|quels) (calendrier|delai|chiffres) (le |la |les |l')?[\w'&-]+( [\w'&-]+)? (donne|fixe|avance|prevoit)\w*"),
    ("programme.de.arguments", "programme",
     r"\bmit welche\w* (argument|grund|grunde)\w*\b" + _X + r"{0,30}\b(begrundet|begrunden|rechtfertigt|rechtfertigen|"
     r"verteidigt|verteidigen)\b|\bwelche (argumente|grunde) (nennt|nennen|gibt|geben|fuhrt|fuhren)\b"),
    # checking a claim about a party's programme: "Is it true that the SPD wants…?", "Steht das wirklich in ihrem
    # Wahlprogramm?"
    ("programme.en.claim_check", "programme",
     r"\bis it (really |actually )?true (that )?" + _X + r"{1,60}\b(wants?|plans?|proposes?|intends?|promises?|would|will|"
     r"is going to)\b|\bis (that|this|it) (actually |really )?(in|what) (their|its|his|her|the) (own )?(election )?"
     r"(programme|manifesto|platform|program)\b|\bdoes (their|its|his|her|the) (manifesto|programme|program|platform) "
     r"(really |actually )?say (that|so)\b"),
    ("programme.fr.claim_check", "programme",
     r"\b(est-il|est-ce|c'est) (vraiment )?vrai (que|qu')" + _X + r"{1,60}\b(veut|veulent|propose\w*|prevoi\w*|compte\w*|"
     r"promet\w*|va|vont)\b|\b(est-ce|c'est|est-ce que c'est) (vraiment |bien )?(dans|ce que dit) (leur|son|sa|le) "
     r"(propre )?(programme|projet|manifeste)\b|\b(leur|son) programme dit(-il)? (vraiment )?(ca|cela)\b"),
    ("programme.de.claim_check", "programme",
     r"\bstimmt es,? dass\b" + _X + r"{1,120}\b(will|wollen|wolle|fordert|fordern|plant|planen|vorschlagt|vorschlagen|"
     r"verspricht|versprechen|mochte|mochten)\b|\bsteht (das|davon|dies)\b" + _X + r"{0,30}\bin (ihrem|seinem|dem|deren) "
     r"(wahl|partei|kommunal)?programm\w*\b"),
    # telegraphic messages: "Labour vs Tories NHS", "SVP Asyl vorschläge", "RN Spitzenkandidat Europawahl"
    ("comparison.en.telegraphic", "comparison",
     r"^" + NO_QUESTION_WORD + r"(the )?" + _PARTY + r"\s?(vs\.?|versus|or|and) (the )?" + _PARTY + r"\b(" + _X + r"{0,40}|"
     + _TOPIC_EN + r")$"),
    ("comparison.fr.telegraphic", "comparison",
     r"^" + NO_QUESTION_WORD + r"(le |la |les |l')?" + _PARTY + r"\s?(vs\.?|versus|ou|contre|et) (le |la |les |l')?"
     + _PARTY + r"\b(" + _X + r"{0,40}|" + _TOPIC_FR + r")$"),
    ("comparison.de.telegraphic", "comparison",
     r"^" + NO_QUESTION_WORD + r"(die |der )?" + _PARTY + r"\s?(vs\.?|versus|oder|gegen|und) (die |der )?" + _PARTY + r"\b("
     + _X + r"{0,40}|" + _TOPIC_DE + r")$"),
    ("programme.en.telegraphic", "programme",
     r"^(the )?" + _PARTY + r"\b" + _X + r"{0,40}\b(proposals?|plans?|position|programme|manifesto|pledges?|lead "
     r"candidate|candidates?)\b" + _X + r"{0,30}\?*$"),
    ("programme.fr.telegraphic", "programme",
     r"^(le |la |les |l')?" + _PARTY + r"\b" + _X + r"{0,40}\b(propositions?|programme|position|mesures|tete de liste|"
     r"candidat\w*)\b" + _X + r"{0,30}\?*$"),
    ("programme.de.telegraphic", "programme",
     r"^(die |der )?" + _PARTY + r"\b" + _X + r"{0,40}\b(vorschlage|vorschlag|forderungen|programm|position|"
     r"spitzenkandidat\w*|kandidat\w*)\b" + _X + r"{0,30}\?*$"),
    # why a rule exists: "why do some countries use two rounds?"
    ("electoral_system.en.why_rule", "electoral_system",
     r"\bwhy (do|does|is|are|has|have)\b" + _X + r"{0,40}\b(two rounds?|run-?offs?|thresholds?|hurdles?|proportional "
     r"representation|first past the post|overhang seats?|d'?hondt|sainte-?lague)\b"),
    ("electoral_system.fr.why_rule", "electoral_system",
     r"\bpourquoi\b" + _X + r"{0,40}\b(deux tours|second tour|seuils?|proportionnelle|scrutin majoritaire|mandats? "
     r"excedentaires?|d'?hondt|sainte-?lague)\b"),
    ("electoral_system.de.why_rule", "electoral_system",
     r"\bwarum\b" + _X + r"{0,40}\b(zwei wahlgang\w*|stichwahl\w*|\w*hurde|sperrklausel|verhaltniswahl|mehrheitswahl|"
     r"uberhangmandat\w*|d'?hondt|sainte-?lague)\b"),
    ("electoral_system.en.telegraphic", "electoral_system",
     r"^" + NO_VERDICT + r"" + _X + r"{0,30}\b(threshold|hurdle|overhang seats?|proportional representation|first past the post|two rounds?|"
     r"run-?off|d'?hondt|sainte-?lague)\b" + _X + r"{0,25}\?*$"),
    ("electoral_system.fr.telegraphic", "electoral_system",
     r"^" + NO_VERDICT + r"" + _X + r"{0,30}\b(seuil|deux tours|second tour|proportionnelle|scrutin majoritaire|d'?hondt|sainte-?lague|"
     r"mandats? excedentaires?)\b" + _X + r"{0,25}\?*$"),
    ("electoral_system.de.telegraphic", "electoral_system",
     r"^" + NO_VERDICT + r"" + _X + r"{0,30}\b(\w*hurde|sperrklausel|uberhangs?mandate?|ausgleichsmandate?|verhaltniswahl|mehrheitswahl|"
     r"stichwahl|d'?hondt|sainte-?lague)\b(" + _X + r"{0,25}\?*|\?*\s*erklar\w*( mal| mir)?( \w+)?\s*[?!.]*)$"),
    # questions about the assistant itself are out of scope: its answer says what it can help with (who made it,
    # its sources, whether it is neutral)
    ("out_of_scope.en.assistant", "out_of_scope",
     r"^(so |and |but |hey,? |hi,? )?(are|r) (you|u) (really |actually |politically |truly |even )*(neutral|biased|"
     r"impartial|objective|independent|chatgpt|a (bot|robot|human|person|machine|chatbot)|an ai)\b|\b(who|which company|"
     r"which organi[sz]ation) (built|made|created|developed|programmed|trained|funds|finances|pays for|runs|operates|is "
     r"behind) (you|this (assistant|service|bot|tool|site|chatbot|app))\b|\bwhere (does|do) (your|the) (information|data|"
     r"answers|sources) (you \w+ )?come from\b|\b(what|which) (are )?your sources\b|\bwhich sources do you (use|rely on)\b|"
     r"\bhow (up to date|current|recent|old) (are|is) (your|the) (information|documents|data|sources)\b|"
     r"\bwhat can you (do|help( me)? with)\b|\bis this (service|assistant|site|tool|chatbot) (run|operated|funded|paid "
     r"for|financed) by\b|\bdo you (store|save|keep|record|log) (my|our) (data|questions|conversations|messages)\b"),
    ("out_of_scope.fr.assistant", "out_of_scope",
     r"^(alors |et |mais |salut,? |bonjour,? )?(es-tu|tu es|t'es|etes-vous|vous etes)\b" + _X + r"{0,20}\b(neutre|"
     r"impartial\w*|objecti\w*|independant\w*|chatgpt|un (bot|robot|humain)|une (ia|intelligence artificielle))\b|"
     r"\bqui (a (developpe|cree|fait|concu|programme)|finance|paie|gere|est derriere)\b" + _X + r"{0,10}\b(cet assistant|"
     r"ce service|ce bot|ce chatbot|ce site|cet outil|toi)\b|\bd'ou viennent (tes|vos|les) (informations|donnees|"
     r"reponses|sources)\b|\bquelles sont (tes|vos) sources\b|\b(tes|vos|les) (documents|informations|donnees|"
     r"sources)\b" + _X + r"{0,40}\b(datent de quand|a jour)\b|\b(que (peux|sais)-tu faire|qu'est-ce que tu (peux|"
     r"sais) faire)\b|\bce (service|site|chatbot|assistant) est-il (gere|finance|exploite|paye)\b|\b(gardes|conserves|"
     r"enregistres|stockes)-tu (mes|nos)\b"),
    ("out_of_scope.de.assistant", "out_of_scope",
     r"^(und |aber |also |hallo,? |hi,? )?(bist du|sind sie)\b" + _X + r"{0,20}\b(neutral|unparteiisch|objektiv|"
     r"unabhangig|chatgpt|ein (bot|roboter|mensch)|eine ki)\b|\bwer hat\b" + _X + r"{0,20}\b(dich|diesen "
     r"(assistenten|dienst|bot|chatbot)|dieses (tool|angebot)|diese (seite|app))\b" + _X + r"{0,20}\b(gebaut|gemacht|"
     r"entwickelt|programmiert|erstellt)\b|\bwer (bezahlt|finanziert|betreibt) (dich|diesen (assistenten|dienst|bot)|"
     r"das hier)\b|\bwoher (stammen|kommen|hast du) (deine )?(informationen|daten|antworten|quellen)\b|\bwie aktuell "
     r"sind\b" + _X + r"{0,40}\b(unterlagen|informationen|daten|quellen)\b|\bwas kannst du\b|\bwird dieser (dienst|"
     r"assistent|chatbot)\b" + _X + r"{0,20}\b(betrieben|finanziert|bezahlt)\b|\bspeicherst du\b"),
    # the formal register: "Describe the procedure for…", "Summarise the history of women's suffrage…", "Erläutern
    # Sie, wie…" (last of the answerable rules, so that a specific rule decides first; vetoes apply; procedure and
    # electoral-system rules need a political word): about a programme or a party, a procedure, or else the system
    ("programme.en.formal", "programme",
     _FORMAL_EN + r"(?=.*\b(programmes?|programs?|manifestos?|platforms?|propos\w*|pledges?|part(y|ies)|advances?|"
     r"puts? forward|argues?)\b)"),
    ("programme.fr.formal", "programme",
     _FORMAL_FR + r"(?=.*\b(programmes?|manifestes?|propos\w*|promesses?|engagements?|partis?|avance\w*|defend\w*)\b)"),
    ("programme.de.formal", "programme",
     _FORMAL_DE + r"(?=.*\b(\w*programm\w*|vorschlag\w*|vorschlage|forder\w*|zusagen|versprechen|partei\w*|anfuhr\w*|"
     r"vertritt|vertreten)\b)"),
    ("procedure.en.formal", "procedure",
     _FORMAL_EN + r"(?=.*\b(proxy|regist\w*|postal|polling|ballot\w*|abroad|voting card|voter id|vote)\b)"),
    ("procedure.fr.formal", "procedure",
     _FORMAL_FR + r"(?=.*\b(procuration|inscri\w*|correspondance|bureaux? de vote|bulletins?|etranger|carte electorale|"
     r"voter)\b)"),
    ("procedure.de.formal", "procedure",
     _FORMAL_DE + r"(?=.*\b(vollmacht|registrier\w*|briefwahl\w*|wahllokal\w*|stimmzettel\w*|ausland|wahlkarte\w*|"
     r"wahlschein\w*|abstimm\w*|teilnehmen)\b)"),
    ("electoral_system.en.formal", "electoral_system", _FORMAL_EN),
    ("electoral_system.fr.formal", "electoral_system", _FORMAL_FR),
    ("electoral_system.de.formal", "electoral_system", _FORMAL_DE),
]

# Questions attributed to a party or a programme: only the voter's-decision markers veto them (see module doc). So
# are the voter's own step called a good idea, whose evaluative word is about that step (session 22).
ATTRIBUTED = frozenset({"programme.en.attributed", "programme.fr.attributed", "programme.de.attributed",
                        "procedure.en.own_step_timing", "procedure.fr.own_step_timing", "procedure.de.own_step_timing",
                        "comparison.any.weaknesses_found_by"})  # (session 35) "What weaknesses do Labour point to in …?"
