import { Agent, request } from 'node:http';

/** What one turn answered. */
export interface TurnResult {
  status: number;
  /** The activities of the expect-replies response. */
  replies: { type?: string; text?: string; attachments?: unknown[] }[];
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** POSTs one activity over a keep-alive loopback connection and reads the replies. */
export function postActivity(url: string, activity: object): Promise<TurnResult> {
  const body = JSON.stringify(activity);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        const parsed = text.startsWith('{') ? (JSON.parse(text) as { activities?: TurnResult['replies'] }) : {};
        resolve({ status: res.statusCode ?? 0, replies: parsed.activities ?? [] });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Closes the idle keep-alive connections so the process can exit. */
export function closeConnections(): void {
  agent.destroy();
}

/** A message activity as a channel would send it, asking for the replies in the HTTP response. */
export function message(conversationId: string, text: string): object {
  return {
    type: 'message',
    id: `${conversationId}-${Math.random().toString(36).slice(2)}`,
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9/unused/',
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}`, name: 'Bench' },
    recipient: { id: 'bot', name: 'Bot' },
    locale: 'en-GB',
    text,
  };
}

/** Latency percentiles and throughput of a run. */
export interface RunStats {
  turns: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  turnsPerSecond: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Runs `clients` clients side by side, each sending `turnsPerClient` messages one after the other;
 * `nextTurn(client, turn)` names the conversation and text of each, and `check` tells an answered
 * turn from a failed one.
 */
export async function runLoad(
  url: string,
  clients: number,
  turnsPerClient: number,
  nextTurn: (client: number, turn: number) => { conversationId: string; text: string },
  check: (result: TurnResult) => boolean,
): Promise<RunStats> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let turn = 0; turn < turnsPerClient; turn += 1) {
        const { conversationId, text } = nextTurn(client, turn);
        const sent = performance.now();
        const result = await postActivity(url, message(conversationId, text));
        latencies.push(performance.now() - sent);
        if (result.status !== 200 || !check(result)) errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { turns: latencies.length, errors, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), turnsPerSecond: latencies.length / seconds };
}
