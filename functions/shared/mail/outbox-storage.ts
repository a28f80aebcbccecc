/** The e-mail outbox of a context (see shared/storage/storage-of.ts). */
import { createOutboxStorage } from '../storage/index.ts';
import { storageOf } from '../storage/storage-of.ts';

export const outboxOf = storageOf(createOutboxStorage);
