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
);
