import { MessageFactory } from 'botbuilder';
import {
  ChoicePrompt, ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type FoundChoice,
  type PromptValidatorContext, type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { summaryCard } from '../src/cards/summaryCard';
import { countryNamer, forgetFacts } from './checkProgress';
import type { CheckStore } from './checkState';
import { factsNamedIn } from './commands';
import type { DialogServices } from './dialogServices';
import { cardReply } from './replies';

const STEPS = 'summarySteps';
const CONFIRM_PROMPT = 'summaryConfirm';
const CHANGE_PROMPT = 'summaryChange';
const RIGHT = "That's right";
const CHANGE = 'Change something';
/** Unclear answers to "what should I change?" before the summary is shown again. */
const MAX_ATTEMPTS = 2;
const WHICH =
  'What should I change? Tell me the right answer (e.g. "I\'m 31") or name the answer to change ' +
  '(e.g. "country", "date of birth", "internship dates", "passport").';

/**
 * Shows the person's answers and asks whether they are right. Ends with `true` when confirmed,
 * `false` when an answer was cleared to be asked again. A corrected fact typed here is taken by the
 * enclosing check, which shows the summary again.
 */
export class SummaryDialog extends ComponentDialog {
  static readonly id = 'summaryDialog';

  constructor(
    private readonly services: DialogServices,
    private readonly store: CheckStore,
  ) {
    super(SummaryDialog.id);
    this.addDialog(new ChoicePrompt(CONFIRM_PROMPT));
    this.addDialog(
      new TextPrompt(
        CHANGE_PROMPT,
        async (pc: PromptValidatorContext<string>) => factsNamedIn(pc.recognized.value ?? '').length > 0 || pc.attemptCount >= MAX_ATTEMPTS,
      ),
    );
    this.addDialog(new WaterfallDialog(STEPS, [(s) => this.show(s), (s) => this.confirmed(s), (s) => this.change(s)]));
    this.initialDialogId = STEPS;
  }

  private async show(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const check = await this.store.get(step.context);
    await step.context.sendActivity(cardReply(step.context, summaryCard(check.profile, check.skipped, countryNamer(this.services))));
    return step.prompt(CONFIRM_PROMPT, {
      prompt: 'Is all of this right?',
      choices: [
        { value: RIGHT, synonyms: ['yes', 'yep', 'correct', 'right', 'ok', 'okay', 'looks good', 'all good', 'confirm'] },
        { value: CHANGE, synonyms: ['no', 'change', 'wrong', 'edit', 'correct something', 'not right'] },
      ],
    });
  }

  private async confirmed(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((step.result as FoundChoice).value === RIGHT) return step.endDialog(true);
    return step.prompt(CHANGE_PROMPT, {
      prompt: MessageFactory.text(WHICH),
      retryPrompt: MessageFactory.text(`Sorry, I didn't get which answer. ${WHICH}`),
    });
  }

  private async change(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const fields = factsNamedIn(step.result as string);
    if (fields.length === 0) {
      await step.context.sendActivity("I'll leave your answers as they are.");
      return step.endDialog(false);
    }
    await forgetFacts(step.context, this.services, await this.store.get(step.context), fields);
    return step.endDialog(false);
  }
}
