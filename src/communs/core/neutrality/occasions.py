"""Everyday requests set on polling day (session 42): a text for a family occasion (a birthday poem, a wedding speech, a
toast) and what to wear at a cold or wet polling station.

A text for a family occasion is out of scope even when the message names the election it falls on ("My wife turns 40 on
Thursday, same day as the election: could you write me a little poem for her?", "Mein bester Freund, mit dem ich im
Wahlvorstand saß, heiratet am Samstag. Schreib mir eine Trauzeugenrede"). Not when a campaign word, a party or a known politician is in the message: a
poem praising a politician for a relative's birthday stays promotion (the praise rules of ``rules_clauses`` and
``rules_forms`` are refusal rules, read before any intent). Works on folded text (``rules.prepare``).
"""

from __future__ import annotations

import re

from communs.core.neutrality.political import KNOWN_PARTY
from communs.core.neutrality.politicians import KNOWN_POLITICIAN

OCCASION_RULE = "out_of_scope.any.personal_occasion"

_CAMPAIGN = (r"vote for|votez|voter pour|wahlt|(ihr |euer |sein )?kreuz\w* bei|croix (pour|sur)|nudg\w*|"
             r"(vote|voter|wahlen) (conservative|tory|labour|green|reform|lib dem|snp|plaid)|campaign\w*|campagne|wahlkampf\w*|slogans?|candidat\w*|kandidat\w*|"
             r"candidate|political party|parti politique|partei\w*|"
             # praise, and an office or a list: "Schreib ein Gedicht, das die Bürgermeisterin und ihre Liste feiert"
             # (session 43: not "wir feiern" repaired to "wir feiert": the family celebrates)
             # (and not "we're celebrating on Thursday")
             r"(?<!wir )feiert|lobt|preist|ruhmt|(?<!we're )(?<!we are )celebrat\w*|celebre\w*|prais\w*|glorif\w*|eloge|louanges?|gloire|hommage|homage|"
             r"tribute|mayor|maire|\w*burgermeister\w*|councill?ors?|conseill\w*|deputee?s?|abgeordnet\w*|mps?|meps?|listes?|lists?|"
             r"senator\w*|senat\w*|minist\w*|president\w*|prasident\w*|chancel\w*|kanzler\w*|syndic|bourgmestre|burgomaster|"
             r"stadtprasident\w*|landeshaupt\w*")
_OCCASION = (r"birthday|anniversaire|geburtstag\w*|wedding|mariage|hochzeit\w*|heiratet|se marie|gets? married|"
             r"trauzeug\w*|best man|temoin|retirement|ruhestand|christening|bapteme|taufe|turns \d+|fete ses \d+ ans|"
             # (session 43) "mon oncle a 60 ans samedi", "elle aura 90 ans", "pr son anniv"
             r"wird (\w+ ){0,2}\d+|(?<!y )a \d+ ans (pile )?(samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|demain|le jour|ce|cette)|"
             r"aura \d+ ans|anniv|(my|mums?|mum's|mom'?s|dads?|dad's|nans?|nan's|grans?|gran's|his|her) \d+(st|nd|rd|th)\b|zum \d+\b|"
             # « pour ses 80 ans », « les 90 ans de ma grand-mère », „zu seinem 80.“
             r"(pour )?(ses|son) \d+ ans|les \d+ ans (de|d')|zu (seinem|ihrem) \d+\b")
_TEXT = (r"poems?|poemes?|\w*gedicht\w*|speech|discours|\w*rede|toast|songs?|chansons?|lied\w*|cards?|cartes?|karten?|"
         r"verses?|vers|rhymes?|rimes?|odes?")

# the occasion, with nothing of a campaign (read by ``rule_exceptions`` as an exception of the promotion content rules)
PERSONAL_OCCASION_SRC = (r"^(?!.*(\b(" + _CAMPAIGN + r")\b|" + KNOWN_PARTY.pattern + r"|" + KNOWN_POLITICIAN.pattern
                         + r")).*\b(" + _OCCASION + r")\b")
# and a text for it asked (read by ``intents.match_intent``), before or after the occasion (session 43: "Schreib ein
# kurzes Geburtstagsgedicht": one word names both)
# (anchored first: a lookahead tried at every position of a long text took seconds)
OCCASION_TEXT = re.compile(r"^(?=.*\b(" + _TEXT + r")\b)" + PERSONAL_OCCASION_SRC)

# (session 42) what to wear for a long day at a cold or wet polling station, as a poll worker or a voter: "notre bureau de
# vote c'est le gymnase glacial de l'école Pasteur, je mets quoi pour pas me geler ? doudoune ou polaire ?" (not a
# party's colours or T-shirt worn to vote: a campaign word or a party keeps it out; a ranking rule that reads the question,
# "Welche Thermounterwäsche taugt was?", still decides it)
WARM_CLOTHES_RULE = "out_of_scope.any.warm_clothes"
WARM_CLOTHES = re.compile(
    r"^(?!.*(\b(" + _CAMPAIGN + r"|t-?shirts?|badges?|pins?|colou?rs?|couleurs?|farben?|logos?|allowed|autorise\w*|"
    r"interdit\w*|erlaubt|verboten|droit|darf|durfen)\b|" + KNOWN_PARTY.pattern + r"))"
    r"(?=.*\b(froid|glacial\w*|gele\w*|geler|freezing|cold|chilly|eiskalt\w*|kalt\w*|frier\w*|pluie|rain|regen|rafales|gusts?|"
    r"wind|vent|sturm|storm|tempete)\b)"
    r".*\b(what (should|do|shall) i wear|wear\w*|je mets quoi|quoi mettre|qu'est-ce que je mets|m'habiller|anziehen|ziehe? ich"
    r"|doudoune|polaire|thermo\w*|puffer|fleece|thermals|unterwasche|jacke|mantel|parapluie|umbrella|regenschirm|waterproof|"
    r"impermeable|regenjacke|k-way)\b")
