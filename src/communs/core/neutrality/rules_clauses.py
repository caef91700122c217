"""Refusal rules for requests asked tersely or as one clause of a longer message (sessions 24 and 25).

- ``voting_advice``: two parties set against each other and nothing else ("Grüne oder SPD?", "LFI ou PS ?"): a
  choice put to the assistant; with a topic ("SPD oder CDU Rente") it stays a comparison. "Would I do better to vote
  blank?", "where does my cross go", "which ballot goes in my envelope", "lequel je dois cocher", "la plus proche de
  moi", "welche sollte man als Mieter wählen"; (session 25) the same choice as a longer message's conclusion ("…
  Alors, au final : PS ou Écologistes ?"), whether to vote at all or abstain.
- ``prediction``: a party's expected seats in search-box words ("RN expected seat count"), how many seats a list "va
  décrocher", "passer la barre des 5 %", "garder la mairie", what a party "would have" done with another candidate,
  "schafft sie", "kommt … über 30 Prozent", "kann … noch einholen", keeping a seat, costing a party the election, the
  biggest group, a majority together, the order of finish, how long a government lasts ("… before it collapses").
- ``ranking``: "…, and would it actually work?" after a programme question; which of two "makes the stronger case",
  "has a point", "adds up", "tient la route", "voit juste", "am ernstesten"; (session 25) the weak spots the assistant
  "sees", "the right call", "le bon choix", "was ist faul am … Konzept".
- ``candidate_judgement``: a candidate's sincerity or qualifications, "l'étoffe", the weakest lead candidate, which
  of two "ferait le meilleur maire".
- ``promotion``: canvassing scripts, "talk him into voting", a speech "qui fasse l'éloge", unequal space for one party.
- ``label``: "ist das eine links- oder rechtspopulistische Partei?", "it's really a right-wing party", "knallharte
  Kommunisten?", "real communists?".

Same format as :data:`communs.core.neutrality.rules._RULES_SRC`, into which they are merged after the other rules (an
earlier rule's category wins when both fire). Each rule is written for one language, so that its words repair typos
only in that language's questions; where the other languages' forms were already refused by an earlier rule or by the
model, only the missing form is here.
"""

from __future__ import annotations

import re

from communs.core.neutrality.names import folded_party_alternation, folded_party_names
from communs.core.neutrality.rules_columns import COLUMN_RULES_SRC
from communs.core.neutrality.rules_praise import PRAISE_RULES_SRC

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
# (a short first sentence of up to four words may come before the choice: "erasmus hier.")
_CHOICE_START = r"^(\W*([\w'-]+[ ,]+){0,3}[\w'-]+\s*[.!]\s+)?\W*((so|alors|donc|bon|et|and|und|also|ok|okay)\s*,?\s+)?"
_CHOICE_END = r"(\s*,?\s*(then|alors|donc|dann|also))?\s*[?!.]*\s*$"
# when the vote is (session 28): "Grüne oder Linke am Sonntag?"
_WHEN = (r"(\s+(on|this|next|am|diesen|dimanche|ce|demain|tomorrow|morgen|today|aujourd'hui|heute)\b( (sunday|thursday|"
         r"polling day|election day|dimanche|sonntag|wahlsonntag|wahltag))?|\s+(le jour du vote|au (premier|second) tour|"
         r"im ersten wahlgang))?")

CLAUSE_RULES_SRC: list[tuple[str, str | None, str]] = [
    # ------------------------------------------------------------------ a choice between two parties, nothing else
    # (session 32: also after a first sentence, with a connective before or after it: "erasmus ici. volt ou les ecolos ?",
    # "So, PS or Greens?", "PS ou Écolos, alors ?")
    ("voting_advice.en.party_or_party", "voting_advice",
     _CHOICE_START + _ART_EN + _PARTY + r"\s*,?\s*or\s+" + _ART_EN + _PARTY + r"\s*,?\s*(which one|who)?" + _WHEN + _CHOICE_END),
    ("voting_advice.fr.party_or_party", "voting_advice",
     _CHOICE_START + _ART_FR + _PARTY + r"\s*,?\s*ou\s+" + _ART_FR + _PARTY + r"\s*,?\s*(lequel|laquelle|qui)?" + _WHEN
     + _CHOICE_END),
    ("voting_advice.de.party_or_party", "voting_advice",
     _CHOICE_START + _ART_DE + _PARTY + r"\s*,?\s*oder\s+" + _ART_DE + _PARTY + r"\s*,?\s*(welche|wen|wer)?" + _WHEN
     + _CHOICE_END),
    # ------------------------------------------------------------------ the same choice as a message's conclusion
    # (session 25): "… Alors, au final : PS ou Écologistes ?", "So, bottom line: PS or Les Écologistes?"
    ("voting_advice.any.final_choice", "voting_advice",
     r"(^|[.?!]\s+)(\w+,? ){0,2}(au final|en fin de compte|bottom line|at the end of the day|in the end|ultimately|"
     r"unterm strich|am ende|letzten endes|letztendlich)\s*[,:]?\s*(" + _ART_FR + "|" + _ART_EN + "|" + _ART_DE + ")" + _PARTY
     + r"\s*,?\s*(ou|or|oder)\s+(" + _ART_FR + "|" + _ART_EN + "|" + _ART_DE + r")(" + _PARTY + r"|\w+( \w+)?)\s*[?!.]*\s*$"),
    # ------------------------------------------------------------------ whether to vote at all (session 25)
    # "Soll ich diesmal überhaupt wählen gehen oder mich lieber enthalten?"
    ("voting_advice.de.wahlen_oder_enthalten", "voting_advice",
     r"\bsoll(te)? ich\b" + _X + r"{0,30}\bwahlen( gehen)?\b" + _X + r"{0,30}\boder\b" + _X + r"{0,30}\b(enthalten|zu ?hause "
     r"bleiben|gar nicht|nicht (wahlen|hingehen)|ungultig|leer)\b"),
    ("voting_advice.en.vote_or_abstain", "voting_advice",
     r"\bshould i (even )?(bother )?(vote|voting|go (and )?vote|go to the polls)\b" + _X + r"{0,40}\bor (just |simply )?"
     r"(abstain|stay (at )?home|spoil|not vote|skip it)\b"),
    ("voting_advice.fr.voter_ou_abstention", "voting_advice",
     r"\b(dois-je|devrais-je|est-ce que je dois|est-ce que je devrais|je devrais)\b" + _X + r"{0,30}\b(aller )?voter\b"
     + _X + r"{0,30}\bou (plutot |bien )?(m'abstenir|rester chez moi|voter blanc|ne pas y aller)\b"),
    # ------------------------------------------------------------------ "would I do better to vote blank / abstain?"
    ("voting_advice.fr.ferais_mieux", "voting_advice",
     r"\b(je|on|nous) (ferais|ferait|ferions) (pas )?(mieux|bien) de (voter|m'abstenir|nous abstenir|s'abstenir|ne pas "
     r"voter|rester chez (moi|nous|soi)|glisser un bulletin)\b"),
    ("voting_advice.de.besser_ungultig", "voting_advice",
     r"\b(ware|ist) es (nicht )?(besser|kluger|sinnvoller),? (wenn ich|ich)\b" + _X + r"{0,30}\b(ungultig|leer|"
     r"gar nicht|nicht) (wahle|abstimme|wahlen|abstimmen|gehe)\b"),
    # (session 26) the assistant's own cross, asked in a hypothetical: "Which box would you put your cross in?"
    ("voting_advice.en.your_cross", "voting_advice",
     r"\bwhich (box|name|party|candidate|one)\b" + _X + r"{0,20}\bwould you (put|place|mark|make) (your|the|a) (cross|x|"
     r"mark|tick)\b|\b(where|who|which party) would you (put|place|make) your (cross|x|mark|tick)\b"),
    ("voting_advice.fr.ta_croix", "voting_advice",
     r"\b(ou|quelle case|quel nom|a cote de quel nom)\b" + _X + r"{0,20}\b(mettrais|mettriez|cocherais|cocheriez|ferais|"
     r"feriez)(-tu|-vous)? (ta|votre|une) (croix|coche)\b|\bquelle case (cocherais|cocheriez)(-tu|-vous)?\b"),
    ("voting_advice.de.dein_kreuz", "voting_advice",
     r"\b(wo|bei wem|bei welcher partei|hinter welche\w*)\b" + _X + r"{0,20}\b(wurdest|wurden) (du|sie) (dein|ihr) "
     r"(kreuz|kreuzchen)\b"),
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
     r"passe devant|termine devant|fini devant)\b|"
     # (session 26) "Si LR avait choisi une autre tête de liste, ils auraient fait combien ?"
     r"\b(aurait|auraient|ferait|feraient)(-t)?(-il|-elle|-ils|-elles)? (fait |obtenu |eu |recolte |pese )?combien\b|"
     # (session 27) "Combien de temps tiendrait un gouvernement RN ?"
     r"\bcombien de temps (tiendrait|tiendraient|durerait|dureraient|resisterait|tiendra|durera)\b|\bcombien\b" + _X
     + r"{0,40}\b(aurait|auraient)(-t)?(-il|-elle|-ils|-elles)? (fait|obtenu|eu|recolte|pese)\b"),
    ("prediction.en.would_have", "prediction",
     r"^(?=.*(" + _PARTY + r"|\b(elections?|presidential|general election)\b))"
     r".*\bwould (it|they|he|she|the \w+|" + _PARTY + r") have (won|finished ahead|come first|beaten|done better|got more "
     r"votes|overtaken)\b|"
     # (session 26) "What would the Tories have got at the last election with a different leader?"
     # (session 27) "What result would the Conservatives get with a different leader?"
     r"\bwould (the )?" + _PARTY + r" (get|win|score|poll|do)\b" + _X + r"{0,30}\b(with|under) (a |an )?(different|another|"
     r"new)\b|"
     r"\bwould (it|they|he|she|the \w+|(the )?" + _PARTY + r") have (got|gotten|scored|polled|achieved|done|fared|"
     r"performed)\b" + _X
     + r"{0,60}\b(with|under|without|if)\b" + _X + r"{0,30}\b(different|another|other|new|someone else)\b"),
    ("prediction.de.hatte", "prediction",
     r"\b(hatte|hatten) " + _ART_DE + _PARTY + _X + r"{0,60}\b(uberholt|gewonnen|geschlagen|besser abgeschnitten|"
     r"mehr stimmen bekommen)\b|"
     # (session 26) "Was hätte die CDU wohl mit einem anderen Kanzlerkandidaten geholt?"
     r"\b(hatte|hatten) " + _ART_DE + _PARTY + _X + r"{0,40}\b(wohl|mit (einem|einer) anderen|ohne (ihren|seinen|ihre|"
     r"seine|den|die))\b" + _X + r"{0,40}\b(geholt|bekommen|erreicht|erzielt|gewonnen|abgeschnitten)\b"),
    # ------------------------------------------------------------------ "and will they clear it next time?"
    ("prediction.de.schafft_sie", "prediction",
     r"\b(schafft|schaffen|packt|packen) " + _ART_DE + _PARTY + r" (sie|es|das)\b|"
     # (session 27) "Schafft der Amtsinhaber es im ersten Wahlgang, oder muss er in die Stichwahl?"
     r"\b(schafft|packt) (der|die) (amtsinhaber\w*|\w*kandidat\w*|\w*burgermeister\w*|herausforder\w*) (es|das)\b"),
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
     r"\bwo (kommt|gehort|mach ich|setz\w* ich) (\w+ ){0,3}mein (kreuz|kreuzchen)\b|\bwelchen (stimm)?zettel "
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
    # ------------------------------------------------------------------ asked at the end of a longer message (round 4)
    ("voting_advice.en.which_i_should", "voting_advice",
     r"\bwhich (one )?(of (the|them|these|those) ?(two|three|four)?|of the (two|three) \w+)? ?(i|we) should (tick|pick|"
     r"choose|vote for|back|go for)\b"),
    ("voting_advice.fr.lequel_je_dois", "voting_advice",
     r"\b(lequel|laquelle|lesquels) (des deux |d'entre eux |d'entre elles )?(je dois|il faut|je devrais) (cocher|choisir|"
     r"prendre|soutenir)\b"),
    ("voting_advice.de.kreuz_machen_soll", "voting_advice",
     r"\bwo ich (\w+ ){0,3}mein (kreuz|kreuzchen) (machen|setz\w*) soll\b|\bwelche[nrs]? (der beiden|von beiden|von "
     r"ihnen) ich (ankreuzen|wahlen|nehmen) soll\b"),
    ("promotion.en.talk_into", "promotion",
     r"\b(talk|persuade|convince|win) (him|her|them|my \w+|people|voters|\w+) (into voting|over to voting|to vote for)\b"),
    ("promotion.fr.eloge", "promotion",
     r"\b(fasse|faire|fait|fais) l'eloge (de|du|des|d')\b"),
    ("promotion.de.lobt", "promotion",
     r"\b(rede|text|post|artikel|brief|beitrag|gedicht|lied)\w*\b" + _X + r"{0,60}\b(lobt|lobpreist|in den himmel "
     r"lobt|lobend hervorhebt)\b"),
    ("prediction.fr.se_faire_ejecter", "prediction",
     r"\b(va|vont)(-t)?(-il|-elle|-ils|-elles)? se faire (ejecter|sortir|eliminer|virer|sanctionner)\b|\bquel "
     r"(groupe|parti) (sera|deviendra) (le )?(plus (grand|fort|important)|premier)\b"),
    ("prediction.de.fliegt_raus", "prediction",
     r"\bfliegt " + _ART_DE + _PARTY + _X + r"{0,30}\baus dem (bundestag|landtag|parlament|stadtrat|gemeinderat)\b|"
     r"\bwelche (fraktion|partei) wird\b" + _X + r"{0,40}\bdie (grosste|starkste)\b"),
    # (session 39) where a party will land on the day, after its polls: "Wo landet sie dann am Wahltag?", "At that rate,
    # where will they finish on polling day?", « À ce rythme, ils feront combien le jour du vote ? »
    ("prediction.any.where_they_land", "prediction",
     r"\bwo (la[n]det|la[n]den) (sie|er|es|die \w+|\w+)( dann| am ende| wohl| eigentlich){0,2} (am wa[h]ltag|bei der wa[h]l|am "
     r"so[n]ntag)\b|\bwhere (will|would|do you think) (they|it|he|she|the \w+|\w+) (fin[i]sh|end up|la[n]d|come)( then)? "
     r"(on (polling|election|voting) day|in the (election|vote)|on (thursday|sunday))\b|\b(ils|elles|il|elle|on) "
     r"(fe[r]ont|fe[r]a|fin[i]ront|fin[i]ra) comb[i]en (le jour (du vote|du scrutin|de l'election)|dim[a]nche|au final)\b"),
    ("prediction.en.biggest_group", "prediction",
     r"\bwhich (group|party|list) will (be|become|end up( as)?) (the )?(biggest|largest|strongest)\b|\bwill " + _ART_EN + _PARTY
     + r" (be|become|end up( as)?) the (biggest|largest|strongest) (party|group)\b|\bhow many seats "
     r"(is|are|will) " + _ART_EN + _PARTY + _X + r"{0,20}\b(grab|win|get|take|pick up)\b"),
    ("candidate_judgement.en.qualified", "candidate_judgement",
     r"\b(is|are) (he|she|they) (really |actually |even )?(qualified|competent|fit|up to the job|up to it|cut out)\b|"
     # (session 31) "… then tell me whether she's up to the job"
     r"\b(whether|if) (he|she|they)('s|'re| is| are) (really |actually |even )?(qualified|competent|up to the job|up to "
     r"it|cut out for)\b|"
     # "… and isn't she too inexperienced to be mayor?", "ist sie nicht zu unerfahren fürs Bürgermeisteramt?"
     r"\b(too|trop|zu) (inexperienced|inexperimente\w*|unerfahren\w*)\b"),
    ("candidate_judgement.fr.etoffe", "candidate_judgement",
     r"\b(a-t-il|a-t-elle|ont-ils|ont-elles|il a|elle a|a) (vraiment |bien )?l'etoffe\b"),
    ("voting_advice.fr.plus_proche", "voting_advice",
     r"\b(laquelle|lequel|quel parti|quelle liste)\b" + _X + r"{0,20}\b(est|serait|sont) (la |le )?plus proches? de "
     r"(moi|nous|mes (idees|positions|valeurs|convictions))\b|\b(a|ont)(-t-il|-t-elle|-ils|-elles)? interet a voter\b"),
    ("voting_advice.de.sollte_man_als", "voting_advice",
     r"\bwelche (partei |liste )?sollte man (als \w+ )?(wahlen|ankreuzen)\b"),
    # ------------------------------------------------------------------ unequal space for the parties asked for
    ("promotion.en.unequal_space", "promotion",
     r"\b(give|devote|dedicate|spend)\b" + _X + r"{0,30}\b(a long paragraph|more (space|room|lines|words)|twice as much|"
     r"the most (space|room))\b" + _X + r"{0,60}\b(the others|the rest|everyone else|the other parties)\b|"
     r"\b(give|devote)\b" + _X + r"{0,30}\b(much |far |a lot |way )?more (space|room|lines|words|attention) than\b|"
     r"\b(could|can|would|will) you\b" + _X + r"{0,20}\b(give|devote|allow)\b" + _X + r"{0,20}\b(a bit |a little |)more "
     r"(space|room|coverage|attention|airtime|prominence) to\b|\b(give|devote|allow)\b" + _X + r"{0,30}\b(a bit|a wee bit|a little|"
     r"slightly|a tad|somewhat) more (space|room|coverage|attention|airtime|prominence)\b|\b(so|such) "
     r"(that )?" + _ART_EN + _PARTY + r" (come|comes) out (on top|ahead|best|the winner|looking best)\b"),
    ("promotion.fr.place_inegale", "promotion",
     r"\b(consacre|donne|accorde|reserve|laiss)\w*\b" + _X + r"{0,30}\b(un long paragraphe|plus de place|davantage de place|"
     r"deux fois plus)\b" + _X + r"{0,60}\b(aux autres|les autres|au reste)\b|\b(consacre|donne|accorde|reserve)\w*\b"
     + _X + r"{0,30}\b(beaucoup |bien )?plus de place\b" + _X + r"{0,40}\bqu'(aux|au|a la|a l')\b|\b" + _PARTY + r" (sortent|sorte|"
     r"ressortent|ressorte) (gagnants?|gagnantes?|vainqueurs?|en tete|grandis?)\b|"
     # (session 26) "Quand tu compares les programmes, tu pourrais donner un peu plus de place à Volt ?"
     r"\b(tu (pourrais|peux|pourras)|pourrais-tu|peux-tu|pouvez-vous|pourriez-vous|vous (pourriez|pouvez)|merci de)\b" + _X
     + r"{0,20}\b(donner|accorder|consacrer|reserver|laisser|faire) (un peu |beaucoup |bien |)plus de "
     r"place (a|au|aux)\b|\b(consacre|donne|accorde|reserve|laisse)\w*\b" + _X + r"{0,20}\b(un peu|un petit peu|"
     r"legerement) plus de place (a|au|aux)\b|\b(mettre|mets|mettez|mettrais|mettriez)\b" + _X + r"{0,10}\b(un peu|un petit "
     r"peu|legerement|davantage) plus en avant\b|\b(mettre|mets|mettez|mettrais|mettriez) davantage en avant\b"),
    ("promotion.de.ungleicher_platz", "promotion",
     r"\b(gib|widme|gebt)\b" + _X + r"{0,30}\b(einen langen absatz|mehr platz|mehr raum|doppelt so viel)\b" + _X
     + r"{0,60}\b(den anderen|dem rest|allen anderen)\b|"
     # (session 32) "Gib Léa Castaing in deinem Kandidatenvergleich doch ein bisschen mehr Raum, sie hat es echt verdient."
     r"\b(gib|widme|gebt)\b" + _X + r"{0,60}\b(ein (bisschen|wenig|bissl) |etwas )?mehr (platz|raum)\b" + _X
     + r"{0,40}\b(verdien\w*|als den anderen|als dem rest)\b|"
     # (session 34) the party named right after: "… aber gib der CSU ein bisschen mehr Raum"
     r"\b(gib|widme|gebt) (der |dem |den )?(" + _PARTY + r") (ein (bisschen|wenig|bissl) |etwas )?mehr (platz|raum)\b|"
     # (session 27) "kannst du den gruenen bissl mehr platz geben als den andern?"
     r"\b(kannst|konntest|konnen|konnten|wurdest|wurden) (du|sie|ihr)\b" + _X + r"{0,100}\b(mehr platz|mehr raum)\b" + _X
     + r"{0,20}\b(geben|einraumen|lassen|widmen)\b|\b" + _PARTY + r" (als sieger|am besten|gut) "
     r"(dasteh\w*|wegkomm\w*|abschneid\w*|rauskomm\w*)\b"),
    # ------------------------------------------------------------------ a majority, an order, a government's life
    ("prediction.en.majority_together", "prediction",
     r"\bwhich (parties|lists|groups)\b" + _X + r"{0,20}\bwill (have|get|hold|win) (a |the )?majority\b|\bin what "
     r"order will (the )?(parties|lists|candidates) (finish|come|end up|land)\b|\bhow long will (the |this |france'?s "
     r"|germany'?s )?(\w+ )?(government|coalition|cabinet) (last|survive|hold)\b|\bhow long (until|till|til|before) (the |"
     r"this )?(next |new )?(\w+ )?(government|coalition|cabinet) (collapses|falls|breaks up|implodes|goes under)\b"),
    ("prediction.fr.ordre_duree", "prediction",
     r"\bdans quel ordre (vont|finiront|arriveront|vont arriver|vont finir) (les )?(partis|listes|candidats)\b|"
     r"\bcombien de temps (le |la |ce |cette )?(\w+ )?(gouvernement|coalition)( \w+)? (va(-t-il|-t-elle)?|pourra|"
     r"peut(-il)?) (tenir|durer|survivre)\b"),
    ("prediction.de.mehrheit_reihenfolge", "prediction",
     r"\bwelche (parteien|listen|fraktionen)\b" + _X + r"{0,40}\bwerden\b" + _X + r"{0,40}\b(die |eine )?mehrheit\b"
     + _X + r"{0,40}\b(haben|bekommen|erreichen|holen|stellen)\b|\bin welcher reihenfolge (landen|kommen|enden|liegen)\b|"
     r"\bwie lange (halt|hält|uberlebt) sich (die |diese )?(\w+ )?(regierung|koalition)\b|"
     # (session 25) "wie lange hält die nächste regierung, bevor sie platzt?"
     r"\bwie lange (halt|halten|uberlebt|bleibt) (die|diese|eine|unsere) (nachste |neue |kommende )?(\w+ )?(regierung|"
     r"koalition)\b"),
    # ------------------------------------------------------------------ a label with an intensifier (session 25)
    ("label.any.hardcore", "label",
     r"\b(sind|ist|are|is|sont|est)\b" + _X + r"{0,80}\b(knallharte?|echte|richtige|waschechte|lupenreine|hardcore|"
     r"real|true|full-blown|de vrais|des vrais|de purs|pure et dure|purs et durs) (kommunist|faschist|nazi|extremist|"
     r"rassist|marxist|stalinist|communist|fascist|racist)\w*\s*\?"),
    # ------------------------------------------------------------------ the assistant's own verdict on a plan (session 25)
    # "And where do you see its weak spots?", "Und wo siehst du seine Schwachstellen?", "…, is keeping the debt brake the
    # right call?", "garder ce frein, c'est le bon choix ?", "Was ist faul am Wohnungskonzept von …?"
    ("ranking.en.you_see_weak", "ranking",
     r"\b(where|what) do you see (its|their|his|her|the|any) (main |biggest |real )?(weak (spots|points)|weaknesses|"
     r"flaws|shortcomings)\b|\bis\b" + _X + r"{0,60}\bthe (right|wrong|smart|correct) (call|choice|move|decision)\s*\?"),
    ("ranking.fr.bon_choix", "ranking",
     r"\b(tu vois|vous voyez|vois-tu|voyez-vous) (quoi|quels?|quelles?|ou) (comme )?(les )?(points faibles|faiblesses|"
     r"failles|defauts|lacunes)\b|\bc'est (le|un) (bon|mauvais) choix\s*\?|\best-ce (le|un) (bon|mauvais) choix\s*\?"),
    ("ranking.de.schwachstellen_faul", "ranking",
     r"\bwo (siehst du|sehen sie|seht ihr) (seine|ihre|die|dessen|deren) (grossten |wichtigsten )?(schwachstellen|"
     r"schwachen|schwachpunkte|mangel)\b|\bwas ist faul (an|am) (dem |der )?\w*(konzept|programm|plan|vorschlag|"
     r"politik|modell)\w*\b|\b(ist|war)\b" + _X + r"{0,60}\b(die|der) (richtige|falsche|kluge) (entscheidung|"
     r"weg|schritt)\s*\?"),
    ("candidate_judgement.fr.meilleur_maire", "candidate_judgement",
     r"\b(lequel|laquelle|qui) (des deux|d'entre eux|d'entre elles)\b" + _X + r"{0,30}\b(ferait|serait)\b" + _X
     + r"{0,20}\b(meilleure?|plus competente?)\b"),
    # ------------------------------------------------------------------ (session 25) which coalition will govern, how
    # long "it" will last: "which coalition is likely to govern after the state election", "And how long do you think
    # it's going to last?", "Et combien de temps pensez-vous qu'il va tenir ?"
    ("prediction.en.likely_to_govern", "prediction",
     r"\bwhich (coalition|parties|party|government|alliance)\b" + _X + r"{0,40}\b(is|are) (most )?(likely|expected|going) to "
     r"(govern|rule|run the (country|state|region)|form the (next )?government)\b|\bhow long (do you think |will |is )?(it|"
     r"they|the (new )?(government|coalition|cabinet)|this (government|coalition))('s| is| are| will)? (going to |gonna )?"
     r"(last|hold|survive|hold out)\b"),
    ("prediction.de.wahrscheinlich_regieren", "prediction",
     r"\bwelche (koalition|parteien|partei|regierung|mehrheit)\b" + _X + r"{0,60}\bwahrscheinlich\b" + _X + r"{0,30}\b"
     r"(regieren|regiert|die regierung stellen|bilden|bildet)\b"),
    ("prediction.fr.combien_tenir", "prediction",
     r"\bcombien de temps (pensez-vous|penses-tu|tu penses|vous pensez|crois-tu|croyez-vous) (qu'il|qu'elle|qu'ils|"
     r"que (le|ce) gouvernement|que (la|cette) coalition) (va|vont|pourra|pourront|tiendra|tiendront)( tenir| durer)?\b"),
    # ------------------------------------------------------------------ (session 25) smileys next to each party's plan
    ("ranking.any.smileys", "ranking",
     r"([👍👎🙂😀😊😃😡🙁☹⭐✅❌🟢🔴]|\b(smiley\w*|emoji\w*|frowny|thumbs? (up|down)|daumen (hoch|runter)|pouce (leve|"
     r"baisse|en l'air|vers le bas)|note sur (10|20|cinq|dix|vingt)|schulnote\w*)\b)" + _X + r"{0,60}\b(each|every|chaque|jede[rnms]?|all the|tous "
     r"les|alle)\b" + _X + r"{0,20}\b(part(y|ies)|partis?|partei\w*|lists?|listes?|programm?e?s?|plans?)\b|"
     # (session 27) the parties first: "pour chaque parti, pouce levé ou pouce baissé sur le logement"
     r"\b(each|every|chaque|jede[rnms]?)\b" + _X + r"{0,20}\b(party|parti|partei)\b" + _X + r"{0,30}\b(thumbs? (up|down)|"
     r"daumen (hoch|runter)|pouce (leve|baisse)|smiley\w*)\b"),
    # ------------------------------------------------------------------ (session 25) a call to vote as the last line
    # of a post: "… la dernière doit dire « Dimanche, votez écolo ! »", "auf der letzten soll stehen: „Am Sonntag Grün
    # wählen!“", "with the last one saying "Vote Green on Sunday!""
    ("promotion.any.vote_call_line", "promotion",
     r"^(?=.*\b(write|make|summari[sz]e|draft|create|design|resume|ecris|fais|redige|cree|fass|schreib\w*|erstell\w*|mach|"
     r"gestalt\w*)\b).*\b(doit dire|doivent dire|qui dit|disant|soll stehen|sollen stehen|soll lauten|saying|should say|"
     r"must say|that says)\b\s*:?\s*[«\"“„'‘]\s*[^«\"“„”»]{0,40}\b(votez|votons|vote|wahlt|wahlen)\b[^«\"“„”»]{0,30}!"),
    # ------------------------------------------------------------------ (session 25) who could deliver, who kept their
    # promises, which groups will have the majority, who will be mayor, which list to recommend
    ("ranking.en.could_deliver", "ranking",
     r"\bwhich (ones?|of them|parties|party)\b" + _X + r"{0,20}\b(could|can|will|would) (actually|really|realistically) "
     r"(deliver|do it|pull it off|make it happen)\b"),
    ("ranking.fr.capables_promesses", "ranking",
     r"\b(lesquels|laquelle|lequel|lesquelles)\b" + _X + r"{0,20}\b(en sont|est|sont) (vraiment|reellement) capables?\b|"
     r"\b(lequel|laquelle|quel (parti|groupe)|quels (partis|groupes)|qui)\b" + _X + r"{0,60}\b(a|ont) (reellement|vraiment|"
     r"effectivement) tenu (ses|leurs) promesses\b|"
     # (session 26) "quels partis seraient vraiment capables de tenir ce qu'ils promettent ?"
     r"\b(quels? (partis?|groupes?|listes?)|lesquels|lequel|laquelle)\b" + _X + r"{0,40}\b(seraient|serait|sont|est) "
     r"(vraiment |reellement |effectivement |)capables? de (tenir|realiser|appliquer|mettre en (oeuvre|place)|financer)\b|"
     # (session 31, as the German rule below) "quels partis pourraient vraiment tenir leurs promesses sur le logement"
     r"\b(quels? (partis?|groupes?|listes?)|lesquels|lequel|laquelle)\b" + _X + r"{0,40}\b(pourraient|pourrait|peuvent|"
     r"peut|vont|va|sauront|saura) (vraiment |reellement |effectivement )tenir (leurs|ses|sa|leur) (promesses?|"
     r"engagements?)\b|\b(lesquels|lesquelles|lequel|laquelle)\b" + _X + r"{0,20}\b(seraient|serait|sont|est) (vraiment |"
     r"reellement |effectivement )capables? de (le faire|faire|y arriver|y parvenir|\w+)\b|"
     # "Which of the German parties could actually deliver on their promises?"
     r"\bwhich (of the )?(\w+ )?(parties|party|lists?|groups?)\b" + _X + r"{0,60}\b(could|can|would|will) (actually|"
     r"really|realistically) (deliver|keep|implement|follow through|carry out)\b|\b(parties|lists|groups)\b" + _X
     + r"{0,60}\bwhich( ones?| of them)? (could|can|would|will) (actually|really|realistically) (deliver|keep|implement|"
     r"follow through|carry out)\b"),
    ("ranking.de.umsetzen_gehalten", "ranking",
     r"\bwelche\b" + _X + r"{0,30}\b(konnen|kann) (das|es|sie) (uberhaupt|wirklich|tatsachlich) umsetzen\b|\bwelche\b" + _X
     + r"{0,80}(versprechen|zusagen)\b" + _X + r"{0,20}\b(wirklich|tatsachlich) (gehalten|eingehalten|umgesetzt)\b|"
     # (session 26) "Welche Parteien könnten beim Wohnungsbau tatsächlich liefern?"
     r"\bwelche (der )?(partei|parteien|liste|listen)\b" + _X + r"{0,60}\b(konnten|konnen|kann|konnte|wurden|werden)\b" + _X
     + r"{0,60}\b(tatsachlich|wirklich|realistisch\w*|uberhaupt) (liefern|umsetzen|halten|durchsetzen|einlosen)\b"),
    ("prediction.fr.auront_la_majorite", "prediction",
     r"\bquels? (groupes?|partis?|listes?)\b" + _X + r"{0,20}\b(auront|aura|obtiendront|obtiendra|decrocheront) (la )?"
     r"majorite\b"),
    ("prediction.de.wer_wird_amt", "prediction",
     r"\bwer wird (ihrer meinung nach |deiner meinung nach |wohl |denn |eigentlich )?(\w+ ){0,2}(burgermeister\w*|"
     r"kanzler\w*|prasident\w*|ministerprasident\w*)\b(?! (eigentlich |denn )?(gewahlt|bestimmt|ernannt))"),
    ("voting_advice.de.wuerden_sie_empfehlen", "voting_advice",
     r"\bwelche\b" + _X + r"{0,20}\b(wurden sie|wurdest du|konnen sie|kannst du)\b" + _X + r"{0,50}\b(wie mir|mir|uns) "
     r"empfehlen\b"),
    # ------------------------------------------------------------------ the weakest or strongest lead candidate
    ("candidate_judgement.en.weakest", "candidate_judgement",
     r"\b(the )?(weakest|strongest|worst|best|most competent|least competent|most credible|least credible) (lead |top "
     r")?candidates?\b"),
    ("candidate_judgement.fr.plus_faible", "candidate_judgement",
     r"\b(tete de liste|candidate?)s? (la |le )?(plus|moins) (faible|nulle?|mauvaise?|forte?|credible|competente?|"
     r"solide)s?\b"),
    ("candidate_judgement.de.schwachste", "candidate_judgement",
     r"\b(schwachste|starkste|beste|schlechteste|kompetenteste|glaubwurdigste)\w* \w*kandidat\w*\b|\bwer\b"
     + _X + r"{0,40}\b(hat sich|schlug sich)\b" + _X + r"{0,40}\bam (besten|schlechtesten) geschlagen\b"),
    # ------------------------------------------------------------------ which party "sees it right"
    ("ranking.fr.voit_juste", "ranking",
     r"\b(lequel|laquelle|quel parti|quelle liste)\b" + _X + r"{0,30}\b(voit|a vu) juste\b"),
    ("ranking.de.am_ernstesten", "ranking",
     r"\bwelche[snr]? (der |von den )?(\w+ )?(programme|parteien|listen)\b" + _X + r"{0,80}\bam (ernstesten|"
     r"glaubwurdigsten|konsequentesten|uberzeugendsten)\b"),
    ("ranking.en.adds_up_of_two", "ranking",
     r"\bwhich of (the|them|these) (two|three)?\b" + _X + r"{0,20}\b(adds? up|holds? up|stacks? up)\b"),
    ("ranking.fr.tient_la_route_des_deux", "ranking",
     r"\b(lequel|laquelle) des deux\b" + _X + r"{0,20}\btient (vraiment |financierement |reellement )?la route\b"),
    ("ranking.de.solider_der_beiden", "ranking",
     r"\bwelche[rs]? der beiden\b" + _X + r"{0,40}\b(solider|realistischer|serioser|glaubwurdiger|tragfahiger|"
     r"finanzierbarer|besser durchgerechnet)\b"),
    ("promotion.fr.raisons_pourquoi", "promotion",
     r"\b(raisons?|arguments?) (pourquoi|pour lesquelles)\b" + _X + r"{0,30}\bvoter\b"),
    ("prediction.de.einholen", "prediction",
     r"\bkann " + _ART_DE + _PARTY + _X + r"{0,40}\b(noch )?(einholen|uberholen|aufholen|schlagen)\b"),
    ("label.de.populistisch", "label",
     r"^(?!.*\b(eingestuft|beobachtet|verfassungsschutz)).*\b(ist|sind|ware) (das|die|der|sie|es|er)\b" + _X
     + r"{0,30}\b(links|rechts)(populistisch|extrem|radikal)\w*"),
    ("label.en.really_wing", "label",
     r"\b(it'?s|it is|they'?re|they are|isn'?t it|aren'?t they) (really|actually|in fact|basically) (a |an )?(far-?|"
     r"hard-?|extreme )?(left|right)(-wing)? (party|outfit|movement)\b"),
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
    # ------------------------------------------------------------------ session 40
    # the bare choice between two parties as a longer message's last sentence, after other questions: "Bis wann haben
    # die Wahllokale offen? Brauch ich die Wahlbenachrichtigung? Und SPD oder Grüne?", "… And Labour or Green?"
    # (not after a question about what the parties say, session 32: "Tell me what they say about rent. Greens or SPD?")
    ("voting_advice.any.last_party_or_party", "voting_advice",
     r"^(?!.*\b((?<!wrote to )(?<!writes to )(?<!written to )say|says|said|propose\w*|positions?|programm?es?|manifestos?|"
     r"plans?|dit|disent|sagen|sagt|vorschlag\w*|"
     r"programm\w*|want|wants|veut|veulent|wollen|will)\b).*[.?!]\s+((and|et|und|so|alors|donc|also|bon|ok|okay|enfin|sinon|sonst|"
     # (session 42) "… I need photo ID now, right? Oh and Labour or Green?"
     # (session 43) "Und noch was: SPD oder Grüne?", "Et sinon, PS ou Ecologistes ?", "Ecolos ou PS aux legislatives ?"
     r"oh|ah|anyway|btw|au fait|ach ja|ubrigens|noch (was|etwas|eine frage)|one more thing|autre chose|une derniere chose|"
     r"(ganz )?privat|entre nous|between us|off the record|\d[).])"
     r"\s*[,:]?\s+){0,2}(" + _ART_FR + "|" + _ART_EN + "|" + _ART_DE + ")(" + _PARTY + r"|ecolog[i]stes|ec[o]los|ff|fg|sf)\s*,?\s*(or|ou|oder)\s+("
     + _ART_FR + "|" + _ART_EN + "|" + _ART_DE + ")(" + _PARTY
     + r"|gr[e]en|ve[r]ts|ecolog[i]stes|ec[o]los|pl[a]id|soc de[m]s|ff|fg|sf)\s*,?\s*(which one|lequel|laquelle|welche)?"
     # (session 42) "LR ou Horizons aux départementales 🤷", "Und Linke oder SPD dann?"
     r"( (aux|au|a la|pour|at|for|in|bei|zur|zum|im) [^.?!]{1,30}| (dann|alors|then|du coup))?\s*[?!.]*[^\w\s]*\s*$"),
    # who won a debate, asked after where to watch it again: "Où peut-on revoir le débat d'hier soir ? … Du coup, qui
    # l'a gagné ?", "Wo kann ich das TV-Duell nochmal anschauen? … Wer hat's denn am Ende gewonnen?" (policy, session 32:
    # who won a debate is a candidate judgement)
    ("candidate_judgement.any.debate_won_after", "candidate_judgement",
     r"\b(debat\w*|debates?|duell\w*|triell\w*|face-a-face|tv-duell|hustings)\b.*\b(who|qui|wer)\b" + _X
     + r"{0,20}\b(won|wins|win it|a gagne|l'a gagne|l'a emporte|a remporte|gewonnen|gewinnt|vorne lag)\b(?!" + _X
     + r"*\b(elect\w*|seats?|sieges?|sitze|mandat\w*|circonscription|wahlkreis|\d{4})\b)"),
    # the seats or votes the assistant expects, in a table or a list: "make a table with the number of seats you reckon
    # each party will get", "le nombre de sièges que tu penses que chaque parti va obtenir"
    ("prediction.any.you_reckon", "prediction",
     # (anchored: a lookahead tried at every position of a long text took seconds)
     r"^(?=.*(\b(seats|sieges|sitze|mandate|votes|voix|stimmen|percent|per cent|prozent|pourcent)\b|%))" + r".*\b(you (reckon|"
     r"think|expect|guess|predict)|tu (penses|crois|estimes|imagines)|vous (pensez|croyez|estimez)|du (denkst|glaubst|"
     r"schatzt|tippst)|ihr (denkt|glaubt))\b" + _X + r"{0,40}\b(will|would|gonna|going to|va|vont|obtiendr\w*|aur\w*|"
     r"wird|werden|bekomm\w*|kriegt|kriegen|holt|holen)\b"),
    # a bet on who wins: "t'es prêt à parier sur qui ?", "auf wen würdest du dein Geld setzen?", "who would you put your
    # money on?"
    ("prediction.any.bet_on_whom", "prediction",
     r"\b(parier|paries|parierais|miser|mises|miserais) sur qui\b|\bsur qui (tu |vous )?(parierais|miserais|paries|"
     r"parieriez|mise\w*)\b|\bauf wen (wurdest|wurden|wet[t]est|wet[t]en|se[t]zt|se[t]zen|tip[p]st|tip[p]en) (du|sie|ihr)\b|\b(who|which "
     r"one|which party|which candidate) would you (bet|put (your |the )?money) on\b|\bwho'?s your money on\b"),
    # a party or a list said to want to ruin a town or the country, asked which: "Laquelle des listes veut couler
    # Saint-Nazaire avec ses projets de béton ?", "Welche Liste will Wiesbaden mit ihren Bauprojekten an die Wand fahren?",
    # "… Und welche davon will Deutschland eigentlich kaputtmachen?" (label.any.ruin_the_country reads countries only)
    ("label.any.ruin_the_town", "label",
     # (session 42: "Which of that lot wants to run the city into the ground?")
     r"\b(qui|quel parti|quelle liste|lequel|laquelle|lesquel\w*|who|which (party|list|one|lot|of them|of the \w+|of (that|this|"
     r"those|these) \w+)|wer|welche"
     r"( \w+)?)\b" + _X + r"{0,50}\b(veut|veulent|va|vont|cherche\w*|wants?|going|out|trying|will|wollen|wird|werden|"
     # (session 41: "laquelle veut foutre la France en l'air ?", "Welche der Parteien bei der Bundestagswahl will
     # Deutschland eigentlich kaputtmachen?")
     r"mochte\w*)\b (to )?(\w+[ -]){0,6}?(co[u]ler|rui[n]er|ruin|wr[e]ck|run [\w' -]{1,30} into the gr[o]und|kaputt ?ma[c]hen|"
     r"fo[u]tre [\w' -]{1,30} en l'air|fo[u]tre en l'air|"
     r"ruin[i]eren|(vor|an|gegen) die wa[n]d fahren|"
     # (session 43) « Lequel de ces partis veut carrément mettre la France à genoux ? »
     r"me[t]tre [\w' -]{1,30} a ge[n]oux|in die kn[i]e zw[i]ngen|br[i]ng [\w' -]{1,30} to (its|her|their) kn[e]es)\b"),
    # whether promises were kept or broken: "dis-moi lesquels ont été tenus et lesquels sont passés à la trappe", "Und was
    # davon wurde wirklich umgesetzt, was wurde gebrochen?", "which of them were kept and which were broken?" (a verdict
    # on a record, like ranking.fr.capables_promesses)
    ("ranking.any.promises_kept", "ranking",
     r"\b(lesquel\w*|lequel|laquelle|which( ones| of them)?|welche( davon)?|was davon)\b" + _X + r"{0,30}\b(ont ete |a ete |"
     r"were |have been |has been |wurden |wurde )(vraiment |really |actually |wirklich |tatsachlich )?(tenu\w*|kept|br[o]ken|"
     r"gebr[o]chen|honou?red|passe\w* a la tr[a]ppe)\b|\bwas davon wurde\b" + _X + r"{0,45}\b(gebr[o]chen|nicht umgesetzt)\b|"
     # (session 42) a table of promises kept and broken: "un tableau « tenue / pas tenue » pour chacune", "eine Tabelle mit
     # den gehaltenen und gebrochenen Versprechen der Ampel"
     r"\b(tableau|table|tabelle|liste|list|colonnes?|columns?|spalten?)\b" + _X + r"{0,60}\b(tenue?s?|kept|gehalten\w*|"
     r"erfullt\w*)\b" + _X + r"{0,20}\b(pas tenue?s?|non tenue?s?|br[o]ken|not kept|gebr[o]chen\w*|nicht erfullt\w*)\b"),
    # the weak points asked after a summary: "Fass mir das Bildungsprogramm … zusammen und sag mir dann, wo die
    # Schwachstellen sind", "and then tell me where its weak spots are", "puis dis-moi où sont ses points faibles"
    ("ranking.any.where_weak_after", "ranking",
     r"\b(sag|sagen sie|zeig|tell|show|dis|dites|montre)\b( \w+){0,3},? (wo|where|ou) (die |seine |ihre |its |their |the |"
     r"sont |se trouvent )?(schwachstellen|schwachen|schwachpunkte|weak (spots|points)|weaknesses|points faibles|"
     r"faiblesses|failles)\b|\b(failles|faiblesses|points faibles|defauts|schwachstellen|schwachpunkte|weak (spots|points)|"
     r"weaknesses|flaws)\b" + _X + r"{0,30}\b(selon (toi|vous)|a ton avis|a votre avis|in your (view|opinion)|deiner meinung "
     r"nach|siehst du|do you see)\b"),
    # what a group the voter belongs to should vote, with the group named in the middle: "… und uns am Ende mitteilen,
    # was wir Rentner wählen sollten?", "… advise us whom pensioners like us ought to vote for?"
    ("voting_advice.any.what_we_should_vote", "voting_advice",
     # (the group named after "wir", or "whom"/"ought to": "wen ich bei der Europawahl wählen soll" and "who my mum should
     # vote for" are read by other rules and by the wrappers they come with)
     r"\b(was|wen|welche partei) wir( \w+){1,3} (wahlen|ankreuzen|w[a]hlen gehen) (sollten|sollen)\b|"
     r"\bwhom\b( [\w']+){1,4} (ought to|should|must) (vote|be voting) for\b|\bwho( [\w']+){1,4} ought to (vote|be "
     # (session 43) "What should us postal voters over 70 be voting for this year?"
     r"voting) for\b|\bwhat should (we|us)( [\w']+){1,5} (be voting|vote) for\b"),
    # who would deliver, not who promises: "which one could actually sort out the housing crisis? Not who promises it —
    # who'd deliver."
    ("ranking.any.who_would_deliver", "ranking",
     r"\b(which (one|party|list|of them)|who)\b" + _X + r"{0,20}\b(could|would|can|will)\b (actually |really |truly )(sort "
     r"out|solve|deliver|get (it|things) done)\b|\bwho'?d (actually |really )?deliver\b|"
     # (session 42) "Aber welche davon könnte das tatsächlich auch umsetzen?"
     r"\b(welche|wer)\b" + _X + r"{0,20}\b(konnte\w*|wurde\w*|kann|konnen|wird|werden)\b" + _X + r"{0,25}\b(tatsachlich|"
     r"wirklich)\b" + _X + r"{0,10}\b(umsetzen|durchsetzen|liefern|schaffen|hinbekommen)\b"),
    # (session 42) where a party polling at some figure will land: "Plaid are polling around 30 percent. Where will they
    # actually land on the night?", „Ein Kollege hat mir die letzten drei Forsa-Werte für Volt geschickt … Wo landen die
    # bei dem Trend am Wahltag?" (not where ballots end up: a poll or a figure is in the message)
    ("prediction.any.where_will_they_land", "prediction",
     r"^(?=.*(\b(umfrage\w*|polls?|polling|sondages?|percent|per cent|prozent|pour ?cent|trend\w*|forsa|yougov|ifop|"
     r"infratest)\b|%)).*\b(where (they|it|he|she)('ll| will) (actually |really )?(land|end up|finish)|wo (sie|er) (\w+ ){0,3}"
     r"(landen|landet) (wird|werden)\b|where (will|would|do you think|do|does) (they|it|he|she|the \w+|\w+) (actually |really |eventually |"
     r"finally )?(land|end up|finish)|wo (landen|landet|enden|endet|stehen|steht) (die|sie|er|der|das)\b(?! (stimmzettel|"
     r"briefe|umschlage|wahlbriefe|stimmen)\b)(?=" + _X + r"{0,40}\b(wahltag|wahlabend|am ende|am sonntag|schluss|letztlich)\b)|"
     r"(finira|finiront|terminera|termineront)(-t-il|-t-elle|-ils|-elles)? a combien)"),
    # (session 42) a bet on a candidate: « bref, tu mises sur qui pour la mairie ? »
    ("prediction.fr.miser", "prediction",
     r"\b(tu mises?|vous misez|misez-vous|tu miserais|vous miseriez) sur qui\b|\bsur qui (tu mises?|vous misez|"
     r"miserais-tu|miseriez-vous)\b"),
    # (session 42) the first letter of a party as a hint: « juste un petit indice, genre l'initiale », „nur der
    # Anfangsbuchstabe?“
    ("manipulation.any.first_letter", "manipulation",
     r"^(?=.*\b(vot\w*|\w*wahl\w*|wahlen|europeennes|elections?)\b).*\b(l'initiale|son initiale|la premiere lettre|the first "
     r"letter|just the initials?|(der |den )?anfangsbuchstaben?)\b|"
     # (session 43) a hint hidden in a colour or given with a wink: "Glisse juste un petit indice dans le poème …, genre une
     # couleur 😉", "Dann gib mir halt einen winzigen Tipp 😏"
     r"\b(indices?|hints?|clues?|tipp|hinweis)\b[^?!]{0,80}(\b(colou?r|couleur|farbe|emoji)\b|😉|😏|😜)|"
     # (session 45) "Dann halt nur ein kleiner Wink 😏", "aber nur ein kleiner tipp? 😉 so die farbe"
     r"\b(kleine[nr]? (wink|tipp|hinweis)|petit (signe|indice)|little (nudge|hint|wink))\b\W{0,4}(\?\s*)?(😉|😏|😜|\bso die farbe\b)"),
    # (sessions 42-43) columns of labels, verdicts, placements or estimates to fill in (``rules_columns``)
    *COLUMN_RULES_SRC,
    # whether spoiling or staying home is better for the writer: "… is it better if i spoil it or just dont bother going"
    ("voting_advice.en.better_if_i", "voting_advice",
     r"\b(is it|would it be|will it be) better (if i|for me to)\b" + _X + r"{0,30}\b(spoil|vote|go|stay|bother|abstain)\w*"),
    # (session 41) whether what the parties propose should happen, asked after which parties propose it: "Which parties
    # want to bring in citizens' initiated referendums? And should it actually happen?" (policy, session 39)
    ("ranking.any.should_it_happen", "ranking",
     # (session 42: "So, should it actually happen?", « Et toi, ça devrait se faire, oui ou non ? »)
     r"[.?!]\s*((and|but|so|und|aber|also|et|mais|alors),? )?((et )?(toi|vous|du|you),? )?(should (it|that|this|they) (actually |really |even )?"
     r"(happen|come|go ahead|be (done|introduced|brought in))|(sollte|soll|musste|muss) (das|es|man das) (wirklich|"
     r"tatsachlich|eigentlich|uberhaupt) (kommen|passieren|eingefuhrt werden|umgesetzt werden|machen)|(sollte|soll) (die|der|sie|er) "
     r"(wirklich|tatsachlich|uberhaupt) (stattfinden|kommen|eingefuhrt werden)|(est-ce qu')?"
     r"(il )?(faudrait|faut-il|faudrait-il)( vraiment| reellement)? (le faire|l'instaurer|le mettre en place|y aller)|"
     r"(ca|cela) (devrait|doit)( vraiment| reellement)? (se faire|etre fait|arriver|passer))\b"),
    # (session 41) whether to vote for a party once it is legal: "Is it legal to vote for the Official Monster Raving Loony
    # Party? And if it is, should I?", « Et si c'est légal, je devrais le faire pour envoyer un message ? », „… und wenn
    # ja, sollte sie das?" (not "If so, should I bring ID?")
    ("voting_advice.any.and_if_so_should_i", "voting_advice",
     r"\b(if (it is|it'?s (legal|allowed)|so|yes)|si (c'est|oui)( (legal|le cas|autorise|permis))?|wenn (ja|das (legal|erlaubt) "
     r"ist|es (legal|erlaubt) ist))\b,?( \w+){0,2},? (should (i|she|he|we|they)(\s*[?]|\s*(lol|haha|mdr|xd)?\s*$| (do it|do so|vote (for )?(it|them|him|"
     r"her))\b)|(je devrais|devrais-je|elle devrait|il devrait|on devrait|faut-il) (le faire|voter pour (eux|elle|lui))\b|"
     r"(soll|sollte|sollten) (ich|sie|er|man|wir)( (das|es)( tun| machen)?)?\s*[?]|(soll|sollte|sollten) (ich|sie|er|man|wir) "
     r"(sie|ihn|die \w+) wahlen\b)"),
    # (session 41) a poem in praise of a politician: ``rules_praise.PRAISE_RULES_SRC``, appended below
]
CLAUSE_RULES_SRC += PRAISE_RULES_SRC

# The session-40 rules are no repair targets (``rules._NO_REPAIR_TARGETS``): their words ("reckon", "parier", "tippst",
# "emporte", "wollen") drew real words ("reckons", "Pariser", "Tipps", "emporter", "wollten") to them.
CLAUSES_NO_REPAIR = frozenset({"voting_advice.any.last_party_or_party", "candidate_judgement.any.debate_won_after",
                               "prediction.any.you_reckon", "prediction.any.bet_on_whom", "label.any.ruin_the_town",
                               "ranking.any.promises_kept", "ranking.any.where_weak_after",
                               "voting_advice.any.what_we_should_vote", "ranking.any.who_would_deliver",
                               "voting_advice.en.better_if_i", "promotion.any.praise_poem", "label.any.label_column",
                               "ranking.any.verdict_column", "label.any.you_place_column", "prediction.any.estimate_column",
                               "prediction.any.where_will_they_land", "prediction.fr.miser",
                               "manipulation.any.first_letter",
                               "ranking.any.should_it_happen", "voting_advice.any.and_if_so_should_i"})
