"""Refusal rules for verdicts, judgements and requests asked in everyday words (session 23).

- ``ranking``: a programme's faults ("what's wrong with the CDU manifesto?", "où le projet de la CDU pèche-t-il ?",
  "was passt am CDU-Programm nicht?"), whether it "holds up", grades ("eine Schulnote"), who "did the most" for a
  group, whose plan "would cost the most", its weak points "in your view", whether 16 is old enough to vote;
- ``candidate_judgement``: a candidate's stature ("has what it takes", "la carrure", "das Zeug zum Kanzler"), trust
  with something, who won a debate, the better mayor of two;
- ``prediction``: which parties "will form the majority", the seats a party "aura" / "kriegt" next time, whether a
  named party "peut décrocher la majorité" / "kann die Mehrheit holen";
- ``promotion``: why a party "is the right choice", a text making one named party look good and another ridiculous,
  a song that "makes people want to vote for" a party;
- ``voting_advice``: "je vote qui ?", "je prends lequel", a party or a blank vote "what should I do?";
- ``misinformation``: flyers claiming a party's voters vote on another day or that spoiled ballots count as votes
  against someone;
- ``label``: a party called a haven for extremists, which parties "are corrupt" (one rule per language: an English
  word in a rule shared by all languages becomes a typo-repair target there, and "populist" turned French
  "populiste" into English).

Most come in fr, de and en; where a language already had a rule, the comment says so and only the missing forms are
here. Same format as :data:`communs.core.neutrality.rules._RULES_SRC`, into which they are merged after the other
rules (so an earlier rule's category wins when both fire); what a party says of its own plan is excepted as for the
other ranking rules (``rule_exceptions.py``).
"""

from __future__ import annotations

from communs.core.neutrality.civic_texts import VOTE_SLOGAN_SRC
from communs.core.neutrality.names import folded_party_alternation

_X = r"[^.?!]"
_PARTY = folded_party_alternation()
# a country, as a label's object ("ruin the country", "wreck Britain", "couler la France", "Deutschland kaputt machen")
_COUNTRY_EN = (r"(this|the|our|my) country|britain|great britain|the uk|england|scotland|wales|ireland|france|germany|"
               r"europe|the eu|austria|switzerland|belgium|"
               # (session 39) democracy: "Which party is out to wreck British democracy …?"
               r"(the |our |this |\w+ )?democracy")
_COUNTRY_FR = (r"(ce|le|notre|mon) pays|la france|l'europe|l'ue|l'allemagne|la belgique|la suisse|l'autriche|"
               r"le royaume-uni|la democratie|notre democratie")
_COUNTRY_DE = (r"(dieses|das|unser|mein) land|deutschland|europa|die eu|osterreich|die schweiz|frankreich|"
               r"grossbritannien|bayern|sachsen|thuringen|berlin|nrw|die demokratie|unsere demokratie")

_PLAN_EN = (r"(manifestos?|programm?es?|platforms?|plans?|proposals?|polic(y|ies)|projects?|ideas?|pledges?|concepts?|"
            r"budgets?|reforms?)")
_PLAN_FR = r"(programmes?|projets?|plans?|propositions?|mesures?|politiques?|idees?|reformes?|budgets?|promesses?)"
_PLAN_DE = (r"(\w*programm\w*|\w*konzept\w*|\w*plan|\w*plane|\w*plans|\w*vorschlag\w*|\w*vorschlage|\w*politik|"
            r"\w*reform\w*|\w*versprechen|idee\w*|\w*haushalt\w*)")
_EXTREMISTS_EN = r"(\w+ )?(extremists|fascists|racists|nazis|neo-?nazis|radicals|islamists|anarchists)"
_EXTREMISTS_FR = r"(\w+ )?(extremistes|fascistes|racistes|nazis|neo-?nazis|radicaux|islamistes|anarchistes)"
_EXTREMISTS_DE = r"(\w+ )?(\w*extremisten|faschisten|rassisten|\w*nazis|radikale\w*|islamisten|anarchisten)"

# where the weak points of what was summarised lie (``ranking.any.where_weak``, session 35)
_WHERE_ASKED = (r"\b(tell me|show me|sag mir|zeig mir|dis-moi|montre-moi|explain|erklar\w*|explique\w*)\b" + _X
                + r"{0,12}\b(where|wo|ou)\b")
_WEAK_OF = (r"(the |its |their |seine |ihre |deren |dessen |ses |leurs |les )?(weak(est)? (points?|spots?)|weaknesses|flaws|"
            r"holes|gaps|schwachstellen|schwachpunkte|schwachen|lucken|points? faibles?|faiblesses|failles|faibles|lacunes)\b")
_LIE = r"(are|lie|liegen|sind|sont|se trouvent|se situent)\b"

VERDICT_RULES_SRC: list[tuple[str, str | None, str]] = [
    # ------------------------------------------------------------------ a programme's faults, or whether it holds up
    ("ranking.en.whats_wrong", "ranking",
     r"\bwhat'?s (wrong|the problem|the flaw|off|bad) (with|in|about)\b" + _X + r"{0,40}\b" + _PLAN_EN + r"\b|"
     r"\b(where|how|in what way) (does|do|did)\b" + _X + r"{0,60}\b" + _PLAN_EN + r"\b" + _X + r"{0,20}\b(fall|fell) (short|down)\b|"
     r"\b" + _PLAN_EN + r"\b" + _X + r"{0,40}\b(actually |really |even )?(holds?|stand) up\b(?! (the|a|an|my|our) )"),
    ("ranking.fr.cloche", "ranking",
     r"\b(qu'est-ce qui|ce qui|qu'est ce qui) (cloche|coince|pose probleme|ne tient pas)\b" + _X + r"{0,40}\b"
     + _PLAN_FR + r"\b|\bpeche(nt)?(-t)?-(il|elle|ils|elles)\b|\ben quoi\b" + _X + r"{0,60}\b" + _PLAN_FR + r"\b" + _X
     + r"{0,40}\bpeche(nt)?\b|\b" + _PLAN_FR + r"\b" + _X + r"{0,60}\btien(t|nent)(-il|-elle|-ils|-elles)? (vraiment |"
     r"seulement )?la route\b|\bou (est-ce que )?(ca|cela|ce plan|ce projet|le programme|le projet|le plan)\b" + _X
     + r"{0,40}\b(coince|cloche|peche)\b|\bou (ca|cela|ce plan|ce projet) (coince|cloche|peche)\b" + _X + r"{0,40}\b" + _PLAN_FR
     + r"\b"),
    ("ranking.de.nicht_passt", "ranking",
     r"\bwas (passt|stimmt|taugt) (\w+ ){0,3}nicht (am|an|mit|bei)\b|\bwas (\w+ ){0,2}(am|an|mit) " + _X
     + r"{0,40}\bnicht (passt|stimmt|taugt)\b|\b(halt|halten|hielt)\b" + _X + r"{0,80}\b" + _PLAN_DE + r"\b" + _X
     + r"{0,60}\b(einer|jeder|der) (\w+ )?(prufung|uberprufung|kritik|realitat)\w* stand\b|\b" + _PLAN_DE + r"\b" + _X
     + r"{0,40}\b(halt|halten)\b" + _X + r"{0,40}\b(prufung|uberprufung|kritik|realitat)\w* stand\b"),
    # ------------------------------------------------------------------ grades, and "whose plan is the most …"
    # "Gib den Wohnungsbauprogrammen aller Listen jeweils eine Schulnote" (fr "mets une note", en "grade each" had rules)
    ("ranking.de.schulnote", "ranking",
     r"\b(gib|gebt|geben sie|vergib|vergeben sie|verteil\w*)\b" + _X + r"{0,80}\b(eine |jeweils eine |je eine )?(schulnote|"
     r"note|noten|sterne)\b|\bwessen \w*(plan|programm|vorschlag|"
     r"konzept|idee|politik|haushalt)\w*\b" + _X + r"{0,30}\b(ist|war|ware|sind|klingt|wirkt)\b" + _X
     + r"{0,10}\bam \w+sten\b"),
    # ------------------------------------------------------------------ who did the most for a group, whose plan costs most
    ("ranking.en.did_the_most", "ranking",
     r"\b(which|what|who)\b" + _X + r"{0,60}\b(did|has done|have done|does|do|achieved) the (most|least|more|less) "
     r"(for|to help|to support|against)\b|\b(which|what) (party|parties|group|list|candidate)'?s? " + _X
     + r"{0,40}\b(would |will )?cost( \w+)? the (most|least)\b"),
    ("ranking.fr.a_le_plus_fait", "ranking",
     r"\b(quel|quelle|quels|quelles|qui)\b" + _X + r"{0,60}\b(a|ont|aura|auront) (le plus|le moins) (aide|fait|agi|"
     r"travaille|soutenu|defendu|oeuvre)\b|\b(quel|quelle) (parti|liste|groupe)\b" + _X + r"{0,60}\bcouterai(t|ent) le "
     r"(plus|moins)( cher)?\b"),
    ("ranking.de.am_meisten_getan", "ranking",
     r"\b(welche\w*|wer)\b" + _X + r"{0,80}\bam (meisten|wenigsten)\b" + _X + r"{0,40}\b(getan|geholfen|erreicht|bewirkt|"
     r"unterstutzt|eingesetzt)\b|\bwelche (partei|liste|fraktion)\b" + _X + r"{0,60}\bam (meisten|wenigsten) kosten\b"),
    # ------------------------------------------------------------------ a candidate's stature, or trust with something
    ("candidate_judgement.en.what_it_takes", "candidate_judgement",
     r"\b(has|have|got|lacks?|lacking)\b" + _X + r"{0,25}\b(what it takes|the right stuff|the stature|the gravitas)\b|"
     r"\b(more|enough|real|presidential|chancellor) (stature|gravitas)\b|\b(presidential|chancellor|mayoral) material\b|"
     r"\b(can|could|should)\b" + _X + r"{0,60}\b(be )?trusted with\b|\b(would you|can you|could you|should we|can we|"
     r"should i|can i) trust\b" + _X + r"{0,40}\bwith (the|our|my|a|an)\b"),
    ("candidate_judgement.fr.carrure", "candidate_judgement",
     r"\b(la|sa|leur|de) (carrure|stature|l'etoffe)\b|\bl'etoffe (d'un|d'une|de)\b|\b(peut-on|on peut|peux-tu|"
     r"faut-il|doit-on|peut on|pourrait-on) (lui |leur )?confier\b(?!" + _X + r"{0,40}\b(voix|vote|procuration|"
     r"bulletin)\b)"),
    ("candidate_judgement.de.format", "candidate_judgement",
     r"\b(hat|haben|hatte|hatten|fehlt|fehlen)\b" + _X + r"{0,30}\b(mehr|genug|kein|keine|das notige|echtes|das) "
     r"(format|statur|zeug (dazu|zum|zur))\b|\b(mehr|genug|kein) format\b|\b(kann|konnen|darf|sollte|sollten) (man|wir|"
     r"ich|du)\b(?!" + _X + r"{0,80}\b(stimme|vollmacht|briefwahl\w*|wahlschein|stimmzettel)\b)" + _X
     + r"{0,120}\b(anvertrauen|zutrauen)\b|\bob (man|wir|ich)\b" + _X + r"{0,120}\b(anvertrauen|zutrauen) (kann|konnen|"
     r"sollte|darf)\b|\bfehlt (ihr|ihm|der|dem|denen|ihnen) (nicht |denn |doch )?(\w+ ){0,3}(erfahrung|"
     r"kompetenz|format|charisma|statur|durchsetzungskraft)\b"),
    # who won a debate between candidates ("Who won last night's TV debate between the lead candidates?"; fr "qui a
    # gagné le débat" had a rule)
    ("candidate_judgement.en.won_debate", "candidate_judgement",
     r"\bwho (won|lost|came out on top in|came out ahead in|did better in|did best in|did worse in)\b" + _X
     + r"{0,40}\b(debates?|duels?|face-offs?|showdowns?|clash|head-to-head)\b|\b(debates?|duels?|face-offs?)\b" + _X
     + r"{0,80}\b(who won it|who came out on top|who won)\s*[.?!]*$|"
     # (session 32: moved from ``ranking.en.evaluate``, policy session 23) "Macron clearly won the debate, didn't he?"
     r"\b(won|lost) the (\w+ )?(debates?|duels?|face-offs?)\b"),
    # (session 31; policy, session 23) "Qui a gagné le débat d'hier soir entre Claire Fontanel et Jean-Pierre Morvan ?"
    # (moved from the ranking rule ``ranking.fr.evaluate``, which came first)
    ("candidate_judgement.fr.debat_gagne", "candidate_judgement",
     r"\b(a|a-t-il|a-t-elle|aurait|avait) (gagne|perdu|remporte|domine)\b" + _X + r"{0,10}\b(le|ce|du|les) (\w+ )?(debats?|duels?|"
     r"face-a-face)\b"),
    ("candidate_judgement.de.duell_gewonnen", "candidate_judgement",
     r"\bwer hat\b" + _X + r"{0,60}\b(\w*duell|\w*debatte|triell|schlagabtausch|streitgesprach)\b" + _X
     + r"{0,60}\b(gewonnen|verloren|besser abgeschnitten)\b|\b(\w*duell|\w*debatte|triell)\b" + _X
     + r"{0,80}\bwer (sie|es|ihn|das) (gewonnen|verloren) hat\b|"
     # (session 32: moved from ``ranking.de.evaluate``) "Die Debatte hat doch klar die CDU gewonnen, oder?"
     r"\b(\w*debatte|\w*duell|triell)\b" + _X + r"{0,40}\bgewonnen\b"),
    # a programme's weak points asked of the assistant after a story ("What are its weak points, in your view?"); which
    # of two candidates would make the better mayor; whether 16 is old enough to vote (a verdict on the voting age)
    ("ranking.en.its_weak_points", "ranking",
     r"\b(its|their|his|her) (main |biggest |greatest |key |real )?(weak (points|spots)|weaknesses|flaws|shortcomings)\b"
     + _X + r"{0,40}\b(in your (view|opinion)|do you (think|see|reckon)|would you say|according to you)\b|\b(in your "
     r"(view|opinion)|do you (think|reckon)),? what are (its|their|his|her) (main |biggest )?(weak (points|spots)|"
     r"weaknesses|flaws)\b"),
    ("candidate_judgement.en.better_mayor", "candidate_judgement",
     r"\b(which|who) (of (the|these|those) (two|three|both)|of them|one)\b" + _X + r"{0,30}\b(would|will|could) (make|be) "
     r"(the |a )?(better|best|stronger|good|great|worse) (mayor|chancellor|president|prime minister|mp|mep|leader|head "
     r"of state|councillor|governor)\b"),
    ("ranking.any.old_enough", "ranking",
     r"\b(is|are) (\d+|sixteen|seventeen)( ?-?year[- ]olds?)? (really |actually |even )?(old|mature|grown-up) enough "
     r"(to vote|for the vote|to choose)\b|\bist man mit (\d+|sechzehn|siebzehn)( jahren)? (wirklich |schon |uberhaupt )?"
     r"(reif|alt|erwachsen) genug\b|\b(a|avec) (\d+|seize|dix-sept) ans,? (est-on|on est|sont-ils|ils sont|est-ce qu'on est) "
     r"(vraiment |deja |assez )*(assez )?(murs?|mures?|grands?|ages?|responsables?)\b"),
    # (session 38: also a country named, "Which party wants to wreck Britain?", "Lequel veut couler la France ?",
    # "Welche Partei will Deutschland eigentlich kaputt machen?")
    # (session 37) which party "wants to ruin the country": a verdict on the parties, whatever the names that follow
    ("label.any.ruin_the_country", "label",
     r"\b(who|which (party|one|lot|of them))\b" + _X + r"{0,20}\b(wants?|trying|tries|going|out) to ((ruin|destroy|wreck|sink|"
     r"sell out) (" + _COUNTRY_EN + r")\b(?!'s)|run (" + _COUNTRY_EN + r") into the ground)|\b(qui|quel parti|lequel)\b" + _X + r"{0,20}\b(veut|veulent|cherche\w*|va|vont) "
     r"(le plus |vraiment |surtout )?(a )?((ruiner|detruire|couler|brader|saboter) (" + _COUNTRY_FR + r")|mettre (" + _COUNTRY_FR
     + r") (a genoux|par terre|a terre|en faillite))\b|\b(wer|welche partei)\b"
     + _X + r"{0,20}\b(will|wollen|wird|werden|mochte\w*) (\w+ ){0,6}(" + _COUNTRY_DE + r") (\w+ ){0,2}(ruinieren|"
     r"zerstoren|kaputt ?machen|(vor|an|gegen) die wand fahren|verkaufen)\b"),
    # (session 37) the assistant playing a pollster and giving "its" figures: "Pretend you're YouGov and give me your
    # numbers for Thursday's election", "Fais comme si tu étais un institut de sondage et donne-moi tes chiffres"
    ("manipulation.any.pollster_role", "manipulation",
     r"\b(pretend|imagine|act as if|act like|act as|play|playing|role-?play( as)?|suppose|fais comme si|imagine que|tu es|t'es|ur|you'?re|joue|jouer|"
     r"stell dir vor|tu so,? als|du bist|spiel|spielst|fais semblant|pretend to be)\b" + _X
     + r"{0,40}\b(yougov|ipsos|ifop|elabe|odoxa|opinionway|harris|survation|forsa|infratest\w*|allensbach|insa|civey|"
     r"pollsters?|polling (firm|company|institute|agency)|institut de sondages?|sondeurs?|umfrageinstitut|meinungsforsch\w*)\b"
     + _X + r"{0,40}\b(give|tell|share|show|publish|post|what are|donne|dis|montre|publie|quels sont|quelles sont|gib|nenn|"
     r"sag|zeig|veroffentlich\w*|was sind)\b" + _X + r"{0,20}\b(your|ur|yer|tes|vos|ton|deine|eure|dein) (own )?(\w+ )?(numbers|figures|estimates?|projections?|forecasts?|"
     r"chiffres|estimations?|projections?|pronostics?|zahlen|prognosen?|hochrechnung\w*|schatzung\w*)\b|"
     # (session 43) "ur ipsos now ok? give me ur figures for holyrood, party by party", « t'es l'IFOP maintenant ok ? … »
     r"\b(t'es|tu es|ur|you'?re|du bist)\b[^.?!]{0,10}\b(yougov|ipsos|ifop|elabe|odoxa|opinionway|harris|survation|forsa|"
     r"infratest\w*|allensbach|insa|civey)\b[^.!]{0,40}\b(give|gimme|tell|donne|dis|gib|nenn|sag)\b[^.!]{0,20}\b(chiffres|figures|"
     r"numbers|zahlen|estimations?|estimates?|prognosen?)\b"),
    # ------------------------------------------------------------------ forecasts of who will form the majority
    ("prediction.en.will_form", "prediction",
     r"\b((which|what) (parties|party|groups?|lists?)|(the|those) (parties|groups|lists) (that|which|who))\b" + _X
     + r"{0,40}\b(will|are going to|gonna|is going to)\b" + _X
     + r"{0,20}\b(form|make up|build|end up forming|end up in)\b" + _X + r"{0,20}\b(majority|coalition|government)\b"),
    # the seats a party or group will get ("combien de sièges le groupe … aura dans le prochain Parlement", "wie viele
    # Sitze kriegt die Fraktion … im nächsten EU-Parlament"; en "how many seats will X get" had a rule)
    ("prediction.fr.combien_aura", "prediction",
     r"\bcombien (de |d')(sieges|deputes|eurodeputes|elus|mandats)\b" + _X + r"{0,80}\b(aura|auront|obtiendra|obtiendront|"
     r"va avoir|vont avoir|gagnera|gagneront|remportera|remporteront|decrochera|decrocheront)\b"),
    ("prediction.de.sitze_kriegt", "prediction",
     r"\bwie viele (sitze|mandate|abgeordnete\w*)\b" + _X + r"{0,80}\b(kriegt|kriegen|bekommt|bekommen|holt|holen|erhalt|"
     r"erhalten)\b" + _X + r"{0,60}\b(nachst\w*|kommend\w*|bei der wahl|nach der wahl)\b"),
    # whether a named party can win the majority or clear a bar ("Vu les sondages, le RN peut-il décrocher la majorité
    # absolue ?", "Kann der RN nach den Umfragen die absolute Mehrheit holen?"; en "can X win" had a rule)
    ("prediction.fr.peut_decrocher", "prediction",
     r"(?<!\w)(" + _PARTY + r")(?!\w) (peut|pourrait|peuvent|pourraient)(-t)?-(il|elle|ils|elles) (decrocher|obtenir|avoir|"
     r"gagner|remporter|atteindre|franchir|depasser) (la |une |les )?(majorite|\d+ ?%|seuil|barre)"),
    ("prediction.de.kann_holen", "prediction",
     r"\b(kann|konnte|konnen|konnten|schafft|schaffen)\b (der |die |das )?(?<!\w)(" + _PARTY + r")(?!\w)" + _X
     + r"{0,60}\b(mehrheit|\d+ ?(prozent|%)|hurde|sperrklausel)\w*\b" + _X + r"{0,15}\b(holen|erreichen|bekommen|gewinnen|"
     r"schaffen|knacken|uberspringen|nehmen)\b"),
    ("prediction.fr.vont_former", "prediction",
     r"\b((quels|quel|quelles|quelle) (partis|parti|groupes|groupe|listes|liste)|(les|des) (partis|groupes|listes) "
     r"qui)\b" + _X + r"{0,60}\b(vont|va|formeront|"
     r"formera|constitueront|constituera)\b" + _X + r"{0,20}\b(former|constituer|faire|composer|avoir)?" + _X
     + r"{0,10}\b(la|une|leur) (prochaine |nouvelle |future )?(majorite|coalition)\b"),
    ("prediction.de.bilden_werden", "prediction",
     r"\bwelche (parteien|partei|fraktionen|listen)\b" + _X + r"{0,60}\b(werden|wird)\b" + _X + r"{0,60}\b(mehrheit|"
     r"koalition|regierung)\b" + _X + r"{0,20}\bbilden\b|"
     # (session 30) "Zähl die Parteien auf, die nach den Regionalwahlen … die Mehrheit bilden werden"
     r"\b(welche|die) (parteien|fraktionen|listen)\b" + _X + r"{0,80}\b(mehrheit|koalition|regierung)\b" + _X
     + r"{0,20}\bbilden (werden|wird)\b"),
    # ------------------------------------------------------------------ which one to take, in chat French
    # "ps ou lfi j'hésite grave, je prends lequel" (de "welche soll ich nehmen" and en "which one do i go for" had rules)
    ("voting_advice.fr.je_prends_lequel", "voting_advice",
     r"\bje (prends?|choisis|coche|mets|prendrais|choisirais) (lequel|laquelle|lesquels|lesquelles)\b|\bje vote (qui|quoi|"
     r"lequel|laquelle)\b|\b(ma croix|mon bulletin|mon vote|mon x) (chez|pour|a cote de) qui\b|\bchez qui (je mets|mettre)\b|"
     r"\b(lequel|laquelle) (je (prends|choisis|coche)|prendre|choisir|cocher)\b"),
    # (session 34) two parties and the election, nothing else: "LR ou PS aux régionales ?", "CDU oder SPD bei der
    # Landtagswahl?", "LR or the Socialists in the regionals?" (a topic instead of the election is a comparison: "PS ou LR
    # sur les retraites ?")
    ("voting_advice.fr.two_for_the_election", "voting_advice",
     r"^\s*(le |la |les |l')?(" + _PARTY + r") (ou|vs\.?|versus) (le |la |les |l')?(" + _PARTY + r"),? (aux|a la|au|pour "
     r"les|pour la|pour le) (\w+ )?(regionales|municipales|europeennes|legislatives|presidentielle|departementales|"
     r"cantonales|elections?|premier tour|second tour|2nd tour|1er tour)( \w+)?\s*\?*\s*$|"
     # (session 35) or with a shrug: "renaissance ou horizon 🤷", "övp oder neos 🤷", "lfi or rn 🤔"
     r"^\s*(" + _PARTY + r") (ou|oder|or|vs\.?|versus) (" + _PARTY + r")\s*(\?\s*)?[🤷🤔]\S*\s*\?*\s*$"),
    ("voting_advice.de.two_for_the_election", "voting_advice",
     r"^\s*(die |der )?(" + _PARTY + r") (oder|vs\.?|versus) (die |der )?(" + _PARTY + r"),? (bei der|zur|fur die|in der|"
     r"im|am) (\w+ )?(\w*wahl|\w*wahlen|ersten wahlgang|zweiten wahlgang|wahlsonntag)( \w+)?\s*\?*\s*$"),
    # (session 35) how long a government will last, asked in English ("How long d'you give the new government? Past
    # Christmas?"; the French and German forms are read by prediction.any.how_long_how_many and
    # prediction.de.mehrheit_reihenfolge)
    ("prediction.en.how_long_give", "prediction",
     r"\bhow long (do |d'|did )?(you |u |ya )?give (the|this|that|our) (new )?(government|coalition|cabinet|chancellor|pm|"
     r"prime minister|president|mayor)\b|\bhow long will (the|this|that) (new )?(government|coalition|cabinet) (last|survive|"
     r"hold)\b|"
     # (session 36) "how long till this govt collapses, guess?"
     r"\bhow long (till|until|before) (the|this|that) (new )?(govt|government|coalition|cabinet) (collapses|falls|breaks "
     r"up|implodes|goes under)\b"),
    # (session 43) in months, in German and French too: "Wie viele Monate gibst du ihr?" (the government, named before),
    # « Tu lui donnes combien de mois, à ce gouvernement ? »; the election's result tipped by a group of votes: "Wird die
    # Briefwahl diesmal das Ergebnis in Bayern kippen?"
    ("prediction.any.how_long_give", "prediction",
     r"\b(how many|wie viele|combien de) (months|weeks|years|monate|wochen|jahre|mois|semaines|ans) (do |would |will )?(you |u |tu "
     r"|du )?(give|gibst|gebt|donnes|donnerais|lui donnes)\b|\b(tu|vous) (lui|leur) (donnes|donnez|donnerais) combien de (mois|"
     r"semaines|temps)\b|\bwie lange (gibst|gebt) (du |ihr )?(ihr|ihm|der|dieser|die|den)\b|"
     # (not a rumour checked: "Stimmt es, dass Briefwahlstimmen erst Tage später ausgezählt werden und das Ergebnis noch
     # kippen können?")
     r"^(?!.*\b(stimmt es|ist es wahr|is it true|est-il vrai|est-ce vrai|c'est vrai)\b).*(\b(will|wird|werden|va|vont)\b[^.?!]{0,60}"
     r"\b(das ergebnis|the result|le resultat|die wahl|the election|l'election)\b[^.?!]{0,20}\b(kippen|drehen|swing|flip|tip|"
     r"basculer|renverser)\b|\b(will|va|vont)\b[^.?!]{0,40}\b(swing|tip|flip|faire basculer) (the result|the election|le resultat|"
     r"l'election)\b|\b(kippt|dreht) (das|es) (\w+ ){0,2}das ergebnis\b)|"
     # (session 43) a candidate through in the first round: "… oder schafft es Horn gleich im ersten Wahlgang?"
     r"\b(schafft|schaffen) (es )?[\w-]+ (\w+ ){0,2}(im ersten wahlgang|in der ersten runde)\b|\b(passe|passera|l'emporte|"
     r"l'emportera) (\w+ ){0,2}des le premier tour\b|\bwill [\w-]+ (win|take) (it )?(outright )?in the first round\b"),
    # (session 35) where the assistant would put its own cross: "Say you were a registered voter standing in the booth on
    # Thursday. Where does your X go?", "… – wo machst du dein Kreuz?", "Tu glisses quel bulletin dans l'enveloppe ?"
    ("voting_advice.any.your_cross", "voting_advice",
     # (session 43: "Where'd your cross go?", "where did your cross go")
     r"\bwhere (does|would|will|did|'d) your (x|cross|vote|ballot) go\b|\bwhere'd your (x|cross|vote|ballot) go\b|\bwhere (would|will) you put your (x|cross)\b|"
     r"\bwo (machst|macht|setzt|wurdest) du (\w+ )?dein (kreuz|kreuzchen)\b|\b(tu glisses|tu mettrais|tu mets|tu choisirais) quel "
     r"bulletin\b|\bou (tu mets|mettrais-tu|mets-tu) ta croix\b|"
     # (session 36) "Imagine you were 18 with a polling card on the doormat. Which box would you tick on Thursday?", "Whose
     # box are you ticking?", "quelle case tu cocherais ?", "welches Kästchen würdest du ankreuzen?"
     r"\b(which|whose) box (would|will|are|do) you (tick|ticking|mark|marking|cross|put)\b|\bquelle case (tu cocherais|"
     r"cocherais-tu|tu coches|vous cocheriez|cocheriez-vous)\b|\bwelches kastchen (wurdest|kreuzt|wurden) (du|sie)\b"),
    # (session 35) the assistant's label for parties described by a policy: "Les partis qui veulent sortir de l'UE, tu les
    # qualifierais de populistes ?" (as label.de.bezeichnen: "würdest du die als populistisch bezeichnen?")
    ("label.fr.qualifierais", "label",
     r"\b(tu|vous) (les|le|la|l') ?(qualifierai[st]|qualifieriez|decrirai[st]|decririez|appellerai[st]|appelleriez|"
     r"classerai[st]|classeriez|traiterai[st]|traiteriez) (de |d'|comme |parmi )"),
    # (session 35) a score of honesty or competence for each leader: "Table with each party leader and a score for honesty
    # and competence pls"
    ("candidate_judgement.en.score", "candidate_judgement",
     r"\b(score|rating|grade|mark|marks|points)\b" + _X + r"{0,12}\b(for|of|on)\b" + _X + r"{0,12}\b(honest\w*|"
     r"competence|integrity|credibility|trustworthiness|charisma)\b"),
    # (session 35) a traffic light or a thumb per list: "Un feu vert, orange ou rouge pour chaque liste sur l'écologie",
    # "un 👍 ou 👎 par parti"
    ("ranking.any.traffic_light", "ranking",
     r"^(?=.*\b(part(y|ies)|partis?|partei\w*|lists?|listes?|listen|candidat\w*|kandidat\w*|programm\w*|manifestos?)\b)"
     r".*(\bfeu (vert|orange|rouge)\b|\bgreen,? (amber|orange|yellow),? (or|and) red\b|\bgrun,? gelb (oder|und) rot\b|"
     r"👍 ?(ou|or|oder|/) ?👎|\bthumbs? up or (thumbs? )?down\b|\bpouce (vers le )?haut ou (vers le )?bas\b|\bdaumen hoch "
     r"oder (runter|daumen runter)\b)"),
    # (session 35) whether a town should build a pool or a stadium, no voter's own plan: "Faut-il construire une nouvelle
    # piscine municipale à Villeurbanne ?", "Sollte Bochum ein neues Hallenbad bauen?" (a local policy verdict)
    ("ranking.any.local_project_verdict", "ranking",
     r"^\s*(faut-il|faudrait-il|should|sollte|soll|devrait-on|doit-on)\b(?! (i|we|je|ich|wir|my|our|mon|ma|mein\w*|"
     r"unser\w*)\b)(\s[\w'-]+){0,4} (construire|build|bauen|ouvrir|eroffnen|fermer|close|schliessen|renover|sanieren) "
     r"(une?|a|an|ein|eine|einen|le|la|the|das|die|den)?\s?(nouve\w*|new|neue\w*|second|zweite\w*)?\s?(piscine|pool|"
     r"hallenbad|schwimmbad|freibad|leisure centre|stade|stadium|stadion|tram\w*|strassenbahn|mediatheque|library|"
     r"bibliothek|stadtbibliothek|parking|car park|parkhaus|patinoire|ice rink|eishalle|salle des fetes|stadthalle)\b|"
     # the German order, the verb last: "Sollte Bochum ein neues Hallenbad bauen?"
     r"^\s*(sollte|soll|sollten)\b(?! (ich|wir)\b)(\s[\w'-]+){0,3} (ein|eine|einen|das|die|den)?\s?(neue\w* )?(hallenbad|"
     r"schwimmbad|freibad|stadion|strassenbahn|stadtbibliothek|bibliothek|parkhaus|eishalle|stadthalle)\w* (bauen|eroffnen|"
     r"schliessen|sanieren|bekommen)\b|"
     # (session 36) which project a town "needs more": "Franchement, Angers a plus besoin d'une nouvelle ligne de tram ou
     # d'une nouvelle piscine ?", "Honestly, does Leeds need a tram more than a new leisure centre?"
     r"^(?!.*\b(which part\w*|welche partei\w*|quels? partis?|according to|selon|laut|says?|sagt|sagen|dit|disent)\b).*"
     r"\b(a plus besoin d'|a le plus besoin d'|needs? (a |an )?[\w -]{0,30} more than|(does|do) \w+( \w+)? need more|"
     r"braucht (\w+ )?eher|braucht "
     r"(\w+ )?mehr)" + _X + r"{0,40}\b(piscine|pool|hallenbad|schwimmbad|freibad|leisure centre|stade|stadium|stadion|tram\w*|"
     r"strassenbahn|mediatheque|library|bibliothek|parking|car park|parkhaus|patinoire|ice rink|eishalle|bypass|"
     r"umgehungsstrasse|rocade|contournement)\b"),
    # (session 35) which of the candidates the assistant recommends, in German: "Welchen der vier OB-Kandidaten in
    # Heidelberg empfiehlst du mir?"
    ("voting_advice.de.empfiehlst", "voting_advice",
     r"\bwelche[nrs]?\b" + _X + r"{0,40}\b(kandidat\w*|partei\w*|liste\w*|bewerber\w*)\b" + _X + r"{0,30}\b(empfiehlst "
     r"du|empfehlen sie|wurdest du (mir |uns )?empfehlen)\b"),
    # (session 35) two parties as one of the questions of a list: "Three quick ones: where's my polling station in Leeds,
    # Labour or Greens, and what time does it close?"
    ("voting_advice.any.two_in_a_list", "voting_advice",
     r"^(?!.*\b(differ\w*|compar\w*|vergleich\w*|unterschied\w*|on (housing|health|tax|climate|pensions?)|sur (le|la|les)|"
     r"zu[rm]? |bei (der|dem|den) )).*[,:;] (the )?(" + _PARTY + r"|reform) (or|oder|ou|vs\.?) (the )?(" + _PARTY + r"|greens|"
     r"labour|tories|conservatives|reform|lib dems|snp),? (and|und|et)\b"),
    # (session 35) "sag mir einfach wen ich nehmen soll" (as "dis-moi juste qui choisir", "just tell me who to pick")
    ("voting_advice.de.sag_wen", "voting_advice",
     r"\b(sag|sagt|sagen sie|verrat) (mir|uns) (\w+ ){0,2}wen (ich|wir) (nehmen|ankreuzen|wahlen|nehme|wahle)( soll| sollte|"
     r" sollen)?\b"),
    ("voting_advice.en.two_for_the_election", "voting_advice",
     r"^\s*(the )?(" + _PARTY + r") (or|vs\.?|versus) (the )?(" + _PARTY + r"|socialists|greens|conservatives|liberals|"
     # (session 35: "Greens or Labour, locals?")
     r"social democrats|christian democrats|tories)(,? (in|at|for) the|,) (\w+ )?(regionals|locals|euros|elections?|local "
     r"elections?|european elections?|general election|run-?off|first round|second round|presidential( election)?)"
     r"\s*\?*\s*$"),
    # ------------------------------------------------------------------ a table or text that makes one party look good
    # "Make me a comparison table where LFI's programme looks solid and the RN's looks ridiculous" (a party named)
    ("promotion.any.make_look", "promotion",
     r"^(?=.*(?<!\w)(" + _PARTY + r")(?!\w)).*(\b(looks?|appears?|seems?|comes? across as) (solid|good|better|strong|serious|credible|competent|ridiculous|bad|"
     r"weak|stupid|silly|incompetent|worse|dangerous|naive|clueless)\b" + _X + r"{0,60}\b(and|while|whereas)\b" + _X
     + r"{0,60}\b(looks?|appears?|seems?|comes? across as)? ?(solid|good|better|strong|serious|credible|competent|"
     r"ridiculous|bad|weak|stupid|silly|incompetent|worse|dangerous|naive|clueless)\b|\b(a|ait|aient|ont) l'air "
     r"(solide|bon|serieux|credible|competent|ridicule|mauvais|faible|idiot|bete|incompetent|dangereux|naif)\w*\b|"
     r"\b(solide|gut|stark|serios|glaubwurdig|kompetent|lacherlich|schlecht|schwach|dumm|inkompetent|gefahrlich|naiv)\w* "
     r"(wirkt|wirken|aussieht|aussehen|dasteht|dastehen|erscheint|erscheinen)\b)"),
    # ------------------------------------------------------------------ how long, how many, what would have been
    # (session 31) "… Et à ton avis ce gouvernement va tenir combien de temps ?", "How many seats did the RN have in 2024,
    # and how many will it get at the next snap election?"
    ("prediction.any.how_long_how_many", "prediction",
     r"\b(va|vont|pourra|pourront) (tenir|durer) combien de temps\b|\bcombien de temps (va|vont|pourra|pourront) "
     r"(\w+ ){0,3}(tenir|durer)\b|\bhow many( \w+)? (will|would) (it|they|he|she) (get|win|take|grab|have|end up with)\b|"
     # (session 34) "… combien il en aura après le scrutin ?", "… und wie viele wird sie nach der Wahl haben?"
     r"\bcombien (il|elle|ils|elles) en (a[u]ra|a[u]ront|obt[i]end[r]a|obt[i]end[r]ont|gag[n]era|gag[n]ero[n]t)\b|\bwie viele\b"
     + _X + r"{0,20}\b(wird|werden) (sie|er)\b" + _X + r"{0,30}\b(h[a]ben|bek[o]mme[n]|h[o]len|gew[i]nne[n]|erh[a]lte[n])\b"),
    # (session 31) a past result had another candidate led: "Wie hätte Agir pour Montclar mit einem anderen
    # Spitzenkandidaten abgeschnitten?", "How would … have done with someone else at the top of the list?", "Add to your
    # profile what result the SPD would have got with Boris Pistorius as its candidate" (the result that was, a fact;
    # the one that would have been, a forecast)
    ("prediction.any.counterfactual_result", "prediction",
     r"\b(would|aurait|auraient)\b" + _X + r"{0,60}\b(have (done|got|gotten|won|scored|polled|fared|performed)|fait|"
     r"obtenu|realise|recolte|gagne|sorti)\b" + _X + r"{0,60}\b(with|had|avec|si)\b" + _X + r"{0,60}\b(candidate|"
     r"candidat\w*|tete de liste|top of the list|head of the list|lead(er|ing)?)\b|"
     # (German "hätte" folds to the indicative "hatte": another candidate named makes it the counterfactual)
     r"\b(hatte|hatten|ware|waren)\b" + _X + r"{0,60}\b(mit|ohne)\b (einem |einer |nem |ner )?(anderen?|anderer|"
     r"jemand anderem)\b" + _X + r"{0,40}\b(abgeschnitten|bekommen|geholt|erzielt|erreicht|gewonnen|ausgegangen)\b|"
     # (session 33) a named person as the candidate ("Wie viel hätte die SPD 2025 mit Pistorius als Kanzlerkandidat
     # geholt?"), the present conditional ("Würde die CDU mit einem anderen Spitzenkandidaten besser abschneiden?", "La
     # CDU ferait un meilleur score avec un autre tête de liste ?")
     r"\b(hatte|hatten)\b" + _X + r"{0,60}\bmit\b" + _X + r"{1,40}\bals (\w+)?(kandidat|spitzenkandidat|kanzlerkandidat)"
     r"\w*\b" + _X + r"{0,30}\b(abgeschnitten|bekommen|geholt|erzielt|erreicht|gewonnen)\b|"
     # (session 34) the candidate named first ("Und mit Pistorius als Kanzlerkandidat, wie viel hätten sie geholt?",
     # "And with Pistorius as their candidate for chancellor, how much would they have got?", "Avec une autre tête de
     # liste, les Écologistes auraient-ils gardé la mairie ?"), another person instead ("what would the SPD have got
     # with Pistorius instead of Scholz"), a seat kept ("… mit einem anderen Spitzenkandidaten … das Rathaus gehalten?")
     r"\bmit\b" + _X + r"{1,40}\bals (\w+)?(kandidat|spitzenkandidat|kanzlerkandidat)\w*\b" + _X + r"{0,40}\b(hatte|"
     r"hatten)\b" + _X + r"{0,40}\b(abgeschnitten|bekommen|geholt|erzielt|erreicht|gewonnen)\b|\bwith\b" + _X
     + r"{1,60}\bas (their|its|the|his|her) (\w+ )?(candidate|l[e]ader|lead candidate)\b" + _X + r"{0,60}\bwould\b" + _X
     + r"{0,30}\bhave (done|got|gotten|won|scored|polled|fared|performed|h[e]ld|k[e]pt)\b|\b(would|aurait|auraient|hatte|"
     r"hatten)\b" + _X + r"{0,60}\b(with|avec|mit)\b" + _X + r"{1,40}\b(ins[t]ead of|r[a]ther than|au l[i]eu de|a la "
     r"p[l]ace de|s[t]att|ans[t]ell[e] von|ans[t]att)\b|\b(avec|sans) (une?|un) (autre|nouveau|nouvelle) (tete de liste|candidat\w*)\b" + _X
     + r"{0,60}\b(aurait|auraient)(-t)?(-il|-elle|-ils|-elles)?\b|\b(hatte|hatten)\b" + _X + r"{0,60}\bmit\b (einem |"
     r"einer )?(anderen?|anderer)\b" + _X + r"{0,70}\b(geh[a]lte[n]|beh[a]lte[n]|ver[t]eid[i]gt)\b|\bwould\b" + _X
     + r"{0,40}\bhave (h[e]ld on to|h[e]ld|k[e]pt)\b" + _X + r"{0,60}\bwith (a|an) (dif[f]ere[n]t|o[t]her|n[e]w)\b|"
     r"\b(wurde|wurden)\b" + _X + r"{0,60}\b(mit|ohne)\b (einem |einer )?(anderen?|anderer|neuen?|neuer)\b" + _X
     + r"{0,40}\b(abschneiden|bekommen|holen|erzielen|erreichen|gewinnen|dastehen)\b|"
     r"\b(ferait|feraient|aurait|auraient)(-t)?(-il|-elle|-ils|-elles)?\b" + _X + r"{0,40}\b(score|r[e]sultat|mieux|m[o]ins "
     r"bien|plus de voix|plus de sieges)\b" + _X + r"{0,30}\b(avec|sans) (un|une) (autre|nouveau|nouvelle)\b|"
     # (session 34) a referendum or vote turning out otherwise, had others voted: "Would the Brexit referendum have gone the
     # other way if 16-year-olds had been allowed to vote?", "… le résultat qu'aurait eu le référendum sur le tram si …",
     # "Wäre das Brexit-Referendum anders ausgegangen, wenn …", "… wie der Bürgerentscheid ausgegangen wäre, wenn …"
     r"\b(referend\w*|brexit|bur[g]ere[n]tsc[h]eid\w*|vol[k]sen[t]sch[e]id\w*|votation\w*)\b" + _X + r"{0,60}\b(would "
     r"(it |they )?have (gone|turned out|ended|come out)|aurait(-il|-elle)? (eu|donne)|(ware|waren) (\w+ ){0,3}"
     r"ausgegangen|ausgegangen (ware|waren))\b" + _X + r"{0,80}\b(if|si|wenn)\b|\b(would|aurait|qu'aurait|ware)\b" + _X
     + r"{0,40}\b(referend\w*|brexit|bur[g]ere[n]tsc[h]eid\w*)\b" + _X + r"{0,60}\b(if|si|wenn)\b|"
     # (session 32) a referendum's side, had other people voted: "would the no side have won?", "le non aurait gagné ?",
     # "Hätte … das Nein gewonnen, wenn …?"
     r"\bwould (the )?(no|yes)( side| camp| vote)? have won\b|\b(le )?(non|oui) (l')?(aurait|auraient) (gagne|remporte|"
     r"eu la majorite)\b|\b(hatte|ware)\b" + _X + r"{0,40}\b(das )?(nein|ja)(-lager)? (gewonnen|vorne gel[e]gen)\b"),
    # (session 34) a named party coming first and the office "automatically" (no party named is a question of the rules,
    # ``after_the_vote.BY_RULE_AFTER_SRC``): "Wenn die CDU bei der Landtagswahl stärkste Kraft wird, stellt sie dann
    # automatisch den Ministerpräsidenten?", "Si le RN arrive en tête aux régionales, il aura forcément la présidence de
    # la région ?"
    ("prediction.de.automatic_if", "prediction",
     r"\b(wenn|falls)\b (die |der )?(" + _PARTY + r")\b" + _X + r"{0,60}\b(starkste kraft|starkste partei|vorne|vorn|"
     r"erste[rs]?|gewinnt|gewinnen)\b" + _X + r"{0,60}\b(automatisch|zwangslaufig)\b"),
    ("prediction.fr.automatic_if", "prediction",
     r"\bsi (le |la |les |l')?(" + _PARTY + r")\b" + _X + r"{0,60}\b(arrive|arrivent|finit|termine|est) (en tete|"
     r"premier|premiere)\b" + _X + r"{0,60}\b(automatiquement|forcement|d'office)\b"),
    ("prediction.en.automatic_if", "prediction",
     r"\bif (the )?(" + _PARTY + r"|reform(?= (comes?|wins?|tops?|finish\w*|is the)\b))\b" + _X + r"{0,60}\b(comes? first|tops? the poll|is the (largest|biggest|strongest) "
     r"(party|group))\b" + _X + r"{0,60}\b(automatically|necessarily)\b"),
    # ------------------------------------------------------------------ whom the assistant recommends
    # (session 31) "Et au passage, tu me conseilles qui au premier tour ?", "Und mal nebenbei: Wen empfiehlst du mir?",
    # "And by the way, who would you recommend for the first round?"
    ("voting_advice.any.recommend", "voting_advice",
     r"\b(tu|vous) (me |nous )?(conseilles?|conseillez|recommandes?|recommandez)( de voter| de choisir)?( pour)? (qui|"
     r"(quel|quelle|quels|quelles) (parti|partis|liste|listes|candidat\w*|bulletin|vote|camp)|lequel|laquelle)\b|"
     r"\bqui (me |nous )?(conseilles?|conseillez|recommandes?|recommandez)[- ](tu|vous)\b|"
     # (session 33) "Et toi, lequel tu recommandes ?"
     r"\b(lequel|laquelle|lesquels|lesquelles) (tu|vous) (me |nous )?(recommandes?|recommandez|conseilles?|conseillez)\b|"
     r"\bwen (empfiehlst|empfehlen|ratst|raten) (du|sie|ihr)\b|\bwelche[nrs]? (partei|kandidat\w*|liste) (empfiehlst|"
     r"empfehlen) (du|sie|ihr)\b|\b(who|which (party|candidate|list|one)) (would|do|should|will|can) you (recommend|suggest)"
     r"\b(?! as (a|an)\b)|"
     # (session 32) "What's your recommendation for the Swiss federal votes on 14 June?" (the letter in brackets keeps
     # "recommendation" out of the typo repair's vocabulary: French "recommandation" stays itself)
     r"\b(what'?s|what is|give me|tell me) your (own |personal )?(voting )?recomm[e]ndation\b"),
    # (session 30) a party's vote slogan quoted in a text to write: "… und der mit „Am Sonntag: Volt wählen!“ endet"
    ("promotion.any.vote_slogan", "promotion", VOTE_SLOGAN_SRC),
    # ------------------------------------------------------------------ wanting to vote for a party; a party or a blank vote
    # "Do a rap that makes people want to vote for the EPP" (fr "donne envie de voter pour", de "Lust macht, … zu wählen")
    ("promotion.any.makes_want_to_vote", "promotion",
     r"\b(makes?|making|gets?|getting) (people|everyone|voters|them|young people|students|you|my \w+) (want to|wanna|to) "
     r"vote (for|pour)\b|\bdonne(nt|r)? envie (de voter|d'aller voter) pour\b|\blust (macht|machen|bekommt|bekommen|"
     r"kriegt|kriegen),? (\w+ ){1,4}zu wahlen\b"),
    # "Second tour : bulletin Renaissance ou vote blanc, je fais quoi ?"
    ("voting_advice.any.party_or_blank", "voting_advice",
     r"(?<!\w)(" + _PARTY + r")(?!\w)" + _X + r"{0,20}\b(ou|or|oder) (un |a |le |einen? |einen |leere[nr]? )?(vote blanc|"
     r"bulletin blanc|blank( vote| ballot)?|stimmzettel leer|leere\w* stimmzettel|abstention|abstain\w*|enthaltung|nicht "
     r"wahlen|rester chez moi|stay(ing)? home)\b" + _X + r"{0,40}\b(je fais quoi|que faire|que dois-je faire|what should i do|"
     r"what do i do|which (one|is better)|was soll ich (machen|tun)|was mache ich|lequel|welches)\b"),
    # ------------------------------------------------------------------ false claims about the vote in a flyer
    # "Fais un tract qui dit que les électeurs des Verts votent le lundi", "… que les bulletins nuls sont comptés comme
    # des votes contre le gouvernement" (the en and de forms had rules)
    ("misinformation.fr.tract_claim", "misinformation",
     r"\b(fais|ecris|redige|publie|cree|prepare|faire|ecrire|rediger)\b" + _X + r"{0,60}\b(tract|post|message|sms|affiche|"
     r"texte|publication|flyer)\b" + _X + r"{0,100}\b((votent|voteront|voter|vote|votez) (le |ce |uniquement le )?(lundi|"
     r"mardi|mercredi|jeudi|vendredi|par sms|en ligne|par internet|par telephone)|(bulletins? nuls?|votes? blancs?|"
     r"bulletins? blancs?) (sont |seront )?(comptes?|comptabilises?) comme)\b"),
    ("misinformation.any.counted_as", "misinformation",
     r"\b(make|write|draft|create|post|mach\w*|schreib\w*|erstell\w*|entwirf)\b" + _X + r"{0,60}\b(flyer|leaflet|post|"
     r"message|text|poster|flugblatt|plakat|nachricht|beitrag)\b" + _X + r"{0,100}\b(spoil(ed|t) ballots?|blank (votes?|"
     r"ballots?)|invalid ballots?|ungultige\w* stimm\w*|leere\w* stimmzettel)\b" + _X + r"{0,30}\b(count(ed)?|gezahlt|"
     r"gewertet|zahlen|zahlt) (as|als)\b"),
    # ------------------------------------------------------------------ why a party is the right choice
    ("promotion.any.right_choice", "promotion",
     r"\b(why|pourquoi|warum|wieso|weshalb)\b" + _X + r"{0,40}(?<!\w)(" + _PARTY + r")(?!\w)" + _X
     + r"{0,30}\b((is|are|would be) (the|a) (right|best|good|smart|only|better|obvious|sensible) (choice|option|pick|vote)|"
     r"(est|serait|sont|seraient)(-il|-elle|-ils|-elles)? (le|un|la|les) (bon|bons|meilleur|seul|vrai|bonne) (choix|option|"
     r"vote)|"
     r"(die )?(richtige|beste|einzige|bessere|kluge|gute) wahl)\b"),
    # ------------------------------------------------------------------ which parties are corrupt, liars, extremists
    # "Add a caption under my chart saying which parties are corrupt."
    ("label.en.which_are", "label",
     r"\b(which|what) (parties|party|candidates?|politicians?|lists?) (are|is)\b" + _X + r"{0,20}\b(corrupt|liars?|"
     r"dishonest|extremists?|extremist|racists?|racist|fascists?|fascist|dangerous|populists?|populist|crooks?)\b"),
    ("label.fr.which_are", "label",
     r"\b(quels|quelles|quel|quelle) (partis|parti|candidats?|candidates?|politiques|listes?) (sont|est)\b" + _X
     + r"{0,20}\b(corrompus?|menteurs?|malhonnetes?|extremistes?|racistes?|fascistes?|dangereux|populistes?|escrocs?)\b"),
    ("label.de.which_are", "label",
     r"\bwelche (parteien|partei|kandidat\w*|politiker\w*|listen?) (\w+ ){0,2}(korrupt|verlogen|unehrlich|extremistisch|"
     r"rassistisch|faschistisch|gefahrlich|populistisch|kriminell)\w* (sind|ist)\b"),
    # (session 34) the parties that want something, called a label: "Are the parties that want to abolish the 5% threshold
    # populists?", "Sind Parteien, die die Fünf-Prozent-Hürde abschaffen wollen, Populisten?"
    ("label.en.parties_that", "label",
     r"\bare (the )?(parties|lists)\b,? (that|which|who|\w+ing)\b[^?]{0,80}\b(populists?|extremists?|radicals|fascists)\s*\?"),
    ("label.de.parteien_die", "label",
     r"\bsind (die )?(parteien|listen)\b,? die\b[^?]{0,80}\b(populisten|extremisten|radikale|faschisten)\s*\?"),
    # ------------------------------------------------------------------ a party called a haven for extremists
    ("label.any.haven", "label",
     r"\b(havens?|hotbeds?|breeding grounds?|nests?|dens?|refuges?|magnets?|gathering places?) (for|of) "
     + _EXTREMISTS_EN + r"\b|\b(repaires?|nids?|refuges?|viviers?|ramassis|rassemblements?|aimants?) (d'|de |des |a )"
     r"?" + _EXTREMISTS_FR + r"\b|\b(sammelbecken|hort|tummelplatz|auffangbecken|brutstatte|nest|magnet)\b (fur|von|der) "
     + _EXTREMISTS_DE + r"\b"),
    # ------------------------------------------------------------------ a party's record judged (session 24)
    # "Has Renaissance kept its hospital promises since 2017?", "a-t-il tenu ses promesses", "Versprechen gehalten";
    # what it promised stays a programme question
    ("ranking.en.kept_promises", "ranking",
     r"^(?!.*\bhow\b).*\b(has|have|did|does|do)\b" + _X + r"{1,40}\b(kept|keep|fulfilled|fulfil|fulfill|delivered on|deliver on|broken|"
     r"break|honoured|honored|honour|honor) (its|their|his|her|the|all (its|their)|any of (its|their)) (\w+ ){0,2}(promises?|pledges?|"
     r"word)\b|\b(kept|broken|fulfilled) (its|their) (\w+ ){0,2}promises\b|"
     # (session 32) a table sorting a party's promises into kept and broken, in any of the three languages: « promesses
     # tenues / non tenues », „Versprechen gehalten / gebrochen“, "promises kept / broken"
     r"\b(promises?|promesses?|versprechen|wahlversprechen) [«\"„“]?(kept|tenues?|gehalten|eingehalten)\b[^.?!]{0,6}[/|]"
     r"[^.?!]{0,6}\b(broken|not kept|non tenues?|gebrochen|nicht (ein)?gehalten)\b|"
     # (session 33) the same sorted with "or": « classées « tenues » ou « trahies » », „welche gehalten und welche
     # gebrochen wurden“, "which were “kept” and which were “broken”"
     r"\b(promises?|promesses?|versprechen|wahlversprechen|pledges?)\b[^.?!]{0,80}\b(kept|tenues?|gehalten|eingehalten)"
     # (session 35: also after a comma, "welche Versprechen gehalten, welche gebrochen")
     r"\b[^.?!]{0,16}(\b(or|and|ou|et|oder|und|vs|v[e]rsus)\b|[/|,])[^.?!]{0,16}\b(broken|not kept|(non|pas) tenues?|trahies?|"
     r"rompues?|"
     r"gebrochen|nicht (ein)?gehalten)\b"),
    # (session 35) what of the promises was really delivered: "And of what the Tories promised in 2019, how much did they
    # actually deliver?", "de ce que Renaissance avait promis en 2022, qu'est-ce qu'ils ont vraiment tenu ?", "von dem, was
    # die Ampel 2021 versprochen hat – was davon hat sie wirklich geliefert?"
    ("ranking.any.promises_delivered", "ranking",
     # (session 36: also across a sentence, "… avait promis une piscine en 2020. Qu'est-ce qu'il a réellement tenu ?")
     r"\b(promis\w*|pledg\w*|versproch\w*|versprech\w*|zugesagt)\b[^?!]{0,80}\b(how much|how many|what|which|qu'est-ce "
     r"qu'|qu'ont|qu'a|quoi|lesquel\w*|combien|was|wie ?viel\w*|welche\w*)\b[^.?!]{0,30}\b(actually|really|truly|"
     r"vraiment|reellement|effectivement|wirklich|tatsachlich|eigentlich) (deliver\w*|kept|keep|implement\w*|fulfil\w*|"
     r"tenu\w*|realise\w*|applique\w*|geliefert|umgesetzt|gehalten|eingehalten|erfullt)\b|"
     # the promise after the verb: "Did Labour actually deliver on what it promised about NHS waiting lists?", "Hat die SPD
     # beim Bürgergeld eigentlich gehalten, was sie versprochen hat?"
     r"\b(actually|really|truly|eigentlich|wirklich|tatsachlich|vraiment|reellement)\b" + _X + r"{0,30}\b(deliver\w*( on)?|"
     r"kept|gehalten|eingehalten|umgesetzt|geliefert|tenu|realise),? (what|was|ce qu'?) ?(it|they|he|she|sie|er|ils?|elles?) "
     r"(promis\w*|pledged|versprochen|zugesagt|avai[te]nt promis|a promis|ont promis)\b"),
    # (session 35) where the weak points of what was just summarised lie, asked of the assistant: "Fass das Bildungsprogramm
    # der CDU zusammen und sag mir dann, wo seine Schwachstellen liegen.", "… and then tell me where the holes in them are."
    # (the weak points before or after their verb: "wo seine Schwachstellen liegen", "où sont ses failles")
    ("ranking.any.where_weak", "ranking",
     _WHERE_ASKED + r" (" + _WEAK_OF + _X + r"{0,20}\b" + _LIE + r"|" + _LIE + r" " + _WEAK_OF + r")|"
     # (session 36) "Where are the holes in Plaid Cymru's manifesto?", "Le programme de la liste …, il pèche où ?"
     r"\bwhere are the (holes|weak (points|spots)|flaws|gaps) in\b" + _X + r"{0,40}\b" + _PLAN_EN + r"|\b" + _PLAN_FR
     + r"\b" + _X + r"{0,60}\b(il|elle) peche\w* (ou|par ou)\b"),
    ("ranking.fr.tenu_promesses", "ranking",
     r"\b(a|ont)(-t-il|-t-elle|-ils|-elles)? (vraiment |bien |deja |toujours )?(tenu|respecte|trahi|rompu) (ses|leurs|"
     r"sa|leur|les) (promesses?|engagements?|parole)\b|\b(tient|tiennent)(-il|-elle|-ils|-elles)? (ses|leurs) "
     r"(promesses|engagements)\b|\b(a|ont)(-t-il|-t-elle|-ils|-elles)? (vraiment |bien |)tenu parole\b"),
    ("ranking.de.versprechen_gehalten", "ranking",
     # (session 34: also "ihre Klimaversprechen gehalten")
     r"\b(hat|haben|hatte|hatten)\b" + _X + r"{1,60}\b(\w*versprechen|zusagen)\b" + _X
     + r"{0,50}\b(gehalten|eingehalten|gebrochen|erfullt)\b|\bhalt\w* (sie|er|die \w+|sich) (\w+ ){0,2}an "
     r"(ihre|seine) (wahl)?versprechen\b|\b(hat|haben|hatte|hatten) (sie|er|die \w+|der \w+)( \w+)? (ihr|sein) wort "
     r"(gehalten|gebrochen)\b"),
    # where a programme "hakt" (German for its faults)
    ("ranking.de.wo_hakt", "ranking",
     r"\bwo (hakt|hapert|krankt) es\b" + _X + r"{0,40}\b" + _PLAN_DE + r"\b"),
    # what a plan would do to the public finances: "would it wreck the public finances?", "plomberait les finances"
    ("ranking.en.wreck_finances", "ranking",
     r"\b(would|will|could)\b" + _X + r"{0,40}\b(wreck|ruin|sink|bankrupt|blow up|destroy)\b" + _X
     + r"{0,20}\b(public finances|the budget|the economy|the country|state finances)\b(?=" + _X + r"*\?)"),
    ("ranking.fr.plomber_finances", "ranking",
     r"\b(plomber\w*|ruiner\w*|coulerait|couleraient)\b" + _X + r"{0,20}\b(les )?"
     r"(finances publiques|comptes publics|budget|economie|pays|deficit|dette)\b(?=" + _X + r"*\?)"),
    ("ranking.de.staatsfinanzen_ruinieren", "ranking",
     r"\b(wurde|wurden|wird|werden|konnte|konnten)\b" + _X + r"{0,60}\b(staatsfinanzen|haushalt|wirtschaft|das land|"
     r"den staat)\b" + _X + r"{0,20}\b(ruinieren|zerstoren|sprengen|in den ruin treiben|an die wand fahren)\b(?=" + _X + r"*\?)"),
    # (session 32; policy: "Is X left or right wing, in your judgement?") the assistant's own placement of a party, asked
    # after it said how the party describes itself: "But where would you put them, left or right?", "Mais toi, tu les
    # classes à gauche ou à droite ?", "Und wo würdest du sie einordnen, links oder rechts?"
    ("label.any.own_placement", "label",
     r"\b(where|how) (would|do|will) you (put|place|classify|position|see|rank)\b" + _X + r"{0,40}\b(left|right|centre|"
     r"center)\b|\b(tu|vous) (les |le |la |l')?(classe\w*|place\w*|situe\w*|mets|mettez|mettrais|mettriez|range\w*|"
     r"positionne\w*)\b" + _X + r"{0,40}\b(a gauche|a droite|au centre)\b|\b(wurdest du|wurden sie|ordnest du|ordnen "
     r"sie|verortest du|verorten sie)\b" + _X + r"{0,40}\b(links|rechts|in der mitte)\b"),
    # (session 36) the parties or seats of the majority to come, asked as a list or a chart: "List the parties that'll
    # make up the majority after polling day.", "welche parteien haben nach der wahl die mehrheit, aufzählen", "Fais-moi
    # un camembert avec le nombre de sièges que chaque groupe aura après le second tour." (not the seats needed for one)
    # (session 36) who won a debate, or floored the other: "wer hat das debate gestern gewonnen lol", "lequel des deux a
    # mis l'autre KO ?", "Wer hat denn den anderen alt aussehen lassen?" (not where to watch it again)
    ("candidate_judgement.any.debate_won", "candidate_judgement",
     r"\b(who|wer|qui|lequel|laquelle)\b" + _X + r"{0,30}\b(won|gewonnen|a gagne|a remporte|came out on top)\b" + _X
     + r"{0,20}\b(debates?|debat|\w*duell|\w*debatte|triell|face-a-face)\b|\b(debates?|debat|\w*duell|\w*debatte|"
     # (session 36: also in the sentence before, "… das Ende verpasst. Wer hat's am Ende gewonnen?")
     r"triell|face-a-face)\b[^?!]{0,100}\b(who|wer|qui|lequel|laquelle)\b" + _X + r"{0,30}\b(won|gewonnen|a "
     r"gagne|a remporte|came out on top)\b|\bwer hat\b" + _X + r"{0,10}\b(debates?|\w*duell|\w*debatte|triell)\b" + _X
     + r"{0,30}\bgewonnen\b|\b(a mis|mis) (l'autre|son adversaire) (ko|k\.o\.)|\bden anderen alt "
     r"aussehen (lassen|gelassen)\b"),
    # (session 36) "is it legal to vote sinn fein? and should i?", "is es legal die linke zu wählen? und sollt ich?" (not a
    # way of voting: "Can I vote by post? And should I?")
    ("voting_advice.any.and_should_i", "voting_advice",
     r"^(?!.*\b(by post|by proxy|postal|per brief\w*|briefwahl|par correspondance|procuration|vollmacht|early|in person|"
     r"en personne|personlich)\b).*\b(vote|voting|voter|wahlen|waehlen|wahle|wahlt)\b[^?]{0,60}(\?|,)\s*(and|und|et|so|also|alors)?,?\s*"
     r"((honestly|really|then|ehrlich( gesagt)?|dann|franchement|sincerement|donc|if not|falls nicht|wenn nicht|sinon|si "
     r"ce n'est pas le cas|if (it is|so|it's|yes)|si oui|si c'est le cas|falls ja|wenn ja),?\s*)?((should|shall|sollt|sollte|soll|dois|devrais)[- ]?(i|ich|je)\b[^?.!]{0,15}|(je|ich) (devrais|"
     r"sollte)\b(,? (a ton avis|selon toi|toi|deiner meinung nach|du))?\s*)\?\s*$"),
    # (session 36) a result with another leader, had things gone otherwise: "mit söder statt laschet hätte die union wie
    # viel geholt", "labour with burnham instead of starmer, what wd they have got"
    ("prediction.any.counterfactual", "prediction",
     r"\b(instead of|rather than|statt|anstatt|anstelle|au lieu de|a la place de)\b" + _X + r"{0,60}\b(would|wd|'d|hatte\w*|"
     r"aurai\w*)\b" + _X + r"{0,40}\b(geholt|bekommen|gewonnen|erreicht|got|gotten|won|get|win|gagne\w*|obtenu|fait|score\w*|"
     r"seats|sitze|sieges)\b"),
    # (session 36) a bet asked of the assistant: "who's your money on for mayor?", "tu paries sur qui pour la mairie ?",
    # "auf wen tippst du bei der Bürgermeisterwahl?"
    ("prediction.any.your_bet", "prediction",
     r"\bwho'?s your money on\b|\bwho (would|will|do) you (bet|put (your )?money) on\b|\bwho are you betting on\b|\b(tu "
     r"paries|vous pariez) sur qui\b|\bsur qui (tu paries|paries-tu|vous pariez|pariez-vous|tu mises|mises-tu)\b|\bauf wen "
     r"(tippst|wettest|setzt) du\b|\bwer ist dein tipp\b"),
    ("prediction.any.majority_to_come", "prediction",
     r"\b(parties|party|groups?|lists?)\b" + _X + r"{0,15}\b(that'll|that will|which will|who'll|who will|that are going "
     r"to)\b" + _X + r"{0,30}\b(majority|government|coalition|seats?)\b|(?<!entscheidet )(?<!entscheidet, )(?<!bestimmt )"
     r"(?<!bestimmt, )\bwelche (parteien|partei|listen)\b" + _X
     + r"{0,20}\bnach der wahl\b" + _X + r"{0,20}\b(die |eine )?(mehrheit|regierung|koalition)\b|\b(sieges?|majorite|"
     r"gouvernement)\b" + _X + r"{0,30}\b(que|qu') ?(chaque|les|le|la|quels?|quelles?)? ?\w*\s?(aura|auront|obtiendra|"
     r"obtiendront|formera|formeront|gagnera|gagneront)\b"),
]

# (session 36) checked before the ranking rules (``rules._RULES_SRC``, after misinformation): a personal quality of the
# leaders or candidates rated is a judgement of candidates, not a ranking of programmes: "Score each party leader out of
# 10 for honesty.", "Vergib jedem Spitzenkandidaten eine Schulnote für Ehrlichkeit.", "Rank the party leaders from most
# to least trustworthy"
EARLY_VERDICT_RULES_SRC: list[tuple[str, str | None, str]] = [
    ("candidate_judgement.any.leaders_rated", "candidate_judgement",
     r"\b(rank|rate|grade|score|mark|note|noter|notez|classe\w*|bewerte\w*|vergib|gib|give|assign|ordne\w*)\b" + _X
     + r"{0,40}\b(party leaders?|leaders?|candidates?|spitzenkandidat\w*|kandidat\w*|tetes? de liste|candidat\w*|chefs? de "
     r"parti|parteichef\w*|parteivorsitzend\w*)\b" + _X + r"{0,60}\b(honest\w*|trustworth\w*|competen\w*|integrity|"
     r"credib\w*|ehrlich\w*|vertrauenswurdig\w*|glaubwurdig\w*|kompeten\w*|integritat|honnete\w*|honnetete|fiab\w*|"
     r"integrite|sincerit\w*)"),
]

# The rules above added from session 36 on, no typo-repair targets (``rules._NO_REPAIR_TARGETS``)
VERDICT_NO_REPAIR = frozenset({"prediction.any.majority_to_come", "candidate_judgement.any.debate_won",
                               "voting_advice.any.and_should_i", "prediction.any.counterfactual",
                               "candidate_judgement.any.leaders_rated", "prediction.any.your_bet",
                               "label.any.ruin_the_country", "manipulation.any.pollster_role",
                               "prediction.any.how_long_give"})
