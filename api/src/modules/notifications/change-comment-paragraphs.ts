/** Builds the paragraphs of the general comment and of the field comments, under a language's headings, leaving out empty ones. */
export function commentParagraphs(
  facts: { comment: string | null; fieldLines: readonly string[] },
  headings: { comment: string; fields: string },
): string[][] {
  const paragraphs: string[][] = [];
  if (facts.comment) {
    paragraphs.push([headings.comment, facts.comment]);
  }
  if (facts.fieldLines.length > 0) {
    paragraphs.push([headings.fields, ...facts.fieldLines]);
  }
  return paragraphs;
}
