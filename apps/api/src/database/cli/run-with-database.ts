import { parseConfig } from '../../config/config.schema';
import { DatabaseConnection } from '../database-connection';

/**
 * Runs a maintenance task against DATABASE_URL, or the embedded database under DATA_DIR when
 * it is unset (stop the running portal first: the embedded database has one owner at a time).
 */
export async function runWithDatabase(
  task: (connection: DatabaseConnection) => Promise<void>,
): Promise<void> {
  const config = parseConfig(process.env);
  const connection = await DatabaseConnection.open(config);
  try {
    await task(connection);
  } finally {
    await connection.close();
  }
}

export function fail(error: unknown): never {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
