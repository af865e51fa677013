/** The character tables of opencc-js: `"FROM TO|FROM TO|…"`. */
declare module 'opencc-js/dict/*' {
  const table: string
  export default table
}
