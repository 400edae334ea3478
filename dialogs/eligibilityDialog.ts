import { InputHints, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import {
  ChoicePrompt, TextPrompt, WaterfallDialog, type Choice, type DialogContext, type DialogTurnResult,
  type FoundChoice, type PromptOptions, type PromptValidatorContext, type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { BOOLEAN_FIELDS } from '../src/eligibility/profileFields';
import type { MissingFact, ProfileField } from '../src/eligibility/types';
import { isQuestion } from '../src/understanding/isQuestion';
import { answeredBy, countryNamer, readingText, recordFacts, sendVerdict, verdictOf } from './checkProgress';
import type { CheckState, CheckStore } from './checkState';
import type { DialogServices } from './dialogServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { updateProfile } from './profileUpdate';
import { answerQuestion, orList, withButtons } from './replies';
import { SummaryDialog } from './summaryDialog';
import { messageText, readFacts, todayOf } from './turnReading';

const LOOP = 'eligibilityLoop';
const FACT_PROMPT = 'factPrompt';
const CHOICE_PROMPT = 'checkChoice';
const CONFIRM_PROMPT = 'readingConfirm';
/** Failed answers to one question before the person is offered to skip it. */
export const MAX_ATTEMPTS = 3;
/** Unclear answers to "did you mean A or B?" before the first reading is kept. */
const MAX_CONFIRM_ATTEMPTS = 2;

const SKIP = 'Skip';
const GO_ON = 'Go on';
const STOP_HERE = 'Stop here';
const INTRO =
  "Let's check your eligibility for the International Co-op work permit. I'll ask only what I don't know yet, " +
  'one question at a time: answer in your own words. Along the way you can ask me anything, say "am I eligible?" ' +
  'for the verdict so far, or "help".';
const DONE =
  'You can ask me anything else, or correct an answer (e.g. "actually I\'m 29") and I\'ll check again.';

/** Options of {@link EligibilityDialog}. */
export interface EligibilityOptions {
  /** Introduce the check before the first question. */
  intro?: boolean;
}

/** What the loop asked, to read the answer in the next step. */
type Asked = 'fact' | 'confirm' | 'fail' | 'summary';

/** The loop step's record of what it asked. */
function asked(step: WaterfallStepContext): { kind?: Asked } {
  return step.values as { kind?: Asked };
}

/** How a question is shown: its text and buttons. */
interface Question {
  text: string;
  buttons: string[];
}

const EXAMPLES: Partial<Record<ProfileField, string>> = {
  citizenship: 'for example Germany',
  dateOfBirth: 'for example 12 March 1999; you can also just tell me your age',
  internshipStart: 'for example 1 June 2027',
  internshipEnd: 'for example 30 November 2027',
  passportExpiry: 'for example 14 May 2030',
  teer: 'if you don\'t know it, say "I don\'t know"',
};

/** Teams shows at most six buttons on a card. */
const MAX_BUTTONS = 6;

const BUTTONS: Partial<Record<ProfileField, string[]>> = {
  teer: ['TEER 0', 'TEER 1', 'TEER 2', 'TEER 3', 'TEER 4', 'TEER 5'],
  earlierParticipations: ['Never', 'Once', 'Twice'],
};

function questionFor(fact: MissingFact, open: readonly MissingFact[]): Question {
  if (fact.field === 'internshipStart' && open.some((f) => f.field === 'internshipEnd')) {
    return { text: 'When does the internship start and end? (for example from 1 June to 30 November 2027)', buttons: [] };
  }
  const example = EXAMPLES[fact.field];
  const text = example === undefined ? fact.question : `${fact.question} (${example})`;
  return { text, buttons: BUTTONS[fact.field] ?? (BOOLEAN_FIELDS.includes(fact.field) ? ['Yes', 'No'] : []) };
}

/** The question as a message, its buttons rendered as the channel allows (suggested actions, or a card in Teams). */
function questionActivity(context: TurnContext, text: string, buttons: readonly string[]): Partial<Activity> {
  return buttons.length === 0
    ? MessageFactory.text(text, undefined, InputHints.ExpectingInput)
    : withButtons(context.activity.channelId, buttons, text);
}

/**
 * The eligibility check: asks the facts the verdict still misses, one at a time and in the engine's
 * order, confirms readings that could mean two things, says at once when a requirement fails (offering
 * to go on), shows the answers for correction, then the verdict.
 */
export class EligibilityDialog extends InterruptibleDialog {
  static readonly id = 'eligibilityDialog';

  constructor(services: DialogServices, store: CheckStore) {
    super(EligibilityDialog.id, services, store);
    this.addDialog(new TextPrompt(FACT_PROMPT, (pc) => this.validateAnswer(pc)));
    const choicePrompt = new ChoicePrompt(CHOICE_PROMPT);
    const confirmPrompt = new ChoicePrompt(CONFIRM_PROMPT, async (pc) => pc.recognized.succeeded || pc.attemptCount >= MAX_CONFIRM_ATTEMPTS);
    for (const prompt of [choicePrompt, confirmPrompt]) {
      prompt.recognizerOptions = { allowPartialMatches: true };
      this.addDialog(prompt);
    }
    this.addDialog(new SummaryDialog(services, store));
    this.addDialog(new WaterfallDialog(LOOP, [(step) => this.askNext(step), (step) => this.takeAnswer(step)]));
    this.initialDialogId = LOOP;
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: EligibilityOptions): Promise<DialogTurnResult> {
    if (options?.intro === true) await innerDc.context.sendActivity(INTRO);
    return super.onBeginDialog(innerDc, options);
  }

  protected override async restart(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(LOOP);
  }

  private async askNext(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const check = await this.store.get(context);
    check.asking = undefined;
    const verdict = verdictOf(context, this.services, check.profile);
    const failed = verdict.criteria.filter((c) => c.status === 'not-met');
    check.announced = check.announced.filter((id) => failed.some((c) => c.id === id));
    const open = verdict.missing.filter((fact) => !check.skipped.includes(fact.field));

    if (check.confirming !== undefined) return this.confirmReading(step, check);
    const news = failed.filter((c) => !check.announced.includes(c.id));
    check.announced.push(...news.map((c) => c.id));
    if (news.length > 0 && open.length > 0) return this.announceFailure(step, news.map((c) => c.reason));
    const next = open[0];
    if (next !== undefined) return this.ask(step, check, next, open);
    if (!check.confirmed) {
      asked(step).kind = 'summary' satisfies Asked;
      return step.beginDialog(SummaryDialog.id);
    }
    await sendVerdict(context, this.services, check.profile);
    await context.sendActivity(DONE);
    return step.endDialog();
  }

  private async ask(step: WaterfallStepContext, check: CheckState, fact: MissingFact, open: readonly MissingFact[]): Promise<DialogTurnResult> {
    check.asking = fact.field;
    check.confirmed = false;
    asked(step).kind = 'fact' satisfies Asked;
    const question = questionFor(fact, open);
    const options: PromptOptions = {
      prompt: questionActivity(step.context, question.text, question.buttons),
      validations: question,
    };
    return step.prompt(FACT_PROMPT, options);
  }

  private async validateAnswer(pc: PromptValidatorContext<string>): Promise<boolean> {
    const check = await this.store.get(pc.context);
    const field = check.asking;
    if (field === undefined) return false;
    const reading = readFacts(pc.context, this.services, field);
    if (answeredBy(field).some((f) => reading.facts[f] !== undefined)) return true;
    const question = pc.options.validations as Question;
    const hint = reading.rejected.find((r) => r.field === field)?.reason ?? "Sorry, I didn't get that.";
    const tooMany = pc.attemptCount >= MAX_ATTEMPTS;
    const text = tooMany
      ? `${hint}\n\nIf you'd rather not answer now, say "skip": I'll leave it open and the verdict will show it as unknown. ` +
        `Or say "cancel" to stop the check.\n\n${question.text}`
      : `${hint}\n\n${question.text}`;
    const buttons = tooMany ? [...(question.buttons.length < MAX_BUTTONS ? question.buttons : []), SKIP] : question.buttons;
    pc.options.retryPrompt = questionActivity(pc.context, text, buttons);
    return false;
  }

  private async confirmReading(step: WaterfallStepContext, check: CheckState): Promise<DialogTurnResult> {
    const ambiguity = check.confirming;
    const namer = countryNamer(this.services);
    const readings = ambiguity === undefined ? [] : [ambiguity.chosen, ...ambiguity.alternatives];
    const choices: Choice[] = readings.map((facts) => ({ value: readingText(facts, namer) }));
    asked(step).kind = 'confirm' satisfies Asked;
    const options = orList(choices.map((c) => c.value));
    let prompt = `Just to be sure: did you mean ${options}?`;
    if (ambiguity?.chosen.citizenship !== undefined) {
      prompt = `You named more than one country: which passport will you apply with, ${options}?`;
    } else if (choices.length === 2) {
      prompt = `Just to be sure: do you mean ${choices[0].value}, or ${choices[1].value}?`;
      choices[0].synonyms = ['yes', 'yeah', 'yep', 'correct', 'right', 'the first'];
      choices[1].synonyms = ['no', 'nope', 'the second', 'the other'];
    }
    return step.prompt(CONFIRM_PROMPT, {
      prompt,
      retryPrompt: `Please pick one: ${options}. You can also type it again in full.`,
      choices,
    });
  }

  private async announceFailure(step: WaterfallStepContext, reasons: readonly string[]): Promise<DialogTurnResult> {
    asked(step).kind = 'fail' satisfies Asked;
    const because = reasons.length === 1 ? reasons[0] : reasons.map((r) => `- ${r}`).join('\n');
    await step.context.sendActivity(`I'm sorry, that rules you out for this permit:\n\n${because}`);
    return step.prompt(CHOICE_PROMPT, {
      prompt: 'I can go on with the other questions so you see the whole picture, or stop here and show you the verdict.',
      retryPrompt: `Shall I go on with the questions, or stop here? Please answer "${GO_ON}" or "${STOP_HERE}".`,
      choices: [
        { value: GO_ON, synonyms: ['continue', 'go on', 'carry on', 'keep going', 'yes', 'go ahead'] },
        { value: STOP_HERE, synonyms: ['stop here', 'no', 'show the verdict', 'verdict', 'enough'] },
      ],
    });
  }

  private async takeAnswer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const check = await this.store.get(context);
    switch (asked(step).kind) {
      case 'fact': {
        const field = check.asking;
        if (field !== undefined) await recordFacts(context, this.services, check, readFacts(context, this.services, field), field);
        if (isQuestion(messageText(context))) await answerQuestion(context, this.services, messageText(context), true);
        break;
      }
      case 'confirm': {
        const ambiguity = check.confirming;
        check.confirming = undefined;
        const index = (step.result as FoundChoice | undefined)?.index ?? 0;
        const chosen = index === 0 ? ambiguity?.chosen : ambiguity?.alternatives[index - 1];
        if (chosen === undefined) break;
        check.profile = updateProfile(check.profile, chosen, this.services.rules, todayOf(context, this.services.clock)).profile;
        const value = readingText(chosen, countryNamer(this.services));
        await context.sendActivity(
          step.result === undefined
            ? `I'll keep ${value}. If that's wrong, just tell me again, in words.`
            : `Thanks: ${value}.`,
        );
        break;
      }
      case 'fail':
        if ((step.result as FoundChoice).value === STOP_HERE) {
          await sendVerdict(context, this.services, check.profile);
          await context.sendActivity(DONE);
          return step.endDialog();
        }
        break;
      case 'summary':
        check.confirmed = step.result === true;
        break;
    }
    return step.replaceDialog(LOOP);
  }
}
