// One lint gate for every folder of the house (DESIGN.md §3). The import
// allow-lists below are the enforced form of "what each folder may import".
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Paths and packages that mean "a runtime": Node, Electron, the browser stack. */
const runtimePackages = ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks'];

const sharedRestrictions = {
  paths: [...nodeBuiltins, ...runtimePackages].map((name) => ({
    name,
    message: 'shared/ is pure TypeScript used by every process: it imports no runtime.',
  })),
  patterns: [
    {
      group: ['node:*', '@mantine/*', 'react-router', '**/electron/**', '**/renderer/**'],
      message: 'shared/ imports only shared/ and pure libraries (zod).',
    },
  ],
};

const rendererRestrictions = {
  paths: [...nodeBuiltins, 'electron'].map((name) => ({
    name,
    message: 'The renderer runs sandboxed: no Node or Electron. Ask main through src/api.',
  })),
  patterns: [
    {
      group: ['node:*', '**/electron/**', 'electron/*'],
      message: 'The renderer never imports Node, Electron or the electron/ folder.',
    },
  ],
};

const servicesRestrictions = {
  paths: [
    {
      name: 'electron',
      message:
        'Services do not import electron, so tests, the e2e harness and the CLI can call them.',
    },
  ],
  patterns: [{ group: ['**/renderer/**'], message: 'The Node side never imports the renderer.' }],
};

/** Components render; hooks connect. A .tsx file may not reach Dexie or the api client. */
const componentRestrictions = {
  paths: [
    ...rendererRestrictions.paths,
    { name: 'dexie', message: 'Components read data through hooks (useLiveQuery + repositories).' },
  ],
  patterns: [
    ...rendererRestrictions.patterns,
    {
      group: ['**/db/AppDB', '**/db/repositories/*', '**/api/client'],
      allowTypeImports: true,
      message: 'Components never touch Dexie or window.api: put the call in a hook (useX.ts).',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      'eslint.config.mjs',
      'scripts/**/*.mjs',
      '.ci/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // `const { dropped, ...rest } = row` is how a field is left out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // `onClick={() => setX(1)}` is the idiom for event handlers.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Export by name (STYLE.md habit 6); default exports only in config files.',
        },
        {
          selector: "Property[key.name='contextIsolation'][value.value=false]",
          message: 'contextIsolation stays on.',
        },
        {
          selector: "Property[key.name='sandbox'][value.value=false]",
          message: 'sandbox stays on.',
        },
        {
          selector: "Property[key.name='nodeIntegration'][value.value=true]",
          message: 'No nodeIntegration.',
        },
        {
          selector: "Property[key.name='webSecurity'][value.value=false]",
          message: 'webSecurity stays on.',
        },
        {
          selector: "Property[key.name='allowRunningInsecureContent'][value.value=true]",
          message: 'No insecure content.',
        },
        {
          selector: 'Literal[value=/^file:\\/\\//]',
          message: 'No file:// URLs: use the app protocol.',
        },
        {
          selector:
            "CallExpression[callee.property.name='openExternal'][arguments.0.type!='Identifier']",
          message: 'openExternal only with a URL that passed isSafeExternalUrl.',
        },
      ],
    },
  },
  {
    files: ['**/*.config.ts', '**/*.config.mts', 'playwright.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', sharedRestrictions] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererRestrictions],
    },
  },
  {
    files: ['renderer/src/**/*.tsx'],
    // main.tsx is the bootstrap that wires the api client to notifications.
    ignores: ['renderer/src/**/*.test.tsx', 'renderer/src/main.tsx'],
    rules: { 'no-restricted-imports': ['error', componentRestrictions] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/src/api/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'Only renderer/src/api reads window.api.' },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc/bindIpc.ts', 'electron/preload/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'electron',
          property: 'ipcMain',
          message: 'Only electron/main/ipc/bindIpc.ts touches ipcMain.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain'],
              message: 'Only electron/main/ipc/bindIpc.ts touches ipcMain.',
            },
            {
              name: 'electron',
              importNames: ['ipcRenderer'],
              message: 'Only the preload touches ipcRenderer.',
            },
          ],
          patterns: [
            { group: ['**/renderer/**'], message: 'The Node side never imports the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/services/**/*.ts',
      'electron/cli/**/*.ts',
      'electron/main/ipc/dispatch.ts',
      'electron/main/ipc/handlers/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', servicesRestrictions] },
  },
  {
    files: ['electron/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.ts', '*.config.ts', '*.config.mts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': 'off',
    },
  },
);
