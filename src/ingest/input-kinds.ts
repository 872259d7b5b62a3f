/**
 * What kind of input a path names, told from the path alone. Kept apart from the readers
 * (html.ts, web/read-url.ts) so that reading plain text loads neither the HTML parser nor the
 * web client: `extract` of one text file starts without them (issue #18, start-up).
 */

/** True for `.html` and `.htm` paths. */
export function isHtmlPath(path: string): boolean {
  return /\.html?$/i.test(path);
}

/** True for `http://` and `https://` URLs. */
export function isUrl(path: string): boolean {
  return /^https?:\/\//i.test(path);
}
