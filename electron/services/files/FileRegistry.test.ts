import { describe, expect, it } from 'vitest';
import { FileRegistry } from './FileRegistry';

describe('FileRegistry', () => {
  it('maps an opaque id back to the chosen path, only for the access it was chosen for', () => {
    const files = new FileRegistry(() => 'id-1');
    expect(files.register('/home/ada/roster.csv', 'read')).toEqual({
      fileId: 'id-1',
      name: 'roster.csv',
    });
    expect(files.resolve('id-1', 'read')).toBe('/home/ada/roster.csv');
    expect(() => files.resolve('id-1', 'write')).toThrow(/choose it again/);
    expect(() => files.resolve('/home/ada/roster.csv', 'read')).toThrow(/choose it again/);
    files.forget('id-1');
    expect(() => files.resolve('id-1', 'read')).toThrow(/no longer available/);
  });
});
