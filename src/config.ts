import type { LevelWithSilent } from 'pino';

/** How the bot's Microsoft Entra app registration authenticates. */
export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

/** Credentials of the Azure Bot resource; present only when `MicrosoftAppId` is set. */
export interface BotCredentials {
  appId: string;
  appType: AppType;
  /** Client secret; absent for `UserAssignedMSI`. */
  appPassword: string | undefined;
  /** Required for `SingleTenant` and `UserAssignedMSI`. */
  tenantId: string | undefined;
}

/** Validated configuration of the service. */
export interface Config {
  port: number;
  host: string;
  logLevel: LevelWithSilent;
  /** Absent: local mode, requests are not authenticated and the local chat page is served. */
  credentials: BotCredentials | undefined;
  /** Present when `DIRECTLINE_SECRET` is set: the chat page is served and talks to the bot over Direct Line. */
  directLine?: DirectLineConfig;
  /** Where conversation state is kept. */
  storage: StorageConfig;
  /** Log message text and personal facts (local debugging only); redacted otherwise. */
  logContent: boolean;
}

/** Where conversation state is kept: process memory (lost on restart) or an Azure Blob Storage container. */
export type StorageConfig = { kind: 'memory' } | { kind: 'blob'; connectionString: string; container: string };

/** The Direct Line channel of the Azure Bot resource, for the production chat page. */
export interface DirectLineConfig {
  /** Exchanged for short-lived tokens on the server; never sent to a browser. */
  secret: string;
  /** Base URL of the Direct Line service, without a trailing slash. */
  endpoint: string;
}

/** A configuration value is missing or wrong; the message names the variable. */
export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

const DEFAULT_PORT = 3978;
const LOCAL_HOST = '127.0.0.1';
const ALL_INTERFACES = '0.0.0.0';
const APP_TYPES: readonly AppType[] = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];
const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const STORAGE_KINDS: readonly StorageConfig['kind'][] = ['memory', 'blob'];
const DEFAULT_CONTAINER = 'bot-state';
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DIRECTLINE_ENDPOINT = 'https://directline.botframework.com';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Env = Record<string, string | undefined>;

/** The variable's value, trimmed; an empty value counts as unset. */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[]): T | undefined {
  const value = read(env, name);
  if (value === undefined) return undefined;
  const match = allowed.find((option) => option.toLowerCase() === value.toLowerCase());
  if (match === undefined) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return match;
}

function guid(env: Env, name: string): string | undefined {
  const value = read(env, name);
  if (value !== undefined && !GUID.test(value)) {
    throw new ConfigError(name, `must be a GUID such as 00000000-0000-0000-0000-000000000000 (got "${value}")`);
  }
  return value;
}

function port(env: Env): number {
  const value = read(env, 'PORT');
  if (value === undefined) return DEFAULT_PORT;
  const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(parsed >= 0 && parsed <= 65535)) {
    throw new ConfigError('PORT', `must be an integer from 0 to 65535 (got "${value}")`);
  }
  return parsed;
}

function credentials(env: Env): BotCredentials | undefined {
  const appId = guid(env, 'MicrosoftAppId');
  const appType = oneOf(env, 'MicrosoftAppType', APP_TYPES) ?? 'MultiTenant';
  const appPassword = read(env, 'MicrosoftAppPassword');
  const tenantId = guid(env, 'MicrosoftAppTenantId');
  if (appId === undefined) {
    if (appPassword !== undefined || tenantId !== undefined) {
      throw new ConfigError(
        'MicrosoftAppId',
        'is required when MicrosoftAppPassword or MicrosoftAppTenantId is set (leave all three empty for local mode)',
      );
    }
    return undefined;
  }
  if (appType === 'UserAssignedMSI') {
    if (appPassword !== undefined) {
      throw new ConfigError('MicrosoftAppPassword', 'must be empty when MicrosoftAppType is UserAssignedMSI');
    }
  } else if (appPassword === undefined) {
    throw new ConfigError('MicrosoftAppPassword', `is required when MicrosoftAppType is ${appType}`);
  }
  if (appType !== 'MultiTenant' && tenantId === undefined) {
    throw new ConfigError('MicrosoftAppTenantId', `is required when MicrosoftAppType is ${appType}`);
  }
  return { appId, appType, appPassword, tenantId };
}

function storage(env: Env): StorageConfig {
  const kind = oneOf(env, 'STORAGE', STORAGE_KINDS) ?? 'memory';
  if (kind === 'memory') return { kind };
  const connectionString = read(env, 'BLOB_STORAGE_CONNECTION_STRING');
  if (connectionString === undefined) throw new ConfigError('BLOB_STORAGE_CONNECTION_STRING', 'is required when STORAGE is blob');
  const container = read(env, 'BLOB_STORAGE_CONTAINER') ?? DEFAULT_CONTAINER;
  if (!CONTAINER_NAME.test(container)) {
    throw new ConfigError('BLOB_STORAGE_CONTAINER', `must be 3 to 63 lower-case letters, digits and single hyphens (got "${container}")`);
  }
  return { kind, connectionString, container };
}

function logContent(env: Env, local: boolean): boolean {
  const value = oneOf(env, 'LOG_DEBUG_CONTENT', ['true', 'false']);
  if (value === 'true' && !local) {
    throw new ConfigError('LOG_DEBUG_CONTENT', 'can only be true in local mode (MicrosoftAppId empty)');
  }
  return value === 'true';
}

function directLine(env: Env, creds: BotCredentials | undefined): DirectLineConfig | undefined {
  const secret = read(env, 'DIRECTLINE_SECRET');
  const endpoint = read(env, 'DIRECTLINE_ENDPOINT');
  if (secret === undefined) {
    if (endpoint !== undefined) throw new ConfigError('DIRECTLINE_SECRET', 'is required when DIRECTLINE_ENDPOINT is set');
    return undefined;
  }
  if (creds === undefined) {
    throw new ConfigError('MicrosoftAppId', 'is required when DIRECTLINE_SECRET is set (Direct Line reaches the bot through its Azure Bot resource)');
  }
  if (endpoint !== undefined && !(URL.canParse(endpoint) && /^https?:\/\//i.test(endpoint))) {
    throw new ConfigError('DIRECTLINE_ENDPOINT', `must be an http(s) URL such as ${DIRECTLINE_ENDPOINT} (got "${endpoint}")`);
  }
  return { secret, endpoint: (endpoint ?? DIRECTLINE_ENDPOINT).replace(/\/+$/, '') };
}

/**
 * Reads and validates the configuration from environment variables.
 * `HOST` defaults to loopback in local mode and to all interfaces when an app id is set.
 * @throws ConfigError naming the first variable that is wrong.
 */
export function loadConfig(env: Env = process.env): Config {
  const creds = credentials(env);
  const dl = directLine(env, creds);
  return {
    port: port(env),
    host: read(env, 'HOST') ?? (creds === undefined ? LOCAL_HOST : ALL_INTERFACES),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS) ?? 'info',
    credentials: creds,
    storage: storage(env),
    logContent: logContent(env, creds === undefined),
    ...(dl === undefined ? {} : { directLine: dl }),
  };
}
