#!/usr/bin/env node
// Stands in for Prisma's native schema-engine binary, which these offline machines cannot
// download. The Prisma CLI starts it (PRISMA_SCHEMA_ENGINE_BINARY) and speaks JSON-RPC 2.0
// on stdin/stdout, one object per line; we answer with the WASM build of the same engine
// (@prisma/schema-engine-wasm, matching prisma 7.10.0's engine hash) talking to Postgres
// through @prisma/adapter-pg. Works around four faults of adapter-pg on this path:
//  - it splits scripts on ";" (breaks $$ bodies and atomicity): we send a script whole;
//  - it ignores the shadow database's name: we connect to the shadow database by its URL;
//  - it rejects the "char" catalog type (OID 18): we read it as text;
//  - the WASM engine does not reset an explicit shadow database: we empty it first.
// Without a shadow database URL (or any URL), an in-memory PGlite stands in.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import readline from 'node:readline';

const require = createRequire(import.meta.url);
const pg = require('pg');
const { PrismaPg } = require('@prisma/adapter-pg');
const { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } = require('@prisma/driver-adapter-utils');

const ENGINE_HASH = '0edf323efd1d98336f3f0a68684b56f689b900d3';
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * adapter-pg refuses the "char" catalog type (OID 18), which the engine's catalog queries
 * return (pg_constraint.contype, ...). pg reads such a value as a string already; we report
 * the column as a character column, which is what the engine expects.
 */
function acceptCharColumns(adapter) {
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
  if (queryable.__acceptsChar) return;
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async function queryRawWithChar(query) {
    let charColumns = [];
    const performIO = this.performIO;
    // Bound synchronously: queryRaw calls performIO before its first await.
    this.performIO = async (q) => {
      const result = await performIO.call(this, q);
      charColumns = result.fields.flatMap((field, i) => (field.dataTypeID === PG_CHAR_OID ? [i] : []));
      result.fields = result.fields.map((field) =>
        field.dataTypeID === PG_CHAR_OID ? { ...field, dataTypeID: PG_TEXT_OID } : field,
      );
      return result;
    };
    try {
      const resultSet = await queryRaw.call(this, query);
      for (const i of charColumns) resultSet.columnTypes[i] = ColumnTypeEnum.Character;
      return resultSet;
    } finally {
      delete this.performIO;
    }
  };
  queryable.__acceptsChar = true;
}

function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, cli: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--version' || arg === '-V') args.version = true;
    else if (arg === '--datamodels') args.datamodels.push(argv[++i]);
    else if (arg === '--datasource') args.datasource = JSON.parse(argv[++i]);
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++;
    else if (arg === 'cli') args.cli = argv[++i];
  }
  return args;
}

/** The log line the CLI reads from stderr (after skipping the first line) on failure. */
function logError(message, errorCode) {
  process.stderr.write('schema-engine failed\n');
  process.stderr.write(
    JSON.stringify({
      timestamp: new Date().toISOString(),
      level: 'ERROR',
      target: 'schema_engine::logger',
      fields: { message, error_code: errorCode },
    }) + '\n',
  );
}

function errorCodeOf(error) {
  const code = error?.code;
  if (code === '3D000') return 'P1003'; // database does not exist
  if (code === '28P01' || code === '28000') return 'P1000'; // authentication
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET'].includes(code)) return 'P1001';
  return 'P1000';
}

function databaseNameOf(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

function maintenanceUrl(url) {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(url) {
  const name = databaseNameOf(url);
  await withClient(maintenanceUrl(url), async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  });
  return name;
}

async function runCliCommand(command, url) {
  try {
    if (command === 'can-connect-to-database') {
      await withClient(url, (client) => client.query('SELECT 1'));
    } else if (command === 'create-database') {
      await createDatabase(url);
    } else if (command === 'drop-database') {
      const name = databaseNameOf(url);
      await withClient(maintenanceUrl(url), (client) =>
        client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
      );
    } else {
      logError(`Unknown command ${command}`, 'P1000');
      return 1;
    }
    return 0;
  } catch (error) {
    logError(String(error?.message ?? error), errorCodeOf(error));
    return 1;
  }
}

/** Drops everything in the schemas a migration run may have created. */
async function emptyDatabase(url) {
  await withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT nspname FROM pg_namespace
        WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
    );
    for (const { nspname } of rows) {
      await client.query(`DROP SCHEMA ${pg.escapeIdentifier(nspname)} CASCADE`);
    }
    await client.query('CREATE SCHEMA IF NOT EXISTS public');
  });
}

async function startInMemoryPostgres() {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  // The migrations use unaccent (full-text search folds diacritics away).
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const db = await PGlite.create({ extensions: { unaccent } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres@${address}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/** adapter-pg's adapter with whole-script execution. */
async function connectAdapter(url, onDispose) {
  const adapter = await new PrismaPg({ connectionString: url, max: 1 }).connect();
  acceptCharColumns(adapter);
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  if (onDispose) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await onDispose();
    };
  }
  return adapter;
}

function adapterFactory(datasource) {
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async connect() {
      if (datasource.url) return connectAdapter(datasource.url);
      // No database configured: commands that only compare schemas (migrate diff) still
      // need a connection, so give them a throwaway one.
      const scratch = await startInMemoryPostgres();
      return connectAdapter(scratch.url, scratch.stop);
    },
    async connectToShadowDb() {
      if (datasource.shadowDatabaseUrl) {
        await emptyDatabase(datasource.shadowDatabaseUrl);
        return connectAdapter(datasource.shadowDatabaseUrl);
      }
      const shadow = await startInMemoryPostgres();
      return connectAdapter(shadow.url, shadow.stop);
    },
  };
}

async function loadEngine() {
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message) {
      process.stderr.write(`schema engine panic: ${message}\n`);
    },
  };
  const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const pkgDir = dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const bytes = readFileSync(join(pkgDir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg;
}

function rpcError(error) {
  const message = String(error?.message ?? error);
  const data = { message, is_panic: false };
  const code = error?.error_code ?? error?.errorCode ?? error?.code;
  if (typeof code === 'string' && /^P\d{4}$/.test(code)) data.error_code = code;
  if (error?.meta) data.meta = error.meta;
  return { code: 4466, message: 'An error happened. Check the data field for details.', data };
}

async function serve(args) {
  const wasm = await loadEngine();
  const datamodels = args.datamodels.map((file) => [file, readFileSync(file, 'utf8')]);
  const log = (line) => {
    // Engine logs go to stderr as JSON lines, as the native engine writes them.
    process.stderr.write(
      JSON.stringify({ level: 'INFO', target: 'schema_engine', fields: { message: String(line) } }) + '\n',
    );
  };
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactory(args.datasource));
  const engine = await wasm.SchemaEngine.new(
    { datamodels: datamodels.length ? datamodels : undefined },
    log,
    factory,
  );

  const send = (message) => process.stdout.write(JSON.stringify(message) + '\n');
  let nextOwnId = 1_000_000;
  const pendingOwn = new Map();
  const requestPrint = (content) =>
    new Promise((resolve) => {
      const id = nextOwnId++;
      pendingOwn.set(id, resolve);
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });

  const handlers = {
    async getDatabaseVersion(params) {
      return engine.version(params ?? null);
    },
    async createDatabase(params) {
      const url = params?.datasource?.url ?? args.datasource.url;
      return { databaseName: await createDatabase(url) };
    },
    async diff(params) {
      const result = await engine.diff(params);
      if (result.stdout) await requestPrint(result.stdout);
      return { exitCode: result.exitCode };
    },
  };

  // A panic inside the WASM engine surfaces as an uncaught "unreachable" error. Answer the
  // request in flight as the native engine does (is_panic) and exit with its panic code,
  // so the CLI fails loudly instead of printing an empty result.
  let inFlight = null;
  const onPanic = (error) => {
    if (inFlight !== null) {
      send({
        jsonrpc: '2.0',
        id: inFlight,
        error: { ...rpcError(error), data: { ...rpcError(error).data, is_panic: true } },
      });
    }
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(101);
  };
  process.on('uncaughtException', onPanic);
  process.on('unhandledRejection', onPanic);

  let queue = Promise.resolve();
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method === undefined && pendingOwn.has(message.id)) {
      pendingOwn.get(message.id)(message.result);
      pendingOwn.delete(message.id);
      return;
    }
    // One request at a time, in order, as the native engine does.
    queue = queue.then(async () => {
      inFlight = message.id;
      try {
        const handler = handlers[message.method];
        let result;
        if (handler) result = await handler(message.params);
        else if (typeof engine[message.method] === 'function')
          result = await engine[message.method](message.params ?? {});
        else throw new Error(`Method ${message.method} is not supported by the WASM schema engine`);
        send({ jsonrpc: '2.0', id: message.id, result: result ?? {} });
      } catch (error) {
        send({ jsonrpc: '2.0', id: message.id, error: rpcError(error) });
      } finally {
        inFlight = null;
      }
    });
  });
  rl.on('close', () => {
    queue.finally(() => process.exit(0));
  });
}

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  process.stdout.write(`schema-engine-cli ${ENGINE_HASH}\n`);
} else if (args.cli) {
  process.exitCode = await runCliCommand(args.cli, args.datasource.url);
} else {
  await serve(args);
}
