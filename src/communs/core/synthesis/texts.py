"""Sentence frames of the extractive synthesis, per language. Slots are filled with figures and verbatim quotes;
the frames themselves carry no judgement (no "strong", "clear", "worrying"): numbers say how much."""

from __future__ import annotations

FRAMES: dict[str, dict[str, str]] = {
    "en": {
        "overview": "Overview",
        "overview_counts": "{participants} participants cast {votes} votes on {statements} contributions.",
        "overview_groups": "The {grouped} participants who voted often enough to be grouped form {k} opinion groups: {sizes}.",
        "group_size": "group {group} ({size} participants)",
        "consensus": "Common ground",
        "consensus_agree": "{share} of all voters agreed with «{quote}» [{id}], and at least {min_share} in every group.",
        "consensus_disagree": "{share} of all voters disagreed with «{quote}» [{id}], and at least {min_share} in every group.",
        "no_consensus": "No contribution reached agreement across every group.",
        "groups": "Opinion groups",
        "group_agree": "Group {group} ({size} participants) agreed with «{quote}» [{id}] more than the others: {share} in the group, {others} among the others.",
        "group_disagree": "Group {group} ({size} participants) disagreed with «{quote}» [{id}] more than the others: {share} in the group, {others} among the others.",
        "group_none": "Group {group} ({size} participants) has no statistically representative contribution.",
        "divisive": "Where opinions differ",
        "divisive_claim": "«{quote}» [{id}] divides the groups: {rates}.",
        "group_rate": "{share} agree in group {group}",
        "topics": "Topics",
        "topic_claim": "Topic {n} ({terms}): {size} contributions, for example «{quote}» [{id}].",
        "topic_votes": "«{quote}» [{id}] was agreed by {share} of {seen} voters.",
        "no_votes": "No votes have been cast yet.",
    },
    "fr": {
        "overview": "Vue d'ensemble",
        "overview_counts": "{participants} participants ont exprimé {votes} votes sur {statements} contributions.",
        "overview_groups": "Les {grouped} participants ayant assez voté pour être classés forment {k} groupes d'opinion : {sizes}.",
        "group_size": "groupe {group} ({size} participants)",
        "consensus": "Points d'accord",
        "consensus_agree": "{share} des votants sont d'accord avec «{quote}» [{id}], et au moins {min_share} dans chaque groupe.",
        "consensus_disagree": "{share} des votants ne sont pas d'accord avec «{quote}» [{id}], et au moins {min_share} dans chaque groupe.",
        "no_consensus": "Aucune contribution ne réunit l'accord de tous les groupes.",
        "groups": "Groupes d'opinion",
        "group_agree": "Le groupe {group} ({size} participants) est plus d'accord que les autres avec «{quote}» [{id}] : {share} dans le groupe, {others} chez les autres.",
        "group_disagree": "Le groupe {group} ({size} participants) est plus en désaccord que les autres avec «{quote}» [{id}] : {share} dans le groupe, {others} chez les autres.",
        "group_none": "Le groupe {group} ({size} participants) n'a pas de contribution statistiquement représentative.",
        "divisive": "Points de divergence",
        "divisive_claim": "«{quote}» [{id}] partage les groupes : {rates}.",
        "group_rate": "{share} d'accord dans le groupe {group}",
        "topics": "Thèmes",
        "topic_claim": "Thème {n} ({terms}) : {size} contributions, par exemple «{quote}» [{id}].",
        "topic_votes": "«{quote}» [{id}] a recueilli l'accord de {share} des {seen} votants.",
        "no_votes": "Aucun vote n'a encore été exprimé.",
    },
    "de": {
        "overview": "Überblick",
        "overview_counts": "{participants} Teilnehmende haben {votes} Stimmen zu {statements} Beiträgen abgegeben.",
        "overview_groups": "Die {grouped} Teilnehmenden, die oft genug abgestimmt haben, um eingeordnet zu werden, bilden {k} Meinungsgruppen: {sizes}.",
        "group_size": "Gruppe {group} ({size} Teilnehmende)",
        "consensus": "Gemeinsamkeiten",
        "consensus_agree": "{share} aller Abstimmenden stimmten «{quote}» [{id}] zu, in jeder Gruppe mindestens {min_share}.",
        "consensus_disagree": "{share} aller Abstimmenden lehnten «{quote}» [{id}] ab, in jeder Gruppe mindestens {min_share}.",
        "no_consensus": "Kein Beitrag fand Zustimmung in allen Gruppen.",
        "groups": "Meinungsgruppen",
        "group_agree": "Gruppe {group} ({size} Teilnehmende) stimmte «{quote}» [{id}] stärker zu als die anderen: {share} in der Gruppe, {others} bei den anderen.",
        "group_disagree": "Gruppe {group} ({size} Teilnehmende) lehnte «{quote}» [{id}] stärker ab als die anderen: {share} in der Gruppe, {others} bei den anderen.",
        "group_none": "Gruppe {group} ({size} Teilnehmende) hat keinen statistisch repräsentativen Beitrag.",
        "divisive": "Unterschiede",
        "divisive_claim": "«{quote}» [{id}] teilt die Gruppen: {rates}.",
        "group_rate": "{share} Zustimmung in Gruppe {group}",
        "topics": "Themen",
        "topic_claim": "Thema {n} ({terms}): {size} Beiträge, zum Beispiel «{quote}» [{id}].",
        "topic_votes": "«{quote}» [{id}] erhielt die Zustimmung von {share} der {seen} Abstimmenden.",
        "no_votes": "Es wurden noch keine Stimmen abgegeben.",
    },
}


def frame(language: str, key: str, **slots: object) -> str:
    frames = FRAMES.get(language, FRAMES["en"])
    return frames[key].format(**slots)


def percent(value: float, language: str) -> str:
    number = f"{round(value * 100):d}"
    return f"{number} %" if language == "fr" else f"{number} %" if language == "de" else f"{number}%"


def group_letter(group: int) -> str:
    """Groups are named A, B, C... as in Polis's report."""
    return chr(ord("A") + group) if group < 26 else f"G{group + 1}"
