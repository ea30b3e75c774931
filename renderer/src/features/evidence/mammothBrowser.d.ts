/**
 * mammoth's prebuilt browser bundle (no Node built-ins) has the same API as
 * the package's main entry; reuse its declarations.
 */
declare module 'mammoth/mammoth.browser' {
  import mammoth from 'mammoth';
  // Describes the bundle's CommonJS `module.exports`, not code of ours.
  // eslint-disable-next-line no-restricted-syntax
  export default mammoth;
}
