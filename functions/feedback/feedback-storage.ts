/** The page-feedback storage of a context, made on first use: kept out of createStorage, so other functions' bundles never carry it. */
import { createFeedbackStorage } from '../shared/storage/index.ts';
import { storageOf } from '../shared/storage/storage-of.ts';

export const feedbackStorage = storageOf(createFeedbackStorage);
