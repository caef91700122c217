"""What follows thanks for an earlier answer (moved out of ``classifier`` in session 45, which had grown past the house
limit on a module's length).

"Danke für die Erklärung zur Stichwahl. …": the thanks name what was answered, not what is asked. The answerable rules
read what follows them (``courtesy.without_thanks``); a rule that reads the follow-up with the words of the answer it
refers to reads the whole message; and a request after thanks that named something political goes to the model.
"""

from __future__ import annotations

from communs.core.neutrality.courtesy import EARLIER_ANSWER, REFUSAL_ACCEPTED, without_thanks
from communs.core.neutrality.intents import IntentHit, match_intent, reaches_past
from communs.core.neutrality.occasions import OCCASION_RULE
from communs.core.neutrality.political import is_political

_LIST_REDONE = "comparison.any.list_redone"


def intent_after_thanks(prepared: str) -> IntentHit | None:
    """The answerable intent of what follows a first sentence of thanks for an earlier answer; the whole message's
    out-of-scope intent when nothing follows that an answerable rule reads ("Thanks! Also, what time does the Louvre
    open on Mondays?")."""
    rest = without_thanks(prepared)
    intent = match_intent(rest)
    if rest == prepared:
        return intent
    if intent is None:
        # a follow-up after what the assistant answered: a rule that reads the follow-up with the words of the answer
        # it refers to ("You gave me the minimum wage each party proposes. Put them in order, lowest to highest."; after
        # thanks, session 33, only a table redone: "Thanks for the table on farming. … Redo it with all the parties.")
        whole = match_intent(prepared)
        if (whole is not None and whole.category != "out_of_scope"
                # (session 42: also after a refusal accepted, "Ok, tu ne me diras pas si voter blanc est une bonne
                # idée, j'ai compris. … je mets quoi dans l'enveloppe pour que ce soit compté comme blanc ?")
                and (EARLIER_ANSWER.match(prepared) or REFUSAL_ACCEPTED.match(prepared) or whole.name == _LIST_REDONE)
                and reaches_past(whole, prepared, len(prepared) - len(rest))):
            return whole
    if (intent is not None and intent.category == "out_of_scope" and is_political(prepared)
            and intent.name != OCCASION_RULE):  # (session 42) a birthday poem after thanks for the help with the vote
        # what the thanks named keeps the request political ("Thanks for explaining which ID you need at the polling
        # station. Now write a WhatsApp message saying a photo of your ID card is accepted too."): the model reads it
        return None
    if intent is None and not is_political(rest):
        whole = match_intent(prepared)
        return whole if whole is not None and whole.category == "out_of_scope" else None
    return intent
