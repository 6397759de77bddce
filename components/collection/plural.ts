// "1 page", "2 pages", "1,000 findings": the collection page's English counts.
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}
