/** A LIKE pattern that finds `text` anywhere, with the pattern's own wildcards in it taken literally. */
export function containing(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}
