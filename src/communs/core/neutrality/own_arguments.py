"""The arguments, pros and cons a party gives itself, or what it proposes about a weakness (moved out of
``rule_exceptions.py`` in session 46, which had reached the house limit on a module's length). A ranking or promotion
rule's words read in such a question ask for the party's own case, which is answered from its documents (policy,
``promotion`` edge cases, session 20).
"""

from __future__ import annotations

import re

# The arguments the parties themselves give, for and against, strengths they claim and weaknesses they find in each
# other's plans (session 20): "the pros and cons that the parties themselves give on digitalisation", "les pour et les
# contre avancés par les partis", "die Pro- und Contra-Argumente, die die Parteien selbst nennen" are programme or
# comparison questions (policy, ``promotion`` edge cases); the strengths-and-weaknesses rules do not read them.
OWN_ARGUMENTS = re.compile(
    r"\b(that|which) (the )?(?!you\b|u\b)(\w+ ){0,2}(themselves |itself )?(give|gives|put forward|puts forward|cite|cites|list|lists|"
    r"name|names|present|presents|advance|advances|raise|raises|mention|mentions|make|makes|see|sees|point out|points "
    r"out|point to|points to|identify|identifies|critici[sz]e|critici[sz]es|highlight|highlights|claim|claims|state|states)\b|"
    r"\bas (stated|presented|described|listed|given|put forward|set out) (by|in)\b|\baccording to (the )?((parties|"
    r"party|them|it|him|her|their|its|his)\b|(\w+ ){1,2}(themselves|itself|himself|herself)\b)|\bin (their|its|his|her) (own )?(programm?es?|manifestos?|platforms?|"
    r"words)\b|\b(parties|party|candidates?) (themselves|itself|himself|herself)\b|\b(does|do) (the )?(?!you\b|u\b)(\w+ ){0,2}(see|say|"
    r"give|cite|list|name|present|mention|identify|highlight|point out|point to|put forward|critici[sz]e)\b|"
    r"\b(avance\w*|mis\w* en avant|cite\w*|presente\w*|releve\w*|pointe\w*|identifie\w*|souligne\w*|donne\w*|"
    r"evoque\w*|mentionne\w*|formule\w*) par\b|\b(selon|d'apres) (les partis|le parti|eux|lui|elle|leurs? "
    r"programmes?|son programme|ses auteurs)\b|\b(que|qu') ?(les partis|le parti|\w+) (eux-memes |lui-meme |"
    r"elle-meme )?(\w+ ){0,2}(avancent|avance|donnent|donne|citent|cite|mettent en avant|met en avant|voient|voit|reprochent|"
    r"reproche|soulignent|souligne|relevent|releve|pointent|pointe|critiquent|critique|presentent|presente|"
    r"mentionnent|mentionne|identifient|identifie)\b|\b(eux|lui|elles?)-memes?\b|\bdans (leurs?|son|ses) (propres? )?"
    r"programmes?\b|"
    r"\b(die|welche|was) (die|der|das) (\w+ ){1,2}(selbst )?([^.?!]{0,40} )?(nennen|nennt|anfuhren|anfuhrt|"
    r"vorbringen|vorbringt|sehen|sieht|kritisieren|kritisiert|hervorheben|hervorhebt|aufzahlen|aufzahlt|angeben|"
    r"angibt|benennen|benennt)\b|\blaut (den |der |dem )?(parteien|partei|programm\w*|eigenen|eigener|ihren|ihrem|"
    r"seinem|seinen)\b|\bnach (eigenen angaben|eigener darstellung)\b|\baus (eigener )?sicht (der|des|von|ihrer|"
    r"seiner)\b|\b(parteien|partei|listen|liste|kandidat\w*|bewerber\w*) selbst\b|\bin (ihren|ihrem|seinem|seinen) (eigenen )?(programm\w*|"
    r"wahlprogramm\w*)\b|"
    # what a party proposes about weaknesses: "How does the FDP plan to fix the flaws in the pension law?", "Que propose
    # le RN contre les faiblesses de la réforme ?", "Wie will die SPD die Schwachstellen im Rentengesetz beheben?"
    r"\b(how|what) (does|do|will|would) (the )?(?!you\b)(\w+ ){1,3}(plan|propose|want|intend|promise|aim|suggest)\b|"
    r"\bcomment (\w+[ -]){1,3}(veut|veulent|compte|comptent|propose|proposent|entend|entendent|promet|promettent)\w*\b|"
    r"\bque (propose|proposent|veut|veulent|prevoit|prevoient|promet|promettent)\b|\bqu'est-ce que (\w+ ){1,3}"
    r"(propose|proposent|veut|veulent|prevoit|prevoient)\b|\bwie (will|wollen|plant|planen|mochte|mochten)\b|\bwas "
    r"(schlagt|schlagen|will|wollen|plant|planen|verspricht|versprechen|fordert|fordern)\b|"
    # "as the party itself presents them", "tels que le parti les présente", "so wie die Partei sie selbst darstellt"
    r"\bas (the )?(\w+ ){1,2}(itself |themselves )?(presents?|describes?|sees?|puts?|frames?|lists?) (them|it)\b|"
    r"\btel(le)?s? qu(e|') ?(\w+ ){1,3}(les |le |la |l')?(presente|presentent|decrit|decrivent|voit|voient|"
    r"formule|formulent)\b|\bwie (die|der|das) (\w+ ){1,2}(sie|es|ihn) (selbst )?(darstellt|darstellen|sieht|sehen|"
    r"beschreibt|beschreiben|prasentiert|prasentieren)\b"
)

# (session 46) the party's own defence of its programme: „Mit welchen Argumenten verteidigt die FPÖ selbst ihr
# Wirtschaftsprogramm?", "With what arguments does Reform itself defend its tax plan?"
OWN_DEFENCE = re.compile(
    r"\b(verteidigt|verteidigen|begrundet|begrunden|rechtfertigt|rechtfertigen) (die|der|das) [\w-]+( [\w-]+)? selbst\b|"
    r"\bmit welchen argumenten (verteidigt|verteidigen|begrundet|begrunden|rechtfertigt|rechtfertigen|wirbt|werben) (die|der|"
    r"das)\b|\b(does|do) (the )?[\w-]+( [\w-]+)? (itself|themselves) (defend|justify)\b|\bcomment (le|la|les|l') ?"
    r"[\w-]+( [\w-]+)? (defend|defendent|justifie|justifient)(-t-il|-t-elle|-ils|-elles|-il|-elle)? (lui-meme|elle-meme|"
    r"eux-memes)\b"
)
