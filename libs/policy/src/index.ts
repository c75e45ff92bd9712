export * from './lib/policy';
