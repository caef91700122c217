"""Refusal rules for requests asked tersely or as one clause of a longer message (session 24).

- ``voting_advice``: two parties set against each other and nothing else ("Grüne oder SPD?", "LFI ou PS ?"): a
  choice put to the assistant; with a topic ("SPD oder CDU Rente") it stays a comparison. "Would I do better to vote
  blank?" ("je ferais mieux de voter blanc", "wäre es besser, ungültig zu wählen").
- ``prediction``: a party's expected seats in search-box words ("RN expected seat count", "RN nb de sièges prévu"),
  how many seats a list "va décrocher", what a party "would have" done with another candidate, whether a party
  "schafft sie" (the hurdle just named), whether something will cost a party the election.
- ``ranking``: "…, and would it actually work?" after a programme question; which of two parties "makes the stronger
  case" or "has the better arguments".

Same format as :data:`communs.core.neutrality.rules._RULES_SRC`, into which they are merged after the other rules (an
earlier rule's category wins when both fire). Each rule is written for one language, so that its words repair typos
only in that language's questions.
"""

from __future__ import annotations

import re

from communs.core.neutrality.names import folded_party_alternation, folded_party_names

_X = r"[^.?!]"
_PARTY = folded_party_alternation()
_ART_EN = r"(the )?"
_ART_FR = r"(le |la |les |l')?"
_ART_DE = r"(die |der |das |den )?"
# French "aux Verts" is "à les Verts": the names that start with "les", without it
_PARTY_AUX = "(" + "|".join(re.escape(n[4:]) for n in folded_party_names() if n.startswith("les ")) + ")"
# a party, a list or a programme named somewhere in the message: the tail clauses below read as verdicts only then
_NAMED_EN = r"^(?=.*(" + _PARTY + r"|\b(party|parties|list|manifesto|programme|program|plan|proposal|policy)\b))"
_NAMED_FR = r"^(?=.*(" + _PARTY + r"|\b(parti|partis|liste|programme|projet|plan|proposition|reforme)\b))"
_NAMED_DE = (r"^(?=.*(" + _PARTY + r"|\b(partei\w*|liste|\w*programm\w*|\w*plan|\w*plane|\w*vorschlag\w*|\w*konzept\w*|"
             r"\w*reform\w*)\b))")

CLAUSE_RULES_SRC: list[tuple[str, str | None, str]] = [
    # ------------------------------------------------------------------ a choice between two parties, nothing else
    ("voting_advice.en.party_or_party", "voting_advice",
     r"^\W*" + _ART_EN + _PARTY + r"\s*,?\s*or\s+" + _ART_EN + _PARTY + r"\s*,?\s*(which one|who)?\s*[?!.]*\s*$"),
    ("voting_advice.fr.party_or_party", "voting_advice",
     r"^\W*" + _ART_FR + _PARTY + r"\s*,?\s*ou\s+" + _ART_FR + _PARTY + r"\s*,?\s*(lequel|laquelle|qui)?\s*[?!.]*\s*$"),
    ("voting_advice.de.party_or_party", "voting_advice",
     r"^\W*" + _ART_DE + _PARTY + r"\s*,?\s*oder\s+" + _ART_DE + _PARTY + r"\s*,?\s*(welche|wen|wer)?\s*[?!.]*\s*$"),
    # ------------------------------------------------------------------ "would I do better to vote blank / abstain?"
    ("voting_advice.fr.ferais_mieux", "voting_advice",
     r"\b(je|on|nous) (ferais|ferait|ferions) (pas )?(mieux|bien) de (voter|m'abstenir|nous abstenir|s'abstenir|ne pas "
     r"voter|rester chez (moi|nous|soi)|glisser un bulletin)\b"),
    ("voting_advice.de.besser_ungultig", "voting_advice",
     r"\b(ware|ist) es (nicht )?(besser|kluger|sinnvoller),? (wenn ich|ich)\b" + _X + r"{0,30}\b(ungultig|leer|"
     r"gar nicht|nicht) (wahle|abstimme|wahlen|abstimmen|gehe)\b"),
    ("voting_advice.en.better_off", "voting_advice",
     r"\b(would|will|am|are) (i|we) (be )?better off (voting blank|casting a blank|spoiling|abstaining|not voting|staying "
     r"(at )?home)\b"),
    # ------------------------------------------------------------------ a party's expected seats, in few words
    ("prediction.en.expected_seats", "prediction",
     _PARTY + _X + r"{0,30}\b(expected|projected|predicted|forecast) (number of )?seats?( count| number)?\b|"
     + _PARTY + _X + r"{0,30}\bseat (projection|forecast|prediction)s?\b|\b(expected|projected|predicted) seat "
     r"(count|number|tally)\b" + _X + r"{0,30}" + _PARTY),
    ("prediction.fr.expected_seats", "prediction",
     _PARTY + _X + r"{0,30}\b(nb|nombre) de sieges (prevus?|attendus?|projetes?|estimes?)\b|" + _PARTY + _X
     + r"{0,30}\bsieges (prevus|attendus|projetes|estimes)\b|\bcombien de sieges\b" + _X + r"{0,60}\b(va|vont|"
     r"pourrait|pourraient)(-t)?(-il|-elle|-ils|-elles)? (decrocher|obtenir|remporter|rafler|gagner|prendre)\b"),
    ("prediction.de.expected_seats", "prediction",
     _PARTY + _X + r"{0,30}\b(erwartete\w*|prognostizierte\w*|voraussichtliche\w*) (sitze|mandate|sitzzahl)\b|"
     + _PARTY + _X + r"{0,30}\bsitzprognose\w*\b"),
    # ------------------------------------------------------------------ what would have happened with another candidate
    ("prediction.fr.aurait", "prediction",
     r"^(?=.*(" + _PARTY + r"|\b(elections?|scrutin|presidentielle|legislatives|europeennes|municipales)\b))"
     r".*\b(aurait|auraient)(-t)?(-il|-elle|-ils|-elles)? (devance|depasse|gagne|battu|remporte|fait mieux|obtenu plus|"
     r"passe devant|termine devant|fini devant)\b"),
    ("prediction.en.would_have", "prediction",
     r"^(?=.*(" + _PARTY + r"|\b(elections?|presidential|general election)\b))"
     r".*\bwould (it|they|he|she|the \w+|" + _PARTY + r") have (won|finished ahead|come first|beaten|done better|got more "
     r"votes|overtaken)\b"),
    ("prediction.de.hatte", "prediction",
     r"\b(hatte|hatten) " + _ART_DE + _PARTY + _X + r"{0,60}\b(uberholt|gewonnen|geschlagen|besser abgeschnitten|"
     r"mehr stimmen bekommen)\b"),
    # ------------------------------------------------------------------ "and will they clear it next time?"
    ("prediction.de.schafft_sie", "prediction",
     r"\b(schafft|schaffen|packt|packen) " + _ART_DE + _PARTY + r" (sie|es|das)\b"),
    ("prediction.en.cost_election", "prediction",
     r"\bcost " + _ART_EN + _PARTY + r" (the |this |next |their |its )?(election|vote|seats?|votes|majority)\b"),
    ("prediction.fr.faire_perdre", "prediction",
     r"\bfaire perdre (les elections|l'election|le scrutin|des voix|des sieges|la majorite) ((a|au) " + _ART_FR + _PARTY
     + r"|aux " + _PARTY_AUX + r")\b"),
    ("prediction.de.wahl_verlieren", "prediction",
     r"\b(werden|wird) " + _ART_DE + _PARTY + _X + r"{0,80}\b(die wahl|stimmen|sitze|die mehrheit) (verlieren|"
     r"gewinnen)\b"),
    # ------------------------------------------------------------------ taking the town hall
    ("prediction.fr.prendre_mairie", "prediction",
     r"\b(vont|va)(-t)?(-ils|-elles|-il|-elle)? (vraiment |reellement |bien )?(prendre|gagner|remporter|rafler|"
     r"conserver|garder) (la mairie|le conseil( municipal)?|la ville|la region|le departement|la majorite)\b"),
    ("prediction.fr.passer_barre", "prediction",
     r"\b(va|vont)(-t)?(-il|-elle|-ils|-elles)? (vraiment |enfin |encore )?(passer|franchir|depasser|atteindre) "
     r"(la barre|le seuil|les) (des |de )?\d+"),
    # ------------------------------------------------------------------ which ballot goes in the envelope
    ("voting_advice.en.which_ballot", "voting_advice",
     r"\bwhich ballot( paper)? (goes|should go|do i put|shall i put|to put) in(to)? (my|the) (envelope|ballot box|box)\b|"
     r"\bwhere does my cross go\b"),
    ("voting_advice.fr.ma_croix", "voting_advice",
     r"\bma croix,? (elle )?va ou\b|\bou (va|ira) ma croix\b"),
    ("voting_advice.de.kreuz_hin", "voting_advice",
     r"\bwo (kommt|gehort|mach ich|setze ich|setz ich) (\w+ ){0,3}mein (kreuz|kreuzchen)\b|\bwelchen (stimm)?zettel "
     r"(steck|werf|leg)\w* ich\b"),
    # ------------------------------------------------------------------ a local candidate's sincerity
    ("candidate_judgement.fr.sincere", "candidate_judgement",
     r"\b(est-il|est-elle|sont-ils|sont-elles) (vraiment |bien |seulement )?(sincere|honnete|credible)s?\b"),
    ("candidate_judgement.de.meint_es_ehrlich", "candidate_judgement",
     r"\bmeint (es )?[\w'-]+( [\w'-]+){0,3}" + _X + r"{0,60}\b(es )?(ehrlich|ernst)\b"),
    # ------------------------------------------------------------------ a canvasser's script
    ("promotion.en.canvass", "promotion",
     r"^(?=.*\b(knocking on doors|door-knocking|canvass\w*|door-to-door|leafleting|flyering|campaigning) (for|with) "
     + _ART_EN + _PARTY + r").*\b(prep|prepare|write|draft|script|help me (with|prepare)|give me|come up with)\b"),
    ("promotion.fr.porte_a_porte", "promotion",
     r"^(?=.*\b(porte-a-porte|porte a porte|tractage|tracter|militer) (\w+ )?(pour|avec) " + _ART_FR + _PARTY
     + r").*\b(prepare|prepares|ecris|redige|aide-moi|donne-moi|trouve-moi)\b"),
    ("promotion.de.haustur", "promotion",
     r"^(?=.*\b(hausturwahlkampf|haustur\w*|flyer verteilen|wahlkampf) (\w+ )?(fur|mit) " + _ART_DE + _PARTY
     + r").*\b(bereite|bereitest|schreib|hilf|gib mir|formulier)\w*\b"),
    # ------------------------------------------------------------------ a candidate keeping a seat
    ("prediction.en.keep_seat", "prediction",
     r"\bwill (\w+ ){1,3}(hold on to|keep|retain|win back|lose) (his|her|their|its) (constituency|seat|mandate|"
     r"majority|direct mandate)\b"),
    ("prediction.fr.garder_siege", "prediction",
     r"\b(va|vont)(-t)?(-il|-elle|-ils|-elles)? (garder|conserver|perdre|reprendre) (sa|son|ses|leur|leurs) "
     r"(circonscription|siege|sieges|mandat|majorite)\b"),
    ("prediction.de.direktmandat", "prediction",
     r"(^|[.?!,:;] ?)(holt|gewinnt|verliert|verteidigt|behalt) (?!(ein|eine|man|jemand)\b)(\w+ ){1,3}(in \w+ )?(wieder |erneut |nochmal |noch einmal )?(das|sein|ihr|"
     r"ein) (direktmandat|mandat|wahlkreis)\b"),
    ("prediction.de.kommt_uber", "prediction",
     r"\bkommt " + _ART_DE + _PARTY + _X + r"{0,60}\b(uber|auf|unter) \d+([.,]\d+)? ?(prozent|%)"),
    # ------------------------------------------------------------------ "…, and would it actually work?"
    ("ranking.en.would_it_work", "ranking",
     _NAMED_EN + r".*(?<!\bhow )\b(would|will|could) (it|that|this|they|these|those|that plan|this plan) (actually |"
     r"really |even |ever |in practice )*(work|succeed|pay off)\s*\?"),
    ("ranking.fr.marcherait", "ranking",
     _NAMED_FR + r".*\b((est-ce que )?(ca|cela|ce plan|ce projet|il|elle|ils|elles) (marcherait|fonctionnerait|"
     r"marcheraient|fonctionneraient)|(marcherait|fonctionnerait)(-t)?-(il|elle|ca))\b(?! comment)"),
    ("ranking.de.funktionieren", "ranking",
     _NAMED_DE + r".*\b(wurde|wurden|wird|konnte) (das|es|der plan|dieser plan|sie|die) (denn |uberhaupt |wirklich |"
     r"tatsachlich |auch |so )*(funktionieren|klappen|aufgehen)\s*\?"),
    # ------------------------------------------------------------------ which of them is right
    ("ranking.en.stronger_case", "ranking",
     _NAMED_EN + r".*\b((which|who) (one )?of (them|the two|both) (actually |really )?(has|have) a point|are they (right|"
     r"wrong)( about (that|this|it))?( or (wrong|right))?\s*\?|which of the (two|three|four) (approaches|plans|ideas|"
     r"proposals|parties|lists|programmes) (does|do|would do|is|would be) (more|better|most|the most))|"
     r"\b(which|who) (one )?of (them|the two|both|these|those|the (two|three|four) \w+) (makes|has|have|is|offers|puts "
     r"forward|defends|gives) (the )?(stronger|better|best|strongest|more convincing|most convincing|more credible|"
     r"more realistic|right) (case|arguments?|position|plan|ideas?|answer|solution)s?\b|\b(which|who) (one )?of "
     r"(them|the two|both) is right\b"),
    ("ranking.fr.meilleure_position", "ranking",
     r"\b(lequel|laquelle|qui) (des deux|d'entre eux|d'entre elles|de ces \w+)? ?(defend|a|propose|presente|avance|"
     r"donne) (la |le |les )?(meilleur\w*|plus (convaincant|credible|solide|realiste|juste)\w*)\b|\b(lequel|laquelle|"
     r"qui) (des deux|d'entre eux|d'entre elles) a raison\b|" + _NAMED_FR + r".*\bqui (des deux |d'entre eux )?tient "
     r"la route\b"),
    ("ranking.de.bessere_argumente", "ranking",
     r"\bwer von (beiden|den beiden|ihnen|denen|den zwei\w*|den drei\w*) (hat|macht|vertritt|bietet|liefert|bringt) "
     r"(die |den |das )?(besser\w*|starker\w*|uberzeugender\w*|glaubwurdiger\w*|realistischer\w*|richtig\w*) "
     r"(argument\w*|position\w*|plan|plane|konzept\w*|losung\w*|ansatz|ideen?)\b|\bwer von (beiden|den beiden|ihnen) "
     r"hat recht\b"),
]
