"""Stop words per language for BM25 analysis, as data.

The lists follow the Snowball project's stop-word lists (https://snowballstem.org/algorithms/german/stop.txt,
``.../french/stop.txt``, ``.../english/stop.txt``; BSD licence), written accent-folded because analysis folds before
it compares. They are deliberately the plain function-word lists: domain words such as "Partei" or "vote" are NOT
stop words here (a passage about "Parteienfinanzierung" must stay findable); question templates are handled by
BM25's idf, which gives such frequent words almost no weight.
"""

from __future__ import annotations

from communs.core.text import fold

_GERMAN = """
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern anderr
anders auch auf aus bei bin bis bist da damit dann der den des dem die das dass dass du dies diese diesem diesen
dieser dieses doch dort durch ein eine einem einen einer eines einig einige einigem einigen einiger einiges einmal
er ihn ihm es etwas euer eure eurem euren eurer eures fur gegen gewesen hab habe haben hat hatte hatten hier hin
hinter ich mich mir ihr ihre ihrem ihren ihrer ihres euch im in indem ins ist jede jedem jeden jeder jedes jene
jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines konnen konnte machen man manche manchem
manchen mancher manches mein meine meinem meinen meiner meines mit muss musste nach nicht nichts noch nun nur ob
oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie ihnen sind so solche solchem solchen solcher
solches soll sollte sondern sonst uber um und uns unsere unserem unseren unser unseres unter viel vom von vor
wahrend war waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde werden wie wieder
will wir wird wirst wo wollen wollte wurde wurden zu zum zur zwar zwischen
"""

_FRENCH = """
au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me meme mes moi mon ne nos
notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l a m n
s t y ete etee etees etes etant etante etants etantes suis es est sommes etes sont serai seras sera serons serez
seront serais serait serions seriez seraient etais etait etions etiez etaient fus fut fumes futes furent sois soit
soyons soyez soient fusse fusses fut fussions fussiez fussent ayant ayante ayantes ayants eu eue eues eus ai as
avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient avais avait avions aviez
avaient eut eumes eutes eurent aie aies ait ayons ayez aient eusse eusses eussions eussiez eussent ceci cela celui
celle ceux celles cet cette dont ici la quand quoi quel quelle quels quelles comment si sans sous entre aussi
"""

_ENGLISH = """
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it
its itself they them their theirs themselves what which who whom this that these those am is are was were be been
being have has had having do does did doing would should could ought a an the and but if or because as until while
of at by for with about against between into through during before after above below to from up down in out on off
over under again further then once here there when where why how all any both each few more most other some such
no nor not only own same so than too very can will just
"""

STOPWORDS: dict[str, frozenset[str]] = {
    "de": frozenset(fold(w) for w in _GERMAN.split()),
    "fr": frozenset(fold(w) for w in _FRENCH.split()),
    "en": frozenset(fold(w) for w in _ENGLISH.split()),
}


def stopwords(language: str) -> frozenset[str]:
    """The folded stop words of ``language`` (empty for a language without a list)."""
    return STOPWORDS.get(language, frozenset())
