const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { spawn } = require('node:child_process');
const { join } = require('node:path');

/** In `npm run dev`: restart the API after every rebuild. */
class RunAfterBuildPlugin {
  apply(compiler) {
    let child;
    compiler.hooks.done.tap('RunAfterBuild', (stats) => {
      if (stats.hasErrors()) return;
      if (child) child.kill('SIGTERM');
      child = spawn(
        process.execPath,
        ['--enable-source-maps', join(compiler.options.output.path, 'main.js')],
        {
          stdio: 'inherit',
        },
      );
    });
  }
}

module.exports = (env = {}) => ({
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      assets: [{ input: '../../prisma/migrations', glob: '**/*', output: 'migrations' }],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      externalDependencies: 'all',
      sourceMap: true,
    }),
    ...(env.serve ? [new RunAfterBuildPlugin()] : []),
  ],
});
