/**
 * The handout's line-number script, as a string. Its source is
 * `client/line-numbers.ts`; the build bundles it with esbuild into
 * `lib/render/handout/line-script.js` (see scripts/build-client.mjs), which
 * is what the handout inlines when line numbers are asked for.
 */
export declare const lineNumbersScript: string
