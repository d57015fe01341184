import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Gate } from '../../http/gate.js';
import { Problem, problem } from '../../http/problem.js';
import { HEAD_BYTES, MAX_ATTACHMENT_BYTES } from './service/attachments.js';
import type { StagedFile } from './service/staged.js';

/*
 * The portal's submission as multipart/form-data: the petition as JSON in the field `petition`, up to
 * three files in `files`. Each file streams to a private temporary file while its digest and first
 * bytes are taken, so an upload costs a few kilobytes of memory instead of its size several times over
 * (base64 text, parsed JSON, decoded buffer).
 */

const MAX_FILES = 3;
// The petition's JSON: 20,000 characters of content, up to 3 bytes each in UTF-8, and the rest.
const MAX_FIELD_BYTES = 256 * 1024;
// Three full files, the petition and the multipart framing: anything larger is refused unread.
const MAX_REQUEST_BYTES = MAX_FILES * MAX_ATTACHMENT_BYTES + MAX_FIELD_BYTES + 64 * 1024;

const staged = new WeakMap<FastifyRequest, StagedFile[]>();

/** The files a request's preValidation staged; none for a JSON submission. */
export const stagedFilesOf = (req: FastifyRequest) => staged.get(req) ?? [];

const busy = () =>
  new Problem(503, '/problems/busy', 'Hệ thống đang nhận nhiều tệp, vui lòng gửi lại sau ít phút');

/** Counts, hashes and keeps the start of a file as it passes to disk; stops counting past the limit. */
function measure(file: StagedFile) {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headLength = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      file.size += chunk.length;
      hash.update(chunk);
      if (headLength < HEAD_BYTES) {
        head.push(chunk.subarray(0, HEAD_BYTES - headLength));
        headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
      }
      done(null, chunk);
    },
    flush(done) {
      file.head = Buffer.concat(head);
      file.sha256 = hash.digest('hex');
      done();
    },
  });
}

async function stage(part: MultipartFile, dir: string, index: number): Promise<StagedFile> {
  // A NUL or control character in a name cannot be stored as text; the name is only a label.
  const name = part.filename.replace(/\p{Cc}/gu, '').trim();
  const file: StagedFile = {
    name,
    path: join(dir, String(index)),
    size: 0,
    tooLarge: false,
    head: Buffer.alloc(0),
    sha256: '',
  };
  await pipeline(part.file, measure(file), createWriteStream(file.path, { mode: 0o600, flags: 'wx' }));
  // busboy stops at the limit and drops the rest: the file is named as too large, the rest read on.
  file.tooLarge = part.file.truncated;
  return file;
}

// As http/text.ts for JSON bodies (whose hook runs before this one's): PostgreSQL text cannot hold these.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Fields holding a NUL or a lone surrogate; the petition is two levels deep, deeper keys are dropped. */
function unstorable(value: unknown, path: string, depth = 0): string[] {
  if (typeof value === 'string') return value.includes('\u0000') || LONE_SURROGATE.test(value) ? [path] : [];
  if (depth > 3 || !value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => unstorable(v, path ? `${path}.${k}` : k, depth + 1));
}

/** A multipart error from busboy or the plugin, as the user's mistake it is (never a 500). */
function asProblem(err: unknown): Problem {
  if (err instanceof Problem) return err;
  const code = (err as { code?: unknown }).code;
  if (code === 'FST_FILES_LIMIT')
    return problem.validation([{ path: 'attachments', message: `Gửi tối đa ${MAX_FILES} tệp đính kèm` }]);
  const message = err instanceof Error ? err.message : String(err);
  return problem.validation([], `Nội dung multipart/form-data không hợp lệ hoặc bị cắt ngang (${message})`);
}

async function readParts(req: FastifyRequest, dir: string, files: StagedFile[]) {
  let petition: unknown;
  // The plugin reads throwFileSizeLimit here too, though its type for parts() does not name it.
  const options = {
    limits: {
      files: MAX_FILES,
      fileSize: MAX_ATTACHMENT_BYTES,
      fields: 4,
      fieldSize: MAX_FIELD_BYTES,
      parts: 8,
    },
    throwFileSizeLimit: false,
  };
  const parts = req.parts(options);
  for await (const part of parts) {
    if (part.type === 'file') {
      files.push(await stage(part, dir, files.length));
    } else if (part.fieldname === 'petition') {
      if (part.valueTruncated) throw new Problem(413, '/problems/too-large', 'Nội dung đơn quá dài');
      try {
        petition = JSON.parse(String(part.value));
      } catch {
        throw problem.validation([{ path: 'petition', message: 'Trường petition phải là JSON hợp lệ' }]);
      }
    }
  }
  if (petition === undefined)
    throw problem.validation([{ path: 'petition', message: 'Thiếu nội dung đơn (trường petition)' }]);
  const bad = unstorable(petition, '');
  if (bad.length) throw problem.validation(bad.map((path) => ({ path, message: 'Chứa ký tự không hợp lệ' })));
  return petition;
}

/**
 * preValidation of the portal's submission: waits for an upload slot, streams the parts and hands the
 * petition to the route's Zod schema as its body. The temporary files go when the answer has gone.
 */
export function streamedSubmission(bound: { slots: number; queue: number; waitSeconds: number }) {
  const gate = new Gate(bound.slots, bound.queue);
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.isMultipart()) return;
    if (Number(req.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES)
      throw new Problem(413, '/problems/too-large', 'Tệp hoặc nội dung gửi lên quá lớn');
    const gone = new AbortController();
    reply.raw.once('close', () => gone.abort());
    const release = await gate.acquire(bound.waitSeconds * 1000, gone.signal);
    if (!release) {
      reply.header('retry-after', '30');
      throw busy();
    }
    const dir = await mkdtemp(join(tmpdir(), 'dvs-upload-'));
    const files: StagedFile[] = [];
    staged.set(req, files);
    const cleanUp = () => {
      release();
      staged.delete(req);
      void rm(dir, { recursive: true, force: true });
    };
    if (gone.signal.aborted) cleanUp();
    else reply.raw.once('close', cleanUp);
    try {
      req.body = await readParts(req, dir, files);
    } catch (err) {
      throw asProblem(err);
    }
  };
}
