/**
 * Where a JSON text first goes wrong, as a UTF-16 offset. `JSON.parse` says
 * *what* is wrong but, in V8, often not *where* ("Unexpected token '}'"), and
 * no JSON parser with positions is a dependency, so this small scanner (RFC
 * 8259 grammar, iterative so deep nesting cannot overflow the stack) finds
 * the place for the message a lead reads. It validates; it builds nothing.
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Offset just past the string that starts at `start` (a '"'); an error at offset e is -(e + 1). */
function scanString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = text[i];
    if (c === undefined) return -(i + 1);
    if (c === '"') return i + 1;
    if (c < ' ') return -(i + 1);
    if (c !== '\\') {
      i += 1;
      continue;
    }
    const escaped = text[i + 1];
    if (escaped === 'u') {
      HEX4.lastIndex = i + 2;
      if (!HEX4.test(text)) return -(i + 1);
      i += 6;
    } else if (escaped !== undefined && ESCAPES.has(escaped)) {
      i += 2;
    } else {
      return -(i + 1);
    }
  }
}

/** Offset just past the scalar at `i`; an error at offset e is -(e + 1). */
function scanScalar(text: string, i: number): number {
  if (text[i] === '"') return scanString(text, i);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, i)) return i + literal.length;
  }
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : -(i + 1);
}

type State = 'value' | 'key' | 'after';

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
  return i;
}

/** The offset of the first syntax error in `text`, or null when it is valid JSON. */
export function jsonErrorOffset(text: string): number | null {
  const closers: string[] = [];
  let state: State = 'value';
  let mayClose = false;
  let i = 0;
  for (;;) {
    i = skipSpace(text, i);
    const c = text[i];
    if (c === undefined) return state === 'after' && closers.length === 0 ? null : i;
    if (mayClose && c === closers.at(-1)) {
      closers.pop();
      i += 1;
      state = 'after';
    } else if (state === 'after') {
      if (closers.length === 0) return i;
      if (c === ',') {
        state = closers.at(-1) === '}' ? 'key' : 'value';
      } else if (c === closers.at(-1)) {
        closers.pop();
      } else {
        return i;
      }
      i += 1;
    } else if (state === 'key') {
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = skipSpace(text, end);
      if (text[i] !== ':') return i;
      i += 1;
      state = 'value';
    } else if (c === '{' || c === '[') {
      closers.push(c === '{' ? '}' : ']');
      i += 1;
      state = c === '{' ? 'key' : 'value';
      mayClose = true; // `{}` and `[]`: the closer may come straight away
      continue;
    } else {
      const end = scanScalar(text, i);
      if (end < 0) return -end - 1;
      i = end;
      state = 'after';
    }
    mayClose = false;
  }
}
