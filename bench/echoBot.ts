import { ActivityHandler } from 'botbuilder';
import { serveBot } from './serveBot';

/** The floor of the stack: a bot that echoes each message, on botbuilder's CloudAdapter served by restify. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

serveBot(new EchoBot(), 3979);
