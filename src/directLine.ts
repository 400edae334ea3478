import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { DirectLineConfig } from './config';
import type { Logger } from './logger';

/** What the chat page needs to open a Direct Line conversation; holds no secret. */
export interface DirectLineSession {
  /** Short-lived token bound to one conversation and one user. */
  token: string;
  conversationId: string;
  /** Seconds until the token expires. */
  expiresIn: number;
  /** The user id the token is bound to; Web Chat must use the same. */
  userId: string;
  /** The Direct Line API base for Web Chat's `createDirectLine({ domain })`. */
  domain: string;
}

/** The Direct Line service refused or failed to issue a token. */
export class DirectLineTokenError extends Error {
  constructor(
    message: string,
    /** The service's HTTP status, when it answered. */
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'DirectLineTokenError';
  }
}

/** Route of the token endpoint the chat page calls. */
export const TOKEN_ROUTE = '/api/directline/token';

const TIMEOUT_MS = 10_000;

/** Direct Line expects user ids of tokens it issues for Web Chat to start with `dl_`. */
function newUserId(): string {
  return `dl_${randomUUID()}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Exchanges the Direct Line secret for a token bound to `userId`
 * (`POST {endpoint}/v3/directline/tokens/generate`).
 * @throws DirectLineTokenError when the service cannot be reached, refuses, or answers something else than a token.
 */
export async function generateDirectLineToken(config: DirectLineConfig, userId: string): Promise<DirectLineSession> {
  const domain = `${config.endpoint}/v3/directline`;
  let response: globalThis.Response;
  try {
    response = await fetch(`${domain}/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${config.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    const reason = err instanceof Error && err.name === 'TimeoutError' ? 'did not answer in time' : 'cannot be reached';
    throw new DirectLineTokenError(`the Direct Line service ${reason}`, undefined);
  }
  if (!response.ok) {
    throw new DirectLineTokenError(`the Direct Line service refused the token request (HTTP ${response.status})`, response.status);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!isRecord(body) || typeof body.token !== 'string' || typeof body.conversationId !== 'string') {
    throw new DirectLineTokenError('the Direct Line service answered without a token', response.status);
  }
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : undefined;
  if (expiresIn === undefined) {
    throw new DirectLineTokenError('the Direct Line service answered without an expiry', response.status);
  }
  return { token: body.token, conversationId: body.conversationId, expiresIn, userId, domain };
}

/**
 * Mounts `POST /api/directline/token`: each call exchanges the secret for a token bound to a new
 * user id and answers `DirectLineSession`; the secret never leaves the server. A failure of the
 * Direct Line service answers 502 `{ error }` and is logged without the secret.
 */
export function registerDirectLineRoutes(server: Server, config: DirectLineConfig, logger: Logger): void {
  server.post(TOKEN_ROUTE, async (_req: Request, res: Response) => {
    res.header('cache-control', 'no-store');
    try {
      res.send(200, await generateDirectLineToken(config, newUserId()));
    } catch (err) {
      if (!(err instanceof DirectLineTokenError)) throw err;
      logger.error({ status: err.status, reason: err.message }, 'direct line token exchange failed');
      res.send(502, { error: 'The chat service is not available right now. Please try again in a few minutes.' });
    }
  });
}
