"""A way of voting that suits the voter, on accent- and case-folded text, in fr, de and en (moved out of
``intents_parity`` in session 31).

"Is voting by proxy a good option for someone like me?", "Does postal voting suit someone like me?": which way of
voting fits the voter's situation is a ``procedure`` question (policy, sessions 26 and 30), not a choice between parties.
``ON_MY_BEHALF`` (below) sets it aside before the decision vetoes, ``intents_facts`` answers it
(``procedure.any.way_for_me``) and ``rule_exceptions`` keeps the "someone like me" refusal rules off it.
"""

from __future__ import annotations

from communs.core.neutrality.political import KNOWN_PARTY

# the ways of voting, also read by the exception of the "someone like me" rule (``rule_exceptions.py``)
VOTING_WAYS_SRC = (r"(postal vot\w*|voting by (post|mail|proxy)|proxy vot\w*|vote par (correspondance|procuration)|"
                   # (session 43) "is postal or proxy the better option for someone like me?"
                   r"procuration|briefwahl|vollmacht|early voting|vote anticipe|postal or proxy|proxy or postal|"
                   # (session 33) "voting without going to the polling station", "voter sans passer par le bureau de vote"
                   r"(voting|to vote|voter|vote) without (going|h[a]ving to go) to the polling station|(voter|vote) sans "
                   r"(passer par|aller a|aller au|se d[e]pl[a]cer au) (le )?bureau de vote|ohne ins wahllokal zu gehen)")
# (session 26: also "for me", "if I'm …", the judgement after the person: "ist Briefwahl für jemanden wie mich die bessere
# Option?"; the intent procedure.any.way_for_me in ``intents_facts.py`` reads the same phrase)
_FOR_ME = (r"(for (me|someone like me)|pour (moi|quelqu'un comme moi)|pr (moi|qqn comme moi)|pour qqn comme moi|"
           r"fur (mich|jemanden wie mich)|(if|when) i|si (je|j')|"
           # (session 45) « Pour quelqu'un dans ma situation, la procuration c'est la bonne solution ? »
           r"wenn ich|pour (quelqu'un|qqn) dans ma sit[u]at[i]on|for someone in my (sit[u]at[i]on|pos[i]t[i]on)|fur jemanden in "
           r"meiner (sit[u]at[i]on|la[g]e))")
# (session 32: "un bon choix"; the letter in brackets keeps "choix" out of the typo repair's vocabulary, "choir" stays)
_GOOD_WAY = (r"((good|right|suitable|better|best|practical|sensible|bonne|meilleure|gute|bessere|beste|sinnvolle|pas[s]e[n]de|"
             r"ric[h]t[i]ge) (option|"
             r"solution|idea|idee|losung|choice|wahl|weg)|(bon|meilleur) (cho[i]x|moyen|plan)|good (sho[u]t|cal[l]))")
# (session 30) a way of voting that "suits" the voter: "Does postal voting suit someone like me?", "Which way of voting
# suits someone like me?", "Welche Art zu wählen passt für jemanden wie mich?"
_WAY_SUITS = (r"\b(" + VOTING_WAYS_SRC + r"|(way|method|form) (of voting|to vote)|art (zu wahlen|der stimmabgabe)|"
              r"wahlart|(facon|maniere|moyen) de voter)\b[^.?!]{0,20}\b(suits?|fits?|passt|passen|convient|"
              r"conviendrait|correspond)( (to|a))? (for |fur |pour |a )?(me|someone like me|somebody like me|mich|mir|"
              r"jemanden wie mich|moi|quelqu'un comme moi)\b|"
              # (session 43) "Would a postal vote make more sense for someone like me, or …?"
              r"\b" + VOTING_WAYS_SRC + r"\b[^.?!]{0,10}\b(makes? (more )?sense|ma[c]h\w* (mehr )?sinn|sin[n]vol[l]er|plus (lo[g]iq[u]e|"
              r"per[t]in[e]nte?|ad[a]pt[e]e?))( (for|fur|pour))? (me|someone like me|mich|jemanden wie mich|moi|quelqu'un comme moi)\b|"
              # (session 31) the ways of voting listed first: "Put the ways to vote when you're away into a table, and
              # tell me which suits someone like me", "… und sag mir, was für jemanden wie mich passt"
              r"\b(ways|options|facons|manieres|moyens|possibilites|moglichkeiten)\b,? (to vote|of voting|de voter|zu wahlen|"
              r"der stimmabgabe|wenn man|quand on|when you|if you)\b[^?!]{0,80}\b((which|laquelle|lequel|welche)\b[^.?!]{0,10}"
              r"\b(suits?|fits?|passt|convient|conviendrait)|(was|welche) (fur|zu))\b[^.?!]{0,10}\b(someone like me|"
              r"quelqu'un comme moi|jemanden wie mich|jemandem wie mir)\b|"
              # (session 39) two ways named, then which of the two suits: "I have never voted by post or by proxy
              # before. Which of the two would suit someone in my situation?"
              r"\b(by (p[o]st|m[a]il|pr[o]xy)|pos[t]al|pr[o]xy|par (cor[r]esp[o]nd[a]nce|pro[c]ur[a]tion)|bri[e]fw[a]hl|"
              r"per br[i]ef|vol[l]ma[c]ht)\b[^?!]{0,160}\b(which|laquelle|lequel|welche[rs]?|was) (of the two|des deux|der "
              r"bei[d]en|von bei[d]en)\b(?! (par[t]ies|par[t]is|par[t]eien|can[d]id\w*|kan[d]id\w*|li[s]t\w*))[^.?!]{0,20}\b(would |will )?(su[i]ts?|fits?|pas[s]t|pas[s]en|con[v]ient|"
              r"con[v]ien[d]rait)\b")
METHOD_FOR_ME = (r"\b" + VOTING_WAYS_SRC + r"\b[^.?!]{0,40}\b" + _GOOD_WAY + r"\b[^.?!]{0,10}\b" + _FOR_ME + r"\b|\b"
                 # (session 45) the voter first: « Pour quelqu'un dans ma situation, la procuration c'est la bonne solution ? »
                 + _FOR_ME + r",?\s*(la |le |l'|the |die |der )?" + VOTING_WAYS_SRC + r"\b[^.?!]{0,20}\b" + _GOOD_WAY + r"\b|\b"
                 + VOTING_WAYS_SRC + r"\b[^.?!]{0,10}\b" + _FOR_ME + r"\b[^.?!]{0,20}\b" + _GOOD_WAY + r"\b|" + _WAY_SUITS
                 # (session 34) the way named in the sentence before: "You explained postal voting. Is it a good option
                 # for someone like me who'll be abroad on election day?"
                 + r"|\b" + VOTING_WAYS_SRC + r"\b[^?!]{0,60}[.] (and |so |et |donc |und |also )?(is it|is that|would it be|"
                 r"c'est|est-ce|ce serait|ce serait|ist das|ist es|ware das|ware es)\b[^.?!]{0,10}\b" + _GOOD_WAY
                 + r"\b[^.?!]{0,10}\b" + _FOR_ME + r"\b")

# The voter's own registration step called a good idea, read by the exceptions of the refusal rules
# (``rule_exceptions``) and by the verdict on the electoral system (``system_judgement``): "Ist es eine gute Idee, den
# Antrag auf Eintragung jetzt schon zu stellen?" (session 33), "une bonne idée de vérifier dès maintenant mon
# inscription sur les listes ?" (session 29)
REQUEST_GOOD_IDEA_DE = r"\beine gute idee,? (den|meinen) (antrag|eintrag\w*|wahlschein\w*|briefwahlantrag)\b"
CHECK_REGISTRATION_GOOD_IDEA_FR = (r"\bune bonne idee de (verifier|controler|regarder)\b[^.?!]{0,20}\b(mon|ma) inscription\b|"
                                   # (session 45) "Is it a good idea for her to check she's on the electoral register now,
                                   # or do we wait for the poll card?" (the name stays: the rules that read it)
                                   r"\ba good idea (for (me|her|him|them|us|my \w+) )?to (check|make sure|confirm)\b[^.?!]{0,40}\b"
                                   r"(on the (electoral )?(register|roll)|registered)\b")

# (session 36) when to send back one's own postal vote, asked as a good idea: "Is it a good idea to send it back straight
# away, or better to hang on?", "C'est une bonne idée de le renvoyer tout de suite, ou mieux vaut attendre ?"
SEND_BACK_WHEN = (r"\b(a good idea|une bonne idee|eine gute idee)\b[^.?!]{0,20}\b(send|post|return|renvoyer|envoyer|poster|"
                  r"retourner|zuruck\w*schick\w*|ab\w*schick\w*|einzuwerfen|einwerfen)\b[^.?!]{0,40}\b(straight away|right "
                  r"away|now|tout de suite|immediatement|maintenant|sofort|gleich|jetzt|wait|attendre|warten)\b"
                  # (session 43) the time before the verb: "Ist es eine gute Idee, die jetzt gleich zurückzuschicken?"
                  + r"|\b(a good idea|une bonne idee|eine gute idee)\b[^.?!]{0,30}\b(straight away|right away|now|tout de suite|"
                  r"maintenant|sofort|gleich|jetzt)\b[^.?!]{0,20}\b(send|post|return|renvoyer|envoyer|poster|retourner|"
                  r"zuruck\w*schick\w*|ab\w*schick\w*|einzuwerfen|einwerfen)\b")

# (session 43) the voter's postal ballot sent back now or later (``SEND_BACK_WHEN``), a step of their own: a ``procedure``
# intent of ``intents``, also for the question alone after the ballot was named a sentence before ("J'ai reçu le matériel
# de vote par correspondance. C'est une bonne idée de le renvoyer tout de suite ?")
SEND_BACK_RULE = "procedure.any.send_back_when"


# The best way to vote for the voter, with no party, list, candidate or programme named (session 21): "Is a proxy my
# best option, or is there postal voting?", "Is postal voting the best option if I'm abroad?" are procedure questions
# (the superlative rules read "best … option" as a ranking; ``rule_exceptions``; moved here in session 45).
# (session 33) the voter away on polling day: "Quelle est la meilleure option pour moi pour voter quand même ?", "What's
# my best option to still vote?" (session 46: also read by ``classifier.text_facts``, where « la meilleure solution pour
# voter quand même, la procuration ? » passes no verdict on the electoral system)
BEST_OPTION_TO_VOTE_SRC = (
    r"^(?!.*\b(part(y|ies)|partis?|partei\w*|candidat\w*|kandidat\w*|listes?|lists?|who|whom|qui|wen)\b).*\b(best|"
    # (session 34: "whats the better option for me to still vote?")
    r"better|meilleure?|beste|bessere) (option|solution|moyen|way|moglichkeit|weg)\b[^.?!]{0,50}\b(to (still )?vote|voter|pour voter|zu "
    # (session 35: "What's my best option for still getting my vote in?")
    r"wahlen|(um )?(trotzdem )?(zu )?wahlen|(still )?(getting|get|casting|cast) my (vote|ballot) (in|counted)|(meine )?stimme "
    r"(noch |trotzdem )?ab(zu)?geben)\b"
)
BEST_WAY_TO_VOTE_SRC = (
    r"^(?!.*(\b(part(y|ies)|partis?|partei\w*|programm?e?s?|manifestos?|candidat\w*|kandidat\w*|listes?|lists?|"
    r"polic(y|ies)|politique|politik|plan|projet|konzept|wahlprogramm\w*|who|whom|qui|wen)\b|" + KNOWN_PARTY.pattern
    + r")).*\b(prox(y|ies)|postal|by post|by mail|in person|early voting|procuration|par correspondance|en personne|"
    r"briefwahl|per brief|vollmacht|im wahllokal|polling station|bureau de vote)\b|" + BEST_OPTION_TO_VOTE_SRC + r"|"
    # (session 45) the vote named first: "Pour voter aux municipales, c'est quoi la meilleure option dans mon cas ?"
    r"^(?!.*\b(part(y|ies)|partis?|partei\w*|candidat\w*|kandidat\w*|listes?|lists?|who|whom|qui|wen)\b).*\b(pour voter|to "
    r"vote|um zu wahlen|zum wahlen)\b[^.?!]{0,60}\b(best|better|meilleure?|beste|bessere) (option|solution|moyen|way|"
    r"moglichkeit|weg)\b[^.?!]{0,20}\b(dans mon cas|pour moi|in my case|for me|in meinem fall|fur mich)\b"
)


# someone else casting the voter's ballot (session 22; moved here from intents_parity in session 48), read by
# intents_parity and by intents.py, which keeps "for me / pour moi / für mich" from vetoing the question when it is
# this phrase (or, since session 25, one of the phrases below ON_MY_BEHALF_DE whose "for me" or "wen" is no marker of
# the voter's choice either)
ON_MY_BEHALF_EN = (r"\b(can|may|could|is) (my|someone|somebody|anyone|anybody|a (friend|relative|neighbou?r|family member)|"
                   r"another person) ([\w'-]+ ){0,3}?(allowed to |legally )?vote (for me|on my behalf|in my (place|stead|"
                   r"name)|instead of me)\b")
ON_MY_BEHALF_FR = (r"\b(mon|ma|mes|quelqu'un|quelqu un|une personne|un proche|un ami|une amie|un voisin|une voisine) "
                   r"([\w'-]+ ){0,3}?(peut|peuvent|pourrait|pourraient|a le droit de|ont le droit de)(-il|-elle|-ils|-elles|"
                   r"-t-il|-t-elle)? (aller )?voter (pour moi|a ma place|en mon nom)\b")
ON_MY_BEHALF_DE = (r"\b(kann|darf|konnte|durfte|konnen|durfen) (mein|meine|jemand|ein|eine|andere) ([\w-]+ ){0,3}?(fur mich|"
                   r"an meiner stelle|in meinem namen|statt mir|stellvertretend fur mich) (wahlen|abstimmen|stimmen|"
                   r"ankreuzen)\b")
# consequences "for me" of a vote (session 25): "voter pour Reconquête, ça peut avoir des conséquences juridiques pour
# moi ?" asks about the law, not which party suits the voter
_CONSEQUENCES_FOR_ME = (r"\b(consequences?|suites|poursuites|risques?|ennuis|trouble|problems?|folgen|konsequenzen|"
                        r"arger|probleme)\b[^.?!]{0,20}\b(pour moi|for me|fur mich)\b")
# whom to contact ("An wen wende ich mich?"): its "wen" is no "wen soll ich wählen"
_WHOM_TO_CONTACT = r"\ban wen (wende|kann|soll|muss) ich mich\b"
ON_MY_BEHALF = "|".join((ON_MY_BEHALF_EN, ON_MY_BEHALF_FR, ON_MY_BEHALF_DE, _CONSEQUENCES_FOR_ME, _WHOM_TO_CONTACT,
                         METHOD_FOR_ME))
