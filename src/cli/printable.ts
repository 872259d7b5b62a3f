/**
 * Control characters a terminal obeys (C0 but line feed and tab, DEL, C1): escape
 * sequences in an article or an outlet could clear the screen, set the title or write to
 * the clipboard (OSC 52). Shown as `\xNN` (`\u00NN` for C1), so they stay visible.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` with every control character but `\n` and `\t` written out as `\xNN`. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** `printable`, and line breaks too: for a one-line error message. */
export function printableLine(text: string): string {
  return printable(text.replace(/\s*\n\s*/g, ' ')).replace(/\t/g, ' ');
}
