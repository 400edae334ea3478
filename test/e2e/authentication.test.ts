import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import type { BotCredentials } from '../../src/config';
import { msteams, webchat } from './channels';
import { messages, postJson, startServer, type TestServer } from './testServer';

const APP_ID = '0b5e7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const CREDENTIALS: BotCredentials = {
  appId: APP_ID,
  appType: 'MultiTenant',
  appPassword: 'not-a-real-secret',
  tenantId: undefined,
};
const CHANNEL_ISSUER = 'https://api.botframework.com';
const KEY_ID = 'channel-signing-key';

/** A JWT shaped like those the Bot Framework channel service issues, signed with the given key. */
function channelToken(key: KeyObject, serviceUrl: string, issuer = CHANNEL_ISSUER): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid: KEY_ID })}.${part({
    iss: issuer,
    aud: APP_ID,
    serviceurl: serviceUrl,
    nbf: now - 60,
    exp: now + 600,
  })}`;
  return `${unsigned}.${sign('sha256', Buffer.from(unsigned), key).toString('base64url')}`;
}

/** Serves OpenID metadata and a key set holding the channel's public key, on loopback. */
async function startOpenIdServer(channelKey: KeyObject): Promise<{ metadataUrl: string; server: Server }> {
  const jwk = { ...channelKey.export({ format: 'jwk' }), kid: KEY_ID, use: 'sig' };
  const server = createHttpServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify(
        req.url === '/keys' ? { keys: [jwk] } : { issuer: CHANNEL_ISSUER, jwks_uri: `http://127.0.0.1:${port}/keys` },
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { metadataUrl: `http://127.0.0.1:${port}/openid`, server };
}

describe('with an app id configured', () => {
  describe('on the Azure public cloud settings', () => {
    let server: TestServer;

    beforeEach(async () => {
      server = await startServer({ credentials: CREDENTIALS });
    });

    afterEach(async () => {
      await server.close();
    });

    it('refuses a message without a token with 401, and runs no turn', async () => {
      for (const activity of [webchat.say('no-token', 'How much does it cost?'), msteams.say('no-token', 'hello')]) {
        const delivery = await postJson(`${server.baseUrl}/api/messages`, activity);
        expect(delivery.status).to.equal(401);
        expect(delivery.activities).to.deep.equal([]);
      }
      expect(server.logs.join('\n')).not.to.include('question matched');
      expect(server.logs.join('\n')).to.include('request refused: no token');
    });

    it('refuses a token from an issuer other than the channel service with 401', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const activity = webchat.say('forged', 'hello');
      const delivery = await postJson(`${server.baseUrl}/api/messages`, activity, {
        authorization: `Bearer ${channelToken(privateKey, String(activity.serviceUrl), 'https://attacker.example')}`,
      });
      expect(delivery.status).to.equal(401);
    });

    it('does not serve the local chat page nor its endpoints', async () => {
      expect((await fetch(`${server.baseUrl}/`)).status).to.equal(404);
      expect((await fetch(`${server.baseUrl}/static/webchat.js`)).status).to.equal(404);
      expect((await fetch(`${server.baseUrl}/api/local/conversations`, { method: 'POST' })).status).to.equal(404);
      const local = await postJson(`${server.baseUrl}/api/local/conversations/c/activities`, { type: 'message', text: 'hi' });
      expect(local.status).to.equal(404);
      expect((await fetch(`${server.baseUrl}/healthz`)).status).to.equal(200);
    });
  });

  describe('with the channel service keys served locally', () => {
    const channelKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
    let openId: { metadataUrl: string; server: Server };
    let server: TestServer;

    beforeEach(async () => {
      openId = await startOpenIdServer(channelKeys.publicKey);
      server = await startServer({
        credentials: CREDENTIALS,
        authSettings: {
          ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
          ToBotFromChannelOpenIdMetadataUrl: openId.metadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: openId.metadataUrl,
          ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
          ToChannelFromBotOAuthScope: 'https://api.botframework.com',
          OAuthUrl: 'https://api.botframework.com',
        },
      });
    });

    afterEach(async () => {
      await server.close();
      await new Promise((resolve) => openId.server.close(resolve));
    });

    it('refuses a token signed with another key with 401', async () => {
      const attacker = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const activity = msteams.say('forged', 'How much does it cost?');
      const delivery = await postJson(`${server.baseUrl}/api/messages`, activity, {
        authorization: `Bearer ${channelToken(attacker.privateKey, String(activity.serviceUrl))}`,
      });
      expect(delivery.status).to.equal(401);
      expect(delivery.activities).to.deep.equal([]);
    });

    it('answers a message whose token the channel service signed', async () => {
      const activity = msteams.say('signed', 'How much does it cost?');
      const delivery = await postJson(`${server.baseUrl}/api/messages`, activity, {
        authorization: `Bearer ${channelToken(channelKeys.privateKey, String(activity.serviceUrl))}`,
      });
      expect(delivery.status).to.equal(200);
      expect(messages(delivery)[0]?.text).to.include('172');
    });
  });
});
