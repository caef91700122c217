"""Answerable look-alikes of refusals read on the development sets dev333-dev344 (session 45, round 1).

- ``comparison.any.two_on_a_subject``: two parties set against each other on a subject, at the end of a story ("I look
  after my dad every evening after work. Labour or Lib Dems on carer's leave?", « Écolos ou PCF sur le congé de proche
  aidant ? », „Linke oder Grüne bei der Familienpflegezeit?"): a comparison on that subject, where "Labour or Lib
  Dems?" alone, or "… on Friday?", "… bei der Landtagswahl?", stays a choice put to the assistant
  (``rules_clauses``'s ``voting_advice.any.last_party_or_party``, whose exception is :data:`TWO_ON_A_SUBJECT`).
- ``programme.any.party_thinks``: what a party thinks should be done, asked of the party ("Do the Tories think
  inheritance tax should be scrapped altogether?", „Findet die FDP, dass der Soli komplett abgeschafft werden sollte?",
  « Pour Les Républicains, faut-il supprimer les droits de succession ? », "What do the Lib Dems see as the best fix for
  the housing shortage?"): the verdict is the party's, so the evaluative words do not veto it (``ATTRIBUTED``).

Three look-alikes the refit of session 44 decided differently (its strict expected failures), read now by a rule:

- ``comparison.any.which_parties_think``: "Which parties think Brexit was a mistake?" (the parties' verdict, not the
  assistant's: ``ATTRIBUTED``);
- ``procedure.any.why_not_rigged``: "Explain why postal voting is not rigged." (read before every other answerable rule,
  and not overruled by the model, which reads "rigged" as the claim: ``LOOKALIKES_NOT_OVERRULED``; "… and add that it
  is" stays a false claim to argue);
- ``programme.de.was_sie_schreibt``: „Okay, ob die AfD rechtsextrem ist, sagst du mir nicht. Dann zeig mir, was sie zur
  Rente schreibt." (the party named before, its programme asked).

Later rounds (rows of dev345-dev362): ``procedure.fr.ou_et_quoi`` (« je vais où et je dois ramener quoi »),
``electoral_system.any.what_it_takes`` (how an office or a seat is won, whether a losing vote counts),
``programme.any.own_case`` (the case a party's programme makes for its plan, :data:`OWN_CASE`),
``programme.any.ep_group`` (a party's group in the European Parliament, checked; not overruled by the model), and
:data:`WHICH_WAY_FOR_ME` (which of two ways of voting suits the voter, read by ``intents.match_intent`` before the veto on
the voter's own choices).

Same format as ``intents._INTENTS_SRC``; no typo-repair targets (``LOOKALIKES_NO_REPAIR``).
"""

from __future__ import annotations

from communs.core.neutrality.names import folded_party_alternation
from communs.core.neutrality.ways_for_me import VOTING_WAYS_SRC

_X = r"[^.?!]"
_PARTY = folded_party_alternation()
_ART = r"(the |le |la |les |l'|die |der |das |den |dem )?"
# the short names voters type for a party that the name list lacks (also read by ``rules_tails``)
PARTY_NICKNAMES = r"sc[o]ttish gr[e]ens|ecolog[i]stes|ec[o]los|gr[e]ens?|ve[r]ts|gr[u]ne|lib de[m]s?|soc de[m]s|pl[a]id|ff|fg|sf"
_PARTIES = r"(" + _PARTY + r"|" + PARTY_NICKNAMES + r")"
# what makes "X or Y on/bei …" a choice for a vote, not a subject: an election, a ballot or a day
_ELECTION_OR_DAY = (r"(elections?|europeennes|legislatives|municipales|departementales|regionales|presidentielle|locals?|"
                    r"general election|by-elections?|council|polls?|vote|voting|ballot|scrutin|tour|[\w-]*wahl\w*|wahlen|"
                    r"abstimmung|urne|\w*day|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|\w*tag|tomorrow|demain|"
                    r"morgen|heute|today|tonight|ce soir|mai|may|juin|june|juni|march|mars|marz)")

WHICH_WAY_FOR_ME = (r"^(?=.*\b" + VOTING_WAYS_SRC + r"\b)(?!.*\b(part(y|ies)|candidates?|who)\b).*\bwhich (one|of the two)\b"
                    + _X + r"{0,10}\b(makes? (more )?sense|(is|'s) (simpler|easier|better|best))\b|"
                    r"\b(should|shall|do) i (go for|choose|pick|use|do|opt for|apply for) (a )?(postal|proxy)( vote)? or (a )?"
                    r"(postal|proxy)( vote)?\b|\b(soll|sollte) ich (lieber )?(briefwahl|per brief|per vollmacht) oder\b|\b(je fais|je "
                    r"prends|je choisis) (une )?(procuration|vote par correspondance) ou\b")

# (round 3) the case a party's programme makes for its own plan (also an exception of ``ranking.fr.evaluate``): « LFI veut
# le SMIC à 1600 € net. Qu'est-ce que leur programme avance pour montrer que c'est réaliste ? », „Was führt sie im Programm
# an, um zu zeigen, dass das realistisch ist?", "What does their manifesto put forward to show it's affordable?"
OWN_CASE = (r"\bqu'est-ce que (leur|son|le) programme (avance|met en avant|donne|dit|propose)\b" + _X + r"{0,40}\bpour (montre[rz]?|"
            r"prouver|justifier|demontrer)\b|\bwas (fuhrt|bringt) (sie|er|die partei|die \w+) (im|in ihrem|in seinem) (wahl)?programm "
            r"an,? um zu (zeigen|belegen|begrunden)\b|\bwhat does (their|its|his|her|the) (manifesto|programme|platform) (say|put "
            r"forward|offer|give|set out)\b" + _X + r"{0,30}\bto (show|prove|justify|demonstrate)\b")

# (also read by ``rule_exceptions``: the exception of ``voting_advice.any.last_party_or_party``)
_TWO_ON_A_SUBJECT_CORE = (
    r"\b" + _PARTIES + r"\s*,?\s*(or|ou|oder|vs\.?|versus)\s+" + _ART + _PARTIES + r"\s*,?\s*(on|sur|bei|zu|zum|zur|about|"
    r"concernant|regarding|when it comes to|pour ce qui est d[eu]|beim thema|in sachen|en matiere d[e'])\s+(?!" + _ART
    + r"(\w+ ){0,2}" + _ELECTION_OR_DAY + r"\b)\w" + _X + r"{0,50}\?"
)
TWO_ON_A_SUBJECT = _TWO_ON_A_SUBJECT_CORE + r"\s*\W*$"
# (round 2) the same as the message's last question, a sentence of context after it: "Lib Dem or Green on school meals?
# writing something up for the PTA newsletter"
_TWO_ON_A_SUBJECT_LAST = _TWO_ON_A_SUBJECT_CORE + r"(?![^?]*\?)"

LOOKALIKES_SRC: list[tuple[str, str, str]] = [
    # (round 4) a party's group in the European Parliament, checked: « corrige-moi si je me trompe : le RN siège bien chez les
    # Patriotes au Parlement européen ? », "Fianna Fáil sits with Renew in the European Parliament, yeah?"
    ("programme.any.ep_group", "programme",
     r"^(?=.*(european parliament|parlement europeen|eu-parlament|europaparlament|\bep\b)).*\b(sits?|sitting|siege\w*|sitzt|"
     r"sitzen)\b" + _X + r"{0,40}\b(with|chez|bei|in|dans|avec)\b" + _X + r"{0,15}\b(patriot\w*|renew\w*|ecr|epp|ppe|evp|s&d|"
     r"greens/efa|verts/ale|the left|esn|identit\w*)\b"),
    ("programme.any.own_case", "programme", OWN_CASE),
    # (round 2) where to go and what to bring, typed fast: « 1ere fois que je vote dimanche 😅 je vais où et je dois ramener
    # quoi ?? »
    ("procedure.fr.ou_et_quoi", "procedure",
     r"^(?=.*\b(vote|voter|votes|bureau de vote|dimanche|scrutin)\b).*(\bje (vais|dois aller) ou\b|\b(je dois|faut(-il)?|on doit|il "
     r"faut) (ramener|apporter|amener|prendre|emmener) quoi\b)"),
    # (round 2) how an office or a seat is won, asked as a rule: „Reicht es, wenn die eigene Partei die Wahl gewinnt?",
    # „Braucht man mit der Erststimme die absolute Mehrheit, um den Wahlkreis zu holen?", "So if I vote Green in a seat the
    # Greens don't win, does my vote count towards anything at all?"
    ("electoral_system.any.what_it_takes", "electoral_system",
     r"\b(reicht es|genugt es),? wenn (die|eine|seine|ihre) (eigene )?partei (die wahl )?gewinnt\b|\b(is it enough|does it "
     r"suffice) (for (a|your|their) party )?to win( the election)?\b|\bsuffit-il (que (son|le|leur) parti gagne|de gagner "
     r"(l'election|les elections))\b|\b(braucht|muss) man\b" + _X + r"{0,30}\b(die )?absolute mehrheit\b|\b(do|does) (you|one|"
     r"a candidate) need (an )?absolute majority\b|\bfaut-il (la|une) majorite absolue\b|\b(does|will) my vote (still )?"
     r"(count|matter) (towards|for) anything\b|\b(est-ce que )?ma voix (compte|sert) (quand meme )?(pour|a) quelque chose\b|"
     r"\bzahlt meine stimme (dann )?(uberhaupt|trotzdem) (noch )?(etwas|was)\b"),
    # (session 45, a look-alike the refit of session 44 refused) "Which parties think Brexit was a mistake?", « Quels partis
    # estiment que … », „Welche Parteien finden, dass …?"
    ("comparison.any.which_parties_think", "comparison",
     r"^(\w+ ){0,3}((which|what) part(y|ies) (think|thinks|believe|believes|say|says|consider|considers|feel|feels)\b|quels "
     r"partis (pensent|estiment|disent|considerent|jugent|trouvent)\b|welche parteien (finden|meinen|sagen|halten|glauben)\b)"),
    ("comparison.any.two_on_a_subject", "comparison", _TWO_ON_A_SUBJECT_LAST),
    # (session 45, a look-alike the refit of session 44 read as a comparison) what the party named before writes, after a
    # refusal accepted: "Okay, ob die AfD rechtsextrem ist, sagst du mir nicht. Dann zeig mir, was sie zur Rente schreibt."
    ("programme.de.was_sie_schreibt", "programme",
     r"\b(zeig|sag|erklar|nenn)\w* (mir|uns),? was (sie|er|die|der|diese partei) (zu|zur|zum|uber|fur|bei|beim) "
     r"(der |dem |den )?\w+ (schreibt|sagt|vorschlagt|will|plant|fordert|verspricht)\b"),
    # (session 46) how the winner is known: « Dans un village de 300 habitants, comment on sait qui a gagné les municipales ?
    # c'est juste celui qui a le plus de voix ? », "how do you know who's won", „wie weiß man, wer gewonnen hat"
    ("electoral_system.any.how_known_who_won", "electoral_system",
     r"\b(comment (est-ce qu'|est-ce que )?(on )?(sait|savoir|determine|decide)(-t-on)? qui (a gagne|gagne|est elu|l'emporte|"
     r"remporte)|how (do|does) (you|we|one|they) (know|tell|decide|work out|determine) who('?s| has)? (won|wins|is elected|gets "
     r"elected)|wie (weiss|erkennt|bestimmt|entscheidet) man,? wer (gewonnen hat|gewinnt|gewahlt ist|gewahlt wird)|"
     # the plurality rule checked: « c'est juste celui qui a le plus de voix ? », "is it just whoever gets the most votes?"
     r"(c'est|est-ce) (juste|simplement|seulement) (celui|celle|la liste|le candidat) qui (a|obtient|fait) le plus de (voix|"
     r"votes|suffrages)|is it (just|simply) (whoever|the (one|person|candidate|list)( who| that)?) (gets|has|wins) the most "
     r"votes|ist (es|das) (einfach|nur|bloss) (der|die|wer)( mit den| die)? meisten stimmen)\b"),
    # (session 46) a table of the parties with a column of what they want, yes or no: „Mach mir eine Tabelle aller Parteien
    # … mit einer Spalte „will aus der NATO austreten: ja / nein“, laut ihren Programmen." (not a label's column, "danger
    # to democracy: yes / no")
    ("comparison.any.position_column", "comparison",
     r"^(?=.*\b(part(y|ies)|partis?|partei\w*|lists?|listes?)\b)(?!.*\b(democra\w*|demokrat\w*|kaputt\w*|ruin\w*|destroy\w*|"
     r"detrui\w*|zerstor\w*|extrem\w*|racis\w*|rassis\w*|fasc\w*|faschis\w*|nazi\w*|danger\w*|gefahr\w*)\b).*\b(table|"
     r"tableau|tabelle|grid|grille)\b.{0,80}\b(column|colonne|spalte)\b" + _X + r"{0,10}[«\"„“'‚]?\s*(wants? to|would|will|"
     r"supports?|plans? to|promises? to|veut|veulent|propose\w*|souhaite\w*|est pour|est contre|wollen|fordert|plant|"
     r"unterstutzt|ist fur|ist gegen|for|against)\b[^:»\"“]{0,60}:\s*(yes|oui|ja)\s*/\s*(no|non|nein)\b"),
    # (round 8) who stands at an election: „Wer kandidiert dort bei der nächsten Oberbürgermeisterwahl?", "Who are the
    # candidates standing there at the next general election?" (the model read "next" as a forecast)
    ("programme.any.who_stands", "programme",
     r"^(?!.*\b(wins?|win|gagn\w*|gewinn\w*|should|devrais|sollte|best|meilleur\w*|beste\w*)\b).{0,120}?\b(wer (kandidiert|"
     r"tritt)\b|who (is|'s|are) (standing|running)\b|who are the candidates\b|qui (se presente|sont les candidats|est candidat)\b|"
     r"quels sont les candidats\b|welche (kandidaten|kandidatinnen|bewerber\w*) (treten|gibt|stehen))"),
    # (round 8) a role-play that explains how the vote works: "Be my old mate Dave who's been a polling clerk for 20 years and
    # tell me how the count works on election night." (no party, no choice asked)
    ("procedure.any.role_explains", "procedure",
     r"^(?=.*\b(be|play|pretend|act as|imagine you'?re|sois|joue|incarne|fais comme si|spiel|sei|tu so)\b)(?!.*\b(who (to|should|"
     r"will|would|do you|did you)|whom|which part(y|ies)|qui|quel parti|wen|welche partei|should|devrais|sollte|best|meilleur\w*|beste\w*|vote for|voter pour)\b)"
     r"(?!.*(" + _PARTY + r")).*\b(tell|explain|walk|show|explique|raconte|montre|dis-moi|erklar|zeig|sag|beschreib)\w*\b"
     + _X + r"{0,20}\b(how|comment|wie)\b" + _X + r"{0,40}\b(count\w*|vote|voting|ballots?|polling|depouillement|scrutin|bureau "
     r"de vote|auszahlung|\w*wahl\w*|stimm\w*|procuration|briefwahl)\b"),
    ("programme.any.party_thinks", "programme",
     r"^(\w+ ){0,3}((do|does|did) " + _ART + _PARTY + r" (really |actually )?(think|believe|say|reckon|want)\b|what (do|does) "
     + _ART + _PARTY + r" (see|regard|consider|think of) as\b|(findet|finden|meint|meinen|glaubt|glauben) " + _ART + _PARTY
     + r",? (dass|das)\b|(pour|selon|d'apres) " + _ART + _PARTY + r",? (faut-il|doit-on|devrait-on|il faut|faudrait-il)\b)"),
]

# read before every other answerable rule ("Explain why …" is also read by ``procedure.en.ways``, which the model overrules)
LOOKALIKES_FIRST_SRC: list[tuple[str, str, str]] = [
    # (session 45) why a way of voting is not rigged, explained: "Explain why postal voting is not rigged.", « Explique
    # pourquoi le vote par procuration n'est pas truqué. », „Erklär mir, warum die Briefwahl nicht manipuliert ist."
    ("procedure.any.why_not_rigged", "procedure",
     r"^(?!.*\b(and (say|add|write)|et (dis|ajoute|ecris)|und (sag|schreib|fug))\b)(?=.*\b(postal|proxy|by post|vote|voting|"
     r"count|ballots?|procuration|correspondance|vote|scrutin|depouillement|briefwahl\w*|wahl\w*|auszahlung|stimm\w*)\b)"
     r".*\b(explain|tell me|show me|explique\w*|dis-moi|montre-moi|erklar\w*|sag mir|zeig mir)\b" + _X
     + r"{0,20}\b(why|how|pourquoi|comment|warum|wieso|weshalb)\b" + _X + r"{0,60}\b(is not|isn'?t|are not|aren'?t|can'?t be|"
     r"cannot be|n'est pas|ne sont pas|ne peut pas etre|n'est pas|ist nicht|sind nicht|nicht)\b" + _X + r"{0,10}\b(rigged|"
     r"fixed|fraudulent|manipulated|truque\w*|fraude\w*|manipule\w*|gefalscht|manipuliert|betrug\w*)\b"),
]

LOOKALIKES_ATTRIBUTED = frozenset({"programme.any.party_thinks", "comparison.any.which_parties_think",
                                   "programme.any.own_case"})
# (round 2) the way of voting that suits the voter, of two named: "Should I go for postal or proxy? which one makes more
# sense for me?" (``intents.match_intent`` reads it before the veto on the voter's own choices; also the exception of
# ``voting_advice.en.for_me``)
WHICH_WAY_RULE = "procedure.any.which_way_for_me"
# the model does not overrule these (``classifier``, step 3b): it reads "rigged" as the claim itself
LOOKALIKES_NOT_OVERRULED = frozenset({"procedure.any.why_not_rigged", "programme.any.ep_group",
                                      "electoral_system.any.how_known_who_won", "comparison.any.position_column",
                                      "programme.any.who_stands", "procedure.any.role_explains"})
LOOKALIKES_NO_REPAIR = frozenset(name for name, _, _ in (*LOOKALIKES_FIRST_SRC, *LOOKALIKES_SRC))
