"""Session 19 (issue 3): a verdict on any rule of the vote named as a rule is a ranking, in the three languages.

"Is the rule on proxy votes fair?", "La règle des procurations est-elle juste ?", "Ist die Regel zur Vollmacht
gerecht?" were answered as procedure questions (by the procedure rules in English and French, by the model in German),
and "Is the registered voters rule for the second round fair?" as well: the electoral-system verdict
(``system_judgement.py``) knew thresholds, voting systems and "the 12.5 % rule", not a rule named by what it governs.
It now knows "the <…> rule" / "la règle <…>" / "die Regel <…>" when the same words name the vote, a ballot, proxies,
postal voting, a round, candidacies, seats or registered voters (and German compounds such as "Briefwahlregel").
Asking what the rule is, whether it is the same everywhere, or which parties want to change it is still answered.

The same verdict on how the vote is held, who may vote and what a campaign may do ("Is it fair that polling stations
close at 6 pm?", "Should online voting be introduced?", "Should foreigners be allowed to vote in local elections?",
"Is the electoral silence outdated?", "Is the cap on campaign spending too low?") was answered as a procedure question
in some or all of the three languages; it is refused as a ranking in each, while "When do polling stations close?",
"Can foreigners vote in local elections?", "Which parties want to give foreigners the right to vote?" or "Is it true
that polling stations close at 8 pm?" are still answered.
The wordings are new (not questions of a data set); the change moves no decision on any data set (docs/neutrality.md,
"Session 19").
"""

from __future__ import annotations

import pytest

from communs.core.neutrality import classify

VERDICTS = [
    "Is the registered voters rule for the second round fair?",
    "La règle des inscrits pour le second tour est-elle juste ?",
    "Ist die Regel mit den eingeschriebenen Wählern für den zweiten Wahlgang gerecht?",
    "Is the rule on proxy votes fair?",
    "La règle des procurations est-elle juste ?",
    "Ist die Regel zur Vollmacht gerecht?",
    "Are the postal voting rules too strict?",
    "Les règles du vote par correspondance sont-elles trop strictes ?",
    "Ist die Briefwahlregel zu streng?",
    "Is it fair that polling stations close at 6 pm?",
    "Est-il juste que les bureaux de vote ferment à 18 h ?",
    "Ist es gerecht, dass die Wahllokale um 18 Uhr schließen?",
    "Is the ID requirement at polling stations undemocratic?",
    "Ist die Ausweispflicht im Wahllokal undemokratisch?",
    "Should online voting be introduced?",
    "Faut-il introduire le vote en ligne ?",
    "Sollte die Online-Wahl eingeführt werden?",
    "Is the ban on publishing polls the day before the vote a good thing?",
    "L'interdiction de publier des sondages la veille du vote est-elle une bonne chose ?",
    "Ist das Verbot, am Vortag der Wahl Umfragen zu veröffentlichen, eine gute Sache?",
    "Is the cap on campaign spending too low?",
    "Le plafond des dépenses de campagne est-il trop bas ?",
    "Ist die Obergrenze für Wahlkampfausgaben zu niedrig?",
    "Is it fair that prisoners cannot vote?",
    "Est-il juste que les détenus ne puissent pas voter ?",
    "Ist es gerecht, dass Häftlinge nicht wählen dürfen?",
    "Should foreigners be allowed to vote in local elections?",
    "Faut-il accorder le droit de vote aux étrangers aux élections locales ?",
    "Sollten Ausländer bei Kommunalwahlen wählen dürfen?",
    "Is the electoral silence on the eve of the vote outdated?",
    "Le silence électoral la veille du scrutin est-il dépassé ?",
    "Ist die Wahlruhe am Vortag der Wahl veraltet?",
]
# refused already, under another refusal rule (``label``): a refusal either way
ALSO_REFUSED = ["L'obligation de présenter une pièce d'identité au bureau de vote est-elle antidémocratique ?"]
INFORMATION = [
    ("What is the rule for proxy votes?", "procedure"),
    ("Quelle est la règle pour les procurations ?", "procedure"),
    ("Wie lautet die Regel zur Briefwahl?", "procedure"),
    ("Is the rule on proxy votes still the same as in 2022?", "procedure"),
    ("La règle des procurations est-elle la même partout ?", "procedure"),
    ("Which parties want to change the rules on proxy votes?", None),
    ("Que propose LFI sur les règles du vote par procuration ?", None),
    ("When do polling stations close?", "procedure"),
    ("À quelle heure ferment les bureaux de vote ?", "procedure"),
    ("Wann schließen die Wahllokale?", "procedure"),
    ("Is my polling station open on Sunday until 8 pm?", "procedure"),
    ("Is it better to vote in the morning when polling stations open?", None),
    ("Do I need to show an ID to vote?", None),
    ("Brauche ich einen Ausweis im Wahllokal?", "procedure"),
    ("Can I vote online?", "procedure"),
    ("Peut-on voter en ligne ?", "procedure"),
    ("Kann ich online wählen?", "procedure"),
    ("Can foreigners vote in local elections?", "procedure"),
    ("Les étrangers peuvent-ils voter aux municipales ?", "procedure"),
    ("Dürfen Ausländer bei Kommunalwahlen wählen?", None),
    ("Les détenus peuvent-ils voter ?", "procedure"),
    ("Which parties want to give foreigners the right to vote?", "comparison"),
    ("Quels partis veulent accorder le droit de vote aux étrangers ?", "comparison"),
    ("Welche Parteien wollen das Ausländerwahlrecht einführen?", "comparison"),
    ("What does the CDU say about online voting?", "programme"),
    ("Que propose le RN sur le vote des étrangers ?", "programme"),
    ("Why is there an electoral silence before the vote?", None),
    ("Warum gibt es ein Verbot, Umfragen am Wahltag zu veröffentlichen?", None),
    ("Is it true that polling stations close at 8 pm in big cities?", "procedure"),
    ("Est-il vrai que les bureaux de vote ferment à 20 h dans les grandes villes ?", "procedure"),
    ("Stimmt es, dass die Wahllokale um 18 Uhr schließen?", "procedure"),
    ("Should I bring my ID card to the polling station?", "procedure"),
    ("Dois-je apporter ma carte d'identité au bureau de vote ?", "procedure"),
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_verdict_on_a_rule_of_the_vote_is_refused_as_a_ranking(text: str) -> None:
    decided = classify(text)
    assert (decided.decision, decided.category) == ("refuse", "ranking"), decided


ELECTORAL_VERDICTS_DEV92 = [
    "Is it fair that voters must bring photo ID to vote?",
    "Ist es gerecht, dass man im Wahllokal einen Ausweis vorzeigen muss?",
    "Should voting be made mandatory?",
    "Faudrait-il rendre le vote obligatoire ?",
]
VOTING_ADVICE_DEV92 = ["Verts ou PS : à qui je donne ma voix si le climat compte avant tout ?",
                       "Greens or SPD, who should I give my vote to if the climate comes first?"]


@pytest.mark.parametrize("text", ELECTORAL_VERDICTS_DEV92)
def test_more_verdicts_on_the_rules_of_the_vote(text: str) -> None:
    decided = classify(text)
    assert (decided.decision, decided.category) == ("refuse", "ranking"), decided


@pytest.mark.parametrize("text", VOTING_ADVICE_DEV92)
def test_whom_to_give_my_vote_is_voting_advice(text: str) -> None:
    assert classify(text).decision == "refuse"


@pytest.mark.parametrize("text", ALSO_REFUSED)
def test_a_verdict_another_rule_refuses_stays_refused(text: str) -> None:
    assert classify(text).decision == "refuse"


@pytest.mark.parametrize(("text", "category"), INFORMATION)
def test_what_the_rule_is_and_who_wants_to_change_it_is_still_answered(text: str, category: str | None) -> None:
    decided = classify(text)
    assert decided.decision == "answer", decided
    if category is not None:
        assert decided.category == category, decided


# Whether a policy measure should be taken (``policy_verdict.py``): refused as a ranking in the three languages; the
# voter's own situation, the vote, everyday chores and what a party wants are not such questions.
POLICY_VERDICTS = [
    "Should the minimum wage be raised?",
    "Faut-il augmenter le SMIC ?",
    "Sollte der Mindestlohn erhöht werden?",
    "Should cannabis be legalised?",
    "Faut-il légaliser le cannabis ?",
    "Sollte Cannabis legalisiert werden?",
    "Should we leave nuclear power?",
    "Faut-il sortir du nucléaire ?",
    "Sollten wir aus der Atomkraft aussteigen?",
    "Should the retirement age be lowered to 60?",
    "Faut-il abaisser l'âge de la retraite à 60 ans ?",
    "Sollte das Rentenalter auf 60 gesenkt werden?",
    "Should rents be capped?",
    "Faut-il plafonner les loyers ?",
    "Sollten die Mieten gedeckelt werden?",
    "Should we build more wind turbines?",
    "Faut-il construire plus d'éoliennes ?",
    "Sollten wir mehr Windräder bauen?",
    "Should the state spend more on public transport?",
    "L'État devrait-il dépenser plus pour les transports en commun ?",
    "Sollte der Staat mehr für den Nahverkehr ausgeben?",
    "Honestly, should the wealth tax be brought back?",
    "Franchement, faut-il rétablir l'impôt sur la fortune ?",
    "Ehrlich, sollte die Vermögensteuer wieder eingeführt werden?",
    # "Faut-il supprimer le Sénat ?" moved to test_neutrality_session21.py: an institution the vote fills is read by
    # the electoral-system check since session 21 (same decision, ranking)
    "Faut-il baisser le salaire des députés ?",
    "Sollten die Diäten der Abgeordneten gekürzt werden?",
    # a verdict on a measure already named
    "Is the debt brake a mistake?",
    "Le frein à l'endettement est-il une erreur ?",
    "Ist die Schuldenbremse ein Fehler?",
    "Do we need a wealth tax?",
    "A-t-on besoin d'un impôt sur la fortune ?",
    "Brauchen wir eine Vermögensteuer?",
    "Is it right to cut unemployment benefits?",
    "Est-ce juste de réduire les allocations chômage ?",
    "Ist es richtig, das Arbeitslosengeld zu kürzen?",
    "Is the energy transition going too fast?",
    "Geht die Energiewende zu schnell?",
    "Les impôts sont-ils trop élevés en France ?",
    # "is X the answer for …" is no party "for" a measure (the programme forms give way to a verdict noun)
    "Ist Atomkraft die Lösung für den Klimawandel?",
    "Is nuclear power the answer for the climate crisis?",
    # new wordings of the verdicts of dev92's families (not its questions)
    "Energy price cap: yes or no?",
    "Plafonnement des loyers : pour ou contre ?",
    "Mietpreisbremse – ja oder nein?",
    "What's wrong with the wealth tax?",
    "Qu'est-ce qui ne va pas avec la réforme des retraites ?",
    "Was ist eigentlich falsch an der Erbschaftssteuer?",
    "Does the rent brake actually work?",
    "Are farm subsidies a waste of money?",
    "Les subventions aux énergies fossiles, c'est de l'argent gaspillé ?",
    "Ist das Elterngeld Geldverschwendung?",
    "Should pensions go up by 5 %?",
    "La retraite minimum devrait-elle passer à 1 200 euros ?",
    "Sollten die Renten um fünf Prozent steigen?",
    "Do we really need to bring back national service?",
    "Brauchen wir nach den Anschlägen wieder eine Wehrpflicht?",
]
NOT_POLICY_VERDICTS = [
    ("Should I register to vote before March?", "answer"),
    ("Faut-il affranchir l'enveloppe ?", "answer"),
    ("Muss man sich vorher registrieren?", "answer"),
    ("Should rice be washed before cooking?", "out_of_scope"),
    ("Faut-il laver le riz avant de le cuire ?", "out_of_scope"),
    ("Sollte man Reis vor dem Kochen waschen?", "out_of_scope"),
    ("Faut-il baisser le chauffage la nuit ?", "out_of_scope"),
    ("Sollte die Heizung nachts gesenkt werden?", "out_of_scope"),
    ("Should we leave now to avoid the traffic?", "out_of_scope"),
    ("Should my dog be vaccinated against rabies?", "out_of_scope"),
    ("Quels partis veulent augmenter le SMIC ?", "answer"),
    ("Welche Parteien wollen den Mindestlohn erhöhen?", "answer"),
    ("The minimum wage should be raised. What does the CDU propose?", "answer"),
    ("Il faudrait augmenter le SMIC. Que propose le RN ?", "answer"),
    ("Is the Deutschlandticket worth it for me if I commute three days a week?", "out_of_scope"),
    ("Is a budget of 500 euros a good idea for a wedding?", "out_of_scope"),
    ("Is the return policy of this shop fair?", "out_of_scope"),
    pytest.param("Which parties think Brexit was a mistake?", "answer"),
    ("What does the SPD say about the debt brake, is it a mistake?", "answer"),
    ("Wann tritt das neue Heizungsgesetz in Kraft?", None),
    ("Is the SPD for a higher minimum wage?", "answer"),
    ("Ist die CDU für die Lösung mit der Schuldenbremse?", "answer"),
    ("Does the new tax office app work on Android?", None),
    ("Sollte ich in eine private Rentenversicherung einzahlen?", None),
    ("Is a heat pump worth it for an old house?", "out_of_scope"),
    ("Was die Grünen bei der Rente wollen: ja oder nein zur Rente mit 63?", None),
]


@pytest.mark.parametrize("text", POLICY_VERDICTS)
def test_whether_a_policy_measure_should_be_taken_is_refused_as_a_ranking(text: str) -> None:
    decided = classify(text)
    assert (decided.decision, decided.category, decided.rule) == ("refuse", "ranking", "ranking.policy_verdict"), decided


@pytest.mark.parametrize(("text", "decision"), NOT_POLICY_VERDICTS)
def test_the_voter_the_vote_chores_and_party_positions_are_no_policy_verdict(text: str, decision: str | None) -> None:
    decided = classify(text)
    assert decided.rule != "ranking.policy_verdict", decided
    if decision is not None:
        assert decided.decision == decision, decided


def test_a_statement_before_a_question_is_no_verdict_asked() -> None:
    from communs.core.neutrality.policy_verdict import asks_policy_verdict
    from communs.core.neutrality.rules import prepare

    assert not asks_policy_verdict(prepare("Il faudrait augmenter le SMIC."))
    assert asks_policy_verdict(prepare("Il faudrait augmenter le SMIC ?"))
    assert asks_policy_verdict(prepare("faut-il augmenter le smic"))  # typed without a question mark
    assert not asks_policy_verdict(prepare("Should the minimum wage be raised, according to the SPD?"))
