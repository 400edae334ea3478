import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { Next, Request, Response } from 'restify';

/** The longest message text the bot reads; longer messages get a request to be shorter. */
export const MAX_MESSAGE_LENGTH = 4000;

/** Control characters other than tab, line feed and carriage return. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Halves of surrogate pairs standing alone (not valid UTF-16 text). */
const UNPAIRED_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasId(value: unknown): boolean {
  return isRecord(value) && typeof value.id === 'string' && value.id !== '';
}

function isHttpUrl(value: unknown): boolean {
  return typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}

const OPTIONAL_STRINGS = ['id', 'text', 'locale', 'textFormat', 'deliveryMode', 'name', 'replyToId'];
const OPTIONAL_ARRAYS = ['entities', 'attachments', 'membersAdded', 'membersRemoved'];

/**
 * What makes a request body unfit to be an activity: a missing or mistyped field the Bot Framework
 * protocol requires (type, channelId, serviceUrl, conversation, from, recipient) or a mistyped
 * optional one. Undefined when the body can be processed.
 */
export function activityProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'the body must be a JSON object (an activity)';
  if (typeof body.type !== 'string' || body.type === '') return 'type is required';
  if (typeof body.channelId !== 'string' || body.channelId === '') return 'channelId is required';
  if (!isHttpUrl(body.serviceUrl)) return 'serviceUrl must be an http(s) URL';
  for (const field of ['conversation', 'from', 'recipient']) {
    if (!hasId(body[field])) return `${field}.id is required`;
  }
  const wrongString = OPTIONAL_STRINGS.find((field) => body[field] != null && typeof body[field] !== 'string');
  if (wrongString !== undefined) return `${wrongString} must be a string`;
  const wrongArray = OPTIONAL_ARRAYS.find((field) => body[field] != null && !Array.isArray(body[field]));
  if (wrongArray !== undefined) return `${wrongArray} must be an array`;
  if (body.channelData != null && !isRecord(body.channelData)) return 'channelData must be an object';
  for (const field of ['membersAdded', 'membersRemoved']) {
    const members = body[field];
    if (Array.isArray(members) && !members.every(hasId)) return `every member of ${field} needs an id`;
  }
  return undefined;
}

/** Restify handler answering 400 with the problem when the body is not an activity. */
export function rejectMalformedActivity(req: Request, res: Response, next: Next): void {
  const problem = activityProblem(req.body);
  if (problem === undefined) {
    next();
    return;
  }
  res.send(400, { error: problem });
  next(false);
}

/**
 * Turn middleware cleaning what people type before the bot reads it: control characters and
 * unpaired surrogates are removed, and a message longer than {@link MAX_MESSAGE_LENGTH} is answered
 * with a request for a shorter one instead of being read.
 */
export class MessageTextGuard implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (activity.type !== ActivityTypes.Message || typeof activity.text !== 'string') {
      await next();
      return;
    }
    activity.text = activity.text.replace(UNPAIRED_SURROGATES, '').replace(CONTROL_CHARACTERS, '');
    if (activity.text.length > MAX_MESSAGE_LENGTH) {
      await context.sendActivity(
        `That message is too long for me to read (${activity.text.length.toLocaleString('en')} characters). ` +
          `Please ask in at most ${MAX_MESSAGE_LENGTH.toLocaleString('en')} characters, one question at a time.`,
      );
      return;
    }
    await next();
  }
}
