/** The council-managing storage of a context, made on first use: kept out of createStorage, so the public functions' bundles never carry it. */
import { createCouncilAdminStorage } from '../shared/storage/index.ts';
import { storageOf } from '../shared/storage/storage-of.ts';

export const councilAdmin = storageOf(createCouncilAdminStorage);
