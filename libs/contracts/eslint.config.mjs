import baseConfig, { scoped, typeImports } from '../../eslint.config.mjs';

export default [...baseConfig, ...scoped(typeImports, ['**/*.ts'])];
