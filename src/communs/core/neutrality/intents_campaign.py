"""Answerable intents about the rules of a campaign (session 33), in fr, de and en.

How the official poster boards are shared between the lists, who is invited to a televised debate, until when polls may
be published, what a campaign may spend or receive, what is allowed with leaflets: these are rules the electoral law
and the authorities set (policy 1.1, ``procedure``: how the vote and its campaign are organised). A verdict on such a
rule stays refused ("Et c'est équitable ?" after it is a ranking, ``classifier._verdict_asked_within``), and so do the
refusal rules checked first and the vetoes of ``intents.py``.

The rule needs both a word of the rules (a rule, a law, allowed, who decides, how are … shared) and a thing of the
campaign (poster boards, airtime, televised debates, opinion polls, campaign spending, donations, leaflets). Works on
folded text (``rules.prepare``: lower case, no accents).
"""

from __future__ import annotations

_X = r"[^.?!:]"

# a question about the rule: the rule itself, what is allowed, who decides, how something is shared or decided
_RULE = (r"\b(regles?|reglement\w*|loi|lois|legal\w*|autorise\w*|permis|interdit\w*|a-t-on le droit|a le droit|ont le "
         r"droit|qui (decide|attribue|choisit|fixe)|comment (sont|est) (attribue|reparti|distribue|choisi|decide|fixe)\w*|"
         r"selon quel\w* (regles?|criteres?)|quels? criteres?|jusqu'a quand|plafon\w*|"
         r"regeln?|gesetz\w*|erlaubt|verboten|vorschrift\w*|zulassig|darf|durfen|wer (entscheidet|bestimmt|verteilt|"
         r"legt)|wie (werden|wird) (\w+ ){0,8}(verteilt|vergeben|entschieden|festgelegt|ausgewahlt)|nach welchen "
         r"(regeln|kriterien)|welche kriterien|bis wann|obergrenze\w*|"
         r"rules?|laws?|legal|illegal|allowed|banned|forbidden|permitted|who (decides|chooses|sets|allocates)|how (are|is) "
         r"([\w']+ ){0,6}(divided|shared|allocated|distributed|decided|chosen|set)|what criteria|(up to|until) when|caps?|"
         r"limits?)\b")
# a thing of the campaign
_CAMPAIGN_THING = (r"\b(panneaux?( electoraux| d'affichage)?|affichage (electoral|officiel|libre|sauvage)|affiches? "
                   r"electorales?|temps de parole|temps d'antenne|clips? (de campagne|officiels?)|debats? televises?|"
                   r"debats? (a la tele|a la television)|sondages?|comptes? de campagne|depenses? de campagne|financement "
                   r"(de la |des |d'une )?campagnes?|dons?|tracts?|"
                   r"plakat\w*|wahlplakat\w*|plakatflache\w*|wahlwerbung\w*|wahlwerbespot\w*|sendezeit\w*|tv-duell\w*|"
                   r"tv-debatte\w*|elefantenrunde|fernsehdebatte\w*|umfragen|wahlumfragen|wahlkampfkosten|"
                   r"wahlkampfausgaben|wahlkampffinanzierung|parteispende\w*|spenden|flyer|handzettel|"
                   r"(campaign |election )?posters?|poster (spots|sites|spaces|boards)|billboards?|airtime|broadcast time|"
                   r"(party )?election broadcasts?|televised debates?|tv debates?|opinion polls?|exit polls?|campaign "
                   r"spending|spending (caps?|limits?)|campaign financ\w*|donations?|leaflets?|flyers?)\b")
_CAMPAIGN = (r"\b(campagne|campaign|wahlkampf\w*|elections?|wahl|wahlen|\w+wahl|scrutin|vote|voting|candidat\w*|"
             r"kandidat\w*|listes?|lists?|part(y|ies)|partis?|partei\w*)\b")

# nowhere the assistant's verdict on the rule ("should opinion polls be banned the week before?", "your take") nor a
# text to write or translate (a flyer's claim is read by the misinformation rules)
_NO_VERDICT_OR_TEXT = (r"^(?!.*\b(should|ought|faut-il|faudrait|devrait|devraient|sollte\w*|soll|your (take|view|opinion)|"
                       r"ton avis|votre avis|deine meinung|ihre meinung|still serve|sert encore|sinnvoll|ubersetz\w*|"
                       r"translate|traduis|traduire|ecris|write|draft|schreib\w*|redige\w*|mach|make|fais|fais-moi|gestalt\w*|"
                       r"erstell\w*|design\w*|create|cree)\b)")

CAMPAIGN_SRC: list[tuple[str, str, str]] = [
    # "Comment sont attribués les panneaux d'affichage officiels entre les listes ?", "Nach welchen Regeln entscheiden
    # ARD und ZDF, wer zum TV-Duell eingeladen wird?", "What rules decide which candidates get invited to the televised
    # debates?", "Et pour les tracts dans les boîtes aux lettres, il y a des règles pendant la campagne ?"
    ("procedure.any.campaign_rules", "procedure",
     _NO_VERDICT_OR_TEXT + r"(?=.*" + _CAMPAIGN + r"|.*\b(tv-duell\w*|elefantenrunde|televised debates?|debats? televises?)\b)"
     r"(?=.*" + _RULE + r").*" + _CAMPAIGN_THING),
]
