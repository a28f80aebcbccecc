/** The page-feedback storage of a context (see shared/storage/storage-of.ts). */
import { createFeedbackStorage } from '../shared/storage/index.ts';
import { storageOf } from '../shared/storage/storage-of.ts';

export const feedbackOf = storageOf(createFeedbackStorage);
