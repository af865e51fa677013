/**
 * The reader's in-page script, as a string. Its source is `client/`; the
 * build bundles it with esbuild into `lib/render/reader/client-script.js`
 * (see scripts/build-client.mjs), which is what the page inlines.
 */
export declare const clientScript: string
