import { ActivityHandler, MemoryStorage, PrivateConversationState, type TurnContext } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { serveBot } from './serveBot';

/**
 * The floor of a dialog turn on the stack: a bot with the assistant's state layout and dialog depth
 * (a root component dialog and its waterfall, the check's component dialog, its loop and a text
 * prompt, the answers kept in private conversation state) that does none of the assistant's work:
 * every answer is stored as it is and the same question asked again.
 */
const storage = new MemoryStorage();
const state = new PrivateConversationState(storage);
const answers = state.createProperty<Record<string, string>>('answers');
const FIELDS = 16;

class CheckDialog extends ComponentDialog {
  constructor() {
    super('check');
    this.addDialog(new TextPrompt('prompt'));
    this.addDialog(
      new WaterfallDialog('loop', [
        async (step) => step.prompt('prompt', { prompt: 'Next question?' }),
        async (step) => {
          const stored = await answers.get(step.context, {});
          stored[`field${Object.keys(stored).length % FIELDS}`] = String(step.result);
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
dialogs.add(new RootDialog());

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
