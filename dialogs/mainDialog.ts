import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { CheckStore } from './checkState';
import type { DialogServices } from './dialogServices';
import { EligibilityDialog } from './eligibilityDialog';
import { routeMessage, type Route } from './routeMessage';

const ROUTE = 'mainRoute';

/**
 * The root dialog: outside a check it answers questions from the knowledge base, takes facts the
 * person volunteers and starts the eligibility check when asked for it or when given facts. Begun
 * with a {@link Route} already taken (the bot routes a message itself when no dialog is active), it
 * goes straight to the check.
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

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const taken = step.options as Partial<NonNullable<Route>>;
    const route = taken.check !== undefined ? { check: taken.check } : await routeMessage(step.context, this.services, this.store);
    return route === undefined ? step.endDialog() : step.beginDialog(EligibilityDialog.id, route.check);
  }
}
