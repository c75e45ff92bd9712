// Jest environment for the integration tests. In embedded mode (no TEST_DATABASE_URL) it runs
// PGlite here, outside Jest's module sandbox: PGlite loads Node built-ins with import(), which
// the sandbox refuses. Tests ask for databases through a function on their global object.
const { readFileSync } = require('node:fs');
const { TestEnvironment } = require('jest-environment-node');

class DatabaseEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.databases = [];
  }

  async setup() {
    await super.setup();
    const dumpPath = process.env.EGCC_TEST_TEMPLATE_DUMP;
    if (!dumpPath) return;
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
    const dumps = new Map();
    const load = (path) => {
      if (!dumps.has(path)) dumps.set(path, new Blob([readFileSync(path)]));
      return dumps.get(path);
    };
    /** A fresh embedded database: a copy of the migrated template, or an empty one. */
    this.global.__egccCreateEmbeddedDatabase = async ({ empty = false } = {}) => {
      const db = await PGlite.create({
        loadDataDir: load(empty ? process.env.EGCC_TEST_EMPTY_DUMP : dumpPath),
        extensions: { unaccent },
      });
      const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
      await server.start();
      const stop = async () => {
        await server.stop();
        await db.close();
      };
      this.databases.push(stop);
      return { url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`, stop };
    };
  }

  async teardown() {
    await Promise.allSettled(this.databases.map((stop) => stop()));
    await super.teardown();
  }
}

module.exports = DatabaseEnvironment;
