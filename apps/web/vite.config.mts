import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress.mts';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react(), precompress()],
  resolve: {
    alias: {
      '@egcc/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)),
      '@egcc/policy': fileURLToPath(new URL('../../libs/policy/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 4200,
    host: 'localhost',
    proxy: { '/api': { target: `http://localhost:${process.env.API_PORT ?? 3000}`, changeOrigin: false } },
  },
  preview: { port: 4300, host: 'localhost' },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    sourcemap: true,
    reportCompressedSize: true,
    // No inline scripts or styles anywhere: the Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
  },
});
