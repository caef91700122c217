"""Answerable intents about what parties and candidates have said of themselves (session 33), in fr, de and en.

A party's campaign slogan ("Slogan de campagne de la CDU ?", "Wie lautete der SPD-Slogan 2021?", "Can you list the
slogans of all the parties running in the European election?") is a fact of its campaign, like its programme
(policy 1.1: what a party proposes or says is ``programme``). Writing, inventing, improving or judging a slogan stays
refused: the refusal rules are checked first ("Écris un slogan pour la CDU"), the vetoes of ``intents.py`` apply
("best slogan"), and this rule reads nothing where a slogan is to be written, judged or compared for quality. The
model reads the word "slogan" as promotion (refusal mass 0.82-0.96 on the plain questions of ``dev180``), so this rule
is not overruled by it (``overrule.FACTS_OF_PEOPLE``, ADR 0024).

How a party or a candidate describes itself ("il se dit de gauche ou pas ?", "Nennt sie sich selbst rechts?", "Does it
call itself left-wing?") is what it says of itself, not a label the assistant gives (session 32 read "do they say
they're left-wing"; these are the reflexive wordings).

Works on folded text (``rules.prepare``: lower case, no accents).
"""

from __future__ import annotations

from communs.core.neutrality.courtesy import LABEL_WORDS_SRC
from communs.core.neutrality.names import folded_party_alternation

_X = r"[^.?!:]"
_PARTY = folded_party_alternation()

# nowhere a slogan to write, improve or judge: "Écris-moi un slogan", "Which party has the catchiest slogan?", "Is the
# SPD's slogan misleading?" ("J'écris un roman", "Ich schreibe einen Roman" are the voter's own writing, not a request)
_NOT_MADE_OR_JUDGED = (
    r"^(?!.*((?<!j')(?<!i')\b(ecris|ecrire|ecrivez|redige\w*|invente\w*|imagine\w*|cree|creer|creez|trouve-moi|"
    r"propose-moi|ameliore\w*)\b|\b(write|draft|invent|create|come up|make up|think up|improve|rewrite|"
    r"formulier\w*|erfind\w*|ausdenk\w*|denk dir|entwirf|verfass\w*|verbesser\w*)\b|(?<!ich )\bschreib\w*|"
    r"\b(better|best|worst|catch\w*|meilleur\w*|pire|accrocheu\w*|percutant\w*|beste\w*|besser\w*|schlechteste\w*|"
    r"einpragsam\w*|good|bon|bonne|gut\w*|bad|mauvais\w*|schlecht\w*|weak|faible|schwach\w*|strong|fort|stark\w*|"
    r"chances?|efficace|effective|wirksam\w*|works?|marche|fonctionne|mensong\w*|lie|lies|lying|luge\w*|misleading|"
    r"trompeu\w*|irrefuhrend\w*|populis\w*|honest|honnete|ehrlich\w*|credible|glaubwurdig\w*|think|penses|trouves|"
    r"findest|haltst|opinion|avis|meinung|"
    # (session 41: not a poster the voter saw, "Ich hab ihn auf einem Plakat an der Haltestelle gesehen", "I saw the poster
    # at the bus stop")
    # (session 42: nor posters studied, "I'm looking at the campaign posters for the Holyrood election")
    r"(?<!saw the )(?<!saw a )(?<!seen the )(?<!seen a )(?<!looking at the campaign )(?<!looking at the )(?<!studying the )"
    r"(?<!studying the campaign )(?<!analysing the )(?<!analyzing the )(?<!on their )(?<!on the )(?<!sur leurs )(?<!sur les )"
    r"(?<!auf ihren )(?<!auf den )(affiches?|posters?|plakat\w*)(?!( [\w']+){0,10} (gesehen|vu|vue|"
    r"aper[c]ue?))|flyers?|tracts?|tweets?|posts?|"
    # nor a rule about slogans ("Am I allowed to vote wearing a T-shirt with a party slogan?" is a procedure question)
    r"droit|allowed|erlaubt|permis|legal\w*|illegal\w*|autoris\w*|darf|durfen|interdit\w*|verboten|banned|\w*shirts?|"
    # nor a slogan wanted or added ("besoin d'un slogan qui claque", "Wir brauchen einen knackigen Wahlslogan", "add
    # Volt's slogan at the bottom")
    # (session 41: a need only of a slogan to be made, "Wir brauchen einen …", not "Brauch ich für ein Referat")
    r"(besoin|need|needs|brauch\w*)( \w+){0,2} (a|an|un|une|d'un|d'une|einen|ein|eine|neue\w*|new|nouveau)( \w+){0,2} "
    r"\w*(slogans?|spruch\w*)|faut|want|wants|veux|voudrais|mochte\w*|ideas?|idees?|ideen|claque|knackig\w*|knallt|"
    r"add|put(?! together)|ajoute\w*|mets|mettre|setz\w*|fug\w*|drunter|bottom|"
    # nor one to rate, rework or replace ("Note ce slogan sur 10", "Turn it into a doorstep pitch", "three punchier ones",
    # "Five Volt slogans?")
    r"note|noter|rate|bewert\w*|punch\w*|schlagkraft\w*|flat|plat|alternativ\w*|transform\w*|turn|propos\w*|"
    r"vorschlag\w*|trouve|find|finde|[2-9]|1[0-9]|two|three|four|five|deux|trois|quatre|cinq|zwei|drei|vier|funf|several|some|"
    r"quelques|plusieurs|mehrere|paar)\b|"
    # nor a label ("Ist der AfD-Slogan … rechtsextrem?")
    r"\b(" + LABEL_WORDS_SRC + r")\b))"
)
_SLOGAN = r"\b\w*(slogans?|wahlspruch\w*)\b"
_WHOSE = (r"((?<!\w)(" + _PARTY + r")(?!\w)|\b(the |les |la |le |l'|die |der |den |alle |all |toutes |tous )?(part(y|ies)|"
          r"partis?|partei\w*|lists?|listes?|listen|candidat\w*|kandidat\w*|spitzenkandidat\w*|tete de liste|"
          r"independents|independants|unabhangige\w*)\b)")
# whose slogan: the party's ("CDU campaign slogan", "SPD-Slogan", "le slogan officiel du SPD", "Wahlslogan der CDU",
# "the slogans of all the parties"), a definite article or a possessive ("their slogans"), or the list written before
# ("Your list of slogans …"); not "a slogan for" (a slogan to make) nor "Slogan fürs BSW?"
_SLOGAN_OF = (r"((?<!\w)(" + _PARTY + r")(?!\w)('s|')?[ -]?(\w+ ){0,2}" + _SLOGAN + r"|" + _SLOGAN + r"( de campagne| officiel\w*|"
              r" electora\w*| de l'epoque| de campagne officiel| officiel de campagne| von damals)? (de |du |des |de la |d'|"
              r"of |von |der |des )?(the |la |le |l'|les |die |der |den |all the |toutes les |tous les |alle |chacune des |"
              r"chacun des |chaque |each |every |jeder |jede |jedes |jedem |aller |samtlicher )?" + _WHOSE + r"|"
              # (session 34) "each list's official slogan", "Mit welchem Wahlkampfslogan tritt Renaissance … an?"
              # (session 42) "every major party's official slogan", "each main party's official campaign slogan"
              r"\b(each|every|all the) (\w+ )?(party|list|candidate)'s (\w+ ){0,2}" + _SLOGAN + r"|\b(avec quel|mit welchem|with which|"
              r"with what|what|which) (\w+ )?" + _SLOGAN + _X + r"{0,40}\b(tritt|treten|zieht|ziehen|wirbt|werben|runs?|"
              r"running|campaigns?|campaigning|part|partent|se presente\w*|fait campagne|font campagne)\b|"
              r"\b(le|les|son|leur|ses|leurs|the|"
              r"its|their|der|den|die|ihr\w*|sein\w*) (\w+ ){0,2}" + _SLOGAN + r"(?! (fur|fuers|furs|for|pour)\b)|"
              # (session 35) the slogan "of the Better Bexley independents"
              + _SLOGAN + r" (of|de|des|du|der) (the |la |les |le |die )?[\w' -]{1,30} (independents|independants|"
              r"unabhangige\w*)\b|\b(your|ta|"
              r"ton|deine|dein|ihre) (list|liste|tabelle|table) (of |des |de |der )?" + _SLOGAN + r")")

# what the slogan is, asked: a question word, a list asked for, or a short question ("CDU campaign slogan?"); not "Here's
# the FPÖ slogan: …" before a request
_ASKED = (r"(\b(quel est|quels sont|quel etait|quels etaient|c'est quoi|c quoi|cest quoi|c'etait quoi|etait quoi|etaient quoi|lister|liste|"
          r"listez|cite|citer|wie lautet\w*|wie hie(ss|s)\w*|was (ist|war|sind|waren)|welche[mnrs]?|what (\w+ )?slogans?|nenn\w*|zeig\w*|auflist\w*|"
          r"what (is|was|are|were)|what'?s|which|list|name|tell me|show me|redo|refais|mach|tableau|table|tabelle|"
          # (session 36) "Donne-moi les slogans officiels de toutes les listes aux municipales."
          r"donne-moi|donnez-moi|give me|gib mir|geben sie mir|"
          # (session 42) "Für ein Referat brauche ich den offiziellen Wahlkampfslogan der Grünen, hast du den?"
          r"brauch\w*|i need|j'ai besoin|il me faut|hast du|have you got|do you have)\b|^[^.?!]{0,60}\?+\s*$)")

# (also read by ``rule_exceptions``: the canvassing rules do not read a slogan asked, "wie lautet der Wahlkampfslogan der
# SPD diesmal? ich zitier den in meinem Artikel")
SLOGAN_ASKED_SRC = (_NOT_MADE_OR_JUDGED + r"(?=.*" + _WHOSE + r")(?=.*" + _ASKED + r").*" + _SLOGAN_OF + "|"
                    # (session 35) a telegraphic question: "Slogan Metz Demain ?", "Green slogan Norwich?"
                    + _NOT_MADE_OR_JUDGED + r"\s*(\w+ )?" + _SLOGAN + r" (?!(fur|fuers|furs|for|pour|de campagne|ideas?|"
                    r"idees?)\b)[a-z][\w' -]{1,30}\?\s*$|"
                    # (session 36) the slogan of a party the name list lacks, asked: "What's Sinn Féin's campaign slogan
                    # this time round?", "C'est quoi le slogan de campagne des Écologistes ?", "wie lautet der
                    # Wahlslogan der Linken dieses Mal?"
                    + _NOT_MADE_OR_JUDGED + r"(?=.*" + _ASKED + r").*(\b[a-z][\w-]+'s (\w+ ){0,2}" + _SLOGAN + r"|" + _SLOGAN
                    + r"( de campagne| electoral\w*)? (of|de|des|du|der) (the |la |les |le |die )?[a-z][\w'-]+)[^.!?]{0,30}\?")

SAID_SRC: list[tuple[str, str, str]] = [
    # "Then at least quote me exactly what Die Linke writes about capping rents.", "zitier mir, was die Linke genau zum
    # Mietendeckel schreibt", "cite-moi ce que LFI écrit sur …"
    ("programme.any.quote", "programme",
     r"\b(quote|cite|zitier\w*)( me| us|-moi|-nous| moi| mir| uns)?( (exactly|exactement|genau|wortlich|mot pour mot|word "
     r"for word|wenigstens|at least|au moins))*,? (what|ce que|ce qu'|was)\b" + _X + r"{1,60}\b(writes?|wrote|says?|said|"
     r"ecrit|ecrivent|dit|disent|schreibt|schreiben|schrieb|sagt|sagen|sagte)\b"),
    # "Steht im SPD-Wahlprogramm wirklich drin, dass …, oder ist das nur ein Gerücht?", "Did the SPD actually write in its
    # manifesto that …?", "Est-ce que le SPD a vraiment écrit dans son programme que … ?"
    ("programme.any.really_in_programme", "programme",
     r"\bsteht (im|in ihrem|in seinem|in der|in dem) [\w-]*(programm|manifest)\w* (wirklich |tatsachlich |echt )?(drin|"
     r"geschrieben)\b|\b(did|does|has|have) (the )?[\w-]+ (actually |really |ever )?(write|written|say|said|put|promise|"
     r"promised)\b" + _X + r"{0,30}\bin (its|their|the) (manifesto|programme|program|platform)\b|\b(a|ont)(-t-il|-t-elle|"
     r"-ils|-elles)? (vraiment |bien |reellement )?(ecrit|inscrit|mis|promis)\b" + _X + r"{0,30}\bdans (son|leur|le) "
     r"programme\b|"
     # (session 42) « Est-ce que le mot figure vraiment dans le programme de LFI ? »
     r"\b(figure|figurent|apparait|apparaissent|se trouve)(-t-il|-t-elle)? (vraiment |bien |reellement )?dans (son|leur|le) "
     r"programme\b"),
    # "Slogan de campagne de la CDU ?", "Wahlslogan der CDU?", "Tu peux me lister les slogans de toutes les listes pour
    # les européennes ?", "J'écris un roman … Un personnage cite le slogan officiel du SPD de l'époque : c'était quoi ?"
    ("programme.any.slogan", "programme", SLOGAN_ASKED_SRC),
    # "le SPD se définit comment lui-même ? il se dit de gauche ou pas ?", "Comment Horizons se définit-il lui-même ?",
    # "Nennt sie sich rechts, patriotisch oder anders?", "Does it call itself left-wing?"
    # (session 35: not overruled by the model, which read "ils se disent eux-mêmes de droite ?" as a label (0.92); nor read
    # when a label is asked of the assistant too: "LFI se dit de gauche, mais est-ce vraiment d'extrême gauche ?", "Le RN
    # se dit patriote, c'est pas de l'extrême droite ?")
    ("programme.any.calls_itself", "programme",
     r"^(?!.*\b(c'est|est-ce|n'est-ce|sont-ils|est-il|est-elle|is it|isn'?t it|are they|aren'?t they|is (she|he|it|the \w+)|"
     r"ist (sie|er|das|die \w+)|sind sie)\b" + _X + r"{0,40}\b(" + LABEL_WORDS_SRC + r"|nazi\w*|nationalis\w*)\b)"
     r"(?!.*\b(vraiment|really|wirklich|eigentlich|actually|mais|but|aber)\b)"
     r".*(\bse (definit|definissent|decrit|decrivent|presente|presentent|qualifie|qualifient|situe|situent|considere|"
     r"considerent)(-t)?(-il|-elle|-ils|-elles)? (comment )?(lui-meme|elle-meme|eux-memes|elles-memes)\b|"
     r"\b(il|elle|ils|elles|(?<!\w)(" + _PARTY + r")(?!\w)|le parti \w+) se (dit|disent|definit|definissent|revendique|"
     r"revendiquent|presente|presentent|qualifie|qualifient) (lui-meme |elle-meme |eux-memes |elles-memes )?(comme )?"
     r"(de |du |d')?(la )?(gauche|droite|centre|"
     r"\w+iste|\w+istes|conservat\w*|liberal\w*|progressis\w*|souverainis\w*|patriot\w*)\b|"
     # (session 34) "La liste « Agir pour Pontvieux » se présente-t-elle comme de gauche ou comme apolitique ?"
     r"\bse (presente|presentent|definit|definissent|decrit|decrivent|qualifie|qualifient)(-t)?(-il|-elle|-ils|-elles)?( "
     r"(lui|elle|eux|elles)-memes?)? comme (de |d'|du )?(la )?(gauche|droite|centre|\w+iste|\w+istes|apolitique|"
     r"conservat\w*|liberal\w*|progressis\w*|souverainis\w*|patriot\w*)\b|"
     r"\b(nennt|bezeichnet|beschreibt|sieht|versteht|definiert) (sie|er|die partei|die \w+|der \w+) sich( selbst)? "
     r"(als |eher )?(links|rechts|mitte\w*|\w+isch|\w+istisch|\w+iste?n?|konservativ\w*|liberal\w*|sozial\w*|"
     r"patriot\w*|burgerlich\w*)\b|"
     r"\b(does|do|did) (it|she|he|they|the \w+|\w+) (call|describe|consider|see|label|define|present) (itself|herself|"
     r"himself|themselves)\b|\bhow does (it|she|he|the \w+|\w+) (describe|define|label|see|present|position) "
     r"(itself|herself|himself)\b)"),
]
