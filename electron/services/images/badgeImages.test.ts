import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderBadgeTemplate } from '../../../shared/badges/badgeTemplate';
import { inspectBadgeImage, readBadgeImageDataUri, storeBadgeImage } from './badgeImages';
import { inspectPng } from './inspectPng';
import { inspectSvg } from './inspectSvg';
import { makePng } from './testing/makePng';

const svg = (body: string, attrs = 'width="256" height="256"') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attrs}>${body}</svg>`;

describe('inspectPng', () => {
  it('reads the size of a real PNG', () => {
    expect(inspectPng(makePng(300, 200))).toEqual({ ok: true, width: 300, height: 200 });
  });

  it('refuses a renamed, truncated or corrupted file', () => {
    expect(inspectPng(Buffer.from('GIF89a....'))).toMatchObject({
      ok: false,
      problem: /signature/,
    });
    const png = makePng(100, 100);
    expect(inspectPng(png.subarray(0, png.length - 6))).toMatchObject({
      ok: false,
      problem: /truncated/,
    });
    const corrupt = Buffer.from(png);
    corrupt[40] = (corrupt[40] ?? 0) ^ 0xff;
    expect(inspectPng(corrupt)).toMatchObject({ ok: false, problem: /checksum/ });
  });
});

describe('inspectSvg', () => {
  it('accepts visible text that merely mentions url( or @import (only <style> is CSS)', () => {
    expect(
      inspectSvg(
        renderBadgeTemplate({ code: 'MC-URL', name: 'Reading URL(s) and @imports safely' }),
      ),
    ).toMatchObject({ ok: true });
  });

  it('accepts a plain drawing and reads its size from attributes or viewBox', () => {
    expect(inspectSvg(svg('<circle r="5"/>'))).toEqual({ ok: true, width: 256, height: 256 });
    expect(inspectSvg(svg('<rect width="1" height="1"/>', 'viewBox="0 0 512 400"'))).toEqual({
      ok: true,
      width: 512,
      height: 400,
    });
    expect(inspectSvg(renderBadgeTemplate({ code: 'MC-1', name: 'Name' }))).toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['a script element', svg('<script>alert(1)</script>'), /<script>/],
    ['an event handler', svg('<image href="#a" onerror="alert(1)"/>'), /event handler/],
    ['an onload on the root', svg('', 'width="9" height="9" onload="alert(1)"'), /event handler/],
    ['foreign content', svg('<foreignObject><p>x</p></foreignObject>'), /foreignObject/],
    [
      'a javascript link',
      svg('<a href="javascript:alert(1)"><text>x</text></a>'),
      /script URL|outside/,
    ],
    ['an external image', svg('<image xlink:href="https://evil.example/x.png"/>'), /outside/],
    ['an external style', svg('<style>@import url(https://x.example/a.css);</style>'), /style/],
    ['a style url()', svg('<rect style="fill: url(https://x.example/p)"/>'), /style/],
    ['a DOCTYPE with entities', `<!DOCTYPE svg [<!ENTITY a "b">]>${svg('')}`, /DOCTYPE/],
    ['not SVG at the root', '<html xmlns="http://www.w3.org/1999/xhtml"></html>', /root/],
    ['malformed XML', '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', /well-formed/],
    ['no size', svg('', ''), /width and height/],
    [
      'an animation that sets a link',
      svg('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'),
      /<set>/,
    ],
    [
      'an animated outside image',
      svg(
        '<image><animate attributeName="xlink:href" values="https://evil.example/a.png"/></image>',
      ),
      /<animate>/,
    ],
    [
      'a script URL with a tab in it',
      svg('<a href="java&#9;script:alert(1)"><text>x</text></a>'),
      /script URL/,
    ],
    [
      'a CSS escape spelling url(',
      svg('<style>rect{fill:u\\72l(https://evil.example/a)}</style>'),
      /style/,
    ],
  ])('refuses %s', (_label, text, problem) => {
    const result = inspectSvg(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });
});

describe('inspectBadgeImage', () => {
  it('decides the type from the bytes, and enforces size limits with the file name in the message', () => {
    expect(inspectBadgeImage(makePng(128, 128), 'a.svg')).toEqual({
      mediaType: 'image/png',
      width: 128,
      height: 128,
    });
    expect(() => inspectBadgeImage(makePng(32, 32), 'tiny.png')).toThrow(/tiny\.png is 32×32/);
    expect(() => inspectBadgeImage(makePng(5000, 64), 'wide.png')).toThrow(/between 64 and 4096/);
    expect(() => inspectBadgeImage(Buffer.alloc(3 * 1024 * 1024), 'big.png')).toThrow(
      /at most 2 MiB/,
    );
    expect(() => inspectBadgeImage(Buffer.from([0xff, 0xfe, 0x00]), 'x.bin')).toThrow(
      /neither a PNG nor an SVG/,
    );
  });
});

describe('badge image store', () => {
  let workspace: string;
  beforeEach(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'attest-badges-'));
  });
  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  it('stores by content once and reads back a data URI', async () => {
    const bytes = makePng(96, 96);
    const first = await storeBadgeImage(workspace, bytes, 'badge.png');
    const second = await storeBadgeImage(workspace, bytes, 'copy.png');
    expect(second).toEqual(first);
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await readdir(join(workspace, 'images'))).toEqual([`${first.sha256}.png`]);
    const uri = await readBadgeImageDataUri(workspace, first);
    expect(Buffer.from(uri.replace('data:image/png;base64,', ''), 'base64').equals(bytes)).toBe(
      true,
    );
  });

  it('writes nothing for a refused image', async () => {
    await expect(
      storeBadgeImage(workspace, Buffer.from(svg('<script/>')), 'evil.svg'),
    ).rejects.toThrow(/evil\.svg/);
    await expect(readdir(join(workspace, 'images'))).rejects.toThrow();
  });

  it('repairs a same-size copy that was altered on disk when the image is stored again', async () => {
    const bytes = makePng(90, 90);
    const image = await storeBadgeImage(workspace, bytes, 'badge.png');
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 20] = (damaged[damaged.length - 20] ?? 0) ^ 0xff;
    await writeFile(join(workspace, 'images', `${image.sha256}.png`), damaged);
    await expect(readBadgeImageDataUri(workspace, image)).rejects.toThrow(/changed on disk/);
    await storeBadgeImage(workspace, bytes, 'badge.png');
    await expect(readBadgeImageDataUri(workspace, image)).resolves.toMatch(
      /^data:image\/png;base64,/,
    );
  });

  it('reports a stored image whose bytes changed on disk, or that is missing', async () => {
    const image = await storeBadgeImage(workspace, makePng(80, 80), 'badge.png');
    await writeFile(join(workspace, 'images', `${image.sha256}.png`), makePng(81, 81));
    await expect(readBadgeImageDataUri(workspace, image)).rejects.toThrow(/changed on disk/);
    await rm(join(workspace, 'images'), { recursive: true });
    await expect(readBadgeImageDataUri(workspace, image)).rejects.toThrow(/missing/);
  });
});
