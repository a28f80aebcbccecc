/**
 * «Arkivkopi»: one self-contained JSON document per suggestion that the kommune's archive
 * (a Noark 5 system) can take in as a registry entry with its document. Field names follow the
 * Noark 5 metadata catalogue where one fits (tittel, opprettetDato, korrespondansepart, merknad …),
 * so the archive's import can map them one to one. Contact data is left out unless the editor
 * chooses to include it; the history says who did what and when, never what was erased.
 */
import { historyText } from '../../src/core/suggestions/history-text.ts';
import { CLOSED_STATUSES } from '../../src/core/suggestions/statuses.ts';
import type { SuggestionDetail } from '../../src/core/suggestions/types.ts';
import { moderationText as say } from '../../src/core/text/moderation.ts';

const { actorName, describeChange } = historyText(say);

export const ARCHIVE_FORMAT = 'alderdommens-abc/arkivkopi';
export const ARCHIVE_FORMAT_VERSION = 1;

export type ArchiveCopyOptions = {
  includeContact: boolean;
  /** The editor who made the copy, as the history names editors. */
  exportedBy: string;
  exportedAt: Date;
};

const dateOnly = (iso: string) => iso.slice(0, 10);

// Code values of the Noark 5 metadata catalogue, not texts: the archive's import matches them as written.
const INCOMING_DOCUMENT = 'Inngående dokument';
const ELECTRONIC_ARCHIVE = 'Elektronisk arkiv';
const SENDER = 'Avsender';

/** The archive copy of one suggestion. */
export function archiveCopy(detail: SuggestionDetail, options: ArchiveCopyOptions) {
  const sender = detail.source.type === 'council' ? detail.source.councilName : say('archive.sender.citizen');
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
      tittel:
        detail.title ??
        say('archive.title', {
          kind: say(`kind.${detail.kind}`),
          sender: detail.source.type === 'council' ? detail.source.councilName : say('archive.title.citizen'),
          date: dateOnly(detail.createdAt),
        }),
      journalposttype: INCOMING_DOCUMENT,
      mottattDato: detail.createdAt,
      opprettetDato: detail.createdAt,
      dokumentmedium: ELECTRONIC_ARCHIVE,
      korrespondansepart: [
        {
          korrespondanseparttype: SENDER,
          korrespondansepartNavn: contact?.name ?? sender,
          ...(contact?.email ? { epostadresse: contact.email } : {}),
          ...(contact?.phone ? { telefonnummer: contact.phone } : {}),
        },
      ],
    },
    dokument: {
      type: say(`kind.${detail.kind}`),
      ...(detail.title !== undefined ? { overskrift: detail.title } : {}),
      tekst: detail.text,
      // What the public may read: the sender's consent, and the editors' shortened or redacted version beside the original.
      samtykkeTilVisning: detail.publishText === true,
      ...(detail.publicText !== undefined ? { offentligTekst: detail.publicText } : {}),
      ...(detail.topic !== undefined ? { gjelderSide: `/${detail.topic}/` } : {}),
    },
    behandling: {
      status: say(`status.${detail.status}`),
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
      ...(entry.fromStatus ? { fraStatus: say(`status.${entry.fromStatus}`) } : {}),
      ...(entry.toStatus ? { tilStatus: say(`status.${entry.toStatus}`) } : {}),
      ...(entry.note ? { merknad: entry.note } : {}),
    })),
  };
}

export type ArchiveCopy = ReturnType<typeof archiveCopy>;

/** "arkivkopi-forslag-2026-11-28-1a2b3c4d.json": the date it was received and the start of its id. */
export function archiveFileName(detail: Pick<SuggestionDetail, 'id' | 'createdAt'>): string {
  return `arkivkopi-forslag-${dateOnly(detail.createdAt)}-${detail.id.slice(0, 8)}.json`;
}
