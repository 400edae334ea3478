import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import type { BotCredentials } from '../../src/config';
import { msteams, webchat } from './channels';
import { startService, type Service } from './service';
import { postJson } from './testServer';

const APP_ID = '0b5e7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const CREDENTIALS: BotCredentials = { appId: APP_ID, appType: 'MultiTenant', appPassword: 'not-a-real-secret', tenantId: undefined };

/** Memory storage counting every access. */
class WatchedStorage extends MemoryStorage {
  accesses = 0;

  override async read(keys: string[]): Promise<StoreItems> {
    this.accesses += 1;
    return super.read(keys);
  }

  override async write(changes: StoreItems): Promise<void> {
    this.accesses += 1;
    await super.write(changes);
  }

  override async delete(keys: string[]): Promise<void> {
    this.accesses += 1;
    await super.delete(keys);
  }
}

const CHANNEL_ISSUER = 'https://api.botframework.com';
const channelKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** A JWT claiming to come from the channel service, signed with the given key (another one than the channel's by default). */
function forgedToken(issuer: string, privateKey: KeyObject = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid: 'channel-key' })}.${part({ iss: issuer, aud: APP_ID, serviceurl: 'http://127.0.0.1:9/unused/', nbf: now - 60, exp: now + 600 })}`;
  return `${unsigned}.${sign('sha256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
}

/** Serves the channel's OpenID metadata and public key on loopback, so no test reaches the network. */
async function startOpenIdServer(): Promise<{ metadataUrl: string; server: Server }> {
  const jwk = { ...channelKeys.publicKey.export({ format: 'jwk' }), kid: 'channel-key', use: 'sig' };
  const server = createServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(req.url === '/keys' ? { keys: [jwk] } : { issuer: CHANNEL_ISSUER, jwks_uri: `http://127.0.0.1:${port}/keys` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { metadataUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openid`, server };
}

describe('with an app id configured, unauthenticated requests reach no bot logic', () => {
  let service: Service;
  let storage: WatchedStorage;
  let openId: { metadataUrl: string; server: Server };

  beforeEach(async () => {
    storage = new WatchedStorage();
    openId = await startOpenIdServer();
    service = await startService({
      credentials: CREDENTIALS,
      storage,
      authSettings: {
        ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
        ToBotFromChannelOpenIdMetadataUrl: openId.metadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl: openId.metadataUrl,
      },
    });
  });

  afterEach(async () => {
    await service.close();
    await new Promise((resolve) => openId.server.close(resolve));
  });

  it('answers 401 to a missing, malformed or forged token without running a turn or touching state', async () => {
    const authorizations: (string | undefined)[] = [
      undefined,
      '',
      'Bearer',
      'Bearer not-a-jwt',
      'Basic dXNlcjpwYXNz',
      `Bearer ${forgedToken(CHANNEL_ISSUER)}`,
      `Bearer ${forgedToken('https://attacker.example', channelKeys.privateKey)}`,
    ];
    for (const authorization of authorizations) {
      for (const activity of [webchat.say('locked', 'How much does it cost?'), msteams.say('locked', 'am I eligible?'), ...webchat.firstContact('locked')]) {
        const delivery = await postJson(service.messagesUrl, activity, authorization === undefined ? {} : { authorization });
        expect(delivery.status, `${authorization} ${activity.type}`).to.equal(401);
        expect(delivery.activities).to.deep.equal([]);
      }
    }
    expect(service.bot.turns).to.equal(0);
    expect(storage.accesses).to.equal(0);
  });

  it('runs the turn for a token the channel service signed', async () => {
    const activity = webchat.say('open', 'How much does it cost?');
    const delivery = await postJson(service.messagesUrl, activity, { authorization: `Bearer ${forgedToken(CHANNEL_ISSUER, channelKeys.privateKey)}` });
    expect(delivery.status).to.equal(200);
    expect(service.bot.turns).to.equal(1);
  });
});
