import { MemoryStorage, type Storage, type StoreItem, type StoreItems } from 'botbuilder';
import type { StorageConfig } from './config';

/** Another instance saved the same state after this turn read it; this turn's changes were not saved. */
export class StateConflictError extends Error {
  constructor(cause: unknown) {
    super('the state changed since this turn read it', { cause });
    this.name = 'StateConflictError';
  }
}

/** The message both botbuilder's MemoryStorage and botbuilder-azure-blobs throw for a failed conditional write. */
const ETAG_CONFLICT = /due to eTag conflict/;

/**
 * Makes every save conditional on the version the turn read. Bot state saves with eTag `*` (the last
 * writer wins); this puts back the eTag the item was read with, so a save that would overwrite what
 * another instance saved in between fails with a {@link StateConflictError} instead.
 */
export class ConcurrencyCheckedStorage implements Storage {
  private readonly versions = new WeakMap<StoreItem, string>();

  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    for (const item of Object.values(items) as StoreItem[]) {
      if (typeof item?.eTag === 'string' && item.eTag !== '*') this.versions.set(item, item.eTag);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const checked: StoreItems = {};
    for (const [key, item] of Object.entries(changes) as [string, StoreItem][]) {
      const version = this.versions.get(item);
      checked[key] = version !== undefined && item.eTag === '*' ? { ...item, eTag: version } : item;
    }
    try {
      await this.inner.write(checked);
    } catch (err) {
      throw err instanceof Error && ETAG_CONFLICT.test(err.message) ? new StateConflictError(err) : err;
    }
    for (const item of Object.values(changes) as StoreItem[]) this.versions.delete(item);
  }

  async delete(keys: string[]): Promise<void> {
    await this.inner.delete(keys);
  }
}

/**
 * Azure Blob Storage through the official `botbuilder-azure-blobs`, one blob per conversation.
 * The Azure SDK is loaded on first use, so a service keeping state in memory starts without it.
 */
class BlobStateStorage implements Storage {
  private store: Promise<Storage> | undefined;

  constructor(private readonly config: Extract<StorageConfig, { kind: 'blob' }>) {}

  private blobs(): Promise<Storage> {
    this.store ??= import('botbuilder-azure-blobs').then(({ BlobsStorage }) => new BlobsStorage(this.config.connectionString, this.config.container));
    return this.store;
  }

  async read(keys: string[]): Promise<StoreItems> {
    return (await this.blobs()).read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await (await this.blobs()).write(changes);
  }

  async delete(keys: string[]): Promise<void> {
    await (await this.blobs()).delete(keys);
  }
}

/**
 * The store of conversation state the configuration names: process memory (one process), or an
 * Azure Blob Storage container shared by every instance, with saves checked against concurrent ones.
 */
export function createStorage(config: StorageConfig): Storage {
  return config.kind === 'blob' ? new ConcurrencyCheckedStorage(new BlobStateStorage(config)) : new MemoryStorage();
}

/**
 * Checks that the store answers, creating the blob container when it does not exist yet, so a
 * wrong connection string stops the service at start instead of failing its first turn.
 */
export async function connectStorage(storage: Storage): Promise<void> {
  await storage.read([]);
}
