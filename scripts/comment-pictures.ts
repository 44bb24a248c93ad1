/** The README's pictures of the pull request comment: docs/<name>.png and .md, made by `npm run screenshot`. */
import { sampleComment } from './sample-comment.ts';
import { sampleReferencesComment } from './sample-references-comment.ts';

export const pictures: readonly { name: string; comment: () => Promise<string> }[] = [
  { name: 'comment', comment: sampleComment },
  { name: 'comment-references', comment: sampleReferencesComment },
];
