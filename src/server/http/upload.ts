import type { FastifyRequest } from 'fastify';
import { Problem, problem } from './problem.js';
import { isStorableText } from './text.js';

export interface UploadedFile {
  name: string;
  mime: string;
  data: Buffer;
}

/** Errors that already say what the caller did wrong (a file over the size limit is a 413). */
const isCallersError = (err: unknown) =>
  err instanceof Problem ||
  (typeof err === 'object' &&
    err !== null &&
    typeof (err as { statusCode?: unknown }).statusCode === 'number' &&
    (err as { statusCode: number }).statusCode < 500);

async function readParts(req: FastifyRequest) {
  const fields: Record<string, string> = {};
  let file: UploadedFile | null = null;
  // Two files allowed to the parser, so that the second reaches us and is refused by name: with the
  // global limit of one, busboy dropped it without a word.
  for await (const part of req.parts({ limits: { files: 2 } })) {
    if (part.type !== 'file') {
      fields[part.fieldname] = String(part.value);
    } else if (file) {
      throw problem.validation([{ path: part.fieldname, message: 'Chỉ được gửi một tệp mỗi lần' }]);
    } else if (!isStorableText(part.filename)) {
      throw problem.validation([{ path: part.fieldname, message: 'Tên tệp chứa ký tự không hợp lệ' }]);
    } else {
      file = { name: part.filename, mime: part.mimetype, data: await part.toBuffer() };
    }
  }
  return { file, fields };
}

/**
 * The one file of a one-file upload and its text fields. Every part is read: a second file is refused
 * rather than dropped, a NUL in the file name (which the database cannot store) is refused, and a body
 * cut short, which busboy reports as a plain Error, is the caller's 400, not our 500.
 */
export async function readOneFile(req: FastifyRequest) {
  if (!req.isMultipart()) {
    throw problem.validation([{ path: 'file', message: 'Gửi tệp dưới dạng multipart/form-data' }]);
  }
  try {
    return await readParts(req);
  } catch (err) {
    if (isCallersError(err)) throw err;
    req.log.info({ err }, 'malformed multipart body');
    throw problem.validation([{ path: 'file', message: 'Nội dung tải lên bị cắt ngang hoặc sai định dạng' }]);
  }
}
