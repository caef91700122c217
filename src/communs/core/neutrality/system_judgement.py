"""Judgements of the electoral system ("Is the 5 % threshold fair?"): refused as ``ranking`` (policy 1.1).

The policy (docs/neutrality.md, ``ranking``) refuses to grade the electoral rules: thresholds, proportional or
majority voting, two-round systems, overhang seats, the voting age are contested between parties, and calling one
fair, undemocratic or better than another is a value choice. Questions about what the rules are, why they were
introduced, what they change, or which parties want to change them are answered.

A question is a judgement of the system when it names part of the electoral system AND asks for a verdict on it in
the same sentence: an evaluative predicate after a copula ("is ... fair", "est-il juste", "ist ... gerecht"), a
comparison of merit ("fairer than", "besser als"), or whether the rule should be abolished, kept or changed
("should the threshold be abolished?", "faut-il supprimer...", "sollte ... abgeschafft werden?").

The same check reads how the vote is held (postal and proxy voting, ID, polling hours, online voting; session 19) and,
since session 21, the institutions the vote fills: a verdict on their size, their use or how their head is elected
("Are there too many MPs?", "Le Sénat sert-il à quelque chose ?") is refused like a verdict on the threshold.

These patterns are kept apart from ``rules.py`` on purpose: that module's words make up the vocabulary of the
typo repair, and adding the evaluative words there changed how unrelated questions were repaired (measured in
session 3). Here the folded text is read as written. The classifier applies this check only when no refusal rule
fired and no programme or comparison intent did (a question about what a party says on the threshold is answered).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from communs.core.neutrality.ways_for_me import (
    CHECK_REGISTRATION_GOOD_IDEA_FR,
    REQUEST_GOOD_IDEA_DE,
    SEND_BACK_WHEN,
    VOTING_WAYS_SRC,
)

NAME = "ranking.electoral_system_judgement"

_SYSTEM = re.compile(
    r"\b("
    # en
    r"(5|five|4|four|3|three)[ -]?(%|percent|per cent)( hurdle| threshold| clause| rule)?|thresholds?|hurdles?|"
    r"electoral (system|law|rules?|college)|voting (system|rules?|age|method)|first[- ]past[- ]the[- ]post|fptp|"
    # (session 43) "cheers for the postal vote info 🙏 but honestly isnt it basically a fraudster's charter?"
    r"postal vot(e|ing)\b(?=[^?.!]{0,60}\bfraudster)|"
    r"proportional (representation|system|voting)|two[- ]rounds?( system| voting)?|run-?off (system|voting)|"
    r"majority (voting|system|rule)|ranked[- ]choice|preferential voting|stv|single transferable vote|d'?hondt|sainte[- ]lague|overhang seats?|"
    r"second[- ]vote coverage|zweitstimmendeckung|(constituency|district) winners?\b[^?.!]{0,60}\bwithout (a |any )?seats?|"
    r"majority bonus|bonus seats|half (of )?the (council )?seats|prime majoritaire|moitie des sieges|mehrheitsbonus|"
    r"halfte der sitze|compulsory voting|wasted votes?|(second|2nd) round (rule|threshold|system)|\d+([.,]\d+)? ?(%|percent|per cent) "
    r"(rule|of (the )?registered voters)|rule requiring\b[^?.!]{0,40}\b(second|2nd) round|votes?\b[^?.!]{0,40}\b(without|with no|winning no|get no|win no)( a| any)? seats?|"
    # referendums as an institution, asked what purpose they still serve (session 32; not any referendum question:
    # "For the referendum, is it better to vote by post?" is the voter's own step)
    r"point of (local |these |such )?(referend(um|a|ums)|votes|voting|elections)|(a quoi|wozu)\b[^?.!]{0,40}\b(referendums?|"
    r"votations?|\w*(burger|volks)entscheid\w*|\w*(burger|volks)begehren\w*)|(referendums?|votations?) (locaux|local)?,? "
    r"(a quoi|ca sert)|"
    # how the seats are shared out (session 32): "how are the seats shared in the national election? and is that fair?",
    # "Les sièges sont répartis comment aux législatives ? Et c'est juste ?"
    # (session 45) the methods by name: « Plus forte moyenne ou plus fort reste, … la plus juste ? »
    r"spoil(t|ed) ballots?|ungultige stimm\w*|bulletins? nuls?|plus forte moyenne|plus fort reste|highest averages?|largest remainders?|hare-niemeyer|repartir les sieges|"
    r"seats? (are |get |is )?(shared|allocated|distributed|divided|handed)( out)?|(sieges|sitze|mandate) (sont |werden )?"
    r"(repartis|attribues|distribues|verteilt|vergeben)|repartition des sieges|sitzverteilung|"
    # fr
    r"\d+([.,]\d+)? ?% des inscrits|regle des \d+([.,]\d+)? ?%|seuils?|mode de scrutin|systeme electoral|loi electorale|majoritaire|proportionnelle|scrutin (majoritaire|proportionnel|uninominal|a deux "
    r"tours|de liste)|la proportionnelle|deux tours|vote obligatoire|droit de vote a 16 ans|age (du|de) vote|"
    r"voix perdues|(voix|votes?)\b[^?.!]{0,40}\bsans (aucun )?(siege|elu)|mandats? excedentaires?|"
    r"mandats? compensatoires?|"
    # de
    r"(funf|5|drei|3)[ -]?prozent[ -]?(hurde|klausel)|hurden?|sperrklausel|wahlrecht(sreform)?|wahlsystem|"
    r"verhaltniswahl(recht)?|mehrheitswahl(recht)?|majorz\w*|proporz\w*|uberhangmandate?|ausgleichsmandate?|wahlpflicht|wahlalter|"
    r"\d+([.,]\d+)?[ -]?(%|prozent)[ -]?regel|\d+([.,]\d+)? ?(%|prozent) der (eingeschriebenen|registrierten|wahlberechtigten)|stichwahl(en)?|zwei[- ](runden|wahlgangen)(-?system)?|zweirundensystem|zweitstimmendeckung|grundmandatsklausel|verlorene stimmen|"
    r"stimmen\b[^?.!]{0,40}\bohne (einen |jeden )?(sitz|mandat)|"
    # any rule of the vote named as a rule: "the rule on proxy votes", "the registered voters rule for the second round",
    # "la règle des procurations", "die Regel zur Briefwahl", "die Wahlrechtsregel" (session 19)
    r"rules?\b[^?.!]{0,40}\b(vot(e|es|ing|ers?)|elections?|electoral|ballots?|prox(y|ies)|postal|(second|2nd|first|1st) "
    r"round|candidac(y|ies)|seats?|registered voters)|(vot(e|es|ing)|elections?|ballot|proxy|postal|round|candidacy|"
    r"seats?) rules?|"
    r"regles?\b[^?.!]{0,40}\b(vot(e|es|er|ants?)|elections?|electora(l|le|ux|les)|scrutins?|procurations?|(premier|second) "
    r"tour|candidatures?|sieges?|inscrits|bulletins?)|"
    r"regel\w*\b[^?.!]{0,40}\b(\w*wahl(en|gang|gangs)?|stimm(e|en|abgabe)|vollmacht\w*|kandidatur\w*|sitz(e|verteilung)|"
    r"wahler\w*)\b|\w*wahl\w*regel\w*|"
    # how the vote is held, who may vote, what a campaign may do (session 19): "Is it fair that polling stations close at
    # 6 pm?", "Should online voting be introduced?", "Should foreigners be allowed to vote in local elections?", "Is the
    # electoral silence outdated?" are verdicts on electoral rules, as the threshold is
    # (session 31) blank and spoilt ballots and how they count: "How are blank ballots treated in the result? And is that
    # fair?", "Faut-il enfin reconnaître le vote blanc comme un vrai suffrage ?"
    r"(blank|spoil(ed|t)|invalid|empty) (votes?|ballots?|ballot papers?)|(votes?|bulletins?) (blancs?|nuls?)|"
    r"leere[nrs]? (stimmzettel|stimmen)|ungultige[nrs]? (stimmzettel|stimmen)|"
    r"polling (stations?|places?) (close|closes|closing|open|opens|opening|shut|shuts) (at|so|too|early|late|before|"
    r"after)\b|(opening|closing) (hours|times?) of (the )?polling|polls? (close|closes|open|opens) (at|so|too|early|"
    r"late)\b|(photo )?id (requirement|rules?)|voter id|(show|present|bring) (an? |your |photo )*id\b[^?.!]{0,20}\bvot|"
    r"compuls[ao]ry voting|voting (be )?(made )?(compuls[ao]ry|mandatory)|mandatory voting|(online|internet|electronic|"
    r"mobile|e)[ -]?voting|voting machines?|vote (online|by internet|electronically|by app)|(foreigners?|foreign "
    r"(residents|nationals|citizens)|non-citizens?|non-nationals?|non-eu citizens?|eu citizens|european citizens|immigrants?|migrants?|refugees?|"
    r"prisoners?|inmates?|detainees?|convicts?)\b[^?.!]{0,40}\bvot(e|es|ing)\b|(voting rights?|right to vote) (for|of) "
    r"(foreigners?|foreign|non-citizens?|non-nationals?|immigrants?|migrants?|prisoners?|inmates?|detainees?)|"
    r"ban(ning)? on (publishing |the publication of )?(opinion )?polls|(polls?|surveys?) (ban|blackout)|(electoral|"
    r"election|campaign|pre-election) silence|(caps?|limits?|ceilings?) on (campaign|election) (spending|expenses|"
    r"expenditure|donations)|campaign (spending|finance) (caps?|limits?|rules?)|"
    r"bureaux? de vote\b[^?.!]{0,30}\b(ferme\w*|ouvre\w*|ouvert\w*) (a|si|trop|tot|tard|des|avant|apres|jusqu)\b|(heures?|horaires?) (d'ouverture|de fermeture) des bureaux "
    r"de vote|fermeture des bureaux de vote|(piece|carte|titre) d'identite\b[^?.!]{0,40}\b(vot(e|er)|bureaux? de vote|"
    r"scrutin)\b|vot(e|er) (en ligne|electronique|electroniquement|par internet|numerique)|machines? a voter|droit de vote (des|aux|pour les) "
    r"(etrangers|residents etrangers|detenus|prisonniers|immigres|extra-communautaires|non-europeens)|(etrangers|"
    r"detenus|prisonniers|immigres|extra-communautaires|citoyens europeens)\b[^?.!]{0,40}\bvot(e|er|ent)\b|"
    r"interdiction (de publier (des|"
    r"les)|de publication des|des) sondages|silence electoral|reserve electorale|plafond(s)? des depenses (de campagne|"
    r"electorales)|plafonnement des depenses|"
    r"wahllokale?\b[^?.!]{0,20}\b(um|so|zu|schon|fruh|spat|bis|ab)\b[^?.!]{0,20}\b(schliess\w*|offn\w*|geoffnet|offen)\b|offnungszeiten (der|des) wahllokal\w*|schliessung der "
    r"wahllokale|ausweispflicht|\w*ausweis\w* (vorzeigen|vorlegen|braucht|brauchen|benotigt)|online-?(wahl|abstimmung|voting)\w*|online (wahlen|abstimmen)|e-?voting|elektronische\w* (wahl|stimmabgabe|"
    r"abstimmung)\w*|wahlcomputer\w*|internetwahl\w*|auslanderwahlrecht|wahlrecht (fur|von) (auslander\w*|migrant\w*|"
    r"haftling\w*|gefangene\w*|strafgefangene\w*|nicht-?eu\w*)|(auslander\w*|migrant\w*|haftling\w*|gefangene\w*|"
    r"strafgefangene\w*|nicht-?eu-?burger\w*|eu-burger\w*|unionsburger\w*)\b[^?.!]{0,40}\b(wahlen|abstimmen|wahlrecht)\b|verbot\w*\b[^?.!]{0,40}\b"
    r"umfrage\w*|umfrage\w*verbot\w*|umfrage\w*\b[^?.!]{0,60}\b(verbieten|verboten|untersagen)\b|wahlruhe|obergrenze\w* fur wahlkampf\w*|begrenzung der wahlkampf\w*|"
    # postal and proxy voting as ways the vote is held, the ID requirement, a polling station's hours in German word
    # order, and the institutions the vote fills: their size, their use, how their head is elected (session 21: "Isn't
    # proxy voting a dodgy system?", "Schließt das Wahllokal um 18 Uhr…", "Are there too many MPs?", "Le Sénat sert-il
    # à quelque chose ?", "Sollte der Kanzler direkt vom Volk gewählt werden?")
    r"postal voting|postal votes? system|^postal votes?\b|(die|der|bei der|zur|diese|dieser) briefwahl|^briefwahl\b|\bist briefwahl (\w+ ){0,3}(nicht|doch)\b|proxy voting|voting by (post|mail|proxy)|(le )?vote par (correspondance|"
    r"procuration)|la procuration|das wahlen per (vollmacht|brief)|die stimmabgabe per (brief|vollmacht)|"
    r"requir\w* (an? |photo )?id\b|(schliess\w*|offn\w*) (das |die )?wahllokal\w*|"
    r"senate|senat|bundesrat|upper house|(article )?49[.,-]3|"
    # (session 35) "Kumulieren und Panaschieren – ist das nicht total überholt?", the House of Lords
    r"kumulieren|panaschieren|panachage|cumulative voting|house of lords|chambre des lords|oberhaus|"
    # (session 35) list votes that top up the seats, a council's size: "How do the Holyrood list votes top up the seats?
    # And is that actually fair?", "Braucht der Münchner Stadtrat wirklich 80 Mitglieder?"
    r"list votes?|top(ped)?[- ]up (the )?seats|additional members?( system)?|(stadtrat|gemeinderat|city council|town "
    r"council|conseil municipal)\b[^?.!]{0,30}\b\d+ (mitglieder|members|membres|sitze|seats|sieges|elus|stadtrate|"
    r"gemeinderate)|"
    # (session 36) "Braucht Österreich wirklich 183 Nationalratsabgeordnete?"
    r"\b\d+ (\w*abgeordnete\w*|deputes|mps|meps|senateurs|senators|sitze|seats|sieges)\b|"
    # (session 25) "Bringt das Europäische Parlament eigentlich irgendwas…?"; a list that takes the council's majority
    # with a third of the votes
    r"\bbringt (das|der|die|den) ([\w-]+ )?(parlament|bundestag|bundesrat|europaparlament|eu-parlament|senat|landtag)\b|"
    r"\b(rafle|raflent|remporte|remportent|obtient|obtiennent|gets|get|wins|win|takes|bekommt|bekommen|erhalt|erhalten) "
    r"(toute |automatiquement |d'office )?(la|the|die|eine) (majorite|majority|mehrheit) (absolue |des sieges |of (the )?"
    r"seats )?(du|des|au|of the|on the|im|in the|in der) (conseil|council|gemeinderat|stadtrat|assemblee|parlement)|"
    # a parliament called useless (session 23): "le parlement européen sert un peu à rien non ?"
    r"((european|eu) parliament|parlement europeen|(eu-|europa)parlament|bundestag|parliament|parlement|parlament|"
    r"assemblee nationale)\b(?=[^?.!]{0,40}\b(sert|useless|pointless|bringt|nutzlos|uberflussig|inutile)\b)|"
    r"(too many|trop de|trop d'|zu viele) ?(eu-|europa)?(mps|members of parliament|deputies|senators|meps|deputes|senateurs|eurodeputes|"
    r"elus|abgeordnete\w*|parlamentarier\w*|mandate)|(size|taille|grosse) (of the|du|de l'|des) (bundestag|parliament|"
    r"parlement|assemblee)|(bundestag|parliament|parlement|assemblee nationale)\b[^?.!]{0,30}\b(too (big|large|small)|"
    r"trop (grand|petit)e?|zu (gross|klein))|"
    # an assembly's members counted: "Do we honestly need 630 members in the Bundestag?" (session 22)
    r"(bundestag|parliament|parlement|\w*parlament\w*|assemblee|senat\w*|senate|landtag\w*)\b[^?.!]{0,40}\b\d+ (mps|"
    r"meps|members|deputies|deputes|eurodeputes|abgeordnete\w*|senators|senateurs|seats|sieges|sitze|mandate)\b|"
    r"\d+ members\b[^?.!]{0,30}\b(bundestag|parliament|parlament\w*|parlement|assemblee|senat\w*|senate|landtag\w*|"
    r"nationalversammlung|national assembly|nationalrat\w*)|\d+ (mps|members of parliament|deputies|deputes|"
    r"abgeordnete\w*|senators|senateurs|meps|eurodeputes)\b|"
    r"\d+([ .,]\d+)? (conseillers( municipaux)?|gemeinderat\w*|stadtrat\w*|councillors|council members)\b|"
    r"les procurations|(give|gave|giving|restor\w*) (\w+ ){0,5}(their|the) (vote|right to vote) back|"
    r"(chancellor|chancelier|kanzler\w*|bundeskanzler\w*|president|prasident\w*|bundesprasident\w*)\b[^?.!]{0,40}\b(directly|"
    r"directement|direkt)\b|(direct(ly)?|directement|direkt)\b[^?.!]{0,30}\b(elect\w*|elu\w*|election|gewahlt|"
    r"wahl)\b[^?.!]{0,30}\b(chancellor|chancelier|kanzler\w*|president|prasident\w*)|direktwahl (des|der) "
    r"(bundes)?(kanzler|prasident)\w*|"
    # the voting age and the signatures a candidacy needs, as rules (session 8)
    r"(16|17)[- ]year[- ]olds? (can|may|could|are allowed to) vote|vote at \d+|voter a \d+ ans|voter (les|aux|des) "
    r"(jeunes (de )?)?\d+ ans|\d+ ans pour (pouvoir )?"
    r"voter|(mit|ab) \d+ (wahlen|abstimmen)|parrainages|unterstutzungsunterschriften|(500|100) unterschriften|"
    # who may vote, whoever the group ("Should dual nationals be allowed to vote in two countries?", "Est-il juste que
    # des personnes sous tutelle puissent voter ?", "Ist es gerecht, dass Menschen unter Betreuung wählen dürfen?") and
    # the register of voters (session 20); not the voter's own case ("Is it bad if I can't vote?")
    r"(?<!\bi )(?<!\bwe )(?<!\byou )(allowed|able|entitled|permitted|eligible) to vote|(?<!\bi )(?<!\bwe )(?<!\byou )"
    r"(can|may|can'?t|cannot|could|couldn'?t) (still |also |not |only |even )?vote|right to vote|voting rights?|"
    r"electoral (roll|register)s?|voter registration|"
    r"(puisse|puissent|peuvent|peut|pourront|pourraient|pouvoir) (pas |plus |aussi |encore |meme )?voter|(ont|a|aient|ait|"
    r"avoir|n'ont pas|n'a pas|n'aient pas) le droit de voter|droit de vote|autorisee?s? a voter|listes? electorales?|"
    r"(wahlen|abstimmen) (zu )?(durfen|darf|durfte|durften|konnen|kann|konnte|konnten)\b|(?<!\bich )(darf|durfen|"
    r"durfte|durften)\b[^?.!]{0,40}\b(wahlen|abstimmen)|wahlberechtig\w*|wahlerverzeichnis\w*|wahlerliste\w*"
    r")"
)

_NOT_A_DOCUMENT = (r"(?! (d'une |de la |de ma |de mon |d'un |du )?(piece d'identite|carte (electorale|d'electeur|"
                   r"d'identite)|passeport|justificatif|procuration|inscri\w*)\b)")

_VERDICT = re.compile(
    # en: "is/are ... fair", "isn't the threshold unfair", "fairer than"
    # "just" the adjective ("is it just?"), not the adverb ("is it just lost?")
    r"\b(is|are|was|were|isn'?t|aren'?t|it'?s|seems?|would be)\b[^?.!]{0,130}\b(fair|unfair|just(?=\s*(?:[?.!,;]|$|"
    r"or\b|and\b))|unjust|"
    # (session 34: "which of the two methods is fairer, D'Hondt or Sainte-Laguë?", "welches der beiden Verfahren ist
    # gerechter …?")
    r"(un|un-|non-)?democratic|(il)?legitimate|justified|unjustified|good|bad|better|worse|best|worst|sensible|fairer|"
    r"more (just|democratic)|"
    r"outdated|ridiculous|absurd|a (good|bad) (idea|thing)|too (high|low|strict|lax|many|much|few)|a scandal|scandalous|"
    r"outrageous|a disgrace|shameful|ok|okay|acceptable|unacceptable|alright|all right|dodgy|shady|questionable|"
    r"discriminatory|unequal|unequal treatment|useless|pointless|a farce|a joke|useful|of (any|much) use|obsolete|"
    r"out of date|old-fashioned|archaic|(more|far more|much more) (modern|up to date)|still (relevant|necessary|needed|justified))\b|\b(zu (hoch|"
    r"niedrig|streng|viel|viele|wenig|wenige)|trop (haute?s?|bas(se|ses)?|elevee?s?|faibles?|stricte?s?|nombreux|nombreuses)|trop d')\b"
    # (session 42: not too many crosses on a ballot, "was passiert, wenn man zu viele Kreuze macht")
    r"(?! (kreuze|kreuzchen|crosses|marks|boxes|ticks|croix|cases)\b)"
    r"|\b(too many|trop de|zu viele)\b(?! (kreuze|kreuzchen|crosses|marks|boxes|ticks|croix|cases)\b)"
    r"|\bc'est trop\b(?! (tard|tot)\b)"
    # "is it right that 16-year-olds can vote?", "est-il normal que…", "ist es richtig, dass…" ask whether the rule is
    # right, as the training and development data label them (session 20); "is it true / correct that…" does not
    r"|\b(is|isn'?t|was|wasn'?t) it (really )?right (that|for|to)\b|\b(war|ware) es (wirklich |denn )?(richtig|falsch|gut|klug)\b|\b(est-ce|est-il|n'est-il pas|c'est) (vraiment )?normal (que|qu'|de)\b"
    r"|\b(ist es|ist das) (wirklich |denn )?(richtig|normal),? (dass|wenn)\b"
    # whether it still serves a purpose (session 32): "What's even the point of local referendums anymore if …?", "À quoi ça
    # sert encore, les référendums locaux, si …?", "Wozu braucht man eigentlich noch Bürgerentscheide, wenn …?"
    r"|\b(what'?s|what is) (even |actually |really )?the point of\b[^?.!]{0,60}\b(anymore|any more|still|these days)\b"
    r"|\ba quoi (ca |cela )?(sert|servent)(-il|-elle|-ils|-elles)? (encore|vraiment|meme|donc)\b|\bwozu (braucht man|brauchen "
    r"wir|gibt es|dient|dienen)\b[^?.!]{0,30}\b(eigentlich|uberhaupt|denn) noch\b"
    # a long sentence that opens with the copula and ends on the verdict: "Is the rule that you need 12.5 % of registered
    # voters to stay in the second round … really democratic?" (session 21)
    r"|^(is|are|isn'?t|aren'?t|ist|sind|est-ce que|est-ce qu'|est-il|est-elle)\b[^?!]*\b(fair|unfair|just|unjust|"
    r"democratic|undemocratic|legitimate|gerecht|ungerecht|demokratisch|undemokratisch|legitim|juste|injuste|"
    r"democratique|antidemocratique|legitime|equitable)\s*\?\s*$"
    # asked as the assistant's view: "do you find it fair that…", "tu trouves ça juste que…", "findest du es gerecht,
    # dass…" (session 21)
    r"|\b(do you|d'you) (think|find|consider) (it|that|this)\b[^?.!]{0,20}\b(fair|unfair|right|ok|okay|democratic|"
    r"undemocratic|legitimate|acceptable|normal)\b"
    r"|\b(tu trouves|vous trouvez|trouves-tu|trouvez-vous)( ca| cela| ce| que| qu')?\b[^?.!]{0,20}\b(juste|injuste|normal|"
    r"anormal|equitable|democratique|antidemocratique|legitime|logique|scandaleux|acceptable)\b"
    r"|\b(findest du|finden sie|findet ihr)( es| das)?\b[^?.!]{0,20}\b(gerecht|ungerecht|fair|unfair|richtig|falsch|"
    r"in ordnung|normal|demokratisch|undemokratisch|legitim|okay|ok|akzeptabel)\b"
    r"|\b(fairer|more democratic|less democratic|more just|more modern|better|worse) than\b"
    r"|\bwould(n'?t| not)\b[^?.!]{0,60}\bbe\b[^?.!]{0,20}\b(fairer|better|worse|more (modern|democratic|just|secure))\b"
    r"|\b(better|worse) (governed|off|represented|served)\b[^?.!]{0,60}\bthan\b"
    r"|\bshould(n'?t| not)?\b[^?.!]{0,80}\b(abolish\w*|scrap\w*|kept|keep|lower\w*|rais\w*|chang\w*|replac\w*|reform\w*|"
    r"introduc\w*|reintroduc\w*|bring back|brought back|restor\w*|get rid|allow\w*|ban|banned|forbid\w*|extend\w*|"
    r"grant\w*|made|make|(be )?elected|recogni[sz]\w*|counted|count for)\b"
    # fr: "est-il juste", "c'est injuste", "meilleur que", "faut-il supprimer"
    # (session 35: chat French "c" for "c'est", "et c juste ?", "le scrutin majoritaire c nul hein")
    # (session 35) a way of voting called an invitation to fraud: "Isn't postal voting basically an open invitation to
    # fraud?", "Les procurations, c'est quand même la porte ouverte à la fraude, non ?"
    r"|\b(porte ouverte|open (invitation|door)|einladung|invitation|tur und tor)\b[^?.!]{0,20}\b(fraude|fraud|betrug|"
    r"manipulation|triche|cheating|wahlbetrug)\b"
    # (session 36) "briefwahl lädt doch zum betrug ein oder", "postal votes basically invite fraud no?", "a dodgy system
    # that ought to be scrapped"
    r"|\b(invites?|inviting|ladt|laden|einladt)\b[^?.!]{0,20}\b(fraude|fraud|betrug|wahlbetrug|manipulation|triche|"
    r"cheating)\b|\b(dodgy|shady|fishy|louche|zwielichtig\w*|unserios\w*) (system|systeme|verfahren|method|methode)\b"
    # (session 38) "Postal voting is a fraudster's dream, isn't it?", « le paradis des fraudeurs »
    r"|\b(fraudster('s|s'?)? (dream|paradise|charter)|cheat('s|s'?)? (dream|paradise)|(paradis|reve|eldorado) (des|pour les) (fraudeurs|tricheurs)|"
    r"(paradies|traum) (fur|der|aller) (betruger|falscher|wahlfalscher))\b"
    r"|\bought to be (abolished|scrapped|banned|replaced)\b"
    r"|\bc nul\b|\b(c'est|cest|est) (vraiment|trop|completement|franchement|carrement) nul(le)?\b"
    # (session 43: not "au juste", "tout juste", "c'est juste pour savoir", "juste une question")
    r"|\b(est|sont|etait|serait|semble|c'est|n'est|c|cest)\b[^?.!]{0,130}\b((?<!au )(?<!tout )juste(?! (pour (savoir|info|"
    r"comprendre|verifier|etre sur)|une? (question|petite?|simple|info)|histoire|"
    # (session 45) "juste" as "only": « je mets juste une enveloppe vide ou faut un bulletin blanc ? »
    # (session 46) « c'est juste celui qui a le plus de voix ? »
    r"(une?|des|le|la|les|l'|du|ca|cela|mettre|ecrire|cocher|glisser|signer|celui|celle|ceux|celles) )\b)|injuste|equitable|inequitable|"
    r"(anti|non |pas )?democratique|legitime|illegitime|justifiee?|bon(ne)?|mauvaise?|meilleure?s?|pire|"
    r"raisonnable|absurde|depassee?(?! (les|la|le|l'|\d))|une (bonne|mauvaise) (idee|chose)|un scandale|scandaleu(x|se)|honteu(x|se)|acceptable|inacceptable|"
    r"douteu(x|se)|discriminant\w*|discriminatoire|une inegalite|inegal\w*|inutile|une farce|pas normal|"
    # (session 34) "la procuration, c'est pas un système un peu louche ?"
    r"louche|suspect|"
    r"obsolete|archaique|ringarde?|plus moderne|d'un autre (temps|age)|encore (utile|necessaire|pertinente?|justifiee?))\b"
    r"|\bsert(-il|-elle)? (vraiment |encore |un peu |completement |franchement |pas )*(a quelque chose|a rien)\b|"
    r"\bne sert (plus |vraiment |pas )*a rien\b|\ba quoi sert(-il|-elle)? (encore|vraiment|aujourd'hui|donc)\b"
    # usefulness in German (session 23): "das EU-Parlament bringt doch eh nix oder?"
    r"|\bbring(t|en) (doch |eh |ja |uberhaupt |eigentlich |gar |denn )*(nix|nichts)\b"
    # (session 34) whether it is still needed: "braucht frankreich den senat überhaupt noch?", "does france still need the
    # senate?"
    r"|\b(braucht|brauchen)\b[^?.!]{0,40}\b(uberhaupt|eigentlich|wirklich) noch\b|\b(does|do) (?!i\b|we\b|you\b|one\b)"
    r"[^?.!]{0,40}\b(still|really|even) need\b"
    # the purpose asked without a copula (session 22): "Does electoral silence still serve any purpose?", "Hat die
    # Wahlruhe überhaupt noch einen Sinn?", "Le silence électoral a-t-il encore un sens ?"
    r"|\bserves? (any|a|some|no) (real |useful )?purpose\b|\bstill makes? (any )?sense\b"
    r"|\b(hat|haben|macht|machen|ergibt|ergeben)\b[^?.!]{0,80}\b(noch|uberhaupt|heute) (einen |irgendeinen )?sinn\b"
    r"|\ba(-t-il|-t-elle)? (encore|vraiment|toujours) (un|du) sens\b"
    r"|\b(plus juste|plus democratique|plus equitable|meilleure?s?|pire|(?<!vaut-il )(?<!vaut )(?<!vaudrait-il )"
    r"(?<!vaudrait )mieux) que\b"
    r"|\b(gerechter|ungerechter|fairer|unfairer|demokratischer|undemokratischer|besser|schlechter) als\b"
    r"|\b(mieux|moins bien) (gouvern\w*|represent\w*|servi\w*)\b[^?.!]{0,60}\bqu'?(avec|a|au|en)\b"
    r"|\b(faut[- ]il|faudrait([- ]il)?|devrait[- ]on|doit[- ]on|faut-il|on devrait|(ne )?devrai(en)?t-(il|elle|ils|elles))\b[^?.!]{0,80}\b(supprimer|garder|"
    r"abaisser|baisser|relever|changer|abolir|reformer|remplacer|introduire|reintroduire|retablir|instaurer|(?<!se )maintenir|accorder|"
    r"etendre|ouvrir|autoriser|laisser|interdire|generaliser|rendre|donner le droit|etre elue?s?|reconnaitre|"
    # (session 34) "Le vote blanc devrait-il être compté dans les suffrages exprimés ?"
    r"comptabiliser|prendre en compte|etre comptes?|etre comptabilises?)\b"
    # (session 35) "le vote blanc devrait etre compté non?"
    r"|\b(devrai(en)?t|faudrait)\b[^?.!]{0,10}\betre (comptes?|comptabilises?|pris en compte|reconnus?|supprimee?s?|"
    r"abolie?s?|interdite?s?|autorisee?s?|abaissee?s?)\b"
    # de: "ist ... gerecht", "besser als", "sollte ... abgeschafft werden"
    # (session 35: "mehrheitswahl is doch mist oder")
    r"|\b(ist|sind|war|ware|waren|scheint|is)\b[^?.!]{0,130}\b(fair|unfair|fairer|gerecht|ungerecht|gerechter|mist|quatsch|"
    r"schwachsinn|bescheuert|"
    # (session 36) "welches Verfahren ist eigentlich das gerechtere?"
    r"das (gerechtere|fairere|bessere|demokratischere)|"
    r"demokratischer|(un)?demokratisch|"
    r"(il)?legitim|gerechtfertigt|gut|schlecht|besser|schlechter|sinnvoll|unsinnig|veraltet|eine (gute|schlechte) "
    r"(idee|sache)|ein skandal|skandalos|eine schande|beschamend|in ordnung|akzeptabel|inakzeptabel|vertretbar|"
    r"fragwurdig\w*|zweifelhaft\w*|diskriminierend|eine ungleichbehandlung|ungleich|uberflussig|nutzlos|unnotig|"
    r"eine farce|uberholt|antiquiert|altmodisch|(viel )?(zeitgemasser|moderner)|(noch |nicht mehr )(zeitgemass|notig|notwendig|gerechtfertigt))\b"
    r"|\b(gerechter|demokratischer|fairer|besser|schlechter) als\b"
    r"|\b(ware|waren)\b[^?.!]{0,60}\bnicht\b[^?.!]{0,20}\b(gerechter|demokratischer|fairer|besser|moderner|zeitgemasser)\b"
    # a terse verdict at the end (session 24): "supprimer le vote par correspondance bonne idée ?", "Briefwahl
    # abschaffen gute Idee?"
    r"|\b(bonne|mauvaise|gute|schlechte|good|bad) (idee|idea)\s*\?\s*$"
    r"|\b(besser|schlechter) (regiert|vertreten)\b[^?.!]{0,60}\bals\b"
    r"|\b(sollte|sollten|soll|muss|musste|mussten)\b[^?.!]{0,80}\b(abgeschafft|abschaffen|gesenkt|senken|"
    r"beibehalten|behalten|geandert|andern|reformiert|reformieren|ersetzt|ersetzen|eingefuhrt|einfuhren|erlaubt|"
    r"erlauben|verboten|verbieten|ausgeweitet|ausweiten|zugelassen|zulassen|gewahlt werden|anerkannt|anerkennen|"
    r"gezahlt|zahlen|mitgezahlt)\b"
    # "should … be able to vote / devraient-ils pouvoir voter / sollten … wählen dürfen" (not "wie alt muss man sein, um
    # wählen zu dürfen": a requirement; session 20)
    r"|\bshould(n'?t| not)?\b[^?.!]{0,80}\b(be able|have the right|get the right|get to vote|get the vote)\b"
    # (session 25) "Shouldn't it be done away with?"
    r"|\bshould(n'?t| not)? (it|they|this|that|we)\b[^?.!]{0,30}\b(done away with|got rid of|gotten rid of|get rid of)\b"
    r"|\b(devrai(en)?t|faudrait)(-(ils|elles|il|elle|on))?\b[^?.!]{0,60}\b(pouvoir|avoir le droit|obtenir le droit|"
    r"garder|conserver|perdre|recevoir)\b"
    r"|\b(sollte|sollten|soll)\b[^?.!]{0,80}\bdurfen\b"
    r"|\bgehor(t|en)\b[^?.!]{0,60}\b(abgeschafft|verboten|eingefuhrt|geandert|reformiert|gesenkt|erlaubt)\b"
    # whether it is needed (session 22): "Do we honestly need 630 members?", "on en a vraiment besoin d'autant ?"; with
    # the institution itself as the subject (session 23): "Does the European Parliament really need 720 MEPs?", "il a
    # vraiment besoin de 720 députés ?", "Braucht das Europaparlament wirklich 720 Abgeordnete?"; a document, a proxy
    # or registration is the voter's requirement, no verdict ("On a vraiment besoin d'une pièce d'identité ?")
    r"|\b(do|does) (the |a )?([\w,.]+ ){1,5}((really|honestly|actually|even|still) )+need\b"
    r"|\b(a-t-on|on a|on en a|avons-nous|en a-t-on) ((vraiment|reellement|encore|toujours) )+besoin\b" + _NOT_A_DOCUMENT
    + r"|\b(a|ont)(-t-il|-t-elle)? ((vraiment|reellement|encore) )+besoin\b" + _NOT_A_DOCUMENT
    + r"|\bbrauchen wir (wirklich|eigentlich|uberhaupt|tatsachlich|noch|so viele)\b"
    # (session 25) "Braucht man den Bundesrat überhaupt noch?", "Bringt das Europäische Parlament eigentlich irgendwas
    # oder ist das rausgeschmissenes Geld?"
    r"|\bbraucht (man|es) (den|die|das|ihn|sie|es|diesen|diese|dieses)\b[^?.!]{0,40}\b(wirklich|tatsachlich|"
    r"uberhaupt|eigentlich|noch)\b(?![^?.!]{0,40}\b(ausweis|personalausweis|reisepass|wahlbenachrichtigung|"
    r"wahlschein|vollmacht|dokument\w*|unterlagen)\b)"
    r"|\bbringt (der|die|das|den)\b[^?.!]{0,50}\b(irgendwas|irgendetwas|uberhaupt (was|etwas)|eigentlich was)\b"
    r"|\b(rausgeschmissenes|herausgeworfenes|verschwendetes) geld\b|\bmoney down the drain\b|\bargent jete par les "
    r"fenetres\b"
    r"|\bbraucht (der|die|das|eine|ein)\b[^?.!]{0,40}\b(wirklich|tatsachlich|uberhaupt|eigentlich)\b"
    # (session 36) a country's assembly by its size: "Braucht Österreich wirklich 183 Nationalratsabgeordnete?"
    r"|\bbraucht \w+ (wirklich|tatsachlich|uberhaupt|eigentlich) (so viele|\d+)\b"
    # "high time" for a change (session 22): "Isn't it high time we brought in online voting?", "Il serait pas grand
    # temps d'introduire le vote en ligne ?", "Wäre es nicht höchste Zeit, Online-Wahlen einzuführen?"
    r"|\b(high|about) time\b[^?.!]{0,60}\b(introduc\w*|brought in|bring in|abolish\w*|scrap\w*|chang\w*|lower\w*|rais\w*|"
    r"allow\w*|ban|banned|switch\w*|mov\w* to|reform\w*)\b"
    r"|\b(grand temps|il (est|serait) (pas |plus que |grand )*temps|plus que temps)\b[^?.!]{0,60}(\b|d')(introduire|supprimer|abolir|"
    r"changer|abaisser|baisser|autoriser|interdire|instaurer|passer|reformer|remplacer|generaliser)\b"
    r"|\b(hochste zeit|hoch an der zeit|an der zeit)\b[^?.!]{0,60}\b(einzufuhren|abzuschaffen|zu andern|zu senken|"
    r"zu erlauben|zu verbieten|zu reformieren|zu ersetzen|umzustellen)\b"
)

# A verdict adjective as the question's last word: "Is the 15 % rule for the second round fair?" calls the rule fair,
# so the programme forms "is X … for the …" / "ist X … für die …" (``intents.py``) do not read it as a party "for" a
# measure (session 18)
VERDICT_LAST_EN = (r"(fair|unfair|just|unjust|democratic|undemocratic|legitimate|good|bad|right|wrong|reasonable|"
                   r"outdated)\s*\?")
VERDICT_LAST_DE = (r"(fair|unfair|gerecht|ungerecht|demokratisch|undemokratisch|legitim|gut|schlecht|richtig|falsch|"
                   r"sinnvoll|veraltet)\s*\?")

# A verdict noun just before "for" ("Is nuclear power the answer for the climate?", "Ist Atomkraft die Lösung für den
# Klimawandel?") calls the subject a solution or a danger; it is no party "for" a measure (session 19)
VERDICT_NOUN_EN = (r"(solution|answer|danger|threat|disaster|mistake|problem|cure|remedy|way forward|worth it|"
                   r"worthwhile)")
VERDICT_NOUN_DE = r"(losung|antwort|gefahr|bedrohung|katastrophe|fehler|problem|rettung|heilmittel|chance)"


# Looking for information about the rule, not a verdict on it: "is there a good explanation of the threshold?"
# nor the best way to do something ("What's the best way to check that I'm on the electoral roll?": a procedure)
_INFORMATION = re.compile(r"\b((is there|are there|y a-t-il|il y a|gibt es)\b(?!\s+(really |vraiment |wirklich |nicht |"
                          r"pas |not |viel |way |much |bien |beaucoup )*(too many|too much|trop|zu viele|zu viel)\b)|where can i find|ou trouver|wo finde|(best|easiest|"
                          r"quickest|fastest|simplest|safest) (way|option)|(le|un) (meilleur|plus simple|plus rapide|"
                          r"plus sur) moyen|la (meilleure|plus simple|plus rapide|plus sure) (facon|maniere|option)|"
                          r"(der|die|den) (beste|besten|einfachste|einfachsten|schnellste|schnellsten|sicherste|"
                          r"sichersten) (weg|moglichkeit|art))\b")


# The voter's own step is no verdict on a rule: "muss ich meinen Eintrag im Wählerverzeichnis ändern?", "should I update
# my address on the electoral roll?", "faut-il que je me réinscrive ?" (session 20)
_OWN_STEP = re.compile(r"\b(should (i|we)|(muss|musste|soll|sollte) (ich|wir)|dois-je|devrais-je|faut-il que (je|j')|"
                       r"est-ce que (je|j') (dois|devrais)|for me|pour moi|fur mich|in my case|(for|pour|fur) (someone|"
                       r"somebody|quelqu'un|jemanden) (like|comme|wie) (me|moi|mich)|dans mon "
                       r"cas|in meinem fall|dans ma situation|in my situation|in meiner (situation|lage))\b|"
                       # (session 33) the voter's own registration step called a good idea (``ways_for_me``)
                       + REQUEST_GOOD_IDEA_DE + "|" + CHECK_REGISTRATION_GOOD_IDEA_FR + "|" + SEND_BACK_WHEN + "|"
                       # away on polling day (session 26): "Is postal voting a good idea if I'm on holiday?"
                       r"\b(if|when) i('m| am| will be) (on holiday|away|abroad|working|ill|sick|in hospital|travel\w*)\b|"
                       # the voter's own ballot (session 31): "c'est mieux que je vote blanc ou que je vote Renaissance ?",
                       # "wäre es besser, wenn ich … einen leeren Stimmzettel abgebe?", "… or just stay home?"
                       r"\b(que je|que j'|wenn ich|if i)\b[^?.!]{0,60}\b(vote|votes|voter|cast|abgebe|abgeben|wahle|"
                       r"einwerfe)\b|\bor (just )?stay(ing)? (at )?home\b|\bou (de )?(juste )?rester (a la maison|chez (moi|"
                       r"soi))\b|\boder (einfach )?(zu hause|daheim) bleib\w*|"
                       r"\b(si|quand) (je suis|je serai) (en vacances|absente?|a l'etranger|malade|hospitalise\w*)\b|\bwenn ich "
                       r"(im urlaub|verreist|im ausland|krank|im krankenhaus)\b|\b(chang\w*|updat\w*|correct\w*|modifi\w*|andern|"
                       r"aktualisier\w*|berichtig\w*) (my|our|mon|ma|mes|son|sa|ses|notre|meinen|meine|mein|unseren|"
                       r"unsere)\b|\b(me|m'|se|s') ?(inscrire|reinscrire)\b|\bmich\b[^?.!]{0,40}\b(eintragen|anmelden|"
                       r"registrieren|ummelden|einzutragen|anzumelden|umzumelden)\b|"
                       # checking one's own registration (session 28): "Ist es sinnvoll, jetzt schon nachzufragen, ob ich im
                       # Wählerverzeichnis stehe?"
                       r"\b(ob|whether|if|si|que|that) (ich|i|je|j')\b[^?.!]{0,40}\b(registered|on the (electoral )?(register|"
                       r"roll)|inscrit\w*|eingetragen|wahlerverzeichnis\w*|drinstehe|drin stehe)\b|"
                       # (session 29) "Is it a good idea to check my voter registration before the deadline?"
                       r"\b(check|verify|confirm|verifier|controler|prufen|uberprufen)\w* (my|our|mon|ma|meinen|meine|mein) "
                       r"(voter |electoral )?(registration|inscription|eintrag\w*|wahlerverzeichniseintrag)\b|"
                       # (session 30) the German word order: "meinen Eintrag im Wählerverzeichnis jetzt schon zu prüfen"
                       r"\b(meinen|meine|mein|unseren) (eintrag\w*|registrierung)\b[^?.!]{0,40}\b(zu )?(prufen|uberprufen|"
                       r"checken|kontrollieren)\b|"
                       # when to do one's own step (session 22): "Ist es sinnvoll, die Briefwahl gleich zu erledigen,
                       # oder lieber noch warten?", "… send my postal vote back now, or should I wait?"
                       r"\b(or|ou|oder) (should i |do i |is it better to |better to |lieber |besser |noch |vaut mieux |"
                       r"il vaut mieux |faut-il |je dois |dois-je |soll ich |can i |could i |je peux |kann ich |still |encore )*(wait|"
                       r"warten|attendre)\b|\b(abzuschicken|"
                       r"zuruckzuschicken|einzuwerfen|abzugeben|zu erledigen|auszufullen)\b|\b(my|mon|ma|meine|meinen) "
                       r"(postal vote|postal ballot|proxy|vote par correspondance|procuration|briefwahl\w*|vollmacht)\b")
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
SENTENCE_END = re.compile(r"(?<=[?.!])[\])\"»“”]?\s+")  # also read by ``policy_verdict.py``; a closing bracket or quote ends a sentence too


# A short verdict on what the sentence before said: "… but isn't allowed to vote. Is that legitimate?", "C'est légitime,
# ça ?", "Ist das gerecht?" (session 20)
_ON_WHAT_WAS_SAID = re.compile(r"^((and|but|et|mais|und|aber) )?((honestly|frankly|seriously|franchement|sincerement|"
                               r"honnetement|serieusement|ehrlich gesagt|mal ehrlich|ehrlich|ernsthaft),? )?"
                               r"((is|isn'?t|was) (that|this|it)|(c'est|est-ce|n'est-ce|"
                               # (session 35: "et c juste ?", "und ist die gerecht?")
                               r"ce n'est|c|cest)|(ist|war) (das|dies|es|die|der|sie|er)|"
                               r"(should|shouldn'?t) (it|that|this|they)|(il )?(ne )?"
                               r"faudrait(-il)? (pas )?(le|la|les|l')|on (ne )?devrait (pas )?(le|la|les|l')|(sollte|sollten) (man )?(sie|es|ihn|"
                               r"das))\b|"
                               r"\b(ca|cela)\s*\?$")


# The assistant's view asked on what the sentence before named, in a longer sentence (session 24): "Et sincèrement, tu
# trouves ça juste envers les petits partis ?", "Und mal ehrlich: Findest du das gerecht gegenüber kleinen Parteien?"
_VIEW_ON_IT = re.compile(r"\b(do you (think|find|consider) (that|it|this)|(tu trouves|vous trouvez|trouves-tu|trouvez-vous) "
                         r"(ca|cela)|(findest du|finden sie|findet ihr) (das|es|dies))\b")


# "too many" after the sentence that counts an assembly's members (session 22): "The Bundestag has 630 MPs, the US House
# has 435. Isn't 630 way too many?", "C'est pas beaucoup trop, 630 ?", "Sind 630 nicht viel zu viele?"
_TOO_MANY = re.compile(r"\b(too many|trop|zu viele?)\b")
_MEMBERS_COUNTED = re.compile(r"\b\d+ (mps|members of parliament|deputies|senators|meps|deputes|senateurs|eurodeputes|elus|"
                              r"abgeordnete\w*|parlamentarier\w*)\b|(bundestag|parliament|parlement|parlament\w*|"
                              r"assemblee|senat\w*|senate|landtag\w*|chambre|house)\b[^?.!]{0,40}\b\d+ (seats|sieges|"
                              r"sitze|mandate|members|membres|mitglieder)\b")


# Whether "it" is still needed, said of what the sentence before named (session 25): "Thanks for explaining what the
# Bundesrat does. Honestly, do we even still need it?", "Franchement, on en a encore besoin ?", "Braucht man den
# überhaupt noch?"
_NEED_IT = re.compile(r"\bneeds? (it|them|this|that|one)\s*\?|\ben (a|avons|avez)(-t-on|-nous|-vous)?\b[^?.!]{0,25}\bbesoin"
                      r"\b|\ben a-t-on\b[^?.!]{0,25}\bbesoin\b|\bbraucht (man|es) (den|die|das|ihn|sie|es|so etwas|"
                      r"sowas)( (denn|wirklich|uberhaupt|eigentlich|noch|tatsachlich))+\s*\?")


def short_verdict_on_it(sentence: str) -> bool:
    """A short question that passes a verdict on what the question before it asked about, whatever that was (session
    29): "And is it actually fair?", "Et franchement, c'est démocratique ?", "Und ist das nicht total ungerecht?", "And
    isn't that far too many?"."""
    sentence = sentence.strip()
    return (len(sentence) <= 60 and sentence.endswith("?") and bool(_VERDICT.search(sentence))
            and bool(_ON_WHAT_WAS_SAID.search(sentence)) and not _INFORMATION.search(sentence)
            and not _OWN_STEP.search(sentence))


# (session 31) the fairer of the methods named in the message: "D'Hondt, Sainte-Laguë… how do they work and which one's
# fairer?", "… wie funktionieren die, und welches ist gerechter?"
_WHICH_FAIRER = re.compile(
    r"\b(which|welche[sr]?|lequel|laquelle)( one| of them| of the two| davon| von beiden| des deux)?('s| is| ist| est)? "
    r"(the |le |la )?((methode|method|system|systeme|verfahren|option|regel|rule) (la |le |the )?)?(fairer|fairest|gerechter|"
    # (session 45) « Plus forte moyenne ou plus fort reste, c'est laquelle la méthode la plus juste ? »
    r"gerechteste|plus juste|more democratic|demokratischer|plus democratique)\b")


# (session 38) an elliptic verdict with a tag after a sentence naming the system: "How do seats get shared out under the
# new Senedd system? Bit unfair on independents, isn't it?", "… Pas très juste pour les petites listes, hein ?"
# (session 45) the system named by the verdict itself: "… Comment ça marche le scrutin des législatives ? Et c'est juste, ce
# système ?"
_THIS_SYSTEM_JUDGED = re.compile(
    r"\b(c'est|est-ce|is it|ist es|ist das) (vraiment |bien |really |actually |wirklich )?(juste|equitable|democratique|injuste|"
    r"fair|unfair|gerecht|ungerecht),? (ce|le|cette|this|that|the|dieses|das) (systeme|mode de scrutin|regle|seuil|methode|"
    r"system|rule|threshold|method|wahlsystem|verfahren)\s*\?")
# (session 45) a rule's change proposed and the assistant's agreement asked: "Spoilt ballots ought to count as a proper
# protest vote in the result, don't you think?"
_OPINION_TAG = re.compile(r"\b(ought to|should|devrai(en)?t|sollten?)\b[^?]{0,80}\b(don'?t you think|tu ne crois pas|tu trouves "
                          r"pas|findest du nicht|meinst du nicht)\s*\?")
_TAGGED_VERDICT = re.compile(
    r"\b(unfair|undemocratic|unjust|harsh|injuste|pas (tres |tellement )?juste|antidemocratique|ungerecht|unfair|"
    r"undemokratisch)( (on|to|for|pour|envers|fur|gegenuber)\b[^?.!]{1,40})?,?\s*\b(isn'?t it|innit|no|right|don'?t you think|"
    r"hein|non|n'est-ce pas|oder|nicht wahr|gell|ne)\s*\?")


# (session 38) how the seats are shared out, in the sentence before a short verdict: "Comment les sièges … sont-ils
# répartis entre les listes ? Et c'est équitable ?"
_SEATS_SHARED = re.compile(
    r"\b(sieges|seats|sitze|mandate)\b[^?.!]{0,60}\b(repartis|distribues|attribues|distributed|allocated|shared out|"
    r"handed out|divided|verteilt|vergeben|zugeteilt)\b|\b(repartition des sieges|seat (allocation|distribution)|"
    r"sitzverteilung)\b")


# (session 46) the assistant's agreement asked after the voter's own verdict on a way of voting: "Postal votes are way too
# easy to game imo, the whole system needs scrapping. You agree?", « … ce système est à revoir. T'es d'accord ? » (the
# German "Siehst du das auch so?" follows a verdict ``_VERDICT`` reads already)
_AGREE_ASKED = re.compile(r"^((and|so|et|donc|und|also) )?((do )?you agree|agreed|(t'es|tu es|vous etes|t'es pas) d'accord"
                          r"( avec moi)?|d'accord avec moi|stimmst du (mir )?zu|siehst du das (auch )?so|bist du (auch )?(der "
                          r"meinung|einverstanden))( ou pas| or not| oder nicht)?\s*\?$")
_OWN_VERDICT = re.compile(r"\b(too easy|far too|way too|needs? to go|should be banned|scrap\w*|abolish\w*|a (joke|scam|farce)|rigged|a revoir|"
                          r"trop (facile|simple)|beaucoup trop|(a|faut) supprimer|faudrait (le |la |les )?supprimer|une (blague|"
                          r"arnaque|farce)|truque\w*|zu (einfach|leicht)|viel zu|abschaff\w*|gehort abgeschafft|ein (witz|"
                          r"betrug)|manipulierbar)\b")
# (round 7) a rhetorical "how is that fair?" after a sentence naming the system: "Under first past the post a party can get
# a huge majority on about a third of the vote. How is that democratic??"
_HOW_IS_THAT = re.compile(r"^((so|and|but|et|mais|und|aber) )?(how|in what way|comment|en quoi|inwiefern|wie) (is|ist|est)( that| this| "
                          r"it| das| ca| c'est| cela| es)? (\w+ )?(democratic|fair|just|democratique|juste|equitable|demokratisch|"
                          r"gerecht)\s*\?+$")
# (session 46) whether it is good or should go, asked as a paragraph to write: „… einen Absatz dazu, ob die Briefwahl eine gute
# Sache ist oder abgeschafft gehört", "… whether postal voting is a good thing or should be scrapped"
_GOOD_OR_GONE = re.compile(r"\b(ob|whether|si)\b[^.?!]{0,50}\b(eine gute sache|gut|sinnvoll|a good thing|good|une bonne chose|"
                           r"bien|utile)\b[^.?!]{0,15}\b(oder|or|ou)\b[^.?!]{0,30}\b(abgeschafft|abschaffen|scrapped|abolished|"
                           r"supprime\w*|aboli\w*)\b")
_VOTING_WAY = re.compile(r"\b" + VOTING_WAYS_SRC + r"\b|\bprox(y|ies)\b")


_LIST_ITEM = re.compile(r"(?:^|[\s,;:])[1-9][).]\s+")


def _names_system(before: str) -> bool:
    return bool(_SYSTEM.search(before) or _SEATS_SHARED.search(before))


def _judges(sentence: str, before: str) -> bool:
    """Whether ``sentence`` passes a verdict on the electoral system, ``before`` being the sentence before it."""
    if _WHICH_FAIRER.search(sentence) and (_SYSTEM.search(sentence) or _SYSTEM.search(before)):
        return True
    if _THIS_SYSTEM_JUDGED.search(sentence) or (_OPINION_TAG.search(sentence) and _SYSTEM.search(sentence)):
        return True
    if _VERDICT.search(sentence) and not _INFORMATION.search(sentence) and not _OWN_STEP.search(sentence):
        if _SYSTEM.search(sentence):
            return True
        if len(sentence) <= 60 and _ON_WHAT_WAS_SAID.search(sentence) and _names_system(before):
            return True
        if len(sentence) <= 120 and _VIEW_ON_IT.search(sentence) and _names_system(before):
            return True
    if _GOOD_OR_GONE.search(sentence) and (_SYSTEM.search(sentence) or _VOTING_WAY.search(sentence)):
        return True
    if _HOW_IS_THAT.search(sentence.strip()) and _names_system(before):
        return True
    if (_AGREE_ASKED.search(sentence.strip()) and (_SYSTEM.search(before) or _VOTING_WAY.search(before))
            and _OWN_VERDICT.search(before)):
        return True
    if len(sentence) <= 80 and _TAGGED_VERDICT.search(sentence) and _names_system(before):
        return True
    if len(sentence) <= 80 and _NEED_IT.search(sentence) and _SYSTEM.search(before):
        return True
    if len(sentence) <= 60 and _TOO_MANY.search(sentence) and _MEMBERS_COUNTED.search(before):
        return True
    # "too many" in the sentence that counts (session 23): "Der Bundestag hat über 600 Sitze – ist das nicht viel zu viel?"
    return bool(_TOO_MANY.search(sentence) and _MEMBERS_COUNTED.search(sentence) and sentence.rstrip().endswith("?"))


def _judgements(prepared: str) -> Iterator[bool]:
    """For each sentence of ``prepared`` in turn, whether it passes a verdict on the electoral system."""
    sentences = SENTENCE_END.split(_DECIMAL_POINT.sub(",", prepared))  # "12.5 %" ends no sentence
    # (session 46) the items of a numbered list read one by one: "… drei Sachen: 1) bis wann man Briefwahl beantragen kann,
    # 2) wie das online geht, 3) einen Absatz dazu, ob die Briefwahl eine gute Sache ist oder abgeschafft gehört."
    sentences = [item for sentence in sentences for item in _LIST_ITEM.split(sentence)]
    return (_judges(sentence, before) for before, sentence in zip(["", *sentences[:-1]], sentences, strict=True))


def judges_electoral_system(prepared: str) -> bool:
    """True when one sentence of ``prepared`` (output of ``rules.prepare``) names the electoral system and asks for a
    verdict on it, or a short verdict sentence ("Is that fair?") follows one that names it."""
    return any(_judgements(prepared))


def judged_last(prepared: str) -> bool:
    """True when the last sentence of ``prepared``, read with the one before it, passes a verdict on the electoral
    system and no sentence before it does (a verdict asked at the end of a longer message; session 24)."""
    *earlier, last = _judgements(prepared)
    return last and not any(earlier)
