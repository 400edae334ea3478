import { ActivityTypes, type TurnContext } from 'botbuilder';
import { isQuestion } from '../src/understanding/isQuestion';
import { forgetFacts, recordFacts, sendVerdict, verdictOf } from './checkProgress';
import type { CheckState, CheckStore } from './checkState';
import { asksEligibility, readCommand } from './commands';
import type { DialogServices } from './dialogServices';
import type { EligibilityOptions } from './eligibilityDialog';
import { answerQuestion, CHECK_ELIGIBILITY, EXAMPLE_QUESTIONS, welcomeReply, withButtons } from './replies';
import { messageText, readFacts } from './turnReading';

/** What a message outside the check leads to: nothing more (it was answered), or the check, begun with these options. */
export type Route = { check: EligibilityOptions } | undefined;

/** Whether the check still has facts to ask, besides those the person chose to skip. */
function hasOpenQuestions(context: TurnContext, services: DialogServices, check: CheckState): boolean {
  const verdict = verdictOf(context, services, check.profile);
  return verdict.missing.some((fact) => !check.skipped.includes(fact.field));
}

/**
 * Handles a message when no check is in progress: answers questions from the knowledge base and
 * commands, records the facts the person volunteers, and says when the eligibility check should begin
 * (asked for, or facts given). Needs no dialog context, so a question costs no dialog stack.
 */
export async function routeMessage(context: TurnContext, services: DialogServices, store: CheckStore): Promise<Route> {
  if (context.activity.type !== ActivityTypes.Message) return undefined;
  const text = messageText(context);
  if (text === '') {
    await context.sendActivity(`Please type your question, for example "${EXAMPLE_QUESTIONS[2]}"`);
    return undefined;
  }
  const check = await store.get(context);
  const fresh = Object.keys(check.profile).length === 0;
  const command = readCommand(text);
  switch (command?.kind) {
    case 'cancel':
      await store.clear(context);
      await context.sendActivity('There is no check in progress. I have cleared any answers you gave me.');
      return undefined;
    case 'startOver':
      await store.clear(context);
      await context.sendActivity("Let's start over: I've cleared your answers.");
      return { check: { intro: true } };
    case 'help':
    case 'greeting':
      await context.sendActivity(welcomeReply(context.activity.channelId, services.knowledge.season));
      return undefined;
    case 'verdict':
      if (!fresh && hasOpenQuestions(context, services, check)) {
        await context.sendActivity('Here is where you stand so far:');
        await sendVerdict(context, services, check.profile);
        await context.sendActivity("Let's go on with the questions.");
      }
      return { check: { intro: fresh } };
    case 'skip':
      await context.sendActivity('There is no question to skip right now.');
      await context.sendActivity(welcomeReply(context.activity.channelId, services.knowledge.season));
      return undefined;
    default:
      break;
  }

  const reading = readFacts(context, services, undefined);
  if (Object.keys(reading.facts).length > 0) {
    await recordFacts(context, services, check, reading);
    if (isQuestion(text) && !asksEligibility(text)) {
      await answerQuestion(context, services, text, false);
      await context.sendActivity(withButtons(context.activity.channelId, [CHECK_ELIGIBILITY], 'I can also check your eligibility with what you told me.'));
      return undefined;
    }
    return { check: { intro: fresh } };
  }
  if (command?.kind === 'change' && command.fields.length > 0) {
    await forgetFacts(context, services, check, command.fields);
    return { check: {} };
  }
  if (asksEligibility(text)) return { check: { intro: fresh } };
  await answerQuestion(context, services, text, false);
  return undefined;
}
