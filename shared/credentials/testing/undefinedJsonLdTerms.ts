/**
 * Test helper: lists the property names and `type` values of a JSON-LD
 * document that its contexts do not define — what makes JSON-LD safe mode
 * (DESIGN.md §5) refuse to sign. Written here because no pure JSON-LD
 * processor is a dependency; it models the parts of JSON-LD 1.1 that OB 3.0
 * uses: top-level terms, type-scoped contexts (which do not propagate into
 * nested nodes) and property-scoped contexts (which do).
 */

type Terms = ReadonlyMap<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The term definitions of a context document (`{"@context": {...}}`) or a bare context. */
export function termsOf(context: unknown, base: Terms = new Map()): Terms {
  const inner = isRecord(context) && '@context' in context ? context['@context'] : context;
  const terms = new Map(base);
  if (!isRecord(inner)) return terms;
  for (const [name, definition] of Object.entries(inner)) {
    if (!name.startsWith('@')) terms.set(name, definition);
  }
  return terms;
}

function scopedContextOf(definition: unknown): unknown {
  return isRecord(definition) ? definition['@context'] : undefined;
}

function typesOf(node: Record<string, unknown>): string[] {
  const value = node.type ?? node['@type'];
  const list: readonly unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((item): item is string => typeof item === 'string');
}

function walkValue(value: unknown, inherited: Terms, path: string, problems: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walkValue(item, inherited, `${path}.${index}`, problems);
    });
  } else if (isRecord(value) && !('@value' in value)) {
    walkNode(value, inherited, path, problems);
  }
}

function walkNode(
  node: Record<string, unknown>,
  inherited: Terms,
  path: string,
  problems: string[],
): void {
  const at = (key: string): string => (path === '' ? key : `${path}.${key}`);
  let active = inherited;
  for (const type of typesOf(node)) {
    if (!inherited.has(type)) problems.push(`${at('type')}: type "${type}" is not defined`);
    const scoped = scopedContextOf(inherited.get(type));
    if (scoped !== undefined) active = termsOf(scoped, active);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@') || key === 'type') continue;
    if (!active.has(key)) {
      problems.push(`${at(key)}: term "${key}" is not defined`);
      continue;
    }
    const scoped = scopedContextOf(active.get(key));
    walkValue(
      value,
      scoped === undefined ? inherited : termsOf(scoped, inherited),
      at(key),
      problems,
    );
  }
}

/** Every undefined term in `document`, as `path: message` lines (empty = safe). */
export function undefinedJsonLdTerms(document: unknown, contexts: readonly unknown[]): string[] {
  const terms = contexts.reduce<Terms>((acc, context) => termsOf(context, acc), new Map());
  const problems: string[] = [];
  walkValue(document, terms, '', problems);
  return problems;
}
