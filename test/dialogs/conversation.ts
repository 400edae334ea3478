import { ConversationState, MemoryStorage, type Activity, type Attachment } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { CheckStore } from '../../dialogs/checkState';
import { createDialogServices, type DialogServices } from '../../dialogs/dialogServices';
import { MainDialog } from '../../dialogs/mainDialog';
import type { AdaptiveCard } from '../../src/cards/adaptiveCard';
import type { ProfileField } from '../../src/eligibility/types';

/** The fixed "now" of the dialog tests: 2 May 2024, midday UTC. */
export const NOW = new Date('2024-05-02T12:00:00Z');

let shared: DialogServices | undefined;

/** The real services with the fixed clock, built once for all dialog tests. */
export function services(): DialogServices {
  shared ??= createDialogServices({ clock: () => NOW });
  return shared;
}

/** A conversation with the root dialog over a test adapter. */
export interface Conversation {
  /** Sends a message and returns every reply of the turn. */
  say(text: string): Promise<Partial<Activity>[]>;
  client: DialogTestClient;
  store: CheckStore;
}

/** Starts a conversation on a channel (`webchat` unless given), with its own state. */
export function converse(options: { channelId?: string; locale?: string } = {}): Conversation {
  const conversationState = new ConversationState(new MemoryStorage());
  const store = new CheckStore(conversationState);
  const client = new DialogTestClient(options.channelId ?? 'webchat', new MainDialog(services(), store), undefined, [], conversationState);
  return {
    client,
    store,
    async say(text) {
      const first = (await client.sendActivity({ type: 'message', text, locale: options.locale })) as Partial<Activity> | undefined;
      const replies: Partial<Activity>[] = first === undefined ? [] : [first];
      for (let next = client.getNextReply(); next !== undefined; next = client.getNextReply()) replies.push(next);
      return replies;
    },
  };
}

function attachmentText(attachment: Attachment): string {
  if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') return (attachment.content as AdaptiveCard).fallbackText;
  const content = attachment.content as { text?: string; buttons?: { title: string }[] } | undefined;
  return content?.text ?? '';
}

/** What a reply says: its text, or the text of its cards. */
export function textOf(reply: Partial<Activity> | undefined): string {
  if (reply === undefined) return '';
  return [reply.text ?? '', ...(reply.attachments ?? []).map(attachmentText)].filter((t) => t !== '').join('\n');
}

/** Everything a turn's replies say, joined. */
export function allText(replies: readonly Partial<Activity>[]): string {
  return replies.map(textOf).join('\n---\n');
}

/** The button titles of a reply: its suggested actions or the buttons of its hero card. */
export function buttonsOf(reply: Partial<Activity> | undefined): string[] {
  const suggested = reply?.suggestedActions?.actions.map((a) => a.title) ?? [];
  const card = (reply?.attachments ?? []).flatMap((a) => (a.content as { buttons?: { title: string }[] } | undefined)?.buttons ?? []);
  return [...suggested, ...card.map((b) => b.title)];
}

/** The Adaptive Card of a reply, if it has one. */
export function cardOf(reply: Partial<Activity> | undefined): AdaptiveCard | undefined {
  const attachment = reply?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return attachment?.content as AdaptiveCard | undefined;
}

/** The answers of a German applicant who meets every requirement on 2 May 2024, by the fact asked. */
export const GOOD_ANSWERS: Readonly<Record<ProfileField, string>> = {
  citizenship: 'Germany',
  dateOfBirth: '12 March 1999',
  statedAge: '25',
  enrolled: 'yes',
  hasJobOffer: 'yes',
  linkedToStudies: 'yes',
  requiredForStudies: 'yes',
  teer: 'TEER 2',
  internshipStart: 'from 1 June 2025 to 30 November 2025',
  internshipEnd: '30 November 2025',
  passportExpiry: '14 May 2030',
  hasFunds: 'yes',
  hasInsurance: 'yes',
  admissible: 'yes',
  hasDepartureTicket: 'yes',
  hasDependants: 'no',
  residentInCitizenshipCountry: 'yes',
  earlierParticipations: 'never',
  australiaParticipationSince2015: 'no',
};

/** The fact a reply asks for, recognised by the question of `knowledge/criteria.json` it starts with. */
export function askedField(reply: Partial<Activity> | undefined): ProfileField | undefined {
  const text = textOf(reply);
  if (text.startsWith('When does the internship start and end?')) return 'internshipStart';
  const facts = services().rules.criteria.flatMap((rule) => rule.asks);
  return facts.find((fact) => text.startsWith(fact.question))?.field;
}

/**
 * Answers every question the check asks, from `answers`, until the bot says something that is not
 * a question for a fact. Returns the fields asked, in order, and the replies to the last answer.
 */
export async function answerQuestions(
  conversation: Conversation,
  first: Partial<Activity>[],
  answers: Readonly<Partial<Record<ProfileField, string>>>,
): Promise<{ asked: ProfileField[]; replies: Partial<Activity>[] }> {
  const asked: ProfileField[] = [];
  let replies = first;
  for (let field = askedField(replies.at(-1)); field !== undefined; field = askedField(replies.at(-1))) {
    const answer = answers[field];
    if (answer === undefined || asked.length > 40) throw new Error(`No answer for ${field} (asked: ${asked.join(', ')})`);
    asked.push(field);
    replies = await conversation.say(answer);
  }
  return { asked, replies };
}
