"""Asking the assistant whether a policy measure should be taken ("Should the minimum wage be raised?", "Faut-il
légaliser le cannabis ?", "Sollte ein Tempolimit eingeführt werden?"): refused as ``ranking`` (policy 1.1).

Whether rents should be capped or nuclear power abandoned is what programmes disagree on; saying yes or no grades the
programmes that propose it (docs/neutrality.md, ``ranking``: "Is this plan good?"), and the neutral alternative is what
each programme says on the topic. Session 19 found the model deciding this family in all directions (refused, out of
scope, answered as a programme question), differently across the three languages for half of twelve such triples: the
training and development data held almost none of them.

A sentence is such a question when it OPENS with the modal of a recommendation about the country, the state or
everyone ("should …", "faut-il …", "sollte …"; a short lead-in such as "honestly," or "in your opinion," is allowed)
and names a measure of public policy (a verb such as raise, abolish, legalise, cap, ban, introduce). It is not one when
it speaks of the voter ("Should I …", "Faut-il que je …", "Sollte ich …"), of the vote itself (ballots, registration,
postal votes: procedure questions and ``system_judgement.py``), of a party (named or as the author: "according to",
"laut", "selon") or reports what someone wants. The classifier applies it as it applies the electoral-system verdict:
only when no refusal rule fired and no answerable intent did.

It also refuses a verdict on a measure already named ("Is the debt brake a mistake?", "Brauchen wir eine
Vermögensteuer?"): a verdict word after a copula in the same sentence as a policy, with the same exclusions.
"""

from __future__ import annotations

import re

from communs.core.neutrality.political import KNOWN_PARTY
from communs.core.neutrality.system_judgement import SENTENCE_END

NAME = "ranking.policy_verdict"

_LEAD = (r"(?:^|(?<=[.!?:;])\s+)(?:(?:and|so|but|ok|okay|honestly|seriously|then|tell me|in your (?:opinion|view)|"
         r"alors|bon|franchement|serieusement|dis-moi|a ton avis|selon toi|d'apres toi|a votre avis|also|und|ehrlich|"
         r"mais|et|aber|"
         r"sag mal|deiner meinung nach|ihrer meinung nach|et toi|et vous|und du|and you|"
         # (session 44) "Mais au fond, faut-il …", "Aber grundsätzlich: Sollte man …", "But fundamentally, should …"
         r"au fond|sur le fond|fondamentalement|en principe|grundsatzlich|im grunde|im prinzip|fundamentally|basically|"
         r"in principle),?\s+){0,2}")

# the measure, as a passive participle ("should X be raised") and as an active verb ("should we raise X")
_EN_PASSIVE = (r"raised|increased|lowered|reduced|cut|abolished|scrapped|banned|legali[sz]ed|decriminali[sz]ed|capped|"
               r"taxed|introduced|brought back|reintroduced|restored|privati[sz]ed|nationali[sz]ed|subsidi[sz]ed|"
               r"made (compulsory|mandatory|free|illegal|legal)|allowed|forbidden|prohibited|expanded|limited|"
               r"restricted|tightened|relaxed|frozen|doubled|halved|phased out|deported|recogni[sz]ed|imposed|"
               r"replaced|reformed|extended|lifted|built|closed down|shut down|compulsory|mandatory|illegal|legal|free")
_EN_ACTIVE = (r"raise|increase|lower|reduce|cut|abolish|scrap|ban|legali[sz]e|decriminali[sz]e|cap|tax|introduce|"
              r"bring back|reintroduce|restore|privati[sz]e|nationali[sz]e|subsidi[sz]e|make \w+ (compulsory|mandatory|"
              r"free|illegal|legal)|allow|forbid|prohibit|expand|limit|restrict|tighten|relax|freeze|phase out|deport|"
              r"impose|reform|extend|lift|leave (the )?(eu|euro|eurozone|nato|european union|schengen|nuclear)|"
              r"exit (the )?(eu|euro|nuclear)|(build|spend|invest|hire|recruit|accept|take in) (more|less|fewer)")
_EN = re.compile(
    _LEAD + r"(?:should|shouldn'?t|ought)\s+(?!i\b|you\b|my\b|me\b|one\b)"
    r"(?:(?:we|they|it|there|the \w+|a \w+|an \w+|our \w+|\w+)\b[^?.!]{0,50}?\bbe (?:" + _EN_PASSIVE + r")\b|"
    r"(?:we|the (?:state|government|country|eu|city|town|region|council|village|municipality)|france|germany|europe|"
    r"austria|switzerland|belgium|our (?:country|city|town|village|region|municipality)|society)\s+(?:" + _EN_ACTIVE
    + r")\b|there be (?:a|an|more|less|fewer|no)\b|"
    r"(?:the \w+|\w+)\b[^?.!]{0,40}?\b(?:go up|go down|rise|fall|come back|return|be (?:set|fixed|brought) (?:at|to))\b)"
)

_FR_VERBS = (r"augmenter|baisser|abaisser|reduire|diminuer|supprimer|abolir|interdire|legaliser|depenaliser|"
             r"plafonner|taxer|instaurer|introduire|retablir|reintroduire|restaurer|privatiser|nationaliser|"
             r"subventionner|rendre [^?.!]{0,30}(obligatoire|gratuite?|illegale?|legale?)s?|autoriser|limiter|restreindre|"
             r"durcir|assouplir|geler|sortir (de l'|du |de la |des )|construire (plus|moins|davantage|de nouv)|"
             r"fermer (les|toutes)|mettre fin|remplacer|reformer|(depenser|investir|embaucher|recruter|accueillir) "
             r"(plus|moins|davantage)|expulser|regulariser|reconnaitre|imposer|relever|doubler|generaliser|"
             r"renforcer|ramener|repousser|reculer")
_FR_PARTICIPLES = (r"augmentee?s?|baissee?s?|abaissee?s?|reduite?s?|diminuee?s?|supprimee?s?|abolie?s?|interdite?s?|"
                   r"legalisee?s?|depenalisee?s?|plafonnee?s?|taxee?s?|instauree?s?|introduite?s?|retablie?s?|"
                   r"privatisee?s?|nationalisee?s?|subventionnee?s?|rendue?s? obligatoires?|autorisee?s?|limitee?s?|"
                   r"restreinte?s?|durcie?s?|assouplie?s?|gelee?s?|construite?s?|fermee?s?|maintenue?s?|remplacee?s?|"
                   r"reformee?s?|relevee?s?|doublee?s?|generalisee?s?|renforcee?s?")
_FR = re.compile(
    _LEAD + r"(?:(?:faut[- ]il|faudrait[- ]il|doit[- ]on|devrait[- ]on|est-ce qu'il faut|est-ce qu'il faudrait|"
    r"est-ce qu'on doit|est-ce qu'on devrait|on devrait|il faudrait|devons-nous|devrions-nous|(?:tu penses|vous pensez|"
    r"tu crois|vous croyez|penses-tu|crois-tu) qu'il (?:faut|faudrait))\s+"
    r"(?:(?:encore|vraiment|enfin|aussi|"
    r"davantage|plus|moins),?\s+)?(?:" + _FR_VERBS + r")\b|"
    # "Faut-il plus de pistes cyclables en ville ?" (session 24)
    r"(?:faut[- ]il|faudrait[- ]il|il faudrait)\s+(?:plus|moins|davantage)\s+d(?:e\s|')|"
    r"(?:l'etat|le gouvernement|la france|l'allemagne|l'europe|l'ue|la suisse|la belgique|l'autriche|la ville|"
    r"la commune|la region|le pays|on)\s+(?:devrait|doit)(?:-(?:il|elle|on))?\s+(?:" + _FR_VERBS + r")\b|"
    r"[^?.!]{1,50}?\b(?:doit|devrait|doivent|devraient)-(?:il|elle|ils|elles)\s+(?:etre\s+(?:" + _FR_PARTICIPLES
    + r")|passer a|augmenter|baisser|monter|diminuer)\b)"
)

_DE_PARTICIPLES = (r"erhoht|angehoben|gesenkt|abgeschafft|verboten|legalisiert|entkriminalisiert|gedeckelt|begrenzt|"
                   r"besteuert|eingefuhrt|wieder eingefuhrt|privatisiert|verstaatlicht|subventioniert|erlaubt|"
                   r"ausgeweitet|verscharft|gelockert|eingefroren|gebaut|geschlossen|beendet|beibehalten|ersetzt|"
                   r"reformiert|gekurzt|verdoppelt|halbiert|ausgebaut|abgebaut|reduziert|zur pflicht gemacht|"
                   r"pflicht|aufgenommen|abgeschoben|anerkannt")
_DE = re.compile(
    _LEAD + r"(?:sollte|sollten|soll|musste|mussten|muss)\s+(?!ich\b|mein\w*\b|mich\b|mir\b)"
    r"(?:[^?.!]{1,60}?\b(?:" + _DE_PARTICIPLES + r")\s+(?:werden|sein)\b|"
    r"(?:wir|deutschland|frankreich|osterreich|die schweiz|belgien|europa|die eu|der staat|die regierung|man|die stadt|"
    r"die gemeinde|das land)\b[^?.!]{0,60}?\b(?:aussteigen|bauen|ausgeben|investieren|aufnehmen|abschieben|erhohen|"
    r"senken|abschaffen|verbieten|legalisieren|deckeln|begrenzen|besteuern|einfuhren|privatisieren|verstaatlichen|"
    r"subventionieren|erlauben|verscharfen|lockern|schliessen|beenden|ersetzen|reformieren|kurzen|ausbauen|"
    r"reduzieren|anerkennen|streichen|anlegen|sperren|belegen)\b|es\b[^?.!]{0,60}?\bgeben\b|[^?.!]{1,60}?\b(?:steigen|sinken|zuruckkommen|wiederkommen|"
    r"zuruckkehren)\b)"
)

# "high time" for a measure (session 22): "Isn't it high time to raise the minimum wage?", "Il serait pas grand temps
# d'augmenter le SMIC ?", "Wäre es nicht höchste Zeit, den Mindestlohn zu erhöhen?"
_HIGH_TIME = re.compile(
    r"\b(?:high|about) time\b[^?.!]{0,30}?\b(?:" + _EN_ACTIVE + "|" + _EN_PASSIVE + r")\b|"
    r"\b(?:grand temps|il (?:est|serait) (?:pas |plus que |grand )*temps|plus que temps)\b[^?.!]{0,30}?(?:\b|d')(?:" + _FR_VERBS + r")\b|"
    r"\b(?:hochste zeit|hoch an der zeit|an der zeit)\b[^?.!]{0,60}?\b(?:zu (?:erhohen|senken|verbieten|legalisieren|"
    r"deckeln|begrenzen|besteuern|privatisieren|verstaatlichen|subventionieren|erlauben|verscharfen|lockern|schliessen|"
    r"beenden|ersetzen|reformieren|kurzen|reduzieren|anerkennen)|einzufuhren|abzuschaffen|auszubauen|abzubauen|"
    r"aufzunehmen|abzuschieben|auszusteigen)\b"
)

# A measure a household or a person could also take ("lower the heating", "raise the price of my bike") is a policy
# question only with a public matter in the sentence; a measure only a state takes (legalise, privatise, deport...)
# needs none.
_STATE_ONLY = re.compile(
    r"\b(legali[sz]\w*|decriminali[sz]\w*|privati[sz]\w*|nationali[sz]\w*|subsidi[sz]\w*|deport\w*|"
    r"depenalis\w*|subventionn\w*|subventionier(en|t)|expuls\w*|regularis\w*|entkriminalisiert|verstaatlich(en|t)|"
    r"abgeschoben|abschieben)\b"
)
_PUBLIC = re.compile(
    r"\b(\w*wage\w*|salar\w*|tax\w*|\w*abgabe\w*|lev(y|ies)|impots?|\w*steuer\w*|pensions?|retraites?|\w*rente\w*|rents?|loyers?|"
    r"\w*miete\w*|immigra\w*|\w*migration|zuwander\w*|einwander\w*|asyl\w*|asylum|refugees?|refugies?|"
    r"\w*fluchtling\w*|minimum|smic|\w*mindestlohn\w*|\w*lohn|\w*lohne|benefits?|allocations?|\w*geld|sozial\w*|social\w*|"
    r"budgets?|\w*haushalt|public|publique?s?|offentlich\w*|state|etat|staat\w*|government|gouvernement|"
    r"regierung|laws?|lois?|\w*gesetz\w*|eu|europe\w*|europa|nato|otan|nuclear|nucleaire|\w*atom\w*|"
    r"coal|charbon|\w*kohle\w*|wind|eoliennes?|windr\w*|\w*energie\w*|energy|solar|solaire|police\w*|"
    r"polizei\w*|polizist\w*|army|armee|bundeswehr|military|militaire|defen[cs]e|verteidigung\w*|speed limits?|"
    r"limitation de vitesse|tempolimit\w*|bike lanes?|parking (spaces?|places?|charges?|fees?)|\w*parkplatz\w*|\w*parkplatze|"
    r"places de (parking|stationnement)|stationnement|cycle (lanes?|paths?)|pistes? cyclables?|\w*radweg\w*|schools?|ecoles?|\w*schule\w*|universit\w*|tuition|hospitals?|"
    r"hopita(l|ux)|\w*krankenh\w*|health\w*|sante|gesundheit\w*|transport\w*|\w*verkehr\w*|rail\w*|"
    r"\w*bahn\w*|trains?|ticket\w*|motorways?|autoroutes?|autobahn\w*|retirement|renteneintritt\w*|age de depart|"
    r"working (hours|week)|35 heures|arbeitszeit\w*|debt|dette|schulden\w*|deficit|vat|tva|cannabis|drugs?|"
    r"drogues?|drogen|weapons?|guns?|armes?|waffen\w*|borders?|frontieres?|grenze\w*|country|pays|land|"
    r"nation\w*|citizens?|citoyens?|burger\w*|farmers?|agricult\w*|landwirt\w*|climate|climat|klima\w*|"
    r"carbon|co2|emissions?|fuel|carburant|diesel|petrol|essence|benzin\w*|housing|logements?|wohn\w*|"
    r"prices?|prix|\w*preis\w*|fees?|frais|\w*gebuhr\w*|unemploy\w*|chomage|arbeitslos\w*|workers?|"
    r"salaries|employees?|beamte\w*|fonctionnaires?|civil servants?|prisons?|gefangnis\w*|death penalty|"
    r"peine de mort|todesstrafe|abortion|avortement|abtreibung|euthanasia|euthanasie|sterbehilfe|"
    r"marriage|mariage|ehe|conscription|military service|service militaire|wehrpflicht|national service|"
    r"service national|dienstpflicht|uniforms?|vaccin\w*|impfpflicht|impf\w*|"
    r"inheritances?|successions?|\w*erbschaft\w*|heritages?|"
    # school classes and the whole country (session 23): "Should class sizes be capped at 20 pupils across France?"
    r"class sizes?|classes|\w*klassen\w*|pupils|eleves|teachers|enseignants|lehrkrafte|france|germany|allemagne|"
    r"deutschland|frankreich|"
    # religious signs in public life: "Faut-il interdire le voile aux mères accompagnatrices ?"
    r"voiles?|foulards?|burq?as?|burkinis?|hijabs?|headscarf\w*|headscarves|veils?|\w*kopftuch\w*|"
    # institutions and offices
    r"senate|senat|bundesrat|parliament\w*|parlement\w*|\w*parlament\w*|bundestag|assemblee|deputes?|"
    r"\w*abgeordnete\w*|mps?|senators?|senateurs?|ministers?|ministres?|\w*minister\w*|monarch\w*|"
    r"presiden\w*|prasident\w*|chancellor\w*|kanzler\w*|mayors?|maires?|burgermeister\w*|councils?|conseils?|"
    r"\w*(stadt|gemeinde|bundes|kreis|stande|national|kanton)rat\w*|regions?|departements?|lander|cantons?|"
    r"kantone?|municipalit\w*|communes?|gemeinden?)\b"
)

# A verdict on a measure already named ("Is the debt brake a mistake?", "Le plafonnement des loyers est-il une bonne
# idée ?", "Lohnt sich das 49-Euro-Ticket für die Steuerzahler?", "Do we need a wealth tax?"): a verdict word after a
# copula, in the same sentence as a policy (a reform, a law, a tax, a ban, a benefit...).
_POLICY_NOUN = re.compile(
    r"\b(\w*reform\w*|laws?|lois?|\w*gesetz\w*|tax(e|es)?|impots?|\w*steuer|bans?|interdictions?|\w*verbot|"
    r"(rent|price|salary|spending) caps?|(rent|price) controls?|encadrement des loyers|plafonnement|\w*deckel|"
    r"brakes?|frein|\w*bremse|subsid\w*|\w*subvention\w*|(unemployment|social|child|housing|welfare) benefits?|"
    r"allocations (chomage|familiales|logement)|(kinder|arbeitslosen|burger|eltern|wohn|pflege)geld|minimum wage|"
    r"smic|\w*lohn|\w*lohne|basic income|revenu universel|\w*grundeinkommen|brexit|\w*wende|"
    r"transition (energetique|ecologique)|energy transition|quotas?|frauenquote|military service|pensions?|"
    r"retraites?|\w*rente|conscription|wehrpflicht|service militaire|national service|service national|"
    r"dienstpflicht|speed limits?|tempolimit|limitation de vitesse|droits de succession|"
    r"immigration|\w*migration|zuwanderung|einwanderung|asylum|asyl\w*|nuclear|nucleaire|atomkraft|atomausstieg|"
    r"\d+[ -]?euro[ -]?ticket|ticket a \d+ euros?|deutschlandticket|\d+ ?km/?h)\b"
)
_POLICY_JUDGED = re.compile(
    r"\b(is|are|was|were|would be|isn'?t|aren'?t|wasn'?t)\b[^?.!]{0,60}\b(fair|unfair|unjust|a (good|bad|"
    r"terrible|great) idea|a mistake|an error|a failure|a success|the (right )?(solution|answer)|realistic|"
    r"unrealistic|justified|unjustified|legitimate|dangerous|harmful|useless|going too (far|fast)|too (high|low|"
    r"generous|strict))\b|\bworth it for (the )?(taxpayers?|the state|society|the country)\b|"
    r"\bdo we (really |actually |still )?need\b|\b(yes or no|oui ou non|ja oder nein|for or against|pour ou contre|"
    r"dafur oder dagegen)\b|\b(what'?s|what is|whats) (actually |really )?wrong with\b|\bquoi le probleme avec\b|"
    r"\bqu'est-ce qui (ne )?va pas avec\b|\bwas ist (eigentlich |denn )?(falsch|schlecht) an\b|\b(a waste of (money|"
    r"time)|money down the drain|de l'argent (gaspille|jete par les fenetres)|du gaspillage|rausgeschmissenes geld|"
    r"geldverschwendung|verschwendung)\b|\bdoes\b[^?.!]{0,40}\b(actually|really|even) work\b|\bdoes\b[^?.!]{0,40}\bwork"
    r"\b[^?.!]{0,10}\b(or not|at all|or is it)\b|\b(ca|cela) marche (vraiment|ou|pas)\b|\bfonctionne[- ]t[- ](il|elle) "
    r"(vraiment|reellement)\b|\bfunktionier\w*\b[^?.!]{0,30}\b(eigentlich|wirklich|uberhaupt)\b|"
    r"\b(est|sont|etait|etaient|serait|c'est|est-ce)\b[^?.!]{0,60}\b(juste|injuste|equitable|inequitable|une "
    r"(bonne|mauvaise) idee|une erreur|un echec|une reussite|un succes|la (bonne )?solution|realiste|irrealiste|"
    r"justifiee?|injustifiee?|legitime|dangereuse?|inutile|trop (loin|vite|genereuse?s?|stricte?s?|elevee?s?|"
    r"hauts?|hautes?|bas|basses?|faibles?))\b|"
    r"\bvaut[- ](il|elle) (le coup|le cout|la peine) pour (les contribuables|l'etat|la societe)\b|"
    r"\b(a-t-on|avons-nous|on a) (vraiment )?besoin (d'|de |du |des )|"
    r"\b(ist|sind|war|waren|ware)\b[^?.!]{0,60}\b(fair|gerecht|ungerecht|eine (gute|schlechte) idee|ein "
    r"fehler|ein irrtum|ein erfolg|ein misserfolg|die (richtige )?losung|realistisch|unrealistisch|"
    r"gerechtfertigt|legitim|gefahrlich|schadlich|nutzlos|zu (grosszugig|streng|schnell|hoch|niedrig))\b|"
    r"\blohnt sich\b[^?.!]{0,40}\bfur (die steuerzahler|den staat|die gesellschaft)\b|"
    r"\bbrauchen wir\b[^?.!]{0,60}\b(ein|eine|einen|mehr|weniger|die|den|das)\b|"
    r"\b(geht|gehen)\b[^?.!]{0,40}\bzu (schnell|weit)\b|\b(va|vont)(-t-(il|elle)|-ils|-elles)? trop (vite|loin)\b|"
    r"\b(ist es|war es) (richtig|falsch|gerecht|fair)\b|\best-ce (juste|normal|bien) de\b|\bis it (right|fair|wrong) "
    r"to\b"
)

# the voter's own situation, the vote itself, or a party as the author of the measure
_NOT_THIS = re.compile(
    r"\b(i|my|me|je|j'|mon|ma|mes|moi|ich|mein(?!ung)\w*|mich|mir|"
    r"vot(?!re\b|res\b)\w*|ballot\w*|elect\w*|polling|proxy|postal|registration|register\w*|scrutin|bulletin\w*|procuration\w*|"
    r"inscri\w*|\w*wahl\w*|stimm\w*|vollmacht\w*|urne|envelope\w*|enveloppe\w*|umschlag\w*|"
    r"formulaire\w*|formular\w*|forms?|cards?|cartes?|karten?|unterlagen|documents?|dokument\w*|passports?|"
    r"passeports?|ausweis\w*|id|piece d'identite|booth|isoloir|kabine|"
    r"according to|in the view of|wants?|says?|laut|nach (ansicht|meinung|auffassung)|will|wollen|"
    r"fordert|fordern|schlagt|sagt|selon|d'apres|veut|veulent|propose\w*|dit|disent|programm?e?s?|think|thinks|"
    r"believe\w*|consider\w*|pensent|pense|estiment|estime|considerent|finden|findet|halten|halt|meinen|meint)\b"
)


# A measure only a state takes, taxes included, is a public matter whatever its subject: "Sollten Flugtickets stärker
# besteuert werden?" asks a verdict on a tax although flights are an everyday subject (session 38)
_STATE_MEASURE = re.compile(_STATE_ONLY.pattern + r"|\b(taxed|taxer|taxes|taxee?s?|besteuert|besteuern|steuer(n|satz|"
                            r"satze)? (auf|fur|on)|tax (on|for))\b|"
                            # (session 44) a levy, a ban across a country: "Sollte man Inlandsflüge mit einer
                            # Extra-Abgabe belegen?", "should short domestic flights be banned in the UK?"
                            r"\bmit einer (\w+-)?abgabe\b|\b(\w+-)?abgabe (auf|fur)\b|\blev(y|ies) on\b|"
                            r"\b(banned|ban|interdite?s?|interdire|verbieten|verboten)\b[^?.!]{0,40}\b(in|en|au|dans|im|auf) "
                            r"(the uk|britain|england|scotland|wales|ireland|france|germany|deutschland|allemagne|austria|"
                            r"osterreich|autriche|the eu|l'ue|der eu|europe|europa|the country|le pays|tout le pays)\b|"
                            # (session 45) what only a state bans: "Should short-haul flights under 500km be banned?",
                            # « Faut-il interdire les vols courts ? », „Sollten Kurzstreckenflüge verboten werden?"
                            r"\b(short[- ]haul|domestic|internal|short) flights?\b[^?.!]{0,40}\b(banned|ban)\b|\b(interdire|"
                            r"interdit\w*) (les |des )?vols (courts|interieurs|interieur)\b|\bvols (courts|interieurs)\b[^?.!]{0,30}"
                            r"\binterdit\w*|\b(kurzstrecken|inlands)fl[u]ge?\w*\b[^?.!]{0,40}\b(verbieten|verboten)\b")


# (session 44) what a town needs more, two public projects weighed: "Does Penrith need a new swimming pool or a
# multi-storey car park more?", "Braucht Nürnberg eher die Stadt-Umland-Bahn oder ein neues Konzerthaus?", "De quoi la
# commune a-t-elle le plus besoin ?" (a public matter whatever its subject; not "does the winner need more than half the
# votes?", nor "Braucht man eher den Ausweis …?")
_PLACE_NEEDS = re.compile(
    r"\b(?:does|do) (?!(?:the |a )?(?:winner|candidate|party|list|mp|mayor|person)s?\b|(?:you|i|we|they|he|she|it|my|your|"
    r"his|her|their|one|anyone|someone)\b)(?:the |our |this )?\w+ (?:really |actually |still )?need\b[^?.!]{1,80}\b"
    r"(?:more than|rather than|or)\b(?! (?:half|50|fifty|over half|anyone|everyone|a majority|the others))|"
    r"\bwhich (?:one )?does (?:the |our |this )?(?:city|town|village|council|borough|county|country|region) need (?:more|most)\b|"
    r"\b(?:braucht|brauchen) (?!(?:man|ich|du|er|sie|es|wir|ihr|mein\w*|dein\w*|unser(?:e|er)? (?:kind|sohn|tochter|hund))\b)"
    r"(?:die |unsere |unser |das )?\w+ (?:eher|dringender|notiger)\b|"
    r"\bwas braucht (?:die|unsere|unser|das) (?:stadt|gemeinde|ort|dorf|region|land|viertel) (?:eher|dringender|mehr|notiger)\b|"
    r"\b(?:la ville|la commune|notre commune|notre ville|le village|notre village|le pays|la region|le quartier) "
    r"a[- ]t[- ](?:elle|il) (?:le )?(?:plus|davantage) besoin\b|"
    r"\b(?:la ville|la commune|notre commune|notre ville|le village|notre village) a (?:plus|davantage) besoin (?:d'|de )"
    r"[^?.!]{1,60}\bou\b")


def state_measure(prepared: str) -> bool:
    """True when ``prepared`` names a measure only a state takes (legalise, deport, tax, a levy, a country-wide ban...)
    or weighs what a town needs more (session 44): a policy verdict about it is political even when its subject is an
    everyday one."""
    return bool(_STATE_MEASURE.search(prepared) or _PLACE_NEEDS.search(prepared))


# (session 45) what the parties argue, asked: "what does each party argue for or against a wealth tax?"
_PARTIES_ASKED = re.compile(r"\b(each|every|which|the) part(y|ies)\b|\b(chaque|quels|les) partis?\b|\b(jede|welche|die) parteien?\b")


def asks_policy_verdict(prepared: str) -> bool:
    """True when a sentence of ``prepared`` (output of ``rules.prepare``) asks whether a policy measure should be
    taken or passes a verdict on one, and does not speak of the voter, the vote or a party (module docstring)."""
    for sentence in SENTENCE_END.split(prepared):
        if sentence.rstrip()[-1:] in (".", "!"):  # a statement ("Il faudrait réduire l'immigration."), not a question
            continue
        if _NOT_THIS.search(sentence) or KNOWN_PARTY.search(sentence) or _PARTIES_ASKED.search(sentence):
            continue
        should = _EN.search(sentence) or _FR.search(sentence) or _DE.search(sentence) or _HIGH_TIME.search(sentence)
        if should and (_STATE_MEASURE.search(sentence) or _PUBLIC.search(sentence)) or _PLACE_NEEDS.search(sentence):
            return True
        if _POLICY_JUDGED.search(sentence) and _POLICY_NOUN.search(sentence):
            return True
    return False
