import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

/** The folder holding the manifest template and the icons. */
export const APP_PACKAGE_DIR = path.join(__dirname, '..', 'appPackage');

/** Files of the package, at the root of the zip as Teams expects. */
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

/** A value the package needs is missing or wrong; the message names the variable. */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

/** A built Teams app package. */
export interface TeamsPackage {
  /** The manifest as written into the zip, every placeholder filled. */
  manifest: Record<string, unknown>;
  /** Suggested file name, with the app version. */
  fileName: string;
  zip: Uint8Array;
}

type Env = Record<string, string | undefined>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEAMS_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const PLACEHOLDER = /\$\{\{(\w+)\}\}/g;
/** Fixed entry dates make the same inputs give the same zip. */
const ENTRY_DATE = new Date(Date.UTC(2024, 0, 1));
const DEFAULT_DEVELOPER_NAME = 'IEC Co-op assistant';
const MAX_DEVELOPER_NAME = 32;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function httpsUrl(env: Env, name: string, fallback: string): string {
  const value = read(env, name) ?? fallback;
  if (!(URL.canParse(value) && value.startsWith('https://'))) {
    throw new PackageError(`${name} must be an https:// URL (got "${value}")`);
  }
  return value;
}

function developerName(env: Env): string {
  const name = read(env, 'TEAMS_DEVELOPER_NAME') ?? DEFAULT_DEVELOPER_NAME;
  if (name.length > MAX_DEVELOPER_NAME) {
    throw new PackageError(`TEAMS_DEVELOPER_NAME must be at most ${MAX_DEVELOPER_NAME} characters (got ${name.length})`);
  }
  return name;
}

/**
 * The values of the manifest's `${{NAME}}` placeholders, from the environment and the app version.
 * @throws PackageError naming the first variable that is missing or wrong.
 */
export function packageValues(env: Env, version: string): Record<string, string> {
  const appId = read(env, 'MicrosoftAppId');
  if (appId === undefined) {
    throw new PackageError(
      'MicrosoftAppId is missing: set it to the Microsoft App ID of the Azure Bot resource (in .env or the environment), then run npm run package:teams again',
    );
  }
  if (!GUID.test(appId)) throw new PackageError(`MicrosoftAppId must be a GUID (got "${appId}")`);
  const domain = read(env, 'BOT_DOMAIN');
  if (domain === undefined) {
    throw new PackageError(
      'BOT_DOMAIN is missing: set it to the host name of the bot\'s public endpoint, e.g. iec-bot.azurewebsites.net for the messaging endpoint https://iec-bot.azurewebsites.net/api/messages',
    );
  }
  if (!HOST_NAME.test(domain)) {
    throw new PackageError(`BOT_DOMAIN must be a host name such as iec-bot.azurewebsites.net, without https:// or a path (got "${domain}")`);
  }
  if (!TEAMS_VERSION.test(version)) {
    throw new PackageError(`the version in package.json must be MAJOR.MINOR.PATCH for Teams (got "${version}")`);
  }
  const website = httpsUrl(env, 'TEAMS_WEBSITE_URL', `https://${domain}/`);
  return {
    MicrosoftAppId: appId.toLowerCase(),
    APP_VERSION: version,
    BOT_DOMAIN: domain.toLowerCase(),
    TEAMS_DEVELOPER_NAME: developerName(env),
    TEAMS_WEBSITE_URL: website,
    TEAMS_PRIVACY_URL: httpsUrl(env, 'TEAMS_PRIVACY_URL', website),
    TEAMS_TERMS_URL: httpsUrl(env, 'TEAMS_TERMS_URL', website),
  };
}

/** Replaces every `${{NAME}}` in the template's strings. @throws PackageError for a placeholder without a value. */
export function fillManifest(template: unknown, values: Record<string, string>): unknown {
  if (typeof template === 'string') {
    return template.replace(PLACEHOLDER, (_match, name: string) => {
      const value = values[name];
      if (value === undefined) throw new PackageError(`the manifest uses \${{${name}}}, which has no value`);
      return value;
    });
  }
  if (Array.isArray(template)) return template.map((item) => fillManifest(item, values));
  if (typeof template === 'object' && template !== null) {
    return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, fillManifest(value, values)]));
  }
  return template;
}

/**
 * Builds the Teams app package: the manifest of `appPackageDir` filled from `env` and `version`,
 * and the two icons, zipped.
 * @throws PackageError when a value is missing or wrong.
 */
export function buildTeamsPackage(env: Env, version: string, appPackageDir: string = APP_PACKAGE_DIR): TeamsPackage {
  const values = packageValues(env, version);
  const template: unknown = JSON.parse(readFileSync(path.join(appPackageDir, 'manifest.json'), 'utf8'));
  const manifest = fillManifest(template, values) as Record<string, unknown>;
  const files = {
    'manifest.json': Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
    'color.png': readFileSync(path.join(appPackageDir, 'color.png')),
    'outline.png': readFileSync(path.join(appPackageDir, 'outline.png')),
  } satisfies Record<(typeof PACKAGE_FILES)[number], Uint8Array>;
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: ENTRY_DATE }]])),
    { level: 9 },
  );
  return { manifest, fileName: `iec-coop-assistant-teams-${version}.zip`, zip };
}
