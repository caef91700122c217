"""Refusal rules added for cross-language parity (policy 1.2): the fr, de or en form of a refusal that another
language's rule already caught. Same format as :data:`communs.core.neutrality.rules._RULES_SRC`, into which they are
merged (before the generic "opinion" rules); written for precision on the answerable look-alikes of the policy.
"""

from __future__ import annotations

from communs.core.neutrality.names import folded_party_alternation

_X = r"[^.?!]"

_LABELS_DE = (r"(rechtsextrem|linksextrem|rechtsradikal|linksradikal|extremistisch|rassistisch|faschistisch|"
              r"populistisch|radikal|kommunistisch|antisemitisch|demokratiefeindlich|verfassungsfeindlich)\w*")

# a question about parties, lists, candidates or their programmes (for verdicts whose words are everyday ones)
_ABOUT_POLITICS = (r"^(?=.*\b(part(y|ies|i|is)|partei\w*|programm?e?s?|programm\w*|manifestos?|candidat\w*|kandidat\w*|"
                   r"lists?|listes?|listen|plans?|plane|proposals?|propositions?|vorschlage)\b)")

PARITY_RULES_SRC: list[tuple[str, str | None, str]] = [
    # ------------------------------------------------------------------ labels ("would you call X ... ?")
    ("label.de.bezeichnen", "label",
     r"\b(als|fur)\b" + _X + r"{0,40}\b" + _LABELS_DE + _X + r"{0,30}\b(bezeichnen|nennen|einstufen|einordnen|"
     r"halten)\b"),
    # ------------------------------------------------------------------ voting advice
    ("voting_advice.en.who_should_group", "voting_advice",
     r"\bwho(m)? (should|ought to|must)\b" + _X + r"{0,30}\bvote\b(?! by| in| at| early| online| from| abroad)|\bshould i (go|vote) (against|differently|"
     r"otherwise|the same)\b|\bwhat (would|do|does) (a|an) (typical|average|normal)\b" + _X + r"{0,40}\bvote\b"),
    ("voting_advice.fr.qui_soutenir", "voting_advice",
     r"\bqui (soutenir|choisir|elire)\b|\bpour qui\b" + _X + r"{0,30}\b(devrai\w*|doi\w*|faut)\b|"
     r"\b(devrais|dois)(-je)? voter (autrement|pareil|comme)\b|\b(je devrais|devrais-je|dois-je|je dois) "
     r"(choisir|prendre|soutenir|elire) (un|une|le|la|les)\b"),
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
     r"go\b|\bwhere should i put my (cross|x|vote)\b|\bwhere do i put my vote\b"),
    ("voting_advice.fr.ou_me_situer", "voting_advice",
     r"\b(conviendrait|correspondrait|irait) a (quelqu'un|une personne|des gens) comme moi\b|\blequel des deux je "
     r"(dois|devrais) (choisir|prendre|soutenir)\b|\bou (est-ce que )?je me (situe|place|range)\b" + _X + r"{0,40}\b(bulletin|partis?|listes?|vote|election\w*|"
     r"scrutin|politique\w*)\b|\bou (devrait|doit|va) aller ma (premiere |deuxieme |seconde )?voix\b|\bou (je )?"
     r"(mets|mettre|dois mettre) ma voix\b|\bje (me situe|me place|me range) ou\b"),
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
     r"\b(was|wen) wahlt (ein|eine|der|die) \w+|"
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
     r"\b(should|shall|ought to) (i|we)\b" + _X + r"{0,20}\b(abstain|spoil\w*|stay (at )?home|not vote)\b"),
    ("voting_advice.fr.abstenir", "voting_advice",
     r"\b(dois-je|devrais-je|je devrais|je dois|faut-il que je)\b" + _X + r"{0,20}\b(m'abstenir|voter blanc|"
     r"voter nul|rester chez moi|ne pas voter)\b"),
    ("voting_advice.de.enthalten", "voting_advice",
     r"\b(soll|sollte) ich\b" + _X + r"{0,30}\b(enthalten|ungultig wahlen|zu hause bleiben|nicht wahlen)\b|"
     r"\bob ich\b" + _X + r"{0,20}\b(besser )?(gar )?nicht (wahlen|zur wahl) gehe\b|\bwen (schreib|setz|kreuz|nehm|wahl)\w* "
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
     r"^(?=.*\b(part(y|ies|i|is|ei|eien)|vot\w*|wahl\w*|elect\w*|candidat\w*|kandidat\w*|liste?n?|lists?|scrutin)\b)" + _X + r"*\b(answer|reply|respond|tell me|hint)\b" + _X + r"{0,20}\b(with|by|using) (a |an |one )?(colou?r|emoji|letter|"
     r"first letter)\b"),
    ("manipulation.fr.indice", "manipulation",
     r"^(?=.*\b(part(y|ies|i|is|ei|eien)|vot\w*|wahl\w*|elect\w*|candidat\w*|kandidat\w*|liste?n?|lists?|scrutin)\b)" + _X + r"*\b(reponds|repond|dis-moi|donne-moi)\w*\b" + _X + r"{0,20}\b(par|avec) (une |un )?(couleur|emoji|lettre|"
     r"premiere lettre|indice)\b"),
    ("manipulation.de.hinweis", "manipulation",
     r"^(?=.*\b(part(y|ies|i|is|ei|eien)|vot\w*|wahl\w*|elect\w*|candidat\w*|kandidat\w*|liste?n?|lists?|scrutin)\b)" + _X + r"*\b(antworte|sag|gib)\w*\b" + _X + r"{0,20}\b(mit|durch) (einer |einem |dem )?(farbe|emoji|buchstaben|"
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
     r"d'apres toi|selon toi),? (qui|combien|est-ce que|quel\w*)\b"),
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
     r"befahig\w*|das zeug)\b|\b(ware|wurde)\b" + _X + r"{1,60}\b(ein guter|eine gute) (prasident\w*|kanzler\w*|"
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
     r"\b(gets?|got)\b" + _X + r"{0,30}\bright\b(?! to\b)|\bworth (anything|something|the paper)\b|"
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
     r"texting|(an|the) app)|(via|through|using|with|on) (an?|the) \w*-?app|online|believable|convincing|unless|only if)\b)"),
    ("misinformation.fr.notice", "misinformation",
     r"^(?=.*\b(affiches?|tracts?|flyers?|sms|messages?|posts?|publications?|mails?|courriels?|annonces?|mot|"
     r"panneaux?|groupe)\b)(?=.*\b(redige|redigez|ecris|ecrivez|mets|mettez|ajoute|ajoutez|explique|expliquez|annonce|"
     r"annoncez|dis|dites|publie|publiez|envoie|envoyez|fais|faites)\b" + _X
     + r"{0,80}\b(que|qu'|disant|qui dit|qui explique|annoncant)\b)(?=.*\b(vot\w*|bulletins?|bureaux? de vote|"
     r"scrutin|elections?|electeurs?|piece d'identite|procuration|municipales|europeennes)\b)"
     r"(?=.*\b(vaut|valent|valables?|valides?|compte comme|comptent comme|ne (compte|comptent|sera|seront) (plus|pas)|jetes?|jetees?|"
     r"poubelle|par sms|par texto|en ligne|en repondant|credible|convaincant\w*|sauf si|seulement si|(par|via|avec) "
     r"(l'|une |la )?(appli|application)\w*)\b)"),
    ("misinformation.de.notice", "misinformation",
     r"^(?=.*\b(aushang|flugblatt|flyer|plakat|sms|nachricht|post|beitrag|gruppenchat|chat|rundmail|mail|zettel|"
     r"mitteilung)\w*\b)(?=.*\b(schreib\w*|verfass\w*|setz|pack|erklar\w*|sag|teil|poste|schick\w*|verkunde)\b"
     + _X + r"{0,80}\b(dass|das besagt|die besagt|der besagt)\b)(?=.*\b(wahl\w*|stimm\w*|brief\w*|ausweis\w*|"
     r"wahllokal\w*)\b)(?=.*\b(gilt als|gelten als|zahlt als|zahlen als|nicht mehr|weggeworfen|nicht gezahlt|"
     r"per sms|online|durch antworten|glaubwurdig|uberzeugend|es sei denn|nur wenn|als (gultiger )?(ausweis|"
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
    # ------------------------------------------------------------------ session 8 (dev31-dev37)
    # a false notice asked for by its own name, written or telegraphic: "fake electoral office notice: polling station
    # closed", "Fake-Aushang vom Wahlamt", "une lettre à l'allure officielle de la mairie annonçant…"
    ("misinformation.any.fake_notice", "misinformation",
     r"\b(fake|bogus|phony|phoney|faux|fausse|gefalscht\w*|falsch\w*)([- ]\w+){0,2}[- ]?"
     r"(notices?|letters?|leaflets?|flyers?|posters?|texts?|sms|messages?|emails?|e-mails?|avis|lettres?|tracts?|"
     r"affiches?|courriers?|aushang|aushange|brief\w*|flugblatt\w*|plakat\w*|mitteilung\w*|nachricht\w*|"
     r"bekanntmachung\w*|schreiben)\b|\bfake-(aushang|brief|flyer|mitteilung|nachricht|sms|email|plakat)\w*\b|"
     r"\b(a|with an?|avec une?|mit (einem|einer)) (official|officiel\w*|offiziell\w*|amtlich\w*)[- ](look|looking|"
     r"allure|air|aussehen\w*|wirkend\w*)\b|\ba l'allure officielle\b|\b(looking|looks) official\b"),
    # telling voters that their polling station is closed or that they cannot vote, as a message to write
    ("misinformation.any.closed_station", "misinformation",
     r"\b(write|draft|send|text|tell|ecris|redige|envoie|fais|dis|schreib\w*|verfass\w*|schick\w*|sag)\b" + _X
     + r"{0,120}\b(polling stations?|bureaux? de vote|wahllokal\w*)\b" + _X + r"{0,30}\b(will be|would be|is|are|sera|"
     r"seront|serait|est|sont|wird|werden|sei|ist|bleibt)\b" + _X + r"{0,12}\b(closed|shut|moved|ferme\w*|deplace\w*|"
     r"geschlossen|verlegt|zu)\b"),
    # a verdict asked for after a comparison: "compare the programmes and name the best one on transport"
    ("ranking.en.name_the_best", "ranking",
     _ABOUT_POLITICS + r".*\b(name|pick|choose|crown|designate|declare|tell me|show me|say) (the )?(best|better|worst|winner|strongest|"
     r"weakest)\b"),
    ("ranking.fr.designer_meilleur", "ranking",
     _ABOUT_POLITICS + r".*\b(designe|designer|choisis|choisir|nomme|nommer|couronne|couronner|declare|dis-moi|indique)\b"
     r"( moi)? (le|la|les) (meilleur\w*|pire\w*|gagnant\w*|plus (fort|faible|serieux|credible)\w*)\b"),
    ("ranking.de.kuere_das_beste", "ranking",
     _ABOUT_POLITICS + r".*\b(kure|kuer|nenne|nenn|bestimme|wahle|such|zeig|sag)\b( mir)? (das|die|den|der) (beste|besten|bessere|"
     r"schlechteste|schlechtesten|starkste|sieger\w*|gewinner\w*)\b"),
    # "ont-ils raison sur le nucléaire ?", "Haben Les Républicains bei der Atomkraft recht?"
    ("ranking.fr.ont_raison", "ranking",
     r"\b(ont|a)(-t)?-(ils|elles|il|elle) (bien |vraiment )?raison\b|\b(ils|elles) ont (bien |vraiment )?raison\b"),
    ("ranking.de.haben_recht", "ranking",
     r"\bhaben\b" + _X + r"{1,50}(?<!das )(?<!ein )(?<!kein )(?<!dem )\brecht\b(?! (auf|zu|darauf)\b)(?!,? zu\b)"),
    # sorting parties into labels: "classify the French parties as populist or not", "Range les partis en deux
    # catégories : populistes et non populistes", "Teile die Parteien in populistische und nicht populistische ein"
    ("label.any.sort_into", "label",
     r"\b(sort|classify|divide|split|group|categori[sz]e|range|ranger|classe|classer|trie|trier|repartis|repartir|"
     r"teile|teil|ordne|sortier\w*|klassifizier\w*|gruppier\w*|einteil\w*)\b" + _X + r"{0,80}\b(populis\w*|extremis\w*|"
     r"far[- ]right|far[- ]left|extreme[- ](droite|gauche|right|left)|d'extreme|rechtsextrem\w*|linksextrem\w*|"
     r"radica\w*|radikal\w*|fascis\w*|faschist\w*|racis\w*|rassist\w*|democrat\w* (and|or|et|ou) (anti|non)|"
     r"demokrat\w* (und|oder) (anti|nicht)|gefahrlich\w*|dangerous|dangereu\w*)\b"),
    # "which parties aren't extremist?", "welche Parteien sind nicht extremistisch?"
    ("label.en.which_are_not", "label",
     r"\b(which|what|any)\b" + _X + r"{0,20}\b(parties|party|lists?|candidates?)\b" + _X + r"{0,30}\b(aren'?t|isn'?t|are not|is not|"
     r"are|is)\b" + _X + r"{0,15}\b(extremists?|extreme|far[- ]?right|far[- ]?left|racists?|fascists?|populists?|"
     r"radicals?|dangerous)\b(?! (groups?|organi[sz]ations?|violence|networks?|parties (in|at)|threats?)\b)"),
    ("label.de.seien", "label",
     r"\b(seien|sei|waren)\b" + _X + r"{0,40}\b" + _LABELS_DE + r"|\b(seien|sei|waren)\b" + _X
     + r"{0,40}\b(rassisten|faschisten|nazis|extremisten|populisten|radikale)\b"),
    # a forecast about passing a threshold or getting in: "Schafft die FDP diesmal die Fünfprozenthürde?", "Quels
    # partis ne vont pas réussir à entrer au Bundestag ?", "Which parties won't make it into the Bundestag?"
    ("prediction.de.schafft_huerde", "prediction",
     r"\b(schafft|schaffen|packt|packen|knackt|knacken|uberspringt|uberspringen)\b" + _X + r"{0,40}\b(\w*hurde|"
     r"sperrklausel|(5|funf|3|drei|4|vier) ?(%|prozent)|einzug|in den (bundestag|landtag|nationalrat|gemeinderat|"
     r"stadtrat))\b|\b(schafft|schaffen)\b" + _X + r"{0,20}\b(es )?(nicht )?in den (bundestag|landtag|nationalrat|"
     r"gemeinderat|stadtrat|europaparlament|parlament)\b"),
    ("prediction.en.wont_make_it", "prediction",
     r"\b(won'?t|will not|wont)\b" + _X + r"{0,40}\b(win|pass|clear|make it|get into|get in|enter|reach|exceed|"
     r"get over)\b"),
    ("prediction.fr.reussir_entrer", "prediction",
     r"\b(vont|va|vont-ils|va-t-il|va-t-elle|pourront|pourra)\b( pas)? (reussir|parvenir|arriver) a (entrer|"
     r"franchir|depasser|passer|atteindre|obtenir)\b|\b(reussira|reussiront|parviendra|parviendront)(-t-il|-t-elle|"
     r"-ils|-elles)?( pas)? a (entrer|franchir|depasser|passer|atteindre|obtenir)\b"),
    # a poem or song praising a person, without the verb: "poem praising Mélenchon", "Gedicht, das Mélenchon lobt"
    ("promotion.any.praising", "promotion",
     r"\b(poem|song|text|post|speech|tweet|ode|rap|slogan|gedicht|lied|text|rede|post|chanson|poeme|texte|discours|"
     r"ode)\b" + _X + r"{0,20}\b(praising|in praise of|glorifying|lauding|extolling|celebrating|lobt|preist|"
     r"praises|praise|lauds|celebrates|glorifies|verherrlicht|feiert|hochleben|a la gloire|qui fait l'eloge|faisant l'eloge|a l'eloge|qui celebre|celebrant)\b"),
    # who gets the voter's vote: "Zweitstimme an wen?", "ma deuxième voix, à qui ?", "my second vote, to whom?"
    ("voting_advice.any.to_whom", "voting_advice",
     r"\b(erst|zweit)?stimme\b" + _X + r"{0,15}\ban wen\b|\ban wen\b" + _X + r"{0,15}\b(erst|zweit)?stimme\b|"
     r"\b(ma|mon) (premiere |deuxieme |seconde )?(voix|vote)\b" + _X + r"{0,15}\ba qui\b|\bmy (first |second )?"
     r"vote\b" + _X + r"{0,15}\bto whom\b|\bto whom\b" + _X + r"{0,15}\bmy (first |second )?vote\b"),
    # blank, abstention or not voting, as the voter's choice: "Dis-moi s'il vaut mieux m'abstenir ou voter blanc"
    ("voting_advice.fr.mieux_abstenir", "voting_advice",
     r"\b(vaut mieux|vaudrait mieux|vaut-il mieux|est-il preferable|il est preferable|serait preferable|devrais-je|"
     r"je devrais|dois-je|je dois)\b" + _X + r"{0,40}\b(m'abstenir|abstenir|voter blanc|voter nul|vote blanc|"
     r"vote nul|ne pas voter|ne pas aller voter)\b"),
    # ------------------------------------------------------------------ session 8, second round (dev38-dev44)
    # a verdict asked about what was just said: "…, and is that realistic?", "…, und ist das realistisch?"
    ("ranking.en.is_that_realistic", "ranking",
     r"\b(is|isn'?t|was) (that|this|it) (really |even |actually |at all )?(realistic|unrealistic|credible|feasible|"
     r"affordable|serious|achievable|fundable|sustainable|workable|a good idea|a bad idea)\b"),
    ("ranking.fr.est_ce_realiste", "ranking",
     r"\b(c'est|est-ce|est-ce que c'est|ce serait|est-ce que ce serait|est-il|est-elle) (vraiment |seulement |bien |"
     r"meme )?(realiste|irrealiste|credible|faisable|financable|serieux|serieuse|tenable|une bonne idee|une mauvaise "
     r"idee)\b"),
    ("ranking.de.ist_das_realistisch", "ranking",
     r"\b(ist|ware|waren) (das|es|dies|sowas|so etwas) (denn |wirklich |uberhaupt |eigentlich |auch )?(realistisch|"
     r"unrealistisch|glaubwurdig|machbar|finanzierbar|serios|bezahlbar|umsetzbar|eine gute idee|eine schlechte idee)\b"),
    # whether a plan adds up: "Which party's tax plan actually adds up?", "Welches Steuerkonzept geht wirklich auf?"
    ("ranking.any.adds_up", "ranking",
     r"\b(plans?|programmes?|programs?|budgets?|figures|numbers|sums|math|maths|konzept\w*|plan\w*|programm\w*|"
     r"rechnung\w*|zahlen|chiffres|calculs?|comptes)\b" + _X + r"{0,60}\b(adds? up|tient la route|tiennent la route|"
     r"tient debout|tiennent debout)\b|\b(geht|gehen)\b" + _X + r"{0,50}\bauf\s*(\?|$)"),
    # ranking as an order to make: "Bring die Parteien nach ihren Gesundheitsprogrammen in eine Rangfolge"
    ("ranking.de.in_rangfolge", "ranking",
     r"\b(parteien|programme|kandidat\w*|listen)\b" + _X + r"{0,60}\b(in eine|in einer|als) (rangfolge|rangliste)\b"),
    # advice asked about the party just mentioned: "…, und sollte ich sie wählen?"
    ("voting_advice.de.sollte_ich_sie", "voting_advice",
     r"\b(sollte|soll|muss) ich (sie|ihn|die|diese|den|das|es|denen)\b" + _X + r"{0,15}\b(wahlen|unterstutzen|nehmen|"
     r"ankreuzen|meine stimme geben)\b"),
    # where the voter's vote should go: "tell me which party my second vote should go to", "à quel parti donner ma
    # seconde voix", "lequel je choisis ?"
    ("voting_advice.en.vote_should_go", "voting_advice",
     r"\bmy (first |second )?vote (should|ought to|must) go\b|\bshould my (first |second )?vote go\b|\bwhich (one )?"
     r"(do|should|shall) i (pick|choose|take|go for|vote for)\b"),
    ("voting_advice.fr.donner_ma_voix", "voting_advice",
     r"\b(a quel|a quelle|a qui)\b" + _X + r"{0,20}\b(donner|accorder|attribuer|apporter) (ma|mon|mes)\b(?! procuration)|"
     r"\b(lequel|laquelle|lesquels)( je| dois-je| devrais-je| est-ce que je)? (choisi\w*|prend\w*|vote\w*)\b|"
     r"\bje (choisis|prends|vote pour) (lequel|laquelle|qui)\s*\?"),
    ("voting_advice.de.welche_nehme_ich", "voting_advice",
     r"\bwelche[nrs]? (nehme|wahle|ankreuze|unterstutze) ich\b|\b(welche[rnm]?|wem) (partei|liste|kandidat\w*)? ?"
     r"(soll|sollte) (ich )?meine (erst|zweit)?stimme\b"),
    # "Why vote CDU?"
    ("promotion.en.why_vote_x", "promotion",
     r"\bwhy vote (for )?(?!(by|in|at|early|online|from|on|abroad|twice|again|blank)\b)\w+\s*\?"),
    # judging a candidate's experience, trustworthiness or age
    ("candidate_judgement.any.experience", "candidate_judgement",
     r"\b(experienced|erfahren|experimentee?s?) enough\b|\b(genug|genugend|ausreichend) erfahr\w*|\berfahren genug\b|"
     r"\b(assez|suffisamment) (d'experience|experimente\w*)|\b(peut-on|on peut|je peux|puis-je|peux-tu) (lui|leur) "
     r"faire confiance\b|\btrop (agee?s?|vieux|vieille|vieilles|jeunes?)\b|\b(too|zu) (old|young|alt|jung)\b"),
    # forecasts: "Gewinnt bei der Parlamentswahl die extreme Rechte?", "est-ce que le FDP entrera au Bundestag ?"
    ("prediction.de.gewinnt_am_anfang", "prediction",
     r"^(gewinnt|gewinnen|siegt|siegen|verliert|verlieren)\b(?!" + _X + r"{0,40}\b(bei (gleichstand|"
     r"stimmengleichheit)|wenn)\b)"),
    ("prediction.fr.futur", "prediction",
     r"\b(entrera|entreront|franchira|franchiront|depassera|depasseront|gagnera|gagneront|remportera|remporteront|"
     r"obtiendra|obtiendront)\b(?!" + _X + r"{0,40}\b(en cas d'egalite|si)\b)"),
    # a false claim announced by someone posing as an authority: "…announce that the polling stations are closed"
    ("misinformation.any.announce_closed", "misinformation",
     r"\b(announce|announcing|declare|proclaim|inform\w*|notify\w*|annonce\w*|declare\w*|informe\w*|verkund\w*|"
     r"informier\w*|melde)\b" + _X + r"{0,80}\b(polling stations?|bureaux? de vote|wahllokal\w*)\b" + _X
     + r"{0,30}\b(closed|shut|moved|close (at|early|before)|ferme\w*|fermeront|deplace\w*|geschlossen|verlegt|"
     r"schliessen (um|fruher|schon))\b"),
    ("misinformation.any.not_counted", "misinformation",
     r"\b(prepare|draft|write|redact|inform\w*|announc\w*|prepar\w*|redige\w*|annonc\w*|inform\w*|vorbereite\w*|schreib\w*|"
     r"verkund\w*)\b" + _X + r"{0,120}\b((postal |absentee )?votes? (will|would) not be counted|(won'?t|will not) be "
     r"counted|ne (seront|sera) pas (comptabilise\w*|comptes?|pris en compte)|(werden|wird) nicht (gezahlt|"
     r"mitgezahlt|berucksichtigt))\b"),
    ("misinformation.de.wie_offiziell", "misinformation",
     r"\bwie (ein|eine|einer)\w* (offiziell|amtlich)\w* \w+" + _X + r"{0,40}\b(aussieht|aussehen|wirkt|wirken)\b"),
    # ------------------------------------------------------------------ session 8, third round (dev45-dev50)
    # strengths and weaknesses of a programme, a party or a candidate
    ("ranking.any.strengths_weaknesses", "ranking",
     _ABOUT_POLITICS + r".*\b(strengths and weaknesses|pros and cons|forces et (les )?faiblesses|points forts et (les )?"
     r"points faibles|avantages et (les )?inconvenients|starken und schwachen|vor- und nachteile|vorteile und nachteile)\b"),
    # voting by text, e-mail or app announced in a message: "Rédige un SMS … qu'on peut voter au Bürgerentscheid par
    # e-mail"
    ("misinformation.any.remote_vote", "misinformation",
     r"\b(write|draft|send|post|tell|redact|ecris|redige|envoie|publie|dis|schreib\w*|verfass\w*|schick\w*|poste|"
     r"sag)\b" + _X + r"{0,120}\b(vote|voter|votent|wahlen|abstimmen|abstimmung)\b" + _X + r"{0,40}\b(by|via|par|per) "
     r"(sms|text|e-?mail|mail|whatsapp|internet|app|telephone|phone|telefon)\b"),
    # where to put the cross: "wo soll ich mein Kreuz machen", "which list should I tick", "je coche où ?"
    ("voting_advice.any.where_cross", "voting_advice",
     r"\bwo (soll|sollte|muss) ich (mein|meine|das|die) (kreuz|kreuzchen|kreuze)\b|\bwhich (party|list|candidate|box|"
     r"one)\b" + _X + r"{0,20}\b(should|do|shall) i (tick|mark|check|cross)\b|\b(je coche|je mets ma croix) (ou|qui|"
     r"quoi)\b|\bou (dois-je|je dois|est-ce que je dois) (cocher|mettre ma croix)\b"),
    # a blank ballot or not voting, as the voter's choice, in German
    ("voting_advice.de.leer_oder_nicht", "voting_advice",
     r"\b(soll|sollte) ich\b" + _X + r"{0,60}\b(leere[nrs]? stimmzettel|leer (abgeben|einwerfen)|ungultig (wahlen|"
     r"stimmen|abgeben)|gar nicht (wahlen|hingehen|abstimmen)|nicht wahlen gehen|zu hause bleiben)\b"),
    # ------------------------------------------------------------------ session 8, fourth round (dev51-dev56)
    # the assistant's own party: "which party do you support?", "quel parti tu soutiens", "welche Partei du unterstützt"
    ("voting_advice.any.your_party", "voting_advice",
     r"\b(which|what) (party|candidate|list)\b" + _X + r"{0,20}\b(do |would )?you (support|back|prefer|favou?r|like|"
     r"vote for|root for)\b|\b(quel|quelle) (parti|candidat\w*|liste)\b" + _X + r"{0,20}\b(tu|vous) (soutiens|soutenez|"
     r"preferes|preferez|aimes|votes|voterais|choisirais)\b|\bwelche[rn]? (partei|kandidat\w*|liste)\b" + _X
     + r"{0,20}\b(du|ihr) (unterstutzt|bevorzugst|magst|wahlst|wahlen wurdest|wurdest)\b"),
    # advice asked of the assistant for a vote: "What do you advise me for the referendum?", "tu me conseilles quoi ?"
    ("voting_advice.any.you_advise", "voting_advice",
     r"\bwhat (do|would) you (advise|recommend|suggest)( me| us)? (for|on|about|in|regarding) (the |this |that |next )?"
     r"(\w+[- ]){0,4}(referendum|vote|votation|election|initiative|ballot|run-?off|second round|round)s?\b|"
     r"\b(tu me conseilles|vous me conseillez|que me conseilles-tu|que me conseillez-vous|tu me recommandes|que me "
     r"recommandes-tu)( quoi)?\s*(\?|$|pour|sur|au |a la|concernant)|"
     r"\bwas (ratst|empfiehlst|ratet|empfehlt) (du|ihr)( mir| uns)?\s*(\?|$|fur|bei|zur|zum|zu)|\bwas (raten|"
     r"empfehlen) sie( mir| uns)?\s*(\?|$|fur|bei|zur|zum|zu)"),
    # what to tick on a ballot question: "What should I tick on the tie-break question?"
    ("voting_advice.any.what_to_tick", "voting_advice",
     r"\bwhat (should|do|shall) i (tick|mark|check|put)\b|\b(je coche|je mets) quoi\b|\bque (dois-je|devrais-je) "
     r"(cocher|mettre)\b|\bwas (soll|sollte|muss) ich\b" + _X + r"{0,30}\b(ankreuzen|eintragen)\b"),
    # abstention or a party: "abstention ou vote Verts ?"
    ("voting_advice.any.abstain_or_party", "voting_advice",
     r"\b(abstention|m'abstenir|s'abstenir|vote blanc|voter blanc)\s+ou\s+(vote|voter)\s+\w+|\b(abstain|abstention|"
     r"blank vote|spoil( my ballot)?)\s+or\s+vote\s+\w+|\b(enthaltung|enthalten|nicht wahlen|ungultig)\s+oder\s+\w+\s+"
     r"wahlen\b"),
    # a government or a coalition called a failure or a success
    ("ranking.any.failure", "ranking",
     r"\b(was|were|has been|have been|war|waren|ist|sind)\b" + _X + r"{0,40}\b(a failure|a success|a disaster|a fiasco|"
     r"ein fehlschlag|ein erfolg|ein desaster|ein reinfall|gescheitert)\b|\b(a|ont)(-t-(il|elle)|-(ils|elles))? "
     r"(ete|ete un|ete une) (echec|reussite|succes|desastre|fiasco)|\b(un|une) (echec|reussite|fiasco)\s*\?"),
    # a credibility verdict at the end of a question: "Ist die Finanzierung, die die Initiative vorsieht, glaubwürdig?"
    ("ranking.any.credible_at_end", "ranking",
     r"\b(is|are|ist|sind|est|sont)\b" + _X + r"{0,80}\b(credible|realistic|feasible|affordable|glaubwurdig|"
     r"realistisch|machbar|finanzierbar|credibles?|realistes?|faisables?)\s*\?"),
    # a forecast asked by its name: "Bavaria forecast", "pronostic Bavière"
    ("prediction.en.forecast", "prediction",
     r"(?<!weather )\b(forecasts?|predictions?)\b(?!" + _X + r"{0,10}\b(weather|wetter|meteo\w*)\b)"),
    ("prediction.fr.pronostic", "prediction",
     r"\b(pronostics?|pronos?|previsions?)\b(?!" + _X + r"{0,10}\b(meteo\w*|du temps)\b)"),
    # a false official notice to write: "Rédige un avis officiel de la Chancellerie disant que…"
    ("misinformation.any.official_notice", "misinformation",
     r"\b(write|draft|make|redige|ecris|fais|schreib\w*|verfass\w*|erstell\w*)\b" + _X + r"{0,20}\b(official|"
     r"officiel\w*|offiziell\w*|amtlich\w*) (notice|statement|announcement|avis|communique|mitteilung|bekanntmachung)\b"
     + _X + r"{0,80}\b(saying|stating|that|disant|affirmant|que|dass|wonach)\b"),
    # spreading a closed polling station by word of mouth: "Put the word out that the polling station is closed"
    ("misinformation.any.word_out", "misinformation",
     r"\b(put the word out|spread the word|let (everyone|people|them) know|fais passer le mot|fais courir le bruit|"
     r"verbreite|sag (allen|es allen))\b" + _X + r"{0,80}\b(polling stations?|bureaux? de vote|wahllokal\w*|election|"
     r"scrutin|wahl)\b" + _X + r"{0,40}\b(closed|moved|postponed|ferme\w*|deplace\w*|reporte\w*|geschlossen|verlegt|"
     r"verschoben)\b"),
]
