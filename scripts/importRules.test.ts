/**
 * The house's import rules (DESIGN.md §3) are only real if lint fails when
 * they are broken. These tests lint small snippets as if they lived in each
 * folder, with the project's own eslint.config.mjs.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
// Type information is irrelevant to import rules; without it the snippets need not be in a tsconfig.
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const restricted = ['no-restricted-imports'];

describe('import rules', () => {
  it.each([
    [
      'renderer/src/probe.ts',
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
    ],
    [
      'renderer/src/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    [
      'renderer/src/probe.ts',
      "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n",
    ],
    [
      'renderer/src/probe.ts',
      "import { x } from '../../electron/services/y';\nexport const z = x;\n",
    ],
    [
      'shared/domain/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    ['shared/domain/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/domain/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['shared/domain/probe.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n"],
    ['shared/domain/probe.ts', "import { x } from '../../renderer/src/y';\nexport const z = x;\n"],
    ['electron/services/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/main/probe.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n"],
    [
      'renderer/src/components/Probe.tsx',
      "import { Dexie } from 'dexie';\nexport const x = Dexie;\n",
    ],
    [
      'renderer/src/components/Probe.tsx',
      "import { call } from '../api/client';\nexport const x = call;\n",
    ],
  ])('%s refuses: %s', async (file, code) => {
    expect(await ruleIdsFor(file, code)).toEqual(expect.arrayContaining(restricted));
  });

  it.each([
    ['shared/domain/probe.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    [
      'renderer/src/features/x/useProbe.ts',
      "import { call } from '../../api/client';\nexport const x = call;\n",
    ],
    ['electron/main/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    [
      'electron/services/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
  ])('%s allows: %s', async (file, code) => {
    expect(await ruleIdsFor(file, code)).not.toContain('no-restricted-imports');
  });

  it('only the api folder reads window.api', async () => {
    const code = 'export const x = window.api;\n';
    expect(await ruleIdsFor('renderer/src/features/x/useProbe.ts', code)).toContain(
      'no-restricted-properties',
    );
    expect(await ruleIdsFor('renderer/src/api/probe.ts', code)).not.toContain(
      'no-restricted-properties',
    );
  });

  it('refuses weakened window security in any file', async () => {
    const code =
      'export const options = { webPreferences: { sandbox: false, contextIsolation: false } };\n';
    const ids = await ruleIdsFor('electron/main/probe.ts', code);
    expect(ids.filter((id) => id === 'no-restricted-syntax')).toHaveLength(2);
  });
});
