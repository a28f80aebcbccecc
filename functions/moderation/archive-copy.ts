/**
 * «Arkivkopi»: one self-contained JSON document per suggestion that the kommune's archive
 * (a Noark 5 system) can take in as a registry entry with its document. Field names follow the
 * Noark 5 metadata catalogue where one fits (tittel, opprettetDato, korrespondansepart, merknad …),
 * so the archive's import can map them one to one. Contact data is left out unless the editor
 * chooses to include it; the history says who did what and when, never what was erased.
 */
import { KIND_LABELS, STATUS_LABELS } from '../../src/core/suggestions/labels.ts';
import { actorName, describeChange } from '../../src/core/suggestions/history-text.ts';
import { CLOSED_STATUSES } from '../../src/core/suggestions/statuses.ts';
import type { SuggestionDetail } from '../../src/core/suggestions/types.ts';

export const ARCHIVE_FORMAT = 'alderdommens-abc/arkivkopi';
export const ARCHIVE_FORMAT_VERSION = 1;

export type ArchiveCopyOptions = {
  includeContact: boolean;
  /** The editor who made the copy, as the history names editors. */
  exportedBy: string;
  exportedAt: Date;
};

const dateOnly = (iso: string) => iso.slice(0, 10);

/** The archive copy of one suggestion. */
export function archiveCopy(detail: SuggestionDetail, options: ArchiveCopyOptions) {
  const sender = detail.source.type === 'council' ? detail.source.councilName : 'Innbygger';
  const contact = options.includeContact && detail.contact ? detail.contact : undefined;
  return {
    format: ARCHIVE_FORMAT,
    formatVersjon: ARCHIVE_FORMAT_VERSION,
    eksport: {
      tidspunkt: options.exportedAt.toISOString(),
      utførtAv: options.exportedBy,
      kontaktopplysningerTattMed: contact !== undefined,
    },
    registrering: {
      systemID: detail.id,
      tittel: detail.title ?? `${KIND_LABELS[detail.kind]} fra ${detail.source.type === 'council' ? detail.source.councilName : 'innbygger'}, ${dateOnly(detail.createdAt)}`,
      journalposttype: 'Inngående dokument',
      mottattDato: detail.createdAt,
      opprettetDato: detail.createdAt,
      dokumentmedium: 'Elektronisk arkiv',
      korrespondansepart: [
        {
          korrespondanseparttype: 'Avsender',
          korrespondansepartNavn: contact?.name ?? sender,
          ...(contact?.email ? { epostadresse: contact.email } : {}),
          ...(contact?.phone ? { telefonnummer: contact.phone } : {}),
        },
      ],
    },
    dokument: {
      type: KIND_LABELS[detail.kind],
      ...(detail.title !== undefined ? { overskrift: detail.title } : {}),
      tekst: detail.text,
      ...(detail.topic !== undefined ? { gjelderSide: `/${detail.topic}/` } : {}),
    },
    behandling: {
      status: STATUS_LABELS[detail.status],
      avsluttet: CLOSED_STATUSES.has(detail.status),
      ...(detail.closedAt !== undefined ? { avsluttetDato: detail.closedAt } : {}),
      sistEndret: detail.updatedAt,
      versjon: detail.version,
      offentligSvar: detail.publicAnswer ?? null,
      ...(detail.answeredAt !== undefined ? { besvartDato: detail.answeredAt } : {}),
      visesOffentlig: detail.public,
    },
    historikk: detail.history.map((entry) => ({
      versjon: entry.version,
      tidspunkt: entry.at,
      utførtAv: actorName(entry),
      hendelse: describeChange(entry),
      ...(entry.fromStatus ? { fraStatus: STATUS_LABELS[entry.fromStatus] } : {}),
      ...(entry.toStatus ? { tilStatus: STATUS_LABELS[entry.toStatus] } : {}),
      ...(entry.note ? { merknad: entry.note } : {}),
    })),
  };
}

export type ArchiveCopy = ReturnType<typeof archiveCopy>;

/** "arkivkopi-forslag-2026-11-28-1a2b3c4d.json": the date it was received and the start of its id. */
export function archiveFileName(detail: Pick<SuggestionDetail, 'id' | 'createdAt'>): string {
  return `arkivkopi-forslag-${dateOnly(detail.createdAt)}-${detail.id.slice(0, 8)}.json`;
}
