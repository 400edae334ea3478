import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { StorageConfig } from './config';

/**
 * The store of conversation state the configuration names: process memory, or one blob per
 * conversation in an Azure Blob Storage container (through the official `botbuilder-azure-blobs`).
 */
export function createStorage(config: StorageConfig): Storage {
  return config.kind === 'blob' ? new BlobsStorage(config.connectionString, config.container) : new MemoryStorage();
}

/**
 * Checks that the store answers, creating the blob container when it does not exist yet, so a
 * wrong connection string stops the service at start instead of failing its first turn.
 */
export async function connectStorage(storage: Storage): Promise<void> {
  await storage.read([]);
}
