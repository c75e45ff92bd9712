import baseConfig, { scoped, typeImports, webApp } from '../../eslint.config.mjs';

export default [...baseConfig, ...scoped([...typeImports, ...webApp], ['**/*.{ts,tsx}'])];
