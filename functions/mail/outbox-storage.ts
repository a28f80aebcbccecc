/** The e-mail outbox of a context (see shared/storage/storage-of.ts). */
import { createOutboxStorage } from '../shared/storage/index.ts';
import { storageOf } from '../shared/storage/storage-of.ts';

export const outboxOf = storageOf(createOutboxStorage);
