/**
 * zod schemas for every channel's request. Main validates each request with
 * these before a handler sees it; the compile-time check below keeps them in
 * step with `contract.ts`.
 */
import { z } from 'zod';
import type { Channel, RequestOf } from './contract';

const empty = z.object({}).strict();

/** Text files that cross IPC (definitions, reports) stay small; bytes move through files. */
export const TEXT_FILE_MAX_CHARS = 20 * 1024 * 1024;
const jobId = z.uuid();
const intakeId = z.uuid();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256');

export const openIntent = z.enum([
  'roster-csv',
  'submissions-zip',
  'definitions-json',
  'evidence-file',
  'badge-image',
  'package-zip',
]);
export const saveIntent = z.enum([
  'definitions-json',
  'validation-report-csv',
  'feedback-docx',
  'registrar-package',
]);

/** A file name offered in a save dialog: no folders, no control characters. */
const suggestedName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\\p{Cc}]+$/u, 'a file name without folders or control characters');

export const requestSchemas = {
  'app:info': empty,
  'workspace:info': empty,
  'workspace:usage': z.object({ jobId }).strict(),
  'dialog:open-file': z.object({ intent: openIntent }).strict(),
  'dialog:save-file': z.object({ intent: saveIntent, suggestedName }).strict(),
  'shell:open-external': z.object({ url: z.string().max(2048) }).strict(),
  'job:cancel': z.object({ jobId }).strict(),
  'file:read-text': z.object({ fileId: z.uuid() }).strict(),
  'file:write-text': z
    .object({ fileId: z.uuid(), text: z.string().max(TEXT_FILE_MAX_CHARS) })
    .strict(),
  'dialog:open-files': z.object({ intent: z.literal('evidence-file') }).strict(),
  'dialog:open-folder': z.object({ intent: z.literal('submissions-folder') }).strict(),
  'intake:run': z
    .object({
      jobId,
      intakeId,
      source: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('zip'), fileId: z.uuid() }).strict(),
        z.object({ kind: z.literal('folder'), fileId: z.uuid() }).strict(),
        z
          .object({ kind: z.literal('files'), fileIds: z.array(z.uuid()).min(1).max(1000) })
          .strict(),
      ]),
    })
    .strict(),
  'intake:commit': z.object({ intakeId }).strict(),
  'intake:discard': z.object({ intakeId, keep: z.array(sha256).max(1_000_000) }).strict(),
  'intake:pending': empty,
  'evidence:verify': z.object({ sha256 }).strict(),
  'badge:import': z.object({ fileId: z.uuid() }).strict(),
  'badge:import-data': z
    .object({
      sha256,
      mediaType: z.enum(['image/png', 'image/svg+xml']),
      dataBase64: z
        .string()
        .max(3_000_000)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 data'),
    })
    .strict(),
  'badge:from-template': z
    .object({
      code: z
        .string()
        .trim()
        .min(1)
        .max(40)
        .regex(/^[^\p{Cc}]*$/u, 'no control characters'),
      name: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .regex(/^[^\p{Cc}]*$/u, 'no control characters'),
    })
    .strict(),
  'badge:data-uri': z
    .object({
      sha256,
      mediaType: z.enum(['image/png', 'image/svg+xml']),
    })
    .strict(),
} as const satisfies { [C in Channel]: z.ZodType<RequestOf<C>> };

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name);
}
