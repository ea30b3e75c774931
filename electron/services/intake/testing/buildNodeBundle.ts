import { basename, join, resolve } from 'node:path';
import { build } from 'vite';

/** The repository root: bundles go under its node_modules so their external imports resolve. */
export const repoRoot = resolve(__dirname, '../../../..');

/**
 * Builds one TypeScript entry into a plain Node ESM bundle (dependencies stay
 * external), so a test can run it in a child process without a TypeScript
 * loader. Returns the bundle's path.
 */
export async function buildNodeBundle(entry: string, name: string): Promise<string> {
  const outDir = join(repoRoot, 'node_modules', '.cache', 'attest-bundles', name);
  await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    publicDir: false,
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  });
  return join(outDir, `${basename(entry, '.ts')}.mjs`);
}
