/*
 * Integration tests: *.int-spec.ts against a real PostgreSQL (TEST_DATABASE_URL) or, when it
 * is unset, the embedded database. Every test file gets its own database cloned from a
 * migrated template; test/support/test-app.ts isolates each test within it.
 */
module.exports = {
  displayName: 'api-int',
  testEnvironment: '<rootDir>/test/support/database-environment.cjs',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  transform: { '^.+\\.[tj]s$': ['@swc/jest', require('./swc.jest.cjs')] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // ESM-only dependencies that Node loads through require(esm) but Jest cannot: transpile them.
  transformIgnorePatterns: [
    '/node_modules/(?!(content-disposition|file-type|strtok3|token-types|@tokenizer/inflate|uint8array-extras|@borewit/text-codec|@seriousme/openapi-schema-validator|@fastify/cookie|cookie)/)',
  ],
  moduleNameMapper: {
    '^@egcc/policy$': '<rootDir>/../../libs/policy/src/index.ts',
    '^@egcc/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 30_000,
  maxWorkers: 2,
};
