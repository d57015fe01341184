import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { foldVietnamese } from './text.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
/** zxcvbn's "safely unguessable" (about 10^8 guesses and more): below it, a password is on the lists. */
const MIN_SCORE = 3;
/** Words everyone here knows, so "DanVan@2026" counts as guessable as the product's name is. */
const SITE_WORDS = ['danvan', 'dan van so', 'danvanso', 'matkhau', 'quangninh'];

/**
 * Levenshtein matching is off: it costs 100–500 ms a check on the event loop, which an attacker could
 * buy with every password form; the dictionary, l33t and keyboard matchers stay.
 */
let zxcvbn: ZxcvbnFactory | undefined;
const estimator = () => {
  zxcvbn ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  return zxcvbn;
};

/** Whose password it is: his own name and user name make it guessable. */
export interface PasswordOwner {
  username?: string;
  fullName?: string;
}

const fold = (s: string) => s.normalize('NFC').toLowerCase();

/** His name as people type it in a password: with and without diacritics, word by word and joined. */
function ownerWords({ username, fullName }: PasswordOwner): string[] {
  const words = fullName?.trim().split(/\s+/).filter(Boolean) ?? [];
  const folded = words.map(foldVietnamese);
  return [...(username ? [username] : []), ...words, ...folded, folded.join('')];
}

/**
 * The one rule for every new password (NIST SP 800-63B §5.1.1.2): at least 12 characters, not the
 * user name, not on the lists of common passwords. No composition rule: a long sentence is stronger
 * than "Abc12345!". Returns Vietnamese messages, empty when the password is acceptable.
 */
export function passwordWeaknesses(password: string, owner: PasswordOwner = {}): string[] {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return [`Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`];
  if (length > MAX_PASSWORD_LENGTH) return [`Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự`];
  const username = owner.username?.trim();
  if (username && fold(password).includes(fold(username))) return ['Mật khẩu không được chứa tên đăng nhập'];
  if (estimator().check(password, [...SITE_WORDS, ...ownerWords(owner)]).score < MIN_SCORE) {
    return ['Mật khẩu quá phổ biến hoặc dễ đoán: hãy dùng một câu dài hoặc vài từ không liên quan đến nhau'];
  }
  return [];
}
