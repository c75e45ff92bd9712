export * from './lib/enums';
export * from './lib/problem';
export * from './lib/health';
export * from './lib/reference';
