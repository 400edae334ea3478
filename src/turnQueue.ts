const settle = (): void => undefined;

/**
 * Runs tasks one at a time per key, in the order they were queued; tasks of different keys run
 * concurrently. A task that fails does not hold up the ones behind it.
 */
export class TurnQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs the task once every earlier task of the same key has settled; settles as the task does. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.then(settle, settle);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** How many keys have a task running or waiting. */
  get busyKeys(): number {
    return this.tails.size;
  }
}

/**
 * The key of the activity's conversation, the same one conversation state is stored under;
 * undefined when the activity names no channel or conversation.
 */
export function conversationKey(activity: { channelId?: string; conversation?: { id?: string } }): string | undefined {
  const conversationId = activity.conversation?.id;
  if (!activity.channelId || !conversationId) return undefined;
  return `${activity.channelId}/conversations/${conversationId}`;
}
