import { ActivityTypes, MessageFactory } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { isQuestion } from '../src/understanding/isQuestion';
import { forgetFacts, recordFacts, sendVerdict, verdictOf } from './checkProgress';
import type { CheckState, CheckStore } from './checkState';
import { asksEligibility, readCommand } from './commands';
import type { DialogServices } from './dialogServices';
import { EligibilityDialog, type EligibilityOptions } from './eligibilityDialog';
import { answerQuestion, CHECK_ELIGIBILITY, EXAMPLE_QUESTIONS, welcomeReply } from './replies';
import { messageText, readFacts } from './turnReading';

const ROUTE = 'mainRoute';

/**
 * The root dialog: outside a check it answers questions from the knowledge base, takes facts the
 * person volunteers and starts the eligibility check when asked for it or when given facts.
 */
export class MainDialog extends ComponentDialog {
  static readonly id = 'mainDialog';

  constructor(
    private readonly services: DialogServices,
    private readonly store: CheckStore,
  ) {
    super(MainDialog.id);
    this.addDialog(new EligibilityDialog(services, store));
    this.addDialog(new WaterfallDialog(ROUTE, [(step) => this.route(step)]));
    this.initialDialogId = ROUTE;
  }

  private async check(step: WaterfallStepContext, options: EligibilityOptions): Promise<DialogTurnResult> {
    return step.beginDialog(EligibilityDialog.id, options);
  }

  /** Whether the check still has facts to ask, besides those the person chose to skip. */
  private hasOpenQuestions(step: WaterfallStepContext, check: CheckState): boolean {
    const verdict = verdictOf(step.context, this.services, check.profile);
    return verdict.missing.some((fact) => !check.skipped.includes(fact.field));
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    if (context.activity.type !== ActivityTypes.Message) return step.endDialog();
    const text = messageText(context);
    if (text === '') {
      await context.sendActivity(`Please type your question, for example "${EXAMPLE_QUESTIONS[2]}"`);
      return step.endDialog();
    }
    const check = await this.store.get(context);
    const fresh = Object.keys(check.profile).length === 0;
    const command = readCommand(text);
    switch (command?.kind) {
      case 'cancel':
        await this.store.clear(context);
        await context.sendActivity('There is no check in progress. I have cleared any answers you gave me.');
        return step.endDialog();
      case 'startOver':
        await this.store.clear(context);
        await context.sendActivity("Let's start over: I've cleared your answers.");
        return this.check(step, { intro: true });
      case 'help':
      case 'greeting':
        await context.sendActivity(welcomeReply(this.services.knowledge.season));
        return step.endDialog();
      case 'verdict':
        if (!fresh && this.hasOpenQuestions(step, check)) {
          await context.sendActivity('Here is where you stand so far:');
          await sendVerdict(context, this.services, check.profile);
          await context.sendActivity("Let's go on with the questions.");
        }
        return this.check(step, { intro: fresh });
      case 'skip':
        await context.sendActivity('There is no question to skip right now.');
        await context.sendActivity(welcomeReply(this.services.knowledge.season));
        return step.endDialog();
      default:
        break;
    }

    const reading = readFacts(context, this.services, undefined);
    if (Object.keys(reading.facts).length > 0) {
      await recordFacts(context, this.services, check, reading);
      if (isQuestion(text) && !asksEligibility(text)) {
        await answerQuestion(context, this.services, text, false);
        await context.sendActivity(MessageFactory.suggestedActions([CHECK_ELIGIBILITY], 'I can also check your eligibility with what you told me.'));
        return step.endDialog();
      }
      return this.check(step, { intro: fresh });
    }
    if (command?.kind === 'change' && command.fields.length > 0) {
      await forgetFacts(context, this.services, check, command.fields);
      return this.check(step, {});
    }
    if (asksEligibility(text)) return this.check(step, { intro: fresh });
    await answerQuestion(context, this.services, text, false);
    return step.endDialog();
  }
}
