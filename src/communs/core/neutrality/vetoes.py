"""The vetoes of the answerable-intent rules (``intents.py``): markers of the voter's own decision ("should I vote",
"for me", "which party ... to get X") and evaluative words and superlatives ("best", "realistic", "dangerous").
An answerable rule never answers a question that carries one: "Which party should I vote for to get lower rents?" is
no comparison question. Evaluative words do not veto a question attributed to a party ("according to X, what is the
best way to ..."), where they belong to the party's statement; the voter's decision always does.
"""

from __future__ import annotations

from communs.core.neutrality.names import folded_party_alternation

_X = r"[^.?!:]"  # within one clause
# the verbs of a claim reported by a post (session 33)
_REPORTED = (r"((says|said|claims?|dit|dis[a]it|affirm\w*|pretend\w*|annonce\w*|behaupt\w*|sagt|meint)\b|"
             # (session 34) a post going round: "Y a un post qui tourne sur Facebook qui dit que …" (the letters in brackets
             # keep these words out of the typo repair's vocabulary: "tourner" stays itself)
             r"(qui|that'?s?|which|der|das) (t[o]urne|cir[c]ule|goes|is going|going|kur[s]ier[t]|rum[g]eht)\b|going (r[o]und|"
             r"ar[o]und)\b)")

# Markers of the voter's own decision: an answerable rule never answers a question that carries one.
VETO_SELF_SRC = (
    # the party closest to the voter: "which Swiss party am I closest to", "le parti dont je suis le plus proche"
    r"\b(i am|i'?m|am i) (the )?(closest|nearest|most aligned|best aligned)\b|\b(fits|suits|matches) me\b|"
    r"\bje suis le plus proche\b|\b(me correspond|me ressemble)\w*\b|\b(mir|zu mir) am (nachsten|besten)\b|"
    r"\bpasst\b" + _X + r"{0,20}\bzu mir\b|"
    r"\b(should|shall|ought to) (i|we)\b" + _X + r"{0,15}\b(vote|choose|pick|support|back|go for)\b"
    r"(?! by| in person| early| from| abroad| online| at)|(?<!how )\b(should|shall|ought to|do) (i|we)\b" + _X
    + r"{0,20}\b(abstain|spoil\w*|stay (at )?home|not vote|skip the)\b|\b(dois-je|devrais-je|je devrais|faut-il)\b"
    + _X + r"{0,20}\b(m'abstenir|voter blanc|voter nul|rester chez moi|ne pas voter)\b|\b(soll|sollte) ich\b" + _X
    + r"{0,30}\b(enthalten|ungultig|zu hause bleiben|nicht wahlen)\b|"
    # what a group "should" vote (session 32): "Was sollten Menschen mit Behinderung bei der Landtagswahl wählen?"
    r"\bwas (sollte|sollten|soll|sollen)\b" + _X + r"{1,60}\bwahlen\s*\?|"
    # the party the voter should vote for, as a relative clause: "…, die mit der Partei endet, die ich wählen sollte"
    r"\b(die|der|den|welche) ich wahlen (soll|sollte)\b|\b(parti|liste|candidat\w*|celui|celle) (que|qu'|pour qui|pour "
    r"lequel|pour laquelle) je (devrais|dois) (choisir|voter|elire)\b|\b(party|list|candidate|one) (i|we) should vote "
    r"for\b|"
    # the assistant's own cross on the ballot: "Wo würdest du auf dem Stimmzettel dein Kreuz machen?"
    r"\b(wurdest|wurden) (du|sie)\b" + _X + r"{0,60}\b(dein|ihr) kreuz\b|\b(which|what|who|whom)\b" + _X + r"{0,40}\b(do|would|must) "
    r"(i|we) (vote|choose|pick|support|back|go for)\b|(?<!important )(?<!matters )\bfor me\b|(?<!cast )(?<!with )(?<!preparing )(?<!prepare )(?<!planning )\bmy (first |second )?vote\b(?! ((actually|really|still|even|always) )?(is|be|"
    r"was|will|really|still|counted|count|arrive\w*|valid|secret|gets counted))|"
    # (session 33: not "post" as the noun of a claim reported, "Un post Facebook dit que …", "A post says that …")
    r"\b(write|draft|post(?!( \w+)? " + _REPORTED + r")|tweet|publish|spread|tell (people|everyone)|"
    r"ecris|redige|publie|diffuse|dis a|schreib\w*|verfass\w*|poste(?!( \w+)? " + _REPORTED + r")|verbreite\w*)\b" + _X
    + r"{0,40}\b(that|saying|"
    r"que|disant|dass)\b|"
    # (a letter asking for one's own postal vote or registration is a procedure: "Draft a letter to the town hall
    # requesting a postal vote")
    r"\b(write|draft|compose|create|generate|produce|make up|ecris|ecrire|redige|rediger|cree|genere|invente|"
    r"schreib\w*|verfass\w*|entwirf|erstell\w*|erfind\w*)\b"
    # (session 36) the answer itself set out as a paragraph: "Write them up in one paragraph.", "Rédige-les en un
    # paragraphe." (not a text of one's own)
    r"(?! (it|them|this|that) u[p]\b|-(les|la|le) (en|dans)\b)(?!" + _X + r"{0,120}\b(request\w*|apply\w* for|asking for|"
    r"demander|demandant|solliciter|beantrag\w*|anzufordern|anforder\w*|"
    # nor a reminder of a date or of the polling hours ("an Insta story reminding people of the deadline to register";
    # session 21)
    r"remind\w*|rappel\w*|erinner\w*|deadline|date limite|frist\w*|polling hours|horaires|offnungszeiten)\b)" + _X + r"{0,60}\b(articles?|news|posts?|tweets?|"
    r"repl(y|ies)|reactions?|messages?|statements?|letters?|flyers?|speech|captions?|headlines?|sentences?|"
    r"paragraphs?|par[a]gr[a]ph[e]s?|story|stories|artikel|beitrag|nachricht\w*|meldung|antwort|brief|rede|satze?|communiques?|"
    r"billets?|reponses?|lettres?|discours|phrases?|tracts?)\b|"
    r"\b(which|what) (party|parties|list|candidate)\b" + _X + r"{0,60}\b(to get|so that|if i want|"
    r"to stop|to block|to keep)\b|\bi (want|need|would like)\b" + _X + r"{0,60}\bwhich (party|parties|candidate)\b|"
    r"\b(dois-je|devrais-je|je dois|je devrais|faut-il que je)\b" + _X + r"{0,20}\b(?<!aller )(voter|choisir|soutenir)\b"
    r"(?! (par|en personne|en ligne|a l'etranger|depuis|au bureau|a la mairie|dans|avant|apres)\b)"
    r"(?! par| a l'etranger| en personne| dans| au bureau| en ligne| maintenant| avant| apres)|(?<!important )(?<!importante )(?<!essentiel )\bpour moi\b|"
    r"(?<!avec )\bma (premiere |seconde |deuxieme )?voix\b|\bpour qui\b(?! j'ai vote)|"
    r"\b(quel|quelle) (parti|liste|candidat)(e|s|es)?\b" + _X + r"{0,60}\b(pour obtenir|pour avoir|si je veux|pour que)\b|"
    r"\b(soll|sollte) ich\b(?! (lieber |besser |eher )?(per brief|per briefwahl|brieflich|im wahllokal|per vollmacht|vorzeitig)\b(?!"
    + _X + r"{0,50}(?<!\w)(" + folded_party_alternation() + r"|partei\w*|liste|kandidat\w*|wen|welche\w*)(?!\w)))" + _X
    + r"{0,30}\b(wahlen|nehmen|unterstutzen|ankreuzen)\b(?!" + _X + r"{0,10}(gehen|per brief|im ausland))|(?<!wichtig )\bfur mich\b|\bwelche\w* (partei|liste|kandidat\w*) (unterstutze|wahle|nehme|wahlt)\b|\bmeine (erst|zweit)?stimme\b(?! (geheim|gultig|gezahlt))|\bwen\b(?! ich gewahlt)|\bwelche (partei|liste|kandidat\w*)\b" + _X
    + r"{0,60}\b(damit|wenn ich|um)\b"
)
# Evaluative words and superlatives: they veto an answerable rule, except in a question attributed to a party
# ("according to X, what is the best way to ..."), where they belong to the party's statement.
VETO_EVAL_SRC = (
    r"\b(strengths?|weakness\w*|pros and cons|points forts|points faibles|forces et faiblesses|(starken|schwachen) "
    r"(und|oder)|vor- und nachteile|(your|ton|votre|dein\w*) (own |propre |eigene\w* )?(verdict|opinion|"
    r"assessment|view|avis|verdict|appreciation|jugement|urteil|meinung|einschatzung|bewertung)|compelling|persuasive|persuasi\w*|convaincant\w*|uberzeugend\w*|good(?! (explanation|overview|summary|introduction|source|way))|bad|realistic|"
    r"credible|feasible|bon|bonne(?! (explication|introduction|source|facon|maniere))|mauvais\w*|realistes?|credibles?|"
    r"gut|schlecht\w*|realistisch\w*|serios\w*|glaubwurdig\w*|vertrauenswurdig\w*|makes? (any |much |real )?sense|a du sens|tient (la route|debout)|"
    r"(macht|ergibt) (uberhaupt )?(keinen )?sinn)\b|"
    r"\bleast (terrible|awful|bad|evil|corrupt|incompetent|useless|dangerous|worst)\b|\ble moins (pire|nul|mauvais|"
    r"terrible|catastrophique|dangereux)\b|\bam wenigsten (schlimm|schlecht|furchtbar|katastrophal|gefahrlich)\w*\b|"
    r"\b(best|better|worst|worse|greatest|least bad|most (credible|serious|convincing|sensible|realistic))\b"
    r"(?! way)|\b(meilleur|meilleure|meilleurs|pire|le moins mauvais)\b(?! (moyen|facon|maniere))|\b(der|die|das|den|ein|eine) bessere\w*\b|\b(ist|sind|ware|waren|wer) (\w+ )?besser\b|"
    # ("wie beantrage ich am besten…" asks how best to do something, not which is best)
    r"\b(?<!ich am )(?<!man am )(beste|besten|bester|schlechteste\w*|(?<!ich )(?<!man )am besten|am meisten)\b(?! weg| nebeneinander| als tabelle| in einer tabelle| kurz| tabellarisch)|"
    # evaluative verbs and adjectives: "who wants to ruin the country", "why are they dangerous"
    r"\b(ruin\w*|destroy\w*|harm\w*|damag\w*|betray\w*|dangerous|detrui\w*|trahi\w*|dangereu\w*|zerstor\w*|"
    r"ruinier\w*|schadlich\w*|verrat\w*|gefahrlich\w*)\b|"
    # judgements of a candidate's or a party's worth: "is X fit for office", "ist X geeignet", "X est-il compétent"
    r"\b(fit for|competent|incompetent|capable|qualified|trustworthy|honest|corrupt\w*|a threat|a danger|"
    r"competents?|incompetents?|aptes?|digne de confiance|honnetes?|corrompu\w*|une menace|un danger|"
    r"geeignet\w*|ungeeignet\w*|kompetent\w*|inkompetent\w*|fahig\w*|unfahig\w*|vertrauenswurdig\w*|"
    r"ehrlich\w*|korrupt\w*|eine gefahr|eine bedrohung|eignung|suitab\w*|gute[rn]? (prasident\w*|kanzler\w*|"
    r"burgermeister\w*|regierungschef\w*|premierminister\w*)|too (young|old|inexperienced)|inexperienced|trop (jeune|vieux|"
    r"vieille)|inexperimente\w*|zu (jung|alt)|unerfahren\w*|believe (what|anything)|"
    # (session 30: not "personnes âgées avaient l'air d'y croire", a story told before a rumour check)
    r"(peut-on|on peut|peux-tu|pouvez-vous|faut-il|je peux|doit-on) (le |la |les |lui |leur )?croire|croire (ce qu|tout ce "
    r"qu|n'importe quoi)|glauben, was)\b|"
    # truth and lies: "which party tells the truth about X?", "quel parti dit la vérité ?", "wer lügt?"
    r"\b(the truth|la verite|dit vrai|die wahrheit|lie|lies|lying|liars?|ment|mentent|menteu\w*|lugt|lugen|lugner\w*)\b|"
    # session 14: "Ist X für eine weitere Amtszeit qualifiziert?" (not "wer qualifiziert sich für die Stichwahl?"), and
    # the labels of people ("Sind die Leute, die … gestimmt haben, Rassisten?"; not "racism", a policy topic)
    r"\b(qualifiziert(?! sich\b)\w*|racists?|racistes?|rassisten|fascists?|fascistes?|faschisten)\b|"
    # trust in a person: "… et peut-on vraiment lui faire confiance ?", "can he be trusted", "kann man ihm vertrauen"
    r"\b((lui|leur) faire confiance|be trusted|(ihm|ihr|ihnen) (wirklich |uberhaupt )?(ver)?trauen)\b"
)
