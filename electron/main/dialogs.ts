/**
 * Native file dialogs behind the `DialogProvider` the handlers use. The
 * Chromium harness supplies a scripted provider instead.
 */
import type { BrowserWindow, FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { DialogProvider, DialogSpec } from '../services/dialogs/dialogIntents';

function filtersOf(spec: DialogSpec): { filters?: FileFilter[] } {
  // No filters means "any file"; an empty list would hide every file on some platforms.
  return spec.filters.length === 0
    ? {}
    : {
        filters: spec.filters.map((filter) => ({
          name: filter.name,
          extensions: [...filter.extensions],
        })),
      };
}

/** `getWindow` gives the window to attach the dialog to (modal), or null for a free dialog. */
export function electronDialogs(getWindow: () => BrowserWindow | null): DialogProvider {
  const parent = (): BrowserWindow | null => {
    const window = getWindow();
    return window === null || window.isDestroyed() ? null : window;
  };
  const open = async (options: OpenDialogOptions): Promise<string[]> => {
    const window = parent();
    const result =
      window === null
        ? await dialog.showOpenDialog(options)
        : await dialog.showOpenDialog(window, options);
    return result.canceled ? [] : result.filePaths;
  };
  return {
    async showOpenMany(spec) {
      return open({
        title: spec.title,
        properties: ['openFile', 'multiSelections'],
        ...filtersOf(spec),
      });
    },
    async showOpenFolder(spec) {
      const [path] = await open({ title: spec.title, properties: ['openDirectory'] });
      return path ?? null;
    },
    async showOpen(spec) {
      const options: OpenDialogOptions = {
        title: spec.title,
        properties: ['openFile'],
        ...filtersOf(spec),
      };
      const window = parent();
      const result =
        window === null
          ? await dialog.showOpenDialog(options)
          : await dialog.showOpenDialog(window, options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showSave(spec) {
      const options: SaveDialogOptions = {
        title: spec.title,
        // The name was checked by the request schema: no folders in it.
        defaultPath: join(app.getPath('documents'), spec.suggestedName),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
        ...filtersOf(spec),
      };
      const window = parent();
      const result =
        window === null
          ? await dialog.showSaveDialog(options)
          : await dialog.showSaveDialog(window, options);
      return result.canceled || result.filePath === '' ? null : result.filePath;
    },
  };
}
