import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import type { StorageConfig } from './config';

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

/** The store of conversation state the configuration names: process memory, or an Azure Blob Storage container. */
export function createStorage(config: StorageConfig): Storage {
  return config.kind === 'blob' ? new BlobStateStorage(config) : new MemoryStorage();
}

/**
 * Checks that the store answers, creating the blob container when it does not exist yet, so a
 * wrong connection string stops the service at start instead of failing its first turn.
 */
export async function connectStorage(storage: Storage): Promise<void> {
  await storage.read([]);
}
