import { expect } from 'chai';
import { conversationKey, TurnQueue } from '../../src/turnQueue';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('TurnQueue', () => {
  it('runs the tasks of one key one at a time, in the order queued', async () => {
    const queue = new TurnQueue();
    const events: string[] = [];
    const task = (name: string, ticks: number) => async (): Promise<string> => {
      events.push(`start ${name}`);
      for (let i = 0; i < ticks; i += 1) await tick();
      events.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([queue.run('a', task('1', 3)), queue.run('a', task('2', 1)), queue.run('a', task('3', 0))]);
    expect(results).to.deep.equal(['1', '2', '3']);
    expect(events).to.deep.equal(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('runs the tasks of different keys side by side', async () => {
    const queue = new TurnQueue();
    let running = 0;
    let mostAtOnce = 0;
    const task = async (): Promise<void> => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await tick();
      running -= 1;
    };
    await Promise.all(['a', 'b', 'c'].map((key) => queue.run(key, task)));
    expect(mostAtOnce).to.equal(3);
  });

  it('passes a failure to its caller only and goes on with the next task', async () => {
    const queue = new TurnQueue();
    const failed = queue.run('a', () => Promise.reject(new Error('turn failed')));
    const next = queue.run('a', async () => 'next');
    const outcome = await failed.then(
      () => 'resolved',
      (err: unknown) => (err instanceof Error ? err.message : 'other'),
    );
    expect(outcome).to.equal('turn failed');
    expect(await next).to.equal('next');
  });

  it('forgets a key once its tasks are done', async () => {
    const queue = new TurnQueue();
    await Promise.all([queue.run('a', async () => 1), queue.run('b', async () => 2)]);
    await tick();
    expect(queue.busyKeys).to.equal(0);
  });
});

describe('conversationKey', () => {
  it('is the conversation state key of the activity, or undefined without a conversation', () => {
    expect(conversationKey({ channelId: 'msteams', conversation: { id: '19:x@thread.v2' } })).to.equal(
      'msteams/conversations/19:x@thread.v2',
    );
    expect(conversationKey({ channelId: 'webchat' })).to.equal(undefined);
    expect(conversationKey({ conversation: { id: 'c' } })).to.equal(undefined);
  });
});
