"""Letter formulas around a question: the opening salutation and the closing sign-off of a message written as a letter
("Dear Sir or Madam, … Thank you in advance. Best regards, Claire", "Madame, Monsieur, … Je vous prie d'agréer
l'expression de mes sentiments les meilleurs.", "Sehr geehrte Damen und Herren, … Mit besten Grüßen, Jonas").

They ask nothing, but they carry words that the refusal rules and the vetoes read as a verdict ("best regards",
"sentiments les meilleurs", "mit besten Grüßen": "best" vetoed the answerable rules and the model refused polite
questions about a party's programme). :func:`without_courtesy` drops a leading salutation and the closing sentences
that open with a sign-off formula, in fr, de and en; a closing sentence that also asks something is kept ("Thanks,
and who should I vote for?", "Merci de me dire ce que propose le PS."), and nothing is removed when less than two
words would remain. ``disclaimers.what_is_asked`` applies it first.
"""

from __future__ import annotations

import re

from communs.core.text import fold

_SALUTATION = re.compile(
    r"^\s*(dear (sir or madam|sir|madam|sirs|team|all|friends?|assistant|panoramic)|dear [\w.-]+( [\w.-]+)?|"
    r"to whom it may concern|hello( there| everyone| team)?|hi( there| team)?|hey( there)?|good (morning|afternoon|"
    r"evening)|greetings|madame,? monsieur|monsieur,? madame|madame|monsieur|mesdames,? messieurs|bonjour( a tous| "
    r"madame| monsieur)?|bonsoir|salut|coucou|cher (monsieur|assistant)|chere madame|sehr geehrte (damen und herren|"
    r"frau [\w-]+|herr [\w-]+)|sehr geehrter herr [\w-]+|guten (tag|morgen|abend)|hallo( zusammen)?|gruezi|gruss "
    r"gott|servus|moin|liebes? (team|panoramic)|lieber? [\w-]+)\s*[,!:;.]\s+"
)
_SIGN_OFF = re.compile(
    r"^\s*(thank you|thanks|many thanks|thx|ty|(best|kind|warm|warmest|kindest|many|with best|with kind|with many|with "
    r"warm|with respectful|respectful) (regards|wishes|greetings|thanks)|regards|yours (faithfully|sincerely|truly)|"
    r"sincerely|cheers|all the best|with (my )?(best|kind|warm|warmest|respectful|many) \w+|i look forward to|"
    r"looking forward to|merci|je vous (remercie|prie d'agreer|prie de croire|prie de recevoir)|(bien )?cordialement|"
    r"bien a (vous|toi)|(mes |meilleures |sinceres |respectueuses |bien )?salutations|bien respectueusement|"
    r"respectueusement|avec (mes|tous mes|nos) (remerciements|salutations)|dans l'attente de|en vous remerciant|"
    r"(vielen|herzlichen|besten|tausend) dank|danke( schon| sehr| im voraus)?|mit (freundlichen|besten|herzlichen|"
    r"lieben|hoflichen|vielen) (grussen|gruss|dank)|(freundliche|beste|liebe|herzliche|viele) grusse|"
    r"hochachtungsvoll|mfg|lg|vg|ich freue mich auf|in erwartung)\b"
)
# a closing sentence that asks for something is the request, not a sign-off: "Merci de me dire ce que propose le PS."
_REQUEST = re.compile(
    r"\b(merci de|merci d'|de me|me dire|m'indiquer|m'expliquer|for telling|to tell|tell me|explain|let me know|mir "
    r"(zu )?sagen|zu sagen|zu erklaren|erklar\w*|dis-moi|sag mir|who|what|which|how|wer|was|wie|welche\w*|qui|quel\w*|"
    r"comment)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"\w+")


def without_courtesy(text: str) -> str:
    """``text`` without an opening salutation and the sign-off sentences that close it."""
    stripped = text.strip()
    # the opening only (a salutation is short), folded letter by letter so that positions match the text ("ß" and "œ"
    # count one letter); a long message is not folded letter by letter
    opening = _SALUTATION.match("".join((fold(c) or " ")[0] for c in stripped[:100]))
    if opening is not None and len(_WORD.findall(stripped[opening.end():])) >= 2:
        stripped = stripped[opening.end():]
    sentences = _SENTENCE_END.split(stripped)
    # a closing sentence asks nothing: "Thanks, and what does the SPD propose?" stays; a signature alone ("François
    # Girard") goes with the sign-off before it
    while len(sentences) > 1 and "?" not in sentences[-1]:
        if _closing(sentences[-1]):
            sentences.pop()
        elif len(sentences) > 2 and len(_WORD.findall(sentences[-1])) <= 4 and _closing(sentences[-2]):
            del sentences[-2:]
        else:
            break
    rest = " ".join(sentences).strip()
    return rest if len(_WORD.findall(rest)) >= 2 else text


def _closing(sentence: str) -> bool:
    folded = fold(sentence)
    return "?" not in sentence and _SIGN_OFF.match(folded) is not None and _REQUEST.search(folded) is None


# Thanks for an earlier answer, as the first sentence of a follow-up (session 25): "Danke für die Erklärung zur
# Stichwahl. Sollte ich schon im ersten Wahlgang PS wählen?", "Thanks for summarising the Greens' programme. And where
# do you see its weak spots?", "Merci de m'avoir expliqué le rôle du Bundesrat. …". The thanks name what was answered
# ("the explanation", "the two programmes"), not what is asked now; "Merci de me dire ce que propose le PS." asks.
_THANKS_FOR_ANSWER = re.compile(
    r"^\s*((ok(ay)?|ah|super|great|cool|perfect|parfait|top|d'accord|gut|prima|alles klar)[ ,!.]+)?(thanks?( you)?"
    r"( (so|very) much| a lot)?|many thanks|thx|cheers|merci( beaucoup| bien| bcp)?|(vielen |besten |herzlichen )?dank(e)?"
    r"( schon| sehr| dir| ihnen)?)(,? (for|pour|pr|fur)\b[^.!?]*|,? (de m'avoir|de nous avoir|d'avoir)\b[^.!?]*|"
    r"(,? (that|this|it|dass|das|ca|cela|c'etait)\b[^.!?]*))?[.!]+\s+(?=\S)|"
    # (session 34) praise for the help given: "You really helped me understand the local elections.", "Tu m'as bien aidé
    # pour comprendre les municipales.", "Du hast mir super bei der Kommunalwahl geholfen."
    r"^\s*((ok(ay)?|ah|super|great|cool|merci|thanks|danke)[ ,!.]+)?((you|u) (really |have |'ve |so )?(really )?helped "
    r"(me|us)|(tu|vous) (m'|nous )(as|avez) (bien |beaucoup |vraiment |trop |super )?aide|(du hast|sie haben) (mir|uns)\b"
    r"[^.!?]{0,60}\bgeholfen)\b[^.!?]*[.!]+\s+(?=\S)"
)


# The voter accepting the assistant's refusal in a first sentence, before a question it answers (session 29): "Fine,
# you won't tell me who to vote for. Then show me…", "D'accord, tu ne veux pas me dire pour qui voter. Alors…", "Okay,
# du willst mir also keine Wahlempfehlung geben. Dann…" (not "if you don't tell me who to vote for, I'll…"); session 30:
# "Bon, d'accord, tu ne me diras pas pour qui voter.", "Na gut, du sagst mir also nicht, wen ich wählen soll.", "Ok,
# you won't forecast the result."; session 31: "ok t'as pas le droit de me dire pour qui voter, j'ai compris.", "fine,
# u wont tell me who to vote for." The refusal rules it names are not applied to it (``rule_exceptions``) and the
# answerable rules read what follows it (:func:`without_thanks`).
# the labels whose refusal the voter may accept (also read by ``rule_exceptions``: no label asked again after it)
LABEL_WORDS_SRC = (r"extrem\w*|rechtsextrem\w*|linksextrem\w*|populist\w*|racist\w*|raciste\w*|rassist\w*|fascist\w*|"
                   r"faschist\w*|far[- ](right|left)|radikal\w*|radical\w*")
# (session 32) the judgements of a candidate whose refusal the voter may accept: "Fine, you won't tell me whether she's
# competent. Then just tell me what she studied." (also read by ``rule_exceptions``: no such word asked again after it)
COMPETENCE_WORDS_SRC = (r"competent\w*|kompetent\w*|qualifi\w*|up to the job|a la hauteur|geeignet\w*|fahig\w*|capable\w*|"
                        # (session 42) "… si Attal a l'étoffe d'un président", "… whether Badenoch has what it takes"
                        r"l'etoffe|what it takes|das zeug")
# (session 34) "Schon klar, du sagst mir nicht, wen ich wählen soll.", and the German order "Okay, ob Habeck kompetent
# ist, sagst du mir nicht, das akzeptiere ich."
# (session 40) more leads ("Fair enough, you won't pick for me.", "Bien, tu ne me dis pas laquelle choisir.", "Ok, j'ai
# compris que tu ne me diras pas pour qui voter."), the acceptance after it ("You wouldn't say whether Germany's 5% rule is
# fair, fine.", "Tu n'as pas voulu dire si le seuil est juste, soit.") and the asking given up ("Alright, I'll stop
# asking who to vote for.")
_ACCEPTING = (r"(ok(ay)?|fine|alright|all right|got it|understood|d'accord|bon|tres bien|entendu|compris|gut|na gut|schon gut|"
              r"verstanden|alles klar|schon klar|klar|i know|je sais|fair enough|right|bien|soit)")
# (session 41) a candidate's honesty: "D'accord, tu ne veux pas me dire si Mme Lemaire est une élue honnête, je comprends."
HONESTY_WORDS_SRC = (r"honest\w*|honnete\w*|ehrlich\w*|trustworthy|digne de confiance|vertrauenswurdig\w*|integre|"
                     # (session 45) "Bon, tu refuses de dire si elle est fiable, je comprends."
                     r"sincere|aufrichtig\w*|corrupt\w*|korrupt\w*|fiables?|reliable|zuverlassig\w*")
# (session 41) the refusal told back before a question: "You said you don't do predictions. But …", "Tu as dit que tu ne
# fais pas de pronostics. Mais …", "Du hast gesagt, du machst keine Prognosen. Aber …"
_ACCEPTING_LEAD = (r"(" + _ACCEPTING + r"|you (said|told me)|tu (m')?as dit|vous (m')?avez dit|du hast (mir )?gesagt|"
                   r"sie haben (mir )?gesagt)")
# (session 43) the end of the sentence that accepts: a full stop, or a thumbs-up before what follows ("ok fair enough u
# wont pick for me 👍 but where do i find my polling station then?")
_END = r"([.!]|[👍👌🙏✅🙂😊😂😅🙃😉]+(?=\s))"  # (session 45: "Tu veux pas me dire pour qui voter, ok 😂 …")
REFUSAL_ACCEPTED = re.compile(
    # (session 43) the assistant's having no opinion, told back: "You said you don't have a personal opinion, fine by me.",
    # « Tu m'as dit que t'avais pas d'avis perso, ok ça me va. », „Du hast gesagt, du hast keine eigene Meinung, passt."
    r"^(you said|you told me|tu m'as dit|tu as dit|t'as dit|vous avez dit|du hast (mir )?gesagt|sie haben gesagt),? (that |que |qu'|"
    r"dass )?(you|u|tu|t'|vous|du|sie)\b[^.?!]{0,20}\b(don'?t have|do not have|have no|haven'?t got|n'as pas|n'avais pas|as pas|"
    r"avais pas|n'avez pas|hast keine|hattest keine|habest keine|haben keine)\b[^.?!]{0,20}\b(opinions?|views?|avis|meinung|"
    r"position)\b[^.?!]{0,40}[.!]|"
    r"^" + _ACCEPTING + r"(,? (ok|d'accord|bon|gut|fine|alright))?,? (ob|wen)\b[^.?!]{0,60}, "
    r"(sagst|verratst|nennst) du (mir |uns )?(also )?(das )?(nicht|nichts|keine?n?)\b[^.?!]{0,40}[.!]|"
    r"^" + _ACCEPTING_LEAD + r"(,? (ok|d'accord|bon|gut|fine|alright|i get it|i understand|fair enough|verstanden|understood|"
    r"je comprends?|ich verstehe|verstehe|j'ai (bien )?compris( que)?|i get that|i understand that|ich verstehe,? dass))?,? "
    r"(so |donc |also |that |que |dass )?"
    r"(you|u|ur|tu|t'|vous|du|sie)\b"
    # (session 46) "ok fair enough, ur not gonna choose for me."
    r"[^.?!]{0,40}\b((are |re |r )?not (gonna|going to)|won'?t|wont|will not|can'?t|cannot|don'?t|(are|aren'?t|are not|re not) allowed|(n')?(as|avez) pas le "
    r"droit|ne (me |nous )?(veux|voulez|peux|pouvez|diras|dirais|"
    r"direz|diriez|dira|dis|dites|donneras|donnerais|donnerez|feras|ferais|ferez|fais|faites) pas|"
    # (session 32) spoken French without "ne": "ok t'as dit que tu me dirais pas pour qui voter."
    r"(me |nous )?(diras|dirais|direz|diriez|dira) pas|(choisirais|choisiras|choisiriez|choisirez|choisis) pas|(veux|voulez|peux|pouvez) pas (me |nous )?|willst|kannst|darfst|mochtest|wollen|konnen|"
    r"durfen|(sagst|sagen|verratst|verraten) (mir |uns )?(also )?(nicht|nichts|keine?n?)|(machst|macht|machen) keine|"
    # (session 42) "Okay, du gibst mir keine Gründe, sie zu wählen."
    r"(gibst|gibt|geben|nennst|nennen) (mir |uns )?(also )?(nicht|keine?n?)|"
    # (session 35) "Schon gut, du bewertest keine Kandidaten."
    r"(bewertest|bewerten|beurteilst|beurteilen) (keine|nicht)\w*)\b[^.?!]{0,40}"
    r"\b(who to vote for|what to vote|pour qui voter|pr qui voter|quoi voter|wen ich (\w+ ){0,4}wahlen soll|wen ich wahle|"
    r"was ich (ab)?stimmen soll|"
    r"wie ich (ab)?stimmen soll|(wahl)?empfehlung\w*|forecast\w*|predict\w*|"
    # (session 38) "OK, you won't pick for me, got it.", "Schon gut, du sagst mir nicht, wer am besten ist."
    r"(pick|choose|decide)( one| a party)? for me|choisir (pour|a ma place)|(fur mich )?(aus)?wahlen fur mich|fur mich "
    r"(aus)?wahl\w*|fur mich entscheid\w*|wer am besten ist|welche partei (die )?beste ist|who'?s (the )?best|which (party|one) "
    r"is (the )?best|qui est le meilleur|quel parti est le meilleur|"
    r"pronostic\w*|prevision\w*|prognose\w*|vorhersage\w*|"
    # (session 42) "Ok, you won't give me reasons to vote for them.", "Ok, tu ne me diras pas qui a raison sur …"
    r"reasons? to vote|raisons de voter|grunde,? (\w+ ){0,2}zu wahlen|qui a raison|who'?s right|wer recht hat|"
    # (session 35) a rating: "Fine, you won't rate candidates.", "Schon gut, du bewertest keine Kandidaten."
    r"candidates|candidats|kandidaten|parties|partis|parteien|"
    # (session 31) a label: "Ok, tu ne veux pas me dire si l'AfD est extrémiste.", "Fine, you won't tell me whether …"
    # (session 40) "t'as dit que tu choisirais pas pour moi, je respecte.", "… pour qui voter a la presidentielle, j'ai compris."
    r"pour moi|a ma place|laquelle choisir|lequel choisir|(quel|quelle) (parti|liste|candidat) choisir|"
    r"which (one|party|list) to (pick|choose|vote for)|welche (partei|"
    r"liste) ich wahlen soll|si je dois voter (blanc|nul)|whether (i should|to) (vote|spoil)|"
    # (session 45) a verdict on a rule of the vote: "OK, you won't say whether first-past-the-post is fair. Fine.", "Ok, tu
    # ne dis pas si le seuil de 5 % aux européennes est juste. Soit."
    r"fair|unfair|juste|injuste|gerecht|ungerecht|equitable|democratic|democratique|demokratisch|"
    + LABEL_WORDS_SRC + r"|" + COMPETENCE_WORDS_SRC + r"|" + HONESTY_WORDS_SRC + r")[^.?!]{0,60}" + _END + r"|"
    # (session 45: also after a first "bon", "ok": "Bon, tu refuses de dire si elle est fiable, je comprends.")
    r"^(" + _ACCEPTING + r",? )?(you|u|tu|t'|vous|du|sie)\b[^.?!]{0,30}\b(won'?t|wouldn'?t|didn'?t want to|don'?t want to|refused to|(n')?as pas voulu|"
    r"ne veux pas|veux pas|ne voulais pas|(wolltest|willst|magst|sagst|verratst) (mir |uns )?nicht|"
    # (session 41) "Tu refuses les pronostics, ok.", "Tu as refusé de dire si le seuil est juste, ok.", "You won't predict
    # seats, fair."
    r"refuse|refuses|refusez|(as|avez) refuse|lehnst|hast abgelehnt|refuse to)\b[^.?!]{0,100},\s*(fine|soit|"
    r"ok(ay)?|d'accord|gut|na gut|schon gut|fair enough|fair|noted|je comprends?|je respecte|compris|entendu|i get it|"
    r"verstanden|understood|akzeptiert)(,[^.?!]{0,40})?\s*" + _END + r"|"
    # (session 41) "Gut, Prognosen machst du nicht.", "Tu ne fais pas de pronostics, j'ai compris.", "You don't do
    # predictions, got it.", "Oublie la question de savoir pour qui voter.", "D'accord, pas de poème à la gloire d'un
    # politique, compris."
    r"^" + _ACCEPTING + r",? (prognosen?|vorhersagen?|empfehlungen?|wahlempfehlungen?|bewertungen?|urteile?) (machst|macht|"
    r"gibst|gibt|abgibst|fallst) du (ja |eben )?(nicht|keine)\b[^.?!]{0,40}[.!]|"
    # (session 42) after a first "ok", in more words ("Tu ne fais pas de pronostics, d'accord.", "Du machst keine
    # Prognosen, schon verstanden.", "ok du wählst nicht für mich, verstanden.", "Tu ne donnes pas ton avis sur l'éolien,
    # compris."); "macht" and "prognose" are what the typo repair makes of "machst" and "prognosen"
    r"^(" + _ACCEPTING + r",? )?(you|u|tu|vous|du|sie)\b[^.?!]{0,14}\b(don'?t|do not|won'?t|will not|ne (\w+ ){1,2}pas|"
    r"(fais|fait|faites|donnes|dis|predis) pas|"  # (session 45) « Ok, tu fais pas de pronostics, j'ai compris. »
    r"machst keine|machen keine|macht keine|\w+st (mir |uns )?(nicht|nichts|keine?n?))\b"
    r"[^.?!]{0,60},\s*(schon |bien |c'est |c'est bien )?(got it|understood|fair enough|fine|ok(ay)?|j'ai compris|tres bien|"
    r"compris|entendu|verstanden|klar|alles klar|d'accord|soit|note|noted|je comprends?|ich verstehe|i see|i get it|"
    r"in ordnung|akzeptiert|je respecte|pas de souci|pas de probleme|tant pis|passt|das versteh ich|ich versteh\w*|"
    r"i understand|je sais|i know|ich weiss|kein problem|no problem|no worries)\s*" + _END + r"|"
    # (session 42) the refused thing named first: "Die Schwächen eines Programms nennst du nicht selbst, okay.", "Deine
    # Meinung zu Volksentscheiden willst du nicht sagen, okay.", "Deine Meinung zur Vermögensteuer bekomme ich nicht, ok.",
    # "I won't get your view on a wealth tax, fine.", "Pas de prévision pour 2027, je sais.", "Pas de slogan de ta part,
    # compris.", "Schon klar, keine Prognose für die nächste Wahl."
    # (session 45: also after a dash, "Du hast gesagt, Prognosen machst du nicht – okay.")
    r"^[^.?!]{0,80}\b(\w+st du|macht du|bekomme ich|kriege ich|krieg ich) (\w+ ){0,3}(nicht|keine?n?)\b[^.?!]{0,20}(,|\s[–—-])\s*(ok(ay)?|gut|"
    r"klar|verstanden|passt|schon klar|alles klar|in ordnung)\s*[.!]|"
    r"^i (won'?t|will not|don'?t) (get|hear)\b[^.?!]{0,60},\s*(fine|ok(ay)?|fair enough|understood|got it)\s*[.!]|"
    r"^" + _ACCEPTING + r",? (no|pas de|kein\w*) (prognose|forecast|prediction|pronostic|prevision|conseil|advice|empfehlung|"
    r"tipp|slogan|avis|opinion|meinung|ranking|classement|note)\w*\b[^.?!]{0,60}[.!]|"
    r"^(no|pas de|kein\w*) [^.?!]{0,60},\s*(compris|understood|verstanden|got it|entendu|je sais|i know|ich weiss|c'est compris|"
    r"schon klar|fine|ok(ay)?|d'accord)\s*[.!]|"
    # (session 42) "Je sais que tu ne prédis pas qui sera Premier ministre.", "Ich weiß, du sagst nicht, wie viele Sitze
    # sie bekommen werden.", "J'ai compris, tu ne diras pas qui va l'emporter …", "I accept that you cannot advise me …"
    r"^(je sais|ich weiss|i know|j'ai compris|noted|i accept|i get|i understand|ich verstehe|je comprends?)(,| que| qu'| dass|"
    r" that)? (tu|t'|du|you|vous|sie)\b(?![^.?!]{0,15}\b(votes?|votez|wahlst|wahlen)\b)[^.?!]{0,10}\b(won'?t|wouldn'?t|don'?t|do not|can'?t|cannot|will not|ne (\w+ ){1,2}pas|"
    r"\w+ pas|\w+st (mir |uns )?(nicht|keine?n?)|have no|'ve got no|got no)\b[^.?!]{0,100}[.!]|"
    # (session 42) "Pas besoin de me dire pour qui voter.", "No need to tell me who to vote for.", "Noté que les
    # pronostics, c'est pas ton truc.", "Noted that forecasts are off the table for you."
    r"^(pas besoin de|no need to|du musst (mir )?nicht|you don'?t (need|have) to) (me |mir )?(dire|tell|sagen)\b[^.?!]{0,60}[.!]|"
    r"^(note|noted|c'est note|notiert)( que| that| dass)?\b[^.?!]{0,80}\b(pas ton truc|off the table|nicht dein ding|not your "
    r"thing|pas ton role|not your job|nicht deine aufgabe)\b[^.?!]{0,30}[.!]|"
    # (session 42) the refusal told back in the past, with no acknowledgement: "You wouldn't say if the 5% threshold is
    # fair.", "Tu n'as pas voulu dire si le seuil est juste.", "Du wolltest nicht sagen, ob die Sperrklausel fair ist.",
    # "You won't predict whether the party I vote for clears 5%."
    r"^(you|u|tu|t'|vous|du|sie)\b[^.?!]{0,10}\b(won'?t|wouldn'?t|didn'?t want to|refused to|(n')?as pas voulu|(n')?avez pas "
    r"voulu|ne voulais pas|wolltest|wollten sie)\b[^.?!]{0,100}[.!]\s|"
    r"^(oublie|oubliez|forget|vergiss|vergessen sie)( \w+){0,5} (pour qui voter|who to vote for|wen ich wahlen soll)"
    r"[^.?!]{0,30}[.!]|"
    r"^" + _ACCEPTING + r",? (no|pas de|kein\w*) [^.?!]{0,60},\s*(compris|understood|verstanden|got it|entendu|"
    r"c'est compris|schon klar)\s*[.!]|"
    r"^(ok(ay)?|d'accord|fine|alright|gut) (pour|for|fur) (le|ton|the|your|deine?n?) (refus|refusal|absage|ablehnung)\b"
    r"[^.?!]{0,60}[.!]|^(" + _ACCEPTING + r",? )?((i'?ll|i will) stop asking|j'arrete de (te |vous )?demander|ich (hor|hore) auf,? (dich )?"
    r"(danach )?zu fragen)\b[^.?!]{0,60}[.!]")


_AGREED = re.compile(r"^(ok(ay)?|fine|alright|all right|very well|na gut|gut|schon gut|alles klar|tres bien|bon|bien|d'accord|"
                     r"soit|entendu|compris|verstanden)\s*[.!]+\s+")


# A first sentence that tells what the assistant answered before, as the context of a follow-up (session 32): "[You told
# me which parties want to bring back the wealth tax.] And should it be brought back?", "Tu m'as dit que le RN veut
# baisser la TVA. Et ils vont réussir à le faire passer ?", "Du hast erklärt, wie die Sitze verteilt werden. Und ist
# das gerecht?" Like thanks, it names what was answered, not what is asked now; a complaint about the answer ("In your
# table the CDU always comes first. Redo it…") is no such report and stays.
EARLIER_ANSWER = re.compile(
    r"^\s*[\[(\"'«„“]?\s*((ok(ay)?|ah|so|bon|alors|also|gut|und|and|et)[ ,!.]+)?(?:(you|u|vous)( just| already| earlier)? "
    r"(told me|said|mentioned|explained|gave me|named|listed|described|summed up|summari[sz]ed|showed me|reminded me|"
    r"were talking about|talked about)|(tu|t') ?(m'|nous )?(as|avez|avais|viens de|venez de) ?(deja |juste )?(dit|donne|"
    r"explique|parle|cite|mentionne|rappele|montre|liste|resume|evoque|decrit|nomme|dire|donner|expliquer|parler|citer|"
    r"resumer|lister)|tu parlais|vous parliez|(du|sie) (hast|haben)\b[^.!?\]]{0,120}\b(gesagt|erklart|erwahnt|genannt|"
    r"gegeben|beschrieben|aufgezahlt|aufgelistet|zusammengefasst|gezeigt|erinnert|beantwortet))\b[^.!?\]]{0,200}[.!]?"
    r"\s*[\])\"'»“”]\s*(?=\S)|"
    # the same without brackets, ended by a full stop: "You said registration closes six weeks before. Is it …?"
    r"^\s*((ok(ay)?|ah|so|bon|alors|also|gut|und|and|et)[ ,!.]+)?(?:(you|u|vous)( just| already| earlier)? "
    r"(told me|said|mentioned|explained|gave me|named|listed|described|summed up|summari[sz]ed|showed me|reminded me)|"
    r"(tu|t') ?(m'|nous )?(as|avez|avais|viens de|venez de) ?(deja |juste )?(dit|donne|explique|parle|cite|mentionne|"
    r"rappele|montre|liste|resume|evoque|decrit|nomme|dire|donner|expliquer|parler|citer|resumer|lister)|"
    r"(du|sie) (hast|haben)\b[^.!?]{0,120}\b(gesagt|erklart|erwahnt|genannt|gegeben|beschrieben|aufgezahlt|aufgelistet|"
    r"zusammengefasst|gezeigt|erinnert|beantwortet))\b[^.!?]{0,200}[.!]\s+(?=\S)"
)


def without_thanks(folded: str) -> str:
    """``folded`` (lower case, no accents) without a first sentence that thanks for an earlier answer, tells what the
    assistant answered before (:data:`EARLIER_ANSWER`) or accepts the assistant's refusal (:data:`REFUSAL_ACCEPTED`),
    when at least two words follow; the answerable rules read the rest (``classifier.text_facts``)."""
    found = _THANKS_FOR_ANSWER.match(folded) or EARLIER_ANSWER.match(folded) or REFUSAL_ACCEPTED.match(folded)
    if found is None or len(_WORD.findall(folded[found.end():])) < 2:
        return folded
    rest = folded[found.end():].lstrip()
    # and an interjection that only agrees, as a sentence of its own after it ("… ob sie kompetent ist. Na gut. Dann …")
    after = _AGREED.match(rest)
    return rest[after.end():] if after is not None and len(_WORD.findall(rest[after.end():])) >= 2 else rest
