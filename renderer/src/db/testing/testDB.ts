/** A fresh, uniquely named database per test (import 'fake-indexeddb/auto' first in the test file). */
import type { AppDB } from '../AppDB';
import { openAppDB } from '../openAppDB';

export async function openTestDB(): Promise<AppDB> {
  const { db } = await openAppDB(`attest-test-${crypto.randomUUID()}`);
  return db;
}
