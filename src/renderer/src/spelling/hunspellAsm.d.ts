// hunspell-asm's CommonJS build, which the worker imports: its ES build calls a namespace import
// of nanoid as a function, which fails once bundled. Same API as the package's main entry.
declare module 'hunspell-asm/dist/cjs/index.js' {
  export { loadModule } from 'hunspell-asm'
}
