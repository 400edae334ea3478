import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { closeConnections, message, postActivity, runLoad, type RunStats, type TurnResult } from './httpLoad';

/** Throughput and latency of the real bot against an echo bot on the same stack, over real HTTP on loopback. */

/** This file runs compiled, from dist/bench/. */
const DIST = path.join(__dirname, '..');
const ROOT = path.join(DIST, '..');
const CONCURRENT_CLIENTS = 32;
const SEQUENTIAL_TURNS = 400;
const CONCURRENT_TURNS_PER_CLIENT = 50;
const WARM_UP_TURNS = 150;
const TARGETS = { latencyRatio: 1.5, throughputRatio: 2 / 3, firstAnswerMs: 1500 };

/** FAQ questions the knowledge base answers directly. */
const FAQ_QUESTIONS = [
  'How much does it cost?',
  'Which countries can apply?',
  'What documents do I need?',
  'How long does processing take?',
  'Do I need health insurance?',
  'What is the age limit for Germany?',
  'Can I bring my family?',
  'How do I apply?',
];

/** An eligibility check from the question to the verdict, one answer per turn. */
const DIALOG_SCRIPT = [
  'Am I eligible?',
  "I'm Swedish and I'm 24",
  "yes I'm a student at Uppsala",
  'yes, I have an offer from a company in Toronto',
  'yes it is linked to my studies',
  'yes, it is mandatory for my degree',
  'teer 1',
  'from September to December next year',
  'my passport expires on 14 May 2035',
  'yes',
  'yes',
  'yes',
  'yes',
  'no, I am travelling alone',
  'yes',
  'never',
  'yes',
];

/** The first message after start: it reads a date, the slowest path to warm up. */
const FIRST_MESSAGE = 'I was born on 12 March 1999';

interface RunningBot {
  name: string;
  url: string;
  child: ChildProcess;
  firstAnswerMs: number;
}

/** Starts a bot in its own process and times the first answer from the moment of spawning. */
async function startBot(name: string, script: string, env: Record<string, string>): Promise<RunningBot> {
  const spawned = performance.now();
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const entry = line.startsWith('{') ? (JSON.parse(line) as { msg?: string; url?: string }) : {};
      if (entry.msg === 'listening' && entry.url !== undefined) resolve(entry.url.replace('[::]', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
  const messagesUrl = `${url}/api/messages`;
  const first = await postActivity(messagesUrl, message('first', FIRST_MESSAGE));
  if (first.status !== 200 || first.replies.length === 0) throw new Error(`${name} did not answer its first message`);
  return { name, url: messagesUrl, child, firstAnswerMs: performance.now() - spawned };
}

/** Peak resident memory of a process in MB (Linux), undefined elsewhere. */
function peakMemoryMb(pid: number | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

type Workload = 'FAQ' | 'dialog';

/** The turns of a workload: FAQ questions in one conversation per client, or eligibility checks run again and again. */
function turns(workload: Workload, label: string): (client: number, turn: number) => { conversationId: string; text: string } {
  if (workload === 'FAQ') {
    return (client, turn) => ({ conversationId: `${label}-faq-${client}`, text: FAQ_QUESTIONS[(client + turn) % FAQ_QUESTIONS.length]! });
  }
  return (client, turn) => ({
    conversationId: `${label}-dialog-${client}-${Math.floor(turn / DIALOG_SCRIPT.length)}`,
    text: DIALOG_SCRIPT[turn % DIALOG_SCRIPT.length]!,
  });
}

const answered = (result: TurnResult): boolean => result.replies.some((reply) => reply.type === 'message');

/** Checks that the dialog script reaches a verdict, so the bench measures the whole conversation. */
async function checkScript(bot: RunningBot): Promise<void> {
  let last: TurnResult | undefined;
  for (const text of DIALOG_SCRIPT) last = await postActivity(bot.url, message('script-check', text));
  const verdict = last?.replies.find((reply) => (reply.attachments?.length ?? 0) > 0);
  if (verdict === undefined) {
    throw new Error(`the dialog script did not reach a verdict card; last reply: ${last?.replies[0]?.text ?? '(none)'}`);
  }
}

interface Row {
  workload: string;
  mode: string;
  stats: RunStats;
  echo: RunStats;
}

async function measure(bot: RunningBot, workload: Workload, clients: number, turnsPerClient: number, label: string): Promise<RunStats> {
  await runLoad(bot.url, clients, Math.ceil(WARM_UP_TURNS / clients), turns(workload, `${label}-warm`), answered);
  return runLoad(bot.url, clients, turnsPerClient, turns(workload, label), answered);
}

const fixed = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : '-');

function table(rows: Row[]): string {
  const header = ['workload', 'mode', 'turns', 'errors', 'p50 ms', 'p99 ms', 'turns/s', 'p50 x echo', 'p99 x echo', 'thr / echo'];
  const lines = rows.map(({ workload, mode, stats, echo }) => [
    workload,
    mode,
    String(stats.turns),
    String(stats.errors),
    fixed(stats.p50Ms),
    fixed(stats.p99Ms),
    fixed(stats.turnsPerSecond, 0),
    workload === 'echo' ? '' : fixed(stats.p50Ms / echo.p50Ms),
    workload === 'echo' ? '' : fixed(stats.p99Ms / echo.p99Ms),
    workload === 'echo' ? '' : fixed(stats.turnsPerSecond / echo.turnsPerSecond),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  return [header, ...lines].map((line) => `| ${line.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  const echo = await startBot('echo bot', path.join(__dirname, 'echoBot.js'), {});
  const bot = await startBot('assistant', path.join(DIST, 'src', 'index.js'), { MicrosoftAppId: '', STORAGE: 'memory', LOG_LEVEL: 'info' });
  try {
    await checkScript(bot);
    const rows: Row[] = [];
    for (const [mode, clients, perClient] of [
      ['sequential', 1, SEQUENTIAL_TURNS],
      [`${CONCURRENT_CLIENTS} concurrent`, CONCURRENT_CLIENTS, CONCURRENT_TURNS_PER_CLIENT],
    ] as const) {
      const echoStats = await measure(echo, 'FAQ', clients, perClient, `echo-${clients}`);
      rows.push({ workload: 'echo', mode, stats: echoStats, echo: echoStats });
      for (const workload of ['FAQ', 'dialog'] as const) {
        rows.push({ workload, mode, stats: await measure(bot, workload, clients, perClient, `${workload}-${clients}`), echo: echoStats });
      }
    }
    const botMemory = peakMemoryMb(bot.child.pid);
    const echoMemory = peakMemoryMb(echo.child.pid);
    console.log(table(rows));
    console.log(`\nfirst answer after process start: assistant ${fixed(bot.firstAnswerMs, 0)} ms, echo bot ${fixed(echo.firstAnswerMs, 0)} ms`);
    console.log(`peak memory (RSS): assistant ${fixed(botMemory ?? Number.NaN, 1)} MB, echo bot ${fixed(echoMemory ?? Number.NaN, 1)} MB`);

    const misses = rows
      .filter((row) => row.workload !== 'echo')
      .flatMap(({ workload, mode, stats, echo: base }) => [
        stats.errors > 0 ? `${workload} ${mode}: ${stats.errors} turns failed` : undefined,
        stats.p50Ms / base.p50Ms > TARGETS.latencyRatio ? `${workload} ${mode}: p50 ${fixed(stats.p50Ms / base.p50Ms)}x echo` : undefined,
        stats.p99Ms / base.p99Ms > TARGETS.latencyRatio ? `${workload} ${mode}: p99 ${fixed(stats.p99Ms / base.p99Ms)}x echo` : undefined,
        stats.turnsPerSecond / base.turnsPerSecond < TARGETS.throughputRatio
          ? `${workload} ${mode}: throughput ${fixed(stats.turnsPerSecond / base.turnsPerSecond)} of echo`
          : undefined,
      ])
      .concat(bot.firstAnswerMs > TARGETS.firstAnswerMs ? [`first answer after ${fixed(bot.firstAnswerMs, 0)} ms`] : [])
      .filter((miss): miss is string => miss !== undefined);
    console.log(
      misses.length === 0
        ? '\ntargets met: p50 and p99 within 1.5x of the echo bot, throughput at least 2/3 of it, first answer under 1.5 s'
        : `\ntargets missed:\n${misses.map((miss) => `- ${miss}`).join('\n')}`,
    );
    if (rows.some((row) => row.stats.errors > 0)) process.exitCode = 1;
  } finally {
    closeConnections();
    bot.child.kill();
    echo.child.kill();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
