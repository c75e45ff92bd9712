module.exports = {
  displayName: 'web',
  testEnvironment: 'jsdom',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  // Whole pages render with the router and user events; CI runs these beside the API's
  // integration tests on two cores, where 5 s per test is not always enough.
  testTimeout: 30_000,
  transform: {
    '^.+\\.[tj]sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@egcc/policy$': '<rootDir>/../../libs/policy/src/index.ts',
    '^@egcc/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '\\.css$': '<rootDir>/src/test-style-stub.ts',
  },
};
