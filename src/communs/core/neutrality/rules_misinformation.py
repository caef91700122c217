"""Refusal rules for requests to spread false information about the vote, per language: a claim about how, when or
where to vote that is false (voting by text message, a moved polling day, ballots "not counted", a pencil that
invalidates the ballot, an invented scandal) asked to be written, posted or spread; and impersonating an electoral
authority (a notice made to "look official").

Checked before every other rule (``rules._RULES_SRC`` starts with them): when another category's rule fires too,
the category reported is misinformation. Checking or reporting such a claim is a procedure question: the
``CHECK_OR_REPORT`` exception (``rumours.py``, read by ``rule_exceptions.py``) drops these hits.
"""

from __future__ import annotations

from communs.core.neutrality.typos import unrepaired

_X = r"[^.?!]"  # within one sentence

# (session 47) the three parts of an age limit on postal or proxy votes, in any order within one sentence
_IN_SENTENCE = r"[^.?!«»\"“”„]"
_POSTAL_OR_PROXY = (r"(postal votes?|postal ballots?|proxy votes?|procurations?|votes? par (correspondance|procuration)|"
                    r"briefwahl\w*|vollmachten)")
_AGE_LIMIT = r"(over|above|under|plus de|moins de|ab|uber|unter)[- ]?[5-9][0-9](s|\b)"
_ONLY_OR_NO_MORE = (r"(only|no longer|any more|anymore|not allowed|aren'?t allowed|n'ont plus|n'ont pas|plus le droit|plus "
                    r"droit|ne marche que|ne marchent que|seulement|reservee?s?|nur noch|nur fur|nicht mehr|verboten|"
                    r"interdite?s?)")

# The false rules told to others (``misinformation.any.false_rule_notice``, and a text carrying one to be translated,
# ``misinformation.any.false_text_translated``, session 41)
FALSE_RULES_SRC = _FALSE_RULES = (
    r"("
    # votes that "won't count" (session 28): "les procurations compteront pas cette fois"
    r"\b(postal (votes?|ballots?)|proxy votes?|proxies|procurations?|votes? par (correspondance|procuration)|briefwahl\w*|"
    r"briefstimmen|vollmachten|wa[h]lbr[i]efe?)\b ([\w']+ ){0,3}((won'?t|wont|will not|do not|don'?t|dont) (be |g[e]t |g[e]tt[i]ng )?count(ed)?|(ne )?(compteront|comptent) "
    # (session 42) "ne seront plus comptées", "ne comptent plus", "haven't been counted since 2022"
    r"(pas|pl[u]s)|(ne )?seront (pas|pl[u]s) (prise?s? en compte|comptee?s?)|(zahlen|zahlt|werden) (\w+ ){0,4}(gar )?nicht"
    r"( erst)?( (aus)?gezahlt)?|"
    # (session 42) "Postal votes only get counted if the result's close"
    r"(only (get |are |be )?co[u]n[t]ed|(get |are |be )?co[u]n[t]ed only) (if|when) (the )?(res[u]lt|ra[c]e|vote|it)('?s| is)? "
    r"(cl[o]se|ti[g]ht)|"
    r"(ha[v]en'?t|have not|has[n]'?t|has not) been (co[u]n[t]ed|val[i]d)|st[o]pp[e]d (be[i]ng )?co[u]n[t]ed|"
    r"(ne )?se[r]ve[n]t (pl[u]s )?a ri[e]n|"
    # (session 41) "Les procurations ne sont plus comptées", "Postal votes aren't counted any more"
    r"(ne )?sont (pl[u]s|pas) (co[m]p[t]ee?s?|pri[s]es? en compte)|(are[n]'?t|are not) (be[i]ng )?(co[u]n[t]ed|val[i]d))\b|"
    # (session 43) „Briefwahlstimmen aus dem Ausland werden diesmal erst nach der Wahl ausgezählt und fließen nicht ins
    # Ergebnis ein“, "… won't be included in the result", « … ne seront pas pris en compte dans le résultat »
    r"\b(postal (votes?|ballots?)|proxy votes?|proxies|procurations?|votes? par (correspondance|procuration)|briefwahl\w*|"
    r"briefstimmen)\b" + _X + r"{0,60}\b((fl[i]es[s]\w*|ge[h]\w*) (\w+ ){0,2}nicht (\w+ ){0,2}(ins|in das) (end)?er[g]eb[n]is|"
    r"erst na[c]h der wahl (aus)?ge[z]ah[l]t|(won'?t|will not|ar[e]n'?t|are not) (be |be[i]ng )?(inc[l]ud[e]d|co[u]n[t]ed) (in|to[w]ar[d]s) "
    r"the (fi[n]al )?res[u]lts?|(ne )?(se[r]ont|sont) pas (pri[s]e?s? en compte|co[m]p[t]abi[l]is[e]e?s?) (\w+ ){0,2}dans (le|les) "
    r"res[u]lt[a]ts?)\b|"
    # (session 42) "They've stopped counting postal votes this year"
    r"\bst[o]pp[e]d co[u]nt[i]ng (postal|proxy|ove[r]se[a]s) (votes?|ballots?)\b|"
    # (session 42) "… that votes for parties that don't win a seat get automatically handed to the winning party"
    r"\b(au[t]om[a]tic[a]lly|au[t]om[a]tiq[u]em[e]nt|au[t]om[a]tis[c]h) (\w+ ){0,2}(han[d]ed|tra[n]sf[e]rr[e]d|gi[v]en|pas[s]ed|"
    r"tra[n]sf[e]r[e]e?s?|rep[o]rt[e]e?s?|att[r]ibu[e]e?s?|don[n]ee?s?|ube[r]tr[a]gen|gut[g]es[c]hr[i]e[b]en|wei[t]erg[e]geb[e]n) "
    r"(\w+ ){0,2}(to the (wi[n]ni[n]g|lea[d]ing|big[g]est|first)|a la li[s]te (arr[i]ve\w* en te[t]e|gag[n]an[t]e|en te[t]e)|an die "
    r"(sta[r]ks[t]e|ers[t]e|gew[i]nn\w*))\b|"
    # turned away without the polling card (session 28): "they'll be turned away if they don't bring their poll card"
    r"\b(turned away|sent (away|home)|refuse\w*|renvoye\w*|abgewiesen|zuruckgewiesen|weggeschickt)\b" + _X
    + r"{0,80}\b(poll(ing)? cards?|cartes? electorales?|wahlbenachrichtigung\w*)\b|\b(poll(ing)? cards?|cartes? "
    r"electorales?|wahlbenachrichtigung\w*)\b" + _X + r"{0,80}\b(turned away|sent (away|home)|refuse\w*|renvoye\w*|"
    r"abgewiesen|zuruckgewiesen|weggeschickt)\b|"
    # (session 45, a look-alike the refit of session 44 answered) only one ID lets people vote: "add that only people with a
    # passport can vote", « seuls ceux qui ont un passeport peuvent voter », „nur wer einen Reisepass hat, darf wählen"
    + unrepaired(r"\bonly (people|those|voters|citizens|ones?) with (a |an )?(passports?|driving licen[cs]es?|id cards?) (can|may|"
               r"will be able to|are allowed to) vote\b|\bseul(e)?s (les )?(personnes |electeurs |gens |ceux )?(qui ont un|avec un|"
               r"munis d'un) (passeport|permis de conduire) (peuvent|pourront|ont le droit de) voter\b|\bnur (wer|mit) (einen |einem )?"
               r"(reisepass|fuhrerschein)\b") + _X + unrepaired(r"{0,20}\b(darf|kann|konnen|durfen) (man )?(\w+ )?wahlen\b|")
    # (session 45) the national vote for everyone living in the country, citizens or not: « Tous les habitants de France
    # peuvent voter à la présidentielle, même sans la nationalité française. »
    + unrepaired(r"\b(tous les habitants|tout le monde|toutes les personnes|all residents|everyone (who lives|living)|anyone (who "
               r"lives|living)|alle einwohner\w*|jeder,? der (hier )?(lebt|wohnt))\b") + _X + unrepaired(
        r"{0,60}\b(peu(ven)?t voter|can vote|may vote|darf wahlen|durfen wahlen|kann wahlen|konnen wahlen)\b") + _X + unrepaired(
        r"{0,60}\b(presidentielle|legislatives|general election|bundestagswahl|nationalratswahl|meme sans (la )?nationalite|"
        r"without (british |irish )?citizenship|ohne (deutsche )?staatsburgerschaft)\b|")
    # (session 46) the postal or proxy votes counted only when the result is close, in French and German: « les procurations
    # comptent seulement quand c'est serré », „Briefwahlstimmen werden nur gezählt, wenn's eng wird"
    + unrepaired(r"\b(procurations?|votes? par (correspondance|procuration)|briefwahl\w*|briefstimmen|vollmachten|wahlbriefe?)\b "
               r"([\w']+ ){0,3}((ne )?(comptent|compteront|sont comptee?s|seront comptee?s|sont depouillee?s|seront depouillee?s|"
               r"sont ouverte?s)( que)? (seulement |uniquement )?(si|quand|lorsque|en cas de) ([\w']+ ){0,3}(serre|juste|egalite)|"
               r"(werden|wird) ([\w']+ ){0,3}nur ([\w']+ ){0,2}(gezahlt|ausgezahlt|geoffnet),? wenn('?s| es| das ergebnis)? "
               r"([\w']+ ){0,2}(eng|knapp))\b|")
    # (session 47) an age limit on postal or proxy votes, which no country of the policy has: « les plus de 70 ans n'ont plus
    # droit à la procuration », „Briefwahl ist nur noch für Leute über 70 erlaubt", "over-70s aren't allowed a postal vote"
    # (session 51: the match starts at the first of the three, and each is looked for within 200 characters of it; the
    # three look-aheads read to the end of the sentence from every position before, quadratic on long unpunctuated text)
    + unrepaired(rf"\b(?={_POSTAL_OR_PROXY}|{_AGE_LIMIT}|{_ONLY_OR_NO_MORE})(?={_IN_SENTENCE}{{0,200}}\b{_POSTAL_OR_PROXY}\b)"
               rf"(?={_IN_SENTENCE}{{0,200}}\b{_AGE_LIMIT})(?={_IN_SENTENCE}{{0,200}}\b{_ONLY_OR_NO_MORE}\b)"
               rf"{_IN_SENTENCE}{{0,200}}|")
    # (session 47) the polling station open again the day after: « le bureau … reste ouvert le lundi matin », „im Wahllokal
    # … kann man auch noch Montagvormittag wählen"
    + unrepaired(r"\b(polling stations?|polling places?|bureaux? de vote|wahllokale?|wahlraume?)\b[^.?!;]{0,80}(\b(open|ouverte?s?|"
               r"offen|wahlen|voter|vote)\b[^.?!;]{0,20}\b(lundi|monday|montag\w*|le lendemain|the (next|following) day|am "
               r"(nachsten|folgenden) (tag|morgen)|tags darauf)\b|\b(lundi|monday|montag\w*)[^.?!;]{0,20}\b(open|ouverte?s?|offen|"
               r"wahlen|voter|vote)\b)|")
    # (session 46) a paper that is no identity document said to be enough as one: « une attestation d'hébergement du centre
    # suffit comme pièce d'identité », "a bank statement counts as ID"; photo ID said to be needed no more
    + unrepaired(r"\b(attestations?|certificats?|justificatifs? de domicile|factures?|courriers?|cartes? (bancaires?|de "
               r"bibliotheque|d'etudiant|de fidelite)|bank (cards?|statements?)|utility bills?|letters?|certificates?|library "
               r"cards?|bescheinigung\w*|rechnung\w*|bankkarte\w*|ec-karte\w*|bibliotheksausweis\w*|kundenkarte\w*)\b") + _X
    + unrepaired(r"{0,60}\b(suffit|suffisent|suffira|vaut|valent|tient lieu|is enough|are enough|counts? as|will do as|serves? "
               r"as|reicht|reichen|genugt|genugen|gilt|gelten)( comme| as| als| de)?( une| an| a| ein| eine| als)? (piece "
               r"d'identite|pieces d'identite|justificatif d'identite|id|photo id|ausweis|lichtbildausweis|ausweisdokument|"
               r"identity document)\b|")
    + unrepaired(r"\b(no (photo )?id (needed|required|necessary) (any ?more|now)|(photo )?id (is )?no longer (needed|required)|"
               r"plus besoin de (piece|carte) d'identite|(piece|carte) d'identite (n'est )?plus (necessaire|obligatoire|"
               r"exigee)|kein (lichtbild)?ausweis mehr (notig|erforderlich|notwendig)|(lichtbild)?ausweis (ist )?nicht mehr "
               r"(notig|erforderlich|notwendig))\b|")
    # (session 45) a round of the vote moved to another day: « le 2nd tour a été décalé au lundi »
    + r"\b(2nd|2e|second|premier|1er|deuxieme) tour\b ([\w']+ ){0,3}(dec[a]le|rep[o]rte|rep[o]uss[e]|dep[l]ace)e?s? (au|a) "
    r"(lun[d]i|mar[d]i|mer[c]re[d]i|jeu[d]i|ven[d]re[d]i|sam[e]di)\b|"
    # (session 45: "sur l'appli France Identité")
    r"\b(vote|voting|voter|wahlen|abstimmen)\b" + _X + r"{0,40}\b(through|via|by|on|par|per|uber|sur) (an |the |une |l'|der "
    r"|die |einer )?(app|appli|application|smartphone-app)\b|"
    # (session 42) a vote by text message told as a rule: "cette année tu peux voter par sms au 61414", "you can vote by
    # texting VOTE to 61414" (not "you can't vote by text")
    r"(?<!not )(?<!pas )(?<!n't )(?<!cannot )(?<!nicht )(?<!ne[v]er )(?<!ja[m]ais )\b(vote|voting|voter|wahlen|abstimmen)\b"
    r"(?! (by|par|per) (\w+ )?(post|cou[r]r[i]er|correspondance))" + _X + r"{0,10}\b(by|par|per|via) (sms|te[x]t[i]ng|te[x]t "
    r"messages?|e-?mail|whatsapp)\b|"
    r"\b(registration|inscription|registrierung|eintragung)\w*\b" + _X + r"{0,50}\b(cancell?ed|annule\w*|supprime\w*|"
    r"radie\w*|geloscht|storniert|annulliert|ungultig)\b|"
    r"\b(without|sans|ohne|lost|perdu|verloren)\w* (\w+ ){0,3}(polling cards?|cartes? electorales?|wahlbenachrichtigung\w*)"
    r"\b" + _X + r"{0,60}\b(won'?t|will not|can'?t|cannot|ne pourr\w* pas|ne peu\w* pas|nicht|imp[o]ss[i]ble|unm[o]gl[i]ch)\b|"
    # (session 31) the same claim in the other order: "… and make it clear that you can't vote without your polling card"
    r"\b(can'?t|cannot|won'?t be able to|ne (peu\w*|pourr\w*) pas|(kann|konnen|darf|durfen) (man )?nicht)\b" + _X
    + r"{0,20}\b(vote|voter|wahlen)\w*\b" + _X + r"{0,10}\b(without|sans|ohne) (\w+ ){0,2}(polling cards?|cartes? "
    r"electorales?|wahlbenachrichtigung\w*)\b|"
    # (session 34) „Ohne Wahlbenachrichtigung ist keine Stimmabgabe möglich.“
    r"\bohne (\w+ ){0,2}(wahlbenachrichtigung\w*|c[a]r[t]e ele[c]tor[a]le|polling card)\b" + _X + r"{0,30}\b(keine "
    r"sti[m]mab[g]abe|kein wahlen|nicht wahlen|impossible de voter|can'?t vote|cannot vote|"
    # (session 43) „Ohne Wahlbenachrichtigung darf am Sonntag niemand wählen!“, „… darf man am Sonntag nicht wählen“
    r"(darf|du[r]fen|kann) (\w+ ){0,3}(niemand|kei[n]er|man nicht) (\w+ ){0,2}wahlen)\b|"
    # (session 43) "no polling card, no vote on Thursday", « sans carte électorale, pas de vote dimanche »
    r"\b(no (poll(ing)? ca[r]d)|sans ca[r]te ele[c]tor[a]le|ohne wah[l]ben[a]chr[i]cht[i]g[u]ng),? (no vo[t]e|pas de vo[t]e|kei[n]e (wahl|stimme))\b|"
    # (session 32) foreign residents said to vote in a national election: "Tous les étrangers avec un titre de séjour
    # peuvent voter aux élections au Bundestag cette année."
    r"\b(all |tous les |alle )?(foreigners|foreign (residents|nationals)|non-citizens|(res[i]den[t]s )?etrangers|auslander\w*|aus[l]and[i]sch[e][nr]? "
    # (session 42) « Tous les étudiants européens inscrits à l'université … peuvent voter à l'élection présidentielle »
    r"(ein[w]ohn[e]r\w*|mit[b]urg[e]r\w*|b[u]rger\w*)|(etu[d]ia[n]ts|cit[o]y[e]ns|res[s]ort[i]ss[a]nts) (eu[r]op[e]ens|de l'ue)|"
    r"(eu[r]op[e]an|eu) (stu[d]e[n]ts|cit[i]z[e]ns|nat[i]on[a]ls)|eu[r]op[a]is[c]he\w* (stu[d]ier[e]nde\w*|bu[r]ger\w*)|"
    r"eu-bu[r]ger\w*)\b" + _X
    + r"{0,50}\b(can|may|are allowed to|peuvent|pourront|ont le droit de|durfen|konnen)\b" + _X + r"{0,10}\b(vote|voter|"
    r"wahlen)\b" + _X + r"{0,40}\b(bundestag\w*|legislatives|presidentielle|general election|national election|"
    r"landtag\w*|presidential|prasidentschaftswahl\w*)\b|"
    # (session 34: also "résidents étrangers", „ausländische Einwohner“)
    # (session 33) the presidential election, the election named before the verb, and "all foreigners" in any election
    # (EU citizens vote in municipal and European elections, not every foreign resident): „Ausländer, die in Frankreich
    # leben, dürfen bei der Präsidentschaftswahl wählen.“, „Bei der Bundestagswahl dürfen alle Ausländer mit
    # Aufenthaltstitel wählen.“, « Aux municipales, tous les étrangers titulaires d'un titre de séjour peuvent voter. »
    r"\b(foreigners|foreign (residents|nationals)|non-citizens|(res[i]den[t]s )?etrangers|auslander\w*|aus[l]and[i]sch[e][nr]? "
    r"(ein[w]ohn[e]r\w*|mit[b]urg[e]r\w*|b[u]rger\w*))\b" + _X + r"{0,50}\b(can|may|are "
    r"allowed to|peuvent|pourront|ont le droit de|durfen|konnen)\b" + _X + r"{0,40}\b(presidential|presidentielle|"
    r"prasidentschaftswahl\w*|bundestag\w*|legislatives|general election|national election|landtag\w*)\b" + _X
    + r"{0,15}\b(vote|voter|wahlen)\b|\b(presidential|presidentielle|prasidentschaftswahl\w*|bundestag\w*|legislatives|"
    r"general election|national election)\b" + _X + r"{0,30}\b(durfen|konnen|peuvent|can|may) (auch )?(alle |tous les |"
    r"all )?(auslander\w*|etrangers|foreigners|foreign residents)\b|\b(tous les etrangers|tous les res[i]den[t]s etrangers|all foreigners|all foreign "
    r"residents|alle auslander\w*|alle aus[l]and[i]sch[e]n (ein[w]ohn[e]r\w*|mit[b]urg[e]r\w*|b[u]rger\w*))\b" + _X + r"{0,60}\b(can|may|peuvent|pourront|durfen|konnen)\b" + _X
    + r"{0,30}\b(vote|voter|wahlen)\b|\b(durfen|konnen) alle auslander\w*\b" + _X + r"{0,40}\bwahlen\b|"
    # (session 41) a vote at any polling station of the town: "tu peux voter dans le bureau de ton choix dans toute la
    # ville", "you can vote at any polling station in the city"
    r"\b(vote|voter|wahlen)\b (\w+ ){0,2}(dans|at|in) (le bu[r]eau de (ton|votre) choix|n'im[p]or[t]e quel bu[r]eau|(any|wh[i]ch[e]v[e]r) polling "
    r"st[a]t[i]on|je[d]em wahllokal|einem be[l]ie[b]ig[e]n wahllokal)\b|"
    # (session 41) „Du kannst in jedem beliebigen Wahllokal in Deutschland wählen“
    r"\bin je[d]em (be[l]ie[b]ig[e]n )?wahllokal\w*\b" + _X + r"{0,40}\bwahlen\b|"
    # (session 41) „… dass alle Ausländer mit Aufenthaltstitel bei der Bundestagswahl wählen dürfen“
    r"\bal[l]e (auslander\w*|aus[l]and[i]sch\w* \w+)\b" + _X + r"{0,60}\bwahlen (durfen|konnen)\b|"
    r"\b(envoie|envoyez|send|text|schick\w*)\b" + _X + r"{0,30}\b(nom de (ton|votre) candidat|name of your candidate|"
    r"your candidate'?s name|namen (deines|ihres) kandidaten))")

MISINFORMATION_RULES_SRC: list[tuple[str, str | None, str]] = [
    ("misinformation.en.false_claim", "misinformation",
     r"\b(write|draft|compose|create|design|make|post|tweet|spread|announce|invent|fabricate|generate|publish|share|"
     r"formulate|put together|prepare|tell(ing)? (people|everyone|voters|them|all|the public|my followers|\w+s))\b"
     r"(?<!\ba post)(?<!\bthe post)[^.?!]{0,140}"
     r"(vote (by|via|through) (sms|text|phone|e-?mail|whatsapp|internet|app|dms?|insta\w*|messenger|snap\w*|telegram|"
     r"tiktok|facebook|direct messages?|private messages?)|vote online|"
     r"\b(election|vote|voting|polling day|ballot)s?\b" + _X + r"{0,50}\b(moved|postponed|changed|changing|"
     r"cancell?ed|delayed|rescheduled|on monday)\b|(not|won't|will not|never) (be )?counted|vote twice|fingerprints?|"
     r"library cards?|(one|a) day (later|earlier)|polling stations? (is |are |has |have |has been |have been )?(closed|moved|relocated)|polling stations?\b" + _X + r"{0,60}\b(is|are|will be) (closed|shut|moved)\b|polling stations? (will )?(close|closes|closing) (at (noon|midday|\d)|early|before)|(voting|to vote) is (to[t]al[l]y |com[p]le[t]ely |re[a]lly |ut[t]er[l]y )?(pointless|useless)|"
     r"(their|your|our|my) (votes?|voices?) (changes?|makes?) (nothing|no difference)|stay (at )?home|"
     # (session 46) "voting changes nothing, don't bother turning up Thursday"
     r"(voting|elections?) (changes?|does|do) (nothing|no difference|f[u]ck all|s[o]d all)|don'?t (even )?bother "
     r"(t[u]rn[i]ng up|sh[o]w[i]ng up|voting|going)|rigged|deadline" + _X + r"{0,20}\b(has )?(already )?passed|voting machines?|register again|re-?register|no longer (accepted|valid)|"
     r"(registration|inscription)s? (has |have )?(expired|lapsed)|(prox(y|ies)|proxy votes?|postal (votes?|ballots?)) (have been |has been |are |were |will be )?"
     r"(cancell?ed|abolished|invalid|suspended|scrapped|thrown away|binned)|(end|ends|ended) up in the (bin|trash|rubbish)|"
     r"(arrested|charged|accused) (for|of|with)|(took|taken|taking|accepted) (a )?(bribes?|kickbacks?)|scandal (about|involving|around|implicating|concerning)|(bought|buys|buying|paid for) (\w+ )?votes|"
     r"(blue|red|green|black) (pen|ink|biro)s?|pencils?|"
     # (session 37) "they really aren't counted", "you can vote at any polling station" (not the rule for spoilt or blank
     # ballots, a fact: "why spoilt ballots aren't counted")
     r"(?<!spoil ballots )(?<!spo[i]led ballots )(?<!blank votes )(?<!blank ballots )(?<!invalid votes )"
     r"(aren'?t|isn'?t|we[r]en'?t|wa[s]n'?t) (really |even |actually |ever )?counted(?! as valid| among| towards)|(vote|voting) (\w+ ){0,6}at any polling "
     r"stations?)"),
    ("misinformation.en.impersonation", "misinformation",
     r"\b(keep|make) (it|this|them) (believable|convincing|credible)\b|"
     r"\b(pretend to be|pretend (you'?re|you are)|impersonat\w*|pose as|posing as) (the |an? )?(?!" + _X
     + r"{0,60}\b(and|then|,) (explain|walk (me|us) through|describe|show (me|us)|tell (me|us) how)\b)(co[u]ncil'?s? (electoral|election)|electoral|election|town hall|city|official|"
     r"returning|polling|government)|official-(looking|sounding)|make (it|this|them) (look|sound|seem) (official|real|legit)|make (it|this|them) look (exactly )?like (the )?(real|official|genuine)|fake (official )?(notice|letter|"
     r"announcement|message)|\bin the name of (the )?(\w+ )?(electoral|election|town hall|city hall|city council|returning|"
     r"polling|government|ministry|prefecture)"),
    ("misinformation.fr.false_claim", "misinformation",
     r"\b(tweete|tweeter|relaie|relayer|fais circuler|faire circuler|ajoute|rajoute|ecris|ecrire|ecrivez|redige|rediger|redigez|compose|composez|cree|creer|creez|con[c]ois|conc[e]voir|con[c]evez|post|(fais|faire|faites)(?=(-moi|-nous)? (moi |nous )?(un|une|des|circuler|tourner|passer|croire|savoir|courir)\b)|publie|publier|publiez|diffuse|diffuser|diffusez|annonce|annoncez|"
     r"invente|inventer|partage|formule|prepare|preparez|(dis|disant) (aux|a tout|a tous|a mes|a))\b[^.?!]{0,140}"
     r"(voter (par|en|via) (sms|telephone|internet|mail|whatsapp|appli|ligne|dm|mp|insta\w*|messenger|snap\w*|"
     r"telegram|tiktok|facebook|message prive)|"
     r"\b(election|scrutin|vote|voter|procuration)s?\b" + _X + r"{0,30}\b(reporte\w*|annule\w*|supprime\w*|(?<!se )(?<!me )(?<!vous )"
     r"(?<!nous )deplace(?!ment)\w*|change|lundi)\b|"
     r"un jour plus (tard|tot)|ne (seront|sera) pas (comptee?s?|prise?s? en compte)|pas (comptee?s?|comptabilisee?s?|prise?s? en compte) "
     r"(cette annee|cette fois|dimanche|ce dimanche|pour cette election)|(finissent|finiront|terminent|atterrissent) (a|dans) "
     r"la poubelle|inscriptions? (a |ont |aurait |auraient )?expire\w*|voter deux fois|empreintes|carte de bibliotheque|"
     r"bureaux? de vote (est |sont )?fermes?\b|bureaux? de vote\b" + _X + r"{0,20}\b(ferment|fermeront|fermera|fermeraient) (a|des) "
     r"([0-9]|1[0-7]) ?h\b|bureaux? de vote (a|ont) ferme\w* (plus tot|a midi|des)|bureaux? de vote\b" + _X + r"{0,60}\b(a|ont|va|vont) (demenage\w*|change d'adresse|ete deplace\w*)|bureaux? de vote\b" + _X + r"{0,60}\b(est|sont|sera|seront) (fermes?|fermees?|deplace\w*)\b|bureaux? de vote\b" + _X + r"{0,20}\b(fermeront|fermera|ferment) (a midi|plus tot|"
     r"des)|(perdu|perdent|perdront) (leur|son|le) droit de vote|n'ont plus le droit de voter|voter ne sert a rien|(voix|vote) ne (change|sert) (a )?rien|restent chez eux|"
     # (session 32) "… que le référendum ne sert à rien et qu'il vaut mieux rester chez eux"
     r"(referendums?|scrutins?|elections?) ne (sert|servent) a rien|mieux rester chez (eux|soi|vous)|truque\w*|machines a voter|"
     r"se reinscrire|ne sont plus acceptees|date limite" + _X + r"{0,30}\bpassee|arrete\w* (hier )?pour|(touche|accepte|recu) des pots-de-vin|scandale( [\w'-]+){0,3} (sur|impliquant|autour de|concernant|visant)|"
     r"achete\w* (des )?(voix|votes)|stylos? (bleu|rouge|vert|noir)s?|crayons?|"
     # (session 37) "ils ne sont vraiment pas comptés", "voter dans n'importe quel bureau"
     r"(?<!nuls )(?<!blancs )(?<!nul )(?<!blanc )ne (sont|seront|sera|est) (vraiment |meme |jamais )*(pas |jamais )(vraiment )?"
     r"(comptee?s?|comptabilisee?s?|prise?s? en compte)(?! (dans|parmi) les (suffrages|voix) expr[i]me)|voter (\w+ ){0,6}(dans|a) n'importe quel bureau)"),
    ("misinformation.fr.impersonation", "misinformation",
     r"((reste|rends-le|que ce soit|que ca reste) (credible|convaincant)|"
     # playing someone to explain a procedure is no impersonation (as "pretend to be …" in English)
     # (session 32: nor is playing the voter's friend or relative, "Fais comme si tu étais mon pote qui vote", a role-play)
     r"comme si tu etais(?!" + _X + r"{0,60}\b(et|puis|,) (explique|decris|montre|raconte|dis-moi comment)\b)(?! (mon|ma|mes|"
     r"un|une|notre) (pote|ami|amie|copain|copine|voisin\w*|frere|soeur|cousin\w*|collegue|pere|mere|oncle|tante)\b)|"
     r"fais-toi passer pour|faux avis|faux message|faux communique|ressemble a un message|"
     r"(ait|avoir|a) l'air (d'etre )?(officiel|vrai|envoye|ecrit|signe)|fasse (officiel|vrai)|ressembler (exactement )?(a un|a une|aux|au) (vrai|officiel))"
     + _X + r"{0,40}(commission|officiel|mairie|prefecture|ministere|scrutin|vote|bureau|election|electora)|\b(a|ont|aient) l'air "
     r"officiel\w*" + _X + r"{0,80}\b(vot\w*|scrutin|bureaux? de vote|elections?|electeurs)\b"),
    ("misinformation.de.false_claim", "misinformation",
     # (session 42: a line added, "Füg bitte ganz unten noch eine Zeile an: „… per SMS …“")
     r"\b(schreib\w*|verfass\w*|entwirf|erstell\w*|ges[t]alte\w*|mach|poste|post|verbreit\w*|verkund\w*|erfind\w*|formulier\w*|"
     r"fug|f[u]ge|er[g]anz\w*|"
     r"teil\w*|bereite\w*|denk dir|ausdenk\w*|sag (den|allen|leuten|meinen)|erzahl (allen|den))\b[^.?!]{0,140}"
     r"(per (sms|telefon|e-mail|whatsapp|app|internet|dm|insta\w*|messenger|snap\w*|telegram|tiktok|facebook|"
     r"direktnachricht\w*|privatnachricht\w*)|telefonisch|am telefon|online (wahlen|abstimmen)|"
     r"\bwahl\w*\b" + _X + r"{0,40}\b(verschoben|abgesagt|montag)\b|nicht gezahlt|zweimal wahlen|"
     r"einen tag (spater|fruher)|fingerabdruck\w*|bibliotheksausweis|wahllokal" + _X + r"{0,30}geschlossen|wahlen (ist )?sinnlos|wahlen\b" + _X + r"{0,40}\b(eh |doch |sowieso )?nichts (andert|bringt)|(bestechungs|schmier)geld\w*|stimme\w* (bringt|bringen|andert|andern) (eh |doch |ja |sowieso )*nichts|"
     r"zu hause bleiben|manipuliert|(im|in den) mull|vollmachten\b" + _X + r"{0,40}\b(abgeschafft|ungultig|annulliert)|"
     r"(eintragung|registrierung|anmeldung)\w*" + _X + r"{0,40}\babgelaufen|frist" + _X + r"{0,30}\b(abgelaufen|vorbei)|wahlcomputer|neu registrieren|nicht mehr gelten|verhaftet|festgenommen|\w*skandal\w* (uber|um|mit|rund um)|"
     r"stimmen (ge)?kauft|stimmenkauf|(blau|rot|grun|schwarz)\w* (kuli|stift|tinte)\w*|bleistift\w*|"
     # (session 37) "in jedem beliebigen Wahllokal wählen"
     r"in (jedem|einem) (beliebigen )?wahllokal (\w+ ){0,4}(wahlen|abstimmen|die stimme abgeben))"),
    # an invented scandal or rumour asked with the verb last (session 24): "Skandal über die Spitzenkandidatin von X
    # erfinden", "ein Gerücht über die Briefwahl in die Welt setzen"
    ("misinformation.de.invent_last", "misinformation",
     r"\b(\w*skandal\w*|gerucht\w*|\w*luge\w*|falschmeldung\w*|fake news)\b" + _X + r"{0,80}\b(erfinden|ausdenken|"
     r"(zu )?streuen|in umlauf (zu )?bringen)\s*[?!.]*$"),
    # spreading a rumour asked for (session 24): "Help me spread the rumour among the village pensioners that…"
    ("misinformation.en.spread_rumour", "misinformation",
     r"\b(help me|help us|let'?s|i want to|we want to|can you|could you|how (can|do|could) (i|we))\b" + _X
     + r"{0,20}\b(spread|start|circulate|launch|put out|plant) (a |the |some |this )?(rumours?|rumors?|hoax|false (story|"
     r"claim|news))\b|^\W*(spread|start|circulate) (a |the |this )?(rumour|rumor)\b"),
    # a story made up about a candidate or a list (session 25): "Make up a believable story that the head of the
    # Bellecombe Demain list has been dipping into the football club's funds."
    ("misinformation.en.made_up_story", "misinformation",
     r"\b(make up|invent|fabricate|cook up|come up with) (a |an |some )?(believable |convincing |plausible |credible |"
     r"juicy )?(story|rumour|rumor|scandal)\b" + _X + r"{0,80}\b(head of|leader|candidate|mayor|councill?or|list|party|"
     r"mp|minister|lead candidate)\b"),
    # (session 40) the same in German: "Und denk dir eine Geschichte aus, dass er Fördergelder veruntreut hat, die ich vor
    # der Wahl poste"
    ("misinformation.de.made_up_story", "misinformation",
     r"\b(denk dir|erfind\w*|ausdenken)\b" + _X + r"{0,20}\b(geschi[c]hte|ger[u]cht|skan[d]al|sto[r]y)\b" + _X
     + r"{0,80}\b(kandidat\w*|burgermeister\w*|partei\w*|liste|abgeordnet\w*|minister\w*|wahl\w*)\b"),
    # a text to be written telling voters their votes will not count (session 25): "Write a note for the seniors in my
    # building explaining that this year postal votes only get counted after the election, so they don't count"
    ("misinformation.en.votes_wont_count", "misinformation",
     r"\b(write|draft|make|compose|prepare)\b" + _X + r"{0,60}\b(explaining|saying|stating|telling (them|people|everyone|"
     r"voters))\b" + _X + r"{0,100}\b(postal (votes?|ballots?)|votes? by (post|mail)|proxies|proxy votes?)\b" + _X + r"{0,60}\b(don'?t count|"
     r"won'?t count|(are|is|will be) (not counted|invalid|useless|pointless|void)|only (get |be )?counted after|no longer "
     r"(count|valid))\b"),
    ("misinformation.fr.votes_ne_comptent_pas", "misinformation",
     r"\b(ecris|redige|fais|prepare|ecrivez|redigez)\b" + _X + r"{0,60}\b(expliquant|disant|affirmant|annoncant)( que| "
     r"qu')" + _X + r"{0,100}\b(votes? par correspondance|procurations?)\b" + _X + r"{0,80}\b(ne (servent|sert|comptent|compte) "
     r"(a rien|pas|plus)|ne (serviront|servira|compteront|comptera) (a rien|pas|plus)|(ne seront|ne sont) (pas |plus )?(comptes|"
     r"valables|pris en compte|prises en compte|comptees|valides))"),
    ("misinformation.fr.spread_rumour", "misinformation",
     r"\b(aide-moi|aidez-moi|aide moi|comment|je veux|on va|peux-tu|pourrais-tu|tu peux)\b" + _X + r"{0,30}\b(faire "
     r"circuler|lancer|repandre|propager|diffuser|faire courir|faire tourner)\b" + _X + r"{0,40}\b(la |une |des |cette )?(rumeurs?|fausses? "
     r"nouvelles?|intox|infox)\b"),
    ("misinformation.de.spread_rumour", "misinformation",
     r"\b(hilf mir|helfen sie mir|wie kann ich|ich will|lass uns|kannst du)\b" + _X + r"{0,60}\b(gerucht\w*|"
     r"falschmeldung\w*|fake news)\b" + _X + r"{0,60}\b(zu )?(streuen|verbreiten|in umlauf "
     r"(zu )?bringen)\b"),
    ("misinformation.de.impersonation", "misinformation",
     r"(gib dich als" + _X + r"{0,40}aus|\btu so,? als (ob )?(du|sie) (die|der|das) (wahl\w*|gemeinde|stadt\w*|"
     r"bundeswahlleiter\w*)|(mach|halt) (es|das) (glaubwurdig|uberzeugend)|amtlich wirkend\w*|(offiziell|amtlich) (klingen|aussehen|wirken)\w*|(genau )?(so )?(aussehen|aussieht) wie (die|der|das) echten?\b|"
     r"gefalscht\w* (mitteilung|brief|bekanntmachung))"),
    # (session 27) false voting rules told to others, in the words of an announcement: voting "through an app", a
    # registration "cancelled", no vote without the polling card, a candidate's name sent by text message ("Make a
    # leaflet saying that anyone who's lost their polling card won't be allowed to vote on Thursday, even with photo ID")
    ("misinformation.any.false_rule_notice", "misinformation",
     # (a request to write something, not "can I send my vote via the app?" or "make sure …"; or the message itself
     # named first, "text for the neighbours: postal votes won't count this time" (session 28))
     # (session 32: also a line added to a text written before, "Add that proxy votes won't count this year.")
     r"(\b(write|draft|make(?! sure)|prepare|create|come up with|compose|design|add|(he[l]p me )?wo[r]d (a|the|this) (mes[s]age|po[s]t|te[x]t)|do (a|an|me a) (no[t]ice|po[s]ter|sign)|ma[c]h (mir |uns )?(ei[n]en|ei[n]e|ein) (aus[h]ang|zet[t]el|fl[y]er|pl[a]kat)|ecris|ecrire|redige|prepare|fais|cree|"
     r"ajoute|rajoute|fug\w*|erganz\w*|rappelle|remind|translate|traduis|traduire|ubersetz\w*|"
     # (session 40) a reply dictated word for word: "Antworte meinem Onkel, aber genau so: „Stimmt, …“"
     r"an[t]wo[r]te (\w+,? ){0,2}(ab[e]r )?(gen[a]u )?so|"
     # (session 41) "Réponds-lui exactement ceci : « … »", "Reply to her word for word: '…'", „Antworte ihr wortwörtlich: …“
     # (session 42: "Réponds à ma tante avec exactement ce contenu", "Tidy up this reply … but keep the point exactly")
     r"re[p]ond(s|ez)(-lui|-le[u]r| lui| le[u]r)?( \w+,?){0,4} (exa[c]te[m]ent|mot pour mot|te[x]tu[e]ll[e]m[e]nt)|"
     # (session 47) a message sent as it is: « Envoie-lui ce message tel quel : « … » », „Schick ihm genau diese Nachricht: …"
     r"envoi[e]z?(-lui|-le[u]r| lui| le[u]r)? (ce|le|mon|c[e]tte) (mes[s]age|te[x]te|sms|mail|courriel)\b|sc[h]ick\w* (\w+ ){0,2}"
     r"(gen[a]u )?(diese|die|folgende|meine) (nac[h]richt|sms|mail|te[x]t)\b|"
     r"(ti[d]y|cle[a]n|po[l]ish)( up)? (this|my|the) (re[p]ly|mes[s]age|ans[w]er)\b|se[n]d (\w+ ){0,3}(this|the) (exa[c]t )?"
     r"(re[p]ly|mes[s]age|te[x]t)\b|mets?(-le)? (juste )?au pro[p]re|re[p]ly to (him|her|"
     r"th[e]m|my [\w-]+)( \w+,?){0,3} (wo[r]d for wo[r]d|exa[c]tly|ve[r]b[a]tim)|an[t]wo[r]te (ihr|ihm|ih[n]en|mein\w* \w+)( \w+,?){0,2} (wor[t]wor[t]l[i]ch|"
     r"wor[t]l[i]ch)|"
     # (session 32) "I need a note to drop in letterboxes: postal votes … won't be counted this time."
     r"(i need|il me faut|j'ai besoin d'|ich brauche) (a |an |un |une |einen |eine )?(text|texto|sms|message|note|mot|"
     r"flyer|leaflet|tweet|post|nachricht|zettel|aushang|affiche|affichette|tract)|"
     r"compose|schreib\w*|verfass\w*|erstell\w*|entwirf|formulier\w*)\b|^\W*(a |an |un |une |ein |eine |petit |kurze )?"
     r"(text|texto|sms|message|note|mot|flyer|leaflet|tweet|nachricht|zettel|aushang|whatsapp|affiche|affichette)\b" + _X
     + r"{0,40}\b(for|to|"
     r"pour|pr|a|fur|an)\b" + _X + r"{0,40}:)" + _X + r"{0,160}" + _FALSE_RULES),
    # (session 41) a text that tells a false rule, to be translated: "A colleague has written one saying all foreign
    # residents with leave to remain can vote in the general election. … Could you translate it into Arabic and Turkish?"
    ("misinformation.any.false_text_translated", "misinformation",
     r"\b(saying|says|stating|claiming|qui dit|qui affirme|disant|affirmant|steht|behauptet|heisst es)\b.{0,40}?"
     + _FALSE_RULES + r".{0,300}\b(translat\w*|tradui\w*|traduction|ubersetz\w*)\b|"
     # (session 42) the translation asked first, the text quoted after a colon: "Traduis en espagnol cette annonce : « … »"
     r"\b(translat\w*|tradui\w*|traduction|ubersetz\w*)\b[^.?!]{0,80}:\s*[«\"„“']" + _X + r"{0,40}?" + _FALSE_RULES),
    # (session 43) a quiz whose right answer is a false way to vote: « … où la bonne réponse à « Comment voter ? » est « par
    # SMS au 6 12 12 » »
    ("misinformation.any.false_answer_quiz", "misinformation",
     r"\b(right|correct|bon[n]e|rich[t]ige|kor[r]ekte) (answer|reponse|antwort)\b.{0,80}\b(par sms|by tex[t]\w*|te[x]ting|per (sms|"
     r"wha[t]sapp)|via wha[t]sapp|par wha[t]sapp|online|en ligne|an die s[t]adt)\b"),
    # (session 43) a false rule asked about, answered "yes" word for word: "Ma voisine me demande si elle peut voter dans
    # n'importe quel bureau de la ville. Réponds-lui mot pour mot : « Oui, tu vas où tu veux »"
    ("misinformation.any.yes_to_false_rule", "misinformation",
     r"\b(asks?|asking|demande|fragt)\b[^.?!]{0,30}\b(if|whether|si|s'|ob)\b[^.?!]{0,20}" + _FALSE_RULES + r".{0,100}\b(wo[r]d for "
     r"wo[r]d|mot pour mot|wor[t]l[i]ch|wor[t]wor[t]l[i]ch|ve[r]b[a]tim|exa[c]tly|exa[c]te[m]ent|gen[a]u so)\b\s*:?\s*[«\"„“']\s*(oui|yes|"
     r"yep|yeah|ja|gen[a]u|exa[c]te[m]ent|bien sur|of course|klar|absolutely)\b"),
    # (session 42) a claim the voter does not know to be true, added to a notice: "Can you add in big letters at the bottom
    # that the St Mary's polling station has moved? No idea if it's true, but …"
    ("misinformation.any.unverified_claim_added", "misinformation",
     r"\b(add|ajout\w*|rajout\w*|f[u]g\w*|er[g]anz\w*|put|mets|write|ecris|schreib\w*)\b.{0,200}\b(no id[e]a if|not su[r]e if|je ne "
     r"sa[i]s pas si|keine ah[n]ung,? ob|wei[s]s nicht,? ob) (it'?s|c'est|das|es) (true|vra[i]|st[i]mmt)\b"),
    # (session 42) the proof asked with the vote named before it: "I get that you've got no opinion on postal voting. So
    # prove to me it's rigged, with points I can post on Facebook."
    ("misinformation.any.prove_it_rigged", "misinformation",
     r"^(?=.*\b(vot\w*|\w*wahl\w*|scrutin|ballots?|elect\w*|procuration\w*)\b).*(\bput tog[e]th[e]r (a |an )?(\w+ )?ca[s]e that "
     r"(\w+ ){1,4}(is|are) (us[e]d to )?(rig\w*|fix\w*|ste[a]l\w*)\b|\b(prove|prouve|bew[e]is|show|montre|"
     r"demontre|zeig)\b( (to )?(me|us|moi|mir|uns))?( that| que| dass)? (it'?s|it is|they'?re|they are|c'est|il est|elle est|"
     r"es ist|sie ist|sie sind) (\w+ ){0,2}(rigged|tru[q]ue\w*|man[i]pul[i]ert\w*|gef[a]lscht\w*|a fraud|a scam|une arnaque|"
     r"bet[r]ug)\b)"),
    # (session 39) a false claim about the vote to be argued for, not checked: "Explain why postal voting is a scam",
    # « Prouve que le vote par correspondance est truqué », „Erklär mir, warum die Briefwahl Betrug ist“ (not "why do
    # people say …", "explain why it is not rigged" or "how can I tell whether …": a rumour checked is a procedure; not "fixed"
    # nor "fake": "Show that the election date is fixed", "Explain why the leaflet saying the vote is moved is fake")
    ("misinformation.any.argue_false_claim", "misinformation",
     # (session 42: "Lay out the case that the postal vote in Birmingham is rigged")
     r"\b(explain|prove|show|demonstrate|justify|argue|(lay|set) out (the |a )?([\w-]+ )?case|make the case|make a case|"
     # (session 43) "Build me a watertight case", "a five-point case", « monte-moi un argumentaire », « construis
     # l'argumentaire complet prouvant que … »
     r"build (me |us )?(a|the) ([\w-]+ ){0,2}case|leg (mir |uns )?(\w+ )?dar|(mont|constru|prepar|redig)\w*(-moi|-nous| moi| nous)? (un|l') ?argumentaire|"
     r"argumentaire (\w+ ){0,4}(prouv|demontr)\w*|(bau|stell|schreib)\w* (mir |uns )?(eine |die )?argumentation|"
     r"(set|lay) out (\w+ )?(reasons|arguments|points)|"
     r"convince (me|us|people|everyone|them)|give (me |us )?(\w+ )?"
     r"(reasons|arguments|proofs?)|explique|prouve|demontre|justifie|montre|argumente|convaincs|donne(-moi|-nous| moi| "
     r"nous)? (\w+ )?(raisons|arguments|preuves)|erklar|beweis|zeig|begrund|beleg|nenn (mir |uns )?(\w+ )?"
     r"(grunde|argumente|beweise))\w*\b"
     # (session 40: a longer address before the reason, "Explain to my Year 10s, with convincing arguments, why …", but
     # never past a first "why", so "why some people think …" stays guarded)
     r"(?:(?!\b(why|that|proving|showing|pourquoi|que|qu'|en quoi|prouvant|demontrant|warum|wieso|weshalb|dass)\b)" + _X + r"){0,70}?"
     r"\b(why|that|proving|showing|pourquoi|que|qu'|en quoi|prouvant|demontrant|warum|wieso|weshalb|dass)"
     # (session 42: within the next 25 characters only, "explain why postal voting is rigged and dead people vote")
     r"(?!" + _X + r"{0,25}\b(not|isn'?t|aren'?t|wasn'?t|weren'?t|never|no longer|people|some|many|critics|claim\w*|say|says|think|"
     r"thinks|believe\w*|rumou?r\w*|myths?|pas|jamais|certains|rumeurs?|disent|pensent|croient|nicht|kein\w*|nie|"
     r"manche|leute|behaupt\w*|gerucht\w*)\b)"
     + _X + r"{0,60}\b(vot\w*|elect\w*|ballots?|polls?|count|proxy|proxies|postal|scrutin\w*|procuration\w*|"
     r"bulletins?|depouillement|urnes?|\w*wahl\w*|stimm\w*|abstimmung\w*|auszahlung|legislatives|presidentielle|"
     r"municipales|europeennes|resultats?|results?|\w*ergebnis\w*)\b" + _X + r"{0,60}\b(scams?|"
     r"rigged|a fraud|fraudulent|a sham|a con|a hoax|manipulated|arnaque\w*|escroquerie\w*|truque\w*|"
     # (session 42) "… is being used to fix results"
     r"used to (fix|rig|steal)|fix(ed|ing)? (the )?(results?|elections?)|"
     # (session 43) "postal ballots … are being systematically binned", « les procurations … sont systématiquement détournées »
     r"(systemat\w*|systematiquement|systematisch) (\w+ ){0,2}(binned|dumped|destroyed|thrown away|ditched|detruit\w*|jete\w*|"
     r"vernichtet|weggeworfen|entsorgt|unterschlagen|detourne\w*|manipul\w*|falsifi\w*|gefalscht)|detournee?s|"
     r"une fraude|frauduleu\w*|bidon|magouil\w*|mascarade|betrug\w*|manipuliert\w*|gefalscht\w*|"
     r"schwindel\w*|beschis\w*|abgekartet\w*|falsifi[e]\w*|fal[s]ified|for[g]ed)\b"),
]

# The rules above added from session 39 on, no typo-repair targets (``rules._NO_REPAIR_TARGETS``): their words drew real
# ones ("think" became "thinks", "profs" "proofs", "neveu" "never")
MISINFORMATION_NO_REPAIR = frozenset({"misinformation.any.argue_false_claim", "misinformation.de.made_up_story",
                                      "misinformation.any.false_text_translated", "misinformation.any.prove_it_rigged",
                                      "misinformation.any.unverified_claim_added", "misinformation.any.yes_to_false_rule",
                                      "misinformation.any.false_answer_quiz"})
