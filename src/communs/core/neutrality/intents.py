"""Answerable-intent and out-of-scope rules (policy 1.1), per language, on accent- and case-folded text.

They run only when no refusal rule fired (``rules.py`` keeps precedence, so a role-play or jailbreak wrapper around
advice is still refused) and decide before the embedding model: a question that clearly asks what a party says or
proposes, how programmes compare, how to vote or how the electoral system works is answered, whatever the model
thinks; a question that is clearly about something else than politics is out of scope. The model decides the rest.

Every rule is ``(name, category, pattern)`` with ``name`` ``<category>.<lang>.<what>``; the three languages cover
the same intents (the same question asked in fr, de or en must get the same decision). Patterns are written
against :func:`communs.core.neutrality.rules.prepare` output; one-letter typos of the rules' keywords are repaired
first (:class:`~communs.core.neutrality.typos.TypoRepair`, as for the refusal rules).

The rules added for cross-language parity live in :mod:`communs.core.neutrality.intents_parity` and are merged
into the list below (before the out-of-scope rule).

Precision guard: an answerable rule is vetoed when the question also carries a marker of the voter's own decision
("should I vote", "for me", "my vote", "which party ... to get X", superlatives) — such questions are left to the
refusal rules and the model, never answered by a rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from communs.core.neutrality import everyday
from communs.core.neutrality import intents_lookalikes as lookalikes
from communs.core.neutrality.asked import QUESTION_START as _QUESTION_START
from communs.core.neutrality.asked import asked_text, clause_tail, creative_tail, stands_alone
from communs.core.neutrality.civic_texts import OFFICIAL_TEXT_RULES
from communs.core.neutrality.intents_campaign import CAMPAIGN_SRC
from communs.core.neutrality.intents_facts import FACTS_NO_REPAIR, FACTS_SRC
from communs.core.neutrality.intents_gaps import GAP_SRC
from communs.core.neutrality.intents_parity import ATTRIBUTED, PARITY_SRC, PARTY_ALTERNATION
from communs.core.neutrality.intents_people import CANDIDATE_AGE, CANDIDATE_AGE_RULE, PEOPLE_SRC
from communs.core.neutrality.intents_said import SAID_SRC
from communs.core.neutrality.intents_work import WORK_SRC
from communs.core.neutrality.names import folded_party_alternation
from communs.core.neutrality.occasions import OCCASION_RULE, OCCASION_TEXT, WARM_CLOTHES, WARM_CLOTHES_RULE
from communs.core.neutrality.other_elections import names_other_election
from communs.core.neutrality.political import is_political
from communs.core.neutrality.politicians import KNOWN_POLITICIAN
from communs.core.neutrality.system_judgement import (
    VERDICT_LAST_DE,
    VERDICT_LAST_EN,
    VERDICT_NOUN_DE,
    VERDICT_NOUN_EN,
)
from communs.core.neutrality.typos import TypoRepair, real_words, spelled_words
from communs.core.neutrality.vetoes import VETO_EVAL_SRC, VETO_SELF_SRC
from communs.core.neutrality.ways_for_me import ON_MY_BEHALF, SEND_BACK_RULE, SEND_BACK_WHEN

_X = r"[^.?!:]"  # within one clause

# Subjects that mark a question about several parties -> ``comparison`` rather than ``programme``.
_SEVERAL = re.compile(
    r"\b(parties|each party|every party|all (the )?parties|programmes|programs|manifestos|lists|the others|"
    r"partis|chaque parti|tous les partis|programmes|listes|les autres|parteien|jede partei|alle parteien|"
    r"programme|listen|die anderen)\b"
)

_VERBS_EN = (r"(say|said|says|propose|proposed|proposes|suggest|suggests|want|wants|plan|plans|planned|promise|"
             r"promises|promised|offer|offers|think|thinks|stand for|stands for|demand|demands|call for|calls for|"
             r"intend|intends|advocate|advocates|support|supports|oppose|opposes|write|writes|state|states|"
             r"envisage|envisages|pledge|pledges|do about|have to say)")
_NOUNS_EN = (r"(measures|proposals|policies|pledges|promises|plans|priorities|positions|programme|program|manifesto|"
             r"key points|main points|ideas|platform|commitments|agenda|reforms)")

_INTENTS_SRC: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ electoral system (rules, not forecasts)
    ("electoral_system.en.how_determined", "electoral_system",
     r"\bhow (is|are|do|does|will|would)\b" + _X + r"{0,50}\b(winner|winners|seats?|mandates?|mps|meps|"
     r"president|chancellor|mayor|government|coalition|votes?|ballots?)\b" + _X + r"{0,40}\b(determined|decided|"
     r"allocated|distributed|calculated|counted|assigned|elected|formed|chosen|appointed|turned into|converted|"
     r"shared out|apportioned)\b|\bhow (does one|do you|does someone|do people) become (the )?(chancellor|president|"
     r"prime minister|mayor|an? mp|an? mep)\b|\bhow (do|does) (you|they|one|we) (determine|decide|calculate|allocate|"
     r"distribute|count|work out) (the )?(winner|winners|seats?|mandates?|result)\b|"
     # how the votes are counted, also inside a sentence ("explain to my class how the votes get counted"; session 21)
     r"\bhow (the |our |my )?(votes?|ballots?) (are|get|is|gets) (counted|tallied)\b|"
     # a tie: the rule that decides it
     r"\b(who|what happens)\b" + _X + r"{0,60}\b(tie|tied|dead heat|same number of votes|equal number of votes)\b|"
     r"\b(tie|tied|dead heat|same number of votes)\b" + _X + r"{0,60}\b(who wins|who is elected|what happens)\b"),
    ("electoral_system.en.what_is", "electoral_system",
     r"\bwhat('?s| is| are| does)\b" + _X + r"{0,30}\b(threshold|hurdle|electoral system|voting system|overhang|"
     r"d'?hondt|sainte-?lague|first vote|second vote|proportional representation|run-?off|second round|quota|"
     r"constituenc\w+|list system|closed list|open list|majority system|basic mandate clause|overhang seats?)\b(?!" + _X + r"{0,30}\bwill\b)|"
     r"\bhow does\b" + _X + r"{0,40}\b(electoral system|voting system|threshold|hurdle|proportional|second round|stv|"
     r"run-?off|d'?hondt|sainte-?lague|seat allocation|first vote|second vote|sin[g]le tra[n]sfe[r]ab[l]e vote)\b" + _X + r"{0,20}\bwork\b"),
    ("electoral_system.fr.comment_determine", "electoral_system",
     r"\bcomment se (forme|constitue)\w* (une |la |le )?(coalition|gouvernement|majorite)\b|"
     r"\bcomment (on )?(compte|depouille)(-t-on)? (les |nos )?(voix|votes|bulletins)\b|"
     r"\bcomment (on )?(devient|devenir|deviennent)(-on)? (le |la )?(chancelier|chanceliere|president|presidente|premier ministre|maire|"
     r"depute|deputee)\b|"
     r"\b(qui|que se passe-t-il|que se passe)\b" + _X + r"{0,60}\b(egalite|ex aequo|ex-aequo|autant de voix|meme nombre "
     r"de voix)\b|\b(egalite|ex aequo|ex-aequo|autant de voix|meme nombre de voix)\b" + _X + r"{0,60}\b(qui|que se "
     r"passe)\b|\bcomment (on )?(determine|designe|calcule|attribue|repartit|elit|departage)\w*\b" + _X + r"{0,40}\b(vainqueur|"
     r"gagnant|sieges|elu|elus|president|presidente|maire|chancelier|premier ministre|candidats?)\b|"
     r"\bcomment (est|sont|se fait|se font|s'effectue|se deroule|se forme|se forment|se constitue)\b" + _X + r"{0,50}\b(elu|elus|elue|determine\w*|"
     r"designe\w*|attribue\w*|reparti\w*|calcule\w*|compte\w*|forme\w*|repartition|attribution)\b|"
     r"\bcomment (le|la|les|l')\s?" + _X + r"{0,30}\b(vainqueur|gagnant|sieges|president|presidente|chancelier|"
     r"gouvernement|coalition|voix|elus|bulletins|votes|chef du gouvernement|premier ministre)\b" + _X
     + r"{0,30}\b(est|sont|se)\b" + _X + r"{0,20}\b(determine\w*|designe\w*|elu\w*|attribue\w*|reparti\w*|"
     r"forme\w*|calcule\w*|compte\w*|converti\w*|choisi\w*|nomme\w*|depouille\w*)\b"),
    ("electoral_system.fr.qu_est_ce", "electoral_system",
     r"\b(qu'est-ce qu'?e?|qu'est ce qu'?e?|c'est quoi|que signifie|que veut dire)\b" + _X + r"{0,30}\b(seuil|mode de "
     r"scrutin|scrutin proportionnel|proportionnelle|second tour|d'?hondt|sainte-?lague|quotient|circonscription\w*|liste bloquee|"
     r"liste bloquee|scrutin majoritaire|mandats? excedentaires?|clause (des|du) mandats? (directs?|de base))\b|\bcomment fonctionne\b" + _X + r"{0,40}"
     r"\b(mode de scrutin|scrutin|seuil|proportionnelle|second tour|d'?hondt|sainte-?lague|repartition des sieges|"
     r"systeme electoral)\b|\b(premiere|deuxieme|seconde|1re|2e) voix\b" + _X + r"{0,30}\bsert a quoi\b|\ba quoi sert"
     r"\b" + _X + r"{0,20}\b(premiere|deuxieme|seconde|1re|2e) voix\b"),
    ("electoral_system.de.wie_ermittelt", "electoral_system",
     r"\b(wer|was passiert)\b" + _X + r"{0,60}\b(stimmengleichheit|gleichstand|patt|gleich viele stimmen)\b|"
     r"\b(stimmengleichheit|gleichstand|gleich viele stimmen)\b" + _X + r"{0,60}\b(wer|was passiert)\b|\bwie (wird|werden)\b" + _X + r"{0,50}\b(ermittelt|bestimmt|verteilt|vergeben|berechnet|gezahlt|gewahlt|"
     r"gebildet|zugeteilt|entschieden|festgelegt|umgerechnet)\b|\bwie (der|die|das)\b" + _X + r"{0,50}\b(ermittelt|"
     r"bestimmt|verteilt|vergeben|berechnet|gewahlt|gebildet|zugeteilt|festgelegt) (wird|werden)\b|\bwie wird man\b" + _X + r"{0,40}\b(premierminister\w*|kanzler\w*|"
     r"bundeskanzler\w*|prasident\w*|burgermeister\w*|ministerprasident\w*|abgeordnete\w*)\b"),
    ("electoral_system.de.was_ist", "electoral_system",
     r"\bwas (ist|sind|bedeutet|bedeuten|heisst)\b" + _X + r"{0,30}\b(\w*hurde|sperrklausel|erststimme|zweitstimme|"
     r"uberhang\w*|ausgleichsmandat\w*|grundmandat\w*|verhaltniswahl|mehrheitswahl|stichwahl|wahlsystem|d'?hondt|"
     r"sainte-?lague|listenwahl|wahlkreis\w*|starre liste|offene liste)\b|\bwie funktionier\w*\b" + _X
     + r"{0,40}\b(wahlsystem|\w*hurde|sperrklausel|sitzverteilung|stichwahl|erststimme|zweitstimme|verhaltniswahl|"
     r"d'?hondt|sainte-?lague)\b"),
    # ------------------------------------------------------------------ procedure (how, where, when to vote)
    ("procedure.en.how_to", "procedure",
     r"\bhow (do|can|could|would|does one|to|may|must) (i |we |one |you |people |someone |a voter )?"
     r"(vote|register|apply|request|get|obtain|check|find|cast|change|appoint|authori[sz]e|report|become|sign up|"
     r"update|replace|give|fill in|fill out|complete|mark|contest|challenge|appeal)\b(?! for\b| against\b)|\bam i (registered|on the "
     r"(electoral|voter))\b|\bhow often (are there|is there|do we have|do)\b" + _X + r"{0,20}\belection"),
    ("procedure.en.ways", "procedure",
     r"\b(vote|voting) (by post|by mail|by proxy|from abroad|abroad|early|in person)\b|\bpostal vot\w*|"
     r"\bproxy vot\w*|\b(give|appoint|grant|set up) (a )?proxy\b|\b(authori[sz]e|appoint|designate) (someone|somebody)\b|\bpolling (station|place|card)s?\b|\bvoter (registration|id|card)\b|\bregist\w+ to vote\b|"
     r"\b(where|when) (do|can|should|must) i (vote|register|go)\b|\bwhen (is|are|does|do|will) (the )?"
     r"(election|vote|polling day|polls open|polls close|deadline|results? (be )?(published|announced)|"
     r"(first|second) round|run-?off)\b|"
     r"\b(deadline|last day)\b" + _X + r"{0,30}\b(regist\w*|apply|postal|proxy|vote|voting)\b|"
     r"\bvote\b" + _X + r"{0,40}\bwhat are (my|his|her|their|our) options\b|"
     r"\bwhat (id|documents?|identification)\b" + _X + r"{0,30}\b(need|bring|take|vote)\b"),
    ("procedure.fr.comment", "procedure",
     r"\bcomment (je peux |puis-je |peut-on |on peut |faire pour |faut-il |est-ce qu'on peut |)(voter|m'inscrire|"
     r"s'inscrire|inscrire|faire une procuration|donner procuration|donner une procuration|etablir une procuration|"
     r"demander|obtenir|verifier|trouver|signaler|devenir|changer|remplir|bien remplir|contester)\b(?! pour\b| contre\b)|"
     r"\b(suis-je|je suis|est-ce que je suis) (bien )?inscrit\w*\b|\btous les combien\b"),
    ("procedure.fr.modalites", "procedure",
     r"\bvot\w* (par procuration|par correspondance|a l'etranger|depuis l'etranger|par anticipation)\b|"
     r"\bprocuration\b|\bbureaux? de vote\b|\bcarte electorale\b|\blistes? electorales?\b|"
     r"\b(ou|quand) (est|sont|se trouve|a lieu|ont lieu|se deroule|aura lieu|dois-je|puis-je|peut-on|faut-il|"
     r"vote-t-on|voter|m'inscrire|seront publies)\b" + _X + r"{0,40}\b(vot\w*|election\w*|scrutin|inscri\w*|"
     r"bureau|resultats?|date limite|premier tour|second tour)\b|\bdate limite\b|\bdate (de l'|du |des )"
     r"(election|scrutin|vote)\b|\bquels? (papiers|documents?|pieces?)\b" + _X + r"{0,30}\bvot"),
    ("procedure.de.wie", "procedure",
     r"\b(wo|wie) (wahle ich|wahlen wir)\b|\bwo (finde|sehe) ich\b" + _X + r"{0,30}\b(liste|kandidat\w*|kandidierend\w*|"
     r"wahllokal\w*|ergebnis\w*)\b|\bwie oft (wird|finden|gibt es)\b|\bwie fulle ich\b|\bwie (kann ich|konnen wir|kann man|beantrage ich|beantragt man|melde ich|registriere ich|komme ich|"
     r"bekomme ich|erhalte ich|finde ich|stimme ich ab|wahle ich per|wahlt man per|funktioniert die briefwahl|"
     r"werde ich wahlhelfer\w*|werde ich beisitzer\w*|wird man wahlhelfer\w*)\b|\b(wahlhelfer\w*|beisitzer\w*)\b" + _X
     + r"{0,60}[.!?,:]?\s*\b(an wen (wende|kann) ich mich|wo melde ich mich|bei wem melde ich mich)\b|\b(mein|meinen|unser) "
     r"wahllokal (finden|suchen)\b"
     r"(?!" + _X + r"{0,20}\b(partei|kandidat\w*|liste)\b)"),
    ("procedure.de.modalitaten", "procedure",
     r"\b(wie|wo|wann|bis wann|kann|darf|muss|brauche|wer|werden|wird|gibt es)\b" + _X + r"{0,40}\b(briefwahl\w*|wahlschein\w*|"
     r"wahllokal\w*|wahlbenachrichtigung\w*|wahlerverzeichnis\w*|vollmacht|bevollmachtig\w*|stimmzettel\w*|ausweis\w*|"
     r"wahlberechtigt\w*|wahltermin\w*|wahltag|frist\w*|stichtag|ergebnis\w*|wahlen gehen|abstimmen|registrier\w*|"
     r"anmeld\w*|eintrag\w*)\b|\b(per|mit) (vollmacht|brief|briefwahl) (wahlen|wahlt|wahle|abstimmen)\b|"
     r"\b(stehe|bin) ich (im|in der)\b" + _X + r"{0,20}\b(wahlerverzeichnis|wahlerliste)\b|"
     # the way to vote: "Soll ich lieber per Brief wählen oder ins Wahllokal gehen?"
     r"\b(soll|sollte) ich (lieber |besser |eher )?(per brief|per briefwahl|brieflich|im wahllokal|per vollmacht|vorzeitig)\b"
     r"(?!" + _X + r"{0,50}(?<!\w)(" + folded_party_alternation() + r"|partei\w*|liste|kandidat\w*|wen|welche\w*)(?!\w))"),
    # ------------------------------------------------------------------ comparison (several parties)
    ("comparison.en.which_parties", "comparison",
     r"\b(which|what) ([a-z]+ )?(parties|party|lists|list|programmes|programs|manifestos|candidates|groups)\b(?! (should|shall|"
     r"must|would you|do you|to))" + _X + r"{0,40}\b(propose|want|support|oppose|mention|say|promise|plan|call for|"
     r"demand|advocate|favou?r|are (for|against|in favou?r)|is (for|against|in favou?r)|reject|include|talk about|"
     r"address|back|have|offer|stand for|agree|disagree|are standing|are running|are on the ballot)\w*\b"),
    ("comparison.en.differ", "comparison",
     r"\bhow (do|does|did)\b" + _X + r"{0,50}\b(differ|compare|contrast)\b|\b(differences?|similarities|"
     r"comparison|compare|contrast)\b" + _X + r"{0,40}\b(between|parties|programmes|programs|positions|"
     r"manifestos|proposals|plans)\b|\bwhere do\b" + _X + r"{0,40}\b(agree|disagree|differ)\b|"
     r"\bwhat (does|do) each (party|list|programme)\b|\b(does|do) each (party|list|candidate|programme)\b|\bside by side\b|\bwhat are the (positions|stances|views|"
     r"proposals|plans|policies) of (the|all|each)\b|\bare there (any )?parties (that|which|who)\b"),
    ("comparison.fr.quels_partis", "comparison",
     r"\b(quels|quelles|quel|quelle) (partis|parti|listes|liste|programmes|candidats|formations|groupes)\b( [a-z]+)?" + _X
     + r"{0,25}\b(propos\w*|veu\w*|soutien\w*|defend\w*|s'oppos\w*|mention\w*|parl\w*|promet\w*|prevoi\w*|"
     r"sont (pour|contre|favorables|opposes)|est (pour|contre|favorable|oppose)|rejet\w*|evoqu\w*|demand\w*|"
     r"souhait\w*|refus\w*|abord\w*|pron\w*|reclam\w*|(disent|dit|pensent|pense|affirment|estiment) (que|qu'|vouloir))"),
    ("comparison.fr.differ", "comparison",
     r"\ben quoi\b" + _X + r"{0,50}\b(differ\w*|different|distingu\w*|oppos\w*)\b|\b(differences?|points communs|"
     r"comparer|compare|comparaison|cote a cote|tableau)\b" + _X + r"{0,40}\b(entre|partis|programmes|positions|"
     r"propositions|listes|projets|plans|mesures|promesses)\b|\bque (dit|propose|prevoit) chaque (parti|liste|programme)\b|\bqu'est-ce que chaque\b|"
     r"\by a-t-il des partis qui\b|\b(differentes|diverses) (approches|positions|propositions|visions)\b" + _X
     + r"{0,10}\bdes partis\b|\bquelles sont les positions des\b|\bou (se rejoignent|s'accordent|divergent)\b"),
    ("comparison.de.welche_parteien", "comparison",
     r"\bwelche ([a-z]+ )?(parteien|partei|listen|liste|programme|kandidat\w*|fraktion\w*)\b(?! (soll|sollte|wurdest))" + _X
     + r"{0,25}\b(fordern|fordert|wollen|will|unterstutz\w*|sind (fur|gegen|dafur|dagegen)|ist (fur|gegen|dafur|"
     r"dagegen)|lehnen|lehnt|erwahn\w*|versprech\w*|planen|plant|setzen sich|setzt sich|treten|tritt|befurwort\w*|"
     r"bieten|bietet|sprechen|spricht|nennen|nennt|schlagen|schlagt|vertreten|vertritt|mochten|mochte|"
     r"(sagen|sagt|meinen|meint|finden|findet),? (dass|sie wollen|sie wolle|es sei))|\bin welche[mn] (wahl|partei)?programm(en)?\b"),
    ("comparison.de.unterschied", "comparison",
     r"\b(worin|wie|wo) unterscheid\w*\b|\bunterschied\w*\b" + _X + r"{0,40}\b(zwischen|parteien|programm\w*|"
     r"positionen|vorschlag\w*)\b|\bvergleich\w*\b" + _X + r"{0,40}\b(parteien|programm\w*|positionen|"
     r"vorschlag\w*|plane)\b|\bnebeneinander\b|\bwas (sagen|wollen|fordern) (die|alle) parteien\b|"
     r"\bwas sagt jede partei\b|\bwas (jede|alle|die einzelnen) partei\w*\b" + _X + r"{0,60}\b(sagt|sagen|will|wollen|vorschlagt|vorschlagen|"
     r"fordert|fordern|plant|planen)\b|\bpositionen (der|aller) parteien\b|\bgibt es parteien,? die\b|"
     r"\bwo (sind sich|stimmen)\b" + _X + r"{0,40}\b(einig|uberein)\b"),
    # ------------------------------------------------------------------ programme (what a party says)
    ("programme.en.lead_candidate", "programme",
     r"\bwho( even| actually| exactly| again)? (is|are|was|were|will be)\b" + _X + r"{0,40}\b(lead|top|leading|main|head) "
     r"candidates?\b|"
     r"\bwho (leads|heads|is leading|is heading|tops)\b" + _X + r"{0,30}\b(list|ticket|slate)\b|"
     r"\bwho (is|are) (running|standing) for\b"),
    ("programme.en.what_says", "programme",
     r"\bwhat (is|are)\b(?! (you|i|we)\b)" + _X + r"{1,40}\b(planning|proposing|promising|offering|suggesting)\b|"
     # embedded: "I just want to know what the SPD proposes on rents"
     r"\b(know|tell me|show me|find out|wondering|wonder|understand|sum up|summari[sz]e|explain|describe|read me) "
     r"what (the )?(?!i\b|you\b|we\b)\w+" + _X + r"{0,40}\b(proposes|says|wants|plans|promises|stands for|offers|"
     r"suggests)\b|\b(tell me|know|explain|show me) (where|how) (?!i\b|you\b|we\b)\w+" + _X
     + r"{0,40}\bstands? on\b|\b(let me know|tell me|know) (whether|if) (?!i\b|you\b|we\b)\w+" + _X
     + r"{0,40}\b(has|have) (any )?(plans?|proposals?|ideas?) (for|on|about)\b|"
     r"\bwhat (does|did|do|will|would|has|have)\b(?! (you|i|we|people like me)\b)" + _X + r"{1,60}\b"
     + _VERBS_EN + r"\b|\bwhat (is|are|was|were) (the )?" + _X + r"{0,30}\b(position|positions|stance|stances|"
     r"view|views|proposal|proposals|plan|plans|policy|policies|pledge|pledges|line|priorit\w+|idea|ideas)\b" + _X
     + r"{0,40}\b(on|about|regarding|for|of|concerning)\b|\bwhere (does|do)\b" + _X + r"{1,40}\bstand on\b|"
     r"\bwhat '?s\b" + _X + r"{1,40}\b(position|stance|plan|proposal|policy|view) on\b|"
     r"\bwhat('s| is) new in\b" + _X + r"{0,40}\b(programme|program|manifesto|platform)\b|"
     r"\bwhat'?s (their|its|his|her) (plan|position|stance|line|idea|proposal)s?\b|"
     r"\bwhat (does|do)\b" + _X + r"{1,40}\bsee as\b"),
    ("programme.en.list", "programme",
     r"\b(list|summari[sz]e|outline|sum up|overview of|give me an overview|explain|describe|what are|tell me)\b"
     + _X + r"{0,40}\b" + _NOUNS_EN + r"\b"),
    ("programme.fr.tete_de_liste", "programme",
     r"\b(qui (est|sont|sera|etait)|c'est qui|qui c'est)\b" + _X + r"{0,30}\b(tete de liste|tetes de liste|candidat principal|"
     r"candidate principale|chef de file)\b|\bqui (mene|conduit|dirige|emmene)\b" + _X + r"{0,30}\bliste\b|"
     r"\bqui se presente\b"),
    ("programme.fr.que_propose", "programme",
     r"\bqu(e|'est-ce qu'?e?|'est ce qu'?e?)\b(?! (je|tu|vous|on|j')\b)" + _X + r"{0,60}?\b(propose\w*|dit|disent|"
     r"veut(?! dire)|veulent|prevoi\w*|pense|pensent|promet\w*|defend\w*|suggere\w*|compte\w* faire|souhaite\w*|avance\w*|"
     r"reclame\w*|demande\w*|ecri\w*|annonce\w*|envisage\w*|a dit|ont dit|a promis|ont promis)\b|(?<!\btu )(?<!\bvous )(?<!\bt'en )(?<!\bvous en )\b(propose|dit|disent|veut|veulent|prevoi|pense|"
     r"promet)\w* quoi\b|\b(quelle|quelles) (est|sont) (la |les )?(position|positions|proposition|propositions|"
     r"mesure|mesures|priorite|priorites|idee|idees|ligne|engagement|engagements)\b|\bou en est\b"),
    ("programme.fr.liste", "programme",
     r"\b(?<!m'as )(?<!tu as )(resume\w*|liste\w*|enumere\w*|presente\w*|detaille\w*|decri\w*|explique\w*|donne-moi|donne moi|"
     r"quelles sont)\b" + _X + r"{0,40}\b(mesures?|propositions?|programme|priorites|idees|engagements|promesses|projets|reformes|"
     r"points cles|grandes lignes|positions)\b"),
    ("programme.de.spitzenkandidat", "programme",
     r"\bwer (ist|sind|war|wird)\b" + _X + r"{0,40}\bspitzenkandidat\w*|\bwer (fuhrt|fuhrte|leitet|leitete|tritt|trat)\b" + _X
     + r"{0,30}\b(liste|an)\b|\bspitzenkandidat\w* (der|des|von|fur)\b"),
    ("programme.de.was_sagt", "programme",
     # embedded: "ich will nur wissen, was die SPD zu Mieten sagt"
     r"\b(wissen|erfahren|sag mir|erklar mir|zeig mir|vor),? was (?!ich\b|du\b|man\b|wir\b|ihr\b)" + _X
     + r"{1,50}\b(sagt|sagen|will|wollen|plant|planen|fordert|fordern|vorschlagt|vorschlagen|verspricht|versprechen)\b|"
     r"\b(sagen|erklaren|wissen),? wie (?!ich\b|du\b|man\b|wir\b)" + _X + r"{1,40}\b(steht|stehen)\b|"
     r"\bwas (sagt|sagen|sagte|fordert|fordern|forderte|will|wollen|wollte|plant|planen|plante|schlagt|schlagen|"
     r"verspricht|versprechen|bietet|bieten|sieht|sehen|halt|halten|denkt|denken|meint|meinen|vertritt|vertreten|"
     r"steht|stehen|hat|haben|mochte|mochten|tut|tun|macht|machen)\b(?! (ich|du|man|wir|ihr|sie mir|mir)\b(?!\.))"
     # [^?] rather than _X: party names may carry a full stop or an exclamation mark ("du.", "III. Weg",
     # (a pronoun followed by a full stop is such a name: "Was sagt du. zu: ...?")
     # "TIERSCHUTZ hier!"); the question mark still ends the span.
     r"[^?]{1,80}\b(zu|zum|zur|uber|fur|bei|beim|im|in|gegen|von|vor|an|gesagt|dazu|programm|wahlprogramm)\b"
     r"|\bwas (sagt|sagen|fordert|fordern|will|wollen|plant|planen)\b(?! (ich|du|man|wir|ihr)\b)" + _X + r"{1,40}\?"),
    ("programme.de.position", "programme",
     r"\bwelche (position|positionen|haltung|meinung|vorschlage|forderungen|plane|massnahmen|ziele|ideen|"
     r"schwerpunkte|versprechen)\b" + _X + r"{0,30}\b(hat|haben|vertritt|vertreten|nennt|nennen|macht|machen|"
     r"setzt|setzen|verfolgt|verfolgen|gibt es)\b|\bwie (steht|stehen|positioniert|positionieren|aussert|"
     r"aussern)\b" + _X + r"{0,40}\b(zu|zum|zur|bei|beim|gegenuber)\b|\b(position|haltung|standpunkt)\w* (der|des|"
     r"von)\b"),
    ("programme.de.liste", "programme",
     r"\b(fasse?|zusammenfass\w*|liste\w*|nenn\w*|zahl\w* auf|gib mir einen uberblick|uberblick|erklar\w*|"
     r"beschreib\w*|was sind)\b" + _X + r"{0,50}\b(\w*massnahmen|\w*vorschlage|\w*forderungen|programm|programme|wahlprogramm|"
     r"positionen|ziele|plane|schwerpunkte|kernpunkte|versprechen|ideen|zusagen|reformen)\b|"
     # "Kannst du das Programm der X zur Y zusammenfassen?"
     r"\b(massnahmen|vorschlage|forderungen|programm|programme|wahlprogramm|positionen|plane)\b" + _X
     + r"{0,60}\bzusammen(zu)?fassen\b"),
    # ------------------------------------------------------------------ further answerable intents (all three languages)
    ("electoral_system.en.rules", "electoral_system",
     r"\bwhat happens (to|if|when|with)\b|\b(proportional|majoritarian)\b" + _X + r"{0,5}\bor\b|\bwhen (is|are) there\b"
     + _X + r"{0,20}\b(run-?offs?|second rounds?)\b|\b(are|is)\b" + _X + r"{0,20}\b(blank|spoilt|spoiled|invalid|empty) "
     r"(votes?|ballots?)\b" + _X + r"{0,20}\bcounted\b|\b(percentage|percent|share of (the )?votes?)\b" + _X
     + r"{0,30}\b(needed|required|necessary)\b|\b(which|what) (seat allocation |counting |electoral )?(method|system)\b"
     + _X + r"{0,20}\b(is|will be) used\b|\bwho (can|may) stand\b|\b(majority|majoritarian|proportional)( voting| representation| system)? or "
     r"(majority|majoritarian|proportional)\b|\bwhat('?s| is| are) the rules? (for|on|about|to|"
     r"that)\b"),
    ("electoral_system.fr.regles", "electoral_system",
     r"\bque se passe-t-il (si|avec|quand|pour)\b|\b(a la |au )?(majoritaire|proportionnelle|scrutin majoritaire) ou (a la |"
     r"au )?(proportionnelle|majoritaire)\b|\bquelles? (est|sont) (la regle|les regles) (pour|de|sur|qui)\b|\bsi (personne|aucun parti|aucune liste)\b" + _X
     + r"{0,40}\bmajorite\b" + _X + r"{0,20}\b(se passe|passe quoi)\b|\b(proportionnelle|majoritaire)\b" + _X + r"{0,5}\bou\b|"
     r"\bquand y a-t-il\b" + _X + r"{0,20}\bsecond tour\b|\b(votes?|bulletins?) (blancs?|nuls?)\b" + _X
     + r"{0,20}\b(compt\w*|pris en compte)\b|\b(quel|quelle) pourcentage\b" + _X + r"{0,30}\b(faut-il|necessaire|"
     r"requis)\b|\b(quel|quelle) (methode|systeme|mode)\b" + _X + r"{0,30}\b(utilise\w*|applique\w*)\b|"
     r"\bqui (peut|a le droit de) (se maintenir|se presenter)\b|\bque deviennent (les )?(voix|votes|bulletins|suffrages)\b|\bque sont les\b" + _X + r"{0,20}\b(mandats?|"
     r"sieges?|seuils?|circonscriptions?)\b"),
    ("electoral_system.de.regeln", "electoral_system",
     r"\bwas passiert\b" + _X + r"{0,20}\b(mit|wenn|falls)\b|\b(majorz|proporz|mehrheitswahl|verhaltniswahl)\w* oder "
     r"(majorz|proporz|mehrheitswahl|verhaltniswahl)\w*\b|\bwelche regel\w* (gilt|gelten|gibt es)\b|\b(verhaltnis|mehrheits)\w*\b" + _X + r"{0,5}\boder\b|"
     r"\bwann gibt es\b" + _X + r"{0,20}\bstichwahl\b|\b(werden|wird)\b" + _X + r"{0,20}\b(leere|"
     r"ungultige) (stimmzettel|stimmen)\b" + _X + r"{0,20}\bgezahlt\b|\bgilt\b" + _X + r"{0,30}\b(\w*hurde|"
     r"sperrklausel)\b" + _X + r"{0,30}\b(auch|bei|fur)\b|\bwerden\b" + _X + r"{0,20}\b(leere|"
     r"ungultige) (stimmzettel|stimmen)\b" + _X + r"{0,20}\bgezahlt\b|\bwie viel\w* prozent\b" + _X
     + r"{0,30}\b(braucht|notig|erforderlich)\b|\bwelches? \w*(verfahren|system)\b" + _X
     + r"{0,30}\b(verwendet|angewendet|genutzt)\b|\bwer darf\b" + _X + r"{0,30}\b(antreten|kandidieren)\b"),
    ("procedure.en.eligibility", "procedure",
     r"\b(can|may|could) (i|we|one|you|eu citizens|citizens|foreigners|students|people) (still |also )?"
     r"(vote|register)\b (by|online|via|from|abroad|without|if|in|at|early|twice|after|before|with)\b|"
     r"\bis it possible to vote\b|\bobserve the (vote )?count\w*\b|"
     # a bare eligibility question: "I'm Italian and live in Lyon, can I vote?", "am I allowed to vote?"
     r"\b(can|may|could) (i|we|one|eu citizens|citizens|foreigners|students) (still |also |even )?vote ?\?|"
     # whether a group may vote, asked as a fact: "Can 16-year-olds vote in the European election?" (session 20)
     r"(^|[.!?:] )(can|may|are) (?!i\b|you\b|we\b)(?!" + _X + r"{0,40}(?<!\w)(" + folded_party_alternation()
     + r"|part(y|ies)|lists?|candidates?)(?!\w))([\w'-]+ ){1,5}(allowed to |eligible to |entitled to )?vote\b"
     r"(?! for\b| against\b)|"
     r"\bam i (allowed|eligible|entitled) to vote\b(?! for\b)|\bwho (can|may|is allowed to|is eligible to) vote\b|\bwhere (can|do|should) i "
     r"(find|check|see|get|report)\b|\bwhen (will|are|is) (the )?(official |final )?(results?|election)\b"),
    ("procedure.fr.droits", "procedure",
     r"\b(puis-je|peut-on|on peut|pourrai-je|ai-je le droit de|je peux|je pourrai|je pourrais) (encore |quand meme |aussi |deja )?(voter|m'inscrire|"
     r"assister|changer)\b(?! pour\b| contre\b)|\bqui (peut|a le droit de) voter\b|"
     # "est-ce que je peux voter ?", "j'ai le droit de voter ?"
     r"\b(est-ce que |est ce que )?(je peux|je pourrai|je pourrais|j'ai le droit de|on peut) (encore |quand meme "
     r"|aussi |meme )?voter ?\?|\b(peuvent|peut)(-ils|-elles|-il|-elle|-on)? (voter|s'inscrire)\b(?! pour\b| "
     r"contre\b)|\bassister au depouillement\b|\bou (suis-je|je suis) inscrit\w*\b|\bou (consulter|trouver|"
     r"verifier|signaler)\b|\betapes pour voter\b|\bquand (seront|sera|sont|est) (publies?|proclames?|connus?)\b|"
     r"\bquand (les|le) (resultats?|scrutin|election)\b|\bquand y a-t-il\b|\best-il possible de (voter|s'inscrire)\b|"
     r"\bou (vais-je|je vais|irai-je|j'irai) voter\b|\b(ai-je le droit|puis-je|peut-on|on peut)\b" + _X
     + r"{0,20}\b(me|se) faire (aider|accompagner)\b|\b(dois-je|je dois) voter (dans|au|a la|a l'|en personne)\b"),
    ("procedure.de.rechte", "procedure",
     r"\b(kann|darf|konnen|durfen) (ich|man|wir|eu-burger\w*|auslander\w*|studierende)\b (per|online|im ausland|"
     r"noch|trotzdem|auch ohne|ohne|hier|bei der|vom ausland|vorher|zweimal)\b" + _X + r"{0,30}\b(wahlen|"
     r"abstimmen|registrieren|zuschauen|beobachten)\b|"
     # "Ich bin Italiener, darf ich wählen?", "bin ich wahlberechtigt?"
     r"\b(kann|darf|konnte|durfte) (ich|man|wir) (hier |dort |auch |noch |trotzdem |dann )?(wahlen|abstimmen) ?\?|"
     # "Dürfen 16-Jährige bei der Europawahl wählen?" (session 20)
     r"(^|[.!?:] )(darf|durfen|kann|konnen) (?!ich\b|du\b|wir\b)(?!" + _X + r"{0,60}(?<!\w)(" + folded_party_alternation()
     + r"|partei\w*|liste\w*|kandidat\w*)(?!\w))" + _X + r"{1,60}\b(wahlen|abstimmen)\s*\?|"
     r"\bbin ich (wahlberechtigt|wahlbar)\b|\bwer (darf|kann|dur[f]te|kon[n]te)\b" + _X + r"{0,60}\b(wahlen|abstimmen)\b|\bwo (kann|finde|"
     r"muss|soll) (ich|man)\b|\bwann (ist|sind|findet|wird|werden)\b" + _X + r"{0,20}\b(\w*wahl|\w*wahlen|"
     r"\w*ergebnis\w*|(erste|zweite)\w* runde|wahlgang\w*)\b"),
    ("programme.en.cost", "programme", r"\bhow much (does|do|would|will)\b" + _X + r"{1,60}\b(cost|costs)\b"),
    ("programme.en.more", "programme",
     # (session 51: the name at most 40 characters; unbounded, every word of a long hyphenated run read to its end)
     r"\b[\w&-]{1,40}'s? (position|stance|views?) (on|about|regarding)\b|"
     r"\bhow (does|do|will|would)\b(?! (i|we|you)\b)" + _X + r"{1,40}\b(justify|justifies|financ\w*|fund|pay for|describe|define|"
     r"position|explain)\b|\bwhat arguments\b|\b(position|positions|stance|plans|proposals|ideas) (of|from) "
     + _X + r"{1,40}\b(on|about|for|regarding)\b|\b(group|european party|faction)\b" + _X
     + r"{0,40}\b(belong|member|sit|sits)\b|\bwhat'?s in\b" + _X + r"{0,30}\b(programme|program|manifesto)\b|"
     r"\b(page|passage|section)\b" + _X + r"{0,40}\b(programme|program|manifesto)\b|\b(tell me about|i'?d like to "
     r"know|show me)\b" + _X + r"{0,40}\b(ideas|projects|plans|proposals|positions|programme|manifesto)\b|"
     r"\b(does|do|is|are)\b(?! (you|i|we)\b)" + _X + r"{1,40}\b(want to|plan to|propose|support|oppose|call for|in "
     r"favou?r of|against)\b|^(is|are)\b(?! (you|i|we)\b)(?!" + _X + r"{0,30}\b(threshold|hurdle|voting age|electoral "
     r"system)\b)(?!" + _X + r"{0,40}\b" + VERDICT_NOUN_EN + r" for\b)" + _X + r"{1,40}\bfor (a|an|the|more|less|higher|lower|"
     r"raising|cutting|abolishing|introducing|keeping)\b(?!" + _X + r"{0,50}\b" + VERDICT_LAST_EN + r")|\bwho proposes what\b|\b(table|chart|overview)\b" + _X + r"{0,30}\b(positions|"
     r"proposals|plans|programmes)\b|\bparties'? (positions|proposals|plans|approaches|views)\b|\bmore details "
     r"(on|about)\b|\bnext to each other\b|\b(what|which) (budget|goal|goals|target|targets|problem|steps)\b" + _X
     + r"{0,20}\b(does|do|did|is|are)\b|\b(changed|change) (its|their|his|her) (position|stance|mind)\b|\b(where|on which points|on what)\b" + _X
     + r"{0,40}\b(agree|overlap|same position)\b"),
    ("programme.fr.plus", "programme",
     r"\bcomment\b" + _X + r"{1,40}\b(justifie\w*|financ\w*|se defini\w*|se positionne\w*|se decri\w*|decri\w*)\b|"
     r"\bse (decri\w*|defini\w*|presente\w*|positionne\w*) comment\b|"
     r"\bquels arguments\b|\b(mets|mettre) cote a cote\b|\b(quel|quelle) (budget|objectif|probleme)\b(?! (prevoir|faut|pour (un|une|mon|ma|mes|notre|nos)\b))|"
     r"\bchange de position\b|\bquel est le programme\b|\b(plus de )?details sur\b|\btableau des positions\b|"
     r"\bposition (de|du|des|d')\b" + _X + r"{1,40}\b(sur|concernant)\b|\b(groupe|parti "
     r"europeen)\b" + _X + r"{0,40}\b(appartien\w*|membre|siege\w*)\b|\bqu'y a-t-il\b" + _X
     + r"{0,30}\bprogramme\b|\b(page|passage)\b" + _X + r"{0,30}\bprogramme\b|\b(j'aimerais connaitre|"
     r"parle-moi|montre-moi)\b" + _X + r"{0,40}\b(idees|projets|propositions|positions|programme)\b|"
     r"\b(veut|veulent|soutient|soutiennent|propose|proposent|prevoit|prevoient)(-t)?-(il|elle|ils|elles)\b|"
     r"\b(est|sont)(-t)?-(il|elle|ils|elles) (pour|contre|favorables?|opposes?)\b|\bqui propose quoi\b|"
     r"\b(ou|sur quels points)\b" + _X + r"{0,40}\b(d'accord|meme position|se recoupent)\b"),
    ("programme.de.mehr", "programme",
     r"\bwas ist neu (im|in ihrem|in seinem|in dem)\b" + _X + r"{0,20}\bprogramm\b|"
     r"\bwas (ist|sind) (deren|dessen|ihr|ihre|sein|seine) (plan|plane|position|positionen|haltung|idee|ideen)\b|"
     r"\bwoher (will|wollen|nimmt|nehmen)\b" + _X + r"{0,40}\bgeld\b|"
     r"\bwie (begrundet|begrunden|finanziert|finanzieren|beschreibt|beschreiben|definiert|definieren)\b|"
     r"\bwie (will|wollen)\b" + _X + r"{1,40}\bfinanzieren\b|\bwelche argumente\b|\bwas ist das programm\b|\b(mehr )?details (zum|zur|zu|uber)\b|"
     r"\bwelches (budget|ziel|problem)\b|\b(position|meinung)\b" + _X + r"{0,40}\bgeandert\b|"
     r"^(will|wollen)\b(?=" + _X + r"*\b(den|das|dem|einen|eine|mehr|weniger)\b)" + _X + r"*\b\w+(en|ern|eln)\??$|\b(position|positionen|"
     r"vorschlage|plane|ideen) (von|der|des)\b" + _X + r"{1,40}\b(zu|zum|zur|bei|fur)\b|\b(fraktion|europaische\w* "
     r"partei)\b" + _X + r"{0,40}\b(gehort|mitglied|sitzt)\b|\b(seite|stelle)\b" + _X + r"{0,30}\bprogramm\b|"
     r"\b(erzahl mir|ich mochte|zeig mir)\b" + _X + r"{0,40}\b(ideen|plane|vorschlage|positionen|programm)\b|"
     r"^(wollen|unterstutzt|unterstutzen|fordert|fordern|plant|planen|lehnt|lehnen)\b|^(ist|sind)\b(?!" + _X + r"{0,40}\b"
     + VERDICT_NOUN_DE + r" (fur|gegen)\b)" + _X + r"{1,40}\b(dafur|dagegen|fur|gegen) (ein|eine|einen|die|den|das|mehr|weniger|hohere|niedrigere|\w+kraft|\w+steuer|"
     r"\w+limit|\w+lohn)\b(?!" + _X + r"{0,50}\b" + VERDICT_LAST_DE + r")|"
     r"\bwer (schlagt|fordert|will|sagt) was\b|\b(in welchen punkten|wo)\b" + _X + r"{0,40}\b(einig|gleiche "
     r"position|uberschneiden)\b"),
    # ------------------------------------------------------------------ out of scope (no political word at all)
    ("out_of_scope.any.topics", "out_of_scope", everyday.OUT_OF_SCOPE_TOPICS_SRC),
]

_INTENTS_SRC[-1:-1] = [*PARITY_SRC, *WORK_SRC, *GAP_SRC, *FACTS_SRC, *PEOPLE_SRC, *SAID_SRC,
                       *CAMPAIGN_SRC, *lookalikes.LOOKALIKES_SRC]  # before the out-of-scope rule, which stays last
_INTENTS_SRC[0:0] = lookalikes.LOOKALIKES_FIRST_SRC

# The answerable rules, and the out-of-scope rules that hold whatever political words a question carries (questions
# about the assistant itself: "Are you politically neutral?"); the subject-matter out-of-scope rule is checked last,
# on questions without any political word.
_ANSWERABLE: list[tuple[str, str, re.Pattern[str]]] = [
    (n, c, re.compile(p)) for n, c, p in _INTENTS_SRC if n != "out_of_scope.any.topics"
]
_OUT_OF_SCOPE_NAME, _, _oos = next(r for r in _INTENTS_SRC if r[0] == "out_of_scope.any.topics")
_OUT_OF_SCOPE = re.compile(_oos + "|" + everyday.EVERYDAY_TOPICS_SRC + "|" + everyday.FINAL_WON_SRC)
OUT_OF_SCOPE_RULE = _OUT_OF_SCOPE_NAME

_VETO_SELF = re.compile(VETO_SELF_SRC)
_SEND_BACK = re.compile(SEND_BACK_WHEN)
_WHICH_WAY = re.compile(lookalikes.WHICH_WAY_FOR_ME)
# (session 33: and how a blank ballot is cast, the voter's story before it naming "ma voix"; session 34: the secrecy of
# one's ballot after "my boss keeps asking who I vote for")
_READ_WHATEVER_THE_VETO = OFFICIAL_TEXT_RULES | {"procedure.any.blank_how", "procedure.any.secret_ballot",
                                                 "electoral_system.any.below_threshold"}
_OFFICIAL_TEXTS = [(name, category, rx) for name, category, rx in _ANSWERABLE if name in _READ_WHATEVER_THE_VETO]
_DECISION_VETO = re.compile(VETO_SELF_SRC + "|" + VETO_EVAL_SRC)
_ON_MY_BEHALF = re.compile(ON_MY_BEHALF)  # "can my mum vote for me?": its "for me" is no marker of the voter's choice

# "What is the difference between X and Y?" is a comparison of parties only when something political is named (not
# "a p-value and a confidence interval").
# "Qu'a dit …" is about a party only when something political is named (not "qu'a dit ma mère hier ?"), and so is
# "how much would … cost" (not "a private pension plan with my bank"; session 16).
_NEED_POLITICAL_RULES = frozenset({"comparison.en.differ", "comparison.fr.differ", "comparison.de.unterschied",
                                   "programme.fr.qu_a_promis", "programme.en.cost",
                                   # (session 45) "C'est vrai que WhatsApp va devenir payant à partir de lundi ?"
                                   "programme.en.claim_check", "programme.fr.claim_check", "programme.de.claim_check"})
# "Who wants…" asks about parties unless the question is about an unrelated subject and names nothing political ("Can I
# trust a used-car dealer who wants cash only?"); so do the generic programme forms "what does X say / stand for",
# "does X support", "was macht X" ("Which football club does Macron support?", "What does my horoscope say for
# Aries?"; session 15), and so do they asked about the voter's own document ("What does my lease say…", session 16)
_OFF_TOPIC_VETOED = frozenset({"comparison.en.who_wants", "comparison.fr.who_wants", "comparison.de.who_wants",
                               "programme.en.more", "programme.de.was_sagt", "programme.fr.plus",
                               "programme.fr.que_propose", "programme.en.what_says"})

# Procedure and electoral-system rules use generic verbs ("how do I get...", "what happens if..."): they need a
# political or electoral word in the question. Programme and comparison rules are political by their form.
# In a message that tells a situation before its final question, the word must be in what is asked (``asked.py``):
# "The polling station is in the school gym. How do I get the smell out of my gym bag?" asks about a gym bag, and the
# model decides it. Registering something is no electoral word ("register my car",
# "inscrire mon enfant"); registering alone is ("How do I register?", "Comment m'inscrire ?"; session 15).
_NEED_POLITICAL = frozenset({"procedure", "electoral_system"})
# rules that carry their own political word (a campaign, a list, a televised debate; session 33)
_OWN_POLITICAL_WORD = frozenset({"procedure.any.campaign_rules", "procedure.any.debate_broadcast",  # (session 35)
                                 "electoral_system.any.no_majority",  # (session 36)
                                 "procedure.any.way_for_me",  # (session 39: the ways named before "which of the two")
                                 # (session 42) a forwarded message about the vote, then "Is there any truth in it?"
                                 "procedure.en.any_truth", "procedure.de.gibt_es_wirklich",
                                 "procedure.any.rumour_checked"})
# read in the whole text, not in a frame before a colon: "Voici le slogan de notre liste : … Améliore-le" (session 33),
# "Write a reply: <its own content>" (session 36)
_READ_WHOLE = frozenset({"programme.any.slogan", "procedure.any.rumour_corrected"})

# The out-of-scope subjects, mixed from three languages, are reached only by a swap of two letters ("waether"): any
# other one-letter edit turned real words of another language into out-of-scope words ("Blaue vom Himmel" -> "blague",
# "Chaos" -> "chats"). The known party names spelled out in some rules are no repair targets ("groan" is no typo of
# the party "Groen").
# The rules of session 33 are no repair targets: their stems ("campagne", "mitte", "debat", "plafon") drew real words of
# every language ("champagne", "Miete", "dégât", "plafond").
_NO_REPAIR_TARGETS = frozenset(name for name, _, _ in (*SAID_SRC, *CAMPAIGN_SRC)) | lookalikes.LOOKALIKES_NO_REPAIR | {
    "programme.any.former_member", "programme.any.offices_before", "electoral_system.any.automatic_after_vote",
    "procedure.any.blank_how", "procedure.any.secret_ballot", "programme.any.already_in_office",
    "electoral_system.any.below_threshold", "comparison.any.two_on_a_topic", "electoral_system.any.no_majority",
    "procedure.any.exit_poll_result", "procedure.any.polls_hours"} | FACTS_NO_REPAIR
_repair = TypoRepair(
    spelled_words([p.replace(PARTY_ALTERNATION, " ") for n, _, p in _INTENTS_SRC
               if n != _OUT_OF_SCOPE_NAME and n not in _NO_REPAIR_TARGETS]
              + [_DECISION_VETO.pattern.replace(PARTY_ALTERNATION, " ")]),
    known=real_words(), swaps_only=spelled_words([_oos]))


@lru_cache(maxsize=256)
def _repaired(prepared: str) -> str:
    """``_repair(prepared)``, once per question: several checks read the same repaired text."""
    return _repair(prepared)


@dataclass(frozen=True)
class IntentHit:
    name: str
    category: str


@lru_cache(maxsize=1024)
def _asked_clause(folded: str) -> str | None:
    """The question after the last clause break (``asked.clause_tail``) when what comes before asks nothing answerable
    ("Nach der Wahlparty: wie bekomme ich einen Rotweinfleck raus?"; session 17), else None."""
    creative = creative_tail(folded)  # a story told (no question in it), then "write me a poem …"
    if creative is not None:
        return creative
    clause = clause_tail(folded)
    return clause[1] if clause is not None and _answerable(clause[0], veto=False) is None else None


def _asks_off_topic(folded: str) -> bool:
    tail = _asked_clause(folded)  # an everyday subject and nothing political in that question
    if tail is None:
        # the final question after a story of statements only ("I'm driving disabled neighbours to vote on Sunday.
        # How do I clean the fabric seats in my car?"; session 23)
        asked = asked_text(folded)
        story = folded[: len(folded) - len(asked)] if folded.endswith(asked) else ""
        tail = asked if story.strip() and "?" not in story else None
    # a politician named in the question keeps it political ("Going by the latest polls, can Glucksmann still overtake
    # Bardella?", session 25)
    return (tail is not None and not is_political(tail) and _OUT_OF_SCOPE.search(tail) is not None
            and not KNOWN_POLITICIAN.search(tail))


def _everyday_alone(rest: str) -> bool:
    return (len(rest.split()) >= 2 and not is_political(rest) and not KNOWN_POLITICIAN.search(rest)
            and (_OUT_OF_SCOPE.search(rest) is not None or everyday.SPORTS_MATCH.search(rest) is not None))


def match_intent(prepared: str) -> IntentHit | None:
    """The first answerable or out-of-scope rule that fires on ``prepared`` (output of ``rules.prepare``), or None.

    Answerable rules are skipped when a decision marker vetoes them; the out-of-scope rule fires only on text with
    no political word. A ``programme`` hit about several parties is reported as ``comparison``. In a framed question
    ("Was sagt X zu: <thesis>?", "What does X say about: <statement>"), the quoted statement after the colon is
    content, not the voter's request: when the frame alone is answerable, only the frame is checked for vetoes.
    """
    folded = _repaired(prepared)
    if OCCASION_TEXT.search(folded):  # (session 42) a birthday poem, a wedding speech, whatever election it falls on
        return IntentHit(OCCASION_RULE, "out_of_scope")
    if WARM_CLOTHES.search(folded):  # (session 42) what to wear for a day in a cold polling station
        return IntentHit(WARM_CLOTHES_RULE, "out_of_scope")
    if _SEND_BACK.search(folded):  # (session 43) the voter's postal ballot sent back now, a step of their own
        return IntentHit(SEND_BACK_RULE, "procedure")
    if _WHICH_WAY.search(folded):  # (session 45) which of two ways of voting suits the voter
        return IntentHit(lookalikes.WHICH_WAY_RULE, "procedure")
    changed = everyday.TOPIC_CHANGE.search(folded)  # (session 45) an everyday subject after "unrelated but"
    if changed and _everyday_alone(folded[changed.end():]):
        return IntentHit(_OUT_OF_SCOPE_NAME, "out_of_scope")
    frame, colon, rest = folded.partition(":")
    if colon and not _QUESTION_START.match(rest) and _answerable(frame, veto=False) is not None:
        hit = _answerable(frame, veto=True)
        if hit is not None and hit.name not in _READ_WHOLE:
            return hit
    if _asks_off_topic(folded):
        return IntentHit(_OUT_OF_SCOPE_NAME, "out_of_scope")
    hit = _answerable(folded, veto=True)
    if hit is not None:
        return hit
    if CANDIDATE_AGE.search(folded):  # (session 43) a candidate's age or birthplace
        return IntentHit(CANDIDATE_AGE_RULE, "out_of_scope")
    if not is_political(folded) and _OUT_OF_SCOPE.search(folded):
        return IntentHit(_OUT_OF_SCOPE_NAME, "out_of_scope")
    return None


def reaches_past(hit: IntentHit, prepared: str, start: int) -> bool:
    """Whether the text that ``hit``'s rule matched in ``prepared`` ends after position ``start``: the rule reads the
    question that follows a context sentence, with that sentence's words for what it refers to ("You gave me the minimum
    wage each party proposes. Put them in order, from lowest to highest."), not the context sentence alone (session 32)."""
    rx = _WHICH_WAY if hit.name == lookalikes.WHICH_WAY_RULE else next((rx for name, _, rx in _ANSWERABLE if name == hit.name), None)
    folded = _repaired(prepared)
    found = rx.search(folded) if rx is not None else None
    return found is not None and found.end() > start - (len(prepared) - len(folded))


def other_election(prepared: str) -> bool:
    """A question about an election, a vote or a contest that is not a political one (works council, student union, a
    club, a song contest), naming nothing political: out of scope whatever election words it uses
    (``other_elections.py``)."""
    return names_other_election(_repaired(prepared))


def clearly_out_of_scope(prepared: str) -> bool:
    """No political or electoral word, and a clearly unrelated subject (sport, recipes, weather, lottery...): such a
    question is out of scope even when a refusal rule's words occur in it ("which team will win the cup?")."""
    folded = _repaired(prepared)
    return not is_political(folded) and _OUT_OF_SCOPE.search(folded) is not None


def _answerable(folded: str, *, veto: bool) -> IntentHit | None:
    vetoed = _ON_MY_BEHALF.sub(" ", folded) if veto else folded
    # a text of official voting information or a reply correcting a rumour is written for the voter, about the vote
    # told before it (session 30): its own rules are read whatever the veto on texts to write, and without the need for
    # a political final sentence; the other answerable rules keep the veto
    political = is_political(folded)
    if political:
        for name, category, rx in _OFFICIAL_TEXTS:
            if rx.search(folded):
                return IntentHit(name, category)
    if veto and _VETO_SELF.search(vetoed):
        return None
    evaluative = veto and _DECISION_VETO.search(vetoed) is not None
    asked = asked_text(folded)
    asked_political = political if asked == folded else is_political(asked)  # the whole text: already known
    tail = _asked_clause(folded) if asked_political else None
    if tail is not None and stands_alone(tail) and not is_political(tail):
        asked_political = False  # "Nach der Wahlparty: wie bekomme ich Kerzenwachs von der Tischdecke?" (session 17)
    off_topic = not political and (_OUT_OF_SCOPE.search(folded) or everyday.OWN_THING.search(folded)) is not None
    for name, category, rx in _ANSWERABLE:
        if name in _READ_WHATEVER_THE_VETO:  # read above
            continue
        if ((category in _NEED_POLITICAL or name in _NEED_POLITICAL_RULES) and not political
                and name not in _OWN_POLITICAL_WORD) or not rx.search(folded):
            continue
        if category in _NEED_POLITICAL and not asked_political and name not in _OWN_POLITICAL_WORD:
            continue
        if off_topic and name in _OFF_TOPIC_VETOED:
            continue
        if evaluative and name not in ATTRIBUTED and name not in lookalikes.LOOKALIKES_ATTRIBUTED:
            continue
        if category == "programme" and not name.endswith("lead_candidate") and _SEVERAL.search(folded):
            category = "comparison"
        return IntentHit(name, category)
    return None
