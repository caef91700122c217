"""Texts a voter asks for that carry official voting information or correct a rumour, and the slogan that turns such a
text into campaign material (session 30), on accent- and case-folded text, in fr, de and en.

The policy (``docs/neutrality.md``, "Session 30" clarifications): a text to write that carries only what the electoral
authorities publish — the polling station's hours, the ID to bring, postal and proxy voting, the date — and names no
party, no candidate and no vote for anyone is a ``procedure`` request ("Draft a flyer for the entrance hall with the
polling station hours"), and so is a reply that corrects a rumour about voting ("Help me write him a polite reply
saying what's actually true"). The same text with a party's slogan in it ("… ending with « Dimanche, votez Volt ! »")
is promotion, and one that states a false rule is misinformation: the refusal rules are checked first, and the model
still overrules the answerable rule when it is nearly sure a refusal is asked (``classifier.INTENT_OVERRIDE``).
"""

from __future__ import annotations

from communs.core.neutrality.names import folded_party_alternation

_PARTY = folded_party_alternation()

# what the authorities publish about the vote
_OFFICIAL = (r"(polling station|polling hours|opening hours|bureaux? de vote|horaires|wahllokal\w*|offnungszeiten|"
             r"identity|id card|ids|your id|photo id|piece d'identite|carte d'identite|ausweis\w*|personalausweis|"
             r"postal vot\w*|proxy|procuration|briefwahl\w*|wahlbenachrichtigung\w*|polling card|carte electorale|"
             r"go (and )?vote|aller voter|on va voter|wahlen gehen|"
             # (session 34) "… junge Leute motiviert, am Sonntag wählen zu gehen", "Wie wählt man bei der Europawahl, wenn
             # man im Ausland lebt?", "… ob man im Wählerverzeichnis steht", "die Briefabstimmung"
             r"wahlen zu gehen|wie wahlt man|how to vote|comment voter|wah[l]erv[e]rz[e]ich[n]is|electoral roll|"
             r"bri[e]fabs[t]imm[u]ng|"
             # (session 42) "Some EU citizens … can vote in local elections if registered. Register by 12 April."
             r"reg[i]st[e]r by|if reg[i]st[e]red|bri[n]gen sie ih[r]en aus[w]eis mit|"
             # (session 45) "EU citizens who live here can register and vote in council … elections"
             r"can reg[i]st[e]r and vote|peu[v]ent s'ins[c]ri[r]e et voter|kon[n]en sich reg[i]str[i]er[e]n und wah[l]en)")
_WRITE = (r"(write|draft|compose|make|prepare|create|ecris|ecrire|m'ecrire|redige|rediger|prepare|fais|faire|schreib\w*|"
          r"verfass\w*|entwirf|erstell\w*|formulier\w*|mach|hilf|help)")  # (session 35: "Hilf mir bei einem Aushang …")
_TEXT = (r"(post|flyer|leaflet|message|whatsapp|text|notice|note|poster|sign|e-?mail|reminder|msg|affiche|affichette|tract|"
         r"mot|rappel|aushang|zettel|handzettel|plakat|nachricht|rundmail|erinnerung|hinweis|"
         # (session 34)
         r"rede|speech|discours|inf[o]bla[t]t|inf[o]zet[t]el|flu[g]bla[t]t)")
# nowhere a party, a vote for or against someone, a claim told as a clause ("… saying that", "dass …", "que …") or
# a claim about the vote: a change, a closure, a way of voting or an ID that does not exist, votes not counted, voting
# called pointless ("Mach mir eine WhatsApp-Kettennachricht: Briefwahlstimmen werden dieses Jahr nicht ausgezählt.")
_NOTHING_ELSE = (r"^(?!.*((?<!\w)(" + _PARTY + r")(?!\w)|\b(vote (for|against)|voter (pour|contre)|(fur|gegen) \w+ "
                 r"(zu )?(stimmen|wahlen)|(post|message|flyer|notice|text|leaflet|poster|note|e-?mail|reminder|sign) that|"
                 r"dass|que|qu'|saying|says|stating|claiming|announcing|disant|telling|explaining|expliquant|erklar\w*|"
                 r"behaupt\w*|warn\w*|moved|postponed|cancel\w*|rescheduled|abolished|closed|shut|no longer|not needed|"
                 r"enough|pointless|thrown|reporte\w*|annule\w*|deplace\w*|decale\w*|ferme\w*|supprime\w*|suffit|tra[n]sf[e]r\w*|"
                 r"rel[o]cat[e]d|"
                 r"n'est plus|plus besoin|pas besoin|ne sert a rien|ne pourront|imp[o]ss[i]ble|unm[o]gl[i]ch|verschoben|verlegt|abgesagt|"
                 r"geschlossen|umgezogen|abgeschafft|reicht|sinnlos|nicht mehr|nicht notig|nicht gezahlt|nicht "
                 r"ausgezahlt|werden nicht|durfen nicht|won'?t|(?<!if you )(?<!if )can'?t|cannot|aren'?t|isn'?t|sms|text message|online|"
                 r"internet|en ligne|per app|by app|an app|une app|eine app|gar nicht|"
                 # (session 42) a speech for a wedding or a birthday: "Écris-moi un discours de témoin …"
                 r"tem[o]in|trauzeug\w*|best man|wedding|mariage|hochzeit\w*|birthday|anniversaire|geburtstag\w*|"
                 # (session 33: not "just the polling hours", "nur das Praktische", "nur mit den Öffnungszeiten")
                 r"only(?! (the|with|what|practical))|seulement(?! (les|la|le|l'|avec|ce))|uniquement(?! (les|la|le|l'|"
                 r"avec|ce))|nur(?! (das|die|den|mit|was|pr[a]kt[i]sch[e]\w*))|"
                 r"uberhaupt nicht|nicht (\w+ )?(mit|aus)?gezahlt|not (even )?counted|pas (du tout )?comptes?|ne comptent "
                 r"pas)\b|\b(vote|votez|votons|wahlt)\b[^.?!,]{1,30}!|\b((tous|toutes|tout le monde) (avec|pour|derriere)|alle (fur|mit|"
                 r"hinter)|everyone (for|with|behind)|all (for|behind)) (?!(les|den|die|the|aux|zur|zum|ins|a la|to)\b)\w|\bvote (for )?(the )?(conservatives?|tory|tories|"
                 r"labour|greens?|lib dems?|reform|snp|plaid)\b))")

# (session 34: the official words anywhere, and a longer list between the text and its verb: "Hilf mir, einen Aushang
# mit Wahltermin, Öffnungszeiten des Wahllokals und den akzeptierten Dokumenten zu schreiben")
CIVIC_TEXT_SRC = (_NOTHING_ELSE + r"(?=.*\b" + _OFFICIAL + r"\b).*(\b" + _WRITE + r"\b[^.?!]{0,100}\b" + _TEXT + r"\b|\b"
                  + _TEXT + r"\b[^.?!]{0,100}\b" + _WRITE + r"\b)")

# a reply that says what is true about a rumour someone shared before it ("My uncle shared a post claiming …"), with no
# claim of its own after "what's true:" ("Write a reply saying what's actually true: you can vote by SMS" is refused)
RUMOUR_CORRECTED_SRC = (
    # (session 36: nor the reply's own content after a colon, "Write a factual reply: they really aren't counted.")
    r"^(?!.*(?<!\w)(" + _PARTY + r")(?!\w))(?!.*\b(true|correct|right|vrai|exact|juste|verite|stimmt|ist|reply|answer|"
    r"response|reponse|antwort)( \w+){0,2}\s*:)"  # (session 37: "une réponse factuelle : …")
    r"(?=.*\b(shared|posted|posts?|poster|poste|po[s]t[i]ng|sh[a]r[i]ng|spr[e]ad[i]ng|spr[e]ads|verbr[e]it\w*|diffuse\w*|rel[a]ie\w*|forwarded|wrote|written|wri[t]es|ecrit|geschrieben|sch[r]eibt|telling|tells|told|keeps saying|repete\w*|raconte\w*|erzahlt\w*|messages?|claim\w*|says|said|rumou?rs?|partage\w*|publie\w*|transfere\w*|dit|disant|rumeurs?|"
    r"pretend\w*|affirm\w*|geteilt|gepostet|weitergeleitet|behaupt\w*|geruchte?|nach dem|laut der|wonach|ins[i]st\w*|"
    # (session 42) "… pinned up a note saying …", « … a affiché dans le salon que … »
    r"sa[y]ing|pin[n]ed|aff[i]che|au[f]ge[h]an[g]t|au[s]ge[h]an[g]t)\b[^:]*\b(mes[s]age back|reply|"
    r"answer|respond|response|repondre|reponse|antwort\w*|antworten|erwidern|(a |my )com[m]ent|com[m]ent[a]ire|kom[m]ent[a]r|po[s]t)\b)"
    # (session 36: or a factual reply, "Can you help me write a calm, factual reply?")
    r".*(\b(fac[t]ual|sac[h]li[c]he) (reply|answer|response|antwort)\b(?=[^:]*\?)|\b(mes[s]age back|reply|answer|respond|response|repondre|reponse|"
    r"antwort\w*|antworten|erwidern|(a |my )com[m]ent|com[m]ent[a]ire|kom[m]ent[a]r|po[s]t)\b[^.?!]{0,40}\b(what'?s (actually |really )?(true|correct|right)|"
    r"what the ru[l]es (actually |really )?are|ce qui se pas[s]e vrai[m]ent|what (actually|really) hap[p]ens|was wi[r]kl[i]ch pa[s]si[e]rt|"
    # (session 42) "… un commentaire gentil qui remet les choses au clair", "a calm Facebook post explaining why that isn't
    # the case", "… avec ce qui est vraiment prévu"
    r"rem[e]t\w* les ch[o]ses au cl[a]ir|set\w* the rec[o]rd str[a]ig[h]t|ric[h]ti[g]st[e]ll\w*|why (that|this|it) (is[n]'?t|is not) "
    r"(true|the ca[s]e|so)|po[u]rq[u]oi ce n'est pas (vrai|le ca[s])|war[u]m das ni[c]ht sti[m]mt|ce qui est (vra[i]ment |ree[l]le[m]ent )?"
    r"pre[v]u[s]?|what'?s (act[u]al[l]y |rea[l]ly )?pla[n]ned|was (wir[k]lich |tat[s]ach[l]ich )?(vor[g]es[e]hen|gep[l]ant) ist|"
    # (session 42) "… explaining what the actual rule is"
    r"wh[a]t the (act[u]al|re[a]l) ru[l]es? (is|are)|la vra[i]e reg[l]e|die ech[t]e reg[e]l|was die reg[e]l (wir[k]lich )?ist|"
    # (session 42) "… setting out what the rules actually say"
    r"wh[a]t the ru[l]es (act[u]al[l]y |rea[l]ly )?s[a]y|ce que (dit|di[s]ent) (vra[i]ment )?(la loi|les reg[l]es)|was die "
    r"reg[e]ln (wir[k]lich |tat[s]ach[l]ich )?sag[e]n|"
    # (session 42) "… en disant simplement comment on vote vraiment", "saying how voting really works"
    r"(saying |en disant |und sagt,? )?(sim[p]ly |si[m]p[l]em[e]nt |ein[f]ach )?(how (vot[i]ng|it) (rea[l]ly|act[u]al[l]y) wor[k]s|"
    r"com[m]ent on vote (vra[i]ment|ree[l]le[m]ent)|wie (man )?(wir[k]lich|tat[s]ach[l]ich) (wa[h]lt|ab[s]ti[m]mt))|what is (actually |really )?(true|"
    r"correct|right)|the (actual |real )?facts|ce qui est (vrai|exact|juste)|la verite|was (davon |wirklich |"
    r"tatsachlich )?stimmt|was (wir[k]lich |tat[s]achlich |eig[e]ntlich )?gi[l]t|what (actually |really )?app[l]ies|wie es (wirklich|tatsachlich) ist|ce qui est (vraiment|reellement) (vrai|exact|juste)|ce qui s'ap[p]li[q]uer?|"
    # (session 36) "… a polite reply explaining what actually happens to them?"
    r"what (act[u]al[l]y|rea[l]ly) hap[p]ens|(cou[r]te )?et fac[t]ue[l]le|fac[t]ue[l]le|sac[h]li[c]he|ce qui se pas[s]e "
    r"(vra[i]m[e]nt|ree[l]le[m]ent|en vr[a]i)|was (wir[k]li[c]h|tat[s]ach[l]ich) (pas[s]i[e]rt|ges[c]hi[e]ht))\b)|"
    # (session 36) a false notice about the vote reported to the authority that runs it: "A leaflet came through our door
    # saying the election's been moved to Friday. Can you draft an email reporting it to the council's electoral services
    # team?", "Rédige-moi un mail pour signaler ça à la préfecture"
    # (the letters in brackets keep the new words out of the typo repair's vocabulary)
    # (not a leaflet to write: "Write a leaflet saying the election is moved and report it to the police")
    r"^(?!.*\b(write|draft|make|create|ecris|redige|fais|cree|schreib\w*|mach|verfass\w*|erstell\w*) (me |moi |mir )?(a |an "
    r"|un |une |ein |einen |eine )?(lea[f]let|fly[e]r|tra[c]t|flu[g]bla[t]t|po[s]t)\b)"
    r"(?!.*(?<!\w)(" + _PARTY + r")(?!\w))(?=.*\b(lea[f]let|fly[e]r|tra[c]t|flu[g]bla[t]t|po[s]t|mes[s]age|sms|bri[e]f|"
    r"cou[r]r[i]er|zet[t]el|pro[s]p[e]kt|av[i]s|not[i]ces?)\b).*(\b(pre[f]ect[u]re|\w*wah[l]beh[o]rde)\b[^.?!]{0,40}\b(sig[n]al\w*|"
    r"mel[d]\w*)\b|\b(rep[o]rt\w*|sig[n]al\w*|mel[d]\w*)\b[^.?!]{0,40}\b(pre[f]ect[u]re|mai[r]ie|"
    r"ele[c]to[r]al (ser[v]ic[e]s|com[m]is[s]ion|off[i]ce)|ret[u]rn[i]ng off[i]cer|cou[n]cil|com[m]is[s]ion ele[c]to[r]ale|"
    r"wah[l]amt|\w*wah[l]lei[t]\w*|\w*wah[l]beh[o]rde|gem[e]in[d]e|rat[h]aus|ord[n]un[g]s[a]mt|pol[i]ce|pol[i]zei|tow[n] ha[l]l|"
    r"cit[y] ha[l]l))")

# a text the voter asks to keep free of parties: "Nothing about candidates or parties.", "sans parler de parti !!"
NO_PARTY_ASKED_SRC = (
    r"\b(nothing (about|on) (the )?(candidates?|parties|party|politics)|no (party|parties|politics|party stuff|"
    r"candidates?)\b|without (mentioning |naming )?(any )?(party|parties|candidates?|politics)|sans (parler de|mentionner|"
    r"citer|nommer) (de |d'|aucun |les )?(partis?|candidats?|politique)|aucun parti|ohne (irgend)?(eine |einen )?(partei|"
    r"kandidat)\w* (zu )?(erwahn|nenn)\w*|ohne (partei\w*|kandidat\w*|"
    r"politik)|keine (partei\w*|kandidat\w*|politik)|nichts (uber|zu) (kandidat\w*|partei\w*|politik))")

# a text asked for, by its verb (the referendum-side and dash slogans below)
_TEXT_ASKED = (r"^(?=.*\b(write|draft|make|put|add|end|finish|ecris|redige|fais|mets|ajoute|termine|finis|schreib\w*|mach|"
               r"setz|fug|erganz|entwirf|verfass\w*)\b)")

# a party's vote slogan quoted in the text asked for: « Dimanche, votez Volt ! », „Am Sonntag: Volt wählen!“
VOTE_SLOGAN_SRC = (r"[«\"„“]\s*(?=[^»\"“”]{0,80}(?<!\w)(" + _PARTY + r")(?!\w))(?=[^»\"“”]{0,80}\b(vot(ez|ons|e)|"
                   r"elisez|wahlt|wahlen|wahle|stimmt|choose|back)\b)[^»\"“”]{0,80}[»\"“”]|"
                   # (session 31) a local list's slogan, named or not a known party: « Dimanche, tous avec Agir pour
                   # Montclar ! », „Am Sonntag alle für Agir pour Montclar!“, 'Votez Nantes Solidaire !'
                   # (session 35: also "m'écrire le mot … et pour finir « … »", "everyone out for …")
                   r"^(?=.*\b(write|draft|make|put|add|end|finish|ecris|ecr[i]re|redige|red[i]ger|fais|fai[r]e|mets|mettre|ajoute|ajouter|termine|"
                   r"finis|fin[i]r|schreib\w*|mach|ma[c]hen|setz|fug|erganz|entwirf|verfass\w*)\b)(?=.*\b" + _TEXT + r"\b).*?"
                   r"([«\"„“]|(?<![\w'])')\s*([^»\"“”',:–-]{0,25}[,:–-]\s*)?(\w+ ){0,2}((tous|toutes|tout le monde) (avec|pour|derriere)|alle (fur|mit|"
                   # (session 42) "… and finish it with 'Let's all get behind Ashfield Independents!'"
                   r"hinter)|everyone (out )?(for|with|behind)|all (out )?(for|behind)|(let'?s )?all get beh[i]nd|votez( pour)?|"
                   # (session 43) "… 'And on Thursday, let's all back the Yorkshire Party!'"
                   r"(let'?s )?(all )?ba[c]k( the)?|(sou[t]en[o]ns|votons)[- ]tous( pour)?|la[s]st uns alle( fur)?|"
                   r"vote( for)?|wahlt|stimmt fur|"
                   # (session 40) « Dimanche, un seul choix : Saint-Nazaire Demain ! », „Sonntag: Kreuz bei Bürger für Gifhorn!“
                   r"un s[e]ul ch[o]ix ?:|une s[e]ule li[s]te ?:|(ein )?kr[e]uz (bei|fur)|cr[o]ix (pour|sur)|one ch[o]ice ?:) "
                   r"(?!(les|den|die|the|aux|zur|zum|ins|a la|to|dimanche|sunday|sonntag|nombreux|nombreuses|massivement|"
                   r"tous|toutes|alle|all|jetzt|now|maintenant|early|tot|oui|non|yes|no|ja|nein|blanc|blank|utile|is|was|est|ist|"
                   r"war|counts?|compte|zahlt|online|en|par|by|per|in|at|from|des|ab|dans|im|am|on|le|la)\b)[a-z]"
                   r"[^»\"“”']{0,40}!?\s*[»\"“”']|"
                   # (session 33) the list named as a list: « Dimanche, tous avec la liste Horizon ! », „Am Sonntag alle
                   # für die Liste Horizont!“, 'Sunday, everyone for the Horizon list!'
                   r"([«\"„“]|(?<![\w'])')[^»\"“”']{0,30}\b((tous|toutes|tout le monde) (avec|pour|derriere) (la |les )?"
                   r"listes?|alle (fur|mit|hinter) (die )?liste|(everyone|all) (out )?(for|behind|with) the \w+( \w+){0,4} (list|team)|"
                   # (session 35) „Am Sonntag alle für die Wählergruppe Zukunft Kassel!“, „… alle für die Freien Wähler!“
                   r"alle (fur|mit|hinter) die (wah[l]erg[r]up[p]e|wah[l]eri[n]iti[a]tive|wah[l]erv[e]rei[n]igung|"
                   r"bur[g]erl[i]ste|fre[i]en wah[l]er))\b[^»\"“”']{0,40}[»\"“”']|"
                   # (session 32) a side of a referendum with the group that campaigns for it: « Dimanche, tous pour le
                   # OUI avec Vivre Ensemble ! », „Sonntag alle mit JA – mit Vivre Ensemble!“
                   + _TEXT_ASKED + r"(?=.*\b" + _TEXT + r"\b).*?"
                   r"([«\"„“]|(?<![\w'])')[^»\"“”']{0,40}\b(oui|non|yes|no|ja|nein)\b[^»\"“”']{0,10}\b(avec|mit|with) [a-z]"
                   r"[^»\"“”']{0,40}[»\"“”']|"
                   # (session 34) and after a dash: „Stimmt mit JA – Initiative Tram für alle!“; a local list's slogan at the
                   # end of a notice ("termine par « Dimanche, tous pour Gemeinsam für Lindenau ! »", "Infoblatt")
                   + _TEXT_ASKED + r"(?=.*\b(" + _TEXT + r"|avis)\b).*?([«\"„“]|(?<![\w'])')[^»\"“”']{0,30}\b(stimmt|sti[m]men|votez|vote|wahlt|tous|alle|"
                   r"everyone)"
                   r"( \w+){0,2} (oui|non|yes|no|ja|nein)\s*[!,]?\s*[–—-]\s*[a-z][^»\"“”']{0,40}[»\"“”']|"
                   # (session 36: also a notice, a poster, "sign it off with", "everyone out for")
                   r"^(?=.*\b(write|draft|make|end|finish|ecris|redige|fais|termine|finis|schreib\w*|mach|entwirf|"
                   r"verfass\w*|ende|sch[l]uss|s[i]gn|do)\b|\s*(not[i]ce|aff[i]che|avis|pos[t]er|aus[h]ang)\b)(?=.*\b(avis|inf[o]bla[t]t|inf[o]zet[t]el|flu[g]bla[t]t|not[i]ce|not[i]ceb[o]ard|"
                   r"aff[i]che|pos[t]er|aus[h]ang)\b).*?([«\"„“]|"
                   r"(?<![\w'])')\s*([^»\"“”',:–—]{0,25}[,:–—]\s*)?(\w+ ){0,2}((tous|toutes|tout le monde) (avec|pour|derriere)|alle "
                   r"(fur|mit|hinter)|everyone( o[u]t)? (for|with|behind)) (?!(les|den|die|the (vo[t]e|pol[l]s?|ele[c]ti[o]ns?|bal[l]ots?)|aux|zur|zum|ins|a la|to|dimanche|sunday|"
                   r"sonntag|nombreux|nombreuses|massivement|tous|toutes|alle|all|jetzt|now|maintenant|aux u[r]nes|an die u[r]nen|"
                   r"wahlen|voter|vote)\b)[a-z][^»\"“”']{0,40}!?\s*[»\"“”']")

# (session 35) a notice of official voting information to translate, with nothing else in it: "Übersetz das bitte ins
# Italienische für die Nachbarn: „Wahllokal in der Grundschule am Park, geöffnet von 8 bis 18 Uhr, bitte Ausweis
# mitbringen.“" ("translate this" is otherwise a strong wrapper; ``classifier.text_facts``)
NOTICE_TRANSLATED_NAME = "procedure.any.notice_translated"
NOTICE_TRANSLATED_SRC = (_NOTHING_ELSE + r"(?=.*\b" + _OFFICIAL + r"\b).*\b(translat\w*|tradui\w*|traduction|ubersetz\w*)"
                         r"\b")

# the answerable rules of these texts (``intents_facts``), read whatever the veto on texts to write (``intents``)
OFFICIAL_TEXT_RULES = frozenset({"procedure.any.civic_text", "procedure.any.rumour_corrected"})


# (session 40) a text about the electoral rules or the campaign's rules (``rule_exceptions``: no promotion when it names no
# party and asks no vote): "ein A3-Plakat … zum Kommunalwahlrecht: Kumulieren und Panaschieren", "eine kleine FAQ: Wer darf
# wo Wahlplakate aufhängen?"
RULES_TEXT_SRC = (r"\b(kumulier\w*|panaschier\w*|sitzverteilung|\w*wahlrecht\w*|\w*wahlsystem\w*|verhaltniswahl\w*|d'?hondt|"
                  r"sainte-?lague|first[- ]past[- ]the[- ]post|proportional representation|mode de scrutin|repartition des sieges|"
                  r"seat allocation|faq|wer darf|who (can|may)|qui (peut|a le droit))\b")
# (session 40) the voter's own canvassing told, then a question of fact: "Ich mache Haustürwahlkampf für die SPD. … Was
# steht dazu im Wahlprogramm?" (not a text or arguments asked for it)
OWN_CANVASSING_SRC = (r"^((ich )?mache?|(ich )?bin|(ich )?war) (\w+ ){0,2}(beim |im )?(haustur)?wahlkampf\b(?!.*\b(schreib|entwirf|formulier|verfass|argument|uberzeug|"
                      r"skript|script|pitch|spruch|slogan|text|sage ich|sag ich|antworte ich)\w*)")
