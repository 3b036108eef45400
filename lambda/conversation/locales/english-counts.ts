/**
 * A count with its English noun, shared by the English sentences and the money words.
 */

/** A noun with its count: "1 item", "3 items". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
