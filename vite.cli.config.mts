import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// The `attest` command: one Node bundle in out/cli, its dependencies external
// (they are in package.json "dependencies"), runnable without Electron.
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
];

export default defineConfig({
  build: {
    outDir: 'out/cli',
    emptyOutDir: true,
    ssr: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: { attest: resolve(import.meta.dirname, 'electron/cli/index.ts') },
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { format: 'cjs', entryFileNames: '[name].js', banner: '#!/usr/bin/env node' },
    },
  },
});
