import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

const DIALOGS_FROM_ROOT_ONLY = { group: ['**/dialogs/**', '**/dialogs'], message: 'Only src/index.ts imports from dialogs/.' };
const TRIAGE_DOOR = { group: ['**/triage/*'], message: 'Outside src/triage, import the core from its door, src/triage/index.ts.' };
const LOCALE_NO_CORE = {
  group: ['**/triage', '**/triage/*', '**/policy', '**/policy/*'],
  message:
    'src/locale imports neither the core nor the policy: they check the words against their ids (src/triage/catalogTexts.ts, tables.ts).',
};

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'test-output/', 'node_modules/', 'public/vendor/', '.ci/node/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', '*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Bot Framework types declare as required many activity fields that channels omit.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    // The core carries no Bot Framework: a move to its successor touches only the shell (dialogs/, src/ edges).
    files: ['src/policy/**/*.ts', 'src/triage/**/*.ts', 'src/cases/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['botbuilder', 'botbuilder-*', 'botframework-*'], message: 'The core stays free of the Bot Framework SDK.' }],
        },
      ],
    },
  },
  {
    // Dependencies point one way: the shell (dialogs/) uses src/, never the other way round; only the
    // composition root wires the dialogs in.
    files: ['src/**/*.ts'],
    ignores: ['src/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DIALOGS_FROM_ROOT_ONLY] }] },
  },
  {
    // The core has one door: outside src/triage, only src/triage/index.ts is imported.
    files: ['src/**/*.ts', 'dialogs/**/*.ts'],
    ignores: ['src/triage/**', 'src/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DIALOGS_FROM_ROOT_ONLY, TRIAGE_DOOR] }] },
  },
  {
    files: ['src/index.ts', 'dialogs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [TRIAGE_DOOR] }] },
  },
  {
    // The sign-in and the triage meet only in their contract (dialogs/signIn.ts): neither imports the other.
    files: ['dialogs/signInDialog.ts', 'dialogs/triageDialog.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            TRIAGE_DOOR,
            { group: ['./signInDialog', './triageDialog'], message: 'The sign-in and the triage share only dialogs/signIn.ts.' },
          ],
        },
      ],
    },
  },
  {
    // The words and texts know no core: a language is added without reading the core, and the core checks it.
    files: ['src/locale/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DIALOGS_FROM_ROOT_ONLY, LOCALE_NO_CORE] }] },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['jest.config.js', 'deploymentTemplates/*.js', 'scripts/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Formatting is Prettier's (npm run format); no lint rule argues with it.
  prettier,
);
