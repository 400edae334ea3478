import { expect } from 'chai';
import { MemoryStorage, type StoreItem } from 'botbuilder';
import { ConcurrencyCheckedStorage, StateConflictError } from '../../src/storage';

/** Saves an item the way bot state does: changed in place, with eTag `*`. */
async function save(storage: ConcurrencyCheckedStorage, key: string, item: StoreItem, change: Record<string, unknown>): Promise<void> {
  Object.assign(item, change, { eTag: '*' });
  await storage.write({ [key]: item });
}

describe('ConcurrencyCheckedStorage', () => {
  it('refuses a save over a version another writer saved after this one was read', async () => {
    const storage = new ConcurrencyCheckedStorage(new MemoryStorage());
    await storage.write({ c: { facts: [] } });
    const first = (await storage.read(['c'])).c as StoreItem;
    const second = (await storage.read(['c'])).c as StoreItem;
    await save(storage, 'c', first, { facts: ['citizenship'] });
    const refused = await save(storage, 'c', second, { facts: ['dateOfBirth'] }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(refused).to.be.instanceOf(StateConflictError);
    expect((await storage.read(['c'])).c).to.deep.include({ facts: ['citizenship'] });
  });

  it('lets a turn save what it read more than once, and save items it never read', async () => {
    const storage = new ConcurrencyCheckedStorage(new MemoryStorage());
    await storage.write({ c: { n: 0 } });
    const item = (await storage.read(['c'])).c as StoreItem;
    await save(storage, 'c', item, { n: 1 });
    await save(storage, 'c', item, { n: 2 });
    await save(storage, 'new', {}, { n: 1 });
    expect((await storage.read(['c'])).c).to.deep.include({ n: 2 });
    expect((await storage.read(['new'])).new).to.deep.include({ n: 1 });
  });
});
