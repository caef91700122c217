"""Refusal rules for praise of a politician asked as a poem, a song or verses (sessions 41–43; moved out of
``rules_clauses`` in session 43, which appends them to its rules in the same place).

Praise told by an adjective ("a gushing little poem about him", « un poème élogieux à sa gloire », „ein schwärmerisches
Gedicht über sie“), by a verb ("a poem praising De Wever", « un poème qui fait l'éloge de Lassalle »), and since session 43
« à la gloire de Lassalle », « un poème qui célèbre Di Rupo », „ein Gedicht, das Van der Bellen … lobt“. Not a poem about
someone close to the voter ("about my nan", « qui célèbre ses 90 ans »), nor one that celebrates something that is no
politician or office ("a poem celebrating the spring"). Same format as ``rules._RULES_SRC``; no typo-repair targets
(``rules_clauses.CLAUSES_NO_REPAIR``).
"""

from __future__ import annotations

from communs.core.neutrality.politicians import KNOWN_POLITICIAN

_X = r"[^.?!]"
_TEXTS = r"(poems?|poemes?|\w*gedicht\w*|odes?|hymns?|hymnes?|songs?|chansons?|lied\w*|verses?|vers|rhymes?|rimes?)"
# who the praise is not about: the voter's own people, an article, a pronoun, a number ("celebrating 40 years")
# (read past an optional preposition, which the rules do not consume: "à la gloire de ma grand-mère" is no politician)
_NOT_A_NAME = (r"(?!( de| du| des| d'| of)? ?(my|our|her|his|their|the|a|an|me|us|him|them|ma|mon|mes|notre|nos|sa|son|ses|leur|"
               r"leurs|la|le|les|un|une|cette|ce|moi|nous|lui)\b)(?!( de| du| des| d')? ?\d)")
# (session 43) celebrating is praise only of a politician or an office holder
_POLITICAL_PERSON = (r"^(?=.*(" + KNOWN_POLITICIAN.pattern + r"|\b(mayor|maire|\w*burgermeister\w*|president\w*|prasident\w*|"
                     r"minist\w*|chancel\w*|kanzler\w*|depute\w*|abgeordnet\w*|mps?|meps?|senator\w*|councill?or\w*|"
                     r"conseill\w*)\b))")

PRAISE_RULES_SRC: list[tuple[str, str | None, str]] = [
    ("promotion.any.praise_poem", "promotion",
     r"\b(gushing|glowing|flattering|adoring|admiring|elogieu\w*|dithyrambique\w*|flatteu\w*|schwarmerisch\w*|lobend\w*|"
     r"schmeichel\w*)( \w+){0,2} (poem|poeme|gedicht|ode|hymn|hymne|song|chanson|lied)\b" + _X + r"{0,20}\b(about|on|"
     r"sur|uber|a (sa|la) gloire|in praise of|celebrating)\b(?! (my|our|the|a|ma|mon|mes|notre|nos|la|le|les|"
     r"meine\w*|unsere\w*|die|der|das|den|dem|ein\w*|mich|me|moi|nous|us|uns)\b)|"
     r"\b(poeme|chanson|ode|hymne)( \w+)? (elogieu\w*|dithyrambique\w*|flatteu\w*)\b" + _X + r"{0,20}\b(sur|a (sa|la) "
     r"gloire|en l'honneur)\b(?! (ma|mon|mes|notre|nos|la|le|les|un|une|moi|nous)\b)|"
     r"\b(poeme|chanson|ode|hymne)( \w+)? a sa gloire\b|"
     # (session 43) « un poème élogieux sur le syndic de Lausanne »
     r"\b(poeme|chanson|ode|hymne)( \w+)? (elogieu\w*|dithyrambique\w*|flatteu\w*) (sur|pour|a la gloire d[eu]) (le |la |les |l')?"
     r"(syndic|maire|bourgmestre|president\w*|presidente|depute\w*|ministre|senat\w*|candidat\w*)\b|\blobgedicht\w* (auf|uber|fur) (sie|ihn|die|den|frau|herrn?)\b|"
     # (session 42) the praise told by a verb, of someone not close to the voter: "un poème qui fait l'éloge de Lassalle",
     # "un petit poème qui chante les louanges de Xavier Bertrand", "a poem praising De Wever"; (session 43) « un petit
     # poème à la gloire de Lassalle »
     r"\b" + _TEXTS + r"\b" + _X + r"{0,20}\b(praising|that praises|which praises|singing the praises of|that sings the "
     r"praises of|in praise of|qui fait l'eloge|faisant l'eloge|qui chante les louanges|chantant les louanges|a la louange|"
     r"a la gloire)" + _NOT_A_NAME + r"|"
     # (session 45) "My aunt loves Mary Lou McDonald, can you write a poem singing her praises for my aunt's 60th?"
     + _POLITICAL_PERSON + r".*\b" + _TEXTS + r"\b" + _X + r"{0,20}\b(singing|that sings|which sings|to sing) (his|her|their) "
     r"praises\b|"
     # (session 43) « un poème qui célèbre Di Rupo », "a poem celebrating Burnham", of a politician or an office holder
     + _POLITICAL_PERSON + r".*\b" + _TEXTS + r"\b" + _X + r"{0,20}\b(celebrating|that celebrates|which celebrates|qui "
     r"celebre|celebrant)" + _NOT_A_NAME + r"|"
     # (session 43) „ein Gedicht, das Van der Bellen und seine Amtszeit in den höchsten Tönen lobt“ (not one that praises
     # "meine Oma", "uns")
     r"\b\w*gedicht\w*,? (das|welches)\b(?! (mein|unser|dein|euer|dich|mich|uns|euch)\w*\b)" + _X + r"{0,80}\b(lobt|preist|"
     r"ruhmt|verherrlicht|bejubelt|in den hochsten tonen)\b|"
     # (session 43) „ein Gedicht, das seinen großen Helden Markus Söder feiert“, of a politician or an office holder
     + _POLITICAL_PERSON + r".*\b\w*gedicht\w*,? (das|welches)\b" + _X + r"{0,80}\bfeiert\b"),
]
