import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { BOOLEAN_FIELDS } from '../src/eligibility/profileFields';
import type { Profile, ProfileField } from '../src/eligibility/types';
import { isQuestion } from '../src/understanding/isQuestion';
import type { ExtractedFacts } from '../src/understanding/types';
import { andList, answeredBy, countryNamer, factLabel, forgetFacts, readingText, recordFacts, sendVerdict } from './checkProgress';
import type { CheckState, CheckStore } from './checkState';
import { readCommand, type Command } from './commands';
import type { DialogServices } from './dialogServices';
import { updateProfile, withoutFacts } from './profileUpdate';
import { answerQuestion, CHECK_HELP_TEXT, namesFaqTopic } from './replies';
import { messageText, readFacts, todayOf } from './turnReading';

const CANCELLED = 'OK, I stopped the check and cleared your answers. Ask me anything, or say "check my eligibility" to start again.';
const STARTING_OVER = "Let's start over: I've cleared your answers.";
const CHANGE_WHAT =
  'Tell me the right answer, e.g. "actually I\'m 31" or "my internship is from June to November 2027", ' +
  'or which one to change, e.g. "change my dates", "change my country".';

const LEADING_NO = /^\W*(?:no|nope|nah)\b/i;

/**
 * True for "no, I'm Swiss" said to a yes/no question after "I'm German": the "no" contradicts an
 * earlier answer that the message changes, rather than answering the question.
 */
function contradicts(text: string, asking: ProfileField, profile: Profile, facts: Partial<Profile>): boolean {
  if (!BOOLEAN_FIELDS.includes(asking) || !LEADING_NO.test(text)) return false;
  const known = (field: ProfileField): unknown => (field === 'statedAge' ? profile.dateOfBirth ?? profile.statedAge : profile[field]);
  return (Object.keys(facts) as ProfileField[]).some(
    (field) => field !== asking && known(field) !== undefined && known(field) !== facts[field],
  );
}

/**
 * Handles what a person may say at any point of the check, once for every dialog inside it: cancel,
 * start over, help, "am I eligible?", skip, corrections and other facts, and questions about the permit.
 * The pending question is then asked again, or the check goes on from the changed answers.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  protected constructor(
    dialogId: string,
    protected readonly services: DialogServices,
    protected readonly store: CheckStore,
  ) {
    super(dialogId);
  }

  /** Goes on with the check from the current answers, e.g. after they changed. */
  protected abstract restart(innerDc: DialogContext): Promise<DialogTurnResult>;

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.context.activity.type === ActivityTypes.Message) {
      const handled = await this.interrupt(innerDc);
      if (handled !== undefined) return handled;
    }
    return super.onContinueDialog(innerDc);
  }

  private async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /** Handles the message if it is not an answer to the pending prompt; undefined lets the prompt take it. */
  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = innerDc;
    const text = messageText(context);
    const check = await this.store.get(context);
    const command = readCommand(text);
    const handled = command === undefined ? undefined : await this.runCommand(innerDc, command, check);
    if (handled !== undefined) return handled;

    let reading = readFacts(context, this.services, check.asking);
    if (Object.keys(reading.facts).length > 0) {
      const asking = check.asking;
      if (asking !== undefined && answeredBy(asking).some((field) => reading.facts[field] !== undefined)) {
        if (!contradicts(text, asking, check.profile, reading.facts)) return undefined;
        reading = readFacts(context, this.services, undefined);
      }
      const rest = await this.settleConfirmation(innerDc, check, reading);
      if (Object.keys(rest.facts).length > 0) await recordFacts(context, this.services, check, rest);
      if (isQuestion(text)) await answerQuestion(context, this.services, text, true);
      return this.restart(innerDc);
    }
    if (command?.kind === 'change' && (command.fields.length > 0 || check.asking !== undefined)) {
      return this.change(innerDc, check, command.fields);
    }
    const otherHints = reading.rejected.filter((r) => r.field !== check.asking);
    if (otherHints.length > 0) {
      await context.sendActivity(otherHints.map((r) => r.reason).join('\n\n'));
      return this.reprompt(innerDc);
    }
    if (isQuestion(text) || namesFaqTopic(text, this.services.knowledge.faq)) {
      const outcome = await answerQuestion(context, this.services, text, true);
      return outcome === 'clarify' ? Dialog.EndOfTurn : this.reprompt(innerDc);
    }
    return undefined;
  }

  /**
   * While "did you mean A or B?" waits, a message that states one of them ("Swiss") settles it; one that
   * states something else replaces the question. Returns the message's other facts.
   */
  private async settleConfirmation(innerDc: DialogContext, check: CheckState, reading: ExtractedFacts): Promise<ExtractedFacts> {
    const confirming = check.confirming;
    if (confirming === undefined) return reading;
    const fields = Object.keys(confirming.chosen) as ProfileField[];
    if (!fields.some((field) => reading.facts[field] !== undefined)) return reading;
    check.confirming = undefined;
    const picked = [confirming.chosen, ...confirming.alternatives].find((facts) => fields.every((f) => facts[f] === reading.facts[f]));
    if (picked === undefined) return reading;
    check.profile = updateProfile(check.profile, picked, this.services.rules, todayOf(innerDc.context, this.services.clock)).profile;
    await innerDc.context.sendActivity(`Thanks: ${readingText(picked, countryNamer(this.services))}.`);
    return { ...reading, facts: withoutFacts(reading.facts, fields) };
  }

  private async runCommand(innerDc: DialogContext, command: Command, check: CheckState): Promise<DialogTurnResult | undefined> {
    const { context } = innerDc;
    switch (command.kind) {
      case 'cancel':
        await this.store.clear(context);
        await context.sendActivity(CANCELLED);
        return innerDc.cancelAllDialogs();
      case 'startOver':
        await this.store.clear(context);
        await context.sendActivity(STARTING_OVER);
        return this.restart(innerDc);
      case 'help':
        await context.sendActivity(CHECK_HELP_TEXT);
        return this.reprompt(innerDc);
      case 'greeting':
        await context.sendActivity('Hello again! We are in the middle of your eligibility check.');
        return this.reprompt(innerDc);
      case 'verdict':
        await context.sendActivity('Here is where you stand so far:');
        await sendVerdict(context, this.services, check.profile);
        await context.sendActivity("Let's go on.");
        return this.reprompt(innerDc);
      case 'skip': {
        const field = check.asking;
        if (field === undefined) return undefined;
        const fields = answeredBy(field).filter((f) => check.profile[f] === undefined && f !== 'statedAge');
        check.skipped.push(...fields.filter((f) => !check.skipped.includes(f)));
        const labels = [...new Set(fields.map((f) => factLabel(this.services, f)))];
        await context.sendActivity(
          `No problem, I'll leave ${andList(labels)} open: the verdict will show it as unknown. You can tell me later at any time.`,
        );
        return this.restart(innerDc);
      }
      case 'change':
        return undefined;
    }
  }

  private async change(innerDc: DialogContext, check: CheckState, fields: readonly ProfileField[]): Promise<DialogTurnResult> {
    if (fields.length === 0) {
      await innerDc.context.sendActivity(CHANGE_WHAT);
      return this.reprompt(innerDc);
    }
    await forgetFacts(innerDc.context, this.services, check, fields);
    return this.restart(innerDc);
  }
}
