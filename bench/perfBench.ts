/*
 * npm run bench: latency, throughput, start time and memory of the assistant against a minimal echo
 * bot on the same stack (botbuilder + restify), each in its own process, over HTTP on loopback. Two
 * more bots, the dialog floors, run the check's turns through botbuilder-dialogs and bot state with
 * none of the work (one waterfall, and the assistant's depth), for reference: what the stack alone
 * costs a dialog turn.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { closeConnections, message, postActivity, runLoad, type RunStats, type TurnResult } from './httpLoad';

/** This file runs compiled, from dist/bench/. */
const DIST = path.join(__dirname, '..');
const ROOT = path.join(DIST, '..');
const CONCURRENT_CLIENTS = 32;
const SEQUENTIAL_TURNS = 300;
const CONCURRENT_TURNS_PER_CLIENT = 40;
const WARM_UP_TURNS = 150;
/** Each measurement is repeated, the bots taking turns, and the median run reported: the machine may be busy with other work. */
const ROUNDS = 3;
/** Starts timed for the first answer, the median reported. */
const STARTS = 3;
const TARGETS = { latencyRatio: 1.5, throughputRatio: 2 / 3, firstAnswerMs: 1500 };

/**
 * FAQ questions the knowledge base answers directly, phrased as people ask them rather than as its
 * own phrasings (which the matcher looks up without ranking), so the bench pays for the matching.
 */
const FAQ_QUESTIONS = [
  'how much does the application cost?',
  'which countries are eligible for international co-op',
  'which documents do I have to upload after I get invited?',
  'how long does it take to process the application?',
  'do I need health insurance for the whole stay',
  'What is the age limit for Germany?',
  'can I bring my children with me',
  'how do I apply for the co-op permit',
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

/** Every bot process started, stopped when the bench exits, also on failure. */
const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((child) => child.kill()));

/** Starts a bot in its own process and times the first answer from the moment of spawning. */
async function startBot(name: string, script: string, env: Record<string, string>): Promise<RunningBot> {
  const spawned = performance.now();
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const entry = line.startsWith('{') ? (JSON.parse(line) as { msg?: string; url?: string }) : {};
      if (entry.msg !== 'listening' || entry.url === undefined) return;
      // The bench reads no more of the bot's log, so its own work does not grow with the bot's logging.
      lines.close();
      child.stdout!.resume();
      resolve(entry.url.replace('[::]', '127.0.0.1'));
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

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time a process has used so far in ms (user and system, Linux), undefined elsewhere. */
function cpuTimeMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** A run's figures and the CPU time the bot process spent per turn, which other work on the machine hardly changes. */
interface Measured extends RunStats {
  cpuMsPerTurn: number;
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
  stats: Measured;
  echo: Measured;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The median of each figure over the rounds; turns and errors added up. */
function combine(runs: Measured[]): Measured {
  return {
    turns: runs.reduce((sum, run) => sum + run.turns, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p99Ms: median(runs.map((run) => run.p99Ms)),
    turnsPerSecond: median(runs.map((run) => run.turnsPerSecond)),
    cpuMsPerTurn: median(runs.map((run) => run.cpuMsPerTurn)),
  };
}

/** Runs the workloads of a mode {@link ROUNDS} times, the bots taking turns, after a warm-up of each. */
async function measureMode(echo: RunningBot, floors: readonly RunningBot[], bot: RunningBot, mode: string, clients: number, perClient: number): Promise<Row[]> {
  const targets: readonly { workload: string; bot: RunningBot; turns: Workload }[] = [
    { workload: 'echo', bot: echo, turns: 'FAQ' },
    { workload: 'FAQ', bot, turns: 'FAQ' },
    { workload: 'dialog', bot, turns: 'dialog' },
    ...floors.map((floor) => ({ workload: floor.name, bot: floor, turns: 'dialog' as const })),
  ];
  const runs = new Map<string, Measured[]>(targets.map((target) => [target.workload, []]));
  for (const target of targets) {
    await runLoad(target.bot.url, clients, Math.ceil(WARM_UP_TURNS / clients), turns(target.turns, `${target.workload}-${clients}-warm`), answered);
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const target of targets) {
      const cpuBefore = cpuTimeMs(target.bot.child.pid);
      const stats = await runLoad(target.bot.url, clients, perClient, turns(target.turns, `${target.workload}-${clients}-${round}`), answered);
      const cpuAfter = cpuTimeMs(target.bot.child.pid);
      const cpuMsPerTurn = cpuBefore === undefined || cpuAfter === undefined ? Number.NaN : (cpuAfter - cpuBefore) / stats.turns;
      runs.get(target.workload)!.push({ ...stats, cpuMsPerTurn });
    }
  }
  const echoStats = combine(runs.get('echo')!);
  return targets.map((target) => ({ workload: target.workload, mode, stats: combine(runs.get(target.workload)!), echo: echoStats }));
}

/** The median time from spawning to the first answer over {@link STARTS} starts. */
async function medianFirstAnswer(name: string, script: string, env: Record<string, string>): Promise<number> {
  const times: number[] = [];
  for (let start = 0; start < STARTS; start += 1) {
    const bot = await startBot(name, script, env);
    times.push(bot.firstAnswerMs);
    await stopBot(bot);
  }
  return median(times);
}

async function stopBot(bot: RunningBot): Promise<void> {
  const exited = new Promise((resolve) => bot.child.once('exit', resolve));
  bot.child.kill();
  await exited;
}

const fixed = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : '-');

function table(rows: Row[]): string {
  const header = ['workload', 'mode', 'turns', 'errors', 'p50 ms', 'p99 ms', 'turns/s', 'p50 x echo', 'p99 x echo', 'thr / echo', 'cpu ms/turn', 'cpu x echo'];
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
    fixed(stats.cpuMsPerTurn),
    workload === 'echo' ? '' : fixed(stats.cpuMsPerTurn / echo.cpuMsPerTurn),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  return [header, ...lines].map((line) => `| ${line.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`).join('\n');
}

const ECHO_SCRIPT = path.join(__dirname, 'echoBot.js');
const FLOOR_SCRIPT = path.join(__dirname, 'dialogFloorBot.js');
/** Reference rows: what the stack's dialogs and state cost a turn with no work in it, at the least depth and at the assistant's. */
const DIALOG_FLOORS = [
  { name: 'floor, 1 dialog', env: { FLOOR_DEPTH: 'one' } },
  { name: 'floor, 5 levels', env: { FLOOR_DEPTH: 'assistant' } },
] as const;
const isFloor = (workload: string): boolean => DIALOG_FLOORS.some((floor) => floor.name === workload);
const BOT_SCRIPT = path.join(DIST, 'src', 'index.js');
const BOT_ENV = { MicrosoftAppId: '', STORAGE: 'memory', LOG_LEVEL: 'info' };

async function main(): Promise<void> {
  const echoFirstAnswerMs = await medianFirstAnswer('echo bot', ECHO_SCRIPT, {});
  const botFirstAnswerMs = await medianFirstAnswer('assistant', BOT_SCRIPT, BOT_ENV);
  const echo = await startBot('echo bot', ECHO_SCRIPT, {});
  const floors: RunningBot[] = [];
  for (const { name, env } of DIALOG_FLOORS) floors.push(await startBot(name, FLOOR_SCRIPT, env));
  const bot = await startBot('assistant', BOT_SCRIPT, BOT_ENV);
  try {
    await checkScript(bot);
    const rows = [
      ...(await measureMode(echo, floors, bot, 'sequential', 1, SEQUENTIAL_TURNS)),
      ...(await measureMode(echo, floors, bot, `${CONCURRENT_CLIENTS} concurrent`, CONCURRENT_CLIENTS, CONCURRENT_TURNS_PER_CLIENT)),
    ];
    const botMemory = peakMemoryMb(bot.child.pid);
    const echoMemory = peakMemoryMb(echo.child.pid);
    console.log(table(rows));
    console.log(`\nfirst answer after process start (median of ${STARTS}): assistant ${fixed(botFirstAnswerMs, 0)} ms, echo bot ${fixed(echoFirstAnswerMs, 0)} ms`);
    console.log(`peak memory (RSS): assistant ${fixed(botMemory ?? Number.NaN, 1)} MB, echo bot ${fixed(echoMemory ?? Number.NaN, 1)} MB`);

    const misses = rows
      .filter((row) => row.workload !== 'echo' && !isFloor(row.workload))
      .flatMap(({ workload, mode, stats, echo: base }) => [
        stats.errors > 0 ? `${workload} ${mode}: ${stats.errors} turns failed` : undefined,
        stats.p50Ms / base.p50Ms > TARGETS.latencyRatio ? `${workload} ${mode}: p50 ${fixed(stats.p50Ms / base.p50Ms)}x echo` : undefined,
        stats.p99Ms / base.p99Ms > TARGETS.latencyRatio ? `${workload} ${mode}: p99 ${fixed(stats.p99Ms / base.p99Ms)}x echo` : undefined,
        stats.turnsPerSecond / base.turnsPerSecond < TARGETS.throughputRatio
          ? `${workload} ${mode}: throughput ${fixed(stats.turnsPerSecond / base.turnsPerSecond)} of echo`
          : undefined,
      ])
      .concat(botFirstAnswerMs > TARGETS.firstAnswerMs ? [`first answer after ${fixed(botFirstAnswerMs, 0)} ms`] : [])
      .filter((miss): miss is string => miss !== undefined);
    console.log(
      misses.length === 0
        ? '\ntargets met: p50 and p99 within 1.5x of the echo bot, throughput at least 2/3 of it, first answer under 1.5 s'
        : `\ntargets missed:\n${misses.map((miss) => `- ${miss}`).join('\n')}`,
    );
    if (rows.some((row) => row.stats.errors > 0)) process.exitCode = 1;
  } finally {
    closeConnections();
    await Promise.all([stopBot(bot), ...floors.map(stopBot), stopBot(echo)]);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
