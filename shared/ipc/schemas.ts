/**
 * zod schemas for every channel's request. Main validates each request with
 * these before a handler sees it; the compile-time check below keeps them in
 * step with `contract.ts`.
 */
import { z } from 'zod';
import {
  DEFINITION_LIMITS,
  idSchema,
  line,
  prose,
  rubricSchema,
} from '../definitions/definitionSchemas';
import type { Channel, FeedbackInput, RequestOf } from './contract';

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

/** Bounds of a feedback request: generous for real marking, small enough to refuse abuse. */
export const FEEDBACK_LIMITS = {
  name: DEFINITION_LIMITS.name,
  code: DEFINITION_LIMITS.code,
  comment: DEFINITION_LIMITS.text,
  feedback: 50_000,
  marks: DEFINITION_LIMITS.criteria,
  /** Documents in one cohort zip. */
  cohort: 2_000,
} as const;

const criterionMark = z
  .object({
    criterionId: idSchema,
    levelId: idSchema.nullable(),
    comment: prose(FEEDBACK_LIMITS.comment),
  })
  .strict();
const marks = z.array(criterionMark).max(FEEDBACK_LIMITS.marks);

export const feedbackInputSchema = z
  .object({
    learner: z
      .object({
        name: line(FEEDBACK_LIMITS.name),
        studentNumber: line(FEEDBACK_LIMITS.code),
      })
      .strict()
      .nullable(),
    anonymousCode: line(FEEDBACK_LIMITS.code).nullable(),
    achievement: z
      .object({
        name: line(FEEDBACK_LIMITS.name),
        humanCode: line(FEEDBACK_LIMITS.code),
        demonstrationRubric: rubricSchema('demonstration'),
        reflectionRubric: rubricSchema('reflection'),
      })
      .strict(),
    assessment: z
      .object({
        demonstration: marks,
        reflection: marks,
        feedback: prose(FEEDBACK_LIMITS.feedback),
        decision: z.enum(['meets', 'not_yet']).nullable(),
        resubmitCriterionIds: z.array(idSchema).max(FEEDBACK_LIMITS.marks * 2),
      })
      .strict(),
    markerName: line(FEEDBACK_LIMITS.name),
    issuedOn: line(FEEDBACK_LIMITS.code),
    institutionName: line(FEEDBACK_LIMITS.name),
  })
  .strict()
  .refine((input) => input.learner !== null || (input.anonymousCode ?? '').trim() !== '', {
    error: 'blind-marked feedback needs an anonymous code',
    path: ['anonymousCode'],
  }) satisfies z.ZodType<FeedbackInput>;

/** A path Electron gave the preload for a dropped file (checked again by main). */
const droppedPath = z
  .string()
  .max(4096)
  .regex(/^[^\0]*$/, 'a path without NUL characters');

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
  'evidence:open-externally': z.object({ sha256, fileName: z.string().min(1).max(1024) }).strict(),
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
  'feedback:save': z.object({ input: feedbackInputSchema }).strict(),
  'feedback:save-cohort': z
    .object({
      jobId,
      items: z.array(feedbackInputSchema).min(1).max(FEEDBACK_LIMITS.cohort),
    })
    .strict(),
  'files:register-dropped': z.object({ paths: z.array(droppedPath).min(1).max(1000) }).strict(),
} as const satisfies { [C in Channel]: z.ZodType<RequestOf<C>> };

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name);
}
