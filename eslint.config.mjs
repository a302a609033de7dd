import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.e2e-cache/**', 'bench/work/**', 'test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // CommonJS scripts load modules with require, on purpose.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The language service is pure: it knows nothing of VS Code, LSP or the file system,
    // so that the server, the CLI and the browser build share it unchanged.
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vscode', 'vscode-*', 'vscode-languageserver*'],
              message: 'The service must not depend on VS Code or LSP.',
            },
            {
              group: ['fs', 'path', 'os', 'child_process', 'node:*'],
              message: 'The service must not use Node-only APIs.',
            },
          ],
        },
      ],
    },
  },
  {
    // The portfolio's model is shared by the webview, the extension and the command line: plain data and pure
    // functions, nothing of VS Code or Node.
    files: ['server/src/portfolio/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*'], message: 'The portfolio model must not depend on VS Code.' },
            {
              group: ['fs', 'path', 'os', 'child_process', 'node:*'],
              message: 'The portfolio model runs in webviews too.',
            },
            {
              regex: '(^|/)service/.+',
              message: 'Callers use the language service through server/src/service (its index) only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Small functions, in the product's code: a function that needs more than 60 lines holds several things.
    files: ['server/**/*.ts', 'client/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60 }] },
  },
  {
    // The service is one object that its callers make and ask (service/index.ts); they never reach inside it.
    files: [
      'server/src/*.ts',
      'server/src/lsp/**/*.ts',
      'server/src/cli/**/*.ts',
      'server/src/hosts/**/*.ts',
      'client/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)service/.+',
              message: 'Callers use the language service through server/src/service (its index) only.',
            },
          ],
        },
      ],
    },
  },
);
