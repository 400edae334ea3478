import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32, deflateSync } from 'node:zlib';
import path from 'node:path';
import { expect } from 'chai';
import { unzipSync } from 'fflate';
import { version } from '../../package.json';
import { decodePng, encodePng, readPngHeader } from '../../scripts/png';
import { APP_PACKAGE_DIR, buildTeamsPackage, PackageError } from '../../scripts/teamsPackage';

const APP_ID = '0B5E7F3A-1C2D-4E5F-8A9B-0C1D2E3F4A5B';
const ENV = { MicrosoftAppId: APP_ID, BOT_DOMAIN: 'iec-bot.azurewebsites.net' };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HTTPS = /^https:\/\/[^\s]+$/;

interface Command {
  title: string;
  description: string;
}
interface CommandList {
  scopes: string[];
  commands: Command[];
}
interface Bot {
  botId: string;
  scopes: string[];
  commandLists: CommandList[];
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  accentColor: string;
  bots: Bot[];
  validDomains: string[];
}

function unzipped(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}

function manifestOf(files: Record<string, Uint8Array>): Manifest {
  const bytes = files['manifest.json'];
  if (bytes === undefined) throw new Error('no manifest.json in the package');
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as Manifest;
}

describe('Teams app package', () => {
  const built = buildTeamsPackage(ENV, version);
  const files = unzipped(built.zip);
  const manifest = manifestOf(files);

  it('holds the manifest and the two icons at the root of the zip, nothing else', () => {
    expect(Object.keys(files).sort()).to.deep.equal(['color.png', 'manifest.json', 'outline.png']);
    expect(built.fileName).to.equal(`iec-coop-assistant-teams-${version}.zip`);
  });

  it('uses a released manifest schema, its URL matching manifestVersion', () => {
    expect(manifest.manifestVersion).to.match(/^1\.\d+$/);
    expect(Number(manifest.manifestVersion.split('.')[1])).to.be.at.least(17);
    expect(manifest.$schema).to.equal(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
  });

  it('fills the app id, the bot id and the version from the environment and package.json', () => {
    expect(manifest.id).to.equal(APP_ID.toLowerCase()).and.match(GUID);
    expect(manifest.bots).to.have.length(1);
    expect(manifest.bots[0]?.botId).to.equal(manifest.id);
    expect(manifest.version).to.equal(version).and.match(/^\d+\.\d+\.\d+$/);
    expect(manifest.validDomains).to.deep.equal(['iec-bot.azurewebsites.net']);
    expect(Buffer.from(files['manifest.json'] ?? []).toString()).not.to.include('${{');
  });

  it('has every required field, within the schema limits', () => {
    expect(manifest.developer.name).to.be.a('string').with.length.within(1, 32);
    for (const url of [manifest.developer.websiteUrl, manifest.developer.privacyUrl, manifest.developer.termsOfUseUrl]) {
      expect(url).to.match(HTTPS);
    }
    expect(manifest.name.short).to.have.length.within(1, 30);
    expect(manifest.name.full).to.have.length.within(1, 100);
    expect(manifest.description.short).to.have.length.within(1, 80);
    expect(manifest.description.full).to.have.length.within(1, 4000);
    expect(manifest.accentColor).to.match(/^#[0-9a-f]{6}$/i);
    expect(manifest.icons).to.deep.equal({ color: 'color.png', outline: 'outline.png' });
  });

  it('is a conversational bot for personal chats and group chats, with the three commands in personal chats', () => {
    const bot = manifest.bots[0];
    expect(bot?.scopes).to.have.members(['personal', 'groupChat']);
    expect(bot?.commandLists.length).to.be.at.most(3);
    const personal = bot?.commandLists.find((list) => list.scopes.includes('personal'));
    expect(personal?.commands.map((command) => command.title)).to.deep.equal(['help', 'check my eligibility', 'start over']);
    for (const list of bot?.commandLists ?? []) {
      expect(list.scopes.every((scope) => bot?.scopes.includes(scope))).to.equal(true);
      expect(list.commands.length).to.be.within(1, 10);
      for (const { title, description } of list.commands) {
        expect(title).to.have.length.within(1, 32);
        expect(description).to.have.length.within(1, 128);
      }
    }
  });

  it('builds the same bytes from the same inputs', () => {
    expect(Buffer.from(buildTeamsPackage(ENV, version).zip).equals(Buffer.from(built.zip))).to.equal(true);
  });

  it('takes the developer name and pages when they are given', () => {
    const custom = manifestOf(
      unzipped(
        buildTeamsPackage(
          { ...ENV, TEAMS_DEVELOPER_NAME: 'Contoso Mobility', TEAMS_PRIVACY_URL: 'https://contoso.example/privacy' },
          version,
        ).zip,
      ),
    );
    expect(custom.developer).to.deep.equal({
      name: 'Contoso Mobility',
      websiteUrl: 'https://iec-bot.azurewebsites.net/',
      privacyUrl: 'https://contoso.example/privacy',
      termsOfUseUrl: 'https://iec-bot.azurewebsites.net/',
    });
  });

  const refusals: [string, Record<string, string>, string, RegExp][] = [
    ['no app id', { BOT_DOMAIN: 'iec-bot.azurewebsites.net' }, version, /^MicrosoftAppId is missing: set it to the Microsoft App ID/],
    ['an app id that is not a GUID', { ...ENV, MicrosoftAppId: 'my-bot' }, version, /^MicrosoftAppId must be a GUID/],
    ['no bot domain', { MicrosoftAppId: APP_ID }, version, /^BOT_DOMAIN is missing/],
    ['a URL as bot domain', { ...ENV, BOT_DOMAIN: 'https://iec-bot.azurewebsites.net/' }, version, /^BOT_DOMAIN must be a host name/],
    ['a privacy page not on https', { ...ENV, TEAMS_PRIVACY_URL: 'http://contoso.example/privacy' }, version, /^TEAMS_PRIVACY_URL must be an https/],
    ['a developer name too long for Teams', { ...ENV, TEAMS_DEVELOPER_NAME: 'x'.repeat(33) }, version, /^TEAMS_DEVELOPER_NAME must be at most 32/],
    ['a pre-release version', ENV, '1.0.0-beta.1', /^the version in package.json must be MAJOR.MINOR.PATCH/],
  ];
  for (const [what, env, appVersion, message] of refusals) {
    it(`refuses ${what}, saying what to fix`, () => {
      expect(() => buildTeamsPackage(env, appVersion)).to.throw(PackageError, message);
    });
  }

  it('npm run package:teams fails with a clear message when the app id is missing', () => {
    const root = path.join(__dirname, '..', '..');
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'MicrosoftAppId'));
    const run = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'packageTeams.ts')], {
      cwd: mkdtempSync(path.join(tmpdir(), 'package-teams-')),
      env: { ...env, BOT_DOMAIN: 'iec-bot.azurewebsites.net' },
      encoding: 'utf8',
    });
    expect(run.status).to.equal(1);
    expect(run.stderr).to.match(/^Cannot build the Teams app package: MicrosoftAppId is missing/m);
  });
});

describe('Teams app icons', () => {
  const icon = (name: string): Buffer => readFileSync(path.join(APP_PACKAGE_DIR, name));

  it('has a 192x192 colour icon, fully opaque', () => {
    expect(readPngHeader(icon('color.png'))).to.include({ width: 192, height: 192 });
    const { pixels } = decodePng(icon('color.png'));
    expect(pixels.filter((_, i) => i % 4 === 3).every((alpha) => alpha === 255)).to.equal(true);
  });

  it('has a 32x32 outline icon, white on transparent', () => {
    expect(readPngHeader(icon('outline.png'))).to.include({ width: 32, height: 32 });
    const { pixels } = decodePng(icon('outline.png'));
    let transparent = 0;
    let drawn = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] === 0) {
        transparent++;
        continue;
      }
      drawn++;
      expect([pixels[i], pixels[i + 1], pixels[i + 2]], `pixel ${i / 4}`).to.deep.equal([255, 255, 255]);
    }
    expect(transparent).to.be.greaterThan(32 * 32 * 0.4);
    expect(drawn).to.be.greaterThan(32 * 4);
  });

  it('undoes every PNG row filter when reading', () => {
    const chunk = (type: string, data: Buffer): Buffer => {
      const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
      const framed = Buffer.alloc(body.length + 8);
      framed.writeUInt32BE(data.length, 0);
      body.copy(framed, 4);
      framed.writeUInt32BE(crc32(body), body.length + 4);
      return framed;
    };
    const header = Buffer.from([0, 0, 0, 2, 0, 0, 0, 5, 8, 2, 0, 0, 0]);
    // 2x5 RGB, one row each filtered None, Sub, Up, Average, Paeth.
    const rows = [
      [0, 10, 20, 30, 40, 50, 60],
      [1, 10, 20, 30, 5, 5, 5],
      [2, 1, 1, 1, 2, 2, 2],
      [3, 6, 11, 16, 4, 4, 4],
      [4, 9, 9, 9, 5, 5, 5],
    ];
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.from(rows.flat()))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    const { pixels } = decodePng(png);
    const rgb = Array.from(pixels).filter((_, i) => i % 4 !== 3);
    expect(rgb).to.deep.equal([10, 20, 30, 40, 50, 60, 10, 20, 30, 15, 25, 35, 11, 21, 31, 17, 27, 37, 11, 21, 31, 18, 28, 38, 20, 30, 40, 25, 35, 45]);
  });

  it('reads back what the PNG writer wrote', () => {
    const image = { width: 3, height: 2, pixels: Uint8Array.from({ length: 24 }, (_, i) => i * 10) };
    expect(decodePng(encodePng(image))).to.deep.equal(image);
  });
});
