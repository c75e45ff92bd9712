/** Stops the embedded database factory, if the global setup started one. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { egccDatabaseFactory?: { stop(): Promise<void> } }).egccDatabaseFactory?.stop();
}
