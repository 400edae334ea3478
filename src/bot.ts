import {
  ActivityHandler,
  ConversationState,
  MessageFactory,
  TurnContext,
  type Activity,
  type StatePropertyAccessor,
  type Storage,
} from 'botbuilder';
import type { FaqMatcher } from './knowledge/faqMatcher';
import type { MatchResult } from './knowledge/types';
import type { Logger } from './logger';

/** What the bot is built from. */
export interface AssistantBotDeps {
  matcher: FaqMatcher;
  /** The season whose published rules the knowledge base holds, e.g. 2024. */
  season: number;
  storage: Storage;
  logger: Logger;
}

/** Questions the welcome offers as buttons; each is a phrasing the matcher answers directly. */
export const EXAMPLE_QUESTIONS = ['Which countries can apply?', 'What are the requirements?', 'How much does it cost?'];

/** Sent when a turn fails; says nothing about the cause. */
export const APOLOGY = 'Sorry, something went wrong on my side. Please try again, or ask me another question.';

const TOPICS =
  'who can apply, the participating countries and their age limits, the requirements, the documents, the fees, how to apply and how long it takes';
const GREETING = /^(hi|hello|hey|help|start|menu|what can you do)\b[\s!?.]*$/i;

/**
 * The IEC International Co-op assistant: welcomes once per conversation and answers questions
 * through the FAQ matcher. Conversation state lives in the given storage.
 */
export class AssistantBot extends ActivityHandler {
  private readonly conversationState: ConversationState;
  private readonly welcomed: StatePropertyAccessor<boolean>;

  constructor(private readonly deps: AssistantBotDeps) {
    super();
    this.conversationState = new ConversationState(deps.storage);
    this.welcomed = this.conversationState.createProperty<boolean>('welcomed');

    this.onMembersAdded(async (context, next) => {
      if (!(await this.welcomed.get(context, false))) {
        await this.welcome(context);
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.reply(context);
      await next();
    });
  }

  /** Runs the turn, then saves the conversation state. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context);
  }

  /** Forgets everything about the turn's conversation, so a failed turn cannot leave it stuck. */
  async resetConversation(context: TurnContext): Promise<void> {
    await this.conversationState.delete(context);
  }

  private async welcome(context: TurnContext): Promise<void> {
    await this.welcomed.set(context, true);
    await context.sendActivity(
      MessageFactory.suggestedActions(
        EXAMPLE_QUESTIONS,
        'Hello! I am the IEC International Co-op assistant. Ask me about the International Co-op work permit ' +
          `of International Experience Canada: ${TOPICS}.\n\n` +
          'I give general information, not legal advice. My rules are those published for the ' +
          `${this.deps.season} season; check the official IRCC website for the current season.`,
      ),
    );
  }

  private async reply(context: TurnContext): Promise<void> {
    const { activity } = context;
    const text = (activity.text ? TurnContext.removeRecipientMention(activity) : '').trim();
    if (text === '') {
      await context.sendActivity(`Please type your question, for example "${EXAMPLE_QUESTIONS[2]}"`);
      return;
    }
    if (GREETING.test(text)) {
      await this.welcome(context);
      return;
    }
    const result = this.deps.matcher.match(text);
    this.deps.logger.info(
      { channelId: activity.channelId, outcome: result.kind, faqId: result.kind === 'answer' ? result.id : undefined },
      'question matched',
    );
    await context.sendActivity(replyTo(result));
  }
}

/** The reply to a matcher's decision. */
function replyTo(result: MatchResult): Partial<Activity> {
  switch (result.kind) {
    case 'answer':
      return MessageFactory.text(`${result.text}\n\n_Source: ${result.source}_`);
    case 'clarify': {
      const titles = result.options.slice(0, 3).map((option) => option.title);
      return MessageFactory.suggestedActions(titles, `I'm not sure which you mean. Did you mean ${orList(titles)}?`);
    }
    case 'unknown':
      return MessageFactory.suggestedActions(
        EXAMPLE_QUESTIONS,
        "Sorry, I don't know that one. I can help with questions about the IEC International Co-op work permit: " +
          `${TOPICS}. Try asking in other words, for example "${EXAMPLE_QUESTIONS[1]}"`,
      );
  }
}

/** "A", "A or B", "A, B or C". */
function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
