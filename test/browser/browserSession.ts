import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

const ROOT = path.join(__dirname, '..', '..');
const ENTRY = path.join(ROOT, 'dist', 'src', 'index.js');

/** Debian's Chromium; CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where screenshots go (git-ignored, kept by CI as artefacts). */
export const SCREENSHOT_DIR = path.join(ROOT, 'artifacts', 'browser');

/** How long a step may wait for the page; a turn of the bot takes milliseconds. */
const STEP_TIMEOUT_MS = 10_000;

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The built bot (`dist/src/index.js`) running on a free loopback port. */
export interface RunningBot {
  baseUrl: string;
  /** What it has printed on stdout and stderr so far. */
  output: string[];
  stop(): Promise<void>;
}

/**
 * Starts `node dist/src/index.js` as `npm start` would, in local mode unless `settings` say otherwise,
 * and waits until it listens.
 */
export async function startBot(settings: Record<string, string> = {}): Promise<RunningBot> {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run npm run build first (npm run test:browser does)`);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(Microsoft|DIRECTLINE_|STORAGE|BLOB_|LOG_)/.test(name)),
  );
  const workDir = mkdtempSync(path.join(tmpdir(), 'iec-bot-'));
  const child = spawn(process.execPath, [ENTRY], {
    cwd: workDir,
    env: { ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      output.push(line);
      const entry = line.startsWith('{') ? (JSON.parse(line) as { msg?: string; url?: string }) : undefined;
      if (entry?.msg === 'listening' && entry.url !== undefined) resolve(entry.url);
    });
    child.once('exit', (code) => reject(new Error(`the bot exited with ${String(code)} before listening: ${output.join('\n')}`)));
  });
  return {
    baseUrl,
    output,
    stop: () => stopProcess(child).then(() => rmSync(workDir, { recursive: true, force: true })),
  };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Headless Chromium with a fresh profile. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Debian's Chromium through playwright-core with a throw-away user data dir. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const profile = mkdtempSync(path.join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The local bot and a browser, started before a suite's tests and stopped after them. */
export interface BrowserSuite {
  bot: RunningBot;
  browser: Browser;
}

/** Registers the suite's hooks that start the local bot and a browser, and stop both after. */
export function useBotAndBrowser(): BrowserSuite {
  const suite = {} as BrowserSuite;
  before(async () => {
    [suite.bot, suite.browser] = await Promise.all([startBot(), launchBrowser()]);
  });
  after(async () => {
    await suite.browser?.close();
    await suite.bot?.stop();
  });
  return suite;
}

/** The chat page as a person sees and uses it. */
export class ChatPage {
  constructor(readonly page: Page) {}

  /** Opens a page at the given size and waits for the bot's welcome. */
  static async open(browser: Browser, baseUrl: string, viewport: { width: number; height: number }): Promise<ChatPage> {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.setViewportSize(viewport);
    await page.goto(`${baseUrl}/`);
    const chat = new ChatPage(page);
    await chat.botSays('Hello! I am the IEC International Co-op assistant');
    return chat;
  }

  /** The send box. */
  get sendBox(): Locator {
    return this.page.locator('[data-id="webchat-sendbox-input"]');
  }

  /** The bot's messages and cards in the transcript. */
  get transcript(): Locator {
    return this.page.locator('.webchat__basic-transcript__transcript');
  }

  /** Waits until a message or card of the transcript shows `text`. */
  async botSays(text: string | RegExp): Promise<Locator> {
    const found = this.page.locator('.webchat__basic-transcript__transcript .webchat__stacked-layout').filter({ hasText: text }).last();
    await found.waitFor({ state: 'visible' });
    return found;
  }

  /** Types a message with the keyboard and sends it with Enter. */
  async type(text: string): Promise<void> {
    await this.sendBox.focus();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Clicks the suggested action titled `title` (exact). */
  async click(title: string): Promise<void> {
    await this.page.locator('.webchat__suggested-action').filter({ hasText: new RegExp(`^\\s*${escape(title)}\\s*$`) }).last().click();
  }

  /** Saves a full-page screenshot to artifacts/browser/NAME.png. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
