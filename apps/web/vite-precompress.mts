import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const COMPRESSIBLE = /\.(js|css|html|svg|json|map)$/;

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy next to every text file of the build, once, at
 * their best settings: the API serves them to browsers that accept them (@fastify/static's
 * `preCompressed`), so nothing is compressed per request.
 */
export function precompress(): Plugin {
  return {
    name: 'egcc-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      await Promise.all(
        Object.keys(bundle)
          .filter((file) => COMPRESSIBLE.test(file) && !file.endsWith('.map'))
          .map(async (file) => {
            const path = join(dir, file);
            const content = await readFile(path);
            if (content.length < 1024) return;
            await writeFile(
              `${path}.br`,
              await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
            );
            await writeFile(`${path}.gz`, await gz(content, { level: 9 }));
          }),
      );
    },
  };
}
