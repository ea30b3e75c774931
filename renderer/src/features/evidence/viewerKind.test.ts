import { describe, expect, it } from 'vitest';
import { essence, extensionOf, viewerKind } from './viewerKind';

describe('viewerKind', () => {
  it.each([
    ['application/pdf', 'report.pdf', 'pdf'],
    ['image/png', 'weld.png', 'image'],
    ['image/jpeg', 'photo.JPG', 'image'],
    ['image/svg+xml', 'badge.svg', 'svg'],
    ['video/mp4', 'bend test.mp4', 'video'],
    ['video/webm', 'clip.webm', 'video'],
    ['audio/wav', 'interview.wav', 'audio'],
    ['audio/mpeg', 'interview.mp3', 'audio'],
    ['text/plain', 'notes.txt', 'text'],
    ['text/plain; charset=utf-8', 'notes.txt', 'text'],
    ['text/csv', 'log.csv', 'text'],
    ['application/json', 'data.json', 'text'],
    ['text/markdown', 'reflection.md', 'markdown'],
    ['text/plain', 'reflection.md', 'markdown'],
    ['text/plain', 'README.MARKDOWN', 'markdown'],
    [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'plan.docx',
      'docx',
    ],
    ['text/html', 'onlinetext.html', 'html'],
    ['TEXT/HTML; charset=windows-1252', 'index.htm', 'html'],
    ['application/octet-stream', 'thing.bin', 'other'],
    ['application/zip', 'project.zip', 'other'],
    ['application/x-msdownload', 'setup.exe', 'other'],
    ['image/tiff', 'scan.tiff', 'other'],
    ['video/quicktime', 'clip.mov', 'other'],
    ['application/msword', 'old.doc', 'other'],
    ['', 'empty', 'other'],
  ])('%s named %s → %s', (mediaType, fileName, kind) => {
    expect(viewerKind(mediaType, fileName)).toBe(kind);
  });

  it('never lets the file name override a sniffed type', () => {
    expect(viewerKind('application/pdf', 'evil.html')).toBe('pdf');
    expect(viewerKind('image/png', 'picture.svg')).toBe('image');
    expect(viewerKind('text/html', 'notes.txt')).toBe('html');
    expect(viewerKind('application/octet-stream', 'notes.txt')).toBe('other');
    expect(viewerKind('application/octet-stream', 'photo.png')).toBe('other');
    expect(viewerKind('text/plain', 'page.html')).toBe('text');
    expect(viewerKind('text/plain', 'image.svg')).toBe('text');
    expect(viewerKind('application/json', 'notes.md')).toBe('text');
  });
});

describe('essence and extensionOf', () => {
  it('strips parameters and case', () => {
    expect(essence(' Image/PNG ; q=1')).toBe('image/png');
  });

  it.each([
    ['notes.MD', 'md'],
    ['archive.tar.gz', 'gz'],
    ['.bashrc', ''],
    ['no-extension', ''],
    ['folder.v2/file', ''],
    ['C:\\work\\a.Txt', 'txt'],
  ])('%s → %j', (name, extension) => {
    expect(extensionOf(name)).toBe(extension);
  });
});
