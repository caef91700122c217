"""Answerable intents about facts of the vote and its institutions (session 23), in fr, de and en.

A party's seats asked with the French inversion ("combien de sièges l'AfD a-t-elle ?") or with a qualifier before
its name ("the German Greens"), the list a candidate led ("menait quelle liste en 2024 ?"), the role of an
institution ("what exactly is the role of the French Senate?"), when the winner or the results are announced, "the
gist of what X wants", and a claim about the vote followed by "is that for real?" (a rumour check).
They are merged into :data:`communs.core.neutrality.intents._INTENTS_SRC` like the others (same vetoes, same need
for a political word for procedure and electoral-system rules; a refusal rule is checked first, and a verdict on the
institution still overrides an electoral-system intent: "Do we still need the Senate?").
"""

from __future__ import annotations

from communs.core.neutrality.after_the_vote import BELOW_THRESHOLD_SRC, BY_RULE_AFTER_SRC, NO_MAJORITY_SRC
from communs.core.neutrality.civic_texts import CIVIC_TEXT_SRC, RUMOUR_CORRECTED_SRC
from communs.core.neutrality.names import folded_party_alternation
from communs.core.neutrality.rule_exceptions import LOST_DOCUMENT_SRC, SECRET_BALLOT_SRC, SORTED_BY_FIGURE
from communs.core.neutrality.rumours import CHECK_OR_REPORT, WHY_SOME_SAY
from communs.core.neutrality.ways_for_me import METHOD_FOR_ME

_X = r"[^.?!:]"
_PARTY = folded_party_alternation()

_SEATS_FR = r"(sieges|deputes|eurodeputes|elus|senateurs|conseillers|mandats)"
_INSTITUTION_EN = (r"(senate|national assembly|bundestag|bundesrat|landtag|european parliament|parliament|european "
                   r"commission|council of the eu|european council|constitutional (council|court)|federal president|"
                   r"president of the republic|mayor|municipal council|city council|town council|regional council|"
                   r"departmental council|county council|state parliament)")
_INSTITUTION_FR = (r"(senat|assemblee nationale|bundestag|bundesrat|parlement europeen|parlement|commission europeenne|"
                   r"conseil de l'union europeenne|conseil europeen|conseil constitutionnel|president de la republique|"
                   r"maire|conseil municipal|conseil regional|conseil departemental|premier ministre)")
_INSTITUTION_DE = (r"(senat|bundestag|bundesrat|landtag|europaparlament|europaische parlament|europaischen parlaments|"
                   r"europaische kommission|europaischen kommission|bundesprasident\w*|burgermeister\w*|gemeinderat|"
                   r"stadtrat|kreistag|nationalversammlung|verfassungsrat|bundesverfassungsgericht|ministerrat)")

FACTS_SRC: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ a party's seats, a candidate's list
    ("programme.fr.seats_inverted", "programme",
     r"\bcombien (de |d')" + _SEATS_FR + r" (le |la |les |l')?(?<!\w)(" + _PARTY + r")(?!\w)" + _X
     + r"{0,30}\b(a|ont|possede|possedent|detient|detiennent|occupe|occupent|compte|comptent)(-t-il|-t-elle|-ils|"
     r"-elles)\b|\bcombien (le |la |les |l')?(?<!\w)(" + _PARTY + r")(?!\w) (a|ont)(-t)?-(il|elle|ils|elles) (de |d')"
     + _SEATS_FR + r"\b|\bcombien (de |d')" + _SEATS_FR + r" (le |la |les |l')?(?<!\w)(" + _PARTY + r")(?!\w)" + _X
     + r"{0,30}\b(a|ont|possede|possedent|detient|detiennent|occupe|occupent|compte|comptent)-(il|elle|ils|elles)\b|"
     r"(?<!\w)(" + _PARTY + r")(?!\w) (a|ont|possede|detient|compte) combien (de |d')" + _SEATS_FR
     + r"\b|\b(menait|conduisait|dirigeait|emmenait|a mene|a conduit|a dirige|a emmene) (quelle|quel) (liste|"
     r"parti)\b|(?<!\w)(" + _PARTY + r")(?!\w),? (il|elle|ils|elles|ca) (a|ont|possede|detient|compte) combien (de |d')"
     + _SEATS_FR + r"\b"),
    ("programme.en.seats_qualified", "programme",
     r"\bhow many (seats|mps|meps|deputies|members|senators|councillors) (does|do|did|has|have) (the )?(\w+ )(?<!\w)("
     + _PARTY + r")(?!\w)" + _X + r"{0,50}\b(currently |now |still |already )?(have|hold|control|occupy|got)\b|"
     r"\b(which|what) (list|ticket|slate) (did|had) (\w+ ){1,3}(lead|head|top)\b"),
    ("programme.de.liste_angefuhrt", "programme",
     r"\bwelche (liste|partei) (hat|hatte)\b" + _X + r"{1,40}\b(angefuhrt|gefuhrt|geleitet)\b|\bwie viele "
     r"(sitze|mandate|abgeordnete) (hat|haben|hatte|hatten) (die |der |das |den )?(\w+ )(?<!\w)(" + _PARTY + r")(?!\w)"),
    # "Can you give me the gist of what Les Écologistes want for Paris?" (the party's wishes inside a request)
    ("programme.en.gist_of_what", "programme",
     r"\b(gist|summary|overview|rundown|outline|short version) of what (the )?(\w+ ){0,2}?(?<!\w)(" + _PARTY + r")(?!\w)"
     + _X + r"{0,15}\b(want|wants|propose|proposes|plan|plans|promise|promises|stand for|stands for|offer|offers)\b"),
    # a claim about the vote checked: "Someone in a WhatsApp group says the runoff has been pushed to Monday. Is that
    # for real?" (fr "… C'est sérieux ?" is in procedure.fr.what_to_do, de "Stimmt das?" in procedure.de.what_to_do)
    ("procedure.en.claim_checked", "procedure",
     r"\b(someone|somebody|people|they|a post|a message|my \w+)\b" + _X + r"{0,30}\b(says?|said|claims?|posted)\b[^?]{0,120}"
     r"\b(elections?|vote|voting|runoff|run-off|second round|polling|ballots?)\b[^?]{0,120}\bis (that|it|this) (for real|"
     r"true|legit|serious|right|correct)\b"),
    # (session 33) what follows by rule from the result: "est-ce que le parti le plus fort forme automatiquement le
    # gouvernement ?", "Wird der Spitzenkandidat der stärksten Fraktion automatisch Präsident?"
    ("electoral_system.any.automatic_after_vote", "electoral_system", BY_RULE_AFTER_SRC),
    # (session 35) whether the first figures of the evening are the result: "les chiffres de 20h c les vrais resultats ou
    # pas", "18-uhr-prognose = endergebnis?", "is the exit poll at 10 the actual result"
    ("procedure.any.exit_poll_result", "procedure",
     r"\b(exit[- ]polls?|sondages? (de )?sortie des urnes|(chiffres|estimations?|resultats?) de 20 ?h(eures)?|"
     r"premieres estimations|(18-uhr-)?prognose\w*|hochrechnung\w*|pro[j]ec[t]ions?)\b" + _X + r"{0,40}(\b(the )?(actual|real|final|declared|certified|"
     r"official|vrai\w*|definiti\w*|officiel\w*|offiziell\w*|amtlich\w*|echte\w*|endgultig\w*) (results?|resultats?|"
     r"ergebnis\w*)\b|"
     r"\b(endergebnis\w*)\b|= ?(results?|resultats?|ergebnis\w*|endergebnis\w*)\b|"
     # (session 36) "sind die hochrechnungen um 18 uhr schon das ergebnis?"
     r"\b(sc[h]on|alr[e]ady|de[j]a) (das|the|le) (erg[e]bn[i]s|res[u]lt|res[u]lt[a]t)\b)"),
    # (session 35) the hours of the polls, also after thanks: "thanks! and what time do polls open on thursday"
    ("procedure.any.polls_hours", "procedure",
     r"\b(what time|when) (do|does|will) (the )?polls (open|close)\b|\b(a quelle heure|quand) (ouvrent|ferment) les bureaux"
     r"\b|\bles bureaux( de vote)? (ouvrent|ferment) (a quelle heure|quand)\b|\b(wann|um wie viel uhr) (offnen|schliessen|"
     r"machen) (die )?wahllokale\b"),
    # (session 35) who wins when no one has a majority, under the rules ("wer wird dann Kanzler?")
    ("electoral_system.any.no_majority", "electoral_system", NO_MAJORITY_SRC),
    # (session 33) how a blank ballot is cast and counted, the voter's choice made: "Concrètement, comment je fais pour
    # voter blanc au bureau de vote pour que ce soit bien compté comme blanc ?", "Wie genau mache ich das, damit mein
    # Stimmzettel als ungültig gezählt wird?", "How do I cast a blank vote so it counts as blank?"
    ("procedure.any.blank_how", "procedure",
     # (session 34) and a spoiled one: "Concrètement, comment on vote nul ?", "… pour que mon bulletin soit compté comme
     # nul", "damit der Stimmzettel als ungültig zählt", "how do i actually do it so it counts as spoiled"
     r"\bcomment (je fais|faire|on fait|fait-on|est-ce qu'on fait|est-ce que je fais|dois-je faire)( pour)? voter (blanc|"
     r"nul)\b|\bcomment on vote (blanc|nul)\b|"
     r"\b(compte|comptabilise)e? comme (un vote )?(blanc|nul)\b|\bwie\b" + _X + r"{0,40}\b(damit|dass)\b" + _X
     + r"{0,40}\b(als (ungultig|leer|enthaltung)|korrekt als)\b" + _X + r"{0,20}\b(gezahlt|zahlt)\b|\bhow (do|can|"
     r"should) (i|you|we)\b" + _X + r"{0,30}\b(vote blank|cast a blank (vote|ballot)|spoil (my|a|the) ballot)\b|"
     r"\bcounts? as (a )?(blank|spoiled|spoilt)\b|\bwie (wahl|wahle|stimme) ich ungultig\b|"  # (session 45) „Wie wähl ich ungültig?“
     # (session 34) the decision told first: "ich habe mich entschieden, … ungültig zu wählen. Wie mache ich das konkret",
     # "I've decided to cast a blank ballot … How do I actually do it"
     r"\b(ungultig (zu )?wahlen|wahle ungultig|cast a blank ballot|spoil my ballot|vote blank|(voter|vote) (blanc|nul))\b[^?]{0,80}"
     # (session 35: a message for friends on "wie man das macht", "how you do it properly")
     r"\b(wie (mache|mach|geht) (ich )?(das|es)|wie man (das|es) (macht|richtig macht)|schreib\w* mir auf,? wie|how do i "
     r"(actually |properly )?do (it|that)|how (you|to) do (it|that)|comment (je fais|faire|on fait|on le fait)|"
     # (session 36) "j'ai decide de voter blanc, concretement je fais comment"
     r"(je|on) (fais|fait|m'y prends|s'y prend) comment|"
     # (session 37) "C'est décidé, je vote blanc dimanche. Concrètement je mets quoi dans l'enveloppe ?", "… what do I put in
     # the envelope", "… was steck ich in den Umschlag"
     r"(je|on) (mets|met) quoi dans l'enveloppe|qu'est-ce que je mets dans l'enveloppe|what do i (actually )?put in the "
     r"envelope|was (steck|stecke|tu|tue|lege|leg) ich (\w+ )?in den umschlag)\b"),
    # (session 34) the secrecy of one's own ballot: "Kann ich sicher sein, dass niemand rausfindet, wo ich mein Kreuz
    # gemacht hab?", "est ce que je peux etre sure que personne saura pour qui j ai vote ?"
    ("procedure.any.secret_ballot", "procedure", SECRET_BALLOT_SRC),
    # (session 34) a vote for a party below the threshold: "si le parti pour lequel je vote fait moins de 5%, ma voix est
    # perdue ou elle sert a qqch ?"
    ("electoral_system.any.below_threshold", "electoral_system", BELOW_THRESHOLD_SRC),
    # (session 34) two parties on a topic, then the comparison asked: "LFI ou PS sur les retraites ? Fais-moi une mise en
    # regard de leurs propositions, sans trancher.", "Grüne oder SPD bei der Rente? Stell mir ihre Vorschläge gegenüber"
    ("comparison.any.two_on_a_topic", "comparison",
     r"^\s*(le |la |les |l'|die |der |the )?(" + _PARTY + r") (ou|oder|or|vs\.?) (le |la |les |l'|die |der |the )?(" + _PARTY
     + r") (sur|bei|beim|zu|zur|zum|on) [^.?!]{1,40}\?\s+[^?]*\b(mise en regard|en regard|compare\w*|vergleich\w*|"
     r"gegenuber|side by side|contrast\w*|cote a cote)\b|"
     # (session 36) after a word of assent, and the difference asked after a dash: "Na gut. CDU oder FDP bei der inneren
     # Sicherheit – wo genau liegt der Unterschied?", "Right. Labour or Lib Dems on policing – what's the actual difference?"
     r"^\s*((na gut|ok|okay|right|alright|d'accord|bon|also|gut)[.,!]?\s+)?(le |la |les |l'|die |der |the )?(" + _PARTY
     + r") (ou|oder|or|vs\.?) (le |la |les |l'|die |der |the )?(" + _PARTY + r") (sur|bei|beim|zu|zur|zum|on|in) [^.?!]{1,40}"
     r"(\?|\s[–—-]|:)\s*[^?]*\b(unterschied\w*|differen\w*)\b"),
    # ------------------------------------------------------------------ the role of an institution
    ("electoral_system.en.role_of", "electoral_system",
     r"\b(what|which) (exactly |actually |really )?(is|are) the (role|roles|job|function|functions|powers|tasks|duties) "
     r"of (the )?(\w+ )?" + _INSTITUTION_EN + r"\b|\bwhat (exactly |actually )?does the (\w+ )?" + _INSTITUTION_EN
     + r" (do|decide)\b"),
    ("electoral_system.fr.role_of", "electoral_system",
     r"\b(quel|quels) (est|sont) (concretement |exactement |au juste )?(le|les) (role|roles|pouvoirs|missions|fonctions|"
     r"attributions|competences) (du|de la|de l'|des) ?(\w+ )?" + _INSTITUTION_FR + r"\b|\b(a quoi sert|que fait|"
     r"que decide) (concretement |exactement )?(le|la|l') ?(\w+ )?" + _INSTITUTION_FR + r"\b(?! (encore|vraiment|"
     r"aujourd'hui))"),
    ("electoral_system.de.role_of", "electoral_system",
     r"\bwelche (aufgaben|rolle|befugnisse|kompetenzen|funktionen?|rechte) (hat|haben|spielt|spielen) (der|die|das) "
     r"(\w+ )?" + _INSTITUTION_DE + r"\b|\bwas (macht|tut|entscheidet) (der|die|das) (\w+ )?" + _INSTITUTION_DE
     + r" (eigentlich|genau|konkret|uberhaupt)\b(?! noch)|"
     # (session 34) "Wofür ist ein Kreistag eigentlich zuständig?"
     r"\bwofur (ist|sind) (ein|eine|der|die|das) (\w+ )?" + _INSTITUTION_DE + r" (eigentlich |genau |denn )?zus[t]and[i]g\b"),
    # ------------------------------------------------------------------ teaching material and plain language
    # "Put together a 45-minute lesson plan on the two-round majority system", "Put the main points of Volt's programme
    # on digital policy into plain language"
    ("electoral_system.any.lesson", "electoral_system",
     r"\b(lesson plans?|lessons?|plan de cours|sequence (pedagogique|de cours)|fiche (pedagogique|de revision)s?|"
     r"unterrichtsentw\w*|unterrichtsstunde\w*|stundenentw\w*|arbeitsbl\w*|worksheets?|flashcards?)\b"
     r"[^?!]{0,80}\b(scrutin|voting systems?|electoral systems?|\w*wahlrecht\w*|wahlsystem\w*|\w*wahlgang\w*|two-round|"
     r"deux tours|proportional|proportionnelle|zweitstimme|erststimme|d'?hondt|sainte-lague|thresholds?|seuil|"
     r"hurde|sperrklausel|majority system|systeme majoritaire)\b"),
    ("programme.any.plain_language", "programme",
     r"^(?=.*((?<!\w)(" + _PARTY + r")(?!\w)|\bprogramm\w*|\bmanifesto)).*\b((into|in) (plain|simple|easy) (language|"
     r"english|words)|en (langage|langue|francais|mots) (simple|facile|clair)s?|en falc|in (einfache|leichte) sprache)\b"),
    # ------------------------------------------------------------------ when the winner or the results are announced
    ("procedure.en.when_announced", "procedure",
     r"\bwhen (will|is|are|do|does|would|should)\b" + _X + r"{0,60}\b(winners?|results?|outcome|elected (candidates?|"
     r"mayor|mps?)|new mayor)\b" + _X + r"{0,40}\b(announced|declared|published|publishes|proclaimed|known|certified|made "
     r"official|come out|comes out)\b"),
    ("procedure.fr.when_announced", "procedure",
     r"\b(quand|a quelle heure|a partir de quand)\b" + _X + r"{0,60}\b(vainqueurs?|gagnants?|resultats?|elus?|elues?|"
     r"nouveau maire)\b" + _X + r"{0,40}\b(annonce\w*|proclame\w*|publie\w*|connu\w*|officialise\w*)\b"),
    ("procedure.de.when_announced", "procedure",
     r"\b(wann|ab wann|um wie viel uhr)\b" + _X + r"{0,60}\b(gewinner\w*|sieger\w*|\w*ergebnis\w*|gewahlt\w*)\b" + _X
     + r"{0,40}\b(bekannt ?gegeben|verkundet|veroffentlicht|bekannt|festgestellt)\b"),
    # ------------------------------------------------------------------ who announces them (session 24)
    ("procedure.en.who_announces", "procedure",
     r"\bwho (officially )?(announces|declares|publishes|proclaims|certifies)\b" + _X + r"{0,40}\b(results?|winners?|"
     r"outcome)\b"),
    ("procedure.fr.who_announces", "procedure",
     r"\bqui (annonce|proclame|publie|valide|certifie)( officiellement)?\b" + _X + r"{0,40}\b(resultats?|vainqueurs?|"
     r"elus?)\b"),
    # ------------------------------------------------------------------ a candidate's party, offices and constituency
    # (session 24): "What party is Marie Toussaint with?", "Welche Mandate hatte X bisher inne?", "Wer tritt in meinem
    # Wahlkreis als Direktkandidat an?", "Has X sat on the town council before?" are facts about candidates
    ("programme.en.candidate_facts", "programme",
     # (session 36: not "Which party does that leave me with?", the voter's priorities told first)
     r"\b(what|which) party (is|was|does) (?!(that |this |it )?lea[v]es? (me|us)\b)(\w+ ){1,3}(with|in|from|a member of|"
     r"belong to|represent|run for|stand for)"
     r"\s*\?|\b(what|which) (offices|posts|positions|mandates|seats) (has|did|does|have) [\w'-]+( [\w'-]+){0,2} (held|hold|"
     r"occupied|served in)\b|\b(who|which candidates) (are|is) (the candidates? )?(standing|running)( for \w+)? in "
     r"(my|our|the) (constituency|ward|district|town|city)\b|\bwho are the candidates (standing|running) in\b|"
     r"\bwho('s| is| are) (standing|running) (for \w+ )?in (my|our|the) (constituency|ward|district|canton)\b|"
     r"\b(has|did) [\w'-]+( [\w'-]+){0,2}(,[^,?]{1,60},)? (already |ever |previously )?(sat|served|been) (on|in|as a member of) "
     r"(the )?(town|city|municipal|regional|county|local) council\b"),
    ("programme.fr.candidate_facts", "programme",
     r"\b(est|es|etait) (de|du|membre de) quel parti\b|\bde quel parti (est|etait|fait partie|vient)\b|\bquel est le "
     r"parti (de|d')\b|\bquels (mandats|postes|fonctions) (\w+ ){1,3}(a-t-il|a-t-elle|a) (deja )?(exerce|occupe|"
     r"detenu)\w*\b|\b(qui sont|c'est qui|ce sont qui) les candidat(e)?s (en lice |qui se presentent )?(dans|a|pour|de) "
     r"(ma|mon|notre|la|le) (circonscription|circo|commune|ville|canton)\b|\b(a-t-il|a-t-elle) deja siege (au|a l'|dans le|a la) (conseil|assemblee|"
     r"parlement|senat)\b"),
    ("programme.de.candidate_facts", "programme",
     r"\b(zu )?welcher partei (gehort|angehort|gehorte)\b|\bin welcher partei (ist|war)\b|\bfur welche partei "
     r"(tritt|kandidiert|sitzt)\b|\bwelche (mandate|amter|posten|funktionen) (hatte|hat|hielt|bekleidete|bekleidet) "
     r"[\w'-]+( [\w'-]+){0,2} (bisher |schon |bereits )?(inne|bekleidet|gehabt)\b|\bwer (tritt|kandidiert) (eigentlich |denn )?"
     r"(in|im|bei) (meinem|unserem|dem|den|der) (\w+ )?(wahlkreis|kanton|\w*wahlen)\b|\b(tritt|kandidiert)\b[^?]{0,80}"
     r"\bfur welche partei( eigentlich| denn)?\s*\?|\b(sass|sitzt) [\w'-]+( [\w'-]+){0,2}(,[^,?]{1,60},)? (schon|bereits) (einmal |mal )?(im|in der|im) "
     r"(gemeinderat|stadtrat|kreistag|landtag|bundestag)\b"),
    # a table of what two named people propose: "a table of what Jonas Kessler and Monika Brandstätter propose on
    # childcare" (candidates of a local list the party names do not know)
    ("comparison.en.what_two_propose", "comparison",
     r"\b(table|list|overview|summary|comparison) of what (\w+ ){1,3}and (\w+ ){1,3}(propose|promise|are proposing|"
     r"are promising)\b"),
    ("comparison.fr.what_two_propose", "comparison",
     r"\b(tableau|liste|resume|synthese|comparatif) (de ce que|des propositions de) (\w+ ){1,3}et (\w+ ){1,3}"
     r"(proposent|promettent)?\b"),
    ("comparison.de.what_two_propose", "comparison",
     r"\b(tabelle|liste|ubersicht|vergleich)\b" + _X + r"{0,30}\bwas (\w+ ){1,3}und (\w+ ){1,3}(zu|fur|bei|zum|zur)? ?"
     r"(\w+ ){0,2}(vorschlagen|versprechen|fordern)\b"),
    # a forwarded message checked (session 24): "Mir wurde eine Nachricht weitergeleitet, laut der man per SMS wählen
    # kann. Gibt es das wirklich?"
    ("procedure.de.gibt_es_wirklich", "procedure",
     r"\b(nachricht|sms|e-?mail|post|brief|flyer|aushang|behauptet|heisst es|laut der|wonach)\b[^?]{0,200}\bgibt es "
     r"(das|so was|sowas|diesen dienst|den dienst) (wirklich|tatsachlich|echt)\b"),
    # a chain message quoted, then "any truth to that?" (session 24)
    ("procedure.en.any_truth", "procedure",
     r"\b(chain (message|letter)|message|post|flyer|text|forward\w*|leaflet)\b[^?]{0,200}\b(vot\w*|ballots?|polling|"
     r"elections?)\b[^?]{0,200}\b(any truth (to|in) (that|this|it)|is there any truth)\b"),
    # "What's the 'Vivre à Montreuil' list saying about school canteens?"
    ("programme.en.list_saying", "programme",
     r"\bwhat('s| is| are)( the)? (\S+ ){0,6}(list|party|ticket|candidate)('s)? saying (about|on)\b"),
    # a past result (session 24): "What percentage did the German Greens get in the 2021 federal election?"
    ("programme.en.past_result", "programme",
     r"\b(what (percentage|share( of the vote)?|score|result)|how (much|many (votes|seats)))\b" + _X
     + r"{0,40}\b(did|got|get|win|won)\b" + _X + r"{0,60}\b((19|20)\d\d|(in|at) the (last|previous) "
     r"(\w+ )?(elections?|vote|time))\b|\bhow did [\w'-]+( [\w'-]+){0,2} do (in|at) the (last|previous) (\w+ )?"
     r"elections?\b"),
    # (session 25) the last election instead of a year: "Quel score les Verts avaient-ils fait aux dernières municipales
    # à Strasbourg ?", "Et Die Linke, elle avait fait combien aux dernières élections au Bundestag ?"
    ("programme.fr.past_result", "programme",
     r"\b(quel (score|pourcentage|resultat)|combien( de (voix|sieges|pour ?cent))?)\b" + _X + r"{0,60}\b(ont-ils|"
     r"ont-elles|a-t-il|a-t-elle|avaient-ils|avaient-elles|avait-il|avait-elle|ont|a|avait|avaient) (fait|obtenu|"
     r"realise|eu|recolte)(e|es|s)?\b" + _X + r"{0,60}\b((19|20)\d\d|(aux|lors des|a la|lors de la) (dernieres?|precedentes?) "
     r"(elections?|municipales|legislatives|europeennes|regionales|departementales|presidentielles?))\b|"
     r"\b(avait|avaient|a|ont)( fait| obtenu| eu) combien\b" + _X + r"{0,20}\b(aux|lors des|aux precedentes|a la) "
     r"(dernieres?|precedentes?)? ?(elections?|municipales|legislatives|europeennes|regionales|presidentielles?)\b"),
    ("programme.de.past_result", "programme",
     r"\bwie viel(e)? (prozent|stimmen|sitze)\b" + _X + r"{0,80}\b((19|20)\d\d|(bei der|bei den) (letzten|vorigen|"
     r"vergangenen) \w*wahl\w*|letztes mal)\b" + _X + r"{0,20}\b(geholt|bekommen|erreicht|erzielt|gemacht)\b|"
     r"\bwie (hat|haben) [\w'-]+( [\w'-]+){0,2} (bei der|bei den) (letzten|vorigen|vergangenen) \w*wahl\w* "
     r"abgeschnitten\b|"
     # (session 37) a past year: "Wie hat die SPD 2021 mit Olaf Scholz als Kanzlerkandidat abgeschnitten?" ("hätte", a
     # counterfactual, folds to "hatte" and is left out)
     r"\bwie (hat|haben) [\w'-]+( [\w'-]+){0,2}\b" + _X + r"{0,40}\b(19|20)\d\d\b" + _X + r"{0,60}\babgeschnitten\b|"
     # (session 26) "wie viel hatte die fdp bei der letzten bundestagswahl?"
     r"\bwie viel(e)?( prozent| stimmen| sitze)? (hatte|hatten|bekam|bekamen|holte|holten)\b" + _X + r"{0,40}\b(bei der|"
     r"bei den) (letzten|vorigen|vergangenen) \w*wahl\w*"),
    # (session 30) a party's results at the last elections, asked as a list or a table: "fais moi un petit tableau avec les
    # resultats des Verts allemands aux trois dernieres elections federales", "the German Greens' results at the last
    # three federal elections" (a past result is a programme fact since session 24; a future one a prediction)
    ("programme.any.past_results", "programme",
     r"^(?=.*((?<!\w)(" + _PARTY + r")(?!\w)|\b(part(y|ies)|partis?|partei\w*|lists?|listes?|verts|grunen?|greens)\b))"
     # (session 42) "vote share", "die Zweitstimmenergebnisse"
     r".*\b(results?|resultats?|\w*ergebnis(se|sen)?|scores?|vote sh[a]res?|share of the vote|sti[m]me[n]an[t]eil\w*)\b" + _X
     + r"{0,60}\b(at|in|from|aux|lors des|des|bei den|bei der|"
     r"der|in den) (the )?((two|three|four|five|deux|trois|quatre|cinq|zwei|drei|vier|funf) )?(last|previous|past|"
     r"dernieres?|precedentes?|letzten|vorigen|vergangenen) ((two|three|four|five|deux|trois|quatre|cinq|zwei|drei|vier|"
     r"funf) )?(\w+ )?(elections?|municipales|legislatives|europeennes|regionales|presidentielles?|\w*wahl\w*)\b|"
     # (session 42) "… au premier tour de chaque présidentielle depuis 2002", "bei allen Bundestagswahlen seit 2009"
     r"^(?=.*((?<!\w)(" + _PARTY + r")(?!\w)|\b(part(y|ies)|partis?|partei\w*|lists?|listes?)\b))"
     r".*\b(results?|resultats?|\w*ergebnis(se|sen)?|scores?)\b" + _X + r"{0,80}\b(de chaque|a chaque|at every|at each|in every|bei "
     r"a[l]len|bei jeder) (\w+ )?(elections?|presidentielles?|legislatives|\w*wahl\w*)\b" + _X + r"{0,20}\b(depuis|since|seit) "
     r"(19|20)\d\d\b"),
    # (session 37) how a named party wants to do something: "Wie will die SPD die Schwachstellen im Rentengesetz
    # beheben?" (as "How does the SPD want to …", "Comment le PS veut-il …", read by the programme rules)
    ("programme.de.wie_will", "programme",
     r"\bwie (will|wollen|mochte|mochten|plant|planen) (die |der |das )?(" + _PARTY + r")(?!\w)" + _X + r"{1,80}\b\w+(en|ern|eln)\s*\?"),
    # each party in one sentence (session 24): "Sum up each party in one sentence, based on its own manifesto"
    ("comparison.en.each_in_a_sentence", "comparison",
     r"\b(each|every) party\b" + _X + r"{0,30}\bin (one|a single|two|a) sentences?\b"),
    ("comparison.fr.chaque_en_une_phrase", "comparison",
     r"\b(chaque|tous les) partis?\b" + _X + r"{0,30}\ben (une|deux) phrases?\b"),
    ("comparison.de.jede_in_einem_satz", "comparison",
     r"\b(jede|alle) partei(en)?\b" + _X + r"{0,30}\bin (einem|zwei) satz(en)?\b"),
    # legal consequences of one's own vote (session 24): "Could voting for a party the media calls extremist get me into
    # legal trouble?" (any party on the ballot may be voted for, policy session 22)
    ("procedure.en.legal_trouble", "procedure",
     r"\bvot\w*\b" + _X + r"{0,80}\b(legal (trouble|consequences|problems)|get (me )?into (any )?(legal )?trouble)\b"),
    ("procedure.fr.consequences_juridiques", "procedure",
     r"\bvot\w*\b" + _X + r"{0,80}\b(consequences? juridiques?|poursuites judiciaires)\b"),
    ("procedure.de.rechtliche_folgen", "procedure",
     r"\b(rechtliche|juristische) (folgen|konsequenzen)\b" + _X + r"{0,80}\bwahl\w*\b"),
    # (session 27) trouble in everyday words: "can i get in trouble for voting reform?", "jpeux avoir des ennuis si je
    # vote Reconquete?", "krieg ich aerger wenn ich die afd waehle?", "Kann man sich strafbar machen, wenn man … wählt?"
    ("procedure.en.get_in_trouble", "procedure",
     # (session 36) trouble at work: "Ich bin verbeamtete Lehrerin. Kann es mir beruflich schaden, wenn ich die Linke
     # wähle?", "Could voting Reform hurt my job?" (the letters in brackets: no new repair targets)
     r"\b(kann|konnte|konnen) (es|das) (mir|uns) (be[r]uf[l]ich )?sch[a]den,? wenn (ich|wir)\b[^.?!]{0,40}\bwah[l]\w*|"
     r"\bvot\w*\b[^.?!]{0,40}\b(hu[r]t|har[m]|dam[a]ge|cos[t] me) (my )?(jo[b]|car[e]er|pos[i]t[i]on)\b|"
     r"\b(get|be|land) (me |myself |you |someone |people )?(in|into) (any )?(legal )?trouble\b[^.?!]{0,50}\bvot\w*|"
     r"\b(illegal|against the law|a crime|an offen[cs]e) to vote for\b"),
    ("procedure.fr.ennuis", "procedure",
     r"\b(avoir|attirer|risqu\w*|caus\w*|faire|aurai|aurais) (des|de) (ennuis|problemes)\b[^.?!]{0,30}\b(si (je|j'|on|tu|"
     r"mes|mon|ma)|en votant|pour avoir vote)|"
     r"\bvot\w*\b[^.?!]{0,60}\b(m'|me |nous |te |t')(attirer|causer|valoir|apporter|faire avoir) (des|de) (ennuis|"
     r"problemes)\b|"
     r"\b(illegal|interdit) de voter pour\b|\b(risque|risques|risquer)(-je|-t-on)? (quelque chose|qqch|gros)\b[^.?!]{0,40}"
     r"\bvot\w*"),
    ("procedure.de.aerger", "procedure",
     r"\b(a?e?rger|probleme|schwierigkeiten)\b[^.?!]{0,40}\b(wenn|weil|falls) (ich|man|wir|du) [^.?!]{0,40}"
     r"\bwa(e)?hl(e|t|en)\b|"
     r"\bstrafbar\b[^.?!]{0,60}\bwa(e)?hl(e|t|en)\b|\bverboten,? \w+ zu wahlen\b"),
    # (session 27) who stands, a candidate's list, current seats, where and when I vote, in chat words: "Welche
    # Kandidatinnen und Kandidaten stehen in meinem Wahlkreis für den Kreistag zur Wahl?", "Il est sur quelle liste ?",
    # "Combien de sièges le RN a-t-il actuellement au conseil municipal ?", "je vote où ?", "le 1er tour c qd deja"
    ("programme.de.wer_steht_zur_wahl", "programme",
     r"\bwelche (kandidat\w*|bewerber\w*)( und (kandidat|bewerber)\w*)? (stehen|treten|kandidieren)\b[^?]{0,60}"
     r"\b(zur wahl|an)\b"),
    ("programme.fr.sur_quelle_liste", "programme",
     r"\b(il|elle|il ou elle) est sur quelle liste\b|\bsur quelle liste (est|figure|se presente) (il|elle|t-il|t-elle)\b"),
    ("programme.any.current_seats", "programme",
     r"\bcombien de (sieges|elus|conseillers|deputes)\b[^?]{0,60}\b(actuellement|aujourd'hui|en ce moment|"
     r"a l'heure actuelle)\b(?=[^?]{0,40}\b(conseil|assemblee|parlement|senat|hemicycle))|\bhow many (seats|councillors|"
     r"mps|meps)\b[^?]{0,40}\b(does|do) [^?]{1,40}\b(currently |now )?(have|hold) (on|in) (the |our |my )?(\w+ ){0,2}"
     r"(council|parliament|assembly|senedd|commons|chamber|bundestag|landtag)\b|\bwie viele (sitze|mandate|abgeordnete)\w* "
     r"(hat|haben) [^?]{1,40}\b(derzeit|aktuell|momentan|zurzeit|gerade|im moment)\b(?=[^?]{0,40}\b(\w*rat|kreistag|"
     r"landtag|bundestag|parlament))"),
    # (session 27) a candidate's party and past office, who stands where, who won a seat: "Julien Lefort, il est
    # candidat pour quel parti ?", "Which party's list is Priya Shah heading?", "Who's standing in Cambridge?", "Wer
    # kandidiert bei uns im Wahlkreis Köln II?", "Depuis quand X est-il maire ?", "Seit wann ist X Oberbürgermeister?",
    # "How long has X been leader of the council?", "Who won Bath in 2024?", "Quel parti a remporté le plus de sièges
    # aux législatives de 2022 ?"
    ("programme.any.candidate_record", "programme",
     r"\b(se presente|est candidate?|candidate?|candidat\w*) (pour|sous l'etiquette de) quel parti\b|\bwhich party'?s "
     r"(list|ticket) is [\w' -]{1,40} (heading|leading|on)\b|\bwho('?s| is| are) (standing|running) (for \w+ )?in "
     r"(?!(the|my|your|our|their) way\b)[a-z][\w' -]{1,30}( at the (next |coming )?(general |local |council |mayoral )?elections?)?\s*\?|\bwer kandidiert "
     r"(bei uns |hier )?(im|in|fur den) wahlkreis\b|\bdepuis quand [\w' -]{1,40} (est-il|est-elle|est) (maire|depute\w*|"
     r"senat\w*|president\w*|conseill\w*)\b|\bseit wann ist [\w' -]{1,40} (\w*burgermeister\w*|abgeordnete\w*|landrat\w*|"
     r"ministerprasident\w*|im (bundestag|landtag|stadtrat|gemeinderat))\b|"
     # (session 34) "seit wann is merz eigentlich cdu-chef"
     r"\bseit wann (ist|is) [\w' -]{1,40} (eigentlich |schon |denn )?[\w-]*(chef|chefin|vorsitzende[rn]?)\b|\b(how long|since when) has [\w' -]{1,40} been (the |our |my |an? )?"
     r"(mayor|mp|an mp|leader of the council|council leader|councillor|first minister|mep)\b|\bwho won [a-z][\w' -]{1,30} "
     r"(at|in) the (\d{4} )?(general |local |council |by-?)?elections?\b|\bquel parti a (remporte|obtenu|gagne) le plus "
     r"de (sieges|voix|deputes) (aux|a la|lors des) [\w' -]{1,30}\b(de |en )?(19|20)\d\d\b|"
     # (session 28) offices held, the candidates of one's constituency, who leads a party into the election, a past
     # result: "Welche Ämter hatte die Kandidatin Anja Köhler bisher?", "Qui sont les candidats dans ma nouvelle
     # circonscription ?", "Who's leading the Lib Dems into the election?", "what % did the greens get at the last
     # general election"
     r"\bquels (mandats|postes|fonctions)\b[^?.!]{0,50}\b(a|a-t-il|a-t-elle|ont|ont-ils|ont-elles) (deja )?(exerce|occupe|"
     r"eu|detenu)\w*|\bwelche (amter|mandate|posten|funktionen)\b[^?.!]{0,50}\b(hatte|hat|hatten|haben|bekleidete|"
     r"bekleidet)\b|\b(il|elle) a (eu|occupe|exerce) quels (mandats|postes|fonctions)\b|\b(what|which) (offices|posts|"
     r"positions|roles)\b[^?.!]{0,40}\b(has|have|did)\b[^?.!]{0,40}\b(held|hold|had)\b|"
     r"\bqui sont les candidat\w* (dans|de) (ma|mon|notre) (nouvelle |nouveau )?(circonscription|canton|commune|ville)\b|"
     r"\bwho are the candidates in (my|our) (new )?(constituency|ward|seat|area|district)\b|\bwer (sind|ist) die "
     r"(kandidat\w*|bewerber\w*) (in|fur) (meinem|unserem) (neuen )?(wahlkreis|bezirk|stadtteil)\b|"
     r"\bwho('?s|s| is) (leading|heading) [\w' -]{1,40} into (the |this )?(next |coming )?([\w' -]{1,20} )?elections?\b|"
     # (session 34) "what did the Greens get at the last European election, in percent and seats?", "Lag bei der
     # Europawahl 2024 in Frankreich der RN vorne?"
     r"\b(what|how much|how many)( %| percent| per cent| of the vote| votes| seats)? did [\w' -]{1,30} "
     r"(get|win|receive|take|poll) (at|in) the (last|previous|\d{4})\b|\blag (bei|in) (der|den) (\w+ ){0,2}((19|20)\d\d|"
     r"letzten|vergangenen)\b" + _X + r"{0,60}\b(vorne|vorn|an der spitze)\b|\bwie viele? ?(%|prozent|stimmen|sitze) (hatte|hat|"
     r"bekam|holte|erhielt|erreichte) [\w' -]{1,30} (bei|in) der (letzten|vergangenen|\w+ (19|20)\d\d)\b|\bcombien "
     r"(de ?%|de voix|de sieges|de pour ?cent) (a fait|a obtenu|a eu|avait|ont fait|ont obtenu) [\w' -]{1,30} (aux|a la|"
     r"lors des?) (dernieres?|precedentes?)\b"),
    # (session 27; policy session 24) whether postal voting is safe enough: a question about safeguards
    ("procedure.any.postal_vote_safe", "procedure",
     r"\b(is|ist|est-ce que) (the |die |le |la )?(postal vot\w*|voting by post|postal ballots?|briefwahl|vote par "
     r"correspondance|procuration)\b[^.?!]{0,25}\b(safe|secure|sicher|sure|fiable|secret)\b|\b(le vote par correspondance|"
     r"la procuration) (est-il|est-elle) (vraiment |assez )?(sur|fiable|securise)\b"),
    # (session 28) how to spoil one's ballot ("How do I actually spoil my ballot if I want to?"), as "comment voter blanc ?"
    ("procedure.en.spoil_how", "procedure",
     r"\bhow (do|can|would|should) (i|we|you|one|people) (actually |deliberately |properly )?(spoil|void) (my|a|the|your|"
     r"our|their) (ballot|ballot paper|vote)\b|\bhow (do|can) (i|you) (cast|make|leave) a (blank|spoilt|spoiled) "
     r"(ballot|vote)\b"),
    ("procedure.fr.je_vote_ou", "procedure",
     r"\bje vote (ou|quand|comment)\b|\b(le )?(1er|premier|second|2e|2nd|deuxieme) tour\b[^?.!]{0,15}\b(c'est|c|cest|ce "
     r"sera|c sera|a lieu|tombe) (qd|quand)\b"),
    # (session 27) what an elected office does and how many sit in a body: "What does a police and crime commissioner
    # actually do?", "Que fait un maire exactement ?", "Was macht eigentlich ein Landrat?", "How many councillors sit on a
    # London borough council?", "Wie viele Abgeordnete sitzen im Bundestag?"
    ("electoral_system.en.what_an_office_does", "electoral_system",
     r"\bwhat (does|do) (a|an|the|our|my) (local |county |city |town |borough |regional )?(mayors?|police and crime "
     r"commissioners?|mps?|meps?|councillors?|councils?|member of parliament|metro mayor|senedd|european parliament|"
     r"house of lords|speaker) (actually |really |even |exactly )?do\b|\bhow many (councillors|mps|meps|members|seats) "
     r"(sit|are there|are) (on|in) (a|an|the|our|my) (\w+ ){0,3}(council|parliament|assembly|senedd|commons|house)\b"),
    ("electoral_system.fr.ce_que_fait_un_elu", "electoral_system",
     r"\b(que|qu'est-ce que) fait (un|une|le|la|notre) (maire|depute\w*|eurodepute\w*|senat\w*|conseill\w* "
     r"(municipal|municipaux|regional|regionaux|departemental|departementaux)\w*|president\w* de (region|departement))"
     r"( exactement| vraiment| concretement)?\b|\bcombien (de|d') (conseillers|deputes|senateurs|eurodeputes|elus|sieges) "
     r"(siegent|y a-t-il|compte|sont) (au|a l'|dans (le|la|l'|un|une)) ?(\w+ ){0,2}(conseil|assemblee|parlement|senat|"
     r"hemicycle)\w*"),
    ("electoral_system.de.was_macht", "electoral_system",
     r"\bwas (macht|tut) (eigentlich |genau |denn )?(ein|eine|der|die|unser|unsere) (\w*burgermeister\w*|landrat|"
     r"landratin|abgeordnete\w*|stadtrat|gemeinderat|kreistag|bundesrat|europaabgeordnete\w*|ministerprasident\w*)"
     r"( eigentlich| genau)?\b|\bwie viele (abgeordnete|mitglieder|sitze|stadtrate|gemeinderate)\w* (sitzen|gibt es|hat) "
     r"(im|in der|in einem|in einer|der|die|das) (\w+ )?(bundestag|landtag|stadtrat|gemeinderat|kreistag|parlament\w*)\b"),
    # ------------------------------------------------------------------ what to bring, asked of a first-time voter
    ("procedure.de.mitnehmen", "procedure",
     r"\b(ins|in das|zum) wahllokal\b" + _X + r"{0,30}\b(mitnehmen|mitbringen|dabeihaben|vorzeigen)\b"),
    # (session 26) a candidate's list and party: "Auf welcher Liste steht er ganz oben, und in welcher Partei ist er?"
    ("programme.de.liste_partei", "programme",
     r"\bauf welcher liste (steht|stehen|kandidiert|kandidieren|tritt|treten)\b|\bin welcher partei (ist|sind|war) (er|sie)\b|"
     r"\bfur welche partei (tritt|kandidiert) (er|sie)\b"),
    # (session 31) a candidate's past local office and party membership: "Martine Delcourt, la candidate sans étiquette,
    # elle a déjà été adjointe au maire ou conseillère municipale ?", "War die parteilose Kandidatin … früher schon
    # Beigeordnete oder Gemeinderätin?", "Has …, the independent candidate, held any local office before?", "Is Thomas
    # Berger a member of any party, or is he standing as an independent?"
    ("programme.any.candidate_office", "programme",
     r"\b(a|a-t-il|a-t-elle|a-t-on)( deja| jamais| auparavant)? (ete|siege|exerce) (comme |en tant qu'|au |a la )?"
     r"(adjoint\w*|conseill\w*|maire|depute\w*|senat\w*|elue?s?|mandat\w*)\b|\b(war|ist) (er|sie|der|die|das)\b"
     + _X + r"{0,60}\b(fruher|bisher|schon|jemals|vorher)( einmal| mal)?\b" + _X + r"{0,30}\b(beigeordnet\w*|"
     r"gemeinderat\w*|stadtrat\w*|ortsrat\w*|kreisrat\w*|\w*burgermeister\w*|abgeordnet\w*|ratsmitglied\w*)\b|"
     r"\b(has|did|had) [\w' ,-]{1,60}\b(held|hold|occupied|served in)( any| a| an| some)? (local |public |elected |"
     r"political |council )?(office|post|position|seat|mandate)s?\b|\b(est|est-il|est-elle|il est|elle est) (membre|"
     r"adherent\w*|encarte\w*) (d'un|d'une|du|de la|a un) (parti|formation|mouvement)\b|\b(se presente|est candidate?|"
     r"il est|elle est)( \w+)? sans etiquette\b|\bist [\w' -]{1,40} mitglied (einer|der|in einer|irgendeiner) partei\b|"
     r"\btritt (er|sie) parteilos an\b|\bis [\w' -]{1,40} (a )?member of (any|a|the|which) (political )?party\b|"
     r"\b(is|he's|she's) (he |she )?(standing|running) as an independent\b|"
     # (session 32) the name with who they are, and a council seat: "Has Sophie Marchal, who leads the no committee,
     # ever been a town councillor?", "was the mayor candidate Paul Martin already on the council or deputy mayor
     # before?", "War Sophie Marchal, die das Nein-Komitee anführt, schon einmal Gemeinderätin?"
     r"\b(has|was|is) [\w' ,-]{1,80}\b(ever|already|previously|once)( been)? (a |an |on the )?(town |city |local |municipal "
     r"|district |county )?(councillor|council member|council|deputy mayor)\b|\bwar [\w' ,-]{1,80}\b(schon einmal|schon mal|"
     r"fruher|jemals|bisher)\b" + _X + r"{0,30}\b(gemeinderat\w*|stadtrat\w*|ortsrat\w*|kreisrat\w*|beigeordnet\w*|"
     r"\w*burgermeister\w*)\b"),
    # (session 31) what sets two named parties apart: "LFI oder PS beim Thema Atomkraft: Was genau trennt die beiden?",
    # "Verts ou SPD sur le climat : qu'est-ce qui les différencie ?"
    ("comparison.any.what_sets_apart", "comparison",
     # (the letters in brackets keep "apart" and "chair" out of the typo repair's vocabulary: "appart" stays a flat)
     r"^(?=.*(?<!\w)(" + _PARTY + r")(?!\w)).*\b(what|was|qu'est-ce qui|qu'est ce qui|qui)\b" + _X + r"{0,20}\b(sets? "
     r"(them|the two|both|those two) ap[a]rt|separates? (them|the two|both)|distinguish(es)? (them|the two|both)|trennt (die "
     r"beiden|sie|beide)|unterscheidet (die beiden|sie|beide)|les (differencie|distingue|separe|oppose)\w*|"
     r"(differencie|distingue|separe)\w* (les deux|ces deux))\b"),
    # (session 31) more wordings of a candidate's offices: "What elected offices has Jordan Bardella held so far?", "War
    # Friedrich Merz schon einmal Abgeordneter im Europaparlament?", "Was … ever a member of the European Parliament?",
    # "depuis quand weidel est coprésidente de l'afd", "seit wann ist weidel afd-chefin", "since when has weidel been afd
    # co-leader"
    ("programme.any.candidate_offices_held", "programme",
     r"\b(what|which) (elected|political|public|local|party) (offices|posts|positions|mandates|roles)\b" + _X + r"{0,40}"
     r"\b(has|have|did)\b" + _X + r"{0,40}\b(held|hold|had)\b|\b(war|ist) [\w' -]{1,40}\b(schon|jemals|fruher|bisher)"
     r"( einmal| mal)? (\w+ )?(abgeordnet\w*|europaabgeordnet\w*|mitglied (des|im|der) \w+|minister\w*|"
     r"\w*burgermeister\w*)\b|\b(was|has) [\w' -]{1,40} (ever|already|previously|once)( been)? (a |an )?(member of (the )?"
     r"(european parliament|bundestag|assemblee nationale|national assembly|senate|parliament)|mep|mp|minister|mayor)\b|"
     r"\bdepuis quand [\w' -]{1,40} (est|est-il|est-elle) (co-?)?(president\w*|presidente|porte-parole|chef\w*|secretaire\w*)"
     r"\b|\bseit wann ist\b[\w' -]{1,40}(chef|chefin|vorsitzende\w*|sprecher\w*)\b|\b(since when|how long) has "
     r"[\w' -]{1,40} been (the |an? )?([\w-]+ )?(co-?leader|leader|ch[a]ir\w*|spokes\w*)\b|"
     # (session 35) in an indirect question after an accepted refusal: "So just tell me how long Janet Price has been
     # council leader.", "Dann sag mir wenigstens, seit wann Claudia Hartmann Bürgermeisterin ist."
     r"\bhow long [\w' -]{1,40} has been (the |an? )?([\w-]+ )?(leader|mayor|mp|cou[n]cil[l]?or|ch[a]ir\w*)\b|\bseit wann "
     r"[\w' -]{1,40} (\w*burgermeister\w*|landrat|landratin|abgeordnete\w*|vorsitzende\w*|chef|chefin) (ist|war)\b"),
    # (session 31) each list's plans asked in German after the voter accepted a refusal: "Dann zeig mir wenigstens,
    # was jede Liste bei den Buslinien vorhat."
    ("comparison.de.jede_liste", "comparison",
     r"\bwas (jede|alle|die einzelnen|die) (partei|parteien|liste|listen)\b" + _X + r"{0,40}\b(vorhat|vorhaben|plant|"
     r"planen|will|wollen|verspricht|versprechen|fordert|fordern)\b"),
    # (session 31) a list or table redone with a party it left out, or in an order that favours none: "Tu as oublié le
    # PCF dans ta réponse sur le SMIC !! Refais la liste complète", "In deiner Liste … fehlt glaube ich das BSW. Prüf das
    # und mach sie neu.", "Volt always comes first in your table. Redo it in an order that doesn't favour any party."
    ("comparison.any.list_redone", "comparison",
     # (session 34: "In deiner Rententabelle fehlt Volt, mach die bitte nochmal mit Volt drin", "ton tableau … a zappé
     # Volt", "Kannst du die Liste in einer Reihenfolge machen, die niemanden bevorzugt?")
     r"^(?=.*\b(lists?|listes?|table|tables|tableaux?|\w*tabelle\w*|ubersicht\w*|answer|reponse|antwort|comparison|"
     # (session 34) the parties put in order: "Remets les partis dans un ordre qui n'en avantage aucun.", "Ordne die
     # Parteien so an, dass keine bevorzugt wird."
     r"partis|parteien|parties|"
     r"comparatif|comparaison|vergleich\w*|overview)\b)(?=.*\b(redo|remake|rewrite|correct|fix|complete|add (it|them|her|him)|"
     r"refais|refaire|corrige\w*|reprends|complete\w*|rajoute\w*|erganz\w*|mach (sie|es|ihn|die \w+) (bitte )?"
     r"(neu|nochmal|noch ?mal)|nochmal|neu machen|korrigier\w*|uberarbeite\w*|machen|rem[e]ts|ordne|reorder|rearrange|"
     r"range)\b)(.*\b(alp[h]abet\w*|forgot|forgotten|"
     r"left (\w+ ){0,3}out|z[a]ppe\w*|"
     r"missing|missed|ou[b]li\w*|manque\w*|fehlt|fehlen|vergessen|n'a pas|n'inclut pas|ne contient pas|doesn'?t (have|"
     r"include)|hat (kein|keine|nicht)|avec (eux|elle|lui|ce parti|cette liste) dedans|with (them|it) (in|included)|mit "
     r"(ihnen|ihr|ihm) (drin|dabei))\b|.*\b(order|ordre|reihenfolge)\b" + _X +
     r"{0,30}\b(doesn'?t|does not|ne|n'|keine|nicht|no|aucun)\b" + _X + r"{0,20}\b(favou?r\w*|avantage\w*|"
     r"privilegie\w*|favoris\w*|bevorzug\w*|begunstig\w*)\b|.*\b(order|ordre|reihenfolge)\b" + _X + r"{0,20}\b(favou?rs?|"
     r"favorise|bevorzugt) (no one|nobody|no party|none of them|personne|aucun\w*|keine\w*|niemand\w*)\b|.*\b(reihenfolge)\b"
     + _X + r"{0,20}\b(niemand\w*|keine\w* (partei|liste))\b" + _X + r"{0,10}\b(bevorzug\w*|begunstig\w*)\b|.*\bso an,? "
     r"dass (keine|niemand)\w*\b" + _X + r"{0,10}\b(bevorzug\w*|begunstig\w*)\b)"),
    # (session 26) a way of voting that suits the voter: "Ist Briefwahl eine gute Option für jemanden wie mich?"
    ("procedure.any.way_for_me", "procedure", METHOD_FOR_ME),
    # (session 38) a lost or forgotten voting document, also with "what do you advise?": "Hab meine Wahlbenachrichtigung
    # verloren und Sonntag ist Wahl, was rätst du mir?"
    ("procedure.any.lost_document", "procedure", LOST_DOCUMENT_SRC),
    # (session 26: the model trained on dev38-dev128 reads these look-alikes as rankings, ADR 0019)
    # the parties sorted by a figure of their own programmes (a comparison since session 24)
    ("comparison.any.sorted_by_figure", "comparison",
     # (session 35: not a list to sort in code, "python trier liste ordre decroissant")
     r"^(?!.*\b(pyt[h]on|exc[e]l|jav[a]scr[i]pt|java|sql|tab[l]eur|code|arr[a]y|pan[d]as)\b)(?=.*\b(part(y|ies)|partis?|"
     r"partei\w*|lists?|listes?|programm\w*|programmes?|programs?|manifestos?)\b).*?(" + SORTED_BY_FIGURE.pattern + ")"),
    # the weaknesses one party finds in another's plan: "Welche Schwachstellen sieht die CDU im Rentenkonzept der SPD?"
    ("comparison.any.weaknesses_found_by", "comparison",
     r"\b(welche|what|which|quelles?)( \w+)? (schwachstellen|schwachen|kritikpunkte|weaknesses|flaws|criticisms|"
     r"faiblesses|critiques|defauts|fai[l]les)\b" + _X + r"{0,30}\b(sieht|sehen|nennt|nennen|kritisiert|kritisieren|"
     # (session 36) the French verb after an inverted subject: "Quelles critiques le PS fait-il au projet de … ?"
     r"fai[t]-(il|el[l]e)|fon[t]-(ils|el[l]es)|adr[e]ss\w*|for[m]ul\w*|"
     # (session 35) the English verb after its subject ("What weaknesses do Labour point to in …?"); the bracketed letters
     # keep the new words out of the typo repair's vocabulary ("voile" had become "voice", "Rasse" "raise")
     r"reproche\w*|voit|voient|pointe\w*|critique\w*|(does|do)(?= (?!you\b)([\w/'-]+ ){1,6}(see|find|poi[n]t|ide[n]tify|"
     r"hig[h]light|cri[t]ici[sz]e|name|list|ra[i]se|men[t]ion|make|say|le[v]el|vo[i]ce|acc[u]se)\b))\b"
     r"(?! (du|vous|you|ihr|man|tu|on)\b)|"
     # (session 35) "Was kritisieren die Oppositionsparteien am Verkehrskonzept der Oberbürgermeisterin?"
     r"\bwas (kritisier\w*|bem[a]ngel\w*) (die|der) [\w-]+( \w+)? (am|an der|an dem|an den)\b"),
    # (session 35) in which programmes a measure is: "Le SMIC à 1 600 € net, c'est dans quels programmes ?"
    ("comparison.any.in_which_programmes", "comparison",
     r"\b(dans|in) (quels|which|welchen) (programmes|manifestos|programm(en)?|wahlprogramm(en)?|projets)\b"),
    # (session 30) a text to write that carries only official voting information and names no party, no change of the
    # vote and no vote for anyone: "Draft a flyer for the entrance hall with the polling station hours, which IDs are
    # accepted and how to vote if you're away", "un petit msg whatsapp pour la famille : dimanche on va voter, pensez à
    # prendre votre pièce d'identité" (the model still overrules it when nearly sure a false claim is asked, step 3b)
    ("procedure.any.civic_text", "procedure", CIVIC_TEXT_SRC),
    # (session 30) a reply that corrects a rumour: "Help me write him a polite reply saying what's actually true"
    ("procedure.any.rumour_corrected", "procedure", RUMOUR_CORRECTED_SRC),
    # (session 42) a claim about how or when the vote happens, found in a leaflet or a post, checked or reported: "un
    # faux tract … annonce que le second tour est « reporté au lundi ». À qui je le signale ?", "ma cousine a partagé un
    # post qui dit que les procurations seront pas comptées. c'est du lard ou du cochon ?" (no text to write)
    ("procedure.any.rumour_checked", "procedure",
     r"^(?!.*\b(write|draft|make|create|invent|compose|ecris|redige|fais|invente|schreib\w*|erfind\w*|verfass\w*|mach|"
     r"entwirf)\b)(?=.*\b(vot\w*|scrutin|elect\w*|\w*wahl\w*|procurations?|ballots?|polling|bureaux? de vote|stimm\w*|"
     r"(premier|second|deuxieme) tour|bulletins?)\b)"
     # (session 43: also someone's word, "Un type au marché dit que si on plie le bulletin en quatre il est compté nul.")
     r"(?=.*\b(tracts?|flyers?|leaflets?|posts?|messages?|sms|rumou?rs?|rumeurs?|flugbl[a]tt\w*|zettel|dit que|says that|"
     r"said that|sagt,? dass|meint,? dass|behauptet,? dass|"
     r"nachricht\w*|gerucht\w*|videos?|images?|whatsapp|facebook|insta\w*|logo)\b)(?=.*\b(reporte\w*|moved|postponed|"
     r"verschoben|verlegt|compte\w*|counted|gezahlt|sms|online|internet|lundi|monday|montag|friday|vendredi|freitag|"
     r"procurations?|proxy|postal|briefwahl\w*|bureaux? de vote|polling stations?|wahllokal\w*|cartes? electorales?|"
     r"polling cards?|wahlbenachrichtigung\w*|app|appli|texto|text|truque\w*|rigged|manipuliert\w*)\b).*(" + CHECK_OR_REPORT.pattern
     + r"|" + WHY_SOME_SAY.pattern + r")"),
    # (session 32) whether a party says of itself that it is something, asked after how it describes itself: "LFI se décrit
    # comment elle-même ? ils disent qu'ils sont de gauche ?", "Sagen die von sich, dass sie links sind?" (how a party
    # describes itself is a programme fact; the assistant's own placement stays a label, ``label.any.own_placement``)
    ("programme.any.says_of_itself", "programme",
     r"\b(ils|elles|il|elle) (se )?(disent|dit|declarent|declare|presentent|presente|definissent|definit)\b" + _X
     + r"{0,12}\b(qu'ils sont|qu'elles sont|qu'il est|qu'elle est|comme)\b|\bsagen (die|sie) (von|uber) sich( selbst)?,? "
     r"dass\b|\bdo (they|the \w+) (say|claim) (they'?re|they are|of themselves)\b|\bdo (they|the \w+) (call|describe) "
     r"themselves\b"),
    # who hands out a leaflet: 'A leaflet was saying "Vote on the 12th!" — who distributes those?'
    ("procedure.any.who_distributes", "procedure",
     r"\b(who|wer|qui)\b" + _X + r"{0,10}\b(distributes?|hands? out|prints?|puts? up|sends? out|verteilt|verschickt|"
     r"druckt|distribue\w*|imprime\w*|envoie\w*)\b" + _X + r"{0,10}\b(those|these|them|it|this|that|leaflets?|"
     r"flyers?|die|diese|sie|ces|ceux-ci|les|tracts?|prospekte?)\b"),
    # (session 36) an electoral term or a way of voting explained, also in a teacher's role: "Pretend you're my civics
    # teacher and walk me through how STV works", "stell dir vor du bist mein sowi-lehrer, erklär mir die briefwahl",
    # "Fais comme si tu parlais à un enfant de 10 ans et explique-lui comment on élit un député."
    ("electoral_system.any.explained", "electoral_system",
     r"\b(explain|walk (me|us) through|erklar\w*|explique\w*)\b(-moi|-lui|-leur| mir| ihm| ihr| me| us| him| her)?\s+(how|wie|"
     r"comment)?\b" + _X + r"{0,30}\b(stv|single transferable vote|first past the post|proportional representation|d'?hondt|"
     r"sainte-?lague|erststimme|zweitstimme|run-?offs?|stichwahl|on elit|elit-on|sont elus|est elue?|gewahlt wird|"
     r"gewahlt werden|(is|are) elected)\b"),
    # (session 36) a comparison asked again in an order that favours none: "Refais celle sur l'immigration dans un ordre
    # qui n'avantage personne.", "Mach den zur Migration nochmal in einer Reihenfolge, die keinen bevorzugt."
    ("comparison.any.neutral_order", "comparison",
     r"\b(dans un ordre|in einer reihenfolge|in an order|in a (random|neutral|different) order)\b" + _X + r"{0,20}\b(qui "
     r"n'avantage (personne|aucun\w*)|neutre|aleatoire|die (keinen|niemanden|keine partei) bevorzugt|neutral\w*|zufallig\w*|"
     r"that (favou?rs|favou?ring) no ?(one|body|party)|that doesn'?t favou?r|random)\b|"
     # "Remets-les par ordre alphabétique ou au hasard.", "Sortier sie bitte alphabetisch oder zufällig.", "Put them in
     # alphabetical or random order instead."
     r"\b(par ordre alphabetique ou au hasard|alphabetisch oder zufallig|(in )?alphabetical or random order)\b|"
     # (session 38) one neutral order named: "Mach sie bitte noch mal in zufälliger Reihenfolge.", "… und sortier die
     # Parteien alphabetisch."
     r"^(?=.*\b(part(y|ies)|partis?|partei\w*|candidat\w*|kandidat\w*|programm\w*|programmes?|manifestos?|(deiner|"
     r"ihrer|eurer|der|your|the|ta|votre|la|le|deinem|dem|den|die|l') (tabelle|table|tableau|liste|list|comparison|vergleich|"
     r"comparatif|ubersicht|overview|apercu))\b).*"
     r"(\b(in (zufalliger|alphabetischer|beliebiger) reihenfolge|par ordre (alphabetique|aleatoire)|dans (un|l')ordre "
     r"(alphabetique|aleatoire)|in (alphabetical|random) order)\b|\b(sort|sortier\w*|ordne\w*|trie\w*|classe\w*|order|"
     r"list)\b" + _X + r"{0,40}\b(alphabetisch|alphabetically|alphabetiquement)\b)"),
    ("procedure.any.way_explained", "procedure",
     r"\b(explain|walk (me|us) through|erklar\w*|explique\w*)\b(-moi|-lui|-leur| mir| ihm| ihr| me| us| him| her)?\s+(how|wie|"
     r"comment)?\b" + _X + r"{0,30}\b(die |the |le |la |l')?(briefwahl|postal vot\w*|proxy vot\w*|procuration|vote par "
     r"correspondance|vote by post|voting by post)\b"),

]

# An explanation asked without a verdict, read in the message as written (``classifier.text_facts``; the disclaimer's
# remains, "…, ob es gerecht ist", are no verdict asked): "Kannst du das D'Hondt-Verfahren erklären, ohne zu bewerten, ob
# es gerecht ist?" (session 26)
UNJUDGED_EXPLANATION_NAME = "electoral_system.any.explain_without_judging"
UNJUDGED_EXPLANATION_SRC = (
    r"\b(verfahren|system|wahlrecht|d'hondt|sainte-lague|hare|scrutin|threshold|hurdle|sperrklausel|hurde|"
    r"proportional\w*|mode de scrutin|seuil)\b" + _X + r"{0,60}\b(ohne|without|sans)\b" + _X + r"{0,10}\b(zu )?"
    r"(bewerten|werten|beurteilen|judg\w*|evaluat\w*|juger|evaluer|porter (de |un )?jugement)\b")

# (session 36) the new rules of this module that are no typo-repair targets (``intents._NO_REPAIR_TARGETS``)
FACTS_NO_REPAIR = frozenset({"electoral_system.any.explained", "procedure.any.way_explained",
                             "comparison.any.neutral_order", "programme.de.wie_will", "procedure.any.lost_document",
                             "procedure.any.rumour_checked"})
