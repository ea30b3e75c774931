/** A problem found in a definitions file, at a dotted path into it ('' = the whole file). */
export interface DefinitionProblem {
  readonly path: string;
  readonly message: string;
}

export type DefinitionResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly DefinitionProblem[] };

export function pathOf(segments: readonly PropertyKey[]): string {
  return segments.map((segment) => String(segment)).join('.');
}
