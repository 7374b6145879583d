/**
 * Echoing a user's value back in an error message. A message quotes what was wrong so the user can
 * find it, but a value can be megabytes long (a pasted book as a label, a minified file on one
 * line), and a message that long freezes the dialog that shows it. Every message that repeats a
 * value from a file, an argument or a parser goes through here: at most {@link ECHO_LIMIT}
 * characters, cut with "…".
 */

/** The most characters of a value a message repeats. */
export const ECHO_LIMIT = 80;

/**
 * `text` cut to at most `limit` characters, the last of them "…" when something was cut. Never
 * splits a surrogate pair (the cut would leave half an emoji, a character no file can hold).
 */
export function clip(text: string, limit: number = ECHO_LIMIT): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * A value as a message quotes it: in double quotes with JSON escapes (so a line break or a control
 * character is visible and cannot break the message's own lines), at most about
 * {@link ECHO_LIMIT} characters in all.
 */
export function echo(value: string, limit: number = ECHO_LIMIT): string {
  if (value.length <= limit) {
    const whole = JSON.stringify(value);
    if (whole.length <= limit) return whole;
  }
  let out = "";
  for (const char of value) {
    const piece = JSON.stringify(char).slice(1, -1);
    // Room for the closing quote, and for "…" when more follows.
    if (out.length + piece.length > limit - 3) return `"${out}…"`;
    out += piece;
  }
  return `"${out}"`;
}
