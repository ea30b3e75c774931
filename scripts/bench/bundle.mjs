// Builds TypeScript entries into plain Node ES modules with Vite (no
// TypeScript loader at run time), for the benchmarks' own processes.
import { build } from 'vite';

/**
 * @param {{ root: string, outDir: string, input: Record<string, string>, plugins?: import('vite').Plugin[] }} options
 *   `input` maps output names (`<name>.mjs` in `outDir`) to entry files.
 */
export async function bundleForNode({ root, outDir, input, plugins = [] }) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    publicDir: false,
    plugins,
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: {
        input,
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
}
