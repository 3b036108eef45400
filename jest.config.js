// Jest: every test in test/, TypeScript transpiled by ts-jest (type checking runs separately in `npm run typecheck`).
// The global setup starts one DynamoDB Local for the whole run; each test file creates its own table.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      'ts-jest',
      {
        // Transpile only (isolatedModules below): `npm run typecheck` checks types once for the whole project.
        diagnostics: false,
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          target: 'es2022',
          esModuleInterop: true,
          allowJs: true,
          isolatedModules: true,
          resolveJsonModule: true,
        },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // Every log line of every test file is kept and scanned at the end for personal data.
  setupFilesAfterEnv: ['<rootDir>/test/support/log-capture.ts'],
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Quiet unless something fails: no line per passing file; each failure in full, then the summary.
  // For the usual line per file, add --reporters=default.
  reporters: [['summary', { summaryThreshold: 0 }]],
  testTimeout: 30000,
  maxWorkers: '50%',
};
