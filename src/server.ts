import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  DeliveryModes,
  StatusCodes,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type ExpectedReplies,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import restify, { type Request, type Response } from 'restify';
import { APOLOGY, RESEND_REQUEST, type AssistantBot } from './bot';
import type { BotCredentials, DirectLineConfig } from './config';
import { registerDirectLineRoutes } from './directLine';
import { MessageTextGuard, rejectMalformedActivity } from './inboundActivity';
import type { Logger } from './logger';
import { StateConflictError } from './storage';
import { conversationKey, TurnQueue } from './turnQueue';

/** What the HTTP service is built from. */
export interface ServerDeps {
  bot: AssistantBot;
  /** Absent: local mode (no authentication, local chat page and its endpoints mounted). */
  credentials: BotCredentials | undefined;
  /** Bot Framework cloud settings applied over the credentials (e.g. OpenID metadata URLs); default: Azure public cloud. */
  authSettings?: ConfigurationBotFrameworkAuthenticationOptions;
  logger: Logger;
  /** Present: the chat page is served and `POST /api/directline/token` hands it Direct Line tokens. */
  directLine?: DirectLineConfig;
}

type Logic = (context: TurnContext) => Promise<void>;

/** CloudAdapter that can also run a turn for the local chat page and hand back its replies. */
class ServiceAdapter extends CloudAdapter {
  /** Runs one unauthenticated turn with `deliveryMode: expectReplies`; only for local mode. */
  async runForReplies(activity: Partial<Activity>, logic: Logic): Promise<Partial<Activity>[]> {
    const turn = { ...activity, deliveryMode: DeliveryModes.ExpectReplies } as Activity;
    const response = await this.processActivity('', turn, logic);
    return (response?.body as ExpectedReplies | undefined)?.activities ?? [];
  }
}

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_TEXT_LENGTH = 4000;
const LOCAL_SERVICE_URL = 'http://127.0.0.1/';
const LOCAL_BOT = { id: 'iec-coop-assistant', name: 'IEC International Co-op assistant', role: 'bot' };
const LOCAL_ACTIVITY_TYPES: readonly string[] = [ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing];
const CONVERSATION_ID = /^[\w-]{1,64}$/;

/** The repository root: the nearest folder above this file holding package.json (the same from src/ and dist/src/). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/** jsonwebtoken's errors for a token that fails verification (bad signature, expired, not yet valid). */
const TOKEN_ERRORS: readonly string[] = ['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError'];

/** Authentication from configuration that refuses a token failing verification with 401, where the SDK answers 500. */
class TokenAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (err) {
      if (err instanceof Error && TOKEN_ERRORS.includes(err.name)) {
        throw new AuthenticationError('Unauthorized. Invalid token.', StatusCodes.UNAUTHORIZED);
      }
      throw err;
    }
  }
}

function authentication(
  credentials: BotCredentials | undefined,
  settings: ConfigurationBotFrameworkAuthenticationOptions | undefined,
): TokenAuthentication {
  return new TokenAuthentication({
    MicrosoftAppId: credentials?.appId,
    MicrosoftAppPassword: credentials?.appPassword,
    MicrosoftAppType: credentials?.appType,
    MicrosoftAppTenantId: credentials?.tenantId,
    ...settings,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The fields of a Web Chat activity the bot may see, or a reason to refuse it. */
function fromPage(body: unknown): { activity: Partial<Activity> } | { error: string } {
  if (!isRecord(body)) return { error: 'the body must be a JSON activity' };
  const { type, text, value, name, locale, from, channelData } = body;
  if (typeof type !== 'string' || !LOCAL_ACTIVITY_TYPES.includes(type)) {
    return { error: `type must be one of ${LOCAL_ACTIVITY_TYPES.join(', ')}` };
  }
  if (text !== undefined && (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH)) {
    return { error: `text must be a string of at most ${MAX_TEXT_LENGTH} characters` };
  }
  if (!isRecord(from) || typeof from.id !== 'string' || from.id === '') return { error: 'from.id is required' };
  const clientActivityID = isRecord(channelData) ? optionalString(channelData.clientActivityID) : undefined;
  return {
    activity: {
      type,
      text,
      value,
      name: optionalString(name),
      locale: optionalString(locale),
      from: { id: from.id, name: optionalString(from.name) ?? '', role: 'user' },
      channelData: clientActivityID === undefined ? undefined : { clientActivityID },
    },
  };
}

/** Completes an activity the way a channel would before the bot sees it. */
function asLocalTurn(activity: Partial<Activity>, conversationId: string): Partial<Activity> {
  return {
    ...activity,
    id: randomUUID(),
    timestamp: new Date(),
    channelId: 'webchat',
    serviceUrl: LOCAL_SERVICE_URL,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    recipient: LOCAL_BOT,
  };
}

/** Gives replies the id and timestamp a channel would, so Web Chat can order them. */
function delivered(replies: Partial<Activity>[]): Partial<Activity>[] {
  const timestamp = new Date();
  return replies.map((reply) => ({ ...reply, id: randomUUID(), timestamp }));
}

/**
 * Builds the restify server: `POST /api/messages` through a CloudAdapter authenticated from the
 * credentials, `GET /healthz`, and in local mode the chat page (`GET /`, `/static/*`) and its
 * endpoints under `/api/local/`. With Direct Line configured, the chat page and its token endpoint
 * instead. Does not listen.
 */
export function createServer({ bot, credentials, authSettings, logger, directLine }: ServerDeps): restify.Server {
  const adapter = new ServiceAdapter(authentication(credentials, authSettings));
  adapter.use(new MessageTextGuard());
  const turns = new TurnQueue();
  /** One turn at a time per conversation, so no turn saves its state over another's. */
  const logic: Logic = (context) => {
    const key = conversationKey(context.activity);
    return key === undefined ? bot.run(context) : turns.run(key, () => bot.run(context));
  };

  adapter.onTurnError = async (context, error) => {
    if (error instanceof StateConflictError) {
      logger.warn({ channelId: context.activity.channelId }, 'turn not saved: another instance saved the state first');
      await context.sendActivity(RESEND_REQUEST);
      return;
    }
    logger.error({ err: error, channelId: context.activity.channelId, activityType: context.activity.type }, 'turn failed');
    try {
      await context.sendActivity(APOLOGY);
      await bot.recoverFromFailedTurn(context);
    } catch (recoveryError) {
      logger.error({ err: recoveryError }, 'could not recover from a failed turn');
    }
  };

  const server = restify.createServer({
    name: 'iec-coop-assistant',
    // restify 11 takes a pino logger; @types/restify still declares bunyan's.
    log: logger as unknown as restify.ServerOptions['log'],
  });
  const jsonBody = [
    restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }),
    ...restify.plugins.jsonBodyParser({ bodyReader: true }),
  ];

  /** Runs a handler, answering 500 without details if it fails. */
  const guarded =
    (handler: (req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        await handler(req, res);
      } catch (err) {
        logger.error({ err, path: req.path() }, 'request failed');
        if (!res.headersSent) res.send(500, { error: 'internal error' });
      }
    };

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });

  /** With credentials, a request without a bearer token is refused here, before the SDK (which would print a stack trace for it). */
  const requireToken = (req: Request, res: Response, next: restify.Next): void => {
    if (credentials === undefined || /^Bearer\s+\S/i.test(req.header('authorization') ?? '')) {
      next();
      return;
    }
    logger.info({ path: req.path() }, 'request refused: no token');
    res.send(StatusCodes.UNAUTHORIZED, { error: 'Unauthorized' });
    next(false);
  };

  server.post('/api/messages', requireToken, jsonBody, rejectMalformedActivity, guarded((req, res) => adapter.process(req, res, logic)));

  if (credentials === undefined || directLine !== undefined) {
    const publicDir = path.join(projectRoot(), 'public');
    const webchatDir = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist');

    server.get('/', restify.plugins.serveStatic({ directory: publicDir, file: 'index.html', maxAge: 0, charSet: 'utf-8' }));
    server.get('/static/webchat.js', restify.plugins.serveStatic({ directory: webchatDir, file: 'webchat.js' }));
    server.get('/static/*', restify.plugins.serveStaticFiles(publicDir));
  }

  if (directLine !== undefined) registerDirectLineRoutes(server, directLine, logger);

  if (credentials === undefined) {
    server.post(
      '/api/local/conversations',
      guarded(async (_req, res) => {
        const conversationId = randomUUID();
        const userId = randomUUID();
        const start = asLocalTurn(
          { type: ActivityTypes.ConversationUpdate, from: { id: userId, name: '', role: 'user' }, membersAdded: [{ id: userId, name: '' }] },
          conversationId,
        );
        const replies = await adapter.runForReplies(start, logic);
        res.send(200, { conversationId, userId, activities: delivered(replies) });
      }),
    );

    server.post(
      '/api/local/conversations/:conversationId/activities',
      jsonBody,
      guarded(async (req, res) => {
        const conversationId = String(req.params.conversationId);
        const parsed = fromPage(req.body);
        if (!CONVERSATION_ID.test(conversationId) || 'error' in parsed) {
          res.send(400, { error: 'error' in parsed ? parsed.error : 'the conversation id must be 1 to 64 letters, digits, - or _' });
          return;
        }
        const turn = asLocalTurn(parsed.activity, conversationId);
        const replies = await adapter.runForReplies(turn, logic);
        res.send(200, { activities: [turn, ...delivered(replies)] });
      }),
    );
  }

  return server;
}
