import { readFile } from 'node:fs/promises';
import type { FieldError } from '../../../http/problem.js';
import { checkFileHead } from './attachments.js';

/**
 * A file of a portal submission, already streamed to a private temporary file: only its start, size and
 * digest are in memory, so many uploads at once do not hold their bytes (issue 11, §4).
 */
export interface StagedFile {
  name: string;
  path: string;
  /** Bytes received; past the limit the stream stops counting and `tooLarge` is set. */
  size: number;
  tooLarge: boolean;
  head: Buffer;
  sha256: string;
}

/** Each file's kind, or every bad file named by its place and name (nothing is recorded then). */
export function checkStagedFiles(files: StagedFile[]) {
  const checked = files.map((f) =>
    f.tooLarge ? { error: 'Tệp lớn hơn 5 MB' } : checkFileHead(f.name, f.size, f.head),
  );
  const errors: FieldError[] = checked.flatMap((c, i) =>
    'error' in c ? [{ path: `attachments.${i}`, message: `${files[i]?.name ?? ''}: ${c.error}` }] : [],
  );
  const mimes = checked.map((c) => ('mime' in c ? c.mime : ''));
  return { errors, mimes };
}

/** One file's bytes, read only when it is written to the database, one file at a time. */
export const readStaged = (f: StagedFile) => readFile(f.path);
