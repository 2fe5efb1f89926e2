/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // tsconfig's isolatedModules makes ts-jest transpile only; types are checked once by `npm run lint`.
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 30000,
};
