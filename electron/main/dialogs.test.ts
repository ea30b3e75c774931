import type { BrowserWindow } from 'electron';
import { describe, it, expect, vi, beforeEach } from 'vitest';

const mocked = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => '/home/ada/Documents') },
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
}));
vi.mock('electron', () => mocked);

import { openIntents, saveIntents } from '../services/dialogs/dialogIntents';
import { electronDialogs } from './dialogs';

const window = { isDestroyed: () => false } as unknown as BrowserWindow;

beforeEach(() => {
  mocked.dialog.showOpenDialog.mockReset();
  mocked.dialog.showSaveDialog.mockReset();
});

describe('electronDialogs.showOpen', () => {
  it('opens a modal dialog with the intent title and filters and answers the path', async () => {
    mocked.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: ['/tmp/roster.csv'],
    });
    const path = await electronDialogs(() => window).showOpen(openIntents['roster-csv']);
    expect(path).toBe('/tmp/roster.csv');
    expect(mocked.dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      title: 'Import a roster',
      properties: ['openFile'],
      filters: [{ name: 'CSV roster', extensions: ['csv'] }],
    });
  });

  it('answers null when cancelled', async () => {
    mocked.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await electronDialogs(() => window).showOpen(openIntents['roster-csv'])).toBeNull();
  });

  it('shows every file when the intent has no filters, without a window when there is none', async () => {
    mocked.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [] });
    expect(await electronDialogs(() => null).showOpen(openIntents['evidence-file'])).toBeNull();
    expect(mocked.dialog.showOpenDialog).toHaveBeenCalledWith({
      title: 'Add evidence',
      properties: ['openFile'],
    });
  });

  it('does not attach to a destroyed window', async () => {
    mocked.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    const destroyed = { isDestroyed: () => true } as unknown as BrowserWindow;
    await electronDialogs(() => destroyed).showOpen(openIntents['roster-csv']);
    expect(mocked.dialog.showOpenDialog.mock.calls[0]).toHaveLength(1);
  });
});

describe('electronDialogs.showSave', () => {
  it('suggests the name in Documents and answers the chosen path', async () => {
    mocked.dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: '/tmp/report.csv',
    });
    const path = await electronDialogs(() => window).showSave({
      ...saveIntents['validation-report-csv'],
      suggestedName: 'report.csv',
    });
    expect(path).toBe('/tmp/report.csv');
    expect(mocked.dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      title: 'Save the validation report',
      defaultPath: '/home/ada/Documents/report.csv',
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
  });

  it.each([[{ canceled: true, filePath: '/tmp/x.csv' }], [{ canceled: false, filePath: '' }]])(
    'answers null for %j',
    async (result) => {
      mocked.dialog.showSaveDialog.mockResolvedValue(result);
      expect(
        await electronDialogs(() => window).showSave({
          ...saveIntents['feedback-docx'],
          suggestedName: 'f.docx',
        }),
      ).toBeNull();
    },
  );
});
