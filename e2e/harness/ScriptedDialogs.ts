/**
 * A DialogProvider for the Chromium harness: the test queues the answer to
 * the next file dialog before the UI opens it. A dialog nobody queued an
 * answer for is a test bug, and fails loudly.
 *
 * It also stands in for the OS on a file drop: a drop synthesized in the page
 * carries `File`s without paths, so the test says which real paths the next
 * drop's files are (`willDrop`), and the harness's `registerDroppedFiles`
 * looks their names up here, as Electron's `webUtils.getPathForFile` would.
 */
import { basename } from 'node:path';
import type { DialogProvider, DialogSpec } from '../../electron/services/dialogs/dialogIntents';

type Answer =
  | { readonly kind: 'open'; readonly path: string }
  | { readonly kind: 'open-many'; readonly paths: readonly string[] }
  | { readonly kind: 'save'; readonly path: string }
  | { readonly kind: 'cancel' };

export interface ShownDialog {
  readonly kind: 'open' | 'save';
  readonly title: string;
  readonly suggestedName?: string;
}

export class ScriptedDialogs implements DialogProvider {
  private readonly answers: Answer[] = [];
  private readonly drops: (readonly string[])[] = [];
  /** Every dialog the app asked for, in order. */
  readonly shown: ShownDialog[] = [];

  /** The next open dialog answers `path`. */
  willOpen(path: string): void {
    this.answers.push({ kind: 'open', path });
  }

  /** The next multi-file open dialog answers `paths`. */
  willOpenMany(paths: readonly string[]): void {
    this.answers.push({ kind: 'open-many', paths });
  }

  /** The next save dialog answers `path`. */
  willSave(path: string): void {
    this.answers.push({ kind: 'save', path });
  }

  /** The next dialog (open or save) is cancelled. */
  willCancel(): void {
    this.answers.push({ kind: 'cancel' });
  }

  /** The next drop's files are these paths (matched to the dropped `File`s by base name). */
  willDrop(paths: readonly string[]): void {
    this.drops.push(paths);
  }

  /**
   * The paths of one drop's files, in the order of `names`. A name the test
   * did not announce gets '' — what Electron answers for a `File` not on disk.
   */
  droppedPaths(names: readonly string[]): string[] {
    const paths = this.drops.shift();
    if (paths === undefined) {
      throw new Error(
        'The app took a file drop but the test queued none: call dialogs.willDrop(paths) first.',
      );
    }
    const byName = new Map(paths.map((path) => [basename(path), path]));
    return names.map((name) => byName.get(name) ?? '');
  }

  /** Answers and drops queued but never asked for. */
  get unused(): number {
    return this.answers.length + this.drops.length;
  }

  showOpen(spec: DialogSpec): Promise<string | null> {
    this.shown.push({ kind: 'open', title: spec.title });
    return Promise.resolve(this.next('open', spec.title));
  }

  showOpenMany(spec: DialogSpec): Promise<string[]> {
    this.shown.push({ kind: 'open', title: spec.title });
    const answer = this.answers.shift();
    if (answer === undefined) {
      throw new Error(
        `The app opened "${spec.title}" but the test queued no answer: call dialogs.willOpenMany(paths) first.`,
      );
    }
    if (answer.kind === 'cancel') return Promise.resolve([]);
    if (answer.kind !== 'open-many') {
      throw new Error(
        `The app opened a multi-file dialog "${spec.title}" but the test queued a ${answer.kind} answer.`,
      );
    }
    return Promise.resolve([...answer.paths]);
  }

  /** A folder dialog takes the answer queued with `willOpen(folderPath)`. */
  showOpenFolder(spec: DialogSpec): Promise<string | null> {
    return this.showOpen(spec);
  }

  showSave(spec: DialogSpec & { readonly suggestedName: string }): Promise<string | null> {
    this.shown.push({ kind: 'save', title: spec.title, suggestedName: spec.suggestedName });
    return Promise.resolve(this.next('save', spec.title));
  }

  private next(kind: 'open' | 'save', title: string): string | null {
    const answer = this.answers.shift();
    if (answer === undefined) {
      throw new Error(
        `The app opened a ${kind} dialog "${title}" but the test queued no answer: call dialogs.will${kind === 'open' ? 'Open' : 'Save'}(path) or dialogs.willCancel() first.`,
      );
    }
    if (answer.kind === 'cancel') return null;
    if (answer.kind === 'open-many' || answer.kind !== kind) {
      throw new Error(
        `The app opened a ${kind} dialog "${title}" but the test queued a ${answer.kind} answer.`,
      );
    }
    return answer.path;
  }
}
