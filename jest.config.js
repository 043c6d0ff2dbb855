/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: { '\\.(css|png|svg)$': '<rootDir>/test/support/file-stub.js' },
  testTimeout: 60000,
  // A worker that ran a heavy file (the Chinese tables against pinyin-pro, 50,000-entry indexes) is
  // replaced before the next file, so that file's garbage collection does not land in the event-loop
  // timings of the next (test/excel/gateway.test.ts saw one 709 ms turn in a full CI run; alone it
  // measures 46–50 ms).
  workerIdleMemoryLimit: '600MB',
};
