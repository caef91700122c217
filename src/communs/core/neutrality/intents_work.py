"""Answerable-intent rules for requests made as a piece of work, and for a party's own placement (session 8).

Voters often ask for something to be made rather than asked ("Build a table: party, proposal, source", "Give me the
steps to get on the electoral roll", "Draft a letter to the town hall requesting a postal vote", "Liste les partis
qui veulent…", "Nenne die Parteien, die…"), or ask where a party places itself ("Does the FPÖ describe itself as
right-wing?", "Où le PTB se situe-t-il lui-même ?"). Each intent exists in fr, de and en. They are merged into
:data:`communs.core.neutrality.intents._INTENTS_SRC` (same format, same vetoes, same need for a political word for
procedure and electoral-system rules): a refusal rule is checked first, and an evaluative word or a marker of the
voter's own decision still vetoes them ("list the parties that are the best for me" is no comparison).
"""

from __future__ import annotations

from communs.core.neutrality.intents_parity import NO_QUESTION_WORD, NO_VERDICT, PARTY_ALTERNATION

_X = r"[^.?!:]"
# no word of a vote, a choice or a verdict in a telegraphic message: "Grüne wählen?" is no programme question
_NO_CHOICE = (r"(?!.*\b(d[i]m[a]nch[e]|s[o]nnt[a]g|s[u]nd[a]y|s[a]m[e]di|s[a]mst[a]g|s[a]t[u]rd[a]y|d[e]m[a]in|m[o]rg[e]n|t[o]m[o]rr[o]w|"
              # (session 33) the day of the vote: "PS ou Écologistes dimanche ?" is a choice for the ballot
              r"vot\w*|elect(?!ri|ro)\w*|elire|wahl\w*|wahlen|stimme\w*|choose|choisir|pick|win\w*|gagn\w*|gewinn\w*|"
              r"good|bon|bonne|gut|bad|mauvais|schlecht\w*|\w*danger\w*|\w*gefahr\w*|\w*extrem\w*|\w*radi[ck]al\w*|"
              r"\w*racis\w*|\w*rassis\w*|\w*populis\w*|\w*fascis\w*|\w*faschis\w*|\w*nazi\w*|liar|menteur|lugner|"
              r"honest|honnete|ehrlich|slogan\w*|tweet\w*|post|left|right|gauche|droite|links|rechts|"
              # nor a verb, a yes/no or a score: "L'AfD est-elle anti-musulmans ?", "FDP über 5 Prozent?"
              r"est|sont|cest|c'est|ist|sind|is|are|was|aura\w*|wird|werden|hat|haben|has|sagt|says|dit|disent|uber|"
              r"over|under|unter|oui|non|ja|nein|yes|no|nan|\w*communis\w*|\w*kommunis\w*|anti\w*|majorit\w*|"
              r"mehrheit\w*|prozent|percent|pourcent|ahead|behind|devant|derriere|vor|hinter|overtake\w*|depasse\w*|"
              r"uberhol\w*)\b)(?!.*%)")
_TELEGRAPH = r"^" + NO_QUESTION_WORD + NO_VERDICT + _NO_CHOICE

_SELF = r"(itself|themselves|himself|herself)"
# nothing in the future anywhere in the message: "…, and how many will the EPP get?" is a forecast
_NOW = (r"^(?!.*\b(will|going to|gonna|va|vont|va-t-il|va-t-elle|vont-ils|vont-elles|aura\w*|obtiendr\w*|wird|werden|"
        r"kunftig|demnachst|bald)\b).*?")
_PARTIES_EN = r"(parties|lists|candidates|groups)"
_PARTIES_FR = r"(partis|listes|candidats|candidates|groupes)"
_PARTIES_DE = r"(parteien|listen|kandidat\w*|fraktionen)"
_PROPOSALS = (r"(proposals?|positions?|stances?|measures?|plans?|pledges?|propositions?|mesures?|engagements?|"
              r"vorschlag\w*|vorschlage|position\w*|massnahme\w*|plane|forderung\w*|programm\w*|programmes?)")

WORK_SRC: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ a party's own placement (programme)
    ("programme.en.self_placement", "programme",
     r"\b(describe|describes|call|calls|present|presents|see|sees|place|places|position|positions|define|defines|"
     r"situate|situates|locate|locates|consider|considers|regard|regards|label|labels)\b " + _SELF + r"\b"),
    ("programme.fr.self_placement", "programme",
     r"\bse (situe|situent|place|placent|positionne|positionnent|presente|presentent|definit|definissent|decrit|"
     r"decrivent|qualifie|qualifient|considere|considerent|revendique|revendiquent|classe|classent)(-t)?(-il|-elle|"
     r"-ils|-elles)? (lui-meme|elle-meme|eux-memes|elles-memes)\b"),
    ("programme.de.self_placement", "programme",
     r"\b(verortet|verorten|bezeichnet|bezeichnen|sieht|sehen|versteht|verstehen|positioniert|positionieren|"
     r"beschreibt|beschreiben|nennt|nennen|definiert|definieren|ordnet|ordnen|stuft|stufen) sich\b" + _X
     + r"{0,40}\bselbst\b"),
    # membership of a parliamentary group, asked in any word order: "Le BSW n'appartient-il à aucun groupe ?"
    ("programme.en.group_membership", "programme",
     r"\b(belong|belongs|sit|sits|member)\b" + _X + r"{0,60}\b(group|faction|european party)\b|\b(group|faction|"
     r"european party)\b" + _X + r"{0,60}\b(belong|belongs|sit|sits|member|members)\b"),
    ("programme.fr.group_membership", "programme",
     r"\b(appartien\w*|siege\w*|membre)\b" + _X + r"{0,60}\b(groupe|parti europeen)\b|\b(groupe|parti europeen)\b"
     + _X + r"{0,60}\b(appartien\w*|siege\w*|membres?)\b"),
    ("programme.de.group_membership", "programme",
     r"\b(gehort|gehoren|angehort|angehoren|sitzt|sitzen|mitglied)\b" + _X + r"{0,60}\b(fraktion|europaische\w* "
     r"partei)\b|\b(fraktion|europaische\w* partei)\b" + _X + r"{0,60}\b(gehort|gehoren|angehort|angehoren|sitzt|"
     r"sitzen|mitglied\w*)\b"),
    # for which party a person stands: "Which party is Leonore Gewessler running for?", "Für welche Partei kandidiert…"
    ("programme.en.candidacy", "programme",
     r"\b(which|what) (party|list)\b" + _X + r"{0,40}\b(running|run|standing|stand|candidate)\b|\bfor (which|what) "
     r"(party|list)\b" + _X + r"{0,30}\b(running|standing|candidate)\b"),
    ("programme.fr.candidacy", "programme",
     r"\b(pour|sous l'etiquette de|sur) (quel|quelle) (parti|liste|formation)\b" + _X + r"{0,40}\b(se presente\w*|"
     r"candidat\w*|se porte\w*|concourt)\b|\b(quel|quelle) (parti|liste)\b" + _X + r"{0,30}\b(represente|"
     r"pour lequel|pour laquelle)\b"),
    ("programme.de.candidacy", "programme",
     r"\bfur (welche|was fur eine) (partei|liste)\b" + _X + r"{0,30}\b(kandidiert|kandidieren|tritt|treten|antritt|"
     r"steht|stehen)\b"),
    # how a party pays for its plans, however long the subject: "comment les Verts autrichiens comptent financer…"
    ("programme.en.funding", "programme",
     r"\bhow\b" + _X + r"{1,80}\b(intends? to|plans? to|wants? to|want to|going to|will|would)\b" + _X
     + r"{0,20}\b(fund|finance|pay for)\b"),
    ("programme.fr.funding", "programme",
     r"\bcomment\b" + _X + r"{1,80}\b(comptent|compte|veulent|veut|prevoient|prevoit|entendent|entend)\b" + _X
     + r"{0,20}\bfinancer\b"),
    # "elle justifie comment son initiative ?", "how does it justify…" in the reverse order
    ("programme.fr.justifie_comment", "programme",
     r"\b(justifie|justifient|defend|defendent) comment\b"),
    ("programme.de.funding", "programme",
     r"\bwie\b" + _X + r"{1,80}\bfinanzieren (will|wollen|mochte|mochten|plant|planen|gedenkt|gedenken)\b"),
    # a party's promise, as a yes/no question: "does the list promise not to raise local taxes?"
    ("programme.en.promise", "programme",
     r"\b(does|do|did|has|have)\b(?! (you|i|we)\b)" + _X + r"{1,50}\b(promise|pledge|vow|commit|committed|guarantee)\b"),
    ("programme.fr.promise", "programme",
     r"\b(promet|promettent|s'engage|s'engagent|garantit|garantissent)(-t)?(-il|-elle|-ils|-elles)?\b"),
    ("programme.de.promise", "programme",
     r"^(verspricht|versprechen|garantiert|garantieren)\b|\b(verspricht|versprechen|garantiert|garantieren) (die|der|"
     r"das)\b"),
    # what a party or a candidate proposes, asked inside a sentence: "A reader asked me what mayoral candidate Sophie
    # Marchal proposes on housing", "Ein Leser fragt mich, was die Kandidatin beim Thema Wohnen vorschlägt"
    ("programme.en.embedded", "programme",
     r"\b(asked|asks|wonder\w*|want to know|wants to know|know|tell me|let me know|explain( to me)?|show me|compare|"
     r"contrast) (me |us )?"
     r"what\b" + _X + r"{1,60}\b(proposes|propose|proposing|says|say|saying|wants|plans|planning|promises|promising|"
     r"offers|offering|intends)\b"),
    ("programme.fr.embedded", "programme",
     r"\b(demande|demandent|demandait|me demande|savoir|sait|dis-moi|dites-moi|explique-moi|expliquez-moi|compare) "
     r"(ce qu|ce que)\w*\b" + _X + r"{1,60}\b(propose|proposent|"
     r"dit|disent|veut|veulent|prevoit|prevoient|promet|promettent)\b"),
    ("programme.de.embedded", "programme",
     r"(?:\b(fragt|fragen|fragte|wissen|weiss|vergleich\w*|sag|sagen|sagen sie)( mich| uns| mir| mal| mir mal| "
     r"einfach| mir einfach)?,? was\b|\berklar\w*( \w+){0,5},? was\b)" + _X + r"{1,60}\b(vorschlagt|vorschlagen|sagt|"
     r"sagen|will|wollen|plant|planen|fordert|fordern|verspricht|versprechen)\b"),
    # telegraphic messages naming a party and a topic: "SVP on neutrality?", "BSW zur Ukraine?", "UDC neutralité ?";
    # two parties and a topic: "Greens CDU common ground", "ÖVP FPÖ différence asile"
    ("comparison.any.telegraphic_pair", "comparison",
     _TELEGRAPH + r"(the |le |la |les |l'|die |der |das )?(?<!\w)" + PARTY_ALTERNATION + r"(?!\w)\s?,?\s?(?<!\w)"
     r"((or|ou|oder|vs\.?|versus) )?" + PARTY_ALTERNATION + r"(?!\w)" + _X + r"{0,40}$"),
    ("programme.any.telegraphic_topic", "programme",
     # (not two parties and an election, session 38: "SNP or Labour for Holyrood?" is a choice)
     _TELEGRAPH + r"(the |le |la |les |l'|die |der |das )?(?<!\w)" + PARTY_ALTERNATION + r"(?!\w)(?! (or|ou|oder) (the |le |"
     r"la |les |l'|die |der )?\S+( \S+)? ((for|pour|fur)\b|(aux|au|bei der|bei den|at the|in the) (\w+ )?(eur[o]pe[e]nnes|"
     r"mun[i]cip[a]les|leg[i]sla[t]ives|reg[i]on[a]les|pre[s]ide[n]tie[l]le|\w*wahl\w*|elections?|scr[u]tin)\b))\s?(on|about|sur|zur|"
     r"zum|zu|et|and|und)?(\s+[\w'-]+){1,4}\s*\?*$"),
    # ------------------------------------------------------------------ lists and tables of what parties say
    ("comparison.en.list_parties", "comparison",
     r"\b(list|name|enumerate|give me|show me|tell me)\b( all)?( the)? " + _PARTIES_EN + r"\b" + _X
     + r"{0,30}\b(that|which|who|with|whose)\b|\b(is|are) there (any |a |one |some )?(party|parties|programmes?|"
     r"manifestos?|lists?)\b" + _X + r"{0,20}\b(that|which|who|whose)\b"),
    ("comparison.fr.list_parties", "comparison",
     r"\b(liste|listez|cite|citez|nomme|nommez|enumere|enumerez|donne|donnez|indique|indiquez)(-moi|-nous)? (les |"
     r"tous les )?" + _PARTIES_FR + r"\b" + _X + r"{0,30}\b(qui|dont|avec)\b|\b(existe-t-il|y a-t-il|y-a-t-il|"
     r"est-ce qu'il y a|il y a) (un|une|des)? ?(parti|partis|programmes?|listes?)\b" + _X + r"{0,20}\b(qui|dont)\b"),
    ("comparison.de.list_parties", "comparison",
     r"\b(nenne|nennen sie|nenn|liste|listen sie|zahl|zahle|zahlen sie|gib|geben sie)\b( mir| uns)? (die |alle )?"
     + _PARTIES_DE + r"\b,?" + _X + r"{0,10}\b(die|welche|mit|deren)\b|\bgibt es\b" + _X
     + r"{0,20}\b(partei|parteien|programm|programme|liste)\b,? (die|das|welche)\b"),
    # which lead candidates want something: "Which Austrian lead candidates are calling for a wealth tax?"
    ("comparison.en.which_candidates", "comparison",
     r"\b(which|what) (\w+ )?(lead |top )?candidates\b" + _X + r"{0,20}\b(are )?(calling for|call for|want|propose|"
     r"support|oppose|promise|plan|are for|are against)\b"),
    ("comparison.fr.which_candidates", "comparison",
     r"\b(quels|quelles) (tetes de liste|candidat\w*)\b" + _X + r"{0,30}\b(reclament|veulent|proposent|soutiennent|"
     r"defendent|promettent|prevoient|s'opposent)\b"),
    ("comparison.de.which_candidates", "comparison",
     r"\bwelche (\w+ )?(spitzenkandidat\w*|kandidat\w*)\b" + _X + r"{0,30}\b(fordern|wollen|schlagen|unterstutzen|"
     r"versprechen|planen|lehnen)\b"),
    ("comparison.any.table", "comparison",
     r"\b(table|tableau|tabelle|chart|grid|grille|overview|ubersicht|spreadsheet|matrix|recapitulatif|"
     r"spickzettel|cheat sheet|antiseche)\b" + _X + r"{0,80}\b(party|parties|parti|partis|partei\w*|lists?|listes?)\b"
     + _X + r"{0,80}\b" + _PROPOSALS + r"\b|\b(table|tableau|tabelle|chart|grid|grille|overview|ubersicht)\b" + _X
     + r"{0,80}\b" + _PROPOSALS + r"\b" + _X + r"{0,80}\b(party|parties|parti|partis|partei\w*)\b"),
    # ------------------------------------------------------------------ procedure as a piece of work
    ("procedure.en.steps", "procedure",
     r"\b(steps?|step-by-step|checklist|check-list|to-do list|list of (what|documents|things))\b" + _X
     + r"{0,60}\b(vot\w*|register\w*|electoral roll|polling|postal|proxy|ballot\w*|election day)\b"),
    ("procedure.fr.steps", "procedure",
     r"\b(etapes?|check-?list|liste de ce|liste des (documents|choses|pieces)|marche a suivre|demarches?)\b" + _X
     + r"{0,60}\b(vot\w*|inscri\w*|listes? electorales?|bureau de vote|correspondance|procuration|bulletins?|"
     r"jour du (vote|scrutin))\b"),
    ("procedure.de.steps", "procedure",
     r"\b(schritte?|schritt fur schritt|checkliste|check-liste|liste (der|mit) (unterlagen|dingen|dokumenten))\b" + _X
     + r"{0,60}\b(\w*wahl\w*|wahlerverzeichnis|wahllokal\w*|stimmzettel\w*|vollmacht|wahlschein\w*|abstimm\w*)\b"),
    # a letter or form asking for one's own postal vote, registration or proxy
    ("procedure.en.request_letter", "procedure",
     r"\b(letter|e-?mail|form|message|note)\b" + _X + r"{0,80}\b(request\w*|apply\w*|asking for|ask for|to get)\b"
     + _X + r"{0,40}\b(postal vote|postal ballot|absentee ballot|proxy|registration|to register|polling card|"
     r"voting card)\b"),
    ("procedure.fr.request_letter", "procedure",
     r"\b(lettre|courrier|mail|e-mail|formulaire|message)\b" + _X + r"{0,80}\b(demander|demandant|solliciter|"
     r"obtenir|pour avoir)\b" + _X + r"{0,40}\b(vote par correspondance|voter par correspondance|procuration|"
     r"inscription|m'inscrire|carte electorale)\b"),
    ("procedure.de.request_letter", "procedure",
     r"\b(brief|schreiben|e-?mail|formular|antrag|nachricht)\b" + _X + r"{0,80}\b(briefwahl|wahlschein\w*|"
     r"vollmacht|eintragung|wahlerverzeichnis|wahlkarte)\b" + _X + r"{0,40}\b(beantrag\w*|anforder\w*|anzufordern|"
     r"bitte|erbitte)\b|\b(beantrag\w*|anforder\w*)\b" + _X + r"{0,20}\b(briefwahl|wahlschein\w*|wahlkarte)\b"),
    # "tell me where I vote", "dis-moi où je vote", "sag mir, wo ich wähle"
    ("procedure.en.tell_me_where", "procedure",
     r"\b(tell me|show me|let me know) (where|when|how) (i|we) (vote|can vote|should vote|register|go to vote)\b"),
    ("procedure.fr.tell_me_where", "procedure",
     r"\b(dis-moi|dites-moi|indique-moi|montre-moi) (ou|quand|comment) (je|on) (vote|voterai|peux voter|dois voter|"
     r"m'inscris|vais voter)\b"),
    ("procedure.de.tell_me_where", "procedure",
     r"\b(sag|sagen sie|zeig|zeigen sie) (mir|uns),? (wo|wann|wie) (ich|wir|man) (wahle|wahlen|abstimme|abstimmen|"
     r"wahlen gehe|wahlen kann|mich registriere)\b"),
    # what a rule requires for a ballot question to pass (not whether it will): "Does the initiative need a majority
    # of both voters and cantons to pass?", "Braucht die Initiative das Ständemehr, um angenommen zu werden?"
    ("electoral_system.en.needed_to_pass", "electoral_system",
     r"(\b(need|needs|needed|require|requires|required|is there an?|there'?s an?|there is an?)\b" + _X + r"{0,60}\b("
     r"majorit\w*|quorum|turnout|signatures?|votes)\b|\b(what|which|how much|how high an?)\b" + _X + r"{0,30}\b("
     r"majorit\w*|quorum|turnout)\b" + _X + r"{0,30}\b(is|are) (needed|required|necessary)\b)" + _X + r"{0,40}\b(to pass|"
     r"to be (accepted|adopted|approved|valid)|for (the (result|vote|outcome|decision)|it) to (count|be valid|stand|hold|"
     r"be binding))\b"),
    ("electoral_system.fr.needed_to_pass", "electoral_system",
     r"\b(quel(le)?s?|besoin|faut-il|faut|necessaire|requis\w*|exige\w*)\b" + _X + r"{0,60}\b(majorit\w*|quorum|participation|"
     r"signatures?|voix)\b" + _X + r"{0,40}\b(pour (etre|qu'elle soit|qu'il soit) (acceptee?|adoptee?|approuvee?|"
     r"valable)|pour passer|pour que (le resultat|le vote|la decision|il|elle|ca) (compte|soit (valable|valide|"
     r"contraignante?)))\b"),
    ("electoral_system.de.needed_to_pass", "electoral_system",
     r"\b(braucht|brauchen|benotigt|benotigen|erfordert|erforderlich|notig)\b" + _X + r"{0,60}\b(\w*mehr|"
     r"mehrheit\w*|quorum|\w*beteiligung|unterschriften|stimmen)\b" + _X + r"{0,40}\b(um angenommen zu werden|"
     r"angenommen zu werden|damit sie angenommen wird|um durchzukommen|gultig zu sein|damit (das ergebnis|der entscheid|"
     r"die abstimmung|er|sie|es) (gilt|gultig ist|zahlt|bindend ist))\b"),
    # explaining the electoral system to someone else: "Erklär meinen Schülern das Verhältniswahlrecht"
    ("electoral_system.any.explain_to", "electoral_system",
     r"\b(explain|explique|expliquez|expliquer|erklar|erklare|erklaren sie)\b( \w+){0,3} (to )?(my|mes|ma|mon|"
     r"meinen|meiner|meinem|den|der|our|nos|unseren) (\w+ )?(students|pupils|class|kids|children|son|daughter|mother|"
     r"father|grandmother|grandfather|readers|eleves|classe|enfants|fils|fille|mere|pere|lecteurs|schulern|schuler|"
     r"klasse|kindern|sohn|tochter|mutter|vater|oma|opa|lesern)\b" + _X + r"{0,60}\b(proportional|threshold|"
     r"electoral system|first vote|second vote|overhang|d'?hondt|proportionnelle|seuil|mode de scrutin|second tour|"
     r"verhaltniswahl\w*|\w*hurde|wahlsystem|erststimme|zweitstimme|uberhang\w*)\b"),
    # ------------------------------------------------------------------ session 10 (dev63-dev66)
    # how many seats a country, a region or a town fills, in the present tense: "How many MEPs does Germany send to
    # the European Parliament?", "Combien d'eurodéputés l'Allemagne envoie-t-elle… ?", "Wie viele Abgeordnete schickt
    # Deutschland ins Europäische Parlament?" (how many a party will get is a forecast, refused first)
    ("electoral_system.en.seats_filled", "electoral_system",
     _NOW + r"\bhow many (meps|mps|seats|deputies|members|representatives|councillors|councilors|delegates|mandates)\b"
     + _X + r"{0,60}\b((does|do)\b" + _X + r"{0,40}\b(send|elect|fill)|(is|are)\b" + _X + r"{0,40}\b(allocated|entitled "
     r"to|assigned))\b"),
    ("electoral_system.fr.seats_filled", "electoral_system",
     _NOW + r"\bcombien (d'|de )(eurodeputes|deputes|sieges|elus|conseillers|mandats|representants|senateurs)\b" + _X
     + r"{0,60}\b(elit|elisent|envoie|envoient|compte|comptent|pourvoi\w*|(est|sont) attribue\w*|revient|"
     r"reviennent)(-t-il|-t-elle|-ils|-elles)?\b"),
    ("electoral_system.de.seats_filled", "electoral_system",
     _NOW + r"\bwie viele (abgeordnete|europaabgeordnete|sitze|mandate|vertreter\w*|gemeinderat\w*|stadtrat\w*|"
     r"delegierte)\b( \w+)? (schickt|schicken|entsendet|entsenden|wahlt|wahlen|stellt|stellen|vergibt|vergeben)\b"),
    # whether a message about the vote is genuine: "Ist das eine echte offizielle Nachricht?", "Est-ce un vrai message
    # officiel ?", "Is this a real official message?" (procedure; the honest answer corrects the rumour)
    ("procedure.en.check_message", "procedure",
     r"\b(is|was) (this|that|it) (really )?(a |an )?(real|genuine|official|legit\w*|authentic)\b"),
    ("procedure.fr.check_message", "procedure",
     r"\best-ce (vraiment )?(un|une) (vrai|vraie|veritable|message officiel|courrier officiel|sms officiel)\b|"
     r"\best-ce (que )?(c'est )?(vraiment )?officiel\b"),
    ("procedure.de.check_message", "procedure",
     r"\b(ist|war) (das|die|diese|dies|es)( wirklich)? (eine |ein )?(echte|echter|echtes|offizielle|offizieller|"
     r"offizielles|amtliche|amtlicher|amtliches)\b"),
]
