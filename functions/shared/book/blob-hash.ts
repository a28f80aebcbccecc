/**
 * Git's name for a file's content (`git hash-object`): the SHA-1 of "blob <bytes>\0<content>".
 * It names a version of a bokmål text the same way whether the text is a file in git or a
 * revision in the store, so a nynorsk text's `basedOn` can point at either.
 */
import { createHash } from 'node:crypto';

export function gitBlobHash(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
