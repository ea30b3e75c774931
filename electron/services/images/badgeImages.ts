import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BadgeImage } from '../../../shared/domain';
import { ServiceError } from '../ServiceError';
import { writeFileAtomic } from '../fs/writeFileAtomic';
import { inspectPng } from './inspectPng';
import { inspectSvg } from './inspectSvg';

export const badgeImageLimits = {
  maxBytes: 2 * 1024 * 1024,
  minSide: 64,
  maxSide: 4096,
} as const;

const extensions = { 'image/png': 'png', 'image/svg+xml': 'svg' } as const;

/** Decides what a file is from its bytes, never from its name. */
export function inspectBadgeImage(bytes: Uint8Array, name: string): Omit<BadgeImage, 'sha256'> {
  const refuse = (problem: string): never => {
    throw new ServiceError('invalid-request', `${name} ${problem}`);
  };
  if (bytes.length > badgeImageLimits.maxBytes) {
    refuse(
      `is ${(bytes.length / 1024 / 1024).toFixed(1)} MiB; a badge image may be at most 2 MiB.`,
    );
  }
  const isPng = bytes[0] === 0x89 && bytes[1] === 0x50;
  let result: { mediaType: BadgeImage['mediaType']; width: number; height: number };
  if (isPng) {
    const png = inspectPng(bytes);
    if (!png.ok) return refuse(png.problem);
    result = { mediaType: 'image/png', width: png.width, height: png.height };
  } else {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return refuse('is neither a PNG nor an SVG (UTF-8 text) image.');
    }
    if (!/<svg[\s>]/.test(text)) refuse('is neither a PNG nor an SVG image.');
    const svg = inspectSvg(text);
    if (!svg.ok) return refuse(svg.problem);
    result = { mediaType: 'image/svg+xml', width: svg.width, height: svg.height };
  }
  const { minSide, maxSide } = badgeImageLimits;
  if (
    Math.min(result.width, result.height) < minSide ||
    Math.max(result.width, result.height) > maxSide
  ) {
    refuse(
      `is ${result.width}×${result.height}; a badge image must be between ${minSide} and ${maxSide} pixels a side.`,
    );
  }
  return result;
}

function imagePath(
  workspacePath: string,
  sha256: string,
  mediaType: BadgeImage['mediaType'],
): string {
  return join(workspacePath, 'images', `${sha256}.${extensions[mediaType]}`);
}

/** Validates and stores a badge image under the workspace, by content; storing the same bytes twice writes once. */
export async function storeBadgeImage(
  workspacePath: string,
  bytes: Uint8Array,
  name: string,
): Promise<BadgeImage> {
  const inspected = inspectBadgeImage(bytes, name);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = imagePath(workspacePath, sha256, inspected.mediaType);
  await mkdir(join(workspacePath, 'images'), { recursive: true });
  // Rewrite unless an intact copy is there (a same-size file altered on disk is repaired).
  const existing = await readFile(path).catch(() => null);
  const intact =
    existing !== null && createHash('sha256').update(existing).digest('hex') === sha256;
  if (!intact) await writeFileAtomic(path, bytes);
  return { sha256, ...inspected };
}

/** Reads a stored badge image as a data: URI, refusing one whose bytes no longer match their hash. */
export async function readBadgeImageDataUri(
  workspacePath: string,
  image: Pick<BadgeImage, 'sha256' | 'mediaType'>,
): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(imagePath(workspacePath, image.sha256, image.mediaType));
  } catch {
    throw new ServiceError(
      'not-found',
      'The badge image is missing from this workspace: choose it again.',
    );
  }
  if (createHash('sha256').update(bytes).digest('hex') !== image.sha256) {
    throw new ServiceError(
      'io',
      'The stored badge image has changed on disk since it was chosen: choose it again.',
    );
  }
  return `data:${image.mediaType};base64,${bytes.toString('base64')}`;
}
