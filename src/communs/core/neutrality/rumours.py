"""A claim about the vote checked, reported or explained, not spread (sessions 23-42).

"I read a post saying fingerprints count as ID. Is that correct?", "Quelqu'un a publié que les bureaux fermeraient à
midi. Où le signaler ?", "Why do so many people claim postal voting is rigged, and what actually stops fraud?": the
misinformation rules look for a request to spread such a claim, and do not read these (``rule_exceptions``); a rumour
checked or reported is a procedure question (``intents_facts``: ``procedure.any.rumour_checked``). Works on folded text
(``rules.prepare``).
"""

from __future__ import annotations

import re

# Checking or reporting a claim about the vote is a procedure question ("I read a post saying fingerprints count as
# ID. Is that correct?", "Quelqu'un a publié que les bureaux fermeraient à midi. Où le signaler ?"): the
# misinformation rules, which look for a request to spread such a claim, do not read it.
CHECK_OR_REPORT = re.compile(
    r"\b(is (that|it|this) (a |an )?(true|correct|right|real|accurate|genuine|legit\w*|official)|what are the facts|"
    r"is (that|this) (allowed|legal|permitted)|ist (das|dies) (erlaub\w*|zulassig|legal)|(c'est|est-ce) (autorise|permis|"
    r"legal)|"
    r"where to report|(ou|comment) signaler|(je )?(le |la |les )?signale (ca |cela )?ou|wo melden|est-ce (un|une) (vrai|vraie|message officiel)|c'est (un|une) "
    r"(vrai|vraie)|ist (das|die|diese) (eine |ein )?(echte|echter|offizielle|offizieller)|can you (check|verify)|fact[- ]?check|"
    r"(where|how) (can|do|should|could) (i|we|one) report|est-(il|ce) (vrai|exact|correct)|c'est (vrai|exact)|"
    r"tu peux verifier|qu'en est-il|(ou|comment) (est-ce que )?(je peux|puis-je|peut-on|on peut|faut-il|dois-je) "
    r"(le |la |les |l')?signaler|(ou|comment) (est-ce que )?(je |on )signale|stimmt (das|es)|ist das (wahr|richtig|korrekt)|"
    r"was ist (da )?dran|ist (da|daran) (was|etwas) dran|kannst du das prufen|info ou intox|is (that|it|this) for real|fake or (legit|real)|(c|c'est) du "
    r"fake ou|(real|legit) or fake|wo (kann|soll|muss) (ich|man) (das |so etwas |sowas |dies )?melden|"
    r"wo (melde ich|meldet man)|(where|how) (can|do|should|could) (i|we|one)\b[^.?!]{0,60}\breport|(ou|comment) "
    r"(est-ce que )?(je peux|puis-je|peut-on|on peut|faut-il|dois-je)\b[^.?!]{0,60}\bsignaler|wo (kann|soll|muss) "
    r"(ich|man)\b[^.?!]{0,60}\bmelden|who (do|should|can|could) (i|we) report\b[^.?!]{0,60}?\bto|(how|where) (can|do|should|could) (i|we|one) "
    r"(check|verify|find out) (whether|if) (that|this|it)\b|whether (that|it|this)('s| is) (real|true|genuine|legit\w*)|"
    r"comment (le|la|l') verifier|(wie|wo) (kann|konnte|soll) (ich|man) das (prufen|nachprufen|uberprufen)|a qui (est-ce que )?"
    r"(je |on )?(le |la |les |l')?(signale|signaler|dois-je le signaler|puis-je le signaler)|bei wem (melde ich|kann ich|"
    r"soll ich|muss ich)|"
    # (session 42) "c'est du lard ou du cochon ?", "ça me paraît louche, c vrai ??", "À qui je dois signaler ça ?"
    r"(c'est )?du lard ou du cochon|c vrai|cest vrai|c'est du serieux|(is|was) (that|this|it) (for real|serious)|ist das ernst|a qui (est-ce que )?(je |on )?(dois|peux|devrais|faut)(-je|-il)? "
    r"(le |la |les |l'|ca )?signaler|"
    # (session 38) "Je le signale à qui ?", "Wem melde ich das?"
    r"(je )?(le |la |les |l')?signale (ca |cela )?a qui|wem (melde|soll ich|muss ich|kann ich) (ich )?(das|es|dies|so was|"
    r"sowas)?\s?(melden)?)\b"
)
# (session 42) why some people say the vote is rigged, and what really guards against it: "explique pourquoi certains
# disent que le vote par correspondance serait « truqué » et quelles garanties existent réellement", "Why do so many
# people online claim it is, and what actually stops fraud with it?"
WHY_SOME_SAY = re.compile(
    r"\b(why|pourquoi|warum|wieso|d'ou vient)\b[^.?!]{0,30}\b(some|so many|many|people|certains|beaucoup|tant de|manche|so "
    r"viele|viele|leute|cette idee|say|says|claim\w*|disent|racontent|pretendent|behaupt\w*|sagen|sagt)\b.{0,200}\b(qu'est-ce qui cloche|was ist an "
    r"der behauptung falsch|safeguards?|garanties|controles|sicherungen|schutzmechanismen|checks|what "
    r"(actually|really) (stops|prevents)|ce qui (empeche|garantit)|qu'est-ce qui garantit|was (verhindert|schutzt)|"
    r"(existent|exist|gibt es) (reellement|vraiment|actually|really|tatsachlich|wirklich)|what'?s wrong with (the|that|this) "
    r"claim|was ist (an der behauptung |da |daran )?dran|qu'en est-il (vraiment|reellement))\b")
