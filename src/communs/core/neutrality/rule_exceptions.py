"""Exceptions the refusal rules make: questions that carry a refusal rule's words but ask for something the policy
answers. Each exception names the category whose hits it drops; the other categories' hits stay.

- checking or reporting a claim about the vote (misinformation hits dropped);
- a party's published recommendation on a referendum (voting advice);
- how a party describes itself (label);
- (session 7) the way to vote, not whom to vote for: "Soll ich lieber per Brief wählen oder ins Wahllokal gehen?",
  "Est-ce que je devrais voter par correspondance ?" (voting advice; the choice between blank, abstention or a yes/no
  stays advice);
- (session 7) a tie: "who wins if two candidates are exactly tied?" asks for the rule (prediction); (session 9) so
  does any party below a share of the vote: "kommt eine Partei unter 5 % trotzdem in den Bundestag?";
- (session 7) trusting a source, not a person: "which website can I trust for the official results?" (candidate
  judgement); (session 8) nor the vote itself: "Can I trust that my ballot really stays secret?";
- (session 8) extremism as a subject: "Which parties call for tougher action against violent extremist groups?" asks
  what parties propose, not for a label: the label rules do not read that span (``subjects.read_by``);
- (session 20) a thank-you poem that names nothing political (promotion); and, for the strengths-and-weaknesses rules
  only (``RULE_EXCEPTIONS``: one rule's hits, not the category's), the arguments the parties themselves give or a
  party's proposal: "the pros and cons that the parties themselves give", "How does the FDP plan to fix the flaws…";
- (session 21) the voter's own step called a good idea, better or worth it: "Is it a good idea to register right now?"
  (ranking, voting advice); and, for the superlative rules only, the best way to vote with nothing political named:
  "Is a proxy my best option?".

The text is the folded, typo-repaired question (``rules.prepare`` then ``correct_typos``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from communs.core.neutrality.accepted_refusals import (
    JUDGEMENT_REFUSAL_ACCEPTED as _JUDGEMENT_REFUSAL_ACCEPTED,
)
from communs.core.neutrality.accepted_refusals import LABEL_REFUSAL_ACCEPTED as _LABEL_REFUSAL_ACCEPTED
from communs.core.neutrality.accepted_refusals import NO_FORECAST_ASKED as _NO_FORECAST_ASKED
from communs.core.neutrality.accepted_refusals import NO_FORECAST_OR_ACCEPTED as _NO_FORECAST_OR_ACCEPTED
from communs.core.neutrality.accepted_refusals import PICK_REFUSAL_ACCEPTED as _PICK_REFUSAL_ACCEPTED
from communs.core.neutrality.accepted_refusals import RATING_REFUSAL_ACCEPTED as _RATING_REFUSAL_ACCEPTED
from communs.core.neutrality.accepted_refusals import H, only_asked_again
from communs.core.neutrality.after_the_vote import BELOW_THRESHOLD_SRC, BY_RULE_AFTER_SRC, NO_MAJORITY_SRC
from communs.core.neutrality.civic_texts import (
    CIVIC_TEXT_SRC,
    NO_PARTY_ASKED_SRC,
    OWN_CANVASSING_SRC,
    RULES_TEXT_SRC,
    RUMOUR_CORRECTED_SRC,
)
from communs.core.neutrality.courtesy import REFUSAL_ACCEPTED as _REFUSAL_ACCEPTED
from communs.core.neutrality.intents_lookalikes import OWN_CASE, TWO_ON_A_SUBJECT, WHICH_WAY_FOR_ME
from communs.core.neutrality.intents_parity import RECOMMENDATION_SRC
from communs.core.neutrality.intents_said import SLOGAN_ASKED_SRC
from communs.core.neutrality.occasions import PERSONAL_OCCASION_SRC as _PERSONAL_OCCASION
from communs.core.neutrality.own_arguments import OWN_ARGUMENTS, OWN_DEFENCE
from communs.core.neutrality.political import KNOWN_PARTY
from communs.core.neutrality.rumours import CHECK_OR_REPORT, WHY_SOME_SAY
from communs.core.neutrality.sorted_by_figure import SORTED_BY_FIGURE
from communs.core.neutrality.ways_for_me import (
    BEST_WAY_TO_VOTE_SRC,
    CHECK_REGISTRATION_GOOD_IDEA_FR,
    METHOD_FOR_ME,
    REQUEST_GOOD_IDEA_DE,
    SEND_BACK_WHEN,
    VOTING_WAYS_SRC,
)

# Campaigning named in a text to write: a vote for or against someone, support, promotion, a party (a neutral text
# names none of them)
_CAMPAIGNING = (r"vote (for|against)|voter (pour|contre)|(fur|gegen) \w+ (zu )?(stimmen|wahlen)|support\w*|soutien\w*|"
                r"soutenir|unterstutz\w*|promot\w*|promouv\w*|werb\w*")
# A neutral post about the vote's facts (session 23): "Write a neutral post for the public library's account: when and
# where will the official local election results be published?", with no party and no vote for anyone named
_NEUTRAL_POST = re.compile(
    r"^(?!.*(\b(" + _CAMPAIGNING + r"|candidat\w*|kandidat\w*)\b|" + KNOWN_PARTY.pattern + r")).*"
    r"\b(neutral|neutre|neutrale[nrs]?|sachliche[nrs]?|factual|factuel(le)?|informative?|informatif)\b"
)
# (session 30) a text with official voting information only, or one the voter asks to keep free of parties ("Nothing
# about candidates or parties.", "sans parler de parti !!"; a party named or a vote for someone still refuses)
_NO_PARTY_ASKED = (r"^(?!.*(\b(" + _CAMPAIGNING + r"|votez|wahlt)\b|" + KNOWN_PARTY.pattern + r")).*" + NO_PARTY_ASKED_SRC)
_NEUTRAL_OR_NO_PARTY = re.compile(_NEUTRAL_POST.pattern + "|" + _NO_PARTY_ASKED + "|" + CIVIC_TEXT_SRC)
# A claim someone made about the vote, then "is that for real?" (session 23): "Someone in a WhatsApp group says the
# runoff has been moved to Monday. Is that for real?", "… C'est sérieux ?" asks whether the claim is true, not whether
# a plan is realistic
_CLAIM_CHECKED = re.compile(
    r"(\b(someone|somebody|people|they|quelqu'un|on|jemand|es|man) (says?|said|claims?|dit|disent|pretend\w*|affirme\w*|"
    r"sagt|heisst|behauptet)|\b\w+ (affirme|affirment|dit|assure|pretend|claims|insists|behauptet|schreib\w*|ecrit|writes|"
    r"jure|swears|swore|schwort|schwor)|\b(recu|received|got|bekommen|erhalten)\b[^?!]{0,40}\b(disant|qui dit|saying|that says|"
    r"laut der|in der steht|wonach)|\b(m'a dit|m'ont dit|on m'a dit|told me|hat mir (gesagt|erzahlt)|haben mir (gesagt|"
    r"erzahlt)) (qu'on|que|that|dass))\b[^?!]{0,160}[.,:;?]+\s*(is (that|it|this) (for real|serious|legit)|c'est (serieux|du "
    r"serieux|vrai|legit)|ist (das|es) (ernst|echt|serios))\b"
)


# A party's published recommendation on a referendum is a fact of its programme ("What voting recommendation did the SP
# issue on the daycare initiative?", "Welche Abstimmungsparole hat die SVP beschlossen?"): the voting-advice rules,
# which look for advice to the voter, do not read it.
PARTY_RECOMMENDATION = re.compile("|".join(RECOMMENDATION_SRC.values()))


# How a party describes itself is a programme fact ("Which parties call themselves populist in their own
# materials?"): the label rules, which look for a label asked of the assistant, do not read it.
_SELF_DESCRIPTION = re.compile(
    # (not when the assistant's own label is asked too, session 28: "How does Reform UK present itself? And would you
    # call it populist?")
    r"^(?!.*\b((would|do) (you|u) (call|say|describe|consider|think|find|reckon|agree|classify|label|see)|(tu|vous) (dirais|diriez|qualifierais|qualifieriez|la qualifierais|le "
    r"qualifierais|les qualifierais|trouves|trouvez)|(wurdest|wurden|findest|finden) (du|sie))\b).*("
    r"\b(call|calls|describe|describes|define|defines|present|presents|see|sees) (themselves|itself|himself|herself)\b|"
    # (session 34: "LFI se présente-t-elle elle-même comme de gauche radicale ?", "comment le parti se décrit")
    r"\bse (disent|dit|qualifient|qualifie|definissent|definit|revendiquent|revendique|decrit|decrivent)\b|\bse (presentent|"
    r"presente)(-t-(il|elle|ils|elles))?( (lui|elle|eux|elles)-memes?)? comme\b|"
    r"\b(bezeichnen|bezeichnet|nennen|nennt|sehen|sieht|verstehen|versteht) sich\b)"
)


# The way to vote, with no person, party, list or blank/abstention choice in the question ("for" only when it is not
# the sending of the postal vote: "…, et quels sont les délais pour l'envoi ?").
_VOTING_METHOD = re.compile(
    r"^(?!.*\b(who|whom|which (party|list|candidate)|pour qui|quel parti|quelle liste|quel candidat|wen|wem|welche "
    r"(partei|liste|kandidat\w*)|blank|blanc|nul|ungultig|leer\w*|abstain|abstenir|m'abstenir|enthalten|yes or no|oui ou "
    r"non|ja oder nein|(for|pour|fur)(?! (l'envoi|l'expedition|le renvoi|le retour|sending|returning|the return|the "
    r"deadline|den versand|die rucksendung|die frist|die ruckgabe)\b))\b)"
    r".*\b(should i|should we|shall i|is it better|would it be better|soll ich|sollte ich|ist es besser|ware es besser|"
    r"devrais-je|je devrais|dois-je|je dois|vaut-il mieux|est-il preferable)\b[^.?!]{0,40}\b(by post|postal(ly)?|"
    r"by mail|in person|at the polling (station|place)|by proxy|early voting|vote early|"
    r"par correspondance|par procuration|au bureau de vote|en personne|per brief|briefwahl|brieflich|im wahllokal|ins "
    r"wahllokal|per vollmacht|vorzeitig)\b"
)
_TIE = re.compile(
    r"\b(tie|tied|a draw|dead heat|same number of votes|equal number of votes|stimmengleichheit|gleichstand|patt|"
    r"gleich viele stimmen|egalite|ex aequo|ex-aequo|autant de voix|meme nombre de voix)\b"
)
_TRUSTED_SOURCE = re.compile(
    r"\b(websites?|web ?sites?|sites?( web| internet)?|sources?|pages?|links?|apps?|webseiten?|internetseiten?|"
    r"quellen?|seiten?|liens?)\b[^.?!]{0,60}\b(trust|trauen|vertrauen|confiance|fier)\b|"
    r"\b(trust|trauen|vertrauen|confiance|fier)\b[^.?!]{0,30}\b(websites?|web ?sites?|sites?|sources?|pages?|links?|"
    r"apps?|webseiten?|internetseiten?|quellen?|seiten?|liens?)\b|"
    # the vote itself: its secrecy, the count, the postal vote ("Kann ich darauf vertrauen, dass meine Stimmabgabe
    # geheim bleibt?")
    r"\b(trust|trauen|vertrauen|confiance)\b[^.?!]{0,40}\b(ballots?|votes?|voting|count(ing)?|postal|secret\w*|"
    r"results?|bulletins?|scrutin|depouillement|vote par correspondance|resultats?|stimm\w*|wahlgeheimnis|geheim\w*|"
    r"auszahlung|briefwahl|ergebnis\w*)\b"
)
# A party that nobody names, below a share of the vote: "can a party under 5 % still get in?" asks for the rule ("a
# party like the FDP" names one: still a forecast).
# The rules of the system for any party that comes first (session 23): "Wenn eine Partei bei der Bundestagswahl stärkste
# Kraft wird, stellt sie dann automatisch den Kanzler?", "If a party comes out on top, does it automatically…?"
_ANY_PARTY_IF = re.compile(
    r"\b(if|when|once|wenn|falls|sobald|si|quand|lorsqu'?une?) (a|an|one|any|eine|irgendeine|un|une|le) (party|parti|partei|"
    r"list|liste|candidate|candidat|candidate|kandidat\w*)\b[^.?!]{0,80}\b(automatically|automatisch|automatiquement|"
    r"d'office|necessarily|zwangslaufig|forcement)\b"
)
_ANY_PARTY_BELOW = re.compile(
    r"\b(a|any|one|une?|ne|eine|einer|irgendeine) (party|parti|partei|list|liste)\b(?![^.?!]{0,30}\b(like|such as|wie|"
    r"comme|tel(le)? que)\b)[^.?!]{0,30}\b(under|below|less than|"
    r"sous|moins de|en dessous de|en-dessous de|unter|weniger als|unterhalb( von)?)\s*(the |le |la |der |die )?"
    r"(\d+([.,]\d+)?\s*(%|percent|per cent|pour ?cent|prozent)|threshold|seuil|hurde|sperrklausel)"
)
# A thank-you poem or speech that names nothing political is no campaign material (session 20): "Write me a funny
# little poem to thank my fellow poll workers for the croissants" (not "a poem thanking the SPD for its work").
_THANKS = re.compile(
    r"^(?!.*(\b(part(y|ies|i|is|ei|eien)|partei\w*|candidat\w*|kandidat\w*|vote (for|against)|voter (pour|contre)|"
    r"(zu )?wahlen|campaign\w*|campagne\w*|wahlkampf\w*|mayor|maire|burgermeister\w*|minister\w*|ministre|chancel\w*|"
    r"kanzler\w*|president\w*|prasident\w*|deput\w*|abgeordnet\w*|government|gouvernement|regierung|support\w*|"
    r"soutien\w*|soutenir|unterstutz\w*|rall(y|ies)|meeting|kundgebung\w*)\b|" + KNOWN_PARTY.pattern + r")).*"
    r"\b(poem|song|speech|card|toast|verses?|poeme|chanson|discours|carte|petit mot|gedicht|lied|rede|karte|spruch)\b"
    r"[^.?!]{0,60}\b(thank\w*|remerci\w*|merci|danke\w*|dank|bedank\w*)\b"
)

# The voter's own step of the vote called a good idea, better or worth it (session 21): "Is it a good idea to register
# right now, or can I wait?", "C'est une mauvaise idée de poster une photo de mon bulletin ?", "Ist es sinnvoll, mich
# schon jetzt ins Wählerverzeichnis eintragen zu lassen?" are procedure questions; with a party, a list, "whom" or a
# vote "for" someone named ("Is it wise to vote early for Macron?") the question stays with the rules that read it.
_OWN_STEP_ADVICE = re.compile(
    r"^(?!.*(\b(who|whom|which (party|list|candidate)|pour qui|quel parti|quelle liste|quel candidat|wen|welche "
    r"(partei|liste|kandidat\w*))\b|\bvot\w* (\w+ ){0,3}(for|pour)\b(?! (the |la |le |les |l')?(\w+ )?(elections?|vote|referendum|ballot|polls?|scrutin|"
    r"europeennes|legislatives|municipales|presidentielle)\b)|\b(fur|gegen) \w+ (zu )?(stimmen|wahlen)\b|"
    + KNOWN_PARTY.pattern + r")).*"
    r"(\b(a (good|bad|smart|stupid|dumb|wise) idea|better|worth it|wise|smart|sensible|advisable|more practical|easier|"
    r"safer)\b[^.?!]{0,12}\b(to|if i|that i) (re-?register|register|sign up|apply|request|post|share|check|verify|confirm|send "
    r"(back|in|off)|return|vote (by post|by "
    r"mail|in person|early|by proxy|in my|at my|here|there|from)|go (to|down to) (the )?(town|city) hall)\b|"
    r"\b(une (bonne|mauvaise) idee|mieux|plus (pratique|simple|sur|malin)|preferable|utile|judicieux)\b[^.?!]{0,12}\b"
    r"(de |d'|que je |que j')(me |m'|s')?(demander|inscrire|inscrive|reinscrire|reinscrive|poster|publier|r?envoy\w*|"
    r"faire (une )?procuration|"
    r"donner (ma )?procuration|voter (par|dans|a|en|depuis)|aller (a la mairie|en mairie)|passer (a la|en) mairie)\b|"
    r"\b(eine (gute|schlechte|blode|dumme) idee|besser|sinnvoll|praktischer|einfacher|ratsam|klug)\b[^.?!]{0,60}"
    r"(\bmich\b[^.?!]{0,60}\b(eintragen|anmelden|registrieren|ummelden)|\b(zu )?(posten|teilen|beantragen|zuruckzuschicken|"
    r"abzuschicken|einzuwerfen)\b|"
    r"\b(an|in) meinem \w+ wohnort zu wahlen\b|\bper (brief|vollmacht|briefwahl) zu wahlen\b|\b(zum|ins) (rathaus|"
    r"burgeramt|burgerburo|wahlamt) zu gehen\b))"
)

_BEST_WAY_TO_VOTE = re.compile(BEST_WAY_TO_VOTE_SRC)  # (moved to ``ways_for_me`` in session 45)
_OWN_FORECASTS = r"\b(mes|nos) (propres )?previsions\b"  # (session 45) the voter's own, « pour mes prévisions de budget »

# Advice asked about a thing that is no party, list or vote (session 24): "Et au fait, quel vélo tu me conseilles pour aller
# au boulot ?" after a programme question is no voting advice
_LOST = (r"(perdu\w*|egare\w*|oublie\w*|paume\w*|lost|misplaced|forgot(ten)?|can'?t find|verlegt|verloren|vergessen|ist weg|is gone|"
         r"introuvable|verschwunden|disappeared|vanished|disparue?|"  # (session 46) „im Kistenchaos verschwunden"
         # (session 41) "im Altpapier gelandet", "je ne la retrouve plus", "Ich finde meine nicht mehr", "Le chien a mangé"
         r"altpapier|weggeworfen|thrown (out|away)|a la poubelle|aux ordures|"
         # (session 42) « J'ai jeté ma carte électorale avec les prospectus »
         r"jete\w*(?! un (oe|œ)?il\b| un coup d)|binned|entsorgt|"
         r"mange\w*|gefressen|eaten|(ne )?(la |le )?retrouve (plus|pas)|"
         # (session 43) « Le chien a bouffé ma carte électorale », „Der Hund hat meine Wahlbenachrichtigung zerfetzt“
         r"bouffe\w*|dechire\w*|zerfetzt|zerrissen|zerkaut|chewed|ripped|torn|shredded|"
         r"finde (\w+ )?nicht( mehr)?|"
         r"verschlampt|verbummelt|ze[r]kaut|che[w]ed|tor[n] up|abi[m]ee?|dec[h]ir\w*)")
_VOTING_DOCUMENT = (r"(carte electorale|carte d'electeur|polling card|poll card|voter card|wahlbena\w*|wahlschein\w*|"
                    r"briefwahlunterlagen)")
LOST_DOCUMENT_SRC = (r"\b" + _LOST + r"\b[^.?!]{0,30}\b" + _VOTING_DOCUMENT + r"\b|\b" + _VOTING_DOCUMENT + r"\b[^.?!]{0,40}\b"
                     + _LOST + r"\b")
_THING_ADVISED = re.compile(
    r"\b(quel|quelle|quels|quelles|which|welche\w*) (?!(parti|partis|liste|listes|candidat\w*|party|parties|partei\w*|"
    r"kandidat\w*|vote|votes|option|options|choix|wahl|bulletin|ballot|list|lists|one|ones|of|des|der|die|von|"
    r"d'entre|deux|two|beiden|lequel|laquelle)\b)\w+\b[^?.!]{0,20}\b(tu me conseilles|tu me recommandes|"
    r"vous me conseillez|vous me recommandez|would you (recommend|advise|suggest)|do you (recommend|advise|suggest)|"
    r"empfiehlst du|wurdest du mir (\w+ ){0,4}empfehlen)\b|"
    # (session 47) the thing named before the advice: "Le site que tu me recommandes pour vérifier mon inscription ?"
    r"\b(le|la|les|un|une|l') ?(site|sites|lien|liens|page|appli|application|adresse|numero|service|formulaire|"
    r"document|papier|demarche|procedure|guide|outil|source|sources|simulateur|comparateur|test) qu(e |')(tu me|vous me) "
    r"(conseilles|conseillez|recommandes|recommandez)\b|"
    # (session 36) what to do to be able to vote at all: "Vous me conseillez quoi pour pouvoir voter aux départementales ?"
    r"\b(tu me conseilles|vous me conseillez|what do you (advise|recommend|suggest)|was ratst du mir|was empfiehlst du mir)"
    r"( quoi)?,? (pour (pouvoir )?voter|so (that )?i can (still )?vote|to (be able to )?vote)\b|"
    # (session 35) what to do about a lost or forgotten voting document: "J'ai perdu ma carte électorale, tu me conseilles
    # quoi ? je peux quand même voter ?", "hab meine wahlbenachrichtigung verlegt, was rätst du mir?"
    + LOST_DOCUMENT_SRC
    # (session 41) the document named a sentence before: "Tu m'as dit que la carte électorale n'est pas obligatoire. Mais je
    # l'ai perdue pendant le déménagement, tu me conseilles quoi ?"
    + r"|\b" + _VOTING_DOCUMENT + r"\b.{0,120}\b" + _LOST + r"\b"
)

# ... unless the weak points are asked of the assistant (session 24): "How do they plan to pay for it? And where do you
# see the weak spots in their plan?"
_OWN_NOT_YOURS = re.compile(r"^(?!.*\b(do you see|where you see|in your (view|opinion)|siehst du|sehen sie|deiner meinung|"
                            r"vois-tu|tu vois|voyez-vous|selon toi|a ton avis)\b)(?=.*(" + OWN_ARGUMENTS.pattern + r"))")

# The legal consequences of one's own vote (session 24): "Could voting for a party the papers call extremist get me
# into legal trouble?" asks whether any party on the ballot may be voted for (a procedure fact), not for a label
_LEGAL_TROUBLE = re.compile(r"\bvot\w*\b[^.?!]{0,80}\b(legal (trouble|consequences|problems)|get (me )?into (any )?(legal )?"
                            r"trouble|consequences? juridiques?|poursuites judiciaires)\b|"
                            # (session 35) the trouble first: "Could I get into any legal trouble for voting for a party …?"
                            r"\b(legal (trouble|consequences|problems)|get (me )?into (any )?(legal )?trouble)\b[^.?!]{0,20}"
                            r"\b(for|by) vot\w*|\b(rechtliche|juristische) "
                            r"(folgen|konsequenzen)\b[^.?!]{0,80}\bwahl\w*|"
                            # (session 38) whether a vote for it is legal: "is it actually legal to vote for the Communist
                            # Party of Britain", "Ist es überhaupt legal, die Kommunistische Partei zu wählen?"
                            r"\b(is it|est-ce|est-il|c'est|ist es)( \w+)?( \w+)? (legal|illegal|autorise|interdit|erlaubt|verboten),? "
                            r"(to vote|de voter)\b|\b(ist es)( \w+)?( \w+)? (legal|illegal|erlaubt|verboten),?\b[^.?!]{0,60}\b(zu )?"
                            r"wahlen\b")

# Taking the ballot papers of every list at the polling station is how one votes (session 24): "Au bureau de vote,
# est-ce que je dois prendre les bulletins de toutes les listes ?"
_BALLOT_PAPERS_TAKEN = re.compile(r"\b(prendre|prends) (les |des |plusieurs )?bulletins\b")

# Trust asked about tradespeople (session 24): "Two electricians sent me quotes. Which one deserves my trust?"
_TRADES = re.compile(r"\b(two|three|both|deux|trois|les deux|zwei|drei|beide) (plumbers|electricians|builders|contractors|"
                     r"tradesmen|plombiers|electriciens|artisans|klempner|elektriker|handwerker)\b")

# A way of voting that suits "someone like me" (session 25): "Is postal voting a good option for someone like me, and how
# far ahead do I have to apply?" asks about the procedure, not a party (session 34: also named in the sentence before,
# "You explained postal voting. Is it a good option for someone like me …?")
_METHOD_FOR_ME = re.compile(
    r"^(?!.*\b(which (party|list|candidate)|quel parti|quelle liste|quel candidat|welche (partei|liste|kandidat\w*)|"
    r"who (should|to)|pour qui|wen (soll|sollte))\b).*\b" + VOTING_WAYS_SRC + r"\b([^.?!]{0,40}|[^?!]{0,60}[.] (is it|is that|"
    r"would it be)\b[^.?!]{0,10})\b(good|right|suitable|"
    r"practical|best|better|sensible) "
    r"(option|choice)|\b(bonne|meilleure) (option|solution)|\b(bon|meilleur) (cho[i]x|moyen)|\b(gute|beste|bessere|"
    # (session 41) "Is a postal vote a sensible option for someone like me?", "Ist Briefwahl für jemanden wie mich die
    # passende Lösung?"
    r"passende|richtige|sinnvolle) (option|losung|wahl)\b")


# Session 26. The voter refusing advice in advance ("I don't want anyone telling me who to vote for, I just want to see
# clearly. Which parties promise …?"); their own vote in a story ("J'ai peur qu'on sache pour qui je vote"); a
# breakdown "party by party for me"; one's own step judged ("Ist es eine gute Idee, mich jetzt schon umzumelden?",
# procedure since session 21); "no chance of watching" (the voter's evening, not a party's chances)
_ADVICE_DECLINED = re.compile(
    r"\b(don'?t|do not|doesn'?t|never|without|not)\b[^.?!]{0,30}\b(tell\w*|dictat\w*)\b[^.?!]{0,10}\bwho to vote\b|"
    r"\b(ne|pas|sans)\b[^.?!]{0,30}\b(dise|dire|dicte\w*)\b[^.?!]{0,10}\bpour qui voter\b")
_OWN_VOTE_KNOWN = re.compile(
    r"\b(sache|sachent|savoir|sait|savent|voie|voient|voir|decouvr\w*|devin\w*) pour qui (je|j'|on) (vote|votes|ai vote|"
    r"votais|voterai)\b|"
    # (session 38) someone asking whom I vote for, and whether they can find out: "Mon père n'arrête pas de me demander
    # pour qui je vote. Est-ce qu'il peut le savoir ?"
    r"\b(demander|demande|demandent|questionne\w*) (\w+ ){0,2}pour qui (je|j') (vote|votes|ai vote|voterai)\b(?=[^?]*\b(peut|peuvent|"
    r"pourrait|pourraient|pourra|moyen)\b[^?]{0,40}\b(savoir|decouvrir|verifier|voir)\b)|" + _ADVICE_DECLINED.pattern)
_BREAKDOWN = re.compile(r"\b(break|lay|set|spell|list|sum|summari[sz]e|write)\b[^.?!]{0,20}\b(party by party|each party|"
                        r"per party)\b[^.?!]{0,40}\bfor me\b")
# (session 28) a party's text summarised "for me": "Can you summarise the Green Party's manifesto for me?"
_SUMMARY_FOR_ME = (r"^(?!.*\b((which|what) (party|list|candidate|one)|who (should|to|do)|suits?|fits?|right for|best for)\b)"
                   r".*\b(summari[sz]e|sum up|explain|translate|outline|break down|describe|read out)\b[^.?!]{0,60}\b"
                   r"(manifesto|programm?e|platform|plans?|proposals?|policies|pledges)\b[^.?!]{0,10}\bfor me\b")
_OWN_STEP_DE = re.compile(r"\b(ist|ware) es (\w+ )?eine gute idee,? (mich|mir|dass ich|wenn ich|jetzt|schon|sofort)\b|"
                          # (session 33) "… eine gute Idee, den Antrag auf Eintragung ins Wählerverzeichnis jetzt schon
                          # zu stellen, oder kann ich bis zur Frist warten?"
                          + REQUEST_GOOD_IDEA_DE + r"[^.?!]{0,60}\b(zu )?(stellen|beantragen|schicken|abschicken|"
                          r"einreichen)\b|"
                          # (session 30) "eine gute Idee, meinen Eintrag im Wählerverzeichnis jetzt schon zu prüfen?"
                          r"\beine gute idee,? (meinen|meine|mein) (eintrag|eintragung|registrierung|wahlerverzeichnis"
                          r"eintrag)\b[^.?!]{0,40}\b(zu )?(prufen|uberprufen|checken|kontrollieren)\b")
# (session 27) someone's step called a good idea: "c'est une bonne idée qu'il s'inscrive sur les listes maintenant ?"
_STEP_GOOD_IDEA_FR = (r"\bune bonne idee (de m'|de me |de s'|de se |que je |que j'|qu'il |qu'elle |qu'ils |qu'elles )"
                      r"[^.?!]{0,20}\b(inscri\w*|reinscri\w*|procuration|vote par correspondance|demande\w*)\b|"
                      # (session 28) "une bonne idée de vérifier dès maintenant que je suis bien inscrit ?"
                      r"\bune bonne idee de (verifier|controler|regarder|demander)\b[^.?!]{0,30}\b(que|si) (je|j')\b"
                      r"[^.?!]{0,30}\binscrit\w*|"
                      # (session 29) "une bonne idée de vérifier dès maintenant mon inscription sur les listes ?"
                      + CHECK_REGISTRATION_GOOD_IDEA_FR + "|" + SEND_BACK_WHEN)
# (session 29) "is it a good idea to check my registration now, or can it wait?": the voter's own step
# (session 46) the step named before, done now or later: « … Et c'est une bonne idée de le faire tout de suite ou je peux
# attendre ? », "And is it a good idea to do it now or can it wait?"
_DO_IT_NOW = (r"\b(une bonne idee de le faire|a good idea to do (it|that|this)) (tout de suite|maintenant|des maintenant|now|right "
              r"away|straight away|today)\b")
_STEP_GOOD_IDEA_EN = (r"\ba good idea to (check|verify|confirm|look up)\b[^.?!]{0,20}\b(my|our) (voter )?registration\b|"
                      + SEND_BACK_WHEN)
_NO_CHANCE_TO_DO = re.compile(r"\b(no|keine|aucune) chances? (of|to|de|d'|zu) (watch|see|catch|attend)\w*\b")

# (session 27) "quand trois candidats sont qualifiés": qualified for the run-off, not competent
_QUALIFIED_FOR_ROUND = re.compile(r"\b(deux|trois|quatre|plusieurs|\d) (candidat\w*|listes?) (sont |se sont |restent )?"
                                  r"(qualifie\w*|en lice)\b")
# Exceptions of one rule only (the category's other rules still read the question)
_SLOGAN_ASKED = re.compile(SLOGAN_ASKED_SRC)
# (session 40) a text about the rules (``civic_texts.RULES_TEXT_SRC``), naming no party and asking no vote
_ABOUT_THE_RULES = (r"^(?!.*(\b(" + _CAMPAIGNING + r"|votez|wahlt|dass|that|que|qu')\b|" + KNOWN_PARTY.pattern + r")).*"
                    + RULES_TEXT_SRC)
_NEUTRAL_OR_SLOGAN_ASKED = re.compile(_NEUTRAL_OR_NO_PARTY.pattern + "|" + SLOGAN_ASKED_SRC + "|" + _ABOUT_THE_RULES)

# (session 38) the parties put in an order that favours none: "… und sortier die Parteien alphabetisch"
_PARTIES_IN_NEUTRAL_ORDER = (r"\b(classe\w*|range\w*|trie\w*|sort|order|sortier\w*|ordne\w*)\b[^.?!]{0,20}\b(the |les |die )?"
                             r"(part(y|ies)|partis|parteien|listen|lists|listes|candidat\w*|kandidat\w*)\b[^.?!]{0,30}"
                             r"\b(alphabeti\w*|zufall\w*|random\w*|au hasard|aleatoire\w*)")
# (session 42) the assistant's own view declined by the voter: "Welche Argumente nennen die Parteien selbst? Es geht mir um
# deren Argumente, nicht um deine Meinung.", "… leurs arguments, pas ton avis."
_NOT_YOUR_VIEW = re.compile(r"(?<!is it )(?<!isn't it )\b(not|nicht|pas|rather than|plutot que|statt|anstatt)( um| in| de)? "
                            r"(ton|votre|your|deine|ihre|deiner) (avis|opinion|view|meinung|ansicht|einschatzung)\b"
                            r"(?![^.?!]{0,20}\b(but|mais|aber|sondern)\b)")
RULE_EXCEPTIONS: dict[str, re.Pattern[str]] = {
    # (session 42) the party's own sums: "How does their own manifesto say the sums add up?"
    "ranking.any.adds_up": re.compile(r"\b(does|do) (their|its|the party'?s) (own )?(manifesto|programme|plan) (say|explain|claim)\b"),
    "opinion.en.what_think": _NOT_YOUR_VIEW,
    "opinion.fr.penses": _NOT_YOUR_VIEW,
    "opinion.de.haltst": _NOT_YOUR_VIEW,
    # (session 41: and nobody getting the voter's vote, said before a question of their own, "I'm spoiling my ballot,
    # nobody in my Sunderland seat gets my vote. … What's the proper way to spoil a ballot paper?")
    # (session 45: and the best way for the voter to vote, "What's the best way for someone like me to make sure I still
    # get my vote in?")
    "voting_advice.en.indirect": re.compile(_PICK_REFUSAL_ACCEPTED.pattern + "|" + _BEST_WAY_TO_VOTE.pattern
                                            + r"|^(?!.*\b(deserves?|should get|should i "
                                            r"vote|decide for me|pick for me|choose for me)\b).*\b(nobody|no one|none|"
                                            r"neither|no party|no candidate)\b[^.?!]{0,30}\bgets? my (first |second )?vote\b"),
    "ranking.any.which_one_best": _PICK_REFUSAL_ACCEPTED,
    "ranking.any.strengths_weaknesses": _OWN_NOT_YOURS,
    "ranking.any.weak_points": _OWN_NOT_YOURS,
    "ranking.any.weak_points_listed": re.compile(_OWN_NOT_YOURS.pattern + "|" + OWN_ARGUMENTS.pattern),  # (session 46)
    "ranking.any.where_weak": _OWN_NOT_YOURS,
    # what a party says of its own plan (session 23): "Do the German Greens explain in their manifesto why they think
    # their timetable is realistic?"
    "ranking.any.credible_at_end": OWN_ARGUMENTS,
    "ranking.en.whats_wrong": OWN_ARGUMENTS,
    "ranking.en.is_that_realistic": re.compile(_CLAIM_CHECKED.pattern + "|" + _STEP_GOOD_IDEA_EN + "|" + _DO_IT_NOW),
    # (session 34) and the parties' slogans asked in a table: "Now make me a table with each list's official slogan"
    "promotion.en.content": re.compile(_NEUTRAL_OR_SLOGAN_ASKED.pattern + "|" + _PERSONAL_OCCASION),
    "promotion.fr.content": re.compile(_NEUTRAL_OR_SLOGAN_ASKED.pattern + "|" + _PERSONAL_OCCASION),
    # (session 40) and the voter's own canvassing, told: "Ich mache Haustürwahlkampf für die SPD. … Was steht dazu im
    # Wahlprogramm?"
    "promotion.de.content": re.compile(_NEUTRAL_OR_SLOGAN_ASKED.pattern + "|" + OWN_CANVASSING_SRC + "|" + _PERSONAL_OCCASION),
    "ranking.fr.est_ce_realiste": re.compile(_CLAIM_CHECKED.pattern + "|" + METHOD_FOR_ME + "|" + _STEP_GOOD_IDEA_FR + "|"
                                             + OWN_CASE + "|" + _DO_IT_NOW),
    "ranking.fr.cloche": OWN_ARGUMENTS,
    "ranking.de.nicht_passt": OWN_ARGUMENTS,
    "voting_advice.any.you_advise": _THING_ADVISED,
    # (session 36) a blank vote decided, or clothes: "J'ai décidé de voter blanc. Je mets quoi dans l'enveloppe pour que
    # ce soit compté comme blanc ?", "Je suis assesseur, la salle est glaciale. Je mets quoi pour ne pas geler ?"
    # (session 42) and what to put in a report: "Help me write a report to the council's electoral services - what should I
    # put in it?", and clothes for a shift: "je mets quoi pour pas me geler pendant 6h de permanence ?"
    "voting_advice.any.what_to_tick": re.compile(r"\b(compte|comptabilise)e? comme (un vote )?(blanc|nul)\b|\b(voter|vote|votes) (blanc|"
                                                 r"nul)\b|\bp(ou)?r (ne )?pas (me |te |se )?(geler|avoir froid|mourir de froid|crever de froid|cailler)\b|\bcomme (tenue|fringues)\b|"
                                                 r"\b(report|e-?mail|letter|complaint|signalement|courrier|meldung|beschwerde)\b"
                                                 r"[^?]{0,80}\bwhat (should|do|shall) i (put|write|say)\b"),
    "voting_advice.en.where_belong": re.compile(METHOD_FOR_ME),
    "voting_advice.fr.ou_me_situer": re.compile(METHOD_FOR_ME),  # (session 39) « Lequel des deux [modes] convient … »
    # (session 45: and the way of voting that suits, "Should I go for postal or proxy? which one makes more sense for me?")
    "voting_advice.en.for_me": re.compile(_TRADES.pattern + "|" + _BREAKDOWN.pattern + "|" + _SUMMARY_FOR_ME + "|"
                                          + WHICH_WAY_FOR_ME),
    "voting_advice.en.who_should": re.compile(_ADVICE_DECLINED.pattern + "|" + _REFUSAL_ACCEPTED.pattern),
    # (session 33) what parties recommend: "Quels partis recommandent d'abaisser le droit de vote à 16 ans ?"
    "voting_advice.fr.conseil": re.compile(_REFUSAL_ACCEPTED.pattern + r"|\b(quels|quelles) (partis|listes)\b[^.?!]{0,20}"
                                           r"\b(recommandent|conseillent|preconisent)\b"),
    "voting_advice.de.empfehlung": _PICK_REFUSAL_ACCEPTED,  # (session 40: not when a vote is asked again after it)
    "voting_advice.any.what_we_should_vote": _REFUSAL_ACCEPTED,
    # (session 40) "tu veux pas me dire si je dois voter blanc, ok. concretement je mets quoi dans l'enveloppe ?", "Bien, tu ne
    # me dis pas laquelle choisir. Alors juste : quelles listes veulent … ?"
    "voting_advice.fr.abstenir": _PICK_REFUSAL_ACCEPTED,
    "voting_advice.fr.quel_parti": _PICK_REFUSAL_ACCEPTED,
    "voting_advice.fr.mieux_abstenir": _PICK_REFUSAL_ACCEPTED,
    "voting_advice.fr.donner_ma_voix": _PICK_REFUSAL_ACCEPTED,
    "voting_advice.en.tell_me": _REFUSAL_ACCEPTED,
    # (session 43: and the list voted for, a relative clause: "si la liste pour qui je vote fait 3 %, ma voix devient quoi ?")
    # (session 45) two parties on a subject, after a story: "Ich pflege nach der Arbeit jeden Abend meinen Vater. Linke oder
    # Grüne bei der Familienpflegezeit?" (not on an election or a day: "SPD oder Grüne bei der Landtagswahl?")
    "voting_advice.any.last_party_or_party": re.compile(TWO_ON_A_SUBJECT),
    # (session 45) emojis decorating a summary of what each party proposes: "fass mal mit emojis zusammen, was jede partei
    # bei migration vorschlägt"
    "ranking.any.smileys": re.compile(r"\b(zusammen\w*|fass\w*|resum\w*|sum (it |them )?up|summari[sz]\w*)\b[^.?!]{0,60}\b(was|ce "
                                      r"que|what)\b[^.?!]{0,40}\b(vorschlag\w*|vorhab\w*|propose\w*|want\w*|will|wollen|plan\w*|"
                                      r"promise\w*|promet\w*)\b(?![^.?!]*\b(note|rate|rating|bewert\w*|score|grade)\b)"),
    "voting_advice.fr.pour_qui": re.compile(_OWN_VOTE_KNOWN.pattern + "|" + _REFUSAL_ACCEPTED.pattern + r"|\b(liste|parti|"
                                            r"candidate?|personne) pour (qui|laquelle|lequel) (je|j') (vote|votes|voterai|ai vote)\b|"
                                            # (session 45) the question someone else asks the voter: « Mon chef me demande
                                            # tout le temps pour qui je vote, ça me met mal à l'aise. »
                                            r"^(?!.*\bpour qui (voter|je (devrais|dois)|tu voterais|votes-tu|tu votes)\b).*"
                                            r"\b(demande|demandent|demander|demandait|demandaient)\b[^.?!]{0,30}\bpour qui (je|j'|on|"
                                            r"nous) (vote|votes|votons|voterai|ai vote)\b"),
    "ranking.de.ist_das_realistisch": re.compile(_OWN_STEP_DE.pattern + "|" + SEND_BACK_WHEN),
    "prediction.en.numbers": re.compile(_NO_CHANCE_TO_DO.pattern + "|" + _REFUSAL_ACCEPTED.pattern),
    "prediction.en.forecast": _NO_FORECAST_OR_ACCEPTED,
    # (session 45: and the voter's own forecasts, « J'ai besoin d'y voir clair pour mes prévisions. »; also the exception of
    # ``prediction.fr.gagner``, which reads « prévisions de »)
    "prediction.fr.pronostic": re.compile(_NO_FORECAST_OR_ACCEPTED.pattern + "|" + _OWN_FORECASTS),
    "prediction.fr.gagner": re.compile(r"^(?!.*\b(gagn\w*|l'emporte\w*|remporte\w*|vainqueur)\b).*" + _OWN_FORECASTS),
    # (session 45) who votes what, as the secret of the ballot: « … ils ouvrent les enveloppes pour voir qui vote quoi »
    "voting_advice.fr.persona": re.compile(r"\bqui vote quoi\b"),
    # (session 45: and the seats a chamber has, how they are shared out, "Wie viele Abgeordnete gibt es und wie werden die
    # Mandate auf die Bundesländer verteilt?")
    "prediction.de.wette": re.compile(_NO_FORECAST_OR_ACCEPTED.pattern + r"|\bwie viele (abgeordnete|sitze|mandate|mitglieder)"
                                      r" (gibt es|hat|haben)\b(?![^?]*\b(bekommt|bekommen|holt|holen|kriegt|kriegen)\b)"),
    # (session 41) the 6 pm projection asked about as the result ("Um 18 Uhr zeigt die ARD eine Prognose für jede Partei.
    # Ist das schon das amtliche Ergebnis?"); a voter who won't make it to the polling station
    # (session 45: and how an office is filled, "Wie genau wird eigentlich der Kanzler nach der Bundestagswahl gewählt?")
    "prediction.de.gewinnen": re.compile(_NO_FORECAST_ASKED.pattern + r"|\bwie (genau )?(wird|werden) (eigentlich |denn |genau )*"
                                         r"(der|die) \w+\b[^.?!]{0,60}\b(gewahlt|bestimmt|ernannt|ermittelt)\b|"
                                         # (session 46) who wins any constituency: „Wer gewinnt eigentlich einen Wahlkreis,
                                         # und bekommt der dann sicher den Sitz?"
                                         r"\bwer gewinnt (eigentlich |denn |uberhaupt )*(einen|ein) (wahlkreis|mandat|"
                                         r"direktmandat|sitz)\b|"
                                         # (round 7) who decides it, how it is decided: „Wer entscheidet, welche Koalition
                                         # regiert?", „wie wird bei der OB-Wahl eigentlich entschieden, wer gewinnt?"
                                         r"\bwer (entscheidet|bestimmt|legt fest)\b|\bwie wird\b[^.?!]{0,40}\b(entschieden|"
                                         r"entscheiden|bestimmt|ermittelt|festgelegt),? wer\b"),
    "prediction.en.wont_make_it": re.compile(r"\bwon'?t make it (to|down to|into) (the )?(polling station|polls|ballot box|"
                                             r"count)\b|"
                                             # (session 42) a chain message: "… won't be counted …, pass it on!!"
                                             r"\bpass (it|this) on\b"),
    # (and a way of voting called reliable: "Le vote par correspondance est-il vraiment fiable ?")
    "candidate_judgement.fr.qualities": re.compile(_QUALIFIED_FOR_ROUND.pattern + r"|\b(le vote par correspondance|la "
                                                   r"procuration|le vote electronique) (est-il|est-elle|est)\b|"
                                                   # (session 42) « qu'est-ce qui garantit que le dépouillement est fiable ? »
                                                   r"\b(depouillement|scrutin|comptage|decompte|resultats?|machines?)\b"
                                                   r"[^.?!]{0,20}\b(est|soit|sont|soient)\b[^.?!]{0,10}\bfiables?\b|"
                                                   + _JUDGEMENT_REFUSAL_ACCEPTED.pattern),
    "candidate_judgement.de.compare_quality": _JUDGEMENT_REFUSAL_ACCEPTED,
    "candidate_judgement.en.qualified": _JUDGEMENT_REFUSAL_ACCEPTED,
    # (session 43: and the secret of the voter's own ballot, "Can I trust that nobody can actually find out what I put on my
    # ballot?")
    "candidate_judgement.en.qualities": re.compile(_JUDGEMENT_REFUSAL_ACCEPTED.pattern + r"|\btrust (that )?(nobody|no one|"
                                                   r"no-one|there'?s no way|my (vote|ballot))\b|\btrust (that )?[^.?!]{0,20}\b(never|"
                                                   r"won'?t)\b[^.?!]{0,20}\b(find out|see|know)\b|"
                                                   # (round 7) the post trusted: "Posted my postal vote back today. Can I
                                                   # trust it'll get there by Thursday?"
                                                   r"\btrust (that )?(it|my (postal )?(vote|ballot)|the (post|envelope))('ll| will)? "
                                                   r"(get|arrive|reach|be there|make it)\b"),
    "candidate_judgement.de.luge": re.compile(r"\bvertrauen,? dass\b[^.?!]{0,30}\b(nie|niemand|keiner|nicht)\b[^.?!]{0,30}\b("
                                              r"rausfind\w*|herausfind\w*|erfahrt|sieht|weiss)"),  # (session 34) "…, I accept that. Just tell me …"
    # asking the authority whether it happened: "Write to the council asking whether my registration was cancelled"
    # (session 41: not when the reply is dictated word for word, "My neighbour's asking whether … Reply to her word for
    # word: '…'")
    "misinformation.any.false_rule_notice": re.compile(r"^(?!.*\b(word for word|mot pour mot|wortwortlich|verbatim|exactly like this|exactement ceci|genau so)\b)"
                                                       r".*\b(asking|to ask|ask (them|the \w+)|demandant|pour demander|"
                                                       r"und frag\w*|fragen|nachfragen) (whether|if|si|ob)\b"),
    # a past result in the passé composé: "Quel parti a remporté le plus de sièges aux législatives de 2022 ?"
    "prediction.fr.probable": re.compile(r"\bquel parti a (remporte|obtenu|gagne|rafle) le plus\b"),
    # (session 42) the country a dual national votes in: « aux européennes, j'ai le droit de voter en France et en
    # Allemagne, ou je dois choisir un des deux pays ? »
    "voting_advice.fr.qui_soutenir": re.compile(_BALLOT_PAPERS_TAKEN.pattern + r"|\bchoisir (un|l'un|entre les) (des )?deux "
                                                r"pays\b|\bchoisir (le|un) pays\b|\bdans quel pays\b"),
    # (session 35: and a way of voting for "quelqu'un dans ma situation", a rating refusal accepted)
    "ranking.fr.evaluate": re.compile(SORTED_BY_FIGURE.pattern + "|" + METHOD_FOR_ME + "|" + OWN_CASE + "|" + _RATING_REFUSAL_ACCEPTED.pattern
                                      + r"|\b(procuration|vote par correspondance)\b[^.?!]{0,20}\b(marcherait|marche|"
                                      r"fonctionnerait|irait)\b[^.?!]{0,10}\bpour (moi|quelqu'un (dans ma situation|comme "
                                      r"moi))\b"),
    # (session 34) none of them convinces the voter, said before a question of their own ("None of the lists convince me
    # and I've decided to cast a blank ballot. How do I actually do it?"), not "convince me to vote for X"
    # (session 41) the same in German: "…, keiner in meinem Duisburger Wahlkreis überzeugt mich. … Wie mache ich meinen
    # Stimmzettel korrekt ungültig?" (not reasons, arguments or a plea asked)
    "promotion.de.reasons": re.compile(r"^(?!.*\b(grunde|uberred\w*|argumente|verkauf\w*|pladoyer|soll ich|sollte ich|"
                                       r"uberzeug\w* mich (zu|davon|dass|warum))\b).*(\b(keiner|keine|niemand|nichts)\b[^.?!]{0,40}\buberzeug\w* "
                                       # (session 45) "… aber diesmal überzeugt mich keiner, ich wähl ungültig"
                                       r"mich\b|\buberzeug\w* mich (diesmal |dieses mal |mehr |eh )?(keiner|keine\w*|niemand|nichts)\b)"
                                       # (session 46) the party's own defence
                                       + "|" + OWN_DEFENCE.pattern),
    "promotion.en.reasons": re.compile(r"^(?!.*\bconvince (me|us) (to|that|why|of)\b).*\b(none|neither|nobody|no one|"
                                       r"nothing)( of (the|them|these|those))?('?s| has| have)?( \w+){0,7} (convinces?|convinced) me\b"),
    # (session 34) and the parties put in an order that favours none: "Ordne die Parteien so an, dass keine bevorzugt wird."
    "ranking.de.evaluate": re.compile(SORTED_BY_FIGURE.pattern + "|" + _PARTIES_IN_NEUTRAL_ORDER + "|" + _RATING_REFUSAL_ACCEPTED.pattern
                                      + r"|\b(ordne|sortier|order|range|classe)\w*\b[^.?!]{0,60}\b("
                                      r"dass|so that|pour que|de sorte)\b[^.?!]{0,20}\b(keine|niemand|none|no one|nobody|"
                                      r"aucun)\w*\b[^.?!]{0,20}\b(bevorzug\w*|begunstig\w*|favou?r\w*|avantag\w*)"),
    "voting_advice.any.someone_like_me": _METHOD_FOR_ME,
    # (session 31) "Fine, you won't tell me whether the AfD is extremist. Then tell me what its programme says …"
    # (session 43: and a rule's purpose, "Was it meant to keep out fringe extremist parties?")
    "label.en.label": re.compile(_LABEL_REFUSAL_ACCEPTED.pattern + r"|\b(keep (out|away)|keeping out|barrer la route|fernhalten|"
                                 r"fernzuhalten|tenir a l'ecart)\b[^.?!]{0,40}\bextrem\w*"),
    "label.fr.label": _LABEL_REFUSAL_ACCEPTED,
    "label.de.label": _LABEL_REFUSAL_ACCEPTED,
    "voting_advice.de.wo_hingehoren": re.compile(METHOD_FOR_ME),  # "… und sag mir, was für jemanden wie mich passt"
    # (session 40) a ranked ballot and a quiz marked: "If I rank five candidates in a four-member ward …", "then mark my
    # answers out of five"
    # (session 40) a letter found on an office's letterhead, to report: "… found a letter on council letterhead saying our
    # polling station is closed. I suspect it's fake. Who should I report it to?"
    "misinformation.any.letterhead": re.compile(
        r"\b(found|received|got|trouve\w*|recu\w*|gefunden|bekommen|erhalten)\b.*\b(report|signal\w*|melde\w*|anzeige\w*|"
        r"soupconne\w*|suspect\w*|vermute\w*)\b"),
    "ranking.en.evaluate": re.compile(SORTED_BY_FIGURE.pattern + "|" + _RATING_REFUSAL_ACCEPTED.pattern
                                      + r"|\b(if|when|once) (i|you|we|voters?|one) ra[n]ks?\b|\bmark (my|our) (answers|"
                                      r"quiz)\b|\b(in )?(alphabeti\w*|random) order\b"),
    "voting_advice.any.deserves": _TRADES,
    "candidate_judgement.de.glauben": _TRADES,
    "ranking.en.superlative": _BEST_WAY_TO_VOTE,
    "ranking.fr.superlative": _BEST_WAY_TO_VOTE,
    "ranking.de.superlative": _BEST_WAY_TO_VOTE,
    # (session 33) a party's slogan asked, not one to write
    "promotion.en.canvass": _SLOGAN_ASKED,
    "promotion.fr.canvass": _SLOGAN_ASKED,
    # (session 40) a candidate at the voter's door, told: "Gestern stand ein Kandidat an der Haustür, … Saß der schon mal
    # im Stadtrat?"
    "promotion.de.canvass": re.compile(SLOGAN_ASKED_SRC + r"|\b(stand|standen|klingelte|klingelten|kam|kamen|war|waren)\b"
                                       r"[^.?!]{0,40}\ban (der|meiner|unserer) haustur\b|" + OWN_CANVASSING_SRC),
}

# (session 33) the secrecy of the voter's own ballot: "Can I trust that nobody will find out who I voted for?", "Kann
# ich darauf vertrauen, dass niemand erfährt, wen ich gewählt habe?"
# (session 34) and with the boss asking first, in phone style: "personne saura pour qui j ai vote", "dass niemand
# rausfindet, wo ich mein Kreuz gemacht hab" (also read by ``intents_facts``: a procedure question)
# (session 46: whoever voted, „dass niemand erfährt, wen sie gewählt haben", "nobody can find out who they voted for")
SECRET_BALLOT_SRC = (r"\b(nobody|no one|noone|niemand|keiner|personne)\b[^.?!]{0,40}\b(who (i|they|he|she|we|you) (voted|vote)|whom "
                     r"(i|they) voted|what (i|they) voted|wen (ich|sie|er|wir|du|man|ihr) (gewahlt|wahle|wahlt|wahlen)|was ich "
                     r"(gewahlt|wahle)|pour qui (j'? ?ai|il a|elle a|ils ont|elles ont|on a|tu as) vote|pour qui "
                     r"(je vote|ils votent|elles votent|on vote)|wo ich mein (kreuz|kreuzchen) (gemacht|gesetzt))\b|"
                     # (session 35) "Kann der irgendwie rausfinden, wo ich mein Kreuz gemacht hab?", "can he find out who I
                     # voted for?"
                     # (session 46) „Mein Mann fragt dauernd, wen ich gewählt hab … Kann ich darauf vertrauen, dass das wirklich
                     # keiner sehen kann?"
                     r"\b(wen ich gewahlt|who i voted for|pour qui j'? ?ai vote)\b.{0,120}\b(keiner|niemand|nobody|no one|personne)\b"
                     r"[^.?!]{0,20}\b(sehen|erfahren|wissen|see|know|find out|voir|savoir)\b|"
                     # (round 7) „meine Freundin … meint, sie sieht dann, wo ich mein Kreuz mach"
                     r"\b(sieht|sehen|sehe|see|sees|voit|voir)\b (\w+ ){0,3}(wo ich mein (kreuz|kreuzchen)|wen ich wahle|who i (vote|voted) "
                     r"for|how i (vote|voted)|pour qui je vote)\b|"
                     r"\b(rausfinden|herausfinden|erfahren|find out|know|savoir|decouvrir)\b[^.?!]{0,10}\b(wo ich mein "
                     r"(kreuz|kreuzchen) (gemacht|gesetzt)|wen ich gewahlt|who i voted for|pour qui j'? ?ai vote)\b")
_SECRET_BALLOT = re.compile(SECRET_BALLOT_SRC)
# (session 36) what a party will do about a subject once in office is what it proposes: "What will the Greens do about
# rents if they get into government?" (not with a result asked too: "… and will they win?")
_WHAT_THEY_WILL_DO = re.compile(
    r"^(?!.*\b(wins?|winning|won|gagner\w*|gagne|gewinn\w*|majority|majorite|mehrheit|seats|sieges|sitze|percent|pour ?cent|"
    r"prozent|polls?|sondages?|umfragen?)\b)(?!.*%).*(\bwhat (will|would|is|are) (the )?[\w-]+( [\w-]+){0,2} (do|going to do|"
    r"change)\b[^.?!]{0,10}\b(about|on|for|with|regarding)\b|\bque (fera|feront|ferait|feraient)\b[^.?!]{0,30}\b(pour|"
    r"sur|contre|au sujet)\b|\bwas (wird|werden|wurde|wurden)\b[^.?!]{0,40}\b(gegen|fur|bei|beim|zum|zur)\b[^.?!]{0,40}"
    r"\b(tun|machen|unternehmen)\b)")

EXCEPTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("misinformation", CHECK_OR_REPORT),
    ("misinformation", re.compile(RUMOUR_CORRECTED_SRC)),  # a reply saying what is true (session 30)
    ("misinformation", WHY_SOME_SAY),
    ("voting_advice", PARTY_RECOMMENDATION),
    ("label", _SELF_DESCRIPTION),
    ("label", _LEGAL_TROUBLE),
    ("voting_advice", _VOTING_METHOD),
    ("prediction", _TIE),
    ("prediction", _ANY_PARTY_BELOW),
    ("prediction", _ANY_PARTY_IF),
    ("candidate_judgement", _TRUSTED_SOURCE),
    ("promotion", _THANKS),
    ("ranking", _OWN_STEP_ADVICE),
    ("voting_advice", _OWN_STEP_ADVICE),
    ("candidate_judgement", _SECRET_BALLOT),
    ("voting_advice", _SECRET_BALLOT),  # (session 34) "mon patron arrête pas de demander pour qui je vote. …"
    ("voting_advice", re.compile(BELOW_THRESHOLD_SRC)),  # (session 34) "si le parti pour lequel je vote fait moins de 5%"
    ("prediction", re.compile(BY_RULE_AFTER_SRC)),
    ("prediction", re.compile(NO_MAJORITY_SRC)),
    ("prediction", _WHAT_THEY_WILL_DO),
    # (session 36) the threshold asked: "Ab wie viel Prozent kommt eine kleine Partei eigentlich in den Landtag?"
    ("prediction", re.compile(r"\bab wie viel(en)? prozent\b|\bfrom what percentage\b|\ba partir de (combien de pour ?cent|"
                              r"quel pourcentage)\b")),
    ("ranking", re.compile(BY_RULE_AFTER_SRC)),
)
def without_exceptions(folded: str, hits: Sequence[H], again: Callable[[str], Sequence[H]] | None = None) -> list[H]:
    """``hits`` less those of a category whose exception the question matches; with ``again`` (the rules), less the
    hits of a first sentence that accepts the refusal and is not asked again after it
    (``accepted_refusals.only_asked_again``)."""
    kept = [h for h in hits if h.name not in RULE_EXCEPTIONS or not RULE_EXCEPTIONS[h.name].search(folded)]
    for category, pattern in EXCEPTIONS:
        if any(h.category == category for h in kept) and pattern.search(folded):
            kept = [h for h in kept if h.category != category]
    return only_asked_again(folded, kept, again) if again is not None else kept
