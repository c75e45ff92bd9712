import { ConfigError, parseConfig } from './config.schema';

describe('parseConfig', () => {
  it('runs with no settings at all: embedded database, demo data, port 3000 on loopback', () => {
    expect(parseConfig({})).toMatchObject({
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: 3000,
      DATA_DIR: './.data',
      DEMO_DATA: 'auto',
      MIGRATE_ON_START: true,
    });
    expect(parseConfig({}).DATABASE_URL).toBeUndefined();
  });

  it('reads and converts the values it is given', () => {
    const config = parseConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://egcc@db:5432/egcc',
      MIGRATE_ON_START: 'false',
      TRUST_PROXY_HOPS: '1',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      DATABASE_URL: 'postgresql://egcc@db:5432/egcc',
      MIGRATE_ON_START: false,
      TRUST_PROXY_HOPS: 1,
    });
  });

  it('treats an empty variable as unset', () => {
    const config = parseConfig({ DATABASE_URL: '', PORT: '' });
    expect(config.PORT).toBe(3000);
    expect('DATABASE_URL' in config).toBe(false);
  });

  it('lists every problem at once, naming the variables', () => {
    let error: unknown;
    try {
      parseConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x@y/z',
        DEMO_PASSWORD: 'short',
        LOG_LEVEL: 'chatty',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/^PORT: /m);
    expect(problems.join('\n')).toMatch(/^DATABASE_URL: must be a postgres/m);
    expect(problems.join('\n')).toMatch(/^DEMO_PASSWORD: must be at least 12 characters/m);
    expect(problems.join('\n')).toMatch(/^LOG_LEVEL: /m);
    expect((error as Error).message).toContain('Invalid configuration');
  });
});
