import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { launchBrowser, startBot, type Browser, type RunningBot } from './browserSession';

const SECRET = 'dl-secret.browser-test.must-stay-on-the-server';
const APP_ID = '0b5e7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
}

/**
 * A stand-in for the Direct Line service on loopback: issues a token to the bot's server, and
 * records what the browser then sends with it (answering CORS, refusing the conversation).
 */
async function startDirectLine(): Promise<{ endpoint: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    req.resume();
    req.on('end', () => {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? '*');
      res.setHeader('access-control-allow-methods', 'GET, POST');
      res.setHeader('content-type', 'application/json');
      if (req.method === 'OPTIONS') {
        res.writeHead(204);
        res.end();
      } else if (req.url === '/v3/directline/tokens/generate') {
        res.writeHead(200);
        res.end(JSON.stringify({ conversationId: 'conv-1', token: 'token-for-conv-1', expires_in: 1800 }));
      } else {
        res.writeHead(403);
        res.end('{"error":{"code":"Forbidden"}}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

/** Waits until `condition` holds, for at most 10 s. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the chat page in production mode (Direct Line) in headless Chromium', () => {
  let directLine: Awaited<ReturnType<typeof startDirectLine>>;
  let bot: RunningBot;
  let browser: Browser;

  before(async () => {
    directLine = await startDirectLine();
    [bot, browser] = await Promise.all([
      startBot({
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-a-real-password',
        DIRECTLINE_SECRET: SECRET,
        DIRECTLINE_ENDPOINT: directLine.endpoint,
      }),
      launchBrowser(),
    ]);
  });

  after(async () => {
    await browser?.close();
    await bot?.stop();
    directLine?.server.closeAllConnections();
    await new Promise((resolve) => directLine?.server.close(resolve));
  });

  it('connects Web Chat with a token from the bot, never seeing the secret', async () => {
    const page = await browser.context.newPage();
    const sent: string[] = [];
    const received: string[] = [];
    page.on('request', (request) => sent.push(`${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`));
    page.on('response', async (response) => received.push(`${JSON.stringify(response.headers())} ${await response.text().catch(() => '')}`));

    await page.goto(`${bot.baseUrl}/`);
    expect(await page.title()).to.equal('IEC International Co-op assistant');
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor();
    await until(() => directLine.seen.some((request) => request.headers.authorization === 'Bearer token-for-conv-1'));

    const fromBot = directLine.seen.filter((request) => request.url === '/v3/directline/tokens/generate');
    expect(fromBot.map((request) => request.headers.authorization)).to.deep.equal([`Bearer ${SECRET}`]);
    const fromBrowser = directLine.seen.filter((request) => request.url !== '/v3/directline/tokens/generate');
    expect(fromBrowser.some((request) => request.url?.startsWith('/v3/directline/conversations'))).to.equal(true);
    expect(fromBrowser.map((request) => request.headers.authorization ?? 'preflight')).to.satisfy((values: string[]) =>
      values.every((value) => value === 'Bearer token-for-conv-1' || value === 'preflight'),
    );

    expect(sent.join('\n')).not.to.include(SECRET);
    expect(received.join('\n')).not.to.include(SECRET);
    expect(bot.output.join('\n')).not.to.include(SECRET);
    await page.close();
  });

  it('keeps the local-only chat endpoints off', async () => {
    const response = await fetch(`${bot.baseUrl}/api/local/conversations`, { method: 'POST' });
    expect(response.status).to.be.oneOf([404, 405]);
  });
});
