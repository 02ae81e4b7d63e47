// jsdom ships no typings and @types/jsdom is not installed; this is the slice the benchmark and tests use.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; contentType?: string });
    readonly window: Window & typeof globalThis;
  }
}
