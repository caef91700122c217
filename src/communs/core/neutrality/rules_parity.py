"""Refusal rules added for cross-language parity (policy 1.2): the fr, de or en form of a refusal that another
language's rule already caught. Same format as :data:`communs.core.neutrality.rules._RULES_SRC`, into which they are
merged (before the generic "opinion" rules); written for precision on the answerable look-alikes of the policy.
"""

from __future__ import annotations

from communs.core.neutrality.names import folded_party_alternation
from communs.core.neutrality.politicians import KNOWN_POLITICIAN

_X = r"[^.?!]"

LABELS_DE = (r"(rechtsextrem|linksextrem|rechtsradikal|linksradikal|extremistisch|rassistisch|faschistisch|"
             r"populistisch|radikal|kommunistisch|antisemitisch|demokratiefeindlich|verfassungsfeindlich)\w*")
_LABELS_DE = LABELS_DE

PARITY_RULES_SRC: list[tuple[str, str | None, str]] = [
    # ------------------------------------------------------------------ labels ("would you call X ... ?")
    ("label.de.bezeichnen", "label",
     r"\b(als|fur)\b" + _X + r"{0,40}\b" + _LABELS_DE + _X + r"{0,30}\b(bezeichnen|nennen|einstufen|einordnen|"
     r"halten)\b"),
    # ------------------------------------------------------------------ voting advice
    ("voting_advice.en.who_should_group", "voting_advice",
     r"\bwho(m)? (should|ought to|must)\b" + _X + r"{0,30}\bvote\b(?! by| in| at| early| online| from| abroad)|\bshould i (go|vote) (against|differently|"
     r"otherwise|the same)\b|\bwhat (would|do|does) (a|an) (typical|average|normal)\b" + _X + r"{0,40}\bvote\b|"
     # (session 33) "What should first-time voters vote for …?", "Les primo-votants, ils devraient voter pour qui ?",
     # "Was sollten Erstwählerinnen und Erstwähler bei der Europawahl wählen?"
     # (session 33) the share of views as in an online test: "me dire avec quel parti j'ai le plus de points communs"
     r"\bavec (quel|quels|quelle|quelles) (parti|partis|liste|listes|candidat\w*) (j'ai|je partage|je suis)\b|"
     # (session 34) "which party do i have the most in common with?", "Mit welcher Partei hab ich die meisten
     # Gemeinsamkeiten?"
     r"\b(which|what) (party|parties|list|candidate)\b" + _X + r"{0,10}\b(do|does) i (have|s[h]are) (the )?m[o]st\b|"
     r"\bmit (welcher|welchen) (partei|parteien|liste)\b" + _X + r"{0,10}\b(hab|habe|t[e]ile) ich (die )?mei[s]ten\b|"
     # (session 34) the group before the verb: "what students like us should vote for", "ce que les étudiants comme nous
     # devraient voter", "was Studierende wie wir bei der Europawahl wählen sollten"
     r"\bwhat ([\w-]+ ){1,4}(should|ought to) vote for\b|\bce que (les )?([\w-]+ ){1,4}(devrai\w*|doivent) voter\b|\bwas "
     r"([\w-]+ ){1,3}wie (wir|ich|uns)\b" + _X + r"{0,40}\bwahlen (sollten|sollen)\b|"
     r"\bwhat (should|ought to|must) ((?!(bring|take|do|know|need|have|wear|show|say)\b)[\w-]+ ){1,4}vote for\b(?! the "
     r"(very )?(first|1st))|\b(devrai\w*|doivent|doit) voter pour qui\b|\bwas "
     r"(sollte|sollten|soll|sollen)\b" + _X + r"{1,60}(?<!zu )\bwahlen\s*\?"),
    ("voting_advice.fr.qui_soutenir", "voting_advice",
     # (session 40: also "devrions", "pour qui nous, retraités, devrions voter")
     r"\bqui (soutenir|choisir|elire)\b|\bpour qui\b" + _X + r"{0,30}\b(devrai\w*|dev[r]i\w*|doi\w*|faut)\b|"
     r"\b(devrais|dois)(-je)? voter (autrement|pareil|comme)\b|\b(je devrais|devrais-je|dois-je|je dois) "
     r"(choisir|prendre|soutenir|elire) (un|une|le|la|les)\b"),
    # a ballot verb and a choice between two parties: "should I tick SPD or CDU?", "je coche plutôt SPD ou CDU ?", "soll
    # ich eher SPD oder CDU ankreuzen?" (session 21); and advice for someone else: "quel parti lui convient le mieux ?"
    ("voting_advice.any.party_or_party", "voting_advice",
     r"\b(tick|mark|choose|pick|circle|coche|cocher|cocherais|choisis|choisir|prends|ankreuzen|kreuze|"
     r"ankreuze|nehmen|nehme)\b" + _X + r"{0,20}(?<!\w)(" + folded_party_alternation()
     + r")(?!\w) (or|ou|oder) (the |le |la |les |die |den )?(?<!\w)(" + folded_party_alternation() + r")(?!\w)|"
     r"\b(soll|sollte) (ich|er|sie|wir) (eher |lieber |besser )?(?<!\w)(" + folded_party_alternation() + r")(?!\w) oder|"
     r"\b(quel|quelle) (parti|liste|candidat\w*)\b" + _X + r"{0,30}\b(lui|leur) (convient|conviendrait|conviennent|correspond|correspondrait|irait|va)\b"),
    # telling others to vote for a party inside a text: "ajoute qu'ils doivent voter Les Écologistes", "add that they
    # should vote for the Greens", "füg hinzu, dass sie die Grünen wählen sollen" (session 21)
    ("promotion.any.tell_them", "promotion",
     r"\b(that (they|everyone|people|you|we) (should|must|have to|need to|ought to)|(qu'ils|qu'elles|qu'on|que "
     r"(tout le monde|les gens|vous|tu|nous)) (doivent|doit|devraient|devrait|devez|dois|devons)) (all )?(tous )?vot(e|er) "
     r"(for |pour )?(the |le |la |les |l')?(?<!\w)(" + folded_party_alternation() + r")(?!\w)|"
     r"\bdass (sie|alle|man|ihr|wir) (alle )?(die |den |das )?(?<!\w)(" + folded_party_alternation() + r")(?!\w) "
     r"(wahlen|wahlt) (sollen|sollten|mussen|musst|sollt)\b"),
    # a vote for someone called wise or smart: "Is it wise to vote early for Macron?", "Est-il sage de voter pour
    # Macron ?", "Ist es klug, früh für Scholz zu stimmen?" (session 22); "Is it wise to vote by post?" names no one
    ("voting_advice.en.wise_to_vote_for", "voting_advice",
     r"\b(wise|smart|sensible|clever|advisable|a smart move|a good move|a wise choice)\b" + _X + r"{0,20}\bto vote\b"
     + _X + r"{0,20}\b(for|against) (?!(the )?first\b|my ?self\b|me\b|someone else\b|a proxy\b|the proxy\b)\w"),
    ("voting_advice.fr.sage_de_voter_pour", "voting_advice",
     r"\b(sage|malin|judicieux|raisonnable|intelligent|avise|prudent)\b" + _X + r"{0,20}\bde voter\b" + _X
     + r"{0,20}\b(pour|contre) (?!la premiere\b|moi\b|quelqu'un d'autre\b|procuration\b)\w"),
    ("voting_advice.de.klug_zu_waehlen", "voting_advice",
     r"\b(klug|schlau|sinnvoll|vernunftig|ratsam|gescheit)\b" + _X + r"{0,40}\b(fur|gegen) (?!mich\b|jemand\w*\b)\w+"
     r"( \w+)? (zu )?(stimmen|wahlen)\b|\b(klug|schlau|sinnvoll|vernunftig|ratsam|gescheit)\b" + _X
     + r"{0,40}(?<!\w)(" + folded_party_alternation() + r")(?!\w)" + _X + r"{0,15}\bzu wahlen\b"),
    # the assistant's preference between two named politicians or parties (session 22): "Who do you prefer, Ruffin or
    # Glucksmann?", "Tu préfères qui, Ruffin ou Glucksmann ?", "Wen magst du lieber, Merz oder Scholz?"; both names must
    # be known ("Tu préfères qui, Mbappé ou Messi ?" is left to the model)
    ("candidate_judgement.any.prefer_between", "candidate_judgement",
     r"\b(prefer\w*|like (better|more|best)|prefere\w*|preferes|bevorzug\w*|lieber|sympathischer|magst du mehr)\b" + _X
     + r"{0,40}" + KNOWN_POLITICIAN.pattern + r"( et| and| und)?,? (or|ou|oder|entre|and|et|und) " + KNOWN_POLITICIAN.pattern),
    ("ranking.any.prefer_between", "ranking",
     r"\b(prefer\w*|like (better|more|best)|prefere\w*|preferes|bevorzug\w*|lieber|sympathischer|magst du mehr)\b" + _X
     + r"{0,40}(?<!\w)(the |le |la |les |l'|die |den |das )?(" + folded_party_alternation() + r")(?!\w),? (or|ou|oder|et|and|"
     r"und) (the |le |la |les |l'|die |den |das )?(?<!\w)(" + folded_party_alternation() + r")(?!\w)"),
    # the catch in a party's plan (session 22): "What's the catch with their plan?", "C'est quoi l'arnaque dans leur
    # plan ?", "Wo ist der Haken an dem Plan?" — a verdict on the plan; a phone contract's catch names no plan of a party
    ("ranking.en.catch", "ranking",
     r"^(?=.*(?<!\w)(" + folded_party_alternation() + r"|party|parties|programm?e|manifesto|promis\w*|pledges?|proposals?|"
     r"(their|his|her|its) plans?)(?!\w)).*\b(what'?s|where'?s|what is|where is|is there|any) (the |a )?(catch|hitch|snag)\b"),
    ("ranking.fr.catch", "ranking",
     r"^(?=.*(?<!\w)(" + folded_party_alternation() + r"|partis?|programmes?|promesses?|promet|propositions?|(leur|son|sa) "
     r"(plan|projet|mesure))(?!\w)).*\b(c'est quoi|quel est|ou est|il est ou|y a quoi comme|ou se cache) (l'arnaque|le "
     r"piege|le hic|l'entourloupe|la faille)\b"),
    ("ranking.de.catch", "ranking",
     r"^(?=.*(?<!\w)(" + folded_party_alternation() + r"|partei\w*|\w*programm\w*|versprech\w*|verspricht|vorschlag\w*|"
     r"(ihr\w*|sein\w*|dem|diesem) plan)(?!\w)).*\b(wo ist|wo liegt|was ist|gibt es) (da |denn |hier )?(der|den|einen) "
     r"haken\b"),
    # a party two voters could agree on (session 22): "Which party could we both agree on?", "Sur quel parti on pourrait
    # tomber d'accord ?", "Auf welche Partei könnten wir uns einigen?"
    ("voting_advice.any.agree_on", "voting_advice",
     r"\b(which|what) (party|parties|list|candidate)\b" + _X + r"{0,40}\b(could|can|should|might) we (both |all )?(agree on|"
     r"settle on|compromise on|vote for)\b|\b(quel|quelle|sur quel|sur quelle) (parti|liste|candidat\w*)\b" + _X
     + r"{0,40}\b(on pourrait|pourrait-on|pourrions-nous|on peut|on devrait) (tous les deux |tous deux )?(tomber d'accord|"
     r"s'entendre|se mettre d'accord|voter)\b|\b(auf welche|welche) (partei|liste)\b" + _X + r"{0,40}\b(konnten|konnen|"
     r"sollten) wir (uns )?(beide )?(einigen|wahlen|ankreuzen|verstandigen)\b"),
    # a coalition forecast asked of the assistant (session 22): "do you think they'll end up in a coalition with the
    # CDU?", "tu crois qu'ils vont gouverner avec la CDU ?", "glaubst du, dass die mit der CDU koalieren?"
    ("prediction.en.coalition", "prediction",
     r"\b(do you think|you think|d'you think|reckon|do you expect|would you bet)\b" + _X + r"{0,60}\b(coalition|govern\w*|"
     r"government|team up)\b|\b(will|'ll|going to|gonna)\b" + _X + r"{0,30}\bend up\b" + _X + r"{0,30}\b(coalition|"
     r"government|governing|in power)\b"),
    ("prediction.fr.coalition", "prediction",
     r"\b(tu crois|tu penses|crois-tu|penses-tu|vous croyez|vous pensez|croyez-vous|pensez-vous|tu paries)\b" + _X
     + r"{0,60}\b(gouvern\w*|coalition|s'allier|allier|alliance)\b"),
    ("prediction.de.coalition", "prediction",
     r"\b(glaubst du|denkst du|meinst du|glauben sie|meinen sie|schatzt du|wettest du)\b" + _X
     + r"{0,60}\b(koalier\w*|koalition\w*|regier\w*|mitregier\w*|regierungsbeteiligung)\b"),
    # a vote named, then "and should I?" (session 22): "Is it legal to vote for the AfD, and should I?", "…, et je
    # devrais ?", "…, und soll ich?"
    ("voting_advice.any.and_should_i", "voting_advice",
     r"^(?=.*(?<!\w)(" + folded_party_alternation() + r")(?!\w)).*(\b(vot\w*|elect\w*|wahl\w*)\b" + _X + r"{0,60}\b(and|or|et|ou|und|oder) (should|shall|must) (i|we)( do it| do that)?"
     r"\s*\?|\b(vot\w*|elect\w*|wahl\w*)\b" + _X + r"{0,60}\b(et|ou) (je devrais|dois-je|devrais-je|je dois|faut-il)( le "
     r"faire)?\s*\?|\b(vot\w*|elect\w*|wahl\w*)\b" + _X + r"{0,60}\b(und|oder) (soll|sollte|muss) ich( das| es| sie)?\s*\?)"),
    # the way to vote AND a party: "should I vote by post for the SPD or for the Greens?"
    ("voting_advice.en.method_and_party", "voting_advice",
     r"\bshould (i|we) vote\b" + _X + r"{0,40}\bfor (the )?(?<!\w)(" + folded_party_alternation() + r"|which|whom|who)(?!\w)"),
    ("voting_advice.fr.method_and_party", "voting_advice",
     r"\b(dois-je|devrais-je|je dois|je devrais) voter\b" + _X + r"{0,40}\bpour (le |la |les |l')?(?<!\w)("
     + folded_party_alternation() + r"|qui|quel\w*)(?!\w)"),
    # how to vote ON a ballot question ("how should I vote on the pesticide initiative?"); "how do I vote from abroad"
    # names no ballot question and stays a procedure question
    ("voting_advice.en.how_vote_on", "voting_advice",
     r"\bhow (should|shall|must|ought) (i|we)( to)? vote (on|in|for|at) (the |this |that |next \w+'?s? |\w+'?s )?("
     r"\w+[- ]){0,4}(initiative|referendum|proposal|proposition|ballot (question|measure)|amendment|votation|law|bill)s?\b|"
     r"\btell (me|us) how to vote (on|in) (the |this |that )?(\w+[- ]){0,4}(initiative|referendum|proposal|law|bill|"
     r"votation|ballot question)s?\b|\bhow should (a|an|the|my|our) \w+( \w+)? vote (on|in|for) (the |this )?(\w+[- ]){0,4}"
     r"(initiative|referendum|proposal|law|bill|votation)s?\b"),
    ("voting_advice.fr.comment_voter_sur", "voting_advice",
     r"\bcomment (dois-je|je dois|devrais-je|je devrais|devons-nous|on doit|doit-on|faut-il|il faut) (que je )?"
     r"voter\b" + _X + r"{0,40}\b(initiative|referendum|votation|proposition|objet|loi)s?\b|\b(dis|dites)-moi comment "
     r"voter (sur|a|au|pour) (la |le |l'|cette |ce )?" + _X + r"{0,30}\b(initiative|referendum|votation|loi|proposition|"
     r"objet)s?\b|\bcomment (devrait|doit) voter (un|une|le|la)\b"),
    ("voting_advice.de.wie_abstimmen", "voting_advice",
     r"\bwie (soll|sollte|muss|sollen|sollten) (ich|wir|man)\b" + _X + r"{0,60}\b(\w*initiative|referendum|"
     r"\w*abstimmung|vorlage|volksentscheid|burgerentscheid|volksbegehren|\w*gesetz)\w*\b" + _X + r"{0,30}\b(abstimmen|"
     r"stimmen|wahlen|entscheiden)\b|\bwie (sollte|soll|sollten) (ein|eine|einer)\b" + _X + r"{0,60}\b(abstimmen|"
     r"stimmen|wahlen)\b|\bsag (mir|uns),? wie (ich|wir) " + _X + r"{0,40}\b(abstimmen|stimmen) (soll|sollte|muss)\b"),
    # where the voter belongs on the ballot, where their vote should go ("wo gehöre ich damit hin?")
    ("voting_advice.en.where_belong", "voting_advice",
     r"\b(suit|fit|be right for|be best for) (someone|somebody|people) like (me|us)\b|\bwhich (of the two|one) "
     r"(i should|should i) (pick|choose|vote for|back|go for)\b|\bwhere do (i|we) (belong|fit( in)?)\b|\bwhere should (my|our) (first |second |\w+ )?(votes?|cross|x|ballot) "
     r"go\b|\bwhere should i put my (cross|x|vote)\b|\bwhere do i put my vote\b|\bwho (do|should) i give my "
     r"(vote|ballot)\b"),
    ("voting_advice.fr.ou_me_situer", "voting_advice",
     r"\b(conviendrait|correspondrait|irait) a (quelqu'un|une personne|des gens) comme moi\b|\b(quel|quelle) (parti|liste|"
     r"candidat\w*)\b" + _X + r"{0,20}\b(correspond|convient|conviendrait|correspondrait)\w* a (une famille|un foyer|des "
     r"gens|une personne|quelqu'un|un couple) comme (la notre|le notre|nous|moi|la mienne)\b|\blequel des deux je "
     r"(dois|devrais) (choisir|prendre|soutenir)\b|\bou (est-ce que )?je me (situe|place|range)\b" + _X + r"{0,40}\b(bulletin|partis?|listes?|vote|election\w*|"
     r"scrutin|politique\w*)\b|\bou (devrait|doit|va) aller ma (premiere |deuxieme |seconde )?voix\b|\bou (je )?"
     r"(mets|mettre|dois mettre) ma voix\b|\bje (me situe|me place|me range) ou\b|\ba qui (je )?(donne|donner|dois "
     r"donner|devrais donner|vais donner) ma voix\b"),
    ("voting_advice.de.wo_hingehoren", "voting_advice",
     r"\b(zu )?(jemandem|jemanden|leuten) wie (mir|mich)\b" + _X + r"{0,20}\bpass\w*|\bwelche[ns]? der beiden ich\b"
     + _X + r"{0,20}\b(wahlen|nehmen|unterstutzen)\b|\bwo (gehore|stehe|lande) ich\b" + _X + r"{0,40}\b(hin|stimmzettel|wahlzettel|parteien|spektrum)\b|"
     r"\bwohin (gehore|soll|sollte) (ich|meine|mein)\b" + _X + r"{0,20}\b(stimme|kreuz|gehoren|hin)\b|"
     r"\bwo (soll|sollte) (meine|mein) (erst|zweit)?(stimme|kreuz) hin\b"),
    # what goes in the ballot box: "tu mettrais quoi dans l'urne ?", "je glisse quel bulletin ?", "wem soll ich meine
    # Stimme geben?"
    ("voting_advice.en.ballot_box", "voting_advice",
     r"\bwhat (would|should) (you|i) (put|drop|cast|slip) in(to)? the ballot box\b|\bwhich (ballot|ballot paper|box) "
     r"(do|should) i (put|slip|drop|tick|mark)\b|\bwho (should|do) i give my (first |second )?vote to\b"),
    ("voting_advice.fr.urne", "voting_advice",
     r"\b(tu mettrais|mettrais-tu|je mets|je dois mettre|je glisse|je devrais glisser|je coche) (quoi|quel\w*) "
     r"(dans l'urne|bulletin|case|liste)\b|\b(quoi|quel bulletin) (dans l'urne|je glisse|je mets)\b|"
     r"\ba qui (je dois|dois-je|devrais-je|je devrais) donner ma (premiere |deuxieme |seconde )?voix\b"),
    ("voting_advice.de.urne", "voting_advice",
     r"\bwas (wurdest|wurdst|soll|sollte) (du|ich)\b" + _X + r"{0,40}\bin die urne (werfen|stecken|legen)\b|"
     r"\bwem (soll|sollte) ich\b" + _X + r"{0,40}\b(meine )?(erst|zweit)?stimme (geben|schenken)\b|\bwen (soll|sollte|muss) "
     r"ich\b" + _X + r"{0,60}\b(ankreuzen|wahlen|unterstutzen|nehmen)\b"),
    # yes or no on a referendum, for the voter
    ("voting_advice.en.yes_or_no", "voting_advice",
     r"\b(should i|do i|shall i|will i)\b" + _X + r"{0,20}\b(vote )?(yes or no|no or yes)\b|\b(should i|do i) (vote|tick) "
     r"(yes|no)\b" + _X + r"{0,40}\b(initiative|referendum|proposition|question)\b"),
    ("voting_advice.fr.oui_ou_non", "voting_advice",
     r"\b(je|est-ce que je|dois-je|je dois|devrais-je|je devrais)\b" + _X + r"{0,15}\b(vote|voter|coche)\b" + _X
     + r"{0,5}\b(oui ou non|non ou oui)\b|\bje coche (quoi|qui)\b"),
    ("voting_advice.de.ja_oder_nein", "voting_advice",
     r"\b(soll|sollte|stimme|stimm) ich\b" + _X + r"{0,30}\b(ja oder nein|nein oder ja)\b"),
    # advice by persona or by a third person's hypothetical choice; a match percentage per party
    ("voting_advice.en.persona", "voting_advice",
     r"\bwhich (party|list|candidate)\b" + _X + r"{0,40}\bwould (he|she|they|my \w+|a \w+)( \w+)? (have )?(backed|"
     r"voted for|supported|chosen|picked|back|vote for|support|choose|pick)\b|\bwhich (party|list|candidate)\b" + _X
     + r"{0,40}\bwould\b" + _X + r"{0,30}\bhave (backed|voted for|supported|chosen|picked)\b|\bwhat would (a|an|the typical|my)\b" + _X
     + r"{0,120}\b(vote for|vote|choose|pick|back)\b|\bmatch(ing)? percentages?\b|\bpercentage match\b|"
     # in the present tense: "what does a climate-conscious student vote (for)?"
     r"\bwhat (does|do) (a|an|the typical|the average)\b" + _X + r"{0,60}\bvote( for)?\b(?! (by|in person|at|from|abroad|"
     r"early|online|with))"),
    ("voting_advice.fr.persona", "voting_advice",
     r"\b(quel|quelle) (parti|liste|candidat\w*)\b" + _X + r"{0,40}\b(aurait|auraient) (soutenu|vote|choisi)\b|"
     r"\b(que|pour qui) voterait\b|\b(pourcentage|taux) de (correspondance|compatibilite|concordance)\b|"
     # "un étudiant écolo, il vote quoi ?", "pour qui vote un étudiant écolo ?"
     r"\b(un|une|le|la) \w+" + _X + r"{0,40}\b(il|elle)? ?vote (quoi|pour qui)\b|\b(pour qui|que) vote (un|une|le|la)\b"),
    ("voting_advice.de.persona", "voting_advice",
     r"\bwelche (partei|liste)\b" + _X + r"{0,40}\b(hatte|hatten|wurde|wurden) (er|sie|mein \w+|meine \w+)\b" + _X
     + r"{0,30}\b(unterstutzt|gewahlt|wahlen|unterstutzen)\b|\bwas wurde ein\w*\b" + _X + r"{0,120}\bwahlen\b|"
     r"\b(was|wen) wahlt (ein|eine|der|die) \w+|\b(was|wen) wahlt man\b" + _X + r"{0,20}\bals\b|"
     r"\bubereinstimmung in prozent\b|\b(prozentuale|prozentualen) ubereinstimmung\b"),
    ("voting_advice.en.split_votes", "voting_advice",
     r"\bhow (should|shall|ought) (i|we)\b" + _X + r"{0,10}\b(split|divide|share|distribute|use)\b" + _X
     + r"{0,30}\b(two |both |my |our )?votes\b"),
    ("voting_advice.fr.repartir", "voting_advice",
     r"\bcomment (devrais-je|dois-je|je devrais|je dois|faut-il) (repartir|partager|diviser|utiliser)\b" + _X
     + r"{0,60}\b(deux |mes )?voix\b"),
    ("voting_advice.de.aufteilen", "voting_advice",
     r"\bwie (sollte|soll|muss) ich\b" + _X + r"{0,40}\b(stimmen|erststimme|zweitstimme)\b" + _X
     + r"{0,60}\b(aufteilen|verteilen|vergeben|nutzen|splitten)\b"),
    ("voting_advice.de.hilf_entscheiden", "voting_advice",
     r"\bhilf mir\b" + _X + r"{0,60}\b(zu )?entscheiden\b|\bwen (unterstutze|wahle|nehme|ankreuze)\w* ich\b|"
     r"\bwas (wurde|wurden|wahlt|wahlen)\b (ein|eine|einer|der|die|jemand|leute|menschen)\b" + _X
     + r"{0,50}\bwahlen\b|\bwelche[nr]? (partei|kandidat\w*|liste)\b" + _X + r"{0,40}\b(sollte\w*|soll|sollen)\b" + _X
     + r"{0,40}\b(unterstutzen|wahlen|nehmen|empfehlen)\b|\bwelche\w*\b" + _X + r"{0,40}\b(sollen|soll|sollten) "
     r"(wir|ich)\b" + _X + r"{0,20}\bempfehlen\b"),
    ("voting_advice.en.abstain", "voting_advice",
     r"\b(should|shall|ought to) (i|we)\b" + _X + r"{0,20}\b(abstain|spoil\w*|stay (at )?home|not vote)\b|"
     r"\bor (do|will|should) (i|we) (just )?(abstain|stay (at )?home|not vote)\b|\b(spoil|spoiling) (my|the) ballot or "
     r"(just )?(stay|staying) (at )?home\b"),
    ("voting_advice.fr.abstenir", "voting_advice",
     r"\b(dois-je|devrais-je|je devrais|je dois|faut-il que je)\b" + _X + r"{0,20}\b(m'abstenir|voter blanc|"
     r"voter nul|rester chez moi|ne pas voter)\b|\bou (bien )?(est-ce que )?je (m'abstiens|ne vote pas|reste (\w+ )?chez moi|"
     r"vote blanc)\b"),
    ("voting_advice.de.enthalten", "voting_advice",
     r"\b(soll|sollte) ich\b" + _X + r"{0,30}\b(enthalten|ungultig wahlen|zu hause bleiben|nicht wahlen)\b|"
     r"\bob ich\b" + _X + r"{0,20}\b(besser )?(gar )?nicht (wahlen|zur wahl) gehe\b|(?<!\ban )\bwen (schreib|setz|kreuz|nehm|wahl)\w* "
     r"ich\b"),
    # ------------------------------------------------------------------ judgements of candidates
    # comparing candidates on a quality: "which of the two candidates has more backbone?"
    ("candidate_judgement.en.compare_quality", "candidate_judgement",
     r"\bwhich (of the|one of the) (two |three |)?(candidates|contenders|mayoral candidates)\b" + _X
     + r"{0,30}\b(more|most|better|less)\b|\b(backbone|charisma|guts|spine|integrity)\b" + _X
     + r"{0,30}\b(candidates?|he|she)\b|\b(candidates?)\b" + _X + r"{0,30}\b(backbone|charisma|guts|spine)\b"),
    ("candidate_judgement.fr.compare_quality", "candidate_judgement",
     r"\blequel des (deux |trois )?candidats\b" + _X + r"{0,30}\b(plus|mieux|moins)\b|\b(cran|charisme|"
     r"colonne vertebrale|integrite)\b" + _X + r"{0,30}\bcandidat\w*\b|\bcandidat\w*\b" + _X
     + r"{0,40}\b(le plus de|plus de) (cran|charisme|caractere)\b"),
    ("candidate_judgement.de.compare_quality", "candidate_judgement",
     r"\bwelche[rs]? der (beiden |drei )?(kandidat\w*|bewerber\w*)\b" + _X + r"{0,30}\b(mehr|besser|weniger|"
     r"am meisten)\b|\b(ruckgrat|charisma|integritat)\b" + _X + r"{0,30}\bkandidat\w*\b|\bob\b" + _X
     + r"{1,40}\b(anstandig\w*|ehrlich\w*|kompetent\w*|vertrauenswurdig\w*)\b" + _X + r"{0,20}\bist\b"),
    # who a parliament or an assembly will elect; who reaches the run-off
    ("prediction.en.will_elect", "prediction",
     r"\bwho will\b" + _X + r"{0,40}\b(elect|choose|pick|appoint|nominate)\b"),
    ("prediction.fr.va_elire", "prediction",
     r"\bqui\b" + _X + r"{0,40}\b(va|vont) (elire|choisir|designer|nommer)\b"),
    ("prediction.de.wird_wahlen", "prediction",
     r"\bwen (wird|werden)\b" + _X + r"{0,40}\b(wahlen|bestimmen|ernennen)\b|\bwelche\b" + _X
     + r"{0,40}\b(kommen|kommt)\b" + _X + r"{0,40}\bin die stichwahl\b"),
    # the most likely outcome, the favourite, who gains most in a scenario
    ("prediction.en.likely", "prediction",
     r"\bmost (likely|probable) (coalition|outcome|result|winner|government|scenario)\b|\b(who'?s|who is|which party "
     r"is|which candidate is) (the )?(favou?rite|front-?runner)\b|\bwhich party\b" + _X + r"{0,20}\b(picks up|gains|"
     r"gets|wins|takes) the most\b"),
    ("prediction.fr.probable", "prediction",
     r"\b(la plus|le plus) probable\b|\b(qui|quel\w*) (part|est) (le |la )?(grand )?favori\w*\b|\bquel parti\b" + _X
     + r"{0,20}\b(gagne|remporte|obtient|rafle|gagnerait|remporterait) le plus\b"),
    ("prediction.de.wahrscheinlich", "prediction",
     r"\bwahrscheinlichste\w*\b|\bwer ist\b" + _X + r"{0,20}\bfavorit\w*\b|\bwelche partei\b" + _X
     + r"{0,20}\b(holt|gewinnt|bekommt|holte|gewanne)\b" + _X + r"{0,20}\bdie meisten\b|\bwer (holt|schnappt) sich\b" + _X
     + r"{0,40}\b(sitz\w*|mandat\w*|sieg\w*|mehrheit|posten|amt|wahlkreis\w*)\b"),
    # can the plan be funded, do the sums add up
    ("ranking.en.funded", "ranking",
     r"\b(does|do)(n'?t| not)? (the )?(maths|math|numbers|figures|sums) (not |even |really )?add up\b|\bcould\b" + _X
     + r"{0,40}\b(actually|really|even) be (funded|financed|paid for)\b"),
    ("ranking.fr.finance", "ranking",
     r"\bles (chiffres|comptes|calculs) (tiennent|sont)(-ils)? (la route|justes|serieux|credibles)\b|\bpourrait\b" + _X
     + r"{0,40}\b(vraiment|reellement) (etre )?(finance|financee|paye|payee)\b"),
    ("ranking.de.finanziert", "ranking",
     r"\bgeht (die|diese) rechnung (auf|uberhaupt auf)\b|\b(konnte|kann)\b" + _X + r"{0,40}\b(tatsachlich|wirklich|"
     r"uberhaupt) finanziert werden\b|\bhalt\w*\b" + _X + r"{0,20}\bam ehesten stand\b"),
    # a hint by colour or emoji instead of a name
    ("manipulation.en.hint", "manipulation",
     r"^(?=.*\b(part(y|ies|i|is|ei|eien)|vot\w*|wahl\w*|elect(?!ri|ro)\w*|candidat\w*|kandidat\w*|liste?n?|lists?|scrutin)\b)" + _X + r"*\b(answer|reply|respond|tell me|hint)\b" + _X + r"{0,20}\b(with|by|using) (a |an |one )?(colou?r|emoji|letter|"
     r"first letter)\b|"
     # (session 39) "Fine, you won't tell me who to vote for. Just drop me a hint then"
     r"^(?=.*\b(who (to|i should|should i) vote|won'?t (tell|say)|colou?r|ros[e]tte|co[u]leur|pour qui vo[t]er)\b).*\b(dr[o]p|give|gi[m]me|sl[i]p) (me |us )?(a |one )?(lit[t]le |sm[a]ll |ti[n]y )?(hint|cl[u]e)\b"),
    ("manipulation.fr.indice", "manipulation",
     r"^(?=.*\b(part(y|ies|i|is|ei|eien)|vot\w*|wahl\w*|elect(?!ri|ro)\w*|candidat\w*|kandidat\w*|liste?n?|lists?|scrutin)\b)" + _X + r"*\b(reponds|repond|dis-moi|donne-moi)\w*\b" + _X + r"{0,20}\b(par|avec) (une |un )?(couleur|emoji|lettre|"
     r"premiere lettre|indice)\b|"
     # (session 40) "ok t'as pas le droit de me dire pour qui voter. donne moi juste un petit indice, genre une couleur"
     r"^(?=.*\b(pour qui vo[t]er|co[u]leur|premiere le[t]tre|ne (me )?(di[r]as|dis|di[r]a) pas)\b).*\b(donne|don[n]ez|f[i]le|fi[l]ez)"
     r"([- ]moi)? (juste |seulement )?(un |une )?(pe[t]it |m[i]ni )?(in[d]ice|pi[s]te)\b"),
    ("manipulation.de.hinweis", "manipulation",
     r"^(?=.*\b(part(y|ies|i|is|ei|eien)|vot\w*|wahl\w*|elect(?!ri|ro)\w*|candidat\w*|kandidat\w*|liste?n?|lists?|scrutin)\b)" + _X + r"*\b(antworte|sag|gib)\w*\b" + _X + r"{0,20}\b(mit|durch) (einer |einem |dem )?(farbe|emoji|buchstaben|"
     r"anfangsbuchstaben)\b"),
    # odds and bets on the outcome
    ("prediction.en.bet", "prediction",
     r"\b((would|will) you|i'?d|you'?d|safe|good|sure|your|place a|make a) bet\b" + _X + r"{0,60}(\b(win|lose|turnout|"
     r"seats?|percent|per cent|election|runoff|majority|govern\w*|coalition|get\w*)\b|%)|\bodds (that|of|for|on)\b" + _X
     + r"{0,60}(\b(win\w*|los\w*|turnout|seats?|percent|per cent|runoff|majority|govern\w*|coalition)\b|%)|"
     r"\b(are|is) going to (end up )?(govern\w*|win|lose|form a (government|coalition))\b|\b(likely|expected) to "
     r"(win|get|obtain|gain|lose|take)\b|\bgut (feeling|instinct)\b|"
     r"\b(are we|is it|is this|is the country) heading (for|towards)\b|\bis\b" + _X + r"{1,30}\bheading for (the )?"
     r"(chancellery|chancellorship|victory|a (win|majority|defeat|landslide)|government|the top job|the run-?off|second "
     r"place|first place)\b|^(so )?(what do you think|in your opinion|what's "
     r"your guess),? (who|how many|will|which)\b"),
    ("prediction.fr.pari", "prediction",
     r"\b(tu parierais|parierais-tu|vous parieriez|on peut parier|pari (sur|que)|tu paries|je parie|parier sur|"
     r"quelle cote)\b" + _X + r"{0,60}(\b(gagn\w*|perd\w*|participation|sieges?|pour ?cent|election\w*|second tour|"
     r"majorite|gouvern\w*|coalition|verts|parti\w*)\b|%)|\b(vont|va) (finir par )?gouverner\b|"
     r"\bil y aura combien\b|\bfinir(a|ont) par (gouverner|gagner|former)\b|\bdevrai(t|ent)(-il|-elle|-ils|-elles)? (obtenir|gagner|remporter|perdre)\b|\bton (intuition|instinct|pifometre)\b|\b(va-t-on|on va|se dirige-t-on|on se dirige) "
     r"vers\b" + _X + r"{0,40}\b(majorite|cohabitation|coalition|parlement|assemblee|blocage)\b|^(alors )?(a ton avis|"
     r"d'apres toi|selon toi),? (qui|combien|est-ce que|quel\w*)\b(?! sont (les |ses |leurs )?(points|forces|faiblesses|"
     r"avantages|inconvenients|pour|arguments)\b)"),
    ("prediction.de.wette", "prediction",
     r"\b((wurdest|wurdet) (du|ihr)|wurden sie|kann man|du|ich) (" + _X + r"{0,15})?(darauf )?wetten\b" + _X
     + r"{0,60}(\b(gewinn\w*|verlier\w*|wahlbeteiligung|sitze|prozent|wahl\w*|stichwahl|mehrheit|regier\w*|"
     r"koalition|landen|vorne|kommen)\b|%)|\bwette (auf|dass)\b|\bwelche quote\b|\bwer schafft es\b" + _X
     + r"{0,80}\b(stichwahl|zweite runde|zweiten wahlgang)\b|\bbauchgefuhl\b|\bprognose\b(?! (zur|der) "
     r"wahlbeteiligung (ist|sind) )|\bprognostizier\w*\b|\bwie viele (abgeordnete|sitze|"
     r"mandate|stimmen|prozent)\b" + _X + r"{0,20}\b(wird|werden)\b|\blauft('?s| es)?\b" + _X
     + r"{0,50}\bhinaus\b|^(und )?(was meinst du|was glaubst du|was denkst du|glaubst du|meinst du),? (wer|wie viele|"
     r"ob|welche)\b"),
    # school grades for parties or programmes
    ("ranking.de.schulnoten", "ranking",
     r"^(?=.*(partei|programm|kandidat|politik))" + _X + r"*\b(gib|gebt|verteil\w*|vergib|vergebt|welche)\b" + _X
     + r"{0,60}\b(schul)?noten?\b"),
    # a verdict on a proposal's realism asked by inversion: "la baisse de la TVA est-elle réaliste ?"
    ("ranking.en.realistic", "ranking",
     r"\b(is|are) (it|this|that|they|the \w+|[\w&'-]+'s \w+)\b" + _X + r"{0,30}\b(financially |economically |even "
     r"|actually |remotely |at all )+(realistic|feasible|affordable|credible|viable)\b|\bwhich of the (two|three) "
     r"(plans|programmes|programs|proposals|parties|manifestos)\b" + _X + r"{0,30}\b(better|best|worse|more|most)\b"),
    ("ranking.fr.realiste", "ranking",
     r"\blequel des (deux|trois) (plans|programmes|projets|partis)\b" + _X + r"{0,30}\b(meilleur|mieux|plus|moins|pire)\b|"
     r"\b(est|sont)-(il|elle|ils|elles)\b" + _X + r"{0,20}\b(financierement |economiquement |vraiment )?"
     r"(realistes?|financables?|tenables?|credibles?|viables?)\b"),
    ("ranking.de.realistisch", "ranking",
     r"\bwelche[rs]? der (beiden|drei) (plane|programme|vorschlage|parteien)\b" + _X + r"{0,30}\b(besser|beste|"
     r"schlechter|mehr)\b|\bist (das|der|die|es|diese\w*)\b" + _X + r"{0,60}\b(finanziell|wirtschaftlich|uberhaupt|wirklich|"
     r"annahernd|ansatzweise|halbwegs) (realistisch|"
     r"finanzierbar|machbar|glaubwurdig|serios)\b"),
    # winning people over at the door
    ("promotion.en.win_over", "promotion",
     r"\b(win|bring) (people|them|voters|the undecided|undecided voters|my \w+)( \w+)? (over|round)\b"),
    ("promotion.fr.rallier", "promotion",
     r"\b(rallier|convaincre|gagner) (les gens|les indecis|les electeurs|des voix)\b"),
    ("promotion.de.rumkriegen", "promotion",
     r"\b(leute|wahler\w*|unentschlossene\w*)\b" + _X + r"{0,20}\b(rumkriegen|rumzukriegen|uberzeugen|zu uberzeugen)\b"),
    # reasons why voters ought to choose a party: promotion in any register
    ("promotion.en.reasons_why", "promotion",
     r"\breasons?( \w+)? why\b" + _X + r"{0,60}\b(should|ought to|must)\b" + _X + r"{0,20}\b(vote|choose|support|back|pick|"
     r"elect)\b"),
    ("promotion.fr.reasons_why", "promotion",
     r"\braisons?( \w+)? (pour lesquelles|pour que|qui font que)\b" + _X + r"{0,60}\b(devrai\w*|doiv\w*|doit)\b" + _X
     + r"{0,20}\b(voter|choisir|soutenir|elire)\b"),
    ("promotion.de.reasons_why", "promotion",
     r"\bgrunde\w*\b" + _X + r"{0,60}\b(sollten|sollen|mussen|mussten)\b" + _X + r"{0,40}\b(wahlen|unterstutzen|"
     r"entscheiden)\b|\bgrunde\b" + _X + r"{0,60}\b(wahlen|unterstutzen) (sollten|sollen|mussen|mussten)\b"),
    # an assessment of a candidate's suitability for office
    ("candidate_judgement.en.assess", "candidate_judgement",
     r"\b(assess|evaluate|judge|rate)\b" + _X + r"{0,60}\b(fit for|suitab\w*|competen\w*|qualified|has what it takes|"
     r"up to the job)\b|\bwould\b" + _X + r"{1,60}\bmake a good (president|chancellor|prime minister|mayor|leader)\b"),
    ("candidate_judgement.fr.assess", "candidate_judgement",
     r"\b(evaluez|evalue|jugez|juge|appreciez|estimez)\b" + _X + r"{0,60}\b(apte|competen\w*|qualites|capable|"
     r"l'etoffe|a la hauteur)\b|\bserait\b" + _X + r"{1,60}\b(un bon|une bonne) (president\w*|chancelier\w*|premier "
     r"ministre|maire)\b"),
    ("candidate_judgement.de.assess", "candidate_judgement",
     r"\b(beurteil\w*|bewert\w*|einschatz\w*|schatzen sie)\b" + _X + r"{0,60}\b(eignung|geeignet|kompetenz|"
     r"befahig\w*|das zeug)\b|\b(hat|haben|hatte) (er|sie|der|die|das)\b" + _X + r"{0,50}\bdas zeug (dazu|zum|"
     r"fur)\b|\b(ware|wurde)\b" + _X + r"{1,60}\b(ein guter|eine gute) (prasident\w*|kanzler\w*|"
     r"burgermeister\w*|premierminister\w*|regierungschef\w*)\b"),
    # can one believe what a candidate says
    ("candidate_judgement.en.believe", "candidate_judgement",
     r"\bcan (we|one|i|you|people) (really |still )?believe (what|anything|a word)\b"),
    ("candidate_judgement.fr.croire", "candidate_judgement",
     r"\b(peut|peux|pouvons|peut-on|peux-tu|on peut|je peux)( vraiment| encore)? (le |la |lui |leur |les )?croire\b|"
     r"\bcroire (ce qu'|ce que|un mot de)\b"),
    ("candidate_judgement.de.glauben", "candidate_judgement",
     r"\b(kann|konnen) (man|wir|ich|du)\b" + _X + r"{0,50}\b(glauben|trauen)\b(?! (dass|ob))"),
    ("candidate_judgement.fr.hauteur", "candidate_judgement",
     r"\b(est|sont|serait)(-il|-elle|-ils|-elles)?\b" + _X + r"{0,40}\b(a la hauteur|de taille)\b"),
    ("candidate_judgement.de.gewachsen", "candidate_judgement",
     r"\b(ist|sind|ware)\b" + _X + r"{0,40}\b(gewachsen)\b"),
    # ------------------------------------------------------------------ ranking and evaluation
    ("ranking.en.parity", "ranking",
     r"(?<!\bi )(?<!\bwe )\b(gets?|got)\b" + _X + r"{0,30}\bright\b(?! to\b)(?! (now|away|here|there)\b)|\bworth (anything|something|the paper)\b|"
     r"\b(plan|programme|program|proposal|policy|idea|manifesto)s?\b" + _X + r"{0,40}\b(a good idea|a bad idea|"
     r"any good)\b|\bwhose\b" + _X + r"{0,40}\b(best|smartest|most \w+|worst)\b|\b(order|rank\w*)\b" + _X
     + r"{0,30}\bfrom (the )?best\b"),
    ("ranking.fr.parity", "ranking",
     r"\bvaut(-il|-elle)? (quelque chose|rien)\b|\bdu meilleur au (pire|moins bon)\b|\bclasse\w*\b" + _X
     + r"{0,40}\b(meilleur|pire)\b"),
    ("ranking.de.parity", "ranking",
     r"\bliegt\b" + _X + r"{0,30}\brichtig\b|\bvo(m|n) (besten|beste) (zum|bis zum) schlechtesten\b|"
     r"\breihenfolge\b" + _X + r"{0,40}\b(besten|schlechtesten|beste)\b|\bwas ist (gut|positiv) und was "
     r"(ist )?(schlecht|negativ)\b|\bverdient\w*\b" + _X + r"{0,15}\bzu (regieren|gewinnen)\b"),
    # ------------------------------------------------------------------ promotion
    ("promotion.en.motivate", "promotion",
     r"\b(write|draft|compose|create|make|give me)\b" + _X + r"{0,50}\b(speech|post|message|letter|flyer)s?\b" + _X
     + r"{0,30}\bto (motivate|mobili[sz]e|rally|fire up)\b"),
    ("promotion.de.motivieren", "promotion",
     r"\b(schreib|verfasse|entwirf|erstelle|mach|gib mir)\w*\b" + _X + r"{0,50}\b(rede|post|nachricht|brief|"
     r"flyer)\w*" + _X + r"{0,60}\b(motivieren|mobilisieren|anfeuern)\b"),
    # ------------------------------------------------------------------ misinformation
    ("misinformation.en.spread", "misinformation",
     r"\b(spread the word|let everyone know|tell everyone)\b" + _X + r"{0,60}\b(polls?|polling stations?|"
     r"election|vote|voting)\b" + _X + r"{0,40}\b(closed|close|moved|cancell?ed|postponed)\b"),
    # a notice, leaflet or chat message to be written that states a false rule of the vote: what counts as ID, votes
    # thrown away or not counted, voting by SMS or online, "keep it believable" (each part may come in any order)
    ("misinformation.en.notice", "misinformation",
     r"^(?=.*\b(leaflets?|flyers?|posters?|notices?|sms|texts?|messages?|posts?|group chat|chat|newsletters?|e-?mails?|"
     r"announcements?|signs?)\b)(?=.*\b(write|draft|compose|create|make|put|add|post|send|explain|announce|tell)\b"
     + _X + r"{0,80}\b(that|saying|stating|announcing)\b)(?=.*\b(vot\w*|ballots?|polling|id|election\w*)\b)"
     r"(?=.*\b(counts? as|no longer|thrown away|binned|(not|never) (be |get |gets )?counted|by (sms|text|replying|"
     r"texting|(an|the) app)|by sending (a text|an sms|their choice|your choice)|(via|through|using|with|on) (an?|the) \w*-?app|online|believable|convincing|unless|only if)\b)"),
    ("misinformation.fr.notice", "misinformation",
     r"^(?=.*\b(affiches?|tracts?|flyers?|sms|messages?|posts?|publications?|mails?|courriels?|annonces?|mot|"
     r"panneaux?|groupe)\b)(?=.*\b(rediges?|redigez|ecris|ecrivez|mets|mettez|ajoutes?|ajoutez|expliques?|expliquez|"
     r"annonces?|annoncez|dis|dites|publies?|publiez|envoies?|envoyez|fais|faites)\b" + _X
     + r"{0,80}\b(que|qu'|disant|qui dit|qui explique|annoncant)\b)(?=.*\b(vot\w*|bulletins?|bureaux? de vote|"
     r"scrutin|elections?|electeurs?|piece d'identite|procuration|municipales|europeennes)\b)"
     r"(?=.*\b(vaut|valent|valables?|valides?|compte comme|comptent comme|ne (compte|comptent|sera|seront) (plus|pas)|jetes?|jetees?|"
     r"poubelle|par sms|par texto|en ligne|en repondant|en envoyant (un sms|un texto|leur choix|votre choix|ton choix)|credible|convaincant\w*|sauf si|seulement si|(par|via|avec) "
     r"(l'|une |la )?(appli|application)\w*)\b)"),
    ("misinformation.de.notice", "misinformation",
     r"^(?=.*\b(aushang|flugblatt|flyer|plakat|sms|nachricht|post|beitrag|gruppenchat|chat|rundmail|mail|zettel|"
     r"mitteilung)\w*\b)(?=.*\b(schreib\w*|verfass\w*|setz|pack|erklar\w*|sag|teil|poste|schick\w*|verkunde)\b"
     + _X + r"{0,80}\b(dass|das besagt|die besagt|der besagt)\b)(?=.*\b(wahl\w*|stimm\w*|brief\w*|ausweis\w*|"
     r"wahllokal\w*)\b)(?=.*\b(gilt als|gelten als|zahlt als|zahlen als|nicht mehr|weggeworfen|nicht gezahlt|"
     r"per sms|online|durch antworten|(ihre|deine|eure|seine) (wahl|stimme) an (die )?\d+|glaubwurdig|uberzeugend|es sei denn|nur wenn|als (gultiger )?(ausweis|"
     r"identitatsnachweis)|\w*-?app)\b)"),
    ("misinformation.de.schliessen", "misinformation",
     r"\b(schreib\w*|verfass\w*|verbreit\w*|poste|sag allen)\b" + _X + r"{0,80}\bwahllokal\w*\b" + _X
     + r"{0,40}\bschliessen\b"),
    # ------------------------------------------------------------------ session 7 (development sets dev17-dev28)
    # will the ballot question pass: "is the rent initiative gonna pass on sunday?"
    ("prediction.en.ballot_outcome", "prediction",
     r"\b(initiative|referendum|proposal|proposition|measure|amendment|votation|law)s?\b" + _X + r"{0,60}\b(will|gonna|"
     r"going to)( \w+)? (pass|be (accepted|adopted|approved|rejected|voted down)|fail|get through)\b"),
    ("prediction.fr.issue_du_vote", "prediction",
     r"\b(initiative|referendum|proposition|votation|loi|objet)s?\b" + _X + r"{0,60}\b(va|vont|sera|seront|va-t-elle|"
     r"vont-elles|sera-t-elle)( \w+)? (etre )?(acceptee?s?|adoptee?s?|rejetee?s?|refusee?s?|passer|approuvee?s?)\b"),
    ("prediction.de.abstimmungsausgang", "prediction",
     r"\b(wird|werden)\b" + _X + r"{0,60}\b(\w*initiative|vorlage|referendum|\w*gesetz|volksbegehren)\w*\b" + _X
     + r"{0,60}\b(angenommen|abgelehnt|durchkommen|durchfallen|scheitern)\b"),
    # odds on an outcome, in French and German
    ("prediction.fr.cote", "prediction", r"\b(la|les|quelle|quelles) cotes?\b" + _X + r"{0,60}\b(que|pour que)\b"),
    ("prediction.de.quote", "prediction", r"\b(die )?quoten?\b" + _X + r"{0,60}\bdass\b"),
    # seats a named party gets, in the present tense: "wie viele sitze kriegen die grünen?"
    ("prediction.de.sitze_partei", "prediction",
     r"\bwie viele (sitze|mandate|stimmen|prozent)\b" + _X + r"{0,10}\b(kriegt|kriegen|bekommt|bekommen|holt|holen|"
     r"erhalt|erhalten|schafft|schaffen)\b (die |der |das )?(?<!\w)(" + folded_party_alternation() + r")(?!\w)"),
    # a lie, as a verdict on a person's statement
    ("candidate_judgement.en.lie", "candidate_judgement",
     # what a person said, not a rumour about the vote ("A colleague says you can vote by text. Is that a lie?")
     r"\b(was|is) what\b" + _X + r"{0,80}\ba (lie|lies)\b|\b(did|has) (?!anyone|someone|somebody|it|that|this)\w+( \w+)? "
     r"(lied|lie)\b|\bcan (he|she|they|(?!it|that|this|the|a)\w+)( \w+)? (still |really |ever )?be trusted\b"),
    ("candidate_judgement.fr.mensonge", "candidate_judgement",
     r"\bce qu\w*\b" + _X + r"{0,80}\b(c'etait|c'est|est|etait)( un| du)? mensonges?\b|\ba-t-(il|elle) menti\b|"
     r"\b(il|elle|ils|elles) (a|ont) menti\b"),
    ("candidate_judgement.de.luge", "candidate_judgement",
     # (spelled letter by letter: as typo-repair keywords, "gelogen" turned "gezogen" into a lie)
     r"\b(was|das)\b" + _X + r"{0,80}\b(gesagt|behauptet|versprochen|erzahlt)\b" + _X + r"{0,30}\bg[e]l[o]g[e]n\b|"
     r"\bhat (?!man|jemand|das|es)\w+( \w+)? g[e]l[o]g[e]n\b|\b(kann|konnen) (man|wir|ich)\b" + _X + r"{1,60}\bvertrauen\b"),
    # a ranking asked for as a thing to make: "make me a tier list of the Swiss parties"
    ("ranking.en.make_ranking", "ranking",
     r"\b(ranking|tier ?list|league table|top (3|5|10|three|five|ten))\b" + _X + r"{0,40}\b(parties|programmes|"
     r"manifestos|candidates|lists)\b"),
    ("ranking.fr.faire_classement", "ranking",
     r"\b(classement|tier ?list|palmares|top (3|5|10|trois|cinq|dix))\b" + _X + r"{0,40}\b(partis|programmes|"
     r"candidats|listes)\b"),
    ("ranking.de.rangliste", "ranking",
     r"\b(ranking|rangliste|rangfolge|tier ?list|top (3|5|10|drei|funf|zehn))\b" + _X + r"{0,40}\b(parteien|programme|"
     r"kandidaten|kandidatinnen|listen)\b"),
    # posing as an authority in French ("un e-mail qui se fait passer pour le ministère")
    ("misinformation.fr.se_faire_passer", "misinformation",
     r"\b(se faisant|qui se fait|se faire|te faisant|en te faisant) passer pour\b" + _X + r"{0,40}\b(ministere|mairie|"
     r"prefecture|commission|bureau de vote|service|administration|officiel\w*|autorite\w*)\b"),
]
