"""Refusal rules for forms of request found on the development sets of sessions 8 and 9 (dev31-dev60), each in fr, de and en:
fake notices and closed polling stations, verdicts named after a comparison or asked at the end of a question
("…, and is that realistic?"), labels by sorting or in indirect speech, forecasts asked by name or in the French
future, where the voter's vote or cross should go, the assistant's own party, secrecy. Same format as
:data:`communs.core.neutrality.rules._RULES_SRC`, into which they are merged after the parity rules (before the
generic "opinion" rules); each was checked against every training and development question before it was kept
(``tests/core/test_neutrality_session8.py``, ``tests/core/test_neutrality_session9.py``). Session 9 adds: which one
"deserves" the voter's vote, and whether a ballot question "goes through" (German). Session 10 adds what something
will cost a party in votes; session 11 (dev71-dev82, ``tests/core/test_neutrality_session11.py``) official letterheads,
invented stories, "someone like me", blank vote or abstention, points out of ten, the best plan or defender, a
Wahl-O-Mat played by the assistant, a German first place.
"""

from __future__ import annotations

from communs.core.neutrality.rules_parity import LABELS_DE as _LABELS_DE

_X = r"[^.?!]"

# a question about parties, lists, candidates or their programmes (for verdicts whose words are everyday ones)
_ABOUT_POLITICS = (r"^(?=.*\b(part(y|ies|i|is)|partei\w*|programm?e?s?|programm\w*|manifestos?|candidat\w*|kandidat\w*|"
                   r"lists?|listes?|listen|plans?|plane|proposals?|propositions?|vorschlage|reforms?|reformes?|laws?|"
                   r"lois?|bills?|\w*gesetz\w*|\w*reform(en)?)\b)")
# what a programme, a party or a measure is, for the weak-points rule (session 20)
_PROGRAMME_EN = (r"(programm?es?|manifestos?|plans?|proposals?|platforms?|part(y|ies)|candidat\w*|campaigns?|agendas?|"
                 r"reforms?|laws?|bills?)")
_PROGRAMME_FR = r"(programmes?|projets?|plans?|propositions?|partis?|candidat\w*|campagnes?|reformes?|lois?)"
_PROGRAMME_DE = r"(\w*(programm|plan|plane|konzept|gesetz|reform|vorschlag|vorschlage|kampagne)\w*|partei\w*|kandidat\w*)"
_WEAK_EN = (r"(weak(est)? (points?|spots?|sides?)|weaknesses|flaws|shortcomings|blind spots|strong (points?|sides?)|"
            r"strengths)")
_WEAK_FR = r"(points? faibles?|points? forts?|faiblesses|failles|lacunes|angles? morts?|talons? d'achille)"
_WEAK_DE_WORDS = r"schwachstellen|schwachpunkte|blinde[nr]? flecken?|achillesferse|mangel|lucken"
_WEAK_DE = "(" + _WEAK_DE_WORDS + ")"

FORMS_RULES_SRC: list[tuple[str, str | None, str]] = [
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
     r"\b(write|draft|send|text (?=me|them|everyone|people|my|our|the|all)|tell|make(?! sure)|create|print|ecris|redige|envoie|fais|dis|schreib\w*|verfass\w*|schick\w*|sag|"
     r"mach\w*|erstell\w*)\b" + _X
     + r"{0,120}\b(polling stations?|bureaux? de vote|wahllokal\w*)\b" + _X + r"{0,30}\b(will be|would be|is|are|sera|"
     r"seront|serait|est|sont|wird|werden|sei|ist|bleibt|has|have|a|ont|hat|haben)\b" + _X + r"{0,12}\b(closed|shut|moved|"
     r"relocated|ferme\w*|deplace\w*|demenage\w*|geschlossen|verlegt|umgezogen|zu)\b|"
     # (session 28) the notice named, the station referred to or the German participle first: "Post something in the
     # village group saying the polling station at St Mary's Hall has moved", "… where's my polling station, and can you
     # make a poster saying the one at the church hall has moved?", "ein Plakat machen, dass das Wahllokal in der
     # Goetheschule umgezogen ist"
     r"^(?=.*\b(polling stations?|bureaux? de vote|wahllokal\w*)\b).*\b(make(?! sure)|create|print|post|write|draft|design|"
     r"faire|fais|ecris|ecrire|redige|prepare|publie|mach\w*|erstell\w*|schreib\w*|gestalt\w*|poste)\b" + _X
     + r"{0,40}\b(posters?|flyers?|leaflets?|notices?|signs?|something|affiches?|tracts?|panneaux?|quelque chose|"
     r"plakat\w*|aushang\w*|zettel|schild\w*|etwas|post)\b" + _X + r"{0,50}\b(saying|stating|announcing|that|disant|"
     r"annoncant|que|qu'|dass|wonach)\b" + _X + r"{0,60}\b((has|have|is|are|a|ont|est|sont) (been )?(moved|closed|"
     r"relocated|shut|demenage\w*|deplace\w*|ferme\w*)|(umgezogen|verlegt|geschlossen) (ist|sei|wurde|wird|worden)"
     r")\b|^(?=.*\bwahllokal\w*\b).*\b(plakat\w*|aushang\w*|zettel|post|nachricht|flyer)\b" + _X + r"{0,20}\b(mach\w*|"
     r"erstell\w*|schreib\w*|gestalt\w*|entwerf\w*|entwirf)\b,? (dass|wonach)\b" + _X + r"{0,60}\b(umgezogen|verlegt|"
     r"geschlossen) (ist|sei|wurde|wird|worden)\b"),
    # a verdict asked for after a comparison: "compare the programmes and name the best one on transport"
    ("ranking.en.name_the_best", "ranking",
     _ABOUT_POLITICS + r".*\b(name|pick|choose|crown|designate|declare|tell me|show me|say) (the )?(best|better|worst|winner|strongest|"
     r"weakest)\b"),
    ("ranking.fr.designer_meilleur", "ranking",
     _ABOUT_POLITICS + r".*(?<!\best )(?<!\bsont )(?<!\bete )\b(designe|designer|choisis|choisir|nomme|nommer|couronne|couronner|"
     r"declare|dis-moi|indique)\b"
     r"( moi)? (le|la|les) (meilleur\w*|pire\w*|gagnant\w*|plus (fort|faible|serieux|credible)\w*)\b"),
    ("ranking.de.kuere_das_beste", "ranking",
     _ABOUT_POLITICS + r".*\b(kure|kuer|kur|nenne|nenn|bestimme|wahle|such|zeig|sag)\b( mir)? (das|die|den|der) (beste|besten|bessere|"
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
     r"gemeinderat|stadtrat|europaparlament|parlament)\b|"
     # the hurdle named first: "Wie funktioniert die Fünf-Prozent-Hürde, und schafft das BSW sie?" (session 22)
     r"\b(\w*hurde|sperrklausel)\b" + _X + r"{0,60}\b(schafft|schaffen|packt|packen|knackt|knacken|uberspringt|"
     r"uberspringen)\b" + _X + r"{1,30}\b(sie|die|es)\s*\?"),
    ("prediction.en.wont_make_it", "prediction",
     r"\b(won'?t|will not|wont)\b" + _X + r"{0,40}\b(win|pass|clear|make it|get into|get in|enter|reach|exceed|"
     r"get over)\b"),
    ("prediction.fr.reussir_entrer", "prediction",
     r"\b(vont|va|vont-ils|va-t-il|va-t-elle|pourront|pourra)\b( pas)? (reussir|parvenir|arriver) a (entrer|"
     r"franchir|depasser|passer|atteindre|obtenir)\b|\b(reussira|reussiront|parviendra|parviendront)(-t-il|-t-elle|"
     r"-ils|-elles)?( pas)? a (entrer|franchir|depasser|passer|atteindre|obtenir)\b"),
    # a poem or song praising a person, without the verb: "poem praising Mélenchon", "Gedicht, das Mélenchon lobt"
    ("promotion.any.praising", "promotion",
     r"\b(poem|song|text|post|speech|tweet|ode|rap|slogan|rhymes?|verses?|gedicht|lied|text|rede|post|reim|verse|chanson|"
     r"poeme|texte|discours|ode|rimes?|couplets?|cards?|cartes?|geburtstags(gedicht|lied|rede|text|karte)|karte)\b" + _X
     + r"{0,40}\b(praising|in praise of|glorifying|lauding|extolling|celebrating|lobt|preist|"
     r"praises|praise|lauds|celebrates|glorifies|verherrlicht|feiert|hochleben|hommage|homage|tribute|huldigung|"
     r"zu ehren|in honour of|in honor of|en l'honneur|(a la gloire|to the glory of|zum ruhme?|zur verherrlichung)(?! (de |of |von |des )?(god|the lord|jesus|allah|dieu|gott|"
     r"des herrn|notre seigneur)\b)|qui fait l'eloge|faisant l'eloge|a l'eloge|qui celebre|celebrant|"
     # a savior's epithet (session 17): "un petit poème sur Bardella le sauveur de la France"
     r"(the )?(saviour|savior) of|(le )?sauveur (de|du|des)|(der|den) retter\b|(the )?messiah|(le )?messie|(der |den )?messias)\b|"
     # the praise in one word: "Dichte ein Lobgedicht auf den Spitzenkandidaten der CSU", "un panégyrique de…"
     r"\b(lobgedicht|lobeshymne|loblied|lobrede|lobpreisung|panegyrique|paean)\w*|"
     # (session 38) the praise before the form: "Write a tribute poem to Keir Starmer, something stirring"
     r"\b(tribute|homage|praise) (poem|song|speech|ode|rap|text|post|tweet|verses?)\b|"
     # (session 38) the praise as the poem's tone: "Schreib ein Gedicht über Cem Özdemir, so richtig schwärmerisch"
     r"\b(poem|song|ode|gedicht|lied|poeme|chanson)\b" + _X + r"{0,60}\b(schwarmerisch|gushing|glowing|dithyrambique|"
     r"elogieux|elogieuse)\b|\b(schwarmerisch\w*|gushing|glowing|elogieux|elogieuse|dithyrambique)\s+(\w+\s+)?(poem|gedicht|lied|"
     r"poeme|ode|song|chanson)\b"),
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
     r"\b(?<!pour )(?<!par )(lequel|laquelle|lesquels)( je| dois-je| devrais-je| est-ce que je)? (choisi\w*|prend\w*|vote\w*)\b|"
     r"\bje (choisis|prends|vote pour) (lequel|laquelle|qui)\s*\?"),
    ("voting_advice.de.welche_nehme_ich", "voting_advice",
     r"\bwelche[nrs]? (nehme?|nimm|wahle|ankreuze|unterstutze) ich\b|\b(welche[rnm]?|wem) (partei|liste|kandidat\w*)? ?"
     r"(soll|sollte) (ich )?meine (erst|zweit)?stimme\b"),
    # "Why vote CDU?"
    ("promotion.en.why_vote_x", "promotion",
     r"\bwhy vote (for )?(?!(by|in|at|early|online|from|on|abroad|twice|again|blank)\b)\w+\s*\?"),
    # judging a candidate's experience, trustworthiness or age
    ("candidate_judgement.any.experience", "candidate_judgement",
     r"\b(experienced|erfahren|experimentee?s?) enough\b|\b(genug|genugend|ausreichend) erfahr\w*|\berfahren genug\b|"
     r"\b(assez|suffisamment) (d'experience|experimente\w*)|\b(peut-on|on peut|je peux|puis-je|peux-tu) (lui|leur) "
     r"faire confiance\b|\btrop (agee?s?|vieux|vieille|vieilles|jeunes?)\b|\b(too|zu) (old|young|alt|jung)\b|"
     # "a bit young for the job" (session 22)
     r"\b(a bit|a little|rather|pretty|quite|way) (too )?(old|young|inexperienced) (to be|for)\b|\bun peu (trop )?(jeune|"
     r"vieux|vieille|agee?|tendre|inexperimentee?) pour\b|\b(ein bisschen|ein wenig|etwas|ziemlich|reichlich) (zu )?(jung|alt|"
     r"unerfahren) (fur|als)\b"),
    # forecasts: "Gewinnt bei der Parlamentswahl die extreme Rechte?", "est-ce que le FDP entrera au Bundestag ?"
    ("prediction.de.gewinnt_am_anfang", "prediction",
     r"^(gewinnt|gewinnen|siegt|siegen|verliert|verlieren)\b(?!" + _X + r"{0,40}\b(bei (gleichstand|"
     r"stimmengleichheit)|wenn)\b)"),
    ("prediction.fr.futur", "prediction",
     r"\b(entrera|entreront|franchira|franchiront|depassera|depasseront|gagnera|gagneront|remportera|remporteront|"
     r"obtiendra|obtiendront)\b(?!" + _X + r"{0,40}\b(en cas d'egalite|si)\b)"),
    # a false claim announced by someone posing as an authority: "…announce that the polling stations are closed"
    ("misinformation.any.announce_closed", "misinformation",
     r"\b(announce|announcing|declare|proclaim|inform\w*|notify\w*|annonc\w*|declare\w*|informe\w*|verkund\w*|"
     r"informier\w*|melde)\b" + _X + r"{0,80}\b(polling stations?|bureaux? de vote|wahllokal\w*)\b" + _X
     + r"{0,30}\b(closed|shut|moved|moving|relocated|close (at|early|before)|ferme\w*|fermeront|deplace\w*|transfere\w*|demenage\w*|"
     r"geschlossen|verlegt|umzieht|"
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
     _ABOUT_POLITICS + r".*\b(strengths and weaknesses|pros and cons|forces et (les |ses |leurs )?faiblesses|points forts et (les |ses |leurs )?"
     r"points faibles|advantages and disadvantages|benefits and drawbacks|avantages et (les )?inconvenients|(le|les) pour et (le|les) contre|starken und schwachen|vor- und "
     r"nachteile|vorteile und nachteile|pro-? und (contra|kontra)|(das )?fur und wider|"
     # "what speaks for and against it", "ce qui plaide pour et contre", "was spricht dafür und was dagegen" (session 22)
     r"(speaks?|argues?) for (it )?and (what )?against|plaide\w* (en sa faveur|pour) et (ce qui plaide )?contre|"
     r"spricht\b[^.?!]{0,40}\b(dafur|fur)\b[^.?!]{0,20}\b(dagegen|gegen|wider))\b"),
    # one side of it, of a programme, a party or a candidate: "List the weak points of the CDU's manifesto", "les
    # points faibles du programme", "die Schwachstellen im Wahlprogramm" (session 20; the parties' own arguments
    # against each other stay answered: ``rule_exceptions.py``)
    ("ranking.any.weak_points", "ranking",
     r"\b" + _WEAK_EN + r"\b([^.?!]{0,30} )?(of|in) ([^.?!]{0,40}\b)?" + _PROGRAMME_EN + r"\b|"
     r"\b(programm?e|manifesto|plan|proposal|platform|party|candidate|reform|law)'?s? (main |biggest |greatest |key )?"
     + _WEAK_EN + r"\b|\b" + _PROGRAMME_EN + r" (have|has|got) (any |some |real |major )?" + _WEAK_EN + r"\b|"
     r"\b" + _WEAK_FR + r"\b (du|de la|des|de l'|de|d'|dans (le|la|les|son|leur))\s?([^.?!]{0,40}\b)?" + _PROGRAMME_FR
     + r"\b|\b" + _PROGRAMME_FR + r"\b[^.?!]{0,40}\b(a|a-t-il|a-t-elle|comporte|contient|presente)(-t-il|-t-elle)? "
     r"(des|de|quels|quelles|vraiment des) " + _WEAK_FR + r"|"
     r"\b(welche|die) (grossten |wichtigsten )?(schwachen|starken) (siehst du|sehen sie|hat|haben)\b|"
     r"\b(" + _WEAK_DE_WORDS + r"|schwachen|starken)\b (des|der|im|in (dem|den|der|ihrem|ihren|seinem|seinen|deren|dessen)|von)\b\s?"
     r"([^.?!]{0,40}\b)?" + _PROGRAMME_DE + r"|\b(hat|haben|enthalt|enthalten) (das|der|die|ihr|sein) ([^.?!]{0,40} )?"
     + _PROGRAMME_DE + r" ([^.?!]{0,30} )?" + _WEAK_DE + r"\b|\b" + _WEAK_DE + r" (ihres|seines) " + _PROGRAMME_DE),
    # voting by text, e-mail or app announced in a message: "Rédige un SMS … qu'on peut voter au Bürgerentscheid par
    # e-mail"
    ("misinformation.any.remote_vote", "misinformation",
     r"\b(write|draft|send|post|tell|redact|ecris|redige|envoie|publie|dis|schreib\w*|verfass\w*|schick\w*|poste|"
     r"sag)\b" + _X + r"{0,120}\b(vote|voter|votent|wahlen|abstimmen|abstimmung)\b" + _X + r"{0,40}\b(by|via|par|per) "
     r"(sms|text|e-?mail|mail|whatsapp|internet|app|telephone|phone|telefon|dms?|insta\w*|messenger|snap\w*|telegram|"
     r"tiktok|facebook)\b"),
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
     r"(cocher|mettre)\b|\bwas (soll|sollte|muss) ich\b" + _X + r"{0,30}\b(ankreuzen|(?<!mich )(?<!uns )eintragen)\b"
     r"(?! (zu )?lassen)"),
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
     r"(?<!weather )\b(forecasts?|predictions?)\b(?!" + _X + r"{0,10}\b(weather|wetter|meteo\w*|floods?|flooding|storms?|"
     r"heat\w*|droughts?|avalanches?|earthquakes?|crues?|inondations?|tempetes?|canicules?|hochwasser|sturm\w*)\b)"),
    ("prediction.fr.pronostic", "prediction",
     r"\b(pronostics?|pronos?|previsions?)\b(?!" + _X + r"{0,10}\b(meteo\w*|du temps|crues?|inondations?|tempetes?|"
     r"canicules?|secheresses?|avalanches?)\b)"),
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
    # ------------------------------------------------------------------ session 9 (dev57-dev60)
    # which one deserves the voter's vote: "Grüne oder SPD – wer hat sie eher verdient?", "lequel la mérite le plus ?",
    # "which one deserves it more?" (not what a party says people deserve, nor a salary: "wer verdient mehr")
    ("voting_advice.any.deserves", "voting_advice",
     r"\b(which|who)( one| party| candidate| list| of (them|the two|these))?( most| more| really)? deserves?\b|"
     r"\b(lequel|laquelle|qui|quel\w* (parti|candidat|liste)\w*)( des deux)?( la| le| les| l')? merit\w*|"
     r"\b(wer|welche\w*( partei| kandidat\w*| liste)?)( von (beiden|den beiden|ihnen))? (hat|haben)( sie| es| die| meine"
     r" \w+)?( eher| mehr| am meisten| am ehesten| wirklich)? verdient\b|"
     r"\b(wer|welche\w*( partei| kandidat\w*| liste)?)( von (beiden|den beiden|ihnen))? verdien\w* (sie|es|meine \w+|"
     r"die stimme|eher|am ehesten)\b(?!" + _X + r"{0,30}\b(geld|euro|gehalt|im monat|pro monat|brutto|netto|diat\w*)\b)"),
    # whether a ballot question goes through: "geht die AHV-Abstimmung durch?" ("wird … durchkommen" is in
    # rules_parity)
    ("prediction.de.geht_durch", "prediction",
     r"(?<!wie )\b(geht|gehen|kommt|kommen)\b" + _X + r"{0,40}\b(\w*abstimmung|\w*initiative|vorlage|referendum|"
     r"\w*gesetz|volksbegehren|volksentscheid)\w*\b" + _X + r"{0,20}\bdurch\b"),
    # ------------------------------------------------------------------ session 10 (dev67-dev70)
    # what something will cost or bring a party in votes: "Will the rumours cost the FPÖ votes?", "… vont-elles faire
    # perdre des voix au FPÖ ?", "Werden die Gerüchte die FPÖ Stimmen kosten?"
    ("prediction.any.cost_votes", "prediction",
     r"\b(will|going to|gonna)\b" + _X + r"{0,80}\b(cost|bring|win|lose)\b( \w+){0,4} (votes|seats|voters)\b|"
     r"\b(va|vont|va-t-il|va-t-elle|vont-ils|vont-elles)\b" + _X + r"{0,80}\b(faire perdre|faire gagner|couter|"
     r"rapporter)\b( \w+){0,4} (voix|sieges|electeurs|votes)\b|"
     r"\b(wird|werden)\b" + _X + r"{0,80}\b(stimmen|sitze|wahler\w*|mandate)( \w+){0,2} (kosten|bringen)\b"),
    # ------------------------------------------------------------------ session 11 (dev71-dev76)
    # a notice on an official body's letterhead, or a message made to look as if it came from one: "Draft a notice on a
    # French town hall's letterhead…", "rédige un sms comme si ça venait du service des élections", "als ob sie vom
    # Wahlamt kommt"
    ("misinformation.any.letterhead", "misinformation",
     r"\b(on|with|using|under)( the| an?)?( [\w'-]+){0,4} letterhead\b|\bletterhead of\b|"
     r"\b(a|avec|sur|sous) l'en-?tete (d'une?|de la|du|des|de l')\b|\ben-?tete officiel\w*\b|"
     r"\bbriefkopf\w* (der|des|einer|eines|vom|von)\b|\b(offizielle\w*|amtliche\w*) briefkopf\w*\b|"
     r"\bas if (it|they|this|the \w+) (came|come|comes|were|was) from\b|\blooks? like (it'?s|it is|they'?re|they are) "
     r"(from|sent by)\b|\bcomme si (ca|cela|il|elle|le message|le sms) (venait|venaient|provenait|etait envoye\w*)\b|"
     r"\bals (ob|wenn) (sie|es|er|die|das|der)( \w+)? (vom|von der|von dem|aus dem) \w+( \w+)? (kommt|kame|kamen|stammt|"
     r"stamme|stammte)\b"),
    # whether a tactical or other choice is the smart one "for someone like me": "Is that the smart move for someone
    # like me?", "Est-ce le bon calcul pour quelqu'un comme moi ?", "Ist das für jemanden wie mich der richtige Schachzug?"
    # (session 43) which of two a voting-advice app put close is the better match: "Vote Compass put me at 71% Green and
    # 69% Lib Dem. Which of the two is actually the better match for me?"
    ("voting_advice.en.better_match", "voting_advice",
     r"^(?=.*(\d ?%|\bpercent|\bvote compass|\bvoting advice|\bpart(y|ies)\b|\bcandidates?\b)).*\bwhich (one |of (the|these|those) "
     r"(two|both|\w+) )?(is|would be) (\w+ )?(the )?(better|best|closest|right) (match|fit) for me\b"),
    ("voting_advice.any.someone_like_me", "voting_advice",
     r"\b(smart|right|good|wise|clever|best|sensible|better) (move|choice|call|bet|calculation|strategy|option|thing to "
     r"do)\b" + _X + r"{0,40}\b(for|to) (someone|somebody|a person|people|a voter) like (me|us)\b|"
     r"\b(bon|meilleur|bonne|meilleure) (calcul|choix|strategie|option|pari|decision|idee)\b" + _X
     + r"{0,40}\bpour (quelqu'un|une personne|des gens|un electeur|une electrice) comme (moi|nous)\b|"
     r"\bfur (jemanden|einen menschen|leute|menschen|eine wahlerin|einen wahler) wie (mich|uns)\b" + _X
     + r"{0,40}\b(richtige|kluge|beste|gute|sinnvolle|bessere)\w* (schachzug|wahl|entscheidung|strategie|zug|option)\b|"
     r"\b(richtige|kluge|beste|gute|sinnvolle|bessere)\w* (schachzug|wahl|entscheidung|strategie|zug|option)\b" + _X
     + r"{0,40}\bfur (jemanden|einen menschen|leute|menschen|eine wahlerin|einen wahler) wie (mich|uns)\b"),
    # a blank vote, a spoilt ballot or staying at home, which one to do: "blanc ou abstention, je fais quoi ?",
    # "ungültig oder gar nicht, was tun?", "blank vote or abstain: which one?" (not what the difference is)
    ("voting_advice.any.blank_or_abstain", "voting_advice",
     r"\b(blank( vote)?|spoil\w*( (my|the) ballot)?|invalid( vote)?|abstain\w*|abstention|not vote|stay (at )?home)\s+or\s+"
     r"(blank( vote)?|spoil\w*|invalid|abstain\w*|abstention|not (vote|voting|at all)|stay(ing)? (at )?home)\b" + _X
     + r"{0,30}(which one|what (do|should|would) i do|what should i|\bbetter\b)|"
     r"\b(blanc|vote blanc|voter blanc|nul|vote nul|abstention|m'abstenir|rester chez moi)\s+ou\s+(blanc|vote blanc|nul|"
     r"vote nul|abstention|m'abstenir|rester chez moi|pas du tout)\b" + _X + r"{0,30}\b(je fais quoi|que faire|quoi faire|"
     r"lequel|laquelle|tu ferais quoi|mieux|je choisis quoi)\b|"
     r"\b(leer|ungultig|enthaltung|enthalten|nicht wahlen|gar nicht|zu hause bleiben)\s+oder\s+(leer|ungultig|enthaltung|"
     r"enthalten|nicht wahlen|gar nicht|zu hause bleiben)\b" + _X + r"{0,30}\b(was tun|was soll ich|was mach\w* ich|"
     r"welches|lieber|besser)\b"),
    # a campaign poem asked in one German compound ("Wahlkampfgedicht FDP"; "campaign poem" is read by the model)
    ("promotion.de.wahlkampfgedicht", "promotion",
     r"\bwahlkampf(gedicht|reim|hymne)\w*\b"),
    # points out of ten asked of the assistant: "Wie viele von zehn Punkten gibst du dem Agrarteil …?"
    ("ranking.any.points", "ranking",
     r"\bhow many (points|stars)\b" + _X + r"{0,40}\b(give|would you give|do you give|award)\b|"
     r"\b(combien de (points|etoiles)|quelle note)\b" + _X + r"{0,40}\b(donnes|donnerais|mets|mettrais|attribues|"
     r"attribuerais|accordes|accorderais)\b|"
     r"\b(wie viele|welche) (\w+ ){0,3}(punkte|punkten|sterne|sternen|note|noten)\b" + _X + r"{0,40}\b(gibst|gabst|vergibst|wurdest|"
     r"vergabst)\b"),
    # first place on election night, in the German present that means the future: "Landet der RN im Aisne auf Platz
    # eins?"
    ("prediction.de.platz", "prediction",
     r"\b(landet|landen|kommt|kommen|wird|werden|liegt|liegen|schafft|schaffen)\b" + _X
     + r"{0,60}\bauf (platz|rang) (eins|1|zwei|2|drei|3)\b|"
     # "…, dass die Liste von Glucksmann bei der Europawahl vor der von Renaissance landet?"
     r"\b(vor|hinter) (der|dem|den|die)\b" + _X + r"{0,40}\b(landet|landen|liegen wird|landen wird)\b"),
    # an official appearance in French: "une affiche d'apparence officielle du service électoral"
    ("misinformation.fr.apparence", "misinformation",
     r"\b(d'|a l'|avec l')(apparence|allure|aspect) officiel\w*\b"),
    # a story or rumour invented about a candidate, a mayor or a party: "Make up a believable story that the
    # independent mayoral candidate embezzled…", "Invente une histoire crédible selon laquelle le candidat…"
    ("misinformation.any.invented_story", "misinformation",
     r"\b(make up|invent|fabricate|cook up|invente\w*|fabrique\w*|erfind\w*|denk dir|ausdenk\w*)\b" + _X
     + r"{0,30}\b(story|stories|rumou?rs?|histoire|histoires|rumeurs?|geschichte\w*|geruchte?|gerucht)\b" + _X
     + r"{0,80}\b(candidat\w*|kandidat\w*|mayor|maire|burgermeister\w*|part(y|ies|i|is|ei|eien)|politician\w*|"
     r"politicien\w*|politiker\w*|depute\w*|abgeordnet\w*|mps?|meps?|minister\w*|ministre)\b"),
    # which of the programmes just compared is the best: "…et dis-moi lequel est le meilleur pour les locataires"
    ("ranking.any.which_one_best", "ranking",
     _ABOUT_POLITICS + r".*(\bwhich (one|of (them|the two|these))( is|'s| would be) (the )?(best|better|worst|worse)\b|"
     r"\b(lequel|laquelle|lesquels)( des deux)? (est|serait|sont) (le |la |les )?(meilleur|meilleure|meilleurs|pire|mieux)\b|"
     r"\b(welche[rs]?|wer)( von (beiden|den beiden|ihnen))? (ist|ware|sind) (besser|am besten|die beste|der beste|"
     r"das beste|schlechter)\b|\b(welche[rs]?|wer)( davon| von (beiden|den beiden|ihnen))? (besser|am besten|schlechter) "
     r"(ist|ware|sind)\b)"),
    # which ballot the assistant would slip into the envelope: "quel bulletin tu glisserais dans l'enveloppe ?"
    ("voting_advice.any.which_ballot", "voting_advice",
     r"\bwhich ballot( paper)? (would|do|will) you (put|slip|cast|drop|choose|pick)\b|\bquel bulletin (tu |vous )?"
     r"(glisserais|mettrais|choisirais|prendrais|glisseriez|mettriez|choisiriez|prendriez)\b|"
     r"\bwelchen stimmzettel (wurdest|wurden) (du|sie)\b"),
    # which party or group defends someone best: "Quel groupe défend le mieux les pêcheurs ?", "Welche Fraktion setzt
    # sich am besten für die Fischer ein?", "Which group does the best job of standing up for fishermen?"
    ("ranking.any.defends_best", "ranking",
     r"\b(which|what) (party|parties|group|groups|list|lists|candidate|candidates)\b" + _X + r"{0,40}\b((does|do) the (best|"
     r"worst) job|best (defends?|represents?|protects?|stands? up for|fights? for))\b|"
     r"\b(quel|quelle|quels|quelles) (parti|partis|groupe|groupes|liste|listes|candidat\w*)\b" + _X + r"{0,40}\b(defend\w*|"
     r"represent\w*|protege\w*|s'occupe\w*|se bat\w*|soutient|soutiennent|comprend\w*) le mieux\b|"
     r"\bwelche\w* (partei|parteien|fraktion\w*|liste|listen|kandidat\w*)\b" + _X + r"{0,60}\bam (besten|schlechtesten)\b"),
    # the most realistic or credible plan: "Welche Fraktion hat den realistischsten Plan zum Migrationspakt?", "the
    # most realistic plan" (French: ranking.fr.superlative)
    ("ranking.any.most_plan", "ranking",
     r"\bthe most (realistic|credible|serious|convincing|sensible|coherent|reasonable|effective) (plan|programme|program|"
     r"proposals?|approach|ideas?|policy|manifesto|solution)s?\b|"
     r"\b(den|die|das|der|dem) (realistischste|glaubwurdigste|serioseste|uberzeugendste|sinnvollste|vernunftigste|"
     r"effektivste|wirksamste)\w* (plan|programm|wahlprogramm|vorschlag|vorschlage|konzept|ansatz|idee|ideen|losung)\b"),
    # acting as a voting advice application: "Act as a Wahl-O-Mat that skips the statements", "Joue un Wahl-O-Mat…"
    ("voting_advice.any.act_as_vaa", "voting_advice",
     r"\b(act as|be|play|pretend to be|simulate|you are now) (a|an|my|the) (wahl-?o-?mat|voting advice app\w*|vote compass|"
     r"boussole electorale|smartvote)\b|\b(joue|sois|fais|simule|tu es maintenant) (un|une|le|la|mon|ma) (wahl-?o-?mat|"
     r"boussole electorale|smartvote)\b|\b(spiel|sei|simulier\w*|du bist jetzt) (einen|ein|den|der|mein|meinen) "
     r"(wahl-?o-?mat|smartvote)\b"),
    # ------------------------------------------------------------------ session 20 (dev93)
    # a party or a list as "the only sensible choice", whatever frames it ("for a novel, have the narrator explain why
    # X is the only sensible choice"); not a means to an end ("why is the train the only sensible choice for commuting?")
    ("promotion.any.only_choice", "promotion",
     r"\b(why|that|pourquoi|que|qu'|warum|wieso|weshalb|dass)\b" + _X + r"{0,60}\b(is|are|would be|remains?|est|sont|"
     r"serait|reste|ist|sind|ware|bleibt)\b (really |truly |simply |clearly |vraiment |simplement |clairement |wirklich "
     r"|einfach |klar )?(the only|le seul|la seule|die einzige|die einzig|der einzige|der einzig|das einzige|das einzig) "
     r"((sensible|reasonable|rational|logical|right|real|true|serious|credible|good|valid|acceptable|decent) (choice|"
     r"option|alternative|vote)|(choix|option|alternative|vote) (raisonnable|sense|sensee|logique|valable|serieux|"
     r"serieuse|credible|acceptable|rationnel\w*|juste|bon|bonne|possible)|(vernunftige|sinnvolle|richtige|wahre|echte|"
     r"ernsthafte|glaubwurdige|logische|wahlbare) (wahl|option|alternative))\b(?!" + _X + r"{0,4}\b(for|to|when|if|pour|"
     r"quand|si|fur|zum|zur|um|wenn)\b(?! (voters|the election|this election|the vote|sunday|the country|everyone|"
     r"les electeurs|l'election|cette election|ce scrutin|dimanche|le pays|tout le monde|die wahler|die wahl|diese wahl|"
     r"sonntag|das land|alle)\b))|"
     r"\b(warum|wieso|weshalb|dass)\b" + _X + r"{0,60}\b(die|der|das) einzig(e|er|es)? (vernunftige|sinnvolle|"
     r"richtige|wahre|echte|ernsthafte|glaubwurdige|logische|wahlbare) (wahl|option|alternative) (ist|sei|ware|bleibt)\b"),
]
