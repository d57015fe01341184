import type { FastifyInstance } from 'fastify';
import { problem } from './problem.js';

/** No form of ours nests deeper than a few levels; 32 leaves room and keeps every later walk shallow. */
export const MAX_JSON_DEPTH = 32;

interface Frame {
  isObject: boolean;
  key: string | number;
  expectsKey: boolean;
}

/** Index of the closing quote of the string opening at `start`, or the text's length when unclosed. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}

function decodeKey(raw: string): string {
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw.slice(1, -1);
  }
}

/**
 * The path of the first container nested deeper than MAX_JSON_DEPTH, read off the raw text in one
 * loop: the parsed value of a 4.000-level body overflowed the stack of every recursive walk after it
 * (text guard, validation), a 500 any anonymous caller could cause. Null when the text is shallow enough;
 * malformed text is left for the JSON parser to refuse.
 */
export function tooDeepPath(text: string): string | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack.at(-1);
    if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.isObject && top.expectsKey) top.key = decodeKey(text.slice(i, end + 1));
      i = end;
    } else if (c === '{' || c === '[') {
      if (stack.length >= MAX_JSON_DEPTH) return stack.map((f) => f.key).join('.');
      stack.push({ isObject: c === '{', key: c === '{' ? '' : 0, expectsKey: c === '{' });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',' && top) {
      if (top.isObject) top.expectsKey = true;
      else top.key = Number(top.key) + 1;
    } else if (c === ':' && top) {
      top.expectsKey = false;
    }
  }
  return null;
}

/** Fastify's own JSON parser (prototype poisoning refused), behind the depth check. */
export function installJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    const path = tooDeepPath(text);
    if (path !== null) {
      const message = `Dữ liệu lồng nhau quá ${MAX_JSON_DEPTH} cấp`;
      done(problem.validation([{ path, message }], 'Nội dung yêu cầu lồng nhau quá sâu'), undefined);
      return;
    }
    parse(req, text, done);
  });
}
