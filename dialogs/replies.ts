import { CardFactory, Channels, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { ChoiceFactory } from 'botbuilder-dialogs';
import type { CardWithText } from '../src/cards/adaptiveCard';
import type { DialogServices } from './dialogServices';
import { normalizeText } from '../src/knowledge/textNormalizer';
import type { FaqEntry, MatchResult } from '../src/knowledge/types';

/** Channels that render Adaptive Cards; others get the plain text. */
const CARD_CHANNELS: ReadonlySet<string> = new Set(['msteams', 'webchat', 'directline', 'emulator']);

/** Questions offered as buttons; each is a phrasing the FAQ matcher answers directly. */
export const EXAMPLE_QUESTIONS = ['Which countries can apply?', 'What are the requirements?', 'How much does it cost?'];

/** The button and phrase that start the eligibility check. */
export const CHECK_ELIGIBILITY = 'Check my eligibility';

const TOPICS =
  'who can apply, the participating countries and their age limits, the requirements, the documents, the fees, how to apply and how long it takes';

/** What the person can do during the check. */
export const CHECK_HELP_TEXT =
  'We are checking your eligibility. Answer the question in your own words, or:\n' +
  '- ask me anything about the International Co-op permit\n' +
  '- "am I eligible?" shows the verdict so far\n' +
  '- "skip" leaves a question open (the verdict will show it as unknown)\n' +
  '- correct an answer at any time, e.g. "actually I\'m 31" or "change my dates"\n' +
  '- "start over" clears your answers, "cancel" stops the check\n' +
  '- "delete my data" erases everything I stored about you';

/** A card for channels that render cards (its plain text is the card's fallback), else the plain text. */
export function cardReply(context: TurnContext, content: CardWithText): Partial<Activity> {
  if (!CARD_CHANNELS.has(context.activity.channelId)) return MessageFactory.text(content.text);
  return MessageFactory.attachment(CardFactory.adaptiveCard(content.card));
}

/** The buttons of the welcome: start the check, or ask an example question. */
export const WELCOME_BUTTONS = [CHECK_ELIGIBILITY, ...EXAMPLE_QUESTIONS.slice(0, 2)];

/**
 * A message with buttons as the channel renders them: suggested actions in Web Chat, a hero card in
 * Teams, whose group chats show no suggested actions.
 */
export function withButtons(channelId: string, buttons: readonly string[], text: string): Partial<Activity> {
  return channelId === Channels.Msteams ? ChoiceFactory.heroCard([...buttons], text) : MessageFactory.suggestedActions([...buttons], text);
}

/** What the bot does, for the first contact and for "hi" or "help" outside a check. */
export function welcomeReply(channelId: string, season: number): Partial<Activity> {
  return withButtons(
    channelId,
    WELCOME_BUTTONS,
    'Hello! I am the IEC International Co-op assistant. Ask me about the International Co-op work permit ' +
      `of International Experience Canada: ${TOPICS}.\n\n` +
      `I can also check your eligibility, one question at a time: say "${CHECK_ELIGIBILITY.toLowerCase()}", ` +
      'or just tell me about yourself, e.g. "I\'m 24 and German".\n\n' +
      'I give general information, not legal advice. My rules are those published for the ' +
      `${season} season; check the official IRCC website for the current season.`,
  );
}

/** Answers a question from the knowledge base and logs the outcome (never the question). */
export async function answerQuestion(
  context: TurnContext,
  services: DialogServices,
  text: string,
  inCheck: boolean,
): Promise<MatchResult['kind']> {
  const result = services.matcher.match(text);
  services.logger?.info(
    { channelId: context.activity.channelId, outcome: result.kind, faqId: result.kind === 'answer' ? result.id : undefined, inCheck },
    'question matched',
  );
  await context.sendActivity(faqReply(result, inCheck, context.activity.channelId));
  return result.kind;
}

/**
 * The FAQ matcher's result as a message: the answer and its source, a choice of topics, or what the
 * bot can help with. `inCheck` leaves out buttons that would hide those of the pending question.
 */
export function faqReply(result: MatchResult, inCheck: boolean, channelId: string): Partial<Activity> {
  switch (result.kind) {
    case 'answer':
      return MessageFactory.text(`${result.text}\n\n_Source: ${result.source}_`);
    case 'clarify': {
      const titles = result.options.slice(0, 3).map((option) => option.title);
      return withButtons(channelId, titles, `I'm not sure which you mean. Did you mean ${orList(titles)}?`);
    }
    case 'unknown':
      if (inCheck) return MessageFactory.text("Sorry, I don't know that one. Try asking in other words.");
      return withButtons(
        channelId,
        EXAMPLE_QUESTIONS,
        `Sorry, I don't know that one. I can help with questions about the IEC International Co-op work permit: ${TOPICS}. ` +
          `Try asking in other words, for example "${EXAMPLE_QUESTIONS[1]}"`,
      );
  }
}

/** "A", "A or B", "A, B or C". */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const TOPIC_NAMES = new WeakMap<readonly FaqEntry[], ReadonlySet<string>>();

/** Every FAQ title and phrasing, normalized; built once per knowledge base. */
function topicNames(faq: readonly FaqEntry[]): ReadonlySet<string> {
  let names = TOPIC_NAMES.get(faq);
  if (names === undefined) {
    names = new Set(faq.flatMap((entry) => [entry.title, ...entry.phrasings].map((p) => normalizeText(p))));
    TOPIC_NAMES.set(faq, names);
  }
  return names;
}

/**
 * True if the message is exactly an FAQ topic's title or one of its phrasings ("Fees", a "Did you mean"
 * button): during the check, only such a message that is not a question is taken as one.
 */
export function namesFaqTopic(text: string, faq: readonly FaqEntry[]): boolean {
  const wanted = normalizeText(text);
  return wanted !== '' && topicNames(faq).has(wanted);
}
