/** Test helper: change a parsed JSON tree at a dotted path (as problems report them). */

export const REMOVE = Symbol('remove');

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

function child(node: Record<string, unknown> | unknown[], key: string): unknown {
  return Array.isArray(node) ? node[Number(key)] : node[key];
}

/** Sets (or with REMOVE deletes) the value at `path`, e.g. `achievements.0.versions.1.name`. */
export function editJson(root: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop();
  let node: unknown = root;
  for (const key of keys) node = isContainer(node) ? child(node, key) : undefined;
  if (!isContainer(node) || last === undefined) throw new Error(`no container at ${path}`);
  if (Array.isArray(node)) {
    if (value === REMOVE) node.splice(Number(last), 1);
    else node[Number(last)] = value;
  } else if (value === REMOVE) {
    Reflect.deleteProperty(node, last);
  } else {
    node[last] = value;
  }
}

/** The value at `path` (undefined when absent). */
export function readJsonAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) node = isContainer(node) ? child(node, key) : undefined;
  return node;
}
