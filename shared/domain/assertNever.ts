/**
 * The last line of an exhaustive `switch` over a union (STYLE.md habit 7): the
 * compiler rejects the call when a case is missing, and at run time a value
 * from outside the union (bad data from disk or IPC) fails loudly.
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
