import { createContext, useContext } from 'react';
import type { OpenedAppDB } from '../db/openAppDB';

export const DatabaseContext = createContext<OpenedAppDB | null>(null);

/** The open database. Only hooks call this (components render what hooks give them). */
export function useDatabase(): OpenedAppDB {
  const opened = useContext(DatabaseContext);
  if (opened === null) throw new Error('useDatabase needs <DatabaseGate> above it.');
  return opened;
}
