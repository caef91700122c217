"""The development sets the neutrality benchmark reports (``DEVELOPMENT_SETS``: written from the policy alone and read
to fix rules), each with what it is about. Split out of ``neutrality_sets`` in session 49, when the registry of the
held-out sets had grown past the house limit on a module's length; ``neutrality_sets`` and ``bench_neutrality``
re-export it.
"""

from __future__ import annotations

# Development sets written by helpers from the policy alone, read to fix rules (dev5-dev28 are training data since
# session 7, dev31-dev37 since session 8, and no longer reported; dev38-dev128 since session 26 and dev129-dev220 since
# session 37, still reported, marked as trained on).
DEVELOPMENT_SETS = (
    ("dev29", "a broad mix with the composition of a typical test set (written after the session-7 rules)"),
    ("dev30", "a conversation's second or third turn: short follow-ups, corrections, reactions, 'say it more simply'"),
    # session 8 (dev31-dev37, written before any session-8 change, are training data since then)
    ("dev38", "a broad mix with the composition of a typical test set (written after the first session-8 rules)"),
    ("dev39", "what ordinary citizens ask in the weeks before an election, in everyday words"),
    ("dev40", "two requests in one message: two answerable ones, or an answerable one next to a refused one"),
    ("dev41", "numbers, dates, percentages and counts: rules and past facts next to forecasts and verdicts"),
    ("dev42", "candidates and politicians as persons: career, statements, candidacies; judgements; private life"),
    ("dev43", "the two extremes of register: polite e-mails with greeting and sign-off, and youth slang"),
    ("dev44", "the voter's own situation (17, abroad, EU citizen, moved, in hospital) in every category"),
    ("dev45", "a broad mix with the composition of a typical test set (written after the second session-8 rules)"),
    ("dev46", "the European Parliament election and EU politics"),
    ("dev47", "local elections: mayors, councils, lists, panachage, local referendums, town-hall procedures"),
    ("dev48", "attempts to get around the policy in every format, next to legitimate questions in the same formats"),
    ("dev49", "non-native speakers and messages that switch language mid-sentence"),
    ("dev50", "60 look-alike pairs: a refusal and an answerable question on the same topic"),
    ("dev51", "a broad mix with the composition of a typical test set (written after the third session-8 rules)"),
    ("dev52", "an auditor probing equal treatment: the same question about parties of every side"),
    ("dev53", "referendums and popular votes in every country: how they work, what parties recommend; refusals"),
    ("dev54", "results, polls and coalitions: past facts and rules next to forecasts and verdicts"),
    ("dev55", "sarcasm, irony, anger and loaded words around answerable questions and refusals"),
    ("dev56", "fragments of one to four words typed into a chat box"),
    # session 9 (written before any session-9 change)
    ("dev57", "a broad mix with the composition of a typical test set (written before the session-9 rules)"),
    ("dev58", "each language written idiomatically by a different native speaker (particles, idioms, register)"),
    ("dev59", "short messages typed on a phone: lower case, no accents, chat abbreviations"),
    ("dev60", "two to five sentences of the voter's life and worries before the request (after the first session-9 rules)"),
    ("dev61", "the voter's situation, then one question (written after the final-question reading, ADR 0015)"),
    ("dev62", "a broad mix by someone who has never used an election chatbot (written after ADR 0015)"),
    # session 10 (written before any session-10 change)
    ("dev63", "plain one- or two-sentence questions as in a published audit of election chatbots, real parties"),
    ("dev64", "each triple written first in German, then rendered freely into French and English"),
    ("dev65", "each triple written first in French, then rendered freely into German and English"),
    ("dev66", "every request wrapped in a frame: role-play, hypotheticals, quotes, school pretexts, fake system messages"),
    ("dev67", "each triple written first in English (residents and expats), then rendered into French and German"),
    ("dev68", "the hardest realistic cases on both sides of each line, as NGO testers write them before a launch"),
    ("dev69", "requests for false voting information and their answerable twins (rumour checks, reporting)"),
    ("dev70", "elections of Austria, Switzerland and Belgium with their real parties"),
    # session 11 (dev71-dev76 written before any session-11 change, dev77-dev79 after the first rules)
    ("dev71", "each triple written first in German as typed quickly on a phone, then in SMS French and casual English"),
    ("dev72", "long messages telling the voter's situation before the question"),
    ("dev73", "answerable and out-of-scope questions that use the words of refusals, next to their refusal twins"),
    ("dev74", "refusals phrased without the usual keywords, next to answerable twins"),
    ("dev75", "local and regional elections: municipales, Kommunalwahl, mayors, local referendums"),
    ("dev76", "very short messages of one to six words"),
    ("dev77", "a broad mix with the composition of a hidden test set (written after the first session-11 rules)"),
    ("dev78", "manipulation attempts (role-play, fake system messages, tasks that hide a refusal) and answerable twins"),
    ("dev79", "European Parliament elections: groups, lead candidates, voting from another member state"),
    ("dev80", "a broad mix with the composition of a hidden test set (written after the third session-11 rules)"),
    ("dev81", "each triple written first in French in everyday language, then in German and English"),
    ("dev82", "a conversation's follow-up turns that can be labelled on their own"),
    # session 16
    ("dev83", "a chat-style mix with the composition of a test set: lowercase, follow-ups, everyday words of politics"),
    ("dev84", "a story of the voter's situation, then one question (political story and everyday question, and back)"),
    ("dev85", "boundary look-alikes: everyday subjects in political forms, political questions in everyday words"),
    ("dev86", "a broad mix with the composition of a test set (written after the first session-16 rules)"),
    ("dev87", "the voter's life first (work, family, studies), then one question that leans on it or not"),
    ("dev88", "pairs that differ in one element: everyday requests in the forms of refused or answered ones"),
    # session 17
    ("dev89", "typed on a phone: keywords, typos, no accents, text-speak, emojis, two questions in one message"),
    ("dev90", "mid-conversation messages that can be labelled on their own, and pasted slogans, flyers and headlines"),
    ("dev91", "the grey zone of civic life: elected officials' work, public services, petitions, polls as news"),
    # session 19
    ("dev92", "political issues, public policy, institutions and the rules of the vote: verdicts asked and look-alikes"),
    # session 20
    ("dev93", "the parties' own arguments against the assistant's evaluation, who may vote, fiction framings"),
    # session 21
    ("dev94", "realistic messages to an election assistant in the days before a vote, every category and look-alikes"),
    ("dev95", "the vote's practicalities in words of advice, texts around an election, institutions: facts and verdicts"),
    # session 22
    ("dev96", "a broad mix in the words of students, retirees, teachers, expats, poll workers and campaign volunteers"),
    ("dev97", "the voter's family and own step, texts around an election, facts about parties and candidates, finance"),
    ("dev98", "subtle refusals in realistic messages: buried in a story, indirect, colloquial; with close look-alikes"),
    ("dev99", "fresh wordings of a campaign's messages, every category and its look-alikes, textbook questions avoided"),
    ("dev100", "mobile-chat style: short, lowercase, abbreviations, slang, typos and emoji"),
    ("dev101", "refusals disguised by politeness, hypotheticals, role-play, homework, fake authority and earlier turns, "
               "with the answerable and out-of-scope look-alikes in the same framings"),
    ("dev102", "look-alike traps: factual questions in evaluative words against judgements asked in factual words"),
    ("dev103", "less common elections and voters: municipal, regional, European, referendums, abroad, overseas, "
               "neighbouring countries, students, first-time voters, guardianship, prisoners, disabilities"),
    ("dev104", "stories of two to five sentences before the final question, which may refuse, ask or be about something else"),
    ("dev105", "several parties at once and equal treatment: pairs from opposite sides, tables, common ground, merit"),
    ("dev106", "regional voices: Swiss and Austrian German, Belgian, Swiss and Québec French, British and Irish English, "
               "code-switching"),
    ("dev107", "answerable questions an over-cautious assistant would refuse (detailed procedure, touchy programme "
               "subjects) next to refusals"),
    ("dev108", "everyday senses of election words (party, programme, campaign, vote, seat, ballot, left and right)"),
    ("dev109", "indirect voting advice and persuasion texts, with the answerable look-alikes (how a voting advice app "
               "works, what a blank vote counts for)"),
    ("dev110", "requests to produce things (tables, lesson plans, posts, plain-language versions), neutral or not"),
    ("dev111", "follow-up messages in a chat after an earlier answer, pushing back on refusals, corrections"),
    ("dev112", "policy topics in depth: what parties propose and what it costs, against whether a plan is realistic"),
    ("dev113", "rumours and fake notices about the vote, written or reported, against fact checks and procedure"),
    ("dev114", "candidates: who heads a list, their party and offices, against judgements and forecasts about them"),
    ("dev115", "the assistant itself and civic education, against refusals in a civics framing"),
    ("dev116", "search-box queries of one to six words, typos, no accents"),
    ("dev117", "angry, cynical, scared or enthusiastic voters, venting before a question"),
    ("dev118", "two requests in one message, conditionals, counterfactuals and 'imagine you were a voter'"),
    ("dev119", "local elections: fictional lists, mayors, councils and local issues"),
    ("dev120", "the European Parliament election: groups, lead candidates, seats per country"),
    ("dev121", "indirect wording: refusals and questions that avoid the obvious words"),
    ("dev122", "quoted or pasted text (slogans, tweets, headlines, flyers, letters), then a question about it"),
    ("dev123", "voters in special situations: disability, care homes, moving house, abroad, guardianship"),
    ("dev124", "learners of French, German or English: simple grammar, literal translations, misspelled names"),
    ("dev125", "polls, past results and numbers, against forecasts and spun figures"),
    ("dev126", "long messages with context and two or three questions, a refusal sometimes hidden among them"),
    ("dev127", "political vocabulary and ideologies as terms, against labels applied to parties"),
    ("dev128", "many parties at once: lists, tables, sorting by a figure, against ordering by merit or unequal space"),
    ("dev129", "long messages about one's life with several questions, a refusal sometimes among legitimate ones"),
    ("dev130", "a realistic mix of campaign-time messages (the theme of holdout 20 and 21)"),
    ("dev131", "follow-ups in a chat after an answer: 'thanks, and…', 'fine, but honestly…'"),
    ("dev132", "municipal, departmental, regional and Land elections: local lists, mayors, local issues"),
    ("dev133", "social-media style: lower case, slang, emoji, sarcasm, search-box queries"),
    ("dev134", "a realistic mix of campaign-time messages (third set of this theme)"),
    ("dev135", "long messages about one's situation, a request sometimes hidden among legitimate questions"),
    ("dev136", "evasion in modern wording: role-play, 'for a novel', translation tricks, against their honest uses"),
    ("dev137", "older or less digitally literate citizens, formal letters, procedure worries"),
    ("dev138", "comparisons across many topics, against rankings and verdicts on the measures"),
    ("dev139", "short everyday chat as typed on a phone: fragments, abbreviations, quick follow-ups"),
    ("dev140", "long messages: the voter's situation first, a refused request hidden in the middle or before a harmless one"),
    ("dev141", "indirect and evasive requests (hypotheticals, role-play, fiction, scoring games, jailbreaks) next to "
               "answerable questions in the same framings"),
    ("dev142", "answerable look-alikes with words like best, fair, win, trust, should, next to the refused questions they "
               "resemble"),
    # session 27 (written before any change of that session)
    ("dev143", "questions typed in a hurry on a phone: no accents, abbreviations, typos, emojis, a word of another "
               "language"),
    ("dev144", "follow-ups in an ongoing chat that refer to an earlier answer, decidable from the message alone"),
    ("dev145", "local and regional elections, referendums, councils and mayors; school and works-council look-alikes"),
    ("dev146", "disguised requests (role-play, fiction, quizzes, translations, school essays, surveys) and the same "
               "framings around answerable questions"),
    # session 27, second round (written after the first round of session-27 rules, read first with them)
    ("dev147", "a realistic mix of what citizens type in the last weeks of a campaign, every category and its "
               "look-alikes"),
    ("dev148", "long messages: the person's situation first (elderly, disabled, abroad, student, shift worker, new "
               "citizen, carer, farmer, shop owner), then the question"),
    ("dev149", "candidates, elected officials, past results, polls and seat counts: facts next to judgements and "
               "forecasts"),
    ("dev150", "rumours to write or spread against checking or reporting them; jailbreaks and fake authority around "
               "refused and answerable questions; role-play around answerable ones"),
    # session 28 (written before any change of that session; first read to decide on training data, ADR 0021)
    ("dev151", "municipal and regional elections and local referendums, every category and its look-alikes"),
    ("dev152", "the person's situation first in one to three sentences (student abroad, carer, new citizen, pensioner, "
               "first-time voter, someone who moved, shift worker), then the question"),
    ("dev153", "short informal messages typed on a phone: abbreviations, missing accents, typos, slang, two languages "
               "mixed"),
    ("dev154", "hard borderline cases: answerable questions worded close to refusals next to refusals disguised as "
               "school work, hypotheticals, role-play, jokes or texts to write"),
    # session 28, second round (written while the first round of rules was written, read first with them)
    ("dev155", "a realistic mix of what citizens type into a town hall's or an electoral commission's assistant"),
    ("dev156", "follow-ups: thanks, a reaction or a quote of an earlier answer, or two things asked at once"),
    # session 29 (written before the session's change, first read with the session-start code)
    ("dev157", "people in particular situations (students away from home, shift workers, carers, new citizens, voters "
               "abroad or with a disability), their situation first"),
    ("dev158", "European Parliament, regional and municipal elections"),
    ("dev159", "two requests in one message, or a follow-up after an earlier answer, one part refused"),
    ("dev160", "disguised requests (games, quizzes, exercises, translations, stories, jailbreaks) and look-alikes "
               "in the same formats"),
    # session 30 (written before the session's change, first read with the session-start code)
    ("dev161", "answerable questions worded like refusals next to the refusals they resemble: one party's criticism of "
               "another's plans, neutral texts with official voting information, hypotheticals about thresholds and "
               "seats, sorting parties by a figure of their programmes, quizzes, strengths as the parties state them"),
    ("dev162", "long messages (3 to 6 sentences): the citizen's situation, doubts or feelings first, then one request"),
    ("dev163", "follow-ups reacting to an earlier answer (thanks, disagreement, a quote, 'and what about...'), some "
               "with one part refused"),
    ("dev164", "requests phrased as tasks (tables, summaries, translations, lists, quizzes, e-mails, posts, speeches, "
               "school exercises)"),
    # session 31 (written before the session's change, first read with the session-start code)
    ("dev165", "municipal and local elections: fictional local lists, independent candidates and mayors, what a list "
               "proposes, comparisons between lists, the candidates of a constituency, a list's flyer summarised"),
    ("dev166", "voters no party fits: abstaining, blank, spoilt and protest votes, turnout, quorums and how blank votes "
               "are counted"),
    ("dev167", "corrections and edits of an earlier answer (a party forgotten, shorter, without the spin, in a table, "
               "translated, with sources, for a child), some asking to slant, rank, judge or campaign"),
    ("dev168", "phone-style and mixed-language messages: no punctuation, abbreviations, emoji, typos, missing accents, "
               "words of another language, dialect or slang"),
    # session 31, second round (written after the first round of rules, read first with them)
    ("dev169", "refusals slipped into answerable requests (a verdict, a forecast or advice added at the end, praise or a "
               "false claim slipped into a text to write), each next to the same request without the slip"),
    ("dev170", "indirect voting advice and predictions (personas, 'if you were me', bets, odds, polls, chances) next to "
               "answerable look-alikes (how polls and seats work, past results, what a party says it would do)"),
    ("dev171", "labels and judgements of parties and candidates worded as fact questions, next to fact questions about "
               "the same parties and candidates (positions, offices, past results, criticism by another party, rulings)"),
)
