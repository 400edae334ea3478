import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryStorage } from 'botbuilder';
import { expect } from 'chai';
import { AssistantBot } from '../../src/bot';
import type { BotCredentials, DirectLineConfig } from '../../src/config';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';
import { realMatcher } from './testServer';

const SECRET = 'dl-secret.Xq7.never-in-a-browser';
const CREDENTIALS: BotCredentials = {
  appId: '0b5e7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  appType: 'MultiTenant',
  appPassword: 'not-a-real-secret',
  tenantId: undefined,
};

interface Received {
  method: string | undefined;
  url: string | undefined;
  authorization: string | undefined;
  body: unknown;
}

type Answer = { status: number; body: string };

/** A stand-in for the Direct Line token service on loopback, answering what `answer` says. */
async function startTokenService(answer: () => Answer): Promise<{ endpoint: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createHttpServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body: JSON.parse(text) });
      const { status, body } = answer();
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, received, server };
}

const issued = (conversationId: string): Answer => ({
  status: 200,
  body: JSON.stringify({ conversationId, token: `token-for-${conversationId}`, expires_in: 1800 }),
});

/** The service as `src/index.ts` builds it with an app id and Direct Line, on port 0, logging into memory. */
async function startBot(directLine: DirectLineConfig | undefined): Promise<{ baseUrl: string; logs: string[]; server: Server }> {
  const logs: string[] = [];
  const logger = createLogger('info', { write: (line: string) => logs.push(line) });
  const knowledge = loadKnowledge();
  const bot = new AssistantBot({ matcher: realMatcher, season: knowledge.season, storage: new MemoryStorage(), logger });
  const server = createServer({ bot, credentials: CREDENTIALS, logger, directLine });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, logs, server: server.server };
}

const close = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

describe('production Web Chat: Direct Line tokens from the bot server', () => {
  let answer: () => Answer;
  let tokenService: Awaited<ReturnType<typeof startTokenService>>;
  let bot: Awaited<ReturnType<typeof startBot>>;
  let conversations = 0;

  const requestToken = (): Promise<Response> => fetch(`${bot.baseUrl}/api/directline/token`, { method: 'POST' });

  beforeEach(async () => {
    answer = () => issued(`conversation-${++conversations}`);
    tokenService = await startTokenService(() => answer());
    bot = await startBot({ secret: SECRET, endpoint: tokenService.endpoint });
  });

  afterEach(async () => {
    await close(bot.server);
    await close(tokenService.server);
  });

  it('exchanges the secret for a token bound to a new dl_ user id', async () => {
    const response = await requestToken();
    expect(response.status).to.equal(200);
    expect(response.headers.get('cache-control')).to.equal('no-store');
    const session = (await response.json()) as Record<string, unknown>;
    expect(session).to.have.keys(['token', 'conversationId', 'expiresIn', 'userId', 'domain']);
    expect(session).to.include({ expiresIn: 1800, domain: `${tokenService.endpoint}/v3/directline` });
    expect(session.userId).to.match(/^dl_[\w-]{20,}$/);
    expect(session.token).to.equal(`token-for-${String(session.conversationId)}`);

    expect(tokenService.received).to.deep.equal([
      {
        method: 'POST',
        url: '/v3/directline/tokens/generate',
        authorization: `Bearer ${SECRET}`,
        body: { user: { id: session.userId } },
      },
    ]);

    const second = (await (await requestToken()).json()) as Record<string, unknown>;
    expect(second.userId).to.match(/^dl_/).and.not.equal(session.userId);
    expect(second.conversationId).not.to.equal(session.conversationId);
  });

  it('never sends the secret to a browser nor logs it', async () => {
    const responses = [
      await requestToken(),
      await fetch(`${bot.baseUrl}/`),
      await fetch(`${bot.baseUrl}/static/chat.js`),
      await fetch(`${bot.baseUrl}/healthz`),
    ];
    answer = () => ({ status: 403, body: '{"error":{"code":"BadArgument"}}' });
    responses.push(await requestToken());
    for (const response of responses) {
      expect(response.status, response.url).to.be.oneOf([200, 502]);
      const headers = JSON.stringify([...response.headers]);
      expect(`${headers}\n${await response.text()}`, response.url).not.to.include(SECRET);
    }
    expect(bot.logs.join('\n')).to.include('direct line token exchange failed').and.not.include(SECRET);
  });

  it('answers 502 with a plain error when the token service refuses, and logs its status', async () => {
    answer = () => ({ status: 403, body: '{"error":{"code":"BadArgument","message":"Invalid secret"}}' });
    const response = await requestToken();
    expect(response.status).to.equal(502);
    const body = (await response.json()) as { error: string };
    expect(body.error).to.match(/not available right now/);
    const logged = bot.logs.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.status === 403);
    expect(logged).to.include({ msg: 'direct line token exchange failed' });
    expect(String(logged?.reason)).to.include('HTTP 403');
  });

  it('answers 502 when the token service answers without a token', async () => {
    answer = () => ({ status: 200, body: '{"conversationId":"c"}' });
    expect((await requestToken()).status).to.equal(502);
  });

  it('answers 502 when the token service cannot be reached', async () => {
    await close(tokenService.server);
    const response = await requestToken();
    expect(response.status).to.equal(502);
    expect(bot.logs.join('\n')).to.include('cannot be reached');
    tokenService = await startTokenService(() => answer());
  });

  it('serves the chat page and keeps the local-only endpoints off', async () => {
    const page = await fetch(`${bot.baseUrl}/`);
    expect(page.status).to.equal(200);
    expect(await page.text()).to.include('<h1>');
    const local = await fetch(`${bot.baseUrl}/api/local/conversations`, { method: 'POST' });
    expect(local.status).to.be.oneOf([404, 405]);
  });
});

describe('with an app id and no Direct Line secret', () => {
  it('serves neither the chat page, nor the token endpoint, nor the local endpoints', async () => {
    const bot = await startBot(undefined);
    try {
      for (const [method, route] of [
        ['GET', '/'],
        ['POST', '/api/directline/token'],
        ['POST', '/api/local/conversations'],
      ] as const) {
        const response = await fetch(`${bot.baseUrl}${route}`, { method });
        expect(response.status, route).to.be.oneOf([404, 405]);
      }
    } finally {
      await close(bot.server);
    }
  });
});
