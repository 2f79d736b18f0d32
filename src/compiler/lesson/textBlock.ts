/** A piece of text a learner reads (a paragraph, a list item, a heading), with its source line. */
export interface TextBlock {
  text: string;
  line: number;
}
