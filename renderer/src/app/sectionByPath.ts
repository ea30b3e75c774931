import type { Section } from './sections';
import { sections } from './sections';

export function sectionByPath(path: string): Section {
  const section = sections.find((candidate) => candidate.path === path);
  if (section === undefined) throw new Error(`No section at ${path}`);
  return section;
}
