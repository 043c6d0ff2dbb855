// opencc-js publishes a traditional→simplified-only build (a tenth of the full dictionary) under
// the subpath 'opencc-js/t2cn'; its API is the full build's.
declare module 'opencc-js/t2cn' {
  export * from 'opencc-js';
}
