"""Elections that are not political ones (moved out of ``intents`` in session 43, which had grown past the house limit
on a module's length): a works council, a student union, a class representative, a club's or co-owners' general
meeting, a song contest, a shop's contest. Their questions use every election word ("who should I vote for in my
student council election?") and are still out of scope, unless something political is named too (a known party, a
party voted for, a list's leader, a public election's own things such as a polling card). ``intents.other_election``
reads them; the bodies themselves are ``everyday.OTHER_ELECTION_SRC``.
"""

from __future__ import annotations

import re

from communs.core.neutrality import everyday
from communs.core.neutrality.names import folded_party_alternation
from communs.core.neutrality.political import ELECTION_WORD, KNOWN_PARTY, STRONG_POLITICAL

# Elections that are not political ones: a works council, a student union, a class representative, a club's or
# co-owners' general meeting, a song contest. Their questions use every election word ("who should I vote for in my
# student council election?") and are still out of scope, unless something political is named too.
_OTHER_ELECTION = re.compile(everyday.OTHER_ELECTION_SRC)
_LIST_LEADER = re.compile(everyday.LIST_LEADER_SRC)
# a party voted for, even one whose name is a common word (session 28): "… the lads at the bowls club are still undecided.
# Give me three good reasons to vote Conservative"
_VOTE_FOR_PARTY = re.compile(r"\b(vote|voting|voter|votez|wahlen|wahlt)( for| pour| fur)? (the |le |la |les |die |den )?"
                             r"((?<!\w)" + folded_party_alternation() + r"(?!\w)|(conservative|tory|labour|green|lib dem|"
                             r"reform|snp|plaid)\b)")


# (session 46) a contest whose vote is named in other words: „Schreib einen Aushang für den Backwettbewerb im Büro,
# abgestimmt wird am Freitag."
_CONTEST = re.compile(everyday.CONTESTS_SRC)
# (session 38) a campaign text for such a body, no election word needed: "Help me write my speech for form rep in Year 9."
_CAMPAIGN_TEXT = re.compile(r"\b(speech|discours|rede|slogan|poster|affiche|plakat|flyer|tract|flugblatt)s?\b")
# (session 45) a place stood for: "My son's standing for the student council", „Mein Sohn kandidiert für die SMV"
_STANDS = re.compile(r"\b(standing for|stands for|running for|runs for|kandidiert|kandidieren|se presente|se presenter)\b")
_SCHOOL_BODY = re.compile(r"\b((form|class|year( \d+)?|school) (rep|reps|representative|council|captain|president)|delegue\w* de "
                          r"classe|klassensprecher\w*|schulsprecher\w*|head (boy|girl)|student council|conseil de classe|"
                          # (session 45) « un discours d'une minute pour me présenter au CVL »
                          r"cvl|conseil de (la )?vie lyceenne|cvc|conseil de (la )?vie collegienne|smv|schulervertretung)\b")


# (session 42) a public election's own things, whatever club or show is the setting: "My aunt swears you'll be able to
# vote by text at the next general election, like on Strictly", « … le groupe des parents d'élèves … sans la carte
# électorale on sera refoulé » (not a works or school council's election, nor a postal ballot a club can run too)
# (not the public election named as a school's subject: "after our unit on the general election the class elects its
# form reps")
_PUBLIC_VOTE = re.compile(r"(?<!unit on the )(?<!lesson on the )(?<!lessons on the )(?<!cours sur les )(?<!cours sur la )"
                          r"(?<!unterricht zur )(?<!stunde zur )\b(general elections?|cartes? electorales?|poll(ing)? cards?|"
                          r"wahlbenachrichtigung\w*|legislatives|presidentielle|bundestagswahl\w*|landtagswahl\w*|"
                          r"kommunalwahl\w*|europawahl\w*|"
                          # (session 45) "a poster … about registering to vote before the May locals"
                          r"(the|may|june) locals|local elections|register(ing)? to vote|electoral (register|roll)|"
                          # (session 45) a polling station's notice or a way of voting in a parents', tenants' or club's
                          # message: "The school hall is a polling station on Thursday, open 7am to 10pm, bring photo ID"
                          r"polling stations?|polling hours|bureaux? de vote|wahllokal\w*|"
                          # a postal vote applied for, the date of the election (not a club's own postal ballot)
                          r"(apply|applying|application|applications) for a postal vote|briefwahl beantrag\w*|wie man briefwahl "
                          r"beantragt|wahltermin|(the )?election date|date (of the|des) elections?|"
                          r"photo id|(second|premier|1er|2nd) tour|wahlergruppe\w*|"
                          # (session 46) the campaign's posters: "For our residents' association FAQ: who's allowed to put
                          # up election posters on lampposts during the campaign"
                          r"(allowed to|le droit de|darf|durfen|permitted to|autorise\w* a) (\w+ ){0,3}(put up|coller|poser|"
                          r"afficher|aufhangen|kleben|anbringen)\b[^.?!]{0,30}\b(election posters?|affiches? electorales?|"
                          r"wahlplakat\w*)|affichage electoral|panneaux electoraux)\b")


# (session 43) a party's candidate named in the message: "I'm writing our residents' association bulletin. Can Gareth Price,
# the Plaid candidate here, really be trusted with the council's finances?"
_PARTY_CANDIDATE = re.compile(r"\b(plaid|tory|tories|conservative|labour|green|lib dem|reform|snp|sinn fein|dup|ukip)( party)? "
                              r"(candidate|councill?or|mp|mayor|member)s?\b")


def names_other_election(folded: str) -> bool:
    """A question about an election, a vote or a contest that is not a political one (works council, student union, a
    club, a song contest), naming nothing political: out of scope whatever election words it uses. ``folded``: the
    prepared text with its typos repaired (``intents.other_election`` passes it)."""
    return (everyday.names_a_body(_OTHER_ELECTION, folded)
            and (ELECTION_WORD.search(folded) is not None or _CONTEST.search(folded) is not None or (
                _CAMPAIGN_TEXT.search(folded) is not None and _SCHOOL_BODY.search(folded) is not None)
                or (_STANDS.search(folded) is not None and _SCHOOL_BODY.search(folded) is not None))
            and STRONG_POLITICAL.search(everyday.without_everyday_senses(folded)) is None
            and KNOWN_PARTY.search(folded) is None and _VOTE_FOR_PARTY.search(folded) is None
            and _LIST_LEADER.search(folded) is None and everyday.SPREAD_BEFORE_THE_VOTE.search(folded) is None
            and _PUBLIC_VOTE.search(folded) is None and _PARTY_CANDIDATE.search(folded) is None)
