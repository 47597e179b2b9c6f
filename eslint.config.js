// @ts-check
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Every Node builtin, bare (`fs`, `fs/promises`) and prefixed (`node:fs`). */
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'))

/** @param {string} message */
const noElectron = (message) => ({ name: 'electron', message })
/** @param {string} message */
const noNode = (message) => [
  ...nodeBuiltins.map((name) => ({ name, message })),
  { name: 'electron', message },
]

// Where code runs decides what it may import (see src/shared/ipc/contract.ts and DESIGN.md).
const pureMessage =
  'src/shared and src/renderer run in the sandboxed renderer (and shared code in every process): ' +
  'no Electron, no Node. Ask main through window.copydesk (the IPC contract) instead.'
const servicesMessage =
  'Services, the dispatcher and the handlers run in plain Node in tests and in the e2e harness: ' +
  'take Electron APIs as constructor arguments or functions from src/main/index.ts.'

export default defineConfig([
  globalIgnores(['out/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Config files, scripts and the e2e harness run in Node.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/renderer/**', 'src/shared/**'],
    ignores: ['src/shared/**/*.test.ts'], // shared tests run in Node (vitest project "node")
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: noNode(pureMessage), patterns: [{ group: ['node:*'], message: pureMessage }] },
      ],
    },
  },
  {
    files: ['src/shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron(pureMessage)] }] },
  },
  {
    files: ['src/main/services/**', 'src/main/ipc/dispatcher.ts', 'src/main/ipc/handlers.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron(servicesMessage)] }],
    },
  },
  {
    rules: {
      // `_event` and friends: a handler's signature is fixed by its caller.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
])
