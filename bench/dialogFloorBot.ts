import { ActivityHandler, MemoryStorage, PrivateConversationState, type TurnContext } from 'botbuilder';
import {
  ComponentDialog, DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type Dialog, type DialogState, type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { serveBot } from './serveBot';

/**
 * The floor of a dialog turn on the stack: a bot that keeps its answers and dialog stack in private
 * conversation state, as the assistant does, but does none of its work: every answer is stored as it
 * is and the same question asked again. `FLOOR_DEPTH=assistant` (the default) has the assistant's
 * dialog depth (a root component dialog and its waterfall, the check's component dialog, its loop and
 * a text prompt); `FLOOR_DEPTH=one` has a single waterfall, the least a botbuilder-dialogs turn can be.
 */
const storage = new MemoryStorage();
const state = new PrivateConversationState(storage);
const answers = state.createProperty<Record<string, string>>('answers');
const FIELDS = 16;

async function store(step: WaterfallStepContext, answer: unknown): Promise<void> {
  const stored = await answers.get(step.context, {});
  stored[`field${Object.keys(stored).length % FIELDS}`] = String(answer);
}

/** One waterfall: asks, then stores the answer and starts again. */
function oneLevel(): Dialog {
  return new WaterfallDialog('root', [
    async (step) => {
      await step.context.sendActivity('Next question?');
      return { status: DialogTurnStatus.waiting };
    },
    async (step) => {
      await store(step, step.context.activity.text);
      return step.replaceDialog('root');
    },
  ]);
}

class CheckDialog extends ComponentDialog {
  constructor() {
    super('check');
    this.addDialog(new TextPrompt('prompt'));
    this.addDialog(
      new WaterfallDialog('loop', [
        async (step) => step.prompt('prompt', { prompt: 'Next question?' }),
        async (step) => {
          await store(step, step.result);
          return step.replaceDialog('loop');
        },
      ]),
    );
    this.initialDialogId = 'loop';
  }
}

class RootDialog extends ComponentDialog {
  constructor() {
    super('root');
    this.addDialog(new CheckDialog());
    this.addDialog(new WaterfallDialog('route', [async (step) => step.beginDialog('check')]));
    this.initialDialogId = 'route';
  }
}

const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
dialogs.add(process.env.FLOOR_DEPTH === 'one' ? oneLevel() : new RootDialog());

class DialogFloorBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('root');
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await state.saveChanges(context);
  }
}

serveBot(new DialogFloorBot(), 3980);
