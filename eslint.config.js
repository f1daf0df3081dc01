// ESLint (flat config): @eslint/js and typescript-eslint's recommended rules, tuned to catch defects,
// not to restyle the code (prettier owns the layout). Each rule turned off or changed says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'test-output/',
      'node_modules/',
      '.warncheck/',
      'bench/.cache/',
      'src/core/domain/confusables-data.ts',
      'tests/vectors/',
      'tests/corpus/',
      '*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The parsers refuse control characters on purpose (notes, checkpoints, hosts): such ranges are the point.
      'no-control-regex': 'off',
      // `const { secret: _drop, ...rest } = x` is how a field is left out of a copy; `_name` marks an unused one.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    // Test vectors are untyped JSON from upstream files; the tests read them as `any` and assert on the values.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
