/* Unit tests: colocated *.spec.ts, no database. */
module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
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
  coverageDirectory: '../../coverage/apps/api',
};
