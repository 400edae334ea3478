import {
  ActivityHandler,
  ConversationState,
  PrivateConversationState,
  TurnContext,
  type StatePropertyAccessor,
  type Storage,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext, type DialogState, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { CheckStore } from '../dialogs/checkState';
import { createDialogServices, type DialogServices } from '../dialogs/dialogServices';
import { MainDialog } from '../dialogs/mainDialog';
import { welcomeReply } from '../dialogs/replies';
import { routeMessage } from '../dialogs/routeMessage';
import { asksToDeleteData, DATA_DELETED } from './dataDeletion';
import type { FaqMatcher } from './knowledge/faqMatcher';
import type { Logger } from './logger';

export { EXAMPLE_QUESTIONS, WELCOME_BUTTONS } from '../dialogs/replies';

/** What the bot is built from. */
export interface AssistantBotDeps {
  matcher: FaqMatcher;
  /** The season whose published rules the knowledge base holds, e.g. 2024. */
  season: number;
  storage: Storage;
  logger: Logger;
  /** The current time, from which each conversation's "today" is read; the system clock unless given. */
  clock?: () => Date;
}

/**
 * The turn-state key under which botbuilder-dialogs keeps the memory scopes and path resolvers of a
 * turn's dialog contexts; without it, each turn builds them again (what botbuilder's DialogManager
 * avoids by handing its own configuration to every turn).
 */
const DIALOG_STATE_CONFIGURATION = 'DialogStateManagerConfiguration';

/** Sent when a turn fails; says nothing about the cause. */
export const APOLOGY = 'Sorry, something went wrong on my side. Please try again, or ask me another question.';

/** Sent when another instance saved the conversation at the same moment, so nothing of this message was kept. */
export const RESEND_REQUEST = 'Sorry, I was busy with another message of this conversation and could not keep that one. Please send it again.';

/**
 * The IEC International Co-op assistant: welcomes once per conversation, then runs the root dialog
 * (questions answered from the knowledge base, the eligibility check). State lives in the given
 * storage: the welcome per conversation, the check's answers and where the dialogs stand per person
 * in each conversation, so that members of a Teams group chat each have their own check.
 */
export class AssistantBot extends ActivityHandler {
  private readonly conversationState: ConversationState;
  private readonly personalState: PrivateConversationState;
  private readonly welcomed: StatePropertyAccessor<boolean>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;
  private readonly services: DialogServices;
  private readonly checks: CheckStore;
  private dialogStateConfiguration: DialogStateManagerConfiguration | undefined;

  constructor(private readonly deps: AssistantBotDeps) {
    super();
    this.conversationState = new ConversationState(deps.storage);
    this.personalState = new PrivateConversationState(deps.storage);
    this.welcomed = this.conversationState.createProperty<boolean>('welcomed');
    this.services = createDialogServices({ clock: deps.clock ?? (() => new Date()), matcher: deps.matcher, logger: deps.logger });
    this.checks = new CheckStore(this.personalState);
    this.dialogState = this.personalState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(new MainDialog(this.services, this.checks));

    this.onMembersAdded(async (context, next) => {
      if (!(await this.welcomed.get(context, false))) {
        await this.welcomed.set(context, true);
        await context.sendActivity(welcomeReply(context.activity.channelId, this.deps.season));
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.converse(context);
      await next();
    });
  }

  /** Runs the turn, then saves the state. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context);
    await this.personalState.saveChanges(context);
  }

  /**
   * After a failed turn: drops what the turn changed and where the dialogs stood, so the conversation
   * cannot stay stuck, but keeps the answers saved by the turns before it.
   */
  async recoverFromFailedTurn(context: TurnContext): Promise<void> {
    await this.personalState.load(context, true);
    await this.dialogState.delete(context);
    await this.personalState.saveChanges(context);
  }

  /** Logs the message and the replies at debug level; the logger censors their text unless LOG_DEBUG_CONTENT is set. */
  private logContent(context: TurnContext): void {
    const { channelId, text } = context.activity;
    this.deps.logger.debug({ channelId, text }, 'message received');
    context.onSendActivities(async (_context, replies, next) => {
      this.deps.logger.debug({ channelId, text: replies.map((reply) => reply.text ?? '') }, 'replies sent');
      return next();
    });
  }

  /** Deletes the person's state in this conversation (answers, check, dialog position) and confirms it. */
  private async deletePersonalData(context: TurnContext): Promise<void> {
    await this.personalState.delete(context);
    this.deps.logger.info({ channelId: context.activity.channelId }, 'personal data deleted');
    await context.sendActivity(DATA_DELETED);
  }

  /**
   * Continues the active dialog; with none active, routes the message itself (a question is answered
   * without building any dialog context) and begins the root dialog only for the check. The text loses
   * the bot's @mention first (Teams).
   */
  private async converse(context: TurnContext): Promise<void> {
    const { activity } = context;
    activity.text = (activity.text ? TurnContext.removeRecipientMention(activity) : '').trim();
    if (this.deps.logger.isLevelEnabled('debug')) this.logContent(context);
    if (asksToDeleteData(activity.text)) {
      await this.deletePersonalData(context);
      return;
    }
    const state = await this.dialogState.get(context);
    if ((state?.dialogStack.length ?? 0) === 0) {
      const route = await routeMessage(context, this.services, this.checks);
      if (route !== undefined) await (await this.dialogContext(context)).beginDialog(MainDialog.id, route);
      return;
    }
    const dc = await this.dialogContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MainDialog.id);
  }

  private async dialogContext(context: TurnContext): Promise<DialogContext> {
    if (this.dialogStateConfiguration !== undefined) context.turnState.set(DIALOG_STATE_CONFIGURATION, this.dialogStateConfiguration);
    const dc = await this.dialogs.createContext(context);
    this.dialogStateConfiguration ??= dc.state.configuration;
    return dc;
  }
}
